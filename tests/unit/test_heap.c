/*
 * The programs' heap in huge pages (heap.h, issue 15): the kernel is
 * asked for them where the tree is built, in the main arena and in a
 * second thread's, once; under AddressSanitizer, whose heap it is not,
 * nothing is asked.  What the kernel then gives is its own affair (it
 * may have none free): the tests read what was asked, the "hg" of the
 * mapping's VmFlags in /proc/self/smaps.
 */
#include <pthread.h>
#include <stdint.h>

#include "helpers.h"
#include "../../pipeline/heap.h"

/* Whether huge pages were asked for: where the kernel has them, and
 * the heap is malloc's (glibc's), not AddressSanitizer's. */
static int
asked_of_us(void)
{
#if defined(__SANITIZE_ADDRESS__)
	return 0;
#else
	return access("/sys/kernel/mm/transparent_hugepage/enabled", R_OK) ==
	    0;
#endif
}

/* The VmFlags line of the mapping holding at; NULL if none does. */
static char *
vm_flags(const void *at)
{
	FILE		*fp = fopen("/proc/self/smaps", "r");
	char		 line[512], *flags = NULL;
	uintptr_t	 lo, hi, a = (uintptr_t)at;
	int		 inside = 0;

	cr_assert_not_null(fp);
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (sscanf(line, "%" SCNxPTR "-%" SCNxPTR " ", &lo, &hi) == 2 &&
		    strchr(line, '-') < strchr(line, ' '))
			inside = a >= lo && a < hi;
		else if (inside && strncmp(line, "VmFlags:", 8) == 0) {
			flags = strdup(line);
			break;
		}
	}
	fclose(fp);
	return flags;
}

static int
advised(const void *at)
{
	char	*flags = vm_flags(at);
	int	 hg;

	cr_assert_not_null(flags, "no mapping holds %p", at);
	hg = strstr(flags, " hg") != NULL;
	free(flags);
	return hg;
}

Test(heap, a_tree_built_after_init_lies_where_huge_pages_were_asked_for)
{
	char	*block;

	pk_heap_init();
	cr_assert_not_null(block = malloc(1 << 20));
	memset(block, 'x', 1 << 20);
	/* Its middle: its first page may be the one below the boundary. */
	cr_expect_eq(advised(block + (512 << 10)), asked_of_us());
	free(block);
}

Test(heap, the_main_arena_is_made_ready_once)
{
	void	*brk_after;

	pk_heap_init();
	brk_after = sbrk(0);
	pk_heap_init();
	cr_expect_eq(sbrk(0), brk_after, "the heap grew again");
}

static void *
thread_block(void *arg)
{
	char	*block;

	(void)arg;
	pk_heap_thread();
	cr_assert_not_null(block = malloc(1 << 20));
	memset(block, 'y', 1 << 20);
	return block;
}

Test(heap, a_second_thread_builds_in_huge_pages_too)
{
	pthread_t	 tid;
	char		*block;

	pk_heap_init();
	cr_assert_eq(pthread_create(&tid, NULL, thread_block, NULL), 0);
	cr_assert_eq(pthread_join(tid, (void **)&block), 0);
	cr_expect_eq(advised(block + (512 << 10)), asked_of_us());
	free(block);
}

Test(heap, the_heap_still_serves_every_size)
{
	size_t	 sizes[] = { 1, 4096, (size_t)3 << 20, (size_t)80 << 20 };
	size_t	 i;
	char	*blocks[4];

	pk_heap_init();
	pk_heap_thread();
	for (i = 0; i < 4; i++) {
		cr_assert_not_null(blocks[i] = malloc(sizes[i]));
		memset(blocks[i], (int)i, sizes[i]);
	}
	for (i = 0; i < 4; i++) {
		cr_expect_eq(blocks[i][sizes[i] - 1], (char)i);
		free(blocks[i]);
	}
}
