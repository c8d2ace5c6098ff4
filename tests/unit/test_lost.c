/*
 * Nothing lost: every non-space character of the input, outside its
 * markup, is in the minutes XML, in order, either in the content or in
 * the furniture record; and generated documents always come out valid.
 */
#include <libxml/xmlschemas.h>

#include "helpers.h"

/* Characters of the paged-text body that are content, in order. */
static char *
input_chars(const char *text, size_t *n)
{
	const char	*p = text, *eol;
	char		*out = malloc(strlen(text) + 1);
	size_t		 j = 0;

	/* Skip front matter. */
	if (strncmp(p, "---\n", 4) == 0 && (eol = strstr(p + 4, "\n---\n")))
		p = eol + 5;
	while (*p != '\0') {
		const char *q = p;

		eol = strchr(p, '\n');
		if (eol == NULL)
			eol = p + strlen(p);
		/* A bullet is list markup: "- text", " - text", "-", and
		 * "• text", "•". */
		while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f'))
			q++;
		if (q < eol && *q == '-' && (q + 1 == eol || q[1] == ' '))
			q++;
		else if (eol - q >= 3 && memcmp(q, "\xe2\x80\xa2", 3) == 0 &&
		    (q + 3 == eol || q[3] == ' '))
			q += 3;
		else
			q = p;
		for (; q < eol; q++) {
			if (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\r')
				continue;
			if (*q == '\\' && q + 1 < eol && q[1] == '*') {
				out[j++] = '*';
				q++;
				continue;
			}
			if (*q == '*') {
				/* A run between spaces is an asterisk. */
				const char *r = q;
				int lit;

				while (r < eol && *r == '*')
					r++;
				lit = (q == p || q[-1] == ' ' || q[-1] == '\t') &&
				    (r == eol || *r == ' ' || *r == '\t');
				while (q < r) {
					if (lit)
						out[j++] = '*';
					q++;
				}
				q--;
				continue;
			}
			if (*q == '<' && (strncmp(q, "<i>", 3) == 0 ||
			    strncmp(q, "<b>", 3) == 0)) {
				q += 2;
				continue;
			}
			if (*q == '<' && (strncmp(q, "</i>", 4) == 0 ||
			    strncmp(q, "</b>", 4) == 0)) {
				q += 3;
				continue;
			}
			out[j++] = *q;
		}
		p = *eol ? eol + 1 : eol;
	}
	out[j] = '\0';
	*n = j;
	return out;
}

static void
collect(xmlNodePtr n, struct pk_buf *content, struct pk_buf *fw, int in_fw)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE) {
			const char *s = (const char *)n->content;

			for (; *s; s++)
				if (*s != ' ' && *s != '\t' && *s != '\n')
					pk_buf_putc(in_fw ? fw : content, *s);
		} else if (n->type == XML_ELEMENT_NODE)
			collect(n->children, content, fw, in_fw ||
			    xmlStrEqual(n->name, BAD_CAST "furniture"));
	}
}

/* Whether s is an interleaving of a and b, each kept in order. */
static int
interleaves(const char *s, size_t ns, const char *a, size_t na,
    const char *b, size_t nb)
{
	unsigned char	*row;
	size_t		 i, k;
	int		 ok;

	if (na + nb != ns)
		return 0;
	row = calloc(nb + 1, 1);
	/* row[k] after step i: s[0..i+k) from a[0..i) and b[0..k). */
	row[0] = 1;
	for (k = 1; k <= nb; k++)
		row[k] = row[k - 1] && b[k - 1] == s[k - 1];
	for (i = 1; i <= na; i++) {
		row[0] = row[0] && a[i - 1] == s[i - 1];
		for (k = 1; k <= nb; k++)
			row[k] = (row[k] && a[i - 1] == s[i + k - 1]) ||
			    (row[k - 1] && b[k - 1] == s[i + k - 1]);
	}
	ok = row[nb];
	free(row);
	return ok;
}

static void
assert_nothing_lost(const char *path, xmlDocPtr doc)
{
	struct pk_buf	 content = { 0 }, fw = { 0 };
	char		*text, *in;
	size_t		 n;

	text = slurp(path, NULL);
	in = input_chars(text, &n);
	collect(xmlDocGetRootElement(doc)->children, &content, &fw, 0);
	cr_assert(interleaves(in, n, content.data ? content.data : "",
	    content.len, fw.data ? fw.data : "", fw.len),
	    "%s: input %zu chars, content %zu + furniture %zu: not all "
	    "accounted for in order", path, n, content.len, fw.len);
	free(text);
	free(in);
	pk_buf_free(&content);
	pk_buf_free(&fw);
}

Test(lost, nothing_lost_in_the_seeds_and_fixtures)
{
	static const char *const inputs[] = {
		SRC("fixtures/seed-000.txt"),
		SRC("fixtures/seed-003.txt"),
		SRC("fixtures/kf-narvarolista.txt"),
		SRC("fixtures/council-en.txt"),
		SRC("fixtures/de-gemeinderat.txt"),
		SHARED("seeds/000_4f5c8b999293caa3.txt"),
		SHARED("seeds/003_1ee969b3a623bba5.txt"),
	};
	size_t	 i, ran = 0;

	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		xmlDocPtr doc;

		if (!exists(inputs[i]))
			continue;
		doc = segment_file(inputs[i], NULL);
		assert_nothing_lost(inputs[i], doc);
		xmlFreeDoc(doc);
		ran++;
	}
	cr_assert_geq(ran, 2);
}

