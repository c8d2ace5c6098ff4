/*
 * A second thread reading a PDF's pages from the last one down while
 * the caller reads them from the first one up and lays them out: the
 * interpretation of the content streams, three quarters of pk-extract's
 * time on a text PDF, shared by two cores.  The thread has a MuPDF
 * context and an opening of the document of its own, so nothing of
 * MuPDF's is shared between the threads (no locks): the pages it makes
 * hold its fonts, so they come back to it to be dropped.  The caller
 * lays out every page in page order, so the text is what one thread
 * makes.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mupdf/pdf.h>

#include "heap.h"
#include "pdfahead.h"
#include "pdfprep.h"

/* A page read ahead. */
struct page {
	fz_stext_page		*st;
	struct pk_glyphs	 g;
	struct pk_pdf_prep	 prep;		/* what its layout finds on it */
	int			 state;		/* 0 to come, 1 made, 2 failed,
						 * 3 taken, 4 given back */
};

struct pk_ahead {
	fz_context		*ctx;		/* the thread's own */
	fz_stream		*stm;
	fz_document		*doc;		/* the thread's own opening */
	pthread_t		 tid;
	pthread_mutex_t		 lock;
	pthread_cond_t		 made;		/* a page is made or failed */
	pthread_cond_t		 back_cv;	/* a page is given back, or stop */
	int			 first, last;
	int			 front;		/* the caller took pages < front */
	int			 next;		/* the thread takes this one next */
	int			 nback;		/* pages given back, not dropped */
	int			 stop;
	struct page		*v;		/* [first, last] */
};

/* Pages given back, dropped by whoever holds the lock: the thread. */
static void
drop_given_back(struct pk_ahead *a)
{
	int	 k;

	for (k = 0; a->nback > 0 && k <= a->last - a->first; k++)
		if (a->v[k].state == 4) {
			fz_drop_stext_page(a->ctx, a->v[k].st);
			a->v[k].st = NULL;
			a->v[k].state = 3;
			a->nback--;
		}
}

static void *
run(void *arg)
{
	struct pk_ahead		*a = arg;
	fz_stext_options	 so;
	fz_stext_page		*st;
	struct pk_glyphs	 g = { 0, 0 };
	struct pk_pdf_prep	 prep;
	int			 i, state;

	pk_heap_thread();
	memset(&so, 0, sizeof(so));
	memset(&prep, 0, sizeof(prep));
	fz_var(st);
	fz_var(state);
	pthread_mutex_lock(&a->lock);
	while (!a->stop && a->next >= a->front) {
		i = a->next--;
		drop_given_back(a);
		pthread_mutex_unlock(&a->lock);
		st = NULL;
		state = 1;
		/* The page, and what laying it out finds on it alone. */
		fz_try(a->ctx) {
			st = pk_glyphcount_stext(a->ctx, a->doc, i, &so, &g);
			pk_pdf_prep(a->ctx, st, 1, &prep);
		}
		fz_catch(a->ctx) {
			fz_drop_stext_page(a->ctx, st);
			st = NULL;
			state = 2;
		}
		pthread_mutex_lock(&a->lock);
		a->v[i - a->first].st = st;
		a->v[i - a->first].g = g;
		a->v[i - a->first].prep = prep;
		a->v[i - a->first].state = state;
		pthread_cond_signal(&a->made);
	}
	/* Then the pages the caller is done with, until it stops us. */
	for (;;) {
		drop_given_back(a);
		if (a->stop)
			break;
		pthread_cond_wait(&a->back_cv, &a->lock);
	}
	pthread_mutex_unlock(&a->lock);
	return NULL;
}

static void
close_doc(struct pk_ahead *a)
{
	fz_drop_document(a->ctx, a->doc);
	fz_drop_stream(a->ctx, a->stm);
	fz_drop_context(a->ctx);
}

