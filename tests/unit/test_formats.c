/*
 * The seed facts in the archive formats: each format puts them where
 * its readers look.  Validity against the official schemas is `make
 * conformance`'s job (the schemas live in ../shared).
 */
#include "../../pipeline/transform.h"
#include "../../pipeline/xmlin.h"
#include "helpers.h"

static struct pk_buf out;

/* fixtures/NAME.txt through -f FORMAT, parsed when it is XML. */
static xmlDocPtr
format_doc(const char *name, const char *format)
{
	struct pk_diag		 d;
	struct pk_transform	*t;
	char			 path[512];
	xmlDocPtr		 in, doc = NULL;

	snprintf(path, sizeof(path), "%s/fixtures/%s.txt", PK_SRCDIR, name);
	in = segment_file(path, NULL);
	pk_diag_init(&d, "test", stderr);
	snprintf(path, sizeof(path), "%s/xslt/%s.xsl", PK_SRCDIR, format);
	t = pk_transform_new(path, &d);
	cr_assert_not_null(t);
	cr_assert_eq(pk_transform_run(t, in, NULL, &out), 0);
	if (strcmp(pk_transform_extension(t), "xml") == 0) {
		doc = pk_xml_read(out.data, out.len, &d);
		cr_assert_not_null(doc, "%s as %s is not XML", name, format);
	}
	pk_transform_free(t);
	xmlFreeDoc(in);
	return doc;
}

static double
count_ns(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr	 ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr	 o;
	double			 v;

	xmlXPathRegisterNs(ctx, BAD_CAST "dc",
	    BAD_CAST "http://purl.org/dc/elements/1.1/");
	xmlXPathRegisterNs(ctx, BAD_CAST "oai_dc",
	    BAD_CAST "http://www.openarchives.org/OAI/2.0/oai_dc/");
	xmlXPathRegisterNs(ctx, BAD_CAST "tei",
	    BAD_CAST "http://www.tei-c.org/ns/1.0");
	xmlXPathRegisterNs(ctx, BAD_CAST "akn",
	    BAD_CAST "http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
	xmlXPathRegisterNs(ctx, BAD_CAST "ead",
	    BAD_CAST "http://ead3.archivists.org/schema/");
	xmlXPathRegisterNs(ctx, BAD_CAST "erms",
	    BAD_CAST "https://DILCIS.eu/XML/ERMS");
	o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	cr_assert_not_null(o, "bad XPath %s", expr);
	v = xmlXPathCastToNumber(o);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(ctx);
	return v;
}

#define assert_count(doc, expr, want) \
	cr_assert_eq(count_ns((doc), (expr)), (double)(want), "%s = %g", \
	    (expr), count_ns((doc), (expr)))

static void
teardown(void)
{
	pk_buf_free(&out);
}

TestSuite(formats, .fini = teardown);

Test(formats, dc_record_of_seed_000)
{
	xmlDocPtr d = format_doc("seed-000", "dc");

	assert_count(d, "count(/oai_dc:dc/dc:title[. = 'Protokoll, Strategisk "
	    "regional beredning, 2024-04-19, §22'])", 1);
	assert_count(d, "count(//dc:creator[. = 'Strategisk regional "
	    "beredning'])", 1);
	assert_count(d, "count(//dc:date[. = '2024-04-19'])", 1);
	assert_count(d, "count(//dc:coverage[. = 'Sammanträdesrum Silvergruvan, "
	    "Regionhuset, Västerås'])", 1);
	/* 26 members and 9 others present; the adjuster once, as member. */
	assert_count(d, "count(//dc:contributor)", 35);
	assert_count(d, "count(//dc:contributor[starts-with(., 'Johanna "
	    "Odö')])", 1);
	assert_count(d, "count(//dc:contributor[. = 'Kenneth Östberg (S), "
	    "Andre vice ordförande'])", 1);
	assert_count(d, "count(//dc:subject[. = '§22 Gemensam målbild för "
	    "nära vård'])", 1);
	assert_count(d, "count(//dc:relation[. = 'HSF240207'])", 1);
	assert_count(d, "count(//dc:description[starts-with(., '§22: "
	    "Strategisk regional beredning ställer sig bakom')])", 1);
	xmlFreeDoc(d);
}

Test(formats, dc_record_of_seed_003)
{
	xmlDocPtr d = format_doc("seed-003", "dc");

	assert_count(d, "count(//dc:creator[. = 'Närvårdssamverkan "
	    "Alingsås-Lerum, Politiska samrådsgrupp'])", 1);
	assert_count(d, "count(//dc:date[. = '2017-09-04'])", 1);
	/* Only the 22 marked present are contributors. */
	assert_count(d, "count(//dc:contributor)", 22);
	assert_count(d, "count(//dc:contributor[starts-with(., 'Michael "
	    "Melby')])", 0);
	assert_count(d, "count(//dc:subject)", 8);
	assert_count(d, "count(//dc:description)", 3);
	assert_count(d, "count(//dc:description[contains(., 'Att Alingsås "
	    "kommun väljs till att ansvara')])", 1);
	xmlFreeDoc(d);
}

Test(formats, dc_of_a_document_without_optional_parts)
{
	xmlDocPtr d = format_doc("minimal", "dc");

	assert_count(d, "count(//dc:contributor)", 0);
	assert_count(d, "count(//dc:relation)", 0);
	assert_count(d, "count(//dc:subject)", 2);
	xmlFreeDoc(d);
}

Test(formats, text_keeps_the_content_in_reading_order)
{
	const char *want[] = { "Protokoll, Närvårdssamverkan Alingsås-Lerum, "
	    "Politiska samrådsgrupp, 2017-09-04",
	    "Carina Westerelve", "Närvarande:", "Michael Melby",
	    "1. Ledning av dagens möte\n=====", "Beslut:",
	    "- Att ordförandeskapet följer", "8. Politisk samrådsgrupp",
	    "Samtliga represen- tanter", "Dario Espiga (S)" };
	const char *at;

	cr_assert_null(format_doc("seed-003", "text"));
	at = out.data;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const char *hit = strstr(at, want[i]);

		cr_assert_not_null(hit, "\"%s\" missing or out of order",
		    want[i]);
		at = hit;
	}
	cr_assert_null(strstr(out.data, "Sida 1 (2)"), "furniture in text");
	cr_assert_null(strstr(out.data, "<"), "markup in text");
}

