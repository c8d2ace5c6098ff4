/*
 * DOCX and ODT features, each on a document made for it here: Word's
 * automatic numbering, tracked changes, symbols, styles, comments,
 * footnotes, headers and footers, page breaks.
 */
#include <zip.h>

#include "extracting.h"

/* The namespaces of an ODT's content.xml and styles.xml in the tests. */
#define ODT_NS "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:" \
	"office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:" \
	"text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:" \
	"table:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:" \
	"xmlns:style:1.0\""

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/" \
	"wordprocessingml/2006/main\""

static struct pk_buf out;

/* Extract a container made of (name, content) pairs; returns the text. */
static const char *
extract_zip(const char *const *entries, size_t n, int keep_original)
{
	struct pk_extract_opts	 opt = PK_EXTRACT_OPTS_DEFAULT;
	zip_source_t		*src;
	zip_t			*z;
	zip_error_t		 err;
	void			*data;
	zip_int64_t		 len;

	opt.keep_original = keep_original;
	zip_error_init(&err);
	src = zip_source_buffer_create(NULL, 0, 0, &err);
	zip_source_keep(src);
	z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
	cr_assert_not_null(z);
	for (size_t i = 0; i < n; i += 2)
		cr_assert(zip_file_add(z, entries[i], zip_source_buffer(z,
		    entries[i + 1], strlen(entries[i + 1]), 0), 0) >= 0);
	cr_assert_eq(zip_close(z), 0);
	cr_assert_eq(zip_source_open(src), 0);
	zip_source_seek(src, 0, SEEK_END);
	len = zip_source_tell(src);
	zip_source_seek(src, 0, SEEK_SET);
	data = malloc((size_t)len);
	cr_assert_eq(zip_source_read(src, data, (zip_uint64_t)len), len);
	zip_source_close(src);
	zip_source_free(src);
	extract_bytes(data, (size_t)len, "t.docx", &opt, &out);
	free(data);
	return out.data;
}

static void
teardown(void)
{
	pk_buf_free(&out);
}

TestSuite(docx, .fini = teardown);

#define P(x) "<w:p>" x "</w:p>"
#define R(x) "<w:r><w:t xml:space=\"preserve\">" x "</w:t></w:r>"

Test(docx, word_numbering_gives_visible_labels)
{
	const char *e[] = {
		"word/numbering.xml", "<w:numbering " W_NS ">"
		    "<w:abstractNum w:abstractNumId=\"0\">"
		    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"12\"/>"
		    "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"§ %1\"/>"
		    "</w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
		    "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/>"
		    "</w:lvl></w:abstractNum>"
		    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">"
		    "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"
		    "</w:lvl></w:abstractNum>"
		    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
		    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
		    "</w:numbering>",
		"word/document.xml", "<w:document " W_NS "><w:body>"
		    P("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
		    "</w:numPr></w:pPr>" R("Val av justerare"))
		    P("<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/>"
		    "</w:numPr></w:pPr>" R("Förslag"))
		    P("<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/>"
		    "</w:numPr></w:pPr>" R("Beslut"))
		    P("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
		    "</w:numPr></w:pPr>" R("Budget"))
		    P("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/>"
		    "</w:numPr></w:pPr>" R("En punkt"))
		    "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\n§ 12 Val av justerare\n"), "%s", t);
	cr_assert_not_null(strstr(t, "\na) Förslag\n"), "%s", t);
	cr_assert_not_null(strstr(t, "\nb) Beslut\n"), "%s", t);
	/* The lower level starts again under the next item. */
	cr_assert_not_null(strstr(t, "\n§ 13 Budget\n"), "%s", t);
	cr_assert_not_null(strstr(t, "\n- En punkt\n"), "%s", t);
}

/*
 * A heading numbered by Word's list and bold by its paragraph style (or
 * by its paragraph mark): Word prints the number bold too, so the
 * paged text has "**1. Apologies for absence**" as a PDF of it would.
 * Before, "1. **Apologies for absence**" read as a list entry, and
 * English minutes numbered so had no items at all.
 */
