/* Writing minutes XML: indented where the model allows, byte-exact elsewhere. */
#ifndef PK_XMLOUT_H
#define PK_XMLOUT_H

#include <libxml/tree.h>

#include "buf.h"

/*
 * Serialise doc into out (replacing its contents).  Only containers
 * whose content is elements (front, items, item, section, ...) get
 * line breaks and indentation, so that no text node of the content
 * changes.  Returns 0 or -1 when memory ran out.
 */
int	pk_xml_write(xmlDocPtr doc, struct pk_buf *out);

#endif
