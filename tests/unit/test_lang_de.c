/*
 * German minutes (profile de-protokoll): the facts of the German real
 * minutes of ../shared/corpus, read off the documents themselves
 * (pdftotext -layout) by a person, and of the hand-made fixture
 * fixtures/de-gemeinderat.txt and its PDF rendition.  A document without
 * ../shared is skipped with a message, never failed.
 */
#include "corpus.h"

/*
 * A club's general meeting (Mitgliederversammlung), typeset in LaTeX:
 * "TOP 1" … "TOP 8" with the elections 5.1 to 5.3, the agenda on the
 * first page repeating them, signatures "Schriftführer: …" and
 * "Versammlungsleiter: …".
 */
Test(lang_de, hackzogtum_mitgliederversammlung_2019)
{
	const char	*f = CORPUS("de_hackzogtum_mitgliederversammlung_2019.pdf");
	xmlDocPtr	 doc;

	NEEDS(f);
	doc = chain(f);
	assert_xstr(doc, "/m:minutes/m:source/@profile", "de-protokoll");
	/* The agenda's rows stay the agenda: each item once, in order. */
	assert_items(doc, "1 2 3 4 5 5.1 5.2 5.3 6 7 8");
	assert_xstr(doc, "//m:item[@n='5.2']/m:head/m:title",
	    "Wahl des zweiten Vorsitzenden");
	assert_xstr(doc, "//m:item[@n='8']/m:head/m:title",
	    "Sonstiges und Unvorhergesehenes");
	assert_xstr(doc, "//m:meeting/@date", "2019-06-22");
	assert_xstr(doc, "//m:meeting/@start", "16:00");
	assert_xstr(doc, "//m:meeting/@end", "17:00");
	assert_xstr(doc, "//m:meeting/@kind", "Protokoll");
	assert_xstr(doc, "//m:meeting/@body", "Mitgliederversammlung");
	assert_xstr(doc, "//m:meeting/@organization", "Hackzogtum Coburg e.V.");
	assert_xstr(doc, "//m:meeting/@place", "Geleitstrasse 10, 96450 Coburg");
	/* Entlastung (TOP 4) and the elections of 5.1, 5.2, 5.3 and 6. */
	assert_xnum(doc, "count(//m:decision)", 5);
	assert_xnum(doc, "count(//m:item[@n='4']//m:decision)", 1);
	assert_xnum(doc, "count(//m:item[@n='5.3']//m:decision)", 1);
	assert_xnum(doc, "count(//m:item[@n='6']//m:decision)", 1);
	assert_xnum(doc, "count(//m:item[@n='1' or @n='2' or @n='3' or "
	    "@n='5' or @n='7' or @n='8']//m:decision)", 0);
	assert_xstr(doc, "//m:signature[m:name='Benedikt C.']/@role",
	    "secretary");
	assert_xstr(doc, "//m:signature[m:name='Florian O.']/@role", "chair");
	/* "Seite 1 von 4" … in the footer, none left in the items. */
	assert_xnum(doc, "count(//m:fw[contains(., 'Seite 4 von 4')])", 1);
	assert_xnum(doc, "count(//m:items//text()[contains(., 'von 4')])", 0);
	xmlFreeDoc(doc);
}

/*
 * A cantonal parliament (Grosser Rat, Thurgau): "Protokoll Nr. 61 vom
 * 16. August 2023", Vorsitz/Protokoll/Ort/Zeit rows, an agenda of ten
 * points on the first page of which eight were dealt with, items as a
 * bold "1." with the register number after the title, "61/2" … "61/48"
 * as page marks, decisions "wird mit 108:0 Stimmen genehmigt".
 */
