/*
 * A PDF page's existing text layer judged.  A scan often arrives with
 * an invisible text layer an earlier OCR left over the image (render
 * mode 3); some are good, some are poor ("70 Dagsorden" for "10
 * Dagsorden", "Godkjenningav", "Ren6").  Whether the words of such a
 * layer are words is measured against the dictionary of the layer's
 * own language, the word list Tesseract's model reads with: the share
 * of its words (tokens with a letter, numbers left out) the dictionary
 * holds, as is or in lower case.  Names and rare words are missing from
 * any dictionary, so good text scores 80-99%, not 100%; an old OCR's
 * run-together words, digits for letters and lost accents are missing
 * too, and push a poor layer well below (pdflayer.h has the figures).
 * Visible text is not judged: born-digital documents never load the
 * OCR engine for this.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "glyphcount.h"
#include "langid.h"
#include "ocrlang.h"
#include "pdflayer.h"
#include "pdfocr.h"

/* Whether most of page i's glyphs are invisible (0 on any failure). */
static int
invisible(fz_context *ctx, fz_document *doc, int i)
{
	struct pk_glyphs g = { 0, 0 };
	fz_device	*dev = NULL;
	fz_page		*page = NULL;
	int		 most = 0;

	fz_var(dev);
	fz_var(page);
	fz_var(most);
	fz_try(ctx) {
		page = fz_load_page(ctx, doc, i);
		dev = pk_glyphcount_new(ctx, NULL, &g);
		fz_run_page_contents(ctx, page, dev, fz_identity, NULL);
		fz_close_device(ctx, dev);
		most = pk_glyphs_mostly_invisible(&g);
	}
	fz_always(ctx) {
		fz_drop_device(ctx, dev);
		fz_drop_page(ctx, page);
	}
	fz_catch(ctx)
		most = 0;
	return most;
}

