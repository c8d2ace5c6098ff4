/*
 * Compact Language Detector 2, loaded when first needed (lazylib.h):
 * pk-extract, linked statically, pays for it only when OCR has to pick
 * a language, and no program needs a C++ compiler to build.
 *
 * CLD2's interface is C++ only.  Its two functions are taken by the
 * names the C++ ABI of Debian's platforms (Itanium) gives them, and
 * called with the C types of the same layout: pointers, int for the
 * Language enum and the ints, C's bool for C++'s.  The library is
 * Debian's libcld2-0 (0.0.197), whose interface has not changed since
 * 2015; a library without these names is "not loaded", never called.
 */
#include <stdbool.h>
#include <stddef.h>

#include "cld2.h"
#include "lazylib.h"

/* CLD2::CLDHints */
struct cld2_hints {
	const char	*content_language_hint;
	const char	*tld_hint;
	int		 encoding_hint;		/* CLD2::Encoding */
	int		 language_hint;		/* CLD2::Language */
};

/* CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE */
#define CLD2_UNKNOWN_ENCODING	23
#define CLD2_UNKNOWN_LANGUAGE	26

/*
 * CLD2::ExtDetectLanguageSummaryCheckUTF8(buffer, length, is_plain_text,
 * hints, flags, language3, percent3, normalized_score3, resultchunks,
 * text_bytes, is_reliable, valid_prefix_bytes)
 */
typedef int	 detect_fn(const char *, int, bool, const struct cld2_hints *,
		    int, int *, int *, double *, void *, int *, bool *, int *);
/* CLD2::LanguageCode(Language) */
typedef const char *code_fn(int);

static struct {
	detect_fn	*detect;
	code_fn		*code;
} cld2;
static const char *const cld2_names[] = {
	"_ZN4CLD233ExtDetectLanguageSummaryCheckUTF8EPKcibPKNS_8CLDHints"
	    "EiPNS_8LanguageEPiPdPSt6vectorINS_11ResultChunkESaISA_EES7_"
	    "PbS7_",
	"_ZN4CLD212LanguageCodeENS_8LanguageE",
};
static struct pk_lazylib cld2_lib = { "libcld2.so.0", cld2_names, &cld2,
    sizeof(cld2_names) / sizeof(cld2_names[0]), "libcld2-0", 0, "" };

int
pk_cld2_load(void)
{
	return pk_lazylib_load(&cld2_lib);
}

const char *
pk_cld2_detect(const char *s, int len, int *percent, int *reliable)
{
	struct cld2_hints hints = { NULL, "", CLD2_UNKNOWN_ENCODING,
			    CLD2_UNKNOWN_LANGUAGE };
	int		 lang3[3], percent3[3] = { 0, 0, 0 }, text_bytes;
	int		 valid_prefix, l;
	double		 normalized3[3];
	bool		 is_reliable = false;

	*percent = 0;
	*reliable = 0;
	if (pk_lazylib_load(&cld2_lib) == -1)
		return "un";
	/* Checks the UTF-8 itself: text from a file is never trusted. */
	l = cld2.detect(s, len, true, &hints, 0, lang3, percent3, normalized3,
	    NULL, &text_bytes, &is_reliable, &valid_prefix);
	*percent = percent3[0];
	*reliable = is_reliable;
	return cld2.code(l);
}
