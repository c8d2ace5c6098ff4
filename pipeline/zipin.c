/* ZIP containers through libzip, read from memory with size and ratio limits. */
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "lazylib.h"
#include "zipin.h"

/*
 * libzip is loaded by the first container (pipeline/lazylib.h): it
 * brings libcrypto, whose symbol lookups cost every run of pk-extract
 * on a PDF a third of its start-up.
 */
#define ZIP_FUNCS(X) \
	X(zip_error_init) \
	X(zip_source_buffer_create) \
	X(zip_open_from_source) \
	X(zip_error_strerror) \
	X(zip_source_free) \
	X(zip_error_fini) \
	X(zip_get_num_entries) \
	X(zip_get_name) \
	X(zip_stat_init) \
	X(zip_stat) \
	X(zip_fopen) \
	X(zip_strerror) \
	X(zip_fclose) \
	X(zip_fread) \
	X(zip_file_strerror) \
	X(zip_discard) \
	X(zip_file_get_external_attributes)
PK_LAZYLIB(zf, "libzip.so.4", "libzip4", ZIP_FUNCS);

int
pk_zip_preload(void)
{
	return pk_lazylib_load(&zf_lib);
}

static int
load_libzip(struct pk_diag *d)
{
	if (pk_zip_preload() == -1) {
		pk_diag(d, PK_E_LIBRARY, 0, "%s", zf_lib.err);
		return -1;
	}
	return 0;
}

struct pk_zip {
	zip_t			*za;
	struct pk_zip_limits	 lim;
	struct pk_diag		*diag;
	size_t			 total;		/* uncompressed bytes read */
};

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * Two entries of one name: which one a reader takes is the reader's
 * choice (libzip the first, others the last), so a container can show
 * a checker one document and a reader another.  Refused.
 */
