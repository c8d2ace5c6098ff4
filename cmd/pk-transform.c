/* pk-transform: minutes XML to another format through XSLT (options, files, exit status). */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/tree.h>

#include "../pipeline/datadir.h"
#include "../pipeline/exit.h"
#include "../pipeline/heap.h"
#include "../pipeline/io.h"
#include "../pipeline/transform.h"
#include "../pipeline/version.h"
#include "cli.h"

#define PROG	"pk-transform"
#define USAGE	"usage: pk-transform [-V] [-f format[,format...] | " \
		"-x stylesheet] [-o file] [-p name=value ...] " \
		"[--list-formats [--json]] " \
		"[--max-size n] [file]"
#define MAX_PARAMS	64
#define MAX_FORMATS	16

static void
help(void)
{
	puts(USAGE "\n\n"
	    "Transform minutes XML (file, or standard input) with XSLT.\n\n"
	    "  -f, --format name      a bundled stylesheet: xslt/NAME.xsl (html);\n"
	    "                         several, comma-separated, need -o\n"
	    "  -o, --output file      write to file (atomically), not stdout;\n"
	    "                         with several formats, file.NAME.EXT each\n"
	    "                         (file.html for html)\n"
	    "  -p, --param name=value pass a string parameter (repeatable)\n"
	    "  -x, --stylesheet file  use this stylesheet instead\n"
	    "      --list-formats     print the bundled formats\n"
	    "      --json             --list-formats as JSON, with what each\n"
	    "                         makes\n"
	    "      --max-size n       largest input accepted, bytes (268435456)\n"
	    "  -h, --help             this text\n"
	    "  -V, --version          the version\n\n"
	    "Exit status: 0 transformed, 1 input rejected, 2 usage, 3 system.");
	pk_cli_exit_written(PROG);
}

/* The bundled formats, sorted: names, or with json their descriptions. */
static int
list_formats(const char *dir, int json)
{
	char	**names, desc[512];
	int	  n = pk_cli_list_formats(dir, &names);

	if (n == -1)
		return -1;
	for (int i = 0; i < n; i++) {
		if (!json) {
			puts(names[i]);
			continue;
		}
		pk_cli_format_description(dir, names[i], desc, sizeof(desc));
		fputs(i ? ",\n {\"name\": " : "[{\"name\": ", stdout);
		pk_cli_json_string(stdout, names[i]);
		fputs(", \"description\": ", stdout);
		pk_cli_json_string(stdout, desc);
		putchar('}');
	}
	if (json)
		puts(n ? "]" : "[]");
	pk_cli_free_names(names, (size_t)n);
	return 0;
}

/* Whether doc's root is the minutes model's (pk-segment's output). */
static int
is_minutes(xmlDocPtr doc)
{
	xmlNodePtr	 root = xmlDocGetRootElement(doc);

	return root != NULL && root->ns != NULL &&
	    xmlStrcmp(root->name, BAD_CAST "minutes") == 0 &&
	    xmlStrcmp(root->ns->href, BAD_CAST PK_MINUTES_NS) == 0;
}

/*
 * Each format's result to outpath.SUFFIX, all or none: every one is
 * written to a temporary first, and only then are they renamed into
 * place (a failure while writing, a full disk or a directory in the
 * way, left the formats before it written).
 */
static int
write_all_formats(struct pk_transform *const *tr, const char *const *names,
    size_t n, const char *outpath, const struct pk_buf *output,
    struct pk_diag *d)
{
	struct pk_io_staged	 staged[MAX_FORMATS];
	char			 path[PATH_MAX], suffix[96];
	size_t			 i, k;
	int			 rc = 0;

