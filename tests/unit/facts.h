/*
 * The acceptance facts of both seed documents, read off the seed text,
 * shared by the segmentation tests (the seeds and their text fixtures)
 * and the extraction tests (their PDF, DOCX and ODT renditions).
 */
#ifndef PK_TEST_FACTS_H
#define PK_TEST_FACTS_H

#include "helpers.h"

static inline void
facts_000(xmlDocPtr d)
{
	static const char *const remote[] = { "Lina Eriksson",
	    "Jonna Lindman", "Andreas Silversten", "Ann-Christine Andersson",
	    "Maria Liljedahl", "Elisabeth Unell" };
	const char *P = "//m:participants[@group='members']/m:person";
	char expr[512];
	size_t i;

	assert_xstr(d, "/m:minutes/m:source/@profile", "sv-protokoll");
	assert_xstr(d, "/m:minutes/m:meeting/@body",
	    "Strategisk regional beredning");
	assert_xstr(d, "/m:minutes/m:meeting/@date", "2024-04-19");
	assert_xstr(d, "/m:minutes/m:meeting/@start", "09:00");
	assert_xstr(d, "/m:minutes/m:meeting/@end", "15:00");
	assert_xstr(d, "/m:minutes/m:meeting/@place",
	    "Sammanträdesrum Silvergruvan, Regionhuset, Västerås");

	snprintf(expr, sizeof(expr), "count(%s)", P);
	assert_xnum(d, expr, 26);
	snprintf(expr, sizeof(expr), "count(%s[@party != ''])", P);
	assert_xnum(d, expr, 26);
	snprintf(expr, sizeof(expr), "%s[m:name='Mikael Andersson Elfgrén']"
	    "/@role", P);
	assert_xstr(d, expr, "chair");
	snprintf(expr, sizeof(expr), "%s[m:name='Kenneth Östberg']/@role", P);
	assert_xstr(d, expr, "second-vice-chair");
	snprintf(expr, sizeof(expr), "%s[m:name='Ewa Olsson-Bergstedt']/@party",
	    P);
	assert_xstr(d, expr, "SD");
	snprintf(expr, sizeof(expr), "count(%s[@remote='true'])", P);
	assert_xnum(d, expr, 6);
	for (i = 0; i < sizeof(remote) / sizeof(remote[0]); i++) {
		snprintf(expr, sizeof(expr), "count(%s[@remote='true']"
		    "[m:name='%s'])", P, remote[i]);
		assert_xnum(d, expr, 1);
	}
	assert_xnum(d, "count(//m:participants[@group='others']/m:person"
	    "[m:title != ''])", 9);
	assert_xstr(d, "//m:participants[@group='others']/m:person"
	    "[m:name='Cecilia von Alten']/m:title", "processledare Valfärd");
	assert_xstr(d, "//m:participants[@group='others']/m:person"
	    "[m:name='Lars Almroth']/m:title", "hälso- och sjukvårdsdirektör");

	assert_xstr(d, "//m:participants[@group='adjusters']/m:person/m:name",
	    "Johanna Odö");
	assert_xstr(d, "/m:minutes/m:adjustment/@place", "Regionhuset");
	assert_xstr(d, "/m:minutes/m:adjustment/@date", "2024-05-03");
	assert_xstr(d, "/m:minutes/m:adjustment/@scope", "§22");
	assert_xstr(d, "/m:minutes/m:adjustment/@first", "22");
	assert_xstr(d, "/m:minutes/m:adjustment/@last", "22");

	assert_xnum(d, "count(//m:signature)", 3);
	assert_xstr(d, "//m:signature[@role='secretary']/m:name",
	    "Elin Hellström");
	assert_xstr(d, "//m:signature[@role='chair']/m:name",
	    "Mikael Andersson Elfgrén");
	assert_xstr(d, "//m:signature[@role='adjuster']/m:name",
	    "Johanna Odö");
	assert_xstr(d, "//m:notice/m:label", "ANSLAG/BEVIS");
	assert_xstr(d, "//m:notice/m:p", "Protokollet är justerat. "
	    "Justeringen har tillkännagivits genom anslag.");

	assert_xnum(d, "count(//m:item)", 1);
	assert_xstr(d, "//m:item/@n", "22");
	assert_xstr(d, "//m:item/m:head/m:title",
	    "Gemensam målbild för nära vård");
	assert_xstr(d, "//m:item/m:cases/m:case", "HSF240207");
	assert_xnum(d, "count(//m:item/m:section[@type='summary']/m:p)", 6);
	assert_xstr(d, "//m:item/m:section[@type='summary']/m:p[2]",
	    "Beredningen diskuterar kort omfattningen på sammanhållen "
	    "journal.");
	assert_xnum(d, "count(//m:item/m:section[@type='proposal']/m:p)", 1);
	assert_xnum(d, "count(//m:decision)", 1);
	assert_xstr(d, "//m:decision", "Strategisk regional beredning ställer "
	    "sig bakom förslag till reviderad målbild för Nära vård och "
	    "rekommenderar Region Västmanland och länets kommuner att anta "
	    "densamma.");
	assert_xnum(d, "count(//m:section[@type='basis']/m:list/m:li)", 4);
	assert_xstr(d, "//m:section[@type='basis']/m:list/m:li[4]",
	    "Slutversion - Nära vård reviderad målbild");

}

