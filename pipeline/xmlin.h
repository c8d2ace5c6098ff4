/* Reading untrusted XML: no network, no DTD, no entities, errors as diagnostics. */
#ifndef PK_XMLIN_H
#define PK_XMLIN_H

#include <stddef.h>

#include <libxml/tree.h>

#include "diag.h"

/*
 * Parse data[0..len) as XML.  A document with a DOCTYPE is refused, so
 * no entity of any kind is ever expanded or loaded.  Returns the
 * document (free with xmlFreeDoc) or NULL with every error reported as
 * PK_E_XML at its line.
 */
xmlDocPtr pk_xml_read(const char *data, size_t len, struct pk_diag *);
/*
 * The same, for a document that is only read, never changed (validated,
 * transformed): its short text nodes are parsed compact, and changing
 * one is undefined.
 */
xmlDocPtr pk_xml_read_only(const char *data, size_t len, struct pk_diag *);

/* The line of a DOCTYPE in the prolog of data (after a BOM), or 0. */
long	pk_xml_doctype_line(const char *data, size_t len);

/*
 * Route libxml2's structured errors into d as code until the next call
 * (d NULL: back to libxml2's default).
 */
void	pk_xml_errors_to(struct pk_diag *d, enum pk_diag_code code);

/* The first element child of n (NULL: none) named name, or NULL. */
xmlNodePtr pk_xml_child(xmlNodePtr n, const char *name);
/* Whether n (may be NULL) is an element named name. */
int	pk_xml_is(xmlNodePtr n, const char *name);

#endif
