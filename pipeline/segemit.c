/*
 * A line's text written into the minutes tree: text, fields with their
 * spans (normalised values, people, roles), lists, table rows and plain
 * paragraphs, in the place the run's state gives.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "inline.h"
#include "lines.h"
#include "listmark.h"
#include "normalize.h"
#include "segrun.h"

xmlNodePtr
pk_seg_node(struct run *r, xmlNodePtr parent, const char *name)
{
	xmlNodePtr n = xmlNewDocNode(r->doc, r->ns, BAD_CAST name, NULL);

	if (n != NULL && parent != NULL)
		xmlAddChild(parent, n);
	return n;
}

int
pk_seg_text(struct run *r, xmlNodePtr parent, const char *s)
{
	xmlNodePtr t = xmlNewDocText(r->doc, BAD_CAST s);

	if (t == NULL)
		return -1;
	xmlAddChild(parent, t);
	return 0;
}

/* The token the profile maps s[a..b) of field f to, or NULL. */
const char *
pk_seg_map_value(struct run *r, enum pk_field f, const char *s, long a, long b)
{
	char		*plain;
	const char	*tok;

	if ((plain = pk_inline_plain(s + a, (size_t)(b - a))) == NULL)
		return NULL;
	/* The matcher is shared: save nothing, maps are tried last. */
	tok = pk_profile_map(r->prof, r->m, f, plain, strlen(plain));
	free(plain);
	return tok;
}

int
pk_seg_set_plain_attr(xmlNodePtr n, const char *attr, const char *s, long a,
    long b)
{
	char	*plain;
	int	 rc = 0;

	if ((plain = pk_inline_plain(s + a, (size_t)(b - a))) == NULL)
		return -1;
	if (*plain != '\0' && xmlSetProp(n, BAD_CAST attr, BAD_CAST plain) ==
	    NULL)
		rc = -1;
	free(plain);
	return rc;
}

int
pk_seg_add_span(struct run *r, long a, long b, xmlNodePtr n)
{
	struct pk_span	*grown;
	size_t		 cap;

	if (n == NULL)
		return -1;
	/* As many as the text has: a list of 1,600 people is one text. */
	if (r->nspans == r->spans_cap) {
		cap = r->spans_cap ? 2 * r->spans_cap : 64;
		if ((grown = reallocarray(r->spans, cap, sizeof(*grown))) ==
		    NULL) {
			xmlFreeNode(n);
			return -1;
		}
		r->spans = grown;
		r->spans_cap = cap;
	}
	r->spans[r->nspans].start = a;
	r->spans[r->nspans].end = b;
	r->spans[r->nspans].node = n;
	r->nspans++;
	return 0;
}

/*
 * A date or time as OCR may have broken it: "19 6 4-03-12", "l2 mars
 * 1964", "kl. l9.00".  Letters it takes for digits become digits next
 * to a digit, spaces between digits go.  Returns 0 with out filled, or
 * -1.
 */
static int
ocr_value(const char *s, size_t len, int time, char out[11])
{
	char	 buf[128];
	size_t	 i, n = 0;

	for (i = 0; i < len && n + 1 < sizeof(buf); i++) {
		char c = s[i];
		int dl = i > 0 && isdigit((unsigned char)s[i - 1]);
		int dr = i + 1 < len && isdigit((unsigned char)s[i + 1]);

		if (pk_seg_ocr_digit(c) && (dl || dr))
			c = pk_seg_ocr_digit(c);
		else if (c == ' ' && dl && dr)
			continue;
		buf[n++] = c;
	}
	return time ? pk_norm_time(buf, n, out) : pk_norm_date(buf, n, out);
}

