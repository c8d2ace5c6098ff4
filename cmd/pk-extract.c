/* pk-extract: PDF, DOCX, ODT or text to paged text (options, files, exit status). */
#include <sys/stat.h>

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../pipeline/exit.h"
#include "../pipeline/extract.h"
#include "../pipeline/heap.h"
#include "../pipeline/io.h"
#include "../pipeline/pdfahead.h"
#include "../pipeline/pdfembed.h"
#include "cli.h"

#define PROG	"pk-extract"
#define USAGE	"usage: pk-extract [-qV] [-j n] [-o file | -d dir] [-t type] " \
		"[--dpi n] [--keep-original] [--lang langs] " \
		"[--ocr auto|always|keep|never] [--max-entries n] [--max-entry-size n] " \
		"[--max-pages n] [--max-ratio n] [--max-size n] " \
		"[--max-total-size n] [--pages first-last] [--password pw] " \
		"[--password-file file] " \
		"file ..."

static void
help(void)
{
	puts(USAGE "\n\n"
	    "Extract the text of minutes (PDF, DOCX, ODT, scanned page images\n"
	    "as TIFF, PNG or JPEG, or text; '-' reads standard input) as paged\n"
	    "text with front matter.  Pages without a text layer are read by\n"
	    "OCR (Tesseract).\n\n"
	    "  -d, --directory dir      many files: each to dir/NAME.txt\n"
	    "  -j, --jobs n             pages read by OCR at once (1)\n"
	    "  -o, --output file        write to file (atomically), not stdout\n"
	    "  -q, --quiet              no warnings\n"
	    "  -t, --type type          pdf, docx, odt, tiff, png, jpeg or txt,\n"
	    "                           instead of detecting it\n"
	    "      --dpi n              OCR: render PDF pages at n dpi (300)\n"
	    "      --keep-original      tracked changes: the text before them\n"
	    "      --lang langs         OCR: Tesseract's languages (swe+eng),\n"
	    "                           or auto: the document's (auto)\n"
	    "      --ocr when           auto: pages without a text layer, or\n"
	    "                           with a poor invisible one; always;\n"
	    "                           keep: as auto, invisible layers kept;\n"
	    "                           never (auto)\n"
	    "      --max-entries n      DOCX/ODT entries at most (10000)\n"
	    "      --max-entry-size n   uncompressed bytes an entry (67108864)\n"
	    "      --max-pages n        pages at most (5000)\n"
	    "      --max-ratio n        compression ratio at most (200)\n"
	    "      --max-size n         input bytes at most (268435456)\n"
	    "      --max-total-size n   uncompressed bytes in all (268435456)\n"
	    "      --pages first-last   of a PDF or TIFF read only these pages\n"
	    "                           (3-5, 3-, -5, 4); the others stay empty\n"
	    "      --password pw        try pw on an encrypted PDF (repeatable;\n"
	    "                           others on the machine may see it)\n"
	    "      --password-file file try each line of file, a password\n"
	    "  -h, --help               this text\n"
	    "  -V, --version            the version\n\n"
	    "Exit status: 0 extracted, 1 input rejected, 2 usage, 3 system.");
	pk_cli_exit_written(PROG);
}

/*
 * data[0..len) to paged text as file, written to outpath (NULL:
 * standard output).  Returns the exit status it calls for.
 */
static int
extract_data(const char *data, size_t len, const char *file,
    const char *outpath, enum pk_format fmt,
    const struct pk_extract_opts *opt, struct pk_diag *diag)
{
	struct pk_buf	 output = { 0 };
	int		 status = PK_EXIT_OK;

	if (pk_extract_run(data, len, fmt, file, opt, &output, diag) == -1)
		status = diag->last == PK_E_NOMEM || diag->last == PK_E_OCR ||
		    diag->last == PK_E_LIBRARY ? PK_EXIT_SYSTEM : PK_EXIT_INPUT;
	else if (pk_io_write(outpath, output.data, output.len, diag) == -1 ||
	    (outpath == NULL && pk_io_close_stdout(diag) == -1))
		status = PK_EXIT_SYSTEM;
	pk_buf_free(&output);
	return status;
}

