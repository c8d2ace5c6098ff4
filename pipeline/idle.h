/* Work a filter does while the program before it in a pipe is still at work. */
#ifndef PK_IDLE_H
#define PK_IDLE_H

#include <stddef.h>

/*
 * In `pk-extract F | pk-segment | ...` every program starts at once
 * and each waits for the one before it: what a program does before its
 * input is there costs the pipe nothing, what it does after is on the
 * pipe's time.  Work that does not need the input, and that it may
 * need (the machine code of a profile that may win, heap pages), is
 * done in steps while the input is not there yet.
 */

/*
 * Whether path ("-" or NULL: standard input) has nothing to read yet: a
 * pipe or terminal whose writer has not written.  A file, and a
 * descriptor that cannot be asked, is ready.
 */
int	pk_idle_waiting(const char *path);

/*
 * Call step(arg) while path is waiting, until step returns 0 (nothing
 * left to do).  Each step is short: the input is read one step after it
 * came at the latest.
 */
void	pk_idle_run(const char *path, int (*step)(void *), void *arg);

/* Heap mapped ahead: want megabytes, done of them so far. */
struct pk_idle_heap {
	size_t	 want;
	size_t	 done;
};

/*
 * A step (for pk_idle_run, arg a struct pk_idle_heap) that has the
 * kernel map one more megabyte of the heap and keeps it in malloc's
 * free list: the pages a large document's tree is built in are then
 * faulted in before it comes (a fifth of pk-segment's time went to
 * page faults).  Needs glibc's mallopt, else does nothing.
 */
int	pk_idle_heap_step(void *heap);

/*
 * The megabytes of heap the filters map while they wait: on a 79-page
 * document each of them used all of 4 (the page faults of the whole run
 * did not grow), of 8 pk-validate left half unused.
 */
#define PK_IDLE_HEAP_MIB	4

#endif
