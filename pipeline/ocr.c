/* OCR with Tesseract's C API: orientation, then words, boxes, confidences. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tesseract/capi.h>

#include "lazylib.h"
#include "ocr.h"
#include "ocrlost.h"
#include "ocrmargin.h"
#include "ocrtype.h"

/* Orientation is trusted from this confidence on (Tesseract's scale). */
#define OSD_MIN_CONF	2.0f
/* A page read as it lies with this many words, at PK_OCR_LOW_CONF or
 * more, is upright: no orientation detection. */
#define OSD_SKIP_WORDS	8

/*
 * The Swedish model reads Swedish letters best (with English beside it,
 * "år" came out "ar" and "nämnden" "namnden": the English model won
 * those words), but it misreads two signs the English one reads right:
 * the section sign an item number stands behind ("$", "&", "5", "8":
 * "& 10.", "88.") and an address's "@" ("Q").  So a page is read with
 * the document's model alone, and a word that may hold such a sign is
 * read again alone with the English model, taken only when that reading
 * has the sign (sign_read).
 */
#define SIGN_LANG	"eng"
#define SIGN		"\xc2\xa7"	/* U+00A7 SECTION SIGN */
#define SIGN_SECTION	1		/* kinds of sign a word may hold */
#define SIGN_AT		2
#define SIGN_MAX_BYTES	4		/* a line's first word up to "$11." */
/* A word read in its line at less than this is read again alone, up to
 * REREAD_MAX words a page. */
#define REREAD_CONF	40
#define REREAD_MAX	40

/*
 * Tesseract is loaded when the first page needs it: documents with a
 * text layer never pay for it, and its OpenMP runtime reads
 * OMP_THREAD_LIMIT as it loads, which is set to 1 first (unless the
 * user set it) because pages run on threads of our own.
 */
#define TESS_LIB	"libtesseract.so.5"
#define TESS_FUNCS(X) \
	X(TessVersion) \
	X(TessDeleteText) \
	X(TessBaseAPICreate) \
	X(TessBaseAPIDelete) \
	X(TessBaseAPISetVariable) \
	X(TessBaseAPIInit2) \
	X(TessBaseAPIInit3) \
	X(TessBaseAPIGetLoadedLanguagesAsVector) \
	X(TessDeleteTextArray) \
	X(TessBaseAPISetPageSegMode) \
	X(TessBaseAPISetImage) \
	X(TessBaseAPISetSourceResolution) \
	X(TessBaseAPIRecognize) \
	X(TessBaseAPISetRectangle) \
	X(TessBaseAPIGetUTF8Text) \
	X(TessBaseAPIMeanTextConf) \
	X(TessBaseAPIGetIterator) \
	X(TessBaseAPIIsValidWord) \
	X(TessBaseAPIClear) \
	X(TessBaseAPIEnd) \
	X(TessBaseAPIDetectOrientationScript) \
	X(TessPageIteratorIsAtBeginningOf) \
	X(TessPageIteratorBoundingBox) \
	X(TessPageIteratorBaseline) \
	X(TessResultIteratorDelete) \
	X(TessResultIteratorGetPageIterator) \
	X(TessResultIteratorNext) \
	X(TessResultIteratorGetUTF8Text) \
	X(TessResultIteratorConfidence)
PK_LAZYLIB(tess, TESS_LIB, "libtesseract5", TESS_FUNCS);

static pthread_once_t	 tess_once = PTHREAD_ONCE_INIT;
static int		 tess_loaded;

static void
load(void)
{
	setenv("OMP_THREAD_LIMIT", "1", 0);
	if (pk_lazylib_load(&tess_lib) == -1)
		return;
	tess_loaded = 1;
}

int
pk_ocr_load(char *err, size_t errlen)
{
	pthread_once(&tess_once, load);
	if (!tess_loaded)
		snprintf(err, errlen, "%s", tess_lib.err);
	return tess_loaded ? 0 : -1;
}

struct pk_ocr {
	TessBaseAPI	*api;		/* recognition */
	TessBaseAPI	*osd;		/* orientation, or NULL without osd data */
	int		 osd_tried;	/* osd loaded, or found missing */
	TessBaseAPI	*signs;		/* English, for a line's first sign */
	int		 signs_wanted;	/* the languages read lack English */
	int		 signs_tried;	/* signs loaded, or found missing */
};

const char *
pk_ocr_version(void)
{
	static char	 buf[64];

	if (buf[0] == '\0')
		snprintf(buf, sizeof(buf), "tesseract %s", tess_loaded ?
		    tess.TessVersion() : "(not loaded)");
	return buf;
}

