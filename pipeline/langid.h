/* Language identification of paged text (Compact Language Detector 2). */
#ifndef PK_LANGID_H
#define PK_LANGID_H

#include "text.h"

/* The language of a document's content. */
struct pk_lang {
	char	tag[16];	/* BCP 47 ("sv", "nb", "de"); "und" unknown */
	int	percent;	/* share of the text in it, 0-100 */
	int	reliable;	/* enough text in one language to tell */
};

/* How much of the content is read: enough for a sure answer. */
#define PK_LANGID_MAX_BYTES	((size_t)16 << 10)

/*
 * The language of t's content lines: front matter, furniture records
 * and emphasis marks are left out.  Returns 0, or -1 when out of memory
 * (out is then "und").
 */
int	pk_langid_text(const struct pk_text *t, struct pk_lang *out);
/* Load the language detector ahead of the first text (cld2.h). */
void	pk_langid_load(void);
/* The same over plain UTF-8 text s[0..len). */
void	pk_langid_plain(const char *s, size_t len, struct pk_lang *out);

#endif
