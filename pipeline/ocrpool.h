/* OCR pages on worker threads, each with its own Tesseract engine. */
#ifndef PK_OCRPOOL_H
#define PK_OCRPOOL_H

#include "ocr.h"

/* One page to recognise; the submitter keeps it until it is done. */
struct pk_ocr_job {
	unsigned char		*gray;	/* owned; freed when done */
	int			 w, h, stride, dpi;
	struct pk_ocr_page	 page;	/* the result */
	int			 rc;	/* 0, or -1 with err */
	char			 err[160];
	int			 done;
	struct pk_ocr_job	*next;	/* in the queue */
};

struct pk_ocr_pool;

/*
 * A pool of jobs threads (1: no thread, jobs run in pk_ocr_pool_wait)
 * reading with lang (NULL or "auto": the document's, ocrlang.h).
 * Engines start when the first page arrives, so a document with a text
 * layer on every page never loads one.  Returns NULL when out of memory.
 */
struct pk_ocr_pool *pk_ocr_pool_new(const char *lang, int jobs);
/*
 * Queue j.  With lang auto, the first job is read at once, here, to
 * choose the document's languages (ocrlang.h).
 */
void	pk_ocr_pool_submit(struct pk_ocr_pool *, struct pk_ocr_job *);
/* The languages the pages are read with (after the first, under auto). */
const char *pk_ocr_pool_lang(const struct pk_ocr_pool *);
/* Until job is done (its page filled, or rc -1 and err). */
void	pk_ocr_pool_wait(struct pk_ocr_pool *, struct pk_ocr_job *);
/* Waits for every submitted job, then stops the threads. */
void	pk_ocr_pool_free(struct pk_ocr_pool *);

#endif
