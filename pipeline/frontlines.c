/* Gathering a front-matter field's label and value from the lines a layout spread them over. */
#include <ctype.h>
#include <string.h>

#include "frontlines.h"

/* How many lines a label set over several may take ("Icke" "tjänst-
 * görande" "ersättare"). */
#define MAX_LABEL_LINES	4
/* A fragment of a label is short. */
#define MAX_LABEL_LEN	48

static int
skip(const struct pk_seg_line *ln)
{
	return ln->dropped || pk_line_is_blank(ln->s, ln->len);
}

/* "**Justeringens**": wholly bold, one cell, short. */
static int
bold_fragment(const struct pk_seg_line *ln)
{
	return ln->len > 4 && ln->len <= MAX_LABEL_LEN &&
	    memcmp(ln->s, "**", 2) == 0 &&
	    memcmp(ln->s + ln->len - 2, "**", 2) == 0 &&
	    memchr(ln->s, '\t', ln->len) == NULL;
}

/*
 * "**ersättare**\tTorsten Engström (S)": a label's cell, short and
 * wholly bold, with its row's value after a tab.  Its length is that of
 * the cell, 0 where the line is none.
 */
static size_t
bold_cell(const struct pk_seg_line *ln)
{
	const char	*tab = memchr(ln->s, '\t', ln->len);
	size_t		 len = tab != NULL ? (size_t)(tab - ln->s) : ln->len;

	if (len <= 4 || len > MAX_LABEL_LEN || memcmp(ln->s, "**", 2) != 0 ||
	    memcmp(ln->s + len - 2, "**", 2) != 0)
		return 0;
	return len;
}

/* A wrapped label goes on in lower case ("**Övriga**" "**närvarande**");
 * a label of its own starts with a capital. */
static int
goes_on(const struct pk_seg_line *ln, size_t cell)
{
	unsigned char	c = (unsigned char)ln->s[2];

	if (cell <= 4)
		return 0;
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	/* å ä ö æ ø ü é: Latin-1 lower case letters (U+00DF-U+00FF). */
	return c == 0xc3 && (unsigned char)ln->s[3] >= 0x9f;
}

static int
bold_start(const struct pk_seg_line *ln)
{
	return ln->len > 2 && memcmp(ln->s, "**", 2) == 0;
}

/* A list entry ("- text", "• text"): its own paragraph, never a name. */
static int
bullet(const struct pk_seg_line *ln)
{
	size_t	 i = 0;

	while (i < ln->len && (ln->s[i] == ' ' || ln->s[i] == '\t'))
		i++;
	if (i < ln->len && ln->s[i] == '-')
		return i + 1 == ln->len || ln->s[i + 1] == ' ';
	return ln->len - i >= 3 && memcmp(ln->s + i, "\xe2\x80\xa2", 3) == 0;
}

/* The next line from i on that is not blank or furniture, or n. */
static size_t
next_content(const struct pk_seg_line *lines, size_t n, size_t i,
    int *crossed)
{
	*crossed = 0;
	for (; i < n && skip(&lines[i]); i++)
		*crossed = 1;
	return i;
}

/* Whether a line ends a sentence ('.', ';', '!', '?'), blanks aside. */
static int
sentence_end(const struct pk_seg_line *ln)
{
	size_t	 n = ln->len;

	while (n > 0 && (ln->s[n - 1] == ' ' || ln->s[n - 1] == '*'))
		n--;
	return n == 0 || strchr(".;!?", ln->s[n - 1]) != NULL;
}

/*
 * Whether the line's last field, after a comma, is a word cut short
 * ("Kari Lie, Medlem, Uavh.", "Eva Berg, ordf."): its full stop marks
 * the abbreviation, not a sentence's end.
 */
static int
abbreviation_end(const struct pk_seg_line *ln)
{
	size_t	 n = ln->len, w, i, letters = 0;

	while (n > 0 && ln->s[n - 1] == ' ')
		n--;
	if (n == 0 || ln->s[n - 1] != '.')
		return 0;
	for (w = n - 1; w > 0 && ln->s[w - 1] != ' '; w--)
		;
	if (w < 2 || ln->s[w - 2] != ',')
		return 0;
	for (i = w; i < n - 1; i++) {
		unsigned char c = (unsigned char)ln->s[i];

		if (c < 0x80 && !isalpha(c))
			return 0;
		/* a UTF-8 letter counts once, by its first byte */
		letters += (c & 0xc0) != 0x80;
	}
	return letters >= 1 && letters <= 5;
}

/* A line of a list, no sentence: short, and not ended by a full stop
 * other than an abbreviation's. */
