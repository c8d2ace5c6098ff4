/*
 * Hostile input past the known cases (issue 17): containers and PDFs
 * made to hurt the reader, page images too large or too many, user
 * stylesheets reaching for files and the network.  Every input is
 * generated here, in a temporary directory, small; each case ends in
 * one line on stderr, the exit status, and nothing written.
 */
#include <fcntl.h>
#include <signal.h>
#include <time.h>

#include "helpers.h"
#include "zipgen.h"

#define EXT	BIN("pk-extract")
#define XFORM	BIN("pk-transform")
#define MINUTES	SRC("tests/golden/segment/minimal.out")

static char tmp[64];

static void
setup(void)
{
	strcpy(tmp, "/tmp/pk-hostile-XXXXXX");
	cr_assert_not_null(mkdtemp(tmp));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmp);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(hostile, .init = setup, .fini = teardown);

static const char *
put(const char *name, const void *data, size_t len)
{
	return put_file(tmp, name, data, len);
}

static void
extract_fails(const char *path, const char *want)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s --ocr never %s", EXT, path);
	assert_one_line(cmd, 1, want);
}

/* pk-extract reads path, and the text has want. */
static void
extract_has(const char *path, const char *want)
{
	char cmd[512];
	struct run_result r;

	snprintf(cmd, sizeof(cmd), "%s --ocr never %s", EXT, path);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: %s", path, r.err);
	cr_assert_not_null(strstr(r.out, want), "%s: %s", path, r.out);
	run_free(&r);
}

#define W_NS	"xmlns:w=\"http://schemas.openxmlformats.org/" \
		"wordprocessingml/2006/main\""
#define DOC	"<w:document " W_NS "><w:body><w:p><w:r><w:t>Paragraf ett" \
		"</w:t></w:r></w:p></w:body></w:document>"

/* A DOCX of these entries (stored, by tests/unit/zipgen.h). */
static const char *
docx(const char *name, const struct zipgen_entry *e, size_t n, int zip64)
{
	struct pk_buf b = { 0 };
	const char *path;

	zipgen(&b, e, n, zip64);
	path = put(name, b.data, b.len);
	pk_buf_free(&b);
	return path;
}

#define ENTRY(name, text)	{ name, text, sizeof(text) - 1, 0 }

Test(hostile, hundred_thousand_tiny_entries)
{
	size_t n = 100000, i;
	struct zipgen_entry *e = calloc(n, sizeof(*e));
	char (*names)[24] = calloc(n, sizeof(*names));

	e[0] = (struct zipgen_entry)ENTRY("word/document.xml", DOC);
	for (i = 1; i < n; i++) {
		snprintf(names[i], sizeof(names[i]), "word/m/%zu.xml", i);
		e[i].name = names[i];
		e[i].data = "<a/>";
		e[i].len = 4;
	}
	/* More than 65535 entries: zip64 end records, as a writer must. */
	extract_fails(docx("many.docx", e, n, 1), "many.docx: error: over a "
	    "limit: 100000 entries in the container, limit 10000");
	free(e);
	free(names);
}

Test(hostile, zip64_end_records_are_read)
{
	struct zipgen_entry e[] = { ENTRY("word/document.xml", DOC) };

	extract_has(docx("z64.docx", e, 1, 1), "Paragraf ett");
}

Test(hostile, duplicate_entry_names)
{
	struct zipgen_entry e[] = { ENTRY("word/document.xml", DOC),
	    ENTRY("word/document.xml", "<w:document " W_NS "><w:body><w:p>"
	    "<w:r><w:t>Ett annat dokument</w:t></w:r></w:p></w:body>"
	    "</w:document>") };

	extract_fails(docx("dup.docx", e, 2, 0), "dup.docx: error: corrupt "
	    "document: two entries named word/document.xml");
}

Test(hostile, absolute_entry_name)
{
	struct zipgen_entry e[] = { ENTRY("word/document.xml", DOC),
	    ENTRY("/etc/cron.d/x", "* * * * * root true") };

	extract_fails(docx("abs.docx", e, 2, 0), "abs.docx: error: corrupt "
	    "document: entry name /etc/cron.d/x leaves the container");
}

Test(hostile, backslash_and_drive_entry_names)
{
	struct zipgen_entry back[] = { ENTRY("word/document.xml", DOC),
	    ENTRY("word\\..\\..\\x.xml", "<a/>") };
	struct zipgen_entry drive[] = { ENTRY("word/document.xml", DOC),
	    ENTRY("C:\\Windows\\x.xml", "<a/>") };

	extract_fails(docx("back.docx", back, 2, 0), "back.docx: error: "
	    "corrupt document: entry name word\\..\\..\\x.xml leaves the "
	    "container");
	extract_fails(docx("drive.docx", drive, 2, 0), "drive.docx: error: "
	    "corrupt document: entry name C:\\Windows\\x.xml leaves the "
	    "container");
}

Test(hostile, symbolic_link_entry)
{
	struct zipgen_entry e[] = { { "word/document.xml", "/etc/passwd", 11,
	    1 } };

	extract_fails(docx("link.docx", e, 1, 0), "link.docx: error: corrupt "
	    "document: entry word/document.xml is a symbolic link");
}

/* depth levels of element el around some text, as a part. */
static char *
nested(const char *head, const char *open, const char *close,
    const char *tail, size_t depth)
{
	struct pk_buf b = { 0 };

	pk_buf_puts(&b, head);
	for (size_t i = 0; i < depth; i++)
		pk_buf_puts(&b, open);
	pk_buf_puts(&b, "djup");
	for (size_t i = 0; i < depth; i++)
		pk_buf_puts(&b, close);
	pk_buf_puts(&b, tail);
	return b.data;
}

