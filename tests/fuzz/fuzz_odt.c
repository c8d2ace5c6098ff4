/*
 * Fuzz target: each XML part of an ODT (content, styles, meta, the
 * manifest), picked by the first byte, inside the fixture's other
 * parts, through pk_extract_run.
 */
#include "parts.h"

static const char *const names[] = { "content.xml", "styles.xml",
    "meta.xml", "META-INF/manifest.xml" };
static struct parts odt = { PK_SRCDIR "/fixtures/extract/seed-000.odt",
    PK_FMT_ODT, names, sizeof(names) / sizeof(names[0]), NULL, 0 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return parts_run(&odt, data, size);
}
