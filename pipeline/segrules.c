/*
 * A profile's rules tried on a line of the run: the match and its
 * groups, the rules of a scope and kind in turn, and where a heading no
 * rule numbers may start an item.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "inline.h"
#include "lines.h"
#include "listmark.h"
#include "segrun.h"

/* (The matcher's limit is said at the run's line.) */
int
pk_seg_match(struct run *r, const pcre2_code *re, int marked, const char *s,
    size_t len, size_t start)
{
	int rc = pk_match_as(r->m, re, marked, s, len, start);

	if (rc == -1)
		pk_diag(r->diag, PK_E_MATCH_LIMIT, r->src_line, NULL);
	return rc;
}

/* Group offsets of the last match, copied before the matcher is reused. */
void
pk_seg_save_groups(struct run *r, const signed char *field, unsigned n,
    struct groups *g)
{
	unsigned i;

	g->n = n < 64 ? n : 64;
	g->field = field;
	for (i = 0; i < g->n; i++)
		pk_match_group(r->m, i, &g->start[i], &g->end[i]);
}

/* The span of the first set group filling field f, or -1. */
int
pk_seg_find_field(const struct groups *g, enum pk_field f, long *a, long *b)
{
	unsigned i;

	for (i = 1; i < g->n; i++)
		if (g->field[i] == f && g->start[i] >= 0) {
			*a = g->start[i];
			*b = g->end[i];
			return 0;
		}
	return -1;
}

/* A continuing rule applies right after a block its kind took. */
static int
continues_ok(const struct run *r, const struct pk_rule *rule)
{
	return rule->kind == PK_KIND_SIDE && r->side != NULL &&
	    r->item != NULL && xmlGetLastChild(r->item) == r->side;
}

/*
 * Whether a line rule of scope sc and kind k, other than the unnumbered
 * items, matches s[0..len), without firing it: 1, 0, or -1 (limit).
 */
static int
any_rule_matches(struct run *r, enum pk_scope sc, enum pk_kind k,
    const char *s, size_t len)
{
	int	 rc = pk_rules_match_kind_read(r->prof, r->m, sc, k, r->ocr, s,
	    len);

	if (rc == -1)
		pk_diag(r->diag, PK_E_MATCH_LIMIT, r->src_line, NULL);
	return rc;
}

/* The next line after line i with text, or n. */
static size_t
next_text_line(const struct run *r, size_t i)
{
	for (i++; i < r->nlines; i++)
		if (!r->lines[i].dropped &&
		    !pk_line_is_blank(r->lines[i].s, r->lines[i].len))
			break;
	return i;
}

/* Prose: a plain line of some length, not a heading, list or row. */
static int
prose_line(const char *s, size_t len)
{
	char	*plain;
	int	 ordered, ok;

	if (memchr(s, '\t', len) != NULL || pk_list_marker(s, len, &ordered) >= 0 ||
	    (len > 4 && memcmp(s, "**", 2) == 0 &&
	    memcmp(s + len - 2, "**", 2) == 0))
		return 0;
	if ((plain = pk_inline_plain(s, len)) == NULL)
		return -1;
	ok = strlen(plain) >= 40;
	free(plain);
	return ok;
}

/*
 * Where an unnumbered item rule may take line s: the current line,
 * alone in its block, a line no front rule knows, followed by a block
 * of prose, in a document where no other item rule takes any line (the
 * headings of a record that numbers nothing, as a housing
 * co-operative's; a formal protocol numbers its items, and its bold
 * lines are not its items).  1, 0, or -1.
 */
static int
heading_alone(struct run *r, const char *s, size_t len)
{
	static const struct {
		enum pk_scope	 scope;
		enum pk_kind	 kind;
	} labels[] = {
		{ PK_SCOPE_FRONT, PK_KIND_FIELD },
		{ PK_SCOPE_FRONT, PK_KIND_PARTICIPANTS },
		{ PK_SCOPE_FRONT, PK_KIND_SIGNATURES },
		{ PK_SCOPE_FRONT, PK_KIND_NOTICE },
		{ PK_SCOPE_FRONT, PK_KIND_CONTACT },
		{ PK_SCOPE_ITEM, PK_KIND_FIELD },
		{ PK_SCOPE_ITEM, PK_KIND_SECTION },
		{ PK_SCOPE_ITEM, PK_KIND_PARTICIPANTS },
		{ PK_SCOPE_ITEM, PK_KIND_SIGNATURES },
		{ PK_SCOPE_ITEM, PK_KIND_CASE },
	};
	size_t	 i, next;
	int	 rc;

	if (r->lines == NULL || r->cur >= r->nlines || !r->block_start ||
	    r->lines[r->cur].len != len ||
	    memcmp(r->lines[r->cur].s, s, len) != 0)
		return 0;
	if (r->numbered != 2)
		return 0;
	/* Alone in its block: the next line is blank or another page's. */
	if (r->cur + 1 < r->nlines && !r->lines[r->cur + 1].dropped &&
	    !pk_line_is_blank(r->lines[r->cur + 1].s,
	    r->lines[r->cur + 1].len))
		return 0;
	/*
	 * Nor a label a rule knows: a field, a list of people, a section
	 * ("**Närvarande**" over names, "**Beslut**" over the decision).
	 */
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		if (labels[i].scope != (r->state == ST_FRONT ? PK_SCOPE_FRONT :
		    PK_SCOPE_ITEM))
			continue;
		if ((rc = any_rule_matches(r, labels[i].scope, labels[i].kind,
		    s, len)) != 0)
			return rc == 1 ? 0 : -1;
	}
	if ((next = next_text_line(r, r->cur)) >= r->nlines)
		return 0;
	return prose_line(r->lines[next].s, r->lines[next].len);
}

