/* Page furniture: running headers and footers found by recurrence, and profile patterns. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lines.h"
#include "listmark.h"
#include "normalize.h"

/*
 * Lines longer than this are content, never a running header: room for
 * a body's long name beside the record's kind ("**Nämnden för
 * arbetsmarknad, vuxenutbildning och integration**<TAB>PROTOKOLL").
 */
#define HEADER_MAX_LEN	120
/* How many lines at the top and bottom of a page may be furniture. */
#define EDGE_LINES	3
/* Fewer non-blank lines than this between two headers is not a page. */
#define MIN_PAGE_LINES	6

struct pk_seg_line *
pk_seg_lines_new(const struct pk_text *t)
{
	struct pk_seg_line	*lines;
	size_t			 i;

	if ((lines = calloc(t->nlines + 1, sizeof(*lines))) == NULL)
		return NULL;
	for (i = 0; i < t->nlines; i++) {
		lines[i].s = (char *)t->lines[i].s;
		lines[i].len = t->lines[i].len;
		lines[i].page = t->lines[i].page;
		lines[i].src_line = t->lines[i].src_line;
		lines[i].index = i;
	}
	return lines;
}

void
pk_seg_lines_free(struct pk_seg_line *lines, size_t n)
{
	size_t	 i;

	for (i = 0; lines != NULL && i < n; i++)
		if (lines[i].owned)
			free(lines[i].s);
	free(lines);
}

void
pk_fw_list_free(struct pk_fw_list *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
pk_line_is_blank(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '*' &&
		    s[i] != '\f' && s[i] != '\r')
			return 0;
	return 1;
}

static int
record(struct pk_fw_list *l, const char *type, const struct pk_seg_line *ln,
    size_t order, const char *text, size_t len)
{
	struct pk_fw	*v;

	if ((v = realloc(l->v, (l->n + 1) * sizeof(*v))) == NULL)
		return -1;
	l->v = v;
	v = &l->v[l->n];
	if ((v->text = strndup(text, len)) == NULL)
		return -1;
	v->type = type;
	v->page = ln->page;
	v->line_index = ln->index;
	v->src_line = ln->src_line;
	v->order = order;
	l->n++;
	return 0;
}

/*
 * Whether s (len bytes) is page's number and nothing else, as a page
 * shows it alone at its head or foot: "2", "- 2 -", "–2–", "(2)".
 */
static int
page_number_alone(const char *s, size_t len, int page)
{
	static const char *const marks[][2] = { { "", "" }, { "-", "-" },
	    { "\342\200\223", "\342\200\223" }, { "(", ")" } };
	size_t	 k, a, b, i;
	long	 n;

	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++) {
		size_t lo = strlen(marks[k][0]), lc = strlen(marks[k][1]);

		for (a = 0; a < len && (s[a] == ' ' || s[a] == '\t'); a++)
			;
		for (b = len; b > a && (s[b - 1] == ' ' || s[b - 1] == '\t');
		    b--)
			;
		if (b - a < lo + lc + 1 || memcmp(s + a, marks[k][0], lo) != 0 ||
		    memcmp(s + b - lc, marks[k][1], lc) != 0)
			continue;
		for (a += lo, b -= lc; a < b && s[a] == ' '; a++)
			;
		for (; b > a && s[b - 1] == ' '; b--)
			;
		if (b == a || b - a > 4)
			continue;
		for (i = a, n = 0; i < b && s[i] >= '0' && s[i] <= '9'; i++)
			n = n * 10 + (s[i] - '0');
		if (i == b && n == page)
			return 1;
	}
	return 0;
}

/*
 * What OCR makes of a typewriter's "- 2 -" centred at a page's head:
 * "- 2 oa", "2 -", "ES", "gr", "NG JR".  Six bytes at most, no stop or
 * colon (an item's "§ 7." has one), no run of three small letters (a
 * word); and a digit or a dash in it, or three bytes at most, or
 * capitals and a space, not a word ("VelKom", a committee's heading).
 * Only on a line alone in its block at a scanned page's head.
 */
