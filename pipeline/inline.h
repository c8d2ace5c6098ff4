/* Annotated text: a line's characters with field spans and emphasis, as XML. */
#ifndef PK_INLINE_H
#define PK_INLINE_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"

/* An element to wrap around s[start..end) of the text being emitted. */
struct pk_span {
	long		 start;
	long		 end;
	xmlNodePtr	 node;		/* unlinked; emit links it */
};

/* Emphasis state, carried from line to line within a block. */
struct pk_inline {
	xmlDocPtr	 doc;
	xmlNsPtr	 ns;
	int		 bold;
	int		 italic;
	xmlNodePtr	 cur_hi;
	struct pk_buf	 run;
};

void	pk_inline_reset(struct pk_inline *);
/*
 * Append s[from..to) to parent: "**" and "*" runs become <hi> elements
 * (emphasis always innermost, so a field is never split), every span
 * becomes its element around its characters.  Takes ownership of the
 * spans' nodes.  Returns 0 or -1 when memory ran out.
 */
int	pk_inline_emit(struct pk_inline *, xmlNodePtr parent, const char *s,
	    long from, long to, struct pk_span *spans, size_t nspans);
/*
 * The plain value of s[0..len): emphasis markers removed, white space
 * collapsed to single spaces, trimmed.  Returns a new string or NULL.
 */
char	*pk_inline_plain(const char *s, size_t len);

#endif
