/* A package's PREMIS 3.0: the entity, its files with fixity, and the pipeline's events. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "choice.h"
#include "packmets.h"
#include "packpremis.h"
#include "review.h"
#include "version.h"
#include "xmlin.h"

#define NS_PREMIS	"http://www.loc.gov/premis/v3"
#define NS_XSI		"http://www.w3.org/2001/XMLSchema-instance"

static xmlNodePtr
el(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
}

/* An identifier element of PREMIS's kind: <NAMEType>local, <NAMEValue>. */
static xmlNodePtr
ident(xmlNodePtr parent, const char *name, const char *value)
{
	xmlNodePtr	 n = el(parent, name, NULL);
	char		 sub[64];

	snprintf(sub, sizeof(sub), "%sType", name);
	el(n, sub, "local");
	snprintf(sub, sizeof(sub), "%sValue", name);
	el(n, sub, value);
	return n;
}

static int
count(xmlNodePtr n, const char *name)
{
	int	 k = 0;

	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			k += xmlStrEqual(n->name, BAD_CAST name) +
			    count(n->children, name);
	return k;
}

/* An attribute as a string into out ("" when missing). */
static const char *
attr(xmlNodePtr n, const char *name, char *out, size_t size)
{
	xmlChar	*v = n != NULL ? xmlGetProp(n, BAD_CAST name) : NULL;

	snprintf(out, size, "%s", v != NULL ? (char *)v : "");
	xmlFree(v);
	return out;
}

static int
is_under(const struct pk_pack_file *f, const char *prefix)
{
	return strncmp(f->path, prefix, strlen(prefix)) == 0;
}

/* The name a meeting's original came with, without its directory. */
static const char *
original_name(const struct pk_pack_meeting *mt)
{
	const char	*base = strrchr(mt->in->orig_name, '/');

	return base != NULL ? base + 1 : mt->in->orig_name;
}

/* One file object: fixity, size, format, original name, relations. */
static void
file_object(xmlNodePtr premis, const struct pk_pack_ctx *c,
    const struct pk_pack_meeting *mt, const struct pk_pack_file *f,
    int derived, const char *original, const char *minutes)
{
	xmlNodePtr	 o, ch, fx, r;
	const char	*fmt = pk_pack_format_name(f->mime);
	char		 size[32], ev[64];

	o = el(premis, "object", NULL);
	xmlNewNsProp(o, xmlSearchNsByHref(o->doc, premis, BAD_CAST NS_XSI),
	    BAD_CAST "type", BAD_CAST "file");
	ident(o, "objectIdentifier", f->path);
	ch = el(o, "objectCharacteristics", NULL);
	el(ch, "compositionLevel", "0");
	fx = el(ch, "fixity", NULL);
	el(fx, "messageDigestAlgorithm", "SHA-256");
	el(fx, "messageDigest", f->sha256);
	el(fx, "messageDigestOriginator", "protokoll");
	snprintf(size, sizeof(size), "%zu", f->data.len);
	el(ch, "size", size);
	el(el(el(ch, "format", NULL), "formatDesignation", NULL),
	    "formatName", fmt != NULL ? fmt : f->mime);
	if (derived) {
		xmlNodePtr app = el(ch, "creatingApplication", NULL);

		el(app, "creatingApplicationName", "protokoll");
		el(app, "creatingApplicationVersion", PK_VERSION);
		el(app, "dateCreatedByApplication", c->date);
	}
	/* The original keeps the name it came with; derived files theirs. */
	el(o, "originalName", derived ? strrchr(f->path, '/') + 1 :
	    original_name(mt));
	r = el(o, "relationship", NULL);
	el(r, "relationshipType", "structural");
	el(r, "relationshipSubType", "is included in");
	ident(r, "relatedObjectIdentifier", mt->id);
	if (derived && original != NULL) {
		r = el(o, "relationship", NULL);
		el(r, "relationshipType", "derivation");
		el(r, "relationshipSubType", "has source");
		ident(r, "relatedObjectIdentifier", original);
		snprintf(ev, sizeof(ev), "event-%s%s", minutes != NULL &&
		    strcmp(f->path, minutes) == 0 ? "segmentation" :
		    "transformation", mt->tag);
		ident(r, "relatedEventIdentifier", ev);
	}
}