static int
page_number_garbled(const char *s, size_t len)
{
	size_t	 a, b, i, run = 0;
	int	 mark = 0, small = 0, space = 0;

	for (a = 0; a < len && (s[a] == ' ' || s[a] == '\t'); a++)
		;
	for (b = len; b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'); b--)
		;
	if (b == a || b - a > 6)
		return 0;
	for (i = a; i < b; i++) {
		if (strchr(".:;,\t", s[i]) != NULL)
			return 0;
		run = islower((unsigned char)s[i]) ? run + 1 : 0;
		if (run >= 3)
			return 0;
		mark |= isdigit((unsigned char)s[i]) ||
		    strchr("-=$&~_|", s[i]) != NULL;
		small |= islower((unsigned char)s[i]);
		space |= s[i] == ' ';
	}
	/* A number alone that is not the page's is content (page_number_
	 * alone takes the page's own). */
	for (i = a; i < b && isdigit((unsigned char)s[i]); i++)
		;
	if (i == b)
		return 0;
	return mark || b - a <= 3 || (!small && space);
}

/*
 * A page's number alone on its first or last line, from page 2 on: a
 * page header or footer though it stands once (the number on page 2 of
 * two, of a typewriter's protocol).  Page 1 is left: its "1" may begin
 * the text.  Scanned (ocr), a garbled number alone in its block at the
 * page's head is one too, where no item rule takes it.
 */
static int
lone_page_numbers(const struct pk_profile *p, struct pk_matcher *m,
    struct pk_seg_line *lines, size_t n, int ocr, struct pk_fw_list *fw)
{
	size_t	 i, first, last, end;

	for (i = 0; i < n; i = end) {
		int page = lines[i].page;

		first = last = n;
		for (end = i; end < n && lines[end].page == page; end++) {
			if (lines[end].dropped ||
			    pk_line_is_blank(lines[end].s, lines[end].len))
				continue;
			if (first == n)
				first = end;
			last = end;
		}
		if (page < 2 || first == n)
			continue;
		if (page_number_alone(lines[first].s, lines[first].len,
		    page) || (ocr && page_number_garbled(lines[first].s,
		    lines[first].len) && (first + 1 == n ||
		    lines[first + 1].dropped || pk_line_is_blank(
		    lines[first + 1].s, lines[first + 1].len)) &&
		    pk_rules_starts_item(p, m, lines[first].s,
		    lines[first].len) == 0)) {
			lines[first].dropped = 1;
			if (record(fw, "header", &lines[first], 0,
			    lines[first].s, lines[first].len) == -1)
				return -1;
		} else if (last != first && page_number_alone(lines[last].s,
		    lines[last].len, page)) {
			lines[last].dropped = 1;
			if (record(fw, "footer", &lines[last], 0,
			    lines[last].s, lines[last].len) == -1)
				return -1;
		}
	}
	return 0;
}

/*
 * A list entry is content even when it recurs: one pk_list_marker
 * takes ("- ", "• ", "1. bevilja …", "2) …", as a decision's clauses
 * repeat its proposal's), and "– " and a lettered one ("(a) …", "a) …").
 */
static int
is_list_line(const struct pk_seg_line *ln)
{
	const char	*s = ln->s;
	size_t		 i = 0, n = ln->len;
	int		 ordered;

	if (pk_list_marker(s, n, &ordered) >= 0)
		return 1;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i >= 4 && memcmp(s + i, "\xe2\x80\x93 ", 4) == 0)
		return 1;
	if (i < n && s[i] == '(')
		i++;
	return i + 3 < n && islower((unsigned char)s[i]) && s[i + 1] == ')' &&
	    s[i + 2] == ' ' && s[i + 3] != ' ';
}

/* Record a whole line as a running header or footer and take it out. */
static int
drop_header(struct pk_fw_list *fw, struct pk_seg_line *ln, const char *type)
{
	if (record(fw, type, ln, 0, ln->s, ln->len) == -1)
		return -1;
	ln->dropped = 1;
	return 0;
}

/*
 * OCR reads a page's header a little differently on every page: its
 * key keeps only letters, lower case and without accents, and every
 * character OCR confuses with a digit (l i I 1 | o O 0 s S $ § 5 ...)
 * is one class with the digits, so that "Kommunalfullmäktige 1964"
 * and "Kommunalfullmaktlge l964." fold to the same key.
 */
static size_t
ocr_fold(const char *s, size_t len, char *out)
{
	static const char confusable[] = "0123456789lijo|!$s";
	const unsigned char *p = (const unsigned char *)s;
	size_t	 i, j = 0;

	for (i = 0; i < len; i++) {
		int c = p[i];

		if (c == 0xc3 && i + 1 < len) {
			/* Latin-1 letters in UTF-8: å ä à á â → a, ö ò ó ô → o,
			 * é è ê ë → e, the capitals likewise. */
			int l = p[++i] | 0x20;

			c = l >= 0xa0 && l <= 0xa5 ? 'a' : l >= 0xb2 &&
			    l <= 0xb6 ? 'o' : l >= 0xa8 && l <= 0xab ? 'e' :
			    '?';
		} else if (c == 0xc2 && i + 1 < len && p[i + 1] == 0xa7) {
			i++;
			c = '$';	/* § */
		} else if (c >= 0x80)
			continue;
		c = tolower(c);
		if (strchr(confusable, c) != NULL)
			out[j++] = '#';
		else if (isalpha(c) || c == '?')
			out[j++] = (char)c;
	}
	return j;
}

/*
 * A line's key as typeset: a run of digits as one '#' (page numbers
 * differ, "Sida 9 av 37" and "Sida 10 av 37" alike), emphasis marks
 * left out (Word sets the same footer upright on one page and italic
 * on the next), and a run of blanks and tabs one space (a header's
 * parts a tab apart on one page, a space on the next, as the page's
 * table columns fall).  Returns the key's length.
 */
static size_t
plain_fold(const char *s, size_t len, char *out)
{
	size_t	 i, j = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len && s[i + 1] == '*')
			out[j++] = s[++i];	/* a star of the text */
		else if (isdigit((unsigned char)s[i])) {
			if (j == 0 || out[j - 1] != '#')
				out[j++] = '#';
		} else if (s[i] == ' ' || s[i] == '\t') {
			if (j == 0 || out[j - 1] != ' ')
				out[j++] = ' ';
		} else if (s[i] != '*')
			out[j++] = s[i];
	}
	return j;
}

