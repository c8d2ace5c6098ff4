/* The packages' METS documents: the root's (CSIP/SIP 2.1) and each representation's. */
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "packmets.h"
#include "version.h"
#include "xmlin.h"

#define NS_METS		"http://www.loc.gov/METS/"
#define NS_XLINK	"http://www.w3.org/1999/xlink"
#define NS_XSI		"http://www.w3.org/2001/XMLSchema-instance"
#define NS_CSIP		"https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
#define NS_SIP		"https://DILCIS.eu/XML/METS/SIPExtensionMETS"
#define SIP_PROFILE	"https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
#define SCHEMA_LOCATION							\
	NS_METS " http://www.loc.gov/standards/mets/mets.xsd "		\
	NS_XLINK " http://www.loc.gov/standards/mets/xlink.xsd "	\
	NS_CSIP " https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd " \
	NS_SIP " https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd"

/* The namespaces of one METS document. */
struct mets {
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	xmlNsPtr	 xlink, csip, sip;
	const struct pk_pack_ctx *ctx;
	int		 nfiles;
};

static xmlNodePtr
el(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
}

static void
at(xmlNodePtr n, const char *name, const char *value)
{
	xmlNewProp(n, BAD_CAST name, BAD_CAST value);
}

static void
at_ns(xmlNodePtr n, xmlNsPtr ns, const char *name, const char *value)
{
	xmlNewNsProp(n, ns, BAD_CAST name, BAD_CAST value);
}

/* The attributes CSIP wants on every file and mdRef (CSIP24-30, 67-72). */
static void
fixity(struct mets *m, xmlNodePtr n, const struct pk_pack_file *f)
{
	char	 size[32];

	snprintf(size, sizeof(size), "%zu", f->data.len);
	at(n, "MIMETYPE", f->mime);
	at(n, "SIZE", size);
	at(n, "CREATED", m->ctx->date);
	at(n, "CHECKSUM", f->sha256);
	at(n, "CHECKSUMTYPE", "SHA-256");
}

/* An xlink to href, as CSIP wants every reference (LOCTYPE URL, simple). */
static void
link(struct mets *m, xmlNodePtr n, const char *href)
{
	at(n, "LOCTYPE", "URL");
	at_ns(n, m->xlink, "type", "simple");
	at_ns(n, m->xlink, "href", href);
}

/* The software agent: CSIP10-16. */
static void
software_agent(struct mets *m, xmlNodePtr hdr)
{
	xmlNodePtr	 a = el(hdr, "agent", NULL);

	at(a, "ROLE", "CREATOR");
	at(a, "TYPE", "OTHER");
	at(a, "OTHERTYPE", "SOFTWARE");
	el(a, "name", "protokoll");
	at_ns(el(a, "note", PK_VERSION), m->csip, "NOTETYPE",
	    "SOFTWARE VERSION");
}

/* An agent of SIP9-31, with an identification code or a plain note. */
static void
agent(struct mets *m, xmlNodePtr hdr, const char *role, const char *type,
    const char *name, const char *code, const char *note)
{
	xmlNodePtr	 a;

	if (name == NULL)
		return;
	a = el(hdr, "agent", NULL);
	at(a, "ROLE", role);
	at(a, "TYPE", type);
	el(a, "name", name);
	if (code != NULL)
		at_ns(el(a, "note", code), m->csip, "NOTETYPE",
		    "IDENTIFICATIONCODE");
	else if (note != NULL)
		el(a, "note", note);
}

/* The minutes' body and date for the LABEL: "Kommunstyrelsen 2024-04-19". */
static void
label_of(xmlDocPtr minutes, char *out, size_t size)
{
	xmlNodePtr	 n = xmlDocGetRootElement(minutes);
	xmlChar		*body = NULL, *date = NULL;

	for (n = n ? n->children : NULL; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, BAD_CAST "meeting")) {
			body = xmlGetProp(n, BAD_CAST "body");
			date = xmlGetProp(n, BAD_CAST "date");
			break;
		}
	snprintf(out, size, "Minutes%s%s%s%s", body ? ", " : "",
	    body ? (char *)body : "", date ? ", " : "",
	    date ? (char *)date : "");
	xmlFree(body);
	xmlFree(date);
}

