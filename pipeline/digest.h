/* SHA-256 of an input, as the front matter and the model record it. */
#ifndef PK_DIGEST_H
#define PK_DIGEST_H

#include <stddef.h>

#define PK_SHA256_HEX	65

/* Write the lower-case hex SHA-256 of data[0..len) into out; 0 or -1. */
int	pk_sha256_hex(const void *data, size_t len, char out[PK_SHA256_HEX]);

#endif