static char *
fold_key(const struct pk_seg_line *a, const struct pk_seg_line *b, int ocr)
{
	size_t	 (*fold)(const char *, size_t, char *) = ocr ? ocr_fold :
		    plain_fold;
	size_t	 len = a->len + (b ? b->len + 1 : 0), j;
	char	*key;

	/* Read by OCR, a line is compared by a looser key. */
	if ((key = malloc(len + 1)) == NULL)
		return NULL;
	j = fold(a->s, a->len, key);
	if (b != NULL) {
		key[j++] = '\n';
		j += fold(b->s, b->len, key + j);
	}
	key[j] = '\0';
	return key;
}

static int
cmpkey(const void *a, const void *b)
{
	const char *const *x = a, *const *y = b;

	return strcmp(*x, *y);
}

/*
 * A case number or a section's label ("Beslut", "Vedtak:"): they recur
 * in every item and at a page's edge, and are content.  A match error
 * counts as a match: what cannot be told is kept.
 */
static int
item_label(const struct pk_profile *p, struct pk_matcher *m,
    const struct pk_seg_line *ln)
{
	return pk_rules_match_kind(p, m, PK_SCOPE_ITEM, PK_KIND_CASE, ln->s,
	    ln->len) != 0 || pk_rules_match_kind(p, m, PK_SCOPE_ITEM,
	    PK_KIND_SECTION, ln->s, ln->len) != 0;
}

/*
 * A section's label alone on its line ("Beslutsunderlag", "Votering"),
 * with no text after it: what stands under it is the section's.  A
 * match error counts as a label: what cannot be told is kept.
 */
static int
section_label(const struct pk_profile *p, struct pk_matcher *m,
    const struct pk_seg_line *ln)
{
	return pk_rules_label_alone(p, m, PK_KIND_SECTION, ln->s,
	    ln->len) != 0;
}

/* Whether a footer pattern of p takes ln's plain text whole: 1, 0, -1. */
static int
footer_line(const struct pk_profile *p, struct pk_matcher *m,
    const struct pk_seg_line *ln)
{
	size_t	 r;
	long	 a, b;
	int	 rc;

	for (r = 0; r < p->nfurniture; r++) {
		if (strcmp(p->furniture[r].type, "footer") != 0)
			continue;
		if ((rc = pk_match_plain(m, p->furniture[r].re, ln->s, ln->len,
		    0)) == -1)
			return -1;
		if (rc == 0)
			continue;
		pk_match_group(m, 0, &a, &b);
		if (pk_line_is_blank(ln->s, (size_t)a) &&
		    pk_line_is_blank(ln->s + b, ln->len - (size_t)b))
			return 1;
	}
	return 0;
}

/*
 * Without form feeds there are no pages to compare, but a printed
 * page's header still recurs: any run of two or more short lines that
 * occurs more than once is a running header.  Each later occurrence
 * starts a new page.  Sorting the keys keeps this O(n log n).
 */
static int
running_headers_unpaged(const struct pk_profile *p, struct pk_matcher *m,
    struct pk_seg_line *lines, size_t n, int ocr, struct pk_fw_list *fw)
{
	size_t	*idx = NULL, nidx = 0, i, k, npairs;
	char	**keys = NULL, **sorted = NULL;
	char	*mark = NULL;
	int	 rc = -1, page = 1;

