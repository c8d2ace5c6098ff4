/* A package's layout: which file goes where, built in memory, written as a folder. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io.h"
#include "pack.h"
#include "packmets.h"
#include "packpremis.h"
#include "transform.h"
#include "version.h"
#include "xmlin.h"

struct pk_pack {
	const struct pk_pack_agents	*agents;
	time_t				 created;
	struct pk_transform		*dc, *ead;
	struct pk_buf			 xsd, xmlxsd;	/* schemas/ */
	struct pk_diag			*diag;
};

void
pk_pack_id(const char *name, char *out, size_t size)
{
	const char	*base = strrchr(name, '/'), *dot;
	size_t		 len, i;

	base = base != NULL ? base + 1 : name;
	dot = strrchr(base, '.');
	len = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
	if (len >= size)
		len = size - 1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)base[i];

		out[i] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' ? (char)c : '_';
	}
	out[len] = '\0';
	if (len == 0 || out[0] == '.')
		out[0] = '_', out[len ? len : 1] = '\0';
}

struct pk_pack *
pk_pack_new(const struct pk_pack_agents *agents, time_t created,
    const char *xsltdir, const char *schemadir, struct pk_diag *d)
{
	struct pk_pack	*p;
	char		 path[PATH_MAX];

	if ((p = calloc(1, sizeof(*p))) == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		return NULL;
	}
	p->agents = agents;
	p->created = created;
	p->diag = d;
	snprintf(path, sizeof(path), "%s/dc.xsl", xsltdir);
	if ((p->dc = pk_transform_new(path, d)) == NULL)
		goto fail;
	snprintf(path, sizeof(path), "%s/ead.xsl", xsltdir);
	if ((p->ead = pk_transform_new(path, d)) == NULL)
		goto fail;
	snprintf(path, sizeof(path), "%s/minutes.xsd", schemadir);
	if (pk_io_read(path, PK_IO_MAX_INPUT, &p->xsd, d) == -1)
		goto fail;
	snprintf(path, sizeof(path), "%s/xml.xsd", schemadir);
	if (pk_io_read(path, PK_IO_MAX_INPUT, &p->xmlxsd, d) == -1)
		goto fail;
	return p;
fail:
	pk_pack_free(p);
	return NULL;
}

void
pk_pack_free(struct pk_pack *p)
{
	if (p == NULL)
		return;
	pk_transform_free(p->dc);
	pk_transform_free(p->ead);
	pk_buf_free(&p->xsd);
	pk_buf_free(&p->xmlxsd);
	free(p);
}

/* A copy of data[0..len) added as path. */
static int
add_copy(struct pk_pack_tree *t, const char *path, const char *mime,
    const char *data, size_t len)
{
	struct pk_buf	 b = { 0 };

	if (pk_buf_put(&b, data, len) == -1 ||
	    pk_pack_tree_add(t, path, mime, &b) == -1) {
		pk_buf_free(&b);
		return -1;
	}
	return 0;
}

static const char *
mime_of_name(const char *name)
{
	const char	*dot = strrchr(name, '.');

	if (dot == NULL)
		return "application/octet-stream";
	if (strcasecmp(dot, ".pdf") == 0)
		return "application/pdf";
	if (strcasecmp(dot, ".docx") == 0)
		return "application/vnd.openxmlformats-officedocument."
		    "wordprocessingml.document";
	if (strcasecmp(dot, ".odt") == 0)
		return "application/vnd.oasis.opendocument.text";
	if (strcasecmp(dot, ".txt") == 0)
		return "text/plain";
	return "application/octet-stream";
}

/* What documentation/ says: what the package holds and how it was made. */
static int
readme(const struct pk_pack_ctx *c, const char *id, struct pk_buf *b)
{
	int	 rc;

	rc = pk_buf_printf(b, "Submission information package %s\n\n", id) |
	    pk_buf_puts(b,
	    "An E-ARK SIP 2.1 (CSIP 2.1; FGS Paketstruktur 2.0) made by\n"
	    "protokoll " PK_VERSION " (pk-pack) from meeting minutes.\n\n"
	    "representations/*original/data/  the document as received, "
	    "byte for byte\n"
	    "representations/*minutes/data/   the minutes as XML "
	    "(schemas/minutes.xsd)\n"
	    "                                 and its renditions\n"
	    "metadata/descriptive/            Dublin Core and EAD3\n"
	    "metadata/preservation/premis.xml fixity and the pipeline's "
	    "events\n\n"
	    "Each METS.xml lists its files with their size and SHA-256;\n"
	    "`pk-pack --verify` checks them.\n\n");
	for (size_t i = 0; i < c->nm; i++)
		rc |= pk_buf_printf(b, "Original: %s\n", c->m[i].in->orig_name);
	return rc | pk_buf_printf(b, "Created: %s\n", c->date);
}

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct pk_pack_file *)a)->path,
	    ((const struct pk_pack_file *)b)->path);
}

