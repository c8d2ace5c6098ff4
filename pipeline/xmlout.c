/* Serialising minutes XML with indentation only between block elements. */
#include <string.h>

#include <libxml/tree.h>

#include "xmlout.h"

/* Elements whose children are elements only (minutes.xsd). */
static const char *const containers[] = {
	"minutes", "front", "items", "item", "section", "decision", "list",
	"table", "row", "back", "contact", "furniture", NULL
};

static int
is_container(xmlNodePtr n)
{
	size_t	 i;

	if (n->type != XML_ELEMENT_NODE)
		return 0;
	for (i = 0; containers[i] != NULL; i++)
		if (xmlStrEqual(n->name, BAD_CAST containers[i]))
			break;
	if (containers[i] == NULL)
		return 0;
	/* signatures in back are element-only too, but not in front. */
	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_TEXT_NODE && !xmlIsBlankNode(n))
			return 0;
	return 1;
}

static int
indent(xmlDocPtr doc, xmlNodePtr n, int depth)
{
	xmlNodePtr	 c, next, ws;
	char		 pad[66];
	int		 len;

	if (!is_container(n) || n->children == NULL)
		return 0;
	len = depth * 2 + 1 < (int)sizeof(pad) - 3 ? depth * 2 + 1 : 60;
	pad[0] = '\n';
	memset(pad + 1, ' ', sizeof(pad) - 1);
	for (c = n->children; c != NULL; c = next) {
		next = c->next;
		if ((ws = xmlNewDocTextLen(doc, BAD_CAST pad, len + 2)) == NULL)
			return -1;
		xmlAddPrevSibling(c, ws);
		if (indent(doc, c, depth + 1) == -1)
			return -1;
	}
	if ((ws = xmlNewDocTextLen(doc, BAD_CAST pad, len)) == NULL)
		return -1;
	xmlAddChild(n, ws);
	return 0;
}

int
pk_xml_write(xmlDocPtr doc, struct pk_buf *out)
{
	xmlChar		*mem = NULL;
	int		 size = 0, rc;

	if (indent(doc, xmlDocGetRootElement(doc), 0) == -1)
		return -1;
	xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
	if (mem == NULL)
		return -1;
	pk_buf_reset(out);
	rc = pk_buf_put(out, mem, (size_t)size);
	xmlFree(mem);
	return rc;
}
