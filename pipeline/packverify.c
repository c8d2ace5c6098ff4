/* pk-pack --verify: a package's files against the sizes and SHA-256 its METS list. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "io.h"
#include "pack.h"
#include "xmlin.h"
#include "zipin.h"

#define NS_METS		"http://www.loc.gov/METS/"
#define NS_XLINK	"http://www.w3.org/1999/xlink"

/* A file of the package as found, and whether a METS listed it. */
struct entry {
	char		*path;		/* below the root */
	struct pk_buf	 data;
	int		 listed;
};

struct package {
	const char	*name;		/* as given, for the messages */
	char		 root[256];	/* the package's folder: its id */
	struct entry	*v;
	size_t		 n, cap;
	int		 failed;
	struct pk_diag	*diag;
};

static int
add(struct package *p, const char *path, struct pk_buf *data)
{
	struct entry	*e;

	if (p->n == p->cap) {
		size_t	 cap = p->cap ? 2 * p->cap : 32;

		if ((e = reallocarray(p->v, cap, sizeof(*e))) == NULL)
			return -1;
		p->v = e;
		p->cap = cap;
	}
	e = &p->v[p->n];
	memset(e, 0, sizeof(*e));
	if ((e->path = strdup(path)) == NULL)
		return -1;
	e->data = *data;
	memset(data, 0, sizeof(*data));
	p->n++;
	return 0;
}

/* Every regular file below dir/rel, read whole. */
static int
load_dir(struct package *p, const char *dir, const char *rel)
{
	char		 path[PATH_MAX], sub[PATH_MAX];
	struct pk_buf	 data = { 0 };
	struct stat	 st;
	struct dirent	*e;
	DIR		*d;
	int		 rc = 0;

	snprintf(path, sizeof(path), "%s%s%s", dir, *rel ? "/" : "", rel);
	if ((d = opendir(path)) == NULL) {
		pk_diag_at(p->diag, PK_E_READ, path, 0, "%s", strerror(errno));
		return -1;
	}
	while (rc == 0 && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "",
		    e->d_name);
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, sub) >=
		    sizeof(path)) {
			pk_diag_at(p->diag, PK_E_READ, sub, 0, "path too long");
			rc = -1;
		} else if (lstat(path, &st) == -1)
			rc = -1;
		else if (S_ISDIR(st.st_mode))
			rc = load_dir(p, dir, sub);
		else if (pk_io_read(path, (size_t)1 << 34, &data, p->diag) ==
		    -1 || add(p, sub, &data) == -1)
			rc = -1;
		pk_buf_free(&data);
	}
	closedir(d);
	return rc;
}

/* The entries of a ZIP whose names all begin with one folder, the root. */
static int
load_zip(struct package *p, const char *path)
{
	struct pk_zip_limits	 lim = { 100000, (size_t)1 << 32,
				    (size_t)1 << 34, 1000 };
	struct pk_diag		 quiet;
	struct pk_buf		 zip = { 0 }, data = { 0 };
	struct pk_zip		*z;
	const char		*name, *slash, *root = NULL;
	size_t			 rootlen = 0;
	int			 rc = -1;

	if (pk_io_read(path, (size_t)1 << 34, &zip, p->diag) == -1)
		return -1;
	/* libzip takes no bytes for a ZIP of no entries. */
	if (zip.len == 0) {
		pk_diag(p->diag, PK_E_PACK_TRUNCATED, 0, "an empty file");
		p->failed = 1;
		pk_buf_free(&zip);
		return 0;
	}
	pk_diag_init(&quiet, "", NULL);
	if ((z = pk_zip_open(zip.data ? zip.data : "", zip.len, &lim,
	    &quiet)) == NULL) {
		pk_diag(p->diag, quiet.last == PK_E_LIBRARY ? PK_E_LIBRARY :
		    PK_E_PACK_TRUNCATED, 0, "no ZIP central directory: the "
		    "file is cut short or is not a ZIP");
		p->failed = 1;
		pk_buf_free(&zip);
		return quiet.last == PK_E_LIBRARY ? -1 : 0;
	}
	for (size_t i = 0; i < pk_zip_count(z); i++) {
		if ((name = pk_zip_name(z, i)) == NULL)
			continue;
		if ((slash = strchr(name, '/')) == NULL || (root != NULL &&
		    ((size_t)(slash - name) != rootlen ||
		    strncmp(name, root, rootlen) != 0))) {
			pk_diag(p->diag, PK_E_PACK_STRUCTURE, 0, "%s: entry "
			    "outside the package's folder", name);
			p->failed = 1;
			continue;
		}
		if (root == NULL) {
			root = name;
			rootlen = (size_t)(slash - name);
			snprintf(p->root, sizeof(p->root), "%.*s", (int)rootlen,
			    name);
		}
		if (slash[1] == '\0')
			continue;		/* a folder */
		if (pk_zip_read(z, name, &data) != 0) {
			pk_diag(p->diag, PK_E_PACK_TRUNCATED, 0, "%s: cannot "
			    "be read back (damaged data)", name);
			p->failed = 1;
			pk_buf_free(&data);
			continue;
		}
		if (add(p, slash + 1, &data) == -1)
			goto out;
	}
	rc = 0;
out:
	pk_buf_free(&data);
	pk_zip_close(z);
	pk_buf_free(&zip);
	return rc;
}

