/* pk-pack: meeting minutes into E-ARK SIP 2.1 packages (options, files, exit status). */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../pipeline/chain.h"
#include "../pipeline/datadir.h"
#include "../pipeline/exit.h"
#include "../pipeline/heap.h"
#include "../pipeline/io.h"
#include "../pipeline/pack.h"
#include "../pipeline/packconf.h"
#include "../pipeline/rules.h"
#include "../pipeline/text.h"
#include "../pipeline/transform.h"
#include "cli.h"

#define PROG	"pk-pack"
#define USAGE	"usage: pk-pack [-qVz] [-c file] [-f formats] [-p profile] " \
		"[--agreement text] [--archivist name] [--archivist-id code] " \
		"[--contact name] [--contact-note text] [--ocr when] " \
		"[--one id] " \
		"[--preservation name] [--reference-code code] " \
		"[--submitter name] [--submitter-id code] -o outdir file ...\n" \
		"       pk-pack --verify package ..."
#define MAX_FORMATS	(PK_CHAIN_MAX_FORMATS - 1)

static void
help(void)
{
	puts(USAGE "\n\n"
	    "Convert each file (PDF, DOCX, ODT) and pack the original, its\n"
	    "minutes XML and renditions into an E-ARK SIP 2.1 package:\n"
	    "outdir/ID/ (ID: the file's name without extension).\n\n"
	    "  -o, --output dir        where the packages go\n"
	    "  -z, --zip               outdir/ID.zip instead of a folder\n"
	    "  -f, --formats list      renditions besides the minutes XML\n"
	    "                          (none)\n"
	    "  -c, --config file       the agents as \"key = value\" lines;\n"
	    "                          the keys are the options below\n"
	    "      --archivist name    the archival creator (required)\n"
	    "      --archivist-id code its identification code\n"
	    "      --submitter name    the submitting agent (required)\n"
	    "      --submitter-id code its identification code\n"
	    "      --contact name      the contact person\n"
	    "      --contact-note text how to reach the contact\n"
	    "      --preservation name the archive that preserves it\n"
	    "      --agreement text    the submission agreement\n"
	    "      --reference-code c  the archival reference code\n"
	    "  -p, --profile name      rule profile instead of the best-scoring\n"
	    "      --ocr when          OCR pages without text: auto, always,\n"
	    "                          never (auto)\n"
	    "      --one id            one package, id, of all the files, a\n"
	    "                          pair of representations each\n"
	    "      --verify            check packages (folders or ZIPs)\n"
	    "  -q, --quiet             no summary line\n"
	    "  -h, --help              this text\n"
	    "  -V, --version           the version\n\n"
	    "SOURCE_DATE_EPOCH, when set, is the packages' creation time.\n\n"
	    "Exit status: 0 all packed (or intact), 1 some input rejected (or\n"
	    "a package damaged), 2 usage, 3 system.");
	pk_cli_exit_written(PROG);
}

static int
verify_all(int argc, char *argv[], struct pk_diag *d)
{
	int	 status = PK_EXIT_OK;

	for (int i = 0; i < argc; i++) {
		d->file = argv[i];
		switch (pk_pack_verify(argv[i], d)) {
		case 0:
			break;
		case 1:
			if (status == PK_EXIT_OK)
				status = PK_EXIT_INPUT;
			break;
		default:
			status = PK_EXIT_SYSTEM;
		}
	}
	return status;
}

/* A source converted: what a package of it is made of. */
struct converted {
	struct pk_buf			 data;
	struct pk_chain_result		 res;
	struct pk_pack_rendition	 rend[MAX_FORMATS];
	char				 suffix[MAX_FORMATS][96];
	struct pk_pack_input		 in;
};

