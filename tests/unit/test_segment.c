/*
 * The acceptance facts of both seed documents, checked on the fixture
 * renditions in fixtures/ and, where ../shared exists, on the seeds
 * themselves.  Every expected value here was read off the seed text.
 */
#include "../../pipeline/validate.h"
#include "facts.h"

static const char *const inputs_000[] = {
	SRC("fixtures/seed-000.txt"),
	SHARED("seeds/000_4f5c8b999293caa3.txt"),
};

static const char *const inputs_003[] = {
	SRC("fixtures/seed-003.txt"),
	SHARED("seeds/003_1ee969b3a623bba5.txt"),
};

static void
each(const char *const *inputs, size_t n, void (*check)(xmlDocPtr))
{
	size_t	 i, ran = 0;

	for (i = 0; i < n; i++) {
		xmlDocPtr doc;

		if (!exists(inputs[i]))
			continue;	/* ../shared is optional */
		doc = segment_file(inputs[i], NULL);
		cr_log_info("facts of %s", inputs[i]);
		check(doc);
		if (check == facts_000)
			furniture_000(doc);
		no_furniture_in_items(doc);
		assert_valid(doc, inputs[i]);
		xmlFreeDoc(doc);
		ran++;
	}
	cr_assert_geq(ran, 1, "the fixture itself must exist");
}

Test(seed000, facts_of_the_regional_protocol)
{
	each(inputs_000, 2, facts_000);
}

Test(seed003, facts_of_the_collaboration_minutes)
{
	each(inputs_003, 2, facts_003);
}

Test(profiles, chosen_by_score_and_forced_with_p)
{
	xmlDocPtr d = segment_file(SRC("fixtures/seed-003.txt"),
	    "sv-protokoll");

	/* Forced onto the wrong profile: still a document, no items. */
	assert_xstr(d, "/m:minutes/m:source/@profile", "sv-protokoll");
	assert_xnum(d, "count(//m:item)", 0);
	xmlFreeDoc(d);
}

/*
 * The organ is not the first line alone under the title: not a part of
 * the document ("Sammanfattning") and not a line with digits (an
 * address, a telephone number); the organ's own line names it.
 */
Test(profiles, the_organ_not_a_heading_of_the_summary)
{
	xmlDocPtr doc = segment_paged_text(
	    "Penningpolitiskt protokoll\n\n"
	    "Sammanfattning\n\n"
	    "Vid mötet den 2 juli beslutade direktionen att låta räntan "
	    "ligga kvar.\n\n"
	    "SVERIGES BANK SE-103 37 Stockholm\n\n"
	    "Direktionen, Nr 3\n\n"
	    "DATUM:\t2013-07-02\n\n"
	    "§ 1. Ekonomisk utveckling\n\n"
	    "Direktionen diskuterade läget.\n");

	assert_xstr(doc, "//m:meeting/@body", "Direktionen");
	assert_xnum(doc, "count(//m:heading/m:body)", 0);
	assert_xnum(doc, "count(//m:p[. = 'Sammanfattning'])", 1);
	xmlFreeDoc(doc);
}

/*
 * Parties the lists of a kommunfullmäktige give only once: the
 * substitute named in an absent member's row serves for the member's
 * party, and an adjuster named without a party has the one a vote
 * table's row gives.
 */
Test(profiles, parties_from_the_member_row_and_the_vote_table)
{
	xmlDocPtr doc = segment_paged_text(
	    "**Ekby kommun**\n**Kommunfullmäktige**\n\n"
	    "Sammanträdesprotokoll\n\n"
	    "**Plats och tid**\tStora salen, Rådhuset\n"
	    "\tTisdagen den 21 maj 2024 kl. 18.00-20.45\n"
	    "**Beslutande**\tSe närvarolista\n"
	    "**Justerare**\tKarin Lund och Per Dal\n\n"
	    "**§ 42 Taxa för bygglov**\n\n"
	    "**Omröstning**\n\n"
	    "Ledamot\tParti\tJa\tNej\tAvstår\n"
	    "Nils Ek\tS\tX\t\t\n"
	    "Karin Lund\tS\tX\t\t\n"
	    "Per Dal\tM\t\tX\t\n"
	    "Ali Noor\tV\tX\t\t\n\n"
	    "**Beslut**\n\n"
	    "Kommunfullmäktige beslutar\n\n"
	    "att anta taxan.\n\n"
	    "**Närvarolista**\n\n"
	    "Ledamot\tParti\tNärvarande\tTjänstgörande ersättare\n"
	    "Nils Ek (ordf.)\tS\tX\n"
	    "Karin Lund\tS\tX\n"
	    "Omar Berg\tM\tX\n"
	    "Lisa Strand\tKD\t-\tAli Noor\n");

	/* "Lisa Strand KD - Ali Noor": Ali Noor serves for KD. */
	assert_xstr(doc, "//m:back//m:person[m:name = 'Ali Noor']/@party",
	    "KD");
	assert_xstr(doc, "//m:back//m:person[m:name = 'Ali Noor']"
	    "/@attendance", "present");
	/* "Justerare Karin Lund och Per Dal": Per Dal, in no list, has
	 * the vote table's "Per Dal M". */
	assert_xstr(doc, "//m:front//m:person[m:name = 'Karin Lund']/@party",
	    "S");
	assert_xstr(doc, "//m:front//m:person[m:name = 'Per Dal']/@party",
	    "M");
	xmlFreeDoc(doc);
}

/*
 * The signers of the front: the last "Justerande" at a page's foot has
 * its name on the next page, past the running header.
 */
