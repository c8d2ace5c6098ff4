/*
 * OCR: the scanned fixtures (fixtures/scan, made by fixtures/scan.sh
 * from the PDF renditions: rotated a little, noise, blur, rebuilt as
 * image-only PDFs and TIFFs) through pk-extract, pk-segment and the
 * schema.  The facts a scan must keep (item numbers and titles, the
 * meeting's date and body), the character error rate of the content
 * against the source text, pages on their side and upside down, a PDF
 * mixing text and scanned pages, and the mending of item numbers OCR
 * misread.
 */
#include "../../pipeline/ocr.h"
#include "../../pipeline/ocrlost.h"
#include "../../pipeline/ocrmargin.h"
#include "../../pipeline/ocrtype.h"
#include "../../pipeline/pdfocr.h"
#include "../../pipeline/validate.h"
#include "extracting.h"
#include "facts.h"

/* Extract a fixture (OCR as asked) into paged text. */
static char *
extract(const char *path, enum pk_ocr_mode mode, int jobs, size_t *len)
{
	struct pk_extract_opts	 opt = PK_EXTRACT_OPTS_DEFAULT;
	struct pk_buf		 out = { 0 };

	opt.ocr.mode = mode;
	opt.ocr.jobs = jobs;
	extract_path(path, &opt, &out);
	if (len != NULL)
		*len = out.len;
	return out.data;
}

/* UTF-8 into code points; returns how many. */
static size_t
codepoints(const char *s, int *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t	 n = 0;

	while (*p != '\0') {
		int c = *p++, k = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0;

		c &= k == 3 ? 7 : k == 2 ? 15 : k == 1 ? 31 : 0x7f;
		for (; k > 0 && (*p & 0xc0) == 0x80; k--)
			c = c << 6 | (*p++ & 0x3f);
		out[n++] = c;
	}
	return n;
}

/* Edit distance between a and b in characters (two rows of DP). */
static size_t
distance(const char *a, const char *b)
{
	int	*x = malloc((strlen(a) + 1) * sizeof(int));
	int	*y = malloc((strlen(b) + 1) * sizeof(int));
	size_t	 n = codepoints(a, x), m = codepoints(b, y), i, j, d;
	size_t	*prev = malloc((m + 1) * sizeof(size_t));
	size_t	*cur = malloc((m + 1) * sizeof(size_t));

	for (j = 0; j <= m; j++)
		prev[j] = j;
	for (i = 1; i <= n; i++) {
		size_t *t;

		cur[0] = i;
		for (j = 1; j <= m; j++) {
			size_t best = prev[j - 1] + (x[i - 1] != y[j - 1]);

			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			cur[j] = best;
		}
		t = prev;
		prev = cur;
		cur = t;
	}
	d = prev[m];
	free(x);
	free(y);
	free(prev);
	free(cur);
	return d;
}

/*
 * The content of paged text: no front matter, no %%fw lines (page
 * furniture is recorded, not content), no emphasis marks; white space
 * (line and cell breaks too) one space.  Caller frees.
 */
static char *
content(const char *paged)
{
	const char	*p = paged, *end;
	char		*out = malloc(strlen(paged) + 1), *o = out;
	int		 space = 0;

	if (strncmp(p, "---\n", 4) == 0 && (end = strstr(p + 4, "\n---\n")))
		p = end + 5;
	while (*p != '\0') {
		size_t len = strcspn(p, "\n");

		if (strncmp(p, "%%fw ", 5) != 0)
			for (size_t i = 0; i < len; i++) {
				char c = p[i];

				if (c == '*')
					continue;
				if (c == ' ' || c == '\t' || c == '\f') {
					space = o > out;
					continue;
				}
				if (space)
					*o++ = ' ';
				space = 0;
				*o++ = c;
			}
		space = o > out;
		p += len + (p[len] == '\n');
	}
	*o = '\0';
	return out;
}

/* Character error rate of ocr against src, in percent, logged. */
static double
cer(const char *what, const char *ocr, const char *src)
{
	char	*a = content(ocr), *b = content(src);
	int	*tmp = malloc((strlen(b) + 1) * sizeof(int));
	size_t	 n = codepoints(b, tmp), d = distance(a, b);
	double	 rate = 100.0 * (double)d / (double)n;

	cr_log_info("%s: %zu edits in %zu characters: CER %.2f%%", what, d, n,
	    rate);
	free(tmp);
	free(a);
	free(b);
	return rate;
}

/* A title is found when OCR got at most one character in ten wrong. */
static void
title_found(xmlDocPtr doc, long n, const char *want)
{
	char	 expr[128], *got;
	size_t	 d;

	snprintf(expr, sizeof(expr), "//m:item[@n=%ld]/m:head/m:title", n);
	got = xstr(doc, expr);
	d = distance(got, want);
	cr_assert(d * 10 <= strlen(want), "item %ld: title '%s', not '%s'", n,
	    got, want);
	free(got);
}

/* The typewriter document's items, as typed (fixtures/typewriter-1964.txt). */
static const char *const tw_titles[] = { "Protokollets justering",
    "Kungörelse om sammanträdet", "Tilläggsanslag till skolbespisningen",
    "Försäljning av tomtmark vid Östra vägen",
    "Val av ledamot i barnavårdsnämnden", "Gatubelysning i Norrbyn",
    "Motion om badplats vid Storsjön", "Meddelanden" };

static void
typewriter_facts(xmlDocPtr doc)
{
	size_t	 i;

	assert_xstr(doc, "/m:minutes/m:source/@profile", "sv-historisk");
	assert_xstr(doc, "//m:meeting/@date", "1964-03-12");
	assert_xstr(doc, "//m:meeting/@body",
	    "kommunalfullmäktige");
	assert_xnum(doc, "count(//m:item)", 8);
	for (i = 0; i < 8; i++) {
		char expr[64];

		snprintf(expr, sizeof(expr), "count(//m:item[%zu][@n=%zu])",
		    i + 1, i + 81);
		assert_xnum(doc, expr, 1);
		title_found(doc, (long)(i + 81), tw_titles[i]);
	}
	assert_xnum(doc, "count(//m:participants[@group='members']/m:person)",
	    11);
	/* Running header and footer found on both scanned pages. */
	assert_xnum(doc, "count(//m:fw[@type='header'])", 4);
	assert_xnum(doc, "count(//m:items//text()[contains(., 'Sida ')])", 0);
}

Test(ocr, typewriter_scan_at_300_dpi, .timeout = 300)
{
	char		*ocr = extract(SRC("fixtures/scan/typewriter-1964.pdf"),
	    PK_OCR_AUTO, 1, NULL);
	char		*src = slurp(SRC("fixtures/typewriter-1964.txt"), NULL);
	xmlDocPtr	 doc = segment_paged_text(ocr);

	cr_assert(strstr(ocr, "\nocr-pages: 1,2\n") != NULL);
	cr_assert(strstr(ocr, "\nocr-engine: tesseract ") != NULL);
	cr_assert(strstr(ocr, "\nocr-lang: swe\n") != NULL);
	cr_assert(strstr(ocr, "\nocr-dpi: 300\n") != NULL);
	typewriter_facts(doc);
	assert_xnum(doc, "count(//m:source/m:ocr/m:page[@confidence > 80])", 2);
	assert_valid(doc, "typewriter scan");
	/* The source text is the typed document itself. */
	cr_assert_lt(cer("typewriter, 300 dpi", ocr, src), 3.0);
	/* Read with the Swedish model alone, its letters are kept (with
	 * English beside it: "Kommunalfullmaktige ... pa"), and the
	 * section signs it misreads are read again ("$ 82", "5 84"). */
	cr_assert_not_null(strstr(ocr, "\nKommunalfullmäktige beslöt att "
	    "sälja tomten på de villkor byggnadsnämnden föreslagit.\n"));
	for (long n = 81; n <= 88; n++) {
		char line[32];

		snprintf(line, sizeof(line), "\n§ %ld. ", n);
		cr_assert_not_null(strstr(ocr, line), "%s", line + 1);
	}
	xmlFreeDoc(doc);
	free(ocr);
	free(src);
}

