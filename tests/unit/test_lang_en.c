/*
 * English minutes beyond the synthetic devset: the facts of the real
 * English minutes in ../shared/corpus/minutes (two UK parish councils,
 * an American city council, planning board and special service area
 * commission), read off each document by a person and checked on the
 * chain's XML, and of the American city council fixture of our own
 * writing, as text and as PDF.  A document without ../shared is skipped
 * with a message, never failed; the suite passes without it.
 */
#include "corpus.h"

/* A person of the meeting, once, with a role (or none, NULL). */
static void
assert_person(xmlDocPtr doc, const char *name, const char *role)
{
	char expr[256];

	snprintf(expr, sizeof(expr), "count(//m:person[m:name = '%s'])",
	    name);
	cr_assert_eq(xnum(doc, expr), 1, "%s: not one person", name);
	if (role == NULL)
		return;
	snprintf(expr, sizeof(expr), "//m:person[m:name = '%s']/@role", name);
	assert_xstr(doc, expr, role);
}

Test(lang_en, milburn_parish_council_2018)
{
	const char	*f = CORPUS("en_milburn_parishcouncil_2018-11-06.pdf");
	xmlDocPtr	 doc;

	NEEDS(f);
	doc = chain(f);
	assert_items(doc, "18.11.1 18.11.2 18.11.3 18.11.4 18.11.5 18.11.6 "
	    "18.11.7 18.11.8 18.11.9 18.11.10");
	/* The heading row "Milburn Parish Council - 6th November 2018". */
	assert_xstr(doc, "//m:meeting/@date", "2018-11-06");
	assert_xstr(doc, "//m:meeting/@body", "Milburn Parish Council");
	/* "The Chairman brought the meeting to a close at 8.50pm". */
	assert_xstr(doc, "//m:meeting/@end", "20:50");
	/* "Present" over "Councillors D Richardson (Chair) R Healey, N
	 * Cresswell and P Moran Clerk J Connelly". */
	assert_person(doc, "D Richardson", "chair");
	assert_person(doc, "R Healey", NULL);
	assert_person(doc, "N Cresswell", NULL);
	assert_person(doc, "P Moran", NULL);
	assert_person(doc, "J Connelly", "secretary");
	assert_xnum(doc, "count(//m:front//m:person)", 5);
	/* "All agreed this was a true record", "the Councillors resolved
	 * to have the Beacon", three "Councillors resolved" in Finance,
	 * "the Councillors agreed to meet on Saturday". */
	assert_decided(doc, "18.11.3 18.11.6 18.11.7 18.11.9");
	assert_xnum(doc, "count(//m:item[@n = '18.11.7']//m:decision"
	    "//text()[contains(., 'resolved')])", 3);
	/* "Next Meeting<TAB>Tuesday, 8th January 2019" is content. */
	assert_xnum(doc, "count(//m:items//text()[. = 'Next Meeting'])", 1);
	xmlFreeDoc(doc);
}

/* The same minutes from Word and from LibreOffice's PDF: one set of facts. */
Test(lang_en, newbiggin_parish_council_2019_docx_and_pdf)
{
	static const char *const files[] = {
		CORPUS("en_newbiggin_parishcouncil_2019-09-03.docx"),
		CORPUS("en_newbiggin_parishcouncil_2019-09-03_libreoffice.pdf"),
	};
	size_t i;

	for (i = 0; i < 2; i++) {
		xmlDocPtr doc;

		NEEDS(files[i]);
		doc = chain(files[i]);
		assert_items(doc, "19.09.01 19.09.02 19.09.03 19.09.04 "
		    "19.09.05 19.09.06 19.09.07 19.09.08 19.09.09 19.09.10 "
		    "19.09.11 19.09.12");
		/* "Newbiggin Parish Council - 3rd September 2019", the
		 * superscript "rd" a cell of its own in the PDF. */
		assert_xstr(doc, "//m:meeting/@date", "2019-09-03");
		assert_xstr(doc, "//m:meeting/@body",
		    "Newbiggin Parish Council");
		assert_xstr(doc, "//m:meeting/@end", "20:35");
		/* The list wrapped after "R Robson and". */
		assert_person(doc, "D Thompson", "chair");
		assert_person(doc, "N Armstrong", NULL);
		assert_person(doc, "M Atkinson", NULL);
		assert_person(doc, "R Robson", NULL);
		assert_person(doc, "P Clarke", NULL);
		assert_person(doc, "A Armstrong", NULL);
		assert_person(doc, "J Brampton", "secretary");
		/* "All agreed", "the Councillors agreed that", "The
		 * Councillors agreed all satisfactory", "The Councillors
		 * resolved to pay", "It was therefore resolved to retain". */
		assert_decided(doc, "19.09.03 19.09.05 19.09.07 19.09.09");
		assert_xnum(doc, "count(//m:item[@n = '19.09.09']"
		    "//m:decision)", 2);
		xmlFreeDoc(doc);
	}
}

