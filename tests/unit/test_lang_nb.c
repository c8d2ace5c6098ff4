/*
 * Norwegian minutes of an association's general meeting
 * (generalforsamling): the fixture of our own writing, as text and as
 * the PDF LibreOffice makes of it, and, where ../shared exists, the
 * three real ones of ../shared/corpus/minutes.  Each fact was read off
 * the document by a person (items, date, body, people, decisions), not
 * copied from the program's output.  A document without ../shared is
 * skipped with a message, never failed.
 */
#include "corpus.h"

/* The fixture's facts, the same from its text and from its PDF. */
static void
facts_bekkeli(xmlDocPtr d)
{
	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_xstr(d, "//m:meeting/@organization", "Bekkeli Vel");
	assert_xstr(d, "//m:meeting/@body", "ordinær generalforsamling");
	assert_xstr(d, "//m:meeting/@kind", "Protokoll");
	assert_xstr(d, "//m:meeting/@date", "2025-03-18");
	assert_xstr(d, "//m:meeting/@start", "19:00");
	assert_xstr(d, "//m:meeting/@end", "20:45");
	assert_xstr(d, "//m:meeting/@place", "Grendehuset på Bekkeli");
	/* Møteleder and Referent: the chair and the secretary. */
	assert_xnum(d, "count(//m:participants[@group='others']/m:person)", 2);
	assert_xstr(d, "//m:participants[@group='others']/m:person"
	    "[@role='chair']/m:name", "Ingrid Solheim");
	assert_xstr(d, "//m:participants[@group='others']/m:person"
	    "[@role='secretary']/m:name", "Per Arne Haugland");
	/* "Til å signere protokollen: Kari Lunde og Tor Eriksen". */
	assert_list(d, "//m:participants[@group='adjusters']/m:person/m:name",
	    "Kari Lunde|Tor Eriksen");
	/* "Stemmeberettigede" is a count, no list of people. */
	assert_xnum(d, "count(//m:participants[@group='members'])", 0);
	assert_list(d, "//m:item/@n", "1|2|3|4|5");
	assert_list(d, "//m:item/m:head/m:title",
	    "Godkjenning av innkalling og saksliste|Årsberetning for 2024|"
	    "Regnskap for 2024|Innkomne forslag|Valg");
	/* A decision in each point: four after "Vedtak:", one said alone. */
	assert_xnum(d, "count(//m:decision)", 5);
	assert_xstr(d, "//m:item[@n='5']//m:decision", "Enstemmig vedtatt.");
	assert_xstr(d, "//m:item[@n='3']//m:decision",
	    "Regnskapet ble godkjent med 21 stemmer for, 2 mot.");
	assert_xstr(d, "//m:item[@n='4']/m:section[@type='proposal']/m:heading",
	    "Forslag fra styret:");
	assert_xstr(d, "//m:item[@n='4']/m:section[@type='vote']/m:p",
	    "15 stemmer for, 8 mot.");
	/* The two who sign, under the last point; "Side 1 av 2" is none. */
	assert_list(d, "//m:back/m:signatures/m:signature/m:name",
	    "Kari Lunde|Tor Eriksen");
	assert_xnum(d, "count(//m:fw[starts-with(., 'Side ')])", 2);
	assert_xnum(d, "count(//m:item//*[contains(., 'Side 1 av 2')])", 0);
}

Test(lang_nb, fixture_text)
{
	xmlDocPtr d = segment_file(SRC("fixtures/nb-generalforsamling.txt"),
	    NULL);

	assert_valid(d, "nb-generalforsamling.txt");
	facts_bekkeli(d);
	xmlFreeDoc(d);
}

Test(lang_nb, fixture_pdf)
{
	xmlDocPtr d = chain(SRC("fixtures/extract/nb-generalforsamling.pdf"));

	facts_bekkeli(d);
	xmlFreeDoc(d);
}