Test(ocr, typewriter_scan_at_200_dpi_bilevel, .timeout = 300)
{
	char		*ocr = extract(
	    SRC("fixtures/scan/typewriter-1964-200dpi.tiff"), PK_OCR_AUTO, 1,
	    NULL);
	char		*src = slurp(SRC("fixtures/typewriter-1964.txt"), NULL);
	xmlDocPtr	 doc = segment_paged_text(ocr);

	cr_assert(strstr(ocr, "\nformat: tiff\n") != NULL);
	/* Read at the resolution the image states, and said so. */
	cr_assert(strstr(ocr, "\nocr-dpi: 200\n") != NULL);
	typewriter_facts(doc);
	assert_valid(doc, "typewriter at 200 dpi");
	/* Noisier and coarser: measured and stated, held to 6%. */
	cr_assert_lt(cer("typewriter, 200 dpi bilevel", ocr, src), 6.0);
	xmlFreeDoc(doc);
	free(ocr);
	free(src);
}

Test(ocr, seed_000_scan, .timeout = 300)
{
	char		*ocr = extract(SRC("fixtures/scan/seed-000.pdf"),
	    PK_OCR_AUTO, 1, NULL);
	char		*src = extract(SRC("fixtures/extract/seed-000.pdf"),
	    PK_OCR_NEVER, 1, NULL);
	xmlDocPtr	 doc = segment_paged_text(ocr);

	cr_assert(strstr(ocr, "\nocr-pages: 1,2,3\n") != NULL);
	assert_xstr(doc, "/m:minutes/m:source/@profile", "sv-protokoll");
	assert_xstr(doc, "//m:meeting/@date", "2024-04-19");
	assert_xstr(doc, "//m:meeting/@body", "Strategisk regional beredning");
	assert_xnum(doc, "count(//m:item)", 1);
	assert_xnum(doc, "count(//m:item[@n=22])", 1);
	title_found(doc, 22, "Gemensam målbild för nära vård");
	assert_xnum(doc, "count(//m:participants[@group='members']/m:person)",
	    26);
	/* The furniture of every page found, none of it in the item. */
	assert_xnum(doc, "count(//m:items//text()[contains(., 'Justerandes') "
	    "or contains(., 'Utdragsbestyrkande')])", 0);
	assert_valid(doc, "seed 000 scan");
	/* The source text: the text layer of the PDF that was scanned (its
	 * extraction agrees word for word with the seed, test_extract). */
	cr_assert_lt(cer("seed 000, 300 dpi", ocr, src), 3.0);
	xmlFreeDoc(doc);
	free(ocr);
	free(src);
}

Test(ocr, seed_003_scan_as_tiff, .timeout = 300)
{
	char		*ocr = extract(SRC("fixtures/scan/seed-003.tiff"),
	    PK_OCR_AUTO, 2, NULL);
	char		*src = extract(SRC("fixtures/extract/seed-003.pdf"),
	    PK_OCR_NEVER, 1, NULL);
	xmlDocPtr	 doc = segment_paged_text(ocr);
	char		*body;
	size_t		 i;

	assert_xstr(doc, "/m:minutes/m:source/@profile", "sv-samverkan");
	assert_xstr(doc, "//m:meeting/@date", "2017-09-04");
	body = xstr(doc, "//m:meeting/@body");
	cr_assert(distance(body, "Politiska samrådsgrupp") <= 2, "body %s",
	    body);
	free(body);
	assert_xnum(doc, "count(//m:item)", 8);
	for (i = 0; i < 8; i++)
		title_found(doc, (long)i + 1, titles_003[i]);
	assert_valid(doc, "seed 003 scan");
	cr_assert_lt(cer("seed 003, 300 dpi", ocr, src), 3.0);
	/* Its contact's address, whose "@" the Swedish model reads as "Q". */
	cr_assert_not_null(strstr(ocr, "carina.westerelve@alingsas.se"));
	xmlFreeDoc(doc);
	free(ocr);
	free(src);
}

Test(ocr, pages_on_their_side_and_upside_down, .timeout = 300)
{
	char		*ocr = extract(SRC("fixtures/scan/rotated.pdf"),
	    PK_OCR_AUTO, 1, NULL);
	char		*src = slurp(SRC("fixtures/typewriter-1964.txt"), NULL);
	xmlDocPtr	 doc = segment_paged_text(ocr);

	/* Page 1 was turned 90° clockwise, page 2 180°. */
	cr_assert(strstr(ocr, "\nocr-turned: 1:90,2:180\n") != NULL,
	    "%.400s", ocr);
	assert_xstr(doc, "//m:source/m:ocr/m:page[1]/@turned", "90");
	assert_xstr(doc, "//m:source/m:ocr/m:page[2]/@turned", "180");
	typewriter_facts(doc);
	cr_assert_lt(cer("turned pages", ocr, src), 3.0);
	xmlFreeDoc(doc);
	free(ocr);
	free(src);
}

Test(ocr, text_and_scanned_pages_in_page_order, .timeout = 300)
{
	char		*mixed = extract(SRC("fixtures/scan/mixed.pdf"),
	    PK_OCR_AUTO, 1, NULL);
	char		*text = extract(SRC("fixtures/extract/seed-000.pdf"),
	    PK_OCR_NEVER, 1, NULL);
	const char	*p1, *p2, *p3;

	/* Only the scanned page is OCR'd; pages 1 and 3 keep their layer. */
	cr_assert(strstr(mixed, "\nocr-pages: 2\n") != NULL);
	cr_assert(strstr(mixed, "\npages: 3\n") != NULL);
	/* Something of every page, in page order: page 1's header table,
	 * page 2's item, page 3's last words. */
	p1 = strstr(mixed, "Beslutande ledamöter");
	p2 = strstr(mixed, "Gemensam målbild för nära vård");
	p3 = strstr(mixed, "Förvaringsplats för protokollet");
	cr_assert(p1 != NULL && p2 != NULL && p3 != NULL);
	cr_assert(p1 < p2 && p2 < strrchr(mixed, '\f'));
	cr_assert_lt(cer("text, scan, text", mixed, text), 3.0);
	free(mixed);
	free(text);
}

Test(ocr, threads_read_the_same_text, .timeout = 300)
{
	char	*one = extract(SRC("fixtures/scan/typewriter-1964.pdf"),
	    PK_OCR_AUTO, 1, NULL);
	char	*two = extract(SRC("fixtures/scan/typewriter-1964.pdf"),
	    PK_OCR_AUTO, 2, NULL);

	cr_assert_str_eq(one, two);
	free(one);
	free(two);
}

Test(ocr, never_leaves_a_scan_empty_and_says_so)
{
	char	*never = extract(SRC("fixtures/scan/typewriter-1964.pdf"),
	    PK_OCR_NEVER, 1, NULL);

	cr_assert(strstr(never, "\nempty-pages: 1,2\n") != NULL);
	cr_assert_null(strstr(never, "ocr-pages"));
	free(never);
}

/* Paged text read by OCR, with one page's misreadings made by hand. */
static const char misread[] =
    "---\nfile: t.pdf\nformat: pdf\nocr-engine: tesseract 5.3.0\n"
    "ocr-lang: swe+eng\nocr-dpi: 300\nocr-pages: 1\n"
    "ocr-confidence: 1:52\nocr-low-confidence: 1\npages: 1\n---\n"
    "STORVIKS KOMMUN\n\nPROTOKOLL\n\n"
    "fört vid sammanträde med kommunalfullmäktige i Storviks kommun den "
    "19 6 4-03-12 i kommunalhuset.\n\n"
    "$ 82. Kungörelse om sammanträdet.\n\nText.\n\n"
    "883. Tilläggsanslag till skolbespisningen.\n\nText.\n\n"
    "§ 89. Försäljning av tomtmark.\n\nText.\n\n"
    "S 85. Val av ledamot.\n\nText.\n\n"
    "§ 8l. Gatubelysning.\n\nText.\n\n"
    "§ 87. Motion om badplats.\n\nText.\n";

