/* The meeting's officers, named where the minutes elect them. */
#ifndef PK_OFFICERS_H
#define PK_OFFICERS_H

#include <libxml/tree.h>

#include "rules.h"

/*
 * In the items: a title, sub-point heading or paragraph the profile's
 * officer rules take for the election of a meeting officer ("Valg av
 * ordstyrer", "Val av justerare", "a. Mötesordförande") makes each name
 * the "person officers" rules find in the paragraphs under it, up to the
 * next such label, a person of that role, present, where it stands
 * ("Hovedstyret foreslår <person role="chair"><name>René
 * Räisänen</name></person>.").  A paragraph outside such an item names
 * officers only in itself ("Till justerare utses Anna Berg").  Text is
 * not changed, only wrapped.  Returns 0, or -1 when memory ran out or a
 * match hit its limit.
 */
int	pk_officers_mark(xmlNodePtr items, const struct pk_profile *,
	    struct pk_matcher *);

#endif
