/*
 * Fuzz target: rule profile files through pk_rules_load_file, then the
 * loaded profile over a fixture, so that any profile that loads runs
 * (and any pattern its loading deferred is compiled).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../pipeline/rules.h"
#include "../../pipeline/segment.h"
#include "../../pipeline/text.h"

static char	*fixture;
static size_t	 fixture_len;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pk_diag		 diag;
	struct pk_rules		*rules;
	char			 path[] = "/tmp/pk-fuzz-rules-XXXXXX";
	int			 fd;

	if (fixture == NULL) {
		FILE *fp = fopen(PK_SRCDIR "/fixtures/seed-003.txt", "rb");

		if (fp == NULL)
			abort();
		fixture = malloc(1 << 20);
		fixture_len = fread(fixture, 1, 1 << 20, fp);
		fclose(fp);
	}
	pk_diag_init(&diag, "fuzz", NULL);
	if ((fd = mkstemp(path)) == -1)
		abort();
	if (write(fd, data, size) != (ssize_t)size)
		abort();
	close(fd);
	rules = pk_rules_new(&diag);
	/* Half the inputs loaded as installed profiles are: their patterns
	 * compiled when the segmentation first uses them. */
	rules->defer = size > 0 && (data[size - 1] & 1);
	if (pk_rules_load_file(rules, path) == 0) {
		struct pk_text t;
		struct pk_segment *seg = pk_segment_new(rules, NULL, 100000,
		    &diag);
		struct pk_source src = { "fuzz", NULL };
		xmlDocPtr doc = NULL;

		if (pk_text_parse(fixture, fixture_len, 1 << 20, &t, &diag) == 0) {
			if (pk_segment_run(seg, &t, &src, &doc) == 0)
				xmlFreeDoc(doc);
			pk_text_free(&t);
		}
		pk_segment_free(seg);
	}
	pk_rules_free(rules);
	unlink(path);
	return 0;
}