Test(ocr, item_numbers_mended_from_their_sequence)
{
	xmlDocPtr	 doc = segment_paged_text(misread);

	assert_xstr(doc, "/m:minutes/m:source/@profile", "sv-historisk");
	assert_xnum(doc, "count(//m:item)", 6);
	/* "883": the § read as an 8 before 83. */
	assert_xstr(doc, "//m:item[2]/@n", "83");
	assert_xstr(doc, "//m:item[2]/@ocr-read", "883");
	assert_xstr(doc, "//m:item[2]/m:head/m:num/@n", "83");
	assert_xstr(doc, "//m:item[2]/m:head/m:num", "883");
	/* "§ 89" between 83 and 85: a misread 84. */
	assert_xstr(doc, "//m:item[3]/@n", "84");
	assert_xstr(doc, "//m:item[3]/@ocr-read", "§ 89");
	/* "$ 82" and "S 85": the § misread, the number right; nothing mended. */
	assert_xstr(doc, "//m:item[1]/@n", "82");
	assert_xnum(doc, "count(//m:item[1]/@ocr-read)", 0);
	assert_xstr(doc, "//m:item[4]/@n", "85");
	assert_xnum(doc, "count(//m:item[4]/@ocr-read)", 0);
	/* "8l": a 1 read as l; then 87 follows. */
	assert_xstr(doc, "//m:item[5]/@n", "86");
	assert_xstr(doc, "//m:item[6]/@n", "87");
	/* The broken date is mended; the low-confidence page flagged. */
	assert_xstr(doc, "//m:meeting/@date", "1964-03-12");
	assert_xstr(doc, "//m:source/m:ocr/m:page/@low", "true");
	assert_xstr(doc, "//m:source/m:ocr/m:page/@confidence", "52");
	/* Content as read: every reading is still in the text. */
	assert_xnum(doc, "count(//m:num[. = '883'])", 1);
	assert_valid(doc, "mended minutes");
	xmlFreeDoc(doc);
}

Test(ocr, misreadings_are_not_items_in_born_digital_text)
{
	/* Without ocr-pages, "883." is a line of text, not item 83. */
	const char	*body = strstr(misread, "STORVIKS");
	char		*plain = malloc(strlen(body) + 64);
	xmlDocPtr	 doc;

	sprintf(plain, "---\nfile: t.txt\n---\n%s", body);
	doc = segment_paged_text(plain);
	assert_xnum(doc, "count(//m:item[@ocr-read])", 0);
	assert_xnum(doc, "count(//m:item[@n=83])", 0);
	xmlFreeDoc(doc);
	free(plain);
}

/* A running header OCR read three ways, on three pages. */
static const char varied[] =
    "---\nfile: t.pdf\nocr-pages: 1,2,3\npages: 3\n---\n"
    "Kommunalfullmäktige 1964-03-12\n\nSTORVIKS KOMMUN\n\n"
    "fört vid sammanträde med kommunalfullmäktige den 12 mars 1964.\n\n"
    "§ 81. Protokollets justering.\n\nText på första sidan.\n"
    "\fKommunalfullmaktlge l964-03-12.\n\n"
    "§ 82. Kungörelse.\n\nText på andra sidan.\n"
    "\fKommunalfullmäktige 1964 - 03 - 12\n\n"
    "§ 83. Meddelanden.\n\nText på tredje sidan.\n";

Test(ocr, running_header_read_differently_on_each_page)
{
	xmlDocPtr	 doc = segment_paged_text(varied);
	const char	*body = strstr(varied, "Kommunal");
	char		*plain = malloc(strlen(body) + 64);

	/* Read by OCR: one header, however it was read (on the first page
	 * a lone line is taken for the title, as in any text). */
	assert_xnum(doc, "count(//m:fw[@type='header'])", 2);
	assert_xnum(doc, "count(//m:fw[@type='header'][@page=2])", 1);
	assert_xnum(doc, "count(//m:fw[@type='header'][@page=3])", 1);
	assert_xnum(doc, "count(//m:items//text()[contains(., '1964-03-12') "
	    "or contains(., 'l964') or contains(., '03 - 12')])", 0);
	xmlFreeDoc(doc);
	/* The same lines in born-digital text differ: not a header. */
	sprintf(plain, "---\nfile: t.txt\n---\n%s", body);
	doc = segment_paged_text(plain);
	assert_xnum(doc, "count(//m:fw[@type='header'])", 0);
	xmlFreeDoc(doc);
	free(plain);
}

