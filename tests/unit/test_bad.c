/*
 * Bad input is normal input: each gets a one-line error naming the
 * file (and line), a non-zero exit, nothing on stdout, and no crash.
 */
#include "helpers.h"

#define SEG	BIN("pk-segment")
#define VAL	BIN("pk-validate")
#define TRF	BIN("pk-transform")

static char tmpdir[64];

static void
setup(void)
{
	strcpy(tmpdir, "/tmp/pk-bad-XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	cr_assert_eq(system(cmd), 0);
}

static const char *
put(const char *name, const void *data, size_t len)
{
	return put_file(tmpdir, name, data, len);
}

TestSuite(bad, .init = setup, .fini = teardown);

Test(bad, empty_input)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", SEG, put("empty.txt", "", 0));
	assert_one_line(cmd, 1, "empty.txt: error: empty input");
	snprintf(cmd, sizeof(cmd), "printf '\\n \\n\\f\\n' | %s", SEG);
	assert_one_line(cmd, 1, "pk-segment: <stdin>: error: empty input");
	snprintf(cmd, sizeof(cmd), "%s </dev/null", VAL);
	assert_one_line(cmd, 1, "<stdin>: error: empty input");
}

Test(bad, binary_garbage)
{
	unsigned char junk[4096];
	char cmd[512];
	const char *p;

	srand(7);
	for (size_t i = 0; i < sizeof(junk); i++)
		junk[i] = (unsigned char)rand();
	p = put("junk.bin", junk, sizeof(junk));
	snprintf(cmd, sizeof(cmd), "%s %s", SEG, p);
	/* Random bytes fail as control characters or as invalid UTF-8. */
	{
		struct run_result r = run(cmd, NULL);

		cr_assert_eq(r.status, 1);
		cr_assert(strstr(r.err, "binary data") != NULL ||
		    strstr(r.err, "invalid UTF-8") != NULL, "%s", r.err);
		cr_assert_not_null(strstr(r.err, "junk.bin:"));
		run_free(&r);
	}
	snprintf(cmd, sizeof(cmd), "%s %s", VAL, p);
	assert_one_line(cmd, 1, "junk.bin");
	snprintf(cmd, sizeof(cmd), "%s %s", TRF, p);
	assert_one_line(cmd, 1, "junk.bin");
}

Test(bad, nul_byte_names_its_line)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", SEG,
	    put("nul.txt", "one\ntwo\nthr\0ee\n", 15));
	assert_one_line(cmd, 1, "nul.txt:3: error: binary data in text "
	    "input: control character 0x00");
}

Test(bad, invalid_utf8_names_its_line)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", SEG,
	    put("latin1.txt", "Plats\n\nM\xf6tesdatum\n", 18));
	assert_one_line(cmd, 1, "latin1.txt:3: error: invalid UTF-8");
	snprintf(cmd, sizeof(cmd), "%s %s", SEG,
	    put("overlong.txt", "a\xc0\xaf", 3));
	assert_one_line(cmd, 1, "overlong.txt:1: error: invalid UTF-8");
}

Test(bad, fifty_megabyte_line, .timeout = 60)
{
	size_t len = (size_t)50 << 20;
	char *big = malloc(len), cmd[512];

	memset(big, 'a', len);
	for (size_t i = 100; i < len; i += 100)
		big[i] = ' ';
	snprintf(cmd, sizeof(cmd), "%s %s", SEG, put("big.txt", big, len));
	free(big);
	assert_one_line(cmd, 1, "big.txt:1: error: line longer than the limit");
}

Test(bad, input_over_max_size)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s --max-size 10 %s", SEG,
	    put("ten.txt", "eleven bytes", 12));
	assert_one_line(cmd, 1, "ten.txt: error: input larger than the limit");
}

Test(bad, unclosed_front_matter)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", SEG,
	    put("fm.txt", "---\nfile: x\n\nText\n", 18));
	assert_one_line(cmd, 1, "fm.txt:3: error: malformed front matter");
}

/*
 * A front-matter value is one line: a form feed or tab in it is a
 * space.  The form feed went into an attribute as it was,
 * and XML has no form feed: pk-segment wrote a document pk-validate
 * could not read, and said nothing.
 */