Test(lost, checker_catches_a_dropped_character)
{
	/* The property itself must be able to fail. */
	cr_assert(interleaves("abXcd", 5, "abcd", 4, "X", 1));
	cr_assert_not(interleaves("abXcd", 5, "abd", 3, "X", 1));
	cr_assert_not(interleaves("abXcd", 5, "bacd", 4, "X", 1));
}

/* Pieces that generated documents are made of, both profiles' kinds. */
static const char *const pieces[] = {
	"Plats och tid\tRådhuset, Sala kl. 13:00-16:30",
	"Beslutande ledamöter\tAnna Berg (S) (Ordförande), Per Ek (M), "
	    "Lisa Al (V) (deltar på distans)",
	"Övriga närvarande\tEva Lund (sekreterare) Olof Nyström (ekonom)",
	"Utses att justera\tPer Ek",
	"Justeringens plats och tid\tRådhuset 2023-02-30 10:00",
	"Protokollet omfattar\t§§ 1-9",
	"Underskrifter\tSekreterare Eva Lund",
	"\tOrdförande Anna Berg",
	"ANSLAG/BEVIS\tProtokollet är justerat.",
	"Organ\tKommunstyrelsen",
	"Justerandes sign**Utdragsbestyrkande**",
	"Sida 2 av 7",
	"**§ 4 Budget 2024**",
	"§5 Motion om *cykelvägar*",
	"KS 2023/118",
	"Dnr KS 2024/7",
	"Sammanfattning",
	"Beslut",
	"Beslut: Kommunstyrelsen bifaller motionen.",
	"Beslutsunderlag",
	"- Tjänsteskrivelse 2023-12-01",
	"- Att uppdra åt förvaltningen att utreda frågan.",
	" - att avslå resten.",
	"-",
	"1. **Information**",
	"2. Övriga frågor",
	"3. Nästa möte",
	"Närvarande\tKim Ek *Lerums kommun*\t✓\tBo Ask *SÄS*\t-",
	"\tAda Lind *HSN*\t\tUlf Berg *Habilitering*\t✓",
	"Dokumenttyp **Protokoll**",
	"Datum 2019-05-03",
	"Vid protokollet",
	"Justeras",
	"Kim Ek (S)",
	"Ordförande",
	"Ordet är fritt. Ärendet bordläggs till nästa sammanträde.",
	"Ett stycke med ** tecken * och * stjärnor och \\*escape.",
	"A\tB\tC",
	"Ansvar\nKim",
	"Protokollet är justerat.",
	"12. Fel nummer",
	/* Layouts of the families: labels over lines, lists under them. */
	"**Justeringens**",
	"**plats och tid**\tKansliet 2024-01-30",
	"**Tjänstgörande**",
	"**ersättare**",
	"Carina Olsson (S) för Emma Fransson (S)",
	"\tHanna Dahlberg, 1:e vice",
	"\tordförande (SD), Ulf Ek (V)",
	"Anders Berg, strateg",
	"**Underskrifter**\tSekreterare",
	"Vid protokollet\tJusteras",
	"Kim Ek\tBo Ask (S)\t-",
	"**§10**",
	"1\t**Inledning**",
	"Skolsamverkan Nora\tProtokoll\t2 (2)",
	"**Kommunfullmäktiges beslut**",
	"Kommunfullmäktige beslutar att anta planen.",
	"",
	"",
	"\f",
};

static void
generate(unsigned seed, struct pk_buf *out)
{
	unsigned	 i, n;
	const size_t	 npieces = sizeof(pieces) / sizeof(pieces[0]);

	srand(seed);
	pk_buf_reset(out);
	n = 5 + (unsigned)rand() % 60;
	for (i = 0; i < n; i++) {
		pk_buf_puts(out, pieces[(size_t)rand() % npieces]);
		pk_buf_putc(out, '\n');
		if (rand() % 2)
			pk_buf_putc(out, '\n');
	}
	pk_buf_puts(out, "Sista raden.\n");
}

Test(lost, generated_documents_are_valid_and_lose_nothing, .timeout = 120)
{
	xmlSchemaParserCtxtPtr	 pctx;
	xmlSchemaPtr		 schema;
	struct pk_buf		 text = { 0 };
	char			 path[] = "/tmp/pk-gen-XXXXXX";
	unsigned		 seed;
	const char		*profiles[] = { NULL, "sv-protokoll",
	    "sv-samverkan" };

	pctx = xmlSchemaNewParserCtxt(SRC("schemas/minutes.xsd"));
	schema = xmlSchemaParse(pctx);
	xmlSchemaFreeParserCtxt(pctx);
	cr_assert_not_null(schema);
	for (seed = 1; seed <= 300; seed++) {
		int fd = mkstemp(path);
		xmlDocPtr doc;
		xmlSchemaValidCtxtPtr v;

		generate(seed, &text);
		cr_assert(write(fd, text.data, text.len) == (ssize_t)text.len);
		close(fd);
		doc = segment_file(path, profiles[seed % 3]);
		v = xmlSchemaNewValidCtxt(schema);
		cr_assert_eq(xmlSchemaValidateDoc(v, doc), 0,
		    "seed %u: output not valid (input kept: %s)", seed, path);
		xmlSchemaFreeValidCtxt(v);
		assert_nothing_lost(path, doc);
		xmlFreeDoc(doc);
		unlink(path);
		strcpy(path, "/tmp/pk-gen-XXXXXX");
	}
	xmlSchemaFree(schema);
	pk_buf_free(&text);
}