	if ((idx = malloc((n + 1) * sizeof(*idx))) == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (!lines[i].dropped &&
		    !pk_line_is_blank(lines[i].s, lines[i].len))
			idx[nidx++] = i;
	if (nidx < 4) {
		free(idx);
		return 0;
	}
	npairs = nidx - 1;
	keys = calloc(npairs, sizeof(*keys));
	sorted = calloc(npairs, sizeof(*sorted));
	mark = calloc(nidx, 1);
	if (keys == NULL || sorted == NULL || mark == NULL)
		goto out;
	for (k = 0; k < npairs; k++) {
		const struct pk_seg_line *a = &lines[idx[k]],
		    *b = &lines[idx[k + 1]];

		if (a->len > HEADER_MAX_LEN || b->len > HEADER_MAX_LEN ||
		    is_list_line(a) || is_list_line(b) ||
		    memchr(a->s, '\t', a->len) || memchr(b->s, '\t', b->len) ||
		    pk_rules_starts_item(p, m, a->s, a->len) != 0 ||
		    pk_rules_starts_item(p, m, b->s, b->len) != 0 ||
		    item_label(p, m, a) || item_label(p, m, b))
			continue;
		if ((keys[k] = fold_key(a, b, ocr)) == NULL)
			goto out;
		sorted[k] = keys[k];
	}
	/* NULL keys sort first: compact them away. */
	for (i = k = 0; i < npairs; i++)
		if (sorted[i] != NULL)
			sorted[k++] = sorted[i];
	if (k > 1)
		qsort(sorted, k, sizeof(*sorted), cmpkey);
	for (i = 0; i < npairs; i++) {
		const char **hit;
		size_t pos;

		if (keys[i] == NULL)
			continue;
		hit = bsearch(&keys[i], sorted, k, sizeof(*sorted), cmpkey);
		if (hit == NULL)
			continue;
		pos = (size_t)(hit - (const char **)sorted);
		if ((pos > 0 && strcmp(sorted[pos - 1], keys[i]) == 0) ||
		    (pos + 1 < k && strcmp(sorted[pos + 1], keys[i]) == 0))
			mark[i] = mark[i + 1] = 1;
	}
	/*
	 * A page holds more than its header: occurrences closer than
	 * MIN_PAGE_LINES apart are repeated content, not a header.
	 */
	for (i = 0; i < npairs; i++) {
		size_t j;

		if (!mark[i] || keys[i] == NULL)
			continue;
		for (j = i + 1; j < npairs && j < i + MIN_PAGE_LINES; j++)
			if (keys[j] != NULL && strcmp(keys[i], keys[j]) == 0) {
				memset(mark + i, 0, 2);
				memset(mark + j, 0, 2);
			}
	}
	/*
	 * A run that ends in a page number by the profile's footer patterns
	 * ("Signed … Dated …" over "Page 1 of 3") ends its page: a footer,
	 * the next page starting after it.  A run right under a section's
	 * label is the section's (the same papers listed under
	 * "Beslutsunderlag" in two items).
	 */
	for (i = 0; i < nidx; i++) {
		size_t	 end;
		int	 rc2;

		if (!mark[i] || (i > 0 && mark[i - 1]))
			continue;
		for (end = i; end + 1 < nidx && mark[end + 1]; end++)
			;
		if (i > 0 && section_label(p, m, &lines[idx[i - 1]])) {
			memset(mark + i, 0, end - i + 1);
			continue;
		}
		if ((rc2 = footer_line(p, m, &lines[idx[end]])) == -1)
			goto out;
		if (rc2 == 1)
			memset(mark + i, 2, end - i + 1);
	}
	/* Assign pages to every line, then record. */
	page = 1;
	k = 0;
	for (i = 0; i < n; i++) {
		int after = 0;

		if (k < nidx && idx[k] == i) {
			if (mark[k] == 1 && k > 0 && !mark[k - 1])
				page++;
			after = mark[k] == 2 && k + 1 < nidx && mark[k + 1] != 2;
			k++;
		}
		lines[i].page = page;
		page += after;
	}
	for (i = 0; i < nidx; i++)
		if (mark[i] && drop_header(fw, &lines[idx[i]], mark[i] == 2 ?
		    "footer" : "header") == -1)
			goto out;
	rc = 0;
out:
	for (i = 0; keys != NULL && i < npairs; i++)
		free(keys[i]);
	free(keys);
	free(sorted);
	free(mark);
	free(idx);
	return rc;
}

/* The keys the candidate comparators below sort by. */
static char **sort_keys;

static int
cmpcand(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;
	int	 c = strcmp(sort_keys[x], sort_keys[y]);

	return c != 0 ? c : (x > y) - (x < y);
}

static int
cmpindex(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/*
 * The pages on which the candidates cand[from..to) (one key, in the order
 * of the lines) stand at the top, edges[0], and at the foot, edges[1]; the
 * extractor's own records, whose edge is their kind's, aside.
 */
static void
edge_pages(const struct pk_seg_line *lines, const size_t *cand,
    const char *bottom, size_t from, size_t to, int edges[2])
{
	int	 last[2] = { 0, 0 };
	size_t	 k;

	edges[0] = edges[1] = 0;
	for (k = from; k < to; k++) {
		const struct pk_seg_line *ln = &lines[cand[k]];
		int e = bottom[cand[k]] ? 1 : 0;

		if (ln->extractor_fw || ln->page == last[e])
			continue;
		last[e] = ln->page;
		edges[e]++;
	}
}

/*
 * With form feeds: a line among the first or last few of a page whose
 * folded text recurs on at least two pages and on half of them.  The
 * first page is where a title stands, so there a line counts only when
 * the line after it recurs after it elsewhere too.  With ocr, the text
 * was read by OCR and lines are compared by a looser key.
 */
/*
 * Whether an item's number repeated at the top of its pages stands here
 * for the first time: there it starts the item, and is not furniture.
 */
static int
first_item_line(const struct pk_profile *p, struct pk_matcher *m,
    const struct pk_seg_line *lines, size_t i, const char *s, size_t len)
{
	size_t	 j;

	if (pk_rules_starts_item(p, m, s, len) != 1)
		return 0;
	for (j = 0; j < i; j++)
		if (lines[j].len == len && memcmp(lines[j].s, s, len) == 0)
			return 0;
	return 1;
}

/* Whether key holds no letter: a number alone, as folded. */
static int
letterless(const char *key)
{
	for (; *key != '\0'; key++)
		if (isalpha((unsigned char)*key))
			return 0;
	return 1;
}

/* Whether s[0..len) holds a section sign (UTF-8). */
static int
has_section_sign(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i + 1 < len; i++)
		if ((unsigned char)s[i] == 0xc2 &&
		    (unsigned char)s[i + 1] == 0xa7)
			return 1;
	return 0;
}

/*
 * Whether the numbers of a group of lines with no letter, cand[i..j) in
 * document order, bottom[] saying which stand at a page's foot, run as
 * a page's number does, or as an item's repeated over its pages: on at
 * least half of the steps from a page to the next at the same edge, up
 * by as many as the pages ("2" to "3", also past a page without) or the
 * same ("§139" over both pages of § 139), and the same on every page
 * (a date) however they stand.  Item numbers a scan's pages start or
 * end with ("§ 116." over "§ 120.", "§ 7." at a foot and "§ 8." at the
 * next head, "§ 9." at the head after: with a section sign, rising
 * with the pages does not count) do not, and are content.  Fewer than
 * two numbers read: as the recurrence says.
 */
static int
numbers_run_with_pages(const struct pk_seg_line *lines, const size_t *cand,
    const char *bottom, size_t i, size_t j)
{
	long	 v, last[2] = { -1, -1 }, first = -1;
	int	 lastpage[2] = { 0, 0 }, e, read = 0, same = 1, sign = 0;
	long	 steps = 0, stay = 0, rise = 0;
	size_t	 k;

	for (k = i; k < j; k++)
		sign |= has_section_sign(lines[cand[k]].s,
		    lines[cand[k]].len);
	for (k = i; k < j; k++) {
		const struct pk_seg_line *ln = &lines[cand[k]];

		e = bottom[cand[k]] != 0;
		if ((v = pk_norm_number(ln->s, ln->len)) < 0 ||
		    ln->page == lastpage[e])
			continue;
		read++;
		if (first < 0)
			first = v;
		same &= v == first;
		if (last[e] >= 0) {
			steps++;
			stay += v == last[e];
			rise += v != last[e] &&
			    v - last[e] == ln->page - lastpage[e];
		}
		last[e] = v;
		lastpage[e] = ln->page;
	}
	/* A page's number has no section sign: "§ 7." at one page's head
	 * and "§ 8." at the next's are items however they rise. */
	if (sign)
		rise = 0;
	return read < 2 || same || (steps > 0 && (stay + rise) * 2 >= steps);
}

/*
 * Whether one of the numbers of the lines cand[i..j) rises with the
 * pages, as a page's number does ("Sida 2 av 5" on page 2, "Sida 4 av
 * 5" on page 4): the n-th number of every line, less its page, is the
 * same.  An agenda's row at one page's foot and its item's heading at
 * another's head ("68/25"), or a vote's count ("7 for, 3 against")
 * do not.
 */
#define PAGE_NUMS	8
static int
numbers_rise_with_pages(const struct pk_seg_line *lines, const size_t *cand,
    size_t i, size_t j)
{
	long	 off[PAGE_NUMS];
	int	 alive[PAGE_NUMS], nmin = PAGE_NUMS, q, any;
	size_t	 k, x;

	for (q = 0; q < PAGE_NUMS; q++) {
		off[q] = 0;
		alive[q] = 1;
	}
	for (k = i; k < j; k++) {
		const struct pk_seg_line *ln = &lines[cand[k]];
		int c = 0;

		for (x = 0; x < ln->len && c < PAGE_NUMS; ) {
			long v = 0;

			if (!isdigit((unsigned char)ln->s[x])) {
				x++;
				continue;
			}
			for (; x < ln->len && isdigit((unsigned char)ln->s[x]) &&
			    v < 100000; x++)
				v = v * 10 + (ln->s[x] - '0');
			if (k == i)
				off[c] = v - ln->page;
			else if (c < nmin && v - ln->page != off[c])
				alive[c] = 0;
			c++;
		}
		if (c < nmin)
			nmin = c;
	}
	for (q = 0, any = 0; q < nmin; q++)
		any |= alive[q];
	return any;
}

static int
running_headers_paged(const struct pk_profile *p, struct pk_matcher *m,
    struct pk_seg_line *lines, size_t n, int npages, int ocr,
    struct pk_fw_list *fw)
{
	size_t	 i, j, ncand = 0, *cand, *next, *prevl;
	char	**keys;
	char	*hit, *bottom, *under;
	int	 rc = -1;

