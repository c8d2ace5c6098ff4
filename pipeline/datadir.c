/* Locating the data directories: environment, source tree, install. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"

#ifndef PK_DATADIR
#define PK_DATADIR "/usr/local/share/protokoll"
#endif

static int
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static int
put(char *out, size_t size, const char *dir, const char *sub)
{
	int n = snprintf(out, size, "%s/%s", dir, sub);

	return n < 0 || (size_t)n >= size ? -1 : 0;
}

int
pk_datadir(const char *argv0, const char *sub, char *out, size_t size)
{
	const char	*env;
	char		 self[PATH_MAX], *slash;
	ssize_t		 len;

	if ((env = getenv("PROTOKOLL_DATADIR")) != NULL && *env != '\0')
		return put(out, size, env, sub);

	/* The source tree: programs are built in build/ (or build-san/). */
	len = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (len > 0) {
		self[len] = '\0';
	} else if (argv0 != NULL && strchr(argv0, '/') != NULL &&
	    realpath(argv0, self) != NULL) {
		/* realpath filled self */
	} else
		self[0] = '\0';
	if ((slash = strrchr(self, '/')) != NULL) {
		*slash = '\0';
		if ((slash = strrchr(self, '/')) != NULL &&
		    strncmp(slash, "/build", 6) == 0) {
			*slash = '\0';
			if (put(out, size, self, sub) == 0 && exists(out))
				return 0;
		}
	}
	return put(out, size, PK_DATADIR, sub);
}
