/* Parsing paged text: UTF-8 checks, NFC, front matter, lines and pages. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "text.h"

static long
line_of(const char *data, const char *at)
{
	long	 line = 1;

	for (; data < at; data++)
		if (*data == '\n')
			line++;
	return line;
}

/*
 * Every character below U+0300 is NFC as it stands and composes with
 * nothing before it, so text without larger ones needs no normalising.
 */
#define NFC_STABLE_BELOW	0x300

/* Whether line s[0..len) holds a character that NFC might change. */
static int
needs_nfc(const char *s, size_t len)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t	 cp;
	size_t			 i = 0;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		i += (size_t)utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i),
		    &cp);
		if (cp >= NFC_STABLE_BELOW)
			return 1;
	}
	return 0;
}

/*
 * NFC, one line at a time (a line break is a starter, so lines are
 * independent), and only the lines that may change.
 */
static int
to_nfc(const char *data, size_t len, struct pk_buf *out, struct pk_diag *d)
{
	const char		*p = data, *end = data + len, *eol;
	utf8proc_uint8_t	*nfc;
	utf8proc_ssize_t	 nlen;

	if (pk_buf_reserve(out, len) == -1)
		goto nomem;
	for (; p < end; p = eol) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		else
			eol++;
		if (!needs_nfc(p, (size_t)(eol - p))) {
			if (pk_buf_put(out, p, (size_t)(eol - p)) == -1)
				goto nomem;
			continue;
		}
		nlen = utf8proc_map((const utf8proc_uint8_t *)p,
		    (utf8proc_ssize_t)(eol - p), &nfc,
		    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (nlen < 0) {
			pk_diag(d, nlen == UTF8PROC_ERROR_NOMEM ? PK_E_NOMEM :
			    PK_E_UTF8, line_of(data, p), "%s",
			    utf8proc_errmsg(nlen));
			return -1;
		}
		if (pk_buf_put(out, nfc, (size_t)nlen) == -1) {
			free(nfc);
			goto nomem;
		}
		free(nfc);
	}
	return 0;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
	return -1;
}

/*
 * Reject what is not text: invalid UTF-8, control characters other
 * than tab, line feed, carriage return and form feed, and U+FFFE and
 * U+FFFF (XML holds none of them).  Sets *plain.
 */
static int
check_bytes(const char *data, size_t len, int *plain, struct pk_diag *d)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)data;
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 n;
	size_t			 i = 0;

	*plain = 1;
	while (i < len) {
		if (p[i] < 0x80) {
			if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
			    p[i] != '\r' && p[i] != '\f') {
				pk_diag(d, PK_E_BINARY, line_of(data, data + i),
				    "control character 0x%02x", p[i]);
				return -1;
			}
			i++;
			continue;
		}
		n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n < 0) {
			pk_diag(d, PK_E_UTF8, line_of(data, data + i),
			    "byte 0x%02x at offset %zu", p[i], i);
			return -1;
		}
		/* Unicode's two noncharacters XML has no place for. */
		if (cp == 0xfffe || cp == 0xffff) {
			pk_diag(d, PK_E_BINARY, line_of(data, data + i),
			    "U+%04X, no character", (unsigned)cp);
			return -1;
		}
		if (cp >= NFC_STABLE_BELOW)
			*plain = 0;
		i += (size_t)n;
	}
	return 0;
}

