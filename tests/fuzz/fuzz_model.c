/*
 * Fuzz target: pk-validate's model checks (dates that exist, unique
 * item numbers, times in order) on minutes valid by the schema.  The
 * input, split at '|', gives the values the checks read: meeting date,
 * start and end, adjustment date, a date/@when and three item numbers;
 * random bytes would rarely pass the schema to reach the checks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../pipeline/buf.h"
#include "../../pipeline/validate.h"
#include "../../pipeline/xmlin.h"

#define NVALUES	8

static struct pk_diag		 diag;
static struct pk_validate	*val;

/* v, escaped for an attribute value. */
static void
attr(struct pk_buf *b, const char *v, size_t len)
{
	for (size_t i = 0; i < len; i++)
		switch (v[i]) {
		case '<':
			pk_buf_puts(b, "&lt;");
			break;
		case '&':
			pk_buf_puts(b, "&amp;");
			break;
		case '"':
			pk_buf_puts(b, "&quot;");
			break;
		default:
			pk_buf_putc(b, v[i]);
		}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const parts[NVALUES + 1] = {
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<minutes xmlns=\"urn:protokoll:minutes:1\" version=\"1.0\" "
	    "xml:lang=\"sv\">\n<source file=\"f.txt\" format=\"txt\" "
	    "pages=\"1\" profile=\"sv-protokoll\"/>\n<meeting body=\"B\" date=\"",
	    "\" start=\"", "\" end=\"", "\"/>\n<adjustment date=\"",
	    "\"/>\n<front><field><label>Datum</label><date when=\"",
	    "\">x</date></field></front>\n<items>\n<item n=\"",
	    "\"><head><title>A</title></head></item>\n<item n=\"",
	    "\"><head><title>B</title></head></item>\n<item n=\"",
	    "\"><head><title>C</title></head></item>\n</items>\n"
	    "<furniture/>\n</minutes>\n" };
	const char	*s = (const char *)data, *end = s + size;
	struct pk_buf	 xml = { 0 };
	xmlDocPtr	 doc;

	if (val == NULL) {
		pk_diag_init(&diag, "fuzz", NULL);
		val = pk_validate_new(PK_SRCDIR "/schemas/minutes.xsd", &diag);
		if (val == NULL)
			abort();
	}
	for (int k = 0; k < NVALUES; k++) {
		const char *bar = memchr(s, '|', (size_t)(end - s));
		const char *stop = bar ? bar : end;

		pk_buf_puts(&xml, parts[k]);
		attr(&xml, s, (size_t)(stop - s));
		s = bar ? bar + 1 : end;
	}
	pk_buf_puts(&xml, parts[NVALUES]);
	if ((doc = pk_xml_read(xml.data, xml.len, &diag)) != NULL) {
		(void)pk_validate_run(val, doc);
		xmlFreeDoc(doc);
	}
	pk_buf_free(&xml);
	return 0;
}