/*
 * The documents embedded in a PDF (a portfolio's, attachments), each a
 * document of its own: with outdir, each PDF, DOCX or ODT to
 * outdir/BASE#NAME.txt (BASE the PDF's name); without, refused with
 * one line each, since standard output holds one document.  Other
 * files are left out with a warning.  *cover is set when the PDF's own
 * pages are only a portfolio's cover, not to be extracted.  Returns
 * the exit status it calls for.
 */
static int
extract_embedded(const char *inpath, const struct pk_buf *input,
    const char *outdir, const struct pk_extract_opts *opt, size_t max_size,
    int *cover, struct pk_diag *diag)
{
	struct pk_embedded_list	 list;
	struct pk_diag		 quiet;
	const char	*base = strrchr(inpath, '/') ? strrchr(inpath, '/') + 1 :
			    inpath;
	char		 name[PATH_MAX], path[PATH_MAX], shown[PATH_MAX];
	size_t		 i, ndocs = 0;
	int		 status = PK_EXIT_OK, st;

	*cover = 0;
	/* A PDF that cannot be opened is said once, by its extraction. */
	pk_diag_init(&quiet, PROG, NULL);
	if (pk_pdfembed_list(input->data, input->len, opt, max_size, &list,
	    &quiet) == -1)
		return PK_EXIT_OK;
	for (i = 0; i < list.n; i++)
		ndocs += pk_pdfembed_is_document(&list.v[i]);
	*cover = list.portfolio && ndocs > 0;
	for (i = 0; i < list.n; i++) {
		const struct pk_embedded *e = &list.v[i];

		snprintf(name, sizeof(name), "%s#%s", base, e->name);
		snprintf(shown, sizeof(shown), "%s#%s", pk_io_name(inpath),
		    e->name);
		diag->file = shown;
		if (!pk_pdfembed_is_document(e)) {
			pk_diag(diag, PK_W_EMBEDDED, 0, "%s",
			    e->data == NULL ? "an embedded file larger than "
			    "--max-size" : "an embedded file, not a PDF, DOCX "
			    "or ODT");
			continue;
		}
		if (outdir == NULL) {
			pk_diag(diag, PK_E_EMBEDDED, 0, "%s, a document of "
			    "its own: extract it with -d dir%s",
			    pk_format_name(e->fmt), *cover ? " (the PDF is a "
			    "portfolio, its pages only a cover)" : "");
			status = PK_EXIT_INPUT;
			continue;
		}
		if (snprintf(path, sizeof(path), "%s/%s.txt", outdir, name) >=
		    (int)sizeof(path)) {
			pk_diag(diag, PK_E_WRITE, 0, "%s: name too long", name);
			status = PK_EXIT_INPUT;
			continue;
		}
		st = extract_data(e->data, e->len, name, path, e->fmt, opt,
		    diag);
		if (st > status)
			status = st;
		if (st == PK_EXIT_SYSTEM && diag->last == PK_E_WRITE)
			break;
	}
	diag->file = pk_io_name(inpath);
	pk_pdfembed_free(&list);
	return status;
}

/*
 * One file to paged text, written to outpath (NULL: standard output),
 * and a PDF's embedded documents (outdir: where they go, or NULL).
 * Returns the exit status it calls for.
 */
static int
extract_one(const char *inpath, const char *outpath, const char *outdir,
    enum pk_format fmt, const struct pk_extract_opts *opt, size_t max_size,
    struct pk_diag *diag)
{
	struct pk_buf	 input = { 0 };
	int		 status = PK_EXIT_OK, cover = 0;