Test(formats, tei_of_seed_003)
{
	xmlDocPtr d = format_doc("seed-003", "tei");

	assert_count(d, "count(//tei:particDesc/tei:listPerson/tei:person)", 36);
	assert_count(d, "count(//tei:person[tei:note[@type='attendance'] = "
	    "'present'])", 22);
	assert_count(d, "count(//tei:person[tei:note[@type='attendance'] = "
	    "'absent'])", 13);
	assert_count(d, "count(//tei:settingDesc//tei:date[@when = "
	    "'2017-09-04'])", 1);
	assert_count(d, "count(//tei:body/tei:div[@type='item'])", 8);
	/* Item 5: one decision, six att-clauses, the Alingsås one among them. */
	assert_count(d, "count(//tei:div[@type='item'][@n='5']"
	    "//tei:div[@type='decision'])", 1);
	assert_count(d, "count(//tei:div[@type='item'][@n='5']"
	    "//tei:list[@type='clauses']/tei:item[starts-with(., 'Att ')])", 6);
	assert_count(d, "count(//tei:div[@n='5']//tei:list[@type='clauses']"
	    "/tei:item[contains(., 'Alingsås kommun väljs')])", 1);
	assert_count(d, "count(//tei:div[@type='item'][@n='1']"
	    "/tei:div[@type='decision'])", 2);
	assert_count(d, "count(//tei:closer/tei:signed)", 3);
	assert_count(d, "count(//tei:signed[tei:persName = 'Dario Espiga']"
	    "[tei:roleName = 'Vice ordförande'])", 1);
	/* The footers, where they stood: in items 4 and 8. */
	assert_count(d, "count(//tei:div[@n='4']/tei:fw[. = 'Sida 1 (2)'])", 1);
	assert_count(d, "count(//tei:div[@n='8']/tei:fw[. = 'Sida 2 (2)'])", 1);
	xmlFreeDoc(d);
}

/*
 * A list after the attendance list appended to the minutes (a list of
 * appendices, fixtures/kf-bilagor.txt) is back matter of its own: its
 * template applied itself again without end ("potential infinite
 * template recursion"), and the transform failed.
 */
Test(formats, tei_of_a_list_in_the_back_matter)
{
	xmlDocPtr d = format_doc("kf-bilagor", "tei");

	assert_count(d, "count(//tei:back/tei:div[@type='back']/tei:list"
	    "/tei:item)", 2);
	assert_count(d, "count(//tei:back//tei:item[contains(., "
	    "'Investeringsplan 2025-2027')])", 1);
	assert_count(d, "count(//tei:body/tei:div[@type='item'])", 2);
	xmlFreeDoc(d);
}

