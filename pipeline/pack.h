/* Archival submission packages: E-ARK CSIP 2.1 / SIP 2.1 (FGS Paketstruktur 2.0). */
#ifndef PK_PACK_H
#define PK_PACK_H

#include <stddef.h>
#include <time.h>

#include <libxml/tree.h>

#include "buf.h"
#include "diag.h"
#include "digest.h"

/*
 * Who the package is from, as the root METS's metsHdr names them (SIP
 * 9-31).  Each is a string or NULL; pk-pack takes them from its options
 * or a configuration file, and requires archivist and submitter.
 */
struct pk_pack_agents {
	const char	*archivist;		/* ROLE=ARCHIVIST: whose records */
	const char	*archivist_id;		/* its identification code */
	const char	*submitter;		/* ROLE=CREATOR ORGANIZATION */
	const char	*submitter_id;
	const char	*contact;		/* ROLE=CREATOR INDIVIDUAL */
	const char	*contact_note;		/* phone, e-mail */
	const char	*preservation;		/* ROLE=PRESERVATION */
	const char	*agreement;		/* altRecordID SUBMISSIONAGREEMENT */
	const char	*refcode;		/* altRecordID REFERENCECODE */
};

/* A file of the package, in memory until the package is written. */
struct pk_pack_file {
	char		*path;		/* below the root: "METS.xml" */
	struct pk_buf	 data;
	const char	*mime;		/* static */
	char		 sha256[PK_SHA256_HEX];
};

/* A whole package: its id (the root folder's name) and its files. */
struct pk_pack_tree {
	char			 id[128];
	struct pk_pack_file	*v;
	size_t			 n, cap;
};

/* A rendition of the minutes made by the chain (pk-transform -f). */
struct pk_pack_rendition {
	const char	*suffix;	/* of its file name: "html", "tei.xml" */
	const char	*mime;		/* "text/html" */
	const char	*data;
	size_t		 len;
};

/* One meeting: its original, its minutes XML and their renditions. */
struct pk_pack_input {
	const char			*id;		/* NULL: from orig_name */
	const char			*orig_name;	/* "kf-2024-04.pdf" */
	const char			*orig;
	size_t				 orig_len;
	const char			*xml;		/* minutes XML */
	size_t				 xml_len;
	const struct pk_pack_rendition	*rend;
	size_t				 nrend;
};

struct pk_pack;

/*
 * Compile what every package needs once: the Dublin Core and EAD3
 * stylesheets of xsltdir, the minutes schema of schemadir (copied into
 * each package's schemas/).  agents and the strings in it are borrowed
 * and must outlive the handle; created is the packages' creation time
 * (SOURCE_DATE_EPOCH when set).  Returns NULL with diagnostics.
 */
struct pk_pack	*pk_pack_new(const struct pk_pack_agents *agents,
		    time_t created, const char *xsltdir, const char *schemadir,
		    struct pk_diag *);
/*
 * Build in into tree (zeroed by the caller; pk_pack_tree_free frees
 * it): every file, the representations' METS, PREMIS and the root METS
 * last.  Returns 0, or -1 with a diagnostic.
 */
int		 pk_pack_build(struct pk_pack *, const struct pk_pack_input *in,
		    struct pk_pack_tree *tree);
/*
 * pk-pack --one: in[0..n) as one package named id, each meeting with
 * representations ID-original and ID-minutes and its descriptive
 * metadata in metadata/descriptive/ID/ (ID: the meeting's, from its
 * file's name; two of one name are refused).  0 or -1.
 */
int		 pk_pack_build_set(struct pk_pack *,
		    const struct pk_pack_input *in, size_t n, const char *id,
		    struct pk_pack_tree *tree);
/*
 * Write tree as the folder outdir/ID, whole or not at all: into a
 * temporary folder beside it, renamed when complete.  An existing
 * package of that id is replaced.  Returns 0, or -1 with PK_E_WRITE.
 */
int		 pk_pack_write_dir(const struct pk_pack_tree *,
		    const char *outdir, struct pk_diag *);
/*
 * Write tree as outdir/ID.zip (libzip), entries "ID/..." in the tree's
 * order with the time created, so that the same package gives the same
 * bytes.  Whole or not at all, as pk_pack_write_dir.  0 or -1.
 */
int		 pk_pack_write_zip(const struct pk_pack_tree *,
		    const char *outdir, time_t created, struct pk_diag *);
/*
 * Check the package at path (a folder or a .zip): every file listed in
 * a METS with its size and SHA-256 there, nothing listed that is
 * absent, nothing present that is not listed.  Each failure is reported
 * naming its file.  Returns 0 when the package is intact, 1 when it is
 * not, -1 on a system error (unreadable, out of memory).
 */
int		 pk_pack_verify(const char *path, struct pk_diag *);
void		 pk_pack_free(struct pk_pack *);
void		 pk_pack_tree_free(struct pk_pack_tree *);

/*
 * The id a package of a file named name gets: its name without
 * directory and extension, every byte other than letters, digits, "-",
 * "_" and "." replaced by "_".
 */
void		 pk_pack_id(const char *name, char *out, size_t size);

/* Shared by the pack*.c files only. */
struct pk_pack_meeting {
	const struct pk_pack_input	*in;
	xmlDocPtr			 minutes;	/* parsed in->xml */
	char				 id[128];	/* its entity's */
	char				 rep_orig[160];	/* "rep-original" */
	char				 rep_min[160];	/* "rep-minutes" */
	char				 dc[320], ead[320];	/* paths */
	char				 tag[24];	/* of its event ids:
							 * "" or "-2" */
};
struct pk_pack_ctx {
	const struct pk_pack_agents	*agents;
	char				 date[32];	/* xs:dateTime, UTC */
	struct pk_pack_meeting		*m;
	size_t				 nm;
};
/* Add a file to tree taking data's bytes (data is left empty). */
int	pk_pack_tree_add(struct pk_pack_tree *, const char *path,
	    const char *mime, struct pk_buf *data);
const struct pk_pack_file *pk_pack_tree_find(const struct pk_pack_tree *,
	    const char *path);
/* metadata/preservation/premis.xml from the representations' files. */
int	pk_pack_premis(const struct pk_pack_ctx *, const struct pk_pack_tree *,
	    struct pk_buf *out);
/* representations/REP/METS.xml of meeting m from the files under it. */
int	pk_pack_rep_mets(const struct pk_pack_ctx *,
	    const struct pk_pack_tree *, const struct pk_pack_meeting *m,
	    const char *rep, struct pk_buf *out);
/* The root METS.xml from every other file. */
int	pk_pack_root_mets(const struct pk_pack_ctx *,
	    const struct pk_pack_tree *, struct pk_buf *out);
/* What PREMIS and METS call a file's format: name and version or NULL. */
const char *pk_pack_format_name(const char *mime);

#endif
