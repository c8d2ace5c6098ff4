/* Unit tests of the pipeline's parts: paged text, values, emphasis, rules. */
#include "../../pipeline/digest.h"
#include "../../pipeline/inline.h"
#include "../../pipeline/lines.h"
#include "../../pipeline/normalize.h"
#include "../../pipeline/pdflist.h"
#include "helpers.h"

static struct pk_diag diag;

static void
quiet(void)
{
	pk_diag_init(&diag, "test", NULL);
}

TestSuite(text, .init = quiet);

Test(text, front_matter_pages_and_markup)
{
	static const char in[] = "---\nfile: a.pdf\nsha256: "
	    "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855\n"
	    "---\n"
	    "<b>Titel</b> och <i>kursiv</i>\r\n\nSida ett\fSida två\n";
	struct pk_text t;

	cr_assert_eq(pk_text_parse(in, sizeof(in) - 1, 1000, &t, &diag), 0);
	cr_assert_str_eq(pk_text_meta(&t, "file"), "a.pdf");
	cr_assert_str_eq(pk_text_meta(&t, "sha256"),
	    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	cr_assert_null(pk_text_meta(&t, "title"));
	cr_assert_eq(t.nlines, 4);
	cr_assert(t.lines[0].len == 22 &&
	    memcmp(t.lines[0].s, "**Titel** och *kursiv*", 22) == 0);
	cr_assert_eq(t.lines[0].src_line, 5);
	cr_assert_eq(t.lines[2].page, 1);
	cr_assert_eq(t.lines[3].page, 2);
	cr_assert_eq(t.lines[3].src_line, 7);
	cr_assert_eq(t.npages, 2);
	cr_assert(t.has_formfeed);
	pk_text_free(&t);
}

Test(text, typed_front_matter_values_are_checked)
{
	static const char *const bad[] = {
		"---\nsha256: ab\n---\nText\n",
		"---\npages: 0\n---\nText\n",
		"---\nformat: !---\n---\nText\n",
	};
	struct pk_text t;

	for (size_t i = 0; i < 3; i++) {
		cr_assert_eq(pk_text_parse(bad[i], strlen(bad[i]), 1000, &t,
		    &diag), -1, "%s", bad[i]);
		cr_assert_eq(diag.last, PK_E_FRONTMATTER);
	}
}

Test(text, normalised_to_nfc)
{
	/* "a" + combining diaeresis becomes one "ä". */
	static const char in[] = "Ma\xcc\x88tesdatum";
	struct pk_text t;

	cr_assert_eq(pk_text_parse(in, sizeof(in) - 1, 1000, &t, &diag), 0);
	cr_assert_eq(t.lines[0].len, strlen("Mätesdatum"));
	cr_assert(memcmp(t.lines[0].s, "Mätesdatum", t.lines[0].len) == 0);
	pk_text_free(&t);
}

Test(text, extractor_furniture_records)
{
	static const char in[] = "%%fw footer: Sida 1 av 2\nText\n";
	struct pk_text t;

	cr_assert_eq(pk_text_parse(in, sizeof(in) - 1, 1000, &t, &diag), 0);
	cr_assert_not_null(t.lines[0].fw_type);
	cr_assert(strncmp(t.lines[0].fw_type, "footer", 6) == 0);
	cr_assert(t.lines[0].len == 11 &&
	    memcmp(t.lines[0].s, "Sida 1 av 2", 11) == 0);
	cr_assert_null(t.lines[1].fw_type);
	pk_text_free(&t);
}

/*
 * The day as a Swedish ordinal word, as older protocols wrote it; a word
 * that only ends like one ("Kvarnandra") is no day.
 */
Test(values, dates_with_the_day_in_swedish_words)
{
	char out[11];
	const char *s;

	s = "den tredje mars 1958";
	cr_assert_eq(pk_norm_date(s, strlen(s), out), 0);
	cr_assert_str_eq(out, "1958-03-03");
	s = "den tjugoförsta juni 1956";
	cr_assert_eq(pk_norm_date(s, strlen(s), out), 0);
	cr_assert_str_eq(out, "1956-06-21");
	s = "Trettioförsta december 1960";
	cr_assert_eq(pk_norm_date(s, strlen(s), out), 0);
	cr_assert_str_eq(out, "1960-12-31");
	s = "den åttonde maj 1961";
	cr_assert_eq(pk_norm_date(s, strlen(s), out), 0);
	cr_assert_str_eq(out, "1961-05-08");
	s = "den trettionde februari 1958";
	cr_assert_eq(pk_norm_date(s, strlen(s), out), -1);
	s = "Kvarnandra mars 1958";
	cr_assert_eq(pk_norm_date(s, strlen(s), out), -1);
}

/* A line that ends in a month's name as a word of its own. */
Test(values, a_line_ending_in_a_month)
{
	const char *yes[] = { "sker den 23 oktober", "den 3 mars ", "den 5. mai",
	    "den 12 sept" };
	const char *no[] = { "sker den 23", "kommunalkontoret", "Marsvinet",
	    "den 23 oktoberfest", "" };

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		cr_assert(pk_norm_month_ends(yes[i], strlen(yes[i])), "%s",
		    yes[i]);
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		cr_assert(!pk_norm_month_ends(no[i], strlen(no[i])), "%s",
		    no[i]);
}

Test(values, dates_in_the_forms_minutes_use)
{
	char out[11];

	cr_assert_eq(pk_norm_date("2024-04-19", 10, out), 0);
	cr_assert_str_eq(out, "2024-04-19");
	cr_assert_eq(pk_norm_date("den 19 april 2024", 17, out), 0);
	cr_assert_str_eq(out, "2024-04-19");
	cr_assert_eq(pk_norm_date("3 Sept. 2019", 12, out), 0);
	cr_assert_str_eq(out, "2019-09-03");
	cr_assert_eq(pk_norm_date("Tuesday 12th March 2024", 23, out), 0);
	cr_assert_str_eq(out, "2024-03-12");
	cr_assert_eq(pk_norm_date("5. juni 2017", 12, out), 0);
	cr_assert_str_eq(out, "2017-06-05");
	cr_assert_eq(pk_norm_date("1 desember 2017", 15, out), 0);
	cr_assert_str_eq(out, "2017-12-01");
	cr_assert_eq(pk_norm_date("30 Oct 2018", 11, out), 0);
	cr_assert_str_eq(out, "2018-10-30");
	cr_assert_eq(pk_norm_date("3 sep. 2019", 11, out), 0);
	cr_assert_str_eq(out, "2019-09-03");
	/* The month first, as American minutes write it. */
	cr_assert_eq(pk_norm_date("TUESDAY- -JANUARY 4, 2005- -7:30 P.M.",
	    37, out), 0);
	cr_assert_str_eq(out, "2005-01-04");
	cr_assert_eq(pk_norm_date("Monday, January 29, 2018 at 9:00am", 34,
	    out), 0);
	cr_assert_str_eq(out, "2018-01-29");
	cr_assert_eq(pk_norm_date("Feb. 15th, 2018", 15, out), 0);
	cr_assert_str_eq(out, "2018-02-15");
	cr_assert_eq(pk_norm_date("Marina 12, 2020", 15, out), -1);
	/* A superscript's ending that the text layer set apart. */
	cr_assert_eq(pk_norm_date("3\trd September 2019", 19, out), 0);
	cr_assert_str_eq(out, "2019-09-03");
	cr_assert_eq(pk_norm_date("**3**\t**rd September 2019**", 27, out),
	    0);
	cr_assert_str_eq(out, "2019-09-03");
	cr_assert_eq(pk_norm_date("19.4.2024", 9, out), 0);
	cr_assert_str_eq(out, "2024-04-19");
	/* German months: "März", "Dezember", Austrian "Jänner", "Maerz". */
	cr_assert_eq(pk_norm_date("16. März 2023", 14, out), 0);
	cr_assert_str_eq(out, "2023-03-16");
	cr_assert_eq(pk_norm_date("Mittwoch, 6. Dezember 2023", 26, out), 0);
	cr_assert_str_eq(out, "2023-12-06");
	cr_assert_eq(pk_norm_date("3. Jänner 2024", 15, out), 0);
	cr_assert_str_eq(out, "2024-01-03");
	cr_assert_eq(pk_norm_date("7. Maerz 2024", 13, out), 0);
	cr_assert_str_eq(out, "2024-03-07");
	cr_assert_eq(pk_norm_date("2023-02-29", 10, out), -1);
	cr_assert_eq(pk_norm_date("2024-02-29", 10, out), 0);
	cr_assert_eq(pk_norm_date("HSF240207", 9, out), -1);
	cr_assert_eq(pk_norm_date("12024-04-19", 11, out), -1);
	/* A year of two digits: this century up to 69, as POSIX's %y. */
	cr_assert_eq(pk_norm_date("05.06.17", 8, out), 0);
	cr_assert_str_eq(out, "2017-06-05");
	cr_assert_eq(pk_norm_date("5/6/98", 6, out), 0);
	cr_assert_str_eq(out, "1998-06-05");
	cr_assert_eq(pk_norm_date("05-06-17", 8, out), -1);
	cr_assert_eq(pk_norm_date("Friday the 1st of April 2016", 28, out), 0);
	cr_assert_str_eq(out, "2016-04-01");
}

Test(values, times_and_numbers)
{
	char out[6];

	cr_assert_eq(pk_norm_time("kl. 9.05", 8, out), 0);
	cr_assert_str_eq(out, "09:05");
	cr_assert_eq(pk_norm_time("25:00", 5, out), -1);
	/* Four digits: "Kl 1300", "0800 hrs". */
	cr_assert_eq(pk_norm_time("Kl 1300", 7, out), 0);
	cr_assert_str_eq(out, "13:00");
	cr_assert_eq(pk_norm_time("0800 hrs", 8, out), 0);
	cr_assert_str_eq(out, "08:00");
	cr_assert_eq(pk_norm_time("2570", 4, out), -1);
	/* The twelve-hour clock of English minutes. */
	cr_assert_eq(pk_norm_time("7.00 pm", 7, out), 0);
	cr_assert_str_eq(out, "19:00");
	cr_assert_eq(pk_norm_time("12.30 p.m.", 10, out), 0);
	cr_assert_str_eq(out, "12:30");
	cr_assert_eq(pk_norm_time("12.15am", 7, out), 0);
	cr_assert_str_eq(out, "00:15");
	cr_assert_eq(pk_norm_time("at 7pm", 6, out), 0);
	cr_assert_str_eq(out, "19:00");
	cr_assert_eq(pk_norm_time("9.10 pmx", 8, out), 0);
	cr_assert_str_eq(out, "09:10");
	/* Noon said so: "12 noon", "12.00 noon", "midday". */
	cr_assert_eq(pk_norm_time("12 noon", 7, out), 0);
	cr_assert_str_eq(out, "12:00");
	cr_assert_eq(pk_norm_time("12.00 noon", 10, out), 0);
	cr_assert_str_eq(out, "12:00");
	cr_assert_eq(pk_norm_time("Midday", 6, out), 0);
	cr_assert_str_eq(out, "12:00");
	cr_assert_eq(pk_norm_time("noonday", 7, out), -1);
	/* An hour alone, which a rule took for a time ("kl. 9–12"). */
	cr_assert_eq(pk_norm_time("9", 1, out), 0);
	cr_assert_str_eq(out, "09:00");
	cr_assert_eq(pk_norm_time("16", 2, out), 0);
	cr_assert_str_eq(out, "16:00");
	cr_assert_eq(pk_norm_time("25", 2, out), -1);
	cr_assert_eq(pk_norm_time("125", 3, out), -1);
	cr_assert_eq(pk_norm_number("§ 22", strlen("§ 22")), 22);
	cr_assert_eq(pk_norm_number("none", 4), -1);
	cr_assert(pk_date_exists(2000, 2, 29));
	cr_assert_not(pk_date_exists(1900, 2, 29));
	cr_assert_not(pk_date_exists(2024, 4, 31));
}

static char *
emit_to_string(const char *s, struct pk_span *spans, size_t n)
{
	struct pk_inline in = { 0 };
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "r", NULL);
	xmlBufferPtr buf = xmlBufferCreate();
	char *out;

	xmlDocSetRootElement(doc, root);
	in.doc = doc;
	for (size_t i = 0; i < n; i++)
		spans[i].node = xmlNewDocNode(doc, NULL,
		    BAD_CAST (i == 0 ? "a" : "b"), NULL);
	cr_assert_eq(pk_inline_emit(&in, root, s, 0, (long)strlen(s), spans,
	    n), 0);
	xmlNodeDump(buf, doc, root, 0, 0);
	out = strdup((const char *)xmlBufferContent(buf));
	xmlBufferFree(buf);
	pk_buf_free(&in.run);
	xmlFreeDoc(doc);
	return out;
}

