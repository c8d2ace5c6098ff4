/* The meeting's secretary, known by the signature alone. */
#ifndef PK_SIGNERS_H
#define PK_SIGNERS_H

#include <libxml/tree.h>

/*
 * Minutes whose profile says so (option secretary-present): the one who
 * signs as the secretary ("Vid protokollet") kept the minutes at the
 * meeting, so where no person of the document has that name, the
 * signature's name holds a person, role secretary, present, around the
 * same characters (<name><person ...><name>Eva Ek</name></person></name>).
 * Edits the tree under root; ns is the minutes namespace.  Returns 0, or
 * -1 when memory ran out.
 */
int	pk_signers_present(xmlNodePtr root, xmlNsPtr ns);

#endif