Test(ocr, scan_through_the_programs, .timeout = 300)
{
	char			 cmd[1024];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "%s %s | %s | %s", BIN("pk-extract"),
	    SRC("fixtures/scan/typewriter-1964-200dpi.tiff"),
	    BIN("pk-segment"), BIN("pk-validate"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_empty(r.err);
	cr_assert_not_null(strstr(r.out, "<item n=\"88\""));
	cr_assert_not_null(strstr(r.out, "<ocr engine=\"tesseract "));
	run_free(&r);
}

/* The page to check by eye stands out in the readable page. */
Test(ocr, html_marks_the_low_confidence_page)
{
	char			 path[] = "/tmp/pk-ocr-html-XXXXXX", cmd[1024];
	int			 fd = mkstemp(path);
	struct run_result	 r;

	cr_assert(fd != -1);
	cr_assert(write(fd, misread, strlen(misread)) ==
	    (ssize_t)strlen(misread));
	close(fd);
	snprintf(cmd, sizeof(cmd), "%s %s | %s -f html", BIN("pk-segment"),
	    path, BIN("pk-transform"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "<span class=\"low\">1 (52 %, låg "
	    "säkerhet, granska)</span>"), "%s", r.out);
	run_free(&r);
	unlink(path);
}

/* Pages given as image files: a bilevel PNG, a gray JPEG. */
Test(ocr, png_and_jpeg_pages, .timeout = 300)
{
	char		*png = extract(SRC("fixtures/scan/typewriter-1964-p1.png"),
	    PK_OCR_AUTO, 1, NULL);
	char		*jpg = extract(SRC("fixtures/scan/typewriter-1964-p2.jpg"),
	    PK_OCR_AUTO, 1, NULL);
	xmlDocPtr	 doc;
	size_t		 i;

	cr_assert(strstr(png, "\nformat: png\n") != NULL);
	cr_assert(strstr(jpg, "\nformat: jpeg\n") != NULL);
	cr_assert(strstr(png, "\nocr-pages: 1\n") != NULL);
	cr_assert(strstr(jpg, "\nocr-pages: 1\n") != NULL);
	/* Page 1 holds items 81-84, page 2 items 85-88. */
	doc = segment_paged_text(png);
	assert_xstr(doc, "//m:meeting/@date", "1964-03-12");
	for (i = 0; i < 4; i++)
		title_found(doc, (long)i + 81, tw_titles[i]);
	xmlFreeDoc(doc);
	doc = segment_paged_text(jpg);
	assert_xnum(doc, "count(//m:item)", 4);
	for (i = 4; i < 8; i++)
		title_found(doc, (long)i + 81, tw_titles[i]);
	xmlFreeDoc(doc);
	free(png);
	free(jpg);
}

/*
 * Words as the engine gives them, one paragraph each: text, box at 300
 * dpi.  A4 is 2480 x 3508 pixels.
 */
struct placed {
	const char	*text;
	int		 x0, y0, x1, y1;
	int		 line_only;	/* a line of the paragraph before */
};

/* The first letters of each block of the structured text, in order. */
static void
block_starts(const struct placed *w, size_t n, char *out, size_t outlen)
{
	fz_context		*ctx = fz_new_context(NULL, NULL,
				    FZ_STORE_DEFAULT);
	struct pk_ocr_page	 page = { 0 };
	fz_stext_page		*st;
	fz_stext_block		*b;
	size_t			 i, len = 0;

	cr_assert_not_null(ctx);
	page.words = calloc(n, sizeof(*page.words));
	cr_assert_not_null(page.words);
	page.nwords = page.cap = n;
	page.width = 2480;
	page.height = 3508;
	for (i = 0; i < n; i++) {
		page.words[i].text = (char *)w[i].text;
		page.words[i].x0 = w[i].x0;
		page.words[i].y0 = w[i].y0;
		page.words[i].x1 = w[i].x1;
		page.words[i].y1 = w[i].y1;
		page.words[i].baseline = w[i].y1;
		page.words[i].conf = 90;
		page.words[i].line_start = 1;
		page.words[i].para_start = !w[i].line_only;
	}
	st = pk_pdfocr_stext(ctx, &page, 300);
	out[0] = '\0';
	for (b = st->first_block; b != NULL; b = b->next) {
		fz_stext_char *c = b->u.t.first_line->first_char;

		len += (size_t)snprintf(out + len, outlen - len, "%s%c%c",
		    len > 0 ? " " : "", c->c, c->next != NULL ?
		    c->next->c : ' ');
		cr_assert_lt(len, outlen);
	}
	fz_drop_stext_page(ctx, st);
	fz_drop_context(ctx);
	free(page.words);
}

/*
 * A typewriter's "§ 1." over an indented text: the engine reads the
 * margin as a column, all headings first.  Read top down, each heading
 * stands over its text again.
 */
Test(ocr, headings_in_the_margin_over_their_texts)
{
	static const struct placed w[] = {
		{ "81.", 300, 1000, 380, 1040, 0 },
		{ "82.", 300, 1300, 380, 1340, 0 },
		{ "83.", 300, 1600, 380, 1640, 0 },
		{ "Att", 600, 1100, 1900, 1140, 0 },
		{ "Foredrogs", 600, 1400, 1900, 1440, 0 },
		{ "Upplastes", 600, 1700, 1900, 1740, 0 },
	};
	char	 got[128];

	block_starts(w, sizeof(w) / sizeof(w[0]), got, sizeof(got));
	cr_assert_str_eq(got, "81 At 82 Fo 83 Up");
}

/*
 * Two columns side by side keep the engine's order, left then right,
 * their lines not level (else they are a table's rows).
 */
Test(ocr, two_columns_are_not_read_across)
{
	static const struct placed w[] = {
		{ "Left", 200, 1000, 1100, 1040, 0 },
		{ "more", 200, 1050, 1100, 1090, 1 },
		{ "more", 200, 1100, 1100, 1140, 1 },
		{ "Lower", 200, 1300, 1100, 1340, 0 },
		{ "Right", 1300, 1025, 2200, 1065, 0 },
		{ "more", 1300, 1075, 2200, 1115, 1 },
		{ "more", 1300, 1125, 2200, 1165, 1 },
		{ "Rest", 1300, 1325, 2200, 1365, 0 },
	};
	char	 got[128];

	block_starts(w, sizeof(w) / sizeof(w[0]), got, sizeof(got));
	cr_assert_str_eq(got, "Le Lo Ri Re");
}

/*
 * OCR in the document's language (--lang auto, the default): the first
 * page, read with Swedish and English, is German or Norwegian, so the
 * pages are read with that language's model; Swedish reads "Møteleder"
 * as "Mgteleder" and "über" as "Uber".  Scans of fixtures of our own
 * (fixtures/scan.sh), against the text layer of the PDFs scanned.
 */
static void
scan_in_its_language(const char *name, const char *lang, const char *word,
    const char *profile)
{
	char		 scan[512], pdf[512], want[64];
	char		*ocr, *src;
	xmlDocPtr	 doc;

	snprintf(scan, sizeof(scan), "%s/fixtures/scan/%s.pdf", PK_SRCDIR,
	    name);
	snprintf(pdf, sizeof(pdf), "%s/fixtures/extract/%s.pdf", PK_SRCDIR,
	    name);
	ocr = extract(scan, PK_OCR_AUTO, 2, NULL);
	src = extract(pdf, PK_OCR_NEVER, 1, NULL);
	snprintf(want, sizeof(want), "\nocr-lang: %s\n", lang);
	cr_assert_not_null(strstr(ocr, want), "%s not read with %s", name,
	    lang);
	cr_assert_not_null(strstr(ocr, word), "%s: no '%s'", name, word);
	cr_assert_lt(cer(name, ocr, src), 3.0);
	doc = segment_paged_text(ocr);
	assert_xstr(doc, "/m:minutes/m:source/@profile", profile);
	assert_valid(doc, name);
	xmlFreeDoc(doc);
	free(ocr);
	free(src);
}

Test(ocr, german_scan_read_in_german, .timeout = 300)
{
	scan_in_its_language("de-gemeinderat", "deu+eng",
	    "Niederschrift über", "de-protokoll");
}

Test(ocr, norwegian_scan_read_in_norwegian, .timeout = 300)
{
	scan_in_its_language("nb-generalforsamling", "nor+eng", "Møteleder",
	    "nb-generalforsamling");
}

/*
 * A scan that arrives with an old OCR's invisible text layer (issue
 * 14): fixtures/scan.sh lays the Norwegian fixture's first page's text
 * over its scan with å, ø, æ lost and short words run together, as the
 * corpus's 2012 scan has it.  --ocr auto reads that page again; the
 * same page with its true text as the layer keeps it, unread; --ocr
 * keep trusts even the poor one.
 */
Test(ocr, poor_invisible_layer_is_read_again, .timeout = 300)
{
	char	*text = extract(SRC("fixtures/scan/nb-poor-layer.pdf"),
	    PK_OCR_AUTO, 1, NULL);

	cr_assert_not_null(strstr(text, "\nocr-pages: 1\n"));
	cr_assert_not_null(strstr(text, "\nocr-reread: 1\n"));
	cr_assert_not_null(strstr(text, "\nocr-reread-why: invisible text "
	    "layer"));
	cr_assert_not_null(strstr(text, "Møteleder: Ingrid Solheim"));
	cr_assert_not_null(strstr(text, "Til å signere protokollen"));
	cr_assert_not_null(strstr(text, "Sak 2 Årsberetning for 2024"));
	cr_assert_null(strstr(text, "M6te"));
	free(text);
}

Test(ocr, good_invisible_layer_is_kept)
{
	char	*text = extract(SRC("fixtures/scan/nb-good-layer.pdf"),
	    PK_OCR_AUTO, 1, NULL);

	cr_assert_null(strstr(text, "\nocr-pages:"));
	cr_assert_not_null(strstr(text, "\ntext-layer-words: "));
	cr_assert_not_null(strstr(text, "Møteleder: Ingrid Solheim"));
	free(text);
}

Test(ocr, keep_trusts_an_invisible_layer)
{
	char	*text = extract(SRC("fixtures/scan/nb-poor-layer.pdf"),
	    PK_OCR_KEEP, 1, NULL);

	cr_assert_null(strstr(text, "\nocr-pages:"));
	cr_assert_null(strstr(text, "\ntext-layer-words:"));
	/* The layer as it was laid: "Møteleder" with ø lost, l as 1. */
	cr_assert_not_null(strstr(text, "M6te1eder: Ingrid Solheim"));
	free(text);
}

/*
 * A Norwegian PDF whose second page is a scanned signature: "Jonas
 * Berg, møteleder" is too little to tell its language from, so the
 * first OCR'd page used to be read with swe+eng ("meteleder").  The
 * text layer of page 1 says Norwegian (issue 12).
 */
Test(ocr, mixed_pdf_read_in_its_text_layers_language, .timeout = 300)
{
	char	*text = extract(SRC("fixtures/scan/nb-mixed.pdf"),
	    PK_OCR_AUTO, 1, NULL);

	cr_assert_not_null(strstr(text, "\nocr-pages: 2\n"));
	cr_assert_not_null(strstr(text, "\nocr-lang: nor+eng\n"));
	cr_assert_not_null(strstr(text, "\nocr-lang-from: text-layer\n"));
	cr_assert_not_null(strstr(text, "møteleder"));
	free(text);
}

/* The words' texts freed, the page empty again (its array kept). */
static void
drop_words(struct pk_ocr_page *page)
{
	size_t	 i;

	for (i = 0; i < page->nwords; i++)
		free(page->words[i].text);
	page->nwords = 0;
}

/* The words and their array freed: a page the code under test grew. */
static void
free_page_words(struct pk_ocr_page *page)
{
	drop_words(page);
	free(page->words);
}

/*
 * A line of n words set as a typewriter (pitch px a letter) or in
 * proportional type (pitch varying by word), spaces gap px wide, the
 * one after word k split narrow px wide.
 */
static void
set_line(struct pk_ocr_page *page, const char **words, size_t n, int pitch,
    int vary, int gap, size_t k, int narrow)
{
	int	 x = 100;
	size_t	 i;

	for (i = 0; i < n; i++) {
		struct pk_ocr_word *w = &page->words[page->nwords++];
		const char *c;
		int letters = 0;

		for (c = words[i]; *c != '\0'; c++)
			letters += ((unsigned char)*c & 0xc0) != 0x80;

		cr_assert_not_null(w->text = strdup(words[i]));
		w->x0 = x;
		w->x1 = x + letters * (pitch + (vary ? (int)(i % 5) * 3 : 0));
		w->y0 = 100;
		w->y1 = 130;
		w->conf = 90;
		w->line_start = i == 0;
		x = w->x1 + (i == k ? narrow : gap);
	}
}

/* Words the engine split at a typewriter's narrow l are one word; on a
 * page read poorly, and in proportional type, tight words stay apart. */
Test(ocr, words_split_at_a_typewriters_narrow_letter)
{
	static const char *words[] = { "Fullmäktige", "beslöt", "att",
	    "överlämna", "skrivelsen", "till", "kommuna", "lnämnden,",
	    "som", "tillstyrkt", "densamma", "efter", "föredragning",
	    "ansökan", "från", "egnahemsföreningen", "kommunal", "borgen",
	    "under", "innevarande", "Upplästes", "revisorernas",
	    "berättelse", "granskningen", "räkenskaperna" };
	struct pk_ocr_word	 v[64];
	struct pk_ocr_page	 page = { .words = v, .cap = 64,
	    .mean_conf = 90 };
	size_t			 n = sizeof(words) / sizeof(words[0]);

	set_line(&page, words, n, 27, 0, 33, 6, 12);
	cr_assert_eq(pk_ocr_join_split_words(&page), 0);
	cr_assert_eq(page.nwords, n - 1);
	cr_assert_str_eq(page.words[6].text, "kommunalnämnden,");
	cr_assert_str_eq(page.words[7].text, "som");
	drop_words(&page);

	/* Read poorly, its boxes are not trusted. */
	page.mean_conf = 46;
	set_line(&page, words, n, 27, 0, 33, 6, 12);
	cr_assert_eq(pk_ocr_join_split_words(&page), 0);
	cr_assert_eq(page.nwords, n);
	drop_words(&page);

	page.mean_conf = 90;
	set_line(&page, words, n, 20, 1, 33, 6, 12);
	cr_assert_eq(pk_ocr_join_split_words(&page), 0);
	cr_assert_eq(page.nwords, n);
	cr_assert_str_eq(page.words[6].text, "kommuna");
	drop_words(&page);
}

/*
 * A protocol's last page holds little: "§ 13.", the adjustment's
 * sentence and the signatures.  Ten words of five letters or more in
 * one pitch tell a typewriter's page; in proportional type they do
 * not, and six are too few to tell.
 */
Test(ocr, a_short_typewriters_page_is_told_by_few_words)
{
	static const char *words[] = { "Justering", "dagens", "protokoll",
	    "oktober", "kommunalkontoret", "ordförandens", "bostad",
	    "protokollet", "Arvidsson", "Justeras" };
	struct pk_ocr_word	 v[16];
	struct pk_ocr_page	 page = { .words = v, .cap = 16,
	    .mean_conf = 90 };
	size_t			 i, n = sizeof(words) / sizeof(words[0]);
	struct {
		size_t	 n;
		int	 vary, want;
	} cases[] = { { n, 0, 1 }, { n, 1, 0 }, { 6, 0, 0 } };

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		set_line(&page, words, cases[i].n, 27, cases[i].vary, 33,
		    99, 33);
		cr_assert_eq(pk_ocr_typewritten(&page), cases[i].want,
		    "%zu words, pitch %s", cases[i].n,
		    cases[i].vary ? "varying" : "one");
		drop_words(&page);
	}
}