/* The municipal profile keeps its møteprotokoll. */
Test(lang_nb, municipal_stays_municipal)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Eksempel kommune\n\nMøteprotokoll\n\nUtvalg: Formannskapet\n"
	    "Møtested: Rådhuset\nDato: 05.06.2024\n\n"
	    "Møtende medlemmer:\nKari Nordmann, Leder, Ap\n\n"
	    "Forfall:\nOla Hansen, Medlem, H\n\n"
	    "PS 12/24 Budsjett 2025\n\nVedtak:\nBudsjettet vedtas.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-moteprotokoll");
	xmlFreeDoc(d);
}

/*
 * Linjeforeningen Online's general meeting of 1 April 2014 (LaTeX):
 * sixteen points "1 Velkommen v/ leder" … "16 Medaljeutdeling", their
 * sub-points ("6.1", "12.2.4", "13.1.4.1") inside them.
 */
Test(lang_nb, online_genfors_2014)
{
	const char	*f = CORPUS("nb_online_genfors_2014_latex.pdf");
	xmlDocPtr	 d;

	NEEDS(f);
	d = chain(f);
	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_list(d, "//m:item/@n",
	    "1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16");
	assert_xstr(d, "//m:item[@n='16']/m:head/m:title", "Medaljeutdeling");
	assert_xstr(d, "//m:meeting/@date", "2014-04-01");
	assert_xstr(d, "//m:meeting/@body", "Generalforsamling");
	assert_xstr(d, "//m:meeting/@kind", "Referat");
	/* The title page spells it "Lineforeningen". */
	assert_xstr(d, "//m:meeting/@organization", "Lineforeningen Online");
	/* "Generalforsamlingen heves klokken 01:02." */
	assert_xstr(d, "//m:meeting/@end", "01:02");
	/* The two paraferer sign on the title page. */
	assert_list(d, "//m:signature/m:name",
	    "Marius Thingwall|Håvard Slettvold");
	/* "Det er 71 stemmeberettige tilstede": a count, no people. */
	assert_xnum(d, "count(//m:participants)", 0);
	/* Its people are the officers points 2-5 elect, where they are
	 * named: "Hovedstyret foreslår René Räisänen." under "Valg av
	 * ordstyrer", the three of "Valg av referenter" (one "som vara"),
	 * the two tellers and the two paraferer. */
	assert_list(d, "//m:item//m:person[@role='chair']/m:name",
	    "René Räisänen");
	assert_list(d, "//m:item//m:person[@role='secretary']/m:name",
	    "Maren Gulnes|Aleksander Gisvold|Thor Håkon Bredesen");
	assert_list(d, "//m:item//m:person[@role='teller']/m:name",
	    "Aleksander Skraastad|Henning Wold");
	assert_list(d, "//m:item//m:person[@role='adjuster']/m:name",
	    "Marius Thingwall|Håvard Slettvold");
	assert_xnum(d, "count(//m:item//m:person[@attendance='present'])", 8);
	/* No one else: "Linn Vikre og Nils Herde stiller" (15.1, the
	 * association's leader, not the meeting's) is text. */
	assert_xnum(d, "count(//m:person)", 8);
	assert_xstr(d, "//m:item[@n='2']/m:p", "Hovedstyret foreslår "
	    "René Räisänen.");
	/* Page numbers 1-15 are furniture, none left in an item. */
	assert_xnum(d, "count(//m:fw)", 15);
	assert_xnum(d, "count(//m:item//m:p[normalize-space(.) = '12'])", 0);
	/* Decisions said in a sentence: "Valgt ved akklamasjon." (2), the
	 * nine elections of point 15 ("Linn Vikre vinner ved flertall."),
	 * none in point 7 ("Skal godkjennes ved neste generalforsamling")
	 * or 10 (the rules of debate). */
	assert_xstr(d, "//m:item[@n='2']//m:decision", "Valgt ved akklamasjon.");
	assert_xnum(d, "count(//m:item[@n='15']//m:decision)", 9);
	assert_xstr(d, "(//m:item[@n='15']//m:decision)[1]",
	    "Linn Vikre vinner ved flertall.");
	assert_xnum(d, "count(//m:item[@n='7']//m:decision)", 0);
	assert_xnum(d, "count(//m:item[@n='10']//m:decision)", 0);
	/* Point 13 has thirteen; the text layer runs one (13.1.1's) into
	 * the paragraph before it, so at least twelve are found. */
	cr_assert_geq(xnum(d, "count(//m:item[@n='13']//m:decision)"), 12);
	cr_assert_leq(xnum(d, "count(//m:item[@n='13']//m:decision)"), 13);
	/* The sub-points are sections of their point. */
	assert_xnum(d, "count(//m:item[@n='15']/m:section[@type='other'])", 9);
	xmlFreeDoc(d);
}

