/*
 * The one C++ file: a C entry to Compact Language Detector 2, whose
 * interface is C++ only.  No exceptions, no C++ library of our own.
 */
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "cld2.h"

extern "C" const char *
pk_cld2_detect(const char *s, int len, int *percent, int *reliable)
{
	CLD2::CLDHints	hints = { nullptr, "", CLD2::UNKNOWN_ENCODING,
			    CLD2::UNKNOWN_LANGUAGE };
	CLD2::Language	lang3[3];
	int		percent3[3] = { 0, 0, 0 }, text_bytes, valid_prefix;
	double		normalized3[3];
	bool		is_reliable = false;
	CLD2::Language	l;

	/* Checks the UTF-8 itself: text from a file is never trusted. */
	l = CLD2::ExtDetectLanguageSummaryCheckUTF8(s, len, true, &hints, 0,
	    lang3, percent3, normalized3, nullptr, &text_bytes, &is_reliable,
	    &valid_prefix);
	*percent = percent3[0];
	*reliable = is_reliable;
	return CLD2::LanguageCode(l);
}