static struct entry *
find(struct package *p, const char *path)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].path, path) == 0)
			return &p->v[i];
	return NULL;
}

/* Report code for the package's file path: "PACKAGE/path: error: ...". */
static void __attribute__((format(printf, 4, 5)))
fail(struct package *p, enum pk_diag_code code, const char *path,
    const char *fmt, ...)
{
	char	 where[PATH_MAX], detail[512] = "";
	va_list	 ap;

	if (fmt != NULL) {
		va_start(ap, fmt);
		vsnprintf(detail, sizeof(detail), fmt, ap);
		va_end(ap);
	}
	snprintf(where, sizeof(where), "%s/%s", p->name, path);
	pk_diag_at(p->diag, code, where, 0, fmt ? "%s" : NULL, detail);
	p->failed = 1;
}

static int check_mets(struct package *, const char *);

/* One listed file: there, of its size and checksum; a METS in turn. */
static int
check_listed(struct package *p, const char *mets, const char *base,
    const char *href, xmlNodePtr attrs)
{
	char		 path[PATH_MAX], sha[PK_SHA256_HEX], got[32];
	xmlChar		*size = xmlGetProp(attrs, BAD_CAST "SIZE");
	xmlChar		*sum = xmlGetProp(attrs, BAD_CAST "CHECKSUM");
	struct entry	*e;
	int		 rc = 0;

	snprintf(path, sizeof(path), "%s%s", base, href);
	if (href[0] == '/' || strstr(href, "..") != NULL) {
		fail(p, PK_E_PACK_STRUCTURE, mets, "reference outside the "
		    "package: %s", href);
	} else if ((e = find(p, path)) == NULL) {
		fail(p, PK_E_PACK_MISSING, path, "%s names it", mets);
	} else {
		e->listed = 1;
		snprintf(got, sizeof(got), "%zu", e->data.len);
		pk_sha256_hex(e->data.data ? e->data.data : "", e->data.len,
		    sha);
		if (size == NULL || strcmp((char *)size, got) != 0)
			fail(p, PK_E_PACK_SIZE, path, "%s bytes listed, %s "
			    "found", size ? (char *)size : "no size", got);
		else if (sum == NULL || strcasecmp((char *)sum, sha) != 0)
			fail(p, PK_E_PACK_CHECKSUM, path, "SHA-256 %s listed, "
			    "%s found", sum ? (char *)sum : "none", sha);
		else if (strcmp(strrchr(path, '/') ? strrchr(path, '/') + 1 :
		    path, "METS.xml") == 0)
			rc = check_mets(p, path);
	}
	xmlFree(size);
	xmlFree(sum);
	return rc;
}

/* Each file and mdRef under n, in document order. */
static int
walk(struct package *p, const char *mets, const char *base, xmlNodePtr n)
{
	xmlNodePtr	 c;
	xmlChar		*href;
	int		 rc = 0;

	for (; n != NULL && rc == 0; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || n->ns == NULL ||
		    !xmlStrEqual(n->ns->href, BAD_CAST NS_METS))
			continue;
		if (xmlStrEqual(n->name, BAD_CAST "mdRef") ||
		    xmlStrEqual(n->name, BAD_CAST "file")) {
			c = n;
			if (xmlStrEqual(n->name, BAD_CAST "file"))
				for (c = n->children; c != NULL &&
				    !(c->type == XML_ELEMENT_NODE &&
				    xmlStrEqual(c->name, BAD_CAST "FLocat"));
				    c = c->next)
					;
			href = c != NULL ? xmlGetNsProp(c, BAD_CAST "href",
			    BAD_CAST NS_XLINK) : NULL;
			if (href == NULL)
				fail(p, PK_E_PACK_STRUCTURE, mets, "a %s "
				    "without a location", (char *)n->name);
			else
				rc = check_listed(p, mets, base, (char *)href,
				    n);
			xmlFree(href);
			continue;
		}
		rc = walk(p, mets, base, n->children);
	}
	return rc;
}