/* A METS document with its root and metsHdr; the caller adds the rest. */
static int
start(struct mets *m, const struct pk_pack_ctx *c, const char *objid,
    xmlDocPtr minutes, xmlNodePtr *hdr)
{
	xmlNsPtr	 xsi;
	char		 label[512];

	memset(m, 0, sizeof(*m));
	m->ctx = c;
	if ((m->doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (m->root = xmlNewNode(NULL, BAD_CAST "mets")) == NULL)
		return -1;
	xmlDocSetRootElement(m->doc, m->root);
	xmlSetNs(m->root, xmlNewNs(m->root, BAD_CAST NS_METS, NULL));
	m->xlink = xmlNewNs(m->root, BAD_CAST NS_XLINK, BAD_CAST "xlink");
	xsi = xmlNewNs(m->root, BAD_CAST NS_XSI, BAD_CAST "xsi");
	m->csip = xmlNewNs(m->root, BAD_CAST NS_CSIP, BAD_CAST "csip");
	m->sip = xmlNewNs(m->root, BAD_CAST NS_SIP, BAD_CAST "sip");
	at_ns(m->root, xsi, "schemaLocation", SCHEMA_LOCATION);
	/* CSIP1-6, SIP1-2. */
	at(m->root, "OBJID", objid);
	if (minutes != NULL)
		label_of(minutes, label, sizeof(label));
	else
		snprintf(label, sizeof(label), "Minutes of %zu meetings",
		    c->nm);
	at(m->root, "LABEL", label);
	at(m->root, "TYPE", "Text");
	at_ns(m->root, m->csip, "CONTENTINFORMATIONTYPE", "OTHER");
	at_ns(m->root, m->csip, "OTHERCONTENTINFORMATIONTYPE",
	    "protokoll minutes " PK_MINUTES_VERSION);
	at(m->root, "PROFILE", SIP_PROFILE);
	/* CSIP7-9, SIP3-4. */
	*hdr = el(m->root, "metsHdr", NULL);
	at(*hdr, "CREATEDATE", c->date);
	at(*hdr, "LASTMODDATE", c->date);
	at(*hdr, "RECORDSTATUS", "NEW");
	at_ns(*hdr, m->csip, "OAISPACKAGETYPE", "SIP");
	software_agent(m, *hdr);
	return 0;
}

static int
finish(struct mets *m, struct pk_buf *out)
{
	xmlChar	*mem = NULL;
	int	 len = 0, rc;

	xmlDocDumpFormatMemoryEnc(m->doc, &mem, &len, "UTF-8", 1);
	pk_buf_reset(out);
	rc = mem != NULL ? pk_buf_put(out, mem, (size_t)len) : -1;
	xmlFree(mem);
	xmlFreeDoc(m->doc);
	return rc;
}

/* A file element for f in grp, its href relative to the METS at base. */
static void
file(struct mets *m, xmlNodePtr grp, const struct pk_pack_file *f,
    size_t base)
{
	xmlNodePtr	 n = el(grp, "file", NULL);
	const char	*fmt = pk_pack_format_name(f->mime);
	char		 id[32];

	snprintf(id, sizeof(id), "file-%03d", ++m->nfiles);
	at(n, "ID", id);
	fixity(m, n, f);
	if (fmt != NULL)
		at_ns(n, m->sip, "FILEFORMATNAME", fmt);
	link(m, el(n, "FLocat", NULL), f->path + base);
}

/* A fileGrp of the files whose path starts with prefix (CSIP59-79). */
static xmlNodePtr
group(struct mets *m, xmlNodePtr sec, const struct pk_pack_tree *t,
    const char *id, const char *use, const char *prefix, size_t base)
{
	xmlNodePtr	 g = el(sec, "fileGrp", NULL);

	at(g, "ID", id);
	at(g, "USE", use);
	for (size_t i = 0; i < t->n; i++)
		if (strncmp(t->v[i].path, prefix, strlen(prefix)) == 0)
			file(m, g, &t->v[i], base);
	return g;
}

/* A div of the CSIP structMap pointing at fileGrp grp (CSIP93-100). */
static void
div_fptr(xmlNodePtr parent, const char *id, const char *label,
    const char *grp)
{
	xmlNodePtr	 d = el(parent, "div", NULL);

	at(d, "ID", id);
	at(d, "LABEL", label);
	at(el(d, "fptr", NULL), "FILEID", grp);
}

/* A child element's text, NULL when there is none (caller frees). */
static xmlChar *
text_of(xmlNodePtr n, const char *name)
{
	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, BAD_CAST name))
			return xmlNodeGetContent(n);
	return NULL;
}

