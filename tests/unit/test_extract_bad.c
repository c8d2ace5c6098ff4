/*
 * Bad input to pk-extract: corrupt and truncated PDFs, passwords, zip
 * bombs, hostile XML and entry names in DOCX, empty files.  Each gives
 * one line on stderr naming the file, nothing on stdout, exit 1.
 */
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <zip.h>
#include <zlib.h>

#include "helpers.h"

#define EXT	BIN("pk-extract")

static char tmpdir[64];

static void
setup(void)
{
	strcpy(tmpdir, "/tmp/pk-xbad-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(xbad, .init = setup, .fini = teardown);

static void
expect_one_line(const char *path, const char *want)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", EXT, path);
	assert_one_line(cmd, 1, want);
}

static const char *
put(const char *name, const void *data, size_t len)
{
	return put_file(tmpdir, name, data, len);
}

/* A DOCX-looking container of the given entries (name, text) pairs. */
static const char *
make_zip(const char *name, const char *const *entries, size_t n)
{
	static char path[256];
	zip_t *z;
	int err;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
	cr_assert_not_null(z);
	for (size_t i = 0; i < n; i += 2) {
		zip_source_t *src = zip_source_buffer(z, entries[i + 1],
		    strlen(entries[i + 1]), 0);

		cr_assert(zip_file_add(z, entries[i], src, ZIP_FL_ENC_UTF_8) >=
		    0);
	}
	cr_assert_eq(zip_close(z), 0);
	return path;
}

#define DOC_HEAD "<w:document xmlns:w=\"http://schemas.openxmlformats.org/" \
	"wordprocessingml/2006/main\"><w:body>"

Test(xbad, corrupt_and_truncated_pdfs)
{
	char *pdf;
	size_t len = 0;

	expect_one_line(put("junk.pdf", "%PDF-1.4\nhello\n", 15),
	    "junk.pdf: error: corrupt document");
	pdf = slurp(SRC("fixtures/extract/seed-000.pdf"), &len);
	cr_assert_not_null(pdf);
	expect_one_line(put("cut.pdf", pdf, len / 2),
	    "cut.pdf: error: corrupt document");
	expect_one_line(put("cut2.pdf", pdf, 3000),
	    "cut2.pdf: error: corrupt document");
	free(pdf);
}

/*
 * A truncated PDF MuPDF rebuilt by scanning it may keep its pages and
 * lose all their text (the first half of glued-style.pdf; an encrypted
 * PDF cut before its encryption dictionary, whose streams then read as
 * garbage): an error, not blank pages with exit 0.
 */
Test(xbad, truncated_pdf_whose_pages_lost_their_text)
{
	char *pdf, cmd[512];
	size_t len = 0;

	pdf = slurp(SRC("fixtures/extract/glued-style.pdf"), &len);
	cr_assert_not_null(pdf);
	expect_one_line(put("half.pdf", pdf, len / 2), "half.pdf: error: "
	    "corrupt document: damaged beyond repair: no page has any text");
	free(pdf);
	pdf = slurp(SRC("fixtures/extract/encrypted.pdf"), &len);
	cr_assert_not_null(pdf);
	cr_assert_gt(len, 19000);
	snprintf(cmd, sizeof(cmd), "%s -t pdf %s", EXT,
	    put("cut.pdf", pdf, 19000));
	assert_one_line(cmd, 1, "cut.pdf: error: corrupt document: damaged "
	    "beyond repair");
	free(pdf);
}

/*
 * A truncated JPEG, as a copy cut short leaves it: libjpeg says it is
 * damaged (on the standard error pk-extract keeps while it decodes).
 * Cut to its first 3,000 bytes no text is left: an error, as a PDF's;
 * cut at seven tenths, the text of the rest with a warning.  It gave an
 * empty page, exit 0, and nothing said.
 */
Test(xbad, truncated_jpeg_is_said)
{
	struct run_result r;
	char *jpg, cmd[512];
	size_t len = 0;

	jpg = slurp(SRC("fixtures/scan/typewriter-1964-p2.jpg"), &len);
	cr_assert_not_null(jpg);
	expect_one_line(put("cut.jpg", jpg, 3000), "cut.jpg: error: corrupt "
	    "document: damaged beyond repair: no page has any text");
	snprintf(cmd, sizeof(cmd), "%s %s", EXT, put("part.jpg", jpg,
	    len * 7 / 10));
	free(jpg);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "part.jpg: warning: damaged "
	    "document: its text may be incomplete\n"), "%s", r.err);
	cr_assert_not_null(strstr(r.out, "Ordföranden"), "%s", r.out);
	run_free(&r);
}