/* Rewrite <b> </b> as ** and <i> </i> as *, CRLF and a lone CR as LF. */
static int
normalise_markup(const char *src, size_t len, struct pk_buf *out)
{
	size_t	 i = 0, run;

	if (pk_buf_reserve(out, len) == -1)
		return -1;
	while (i < len) {
		/* Copy up to the next '<' or CR in one go. */
		for (run = i; run < len && src[run] != '<' && src[run] != '\r';
		    run++)
			;
		if (pk_buf_put(out, src + i, run - i) == -1)
			return -1;
		if ((i = run) >= len)
			break;
		if (len - i >= 3 && (memcmp(src + i, "<b>", 3) == 0 ||
		    memcmp(src + i, "<i>", 3) == 0)) {
			if (pk_buf_puts(out, src[i + 1] == 'b' ? "**" : "*") ==
			    -1)
				return -1;
			i += 3;
		} else if (len - i >= 4 && (memcmp(src + i, "</b>", 4) == 0 ||
		    memcmp(src + i, "</i>", 4) == 0)) {
			if (pk_buf_puts(out, src[i + 2] == 'b' ? "**" : "*") ==
			    -1)
				return -1;
			i += 4;
		} else if (src[i] == '\r') {
			/* A lone CR (old Mac text) ends a line as CRLF does. */
			if ((i + 1 == len || src[i + 1] != '\n') &&
			    pk_buf_putc(out, '\n') == -1)
				return -1;
			i++;
		} else {
			if (pk_buf_putc(out, src[i]) == -1)
				return -1;
			i++;
		}
	}
	return 0;
}

static int
all_of(const char *s, const char *set, size_t min, size_t max)
{
	size_t	 n = strspn(s, set);

	return s[n] == '\0' && n >= min && n <= max;
}

