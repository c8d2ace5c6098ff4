/* OCR in the document's language: which Tesseract languages read it. */
#ifndef PK_OCRLANG_H
#define PK_OCRLANG_H

#include <stddef.h>

#include "ocr.h"

/* Whether lang asks for the document's language ("auto", or none). */
int	pk_ocr_lang_is_auto(const char *lang);
/*
 * The Tesseract languages for the text OCR read on page p ("deu+eng"
 * for German), or NULL when its language cannot be told or has no
 * Tesseract model here.
 */
const char *pk_ocr_lang_of_page(const struct pk_ocr_page *p);
/* The same for UTF-8 text s[0..len) (a text layer's). */
const char *pk_ocr_lang_of_text(const char *s, size_t len);

#endif