/* The dictionary of an engine made by pk_ocr_dict_new. */
static int
lexicon_has(void *o, const char *word)
{
	return pk_ocr_dict_has(o, word);
}

/*
 * Words a typewriter's l was misread in, as devset F's scans were read:
 * each mended to the one word or compound the Swedish dictionary knows,
 * joined at that l; words it knows, and words no such mending makes
 * known ("Utdebitering", names), stay as read, as do words where the
 * mending would join a compound elsewhere ("bolånetak" is no
 * "bolån|elak", "deltogo" no "del|logo").  Two words with an l's stroke
 * between them are one; without it, they stay two.
 */
Test(ocr, an_l_misread_on_a_typewriters_page_is_mended)
{
	static const char *words[] = { "Fullmäktige", "beslöt", "att",
	    "överlämna", "skrivelsen", "till", "kommunatnämnden", "för",
	    "yttrande.", "hemställan", "om", "anstag", "från", "Torsång",
	    "samlingstlokalförening,", "närvar", "kommunatlombudsmannen",
	    "Sigvard", "Östlund", "deltogo", "bolånetak", "Utdebitering",
	    "Upplästes", "revisorernas", "berättelse", "granskningen",
	    "räkenskaperna", "kommuna", "kontoret.", "kommuna", "nämnden",
	    "innevarande", "Kovatevit" };
	static const char *mended[] = { "Fullmäktige", "beslöt", "att",
	    "överlämna", "skrivelsen", "till", "kommunalnämnden", "för",
	    "yttrande.", "hemställan", "om", "anslag", "från", "Torsång",
	    "samlingslokalförening,", "närvar", "kommunalombudsmannen",
	    "Sigvard", "Östlund", "deltogo", "bolånetak", "Utdebitering",
	    "Upplästes", "revisorernas", "berättelse", "granskningen",
	    "räkenskaperna", "kommunalkontoret.", "kommuna", "nämnden",
	    "innevarande", "Kovatevit" };
	struct pk_ocr_word	 v[64];
	struct pk_ocr_page	 page = { .words = v, .cap = 64,
	    .mean_conf = 90 };
	size_t			 i, n = sizeof(words) / sizeof(words[0]);
	size_t			 nm = sizeof(mended) / sizeof(mended[0]);
	char			 err[256];
	struct pk_ocr		*dict = pk_ocr_dict_new("swe", err,
	    sizeof(err));
	struct pk_ocr_lexicon	 lex = { lexicon_has, NULL };
	unsigned char		*gray;
	int			 x, y, w, h = 200;

	cr_assert_not_null(dict, "%s", err);
	lex.arg = dict;
	/* Set in one pitch, spaces a letter wide: mended. */
	set_line(&page, words, n, 27, 0, 33, n, 0);
	w = page.words[n - 1].x1 + 100;
	page.width = w;
	page.height = h;
	cr_assert_not_null(gray = malloc((size_t)w * (size_t)h));
	memset(gray, 255, (size_t)w * (size_t)h);
	/* The lost l: a stroke in the white after the first "kommuna". */
	for (y = 100; y < 128; y++)
		for (x = page.words[27].x1 + 14; x < page.words[27].x1 + 18;
		    x++)
			gray[(size_t)y * (size_t)w + (size_t)x] = 30;
	/* Specks after the second: a scan's noise, no letter. */
	for (x = page.words[29].x1 + 4; x < page.words[29].x1 + 30; x += 5)
		gray[(size_t)110 * (size_t)w + (size_t)x] = 30;
	cr_assert_eq(pk_ocr_mend_words(&lex, &page, gray, w), 0);
	cr_assert_eq(page.nwords, nm);
	for (i = 0; i < nm; i++) {
		cr_expect_str_eq(page.words[i].text, mended[i]);
		free(page.words[i].text);
	}

	/* In proportional type the engine reads a t as it is printed. */
	page.nwords = 0;
	set_line(&page, words, n, 20, 1, 33, n, 0);
	cr_assert_eq(pk_ocr_mend_words(&lex, &page, gray, w), 0);
	cr_assert_eq(page.nwords, n);
	for (i = 0; i < n; i++) {
		cr_expect_str_eq(page.words[i].text, words[i]);
		free(page.words[i].text);
	}
	free(gray);
	pk_ocr_free(dict);
}

/* A word of page, its box x0..x1, y0..y1; a line's first when start. */
static void
put_word(struct pk_ocr_page *page, const char *text, int x0, int y0,
    int x1, int y1, int start)
{
	struct pk_ocr_word *w = &page->words[page->nwords++];

	memset(w, 0, sizeof(*w));
	cr_assert_not_null(w->text = strdup(text));
	w->x0 = x0;
	w->y0 = y0;
	w->x1 = x1;
	w->y1 = y1;
	w->conf = 90;
	w->line_start = w->para_start = start;
	w->baseline = y1;
}

/* Dark pixels x0..x1, y0..y1 of a w pixels wide image. */
static void
ink(unsigned char *gray, int w, int x0, int y0, int x1, int y1)
{
	int	 x, y;

	for (y = y0; y < y1; y++)
		for (x = x0; x < x1; x++)
			gray[(size_t)y * (size_t)w + (size_t)x] = 20;
}

/*
 * Ink no word covers, as tall as a letter, is found as lines: the marks
 * of a "§ 2." in the margin, 300 dpi, as one line with a margin around
 * it; a scan's specks, ink inside a word's box and a rule across the
 * page are not.
 */