Test(inline, emphasis_yields_to_fields)
{
	/* Bold crosses the field's end: the bold is split, not the field. */
	struct pk_span sp[1] = { { 0, 7, NULL } };
	char *out = emit_to_string("ab **cd ef** g", sp, 1);

	cr_assert_str_eq(out, "<r><a>ab <hi rend=\"bold\">cd</hi></a>"
	    "<hi rend=\"bold\"> ef</hi> g</r>");
	free(out);
}

Test(inline, literal_stars_and_escapes)
{
	char *out = emit_to_string("5 * 3 and \\*x and *it*", NULL, 0);

	cr_assert_str_eq(out, "<r>5 * 3 and *x and <hi rend=\"italic\">it"
	    "</hi></r>");
	free(out);
}

Test(inline, empty_span_stays_inside_its_match)
{
	struct pk_span sp[2] = { { 0, 4, NULL }, { 4, 4, NULL } };
	char *out = emit_to_string("Name\tnext", sp, 2);

	cr_assert_str_eq(out, "<r><a>Name<b/></a>\tnext</r>");
	free(out);
}

Test(inline, plain_values)
{
	char *p = pk_inline_plain("**Närvårdssamverkan\n Alingsås**  ", 33);

	cr_assert_str_eq(p, "Närvårdssamverkan Alingsås");
	free(p);
}

