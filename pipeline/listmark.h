/* List entries: where a line's marker ends. */
#ifndef PK_LISTMARK_H
#define PK_LISTMARK_H

#include <stddef.h>

/*
 * A list line: "- text", "• text", a lone "-" or "•", or "12. text".
 * Returns the offset of the text after the marker, or -1; *ordered is
 * set.
 */
long	pk_list_marker(const char *s, size_t len, int *ordered);

#endif