	if (npages < 2)
		return 0;
	bottom = calloc(n + 1, 1);
	under = calloc(n + 1, 1);
	cand = malloc(n * sizeof(*cand));
	next = malloc(n * sizeof(*next));
	prevl = malloc(n * sizeof(*prevl));
	keys = calloc(n, sizeof(*keys));
	hit = calloc(n, 1);
	if (cand == NULL || next == NULL || keys == NULL || hit == NULL ||
	    bottom == NULL || prevl == NULL || under == NULL)
		goto out;
	for (i = 0; i < n; ) {
		size_t first = i, end, nb = 0, pos, last = n;
		int page = lines[i].page;

		while (i < n && lines[i].page == page)
			i++;
		end = i;
		/*
		 * The extractor's own records count too: it may have seen
		 * "Sida 10 av 37" to "Sida 37 av 37" and not pages 1 to 9.
		 */
		for (j = first; j < end; j++)
			if (!lines[j].dropped &&
			    !pk_line_is_blank(lines[j].s, lines[j].len))
				nb++;
		pos = 0;
		for (j = first; j < end; j++) {
			if (lines[j].extractor_fw && lines[j].len <=
			    HEADER_MAX_LEN) {
				/* Counted with its kind, not on the page. */
				bottom[j] = 0;
				cand[ncand++] = j;
				next[j] = prevl[j] = n;
				if ((keys[j] = fold_key(&lines[j], NULL, ocr)) ==
				    NULL)
					goto out;
				continue;
			}
			if (lines[j].dropped ||
			    pk_line_is_blank(lines[j].s, lines[j].len))
				continue;
			next[j] = n;
			prevl[j] = last;
			if (last != n)
				next[last] = j;
			last = j;
			if ((pos < EDGE_LINES || pos + EDGE_LINES >= nb) &&
			    lines[j].len <= HEADER_MAX_LEN && !lines[j].title &&
			    !is_list_line(&lines[j]) &&
			    !item_label(p, m, &lines[j])) {
				/* Below the middle of the page: a footer. */
				bottom[j] = pos >= EDGE_LINES && pos * 2 >= nb;
				/* Under a section's label (see below). */
				under[j] = prevl[j] != n && section_label(p, m,
				    &lines[prevl[j]]);
				cand[ncand++] = j;
				if ((keys[j] = fold_key(&lines[j], NULL, ocr)) ==
				    NULL)
					goto out;
			}
			pos++;
		}
	}
	/* Group the candidates by key: O(n log n), not every pair. */
	sort_keys = keys;
	if (ncand > 1)
		qsort(cand, ncand, sizeof(*cand), cmpcand);
	for (i = 0; i < ncand; i = j) {
		int pages = 0, lastpage = 0, seen, edges[2], numberless;
		int parity = -1, ofparity;
		size_t k;

		/*
		 * Under a section's label on its page, a line is the
		 * section's: "Innkalling godkjennes." under both
		 * "Innstilling" and "Vedtak", each at a page's foot.  Such
		 * lines count no page; where the others make a running line
		 * of it, they are that line too ("Sida 10" under a "Beslut"
		 * left at a page's foot).
		 */
		for (j = i; j < ncand && strcmp(keys[cand[i]],
		    keys[cand[j]]) == 0; j++) {
			if (under[cand[j]] || lines[cand[j]].page == lastpage)
				continue;
			pages++;
			lastpage = lines[cand[j]].page;
			/* 0 or 1 while all its pages are even or odd. */
			if (parity == -1 || parity == (lastpage & 1))
				parity = lastpage & 1;
			else
				parity = 2;
		}
		/*
		 * Of every page, or of every other page where a layout's
		 * left and right pages have headers of their own ("Sida
		 * 4(9)<TAB>Nämnden" on the even ones), three of them at
		 * least, to the last of them.
		 */
		ofparity = parity == 0 ? npages / 2 : (npages + 1) / 2;
		if (pages < 2 || (pages * 2 < npages && (parity > 1 ||
		    pages < 3 || pages * 2 < ofparity ||
		    lastpage + 1 < npages)))
			continue;
		/*
		 * A page style prints its header and footer on every page
		 * from the first it applies to, to the last: a line on two
		 * pages only of a longer text, the last not among them, is
		 * content that a page break put at two pages' edges (the
		 * secretary's name under "Sekreterare" at page 1's foot and
		 * under "Underskrift" at page 2's, of three).  Not where OCR
		 * read the pages: it may have misread the last one's.
		 */
		if (pages == 2 && npages > 2 && lastpage != npages && !ocr)
			continue;
		if (letterless(keys[cand[i]]) &&
		    !numbers_run_with_pages(lines, cand, bottom, i, j))
			continue;
		/*
		 * The extractor saw it as a header on the other pages, and it
		 * holds a number (the page's): on the first page too.  A
		 * title the header repeats has none ("Kommunstyrelsen").
		 */
		for (k = i, seen = 0; k < j && !seen; k++)
			seen = lines[cand[k]].extractor_fw;
		seen = seen && !ocr && strchr(keys[cand[i]], '#') != NULL;
		edge_pages(lines, cand, bottom, i, j, edges);
		numberless = (strchr(keys[cand[i]], '#') == NULL ||
		    !numbers_rise_with_pages(lines, cand, i, j)) &&
		    !letterless(keys[cand[i]]);
		for (k = i; k < j; k++) {
			size_t a = cand[k], b, l;
			int paired = seen;

			/*
			 * At the top of some pages and the foot of others,
			 * each edge must recur on its own: "Justerande" at
			 * the foot of page 1 over the line to sign on, the
			 * same caption heading page 2, is no running header;
			 * nor an item's heading at the top of a page that the
			 * agenda's row at the foot of page 1 repeats.  (A
			 * page's number may stand where the reading order
			 * puts it: its key holds '#'.)
			 */
			if (numberless && edges[0] > 0 && edges[1] > 0 &&
			    !lines[a].extractor_fw && edges[bottom[a] ? 1 : 0] < 2)
				continue;
			if (lines[a].page > 1 || bottom[a]) {
				hit[a] = (char)(1 + bottom[a]);
				continue;
			}
			/* On the first page, the line next to it recurs too. */
			for (l = i; l < j && !paired; l++) {
				b = cand[l];
				if (lines[b].page == lines[a].page)
					continue;
				paired = (next[a] < n && next[b] < n &&
				    keys[next[a]] != NULL &&
				    keys[next[b]] != NULL &&
				    strcmp(keys[next[a]], keys[next[b]]) == 0) ||
				    (prevl[a] < n && prevl[b] < n &&
				    keys[prevl[a]] != NULL &&
				    keys[prevl[b]] != NULL &&
				    strcmp(keys[prevl[a]], keys[prevl[b]]) == 0);
			}
			hit[a] = (char)(paired ? 1 + bottom[a] : 0);
		}
	}
	if (ncand > 1)
		qsort(cand, ncand, sizeof(*cand), cmpindex);
	for (i = 0; i < ncand; i++)
		if (hit[cand[i]] && !lines[cand[i]].extractor_fw &&
		    !first_item_line(p, m, lines, cand[i],
		    lines[cand[i]].s, lines[cand[i]].len) &&
		    drop_header(fw, &lines[cand[i]],
		    hit[cand[i]] == 2 ? "footer" : "header") == -1)
			goto out;
	rc = 0;
out:
	for (i = 0; keys != NULL && i < n; i++)
		free(keys[i]);
	free(keys);
	free(cand);
	free(next);
	free(prevl);
	free(hit);
	free(bottom);
	free(under);
	return rc;
}

/* Make the line's text an owned copy so that it can be edited. */
static int
own(struct pk_seg_line *ln)
{
	char	*copy;

	if (ln->owned)
		return 0;
	if ((copy = malloc(ln->len + 1)) == NULL)
		return -1;
	memcpy(copy, ln->s, ln->len);
	copy[ln->len] = '\0';
	ln->s = copy;
	ln->owned = 1;
	return 0;
}

static size_t
stars(const char *s, size_t from, size_t to, int backward)
{
	size_t	 n = 0;

	if (backward)
		while (from > to && s[from - 1] == '*')
			from--, n++;
	else
		while (from < to && s[from] == '*')
			from++, n++;
	return n;
}

static int
strip_patterns(const struct pk_profile *p, struct pk_matcher *m,
    struct pk_seg_line *ln, struct pk_fw_list *fw, struct pk_diag *d)
{
	size_t	 r, order = 0;
	long	 s, e;
	int	 rc;

