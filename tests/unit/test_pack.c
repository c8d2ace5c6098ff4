/*
 * pk-pack (issue 16): E-ARK SIP 2.1 packages checked against the
 * requirements of CSIP 2.1 and SIP 2.1.  The E-ARK validator's
 * Schematron (../shared/conformance/schemas/eark/schematron) does not
 * run under libxml2, so its requirements are implemented here and named
 * by their ids (CSIP1, SIP4, ...); every package a test builds is
 * checked with all of them (check_package).
 */
#include <dirent.h>
#include <sys/stat.h>

#include "helpers.h"
#include "../../pipeline/digest.h"
#include "../../pipeline/pack.h"
#include "../../pipeline/packconf.h"
#include "../../pipeline/xmlin.h"

#define PACK	BIN("pk-pack")
#define EPOCH	"SOURCE_DATE_EPOCH=1700000000 "
#define AGENTS	"--archivist 'Region Västmanland' --archivist-id " \
		"SE/2321000222 --submitter 'Regionkansliet' --contact " \
		"'Elin Hellström' --agreement 'LÖ 2024/1' " \
		"--reference-code SE/RV/SRB "
#define NS_METS		"http://www.loc.gov/METS/"
#define NS_PREMIS	"http://www.loc.gov/premis/v3"
#define SIP_PROFILE	"https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"

static char *
tmpdir(void)
{
	char	*d = strdup("/tmp/pk-pack-XXXXXX");

	cr_assert_not_null(mkdtemp(d));
	return d;
}

static void
rm_rf(const char *dir)
{
	char			 cmd[512];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	r = run(cmd, NULL);
	run_free(&r);
}

/* Run pk-pack with args (a shell fragment); returns its result. */
static struct run_result
pack(const char *fmt, ...)
{
	char	 args[2048], cmd[4096];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(args, sizeof(args), fmt, ap);
	va_end(ap);
	snprintf(cmd, sizeof(cmd), EPOCH "%s %s", PACK, args);
	return run(cmd, NULL);
}

/* ---- the package's files, as found on disk ---- */

struct found {
	char	*path[256];
	int	 listed[256];
	size_t	 n;
};

static void
walk(const char *root, const char *rel, struct found *f)
{
	char		 path[2048], sub[1024];
	struct dirent	*e;
	struct stat	 st;
	DIR		*d;

	snprintf(path, sizeof(path), "%s%s%s", root, *rel ? "/" : "", rel);
	cr_assert_not_null(d = opendir(path), "%s", path);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "",
		    e->d_name);
		snprintf(path, sizeof(path), "%s/%s", root, sub);
		cr_assert_eq(lstat(path, &st), 0);
		if (S_ISDIR(st.st_mode))
			walk(root, sub, f);
		else {
			cr_assert_lt(f->n, 256);
			f->path[f->n++] = strdup(sub);
		}
	}
	closedir(d);
}

static void
found_free(struct found *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->path[i]);
}

static void
mark_listed(struct found *f, const char *path)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->path[i], path) == 0) {
			f->listed[i] = 1;
			return;
		}
	cr_assert_fail("listed but absent: %s", path);
}

/* ---- XPath over METS and PREMIS ---- */

static xmlXPathObjectPtr
q(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr	 ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr	 o;

	xmlXPathRegisterNs(ctx, BAD_CAST "mets", BAD_CAST NS_METS);
	xmlXPathRegisterNs(ctx, BAD_CAST "xlink",
	    BAD_CAST "http://www.w3.org/1999/xlink");
	xmlXPathRegisterNs(ctx, BAD_CAST "csip",
	    BAD_CAST "https://DILCIS.eu/XML/METS/CSIPExtensionMETS");
	xmlXPathRegisterNs(ctx, BAD_CAST "premis", BAD_CAST NS_PREMIS);
	xmlXPathRegisterNs(ctx, BAD_CAST "m", BAD_CAST PK_MINUTES_NS);
	o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	xmlXPathFreeContext(ctx);
	cr_assert_not_null(o, "bad XPath %s", expr);
	return o;
}

/* expr (a boolean XPath) holds in doc, or the test fails naming why. */
static void
holds(xmlDocPtr doc, const char *name, const char *req, const char *expr)
{
	char			*b = malloc(strlen(expr) + 16);
	xmlXPathObjectPtr	 o;

	sprintf(b, "boolean(%s)", expr);
	o = q(doc, b);
	cr_assert(xmlXPathCastToBoolean(o), "%s: %s: %s", name, req, expr);
	xmlXPathFreeObject(o);
	free(b);
}
#define HOLDS	holds

static double
num(xmlDocPtr doc, const char *expr)
{
	xmlXPathObjectPtr	 o = q(doc, expr);
	double			 v = xmlXPathCastToNumber(o);

	xmlXPathFreeObject(o);
	return v;
}

static char *
str(xmlDocPtr doc, const char *expr)
{
	xmlXPathObjectPtr	 o = q(doc, expr);
	char			*s = (char *)xmlXPathCastToString(o);

	xmlXPathFreeObject(o);
	return s;
}

static xmlDocPtr
load_xml(const char *path)
{
	struct pk_diag	 d;
	size_t		 len;
	char		*data = slurp(path, &len);
	xmlDocPtr	 doc;

	cr_assert_not_null(data, "cannot read %s", path);
	pk_diag_init(&d, "test", stderr);
	doc = pk_xml_read(data, len, &d);
	free(data);
	cr_assert_not_null(doc, "%s: not well-formed", path);
	return doc;
}

/* The SHA-256 and size of a package file are those given. */
static void
assert_fixity(const char *root, const char *rel, const char *sum,
    const char *size, const char *where)
{
	char	 path[1024], sha[PK_SHA256_HEX], len[32];
	size_t	 n;
	char	*data;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	cr_assert_not_null(data = slurp(path, &n), "%s lists %s, absent",
	    where, rel);
	pk_sha256_hex(data, n, sha);
	snprintf(len, sizeof(len), "%zu", n);
	cr_assert_str_eq(size, len, "%s: %s: SIZE", where, rel);
	cr_assert_str_eq(sum, sha, "%s: %s: CHECKSUM", where, rel);
	free(data);
}

/* The values of attribute attr anywhere in doc, split at spaces. */
static size_t
tokens(xmlDocPtr doc, const char *attr, char **out, size_t max)
{
	char			 e[64], *v, *tok, *save;
	xmlXPathObjectPtr	 o;
	size_t			 n = 0;

	snprintf(e, sizeof(e), "//@%s", attr);
	o = q(doc, e);
	for (int i = 0; o->nodesetval && i < o->nodesetval->nodeNr; i++) {
		v = (char *)xmlNodeGetContent(o->nodesetval->nodeTab[i]);
		for (tok = strtok_r(v, " ", &save); tok != NULL;
		    tok = strtok_r(NULL, " ", &save)) {
			cr_assert_lt(n, max);
			out[n++] = strdup(tok);
		}
		xmlFree(v);
	}
	xmlXPathFreeObject(o);
	return n;
}

