/* What every protokoll program does alike: options with ranges, version, set-up of libxml2. */
#ifndef PK_CLI_H
#define PK_CLI_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include <libxml/tree.h>

#include "../pipeline/buf.h"
#include "../pipeline/diag.h"
#include "../pipeline/extract.h"
#include "../pipeline/ocr.h"

/*
 * Parse arg as a whole number in min..max for option name; on failure
 * print "prog: --name: ARG is out of range MIN..MAX" and exit 2.
 */
unsigned long	pk_cli_number(const char *prog, const char *name,
		    const char *arg, unsigned long min, unsigned long max);
/*
 * Split list ("tei,akn,ead", as -f takes it) into at most max names
 * pointing into buf.  Returns how many, or 0 after printing "prog: -f:
 * NAME is not a format name" when a name is empty or not plain.
 */
size_t		pk_cli_formats(const char *prog, const char *list,
		    const char **names, size_t max, char *buf, size_t size);
/*
 * OCR's options as pk-extract and pk-batch take them: --ocr WHEN,
 * --lang LANGS (Tesseract's names joined by +), --dpi N.  Sets the
 * field of o for option c ('O', 'L', 'D'); on a bad value prints
 * "prog: --ocr: ..." and exits 2.
 */
void		pk_cli_ocr_option(const char *prog, int c, const char *arg,
		    struct pk_ocr_opts *o, const char *usage);
/*
 * With OCR not off and --lang given, ask Tesseract (when it can be
 * loaded) for the data of each language before any input is read: a
 * language without it is a usage error, "prog: --lang: no Tesseract
 * language data for nor (of swe+eng+nor): ..." and exit 2, where
 * Tesseract would drop it and read on with the others.
 */
void		pk_cli_check_langs(const char *prog,
		    const struct pk_ocr_opts *o);
/*
 * The formats of the stylesheet directory dir (NAME of each NAME.xsl),
 * sorted, into *names (free with pk_cli_free_names).  Returns how many,
 * or -1.
 */
int		pk_cli_list_formats(const char *dir, char ***names);
void		pk_cli_free_names(char **names, size_t n);
/* What format name makes, from its stylesheet's first comment. */
void		pk_cli_format_description(const char *dir, const char *name,
		    char *out, size_t size);
/* The one of names[0..n) a typo away from name, or NULL. */
const char	*pk_cli_closest(const char *name, char *const *names,
		    size_t n);
/*
 * "prog: -f: unknown output format: htlm (did you mean html? LISTER
 * names them)" on stderr, the formats being those of dir.
 */
void		pk_cli_unknown_format(const char *prog, const char *dir,
		    const char *name, const char *lister);
/*
 * The exit status for an input pk_io_read could not read: 1 over
 * --max-size, 2 when the name given is not there or is a directory (the
 * command's mistake, as an unknown option is), 3 otherwise (permissions,
 * I/O).  The same in every program (issue 13).
 */
int		pk_cli_read_exit(const char *path, const struct pk_diag *d);
/* s (UTF-8) as a JSON string to fp, quoted and escaped. */
void		pk_cli_json_string(FILE *fp, const char *s);
/*
 * Passwords for encrypted PDFs into o: --password PW (c 'w') adds PW,
 * --password-file FILE (c 'W') each non-empty line of FILE.  An
 * unreadable file or more than 256 is a usage error (exit 2).
 */
void		pk_cli_password_option(const char *prog, int c,
		    const char *arg, struct pk_extract_opts *o);
/*
 * --pages: "3-5", "3-", "-5" or "4" into o's first_page and last_page;
 * anything else prints why and the usage, and exits 2.
 */
void		pk_cli_page_range(const char *prog, const char *arg,
		    struct pk_extract_opts *o, const char *usage);
/*
 * SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else
 * the time now; a value that is not a time prints why and exits 2.
 */
time_t		pk_cli_source_date(const char *prog);
/* Print "prog VERSION" to stdout and exit 0. */
void		pk_cli_version(const char *prog);
/* Print the usage line to stderr and exit 2. */
/*
 * Exit after --help, --version and the like: 0, or 3 with a message
 * when what was written to standard output did not get there (a full
 * disk, a closed descriptor).
 */
void		pk_cli_exit_written(const char *prog)
		    __attribute__((noreturn));
void		pk_cli_usage(const char *usage);
/*
 * Set up libxml2 for untrusted input: no network for any entity or
 * import, errors routed to the caller's diagnostics.
 */
void		pk_cli_xml_init(void);
/*
 * Read inpath ("-": standard input) into input and parse it as
 * untrusted XML into *doc, mapping heap for it while standard input is
 * not there yet (idle.h); the document is only read, not changed
 * (pk_xml_read_only).  Returns PK_EXIT_OK, or the exit status the
 * failure calls for after reporting it.
 */
int		pk_cli_read_xml(const char *inpath, size_t max_size,
		    struct pk_buf *input, xmlDocPtr *doc, struct pk_diag *);

#endif