/* The keys that become typed attributes must have values of the type. */
static int
check_meta(struct pk_meta *m, long src_line, struct pk_diag *d)
{
	static const char word[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
	static const char hex[] = "0123456789abcdef";
	char	*p;

	if (strcmp(m->key, "sha256") == 0) {
		for (p = m->value; *p != '\0'; p++)
			if (*p >= 'A' && *p <= 'F')
				*p = (char)(*p - 'A' + 'a');
		if (all_of(m->value, hex, 64, 64))
			return 0;
	} else if (strcmp(m->key, "pages") == 0) {
		if (all_of(m->value, "0123456789", 1, 9) && m->value[0] != '0')
			return 0;
	} else if (strcmp(m->key, "format") == 0) {
		if (all_of(m->value, word, 1, 32))
			return 0;
	} else
		return 0;
	pk_diag(d, PK_E_FRONTMATTER, src_line, "%s: '%s' is not a valid value",
	    m->key, m->value);
	return -1;
}

static int
add_meta(struct pk_text *t, const char *line, size_t len, long src_line,
    struct pk_diag *d)
{
	const char	*colon;
	struct pk_meta	*m;
	size_t		 klen, vstart;
	char		*p;

	colon = memchr(line, ':', len);
	if (colon == NULL || colon == line) {
		pk_diag(d, PK_E_FRONTMATTER, src_line, "expected key: value");
		return -1;
	}
	m = realloc(t->meta, (t->nmeta + 1) * sizeof(*t->meta));
	if (m == NULL)
		goto nomem;
	t->meta = m;
	m = &t->meta[t->nmeta];
	klen = (size_t)(colon - line);
	vstart = klen + 1;
	while (vstart < len && (line[vstart] == ' ' || line[vstart] == '\t'))
		vstart++;
	m->key = strndup(line, klen);
	m->value = strndup(line + vstart, len - vstart);
	if (m->key == NULL || m->value == NULL) {
		free(m->key);
		free(m->value);
		goto nomem;
	}
	/* A value is one line: its tabs, carriage returns and form feeds
	 * are spaces (a form feed has no place in XML at all). */
	for (p = m->value; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	t->nmeta++;
	return check_meta(m, src_line, d);
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
	return -1;
}

static int
push_line(struct pk_text *t, size_t *cap, const char *s, size_t len,
    long src_line, int page)
{
	struct pk_line	*l;

	if (t->nlines == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		l = realloc(t->lines, *cap * sizeof(*l));
		if (l == NULL)
			return -1;
		t->lines = l;
	}
	l = &t->lines[t->nlines++];
	l->s = s;
	l->len = len;
	l->src_line = src_line;
	l->page = page;
	l->fw_type = NULL;
	/* "%%fw TYPE: text": furniture an extractor already recognised. */
	if (len > 5 && memcmp(s, "%%fw ", 5) == 0) {
		const char *colon = memchr(s, ':', len);

		if (colon != NULL) {
			l->fw_type = s + 5;
			l->s = colon + 1;
			while (l->s < s + len && *l->s == ' ')
				l->s++;
			l->len = (size_t)(s + len - l->s);
		}
	}
	return 0;
}

int
pk_text_parse(const char *data, size_t len, size_t max_line,
    struct pk_text *t, struct pk_diag *d)
{
	struct pk_buf	 norm = { 0 }, nfc = { 0 };
	const char	*p, *end, *eol, *start;
	size_t		 cap = 0, i;
	long		 src_line = 1;
	int		 plain, page = 1, in_front = 0;

	memset(t, 0, sizeof(*t));
	/* A byte order mark (Windows editors write one) is no text: kept,
	 * the front matter's "---" was not the first line's. */
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	for (i = 0; i < len; i++)
		if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' &&
		    data[i] != '\r' && data[i] != '\f')
			break;
	if (i == len) {
		pk_diag(d, PK_E_EMPTY, 0, NULL);
		return -1;
	}
	if (check_bytes(data, len, &plain, d) == -1)
		return -1;
	if (!plain) {
		if (to_nfc(data, len, &nfc, d) == -1)
			goto fail;
		data = nfc.data;
		len = nfc.len;
	}
	if (normalise_markup(data, len, &norm) == -1) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		goto fail;
	}
	pk_buf_free(&nfc);
	t->body = norm.data != NULL ? norm.data : strdup("");
	t->body_len = norm.len;
	if (t->body == NULL) {
		pk_diag(d, PK_E_NOMEM, 0, NULL);
		goto fail;
	}

	p = t->body;
	end = p + t->body_len;
	if (end - p >= 4 && memcmp(p, "---\n", 4) == 0)
		in_front = 1;
	for (; p < end; p = eol + 1, src_line++) {
		eol = memchr(p, '\n', (size_t)(end - p));
		if (eol == NULL)
			eol = end;
		if ((size_t)(eol - p) > max_line) {
			pk_diag(d, PK_E_LINE_TOOLONG, src_line,
			    "%zu bytes, limit %zu", (size_t)(eol - p), max_line);
			goto fail;
		}
		if (in_front) {
			if (src_line == 1)
				continue;
			if (eol - p == 3 && memcmp(p, "---", 3) == 0) {
				in_front = 0;
				continue;
			}
			if (add_meta(t, p, (size_t)(eol - p), src_line, d) == -1)
				goto fail;
			continue;
		}
		/* A form feed anywhere in a line starts a new page there. */
		start = p;
		for (const char *q = p; q < eol; q++) {
			if (*q != '\f')
				continue;
			if (q > start && push_line(t, &cap, start,
			    (size_t)(q - start), src_line, page) == -1)
				goto nomem;
			page++;
			t->has_formfeed = 1;
			start = q + 1;
		}
		if (push_line(t, &cap, start, (size_t)(eol - start),
		    src_line, page) == -1)
			goto nomem;
		if (eol == end)
			break;
	}
	if (in_front) {
		pk_diag(d, PK_E_FRONTMATTER, 1, "no closing ---");
		goto fail;
	}
	t->npages = page;
	return 0;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
fail:
	pk_buf_free(&nfc);
	if (t->body == NULL)
		pk_buf_free(&norm);
	pk_text_free(t);
	return -1;
}

const char *
pk_text_meta(const struct pk_text *t, const char *key)
{
	size_t	 i;

	for (i = 0; i < t->nmeta; i++)
		if (strcmp(t->meta[i].key, key) == 0)
			return t->meta[i].value;
	return NULL;
}

void
pk_text_free(struct pk_text *t)
{
	size_t	 i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nmeta; i++) {
		free(t->meta[i].key);
		free(t->meta[i].value);
	}
	free(t->meta);
	free(t->lines);
	free(t->body);
	memset(t, 0, sizeof(*t));
}
