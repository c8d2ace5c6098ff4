/* Between MuPDF and OCR: page images out, recognised words back in. */
#ifndef PK_PDFOCR_H
#define PK_PDFOCR_H

#include <mupdf/fitz.h>

#include "ocrpool.h"

/* How a refusal over a size limit starts its message (MuPDF 1.21 has no
 * error code for it). */
#define PK_TOO_LARGE	"too large: "

/*
 * A TIFF frame's size and resolution without decoding it: MuPDF 1.21
 * has it, but not in its public headers.  The caller drops *cspace.
 */
void	fz_load_tiff_info_subimage(fz_context *, const unsigned char *buf,
	    size_t len, int *w, int *h, int *xres, int *yres,
	    fz_colorspace **cspace, int subimage);

/* Whether a page's text layer has enough text to be read as it is. */
int	pk_pdfocr_has_text(fz_stext_page *);
/* Page i of doc rendered gray at dpi into job (throws on failure). */
void	pk_pdfocr_render(fz_context *, fz_document *, int i, int dpi,
	    struct pk_ocr_job *);
/* An image (any colour) as a gray job scanned at dpi (throws). */
void	pk_pdfocr_job_from_pixmap(fz_context *, fz_pixmap *, int dpi,
	    struct pk_ocr_job *);
/* The mean width of a character OCR read, in points. */
float	pk_pdfocr_char_width(const struct pk_ocr_page *, int dpi);
/*
 * The words of p as structured text in points, one block a paragraph,
 * so that the PDF layout reads them as it reads a text layer (throws).
 */
fz_stext_page *pk_pdfocr_stext(fz_context *, const struct pk_ocr_page *p,
	    int dpi);

#endif