/* Every @ID of doc is unique; every FILEID, ADMID, DMDID names one. */
static void
assert_ids(xmlDocPtr doc, const char *name)
{
	static const char *const refs[] = { "FILEID", "ADMID", "DMDID" };
	char	*ids[512], *ref[512];
	size_t	 nids = tokens(doc, "ID", ids, 512), nref, i, j, k;

	cr_assert_gt(nids, 0);
	for (i = 0; i < nids; i++)
		for (j = i + 1; j < nids; j++)
			cr_assert_str_neq(ids[i], ids[j], "%s: ID %s twice",
			    name, ids[i]);
	for (k = 0; k < 3; k++) {
		nref = tokens(doc, refs[k], ref, 512);
		for (i = 0; i < nref; i++) {
			for (j = 0; j < nids && strcmp(ref[i], ids[j]); j++)
				;
			cr_assert_lt(j, nids, "%s: %s %s names no ID", name,
			    refs[k], ref[i]);
			free(ref[i]);
		}
	}
	for (i = 0; i < nids; i++)
		free(ids[i]);
}

/*
 * The header every METS of the package has: CSIP1-16 and SIP1-4, with
 * the E-ARK validator's reading of CSIP12/13 taken as meaning the
 * software agent (the SIP's own CREATOR agents are ORGANIZATION and
 * INDIVIDUAL: SIP11).
 */
static void
check_header(xmlDocPtr doc, const char *name, const char *objid)
{
	char	 expr[512];

	HOLDS(doc, name, "CSIP1000", "/mets:mets");
	snprintf(expr, sizeof(expr), "/mets:mets/@OBJID = '%s'", objid);
	HOLDS(doc, name, "CSIP1 OBJID", expr);
	HOLDS(doc, name, "CSIP2 TYPE from the content category vocabulary",
	    "/mets:mets/@TYPE = 'Text'");
	HOLDS(doc, name, "CSIP4/5 CONTENTINFORMATIONTYPE OTHER, named",
	    "/mets:mets/@csip:CONTENTINFORMATIONTYPE = 'OTHER' and "
	    "string-length(/mets:mets/@csip:OTHERCONTENTINFORMATIONTYPE) > 0");
	HOLDS(doc, name, "CSIP6/SIP2 PROFILE",
	    "/mets:mets/@PROFILE = '" SIP_PROFILE "'");
	HOLDS(doc, name, "SIP1 LABEL", "string-length(/mets:mets/@LABEL) > 0");
	HOLDS(doc, name, "CSIP117 metsHdr", "count(/mets:mets/mets:metsHdr) = 1");
	HOLDS(doc, name, "CSIP7 CREATEDATE",
	    "/mets:mets/mets:metsHdr/@CREATEDATE = '2023-11-14T22:13:20Z'");
	HOLDS(doc, name, "CSIP9/SIP4 OAISPACKAGETYPE SIP",
	    "/mets:mets/mets:metsHdr/@csip:OAISPACKAGETYPE = 'SIP'");
	HOLDS(doc, name, "CSIP10/11 a CREATOR agent",
	    "/mets:mets/mets:metsHdr/mets:agent[@ROLE = 'CREATOR']");
	HOLDS(doc, name, "CSIP12-16 the software agent, its name and version",
	    "/mets:mets/mets:metsHdr/mets:agent[@ROLE = 'CREATOR' and "
	    "@TYPE = 'OTHER' and @OTHERTYPE = 'SOFTWARE' and "
	    "count(mets:name) = 1 and mets:name = 'protokoll' and "
	    "count(mets:note) = 1 and mets:note[@csip:NOTETYPE = "
	    "'SOFTWARE VERSION'] = '" PK_VERSION "']");
	HOLDS(doc, name, "SIP10 every agent has a ROLE",
	    "not(//mets:agent[not(@ROLE)])");
	HOLDS(doc, name, "SIP11 the other CREATOR agents",
	    "not(//mets:agent[@ROLE = 'CREATOR' and @TYPE != 'OTHER' and "
	    "@TYPE != 'ORGANIZATION' and @TYPE != 'INDIVIDUAL'])");
	assert_ids(doc, name);
}

/*
 * A fileSec's files (CSIP58-79): each with its attributes and FLocat,
 * there with the size and checksum listed; base: the METS's folder.
 */
static void
check_files(xmlDocPtr doc, const char *name, const char *root,
    const char *base, struct found *f)
{
	xmlXPathObjectPtr	 o;
	char			 rel[1024];

	HOLDS(doc, name, "CSIP59 fileSec ID", "/mets:mets/mets:fileSec/@ID");
	HOLDS(doc, name, "CSIP64/65/66 fileGrp USE, ID, files",
	    "not(//mets:fileGrp[not(@USE) or not(@ID) or not(mets:file)])");
	HOLDS(doc, name, "CSIP67-72 file attributes",
	    "not(//mets:file[not(@ID) or not(@MIMETYPE) or not(@SIZE) or "
	    "not(@CREATED) or not(@CHECKSUM) or @CHECKSUMTYPE != 'SHA-256'])");
	HOLDS(doc, name, "CSIP76-79 one FLocat, URL, simple, href",
	    "not(//mets:file[count(mets:FLocat) != 1 or "
	    "mets:FLocat[@LOCTYPE != 'URL' or @xlink:type != 'simple' or "
	    "not(@xlink:href)]])");
	o = q(doc, "//mets:file");
	for (int i = 0; o->nodesetval && i < o->nodesetval->nodeNr; i++) {
		xmlNodePtr	 n = o->nodesetval->nodeTab[i], l;
		xmlChar		*href, *sum, *size;

		for (l = n->children; l->type != XML_ELEMENT_NODE; l = l->next)
			;
		href = xmlGetNsProp(l, BAD_CAST "href",
		    BAD_CAST "http://www.w3.org/1999/xlink");
		sum = xmlGetProp(n, BAD_CAST "CHECKSUM");
		size = xmlGetProp(n, BAD_CAST "SIZE");
		snprintf(rel, sizeof(rel), "%s%s", base, (char *)href);
		assert_fixity(root, rel, (char *)sum, (char *)size, name);
		mark_listed(f, rel);
		xmlFree(href);
		xmlFree(sum);
		xmlFree(size);
	}
	xmlXPathFreeObject(o);
}

/* The root METS's metadata references: CSIP17-44. */
static void
check_metadata(xmlDocPtr doc, const char *root, struct found *f)
{
	xmlXPathObjectPtr	 o;
	const char		*name = "METS.xml";

	HOLDS(doc, name, "CSIP17 dmdSec", "/mets:mets/mets:dmdSec");
	HOLDS(doc, name, "CSIP18-21 dmdSec ID, CREATED, STATUS, mdRef",
	    "not(//mets:dmdSec[not(@ID) or not(@CREATED) or "
	    "(@STATUS != 'CURRENT' and @STATUS != 'SUPERSEDED') or "
	    "not(mets:mdRef)])");
	HOLDS(doc, name, "CSIP31/32 amdSec with digiprovMD",
	    "/mets:mets/mets:amdSec/mets:digiprovMD");
	HOLDS(doc, name, "CSIP33-35 digiprovMD ID, STATUS, mdRef",
	    "not(//mets:digiprovMD[not(@ID) or @STATUS != 'CURRENT' or "
	    "not(mets:mdRef)])");
	HOLDS(doc, name, "CSIP22-30, 36-44 mdRef attributes",
	    "not(//mets:mdRef[@LOCTYPE != 'URL' or @xlink:type != 'simple' or "
	    "not(@xlink:href) or not(@MDTYPE) or not(@MIMETYPE) or "
	    "not(@SIZE) or not(@CREATED) or not(@CHECKSUM) or "
	    "@CHECKSUMTYPE != 'SHA-256'])");
	HOLDS(doc, name, "PREMIS by reference, version 3.0",
	    "//mets:digiprovMD/mets:mdRef[@MDTYPE = 'PREMIS' and "
	    "@MDTYPEVERSION = '3.0']");
	HOLDS(doc, name, "EAD3 and Dublin Core described",
	    "//mets:dmdSec/mets:mdRef[@MDTYPE = 'DC'] and "
	    "//mets:dmdSec/mets:mdRef[@OTHERMDTYPE = 'EAD3']");
	o = q(doc, "//mets:mdRef");
	for (int i = 0; o->nodesetval && i < o->nodesetval->nodeNr; i++) {
		xmlNodePtr	 n = o->nodesetval->nodeTab[i];
		xmlChar		*href = xmlGetNsProp(n, BAD_CAST "href",
				    BAD_CAST "http://www.w3.org/1999/xlink");
		xmlChar		*sum = xmlGetProp(n, BAD_CAST "CHECKSUM");
		xmlChar		*size = xmlGetProp(n, BAD_CAST "SIZE");

		assert_fixity(root, (char *)href, (char *)sum, (char *)size,
		    name);
		mark_listed(f, (char *)href);
		xmlFree(href);
		xmlFree(sum);
		xmlFree(size);
	}
	xmlXPathFreeObject(o);
}