/* Spans for every field group of g, with normalised values. */
static int
field_spans(struct run *r, const char *s, const struct groups *g)
{
	unsigned	 i;
	char		 val[24];

	for (i = 1; i < g->n; i++) {
		enum pk_field	 f = g->field[i];
		xmlNodePtr	 n;
		long		 a = g->start[i], b = g->end[i];

		if (f == PK_F_NONE || a < 0 ||
		    pk_field_type(f) == PK_VT_STRUCT)
			continue;
		n = xmlNewDocNode(r->doc, r->ns,
		    BAD_CAST pk_field_element(f), NULL);
		if (n == NULL)
			return -1;
		/* Read by OCR, its letters for digits first: "l2 mars"
		 * is the 12th, "l9.00" 19:00, not the 2nd and 9:00. */
		if (pk_field_type(f) == PK_VT_DATE &&
		    ((r->ocr && ocr_value(s + a, (size_t)(b - a), 0, val) ==
		    0) || pk_norm_date(s + a, (size_t)(b - a), val) == 0))
			xmlSetProp(n, BAD_CAST "when", BAD_CAST val);
		else if (pk_field_type(f) == PK_VT_TIME &&
		    ((r->ocr && ocr_value(s + a, (size_t)(b - a), 1, val) ==
		    0) || pk_norm_time(s + a, (size_t)(b - a), val) == 0))
			xmlSetProp(n, BAD_CAST "at", BAD_CAST val);
		else if (f == PK_F_NUM) {
			long num = pk_norm_number(s + a, (size_t)(b - a));

			if (num >= 0) {
				snprintf(val, sizeof(val), "%ld", num);
				xmlSetProp(n, BAD_CAST "n", BAD_CAST val);
			}
		} else if (pk_field_type(f) == PK_VT_COUNT) {
			static const char *const choice[] = { "yes", "no",
			    "abstain", "absent" };
			long num = pk_norm_number(s + a, (size_t)(b - a));

			xmlSetProp(n, BAD_CAST "type",
			    BAD_CAST choice[f - PK_F_VOTE_YES]);
			if (num >= 0) {
				snprintf(val, sizeof(val), "%ld", num);
				xmlSetProp(n, BAD_CAST "n", BAD_CAST val);
			}
		} else if (f == PK_F_ROLE || f == PK_F_VOTE) {
			const char *tok = pk_seg_map_value(r, f, s, a, b);

			if (tok != NULL)
				xmlSetProp(n, BAD_CAST "type", BAD_CAST tok);
		}
		if (pk_seg_add_span(r, a, b, n) == -1)
			return -1;
	}
	return 0;
}

int
pk_seg_emit(struct run *r, xmlNodePtr parent, const char *s, long a, long b)
{
	int rc;

	rc = pk_inline_emit(&r->in, parent, s, a, b, r->spans, r->nspans);
	r->nspans = 0;
	return rc;
}

/*
 * The role the label of a list of people gives them all, as the profile
 * maps it ("Protokollführer: Benedikt C.", "Justerare<TAB>Eva Holm"),
 * or NULL.
 */
const char *
pk_seg_label_role(struct run *r, const char *s, const struct groups *g)
{
	long	 a, b;

	if (pk_seg_find_field(g, PK_F_LABEL, &a, &b) != 0)
		return NULL;
	return pk_seg_map_value(r, PK_F_ROLE, s, a, b);
}

/* The first word of the label in g, kept for the lines of its roll. */
void
pk_seg_label_word(struct run *r, const char *s, const struct groups *g)
{
	long	 a, b, e;

	r->roll_word[0] = '\0';
	if (pk_seg_find_field(g, PK_F_LABEL, &a, &b) != 0)
		return;
	for (e = a; e < b && s[e] != ' ' && s[e] != '\t' && s[e] != ':'; e++)
		;
	if (e > a && (size_t)(e - a) < sizeof(r->roll_word))
		snprintf(r->roll_word, sizeof(r->roll_word), "%.*s",
		    (int)(e - a), s + a);
}

long *
pk_seg_person_scan_new(const struct run *r)
{
	long	*none_from;
	size_t	 i, n = r->prof->npersons;

	if ((none_from = malloc((n > 0 ? n : 1) * sizeof(*none_from))) ==
	    NULL)
		return NULL;
	for (i = 0; i < n; i++)
		none_from[i] = LONG_MAX;
	return none_from;
}