	diag->file = pk_io_name(inpath);
	if (pk_io_read(inpath, max_size, &input, diag) == -1) {
		status = pk_cli_read_exit(inpath, diag);
		goto out;
	}
	if (input.len > 0 && (fmt == PK_FMT_PDF || (fmt == PK_FMT_UNKNOWN &&
	    pk_extract_detect(input.data, input.len) == PK_FMT_PDF)))
		status = extract_embedded(inpath, &input, outdir, opt,
		    max_size, &cover, diag);
	if (status == PK_EXIT_SYSTEM)
		goto out;
	/* A portfolio's cover ("open this in Acrobat") is no minutes. */
	if (cover && outdir != NULL) {
		pk_diag(diag, PK_W_EMBEDDED, 0, "the cover page of a PDF "
		    "portfolio; its documents are extracted");
		goto out;
	}
	/* Standard output holds one document: not a cover alone. */
	if (cover)
		goto out;
	{
		int st = extract_data(input.data ? input.data : "", input.len,
		    strcmp(inpath, "-") == 0 ? NULL : inpath, outpath, fmt,
		    opt, diag);

		if (st > status)
			status = st;
	}
out:
	pk_buf_free(&input);
	return status;
}

/*
 * dir/NAME.txt for input number k of names: NAME is the input's own
 * name, extension and all (minutes.pdf.txt), so that minutes.pdf and
 * minutes.docx do not meet; -1 when an earlier input had the name.
 */
static int
out_name(const char *dir, const char *in, char *const *names, int k,
    char *path, size_t size)
{
	const char	*base = strrchr(in, '/') ? strrchr(in, '/') + 1 : in;
	int		 j;

	for (j = 0; j < k; j++) {
		const char *b = strrchr(names[j], '/') ? strrchr(names[j],
		    '/') + 1 : names[j];

		if (strcmp(b, base) == 0)
			return -1;
	}
	if (snprintf(path, size, "%s/%s.txt", dir, base) >= (int)size)
		return -1;
	return 0;
}