Test(lang_de, tg_grosserrat_protokoll61_2023)
{
	const char	*f = CORPUS("de_tg_grosserrat_protokoll61_2023-08-16.pdf");
	static const char *const absent[] = { "Bétrisey Karin",
	    "Indergand Aline", "Kuhn Petra", "Merz Petra", "Pasche Corinna",
	    "Schäfer Jorim", "Stutz Raphael", "Vetterli Daniel",
	    "Wenger Andreas", "Zellweger Melanie" };
	char		 expr[256];
	xmlDocPtr	 doc;
	size_t		 i;

	NEEDS(f);
	doc = chain(f);
	assert_xstr(doc, "/m:minutes/m:source/@profile", "de-protokoll");
	/* "Erledigte Traktanden: 1 bis 8": the agenda's 9 and 10 are not. */
	assert_items(doc, "1 2 3 4 5 6 7 8");
	assert_xstr(doc, "//m:item[@n='1']/m:head/m:title",
	    "Amtsgelübde von Kantonsrätin Celina Hug");
	assert_xstr(doc, "//m:item[@n='2']/m:head/m:title",
	    "Rechenschaftsbericht 2022 des Obergerichts");
	assert_xstr(doc, "//m:item[@n='2']//m:case", "20/BS 55/507");
	/* Titles over two and three lines of their cell, whole. */
	assert_xnum(doc, "count(//m:item[@n='6']/m:head/m:title[contains(., "
	    "'Freiwilligenarbeit sichtbarer machen und fördern')])", 1);
	assert_xstr(doc, "//m:item[@n='6']//m:case", "20/AN 6/345");
	assert_xnum(doc, "count(//m:item[@n='8']/m:head/m:title[contains(., "
	    "'Kulturförderung im Gleichschritt')])", 1);
	assert_xstr(doc, "//m:item[@n='8']//m:case", "20/MO 38/396");
	assert_xstr(doc, "//m:item[@n='4']//m:case", "20/BS 48/457");
	assert_xstr(doc, "//m:meeting/@date", "2023-08-16");
	assert_xstr(doc, "//m:meeting/@body", "Grosser Rat");
	assert_xstr(doc, "//m:meeting/@start", "09:30");
	assert_xstr(doc, "//m:meeting/@end", "12:40");
	assert_xstr(doc, "//m:meeting/@place", "Rathaus Frauenfeld");
	assert_xstr(doc, "//m:person[m:name='Andreas Zuber']/@role", "chair");
	assert_xnum(doc, "count(//m:participants[@group='others']/m:person)",
	    2);
	assert_xnum(doc, "count(//m:participants[@group='absent']/m:person)",
	    10);
	for (i = 0; i < sizeof(absent) / sizeof(absent[0]); i++) {
		snprintf(expr, sizeof(expr), "//m:person[m:name='%s']"
		    "/@attendance", absent[i]);
		assert_xstr(doc, expr, "absent");
	}
	/* "Vorzeitig weggegangen": there, and no absentee. */
	assert_xstr(doc, "//m:person[m:name='Wiesli Jürg']/@attendance",
	    "present");
	assert_xstr(doc, "//m:person[m:name='Vogel Simon']/@attendance",
	    "present");
	/* One decision in each item but the oath of office. */
	assert_xnum(doc, "count(//m:decision)", 7);
	assert_xnum(doc, "count(//m:item[@n='1']//m:decision)", 0);
	for (i = 2; i <= 8; i++) {
		snprintf(expr, sizeof(expr), "count(//m:item[@n='%zu']"
		    "//m:decision)", i);
		assert_xnum(doc, expr, 1);
	}
	assert_xnum(doc, "count(//m:item[@n='6']//m:decision[contains(., "
	    "'mit 59:55 Stimmen bei 3 Enthaltungen erheblich erklärt')])", 1);
	/* The page marks of pages 2 to 48, none left in the text. */
	assert_xnum(doc, "count(//m:fw[starts-with(., '61/')])", 47);
	assert_xnum(doc, "count(//m:front//text()[contains(., '61/')] | "
	    "//m:items//text()[contains(., '61/')])", 0);
	/* An agenda row's "Seite 5" is where the item starts: kept. */
	assert_xnum(doc, "count(//m:fw[starts-with(., 'Seite')])", 0);
	xmlFreeDoc(doc);
}

/*
 * A citizens' round table (Bürgerrunde), from Google Docs: no numbers,
 * the agenda's points "Vortrag" and "Andere organisatorische Themen" as
 * headings of the body, "Moderation: A & B" run into one line with the
 * other fields.
 */