/*
 * The first person of group in s[pos..b), the one starting first, into
 * g (its whole span g->start[0], g->end[0]).  Returns 1, 0 when there is
 * none, -1 (the match limit).
 */
int
pk_seg_first_person(struct run *r, const char *group, const char *s, long pos,
    long b, struct groups *g, long *none_from)
{
	const struct pk_profile	*p = r->prof;
	size_t			 i;
	long			 bs = -1, ms, me;
	int			 rc;

	for (i = 0; i < p->npersons; i++) {
		if (strcmp(p->persons[i].group, group) != 0)
			continue;
		/*
		 * A rule that found no one from an earlier pos finds no one
		 * from here: where it matches does not depend on where the
		 * search starts (a lookbehind sees before it), unless it
		 * says \G.  Else every person found searched the rest of the
		 * list again with each rule that has no more of it.
		 */
		if (none_from != NULL && pos >= none_from[i])
			continue;
		rc = pk_seg_match(r, p->persons[i].re, p->persons[i].marked, s,
		    (size_t)b, (size_t)pos);
		if (rc == -1)
			return -1;
		if (rc == 0) {
			if (none_from != NULL && !p->persons[i].from_start)
				none_from[i] = pos;
			continue;
		}
		pk_match_group(r->m, 0, &ms, &me);
		if (me == ms)
			continue;
		if (bs == -1 || ms < bs) {
			bs = ms;
			pk_seg_save_groups(r, p->persons[i].group_field,
			    p->persons[i].ngroups, g);
		}
	}
	return bs != -1;
}

/*
 * Apply the person rules of group to s[a..b), adding person spans; a
 * person without a role of their own takes label_role (or none).
 */
int
pk_seg_person_spans(struct run *r, const char *group, const char *label_role,
    const char *s, long a, long b)
{
	long			 pos = a, prev_end = -1;
	long			*none_from;
	char			 tokbuf[32];
	xmlChar			*absent_party = NULL;
	int			 status = -1;

	if ((none_from = pk_seg_person_scan_new(r)) == NULL)
		return -1;
	while (pos < b) {
		struct groups	 g;
		long		 ms, me;
		const char	*dflt;
		xmlNodePtr	 person;
		int		 rc;

		if ((rc = pk_seg_first_person(r, group, s, pos, b, &g,
		    none_from)) == -1)
			goto out;
		if (rc == 0)
			break;
		person = xmlNewDocNode(r->doc, r->ns, BAD_CAST "person", NULL);
		if (person == NULL)
			goto out;
		if (pk_seg_find_field(&g, PK_F_PARTY, &ms, &me) == 0 &&
		    pk_seg_set_plain_attr(person, "party", s, ms, me) == -1) {
			xmlFreeNode(person);
			goto out;
		}
		if (pk_seg_find_field(&g, PK_F_ROLE, &ms, &me) == 0) {
			const char *tok = pk_seg_map_value(r, PK_F_ROLE, s,
			    ms, me);

			if (tok != NULL)
				xmlSetProp(person, BAD_CAST "role",
				    BAD_CAST tok);
		}
		if (label_role != NULL && !xmlHasProp(person, BAD_CAST "role"))
			xmlSetProp(person, BAD_CAST "role", BAD_CAST label_role);
		if (pk_seg_find_field(&g, PK_F_REMOTE, &ms, &me) == 0)
			xmlSetProp(person, BAD_CAST "remote", BAD_CAST "true");
		dflt = strcmp(group, "absent") == 0 ? "absent" :
		    strcmp(group, "listed") == 0 ? "unknown" : "present";
		if (pk_seg_find_field(&g, PK_F_MARK, &ms, &me) == 0) {
			const char *tok = pk_seg_map_value(r, PK_F_MARK, s,
			    ms, me);

			dflt = tok != NULL ? tok : "unknown";
		}
		snprintf(tokbuf, sizeof(tokbuf), "%s", dflt);
		xmlSetProp(person, BAD_CAST "attendance", BAD_CAST tokbuf);
		/*
		 * "Linda Sandström<TAB>MP<TAB>-<TAB>Louise Kaya": in a row of
		 * an attendance list, the one named after an absent member
		 * serves for them (tjänstgörande ersättare), for their party.
		 */
		if (absent_party != NULL && prev_end >= 0 &&
		    !xmlHasProp(person, BAD_CAST "party") &&
		    memchr(s + prev_end, '\t', (size_t)(g.start[0] -
		    prev_end)) != NULL &&
		    pk_line_is_blank(s + prev_end, (size_t)(g.start[0] -
		    prev_end)))
			xmlSetProp(person, BAD_CAST "party", absent_party);
		xmlFree(absent_party);
		absent_party = strcmp(tokbuf, "absent") == 0 ?
		    xmlGetProp(person, BAD_CAST "party") : NULL;
		prev_end = g.end[0];
		if (pk_seg_add_span(r, g.start[0], g.end[0], person) == -1 ||
		    field_spans(r, s, &g) == -1)
			goto out;
		pos = g.end[0];
	}
	status = 0;
out:
	xmlFree(absent_party);
	free(none_from);
	return status;
}