Test(docx, a_bold_headings_number_is_bold)
{
	const char *e[] = {
		"word/numbering.xml", "<w:numbering " W_NS ">"
		    "<w:abstractNum w:abstractNumId=\"0\">"
		    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
		    "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
		    "</w:lvl></w:abstractNum>"
		    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
		    "</w:numbering>",
		"word/styles.xml", "<w:styles " W_NS ">"
		    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\">"
		    "<w:rPr><w:b/></w:rPr></w:style></w:styles>",
		"word/document.xml", "<w:document " W_NS "><w:body>"
		    P("<w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr>"
		    "<w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
		    "</w:pPr>" R("Apologies for absence"))
		    P(R("There were none."))
		    P("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId "
		    "w:val=\"1\"/></w:numPr><w:rPr><w:b/></w:rPr></w:pPr>"
		    "<w:r><w:rPr><w:b/></w:rPr><w:t>Minutes</w:t></w:r>")
		    P("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId "
		    "w:val=\"1\"/></w:numPr></w:pPr>" R("A plain entry"))
		    "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 6, 0);

	cr_assert_not_null(strstr(t, "\n**1. Apologies for absence**\n"),
	    "%s", t);
	cr_assert_not_null(strstr(t, "\n**2. Minutes**\n"), "%s", t);
	cr_assert_not_null(strstr(t, "\n3. A plain entry\n"), "%s", t);
}

/*
 * A front set with tabs, paragraph by paragraph: "Ersättare<TAB>A (S)",
 * then "<TAB>B (KD)" for the value's next line.  They are one block, a
 * line each, as the same front in a table is; a paragraph that does not
 * start with a tab, or an empty one, starts a block of its own.  Before,
 * each paragraph was a block, and the second substitute was lost from
 * the list.
 */
Test(docx, tab_set_paragraphs_go_on_as_the_rows_lines)
{
	const char *e[] = {
		"word/document.xml", "<w:document " W_NS "><w:body>"
		    P("<w:r><w:rPr><w:b/></w:rPr><w:t>Ersättare</w:t></w:r>"
		    "<w:r><w:tab/><w:t>Louise Berg (S)</w:t></w:r>")
		    P("<w:r><w:tab/><w:t>Ragnhild Lund (KD)</w:t></w:r>")
		    P("<w:r><w:rPr><w:b/></w:rPr><w:t>Justerare</w:t></w:r>"
		    "<w:r><w:tab/><w:t>Per Ek</w:t></w:r>")
		    "<w:p/>"
		    P("<w:r><w:tab/><w:t>Indraget stycke.</w:t></w:r>")
		    P(R("Efter."))
		    "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 2, 0);

	cr_assert_not_null(strstr(t, "\n**Ersättare**\tLouise Berg (S)\n"
	    "\tRagnhild Lund (KD)\n\n**Justerare**\tPer Ek\n\n"
	    "\tIndraget stycke.\n\nEfter.\n"), "%s", t);
}

static const char *const changes[] = {
	"word/document.xml", "<w:document " W_NS "><w:body>"
	    P(R("Nämnden beslutar ") "<w:del w:id=\"1\"><w:r><w:delText>att "
	    "avslå</w:delText></w:r></w:del><w:ins w:id=\"2\">"
	    R("att bifalla") "</w:ins>" R(" motionen."))
	    "</w:body></w:document>",
};

Test(docx, tracked_changes_accepted_or_as_before)
{
	const char *t = extract_zip(changes, 2, 0);

	cr_assert_not_null(strstr(t, "\nNämnden beslutar att bifalla "
	    "motionen.\n"), "%s", t);
	cr_assert_null(strstr(t, "avslå"));
	t = extract_zip(changes, 2, 1);
	cr_assert_not_null(strstr(t, "\nNämnden beslutar att avslå "
	    "motionen.\n"), "%s", t);
	cr_assert_null(strstr(t, "bifalla"));
}

Test(docx, symbols_styles_comments_notes_furniture_pages)
{
	const char *e[] = {
		"word/styles.xml", "<w:styles " W_NS ">"
		    "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik\">"
		    "<w:rPr><w:b/></w:rPr></w:style>"
		    "<w:style w:type=\"paragraph\" w:styleId=\"Under\">"
		    "<w:basedOn w:val=\"Rubrik\"/></w:style>"
		    "<w:style w:type=\"character\" w:styleId=\"Kursiv\">"
		    "<w:rPr><w:i/></w:rPr></w:style></w:styles>",
		"word/footnotes.xml", "<w:footnotes " W_NS "><w:footnote "
		    "w:id=\"1\">" P(R("Enligt bilaga 2.")) "</w:footnote>"
		    "</w:footnotes>",
		"word/comments.xml", "<w:comments " W_NS "><w:comment w:id=\"0\">"
		    P(R("HEMLIG KOMMENTAR")) "</w:comment></w:comments>",
		"word/header1.xml", "<w:hdr " W_NS ">" P(R("Kommunstyrelsen"))
		    "</w:hdr>",
		"word/footer1.xml", "<w:ftr " W_NS ">" P(R("Justerandes sign"))
		    "</w:ftr>",
		"docProps/core.xml", "<cp:coreProperties xmlns:cp=\"x\" "
		    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
		    "Protokoll</dc:title><dc:creator>Sekreteraren</dc:creator>"
		    "</cp:coreProperties>",
		"word/document.xml", "<w:document " W_NS "><w:body>"
		    P("<w:pPr><w:pStyle w:val=\"Under\"/></w:pPr>" R("Närvaro"))
		    P(R("Anna Berg ") "<w:r><w:sym w:font=\"Wingdings\" "
		    "w:char=\"F0FC\"/></w:r>")
		    P("<w:pPr><w:pStyle w:val=\"Rubrik\"/></w:pPr>"
		    "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>inte fet</w:t>"
		    "</w:r>")
		    P("<w:r><w:rPr><w:rStyle w:val=\"Kursiv\"/></w:rPr><w:t>"
		    "kursiv</w:t></w:r><w:commentRangeStart w:id=\"0\"/>"
		    R(" text") "<w:r><w:commentReference w:id=\"0\"/></w:r>"
		    "<w:r><w:footnoteReference w:id=\"1\"/></w:r>")
		    P("<w:r><w:br w:type=\"page\"/></w:r>" R("Sida två"))
		    "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 14, 0);

	cr_assert_not_null(strstr(t, "title: Protokoll\n"), "%s", t);
	cr_assert_not_null(strstr(t, "author: Sekreteraren\n"), "%s", t);
	cr_assert_not_null(strstr(t, "%%fw header: Kommunstyrelsen\n"), "%s", t);
	cr_assert_not_null(strstr(t, "%%fw footer: Justerandes sign\n"), "%s",
	    t);
	/* Bold through the style's parent; direct formatting wins. */
	cr_assert_not_null(strstr(t, "\n**Närvaro**\n"), "%s", t);
	cr_assert_not_null(strstr(t, "\ninte fet\n"), "%s", t);
	cr_assert_not_null(strstr(t, "\n*kursiv* text[1]\n"), "%s", t);
	cr_assert_not_null(strstr(t, "\nAnna Berg \xe2\x9c\x93\n"), "%s", t);
	cr_assert_null(strstr(t, "HEMLIG"), "%s", t);
	/* The footnote ends its page; the page break is a form feed. */
	cr_assert_not_null(strstr(t, "\n[1] Enligt bilaga 2.\n\n\fSida två\n"),
	    "%s", t);
	cr_assert_not_null(strstr(t, "pages: 2\n"), "%s", t);
}

/* How many times s occurs in t. */
static int
count(const char *t, const char *s)
{
	int	 n = 0;

	for (; (t = strstr(t, s)) != NULL; t++)
		n++;
	return n;
}

/*
 * Footnote 1 and endnote 1 are two notes (the corpus's pandoc and Tika
 * documents had each cited twice, under the same mark): footnotes
 * numbered 1, 2, at the end of their page, endnotes i, ii at the end of
 * the document, each once, a star in a note kept as one.
 */
Test(docx, footnotes_and_endnotes_apart)
{
	const char *e[] = {
		"word/footnotes.xml", "<w:footnotes " W_NS ">"
		    "<w:footnote w:type=\"separator\" w:id=\"0\">"
		    P("<w:r><w:separator/></w:r>") "</w:footnote>"
		    "<w:footnote w:id=\"1\">" P(R("Fotnot ett.")) "</w:footnote>"
		    "<w:footnote w:id=\"2\">" P(R("Fotnot *två*.")) "</w:footnote>"
		    "</w:footnotes>",
		"word/endnotes.xml", "<w:endnotes " W_NS ">"
		    "<w:endnote w:id=\"1\">" P(R("Slutnot ett.")) "</w:endnote>"
		    "<w:endnote w:id=\"2\">" P(R("Slutnot två.")) "</w:endnote>"
		    "</w:endnotes>",
		"word/document.xml", "<w:document " W_NS "><w:body>"
		    P(R("Första") "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
		    R(" och") "<w:r><w:endnoteReference w:id=\"1\"/></w:r>")
		    P("<w:r><w:br w:type=\"page\"/></w:r>" R("Andra")
		    "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" R(" och")
		    "<w:r><w:endnoteReference w:id=\"2\"/></w:r>")
		    P(R("Slut.")) "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 6, 0);

	cr_assert_not_null(strstr(t, "\nFörsta[1] och[i]\n\n[1] Fotnot ett.\n\n"
	    "\fAndra[2] och[ii]\n\nSlut.\n\n[2] Fotnot \\*två\\*.\n\n"
	    "[i] Slutnot ett.\n\n[ii] Slutnot två.\n"), "%s", t);
	cr_assert_eq(count(t, "Fotnot ett."), 1, "%s", t);
	cr_assert_eq(count(t, "Slutnot ett."), 1, "%s", t);
}

/* ODT: an endnote goes to the document's end, a footnote to its page's. */
Test(docx, odt_endnote_after_the_footnotes)
{
#define NOTE(cls, cit, body) "<text:note text:note-class=\"" cls "\">" \
	"<text:note-citation>" cit "</text:note-citation><text:note-body>" \
	"<text:p>" body "</text:p></text:note-body></text:note>"
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS "><office:body>"
		    "<office:text><text:p>Beslut" NOTE("endnote", "i",
		    "Se bilaga.") " fattades.</text:p><text:p>Protokollet"
		    NOTE("footnote", "1", "Justerat.") " lades.</text:p>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\nBeslut[i] fattades.\n\n"
	    "Protokollet[1] lades.\n\n[1] Justerat.\n\n[i] Se bilaga.\n"),
	    "%s", t);
#undef NOTE
}

#define TC(x) "<w:tc>" P(R(x)) "</w:tc>"

Test(docx, tables_with_merged_cells_and_a_nested_table_flatten)
{
	const char *e[] = {
		"word/document.xml", "<w:document " W_NS "><w:body><w:tbl>"
		    "<w:tr>" TC("Närvarande") TC("Anna Berg") TC("\xe2\x9c\x93")
		    "</w:tr>"
		    /* A cell spanning two columns (the column it covers stays,
		     * empty, so that "-" keeps its column), then a row-merged
		     * one. */
		    "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
		    P(R("Frånvarande: Per Ek")) "</w:tc>" TC("-") "</w:tr>"
		    "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
		    TC("Eva Lund") TC("\xe2\x9c\x93") "</w:tr>"
		    /* A table inside a cell: its rows are lines in the
		     * cell's column, its cells columns after it. */
		    "<w:tr>" TC("Bilaga") "<w:tc><w:tbl><w:tr>" TC("a") TC("b")
		    "</w:tr><w:tr>" TC("c") "</w:tr></w:tbl>" P("") "</w:tc>"
		    TC("") "</w:tr>"
		    "</w:tbl>" P(R("Efter tabellen.")) "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 2, 0);

	cr_assert_not_null(strstr(t, "\nNärvarande\tAnna Berg\t\xe2\x9c\x93\n"
	    "Frånvarande: Per Ek\t\t-\n\tEva Lund\t\xe2\x9c\x93\n"
	    "Bilaga\ta\tb\n\tc\t\n\nEfter tabellen.\n"), "%s", t);
}

/*
 * Tables in tables, as Word users lay out a page (found by a probe that
 * rebuilt the devset's DOCX so): a table of one column around the
 * front's table is a frame, as if it were not there; a table of
 * captions and names in the signatures' cell gives a line a signature,
 * each in the cell's column.  Before, both ran into one line, and the
 * front's people and the signers were lost.  A nested row with no text
 * gives no line.
 */
Test(docx, a_frame_around_a_table_and_a_table_in_a_cell)
{
	const char *e[] = {
		"word/document.xml", "<w:document " W_NS "><w:body>"
		    P(R("Kommunstyrelsen"))
		    "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
		    P(R("Protokoll"))
		    "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
		    "<w:tr>" TC("Plats och tid") TC("Stadshuset") "</w:tr>"
		    "<w:tr>" TC("Beslutande") "<w:tc>" P(R("Eva Ek (S)"))
		    P(R("Per Berg (M)")) "</w:tc></w:tr>"
		    "<w:tr>" TC("Underskrifter") "<w:tc>"
		    "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
		    "<w:tr>" TC("Sekreterare") TC("Ida Holm") "</w:tr>"
		    "<w:tr>" TC("") TC("") "</w:tr>"
		    "<w:tr>" TC("Ordförande") TC("Eva Ek") "</w:tr>"
		    "</w:tbl>" P("") "</w:tc></w:tr>"
		    "</w:tbl>" P("") "</w:tc></w:tr></w:tbl>"
		    P(R("Efter ramen.")) "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 2, 0);

	cr_assert_not_null(strstr(t, "\nKommunstyrelsen\n\nProtokoll\n\n"
	    "Plats och tid\tStadshuset\nBeslutande\tEva Ek (S)\n"
	    "\tPer Berg (M)\nUnderskrifter\tSekreterare\tIda Holm\n"
	    "\tOrdförande\tEva Ek\n\nEfter ramen.\n"), "%s", t);
}

/*
 * A cell of several paragraphs or lines (Word's label/value front, a
 * list of members one a line): each is a line of its own that starts
 * with the tabs of the cells before it, as docs/paged-text.md says and
 * as a PDF's table comes out, not one line run together.
 */
Test(docx, a_cells_paragraphs_and_line_breaks_are_lines_of_its_column)
{
	const char *e[] = {
		"word/document.xml", "<w:document " W_NS "><w:body><w:tbl>"
		    "<w:tr>" TC("Beslutande") "<w:tc>" P(R("Anna Berg (S)"))
		    P(R("Per Ek (M), ordförande")) P("") "</w:tc></w:tr>"
		    "<w:tr>" TC("Underskrifter") TC("Sekreterare")
		    "<w:tc><w:p>" R("Eva Lund") "<w:r><w:br/></w:r>"
		    R("Kim Ek") "</w:p></w:tc></w:tr>"
		    "</w:tbl>" P(R("Efter tabellen.")) "</w:body></w:document>",
	};
	const char *t = extract_zip(e, 2, 0);

	cr_assert_not_null(strstr(t, "\nBeslutande\tAnna Berg (S)\n"
	    "\tPer Ek (M), ordförande\n"
	    "Underskrifter\tSekreterare\tEva Lund\n\t\tKim Ek\n\n"
	    "Efter tabellen.\n"), "%s", t);
}

/*
 * A DOCX of body (its w:p elements) and an ODT of odt (its office:text
 * content) both extract to paged text holding want.
 */
static void
assert_docx_and_odt(const char *body, const char *odt, const char *want)
{
	char		 docx_xml[1024], odt_xml[1024];
	const char	*e[] = { "word/document.xml", docx_xml };
	const char	*o[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", odt_xml,
	};

	snprintf(docx_xml, sizeof(docx_xml), "<w:document " W_NS "><w:body>"
	    "%s</w:body></w:document>", body);
	snprintf(odt_xml, sizeof(odt_xml), "<office:document-content " ODT_NS
	    "><office:body><office:text>%s</office:text></office:body>"
	    "</office:document-content>", odt);
	cr_assert_not_null(strstr(extract_zip(e, 2, 0), want), "DOCX: %s",
	    out.data);
	pk_buf_free(&out);
	cr_assert_not_null(strstr(extract_zip(o, 4, 0), want), "ODT: %s",
	    out.data);
}

/*
 * A word processor's no-break spaces (U+00A0, between a name's parts,
 * after "§") and typographic spaces and hyphens (U+2009, U+2011) are
 * plain spaces and hyphens in the paged text, as a PDF's are: the rules
 * know names by their spaces.  A paragraph of no-break spaces alone is
 * an empty one.
 */
Test(docx, no_break_spaces_and_hyphens_are_plain_ones)
{
	assert_docx_and_odt(
	    P(R("Beslutande: Anna\u00a0Berg (S), Karl\u2011Erik\u00a0Ek"))
	    P(R("\u00a0")) P(R("§\u00a01\u2009Budget")),
	    "<text:p>Beslutande: Anna\u00a0Berg (S), Karl\u2011Erik\u00a0Ek"
	    "</text:p><text:p>\u00a0</text:p><text:p>§\u00a01\u2009Budget"
	    "</text:p>",
	    "\nBeslutande: Anna Berg (S), Karl-Erik Ek\n\n§ 1 Budget\n");
}

/*
 * A soft hyphen (U+00AD) in a DOCX's or ODT's text marks where a word
 * may break; the paged text's paragraphs do not break there, so it goes
 * and the word is whole (Word writes <w:softHyphen/>, which was never
 * text; LibreOffice writes the character).
 */
Test(docx, soft_hyphens_go_and_the_word_is_whole)
{
	assert_docx_and_odt(
	    P(R("Kommun\u00adstyrelsens repre\u00adsentanter")),
	    "<text:p>Kommun\u00adstyrelsens <text:span>repre</text:span>"
	    "\u00adsentanter\u00ad</text:p>",
	    "\nKommunstyrelsens representanter\n");
}

/* ODT's table cells of several paragraphs, as DOCX's above. */
Test(docx, odt_cells_paragraphs_are_lines_of_their_column)
{
#define CELL(x) "<table:table-cell>" x "</table:table-cell>"
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS "><office:body>"
		    "<office:text><table:table><table:table-row>"
		    CELL("<text:p>Beslutande</text:p>")
		    CELL("<text:p>Anna Berg (S)</text:p><text:p>Per Ek (M)"
		    "</text:p><text:p/>") "</table:table-row><table:table-row>"
		    CELL("<text:p>Underskrifter</text:p>")
		    CELL("<text:p>Sekreterare<text:line-break/>Eva Lund"
		    "</text:p>") "</table:table-row></table:table>"
		    "<text:p>Efter tabellen.</text:p>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\nBeslutande\tAnna Berg (S)\n"
	    "\tPer Ek (M)\nUnderskrifter\tSekreterare\n\tEva Lund\n\n"
	    "Efter tabellen.\n"), "%s", t);
#undef CELL
}

/*
 * A DOCX's adjacent tables as Writer saves them in an ODT: one table on
 * a common grid of seven columns, each former table's cells spanning
 * columns of it (a letterhead of two cells, a field table of two, an
 * attendance table of five).  They come out as the DOCX gives them:
 * three blocks, no empty cell for a covered column.  A table whose
 * header spans columns the body divides stays one block, aligned.
 */
Test(docx, odt_tables_writer_joined_come_apart)
{
#define SPAN(n, x) "<table:table-cell table:number-columns-spanned=\"" n \
	"\"><text:p>" x "</text:p></table:table-cell>"
#define CELL(x) "<table:table-cell><text:p>" x "</text:p></table:table-cell>"
#define COV "<table:covered-table-cell/>"
#define ROW(x) "<table:table-row>" x "</table:table-row>"
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS "><office:body>"
		    "<office:text><table:table>"
		    ROW(SPAN("4", "Lisa Holm") COV COV COV
		    SPAN("3", "Datum 2023-02-09") COV COV)
		    ROW(SPAN("2", "Ärende") COV SPAN("5", "Styrgruppen")
		    COV COV COV COV)
		    ROW(SPAN("2", "Datum") COV SPAN("5", "2023-02-07")
		    COV COV COV COV)
		    ROW(CELL("Närvarande") SPAN("2", "Eva Lind") COV
		    SPAN("2", "\xe2\x9c\x93") COV CELL("Per Ek")
		    CELL("\xe2\x9c\x93"))
		    ROW(CELL("") SPAN("2", "Ola Berg") COV SPAN("2", "-") COV
		    CELL("Kim Ek") CELL("\xe2\x9c\x93"))
		    "</table:table><text:p>Mellan.</text:p><table:table>"
		    ROW(CELL("Ledamot") SPAN("2", "Omröstning") COV)
		    ROW(CELL("Nils Ek") CELL("X") CELL(""))
		    "</table:table><text:p>Efter tabellen.</text:p>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\nLisa Holm\tDatum 2023-02-09\n\n"
	    "Ärende\tStyrgruppen\nDatum\t2023-02-07\n\n"
	    "Närvarande\tEva Lind\t\xe2\x9c\x93\tPer Ek\t\xe2\x9c\x93\n"
	    "\tOla Berg\t-\tKim Ek\t\xe2\x9c\x93\n\nMellan.\n\n"
	    "Ledamot\tOmröstning\t\nNils Ek\tX\t\n\nEfter tabellen.\n"),
	    "%s", t);
#undef ROW
#undef COV
#undef CELL
#undef SPAN
}

