/* Loading rule profiles (the .rules files) and compiling them with PCRE2 JIT. */
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif

#include "buf.h"
#include "io.h"
#include "rules.h"

/*
 * A pattern compiled to machine code.  Not under valgrind: the JIT's
 * vector loads read a few bytes past the subject, inside its block,
 * which memcheck cannot tell from a real overread (make valgrind).
 */
static void
jit(pcre2_code *re)
{
#ifdef RUNNING_ON_VALGRIND
	if (RUNNING_ON_VALGRIND)
		return;
#endif
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
}

static const struct {
	const char		*group;		/* the PCRE2 group name */
	const char		*element;	/* the minutes.xsd element */
	enum pk_value_type	 type;
} fields[PK_F__MAX] = {
	{ "label",		"label",		PK_VT_TEXT },
	{ "body",		"body",			PK_VT_TEXT },
	{ "organization",	"organization",		PK_VT_TEXT },
	{ "kind",		"kind",			PK_VT_TEXT },
	{ "date",		"date",			PK_VT_DATE },
	{ "docdate",		"document-date",	PK_VT_DATE },
	{ "start",		"start",		PK_VT_TIME },
	{ "end",		"end",			PK_VT_TIME },
	{ "place",		"place",		PK_VT_TEXT },
	{ "scope",		"scope",		PK_VT_TEXT },
	{ "adjust_place",	"adjustment-place",	PK_VT_TEXT },
	{ "adjust_date",	"adjustment-date",	PK_VT_DATE },
	{ "adjust_time",	"adjustment-time",	PK_VT_TIME },
	{ "name",		"name",			PK_VT_TEXT },
	{ "party",		"party",		PK_VT_TEXT },
	{ "role",		"role",			PK_VT_TEXT },
	{ "remote",		"remote",		PK_VT_TEXT },
	{ "title",		"title",		PK_VT_TEXT },
	{ "affiliation",	"affiliation",		PK_VT_TEXT },
	{ "mark",		"mark",			PK_VT_TEXT },
	{ "phone",		"phone",		PK_VT_TEXT },
	{ "email",		"email",		PK_VT_TEXT },
	{ "num",		"num",			PK_VT_TEXT },
	{ "case",		"case",			PK_VT_TEXT },
	{ "org",		"org",			PK_VT_TEXT },
	{ "storage",	"storage",		PK_VT_TEXT },
	{ "vote_yes",		"count",		PK_VT_COUNT },
	{ "vote_no",		"count",		PK_VT_COUNT },
	{ "vote_abstain",	"count",		PK_VT_COUNT },
	{ "vote_absent",	"count",		PK_VT_COUNT },
	{ "vote",		"vote",			PK_VT_TEXT },
	{ "list",		NULL,			PK_VT_STRUCT },
	{ "text",		NULL,			PK_VT_STRUCT },
};

static const char *const scopes[PK_SCOPE__MAX] = {
	"any", "front", "contact", "notice", "signatures", "item", "decision"
};

static const char *const kinds[PK_KIND__MAX] = {
	"heading", "field", "participants", "signatures", "notice", "contact",
	"item", "case", "section", "side", "signature", "label", "role", "org",
	"clause"
};

/* The values minutes.xsd allows for section types and groups. */
static const char *const section_types[] = { "summary", "basis",
	"proposal", "motions", "vote", "decision", "reservation", "send-to",
	"responsible", "note", "conflict", "other", NULL };
static const char *const groups[] = { "members", "substitutes", "others",
	"absent", "adjusters", "listed", NULL };

static int
one_of(const char *s, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcmp(s, *set) == 0)
			return 1;
	return 0;
}

/* A name or token: letters, digits, '.', '_', '-' (an XML NMTOKEN). */
static int
is_token(const char *s)
{
	size_t	 n = strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

	return n > 0 && s[n] == '\0';
}

/*
 * A BCP 47 language tag as profiles use them: a primary language of 2
 * or 3 letters, then subtags of 2 to 8 letters or digits ("sv", "nb",
 * "en-GB", "de-CH").  Checked loosely: it is compared, never parsed.
 */
