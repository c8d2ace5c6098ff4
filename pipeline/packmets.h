/* The package's METS documents (packmets.c). */
#ifndef PK_PACKMETS_H
#define PK_PACKMETS_H

#include "buf.h"
#include "packtree.h"

/* representations/REP/METS.xml of meeting m from the files under it. */
int	pk_pack_rep_mets(const struct pk_pack_ctx *,
	    const struct pk_pack_tree *, const struct pk_pack_meeting *m,
	    const char *rep, struct pk_buf *out);
/* The root METS.xml from every other file. */
int	pk_pack_root_mets(const struct pk_pack_ctx *,
	    const struct pk_pack_tree *, struct pk_buf *out);
/* What PREMIS and METS call a file's format: name and version or NULL. */
const char *pk_pack_format_name(const char *mime);

#endif
