/* Streaming access to the XML parts of DOCX and ODT containers. */
#include <stdlib.h>
#include <string.h>

#include "ooxml.h"
#include "pagedout.h"
#include "zipin.h"
#include "xmlin.h"

/* The reader's own messages: the caller reports what went wrong, once. */
/* The node pk_part_read moved to, on the reader it moved. */
static _Thread_local struct {
	xmlTextReaderPtr	 r;
	int			 type;
	int			 empty;
	const char		*ln;
} here;

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
	here.r = NULL;
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

	here.r = r;
	here.type = rc == 1 ? xmlTextReaderNodeType(r) : -1;
	here.ln = rc == 1 ? (const char *)xmlTextReaderConstLocalName(r) :
	    NULL;
	here.empty = here.type == XML_READER_TYPE_ELEMENT &&
	    xmlTextReaderIsEmptyElement(r);
	return rc;
}

/* The current node's type and name: kept, or asked of the reader. */
static void
current(xmlTextReaderPtr r, int *type, const char **ln, int *empty)
{
	if (here.r == r) {
		*type = here.type;
		*ln = here.ln;
		*empty = here.empty;
		return;
	}
	*type = xmlTextReaderNodeType(r);
	*ln = (const char *)xmlTextReaderConstLocalName(r);
	*empty = *type == XML_READER_TYPE_ELEMENT &&
	    xmlTextReaderIsEmptyElement(r);
}

int
pk_part_is(xmlTextReaderPtr r, const char *local)
{
	const char	*ln;
	int		 type, empty;

	current(r, &type, &ln, &empty);
	/* The first letter rules out most names without a call. */
	return type == XML_READER_TYPE_ELEMENT && ln != NULL &&
	    ln[0] == local[0] && strcmp(ln, local) == 0;
}

int
pk_part_ends(xmlTextReaderPtr r, const char *local)
{
	const char	*ln;
	int		 type, empty;

	current(r, &type, &ln, &empty);
	if (ln == NULL || ln[0] != local[0] || strcmp(ln, local) != 0)
		return 0;
	return type == XML_READER_TYPE_END_ELEMENT ||
	    (type == XML_READER_TYPE_ELEMENT && empty);
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
