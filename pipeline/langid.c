/*
 * Language identification: which language a document is written in, so
 * that segmentation picks a profile of that language and the archive
 * formats can say it (xml:lang, dc:language).  CLD2's n-gram models
 * tell Norwegian from Danish and Swedish where the fingerprints of
 * libexttextcat do not (they take bokmål for Danish).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cld2.h"
#include "langid.h"

/*
 * CLD2's codes that are not the BCP 47 tag archives use: Norwegian it
 * names "no", which is written bokmål in all but nynorsk ("nn"), which
 * CLD2 names apart.
 */
static const char *
bcp47(const char *code)
{
	if (strcmp(code, "no") == 0)
		return "nb";
	if (strcmp(code, "un") == 0 || code[0] == '\0')
		return "und";
	return code;
}

void
pk_langid_load(void)
{
	/* A library that cannot be loaded is "und" on every text. */
	(void)pk_cld2_load();
}

void
pk_langid_plain(const char *s, size_t len, struct pk_lang *out)
{
	const char	*code;

	/* Cut at a character's start: CLD2 rejects a broken sequence. */
	if (len > PK_LANGID_MAX_BYTES) {
		len = PK_LANGID_MAX_BYTES;
		while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
	}
	code = pk_cld2_detect(s, (int)len, &out->percent, &out->reliable);
	snprintf(out->tag, sizeof(out->tag), "%s", bcp47(code));
	if (strcmp(out->tag, "und") == 0)
		out->reliable = 0;
}

int
pk_langid_text(const struct pk_text *t, struct pk_lang *out)
{
	struct pk_buf	 plain = { 0 };
	size_t		 i, j;
	int		 rc = 0;

	for (i = 0; i < t->nlines && plain.len < PK_LANGID_MAX_BYTES; i++) {
		const struct pk_line *l = &t->lines[i];

		if (l->fw_type != NULL)
			continue;
		/* Emphasis marks and tabs are layout, not language. */
		for (j = 0; j < l->len; j++) {
			char c = l->s[j] == '*' || l->s[j] == '\t' ? ' ' :
			    l->s[j];

			if (pk_buf_putc(&plain, c) == -1)
				rc = -1;
		}
		if (pk_buf_putc(&plain, '\n') == -1)
			rc = -1;
	}
	if (rc == -1) {
		pk_buf_free(&plain);
		snprintf(out->tag, sizeof(out->tag), "und");
		out->percent = out->reliable = 0;
		return -1;
	}
	pk_langid_plain(plain.data != NULL ? plain.data : "", plain.len, out);
	pk_buf_free(&plain);
	return 0;
}
