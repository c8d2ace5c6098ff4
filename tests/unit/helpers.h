/* Helpers the Criterion tests share: running programs, reading files, XPath. */
#ifndef PK_TEST_HELPERS_H
#define PK_TEST_HELPERS_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "../../pipeline/buf.h"
#include "../../pipeline/diag.h"
#include "../../pipeline/rules.h"
#include "../../pipeline/segment.h"
#include "../../pipeline/text.h"
#include "../../pipeline/validate.h"
#include "../../pipeline/version.h"

#define SRC(p)		PK_SRCDIR "/" p
#define BIN(p)		PK_BUILDDIR "/" p
#define SHARED(p)	PK_SRCDIR "/../shared/" p
/* The front matter pk-extract gives a PDF of that name and pages. */
#define PDF_HEAD(file, pages) \
	"---\nfile: " file "\nformat: pdf\npages: " #pages "\n---\n"

struct run_result {
	int	 status;	/* exit status, or 128+signal */
	char	*out;
	size_t	 out_len;
	char	*err;
};

static inline char *
slurp(const char *path, size_t *len)
{
	FILE	*fp = fopen(path, "rb");
	char	*buf;
	long	 size;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	size = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)size + 1);
	if (buf != NULL && fread(buf, 1, (size_t)size, fp) != (size_t)size) {
		free(buf);
		buf = NULL;
	}
	fclose(fp);
	if (buf != NULL) {
		buf[size] = '\0';
		if (len != NULL)
			*len = (size_t)size;
	}
	return buf;
}

static inline int
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* Run cmd with sh -c, stdin from the file in_path (or /dev/null). */
static inline struct run_result
run(const char *cmd, const char *in_path)
{
	struct run_result	 r = { 0 };
	char			 outp[] = "/tmp/pk-test-out.XXXXXX";
	char			 errp[] = "/tmp/pk-test-err.XXXXXX";
	char			*full;
	int			 fo = mkstemp(outp), fe = mkstemp(errp), st;

	cr_assert(fo != -1 && fe != -1);
	close(fo);
	close(fe);
	full = malloc(strlen(cmd) + strlen(outp) + strlen(errp) + 256);
	sprintf(full, "(%s) <%s >%s 2>%s", cmd, in_path ? in_path :
	    "/dev/null", outp, errp);
	st = system(full);
	r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	r.out = slurp(outp, &r.out_len);
	r.err = slurp(errp, NULL);
	unlink(outp);
	unlink(errp);
	free(full);
	return r;
}

static inline void
run_free(struct run_result *r)
{
	free(r->out);
	free(r->err);
}

/* Segment a file in-process with the bundled profiles. */
/* data[0..len) written as dir/name; its path, until the next call. */
static inline const char *
put_file(const char *dir, const char *name, const void *data, size_t len)
{
	static char	 path[512];
	FILE		*fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "wb");
	cr_assert_not_null(fp, "%s", path);
	cr_assert_eq(fwrite(data, 1, len, fp), len);
	cr_assert_eq(fclose(fp), 0);
	return path;
}

/* cmd exits with status, writes nothing to stdout, says want in one line. */
static inline void
assert_one_line(const char *cmd, int status, const char *want)
{
	struct run_result	 r = run(cmd, NULL);
	char			*nl;

	cr_assert_eq(r.status, status, "%s: exit %d: %s", cmd, r.status,
	    r.err);
	cr_assert_eq(r.out_len, 0, "%s wrote to stdout", cmd);
	cr_assert_not_null(strstr(r.err, want), "%s: %s", cmd, r.err);
	nl = strchr(r.err, '\n');
	cr_assert(nl != NULL && nl[1] == '\0', "not one line: %s", r.err);
	run_free(&r);
}

static inline xmlDocPtr
segment_file(const char *path, const char *profile)
{
	struct pk_diag		 d;
	struct pk_rules		*rules;
	struct pk_segment	*seg;
	struct pk_text		 t;
	struct pk_source	 src = { path, NULL };
	xmlDocPtr		 doc = NULL;
	char			*data;
	size_t			 len;

	pk_diag_init(&d, "test", stderr);
	d.quiet_warnings = 1;
	data = slurp(path, &len);
	cr_assert_not_null(data, "cannot read %s", path);
	rules = pk_rules_new(&d);
	cr_assert_eq(pk_rules_load_dir(rules, SRC("rules")), 0);
	seg = pk_segment_new(rules, profile, PK_RULES_MATCH_LIMIT, &d);
	cr_assert_eq(pk_text_parse(data, len, PK_TEXT_MAX_LINE, &t, &d), 0);
	cr_assert_eq(pk_segment_run(seg, &t, &src, &doc), 0,
	    "segmenting %s failed", path);
	pk_text_free(&t);
	pk_segment_free(seg);
	pk_rules_free(rules);
	free(data);
	return doc;
}

/* Segment paged text given as a string (through a temporary file),
 * with the named profile or (NULL) the one its signals choose. */
static inline xmlDocPtr
segment_paged_text_as(const char *paged, const char *profile)
{
	char		 path[] = "/tmp/pk-paged-XXXXXX";
	int		 fd = mkstemp(path);
	xmlDocPtr	 doc;

	cr_assert(fd != -1);
	cr_assert(write(fd, paged, strlen(paged)) == (ssize_t)strlen(paged));
	close(fd);
	doc = segment_file(path, profile);
	unlink(path);
	return doc;
}

/* Segment paged text given as a string (through a temporary file). */
static inline xmlDocPtr
segment_paged_text(const char *paged)
{
	return segment_paged_text_as(paged, NULL);
}

static inline xmlXPathObjectPtr
xpath(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr	 ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr	 obj;

	xmlXPathRegisterNs(ctx, BAD_CAST "m", BAD_CAST PK_MINUTES_NS);
	obj = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	xmlXPathFreeContext(ctx);
	cr_assert_not_null(obj, "bad XPath %s", expr);
	return obj;
}

static inline double
xnum(xmlDocPtr doc, const char *expr)
{
	xmlXPathObjectPtr	 o = xpath(doc, expr);
	double			 v = xmlXPathCastToNumber(o);

	xmlXPathFreeObject(o);
	return v;
}

/* The string value of expr, white space normalised; caller frees. */
static inline char *
xstr(xmlDocPtr doc, const char *expr)
{
	char			 buf[1024];
	xmlXPathObjectPtr	 o;
	xmlChar			*s;

	snprintf(buf, sizeof(buf), "normalize-space(%s)", expr);
	o = xpath(doc, buf);
	s = xmlXPathCastToString(o);
	xmlXPathFreeObject(o);
	return (char *)s;
}

/* Valid against the schema and pk-validate's own rules. */
static inline void
assert_valid(xmlDocPtr doc, const char *name)
{
	struct pk_diag		 d;
	struct pk_validate	*v;

	pk_diag_init(&d, "test", stderr);
	v = pk_validate_new(SRC("schemas/minutes.xsd"), &d);
	cr_assert_not_null(v);
	cr_assert_eq(pk_validate_run(v, doc), 0, "%s is not valid", name);
	pk_validate_free(v);
}

#define assert_xstr(doc, expr, want) do {				\
	char *got_ = xstr((doc), (expr));				\
	cr_assert_str_eq(got_, (want), "%s", (expr));			\
	free(got_);							\
} while (0)

#define assert_xnum(doc, expr, want) \
	cr_assert_eq(xnum((doc), (expr)), (double)(want), "%s = %g", (expr), \
	    xnum((doc), (expr)))

#endif
