/* The secretary who signs the minutes made one of the meeting's people where no list of the document names them. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "inline.h"
#include "signers.h"
#include "xmlin.h"

/* The plain text of n (emphasis dropped), or NULL when memory ran out. */
static char *
plain_of(xmlNodePtr n)
{
	xmlChar	*c;
	char	*plain;

	if ((c = xmlNodeGetContent(n)) == NULL)
		return NULL;
	plain = pk_inline_plain((char *)c, strlen((char *)c));
	xmlFree(c);
	return plain;
}

/* Whether a person under n is named name: 1, 0, or -1 (memory). */
static int
listed(xmlNodePtr n, const char *name)
{
	char	*plain;
	int	 rc;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (pk_xml_is(n, "name") && n->parent != NULL &&
		    pk_xml_is(n->parent, "person")) {
			if ((plain = plain_of(n)) == NULL)
				return -1;
			rc = strcmp(plain, name) == 0;
			free(plain);
			if (rc)
				return 1;
		} else if ((rc = listed(n->children, name)) != 0)
			return rc;
	}
	return 0;
}

/* Whether signature sig is the secretary's. */
static int
secretary(xmlNodePtr sig)
{
	xmlChar	*role = xmlGetProp(sig, BAD_CAST "role");
	int	 yes = role != NULL && xmlStrEqual(role, BAD_CAST "secretary");

	xmlFree(role);
	return yes;
}

/* The name of sig held as a person, when the document lists it nowhere. */
static int
present(xmlNodePtr root, xmlNodePtr sig, xmlNsPtr ns)
{
	xmlNodePtr	 name, person, inner, c;
	char		*plain;
	int		 rc;

	for (name = sig->children; name != NULL && !pk_xml_is(name, "name");
	    name = name->next)
		;
	if (name == NULL)
		return 0;
	for (c = name->children; c != NULL; c = c->next)
		if (pk_xml_is(c, "person"))
			return 0;
	if ((plain = plain_of(name)) == NULL)
		return -1;
	rc = *plain == '\0' ? 1 : listed(root, plain);
	free(plain);
	if (rc != 0)
		return rc == -1 ? -1 : 0;
	if ((person = xmlNewDocNode(sig->doc, ns, BAD_CAST "person", NULL)) ==
	    NULL)
		return -1;
	if ((inner = xmlNewDocNode(sig->doc, ns, BAD_CAST "name", NULL)) ==
	    NULL || xmlAddChild(person, inner) == NULL) {
		xmlFreeNode(inner);
		xmlFreeNode(person);
		return -1;
	}
	if (xmlSetProp(person, BAD_CAST "role", BAD_CAST "secretary") ==
	    NULL || xmlSetProp(person, BAD_CAST "attendance",
	    BAD_CAST "present") == NULL) {
		xmlFreeNode(person);
		return -1;
	}
	/* The characters move; none is added. */
	while ((c = name->children) != NULL) {
		xmlUnlinkNode(c);
		if (xmlAddChild(inner, c) == NULL) {
			xmlFreeNode(c);
			xmlFreeNode(person);
			return -1;
		}
	}
	if (xmlAddChild(name, person) == NULL) {
		xmlFreeNode(person);
		return -1;
	}
	return 0;
}

/* Every secretary's signature under n. */
static int
walk(xmlNodePtr root, xmlNodePtr n, xmlNsPtr ns)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (pk_xml_is(n, "signature")) {
			if (secretary(n) && present(root, n, ns) == -1)
				return -1;
		} else if (walk(root, n->children, ns) == -1)
			return -1;
	}
	return 0;
}

int
pk_signers_present(xmlNodePtr root, xmlNsPtr ns)
{
	return root == NULL ? 0 : walk(root, root->children, ns);
}
