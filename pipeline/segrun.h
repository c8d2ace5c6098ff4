/* The state of one segmentation run, shared by segment.c and the files it is split into. */
#ifndef PK_SEGRUN_H
#define PK_SEGRUN_H

#include <stddef.h>

#include <libxml/tree.h>

#include "choice.h"
#include "inline.h"
#include "lines.h"
#include "rules.h"
#include "segment.h"

/* An item number has this many parts at most ("18.11.1"). */
#define MAX_PARTS	4

enum state {
	ST_FRONT,
	ST_ITEM,
	ST_BACK
};


/* The state of one run: the document being built and where we are. */
struct run {
	struct pk_segment	*seg;
	struct pk_diag		*diag;		/* the segment's */
	struct pk_choice	 choice;	/* profile, score, language */
	const struct pk_profile	*prof;		/* choice.profile */
	struct pk_matcher	*m;
	struct pk_inline	 in;
	xmlDocPtr		 doc;
	xmlNsPtr		 ns;
	xmlNodePtr		 front, items, back;
	xmlNodePtr		 item;		/* current item */
	xmlNodePtr		 section;	/* current section of it */
	int			 section_inline;/* ends at a non-list line */
	int			 section_entry;	/* ... and at the next entry */
	int			 block_start;	/* the line starts its block */
	xmlNodePtr		 decision;	/* current decision */
	xmlNodePtr		 container;	/* notice, contact: to block end */
	enum pk_scope		 container_scope;
	xmlNodePtr		 cont;		/* takes TAB continuation lines */
	const struct pk_rule	*cont_rule;
	const char		*cont_role;	/* its label's role, or NULL */
	char			 roll_word[32];	/* an item's roll's label's
						 * first word ("Apologies") */
	int			 cont_paged;	/* cont ended its page */
	xmlNodePtr		 signatures;	/* back signatures: to the end */
	xmlNodePtr		 roll;		/* attendance list after the items */
	const struct pk_rule	*roll_rule;
	xmlNodePtr		 signature;	/* current signature */
	const char		*signatures_role;/* its block's label's role:
						 * of the profile, or NULL */
	int			 signature_named;
	xmlNodePtr		 list, table;	/* open list, table */
	xmlNodePtr		 side;		/* side section the last block made */
	const char		*held;		/* a case number held back ... */
	size_t			 held_len;	/* ... for the item under it */
	long			 held_line;
	xmlNodePtr		 head;		/* the item's head ... */
	int			 want_title;	/* ... still without its title */
	int			 title_open;	/* ... its title ends in "och" */
	enum state		 state;
	long			 last_item;
	/* A title alone (its number lost) was refused since the last
	 * item: the titles alone after it are in doubt. */
	int			 nodigit_refused;
	long			 last_parts[MAX_PARTS];	/* of "12/24" */
	int			 nlast_parts;
	int			 last_letter;	/* of "3a", or 0 */
	int			 ocr;		/* the text was read by OCR */
	const struct pk_seg_line *lines;	/* all of them, to look ahead */
	size_t			 nlines, cur;
	char			*fired;		/* once-rules that fired */
	int			 docdate_read;	/* a once-rule read it */
	int			 end_read;	/* an item said when the
						 * meeting ended */
	struct pk_buf		 gathered;	/* a front field's lines */
	const struct pk_rule	*took;		/* the rule the line matched */
	int			 in_head;	/* trying head rules only */
	int			 numbered;	/* an item rule takes a line: 1,
						 * none: 2, not yet known: 0 */
	struct pk_span		*spans;		/* of the text being emitted */
	size_t			 nspans, spans_cap;
	long			 src_line;
};

struct groups {
	unsigned	 n;
	long		 start[64];
	long		 end[64];
	const signed char *field;
};

/*
 * segrules.c: a profile's rules tried on a line of the run.
 */
/* A match of re on s[0..len) from start (pk_match_as): the count, 0,
 * or -1 with the limit said at the run's line. */
int	pk_seg_match(struct run *r, const pcre2_code *re, int marked,
	    const char *s, size_t len, size_t start);
/* The groups of the last match, copied before the matcher is reused. */
void	pk_seg_save_groups(struct run *r, const signed char *field,
	    unsigned n, struct groups *g);
/* The line rules of scope sc and kind k (or any kind, -1) tried on
 * s[0..len), the first that matches with its groups in *g; *err set on
 * a match error. */
const struct pk_rule *pk_seg_try_rules(struct run *r, enum pk_scope sc,
	    int k, int block, const char *s, size_t len, struct groups *g,
	    int *err);
/* The span of the first set group filling field f, or -1. */
int	pk_seg_find_field(const struct groups *g, enum pk_field f, long *a,
	    long *b);
/* Whether an item rule other than the unnumbered takes a line of the
 * document (r->numbered), once before the walk.  0 or -1. */
int	pk_seg_scan_numbered(struct run *r, const struct pk_seg_line *lines,
	    size_t n);