/* One event, done by agent, on source making outcome (each or NULL). */
static xmlNodePtr
event(xmlNodePtr premis, const struct pk_pack_ctx *c,
    const struct pk_pack_meeting *mt, const char *name, const char *type,
    const char *detail, const char *outcome_note, const char *agent,
    const char *source, const char *outcome)
{
	xmlNodePtr	 e, oi, l;
	char		 id[64];

	snprintf(id, sizeof(id), "event-%s%s", name, mt->tag);
	e = el(premis, "event", NULL);
	ident(e, "eventIdentifier", id);
	el(e, "eventType", type);
	el(e, "eventDateTime", c->date);
	el(el(e, "eventDetailInformation", NULL), "eventDetail", detail);
	oi = el(e, "eventOutcomeInformation", NULL);
	el(oi, "eventOutcome", "success");
	if (outcome_note != NULL && *outcome_note != '\0')
		el(el(oi, "eventOutcomeDetail", NULL),
		    "eventOutcomeDetailNote", outcome_note);
	snprintf(id, sizeof(id), "%s%s", agent, strcmp(agent,
	    "agent-extractor") == 0 ? mt->tag : "");
	l = ident(e, "linkingAgentIdentifier", id);
	el(l, "linkingAgentRole", "executing program");
	if (source != NULL) {
		l = ident(e, "linkingObjectIdentifier", source);
		el(l, "linkingObjectRole", "source");
	}
	if (outcome != NULL) {
		l = ident(e, "linkingObjectIdentifier", outcome);
		el(l, "linkingObjectRole", "outcome");
	}
	return e;
}

static void
software(xmlNodePtr premis, const char *id, const char *name,
    const char *version)
{
	xmlNodePtr	 a = el(premis, "agent", NULL);

	ident(a, "agentIdentifier", id);
	el(a, "agentName", name);
	el(a, "agentType", "software");
	el(a, "agentVersion", version);
}

/* The paths of a meeting's original and minutes XML in t (or NULL). */
static void
paths_of(const struct pk_pack_meeting *mt, const struct pk_pack_tree *t,
    const char **original, const char **minutes)
{
	char	 orig[256], xml[512];

	snprintf(orig, sizeof(orig), "representations/%s/data/", mt->rep_orig);
	snprintf(xml, sizeof(xml), "representations/%s/data/%s.xml",
	    mt->rep_min, mt->id);
	*original = *minutes = NULL;
	for (size_t i = 0; i < t->n; i++) {
		if (*original == NULL && is_under(&t->v[i], orig))
			*original = t->v[i].path;
		if (strcmp(t->v[i].path, xml) == 0)
			*minutes = t->v[i].path;
	}
}

/* The pipeline's stages, as the minutes XML records them. */
static void
events(xmlNodePtr premis, const struct pk_pack_ctx *c,
    const struct pk_pack_meeting *mt, const char *original,
    const char *minutes)
{
	xmlNodePtr	 src, ocr, root = xmlDocGetRootElement(mt->minutes);
	char		 detail[1024], note[512], a[128], b[128], v[64];
	size_t		 i, used;

	src = pk_xml_child(root, "source");
	snprintf(detail, sizeof(detail), "%s %s read %s page(s) of %s (%s)",
	    attr(src, "extractor", a, sizeof(a))[0] ? a : "pk-extract",
	    attr(src, "extractor-version", v, sizeof(v))[0] ? v :
	    PK_VERSION, attr(src, "pages", b, sizeof(b))[0] ? b : "?",
	    original_name(mt), attr(src, "format", note, sizeof(note)));
	event(premis, c, mt, "extraction", "text extraction", detail, NULL,
	    "agent-extractor", original, NULL);
	if ((ocr = pk_xml_child(src, "ocr")) != NULL) {
		snprintf(detail, sizeof(detail), "%d page(s) read by OCR "
		    "(%s, languages %s, %s dpi)", count(ocr->children, "page"),
		    attr(ocr, "engine", a, sizeof(a)),
		    attr(ocr, "lang", b, sizeof(b)),
		    attr(ocr, "dpi", v, sizeof(v)));
		note[0] = '\0';
		used = 0;
		for (xmlNodePtr p = ocr->children; p; p = p->next)
			if (p->type == XML_ELEMENT_NODE &&
			    strcmp(attr(p, "low", v, sizeof(v)), "true") == 0 &&
			    used + 16 < sizeof(note))
				used += (size_t)snprintf(note + used,
				    sizeof(note) - used, "%s%s", used ? "," :
				    "low confidence on page(s) ",
				    attr(p, "n", a, sizeof(a)));
		event(premis, c, mt, "ocr", "optical character recognition",
		    detail, note, "agent-extractor", original, NULL);
	}
	snprintf(detail, sizeof(detail), "segmented with rule profile %s "
	    "(score %s, language %s): %d agenda item(s); %d line(s) of page "
	    "furniture (headers, footers, page numbers) removed",
	    attr(src, "profile", a, sizeof(a)), attr(src, "score", b,
	    sizeof(b)), attr(src, "lang", v, sizeof(v)),
	    count(pk_xml_child(root, "items"), "item"),
	    count(pk_xml_child(root, "furniture"), "fw"));
	/* What pk-batch would list to review (OCR's is the OCR event's). */
	memcpy(note, "to review: ", 11);
	pk_review_reasons(note + 11, sizeof(note) - 11,
	    count(pk_xml_child(root, "items"), "item"), b[0] != '\0' ?
	    atoi(b) : PK_SEGMENT_FITS_WELL, a, NULL);
	event(premis, c, mt, "segmentation", "segmentation", detail,
	    note[11] != '\0' ? note : NULL, "agent-protokoll", original,
	    minutes);
	event(premis, c, mt, "validation", "validation",
	    "minutes XML validated against schemas/minutes.xsd "
	    "(" PK_MINUTES_NS " " PK_MINUTES_VERSION ")", "valid",
	    "agent-protokoll", minutes, NULL);
	used = (size_t)snprintf(detail, sizeof(detail), "minutes XML "
	    "transformed by XSLT into Dublin Core and EAD3 (metadata/"
	    "descriptive/)");
	for (i = 0; i < mt->in->nrend && used < sizeof(detail); i++)
		used += (size_t)snprintf(detail + used, sizeof(detail) - used,
		    "%s%s", i == 0 ? " and the renditions " : ", ",
		    mt->in->rend[i].suffix);
	event(premis, c, mt, "transformation", "transformation", detail,
	    NULL, "agent-protokoll", minutes, NULL);
}

