/*
 * Danish minutes: the dates Danish writes, and the two fixtures of our
 * own writing (an association's generalforsamling referat and a
 * committee's beslutningsprotokol), as text and as the PDF LibreOffice
 * makes of each.  Each fact was read off the document by a person, not
 * copied from the program's output.
 */
#include "corpus.h"
#include "../../pipeline/normalize.h"

/* "20. marts 2025" (Norwegian "mars") and "09-04-2025". */
Test(lang_da, danish_dates)
{
	char out[11];

	cr_assert_eq(pk_norm_date("20. marts 2025", 14, out), 0);
	cr_assert_str_eq(out, "2025-03-20");
	cr_assert_eq(pk_norm_date("torsdag den 1. maj 2025", 23, out), 0);
	cr_assert_str_eq(out, "2025-05-01");
	cr_assert_eq(pk_norm_date("09-04-2025", 10, out), 0);
	cr_assert_str_eq(out, "2025-04-09");
	/* Not a date: an archive number. */
	cr_assert_eq(pk_norm_date("27-04-202", 9, out), -1);
	/* The ISO form is still read as year first. */
	cr_assert_eq(pk_norm_date("2025-04-09", 10, out), 0);
	cr_assert_str_eq(out, "2025-04-09");
}

/* Grundejerforeningen Solbakken's generalforsamling, 20 March 2025. */
static void
facts_solbakken(xmlDocPtr d)
{
	assert_xstr(d, "/m:minutes/m:source/@profile", "da-generalforsamling");
	assert_xstr(d, "//m:meeting/@organization",
	    "Grundejerforeningen Solbakken");
	assert_xstr(d, "//m:meeting/@body", "ordinær generalforsamling");
	assert_xstr(d, "//m:meeting/@kind", "Referat");
	assert_xstr(d, "//m:meeting/@date", "2025-03-20");
	assert_xstr(d, "//m:meeting/@start", "19:00");
	assert_xstr(d, "//m:meeting/@end", "21:15");
	assert_xstr(d, "//m:meeting/@place", "Fælleshuset, Solbakken 12");
	/* "Til stede: 31 medlemmer": a count, no list of people. */
	assert_xnum(d, "count(//m:participants[@group='members'])", 0);
	assert_xstr(d, "//m:participants[@group='others']/m:person"
	    "[@role='chair']/m:name", "Lars Mikkelsen");
	assert_xstr(d, "//m:participants[@group='others']/m:person"
	    "[@role='secretary']/m:name", "Hanne Holm");
	/* The agenda's table stays in the front; the points are "Ad 1."
	 * to "Ad 6.". */
	assert_xnum(d, "count(//m:front/m:table/m:row)", 6);
	assert_list(d, "//m:item/@n", "1|2|3|4|5|6");
	assert_list(d, "//m:item/m:head/m:title",
	    "Valg af dirigent og referent|Bestyrelsens beretning|"
	    "Forelæggelse af regnskab|Indkomne forslag|Valg til bestyrelsen|"
	    "Eventuelt");
	/* "Beslutning:" in points 2, 3, 4 and 5. */
	assert_xnum(d, "count(//m:decision)", 4);
	assert_xstr(d, "//m:item[@n='4']//m:decision", "Forslaget blev vedtaget.");
	assert_xstr(d, "//m:item[@n='5']//m:decision", "Vedtaget.");
	assert_xstr(d, "//m:item[@n='4']/m:section[@type='vote']/m:p",
	    "22 stemte for, 9 imod.");
	assert_xstr(d, "//m:item[@n='4']/m:section[@type='proposal']/m:heading",
	    "Forslag fra bestyrelsen:");
	assert_xstr(d, "//m:signature[@role='chair']/m:name", "Lars Mikkelsen");
	assert_xstr(d, "//m:signature[@role='secretary']/m:name", "Hanne Holm");
	assert_xnum(d, "count(//m:fw[starts-with(., 'Side ')])", 2);
	/* "Ad 1. Valg af dirigent og referent": "Bestyrelsen foreslog Lars
	 * Mikkelsen som dirigent og Hanne Holm som referent" names each
	 * officer beside the word of their role. */
	assert_xstr(d, "//m:item[@n='1']//m:person[@role='chair']/m:name",
	    "Lars Mikkelsen");
	assert_xstr(d, "//m:item[@n='1']//m:person[@role='secretary']/m:name",
	    "Hanne Holm");
	assert_xnum(d, "count(//m:item//m:person)", 2);
}