/* The root's physical structMap, complete: CSIP80-119. */
static void
check_root_structmap(xmlDocPtr doc)
{
	const char	*name = "METS.xml";

#define SM "/mets:mets/mets:structMap[@TYPE = 'PHYSICAL' and @LABEL = 'CSIP']"
	HOLDS(doc, name, "CSIP80-83 the CSIP structMap, its ID",
	    "count(" SM ") = 1 and " SM "/@ID");
	HOLDS(doc, name, "CSIP84/85 one root div with an ID",
	    "count(" SM "/mets:div) = 1 and " SM "/mets:div/@ID");
	HOLDS(doc, name, "CSIP88-92 Metadata div: ID, ADMID, DMDID",
	    SM "/mets:div/mets:div[@LABEL = 'Metadata' and @ID and @ADMID "
	    "and @DMDID]");
	HOLDS(doc, name, "Metadata div names every dmdSec and digiprovMD",
	    "not(//mets:dmdSec[not(contains(concat(' ', " SM "//mets:div"
	    "[@LABEL = 'Metadata']/@DMDID, ' '), concat(' ', @ID, ' ')))]) "
	    "and not(//mets:digiprovMD[not(contains(concat(' ', " SM
	    "//mets:div[@LABEL = 'Metadata']/@ADMID, ' '), concat(' ', "
	    "@ID, ' ')))])");
	HOLDS(doc, name, "CSIP93-96, 116 Documentation div with fptr",
	    SM "/mets:div/mets:div[@LABEL = 'Documentation' and @ID]"
	    "/mets:fptr/@FILEID");
	HOLDS(doc, name, "CSIP97-100, 118 Schemas div with fptr",
	    SM "/mets:div/mets:div[@LABEL = 'Schemas' and @ID]"
	    "/mets:fptr/@FILEID");
	HOLDS(doc, name, "CSIP60/113/114 fileGrps Documentation, Schemas, "
	    "Representations",
	    "//mets:fileGrp[@USE = 'Documentation'] and "
	    "//mets:fileGrp[@USE = 'Schemas'] and "
	    "count(//mets:fileGrp[starts-with(@USE, 'Representations/')]) "
	    ">= 2");
	HOLDS(doc, name, "CSIP62/63 representations' content type",
	    "not(//mets:fileGrp[starts-with(@USE, 'Representations')]"
	    "[not(@csip:CONTENTINFORMATIONTYPE = 'OTHER' and "
	    "@csip:OTHERCONTENTINFORMATIONTYPE)])");
	HOLDS(doc, name, "CSIP105-112 a div per representation, its mptr",
	    "not(//mets:fileGrp[starts-with(@USE, 'Representations/')]"
	    "[not(@USE = " SM "/mets:div/mets:div[@ID]/@LABEL)]) and "
	    "not(" SM "/mets:div/mets:div[starts-with(@LABEL, "
	    "'Representations/')][not(mets:mptr[@xlink:title and "
	    "@xlink:href and @xlink:type = 'simple' and @LOCTYPE = 'URL'])])");
	HOLDS(doc, name, "structMap complete: every fileGrp pointed at",
	    "not(//mets:fileGrp[not(@ID = " SM "//mets:fptr/@FILEID or "
	    "@ID = " SM "//mets:mptr/@xlink:title)])");
	HOLDS(doc, name, "mptr to each representation's METS",
	    "not(" SM "//mets:mptr[not(@xlink:href = concat('representations/',"
	    " substring-after(../@LABEL, 'Representations/'), '/METS.xml'))])");
#undef SM
}

/*
 * A representation's METS: the header, its data files, its physical
 * structMap; rep-minutes's logical structMap has a div per agenda item
 * of its minutes XML, with § number, title and case numbers.
 */
static void
check_rep(const char *root, const char *id, const char *rep,
    const char *meeting, struct found *f)
{
	char		 path[1024], base[256], objid[256], name[300];
	xmlDocPtr	 doc, minutes;

	snprintf(base, sizeof(base), "representations/%s/", rep);
	snprintf(name, sizeof(name), "%sMETS.xml", base);
	snprintf(path, sizeof(path), "%s/%s", root, name);
	snprintf(objid, sizeof(objid), "%s-%s", id, rep);
	doc = load_xml(path);
	check_header(doc, name, objid);
	check_files(doc, name, root, base, f);
	HOLDS(doc, name, "data files under data/",
	    "not(//mets:FLocat[not(starts-with(@xlink:href, 'data/'))])");
	HOLDS(doc, name, "CSIP80-85 CSIP structMap, root div",
	    "/mets:mets/mets:structMap[@TYPE = 'PHYSICAL' and @LABEL = 'CSIP' "
	    "and @ID]/mets:div[@ID]");
	HOLDS(doc, name, "structMap complete: every fileGrp pointed at",
	    "not(//mets:fileGrp[not(@ID = //mets:structMap[@LABEL = 'CSIP']"
	    "//mets:fptr/@FILEID)])");
	if (meeting != NULL) {
		snprintf(path, sizeof(path), "%s/%sdata/%s.xml", root, base,
		    meeting);
		minutes = load_xml(path);
		cr_assert_eq(num(doc, "count(//mets:structMap[@TYPE = "
		    "'LOGICAL']//mets:div[@TYPE = 'item'])"),
		    num(minutes, "count(/m:minutes/m:items/m:item)"),
		    "%s: one div per agenda item", name);
		cr_assert_gt(num(minutes, "count(//m:item)"), 0);
		for (int k = 1; k <= (int)num(minutes, "count(//m:item)");
		    k++) {
			char	 e[256], *want, *got, label[128];

			snprintf(e, sizeof(e), "string(/m:minutes/m:items/"
			    "m:item[%d]/@n)", k);
			want = str(minutes, e);
			snprintf(e, sizeof(e), "string((//mets:div[@TYPE = "
			    "'item'])[%d]/@ORDERLABEL)", k);
			got = str(doc, e);
			snprintf(label, sizeof(label), "§ %s", want);
			cr_assert_str_eq(got, label, "%s: item %d", name, k);
			free(want);
			free(got);
			snprintf(e, sizeof(e), "normalize-space(/m:minutes/"
			    "m:items/m:item[%d]/m:head/m:title)", k);
			want = str(minutes, e);
			snprintf(e, sizeof(e), "normalize-space((//mets:div"
			    "[@TYPE = 'item'])[%d]/@LABEL)", k);
			got = str(doc, e);
			cr_assert_str_eq(got, want, "%s: item %d title", name,
			    k);
			free(want);
			free(got);
		}
		xmlFreeDoc(minutes);
	}
	xmlFreeDoc(doc);
}

