/* A package's files in memory: added, found, freed. */
#include <stdlib.h>
#include <string.h>

#include "packtree.h"

int
pk_pack_tree_add(struct pk_pack_tree *t, const char *path, const char *mime,
    struct pk_buf *data)
{
	struct pk_pack_file	*f;

	if (t->n == t->cap) {
		size_t	 cap = t->cap ? 2 * t->cap : 16;

		if ((f = reallocarray(t->v, cap, sizeof(*f))) == NULL)
			return -1;
		t->v = f;
		t->cap = cap;
	}
	f = &t->v[t->n];
	memset(f, 0, sizeof(*f));
	if ((f->path = strdup(path)) == NULL)
		return -1;
	f->mime = mime;
	f->data = *data;
	memset(data, 0, sizeof(*data));
	pk_sha256_hex(f->data.data ? f->data.data : "", f->data.len,
	    f->sha256);
	t->n++;
	return 0;
}

const struct pk_pack_file *
pk_pack_tree_find(const struct pk_pack_tree *t, const char *path)
{
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->v[i].path, path) == 0)
			return &t->v[i];
	return NULL;
}

void
pk_pack_tree_free(struct pk_pack_tree *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].path);
		pk_buf_free(&t->v[i].data);
	}
	free(t->v);
	memset(t, 0, sizeof(*t));
}