/*
 * The preparatory meeting of 2024 (Google Docs): no numbered agenda,
 * but the proposals' own series and the points every such meeting has.
 */
Test(lang_nb, online_genvors_2024)
{
	const char	*f = CORPUS("nb_online_genvors_2024V_gdocs.pdf");
	xmlDocPtr	 d;

	NEEDS(f);
	d = chain(f);
	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_xstr(d, "//m:meeting/@body", "GenVORS 2024");
	assert_xstr(d, "//m:meeting/@kind", "Referat");
	/* Budsjett 2024, two Saksforslag, eight Vedtektsforslag,
	 * Eventuelt with three Eventueltsaker, Evaluering. */
	assert_xnum(d, "count(//m:item)", 16);
	assert_xstr(d, "//m:item[1]/m:head/m:title", "Budsjett 2024");
	assert_xnum(d, "count(//m:item/m:head/m:title"
	    "[starts-with(., 'Saksforslag ')])", 2);
	assert_xnum(d, "count(//m:item/m:head/m:title"
	    "[starts-with(., 'Vedtektsforslag ')])", 8);
	assert_xnum(d, "count(//m:item/m:head/m:title"
	    "[starts-with(., 'Eventueltsak ')])", 3);
	assert_xstr(d, "//m:item[last()]/m:head/m:title", "Evaluering");
	/* Questions and debate only: nothing was decided. */
	assert_xnum(d, "count(//m:decision)", 0);
	xmlFreeDoc(d);
}

/*
 * The signed scan of 2012 with its old text layer: the layout is
 * known, what OCR garbled ("70 Dagsorden", "LI Arsberetninger",
 * "16. April 20Lz") is not mended by rules of this file's own.
 */
Test(lang_nb, online_genfors_2012_scan)
{
	const char	*f = CORPUS("nb_online_genfors_2012_signed_scan_ocr.pdf");
	xmlDocPtr	 d;

	NEEDS(f);
	d = chain(f);
	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_xstr(d, "//m:meeting/@body", "Generalforsamling");
	assert_xstr(d, "//m:meeting/@organization", "Linjeforeningen Online");
	/* "Side 3 av 17" on every page is furniture.  The scan's old
	 * invisible layer misread it on pages 7, 8 and 9 ("Stoe / av
	 * -t,/", "Side B av 17"); that layer is poor and the pages are read
	 * again by OCR (issue 14), which reads all seventeen. */
	assert_xnum(d, "count(//m:fw[contains(., ' av 17')])", 17);
	assert_xnum(d, "count(//m:items//*[contains(., 'Side 17 av 17')])",
	    0);
	/* "Vedtektsendringen godkjent", "Vilde valgt til leder av bedKom". */
	cr_assert_geq(xnum(d, "count(//m:decision)"), 10);
	/* The table of contents on page 2 ("9 Godkjenning av saksliste
	 * …… 3") is not the items; "1 Velkommen v/ leder" … "15
	 * Medaljeutdeling" are, and "17. Mai-frokost" in the festival
	 * committee's report is a date.  "Generalforsamlingen 16. April
	 * 2012". */
	assert_items(d, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15");
	assert_xstr(d, "//m:meeting/@date", "2012-04-16");
	/* Points 2-5 elect the officers, each "… valgt ved akklamasjon",
	 * a decision naming them (OCR reads "Räisänen" as "Råisånen"). */
	assert_list(d, "//m:item[@n='2']//m:decision//m:person"
	    "[@role='chair']/m:name", "René Råisånen");
	assert_list(d, "//m:item[@n='3']//m:decision//m:person"
	    "[@role='secretary']/m:name",
	    "Dag Olav Prestegarden|Roy Sindre Norangshol");
	assert_list(d, "//m:item[@n='4']//m:decision//m:person"
	    "[@role='teller']/m:name", "Even Østvold|Sigurd Lund");
	assert_list(d, "//m:item[@n='5']//m:decision//m:person"
	    "[@role='adjuster']/m:name", "Elling Overaa Strand|Anja S. Rønning");
	xmlFreeDoc(d);
}

/* A board's minutes: "Referat fra styremøte i …", "Sak 1: Title". */
Test(lang_nb, styremote)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Referat fra styremøte i Fjellstua Idrettslag\n\n"
	    "Dato: 4. februar 2025\n\n"
	    "Sak 1: Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n\n"
	    "Sak 2: Økonomi\n\nKassereren orienterte om regnskapet. Det kom "
	    "ingen merknader.\n\nSak 3: Eventuelt\n\nIngen saker.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_xstr(d, "//m:meeting/@organization", "Fjellstua Idrettslag");
	assert_xstr(d, "//m:meeting/@body", "styremøte");
	assert_xstr(d, "//m:meeting/@date", "2025-02-04");
	assert_list(d, "//m:item/@n", "1|2|3");
	assert_list(d, "//m:item/m:head/m:title",
	    "Godkjenning av innkalling|Økonomi|Eventuelt");
	assert_list(d, "//m:decision", "Innkallingen ble godkjent.");
	xmlFreeDoc(d);
}