Test(ocr, ink_no_word_covers_is_found_as_lines)
{
	struct pk_ocr_word	 v[8];
	struct pk_ocr_page	 page = { .words = v, .cap = 8,
	    .width = 2400, .height = 1000, .mean_conf = 90 };
	struct pk_ocr_box	 box[4];
	unsigned char		*gray;
	int			 x, n;

	cr_assert_not_null(gray = malloc(2400 * 1000));
	memset(gray, 235, 2400 * 1000);
	put_word(&page, "Föredrogs", 570, 400, 810, 440, 1);
	put_word(&page, "ärendet.", 840, 400, 1040, 440, 0);
	ink(gray, 2400, 575, 402, 800, 438);	/* the words' own ink */
	ink(gray, 2400, 314, 300, 336, 340);	/* "§" */
	ink(gray, 2400, 368, 302, 392, 338);	/* "2" */
	ink(gray, 2400, 404, 332, 410, 338);	/* "." */
	for (x = 100; x < 2300; x += 37)	/* specks */
		ink(gray, 2400, x, 700 + x % 50, x + 2, 702 + x % 50);
	ink(gray, 2400, 100, 900, 2300, 904);	/* a rule */
	n = pk_ocr_lost_ink(&page, gray, 2400, 300, box, 4);
	cr_assert_eq(n, 1);
	cr_assert_leq(box[0].x0, 314);
	cr_assert_geq(box[0].x1, 410);
	cr_assert_leq(box[0].y0, 300);
	cr_assert_geq(box[0].y1, 340);
	cr_assert_lt(box[0].y1, 400, "the line below is not in it");

	/* More lines than asked for: a picture, nothing read. */
	ink(gray, 2400, 1500, 300, 1520, 340);
	ink(gray, 2400, 1500, 600, 1520, 640);
	cr_assert_eq(pk_ocr_lost_ink(&page, gray, 2400, 300, box, 1), 0);
	free(gray);
	free(v[0].text);
	free(v[1].text);
}

/*
 * Words read from lost ink go into the line they share a height with,
 * in the order of their x (the first of them starting it where they
 * stand before it), else into a line and paragraph of their own before
 * the first line below them; a word the page read before is not taken
 * twice.
 */
Test(ocr, words_read_from_lost_ink_go_where_they_stand)
{
	struct pk_ocr_word	*v = calloc(4, sizeof(*v));
	struct pk_ocr_page	 page = { .words = v, .cap = 4 };
	struct pk_ocr_word	 w[2];

	cr_assert_not_null(v);
	put_word(&page, "Att", 570, 100, 650, 140, 1);
	put_word(&page, "justera", 680, 100, 860, 140, 0);
	put_word(&page, "Föredrogs", 570, 400, 810, 440, 1);
	put_word(&page, "ärendet.", 840, 400, 1040, 440, 0);

	/* "§ 2." above the second paragraph, alone in the margin. */
	memset(w, 0, sizeof(w));
	w[0] = (struct pk_ocr_word){ strdup("§"), 314, 300, 336, 340, 90,
	    0, 0, 340 };
	w[1] = (struct pk_ocr_word){ strdup("2."), 368, 302, 410, 340, 90,
	    0, 0, 340 };
	cr_assert_eq(pk_ocr_insert_line(&page, w, 2), 0);
	cr_assert_eq(page.nwords, 6);
	cr_assert_str_eq(page.words[2].text, "§");
	cr_assert(page.words[2].line_start && page.words[2].para_start);
	cr_assert_str_eq(page.words[3].text, "2.");
	cr_assert(!page.words[3].line_start);
	cr_assert_str_eq(page.words[4].text, "Föredrogs");
	cr_assert(page.words[4].line_start && page.words[4].para_start);

	/* "§ 1." beside the first line: it starts that line now. */
	w[0] = (struct pk_ocr_word){ strdup("§"), 314, 102, 336, 140, 90,
	    0, 0, 140 };
	w[1] = (struct pk_ocr_word){ strdup("1."), 368, 104, 410, 140, 90,
	    0, 0, 140 };
	cr_assert_eq(pk_ocr_insert_line(&page, w, 2), 0);
	cr_assert_eq(page.nwords, 8);
	cr_assert_str_eq(page.words[0].text, "§");
	cr_assert(page.words[0].line_start && page.words[0].para_start);
	cr_assert_str_eq(page.words[1].text, "1.");
	cr_assert_str_eq(page.words[2].text, "Att");
	cr_assert(!page.words[2].line_start && !page.words[2].para_start);

	/* "justera" read again from ink beside it: not taken twice. */
	w[0] = (struct pk_ocr_word){ strdup("justera"), 682, 101, 858, 139,
	    90, 0, 0, 139 };
	cr_assert_eq(pk_ocr_insert_line(&page, w, 1), 0);
	cr_assert_eq(page.nwords, 8);
	free_page_words(&page);
}

/* Items 1 to n of doc, no more, each holding its own text texts[i]. */
static void
assert_each_item_holds(xmlDocPtr doc, const char *const *texts, size_t n)
{
	char	 expr[160];
	size_t	 i;

	assert_xnum(doc, "count(//m:items/m:item)", (double)n);
	for (i = 0; i < n; i++) {
		snprintf(expr, sizeof(expr), "count(//m:item[@n='%zu']"
		    "[contains(., '%s')])", i + 1, texts[i]);
		assert_xnum(doc, expr, 1);
	}
}

/*
 * A typewritten protocol whose "§ N." stands alone in the margin, a line
 * above its indented text (fixtures/src/margin-headings.fodt, scanned by
 * fixtures/scan.sh): Tesseract's page layout dropped "§ 2." and "§ 4."
 * as specks, and their items were lost into the ones before.  Read
 * again from the ink no word covered, every item has its heading and
 * its own text.
 */
Test(ocr, headings_alone_in_the_margin_are_not_lost, .timeout = 300)
{
	static const char *texts[] = { "utsågos herrar Olof Sandin",
	    "snöröjningen på bygdevägarna", "Ekby idrottsförening",
	    "en skrivmaskin till kommunalkontoret",
	    "skolskjutsarna till Norrby skola",
	    "sker den 21 mars 1966" };
	char		*ocr = extract(SRC("fixtures/scan/margin-headings.pdf"),
	    PK_OCR_AUTO, 1, NULL);
	xmlDocPtr	 doc = segment_paged_text(ocr);

	cr_assert_not_null(strstr(ocr, "\n§ 2.\n"));
	cr_assert_not_null(strstr(ocr, "\n§ 4.\n"));
	assert_each_item_holds(doc, texts, 6);
	assert_valid(doc, "margin headings");
	xmlFreeDoc(doc);
	free(ocr);
}

/* The words of page in order, each line on its own, into buf. */
static void
page_lines(const struct pk_ocr_page *page, char *buf, size_t size)
{
	size_t	 i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < page->nwords; i++) {
		const char *sep = i == 0 ? "" :
		    page->words[i].line_start ? "\n" : " ";

		len += (size_t)snprintf(buf + len, size - len, "%s%s", sep,
		    page->words[i].text);
		cr_assert_lt(len, size);
	}
}

/* pk_ocr_margin_column moves nothing of page (then freed): why not. */
static void
assert_nothing_moves(struct pk_ocr_page *page, const char *why)
{
	char	 before[1024], after[1024];

	page_lines(page, before, sizeof(before));
	cr_assert_eq(pk_ocr_margin_column(page), 0, "%s", why);
	page_lines(page, after, sizeof(after));
	cr_assert_str_eq(after, before, "%s", why);
	free_page_words(page);
}

/*
 * Page 2 of a typewritten protocol whose item numbers stand alone in
 * the margin, the text indented and a little lower (the boxes of a
 * held-out scan, s90-0012, as the engine read it at 200 dpi): the
 * engine read the margin first, "2" (the page's number) and "§ 7."
 * to "§ 9.", then the text, so that item 6 took the text of 7 to 9.
 * Put back by their height, each number stands before its text.
 */
