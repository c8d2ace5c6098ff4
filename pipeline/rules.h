/* Rule profiles (pk-rules(5)): loading, compiling with PCRE2 JIT, matching. */
#ifndef PK_RULES_H
#define PK_RULES_H

#include <stddef.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "diag.h"

/* Where in the document a rule applies. */
enum pk_scope {
	PK_SCOPE_ANY,
	PK_SCOPE_FRONT,
	PK_SCOPE_CONTACT,
	PK_SCOPE_NOTICE,
	PK_SCOPE_SIGNATURES,
	PK_SCOPE_ITEM,
	PK_SCOPE_DECISION,
	PK_SCOPE__MAX
};

/* What a matching line (or block) becomes. */
enum pk_kind {
	PK_KIND_HEADING,
	PK_KIND_FIELD,
	PK_KIND_PARTICIPANTS,
	PK_KIND_SIGNATURES,
	PK_KIND_NOTICE,
	PK_KIND_CONTACT,
	PK_KIND_ITEM,
	PK_KIND_CASE,
	PK_KIND_SECTION,
	PK_KIND_SIDE,
	PK_KIND_SIGNATURE,
	PK_KIND_LABEL,
	PK_KIND_ROLE,
	PK_KIND_ORG,
	PK_KIND_CLAUSE,
	PK_KIND__MAX
};

/*
 * Model fields a named group may fill.  New field: add its group name,
 * element name and value type in rules.c (fields[]) and in minutes.xsd.
 */
enum pk_field {
	PK_F_NONE = -1,
	PK_F_LABEL,
	PK_F_BODY,
	PK_F_ORGANIZATION,
	PK_F_KIND,
	PK_F_DATE,
	PK_F_DOCDATE,
	PK_F_START,
	PK_F_END,
	PK_F_PLACE,
	PK_F_SCOPE,
	PK_F_ADJ_PLACE,
	PK_F_ADJ_DATE,
	PK_F_ADJ_TIME,
	PK_F_NAME,
	PK_F_PARTY,
	PK_F_ROLE,
	PK_F_REMOTE,
	PK_F_TITLE,
	PK_F_AFFILIATION,
	PK_F_MARK,
	PK_F_PHONE,
	PK_F_EMAIL,
	PK_F_NUM,
	PK_F_CASE,
	PK_F_ORG,
	PK_F_STORAGE,
	PK_F_VOTE_YES,	/* a vote's counts: <count type="yes" n="54"> */
	PK_F_VOTE_NO,
	PK_F_VOTE_ABSTAIN,
	PK_F_VOTE_ABSENT,
	PK_F_VOTE,	/* a member's vote as written; map vote gives its choice */
	PK_F_LIST,	/* structural: where persons or signatures are parsed */
	PK_F_TEXT,	/* structural: the paragraph after a section label */
	PK_F__MAX
};

enum pk_value_type {
	PK_VT_TEXT,
	PK_VT_DATE,
	PK_VT_TIME,
	PK_VT_COUNT,	/* a number of votes: n, and the choice as type */
	PK_VT_STRUCT
};

struct pk_rule {
	enum pk_scope	 scope;
	enum pk_kind	 kind;
	char		*arg;		/* section type, participant group */
	int		 once;		/* fires at most once per document */
	int		 block;		/* matched against the whole block */
	int		 continues;	/* only right after a block of its kind */
	int		 ocr;		/* only where the text was read by OCR */
	int		 marked;	/* sees emphasis markers (pk-rules(5)) */
	int		 first;		/* a block rule tried before line rules */
	int		 within;	/* participants: the item's own (a roll
					 * call taken in an item) */
	int		 head;		/* participants: on the item's own head
					 * line ("3. ROLL CALL: A, B and C.") */
	int		 unnumbered;	/* item: a heading alone before prose,
					 * where no item rule takes a line */
	int		 closing;	/* only once an item said when the
					 * meeting ended */
	pcre2_code	*re;
	signed char	*group_field;	/* capture number -> enum pk_field */
	unsigned	 ngroups;
	long		 src_line;
};

struct pk_person_rule {
	char		*group;		/* participants group it splits */
	int		 marked;	/* sees emphasis markers */
	int		 from_start;	/* \G: a match depends on where the
					 * search starts */
	pcre2_code	*re;
	signed char	*group_field;
	unsigned	 ngroups;
};

struct pk_map {
	enum pk_field	 field;
	char		*token;
	pcre2_code	*re;
};

struct pk_signal {
	int		 weight;
	pcre2_code	*re;
};

struct pk_furniture_rule {
	char		*type;		/* header, footer, mark */
	pcre2_code	*re;
};

/* A pattern whose compiling loading deferred (rules.c). */
struct pk_pending;

struct pk_profile {
	char			*name;
	char			*title;
	char			*lang;		/* BCP 47; NULL: any language */
	char			*path;
	int			 item_sequence_strict;
	int			 running_header;
	int			 secretary_present;	/* pk_signers_present */
	int			 heading_run_in;	/* OCR's heading + sentence */
	struct pk_rule		*rules;
	size_t			 nrules;
	struct pk_person_rule	*persons;
	size_t			 npersons;
	struct pk_map		*maps;
	size_t			 nmaps;
	struct pk_map		*officers;	/* officer ROLE: who is elected */
	size_t			 nofficers;
	struct pk_signal	*signals;
	size_t			 nsignals;
	struct pk_furniture_rule *furniture;
	size_t			 nfurniture;
	unsigned		 max_groups;
	struct pk_pending	*pending;	/* patterns not compiled yet */
	size_t			 npending;
};

