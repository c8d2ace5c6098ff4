/* Safe XML input and the bridge from libxml2's error callbacks to pk_diag. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "xmlin.h"

static enum pk_diag_code xml_code = PK_E_XML;

static void
on_error(void *ctx, xmlErrorPtr e)
{
	struct pk_diag	*d = ctx;
	char		 msg[512];
	size_t		 len;

	if (e == NULL || d == NULL)
		return;
	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "?");
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
		msg[--len] = '\0';
	if (e->level == XML_ERR_WARNING) {
		/* A warning still means something was not as asked. */
		pk_diag(d, xml_code, e->line, "warning: %s", msg);
		return;
	}
	pk_diag(d, xml_code, e->line, "%s", msg);
}

void
pk_xml_errors_to(struct pk_diag *d, enum pk_diag_code code)
{
	xml_code = code;
	xmlSetStructuredErrorFunc(d, d != NULL ? on_error : NULL);
}

xmlDocPtr
pk_xml_read(const char *data, size_t len, struct pk_diag *d)
{
	xmlDocPtr	 doc;
	int		 before = d->nerrors;

	if (len == 0) {
		pk_diag(d, PK_E_EMPTY, 0, NULL);
		return NULL;
	}
	if (len > (size_t)1 << 30) {
		pk_diag(d, PK_E_TOOBIG, 0, NULL);
		return NULL;
	}
	pk_xml_errors_to(d, PK_E_XML);
	doc = xmlReadMemory(data, (int)len, NULL, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA);
	pk_xml_errors_to(NULL, PK_E_XML);
	if (doc == NULL) {
		if (d->nerrors == before)
			pk_diag(d, PK_E_XML, 0, NULL);
		return NULL;
	}
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		pk_diag(d, PK_E_XML, doc->intSubset ?
		    (long)xmlGetLineNo((xmlNodePtr)doc->intSubset) : 0,
		    "a DOCTYPE (and so any entity) is not accepted");
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}
