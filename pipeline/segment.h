/* Segmentation: paged text and a rule profile to a minutes XML document. */
#ifndef PK_SEGMENT_H
#define PK_SEGMENT_H

#include <libxml/tree.h>

#include "buf.h"
#include "diag.h"
#include "rules.h"
#include "text.h"

/* What the caller knows of the input that the text itself does not. */
struct pk_source {
	const char	*file;		/* name as given, or NULL */
	const char	*sha256;	/* hex digest of the input bytes */
};

struct pk_segment;

/*
 * A segmenter over the profiles of rules (borrowed, must outlive it).
 * profile: a profile name, or NULL to score every profile and take the
 * best.  Returns NULL when memory ran out.
 */
struct pk_segment *pk_segment_new(const struct pk_rules *rules,
	    const char *profile, unsigned long match_limit, struct pk_diag *);
/*
 * Segment text into *out, a new document the caller frees with
 * xmlFreeDoc.  Returns 0, or -1 with a diagnostic and *out NULL.
 */
int	pk_segment_run(struct pk_segment *, const struct pk_text *,
	    const struct pk_source *, xmlDocPtr *out);
/*
 * Record in out (borrowed, until pk_segment_free) how the next runs
 * read their text: every profile's score, then a line for each line of
 * the text with the rule that took it (pk-segment --explain).
 */
void	pk_segment_explain(struct pk_segment *, struct pk_buf *out);
/* The score of profile p on text (the sum of its matching signals). */
int	pk_segment_score(struct pk_segment *, const struct pk_profile *,
	    const struct pk_text *);
void	pk_segment_free(struct pk_segment *);

#endif
