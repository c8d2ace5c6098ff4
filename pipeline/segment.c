/* The segmentation stage: a state machine over blocks and lines, driven by a rule profile. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "choice.h"
#include "frontlines.h"
#include "inline.h"
#include "lines.h"
#include "listmark.h"
#include "normalize.h"
#include "officers.h"
#include "parties.h"
#include "segment.h"
#include "segrun.h"
#include "signers.h"
#include "summary.h"
#include "version.h"
#include "votes.h"

struct pk_segment {
	const struct pk_rules	*rules;
	const char		*profile_name;
	unsigned long		 match_limit;
	struct pk_diag		*diag;
	struct pk_buf		*explain;	/* borrowed, or NULL */
};


struct pk_segment *
pk_segment_new(const struct pk_rules *rules, const char *profile,
    unsigned long match_limit, struct pk_diag *d)
{
	struct pk_segment *s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	s->rules = rules;
	s->profile_name = profile;
	s->match_limit = match_limit;
	s->diag = d;
	return s;
}

void
pk_segment_explain(struct pk_segment *s, struct pk_buf *out)
{
	s->explain = out;
}

/* The explanation, if one is asked for (pk_segment_explain), or NULL. */
#define explain(seg, ...) do {						\
	if ((seg)->explain != NULL)					\
		(void)pk_buf_printf((seg)->explain, __VA_ARGS__);	\
} while (0)

void
pk_segment_free(struct pk_segment *s)
{
	free(s);
}


static int signature_line(struct run *, xmlNodePtr, const char *, size_t,
    int);

/*
 * The last child of n, past the white space between cells: the caption
 * in one cell and the name in the next ("Sekreterare<TAB>Eva Holm") are
 * one signature.  With lines, past line breaks too.
 */
static xmlNodePtr
last_element(xmlNodePtr n, int lines)
{
	xmlNodePtr	 c = xmlGetLastChild(n);
	const xmlChar	*t;

	while (c != NULL && c->type == XML_TEXT_NODE) {
		for (t = c->content; t != NULL && (*t == ' ' || *t == '\t' ||
		    (lines && *t == '\n')); t++)
			;
		if (t != NULL && *t != '\0')
			return c;
		c = c->prev;
	}
	return c;
}

/*
 * A signer's name the layout set over the role that opens the closing
 * signatures ("Cllr Emma Kaur", then "Chair" on a line of its own): the
 * item's last paragraph, a signature's name and nothing else, is the
 * first signer's.  Returns that paragraph, unlinked, or NULL.
 */
static xmlNodePtr
name_over_role(struct run *r, const char *s, size_t len)
{
	xmlNodePtr	 p;
	xmlChar		*t;
	int		 ok;

	if (r->item == NULL || pk_rules_match_kind(r->prof, r->m,
	    PK_SCOPE_SIGNATURES, PK_KIND_ROLE, s, len) != 1)
		return NULL;
	for (p = last_element(r->item, 1); p != NULL &&
	    (xmlStrEqual(p->name, BAD_CAST "section") ||
	    xmlStrEqual(p->name, BAD_CAST "decision"));
	    p = last_element(p, 1))
		;
	if (p == NULL || p->type != XML_ELEMENT_NODE ||
	    !xmlStrEqual(p->name, BAD_CAST "p") ||
	    (t = xmlNodeGetContent(p)) == NULL)
		return NULL;
	ok = strchr((const char *)t, '\n') == NULL &&
	    pk_rules_match_kind(r->prof, r->m, PK_SCOPE_SIGNATURES,
	    PK_KIND_SIGNATURE, (const char *)t, strlen((const char *)t)) == 1;
	xmlFree(t);
	if (!ok)
		return NULL;
	xmlUnlinkNode(p);
	return p;
}

/* The first element child of n, or NULL. */
static xmlNodePtr
first_element(xmlNodePtr n)
{
	xmlNodePtr	 c;

	for (c = n->children; c != NULL && c->type != XML_ELEMENT_NODE;
	    c = c->next)
		;
	return c;
}

static int
is_signature(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE &&
	    xmlStrEqual(n->name, BAD_CAST "signature");
}

/* The signature before n among its siblings, or NULL. */
static xmlNodePtr
prev_signature(xmlNodePtr n)
{
	for (n = n->prev; n != NULL && !is_signature(n); n = n->prev)
		;
	return n;
}

/* The signature after n among its siblings, or NULL. */
static xmlNodePtr
next_signature(xmlNodePtr n)
{
	for (n = n->next; n != NULL && !is_signature(n); n = n->next)
		;
	return n;
}

/* Whether signature n names its signer. */
static int
named(xmlNodePtr n)
{
	xmlNodePtr	 c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(c->name, BAD_CAST "name"))
			return 1;
	return 0;
}

/* Whether signature n starts with its caption (a label or role). */
static int
captioned(xmlNodePtr n)
{
	xmlNodePtr	 c = first_element(n);

	return c != NULL && (xmlStrEqual(c->name, BAD_CAST "label") ||
	    xmlStrEqual(c->name, BAD_CAST "role"));
}

/*
 * Whether a name on the line under the caption sig is its signer: the
 * block's first signature starts with its caption ("Sekreterare" over
 * "Micaela Jansson"; in a block of names each over its role, the name
 * under a role is the next signer's), and the signature before sig is
 * no caption still without its name (a row of captions, "Vid
 * protokollet<TAB>Justeras<TAB>Justeras", has its names in order in
 * the row under it, the first not the last caption's).
 */
static int
caption_first(xmlNodePtr sig)
{
	xmlNodePtr	 p = prev_signature(sig), first = sig;

	if (p != NULL && !named(p))
		return 0;
	for (; p != NULL; p = prev_signature(p))
		first = p;
	return captioned(first);
}

/*
 * The role of the caption whose signer sig is, under a row of captions
 * ("Vid protokollet<TAB>Justeras<TAB>Justeras" over three names, in a
 * row or each in a block of its own): the k-th name after the row is
 * the k-th caption's.  Set on sig where it has none.
 */
static void
role_of_column(xmlNodePtr sig)
{
	xmlNodePtr	 p, first = NULL;
	xmlChar		*role;
	int		 k = 0, m = 0;

	if (xmlHasProp(sig, BAD_CAST "role"))
		return;
	/* The k names since the row, then the row's m captions. */
	for (p = prev_signature(sig); p != NULL && named(p) && !captioned(p);
	    p = prev_signature(p))
		k++;
	for (; p != NULL && !named(p) && captioned(p); p = prev_signature(p)) {
		first = p;
		m++;
	}
	if (m < 2 || k >= m)
		return;
	for (p = first; k > 0; k--)
		p = next_signature(p);
	if ((role = xmlGetProp(p, BAD_CAST "role")) != NULL) {
		xmlSetProp(sig, BAD_CAST "role", role);
		xmlFree(role);
	}
}

/*
 * Whether the name s[0..len), at the start of a line, is the signer of
 * the caption sig above it, past the line break the container holds:
 * the break goes into the signature, before the name.
 */
static int
name_under_caption(struct run *r, xmlNodePtr container, xmlNodePtr sig)
{
	xmlNodePtr	 c;

	if (sig == NULL || r->signature_named ||
	    last_element(container, 1) != sig || !caption_first(sig))
		return 0;
	/* (In the back, the container holds no line breaks.) */
	for (c = sig->next; c != NULL && (c->content == NULL ||
	    strchr((char *)c->content, '\n') == NULL); c = c->next)
		;
	if (c == NULL && pk_seg_text(r, sig, "\n") == -1)
		return -1;
	while ((c = sig->next) != NULL) {
		xmlUnlinkNode(c);
		if (xmlAddChild(sig, c) == NULL) {
			xmlFreeNode(c);
			return -1;
		}
	}
	return 1;
}

/*
 * "Jan Brekke og Camilla Myhre", "A (S), B (M)": a signature rule that
 * took several names in one cell; each is a signature of its own, the
 * words between them text.  Returns 0 when it did so, 1 when the cell
 * holds one name, -1.
 */
static int
signers_apart(struct run *r, xmlNodePtr container, const char *s, size_t len,
    const struct groups *g)
{
	long		 start[8], end[8], pos = 0;
	unsigned	 i;
	int		 n = 0, j, k;

	for (i = 1; i < g->n && n < 8; i++)
		if (g->field[i] == PK_F_NAME && g->start[i] >= 0) {
			start[n] = g->start[i];
			end[n++] = g->end[i];
		}
	if (n < 2)
		return 1;
	/* In order of where they stand; a party belongs to its name. */
	for (j = 1; j < n; j++)
		for (k = j; k > 0 && start[k] < start[k - 1]; k--) {
			long t = start[k];

			start[k] = start[k - 1];
			start[k - 1] = t;
			t = end[k];
			end[k] = end[k - 1];
			end[k - 1] = t;
		}
	for (i = 1; i < g->n; i++)
		if (g->field[i] == PK_F_PARTY && g->start[i] >= 0)
			for (j = 0; j < n; j++)
				if (g->start[i] >= end[j] && (j + 1 == n ||
				    g->end[i] <= start[j + 1])) {
					/* "(S)": up to the bracket after it. */
					long e = g->end[i];

					while (e < (long)len && s[e] == ')')
						e++;
					if (e > end[j])
						end[j] = e;
				}
	for (j = 0; j < n; j++) {
		long a = j == 0 ? 0 : start[j];

		if (a > pos && pk_seg_emit(r, container, s, pos, a) == -1)
			return -1;
		if (end[j] - a >= (long)len)
			return 1;	/* one name after all */
		if (signature_line(r, container, s + a, (size_t)(end[j] - a),
		    0) == -1)
			return -1;
		pos = end[j];
	}
	if (pos < (long)len &&
	    pk_seg_emit(r, container, s, pos, (long)len) == -1)
		return -1;
	return 0;
}

/* Whether a person of the document (under n) is named name, plainly. */
static int
person_named(xmlNodePtr n, const char *name)
{
	xmlChar	*c;
	char	*plain;
	int	 same;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrEqual(n->name, BAD_CAST "name") && n->parent != NULL &&
		    xmlStrEqual(n->parent->name, BAD_CAST "person")) {
			if ((c = xmlNodeGetContent(n)) == NULL)
				continue;
			plain = pk_inline_plain((char *)c, strlen((char *)c));
			xmlFree(c);
			same = plain != NULL && strcmp(plain, name) == 0;
			free(plain);
			if (same)
				return 1;
		} else if (person_named(n->children, name))
			return 1;
	}
	return 0;
}

/*
 * A signer's name its cell wrapped: "Tuva Johannessen" over
 * "Thomassen<TAB>Sunniva Pettersen".  The word that starts the next
 * line goes on the name above when together they name a person the
 * document lists.  Returns 1 when it did, 0, or -1.
 */
static int
signer_name_goes_on(struct run *r, xmlNodePtr container, const char *s,
    size_t len)
{
	xmlNodePtr	 sig = r->signature, name, last;
	xmlChar		*c;
	char		*plain, *joined;
	size_t		 i;
	int		 found;

	/* The signature above, past the line break after it. */
	for (last = xmlGetLastChild(container); last != NULL &&
	    last->type == XML_TEXT_NODE && last->content != NULL &&
	    last->content[strspn((char *)last->content, " \t\n")] == '\0';
	    last = last->prev)
		;
	if (sig == NULL || !r->signature_named || len == 0 || len > 40 ||
	    last != sig ||
	    (!isupper((unsigned char)s[0]) && (unsigned char)s[0] != 0xc3))
		return 0;	/* a capital, or a UTF-8 Latin-1 letter */
	for (i = 0; i < len; i++)
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '*' || s[i] == '(' ||
		    s[i] == ',')
			return 0;
	for (name = xmlGetLastChild(sig); name != NULL &&
	    (name->type != XML_ELEMENT_NODE ||
	    !xmlStrEqual(name->name, BAD_CAST "name")); name = name->prev)
		;
	if (name == NULL || (c = xmlNodeGetContent(name)) == NULL)
		return 0;
	plain = pk_inline_plain((char *)c, strlen((char *)c));
	xmlFree(c);
	if (plain == NULL)
		return -1;
	if ((joined = malloc(strlen(plain) + len + 2)) == NULL) {
		free(plain);
		return -1;
	}
	snprintf(joined, strlen(plain) + len + 2, "%s %.*s", plain, (int)len, s);
	free(plain);
	found = person_named(xmlDocGetRootElement(r->doc), joined);
	free(joined);
	if (!found)
		return 0;
	if (pk_seg_text(r, name, "\n") == -1 ||
	    pk_seg_emit(r, name, s, 0, (long)len) == -1)
		return -1;
	return 1;
}

/*
 * Whether the line being read, whole, ends its block right under the
 * role of the signer of sig, named above the role in the same block:
 * then it is that signer's organisation ("Tobias Gustafsson (S)" over
 * "Ordförande" over "Polisen Laxå"), not the next signer, though it
 * reads as a name.
 */
static int
org_under_role(const struct run *r, xmlNodePtr container, xmlNodePtr sig,
    size_t len)
{
	xmlNodePtr	 c;
	size_t		 next = r->cur + 1;

	if (sig == NULL || !r->signature_named || r->block_start ||
	    r->lines == NULL || r->cur >= r->nlines ||
	    r->lines[r->cur].len != len ||
	    last_element(container, 0) != sig)
		return 0;
	if (next < r->nlines && !r->lines[next].dropped &&
	    !pk_line_is_blank(r->lines[next].s, r->lines[next].len))
		return 0;
	for (c = xmlGetLastChild(sig); c != NULL && c->type != XML_ELEMENT_NODE;
	    c = c->prev)
		;
	return c != NULL && xmlStrEqual(c->name, BAD_CAST "role");
}

/*
 * One line (or part of one: a cell, a name of several) of a signature
 * block; line_start: the first of its line.
 */
