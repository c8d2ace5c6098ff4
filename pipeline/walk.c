/* The documents of a batch, in a stable order so that runs compare. */
/* asprintf(3) */
#define _GNU_SOURCE
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "walk.h"

static int
push(struct pk_doclist *l, const char *path, const char *rel)
{
	struct pk_doc	*v;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;

		if ((v = realloc(l->v, cap * sizeof(*v))) == NULL)
			return -1;
		l->v = v;
		l->cap = cap;
	}
	memset(&l->v[l->n], 0, sizeof(l->v[l->n]));
	l->v[l->n].path = strdup(path);
	l->v[l->n].rel = strdup(rel);
	if (l->v[l->n].path == NULL || l->v[l->n].rel == NULL) {
		free(l->v[l->n].path);
		free(l->v[l->n].rel);
		return -1;
	}
	l->n++;
	return 0;
}

static int
wanted(const char *name)
{
	static const char *const ext[] = { ".pdf", ".docx", ".odt", ".txt",
	    ".tif", ".tiff", ".png", ".jpg", ".jpeg" };
	size_t	 n = strlen(name), e;

	if (name[0] == '.')
		return 0;
	for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		e = strlen(ext[i]);
		if (n > e && strcasecmp(name + n - e, ext[i]) == 0)
			return 1;
	}
	return 0;
}

static int
byname(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One directory, sorted, recursing into subdirectories (not links). */
static int
walk_dir(struct pk_doclist *l, const char *dir, const char *rel, int top,
    struct pk_diag *d)
{
	DIR		*dp;
	struct dirent	*de;
	struct stat	 st;
	char		**names = NULL, **nn, *path = NULL, *sub = NULL;
	size_t		 n = 0, cap = 0, i;
	int		 rc = -1;

	if ((dp = opendir(dir)) == NULL) {
		pk_diag_at(d, PK_E_READ, dir, 0, "%s", strerror(errno));
		/* Below the tree given: said, and the rest is walked. */
		if (!top && errno != ENOMEM) {
			l->nunreadable++;
			return 0;
		}
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..")
		    == 0)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			if ((nn = realloc(names, cap * sizeof(*nn))) == NULL)
				goto nomem;
			names = nn;
		}
		if ((names[n] = strdup(de->d_name)) == NULL)
			goto nomem;
		n++;
	}
	if (n > 0)
		qsort(names, n, sizeof(*names), byname);
	for (i = 0; i < n; i++) {
		free(path);
		free(sub);
		path = sub = NULL;
		if (asprintf(&path, "%s/%s", dir, names[i]) == -1 ||
		    asprintf(&sub, "%s%s%s", rel, *rel ? "/" : "", names[i])
		    == -1)
			goto nomem;
		if (lstat(path, &st) == -1)
			continue;	/* gone since readdir */
		if (S_ISDIR(st.st_mode)) {
			if (l->skip_set && st.st_dev == l->skip_dev &&
			    st.st_ino == l->skip_ino)
				continue;
			if (names[i][0] != '.' &&
			    walk_dir(l, path, sub, 0, d) == -1)
				goto out;
		} else if (S_ISREG(st.st_mode) && wanted(names[i]) &&
		    push(l, path, sub) == -1)
			goto nomem;
	}
	rc = 0;
	goto out;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
out:
	free(path);
	free(sub);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	closedir(dp);
	return rc;
}

/*
 * Whether dir is the directory the walk skips (outdir) or inside it: a
 * tree that holds the results of the runs before, which a walk would
 * take for documents (a.txt.text.txt, then a.txt.text.txt.text.txt).
 */
static int
in_skipped(const struct pk_doclist *l, const char *dir)
{
	struct stat	 st;
	char		*p, *slash;
	int		 in = 0;

	if (!l->skip_set || (p = realpath(dir, NULL)) == NULL)
		return 0;
	for (;;) {
		if (stat(p, &st) == 0 && st.st_dev == l->skip_dev &&
		    st.st_ino == l->skip_ino) {
			in = 1;
			break;
		}
		if ((slash = strrchr(p, '/')) == NULL || slash == p)
			break;
		*slash = '\0';
	}
	free(p);
	return in;
}