Test(lang_de, heuweiler_buergerrunde_2015)
{
	const char	*f = CORPUS("de_heuweiler_buergerrunde_2015-09-24.pdf");
	xmlDocPtr	 doc;

	NEEDS(f);
	doc = chain(f);
	assert_xstr(doc, "/m:minutes/m:source/@profile", "de-protokoll");
	assert_xnum(doc, "count(//m:item)", 2);
	assert_xstr(doc, "//m:item[1]/m:head/m:title", "Vortrag");
	assert_xstr(doc, "//m:item[2]/m:head/m:title",
	    "Andere organisatorische Themen");
	assert_xstr(doc, "//m:meeting/@date", "2015-09-24");
	assert_xstr(doc, "//m:meeting/@start", "20:00");
	assert_xstr(doc, "//m:meeting/@end", "22:00");
	assert_xstr(doc, "//m:meeting/@kind", "Protokoll");
	assert_xnum(doc, "count(//m:person[m:name='Christian Ott'])", 1);
	assert_xnum(doc, "count(//m:person[m:name='Thomas Frank'])", 1);
	/* "Entschieden wurde, dass jede AG …" about the web site. */
	assert_xnum(doc, "count(//m:decision)", 1);
	assert_xnum(doc, "count(//m:item[2]//m:decision[contains(., "
	    "'Entschieden wurde, dass jede AG')])", 1);
	xmlFreeDoc(doc);
}

/* The facts of fixtures/de-gemeinderat.txt, in its text and its PDF. */
static void
facts_gemeinderat(xmlDocPtr d)
{
	assert_xstr(d, "/m:minutes/m:source/@profile", "de-protokoll");
	assert_xstr(d, "//m:meeting/@organization", "Gemeinde Lindenbach");
	assert_xstr(d, "//m:meeting/@kind", "Niederschrift");
	assert_xstr(d, "//m:meeting/@body", "Gemeinderates");
	assert_xstr(d, "//m:meeting/@date", "2024-03-14");
	assert_xstr(d, "//m:meeting/@start", "19:00");
	assert_xstr(d, "//m:meeting/@end", "21:15");
	assert_xstr(d, "//m:meeting/@place", "Sitzungssaal, Rathaus Lindenbach");

	assert_items(d, "1 2 3 4");
	assert_xstr(d, "//m:item[@n='2']/m:head/m:title",
	    "Sanierung des Feuerwehrhauses");
	assert_xstr(d, "//m:item[@n='3']/m:head/m:title",
	    "Bebauungsplan „Am Mühlbach“");

	assert_xnum(d, "count(//m:participants[@group='members']/m:person)",
	    5);
	assert_xstr(d, "//m:person[m:name='Sabine Mertens']/@role", "chair");
	assert_xstr(d, "//m:person[m:name='Lea Brandner']/@party", "GRÜNE");
	assert_xstr(d, "//m:person[m:name='Jonas Albrecht']/@party", "CDU");
	assert_xstr(d, "//m:participants[@group='absent']/m:person/m:name",
	    "Martin Ohlsen");
	assert_xstr(d, "//m:person[m:name='Martin Ohlsen']/@attendance",
	    "absent");
	assert_xstr(d, "//m:person[m:name='Ute Reinhardt']/m:title", "Kämmerin");

	assert_xnum(d, "count(//m:item[@n='2']/m:section[@type='summary'])", 1);
	assert_xnum(d, "count(//m:item[@n='2']/m:section[@type='motions'])", 1);
	assert_xnum(d, "count(//m:item[@n='2']/m:section[@type='vote'])", 1);
	assert_xstr(d, "//m:item[@n='2']/m:section[@type='vote']/m:p",
	    "Ja 4, Nein 0, Enthaltungen 1");
	assert_xnum(d, "count(//m:decision)", 2);
	assert_xnum(d, "count(//m:item[@n='2']//m:decision[starts-with(., "
	    "'Der Gemeinderat beschließt')])", 1);
	assert_xstr(d, "//m:item[@n='3']//m:decision",
	    "Der Antrag wird mit 3:2 Stimmen abgelehnt.");

	assert_xnum(d, "count(//m:signature)", 2);
	assert_xstr(d, "//m:signature[m:name='Sabine Mertens']/@role", "chair");
	assert_xstr(d, "//m:signature[m:name='Tobias Ehlert']/@role",
	    "secretary");
	assert_xnum(d, "count(//m:fw[. = 'Seite 1 von 2' or "
	    ". = 'Seite 2 von 2'])", 2);
	assert_xnum(d, "count(//m:items//text()[contains(., 'Seite')])", 0);
}

