/* Shared libraries loaded when first needed, not at every start. */
#ifndef PK_LAZYLIB_H
#define PK_LAZYLIB_H

#include <stddef.h>

/*
 * A library and the functions taken from it.  Every program run pays
 * for each library it is linked with (mapping, and the symbol lookups
 * of libraries built with BIND_NOW: libzip brings libcrypto, 3,400 of
 * them); one that only some documents need is loaded by the first.
 */
struct pk_lazylib {
	const char		*soname;	/* "libzip.so.5" */
	const char *const	*names;		/* the functions, in order */
	void			**ptrs;		/* where each goes */
	size_t			 n;
	const char		*package;	/* Debian's, for the message */
	int			 state;		/* 0 not tried, 1 loaded, -1 */
	char			 err[192];
};

/*
 * Load lib once (the first caller loads it; callers on other threads
 * must be serialised by the caller).  Returns 0, or -1 with lib->err.
 */
int	pk_lazylib_load(struct pk_lazylib *lib);

#endif