Test(lang_da, generalforsamling_text)
{
	xmlDocPtr d = segment_file(SRC("fixtures/da-generalforsamling.txt"),
	    NULL);

	assert_valid(d, "da-generalforsamling.txt");
	facts_solbakken(d);
	xmlFreeDoc(d);
}

Test(lang_da, generalforsamling_pdf)
{
	xmlDocPtr d = chain(SRC("fixtures/extract/da-generalforsamling.pdf"));

	facts_solbakken(d);
	xmlFreeDoc(d);
}

/* Havbjerg Kommune's Teknik- og Miljøudvalget, 9 April 2025. */
static void
facts_havbjerg(xmlDocPtr d)
{
	const char *M = "//m:participants[@group='members']/m:person";
	char expr[256];

	assert_xstr(d, "/m:minutes/m:source/@profile", "da-beslutningsprotokol");
	assert_xstr(d, "//m:meeting/@organization", "Havbjerg Kommune");
	assert_xstr(d, "//m:meeting/@kind", "Beslutningsprotokol");
	assert_xstr(d, "//m:meeting/@body", "Teknik- og Miljøudvalget");
	assert_xstr(d, "//m:meeting/@date", "2025-04-09");
	assert_xstr(d, "//m:meeting/@start", "16:00");
	assert_xstr(d, "//m:meeting/@end", "18:10");
	assert_xstr(d, "//m:meeting/@place", "Mødelokale 2, Rådhuset");
	snprintf(expr, sizeof(expr), "count(%s)", M);
	assert_xnum(d, expr, 4);
	snprintf(expr, sizeof(expr), "%s[@role='chair']/m:name", M);
	assert_xstr(d, expr, "Anne Sørensen");
	snprintf(expr, sizeof(expr), "%s[@role='vice-chair']/m:name", M);
	assert_xstr(d, expr, "Jens Vestergaard");
	snprintf(expr, sizeof(expr), "%s[m:name='Peter Holm']/@party", M);
	assert_xstr(d, expr, "Ø");
	/* Afbud and Fraværende: both absent. */
	assert_list(d, "//m:participants[@group='absent']/m:person/m:name",
	    "Morten Riis|Lise Krogh");
	assert_xstr(d, "//m:participants[@group='absent']/m:person"
	    "[m:name='Morten Riis']/@party", "O");
	assert_xstr(d, "//m:participants[@group='others']/m:person"
	    "[@role='secretary']/m:name", "Louise Friis");
	assert_list(d, "//m:item/@n", "1|2|3|4");
	assert_list(d, "//m:item/m:cases/m:case", "25/1234|24/8812|25/0412");
	assert_xnum(d, "count(//m:section[@type='proposal'])", 2);
	assert_xnum(d, "count(//m:section[@type='summary'])", 2);
	assert_xnum(d, "count(//m:decision)", 4);
	assert_xstr(d, "//m:item[@n='3']//m:decision", "Taget til efterretning.");
	assert_xnum(d, "count(//m:signature)", 4);
	assert_xnum(d, "count(//m:fw[starts-with(., 'Side ')])", 2);
}

Test(lang_da, beslutningsprotokol_text)
{
	xmlDocPtr d = segment_file(SRC("fixtures/da-beslutningsprotokol.txt"),
	    NULL);

	assert_valid(d, "da-beslutningsprotokol.txt");
	facts_havbjerg(d);
	xmlFreeDoc(d);
}

Test(lang_da, beslutningsprotokol_pdf)
{
	xmlDocPtr d = chain(SRC("fixtures/extract/da-beslutningsprotokol.pdf"));

	facts_havbjerg(d);
	xmlFreeDoc(d);
}

/*
 * Danish and Norwegian minutes of a general meeting say nearly the
 * same: the words that differ ("af"/"av", "blev"/"ble", "godkendt"/
 * "godkjent", "Beslutning"/"Vedtak") choose the language's profile.
 */
Test(lang_da, danish_is_not_norwegian)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Generalforsamling 2025\n\nDirigent: Lars Mikkelsen\n\n"
	    "1. Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n"
	    "2. Valg af bestyrelse\n\nFormanden blev genvalgt.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "da-generalforsamling");
	assert_list(d, "//m:item/@n", "1|2");
	assert_xnum(d, "count(//m:decision)", 2);
	xmlFreeDoc(d);
	d = segment_paged_text("---\nformat: txt\n---\n"
	    "Generalforsamling 2025\n\nMøteleder: Lars Mikkelsen\n\n"
	    "1. Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n\n"
	    "2. Valg av styre\n\nLederen ble gjenvalgt.\n");
	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_xnum(d, "count(//m:decision)", 2);
	xmlFreeDoc(d);
}

