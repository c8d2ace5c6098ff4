/* A MuPDF device that counts the glyphs drawn, visible and invisible. */
#ifndef PK_GLYPHCOUNT_H
#define PK_GLYPHCOUNT_H

#include <stddef.h>

#include <mupdf/fitz.h>

/* A page's glyphs: drawn, and drawn invisible (render mode 3, alpha 0). */
struct pk_glyphs {
	size_t	 visible;
	size_t	 invisible;
};

/*
 * A device that adds the glyphs it is given to *counts and hands every
 * call on to target, so that one run of a page's content stream both
 * builds target's result (a structured text page) and counts: a second
 * run only to count cost a third of pk-extract's time.  target may be
 * NULL (count only).  Both target and counts are borrowed: the device
 * neither closes nor drops target.  Dropped with fz_drop_device; throws
 * as fz_new_derived_device does.
 */
fz_device	*pk_glyphcount_new(fz_context *, fz_device *target,
		    struct pk_glyphs *counts);

/*
 * Page i of doc as structured text made with opts, its glyphs counted
 * into *counts on the way (zeroed first): what
 * fz_new_stext_page_from_page_number makes, in the same one run of the
 * page's content stream.  The page belongs to the caller; throws.
 */
fz_stext_page	*pk_glyphcount_stext(fz_context *, fz_document *, int i,
		    const fz_stext_options *, struct pk_glyphs *counts);

/* Whether most of the glyphs counted are invisible. */
int		 pk_glyphs_mostly_invisible(const struct pk_glyphs *);

#endif