Test(profiles, a_signers_name_past_the_page_break)
{
	xmlDocPtr doc = segment_paged_text(
	    "**Kommunfullmäktige**\n\n"
	    "Sammanträdesprotokoll\n\n"
	    "**Plats och tid**\tRådhuset 2021-03-19 kl. 08:00–11:10\n"
	    "**Utses att justera**\tAnn Söderberg, Helena Nyström\n"
	    "**Underskrifter**\tSekreterare\n"
	    "\tMadeleine Sandberg\n"
	    "\tOrdförande\n"
	    "\tSven-Erik Gustafsson\n"
	    "\tJusterande\n"
	    "\tAnn Söderberg\n"
	    "\tJusterande\n"
	    "%%fw header: Sida 2 av 29\n\n"
	    "Helena Nyström\n\n"
	    "**ANSLAG/BEVIS**\tProtokollet är justerat.\n\n"
	    "**§ 3 Val av justerare**\n\n"
	    "Till att justera dagens protokoll utses Ann Söderberg och "
	    "Helena Nyström.\n");

	assert_xnum(doc, "count(//m:front/m:signatures/m:signature/m:name)",
	    4);
	assert_xstr(doc, "(//m:front/m:signatures/m:signature/m:name)[4]",
	    "Helena Nyström");
	assert_xnum(doc, "count(//m:heading[contains(., 'Helena')])", 0);
	xmlFreeDoc(doc);
}

/* "Sofia Wikström (L) Vice ordförande Arvika kommun": one signer's
 * lines the layout ran into one. */
Test(profiles, a_signers_lines_run_into_one)
{
	xmlDocPtr doc = segment_paged_text(
	    "**Folkhälsosamverkan**\n\n"
	    "Dokumenttyp **Protokoll**\n\n"
	    "Ärende\t**Folkhälsorådet**\n"
	    "Datum\t2021-01-20\n\n"
	    "**1. Mötets öppnande**\n\n"
	    "Ordföranden öppnade mötet.\n\n"
	    "Vid protokollet\tJusteras\n\n"
	    "Conny Holm\n\n"
	    "Pontus Viklund (C)\nOrdförande\nArbetsförmedlingen\n\n"
	    "Sofia Wikström (L) Vice ordförande Arvika kommun\n");

	assert_xstr(doc, "//m:signature[m:name = 'Sofia Wikström']/@role",
	    "vice-chair");
	assert_xstr(doc, "//m:signature[m:name = 'Sofia Wikström']/@party",
	    "L");
	assert_xstr(doc, "//m:signature[m:name = 'Sofia Wikström']/m:org",
	    "Arvika kommun");
	xmlFreeDoc(doc);
}

/*
 * A table of contents before the minutes: its entries, led by dots to
 * their page numbers, are not the items; nor is a date ("17. Mai-frokost",
 * the seventeenth of May) at a line's start.
 */
Test(profiles, table_of_contents_and_dates_are_not_items)
{
	xmlDocPtr doc = segment_paged_text(
	    "Referat\n\nGeneralforsamling\n16. april 2012\n\n"
	    "Innhold\n\n"
	    "1 Velkommen v/ leder.............. 3\n"
	    "2 Valg av ordstyrer........ 3\n"
	    "9 Godkjenning av saksliste.........nerer 3 10 Dagsorden...... 3\n"
	    "3 Årsberetninger…………… 4\n\n"
	    "1 Velkommen v/ leder\n\n"
	    "2 Valg av ordstyrer\n"
	    "Kari Nordmann valgt ved akklamasjon\n\n"
	    "3 Årsberetninger\n\n"
	    "Festkomiteen arrangerte:\n\n"
	    "17. Mai-frokost etterfulgt av tog.\n\n"
	    "4 Valg\n\n"
	    "Ola Nordmann valgt ved akklamasjon\n");

	assert_xstr(doc, "//m:source/@profile", "nb-generalforsamling");
	assert_xnum(doc, "count(//m:item)", 4);
	assert_xstr(doc, "//m:item[1]/@n", "1");
	assert_xstr(doc, "//m:item[4]/@n", "4");
	assert_xnum(doc, "count(//m:item[@n = '17'])", 0);
	xmlFreeDoc(doc);
}

/*
 * A roll-call vote table over two pages: on the first the marks stand
 * apart from "Ja" (a column of their own without a header), on the
 * second the header is repeated and the columns are as printed.
 */
Test(profiles, vote_table_over_two_pages)
{
	xmlDocPtr doc = segment_paged_text(
	    "**Kommunfullmäktige**\n\nSammanträdesprotokoll\n\n"
	    "**Plats och tid**\tRådhuset 2024-05-21 kl. 18.00\n\n"
	    "**§ 17 Taxa för bygglov**\n\n"
	    "**Omröstningslista § 17**\n\n"
	    "Ledamot\tParti\tJa\t\tNej\tAvstår\n"
	    "Lars Jönsson\tS\t\t\tX\n"
	    "Elisabeth Jönsson\tM\t\tX\n"
	    "%%fw footer: Sida 2 av 3\n"
	    "Ledamot\tParti\tJa\tNej\tAvstår\n"
	    "Hans Lundberg\tM\tX\n"
	    "Dennis Sundin\tS\t\tX\n"
	    "Hiba Lindström\tM\t\t\tX\n");

	assert_xstr(doc, "//m:row[m:cell = 'Lars Jönsson']/@vote", "no");
	assert_xstr(doc, "//m:row[m:cell = 'Elisabeth Jönsson']/@vote",
	    "yes");
	assert_xstr(doc, "//m:row[m:cell = 'Hans Lundberg']/@vote", "yes");
	assert_xstr(doc, "//m:row[m:cell = 'Dennis Sundin']/@vote", "no");
	assert_xstr(doc, "//m:row[m:cell = 'Hiba Lindström']/@vote",
	    "abstain");
	xmlFreeDoc(doc);
}
