/* pk-batch's scheduler: children under limits, results renamed into place, the manifest. */
/* asprintf(3) */
#define _GNU_SOURCE
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "digest.h"
#include "io.h"
#include "ocr.h"
#include "review.h"
#include "rules.h"
#include "choice.h"
#include "transform.h"
#include "version.h"

#define MAX_JOBS	256

static const char *const status_names[PK_DOC__MAX] = {
	"ok", "review", "unchanged", "rejected", "timeout", "cpu-limit",
	"memory-limit", "crash", "system"
};

const char *
pk_doc_status_name(enum pk_doc_status s)
{
	return s < PK_DOC__MAX ? status_names[s] : "?";
}

/*
 * What a child said of its document, from its result file: the
 * manifest's and the log's fields.
 */
struct facts {
	int	 pages;
	int	 score, items, persons, decisions;	/* -1: not converted */
	char	 profile[64];
	char	 ocr_low[256];
	char	 warnings[1024];	/* one a line */
	char	 error[1024];
	char	 outputs[2048];
	char	 review[512];		/* why it is to review */
	int	 kept;			/* the minutes XML kept: only formats
					 * made, no page read */
};

/* One running child. */
struct slot {
	pid_t			 pid;		/* 0: free */
	const struct pk_doc	*doc;
	char			 sha256[PK_SHA256_HEX];
	char			 tag[32];
	double			 started;
	enum pk_doc_status	 killed;	/* PK_DOC_OK: not killed */
	int			 threads;	/* cores it was given for OCR */
	unsigned		 formats;	/* 0: the whole chain; else
						 * only these formats (bit k:
						 * format k) from the kept
						 * minutes XML */
	char			 prev_outputs[2048];	/* of its record */
	char			 prev_warnings[1024];
	int			 prev_review;	/* it was to review before */
};

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* mkdir -p for the directory part of path. */
static int
make_parents(char *path)
{
	char	*s;

	for (s = strchr(path + 1, '/'); s != NULL; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(path, 0755) == -1 && errno != EEXIST) {
			*s = '/';
			return -1;
		}
		*s = '/';
	}
	return 0;
}

/* Remove what a killed run left among the temporaries. */
static void
clear_tmpdir(const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	char		 path[4096];

	if ((dp = opendir(dir)) == NULL)
		return;
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		(void)unlink(path);
	}
	closedir(dp);
}

/*
 * The process holding a flock(2) on fd's file, from /proc/locks, for
 * the message; 0 when it cannot be told (another PID namespace).
 */
static long
lock_holder(int fd)
{
	struct stat	 st;
	FILE		*fp;
	char		 line[256], want[64], dev[64];
	long		 pid, holder = 0;

	if (fstat(fd, &st) == -1 || (fp = fopen("/proc/locks", "r")) == NULL)
		return 0;
	/* As the kernel prints it: MAJOR:MINOR:INODE, in hex and decimal. */
	snprintf(want, sizeof(want), "%02x:%02x:%lu", major(st.st_dev),
	    minor(st.st_dev), (unsigned long)st.st_ino);
	while (holder == 0 && fgets(line, sizeof(line), fp) != NULL)
		if (sscanf(line, "%*d: FLOCK %*s WRITE %ld %63s", &pid, dev) ==
		    2 && strcmp(dev, want) == 0)
			holder = pid;
	fclose(fp);
	return holder;
}

/*
 * One run at a time in OUTDIR: a second one would clear the first's
 * temporaries and rewrite its manifest under it.  The lock file stays
 * when the run ends, empty: were it removed, a third run could lock a
 * new file while the second still held the old one.  The children
 * inherit the descriptor and die with the scheduler, so the lock goes
 * with it however it ends.  0, or -1 with a diagnostic (PK_E_BUSY when
 * another run holds it).
 */