static int
is_lang_tag(const char *s)
{
	size_t	 n = strspn(s, "abcdefghijklmnopqrstuvwxyz");

	if (n < 2 || n > 3)
		return 0;
	for (s += n; *s == '-'; s += n) {
		s++;
		n = strspn(s, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
		if (n < 2 || n > 8)
			return 0;
	}
	return *s == '\0';
}

/* Kinds that need an argument after '=' (section=decision). */
static int
kind_takes_arg(enum pk_kind k)
{
	return k == PK_KIND_PARTICIPANTS || k == PK_KIND_SECTION ||
	    k == PK_KIND_SIDE;
}

const char *
pk_field_element(enum pk_field f)
{
	return f >= 0 && f < PK_F__MAX ? fields[f].element : NULL;
}

enum pk_value_type
pk_field_type(enum pk_field f)
{
	return f >= 0 && f < PK_F__MAX ? fields[f].type : PK_VT_STRUCT;
}

const char *
pk_kind_name(enum pk_kind k)
{
	return k < PK_KIND__MAX ? kinds[k] : "?";
}

const char *
pk_scope_name(enum pk_scope sc)
{
	return sc < PK_SCOPE__MAX ? scopes[sc] : "?";
}

struct pk_rules *
pk_rules_new(struct pk_diag *d)
{
	struct pk_rules *r;

	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	r->diag = d;
	return r;
}

/* The parsing state of one rule file. */
/* A named piece of pattern: "define NAME fragment", used as @{NAME}. */
struct pk_define {
	char	*name;
	char	*value;		/* expanded, in a non-capturing group */
};

#define MAX_INCLUDE_DEPTH	4
/* An expanded pattern may be this long: definitions cannot explode. */
#define MAX_PATTERN		(64 * 1024)

struct loader {
	struct pk_rules		*rules;
	struct pk_profile	*prof;
	const char		*path;
	long			 line;
	struct pk_define	*defs;	/* shared by a file and its includes */
	size_t			 ndefs;
	int			 depth;
};

/* The patterns a profile holds, by where they go once compiled. */
enum slot {
	SLOT_RULE,
	SLOT_PERSON,
	SLOT_MAP,
	SLOT_OFFICER,
	SLOT_SIGNAL,
	SLOT_FURNITURE
};

/* A pattern whose compiling loading left for later (pk_rules.defer). */
struct pk_pending {
	enum slot	 slot;
	size_t		 index;		/* in the slot's array */
	char		*pattern;	/* expanded */
	char		*path;		/* where it was written */
	long		 line;
};

static int
syntax(struct loader *ld, const char *msg)
{
	pk_diag_at(ld->rules->diag, PK_E_RULES_SYNTAX, ld->path, ld->line,
	    "%s", msg);
	return -1;
}

static int
nomem(struct loader *ld)
{
	pk_diag(ld->rules->diag, PK_E_NOMEM, 0, NULL);
	return -1;
}

/* Split off the next word of *s; NULL at the end of the line. */
static char *
word(char **s)
{
	char	*w;

	while (**s == ' ' || **s == '\t')
		(*s)++;
	if (**s == '\0')
		return NULL;
	w = *s;
	while (**s != '\0' && **s != ' ' && **s != '\t')
		(*s)++;
	if (**s != '\0')
		*(*s)++ = '\0';
	return w;
}

static char *
rest(char *s)
{
	size_t	 len;

	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		s[--len] = '\0';
	return s;
}

/*
 * s with every @{NAME} replaced by its definition, as a new string; NULL
 * with a diagnostic for an unknown name or an expansion past MAX_PATTERN.
 */
static char *
expand(struct loader *ld, const char *s)
{
	struct pk_buf	 out = { 0 };
	const char	*p, *end;
	size_t		 i, n;

	for (p = s; *p != '\0'; p++) {
		if (p[0] != '@' || p[1] != '{' || (end = strchr(p + 2, '}')) ==
		    NULL) {
			if (pk_buf_putc(&out, *p) == -1)
				goto nomem;
			continue;
		}
		n = (size_t)(end - (p + 2));
		for (i = 0; i < ld->ndefs; i++)
			if (strlen(ld->defs[i].name) == n &&
			    strncmp(ld->defs[i].name, p + 2, n) == 0)
				break;
		if (i == ld->ndefs) {
			pk_diag_at(ld->rules->diag, PK_E_RULES_SYNTAX, ld->path,
			    ld->line, "unknown definition @{%.*s}", (int)n,
			    p + 2);
			pk_buf_free(&out);
			return NULL;
		}
		if (pk_buf_put(&out, ld->defs[i].value,
		    strlen(ld->defs[i].value)) == -1)
			goto nomem;
		p = end;
	}
	if (out.len > MAX_PATTERN) {
		syntax(ld, "pattern too long after its definitions");
		pk_buf_free(&out);
		return NULL;
	}
	if (pk_buf_putc(&out, '\0') == -1)
		goto nomem;
	return out.data;
nomem:
	pk_buf_free(&out);
	nomem(ld);
	return NULL;
}

/* Grow an array of elements of size sz by one; returns the new slot. */
static void *
grow(void **arr, size_t *n, size_t sz)
{
	char	*p;

	if ((p = realloc(*arr, (*n + 1) * sz)) == NULL)
		return NULL;
	*arr = p;
	memset(p + *n * sz, 0, sz);
	return p + (*n)++ * sz;
}

/*
 * Map each named group of re to a model field; unknown names are errors
 * (reported to d, when not NULL, at path:line).
 */
static int
map_groups(struct pk_diag *d, const char *path, long line, pcre2_code *re,
    signed char **out, unsigned *nout)
{
	uint32_t	 capcount, namecount, entrysize, i;
	PCRE2_SPTR	 table;
	signed char	*map;
	int		 f;

	pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &capcount);
	pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &namecount);
	pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &entrysize);
	pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &table);
	if ((map = malloc(capcount + 1)) == NULL) {
		if (d != NULL)
			pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	memset(map, PK_F_NONE, capcount + 1);
	for (i = 0; i < namecount; i++) {
		PCRE2_SPTR	 entry = table + i * entrysize;
		unsigned	 n = (unsigned)(entry[0] << 8 | entry[1]);
		const char	*name = (const char *)entry + 2;

		for (f = 0; f < PK_F__MAX; f++)
			if (strcmp(fields[f].group, name) == 0)
				break;
		if (f == PK_F__MAX) {
			if (d != NULL)
				pk_diag_at(d, PK_E_RULES_FIELD, path, line,
				    "group '%s' names no model field", name);
			free(map);
			return -1;
		}
		map[n] = (signed char)f;
	}
	*out = map;
	*nout = capcount + 1;
	return 0;
}

