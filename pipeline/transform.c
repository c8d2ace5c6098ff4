/* XSLT through libxslt and EXSLT, with writes and network forbidden. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libexslt/exslt.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "transform.h"
#include "xmlin.h"

struct pk_transform {
	xsltStylesheetPtr	 style;
	xsltSecurityPrefsPtr	 sec;
	struct pk_diag		*diag;
	char			 dir[PATH_MAX];	/* what it may read */
};

/*
 * A stylesheet reads the files below its own directory and no others:
 * xsl:import of lib/common.xsl, document('') and its neighbours, never
 * /etc/passwd (issue 17).  libxslt's security callback has no argument
 * of its own, so the directory of the stylesheet at work is kept here.
 */
static _Thread_local const char *readable_dir;

static int
may_read(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt,
    const char *value)
{
	char	 real[PATH_MAX];
	size_t	 len;

	(void)sec;
	(void)ctxt;
	if (readable_dir == NULL || realpath(value, real) == NULL)
		return 0;
	len = strlen(readable_dir);
	return strncmp(real, readable_dir, len) == 0 &&
	    (real[len] == '/' || (len == 1 && real[0] == '/'));
}

/*
 * libxslt reports in printf pieces, and one error in several lines (the
 * instruction, the error, a hint, a template stack): the first line
 * that says what went wrong is the diagnostic, the rest is dropped.
 */
static char	 pending[1024];
static int	 said;

static int
noise(const char *line)
{
	static const char *const prefix[] = { "runtime error: ",
	    "compilation error: ", "You can adjust", "Templates:",
	    "Variables:", "#" };

	for (size_t i = 0; i < sizeof(prefix) / sizeof(prefix[0]); i++)
		if (strncmp(line, prefix[i], strlen(prefix[i])) == 0)
			return 1;
	/* libxslt's context of an error without one: "error". */
	return line[0] == '\0' || strcmp(line, "error") == 0;
}

static void
on_xslt_error(void *ctx, const char *fmt, ...)
{
	struct pk_diag	*d = ctx;
	va_list		 ap;
	size_t		 len = strlen(pending);
	char		*nl;

	va_start(ap, fmt);
	vsnprintf(pending + len, sizeof(pending) - len, fmt, ap);
	va_end(ap);
	while ((nl = strchr(pending, '\n')) != NULL) {
		*nl = '\0';
		if (!said && !noise(pending)) {
			pk_diag(d, PK_E_XSLT, 0, "%s", pending);
			said = 1;
		}
		memmove(pending, nl + 1, strlen(nl + 1) + 1);
	}
	if (strlen(pending) >= sizeof(pending) - 1) {
		if (!said)
			pk_diag(d, PK_E_XSLT, 0, "%s", pending);
		said = 1;
		pending[0] = '\0';
	}
}

static void
errors_to(struct pk_diag *d)
{
	pending[0] = '\0';
	said = 0;
	xsltSetGenericErrorFunc(d, d != NULL ? on_xslt_error : NULL);
	pk_xml_errors_to(d, PK_E_XSLT);
}

struct pk_transform *
pk_transform_new(const char *path, struct pk_diag *d)
{
	struct pk_transform	*t;
	xsltSecurityPrefsPtr	 prev;
	const char		*saved = d->file;
	int			 before = d->nerrors;

	if ((t = calloc(1, sizeof(*t))) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return NULL;
	}
	t->diag = d;
	exsltRegisterAll();
	t->sec = xsltNewSecurityPrefs();
	if (t->sec == NULL ||
	    xsltSetSecurityPrefs(t->sec, XSLT_SECPREF_WRITE_FILE,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(t->sec, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(t->sec, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(t->sec, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(t->sec, XSLT_SECPREF_READ_FILE,
	    may_read) != 0) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		goto fail;
	}
	d->file = path;
	if (realpath(path, t->dir) == NULL) {
		pk_diag(d, PK_E_READ, 0, "%s", strerror(errno));
		d->file = saved;
		goto fail;
	}
	*strrchr(t->dir, '/') = '\0';
	if (t->dir[0] == '\0')
		strcpy(t->dir, "/");
	errors_to(d);
	/* xsl:import and xsl:include are checked by the default prefs. */
	prev = xsltGetDefaultSecurityPrefs();
	xsltSetDefaultSecurityPrefs(t->sec);
	readable_dir = t->dir;
	t->style = xsltParseStylesheetFile(BAD_CAST path);
	readable_dir = NULL;
	xsltSetDefaultSecurityPrefs(prev);
	errors_to(NULL);
	if (t->style == NULL && d->nerrors == before)
		pk_diag(d, PK_E_XSLT, 0, "cannot compile the stylesheet");
	d->file = saved;
	if (t->style == NULL)
		goto fail;
	return t;
fail:
	pk_transform_free(t);
	return NULL;
}

void
pk_transform_free(struct pk_transform *t)
{
	if (t == NULL)
		return;
	if (t->style != NULL)
		xsltFreeStylesheet(t->style);
	if (t->sec != NULL)
		xsltFreeSecurityPrefs(t->sec);
	free(t);
}

int
pk_transform_run(struct pk_transform *t, xmlDocPtr doc, const char **params,
    struct pk_buf *out)
{
	xsltTransformContextPtr	 ctxt;
	xmlDocPtr		 res = NULL;
	xmlChar			*mem = NULL;
	int			 len = 0, rc = -1, before = t->diag->nerrors;

	if ((ctxt = xsltNewTransformContext(t->style, doc)) == NULL) {
		pk_diag(t->diag, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	errors_to(t->diag);
	readable_dir = t->dir;
	if (xsltSetCtxtSecurityPrefs(t->sec, ctxt) != 0 ||
	    (params != NULL && xsltQuoteUserParams(ctxt, params) != 0))
		goto out;
	res = xsltApplyStylesheetUser(t->style, doc, NULL, NULL, NULL, ctxt);
	if (res == NULL || ctxt->state != XSLT_STATE_OK ||
	    t->diag->nerrors != before)
		goto out;
	if (xsltSaveResultToString(&mem, &len, res, t->style) != 0)
		goto out;
	pk_buf_reset(out);
	if (pk_buf_put(out, mem ? (const char *)mem : "", (size_t)len) == -1) {
		pk_diag(t->diag, PK_E_NOMEM, 0, NULL);
		goto out;
	}
	rc = 0;
out:
	errors_to(NULL);
	readable_dir = NULL;
	if (rc == -1 && t->diag->nerrors == before)
		pk_diag(t->diag, PK_E_XSLT, 0, NULL);
	xmlFree(mem);
	xmlFreeDoc(res);
	xsltFreeTransformContext(ctxt);
	return rc;
}

const char *
pk_transform_extension(const struct pk_transform *t)
{
	const xmlChar	*method = t->style->method;

	if (method != NULL && xmlStrEqual(method, BAD_CAST "html"))
		return "html";
	if (method != NULL && xmlStrEqual(method, BAD_CAST "text"))
		return "txt";
	return "xml";
}

void
pk_transform_suffix(const struct pk_transform *t, const char *name,
    char *out, size_t size)
{
	const char	*ext = pk_transform_extension(t);

	if (strcmp(ext, name) == 0)
		snprintf(out, size, "%s", ext);
	else
		snprintf(out, size, "%s.%s", name, ext);
}
