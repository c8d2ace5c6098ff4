/* Streaming access to the XML parts of DOCX and ODT containers. */
#include <stdlib.h>
#include <string.h>

#include "ooxml.h"
#include "pagedout.h"
#include "zipin.h"
#include "xmlin.h"

/* The reader's own messages: the caller reports what went wrong, once. */
_Thread_local struct pk_part_node pk_part_here;

static void
quiet(void *arg, xmlErrorPtr e)
{
	(void)arg;
	(void)e;
}

xmlTextReaderPtr
pk_part_reader(const struct pk_buf *part, const char *name, struct pk_diag *d)
{
	xmlTextReaderPtr	 r;
	long			 line;

	if (part->len == 0) {
		pk_diag(d, PK_E_CORRUPT, 0, "%s is empty", name);
		return NULL;
	}
	if ((line = pk_xml_doctype_line(part->data, part->len)) > 0) {
		pk_diag(d, PK_E_CORRUPT, 0, "%s:%ld: a DOCTYPE (and so any "
		    "entity) is not accepted", name, line);
		return NULL;
	}
	r = xmlReaderForMemory(part->data, (int)part->len, name, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
	if (r == NULL)
		pk_diag(d, PK_E_NOMEM, 0, NULL);
	else
		xmlTextReaderSetStructuredErrorHandler(r, quiet, NULL);
	/* A new reader may take a freed one's address: nothing is kept. */
	pk_part_here.r = NULL;
	return r;
}

char *
pk_part_attr(xmlTextReaderPtr r, const char *local)
{
	char	*v = NULL;

	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return NULL;
	do {
		const xmlChar *ln = xmlTextReaderConstLocalName(r);

		if (ln != NULL && strcmp((const char *)ln, local) == 0) {
			v = (char *)xmlTextReaderValue(r);
			break;
		}
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
	return v;
}

int
pk_part_read(xmlTextReaderPtr r)
{
	int	 rc = xmlTextReaderRead(r);

	if (rc == 1)
		pk_part_ask(r, &pk_part_here);
	else {
		pk_part_here.r = r;
		pk_part_here.type = -1;
		pk_part_here.ln = NULL;
		pk_part_here.empty = 0;
	}
	return rc;
}

void
pk_part_ask(xmlTextReaderPtr r, struct pk_part_node *n)
{
	n->r = r;
	n->type = xmlTextReaderNodeType(r);
	n->ln = (const char *)xmlTextReaderConstLocalName(r);
	n->empty = n->type == XML_READER_TYPE_ELEMENT &&
	    xmlTextReaderIsEmptyElement(r);
}

int
pk_part_onoff(xmlTextReaderPtr r)
{
	char	*v = pk_part_attr(r, "val");
	int	 on;

	on = v == NULL || strcmp(v, "1") == 0 || strcmp(v, "true") == 0 ||
	    strcmp(v, "on") == 0;
	free(v);
	return on;
}

void
pk_part_meta(struct pk_zip *zip, const char *name, const struct pk_meta_map *map,
    size_t n, struct pk_buf *scratch, struct pk_pagedout *po, struct pk_diag *d)
{
	xmlTextReaderPtr	 r;
	size_t			 i;

	if (pk_zip_read(zip, name, scratch) != 0 ||
	    (r = pk_part_reader(scratch, name, d)) == NULL)
		return;
	while (pk_part_read(r) == 1)
		for (i = 0; i < n; i++)
			if (pk_part_is(r, map[i].element)) {
				xmlChar *s = xmlTextReaderReadString(r);

				pk_po_meta(po, map[i].key, (char *)s);
				xmlFree(s);
			}
	xmlFreeTextReader(r);
}
