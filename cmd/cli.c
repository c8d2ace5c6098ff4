/* Shared option handling and libxml2 set-up for the programs in cmd/. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxslt/xsltconfig.h>
#include <mupdf/fitz/version.h>

#include "../pipeline/rules.h"	/* pcre2.h, 8-bit */

#include "../pipeline/exit.h"
#include "../pipeline/idle.h"
#include "../pipeline/io.h"
#include "../pipeline/ocrlang.h"
#include "../pipeline/version.h"
#include "../pipeline/xmlin.h"
#include "cli.h"

unsigned long
pk_cli_number(const char *prog, const char *name, const char *arg,
    unsigned long min, unsigned long max)
{
	char		*end;
	unsigned long	 v;

	errno = 0;
	v = strtoul(arg, &end, 10);
	if (*arg == '\0' || *arg == '-' || *end != '\0' || errno != 0 ||
	    v < min || v > max) {
		fprintf(stderr, "%s: --%s: %s is out of range %lu..%lu\n",
		    prog, name, arg, min, max);
		exit(PK_EXIT_USAGE);
	}
	return v;
}

size_t
pk_cli_formats(const char *prog, const char *list, const char **names,
    size_t max, char *buf, size_t size)
{
	size_t	 n = 0;
	char	*tok, *save;

	if (snprintf(buf, size, "%s", list) >= (int)size) {
		fprintf(stderr, "%s: -f: too long a list\n", prog);
		return 0;
	}
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (n == max || *tok == '.' ||
		    strspn(tok, "abcdefghijklmnopqrstuvwxyz0123456789_-.") !=
		    strlen(tok)) {
			fprintf(stderr, "%s: -f: %s is not a format name\n",
			    prog, tok);
			return 0;
		}
		names[n++] = tok;
	}
	if (n == 0)
		fprintf(stderr, "%s: -f: no format named\n", prog);
	return n;
}

void
pk_cli_version(const char *prog)
{
	char	 pcre[64] = "?", err[256];
	int	 xml = atoi(xmlParserVersion);

	printf("%s %s\n", prog, PK_VERSION);
	/* The libraries in use, as a bug report needs them (issue 13). */
	(void)pcre2_config(PCRE2_CONFIG_VERSION, pcre);
	pcre[strcspn(pcre, " ")] = '\0';
	printf("libxml2 %d.%d.%d, libxslt %s, PCRE2 %s, MuPDF %s, ",
	    xml / 10000, xml / 100 % 100, xml % 100, LIBXSLT_DOTTED_VERSION,
	    pcre, FZ_VERSION);
	if (pk_ocr_load(err, sizeof(err)) == 0)
		printf("Tesseract %s\n", pk_ocr_version() +
		    strlen("tesseract "));
	else
		printf("Tesseract not found (%s)\n", err);
	pk_cli_exit_written(prog);
}

void
pk_cli_exit_written(const char *prog)
{
	int	 bad;

	bad = fflush(stdout) != 0 || ferror(stdout);
	if (fclose(stdout) != 0)
		bad = 1;
	if (bad) {
		fprintf(stderr, "%s: error: cannot write: <stdout>: %s\n", prog,
		    strerror(errno));
		exit(PK_EXIT_SYSTEM);
	}
	exit(PK_EXIT_OK);
}

void
pk_cli_usage(const char *usage)
{
	fprintf(stderr, "%s\n", usage);
	exit(PK_EXIT_USAGE);
}

void
pk_cli_xml_init(void)
{
	xmlInitParser();
	/* Whatever a document or stylesheet names, never the network. */
	xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
}

int
pk_cli_read_xml(const char *inpath, size_t max_size, struct pk_buf *input,
    xmlDocPtr *doc, struct pk_diag *d)
{
	struct pk_idle_heap	 heap = { PK_IDLE_HEAP_MIB, 0 };

	/* The tree is built in heap mapped while the stage before works. */
	pk_idle_run(inpath, pk_idle_heap_step, &heap);
	d->file = pk_io_name(inpath);
	if (pk_io_read(inpath, max_size, input, d) == -1)
		return pk_cli_read_exit(inpath, d);
	*doc = pk_xml_read_only(input->data ? input->data : "", input->len, d);
	return *doc != NULL ? PK_EXIT_OK : PK_EXIT_INPUT;
}

