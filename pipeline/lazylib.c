/* Loading a shared library and its functions on first use, with dlopen. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "lazylib.h"

int
pk_lazylib_load(struct pk_lazylib *lib)
{
	void	*h;
	size_t	 i;

	if (lib->state != 0)
		return lib->state == 1 ? 0 : -1;
	lib->state = -1;
	if ((h = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		snprintf(lib->err, sizeof(lib->err), "cannot load %s "
		    "(install %s)", lib->soname, lib->package);
		return -1;
	}
	for (i = 0; i < lib->n; i++) {
		void *f = dlsym(h, lib->names[i]);

		if (f == NULL) {
			snprintf(lib->err, sizeof(lib->err), "%s lacks %s",
			    lib->soname, lib->names[i]);
			dlclose(h);
			return -1;
		}
		/* POSIX: a function's address converts to and from void *. */
		memcpy((char *)lib->table + i * sizeof(f), &f, sizeof(f));
	}
	lib->state = 1;
	return 0;
}