	for (r = 0; r < p->nfurniture; r++) {
		size_t from = 0;

		for (;;) {
			size_t a, b, before, after, pair;

			rc = pk_match(m, p->furniture[r].re, ln->s, ln->len,
			    from);
			if (rc == -1) {
				pk_diag(d, PK_E_MATCH_LIMIT, ln->src_line,
				    "furniture pattern");
				return -1;
			}
			if (rc == 0)
				break;
			pk_match_group(m, 0, &s, &e);
			if (e == s) {
				if ((size_t)e >= ln->len)
					break;
				from = (size_t)e + 1;
				continue;
			}
			if (record(fw, p->furniture[r].type, ln,
			    order++ + (size_t)s, ln->s + s, (size_t)(e - s))
			    == -1 || own(ln) == -1) {
				pk_diag(d, PK_E_NOMEM, 0, NULL);
				return -1;
			}
			/* Take a balanced emphasis pair around it along. */
			a = (size_t)s;
			b = (size_t)e;
			before = stars(ln->s, a, 0, 1);
			after = stars(ln->s, b, ln->len, 0);
			pair = before < after ? before : after;
			if (pair > 2)
				pair = 2;
			a -= pair;
			b += pair;
			memmove(ln->s + a, ln->s + b, ln->len - b);
			ln->len -= b - a;
			ln->s[ln->len] = '\0';
			from = a;
		}
	}
	if (ln->owned && pk_line_is_blank(ln->s, ln->len))
		ln->dropped = 1;
	return 0;
}

/*
 * The next line from i on that is neither blank nor dropped (or, with
 * marked, dropped as the extractor's furniture), or n.
 */
static size_t
next_line(const struct pk_seg_line *lines, size_t n, size_t i, int marked)
{
	while (i < n && ((lines[i].dropped && !(marked &&
	    lines[i].extractor_fw)) ||
	    pk_line_is_blank(lines[i].s, lines[i].len)))
		i++;
	return i;
}

/* Whether a header pattern of p takes s[0..len) whole: 1, 0, -1. */
static int
header_whole(const struct pk_profile *p, struct pk_matcher *m,
    const char *s, size_t len)
{
	size_t	 r;
	long	 a, b;
	int	 rc;

	for (r = 0; r < p->nfurniture; r++) {
		if (strcmp(p->furniture[r].type, "header") != 0)
			continue;
		if ((rc = pk_match(m, p->furniture[r].re, s, len, 0)) == -1)
			return -1;
		if (rc == 0)
			continue;
		pk_match_group(m, 0, &a, &b);
		if (a == 0 && (size_t)b == len)
			return 1;
	}
	return 0;
}

/*
 * A running header the profile's header patterns take on one line,
 * set over a page's first two lines: the body on one, the meeting's
 * date wrapped onto the next ("Economy, Regeneration and Housing
 * Overview and Scrutiny Committee" over "24th June 2021"), on a page
 * after the first, where it cannot recur.  The two lines, joined by a
 * TAB as the cells of one, must be taken whole.  The first may be one
 * the extractor marked as a header already: the date under it is the
 * rest of it.
 */
static int
header_over_two_lines(const struct pk_profile *p, struct pk_matcher *m,
    struct pk_seg_line *lines, size_t n, struct pk_fw_list *fw,
    struct pk_diag *d)
{
	struct pk_buf	 both = { 0 };
	size_t		 i, j;
	int		 page = 1, rc = 0;

