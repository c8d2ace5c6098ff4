/* Item numbers: as OCR may have read them, their parts and letters, and whether they keep the sequence. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segrun.h"

/* The digit OCR misread as the letter c (l for 1, O for 0), or 0. */
char
pk_seg_ocr_digit(int c)
{
	return c == 'l' || c == 'I' || c == '|' ? '1' :
	    c == 'O' || c == 'o' ? '0' : 0;
}

/*
 * An item number as OCR may have read it: "$ 83", "S 83", "5 83",
 * "S$ 83", "883" (the § read as a digit), "8l" (1 read as l), "§l1"
 * (a speck beside the § read as l: 1 where 1 is expected).  Letters
 * OCR takes for digits count as those digits; of the readings, the one
 * that is expect (when >= 0) wins.  Returns the number, or -1.
 */
long
pk_seg_ocr_number(const char *s, size_t len, long expect)
{
	char	 d[32];
	size_t	 i, n = 0, last_sp = 0;
	long	 whole, rest;
	int	 lead_letter = 0;

	for (i = 0; i < len && n + 1 < sizeof(d); i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= '0' && c <= '9')
			d[n++] = (char)c;
		else if (pk_seg_ocr_digit(c) == '1' || (n > 0 && c == 'i')) {
			lead_letter |= n == 0;
			d[n++] = '1';
		}
		else if (n > 0 && pk_seg_ocr_digit(c) == '0')
			d[n++] = '0';
		else if (c == ' ' && n > 0)
			last_sp = n;	/* "5 83": the sign, then the number */
		else if (n == 1 && strchr("853", d[0]) != NULL &&
		    strchr("-:;,'", (int)c) != NULL)
			;	/* "8-3.": the § read as 8, a mark, the number */
		else if (n > 0 && c != '.')
			break;
	}
	d[n] = '\0';
	if (n == 0)
		return -1;
	if (last_sp > 0 && last_sp < n)
		return strtol(d + last_sp, NULL, 10);
	whole = strtol(d, NULL, 10);
	/* The § read as 8, 5 or 3 and run into the number, or a speck
	 * beside it read as l ("§l1." for "§1."). */
	rest = n > 1 && (strchr("853", d[0]) != NULL || lead_letter) ?
	    strtol(d + 1, NULL, 10) : -1;
	if (expect >= 0 && rest == expect && whole != expect)
		return rest;
	return whole;
}

/* The n of the num element under head, where OCR's reading was mended. */
void
pk_seg_set_num(xmlNodePtr head, long num)
{
	xmlNodePtr	 c;
	char		 buf[24];

	for (c = head->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(c->name, BAD_CAST "num") == 0) {
			snprintf(buf, sizeof(buf), "%ld", num);
			xmlSetProp(c, BAD_CAST "n", BAD_CAST buf);
			return;
		}
		pk_seg_set_num(c, num);
	}
}

/*
 * Whether an item rule takes line ln: 1 with the span of its number in
 * *a, *b (-1 where it has none), 0, or -1 (the match limit).
 */
int
pk_seg_item_number_at(struct run *r, const struct pk_seg_line *ln, long *a,
    long *b)
{
	struct groups	 g;
	int		 err = 0;

	if (ln->dropped || pk_seg_try_rules(r, PK_SCOPE_ANY, PK_KIND_ITEM, 0,
	    ln->s, ln->len, &g, &err) == NULL)
		return err ? -1 : 0;
	if (pk_seg_find_field(&g, PK_F_NUM, a, b) == -1)
		*a = *b = -1;
	return 1;
}

/*
 * Whether OCR's reading s[0..len) may be the number want: its digits,
 * with the letters OCR takes for 1 and 0 as those, end in want's ("sil"
 * for 11, the § read as "s" and each 1 as "i" or "l"; "559" for 9).
 */
