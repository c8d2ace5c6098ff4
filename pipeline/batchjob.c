/* pk-batch's child: limits, one document through the chain, results to temporaries. */
#include <sys/resource.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "digest.h"
#include "io.h"

/* AddressSanitizer reserves terabytes of address space: no RLIMIT_AS. */
#if defined(__SANITIZE_ADDRESS__)
#define PK_LIMIT_AS	0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PK_LIMIT_AS	0
#endif
#endif
#ifndef PK_LIMIT_AS
#define PK_LIMIT_AS	1
#endif

static void
limit(int resource, rlim_t soft, rlim_t hard)
{
	struct rlimit	 now, rl = { soft, hard };

	/* Never above the hard limit the process was given (a systemd
	 * unit's LimitCPU=): asking for more would leave no limit set. */
	if (getrlimit(resource, &now) == 0 && now.rlim_max != RLIM_INFINITY) {
		if (rl.rlim_max == RLIM_INFINITY || rl.rlim_max > now.rlim_max)
			rl.rlim_max = now.rlim_max;
		if (rl.rlim_cur > rl.rlim_max)
			rl.rlim_cur = rl.rlim_max;
	}
	(void)setrlimit(resource, &rl);
}

/*
 * A page goes to OCR: counted where the scheduler sees it (its wall
 * clock limit grows), and this process's CPU limit grows alike.
 */
static void
ocr_page(void *arg)
{
	struct pk_batch	*b = arg;
	struct rlimit	 rl;

	if (b->ocr_pages != NULL)
		b->ocr_pages[b->child_slot]++;
	if (b->opts.cpu > 0 && b->opts.ocr_seconds > 0 &&
	    getrlimit(RLIMIT_CPU, &rl) == 0) {
		rl.rlim_cur += b->opts.ocr_seconds;
		(void)setrlimit(RLIMIT_CPU, &rl);
	}
}

/*
 * Faults for the tests of isolation, only with PK_BATCH_TEST_FAULTS set
 * in the environment: a document whose name holds "fault-hang" hangs,
 * "fault-spin" burns CPU, "fault-alloc" allocates without end and
 * "fault-crash" dies of SIGABRT (sanitizers leave that one alone).
 */
static void
test_fault(const char *name)
{
	volatile unsigned long	 spin = 0;

	if (getenv("PK_BATCH_TEST_FAULTS") == NULL)
		return;
	if (strstr(name, "fault-hang") != NULL)
		for (;;)
			pause();
	if (strstr(name, "fault-spin") != NULL)
		for (;;)
			spin++;
	if (strstr(name, "fault-alloc") != NULL)
		for (;;) {
			char *p = malloc((size_t)16 << 20);

			if (p == NULL)
				_exit(4);
			memset(p, 1, (size_t)16 << 20);
		}
	if (strstr(name, "fault-crash") != NULL)
		abort();
}

/*
 * And at the end of a document's work, "fault-stop" asks the scheduler
 * to stop, as an operator's kill while the scheduler finishes the
 * document (writes its package) would.
 */
static void
test_fault_at_end(const char *name)
{
	if (getenv("PK_BATCH_TEST_FAULTS") != NULL &&
	    strstr(name, "fault-stop") != NULL)
		(void)kill(getppid(), SIGTERM);
}

/* A VmRSS/VmHWM line of /proc/self/status, in KiB (0 when unknown). */
static long
vm_kb(const char *key)
{
	FILE	*fp = fopen("/proc/self/status", "r");
	char	 line[256];
	size_t	 n = strlen(key);
	long	 kb = 0;

	if (fp == NULL)
		return 0;
	while (fgets(line, sizeof(line), fp) != NULL)
		if (strncmp(line, key, n) == 0 && line[n] == ':') {
			kb = atol(line + n + 1);
			break;
		}
	fclose(fp);
	return kb;
}

