/* Per-member votes: the rows of a vote table marked with their choice. */
#ifndef PK_VOTES_H
#define PK_VOTES_H

#include <libxml/tree.h>

#include "rules.h"

/*
 * In every table of a section of type "vote" under items: a header row
 * whose cells the profile maps as votes ("Ja", "Nej", "Avstår": map vote
 * yes|no|abstain|absent) names the choice of each column; each row
 * after it with a mark in one of them gets vote="yes" (or no, abstain,
 * absent).  Text is not touched.  Returns 0, or -1 when out of memory.
 */
int	pk_votes_mark(xmlNodePtr items, const struct pk_profile *,
	    struct pk_matcher *);

#endif
