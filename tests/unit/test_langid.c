/*
 * Language identification: the language of each fixture and seed,
 * paragraphs of minutes in each language the archives hold, the choice
 * of a profile by language, and the warning when none is written for
 * it.  The texts here were written for these tests.
 */
#include <dirent.h>

#include "helpers.h"
#include "../../pipeline/langid.h"

#define SEG	BIN("pk-segment")

struct sample {
	const char	*want;
	const char	*text;
};

/* A few sentences of minutes in each language, as a secretary writes. */
static const struct sample samples[] = {
	{ "sv", "Ordföranden öppnade mötet och hälsade alla välkomna. "
	    "Styrelsen beslutade att godkänna dagordningen och att lägga "
	    "verksamhetsberättelsen till handlingarna. Kassören redogjorde "
	    "för det ekonomiska läget, som bedömdes som gott." },
	{ "nb", "Styrets leder ønsket velkommen og åpnet møtet. Innkallingen "
	    "ble godkjent uten merknader. Kassereren la fram regnskapet for "
	    "fjoråret, og revisor hadde ingen merknader. Regnskapet ble "
	    "enstemmig godkjent av de fremmøtte medlemmene." },
	{ "da", "Formanden bød velkommen og åbnede mødet. Indkaldelsen blev "
	    "godkendt uden bemærkninger. Kassereren fremlagde regnskabet for "
	    "det forløbne år, og revisor havde ingen bemærkninger. "
	    "Regnskabet blev enstemmigt godkendt af de fremmødte." },
	{ "de", "Der Vorsitzende begrüßte die Anwesenden und eröffnete die "
	    "Sitzung. Die Einladung wurde ohne Einwände genehmigt. Der "
	    "Kassenwart legte den Jahresabschluss vor; die Kassenprüfer "
	    "hatten keine Beanstandungen. Der Abschluss wurde einstimmig "
	    "angenommen." },
	{ "en", "The Chair welcomed members and opened the meeting. The "
	    "minutes of the previous meeting were approved as a correct "
	    "record. The Treasurer presented the accounts for the year, and "
	    "the auditors had no comments. The accounts were approved "
	    "unanimously." },
	{ "fi", "Puheenjohtaja avasi kokouksen ja toivotti osallistujat "
	    "tervetulleiksi. Kokous todettiin laillisesti koolle kutsutuksi "
	    "ja päätösvaltaiseksi. Hallitus esitteli toimintakertomuksen, "
	    "joka hyväksyttiin yksimielisesti ilman muutoksia." },
};

Test(langid, paragraphs_of_minutes_in_each_language)
{
	size_t	 i;

	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		struct pk_lang l;

		pk_langid_plain(samples[i].text, strlen(samples[i].text), &l);
		cr_expect_str_eq(l.tag, samples[i].want, "%s taken for %s",
		    samples[i].want, l.tag);
	}
}

Test(langid, invalid_utf8_and_nothing_are_unknown)
{
	struct pk_lang	 l;

	pk_langid_plain("\xff\xfe Protokoll \xc3", 14, &l);
	cr_assert_str_eq(l.tag, "und");
	cr_assert_eq(l.reliable, 0);
	pk_langid_plain("", 0, &l);
	cr_assert_str_eq(l.tag, "und");
	cr_assert_eq(l.reliable, 0);
}

/*
 * A long text is read up to a limit, cut where a character starts: a
 * cut inside "ö" would make the whole text invalid UTF-8 to CLD2.
 */
Test(langid, a_long_text_cut_between_characters)
{
	const char	*sv = samples[0].text;
	size_t		 n = strlen(sv), total = PK_LANGID_MAX_BYTES * 2;
	char		*text = malloc(total + 1);
	size_t		 i, at, pad;
	struct pk_lang	 l;

	cr_assert_not_null(text);
	for (i = 0; i < total; i++)
		text[i] = sv[i % n];
	/* The last lead byte at or before the limit - 1, moved onto it. */
	for (at = PK_LANGID_MAX_BYTES - 1; (unsigned char)text[at] < 0xc0;
	    at--)
		;
	pad = PK_LANGID_MAX_BYTES - 1 - at;
	memmove(text + pad, text, total - pad);
	memset(text, ' ', pad);
	text[total] = '\0';
	cr_assert_geq((unsigned char)text[PK_LANGID_MAX_BYTES - 1], 0xc0);
	cr_assert_eq((unsigned char)text[PK_LANGID_MAX_BYTES] & 0xc0, 0x80);
	pk_langid_plain(text, total, &l);
	cr_assert_str_eq(l.tag, "sv");
	cr_assert_eq(l.reliable, 1);
	free(text);
}

