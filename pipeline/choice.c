/*
 * The choice of a profile.  The language of the text decides which
 * profiles compete: a Swedish profile's signals ("§ 12", "Justering")
 * can outscore a German document's own profile on layout alone, so a
 * profile written for another language than the document's takes part
 * only when none is written for its language (and then with a warning),
 * or when the guess of the language is unsure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "choice.h"

/* A line of how the profile was chosen, if one is asked for. */
#define explain(out, ...) do {						\
	if ((out) != NULL)						\
		(void)pk_buf_printf((out), __VA_ARGS__);		\
} while (0)

int
pk_profile_score(const struct pk_profile *p, unsigned long match_limit,
    const struct pk_text *t)
{
	struct pk_matcher	*m;
	size_t			 i, j, nlines, left = p->nsignals;
	unsigned char		*hit;
	int			 score = 0;

	if ((m = pk_matcher_new(p->max_groups, match_limit)) == NULL)
		return 0;
	if ((hit = calloc(p->nsignals + 1, 1)) == NULL) {
		pk_matcher_free(m);
		return 0;
	}
	pk_profile_jit_signals(p);
	/*
	 * What kind of minutes they are shows in the first pages.  Line by
	 * line, each signal until it is found: the line's plain text is
	 * made once for all of them (signal by signal, it was made again
	 * for each).
	 */
	nlines = t->nlines < PK_SCORE_LINES ? t->nlines : PK_SCORE_LINES;
	for (j = 0; j < nlines && left > 0; j++)
		for (i = 0; i < p->nsignals; i++) {
			if (hit[i] || pk_match_plain(m, p->signals[i].re,
			    t->lines[j].s, t->lines[j].len, 0) <= 0)
				continue;
			hit[i] = 1;
			left--;
			score += p->signals[i].weight;
		}
	free(hit);
	pk_matcher_free(m);
	return score;
}

int
pk_choice_ahead_step(void *arg)
{
	struct pk_choice_ahead	*a = arg;
	size_t			 k = a->step++;

	if (k == 0) {
		pk_langid_load();
		return 1;
	}
	if (a->only != NULL && k == 1) {
		pk_profile_jit_signals(a->only);
		/* A pattern that does not compile is said when used. */
		(void)pk_profile_jit(a->only, NULL);
		return 1;
	}
	if (a->only == NULL && k - 1 < a->rules->nprofiles) {
		pk_profile_jit_signals(&a->rules->profiles[k - 1]);
		return 1;
	}
	return pk_idle_heap_step(&a->heap);
}

/* The primary language subtag of tag, with bokmål and nynorsk as one. */
static size_t
primary(const char *tag, const char **out)
{
	size_t	 n = strcspn(tag, "-");

	if ((n == 2 && (strncmp(tag, "nb", 2) == 0 ||
	    strncmp(tag, "nn", 2) == 0)) || strcmp(tag, "no") == 0) {
		*out = "no";
		return 2;
	}
	*out = tag;
	return n;
}

int
pk_profile_fits_lang(const struct pk_profile *p, const char *tag)
{
	const char	*a, *b;
	size_t		 na, nb;

	if (p->lang == NULL || tag == NULL || strcmp(tag, "und") == 0)
		return 1;
	na = primary(p->lang, &a);
	nb = primary(tag, &b);
	return na == nb && strncmp(a, b, na) == 0;
}

/* Whether any profile is written for the language of the text. */
static int
any_in_lang(const struct pk_rules *rs, const char *tag)
{
	size_t	 i;

	for (i = 0; i < rs->nprofiles; i++)
		if (rs->profiles[i].lang != NULL &&
		    pk_profile_fits_lang(&rs->profiles[i], tag))
			return 1;
	return 0;
}

/*
 * The best profile written for another language than tag's, and its
 * score in *score; NULL when there is none.
 */
static const struct pk_profile *
best_of_others(const struct pk_rules *rs, const char *tag,
    unsigned long match_limit, const struct pk_text *t, struct pk_buf *ex,
    int *score)
{
	const struct pk_profile	*best = NULL;
	size_t			 i;
	int			 s;

	for (i = 0; i < rs->nprofiles; i++) {
		const struct pk_profile *p = &rs->profiles[i];

		if (pk_profile_fits_lang(p, tag))
			continue;
		s = pk_profile_score(p, match_limit, t);
		explain(ex, "profile\t%s\tscore %d\t%s\n", p->name, s, p->path);
		if (best == NULL || s > *score) {
			best = p;
			*score = s;
		}
	}
	return best;
}