void
pk_cli_ocr_option(const char *prog, int c, const char *arg,
    struct pk_ocr_opts *o, const char *usage)
{
	switch (c) {
	case 'O':
		if (strcmp(arg, "auto") == 0)
			o->mode = PK_OCR_AUTO;
		else if (strcmp(arg, "always") == 0)
			o->mode = PK_OCR_ALWAYS;
		else if (strcmp(arg, "never") == 0)
			o->mode = PK_OCR_NEVER;
		else if (strcmp(arg, "keep") == 0)
			o->mode = PK_OCR_KEEP;
		else {
			fprintf(stderr, "%s: --ocr: %s is not auto, always, "
			    "keep or never\n", prog, arg);
			pk_cli_usage(usage);
		}
		break;
	case 'L':
		/* Names only: the value reaches Tesseract and a plan's shell. */
		if (arg[0] == '\0' || strspn(arg,
		    "abcdefghijklmnopqrstuvwxyz_+") != strlen(arg)) {
			fprintf(stderr, "%s: --lang: %s is not a list of "
			    "Tesseract languages (swe+eng)\n", prog, arg);
			pk_cli_usage(usage);
		}
		o->lang = arg;
		break;
	case 'D':
		o->dpi = (int)pk_cli_number(prog, "dpi", arg, 70, 1200);
		break;
	}
}

void
pk_cli_check_langs(const char *prog, const struct pk_ocr_opts *o)
{
	char	 missing[128], err[256], msg[512];

	/*
	 * Only a --lang given: asking Tesseract costs a third of a second,
	 * and of the default languages the first scanned page says it.
	 * No Tesseract at all: said by the first page that needs it.
	 */
	if (o->mode == PK_OCR_NEVER || pk_ocr_lang_is_auto(o->lang) ||
	    pk_ocr_missing_langs(o->lang, missing, sizeof(missing), err,
	    sizeof(err)) != 1)
		return;
	pk_ocr_lang_message(o->lang, missing, msg, sizeof(msg));
	fprintf(stderr, "%s: --lang: %s\n", prog, msg);
	exit(PK_EXIT_USAGE);
}

void
pk_cli_json_string(FILE *fp, const char *s)
{
	putc('"', fp);
	for (; s != NULL && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			putc(c, fp);
	}
	putc('"', fp);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
pk_cli_list_formats(const char *dir, char ***names)
{
	DIR		*dp;
	struct dirent	*de;
	char		**v = NULL, **grown;
	size_t		 len, n = 0;

	*names = NULL;
	if ((dp = opendir(dir)) == NULL)
		return -1;
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (len <= 4 || strcmp(de->d_name + len - 4, ".xsl") != 0)
			continue;
		if ((grown = realloc(v, (n + 1) * sizeof(*v))) == NULL ||
		    (grown[n] = strndup(de->d_name, len - 4)) == NULL) {
			v = grown != NULL ? grown : v;
			pk_cli_free_names(v, n);
			closedir(dp);
			return -1;
		}
		v = grown;
		n++;
	}
	closedir(dp);
	if (n > 0)
		qsort(v, n, sizeof(*v), by_name);
	*names = v;
	return (int)n;
}

void
pk_cli_free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

void
pk_cli_format_description(const char *dir, const char *name, char *out,
    size_t size)
{
	char	 path[4096], buf[2048], *p, *e;
	size_t	 n, o = 0;
	FILE	*fp;

	out[0] = '\0';
	snprintf(path, sizeof(path), "%s/%s.xsl", dir, name);
	if ((fp = fopen(path, "r")) == NULL)
		return;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	/* The leading comment's first clause: "Minutes XML to TEI P5 ...". */
	if ((p = strstr(buf, "<!--")) == NULL || (e = strstr(p, "-->")) ==
	    NULL)
		return;
	*e = '\0';
	for (p += 4; *p != '\0' && o + 1 < size; p++)
		if (*p == ' ' || *p == '\n' || *p == '\t') {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
		} else
			out[o++] = *p;
	out[o] = '\0';
	if ((e = strstr(out, ": ")) != NULL)
		*e = '\0';
	if ((e = strstr(out, ". ")) != NULL)
		*e = '\0';
	for (n = strlen(out); n > 0 && (out[n - 1] == ' ' ||
	    out[n - 1] == '.'); n--)
		out[n - 1] = '\0';
}

/* Edit distance of a and b, adjacent swaps counting one (short names). */
static size_t
distance(const char *a, const char *b)
{
	size_t	 n = strlen(a), m = strlen(b), d[32][32], i, j, c;

	if (n >= 32 || m >= 32)
		return 99;
	for (i = 0; i <= n; i++)
		d[i][0] = i;
	for (j = 0; j <= m; j++)
		d[0][j] = j;
	for (i = 1; i <= n; i++)
		for (j = 1; j <= m; j++) {
			c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < c)
				c = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < c)
				c = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < c)
				c = d[i - 2][j - 2] + 1;
			d[i][j] = c;
		}
	return d[n][m];
}

