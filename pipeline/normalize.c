/* Parsing the dates, times and numbers that minutes write in many ways. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "normalize.h"

static const char *const months[][12] = {
	{ "januari", "februari", "mars", "april", "maj", "juni", "juli",
	  "augusti", "september", "oktober", "november", "december" },
	{ "january", "february", "march", "april", "may", "june", "july",
	  "august", "september", "october", "november", "december" },
	{ "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep",
	  "okt", "nov", "dec" },
	/* English and Norwegian short forms. */
	{ "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept",
	  "oct", "nov", "dec" },
	{ "januar", "februar", "mars", "april", "mai", "juni", "juli",
	  "august", "september", "oktober", "november", "desember" },
	/* Danish: "marts" and "maj" where Norwegian writes "mars", "mai". */
	{ "januar", "februar", "marts", "april", "maj", "juni", "juli",
	  "august", "september", "oktober", "november", "december" },
	/* German, and its Austrian and umlaut-less spellings. */
	{ "januar", "februar", "märz", "april", "mai", "juni", "juli",
	  "august", "september", "oktober", "november", "dezember" },
	{ "jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug",
	  "sept", "okt", "nov", "dez" },
	/* Swedish of the typewriter's time: "febr.", "sept." */
	{ "jan", "febr", "mars", "april", "maj", "juni", "juli", "aug",
	  "sept", "okt", "nov", "dec" },
};

static int
digits(const char *s, size_t len, size_t at, size_t n, int *val)
{
	size_t	 i;

	if (at + n > len)
		return 0;
	*val = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[at + i]))
			return 0;
		*val = *val * 10 + (s[at + i] - '0');
	}
	/* Not part of a longer number. */
	if (at > 0 && isdigit((unsigned char)s[at - 1]))
		return 0;
	if (at + n < len && isdigit((unsigned char)s[at + n]))
		return 0;
	return 1;
}

static int
put_date(char out[11], int y, int m, int d)
{
	/* A date that does not exist is left as text, not normalised. */
	if (y < 1000 || y > 9999 || !pk_date_exists(y, m, d))
		return -1;
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 13u, (unsigned)d % 32u);
	return 0;
}

static int
month_at(const char *s, size_t len, size_t at, size_t *mlen)
{
	size_t	 t, m, n;

	for (t = 0; t < sizeof(months) / sizeof(months[0]); t++)
		for (m = 0; m < 12; m++) {
			n = strlen(months[t][m]);
			if (at + n <= len &&
			    strncasecmp(s + at, months[t][m], n) == 0 &&
			    (at + n == len || !isalpha((unsigned char)s[at + n]))) {
				*mlen = n;
				return (int)m + 1;
			}
		}
	return 0;
}

int
pk_norm_month_ends(const char *s, size_t len)
{
	size_t	 at, mlen;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	for (at = len; at > 0 && s[at - 1] != ' ' && s[at - 1] != '\t'; at--)
		;
	return at < len && month_at(s, len, at, &mlen) != 0 &&
	    at + mlen == len;
}

/*
 * The length of an ordinal's ending at s[at..) ("th" of "12th"), with the
 * space or tab before it that a superscript leaves in a text layer, and
 * the emphasis closed and opened again around it ("3**<TAB>**rd
 * September 2019"), or 0.
 */
static size_t
ordinal(const char *s, size_t len, size_t at)
{
	size_t	 gap = 0;

	while (at + gap < len && s[at + gap] == '*' && gap < 2)
		gap++;
	if (at + gap < len && (s[at + gap] == ' ' || s[at + gap] == '\t'))
		gap++;
	while (at + gap < len && s[at + gap] == '*' && gap < 5)
		gap++;
	if (at + gap + 2 <= len && (strncasecmp(s + at + gap, "st", 2) ==
	    0 || strncasecmp(s + at + gap, "nd", 2) == 0 ||
	    strncasecmp(s + at + gap, "rd", 2) == 0 ||
	    strncasecmp(s + at + gap, "th", 2) == 0) &&
	    (at + gap + 2 == len || !isalpha((unsigned char)s[at + gap + 2])))
		return gap + 2;
	return 0;
}

/*
 * The day as a Swedish ordinal word, as older protocols wrote it ("den
 * tredje mars 1958", "den tjugoförsta juni"): the longer words first,
 * so that "tjugoförsta" is not taken for a word that ends sooner.
 */
static const char *const day_words[31] = {
	"första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde",
	"åttonde", "nionde", "tionde", "elfte", "tolfte", "trettonde",
	"fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde",
	"nittonde", "tjugonde", "tjugoförsta", "tjugoandra", "tjugotredje",
	"tjugofjärde", "tjugofemte", "tjugosjätte", "tjugosjunde",
	"tjugoåttonde", "tjugonionde", "trettionde", "trettioförsta"
};

