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
	const char		*soname;	/* "libzip.so.4" */
	const char *const	*names;		/* the functions, in order */
	void			*table;		/* a pointer each, in order */
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

/*
 * PK_LAZYLIB(var, soname, package, FUNCS), where FUNCS(X) is a list
 * X(f) X(g) ... of the library's functions, declares struct var, with a
 * member of f's own pointer type for each (var.f(...)), and
 * var_lib, which pk_lazylib_load fills it through.
 */
#define PK_LAZY_POINTER(f)	__typeof__(f) *f;
#define PK_LAZY_NAME(f)		#f,
#define PK_LAZYLIB(var, soname, package, FUNCS)				\
	static struct { FUNCS(PK_LAZY_POINTER) } var;			\
	static const char *const var##_names[] = { FUNCS(PK_LAZY_NAME) }; \
	_Static_assert(sizeof(var) == sizeof(var##_names) /		\
	    sizeof(var##_names[0]) * sizeof(void *), "one pointer a name"); \
	static struct pk_lazylib var##_lib = { soname, var##_names, &var, \
	    sizeof(var##_names) / sizeof(var##_names[0]), package, 0, "" }

#endif