/*
 * PREMIS 3.0: every data file an object with its fixity and size, the
 * minutes XML derived from the original, one event per stage with its
 * agent, a software agent with a version.
 */
static void
check_premis(const char *root, char *const *meetings, size_t nmeetings)
{
	char		 path[1024], e[512];
	const char	*name = "premis.xml";
	xmlDocPtr	 doc;
	xmlXPathObjectPtr o;

	snprintf(path, sizeof(path), "%s/metadata/preservation/premis.xml",
	    root);
	doc = load_xml(path);
	HOLDS(doc, name, "PREMIS 3.0", "/premis:premis/@version = '3.0'");
	for (size_t k = 0; k < nmeetings; k++) {
		snprintf(e, sizeof(e), "//premis:object[premis:"
		    "objectIdentifier/premis:objectIdentifierValue = '%s' and "
		    "not(premis:objectCharacteristics)]", meetings[k]);
		HOLDS(doc, name, "the intellectual entity of each meeting", e);
		snprintf(e, sizeof(e), "count(//premis:event[premis:eventType = "
		    "'segmentation']) = %zu", nmeetings);
		HOLDS(doc, name, "one segmentation event per meeting", e);
	}
	o = q(doc, "//premis:object[premis:objectCharacteristics]");
	cr_assert_gt(o->nodesetval ? o->nodesetval->nodeNr : 0, 1);
	for (int i = 0; i < o->nodesetval->nodeNr; i++) {
		xmlDocPtr	 sub = doc;
		xmlNodePtr	 n = o->nodesetval->nodeTab[i];
		char		*rel, *sum, *size;
		xmlXPathContextPtr c = xmlXPathNewContext(sub);
		xmlXPathObjectPtr r;

		xmlXPathRegisterNs(c, BAD_CAST "premis", BAD_CAST NS_PREMIS);
		c->node = n;
		r = xmlXPathEvalExpression(BAD_CAST "string(premis:"
		    "objectIdentifier/premis:objectIdentifierValue)", c);
		rel = (char *)xmlXPathCastToString(r);
		xmlXPathFreeObject(r);
		r = xmlXPathEvalExpression(BAD_CAST "string(premis:"
		    "objectCharacteristics/premis:fixity[premis:"
		    "messageDigestAlgorithm = 'SHA-256']/premis:messageDigest)",
		    c);
		sum = (char *)xmlXPathCastToString(r);
		xmlXPathFreeObject(r);
		r = xmlXPathEvalExpression(BAD_CAST "string(premis:"
		    "objectCharacteristics/premis:size)", c);
		size = (char *)xmlXPathCastToString(r);
		xmlXPathFreeObject(r);
		xmlXPathFreeContext(c);
		assert_fixity(root, rel, sum, size, name);
		free(rel);
		free(sum);
		free(size);
	}
	xmlXPathFreeObject(o);
	HOLDS(doc, name, "every data file an object",
	    "count(//premis:object[premis:objectCharacteristics]) >= 2");
	HOLDS(doc, name, "the minutes XML derived from the original",
	    "not(//premis:object[contains(premis:objectIdentifier/"
	    "premis:objectIdentifierValue, 'minutes/data/')][not("
	    "premis:relationship[premis:relationshipType = 'derivation']"
	    "/premis:relatedObjectIdentifier[contains("
	    "premis:relatedObjectIdentifierValue, 'original/data/')])])");
	HOLDS(doc, name, "the original's name kept",
	    "//premis:object[contains(premis:objectIdentifier/"
	    "premis:objectIdentifierValue, 'original/data/')]"
	    "/premis:originalName");
	HOLDS(doc, name, "one event per stage",
	    "//premis:eventType = 'text extraction' and "
	    "//premis:eventType = 'segmentation' and "
	    "//premis:eventType = 'validation' and "
	    "//premis:eventType = 'transformation'");
	HOLDS(doc, name, "each event: date, outcome, an agent that exists",
	    "not(//premis:event[not(premis:eventDateTime) or not("
	    "premis:eventOutcomeInformation/premis:eventOutcome) or not("
	    "premis:linkingAgentIdentifier/premis:linkingAgentIdentifierValue"
	    " = //premis:agent/premis:agentIdentifier/"
	    "premis:agentIdentifierValue)])");
	HOLDS(doc, name, "the software agent and its version",
	    "//premis:agent[premis:agentName = 'protokoll' and "
	    "premis:agentType = 'software' and premis:agentVersion = '"
	    PK_VERSION "']");
	HOLDS(doc, name, "segmentation names the profile",
	    "//premis:event[premis:eventType = 'segmentation']//"
	    "premis:eventDetail[contains(., 'profile ')]");
	xmlFreeDoc(doc);
}

/* Every requirement above on the package folder root, of id id. */
static void
check_package(const char *root, const char *id)
{
	char			 path[1024], *meetings[64];
	struct found		 f = { 0 };
	xmlDocPtr		 doc;
	xmlXPathObjectPtr	 o;
	size_t			 nmeetings = 0;

	walk(root, "", &f);
	snprintf(path, sizeof(path), "%s/METS.xml", root);
	doc = load_xml(path);
	check_header(doc, "METS.xml", id);
	HOLDS(doc, "METS.xml", "SIP9 the archival creator",
	    "//mets:agent[@ROLE = 'ARCHIVIST' and @TYPE = 'ORGANIZATION' and "
	    "mets:name != '']");
	HOLDS(doc, "METS.xml", "SIP15 the submitting agent",
	    "//mets:agent[@ROLE = 'CREATOR' and @TYPE = 'ORGANIZATION' and "
	    "mets:name != '']");
	HOLDS(doc, "METS.xml", "SIP14 identification codes typed",
	    "not(//mets:agent[@TYPE != 'OTHER']/mets:note[starts-with(., "
	    "'SE/')][not(@csip:NOTETYPE = 'IDENTIFICATIONCODE')])");
	check_metadata(doc, root, &f);
	check_files(doc, "METS.xml", root, "", &f);
	check_root_structmap(doc);
	/* Each representation's METS, a minutes one with its meeting's. */
	o = q(doc, "//mets:fileGrp[starts-with(@USE, 'Representations/')]"
	    "/@USE");
	for (int i = 0; o->nodesetval && i < o->nodesetval->nodeNr; i++) {
		char	*use = (char *)xmlNodeGetContent(
			    o->nodesetval->nodeTab[i]);
		char	*rep = use + strlen("Representations/");
		size_t	 len = strlen(rep);

		if (strcmp(rep, "rep-minutes") == 0)
			meetings[nmeetings++] = strdup(id);
		else if (len > 8 && strcmp(rep + len - 8, "-minutes") == 0)
			meetings[nmeetings++] = strndup(rep, len - 8);
		else {
			check_rep(root, id, rep, NULL, &f);
			free(use);
			continue;
		}
		check_rep(root, id, rep, meetings[nmeetings - 1], &f);
		free(use);
	}
	xmlXPathFreeObject(o);
	xmlFreeDoc(doc);
	cr_assert_gt(nmeetings, 0);
	check_premis(root, meetings, nmeetings);
	for (size_t i = 0; i < nmeetings; i++)
		free(meetings[i]);
	/* Nothing in the folder that no METS lists (the root METS aside). */
	for (size_t i = 0; i < f.n; i++)
		cr_assert(f.listed[i] || strcmp(f.path[i], "METS.xml") == 0,
		    "%s/%s: in the package, listed in no METS", root,
		    f.path[i]);
	found_free(&f);
}