/* A meeting's files: its original, minutes XML, renditions, DC and EAD3. */
static int
add_meeting(struct pk_pack *p, struct pk_pack_tree *t,
    struct pk_pack_meeting *m)
{
	const struct pk_pack_input	*in = m->in;
	struct pk_buf			 b = { 0 };
	char				 path[PATH_MAX], name[256];
	const char			*base, *ext;

	if ((m->minutes = pk_xml_read(in->xml, in->xml_len, p->diag)) == NULL)
		return -1;
	/* The original, under a name safe on any file system. */
	base = strrchr(in->orig_name, '/');
	base = base != NULL ? base + 1 : in->orig_name;
	ext = strrchr(base, '.');
	pk_pack_id(base, name, sizeof(name) - 16);
	snprintf(path, sizeof(path), "representations/%s/data/%s%s",
	    m->rep_orig, name, ext != NULL && ext != base && strlen(ext) < 16 &&
	    strpbrk(ext, "/ ") == NULL ? ext : "");
	if (add_copy(t, path, mime_of_name(base), in->orig, in->orig_len) ==
	    -1)
		goto nomem;
	snprintf(path, sizeof(path), "representations/%s/data/%s.xml",
	    m->rep_min, m->id);
	if (add_copy(t, path, "application/xml", in->xml, in->xml_len) == -1)
		goto nomem;
	for (size_t i = 0; i < in->nrend; i++) {
		snprintf(path, sizeof(path), "representations/%s/data/%s.%s",
		    m->rep_min, m->id, in->rend[i].suffix);
		if (pk_pack_tree_find(t, path) == NULL && add_copy(t, path,
		    in->rend[i].mime, in->rend[i].data, in->rend[i].len) == -1)
			goto nomem;
	}
	/* Descriptive metadata from the archive-format stylesheets. */
	if (pk_transform_run(p->dc, m->minutes, NULL, &b) == -1)
		return -1;
	if (pk_pack_tree_add(t, m->dc, "application/xml", &b) == -1)
		goto nomem;
	if (pk_transform_run(p->ead, m->minutes, NULL, &b) == -1)
		return -1;
	if (pk_pack_tree_add(t, m->ead, "application/xml", &b) == -1)
		goto nomem;
	return 0;
nomem:
	pk_buf_free(&b);
	pk_diag(p->diag, PK_E_NOMEM, 0, NULL);
	return -1;
}

/* The METS of file path, made by mets(), added to t. */
static int
add_rep_mets(struct pk_pack_ctx *c, struct pk_pack_tree *t,
    const struct pk_pack_meeting *m, const char *rep, struct pk_buf *b)
{
	char	 path[PATH_MAX];

	snprintf(path, sizeof(path), "representations/%s/METS.xml", rep);
	return pk_pack_rep_mets(c, t, m, rep, b) == -1 ||
	    pk_pack_tree_add(t, path, "application/xml", b) == -1 ? -1 : 0;
}