struct pk_ahead *
pk_ahead_new(const char *data, size_t len, const char *password, int first,
    int last)
{
	struct pk_ahead	*a;
	int		 ok = 0;

	if (last < first || (a = calloc(1, sizeof(*a))) == NULL)
		return NULL;
	a->first = a->front = first;
	a->last = a->next = last;
	if ((a->v = calloc((size_t)(last - first + 1), sizeof(*a->v))) ==
	    NULL || (a->ctx = fz_new_context(NULL, NULL, FZ_STORE_DEFAULT)) ==
	    NULL) {
		free(a->v);
		free(a);
		return NULL;
	}
	fz_set_error_callback(a->ctx, NULL, NULL);
	fz_set_warning_callback(a->ctx, NULL, NULL);
	fz_var(a);
	fz_var(ok);
	fz_try(a->ctx) {
		a->stm = fz_open_memory(a->ctx, (const unsigned char *)data,
		    len);
		a->doc = (fz_document *)pdf_open_document_with_stream(a->ctx,
		    a->stm);
		ok = !fz_needs_password(a->ctx, a->doc) ||
		    fz_authenticate_password(a->ctx, a->doc, password);
	}
	fz_catch(a->ctx)
		ok = 0;
	if (ok && pthread_mutex_init(&a->lock, NULL) == 0) {
		if (pthread_cond_init(&a->made, NULL) == 0) {
			if (pthread_cond_init(&a->back_cv, NULL) == 0) {
				if (pthread_create(&a->tid, NULL, run, a) == 0)
					return a;
				pthread_cond_destroy(&a->back_cv);
			}
			pthread_cond_destroy(&a->made);
		}
		pthread_mutex_destroy(&a->lock);
	}
	close_doc(a);
	free(a->v);
	free(a);
	return NULL;
}

fz_stext_page *
pk_ahead_take(struct pk_ahead *a, int i, struct pk_glyphs *g,
    struct pk_pdf_prep *prep)
{
	struct page	*p;
	fz_stext_page	*st = NULL;

	if (a == NULL || i < a->first || i > a->last)
		return NULL;
	pthread_mutex_lock(&a->lock);
	if (i > a->next) {
		/* The thread's page: it is made, or being made. */
		p = &a->v[i - a->first];
		while (p->state == 0)
			pthread_cond_wait(&a->made, &a->lock);
		if (p->state == 1) {
			st = p->st;
			*g = p->g;
			*prep = p->prep;
			memset(&p->prep, 0, sizeof(p->prep));
			p->state = 3;
		}
	} else if (i >= a->front)
		a->front = i + 1;	/* ours: the thread stops short of it */
	pthread_mutex_unlock(&a->lock);
	return st;
}

void
pk_ahead_drop(struct pk_ahead *a, fz_context *ctx, fz_stext_page *st)
{
	int	 k;

	if (st == NULL)
		return;
	if (a != NULL) {
		pthread_mutex_lock(&a->lock);
		for (k = 0; k <= a->last - a->first; k++)
			if (a->v[k].state == 3 && a->v[k].st == st) {
				a->v[k].state = 4;
				a->nback++;
				pthread_cond_signal(&a->back_cv);
				pthread_mutex_unlock(&a->lock);
				return;
			}
		pthread_mutex_unlock(&a->lock);
	}
	fz_drop_stext_page(ctx, st);
}

int
pk_ahead_core_free(void)
{
	double	 load;
	long	 ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	return ncpu >= 2 && getloadavg(&load, 1) == 1 &&
	    load <= (double)ncpu - 0.5;
}

void
pk_ahead_free(struct pk_ahead *a)
{
	int	 k;

	if (a == NULL)
		return;
	pthread_mutex_lock(&a->lock);
	a->stop = 1;
	pthread_cond_signal(&a->back_cv);
	pthread_mutex_unlock(&a->lock);
	pthread_join(a->tid, NULL);
	/* The thread is gone: its context is ours now. */
	for (k = 0; k <= a->last - a->first; k++) {
		if (a->v[k].state == 1 || a->v[k].state == 4)
			fz_drop_stext_page(a->ctx, a->v[k].st);
		pk_pdf_prep_free(&a->v[k].prep);
	}
	close_doc(a);
	pthread_cond_destroy(&a->back_cv);
	pthread_cond_destroy(&a->made);
	pthread_mutex_destroy(&a->lock);
	free(a->v);
	free(a);
}
