/*
 * Fuzz target: any bytes as OUTDIR/manifest.tsv through
 * pk_manifest_open, which reads and rewrites it compacted; opened a
 * second time, the rewritten manifest must give back the same records
 * (escaping round trip).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../pipeline/manifest.h"

static char	 dir[] = "/tmp/pk-fuzz-manifest-XXXXXX";
static char	 path[64];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pk_manifest	 a, b;
	struct pk_diag		 d;
	FILE			*fp;
	size_t			 i;

	if (path[0] == '\0') {
		if (mkdtemp(dir) == NULL)
			abort();
		snprintf(path, sizeof(path), "%s/manifest.tsv", dir);
	}
	pk_diag_init(&d, "fuzz", NULL);
	if ((fp = fopen(path, "wb")) == NULL)
		abort();
	if (fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		abort();
	if (pk_manifest_open(&a, dir, dir, &d) == -1)
		abort();	/* a writable directory: it must open */
	pk_manifest_close(&a);
	if (pk_manifest_open(&a, dir, dir, &d) == -1 ||
	    pk_manifest_open(&b, dir, dir, &d) == -1)
		abort();
	if (a.n != b.n)
		abort();
	for (i = 0; i < a.n; i++) {
		const struct pk_mrec *r = pk_manifest_find(&b, a.v[i].rel);

		if (r == NULL || strcmp(r->status ? r->status : "",
		    a.v[i].status ? a.v[i].status : "") != 0 ||
		    strcmp(r->error ? r->error : "",
		    a.v[i].error ? a.v[i].error : "") != 0)
			abort();	/* a record changed on rewriting */
	}
	pk_manifest_close(&a);
	pk_manifest_close(&b);
	unlink(path);
	return 0;
}