/* ---- the tests ---- */

Test(pack, seed_pdfs_make_complete_sip_packages)
{
	char			*dir = tmpdir(), root[512];
	struct run_result	 r;
	xmlDocPtr		 doc;

	r = pack(AGENTS "-f html,tei -o %s/out %s %s", dir,
	    SRC("fixtures/extract/seed-000.pdf"),
	    SRC("fixtures/extract/seed-003.pdf"));
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	snprintf(root, sizeof(root), "%s/out/seed-000", dir);
	check_package(root, "seed-000");
	snprintf(root, sizeof(root), "%s/out/seed-003", dir);
	check_package(root, "seed-003");

	/* The original byte for byte; the renditions asked for. */
	snprintf(root, sizeof(root), "cmp %s %s/out/seed-000/representations/"
	    "rep-original/data/seed-000.pdf && test -s %s/out/seed-000/"
	    "representations/rep-minutes/data/seed-000.html && test -s %s/"
	    "out/seed-000/representations/rep-minutes/data/seed-000.tei.xml",
	    SRC("fixtures/extract/seed-000.pdf"), dir, dir, dir);
	r = run(root, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);

	/* Read off the PDFs: seed-000 has one item, "§22 Gemensam målbild
	 * för nära vård", case HSF240207; seed-003 eight, 1 to 8. */
	snprintf(root, sizeof(root), "%s/out/seed-000/representations/"
	    "rep-minutes/METS.xml", dir);
	doc = load_xml(root);
	HOLDS(doc, "seed-000", "§ 22", "count(//mets:div[@TYPE = 'item']) = 1 "
	    "and //mets:div[@TYPE = 'item']/@ORDERLABEL = '§ 22' and "
	    "//mets:div[@TYPE = 'item']/@LABEL = 'Gemensam målbild för nära "
	    "vård' and //mets:div[@TYPE = 'item']/mets:div[@TYPE = 'case']"
	    "/@LABEL = 'HSF240207'");
	xmlFreeDoc(doc);
	snprintf(root, sizeof(root), "%s/out/seed-003/representations/"
	    "rep-minutes/METS.xml", dir);
	doc = load_xml(root);
	HOLDS(doc, "seed-003", "eight items",
	    "count(//mets:div[@TYPE = 'item']) = 8 and "
	    "(//mets:div[@TYPE = 'item'])[1]/@LABEL = 'Ledning av dagens möte' "
	    "and (//mets:div[@TYPE = 'item'])[8]/@ORDERLABEL = '§ 8' and "
	    "(//mets:div[@TYPE = 'item'])[8]/@LABEL = "
	    "'Politisk samrådsgrupp 27 november'");
	xmlFreeDoc(doc);
	snprintf(root, sizeof(root), "%s/out/seed-000/METS.xml", dir);
	doc = load_xml(root);
	HOLDS(doc, "METS.xml", "SIP5/SIP7 agreement and reference code",
	    "//mets:altRecordID[@TYPE = 'SUBMISSIONAGREEMENT'] = 'LÖ 2024/1' "
	    "and //mets:altRecordID[@TYPE = 'REFERENCECODE'] = 'SE/RV/SRB'");
	HOLDS(doc, "METS.xml", "SIP21 the contact person",
	    "//mets:agent[@ROLE = 'CREATOR' and @TYPE = 'INDIVIDUAL']"
	    "/mets:name = 'Elin Hellström'");
	xmlFreeDoc(doc);
	rm_rf(dir);
	free(dir);
}

Test(pack, docx_and_agents_from_a_config_file)
{
	char			*dir = tmpdir(), root[512], conf[512];
	struct run_result	 r;
	FILE			*fp;
	xmlDocPtr		 doc;

	snprintf(conf, sizeof(conf), "%s/agents.conf", dir);
	cr_assert_not_null(fp = fopen(conf, "w"));
	fputs("# the agents\narchivist = Närvårdssamverkan Alingsås-Lerum\n"
	    "submitter = Alingsås kommun\nsubmitter-id = SE/2120001637\n"
	    "preservation = Stadsarkivet\n", fp);
	fclose(fp);
	/* An option overrides the file. */
	r = pack("-c %s --submitter 'Lerums kommun' -o %s/out %s", conf, dir,
	    SRC("fixtures/extract/seed-003.docx"));
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	snprintf(root, sizeof(root), "%s/out/seed-003", dir);
	check_package(root, "seed-003");
	snprintf(root, sizeof(root), "%s/out/seed-003/METS.xml", dir);
	doc = load_xml(root);
	HOLDS(doc, "METS.xml", "agents of the file, option first",
	    "//mets:agent[@ROLE = 'ARCHIVIST']/mets:name = "
	    "'Närvårdssamverkan Alingsås-Lerum' and "
	    "//mets:agent[@ROLE = 'CREATOR' and @TYPE = 'ORGANIZATION']"
	    "/mets:name = 'Lerums kommun' and "
	    "//mets:agent[@ROLE = 'CREATOR' and @TYPE = 'ORGANIZATION']"
	    "/mets:note[@csip:NOTETYPE = 'IDENTIFICATIONCODE'] = "
	    "'SE/2120001637' and //mets:agent[@ROLE = 'PRESERVATION']"
	    "/mets:name = 'Stadsarkivet'");
	xmlFreeDoc(doc);
	rm_rf(dir);
	free(dir);
}

Test(pack, no_archivist_is_a_usage_error_and_writes_nothing)
{
	char			*dir = tmpdir(), cmd[512];
	struct run_result	 r;

	r = pack("--submitter x -o %s/out %s", dir,
	    SRC("fixtures/extract/seed-000.pdf"));
	cr_assert_eq(r.status, 2);
	cr_assert_not_null(strstr(r.err, "no archivist"), "%s", r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s/out", dir);
	cr_assert(!exists(cmd));
	rm_rf(dir);
	free(dir);
}

Test(pack, a_file_that_does_not_convert_leaves_no_package)
{
	char			*dir = tmpdir(), cmd[1024];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "%s/broken.pdf", dir);
	FILE *fp = fopen(cmd, "w");
	cr_assert_not_null(fp);
	fputs("%PDF-1.4\nthis is not a PDF body\n", fp);
	fclose(fp);
	r = pack(AGENTS "-o %s/out %s/broken.pdf %s", dir, dir,
	    SRC("fixtures/extract/seed-000.pdf"));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "broken.pdf"), "%s", r.err);
	cr_assert_not_null(strstr(r.err, "1 of 2 packed"), "%s", r.err);
	run_free(&r);
	/* Only seed-000's package, and no temporary. */
	snprintf(cmd, sizeof(cmd), "ls -A %s/out", dir);
	r = run(cmd, NULL);
	cr_assert_str_eq(r.out, "seed-000\n");
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

