/* SHA-256 through libmd: small and quick to start, as one file per process wants. */
#include <sha2.h>

#include "digest.h"

int
pk_sha256_hex(const void *data, size_t len, char out[PK_SHA256_HEX])
{
	/* libmd writes lower-case hex and the terminating NUL itself. */
	return SHA256Data(data, len, out) == NULL ? -1 : 0;
}