static int
signature_line(struct run *r, xmlNodePtr container, const char *s,
    size_t len, int line_start)
{
	const struct pk_rule	*rule;
	struct groups		 g;
	xmlNodePtr		 sig;
	int			 err = 0, ordered, under = 0;
	long			 a = 0, b = 0;

	if (r->state == ST_BACK && pk_list_marker(s, len, &ordered) >= 0 &&
	    !ordered)
		return pk_seg_plain_line(r, container, s, len);
	rule = pk_seg_try_rules(r, PK_SCOPE_SIGNATURES, -1, 0, s, len, &g,
	    &err);
	if (err)
		return -1;
	/*
	 * The rest of a signer's name its cell wrapped, which a rule for
	 * the organisation under a name takes as well ("Björklund" over
	 * "Öhrn"): a person the document lists decides.
	 */
	if ((rule == NULL || rule->kind == PK_KIND_ORG) &&
	    (err = signer_name_goes_on(r, container, s, len)) != 0)
		return err == -1 ? -1 : 0;
	if (rule == NULL) {
		if (r->state == ST_BACK)
			return pk_seg_plain_line(r, container, s, len);
		return pk_seg_emit(r, container, s, 0, (long)len);
	}
	if (rule->kind == PK_KIND_SIGNATURE &&
	    org_under_role(r, container, r->signature, len)) {
		const struct pk_rule	*org;
		struct groups		 og;

		org = pk_seg_try_rules(r, PK_SCOPE_SIGNATURES, PK_KIND_ORG, 0,
		    s, len, &og, &err);
		if (err)
			return -1;
		if (org != NULL) {
			rule = org;
			g = og;
		}
	}
	if (rule->kind == PK_KIND_SIGNATURE)
		switch (signers_apart(r, container, s, len, &g)) {
		case -1:
			return -1;
		case 0:
			return 0;
		}
	sig = r->signature;
	if (line_start && rule->kind == PK_KIND_SIGNATURE &&
	    (under = name_under_caption(r, container, sig)) == -1)
		return -1;
	if (under == 1)
		;	/* the break before the name is in sig */
	else if (sig == NULL || last_element(container, 0) != sig ||
	    rule->kind == PK_KIND_LABEL ||
	    (line_start && rule->kind == PK_KIND_SIGNATURE &&
	    !r->signature_named) ||
	    (rule->kind == PK_KIND_SIGNATURE && r->signature_named)) {
			/* Names of two signatures never run together. */
		if (xmlGetLastChild(container) != NULL &&
		    xmlGetLastChild(container)->type == XML_ELEMENT_NODE &&
		    !pk_seg_in_mixed(container) &&
		    pk_seg_text(r, container, "\n") == -1)
			return -1;
		if ((sig = pk_seg_block_node(r, container, "signature")) ==
		    NULL)
			return -1;
		r->signature = sig;
		r->signature_named = 0;
	} else if (sig->children != NULL && pk_seg_text(r, sig, "\n") == -1)
		return -1;
	if (rule->kind != PK_KIND_ORG)
		pk_seg_set_role(r, sig, s, &g);
	if (rule->kind == PK_KIND_SIGNATURE && !r->signature_named)
		role_of_column(sig);
	if (rule->kind == PK_KIND_SIGNATURE && r->signatures_role != NULL &&
	    !xmlHasProp(sig, BAD_CAST "role"))
		xmlSetProp(sig, BAD_CAST "role", BAD_CAST r->signatures_role);
	if (rule->kind == PK_KIND_SIGNATURE)
		r->signature_named = 1;
	if (pk_seg_find_field(&g, PK_F_PARTY, &a, &b) == 0)
		pk_seg_set_plain_attr(sig, "party", s, a, b);
	return pk_seg_emit_fields(r, sig, s, &g, 0, (long)len);
}

/*
 * A row of the closing signatures, set side by side in cells ("Vid
 * protokollet<TAB>Justeras"): each cell a line of its own, in order.
 */
static int
signature_row(struct run *r, xmlNodePtr container, const char *s, size_t len)
{
	size_t	 a = 0, b;
	int	 ordered, first = 1;

	if (memchr(s, '\t', len) == NULL)
		return signature_line(r, container, s, len, 1);
	for (;;) {
		for (b = a; b < len && s[b] != '\t'; b++)
			;
		/* A cell is no list: its "-" is a mark, kept as text. */
		if (b > a && pk_list_marker(s + a, b - a, &ordered) < 0 &&
		    !pk_line_is_blank(s + a, b - a)) {
			if (signature_line(r, container, s + a, b - a,
			    first) == -1)
				return -1;
			first = 0;
		} else if (b > a &&
		    pk_seg_emit(r, container, s, (long)a, (long)b) == -1)
			return -1;
		if (b >= len)
			return 0;
		if (pk_seg_text(r, container, "\t") == -1)
			return -1;
		a = b + 1;
	}
}

/* The region of a container line left for its contents. */
static void
rest_region(const struct groups *g, size_t len, long *a, long *b)
{
	if (pk_seg_find_field(g, PK_F_LIST, a, b) == 0 ||
	    pk_seg_find_field(g, PK_F_TEXT, a, b) == 0)
		return;
	*a = g->end[0];
	*b = (long)len;
}

/*
 * A roll call on the item's own head line ("3. ROLL CALL: President
 * Cunningham, Cook and Piziali."): the head ends where the list begins,
 * and the list is the item's participants, going on in the lines after.
 * Returns 1 when a head rule took the line, 0 when none did, -1.
 */
static int
head_participants(struct run *r, xmlNodePtr head, const char *s, size_t len,
    const struct groups *g)
{
	const struct pk_rule	*rule;
	struct groups		 pg;
	xmlNodePtr		 n;
	long			 a = 0, b = 0;
	int			 err = 0;

	r->in_head = 1;
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_PARTICIPANTS, 0, s,
	    len, &pg, &err);
	r->in_head = 0;
	if (err)
		return -1;
	if (rule == NULL)
		return 0;
	rest_region(&pg, len, &a, &b);
	/* Nothing but the marks that close the head's bold after it: the
	 * head's, the list to come in the lines after. */
	if (a < (long)len) {
		char *rest = pk_inline_plain(s + a, len - (size_t)a);

		if (rest == NULL)
			return -1;
		if (pk_line_is_blank(rest, strlen(rest)))
			a = b = (long)len;
		free(rest);
	}
	if (pk_seg_emit_fields(r, head, s, g, 0, a) == -1 ||
	    (n = pk_seg_block_node(r, r->item, "participants")) == NULL)
		return -1;
	xmlSetProp(n, BAD_CAST "group", BAD_CAST rule->arg);
	r->cont = n;
	r->cont_rule = rule;
	r->cont_role = pk_seg_label_role(r, s, &pg);
	pk_seg_label_word(r, s, &pg);
	if (pk_seg_person_spans(r, rule->arg, r->cont_role, s, a, b) == -1 ||
	    pk_seg_emit_fields(r, n, s, &pg, a, (long)len) == -1)
		return -1;
	return 1;
}

static int start_section(struct run *, const struct pk_rule *, const char *,
    size_t, const struct groups *);

/*
 * An item's outcome said at the end of its head line, after its title
 * ("(*05-004) Minutes of the meeting held on December 21, 2004.
 * Approved."): a consent calendar's record.  Where a decision rule takes
 * the title's last sentence whole, the head ends before it and the
 * sentence is the item's decision.  Returns 1 when it did, 0 when the
 * line has no such end, -1.
 */
static int
head_outcome(struct run *r, xmlNodePtr head, const char *s, size_t len,
    const struct groups *g)
{
	const struct pk_rule	*rule, *took = r->took;
	struct groups		 hg, dg;
	long			 ta, tb, at;
	unsigned		 i;
	int			 err = 0;

	if (pk_seg_find_field(g, PK_F_TITLE, &ta, &tb) != 0 || tb - ta < 8)
		return 0;
	/* The title's last sentence end (". ", ".” "), with a short
	 * sentence after it. */
	for (at = tb - 1; at > ta + 1; at--)
		if (s[at] == ' ' && (s[at - 1] == '.' || (s[at - 1] == '"' &&
		    s[at - 2] == '.') || (at - ta > 4 &&
		    memcmp(s + at - 3, "\xe2\x80\x9d", 3) == 0 &&
		    s[at - 4] == '.')))
			break;
	if (at <= ta + 1 || (long)len - (at + 1) > 24)
		return 0;
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_SECTION, 0,
	    s + at + 1, len - (size_t)(at + 1), &dg, &err);
	r->took = took;
	if (err)
		return -1;
	if (rule == NULL || strcmp(rule->arg, "decision") != 0)
		return 0;
	hg = *g;
	for (i = 1; i < hg.n; i++)
		if (hg.start[i] >= 0 && hg.end[i] > at)
			hg.end[i] = at;
	if (pk_seg_emit_fields(r, head, s, &hg, 0, at) == -1 ||
	    start_section(r, rule, s + at + 1, len - (size_t)(at + 1),
	    &dg) == -1)
		return -1;
	return 1;
}

/*
 * Whether a title ends in a word that cannot end one ("Den ekonomiska
 * utvecklingen i Sverige och"): a conjunction or preposition, the rest
 * of the title on the next line.
 */
static int
open_end(const char *s, size_t len)
{
	static const char *const words[] = { "och", "samt", "eller", "av",
	    "för", "till", "and", "or", "of", "for", "the", "und", "oder",
	    "der", "des", "für", "von", "og", "til", "med" };
	char	*plain;
	size_t	 n, w, i;
	int	 open = 0;

	if ((plain = pk_inline_plain(s, len)) == NULL)
		return 0;
	for (n = strlen(plain); n > 0 && plain[n - 1] == ' '; n--)
		;
	for (w = n; w > 0 && plain[w - 1] != ' '; w--)
		;
	for (i = 0; w > 0 && i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == n - w &&
		    memcmp(plain + w, words[i], n - w) == 0)
			open = 1;
	free(plain);
	return open;
}

/*
 * The next item's number as the sequence says it (see
 * pk_seg_next_item_number), with the titles alone between counted: for
 * a title alone always, for another line only where the count without
 * them does not give want and the count with them does.
 */
static long
next_number(struct run *r, long expect, long want, int title_alone)
{
	long	 next = pk_seg_next_item_number(r, expect, title_alone);

	if (next != want && !title_alone &&
	    pk_seg_next_item_number(r, expect, 1) == want)
		return want;
	return next;
}

