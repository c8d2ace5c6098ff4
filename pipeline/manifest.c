/* The batch manifest: an append-only log, compacted when a run starts and ends. */
/* asprintf(3) */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io.h"
#include "manifest.h"

/*
 * The header names each field of a record, no more and no fewer, for
 * csv.DictReader and spreadsheets (issue 13: it had a twelfth name).
 * A new field: add it here, in put_rec, parse_rec and the table in
 * docs/operations.md.
 */
#define HEADER	"path\tsha256\tversion\trules\tstyles\tstatus\tpages\t" \
		"profile\tseconds\toutputs\terror\tscore\titems\tpersons\t" \
		"decisions\tocr_low_pages\twarnings\treview\n"
#define NFIELDS	18
/* Before the review columns (issue 13): read, then written in full. */
#define NFIELDS_OLD	11

void
pk_mrec_free(struct pk_mrec *r)
{
	free(r->rel);
	free(r->version);
	free(r->status);
	free(r->profile);
	free(r->outputs);
	free(r->error);
	free(r->ocr_low);
	free(r->warnings);
	free(r->review);
	memset(r, 0, sizeof(*r));
}

static char *
unescape(const char *s, size_t len)
{
	char	*out = malloc(len + 1), *o = out;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len) {
			i++;
			*o++ = s[i] == 't' ? '\t' : s[i] == 'n' ? '\n' : s[i];
		} else
			*o++ = s[i];
	}
	*o = '\0';
	return out;
}