/* Where ordinary paragraphs go in the current state. */
xmlNodePtr
pk_seg_content_parent(struct run *r)
{
	if (r->container != NULL)
		return r->container;
	switch (r->state) {
	case ST_FRONT:
		return r->front;
	case ST_ITEM:
		/* Reading order: only the last child may take more text. */
		if (r->section != NULL &&
		    xmlGetLastChild(r->item) != r->section)
			r->section = r->decision = NULL;
		if (r->decision != NULL &&
		    xmlGetLastChild(r->section) != r->decision)
			r->decision = NULL;
		if (r->decision != NULL)
			return r->decision;
		return r->section != NULL ? r->section : r->item;
	case ST_BACK:
		break;
	}
	return r->back;
}

/*
 * Whether n stands in mixed content, where the XML is written without
 * indentation: there, cells would run together in its text.
 */
int
pk_seg_in_mixed(xmlNodePtr n)
{
	xmlNodePtr	 c;

	/*
	 * Up to the parts of the document, which never hold text: a walk
	 * over the thousands of items of a long record would be the same
	 * walk again for each paragraph.
	 */
	for (; n != NULL && n->type == XML_ELEMENT_NODE &&
	    !xmlStrEqual(n->name, BAD_CAST "items") &&
	    !xmlStrEqual(n->name, BAD_CAST "front") &&
	    !xmlStrEqual(n->name, BAD_CAST "back"); n = n->parent)
		for (c = n->children; c != NULL; c = c->next)
			if (c->type == XML_TEXT_NODE)
				return 1;
	return 0;
}

/* In mixed content, a line break between an element and the next. */
static int
separate(struct run *r, xmlNodePtr parent)
{
	xmlNodePtr last = parent != NULL ? xmlGetLastChild(parent) : NULL;

	if (last == NULL || last->type != XML_ELEMENT_NODE ||
	    !pk_seg_in_mixed(parent))
		return 0;
	return pk_seg_text(r, parent, "\n");
}

/* A new element that ends any open list or table. */
xmlNodePtr
pk_seg_block_node(struct run *r, xmlNodePtr parent, const char *name)
{
	r->list = r->table = NULL;
	if (separate(r, parent) == -1)
		return NULL;
	return pk_seg_node(r, parent, name);
}

static int
list_line(struct run *r, xmlNodePtr parent, const char *s, size_t len,
    long at, int ordered)
{
	xmlNodePtr li;

	if (r->list == NULL || xmlGetLastChild(parent) != r->list) {
		r->table = NULL;
		if (separate(r, parent) == -1 ||
		    (r->list = pk_seg_node(r, parent, "list")) == NULL)
			return -1;
		xmlSetProp(r->list, BAD_CAST "type",
		    BAD_CAST (ordered ? "ordered" : "bullet"));
	}
	if ((li = pk_seg_node(r, r->list, "li")) == NULL)
		return -1;
	return pk_seg_emit(r, li, s, at, (long)len);
}