static int
start_item(struct run *r, const char *s, size_t len, const struct groups *g)
{
	xmlNodePtr	 head;
	long		 a = 0, b = 0, num = -1, parts[MAX_PARTS];
	int		 mended = 0, letter = 0, hyphen = 0, nparts, rc;
	int		 has_num;
	char		 nbuf[24], numtext[48];

	if ((has_num = pk_seg_find_field(g, PK_F_NUM, &a, &b) == 0))
		num = pk_norm_number(s + a, (size_t)(b - a));
	letter = pk_seg_item_letter(r, s, a, b, num, &hyphen);
	/*
	 * Read by OCR: items rise by one, so a number that does not follow
	 * the one before, where the next item's does follow it, is what the
	 * scan said, not what the page says.  The reading is kept.
	 */
	/* (An empty number: OCR lost the § and its number, the title is
	 * left: an item where the sequence says so, as below.) */
	if (r->ocr && has_num) {
		long expect = r->last_item >= 0 ? r->last_item + 1 : -1;
		long n = pk_seg_ocr_number(s + a, (size_t)(b - a), expect);
		long ta, tb;

		/*
		 * A title alone, where one before it since the last item was
		 * refused: which of the two is the item, the count cannot
		 * tell.
		 */
		if (expect >= 0 && b == a && r->nodigit_refused) {
			r->took = NULL;
			return 1;
		}
		if (expect >= 0 && n != expect) {
			long next = next_number(r, expect + 1, expect + 1,
			    b == a);

			/*
			 * Or a reading that ends in the number expected,
			 * where the next item does not bear out the one
			 * read ("559." for "§ 9.", "sil:" for the last);
			 * or one the next item's number is not above.
			 */
			if (next == expect + 1 || (next != n + 1 &&
			    pk_seg_ocr_fits(s + a, (size_t)(b - a), expect)) ||
			    (next > expect && n >= next))
				n = expect;
			/*
			 * A title alone, or a mark with no digit before a
			 * title ("SIT", its I no 1), after the last number
			 * read (none after it, or none above it), with a
			 * section of an item under it: no number to count
			 * to, the next in the sequence.  (A mark alone, "Få",
			 * may be a speck the scan read.)
			 */
			else if (next < expect && (b == a ||
			    (!pk_seg_has_digit(s + a, (size_t)(b - a)) &&
			    pk_seg_find_field(g, PK_F_TITLE, &ta, &tb) == 0 &&
			    tb > ta)) && pk_seg_section_follows(r))
				n = expect;
		}
		/*
		 * The first item, read with no digit: one before the next
		 * ("ST:" over "Att jämte ordföranden …", then "§2.").
		 */
		if (expect < 0 && n < 0) {
			long next = next_number(r, -1, 2, b == a), rest = -1;
			char digits[24];

			/*
			 * "82." after it may be "§ 2." with its § read
			 * as an 8: the reading the items after bear out.
			 */
			snprintf(digits, sizeof(digits), "%ld", next);
			if (next >= 10 && strchr("853", digits[0]) != NULL)
				rest = strtol(digits + 1, NULL, 10);
			if (rest >= 2 && pk_seg_items_agree(r, rest - 1) >
			    pk_seg_items_agree(r, next - 1))
				next = rest;
			/*
			 * Only § 1: a line before an item that no
			 * digit says is one may be any line of the front
			 * ("Hö<TAB>lm Gustav: Nyström" over "S 81.").
			 */
			if (next == 2)
				n = 1;
			/*
			 * A mark with a title over a decision, the first item
			 * line ("Sv<TAB>Justering.", then "§78."): the one
			 * before the next, where the items after bear the
			 * number out.
			 */
			else if (next > 2 && b > a &&
			    pk_seg_find_field(g, PK_F_TITLE, &ta, &tb) == 0 &&
			    tb > ta && pk_seg_section_follows(r) &&
			    pk_seg_items_agree(r, next - 1) >= 2)
				n = next - 1;
		}
		/*
		 * The first item has no number before it: "81." is § 1 read
		 * as 81 where the next item is 2, and 81 where it is 82.
		 */
		if (expect < 0 && n >= 10) {
			long place = 10, rest;

			/* (Its digits but the first: "8130" is 130.) */
			while (place <= n / 10)
				place *= 10;
			rest = pk_seg_ocr_number(s + a, (size_t)(b - a),
			    n % place);
			if (rest != n && pk_seg_items_agree(r, rest) >
			    pk_seg_items_agree(r, n))
				n = rest;
			/*
			 * Or the stop after it read as a digit ("§ 13" for
			 * "§ 1."): its digits but the last.
			 */
			else if (pk_seg_items_agree(r, n / 10) >
			    pk_seg_items_agree(r, n))
				n /= 10;
		}
		/*
		 * No digit read at all ("fr:" for "§ 2."): an item only
		 * where the sequence mended it above, else a line of text.
		 */
		if (n < 0 && num < 0) {
			r->nodigit_refused |= r->last_item >= 0 && b == a;
			r->took = NULL;
			return 1;
		}
		mended = n != num && n >= 0;
		if (n >= 0)
			num = n;
	}
	/*
	 * "Sak 12/24", "Minute 24/45", "18.11.1", "PC/24/45": a number of
	 * several parts.  It rises as its parts do, read in order.
	 */
	nparts = pk_seg_item_parts(s, a, b, parts, numtext, sizeof(numtext));
	if (pk_seg_breaks_sequence(r, num, letter, parts, nparts) ||
	    (nparts > 1 && !r->ocr && r->nlast_parts == 0 &&
	    pk_seg_first_above_next(r, parts, nparts))) {
		r->took = NULL;
		return 1;	/* a numbered paragraph, not an item */
	}
	r->state = ST_ITEM;
	r->container = NULL;
	r->section = r->decision = NULL;
	r->section_inline = 0;
	r->nodigit_refused = 0;
	if ((r->item = pk_seg_block_node(r, r->items, "item")) == NULL)
		return -1;
	if (nparts > 1 && !r->ocr) {
		xmlSetProp(r->item, BAD_CAST "n", BAD_CAST numtext);
		memcpy(r->last_parts, parts, sizeof(parts));
		r->nlast_parts = nparts;
		r->last_item = num;
		r->last_letter = 0;
	} else if (num >= 0) {
		if (letter)
			snprintf(nbuf, sizeof(nbuf), "%ld%s%c", num,
			    hyphen ? "-" : "", letter);
		else
			snprintf(nbuf, sizeof(nbuf), "%ld", num);
		xmlSetProp(r->item, BAD_CAST "n", BAD_CAST nbuf);
		r->last_item = num;
		r->last_letter = letter;
	}
	if (mended && b > a) {
		/* What OCR read, where the sequence says otherwise. */
		pk_seg_set_plain_attr(r->item, "ocr-read", s, a, b);
	}
	/* Where it starts, so that furniture can be put back where it stood. */
	snprintf(nbuf, sizeof(nbuf), "%ld", r->src_line);
	xmlSetProp(r->item, BAD_CAST "line", BAD_CAST nbuf);
	if ((head = pk_seg_node(r, r->item, "head")) == NULL)
		return -1;
	if (r->held != NULL) {
		/* "Dnr KS 2024/12" over "§ 36 …": the item's, first. */
		struct groups	 cg;
		int		 err = 0;
		const char	*held = r->held;

		r->held = NULL;
		if (pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_CASE, 0, held,
		    r->held_len, &cg, &err) == NULL || err ||
		    pk_seg_emit_fields(r, head, held, &cg, 0,
		    (long)r->held_len) == -1 ||
		    pk_seg_text(r, head, "\n") == -1)
			return -1;
	}
	if ((rc = head_participants(r, head, s, len, g)) == -1)
		return -1;
	if (rc == 0 && (rc = head_outcome(r, head, s, len, g)) == -1)
		return -1;
	if (rc == 0 && pk_seg_emit_fields(r, head, s, g, 0, (long)len) == -1)
		return -1;
	if (mended)
		pk_seg_set_num(head, num);
	/* "§ 12" alone: the title may follow on a line of its own. */
	r->head = head;
	r->want_title = rc == 0 && (pk_seg_find_field(g, PK_F_TITLE, &a,
	    &b) == -1 ||
	    a == b);
	r->title_open = rc == 0 && !r->want_title &&
	    pk_seg_find_field(g, PK_F_TITLE, &a, &b) == 0 && open_end(s + a,
	    (size_t)(b - a));
	/* The outcome said on the head line is all of its decision. */
	if (rc == 1 && r->section != NULL) {
		r->section = r->decision = NULL;
		r->section_inline = 0;
	}
	return 0;
}

/* Whether a section rule's match gives its text (not a label alone). */
static int
inline_text(const struct groups *g)
{
	long	 a, b;

	return pk_seg_find_field(g, PK_F_TEXT, &a, &b) == 0;
}

/* Whether section n is of type t. */
static int
section_is(xmlNodePtr n, const char *t)
{
	xmlChar	*v = xmlGetProp(n, BAD_CAST "type");
	int	 is = v != NULL && strcmp((char *)v, t) == 0;

	xmlFree(v);
	return is;
}

/* Whether a field other than the text is set in s[0..a) (a label). */
static int
field_before(const struct groups *g, long a)
{
	unsigned i;

	for (i = 1; i < g->n; i++)
		if (g->field[i] != PK_F_NONE && g->field[i] != PK_F_TEXT &&
		    g->start[i] >= 0 && g->start[i] < a)
			return 1;
	return 0;
}

/* Where the blanks before s[a] begin. */
static long
blank_before(const char *s, long a)
{
	while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t'))
		a--;
	return a;
}

static int
start_section(struct run *r, const struct pk_rule *rule, const char *s,
    size_t len, const struct groups *g)
{
	xmlNodePtr	 sec, head, p;
	long		 a = 0, b = 0, from = 0;
	int		 inline_text, ordered;

	inline_text = pk_seg_find_field(g, PK_F_TEXT, &a, &b) == 0;
	/*
	 * A sentence wholly in bold ("**Direktionen beslutade**"): its
	 * text starts after the mark, which goes with it, not into the
	 * heading, or the bold would open in one and close in the other.
	 */
	if (inline_text && a > 0) {
		char *before = pk_inline_plain(s, (size_t)a);

		if (before == NULL)
			return -1;
		if (pk_line_is_blank(before, strlen(before)))
			a = 0;
		free(before);
	}
	/*
	 * The sentences its paragraph tells before the decision's ("Föredrogs
	 * en ansökan … . Fullmäktige beslöt att …"): the item's text, not a
	 * heading of the section.
	 */
	if (inline_text && a > 0 && !field_before(g, a)) {
		if ((p = pk_seg_block_node(r, r->item, "p")) == NULL ||
		    pk_seg_emit(r, p, s, 0, blank_before(s, a)) == -1)
			return -1;
		from = a;
	}
	if ((sec = pk_seg_block_node(r, r->item, "section")) == NULL)
		return -1;
	xmlSetProp(sec, BAD_CAST "type", BAD_CAST rule->arg);
	r->section = sec;
	r->section_inline = inline_text;
	r->section_entry = inline_text && pk_list_marker(s, len, &ordered) >= 0;
	r->decision = NULL;
	if ((head = pk_seg_node(r, sec, "heading")) == NULL)
		return -1;
	if (pk_seg_emit_fields(r, head, s, g, from,
	    inline_text ? a : (long)len) == -1)
		return -1;
	if (strcmp(rule->arg, "decision") == 0 &&
	    (r->decision = pk_seg_node(r, sec, "decision")) == NULL)
		return -1;
	if (!inline_text)
		return 0;
	if ((p = pk_seg_node(r, r->decision ? r->decision : sec, "p")) == NULL)
		return -1;
	/* The text's own fields: a vote's counts in its sentence. */
	return pk_seg_emit_fields(r, p, s, g, a, b);
}

/* Each line of s[a..b), a gathered signature block, as one signature. */
static int
signature_lines(struct run *r, xmlNodePtr n, const char *s, long a, long b)
{
	const char	*eol;
	long		 e, t;

	for (;;) {
		eol = memchr(s + a, '\n', (size_t)(b - a));
		e = eol != NULL ? eol - s : b;
		for (t = a; t < e && s[t] == '\t'; t++)
			;
		if ((t > a && pk_seg_emit(r, n, s, a, t) == -1) ||
		    signature_row(r, n, s + t, (size_t)(e - t)) == -1)
			return -1;
		if (e >= b)
			return 0;
		if (pk_seg_text(r, n, "\n") == -1)
			return -1;
		a = e + 1;
	}
}

static int
front_rule(struct run *r, const struct pk_rule *rule, const char *s,
    size_t len, const struct groups *g)
{
	xmlNodePtr	 n, p, named = NULL;
	long		 a = 0, b = 0;

	switch (rule->kind) {
	case PK_KIND_HEADING:
	case PK_KIND_FIELD:
		/* In an item, a field is the item's, outside its sections. */
		if (r->state == ST_ITEM && r->container == NULL &&
		    rule->kind == PK_KIND_FIELD) {
			r->section = r->decision = NULL;
			r->section_inline = 0;
			n = pk_seg_block_node(r, r->item, "field");
		} else
			n = pk_seg_block_node(r, pk_seg_content_parent(r),
			    rule->kind == PK_KIND_HEADING ? "heading" :
			    "field");
		if (n == NULL)
			return -1;
		r->cont = n;
		r->cont_rule = rule;
		if (r->state == ST_ITEM &&
		    pk_seg_find_field(g, PK_F_END, &a, &b) == 0)
			r->end_read = 1;
		return pk_seg_emit_fields(r, n, s, g, 0, (long)len);
	case PK_KIND_PARTICIPANTS:
		/*
		 * In an item, a roll call taken there ("Commissioners
		 * Present: …" under "Perfunctory Business"): the item's.
		 * After the items: an attendance list (närvarolista), whose
		 * rows follow it, also over page breaks, into the back.
		 */
		if (r->state == ST_ITEM && rule->within) {
			r->section = r->decision = NULL;
			r->section_inline = 0;
			if ((n = pk_seg_block_node(r, r->item,
			    "participants")) == NULL)
				return -1;
		} else if (r->state == ST_ITEM) {
			r->state = ST_BACK;
			r->signatures = NULL;
			if ((n = pk_seg_block_node(r, r->back,
			    "participants")) == NULL)
				return -1;
			r->roll = n;
			r->roll_rule = rule;
		} else if ((n = pk_seg_block_node(r, r->front,
		    "participants")) == NULL)
			return -1;
		xmlSetProp(n, BAD_CAST "group", BAD_CAST rule->arg);
		r->cont = n;
		r->cont_rule = rule;
		r->cont_role = pk_seg_label_role(r, s, g);
		rest_region(g, len, &a, &b);
		if (pk_seg_person_spans(r, rule->arg, r->cont_role, s, a,
		    b) == -1)
			return -1;
		return pk_seg_emit_fields(r, n, s, g, 0, (long)len);
	case PK_KIND_SIGNATURES:
		if (r->state == ST_FRONT) {
			n = pk_seg_block_node(r, r->front, "signatures");
			r->cont = n;
			r->cont_rule = rule;
		} else {
			named = r->state == ST_ITEM ? name_over_role(r, s,
			    len) : NULL;
			n = pk_seg_block_node(r, r->back, "signatures");
			r->state = ST_BACK;
			r->signatures = n;
		}
		if (n == NULL) {
			xmlFreeNode(named);
			return -1;
		}
		r->signature = NULL;
		/* "Protokollen godkjennes av: A og B": adjusters both. */
		r->signatures_role = pk_seg_label_role(r, s, g);
		if (named != NULL) {
			xmlChar	*t = xmlNodeGetContent(named);
			int	 rc2 = t == NULL ? -1 : signature_line(r, n,
			    (const char *)t, strlen((const char *)t), 1);

			xmlFree(t);
			xmlFreeNode(named);
			if (rc2 == -1 || pk_seg_text(r, n, "\n") == -1)
				return -1;
		}
		rest_region(g, len, &a, &b);
		if (a > 0 && pk_seg_emit_fields(r, n, s, g, 0, a) == -1)
			return -1;
		return signature_lines(r, n, s, a, b) == -1 ||
		    (b < (long)len &&
		    pk_seg_emit(r, n, s, b, (long)len) == -1) ? -1 : 0;
	case PK_KIND_NOTICE:
	case PK_KIND_CONTACT:
		n = pk_seg_block_node(r, r->front,
		    rule->kind == PK_KIND_NOTICE ? "notice" : "contact");
		if (n == NULL)
			return -1;
		r->container = n;
		r->container_scope = rule->kind == PK_KIND_NOTICE ?
		    PK_SCOPE_NOTICE : PK_SCOPE_CONTACT;
		if (rule->kind == PK_KIND_CONTACT) {
			if ((p = pk_seg_node(r, n, "field")) == NULL)
				return -1;
			return pk_seg_emit_fields(r, p, s, g, 0, (long)len);
		}
		rest_region(g, len, &a, &b);
		if (pk_seg_emit_fields(r, n, s, g, 0, a) == -1)
			return -1;
		if (pk_line_is_blank(s + a, (size_t)(len - (size_t)a)))
			return pk_seg_emit(r, n, s, a, (long)len);
		if ((p = pk_seg_node(r, n, "p")) == NULL)
			return -1;
		return pk_seg_emit(r, p, s, a, (long)len);
	case PK_KIND_CASE:
		/* Cases belong to the item; what follows is outside sections. */
		r->section = r->decision = NULL;
		r->section_inline = 0;
		if ((n = pk_seg_block_node(r, r->item ? r->item :
		    pk_seg_content_parent(r), "cases")) == NULL)
			return -1;
		return pk_seg_emit_fields(r, n, s, g, 0, (long)len);
	default:
		break;
	}
	return pk_seg_plain_line(r, pk_seg_content_parent(r), s, len);
}