int
pk_walk_add(struct pk_doclist *l, const char *src, struct pk_diag *d)
{
	struct stat	 st;
	const char	*base;
	char		*dir;
	size_t		 len;
	int		 rc;

	if (stat(src, &st) == -1) {
		pk_diag_at(d, PK_E_READ, src, 0, "%s", strerror(errno));
		return -1;
	}
	/* A FIFO or a device is no document (pk_io_read_file). */
	if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
		pk_diag_at(d, PK_E_READ, src, 0, "not a regular file");
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		base = strrchr(src, '/');
		if (push(l, src, base ? base + 1 : src) == -1) {
			pk_diag(d, PK_E_NOMEM, 0, NULL);
			return -1;
		}
		return 0;
	}
	if (in_skipped(l, src)) {
		pk_diag_at(d, PK_E_IN_OUTDIR, src, 0, "its results would be "
		    "read as documents: give -o another directory");
		return -1;
	}
	if ((dir = strdup(src)) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	for (len = strlen(dir); len > 1 && dir[len - 1] == '/'; len--)
		dir[len - 1] = '\0';
	rc = walk_dir(l, dir, "", 1, d);
	free(dir);
	return rc;
}

static int
has_dotdot(const char *p)
{
	for (const char *s = p; (s = strstr(s, "..")) != NULL; s += 2)
		if ((s == p || s[-1] == '/') && (s[2] == '\0' || s[2] == '/'))
			return 1;
	return 0;
}

/* p without leading "./" (and "././"). */
static const char *
skip_dot(const char *p)
{
	while (p[0] == '.' && p[1] == '/') {
		p += 2;
		while (*p == '/')
			p++;
	}
	return p;
}

/*
 * The part of path below root (root without leading "./" nor trailing
 * "/", its length rlen; "" for "." and "/" for "/"), or NULL when path
 * is not below it.
 */
static const char *
below_root(const char *path, const char *root, size_t rlen)
{
	const char	*p = skip_dot(path);

	if (rlen == 0 && *p == '/')
		return NULL;	/* absolute, root relative */
	if (strcmp(root, "/") == 0) {
		if (*p != '/')
			return NULL;
	} else if (rlen > 0) {
		if (strncmp(p, root, rlen) != 0 || p[rlen] != '/')
			return NULL;
		p += rlen;
	}
	while (*p == '/')
		p++;
	return p;
}

int
pk_walk_list(struct pk_doclist *l, FILE *fp, int sep, const char *root,
    struct pk_diag *d)
{
	char	*line = NULL, *r = NULL;
	size_t	 cap = 0, rlen = 0;
	ssize_t	 n;
	long	 lineno = 0;
	int	 rc = 0;

	if (root != NULL) {
		if ((r = strdup(skip_dot(root))) == NULL) {
			pk_diag(d, PK_E_NOMEM, 0, NULL);
			return -1;
		}
		for (rlen = strlen(r); rlen > 1 && r[rlen - 1] == '/'; rlen--)
			r[rlen - 1] = '\0';
		if (strcmp(r, ".") == 0)
			r[rlen = 0] = '\0';
	}

	while ((n = getdelim(&line, &cap, sep, fp)) != -1) {
		const char *rel = line;

		lineno++;
		if (n > 0 && line[n - 1] == sep)
			line[--n] = '\0';
		if (n == 0)
			continue;
		if (has_dotdot(line)) {
			pk_diag_at(d, PK_E_READ, "<stdin>", lineno,
			    "%s: a path with \"..\" is not taken", line);
			rc = -1;
			continue;
		}
		if (r != NULL && (rel = below_root(line, r, rlen)) == NULL) {
			pk_diag_at(d, PK_E_READ, "<stdin>", lineno,
			    "%s: not below --root %s", line, root);
			rc = -1;
			continue;
		}
		while (*rel == '/' || (rel[0] == '.' && rel[1] == '/'))
			rel += *rel == '/' ? 1 : 2;
		if (*rel == '\0' || push(l, line, rel) == -1) {
			pk_diag_at(d, PK_E_READ, "<stdin>", lineno,
			    "%s: not a file path", line);
			rc = -1;
		}
	}
	free(line);
	free(r);
	return rc;
}

int
pk_doclist_add_embedded(struct pk_doclist *l, size_t i, const char *name)
{
	char	*rel;
	int	 rc = -1;

	if (asprintf(&rel, "%s#%s", l->v[i].rel, name) == -1)
		return -1;
	if (push(l, l->v[i].path, rel) == 0) {
		if ((l->v[l->n - 1].embedded = strdup(name)) != NULL)
			rc = 0;
	}
	free(rel);
	return rc;
}

void
pk_doclist_free(struct pk_doclist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].rel);
		free(l->v[i].embedded);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}
