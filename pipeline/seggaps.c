/* Items whose numbers a scan lost, between two it read: found where their decisions end. */
#include <stdlib.h>
#include <string.h>

#include "segrun.h"
#include "xmlin.h"

/* More missing numbers than this between two items is a misreading. */
#define MAX_GAP		40
/* Of a block's text, this much is looked for at the start of its line
 * (blanks aside). */
#define PREFIX		24

/* The plain number of item n ("12"), or -1 ("12a", "PC/24/45", none). */
static long
item_number(xmlNodePtr n)
{
	xmlChar	*v = xmlGetProp(n, BAD_CAST "n");
	char	*end;
	long	 num = -1;

	if (v != NULL && v[0] >= '0' && v[0] <= '9') {
		num = strtol((char *)v, &end, 10);
		if (*end != '\0')
			num = -1;
	}
	xmlFree(v);
	return num;
}

static int
is_decision(xmlNodePtr n)
{
	xmlChar	*t;
	int	 is;

	if (!pk_xml_is(n, "section"))
		return 0;
	t = xmlGetProp(n, BAD_CAST "type");
	is = t != NULL && strcmp((char *)t, "decision") == 0;
	xmlFree(t);
	return is;
}

/* The next element sibling of n, or NULL. */
static xmlNodePtr
next_el(xmlNodePtr n)
{
	for (n = n->next; n != NULL && n->type != XML_ELEMENT_NODE;
	    n = n->next)
		;
	return n;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/*
 * Whether line s[0..len) starts with the first n characters other than
 * blanks of text (a table's cells stand apart by tabs on their line,
 * not in its content).
 */
static int
starts_with(const char *s, size_t len, const char *text, size_t n)
{
	size_t	 i = 0, matched = 0;

	for (; matched < n && *text != '\0'; text++) {
		if (blank(*text))
			continue;
		while (i < len && blank(s[i]))
			i++;
		if (i == len || s[i] != *text)
			return 0;
		i++;
		matched++;
	}
	return matched > 0;
}

/*
 * The index of the first line from *from on that starts with the start
 * of block b's text: where b was read.  -1 when none does; *from is
 * moved past it.
 */
static long
line_of(const struct run *r, xmlNodePtr b, size_t *from)
{
	xmlChar		*c = xmlNodeGetContent(b);
	size_t		 i;
	long		 at = -1;

	if (c == NULL)
		return -1;
	for (i = *from; i < r->nlines; i++) {
		const struct pk_seg_line *ln = &r->lines[i];

		if (!ln->dropped && !pk_line_is_blank(ln->s, ln->len) &&
		    starts_with(ln->s, ln->len, (char *)c, PREFIX)) {
			at = (long)i;
			*from = i + 1;
			break;
		}
	}
	xmlFree(c);
	return at;
}

/* The line index of item it's own line attribute, from *from on. */
static size_t
item_line(const struct run *r, xmlNodePtr it, size_t from)
{
	xmlChar	*v = xmlGetProp(it, BAD_CAST "line");
	long	 src = v != NULL ? strtol((char *)v, NULL, 10) : 0;

	xmlFree(v);
	while (from < r->nlines && r->lines[from].src_line < src)
		from++;
	return from;
}

/*
 * Split item a (numbered num) before each of its blocks starts[0..k):
 * items num + 1 ... num + k, each with an empty head and the line its
 * first block was read on.  0, or -1 when memory ran out.
 */
static int
split(struct run *r, xmlNodePtr a, long num, xmlNodePtr *starts,
    const long *lines, size_t k)
{
	xmlNodePtr	 prev = a, it, head, c, next;
	char		 buf[24];
	size_t		 i;

	for (i = 0; i < k; i++) {
		it = xmlNewDocNode(r->doc, r->ns, BAD_CAST "item", NULL);
		head = xmlNewDocNode(r->doc, r->ns, BAD_CAST "head", NULL);
		if (it == NULL || head == NULL) {
			xmlFreeNode(it);
			xmlFreeNode(head);
			return -1;
		}
		snprintf(buf, sizeof(buf), "%ld", num + (long)i + 1);
		xmlSetProp(it, BAD_CAST "n", BAD_CAST buf);
		snprintf(buf, sizeof(buf), "%ld", r->lines[lines[i]].src_line);
		xmlSetProp(it, BAD_CAST "line", BAD_CAST buf);
		xmlAddChild(it, head);
		/* Its blocks: from its start to the next's, in order. */
		for (c = starts[i]; c != NULL && (i + 1 == k ||
		    c != starts[i + 1]); c = next) {
			next = c->next;
			xmlUnlinkNode(c);
			xmlAddChild(it, c);
		}
		xmlAddNextSibling(prev, it);
		prev = it;
	}
	return 0;
}

int
pk_seg_fill_gaps(struct run *r)
{
	xmlNodePtr	 a, b, c, starts[MAX_GAP];
	long		 na, nb, lines[MAX_GAP];
	size_t		 k, i, from = 0, at;

	if (!r->ocr)
		return 0;
	for (a = r->items->children; a != NULL; a = b) {
		b = next_el(a);
		if (b == NULL || !pk_xml_is(a, "item") || !pk_xml_is(b, "item"))
			continue;
		na = item_number(a);
		nb = item_number(b);
		if (na < 0 || nb <= na + 1 || nb - na - 1 > MAX_GAP)
			continue;
		/*
		 * A decision with more of the item after it: where each
		 * lost item began, when there are as many as numbers are
		 * missing (more or fewer: which they are is not known).
		 */
		k = 0;
		for (c = a->children; c != NULL; c = next_el(c)) {
			if (c->type != XML_ELEMENT_NODE)
				continue;
			if (is_decision(c) && next_el(c) != NULL) {
				if (k == (size_t)(nb - na - 1)) {
					k++;
					break;
				}
				starts[k++] = next_el(c);
			}
		}
		if (k != (size_t)(nb - na - 1))
			continue;
		/* Each read where it stands, in order, or none split. */
		at = item_line(r, a, from);
		for (i = 0; i < k; i++)
			if ((lines[i] = line_of(r, starts[i], &at)) < 0)
				break;
		if (i < k)
			continue;
		if (split(r, a, na, starts, lines, k) == -1)
			return -1;
		from = (size_t)lines[k - 1];
	}
	return 0;
}