/*
 * Compile pattern (expanded, written at path:line) into its slot of p.
 * Returns 0, or -1 with a diagnostic to d when d is not NULL.
 */
static int
fill(struct pk_profile *p, struct pk_diag *d, enum slot slot, size_t index,
    const char *pattern, const char *path, long line)
{
	pcre2_code	*re, **to;
	signed char	**map = NULL;
	unsigned	*nmap = NULL;
	int		 err;
	PCRE2_SIZE	 erroff;
	PCRE2_UCHAR	 msg[256];
	uint32_t	 capcount;

	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES | PCRE2_DOTALL, &err,
	    &erroff, NULL);
	if (re == NULL) {
		if (d == NULL)
			return -1;
		pcre2_get_error_message(err, msg, sizeof(msg));
		pk_diag_at(d, PK_E_RULES_PATTERN, path, line,
		    "%s at offset %zu", (char *)msg, (size_t)erroff);
		return -1;
	}
	switch (slot) {
	case SLOT_RULE:
		to = &p->rules[index].re;
		map = &p->rules[index].group_field;
		nmap = &p->rules[index].ngroups;
		break;
	case SLOT_PERSON:
		/* Any \G, even escaped: the scan then forgets nothing. */
		p->persons[index].from_start = strstr(pattern, "\\G") != NULL;
		to = &p->persons[index].re;
		map = &p->persons[index].group_field;
		nmap = &p->persons[index].ngroups;
		break;
	case SLOT_MAP:
		to = &p->maps[index].re;
		break;
	case SLOT_OFFICER:
		to = &p->officers[index].re;
		break;
	case SLOT_SIGNAL:
		to = &p->signals[index].re;
		break;
	default:
		to = &p->furniture[index].re;
		break;
	}
	if (map != NULL && map_groups(d, path, line, re, map, nmap) == -1) {
		pcre2_code_free(re);
		return -1;
	}
	*to = re;
	pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &capcount);
	if (capcount + 1 > p->max_groups)
		p->max_groups = capcount + 1;
	return 0;
}

/*
 * The pattern source of the current line, for slot index of the profile
 * being loaded: compiled now, or, where loading defers it, kept to be
 * compiled when the profile is used.  Signals are compiled now: every
 * profile may be scored.
 */
