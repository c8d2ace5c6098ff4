/* pk-segment: paged text to minutes XML (options, files, exit status). */
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "../pipeline/choice.h"
#include "../pipeline/datadir.h"
#include "../pipeline/digest.h"
#include "../pipeline/exit.h"
#include "../pipeline/heap.h"
#include "../pipeline/idle.h"
#include "../pipeline/io.h"
#include "../pipeline/rules.h"
#include "../pipeline/segment.h"
#include "../pipeline/text.h"
#include "../pipeline/xmlout.h"
#include "cli.h"

#define PROG	"pk-segment"
#define USAGE	"usage: pk-segment [-qV] [-o file] [-p profile] [-R dir] " \
		"[--explain] [--list-profiles [--json]] [--match-limit n] " \
		"[--max-line n] [--max-size n] [file]"

static void
help(void)
{
	puts(USAGE "\n\n"
	    "Segment paged text (file, or standard input) into minutes XML.\n\n"
	    "  -o, --output file      write to file (atomically), not stdout\n"
	    "  -p, --profile name     use this rule profile (or a .rules file)\n"
	    "                         instead of the best-scoring one\n"
	    "  -q, --quiet            no warnings\n"
	    "  -R, --rules dir        load profiles from dir\n"
	    "      --explain          print, instead of the XML, each profile's\n"
	    "                         score and, line by line, the rule that\n"
	    "                         took the line (profile file:line)\n"
	    "      --list-profiles    print each profile's name and title; with\n"
	    "                         a file (- for stdin), name, score, title\n"
	    "      --json             --list-profiles as a JSON array\n"
	    "      --match-limit n    backtracking limit per match (1000000)\n"
	    "      --max-line n       longest line accepted, bytes (1048576)\n"
	    "      --max-size n       largest input accepted, bytes (268435456)\n"
	    "  -h, --help             this text\n"
	    "  -V, --version          the version\n\n"
	    "Exit status: 0 converted, 1 input rejected, 2 usage, 3 system.");
	pk_cli_exit_written(PROG);
}

/*
 * The profiles, one a line (name, score on text when there is one,
 * title; tab-separated), or with json as an array of objects with
 * name, title, file and (on a text) score.
 */
static void
list_profiles(const struct pk_rules *rules, struct pk_segment *seg,
    const struct pk_text *text, int json)
{
	for (size_t i = 0; i < rules->nprofiles; i++) {
		const struct pk_profile *p = &rules->profiles[i];

		if (!json) {
			printf("%s\t", p->name);
			if (text != NULL)
				printf("%d\t", pk_segment_score(seg, p, text));
			printf("%s\n", p->title ? p->title : "");
			continue;
		}
		fputs(i ? ",\n {\"name\": " : "[{\"name\": ", stdout);
		pk_cli_json_string(stdout, p->name);
		fputs(", \"title\": ", stdout);
		pk_cli_json_string(stdout, p->title ? p->title : "");
		fputs(", \"file\": ", stdout);
		pk_cli_json_string(stdout, p->path);
		if (text != NULL)
			printf(", \"score\": %d", pk_segment_score(seg, p,
			    text));
		putchar('}');
	}
	if (json)
		puts(rules->nprofiles ? "]" : "[]");
}

/*
 * Whether data is a document pk-extract reads rather than its paged
 * text (issue 13: `pk-segment minutes.pdf` said only "invalid UTF-8");
 * if so, say what to run instead and return 1.
 */
static int
not_text(const char *data, size_t len, const char *inpath,
    struct pk_diag *d)
{
	static const struct {
		const char	*magic;
		size_t		 len;
		const char	*what;
	} kinds[] = {
		{ "%PDF-", 5, "a PDF" },
		{ "PK\003\004", 4, "a DOCX or ODT (a zip archive)" },
		{ "\320\317\021\340", 4, "an old Word or Office file" },
		{ "II*\0", 4, "a TIFF image" },
		{ "MM\0*", 4, "a TIFF image" },
		{ "\211PNG", 4, "a PNG image" },
		{ "\377\330\377", 3, "a JPEG image" },
	};
	const char	*name = strcmp(inpath, "-") == 0 ? "FILE" : inpath;

	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (data != NULL && len >= kinds[i].len &&
		    memcmp(data, kinds[i].magic, kinds[i].len) == 0) {
			pk_diag(d, PK_E_NOT_TEXT, 0, "%s; pk-segment reads the "
			    "paged text pk-extract makes of it: pk-extract %s "
			    "| pk-segment", kinds[i].what, name);
			return 1;
		}
	return 0;
}