/* The document's language on the root and on source, from pk-segment. */
static void
assert_lang_of(const char *path, const char *want)
{
	char		 cmd[1024];
	struct run_result r;
	xmlDocPtr	 doc;
	char		*got;

	snprintf(cmd, sizeof(cmd), "%s -q %s", SEG, path);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: %s", path, r.err);
	doc = xmlReadMemory(r.out, (int)r.out_len, NULL, NULL, XML_PARSE_NONET);
	cr_assert_not_null(doc);
	assert_valid(doc, path);
	got = xstr(doc, "/m:minutes/@xml:lang");
	cr_expect_str_eq(got, want, "%s: xml:lang %s", path, got);
	free(got);
	assert_xstr(doc, "/m:minutes/m:source/@lang", want);
	xmlFreeDoc(doc);
	run_free(&r);
}

static size_t
count_fixtures(void)
{
	DIR		*d = opendir(SRC("fixtures"));
	struct dirent	*e;
	size_t		 n = 0, len;

	cr_assert_not_null(d);
	while ((e = readdir(d)) != NULL)
		if ((len = strlen(e->d_name)) > 4 &&
		    strcmp(e->d_name + len - 4, ".txt") == 0)
			n++;
	closedir(d);
	return n;
}

Test(langid, each_fixture_and_seed_in_its_language)
{
	static const struct { const char *file, *lang; } docs[] = {
		{ "fixtures/minimal.txt", "sv" },
		{ "fixtures/seed-000.txt", "sv" },
		{ "fixtures/seed-003.txt", "sv" },
		{ "fixtures/kf-narvarolista.txt", "sv" },
		{ "fixtures/kf-bilagor.txt", "sv" },
		{ "fixtures/typewriter-1964.txt", "sv" },
		{ "fixtures/council-en.txt", "en" },
		{ "fixtures/en-us-citycouncil.txt", "en" },
		{ "fixtures/de-gemeinderat.txt", "de" },
		{ "fixtures/nb-generalforsamling.txt", "nb" },
		{ "fixtures/da-generalforsamling.txt", "da" },
		{ "fixtures/da-beslutningsprotokol.txt", "da" },
	};
	static const char *const seeds[] = {
		SHARED("seeds/000_4f5c8b999293caa3.txt"),
		SHARED("seeds/003_1ee969b3a623bba5.txt"),
	};
	char	 path[512];
	size_t	 i;

	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", PK_SRCDIR, docs[i].file);
		assert_lang_of(path, docs[i].lang);
	}
	/* Every text fixture is here: a new one says its language. */
	cr_assert_eq(count_fixtures(), sizeof(docs) / sizeof(docs[0]));
	for (i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
		if (!exists(seeds[i])) {
			cr_log_info("%s: no ../shared, not checked", seeds[i]);
			continue;
		}
		assert_lang_of(seeds[i], "sv");
	}
}

/* Write text to a temporary file; the caller unlinks path. */
static void
temp_text(char *path, const char *text)
{
	int	 fd;

	strcpy(path, "/tmp/pk-langid-XXXXXX");
	fd = mkstemp(path);
	cr_assert(fd != -1);
	cr_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
}

/* text segmented by pk-segment (it must succeed), as a tree. */
static xmlDocPtr
segmented(const char *text)
{
	char		 path[32], cmd[1024];
	struct run_result r;
	xmlDocPtr	 doc;

	temp_text(path, text);
	snprintf(cmd, sizeof(cmd), "%s -q %s", SEG, path);
	r = run(cmd, NULL);
	unlink(path);
	cr_assert_eq(r.status, 0, "%s", r.err);
	doc = xmlReadMemory(r.out, (int)r.out_len, NULL, NULL, XML_PARSE_NONET);
	cr_assert_not_null(doc);
	run_free(&r);
	return doc;
}

/*
 * Norwegian minutes with "§ 1" items: on their signals alone a Swedish
 * profile outscores the Norwegian ones ("§" is a Swedish signal and
 * counts against the Norwegian municipal profile), but the language
 * keeps the choice among the Norwegian profiles.
 */
Test(langid, the_language_chooses_among_the_profiles)
{
	static const char text[] =
	    "**Protokoll fra årsmøte i Strandvik båtforening**\n\n"
	    "Møtet ble holdt i klubbhuset tirsdag 12. mars 2024 kl. 19.00. "
	    "Til stede var 23 stemmeberettigede medlemmer.\n\n"
	    "§ 1 Åpning av møtet\n\n"
	    "Styrets leder ønsket velkommen og åpnet møtet. Innkallingen ble "
	    "godkjent uten merknader.\n\n"
	    "§ 2 Valg av møteleder og referent\n\n"
	    "Kari Nilsen ble valgt til møteleder, og Ola Bakken ble valgt til "
	    "referent.\n\n"
	    "§ 3 Regnskap\n\n"
	    "Kassereren la fram regnskapet for fjoråret. Revisor hadde ingen "
	    "merknader. Regnskapet ble enstemmig godkjent.\n";
	xmlDocPtr	 doc = segmented(text);

	assert_xstr(doc, "/m:minutes/@xml:lang", "nb");
	assert_xnum(doc, "count(/m:minutes/m:source[starts-with(@profile, "
	    "'nb-')])", 1);
	xmlFreeDoc(doc);
}