static int
table_line(struct run *r, xmlNodePtr parent, const char *s, size_t len)
{
	xmlNodePtr	 row, cell;
	long		 a = 0, b;
	int		 mixed = pk_seg_in_mixed(parent);

	if (r->table == NULL || xmlGetLastChild(parent) != r->table) {
		r->list = NULL;
		if (separate(r, parent) == -1 ||
		    (r->table = pk_seg_node(r, parent, "table")) == NULL)
			return -1;
	}
	/*
	 * The line break that ended the row before, where nothing else
	 * will: without it, its last cell and this first run into one word.
	 */
	if (mixed && r->table->children != NULL &&
	    pk_seg_text(r, r->table, "\n") == -1)
		return -1;
	if ((row = pk_seg_node(r, r->table, "row")) == NULL)
		return -1;
	for (;;) {
		for (b = a; b < (long)len && s[b] != '\t'; b++)
			;
		if ((cell = pk_seg_node(r, row, "cell")) == NULL ||
		    pk_seg_emit(r, cell, s, a, b) == -1)
			return -1;
		if (b >= (long)len)
			break;
		/* The tab that parted the cells, where nothing else will. */
		if (mixed && pk_seg_text(r, row, "\t") == -1)
			return -1;
		a = b + 1;
	}
	return 0;
}

/*
 * A point of an item numbered in a cell of its own ("1.<TAB>Inför ett
 * halvårsmöte"): a list's number the extractor set apart, the point's
 * further lines under its text ("<TAB>13 röster för").  An entry of an
 * ordered list, not a table's row, unless a table with cells of its own
 * is open.
 */
int
pk_seg_numbered_cell(struct run *r, const char *s, size_t len)
{
	xmlNodePtr	 parent;
	size_t		 i;

	if (r->state != ST_ITEM)
		return 0;
	for (i = 0; i < len && i < 3 && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == 0 || i + 2 >= len || (s[i] != '.' && s[i] != ')') ||
	    s[i + 1] != '\t' || memchr(s + i + 2, '\t', len - i - 2) != NULL ||
	    pk_line_is_blank(s + i + 2, len - i - 2))
		return 0;
	parent = pk_seg_content_parent(r);
	return r->table == NULL || xmlGetLastChild(parent) != r->table;
}

/* A line no rule claimed: paragraph, list entry or table row. */
int
pk_seg_plain_line(struct run *r, xmlNodePtr parent, const char *s, size_t len)
{
	int	 ordered;
	long	 at;
	xmlNodePtr p;

	if ((at = pk_list_marker(s, len, &ordered)) >= 0)
		return list_line(r, parent, s, len, at, ordered);
	if (pk_seg_numbered_cell(r, s, len))
		return list_line(r, parent, s, len, 0, 1);
	if (memchr(s, '\t', len) != NULL)
		return table_line(r, parent, s, len);
	if ((p = pk_seg_block_node(r, parent, "p")) == NULL)
		return -1;
	return pk_seg_emit(r, p, s, 0, (long)len);
}

/* Emit s[a..b) into parent with the field spans of g. */
int
pk_seg_emit_fields(struct run *r, xmlNodePtr parent, const char *s,
    const struct groups *g, long a, long b)
{
	if (field_spans(r, s, g) == -1)
		return -1;
	return pk_seg_emit(r, parent, s, a, b);
}

void
pk_seg_set_role(struct run *r, xmlNodePtr n, const char *s,
    const struct groups *g)
{
	long		 a = 0, b = 0;
	const char	*tok = NULL;

	if (pk_seg_find_field(g, PK_F_ROLE, &a, &b) == 0)
		tok = pk_seg_map_value(r, PK_F_ROLE, s, a, b);
	if (tok == NULL && pk_seg_find_field(g, PK_F_LABEL, &a, &b) == 0)
		tok = pk_seg_map_value(r, PK_F_ROLE, s, a, b);
	if (tok != NULL)
		xmlSetProp(n, BAD_CAST "role", BAD_CAST tok);
}
