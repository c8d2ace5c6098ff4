/*
 * Matching text with a profile's patterns: the matcher, subjects plain
 * or marked, and what the other stages ask of a profile's rules.
 */
#include <stdlib.h>
#include <string.h>

#include "matchmemo.h"
#include "plain.h"
#include "rules.h"

const char *
pk_profile_map(const struct pk_profile *p, struct pk_matcher *m,
    enum pk_field f, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < p->nmaps; i++)
		if (p->maps[i].field == f &&
		    pk_match(m, p->maps[i].re, s, len, 0) > 0)
			return p->maps[i].token;
	return NULL;
}

struct pk_matcher {
	pcre2_match_data	*md;
	pcre2_match_context	*mc;
	pcre2_jit_stack		*jit;
	struct pk_plain		 plain;	/* of the last subject matched plain */
	struct pk_match_memo	*memo;	/* misses of short subjects */
	int			 limit_hit;	/* a match ran into a limit */
};

struct pk_matcher *
pk_matcher_new(unsigned max_groups, unsigned long limit)
{
	struct pk_matcher *m;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	m->md = pcre2_match_data_create(max_groups ? max_groups : 1, NULL);
	m->mc = pcre2_match_context_create(NULL);
	m->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	m->memo = pk_match_memo_new();
	if (m->md == NULL || m->mc == NULL || m->jit == NULL ||
	    m->memo == NULL) {
		pk_matcher_free(m);
		return NULL;
	}
	pcre2_set_match_limit(m->mc, (uint32_t)limit);
	pcre2_jit_stack_assign(m->mc, NULL, m->jit);
	return m;
}

/* The match itself, remembering nothing. */
static int
match_once(struct pk_matcher *m, const pcre2_code *re, const char *subject,
    size_t len, size_t start)
{
	int	 rc;

	/* Subjects are checked UTF-8 (text.c): no check on every match. */
	rc = pcre2_match(re, (PCRE2_SPTR)subject, len, start,
	    PCRE2_NO_UTF_CHECK, m->md, m->mc);
	if (rc > 0)
		return rc;
	if (rc == 0)
		return 1;	/* ovector too small; cannot happen: sized */
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		m->limit_hit = 1;
	return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}

int
pk_match(struct pk_matcher *m, const pcre2_code *re, const char *subject,
    size_t len, size_t start)
{
	struct pk_memo_ref	 ref = { 0, 0 };
	int			 rc;

	if (start == 0) {
		ref = pk_match_memo_text(m->memo, subject, len);
		if (pk_match_memo_missed(m->memo, ref, re, 0))
			return 0;
	}
	if ((rc = match_once(m, re, subject, len, start)) == 0 && start == 0)
		pk_match_memo_miss(m->memo, ref, re, 0);
	return rc;
}

int
pk_match_plain(struct pk_matcher *m, const pcre2_code *re,
    const char *subject, size_t len, size_t start)
{
	struct pk_memo_ref	 ref = { 0, 0 };
	PCRE2_SIZE		*ov;
	uint32_t		 i, n;
	long			 a, b;
	int			 rc;

	if (start == 0) {
		ref = pk_match_memo_text(m->memo, subject, len);
		if (pk_match_memo_missed(m->memo, ref, re, 1))
			return 0;
	}
	if (pk_plain_set(&m->plain, subject, len) == -1)
		return -1;
	rc = match_once(m, re, m->plain.s, m->plain.len,
	    pk_plain_from_raw(&m->plain, start));
	if (rc == 0 && start == 0)
		pk_match_memo_miss(m->memo, ref, re, 1);
	if (rc <= 0)
		return rc;
	/* Offsets of the marked subject: callers never see the plain one. */
	ov = pcre2_get_ovector_pointer(m->md);
	n = pcre2_get_ovector_count(m->md);
	for (i = 0; i < n; i++) {
		/* Pairs past the last set group hold no offsets to map. */
		if (i >= (uint32_t)rc)
			ov[2 * i] = ov[2 * i + 1] = PCRE2_UNSET;
		if (ov[2 * i] == PCRE2_UNSET)
			continue;
		pk_plain_to_raw(&m->plain, (long)ov[2 * i],
		    (long)ov[2 * i + 1], &a, &b);
		ov[2 * i] = (PCRE2_SIZE)a;
		ov[2 * i + 1] = (PCRE2_SIZE)b;
	}
	return rc;
}