/*
 * What a killed run left while writing a package (its folder's
 * temporary, libzip's part of its ZIP) goes when that package is next
 * written; another package's are not touched.  They stayed for good.
 */
Test(pack, a_killed_runs_leftovers_go_when_the_package_is_written)
{
	char			*dir = tmpdir(), cmd[1024];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "cd %s && mkdir -p out/.seed-000.Ab12Cd && "
	    "touch out/.seed-000.Ab12Cd/METS.xml out/.seed-000.zip.part.1g38lm "
	    "out/.seed-000.zip.part out/.other.Ab12Cd", dir);
	cr_assert_eq(system(cmd), 0);
	r = pack(AGENTS "-o %s/out %s", dir,
	    SRC("fixtures/extract/seed-000.pdf"));
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = pack(AGENTS "-z -o %s/out %s", dir,
	    SRC("fixtures/extract/seed-000.pdf"));
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "ls -A %s/out", dir);
	r = run(cmd, NULL);
	cr_assert_str_eq(r.out, ".other.Ab12Cd\nseed-000\nseed-000.zip\n",
	    "%s", r.out);
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

/*
 * A SIGTERM while a package is written (the test hook sends it after the
 * folder's first file, or once libzip has closed the ZIP's part) takes
 * effect when the package is whole: pk-pack dies by it, and outdir holds
 * the package and no temporary.  Before, the kill left ".ID.XXXXXX" or
 * ".ID.zip.part" behind until the next run of that package.
 */
Test(pack, sigterm_while_a_package_is_written_leaves_it_whole)
{
	char			*dir = tmpdir(), cmd[1024];
	struct run_result	 r;
	const char		*how[] = { "", "-z " };
	const char		*want[] = { "fault-stop\n", "fault-stop.zip\n" };

	snprintf(cmd, sizeof(cmd), "cp %s %s/fault-stop.pdf",
	    SRC("fixtures/extract/seed-000.pdf"), dir);
	cr_assert_eq(system(cmd), 0);
	setenv("PK_PACK_TEST_FAULTS", "1", 1);
	for (int i = 0; i < 2; i++) {
		r = pack(AGENTS "%s-o %s/out%d %s/fault-stop.pdf; echo $? >&2",
		    how[i], dir, i, dir);
		/* Killed by SIGTERM: the shell says 128+15. */
		cr_assert_not_null(strstr(r.err, "143\n"), "%s", r.err);
		run_free(&r);
		snprintf(cmd, sizeof(cmd), "ls -A %s/out%d", dir, i);
		r = run(cmd, NULL);
		cr_assert_str_eq(r.out, want[i], "%s", r.out);
		run_free(&r);
	}
	unsetenv("PK_PACK_TEST_FAULTS");
	r = pack("--verify %s/out0/fault-stop %s/out1/fault-stop.zip", dir,
	    dir);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

Test(pack, id_and_config_syntax)
{
	struct pk_pack_agents	 a = { 0 };
	struct pk_buf		 keep = { 0 };
	struct pk_diag		 d;
	char			 id[64], path[] = "/tmp/pk-pack-conf-XXXXXX";
	int			 fd;

	pk_pack_id("dir/kf 2024-04 (justerat).pdf", id, sizeof(id));
	cr_assert_str_eq(id, "kf_2024-04__justerat_");
	pk_pack_id("../.hidden", id, sizeof(id));
	cr_assert_neq(id[0], '.');
	cr_assert_null(strchr(id, '/'));
	cr_assert_eq(pk_pack_conf_set(&a, "archivist", "x"), 0);
	cr_assert_str_eq(a.archivist, "x");
	cr_assert_eq(pk_pack_conf_set(&a, "archivst", "x"), -1);
	cr_assert_neq(fd = mkstemp(path), -1);
	cr_assert_eq(write(fd, "archivist = A\nsubmitter B\n", 26), 26);
	close(fd);
	pk_diag_init(&d, "test", NULL);
	cr_assert_eq(pk_pack_conf_read(path, &a, &keep, &d), -1);
	cr_assert_eq(d.last, PK_E_CONFIG);
	pk_buf_free(&keep);
	unlink(path);
}

/* ---- --verify: each kind of damage has its own message ---- */

static const char *const damage[] = {
	"checksum does not match", "size does not match",
	"listed but missing", "present but listed in no METS",
	"truncated or damaged ZIP"
};

/* pk-pack --verify on path fails naming file with message only. */
static void
assert_verify_fails(const char *path, const char *file, const char *message)
{
	char			 cmd[1024], want[512];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "%s --verify %s", PACK, path);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1, "%s: %s", cmd, r.err);
	snprintf(want, sizeof(want), "%s: error: %s", file, message);
	cr_assert_not_null(strstr(r.err, want), "want \"%s\" in: %s", want,
	    r.err);
	for (size_t i = 0; i < sizeof(damage) / sizeof(damage[0]); i++)
		if (strcmp(damage[i], message) != 0)
			cr_assert_null(strstr(r.err, damage[i]), "%s", r.err);
	run_free(&r);
}

