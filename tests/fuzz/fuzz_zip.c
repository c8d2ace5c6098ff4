/*
 * Fuzz target: any bytes as a ZIP container through pk_zip_open, then
 * every entry read through pk_zip_read under small limits, as the DOCX
 * and ODT readers meet a container.
 */
#include <stdint.h>
#include <stdlib.h>

#include "../../pipeline/zipin.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pk_zip_limits	 lim = { 1000, (size_t)4 << 20,
	    (size_t)16 << 20, 200 };
	struct pk_diag		 d;
	struct pk_buf		 part = { 0 };
	struct pk_zip		*z;
	size_t			 i, n;

	pk_diag_init(&d, "fuzz", NULL);
	if ((z = pk_zip_open((const char *)data, size, &lim, &d)) == NULL)
		return 0;
	n = pk_zip_count(z);
	for (i = 0; i < n; i++) {
		const char *name = pk_zip_name(z, i);

		if (name != NULL && pk_zip_read(z, name, &part) == 0 &&
		    part.data[part.len] != '\0')
			abort();	/* parts are read NUL-terminated */
	}
	pk_buf_free(&part);
	pk_zip_close(z);
	return 0;
}