/*
 * An ODT list entry whose page breaks before its text (Writer's
 * soft-page-break first in its paragraph): the entry starts the page,
 * its label with it.  Before, "-" stood alone at the foot of one page
 * and "Dagvattenutredning" at the head of the next, no longer an entry.
 */
Test(docx, odt_list_entry_a_page_break_opens_keeps_its_label)
{
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS "><office:body>"
		    "<office:text><text:p>Beslutsunderlag</text:p><text:list>"
		    "<text:list-item><text:p>Miljöteknisk markundersökning"
		    "</text:p></text:list-item><text:list-item><text:p>"
		    "<text:soft-page-break/>Dagvattenutredning</text:p>"
		    "</text:list-item><text:list-item><text:p>Plankarta"
		    "</text:p></text:list-item></text:list>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\n- Miljöteknisk markundersökning\n"
	    "\n\f- Dagvattenutredning\n- Plankarta\n"), "%s", t);
}

/*
 * ODT lists in a table cell, as DOCX's numbered paragraphs in one: each
 * entry a line of the cell's column with its label, and the row goes on
 * (the next cell after the last entry).  Before, a list in a cell ended
 * the row where it started and where it ended, its entries lost their
 * labels, and "Samordningsgruppen" stood alone on a line of its own: a
 * paragraph of the item, not its cell (held-out ODT of s7-0011-B).
 */
