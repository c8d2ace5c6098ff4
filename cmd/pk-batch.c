/* pk-batch: convert whole archives unattended (options, set-up, exit status). */
#include <sys/stat.h>

#include <getopt.h>
#include <glob.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../pipeline/batch.h"
#include "../pipeline/datadir.h"
#include "../pipeline/exit.h"
#include "../pipeline/heap.h"
#include "../pipeline/io.h"
#include "../pipeline/pack.h"
#include "../pipeline/packconf.h"
#include "../pipeline/rules.h"
#include "../pipeline/text.h"
#include "cli.h"

#define PROG	"pk-batch"
#define USAGE	"usage: pk-batch [-0qV] [-f formats] [-j jobs] [-p profile] " \
		"[-R dir] [--cpu s] [--dpi n] [--lang langs] [--log file] " \
		"[--max-failures n] [--max-size n] [--memory mb] [--ocr when] " \
		"[--ocr-seconds s] " \
		"[--pack] [--pack-config file] [--pack-zip] " \
		"[--password-file file] " \
		"[--plan] [--retry] " \
		"[--root dir] [--strict] [--timeout s] " \
		"-o outdir src ..."
#define MAX_FORMATS	PK_CHAIN_MAX_FORMATS

static void
help(void)
{
	puts(USAGE "\n\n"
	    "Convert every document of each src (a file, a directory tree, or -\n"
	    "for a list of paths on standard input) into outdir, mirroring the\n"
	    "tree: NAME.xml (minutes XML) and NAME.FORMAT.EXT for each format\n"
	    "(NAME.tei.xml, NAME.html), as pk-transform -o names them.\n\n"
	    "  -o, --output dir       where results, manifest.tsv and report.html go\n"
	    "  -f, --formats list     formats besides the minutes XML (html)\n"
	    "  -j, --jobs n           cores to use (the number of cores): one\n"
	    "                         document each, or the last few documents'\n"
	    "                         scanned pages spread over them\n"
	    "  -0, --null             the list on stdin is NUL-separated\n"
	    "      --root dir         a listed path's place in outdir is below\n"
	    "                         dir, as for the argument dir\n"
	    "  -p, --profile name     rule profile instead of the best-scoring\n"
	    "  -R, --rules dir        load profiles from dir\n"
	    "  -q, --quiet            no progress bar, even on a terminal\n"
	    "      --timeout s        wall-clock seconds per document (300)\n"
	    "      --cpu s            CPU seconds per document (300)\n"
	    "      --memory mb        memory per document, MB (2048)\n"
	    "      --max-size n       largest input read, bytes (268435456)\n"
	    "      --max-failures n   start no document after n failed (0: go\n"
	    "                         on, the default)\n"
	    "      --ocr when         OCR pages without text: auto (and poor\n"
	    "                         invisible layers), always, keep, never\n"
	    "                         (auto)\n"
	    "      --lang langs       OCR's languages (swe+eng), or auto:\n"
	    "                         the document's (auto)\n"
	    "      --dpi n            OCR's rendering resolution (300)\n"
	    "      --ocr-seconds s    more --timeout and --cpu for each page\n"
	    "                         read by OCR (60)\n"
	    "      --password-file f  try each line of f on encrypted PDFs\n"
	    "      --pack             an E-ARK SIP package of each converted\n"
	    "                         document in outdir/packages (pk-pack)\n"
	    "      --pack-config f    the packages' agents (pk-pack -c)\n"
	    "      --pack-zip         the packages as ZIPs\n"
	    "      --retry            convert again documents that failed\n"
	    "      --strict           exit 5 when documents are to review\n"
	    "      --log file         one JSON line per document to file\n"
	    "      --plan             print a shell command per pending document\n"
	    "  -h, --help             this text\n"
	    "  -V, --version          the version\n\n"
	    "A document converted with no item, a profile that does not fit\n"
	    "well or pages of low OCR confidence has status review: its outputs\n"
	    "are written, and report.html lists it first.\n\n"
	    "Exit status: 0 all converted (review documents too), 1 some\n"
	    "documents failed, 2 usage, 3 system trouble (disk full, outdir not\n"
	    "writable): run again to resume, 4 another run holds outdir:\n"
	    "nothing done, 5 with --strict: none failed, some to review.");
	pk_cli_exit_written(PROG);
}

