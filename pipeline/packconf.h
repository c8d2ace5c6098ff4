/* The package agents from a configuration file and from options (pk-pack, pk-batch --pack). */
#ifndef PK_PACKCONF_H
#define PK_PACKCONF_H

#include "buf.h"
#include "diag.h"
#include "pack.h"

/*
 * Set the field of a named key ("archivist", "archivist-id",
 * "submitter", "submitter-id", "contact", "contact-note",
 * "preservation", "agreement", "reference-code") to value (borrowed).
 * Returns 0, or -1 for an unknown key.
 */
int	pk_pack_conf_set(struct pk_pack_agents *, const char *key,
	    const char *value);
/* Every field src has overrides dst's (options over the file). */
void	pk_pack_conf_merge(struct pk_pack_agents *dst,
	    const struct pk_pack_agents *src);
/*
 * Read path's lines "key = value" ("#" starts a comment line) into a.
 * The values point into keep, which the caller frees after a's last
 * use.  Returns 0, or -1 with PK_E_READ or PK_E_CONFIG at its line.
 */
int	pk_pack_conf_read(const char *path, struct pk_pack_agents *a,
	    struct pk_buf *keep, struct pk_diag *);

#endif