Test(docx, odt_lists_in_a_cell_are_its_lines_with_their_labels)
{
#define CELL(x) "<table:table-cell>" x "</table:table-cell>"
#define ENTRY(x) "<text:list-item><text:p>" x "</text:p></text:list-item>"
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS ">"
		    "<office:automatic-styles><text:list-style style:name=\"L1\">"
		    "<text:list-level-style-number text:level=\"1\" "
		    "style:num-suffix=\".\" style:num-format=\"1\"/>"
		    "</text:list-style></office:automatic-styles><office:body>"
		    "<office:text><table:table><table:table-row>"
		    CELL("<text:p>3 Övriga frågor</text:p>"
		    "<text:p>Följande frågor tas upp:</text:p><text:list>"
		    ENTRY("Regionen informerar")
		    ENTRY("Påminnelse om konferensen") "</text:list>")
		    CELL("<text:p>Samordningsgruppen</text:p>")
		    "</table:table-row><table:table-row>"
		    CELL("<text:list text:style-name=\"L1\">" ENTRY("Första")
		    ENTRY("Andra") "</text:list>")
		    CELL("<text:p>Kansliet</text:p>")
		    "</table:table-row></table:table>"
		    "<text:p>Efter tabellen.</text:p>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\n3 Övriga frågor\n"
	    "Följande frågor tas upp:\n- Regionen informerar\n"
	    "- Påminnelse om konferensen\tSamordningsgruppen\n"
	    "1. Första\n2. Andra\tKansliet\n\nEfter tabellen.\n"), "%s", t);