static int
write_all(const char *path, const char *data, size_t len)
{
	int	 fd, saved;
	ssize_t	 w;

	/* The umask decides, as for pk_io_write's results. */
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666)) == -1)
		return -1;
	while (len > 0) {
		if ((w = write(fd, data, len)) == -1) {
			if (errno == EINTR)
				continue;
			saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
		data += w;
		len -= (size_t)w;
	}
	return close(fd);
}

/*
 * The first error among the diagnostics (else their first line),
 * without the program's name: a warning said before it (no profile fits
 * well) is not why the document failed.
 */
static void
first_line(char *msg, size_t len, char *out, size_t size)
{
	char	*nl, *line;

	if (msg == NULL || len == 0) {
		snprintf(out, size, "failed without a message");
		return;
	}
	for (line = msg; line != NULL; line = nl != NULL ? nl + 1 : NULL) {
		const char *e = strstr(line, ": error: ");

		nl = strchr(line, '\n');
		if (e != NULL && (nl == NULL || e < nl)) {
			msg = line;
			break;
		}
	}
	if ((nl = strchr(msg, '\n')) != NULL)
		*nl = '\0';
	if (strncmp(msg, "pk-batch: ", 10) == 0)
		msg += 10;
	snprintf(out, size, "%s", msg);
}

/*
 * The warnings among the diagnostics, without program, file and
 * "warning: ", on one line, each ended by a \037 (the unit separator:
 * a warning may hold "; "), as read_result reads them.
 */
static void
warnings_of(const char *msg, size_t len, char *out, size_t size)
{
	const char	*line, *end = msg + len, *nl;
	char		 buf[1024], *w;
	size_t		 used = 0, n;

	out[0] = '\0';
	for (line = msg; msg != NULL && line < end; line = nl + 1) {
		if ((nl = memchr(line, '\n', (size_t)(end - line))) == NULL)
			nl = end;
		n = (size_t)(nl - line) < sizeof(buf) ? (size_t)(nl - line) :
		    sizeof(buf) - 1;
		memcpy(buf, line, n);
		buf[n] = '\0';
		if ((w = strstr(buf, ": warning: ")) == NULL)
			continue;
		w += 11;
		if (used + strlen(w) + 2 >= size)
			break;
		used += (size_t)snprintf(out + used, size - used, "%s\037",
		    w);
	}
}

/* Output k (0: the minutes XML, k: format k - 1) is made this time. */
#define MADE(formats, k) ((formats) == 0 || ((k) > 0 && \
	((formats) & 1U << ((k) - 1)) != 0))

