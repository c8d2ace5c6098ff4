/*
 * Fuzz target: untrusted XML through pk_xml_read, pk_validate_run and
 * the html stylesheet, as pk-validate and pk-transform meet it.
 */
#include <stdint.h>
#include <stdlib.h>

#include "../../pipeline/transform.h"
#include "../../pipeline/validate.h"
#include "../../pipeline/xmlin.h"

static struct pk_diag		 diag;
static struct pk_validate	*val;
static struct pk_transform	*html;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pk_buf	 out = { 0 };
	xmlDocPtr	 doc;

	if (val == NULL) {
		pk_diag_init(&diag, "fuzz", NULL);
		xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
		val = pk_validate_new(PK_SRCDIR "/schemas/minutes.xsd", &diag);
		html = pk_transform_new(PK_SRCDIR "/xslt/html.xsl", &diag);
		if (val == NULL || html == NULL)
			abort();
	}
	if ((doc = pk_xml_read((const char *)data, size, &diag)) == NULL)
		return 0;
	(void)pk_validate_run(val, doc);
	(void)pk_transform_run(html, doc, NULL, &out);
	pk_buf_free(&out);
	xmlFreeDoc(doc);
	return 0;
}
