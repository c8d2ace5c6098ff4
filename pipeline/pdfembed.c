/*
 * The files embedded in a PDF.  A PDF portfolio's pages are only a
 * cover ("open this in Acrobat"); its minutes are embedded files, and
 * minutes mailed as one PDF sometimes carry the signed original or an
 * annex as attachments.  Each is copied out so that it can be
 * extracted as a document of its own (pk-extract -d, pk-batch).
 */
#include <stdlib.h>
#include <string.h>

#include <mupdf/fitz.h>
#include <mupdf/pdf.h>

#include "pdfembed.h"

/* Each file once: a name tree entry and an annotation may share it. */
static int
seen(const int *nums, size_t n, int num)
{
	size_t	 i;

	for (i = 0; num > 0 && i < n; i++)
		if (nums[i] == num)
			return 1;
	return 0;
}

/* A file name from the PDF's: no directory part can climb out. */
static char *
file_name(const char *name, size_t k)
{
	char	*s, *p;
	char	 dflt[32];

	if (name == NULL || name[0] == '\0') {
		snprintf(dflt, sizeof(dflt), "attachment-%zu", k + 1);
		name = dflt;
	}
	if ((s = strdup(name)) == NULL)
		return NULL;
	for (p = s; *p != '\0'; p++)
		if (*p == '/' || *p == '\\' || (unsigned char)*p < ' ')
			*p = '_';
	if (s[0] == '.')
		s[0] = '_';	/* never ".", "..", nor hidden */
	return s;
}

/* Filespec fs onto out (throws). */
static void
add(fz_context *ctx, pdf_obj *fs, size_t max_size,
    struct pk_embedded_list *out, int *nums)
{
	pdf_embedded_file_params params;
	struct pk_embedded *e;
	fz_buffer	*buf;
	unsigned char	*bytes;
	size_t		 len;

	if (!pdf_is_embedded_file(ctx, fs) || out->n >= PK_EMBED_MAX_FILES ||
	    seen(nums, out->n, pdf_to_num(ctx, fs)))
		return;
	pdf_get_embedded_file_params(ctx, fs, &params);
	e = &out->v[out->n];
	memset(e, 0, sizeof(*e));
	nums[out->n] = pdf_to_num(ctx, fs);
	if ((e->name = file_name(params.filename, out->n)) == NULL)
		fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
	out->n++;
	if (params.size > 0 && (size_t)params.size > max_size)
		return;
	buf = pdf_load_embedded_file_contents(ctx, fs);
	len = fz_buffer_storage(ctx, buf, &bytes);
	if (len > max_size || (e->data = malloc(len + 1)) == NULL) {
		fz_drop_buffer(ctx, buf);
		if (len > max_size)
			return;
		fz_throw(ctx, FZ_ERROR_MEMORY, "out of memory");
	}
	memcpy(e->data, bytes, len);
	e->data[len] = '\0';
	e->len = len;
	e->fmt = len > 0 ? pk_extract_detect(e->data, len) : PK_FMT_UNKNOWN;
	fz_drop_buffer(ctx, buf);
}

/* The embedded files of doc onto out: name tree, then annotations. */
static void
collect(fz_context *ctx, pdf_document *doc, size_t max_size,
    struct pk_embedded_list *out, int *nums)
{
	pdf_obj	*tree, *annots, *a;
	int	 i, k, npages;

	out->portfolio = pdf_dict_getp(ctx, pdf_trailer(ctx, doc),
	    "Root/Collection") != NULL;
	tree = pdf_load_name_tree(ctx, doc, PDF_NAME(EmbeddedFiles));
	fz_try(ctx)
		for (i = 0; tree != NULL && i < pdf_dict_len(ctx, tree); i++)
			add(ctx, pdf_dict_get_val(ctx, tree, i), max_size, out,
			    nums);
	fz_always(ctx)
		pdf_drop_obj(ctx, tree);
	fz_catch(ctx)
		fz_rethrow(ctx);
	npages = pdf_count_pages(ctx, doc);
	for (i = 0; i < npages; i++) {
		annots = pdf_dict_get(ctx, pdf_lookup_page_obj(ctx, doc, i),
		    PDF_NAME(Annots));
		for (k = 0; k < pdf_array_len(ctx, annots); k++) {
			a = pdf_array_get(ctx, annots, k);
			if (pdf_name_eq(ctx, pdf_dict_get(ctx, a,
			    PDF_NAME(Subtype)), PDF_NAME(FileAttachment)))
				add(ctx, pdf_dict_get(ctx, a, PDF_NAME(FS)),
				    max_size, out, nums);
		}
	}
}

int
pk_pdfembed_list(const char *data, size_t len,
    const struct pk_extract_opts *opt, size_t max_size,
    struct pk_embedded_list *out, struct pk_diag *d)
{
	fz_context	*ctx;
	fz_stream	*stm = NULL;
	pdf_document	*doc = NULL;
	int		*nums;
	int		 rc = 0;
	size_t		 k;

	memset(out, 0, sizeof(*out));
	out->v = calloc(PK_EMBED_MAX_FILES, sizeof(*out->v));
	nums = calloc(PK_EMBED_MAX_FILES, sizeof(*nums));
	if (out->v == NULL || nums == NULL ||
	    (ctx = fz_new_context(NULL, NULL, FZ_STORE_DEFAULT)) == NULL) {
		free(nums);
		pk_pdfembed_free(out);
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	fz_set_error_callback(ctx, NULL, NULL);
	fz_set_warning_callback(ctx, NULL, NULL);
	fz_var(stm);
	fz_var(doc);
	fz_var(rc);
	fz_try(ctx) {
		stm = fz_open_memory(ctx, (const unsigned char *)data, len);
		doc = pdf_open_document_with_stream(ctx, stm);
		if (pdf_needs_password(ctx, doc) &&
		    !pdf_authenticate_password(ctx, doc, "")) {
			for (k = 0; k < opt->npasswords; k++)
				if (pdf_authenticate_password(ctx, doc,
				    opt->passwords[k]))
					break;
			if (k == opt->npasswords)
				fz_throw(ctx, FZ_ERROR_GENERIC, "encrypted");
		}
		collect(ctx, doc, max_size, out, nums);
	}
	fz_always(ctx) {
		pdf_drop_document(ctx, doc);
		fz_drop_stream(ctx, stm);
	}
	fz_catch(ctx) {
		pk_diag(d, PK_E_CORRUPT, 0, "its embedded files: %s",
		    fz_caught_message(ctx));
		rc = -1;
	}
	fz_drop_context(ctx);
	free(nums);
	if (rc == -1)
		pk_pdfembed_free(out);
	return rc;
}

int
pk_pdfembed_is_document(const struct pk_embedded *e)
{
	return e->fmt == PK_FMT_PDF || e->fmt == PK_FMT_DOCX ||
	    e->fmt == PK_FMT_ODT;
}

void
pk_pdfembed_free(struct pk_embedded_list *l)
{
	size_t	 i;

	for (i = 0; l->v != NULL && i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].data);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}