Test(lang_de, gemeinderat_fixture_text)
{
	xmlDocPtr doc = segment_file(SRC("fixtures/de-gemeinderat.txt"), NULL);

	assert_valid(doc, "de-gemeinderat.txt");
	facts_gemeinderat(doc);
	xmlFreeDoc(doc);
}

Test(lang_de, gemeinderat_fixture_pdf)
{
	xmlDocPtr doc = chain(SRC("fixtures/extract/de-gemeinderat.pdf"));

	facts_gemeinderat(doc);
	xmlFreeDoc(doc);
}

/*
 * The spellings and forms of the vocabulary: Swiss "Traktandum 1:",
 * ss for ß and ae, oe, ue for umlauts ("Protokollfuehrerin",
 * "beschliesst"), a weekday before the date, roles in parentheses,
 * "- 2 -" and "Seite 2/2" as furniture.
 */
Test(lang_de, traktanden_and_spellings_without_umlauts)
{
	xmlDocPtr doc = segment_paged_text(
	    "**Verein der Gartenfreunde Musterhausen e.V.**\n\n"
	    "**Protokoll der Vorstandssitzung vom Mittwoch, 16. August "
	    "2023**\n\n"
	    "Sitzungsort: Vereinsheim\nZeit: 19.30 Uhr bis 21.00 Uhr\n\n"
	    "Anwesende: Karin Weiss (Vorsitzende), Jochen Maier (Kassenwart), "
	    "Eva Huber\nEntschuldigt: Paul Gross\n"
	    "Protokollfuehrerin: Eva Huber\n\n"
	    "Traktandum 1: Begruessung\n\n"
	    "Die Vorsitzende eroeffnet die Sitzung.\n\n"
	    "Traktandum 2: Jahresbeitrag\n\n"
	    "Antrag: Der Jahresbeitrag wird auf 40 Euro erhoeht.\n\n"
	    "Beschluss: Der Vorstand beschliesst die Erhoehung einstimmig.\n\n"
	    "- 2 -\n\n"
	    "Traktandum 3: Verschiedenes\n\nKeine Wortmeldungen.\n\n"
	    "Seite 2/2\n");

	assert_valid(doc, "Traktanden");
	assert_xstr(doc, "/m:minutes/m:source/@profile", "de-protokoll");
	assert_xstr(doc, "//m:meeting/@organization",
	    "Verein der Gartenfreunde Musterhausen e.V.");
	assert_xstr(doc, "//m:meeting/@body", "Vorstandssitzung");
	assert_xstr(doc, "//m:meeting/@date", "2023-08-16");
	assert_xstr(doc, "//m:meeting/@start", "19:30");
	assert_xstr(doc, "//m:meeting/@end", "21:00");
	assert_xstr(doc, "//m:meeting/@place", "Vereinsheim");
	assert_items(doc, "1 2 3");
	assert_xstr(doc, "//m:item[@n='1']/m:head/m:title", "Begruessung");
	assert_xstr(doc, "//m:person[m:name='Karin Weiss']/@role", "chair");
	assert_xstr(doc, "//m:person[m:name='Jochen Maier']/@role",
	    "treasurer");
	assert_xstr(doc, "//m:person[m:name='Paul Gross']/@attendance",
	    "absent");
	assert_xstr(doc, "//m:participants[m:label='Protokollfuehrerin']"
	    "/m:person/m:name", "Eva Huber");
	assert_xnum(doc, "count(//m:item[@n='2']/m:section[@type='proposal'])",
	    1);
	assert_xstr(doc, "//m:item[@n='2']//m:decision",
	    "Der Vorstand beschliesst die Erhoehung einstimmig.");
	assert_xnum(doc, "count(//m:fw)", 2);
	assert_xnum(doc, "count(//m:items//text()[contains(., '2/2') or "
	    "contains(., '- 2 -')])", 0);
	xmlFreeDoc(doc);
}