/* A municipal møteprotokoll whose body stands as a heading of its own,
 * no "Utvalg:" before it, as some case systems print it: the meeting's
 * body.  Before, the meeting had none. */
Test(lang_nb, body_as_a_heading_without_its_label)
{
	static const char *const bodies[] = { "Hovedutvalg for oppvekst og "
	    "kultur", "Formannskapet", "Kontrollutvalget",
	    "Utval for plan og miljø" };

	for (size_t i = 0; i < 4; i++) {
		char	 text[1024];

		snprintf(text, sizeof(text), "---\nformat: pdf\npages: 1\n---\n"
		    "**Bærum kommune**\n\n**Møteprotokoll**\n\n**%s**\n\n"
		    "**Møtested:**\tStorsalen, Rådhuset\n**Dato:**\t11.10.2023\n"
		    "**Tidspunkt:**\t13.00 - 15.15\n\n"
		    "**Møtende medlemmer:**\n\nNavn\tFunksjon\tRepresenterer\n"
		    "Åse Moen\tLeder\tAp\nHilde Eide\tNestleder\tFrP\n\n"
		    "**Sak 80/23 Godkjenning av innkalling**\n\n**Vedtak:**\n\n"
		    "Innkallingen godkjennes.\n", bodies[i]);
		xmlDocPtr d = segment_paged_text(text);

		assert_xstr(d, "/m:minutes/m:source/@profile",
		    "nb-moteprotokoll");
		assert_xstr(d, "//m:meeting/@body", bodies[i]);
		assert_xstr(d, "//m:meeting/@date", "2023-10-11");
		xmlFreeDoc(d);
	}
}

/* A general meeting's decision at the end of the paragraph that tells
 * the debate ("Det diskuteres … Forslaget vedtas ved akklamasjon."):
 * the decision is that sentence, the debate the item's text.  Before,
 * the whole paragraph was text and the item had no decision.  A
 * sentence that only names a decision to come is none. */
Test(lang_nb, decision_after_the_debate_in_one_paragraph)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Protokoll fra generalforsamling i Nordvik Musikklag\n\n"
	    "Dato: 12.03.2025\nSted: Skolen\n\n"
	    "Sak 1 Vedtektsendring\n\n"
	    "Det diskuteres hva som regnes som redaksjonelle feil. "
	    "Forslaget vedtas ved akklamasjon.\n\n"
	    "Sak 2 Budsjett\n\n"
	    "Styret legger fram budsjettet. Det skal vedtas neste år.\n");

	assert_list(d, "//m:item[@n='1']//m:decision",
	    "Forslaget vedtas ved akklamasjon.");
	assert_xstr(d, "//m:item[@n='1']/m:p",
	    "Det diskuteres hva som regnes som redaksjonelle feil.");
	assert_xnum(d, "count(//m:item[@n='2']//m:decision)", 0);
	xmlFreeDoc(d);
}

