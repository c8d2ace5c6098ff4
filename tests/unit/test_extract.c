/*
 * pk-extract on the PDF, DOCX and ODT renditions of both seeds
 * (fixtures/extract, made by fixtures/make.sh with LibreOffice): the
 * same facts as the seed text, word-for-word agreement with it, and no
 * furniture in the content.
 */
#include "../../pipeline/extract.h"
#include "../../pipeline/validate.h"
#include "facts.h"

static const char *const kinds[] = { "pdf", "docx", "odt" };

/* Extract fixtures/extract/NAME.KIND into a file; returns its path. */
static char *
extract(const char *name, const char *kind, struct pk_buf *paged)
{
	struct pk_extract_opts	 opt = { PK_ZIP_LIMITS_DEFAULT, 0, 5000 };
	struct pk_diag		 d;
	char			 in[512], *out = strdup("/tmp/pk-ext-XXXXXX");
	char			*data;
	size_t			 len;
	int			 fd;

	snprintf(in, sizeof(in), "%s/fixtures/extract/%s.%s", PK_SRCDIR, name,
	    kind);
	data = slurp(in, &len);
	cr_assert_not_null(data, "no fixture %s (fixtures/make.sh)", in);
	pk_diag_init(&d, "test", stderr);
	cr_assert_eq(pk_extract_run(data, len, PK_FMT_UNKNOWN, in, &opt, paged,
	    &d), 0, "extracting %s", in);
	fd = mkstemp(out);
	cr_assert(write(fd, paged->data, paged->len) == (ssize_t)paged->len);
	close(fd);
	free(data);
	return out;
}

static void
valid(xmlDocPtr doc, const char *what)
{
	struct pk_diag		 d;
	struct pk_validate	*v;

	pk_diag_init(&d, "test", stderr);
	v = pk_validate_new(SRC("schemas/minutes.xsd"), &d);
	cr_assert_eq(pk_validate_run(v, doc), 0, "%s is not valid", what);
	pk_validate_free(v);
}

static void
renditions(const char *name, void (*facts)(xmlDocPtr))
{
	struct pk_buf	 paged = { 0 };

	for (size_t i = 0; i < 3; i++) {
		char *path = extract(name, kinds[i], &paged);
		xmlDocPtr doc = segment_file(path, NULL);

		cr_log_info("facts of %s.%s", name, kinds[i]);
		facts(doc);
		no_furniture_in_items(doc);
		valid(doc, kinds[i]);
		xmlFreeDoc(doc);
		unlink(path);
		free(path);
	}
	pk_buf_free(&paged);
}

Test(extract, renditions_of_seed_000_give_its_facts)
{
	renditions("seed-000", facts_000);
}

Test(extract, renditions_of_seed_003_give_its_facts)
{
	renditions("seed-003", facts_003);
}