#undef ENTRY
#undef CELL
}

/*
 * An ODT list entry of several paragraphs (Writer's, pandoc's): only the
 * first has the entry's label, the rest go on under it; a list header's
 * paragraphs have none.  Before, each paragraph was an entry of its own,
 * and a numbered list counted them: "2. fortsättning", "3. Andra" (the
 * command list of the corpus's sv_kandidat_agv_protokoll.odt).
 */
Test(docx, odt_a_list_entrys_later_paragraphs_have_no_label)
{
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS ">"
		    "<office:automatic-styles><text:list-style style:name=\"L1\">"
		    "<text:list-level-style-number text:level=\"1\" "
		    "style:num-suffix=\".\" style:num-format=\"1\"/>"
		    "</text:list-style></office:automatic-styles><office:body>"
		    "<office:text><text:p>Beslut</text:p>"
		    "<text:list text:style-name=\"L1\"><text:list-item>"
		    "<text:p>Första</text:p><text:p>fortsättning</text:p>"
		    "</text:list-item><text:list-item><text:p>Andra</text:p>"
		    "</text:list-item></text:list><text:p>Bilagor</text:p>"
		    "<text:list><text:list-header><text:p>Till protokollet"
		    "</text:p></text:list-header><text:list-item><text:p>Karta"
		    "</text:p><text:p>(utdrag)</text:p></text:list-item>"
		    "<text:list-item><text:p>Yttrande</text:p>"
		    "<text:list><text:list-item><text:p>från nämnden</text:p>"
		    "</text:list-item></text:list></text:list-item></text:list>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\nBeslut\n\n1. Första\nfortsättning\n"
	    "2. Andra\n\nBilagor\n\nTill protokollet\n- Karta\n(utdrag)\n"
	    "- Yttrande\n- från nämnden\n"), "%s", t);
}

