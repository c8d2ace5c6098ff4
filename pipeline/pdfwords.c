/*
 * pdfwords: whether a page prints a word elsewhere.  Layout decides from
 * geometry whether a line's end broke a word; where geometry cannot tell
 * (a narrow cell broke "Närvarande" with no hyphen and no other line
 * reaches its edge), the page's own words can.
 */
#include "pdfwords.h"

/* Latin-1 letters, as pdf.c's layout knows them. */
static int
letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0xff && c != 0xd7 && c != 0xf7);
}

static int
fold(int c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
		return c + 32;
	return c;
}

/* Whether w[0..n) starts at ch, as a word (whole) or a word's start. */
static int
word_at(const fz_stext_char *ch, const int *w, size_t n, int whole)
{
	size_t	 k;

	for (k = 0; k < n && ch != NULL && fold(ch->c) == fold(w[k]); k++)
		ch = ch->next;
	return k == n && (!whole || ch == NULL || !letter(ch->c));
}

int
pk_pdf_word_elsewhere(fz_stext_block *first, const int *w, size_t n,
    int whole, const fz_stext_line *skip_a, const fz_stext_line *skip_b)
{
	fz_stext_block	*b;
	fz_stext_line	*l;
	fz_stext_char	*ch;
	int		 before;

	if (n == 0)
		return 0;
	for (b = first; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (l = b->u.t.first_line; l != NULL; l = l->next) {
			if (l == skip_a || l == skip_b)
				continue;
			before = 0;
			for (ch = l->first_char; ch != NULL; ch = ch->next) {
				if (!letter(before) && word_at(ch, w, n, whole))
					return 1;
				before = ch->c;
			}
		}
	}
	return 0;
}