static int
pattern(struct loader *ld, enum slot slot, size_t index, const char *source)
{
	struct pk_profile	*p = ld->prof;
	struct pk_pending	*pd;
	char			*expanded;
	int			 rc;

	if (*source == '\0')
		return syntax(ld, "missing pattern");
	if ((expanded = expand(ld, source)) == NULL)
		return -1;
	if (!ld->rules->defer || slot == SLOT_SIGNAL) {
		rc = fill(p, ld->rules->diag, slot, index, expanded, ld->path,
		    ld->line);
		free(expanded);
		return rc;
	}
	if ((pd = grow((void **)&p->pending, &p->npending,
	    sizeof(*pd))) == NULL || (pd->path = strdup(ld->path)) == NULL) {
		free(expanded);
		return nomem(ld);
	}
	pd->slot = slot;
	pd->index = index;
	pd->pattern = expanded;
	pd->line = ld->line;
	return 0;
}

/* The flags a rule may carry before its pattern (pk-rules(5)). */
static const struct rule_flag {
	const char	*word;
	size_t		 offset;	/* of its int in struct pk_rule */
} rule_flags[] = {
	{ "once",	offsetof(struct pk_rule, once) },
	{ "block",	offsetof(struct pk_rule, block) },
	{ "continues",	offsetof(struct pk_rule, continues) },
	{ "ocr",	offsetof(struct pk_rule, ocr) },
	{ "marked",	offsetof(struct pk_rule, marked) },
	{ "first",	offsetof(struct pk_rule, first) },
	{ "within",	offsetof(struct pk_rule, within) },
	{ "head",	offsetof(struct pk_rule, head) },
	{ "unnumbered",	offsetof(struct pk_rule, unnumbered) },
	{ "closing",	offsetof(struct pk_rule, closing) },
};

/* The flag *s starts with, taken off *s, or NULL. */
static const struct rule_flag *
flag(char **s)
{
	size_t	 i, n;

	while (**s == ' ' || **s == '\t')
		(*s)++;
	for (i = 0; i < sizeof(rule_flags) / sizeof(rule_flags[0]); i++) {
		n = strlen(rule_flags[i].word);
		if (strncmp(*s, rule_flags[i].word, n) == 0 &&
		    ((*s)[n] == ' ' || (*s)[n] == '\t')) {
			*s += n;
			return &rule_flags[i];
		}
	}
	return NULL;
}

static int
parse_rule(struct loader *ld, enum pk_scope scope, char *s)
{
	struct pk_profile	*p = ld->prof;
	struct pk_rule		*r;
	const struct rule_flag	*f;
	char			*kw, *arg;
	int			 k;

	if ((kw = word(&s)) == NULL)
		return syntax(ld, "missing kind after scope");
	if ((arg = strchr(kw, '=')) != NULL)
		*arg++ = '\0';
	for (k = 0; k < PK_KIND__MAX; k++)
		if (strcmp(kinds[k], kw) == 0)
			break;
	if (k == PK_KIND__MAX)
		return syntax(ld, "unknown kind");
	if (kind_takes_arg(k) != (arg != NULL && *arg != '\0'))
		return syntax(ld, kind_takes_arg(k) ?
		    "this kind needs =TYPE" : "this kind takes no =TYPE");
	if (arg != NULL && (k == PK_KIND_SECTION || k == PK_KIND_SIDE) &&
	    !one_of(arg, section_types))
		return syntax(ld, "unknown section type (see pk-rules(5))");
	if (arg != NULL && k == PK_KIND_PARTICIPANTS && !one_of(arg, groups))
		return syntax(ld, "unknown participants group "
		    "(see pk-rules(5))");
	r = grow((void **)&p->rules, &p->nrules, sizeof(*r));
	if (r == NULL)
		return nomem(ld);
	r->scope = scope;
	r->kind = k;
	r->src_line = ld->line;
	if (arg != NULL && (r->arg = strdup(arg)) == NULL)
		return nomem(ld);
	/* Flags stand between the kind and the pattern. */
	while ((f = flag(&s)) != NULL)
		*(int *)((char *)r + f->offset) = 1;
	/* A block's line breaks are part of its pattern: it sees them. */
	if (r->block)
		r->marked = 1;
	if (r->first && !r->block)
		return syntax(ld, "first is for block rules");
	return pattern(ld, SLOT_RULE, p->nrules - 1, rest(s));
}

static int parse_line(struct loader *, char *);

static void
defs_free(struct loader *ld)
{
	size_t	 i;

	for (i = 0; i < ld->ndefs; i++) {
		free(ld->defs[i].name);
		free(ld->defs[i].value);
	}
	free(ld->defs);
	ld->defs = NULL;
	ld->ndefs = 0;
}

