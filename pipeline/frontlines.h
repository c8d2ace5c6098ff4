/* A front-matter field that its layout spread over several lines, gathered into one. */
#ifndef PK_FRONTLINES_H
#define PK_FRONTLINES_H

#include <stddef.h>

#include "buf.h"
#include "lines.h"

/* What a line of the front is to the profile, asked by the gatherer. */
enum pk_front_line {
	PK_FL_OTHER,		/* no rule of the front takes it */
	PK_FL_FIELD,		/* a field's label, maybe with its value */
	PK_FL_PEOPLE,		/* a list of participants */
	PK_FL_SIGNATURES,	/* signatures */
	PK_FL_SIGNER,		/* a signature's caption: "Ordförande" */
	PK_FL_SIGNER_NAME,	/* a line a signature rule takes: a name */
	PK_FL_ITEM,		/* the first item starts here */
	PK_FL_ERROR		/* the match limit was hit */
};

struct pk_front_probe {
	/* alone: a label with nothing after it on its line. */
	enum pk_front_line (*what)(void *ctx, const char *s, size_t len,
			    int *alone);
	void		  *ctx;
};

/*
 * Gather the logical line that starts at lines[k]: a label set in bold
 * over several lines ("**Justeringens**" "**plats och tid**\tKansliet"),
 * and the lines that continue its value: lines that start with a tab,
 * and for lists of people and signatures the lines that follow, also
 * after a blank line where the label stood alone.  out receives the
 * lines joined by line breaks (a list written with commas and wrapped
 * by the layout is joined by spaces).  Returns the index of the last
 * line taken (k when the line stands alone), or -1 (memory, limit).
 */
long	pk_front_gather(const struct pk_seg_line *lines, size_t n, size_t k,
	    const struct pk_front_probe *probe, struct pk_buf *out);

#endif