Test(lang_en, alameda_city_council_2005)
{
	const char	*f = CORPUS("en_alameda_citycouncil_2005-01-04.pdf");
	xmlDocPtr	 doc;

	NEEDS(f);
	doc = chain(f);
	/*
	 * The regular meeting's paragraphs (05-003) to (05-024), the
	 * resolution (05-018A) after the hearing it decides; the special
	 * meeting's minutes printed after them (05-001, 05-002) are no
	 * items of this meeting.
	 */
	assert_items(doc, "05-003 05-004 05-005 05-006 05-007 05-008 05-009 "
	    "05-010 05-011 05-012 05-013 05-014 05-015 05-016 05-017 05-018 "
	    "05-018A 05-019 05-020 05-021 05-022 05-023 05-024");
	/* "TUESDAY- -JANUARY 4, 2005- -7:30 P.M." under the heading. */
	assert_xstr(doc, "//m:meeting/@date", "2005-01-04");
	assert_xstr(doc, "//m:meeting/@start", "19:30");
	assert_xstr(doc, "//m:meeting/@body", "Alameda City Council");
	/* "ROLL CALL – Present: Councilmembers Daysog, deHaan, Gilmore,
	 * Matarrese and Mayor Johnson – 5.", "Absent: None." */
	assert_person(doc, "Daysog", NULL);
	assert_person(doc, "deHaan", NULL);
	assert_person(doc, "Gilmore", NULL);
	assert_person(doc, "Matarrese", NULL);
	assert_person(doc, "Johnson", "chair");
	assert_xnum(doc, "count(//m:person)", 5);
	assert_xnum(doc, "count(//m:person[@attendance = 'absent'])", 0);
	/* One roll call, over the two lines the layout broke it into. */
	assert_xnum(doc, "count(//m:participants[@group = 'members'])", 1);
	/* "… seconded the motion, which carried by unanimous voice vote",
	 * six times: the consent calendar's and five items'; and the
	 * outcome printed after twelve items' titles ("… 2004. Approved.",
	 * "…” Adopted.", "Introduced."; 05-013's in a cell of its own
	 * beside the end of its wrapped title). */
	assert_xnum(doc, "count(//m:decision)", 18);
	assert_decided(doc, "05-004 05-006 05-007 05-008 05-009 05-010 "
	    "05-011 05-012 05-013 05-014 05-015 05-016 05-017 05-018A");
	assert_xstr(doc, "//m:item[@n = '05-004']/m:head/m:title",
	    "Minutes of the Special and Regular City Council Meetings held "
	    "on December 21, 2004.");
	assert_xnum(doc, "count(//m:item[m:head/m:title = 'CONSENT "
	    "CALENDAR']//m:decision)", 1);
	assert_xnum(doc, "count(//m:section[@type = 'motions'])", 6);
	/* The page numbers "1" to "12" at the pages' tops are furniture. */
	assert_xnum(doc, "count(//m:front/m:p[. = '1'])", 0);
	xmlFreeDoc(doc);
}

