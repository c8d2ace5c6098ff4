/* The package's PREMIS document (packpremis.c). */
#ifndef PK_PACKPREMIS_H
#define PK_PACKPREMIS_H

#include "buf.h"
#include "packtree.h"

/* metadata/preservation/premis.xml from the representations' files. */
int	pk_pack_premis(const struct pk_pack_ctx *, const struct pk_pack_tree *,
	    struct pk_buf *out);

#endif
