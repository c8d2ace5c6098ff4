/* Parties carried within one document: a person named without one takes it where the document gives it (another list, a signature, a row of a vote table). */
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

/* Nodes found in document order; grown as needed. */
struct nodes {
	xmlNodePtr	*v;
	size_t		 n, cap;
};

static int
collect(xmlNodePtr n, const char *name, struct nodes *out)
{
	xmlNodePtr	*v;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!xmlStrEqual(n->name, BAD_CAST name)) {
			if (collect(n->children, name, out) == -1)
				return -1;
			continue;
		}
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 64;
			if ((v = realloc(out->v, out->cap * sizeof(*v))) == NULL)
				return -1;
			out->v = v;
		}
		out->v[out->n++] = n;
	}
	return 0;
}

/* Whether party is one a person of the document has (in src). */
static int
known_party(const struct nodes *src, const char *party)
{
	size_t	 i;
	int	 same;

	for (i = 0; i < src->n; i++) {
		xmlChar *p = xmlGetProp(src->v[i], BAD_CAST "party");

		same = p != NULL && strcmp((char *)p, party) == 0;
		xmlFree(p);
		if (same)
			return 1;
	}
	return 0;
}

/*
 * A row of a vote table ("Cecilia Larsson | S | X | | "): its first
 * cell the name, and the party the cell that holds one a person of the
 * document has; 0 when the row gives no party.  The caller frees both.
 */
static int
row_party(const struct nodes *src, xmlNodePtr row, char **name, char **party)
{
	xmlNodePtr	 c;
	int		 first = 1;

	*name = *party = NULL;
	for (c = row->children; c != NULL; c = c->next) {
		xmlChar	*t;
		char	*plain;

		if (c->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(c->name, BAD_CAST "cell"))
			continue;
		if ((t = xmlNodeGetContent(c)) == NULL)
			break;
		plain = pk_inline_plain((char *)t, strlen((char *)t));
		xmlFree(t);
		if (plain == NULL)
			break;
		if (first) {
			*name = plain;
			first = 0;
		} else if (*plain != '\0' && known_party(src, plain)) {
			*party = plain;
			return 1;
		} else
			free(plain);
	}
	free(*name);
	*name = NULL;
	return 0;
}

/* Give names[j]'s people without a party the party of sname. */
static void
give(struct nodes *people, char **names, const char *sname,
    const xmlChar *party)
{
	size_t	 j;

	for (j = 0; j < people->n; j++)
		if (names[j] != NULL && strcmp(names[j], sname) == 0) {
			xmlSetProp(people->v[j], BAD_CAST "party", party);
			free(names[j]);
			names[j] = NULL;
		}
}

/* Whether c may stand inside a name, so that a match ends there. */
static int
name_char(unsigned char c)
{
	return c >= 0x80 || c == '-' || c == '\'' ||
	    (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Whether text names name as a whole ("Ann Lee", not "Ann Leeson"). */
static int
names(const char *text, const char *name)
{
	size_t		 len = strlen(name);
	const char	*at;

	if (len == 0)
		return 0;
	for (at = text; (at = strstr(at, name)) != NULL; at++)
		if ((at == text || !name_char((unsigned char)at[-1])) &&
		    !name_char((unsigned char)at[len]))
			return 1;
	return 0;
}

/*
 * "Councillor A Hill (Con) attended as a substitute for Councillor B
 * Ray", "Eva Ek (S) ersätter Ola Berg": an entry that names an absent
 * member, other than by its own name, stands in for them, and a
 * substitute is called from the absent member's own group, so the
 * absent member without a party has the substitute's.
 */
static int
substitutes(const struct nodes *people)
{
	size_t	 i, j;
	int	 rc = -1;

	for (i = 0; i < people->n; i++) {
		xmlChar	*att = xmlGetProp(people->v[i], BAD_CAST "attendance");
		int	 absent = att != NULL &&
		    xmlStrEqual(att, BAD_CAST "absent");
		char	*aname;

		xmlFree(att);
		if (!absent || xmlHasProp(people->v[i], BAD_CAST "party"))
			continue;
		if ((aname = child_text(people->v[i], "name")) == NULL)
			continue;
		for (j = 0; j < people->n; j++) {
			xmlChar	*party, *c;
			char	*own, *plain;
			int	 hit;

			if (j == i || (party = xmlGetProp(people->v[j],
			    BAD_CAST "party")) == NULL)
				continue;
			own = child_text(people->v[j], "name");
			c = xmlNodeGetContent(people->v[j]);
			plain = c != NULL ? pk_inline_plain((char *)c,
			    strlen((char *)c)) : NULL;
			xmlFree(c);
			if (plain == NULL) {
				xmlFree(party);
				free(own);
				free(aname);
				goto out;
			}
			/* Past its own name: the name it gives after. */
			hit = own != NULL && strcmp(own, aname) != 0 &&
			    strstr(plain, own) != NULL &&
			    names(strstr(plain, own) + strlen(own), aname);
			if (hit)
				xmlSetProp(people->v[i], BAD_CAST "party", party);
			xmlFree(party);
			free(own);
			free(plain);
			if (hit)
				break;
		}
		free(aname);
	}
	rc = 0;
out:
	return rc;
}

int
pk_parties_carry(xmlNodePtr root)
{
	struct nodes	 src = { 0 }, people = { 0 }, rows = { 0 };
	char		**names = NULL;	/* of the people without a party */
	size_t		 i, j;
	int		 rc = -1;

	/* Signatures first, then the people themselves: an adjuster named
	 * without a party in the front is the member with one. */
	if (collect(root->children, "signature", &src) == -1 ||
	    collect(root->children, "person", &people) == -1 ||
	    collect(root->children, "person", &src) == -1)
		goto out;
	if ((names = calloc(people.n + 1, sizeof(*names))) == NULL)
		goto out;
	for (j = 0; j < people.n; j++)
		if (xmlHasProp(people.v[j], BAD_CAST "party") == NULL)
			names[j] = child_text(people.v[j], "name");
	for (i = 0; i < src.n; i++) {
		xmlChar	*party = xmlGetProp(src.v[i], BAD_CAST "party");
		char	*sname;

		if (party == NULL)
			continue;
		if ((sname = child_text(src.v[i], "name")) == NULL) {
			xmlFree(party);
			continue;
		}
		give(&people, names, sname, party);
		free(sname);
		xmlFree(party);
	}
	/* Then the rows of the vote tables, named one by one with their
	 * party, for a member named nowhere else with it. */
	if (collect(root->children, "row", &rows) == -1)
		goto out;
	for (i = 0; i < rows.n; i++) {
		char	*rname, *rparty;

		if (xmlHasProp(rows.v[i], BAD_CAST "vote") == NULL ||
		    !row_party(&src, rows.v[i], &rname, &rparty))
			continue;
		give(&people, names, rname, BAD_CAST rparty);
		free(rname);
		free(rparty);
	}
	if (substitutes(&people) == -1)
		goto out;
	rc = 0;
out:
	for (j = 0; names != NULL && j < people.n; j++)
		free(names[j]);
	free(names);
	free(src.v);
	free(people.v);
	free(rows.v);
	return rc;
}
