/*
 * A ZIP writer for tests and fuzz targets: stored entries only, written
 * by hand so that a test can make what libzip would refuse to write
 * (duplicate names, symbolic links, absolute names, a zip64 end record
 * in front of few entries) and a fuzz target can wrap its bytes as one
 * part of a container, fast.
 */
#ifndef PK_TEST_ZIPGEN_H
#define PK_TEST_ZIPGEN_H

#include <stdint.h>
#include <string.h>

#include <zlib.h>

#include "../../pipeline/buf.h"

struct zipgen_entry {
	const char	*name;
	const char	*data;
	size_t		 len;
	int		 symlink;	/* a Unix symbolic link to data */
};

static void
zg_u16(struct pk_buf *b, unsigned v)
{
	char	 c[2] = { (char)(v & 0xff), (char)((v >> 8) & 0xff) };

	pk_buf_put(b, c, 2);
}

static void
zg_u32(struct pk_buf *b, uint32_t v)
{
	zg_u16(b, v & 0xffff);
	zg_u16(b, v >> 16);
}

static void
zg_u64(struct pk_buf *b, uint64_t v)
{
	zg_u32(b, (uint32_t)v);
	zg_u32(b, (uint32_t)(v >> 32));
}

/*
 * The container of entries e[0..n) into out (reset first); with zip64,
 * a zip64 end record and locator come first and the classic end record
 * says 0xffff, as a writer of more than 65535 entries must.
 */
static void
zipgen(struct pk_buf *out, const struct zipgen_entry *e, size_t n, int zip64)
{
	struct pk_buf	 cd = { 0 };
	size_t		 i, cd_at;

	pk_buf_reset(out);
	for (i = 0; i < n; i++) {
		uint32_t crc = (uint32_t)crc32(0, (const Bytef *)e[i].data,
		    (uInt)e[i].len);
		size_t at = out->len, nlen = strlen(e[i].name);

		zg_u32(out, 0x04034b50);
		zg_u16(out, 20);
		zg_u16(out, 0x0800);		/* UTF-8 names */
		zg_u16(out, 0);			/* stored */
		zg_u16(out, 0);
		zg_u16(out, 0x21);		/* 1980-01-01 */
		zg_u32(out, crc);
		zg_u32(out, (uint32_t)e[i].len);
		zg_u32(out, (uint32_t)e[i].len);
		zg_u16(out, (unsigned)nlen);
		zg_u16(out, 0);
		pk_buf_put(out, e[i].name, nlen);
		pk_buf_put(out, e[i].data, e[i].len);

		zg_u32(&cd, 0x02014b50);
		zg_u16(&cd, (3 << 8) | 20);	/* made on Unix */
		zg_u16(&cd, 20);
		zg_u16(&cd, 0x0800);
		zg_u16(&cd, 0);
		zg_u16(&cd, 0);
		zg_u16(&cd, 0x21);
		zg_u32(&cd, crc);
		zg_u32(&cd, (uint32_t)e[i].len);
		zg_u32(&cd, (uint32_t)e[i].len);
		zg_u16(&cd, (unsigned)nlen);
		zg_u16(&cd, 0);
		zg_u16(&cd, 0);
		zg_u16(&cd, 0);
		zg_u16(&cd, 0);
		zg_u32(&cd, (uint32_t)(e[i].symlink ? 0120777 : 0100644) << 16);
		zg_u32(&cd, (uint32_t)at);
		pk_buf_put(&cd, e[i].name, nlen);
	}
	cd_at = out->len;
	pk_buf_put(out, cd.data ? cd.data : "", cd.len);
	if (zip64) {
		size_t rec_at = out->len;

		zg_u32(out, 0x06064b50);
		zg_u64(out, 44);
		zg_u16(out, 45);
		zg_u16(out, 45);
		zg_u32(out, 0);
		zg_u32(out, 0);
		zg_u64(out, n);
		zg_u64(out, n);
		zg_u64(out, cd.len);
		zg_u64(out, cd_at);
		zg_u32(out, 0x07064b50);
		zg_u32(out, 0);
		zg_u64(out, rec_at);
		zg_u32(out, 1);
	}
	zg_u32(out, 0x06054b50);
	zg_u16(out, 0);
	zg_u16(out, 0);
	zg_u16(out, zip64 ? 0xffff : (unsigned)n);
	zg_u16(out, zip64 ? 0xffff : (unsigned)n);
	zg_u32(out, zip64 ? 0xffffffff : (uint32_t)cd.len);
	zg_u32(out, zip64 ? 0xffffffff : (uint32_t)cd_at);
	zg_u16(out, 0);
	pk_buf_free(&cd);
}

#endif