int
pk_pack_build_set(struct pk_pack *p, const struct pk_pack_input *in,
    size_t n, const char *id, struct pk_pack_tree *t)
{
	struct pk_pack_ctx	 c;
	struct pk_buf		 b = { 0 };
	struct tm		 tm;
	size_t			 i, j;
	int			 rc = -1;

	memset(&c, 0, sizeof(c));
	c.agents = p->agents;
	gmtime_r(&p->created, &tm);
	strftime(c.date, sizeof(c.date), "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (n == 0 || (id == NULL && n != 1))
		return -1;
	if ((c.m = calloc(n, sizeof(*c.m))) == NULL) {
		pk_diag(p->diag, PK_E_NOMEM, 0, NULL);
		return -1;
	}
	c.nm = n;
	if (id != NULL)
		snprintf(t->id, sizeof(t->id), "%s", id);
	else if (in->id != NULL)
		snprintf(t->id, sizeof(t->id), "%s", in->id);
	else
		pk_pack_id(in->orig_name, t->id, sizeof(t->id));
	for (i = 0; i < n; i++) {
		struct pk_pack_meeting *m = &c.m[i];

		m->in = &in[i];
		if (id == NULL) {
			/* One meeting: the layout of CSIP's examples. */
			snprintf(m->id, sizeof(m->id), "%s", t->id);
			snprintf(m->rep_orig, sizeof(m->rep_orig),
			    "rep-original");
			snprintf(m->rep_min, sizeof(m->rep_min), "rep-minutes");
			snprintf(m->dc, sizeof(m->dc),
			    "metadata/descriptive/dc.xml");
			snprintf(m->ead, sizeof(m->ead),
			    "metadata/descriptive/ead.xml");
		} else {
			pk_pack_id(in[i].orig_name, m->id, sizeof(m->id));
			for (j = 0; j < i; j++)
				if (strcmp(c.m[j].id, m->id) == 0) {
					p->diag->file = in[i].orig_name;
					pk_diag(p->diag, PK_E_CONFIG, 0, "two "
					    "meetings named %s in one package; "
					    "rename one", m->id);
					goto out;
				}
			snprintf(m->rep_orig, sizeof(m->rep_orig),
			    "%s-original", m->id);
			snprintf(m->rep_min, sizeof(m->rep_min), "%s-minutes",
			    m->id);
			snprintf(m->dc, sizeof(m->dc),
			    "metadata/descriptive/%s/dc.xml", m->id);
			snprintf(m->ead, sizeof(m->ead),
			    "metadata/descriptive/%s/ead.xml", m->id);
			snprintf(m->tag, sizeof(m->tag), "-%zu", i + 1);
		}
		p->diag->file = in[i].orig_name;
		if (add_meeting(p, t, m) == -1)
			goto out;
	}
	if (add_copy(t, "schemas/minutes.xsd", "application/xml", p->xsd.data,
	    p->xsd.len) == -1 || add_copy(t, "schemas/xml.xsd",
	    "application/xml", p->xmlxsd.data, p->xmlxsd.len) == -1)
		goto nomem;
	if (readme(&c, t->id, &b) != 0 || pk_pack_tree_add(t,
	    "documentation/README.txt", "text/plain", &b) == -1)
		goto nomem;

	/* PREMIS and each METS describe the files added before them. */
	if (pk_pack_premis(&c, t, &b) == -1 || pk_pack_tree_add(t,
	    "metadata/preservation/premis.xml", "application/xml", &b) == -1)
		goto nomem;
	for (i = 0; i < n; i++)
		if (add_rep_mets(&c, t, &c.m[i], c.m[i].rep_orig, &b) == -1 ||
		    add_rep_mets(&c, t, &c.m[i], c.m[i].rep_min, &b) == -1)
			goto nomem;
	if (pk_pack_root_mets(&c, t, &b) == -1 ||
	    pk_pack_tree_add(t, "METS.xml", "application/xml", &b) == -1)
		goto nomem;
	/* One order for every run: the ZIP's entries follow it. */
	qsort(t->v, t->n, sizeof(*t->v), by_path);
	rc = 0;
	goto out;
nomem:
	pk_diag(p->diag, PK_E_NOMEM, 0, NULL);
out:
	pk_buf_free(&b);
	for (i = 0; i < n; i++)
		xmlFreeDoc(c.m[i].minutes);
	free(c.m);
	return rc;
}

int
pk_pack_build(struct pk_pack *p, const struct pk_pack_input *in,
    struct pk_pack_tree *t)
{
	return pk_pack_build_set(p, in, 1, NULL, t);
}

/* Create the folders of path (a file's) below root. */
static int
make_dirs(const char *root, const char *rel)
{
	char	 path[PATH_MAX];
	char	*s;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", root, rel) >=
	    sizeof(path))
		return errno = ENAMETOOLONG, -1;
	for (s = path + strlen(root) + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (mkdir(path, 0777) == -1 && errno != EEXIST)
			return -1;
		*s = '/';
	}
	return 0;
}