/* The text of st, a line a line, onto out (-1 when out of memory). */
static int
stext_text(fz_stext_page *st, struct pk_buf *out)
{
	fz_stext_block	*b;
	fz_stext_line	*ln;
	fz_stext_char	*ch;
	char		 u[8];

	for (b = st->first_block; b != NULL; b = b->next) {
		if (b->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (ln = b->u.t.first_line; ln != NULL; ln = ln->next) {
			for (ch = ln->first_char; ch != NULL; ch = ch->next)
				if (pk_buf_put(out, u, (size_t)fz_runetochar(u,
				    ch->c)) == -1)
					return -1;
			if (pk_buf_putc(out, '\n') == -1)
				return -1;
		}
	}
	return 0;
}

/*
 * How many of the words of text the dictionary holds, into *known,
 * and how many words there are, into *words.  A word is a token that
 * starts with a lower-case letter, its punctuation at either end left
 * out: names, which no dictionary holds all of, start with a capital,
 * and so do headings; a misread word ("pA", "hssten", "g6ende",
 * "gjennomfort") rarely does.
 */
static void
count_words(struct pk_ocr *dict, char *text, size_t *words, size_t *known)
{
	static const char punct[] = ".,:;!?()[]{}\"'«»-–—/*•";
	char	*tok, *save = NULL, *end;
	int	 c;

	*words = *known = 0;
	for (tok = strtok_r(text, " \t\r\n\f", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t\r\n\f", &save)) {
		tok += strspn(tok, punct);
		end = tok + strlen(tok);
		while (end > tok && strchr(punct, end[-1]) != NULL)
			end--;
		*end = '\0';
		c = (unsigned char)tok[0];
		/* a-z, or Latin-1's à-þ (0xc3 0xa0-0xbe). */
		if (!(islower(c) || (c == 0xc3 &&
		    (unsigned char)tok[1] >= 0xa0 &&
		    (unsigned char)tok[1] != 0xb7)))
			continue;
		(*words)++;
		if (pk_ocr_dict_has(dict, tok))
			(*known)++;
	}
}

/* The dictionary of lang loaded, unless it already is; 0 or -1. */
static int
load_dict(struct pk_pdflayer *l, const char *lang)
{
	char	 err[160];

	if ((l->dict = pk_ocr_dict_new(lang, err, sizeof(err))) == NULL) {
		l->no_dict = 1;
		return -1;
	}
	snprintf(l->dict_lang, sizeof(l->dict_lang), "%.*s",
	    (int)strcspn(lang, "+"), lang);
	return 0;
}

static void
list_add(struct pk_buf *b, int page, int value)
{
	char	 num[32];

	if (value >= 0)
		snprintf(num, sizeof(num), "%s%d:%d", b->len ? "," : "", page,
		    value);
	else
		snprintf(num, sizeof(num), "%s%d", b->len ? "," : "", page);
	pk_buf_puts(b, num);
}

/*
 * The document's invisible layer judged as one: one scanner or program
 * wrote it all, and a page's few words say less than all of them (a
 * page of names scores low however well it was read).  The text of
 * every invisible page is gathered, its language identified, and the
 * words of all of them counted against that language's dictionary.
 */
/*
 * The text of doc's invisible pages into all, page i's from (*start)[i]
 * to (*start)[i + 1] (the array owned by the caller).  Returns the
 * number of pages, or 0 on failure.
 */
static int
gather(fz_context *ctx, fz_document *doc, struct pk_buf *all, size_t **start)
{
	fz_stext_options so;
	fz_stext_page	*st = NULL;
	int		 i, n = 0;

	memset(&so, 0, sizeof(so));
	fz_var(st);
	fz_var(n);
	fz_try(ctx) {
		n = fz_count_pages(ctx, doc);
		if ((*start = calloc((size_t)n + 1, sizeof(**start))) == NULL)
			fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
		for (i = 0; i < n; i++) {
			(*start)[i] = all->len;
			if (!invisible(ctx, doc, i))
				continue;
			st = fz_new_stext_page_from_page_number(ctx, doc, i,
			    &so);
			if (stext_text(st, all) == -1)
				fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
			fz_drop_stext_page(ctx, st);
			st = NULL;
		}
		(*start)[n] = all->len;
	}
	fz_catch(ctx) {
		fz_drop_stext_page(ctx, st);
		n = 0;
	}
	return n;
}

/*
 * The document's invisible layer judged as one: one scanner or program
 * wrote it all, and a page's few words say less than all of them (a
 * page of names scores low however well it was read).  The text of
 * every invisible page is gathered, its language identified, and the
 * words of all of them counted against that language's dictionary.
 */
static void
judge_document(struct pk_pdflayer *l, fz_context *ctx, fz_document *doc)
{
	struct pk_buf	 all = { 0 };
	size_t		*start = NULL, words, known, nwords = 0, nknown = 0;
	const char	*lang;
	int		 i, n;

	l->judged_doc = 1;
	if ((n = gather(ctx, doc, &all, &start)) == 0 || all.len == 0)
		goto out;
	/* The layer's own language, else the default's dictionary. */
	if ((lang = pk_ocr_lang_of_text(all.data, all.len <
	    PK_LANGID_MAX_BYTES ? all.len : PK_LANGID_MAX_BYTES)) == NULL)
		lang = PK_OCR_LANG;
	if (load_dict(l, lang) == -1)
		goto out;
	for (i = 0; i < n; i++) {
		if (start[i + 1] == start[i])
			continue;
		all.data[start[i + 1] - 1] = '\0';	/* its last newline */
		count_words(l->dict, all.data + start[i], &words, &known);
		if (words > 0)
			list_add(&l->judged, i + 1, (int)(100 * known / words));
		nwords += words;
		nknown += known;
	}
	if (nwords >= PK_LAYER_MIN_WORDS) {
		l->percent = (int)(100 * nknown / nwords);
		l->poor = l->percent < PK_LAYER_MIN_KNOWN;
	}
out:
	free(start);
	pk_buf_free(&all);
}

int
pk_pdflayer_poor(struct pk_pdflayer *l, fz_context *ctx, fz_document *doc,
    int i, const struct pk_glyphs *g)
{
	if (!pk_glyphs_mostly_invisible(g))
		return 0;
	if (!l->judged_doc)
		judge_document(l, ctx, doc);
	if (!l->poor)
		return 0;
	list_add(&l->reread, i + 1, -1);
	return 1;
}

void
pk_pdflayer_doc_lang(struct pk_pdflayer *l, fz_context *ctx, fz_document *doc)
{
	struct pk_buf	 text = { 0 };
	fz_stext_page	*st = NULL;
	fz_stext_options so;
	const char	*lang;
	char		 missing[64], err[160];
	int		 i, n;

	if (l->lang_tried)
		return;
	l->lang_tried = 1;
	memset(&so, 0, sizeof(so));
	fz_var(st);
	fz_try(ctx) {
		n = fz_count_pages(ctx, doc);
		for (i = 0; i < n && text.len < PK_LANGID_MAX_BYTES; i++) {
			st = fz_new_stext_page_from_page_number(ctx, doc, i,
			    &so);
			/* Visible text only: an old OCR's layer may be poor. */
			if (pk_pdfocr_has_text(st) && !invisible(ctx, doc, i))
				stext_text(st, &text);
			fz_drop_stext_page(ctx, st);
			st = NULL;
		}
	}
	fz_catch(ctx)
		fz_drop_stext_page(ctx, st);
	if (text.len >= PK_LAYER_LANG_BYTES &&
	    (lang = pk_ocr_lang_of_text(text.data, text.len)) != NULL &&
	    pk_ocr_missing_langs(lang, missing, sizeof(missing), err,
	    sizeof(err)) == 0)
		snprintf(l->lang, sizeof(l->lang), "%s", lang);
	pk_buf_free(&text);
}

void
pk_pdflayer_meta(const struct pk_pdflayer *l, struct pk_pagedout *po)
{
	char	 why[160];

	if (l->lang[0] != '\0')
		pk_po_meta(po, "ocr-lang-from", "text-layer");
	if (l->judged.len > 0) {
		snprintf(why, sizeof(why), "%d", l->percent);
		pk_po_meta(po, "text-layer-words", why);
		pk_po_meta(po, "text-layer-page-words", l->judged.data);
	}
	if (l->reread.len == 0)
		return;
	pk_po_meta(po, "ocr-reread", l->reread.data);
	snprintf(why, sizeof(why), "invisible text layer: %d%% of its "
	    "words in the %s dictionary, below %d%%", l->percent,
	    l->dict_lang, PK_LAYER_MIN_KNOWN);
	pk_po_meta(po, "ocr-reread-why", why);
}

void
pk_pdflayer_free(struct pk_pdflayer *l)
{
	pk_ocr_free(l->dict);
	pk_buf_free(&l->judged);
	pk_buf_free(&l->reread);
	memset(l, 0, sizeof(*l));
}
