/* A package as one ZIP (libzip), the same bytes for the same package and time. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zip.h>

#include "lazylib.h"
#include "pack.h"

/* Loaded by the first ZIP written, as pipeline/zipin.c does for reading. */
#define ZIPW_FUNCS(X) \
	X(zip_open) \
	X(zip_source_buffer) \
	X(zip_source_free) \
	X(zip_file_add) \
	X(zip_set_file_compression) \
	X(zip_file_set_dostime) \
	X(zip_file_set_external_attributes) \
	X(zip_close) \
	X(zip_discard) \
	X(zip_strerror)
PK_LAZYLIB(zw, "libzip.so.4", "libzip4", ZIPW_FUNCS);

/*
 * MS-DOS date and time of t in UTC, not local time as zip_file_set_mtime
 * would take it: the same SOURCE_DATE_EPOCH makes the same bytes in
 * every time zone.  DOS times begin in 1980.
 */
static void
dos_time(time_t t, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
	struct tm	 tm;

	gmtime_r(&t, &tm);
	if (tm.tm_year < 80) {
		*dtime = 0;
		*ddate = (1 << 5) | 1;		/* 1980-01-01 */
		return;
	}
	*dtime = (zip_uint16_t)(tm.tm_hour << 11 | tm.tm_min << 5 |
	    tm.tm_sec / 2);
	*ddate = (zip_uint16_t)((tm.tm_year - 80) << 9 | (tm.tm_mon + 1) << 5 |
	    tm.tm_mday);
}

int
pk_pack_write_zip(const struct pk_pack_tree *t, const char *outdir,
    time_t created, struct pk_diag *d)
{
	char		 part[PATH_MAX], final[PATH_MAX], name[PATH_MAX];
	zip_t		*za = NULL;
	zip_source_t	*src;
	zip_int64_t	 idx;
	zip_uint16_t	 dtime, ddate;
	mode_t		 mask;
	int		 err = 0;
	const char	*why = NULL;

	if (pk_lazylib_load(&zw_lib) == -1) {
		pk_diag(d, PK_E_LIBRARY, 0, "%s", zw_lib.err);
		return -1;
	}
	snprintf(final, sizeof(final), "%s/%s.zip", outdir, t->id);
	snprintf(part, sizeof(part), "%s/.%s.zip.part", outdir, t->id);
	if (mkdir(outdir, 0777) == -1 && errno != EEXIST)
		goto fail;
	pk_pack_sweep(outdir, t->id);
	if ((za = zw.zip_open(part, ZIP_CREATE | ZIP_EXCL, &err)) == NULL) {
		errno = err == ZIP_ER_MEMORY ? ENOMEM : errno;
		goto fail;
	}
	dos_time(created, &dtime, &ddate);
	for (size_t i = 0; i < t->n; i++) {
		snprintf(name, sizeof(name), "%s/%s", t->id, t->v[i].path);
		if ((src = zw.zip_source_buffer(za, t->v[i].data.data,
		    t->v[i].data.len, 0)) == NULL)
			goto zfail;
		if ((idx = zw.zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8)) ==
		    -1) {
			zw.zip_source_free(src);
			goto zfail;
		}
		/* Fixed attributes: no trace of the machine or the hour. */
		if (zw.zip_set_file_compression(za, (zip_uint64_t)idx,
		    ZIP_CM_DEFLATE, 9) == -1 ||
		    zw.zip_file_set_dostime(za, (zip_uint64_t)idx, dtime,
		    ddate, 0) == -1 ||
		    zw.zip_file_set_external_attributes(za, (zip_uint64_t)idx,
		    0, ZIP_OPSYS_UNIX, (zip_uint32_t)0100644 << 16) == -1)
			goto zfail;
	}
	if (zw.zip_close(za) == -1)
		goto zfail;
	za = NULL;
	pk_pack_test_fault(t->id);
	mask = umask(0);
	umask(mask);
	(void)chmod(part, 0666 & ~mask);
	if (rename(part, final) == -1)
		goto fail;
	return 0;
zfail:
	why = zw.zip_strerror(za);
fail:
	pk_diag_at(d, PK_E_WRITE, final, 0, "%s", why ? why : strerror(errno));
	if (za != NULL)
		zw.zip_discard(za);
	(void)unlink(part);
	return -1;
}