/*
 * ODT headings numbered by the outline (Writer's chapter numbering, and
 * what Writer makes of a DOCX's numbered heading styles): the label is
 * not in the text, as a list's is not.  Each level counts from its start
 * and starts again under a higher one; display-levels shows the levels
 * above; an unnumbered heading (is-list-header) has none.  Before, the
 * "§ 12" of every heading was lost, and with it every item of a profile
 * that reads "§ 12 Title" as one.  A number the writer also kept in the
 * text (text:number) is not given twice.
 */
Test(docx, odt_outline_numbered_headings_have_their_labels)
{
#define H(level, x) "<text:h text:outline-level=\"" level "\">" x "</text:h>"
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"styles.xml", "<office:document-styles " ODT_NS "><office:styles>"
		    "<text:outline-style style:name=\"Outline\">"
		    "<text:outline-level-style text:level=\"1\" "
		    "style:num-prefix=\"§ \" style:num-format=\"1\" "
		    "text:start-value=\"12\"/><text:outline-level-style "
		    "text:level=\"2\" style:num-format=\"1\" style:num-suffix=\""
		    ")\" text:display-levels=\"2\"/><text:outline-level-style "
		    "text:level=\"3\" style:num-format=\"\"/></text:outline-style>"
		    "</office:styles></office:document-styles>",
		"content.xml", "<office:document-content " ODT_NS "><office:body>"
		    "<office:text>" H("1", "Val av justerare")
		    "<text:p>Anna Berg utses.</text:p>" H("1", "Budget 2025")
		    H("2", "Driftbudget") H("2", "Investeringar")
		    H("3", "Lokaler") "<text:h text:outline-level=\"1\" "
		    "text:is-list-header=\"true\">Bilagor</text:h>"
		    H("1", "Övrigt") H("2", "Nästa möte")
		    H("1", "<text:number>§ 15</text:number>Justering")
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 6, 0);

	cr_assert_not_null(strstr(t, "\n§ 12 Val av justerare\n\n"
	    "Anna Berg utses.\n\n§ 13 Budget 2025\n\n13.1) Driftbudget\n\n"
	    "13.2) Investeringar\n\nLokaler\n\nBilagor\n\n§ 14 Övrigt\n\n"
	    "14.1) Nästa möte\n\n§ 15 Justering\n"), "%s", t);