/*
 * The text format underlines an item's heading with as many '=' as it
 * has characters; it made them one template call each, and a title of
 * 2,000 characters went past libxslt's depth: the transform failed.
 */
Test(formats, text_of_an_item_with_a_title_of_5000_characters)
{
	struct run_result r = run("{ printf -- '---\\nfile: t.pdf\\nformat: "
	    "txt\\n---\\n\\n**Kommunstyrelsens arbetsutskott**\\n\\n"
	    "Sammanträdesdatum\\t2023-11-02\\n\\n§ 1. Rubrik '; head -c 5000 "
	    "/dev/zero | tr '\\0' x; printf '\\n\\nBeslut: Att bifalla.\\n'; } "
	    "| " BIN("pk-segment") " | " BIN("pk-transform") " -f text | "
	    "grep -c '^=\\{5012\\}$'", NULL);

	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "1\n", "%s", r.err);
	run_free(&r);
}

Test(formats, tei_of_seed_000)
{
	xmlDocPtr d = format_doc("seed-000", "tei");

	assert_count(d, "count(//tei:listPerson/tei:person)", 35);
	assert_count(d, "count(//tei:person[@role = 'chair']/tei:persName"
	    "[. = 'Mikael Andersson Elfgrén'])", 1);
	assert_count(d, "count(//tei:person[tei:note[@type='remote']])", 6);
	assert_count(d, "count(//tei:person[tei:affiliation/tei:orgName"
	    "[@type='party'] = 'SD'])", 3);
	assert_count(d, "count(//tei:settingDesc//tei:date[@when='2024-04-19']"
	    "[@from='09:00:00'][@to='15:00:00'])", 1);
	assert_count(d, "count(//tei:div[@type='item'][@n='22']/tei:head"
	    "[tei:label = '§22'])", 1);
	assert_count(d, "count(//tei:div[@n='22']//tei:idno[@type='case']"
	    "[. = 'HSF240207'])", 1);
	assert_count(d, "count(//tei:div[@n='22']/tei:div[@type='decision'])",
	    1);
	assert_count(d, "count(//tei:div[@n='22']/tei:div[@type='basis']"
	    "/tei:list/tei:item)", 4);
	/* Removed furniture: three header lines before the item... */
	assert_count(d, "count(//tei:front//tei:fw)", 3);
	/* ...and the rest inside it, none in its paragraphs. */
	assert_count(d, "count(//tei:div[@n='22']/tei:fw)", 7);
	assert_count(d, "count(//tei:div[@n='22']//tei:p[contains(., "
	    "'Justerandes')])", 0);
	xmlFreeDoc(d);
}

Test(formats, ead3_of_seed_000)
{
	xmlDocPtr d = format_doc("seed-000", "ead");

	assert_count(d, "count(//ead:c[@level='file'])", 1);
	assert_count(d, "count(//ead:c[@level='file']/ead:did"
	    "/ead:unitdatestructured/ead:datesingle[@standarddate = "
	    "'2024-04-19'])", 1);
	assert_count(d, "count(//ead:c[@level='item'])", 1);
	assert_count(d, "count(//ead:c[@level='item']/ead:did/ead:unitid"
	    "[@localtype='paragraf'][. = '§22'])", 1);
	assert_count(d, "count(//ead:c[@level='item']/ead:did/ead:unitid"
	    "[@localtype='diarienummer'][. = 'HSF240207'])", 1);
	assert_count(d, "count(//ead:c[@level='item']/ead:did/ead:unittitle"
	    "[. = 'Gemensam målbild för nära vård'])", 1);
	assert_count(d, "count(//ead:c[@level='item']/ead:odd"
	    "[@localtype='beslut'])", 1);
	assert_count(d, "count(//ead:odd[@localtype='members']//ead:persname)",
	    26);
	assert_count(d, "count(//ead:odd[@localtype='justering']"
	    "//ead:persname[@relator='secretary']/ead:part[. = "
	    "'Elin Hellström'])", 1);
	xmlFreeDoc(d);
}

