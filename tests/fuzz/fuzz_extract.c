/*
 * Fuzz target: any bytes through pk_extract_run (PDF, DOCX, ODT, text,
 * as detected); whatever it writes must be paged text pk-segment reads.
 */
#include <stdint.h>
#include <stdlib.h>

#include "../../pipeline/extract.h"
#include "../../pipeline/text.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pk_extract_opts	 opt = { PK_ZIP_LIMITS_DEFAULT, 0, 200, NULL,
	    { PK_OCR_NEVER, NULL, 0, 0, NULL, NULL }, NULL, 0, 0, 0, 0 };
	struct pk_diag		 d;
	struct pk_buf		 out = { 0 };
	struct pk_text		 t;

	pk_diag_init(&d, "fuzz", NULL);
	/* Small limits: a fuzzer's zip bomb must not take the machine. */
	opt.zip.max_entry_size = (size_t)8 << 20;
	opt.zip.max_total_size = (size_t)32 << 20;
	if (pk_extract_run((const char *)data, size, PK_FMT_UNKNOWN, "fuzz",
	    &opt, &out, &d) == 0) {
		if (pk_text_parse(out.data, out.len, (size_t)1 << 30, &t, &d) ==
		    -1 && d.last != PK_E_EMPTY)
			abort();	/* the extractor wrote bad paged text */
		pk_text_free(&t);
	}
	pk_buf_free(&out);
	return 0;
}
