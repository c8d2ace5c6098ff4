/* pk-validate: check minutes XML and pass it on unchanged (options, files, exit status). */
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
#include "../pipeline/validate.h"
#include "cli.h"

#define PROG	"pk-validate"
#define USAGE	"usage: pk-validate [-qV] [-o file] [-s schema] [--max-size n] " \
		"[file]"

static void
help(void)
{
	puts(USAGE "\n\n"
	    "Validate minutes XML (file, or standard input) against the\n"
	    "minutes schema and the model's rules; write it unchanged to\n"
	    "standard output when valid.\n\n"
	    "  -o, --output file      write to file (atomically), not stdout\n"
	    "  -q, --quiet            write nothing, only the exit status\n"
	    "  -s, --schema file      validate against this schema instead\n"
	    "      --max-size n       largest input accepted, bytes (268435456)\n"
	    "  -h, --help             this text\n"
	    "  -V, --version          the version\n\n"
	    "Exit status: 0 valid, 1 invalid, 2 usage, 3 system.");
	pk_cli_exit_written(PROG);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help",	no_argument,		NULL, 'h' },
		{ "max-size",	required_argument,	NULL, 'S' },
		{ "output",	required_argument,	NULL, 'o' },
		{ "quiet",	no_argument,		NULL, 'q' },
		{ "schema",	required_argument,	NULL, 's' },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL,		0,			NULL, 0 }
	};
	struct pk_diag		 diag;
	struct pk_buf		 input = { 0 };
	struct pk_validate	*val = NULL;
	xmlDocPtr		 doc = NULL;
	const char		*outpath = NULL, *schema = NULL, *inpath;
	char			 path[PATH_MAX];
	size_t			 max_size = PK_IO_MAX_INPUT;
	int			 c, quiet = 0, status = PK_EXIT_INPUT;

	/* Before the heap grows: its pages come 2 MB a fault. */
	pk_heap_init();
	pk_diag_init(&diag, PROG, stderr);
	while ((c = getopt_long(argc, argv, "ho:qs:V", longopts, NULL)) != -1)
		switch (c) {
		case 'h':
			help();
			break;
		case 'S':
			max_size = pk_cli_number(PROG, "max-size", optarg, 1,
			    (size_t)1 << 30);
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 's':
			schema = optarg;
			break;
		case 'V':
			pk_cli_version(PROG);
			break;
		default:
			pk_cli_usage(USAGE);
		}
	if (argc - optind > 1)
		pk_cli_usage(USAGE);
	inpath = optind < argc ? argv[optind] : "-";
	pk_cli_xml_init();

	if (schema == NULL) {
		if (pk_datadir(argv[0], "schemas/minutes.xsd", path,
		    sizeof(path)) == -1) {
			pk_diag(&diag, PK_E_DATADIR, 0, NULL);
			status = PK_EXIT_SYSTEM;
			goto out;
		}
		schema = path;
	}
	/* A schema (-s) not there: the command's mistake, one line. */
	if (schema != path && access(schema, R_OK) != 0) {
		pk_diag_at(&diag, PK_E_READ, schema, 0, "%s", strerror(errno));
		status = PK_EXIT_USAGE;
		goto out;
	}
	if ((val = pk_validate_new(schema, &diag)) == NULL) {
		status = PK_EXIT_SYSTEM;
		goto out;
	}
	if ((status = pk_cli_read_xml(inpath, max_size, &input, &doc, &diag))
	    != PK_EXIT_OK)
		goto out;
	status = PK_EXIT_INPUT;
	if (pk_validate_run(val, doc) == -1)
		goto out;
	status = PK_EXIT_OK;
	if (!quiet && pk_io_write(outpath, input.data, input.len, &diag) == -1)
		status = PK_EXIT_SYSTEM;
	if (pk_io_close_stdout(&diag) == -1)
		status = PK_EXIT_SYSTEM;
out:
	xmlFreeDoc(doc);
	pk_validate_free(val);
	pk_buf_free(&input);
	xmlCleanupParser();
	return status;
}
