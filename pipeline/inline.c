/* Emitting annotated text: spans of fields and emphasis markers as nested XML. */
#include <stdlib.h>
#include <string.h>

#include "inline.h"

#define MAX_DEPTH	32

void
pk_inline_reset(struct pk_inline *in)
{
	in->bold = in->italic = 0;
	in->cur_hi = NULL;
}

static int
isws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Length of the marker run at s[i], or 0 when s[i] starts literal text. */
static long
marker(const char *s, long i, long from, long to, long *skip_escape)
{
	long	 r = 0;

	*skip_escape = 0;
	if (s[i] == '\\' && i + 1 < to && s[i + 1] == '*') {
		*skip_escape = 1;
		return 0;
	}
	if (s[i] != '*' || (i > from && s[i - 1] == '*'))
		return 0;
	while (i + r < to && s[i + r] == '*')
		r++;
	/* A star between spaces is an asterisk, not emphasis. */
	if ((i == from || isws(s[i - 1])) && (i + r == to || isws(s[i + r])))
		return 0;
	return r;
}

static int
flush(struct pk_inline *in, xmlNodePtr top)
{
	xmlNodePtr	 target = top, text;
	const char	*rend;

	if (in->run.len == 0)
		return 0;
	if (in->bold || in->italic) {
		rend = in->bold && in->italic ? "bold italic" :
		    in->bold ? "bold" : "italic";
		if (in->cur_hi == NULL || xmlGetLastChild(top) != in->cur_hi ||
		    !xmlStrEqual(xmlHasProp(in->cur_hi, BAD_CAST "rend")->
		    children->content, BAD_CAST rend)) {
			in->cur_hi = xmlNewDocNode(in->doc, in->ns,
			    BAD_CAST "hi", NULL);
			if (in->cur_hi == NULL ||
			    xmlNewProp(in->cur_hi, BAD_CAST "rend",
			    BAD_CAST rend) == NULL)
				return -1;
			xmlAddChild(top, in->cur_hi);
		}
		target = in->cur_hi;
	}
	text = xmlNewDocTextLen(in->doc, BAD_CAST in->run.data,
	    (int)in->run.len);
	if (text == NULL)
		return -1;
	xmlAddChild(target, text);
	pk_buf_reset(&in->run);
	return 0;
}

static int
cmpspan(const void *a, const void *b)
{
	const struct pk_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	/* An empty span before one that starts where it stands: beside
	 * it, not in it (a number lost to OCR before its title). */
	if ((x->end <= x->start) != (y->end <= y->start))
		return x->end <= x->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x < y ? -1 : x > y;
}

int
pk_inline_emit(struct pk_inline *in, xmlNodePtr parent, const char *s,
    long from, long to, struct pk_span *spans, size_t nspans)
{
	xmlNodePtr	 stack[MAX_DEPTH];
	long		 ends[MAX_DEPTH];
	int		 depth = 0;
	size_t		 next = 0;
	long		 i, r, esc, skip_until = from;
	xmlNodePtr	 top = parent;

	if (nspans > 1)
		qsort(spans, nspans, sizeof(*spans), cmpspan);
	in->cur_hi = NULL;
	for (i = from; ; ) {
		/*
		 * An empty span goes into the innermost open element (an
		 * empty last group stays inside its match); then close what
		 * ends here; then open what starts here.
		 */
		for (;;) {
			struct pk_span *sp = next < nspans ? &spans[next] : NULL;
			int empty = sp != NULL && sp->start <= i &&
			    sp->end <= sp->start;

			if (!empty && depth > 0 && ends[depth - 1] <= i) {
				if (flush(in, top) == -1)
					goto fail;
				top = --depth > 0 ? stack[depth - 1] : parent;
				in->cur_hi = NULL;
				continue;
			}
			if (sp == NULL || sp->start > i)
				break;
			next++;
			if (sp->start < from || sp->end > to ||
			    depth == MAX_DEPTH) {
				xmlFreeNode(sp->node);
				continue;
			}
			if (flush(in, top) == -1) {
				xmlFreeNode(sp->node);
				goto fail;
			}
			xmlAddChild(top, sp->node);
			in->cur_hi = NULL;
			if (empty)
				continue;
			stack[depth] = sp->node;
			ends[depth] = depth > 0 && sp->end > ends[depth - 1] ?
			    ends[depth - 1] : sp->end;
			depth++;
			top = sp->node;
		}
		if (i >= to)
			break;
		r = i < skip_until ? 0 : marker(s, i, from, to, &esc);
		if (i < skip_until)
			esc = 0;
		if (esc) {
			if (pk_buf_putc(&in->run, '*') == -1)
				goto fail;
			i += 2;
			continue;
		}
		if (r > 0) {
			/* A run toggles once; its stars are then skipped. */
			if (flush(in, top) == -1)
				goto fail;
			if (r % 2)
				in->italic = !in->italic;
			if ((r / 2) % 2)
				in->bold = !in->bold;
			in->cur_hi = NULL;
			skip_until = i + r;
		}
		if (i < skip_until) {
			i++;
			continue;
		}
		if (pk_buf_putc(&in->run, s[i]) == -1)
			goto fail;
		i++;
	}
	if (flush(in, top) == -1)
		goto fail;
	for (; next < nspans; next++)
		xmlFreeNode(spans[next].node);
	return 0;
fail:
	for (; next < nspans; next++)
		xmlFreeNode(spans[next].node);
	return -1;
}

char *
pk_inline_plain(const char *s, size_t len)
{
	char	*out;
	size_t	 i, j = 0;
	int	 space = 0;

	if ((out = malloc(len + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; i++) {
		if (s[i] == '*')
			continue;
		if (isws(s[i])) {
			space = j > 0;
			continue;
		}
		if (space)
			out[j++] = ' ';
		space = 0;
		out[j++] = s[i];
	}
	out[j] = '\0';
	return out;
}
