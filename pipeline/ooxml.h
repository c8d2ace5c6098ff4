/* Small helpers for walking OOXML and ODF parts with libxml2's streaming reader. */
#ifndef PK_OOXML_H
#define PK_OOXML_H

#include <string.h>

#include <libxml/xmlreader.h>

#include "buf.h"
#include "diag.h"

/*
 * A reader over part[0..len) named name: no network, no DTD (a part
 * with a DOCTYPE is refused), errors to d.  NULL on failure.
 */
xmlTextReaderPtr pk_part_reader(const struct pk_buf *part, const char *name,
	    struct pk_diag *d);
/* The value of the attribute with this local name (any namespace); free. */
char	*pk_part_attr(xmlTextReaderPtr, const char *local);
/*
 * The next node, as xmlTextReaderRead; its type and local name are kept
 * for pk_part_is and pk_part_ends, which a walker asks dozens of times
 * a node (a third of reading a DOCX went to asking the reader again).
 */
int	pk_part_read(xmlTextReaderPtr);

/*
 * The node pk_part_read last moved to, on the reader it moved: the tests
 * below are inline, as a walker makes some thirty of them a node.
 */
struct pk_part_node {
	xmlTextReaderPtr	 r;
	int			 type;
	int			 empty;
	const char		*ln;
};
extern _Thread_local struct pk_part_node pk_part_here;
/* The node r is on, asked of the reader (r was moved some other way). */
void	pk_part_ask(xmlTextReaderPtr r, struct pk_part_node *);

/* Whether the current node is an element (start) with this local name. */
static inline int
pk_part_is(xmlTextReaderPtr r, const char *local)
{
	struct pk_part_node	 n = pk_part_here;

	if (n.r != r)
		pk_part_ask(r, &n);
	/* The first letter rules out most names without a call. */
	return n.type == XML_READER_TYPE_ELEMENT && n.ln != NULL &&
	    n.ln[0] == local[0] && strcmp(n.ln, local) == 0;
}

/* Whether the current node ends an element with this local name. */
static inline int
pk_part_ends(xmlTextReaderPtr r, const char *local)
{
	struct pk_part_node	 n = pk_part_here;

	if (n.r != r)
		pk_part_ask(r, &n);
	if (n.ln == NULL || n.ln[0] != local[0] || strcmp(n.ln, local) != 0)
		return 0;
	return n.type == XML_READER_TYPE_END_ELEMENT ||
	    (n.type == XML_READER_TYPE_ELEMENT && n.empty);
}
/* An OOXML on/off property: absent val, "1", "true", "on" are on. */
int	pk_part_onoff(xmlTextReaderPtr);

/* Which element of a metadata part fills which front-matter key. */
struct pk_meta_map {
	const char	*element;
	const char	*key;
};

struct pk_pagedout;
struct pk_zip;
/*
 * Read the metadata part name of zip (docProps/core.xml, meta.xml) into
 * po's front matter by map; a missing or broken part is no error.
 */
void	pk_part_meta(struct pk_zip *, const char *name,
	    const struct pk_meta_map *map, size_t n, struct pk_buf *scratch,
	    struct pk_pagedout *po, struct pk_diag *d);

#endif