/*
 * Recognition engines are LSTM only.  Debian's models hold nothing else,
 * so this reads them as before; models that also hold the legacy engine
 * (TESSDATA_PREFIX pointing at the tessdata repository's) would
 * otherwise have its classifier loaded too, and Tesseract's default
 * mode for them reads with both.
 */
static int
init_lstm(TessBaseAPI *api, const char *lang)
{
	return tess.TessBaseAPIInit2(api, NULL, lang, OEM_LSTM_ONLY);
}

/* Tesseract's own chatter (resolution estimates, diacritics) goes nowhere:
 * pk-extract says what matters once, as its own diagnostics. */
static void
quiet(TessBaseAPI *api)
{
	tess.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
}

/*
 * The languages of lang ("swe+eng+nor") that api, initialised with
 * it, did not load, into missing ("nor", joined by "+"): Tesseract
 * drops a language it has no data for and reads on with the others.
 * Returns how many.
 */
static int
not_loaded(TessBaseAPI *api, const char *lang, char *missing, size_t size)
{
	char	**loaded = tess.TessBaseAPIGetLoadedLanguagesAsVector(api);
	const char *p = lang;
	size_t	 n, used = 0;
	int	 nmissing = 0, found;

	missing[0] = '\0';
	while (*p != '\0') {
		n = strcspn(p, "+");
		found = 0;
		for (size_t i = 0; loaded != NULL && loaded[i] != NULL; i++)
			if (strlen(loaded[i]) == n &&
			    strncmp(loaded[i], p, n) == 0)
				found = 1;
		if (!found && n > 0) {
			nmissing++;
			if (used < size)
				used += (size_t)snprintf(missing + used,
				    size - used, "%s%.*s", used ? "+" : "",
				    (int)n, p);
		}
		p += n;
		if (*p == '+')
			p++;
	}
	if (loaded != NULL)
		tess.TessDeleteTextArray(loaded);
	return nmissing;
}

void
pk_ocr_lang_message(const char *lang, const char *missing, char *out,
    size_t size)
{
	int	 one = strchr(missing, '+') == NULL;

	snprintf(out, size, "no Tesseract language data for %s%s%s%s: "
	    "install tesseract-ocr-%s, or set TESSDATA_PREFIX, or leave %s "
	    "out of --lang", missing, strcmp(lang, missing) != 0 ? " (of " :
	    "", strcmp(lang, missing) != 0 ? lang : "", strcmp(lang, missing)
	    != 0 ? ")" : "", one ? missing : "LANG for each", one ? "it" :
	    "them");
}

