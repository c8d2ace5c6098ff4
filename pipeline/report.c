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

/*
 * s as a relative URL: every byte but letters, digits, "-._~/" as %XX,
 * so that a ':' (a scheme), '#', '?', a space or a byte that is not
 * UTF-8 stays part of the path; the browser gives the bytes back.
 */
static void
url(FILE *fp, const char *s)
{
	for (; s != NULL && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("-._~/", c) != NULL)
			putc(c, fp);
		else
			fprintf(fp, "%%%02X", c);
	}
}

/*
 * A link per output of r ("xml=SHA html=SHA": xml html), to
 * OUTDIR/rel.SUFFIX (pk_batch_suffix).
 */
static void
output_links(FILE *fp, const struct pk_batch *b, const struct pk_mrec *r)
{
	const char	*p = r->outputs, *eq;
	char		 name[64];
	size_t		 n;

	while (p != NULL && *p != '\0') {
		while (*p == ' ')
			p++;
		if ((eq = strchr(p, '=')) == NULL)
			break;
		if ((n = (size_t)(eq - p)) >= sizeof(name))
			n = sizeof(name) - 1;
		snprintf(name, sizeof(name), "%.*s", (int)n, p);
		fputs("<a href=\"", fp);
		url(fp, r->rel);
		putc('.', fp);
		url(fp, pk_batch_suffix(b, name));
		fprintf(fp, "\">%s</a> ", name);
		p = strchr(eq, ' ');
	}
}

/* The document's name, linking its minutes XML when there is one. */
static void
doc_cell(FILE *fp, const struct pk_mrec *r)
{
	fputs("<td>", fp);
	if (strncmp(r->outputs, "xml=", 4) == 0) {
		fputs("<a href=\"", fp);
		url(fp, r->rel);
		fputs(".xml\">", fp);
		html(fp, r->rel);
		fputs("</a>", fp);
	} else
		html(fp, r->rel);
	fputs("</td>", fp);
}

/* A number cell, sorted by value; empty when not known (-1). */
static void
num_cell(FILE *fp, long n)
{
	if (n >= 0)
		fprintf(fp, "<td class=\"n\" data-v=\"%ld\">%ld</td>", n, n);
	else
		fputs("<td class=\"n\" data-v=\"-1\"></td>", fp);
}

/* A row's start: the document, what is said of it, the profile and its
 * score, and what was found (items, people, decisions). */
static void
fact_cells(FILE *fp, const struct pk_mrec *r, const char *said)
{
	fputs("<tr>", fp);
	doc_cell(fp, r);
	fputs("<td>", fp);
	html(fp, said);
	fputs("</td><td>", fp);
	html(fp, r->profile);
	fputs("</td>", fp);
	num_cell(fp, r->score);
	num_cell(fp, r->items);
	num_cell(fp, r->persons);
	num_cell(fp, r->decisions);
}

static int
is_converted(const struct pk_mrec *r)
{
	return strcmp(r->status, "ok") == 0 || strcmp(r->status, "review") ==
	    0;
}

/*
 * Sorting the tables of class "sortable" by a click on a column's
 * heading (again: the other way), or on opening by #sort=COLUMN or
 * #sort=COLUMN- (descending), COLUMN being the heading's id without
 * "col-".  Numbers sort by data-v.  No network, no library.
 */