/* A PDF whose cross-reference table is off (startxref points nowhere)
 * is rebuilt and read whole, with a warning that it was damaged. */
Test(xbad, pdf_with_a_broken_xref_is_read_with_a_warning)
{
	struct run_result r;
	char *pdf, *sx, cmd[512];
	size_t len = 0;

	pdf = slurp(SRC("fixtures/extract/seed-000.pdf"), &len);
	cr_assert_not_null(pdf);
	/* The last "startxref": its offset, all ones, points nowhere. */
	for (sx = pdf + len - 10; sx > pdf &&
	    strncmp(sx, "startxref\n", 10) != 0; sx--)
		continue;
	cr_assert_gt(sx, pdf);
	for (sx += 10; *sx >= '0' && *sx <= '9'; sx++)
		*sx = '1';
	snprintf(cmd, sizeof(cmd), "%s %s", EXT, put("xref.pdf", pdf, len));
	free(pdf);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "Plats och tid"), "%s", r.out);
	cr_assert_not_null(strstr(r.err, "xref.pdf: warning: damaged "
	    "document: its text may be incomplete\n"), "%s", r.err);
	cr_assert_eq(strchr(r.err, '\n')[1], '\0', "%s", r.err);
	run_free(&r);
}

/*
 * A PDF whose metadata is not text: a title in UTF-16 ending in a lone
 * surrogate, an author with a line break.  Paged text's front matter is
 * one valid UTF-8 line a value: U+FFFD for each byte of the surrogate's
 * encoding, a space for each control character.  Before, pk-extract
 * failed on its own output (invalid UTF-8 "at line 7").
 */
Test(xbad, pdf_metadata_that_is_not_text)
{
	static const char *const obj[] = {
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
		    "/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"<< /Length 40 >>\nstream\n"
		    "BT /F1 12 Tf 72 720 Td (Protokoll) Tj ET\nendstream",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		"<< /Title <FEFF0041D800> /Author (x\r\ny) >>",
	};
	char pdf[2048], cmd[512];
	size_t off[6], len, xref, i;
	struct run_result r;

	len = (size_t)snprintf(pdf, sizeof(pdf), "%%PDF-1.4\n");
	for (i = 0; i < 6; i++) {
		off[i] = len;
		len += (size_t)snprintf(pdf + len, sizeof(pdf) - len,
		    "%zu 0 obj\n%s\nendobj\n", i + 1, obj[i]);
	}
	xref = len;
	len += (size_t)snprintf(pdf + len, sizeof(pdf) - len,
	    "xref\n0 7\n0000000000 65535 f \n");
	for (i = 0; i < 6; i++)
		len += (size_t)snprintf(pdf + len, sizeof(pdf) - len,
		    "%010zu 00000 n \n", off[i]);
	len += (size_t)snprintf(pdf + len, sizeof(pdf) - len, "trailer\n"
	    "<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n%zu\n%%%%EOF\n",
	    xref);
	cr_assert_lt(len, sizeof(pdf));
	snprintf(cmd, sizeof(cmd), "%s %s", EXT, put("meta.pdf", pdf, len));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "", "rebuilt? %s", r.err);
	cr_assert_not_null(strstr(r.out, "\ntitle: A\xef\xbf\xbd\xef\xbf\xbd"
	    "\xef\xbf\xbd\n"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "\nauthor: x  y\n"), "%s", r.out);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s %s/meta.pdf | %s >/dev/null", EXT,
	    tmpdir, BIN("pk-segment"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

/* A file name that is not UTF-8 (Latin-1 "é") is the front matter's
 * file with U+FFFD for the byte: the document converts. */
Test(xbad, file_name_that_is_not_utf8)
{
	struct run_result r;
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "cp %s '%s/lat\xe9n.docx' && %s "
	    "'%s/lat\xe9n.docx' | %s", SRC("fixtures/extract/seed-003.docx"),
	    tmpdir, EXT, tmpdir, BIN("pk-segment"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, " file=\"lat\xef\xbf\xbdn.docx\" "),
	    "%s", r.out);
	run_free(&r);
}

