/* The meeting's officers (chair, secretary, adjusters, tellers) marked as people where an item elects them. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "inline.h"
#include "officers.h"
#include "xmlin.h"

/* A name's span in a text node, and the span of the role said beside
 * it ("Lars Holm som dirigent"; start -1 when none). */
struct found {
	long	 start, end;
	long	 role_start, role_end;
};

/*
 * The token of the first officer rule that takes s[0..len), or NULL;
 * *err is set to PK_OFFICERS_LIMIT on a match limit.
 */
static const char *
officer_token(const struct pk_profile *p, struct pk_matcher *m,
    const char *s, size_t len, int *err)
{
	size_t	 i;
	int	 rc;

	for (i = 0; i < p->nofficers; i++)
		if ((rc = pk_match(m, p->officers[i].re, s, len, 0)) != 0) {
			if (rc == -1)
				*err = PK_OFFICERS_LIMIT;
			return rc == -1 ? NULL : p->officers[i].token;
		}
	return NULL;
}

/*
 * The role an officer rule gives text (plain, emphasis dropped): its
 * token, or NULL when no rule takes it.  *err is set to -1 when memory
 * ran out, PK_OFFICERS_LIMIT on a match limit.
 */
static const char *
officer_role(const struct pk_profile *p, struct pk_matcher *m, xmlNodePtr n,
    int *err)
{
	const char	*role;
	xmlChar		*c;
	char		*plain;

	if ((c = xmlNodeGetContent(n)) == NULL) {
		*err = -1;
		return NULL;
	}
	plain = pk_inline_plain((char *)c, strlen((char *)c));
	xmlFree(c);
	if (plain == NULL) {
		*err = -1;
		return NULL;
	}
	role = officer_token(p, m, plain, strlen(plain), err);
	free(plain);
	return role;
}

/*
 * The first name the "person officers" rules find in s from pos: the
 * rule's name group, or its whole match.  1 found, 0 none, or
 * PK_OFFICERS_LIMIT.
 */
static int
next_name(const struct pk_profile *p, struct pk_matcher *m, const char *s,
    size_t len, size_t pos, struct found *f)
{
	size_t		 i;
	unsigned	 g;
	long		 ms, me, rs, re;
	int		 rc, any = 0;

	for (i = 0; i < p->npersons; i++) {
		const struct pk_person_rule *pr = &p->persons[i];

		if (strcmp(pr->group, "officers") != 0)
			continue;
		if ((rc = pk_match(m, pr->re, s, len, pos)) == -1)
			return PK_OFFICERS_LIMIT;
		if (rc == 0)
			continue;
		pk_match_group(m, 0, &ms, &me);
		rs = re = -1;
		for (g = 1; g < pr->ngroups; g++)
			if (pr->group_field[g] == PK_F_NAME)
				pk_match_group(m, g, &ms, &me);
			else if (pr->group_field[g] == PK_F_ROLE)
				pk_match_group(m, g, &rs, &re);
		if (ms < 0 || me <= ms)
			continue;
		if (!any || ms < f->start) {
			f->start = ms;
			f->end = me;
			f->role_start = rs;
			f->role_end = re;
			any = 1;
		}
	}
	return any;
}

/*
 * A person of role, present, beside at (its document and namespace),
 * with an empty name to fill; *name is set.  NULL when memory ran out.
 */
static xmlNodePtr
officer_person(xmlNodePtr at, const char *role, xmlNodePtr *name)
{
	xmlNodePtr	 person;

	person = xmlNewDocNode(at->doc, at->parent->ns, BAD_CAST "person",
	    NULL);
	*name = person == NULL ? NULL : xmlNewChild(person, at->parent->ns,
	    BAD_CAST "name", NULL);
	if (*name == NULL) {
		xmlFreeNode(person);
		return NULL;
	}
	xmlSetProp(person, BAD_CAST "role", BAD_CAST role);
	xmlSetProp(person, BAD_CAST "attendance", BAD_CAST "present");
	return person;
}

/*
 * Wrap the names in text node t as persons of role, or of the role said
 * beside a name; with role "any" only those.  0, -1 when memory ran
 * out, or PK_OFFICERS_LIMIT.
 */
static int
mark_text(xmlNodePtr t, const char *role, const struct pk_profile *p,
    struct pk_matcher *m)
{
	size_t	 pos = 0;