static int
define(struct loader *ld, char *s)
{
	struct pk_define	*d;
	char			*name, *value, *group;
	size_t			 i;

	if ((name = word(&s)) == NULL || !is_token(name))
		return syntax(ld, "define takes a name and a pattern");
	if ((value = expand(ld, rest(s))) == NULL)
		return -1;
	if (*value == '\0') {
		free(value);
		return syntax(ld, "define takes a name and a pattern");
	}
	/* A group of its own, so that "a|b" stays one alternative. */
	if ((group = malloc(strlen(value) + 5)) == NULL) {
		free(value);
		return nomem(ld);
	}
	sprintf(group, "(?:%s)", value);
	free(value);
	/* A later definition of a name replaces the earlier one. */
	for (i = 0; i < ld->ndefs; i++)
		if (strcmp(ld->defs[i].name, name) == 0) {
			free(ld->defs[i].value);
			ld->defs[i].value = group;
			return 0;
		}
	if ((d = grow((void **)&ld->defs, &ld->ndefs, sizeof(*d))) == NULL ||
	    (d->name = strdup(name)) == NULL) {
		free(group);
		return nomem(ld);
	}
	d->value = group;
	return 0;
}

/*
 * Read the directives of a shared file (a vocabulary) beside the file
 * being loaded, as if they stood in its place.
 */
static int
include(struct loader *ld, const char *name)
{
	struct pk_buf	 src = { 0 };
	struct loader	 sub = *ld;
	const char	*slash = strrchr(ld->path, '/');
	char		*path, *line, *next;
	size_t		 dirlen = slash != NULL ? (size_t)(slash - ld->path) + 1 :
			    0;
	int		 rc = 0;

	if (ld->depth >= MAX_INCLUDE_DEPTH)
		return syntax(ld, "includes nested too deep");
	if ((path = malloc(dirlen + strlen(name) + 1)) == NULL)
		return nomem(ld);
	memcpy(path, ld->path, dirlen);
	strcpy(path + dirlen, name);
	/* Said at the include, the line a person mends. */
	if (access(path, R_OK) == -1) {
		pk_diag_at(ld->rules->diag, PK_E_RULES_SYNTAX, ld->path,
		    ld->line, "cannot include %s: %s", name, strerror(errno));
		free(path);
		return -1;
	}
	{
		struct pk_diag	*d = ld->rules->diag;
		const char	*saved_file = d->file;

		d->file = path;
		rc = pk_io_read(path, (size_t)1 << 20, &src, d);
		d->file = saved_file;
		if (rc == -1) {
			free(path);
			return -1;
		}
	}
	sub.path = path;
	sub.line = 0;
	sub.depth = ld->depth + 1;
	if (src.data == NULL || memchr(src.data, '\0', src.len) != NULL)
		rc = syntax(&sub, "empty or binary rule file");
	for (line = src.data; rc == 0 && line != NULL; line = next) {
		sub.line++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		rc = parse_line(&sub, line);
	}
	ld->defs = sub.defs;
	ld->ndefs = sub.ndefs;
	pk_buf_free(&src);
	free(path);
	return rc;
}

