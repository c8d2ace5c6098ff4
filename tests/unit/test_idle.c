/*
 * Work done while the input is not there yet (idle.h, issue 15): when a
 * filter waits and when it does not, that the steps stop when the input
 * comes, and the heap mapped ahead.
 */
#include <fcntl.h>

#include "helpers.h"
#include "../../pipeline/idle.h"

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
