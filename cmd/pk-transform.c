/* pk-transform: minutes XML to another format through XSLT (options, files, exit status). */
#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/tree.h>

#include "../pipeline/datadir.h"
#include "../pipeline/exit.h"
#include "../pipeline/io.h"
#include "../pipeline/transform.h"
#include "cli.h"

#define PROG	"pk-transform"
#define USAGE	"usage: pk-transform [-V] [-f format | -x stylesheet] " \
		"[-o file] [-p name=value ...] [--list-formats] [--max-size n] " \
		"[file]"
#define MAX_PARAMS	64

static void
help(void)
{
	puts(USAGE "\n\n"
	    "Transform minutes XML (file, or standard input) with XSLT.\n\n"
	    "  -f, --format name      a bundled stylesheet: xslt/NAME.xsl (html)\n"
	    "  -o, --output file      write to file (atomically), not stdout\n"
	    "  -p, --param name=value pass a string parameter (repeatable)\n"
	    "  -x, --stylesheet file  use this stylesheet instead\n"
	    "      --list-formats     print the bundled formats\n"
	    "      --max-size n       largest input accepted, bytes (268435456)\n"
	    "  -h, --help             this text\n"
	    "  -V, --version          the version\n\n"
	    "Exit status: 0 transformed, 1 input rejected, 2 usage, 3 system.");
	exit(PK_EXIT_OK);
}

static int
list_formats(const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	size_t		 len;

	if ((dp = opendir(dir)) == NULL)
		return -1;
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (len > 4 && strcmp(de->d_name + len - 4, ".xsl") == 0)
			printf("%.*s\n", (int)(len - 4), de->d_name);
	}
	closedir(dp);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "format",		required_argument,	NULL, 'f' },
		{ "help",		no_argument,		NULL, 'h' },
		{ "list-formats",	no_argument,		NULL, 'L' },
		{ "max-size",		required_argument,	NULL, 'S' },
		{ "output",		required_argument,	NULL, 'o' },
		{ "param",		required_argument,	NULL, 'p' },
		{ "stylesheet",		required_argument,	NULL, 'x' },
		{ "version",		no_argument,		NULL, 'V' },
		{ NULL,			0,			NULL, 0 }
	};
	struct pk_diag		 diag;
	struct pk_buf		 input = { 0 }, output = { 0 };
	struct pk_transform	*tr = NULL;
	xmlDocPtr		 doc = NULL;
	const char		*params[2 * MAX_PARAMS + 1];
	const char		*outpath = NULL, *format = NULL, *style = NULL;
	const char		*inpath;
	char			 dir[PATH_MAX], path[PATH_MAX + 64], *eq;
	size_t			 nparams = 0, max_size = PK_IO_MAX_INPUT;
	int			 c, list = 0, status = PK_EXIT_INPUT;

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
	if (argc - optind > 1 || (format != NULL && style != NULL))
		pk_cli_usage(USAGE);
	if (format != NULL && (strchr(format, '/') != NULL || *format == '\0' ||
	    *format == '.')) {
		fprintf(stderr, "%s: -f: %s is not a format name\n", PROG,
		    format);
		pk_cli_usage(USAGE);
	}
	inpath = optind < argc ? argv[optind] : "-";
	pk_cli_xml_init();

	if (pk_datadir(argv[0], "xslt", dir, sizeof(dir)) == -1) {
		pk_diag(&diag, PK_E_DATADIR, 0, NULL);
		status = PK_EXIT_SYSTEM;
		goto out;
	}
	if (list) {
		status = list_formats(dir) == 0 ? PK_EXIT_OK : PK_EXIT_SYSTEM;
		if (status != PK_EXIT_OK)
			pk_diag(&diag, PK_E_DATADIR, 0, "%s", dir);
		if (pk_io_close_stdout(&diag) == -1)
			status = PK_EXIT_SYSTEM;
		goto out;
	}
	if (style == NULL) {
		snprintf(path, sizeof(path), "%s/%s.xsl", dir,
		    format ? format : "html");
		if (access(path, R_OK) != 0) {
			pk_diag(&diag, PK_E_FORMAT_UNKNOWN, 0, "%s "
			    "(see --list-formats)", format ? format : "html");
			status = PK_EXIT_USAGE;
			goto out;
		}
		style = path;
	}
	if ((tr = pk_transform_new(style, &diag)) == NULL) {
		status = PK_EXIT_INPUT;
		goto out;
	}
	if ((status = pk_cli_read_xml(inpath, max_size, &input, &doc, &diag))
	    != PK_EXIT_OK)
		goto out;
	status = PK_EXIT_INPUT;
	if (pk_transform_run(tr, doc, params, &output) == -1) {
		status = diag.last == PK_E_NOMEM ? PK_EXIT_SYSTEM :
		    PK_EXIT_INPUT;
		goto out;
	}
	status = PK_EXIT_OK;
	if (pk_io_write(outpath, output.data ? output.data : "", output.len,
	    &diag) == -1 || pk_io_close_stdout(&diag) == -1)
		status = PK_EXIT_SYSTEM;
out:
	xmlFreeDoc(doc);
	pk_transform_free(tr);
	pk_buf_free(&input);
	pk_buf_free(&output);
	xmlCleanupParser();
	return status;
}
