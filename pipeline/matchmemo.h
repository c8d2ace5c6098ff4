/* The patterns that did not match a text, remembered by a matcher. */
#ifndef PK_MATCHMEMO_H
#define PK_MATCHMEMO_H

#include <stddef.h>

/*
 * pk-segment asks a line the same rules more than once: the furniture
 * pass, the front's kinds, a section's label, then every rule of the
 * item's scope.  On a 79-page protocol over half of its matches were
 * such repeats.  Whether a pattern matches depends on the text alone,
 * so a miss is kept under the text (compared byte for byte) and the
 * pattern; a match is not, as its groups are read after it.
 */
struct pk_match_memo;

/* A text's record, as pk_match_memo_text found it. */
struct pk_memo_ref {
	size_t		 slot;
	unsigned long	 gen;	/* 0: nothing is remembered for it */
};

struct pk_match_memo *pk_match_memo_new(void);
void	pk_match_memo_free(struct pk_match_memo *);
/*
 * The record of s[0..len): its own if the memo holds that text, else a
 * fresh one in place of another's.  A long text gets none (gen 0): it
 * is searched from offsets, not asked again.
 */
struct pk_memo_ref pk_match_memo_text(struct pk_match_memo *, const char *s,
	    size_t len);
/* Whether re (on the plain form if plain) did not match the text. */
int	pk_match_memo_missed(struct pk_match_memo *, struct pk_memo_ref,
	    const void *re, int plain);
/* Remember that it did not. */
void	pk_match_memo_miss(struct pk_match_memo *, struct pk_memo_ref,
	    const void *re, int plain);

#endif
