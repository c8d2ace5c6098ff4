/* A PDF page's existing text layer judged: read as it is, or again by OCR. */
#ifndef PK_PDFLAYER_H
#define PK_PDFLAYER_H

#include <mupdf/fitz.h>

#include "buf.h"
#include "glyphcount.h"
#include "ocr.h"
#include "pagedout.h"

/*
 * An invisible text layer (render mode 3: what a scanner's or an
 * earlier Tesseract's OCR leaves over the image) is read again by OCR
 * when fewer than this percentage of its lower-case words are words of
 * its language's dictionary (pdflayer.c).  Measured (docs/extraction.md):
 * the fixtures' typed text 91-98%; Tesseract 5's reading of two pages
 * of a real scan 91%; that scan's own old layer 80% over its 17 pages
 * (48-90% a page).
 */
#define PK_LAYER_MIN_KNOWN	85
/* Fewer words than this are too few to judge: the layer is kept. */
#define PK_LAYER_MIN_WORDS	12
/* Text layer pages give OCR its language when they hold this much. */
#define PK_LAYER_LANG_BYTES	400

/* What one document's judging needs and found; zeros to start. */
struct pk_pdflayer {
	struct pk_ocr	*dict;		/* dictionary of dict_lang, loaded
					 * when first needed; owned */
	char		 dict_lang[32];
	int		 no_dict;	/* none could be loaded: layers kept */
	int		 judged_doc;	/* the document's layer judged */
	int		 percent;	/* of its words known, all pages */
	int		 poor;		/* below PK_LAYER_MIN_KNOWN */
	struct pk_buf	 judged;	/* invisible pages and the percent of
					 * their words known: "3:43,4:88" */
	struct pk_buf	 reread;	/* pages read again: "3,4" */
	char		 lang[32];	/* OCR's languages from the text
					 * layer ("nor+eng"), or "" */
	int		 lang_tried;
};

/*
 * Whether page i of doc, which has text and whose glyphs g counted as
 * its structured text was made (glyphcount.h), carries an invisible
 * layer too poor to keep (--ocr auto): then it is recorded and the page
 * is to be read by OCR.  The first such page judges the document's
 * whole invisible layer.  Never throws.
 */
int	pk_pdflayer_poor(struct pk_pdflayer *, fz_context *, fz_document *,
	    int i, const struct pk_glyphs *g);
/*
 * --lang auto on a PDF that mixes text and scanned pages: the language
 * of the visible text layer's pages into l->lang, when they hold enough
 * text to tell it and its Tesseract data is installed (once a
 * document).  Never throws.
 */
void	pk_pdflayer_doc_lang(struct pk_pdflayer *, fz_context *,
	    fz_document *);
/* The front matter of what was judged (docs/paged-text.md). */
void	pk_pdflayer_meta(const struct pk_pdflayer *, struct pk_pagedout *);
void	pk_pdflayer_free(struct pk_pdflayer *);

#endif