static const char sort_script[] =
"<script>\n"
"(function () {\n"
"\tfunction key(td) {\n"
"\t\tvar v = td.getAttribute('data-v');\n"
"\t\treturn v !== null ? parseFloat(v) : td.textContent.toLowerCase();\n"
"\t}\n"
"\tfunction sort(t, i, dir) {\n"
"\t\tvar b = t.tBodies[0], rows = Array.prototype.slice.call(b.rows);\n"
"\t\tvar f = document.createDocumentFragment();\n"
"\t\trows.sort(function (x, y) {\n"
"\t\t\tvar a = key(x.cells[i]), c = key(y.cells[i]);\n"
"\t\t\treturn (a < c ? -1 : a > c ? 1 : 0) * dir;\n"
"\t\t});\n"
"\t\trows.forEach(function (r) { f.appendChild(r); });\n"
"\t\tb.appendChild(f);\n"
"\t\tArray.prototype.forEach.call(t.tHead.rows[0].cells,\n"
"\t\t    function (h, j) {\n"
"\t\t\th.setAttribute('aria-sort', j !== i ? 'none' :\n"
"\t\t\t    dir > 0 ? 'ascending' : 'descending');\n"
"\t\t});\n"
"\t}\n"
"\tArray.prototype.forEach.call(document.querySelectorAll(\n"
"\t    'table.sortable'), function (t) {\n"
"\t\tArray.prototype.forEach.call(t.tHead.rows[0].cells,\n"
"\t\t    function (h, i) {\n"
"\t\t\th.addEventListener('click', function () {\n"
"\t\t\t\tsort(t, i, h.getAttribute('aria-sort') ===\n"
"\t\t\t\t    'ascending' ? -1 : 1);\n"
"\t\t\t});\n"
"\t\t});\n"
"\t});\n"
"\tvar m = /^#sort=([a-z_]+)(-?)$/.exec(location.hash);\n"
"\tvar h = m ? document.getElementById('col-' + m[1]) : null;\n"
"\tif (h)\n"
"\t\tsort(h.closest('table'), h.cellIndex, m[2] ? -1 : 1);\n"
"})();\n"
"</script>\n";

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
		    "#3a7d44" : strcmp(t[i].name, "review") == 0 ? "#b8860b" :
		    "#b23a48", 126 + 320 * t[i].n / max,
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
	size_t		 nstatus = 0, nprofile = 0, i, run = 0, nreview = 0;
	long		 pages = 0;
	char		*tmp = NULL, *path = NULL;
	FILE		*fp;
	int		 fd, rc = -1;

	for (i = 0; i < m->n; i++) {
		tally(status, &nstatus, PK_DOC__MAX + 4, m->v[i].status);
		if (m->v[i].profile[0] != '\0')
			tally(profile, &nprofile, 64, m->v[i].profile);
		pages += m->v[i].pages;
		nreview += strcmp(m->v[i].status, "review") == 0;
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
	    "text-align:left;vertical-align:top}td.n{text-align:right}"
	    "table.sortable th{cursor:pointer}th[aria-sort=ascending]::after"
	    "{content:\" \\25B2\"}th[aria-sort=descending]::after{content:"
	    "\" \\25BC\"}</style></head><body>\n", fp);
	fprintf(fp, "<h1>protokoll batch report</h1>\n<p>pk-batch %s: "
	    "<span id=\"documents\">%zu</span> documents, %ld pages, in ",
	    PK_VERSION, m->n, pages);
	html(fp, b->opts.outdir);
	fprintf(fp, "; <span id=\"review-count\">%zu</span> to review.</p>\n",
	    nreview);

	/* First what needs a person: converted, but weak. */
	fputs("<h2>To review</h2>\n<p>Converted and written, but with no "
	    "item found, a profile that does not fit well, or pages OCR read "
	    "with low confidence: compare the outputs with the document.</p>\n"
	    "<table id=\"review\" class=\"sortable\"><thead><tr><th>"
	    "document</th><th>why</th><th>profile</th><th>score</th><th>"
	    "items</th><th>persons</th><th>decisions</th><th>outputs</th>"
	    "</tr></thead><tbody>\n", fp);
	for (i = 0; i < m->n; i++) {
		const struct pk_mrec *r = &m->v[i];

		if (strcmp(r->status, "review") != 0)
			continue;
		fact_cells(fp, r, r->review);
		fputs("<td>", fp);
		output_links(fp, b, r);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n<h2>Documents by status</h2>\n<table id=\"status\">"
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
		if (is_converted(&m->v[i]))
			continue;
		fputs("<tr><td>", fp);
		html(fp, m->v[i].rel);
		fputs("</td><td>", fp);
		html(fp, m->v[i].status);
		fputs("</td><td>", fp);
		html(fp, m->v[i].error);
		fputs("</td></tr>\n", fp);
	}
	fputs("</table>\n", fp);

	/* Every document, however many: sortable, linked. */
	fputs("<h2>All documents</h2>\n<table id=\"all\" class=\"sortable\">"
	    "<thead><tr><th id=\"col-path\">document</th><th id=\"col-status\">"
	    "status</th><th id=\"col-profile\">profile</th><th id=\"col-score\">"
	    "score</th><th id=\"col-items\">items</th><th id=\"col-persons\">"
	    "persons</th><th id=\"col-decisions\">decisions</th>"
	    "<th id=\"col-pages\">pages</th><th id=\"col-ocr_low\">low OCR "
	    "pages</th><th id=\"col-seconds\">seconds</th><th>outputs</th>"
	    "<th id=\"col-message\">message</th></tr></thead><tbody>\n", fp);
	for (i = 0; i < m->n; i++) {
		const struct pk_mrec *r = &m->v[i];

		fact_cells(fp, r, r->status);
		num_cell(fp, r->pages);
		fputs("<td>", fp);
		html(fp, r->ocr_low);
		fprintf(fp, "</td><td class=\"n\" data-v=\"%.3f\">%.1f</td><td>",
		    r->seconds, r->seconds);
		output_links(fp, b, r);
		fputs("</td><td>", fp);
		html(fp, r->error[0] != '\0' ? r->error : r->review);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n", fp);
	fputs(sort_script, fp);
	fputs("</body></html>\n", fp);
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