Test(hostile, docx_nested_100000_deep)
{
	char *part = nested("<w:document " W_NS "><w:body><w:p><w:r><w:t>",
	    "<w:x>", "</w:x>", "</w:t></w:r></w:p></w:body></w:document>",
	    100000);
	struct zipgen_entry e[] = { { "word/document.xml", part,
	    strlen(part), 0 } };

	extract_fails(docx("deep.docx", e, 1, 0), "deep.docx: error: corrupt "
	    "document: word/document.xml is not well-formed");
	free(part);
}

#define ODT_MIME	"application/vnd.oasis.opendocument.text"
#define ODT_NS	"xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:" \
		"office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:" \
		"xmlns:text:1.0\""

Test(hostile, odt_nested_100000_deep)
{
	char *part = nested("<office:document-content " ODT_NS "><office:body>"
	    "<office:text><text:p>", "<text:span>", "</text:span>",
	    "</text:p></office:text></office:body></office:document-content>",
	    100000);
	struct zipgen_entry e[] = { ENTRY("mimetype", ODT_MIME),
	    { "content.xml", part, strlen(part), 0 } };

	extract_fails(docx("deep.odt", e, 2, 0), "deep.odt: error: corrupt "
	    "document: content.xml is not well-formed");
	free(part);
}

/* Three levels of ten: a thousand copies, far below a billion. */
#define ENTITIES "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">" \
	"<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">" \
	"<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"

Test(hostile, odt_internal_entities_below_billion_laughs)
{
	struct zipgen_entry e[] = { ENTRY("mimetype", ODT_MIME),
	    ENTRY("content.xml", "<?xml version=\"1.0\"?>\n" ENTITIES
	    "<office:document-content " ODT_NS "><office:body><office:text>"
	    "<text:p>&c;</text:p></office:text></office:body>"
	    "</office:document-content>") };

	extract_fails(docx("ent.odt", e, 2, 0), "ent.odt: error: corrupt "
	    "document: content.xml:2: a DOCTYPE (and so any entity) is not "
	    "accepted");
}

Test(hostile, validate_internal_entities_below_billion_laughs)
{
	char cmd[512];
	const char *xml = "<?xml version=\"1.0\"?>\n" ENTITIES
	    "<minutes xmlns=\"urn:protokoll:minutes:1\">&c;</minutes>\n";
	const char *path = put("ent.xml", xml, strlen(xml));

	snprintf(cmd, sizeof(cmd), "%s -q %s", BIN("pk-validate"), path);
	assert_one_line(cmd, 1, "ent.xml:2: error:");
}

/* part in UTF-16 (little-endian, with its byte order mark). */
static char *
utf16(const char *s, size_t *len)
{
	size_t n = strlen(s);
	char *out = malloc(2 * n + 2);

	out[0] = '\xff';
	out[1] = '\xfe';
	for (size_t i = 0; i < n; i++) {
		out[2 + 2 * i] = s[i];
		out[3 + 2 * i] = '\0';
	}
	*len = 2 * n + 2;
	return out;
}

Test(hostile, utf16_parts_are_read)
{
	size_t len, clen;
	char *part = utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
	    DOC, &len);
	/* U+00E5 written after as its one UTF-16 unit, e5 00. */
	char *content = utf16("<office:document-content " ODT_NS
	    "><office:body><office:text><text:p>Paragraf tv?</text:p>"
	    "</office:text></office:body></office:document-content>", &clen);
	char *q = content + 2;
	struct zipgen_entry e[] = { { "word/document.xml", part, len, 0 } };
	struct zipgen_entry o[] = { ENTRY("mimetype", ODT_MIME),
	    { "content.xml", content, clen, 0 } };

	while (q[0] != '?')
		q += 2;
	q[0] = '\xe5';
	extract_has(docx("u16.docx", e, 1, 0), "Paragraf ett");
	extract_has(docx("u16.odt", o, 2, 0), "Paragraf tv\xc3\xa5");
	free(content);
	free(part);
}

/*
 * A PDF of the objects given (numbered from 1, object 1 the catalog),
 * its xref table and trailer; with self_prev, the trailer's /Prev
 * names the table itself: a loop of xref sections.
 */
