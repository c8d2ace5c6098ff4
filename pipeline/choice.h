/*
 * Which profile segments a text: the document's language first, then
 * the signals of the profiles written for it (pk-rules(5)).
 */
#ifndef PK_CHOICE_H
#define PK_CHOICE_H

#include "buf.h"
#include "diag.h"
#include "idle.h"
#include "langid.h"
#include "rules.h"
#include "text.h"

/* Profiles are scored on this many lines from the start. */
#define PK_SCORE_LINES	1000

/*
 * A profile fits a document well from this score on; below it, when
 * the profile was chosen by score, pk-segment warns "no profile fits
 * well" (the words of a language alone, a signal of 1, are no fit), and
 * pk-batch flags the document for review.
 */
#define PK_SEGMENT_FITS_WELL	2

/*
 * A guess of the language that leaves more than this share of the text
 * to others does not shut out the profiles of other languages: names of
 * people are words of none (an English council's list of Nordic names
 * is read as Swedish; kommunfullmäktige's are 67-79% Swedish).
 */
#define PK_LANGID_SURE	80

struct pk_choice {
	const struct pk_profile	*profile;	/* borrowed from the rules */
	int			 score;
	struct pk_lang		 lang;		/* of the text */
};

/*
 * Choose for t among the profiles of rules, or take the one named (name
 * non-NULL).  Lines of how it chose go to explain when non-NULL.
 * Returns 0, or -1 with a diagnostic (an unknown name, no profile).
 */
int	pk_choose_profile(const struct pk_rules *, const char *name,
	    unsigned long match_limit, const struct pk_text *,
	    struct pk_buf *explain, struct pk_diag *, struct pk_choice *out);
/*
 * What choosing a profile and segmenting with it need that no text
 * does, done in steps while the text is not there yet (pk_idle_run in
 * idle.h, arg a struct pk_choice_ahead zeroed but for its rules, only
 * and heap.want): the language detector loaded, the signals of every
 * profile compiled to machine code (each may be scored), then heap
 * pages.  With only (-p), all of that profile pk_profile_jit compiles:
 * it is the one used.  The
 * rest of the profile that wins is compiled once it is known: all of
 * them ahead took five times the CPU time the winner's does, and on two
 * cores that time is pk-extract's.  Matching gives the same with or
 * without the machine code: this only moves the compiling off the
 * pipe's time.  Returns 1 while there is more to do, else 0.
 */
struct pk_choice_ahead {
	const struct pk_rules	*rules;		/* borrowed */
	const struct pk_profile	*only;		/* borrowed, or NULL */
	size_t			 step;
	struct pk_idle_heap	 heap;
};
int	pk_choice_ahead_step(void *ahead);
/* The score of p on t: the sum of the weights of its signals found. */
int	pk_profile_score(const struct pk_profile *p, unsigned long match_limit,
	    const struct pk_text *t);
/* Whether p is written for language tag (NULL or "und": any). */
int	pk_profile_fits_lang(const struct pk_profile *p, const char *tag);

#endif
