/* The meeting and adjustment summaries: the first value of each field, normalised. */
#ifndef PK_SUMMARY_H
#define PK_SUMMARY_H

#include <libxml/tree.h>

/*
 * Add <meeting> and <adjustment> after the node `after`, from the first
 * field elements found under front, and for what the front does not
 * say, in the fields of the items (items may be NULL): "The meeting
 * closed at 9.10 pm".  Returns 0 or -1 (out of memory).
 */
int	pk_summary_add(xmlDocPtr, xmlNsPtr, xmlNodePtr after, xmlNodePtr front,
	    xmlNodePtr items);

#endif