static const char *
pdf(const char *name, const char *const *objs, size_t n, int self_prev)
{
	struct pk_buf b = { 0 };
	size_t *off = calloc(n + 1, sizeof(*off)), xref;
	const char *path;

	pk_buf_puts(&b, "%PDF-1.4\n");
	for (size_t i = 0; i < n; i++) {
		off[i] = b.len;
		pk_buf_printf(&b, "%zu 0 obj\n%s\nendobj\n", i + 1, objs[i]);
	}
	xref = b.len;
	pk_buf_printf(&b, "xref\n0 %zu\n0000000000 65535 f \n", n + 1);
	for (size_t i = 0; i < n; i++)
		pk_buf_printf(&b, "%010zu 00000 n \n", off[i]);
	pk_buf_printf(&b, "trailer\n<< /Size %zu /Root 1 0 R", n + 1);
	if (self_prev)
		pk_buf_printf(&b, " /Prev %zu", xref);
	pk_buf_printf(&b, " >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	path = put(name, b.data, b.len);
	pk_buf_free(&b);
	free(off);
	return path;
}

#define CATALOG		"<< /Type /Catalog /Pages 2 0 R >>"
#define FONT		"/Resources << /Font << /F1 << /Type /Font " \
			"/Subtype /Type1 /BaseFont /Helvetica >> >> >>"
#define TEXT		"<< /Length 43 >>\nstream\nBT /F1 12 Tf 72 720 Td " \
			"(Sida ett) Tj ET\nendstream"

Test(hostile, pdf_xref_loop)
{
	const char *objs[] = { CATALOG, "<< /Type /Pages /Count 1 /Kids "
	    "[3 0 R] >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 "
	    "842] /Contents 4 0 R " FONT " >>", TEXT };

	/* Read once, the loop noticed: the page is there. */
	extract_has(pdf("loop.pdf", objs, 4, 1), "Sida ett");
}

Test(hostile, pdf_page_count_in_millions)
{
	const char *objs[] = { CATALOG, "<< /Type /Pages /Count 4000000 "
	    "/Kids [3 0 R] >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 "
	    "595 842] /Contents 4 0 R " FONT " >>", TEXT };

	extract_fails(pdf("millions.pdf", objs, 4, 0), "millions.pdf: error: "
	    "over a limit: 4000000 pages, limit 5000");
}

Test(hostile, pdf_javascript_is_never_run)
{
	/* Were it run, it would spin for ever and the test time out. */
	const char *objs[] = { "<< /Type /Catalog /Pages 2 0 R /OpenAction "
	    "5 0 R /Names << /JavaScript << /Names [(a) 5 0 R] >> >> >>",
	    "<< /Type /Pages /Count 1 /Kids [3 0 R] >>", "<< /Type /Page "
	    "/Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " FONT
	    " /AA << /O 5 0 R >> >>", TEXT, "<< /S /JavaScript /JS "
	    "(for\\(;;\\){}) >>" };

	extract_has(pdf("js.pdf", objs, 5, 0), "Sida ett");
}

Test(hostile, pdf_image_30000_square_without_text)
{
	char cmd[512];
	struct run_result r;
	/* The image's data ends at once: decoded whole, 900 MB of gray. */
	const char *objs[] = { CATALOG, "<< /Type /Pages /Count 1 /Kids "
	    "[3 0 R] >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 "
	    "842] /Contents 4 0 R /Resources << /XObject << /I 5 0 R >> >> >>",
	    "<< /Length 29 >>\nstream\nq 595 0 0 842 0 0 cm /I Do Q\n"
	    "endstream", "<< /Type /XObject /Subtype /Image /Width 30000 "
	    "/Height 30000 /ColorSpace /DeviceGray /BitsPerComponent 8 "
	    "/Length 4 >>\nstream\nxxxx\nendstream" };

	/* No text: the page is rendered for OCR, the image scaled to it. */
	snprintf(cmd, sizeof(cmd), "%s --lang eng --dpi 100 %s", EXT,
	    pdf("big-image.pdf", objs, 5, 0));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "\nocr-pages: 1\n"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "\npages: 1\n"), "%s", r.out);
	run_free(&r);
}

/* A little-endian TIFF: n frames of w x h 8-bit gray, each its own IFD;
 * the pixel data is one strip of a few bytes, whatever w and h say. */
static const char *
tiff(const char *name, unsigned n, unsigned w, unsigned h)
{
	struct pk_buf b = { 0 };
	const char *path;

	pk_buf_put(&b, "II*\0", 4);
	zg_u32(&b, 8);
	for (unsigned f = 0; f < n; f++) {
		size_t ifd = b.len, next;
		static const unsigned short tags[] = { 256, 257, 258, 259, 262,
		    273, 277, 278, 279 };

		zg_u16(&b, 9);
		for (unsigned k = 0; k < 9; k++) {
			uint32_t v = tags[k] == 256 ? w : tags[k] == 257 ? h :
			    tags[k] == 258 ? 8 : tags[k] == 259 ? 1 :
			    tags[k] == 262 ? 1 : tags[k] == 273 ?
			    (uint32_t)(ifd + 2 + 9 * 12 + 4) :
			    tags[k] == 277 ? 1 : tags[k] == 278 ? h : 4;

			zg_u16(&b, tags[k]);
			zg_u16(&b, tags[k] == 273 || tags[k] == 278 ||
			    tags[k] == 279 || tags[k] <= 257 ? 4 : 3);
			zg_u32(&b, 1);
			zg_u32(&b, v);
		}
		next = f + 1 < n ? ifd + 2 + 9 * 12 + 4 + 4 : 0;
		zg_u32(&b, (uint32_t)next);
		pk_buf_put(&b, "\x80\x80\x80\x80", 4);
	}
	path = put(name, b.data, b.len);
	pk_buf_free(&b);
	return path;
}

/*
 * A frame over the limit of 200 million pixels is refused before it is
 * decoded (it was decoded first: 470 MB for this one, to be refused).
 */
Test(hostile, tiff_frame_15000_square)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s --ocr always --lang eng %s", EXT,
	    tiff("big.tiff", 1, 15000, 15000));
	assert_one_line(cmd, 1,
	    "big.tiff: error: over a limit: a page image of "
	    "15000 x 15000 pixels");
}

/* Larger yet: MuPDF's own limit. */
Test(hostile, tiff_frame_30000_square)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s --ocr always --lang eng %s", EXT,
	    tiff("huge.tiff", 1, 30000, 30000));
	assert_one_line(cmd, 1, "huge.tiff: error: corrupt document: image too "
	    "large");
}

Test(hostile, tiff_of_5000_frames)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s --max-pages 100 %s", EXT,
	    tiff("frames.tiff", 5000, 1, 1));
	assert_one_line(cmd, 1, "frames.tiff: error: over a limit: 5000 pages, "
	    "limit 100");
}

/* User stylesheets: pk-transform -x FILE -o OUT, refused, OUT absent. */
static void
stylesheet_refused(const char *name, const char *body, const char *want)
{
	char cmd[1024], out[256], style[256];

	snprintf(style, sizeof(style), "%s", put(name, body, strlen(body)));
	snprintf(out, sizeof(out), "%s/out.txt", tmp);
	snprintf(cmd, sizeof(cmd), "%s -x %s -o %s %s", XFORM, style, out,
	    MINUTES);
	assert_one_line(cmd, 1, want);
	cr_assert(!exists(out), "%s: %s written", name, out);
}

