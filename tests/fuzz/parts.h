/*
 * Fuzzing one XML part of a container at a time: the fuzzer's bytes
 * after the first stand for the part the first byte picks; the other
 * parts are the fixture's own, so that the part is read the way the
 * extractor reads it in a real document (a fuzzer mutating the ZIP
 * itself rarely gets past its checksums).
 */
#ifndef PK_FUZZ_PARTS_H
#define PK_FUZZ_PARTS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../pipeline/extract.h"
#include "../../pipeline/text.h"
#include "../unit/zipgen.h"

struct parts {
	const char		*fixture;	/* under PK_SRCDIR */
	enum pk_format		 fmt;
	const char *const	*names;		/* the parts fuzzed */
	size_t			 nnames;
	struct zipgen_entry	*e;		/* the fixture's entries */
	size_t			 n;
};

static void
parts_init(struct parts *p)
{
	struct pk_zip_limits	 lim = PK_ZIP_LIMITS_DEFAULT;
	struct pk_diag		 d;
	struct pk_zip		*z;
	FILE			*fp;
	char			*data = malloc(1 << 20);
	size_t			 len, i;

	pk_diag_init(&d, "fuzz", NULL);
	if (data == NULL || (fp = fopen(p->fixture, "rb")) == NULL)
		abort();
	len = fread(data, 1, 1 << 20, fp);
	fclose(fp);
	if ((z = pk_zip_open(data, len, &lim, &d)) == NULL)
		abort();
	p->n = pk_zip_count(z);
	/* Room for every fuzzed part, should the fixture lack it. */
	p->e = calloc(p->n + p->nnames, sizeof(*p->e));
	for (i = 0; i < p->n; i++) {
		struct pk_buf b = { 0 };

		p->e[i].name = strdup(pk_zip_name(z, i));
		if (pk_zip_read(z, p->e[i].name, &b) == -1)
			abort();
		p->e[i].data = b.data ? b.data : "";
		p->e[i].len = b.len;
	}
	pk_zip_close(z);
	free(data);
}

static int
parts_run(struct parts *p, const uint8_t *data, size_t size)
{
	struct pk_extract_opts	 opt = { PK_ZIP_LIMITS_DEFAULT, 0, 200, NULL,
	    { PK_OCR_NEVER, NULL, 0, 0, NULL, NULL }, NULL, 0, 0, 0, 0 };
	struct pk_buf		 zip = { 0 }, out = { 0 };
	struct zipgen_entry	 saved;
	struct pk_diag		 d;
	struct pk_text		 t;
	const char		*name;
	size_t			 i, n;

	if (p->e == NULL)
		parts_init(p);
	n = p->n;
	if (size == 0)
		return 0;
	name = p->names[data[0] % p->nnames];
	for (i = 0; i < n && strcmp(p->e[i].name, name) != 0; i++)
		continue;
	if (i == n) {
		p->e[n].name = name;
		n++;
	}
	saved = p->e[i];
	p->e[i].data = (const char *)data + 1;
	p->e[i].len = size - 1;
	zipgen(&zip, p->e, n, 0);
	p->e[i] = saved;
	pk_diag_init(&d, "fuzz", NULL);
	opt.zip.max_entry_size = (size_t)8 << 20;
	opt.zip.max_total_size = (size_t)32 << 20;
	if (pk_extract_run(zip.data, zip.len, p->fmt, "fuzz", &opt, &out,
	    &d) == 0) {
		if (pk_text_parse(out.data, out.len, (size_t)1 << 30, &t, &d) ==
		    -1 && d.last != PK_E_EMPTY)
			abort();	/* the extractor wrote bad paged text */
		pk_text_free(&t);
	}
	pk_buf_free(&out);
	pk_buf_free(&zip);
	return 0;
}

#endif