/* A letter's byte, of ASCII or of a UTF-8 sequence ("ä"). */
static int
letter_byte(char c)
{
	return isalpha((unsigned char)c) || (unsigned char)c >= 0x80;
}

/* "tredje mars 1958" at s[at..): the day a word, then month and year. */
static int
day_word_first(const char *s, size_t len, size_t at, char out[11])
{
	size_t	 n = 0, mlen;
	int	 d, m, y;

	for (d = 31; d >= 1; d--) {
		n = strlen(day_words[d - 1]);
		if (at + n < len && strncasecmp(s + at, day_words[d - 1],
		    n) == 0 && !letter_byte(s[at + n]))
			break;
	}
	if (d == 0 || s[at + n] != ' ')
		return -1;
	at += n + 1;
	if ((m = month_at(s, len, at, &mlen)) == 0)
		return -1;
	at += mlen;
	if (at < len && s[at] == ' ' && digits(s, len, at + 1, 4, &y))
		return put_date(out, y, m, d);
	return -1;
}

/*
 * "January 4, 2005", "JANUARY 4, 2005", "Feb. 15th, 2018": the month
 * first, as American minutes write it, at s[at..).
 */
static int
month_first(const char *s, size_t len, size_t at, char out[11])
{
	size_t	 mlen, j;
	int	 y, m, d;

	if ((m = month_at(s, len, at, &mlen)) == 0)
		return -1;
	at += mlen;
	if (at < len && s[at] == '.')
		at++;
	if (at >= len || s[at] != ' ')
		return -1;
	at++;
	for (j = 2; j >= 1; j--)
		if (digits(s, len, at, j, &d))
			break;
	if (j == 0)
		return -1;
	at += j;
	at += ordinal(s, len, at);
	if (at < len && s[at] == ',')
		at++;
	if (at < len && s[at] == ' ' && digits(s, len, at + 1, 4, &y))
		return put_date(out, y, m, d);
	return -1;
}

int
pk_norm_date(const char *s, size_t len, char out[11])
{
	size_t	 i, j, mlen;
	int	 y, m, d;

	for (i = 0; i < len; i++) {
		if (isalpha((unsigned char)s[i]) &&
		    (i == 0 || !isalpha((unsigned char)s[i - 1])) &&
		    month_first(s, len, i, out) == 0)
			return 0;
		if (letter_byte(s[i]) && (i == 0 || !letter_byte(s[i - 1])) &&
		    day_word_first(s, len, i, out) == 0)
			return 0;
		if (!isdigit((unsigned char)s[i]) ||
		    (i > 0 && isdigit((unsigned char)s[i - 1])))
			continue;
		/* 2024-04-19; "2024- 04-19" where a cell wrapped it at the
		 * hyphen and the lines were joined */
		if (digits(s, len, i, 4, &y) && i + 5 < len && s[i + 4] == '-') {
			size_t	 at = i + 5 + (s[i + 5] == ' ');

			if (at + 5 <= len && digits(s, len, at, 2, &m) &&
			    s[at + 2] == '-' && digits(s, len, at + 3, 2, &d))
				return put_date(out, y, m, d);
		}
		/* 19.4.2024, 19/4/2024 and (Danish) 19-04-2024 */
		/* and the Swedish 19/4 2024 */
		for (j = 1; j <= 2; j++) {
			size_t k;

			if (!digits(s, len, i, j, &d) || i + j >= len ||
			    (s[i + j] != '.' && s[i + j] != '/' &&
			    s[i + j] != '-'))
				continue;
			for (k = 1; k <= 2; k++)
				if (digits(s, len, i + j + 1, k, &m) &&
				    i + j + 1 + k < len &&
				    (s[i + j + 1 + k] == s[i + j] ||
				    (s[i + j] == '/' && s[i + j + 1 + k] ==
				    ' ')) &&
				    digits(s, len, i + j + 2 + k, 4, &y))
					return put_date(out, y, m, d);
			/* "05.06.17": a year of two digits, this century
			 * up to 69, the last one from 70 (as POSIX's %y). */
			for (k = 1; k <= 2; k++)
				if (digits(s, len, i + j + 1, k, &m) &&
				    i + j + 1 + k < len &&
				    s[i + j + 1 + k] == s[i + j] &&
				    s[i + j] != '-' &&
				    digits(s, len, i + j + 2 + k, 2, &y) &&
				    (i + j + 4 + k >= len ||
				    s[i + j + 4 + k] != s[i + j]))
					return put_date(out, y < 70 ? 2000 + y :
					    1900 + y, m, d);
		}
		/* 19 april 2024 */
		for (j = 1; j <= 2; j++) {
			size_t at;
			if (!digits(s, len, i, j, &d))
				continue;
			at = i + j;
			if (at < len && s[at] == '.')
				at++;
			else
				at += ordinal(s, len, at);
			if (at >= len || s[at] != ' ')
				continue;
			/* "the 12th of March 2024" */
			if (at + 4 < len && strncasecmp(s + at + 1, "of ", 3) == 0)
				at += 3;
			if ((m = month_at(s, len, at + 1, &mlen)) == 0)
				continue;
			at += 1 + mlen;
			if (at < len && s[at] == '.')
				at++;
			/* "3rd December, 2024" */
			if (at < len && s[at] == ',')
				at++;
			if (at < len && s[at] == ' ' &&
			    digits(s, len, at + 1, 4, &y))
				return put_date(out, y, m, d);
		}
	}
	return -1;
}