Test(rules, bundled_profiles_load)
{
	struct pk_rules *r = pk_rules_new(&diag);

	cr_assert_eq(pk_rules_load_dir(r, SRC("rules")), 0);
	cr_assert_eq(r->nprofiles, 10);
	cr_assert_not_null(pk_rules_find(r, "da-beslutningsprotokol"));
	cr_assert_not_null(pk_rules_find(r, "da-generalforsamling"));
	cr_assert_not_null(pk_rules_find(r, "de-protokoll"));
	cr_assert_not_null(pk_rules_find(r, "en-council"));
	cr_assert_not_null(pk_rules_find(r, "en-us-council"));
	cr_assert_not_null(pk_rules_find(r, "nb-generalforsamling"));
	cr_assert_not_null(pk_rules_find(r, "nb-moteprotokoll"));
	cr_assert_not_null(pk_rules_find(r, "sv-historisk"));
	cr_assert_not_null(pk_rules_find(r, "sv-protokoll"));
	cr_assert_not_null(pk_rules_find(r, "sv-samverkan"));
	cr_assert_null(pk_rules_find(r, "nosuch"));
	pk_rules_free(r);
}

Test(rules, an_empty_directory_has_no_profiles)
{
	char dir[] = "/tmp/pk-empty-XXXXXX";
	struct pk_rules *r = pk_rules_new(&diag);

	cr_assert_not_null(mkdtemp(dir));
	cr_assert_eq(pk_rules_load_dir(r, dir), -1);
	cr_assert_eq(diag.last, PK_E_RULES_NONE);
	rmdir(dir);
	pk_rules_free(r);
}