Test(bad, control_characters_in_front_matter_are_spaces)
{
	static const char text[] = "---\ntitle: A\fB\tC D\n---\n"
	    "Protokoll\n\n1. Punkt\n";
	char cmd[1024];
	const char *p = put("ff.txt", text, sizeof(text) - 1);

	struct run_result r;

	/* pipefail: pk-segment's and pk-validate's status count too. */
	snprintf(cmd, sizeof(cmd), "bash -o pipefail -c \"%s %s | %s\"", SEG,
	    p, VAL);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: exit %d: %s", cmd, r.status, r.err);
	cr_assert_not_null(strstr(r.out, " title=\"A B C D\" "), "%s", r.out);
	run_free(&r);
}

/*
 * A byte order mark before the front matter (a Windows editor's) is no
 * text, and a lone CR ends a line as LF does (old Mac text): the front
 * matter was content, and CR-only text one paragraph of "&#13;".
 */
Test(bad, byte_order_mark_and_lone_carriage_returns)
{
	static const char text[] = "\xef\xbb\xbf---\rtitle: T\r---\r"
	    "Protokoll\r\r\xc2\xa7 1. Punkt\rText.\r";
	char cmd[1024];
	struct run_result r;

	snprintf(cmd, sizeof(cmd), "%s %s", SEG, put("bom.txt", text,
	    sizeof(text) - 1));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, " title=\"T\" "), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "<title>Punkt</title></head>\n"
	    "      <p>Text.</p>"), "%s", r.out);
	cr_assert_null(strstr(r.out, "---"), "%s", r.out);
	cr_assert_null(strstr(r.out, "&#13;"), "%s", r.out);
	run_free(&r);
}

/* XML that is not minutes (another root, or minutes in no namespace)
 * is refused by the formats, exit 1: it became an empty file, exit 0. */
Test(bad, transform_of_xml_that_is_not_minutes)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s -f tei %s", TRF, put("a.xml", "<a/>",
	    4));
	assert_one_line(cmd, 1, "a.xml: error: invalid: not minutes XML");
	snprintf(cmd, sizeof(cmd), "%s -f html %s", TRF, put("m.xml",
	    "<minutes/>", 10));
	assert_one_line(cmd, 1, "m.xml: error: invalid: not minutes XML");
}

/*
 * U+FFFE and U+FFFF are no characters, and XML holds neither: refused
 * at their line, as control characters are.  pk-segment wrote them into
 * its XML, which pk-validate then could not read.
 */
Test(bad, unicode_noncharacters_name_their_line)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", SEG, put("fffe.txt",
	    "---\nformat: txt\n---\nText\n\nmore \xef\xbf\xbe text\n", 37));
	assert_one_line(cmd, 1, "fffe.txt:6: error: binary data in text "
	    "input: U+FFFE, no character");
	snprintf(cmd, sizeof(cmd), "%s %s", SEG, put("ffff.txt",
	    "Text \xef\xbf\xbf\n", 9));
	assert_one_line(cmd, 1, "ffff.txt:1: error: binary data in text "
	    "input: U+FFFF, no character");
}

static void
rules_case(const char *rules, const char *want)
{
	char cmd[512], dir[300];

	snprintf(dir, sizeof(dir), "%s/rules", tmpdir);
	mkdir(dir, 0700);
	snprintf(cmd, sizeof(cmd), "rules/broken.rules");
	put(cmd, rules, strlen(rules));
	snprintf(cmd, sizeof(cmd), "%s -R %s %s", SEG, dir,
	    SRC("fixtures/seed-000.txt"));
	assert_one_line(cmd, 1, want);
}

Test(bad, rule_file_errors_name_file_and_line)
{
	rules_case("profile x\n# comment\nfront field ^(?<label>Plats\\t\n",
	    "broken.rules:3: error: bad pattern: missing closing parenthesis");
	rules_case("profile x\nfront field ^(?<colour>.+)$\n",
	    "broken.rules:2: error: unknown field: group 'colour' names no "
	    "model field");
	rules_case("profile x\nfront wibble ^x$\n",
	    "broken.rules:2: error: rule syntax: unknown kind");
	rules_case("profile x\nfront section ^x$\n",
	    "broken.rules:2: error: rule syntax: this kind needs =TYPE");
	rules_case("title no name\nfront field ^x$\n",
	    "broken.rules: error: rule syntax: no 'profile NAME' line");
	rules_case("profile x\nsignal many ^x\n",
	    "broken.rules:2: error: rule syntax: signal weight must be");
}