/*
 * English council minutes whose members all have Nordic names: CLD2
 * reads the text as Swedish, but only in part (under PK_LANGID_SURE of
 * it), so the profiles of other languages compete too and the English
 * one, which fits, is taken with its language.  Before, only the
 * Swedish profiles competed and the minutes had no member.
 */
Test(langid, an_unsure_guess_does_not_shut_out_the_fitting_profile)
{
	static const char text[] =
	    "**Hertsmere Borough Council**\n\nFull Council\n\nMinutes\n\n"
	    "**Date:**\tTuesday 28 February 2017\n**Time:**\t8.30 am\n"
	    "**Venue:**\tThe Guildhall, Borehamwood\n\n"
	    "**Present:**\n\n"
	    "Councillor Kerstin Bååth\tChair\n"
	    "Councillor Dara Öberg\tVice Chair\n"
	    "Councillor Åsa Björklund Öhrn\t\n"
	    "Councillor Göran Söderström\t\n"
	    "Councillor Ida Östlund\t\n"
	    "Councillor Åke Ståhl\t\n"
	    "Councillor Jörgen Älvsjö\t\n"
	    "Councillor Märta Åkesson\t\n"
	    "Councillor Björn Nyström\t\n"
	    "Councillor Sölve Ångström\t\n"
	    "Councillor Örjan Hägglöf\t\n"
	    "Councillor Ylva Bäckström\t\n\n"
	    "**1. Apologies for absence**\n\nThere were none.\n";
	xmlDocPtr	 doc = segmented(text);

	assert_xstr(doc, "/m:minutes/m:source/@profile", "en-council");
	assert_xstr(doc, "/m:minutes/@xml:lang", "en");
	assert_xnum(doc, "count(//m:person)", 12);
	assert_xstr(doc, "(//m:person)[2]/m:name", "Dara Öberg");
	xmlFreeDoc(doc);
}

/* Finnish minutes: no profile is written in Finnish; all compete. */
Test(langid, a_language_without_a_profile_is_said)
{
	static const char text[] =
	    "**Pöytäkirja**\n\n"
	    "Hallituksen kokous 12.3.2024 klo 18.00\n\n"
	    "1. Kokouksen avaus\n\n"
	    "Puheenjohtaja avasi kokouksen ja toivotti osallistujat "
	    "tervetulleiksi.\n\n"
	    "2. Kokouksen laillisuus ja päätösvaltaisuus\n\n"
	    "Kokous todettiin laillisesti koolle kutsutuksi ja "
	    "päätösvaltaiseksi.\n\n"
	    "3. Toimintakertomus\n\n"
	    "Hallitus esitteli toimintakertomuksen, joka hyväksyttiin "
	    "yksimielisesti ilman muutoksia.\n";
	char		 path[32], cmd[1024];
	struct run_result r;

	temp_text(path, text);
	snprintf(cmd, sizeof(cmd), "%s %s | %s", SEG, path,
	    BIN("pk-validate"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "warning: no profile of the "
	    "document's language: the text is in fi"), "%s", r.err);
	cr_assert_not_null(strstr(r.out, "xml:lang=\"fi\""));
	run_free(&r);
	/* -q: warnings are not printed. */
	snprintf(cmd, sizeof(cmd), "%s -q %s", SEG, path);
	r = run(cmd, NULL);
	unlink(path);
	cr_assert_eq(r.status, 0);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
}

/* --explain names the language first, and profiles it shut out. */
Test(langid, explain_says_the_language)
{
	char		 cmd[1024];
	struct run_result r;

	snprintf(cmd, sizeof(cmd), "%s --explain %s", SEG,
	    SRC("fixtures/council-en.txt"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_eq(strncmp(r.out, "language\ten\t", 12), 0, "%.40s", r.out);
	cr_assert_not_null(strstr(r.out, "profile\tsv-protokoll\tnot en\t"));
	run_free(&r);
}

/* The archive formats say the document's language unless told one. */
Test(langid, the_formats_carry_the_language)
{
	char		 cmd[1024];
	struct run_result r;

	snprintf(cmd, sizeof(cmd), "%s %s | %s -f dc", SEG,
	    SRC("fixtures/council-en.txt"), BIN("pk-transform"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(strstr(r.out, "<dc:language>en</dc:language>"));
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s %s | %s -f tei", SEG,
	    SRC("fixtures/council-en.txt"), BIN("pk-transform"));
	r = run(cmd, NULL);
	cr_assert_not_null(strstr(r.out, "xml:lang=\"en\">"));
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s %s | %s -f ead", SEG,
	    SRC("fixtures/minimal.txt"), BIN("pk-transform"));
	r = run(cmd, NULL);
	cr_assert_not_null(strstr(r.out, "langcode=\"swe\""));
	run_free(&r);
	/* A parameter overrides what the document says. */
	snprintf(cmd, sizeof(cmd), "%s %s | %s -f dc -p lang=de", SEG,
	    SRC("fixtures/council-en.txt"), BIN("pk-transform"));
	r = run(cmd, NULL);
	cr_assert_not_null(strstr(r.out, "<dc:language>de</dc:language>"));
	run_free(&r);
}