static int
parse_line(struct loader *ld, char *s)
{
	struct pk_profile	*p = ld->prof;
	const struct rule_flag	*f;
	char			*kw, *a, *b;
	int			 sc;

	if ((kw = word(&s)) == NULL || kw[0] == '#')
		return 0;
	if (strcmp(kw, "profile") == 0) {
		if ((a = word(&s)) == NULL || word(&s) != NULL || !is_token(a))
			return syntax(ld, "profile takes one name of letters, "
			    "digits, '.', '_' and '-'");
		free(p->name);
		return (p->name = strdup(a)) == NULL ? nomem(ld) : 0;
	}
	if (strcmp(kw, "define") == 0)
		return define(ld, s);
	if (strcmp(kw, "include") == 0) {
		if ((a = word(&s)) == NULL || word(&s) != NULL || !is_token(a))
			return syntax(ld, "include takes one file name of "
			    "letters, digits, '.', '_' and '-'");
		return include(ld, a);
	}
	if (strcmp(kw, "lang") == 0) {
		if ((a = word(&s)) == NULL || word(&s) != NULL ||
		    !is_lang_tag(a))
			return syntax(ld, "lang takes one BCP 47 language "
			    "tag (sv, nb, en-GB)");
		free(p->lang);
		return (p->lang = strdup(a)) == NULL ? nomem(ld) : 0;
	}
	if (strcmp(kw, "title") == 0) {
		free(p->title);
		return (p->title = strdup(rest(s))) == NULL ? nomem(ld) : 0;
	}
	if (strcmp(kw, "option") == 0) {
		a = word(&s);
		b = word(&s);
		if (a == NULL || b == NULL)
			return syntax(ld, "option takes a name and a value");
		if (strcmp(a, "item-sequence") == 0 &&
		    (strcmp(b, "strict") == 0 || strcmp(b, "rising") == 0))
			p->item_sequence_strict = strcmp(b, "strict") == 0;
		else if (strcmp(a, "running-header") == 0 &&
		    (strcmp(b, "auto") == 0 || strcmp(b, "off") == 0))
			p->running_header = strcmp(b, "auto") == 0;
		else if (strcmp(a, "secretary-present") == 0 &&
		    (strcmp(b, "on") == 0 || strcmp(b, "off") == 0))
			p->secretary_present = strcmp(b, "on") == 0;
		else if (strcmp(a, "heading-run-in") == 0 &&
		    (strcmp(b, "split") == 0 || strcmp(b, "off") == 0))
			p->heading_run_in = strcmp(b, "split") == 0;
		else
			return syntax(ld, "unknown option or value");
		return 0;
	}
	if (strcmp(kw, "signal") == 0) {
		struct pk_signal *sg;
		char *end;
		long weight;

		if ((a = word(&s)) == NULL)
			return syntax(ld, "signal takes a weight and a pattern");
		weight = strtol(a, &end, 10);
		if (*end != '\0' || weight < -100 || weight > 100)
			return syntax(ld, "signal weight must be -100..100");
		if ((sg = grow((void **)&p->signals, &p->nsignals,
		    sizeof(*sg))) == NULL)
			return nomem(ld);
		sg->weight = (int)weight;
		/* To machine code when its profile is scored: a profile
		 * of another language than the document's never is. */
		return pattern(ld, SLOT_SIGNAL, p->nsignals - 1, rest(s));
	}
	if (strcmp(kw, "furniture") == 0) {
		struct pk_furniture_rule *fr;

		if ((a = word(&s)) == NULL || (strcmp(a, "header") != 0 &&
		    strcmp(a, "footer") != 0 && strcmp(a, "mark") != 0))
			return syntax(ld, "furniture takes header, footer or "
			    "mark and a pattern");
		if ((fr = grow((void **)&p->furniture, &p->nfurniture,
		    sizeof(*fr))) == NULL)
			return nomem(ld);
		if ((fr->type = strdup(a)) == NULL)
			return nomem(ld);
		return pattern(ld, SLOT_FURNITURE, p->nfurniture - 1, rest(s));
	}
	if (strcmp(kw, "person") == 0) {
		struct pk_person_rule *pr;

		if ((a = word(&s)) == NULL)
			return syntax(ld, "person takes a group and a pattern");
		if ((pr = grow((void **)&p->persons, &p->npersons,
		    sizeof(*pr))) == NULL)
			return nomem(ld);
		if ((pr->group = strdup(a)) == NULL)
			return nomem(ld);
		/* Of the flags, only "marked" means anything here. */
		while ((f = flag(&s)) != NULL)
			if (f->offset == offsetof(struct pk_rule, marked))
				pr->marked = 1;
		return pattern(ld, SLOT_PERSON, p->npersons - 1, rest(s));
	}
	if (strcmp(kw, "map") == 0) {
		struct pk_map *m;
		int f;

		a = word(&s);
		b = word(&s);
		if (a == NULL || b == NULL || !is_token(b))
			return syntax(ld, "map takes a field, a token and "
			    "a pattern");
		for (f = 0; f < PK_F__MAX; f++)
			if (strcmp(fields[f].group, a) == 0)
				break;
		if (f == PK_F__MAX) {
			pk_diag_at(ld->rules->diag, PK_E_RULES_FIELD, ld->path,
			    ld->line, "'%s'", a);
			return -1;
		}
		if ((m = grow((void **)&p->maps, &p->nmaps, sizeof(*m))) ==
		    NULL)
			return nomem(ld);
		m->field = f;
		if ((m->token = strdup(b)) == NULL)
			return nomem(ld);
		return pattern(ld, SLOT_MAP, p->nmaps - 1, rest(s));
	}
	if (strcmp(kw, "officer") == 0) {
		struct pk_map *m;

		if ((a = word(&s)) == NULL || !is_token(a))
			return syntax(ld, "officer takes a role token and "
			    "a pattern");
		if ((m = grow((void **)&p->officers, &p->nofficers,
		    sizeof(*m))) == NULL)
			return nomem(ld);
		m->field = PK_F_ROLE;
		if ((m->token = strdup(a)) == NULL)
			return nomem(ld);
		return pattern(ld, SLOT_OFFICER, p->nofficers - 1, rest(s));
	}
	for (sc = 0; sc < PK_SCOPE__MAX; sc++)
		if (strcmp(scopes[sc], kw) == 0)
			return parse_rule(ld, sc, s);
	return syntax(ld, "unknown directive");
}

