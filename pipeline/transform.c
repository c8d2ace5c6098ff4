/* XSLT through libxslt and EXSLT, with writes and network forbidden. */
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
};

/* libxslt reports in printf pieces; one diagnostic per finished line. */
static char	 pending[1024];

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
		if (pending[0] != '\0')
			pk_diag(d, PK_E_XSLT, 0, "%s", pending);
		memmove(pending, nl + 1, strlen(nl + 1) + 1);
	}
	if (strlen(pending) >= sizeof(pending) - 1) {
		pk_diag(d, PK_E_XSLT, 0, "%s", pending);
		pending[0] = '\0';
	}
}

static void
errors_to(struct pk_diag *d)
{
	pending[0] = '\0';
	xsltSetGenericErrorFunc(d, d != NULL ? on_xslt_error : NULL);
	pk_xml_errors_to(d, PK_E_XSLT);
}

struct pk_transform *
pk_transform_new(const char *path, struct pk_diag *d)
{
	struct pk_transform	*t;
	const char		*saved = d->file;

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
	    xsltSecurityForbid) != 0) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		goto fail;
	}
	d->file = path;
	errors_to(d);
	t->style = xsltParseStylesheetFile(BAD_CAST path);
	errors_to(NULL);
	if (t->style == NULL)
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