#define XSL_BARE "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www." \
	"w3.org/1999/XSL/Transform\">"
#define XSL_HEAD XSL_BARE "<xsl:output method=\"text\"/>"

Test(hostile, stylesheet_document_etc_passwd)
{
	stylesheet_refused("passwd.xsl", XSL_HEAD "<xsl:template match=\"/\">"
	    "<xsl:value-of select=\"document('/etc/passwd')\"/></xsl:template>"
	    "</xsl:stylesheet>", "error: transformation failed: Local file read "
	    "for /etc/passwd refused");
	stylesheet_refused("passwd-uri.xsl", XSL_HEAD "<xsl:template match="
	    "\"/\"><xsl:value-of select=\"document('file:///etc/passwd')\"/>"
	    "</xsl:template></xsl:stylesheet>", "error: transformation failed: "
	    "Local file read for file:///etc/passwd refused");
}

Test(hostile, stylesheet_document_http)
{
	stylesheet_refused("http.xsl", XSL_HEAD "<xsl:template match=\"/\">"
	    "<xsl:value-of select=\"document('http://192.0.2.1/x.xml')\"/>"
	    "</xsl:template></xsl:stylesheet>", "error: transformation failed: "
	    "Network file read for http://192.0.2.1/x.xml refused");
}

Test(hostile, stylesheet_include_of_a_file_elsewhere)
{
	stylesheet_refused("inc.xsl", XSL_HEAD "<xsl:include href=\"/etc/"
	    "passwd\"/></xsl:stylesheet>", "inc.xsl: error: transformation "
	    "failed: Local file read for /etc/passwd refused");
}

Test(hostile, stylesheet_include_of_http)
{
	stylesheet_refused("inchttp.xsl", XSL_HEAD "<xsl:include href=\"http:"
	    "//192.0.2.1/a.xsl\"/></xsl:stylesheet>", "inchttp.xsl: error: "
	    "transformation failed: Network file read for http://192.0.2.1/"
	    "a.xsl refused");
}

Test(hostile, stylesheet_import_loop)
{
	const char *b = XSL_BARE "<xsl:import href=\"loopa.xsl\"/>"
	    "</xsl:stylesheet>";

	put("loopb.xsl", b, strlen(b));
	stylesheet_refused("loopa.xsl", XSL_BARE "<xsl:import href=\"loopb."
	    "xsl\"/></xsl:stylesheet>", "loopa.xsl: error: transformation "
	    "failed: xsl:import : recursion detected on imported URL");
}

Test(hostile, stylesheet_infinite_recursion)
{
	stylesheet_refused("rec.xsl", XSL_HEAD "<xsl:template match=\"/\">"
	    "<xsl:call-template name=\"r\"/></xsl:template><xsl:template "
	    "name=\"r\"><xsl:call-template name=\"r\"/></xsl:template>"
	    "</xsl:stylesheet>", "error: transformation failed: "
	    "xsltApplySequenceConstructor: A potential infinite template "
	    "recursion was detected.");
}

/* What a stylesheet may still read: itself, and files beside it. */
Test(hostile, stylesheet_reads_its_own_directory)
{
	char cmd[1024];
	struct run_result r;
	const char *lib = XSL_HEAD "<xsl:template name=\"n\">bredvid"
	    "</xsl:template></xsl:stylesheet>";
	const char *main_xsl = XSL_HEAD "<xsl:include href=\"lib/n.xsl\"/>"
	    "<xsl:template match=\"/\"><xsl:call-template name=\"n\"/>"
	    "<xsl:value-of select=\"count(document('')/*)\"/></xsl:template>"
	    "</xsl:stylesheet>";

	snprintf(cmd, sizeof(cmd), "%s/lib", tmp);
	cr_assert_eq(mkdir(cmd, 0755), 0);
	put("lib/n.xsl", lib, strlen(lib));
	snprintf(cmd, sizeof(cmd), "%s -x %s %s", XFORM,
	    put("main.xsl", main_xsl, strlen(main_xsl)), MINUTES);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "bredvid1", "%s", r.err);
	run_free(&r);
}

/*
 * Hostile source trees for pk-batch.  A case that needs a directory it
 * may not read runs pk-batch as nobody when the tests run as root (who
 * reads everything).
 */
#define BATCH	BIN("pk-batch")
#define AS_USER	(geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 " \
		"--clear-groups " : "")

/* A shell command that must succeed. */
static void
sh(const char *fmt, ...)
{
	char cmd[2048];
	va_list ap;
	struct run_result r;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: %s", cmd, r.err);
	run_free(&r);
}

