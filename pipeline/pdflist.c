/* Whether a PDF line starts the next entry of a list its paragraph began. */
#include <string.h>

#include "pdflist.h"

/* A list entry's marker: a bullet's bytes, or a number or letter. */
struct marker {
	char	 bullet[4];	/* the bullet's UTF-8, or "" */
	long	 num;		/* 1.., a)=1, or 0 */
	char	 close;		/* '.' or ')' after num */
	int	 letter;	/* num counts letters */
};

static const char *const bullets[] = {
	"\xe2\x80\xa2",	/* • */
	"\xe2\x97\xa6",	/* ◦ */
	"\xe2\x96\xaa",	/* ▪ */
	"\xe2\x80\x93",	/* – */
	"-",
	NULL
};

/* The marker s starts with (after emphasis), or 0 when none. */
static int
marker(const char *s, size_t len, struct marker *m)
{
	size_t	 i = 0, k, n;

	memset(m, 0, sizeof(*m));
	while (i < len && s[i] == '*')
		i++;
	for (k = 0; bullets[k] != NULL; k++) {
		n = strlen(bullets[k]);
		/* (A dash or hyphen only with space after it: "-5".
		 * A bullet's space may be a gap with no character.) */
		if (i + n <= len && memcmp(s + i, bullets[k], n) == 0 &&
		    (k < 3 || (i + n < len &&
		    (s[i + n] == ' ' || s[i + n] == '\t')))) {
			memcpy(m->bullet, bullets[k], n);
			return 1;
		}
	}
	if (i + 2 < len && s[i] >= 'a' && s[i] <= 'z' && s[i + 1] == ')' &&
	    (s[i + 2] == ' ' || s[i + 2] == '\t')) {
		m->num = s[i] - 'a' + 1;
		m->close = ')';
		m->letter = 1;
		return 1;
	}
	for (n = 0; i + n < len && n < 3 && s[i + n] >= '0' && s[i + n] <= '9';
	    n++)
		m->num = m->num * 10 + (s[i + n] - '0');
	if (n == 0 || i + n >= len || (s[i + n] != '.' && s[i + n] != ')'))
		return 0;
	m->close = s[i + n];
	for (i += n + 1; i < len && s[i] == '*'; i++)
		;	/* "**3)** Text" */
	return i < len && (s[i] == ' ' || s[i] == '\t');
}

int
pk_pdf_list_next(const char *para, size_t plen, const char *line,
    size_t llen)
{
	struct marker	 a, b;
	const char	*nl;

	/* The paragraph's last line: entries may be kept as lines. */
	while ((nl = memchr(para, '\n', plen)) != NULL) {
		plen -= (size_t)(nl + 1 - para);
		para = nl + 1;
	}
	if (!marker(para, plen, &a) || !marker(line, llen, &b))
		return 0;
	if (a.bullet[0] != '\0')
		return strcmp(a.bullet, b.bullet) == 0;
	return b.bullet[0] == '\0' && a.letter == b.letter &&
	    a.close == b.close && b.num == a.num + 1;
}
