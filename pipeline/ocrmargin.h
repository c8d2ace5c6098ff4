/*
 * Numbers in a page's margin that the OCR engine read as a column of
 * their own, put back beside the text they stand by.
 */
#ifndef PK_OCRMARGIN_H
#define PK_OCRMARGIN_H

#include <stddef.h>

#include "ocr.h"
#include "ocrlost.h"

/*
 * Where an item's number stands alone in the left margin ("§ 7.", the
 * text indented and a little lower), the engine's page layout reads
 * the margin as a column: "§ 7." "§ 8." "§ 9." come before all the
 * text of the page, and each item's text lands in the item before.
 * Such a column is two or more lines one below the other, each a
 * number or a section sign with a number and nothing else, standing
 * left of the line read after them, which starts higher up than the
 * column's last line.  Its lines are taken out and each is put back by
 * its height (pk_ocr_insert_line): into the line it shares a height
 * with, or before the first line below it.  So is one short line read
 * between two that follow each other down the page, standing lower
 * than the second and left of it, at a typewriter's indent
 * ("Justeras:" in the margin, read with the heading above it in the
 * margin, before that item's text).  Done by pk_ocr_recognise;
 * exposed for the tests.  Returns the number of lines moved, or -1
 * when memory ran out (the page's words then as they were, or with
 * some lines moved).
 */
int	pk_ocr_margin_column(struct pk_ocr_page *);

/*
 * Whether s is an item's number as a margin shows it: the section sign
 * and one to three digits, perhaps a stop ("§ 7.", "§12.").
 */
int	pk_ocr_margin_head(const char *s);
/*
 * The lines of page that may be such a number the engine misread
 * ("Srne", "$-3.", "ST24", "2" for "§ 2."): a line of one or two short
 * words that does not read as one, with its title beside it, right of
 * it at its height ("STL;<TAB>Justering."), or else alone at its height
 * before a line that starts right of it (the item's text, indented) or
 * last on the page (its text on the next).  Their first words into
 * first[], their boxes (reaching right towards the title or the text,
 * so that ink the engine left out is in them) into box[], at most max;
 * their number.
 */
size_t	pk_ocr_margin_guesses(const struct pk_ocr_page *page, size_t *first,
	    struct pk_ocr_box *box, size_t max);

#endif
