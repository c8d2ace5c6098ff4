/* Validation of minutes XML: the schema and the checks it cannot express. */
#ifndef PK_VALIDATE_H
#define PK_VALIDATE_H

#include <libxml/tree.h>

#include "diag.h"

struct pk_validate;

/*
 * Compile the schema at xsd_path once.  Returns NULL with diagnostics
 * when it cannot be read or compiled (or memory ran out).
 */
struct pk_validate *pk_validate_new(const char *xsd_path, struct pk_diag *);
/*
 * Check doc (borrowed): schema validity, then dates that exist, unique
 * item numbers, and times in order.  Returns 0 when valid, -1 after
 * reporting every error found at its line.
 */
int	pk_validate_run(struct pk_validate *, xmlDocPtr doc);
void	pk_validate_free(struct pk_validate *);

#endif
