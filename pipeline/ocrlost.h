/*
 * Ink the OCR engine read no word from, found so that it can be read
 * again (ocr.c), and the words read there put into the page's lines.
 */
#ifndef PK_OCRLOST_H
#define PK_OCRLOST_H

#include <stddef.h>

#include "ocr.h"

/* A rectangle of a page's image, in pixels, x1 and y1 past its end. */
struct pk_ocr_box {
	int	 x0, y0, x1, y1;
};

/*
 * The lines of marks as tall as letters on page's image (8-bit gray,
 * stride bytes a row, page->width by page->height) that no word of the
 * page covers, each with a margin around it, into out[0..max): their
 * number, 0 when there are none or more than max (a picture, a page of
 * specks: nothing to read), or -1 when memory ran out.
 */
int	pk_ocr_lost_ink(const struct pk_ocr_page *page,
	    const unsigned char *gray, int stride, int dpi,
	    struct pk_ocr_box *out, size_t max);
/*
 * Box b of the image gray (stride bytes a row) made black on white, the
 * ink darker than half, with border pixels of white around it: the
 * engine thresholds a small rectangle of a scan by its own histogram,
 * mostly paper, and reads the paper's grain as letters ("§ 2." came out
 * "ST2G"; made black on white, "§ 2.").  A new buffer of *w by *h
 * bytes, rows packed, or NULL when memory ran out.
 */
unsigned char	*pk_ocr_lost_crop(const unsigned char *gray, int stride,
		    const struct pk_ocr_box *b, int border, int *w, int *h);
/*
 * Whether the spans a0..a1 and b0..b1 of two lines' or words' heights
 * share half the lower one's: they stand in one line.
 */
int	pk_ocr_same_height(int a0, int a1, int b0, int b1);
/* Whether words a and b overlap in one line: the same ink read twice. */
int	pk_ocr_same_place(const struct pk_ocr_word *a,
	    const struct pk_ocr_word *b);
/* Insert w as page's word at (nwords: after the last); the page grows
 * as it needs.  0, or -1 when memory ran out. */
int	pk_ocr_insert_word(struct pk_ocr_page *page, size_t at,
	    const struct pk_ocr_word *w);
/*
 * Put the n words of one line, read where ink was lost, into page's
 * words: into the line they stand in, in the order of their x, where
 * one shares their height; else as a line and paragraph of their own,
 * before the first line that starts below their top.  The words' texts
 * pass to the page.  0, or -1 when memory ran out (the words not put
 * in then freed).
 */
int	pk_ocr_insert_line(struct pk_ocr_page *page, struct pk_ocr_word *w,
	    size_t n);

#endif
