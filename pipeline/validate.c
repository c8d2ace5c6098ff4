/* The validation stage: XML Schema through libxml2, then the model's own rules. */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemas.h>

#include "normalize.h"
#include "validate.h"
#include "version.h"
#include "xmlin.h"

struct pk_validate {
	xmlSchemaPtr	 schema;
	struct pk_diag	*diag;
};

struct pk_validate *
pk_validate_new(const char *xsd_path, struct pk_diag *d)
{
	struct pk_validate	*v;
	xmlSchemaParserCtxtPtr	 pctx;
	const char		*saved = d->file;

	if ((v = calloc(1, sizeof(*v))) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return NULL;
	}
	v->diag = d;
	d->file = xsd_path;
	pk_xml_errors_to(d, PK_E_SCHEMA);
	if ((pctx = xmlSchemaNewParserCtxt(xsd_path)) != NULL) {
		v->schema = xmlSchemaParse(pctx);
		xmlSchemaFreeParserCtxt(pctx);
	}
	pk_xml_errors_to(NULL, PK_E_XML);
	if (v->schema == NULL)
		pk_diag(d, PK_E_SCHEMA, 0, "cannot compile the schema");
	d->file = saved;
	if (v->schema == NULL) {
		free(v);
		return NULL;
	}
	return v;
}

void
pk_validate_free(struct pk_validate *v)
{
	if (v == NULL)
		return;
	xmlSchemaFree(v->schema);
	free(v);
}

static void
on_schema_error(void *ctx, xmlErrorPtr e)
{
	struct pk_diag	*d = ctx;
	char		 msg[512];
	size_t		 len;

	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "?");
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
		msg[--len] = '\0';
	pk_diag(d, PK_E_INVALID, e->line, "%s", msg);
}

static int
parse_date(const xmlChar *s, int *y, int *m, int *d)
{
	return s != NULL && sscanf((const char *)s, "%4d-%2d-%2d", y, m, d)
	    == 3;
}

static int
is_ns(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    xmlStrEqual(n->ns->href, BAD_CAST PK_MINUTES_NS);
}

static void
check_date_attr(struct pk_diag *d, xmlNodePtr n, const char *attr)
{
	xmlChar	*v = xmlGetProp(n, BAD_CAST attr);
	int	 y, m, day;

	if (v != NULL && parse_date(v, &y, &m, &day) &&
	    !pk_date_exists(y, m, day))
		pk_diag(d, PK_E_DATE, xmlGetLineNo(n), "%s/@%s %s",
		    (const char *)n->name, attr, (const char *)v);
	xmlFree(v);
}

/* Every date in the document, wherever it stands. */
static void
check_dates(struct pk_diag *d, xmlNodePtr n)
{
	for (; n != NULL; n = n->next) {
		if (!is_ns(n))
			continue;
		check_date_attr(d, n, "when");
		check_date_attr(d, n, "date");
		check_date_attr(d, n, "document-date");
		check_dates(d, n->children);
	}
}

static xmlNodePtr
child(xmlNodePtr n, const char *name)
{
	for (n = n->children; n != NULL; n = n->next)
		if (is_ns(n) && xmlStrEqual(n->name, BAD_CAST name))
			return n;
	return NULL;
}

static void
check_items(struct pk_diag *d, xmlNodePtr items)
{
	xmlNodePtr	 a, b;
	xmlChar		*na, *nb;

	if (items == NULL)
		return;
	/* Minutes rarely hold more than a few hundred items. */
	for (a = items->children; a != NULL; a = a->next) {
		if (!is_ns(a) || (na = xmlGetProp(a, BAD_CAST "n")) == NULL)
			continue;
		for (b = a->next; b != NULL; b = b->next) {
			if (!is_ns(b) ||
			    (nb = xmlGetProp(b, BAD_CAST "n")) == NULL)
				continue;
			if (xmlStrEqual(na, nb))
				pk_diag(d, PK_E_ITEM_DUP, xmlGetLineNo(b),
				    "%s (first at line %ld)", (char *)nb,
				    xmlGetLineNo(a));
			xmlFree(nb);
		}
		xmlFree(na);
	}
}

static void
check_times(struct pk_diag *d, xmlNodePtr meeting, xmlNodePtr adj)
{
	xmlChar	*start, *end, *date, *adate;

	if (meeting == NULL)
		return;
	start = xmlGetProp(meeting, BAD_CAST "start");
	end = xmlGetProp(meeting, BAD_CAST "end");
	if (start != NULL && end != NULL && xmlStrcmp(start, end) >= 0)
		pk_diag(d, PK_E_TIME_ORDER, xmlGetLineNo(meeting),
		    "meeting starts %s, ends %s", (char *)start, (char *)end);
	date = xmlGetProp(meeting, BAD_CAST "date");
	adate = adj ? xmlGetProp(adj, BAD_CAST "date") : NULL;
	if (date != NULL && adate != NULL && xmlStrcmp(adate, date) < 0)
		pk_diag(d, PK_E_TIME_ORDER, xmlGetLineNo(adj),
		    "adjusted %s, before the meeting on %s", (char *)adate,
		    (char *)date);
	xmlFree(start);
	xmlFree(end);
	xmlFree(date);
	xmlFree(adate);
}

int
pk_validate_run(struct pk_validate *v, xmlDocPtr doc)
{
	xmlSchemaValidCtxtPtr	 vctx;
	xmlNodePtr		 root;
	int			 before = v->diag->nerrors, rc;

	if ((vctx = xmlSchemaNewValidCtxt(v->schema)) == NULL) {
		pk_diag(v->diag, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	xmlSchemaSetValidStructuredErrors(vctx, on_schema_error, v->diag);
	rc = xmlSchemaValidateDoc(vctx, doc);
	xmlSchemaFreeValidCtxt(vctx);
	if (rc != 0) {
		if (v->diag->nerrors == before)
			pk_diag(v->diag, PK_E_INVALID, 0, "schema");
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	check_dates(v->diag, root);
	check_items(v->diag, child(root, "items"));
	check_times(v->diag, child(root, "meeting"), child(root, "adjustment"));
	return v->diag->nerrors == before ? 0 : -1;
}