/*
 * An item's title that goes on in its cell, the lines under it starting
 * with a tab (a parliament's motion and its authors over three lines),
 * is the item's title, with the register number after it; not a table
 * in the item.  A numbered line in an item, out of sequence, keeps its
 * lines apart.
 */
Test(lang_de, an_items_title_over_lines_of_its_cell)
{
	xmlDocPtr doc = segment_paged_text(
	    "**Grosser Rat**\n\n"
	    "**Protokoll Nr. 7 vom 3. Mai 2023**\n\n"
	    "**1.**\t**Motion von Anna Muster, Beat Beispiel vom**\n"
	    "\t**12. März 2023 \"Bessere Velowege\"** (20/MO 5/12)\n\n"
	    "**Beantwortung**\n\n"
	    "Die Beantwortung liegt schriftlich vor.\n\n"
	    "**2.**\t**Interpellation von Carla Test** (20/IN 6/13)\n\n"
	    "Diskussion - nicht benützt.\n\n"
	    "**1.**\t**Ein Absatz**\n\tmit einer zweiten Zeile\n\n");

	assert_valid(doc, "title over lines");
	assert_items(doc, "1 2");
	assert_xstr(doc, "//m:item[@n='1']/m:head/m:case", "20/MO 5/12");
	assert_xnum(doc, "count(//m:item[@n='1']/m:head/m:title[contains(., "
	    "'Motion von Anna Muster') and contains(., 'Bessere Velowege')])",
	    1);
	assert_xnum(doc, "count(//m:item[@n='1']/m:table)", 0);
	assert_xstr(doc, "//m:item[@n='2']/m:head/m:case", "20/IN 6/13");
	/* "1." in item 2 is no item: its second line stays its own. */
	assert_xnum(doc, "count(//m:item[@n='2']//text()[contains(., "
	    "'mit einer zweiten Zeile')])", 1);
	xmlFreeDoc(doc);
}

/*
 * A committee's Niederschrift: the council's committee as the body, the
 * members a line each under "Anwesend:", their title before the name
 * ("Stadträtin"), a decision in numbered points and a tally "Dafür: 5,
 * Dagegen: 1".
 */
Test(lang_de, a_committee_with_its_members_under_the_label)
{
	xmlDocPtr doc = segment_paged_text(
	    "**Stadt Musterstadt**\n\n"
	    "**Niederschrift über die Sitzung des Bauausschusses vom "
	    "5. Dezember 2023**\n\n"
	    "Beginn: 18:00 Uhr\nEnde: 19:30 Uhr\n\n"
	    "Anwesend:\nStadtrat Klaus Berger (SPD)\n"
	    "Stadträtin Maria Lang (CDU)\n\n"
	    "Abwesend: Otto Kern (FDP)\n\n"
	    "**TOP 1 Neubau Kindergarten**\n\n"
	    "Beschluss:\n\n"
	    "1. Der Bauausschuss stimmt dem Entwurf zu.\n"
	    "2. Die Verwaltung wird beauftragt, die Ausschreibung "
	    "vorzubereiten.\n\n"
	    "Abstimmungsergebnis: Dafür: 5, Dagegen: 1, Enthaltungen: 0\n\n"
	    "**TOP 2 Verschiedenes**\n\nKeine Wortmeldungen.\n");

	assert_valid(doc, "Bauausschuss");
	assert_xstr(doc, "//m:meeting/@organization", "Stadt Musterstadt");
	assert_xstr(doc, "//m:meeting/@body", "Bauausschusses");
	assert_xstr(doc, "//m:meeting/@date", "2023-12-05");
	assert_xnum(doc, "count(//m:participants[@group='members']/m:person)",
	    2);
	assert_xstr(doc, "//m:person[m:name='Maria Lang']/@party", "CDU");
	assert_xstr(doc, "//m:person[m:name='Maria Lang']/@role", "member");
	assert_xstr(doc, "//m:person[m:name='Otto Kern']/@attendance",
	    "absent");
	assert_items(doc, "1 2");
	assert_xnum(doc, "count(//m:item[@n='1']//m:decision//m:li)", 2);
	assert_xstr(doc, "//m:item[@n='1']/m:section[@type='vote']/m:p",
	    "Dafür: 5, Dagegen: 1, Enthaltungen: 0");
	xmlFreeDoc(doc);
}