/* Whether paths a and b name one file (b may be "-": no file). */
static int
same_file(const char *a, const char *b)
{
	struct stat	 sa, sb;

	return strcmp(b, "-") != 0 && stat(a, &sa) == 0 &&
	    stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	    sa.st_ino == sb.st_ino;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "directory",		required_argument,	NULL, 'd' },
		{ "dpi",		required_argument,	NULL, 'D' },
		{ "help",		no_argument,		NULL, 'h' },
		{ "jobs",		required_argument,	NULL, 'j' },
		{ "lang",		required_argument,	NULL, 'L' },
		{ "ocr",		required_argument,	NULL, 'O' },
		{ "keep-original",	no_argument,		NULL, 'K' },
		{ "max-entries",	required_argument,	NULL, 'E' },
		{ "max-entry-size",	required_argument,	NULL, 'Z' },
		{ "max-pages",		required_argument,	NULL, 'P' },
		{ "max-ratio",		required_argument,	NULL, 'R' },
		{ "max-size",		required_argument,	NULL, 'S' },
		{ "max-total-size",	required_argument,	NULL, 'T' },
		{ "output",		required_argument,	NULL, 'o' },
		{ "pages",		required_argument,	NULL, 'G' },
		{ "password",		required_argument,	NULL, 'w' },
		{ "password-file",	required_argument,	NULL, 'W' },
		{ "quiet",		no_argument,		NULL, 'q' },
		{ "type",		required_argument,	NULL, 't' },
		{ "version",		no_argument,		NULL, 'V' },
		{ NULL,			0,			NULL, 0 }
	};
	struct pk_extract_opts	 opt = PK_EXTRACT_OPTS_DEFAULT;
	struct pk_diag		 diag;
	enum pk_format		 fmt = PK_FMT_UNKNOWN;
	const char		*outpath = NULL, *outdir = NULL;
	size_t			 max_size = PK_IO_MAX_INPUT;
	int			 c, i, status;

	/* Before the heap grows: its pages come 2 MB a fault. */
	pk_heap_init();
	pk_diag_init(&diag, PROG, stderr);
	/* The later pages of a PDF on a second core, where one is idle. */
	if (pk_ahead_core_free())
		opt.read_ahead = PK_EXTRACT_READ_AHEAD;
	while ((c = getopt_long(argc, argv, "d:hj:o:qt:V", longopts, NULL)) != -1)
		switch (c) {
		case 'G':
			pk_cli_page_range(PROG, optarg, &opt, USAGE);
			break;
		case 'w':
		case 'W':
			pk_cli_password_option(PROG, c, optarg, &opt);
			break;
		case 'h':
			help();
			break;
		case 'K':
			opt.keep_original = 1;
			break;
		case 'D':
		case 'L':
		case 'O':
			pk_cli_ocr_option(PROG, c, optarg, &opt.ocr, USAGE);
			break;
		case 'j':
			opt.ocr.jobs = (int)pk_cli_number(PROG, "jobs", optarg,
			    1, 64);
			break;
		case 'E':
			opt.zip.max_entries = pk_cli_number(PROG, "max-entries",
			    optarg, 1, 1000000);
			break;
		case 'Z':
			opt.zip.max_entry_size = pk_cli_number(PROG,
			    "max-entry-size", optarg, 1024, (size_t)1 << 32);
			break;
		case 'P':
			opt.max_pages = pk_cli_number(PROG, "max-pages", optarg,
			    1, 100000);
			break;
		case 'R':
			opt.zip.max_ratio = pk_cli_number(PROG, "max-ratio",
			    optarg, 2, 100000);
			break;
		case 'S':
			max_size = pk_cli_number(PROG, "max-size", optarg, 1,
			    (size_t)1 << 32);
			break;
		case 'T':
			opt.zip.max_total_size = pk_cli_number(PROG,
			    "max-total-size", optarg, 1024, (size_t)1 << 34);
			break;
		case 'd':
			/* "" would be the root: "/NAME.txt". */
			if (*optarg == '\0') {
				fprintf(stderr, "%s: -d: empty directory "
				    "name\n", PROG);
				pk_cli_usage(USAGE);
			}
			outdir = optarg;
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'q':
			diag.quiet_warnings = 1;
			break;
		case 't':
			if ((fmt = pk_format_from_name(optarg)) ==
			    PK_FMT_UNKNOWN) {
				fprintf(stderr, "%s: -t: %s is not pdf, docx, "
				    "odt, tiff, png, jpeg or txt\n", PROG, optarg);
				pk_cli_usage(USAGE);
			}
			break;
		case 'V':
			pk_cli_version(PROG);
			break;
		default:
			pk_cli_usage(USAGE);
		}
	if (outdir != NULL && outpath != NULL) {
		fprintf(stderr, "%s: -o and -d: one or the other\n", PROG);
		pk_cli_usage(USAGE);
	}
	if (argc - optind < 1 || (outdir == NULL && argc - optind != 1))
		pk_cli_usage(USAGE);
	pk_cli_xml_init();
	/* A --lang without its data: said before any input is read. */
	pk_cli_check_langs(PROG, &opt.ocr);

	/* The text written over the document it came from: refused. */
	if (outpath != NULL && same_file(outpath, argv[optind])) {
		fprintf(stderr, "%s: -o: %s is the input itself\n", PROG,
		    outpath);
		pk_cli_usage(USAGE);
	}
	if (outdir == NULL)
		return extract_one(argv[optind], outpath, NULL, fmt, &opt,
		    max_size, &diag);
	/* Many files in one process: start-up paid once (docs/benchmarks.md). */
	status = PK_EXIT_OK;
	for (i = optind; i < argc; i++) {
		char	 path[PATH_MAX];
		int	 st;

		if (strcmp(argv[i], "-") == 0) {
			fprintf(stderr, "%s: -d: standard input has no name "
			    "to write under\n", PROG);
			pk_cli_usage(USAGE);
		}
		if (out_name(outdir, argv[i], argv + optind, i - optind, path,
		    sizeof(path)) == -1) {
			diag.file = pk_io_name(argv[i]);
			pk_diag(&diag, PK_E_WRITE, 0, "%s: the name of an "
			    "earlier file, or too long", path);
			status = status == PK_EXIT_SYSTEM ? status :
			    PK_EXIT_INPUT;
			continue;
		}
		st = extract_one(argv[i], path, outdir, fmt, &opt, max_size,
		    &diag);
		if (st == PK_EXIT_SYSTEM && diag.last == PK_E_WRITE)
			return st;	/* a full disk stays full: stop */
		if (st > status)
			status = st;
	}
	return status;
}
