/*
 * Work done while the input is not there yet (idle.h, issue 15): when a
 * filter waits and when it does not, that the steps stop when the input
 * comes, and that what pk-segment does ahead (the language detector,
 * the profiles' machine code, heap) changes nothing it writes.
 */
#include <fcntl.h>

#include "helpers.h"
#include "../../pipeline/choice.h"
#include "../../pipeline/idle.h"
#include "../../pipeline/xmlout.h"

/* Standard input made the read end of a new pipe; its write end. */
static int
stdin_pipe(void)
{
	int	 p[2];

	cr_assert_eq(pipe(p), 0);
	cr_assert_eq(dup2(p[0], STDIN_FILENO), STDIN_FILENO);
	close(p[0]);
	return p[1];
}

Test(idle, an_empty_pipe_is_waited_for_until_written)
{
	int	 w = stdin_pipe();

	cr_expect_eq(pk_idle_waiting("-"), 1);
	cr_expect_eq(pk_idle_waiting(NULL), 1);
	cr_assert_eq(write(w, "-", 1), 1);
	cr_expect_eq(pk_idle_waiting("-"), 0);
	close(w);
}

Test(idle, the_end_of_the_input_is_not_waited_for)
{
	close(stdin_pipe());
	cr_expect_eq(pk_idle_waiting("-"), 0);
}

Test(idle, a_file_is_never_waited_for)
{
	int	 w = stdin_pipe();

	/* Standard input is not what is read: a file is there at once. */
	cr_expect_eq(pk_idle_waiting(SRC("fixtures/minimal.txt")), 0);
	close(w);
}

/* A step that counts its calls and, at the call numbered *arrive, has
 * the input come (writes to the pipe). */
struct counting {
	int	 calls;
	int	 arrive;	/* 0: never */
	int	 last;		/* the call after which nothing is left */
	int	 w;
};

static int
count_step(void *arg)
{
	struct counting	*c = arg;

	c->calls++;
	if (c->calls == c->arrive)
		cr_assert_eq(write(c->w, "-", 1), 1);
	return c->calls < c->last;
}

Test(idle, the_steps_stop_when_the_input_comes)
{
	struct counting	 c = { 0, 3, 1000, stdin_pipe() };

	pk_idle_run("-", count_step, &c);
	cr_expect_eq(c.calls, 3);
	close(c.w);
}

Test(idle, the_steps_stop_when_nothing_is_left)
{
	struct counting	 c = { 0, 0, 5, stdin_pipe() };

	pk_idle_run("-", count_step, &c);
	cr_expect_eq(c.calls, 5);
	close(c.w);
}

Test(idle, no_step_is_taken_for_a_file)
{
	struct counting	 c = { 0, 0, 5, stdin_pipe() };

	pk_idle_run(SRC("fixtures/minimal.txt"), count_step, &c);
	cr_expect_eq(c.calls, 0);
	close(c.w);
}

Test(idle, heap_is_mapped_a_megabyte_a_step_up_to_what_is_wanted)
{
	struct pk_idle_heap	 h = { 3, 0 };
	char			*p;

	cr_expect_eq(pk_idle_heap_step(&h), 1);
	cr_expect_eq(pk_idle_heap_step(&h), 1);
	cr_expect_eq(pk_idle_heap_step(&h), 0);
	cr_expect_eq(h.done, 3);
	cr_expect_eq(pk_idle_heap_step(&h), 0);
	cr_expect_eq(h.done, 3);
	/* And malloc goes on as before. */
	p = malloc((size_t)5 << 20);
	cr_assert_not_null(p);
	memset(p, 'x', (size_t)5 << 20);
	free(p);
}

/* The minutes XML of the text at path, with the profile named (NULL:
 * chosen), after the work ahead was done (ahead) or not. */
static char *
segmented(const char *path, const char *profile, int ahead)
{
	struct pk_diag		 d;
	struct pk_rules		*rules;
	struct pk_segment	*seg;
	struct pk_choice_ahead	 a;
	struct pk_text		 t;
	struct pk_source	 src = { "x.txt", NULL };
	struct pk_buf		 out = { 0 };
	xmlDocPtr		 doc = NULL;
	char			*data;
	size_t			 len, i, steps = 0;

	pk_diag_init(&d, "test", stderr);
	d.quiet_warnings = 1;
	cr_assert_not_null(data = slurp(path, &len), "cannot read %s", path);
	cr_assert_not_null(rules = pk_rules_new(&d));
	cr_assert_eq(pk_rules_load_dir(rules, SRC("rules")), 0);
	if (ahead) {
		memset(&a, 0, sizeof(a));
		a.rules = rules;
		a.only = profile != NULL ? pk_rules_find(rules, profile) :
		    NULL;
		a.heap.want = 2;
		while (pk_choice_ahead_step(&a))
			cr_assert_lt(++steps, 100, "the steps do not end");
		cr_expect_eq(a.heap.done, 2);
		/* Each profile scored has its signals' machine code;
		 * with -p, that profile alone, and all of it but the
		 * front's rules (pk_profile_jit). */
		for (i = 0; i < rules->nprofiles; i++) {
			const struct pk_profile *p = &rules->profiles[i];
			size_t jit = 0, r;

			pcre2_pattern_info(p->signals[0].re,
			    PCRE2_INFO_JITSIZE, &jit);
			cr_expect_eq(jit > 0, a.only == NULL || a.only == p,
			    "%s: signals", p->name);
			for (r = 0; a.only == p && r < p->nrules; r++) {
				jit = 0;
				pcre2_pattern_info(p->rules[r].re,
				    PCRE2_INFO_JITSIZE, &jit);
				cr_expect_eq(jit > 0,
				    p->rules[r].scope != PK_SCOPE_FRONT,
				    "%s: rule %zu", p->name, r);
			}
		}
	}
	cr_assert_not_null(seg = pk_segment_new(rules, profile,
	    PK_RULES_MATCH_LIMIT, &d));
	cr_assert_eq(pk_text_parse(data, len, PK_TEXT_MAX_LINE, &t, &d), 0);
	cr_assert_eq(pk_segment_run(seg, &t, &src, &doc), 0, "%s", path);
	cr_assert_eq(pk_xml_write(doc, &out), 0);
	cr_assert_eq(pk_buf_putc(&out, '\0'), 0);
	xmlFreeDoc(doc);
	pk_text_free(&t);
	pk_segment_free(seg);
	pk_rules_free(rules);
	free(data);
	return out.data;
}

Test(idle, segmenting_after_the_work_ahead_writes_the_same)
{
	static const struct {
		const char	*text;
		const char	*profile;
	} cases[] = {
		{ "fixtures/minimal.txt", NULL },
		{ "fixtures/kf-narvarolista.txt", NULL },
		{ "fixtures/da-generalforsamling.txt", NULL },
		{ "fixtures/de-gemeinderat.txt", NULL },
		{ "fixtures/council-en.txt", "en-council" },
	};
	char	 path[1024];
	size_t	 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *plain, *ahead;

		snprintf(path, sizeof(path), "%s/%s", PK_SRCDIR,
		    cases[i].text);
		plain = segmented(path, cases[i].profile, 0);
		ahead = segmented(path, cases[i].profile, 1);

		cr_expect_str_eq(ahead, plain, "%s", cases[i].text);
		free(plain);
		free(ahead);
	}
}