/*
 * The installed profiles compile their patterns when used: a mistake in
 * one is said then, at its file and line, as a profile of -R's is at
 * once.
 */
Test(bad, an_installed_profiles_mistake_is_said_when_used)
{
	static const char prof[] = "profile x\nlang sv\nsignal 2 ^Protokoll\n"
	    "front field ^(?<label>Plats\\t\n";
	char cmd[1024], dir[300];

	snprintf(dir, sizeof(dir), "%s/rules", tmpdir);
	mkdir(dir, 0700);
	put("rules/broken.rules", prof, sizeof(prof) - 1);
	snprintf(cmd, sizeof(cmd), "PROTOKOLL_DATADIR=%s %s %s", tmpdir, SEG,
	    SRC("fixtures/seed-000.txt"));
	assert_one_line(cmd, 1,
	    "broken.rules:4: error: bad pattern: missing closing parenthesis");
}

Test(bad, unknown_profile)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s -p nosuch %s", SEG,
	    SRC("fixtures/seed-000.txt"));
	/* The command's mistake: a usage error, as in pk-batch. */
	assert_one_line(cmd, 2, "pk-segment: -p: unknown profile: nosuch "
	    "(profiles: ");
}

Test(bad, external_entity_is_refused)
{
	static const char xxe[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE minutes [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
	    "<minutes xmlns=\"urn:protokoll:minutes:1\">&x;</minutes>\n";
	char cmd[512];
	const char *p = put("xxe.xml", xxe, sizeof(xxe) - 1);

	snprintf(cmd, sizeof(cmd), "%s %s", VAL, p);
	assert_one_line(cmd, 1, "xxe.xml:2: error: not well-formed XML: a "
	    "DOCTYPE (and so any entity) is not accepted");
	snprintf(cmd, sizeof(cmd), "%s -f html %s", TRF, p);
	assert_one_line(cmd, 1, "xxe.xml:2: error: not well-formed XML: a "
	    "DOCTYPE");
}

Test(bad, billion_laughs_is_refused)
{
	static const char bomb[] =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE m [\n"
	    "<!ENTITY a \"aaaaaaaaaa\">\n"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n]>\n<m>&d;</m>\n";
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", VAL, put("bomb.xml", bomb,
	    sizeof(bomb) - 1));
	assert_one_line(cmd, 1, "bomb.xml:2: error: not well-formed XML");
}

Test(bad, malformed_xml_names_its_line)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s %s", VAL,
	    put("bad.xml", "<a>\n<b>\n</a>\n", 13));
	{
		struct run_result r = run(cmd, NULL);

		cr_assert_eq(r.status, 1);
		cr_assert_not_null(strstr(r.err, "bad.xml:3: error: not "
		    "well-formed XML"), "%s", r.err);
		cr_assert_eq(r.out_len, 0);
		run_free(&r);
	}
}

Test(bad, stylesheet_may_not_write_files)
{
	static const char xsl[] =
	    "<xsl:stylesheet version=\"1.0\" "
	    "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" "
	    "xmlns:exsl=\"http://exslt.org/common\" "
	    "extension-element-prefixes=\"exsl\">"
	    "<xsl:template match=\"/\"><exsl:document href=\"%s/written\">"
	    "<x/></exsl:document><done/></xsl:template></xsl:stylesheet>";
	char body[1024], cmd[1024], path[300];
	struct run_result r;

	snprintf(body, sizeof(body), xsl, tmpdir);
	snprintf(cmd, sizeof(cmd), "%s -x %s %s", TRF,
	    put("w.xsl", body, strlen(body)),
	    SRC("tests/golden/segment/seed-000.out"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_eq(r.out_len, 0);
	snprintf(path, sizeof(path), "%s/written", tmpdir);
	cr_assert_not(exists(path), "the stylesheet wrote a file");
	run_free(&r);
}

Test(bad, ten_thousand_paragraph_signs, .timeout = 60)
{
	struct pk_buf text = { 0 };
	char cmd[512], num[64];
	struct run_result r;

	for (int i = 1; i <= 10000; i++) {
		snprintf(num, sizeof(num), "§ %d Ärende nummer %d\n\n", i, i);
		pk_buf_puts(&text, num);
	}
	snprintf(cmd, sizeof(cmd), "%s -p sv-protokoll %s | %s | grep -c "
	    "'<item n='", SEG, put("many.txt", text.data, text.len), VAL);
	pk_buf_free(&text);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "10000\n");
	run_free(&r);
}

Test(bad, only_furniture_is_no_content)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "%s -p sv-protokoll %s", SEG,
	    put("fw.txt", "Justerandes sign\n\nSida 1 av 2\n", 30));
	assert_one_line(cmd, 1, "fw.txt: error: no content to segment");
}