int
pk_seg_ocr_fits(const char *s, size_t len, long want)
{
	char	 d[32], w[24];
	size_t	 i, n = 0, wn;

	for (i = 0; i < len && n + 1 < sizeof(d); i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= '0' && c <= '9')
			d[n++] = (char)c;
		else if (c == 'i' || c == '|' || pk_seg_ocr_digit(c) == '1')
			d[n++] = '1';
		else if (pk_seg_ocr_digit(c) == '0')
			d[n++] = '0';
	}
	wn = (size_t)snprintf(w, sizeof(w), "%ld", want);
	return want >= 0 && n >= wn && memcmp(d + n - wn, w, wn) == 0;
}

/* Whether s[0..len) holds a digit 0-9 itself, not a letter for one. */
int
pk_seg_has_digit(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

/*
 * The next line after line from that a rule takes for an item and whose
 * number has a digit: its index, with the span of the number in *a, *b,
 * and *nodigit counting the item lines before it OCR read with no digit
 * at all ("fr:" for "§ 2.").  0 when there is none.
 */
static size_t
next_numbered(struct run *r, size_t from, int titles, long *a, long *b,
    long *nodigit)
{
	size_t	 i;
	int	 rc;

	for (i = from + 1; i < r->nlines && i < r->cur + 2000; i++) {
		if ((rc = pk_seg_item_number_at(r, &r->lines[i], a, b)) == 0)
			continue;
		if (rc == -1 || *a < 0)
			return 0;
		/* A title alone ("Text.", "Meddelanden."): counted only
		 * where asked for, else any short line would be one. */
		if (*b == *a && !titles)
			continue;
		if (pk_seg_ocr_number(r->lines[i].s + *a, (size_t)(*b - *a),
		    -1) >= 0)
			return i;
		++*nodigit;
	}
	return 0;
}

/* Item numbers misread with a digit that a sequence may pass over. */
#define MAX_MISREAD	3
/* Items a strict sequence may pass over, their headings lost. */
#define MAX_LOST	3

/*
 * The number of the next line that a rule takes for an item, or -1.
 * Past item lines read with no digit, one for each: so the sequence
 * "fr:", "$3." says 2 after 1.  With titles, the titles alone (an empty
 * number: OCR lost it) count among them.
 */

long
pk_seg_next_item_number(struct run *r, long expect, int titles)
{
	size_t	 i = r->cur, first = 0;
	long	 a, b, nodigit = 0, n, fa = 0, fb = 0, fnodigit = 0;
	int	 misread = 0;

	for (;;) {
		if ((i = next_numbered(r, i, titles, &a, &b, &nodigit)) == 0)
			break;
		if (expect >= 0 && pk_seg_ocr_fits(r->lines[i].s + a,
		    (size_t)(b - a), expect + nodigit))
			return expect;
		if (first == 0 && (expect < 0 ||
		    pk_seg_has_digit(r->lines[i].s + a, (size_t)(b - a)))) {
			first = i;
			fa = a;
			fb = b;
			fnodigit = nodigit;
		}
		/*
		 * Only letters OCR takes for digits ("IS:", "SO:" for
		 * "§ 3."), not the number expected: no number to go by,
		 * so a run of such headings ("Se", "IS:", "§ 4.") still
		 * says 2 after 1.  A digit misread ("SöL2;" for "§ 12."):
		 * the next few items may still bear the sequence out,
		 * each in its place; else the first with a digit says.
		 */
		if (expect < 0 || (pk_seg_has_digit(r->lines[i].s + a,
		    (size_t)(b - a)) && ++misread > MAX_MISREAD))
			break;
		nodigit++;
	}
	if (first == 0)
		return -1;
	n = pk_seg_ocr_number(r->lines[first].s + fa, (size_t)(fb - fa), -1);
	return n >= 0 ? n - fnodigit : -1;
}

/*
 * The parts of an item's number s[a..b) ("12/24" is 12 and 24) into
 * parts, and the number as the model keeps it into text ("12/24",
 * "PC/24/45": letters, digits and the marks between them, without the
 * label, brackets or a closing dot).  Returns how many parts.
 */
int
pk_seg_item_parts(const char *s, long a, long b, long *parts, char *text,
    size_t size)
{
	size_t	 n = 0;
	int	 np = 0;
	long	 i = a;

	/* Past the label: "§", "Sak", "Minute", "PS", "(". */
	while (i < b && !isdigit((unsigned char)s[i]))
		i++;
	/* A code before the digits is part of the number: "PC/24/45". */
	if (i > a && i - 1 > a && (s[i - 1] == '/' || s[i - 1] == '-')) {
		long j = i - 1;

		while (j > a && isupper((unsigned char)s[j - 1]))
			j--;
		if (j < i - 1)
			i = j;
	}
	for (; i < b && n + 1 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isalnum(c))
			text[n++] = (char)c;
		else if ((c == '/' || c == '.' || c == '-' || c == ':') &&
		    i + 1 < b && isalnum((unsigned char)s[i + 1]) && n > 0)
			text[n++] = (char)c;
		else if (n > 0 && c != '*')
			break;
	}
	text[n] = '\0';
	for (i = 0; text[i] != '\0' && np < MAX_PARTS; ) {
		if (isdigit((unsigned char)text[i])) {
			char *end;

			parts[np++] = strtol(text + i, &end, 10);
			i = end - text;
		} else
			i++;
	}
	/*
	 * "05-018A": a letter after the last part is an item added after
	 * 05-018, one part more.
	 */
	if (np >= 2 && np < MAX_PARTS && n >= 2 &&
	    isalpha((unsigned char)text[n - 1]) &&
	    isdigit((unsigned char)text[n - 2]))
		parts[np++] = toupper((unsigned char)text[n - 1]) - 'A' + 1;
	return np;
}