Test(formats, ead3_of_seed_003)
{
	xmlDocPtr d = format_doc("seed-003", "ead");

	assert_count(d, "count(//ead:c[@level='item'])", 8);
	assert_count(d, "count(//ead:odd[@localtype='listed']"
	    "//ead:persname[@localtype='present'])", 22);
	assert_count(d, "count(//ead:c[@level='item'][ead:did/ead:unitid = "
	    "'5']/ead:odd[@localtype='beslut']/ead:list/ead:item)", 7);
	assert_count(d, "count(//ead:c[@level='item'][ead:did/ead:unitid = "
	    "'1']/ead:odd[@localtype='beslut'])", 2);
	xmlFreeDoc(d);
}

Test(formats, akoma_ntoso_of_seed_003)
{
	xmlDocPtr d = format_doc("seed-003", "akn");

	/* The 36 participants with their attendance in the roll call. */
	assert_count(d, "count(//akn:rollCall/akn:p/akn:person)", 36);
	assert_count(d, "count(//akn:rollCall/akn:p[@class='present'])", 22);
	assert_count(d, "count(//akn:rollCall/akn:p[@class='absent'])", 13);
	assert_count(d, "count(//akn:rollCall/akn:p[@class='unknown']"
	    "/akn:person[. = 'Michael Melby'])", 1);
	assert_count(d, "count(//akn:references/akn:TLCPerson)", 37);
	assert_count(d, "count(//akn:FRBRWork/akn:FRBRdate[@date = "
	    "'2017-09-04'])", 1);
	assert_count(d, "count(//akn:debateSection[@name='item'])", 8);
	assert_count(d, "count(//akn:debateSection[akn:num = '5']"
	    "//akn:block[@name='beslut'][starts-with(., 'Att ')])", 6);
	assert_count(d, "count(//akn:conclusions//akn:signature)", 3);
	assert_count(d, "count(//akn:signature[akn:person = 'Carina "
	    "Westerelve'][akn:person/@refersTo = '#s1'])", 1);
	xmlFreeDoc(d);
}

Test(formats, akoma_ntoso_of_seed_000)
{
	xmlDocPtr d = format_doc("seed-000", "akn");

	assert_count(d, "count(//akn:rollCall/akn:p/akn:person)", 36);
	assert_count(d, "count(//akn:rollCall/akn:p/akn:person[@as = "
	    "'#role-chair'][. = 'Mikael Andersson Elfgrén'])", 1);
	assert_count(d, "count(//akn:references/akn:TLCOrganization"
	    "[starts-with(@eId, 'party-')])", 7);
	assert_count(d, "count(//akn:debateSection[akn:num = '§22']"
	    "[akn:heading = 'Gemensam målbild för nära vård']"
	    "//akn:docNumber[. = 'HSF240207'])", 1);
	assert_count(d, "count(//akn:block[@name='beslut'])", 1);
	assert_count(d, "count(//akn:FRBRExpression/akn:FRBRdate[@date = "
	    "'2024-05-03'][@name = 'adjustment'])", 1);
	xmlFreeDoc(d);
}

Test(formats, erms_of_seed_000)
{
	xmlDocPtr d = format_doc("seed-000", "erms");

	/* HSF240207 as a case-file aggregation holding the extract. */
	assert_count(d, "count(//erms:aggregation[@aggregationType='caseFile']"
	    "[erms:objectId = 'HSF240207'])", 1);
	assert_count(d, "count(//erms:aggregation[erms:objectId = 'HSF240207']"
	    "/erms:record/erms:relation[@relationType='part_of']"
	    "[. = //erms:aggregation[@aggregationType='file']/erms:record"
	    "/@systemIdentifier])", 1);
	assert_count(d, "count(//erms:aggregation[erms:objectId = 'HSF240207']"
	    "//erms:date[@dateType='decision'][. = '2024-04-19T09:00:00'])", 1);
	assert_count(d, "count(//erms:agent[@agentType='main_signatory']"
	    "[erms:name = 'Mikael Andersson Elfgrén'])", 1);
	assert_count(d, "count(//erms:agent[@agentType='other_signatory'])", 2);
	xmlFreeDoc(d);
}

Test(formats, erms_without_case_numbers)
{
	xmlDocPtr d = format_doc("seed-003", "erms");

	/* No case numbers in seed 003: the minutes alone, as a file. */
	assert_count(d, "count(//erms:aggregation)", 1);
	assert_count(d, "count(//erms:aggregation[@aggregationType='file']"
	    "/erms:record/erms:agents/erms:agent)", 4);
	xmlFreeDoc(d);
	d = format_doc("minimal", "erms");
	assert_count(d, "count(//erms:agent[@agentType != 'creator'])", 0);
	xmlFreeDoc(d);
}