/*
 * What makes the root METS a package's (CSIP1, CSIP80-82): its OBJID the
 * folder's name, the physical structMap labelled CSIP.
 */
static void
root_structure(struct package *p, xmlNodePtr root)
{
	xmlChar		*objid = xmlGetProp(root, BAD_CAST "OBJID");
	xmlNodePtr	 n;
	int		 csip = 0;

	if (objid == NULL || (p->root[0] != '\0' &&
	    strcmp((char *)objid, p->root) != 0))
		fail(p, PK_E_PACK_STRUCTURE, "METS.xml", "OBJID %s, the "
		    "package's folder %s", objid ? (char *)objid : "missing",
		    p->root);
	xmlFree(objid);
	for (n = root->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, BAD_CAST "structMap")) {
			xmlChar *type = xmlGetProp(n, BAD_CAST "TYPE");
			xmlChar *label = xmlGetProp(n, BAD_CAST "LABEL");

			csip |= type && label && xmlStrEqual(type,
			    BAD_CAST "PHYSICAL") && xmlStrEqual(label,
			    BAD_CAST "CSIP");
			xmlFree(type);
			xmlFree(label);
		}
	if (!csip)
		fail(p, PK_E_PACK_STRUCTURE, "METS.xml", "no structMap "
		    "labelled CSIP");
}

/* The files the METS at path lists, relative to its folder. */
static int
check_mets(struct package *p, const char *path)
{
	struct entry	*e = find(p, path);
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	char		 base[PATH_MAX];
	const char	*slash = strrchr(path, '/');
	int		 rc;

	if (e == NULL) {
		fail(p, PK_E_PACK_STRUCTURE, path, NULL);
		return 0;
	}
	e->listed = 1;
	snprintf(base, sizeof(base), "%.*s", slash ? (int)(slash - path + 1) :
	    0, path);
	if ((doc = pk_xml_read(e->data.data ? e->data.data : "", e->data.len,
	    p->diag)) == NULL) {
		fail(p, PK_E_PACK_STRUCTURE, path, "not well-formed XML");
		return 0;
	}
	root = xmlDocGetRootElement(doc);
	if (root == NULL || root->ns == NULL || !xmlStrEqual(root->ns->href,
	    BAD_CAST NS_METS) || !xmlStrEqual(root->name, BAD_CAST "mets"))
		fail(p, PK_E_PACK_STRUCTURE, path, "not a METS document");
	else if (strcmp(path, "METS.xml") == 0)
		root_structure(p, root);
	rc = walk(p, path, base, root);
	xmlFreeDoc(doc);
	return rc;
}

int
pk_pack_verify(const char *path, struct pk_diag *d)
{
	struct package	 p;
	struct stat	 st;
	char		 real[PATH_MAX];
	int		 rc = -1;

	memset(&p, 0, sizeof(p));
	p.name = path;
	p.diag = d;
	d->file = path;
	if (stat(path, &st) == -1) {
		pk_diag(d, PK_E_READ, 0, "%s", strerror(errno));
		return -1;
	}
	/* The folder's own name, "." and "pkg/" too. */
	if (S_ISDIR(st.st_mode) && realpath(path, real) != NULL)
		snprintf(p.root, sizeof(p.root), "%s", strrchr(real, '/') + 1);
	if ((S_ISDIR(st.st_mode) ? load_dir(&p, path, "") :
	    load_zip(&p, path)) == -1)
		goto out;
	if (p.n > 0 || !p.failed) {
		if (check_mets(&p, "METS.xml") == -1)
			goto out;
		for (size_t i = 0; i < p.n; i++)
			if (!p.v[i].listed)
				fail(&p, PK_E_PACK_EXTRA, p.v[i].path, NULL);
	}
	rc = p.failed ? 1 : 0;
out:
	for (size_t i = 0; i < p.n; i++) {
		free(p.v[i].path);
		pk_buf_free(&p.v[i].data);
	}
	free(p.v);
	return rc;
}