Test(bad, text_no_profile_fits_is_a_warning)
{
	char cmd[512];
	struct run_result r;

	snprintf(cmd, sizeof(cmd), "%s %s", SEG, put("recipe.txt",
	    "Pannkakor\n\nMjöl, mjölk och ägg.\n", 35));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0);
	cr_assert_not_null(strstr(r.err, "recipe.txt: warning: no profile "
	    "fits well: best is"), "%s", r.err);
	cr_assert_not_null(strstr(r.out, "<p>Mjöl, mjölk och ägg.</p>"));
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s -q %s/recipe.txt", SEG, tmpdir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0);
	cr_assert_str_empty(r.err);
	run_free(&r);
}

Test(bad, runaway_pattern_meets_the_match_limit)
{
	char cmd[512], dir[300];

	snprintf(dir, sizeof(dir), "%s/rules", tmpdir);
	mkdir(dir, 0700);
	put("rules/slow.rules", "profile slow\nfront field ^(?<label>(a|aa)+)+$\n",
	    45);
	/* -p: -R adds to the installed profiles, which would score. */
	snprintf(cmd, sizeof(cmd), "%s -q -R %s -p slow --match-limit 1000 %s",
	    SEG, dir,
	    put("aaa.txt", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n", 43));
	assert_one_line(cmd, 1,
	    "aaa.txt:1: error: pattern match limit reached");
}

/*
 * A heading of half a megabyte meets a pattern's limit where the walk
 * asks whether a block starts an item, which passed the -1 on without a
 * word: "out of memory", exit 3, and pk-batch's "memory-limit".  Now the
 * limit, at its line, exit 1.
 */
Test(bad, long_heading_meets_the_match_limit_at_its_line)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "{ printf -- '---\\nformat: txt\\n---\\n\\n"
	    "**Kommunstyrelsens arbetsutskott**\\n\\nSammanträdesdatum\\t"
	    "2023-11-02\\n\\n**§ 1 Kort**\\n\\nBeslut\\n\\nAtt bifalla.\\n\\n"
	    "**§ 2 '; head -c 500000 /dev/zero | tr '\\0' x; printf '**\\n\\n"
	    "Beslut: Att bifalla.\\n'; } | %s", SEG);
	assert_one_line(cmd, 1, "pk-segment: <stdin>:15: error: pattern match "
	    "limit reached");
}

/*
 * A name pattern that backtracks without end, met where an item elects
 * a meeting's chair: the match limit, exit 1, not "out of memory" with
 * the system's exit 3 (as it was).
 */
Test(bad, runaway_officer_name_meets_the_match_limit)
{
	const char *profile = "profile slow\n"
	    "any item ^(?<num>§ \\d+)\\s+(?<title>.+)$\n"
	    "officer chair ^Val av ordförande\n"
	    "person officers (?<name>(a|aa)+)+$\n";
	const char *text = "§ 1 Val av ordförande\n\n"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n";
	char cmd[512], dir[300];

	snprintf(dir, sizeof(dir), "%s/rules-officers", tmpdir);
	mkdir(dir, 0700);
	put("rules-officers/slow.rules", profile, strlen(profile));
	snprintf(cmd, sizeof(cmd), "%s -q -R %s -p slow --match-limit 1000 %s",
	    SEG, dir, put("chair.txt", text, strlen(text)));
	assert_one_line(cmd, 1, "chair.txt: error: pattern match limit "
	    "reached: officers' names");
}