/*
 * The logical structMap: one div per agenda item, its § number the
 * ORDERLABEL, its title the LABEL, a div per case number within, and an
 * XPointer to the item in the minutes XML.
 */
static void
agenda(struct mets *m, xmlDocPtr minutes, const char *xml_id)
{
	xmlNodePtr	 sm, top, items, it, d, cases, cs;
	xmlChar		*n, *title;
	char		 buf[512];
	int		 k = 0, kc;

	sm = el(m->root, "structMap", NULL);
	at(sm, "ID", "structmap-agenda");
	at(sm, "TYPE", "LOGICAL");
	at(sm, "LABEL", "Agenda items");
	top = el(sm, "div", NULL);
	at(top, "ID", "agenda");
	at(top, "TYPE", "minutes");
	at(top, "LABEL", "Items");
	items = pk_xml_child(xmlDocGetRootElement(minutes), "items");
	for (it = items ? items->children : NULL; it; it = it->next) {
		if (it->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(it->name, BAD_CAST "item"))
			continue;
		k++;
		d = el(top, "div", NULL);
		snprintf(buf, sizeof(buf), "item-%d", k);
		at(d, "ID", buf);
		at(d, "TYPE", "item");
		if ((n = xmlGetProp(it, BAD_CAST "n")) != NULL) {
			snprintf(buf, sizeof(buf), "§ %s", (char *)n);
			at(d, "ORDERLABEL", buf);
			xmlFree(n);
		}
		title = text_of(pk_xml_child(it, "head") ? pk_xml_child(it, "head") : it,
		    "title");
		at(d, "LABEL", title != NULL && *title ? (char *)title :
		    "(untitled)");
		xmlFree(title);
		/* METS wants a div's fptr before its divs. */
		cs = el(el(d, "fptr", NULL), "area", NULL);
		at(cs, "FILEID", xml_id);
		at(cs, "BETYPE", "XPTR");
		snprintf(buf, sizeof(buf), "xpointer(/*/*[local-name()='items']"
		    "/*[local-name()='item'][%d])", k);
		at(cs, "BEGIN", buf);
		cases = pk_xml_child(it, "cases");
		kc = 0;
		for (cs = cases ? cases->children : NULL; cs; cs = cs->next) {
			xmlNodePtr	 cd;
			xmlChar		*num;

			if (cs->type != XML_ELEMENT_NODE)
				continue;
			cd = el(d, "div", NULL);
			snprintf(buf, sizeof(buf), "item-%d-case-%d", k, ++kc);
			at(cd, "ID", buf);
			at(cd, "TYPE", "case");
			num = xmlNodeGetContent(cs);
			at(cd, "LABEL", num ? (char *)num : "");
			xmlFree(num);
		}
	}
}