/*
 * An entry of a table of contents: its title led by dots to a page
 * number ("9 Godkjenning av saksliste........ 3"), never an item's head;
 * five dots, or two ellipses, where a title's own "..." has three.
 */
static int
toc_entry(const char *s, size_t len)
{
	size_t	 i, dots = 0, ellipses = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '.')
			dots++;
		else if (i + 3 <= len && memcmp(s + i, "\xe2\x80\xa6", 3) == 0) {
			ellipses++;
			i += 2;
		} else
			dots = ellipses = 0;
		if (dots >= 5 || ellipses >= 2)
			return 1;
	}
	return 0;
}

/* A line that continues the field, list or signatures above it. */
static int
continuation(struct run *r, const char *s, size_t len)
{
	xmlNodePtr	 n = r->cont;
	long		 a = 0;

	if (pk_seg_text(r, n, "\n") == -1)
		return -1;
	if (xmlStrEqual(n->name, BAD_CAST "participants")) {
		if (pk_seg_person_spans(r, r->cont_rule->arg, r->cont_role, s,
		    0, (long)len) == -1)
			return -1;
		return pk_seg_emit(r, n, s, 0, (long)len);
	}
	if (xmlStrEqual(n->name, BAD_CAST "signatures")) {
		while (a < (long)len && s[a] == '\t')
			a++;
		if (pk_seg_emit(r, n, s, 0, a) == -1)
			return -1;
		return signature_line(r, n, s + a, len - (size_t)a, 1);
	}
	return pk_seg_emit(r, n, s, 0, (long)len);
}

/*
 * An item's list of people begun on its head line and still empty
 * ("18.11.1 Apologies" over the names of those who sent them): the
 * names are in the lines after it, also past a blank line.
 */
static int
empty_roll(const struct run *r)
{
	return r->cont != NULL && r->item != NULL &&
	    r->cont->parent == r->item && r->cont->children == NULL &&
	    xmlStrEqual(r->cont->name, BAD_CAST "participants");
}

/*
 * The last signature of the front's signatures still waits for its name
 * ("Justerande" at a page's foot, "Helena Nyström" on the next page).
 */
static int
signer_unnamed(const struct run *r)
{
	return r->cont != NULL &&
	    xmlStrEqual(r->cont->name, BAD_CAST "signatures") &&
	    r->signature != NULL && !r->signature_named &&
	    last_element(r->cont, 0) == r->signature;
}

/*
 * Whether the list of names above was cut off mid-list: its last
 * character a comma ("…, Chris Dallas," and "Ben Munro, Todd Feinberg"
 * in the next paragraph, as a layout breaks a long line), or a signature
 * still waits for its name.
 */
static int
names_go_on(const struct run *r)
{
	xmlNodePtr	 n = r->cont, last;
	xmlChar		*t;
	size_t		 len;
	int		 on = 0;

	if (signer_unnamed(r))
		return 1;
	if (empty_roll(r))
		return 1;
	if (n == NULL || !xmlStrEqual(n->name, BAD_CAST "participants") ||
	    (last = xmlGetLastChild(n)) == NULL)
		return 0;
	if ((t = xmlNodeGetContent(last)) == NULL)
		return 0;
	for (len = strlen((char *)t); len > 0 && (t[len - 1] == ' ' ||
	    t[len - 1] == '\t'); len--)
		;
	on = len > 0 && t[len - 1] == ',';
	xmlFree(t);
	return on;
}

/*
 * Whether s holds names and nothing else, each wholly an entry of the
 * person rules of cont's group: "Anna Berg (S)" a line, or several
 * ("Anna Berg (S) Per Ek (M)", as a PDF's text layer joins the rows of a
 * list on a page of their own), apart by blanks or commas.
 */
static int
names_only(struct run *r, const char *s, size_t len)
{
	const struct pk_profile	*p = r->prof;
	size_t			 i, at = 0;
	long			 ms, me, end;
	int			 rc;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0 || r->cont_rule == NULL)
		return 0;
	for (;;) {
		while (at < len && (s[at] == '\t' || s[at] == ' ' ||
		    (at > 0 && s[at] == ',')))
			at++;
		if (at == len)
			return 1;
		/* The longest entry that starts here. */
		end = -1;
		for (i = 0; i < p->npersons; i++) {
			if (strcmp(p->persons[i].group, r->cont_rule->arg) != 0)
				continue;
			rc = pk_seg_match(r, p->persons[i].re, p->persons[i].marked,
			    s, len, at);
			if (rc == -1)
				return -1;
			if (rc == 0)
				continue;
			pk_match_group(r->m, 0, &ms, &me);
			if (ms == (long)at && me > end)
				end = me;
		}
		if (end == -1)
			return 0;
		at = (size_t)end;
	}
}

/* The first line from `from` on that is neither dropped nor blank, or n. */
static size_t
next_content_line(const struct pk_seg_line *lines, size_t n, size_t from)
{
	while (from < n && (lines[from].dropped ||
	    pk_line_is_blank(lines[from].s, lines[from].len)))
		from++;
	return from;
}

/*
 * Whether the list of names above ended its page and the next line,
 * past the page's furniture, is on another: the list may go on there
 * in lines of names without the TAB that indents them on its page.
 */
static int
names_over_page(const struct run *r, const struct pk_seg_line *lines,
    size_t n, size_t end)
{
	size_t	 i;

	if (end == 0 || r->cont == NULL ||
	    !xmlStrEqual(r->cont->name, BAD_CAST "participants"))
		return 0;
	i = next_content_line(lines, n, end);
	return i < n && lines[i].page > lines[end - 1].page;
}

/*
 * Whether the front's signatures above ended their page, and the next
 * page goes on with their cells ("<TAB>Ordförande Ibrahim Hermansson"
 * under a running header): the block goes on there.
 */
static int
signatures_over_page(const struct run *r, const struct pk_seg_line *lines,
    size_t n, size_t end)
{
	size_t	 i;

	if (end == 0 || r->cont == NULL || r->state != ST_FRONT ||
	    !xmlStrEqual(r->cont->name, BAD_CAST "signatures"))
		return 0;
	i = next_content_line(lines, n, end);
	return i < n && lines[i].page > lines[end - 1].page &&
	    lines[i].len > 0 && lines[i].s[0] == '\t';
}

static int process_line(struct run *, const char *, size_t);
static int line_rule_matches(struct run *, enum pk_scope, const char *,
    size_t, int *);

/*
 * Whether s[a..b) holds a word of a sentence: four letters or more in
 * lower case ("received", "question"), not a list's "and", "og", "och";
 * words in brackets are a name's note ("(illness)").
 */
static int
sentence_word(const char *s, long a, long b)
{
	const unsigned char	*u = (const unsigned char *)s;
	long			 i = a, nletters;
	int			 lower, depth = 0;

	while (i < b) {
		if (u[i] == '(' || u[i] == ')') {
			depth += u[i] == '(' ? 1 : depth > 0 ? -1 : 0;
			i++;
			continue;
		}
		if (!isalpha(u[i]) && u[i] < 0xc0) {
			i++;
			continue;
		}
		/* A lower-case start: a-z, or à-þ (UTF-8 C3 A0-BE). */
		lower = islower(u[i]) || (u[i] == 0xc3 && i + 1 < b &&
		    u[i + 1] >= 0xa0);
		/* Letters, a UTF-8 sequence counting one. */
		for (nletters = 0; i < b && (isalpha(u[i]) || u[i] >= 0x80);
		    i++)
			if (u[i] < 0x80 || u[i] >= 0xc0)
				nletters++;
		if (lower && nletters >= 4 && depth == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether the line s ends an item's roll still empty ("18.11.1
 * Apologies" over "T Hodgson and P Wren"): a line a rule takes, or
 * prose, a line neither of names alone nor speaking of what the roll's
 * label names ("A question was received from a resident of Mill Road
 * …" under an item titled "Apologies").  Returns 1, 0, -1.
 */
static int
roll_ends(struct run *r, const char *s, size_t len)
{
	struct groups	 g;
	long		 pos = 0, *none_from;
	int		 err = 0, rc;
	size_t		 wlen = strlen(r->roll_word), i;

	if (line_rule_matches(r, PK_SCOPE_ANY, s, len, &err) ||
	    line_rule_matches(r, PK_SCOPE_ITEM, s, len, &err))
		return 1;
	if (err)
		return -1;
	for (i = 0; wlen > 0 && i + wlen <= len; i++)
		if ((i == 0 || !isalpha((unsigned char)s[i - 1])) &&
		    strncasecmp(s + i, r->roll_word, wlen) == 0)
			return 0;
	if ((none_from = pk_seg_person_scan_new(r)) == NULL)
		return -1;
	while (pos < (long)len) {
		rc = pk_seg_first_person(r, r->cont_rule->arg, s, pos,
		    (long)len, &g, none_from);
		if (rc == -1 || sentence_word(s, pos, rc == 1 ? g.start[0] :
		    (long)len)) {
			free(none_from);
			return rc == -1 ? -1 : 1;
		}
		if (rc == 0)
			break;
		pos = g.end[0];
	}
	free(none_from);
	return 0;
}

/*
 * A case number standing right above an item's heading belongs to that
 * item: it is held back and goes into its head.  Returns 0 when s was
 * held, 1 when not, -1.
 */
static int
hold_case(struct run *r, const char *s, size_t len)
{
	const struct pk_rule	*rule;
	struct groups		 g;
	size_t			 i;
	int			 err = 0;

	if (r->state == ST_BACK || r->container != NULL)
		return 1;
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_CASE, 0, s, len, &g,
	    &err);
	if (err)
		return -1;
	if (rule == NULL)
		return 1;
	for (i = r->cur + 1; i < r->nlines; i++) {
		const struct pk_seg_line *ln = &r->lines[i];

		if (ln->dropped || pk_line_is_blank(ln->s, ln->len))
			continue;
		if ((err = pk_rules_starts_item(r->prof, r->m, ln->s,
		    ln->len)) == -1)
			return -1;
		if (err == 0)
			return 1;
		break;
	}
	if (i == r->nlines)
		return 1;
	r->held = s;
	r->held_len = len;
	r->held_line = r->src_line;
	return 0;
}

/* The held case number after all stood above no item: where it was. */
static int
release_held(struct run *r)
{
	const char	*held = r->held;
	long		 line = r->src_line;
	int		 rc;

	r->held = NULL;
	r->src_line = r->held_line;
	rc = process_line(r, held, r->held_len);
	r->src_line = line;
	r->held = NULL;
	return rc;
}

/* A title is no longer than this: more is the item's first sentence. */
#define TITLE_MAX	90

/* A title as typeset: wholly bold, or a short line that is no sentence. */
static int
title_like(const char *s, size_t len)
{
	char	*plain;
	size_t	 n;
	int	 ok, ordered;

	/* A list entry or a cell is never a title. */
	if (memchr(s, '\t', len) != NULL || pk_list_marker(s, len, &ordered) >= 0)
		return 0;
	if (len > 4 && memcmp(s, "**", 2) == 0 &&
	    memcmp(s + len - 2, "**", 2) == 0)
		return 1;
	if ((plain = pk_inline_plain(s, len)) == NULL)
		return 0;
	n = strlen(plain);
	ok = n > 0 && n <= 120 && plain[n - 1] != '.' && plain[n - 1] != ':' &&
	    !(plain[0] >= 'a' && plain[0] <= 'z');
	free(plain);
	return ok;
}

/*
 * "**Title**<TAB>**Dnr 2015/171**" under "§ 12" standing alone: the
 * title, and its case number in the cell beside it.  Returns 0 when the
 * line was taken, 1 when it is no such pair, -1.
 */
static int
title_beside_case(struct run *r, const char *s, size_t len)
{
	const struct pk_rule	*rule;
	struct groups		 g;
	const char		*tab, *c;
	size_t			 tl, cl;
	xmlNodePtr		 t;
	int			 err = 0;

	if ((tab = memchr(s, '\t', len)) == NULL)
		return 1;
	tl = (size_t)(tab - s);
	for (c = tab; c < s + len && *c == '\t'; c++)
		continue;
	cl = len - (size_t)(c - s);
	if (tl == 0 || cl == 0 || memchr(c, '\t', cl) != NULL ||
	    !title_like(s, tl))
		return 1;
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_CASE, 0, c, cl, &g,
	    &err);
	if (err)
		return -1;
	if (rule == NULL)
		return 1;
	if (pk_seg_text(r, r->head, "\n") == -1 ||
	    (t = xmlNewDocNode(r->doc, r->ns, BAD_CAST "title", NULL)) ==
	    NULL || pk_seg_add_span(r, 0, (long)tl, t) == -1 ||
	    pk_seg_emit(r, r->head, s, 0, (long)tl) == -1 ||
	    pk_seg_emit(r, r->head, s, (long)tl, (long)(c - s)) == -1 ||
	    pk_seg_emit_fields(r, r->head, c, &g, 0, (long)cl) == -1)
		return -1;
	r->want_title = 0;
	return 0;
}

/*
 * A typewritten protocol's title under "§ 7." ends in a full stop
 * ("Meddelanden."), as a sentence does: it is the title where the
 * profile's rule for a title standing alone (its number lost: an item
 * rule with an empty num) takes the line.  Returns 0 when the line was
 * taken, 1 when it is left to the other rules, -1.
 */
static int
title_alone(struct run *r, const char *s, size_t len)
{
	const struct pk_rule	*rule;
	struct groups		 g;
	xmlNodePtr		 t;
	long			 a, b, ta, tb;
	size_t			 cut = len, i;
	int			 err = 0;

	for (;;) {
		rule = pk_seg_try_rules(r, PK_SCOPE_ANY, PK_KIND_ITEM, 0, s,
		    cut, &g, &err);
		if (err)
			return -1;
		if (rule != NULL && pk_seg_find_field(&g, PK_F_NUM, &a,
		    &b) == 0 && a == b && pk_seg_find_field(&g, PK_F_TITLE,
		    &ta, &tb) == 0 && ta < tb)
			break;
		/*
		 * Read by OCR, the item's first sentence run on to its
		 * title's line ("Motion av … i Svärdsjö. Upplästes en
		 * motion …"): the first sentence, where it is a title.
		 */
		if (!r->ocr || cut != len)
			return 1;
		for (i = 1; i + 2 < len; i++)
			if (s[i] == '.' && s[i + 1] == ' ' &&
			    (isupper((unsigned char)s[i + 2]) ||
			    ((unsigned char)s[i + 2] == 0xc3 && i + 3 < len &&
			    (unsigned char)s[i + 3] >= 0x80 &&
			    (unsigned char)s[i + 3] <= 0x9e)))
				break;
		if (i + 2 >= len)
			return 1;
		cut = i + 1;
	}
	if (pk_seg_text(r, r->head, "\n") == -1 ||
	    (t = xmlNewDocNode(r->doc, r->ns, BAD_CAST "title", NULL)) ==
	    NULL || pk_seg_add_span(r, ta, tb, t) == -1 ||
	    pk_seg_emit(r, r->head, s, 0, (long)cut) == -1)
		return -1;
	for (; cut < len && s[cut] == ' '; cut++)
		;
	return cut < len ? process_line(r, s + cut, len - cut) : 0;
}

/*
 * "**Planning application 18/00230/FUL – Land at Manor Farm**", a line
 * wholly bold under "Minute 18/33" standing alone, that a case rule
 * takes with words after the number: the title, its case number in it,
 * as when the two stand on one line.  Returns 0 when the line was
 * taken, 1 when it is left to the case rule, -1.
 */
static int
title_with_case(struct run *r, const char *s, size_t len,
    const struct groups *g)
{
	xmlNodePtr	 t, c;
	long		 ca, cb;
	size_t		 i;
	int		 words = 0;

	if (len < 5 || memcmp(s, "**", 2) != 0 ||
	    memcmp(s + len - 2, "**", 2) != 0 ||
	    pk_seg_find_field(g, PK_F_CASE, &ca, &cb) != 0)
		return 1;
	for (i = 2; i + 3 < len; i++)
		if (s[i] == '*')
			return 1;	/* not one bold run */
	for (i = (size_t)cb; i < len; i++)
		words += isalpha((unsigned char)s[i]) ||
		    (unsigned char)s[i] >= 0x80;
	if (words < 3)
		return 1;
	if (pk_seg_text(r, r->head, "\n") == -1 ||
	    (t = xmlNewDocNode(r->doc, r->ns, BAD_CAST "title", NULL)) ==
	    NULL || pk_seg_add_span(r, 2, (long)len - 2, t) == -1 ||
	    (c = xmlNewDocNode(r->doc, r->ns, BAD_CAST "case", NULL)) ==
	    NULL || pk_seg_add_span(r, ca, cb, c) == -1)
		return -1;
	return pk_seg_emit(r, r->head, s, 0, (long)len);
}

/*
 * The lines after "§ 12" standing alone: a case number goes into the
 * head, the first line that looks like a title is the title (with its
 * case number in a cell beside it, if so).  Returns 0 when the line was
 * taken, 1 when it is left to the other rules, -1.
 */
static int
item_title(struct run *r, const char *s, size_t len)
{
	const struct pk_rule	*rule;
	struct groups		 g;
	xmlNodePtr		 t;
	int			 err = 0, rc;

	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_CASE, 0, s, len, &g,
	    &err);
	if (err)
		return -1;
	if (rule != NULL) {
		if (xmlGetLastChild(r->item) != r->head)
			return r->want_title = 0, 1;
		if ((rc = title_with_case(r, s, len, &g)) <= 0)
			return rc;
		return pk_seg_text(r, r->head, "\n") == -1 ||
		    pk_seg_emit_fields(r, r->head, s, &g, 0, (long)len) == -1 ?
		    -1 : 0;
	}
	if (xmlGetLastChild(r->item) == r->head) {
		int rc = title_beside_case(r, s, len);

		if (rc <= 0)
			return rc;
	}
	r->want_title = 0;
	if (xmlGetLastChild(r->item) != r->head)
		return 1;
	if (!title_like(s, len))
		return title_alone(r, s, len);
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_SECTION, 0, s, len,
	    &g, &err);
	if (err)
		return -1;
	if (rule != NULL)
		return 1;
	if (pk_seg_text(r, r->head, "\n") == -1 ||
	    (t = xmlNewDocNode(r->doc, r->ns, BAD_CAST "title", NULL)) ==
	    NULL || pk_seg_add_span(r, 0, (long)len, t) == -1)
		return -1;
	return pk_seg_emit(r, r->head, s, 0, (long)len);
}