static void
profile_free(struct pk_profile *p)
{
	size_t	 i;

	for (i = 0; i < p->nrules; i++) {
		free(p->rules[i].arg);
		free(p->rules[i].group_field);
		pcre2_code_free(p->rules[i].re);
	}
	for (i = 0; i < p->npersons; i++) {
		free(p->persons[i].group);
		free(p->persons[i].group_field);
		pcre2_code_free(p->persons[i].re);
	}
	for (i = 0; i < p->nmaps; i++) {
		free(p->maps[i].token);
		pcre2_code_free(p->maps[i].re);
	}
	for (i = 0; i < p->nofficers; i++) {
		free(p->officers[i].token);
		pcre2_code_free(p->officers[i].re);
	}
	for (i = 0; i < p->nsignals; i++)
		pcre2_code_free(p->signals[i].re);
	for (i = 0; i < p->nfurniture; i++) {
		free(p->furniture[i].type);
		pcre2_code_free(p->furniture[i].re);
	}
	for (i = 0; i < p->npending; i++) {
		free(p->pending[i].pattern);
		free(p->pending[i].path);
	}
	free(p->pending);
	free(p->rules);
	free(p->persons);
	free(p->maps);
	free(p->officers);
	free(p->signals);
	free(p->furniture);
	free(p->name);
	free(p->title);
	free(p->lang);
	free(p->path);
}