int
pk_pack_rep_mets(const struct pk_pack_ctx *c, const struct pk_pack_tree *t,
    const struct pk_pack_meeting *mt, const char *rep, struct pk_buf *out)
{
	struct mets	 m;
	xmlNodePtr	 hdr, sec, sm, top;
	char		 prefix[256], objid[320], xml_id[32] = "";
	size_t		 base;

	snprintf(objid, sizeof(objid), "%s-%s", t->id, rep);
	if (start(&m, c, objid, mt->minutes, &hdr) == -1)
		return -1;
	snprintf(prefix, sizeof(prefix), "representations/%s/data/", rep);
	base = strlen(prefix) - strlen("data/");
	sec = el(m.root, "fileSec", NULL);
	at(sec, "ID", "filesec");
	group(&m, sec, t, "filegrp-data", "Data", prefix, base);
	/* The minutes XML's file id, for the agenda's pointers. */
	for (size_t i = 0, k = 0; i < t->n; i++)
		if (strncmp(t->v[i].path, prefix, strlen(prefix)) == 0 &&
		    (k++, strcmp(t->v[i].mime, "application/xml") == 0) &&
		    xml_id[0] == '\0')
			snprintf(xml_id, sizeof(xml_id), "file-%03zu", k);
	sm = el(m.root, "structMap", NULL);
	at(sm, "ID", "structmap-csip");
	at(sm, "TYPE", "PHYSICAL");
	at(sm, "LABEL", "CSIP");
	top = el(sm, "div", NULL);
	at(top, "ID", "div-root");
	at(top, "LABEL", objid);
	div_fptr(top, "div-data", "Data", "filegrp-data");
	if (strcmp(rep, mt->rep_min) == 0 && xml_id[0] != '\0')
		agenda(&m, mt->minutes, xml_id);
	return finish(&m, out);
}

/* An mdRef to the file at path in section sec (CSIP17-44). */
static void
md_ref(struct mets *m, xmlNodePtr sec, const struct pk_pack_tree *t,
    const char *path, const char *mdtype, const char *other)
{
	const struct pk_pack_file	*f = pk_pack_tree_find(t, path);
	xmlNodePtr			 r;

	if (f == NULL)
		return;
	r = el(sec, "mdRef", NULL);
	link(m, r, path);
	at(r, "MDTYPE", mdtype);
	if (other != NULL)
		at(r, "OTHERMDTYPE", other);
	if (strcmp(mdtype, "PREMIS") == 0)
		at(r, "MDTYPEVERSION", "3.0");
	fixity(m, r, f);
}

static xmlNodePtr
md_sec(struct mets *m, xmlNodePtr parent, const char *name, const char *id)
{
	xmlNodePtr	 s = el(parent, name, NULL);

	at(s, "ID", id);
	at(s, "CREATED", m->ctx->date);
	at(s, "STATUS", "CURRENT");
	return s;
}

int
pk_pack_root_mets(const struct pk_pack_ctx *c, const struct pk_pack_tree *t,
    struct pk_buf *out)
{
	const struct pk_pack_agents	*a = c->agents;
	struct mets	 m;
	struct pk_buf	 dmdids = { 0 };
	xmlNodePtr	 hdr, amd, sec, g, sm, top, d, mp;
	char		 path[512], id[256], use[256];
	size_t		 i, r;
	int		 rc;

	if (start(&m, c, t->id, c->nm == 1 ? c->m[0].minutes : NULL, &hdr) ==
	    -1)
		return -1;
	agent(&m, hdr, "ARCHIVIST", "ORGANIZATION", a->archivist,
	    a->archivist_id, NULL);
	agent(&m, hdr, "CREATOR", "ORGANIZATION", a->submitter,
	    a->submitter_id, NULL);
	agent(&m, hdr, "CREATOR", "INDIVIDUAL", a->contact, NULL,
	    a->contact_note);
	agent(&m, hdr, "PRESERVATION", "ORGANIZATION", a->preservation, NULL,
	    NULL);
	if (a->agreement != NULL)
		at(el(hdr, "altRecordID", a->agreement), "TYPE",
		    "SUBMISSIONAGREEMENT");
	if (a->refcode != NULL)
		at(el(hdr, "altRecordID", a->refcode), "TYPE",
		    "REFERENCECODE");

