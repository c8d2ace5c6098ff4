/* Parties carried between the lists of one minutes document. */
#ifndef PK_PARTIES_H
#define PK_PARTIES_H

#include <libxml/tree.h>

/*
 * A person the document lists without a party, where its signature or
 * another list says it ("Daniel Jansson (S)" under "Justeras", the
 * adjuster who is a member): the same person, the party the document
 * gives, as the person's party attribute.  Edits the tree under root.
 * Returns 0, or -1 when memory ran out.
 */
int	pk_parties_carry(xmlNodePtr root);

#endif