static int
entry_like(const struct pk_seg_line *ln)
{
	return ln->len <= 120 && (!sentence_end(ln) || abbreviation_end(ln));
}

static size_t
cell_count(const char *s, size_t len)
{
	size_t	 i, n = 1;

	for (i = 0; i < len; i++)
		n += s[i] == '\t';
	return n;
}

/* A list of names written with commas: "A (S), B (M), C (V)". */
static int
comma_list(const char *s, size_t len)
{
	size_t	 i, commas = 0;

	for (i = 0; i + 1 < len; i++)
		if (s[i] == ',' && s[i + 1] == ' ')
			commas++;
	return commas >= 2 || (len > 0 && s[len - 1] == ',');
}

/*
 * The label cells of lines[k] and the lines under it that go on in lower
 * case, joined, when they make a whole label (the longest such wins);
 * their rows' values follow it in out, a line each.  Returns what the
 * label is, with *last its last line, or PK_FL_OTHER (out untouched)
 * when no join makes a label, or PK_FL_ERROR.
 */
static enum pk_front_line
cell_label(const struct pk_seg_line *lines, size_t n, size_t k,
    const struct pk_front_probe *probe, struct pk_buf *out, size_t *last)
{
	struct pk_buf		 label = { 0 };
	enum pk_front_line	 w, best = PK_FL_OTHER;
	size_t			 i, m = 0, cell = bold_cell(&lines[k]);
	size_t			 prev;		/* where the last value starts */
	int			 alone = 0;

	if (cell == 0 || cell == lines[k].len)
		return PK_FL_OTHER;
	if (pk_buf_put(&label, lines[k].s, cell) == -1)
		goto fail;
	for (i = k + 1; i < n && i - k < MAX_LABEL_LINES && !skip(&lines[i]);
	    i++) {
		cell = bold_cell(&lines[i]);
		/* A row of the list beside it with no piece of the label
		 * ("**Icke tjänstgörande**\tA" "\tB" "**ersättare**\tC"):
		 * the label may go on under it. */
		if (cell == 0 && lines[i].len > 1 && lines[i].s[0] == '\t')
			continue;
		if (!goes_on(&lines[i], cell))
			break;
		if (pk_buf_putc(&label, '\n') == -1 ||
		    pk_buf_put(&label, lines[i].s, cell) == -1)
			goto fail;
		w = probe->what(probe->ctx, label.data, label.len, &alone);
		if (w == PK_FL_ERROR)
			goto fail;
		if (alone && (w == PK_FL_FIELD || w == PK_FL_PEOPLE ||
		    w == PK_FL_SIGNATURES)) {
			best = w;
			m = i;
		}
	}
	if (best == PK_FL_OTHER)
		goto out;
	/* The label, then each row's value from its tab on. */
	pk_buf_reset(out);
	for (i = k; i <= m; i++)
		if (bold_cell(&lines[i]) > 0 && ((i > k &&
		    pk_buf_putc(out, '\n') == -1) ||
		    pk_buf_put(out, lines[i].s, bold_cell(&lines[i])) == -1))
			goto fail;
	for (i = k, prev = 0; i <= m; i++) {
		cell = bold_cell(&lines[i]);
		if (cell == lines[i].len)
			continue;
		/*
		 * A list written with commas wrapped in its cell as the label
		 * did ("…, Rut" "Lidén (C)"): one line of text, the name whole.
		 */
		if (prev && comma_list(out->data + prev, out->len - prev)) {
			if (pk_buf_putc(out, ' ') == -1 ||
			    pk_buf_put(out, lines[i].s + cell + 1,
			    lines[i].len - cell - 1) == -1)
				goto fail;
			continue;
		}
		if (i > k && pk_buf_putc(out, '\n') == -1)
			goto fail;
		prev = out->len;
		if (pk_buf_put(out, lines[i].s + cell, lines[i].len - cell) == -1)
			goto fail;
	}
	*last = m;
out:
	pk_buf_free(&label);
	return best;
fail:
	pk_buf_free(&label);
	return PK_FL_ERROR;
}