int
pk_pack_premis(const struct pk_pack_ctx *c, const struct pk_pack_tree *t,
    struct pk_buf *out)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 premis, o, src;
	xmlNsPtr	 ns;
	const char	*original, *minutes;
	char		 orig[256], min[256], id[64], a[128], v[64];
	xmlChar		*mem = NULL;
	size_t		 i, k;
	int		 len = 0, rc;

	if ((doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (premis = xmlNewNode(NULL, BAD_CAST "premis")) == NULL) {
		xmlFreeDoc(doc);
		return -1;
	}
	xmlDocSetRootElement(doc, premis);
	ns = xmlNewNs(premis, BAD_CAST NS_PREMIS, NULL);
	xmlSetNs(premis, ns);
	xmlNewNsProp(premis, xmlNewNs(premis, BAD_CAST NS_XSI,
	    BAD_CAST "xsi"), BAD_CAST "schemaLocation", BAD_CAST NS_PREMIS
	    " http://www.loc.gov/standards/premis/v3/premis.xsd");
	xmlNewProp(premis, BAD_CAST "version", BAD_CAST "3.0");

	/* Each meeting's minutes as an intellectual entity, its files. */
	for (k = 0; k < c->nm; k++) {
		o = el(premis, "object", NULL);
		xmlNewNsProp(o, xmlSearchNsByHref(doc, premis,
		    BAD_CAST NS_XSI), BAD_CAST "type",
		    BAD_CAST "intellectualEntity");
		ident(o, "objectIdentifier", c->m[k].id);
		el(o, "originalName", original_name(&c->m[k]));
	}
	for (k = 0; k < c->nm; k++) {
		paths_of(&c->m[k], t, &original, &minutes);
		snprintf(orig, sizeof(orig), "representations/%s/data/",
		    c->m[k].rep_orig);
		snprintf(min, sizeof(min), "representations/%s/data/",
		    c->m[k].rep_min);
		for (i = 0; i < t->n; i++)
			if (is_under(&t->v[i], orig) || is_under(&t->v[i], min))
				file_object(premis, c, &c->m[k], &t->v[i],
				    is_under(&t->v[i], min), original, minutes);
	}
	for (k = 0; k < c->nm; k++) {
		paths_of(&c->m[k], t, &original, &minutes);
		events(premis, c, &c->m[k], original, minutes);
	}
	event(premis, c, &c->m[0], "packaging", "information package creation",
	    "E-ARK SIP 2.1 built by pk-pack", NULL, "agent-protokoll", NULL,
	    NULL);
	for (k = 0; k < c->nm; k++) {
		src = pk_xml_child(xmlDocGetRootElement(c->m[k].minutes), "source");
		snprintf(id, sizeof(id), "agent-extractor%s", c->m[k].tag);
		software(premis, id, attr(src, "extractor", a, sizeof(a))[0] ?
		    a : "pk-extract", attr(src, "extractor-version", v,
		    sizeof(v))[0] ? v : PK_VERSION);
	}
	software(premis, "agent-protokoll", "protokoll", PK_VERSION);

	xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
	pk_buf_reset(out);
	rc = mem != NULL ? pk_buf_put(out, mem, (size_t)len) : -1;
	xmlFree(mem);
	xmlFreeDoc(doc);
	return rc;
}