static void
put_escaped(FILE *fp, const char *s)
{
	for (; s != NULL && *s; s++)
		switch (*s) {
		case '\t':
			fputs("\\t", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		default:
			putc(*s, fp);
		}
}

/* A tab, then n, or nothing when it is not known (-1). */
static void
put_count(FILE *fp, int n)
{
	if (n >= 0)
		fprintf(fp, "\t%d", n);
	else
		putc('\t', fp);
}

/* A count field: -1 when empty. */
static int
get_count(const char *s, size_t len)
{
	return len == 0 ? -1 : atoi(s);
}

static void
put_rec(FILE *fp, const struct pk_mrec *r)
{
	put_escaped(fp, r->rel);
	fprintf(fp, "\t%s\t", r->sha256);
	put_escaped(fp, r->version);
	fprintf(fp, "\t%s\t%s\t", r->rules, r->styles);
	put_escaped(fp, r->status);
	fprintf(fp, "\t%d\t", r->pages);
	put_escaped(fp, r->profile);
	fprintf(fp, "\t%.3f\t", r->seconds);
	put_escaped(fp, r->outputs);
	putc('\t', fp);
	put_escaped(fp, r->error);
	put_count(fp, r->score);
	put_count(fp, r->items);
	put_count(fp, r->persons);
	put_count(fp, r->decisions);
	putc('\t', fp);
	put_escaped(fp, r->ocr_low);
	putc('\t', fp);
	put_escaped(fp, r->warnings);
	putc('\t', fp);
	put_escaped(fp, r->review);
	putc('\n', fp);
}

static void
copy_hex(char *dst, const char *s, size_t len)
{
	if (len >= PK_SHA256_HEX)
		len = PK_SHA256_HEX - 1;
	memcpy(dst, s, len);
	dst[len] = '\0';
}

/* Parse one line (without its newline); 0, or -1 when malformed. */
static int
parse_rec(const char *line, size_t len, struct pk_mrec *r)
{
	const char	*f[NFIELDS];
	size_t		 fl[NFIELDS], k = 0;
	const char	*s = line, *end = line + len, *tab = NULL;
	char		*num;

	memset(r, 0, sizeof(*r));
	while (k < NFIELDS) {
		tab = memchr(s, '\t', (size_t)(end - s));
		f[k] = s;
		fl[k] = (size_t)((tab ? tab : end) - s);
		k++;
		if (tab == NULL)
			break;
		s = tab + 1;
	}
	/* Fewer fields, or more (the rest of a line cut off, then a
	 * whole one): not a record. */
	if ((k != NFIELDS && k != NFIELDS_OLD) || tab != NULL || fl[0] == 0)
		return -1;
	r->rel = unescape(f[0], fl[0]);
	copy_hex(r->sha256, f[1], fl[1]);
	r->version = unescape(f[2], fl[2]);
	copy_hex(r->rules, f[3], fl[3]);
	copy_hex(r->styles, f[4], fl[4]);
	r->status = unescape(f[5], fl[5]);
	if ((num = unescape(f[6], fl[6])) != NULL)
		r->pages = atoi(num);
	free(num);
	r->profile = unescape(f[7], fl[7]);
	if ((num = unescape(f[8], fl[8])) != NULL)
		r->seconds = atof(num);
	free(num);
	r->outputs = unescape(f[9], fl[9]);
	r->error = unescape(f[10], fl[10]);
	r->score = r->items = r->persons = r->decisions = -1;
	if (k == NFIELDS) {
		r->score = get_count(f[11], fl[11]);
		r->items = get_count(f[12], fl[12]);
		r->persons = get_count(f[13], fl[13]);
		r->decisions = get_count(f[14], fl[14]);
		r->ocr_low = unescape(f[15], fl[15]);
		r->warnings = unescape(f[16], fl[16]);
		r->review = unescape(f[17], fl[17]);
	} else {
		r->ocr_low = strdup("");
		r->warnings = strdup("");
		r->review = strdup("");
	}
	if (!r->rel || !r->version || !r->status || !r->profile ||
	    !r->outputs || !r->error || !r->ocr_low || !r->warnings ||
	    !r->review) {
		pk_mrec_free(r);
		return -1;
	}
	return 0;
}

static int
byrel(const void *a, const void *b)
{
	return strcmp(((const struct pk_mrec *)a)->rel,
	    ((const struct pk_mrec *)b)->rel);
}

static int
dup_rec(struct pk_mrec *dst, const struct pk_mrec *src)
{
	*dst = *src;
	dst->rel = strdup(src->rel);
	dst->version = strdup(src->version ? src->version : "");
	dst->status = strdup(src->status ? src->status : "");
	dst->profile = strdup(src->profile ? src->profile : "");
	dst->outputs = strdup(src->outputs ? src->outputs : "");
	dst->error = strdup(src->error ? src->error : "");
	dst->ocr_low = strdup(src->ocr_low ? src->ocr_low : "");
	dst->warnings = strdup(src->warnings ? src->warnings : "");
	dst->review = strdup(src->review ? src->review : "");
	if (!dst->rel || !dst->version || !dst->status || !dst->profile ||
	    !dst->outputs || !dst->error || !dst->ocr_low || !dst->warnings ||
	    !dst->review) {
		pk_mrec_free(dst);
		return -1;
	}
	return 0;
}

/* Path first, then position: the order of the records as added. */
static int
byrel_then_age(const void *a, const void *b)
{
	const struct pk_mrec	*x = *(const struct pk_mrec *const *)a;
	const struct pk_mrec	*y = *(const struct pk_mrec *const *)b;
	int			 c = strcmp(x->rel, y->rel);

	return c ? c : (x > y) - (x < y);
}

/* Sort by path, keeping only the last record added for each. */
static int
dedup(struct pk_manifest *m)
{
	struct pk_mrec	**idx, *keep;
	size_t		  i, o = 0;

	if (m->n == 0)
		return 0;
	idx = malloc(m->n * sizeof(*idx));
	keep = malloc(m->n * sizeof(*keep));
	if (idx == NULL || keep == NULL) {
		free(idx);
		free(keep);
		return -1;
	}
	for (i = 0; i < m->n; i++)
		idx[i] = &m->v[i];
	qsort(idx, m->n, sizeof(*idx), byrel_then_age);
	for (i = 0; i < m->n; i++) {
		if (i + 1 < m->n && strcmp(idx[i]->rel, idx[i + 1]->rel) == 0)
			pk_mrec_free(idx[i]);
		else
			keep[o++] = *idx[i];
	}
	free(idx);
	free(m->v);
	m->v = keep;
	m->n = m->nsorted = o;
	m->cap = m->n;
	return 0;
}

int
pk_manifest_compact(struct pk_manifest *m)
{
	char	*tmp = NULL;
	FILE	*fp;
	int	 rc = -1, fd;

	if (dedup(m) == -1) {
		errno = ENOMEM;
		return -1;
	}
	if (asprintf(&tmp, "%s/manifest.XXXXXX", m->tmpdir) == -1)
		return -1;
	/* As readable as the outputs it lists (mkstemp makes 0600). */
	if ((fd = mkstemp(tmp)) == -1 || pk_io_result_mode(fd) == -1 ||
	    (fp = fdopen(fd, "w")) == NULL) {
		if (fd != -1) {
			close(fd);
			unlink(tmp);
		}
		goto out;
	}
	fputs(HEADER, fp);
	for (size_t i = 0; i < m->n; i++)
		put_rec(fp, &m->v[i]);
	if (fflush(fp) == EOF || ferror(fp)) {
		fclose(fp);
		unlink(tmp);
		goto out;
	}
	if (fclose(fp) == EOF || rename(tmp, m->path) == -1) {
		unlink(tmp);
		goto out;
	}
	rc = 0;
out:
	free(tmp);
	return rc;
}

static int
push(struct pk_manifest *m, struct pk_mrec *r)
{
	if (m->n == m->cap) {
		size_t		 cap = m->cap ? 2 * m->cap : 256;
		struct pk_mrec	*v = realloc(m->v, cap * sizeof(*v));

		if (v == NULL)
			return -1;
		m->v = v;
		m->cap = cap;
	}
	m->v[m->n++] = *r;
	return 0;
}

int
pk_manifest_open(struct pk_manifest *m, const char *outdir,
    const char *tmpdir, struct pk_diag *d)
{
	FILE		*fp;
	char		*line = NULL;
	size_t		 cap = 0;
	ssize_t		 len;
	size_t		 lineno = 0;
	struct pk_mrec	 r;

	memset(m, 0, sizeof(*m));
	if (asprintf(&m->path, "%s/manifest.tsv", outdir) == -1 ||
	    (m->tmpdir = strdup(tmpdir)) == NULL)
		goto nomem;
	/*
	 * A manifest made read-only is kept so: the compacting rename
	 * would replace it, writable, without a word.
	 */
	if (access(m->path, F_OK) == 0 && access(m->path, W_OK) == -1) {
		pk_diag_at(d, PK_E_WRITE, m->path, 0, "%s", strerror(errno));
		return -1;
	}
	if ((fp = fopen(m->path, "r")) != NULL) {
		while ((len = getline(&line, &cap, fp)) != -1) {
			/*
			 * The header is the first line; before issue 13 it
			 * began "# protokoll manifest 1", and such a
			 * manifest is read alike, and so is the header
			 * of eleven names before the review columns.
			 * Only there does '#' or "path" mark a header: a
			 * file name may begin with either.
			 */
			if (lineno++ == 0 && (line[0] == '#' ||
			    strncmp(line, "path\tsha256\t", 12) == 0))
				continue;
			/* A line without its newline was cut off: ignore. */
			if (len == 0 || line[len - 1] != '\n')
				continue;
			if (parse_rec(line, (size_t)len - 1, &r) == -1)
				continue;
			if (push(m, &r) == -1) {
				pk_mrec_free(&r);
				fclose(fp);
				goto nomem;
			}
		}
		free(line);
		fclose(fp);
	} else if (errno != ENOENT) {
		pk_diag_at(d, PK_E_READ, m->path, 0, "%s", strerror(errno));
		return -1;
	}
	if (pk_manifest_compact(m) == -1 ||
	    (m->append = fopen(m->path, "a")) == NULL) {
		pk_diag_at(d, PK_E_WRITE, m->path, 0, "%s", strerror(errno));
		return -1;
	}
	return 0;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
	return -1;
}

const struct pk_mrec *
pk_manifest_find(const struct pk_manifest *m, const char *rel)
{
	struct pk_mrec	 key = { .rel = (char *)rel };

	return m->nsorted ? bsearch(&key, m->v, m->nsorted, sizeof(key),
	    byrel) : NULL;
}

int
pk_manifest_add(struct pk_manifest *m, const struct pk_mrec *rec)
{
	struct pk_mrec	 r;

	put_rec(m->append, rec);
	if (fflush(m->append) == EOF || ferror(m->append))
		return -1;
	if (dup_rec(&r, rec) == -1 || push(m, &r) == -1) {
		errno = ENOMEM;
		return -1;
	}
	/* Past nsorted until compaction: find sees the records at open. */
	return 0;
}

void
pk_manifest_close(struct pk_manifest *m)
{
	if (m->append != NULL)
		fclose(m->append);
	for (size_t i = 0; i < m->n; i++)
		pk_mrec_free(&m->v[i]);
	free(m->v);
	free(m->path);
	free(m->tmpdir);
	memset(m, 0, sizeof(*m));
}