/* An årsmøte with its Dagsorden listed first: the list stays the
 * agenda, the points are the "Sak N" that repeat it. */
Test(lang_nb, arsmote_with_dagsorden)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Protokoll fra årsmøte i Nordvik Musikklag\n\n"
	    "Dato: 12.03.2025\nSted: Skolen\n\n"
	    "Møteleder: Berit Aas\nReferent: Knut Lie\n\n"
	    "Dagsorden:\n1. Godkjenning av innkalling og dagsorden\n"
	    "2. Årsmelding\n3. Regnskap\n\n"
	    "Sak 1 Godkjenning av innkalling og dagsorden\n\n"
	    "Enstemmig vedtatt.\n\nSak 2 Årsmelding\n\n"
	    "Årsmeldingen ble godkjent.\n\nSak 3 Regnskap\n\n"
	    "Votering: 12 stemmer for, 3 mot.\n\n"
	    "Vedtak: Regnskapet er godkjent.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_xstr(d, "//m:meeting/@organization", "Nordvik Musikklag");
	assert_xstr(d, "//m:meeting/@body", "årsmøte");
	assert_xstr(d, "//m:meeting/@date", "2025-03-12");
	assert_xnum(d, "count(//m:front/m:list/m:li)", 3);
	assert_list(d, "//m:item/@n", "1|2|3");
	assert_list(d, "//m:decision", "Enstemmig vedtatt.|"
	    "Årsmeldingen ble godkjent.|Regnskapet er godkjent.");
	assert_xstr(d, "//m:item[@n='3']/m:section[@type='vote']/m:p",
	    "12 stemmer for, 3 mot.");
	assert_xstr(d, "//m:person[@role='chair']/m:name", "Berit Aas");
	assert_xstr(d, "//m:person[@role='secretary']/m:name", "Knut Lie");
	xmlFreeDoc(d);
}

/*
 * Officers elected in the points: a point for each, or one for two
 * ("Valg av møteleder og referent") whose sentence says who is which;
 * the chair named in a point that elects no one is no officer.
 */
Test(lang_nb, officers_where_they_are_elected)
{
	xmlDocPtr d = segment_paged_text("---\nformat: txt\n---\n"
	    "Protokoll fra årsmøte i Solsiden Borettslag\n\n"
	    "Dato: 20.03.2025\n\n"
	    "Sak 1 Valg av møteleder og referent\n\n"
	    "Styret foreslo Berit Aas som møteleder og Ole Lien som "
	    "referent. Begge ble valgt.\n\n"
	    "Sak 2 Valg av to til å signere protokollen\n\n"
	    "Kari Moe og Anders Dahl ble valgt.\n\n"
	    "Sak 3 Årsmelding\n\n"
	    "Møteleder gav ordet til Per Holm, som la fram årsmeldingen.\n\n"
	    "Årsmeldingen ble godkjent.\n");

	assert_xstr(d, "/m:minutes/m:source/@profile", "nb-generalforsamling");
	assert_list(d, "//m:item[@n='1']//m:person/@role", "chair|secretary");
	assert_list(d, "//m:item[@n='1']//m:person/m:name",
	    "Berit Aas|Ole Lien");
	assert_list(d, "//m:item[@n='2']//m:person[@role='adjuster']/m:name",
	    "Kari Moe|Anders Dahl");
	assert_xnum(d, "count(//m:item[@n='3']//m:person)", 0);
	/* The text is all there, the names inside it; the sentence that
	 * says they were elected is the point's decision. */
	assert_xstr(d, "//m:item[@n='1']/m:p", "Styret foreslo Berit Aas som "
	    "møteleder og Ole Lien som referent.");
	assert_xstr(d, "//m:item[@n='1']//m:decision", "Begge ble valgt.");
	xmlFreeDoc(d);
}