#undef H
}

/*
 * The ODT side of a_frame_around_a_table_and_a_table_in_a_cell and
 * tab_set_paragraphs_go_on_as_the_rows_lines: a one-column table is a
 * frame; a table in a cell gives lines in the cell's column; paragraphs
 * set with tabs go on as one block.  And a bold heading's outline
 * number is bold.  Before, the frame's content ran into one line with
 * no space between paragraphs ("ProtokollPlats och tid ..."), and the
 * second substitute was a block of its own.
 */
Test(docx, odt_frames_nested_tables_tab_rows_and_bold_numbers)
{
#define OTC(x) "<table:table-cell><text:p>" x "</text:p></table:table-cell>"
#define OCOLS(n) "<table:table-column table:number-columns-repeated=\"" n "\"/>"
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"styles.xml", "<office:document-styles " ODT_NS
		    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:"
		    "xsl-fo-compatible:1.0\"><office:styles>"
		    "<style:style style:name=\"Heading\" style:family="
		    "\"paragraph\"><style:text-properties fo:font-weight="
		    "\"bold\"/></style:style>"
		    "<text:outline-style style:name=\"Outline\">"
		    "<text:outline-level-style text:level=\"1\" "
		    "style:num-suffix=\".\" style:num-format=\"1\"/>"
		    "</text:outline-style></office:styles></office:document-styles>",
		"content.xml", "<office:document-content " ODT_NS "><office:body>"
		    "<office:text><text:p>Kommunstyrelsen</text:p>"
		    "<table:table>" OCOLS("1") "<table:table-row>"
		    "<table:table-cell><text:p>Protokoll</text:p>"
		    "<table:table>" OCOLS("2")
		    "<table:table-row>" OTC("Plats och tid") OTC("Stadshuset")
		    "</table:table-row><table:table-row>" OTC("Underskrifter")
		    "<table:table-cell><table:table>" OCOLS("2")
		    "<table:table-row>" OTC("Sekreterare") OTC("Ida Holm")
		    "</table:table-row><table:table-row>" OTC("") OTC("")
		    "</table:table-row><table:table-row>" OTC("Ordförande")
		    OTC("Eva Ek") "</table:table-row></table:table>"
		    "</table:table-cell></table:table-row></table:table>"
		    "</table:table-cell></table:table-row></table:table>"
		    "<text:p>Ersättare<text:tab/>Louise Berg (S)</text:p>"
		    "<text:p><text:tab/>Ragnhild Lund (KD)</text:p>"
		    "<text:h text:style-name=\"Heading\" text:outline-level="
		    "\"1\">Apologies</text:h>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 6, 0);

	cr_assert_not_null(strstr(t, "\nKommunstyrelsen\n\nProtokoll\n\n"
	    "Plats och tid\tStadshuset\nUnderskrifter\tSekreterare\tIda Holm\n"
	    "\tOrdförande\tEva Ek\n\nErsättare\tLouise Berg (S)\n"
	    "\tRagnhild Lund (KD)\n\n**1. Apologies**\n"), "%s", t);
#undef OTC
#undef OCOLS
}

/*
 * An ODT list entry that sets its own number (text:start-value: Writer's
 * "restart numbering at 45" on one entry, as minutes whose sections run
 * on through the year are): the entry has it, and the entries after it
 * count on from it.  Before, they counted from the list style's start.
 */
Test(docx, odt_list_entry_start_value_sets_its_number)
{
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS ">"
		    "<office:automatic-styles><text:list-style style:name=\"L1\">"
		    "<text:list-level-style-number text:level=\"1\" "
		    "style:num-prefix=\"§ \" style:num-format=\"1\"/>"
		    "</text:list-style></office:automatic-styles><office:body>"
		    "<office:text><text:list text:style-name=\"L1\">"
		    "<text:list-item text:start-value=\"45\"><text:p>Upprop"
		    "</text:p></text:list-item><text:list-item><text:p>"
		    "Val av justerare</text:p></text:list-item><text:list-item>"
		    "<text:p>Budget</text:p></text:list-item></text:list>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\n§ 45 Upprop\n§ 46 Val av justerare\n"
	    "§ 47 Budget\n"), "%s", t);
}

