/* Small helpers for walking OOXML and ODF parts with libxml2's streaming reader. */
#ifndef PK_OOXML_H
#define PK_OOXML_H

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
/* Whether the current node is an element (start) with this local name. */
int	pk_part_is(xmlTextReaderPtr, const char *local);
/* Whether the current node ends an element with this local name. */
int	pk_part_ends(xmlTextReaderPtr, const char *local);
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