	for (i = 0; i < c->nm; i++) {
		snprintf(id, sizeof(id), "dmd-dc%s", c->m[i].tag);
		md_ref(&m, md_sec(&m, m.root, "dmdSec", id), t, c->m[i].dc,
		    "DC", NULL);
		pk_buf_printf(&dmdids, "%s%s", i ? " " : "", id);
		snprintf(id, sizeof(id), "dmd-ead%s", c->m[i].tag);
		md_ref(&m, md_sec(&m, m.root, "dmdSec", id), t, c->m[i].ead,
		    "OTHER", "EAD3");
		pk_buf_printf(&dmdids, " %s", id);
	}
	amd = el(m.root, "amdSec", NULL);
	at(amd, "ID", "amd");
	md_ref(&m, md_sec(&m, amd, "digiprovMD", "digiprov-premis"), t,
	    "metadata/preservation/premis.xml", "PREMIS", NULL);

	sec = el(m.root, "fileSec", NULL);
	at(sec, "ID", "filesec");
	group(&m, sec, t, "filegrp-documentation", "Documentation",
	    "documentation/", 0);
	group(&m, sec, t, "filegrp-schemas", "Schemas", "schemas/", 0);
	for (i = 0; i < c->nm; i++)
		for (r = 0; r < 2; r++) {
			const char *rep = r ? c->m[i].rep_min :
			    c->m[i].rep_orig;

			snprintf(id, sizeof(id), "filegrp-%s", rep);
			snprintf(use, sizeof(use), "Representations/%s", rep);
			snprintf(path, sizeof(path),
			    "representations/%s/METS.xml", rep);
			g = el(sec, "fileGrp", NULL);
			at(g, "ID", id);
			at(g, "USE", use);
			at_ns(g, m.csip, "CONTENTINFORMATIONTYPE", "OTHER");
			at_ns(g, m.csip, "OTHERCONTENTINFORMATIONTYPE", r == 0 ?
			    "original document" : "protokoll minutes "
			    PK_MINUTES_VERSION);
			if (pk_pack_tree_find(t, path) != NULL)
				file(&m, g, pk_pack_tree_find(t, path), 0);
		}

	/* CSIP80-112: the physical structMap labelled CSIP. */
	sm = el(m.root, "structMap", NULL);
	at(sm, "ID", "structmap-csip");
	at(sm, "TYPE", "PHYSICAL");
	at(sm, "LABEL", "CSIP");
	top = el(sm, "div", NULL);
	at(top, "ID", "div-root");
	at(top, "LABEL", t->id);
	d = el(top, "div", NULL);
	at(d, "ID", "div-metadata");
	at(d, "LABEL", "Metadata");
	at(d, "ADMID", "digiprov-premis");
	at(d, "DMDID", dmdids.data ? dmdids.data : "");
	div_fptr(top, "div-documentation", "Documentation",
	    "filegrp-documentation");
	div_fptr(top, "div-schemas", "Schemas", "filegrp-schemas");
	for (i = 0; i < c->nm; i++)
		for (r = 0; r < 2; r++) {
			const char *rep = r ? c->m[i].rep_min :
			    c->m[i].rep_orig;

			snprintf(id, sizeof(id), "div-%s", rep);
			snprintf(use, sizeof(use), "Representations/%s", rep);
			snprintf(path, sizeof(path),
			    "representations/%s/METS.xml", rep);
			d = el(top, "div", NULL);
			at(d, "ID", id);
			at(d, "LABEL", use);
			mp = el(d, "mptr", NULL);
			link(&m, mp, path);
			snprintf(id, sizeof(id), "filegrp-%s", rep);
			at_ns(mp, m.xlink, "title", id);
		}
	rc = dmdids.data != NULL ? finish(&m, out) : (xmlFreeDoc(m.doc), -1);
	pk_buf_free(&dmdids);
	return rc;
}

const char *
pk_pack_format_name(const char *mime)
{
	static const struct {
		const char	*mime, *name;
	} names[] = {
		{ "application/pdf", "Portable Document Format" },
		{ "application/vnd.openxmlformats-officedocument."
		    "wordprocessingml.document",
		    "Microsoft Word for Windows (Office Open XML)" },
		{ "application/vnd.oasis.opendocument.text",
		    "OpenDocument Text" },
		{ "application/xml", "Extensible Markup Language" },
		{ "text/html", "Hypertext Markup Language" },
		{ "text/plain", "Plain Text File" },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(mime, names[i].mime) == 0)
			return names[i].name;
	return NULL;
}