/* A typewritten planning board's minutes, scanned and read by OCR. */
Test(lang_en, alameda_planning_board_2005_scan)
{
	const char	*f =
	    CORPUS("en_alameda_planningboard_2005-01-10_scan.pdf");
	xmlDocPtr	 doc;

	NEEDS(f);
	doc = chain(f);
	assert_xstr(doc, "//m:source/@profile", "en-us-council");
	/* "1. CONVENE" … "12, ADJOURNMENT" (OCR's comma in 4 and 12), the
	 * consent calendar's 8-A to 8-D and the regular agenda's 9-A to
	 * 9-D. */
	assert_items(doc, "1 2 3 4 5 6 7 8 8-A 8-B 8-C 8-D 9 9-A 9-B 9-C "
	    "9-D 10 11 12");
	/* "Minutes of the Regular Planning Board Meeting", "Monday,
	 * January 10, 2005 — 7:00 p.m." */
	assert_xstr(doc, "//m:meeting/@date", "2005-01-10");
	assert_xstr(doc, "//m:meeting/@start", "19:00");
	assert_xstr(doc, "//m:meeting/@body", "Planning Board");
	/* "M/S Cook/McNamara and unanimous to …", ten motions carried; 9-C
	 * has two (moved to the consent calendar, then approved). */
	assert_xnum(doc, "count(//m:decision)", 10);
	assert_decided(doc, "4 5 8-A 8-B 8-C 8-D 9-B 9-C 9-D");
	assert_xnum(doc, "count(//m:item[@n = '9-C']//m:decision)", 2);
	/* "AYES — 6 (Mariani absent); NOES — 0; ABSTAIN — 0" after each. */
	assert_xnum(doc, "count(//m:section[@type = 'vote'])", 10);
	assert_xnum(doc, "count(//m:count[@type = 'yes'])", 10);
	/* 9-D: "AYES — 6; NOES — 1 (McNamara); ABSTAIN — 0". */
	assert_xstr(doc, "//m:item[@n = '9-D']//m:count[@type = 'no']/@n",
	    "1");
	assert_xstr(doc, "//m:item[@n = '4']//m:count[@type = 'abstain']/@n",
	    "1");
	/* "Planning Board Minutes January 10, 2005<TAB>Page 2": furniture. */
	assert_xnum(doc, "count(//m:items//text()[contains(., "
	    "'Planning Board Minutes')])", 0);
	/* Item 3's own line: "3. ROLL CALL: President Cunningham, Cook,
	 * Lynch, Kohlstrand, McNamara and Piziali."; then "Board Member
	 * Mariani was not present for roll call, …" and "Also present were
	 * Planning & Building Director Greg Fuz, … Planner II Dennis
	 * Brighton." */
	assert_list(doc, "//m:item[@n = '3']/m:participants[@group = "
	    "'members']/m:person/m:name",
	    "Cunningham|Cook|Lynch|Kohlstrand|McNamara|Piziali");
	assert_person(doc, "Cunningham", "chair");
	assert_xstr(doc, "//m:item[@n = '3']/m:head/m:title", "ROLL CALL:");
	assert_list(doc, "//m:item[@n = '3']/m:participants[@group = "
	    "'absent']/m:person/m:name", "Mariani");
	assert_list(doc, "//m:item[@n = '3']/m:participants[@group = "
	    "'others']/m:person/m:name", "Greg Fuz|Jerry Cormack|"
	    "Julie Harryman|Judith Altschuler|Dennis Brighton");
	xmlFreeDoc(doc);
}