int
pk_choose_profile(const struct pk_rules *rs, const char *name,
    unsigned long match_limit, const struct pk_text *t,
    struct pk_buf *ex, struct pk_diag *d, struct pk_choice *out)
{
	const struct pk_profile	*other;
	const char		*tag;
	size_t			 i;
	int			 s = 0, by_lang;

	memset(out, 0, sizeof(*out));
	if (pk_langid_text(t, &out->lang) == -1) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	explain(ex, "language\t%s\t%d%%%s\n", out->lang.tag, out->lang.percent,
	    out->lang.reliable ? "" : "\tnot reliable");
	if (name != NULL) {
		if ((out->profile = pk_rules_find(rs, name)) == NULL) {
			pk_diag(d, PK_E_PROFILE_UNKNOWN, 0, "%s", name);
			return -1;
		}
		out->score = pk_profile_score(out->profile, match_limit, t);
		explain(ex, "profile\t%s\tscore %d\t%s\nchosen\t%s (-p)\n",
		    name, out->score, out->profile->path, name);
		return 0;
	}
	/*
	 * A guess on too little text does not shut profiles out, nor does
	 * one that leaves much of the text to other languages: names of
	 * people are words of none ("Councillor Åsa Öberg" in every row of
	 * an English council's list is read as Swedish).
	 */
	tag = out->lang.reliable && out->lang.percent >= PK_LANGID_SURE ?
	    out->lang.tag : "und";
	by_lang = any_in_lang(rs, tag);
	if (!by_lang && strcmp(tag, "und") != 0)
		pk_diag(d, PK_W_NO_LANG_PROFILE, 0, "the text is in %s; "
		    "profiles of other languages compete", tag);
	for (i = 0; i < rs->nprofiles; i++) {
		const struct pk_profile *p = &rs->profiles[i];

		if (by_lang && !pk_profile_fits_lang(p, tag)) {
			explain(ex, "profile\t%s\tnot %s\t%s\n", p->name, tag,
			    p->path);
			continue;
		}
		s = pk_profile_score(p, match_limit, t);
		explain(ex, "profile\t%s\tscore %d\t%s\n", p->name, s, p->path);
		if (out->profile == NULL || s > out->score) {
			out->profile = p;
			out->score = s;
		}
	}
	if (out->profile == NULL) {
		pk_diag(d, PK_E_RULES_NONE, 0, NULL);
		return -1;
	}
	/*
	 * None of the language's profiles fits: the guess may be wrong
	 * where names and one repeated word make much of the text ("Enhet"
	 * in every row of a Swedish table reads as Norwegian).  The other
	 * languages' profiles compete then, and one that fits, and fits
	 * better, is chosen and gives the text its language.
	 */
	if (by_lang && out->score < PK_SEGMENT_FITS_WELL)
		explain(ex, "language\t%s\tnone of its profiles fits: all "
		    "compete\n", tag);
	if (by_lang && out->score < PK_SEGMENT_FITS_WELL &&
	    (other = best_of_others(rs, tag, match_limit, t, ex, &s)) !=
	    NULL && s >= PK_SEGMENT_FITS_WELL && s > out->score) {
		pk_diag(d, PK_W_NO_LANG_PROFILE, 0, "the text reads as %s, "
		    "and none of its profiles fits; %s scores %d", tag,
		    other->name, s);
		out->profile = other;
		out->score = s;
		if (other->lang != NULL) {
			snprintf(out->lang.tag, sizeof(out->lang.tag), "%s",
			    other->lang);
			explain(ex, "language\t%s\tof the profile\n",
			    out->lang.tag);
		}
	}
	/* A profile chosen over an unsure guess says the language. */
	if (out->lang.reliable && out->lang.percent < PK_LANGID_SURE &&
	    out->profile->lang != NULL &&
	    !pk_profile_fits_lang(out->profile, out->lang.tag)) {
		snprintf(out->lang.tag, sizeof(out->lang.tag), "%s",
		    out->profile->lang);
		explain(ex, "language\t%s\tof the profile\n", out->lang.tag);
	}
	explain(ex, "chosen\t%s\n", out->profile->name);
	/* The words of its language alone (a signal of 1) are no fit. */
	if (out->score < PK_SEGMENT_FITS_WELL)
		pk_diag(d, PK_W_LOW_SCORE, 0, "best is %s, score %d; choose "
		    "one with -p or add a profile", out->profile->name,
		    out->score);
	return 0;
}