	for (i = 0; i < n; i++) {
		pk_transform_suffix(tr[i], names[i], suffix, sizeof(suffix));
		snprintf(path, sizeof(path), "%s.%s", outpath, suffix);
		if (pk_io_stage(path, output[i].data ? output[i].data : "",
		    output[i].len, &staged[i], d) == -1) {
			for (k = 0; k < i; k++)
				pk_io_unstage(&staged[k]);
			return -1;
		}
	}
	for (i = 0; i < n; i++)
		if (pk_io_commit(&staged[i], d) == -1)
			rc = -1;
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "format",		required_argument,	NULL, 'f' },
		{ "help",		no_argument,		NULL, 'h' },
		{ "json",		no_argument,		NULL, 'J' },
		{ "list-formats",	no_argument,		NULL, 'L' },
		{ "max-size",		required_argument,	NULL, 'S' },
		{ "output",		required_argument,	NULL, 'o' },
		{ "param",		required_argument,	NULL, 'p' },
		{ "stylesheet",		required_argument,	NULL, 'x' },
		{ "version",		no_argument,		NULL, 'V' },
		{ NULL,			0,			NULL, 0 }
	};
	struct pk_diag		 diag;
	struct pk_buf		 input = { 0 }, output[MAX_FORMATS];
	struct pk_transform	*tr[MAX_FORMATS] = { 0 };
	const char		*names[MAX_FORMATS];
	char			 fbuf[512];
	size_t			 i, nformats = 0;
	xmlDocPtr		 doc = NULL;
	const char		*params[2 * MAX_PARAMS + 1];
	const char		*outpath = NULL, *format = NULL, *style = NULL;
	const char		*inpath;
	char			 dir[PATH_MAX], path[PATH_MAX + 64], *eq;
	size_t			 nparams = 0, max_size = PK_IO_MAX_INPUT;
	int			 c, list = 0, json = 0, status = PK_EXIT_INPUT;

	/* Before the heap grows: its pages come 2 MB a fault. */
	pk_heap_init();
	memset(output, 0, sizeof(output));
	pk_diag_init(&diag, PROG, stderr);
	while ((c = getopt_long(argc, argv, "f:ho:p:Vx:", longopts, NULL)) !=
	    -1)
		switch (c) {
		case 'f':
			format = optarg;
			break;
		case 'h':
			help();
			break;
		case 'J':
			json = 1;
			break;
		case 'L':
			list = 1;
			break;
		case 'S':
			max_size = pk_cli_number(PROG, "max-size", optarg, 1,
			    (size_t)1 << 30);
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'p':
			if ((eq = strchr(optarg, '=')) == NULL ||
			    eq == optarg || nparams == MAX_PARAMS) {
				fprintf(stderr, "%s: -p: expected name=value "
				    "(at most %d)\n", PROG, MAX_PARAMS);
				pk_cli_usage(USAGE);
			}
			*eq = '\0';
			params[2 * nparams] = optarg;
			params[2 * nparams + 1] = eq + 1;
			nparams++;
			break;
		case 'V':
			pk_cli_version(PROG);
			break;
		case 'x':
			style = optarg;
			break;
		default:
			pk_cli_usage(USAGE);
		}
	params[2 * nparams] = NULL;
	if (format != NULL && style != NULL) {
		fprintf(stderr, "%s: -f and -x: one or the other\n", PROG);
		pk_cli_usage(USAGE);
	}
	if (json && !list) {
		fprintf(stderr, "%s: --json: only with --list-formats\n", PROG);
		pk_cli_usage(USAGE);
	}
	if (argc - optind > 1)
		pk_cli_usage(USAGE);
	inpath = optind < argc ? argv[optind] : "-";
	pk_cli_xml_init();

	if (pk_datadir(argv[0], "xslt", dir, sizeof(dir)) == -1) {
		pk_diag(&diag, PK_E_DATADIR, 0, NULL);
		status = PK_EXIT_SYSTEM;
		goto out;
	}
	if (list) {
		status = list_formats(dir, json) == 0 ? PK_EXIT_OK :
		    PK_EXIT_SYSTEM;
		if (status != PK_EXIT_OK)
			pk_diag(&diag, PK_E_DATADIR, 0, "%s", dir);
		if (pk_io_close_stdout(&diag) == -1)
			status = PK_EXIT_SYSTEM;
		goto out;
	}
	if (style != NULL)
		names[nformats++] = NULL;
	else if ((nformats = pk_cli_formats(PROG, format ? format : "html",
	    names, MAX_FORMATS, fbuf, sizeof(fbuf))) == 0)
		pk_cli_usage(USAGE);
	if (nformats > 1 && outpath == NULL) {
		fprintf(stderr, "%s: several formats need -o\n", PROG);
		pk_cli_usage(USAGE);
	}
	/* One's own stylesheet not there: the command's mistake. */
	if (style != NULL && access(style, R_OK) != 0) {
		pk_diag_at(&diag, PK_E_READ, style, 0, "%s", strerror(errno));
		status = PK_EXIT_USAGE;
		goto out;
	}
	/* Every stylesheet compiled once, before any input is read. */
	for (i = 0; i < nformats; i++) {
		if (names[i] != NULL) {
			snprintf(path, sizeof(path), "%s/%s.xsl", dir, names[i]);
			/* The command's mistake, not the input's: no
			 * file named (issue 13: it said <stdin>). */
			if (access(path, R_OK) != 0) {
				pk_cli_unknown_format(PROG, dir, names[i],
				    "--list-formats");
				status = PK_EXIT_USAGE;
				goto out;
			}
		}
		if ((tr[i] = pk_transform_new(names[i] ? path : style,
		    &diag)) == NULL) {
			status = PK_EXIT_INPUT;
			goto out;
		}
	}
	if ((status = pk_cli_read_xml(inpath, max_size, &input, &doc, &diag))
	    != PK_EXIT_OK)
		goto out;
	/* The formats' stylesheets make nothing of other XML, and said
	 * so with an empty result and exit 0.  One's own (-x) may. */
	if (style == NULL && !is_minutes(doc)) {
		pk_diag(&diag, PK_E_INVALID, 0, "not minutes XML (a root "
		    "element minutes in %s)", PK_MINUTES_NS);
		status = PK_EXIT_INPUT;
		goto out;
	}
	/* All results first: a failed format leaves no file behind. */
	for (i = 0; i < nformats; i++)
		if (pk_transform_run(tr[i], doc, params, &output[i]) == -1) {
			status = diag.last == PK_E_NOMEM ? PK_EXIT_SYSTEM :
			    PK_EXIT_INPUT;
			goto out;
		}
	if (nformats == 1) {
		if (pk_io_write(outpath, output[0].data ? output[0].data : "",
		    output[0].len, &diag) == -1)
			status = PK_EXIT_SYSTEM;
	} else if (write_all_formats(tr, names, nformats, outpath, output,
	    &diag) == -1)
		status = PK_EXIT_SYSTEM;
	if (pk_io_close_stdout(&diag) == -1)
		status = PK_EXIT_SYSTEM;
out:
	xmlFreeDoc(doc);
	for (i = 0; i < MAX_FORMATS; i++) {
		pk_transform_free(tr[i]);
		pk_buf_free(&output[i]);
	}
	pk_buf_free(&input);
	xmlCleanupParser();
	return status;
}
