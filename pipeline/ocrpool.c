/* OCR pages on worker threads: a FIFO of jobs, one engine a thread. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocrlang.h"
#include "ocrpool.h"

#define MAX_THREADS	64

struct pk_ocr_pool {
	char			*lang;		/* NULL: not chosen yet (auto) */
	int			 jobs;
	struct pk_ocr		*inline_engine;	/* jobs == 1 */
	pthread_t		 tid[MAX_THREADS];
	int			 nthreads;
	pthread_mutex_t		 lock;
	pthread_cond_t		 work;		/* a job was queued, or stop */
	pthread_cond_t		 finished;	/* a job is done */
	struct pk_ocr_job	*head, *tail;
	int			 stop;
	int			 chosen;	/* auto: the first page read */
	char			 err[160];
};

/* Read j's page with engine (made for lang first); keeps the image. */
static void
recognise(struct pk_ocr **engine, const char *lang, struct pk_ocr_job *j)
{
	if (*engine == NULL &&
	    (*engine = pk_ocr_new(lang, j->err, sizeof(j->err))) == NULL) {
		j->rc = -1;
	} else if (pk_ocr_recognise(*engine, j->gray, j->w, j->h, j->stride,
	    j->dpi, &j->page) == -1) {
		snprintf(j->err, sizeof(j->err), "OCR failed (out of memory)");
		j->rc = -1;
	}
}

static void
run(struct pk_ocr **engine, const char *lang, struct pk_ocr_job *j)
{
	recognise(engine, lang, j);
	free(j->gray);
	j->gray = NULL;
}

/*
 * --lang auto, on the first page, before any thread: read it with the
 * default languages, and when what was read is in another language
 * whose model is installed, read it again with that one, which the
 * document's other pages are read with too (ocrlang.c).
 */
static void
choose_lang(struct pk_ocr_pool *p, struct pk_ocr_job *j)
{
	struct pk_ocr	*first = NULL, *other = NULL;
	const char	*lang = PK_OCR_LANG, *found = NULL;
	char		 err[sizeof(j->err)];

	recognise(&first, PK_OCR_LANG, j);
	if (j->rc == 0)
		found = pk_ocr_lang_of_page(&j->page);
	/* A language without its model here: read on with the default. */
	if (found != NULL && strcmp(found, PK_OCR_LANG) != 0 &&
	    (other = pk_ocr_new(found, err, sizeof(err))) != NULL) {
		pk_ocr_page_free(&j->page);
		memset(&j->page, 0, sizeof(j->page));
		recognise(&other, found, j);
		lang = found;
	}
	free(j->gray);
	j->gray = NULL;
	j->done = 1;
	if ((p->lang = strdup(lang)) == NULL) {
		/* Out of memory: the default, which the engine reads. */
		p->lang = NULL;
		lang = PK_OCR_LANG;
	}
	/* Without threads, the engine of the language chosen reads on. */
	if (other != NULL) {
		pk_ocr_free(first);
		first = other;
	}
	if (p->jobs == 1)
		p->inline_engine = first;
	else
		pk_ocr_free(first);
}

static void *
worker(void *arg)
{
	struct pk_ocr_pool	*p = arg;
	struct pk_ocr		*engine = NULL;
	struct pk_ocr_job	*j;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (p->head == NULL && !p->stop)
			pthread_cond_wait(&p->work, &p->lock);
		if (p->head == NULL)
			break;
		j = p->head;
		if ((p->head = j->next) == NULL)
			p->tail = NULL;
		pthread_mutex_unlock(&p->lock);
		run(&engine, p->lang, j);
		pthread_mutex_lock(&p->lock);
		j->done = 1;
		pthread_cond_broadcast(&p->finished);
	}
	pthread_mutex_unlock(&p->lock);
	pk_ocr_free(engine);
	return NULL;
}

struct pk_ocr_pool *
pk_ocr_pool_new(const char *lang, int jobs)
{
	struct pk_ocr_pool	*p;

	if ((p = calloc(1, sizeof(*p))) == NULL)
		return NULL;
	/* Before any thread: loading sets the environment. */
	(void)pk_ocr_load(p->err, sizeof(p->err));
	if (!pk_ocr_lang_is_auto(lang) && (p->lang = strdup(lang)) == NULL) {
		free(p);
		return NULL;
	}
	p->jobs = jobs < 1 ? 1 : jobs > MAX_THREADS ? MAX_THREADS : jobs;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->finished, NULL);
	return p;
}

void
pk_ocr_pool_submit(struct pk_ocr_pool *p, struct pk_ocr_job *j)
{
	j->done = 0;
	j->rc = 0;
	j->next = NULL;
	memset(&j->page, 0, sizeof(j->page));
	if (p->lang == NULL && !p->chosen) {
		p->chosen = 1;
		choose_lang(p, j);
		return;
	}
	if (p->jobs == 1)
		return;		/* run when waited for */
	pthread_mutex_lock(&p->lock);
	/* Threads start with the first page that needs them. */
	while (p->nthreads < p->jobs &&
	    pthread_create(&p->tid[p->nthreads], NULL, worker, p) == 0)
		p->nthreads++;
	if (p->tail != NULL)
		p->tail->next = j;
	else
		p->head = j;
	p->tail = j;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->lock);
	if (p->nthreads == 0) {
		/* No thread could start: do the work here. */
		pthread_mutex_lock(&p->lock);
		p->head = p->tail = NULL;
		pthread_mutex_unlock(&p->lock);
		run(&p->inline_engine, p->lang, j);
		j->done = 1;
	}
}

void
pk_ocr_pool_wait(struct pk_ocr_pool *p, struct pk_ocr_job *j)
{
	if (p->jobs == 1) {
		if (!j->done) {
			run(&p->inline_engine, p->lang, j);
			j->done = 1;
		}
		return;
	}
	pthread_mutex_lock(&p->lock);
	while (!j->done)
		pthread_cond_wait(&p->finished, &p->lock);
	pthread_mutex_unlock(&p->lock);
}

const char *
pk_ocr_pool_lang(const struct pk_ocr_pool *p)
{
	return p->lang != NULL ? p->lang : PK_OCR_LANG;
}

void
pk_ocr_pool_free(struct pk_ocr_pool *p)
{
	int	 i;

	if (p == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	p->stop = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->lock);
	for (i = 0; i < p->nthreads; i++)
		pthread_join(p->tid[i], NULL);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->finished);
	pk_ocr_free(p->inline_engine);
	free(p->lang);
	free(p);
}