static int
lock_outdir(struct pk_batch *b)
{
	char	*path;
	long	 holder;

	if (asprintf(&path, "%s/.pk-lock", b->opts.outdir) == -1) {
		pk_diag(b->diag, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	if ((b->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644))
	    == -1) {
		pk_diag_at(b->diag, PK_E_WRITE, path, 0, "%s",
		    strerror(errno));
		free(path);
		return -1;
	}
	free(path);
	if (flock(b->lock_fd, LOCK_EX | LOCK_NB) == 0)
		return 0;
	if (errno == EWOULDBLOCK) {
		if ((holder = lock_holder(b->lock_fd)) > 0)
			pk_diag_at(b->diag, PK_E_BUSY, b->opts.outdir, 0,
			    "process %ld; nothing done, run again when it has "
			    "finished", holder);
		else
			pk_diag_at(b->diag, PK_E_BUSY, b->opts.outdir, 0,
			    "nothing done, run again when it has finished");
	} else
		pk_diag_at(b->diag, PK_E_WRITE, b->opts.outdir, 0,
		    "cannot lock: %s", strerror(errno));
	close(b->lock_fd);
	b->lock_fd = -1;
	return -1;
}

int
pk_batch_open(struct pk_batch *b, const struct pk_batch_opts *opts,
    struct pk_chain *chain, const char *rulesdigest, const char *stylesdigest,
    struct pk_diag *d)
{
	char	*dir;

	memset(b, 0, sizeof(*b));
	b->opts = *opts;
	b->chain = chain;
	b->diag = d;
	b->lock_fd = -1;
	snprintf(b->rules, sizeof(b->rules), "%s", rulesdigest);
	for (size_t k = 0; k < chain->nformats; k++)
		pk_transform_suffix(chain->tr[k], chain->format[k],
		    b->suffix[k], sizeof(b->suffix[k]));
	snprintf(b->styles, sizeof(b->styles), "%s", stylesdigest);
	if (b->opts.jobs == 0)
		b->opts.jobs = 1;
	if (b->opts.jobs > MAX_JOBS)
		b->opts.jobs = MAX_JOBS;
	if ((dir = strdup(opts->outdir)) == NULL ||
	    asprintf(&b->tmpdir, "%s/.pk-tmp", opts->outdir) == -1) {
		free(dir);
		b->tmpdir = NULL;
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	if ((make_parents(dir) == -1 || (mkdir(dir, 0755) == -1 &&
	    errno != EEXIST)) || (mkdir(b->tmpdir, 0755) == -1 &&
	    errno != EEXIST) || access(b->tmpdir, W_OK) == -1) {
		pk_diag_at(d, PK_E_WRITE, opts->outdir, 0, "%s",
		    strerror(errno));
		free(dir);
		goto fail;
	}
	free(dir);
	/* Before anything of OUTDIR is touched: it may be another run's. */
	if (lock_outdir(b) == -1)
		goto fail;
	clear_tmpdir(b->tmpdir);
	if (pk_manifest_open(&b->manifest, opts->outdir, b->tmpdir, d) == -1) {
		(void)rmdir(b->tmpdir);	/* ours: under the lock */
		goto fail;
	}
	return 0;
fail:
	pk_manifest_close(&b->manifest);
	if (b->lock_fd != -1)
		close(b->lock_fd);
	b->lock_fd = -1;
	free(b->tmpdir);
	b->tmpdir = NULL;
	return -1;
}

void
pk_batch_close(struct pk_batch *b)
{
	pk_manifest_close(&b->manifest);
	if (b->tmpdir != NULL) {
		clear_tmpdir(b->tmpdir);
		(void)rmdir(b->tmpdir);
	}
	free(b->tmpdir);
	b->tmpdir = NULL;
	/* Last: the temporaries are cleared under the lock. */
	if (b->lock_fd != -1)
		close(b->lock_fd);
	b->lock_fd = -1;
}

const char *
pk_batch_suffix(const struct pk_batch *b, const char *name)
{
	for (size_t k = 0; k < b->chain->nformats; k++)
		if (strcmp(b->chain->format[k], name) == 0)
			return b->suffix[k];
	return name;
}

/* OUTDIR/rel.ext: the minutes XML is "xml", format k b->suffix[k]. */
static int
out_path(const struct pk_batch *b, const char *rel, const char *ext,
    char *out, size_t size)
{
	return snprintf(out, size, "%s/%s.%s", b->opts.outdir, rel, ext) <
	    (int)size ? 0 : -1;
}

/* What a document needs (what_to_do). */
enum work {
	WORK_NONE,		/* up to date, or failed before (no --retry) */
	WORK_CHAIN,		/* the whole chain: extraction, OCR, ... */
	WORK_FORMATS		/* some formats from the kept minutes XML */
};

/* Whether outputs ("xml=SHA html=SHA") lists name. */
static int
lists_output(const char *outputs, const char *name)
{
	size_t	 n = strlen(name);

	for (const char *p = outputs; p != NULL && *p != '\0';
	    p = strchr(p, ' ')) {
		while (*p == ' ')
			p++;
		if (strncmp(p, name, n) == 0 && p[n] == '=')
			return 1;
	}
	return 0;
}

/* Whether name is one of this run's formats. */
static int
is_format(const struct pk_batch *b, const char *name, size_t n)
{
	for (size_t k = 0; k < b->chain->nformats; k++)
		if (strlen(b->chain->format[k]) == n &&
		    strncmp(b->chain->format[k], name, n) == 0)
			return 1;
	return 0;
}

/*
 * Remove the file of each output NAME of outputs that this run
 * does not make (a format dropped from -f); 0, or -1 (errno) when one
 * could not be removed.
 */
static int
remove_dropped(const struct pk_batch *b, const char *rel, const char *outputs)
{
	char	 path[4096], name[64];
	size_t	 n;

	for (const char *p = outputs; p != NULL && *p != '\0';
	    p = strchr(p, ' ')) {
		while (*p == ' ')
			p++;
		n = strcspn(p, "= ");
		if (n == 0 || n >= sizeof(name) || (n == 3 &&
		    strncmp(p, "xml", 3) == 0) || is_format(b, p, n))
			continue;
		/* Its stylesheet is not compiled in this run: any of
		 * the names a format's file can have. */
		for (int i = 0; i < 3; i++) {
			snprintf(name, sizeof(name), "%.*s%s", (int)n, p,
			    i == 0 ? "" : i == 1 ? ".xml" : ".txt");
			if (out_path(b, rel, name, path, sizeof(path)) == 0 &&
			    unlink(path) == -1 && errno != ENOENT)
				return -1;
		}
	}
	return 0;
}

/*
 * What doc (its record r, its input's digest sha256) needs.  The whole
 * chain when the input, the programs or the rules changed, or the
 * minutes XML is not there; when only the stylesheets changed or -f asks
 * for a format not made yet, those formats from the kept minutes XML
 * (*formats: bit k for format k), with no extraction and no OCR again.
 * *dropped: outputs of the record that -f no longer asks for.
 */
static enum work
what_to_do(const struct pk_batch *b, const struct pk_mrec *r,
    const char *sha256, unsigned *formats, int *dropped)
{
	char	 path[4096];
	size_t	 k;

	*formats = 0;
	*dropped = 0;
	if (r == NULL || strcmp(r->sha256, sha256) != 0 ||
	    strcmp(r->version, PK_VERSION) != 0 ||
	    strcmp(r->rules, b->rules) != 0)
		return WORK_CHAIN;
	/* Quarantined, but an encrypted one is tried when passwords are
	 * given: they may be what it waited for. */
	if (strcmp(r->status, "ok") != 0 && strcmp(r->status, "review") != 0)
		return b->opts.retry || (b->chain->opts.extract.npasswords >
		    0 && strstr(r->error, pk_diag_text(PK_E_ENCRYPTED)) !=
		    NULL) ? WORK_CHAIN : WORK_NONE;
	if (out_path(b, r->rel, "xml", path, sizeof(path)) == -1 ||
	    access(path, F_OK) == -1 || !lists_output(r->outputs, "xml"))
		return WORK_CHAIN;
	for (k = 0; k < b->chain->nformats; k++)
		if (strcmp(r->styles, b->styles) != 0 ||
		    !lists_output(r->outputs, b->chain->format[k]) ||
		    out_path(b, r->rel, b->suffix[k], path,
		    sizeof(path)) == -1 || access(path, F_OK) == -1)
			*formats |= 1U << k;
	for (const char *p = r->outputs; p != NULL && *p != '\0';
	    p = strchr(p, ' ')) {
		size_t n;

		while (*p == ' ')
			p++;
		n = strcspn(p, "= ");
		if (n > 0 && !(n == 3 && strncmp(p, "xml", 3) == 0) &&
		    !is_format(b, p, n))
			*dropped = 1;
	}
	return *formats != 0 ? WORK_FORMATS : WORK_NONE;
}

size_t
pk_batch_utf8_len(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n, i;
	unsigned long		 cp;

	if (u[0] < 0x80)
		return 1;
	if (u[0] >= 0xc2 && u[0] <= 0xdf)
		n = 2, cp = u[0] & 0x1f;
	else if (u[0] >= 0xe0 && u[0] <= 0xef)
		n = 3, cp = u[0] & 0x0f;
	else if (u[0] >= 0xf0 && u[0] <= 0xf4)
		n = 4, cp = u[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (u[i] & 0x3f);
	}
	/* Overlong forms, surrogates and past U+10FFFF are not UTF-8. */
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

/*
 * s as a JSON string.  A byte that is not UTF-8 (a Latin-1 file name)
 * is written \udcXX, as Python's surrogateescape decodes it, so that
 * os.fsencode() gives the name's bytes back.
 */
static void
json_string(FILE *fp, const char *s)
{
	size_t	 n;

	putc('"', fp);
	for (; s != NULL && *s; s += n) {
		unsigned char c = (unsigned char)*s;

		n = 1;
		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else if ((n = pk_batch_utf8_len(s)) == 0) {
			fprintf(fp, "\\udc%02x", c);
			n = 1;
		} else
			fwrite(s, 1, n, fp);
	}
	putc('"', fp);
}

/* A count, or null when it is not known. */
static void
json_count(FILE *fp, const char *name, int n)
{
	if (n >= 0)
		fprintf(fp, ",\"%s\":%d", name, n);
	else
		fprintf(fp, ",\"%s\":null", name);
}

/* list, split at sep, as a JSON array of strings (of numbers: num). */
static void
json_list(FILE *fp, const char *name, const char *list, const char *sep,
    int num)
{
	const char	*p = list, *e;
	char		 one[1024];
	size_t		 n, k = 0;

	fprintf(fp, ",\"%s\":[", name);
	while (p != NULL && *p != '\0') {
		e = strstr(p, sep);
		n = e != NULL ? (size_t)(e - p) : strlen(p);
		snprintf(one, sizeof(one), "%.*s", (int)n, p);
		if (k++)
			putc(',', fp);
		if (num)
			fprintf(fp, "%ld", atol(one));
		else
			json_string(fp, one);
		p = e != NULL ? e + strlen(sep) : NULL;
	}
	putc(']', fp);
}

static void
log_doc(struct pk_batch *b, const struct pk_doc *doc, const char *status,
    const struct facts *f, double seconds)
{
	FILE	*fp = b->opts.log;

	if (fp == NULL)
		return;
	fputs("{\"path\":", fp);
	json_string(fp, doc->path);
	fputs(",\"status\":", fp);
	json_string(fp, status);
	fprintf(fp, ",\"pages\":%d,\"profile\":", f->pages);
	json_string(fp, f->profile);
	json_count(fp, "score", f->score);
	json_count(fp, "items", f->items);
	json_count(fp, "persons", f->persons);
	json_count(fp, "decisions", f->decisions);
	json_list(fp, "ocr_low_pages", f->ocr_low, ",", 1);
	json_list(fp, "warnings", f->warnings, "\n", 0);
	json_list(fp, "review", f->review, "; ", 0);
	fprintf(fp, ",\"seconds\":%.3f,\"max_rss_kb\":%ld,\"own_kb\":%ld,"
	    "\"error\":", seconds, b->last_rss_kb, b->last_own_kb);
	json_string(fp, f->error);
	fputs("}\n", fp);
	fflush(fp);
}

static void
progress(struct pk_batch *b, size_t done, size_t total, double t0)
{
	const struct pk_batch_stats *s = &b->stats;
	double	 el = now() - t0, rate = el > 0 ? (double)done / el : 0;
	size_t	 failed = done - s->count[PK_DOC_OK] -
		    s->count[PK_DOC_REVIEW] - s->count[PK_DOC_UNCHANGED] -
		    s->skipped_failed;
	int	 width = 30, fill = total ? (int)(width * done / total) : width;
	long	 eta = rate > 0 ? (long)((double)(total - done) / rate) : 0;

	if (!b->opts.progress)
		return;
	fprintf(stderr, "\r[%.*s%*s] %zu/%zu  %.1f doc/s  %.1f pages/s  "
	    "ETA %ld:%02ld  failed %zu ", fill,
	    "##############################", width - fill, "", done, total,
	    rate, el > 0 ? (double)s->pages / el : 0, eta / 60, eta % 60,
	    failed);
	fflush(stderr);
}

/* Copy the line src, without its newline, into dst (truncating). */
static void
copy_line(char *dst, size_t size, const char *src)
{
	size_t	 n = strcspn(src, "\n");

	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* The next line of fp into out (without its newline); "" at the end. */
static void
next_line(FILE *fp, char *out, size_t size)
{
	char	 line[2048];

	if (fgets(line, sizeof(line), fp) != NULL)
		copy_line(out, size, line);
	else
		out[0] = '\0';
}

/* The digest outputs ("xml=SHA html=SHA") gives name, into out. */
static void
prev_digest(const char *outputs, const char *name, char *out, size_t size)
{
	size_t	 n = strlen(name);

	out[0] = '\0';
	for (const char *p = outputs; p != NULL && *p != '\0';
	    p = strchr(p, ' ')) {
		while (*p == ' ')
			p++;
		if (strncmp(p, name, n) == 0 && p[n] == '=') {
			snprintf(out, size, "%.*s", (int)strcspn(p + n + 1,
			    " "), p + n + 1);
			return;
		}
	}
}

/* Read the child's result file, as pk_batch_child writes it, into f. */
static int
read_result(struct pk_batch *b, const struct slot *sl, struct facts *f)
{
	FILE	*fp;
	char	 path[4096], line[2048];
	size_t	 k, used = 0;
	int	*count[] = { &f->score, &f->items, &f->persons,
		    &f->decisions };

	snprintf(path, sizeof(path), "%s/%s.result", b->tmpdir, sl->tag);
	b->last_own_kb = 0;
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	next_line(fp, line, sizeof(line));
	f->pages = atoi(line);
	next_line(fp, f->profile, sizeof(f->profile));
	next_line(fp, f->error, sizeof(f->error));
	next_line(fp, line, sizeof(line));
	b->last_own_kb = atol(line);
	for (k = 0; k < sizeof(count) / sizeof(count[0]); k++) {
		next_line(fp, line, sizeof(line));
		*count[k] = atoi(line);
	}
	next_line(fp, f->ocr_low, sizeof(f->ocr_low));
	/* One warning a line in the manifest (escaped \n) and the log. */
	next_line(fp, f->warnings, sizeof(f->warnings));
	for (char *w = f->warnings; (w = strchr(w, '\037')) != NULL; w++)
		if (w[1] != '\0')
			*w = '\n';
		else {
			*w = '\0';	/* the last one's end */
			break;
		}
	for (k = 0; k <= b->chain->nformats && fgets(line, sizeof(line), fp)
	    != NULL; k++) {
		const char *name = k ? b->chain->format[k - 1] : "xml";

		line[strcspn(line, "\n")] = '\0';
		/* "-": not made again, the record's digest holds. */
		if (strcmp(line, "-") == 0) {
			f->kept |= k == 0;
			prev_digest(sl->prev_outputs, name, line,
			    sizeof(line));
		}
		used += (size_t)snprintf(f->outputs + used,
		    sizeof(f->outputs) - used, "%s%s=%s", k ? " " : "", name,
		    line);
		if (used >= sizeof(f->outputs))
			used = sizeof(f->outputs) - 1;
	}
	fclose(fp);
	/* pk-segment's warnings were given when the XML was made. */
	if (f->kept)
		snprintf(f->warnings, sizeof(f->warnings), "%s",
		    sl->prev_warnings);
	return 0;
}

/*
 * Move the child's temporaries into place, all it made (only some
 * formats, when it kept the minutes XML), and remove the outputs of
 * formats dropped from -f.
 */
static int
install(struct pk_batch *b, const struct slot *sl, int kept)
{
	char	 from[4096], to[4096];

	for (size_t k = 0; k <= b->chain->nformats; k++) {
		if (kept && (k == 0 || (sl->formats & 1U << (k - 1)) == 0))
			continue;
		snprintf(from, sizeof(from), "%s/%s.%zu", b->tmpdir, sl->tag,
		    k);
		if (out_path(b, sl->doc->rel, k ? b->suffix[k - 1] :
		    "xml", to, sizeof(to)) == -1 || make_parents(to) == -1 ||
		    rename(from, to) == -1)
			return -1;
		/* Named REL.NAME before issue 13 ("x.pdf.tei"): gone. */
		if (k > 0 && strcmp(b->suffix[k - 1], b->chain->format[k - 1])
		    != 0 && out_path(b, sl->doc->rel, b->chain->format[k - 1],
		    to, sizeof(to)) == 0)
			(void)unlink(to);
	}
	return remove_dropped(b, sl->doc->rel, sl->prev_outputs);
}

static void
remove_temps(struct pk_batch *b, const struct slot *sl)
{
	char	 path[4096];

	for (size_t k = 0; k <= b->chain->nformats; k++) {
		snprintf(path, sizeof(path), "%s/%s.%zu", b->tmpdir, sl->tag,
		    k);
		(void)unlink(path);
	}
	snprintf(path, sizeof(path), "%s/%s.result", b->tmpdir, sl->tag);
	(void)unlink(path);
}

static int
record(struct pk_batch *b, const struct pk_doc *doc, const char *sha256,
    enum pk_doc_status st, const struct facts *f, double secs)
{
	struct pk_mrec	 r;

	memset(&r, 0, sizeof(r));
	r.rel = doc->rel;
	snprintf(r.sha256, sizeof(r.sha256), "%s", sha256);
	r.version = (char *)PK_VERSION;
	snprintf(r.rules, sizeof(r.rules), "%s", b->rules);
	snprintf(r.styles, sizeof(r.styles), "%s", b->styles);
	r.status = (char *)pk_doc_status_name(st);
	r.pages = f->pages;
	r.profile = (char *)f->profile;
	r.seconds = secs;
	r.outputs = (char *)f->outputs;
	r.error = (char *)f->error;
	r.score = f->score;
	r.items = f->items;
	r.persons = f->persons;
	r.decisions = f->decisions;
	r.ocr_low = (char *)f->ocr_low;
	r.warnings = (char *)f->warnings;
	r.review = (char *)f->review;
	b->stats.count[st]++;
	if (!f->kept)
		b->stats.pages += f->pages;
	log_doc(b, doc, r.status, f, secs);
	if (pk_manifest_add(&b->manifest, &r) == -1) {
		pk_diag_at(b->diag, PK_E_WRITE, b->manifest.path, 0, "%s",
		    strerror(errno));
		b->stats.system_error = 1;
		return -1;
	}
	return 0;
}

/*
 * A child that could not even write its result file says nothing; the
 * likeliest cause, a full disk, is checked for here.
 */
static void
describe_write_failure(const struct pk_batch *b, char *out, size_t size)
{
	struct statvfs	 vfs;

	if (statvfs(b->tmpdir, &vfs) == 0 &&
	    (unsigned long long)vfs.f_bavail * vfs.f_bsize < 1024 * 1024)
		snprintf(out, size, "%s: %s", b->opts.outdir, strerror(ENOSPC));
	else
		snprintf(out, size, "%s: the worker could not write its "
		    "results", b->opts.outdir);
}

/* CPU seconds a child used, user and system. */
static double
cpu_seconds(const struct rusage *ru)
{
	return (double)(ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) +
	    (double)(ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e6;
}

/*
 * A slot's limits: --timeout and --cpu, and --ocr-seconds more of each
 * for every page its document has handed to OCR (a scanned volume of
 * 300 pages is slow, not stuck).
 */
static unsigned
widened(const struct pk_batch *b, size_t slot, unsigned base)
{
	unsigned pages = b->ocr_pages != NULL ? b->ocr_pages[slot] : 0;

	return base == 0 ? 0 : base + pages * b->opts.ocr_seconds;
}

/*
 * A child ended with wait status ws and usage ru: install its results
 * and record.
 */
static void
finish(struct pk_batch *b, struct slot *sl, size_t slot, int ws,
    const struct rusage *ru)
{
	enum pk_doc_status	 st = PK_DOC_OK;
	const struct pk_profile	*prof;
	struct facts		 f;
	char			*error = f.error;
	const size_t		 esize = sizeof(f.error);
	int			 code = -1;
	double			 secs = now() - sl->started;

	b->last_rss_kb = ru->ru_maxrss;
	memset(&f, 0, sizeof(f));
	if (read_result(b, sl, &f) == -1)
		memset(&f, 0, sizeof(f));
	/*
	 * The profile a document took is compiled to machine code here,
	 * once, for the workers forked after it (each compiled it again,
	 * a tenth of its time); not every profile before the first fork,
	 * which would cost a run of a few documents more than it saves.
	 */
	if ((prof = pk_rules_find(b->chain->rules, f.profile)) != NULL)
		(void)pk_profile_jit(prof, NULL);
	if (sl->killed != PK_DOC_OK)
		st = sl->killed;
	else if (WIFSIGNALED(ws))
		/* The kernel sends SIGKILL at the hard CPU limit too. */
		st = WTERMSIG(ws) == SIGXCPU || (WTERMSIG(ws) == SIGKILL &&
		    b->opts.cpu > 0 && cpu_seconds(ru) >=
		    widened(b, slot, b->opts.cpu)) ? PK_DOC_CPU : PK_DOC_CRASH;
	else if ((code = WEXITSTATUS(ws)) == 0)
		st = PK_DOC_OK;
	else if (code == 1)
		st = PK_DOC_REJECTED;
	else if (code == 4)
		st = PK_DOC_MEMORY;
	else
		st = PK_DOC_SYSTEM;
	switch (st) {
	case PK_DOC_TIMEOUT:
		snprintf(error, esize, "killed after %u seconds "
		    "(--timeout%s)", widened(b, slot, b->opts.timeout),
		    widened(b, slot, 1) > 1 ? ", --ocr-seconds" : "");
		break;
	case PK_DOC_CPU:
		snprintf(error, esize, "stopped after %u CPU seconds "
		    "(--cpu%s)", widened(b, slot, b->opts.cpu),
		    widened(b, slot, 1) > 1 ? ", --ocr-seconds" : "");
		break;
	case PK_DOC_MEMORY:
		snprintf(error, esize, "stopped at the memory limit "
		    "of %zu MB (--memory)", b->opts.memory >> 20);
		break;
	case PK_DOC_CRASH:
		snprintf(error, esize, "died of signal %d (%s)",
		    WTERMSIG(ws), strsignal(WTERMSIG(ws)));
		break;
	default:
		break;
	}
	if (st == PK_DOC_OK && install(b, sl, f.kept) == -1) {
		snprintf(error, esize, "%s: %s", b->opts.outdir,
		    strerror(errno));
		st = PK_DOC_SYSTEM;
	}
	if (st == PK_DOC_OK && b->opts.pack != NULL &&
	    pk_batch_pack(b, sl->doc, 0) == -1) {
		snprintf(error, esize, "%s/packages: the package was not "
		    "made", b->opts.outdir);
		st = PK_DOC_SYSTEM;
	}
	remove_temps(b, sl);
	if (st == PK_DOC_SYSTEM) {
		/* Not the document's fault: not recorded, tried next run. */
		if (error[0] == '\0')
			describe_write_failure(b, error, esize);
		pk_diag_at(b->diag, PK_E_WRITE, sl->doc->path, 0, "%s; "
		    "stopping, run again to resume", error);
		b->stats.count[st]++;
		b->stats.system_error = 1;
	} else {
		/*
		 * On a terminal each failure is shown as it happens; for
		 * cron only the summary line is (report.html has them).
		 * The child's diagnostic names the file; a kill does not.
		 */
		if (st == PK_DOC_OK) {
			pk_review_reasons(f.review, sizeof(f.review), f.items,
			    f.score, f.profile, f.ocr_low);
			if (f.review[0] != '\0')
				st = PK_DOC_REVIEW;
			if (st == PK_DOC_REVIEW && !sl->prev_review)
				b->stats.review_new++;
		} else {
			f.score = f.items = f.persons = f.decisions = -1;
			f.outputs[0] = f.ocr_low[0] = '\0';
		}
		if (b->opts.progress && st == PK_DOC_REJECTED)
			fprintf(stderr, "\r\033[Kpk-batch: %s\n", error);
		else if (b->opts.progress && st == PK_DOC_REVIEW)
			fprintf(stderr, "\r\033[Kpk-batch: %s: to review: %s\n",
			    sl->doc->path, f.review);
		else if (b->opts.progress && st != PK_DOC_OK)
			fprintf(stderr, "\r\033[Kpk-batch: %s: error: %s\n",
			    sl->doc->path, error);
		(void)record(b, sl->doc, sl->sha256, st, &f, secs);
	}
	sl->pid = 0;
}

/* Resident memory of pid in bytes, from /proc (0 when unknown). */
static size_t
rss_of(pid_t pid)
{
	char		 path[64];
	FILE		*fp;
	unsigned long	 size = 0, rss = 0;

	snprintf(path, sizeof(path), "/proc/%d/statm", (int)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	if (fscanf(fp, "%lu %lu", &size, &rss) != 2)
		rss = 0;
	fclose(fp);
	return (size_t)rss * (size_t)sysconf(_SC_PAGESIZE);
}

/* Kill children over their wall-clock time or resident memory. */
static void
police(struct pk_batch *b, struct slot *slots, size_t n)
{
	double	 t = now();

	for (size_t i = 0; i < n; i++) {
		if (slots[i].pid == 0 || slots[i].killed != PK_DOC_OK)
			continue;
		if (b->opts.timeout > 0 &&
		    t - slots[i].started > widened(b, i, b->opts.timeout)) {
			slots[i].killed = PK_DOC_TIMEOUT;
			kill(slots[i].pid, SIGKILL);
		} else if (b->opts.memory > 0 &&
		    rss_of(slots[i].pid) > b->opts.memory) {
			slots[i].killed = PK_DOC_MEMORY;
			kill(slots[i].pid, SIGKILL);
		}
	}
}

/*
 * A document up to date but for outputs of formats dropped from -f:
 * those removed, and its record rewritten without them.  0, or -1 when
 * the batch must stop.
 */
static int
drop_formats(struct pk_batch *b, const struct pk_mrec *prev)
{
	struct pk_mrec	 r = *prev;
	char		 outputs[2048];
	size_t		 used = 0, n;

	if (remove_dropped(b, prev->rel, prev->outputs) == -1) {
		pk_diag_at(b->diag, PK_E_WRITE, prev->rel, 0, "%s",
		    strerror(errno));
		b->stats.system_error = 1;
		return -1;
	}
	outputs[0] = '\0';
	for (const char *p = prev->outputs; p != NULL && *p != '\0';
	    p = strchr(p, ' ')) {
		while (*p == ' ')
			p++;
		n = strcspn(p, "= ");
		if (!(n == 3 && strncmp(p, "xml", 3) == 0) &&
		    !is_format(b, p, n))
			continue;
		used += (size_t)snprintf(outputs + used, sizeof(outputs) -
		    used, "%s%.*s", used ? " " : "", (int)strcspn(p, " "), p);
		if (used >= sizeof(outputs))
			used = sizeof(outputs) - 1;
	}
	r.outputs = outputs;
	if (pk_manifest_add(&b->manifest, &r) == -1) {
		pk_diag_at(b->diag, PK_E_WRITE, b->manifest.path, 0, "%s",
		    strerror(errno));
		b->stats.system_error = 1;
		return -1;
	}
	return 0;
}

static int
start(struct pk_batch *b, struct slot *sl, const struct pk_doc *doc,
    size_t seq, int threads)
{
	struct pk_buf	 data = { 0 };
	struct pk_diag	 rd = *b->diag;
	struct facts	 unread = { .score = -1, .items = -1, .persons = -1,
			    .decisions = -1 };
	const struct pk_mrec *prev;
	char		 msg[1024] = "";
	FILE		*mf;
	pid_t		 pid, parent;
	enum work	 work;
	unsigned	 formats;
	int		 dropped;
	size_t		 n;

	/* Read and hash here: an unchanged document starts no child. */
	rd.file = doc->path;
	if ((mf = fmemopen(msg, sizeof(msg) - 1, "w")) != NULL)
		rd.sink = mf;
	if (pk_io_read_file(doc->path, b->opts.max_size, &data, &rd) == -1 ||
	    pk_sha256_hex(data.data ? data.data : "", data.len, sl->sha256)
	    == -1) {
		if (mf != NULL)
			fclose(mf);
		msg[strcspn(msg, "\n")] = '\0';
		if (b->opts.progress)
			fprintf(stderr, "\r\033[K%s\n", msg);
		b->last_rss_kb = b->last_own_kb = 0;
		/* The log's and manifest's error, as a child's: without
		 * the program's name. */
		n = rd.prog != NULL ? strlen(rd.prog) : 0;
		snprintf(unread.error, sizeof(unread.error), "%s", n > 0 &&
		    strncmp(msg, rd.prog, n) == 0 &&
		    strncmp(msg + n, ": ", 2) == 0 ? msg + n + 2 : msg);
		pk_buf_free(&data);
		/* In the manifest (and so the report) as every failure is,
		 * with no digest: the next run reads it again. */
		return record(b, doc, "", PK_DOC_REJECTED, &unread, 0);
	}
	if (mf != NULL)
		fclose(mf);
	prev = pk_manifest_find(&b->manifest, doc->rel);
	if ((work = what_to_do(b, prev, sl->sha256, &formats, &dropped)) ==
	    WORK_NONE) {
		pk_buf_free(&data);
		if (strcmp(prev->status, "ok") == 0)
			b->stats.count[PK_DOC_UNCHANGED]++;
		else if (strcmp(prev->status, "review") == 0) {
			b->stats.count[PK_DOC_UNCHANGED]++;
			b->stats.review_before++;
		} else {
			b->stats.skipped_failed++;
			return 0;
		}
		/* Converted before --pack was given: packed now. */
		if (b->opts.pack != NULL && pk_batch_pack(b, doc, 1) == -1) {
			b->stats.system_error = 1;
			return -1;
		}
		return dropped ? drop_formats(b, prev) : 0;
	}
	sl->formats = work == WORK_FORMATS ? formats : 0;
	snprintf(sl->prev_outputs, sizeof(sl->prev_outputs), "%s",
	    prev != NULL ? prev->outputs : "");
	snprintf(sl->prev_warnings, sizeof(sl->prev_warnings), "%s",
	    prev != NULL ? prev->warnings : "");
	sl->prev_review = prev != NULL && strcmp(prev->status, "review") ==
	    0 && strcmp(prev->sha256, sl->sha256) == 0;
	/* The pid too: an orphan of a killed run never meets our names. */
	snprintf(sl->tag, sizeof(sl->tag), "%d-%zu", (int)getpid(), seq);
	sl->doc = doc;
	sl->killed = PK_DOC_OK;
	sl->threads = threads;
	/* The child's pk-extract reads that many scanned pages at once. */
	b->chain->opts.extract.ocr.jobs = threads;
	sl->started = now();
	fflush(NULL);
	parent = getpid();
	if ((pid = fork()) == -1) {
		pk_diag(b->diag, PK_E_NOMEM, 0, "fork: %s", strerror(errno));
		pk_buf_free(&data);
		return -1;
	}
	if (pid == 0) {
		/* Die with the scheduler: a killed batch leaves no worker. */
		(void)prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(3);
		/*
		 * SIGTERM, SIGINT and SIGHUP stay blocked, as the scheduler
		 * had them: it ends its workers itself, so that a ^C to the
		 * terminal's process group is no worker's crash, recorded.
		 */
		_exit(pk_batch_child(b, doc, data.data ? data.data : "",
		    data.len, sl->sha256, sl->tag, sl->formats));
	}
	sl->pid = pid;
	pk_buf_free(&data);
	return 1;
}

/* Failures of this run, by --max-failures' count. */
static int
too_many_failures(const struct pk_batch *b)
{
	size_t	 n = 0;

	if (b->opts.max_failures == 0)
		return 0;
	for (int i = PK_DOC_REJECTED; i < PK_DOC_SYSTEM; i++)
		n += b->stats.count[i];
	return n >= b->opts.max_failures;
}

int
pk_batch_run(struct pk_batch *b, const struct pk_doclist *docs)
{
	struct slot	 slots[MAX_JOBS];
	sigset_t	 chld, stop, old;
	struct timespec	 tick = { 0, 50 * 1000 * 1000 }, zero = { 0, 0 };
	size_t		 next = 0, running = 0, done = 0, i;
	int		 used = 0;	/* cores the running documents have */
	double		 t0 = now();
	struct rusage	 ru;
	pid_t		 pid;
	int		 ws, sig;

	memset(slots, 0, sizeof(slots));
	/* Shared with the children, written by them, read here. */
	b->ocr_pages = mmap(NULL, MAX_JOBS * sizeof(*b->ocr_pages),
	    PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (b->ocr_pages == MAP_FAILED)
		b->ocr_pages = NULL;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGHUP);
	sigprocmask(SIG_BLOCK, &chld, &old);
	sigprocmask(SIG_BLOCK, &stop, NULL);
	while (next < docs->n || running > 0) {
		/* Asked to stop: the documents at work are done again by
		 * the next run, as after a kill, but nothing is left. */
		if ((sig = sigtimedwait(&stop, NULL, &zero)) > 0) {
			b->stats.interrupted = sig;
			break;
		}
		while (!b->stats.system_error && !too_many_failures(b) &&
		    used < (int)b->opts.jobs && next < docs->n) {
			/*
			 * Documents over the cores, while there are more
			 * documents than cores; the last few share the cores
			 * left, their scanned pages read by as many threads.
			 */
			size_t left = docs->n - next;
			int free_cores = (int)b->opts.jobs - used;
			int threads = left < (size_t)free_cores ?
			    free_cores / (int)left : 1;

			for (i = 0; slots[i].pid != 0; i++)
				;
			/* The child counts its OCR'd pages in its slot. */
			b->child_slot = i;
			if (b->ocr_pages != NULL)
				b->ocr_pages[i] = 0;
			switch (start(b, &slots[i], &docs->v[next], next,
			    threads)) {
			case -1:
				b->stats.system_error = 1;
				break;
			case 1:
				running++;
				used += threads;
				break;
			default:
				done++;
				progress(b, done, docs->n, t0);
			}
			next++;
		}
		if ((b->stats.system_error || too_many_failures(b)) &&
		    running == 0)
			break;
		if (running == 0)
			continue;
		(void)sigtimedwait(&chld, NULL, &tick);
		while ((pid = wait4(-1, &ws, WNOHANG, &ru)) > 0)
			for (i = 0; i < b->opts.jobs; i++)
				if (slots[i].pid == pid) {
					used -= slots[i].threads;
					finish(b, &slots[i], i, ws, &ru);
					running--;
					done++;
					progress(b, done, docs->n, t0);
				}
		police(b, slots, b->opts.jobs);
	}
	/*
	 * Asked to stop while the last document was finished (its package
	 * written, seconds for a large original): said as any stop, not a
	 * death with no report when the mask is restored.
	 */
	if (!b->stats.interrupted && (sig = sigtimedwait(&stop, NULL,
	    &zero)) > 0)
		b->stats.interrupted = sig;
	if (b->stats.interrupted)
		for (i = 0; i < b->opts.jobs; i++)
			if (slots[i].pid != 0) {
				kill(slots[i].pid, SIGKILL);
				(void)waitpid(slots[i].pid, NULL, 0);
				slots[i].pid = 0;
				running--;
			}
	sigprocmask(SIG_SETMASK, &old, NULL);
	/* Not recorded: the next run takes them. */
	if (!b->stats.system_error)
		b->stats.not_tried = docs->n - done;
	if (b->ocr_pages != NULL)
		munmap(b->ocr_pages, MAX_JOBS * sizeof(*b->ocr_pages));
	b->ocr_pages = NULL;
	if (b->opts.progress)
		fputc('\n', stderr);
	b->stats.seconds = now() - t0;
	if (pk_manifest_compact(&b->manifest) == -1 && !b->stats.system_error) {
		pk_diag_at(b->diag, PK_E_WRITE, b->manifest.path, 0, "%s",
		    strerror(errno));
		b->stats.system_error = 1;
	}
	return b->stats.system_error ? -1 : 0;
}

int
pk_digest_files(const char *const *paths, size_t n, char out[PK_SHA256_HEX])
{
	struct pk_buf	 all = { 0 }, one = { 0 };
	struct pk_diag	 quiet;
	int		 rc = -1;

	pk_diag_init(&quiet, "pk-batch", NULL);
	for (size_t i = 0; i < n; i++) {
		pk_buf_reset(&one);
		const char *base = strrchr(paths[i], '/');

		/* Names without their directory: installed or not, the same. */
		if (pk_io_read(paths[i], (size_t)64 << 20, &one, &quiet) == -1 ||
		    pk_buf_puts(&all, base ? base + 1 : paths[i]) == -1 ||
		    pk_buf_putc(&all, '\0') == -1 ||
		    pk_buf_put(&all, one.data ? one.data : "", one.len) == -1)
			goto out;
	}
	rc = pk_sha256_hex(all.data ? all.data : "", all.len, out);
out:
	pk_buf_free(&one);
	pk_buf_free(&all);
	return rc;
}

/* s single-quoted for sh. */
static void
sh_quote(FILE *fp, const char *s)
{
	putc('\'', fp);
	for (; *s; s++)
		if (*s == '\'')
			fputs("'\\''", fp);
		else
			putc(*s, fp);
	putc('\'', fp);
}

static void
sh_path(FILE *fp, const struct pk_batch *b, const char *rel, const char *ext)
{
	char	 path[4096];

	if (out_path(b, rel, ext, path, sizeof(path)) == 0)
		sh_quote(fp, path);
}

/* pk-extract's OCR options in a plan, where not the defaults. */
static void
plan_ocr(FILE *fp, const struct pk_ocr_opts *o)
{
	static const char *const when[] = { "auto", "always", "never",
	    "keep" };

	if (o->mode != PK_OCR_AUTO)
		fprintf(fp, " --ocr %s", when[o->mode]);
	if (o->lang != NULL)
		fprintf(fp, " --lang %s", o->lang);	/* [a-z_+] only */
	if (o->dpi > 0)
		fprintf(fp, " --dpi %d", o->dpi);
}

int
pk_batch_plan(struct pk_batch *b, const struct pk_doclist *docs,
    const char *segment_opts, FILE *fp)
{
	struct pk_buf		 data = { 0 };
	char			 sha[PK_SHA256_HEX], dir[4096], tmp[4096];
	char			*slash;
	const struct pk_mrec	*prev;
	enum work		 work;
	unsigned		 formats;
	int			 dropped;

	snprintf(tmp, sizeof(tmp), "%s/.pk-plan", b->opts.outdir);
	if (mkdir(tmp, 0755) == -1 && errno != EEXIST) {
		pk_diag_at(b->diag, PK_E_WRITE, tmp, 0, "%s", strerror(errno));
		return -1;
	}

	for (size_t i = 0; i < docs->n; i++) {
		const struct pk_doc *doc = &docs->v[i];

		pk_buf_reset(&data);
		b->diag->file = doc->path;
		work = WORK_CHAIN;
		formats = 0;
		if (pk_io_read_file(doc->path, b->opts.max_size, &data, b->diag)
		    == 0 && pk_sha256_hex(data.data ? data.data : "",
		    data.len, sha) == 0) {
			prev = pk_manifest_find(&b->manifest, doc->rel);
			work = what_to_do(b, prev, sha, &formats, &dropped);
			if (work == WORK_NONE)
				continue;
		}
		/* Only formats: from the minutes XML there is. */
		if (work == WORK_FORMATS) {
			const char *sep = "";

			for (size_t k = 0; k < b->chain->nformats; k++) {
				if ((formats & 1U << k) == 0)
					continue;
				fprintf(fp, "%spk-transform -f %s -o ", sep,
				    b->chain->format[k]);
				sh_path(fp, b, doc->rel, b->suffix[k]);
				putc(' ', fp);
				sh_path(fp, b, doc->rel, "xml");
				sep = " && ";
			}
			putc('\n', fp);
			continue;
		}
		if (out_path(b, doc->rel, "xml", dir, sizeof(dir)) == -1 ||
		    (slash = strrchr(dir, '/')) == NULL)
			continue;
		*slash = '\0';
		/*
		 * The minutes XML is made in OUTDIR/.pk-plan and moved in
		 * (a rename) once valid: no directory for a failed document,
		 * no partial file, as with pk-batch itself.
		 */
		snprintf(tmp, sizeof(tmp), "%s/.pk-plan/%zu.xml",
		    b->opts.outdir, i);
		fputs("pk-extract", fp);
		plan_ocr(fp, &b->chain->opts.extract.ocr);
		if (b->opts.password_file != NULL) {
			fputs(" --password-file ", fp);
			sh_quote(fp, b->opts.password_file);
		}
		fputs(" -- ", fp);
		sh_quote(fp, doc->path);
		fprintf(fp, " | pk-segment%s | pk-validate -o ", segment_opts);
		sh_quote(fp, tmp);
		fputs(" && mkdir -p ", fp);
		sh_quote(fp, dir);
		fputs(" && mv ", fp);
		sh_quote(fp, tmp);
		putc(' ', fp);
		sh_path(fp, b, doc->rel, "xml");
		for (size_t k = 0; k < b->chain->nformats; k++) {
			fprintf(fp, " && pk-transform -f %s -o ",
			    b->chain->format[k]);
			sh_path(fp, b, doc->rel, b->suffix[k]);
			putc(' ', fp);
			sh_path(fp, b, doc->rel, "xml");
		}
		putc('\n', fp);
	}
	pk_buf_free(&data);
	return fflush(fp) == EOF ? -1 : 0;
}
