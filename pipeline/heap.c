/* The programs' heap in large pages (see heap.h). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "heap.h"

#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && \
    !defined(__SANITIZE_ADDRESS__)
#define HEAP_GLIBC	1
#else
#define HEAP_GLIBC	0
#endif

#if HEAP_GLIBC
#define HUGE_PAGE	((uintptr_t)2 << 20)
#define SMALL_PAGE	((uintptr_t)4096)
/* glibc maps a thread's arena aligned to its largest size, 64 MB
 * (HEAP_MAX_SIZE on 64-bit systems). */
#define ARENA_ALIGN	((uintptr_t)64 << 20)
/* Arenas whose head is held; glibc makes at most eight a core. */
#define MAX_ARENAS	256

extern char	 end;	/* the program's data ends; brk's heap is after */

static pthread_mutex_t	 arenas_lock = PTHREAD_MUTEX_INITIALIZER;
static uintptr_t	 arenas[MAX_ARENAS];	/* 0: the main arena */
static void		*held[MAX_ARENAS];	/* each one's head */
static size_t		 narenas;

static uintptr_t
huge_above(uintptr_t at)
{
	return (at + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
}

/*
 * The arena whose free top begins about at lo, up to the next huge
 * page's boundary, held by a block never used (of its pages only the
 * first and the last are touched): else the tree began there, up to
 * 2 MB (512 faults) in small pages.  A page short of the boundary, so
 * that the top's new header is not written on a page that would then
 * be a small one.  At least 256 KB: in the main arena, taking it grows
 * the heap by the pad.  The block is kept for the run (freed, the tree
 * would begin there again).
 */
static void *
hold_head(uintptr_t lo)
{
	size_t	 gap = huge_above(lo) - lo;

	if (gap < (256 << 10))
		gap += HUGE_PAGE;
	return malloc(gap - SMALL_PAGE);
}

static void
advise(uintptr_t lo, uintptr_t hi)
{
	lo = huge_above(lo);
	hi &= ~(HUGE_PAGE - 1);
	/* A hint: where the kernel has no huge pages, nothing changes. */
	if (hi > lo)
		(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
}

/*
 * Whether the arena at base, whose free top begins about at lo, was
 * new: its head is then held (a later thread may be given the arena
 * again, and finds it held).
 */
static int
held_now(uintptr_t base, uintptr_t lo)
{
	size_t	 i;
	int	 fresh = 0;

	pthread_mutex_lock(&arenas_lock);
	for (i = 0; i < narenas && arenas[i] != base; i++)
		continue;
	if (i == narenas && narenas < MAX_ARENAS &&
	    (held[i] = hold_head(lo)) != NULL) {
		arenas[narenas++] = base;
		fresh = 1;
	}
	pthread_mutex_unlock(&arenas_lock);
	return fresh;
}
#endif

void
pk_heap_init(void)
{
#if HEAP_GLIBC
	static int	 done;
	uintptr_t	 lo;

	if (done)
		return;
	done = 1;
	/*
	 * Blocks up to 64 MB from the heap, not mmap; the heap's free top
	 * kept, else its pages went back to the kernel on free and were
	 * faulted in again; and grown in steps large enough to hold huge
	 * pages (a thread's arena is made that large at once too).
	 */
	mallopt(M_MMAP_THRESHOLD, 64 << 20);
	mallopt(M_TRIM_THRESHOLD, 128 << 20);
	mallopt(M_TOP_PAD, PK_HEAP_PAD_MIB << 20);
	lo = (uintptr_t)sbrk(0);
	/* Its end is known once the head grew it. */
	if (held_now(0, lo))
		advise(lo, (uintptr_t)sbrk(0));
#endif
}

void
pk_heap_thread(void)
{
#if HEAP_GLIBC
	uintptr_t	 at, base;
	void		*p;

	if ((p = malloc(1)) == NULL)
		return;
	at = (uintptr_t)p;
	base = at & ~(ARENA_ALIGN - 1);
	/* Not the main arena (brk's, pk_heap_init's). */
	if ((at < (uintptr_t)&end || at >= (uintptr_t)sbrk(0)) &&
	    held_now(base, at))
		advise(at, base + ARENA_ALIGN);
	free(p);
#endif
}