struct pk_rules {
	struct pk_profile	*profiles;
	size_t			 nprofiles;
	struct pk_diag		*diag;
	/*
	 * Profiles loaded while this is set compile their patterns, but
	 * for their signals, when first used (pk_profile_jit): of ten
	 * installed profiles one segments a document, and compiling the
	 * nine others took three quarters of pk-segment's start.  For
	 * the installed profiles, which the tests compile; a profile of
	 * the user's own (-R, -p file) is loaded with it clear, so that
	 * a mistake in any pattern is said at once.
	 */
	int			 defer;
};

/* The default limit on backtracking for one match (--match-limit). */
#define PK_RULES_MATCH_LIMIT	1000000

/* Returns an empty set of profiles reporting to d, or NULL. */
struct pk_rules *pk_rules_new(struct pk_diag *d);
/* Load and compile one profile file; -1 with file:line diagnostics. */
int	pk_rules_load_file(struct pk_rules *, const char *path);
/*
 * Load every *.rules file of dir, in name order, a profile replacing
 * one of the same name loaded before; -1 on any error, or when dir has
 * no profile.
 */
int	pk_rules_load_dir(struct pk_rules *, const char *dir);
const struct pk_profile *pk_rules_find(const struct pk_rules *,
	    const char *name);
void	pk_rules_free(struct pk_rules *);
/*
 * Make p ready to match with, once, before matching with it: compile the
 * patterns its loading deferred (see defer), then to machine code where
 * it pays (not its person rules).  Returns 0, or -1 for a pattern that
 * does not compile, with file:line diagnostics to d unless d is NULL.
 */
int	pk_profile_jit(const struct pk_profile *p, struct pk_diag *d);
/* The same for its signals alone, once: before scoring it. */
void	pk_profile_jit_signals(const struct pk_profile *p);

const char *pk_field_element(enum pk_field);
enum pk_value_type pk_field_type(enum pk_field);
const char *pk_kind_name(enum pk_kind);
const char *pk_scope_name(enum pk_scope);

/*
 * One match of re against subject[0..len) from offset start, with the
 * shared match limit.  The subject must be valid UTF-8 and start
 * at a character boundary: it is not checked again.  Returns >0 on a match (ovector filled), 0 on no
 * match, -1 when the limit was hit or memory ran out.
 */
struct pk_matcher;
struct pk_matcher *pk_matcher_new(unsigned max_groups, unsigned long limit);
int	pk_match(struct pk_matcher *, const pcre2_code *, const char *subject,
	    size_t len, size_t start);
/*
 * The same on the plain form of subject (plain.h): without emphasis
 * markers, line breaks as spaces.  start and the groups are offsets in
 * subject itself.
 */
int	pk_match_plain(struct pk_matcher *, const pcre2_code *,
	    const char *subject, size_t len, size_t start);
/* pk_match_plain, or with marked pk_match. */
int	pk_match_as(struct pk_matcher *, const pcre2_code *, int marked,
	    const char *subject, size_t len, size_t start);
/* Start and end of group n of the last match; start is -1 when unset. */
void	pk_match_group(const struct pk_matcher *, unsigned n, long *start,
	    long *end);
void	pk_matcher_free(struct pk_matcher *);
/*
 * Whether a match of m ran into a limit (--match-limit, the JIT's stack):
 * what a -1 a caller passed on without a word was, if not memory.
 */
int	pk_matcher_limit_hit(const struct pk_matcher *);
/*
 * Whether a line rule of scope sc and kind k of p matches s[0..len): 1,
 * 0, or -1 (limit).  Neither this nor pk_rules_starts_item tries the
 * unnumbered item rules: whether one takes a line depends on the whole
 * document, which only pk-segment sees.
 */
int	pk_rules_match_kind(const struct pk_profile *p, struct pk_matcher *,
	    enum pk_scope sc, enum pk_kind k, const char *s, size_t len);
/* The same, where ocr 0 leaves out the rules for text read by OCR. */
int	pk_rules_match_kind_read(const struct pk_profile *p,
	    struct pk_matcher *, enum pk_scope sc, enum pk_kind k, int ocr,
	    const char *s, size_t len);
/* Whether a rule of kind k in items takes the line as a label with no
 * text after it ("Beslutsunderlag", "Vedtak:"): 1, 0, or -1. */
int	pk_rules_label_alone(const struct pk_profile *p, struct pk_matcher *,
	    enum pk_kind k, const char *s, size_t len);
/*
 * The token p's "map f" directives give s[0..len) (plain text): the
 * first whose pattern matches, or NULL.
 */
const char *pk_profile_map(const struct pk_profile *p, struct pk_matcher *,
	    enum pk_field f, const char *s, size_t len);
/* Whether an item rule of p matches s[0..len): 1, 0, or -1 (limit). */
int	pk_rules_starts_item(const struct pk_profile *p, struct pk_matcher *,
	    const char *s, size_t len);

#endif