int
pk_match_as(struct pk_matcher *m, const pcre2_code *re, int marked,
    const char *subject, size_t len, size_t start)
{
	return marked ? pk_match(m, re, subject, len, start) :
	    pk_match_plain(m, re, subject, len, start);
}

void
pk_match_group(const struct pk_matcher *m, unsigned n, long *start,
    long *end)
{
	PCRE2_SIZE	*ov = pcre2_get_ovector_pointer(m->md);

	if (n >= pcre2_get_ovector_count(m->md) ||
	    ov[2 * n] == PCRE2_UNSET) {
		*start = *end = -1;
		return;
	}
	*start = (long)ov[2 * n];
	*end = (long)ov[2 * n + 1];
}

void
pk_matcher_free(struct pk_matcher *m)
{
	if (m == NULL)
		return;
	pcre2_match_data_free(m->md);
	pcre2_match_context_free(m->mc);
	pk_match_memo_free(m->memo);
	pcre2_jit_stack_free(m->jit);
	pk_plain_free(&m->plain);
	free(m);
}

int
pk_rules_match_kind_read(const struct pk_profile *p, struct pk_matcher *m,
    enum pk_scope sc, enum pk_kind k, int ocr, const char *s, size_t len)
{
	size_t	 i;
	int	 rc;

	for (i = 0; i < p->nrules; i++) {
		const struct pk_rule *rule = &p->rules[i];

		if (rule->scope != sc || rule->kind != k || rule->block ||
		    rule->head || rule->unnumbered || (rule->ocr && !ocr))
			continue;
		if ((rc = pk_match_as(m, rule->re, rule->marked, s, len,
		    0)) != 0)
			return rc > 0 ? 1 : -1;
	}
	return 0;
}

int
pk_rules_match_kind(const struct pk_profile *p, struct pk_matcher *m,
    enum pk_scope sc, enum pk_kind k, const char *s, size_t len)
{
	return pk_rules_match_kind_read(p, m, sc, k, 1, s, len);
}

int
pk_rules_label_alone(const struct pk_profile *p, struct pk_matcher *m,
    enum pk_kind k, const char *s, size_t len)
{
	size_t	 i;
	unsigned g;
	long	 a, b;
	int	 rc, text;

	for (i = 0; i < p->nrules; i++) {
		const struct pk_rule *r = &p->rules[i];

		if (r->scope != PK_SCOPE_ITEM || r->kind != k || r->block ||
		    r->head || r->unnumbered)
			continue;
		if ((rc = pk_match_as(m, r->re, r->marked, s, len, 0)) == -1)
			return -1;
		if (rc == 0)
			continue;
		for (g = 1, text = 0; g < r->ngroups && !text; g++)
			if (r->group_field[g] == PK_F_TEXT) {
				pk_match_group(m, g, &a, &b);
				text = a >= 0 && b > a;
			}
		if (!text)
			return 1;
	}
	return 0;
}

int
pk_rules_starts_item(const struct pk_profile *p, struct pk_matcher *m,
    const char *s, size_t len)
{
	size_t	 i;
	int	 rc;

	for (i = 0; i < p->nrules; i++) {
		if (p->rules[i].scope != PK_SCOPE_ANY ||
		    p->rules[i].kind != PK_KIND_ITEM ||
		    p->rules[i].unnumbered)
			continue;
		if ((rc = pk_match_as(m, p->rules[i].re, p->rules[i].marked,
		    s, len, 0)) != 0)
			return rc > 0 ? 1 : -1;
	}
	return 0;
}

int
pk_matcher_limit_hit(const struct pk_matcher *m)
{
	return m != NULL && m->limit_hit;
}
