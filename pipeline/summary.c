/* Summaries of the meeting and its adjustment, gathered from the annotated front. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "inline.h"
#include "normalize.h"
#include "summary.h"

/* Field element, the attribute holding its normalised value, summary. */
static const struct {
	const char	*element;
	const char	*value_attr;	/* NULL: the text */
	int		 adjustment;
	const char	*attr;
} wanted[] = {
	{ "organization",	NULL,	0, "organization" },
	{ "body",		NULL,	0, "body" },
	{ "kind",		NULL,	0, "kind" },
	{ "date",		"when",	0, "date" },
	{ "start",		"at",	0, "start" },
	{ "end",		"at",	0, "end" },
	{ "place",		NULL,	0, "place" },
	{ "document-date",	"when",	0, "document-date" },
	{ "adjustment-place",	NULL,	1, "place" },
	{ "adjustment-date",	"when",	1, "date" },
	{ "adjustment-time",	"at",	1, "time" },
	{ "scope",		NULL,	1, "scope" },
};

#define NWANTED (sizeof(wanted) / sizeof(wanted[0]))

static void gather(xmlNodePtr, xmlChar **);

/* What element n holds of the wanted fields, and what it contains. */
static void
gather_node(xmlNodePtr n, xmlChar **found)
{
	xmlNodePtr	 c;
	size_t		 i;

	for (i = 0; i < NWANTED; i++) {
		if (found[i] != NULL ||
		    !xmlStrEqual(n->name, BAD_CAST wanted[i].element))
			continue;
		if (wanted[i].value_attr != NULL)
			found[i] = xmlGetProp(n, BAD_CAST wanted[i].value_attr);
		else {
			xmlChar *t = xmlNodeGetContent(n);

			if (t != NULL) {
				found[i] = BAD_CAST pk_inline_plain((char *)t,
				    strlen((char *)t));
				xmlFree(t);
			}
		}
	}
	/*
	 * Persons carry names, not meeting facts; a fact set in a list's
	 * line beside them, outside every person ("Moderation: A & B Ort:
	 * Rathaus"), is the meeting's.
	 */
	if (xmlStrEqual(n->name, BAD_CAST "participants")) {
		for (c = n->children; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE &&
			    !xmlStrEqual(c->name, BAD_CAST "person") &&
			    !xmlStrEqual(c->name, BAD_CAST "label"))
				gather_node(c, found);
	} else if (!xmlStrEqual(n->name, BAD_CAST "signatures"))
		gather(n->children, found);
}

static void
gather(xmlNodePtr n, xmlChar **found)
{
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			gather_node(n, found);
}

/* "§22", "§§ 12–30", "Paragrafer 1-14": the first and last number. */
static void
scope_range(const char *s, long *first, long *last)
{
	const char	*p = s;
	long		 n;

	*first = *last = -1;
	while (*p != '\0') {
		if (*p >= '0' && *p <= '9') {
			n = strtol(p, (char **)&p, 10);
			if (*first < 0)
				*first = n;
			*last = n;
		} else
			p++;
	}
}

/*
 * The times an item's head gives ("12. ADJOURNMENT: 9:40 p.m."): its
 * start and end elements, nothing else of a title.
 */
static void
gather_head_times(xmlNodePtr head, xmlChar **found)
{
	xmlNodePtr	 n;
	size_t		 i;

	for (n = head->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (i = 0; i < NWANTED; i++)
			if (found[i] == NULL && wanted[i].value_attr != NULL &&
			    !wanted[i].adjustment &&
			    (strcmp(wanted[i].element, "start") == 0 ||
			    strcmp(wanted[i].element, "end") == 0) &&
			    xmlStrEqual(n->name, BAD_CAST wanted[i].element))
				found[i] = xmlGetProp(n,
				    BAD_CAST wanted[i].value_attr);
	}
}

/* The field elements directly under the items (not their text), and
 * the times in their heads. */
static void
gather_items(xmlNodePtr items, xmlChar **found)
{
	xmlNodePtr	 item, c;

	for (item = items != NULL ? items->children : NULL; item != NULL;
	    item = item->next)
		for (c = item->children; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE &&
			    xmlStrEqual(c->name, BAD_CAST "field"))
				gather(c->children, found);
			else if (c->type == XML_ELEMENT_NODE &&
			    xmlStrEqual(c->name, BAD_CAST "head"))
				gather_head_times(c, found);
}

int
pk_summary_add(xmlDocPtr doc, xmlNsPtr ns, xmlNodePtr after, xmlNodePtr front,
    xmlNodePtr items)
{
	xmlChar		*found[NWANTED] = { 0 };
	xmlNodePtr	 meeting, adj = NULL;
	size_t		 i;
	char		 buf[24];
	long		 first, last;
	int		 rc = -1;

	gather(front->children, found);
	gather_items(items, found);
	if ((meeting = xmlNewDocNode(doc, ns, BAD_CAST "meeting", NULL)) ==
	    NULL)
		goto out;
	xmlAddNextSibling(after, meeting);
	for (i = 0; i < NWANTED; i++) {
		if (found[i] == NULL || *found[i] == '\0')
			continue;
		if (wanted[i].adjustment && adj == NULL) {
			adj = xmlNewDocNode(doc, ns, BAD_CAST "adjustment",
			    NULL);
			if (adj == NULL)
				goto out;
			xmlAddNextSibling(meeting, adj);
		}
		xmlSetProp(wanted[i].adjustment ? adj : meeting,
		    BAD_CAST wanted[i].attr, found[i]);
		if (strcmp(wanted[i].element, "scope") == 0) {
			scope_range((char *)found[i], &first, &last);
			if (first >= 0) {
				snprintf(buf, sizeof(buf), "%ld", first);
				xmlSetProp(adj, BAD_CAST "first", BAD_CAST buf);
				snprintf(buf, sizeof(buf), "%ld", last);
				xmlSetProp(adj, BAD_CAST "last", BAD_CAST buf);
			}
		}
	}
	rc = 0;
out:
	for (i = 0; i < NWANTED; i++)
		free(found[i]);
	return rc;
}