/* The furniture of the seed text itself: two marks, two headers. */
static inline void
furniture_000(xmlDocPtr d)
{
	assert_xnum(d, "count(//m:fw[.='Justerandes sign'])", 2);
	assert_xnum(d, "count(//m:fw[.='Utdragsbestyrkande'])", 2);
	assert_xnum(d, "count(//m:fw[@type='header'][.='Mötesdatum'])", 2);
	assert_xnum(d, "count(//m:fw[@type='header'][.='Strategisk regional "
	    "beredning'])", 2);
	assert_xnum(d, "count(//m:items//text()[contains(., 'Justerandes') or "
	    "contains(., 'Utdragsbestyrkande') or contains(., 'Mötesdatum')])",
	    0);
	assert_xnum(d, "count(//m:fw[@page < 2])", 0);
}

/* Seed 003's items, as its text has them. */
static const char *const titles_003[] = { "Ledning av dagens möte",
    "Presentationsrunda", "En politikers erfarenheter från SIMBA",
    "Bakgrund till bildandet av närårdsamverkansorganisationens",
    "Ordförandeskap", "Benämning på närvårdssamverkansorganisationen",
    "Reflektioner och förväntningar på den nybildade "
    "närvårdssamverkansorganisationen",
    "Politisk samrådsgrupp 27 november" };