/* A fresh folder package of seed-000 in dir/out; its path. */
static void
fresh_package(const char *dir, const char *extra_opts)
{
	struct run_result	 r;

	rm_rf(dir);
	cr_assert_eq(mkdir(dir, 0700), 0);
	r = pack(AGENTS "%s -o %s/out %s", extra_opts, dir,
	    SRC("fixtures/extract/seed-000.pdf"));
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

Test(pack, verify_intact_folder_says_nothing)
{
	char			*dir = tmpdir(), cmd[1024];
	struct run_result	 r;

	fresh_package(dir, "");
	snprintf(cmd, sizeof(cmd), "%s --verify %s/out/seed-000", PACK, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

Test(pack, verify_finds_a_flipped_byte)
{
	char		*dir = tmpdir(), path[1024], pkg[512];
	FILE		*fp;
	int		 c;

	fresh_package(dir, "");
	snprintf(pkg, sizeof(pkg), "%s/out/seed-000", dir);
	snprintf(path, sizeof(path), "%s/representations/rep-original/data/"
	    "seed-000.pdf", pkg);
	cr_assert_not_null(fp = fopen(path, "r+b"));
	fseek(fp, 1000, SEEK_SET);
	c = fgetc(fp);
	fseek(fp, 1000, SEEK_SET);
	fputc(c ^ 0x20, fp);
	fclose(fp);
	assert_verify_fails(pkg, "representations/rep-original/data/"
	    "seed-000.pdf", "checksum does not match");
	rm_rf(dir);
	free(dir);
}

Test(pack, verify_finds_a_missing_file)
{
	char	*dir = tmpdir(), path[1024], pkg[512];

	fresh_package(dir, "");
	snprintf(pkg, sizeof(pkg), "%s/out/seed-000", dir);
	snprintf(path, sizeof(path), "%s/metadata/descriptive/ead.xml", pkg);
	cr_assert_eq(unlink(path), 0);
	assert_verify_fails(pkg, "metadata/descriptive/ead.xml",
	    "listed but missing");
	rm_rf(dir);
	free(dir);
}

Test(pack, verify_finds_an_extra_file)
{
	char	*dir = tmpdir(), path[1024], pkg[512];
	FILE	*fp;

	fresh_package(dir, "");
	snprintf(pkg, sizeof(pkg), "%s/out/seed-000", dir);
	snprintf(path, sizeof(path), "%s/representations/rep-minutes/data/"
	    "notes.txt", pkg);
	cr_assert_not_null(fp = fopen(path, "w"));
	fputs("added after packing\n", fp);
	fclose(fp);
	assert_verify_fails(pkg, "representations/rep-minutes/data/notes.txt",
	    "present but listed in no METS");
	rm_rf(dir);
	free(dir);
}

/* ---- -z: the package as one ZIP ---- */

Test(pack, zip_is_the_same_bytes_for_the_same_epoch)
{
	char			*dir = tmpdir(), cmd[2048];
	struct run_result	 r;

	/* Two runs, apart in time and time zone; the same epoch. */
	for (int i = 0; i < 2; i++) {
		snprintf(cmd, sizeof(cmd), "TZ=%s " EPOCH "%s " AGENTS
		    "-z -f html -o %s/run%d %s", i ? "America/New_York" :
		    "UTC", PACK, dir, i, SRC("fixtures/extract/seed-003.pdf"));
		r = run(cmd, NULL);
		cr_assert_eq(r.status, 0, "%s", r.err);
		run_free(&r);
	}
	snprintf(cmd, sizeof(cmd), "cmp %s/run0/seed-003.zip "
	    "%s/run1/seed-003.zip && ls -A %s/run0", dir, dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert_str_eq(r.out, "seed-003.zip\n");
	run_free(&r);
	/* Another epoch: other bytes (the times are in it). */
	snprintf(cmd, sizeof(cmd), "SOURCE_DATE_EPOCH=1700000002 %s " AGENTS
	    "-z -f html -o %s/run2 %s && ! cmp -s %s/run0/seed-003.zip "
	    "%s/run2/seed-003.zip", PACK, dir,
	    SRC("fixtures/extract/seed-003.pdf"), dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

Test(pack, zip_extracts_with_unzip_and_bsdtar_without_warnings)
{
	char			*dir = tmpdir(), cmd[2048], root[512];
	struct run_result	 r;

	fresh_package(dir, "-z -f html");
	/* unzip -t: every entry's CRC; -qq keeps only what is wrong. */
	snprintf(cmd, sizeof(cmd), "unzip -tqq %s/out/seed-000.zip", dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert_str_eq(r.err, "");
	cr_assert_str_eq(r.out, "");
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "bsdtar -tf %s/out/seed-000.zip | sort | "
	    "head -1 && mkdir %s/x && bsdtar -xf %s/out/seed-000.zip -C %s/x",
	    dir, dir, dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	cr_assert_str_eq(r.out, "seed-000/METS.xml\n");
	run_free(&r);
	/* What comes out is a whole package, and --verify reads the ZIP. */
	snprintf(root, sizeof(root), "%s/x/seed-000", dir);
	check_package(root, "seed-000");
	snprintf(cmd, sizeof(cmd), "%s --verify %s/out/seed-000.zip "
	    "%s/x/seed-000", PACK, dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

Test(pack, verify_finds_a_truncated_zip)
{
	char		*dir = tmpdir(), path[1024];
	struct stat	 st;

	fresh_package(dir, "-z");
	snprintf(path, sizeof(path), "%s/out/seed-000.zip", dir);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(truncate(path, st.st_size * 2 / 3), 0);
	assert_verify_fails(path, path, "truncated or damaged ZIP");
	/* Cut to nothing (a copy that never began): libzip reads no
	 * bytes as a ZIP of no entries, which said "not a package". */
	cr_assert_eq(truncate(path, 0), 0);
	assert_verify_fails(path, path, "truncated or damaged ZIP");
	rm_rf(dir);
	free(dir);
}

/* ---- pk-batch --pack ---- */

#define BATCH	BIN("pk-batch")

static void
write_conf(const char *dir)
{
	char	 path[512];
	FILE	*fp;

	snprintf(path, sizeof(path), "%s/agents.conf", dir);
	cr_assert_not_null(fp = fopen(path, "w"));
	fputs("archivist = Region Västmanland\nsubmitter = Regionkansliet\n",
	    fp);
	fclose(fp);
}

Test(pack, batch_packs_each_converted_document_and_no_failed_one)
{
	char			*dir = tmpdir(), cmd[2048], root[512];
	struct run_result	 r;

	write_conf(dir);
	snprintf(cmd, sizeof(cmd), "mkdir %s/in && cp %s %s %s/in/ && "
	    "printf '%%%%PDF-1.4\\nbroken\\n' >%s/in/broken.pdf && "
	    EPOCH "%s -q -j 2 -f html --pack --pack-config %s/agents.conf "
	    "-o %s/out %s/in", dir, SRC("fixtures/extract/seed-000.pdf"),
	    SRC("fixtures/extract/seed-003.pdf"), dir, dir, BATCH, dir, dir,
	    dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1, "%s", r.err);		/* broken.pdf */
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "ls -A %s/out/packages", dir);
	r = run(cmd, NULL);
	cr_assert_str_eq(r.out, "seed-000\nseed-003\n");
	run_free(&r);
	snprintf(root, sizeof(root), "%s/out/packages/seed-000", dir);
	check_package(root, "seed-000");
	snprintf(root, sizeof(root), "%s/out/packages/seed-003", dir);
	check_package(root, "seed-003");
	/* The renditions are those pk-batch wrote. */
	snprintf(cmd, sizeof(cmd), "cmp %s/out/seed-003.pdf.html %s/out/"
	    "packages/seed-003/representations/rep-minutes/data/"
	    "seed-003.html", dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

Test(pack, batch_packs_documents_converted_before_pack_was_given)
{
	char			*dir = tmpdir(), cmd[2048];
	struct run_result	 r;

	write_conf(dir);
	snprintf(cmd, sizeof(cmd), "%s -q -o %s/out %s && "
	    EPOCH "%s -q --pack --pack-zip --pack-config %s/agents.conf "
	    "-o %s/out %s && %s --verify %s/out/packages/seed-000.zip",
	    BATCH, dir, SRC("fixtures/extract/seed-000.pdf"), BATCH, dir, dir,
	    SRC("fixtures/extract/seed-000.pdf"), PACK, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	/* Without the agents, --pack is refused before anything runs. */
	snprintf(cmd, sizeof(cmd), "%s -q --pack -o %s/out2 %s", BATCH, dir,
	    SRC("fixtures/extract/seed-000.pdf"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 2, "%s", r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s/out2", dir);
	cr_assert(!exists(cmd));
	rm_rf(dir);
	free(dir);
}

Test(pack, verify_finds_a_package_under_another_name)
{
	char			*dir = tmpdir(), cmd[1024];
	struct run_result	 r;

	fresh_package(dir, "");
	snprintf(cmd, sizeof(cmd), "mv %s/out/seed-000 %s/out/renamed && "
	    "%s --verify %s/out/renamed", dir, dir, PACK, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "renamed/METS.xml: error: not a "
	    "package: OBJID seed-000"), "%s", r.err);
	run_free(&r);
	rm_rf(dir);
	free(dir);
}

/*
 * The OCR event, from what source/ocr records (no OCR run here: the
 * minutes XML of a seed with the record a scan's would carry).
 */
Test(pack, premis_records_ocr_when_the_minutes_say_so)
{
	struct pk_pack_agents	 a = { .archivist = "A", .submitter = "S" };
	struct pk_pack_input	 in = { 0 };
	struct pk_pack_tree	 tree = { 0 };
	const struct pk_pack_file *f;
	struct pk_diag		 d;
	struct pk_pack		*p;
	struct pk_buf		 xml = { 0 };
	struct run_result	 r;
	char			 cmd[1024], *src, *end;
	xmlDocPtr		 doc;

	snprintf(cmd, sizeof(cmd), "%s %s | %s -q", BIN("pk-extract"),
	    SRC("fixtures/extract/seed-000.pdf"), BIN("pk-segment"));
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_not_null(src = strstr(r.out, "<source "));
	cr_assert_not_null(end = strstr(src, "/>"));
	pk_buf_put(&xml, r.out, (size_t)(end - r.out));
	pk_buf_puts(&xml, "><ocr engine=\"tesseract 5.3.0\" lang=\"swe\" "
	    "dpi=\"300\"><page n=\"1\" confidence=\"95\"/><page n=\"2\" "
	    "confidence=\"41\" low=\"true\"/></ocr></source>");
	pk_buf_puts(&xml, end + 2);
	run_free(&r);

	pk_diag_init(&d, "test", stderr);
	cr_assert_not_null(p = pk_pack_new(&a, 1700000000, SRC("xslt"),
	    SRC("schemas"), &d));
	in.orig_name = "scan.pdf";
	in.orig = "%PDF-1.4 not read here";
	in.orig_len = strlen(in.orig);
	in.xml = xml.data;
	in.xml_len = xml.len;
	cr_assert_eq(pk_pack_build(p, &in, &tree), 0);
	cr_assert_str_eq(tree.id, "scan");
	cr_assert_not_null(f = pk_pack_tree_find(&tree,
	    "metadata/preservation/premis.xml"));
	cr_assert_not_null(doc = pk_xml_read(f->data.data, f->data.len, &d));
	HOLDS(doc, "premis.xml", "the OCR event, engine and pages",
	    "//premis:event[premis:eventType = 'optical character "
	    "recognition' and contains(.//premis:eventDetail, '2 page(s)') "
	    "and contains(.//premis:eventDetail, 'tesseract 5.3.0') and "
	    ".//premis:eventOutcomeDetailNote = 'low confidence on page(s) 2' "
	    "and premis:linkingAgentIdentifier]");
	xmlFreeDoc(doc);
	pk_pack_tree_free(&tree);
	pk_pack_free(p);
	pk_buf_free(&xml);
}

/*
 * A conversion pk-batch would list to review is packed with the same
 * reasons in its segmentation event: a note on a garden, not minutes,
 * has no item and no profile fits it; the seed's minutes have neither
 * reason.
 */
static xmlDocPtr
premis_of(const char *cmd, struct pk_pack_tree *tree)
{
	struct pk_pack_agents	 a = { .archivist = "A", .submitter = "S" };
	struct pk_pack_input	 in = { 0 };
	const struct pk_pack_file *f;
	struct pk_diag		 d;
	struct pk_pack		*p;
	struct run_result	 r;
	xmlDocPtr		 doc;

	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: %s", cmd, r.err);
	pk_diag_init(&d, "test", stderr);
	cr_assert_not_null(p = pk_pack_new(&a, 1700000000, SRC("xslt"),
	    SRC("schemas"), &d));
	in.orig_name = "note.txt";
	in.orig = "not read here";
	in.orig_len = strlen(in.orig);
	in.xml = r.out;
	in.xml_len = strlen(r.out);
	cr_assert_eq(pk_pack_build(p, &in, tree), 0);
	cr_assert_not_null(f = pk_pack_tree_find(tree,
	    "metadata/preservation/premis.xml"));
	cr_assert_not_null(doc = pk_xml_read(f->data.data, f->data.len, &d));
	pk_pack_free(p);
	run_free(&r);
	return doc;
}

Test(pack, premis_says_what_pk_batch_would_review)
{
	struct pk_pack_tree	 tree = { 0 };
	char			 cmd[1024];
	xmlDocPtr		 doc;

	snprintf(cmd, sizeof(cmd), "printf 'The garden needs water.\\n' | "
	    "%s -q", BIN("pk-segment"));
	doc = premis_of(cmd, &tree);
	HOLDS(doc, "premis.xml", "the reasons to review",
	    "//premis:event[premis:eventType = 'segmentation' and "
	    "starts-with(.//premis:eventOutcomeDetailNote, 'to review: no "
	    "item; profile ') and contains(.//premis:eventOutcomeDetailNote, "
	    "', below 2')]");
	xmlFreeDoc(doc);
	pk_pack_tree_free(&tree);
	memset(&tree, 0, sizeof(tree));
	snprintf(cmd, sizeof(cmd), "%s %s | %s -q", BIN("pk-extract"),
	    SRC("fixtures/extract/seed-000.pdf"), BIN("pk-segment"));
	doc = premis_of(cmd, &tree);
	HOLDS(doc, "premis.xml", "no note on the seed's segmentation",
	    "//premis:event[premis:eventType = 'segmentation' and "
	    "not(.//premis:eventOutcomeDetailNote)]");
	xmlFreeDoc(doc);
	pk_pack_tree_free(&tree);
}

/* ---- --one: a whole batch as one package ---- */

Test(pack, one_package_of_several_meetings)
{
	char			*dir = tmpdir(), root[512], cmd[1024];
	struct run_result	 r;
	xmlDocPtr		 doc;

	snprintf(cmd, sizeof(cmd), "%s/broken.pdf", dir);
	FILE *fp = fopen(cmd, "w");
	cr_assert_not_null(fp);
	fputs("%PDF-1.4\nnot a PDF body\n", fp);
	fclose(fp);
	r = pack(AGENTS "-f html --one minutes-2024 -o %s/out %s %s "
	    "%s/broken.pdf", dir, SRC("fixtures/extract/seed-000.pdf"),
	    SRC("fixtures/extract/seed-003.pdf"), dir);
	cr_assert_eq(r.status, 1, "%s", r.err);		/* broken.pdf */
	cr_assert_not_null(strstr(r.err, "2 of 3 packed"), "%s", r.err);
	run_free(&r);
	snprintf(root, sizeof(root), "%s/out/minutes-2024", dir);
	check_package(root, "minutes-2024");
	snprintf(root, sizeof(root), "%s/out/minutes-2024/METS.xml", dir);
	doc = load_xml(root);
	HOLDS(doc, "METS.xml", "two meetings, two representations each",
	    "count(//mets:fileGrp[starts-with(@USE, 'Representations/')]) = 4 "
	    "and //mets:fileGrp/@USE = 'Representations/seed-000-minutes' and "
	    "//mets:fileGrp/@USE = 'Representations/seed-003-original' and "
	    "count(//mets:dmdSec) = 4");
	xmlFreeDoc(doc);
	/* Two meetings of one name cannot share a package. */
	r = pack(AGENTS "--one x -o %s/out2 %s %s", dir,
	    SRC("fixtures/extract/seed-003.pdf"),
	    SRC("fixtures/extract/seed-003.docx"));
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "two meetings named seed-003"), "%s",
	    r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s/out2/x", dir);
	cr_assert(!exists(cmd));
	rm_rf(dir);
	free(dir);
}