	for (i = next_line(lines, n, 0, 1); i < n && rc == 0;
	    i = next_line(lines, n, i + 1, 1)) {
		if (lines[i].page <= page)
			continue;
		page = lines[i].page;
		j = next_line(lines, n, i + 1, 0);
		if (j == n || lines[j].page != page ||
		    memchr(lines[j].s, '\t', lines[j].len) != NULL)
			continue;
		both.len = 0;
		if (pk_buf_put(&both, lines[i].s, lines[i].len) == -1 ||
		    pk_buf_putc(&both, '\t') == -1 ||
		    pk_buf_put(&both, lines[j].s, lines[j].len) == -1)
			goto nomem;
		if ((rc = header_whole(p, m, both.data, both.len)) == -1) {
			pk_diag(d, PK_E_MATCH_LIMIT, lines[i].src_line,
			    "furniture pattern");
			break;
		}
		if (rc == 1 && ((!lines[i].dropped &&
		    drop_header(fw, &lines[i], "header") == -1) ||
		    drop_header(fw, &lines[j], "header") == -1))
			goto nomem;
		rc = 0;
	}
	pk_buf_free(&both);
	return rc;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
	pk_buf_free(&both);
	return -1;
}

static int
cmpfw(const void *a, const void *b)
{
	const struct pk_fw *x = a, *y = b;

	if (x->src_line != y->src_line)
		return x->src_line < y->src_line ? -1 : 1;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return 0;
}

/* Whether no other line of t is the same text as line i. */
static int
stands_once(const struct pk_text *t, size_t i)
{
	size_t	 j;

	for (j = 0; j < t->nlines; j++)
		if (j != i && t->lines[j].len == t->lines[i].len &&
		    memcmp(t->lines[j].s, t->lines[i].s, t->lines[i].len) == 0)
			return 0;
	return 1;
}

int
pk_furniture_strip(const struct pk_profile *p, struct pk_matcher *m,
    const struct pk_text *t, struct pk_seg_line *lines, struct pk_fw_list *fw,
    struct pk_diag *d)
{
	size_t	 i;
	int	 ocr, content = 0;

