/*
 * What the pack*.c files share of a package: who it is from, the
 * meetings going into it, and its files, built in memory.
 */
#ifndef PK_PACKTREE_H
#define PK_PACKTREE_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
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

/* A meeting as the pack*.c files go through it. */
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

/* What building one package knows: who it is from, when, its meetings. */
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
void	pk_pack_tree_free(struct pk_pack_tree *);

#endif