long
pk_front_gather(const struct pk_seg_line *lines, size_t n, size_t k,
    const struct pk_front_probe *probe, struct pk_buf *out)
{
	enum pk_front_line	 what, w;
	size_t			 last = k, i, j, nlabel;
	int			 crossed, commas, empty, loose, alone = 0, dummy;
	int			 signer, after_caption = 1, cells, wrapped;

	pk_buf_reset(out);
	if (pk_buf_put(out, lines[k].s, lines[k].len) == -1)
		return -1;
	what = probe->what(probe->ctx, out->data, out->len, &alone);
	if (what == PK_FL_ERROR)
		return -1;
	/*
	 * A label wrapped in its cell beside a list, a row a line:
	 * "**Icke**\tA" "**tjänstgörande**\tB" "**ersättare**\tC".
	 */
	if (what != PK_FL_ITEM && (w = cell_label(lines, n, k, probe, out,
	    &last)) != PK_FL_OTHER) {
		if (w == PK_FL_ERROR)
			return -1;
		what = w;
		alone = 0;
	} else if (what != PK_FL_ITEM && bold_fragment(&lines[k]) &&
	    (what == PK_FL_OTHER || alone)) {
		enum pk_front_line first = what;

		for (i = k + 1, nlabel = 1; i < n && nlabel < MAX_LABEL_LINES &&
		    !skip(&lines[i]) && bold_start(&lines[i]); i++, nlabel++) {
			if (pk_buf_putc(out, '\n') == -1 ||
			    pk_buf_put(out, lines[i].s, lines[i].len) == -1)
				return -1;
			w = probe->what(probe->ctx, out->data, out->len, &alone);
			if (w == PK_FL_ERROR)
				return -1;
			if (w == PK_FL_FIELD || w == PK_FL_PEOPLE ||
			    w == PK_FL_SIGNATURES) {
				what = w;
				last = i;
				break;
			}
			if (!bold_fragment(&lines[i]))
				break;
		}
		if (last == k) {
			pk_buf_reset(out);
			if (pk_buf_put(out, lines[k].s, lines[k].len) == -1)
				return -1;
			if ((what = first) == PK_FL_OTHER)
				return (long)k;
			alone = 1;
		}
	}
	if (what != PK_FL_FIELD && what != PK_FL_PEOPLE &&
	    what != PK_FL_SIGNATURES)
		return (long)last;
	/*
	 * The value: lines that start with a tab (the value's column); where
	 * the label stands alone, the lines under it.
	 */
	empty = loose = alone;
	cells = cell_count(lines[last].s, lines[last].len) >= 3;
	commas = comma_list(lines[last].s, lines[last].len);
	for (;;) {
		const struct pk_seg_line *ln;
		int tab;

		j = next_content(lines, n, last + 1, &crossed);
		if (j >= n)
			break;
		ln = &lines[j];
		tab = ln->s[0] == '\t';
		if (bullet(ln))
			break;
		if (bold_start(ln) && !tab)
			break;
		w = probe->what(probe->ctx, ln->s, ln->len, &dummy);
		if (w == PK_FL_ERROR)
			return -1;
		/*
		 * Signatures go on in captions and the names under them,
		 * also over a page break: "Ordförande" "Gudrun Olsson".
		 */
		signer = what == PK_FL_SIGNATURES && (w == PK_FL_SIGNER ||
		    (w == PK_FL_SIGNER_NAME && after_caption));
		if (w == PK_FL_SIGNER_NAME)
			w = PK_FL_OTHER;
		if (w == PK_FL_ITEM || (!tab && w != PK_FL_OTHER && !signer))
			break;
		/*
		 * A blank line ends the value, unless the label stood alone:
		 * then the list goes on over blank lines (a person a
		 * paragraph), for as long as its lines are entries.
		 */
		if (crossed && !empty && !signer && !(loose &&
		    what == PK_FL_PEOPLE && entry_like(ln)))
			break;
		/* A sentence of names the line broke: it has not ended
		 * (an abbreviated party's full stop ends no sentence). */
		wrapped = what == PK_FL_PEOPLE && !crossed && !tab &&
		    !cells && !loose && !empty &&
		    (!sentence_end(&lines[last]) ||
		    abbreviation_end(&lines[last]));
		/*
		 * Else a value's line starts in its column, or is a row of a
		 * table the text layer broke (the list's line has cells).
		 */
		if (!tab && !loose && !signer && !wrapped &&
		    !(what == PK_FL_PEOPLE && !crossed && cells))
			break;
		after_caption = w == PK_FL_SIGNER;
		/* The first line of the value follows its label on a line. */
		if (empty)
			commas = comma_list(ln->s, ln->len);
		if ((commas || wrapped) && what == PK_FL_PEOPLE && !empty) {
			/* A cell the layout wrapped: one line of text. */
			size_t a = 0;

			while (a < ln->len && ln->s[a] == '\t')
				a++;
			if (pk_buf_putc(out, ' ') == -1 ||
			    pk_buf_put(out, ln->s + a, ln->len - a) == -1)
				return -1;
		} else if (pk_buf_putc(out, '\n') == -1 ||
		    pk_buf_put(out, ln->s, ln->len) == -1)
			return -1;
		last = j;
		empty = 0;
		if (what == PK_FL_FIELD && !tab)
			break;	/* a field's value is one line */
	}
	return (long)last;
}
