/*
 * Fuzz target: page images as pk-extract decodes them for OCR (TIFF,
 * each frame; PNG, JPEG and the rest MuPDF reads), under the same size
 * limits, into the gray job OCR would read.  Tesseract itself is left
 * out: a model load a run would make the target too slow to find
 * anything in the decoders.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../pipeline/extract.h"
#include "../../pipeline/pdfocr.h"

static void
quiet(void *user, const char *message)
{
	(void)user;
	(void)message;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_context		*ctx;
	enum pk_format		 fmt = pk_extract_detect((const char *)data,
	    size);
	int			 i, n = 1;

	if ((ctx = fz_new_context(NULL, NULL, (size_t)64 << 20)) == NULL)
		abort();
	fz_set_error_callback(ctx, quiet, NULL);
	fz_set_warning_callback(ctx, quiet, NULL);
	fz_var(n);
	fz_var(i);
	fz_try(ctx)
		if (fmt == PK_FMT_TIFF)
			n = fz_load_tiff_subimage_count(ctx, data, size);
	fz_catch(ctx)
		n = 0;
	for (i = 0; i < n && i < 4; i++) {
		fz_pixmap		*pix = NULL;
		fz_image		*img = NULL;
		fz_buffer		*buf = NULL;
		struct pk_ocr_job	 job;

		memset(&job, 0, sizeof(job));
		fz_var(pix);
		fz_var(img);
		fz_var(buf);
		fz_try(ctx) {
			int w = 0, h = 0, xres, yres;
			fz_colorspace *cs = NULL;

			/*
			 * Sized before decoding, as pk-extract does, with a
			 * smaller limit: the fuzzer's memory is bounded.
			 */
			if (fmt == PK_FMT_TIFF) {
				fz_load_tiff_info_subimage(ctx, data, size, &w,
				    &h, &xres, &yres, &cs, i);
				fz_drop_colorspace(ctx, cs);
			} else {
				buf = fz_new_buffer_from_shared_data(ctx, data,
				    size);
				img = fz_new_image_from_buffer(ctx, buf);
				w = img->w;
				h = img->h;
			}
			if ((long)w * h > 16L * 1000 * 1000)
				fz_throw(ctx, FZ_ERROR_GENERIC, "too large");
			if (fmt == PK_FMT_TIFF)
				pix = fz_load_tiff_subimage(ctx, data, size, i);
			else
				pix = fz_get_pixmap_from_image(ctx, img, NULL,
				    NULL, NULL, NULL);
			pk_pdfocr_job_from_pixmap(ctx, pix, 300, &job);
		}
		fz_always(ctx) {
			fz_drop_pixmap(ctx, pix);
			fz_drop_image(ctx, img);
			fz_drop_buffer(ctx, buf);
		}
		fz_catch(ctx) {
			/* refused: fine */
		}
		free(job.gray);
	}
	fz_drop_context(ctx);
	return 0;
}
