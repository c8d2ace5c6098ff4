/* pk-validate's checks: the schema, dates that exist, unique items, time order. */
#include "../../pipeline/validate.h"
#include "../../pipeline/xmlin.h"
#include "helpers.h"

static char *golden;

static void
load(void)
{
	golden = slurp(SRC("tests/golden/segment/seed-000.out"), NULL);
	cr_assert_not_null(golden);
}

static void
unload(void)
{
	free(golden);
}

/* golden with the first `from` replaced by `to`. */
static char *
mutate(const char *from, const char *to)
{
	const char	*at = strstr(golden, from);
	char		*out;

	cr_assert_not_null(at, "golden lacks %s", from);
	out = malloc(strlen(golden) + strlen(to) + 1);
	sprintf(out, "%.*s%s%s", (int)(at - golden), golden, to,
	    at + strlen(from));
	return out;
}

/* Validate xml; returns the error count and the last code in *code. */
static int
check(const char *xml, enum pk_diag_code *code)
{
	struct pk_diag		 d;
	struct pk_validate	*v;
	xmlDocPtr		 doc;
	int			 rc;

	pk_diag_init(&d, "test", NULL);
	v = pk_validate_new(SRC("schemas/minutes.xsd"), &d);
	cr_assert_not_null(v);
	doc = pk_xml_read(xml, strlen(xml), &d);
	cr_assert_not_null(doc);
	rc = pk_validate_run(v, doc);
	cr_assert_eq(rc == 0, d.nerrors == 0);
	*code = d.last;
	xmlFreeDoc(doc);
	pk_validate_free(v);
	return d.nerrors;
}

TestSuite(validate, .init = load, .fini = unload);

Test(validate, the_golden_is_valid)
{
	enum pk_diag_code code;

	cr_assert_eq(check(golden, &code), 0);
}

Test(validate, a_date_that_does_not_exist)
{
	enum pk_diag_code code;
	char *x = mutate("<adjustment-date when=\"2024-05-03\">",
	    "<adjustment-date when=\"2024-02-30\">");

	/* libxml2's xs:date already rejects the 30th of February. */
	cr_assert_geq(check(x, &code), 1);
	free(x);
	x = mutate("date=\"2024-04-19\"", "date=\"2023-02-29\"");
	cr_assert_geq(check(x, &code), 1);
	free(x);
}

Test(validate, item_numbers_are_unique)
{
	enum pk_diag_code code;
	char *x = mutate("</items>", "<item n=\"22\"><head>again</head></item>"
	    "</items>");

	cr_assert_eq(check(x, &code), 1);
	cr_assert_eq(code, PK_E_ITEM_DUP);
	free(x);
}

Test(validate, the_meeting_ends_after_it_starts)
{
	enum pk_diag_code code;
	char *x = mutate("end=\"15:00\"", "end=\"08:30\"");

	cr_assert_eq(check(x, &code), 1);
	cr_assert_eq(code, PK_E_TIME_ORDER);
	free(x);
}

Test(validate, adjustment_not_before_the_meeting)
{
	enum pk_diag_code code;
	char *x = mutate("<adjustment place=\"Regionhuset\" date=\"2024-05-03\"",
	    "<adjustment place=\"Regionhuset\" date=\"2024-04-01\"");

	cr_assert_eq(check(x, &code), 1);
	cr_assert_eq(code, PK_E_TIME_ORDER);
	free(x);
}

Test(validate, schema_errors_are_reported_with_lines)
{
	struct run_result r;
	char path[] = "/tmp/pk-val-XXXXXX", cmd[512];
	char *x = mutate("<section type=\"summary\">", "<section type=\"gossip\">");
	int fd = mkstemp(path);

	cr_assert(write(fd, x, strlen(x)) == (ssize_t)strlen(x));
	close(fd);
	snprintf(cmd, sizeof(cmd), "%s %s", BIN("pk-validate"), path);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1);
	cr_assert_eq(r.out_len, 0, "invalid input must not be passed on");
	cr_assert_not_null(strstr(r.err, ":27: error: invalid: Element "
	    "'{urn:protokoll:minutes:1}section', attribute 'type'"), "%s",
	    r.err);
	run_free(&r);
	unlink(path);
	free(x);
}

/*
 * A signer's name may hold the person it names (option
 * secretary-present); a name anywhere else may not: a person inside a
 * listed person's name is a segmentation error.
 */
Test(validate, only_a_signers_name_holds_a_person)
{
	enum pk_diag_code code;
	char *x = mutate("<name>Elin Hellstr\xc3\xb6m</name></signature>",
	    "<name><person role=\"secretary\" attendance=\"present\">"
	    "<name>Elin Hellstr\xc3\xb6m</name></person></name></signature>");

	cr_assert_eq(check(x, &code), 0);
	free(x);
	x = mutate("<name>Maria Linder</name>", "<name><person "
	    "attendance=\"present\"><name>Maria Linder</name></person>"
	    "</name>");
	cr_assert_eq(check(x, &code), 1);
	cr_assert_eq(code, PK_E_INVALID);
	free(x);
}

Test(validate, foreign_documents_are_invalid)
{
	enum pk_diag_code code;

	cr_assert_eq(check("<html><body/></html>", &code), 1);
	cr_assert_eq(code, PK_E_INVALID);
}
