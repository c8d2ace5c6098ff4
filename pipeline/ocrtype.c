/*
 * A typewriter's page as the OCR engine read it: words it split at a
 * narrow letter joined, an l it misread where a compound joins mended.
 */
#include <stdlib.h>
#include <string.h>

#include "ocr.h"
#include "ocrtype.h"

int
pk_ocr_letter_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

size_t
pk_ocr_letters(const char *s)
{
	size_t	 n = 0;

	/* (A character beyond ASCII counted once, by its first byte.) */
	for (; *s != '\0'; s++)
		n += pk_ocr_letter_byte((unsigned char)*s) &&
		    ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/*
 * A typewriter sets its narrow letters (l, i, t, f, j) in a cell as wide
 * as any other, and the engine may take the white beside one for a space
 * between words: "kommuna lnämnden", "samman läggning" (devset F, at gaps
 * of 11 to 18 pixels where its spaces were 28 and more).  On a page set
 * in one pitch (a word's width a letter, JOIN_PITCH_WORDS words or more,
 * varies by less than JOIN_PITCH percent between its quartiles: 1 to 2
 * on the F scans, 13 to 25 in proportional type, where "of December" is
 * as tight), two words of a line are one where the gap between them is
 * under JOIN_GAP percent of the page's median gap between words and one
 * of them has such a letter at that gap.  A page of fewer than
 * JOIN_MIN_GAPS gaps, or read with a confidence below PK_OCR_LOW_CONF,
 * keeps its words.
 */
#define JOIN_GAP	65
#define JOIN_MIN_GAPS	20
#define JOIN_PITCH	6
#define JOIN_PITCH_WORDS 20
/*
 * A page with fewer such words (a protocol's last: "§ 13.", a sentence
 * and the signatures) is told by JOIN_PITCH_FEW of them or more whose
 * width a letter varies by under JOIN_PITCH_FEW_SPREAD tenths of a
 * percent: 11 to 16 on such pages of the held-out F scans, where eight
 * words drawn from a page of proportional type spread that little one
 * time in two hundred.
 */
#define JOIN_PITCH_FEW	8
#define JOIN_PITCH_FEW_SPREAD 25

static int
cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

/* Whether c is a narrow letter of a typewriter face. */
static int
narrow(unsigned char c)
{
	return c != '\0' && strchr("lLIitfj", c) != NULL;
}

/*
 * Whether a word is letters only (UTF-8 bytes beyond ASCII count), but
 * for the punctuation that may end it where tail is set ("läggningen,").
 */
static int
letters_only(const char *s, int tail)
{
	for (; *s != '\0'; s++)
		if (!pk_ocr_letter_byte((unsigned char)*s))
			return tail && strspn(s, ".,;:") == strlen(s);
	return 1;
}

/*
 * Whether the page is set in one pitch, as a typewriter sets it: the
 * width a letter of its words of five letters or more hardly varies.
 * pitch has room for a value a word.  1, 0.
 */
static int
one_pitch(const struct pk_ocr_page *page, int *pitch)
{
	size_t	 i, n = 0, nletters;
	int	 spread;

	for (i = 0; i < page->nwords; i++) {
		const struct pk_ocr_word *w = &page->words[i];

		if (!letters_only(w->text, 0) ||
		    (nletters = pk_ocr_letters(w->text)) < 5)
			continue;
		/* In hundredths of a pixel, as the pitch is a few pixels. */
		pitch[n++] = (w->x1 - w->x0) * 100 / (int)nletters;
	}
	if (n < JOIN_PITCH_FEW)
		return 0;
	qsort(pitch, n, sizeof(*pitch), cmp_int);
	spread = (pitch[3 * n / 4] - pitch[n / 4]) * 1000;
	return spread < pitch[n / 2] * (n < JOIN_PITCH_WORDS ?
	    JOIN_PITCH_FEW_SPREAD : JOIN_PITCH * 10);
}

int
pk_ocr_typewritten(const struct pk_ocr_page *page)
{
	int	*pitch, rc;

	if (page->nwords < 2 || page->mean_conf < (float)PK_OCR_LOW_CONF)
		return 0;
	if ((pitch = malloc(page->nwords * sizeof(*pitch))) == NULL)
		return -1;
	rc = one_pitch(page, pitch);
	free(pitch);
	return rc;
}

/*
 * Make a the word a, between, b of its line (b's text freed, b left to
 * the caller to drop).  0, or -1 when memory ran out (a and b as they
 * were).
 */
static int
merge(struct pk_ocr_word *a, struct pk_ocr_word *b, const char *between)
{
	size_t	 la = strlen(a->text), lm = strlen(between);
	char	*t;

	if ((t = malloc(la + lm + strlen(b->text) + 1)) == NULL)
		return -1;
	memcpy(t, a->text, la);
	memcpy(t + la, between, lm);
	strcpy(t + la + lm, b->text);
	free(a->text);
	free(b->text);
	a->text = t;
	a->x1 = b->x1;
	if (b->y0 < a->y0)
		a->y0 = b->y0;
	if (b->y1 > a->y1)
		a->y1 = b->y1;
	if (b->conf < a->conf)
		a->conf = b->conf;
	return 0;
}

/*
 * Where memory ran out joining words: the words from i on stay as they
 * were, after word out, none lost.  Returns -1.
 */
static int
keep_rest(struct pk_ocr_page *page, size_t i, size_t out)
{
	for (; i < page->nwords; i++)
		page->words[++out] = page->words[i];
	page->nwords = out + 1;
	return -1;
}

int
pk_ocr_join_split_words(struct pk_ocr_page *page)
{
	int	*gaps;
	size_t	 i, n = 0, out;
	int	 median, rc;

	if ((rc = pk_ocr_typewritten(page)) != 1)
		return rc;
	if ((gaps = malloc(page->nwords * sizeof(*gaps))) == NULL)
		return -1;
	for (i = 1; i < page->nwords; i++)
		if (!page->words[i].line_start &&
		    page->words[i].x0 >= page->words[i - 1].x1)
			gaps[n++] = page->words[i].x0 - page->words[i - 1].x1;
	if (n < JOIN_MIN_GAPS) {
		free(gaps);
		return 0;
	}
	qsort(gaps, n, sizeof(*gaps), cmp_int);
	median = gaps[n / 2];
	free(gaps);
	for (i = 1, out = 0; i < page->nwords; i++) {
		struct pk_ocr_word	*a = &page->words[out];
		struct pk_ocr_word	*b = &page->words[i];
		size_t			 la = strlen(a->text);
		int			 gap = b->x0 - a->x1;

		if (b->line_start || gap < 0 || gap * 100 >= median *
		    JOIN_GAP || !letters_only(a->text, 0) ||
		    !letters_only(b->text, 1) || la == 0 ||
		    !(narrow((unsigned char)a->text[la - 1]) ||
		    narrow((unsigned char)b->text[0]))) {
			page->words[++out] = *b;
			continue;
		}
		if (merge(a, b, "") == -1)
			return keep_rest(page, i, out);
	}
	page->nwords = out + 1;
	return 0;
}

/*
 * A typewriter's l stands thin in a cell as wide as any other, and where
 * it ends the first word of a compound the engine reads it as t, or
 * reads a t into the white beside it: "kommunatnämnden",
 * "kommunatlombudsmannen", "samlingstlokalförening" (devset F), as it
 * reads "anstag" for "anslag".  A compound's parts have PART_MIN letters
 * or more (with three, "deltogo" was mended to "del|logo"), and one
 * mended must join at the l (Riksbank's "bolånetak" is no "bolån|elak");
 * words of more than WORD_MAX bytes are left as read.
 */
#define PART_MIN	4
#define WORD_MAX	96
/* Compounds of more parts than this are not looked for. */
#define PARTS_MAX	6

/* How many characters s[0..n) holds. */
static size_t
chars(const char *s, size_t n)
{
	size_t	 i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

/* Whether s[0..n) is a word of dict's dictionary. */
static int
in_dict(const struct pk_ocr_lexicon *dict, const char *s, size_t n)
{
	char	 buf[WORD_MAX + 1];

	if (n == 0 || n > WORD_MAX)
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return dict->has(dict->arg, buf);
}

/*
 * Whether s[0..n) is a word of the dictionary, or a compound of at most
 * parts of its words, one after another ("kommunal|nämnden") or joined
 * by an s ("barnavård|s|nämnden").
 */
static int
known(const struct pk_ocr_lexicon *dict, const char *s, size_t n, int parts)
{
	size_t	 i;

	if (in_dict(dict, s, n))
		return 1;
	if (parts < 2)
		return 0;
	for (i = 1; i < n; i++) {
		if (((unsigned char)s[i] & 0xc0) == 0x80 ||
		    chars(s, i) < PART_MIN)
			continue;
		if (chars(s + i, n - i) < PART_MIN)
			break;
		if (!in_dict(dict, s, i))
			continue;
		if (known(dict, s + i, n - i, parts - 1) ||
		    (s[i] == 's' && chars(s + i + 1, n - i - 1) >= PART_MIN &&
		    known(dict, s + i + 1, n - i - 1, parts - 1)))
			return 1;
	}
	return 0;
}

/*
 * Whether w[0..n), with an l at l, is a word of the dictionary, or a
 * compound joined right after that l ("kommunal|nämnden") or right
 * before it ("samlings|lokalförening").
 */
static int
joined_at(const struct pk_ocr_lexicon *dict, const char *w, size_t n, size_t l)
{
	if (in_dict(dict, w, n))
		return 1;
	if (chars(w, l + 1) >= PART_MIN && chars(w + l + 1, n - l - 1) >=
	    PART_MIN && known(dict, w, l + 1, PARTS_MAX - 1) &&
	    known(dict, w + l + 1, n - l - 1, PARTS_MAX - 1))
		return 1;
	return chars(w, l) >= PART_MIN && chars(w + l, n - l) >= PART_MIN &&
	    known(dict, w, l, PARTS_MAX - 1) &&
	    known(dict, w + l, n - l, PARTS_MAX - 1);
}

/* Whether w[i] may be a typewriter's l misread: a t, or an L or I
 * after a small letter. */
static int
l_misread(const char *w, size_t i)
{
	unsigned char	 prev = (unsigned char)w[i - 1];

	return w[i] == 't' || ((w[i] == 'L' || w[i] == 'I') &&
	    ((prev >= 'a' && prev <= 'z') || prev >= 0x80));
}

/*
 * Keep the mending c[0..n) in out, where found counts the mendings kept
 * so far: 0, or -1 when another mending was kept before (the word is
 * then left as read).
 */
static int
keep(char *out, int *found, const char *c, size_t n)
{
	if (*found > 0 && (strlen(out) != n || memcmp(out, c, n) != 0))
		return -1;
	memcpy(out, c, n);
	out[n] = '\0';
	*found = 1;
	return 0;
}

/*
 * The one mending of the word w[0..n) into out (WORD_MAX + 1 bytes)
 * that the dictionary knows: 1 when there is exactly one, 0 else.
 */
static int
mend(const struct pk_ocr_lexicon *dict, const char *w, size_t n, char *out)
{
	char	 c[WORD_MAX + 1];
	size_t	 i, l;
	int	 found = 0;

	for (i = 1; i < n; i++) {
		/* A t, or an L or I, read for an l. */
		if (l_misread(w, i)) {
			memcpy(c, w, n);
			c[i] = 'l';
			if (joined_at(dict, c, n, i) &&
			    keep(out, &found, c, n) == -1)
				return 0;
		}
		/* A t read into the white beside an l. */
		if (w[i] == 't' && (w[i - 1] == 'l' || w[i + 1] == 'l')) {
			l = w[i - 1] == 'l' ? i - 1 : i;
			memcpy(c, w, i);
			memcpy(c + i, w + i + 1, n - i - 1);
			if (joined_at(dict, c, n - 1, l) &&
			    keep(out, &found, c, n - 1) == -1)
				return 0;
		}
	}
	return found;
}

/*
 * Whether the white between words a and b of a line holds a stroke as
 * tall as an l: a column of it dark over STROKE_HEIGHT percent of the
 * words' height.  A letter the engine lost there ("kommuna kontoret",
 * "kommuna nämnden", devset F: the l of "kommunal") leaves one; a space
 * leaves the scan's specks.
 */
#define STROKE_HEIGHT	60
#define STROKE_DARK	128

static int
stroke_between(const struct pk_ocr_word *a, const struct pk_ocr_word *b,
    const unsigned char *gray, int width, int height, int stride)
{
	int	 x, y, y0, y1, dark;

	y0 = a->y0 < b->y0 ? a->y0 : b->y0;
	y1 = a->y1 > b->y1 ? a->y1 : b->y1;
	if (y0 < 0 || y1 > height || a->x1 < 0 || b->x0 > width ||
	    y1 <= y0)
		return 0;
	for (x = a->x1 + 1; x < b->x0 - 1; x++) {
		for (y = y0, dark = 0; y < y1; y++)
			dark += gray[(size_t)y * (size_t)stride + (size_t)x] <
			    STROKE_DARK;
		if (dark * 100 >= (y1 - y0) * STROKE_HEIGHT)
			return 1;
	}
	return 0;
}

/*
 * Join two words of a line with the l the engine lost between them,
 * where the white there holds its stroke and the two with it make a
 * compound joined at that l ("kommunal|kontoret").  0, or -1 when
 * memory ran out (the words as they were).
 */
static int
join_lost_l(const struct pk_ocr_lexicon *dict, struct pk_ocr_page *page,
    const unsigned char *gray, int stride)
{
	char	 c[WORD_MAX + 1];
	size_t	 i, out, la, lb;

	for (i = 1, out = 0; i < page->nwords; i++) {
		struct pk_ocr_word	*a = &page->words[out];
		struct pk_ocr_word	*b = &page->words[i];

		la = strlen(a->text);
		/* b's letters, without what ends it. */
		for (lb = 0; pk_ocr_letter_byte((unsigned char)b->text[lb]);
		    lb++)
			;
		if (b->line_start || la == 0 || lb == 0 ||
		    la + 1 + lb > WORD_MAX || !letters_only(a->text, 0) ||
		    !letters_only(b->text, 1) || !stroke_between(a, b, gray,
		    page->width, page->height, stride)) {
			page->words[++out] = *b;
			continue;
		}
		memcpy(c, a->text, la);
		c[la] = 'l';
		memcpy(c + la + 1, b->text, lb);
		if (!joined_at(dict, c, la + 1 + lb, la)) {
			page->words[++out] = *b;
			continue;
		}
		if (merge(a, b, "l") == -1)
			return keep_rest(page, i, out);
	}
	if (page->nwords > 0)
		page->nwords = out + 1;
	return 0;
}

int
pk_ocr_mend_words(const struct pk_ocr_lexicon *dict, struct pk_ocr_page *page,
    const unsigned char *gray, int stride)
{
	char	 out[WORD_MAX + 1];
	size_t	 i, n;
	int	 rc;

	if ((rc = pk_ocr_typewritten(page)) != 1 ||
	    (rc = join_lost_l(dict, page, gray, stride)) != 0)
		return rc;
	for (i = 0; i < page->nwords; i++) {
		struct pk_ocr_word *wd = &page->words[i];

		/* Letters, then what may end a word ("anstag,"). */
		for (n = 0; pk_ocr_letter_byte((unsigned char)wd->text[n]);
		    n++)
			;
		if (strspn(wd->text + n, ".,;:") != strlen(wd->text + n) ||
		    n > WORD_MAX || chars(wd->text, n) <= PART_MIN ||
		    known(dict, wd->text, n, PARTS_MAX) ||
		    !mend(dict, wd->text, n, out))
			continue;
		/* As long as the word or a byte shorter: mended in place. */
		memmove(wd->text + strlen(out), wd->text + n,
		    strlen(wd->text + n) + 1);
		memcpy(wd->text, out, strlen(out));
	}
	return 0;
}
