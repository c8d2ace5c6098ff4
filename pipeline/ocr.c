/* OCR with Tesseract's C API: orientation, then words, boxes, confidences. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tesseract/capi.h>

#include "lazylib.h"
#include "ocr.h"

/* Orientation is trusted from this confidence on (Tesseract's scale). */
#define OSD_MIN_CONF	2.0f
/* A page read as it lies with this many words, at PK_OCR_LOW_CONF or
 * more, is upright: no orientation detection. */
#define OSD_SKIP_WORDS	8

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
	return o;
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
	if (o->osd_tried)
		return o->osd;
	o->osd_tried = 1;
	if ((o->osd = tess.TessBaseAPICreate()) == NULL)
		return NULL;
	quiet(o->osd);
	if (tess.TessBaseAPIInit3(o->osd, NULL, "osd") != 0) {
		tess.TessBaseAPIDelete(o->osd);
		o->osd = NULL;
		return NULL;
	}
	quiet(o->osd);
	tess.TessBaseAPISetPageSegMode(o->osd, PSM_OSD_ONLY);
	return o->osd;
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
add_word(struct pk_ocr_page *p, const struct pk_ocr_word *w)
{
	if (p->nwords == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 256;
		struct pk_ocr_word *v = realloc(p->words, cap * sizeof(*v));

		if (v == NULL)
			return -1;
		p->words = v;
		p->cap = cap;
	}
	p->words[p->nwords++] = *w;
	return 0;
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
		if (w.text == NULL || add_word(page, &w) == -1) {
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

/* Recognise the image as it lies into page; 0, or -1. */
static int
read_as_is(struct pk_ocr *o, const unsigned char *gray, int w, int h,
    int stride, int dpi, struct pk_ocr_page *page)
{
	int	 rc;

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
