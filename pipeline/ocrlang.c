/*
 * OCR in the document's language.  A model reads its own language's
 * letters best: the Swedish one reads Norwegian "møte" as "mgte" and
 * German "ß" as "B".  Reading a page with every model at once is worse
 * still (it mixes them word by word: on the devset's Swedish scans the
 * words found fell from 0.95 to 0.91).  So the first page is read with
 * the default languages, the language of what was read is identified
 * (which the Swedish model's letters do not hide: CLD2 names German,
 * Norwegian and Danish text read that way right), and the document is
 * read with that language's model, and English for the words every
 * document borrows.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "langid.h"
#include "ocrlang.h"

/*
 * BCP 47 to Tesseract's models (Debian's tesseract-ocr-LANG).  English
 * stays with the default, which holds it: English alone read the
 * corpus's scanned planning board no better (marks out of specks, a
 * dash as "~—"), only differently.
 */
static const struct {
	const char	*tag;
	const char	*tess;
} models[] = {
	{ "sv", PK_OCR_LANG }, { "en", "swe+eng" },
	{ "nb", "nor+eng" }, { "nn", "nor+eng" },
	{ "da", "dan+eng" }, { "de", "deu+eng" },
	{ "fi", "fin+eng" }, { "fr", "fra+eng" }, { "nl", "nld+eng" },
	{ "is", "isl+eng" }, { "et", "est+eng" }, { "pl", "pol+eng" },
};

int
pk_ocr_lang_is_auto(const char *lang)
{
	return lang == NULL || strcmp(lang, PK_OCR_LANG_AUTO) == 0;
}

const char *
pk_ocr_lang_of_text(const char *s, size_t len)
{
	struct pk_lang	 l;
	size_t		 i;

	if (len == 0)
		return NULL;
	pk_langid_plain(s, len, &l);
	if (!l.reliable)
		return NULL;
	for (i = 0; i < sizeof(models) / sizeof(models[0]); i++)
		if (strcmp(models[i].tag, l.tag) == 0)
			return models[i].tess;
	return NULL;
}

const char *
pk_ocr_lang_of_page(const struct pk_ocr_page *p)
{
	struct pk_buf	 text = { 0 };
	const char	*lang;
	size_t		 i;
	int		 rc = 0;

	for (i = 0; i < p->nwords && rc == 0; i++) {
		if (i > 0)
			rc = pk_buf_putc(&text, p->words[i].line_start ?
			    '\n' : ' ');
		if (rc == 0)
			rc = pk_buf_puts(&text, p->words[i].text);
	}
	lang = rc == 0 ? pk_ocr_lang_of_text(text.data, text.len) : NULL;
	pk_buf_free(&text);
	return lang;
}