/* The head's (last) title element, or NULL. */
static xmlNodePtr
head_title(xmlNodePtr head)
{
	xmlNodePtr	 n, title = NULL;

	for (n = head->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(n->name, BAD_CAST "title") == 0)
			title = n;
	return title;
}

/*
 * The line under a title that ends in "och", set under it after a tab
 * ("<TAB>**penningpolitisk diskussion**"): the rest of the title.
 * Returns 0 when the line was taken, 1 when it is left to the rules, -1.
 */
static int
title_goes_on(struct run *r, const char *s, size_t len)
{
	xmlNodePtr	 title;

	r->title_open = 0;
	if (r->state != ST_ITEM || r->head == NULL ||
	    xmlGetLastChild(r->item) != r->head || r->block_start ||
	    len < 2 || s[0] != '\t' || memchr(s + 1, '\t', len - 1) != NULL ||
	    len - 1 > TITLE_MAX || !title_like(s + 1, len - 1))
		return 1;
	if ((title = head_title(r->head)) == NULL)
		return 1;
	if (pk_seg_text(r, title, "\n") == -1 ||
	    pk_seg_emit(r, title, s, 1, (long)len) == -1)
		return -1;
	return 0;
}

/*
 * The line right after an item's head whose last cell alone is the
 * item's outcome ("(2340 and 2350 North Loop Road).”<TAB>Adopted."):
 * a title the layout wrapped, its end in the first cell, the consent
 * calendar's outcome set in a column of its own.  The first cell goes
 * on with the title, the last is the item's decision.  Returns 0 when
 * the line was taken, 1 when it is left to the other rules, -1.
 */
static int
title_outcome_cell(struct run *r, const char *s, size_t len)
{
	const struct pk_rule	*rule, *took = r->took;
	struct groups		 g;
	xmlNodePtr		 title;
	const char		*tab;
	size_t			 at;
	int			 err = 0;

	if (r->state != ST_ITEM || r->head == NULL ||
	    xmlGetLastChild(r->item) != r->head ||
	    (tab = memchr(s, '\t', len)) == NULL || tab == s)
		return 1;
	for (at = (size_t)(tab - s); at < len && s[at] == '\t'; at++)
		;
	if (at >= len || memchr(s + at, '\t', len - at) != NULL)
		return 1;
	if ((title = head_title(r->head)) == NULL)
		return 1;
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_SECTION, 0, s + at,
	    len - at, &g, &err);
	if (err)
		return -1;
	if (rule == NULL || strcmp(rule->arg, "decision") != 0) {
		r->took = took;
		return 1;
	}
	if (pk_seg_text(r, title, "\n") == -1 ||
	    pk_seg_emit(r, title, s, 0, (long)(tab - s)) == -1)
		return -1;
	return start_section(r, rule, s + at, len - at, &g) == -1 ? -1 : 0;
}

/*
 * A sub-point's heading: its letter and a short title ("b.
 * Mötessekreterare", "C) Justeringsperson tillika rösträknare"), not a
 * sentence going on in lower case nor one that starts with an initial
 * ("A. Smith moved approval of the minutes.").
 */
static int
subpoint(const char *s, size_t len)
{
	size_t	 i = 2;

	if (len < 4 || len > 64 || !((s[0] >= 'a' && s[0] <= 'z') ||
	    (s[0] >= 'A' && s[0] <= 'Z')) || (s[1] != '.' && s[1] != ')') ||
	    (s[2] != ' ' && s[2] != '\t') || s[len - 1] == '.')
		return 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i < len && !(s[i] >= 'a' && s[i] <= 'z') &&
	    !(s[i] >= '0' && s[i] <= '9');
}

/* Whether a section rule of the item takes s: 1, 0, or -1. */
static int
section_line(struct run *r, const char *s, size_t len)
{
	const struct pk_rule	*rule, *took = r->took;
	struct groups		 g;
	int			 err = 0;

	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_SECTION, 0, s, len,
	    &g, &err);
	r->took = took;
	return err ? -1 : rule != NULL;
}

/*
 * An item's text set beside its number, under the title ("§ 4.<TAB>
 * Title" over "<TAB>Direktionen beslutade"): the extractor gives each
 * such line an empty first cell.  It is the item's paragraph, not a
 * table's row, unless a table with cells of its own is open.
 */
static int
indented_body(struct run *r, const char *s, size_t len)
{
	xmlNodePtr	 parent;

	if (r->state != ST_ITEM || len < 2 || s[0] != '\t' ||
	    memchr(s + 1, '\t', len - 1) != NULL ||
	    pk_line_is_blank(s, len))
		return 0;
	parent = pk_seg_content_parent(r);
	return r->table == NULL || xmlGetLastChild(parent) != r->table;
}


/* Whether s[0..len) starts a sentence: "Upplästes en …", "Att jämte …". */
static int
sentence_start(const char *s, size_t len)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0;

	/* A capital, Å Ä Ö among them (UTF-8 C3 85, 84, 96). */
	if (len > 1 && u[0] == 0xc3 && (u[1] == 0x85 || u[1] == 0x84 ||
	    u[1] == 0x96))
		i = 2;
	else if (len > 0 && isupper(u[0]))
		i = 1;
	else
		return 0;
	while (i < len && (islower(u[i]) || u[i] >= 0x80))
		i++;
	return i >= 3 && i + 1 < len && u[i] == ' ' &&
	    (islower(u[i + 1]) || u[i + 1] == 0xc3);
}

/*
 * Where an item heading read by OCR ends when OCR ran the item's first
 * sentence into its line: "§ 7.<TAB>Motion om badplats. Upplästes en
 * motion …" (the title ends at its full stop, or the comma OCR read for
 * it), or, where items have no titles, "§ 1.<TAB>Att jämte ordföranden
 * justera … utsågos …" (a sentence: a decision, or longer than any
 * title).  Returns where the heading ends, 0 when the line is one, or
 * -1 (the match limit).
 */
static long
heading_end(struct run *r, const char *s, size_t len, const struct groups *g)
{
	const struct pk_rule	*rule, *took;
	struct groups		 dg;
	long			 a, b, i;
	int			 err = 0;

	if (pk_seg_find_field(g, PK_F_TITLE, &a, &b) == -1 || a >= b)
		return 0;
	/* Past a title's first words: "Ang. Revision" is one title. */
	for (i = a + 12; i + 2 < b; i++)
		if ((s[i] == '.' || s[i] == ',') && s[i + 1] == ' ' &&
		    sentence_start(s + i + 2, (size_t)(b - i - 2)))
			return i;
	if (b - a > TITLE_MAX && len > 0 && s[len - 1] == '.')
		return a;
	took = r->took;
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_SECTION, 0, s + a,
	    len - (size_t)a, &dg, &err);
	r->took = took;
	if (err)
		return -1;
	return rule != NULL && strcmp(rule->arg, "decision") == 0 ? a : 0;
}

/*
 * The heading of heading_end as a line of its own, then the rest of the
 * line as the item's first.  Returns as start_item: 0, 1 when the
 * heading is no item after all, -1.
 */
static int
split_heading(struct run *r, const char *s, size_t len, size_t cut)
{
	struct groups	 g;
	size_t		 head_len = cut, rest = cut;
	int		 err = 0, rc;

	while (head_len > 0 && (s[head_len - 1] == ' ' ||
	    s[head_len - 1] == '\t'))
		head_len--;
	/* The title's full stop, and the space after it, in the head. */
	if (rest < len && (s[rest] == '.' || s[rest] == ','))
		rest++;
	while (rest < len && (s[rest] == ' ' || s[rest] == '\t'))
		rest++;
	if (head_len == 0 || rest >= len)
		return 1;
	if (pk_seg_try_rules(r, PK_SCOPE_ANY, PK_KIND_ITEM, 0, s, head_len, &g,
	    &err) == NULL)
		return err ? -1 : 1;
	if ((rc = start_item(r, s, head_len, &g)) != 0)
		return rc;
	if (pk_seg_emit(r, r->head, s, (long)head_len, (long)rest) == -1)
		return -1;
	return process_line(r, s + rest, len - rest);
}

