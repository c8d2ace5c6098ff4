/* Archival submission packages: E-ARK CSIP 2.1 / SIP 2.1 (FGS Paketstruktur 2.0). */
#ifndef PK_PACK_H
#define PK_PACK_H

#include <stddef.h>
#include <time.h>

#include "diag.h"
#include "packtree.h"

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
 * For the tests: with PK_PACK_TEST_FAULTS set, a package whose id holds
 * "fault-stop" sends its own process a SIGTERM halfway through being
 * written, as an operator's kill at that moment would.
 */
void		 pk_pack_test_fault(const char *id);
/*
 * Check the package at path (a folder or a .zip): every file listed in
 * a METS with its size and SHA-256 there, nothing listed that is
 * absent, nothing present that is not listed.  Each failure is reported
 * naming its file.  Returns 0 when the package is intact, 1 when it is
 * not, -1 on a system error (unreadable, out of memory).
 */
int		 pk_pack_verify(const char *path, struct pk_diag *);
void		 pk_pack_free(struct pk_pack *);

/*
 * The id a package of a file named name gets: its name without
 * directory and extension, every byte other than letters, digits, "-",
 * "_" and "." replaced by "_".
 */
void		 pk_pack_id(const char *name, char *out, size_t size);
/*
 * Remove what a run killed while writing package id into outdir left:
 * its folder's temporary (.ID.XXXXXX), the package it was replacing
 * (.ID.old), a ZIP's parts (.ID.zip.part*).  Called before a package
 * is written; a killed run's leftovers went nowhere before.
 */
void		 pk_pack_sweep(const char *outdir, const char *id);

#endif
