/*
 * Fuzz target: each XML part of a DOCX (document, styles, numbering,
 * notes, footer, core properties, relationships), picked by the first
 * byte, inside the fixture's other parts, through pk_extract_run.
 */
#include "parts.h"

static const char *const names[] = { "word/document.xml",
    "word/styles.xml", "word/numbering.xml", "word/footnotes.xml",
    "word/endnotes.xml", "word/footer1.xml", "word/header1.xml",
    "docProps/core.xml", "_rels/.rels" };
static struct parts docx = { PK_SRCDIR "/fixtures/extract/seed-003.docx",
    PK_FMT_DOCX, names, sizeof(names) / sizeof(names[0]), NULL, 0 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return parts_run(&docx, data, size);
}