static int
process_line(struct run *r, const char *s, size_t len)
{
	const struct pk_rule	*rule;
	struct groups		 g;
	int			 err = 0, rc, ordered;
	long			 at, cut;
	long			 na, nb;	/* the number an item rule read */

	if (r->cont != NULL && r->cont_paged) {
		if ((rc = names_only(r, s, len)) == -1)
			return -1;
		if (rc == 1)
			return continuation(r, s, len);
	} else if (r->cont != NULL && len > 0 && (s[0] == '\t' ||
	    (names_go_on(r) && (!signer_unnamed(r) ||
	    pk_rules_match_kind(r->prof, r->m, PK_SCOPE_SIGNATURES,
	    PK_KIND_SIGNATURE, s, len) == 1)))) {
		if (!empty_roll(r))
			return continuation(r, s, len);
		if ((rc = roll_ends(r, s, len)) == -1)
			return -1;
		if (rc == 0)
			return continuation(r, s, len);
		/* The head only looked like one over a roll. */
		xmlUnlinkNode(r->cont);
		xmlFreeNode(r->cont);
	}
	r->cont = NULL;
	r->cont_paged = 0;
	/*
	 * An item's line that OCR set in the column beside the numbers in
	 * the margin ("§2.<TAB>Föredrogs …" over "<TAB>Fullmäktige beslöt
	 * …"): the line itself, not a table's cell.
	 */
	if (r->ocr && r->prof->heading_run_in && r->state == ST_ITEM &&
	    len > 1 && s[0] == '\t') {
		size_t	 k = strspn(s, "\t");	/* (one column or two) */

		if (k < len && memchr(s + k, '\t', len - k) == NULL)
			return process_line(r, s + k, len - k);
	}
	if (r->container != NULL) {
		rule = pk_seg_try_rules(r, r->container_scope, PK_KIND_FIELD, 0,
		    s, len, &g, &err);
		if (err)
			return -1;
		if (rule != NULL)
			return front_rule(r, rule, s, len, &g);
		return pk_seg_plain_line(r, r->container, s, len);
	}
	if (r->state == ST_BACK && r->roll != NULL) {
		/*
		 * The attendance list goes on in rows of cells, and in the
		 * lines of its block (a cell the layout wrapped).
		 */
		if (memchr(s, '\t', len) != NULL || !r->block_start) {
			r->cont = r->roll;
			r->cont_rule = r->roll_rule;
			r->cont_role = NULL;
			return continuation(r, s, len);
		}
		r->roll = NULL;
	}
	if (r->state == ST_BACK && r->signatures == NULL) {
		rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_SIGNATURES, 0,
		    s, len, &g, &err);
		if (err)
			return -1;
		if (rule != NULL)
			return front_rule(r, rule, s, len, &g);
		return pk_seg_plain_line(r, r->back, s, len);
	}
	if (r->state == ST_BACK)
		return signature_row(r, r->signatures, s, len);

	rule = NULL;
	if (!(r->lines != NULL && r->cur < r->nlines &&
	    r->lines[r->cur].s == s && r->lines[r->cur].agenda) &&
	    !toc_entry(s, len))
		rule = pk_seg_try_rules(r, PK_SCOPE_ANY, PK_KIND_ITEM, 0, s,
		    len, &g, &err);
	if (err)
		return -1;
	/* OCR ran the item's first sentence into its heading's line. */
	if (rule != NULL && r->ocr && r->prof->heading_run_in) {
		if ((cut = heading_end(r, s, len, &g)) == -1)
			return -1;
		if (cut > 0 && (rc = split_heading(r, s, len, (size_t)cut)) <=
		    0)
			return rc;
	}
	/* A title standing alone right under "§ 8." standing alone is
	 * that §'s title, not an item whose number was lost. */
	if (rule != NULL && r->want_title && r->item != NULL &&
	    xmlGetLastChild(r->item) == r->head &&
	    pk_seg_find_field(&g, PK_F_NUM, &na, &nb) == 0 && na == nb)
		rule = NULL;
	if (rule != NULL && (rc = start_item(r, s, len, &g)) <= 0)
		return rc;
	if (r->held != NULL && release_held(r) == -1)
		return -1;
	if (rule == NULL && (rc = hold_case(r, s, len)) <= 0)
		return rc;
	if (r->title_open && (rc = title_goes_on(r, s, len)) <= 0)
		return rc;
	if (r->want_title && (rc = item_title(r, s, len)) <= 0)
		return rc;

	if (r->state == ST_FRONT) {
		rule = pk_seg_try_rules(r, PK_SCOPE_FRONT, -1, 0, s, len, &g,
		    &err);
		if (err)
			return -1;
		if (rule != NULL)
			return front_rule(r, rule, s, len, &g);
		return pk_seg_plain_line(r, r->front, s, len);
	}
	if (indented_body(r, s, len)) {
		xmlNodePtr li;

		s++;
		len--;
		/* Under a list entry of its block: the entry's next line. */
		li = r->list != NULL && !r->block_start &&
		    xmlGetLastChild(pk_seg_content_parent(r)) == r->list &&
		    pk_list_marker(s, len, &ordered) < 0 ?
		    xmlGetLastChild(r->list) : NULL;
		/* A point's decision or vote under its text is the item's. */
		if (li != NULL && (rc = section_line(r, s, len)) != 0) {
			if (rc == -1)
				return -1;
			li = NULL;
		}
		if (li != NULL)
			return pk_seg_text(r, li, "\n") == -1 ? -1 :
			    pk_seg_emit(r, li, s, 0, (long)len);
	}

	at = pk_list_marker(s, len, &ordered);
	/*
	 * A section begun on its label's line ends with its paragraph: at
	 * the next block, unless that is another att-clause of a decision.
	 * One begun on a list entry ("• Minutes approved – A (motion)") is
	 * that entry: it ends at the next one too.
	 */
	if (r->section_inline && ((at < 0 && (r->block_start ||
	    subpoint(s, len))) || (at >= 0 && r->section_entry) ||
	    pk_seg_numbered_cell(r, s, len))) {
		int clause = 0;

		if (r->decision != NULL) {
			clause = pk_seg_try_rules(r, PK_SCOPE_DECISION,
			    PK_KIND_CLAUSE,
			    0, s, len, &g, &err) != NULL;
			if (err)
				return -1;
		}
		/* A line that starts in lower case goes on from the last;
		 * a sub-point's letter ("b. Mötessekreterare") does not. */
		if (!clause && (subpoint(s, len) ||
		    !(len > 0 && s[0] >= 'a' && s[0] <= 'z'))) {
			r->section = r->decision = NULL;
			r->section_inline = 0;
		}
	}
	if (r->decision != NULL && (at < 0 || !ordered)) {
		if (at < 0)
			at = 0;
		rule = pk_seg_try_rules(r, PK_SCOPE_DECISION, PK_KIND_CLAUSE, 0,
		    s + at, len - (size_t)at, &g, &err);
		if (err)
			return -1;
		if (rule != NULL) {
			xmlNodePtr c = pk_seg_block_node(r, r->decision,
			    "clause");

			if (c == NULL)
				return -1;
			return pk_seg_emit_fields(r, c, s + at, &g, 0,
			    (long)(len - (size_t)at));
		}
	}
	if ((rc = title_outcome_cell(r, s, len)) <= 0)
		return rc;
	rule = pk_seg_try_rules(r, PK_SCOPE_ITEM, -1, 0, s, len, &g, &err);
	if (err)
		return -1;
	/* "Nämnden beslutar" under the heading Beslut: the same decision. */
	if (rule != NULL && rule->kind == PK_KIND_SECTION &&
	    strcmp(rule->arg, "decision") == 0 && pk_seg_content_parent(r) ==
	    r->decision && r->decision != NULL)
		return pk_seg_plain_line(r, r->decision, s, len);
	/* "Med 54 ja-röster mot 25 …" under the heading Omröstning: the
	 * same section goes on, with the counts its sentence gives. */
	if (rule != NULL && rule->kind == PK_KIND_SECTION &&
	    strcmp(rule->arg, "decision") != 0 && r->section != NULL &&
	    pk_seg_content_parent(r) == r->section && !r->section_inline &&
	    section_is(r->section, rule->arg) && inline_text(&g)) {
		xmlNodePtr p = pk_seg_block_node(r, r->section, "p");

		return p == NULL ? -1 :
		    pk_seg_emit_fields(r, p, s, &g, 0, (long)len);
	}
	if (rule != NULL && rule->kind == PK_KIND_SECTION)
		return start_section(r, rule, s, len, &g);
	if (rule != NULL)
		return front_rule(r, rule, s, len, &g);
	return pk_seg_plain_line(r, pk_seg_content_parent(r), s, len);
}

/* Whether a line rule of scope sc matches s[0..len); fires nothing. */
static int
line_rule_matches(struct run *r, enum pk_scope sc, const char *s, size_t len,
    int *err)
{
	const struct pk_profile	*p = r->prof;
	size_t			 i;
	int			 rc;

	for (i = 0; i < p->nrules; i++) {
		if (p->rules[i].scope != sc || p->rules[i].block ||
		    p->rules[i].head || p->rules[i].unnumbered || r->fired[i])
			continue;
		if ((rc = pk_seg_match(r, p->rules[i].re, p->rules[i].marked, s,
		    len, 0)) == -1) {
			*err = 1;
			return 0;
		}
		if (rc > 0)
			return 1;
	}
	return 0;
}

static enum pk_front_line front_what(void *, const char *, size_t, int *);

/* A rule that takes a whole block: a heading over lines, a side column. */
static int
process_block(struct run *r, const char *s, size_t len, int *taken)
{
	const struct pk_rule	*rule;
	struct groups		 g;
	xmlNodePtr		 n, p;
	int			 err = 0;
	enum pk_scope		 sc;
	size_t			 first_len;
	int			 ordered;

	*taken = 0;
	if (r->state == ST_BACK || r->container != NULL)
		return 0;
	/*
	 * A block whose first line starts an item, or that a line rule of
	 * the scope would take, is never taken whole: line rules come first.
	 */
	first_len = (size_t)((memchr(s, '\n', len) ? (const char *)memchr(s,
	    '\n', len) : s + len) - s);
	if ((err = pk_rules_starts_item(r->prof, r->m, s, first_len)) != 0 ||
	    (err = pk_seg_unnumbered_takes(r, s, len)) != 0)
		return err == -1 ? -1 : 0;
	/* The names a list above goes on with, over a page break. */
	if (r->cont != NULL && r->cont_paged &&
	    (err = names_only(r, s, first_len)) != 0)
		return err == -1 ? -1 : 0;
	/* The name a signature above waits for, over a page break. */
	if (signer_unnamed(r) && (err = pk_rules_match_kind(r->prof, r->m,
	    PK_SCOPE_SIGNATURES, PK_KIND_SIGNATURE, s, first_len)) != 0)
		return err == -1 ? -1 : 0;
	sc = r->state == ST_FRONT ? PK_SCOPE_FRONT : PK_SCOPE_ITEM;
	/*
	 * A block rule marked first: two lines that only together say it,
	 * or a line that says it only standing alone (before any line rule
	 * and label of the front, which would take it by itself).
	 */
	rule = pk_seg_try_rules(r, sc, -1, 2, s, len, &g, &err);
	if (err)
		return -1;
	if (rule != NULL) {
		*taken = 1;
		return front_rule(r, rule, s, len, &g);
	}
	/* A label over two bold lines is a field, not a heading. */
	if (r->state == ST_FRONT) {
		int alone;
		enum pk_front_line w = front_what(r, s, len, &alone);

		if (w == PK_FL_ERROR)
			return -1;
		if (w == PK_FL_FIELD || w == PK_FL_PEOPLE ||
		    w == PK_FL_SIGNATURES)
			return 0;
	}
	if (line_rule_matches(r, sc, s, first_len, &err) || err)
		return err ? -1 : 0;
	/* Nor one with a list entry: entries are lines of their own. */
	for (const char *l = s, *e; l < s + len; l = e + 1) {
		if ((e = memchr(l, '\n', (size_t)(s + len - l))) == NULL)
			e = s + len;
		if (pk_list_marker(l, (size_t)(e - l), &ordered) >= 0 && !ordered)
			return 0;
	}
	rule = pk_seg_try_rules(r, sc, -1, 1, s, len, &g, &err);
	if (err)
		return -1;
	if (rule == NULL)
		return 0;
	*taken = 1;
	if (rule->kind == PK_KIND_SIDE) {
		if (rule->continues)
			n = r->side;
		else if ((n = pk_seg_block_node(r, r->item, "section")) == NULL)
			return -1;
		r->side = n;
		xmlSetProp(n, BAD_CAST "type", BAD_CAST rule->arg);
		xmlSetProp(n, BAD_CAST "placement", BAD_CAST "side");
		r->section = r->decision = NULL;
		r->section_inline = 0;
		if ((p = pk_seg_node(r, n, "p")) == NULL)
			return -1;
		return pk_seg_emit_fields(r, p, s, &g, 0, (long)len);
	}
	return front_rule(r, rule, s, len, &g);
}

int
pk_segment_score(struct pk_segment *seg, const struct pk_profile *p,
    const struct pk_text *t)
{
	return pk_profile_score(p, seg->match_limit, t);
}

static void
set_attr(xmlNodePtr n, const char *name, const char *value)
{
	if (value != NULL && *value != '\0')
		xmlSetProp(n, BAD_CAST name, BAD_CAST value);
}

/* Whether page n is in list ("3,7") or, with value, as n:value. */
static const char *
page_in(const char *list, long n, char *value, size_t vlen)
{
	const char	*p = list;
	char		*end;

	while (p != NULL && *p != '\0') {
		long k = strtol(p, &end, 10);

		if (end == p)
			return NULL;
		p = end;
		if (*p == ':') {
			size_t m = strcspn(p + 1, ",");

			if (k == n) {
				snprintf(value, vlen, "%.*s", (int)m, p + 1);
				return value;
			}
			p += 1 + m;
		} else if (k == n) {
			snprintf(value, vlen, "%s", "");
			return value;
		}
		if (*p == ',')
			p++;
	}
	return NULL;
}

/*
 * Which pages OCR read, how sure it was of each, which it turned, and
 * which are below PK_OCR_LOW_CONF (pk-extract says so): an archivist
 * knows which pages to look at.
 */
static int
ocr_node(struct run *r, xmlNodePtr source, const struct pk_text *t)
{
	const char	*pages = pk_text_meta(t, "ocr-pages");
	const char	*conf = pk_text_meta(t, "ocr-confidence");
	const char	*low = pk_text_meta(t, "ocr-low-confidence");
	const char	*turned = pk_text_meta(t, "ocr-turned");
	const char	*p;
	char		*end, num[24], val[32];
	xmlNodePtr	 o, pg;

	/* No page worth the name (the fuzzer's "ocr-pages: 0"): no element,
	 * the schema wants a page in it. */
	if (pages == NULL || strtol(pages, &end, 10) <= 0 || end == pages)
		return 0;
	if ((o = pk_seg_node(r, source, "ocr")) == NULL)
		return -1;
	set_attr(o, "engine", pk_text_meta(t, "ocr-engine"));
	set_attr(o, "lang", pk_text_meta(t, "ocr-lang"));
	p = pk_text_meta(t, "ocr-dpi");
	if (p != NULL && strtol(p, &end, 10) > 0 && *end == '\0')
		set_attr(o, "dpi", p);
	for (p = pages; *p != '\0';) {
		long n = strtol(p, &end, 10);

		if (end == p || n <= 0)
			break;
		p = *end == ',' ? end + 1 : end;
		if ((pg = pk_seg_node(r, o, "page")) == NULL)
			return -1;
		snprintf(num, sizeof(num), "%ld", n);
		set_attr(pg, "n", num);
		/* A percentage: 0 to 100, digits only (front matter is text
		 * anyone may write). */
		if (conf != NULL && page_in(conf, n, val, sizeof(val)) != NULL &&
		    val[0] != '\0' && strlen(val) <= 3 &&
		    strspn(val, "0123456789") == strlen(val) && atoi(val) <= 100)
			set_attr(pg, "confidence", val);
		if (turned != NULL && page_in(turned, n, val, sizeof(val)) !=
		    NULL && (strcmp(val, "90") == 0 || strcmp(val, "180") == 0 ||
		    strcmp(val, "270") == 0))
			set_attr(pg, "turned", val);
		if (low != NULL && page_in(low, n, val, sizeof(val)) != NULL)
			set_attr(pg, "low", "true");
	}
	return 0;
}

