/* Work a filter does while its input is not there yet (see idle.h). */
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "heap.h"
#include "idle.h"

int
pk_idle_waiting(const char *path)
{
	struct pollfd	 pfd = { STDIN_FILENO, POLLIN, 0 };

	if (path != NULL && strcmp(path, "-") != 0)
		return 0;
	/* POLLHUP (the writer is gone) and errors count as ready. */
	return poll(&pfd, 1, 0) == 0;
}

void
pk_idle_run(const char *path, int (*step)(void *), void *arg)
{
	while (pk_idle_waiting(path) && step(arg))
		continue;
}

int
pk_idle_heap_step(void *arg)
{
#ifdef __GLIBC__
	struct pk_idle_heap	*h = arg;
	size_t			 size, off;
	long			 pagesize = sysconf(_SC_PAGESIZE);
	char			*p;
	volatile char		*page;

	if (h->done >= h->want)
		return 0;
	/* Blocks from the heap, not mmap, and its free top kept: else
	 * the pages went back to the kernel on free. */
	if (h->done == 0)
		pk_heap_init();
	size = (h->done + 1) << 20;
	if ((p = malloc(size)) == NULL) {
		h->done = h->want;
		return 0;
	}
	/* Each page written once; those mapped before cost no fault. */
	/* (volatile: writes to a block about to be freed are otherwise
	 * dropped by the compiler.) */
	for (page = p, off = 0; off < size; off += (size_t)pagesize)
		page[off] = 0;
	free(p);
	return ++h->done < h->want;
#else
	(void)arg;
	return 0;
#endif
}
