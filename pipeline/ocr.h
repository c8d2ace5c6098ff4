/* OCR with Tesseract: a gray page image in, words with their boxes out. */
#ifndef PK_OCR_H
#define PK_OCR_H

#include <stddef.h>

enum pk_ocr_mode {
	PK_OCR_AUTO,		/* pages without a usable text layer */
	PK_OCR_ALWAYS,		/* every page, the text layer ignored */
	PK_OCR_NEVER,
	PK_OCR_KEEP		/* as auto, but an invisible text layer (an
				 * earlier OCR's) is trusted, never judged */
};

/* What pk-extract was asked for; zeros mean the defaults. */
struct pk_ocr_opts {
	enum pk_ocr_mode	 mode;
	const char		*lang;	/* Tesseract's languages, "swe+eng";
					 * NULL or "auto": the document's */
	int			 dpi;	/* rendering resolution, 300 */
	int			 jobs;	/* pages recognised at once, 1 */
	/* Told of each page handed to OCR (pk-batch widens its limits). */
	void			(*on_page)(void *);
	void			*on_page_arg;
};

/*
 * --lang auto (the default): the first page is read with PK_OCR_LANG,
 * the language of what was read (langid.h) picks the document's
 * (ocrlang.c), and every page is read with that one and English.
 */
#define PK_OCR_LANG_AUTO	"auto"
#define PK_OCR_LANG	"swe"
#define PK_OCR_DPI	300
/* A page whose mean word confidence is below this is flagged. */
#define PK_OCR_LOW_CONF	70

/* One recognised word: its text (UTF-8, owned) and box in pixels. */
struct pk_ocr_word {
	char	*text;
	int	 x0, y0, x1, y1;
	float	 conf;		/* 0..100 */
	int	 line_start;	/* first word of a text line */
	int	 para_start;	/* first word of a paragraph */
	int	 baseline;	/* of its line, in pixels */
};

/* A page's words in reading order, as the engine found them. */
struct pk_ocr_page {
	struct pk_ocr_word	*words;
	size_t			 nwords, cap;
	int			 width, height;	/* of the image read, after
						 * turning it upright */
	int			 rotated;	/* degrees turned, 0 90 180 270 */
	float			 mean_conf;	/* of the words, 0..100 */
	size_t			 sideways;	/* words read down the page */
	int			 failed;
};

struct pk_ocr;

/*
 * Load the engine's library, once (pk_ocr_new does it too; call it
 * before starting threads).  Returns 0, or -1 with a message in err.
 */
int		 pk_ocr_load(char *err, size_t errlen);
/* The engine's name and version, "tesseract 5.3.0", once loaded. */
const char	*pk_ocr_version(void);
/*
 * An engine for lang (NULL: PK_OCR_LANG).  Returns NULL with a message
 * in err[0..errlen) when the data of any of its languages cannot be
 * loaded.
 */
struct pk_ocr	*pk_ocr_new(const char *lang, char *err, size_t errlen);
/*
 * Which languages of lang ("swe+eng+nor") Tesseract has no data for,
 * into missing[0..size) ("nor"; joined by "+"), before any page is
 * read: Tesseract itself drops such a language and reads on with the
 * others.  Returns 0 when it has them all, 1 when some are missing, -1
 * with err when Tesseract cannot be loaded.
 */
int	pk_ocr_missing_langs(const char *lang, char *missing, size_t size,
	    char *err, size_t errlen);
/* The message for missing languages of lang, into out[0..size). */
void	pk_ocr_lang_message(const char *lang, const char *missing, char *out,
	    size_t size);
/*
 * Recognise an 8-bit gray image (stride bytes a row) scanned at dpi.
 * The page is turned upright first when the engine finds it on its side
 * or upside down.  Fills page; returns 0, or -1 (page->failed).
 */
int	pk_ocr_recognise(struct pk_ocr *, const unsigned char *gray, int w,
	    int h, int stride, int dpi, struct pk_ocr_page *page);
void	pk_ocr_page_free(struct pk_ocr_page *);
/*
 * An engine that only looks words up in the dictionary of lang's first
 * language ("nor" of "nor+eng"), for judging a text layer (pdflayer.c).
 * NULL with a message in err when that cannot be loaded.
 */
struct pk_ocr	*pk_ocr_dict_new(const char *lang, char *err, size_t errlen);
/* Whether word (UTF-8) is in that dictionary. */
int	pk_ocr_dict_has(struct pk_ocr *, const char *word);
void	pk_ocr_free(struct pk_ocr *);

#endif