static int
source_node(struct run *r, xmlNodePtr root, const struct pk_text *t,
    const struct pk_source *src, int pages)
{
	static const char *const keys[] = { "title", "author", "created",
	    "modified", "extractor", "extractor-version" };
	xmlNodePtr	 n;
	char		 buf[32];
	const char	*v;
	size_t		 i;

	if ((n = pk_seg_node(r, root, "source")) == NULL)
		return -1;
	v = pk_text_meta(t, "file");
	set_attr(n, "file", v != NULL ? v : src->file);
	v = pk_text_meta(t, "format");
	set_attr(n, "format", v != NULL ? v : "txt");
	v = pk_text_meta(t, "sha256");
	set_attr(n, "sha256", v != NULL ? v : src->sha256);
	v = pk_text_meta(t, "pages");
	snprintf(buf, sizeof(buf), "%d", pages);
	set_attr(n, "pages", v != NULL ? v : buf);
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		set_attr(n, keys[i], pk_text_meta(t, keys[i]));
	set_attr(n, "profile", r->prof->name);
	snprintf(buf, sizeof(buf), "%d", r->choice.score);
	set_attr(n, "score", buf);
	if (r->choice.lang.reliable)
		set_attr(n, "lang", r->choice.lang.tag);
	return ocr_node(r, n, t);
}

static int
furniture_node(struct run *r, xmlNodePtr root, const struct pk_fw_list *fw)
{
	xmlNodePtr	 list, n;
	size_t		 i;
	char		 buf[24];

	if ((list = pk_seg_node(r, root, "furniture")) == NULL)
		return -1;
	for (i = 0; i < fw->n; i++) {
		if ((n = pk_seg_node(r, list, "fw")) == NULL)
			return -1;
		xmlSetProp(n, BAD_CAST "type", BAD_CAST fw->v[i].type);
		snprintf(buf, sizeof(buf), "%d", fw->v[i].page);
		xmlSetProp(n, BAD_CAST "page", BAD_CAST buf);
		snprintf(buf, sizeof(buf), "%ld", fw->v[i].src_line);
		xmlSetProp(n, BAD_CAST "line", BAD_CAST buf);
		pk_inline_reset(&r->in);
		if (pk_seg_emit(r, n, fw->v[i].text, 0,
		    (long)strlen(fw->v[i].text)) == -1)
			return -1;
	}
	return 0;
}

/*
 * Set the meeting's body and kind (where it has none) from the groups
 * g found in s, before the attributes it has, in the order the front
 * would have given them.  Returns 0 or -1.
 */
static int
name_meeting(xmlNodePtr meeting, const char *s, const struct groups *g)
{
	xmlNodePtr	 named;
	xmlAttrPtr	 at;
	xmlChar		*v;
	long		 a, b;
	int		 rc = -1;

	if ((named = xmlNewNode(NULL, BAD_CAST "meeting")) == NULL)
		return -1;
	if (pk_seg_find_field(g, PK_F_BODY, &a, &b) == 0 &&
	    pk_seg_set_plain_attr(named, "body", s, a, b) == -1)
		goto out;
	if (xmlHasProp(meeting, BAD_CAST "kind") == NULL &&
	    pk_seg_find_field(g, PK_F_KIND, &a, &b) == 0 &&
	    pk_seg_set_plain_attr(named, "kind", s, a, b) == -1)
		goto out;
	for (at = meeting->properties; at != NULL; at = at->next) {
		if ((v = xmlNodeGetContent((xmlNodePtr)at)) == NULL)
			goto out;
		xmlSetProp(named, at->name, v);
		xmlFree(v);
	}
	while (meeting->properties != NULL)
		xmlRemoveProp(meeting->properties);
	for (at = named->properties; at != NULL; at = at->next) {
		if ((v = xmlNodeGetContent((xmlNodePtr)at)) == NULL)
			goto out;
		xmlSetProp(meeting, at->name, v);
		xmlFree(v);
	}
	rc = 0;
out:
	xmlFreeNode(named);
	return rc;
}

/*
 * A record whose front names no body, its title only in the running
 * header ("Protokoll för LiTHe Kods konstituerande möte Sida 1 av 3"):
 * the first header a front field rule reads a body from names the
 * meeting, and its kind.  Returns 0 or -1.
 */
static int
header_meeting(struct run *r, xmlNodePtr meeting, const struct pk_fw_list *fw)
{
	const struct pk_rule	*rule, *took = r->took;
	struct groups		 g;
	const char		*s;
	long			 a, b;
	size_t			 i;
	int			 err = 0;

	if (meeting == NULL || xmlHasProp(meeting, BAD_CAST "body") != NULL ||
	    xmlHasProp(meeting, BAD_CAST "organization") != NULL)
		return 0;
	for (i = 0; i < fw->n; i++) {
		if (strcmp(fw->v[i].type, "header") != 0)
			continue;
		s = fw->v[i].text;
		rule = pk_seg_try_rules(r, PK_SCOPE_FRONT, PK_KIND_FIELD, 0, s,
		    strlen(s), &g, &err);
		r->took = took;
		if (err)
			return -1;
		if (rule == NULL || pk_seg_find_field(&g, PK_F_BODY, &a,
		    &b) != 0)
			continue;
		return name_meeting(meeting, s, &g);
	}
	return 0;
}

/* Walk the blocks of lines; a block is a run of non-blank lines. */
/* After the last match of rule: its label, and nothing but a colon after. */
static int
label_alone(struct run *r, const struct pk_rule *rule, const char *s,
    size_t len)
{
	unsigned	 i;
	long		 a, b = -1, e;

	for (i = 1; i < rule->ngroups; i++)
		if (rule->group_field[i] == PK_F_LABEL) {
			pk_match_group(r->m, i, &a, &e);
			if (e > b)
				b = e;
		}
	if (b < 0)
		return 0;
	for (; (size_t)b < len; b++)
		if (s[b] != ' ' && s[b] != '*' && s[b] != ':' && s[b] != '\t')
			return 0;
	return 1;
}

/* How many bytes of a line an explanation shows, at most. */
#define EXPLAIN_TEXT	60

/* The length of s[0..len) cut to EXPLAIN_TEXT at a character's start. */
static int
shown(const char *s, size_t len)
{
	size_t n = len < EXPLAIN_TEXT ? len : EXPLAIN_TEXT;

	while (n > 0 && n < len && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return (int)n;
}

/* The explanation of lines[k] (up to lines[last], taken with it). */
static void
explain_line(struct run *r, const struct pk_seg_line *ln, size_t last)
{
	const struct pk_rule	*rule = r->took;
	const char		*base;
	char			 more[32] = "";

	if (r->seg->explain == NULL)
		return;
	if (last > ln->index)
		snprintf(more, sizeof(more), " +%zu lines", last - ln->index);
	if (rule == NULL) {
		explain(r->seg, "%ld\t%s%s\t-\t%.*s\n", ln->src_line,
		    r->state == ST_BACK ? "back" : r->state == ST_ITEM ?
		    "text" : "front text", more, shown(ln->s, ln->len), ln->s);
		return;
	}
	base = strrchr(r->prof->path, '/');
	base = base != NULL ? base + 1 : r->prof->path;
	explain(r->seg, "%ld\t%s %s%s%s%s\t%s:%ld\t%.*s\n", ln->src_line,
	    pk_scope_name(rule->scope), pk_kind_name(rule->kind),
	    rule->arg != NULL ? "=" : "", rule->arg != NULL ? rule->arg : "",
	    more, base, rule->src_line, shown(ln->s, ln->len), ln->s);
}

/* What a front line is to the profile (frontlines.h); fires nothing. */
static enum pk_front_line
front_what(void *ctx, const char *s, size_t len, int *alone)
{
	struct run		*r = ctx;
	const struct pk_profile	*p = r->prof;
	enum pk_front_line	 found = PK_FL_OTHER;
	size_t			 i;
	int			 rc;

	/* "Justerare" alone is a signature's caption, not a label. */
	for (i = 0; memchr(s, '\t', len) == NULL && i < p->nrules; i++) {
		const struct pk_rule *rule = &p->rules[i];

		if (rule->scope != PK_SCOPE_SIGNATURES || rule->block ||
		    (rule->kind != PK_KIND_LABEL && rule->kind != PK_KIND_ROLE))
			continue;
		if ((rc = pk_seg_match(r, rule->re, rule->marked, s, len, 0)) == -1)
			return PK_FL_ERROR;
		if (rc > 0)
			return PK_FL_SIGNER;
	}
	for (i = 0; i < p->nrules; i++) {
		const struct pk_rule *rule = &p->rules[i];
		enum pk_front_line w;

		if (rule->block || r->fired[i] || (rule->ocr && !r->ocr) ||
		    rule->unnumbered)
			continue;
		if (rule->scope == PK_SCOPE_ANY && rule->kind == PK_KIND_ITEM)
			w = PK_FL_ITEM;
		else if (rule->scope == PK_SCOPE_FRONT)
			w = rule->kind == PK_KIND_FIELD ||
			    rule->kind == PK_KIND_NOTICE ? PK_FL_FIELD :
			    rule->kind == PK_KIND_PARTICIPANTS ? PK_FL_PEOPLE :
			    rule->kind == PK_KIND_SIGNATURES ?
			    PK_FL_SIGNATURES : PK_FL_OTHER;
		else if (rule->scope == PK_SCOPE_SIGNATURES)
			w = rule->kind == PK_KIND_LABEL ||
			    rule->kind == PK_KIND_ROLE ? PK_FL_SIGNER :
			    PK_FL_SIGNER_NAME;
		else
			continue;
		if (w == PK_FL_OTHER)
			continue;
		if ((rc = pk_seg_match(r, rule->re, rule->marked, s, len, 0)) == -1)
			return PK_FL_ERROR;
		if (rc == 0)
			continue;
		if (w != PK_FL_SIGNER && w != PK_FL_SIGNER_NAME) {
			*alone = label_alone(r, rule, s, len);
			return w;
		}
		if (found == PK_FL_OTHER || w == PK_FL_SIGNER)
			found = w;
	}
	return found;
}

/*
 * An item's head over lines: a title set in a cell goes on in the lines
 * under it that start with a tab.  When the item rule still takes line k
 * with those lines (up to end, the block's end) joined by newlines, they
 * are gathered into r->gathered; returns the last line gathered, k when
 * nothing was, or -1 (match limit, memory).
 */
static long
item_gather(struct run *r, const struct pk_seg_line *lines, size_t end,
    size_t k)
{
	struct groups	 g;
	size_t		 m;
	long		 a, b;
	int		 rc = 0, err = 0;

	if (k + 1 >= end || lines[k + 1].len == 0 ||
	    lines[k + 1].s[0] != '\t' || lines[k].agenda)
		return (long)k;
	if (r->ocr || (rc = pk_seg_item_number_at(r, &lines[k], &a, &b)) != 1)
		return rc == -1 ? -1 : (long)k;
	/* A numbered paragraph in an item keeps its lines apart. */
	if (a >= 0) {
		long	 parts[MAX_PARTS];
		long	 num = pk_norm_number(lines[k].s + a, (size_t)(b - a));
		char	 numtext[48];
		int	 nparts = pk_seg_item_parts(lines[k].s, a, b, parts,
		    numtext, sizeof(numtext)), hyphen;

		if (pk_seg_breaks_sequence(r, num, pk_seg_item_letter(r,
		    lines[k].s, a, b, num, &hyphen), parts, nparts))
			return (long)k;
	}
	pk_buf_reset(&r->gathered);
	if (pk_buf_put(&r->gathered, lines[k].s, lines[k].len) == -1)
		return -1;
	for (m = k + 1; m < end && !lines[m].dropped && lines[m].len > 0 &&
	    lines[m].s[0] == '\t'; m++)
		if (pk_buf_putc(&r->gathered, '\n') == -1 ||
		    pk_buf_put(&r->gathered, lines[m].s, lines[m].len) == -1)
			return -1;
	if (pk_seg_try_rules(r, PK_SCOPE_ANY, PK_KIND_ITEM, 0, r->gathered.data,
	    r->gathered.len, &g, &err) == NULL)
		return err ? -1 : (long)k;
	return (long)(m - 1);
}

/*
 * Whether the block at lines[i] goes on the paragraph a page (or the
 * scan's reading, a blank line) broke: the last line before it ends in
 * no stop or colon, and the block starts in a small letter ("… sker den
 * 29 december 1959 å" / page / "kommunalkontoret."), or, on the same
 * page, with the year of a date the line before began ("… den 23
 * oktober" / "1955 å kommunalkontoret.").
 */
static int
page_goes_on(const struct pk_seg_line *lines, size_t i)
{
	const unsigned char	*s = (const unsigned char *)lines[i].s;
	const unsigned char	*e;
	size_t			 p = i;

	while (p > 0 && (lines[p - 1].dropped ||
	    pk_line_is_blank(lines[p - 1].s, lines[p - 1].len)))
		p--;
	/* Prose both: a row of cells is no paragraph's end or start. */
	if (p == 0 || lines[i].len == 0 || lines[p - 1].len == 0 ||
	    memchr(lines[i].s, '\t', lines[i].len) != NULL ||
	    memchr(lines[p - 1].s, '\t', lines[p - 1].len) != NULL)
		return 0;
	if (lines[p - 1].page == lines[i].page) {
		if (!(lines[i].len > 5 && isdigit(s[0]) && isdigit(s[1]) &&
		    isdigit(s[2]) && isdigit(s[3]) && s[4] == ' ' &&
		    pk_norm_month_ends(lines[p - 1].s, lines[p - 1].len)))
			return 0;
	/* A small letter: ASCII, or Latin-1's (å, ä, ö, é) in UTF-8. */
	} else if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] == 0xc3 &&
	    lines[i].len > 1 && s[1] >= 0xa0 && s[1] <= 0xbf)))
		return 0;
	e = (const unsigned char *)lines[p - 1].s + lines[p - 1].len - 1;
	while (e > (const unsigned char *)lines[p - 1].s && *e == ' ')
		e--;
	return strchr(".!?:;*|)\t", *e) == NULL;
}