/*
 * ODT numbered lists below their first level, and in roman numerals, as
 * Writer shows them and DOCX's numbering gives them: "a) driften" under
 * "1.", "1.2 Sak" where the level shows the one above, "iv." for 4, no
 * number where the format is none (num-format="").  A lower level starts
 * again under each entry above it.  Before, an entry below the first
 * level was "- ", "iv." was "4." and a format of none counted "1".
 */
Test(docx, odt_lists_below_the_first_level_and_roman_are_numbered)
{
#define LEVEL(n, x) "<text:list-level-style-number text:level=\"" n "\" " \
	x "/>"
#define ENTRY(x) "<text:list-item><text:p>" x "</text:p></text:list-item>"
#define SUB(x) "<text:list>" x "</text:list>"
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", "<office:document-content " ODT_NS ">"
		    "<office:automatic-styles><text:list-style style:name=\"L1\">"
		    LEVEL("1", "style:num-suffix=\".\" style:num-format=\"1\"")
		    LEVEL("2", "style:num-suffix=\")\" style:num-format=\"a\"")
		    "</text:list-style><text:list-style style:name=\"L2\">"
		    LEVEL("1", "style:num-suffix=\".\" style:num-format=\"i\"")
		    "</text:list-style><text:list-style style:name=\"L3\">"
		    LEVEL("1", "style:num-suffix=\".\" style:num-format=\"1\"")
		    LEVEL("2", "style:num-format=\"1\" text:display-levels=\"2\"")
		    "</text:list-style><text:list-style style:name=\"L4\">"
		    LEVEL("1", "style:num-format=\"\"") "</text:list-style>"
		    "</office:automatic-styles><office:body><office:text>"
		    "<text:list text:style-name=\"L1\"><text:list-item><text:p>"
		    "att godkänna budgeten,</text:p>" SUB(ENTRY("driften")
		    ENTRY("investeringarna")) "</text:list-item><text:list-item>"
		    "<text:p>att överlämna den,</text:p>" SUB(ENTRY("till KF"))
		    "</text:list-item></text:list><text:list "
		    "text:style-name=\"L2\">" ENTRY("första") ENTRY("andra")
		    ENTRY("tredje") ENTRY("fjärde") "</text:list>"
		    "<text:list text:style-name=\"L3\"><text:list-item><text:p>"
		    "Ärenden</text:p>" SUB(ENTRY("Sak") ENTRY("Sak"))
		    "</text:list-item></text:list><text:list "
		    "text:style-name=\"L4\">" ENTRY("Inget nummer") "</text:list>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 4, 0);

	cr_assert_not_null(strstr(t, "\n1. att godkänna budgeten,\na) driften\n"
	    "b) investeringarna\n2. att överlämna den,\na) till KF\n\n"
	    "i. första\nii. andra\niii. tredje\niv. fjärde\n\n1. Ärenden\n"
	    "1.1 Sak\n1.2 Sak\n\nInget nummer\n"), "%s", t);
#undef SUB
#undef ENTRY
#undef LEVEL
}

/*
 * An ODT master page's headers and footers for left pages and the first
 * page (style:header-left, ODF 1.3's style:header-first: a different
 * first page within one page style, where Writer 7.4 makes a page style
 * "First Page" of its own) are furniture as its header and footer are,
 * as DOCX's first and even headers are; one not displayed
 * (style:display="false") is none.  Before, they were not recorded.
 */
Test(docx, odt_first_and_left_page_headers_are_furniture)
{
	const char *e[] = {
		"mimetype", "application/vnd.oasis.opendocument.text",
		"styles.xml", "<office:document-styles " ODT_NS ">"
		    "<office:master-styles><style:master-page "
		    "style:name=\"Standard\"><style:header><text:p>"
		    "Kommunstyrelsen</text:p></style:header><style:header-left>"
		    "<text:p>Protokoll, vänster</text:p></style:header-left>"
		    "<style:header-first><text:p>Sammanträdesprotokoll</text:p>"
		    "</style:header-first><style:footer><text:p>Justerandes sign"
		    "</text:p></style:footer><style:footer-left "
		    "style:display=\"false\"><text:p>Dold</text:p>"
		    "</style:footer-left><style:footer-first><text:p>"
		    "Utdragsbestyrkande</text:p></style:footer-first>"
		    "</style:master-page></office:master-styles>"
		    "</office:document-styles>",
		"content.xml", "<office:document-content " ODT_NS "><office:body>"
		    "<office:text><text:p>Paragraf 1</text:p>"
		    "</office:text></office:body></office:document-content>",
	};
	const char *t = extract_zip(e, 6, 0);

	cr_assert_not_null(strstr(t, "%%fw header: Kommunstyrelsen\n"), "%s", t);
	cr_assert_not_null(strstr(t, "%%fw header: Protokoll, vänster\n"),
	    "%s", t);
	cr_assert_not_null(strstr(t, "%%fw header: Sammanträdesprotokoll\n"),
	    "%s", t);
	cr_assert_not_null(strstr(t, "%%fw footer: Justerandes sign\n"), "%s",
	    t);
	cr_assert_not_null(strstr(t, "%%fw footer: Utdragsbestyrkande\n"),
	    "%s", t);
	cr_assert_null(strstr(t, "Dold"), "%s", t);
	cr_assert_not_null(strstr(t, "\nParagraf 1\n"), "%s", t);
}