/*
 * After a time at s[at..): "pm" or "p.m." (1), "am" or "a.m." (0), or -1,
 * spaces before it allowed and no letter after it.
 */
static int
meridiem(const char *s, size_t len, size_t at)
{
	int	 pm;

	while (at < len && s[at] == ' ')
		at++;
	if (at >= len || (tolower((unsigned char)s[at]) != 'a' &&
	    tolower((unsigned char)s[at]) != 'p'))
		return -1;
	pm = tolower((unsigned char)s[at]) == 'p';
	at++;
	if (at < len && s[at] == '.')
		at++;
	if (at >= len || tolower((unsigned char)s[at]) != 'm')
		return -1;
	at++;
	if (at < len && s[at] == '.')
		at++;
	if (at < len && isalpha((unsigned char)s[at]))
		return -1;
	return pm;
}

/* Whether s[0..len) holds word (lower case) as a word, in any case. */
static int
has_word(const char *s, size_t len, const char *word)
{
	size_t	 n = strlen(word), i;

	for (i = 0; i + n <= len; i++)
		if (strncasecmp(s + i, word, n) == 0 &&
		    (i == 0 || !isalpha((unsigned char)s[i - 1])) &&
		    (i + n == len || !isalpha((unsigned char)s[i + n])))
			return 1;
	return 0;
}

/* Write h:m as "HH:MM". */
static void
put_time(char out[6], int h, int m)
{
	out[0] = (char)('0' + h / 10);
	out[1] = (char)('0' + h % 10);
	out[2] = ':';
	out[3] = (char)('0' + m / 10);
	out[4] = (char)('0' + m % 10);
	out[5] = '\0';
}

int
pk_norm_time(const char *s, size_t len, char out[6])
{
	size_t	 i, j;
	int	 h, m, mer;

	for (i = 0; i < len; i++) {
		for (j = 2; j >= 1; j--) {
			/* "7pm", "7 p.m.": an hour alone before am or pm. */
			if (digits(s, len, i, j, &h) && h >= 1 && h <= 12 &&
			    (mer = meridiem(s, len, i + j)) >= 0) {
				m = 0;
				goto twelve;
			}
			if (!digits(s, len, i, j, &h) || i + j + 3 > len ||
			    (s[i + j] != ':' && s[i + j] != '.' &&
			    s[i + j] != ',') ||
			    !digits(s, len, i + j + 1, 2, &m))
				continue;
			/* "7.00 pm": the afternoon in the twelve-hour clock. */
			if ((mer = meridiem(s, len, i + j + 3)) >= 0 && h >= 1 &&
			    h <= 12) {
twelve:
				if (mer == 1 && h < 12)
					h += 12;
				else if (mer == 0 && h == 12)
					h = 0;
			}
			if (h > 24 || m > 59)
				continue;
			put_time(out, h, m);
			return 0;
		}
	}
	/* "12 noon", "midday": twelve in the day, no digits needed. */
	if (has_word(s, len, "noon") || has_word(s, len, "midday")) {
		put_time(out, 12, 0);
		return 0;
	}
	/* "Kl 0900", "1900 hrs": the rule took four digits for a time. */
	for (i = 0; i + 4 <= len; i++)
		if (digits(s, len, i, 4, &m)) {
			h = m / 100;
			m %= 100;
			if (h > 23 || m > 59)
				return -1;
			put_time(out, h, m);
			return 0;
		}
	/* "kl. 9–12": the rule took an hour alone for a time. */
	if (len >= 1 && len <= 2 && digits(s, len, 0, len, &h) && h <= 24) {
		put_time(out, h, 0);
		return 0;
	}
	return -1;
}

long
pk_norm_number(const char *s, size_t len)
{
	size_t	 i;
	long	 n = 0;

	for (i = 0; i < len && !isdigit((unsigned char)s[i]); i++)
		;
	if (i == len)
		return -1;
	for (; i < len && isdigit((unsigned char)s[i]); i++) {
		if (n > 100000000)
			return -1;
		n = n * 10 + (s[i] - '0');
	}
	return n;
}

int
pk_date_exists(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	int	 leap;

	if (y < 1 || m < 1 || m > 12 || d < 1)
		return 0;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}
