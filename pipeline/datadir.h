/* Where the programs find rules/, schemas/ and xslt/. */
#ifndef PK_DATADIR_H
#define PK_DATADIR_H

#include <stddef.h>

/*
 * Write into out the path of sub ("rules", "schemas/minutes.xsd"):
 * $PROTOKOLL_DATADIR/sub if set; else the source tree when the program
 * runs from it (argv0's directory/../sub); else PK_DATADIR/sub, fixed
 * at build time to PREFIX/share/protokoll.  Returns 0 or -1.
 */
int	pk_datadir(const char *argv0, const char *sub, char *out, size_t size);

#endif