/* Parts compared in order, as numbers: <0, 0, >0. */
static int
cmp_parts(const long *x, int nx, const long *y, int ny)
{
	int	 i;

	for (i = 0; i < nx && i < ny; i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return nx - ny;
}

/*
 * How many of the next few item lines read as the numbers after first
 * (OCR's readings allowed): which reading of the first item the rest of
 * the document bears out.
 */
int
pk_seg_items_agree(struct run *r, long first)
{
	size_t	 i;
	long	 a, b, expect = first + 1;
	int	 seen = 0, agree = 0;

	for (i = r->cur + 1; i < r->nlines && seen < 5; i++) {
		if (pk_seg_item_number_at(r, &r->lines[i], &a,
		    &b) != 1 || a < 0 || a == b)
			continue;
		seen++;
		if (pk_seg_ocr_number(r->lines[i].s + a, (size_t)(b - a),
		    expect) ==
		    expect)
			agree++;
		expect++;
	}
	return agree;
}

/*
 * Whether the first item, numbered parts[0..nparts) of several parts,
 * stands above the next two items, which rise ("69/25" over "65/25",
 * "66/25"): a line of the agenda left in the front where a page broke
 * its table, not an item.  (Numbers of one part are left alone: a
 * decision's list "1.", "2." may follow an item "12." as item lines.)
 */
int
pk_seg_first_above_next(struct run *r, const long *parts, int nparts)
{
	long	 a, b, next[2][MAX_PARTS];
	int	 n[2], found = 0;
	size_t	 i;
	char	 text[48];

	for (i = r->cur + 1; i < r->nlines && found < 2; i++) {
		if (pk_seg_item_number_at(r, &r->lines[i], &a, &b) != 1 ||
		    a < 0 || a == b)
			continue;
		n[found] = pk_seg_item_parts(r->lines[i].s, a, b, next[found],
		    text, sizeof(text));
		if (n[found] < 2)
			return 0;
		found++;
	}
	return found == 2 &&
	    cmp_parts(next[0], n[0], parts, nparts) < 0 &&
	    cmp_parts(next[0], n[0], next[1], n[1]) < 0;
}

/*
 * Whether a section of an item (its decision, "Beslut:") follows the
 * line at r->cur within the next few lines, before another item: what
 * an item's title has under it, and a short line of its text ("Text.",
 * the last of the document) has not.
 */
int
pk_seg_section_follows(struct run *r)
{
	struct groups	 g;
	size_t		 i, seen = 0;
	long		 a, b;
	int		 err = 0;

	for (i = r->cur + 1; i < r->nlines && seen < 6; i++) {
		const struct pk_seg_line *ln = &r->lines[i];
		size_t	 in = 0;

		if (ln->dropped || pk_line_is_blank(ln->s, ln->len))
			continue;
		/* (Set in a column or two: as an OCR'd item's lines are
		 * read, see process_line.) */
		while (in < ln->len && ln->s[in] == '\t')
			in++;
		if (pk_seg_try_rules(r, PK_SCOPE_ITEM, PK_KIND_SECTION, 0,
		    ln->s + in, ln->len - in, &g, &err) != NULL)
			return 1;
		if (err || pk_seg_item_number_at(r, ln, &a, &b) != 0)
			return 0;
		seen++;
	}
	return 0;
}

/*
 * The letter of "§ 3a." (an item added between 3 and 4) in s[a..b), or
 * of "8-A." (an item under 8; *hyphen set), or 0.
 */
int
pk_seg_item_letter(const struct run *r, const char *s, long a, long b, long num,
    int *hyphen)
{
	long	 i;

	*hyphen = 0;
	for (i = a; i < b && !(s[i] >= '0' && s[i] <= '9'); i++)
		;
	for (; i < b && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (num >= 0 && i < b && s[i] >= 'a' && s[i] <= 'z' &&
	    (i + 1 == b || !(s[i + 1] >= 'a' && s[i + 1] <= 'z')) &&
	    !(r->ocr && pk_seg_ocr_digit(s[i])))	/* OCR's "8l" is 81 */
		return s[i];
	/* "8-A.": an item under 8, after a hyphen and in capitals too. */
	if (num >= 0 && i + 1 < b && s[i] == '-' &&
	    isalpha((unsigned char)s[i + 1]) &&
	    (i + 2 == b || !isalpha((unsigned char)s[i + 2]))) {
		*hyphen = 1;
		return s[i + 1];
	}
	return 0;
}

/*
 * Whether an item numbered num (with letter, and parts of a number of
 * several) leaves the items' sequence: a numbered paragraph, not an
 * item.  "Sak 12/24", "18.11.1" rise as their parts do, read in order.
 */
int
pk_seg_breaks_sequence(struct run *r, long num, int letter,
    const long *parts, int nparts)
{
	if (nparts > 1 && !r->ocr)
		return r->nlast_parts > 0 && cmp_parts(parts, nparts,
		    r->last_parts, r->nlast_parts) <= 0;
	if (num < 0 || r->last_item < 0 ||
	    (num == r->last_item && letter > r->last_letter))
		return 0;
	if (!r->prof->item_sequence_strict) {
		long next;

		if (num <= r->last_item)
			return 1;
		/*
		 * OCR: a number that leaps past the items after it (a
		 * page's "- 2 -" read "22." at its head, after § 6) is
		 * text where the next item read rises from the last one
		 * and stays below it.  Else that one line would take
		 * every item after it out of the sequence.
		 */
		if (!r->ocr || num <= r->last_item + 1)
			return 0;
		next = pk_seg_next_item_number(r, -1, 0);
		return next > r->last_item && next < num;
	}
	if (num == r->last_item + 1)
		return 0;
	/*
	 * A heading or a few lost before it (a title no rule took), or
	 * numbers the document skips: the items go on from it where the
	 * next one rises from it as close.  Else one missed heading would
	 * take every item after it.
	 */
	if (num > r->last_item + 1 && num <= r->last_item + 1 + MAX_LOST &&
	    !r->ocr) {
		long next = pk_seg_next_item_number(r, -1, 0);

		return !(next > num && next <= num + 1 + MAX_LOST);
	}
	return 1;
}
