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
 * not changed, only wrapped.  Returns 0, -1 when memory ran out, or
 * PK_OFFICERS_LIMIT when a match hit the match limit (a profile's
 * pattern that backtracks without end: the input's fault or the
 * profile's, not the system's).
 */
#define PK_OFFICERS_LIMIT	(-2)

int	pk_officers_mark(xmlNodePtr items, const struct pk_profile *,
	    struct pk_matcher *);

#endif