/*
 * Whether an item rule other than the unnumbered takes a line of the
 * document (r->numbered): once, before the walk, so that no match of
 * the walk's is overwritten.  0 or -1.
 */
int
pk_seg_scan_numbered(struct run *r, const struct pk_seg_line *lines, size_t n)
{
	size_t	 i;
	int	 rc = 0;

	for (i = 0; i < r->prof->nrules; i++)
		if (r->prof->rules[i].unnumbered)
			break;
	if (i == r->prof->nrules)
		return 0;
	for (i = 0; i < n && rc == 0; i++)
		if (!lines[i].dropped)
			rc = any_rule_matches(r, PK_SCOPE_ANY, PK_KIND_ITEM,
			    lines[i].s, lines[i].len);
	if (rc == -1)
		return -1;
	r->numbered = rc == 1 ? 1 : 2;
	return 0;
}

/* Whether an unnumbered item rule takes s[0..len) here: 1, 0, or -1. */
int
pk_seg_unnumbered_takes(struct run *r, const char *s, size_t len)
{
	size_t	 i;
	int	 rc;

	if (r->numbered != 2)
		return 0;
	if ((rc = heading_alone(r, s, len)) != 1)
		return rc;
	for (i = 0; i < r->prof->nrules; i++) {
		const struct pk_rule *rule = &r->prof->rules[i];

		if (!rule->unnumbered || rule->scope != PK_SCOPE_ANY ||
		    rule->kind != PK_KIND_ITEM)
			continue;
		if ((rc = pk_seg_match(r, rule->re, rule->marked, s, len, 0)) != 0)
			return rc > 0 ? 1 : -1;
	}
	return 0;
}

/* Try the rules of scope sc (and kind k, unless -1) on s[0..len). */
const struct pk_rule *
pk_seg_try_rules(struct run *r, enum pk_scope sc, int k, int block,
    const char *s, size_t len, struct groups *g, int *err)
{
	const struct pk_profile	*p = r->prof;
	size_t			 i;
	long			 a, b;
	int			 rc;

	for (i = 0; i < p->nrules; i++) {
		const struct pk_rule *rule = &p->rules[i];

		/* block 2: only the block rules tried before line rules. */
		if (rule->scope != sc || (block == 2 ? !rule->block ||
		    !rule->first : rule->block != block) ||
		    (rule->ocr && !r->ocr) ||
		    (k >= 0 && (int)rule->kind != k) || r->fired[i] ||
		    rule->head != r->in_head ||
		    (rule->closing && !r->end_read) ||
		    (rule->continues && !continues_ok(r, rule)))
			continue;
		if (rule->unnumbered && (rc = heading_alone(r, s, len)) != 1) {
			if (rc == -1) {
				*err = 1;
				return NULL;
			}
			continue;
		}
		rc = pk_seg_match(r, rule->re, rule->marked, s, len, 0);
		if (rc == -1) {
			*err = 1;
			return NULL;
		}
		if (rc == 0)
			continue;
		pk_seg_save_groups(r, rule->group_field, rule->ngroups, g);
		/*
		 * A document has one date of its own: the first a once-rule
		 * reads (a letterhead's); a later date that another such rule
		 * would take is a field table's row that lost its tab.
		 */
		if (rule->once && pk_seg_find_field(g, PK_F_DOCDATE, &a,
		    &b) == 0) {
			if (r->docdate_read)
				continue;
			r->docdate_read = 1;
		}
		if (rule->once)
			r->fired[i] = 1;
		if (r->took == NULL)
			r->took = rule;
		return rule;
	}
	return NULL;
}