/* Field 1 and 6 (path, status) of OUTDIR/manifest.tsv. */
static char *
manifest(const char *outdir)
{
	char cmd[512];
	struct run_result r;

	snprintf(cmd, sizeof(cmd), "cut -f1,6 %s/manifest.tsv", outdir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	free(r.err);
	return r.out;
}

/* tmp/in with a.txt, a minutes text, and whatever sh adds after. */
static void
tree(void)
{
	sh("mkdir %s/in && cp %s/fixtures/minimal.txt %s/in/a.txt", tmp,
	    PK_SRCDIR, tmp);
}

Test(hostile, batch_symlink_loops_are_not_followed, .timeout = 60)
{
	char cmd[512], out[256], *m;
	struct run_result r;

	tree();
	sh("cd %s/in && mkdir sub && ln -s .. sub/up && ln -s b.txt "
	    "sub/a.txt && ln -s a.txt sub/b.txt && ln -s . self", tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	snprintf(cmd, sizeof(cmd), "%s -q -o %s %s/in", BATCH, out, tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
	m = manifest(out);
	cr_assert_str_eq(m, "path\tstatus\na.txt\tok\n");
	free(m);
}

Test(hostile, batch_fifo_and_device_in_a_tree_are_passed_over, .timeout = 60)
{
	char cmd[512], out[256], *m;
	struct run_result r;

	tree();
	sh("cd %s/in && mkfifo fifo.txt && ln -s /dev/zero zero.pdf", tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	snprintf(cmd, sizeof(cmd), "%s -q -o %s %s/in", BATCH, out, tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	m = manifest(out);
	cr_assert_str_eq(m, "path\tstatus\na.txt\tok\n");
	free(m);
}

/* Named on the command line: refused before OUTDIR is made. */
Test(hostile, batch_fifo_or_device_operand_is_refused, .timeout = 60)
{
	char cmd[512], want[256], out[256];

	tree();
	sh("cd %s/in && mkfifo fifo.txt && ln -s /dev/zero zero.pdf", tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	snprintf(cmd, sizeof(cmd), "%s -q -o %s %s/in/fifo.txt", BATCH, out,
	    tmp);
	snprintf(want, sizeof(want), "pk-batch: %s/in/fifo.txt: error: "
	    "cannot read: not a regular file\n", tmp);
	assert_one_line(cmd, 2, want);
	snprintf(cmd, sizeof(cmd), "%s -q -o %s %s/in/zero.pdf", BATCH, out,
	    tmp);
	snprintf(want, sizeof(want), "pk-batch: %s/in/zero.pdf: error: "
	    "cannot read: not a regular file\n", tmp);
	assert_one_line(cmd, 2, want);
	cr_assert(!exists(out));
}

/* Listed on standard input: that document rejected, the others done. */
Test(hostile, batch_listed_fifo_is_rejected_not_waited_for, .timeout = 60)
{
	char cmd[1024], list[256], out[256], *log, *m;
	struct run_result r;

	tree();
	sh("cd %s/in && mkfifo fifo.txt && printf '%%s\\n' %s/in/fifo.txt "
	    "%s/in/a.txt >%s/list", tmp, tmp, tmp, tmp);
	snprintf(list, sizeof(list), "%s/list", tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	snprintf(cmd, sizeof(cmd), "%s --root %s/in --log %s/log.json -o %s -",
	    BATCH, tmp, tmp, out);
	r = run(cmd, list);
	cr_assert_eq(r.status, 1, "%s", r.err);
	/* Said in the summary, its one line; the reason in the log. */
	cr_assert(strncmp(r.err, "pk-batch: 2 documents: 1 converted, 0 "
	    "unchanged, 1 failed (0 failed before), 0 to review, 1 pages in ",
	    101) == 0, "%s", r.err);
	cr_assert_eq(strchr(r.err, '\n')[1], '\0', "%s", r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s/log.json", tmp);
	log = slurp(cmd, NULL);
	cr_assert_not_null(strstr(log, "fifo.txt: error: cannot read: not a "
	    "regular file"), "%s", log);
	free(log);
	/* In the manifest, as every failure is (the report is made from
	 * it): before, a document not read was missing there. */
	m = manifest(out);
	cr_assert_str_eq(m, "path\tstatus\na.txt\tok\nfifo.txt\trejected\n");
	free(m);
	snprintf(cmd, sizeof(cmd), "%s/report.html", out);
	log = slurp(cmd, NULL);
	cr_assert_not_null(log, "%s", cmd);
	cr_assert_not_null(strstr(log, "not a regular file"), "%s", log);
	free(log);
}

/*
 * An outdir inside the source tree is not walked: a run's results are
 * no documents.  With -f text each rerun took the last one's .text.txt
 * for a new paged text (out/a.txt.text.txt, out/out/...).
 */
Test(hostile, batch_outdir_in_its_source_is_not_a_source, .timeout = 60)
{
	char out[256], *m;

	tree();
	snprintf(out, sizeof(out), "%s/in/out", tmp);
	for (int i = 0; i < 3; i++)
		sh("%s -q -f text -o %s %s/in", BATCH, out, tmp);
	m = manifest(out);
	cr_assert_str_eq(m, "path\tstatus\na.txt\tok\n");
	free(m);
}

/*
 * Two documents whose packages would have one id (a.txt and a.docx are
 * both "a", x/y.txt and x-y.txt both "x-y") are refused before any work,
 * each pair said, exit 2: the one packaged last replaced the other's
 * package, with every document "ok".
 */
Test(hostile, batch_pack_ids_of_two_documents_are_refused, .timeout = 60)
{
	char cmd[1024];
	struct run_result r;

	tree();
	sh("cd %s/in && mkdir x && cp a.txt x/y.txt && cp a.txt x-y.txt && "
	    "cp a.txt a.docx && printf 'archivist = A\\nsubmitter = B\\n' "
	    ">%s/ag.conf", tmp, tmp);
	snprintf(cmd, sizeof(cmd), "%s --pack --pack-config %s/ag.conf -o "
	    "%s/out %s/in", BATCH, tmp, tmp, tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert_str_eq(r.err, "pk-batch: a.txt: error: the package id of "
	    "another document: a, a.docx's: rename one\npk-batch: x/y.txt: "
	    "error: the package id of another document: x-y, x-y.txt's: "
	    "rename one\n");
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s/out", tmp);
	cr_assert_eq(access(cmd, F_OK), -1, "%s was made", cmd);
}

/*
 * A document that fails after a warning (a page's furniture alone: no
 * profile fits, then no content) is recorded with its error: the
 * manifest, the log and the report said the warning, and the error was
 * nowhere.
 */
Test(hostile, batch_records_the_error_not_the_warning_before_it,
    .timeout = 60)
{
	char cmd[1024];
	struct run_result r;

	tree();
	sh("printf -- '---\\nformat: txt\\n---\\n%%%%%%%%fw header: Sida 1\\n' "
	    ">%s/in/fw.txt && %s -q -o %s/out %s/in; test $? = 1", tmp, BATCH,
	    tmp, tmp);
	snprintf(cmd, sizeof(cmd), "grep '^fw.txt' %s/out/manifest.tsv | "
	    "cut -f6,11", tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "rejected\t"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "fw.txt: error: no content to "
	    "segment\n"), "%s", r.out);
	run_free(&r);
}

/*
 * A source directory that is outdir, or inside it, is refused before
 * anything is written: with -f text each rerun took the results of the
 * one before for new documents (a.txt.text.txt, a.txt.text.txt.text.txt).
 */
Test(hostile, batch_source_that_is_outdir_or_in_it_is_refused, .timeout = 60)
{
	char cmd[1024], want[512], path[256], *m;

	tree();
	sh("mkdir %s/out && cp %s/in/a.txt %s/out/", tmp, tmp, tmp);
	snprintf(cmd, sizeof(cmd), "cd %s && %s -f text -o in in", tmp, BATCH);
	assert_one_line(cmd, 2, "pk-batch: in: error: the output directory, "
	    "or inside it: its results would be read as documents: give -o "
	    "another directory");
	snprintf(cmd, sizeof(cmd), "cd %s && %s -o out/.. in", tmp, BATCH);
	snprintf(want, sizeof(want), "pk-batch: in: error: the output "
	    "directory, or inside it: its results would be read as documents: "
	    "give -o another directory");
	assert_one_line(cmd, 2, want);
	snprintf(path, sizeof(path), "%s/in/manifest.tsv", tmp);
	cr_assert(!exists(path), "%s written", path);
	snprintf(path, sizeof(path), "%s/manifest.tsv", tmp);
	cr_assert(!exists(path), "%s written", path);
	snprintf(path, sizeof(path), "%s/out", tmp);
	/* A file of outdir named on its own is a document as any. */
	sh("cd %s && %s -q -o out out/a.txt", tmp, BATCH);
	m = manifest(path);
	cr_assert_str_eq(m, "path\tstatus\na.txt\tok\n");
	free(m);
}

Test(hostile, batch_unreadable_directory_is_said_the_rest_done, .timeout = 60)
{
	char cmd[1024], want[256], *m, *nl;
	struct run_result r;

	tree();
	sh("chmod 777 %s && mkdir %s/in/locked && cp %s/in/a.txt "
	    "%s/in/locked/ && chmod 000 %s/in/locked", tmp, tmp, tmp, tmp, tmp);
	snprintf(cmd, sizeof(cmd), "%s%s -o %s/out %s/in", AS_USER, BATCH, tmp,
	    tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1, "%s", r.err);
	snprintf(want, sizeof(want), "pk-batch: %s/in/locked: error: cannot "
	    "read: Permission denied\n", tmp);
	cr_assert(strncmp(r.err, want, strlen(want)) == 0, "%s", r.err);
	/* Then the summary, its one line. */
	nl = strchr(r.err + strlen(want), '\n');
	cr_assert(nl != NULL && nl[1] == '\0', "%s", r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s/out", tmp);
	m = manifest(cmd);
	cr_assert_str_eq(m, "path\tstatus\na.txt\tok\n");
	free(m);
	sh("chmod 755 %s/in/locked", tmp);
}

Test(hostile, batch_names_with_newline_tab_and_dash, .timeout = 60)
{
	char cmd[512], out[256], *m;
	struct run_result r;

	tree();
	sh("cd %s/in && cp a.txt \"$(printf 'ny\\nrad.txt')\" && "
	    "cp a.txt \"$(printf 'tab\\there.txt')\" && cp a.txt ./-rf.txt && "
	    "cp a.txt ./--help.txt", tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	snprintf(cmd, sizeof(cmd), "cd %s && %s -q -o out in", tmp, BATCH);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	m = manifest(out);
	/* Escaped in the manifest, one record a name. */
	cr_assert_str_eq(m, "path\tstatus\n--help.txt\tok\n-rf.txt\tok\n"
	    "a.txt\tok\nny\\nrad.txt\tok\ntab\\there.txt\tok\n");
	free(m);
	snprintf(cmd, sizeof(cmd), "%s/out/ny\nrad.txt.xml", tmp);
	cr_assert(exists(cmd), "%s", cmd);
	snprintf(cmd, sizeof(cmd), "%s/out/tab\there.txt.xml", tmp);
	cr_assert(exists(cmd), "%s", cmd);
	snprintf(cmd, sizeof(cmd), "%s/out/-rf.txt.html", tmp);
	cr_assert(exists(cmd), "%s", cmd);
	/* The source tree is as it was. */
	snprintf(cmd, sizeof(cmd), "%s/in/a.txt", tmp);
	cr_assert(exists(cmd));
}

Test(hostile, batch_outdir_that_is_a_symlink, .timeout = 60)
{
	char cmd[512], *m;
	struct run_result r;

	tree();
	sh("mkdir %s/real && ln -s real %s/out", tmp, tmp);
	snprintf(cmd, sizeof(cmd), "%s -q -o %s/out %s/in", BATCH, tmp, tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	/* Written through the link, into the directory it names. */
	snprintf(cmd, sizeof(cmd), "%s/real", tmp);
	m = manifest(cmd);
	cr_assert_str_eq(m, "path\tstatus\na.txt\tok\n");
	free(m);
	snprintf(cmd, sizeof(cmd), "%s/real/a.txt.xml", tmp);
	cr_assert(exists(cmd));
	snprintf(cmd, sizeof(cmd), "%s/real/.pk-tmp", tmp);
	cr_assert(!exists(cmd));
	/* And found there again: nothing to do. */
	snprintf(cmd, sizeof(cmd), "%s -o %s/out %s/in", BATCH, tmp, tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
}

Test(hostile, batch_read_only_manifest, .timeout = 60)
{
	char cmd[1024], want[256], path[256], *before, *after;

	tree();
	sh("chmod 777 %s && %s%s -q -o %s/out %s/in && chmod 444 "
	    "%s/out/manifest.tsv && cp %s/fixtures/seed-003.txt %s/in/",
	    tmp, AS_USER, BATCH, tmp, tmp, tmp, PK_SRCDIR, tmp);
	snprintf(path, sizeof(path), "%s/out/manifest.tsv", tmp);
	before = slurp(path, NULL);
	snprintf(cmd, sizeof(cmd), "%s%s -q -o %s/out %s/in", AS_USER, BATCH,
	    tmp, tmp);
	snprintf(want, sizeof(want), "pk-batch: %s/out/manifest.tsv: error: "
	    "cannot write: Permission denied\n", tmp);
	assert_one_line(cmd, 3, want);
	after = slurp(path, NULL);
	cr_assert_str_eq(after, before);
	snprintf(path, sizeof(path), "%s/out/seed-003.txt.xml", tmp);
	cr_assert(!exists(path));
	snprintf(path, sizeof(path), "%s/out/.pk-tmp", tmp);
	cr_assert(!exists(path));
	free(before);
	free(after);
}

/*
 * pk-batch over tmp/in into out with the batch's test faults on (two
 * workers and no timeout where hanging), its standard error into
 * tmp/err; started, not waited for.  Its pid.
 */
static pid_t
batch_with_faults(const char *out, int hanging)
{
	char	 path[256];
	pid_t	 pid;
	int	 errfd;

	snprintf(path, sizeof(path), "%s/err", tmp);
	errfd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	cr_assert(errfd != -1);
	if ((pid = fork()) == 0) {
		char in[256];

		dup2(errfd, 2);
		setenv("PK_BATCH_TEST_FAULTS", "1", 1);
		snprintf(in, sizeof(in), "%s/in", tmp);
		if (hanging)
			execl(BATCH, "pk-batch", "-j", "2", "--timeout", "0",
			    "-o", out, in, (char *)NULL);
		else
			execl(BATCH, "pk-batch", "-o", out, in, (char *)NULL);
		_exit(127);
	}
	close(errfd);
	cr_assert_gt(pid, 0);
	return pid;
}

/*
 * A signal while a document is at work (one that hangs, by the batch's
 * test faults): the run ends cleanly, dies of the signal, and the next
 * run converts what was left.
 */
static void
signal_during_run(int sig, const char *name)
{
	char cmd[1024], out[256], want[512], *m;
	struct timespec tick = { 0, 20 * 1000 * 1000 };
	struct run_result r;
	pid_t pid;
	int st;

	tree();
	sh("mv %s/in/a.txt %s/in/fault-hang.txt && cp %s/fixtures/seed-003.txt "
	    "%s/in/", tmp, tmp, PK_SRCDIR, tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	pid = batch_with_faults(out, 1);
	/* Until seed-003 is recorded (fault-hang never will be). */
	snprintf(cmd, sizeof(cmd), "grep -q '^seed-003.txt' %s/manifest.tsv "
	    "2>/dev/null", out);
	for (;;) {
		r = run(cmd, NULL);
		run_free(&r);
		if (r.status == 0)
			break;
		cr_assert_eq(waitpid(pid, &st, WNOHANG), 0, "the run ended");
		nanosleep(&tick, NULL);
	}
	kill(pid, sig);
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	cr_assert(WIFSIGNALED(st) && WTERMSIG(st) == sig, "status %x", st);
	snprintf(cmd, sizeof(cmd), "%s/err", tmp);
	m = slurp(cmd, NULL);
	snprintf(want, sizeof(want), "; stopped by %s, 1 not done: run again "
	    "to resume; report: %s/report.html\n", name, out);
	cr_assert_not_null(strstr(m, want), "%s", m);
	cr_assert_eq(strchr(m, '\n')[1], '\0', "%s", m);
	free(m);
	snprintf(cmd, sizeof(cmd), "%s/.pk-tmp", out);
	cr_assert(!exists(cmd), "%s left", cmd);
	m = manifest(out);
	cr_assert_str_eq(m, "path\tstatus\nseed-003.txt\tok\n");
	free(m);
	/* Resumed: the one left is done, seed-003 not again. */
	snprintf(cmd, sizeof(cmd), "%s -o %s %s/in", BATCH, out, tmp);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	m = manifest(out);
	cr_assert_str_eq(m, "path\tstatus\nfault-hang.txt\tok\n"
	    "seed-003.txt\tok\n");
	free(m);
}

Test(hostile, batch_sigterm_during_a_run, .timeout = 60)
{
	signal_during_run(SIGTERM, "SIGTERM");
}

Test(hostile, batch_sigint_during_a_run, .timeout = 60)
{
	signal_during_run(SIGINT, "SIGINT");
}

Test(hostile, batch_sighup_during_a_run, .timeout = 60)
{
	signal_during_run(SIGHUP, "SIGHUP");
}

/*
 * A stop asked for while the scheduler finishes the last document (its
 * package written, seconds for a large original; here the worker asks,
 * by the batch's test faults): the run says so, writes its report,
 * leaves no temporaries and dies of the signal.  The signal used to
 * wait, blocked, until the run's end and kill it there: no summary, no
 * report, .pk-tmp left.
 */
Test(hostile, batch_sigterm_while_the_last_document_is_finished,
    .timeout = 60)
{
	char cmd[1024], out[256], want[512], *m;
	pid_t pid;
	int st;

	sh("mkdir %s/in && cp %s/fixtures/minimal.txt %s/in/fault-stop.txt",
	    tmp, PK_SRCDIR, tmp);
	snprintf(out, sizeof(out), "%s/out", tmp);
	pid = batch_with_faults(out, 0);
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	cr_assert(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM, "status %x", st);
	snprintf(cmd, sizeof(cmd), "%s/err", tmp);
	m = slurp(cmd, NULL);
	snprintf(want, sizeof(want), "pk-batch: 1 documents: 1 converted, ");
	cr_assert_eq(strncmp(m, want, strlen(want)), 0, "%s", m);
	snprintf(want, sizeof(want), "; stopped by SIGTERM, none left to do; "
	    "report: %s/report.html\n", out);
	cr_assert_not_null(strstr(m, want), "%s", m);
	cr_assert_eq(strchr(m, '\n')[1], '\0', "%s", m);
	free(m);
	snprintf(cmd, sizeof(cmd), "%s/report.html", out);
	cr_assert(exists(cmd), "no %s", cmd);
	snprintf(cmd, sizeof(cmd), "%s/.pk-tmp", out);
	cr_assert(!exists(cmd), "%s left", cmd);
	m = manifest(out);
	cr_assert_str_eq(m, "path\tstatus\nfault-stop.txt\tok\n");
	free(m);
}

/*
 * No network and no stray reads: the programs run under strace, and
 * every socket they make and every file they open is checked (issue
 * 17).  Allowed: the inputs (fixtures/, the temporary directory), the
 * data directory (rules/, schemas/, xslt/), the outputs (the temporary
 * directory), system libraries, locale and time zone data, and the
 * process's own /proc and /sys entries.
 */
static const char *const allowed[] = { "/lib/", "/lib64/", "/usr/lib/",
    "/etc/ld.so.cache", "/usr/share/locale/", "/usr/lib/locale/",
    "/etc/localtime", "/usr/share/zoneinfo/", "/dev/null", "/proc/self/",
    "/sys/devices/system/cpu/", "/usr/share/tesseract-ocr/",
    PK_SRCDIR "/rules", PK_SRCDIR "/schemas", PK_SRCDIR "/xslt",
    PK_SRCDIR "/fixtures/", PK_SRCDIR "/tests/lsan.supp", "/proc/locks" };

static int
allowed_path(const char *p, size_t len)
{
	size_t tl = strlen(tmp);

	/* Relative: below the working directory, the temporary one. */
	if (len == 0 || p[0] != '/' || (len >= tl && strncmp(p, tmp, tl) == 0))
		return 1;
	/* A process's own /proc/PID/... (pk-batch's children). */
	if (len > 6 && strncmp(p, "/proc/", 6) == 0 && p[6] >= '0' &&
	    p[6] <= '9')
		return 1;
	for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++)
		if (len >= strlen(allowed[i]) &&
		    strncmp(p, allowed[i], strlen(allowed[i])) == 0)
			return 1;
	return 0;
}

/* Run args in tmp under strace; fail on a socket or a stray open. */
static void
traced(const char *args)
{
	char cmd[2048], log[256], *trace, *line, *save;
	struct run_result r;

	snprintf(log, sizeof(log), "%s/strace.log", tmp);
	/* LeakSanitizer cannot run under ptrace: off in a sanitizer build,
	 * whose other tests look for leaks. */
	snprintf(cmd, sizeof(cmd), "cd %s && ASAN_OPTIONS=detect_leaks=0 "
	    "strace -f -qq -e trace=network,openat -o %s %s", tmp, log, args);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: %s", cmd, r.err);
	run_free(&r);
	trace = slurp(log, NULL);
	cr_assert_not_null(trace);
	cr_assert_not_null(strstr(trace, "openat("), "strace saw nothing");
	for (line = strtok_r(trace, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		const char *o = strstr(line, "openat("), *q, *e;

		if (strstr(line, "socket(") != NULL ||
		    strstr(line, "connect(") != NULL)
			cr_assert_not_null(strstr(line, "AF_UNIX"), "%s: %s",
			    args, line);
		cr_assert(strstr(line, "AF_INET") == NULL, "%s: %s", args, line);
		if (o == NULL || (q = strchr(o, '"')) == NULL ||
		    (e = strchr(q + 1, '"')) == NULL)
			continue;
		cr_assert(allowed_path(q + 1, (size_t)(e - q - 1)),
		    "%s: opened %.*s", args, (int)(e - q - 1), q + 1);
	}
	free(trace);
	unlink(log);
}

Test(hostile, chain_opens_nothing_else_and_no_socket)
{
	char args[1024];

	snprintf(args, sizeof(args), "%s -o p.txt %s", EXT,
	    SRC("fixtures/extract/seed-003.docx"));
	traced(args);
	snprintf(args, sizeof(args), "%s -o p2.txt %s", EXT,
	    SRC("fixtures/extract/numbered-003.odt"));
	traced(args);
	snprintf(args, sizeof(args), "%s -o p3.txt %s", EXT,
	    SRC("fixtures/extract/seed-000.pdf"));
	traced(args);
	snprintf(args, sizeof(args), "%s -o m.xml p.txt", BIN("pk-segment"));
	traced(args);
	snprintf(args, sizeof(args), "%s -q m.xml", BIN("pk-validate"));
	traced(args);
	snprintf(args, sizeof(args), "%s -f html,tei -o m m.xml", XFORM);
	traced(args);
}

Test(hostile, batch_opens_nothing_else_and_no_socket, .timeout = 60)
{
	char args[1024];

	sh("mkdir %s/in && cp %s/fixtures/extract/seed-000.odt "
	    "%s/fixtures/extract/seed-003.docx %s/fixtures/extract/seed-000.pdf "
	    "%s/in/", tmp, PK_SRCDIR, PK_SRCDIR, PK_SRCDIR, tmp);
	snprintf(args, sizeof(args), "%s -q -j 2 -f html,tei -o out in",
	    BATCH);
	traced(args);
}