Test(ocr, numbers_read_as_a_margin_column_go_back_beside_their_text)
{
	struct pk_ocr_word	*v = calloc(32, sizeof(*v));
	struct pk_ocr_page	 page = { .words = v, .cap = 32 };
	char			 buf[1024];

	cr_assert_not_null(v);
	put_word(&page, "2", 303, 206, 325, 245, 1);
	put_word(&page, "§", 307, 732, 330, 776, 1);
	put_word(&page, "7.", 360, 732, 413, 776, 0);
	put_word(&page, "§", 312, 1292, 335, 1335, 1);
	put_word(&page, "8.", 365, 1292, 417, 1335, 0);
	put_word(&page, "§", 315, 1619, 338, 1662, 1);
	put_word(&page, "9.", 368, 1619, 420, 1662, 0);
	put_word(&page, "Upplästes", 562, 307, 800, 369, 1);
	put_word(&page, "motionen.", 830, 307, 1100, 369, 0);
	put_word(&page, "Fullmäktige", 567, 605, 850, 660, 1);
	put_word(&page, "biföll.", 880, 605, 1050, 660, 0);
	put_word(&page, "Upplästes", 567, 812, 800, 879, 1);
	put_word(&page, "berättelsen.", 830, 812, 1150, 879, 0);
	put_word(&page, "Till", 570, 1370, 660, 1436, 1);
	put_word(&page, "ledamot", 690, 1370, 880, 1436, 0);
	put_word(&page, "Justering", 574, 1697, 800, 1757, 1);
	put_word(&page, "sker", 830, 1697, 940, 1757, 0);
	put_word(&page, "Justeras:", 319, 2298, 576, 2336, 1);
	cr_assert_eq(pk_ocr_margin_column(&page), 4);
	page_lines(&page, buf, sizeof(buf));
	cr_assert_str_eq(buf, "2\n"
	    "Upplästes motionen.\n"
	    "Fullmäktige biföll.\n"
	    "§ 7.\n"
	    "Upplästes berättelsen.\n"
	    "§ 8.\n"
	    "Till ledamot\n"
	    "§ 9.\n"
	    "Justering sker\n"
	    "Justeras:");
	/* Each number a line and paragraph of its own. */
	cr_assert_str_eq(page.words[5].text, "§");
	cr_assert(page.words[5].line_start && page.words[5].para_start);
	cr_assert(!page.words[6].line_start);
	/* Read again, the page is in order: nothing moves. */
	cr_assert_eq(pk_ocr_margin_column(&page), 0);
	free_page_words(&page);
}

/*
 * What is not such a column stays as read: numbers in a row with their
 * titles ("§7.<TAB>Meddelanden.", which the layout after OCR reads as
 * a table's rows), numbers read in order before text below them, and
 * one number alone.
 */
Test(ocr, numbers_not_read_as_a_column_stay_where_they_are)
{
	struct pk_ocr_word	*v = calloc(32, sizeof(*v));
	struct pk_ocr_page	 page = { .words = v, .cap = 32 };

	cr_assert_not_null(v);
	put_word(&page, "§7.", 307, 300, 413, 340, 1);
	put_word(&page, "§8.", 307, 500, 413, 540, 1);
	put_word(&page, "Meddelanden.", 562, 300, 900, 340, 1);
	put_word(&page, "Borgen.", 562, 500, 800, 540, 1);
	assert_nothing_moves(&page, "a table's rows");

	cr_assert_not_null(v = calloc(32, sizeof(*v)));
	page = (struct pk_ocr_page){ .words = v, .cap = 32 };
	put_word(&page, "1.", 307, 300, 360, 340, 1);
	put_word(&page, "2.", 307, 400, 360, 440, 1);
	put_word(&page, "Text", 562, 500, 800, 540, 1);
	put_word(&page, "below.", 830, 500, 960, 540, 0);
	assert_nothing_moves(&page, "read in order");

	cr_assert_not_null(v = calloc(32, sizeof(*v)));
	page = (struct pk_ocr_page){ .words = v, .cap = 32 };
	put_word(&page, "§", 307, 700, 330, 740, 1);
	put_word(&page, "7.", 360, 700, 413, 740, 0);
	put_word(&page, "Text", 562, 300, 800, 340, 1);
	put_word(&page, "above.", 830, 300, 960, 340, 0);
	assert_nothing_moves(&page, "one number alone");
}

/*
 * The foot of page 2 of a held-out scan (s90-0014, 300 dpi; the boxes
 * as the engine gave them): "Justeras:" stands in the margin under the
 * secretary's name, and the engine read it with the last item's
 * heading, which stands in the margin too, before the item's text.
 * The item's decision then fell among the signatures.  Put back by its
 * height, it comes after the name above it.
 */
Test(ocr, a_margins_line_read_out_of_its_place_goes_back_by_its_height)
{
	struct pk_ocr_word	*v = calloc(32, sizeof(*v));
	struct pk_ocr_page	 page = { .words = v, .cap = 32, .width = 2480,
	    .height = 3508 };
	char			 buf[1024];

	cr_assert_not_null(v);
	put_word(&page, "§", 329, 1983, 349, 2024, 1);
	put_word(&page, "11.", 388, 1985, 457, 2021, 0);
	put_word(&page, "Protokollets", 501, 1987, 839, 2029, 0);
	put_word(&page, "justering.", 876, 1992, 1149, 2044, 0);
	put_word(&page, "Justeras:", 315, 2599, 562, 2639, 1);
	put_word(&page, "Justering", 585, 2043, 838, 2093, 1);
	put_word(&page, "sker", 1452, 2058, 1562, 2097, 0);
	put_word(&page, "kommunalkontoret.", 587, 2098, 1061, 2143, 1);
	put_word(&page, "Som", 583, 2211, 664, 2248, 1);
	put_word(&page, "ovan", 698, 2222, 807, 2251, 0);
	put_word(&page, "Elof", 579, 2490, 687, 2529, 1);
	put_word(&page, "Arvidsson", 720, 2494, 975, 2534, 0);
	put_word(&page, "Oskar", 313, 2766, 453, 2804, 1);
	put_word(&page, "Wallin", 483, 2769, 652, 2808, 0);
	put_word(&page, "Johan", 1080, 2780, 1217, 2818, 0);
	cr_assert_eq(pk_ocr_margin_column(&page), 1);
	page_lines(&page, buf, sizeof(buf));
	cr_assert_str_eq(buf, "§ 11. Protokollets justering.\n"
	    "Justering sker\n"
	    "kommunalkontoret.\n"
	    "Som ovan\n"
	    "Elof Arvidsson\n"
	    "Justeras:\n"
	    "Oskar Wallin Johan");
	cr_assert_str_eq(page.words[11].text, "Justeras:");
	cr_assert(page.words[11].line_start && page.words[11].para_start);
	/* In order now: nothing moves again. */
	cr_assert_eq(pk_ocr_margin_column(&page), 0);
	free_page_words(&page);
}

/*
 * A short line read before lines higher up stays where it was read
 * where that is another column's order: the page's second column
 * starts far right (two columns, each read down), or the lines round
 * it do not follow each other down the page.
 */
Test(ocr, a_columns_last_line_stays_before_the_next_column)
{
	struct pk_ocr_word	*v = calloc(32, sizeof(*v));
	struct pk_ocr_page	 page = { .words = v, .cap = 32, .width = 2480,
	    .height = 3508 };

	cr_assert_not_null(v);
	put_word(&page, "Left", 300, 100, 500, 140, 1);
	put_word(&page, "heading.", 520, 100, 800, 140, 0);
	put_word(&page, "last.", 300, 900, 420, 940, 1);
	put_word(&page, "Right", 1300, 150, 1450, 190, 1);
	put_word(&page, "column.", 1470, 150, 1700, 190, 0);
	put_word(&page, "More.", 1300, 950, 1450, 990, 1);
	assert_nothing_moves(&page, "a second column");

	cr_assert_not_null(v = calloc(32, sizeof(*v)));
	page = (struct pk_ocr_page){ .words = v, .cap = 32, .width = 2480,
	    .height = 3508 };
	put_word(&page, "Lower", 600, 800, 800, 840, 1);
	put_word(&page, "Note:", 300, 900, 420, 940, 1);
	put_word(&page, "Higher", 600, 300, 800, 340, 1);
	put_word(&page, "text.", 820, 300, 960, 340, 0);
	assert_nothing_moves(&page, "not in order round it");
}

