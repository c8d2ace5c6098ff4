/*
 * Per-member votes.  A roll-call vote is printed as a table, a member a
 * row, a choice a column with a mark ("X") in the member's row:
 *
 *	Ledamot		Parti	Ja	Nej	Avstår
 *	Mona Åström	S		X
 *
 * The words of the header are the minutes' language's; the profile maps
 * them to the model's yes, no, abstain and absent (map vote …), so the
 * same vote="no" stands on the row whatever language printed it.
 */
#include <stdlib.h>
#include <string.h>

#include "plain.h"
#include "votes.h"
#include "xmlin.h"

#define MAX_COLS	32

/* The profile's token for a header cell's words, or NULL. */
static const char *
vote_token(const struct pk_profile *p, struct pk_matcher *m, xmlNodePtr cell)
{
	xmlChar		*text = xmlNodeGetContent(cell);
	const char	*tok = NULL;

	if (text == NULL)
		return NULL;
	if (*text != '\0')
		tok = pk_profile_map(p, m, PK_F_VOTE, (char *)text,
		    strlen((char *)text));
	xmlFree(text);
	return tok;
}

/* Whether a cell holds no text but spaces. */
static int
blank(xmlNodePtr cell)
{
	xmlChar	*text = xmlNodeGetContent(cell);
	int	 is = 1;
	char	*c;

	for (c = (char *)text; c != NULL && *c != '\0'; c++)
		if (*c != ' ' && *c != '\t' && *c != '\n')
			is = 0;
	xmlFree(text);
	return is;
}

/* Whether a cell holds a mark: a short non-blank text ("X", "✓", "1"). */
static int
marked(xmlNodePtr cell)
{
	xmlChar	*text = xmlNodeGetContent(cell);
	size_t	 n = 0;
	char	*c;

	if (text == NULL)
		return 0;
	for (c = (char *)text; *c != '\0'; c++)
		if (*c != ' ' && *c != '\t' && *c != '\n')
			n++;
	xmlFree(text);
	/* A word is a name or a note, not a mark (a 3-byte ✓ is one). */
	return n > 0 && n <= 3;
}

static void
mark_table(xmlNodePtr table, const struct pk_profile *p, struct pk_matcher *m)
{
	const char	*col[MAX_COLS] = { 0 }, *head[MAX_COLS] = { 0 };
	xmlNodePtr	 row, cell;
	int		 ncols = 0, nvotes, i;

	for (row = table->children; row != NULL; row = row->next) {
		const char *tok = NULL;
		int hits = 0;

		if (!pk_xml_is(row, "row"))
			continue;
		/*
		 * A header: two choices at least.  Each page of a table that
		 * goes on over pages repeats it, and its columns may stand
		 * apart otherwise there: the rows below follow the last.
		 */
		nvotes = 0;
		for (cell = row->children, i = 0; cell != NULL &&
		    i < MAX_COLS; cell = cell->next) {
			if (!pk_xml_is(cell, "cell"))
				continue;
			if ((head[i] = vote_token(p, m, cell)) != NULL)
				nvotes++;
			/*
			 * A column without a header right after a choice's:
			 * its marks, centred, stood apart from the choice's
			 * word ("Ja" over "X").
			 */
			else if (i > 0 && head[i - 1] != NULL && blank(cell))
				head[i] = head[i - 1];
			i++;
		}
		if (nvotes >= 2) {
			memcpy(col, head, sizeof(col));
			ncols = i;
			continue;
		}
		if (ncols == 0)
			continue;
		for (cell = row->children, i = 0; cell != NULL && i < ncols;
		    cell = cell->next) {
			if (!pk_xml_is(cell, "cell"))
				continue;
			if (col[i] != NULL && marked(cell)) {
				tok = col[i];
				hits++;
			}
			i++;
		}
		if (hits == 1)
			xmlSetProp(row, BAD_CAST "vote", BAD_CAST tok);
	}
}

static void
walk(xmlNodePtr n, int in_vote, const struct pk_profile *p,
    struct pk_matcher *m)
{
	for (; n != NULL; n = n->next) {
		int vote = in_vote;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (pk_xml_is(n, "section")) {
			xmlChar *t = xmlGetProp(n, BAD_CAST "type");

			vote = t != NULL && strcmp((char *)t, "vote") == 0;
			xmlFree(t);
		}
		if (vote && pk_xml_is(n, "table"))
			mark_table(n, p, m);
		else
			walk(n->children, vote, p, m);
	}
}

int
pk_votes_mark(xmlNodePtr items, const struct pk_profile *p,
    struct pk_matcher *m)
{
	size_t	 i;

	for (i = 0; i < p->nmaps; i++)
		if (p->maps[i].field == PK_F_VOTE)
			break;
	if (i == p->nmaps || items == NULL)
		return 0;
	walk(items->children, 0, p, m);
	return 0;
}