const char *
pk_cli_closest(const char *name, char *const *names, size_t n)
{
	const char	*best = NULL;
	size_t		 bd = 3, d;

	for (size_t i = 0; i < n; i++)
		if ((d = distance(name, names[i])) < bd &&
		    d < strlen(names[i])) {
			bd = d;
			best = names[i];
		}
	return best;
}

void
pk_cli_unknown_format(const char *prog, const char *dir, const char *name,
    const char *lister)
{
	char		**names;
	const char	*near = NULL;
	int		 n = pk_cli_list_formats(dir, &names);

	if (n > 0)
		near = pk_cli_closest(name, names, (size_t)n);
	fprintf(stderr, "%s: -f: %s: %s (%s%s%s%s names them)\n", prog,
	    pk_diag_text(PK_E_FORMAT_UNKNOWN), name, near ? "did you mean " :
	    "", near ? near : "", near ? "? " : "", lister);
	if (n > 0)
		pk_cli_free_names(names, (size_t)n);
}

int
pk_cli_read_exit(const char *path, const struct pk_diag *d)
{
	struct stat	 st;

	if (d->last == PK_E_TOOBIG)
		return PK_EXIT_INPUT;
	/*
	 * A name that is not there (a link to nothing, links in a loop, a
	 * name too long to be one), or not a file: the command's mistake.
	 */
	if (path != NULL && strcmp(path, "-") != 0 && (stat(path, &st) == -1 ?
	    errno == ENOENT || errno == ENOTDIR || errno == ELOOP ||
	    errno == ENAMETOOLONG : S_ISDIR(st.st_mode)))
		return PK_EXIT_USAGE;
	return PK_EXIT_SYSTEM;
}

#define MAX_PASSWORDS	256

void
pk_cli_password_option(const char *prog, int c, const char *arg,
    struct pk_extract_opts *o)
{
	static const char	*pw[MAX_PASSWORDS];
	struct pk_buf		 file = { 0 };
	struct pk_diag		 d;
	char			*p, *nl;

	if (c == 'w') {
		if (o->npasswords == MAX_PASSWORDS)
			goto many;
		pw[o->npasswords++] = arg;
		o->passwords = pw;
		return;
	}
	/* One a line; kept for the life of the process, never printed. */
	pk_diag_init(&d, prog, NULL);
	if (pk_io_read(arg, (size_t)1 << 20, &file, &d) == -1) {
		fprintf(stderr, "%s: --password-file: %s: %s\n", prog, arg,
		    d.last == PK_E_TOOBIG ? "larger than 1 MB" :
		    strerror(errno));
		exit(PK_EXIT_USAGE);
	}
	for (p = file.data; p != NULL && *p != '\0'; p = nl) {
		if ((nl = strchr(p, '\n')) != NULL)
			*nl++ = '\0';
		if (*p != '\0' && p[strlen(p) - 1] == '\r')
			p[strlen(p) - 1] = '\0';
		if (*p == '\0')
			continue;
		if (o->npasswords == MAX_PASSWORDS)
			goto many;
		pw[o->npasswords++] = p;
	}
	o->passwords = pw;
	return;	/* file.data stays: the passwords point into it */
many:
	fprintf(stderr, "%s: at most %d passwords\n", prog, MAX_PASSWORDS);
	exit(PK_EXIT_USAGE);
}

void
pk_cli_page_range(const char *prog, const char *arg,
    struct pk_extract_opts *o, const char *usage)
{
	const char	*dash = strchr(arg, '-');
	char		*end;
	long		 first = 0, last = 0;

	errno = 0;
	if (dash == NULL) {
		first = last = strtol(arg, &end, 10);
		if (end == arg || *end != '\0' || first < 1)
			goto bad;
	} else {
		if (dash != arg && ((first = strtol(arg, &end, 10)) < 1 ||
		    end != dash))
			goto bad;
		if (dash[1] != '\0' && ((last = strtol(dash + 1, &end, 10)) <
		    1 || *end != '\0'))
			goto bad;
		if ((first == 0 && last == 0) || (last > 0 && last < first))
			goto bad;
	}
	if (errno != 0)
		goto bad;
	o->first_page = first;
	o->last_page = last;
	return;
bad:
	fprintf(stderr, "%s: --pages: %s is not a page range (3-5, 3-, -5, "
	    "4)\n", prog, arg);
	pk_cli_usage(usage);
}

time_t
pk_cli_source_date(const char *prog)
{
	const char	*s = getenv("SOURCE_DATE_EPOCH");
	char		*end;
	long long	 v;

	if (s == NULL || *s == '\0')
		return time(NULL);
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0 || v > 253402300799LL) {
		fprintf(stderr, "%s: SOURCE_DATE_EPOCH: %s is not a time "
		    "(seconds since 1970)\n", prog, s);
		exit(PK_EXIT_USAGE);
	}
	return (time_t)v;
}