Test(lang_en, chicago_special_service_area_2018)
{
	const char	*f = CORPUS("en_chicago_ssa21_2018-01-29.pdf");
	xmlDocPtr	 doc;

	NEEDS(f);
	doc = chain(f);
	/* The title the page header repeats, above all else on page 1. */
	assert_xstr(doc, "//m:meeting/@body",
	    "Lincoln Square Special Service Area #21");
	/* "Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc
	 * Bar & Board", "Meeting adjourned at 11:25am". */
	assert_xstr(doc, "//m:meeting/@date", "2018-01-29");
	assert_xstr(doc, "//m:meeting/@start", "09:00");
	assert_xstr(doc, "//m:meeting/@end", "11:25");
	assert_xstr(doc, "//m:meeting/@place", "Carbon Arc Bar & Board");
	/* The bold bullets are the agenda's four headings. */
	assert_xnum(doc, "count(//m:item)", 4);
	assert_xstr(doc, "//m:item[1]/m:head/m:title", "Perfunctory Business");
	assert_xstr(doc, "//m:item[2]/m:head/m:title", "Updates");
	assert_xstr(doc, "//m:item[3]/m:head/m:title", "New Business");
	assert_xstr(doc, "//m:item[4]/m:head/m:title", "Announcements");
	/* "Minutes from 11/30/17 meeting approved", "2017/18 Financials
	 * approved", "APPROVED – 2018 Meetings Calendar", "APPROVED –
	 * Revised 2018 budget": in decisions. */
	assert_xnum(doc, "count(//m:decision//text()[contains(., "
	    "'meeting approved') or contains(., 'Financials approved') or "
	    ". = 'APPROVED'])", 4);
	/* The letterhead's address line on both pages is furniture. */
	assert_xnum(doc, "count(//m:fw[contains(., 'Lawrence Avenue')])", 2);
	/* "Commissioners Present: …" in the first item, "Perfunctory
	 * Business", is its roll call; the list goes on after a comma in
	 * the next paragraph ("Chris Dallas," then "Ben Munro, Todd
	 * Feinberg"). */
	assert_list(doc, "//m:item[1]/m:participants[@group='members']"
	    "/m:person/m:name", "Anthony Qaiyum|Zach Maiorca|Melaina Prest|"
	    "Chris Dallas|Ben Munro|Todd Feinberg");
	assert_list(doc, "//m:item[1]/m:participants[@group='others']"
	    "/m:person/m:name", "Ryan Warsing|Sean Cooper|Kimberly Bares|"
	    "Jeremy Barndt|Tony Pelikan|Simone Martin-Newberry");
	assert_list(doc, "//m:item[1]/m:participants[@group='absent']"
	    "/m:person/m:name", "Shelley Young|Pat Bader");
	assert_xnum(doc, "count(//m:person[@attendance = 'absent'])", 2);
	xmlFreeDoc(doc);
}

/* Our own American city council minutes, as text and as PDF. */
Test(lang_en, us_city_council_fixture_text_and_pdf)
{
	static const char *const files[] = {
		SRC("fixtures/en-us-citycouncil.txt"),
		SRC("fixtures/extract/en-us-citycouncil.pdf"),
	};
	size_t i;

	for (i = 0; i < 2; i++) {
		xmlDocPtr doc;

		doc = i == 0 ? segment_file(files[i], NULL) : chain(files[i]);
		assert_valid(doc, files[i]);
		assert_xstr(doc, "//m:source/@profile", "en-us-council");
		/* "(*26-010)" and "(*26-011)" on the consent calendar. */
		assert_items(doc, "26-010 26-011 26-012 26-013 26-014");
		assert_xnum(doc, "count(//m:item[m:head/m:title = "
		    "'CONSENT CALENDAR'])", 1);
		assert_xstr(doc, "//m:meeting/@body",
		    "Willow Bend City Council");
		assert_xstr(doc, "//m:meeting/@date", "2026-01-13");
		assert_xstr(doc, "//m:meeting/@start", "19:00");
		assert_xstr(doc, "//m:meeting/@end", "20:41");
		assert_person(doc, "Brandt", NULL);
		assert_person(doc, "deLuca", NULL);
		assert_person(doc, "Haverty", NULL);
		assert_person(doc, "Nakamura", "vice-chair");
		assert_person(doc, "Okafor", "chair");
		assert_xnum(doc, "count(//m:person)", 5);
		/* Three motions, each seconded and carried; one vote; and
		 * the consent items' "Approved.", "Accepted.". */
		assert_xnum(doc, "count(//m:section[@type = 'motions'])", 3);
		assert_xnum(doc, "count(//m:decision)", 5);
		assert_decided(doc, "26-010 26-011 26-012 26-013");
		assert_xnum(doc, "count(//m:item[@n = '26-012']"
		    "//m:section[@type = 'vote'])", 2);
		/* "Ayes: … - 4.", "Noes: Councilmember Haverty - 1." */
		assert_xstr(doc, "//m:count[@type = 'yes']/@n", "4");
		assert_xstr(doc, "//m:count[@type = 'no']/@n", "1");
		assert_xstr(doc, "//m:signature/m:name", "Irene Castellanos");
		xmlFreeDoc(doc);
	}
}