static int
duplicate_name(struct pk_zip *z, size_t n)
{
	const char	**names;
	size_t		  i;
	int		  rc = 0;

	if (n < 2)
		return 0;
	if ((names = calloc(n, sizeof(*names))) == NULL) {
		pk_diag(z->diag, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	for (i = 0; i < n; i++)
		names[i] = zf.zip_get_name(z->za, (zip_uint64_t)i, 0);
	qsort(names, n, sizeof(*names), by_name);
	for (i = 1; i < n && rc == 0; i++)
		if (strcmp(names[i - 1], names[i]) == 0) {
			pk_diag(z->diag, PK_E_CORRUPT, 0, "two entries named "
			    "%s", names[i]);
			rc = -1;
		}
	free(names);
	return rc;
}

struct pk_zip *
pk_zip_open(const char *data, size_t len, const struct pk_zip_limits *lim,
    struct pk_diag *d)
{
	struct pk_zip	*z;
	zip_source_t	*src;
	zip_error_t	 err;
	zip_int64_t	 n;

	if (load_libzip(d) == -1)
		return NULL;
	if ((z = calloc(1, sizeof(*z))) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return NULL;
	}
	z->lim = *lim;
	z->diag = d;
	zf.zip_error_init(&err);
	src = zf.zip_source_buffer_create(data, len, 0, &err);
	if (src == NULL ||
	    (z->za = zf.zip_open_from_source(src, ZIP_RDONLY,
	    &err)) == NULL) {
		pk_diag(d, PK_E_CORRUPT, 0, "not a readable ZIP container: %s",
		    zf.zip_error_strerror(&err));
		if (src != NULL)
			zf.zip_source_free(src);
		zf.zip_error_fini(&err);
		free(z);
		return NULL;
	}
	zf.zip_error_fini(&err);
	n = zf.zip_get_num_entries(z->za, 0);
	if (n < 0 || (size_t)n > z->lim.max_entries) {
		pk_diag(d, PK_E_LIMIT, 0, "%lld entries in the container, "
		    "limit %zu", (long long)n, z->lim.max_entries);
		pk_zip_close(z);
		return NULL;
	}
	/*
	 * Names are never used as paths here, but a name that climbs out
	 * (../../x) or is absolute marks a hostile container: refuse it.
	 */
	for (zip_int64_t i = 0; i < n; i++) {
		const char *name = zf.zip_get_name(z->za, (zip_uint64_t)i, 0);

		zip_uint8_t	 opsys;
		zip_uint32_t	 attr;

		if (name == NULL || name[0] == '/' || name[0] == '\\' ||
		    (name[0] != '\0' && name[1] == ':') ||
		    strstr(name, "../") != NULL ||
		    strstr(name, "..\\") != NULL ||
		    strcmp(name, "..") == 0) {
			pk_diag(d, PK_E_CORRUPT, 0, "entry name %s leaves the "
			    "container", name ? name : "(unreadable)");
			pk_zip_close(z);
			return NULL;
		}
		/* A link's text is no part: Word and LibreOffice make none. */
		if (zf.zip_file_get_external_attributes(z->za, (zip_uint64_t)i,
		    0, &opsys, &attr) == 0 && opsys == ZIP_OPSYS_UNIX &&
		    ((attr >> 16) & 0170000) == 0120000) {
			pk_diag(d, PK_E_CORRUPT, 0, "entry %s is a symbolic "
			    "link", name);
			pk_zip_close(z);
			return NULL;
		}
	}
	if (duplicate_name(z, (size_t)n) == -1) {
		pk_zip_close(z);
		return NULL;
	}
	return z;
}

size_t
pk_zip_count(struct pk_zip *z)
{
	zip_int64_t n = zf.zip_get_num_entries(z->za, 0);

	return n < 0 ? 0 : (size_t)n;
}

const char *
pk_zip_name(struct pk_zip *z, size_t index)
{
	return zf.zip_get_name(z->za, (zip_uint64_t)index, 0);
}

int
pk_zip_read(struct pk_zip *z, const char *name, struct pk_buf *out)
{
	zip_stat_t	 st;
	zip_file_t	*f;
	zip_int64_t	 got;
	size_t		 cap;

	zf.zip_stat_init(&st);
	if (zf.zip_stat(z->za, name, 0, &st) == -1)
		return 1;
	if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > z->lim.max_entry_size ||
	    st.size > z->lim.max_total_size - z->total) {
		pk_diag(z->diag, PK_E_LIMIT, 0, "%s: uncompressed size over the "
		    "limit", name);
		return -1;
	}
	if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
	    st.size / (st.comp_size ? st.comp_size : 1) > z->lim.max_ratio) {
		pk_diag(z->diag, PK_E_LIMIT, 0, "%s: compression ratio over "
		    "%zu (a zip bomb?)", name, z->lim.max_ratio);
		return -1;
	}
	if ((f = zf.zip_fopen(z->za, name, 0)) == NULL) {
		pk_diag(z->diag, PK_E_CORRUPT, 0, "%s: %s", name,
		    zf.zip_strerror(z->za));
		return -1;
	}
	pk_buf_reset(out);
	/* Read no more than declared: a lying header cannot inflate us. */
	cap = (size_t)st.size;
	if (pk_buf_reserve(out, cap) == -1) {
		zf.zip_fclose(f);
		pk_diag(z->diag, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	got = zf.zip_fread(f, out->data, cap);
	if (got < 0 || (size_t)got != cap) {
		pk_diag(z->diag, PK_E_CORRUPT, 0, "%s: %s", name,
		    got < 0 ? zf.zip_file_strerror(f) : "shorter than declared");
		zf.zip_fclose(f);
		return -1;
	}
	zf.zip_fclose(f);
	out->len = cap;
	out->data[cap] = '\0';
	z->total += cap;
	return 0;
}

void
pk_zip_close(struct pk_zip *z)
{
	if (z == NULL)
		return;
	if (z->za != NULL)
		zf.zip_discard(z->za);
	free(z);
}
