/*
 * What the tests of real minutes and of each language's fixtures share:
 * the chain in-process (extraction, segmentation, the schema), and the
 * facts of a document as one string to compare with what was read off
 * the document.
 */
#ifndef PK_TEST_CORPUS_H
#define PK_TEST_CORPUS_H

#include "extracting.h"

#define CORPUS(f)	SHARED("corpus/minutes/" f)

/* A document of ../shared is checked where it exists, never failed. */
#define NEEDS(path) do {						\
	if (!exists(path)) {						\
		cr_log_info("%s: no ../shared, not checked", path);	\
		return;							\
	}								\
} while (0)

/*
 * The paged text of a real minutes, by pk-extract, in cache (a path of
 * size bytes).  Made once per build: the scans among them are read by
 * OCR, tens of seconds each, and both the goldens' test and a language's
 * test read them.  A copy older than the pk-extract that made it is made
 * again.
 */
static inline int
corpus_newer(const struct stat *a, const struct stat *b)
{
	return a->st_mtim.tv_sec > b->st_mtim.tv_sec ||
	    (a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	    a->st_mtim.tv_nsec > b->st_mtim.tv_nsec);
}

/*
 * Under the sanitizers, a scan's text is the one the plain build's
 * pk-extract read, where that is current (sh setup check runs the plain
 * build's tests first): reading 40 scanned pages again is Tesseract's
 * work, not ours, a minute and a half of the suite under ASan, and our
 * part of OCR is tested under ASan on the scans of fixtures/scan.
 */
static inline int
corpus_plain_ocr(const char *base, char *cache, size_t size)
{
#if defined(__SANITIZE_ADDRESS__)
	struct stat	 sc, sb;
	char		 plain[1100], *text, *end;
	int		 ocr;

	snprintf(plain, sizeof(plain), "%s/build/corpus-cache/%s.txt",
	    PK_SRCDIR, base);
	if (stat(plain, &sc) == -1 ||
	    stat(PK_SRCDIR "/build/pk-extract", &sb) == -1 ||
	    !corpus_newer(&sc, &sb) || (text = slurp(plain, NULL)) == NULL)
		return 0;
	/* Only a text some page of which was read by OCR. */
	if ((end = strstr(text + 3, "\n---\n")) != NULL)
		*end = '\0';
	ocr = end != NULL && strstr(text, "\nocr-pages:") != NULL;
	free(text);
	return ocr && (size_t)snprintf(cache, size, "%s", plain) < size;
#else
	(void)base;
	(void)cache;
	(void)size;
	return 0;
#endif
}

static inline void
corpus_paged(const char *path, char *cache, size_t size)
{
	struct stat		 sc, sb;
	struct run_result	 r;
	const char		*base = strrchr(path, '/');
	char			 tmp[1100], cmd[2400];

	base = base != NULL ? base + 1 : path;
	if (corpus_plain_ocr(base, cache, size))
		return;
	snprintf(cache, size, "%s/corpus-cache/%s.txt", PK_BUILDDIR, base);
	cr_assert_eq(stat(BIN("pk-extract"), &sb), 0);
	if (stat(cache, &sc) == 0 && corpus_newer(&sc, &sb))
		return;
	(void)mkdir(PK_BUILDDIR "/corpus-cache", 0777);
	snprintf(tmp, sizeof(tmp), "%s.%ld.tmp", cache, (long)getpid());
	snprintf(cmd, sizeof(cmd), "%s -j 2 -o '%s' '%s'", BIN("pk-extract"),
	    tmp, path);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: %s", path, r.err);
	run_free(&r);
	cr_assert_eq(rename(tmp, cache), 0);
}

/*
 * path through pk-extract and pk-segment, valid; the caller frees it.
 * A fixture is extracted in the test's process, a real minutes once per
 * build by pk-extract (corpus_paged).
 */
static inline xmlDocPtr
chain(const char *path)
{
	struct pk_extract_opts	 opt = PK_EXTRACT_OPTS_DEFAULT;
	struct pk_buf		 text = { 0 };
	xmlDocPtr		 doc;
	char			 cache[1024];
	char			*paged;
	size_t			 len;

	if (strncmp(path, SHARED(""), strlen(SHARED(""))) == 0) {
		corpus_paged(path, cache, sizeof(cache));
		paged = slurp(cache, &len);
		cr_assert_not_null(paged, "%s", cache);
		cr_assert_eq(pk_buf_put(&text, paged, len), 0);
		free(paged);
	} else
		extract_path(path, &opt, &text);
	cr_assert_eq(pk_buf_putc(&text, '\0'), 0);
	doc = segment_paged_text(text.data);
	assert_valid(doc, path);
	pk_buf_free(&text);
	return doc;
}

/* The string values of expr's nodes in order, joined by sep, are want. */
static inline void
assert_joined(xmlDocPtr doc, const char *expr, const char *sep,
    const char *want)
{
	xmlXPathObjectPtr	 o = xpath(doc, expr);
	struct pk_buf		 got = { 0 };
	int			 i, n;

	n = o->nodesetval != NULL ? o->nodesetval->nodeNr : 0;
	for (i = 0; i < n; i++) {
		xmlChar *v = xmlNodeGetContent(o->nodesetval->nodeTab[i]);

		if (i > 0)
			pk_buf_puts(&got, sep);
		pk_buf_puts(&got, (char *)v);
		xmlFree(v);
	}
	pk_buf_putc(&got, '\0');
	cr_assert_str_eq(got.data, want, "%s", expr);
	pk_buf_free(&got);
	xmlXPathFreeObject(o);
}

/* The items' numbers, in order: "1 2 3a". */
#define assert_items(doc, want) \
	assert_joined((doc), "//m:item/@n", " ", (want))
/* expr's values joined by '|': "Anna Berg|Per Ek". */
#define assert_list(doc, expr, want) \
	assert_joined((doc), (expr), "|", (want))
/* The items, by number, that hold a decision: "18.11.3 18.11.6". */
#define assert_decided(doc, want) \
	assert_joined((doc), "//m:item[.//m:decision]/@n", " ", (want))

#endif