	while (t != NULL && t->content != NULL) {
		const char	*s = (const char *)t->content, *own;
		struct found	 f;
		xmlNodePtr	 person, name, rest;
		xmlChar		*nm, *before;
		int		 rc, err = 0;

		memset(&f, 0, sizeof(f));
		if ((rc = next_name(p, m, s, strlen(s), pos, &f)) != 1)
			return rc;
		/* A name that is an officer's label: "C. Justeringsperson"
		 * where a scan's "c." came out in upper case. */
		if (officer_token(p, m, s + f.start, (size_t)(f.end - f.start),
		    &err) != NULL) {
			pos = (size_t)f.end;
			continue;
		}
		if (err != 0)
			return err;
		own = f.role_start < 0 ? NULL : pk_profile_map(p, m,
		    PK_F_ROLE, s + f.role_start,
		    (size_t)(f.role_end - f.role_start));
		if (own == NULL && strcmp(role, "any") == 0) {
			/* No role of its own: the name stays text. */
			pos = (size_t)f.end;
			continue;
		}
		person = officer_person(t, own != NULL ? own : role, &name);
		nm = xmlStrndup(BAD_CAST s + f.start, (int)(f.end - f.start));
		before = xmlStrndup(BAD_CAST s, (int)f.start);
		rest = xmlNewDocText(t->doc, BAD_CAST s + f.end);
		if (person == NULL || nm == NULL || before == NULL ||
		    rest == NULL) {
			xmlFree(nm);
			xmlFree(before);
			xmlFreeNode(rest);
			xmlFreeNode(person);
			return -1;
		}
		xmlNodeAddContent(name, nm);
		xmlFree(nm);
		/* Setting t's content frees the old, so s is copied first;
		 * a text node added beside another is merged with it, so
		 * the one returned is the one to go on with. */
		xmlAddNextSibling(t, person);
		rest = xmlAddNextSibling(person, rest);
		xmlNodeSetContent(t, before);
		xmlFree(before);
		if (f.start == 0) {
			xmlUnlinkNode(t);
			xmlFreeNode(t);
		}
		t = rest;
		pos = 0;
	}
	return 0;
}

/*
 * An emphasis that is a name and nothing else ("välja **Mikael Silvén**
 * till mötesordförande"), as a person of role: the emphasis is kept
 * whole inside the name, as it stays innermost.  With role "any" it
 * has no role of its own and stays text.  0, -1 when memory ran out,
 * or PK_OFFICERS_LIMIT.
 */
static int
mark_emphasis(xmlNodePtr hi, const char *role, const struct pk_profile *p,
    struct pk_matcher *m)
{
	struct found	 f;
	xmlNodePtr	 person, name;
	xmlChar		*c;
	size_t		 len;
	int		 rc, err = 0;

	if (strcmp(role, "any") == 0 || (c = xmlNodeGetContent(hi)) == NULL)
		return strcmp(role, "any") == 0 ? 0 : -1;
	len = strlen((char *)c);
	memset(&f, 0, sizeof(f));
	rc = next_name(p, m, (char *)c, len, 0, &f);
	if (rc == 1 && (f.start != 0 || (size_t)f.end != len ||
	    officer_token(p, m, (char *)c, len, &err) != NULL))
		rc = 0;
	xmlFree(c);
	if (rc != 1 || err != 0)
		return rc == 1 ? err : rc;
	if ((person = officer_person(hi, role, &name)) == NULL)
		return -1;
	xmlReplaceNode(hi, person);
	xmlAddChild(name, hi);
	return 0;
}

/* The names in paragraph (or list entry) n, as persons of role. */
static int
mark_para(xmlNodePtr n, const char *role, const struct pk_profile *p,
    struct pk_matcher *m)
{
	xmlNodePtr	 c, next;
	int		 rc;

	for (c = n->children; c != NULL; c = next) {
		next = c->next;
		/* (mark_text may free c: nothing of c after it.) */
		if (c->type == XML_TEXT_NODE) {
			if ((rc = mark_text(c, role, p, m)) < 0)
				return rc;
		} else if (pk_xml_is(c, "hi") &&
		    (rc = mark_emphasis(c, role, p, m)) < 0)
			return rc;
	}
	return 0;
}

/* Walk the blocks under n in document order, with the role open. */
static int
walk(xmlNodePtr n, const char **open, const struct pk_profile *p,
    struct pk_matcher *m)
{
	const char	*own, *role;
	int		 err = 0, rc;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || pk_xml_is(n, "head") ||
		    pk_xml_is(n, "participants") || pk_xml_is(n, "signatures") ||
		    pk_xml_is(n, "table"))
			continue;
		/* A sub-point's heading opens its role or closes the one
		 * open; a decision's empty heading does neither. */
		if (pk_xml_is(n, "heading")) {
			if (n->children != NULL)
				*open = officer_role(p, m, n, &err);
			if (err)
				return err;
			continue;
		}
		if (pk_xml_is(n, "p") || pk_xml_is(n, "li")) {
			own = officer_role(p, m, n, &err);
			if (err)
				return err;
			if (own != NULL && *open != NULL)
				*open = own;
			role = own != NULL ? own : *open;
			/* "any": an election of officers whose roles the
			 * labels under it or the words beside each name say
			 * ("Val av mötesfunktionärer"). */
			if (role != NULL &&
			    (rc = mark_para(n, role, p, m)) < 0)
				return rc;
			continue;
		}
		if ((rc = walk(n->children, open, p, m)) < 0)
			return rc;
	}
	return 0;
}

int
pk_officers_mark(xmlNodePtr items, const struct pk_profile *p,
    struct pk_matcher *m)
{
	xmlNodePtr	 item, c;

	if (p->nofficers == 0)
		return 0;
	for (item = items->children; item != NULL; item = item->next) {
		const char	*open = NULL;
		int		 err = 0;

		if (!pk_xml_is(item, "item"))
			continue;
		for (c = item->children; c != NULL; c = c->next)
			if (pk_xml_is(c, "head")) {
				xmlNodePtr t;

				for (t = c->children; t != NULL; t = t->next)
					if (pk_xml_is(t, "title"))
						open = officer_role(p, m, t,
						    &err);
			}
		if (err)
			return err;
		if ((err = walk(item->children, &open, p, m)) < 0)
			return err;
	}
	return 0;
}
