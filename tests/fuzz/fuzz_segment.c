/*
 * Fuzz target: paged text through pk_text_parse and pk_segment_run with
 * the bundled profiles.  The first byte picks the profile (auto or one
 * of them); the output, when there is one, must be valid minutes XML.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemas.h>

#include "../../pipeline/rules.h"
#include "../../pipeline/segment.h"
#include "../../pipeline/text.h"

static struct pk_rules	*rules;
static struct pk_diag	 diag;
static xmlSchemaPtr	 schema;

static void
init(void)
{
	xmlSchemaParserCtxtPtr p;

	pk_diag_init(&diag, "fuzz", NULL);
	rules = pk_rules_new(&diag);
	if (pk_rules_load_dir(rules, PK_SRCDIR "/rules") == -1)
		abort();
	p = xmlSchemaNewParserCtxt(PK_SRCDIR "/schemas/minutes.xsd");
	schema = xmlSchemaParse(p);
	xmlSchemaFreeParserCtxt(p);
	if (schema == NULL)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pk_segment	*seg;
	struct pk_text		 t;
	struct pk_source	 src = { "fuzz", NULL };
	xmlDocPtr		 doc = NULL;
	const char		*profile = NULL;

	if (rules == NULL)
		init();
	if (size > 0) {
		if (data[0] % 3 == 1)
			profile = "sv-protokoll";
		else if (data[0] % 3 == 2)
			profile = "sv-samverkan";
		data++;
		size--;
	}
	if (pk_text_parse((const char *)data, size, 4096, &t, &diag) == -1)
		return 0;
	seg = pk_segment_new(rules, profile, 100000, &diag);
	if (pk_segment_run(seg, &t, &src, &doc) == 0) {
		xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema);

		if (xmlSchemaValidateDoc(v, doc) != 0)
			abort();	/* segmentation made invalid XML */
		xmlSchemaFreeValidCtxt(v);
		xmlFreeDoc(doc);
	}
	pk_segment_free(seg);
	pk_text_free(&t);
	return 0;
}