/* Whether an unnumbered item rule takes s[0..len) here: 1, 0, or -1. */
int	pk_seg_unnumbered_takes(struct run *r, const char *s, size_t len);

/* segitems.c: the digit OCR misread as the letter c, or 0. */
char	pk_seg_ocr_digit(int c);

/*
 * segitems.c: item numbers, as OCR may have read them and as they run
 * in sequence.
 */
long	pk_seg_ocr_number(const char *s, size_t len, long expect);
void	pk_seg_set_num(xmlNodePtr head, long num);
int	pk_seg_item_number_at(struct run *r, const struct pk_seg_line *ln,
	    long *a, long *b);
int	pk_seg_ocr_fits(const char *s, size_t len, long want);
int	pk_seg_has_digit(const char *s, size_t len);
long	pk_seg_next_item_number(struct run *r, long expect, int titles);
int	pk_seg_item_parts(const char *s, long a, long b, long *parts,
	    char *text, size_t size);
int	pk_seg_items_agree(struct run *r, long first);
int	pk_seg_first_above_next(struct run *r, const long *parts, int nparts);
int	pk_seg_section_follows(struct run *r);
/*
 * seggaps.c: in a text read by OCR, where item n is followed by item m
 * (m > n + 1) and n holds exactly m - n - 1 decisions with more after
 * them, the items n + 1 ... m - 1 start after each: the scan lost their
 * numbers.  0, or -1 when memory ran out.
 */
int	pk_seg_fill_gaps(struct run *r);
int	pk_seg_item_letter(const struct run *r, const char *s, long a, long b,
	    long num, int *hyphen);
int	pk_seg_breaks_sequence(struct run *r, long num, int letter,
	    const long *parts, int nparts);

/*
 * segemit.c: a line's text written into the tree.
 */
/* A new element name of the run's namespace under parent, or NULL. */
xmlNodePtr pk_seg_node(struct run *r, xmlNodePtr parent, const char *name);
/* Text s under parent: 0 or -1. */
int	pk_seg_text(struct run *r, xmlNodePtr parent, const char *s);
/* The token the profile maps s[a..b) of field f to, or NULL. */
const char *pk_seg_map_value(struct run *r, enum pk_field f, const char *s,
	    long a, long b);
/* Attribute attr of n: s[a..b) without its inline marks.  0 or -1. */
int	pk_seg_set_plain_attr(xmlNodePtr n, const char *attr, const char *s,
	    long a, long b);
/* A field's element n over s[a..b) of the line being emitted. */
int	pk_seg_add_span(struct run *r, long a, long b, xmlNodePtr n);
/* s[a..b) into parent, with the spans added for it.  0 or -1. */
int	pk_seg_emit(struct run *r, xmlNodePtr parent, const char *s, long a,
	    long b);
/* The role the label of a list of people gives them all, or NULL. */
const char *pk_seg_label_role(struct run *r, const char *s,
	    const struct groups *g);
/* The first word of the label in g, kept for the lines of its roll. */
void	pk_seg_label_word(struct run *r, const char *s,
	    const struct groups *g);
/*
 * For one text, where each person rule of the profile is known to find
 * no one: none_from[i], LONG_MAX at first.  Freed with free(); NULL
 * when memory ran out.
 */
long	*pk_seg_person_scan_new(const struct run *r);
/*
 * The first person of group in s[pos..b) into g: 1, 0 for none, or -1.
 * none_from, when not NULL, is pk_seg_person_scan_new's for s and b:
 * rules known to find no one from pos are not searched again.
 */
int	pk_seg_first_person(struct run *r, const char *group, const char *s,
	    long pos, long b, struct groups *g, long *none_from);
/* The person rules of group applied to s[a..b), adding person spans; a
 * person without a role of their own takes label_role (or none). */
int	pk_seg_person_spans(struct run *r, const char *group,
	    const char *label_role, const char *s, long a, long b);
/* Where ordinary paragraphs go in the current state. */
xmlNodePtr pk_seg_content_parent(struct run *r);
/* Whether n stands in mixed content (written without indentation). */
int	pk_seg_in_mixed(xmlNodePtr n);
/* A new element that ends any open list or table. */
xmlNodePtr pk_seg_block_node(struct run *r, xmlNodePtr parent,
	    const char *name);
/* A point of an item numbered in a cell of its own: 1 taken, 0, -1. */
int	pk_seg_numbered_cell(struct run *r, const char *s, size_t len);
/* A line no rule claimed: paragraph, list entry or table row. */
int	pk_seg_plain_line(struct run *r, xmlNodePtr parent, const char *s,
	    size_t len);
/* s[a..b) into parent with the field spans of g.  0 or -1. */
int	pk_seg_emit_fields(struct run *r, xmlNodePtr parent, const char *s,
	    const struct groups *g, long a, long b);
/* n's role attribute from g's role or label, as the profile maps it. */
void	pk_seg_set_role(struct run *r, xmlNodePtr n, const char *s,
	    const struct groups *g);
#endif