/* path through the chain into cv (zeroed); the exit status it calls for. */
static int
convert(struct pk_chain *chain, const char *path, struct converted *cv,
    struct pk_diag *d)
{
	d->file = path;
	if (pk_io_read(path, PK_IO_MAX_INPUT, &cv->data, d) == -1)
		return pk_cli_read_exit(path, d);
	if (pk_chain_run(chain, path, cv->data.data ? cv->data.data : "",
	    cv->data.len, &cv->res) == -1)
		return d->last == PK_E_NOMEM ? PK_EXIT_SYSTEM : PK_EXIT_INPUT;
	for (size_t k = 0; k < chain->nformats; k++) {
		const char *ext = pk_transform_extension(chain->tr[k]);

		pk_transform_suffix(chain->tr[k], chain->format[k],
		    cv->suffix[k], sizeof(cv->suffix[k]));
		cv->rend[k].suffix = cv->suffix[k];
		cv->rend[k].mime = strcmp(ext, "html") == 0 ? "text/html" :
		    strcmp(ext, "txt") == 0 ? "text/plain" : "application/xml";
		cv->rend[k].data = cv->res.out[k].data ? cv->res.out[k].data :
		    "";
		cv->rend[k].len = cv->res.out[k].len;
	}
	/* The name, not where it was read: the package is the same. */
	cv->in.orig_name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	cv->in.orig = cv->data.data ? cv->data.data : "";
	cv->in.orig_len = cv->data.len;
	cv->in.xml = cv->res.xml.data;
	cv->in.xml_len = cv->res.xml.len;
	cv->in.rend = cv->rend;
	cv->in.nrend = chain->nformats;
	d->file = path;
	return PK_EXIT_OK;
}

static void
converted_free(struct converted *cv)
{
	pk_chain_result_free(&cv->res);
	pk_buf_free(&cv->data);
}

/*
 * An operator's TERM, INT or HUP ends pk-pack at once, as the default
 * would: nothing is in outdir while a document converts.  While a
 * package is written it waits until the package is whole (or its
 * temporary is gone), so that no half-written one is left behind.
 */
static volatile sig_atomic_t	 writing, held_signal;

static void
on_stop(int sig)
{
	if (writing) {
		held_signal = sig;
		return;
	}
	(void)signal(sig, SIG_DFL);
	(void)kill(getpid(), sig);
}

static void
stop_on_signals(void)
{
	struct sigaction	 sa;
	static const int	 sigs[] = { SIGTERM, SIGINT, SIGHUP };

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		(void)sigaction(sigs[i], &sa, NULL);
}

/* tree written as a folder or a ZIP; the exit status. */
static int
write_tree(const struct pk_pack_tree *tree, const char *outdir, int zip,
    time_t created, struct pk_diag *d)
{
	int	 rc;

	writing = 1;
	rc = zip ? pk_pack_write_zip(tree, outdir, created, d) :
	    pk_pack_write_dir(tree, outdir, d);
	writing = 0;
	if (held_signal != 0)
		on_stop(held_signal);
	return rc == -1 ? PK_EXIT_SYSTEM : PK_EXIT_OK;
}

/* One source through the chain into a package; the exit status it calls for. */
static int
pack_one(struct pk_chain *chain, struct pk_pack *pack, const char *path,
    const char *outdir, int zip, time_t created, char (*ids)[128],
    size_t nids, struct pk_diag *d)
{
	struct converted	 cv;
	struct pk_pack_tree	 tree;
	int			 status;

	memset(&cv, 0, sizeof(cv));
	memset(&tree, 0, sizeof(tree));
	if ((status = convert(chain, path, &cv, d)) != PK_EXIT_OK)
		goto out;
	if (pk_pack_build(pack, &cv.in, &tree) == -1) {
		status = d->last == PK_E_NOMEM ? PK_EXIT_SYSTEM : PK_EXIT_INPUT;
		goto out;
	}
	/* Two sources of one name would make one package: the second is refused. */
	for (size_t i = 0; i < nids; i++)
		if (strcmp(ids[i], tree.id) == 0) {
			pk_diag(d, PK_E_CONFIG, 0, "package %s made from "
			    "another file of this run; rename one", tree.id);
			status = PK_EXIT_INPUT;
			goto out;
		}
	snprintf(ids[nids], sizeof(ids[nids]), "%s", tree.id);
	status = write_tree(&tree, outdir, zip, created, d);
out:
	pk_pack_tree_free(&tree);
	converted_free(&cv);
	return status;
}

/*
 * --one: every source that converts, one meeting each, in the package
 * id; those that do not are reported and left out.  The exit status.
 */
