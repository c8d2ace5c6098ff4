/* The transformation stage: minutes XML through an XSLT 1.0 stylesheet. */
#ifndef PK_TRANSFORM_H
#define PK_TRANSFORM_H

#include <libxml/tree.h>

#include "buf.h"
#include "diag.h"

struct pk_transform;

/*
 * Compile the stylesheet at path once (EXSLT available).  Returns NULL
 * with diagnostics when it cannot be read or compiled.
 */
struct pk_transform *pk_transform_new(const char *path, struct pk_diag *);
/*
 * Apply it to doc (borrowed) with params, a NULL-terminated list of
 * name, value pairs passed as strings, and write the serialised result
 * into out.  The stylesheet may read local files only: it can neither
 * write files nor reach the network.  Returns 0 or -1.
 */
int	pk_transform_run(struct pk_transform *, xmlDocPtr doc,
	    const char **params, struct pk_buf *out);
/* What the stylesheet writes: "html", "txt" or "xml" (xsl:output). */
const char *pk_transform_extension(const struct pk_transform *);
/*
 * The end of the name of format name's file, as pk-transform -o (with
 * several formats) and pk-batch name it alike: NAME.EXT ("tei.xml",
 * "text.txt"), or EXT alone where it is the name ("html").
 */
void	pk_transform_suffix(const struct pk_transform *, const char *name,
	    char *out, size_t size);
void	pk_transform_free(struct pk_transform *);

#endif