int
pk_rules_load_file(struct pk_rules *r, const char *path)
{
	struct pk_buf		 src = { 0 };
	struct pk_profile	 prof;
	struct loader		 ld;
	struct pk_diag		*d = r->diag;
	const char		*saved_file = d->file;
	char			*line, *next;
	void			*grown;

	memset(&prof, 0, sizeof(prof));
	prof.running_header = 1;
	memset(&ld, 0, sizeof(ld));
	ld.rules = r;
	ld.prof = &prof;
	ld.path = path;
	d->file = path;
	if (pk_io_read(path, (size_t)1 << 20, &src, d) == -1)
		goto fail;
	d->file = saved_file;
	if (src.data == NULL || memchr(src.data, '\0', src.len) != NULL) {
		syntax(&ld, "empty or binary rule file");
		goto fail;
	}
	for (line = src.data; line != NULL; line = next) {
		ld.line++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (parse_line(&ld, line) == -1)
			goto fail;
	}
	if (prof.name == NULL) {
		ld.line = 0;
		syntax(&ld, "no 'profile NAME' line");
		goto fail;
	}
	if (prof.nrules == 0) {
		ld.line = 0;
		syntax(&ld, "profile has no rules");
		goto fail;
	}
	if ((prof.path = strdup(path)) == NULL)
		goto nomem;
	/* A later file of the same name replaces an earlier profile. */
	for (size_t i = 0; i < r->nprofiles; i++)
		if (strcmp(r->profiles[i].name, prof.name) == 0) {
			profile_free(&r->profiles[i]);
			r->profiles[i] = prof;
			pk_buf_free(&src);
			defs_free(&ld);
			return 0;
		}
	grown = realloc(r->profiles, (r->nprofiles + 1) * sizeof(prof));
	if (grown == NULL)
		goto nomem;
	r->profiles = grown;
	r->profiles[r->nprofiles++] = prof;
	pk_buf_free(&src);
	defs_free(&ld);
	return 0;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
fail:
	d->file = saved_file;
	profile_free(&prof);
	pk_buf_free(&src);
	defs_free(&ld);
	return -1;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
pk_rules_load_dir(struct pk_rules *r, const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	char		**names = NULL, *path;
	size_t		 nnames = 0, i, len;
	int		 rc = 0;

	if ((dp = opendir(dir)) == NULL) {
		pk_diag_at(r->diag, PK_E_RULES_NONE, dir, 0, NULL);
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (len < 7 || strcmp(de->d_name + len - 6, ".rules") != 0 ||
		    de->d_name[0] == '.')
			continue;
		char **g = realloc(names, (nnames + 1) * sizeof(*names));
		if (g == NULL)
			goto nomem;
		names = g;
		if ((names[nnames] = strdup(de->d_name)) == NULL)
			goto nomem;
		nnames++;
	}
	closedir(dp);
	dp = NULL;
	if (nnames > 1)
		qsort(names, nnames, sizeof(*names), cmpstr);
	for (i = 0; i < nnames && rc == 0; i++) {
		if ((path = malloc(strlen(dir) + strlen(names[i]) + 2)) ==
		    NULL)
			goto nomem;
		sprintf(path, "%s/%s", dir, names[i]);
		rc = pk_rules_load_file(r, path);
		free(path);
	}
	/* A directory of no profile is a mistake, even where profiles of
	 * another were loaded before (-R adds to the installed ones). */
	if (rc == 0 && nnames == 0) {
		pk_diag_at(r->diag, PK_E_RULES_NONE, dir, 0, NULL);
		rc = -1;
	}
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	return rc;
nomem:
	if (dp != NULL)
		closedir(dp);
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	pk_diag(r->diag, PK_E_NOMEM, 0, NULL);
	return -1;
}

/*
 * JIT is an optimisation (where it is unavailable, PCRE2 matches
 * without) and costs more than matching for a profile that is not
 * used: a third of a run went to compiling the profiles that lost.
 * Compiling a pattern twice is a no-op in PCRE2.
 */
void
pk_profile_jit_signals(const struct pk_profile *p)
{
	size_t	 i;

	for (i = 0; i < p->nsignals; i++)
		jit(p->signals[i].re);
}

/*
 * The patterns loading deferred, compiled: those that do are taken off
 * the list, so that a failure leaves only the rest to try again.
 */
static int
compile_pending(struct pk_profile *p, struct pk_diag *d)
{
	size_t	 i, done;
	int	 rc = 0;

	for (i = 0; i < p->npending; i++) {
		struct pk_pending *pd = &p->pending[i];

		if (fill(p, d, pd->slot, pd->index, pd->pattern, pd->path,
		    pd->line) == -1) {
			rc = -1;
			break;
		}
		free(pd->pattern);
		free(pd->path);
	}
	done = i;
	memmove(p->pending, p->pending + done,
	    (p->npending - done) * sizeof(*p->pending));
	p->npending -= done;
	if (p->npending == 0) {
		free(p->pending);
		p->pending = NULL;
	}
	return rc;
}

int
pk_profile_jit(const struct pk_profile *cp, struct pk_diag *d)
{
	/* Compiling is the one write to a profile its readers hold as
	 * const: what its file says, made ready before they read it. */
	struct pk_profile	*p = (struct pk_profile *)cp;
	size_t			 i;

	if (p->npending > 0 && compile_pending(p, d) == -1)
		return -1;
	/*
	 * Not the person rules: they are tried only on lists of
	 * participants and on the officers' paragraphs, and compiling
	 * them cost more than matching without (a third of the winning
	 * profile's JIT time, 1.5 ms, where the 79-page kf-79p.pdf's text
	 * then took 1.2 ms less in all; the same output, and no slower in
	 * all, on the corpus and fixture texts).  The line rules, tried
	 * on every line, are eight times faster compiled; but not those
	 * of the front, tried on its lines alone (tens, a few hundred),
	 * at a line's start: the interpreter answers those in a few
	 * steps, and their machine code (the dates and times in most) was
	 * a third of the winner's (2.2 of 5.9 ms on kf-79p.pdf).  The
	 * 1,071 paged texts of devset, corpus, fixtures and held-out sets
	 * took 17% less CPU, one pk-segment each (user 13.6 -> 11.2 s),
	 * with the same output; pk-batch, which compiles them once for
	 * many documents, is no slower (50 devset DOCX, -j 1).
	 */
	for (i = 0; i < p->nrules; i++)
		if (p->rules[i].scope != PK_SCOPE_FRONT)
			jit(p->rules[i].re);
	for (i = 0; i < p->nmaps; i++)
		jit(p->maps[i].re);
	for (i = 0; i < p->nofficers; i++)
		jit(p->officers[i].re);
	for (i = 0; i < p->nfurniture; i++)
		jit(p->furniture[i].re);
	return 0;
}

const struct pk_profile *
pk_rules_find(const struct pk_rules *r, const char *name)
{
	size_t	 i;

	for (i = 0; i < r->nprofiles; i++)
		if (strcmp(r->profiles[i].name, name) == 0)
			return &r->profiles[i];
	return NULL;
}

void
pk_rules_free(struct pk_rules *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nprofiles; i++)
		profile_free(&r->profiles[i]);
	free(r->profiles);
	free(r);
}