/* Remove the tree at path (a package this program wrote: no links). */
static void
remove_tree(const char *path)
{
	struct stat	 st;
	char		 sub[PATH_MAX];
	DIR		*dir;
	struct dirent	*e;

	if (lstat(path, &st) == -1)
		return;
	if (!S_ISDIR(st.st_mode)) {
		(void)unlink(path);
		return;
	}
	if ((dir = opendir(path)) != NULL) {
		while ((e = readdir(dir)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
			remove_tree(sub);
		}
		closedir(dir);
	}
	(void)rmdir(path);
}

void
pk_pack_sweep(const char *outdir, const char *id)
{
	char	 pat[PATH_MAX];
	glob_t	 g;
	size_t	 i;

	/* ".ID.XXXXXX", a folder being written; ".ID.old", one replaced;
	 * ".ID.zip.part*", a ZIP being written (libzip's own temporary). */
	snprintf(pat, sizeof(pat), "%s/.%s.[A-Za-z0-9][A-Za-z0-9][A-Za-z0-9]"
	    "[A-Za-z0-9][A-Za-z0-9][A-Za-z0-9]", outdir, id);
	if (glob(pat, 0, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++)
			remove_tree(g.gl_pathv[i]);
		globfree(&g);
	}
	snprintf(pat, sizeof(pat), "%s/.%s.old", outdir, id);
	remove_tree(pat);
	snprintf(pat, sizeof(pat), "%s/.%s.zip.part*", outdir, id);
	if (glob(pat, 0, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++)
			(void)unlink(g.gl_pathv[i]);
		globfree(&g);
	}
}

void
pk_pack_test_fault(const char *id)
{
	if (getenv("PK_PACK_TEST_FAULTS") != NULL &&
	    strstr(id, "fault-stop") != NULL)
		(void)kill(getpid(), SIGTERM);
}

int
pk_pack_write_dir(const struct pk_pack_tree *t, const char *outdir,
    struct pk_diag *d)
{
	char	 tmp[PATH_MAX], final[PATH_MAX], old[PATH_MAX];
	char	 path[PATH_MAX + 16];
	FILE	*fp;
	size_t	 i;
	int	 made = 0, short_write;

	snprintf(final, sizeof(final), "%s/%s", outdir, t->id);
	snprintf(old, sizeof(old), "%s/.%s.old", outdir, t->id);
	snprintf(tmp, sizeof(tmp), "%s/.%s.XXXXXX", outdir, t->id);
	if (mkdir(outdir, 0777) == -1 && errno != EEXIST)
		goto fail;
	/* Only a package is replaced, never a folder of other things. */
	snprintf(path, sizeof(path), "%s/METS.xml", final);
	if (access(final, F_OK) == 0 && access(path, F_OK) != 0) {
		pk_diag_at(d, PK_E_WRITE, final, 0, "there, and not a "
		    "package: not replaced");
		return -1;
	}
	pk_pack_sweep(outdir, t->id);
	if (mkdtemp(tmp) == NULL)
		goto fail;
	made = 1;
	(void)chmod(tmp, 0777 & ~umask(umask(0)));
	for (i = 0; i < t->n; i++) {
		if (make_dirs(tmp, t->v[i].path) == -1)
			goto fail;
		snprintf(path, sizeof(path), "%s/%s", tmp, t->v[i].path);
		if ((fp = fopen(path, "wb")) == NULL)
			goto fail;
		/* Closed whether the write failed or not. */
		short_write = t->v[i].data.len > 0 &&
		    fwrite(t->v[i].data.data, 1, t->v[i].data.len, fp) !=
		    t->v[i].data.len;
		if (fclose(fp) != 0 || short_write)
			goto fail;
		if (i == 0)
			pk_pack_test_fault(t->id);
	}
	/* A package there before is replaced only once this one is whole. */
	remove_tree(old);
	if (rename(final, old) == -1 && errno != ENOENT)
		goto fail;
	if (rename(tmp, final) == -1)
		goto fail;
	remove_tree(old);
	return 0;
fail:
	pk_diag_at(d, PK_E_WRITE, final, 0, "%s", strerror(errno));
	if (made)
		remove_tree(tmp);
	return -1;
}