/*
 * A roll call taken in an item (US commission minutes list who came
 * under their first agenda heading): participants of the item, whose
 * list of names goes on past a paragraph break after a comma.
 */
Test(lang_en, roll_call_within_an_item)
{
	static const char text[] =
	    "**Willow Bend Parks Commission**\n\n"
	    "Minutes from Monday, March 2, 2026 – 6:00pm at City Hall\n\n"
	    "• **Perfunctory Business**\n\n"
	    "• Commissioners Present: Ann Lee, Bo Park, Cy Moss,\n\n"
	    "Di Ford, Ed Hale\n\n"
	    "• Others Present: Fay Gold (City staff)\n\n"
	    "• Commissioners Absent: Gus Webb\n\n"
	    "• **Budget**\n\n"
	    "• **Budget approved** – A. Lee (motion), B. Park (second)\n";
	char		 path[] = "/tmp/pk-rollcall-XXXXXX";
	int		 fd = mkstemp(path);
	xmlDocPtr	 doc;

	cr_assert(fd != -1);
	cr_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
	doc = segment_file(path, "en-us-council");
	unlink(path);
	assert_list(doc, "//m:item[1]/m:participants[@group='members']"
	    "/m:person/m:name", "Ann Lee|Bo Park|Cy Moss|Di Ford|Ed Hale");
	assert_list(doc, "//m:item[1]/m:participants[@group='others']"
	    "/m:person/m:name", "Fay Gold");
	assert_list(doc, "//m:item[1]/m:participants[@group='absent']"
	    "/m:person/m:name", "Gus Webb");
	/* Nothing of the list is left as a paragraph; the items go on. */
	assert_xnum(doc, "count(//m:p[contains(., 'Di Ford')])", 0);
	assert_xnum(doc, "count(//m:item)", 2);
	assert_valid(doc, "roll call within an item");
	xmlFreeDoc(doc);
}

Test(lang_en, roll_call_on_the_items_own_line)
{
	/* An agenda whose roll call is an item of its own, its list on the
	 * item's line and wrapped onto the next. */
	static const char text[] =
	    "Minutes of the Regular Meeting of the Harbor Commission\n"
	    "Tuesday, April 7, 2026 - 6:30 p.m.\n\n"
	    "1.\tCALL TO ORDER: 6:32 p.m.\n\n"
	    "2.\tROLL CALL:\tChair Okafor, Vice Chair Lindqvist, Baptiste,\n"
	    "\tMorales and Tanaka.\n"
	    "Commissioner Brandt was absent.\n\n"
	    "3.\tMINUTES:\tMinutes of March 3, 2026.\n\n"
	    "M/S Baptiste/Morales and unanimous to approve the minutes.\n";
	char		 path[] = "/tmp/pk-rollcall-XXXXXX";
	int		 fd = mkstemp(path);
	xmlDocPtr	 doc;

	cr_assert(fd != -1);
	cr_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
	doc = segment_file(path, "en-us-council");
	unlink(path);
	assert_items(doc, "1 2 3");
	assert_xstr(doc, "//m:item[@n = '2']/m:head/m:title", "ROLL CALL:");
	assert_list(doc, "//m:item[@n = '2']/m:participants[@group = "
	    "'members']/m:person/m:name",
	    "Okafor|Lindqvist|Baptiste|Morales|Tanaka");
	assert_person(doc, "Okafor", "chair");
	assert_list(doc, "//m:item[@n = '2']/m:participants[@group = "
	    "'absent']/m:person/m:name", "Brandt");
	assert_xstr(doc, "//m:person[m:name = 'Brandt']/@attendance",
	    "absent");
	/* Every word of the roll call's line is still there, in order. */
	assert_xnum(doc, "count(//m:item[@n = '2'][contains(normalize-space("
	    "), '2. ROLL CALL: Chair Okafor, Vice Chair Lindqvist, "
	    "Baptiste, Morales and Tanaka.')])", 1);
	assert_decided(doc, "3");
	assert_valid(doc, "roll call on the item's own line");
	xmlFreeDoc(doc);
}
