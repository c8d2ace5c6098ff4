/* How the programs ask the kernel for their heap: in large pages. */
#ifndef PK_HEAP_H
#define PK_HEAP_H

/*
 * A run of pk-segment, pk-validate or pk-transform builds a tree of
 * some megabytes and is gone; each 4 KB page of it cost a page fault,
 * on a virtual machine up to 20 us (kf-79p.pdf: 1,250 faults, half of
 * pk-validate's CPU time; docs/benchmarks.md).  So malloc's heap grows
 * in steps of PK_HEAP_PAD_MIB, kept rather than given back, and the
 * kernel is asked for transparent huge pages there (madvise: a hint,
 * where the kernel has them on "madvise" or "always"), 2 MB a
 * fault.  Call first thing in main, before the heap has grown.
 * With glibc only; elsewhere (and under AddressSanitizer, whose malloc
 * this is not) it does nothing.  Idempotent.
 */
void	pk_heap_init(void);

/*
 * The same for the heap of the thread that calls it (glibc gives a
 * second thread an arena of its own): call first thing in the thread.
 */
void	pk_heap_thread(void);

#define PK_HEAP_PAD_MIB	32

#endif