/* A Danish municipal committee is not a Norwegian møteprotokoll. */
Test(lang_da, udvalg_is_not_utvalg)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Referat\n\nUdvalg: Børne- og Skoleudvalget\n"
	    "Dato: 3. juni 2025\nSted: Rådhuset\n\n"
	    "Til stede: Anne Sørensen (A), Jens Holm (V)\n"
	    "Fraværende: Lise Krogh (C)\n\n"
	    "1. Skolernes budget\n\nSag nr.: 25/2211\n\n"
	    "Beslutning: Godkendt.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "da-beslutningsprotokol");
	assert_xnum(d, "count(//m:participants[@group='members']/m:person)", 2);
	assert_xstr(d, "//m:participants[@group='absent']/m:person/m:name",
	    "Lise Krogh");
	xmlFreeDoc(d);
}

/* Points written "Ad punkt 1: Title", the association in the title. */
Test(lang_da, ad_punkt)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Referat af generalforsamling i Roklubben Fjorden\n\n"
	    "Dato: 2. maj 2025\n\nDirigent: Karen Møller\nReferent: Ole Bak\n\n"
	    "Ad punkt 1: Valg af dirigent\n\nKaren Møller blev valgt.\n\n"
	    "Ad punkt 2: Formandens beretning\n\nBeretningen blev godkendt.\n\n"
	    "Ad punkt 3: Eventuelt\n\nIntet.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "da-generalforsamling");
	assert_xstr(d, "//m:meeting/@organization", "Roklubben Fjorden");
	assert_xstr(d, "//m:meeting/@date", "2025-05-02");
	assert_list(d, "//m:item/@n", "1|2|3");
	assert_list(d, "//m:item/m:head/m:title",
	    "Valg af dirigent|Formandens beretning|Eventuelt");
	assert_list(d, "//m:decision",
	    "Karen Møller blev valgt.|Beretningen blev godkendt.");
	xmlFreeDoc(d);
}

/* A board's minutes with plain "1. Title" points and no agenda. */
Test(lang_da, bestyrelsesmode)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Referat af bestyrelsesmøde\n\n1. Godkendelse af referat\n\n"
	    "Referatet blev godkendt.\n\n2. Økonomi\n\n"
	    "Kassereren gennemgik økonomien. Der var ingen bemærkninger.\n\n"
	    "3. Eventuelt\n\nIntet.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "da-generalforsamling");
	assert_xstr(d, "//m:meeting/@body", "bestyrelsesmøde");
	assert_list(d, "//m:item/@n", "1|2|3");
	assert_list(d, "//m:decision", "Referatet blev godkendt.");
	xmlFreeDoc(d);
}

/* A board's minutes that list who came with their roles: the
 * association's profile, not the municipal one, though both know "Til
 * stede" and "Afbud". */
Test(lang_da, board_roles)
{
	const char *M = "//m:participants[@group='members']/m:person";
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Referat af bestyrelsesmøde i Boldklubben Vest\n\n"
	    "Dato: 6. januar 2025\nTil stede: Birgitte Lund (formand), "
	    "Mette Kjær (næstformand), Søren Dahl (kasserer)\n"
	    "Afbud: Jonas Friis\n\n1. Økonomi\n\nRegnskabet blev godkendt.\n");
	char expr[256];

	assert_valid(d, "board_roles");
	assert_xstr(d, "/m:minutes/m:source/@profile", "da-generalforsamling");
	assert_xstr(d, "//m:meeting/@organization", "Boldklubben Vest");
	snprintf(expr, sizeof(expr), "%s[@role='chair']/m:name", M);
	assert_xstr(d, expr, "Birgitte Lund");
	snprintf(expr, sizeof(expr), "%s[@role='vice-chair']/m:name", M);
	assert_xstr(d, expr, "Mette Kjær");
	snprintf(expr, sizeof(expr), "%s[@role='treasurer']/m:name", M);
	assert_xstr(d, expr, "Søren Dahl");
	assert_xstr(d, "//m:participants[@group='absent']/m:person/m:name",
	    "Jonas Friis");
	xmlFreeDoc(d);
}