int
pk_ocr_missing_langs(const char *lang, char *missing, size_t size,
    char *err, size_t errlen)
{
	TessBaseAPI	*api;
	int		 rc;

	if (pk_ocr_load(err, errlen) == -1)
		return -1;
	if ((api = tess.TessBaseAPICreate()) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	quiet(api);
	if (init_lstm(api, lang) != 0) {
		/* None of them. */
		snprintf(missing, size, "%s", lang);
		rc = 1;
	} else
		rc = not_loaded(api, lang, missing, size) > 0;
	tess.TessBaseAPIEnd(api);
	tess.TessBaseAPIDelete(api);
	return rc;
}

struct pk_ocr *
pk_ocr_new(const char *lang, char *err, size_t errlen)
{
	char		 missing[128];

	struct pk_ocr	*o;

	if (lang == NULL)
		lang = PK_OCR_LANG;
	if (pk_ocr_load(err, errlen) == -1)
		return NULL;
	if ((o = calloc(1, sizeof(*o))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if ((o->api = tess.TessBaseAPICreate()) == NULL) {
		free(o);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	quiet(o->api);
	/*
	 * A language without data is an error, not dropped in silence
	 * while the document says it was used (issue 13).
	 */
	if (init_lstm(o->api, lang) != 0)
		snprintf(missing, sizeof(missing), "%s", lang);
	else
		(void)not_loaded(o->api, lang, missing, sizeof(missing));
	if (missing[0] != '\0') {
		pk_ocr_lang_message(lang, missing, err, errlen);
		pk_ocr_free(o);
		return NULL;
	}
	quiet(o->api);
	tess.TessBaseAPISetPageSegMode(o->api, PSM_AUTO);
	o->signs_wanted = strstr(lang, SIGN_LANG) == NULL;
	return o;
}

/*
 * An engine loaded when a page first needs it, into *slot (*tried set
 * once it was tried): lang's data read with the LSTM engine, or "osd"
 * as Tesseract reads it; NULL without the data.
 */
static TessBaseAPI *
lazy_engine(TessBaseAPI **slot, int *tried, const char *lang,
    TessPageSegMode psm)
{
	int	 rc;

	if (*tried)
		return *slot;
	*tried = 1;
	if ((*slot = tess.TessBaseAPICreate()) == NULL)
		return NULL;
	quiet(*slot);
	rc = strcmp(lang, "osd") == 0 ? tess.TessBaseAPIInit3(*slot, NULL,
	    lang) : init_lstm(*slot, lang);
	if (rc != 0) {
		tess.TessBaseAPIDelete(*slot);
		*slot = NULL;
		return NULL;
	}
	quiet(*slot);
	tess.TessBaseAPISetPageSegMode(*slot, psm);
	return *slot;
}

/*
 * The orientation engine, loaded when a page first needs it (a page
 * read poorly, pk_ocr_recognise): loading osd.traineddata costs 0.07 s,
 * as much as reading a tenth of a page, and most documents never ask.
 * Without the data, NULL: pages are read as they come.
 */
static TessBaseAPI *
osd_engine(struct pk_ocr *o)
{
	return lazy_engine(&o->osd, &o->osd_tried, "osd", PSM_OSD_ONLY);
}

/* The English engine for signs, loaded when a page first has one. */
static TessBaseAPI *
signs_engine(struct pk_ocr *o)
{
	return lazy_engine(&o->signs, &o->signs_tried, SIGN_LANG,
	    PSM_SINGLE_WORD);
}

/* Whether a and b have the same letters, in order: a reading again
 * that only moves punctuation ("staff" as "staff”.") gains nothing. */
static int
same_letters(const char *a, const char *b)
{
	for (;;) {
		while (*a != '\0' && !pk_ocr_letter_byte((unsigned char)*a))
			a++;
		while (*b != '\0' && !pk_ocr_letter_byte((unsigned char)*b))
			b++;
		if (*a != *b)
			return 0;
		if (*a == '\0')
			return 1;
		a++;
		b++;
	}
}

/*
 * Whether word i may hold a misread sign: SIGN_SECTION for a line's
 * first word, short, and either not all letters ("$", "&", "5", "88.",
 * "fr:") or standing before a number ("S 85.", "sg 83."; "Ja 12 röster"
 * is read again for nothing); SIGN_AT for an address's "@" read as "Q"
 * ("carina.westerelveQalingsas.se").  0 for other words.
 */
static int
sign_like(const struct pk_ocr_page *page, size_t i)
{
	const struct pk_ocr_word *w = &page->words[i], *next;
	size_t	 n = strlen(w->text), k;

	const char *q = strchr(w->text, 'Q');

	if (q != NULL && q > w->text &&
	    pk_ocr_letter_byte((unsigned char)q[-1]) &&
	    pk_ocr_letter_byte((unsigned char)q[1]) && strchr(q, '.') != NULL &&
	    strchr(w->text, '@') == NULL)
		return SIGN_AT;
	if (!w->line_start || n == 0 || n > SIGN_MAX_BYTES ||
	    strstr(w->text, SIGN) != NULL)
		return 0;
	for (k = 0; k < n; k++)
		if (!pk_ocr_letter_byte((unsigned char)w->text[k]))
			return SIGN_SECTION;
	next = i + 1 < page->nwords ? &page->words[i + 1] : NULL;
	return next != NULL && !next->line_start &&
	    next->text[0] >= '0' && next->text[0] <= '9' ? SIGN_SECTION : 0;
}


/* The digits of s, into out (size bytes). */
static void
digits(const char *s, char *out, size_t size)
{
	size_t	 n = 0;

	for (; *s != '\0' && n + 1 < size; s++)
		if (*s >= '0' && *s <= '9')
			out[n++] = *s;
	out[n] = '\0';
}

/*
 * Whether the English reading again of a word that may hold a sign of
 * kind is its sign: a section sign, and the number the first reading
 * had, or had after the sign it took for a digit ("88." is "§8.", "5"
 * is "§"; but "810." is not "§1e."); an "@" where the first had "Q",
 * the letters else the same.
 */
static int
sign_read(int kind, const char *first, const char *again)
{
	char	 a[16], b[16], *at, *c;
	int	 same;

	if (kind == SIGN_AT) {
		if (strchr(again, '@') == NULL || (at = strdup(first)) == NULL)
			return 0;
		for (c = at; *c != '\0'; c++)
			if (*c == 'Q')
				*c = '@';
		same = same_letters(at, again);
		free(at);
		return same;
	}
	if (strstr(again, SIGN) == NULL)
		return 0;
	digits(first, a, sizeof(a));
	digits(again, b, sizeof(b));
	return strcmp(a, b) == 0 || (a[0] != '\0' && first[0] == a[0] &&
	    strcmp(a + 1, b) == 0);
}

/*
 * Whether a word read again alone (text, at conf) is to be trusted over
 * wd: sure of itself, surer than before, and a word of about as many
 * letters (not "PENE" for "paraferer......cccsss", nor "220508" for
 * "ses").
 */
static int
surer(const struct pk_ocr_word *wd, const char *text, int conf)
{
	size_t	 before = pk_ocr_letters(wd->text);
	size_t	 after = pk_ocr_letters(text);

	return conf >= PK_OCR_LOW_CONF && (float)conf > wd->conf &&
	    after >= 3 && 2 * after >= before && after <= 2 * before &&
	    !same_letters(wd->text, text);
}

/*
 * Word wd of page read again, alone, by api (whose image is set): its
 * text trimmed into *text (malloc'd; NULL when it read nothing or more
 * than one word) and its confidence.  0, or -1 when memory ran out.
 */
static int
read_word(TessBaseAPI *api, const struct pk_ocr_page *page,
    const struct pk_ocr_word *wd, char **text, int *conf)
{
	int	 pad, x0, y0, x1, y1;
	char	*t, *s, *e;

	*text = NULL;
	/* A margin of a third of the word's height: the engine reads a
	 * word it sees whole, with white around it. */
	pad = (wd->y1 - wd->y0) / 3;
	x0 = wd->x0 - pad > 0 ? wd->x0 - pad : 0;
	y0 = wd->y0 - pad > 0 ? wd->y0 - pad : 0;
	x1 = wd->x1 + pad < page->width ? wd->x1 + pad : page->width;
	y1 = wd->y1 + pad < page->height ? wd->y1 + pad : page->height;
	tess.TessBaseAPISetRectangle(api, x0, y0, x1 - x0, y1 - y0);
	if ((t = tess.TessBaseAPIGetUTF8Text(api)) == NULL)
		return 0;
	*conf = tess.TessBaseAPIMeanTextConf(api);
	s = t + strspn(t, " \n");
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\n'))
		e--;
	if (e > s && strcspn(s, " \n") >= (size_t)(e - s) &&
	    (*text = strndup(s, (size_t)(e - s))) == NULL) {
		tess.TessDeleteText(t);
		return -1;
	}
	tess.TessDeleteText(t);
	return 0;
}

/* Set api to read single words off the page's image. */
static void
word_mode(TessBaseAPI *api, const unsigned char *gray, int w, int h,
    int stride, int dpi)
{
	tess.TessBaseAPISetPageSegMode(api, PSM_SINGLE_WORD);
	tess.TessBaseAPISetImage(api, gray, w, h, 1, stride);
	tess.TessBaseAPISetSourceResolution(api, dpi);
}

/*
 * Words read again, alone, where reading them in their line went
 * wrong: a sign-like first word of a line with the English model (taken
 * when it reads a section sign), and a word read with a confidence
 * below REREAD_CONF with the page's own model (taken when it is surer:
 * "Storsjön." came out "SEOfrSJjÖNnN." in its line, at 12, and right
 * alone).  At most REREAD_MAX words a page: a poor scan is not read
 * twice over.  0, or -1 when memory ran out.
 */
static int
reread_words(struct pk_ocr *o, const unsigned char *gray, int w, int h,
    int stride, int dpi, struct pk_ocr_page *page)
{
	TessBaseAPI	*signs = NULL;
	size_t		 i, n = 0;
	int		 rc = 0, own = 0;

	for (i = 0; i < page->nwords && rc == 0 && n < REREAD_MAX; i++) {
		struct pk_ocr_word *wd = &page->words[i];
		char	*text;
		int	 conf = 0, kind;

		if (o->signs_wanted && (kind = sign_like(page, i)) != 0) {
			if (signs == NULL) {
				if ((signs = signs_engine(o)) == NULL)
					continue;	/* no English */
				word_mode(signs, gray, w, h, stride, dpi);
			}
			n++;
			if ((rc = read_word(signs, page, wd, &text, &conf)) ==
			    0 && text != NULL &&
			    !sign_read(kind, wd->text, text)) {
				free(text);
				text = NULL;
			}
		} else if (wd->conf < (float)REREAD_CONF &&
		    pk_ocr_letters(wd->text) >= 3) {
			if (!own) {
				word_mode(o->api, gray, w, h, stride, dpi);
				own = 1;
			}
			n++;
			if ((rc = read_word(o->api, page, wd, &text, &conf)) ==
			    0 && text != NULL && !surer(wd, text, conf)) {
				free(text);
				text = NULL;
			}
			if (text != NULL)
				wd->conf = (float)conf;
		} else
			continue;
		if (rc == 0 && text != NULL) {
			free(wd->text);
			wd->text = text;
		}
	}
	if (signs != NULL)
		tess.TessBaseAPIClear(signs);
	if (own) {
		tess.TessBaseAPIClear(o->api);
		tess.TessBaseAPISetPageSegMode(o->api, PSM_AUTO);
	}
	return rc;
}

struct pk_ocr *
pk_ocr_dict_new(const char *lang, char *err, size_t errlen)
{
	struct pk_ocr	*o;
	char		 first[32];

	if (lang == NULL)
		lang = PK_OCR_LANG;
	snprintf(first, sizeof(first), "%.*s", (int)strcspn(lang, "+"), lang);
	if (pk_ocr_load(err, errlen) == -1)
		return NULL;
	if ((o = calloc(1, sizeof(*o))) == NULL ||
	    (o->api = tess.TessBaseAPICreate()) == NULL) {
		free(o);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	quiet(o->api);
	if (tess.TessBaseAPIInit3(o->api, NULL, first) != 0) {
		snprintf(err, errlen, "no Tesseract language data for %s",
		    first);
		pk_ocr_free(o);
		return NULL;
	}
	return o;
}

int
pk_ocr_dict_has(struct pk_ocr *o, const char *word)
{
	return tess.TessBaseAPIIsValidWord(o->api, word) != 0;
}

void
pk_ocr_free(struct pk_ocr *o)
{
	if (o == NULL)
		return;
	if (o->api != NULL) {
		tess.TessBaseAPIEnd(o->api);
		tess.TessBaseAPIDelete(o->api);
	}
	if (o->osd != NULL) {
		tess.TessBaseAPIEnd(o->osd);
		tess.TessBaseAPIDelete(o->osd);
	}
	if (o->signs != NULL) {
		tess.TessBaseAPIEnd(o->signs);
		tess.TessBaseAPIDelete(o->signs);
	}
	free(o);
}

void
pk_ocr_page_free(struct pk_ocr_page *p)
{
	size_t	 i;

	for (i = 0; i < p->nwords; i++)
		free(p->words[i].text);
	free(p->words);
	memset(p, 0, sizeof(*p));
}

/*
 * The image turned by deg clockwise (90, 180, 270) into a new buffer of
 * *w x *h bytes, rows packed.
 */
static unsigned char *
turn(const unsigned char *src, int w, int h, int stride, int deg, int *nw,
    int *nh)
{
	unsigned char	*dst;
	int		 x, y;

	*nw = deg == 180 ? w : h;
	*nh = deg == 180 ? h : w;
	if ((dst = malloc((size_t)w * (size_t)h)) == NULL)
		return NULL;
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			unsigned char v = src[(size_t)y * (size_t)stride +
			    (size_t)x];
			int dx, dy;

			if (deg == 90) {
				dx = h - 1 - y;
				dy = x;
			} else if (deg == 180) {
				dx = w - 1 - x;
				dy = h - 1 - y;
			} else {
				dx = y;
				dy = w - 1 - x;
			}
			dst[(size_t)dy * (size_t)*nw + (size_t)dx] = v;
		}
	return dst;
}

/* How far the page must be turned clockwise to stand upright. */
static int
upright_turn(struct pk_ocr *o, const unsigned char *gray, int w, int h,
    int stride, int dpi)
{
	TessBaseAPI	*osd;
	const char	*script = NULL;
	float		 oconf = 0, sconf = 0;
	int		 deg = 0;

	if ((osd = osd_engine(o)) == NULL)
		return 0;
	tess.TessBaseAPISetImage(osd, gray, w, h, 1, stride);
	tess.TessBaseAPISetSourceResolution(osd, dpi);
	if (!tess.TessBaseAPIDetectOrientationScript(osd, &deg, &oconf, &script,
	    &sconf) || oconf < OSD_MIN_CONF)
		deg = 0;
	tess.TessBaseAPIClear(osd);
	/* Tesseract gives the page's rotation counter-clockwise. */
	return deg == 90 || deg == 180 || deg == 270 ? deg : 0;
}

static int
collect(TessBaseAPI *api, struct pk_ocr_page *page)
{
	TessResultIterator	*ri;
	TessPageIterator	*pi;
	double			 conf_sum = 0;
	int			 bx0 = 0, by0 = 0, bx1 = 0, by1 = 0;
	int			 has_base = 0, rc = 0;
	int			 line_start = 0, para_start = 0;

	if ((ri = tess.TessBaseAPIGetIterator(api)) == NULL)
		return 0;	/* nothing on the page */
	pi = tess.TessResultIteratorGetPageIterator(ri);
	do {
		struct pk_ocr_word	 w;
		char			*t;

		memset(&w, 0, sizeof(w));
		if (tess.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE)) {
			has_base = tess.TessPageIteratorBaseline(pi, RIL_TEXTLINE,
			    &bx0, &by0, &bx1, &by1) && bx1 != bx0;
			line_start = 1;
		}
		/* Kept for the next word when this one is left out. */
		if (tess.TessPageIteratorIsAtBeginningOf(pi, RIL_PARA))
			para_start = 1;
		w.line_start = line_start;
		w.para_start = para_start;
		if (!tess.TessPageIteratorBoundingBox(pi, RIL_WORD, &w.x0, &w.y0,
		    &w.x1, &w.y1))
			continue;
		t = tess.TessResultIteratorGetUTF8Text(ri, RIL_WORD);
		if (t == NULL)
			continue;
		if (t[0] == '\0' || strspn(t, " ") == strlen(t)) {
			tess.TessDeleteText(t);
			continue;
		}
		w.text = strdup(t);
		tess.TessDeleteText(t);
		w.conf = tess.TessResultIteratorConfidence(ri, RIL_WORD);
		/* Where the (perhaps skewed) baseline passes the word. */
		w.baseline = has_base ? by0 + (int)((double)(by1 - by0) *
		    (w.x0 - bx0) / (bx1 - bx0)) : w.y1;
		if (w.text == NULL ||
		    pk_ocr_insert_word(page, page->nwords, &w) == -1) {
			free(w.text);
			rc = -1;
			break;
		}
		conf_sum += w.conf;
		/* A word of three letters or more standing taller than it
		 * is wide was read down a page lying on its side. */
		page->sideways += strlen(w.text) >= 3 &&
		    w.y1 - w.y0 > w.x1 - w.x0;
		line_start = para_start = 0;
	} while (tess.TessResultIteratorNext(ri, RIL_WORD));
	tess.TessResultIteratorDelete(ri);
	if (page->nwords > 0)
		page->mean_conf = (float)(conf_sum / (double)page->nwords);
	return rc;
}


/* Whether a word read from lost ink has a letter or a digit (not only
 * specks read as punctuation), read at LOST_CONF or more. */
#define LOST_CONF	50
#define LOST_LINES	32

static int
worth_taking(const struct pk_ocr_word *w)
{
	const char	*t;

	if (w->conf < (float)LOST_CONF)
		return 0;
	for (t = w->text; *t != '\0'; t++)
		if (pk_ocr_letter_byte((unsigned char)*t) ||
		    (*t >= '0' && *t <= '9'))
			return 1;
	return 0;
}

/*
 * The words api reads in box of the image gray, made black on white
 * (pk_ocr_lost_crop), into line, their boxes on the page.  0, or -1
 * when memory ran out.
 */
#define LOST_BORDER	20

static int
read_lost_line(TessBaseAPI *api, const unsigned char *gray, int stride,
    int dpi, const struct pk_ocr_box *box, struct pk_ocr_page *line)
{
	unsigned char	*crop;
	size_t		 i;
	int		 w, h, rc = 0;

	memset(line, 0, sizeof(*line));
	if ((crop = pk_ocr_lost_crop(gray, stride, box, LOST_BORDER, &w,
	    &h)) == NULL)
		return -1;
	tess.TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE);
	tess.TessBaseAPISetImage(api, crop, w, h, 1, w);
	tess.TessBaseAPISetSourceResolution(api, dpi);
	if (tess.TessBaseAPIRecognize(api, NULL) == 0)
		rc = collect(api, line);
	tess.TessBaseAPIClear(api);
	free(crop);
	for (i = 0; i < line->nwords; i++) {
		struct pk_ocr_word *wd = &line->words[i];

		wd->x0 += box->x0 - LOST_BORDER;
		wd->x1 += box->x0 - LOST_BORDER;
		wd->y0 += box->y0 - LOST_BORDER;
		wd->y1 += box->y0 - LOST_BORDER;
		wd->baseline += box->y0 - LOST_BORDER;
	}
	return rc;
}

/* The words of line joined by spaces into buf (size bytes). */
static void
line_text(const struct pk_ocr_page *line, char *buf, size_t size)
{
	size_t	 i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < line->nwords && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s",
		    i > 0 ? " " : "", line->words[i].text);
}

/*
 * Read again, a line at a time, the ink no word of the page covers
 * (ocrlost.c: the page layout drops marks that stand apart, as a "§ 2."
 * alone in a margin), and put the words read there into the page's
 * lines, on a typewriter's page.  A line with a number read with the
 * English model is taken where it has the section sign the page's model
 * took for a digit or a sign ("& 2.", "8 3."), as sign_read judges a
 * line's first word.  At most LOST_LINES such lines a page.  0, or -1
 * when memory ran out.
 */
static int
read_lost(struct pk_ocr *o, const unsigned char *gray, int stride, int dpi,
    struct pk_ocr_page *page)
{
	struct pk_ocr_box	 box[LOST_LINES];
	struct pk_ocr_page	 line, again;
	TessBaseAPI		*signs;
	char			 first[64], second[64];
	size_t			 i, k;
	int			 n, b, rc = 0;

	/* Typewritten pages only: on a scan of print, what the page's
	 * words leave is mostly a signature's strokes, read as letters and
	 * signs into the lines beside it ("Respectfully submitted, )"). */
	if ((n = pk_ocr_typewritten(page)) != 1)
		return n;
	if ((n = pk_ocr_lost_ink(page, gray, stride, dpi, box,
	    LOST_LINES)) <= 0)
		return n;
	for (b = 0; b < n && rc == 0; b++) {
		if ((rc = read_lost_line(o->api, gray, stride, dpi, &box[b],
		    &line)) == -1) {
			pk_ocr_page_free(&line);
			break;
		}
		line_text(&line, first, sizeof(first));
		if (o->signs_wanted && strpbrk(first, "0123456789") != NULL &&
		    strstr(first, SIGN) == NULL &&
		    (signs = signs_engine(o)) != NULL) {
			if ((rc = read_lost_line(signs, gray, stride, dpi,
			    &box[b], &again)) == 0) {
				line_text(&again, second, sizeof(second));
				if (sign_read(SIGN_SECTION, first, second)) {
					pk_ocr_page_free(&line);
					line = again;
				} else
					pk_ocr_page_free(&again);
			} else
				pk_ocr_page_free(&again);
		}
		/* A line with a word worth taking is taken whole: its signs
		 * are ink as much as its letters ("& 4."). */
		for (i = 0; i < line.nwords; i++)
			if (worth_taking(&line.words[i]))
				break;
		k = i < line.nwords ? line.nwords : 0;
		for (i = k; i < line.nwords; i++)
			free(line.words[i].text);
		if (rc == 0)
			rc = pk_ocr_insert_line(page, line.words, k);
		else
			for (i = 0; i < k; i++)
				free(line.words[i].text);
		free(line.words);
	}
	tess.TessBaseAPISetPageSegMode(o->api, PSM_AUTO);
	return rc;
}

/*
 * Replace the words [s, e) of page by the n words of line (whose texts
 * pass to the page).  0, or -1 when memory ran out.
 */
static int
replace_line(struct pk_ocr_page *page, size_t s, size_t e,
    struct pk_ocr_page *line)
{
	size_t	 i;
	int	 para = page->words[s].para_start;

	for (i = s; i < e; i++)
		free(page->words[i].text);
	memmove(page->words + s, page->words + e,
	    (page->nwords - e) * sizeof(*page->words));
	page->nwords -= e - s;
	for (i = 0; i < line->nwords; i++) {
		line->words[i].line_start = i == 0;
		line->words[i].para_start = i == 0 && para;
		if (pk_ocr_insert_word(page, s + i, &line->words[i]) == -1) {
			for (; i < line->nwords; i++)
				free(line->words[i].text);
			line->nwords = 0;
			return -1;
		}
	}
	line->nwords = 0;
	return 0;
}

/* At most this many guessed numbers a page are read again. */
#define GUESSES_MAX	16

/*
 * An item's number in the margin of a typewriter's page that the engine
 * misread ("Srne" for "§ 2.", "$-3.", "ST24", "STL;"; found by
 * pk_ocr_margin_guesses), read again made black on white as a line,
 * with the English model, which reads the section sign, and then with
 * the page's own: taken where one reads a section sign and a number and
 * nothing else.  What was read there first is no guide to the number
 * ("ST24" for "§ 2.", "0;" for "§ 6."); black on white, the sign and
 * the digits read clean.  0, or -1 when memory ran out.
 */
static int
read_margin_guesses(struct pk_ocr *o, const unsigned char *gray, int stride,
    int dpi, struct pk_ocr_page *page)
{
	struct pk_ocr_box	 box[GUESSES_MAX];
	size_t			 first[GUESSES_MAX], n, e;
	struct pk_ocr_page	 again;
	TessBaseAPI		*api[2];
	char			 now[64];
	int			 rc = 0, k, t;

	if ((t = pk_ocr_typewritten(page)) != 1)
		return t;
	if ((n = pk_ocr_margin_guesses(page, first, box, GUESSES_MAX)) == 0)
		return 0;
	api[0] = o->signs_wanted ? signs_engine(o) : NULL;
	api[1] = o->api;
	/* From the last: a line replaced moves the words after it. */
	while (n-- > 0 && rc == 0) {
		for (e = first[n] + 1; e < page->nwords &&
		    !page->words[e].line_start; e++)
			;
		for (k = 0; k < 2 && rc == 0; k++) {
			if (api[k] == NULL)
				continue;
			if ((rc = read_lost_line(api[k], gray, stride, dpi,
			    &box[n], &again)) == 0) {
				line_text(&again, now, sizeof(now));
				if (pk_ocr_margin_head(now)) {
					rc = replace_line(page, first[n], e,
					    &again);
					k = 2;
				}
			}
			pk_ocr_page_free(&again);
		}
	}
	tess.TessBaseAPISetPageSegMode(o->api, PSM_AUTO);
	return rc;
}

/* The page's model's dictionary, for mending a typewriter's words. */
static int
lexicon_has(void *o, const char *word)
{
	return pk_ocr_dict_has(o, word);
}

/* Recognise the image as it lies into page; 0, or -1. */
static int
read_as_is(struct pk_ocr *o, const unsigned char *gray, int w, int h,
    int stride, int dpi, struct pk_ocr_page *page)
{
	struct pk_ocr_lexicon	 lexicon = { lexicon_has, o };
	int			 rc;

	memset(page, 0, sizeof(*page));
	page->width = w;
	page->height = h;
	tess.TessBaseAPISetImage(o->api, gray, w, h, 1, stride);
	tess.TessBaseAPISetSourceResolution(o->api, dpi);
	if (tess.TessBaseAPIRecognize(o->api, NULL) != 0)
		rc = -1;
	else
		rc = collect(o->api, page);
	tess.TessBaseAPIClear(o->api);
	if (rc == 0)
		rc = read_lost(o, gray, stride, dpi, page);
	if (rc == 0)
		rc = reread_words(o, gray, w, h, stride, dpi, page);
	if (rc == 0 && pk_ocr_margin_column(page) == -1)
		rc = -1;
	if (rc == 0)
		rc = read_margin_guesses(o, gray, stride, dpi, page);
	if (rc == 0)
		rc = pk_ocr_join_split_words(page);
	if (rc == 0)
		rc = pk_ocr_mend_words(&lexicon, page, gray, stride);
	return rc;
}

/*
 * Whether a page read as it lies was upright: text upside down comes
 * out as few words, or as words the engine is unsure of; text on its
 * side the engine reads well, but down the page, in words taller than
 * they are wide.
 */
static int
read_upright(const struct pk_ocr_page *page)
{
	return page->nwords >= OSD_SKIP_WORDS &&
	    page->mean_conf >= (float)PK_OCR_LOW_CONF &&
	    page->sideways * 10 <= page->nwords;
}

int
pk_ocr_recognise(struct pk_ocr *o, const unsigned char *gray, int w, int h,
    int stride, int dpi, struct pk_ocr_page *page)
{
	unsigned char	*turned = NULL;
	int		 deg, rc, nw, nh;

	/*
	 * Orientation detection costs a third of a page's time (1.0 s of
	 * 3.4 s on the bench's scans), and nearly every page is upright:
	 * a page is read as it lies first, and only one read poorly is
	 * asked which way it lies, and read again if it was turned.
	 */
	rc = read_as_is(o, gray, w, h, stride, dpi, page);
	if (rc == 0 && read_upright(page))
		return 0;
	if ((deg = upright_turn(o, gray, w, h, stride, dpi)) == 0)
		goto out;
	/* Counter-clockwise by deg is clockwise by 360 - deg. */
	if ((turned = turn(gray, w, h, stride, 360 - deg, &nw, &nh)) == NULL) {
		rc = -1;
		goto out;
	}
	pk_ocr_page_free(page);
	rc = read_as_is(o, turned, nw, nh, nw, dpi, page);
	page->rotated = deg;
	free(turned);
out:
	if (rc == -1)
		page->failed = 1;
	return rc;
}