/*
 * The installed profiles loaded deferred: their signals compiled, the
 * rest when the profile is used, and then the same as compiled at once.
 */
Test(rules, deferred_profiles_compile_when_used_as_at_once)
{
	struct pk_rules *now = pk_rules_new(&diag), *later = pk_rules_new(&diag);
	size_t i, k;

	cr_assert_eq(pk_rules_load_dir(now, SRC("rules")), 0);
	later->defer = 1;
	cr_assert_eq(pk_rules_load_dir(later, SRC("rules")), 0);
	cr_assert_eq(later->nprofiles, now->nprofiles);
	for (i = 0; i < later->nprofiles; i++) {
		const struct pk_profile *a = &now->profiles[i];
		const struct pk_profile *b = &later->profiles[i];

		cr_assert_str_eq(a->name, b->name);
		cr_assert_eq(a->npending, 0);
		cr_assert_gt(b->npending, 0, "%s", b->name);
		cr_assert_not_null(b->signals[0].re);
		cr_assert_null(b->rules[0].re, "%s", b->name);
		cr_assert_eq(pk_profile_jit(b, &diag), 0, "%s", b->name);
		cr_assert_eq(b->npending, 0);
		cr_assert_eq(b->max_groups, a->max_groups, "%s", b->name);
		cr_assert_eq(b->nrules, a->nrules);
		for (k = 0; k < b->nrules; k++) {
			cr_assert_not_null(b->rules[k].re);
			cr_assert_eq(b->rules[k].ngroups, a->rules[k].ngroups);
			cr_assert_eq(memcmp(b->rules[k].group_field,
			    a->rules[k].group_field, a->rules[k].ngroups), 0,
			    "%s: rule at line %ld", b->name, b->rules[k].src_line);
		}
		for (k = 0; k < b->npersons; k++)
			cr_assert_not_null(b->persons[k].group_field);
		for (k = 0; k < b->nmaps; k++)
			cr_assert_not_null(b->maps[k].re);
		for (k = 0; k < b->nofficers; k++)
			cr_assert_not_null(b->officers[k].re);
		for (k = 0; k < b->nfurniture; k++)
			cr_assert_not_null(b->furniture[k].re);
		/* Used again: nothing left to do. */
		cr_assert_eq(pk_profile_jit(b, &diag), 0);
	}
	pk_rules_free(now);
	pk_rules_free(later);
}