	for (i = 0; i < t->nlines; i++) {
		struct pk_seg_line *ln = &lines[i];

		if (t->lines[i].fw_type == NULL) {
			content |= !pk_line_is_blank(ln->s, ln->len);
			continue;
		}
		/*
		 * The title the header repeats on every page, above all
		 * content of the first: where a heading rule of the profile
		 * takes it ("Lincoln Square Special Service Area #21"), it
		 * names the body, and is content there.
		 */
		if (!content && ln->page <= 1 &&
		    strncmp(t->lines[i].fw_type, "header", 6) == 0 &&
		    pk_rules_match_kind(p, m, PK_SCOPE_FRONT, PK_KIND_HEADING,
		    ln->s, ln->len) == 1) {
			ln->title = 1;
			continue;
		}
		/*
		 * The extractor saw "§ 139" on each page of item 139, or a
		 * case number at the top of every page: content, where it
		 * first stands and always.
		 */
		if (strncmp(t->lines[i].fw_type, "header", 6) == 0 &&
		    (first_item_line(p, m, lines, i, ln->s, ln->len) ||
		    pk_rules_match_kind(p, m, PK_SCOPE_ITEM, PK_KIND_CASE,
		    ln->s, ln->len) == 1))
			continue;
		/*
		 * An item's heading left at the foot of a page, whose text
		 * the agenda's row at the foot of page 1 repeats: the two
		 * recur, but each stands once as it is; a running footer
		 * that starts an item stands alike on its pages.
		 */
		if (strncmp(t->lines[i].fw_type, "footer", 6) == 0 &&
		    pk_rules_starts_item(p, m, ln->s, ln->len) == 1 &&
		    stands_once(t, i))
			continue;
		/* Nor is a section's label ("Vedtak:") at a page's foot. */
		if (strncmp(t->lines[i].fw_type, "mark", 4) != 0 &&
		    pk_rules_match_kind(p, m, PK_SCOPE_ITEM, PK_KIND_SECTION,
		    ln->s, ln->len) == 1)
			continue;
		ln->dropped = 1;
		ln->extractor_fw = 1;
		if (record(fw, strncmp(t->lines[i].fw_type, "footer", 6) == 0 ?
		    "footer" : strncmp(t->lines[i].fw_type, "mark", 4) == 0 ?
		    "mark" : "header", ln, 0, ln->s, ln->len) == -1)
			goto nomem;
	}
	for (i = 0; i < t->nlines; i++)
		if (!lines[i].dropped &&
		    strip_patterns(p, m, &lines[i], fw, d) == -1)
			return -1;
	if (t->has_formfeed &&
	    header_over_two_lines(p, m, lines, t->nlines, fw, d) == -1)
		return -1;
	ocr = pk_text_meta(t, "ocr-pages") != NULL;
	if (p->running_header) {
		if (t->has_formfeed) {
			if (running_headers_paged(p, m, lines, t->nlines,
			    t->npages, ocr, fw) == -1)
				goto nomem;
		} else if (running_headers_unpaged(p, m, lines, t->nlines, ocr,
		    fw) == -1)
			goto nomem;
	}
	if (t->has_formfeed && lone_page_numbers(p, m, lines, t->nlines, ocr,
	    fw) == -1)
		goto nomem;
	/* Running headers may have found pages the text did not mark. */
	for (i = 0; i < fw->n; i++)
		fw->v[i].page = lines[fw->v[i].line_index].page;
	if (fw->n > 1)
		qsort(fw->v, fw->n, sizeof(*fw->v), cmpfw);
	return 0;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
	return -1;
}