/* An item's number as a margin shows it, and what is not one. */
Test(ocr, a_margins_item_number_is_a_sign_and_digits)
{
	static const char *yes[] = { "§ 7.", "§7.", "§ 12", "§123:" };
	static const char *no[] = { "§", "7.", "$ 7.", "§ 7.a", "§ 1234.",
	    "§  7.", "S 7.", "" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		cr_assert(pk_ocr_margin_head(yes[i]), "%s", yes[i]);
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		cr_assert(!pk_ocr_margin_head(no[i]), "%s", no[i]);
}

/*
 * The lines that may be a misread number in the margin ("Srne" for
 * "§ 2.", a typewriter's DejaVu Sans Mono at 200 dpi; "STL;" beside its
 * title): short, with a line right of them at their height, or alone
 * at their height before text indented past them, or the page's last
 * line.  Not a number already read, not a line of text, not a short
 * line of the text itself.  (A label beside its value is one: read
 * again, it does not read as a number.)
 */
Test(ocr, numbers_the_margin_may_have_misread_are_found)
{
	struct pk_ocr_word	*v = calloc(32, sizeof(*v));
	struct pk_ocr_page	 page = { .words = v, .cap = 32,
	    .width = 2480, .height = 3508 };
	struct pk_ocr_box	 box[8];
	size_t			 first[8], n;

	cr_assert_not_null(v);
	put_word(&page, "§", 319, 873, 350, 915, 1);		/* 0 */
	put_word(&page, "1.", 380, 873, 425, 915, 0);
	put_word(&page, "Att", 570, 960, 650, 1000, 1);		/* 2 */
	put_word(&page, "justera", 680, 960, 860, 1000, 0);
	put_word(&page, "Srne", 317, 1192, 422, 1235, 1);	/* 4 */
	put_word(&page, "Föredrogs", 568, 1280, 810, 1320, 1);	/* 5 */
	put_word(&page, "ärendet.", 840, 1280, 1040, 1320, 0);
	put_word(&page, "Granby.", 568, 1340, 765, 1380, 1);	/* 7 */
	put_word(&page, "Justeras:", 312, 1500, 560, 1540, 1);	/* 8 */
	put_word(&page, "Olof", 700, 1500, 800, 1540, 0);
	put_word(&page, "Sandin", 830, 1500, 990, 1540, 0);
	put_word(&page, "STL;", 312, 1600, 420, 1640, 1);	/* 11 */
	put_word(&page, "Plats:", 312, 1700, 470, 1740, 1);	/* 12 */
	put_word(&page, "Justering.", 600, 1602, 860, 1642, 1);	/* 13 */
	put_word(&page, "Skolan", 700, 1700, 860, 1740, 1);	/* 14 */
	put_word(&page, "rö:", 306, 2818, 411, 2861, 1);	/* 15 */
	n = pk_ocr_margin_guesses(&page, first, box, 8);
	cr_assert_eq(n, 4);
	cr_assert_eq(first[0], 4);
	/* The box reaches right to near the text, with a margin. */
	cr_assert_lt(box[0].x0, 317);
	cr_assert_lt(box[0].y0, 1192);
	cr_assert_gt(box[0].y1, 1235);
	cr_assert_gt(box[0].x1, 422);
	cr_assert_lt(box[0].x1, 568);
	/* Beside its title: the box reaches right to near the title. */
	cr_assert_eq(first[1], 11);
	cr_assert_gt(box[1].x1, 420);
	cr_assert_lt(box[1].x1, 600);
	cr_assert_eq(first[2], 12, "a label beside its value");
	cr_assert_lt(box[2].x1, 700);
	cr_assert_eq(first[3], 15, "the page's last line");
	cr_assert_leq(box[3].x1, page.width);

	/* At most as many as asked for. */
	cr_assert_eq(pk_ocr_margin_guesses(&page, first, box, 1), 1);
	free_page_words(&page);
}

/*
 * A typewritten protocol in DejaVu Sans Mono scanned at 200 dpi whose
 * "§ N." stands alone in the margin (fixtures/src/margin-signs.fodt,
 * scanned by fixtures/scan.sh): Tesseract read six of its ten numbers
 * as "2", "$-3:", "SS", "Sa", "rö:" and "$::10:;", and items 2 to 10
 * each held the text of the next.  Read again as lines made black on
 * white, every number is "§ N." and every item has its own text.
 */
Test(ocr, numbers_misread_in_the_margin_are_read_again, .timeout = 300)
{
	static const char *texts[] = { "herrar Gunnar Ahl och Ivar Dahl",
	    "lantbrukaren Olle Berg", "från länsarkitekten",
	    "handlanden Erik Lund", "från brandchefen",
	    "fru Karin Ström", "från vägföreningen",
	    "fastställt byggnadsplanen", "snickaren Per Holm",
	    "sker den 16 maj 1963" };
	char		*ocr = extract(SRC("fixtures/scan/margin-signs.pdf"),
	    PK_OCR_AUTO, 1, NULL);
	xmlDocPtr	 doc = segment_paged_text(ocr);
	char		 expr[160];
	size_t		 i;

	for (i = 0; i < 10; i++) {
		snprintf(expr, sizeof(expr), "\n§ %zu.\n", i + 1);
		cr_assert_not_null(strstr(ocr, expr), "%s", expr + 1);
	}
	assert_each_item_holds(doc, texts, 10);
	assert_valid(doc, "margin signs");
	xmlFreeDoc(doc);
	free(ocr);
}

/* A word's text and box as a key, for comparing pages as multisets. */
static int
cmp_word(const void *a, const void *b)
{
	const struct pk_ocr_word *x = a, *y = b;
	int c = strcmp(x->text, y->text);

	if (c != 0)
		return c;
	if (x->x0 != y->x0)
		return x->x0 < y->x0 ? -1 : 1;
	return x->y0 < y->y0 ? -1 : x->y0 > y->y0;
}

/*
 * Nothing lost: on 2,000 pages of made-up lines (numbers, signs, words,
 * in columns read out of order, overlapping, beside one another),
 * putting margin numbers back moves words and never drops, doubles or
 * changes one, and the page still starts a line.
 */
Test(ocr, putting_margin_numbers_back_loses_no_word)
{
	static const char *pool[] = { "§", "7.", "§8.", "12", "2", "Text",
	    "Justeras:", "och", "$-3.", "beslöt" };
	unsigned long	 seed = 4711;
	int		 round, rc, moved = 0;

	for (round = 0; round < 2000; round++) {
		struct pk_ocr_word	*v = calloc(80, sizeof(*v));
		struct pk_ocr_word	 before[80], after[80];
		struct pk_ocr_page	 page = { .words = v, .cap = 80 };
		int			 lines, l, y = 100;
		size_t			 i, n;

		cr_assert_not_null(v);
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		if ((seed >> 60) % 2 == 0) {
			/* A margin read first: numbers down the page (one
			 * now and then beside a line of text, or over it),
			 * then the text from the top. */
			int k = 1 + (int)((seed >> 33) % 5);

			for (l = 0; l < k; l++) {
				seed = seed * 6364136223846793005UL + 1;
				y = 200 + 300 * l + ((seed >> 40) % 4 == 0 ?
				    0 : 25);
				put_word(&page, "§", 300, y, 330, y + 40, 1);
				put_word(&page, pool[1 + (seed >> 33) % 4],
				    (seed >> 50) % 8 == 0 ? 600 : 350, y,
				    (seed >> 50) % 8 == 0 ? 640 : 400, y + 40,
				    0);
			}
			for (y = 200; y < 200 + 300 * k && page.nwords + 2 < 80;
			    y += 60) {
				seed = seed * 6364136223846793005UL + 1;
				put_word(&page, pool[5 + (seed >> 33) % 5], 560, y,
				    700, y + 40, 1);
				put_word(&page, "text", 730, y, 800, y + 40, 0);
			}
		}
		lines = 2 + (int)(seed >> 33) % 20;
		for (l = 0; l < lines && page.nwords + 3 < 80; l++) {
			int words, w, x;

			seed = seed * 6364136223846793005UL + 1;
			words = 1 + (int)((seed >> 35) % 3);
			/* Now and then a column read first: back up. */
			y = (seed >> 40) % 5 == 0 ? 100 + (int)((seed >> 20) %
			    800) : y + 30 + (int)((seed >> 25) % 60);
			x = (seed >> 45) % 2 ? 300 : 560 + (int)((seed >> 30) %
			    40);
			for (w = 0; w < words; w++) {
				seed = seed * 6364136223846793005UL + 1;
				put_word(&page, pool[(seed >> 33) % 10], x, y,
				    x + 40 + (int)((seed >> 40) % 120), y + 40,
				    w == 0);
				x = page.words[page.nwords - 1].x1 + 20;
			}
		}
		n = page.nwords;
		memcpy(before, page.words, n * sizeof(*before));
		for (i = 0; i < n; i++)
			cr_assert_not_null(before[i].text =
			    strdup(page.words[i].text));
		cr_assert_geq(rc = pk_ocr_margin_column(&page), 0);
		moved += rc;
		cr_assert_eq(page.nwords, n, "round %d", round);
		cr_assert(page.words[0].line_start, "round %d", round);
		memcpy(after, page.words, n * sizeof(*after));
		qsort(before, n, sizeof(*before), cmp_word);
		qsort(after, n, sizeof(*after), cmp_word);
		for (i = 0; i < n; i++) {
			cr_assert_str_eq(after[i].text, before[i].text,
			    "round %d", round);
			cr_assert_eq(after[i].x0, before[i].x0);
			cr_assert_eq(after[i].y0, before[i].y0);
		}
		for (i = 0; i < n; i++)
			free(before[i].text);
		free_page_words(&page);
	}
	cr_assert_gt(moved, 300, "the pages made hold columns: %d moved",
	    moved);
}