Test(xbad, password_protected_pdf)
{
	struct run_result r;

	expect_one_line(SRC("fixtures/extract/encrypted.pdf"),
	    "encrypted.pdf: error: encrypted document: a password is needed");
	/* Only an owner password: it opens with the empty one. */
	r = run(EXT " " SRC("fixtures/extract/owner-only.pdf"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "Plats och tid\tSammanträdesrum"));
	run_free(&r);
}

Test(xbad, empty_file)
{
	expect_one_line(put("zero.docx", "", 0),
	    "zero.docx: error: empty input");
}

Test(xbad, zip_bomb_docx)
{
	size_t big = (size_t)16 << 20;
	char *zeros = malloc(big + 1);
	const char *entries[] = { "word/document.xml", NULL };

	memset(zeros, ' ', big);
	memcpy(zeros, DOC_HEAD, strlen(DOC_HEAD));
	zeros[big] = '\0';
	entries[1] = zeros;
	expect_one_line(make_zip("bomb.docx", entries, 2),
	    "bomb.docx: error: over a limit: word/document.xml: compression "
	    "ratio over 200");
	free(zeros);
}

Test(xbad, docx_with_external_entity_or_billion_laughs)
{
	const char *xxe[] = { "word/document.xml",
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "
	    "\"file:///etc/passwd\">]>\n" DOC_HEAD "&x;</w:body></w:document>" };
	const char *lol[] = { "word/document.xml",
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n" DOC_HEAD
	    "<w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>" };

	expect_one_line(make_zip("xxe.docx", xxe, 2),
	    "xxe.docx: error: corrupt document: word/document.xml:2: a "
	    "DOCTYPE (and so any entity) is not accepted");
	expect_one_line(make_zip("lol.docx", lol, 2),
	    "lol.docx: error: corrupt document: word/document.xml:2: a "
	    "DOCTYPE");
}

Test(xbad, docx_entry_that_climbs_out)
{
	const char *entries[] = {
		"word/document.xml", DOC_HEAD "<w:p><w:r><w:t>x</w:t></w:r>"
		    "</w:p></w:body></w:document>",
		"../../x", "owned",
	};

	expect_one_line(make_zip("climb.docx", entries, 4),
	    "climb.docx: error: corrupt document: entry name ../../x leaves "
	    "the container");
}

Test(xbad, not_a_document)
{
	const char *entries[] = { "hello.txt", "hello" };

	expect_one_line(make_zip("plain.zip", entries, 2),
	    "plain.zip: error: not a format pk-extract reads");
	expect_one_line(put("bin.dat", "\x7f" "ELF\x02\x01\x01\x00\x00", 9),
	    "bin.dat: error: not a format pk-extract reads");
}

Test(xbad, docx_without_a_document_part)
{
	const char *entries[] = { "word/styles.xml", "<w:styles/>" };

	expect_one_line(make_zip("nodoc.docx", entries, 2),
	    "nodoc.docx: error: corrupt document: no word/document.xml");
}