static int
pack_set(struct pk_chain *chain, struct pk_pack *pack, char **paths,
    size_t n, const char *id, const char *outdir, int zip, time_t created,
    size_t *npacked, struct pk_diag *d)
{
	struct converted	*cv;
	struct pk_pack_input	*in;
	struct pk_pack_tree	 tree;
	size_t			 i, nin = 0;
	int			 status = PK_EXIT_OK, st;

	memset(&tree, 0, sizeof(tree));
	cv = calloc(n, sizeof(*cv));
	in = calloc(n, sizeof(*in));
	if (cv == NULL || in == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		status = PK_EXIT_SYSTEM;
		goto out;
	}
	for (i = 0; i < n; i++) {
		if ((st = convert(chain, paths[i], &cv[i], d)) == PK_EXIT_OK)
			in[nin++] = cv[i].in;
		else if (st == PK_EXIT_SYSTEM) {
			status = st;
			goto out;
		} else
			status = st;
	}
	if (nin == 0)
		goto out;
	d->file = id;
	if (pk_pack_build_set(pack, in, nin, id, &tree) == -1) {
		status = d->last == PK_E_NOMEM ? PK_EXIT_SYSTEM : PK_EXIT_INPUT;
		goto out;
	}
	if ((st = write_tree(&tree, outdir, zip, created, d)) != PK_EXIT_OK)
		status = st;
	else
		*npacked = nin;
out:
	pk_pack_tree_free(&tree);
	for (i = 0; cv != NULL && i < n; i++)
		converted_free(&cv[i]);
	free(cv);
	free(in);
	return status;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "agreement",		required_argument, NULL, 'A' },
		{ "archivist",		required_argument, NULL, 'A' },
		{ "archivist-id",	required_argument, NULL, 'A' },
		{ "config",		required_argument, NULL, 'c' },
		{ "contact",		required_argument, NULL, 'A' },
		{ "contact-note",	required_argument, NULL, 'A' },
		{ "formats",		required_argument, NULL, 'f' },
		{ "help",		no_argument,	   NULL, 'h' },
		{ "ocr",		required_argument, NULL, 'O' },
		{ "one",		required_argument, NULL, '1' },
		{ "output",		required_argument, NULL, 'o' },
		{ "preservation",	required_argument, NULL, 'A' },
		{ "profile",		required_argument, NULL, 'p' },
		{ "quiet",		no_argument,	   NULL, 'q' },
		{ "reference-code",	required_argument, NULL, 'A' },
		{ "submitter",		required_argument, NULL, 'A' },
		{ "submitter-id",	required_argument, NULL, 'A' },
		{ "verify",		no_argument,	   NULL, 'Y' },
		{ "version",		no_argument,	   NULL, 'V' },
		{ "zip",		no_argument,	   NULL, 'z' },
		{ NULL,			0,		   NULL, 0 }
	};
	struct pk_chain_opts	 co = { PK_EXTRACT_OPTS_DEFAULT,
				    PK_RULES_MATCH_LIMIT, PK_TEXT_MAX_LINE,
				    NULL };
	struct pk_pack_agents	 agents = { 0 }, given = { 0 };
	struct pk_chain		 chain;
	struct pk_pack		*pack = NULL;
	struct pk_diag		 diag;
	struct pk_buf		 conf = { 0 };
	const char		*formats[MAX_FORMATS], *outdir = NULL;
	const char		*config = NULL, *formatlist = NULL;
	const char		*one = NULL;
	char			 oneid[128];
	char			 fbuf[512], rdir[PATH_MAX], xsd[PATH_MAX],
				 xdir[PATH_MAX], sdir[PATH_MAX];
	char			(*ids)[128] = NULL;
	size_t			 nformats = 0, npacked = 0, nids = 0;
	int			 c, li, quiet = 0, zip = 0, verify = 0;
	int			 status = PK_EXIT_OK, st;
	time_t			 created;

	/* Before the heap grows: its pages come 2 MB a fault. */
	pk_heap_init();
	pk_diag_init(&diag, PROG, stderr);
	stop_on_signals();
	while ((c = getopt_long(argc, argv, "c:f:ho:p:qVz", longopts, &li))
	    != -1)
		switch (c) {
		case 'A':
			(void)pk_pack_conf_set(&given, longopts[li].name,
			    optarg);
			break;
		case '1':
			one = optarg;
			break;
		case 'c':
			config = optarg;
			break;
		case 'f':
			formatlist = optarg;
			break;
		case 'h':
			help();
			break;
		case 'O':
			pk_cli_ocr_option(PROG, c, optarg, &co.extract.ocr,
			    USAGE);
			break;
		case 'o':
			outdir = optarg;
			break;
		case 'p':
			co.profile = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'V':
			pk_cli_version(PROG);
			break;
		case 'Y':
			verify = 1;
			break;
		case 'z':
			zip = 1;
			break;
		default:
			pk_cli_usage(USAGE);
		}
	if (optind == argc)
		pk_cli_usage(USAGE);
	pk_cli_xml_init();
	if (verify) {
		if (outdir != NULL || zip || formatlist != NULL || one != NULL)
			pk_cli_usage(USAGE);
		status = verify_all(argc - optind, argv + optind, &diag);
		xmlCleanupParser();
		return status;
	}
	if (outdir == NULL || (formatlist != NULL &&
	    (nformats = pk_cli_formats(PROG, formatlist, formats, MAX_FORMATS,
	    fbuf, sizeof(fbuf))) == 0))
		pk_cli_usage(USAGE);
	if (config != NULL && pk_pack_conf_read(config, &agents, &conf,
	    &diag) == -1)
		return PK_EXIT_USAGE;
	pk_pack_conf_merge(&agents, &given);
	if (agents.archivist == NULL || agents.submitter == NULL) {
		fprintf(stderr, "%s: no %s: give --%s or %s in the -c file "
		    "(E-ARK SIP 2.1 names who the records are from)\n", PROG,
		    agents.archivist == NULL ? "archivist" : "submitter",
		    agents.archivist == NULL ? "archivist" : "submitter",
		    agents.archivist == NULL ? "archivist" : "submitter");
		pk_buf_free(&conf);
		pk_cli_usage(USAGE);
	}
	created = pk_cli_source_date(PROG);

	if (pk_datadir(argv[0], "xslt", xdir, sizeof(xdir)) == -1 ||
	    pk_datadir(argv[0], "schemas", sdir, sizeof(sdir)) == -1 ||
	    pk_datadir(argv[0], "schemas/minutes.xsd", xsd, sizeof(xsd)) ==
	    -1 || pk_datadir(argv[0], "rules", rdir, sizeof(rdir)) == -1) {
		pk_diag(&diag, PK_E_DATADIR, 0, NULL);
		pk_buf_free(&conf);
		return PK_EXIT_SYSTEM;
	}
	for (size_t i = 0; i < nformats; i++) {
		char	 path[PATH_MAX + 16];

		snprintf(path, sizeof(path), "%s/%s.xsl", xdir, formats[i]);
		if (access(path, R_OK) != 0) {
			pk_cli_unknown_format(PROG, xdir, formats[i],
			    "pk-transform --list-formats");
			pk_buf_free(&conf);
			return PK_EXIT_USAGE;
		}
	}
	if (pk_chain_init(&chain, &co, rdir, NULL, xsd, xdir, formats,
	    nformats, &diag) == -1 || (pack = pk_pack_new(&agents, created,
	    xdir, sdir, &diag)) == NULL) {
		status = PK_EXIT_SYSTEM;
		goto out;
	}
	if (co.profile != NULL && pk_rules_find(chain.rules, co.profile) ==
	    NULL) {
		fprintf(stderr, "%s: -p: %s: %s\n", PROG,
		    pk_diag_text(PK_E_PROFILE_UNKNOWN), co.profile);
		status = PK_EXIT_USAGE;
		goto out;
	}
	if ((ids = calloc((size_t)(argc - optind), sizeof(*ids))) == NULL) {
		pk_diag(&diag, PK_E_NOMEM, 0, NULL);
		status = PK_EXIT_SYSTEM;
		goto out;
	}
	if (one != NULL) {
		/* A name of a folder, as the ids made from file names. */
		pk_pack_id(one, oneid, sizeof(oneid));
		if (strcmp(oneid, one) != 0) {
			fprintf(stderr, "%s: --one: %s is not a package name "
			    "(letters, digits, -, _, .)\n", PROG, one);
			status = PK_EXIT_USAGE;
			goto out;
		}
		status = pack_set(&chain, pack, argv + optind,
		    (size_t)(argc - optind), one, outdir, zip, created,
		    &npacked, &diag);
	}
	for (int i = optind; one == NULL && i < argc; i++) {
		st = pack_one(&chain, pack, argv[i], outdir, zip, created,
		    ids, nids, &diag);
		if (st == PK_EXIT_OK)
			npacked++, nids++;
		else if (st == PK_EXIT_SYSTEM) {
			status = st;
			break;
		} else if (status == PK_EXIT_OK)
			status = st;
	}
	if (!quiet && status != PK_EXIT_OK)
		fprintf(stderr, "%s: %zu of %d packed into %s\n", PROG,
		    npacked, argc - optind, outdir);
out:
	free(ids);
	pk_pack_free(pack);
	pk_chain_free(&chain);
	pk_buf_free(&conf);
	xmlCleanupParser();
	return status;
}