/* s single-quoted for sh into out (truncated). */
static void
sh_quote_into(char *out, size_t size, const char *s)
{
	size_t	 o = 0;

	if (size < 3)
		return;
	out[o++] = '\'';
	for (; *s && o + 6 < size; s++)
		if (*s == '\'') {
			memcpy(out + o, "'\\''", 4);
			o += 4;
		} else
			out[o++] = *s;
	out[o++] = '\'';
	out[o] = '\0';
}

/* The digest of the files matching each pattern, in sorted order. */
static int
digest_glob(const char *const *patterns, size_t n, char out[PK_SHA256_HEX])
{
	glob_t	 g;
	int	 flags = 0, rc;

	memset(&g, 0, sizeof(g));
	for (size_t i = 0; i < n; i++) {
		rc = glob(patterns[i], flags, NULL, &g);
		if (rc != 0 && rc != GLOB_NOMATCH) {
			globfree(&g);
			return -1;
		}
		flags = GLOB_APPEND;
	}
	rc = pk_digest_files((const char *const *)g.gl_pathv, g.gl_pathc, out);
	globfree(&g);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "cpu",	required_argument,	NULL, 'C' },
		{ "dpi",	required_argument,	NULL, 'D' },
		{ "formats",	required_argument,	NULL, 'f' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "jobs",	required_argument,	NULL, 'j' },
		{ "lang",	required_argument,	NULL, 'L' },
		{ "log",	required_argument,	NULL, 'l' },
		{ "max-failures", required_argument,	NULL, 'X' },
		{ "max-size",	required_argument,	NULL, 'S' },
		{ "memory",	required_argument,	NULL, 'M' },
		{ "null",	no_argument,		NULL, '0' },
		{ "ocr",	required_argument,	NULL, 'O' },
		{ "ocr-seconds", required_argument,	NULL, 'G' },
		{ "output",	required_argument,	NULL, 'o' },
		{ "pack",	no_argument,		NULL, 'K' },
		{ "pack-config", required_argument,	NULL, 'k' },
		{ "pack-zip",	no_argument,		NULL, 'Z' },
		{ "password-file", required_argument,	NULL, 'U' },
		{ "plan",	no_argument,		NULL, 'P' },
		{ "profile",	required_argument,	NULL, 'p' },
		{ "quiet",	no_argument,		NULL, 'q' },
		{ "retry",	no_argument,		NULL, 'r' },
		{ "root",	required_argument,	NULL, 'W' },
		{ "rules",	required_argument,	NULL, 'R' },
		{ "strict",	no_argument,		NULL, 's' },
		{ "timeout",	required_argument,	NULL, 'T' },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL,		0,			NULL, 0 }
	};
	struct pk_batch_opts	 bo = { 0 };
	struct pk_pack_agents	 agents = { 0 };
	struct pk_buf		 packconf = { 0 };
	const char		*packconf_path = NULL;
	int			 packing = 0;
	struct pk_chain_opts	 co = { PK_EXTRACT_OPTS_DEFAULT,
				    PK_RULES_MATCH_LIMIT, PK_TEXT_MAX_LINE,
				    NULL };
	struct pk_chain		 chain;
	struct pk_batch		 batch;
	struct pk_doclist	 docs = { 0 };
	struct stat		 outst;
	struct pk_diag		 diag;
	const char		*formats[MAX_FORMATS], *logpath = NULL;
	const char		*rulesdir = NULL, *root = NULL;
	const char		*formatlist = "html";
	char			 fbuf[512], rdir[PATH_MAX],
				 xsd[PATH_MAX], xdir[PATH_MAX],
				 pat[7][PATH_MAX + 16],
				 segopts[2 * PATH_MAX + 64] = "";
	char			 patbuf[MAX_FORMATS][PATH_MAX + 16];
	char			 rules_digest[PK_SHA256_HEX],
				 styles_digest[PK_SHA256_HEX];
	size_t			 nformats, i;
	long			 ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int			 c, sep = '\n', plan = 0, quiet = 0, opened = 0,
				 status = PK_EXIT_SYSTEM, interrupted = 0;

	/* Before the heap grows: its pages come 2 MB a fault. */
	pk_heap_init();
	pk_diag_init(&diag, PROG, stderr);
	bo.jobs = ncpu > 0 ? (unsigned)ncpu : 1;
	bo.timeout = 300;
	bo.cpu = 300;
	bo.ocr_seconds = 60;
	bo.memory = (size_t)2048 << 20;
	bo.max_size = PK_IO_MAX_INPUT;
	while ((c = getopt_long(argc, argv, "0f:hj:o:p:qR:V", longopts,
	    NULL)) != -1)
		switch (c) {
		case '0':
			sep = '\0';
			break;
		case 'C':
			bo.cpu = (unsigned)pk_cli_number(PROG, "cpu", optarg,
			    0, 86400);
			break;
		case 'D':
		case 'L':
		case 'O':
			pk_cli_ocr_option(PROG, c, optarg, &co.extract.ocr,
			    USAGE);
			break;
		case 'f':
			formatlist = optarg;
			break;
		case 'K':
			packing = 1;
			break;
		case 'k':
			packconf_path = optarg;
			break;
		case 'Z':
			bo.pack_zip = 1;
			break;
		case 'G':
			bo.ocr_seconds = (unsigned)pk_cli_number(PROG,
			    "ocr-seconds", optarg, 0, 3600);
			break;
		case 'h':
			help();
			break;
		case 'j':
			bo.jobs = (unsigned)pk_cli_number(PROG, "jobs", optarg,
			    1, 256);
			break;
		case 'l':
			logpath = optarg;
			break;
		case 'M':
			bo.memory = pk_cli_number(PROG, "memory", optarg, 0,
			    1UL << 20) << 20;
			break;
		case 'o':
			bo.outdir = optarg;
			break;
		case 'P':
			plan = 1;
			break;
		case 'p':
			co.profile = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'R':
			rulesdir = optarg;
			break;
		case 'r':
			bo.retry = 1;
			break;
		case 's':
			bo.strict = 1;
			break;
		case 'S':
			bo.max_size = pk_cli_number(PROG, "max-size", optarg, 1,
			    (size_t)1 << 32);
			break;
		case 'T':
			bo.timeout = (unsigned)pk_cli_number(PROG, "timeout",
			    optarg, 0, 86400 * 7);
			break;
		case 'V':
			pk_cli_version(PROG);
			break;
		case 'U':
			pk_cli_password_option(PROG, 'W', optarg,
			    &co.extract);
			bo.password_file = optarg;
			break;
		case 'W':
			root = optarg;
			break;
		case 'X':
			bo.max_failures = (unsigned)pk_cli_number(PROG,
			    "max-failures", optarg, 0, 1UL << 31);
			break;
		default:
			pk_cli_usage(USAGE);
		}
	/* Each usage error says what it is, then the usage. */
	if (bo.outdir == NULL) {
		fprintf(stderr, "%s: no output directory: give -o outdir\n",
		    PROG);
		pk_cli_usage(USAGE);
	}
	if (optind == argc) {
		fprintf(stderr, "%s: no source: give a file, a directory or "
		    "- (a list on standard input)\n", PROG);
		pk_cli_usage(USAGE);
	}
	if ((nformats = pk_cli_formats(PROG, formatlist, formats, MAX_FORMATS,
	    fbuf, sizeof(fbuf))) == 0)
		pk_cli_usage(USAGE);
	/* --pack: the agents first, a usage error before anything runs. */
	if ((packconf_path != NULL || bo.pack_zip) && !packing) {
		fprintf(stderr, "%s: --%s: only with --pack\n", PROG,
		    packconf_path != NULL ? "pack-config" : "pack-zip");
		pk_cli_usage(USAGE);
	}
	if (packing) {
		if (packconf_path != NULL && pk_pack_conf_read(packconf_path,
		    &agents, &packconf, &diag) == -1)
			return PK_EXIT_USAGE;
		if (agents.archivist == NULL || agents.submitter == NULL) {
			fprintf(stderr, "%s: --pack: no archivist or "
			    "submitter: give them in --pack-config\n", PROG);
			pk_buf_free(&packconf);
			pk_cli_usage(USAGE);
		}
		bo.pack_created = pk_cli_source_date(PROG);
	}
	bo.progress = !quiet && !plan && isatty(STDERR_FILENO);
	pk_cli_xml_init();

	if (pk_datadir(argv[0], "xslt", xdir, sizeof(xdir)) == -1 ||
	    pk_datadir(argv[0], "schemas/minutes.xsd", xsd, sizeof(xsd)) ==
	    -1 || pk_datadir(argv[0], "rules", rdir, sizeof(rdir)) == -1) {
		pk_diag(&diag, PK_E_DATADIR, 0, NULL);
		return PK_EXIT_SYSTEM;
	}
	for (i = 0; i < nformats; i++) {
		snprintf(patbuf[i], sizeof(patbuf[i]), "%s/%s.xsl", xdir,
		    formats[i]);
		if (access(patbuf[i], R_OK) != 0) {
			pk_cli_unknown_format(PROG, xdir, formats[i],
			    "pk-transform --list-formats");
			return PK_EXIT_USAGE;
		}
	}
	/*
	 * The stylesheets of every format, not only -f's: a record's
	 * digest must not change with -f, or changing -f would convert
	 * everything again (issue 13); the formats a record lacks are
	 * made from its minutes XML.
	 */
	snprintf(pat[1], sizeof(pat[1]), "%s/*.xsl", xdir);
	snprintf(pat[2], sizeof(pat[2]), "%s/lib/*.xsl", xdir);
	/* The vocabularies too: a profile is its rules and what they
	 * include.  -R's beside the installed ones. */
	snprintf(pat[3], sizeof(pat[3]), "%s/*.rules", rdir);
	snprintf(pat[4], sizeof(pat[4]), "%s/*.vocab", rdir);
	snprintf(pat[5], sizeof(pat[5]), "%s/*.rules", rulesdir ? rulesdir :
	    rdir);
	snprintf(pat[6], sizeof(pat[6]), "%s/*.vocab", rulesdir ? rulesdir :
	    rdir);
	if (digest_glob((const char *const[]){ pat[3], pat[4], pat[5],
	    pat[6] }, rulesdir ? 4 : 2, rules_digest) == -1 ||
	    digest_glob((const char *const[]){ pat[1], pat[2], xsd }, 3,
	    styles_digest) == -1) {
		pk_diag(&diag, PK_E_DATADIR, 0, "%s", rulesdir ? rulesdir :
		    rdir);
		return PK_EXIT_SYSTEM;
	}
	/* A plan's pk-segment reads the same profiles (names: [a-z_-]). */
	if (rulesdir != NULL) {
		snprintf(segopts, sizeof(segopts), " -R ");
		sh_quote_into(segopts + 4, sizeof(segopts) - 4, rulesdir);
	}
	if (co.profile != NULL)
		snprintf(segopts + strlen(segopts), sizeof(segopts) -
		    strlen(segopts), " -p '%s'", co.profile);

	/* The documents, before anything is written; not the results of
	 * a run before, where outdir is in a source tree. */
	if (stat(bo.outdir, &outst) == 0 && S_ISDIR(outst.st_mode)) {
		docs.skip_set = 1;
		docs.skip_dev = outst.st_dev;
		docs.skip_ino = outst.st_ino;
	}
	for (i = (size_t)optind; i < (size_t)argc; i++)
		if (strcmp(argv[i], "-") == 0 ?
		    pk_walk_list(&docs, stdin, sep, root, &diag) == -1 :
		    pk_walk_add(&docs, argv[i], &diag) == -1) {
			status = PK_EXIT_USAGE;
			goto out;
		}

	/* Two documents of one package id: refused before any work, as
	 * pk-pack does; else the last one's package replaced the other's. */
	if (packing && (c = pk_batch_pack_clashes(&docs, &diag)) != 0) {
		status = c == -1 ? PK_EXIT_SYSTEM : PK_EXIT_USAGE;
		goto out;
	}
	/* Rules, schema and stylesheets compiled once, before any fork. */
	if (pk_chain_init(&chain, &co, rdir, rulesdir, xsd, xdir, formats,
	    nformats, &diag) == -1) {
		pk_chain_free(&chain);
		goto out;
	}
	/*
	 * A profile that is not there is the command's mistake, not each
	 * document's: said once, before OUTDIR is touched (issue 13: every
	 * document was rejected, and stayed so after the command was put
	 * right).
	 */
	if (co.profile != NULL && pk_rules_find(chain.rules, co.profile) ==
	    NULL) {
		fprintf(stderr, "%s: -p: %s: %s (profiles:", PROG,
		    pk_diag_text(PK_E_PROFILE_UNKNOWN), co.profile);
		for (i = 0; i < chain.rules->nprofiles; i++)
			fprintf(stderr, " %s", chain.rules->profiles[i].name);
		fputs(")\n", stderr);
		pk_chain_free(&chain);
		status = PK_EXIT_USAGE;
		goto out;
	}
	/*
	 * So are OCR's languages: a --lang without its data is a usage
	 * error (issue 13: Tesseract dropped it, and the documents said it
	 * was used).
	 */
	pk_cli_check_langs(PROG, &co.extract.ocr);
	if (packing) {
		char	 sdir[PATH_MAX];

		if (pk_datadir(argv[0], "schemas", sdir, sizeof(sdir)) == -1 ||
		    (bo.pack = pk_pack_new(&agents, bo.pack_created, xdir,
		    sdir, &diag)) == NULL) {
			pk_chain_free(&chain);
			goto out;
		}
	}
	if (logpath != NULL && (bo.log = fopen(logpath, "a")) == NULL) {
		pk_diag_at(&diag, PK_E_WRITE, logpath, 0, "cannot open");
		pk_chain_free(&chain);
		goto out;
	}
	if (pk_batch_open(&batch, &bo, &chain, rules_digest, styles_digest,
	    &diag) == 0) {
		opened = 1;
		if (plan) {
			/* Closed even when a write failed: that says why. */
			int planned = pk_batch_plan(&batch, &docs, segopts,
			    stdout);

			diag.file = NULL;
			status = pk_io_close_stdout(&diag) == 0 &&
			    planned == 0 ? PK_EXIT_OK : PK_EXIT_SYSTEM;
		} else {
			const struct pk_batch_stats *s = &batch.stats;
			size_t failed = 0, review;
			char halt[128] = "";

			/* Documents embedded in PDFs: FILE#NAME each. */
			if (pk_batch_embedded(&docs, &co.extract,
			    bo.max_size) == -1)
				pk_diag(&diag, PK_E_NOMEM, 0, NULL);
			c = pk_batch_run(&batch, &docs);
			review = s->count[PK_DOC_REVIEW] + s->review_before;
			for (i = PK_DOC_REJECTED; i < PK_DOC_SYSTEM; i++)
				failed += s->count[i];
			if (pk_batch_report(&batch) == -1 && c == 0) {
				pk_diag_at(&diag, PK_E_WRITE, bo.outdir, 0,
				    "report.html: cannot write");
				c = -1;
			}
			/* Documents to review are converted: no failure,
			 * unless --strict asks for it. */
			status = c == -1 ? PK_EXIT_SYSTEM : failed ||
			    docs.nunreadable ? PK_EXIT_INPUT : bo.strict &&
			    review ?
			    PK_EXIT_REVIEW : PK_EXIT_OK;
			/*
			 * Quiet for cron unless something went wrong or
			 * this run found documents to review that were not
			 * before (said the night they came, not every night
			 * after, nor when only -f changed).
			 */
			if (s->interrupted && s->not_tried == 0)
				snprintf(halt, sizeof(halt), "; stopped by "
				    "SIG%s, none left to do",
				    s->interrupted == SIGTERM ? "TERM" :
				    s->interrupted == SIGINT ? "INT" : "HUP");
			else if (s->interrupted)
				snprintf(halt, sizeof(halt), "; stopped by "
				    "SIG%s, %zu not done: run again to resume",
				    s->interrupted == SIGTERM ? "TERM" :
				    s->interrupted == SIGINT ? "INT" : "HUP",
				    s->not_tried);
			else if (s->not_tried > 0)
				snprintf(halt, sizeof(halt), "; stopped at "
				    "%zu failed (--max-failures), %zu not "
				    "tried", failed, s->not_tried);
			interrupted = s->interrupted;
			if (status != PK_EXIT_OK || bo.progress ||
			    interrupted ||
			    s->review_new > 0)
				fprintf(stderr, "%s: %zu documents: %zu "
				    "converted, %zu unchanged, %zu failed "
				    "(%zu failed before), %zu to review, "
				    "%ld pages in %.1f s%s; report: "
				    "%s/report.html\n", PROG, docs.n,
				    s->count[PK_DOC_OK] +
				    s->count[PK_DOC_REVIEW],
				    s->count[PK_DOC_UNCHANGED], failed,
				    s->skipped_failed, review, s->pages,
				    s->seconds, halt, bo.outdir);
		}
	} else if (diag.last == PK_E_BUSY)
		status = PK_EXIT_BUSY;
	if (opened)
		pk_batch_close(&batch);
	pk_chain_free(&chain);
out:
	if (bo.log != NULL && fclose(bo.log) == EOF)
		status = PK_EXIT_SYSTEM;
	pk_doclist_free(&docs);
	pk_pack_free(bo.pack);
	pk_buf_free(&packconf);
	xmlCleanupParser();
	/*
	 * Stopped by a signal, with OUTDIR left clean and its manifest
	 * whole: die of it, as the shell and a supervisor expect.
	 */
	if (interrupted) {
		fflush(NULL);
		signal(interrupted, SIG_DFL);
		raise(interrupted);
	}
	return status;
}
