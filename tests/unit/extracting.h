/* Extraction in the test's own process: bytes or a fixture to paged text. */
#ifndef PK_TEST_EXTRACTING_H
#define PK_TEST_EXTRACTING_H

#include "../../pipeline/extract.h"
#include "helpers.h"

/* data[0..len), called name, extracted with opt onto out; it must work. */
static inline void
extract_bytes(const char *data, size_t len, const char *name,
    const struct pk_extract_opts *opt, struct pk_buf *out)
{
	struct pk_diag	 d;

	pk_diag_init(&d, "test", stderr);
	cr_assert_eq(pk_extract_run(data, len, PK_FMT_UNKNOWN, name, opt, out,
	    &d), 0, "extracting %s", name);
}

/* The fixture at path, extracted with opt onto out. */
static inline void
extract_path(const char *path, const struct pk_extract_opts *opt,
    struct pk_buf *out)
{
	size_t	 len;
	char	*data = slurp(path, &len);

	cr_assert_not_null(data, "no fixture %s (fixtures/make.sh, "
	    "fixtures/scan.sh)", path);
	extract_bytes(data, len, path, opt, out);
	free(data);
}

#endif
