/* OUTDIR/report.html: what a batch holds, readable offline in any browser. */
/* asprintf(3) */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "io.h"
#include "version.h"

/* s as HTML text; a byte that is not UTF-8 is shown \xF6. */
static void
html(FILE *fp, const char *s)
{
	size_t	 n;

	for (; s != NULL && *s; s += n) {
		n = 1;
		switch (*s) {
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '&':
			fputs("&amp;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		default:
			if ((n = pk_batch_utf8_len(s)) == 0) {
				fprintf(fp, "\\x%02X", (unsigned char)*s);
				n = 1;
			} else
				fwrite(s, 1, n, fp);
		}
	}
}

struct tally {
	const char	*name;
	size_t		 n;
};

/* Count name into t (at most max names); names are borrowed. */
static void
tally(struct tally *t, size_t *nt, size_t max, const char *name)
{
	size_t	 i;

	for (i = 0; i < *nt; i++)
		if (strcmp(t[i].name, name) == 0) {
			t[i].n++;
			return;
		}
	if (*nt < max) {
		t[*nt].name = name;
		t[(*nt)++].n = 1;
	}
}

/* A horizontal bar per status, drawn to scale. */
static void
chart(FILE *fp, const struct tally *t, size_t nt)
{
	size_t	 i, max = 1;

	for (i = 0; i < nt; i++)
		if (t[i].n > max)
			max = t[i].n;
	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" "
	    "height=\"%zu\" role=\"img\" aria-label=\"documents by status\">\n",
	    nt * 28 + 8);
	for (i = 0; i < nt; i++) {
		fprintf(fp, "<text x=\"0\" y=\"%zu\" font-size=\"14\">",
		    i * 28 + 22);
		html(fp, t[i].name);
		fprintf(fp, "</text><rect x=\"120\" y=\"%zu\" width=\"%zu\" "
		    "height=\"20\" fill=\"%s\"/><text x=\"%zu\" y=\"%zu\" "
		    "font-size=\"14\">%zu</text>\n", i * 28 + 6,
		    1 + 320 * t[i].n / max, strcmp(t[i].name, "ok") == 0 ?
		    "#3a7d44" : "#b23a48", 126 + 320 * t[i].n / max,
		    i * 28 + 22, t[i].n);
	}
	fputs("</svg>\n", fp);
}

int
pk_batch_report(struct pk_batch *b)
{
	const struct pk_manifest *m = &b->manifest;
	const struct pk_batch_stats *s = &b->stats;
	struct tally	 status[PK_DOC__MAX + 4], profile[64];
	size_t		 nstatus = 0, nprofile = 0, i, run = 0;
	long		 pages = 0;
	char		*tmp = NULL, *path = NULL;
	FILE		*fp;
	int		 fd, rc = -1;

	for (i = 0; i < m->n; i++) {
		tally(status, &nstatus, PK_DOC__MAX + 4, m->v[i].status);
		if (m->v[i].profile[0] != '\0')
			tally(profile, &nprofile, 64, m->v[i].profile);
		pages += m->v[i].pages;
	}
	for (i = 0; i < PK_DOC__MAX; i++)
		if (i != PK_DOC_UNCHANGED)
			run += s->count[i];
	if (asprintf(&tmp, "%s/report.XXXXXX", b->tmpdir) == -1)
		return -1;
	if (asprintf(&path, "%s/report.html", b->opts.outdir) == -1)
		goto out;
	if ((fd = mkstemp(tmp)) == -1)
		goto out;
	/* As readable as the outputs it links (mkstemp makes 0600). */
	if (pk_io_result_mode(fd) == -1 || (fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		unlink(tmp);
		goto out;
	}
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	    "<title>protokoll batch report</title>\n<style>body{font-family:"
	    "sans-serif;margin:2em;max-width:60em}table{border-collapse:"
	    "collapse}td,th{border:1px solid #ccc;padding:.2em .6em;"
	    "text-align:left}td.n{text-align:right}</style></head><body>\n",
	    fp);
	fprintf(fp, "<h1>protokoll batch report</h1>\n<p>pk-batch %s: "
	    "<span id=\"documents\">%zu</span> documents, %ld pages, in ",
	    PK_VERSION, m->n, pages);
	html(fp, b->opts.outdir);
	fputs(".</p>\n<h2>Documents by status</h2>\n<table id=\"status\">"
	    "<tr><th>status</th><th>documents</th></tr>\n", fp);
	for (i = 0; i < nstatus; i++) {
		fprintf(fp, "<tr><td>");
		html(fp, status[i].name);
		fprintf(fp, "</td><td class=\"n\" data-status=\"");
		html(fp, status[i].name);
		fprintf(fp, "\">%zu</td></tr>\n", status[i].n);
	}
	fputs("</table>\n", fp);
	chart(fp, status, nstatus);
	fprintf(fp, "<h2>This run</h2>\n<p id=\"run\">%zu converted or "
	    "failed, %zu unchanged, %ld pages in %.1f s: %.1f documents/s, "
	    "%.1f pages/s, %u workers.</p>\n", run, s->count[PK_DOC_UNCHANGED],
	    s->pages, s->seconds, s->seconds > 0 ? (double)run / s->seconds :
	    0, s->seconds > 0 ? (double)s->pages / s->seconds : 0,
	    b->opts.jobs);
	fputs("<h2>Profiles used</h2>\n<table id=\"profiles\"><tr><th>profile"
	    "</th><th>documents</th></tr>\n", fp);
	for (i = 0; i < nprofile; i++) {
		fprintf(fp, "<tr><td>");
		html(fp, profile[i].name);
		fprintf(fp, "</td><td class=\"n\">%zu</td></tr>\n",
		    profile[i].n);
	}
	fputs("</table>\n<h2>Failures</h2>\n<table id=\"failures\"><tr><th>"
	    "document</th><th>status</th><th>message</th></tr>\n", fp);
	for (i = 0; i < m->n; i++) {
		if (strcmp(m->v[i].status, "ok") == 0)
			continue;
		fputs("<tr><td>", fp);
		html(fp, m->v[i].rel);
		fputs("</td><td>", fp);
		html(fp, m->v[i].status);
		fputs("</td><td>", fp);
		html(fp, m->v[i].error);
		fputs("</td></tr>\n", fp);
	}
	fputs("</table>\n</body></html>\n", fp);
	if (fflush(fp) == EOF || ferror(fp)) {
		fclose(fp);
		unlink(tmp);
		goto out;
	}
	if (fclose(fp) == EOF || rename(tmp, path) == -1) {
		unlink(tmp);
		goto out;
	}
	rc = 0;
out:
	free(tmp);
	free(path);
	return rc;
}