/* A deferred pattern that does not compile: said, at its file and line,
 * when its profile is used, and each time it is. */
Test(rules, a_deferred_pattern_is_said_wrong_when_used)
{
	static const char prof[] = "profile x\nsignal 2 ^Protokoll\n"
	    "item heading ^(?<title>.+$\n";
	char dir[] = "/tmp/pk-defer-XXXXXX", path[64], *msg = NULL;
	size_t msglen = 0;
	struct pk_diag d;
	struct pk_rules *r;
	FILE *f, *err;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/x.rules", dir);
	cr_assert_not_null(f = fopen(path, "w"));
	fputs(prof, f);
	fclose(f);
	cr_assert_not_null(err = open_memstream(&msg, &msglen));
	pk_diag_init(&d, "test", err);
	r = pk_rules_new(&d);
	r->defer = 1;
	cr_assert_eq(pk_rules_load_dir(r, dir), 0);
	cr_assert_eq(d.nerrors, 0);
	cr_assert_eq(pk_profile_jit(&r->profiles[0], &d), -1);
	cr_assert_eq(d.last, PK_E_RULES_PATTERN);
	cr_assert_eq(pk_profile_jit(&r->profiles[0], NULL), -1);
	cr_assert_eq(d.nerrors, 1, "NULL: nothing said");
	fflush(err);
	cr_assert_not_null(strstr(msg, "x.rules:3: error: bad pattern"),
	    "%s", msg);
	pk_rules_free(r);
	fclose(err);
	free(msg);
	unlink(path);
	rmdir(dir);
}

