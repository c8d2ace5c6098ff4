/* pk-batch --pack: a package of each converted document, from what the chain left in OUTDIR. */
#include <sys/stat.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "io.h"
#include "pack.h"
#include "transform.h"

/* The package id of rel: its path with "/" as "-", as pk_pack_id makes it. */
static void
id_of(const char *rel, char *out, size_t size)
{
	char	 flat[PATH_MAX];

	snprintf(flat, sizeof(flat), "%s", rel);
	for (char *s = flat; *s != '\0'; s++)
		if (*s == '/')
			*s = '-';
	pk_pack_id(flat, out, size);
}

int
pk_batch_pack(struct pk_batch *b, const struct pk_doc *doc, int if_missing)
{
	struct pk_pack_rendition rend[PK_CHAIN_MAX_FORMATS];
	struct pk_pack_input	 in;
	struct pk_pack_tree	 tree;
	struct pk_buf		 orig = { 0 }, xml = { 0 };
	struct pk_buf		 out[PK_CHAIN_MAX_FORMATS];
	struct stat		 st;
	char			 dir[PATH_MAX], path[PATH_MAX + 160], id[128];
	const char		*ext, *base = strrchr(doc->path, '/');
	size_t			 k, n = b->chain->nformats;
	int			 rc = -1;

	id_of(doc->rel, id, sizeof(id));
	snprintf(dir, sizeof(dir), "%s/packages", b->opts.outdir);
	snprintf(path, sizeof(path), "%s/%s%s", dir, id, b->opts.pack_zip ?
	    ".zip" : "");
	if (if_missing && stat(path, &st) == 0)
		return 0;
	memset(out, 0, sizeof(out));
	memset(&tree, 0, sizeof(tree));
	memset(&in, 0, sizeof(in));
	b->diag->file = doc->path;
	if (pk_io_read(doc->path, b->opts.max_size, &orig, b->diag) == -1)
		goto out;
	snprintf(path, sizeof(path), "%s/%s.xml", b->opts.outdir, doc->rel);
	if (pk_io_read(path, PK_IO_MAX_INPUT, &xml, b->diag) == -1)
		goto out;
	for (k = 0; k < n; k++) {
		snprintf(path, sizeof(path), "%s/%s.%s", b->opts.outdir,
		    doc->rel, b->suffix[k]);
		if (pk_io_read(path, PK_IO_MAX_INPUT, &out[k], b->diag) == -1)
			goto out;
		ext = pk_transform_extension(b->chain->tr[k]);
		rend[k].suffix = b->suffix[k];
		rend[k].mime = strcmp(ext, "html") == 0 ? "text/html" :
		    strcmp(ext, "txt") == 0 ? "text/plain" : "application/xml";
		rend[k].data = out[k].data ? out[k].data : "";
		rend[k].len = out[k].len;
	}
	in.id = id;
	in.orig_name = base != NULL ? base + 1 : doc->path;
	in.orig = orig.data ? orig.data : "";
	in.orig_len = orig.len;
	in.xml = xml.data ? xml.data : "";
	in.xml_len = xml.len;
	in.rend = rend;
	in.nrend = n;
	if (pk_pack_build(b->opts.pack, &in, &tree) == -1)
		goto out;
	rc = b->opts.pack_zip ? pk_pack_write_zip(&tree, dir,
	    b->opts.pack_created, b->diag) : pk_pack_write_dir(&tree, dir,
	    b->diag);
out:
	pk_pack_tree_free(&tree);
	for (k = 0; k < n; k++)
		pk_buf_free(&out[k]);
	pk_buf_free(&orig);
	pk_buf_free(&xml);
	return rc;
}

struct id_doc {
	char		 id[128];
	const char	*rel;
};

static int
by_id(const void *a, const void *b)
{
	const struct id_doc *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	return c != 0 ? c : strcmp(x->rel, y->rel);
}

int
pk_batch_pack_clashes(const struct pk_doclist *docs, struct pk_diag *d)
{
	struct id_doc	*v;
	size_t		 i;
	int		 clash = 0;

	if (docs->n < 2)
		return 0;
	if ((v = calloc(docs->n, sizeof(*v))) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	for (i = 0; i < docs->n; i++) {
		id_of(docs->v[i].rel, v[i].id, sizeof(v[i].id));
		v[i].rel = docs->v[i].rel;
	}
	qsort(v, docs->n, sizeof(*v), by_id);
	for (i = 1; i < docs->n; i++)
		if (strcmp(v[i - 1].id, v[i].id) == 0) {
			pk_diag_at(d, PK_E_PACK_ID, v[i].rel, 0, "%s, %s's: "
			    "rename one", v[i].id, v[i - 1].rel);
			clash = 1;
		}
	free(v);
	return clash;
}
