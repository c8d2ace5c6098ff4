/* Parties carried between the lists of one document: a person named without one takes it where the document gives it. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "inline.h"
#include "parties.h"

/* The plain text of the first element child of n named name, or NULL. */
static char *
child_text(xmlNodePtr n, const char *name)
{
	xmlChar	*c;
	char	*plain;

	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, BAD_CAST name)) {
			if ((c = xmlNodeGetContent(n)) == NULL)
				return NULL;
			plain = pk_inline_plain((char *)c, strlen((char *)c));
			xmlFree(c);
			return plain;
		}
	return NULL;
}

static void
collect(xmlNodePtr n, const char *name, xmlNodePtr *v, size_t *nv, size_t max)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrEqual(n->name, BAD_CAST name)) {
			if (*nv < max)
				v[(*nv)++] = n;
			continue;
		}
		collect(n->children, name, v, nv, max);
	}
}

int
pk_parties_carry(xmlNodePtr root)
{
	enum { MAXN = 512 };
	xmlNodePtr	*sigs, *people;
	size_t		 nsig = 0, nppl = 0, i, j;
	int		 rc = -1;

	sigs = calloc(MAXN, sizeof(*sigs));
	people = calloc(MAXN, sizeof(*people));
	if (sigs == NULL || people == NULL)
		goto out;
	/* Signatures first, then the people themselves: an adjuster named
	 * without a party in the front is the member with one. */
	collect(root->children, "signature", sigs, &nsig, MAXN);
	collect(root->children, "person", people, &nppl, MAXN);
	collect(root->children, "person", sigs, &nsig, MAXN);
	for (i = 0; i < nsig; i++) {
		xmlChar	*party = xmlGetProp(sigs[i], BAD_CAST "party");
		char	*sname;

		if (party == NULL)
			continue;
		if ((sname = child_text(sigs[i], "name")) == NULL) {
			xmlFree(party);
			continue;
		}
		for (j = 0; j < nppl; j++) {
			char	*pname;

			if (xmlHasProp(people[j], BAD_CAST "party") != NULL ||
			    (pname = child_text(people[j], "name")) == NULL)
				continue;
			if (strcmp(pname, sname) == 0)
				xmlSetProp(people[j], BAD_CAST "party", party);
			free(pname);
		}
		free(sname);
		xmlFree(party);
	}
	rc = 0;
out:
	free(sigs);
	free(people);
	return rc;
}