/* A PDF of n pages, each with one line of text, written by hand. */
static const char *
many_pages(int n)
{
	static char path[256];
	struct pk_buf pdf = { 0 };
	size_t *off = calloc((size_t)n + 5, sizeof(*off));
	char buf[256];
	int i, nobj = 3 + n;
	FILE *fp;

	pk_buf_puts(&pdf, "%PDF-1.4\n");
	off[1] = pdf.len;
	pk_buf_puts(&pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
	off[2] = pdf.len;
	pk_buf_puts(&pdf, "2 0 obj << /Type /Pages /Count ");
	snprintf(buf, sizeof(buf), "%d /Kids [", n);
	pk_buf_puts(&pdf, buf);
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof(buf), " %d 0 R", 4 + i);
		pk_buf_puts(&pdf, buf);
	}
	pk_buf_puts(&pdf, " ] >> endobj\n");
	off[3] = pdf.len;
	pk_buf_puts(&pdf, "3 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 "
	    "720 Td (Sida i protokollet) Tj ET\nendstream endobj\n");
	for (i = 0; i < n; i++) {
		off[4 + i] = pdf.len;
		snprintf(buf, sizeof(buf), "%d 0 obj << /Type /Page /Parent 2 0 R "
		    "/MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font "
		    "<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
		    ">> >> >> >> endobj\n", 4 + i);
		pk_buf_puts(&pdf, buf);
	}
	snprintf(buf, sizeof(buf), "xref\n0 %d\n0000000000 65535 f \n",
	    nobj + 1);
	{
		size_t xref = pdf.len;

		pk_buf_puts(&pdf, buf);
		for (i = 1; i <= nobj; i++) {
			snprintf(buf, sizeof(buf), "%010zu 00000 n \n", off[i]);
			pk_buf_puts(&pdf, buf);
		}
		snprintf(buf, sizeof(buf), "trailer << /Size %d /Root 1 0 R >>\n"
		    "startxref\n%zu\n%%%%EOF\n", nobj + 1, xref);
		pk_buf_puts(&pdf, buf);
	}
	snprintf(path, sizeof(path), "%s/pages-%d.pdf", tmpdir, n);
	fp = fopen(path, "wb");
	fwrite(pdf.data, 1, pdf.len, fp);
	fclose(fp);
	pk_buf_free(&pdf);
	free(off);
	return path;
}

Test(xbad, two_thousand_pages, .timeout = 120)
{
	const char *path = many_pages(2000);
	char cmd[1200];
	struct run_result r;

	snprintf(cmd, sizeof(cmd), "%s --max-pages 1000 %s", EXT, path);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1);
	cr_assert_not_null(strstr(r.err, "error: over a limit: 2000 pages, "
	    "limit 1000"), "%s", r.err);
	cr_assert_eq(r.out_len, 0);
	run_free(&r);
	/*
	 * Within the limit: every page with its text; the line on every
	 * page is a running header from page 2 on, recorded as such.
	 */
	snprintf(cmd, sizeof(cmd), "%s %s | grep -c 'Sida i protokollet$'; "
	    "%s %s | grep -c '%%%%fw header: Sida i protokollet$'; "
	    "%s %s | grep '^pages: '", EXT, path, EXT, path, EXT, path);
	r = run(cmd, NULL);
	cr_assert_str_eq(r.out, "2000\n1999\npages: 2000\n", "%s", r.err);
	run_free(&r);
}

Test(xbad, encrypted_odt_and_ole_files)
{
	const char *odt[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\""
		    "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
		    "<manifest:file-entry manifest:full-path=\"content.xml\">"
		    "<manifest:encryption-data/></manifest:file-entry>"
		    "</manifest:manifest>",
		"content.xml", "\x01\x02 not xml, ciphertext",
	};

	expect_one_line(make_zip("secret.odt", odt, 6),
	    "secret.odt: error: encrypted document: a password is needed");
	expect_one_line(put("old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
	    "\0\0\0\0", 12), "old.doc: error: not a format pk-extract reads: "
	    "an OLE compound file");
}