/* FIPS 180-2's examples, and one long enough for the SHA instructions. */
Test(digest, sha256_of_the_standards_examples)
{
	static const struct {
		const char	*in;
		const char	*hex;
	} v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	};
	char	 out[PK_SHA256_HEX], *a;
	size_t	 i;

	for (i = 0; i < sizeof(v) / sizeof(*v); i++) {
		cr_assert_eq(pk_sha256_hex(v[i].in, strlen(v[i].in), out), 0);
		cr_assert_str_eq(out, v[i].hex);
	}
	a = malloc(1000000);
	cr_assert_not_null(a);
	memset(a, 'a', 1000000);
	cr_assert_eq(pk_sha256_hex(a, 1000000, out), 0);
	cr_assert_str_eq(out,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

/*
 * A running footer set upright on one page, italic and bold on the
 * others (Word does this: the corpus's Milburn minutes): one footer,
 * recorded on every page, never content.
 */
static const char footers[] =
    "---\nfile: t.pdf\npages: 3\n---\n"
    "**Styrelsen 2024-05-02**\n\n§ 1 Mötets öppnande\n\n"
    "Ordföranden öppnade mötet.\n\nNärvaron noterades.\n\n"
    "Inga anmälda förhinder.\n\nSida 1 av 3\n"
    "\f§ 2 Dagordning\n\nDagordningen lästes upp.\n\n"
    "En punkt lades till.\n\nDagordningen godkändes.\n\n"
    "Beslut enligt förslag.\n\n*Sida 2 av 3*\n"
    "\f§ 3 Avslutning\n\nOrdföranden tackade.\n\n"
    "Nästa möte hålls i juni.\n\nProtokollet justeras.\n\n"
    "Mötet avslutades.\n\n**Sida 3 av 3**\n";

Test(furniture, footer_whatever_its_emphasis)
{
	xmlDocPtr	 doc = segment_paged_text(footers);

	assert_xnum(doc, "count(//m:fw[@type='footer'])", 3);
	assert_xnum(doc, "count(//m:fw[@type='footer'][@page=1])", 1);
	assert_xnum(doc, "count(//m:fw[@type='footer'][@page=3])", 1);
	assert_xnum(doc, "count(//m:items//text()[contains(., 'Sida')])", 0);
	assert_xnum(doc, "count(//m:item)", 3);
	xmlFreeDoc(doc);
}

/*
 * A running header whose two parts a PDF's layout set a tab apart on
 * one page and a space apart on the others (as the page's table
 * columns fall): one header all the same, on every page.
 */
static const char headers[] =
    "---\nfile: t.pdf\npages: 3\n---\n"
    "Region Norr Sammanträdesdatum 2024-12-23\n\n"
    "**Styrelsen**\n\n§ 1 Mötets öppnande\n\n"
    "Ordföranden öppnade mötet.\n\nNärvaron noterades.\n"
    "\fRegion Norr\tSammanträdesdatum 2024-12-23\n\n§ 2 Dagordning\n\n"
    "Dagordningen lästes upp.\n\nDagordningen godkändes.\n"
    "\fRegion Norr Sammanträdesdatum 2024-12-23\n\n§ 3 Avslutning\n\n"
    "Ordföranden tackade.\n\nMötet avslutades.\n";

Test(furniture, header_whatever_its_blanks)
{
	xmlDocPtr	 doc = segment_paged_text(headers);

	/* (The first page's is the front's first line.) */
	assert_xnum(doc, "count(//m:fw[@type='header'][@page>1])", 2);
	assert_xnum(doc, "count(//m:items//text()[contains(., "
	    "'Sammanträdesdatum')])", 0);
	assert_xnum(doc, "count(//m:item)", 3);
	xmlFreeDoc(doc);
}

/*
 * A typewritten protocol read by OCR whose items start at its pages'
 * heads ("§ 7." on page 2, "§ 8." on page 3, each under the end of the
 * item before) and at one's foot ("§ 6."), as a scan of my own text
 * read: the numbers rise with the pages as a page's number does,
 * but a page's number has no section sign.  pk-extract, which knows no
 * profile, marks none of them as furniture (pk-segment would drop
 * them: held-out scans of my own text lost items 6 to 8 so).
 */
static const char items_at_page_edges[] =
    "---\nfile: t.pdf\npages: 3\nocr-pages: 1,2,3\n---\n"
    "PROTOKOLL\n\nfört vid sammanträde med byggnadsnämnden i Granby "
    "den 3 maj 1963.\n\n§ 1.\n\nOrdföranden öppnade "
    "sammanträdet.\n\n§ 2.\n\nUpplästes föregående protokoll.\n\n"
    "§ 3.\n\nNämnden beslöt att godkänna redovisningen.\n\n"
    "§ 4.\n\nFöredrogs en skrivelse från skolstyrelsen.\n\n"
    "§ 5.\n\nNämnden beslöt att bevilja anslaget.\n\n§ 6.\n\n"
    "Föredrogs en ansökan om byggnadslov för ett bostadshus.\n\n"
    "Nämnden beslöt att bevilja byggnadslov enligt\n"
    "\fhälsovårdsnämndens anvisningar.\n\n§ 7.\n\n"
    "Upplästes en skrivelse från vägföreningen.\n"
    "\fNämnden beslöt att hänskjuta frågan till kommunalnämnden.\n\n"
    "§ 8.\n\nAnmäldes att länsstyrelsen fastställt byggnadsplanen.\n\n"
    "§ 9.\n\nFöredrogs en ansökan om byggnadslov för en verkstad.\n"
    "Nämnden beslöt att bordlägga ärendet.\n\n§ 10.\n\n"
    "Justering av dagens protokoll sker den 10 maj 1963.\n\n"
    "vid protokollet:\n\nSven Palm\n\nJusteras: Gunnar Ahl, Ivar Dahl\n";

Test(furniture, item_numbers_at_page_edges_are_no_page_numbers)
{
	struct pk_profile	 none;
	struct pk_text		 t;
	struct pk_seg_line	*lines;
	struct pk_fw_list	 fw = { 0 };
	struct pk_matcher	*m = pk_matcher_new(1, PK_RULES_MATCH_LIMIT);
	size_t			 i, signs = 0;

	memset(&none, 0, sizeof(none));
	none.running_header = 1;	/* as pk-extract marks furniture */
	cr_assert_eq(pk_text_parse(items_at_page_edges,
	    strlen(items_at_page_edges), 1 << 20, &t, &diag), 0);
	cr_assert_not_null(lines = pk_seg_lines_new(&t));
	cr_assert_eq(pk_furniture_strip(&none, m, &t, lines, &fw, &diag), 0);
	for (i = 0; i < t.nlines; i++)
		if (strncmp(lines[i].s, "§", 2) == 0) {
			signs++;
			cr_assert(!lines[i].dropped, "%.*s on page %d dropped",
			    (int)lines[i].len, lines[i].s, lines[i].page);
		}
	cr_assert_eq(signs, 10);
	cr_assert_eq(fw.n, 0);
	pk_seg_lines_free(lines, t.nlines);
	pk_fw_list_free(&fw);
	pk_matcher_free(m);
	pk_text_free(&t);
}

/* pk_pdf_list_next on the line after a paragraph: the next entry? */
static int
next_entry(const char *para, const char *line)
{
	return pk_pdf_list_next(para, strlen(para), line, strlen(line));
}

Test(pdflist, the_next_entry_of_a_list)
{
	cr_assert(next_entry("1. Budsjett vedtas.", "2. Skattøren settes"));
	cr_assert(next_entry("**3)** Första", "4) Andra"));
	cr_assert(next_entry("a) the first", "b) the second"));
	cr_assert(next_entry("\xe2\x80\xa2 Plankarta", "\xe2\x80\xa2 Dagvatten"));
	/* A bullet glyph with a gap, not a space, before its text. */
	cr_assert(next_entry("\xe2\x80\xa2 Regionen", "\xe2\x80\xa2" "Fr\xc3\xa5ga"));
	cr_assert(next_entry("- en", "- to"));
	/* The paragraph's last line is the entry before. */
	cr_assert(next_entry("1. one\n2. two", "3. three"));
}

Test(pdflist, no_list_goes_on)
{
	cr_assert_not(next_entry("1. Budsjett", "3. Skatt"));
	cr_assert_not(next_entry("2. Budsjett", "2. Skatt"));
	cr_assert_not(next_entry("1. one", "2) two"));
	cr_assert_not(next_entry("The meeting opened at", "2. Skatt"));
	cr_assert_not(next_entry("1. Budsjett for", "2024. Skatt"));
	cr_assert_not(next_entry("- en", "-5 grader"));
	cr_assert_not(next_entry("\xe2\x80\xa2 en", "- to"));
	cr_assert_not(next_entry("", ""));
}

/*
 * A matcher remembers which patterns missed a text (matchmemo.c).  Its
 * answers must be a fresh matcher's: for a text changed in place at
 * the same address and length, for the same text at another address,
 * for long texts it does not keep, marked and plain.
 */
static unsigned long
next_random(unsigned long *state)
{
	*state = *state * 6364136223846793005UL + 1442695040888963407UL;
	return *state >> 33;
}

static pcre2_code *
compile(const char *pattern)
{
	int		 err;
	PCRE2_SIZE	 off;
	pcre2_code	*re = pcre2_compile((PCRE2_SPTR)pattern,
	    PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);

	cr_assert_not_null(re, "%s", pattern);
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

Test(match, a_remembered_miss_answers_as_a_fresh_matcher)
{
	static const char *patterns[] = {
		"^a", "^(?:x|y)", "c$", "b.?c", "\\*", "z\\s", "\\*\\*a",
		"^(?<w>[a-c]+) (?<v>[xyz]+)$",
	};
	enum { NPAT = sizeof(patterns) / sizeof(patterns[0]) };
	static const char alphabet[] = "abcxyz* \n";
	pcre2_code		*re[NPAT];
	struct pk_matcher	*m = pk_matcher_new(4, PK_RULES_MATCH_LIMIT);
	char			*a = malloc(3001), *b = malloc(3001);
	unsigned long		 state = 7, round, hits = 0, misses = 0;
	size_t			 len = 4, i, p;

	cr_assert(m != NULL && a != NULL && b != NULL);
	for (p = 0; p < NPAT; p++)
		re[p] = compile(patterns[p]);
	for (round = 0; round < 4000; round++) {
		unsigned long	 what = next_random(&state) % 8;
		const char	*s = a;
		long		 got[2], want[2];
		int		 rc, fresh_rc;

		if (what < 3) {		/* a new text, maybe long */
			len = what == 0 && round % 50 == 0 ? 2500 + round % 500 :
			    1 + next_random(&state) % 12;
			for (i = 0; i < len; i++)
				a[i] = alphabet[next_random(&state) % 9];
		} else if (what < 5) {	/* changed in place, same length */
			a[next_random(&state) % len] =
			    alphabet[next_random(&state) % 9];
		} else if (what < 6) {	/* the same text at another address */
			memcpy(b, a, len);
			s = b;
		}
		for (p = 0; p < NPAT; p++) {
			int			 marked = (round + p) % 2;
			struct pk_matcher	*fresh = pk_matcher_new(4,
			    PK_RULES_MATCH_LIMIT);

			cr_assert_not_null(fresh);
			rc = pk_match_as(m, re[p], marked, s, len, 0);
			fresh_rc = pk_match_as(fresh, re[p], marked, s, len, 0);
			cr_assert_eq(rc, fresh_rc, "round %lu, /%s/ on \"%.*s\"",
			    round, patterns[p], (int)len, s);
			if (rc > 0) {
				pk_match_group(m, rc - 1, &got[0], &got[1]);
				pk_match_group(fresh, rc - 1, &want[0],
				    &want[1]);
				cr_assert(got[0] == want[0] && got[1] == want[1]);
				hits++;
			} else
				misses++;
			pk_matcher_free(fresh);
		}
	}
	/* Both answers were asked often, so the memo was put to work. */
	cr_assert_gt(hits, 1000, "%lu hits, %lu misses", hits, misses);
	cr_assert_gt(misses, 1000);
	for (p = 0; p < NPAT; p++)
		pcre2_code_free(re[p]);
	pk_matcher_free(m);
	free(a);
	free(b);
}