int
pk_batch_child(struct pk_batch *b, const struct pk_doc *doc,
    const char *data, size_t len, const char *sha256, const char *tag,
    unsigned formats)
{
	struct pk_chain_result	 res;
	struct pk_diag		*d = b->diag;
	const struct pk_buf	*buf;
	FILE			*msgs, *rf;
	char			*msg = NULL, err[1024], path[4096];
	char			 warn[1024];
	char			 digest[PK_SHA256_HEX];
	size_t			 msglen = 0, k;
	int			 code, rc = -1, fd;
	struct pk_buf		 kept = { 0 };
	/* What the worker adds to what it shares with the scheduler. */
	long			 start_kb = vm_kb("VmRSS");

	/* A library's own complaints must not reach the batch's stderr. */
	if ((fd = open("/dev/null", O_WRONLY)) != -1) {
		dup2(fd, STDERR_FILENO);
		close(fd);
	}
	if (b->opts.cpu > 0)
		/* With --ocr-seconds the soft limit grows with each page
		 * (ocr_page); the hard one must leave it room. */
		limit(RLIMIT_CPU, b->opts.cpu, b->opts.ocr_seconds > 0 ?
		    RLIM_INFINITY : b->opts.cpu + 1);
	b->chain->opts.extract.ocr.on_page = ocr_page;
	b->chain->opts.extract.ocr.on_page_arg = b;
	if (PK_LIMIT_AS && b->opts.memory > 0)
		limit(RLIMIT_AS, b->opts.memory, b->opts.memory);
	test_fault(doc->rel);

	memset(&res, 0, sizeof(res));
	/*
	 * Only formats: from the minutes XML made before, no extraction
	 * (nor OCR) again.  Should it not serve (gone, changed by hand,
	 * invalid now), silently the whole chain.
	 */
	if (formats != 0) {
		d->sink = NULL;
		snprintf(path, sizeof(path), "%s/%s.xml", b->opts.outdir,
		    doc->rel);
		if (pk_io_read(path, (size_t)4 << 30, &kept, d) == -1 ||
		    (rc = pk_chain_reformat(b->chain, doc->path, kept.data ?
		    kept.data : "", kept.len, formats, &res)) == -1) {
			pk_chain_result_free(&res);
			memset(&res, 0, sizeof(res));
			formats = 0;
		}
		pk_buf_free(&kept);
	}
	if ((msgs = open_memstream(&msg, &msglen)) == NULL)
		return 3;
	d->sink = msgs;
	d->nerrors = 0;
	/* The scheduler hashed the input already. */
	b->chain->opts.extract.sha256 = sha256;
	if (formats == 0 && doc->embedded != NULL) {
		/* A PDF's embedded document: its own bytes, its own digest,
		 * the name FILE#NAME (batchembed.c). */
		struct pk_buf	 inner = { 0 };
		char		 name[4096];

		snprintf(name, sizeof(name), "%s#%s", doc->path,
		    doc->embedded);
		b->chain->opts.extract.sha256 = NULL;
		if (pk_batch_embedded_data(doc, data, len,
		    &b->chain->opts.extract, b->opts.max_size, &inner) == -1) {
			memset(&res, 0, sizeof(res));
			pk_diag(d, PK_E_EMBEDDED, 0, "%s: not found again in "
			    "its PDF", doc->embedded);
			rc = -1;
		} else
			rc = pk_chain_run(b->chain, name, inner.data ?
			    inner.data : "", inner.len, &res);
		pk_buf_free(&inner);
	} else if (formats == 0)
		rc = pk_chain_run(b->chain, doc->path, data, len, &res);
	fclose(msgs);
	warnings_of(msg, msglen, warn, sizeof(warn));
	err[0] = '\0';
	code = 0;
	if (rc == -1) {
		first_line(msg, msglen, err, sizeof(err));
		code = d->last == PK_E_NOMEM ? 4 : 1;
	}
	for (k = 0; rc == 0 && k <= b->chain->nformats; k++) {
		if (!MADE(formats, k))
			continue;
		buf = k == 0 ? &res.xml : &res.out[k - 1];
		snprintf(path, sizeof(path), "%s/%s.%zu", b->tmpdir, tag, k);
		if (write_all(path, buf->data ? buf->data : "", buf->len)
		    == -1) {
			snprintf(err, sizeof(err), "%s: %s", b->opts.outdir,
			    strerror(errno));
			code = 3;
			break;
		}
	}
	snprintf(path, sizeof(path), "%s/%s.result", b->tmpdir, tag);
	if ((rf = fopen(path, "w")) == NULL)
		return 3;
	/* The lines read_result reads, in its order. */
	fprintf(rf, "%d\n%s\n%s\n%ld\n%d\n%d\n%d\n%d\n%s\n%s\n", res.pages,
	    res.profile, err, vm_kb("VmHWM") - start_kb, res.score, res.items,
	    res.persons, res.decisions, res.ocr_low, warn);
	for (k = 0; code == 0 && k <= b->chain->nformats; k++) {
		buf = k == 0 ? &res.xml : &res.out[k - 1];
		if (!MADE(formats, k))
			snprintf(digest, sizeof(digest), "-");
		else if (pk_sha256_hex(buf->data ? buf->data : "", buf->len,
		    digest) == -1)
			code = 4;
		fprintf(rf, "%s\n", digest);
	}
	if (fclose(rf) == EOF)
		code = 3;
	pk_chain_result_free(&res);
	free(msg);
	test_fault_at_end(doc->rel);
	return code;
}