/*
 * The paragraph the page broke, in the item: its last <p>, in the
 * item's last section or decision if it ends there; NULL when the item
 * ends in something else (a table, a list, a field).
 */
static xmlNodePtr
broken_paragraph(struct run *r)
{
	xmlNodePtr	 n = r->state == ST_ITEM ? r->item : NULL;

	while (n != NULL && (n = xmlGetLastChild(n)) != NULL) {
		if (n->type != XML_ELEMENT_NODE)
			return NULL;
		if (xmlStrEqual(n->name, BAD_CAST "p"))
			return n;
		if (!xmlStrEqual(n->name, BAD_CAST "section") &&
		    !xmlStrEqual(n->name, BAD_CAST "decision"))
			return NULL;
	}
	return NULL;
}

/* Whether s starts a decision's clause ("att …"): 1, 0, or -1. */
static int
is_clause(struct run *r, const char *s, size_t len)
{
	struct groups	 g;
	int		 err = 0;

	if (pk_seg_try_rules(r, PK_SCOPE_DECISION, PK_KIND_CLAUSE, 0, s, len,
	    &g, &err) != NULL)
		return 1;
	return err ? -1 : 0;
}

static int
walk(struct run *r, struct pk_seg_line *lines, size_t n, struct pk_buf *joined)
{
	size_t			 i = 0, j, k;
	int			 taken, clause;
	xmlNodePtr		 para;
	struct pk_front_probe	 probe = { front_what, r };

	r->lines = lines;
	r->nlines = n;
	while (i < n) {
		if (lines[i].dropped || pk_line_is_blank(lines[i].s,
		    lines[i].len)) {
			if (lines[i].dropped)
				explain(r->seg, "%ld\tfurniture\t-\t%.*s\n",
				    lines[i].src_line,
				    shown(lines[i].s, lines[i].len), lines[i].s);
			i++;
			continue;
		}
		for (j = i; j < n && !lines[j].dropped &&
		    !pk_line_is_blank(lines[j].s, lines[j].len); j++)
			;
		pk_inline_reset(&r->in);
		pk_buf_reset(joined);
		for (k = i; k < j; k++)
			if ((k > i && pk_buf_putc(joined, '\n') == -1) ||
			    pk_buf_put(joined, lines[k].s, lines[k].len) == -1)
				return -1;
		r->src_line = lines[i].src_line;
		r->took = NULL;
		/* The block's first line, for the rules that look about it. */
		r->cur = i;
		/*
		 * Its first line goes on the paragraph the page broke, in a
		 * scan (a typewriter's paragraph is one line there; a word
		 * processor's clause "att …" is a line of its own).
		 */
		if (r->ocr && page_goes_on(lines, i) &&
		    (para = broken_paragraph(r)) != NULL) {
			if ((clause = is_clause(r, lines[i].s,
			    lines[i].len)) == -1)
				return -1;
			if (!clause) {
				if (pk_seg_text(r, para, " ") == -1 ||
				    pk_seg_emit(r, para, lines[i].s, 0,
				    (long)lines[i].len) == -1)
					return -1;
				explain(r->seg, "%ld\tgoes on\t-\t%.*s\n",
				    lines[i].src_line, shown(lines[i].s,
				    lines[i].len), lines[i].s);
				i++;	/* the rest of its block: its own */
				continue;
			}
		}
		r->block_start = 1;
		if (process_block(r, joined->data, joined->len, &taken) == -1)
			return -1;
		if (taken)
			explain_line(r, &lines[i], j - 1);
		for (k = i; k < j && !taken; k++) {
			long last = (long)k;

			r->src_line = lines[k].src_line;
			r->cur = k;
			r->block_start = k == i;
			r->took = NULL;
			if (r->container == NULL &&
			    (last = item_gather(r, lines, j, k)) == -1)
				return -1;
			if ((size_t)last != k) {
				/* An item's title over lines. */
				r->cont = NULL;
				if (process_line(r, r->gathered.data,
				    r->gathered.len) == -1)
					return -1;
				explain_line(r, &lines[k], (size_t)last);
				k = (size_t)last;
				continue;
			}
			if (r->state == ST_FRONT && r->container == NULL &&
			    (last = pk_front_gather(lines, n, k, &probe,
			    &r->gathered)) == -1)
				return -1;
			/* Gathered, it must still be what the profile knows. */
			if ((size_t)last != k) {
				int alone;
				enum pk_front_line w = front_what(r,
				    r->gathered.data, r->gathered.len, &alone);

				if (w == PK_FL_ERROR)
					return -1;
				if (w != PK_FL_FIELD && w != PK_FL_PEOPLE &&
				    w != PK_FL_SIGNATURES)
					last = (long)k;
			}
			if ((size_t)last == k) {
				if (process_line(r, lines[k].s, lines[k].len) ==
				    -1)
					return -1;
				explain_line(r, &lines[k], k);
				continue;
			}
			/* A field over lines, maybe past this block. */
			r->cont = NULL;
			if (process_line(r, r->gathered.data,
			    r->gathered.len) == -1)
				return -1;
			explain_line(r, &lines[k], (size_t)last);
			k = (size_t)last;
			if (k >= j) {
				j = k + 1;
				break;
			}
		}
		r->container = NULL;
		/* A list of names cut off after a comma goes on past it,
		 * and one that ended its page on the next. */
		r->cont_paged = !names_go_on(r) &&
		    names_over_page(r, lines, n, j);
		if (!names_go_on(r) && !r->cont_paged &&
		    !signatures_over_page(r, lines, n, j))
			r->cont = NULL;
		i = j;
	}
	return 0;
}

/* The key of an item's number as printed: its letters and digits. */
static void
num_key(const char *s, long a, long b, char *out, size_t size)
{
	size_t	 n = 0;

	for (; a < b && n + 1 < size; a++)
		if (isalnum((unsigned char)s[a]))
			out[n++] = (char)tolower((unsigned char)s[a]);
	out[n] = '\0';
}

/*
 * An agenda at the start that the body repeats: the first item lines,
 * one close under the other, whose numbers all come again later in the
 * same order.  They stay the agenda's rows; the items start where the
 * numbers come again.  Returns 0, or -1 (match limit, memory).
 */
static int
find_agenda(struct run *r, struct pk_seg_line *lines, size_t n)
{
	enum { MAXROWS = 200 };
	size_t		 idx[MAXROWS], nrow = 0, i, k, last = 0;
	char		(*key)[32] = NULL;
	long		 a, b;
	int		 rc = -1;

	if ((key = calloc(MAXROWS, sizeof(*key))) == NULL)
		return -1;
	/* The first item lines, rows of one block. */
	for (i = 0; i < n && nrow < MAXROWS; i++) {
		if (lines[i].dropped)
			continue;
		if (pk_line_is_blank(lines[i].s, lines[i].len)) {
			if (nrow > 0)
				break;
			continue;
		}
		if ((rc = pk_seg_item_number_at(r, &lines[i], &a, &b)) == -1)
			goto out;
		if (rc == 0) {
			if (nrow > 0)
				break;
			continue;
		}
		if (a < 0)
			break;
		num_key(lines[i].s, a, b, key[nrow], sizeof(key[0]));
		idx[nrow++] = i;
		last = i;
	}
	rc = 0;
	if (nrow < 2)
		goto out;
	/* Each number again, in order, after the run. */
	for (k = 0, i = last + 1; i < n && k < nrow; i++) {
		char kk[32];

		if ((rc = pk_seg_item_number_at(r, &lines[i], &a, &b)) == -1)
			goto out;
		if (rc == 0 || a < 0)
			continue;
		num_key(lines[i].s, a, b, kk, sizeof(kk));
		if (strcmp(kk, key[k]) == 0)
			k++;
	}
	if (k == nrow)
		for (k = 0; k < nrow; k++)
			lines[idx[k]].agenda = 1;
	rc = 0;
out:
	free(key);
	return rc;
}

int
pk_segment_run(struct pk_segment *seg, const struct pk_text *t,
    const struct pk_source *src, xmlDocPtr *out)
{
	struct run		*r;
	struct pk_seg_line	*lines = NULL;
	struct pk_fw_list	 fw = { 0 };
	struct pk_buf		 joined = { 0 };
	xmlNodePtr		 root, source_after;
	size_t			 i, ncontent = 0;
	int			 pages, rc = -1, marked;

	*out = NULL;
	if ((r = calloc(1, sizeof(*r))) == NULL) {
		pk_diag(seg->diag, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	r->seg = seg;
	r->diag = seg->diag;
	r->last_item = -1;
	r->ocr = pk_text_meta(t, "ocr-pages") != NULL;
	if (pk_choose_profile(seg->rules, seg->profile_name, seg->match_limit,
	    t, seg->explain, seg->diag, &r->choice) == -1)
		goto out;
	r->prof = r->choice.profile;
	if (pk_profile_jit(r->prof, seg->diag) == -1)
		goto out;
	r->m = pk_matcher_new(r->prof->max_groups, seg->match_limit);
	r->fired = calloc(r->prof->nrules + 1, 1);
	lines = pk_seg_lines_new(t);
	if (r->m == NULL || r->fired == NULL || lines == NULL)
		goto nomem;
	if (pk_furniture_strip(r->prof, r->m, t, lines, &fw, seg->diag) == -1)
		goto out;
	if (find_agenda(r, lines, t->nlines) == -1)
		goto out;
	if (pk_seg_scan_numbered(r, lines, t->nlines) == -1)
		goto out;
	pages = t->npages;
	for (i = 0; i < t->nlines; i++) {
		if (lines[i].page > pages)
			pages = lines[i].page;
		if (!lines[i].dropped &&
		    !pk_line_is_blank(lines[i].s, lines[i].len))
			ncontent++;
	}
	if (ncontent == 0) {
		pk_diag(seg->diag, PK_E_NO_CONTENT, 0, NULL);
		goto out;
	}

	if ((r->doc = xmlNewDoc(BAD_CAST "1.0")) == NULL)
		goto nomem;
	if ((root = xmlNewDocNode(r->doc, NULL, BAD_CAST "minutes", NULL)) ==
	    NULL)
		goto nomem;
	xmlDocSetRootElement(r->doc, root);
	if ((r->ns = xmlNewNs(root, BAD_CAST PK_MINUTES_NS, NULL)) == NULL)
		goto nomem;
	xmlSetNs(root, r->ns);
	xmlSetProp(root, BAD_CAST "version", BAD_CAST PK_MINUTES_VERSION);
	r->in.doc = r->doc;
	r->in.ns = r->ns;
	/* A guess on too little text is not recorded. */
	if (r->choice.lang.reliable)
		xmlNodeSetLang(root, BAD_CAST r->choice.lang.tag);
	if (source_node(r, root, t, src, pages) == -1)
		goto nomem;
	source_after = xmlGetLastChild(root);
	r->front = pk_seg_node(r, root, "front");
	r->items = pk_seg_node(r, root, "items");
	r->back = pk_seg_node(r, root, "back");
	if (r->front == NULL || r->items == NULL || r->back == NULL)
		goto nomem;
	if (walk(r, lines, t->nlines, &joined) == -1) {
		/* A pattern's limit, passed on by a test of a line that
		 * does not say it, is said here at that line. */
		if (seg->diag->nerrors == 0 && pk_matcher_limit_hit(r->m))
			pk_diag(seg->diag, PK_E_MATCH_LIMIT, r->src_line, NULL);
		else if (seg->diag->nerrors == 0)
			pk_diag(seg->diag, PK_E_NOMEM, 0, NULL);
		goto out;
	}
	if (pk_seg_fill_gaps(r) == -1)
		goto nomem;
	if (r->back->children == NULL) {
		xmlUnlinkNode(r->back);
		xmlFreeNode(r->back);
	}
	if (furniture_node(r, root, &fw) == -1 ||
	    pk_summary_add(r->doc, r->ns, source_after, r->front,
	    r->items) == -1 ||
	    header_meeting(r, source_after->next, &fw) == -1 ||
	    pk_votes_mark(r->items, r->prof, r->m) == -1)
		goto nomem;
	if ((marked = pk_officers_mark(r->items, r->prof, r->m)) ==
	    PK_OFFICERS_LIMIT) {
		pk_diag(seg->diag, PK_E_MATCH_LIMIT, 0, "officers' names");
		goto out;
	}
	if (marked == -1 || pk_parties_carry(root) == -1 ||
	    (r->prof->secretary_present &&
	    pk_signers_present(root, r->ns) == -1))
		goto nomem;
	*out = r->doc;
	r->doc = NULL;
	rc = 0;
	goto out;
nomem:
	pk_diag(seg->diag, PK_E_NOMEM, 0, NULL);
out:
	pk_seg_lines_free(lines, t->nlines);
	pk_fw_list_free(&fw);
	pk_buf_free(&joined);
	pk_buf_free(&r->gathered);
	pk_buf_free(&r->in.run);
	if (r->doc != NULL)
		xmlFreeDoc(r->doc);
	pk_matcher_free(r->m);
	free(r->fired);
	free(r->spans);
	free(r);
	return rc;
}
