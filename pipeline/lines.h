/* The working copy of a document's lines that segmentation edits. */
#ifndef PK_LINES_H
#define PK_LINES_H

#include <stddef.h>

#include "diag.h"
#include "rules.h"
#include "text.h"

struct pk_seg_line {
	char	*s;		/* owned copy when edited, else into text */
	size_t	 len;
	int	 owned;
	int	 dropped;	/* wholly furniture */
	int	 extractor_fw;	/* dropped: the extractor's furniture record */
	int	 agenda;	/* an agenda's row: names an item, starts none */
	int	 title;		/* a page-1 header kept as the title: content */
	int	 page;		/* after inferred page breaks */
	long	 src_line;
	size_t	 index;		/* its own position in the array */
};

/* The working copy of t's lines (one zeroed past the last), or NULL
 * when memory ran out; they point into t until edited. */
struct pk_seg_line *pk_seg_lines_new(const struct pk_text *t);
/* Free n lines made so, the copies edited with them. */
void	pk_seg_lines_free(struct pk_seg_line *lines, size_t n);

/* One piece of page furniture, removed from the content and recorded. */
struct pk_fw {
	const char	*type;		/* "header", "footer", "mark" (static) */
	int		 page;
	long		 src_line;
	size_t		 order;		/* position in the line, for sorting */
	size_t		 line_index;
	char		*text;		/* owned */
};

struct pk_fw_list {
	struct pk_fw	*v;
	size_t		 n;
};

/*
 * Find page furniture in lines (one per text line): records made by the
 * extractor, running headers and footers found by recurrence, and the
 * profile's furniture patterns.  Edits lines in place and appends what
 * it removed to fw, sorted by line.  Returns 0 or -1 (PK_E_NOMEM,
 * PK_E_MATCH_LIMIT).
 */
int	pk_furniture_strip(const struct pk_profile *, struct pk_matcher *,
	    const struct pk_text *, struct pk_seg_line *, struct pk_fw_list *,
	    struct pk_diag *);
void	pk_fw_list_free(struct pk_fw_list *);

/* Whether s holds nothing but white space and emphasis markers. */
int	pk_line_is_blank(const char *s, size_t len);

#endif