/* A PNG chunk: length, type, data, CRC (zlib's crc32). */
static size_t
png_chunk(unsigned char *p, const char *type, const unsigned char *d,
    size_t n)
{
	uLong crc = crc32(0, (const Bytef *)type, 4);

	crc = crc32(crc, d, (uInt)n);
	p[0] = (unsigned char)(n >> 24);
	p[1] = (unsigned char)(n >> 16);
	p[2] = (unsigned char)(n >> 8);
	p[3] = (unsigned char)n;
	memcpy(p + 4, type, 4);
	if (n > 0)
		memcpy(p + 8, d, n);
	p[8 + n] = (unsigned char)(crc >> 24);
	p[9 + n] = (unsigned char)(crc >> 16);
	p[10 + n] = (unsigned char)(crc >> 8);
	p[11 + n] = (unsigned char)crc;
	return 12 + n;
}

Test(xbad, bad_page_images)
{
	/* 100000 x 100000 pixels declared: refused before decoding. */
	static const unsigned char ihdr[13] = { 0, 1, 0x86, 0xa0, 0, 1, 0x86,
	    0xa0, 8, 0, 0, 0, 0 };
	unsigned char	 png[128], jpg[1024];
	size_t		 n = 8, i, len;
	char		*tiff = slurp(SRC("fixtures/scan/seed-003.tiff"), &len);

	memcpy(png, "\x89PNG\r\n\x1a\n", 8);
	n += png_chunk(png + n, "IHDR", ihdr, sizeof(ihdr));
	n += png_chunk(png + n, "IEND", NULL, 0);
	expect_one_line(put("huge.png", png, n), "huge.png: error:");
	/* A JPEG with nothing but noise after its start: one line, not
	 * libjpeg's own warning besides. */
	memcpy(jpg, "\xff\xd8\xff\xe0", 4);
	for (i = 4; i < sizeof(jpg); i++)
		jpg[i] = (unsigned char)(i * 7);
	expect_one_line(put("noise.jpg", jpg, sizeof(jpg)),
	    "noise.jpg: error: corrupt document");
	/* A multi-page TIFF cut off after its first 3000 bytes. */
	cr_assert_not_null(tiff);
	expect_one_line(put("cut.tiff", tiff, 3000),
	    "cut.tiff: error: corrupt document");
	free(tiff);
}

Test(xbad, ocr_language_that_is_not_installed)
{
	char			 cmd[512];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "%s --lang xx %s", EXT,
	    SRC("fixtures/scan/typewriter-1964-200dpi.tiff"));
	r = run(cmd, NULL);
	/*
	 * Not the document's fault: the command's, said before any input
	 * is read (exit 2; issue 13: Tesseract drops a missing language
	 * of several without a word).
	 */
	cr_assert_eq(r.status, 2, "exit %d: %s", r.status, r.err);
	cr_assert_eq(r.out_len, 0);
	cr_assert_str_eq(r.err, "pk-extract: --lang: no Tesseract language "
	    "data for xx: install tesseract-ocr-xx, or set TESSDATA_PREFIX, "
	    "or leave it out of --lang\n");
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s --lang 'swe;rm' %s", EXT,
	    SRC("fixtures/scan/typewriter-1964-200dpi.tiff"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 2);
	run_free(&r);
}

/*
 * A page whose lines stand 50 million points apart, as a damaged file's
 * coordinates may (fixtures/src/wide-coordinates.sh; fuzzing found it):
 * its text comes out whole, and reading it takes no more memory than a
 * page does (before, column detection went point by point across the
 * width: 600 MB, and gigabytes for wider ones).
 */
Test(xbad, text_far_beyond_the_page_needs_no_gigabytes)
{
	struct rusage	 ru;
	int		 status, fd;
	pid_t		 pid;

	pid = fork();
	cr_assert_neq(pid, -1);
	if (pid == 0) {
		fd = open("/dev/null", O_WRONLY);
		dup2(fd, STDOUT_FILENO);
		execl(EXT, "pk-extract", "-q",
		    SRC("fixtures/extract/wide-coordinates.pdf"), (char *)NULL);
		_exit(127);
	}
	cr_assert_eq(wait4(pid, &status, 0, &ru), pid);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* Peak resident memory, KiB: a page's worth, far from 600 MB
	 * (under ASan too). */
	cr_assert_lt(ru.ru_maxrss, 200 * 1024, "%ld KiB", ru.ru_maxrss);
}