/* Whether path is a directory; else errno says why not. */
static int
is_dir(const char *path)
{
	struct stat	 st;

	if (stat(path, &st) == -1)
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return 0;
	}
	return 1;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "explain",		no_argument,		NULL, 'E' },
		{ "help",		no_argument,		NULL, 'h' },
		{ "json",		no_argument,		NULL, 'J' },
		{ "list-profiles",	no_argument,		NULL, 'L' },
		{ "match-limit",	required_argument,	NULL, 'M' },
		{ "max-line",		required_argument,	NULL, 'N' },
		{ "max-size",		required_argument,	NULL, 'S' },
		{ "output",		required_argument,	NULL, 'o' },
		{ "profile",		required_argument,	NULL, 'p' },
		{ "quiet",		no_argument,		NULL, 'q' },
		{ "rules",		required_argument,	NULL, 'R' },
		{ "version",		no_argument,		NULL, 'V' },
		{ NULL,			0,			NULL, 0 }
	};
	struct pk_diag		 diag;
	struct pk_buf		 input = { 0 }, output = { 0 };
	struct pk_text		 text;
	struct pk_rules		*rules = NULL;
	struct pk_segment	*seg = NULL;
	struct pk_source	 src;
	struct pk_choice_ahead	 ahead;
	xmlDocPtr		 doc = NULL;
	const char		*outpath = NULL, *profile = NULL, *rulesdir = NULL;
	const char		*inpath;
	char			 dir[PATH_MAX], digest[PK_SHA256_HEX];
	unsigned long		 match_limit = PK_RULES_MATCH_LIMIT;
	size_t			 max_line = PK_TEXT_MAX_LINE,
				 max_size = PK_IO_MAX_INPUT;
	struct pk_buf		 explained = { 0 };
	int			 c, list = 0, status = PK_EXIT_INPUT;
	int			 explain = 0, json = 0;

	/* Before the heap grows: its pages come 2 MB a fault. */
	pk_heap_init();
	pk_diag_init(&diag, PROG, stderr);
	while ((c = getopt_long(argc, argv, "ho:p:qR:V", longopts, NULL)) !=
	    -1)
		switch (c) {
		case 'E':
			explain = 1;
			break;
		case 'h':
			help();
			break;
		case 'L':
			list = 1;
			break;
		case 'M':
			match_limit = pk_cli_number(PROG, "match-limit",
			    optarg, 1000, 4000000000UL);
			break;
		case 'N':
			max_line = pk_cli_number(PROG, "max-line", optarg, 80,
			    (size_t)1 << 30);
			break;
		case 'S':
			max_size = pk_cli_number(PROG, "max-size", optarg, 1,
			    (size_t)1 << 32);
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'p':
			profile = optarg;
			break;
		case 'q':
			diag.quiet_warnings = 1;
			break;
		case 'J':
			json = 1;
			break;
		case 'R':
			rulesdir = optarg;
			break;
		case 'V':
			pk_cli_version(PROG);
			break;
		default:
			pk_cli_usage(USAGE);
		}
	if (argc - optind > 1 || (json && !list))
		pk_cli_usage(USAGE);
	inpath = optind < argc ? argv[optind] : "-";
	pk_cli_xml_init();

	if ((rules = pk_rules_new(&diag)) == NULL)
		goto nomem;
	if (profile != NULL && strchr(profile, '/') != NULL) {
		/* A profile file of the user's own, alone. */
		if (pk_rules_load_file(rules, profile) == -1)
			goto out;
		profile = rules->profiles[0].name;
	} else {
		/*
		 * The installed profiles, and -R's beside them, replacing
		 * those of the same names (issue 13: -R replaced them all).
		 */
		if (pk_datadir(argv[0], "rules", dir, sizeof(dir)) == -1) {
			pk_diag(&diag, PK_E_DATADIR, 0, NULL);
			goto sys;
		}
		rules->defer = 1;
		if (pk_rules_load_dir(rules, dir) == -1)
			goto out;
		rules->defer = 0;
		/* A directory not there is the command's mistake. */
		if (rulesdir != NULL && !is_dir(rulesdir)) {
			pk_diag_at(&diag, PK_E_READ, rulesdir, 0, "%s",
			    strerror(errno));
			status = PK_EXIT_USAGE;
			goto out;
		}
		if (rulesdir != NULL && pk_rules_load_dir(rules, rulesdir) == -1)
			goto out;
	}
	/* A name no profile has: a usage error, as in pk-batch. */
	if (profile != NULL && pk_rules_find(rules, profile) == NULL) {
		fprintf(stderr, "%s: -p: %s: %s (profiles:", PROG,
		    pk_diag_text(PK_E_PROFILE_UNKNOWN), profile);
		for (size_t i = 0; i < rules->nprofiles; i++)
			fprintf(stderr, " %s", rules->profiles[i].name);
		fputs(")\n", stderr);
		status = PK_EXIT_USAGE;
		goto out;
	}
	if ((seg = pk_segment_new(rules, profile, match_limit, &diag)) == NULL)
		goto nomem;
	if (explain)
		pk_segment_explain(seg, &explained);
	/* No document to score them on: names and titles, nothing read
	 * (issue 13: it waited for a document on standard input). */
	if (list && optind == argc) {
		list_profiles(rules, NULL, NULL, json);
		status = PK_EXIT_OK;
		diag.file = NULL;	/* no input: a failed write is not its */
		goto close;
	}

	/* While pk-extract is at work (in a pipe): the pipe's time. */
	memset(&ahead, 0, sizeof(ahead));
	ahead.rules = rules;
	ahead.only = profile != NULL ? pk_rules_find(rules, profile) : NULL;
	ahead.heap.want = PK_IDLE_HEAP_MIB;
	pk_idle_run(inpath, pk_choice_ahead_step, &ahead);

	diag.file = pk_io_name(inpath);
	if (pk_io_read(inpath, max_size, &input, &diag) == -1) {
		status = pk_cli_read_exit(inpath, &diag);
		goto out;
	}
	/* A document as it came, not pk-extract's text of it. */
	if ((c = not_text(input.data, input.len, inpath, &diag)) != 0) {
		status = PK_EXIT_INPUT;
		goto out;
	}
	if (pk_text_parse(input.data ? input.data : "", input.len, max_line,
	    &text, &diag) == -1) {
		status = diag.last == PK_E_NOMEM ? PK_EXIT_SYSTEM :
		    PK_EXIT_INPUT;
		goto out;
	}
	if (list) {
		list_profiles(rules, seg, &text, json);
		pk_text_free(&text);
		status = PK_EXIT_OK;
		goto close;
	}
	if (pk_sha256_hex(input.data ? input.data : "", input.len, digest) == -1)
		goto nomem;
	src.file = strcmp(inpath, "-") == 0 ? NULL : inpath;
	src.sha256 = digest;
	c = pk_segment_run(seg, &text, &src, &doc);
	pk_text_free(&text);
	if (c == -1) {
		status = diag.last == PK_E_NOMEM ? PK_EXIT_SYSTEM :
		    PK_EXIT_INPUT;
		goto out;
	}
	if (explain) {
		/* For the person who writes a profile: how it was read. */
		if (pk_io_write(outpath, explained.data ? explained.data : "",
		    explained.len, &diag) == -1)
			goto sys;
		status = PK_EXIT_OK;
		goto close;
	}
	if (pk_xml_write(doc, &output) == -1)
		goto nomem;
	if (pk_io_write(outpath, output.data, output.len, &diag) == -1)
		goto sys;
	status = PK_EXIT_OK;
close:
	if (pk_io_close_stdout(&diag) == -1)
		status = PK_EXIT_SYSTEM;
	goto out;
nomem:
	pk_diag(&diag, PK_E_NOMEM, 0, NULL);
sys:
	status = PK_EXIT_SYSTEM;
out:
	pk_buf_free(&output);
	pk_buf_free(&explained);
	xmlFreeDoc(doc);
	pk_segment_free(seg);
	pk_rules_free(rules);
	pk_buf_free(&input);
	xmlCleanupParser();
	return status;
}