static inline void
facts_003(xmlDocPtr d)
{
	const char *const *titles = titles_003;
	const char *P = "//m:participants/m:person";
	char expr[512];
	size_t i;

	assert_xstr(d, "/m:minutes/m:source/@profile", "sv-samverkan");
	assert_xstr(d, "/m:minutes/m:meeting/@organization",
	    "Närvårdssamverkan Alingsås-Lerum");
	assert_xstr(d, "/m:minutes/m:meeting/@kind", "Protokoll");
	assert_xstr(d, "/m:minutes/m:meeting/@body", "Politiska samrådsgrupp");
	assert_xstr(d, "/m:minutes/m:meeting/@document-date", "2017-09-14");
	assert_xstr(d, "/m:minutes/m:meeting/@date", "2017-09-04");
	assert_xstr(d, "/m:minutes/m:meeting/@place", "Lerum, kommunhuset");

	assert_xstr(d, "//m:contact//m:name", "Carina Westerelve");
	assert_xstr(d, "//m:contact//m:title", "Processledare");
	assert_xstr(d, "//m:contact//m:phone", "070-912 02 93");
	assert_xstr(d, "//m:contact//m:email", "carina.westerelve@alingsas.se");

	snprintf(expr, sizeof(expr), "count(%s)", P);
	assert_xnum(d, expr, 36);
	snprintf(expr, sizeof(expr), "count(%s[m:affiliation != ''])", P);
	assert_xnum(d, expr, 36);
	snprintf(expr, sizeof(expr), "count(%s[@attendance='present'])", P);
	assert_xnum(d, expr, 22);
	snprintf(expr, sizeof(expr), "count(%s[@attendance='absent'])", P);
	assert_xnum(d, expr, 13);
	snprintf(expr, sizeof(expr), "%s[@attendance='unknown']/m:name", P);
	assert_xstr(d, expr, "Michael Melby");
	snprintf(expr, sizeof(expr), "%s[m:name='Benny Strandberg']"
	    "/m:affiliation", P);
	assert_xstr(d, expr, "Politiker Adjungerad (punkt 2)");
	snprintf(expr, sizeof(expr), "%s[m:name='Catharina Johansson']"
	    "/@attendance", P);
	assert_xstr(d, expr, "present");
	snprintf(expr, sizeof(expr), "%s[m:name='Eva Öhrvall']/@attendance", P);
	assert_xstr(d, expr, "absent");

	assert_xnum(d, "count(//m:item)", 8);
	for (i = 0; i < 8; i++) {
		snprintf(expr, sizeof(expr), "//m:item[%zu]/@n", i + 1);
		char want[8];
		snprintf(want, sizeof(want), "%zu", i + 1);
		assert_xstr(d, expr, want);
		snprintf(expr, sizeof(expr), "//m:item[%zu]/m:head/m:title",
		    i + 1);
		assert_xstr(d, expr, titles[i]);
	}
	assert_xnum(d, "count(//m:item[@n='1']//m:decision)", 2);
	assert_xnum(d, "count(//m:item[@n='5']//m:decision)", 1);
	assert_xnum(d, "count(//m:item[@n='5']//m:decision/m:clause)", 6);
	assert_xnum(d, "count(//m:item[@n='5']//m:decision/m:clause"
	    "[starts-with(., 'Att ')])", 6);
	assert_xnum(d, "count(//m:item[@n='5']//m:clause[. = 'Att Alingsås "
	    "kommun väljs till att ansvara för ordförandeskapet kvarvarande "
	    "del av år 2017 samt år 2018.'])", 1);
	assert_xnum(d, "count(//m:item[@n='6']//m:decision)", 1);
	assert_xnum(d, "count(//m:item[not(@n='1' or @n='5' or @n='6')]"
	    "//m:decision)", 0);
	/* A PDF rendition joins the word its line end broke; both count. */
	assert_xnum(d, "count(//m:item[@n='8']/m:section[@type='responsible']"
	    "/m:p[1][normalize-space() = 'Samtliga represen- tanter' or "
	    "normalize-space() = 'Samtliga representanter'])", 1);
	assert_xstr(d, "//m:item[@n='8']/m:section[@type='responsible']/m:p[2]",
	    "Carina");

	assert_xnum(d, "count(//m:signature)", 3);
	assert_xstr(d, "//m:signature[m:name='Carina Westerelve']/@role",
	    "secretary");
	assert_xstr(d, "//m:signature[m:name='Carina Westerelve']/m:label",
	    "Vid protokollet");
	assert_xstr(d, "//m:signature[m:name='Micaela Kronberg Thor']/@party",
	    "M");
	assert_xstr(d, "//m:signature[m:name='Micaela Kronberg Thor']/@role",
	    "chair");
	assert_xstr(d, "//m:signature[m:name='Dario Espiga']/@party", "S");
	assert_xstr(d, "//m:signature[m:name='Dario Espiga']/@role",
	    "vice-chair");
}

/* Whatever the rendition, no furniture in the content. */
static inline void
no_furniture_in_items(xmlDocPtr d)
{
	assert_xnum(d, "count(//m:items//text()[contains(., 'Justerandes') or "
	    "contains(., 'Utdragsbestyrkande') or contains(., 'Mötesdatum') or "
	    "contains(., 'Sida ')])", 0);
}

#endif
