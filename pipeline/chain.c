/* The whole chain in one process: the programs' stages, joined as the pipes join them. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "chain.h"
#include "langid.h"
#include "rules.h"
#include "segment.h"
#include "text.h"
#include "transform.h"
#include "validate.h"
#include "xmlin.h"
#include "xmlout.h"
#include "zipin.h"

int
pk_chain_init(struct pk_chain *c, const struct pk_chain_opts *opts,
    const char *rulesdir, const char *userdir, const char *xsd,
    const char *xsltdir,
    const char *const *formats, size_t n, struct pk_diag *d)
{
	char	 path[PATH_MAX];
	size_t	 i;

	memset(c, 0, sizeof(*c));
	c->opts = *opts;
	c->diag = d;
	if (n > PK_CHAIN_MAX_FORMATS)
		return -1;
	if ((c->rules = pk_rules_new(d)) == NULL)
		goto nomem;
	/* The installed profiles compiled when used (pk_rules.defer). */
	c->rules->defer = 1;
	if (pk_rules_load_dir(c->rules, rulesdir) == -1)
		return -1;
	c->rules->defer = 0;
	if (userdir != NULL && pk_rules_load_dir(c->rules, userdir) == -1)
		return -1;
	/* Every document scores profiles: their signals compiled to
	 * machine code once, here, not in every worker; the language
	 * detector loaded here too, as loading is not thread-safe, and
	 * libzip, which a DOCX's or an ODT's worker would load again. */
	pk_langid_load();
	(void)pk_zip_preload();
	for (i = 0; i < c->rules->nprofiles; i++)
		pk_profile_jit_signals(&c->rules->profiles[i]);
	if ((c->seg = pk_segment_new(c->rules, opts->profile,
	    opts->match_limit, d)) == NULL)
		goto nomem;
	if ((c->val = pk_validate_new(xsd, d)) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s.xsl", xsltdir, formats[i]);
		if ((c->format[i] = strdup(formats[i])) == NULL)
			goto nomem;
		c->nformats++;
		if ((c->tr[i] = pk_transform_new(path, d)) == NULL)
			return -1;
	}
	return 0;
nomem:
	pk_diag(d, PK_E_NOMEM, 0, NULL);
	return -1;
}

/* The elements named name in the tree under n. */
static int
count_named(xmlNodePtr n, const char *name)
{
	int	 k = 0;

	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			k += xmlStrEqual(n->name, BAD_CAST name) +
			    count_named(n->children, name);
	return k;
}

/* An attribute's value into out, truncated; "" when it is missing. */
static void
attr_into(xmlNodePtr n, const char *name, char *out, size_t size)
{
	xmlChar	*v = xmlGetProp(n, BAD_CAST name);

	snprintf(out, size, "%s", v != NULL ? (char *)v : "");
	xmlFree(v);
}

/* The OCR pages source/ocr marks low="true", as "2,5". */
static void
ocr_low_of(xmlNodePtr source, char *out, size_t size)
{
	xmlNodePtr	 o, pg;
	xmlChar		*low, *n;
	size_t		 used = 0;

	out[0] = '\0';
	for (o = source->children; o != NULL; o = o->next)
		if (o->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(o->name, BAD_CAST "ocr"))
			for (pg = o->children; pg != NULL; pg = pg->next) {
				if (pg->type != XML_ELEMENT_NODE)
					continue;
				low = xmlGetProp(pg, BAD_CAST "low");
				n = xmlGetProp(pg, BAD_CAST "n");
				if (low != NULL && n != NULL &&
				    xmlStrEqual(low, BAD_CAST "true") &&
				    used + (size_t)xmlStrlen(n) + 2 < size)
					used += (size_t)snprintf(out + used,
					    size - used, "%s%s", used ? "," :
					    "", (char *)n);
				xmlFree(low);
				xmlFree(n);
			}
}

/* Profile, score, counts, low OCR pages and pages of a segmented document. */
static void
facts_of(xmlDocPtr doc, struct pk_chain_result *res)
{
	xmlNodePtr	 root = xmlDocGetRootElement(doc), n;
	char		 score[24];

	res->profile[0] = res->ocr_low[0] = '\0';
	res->items = res->persons = res->decisions = 0;
	for (n = root->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrEqual(n->name, BAD_CAST "source")) {
			attr_into(n, "profile", res->profile,
			    sizeof(res->profile));
			attr_into(n, "score", score, sizeof(score));
			res->score = atoi(score);
			ocr_low_of(n, res->ocr_low, sizeof(res->ocr_low));
			attr_into(n, "pages", score, sizeof(score));
			res->pages = atoi(score);
		} else if (xmlStrEqual(n->name, BAD_CAST "items"))
			res->items += count_named(n->children, "item");
	}
	res->persons = count_named(root->children, "person");
	res->decisions = count_named(root->children, "decision");
}

int
pk_chain_run(struct pk_chain *c, const char *file, const char *data,
    size_t len, struct pk_chain_result *res)
{
	struct pk_buf		 paged = { 0 };
	struct pk_text		 text;
	struct pk_source	 src;
	xmlDocPtr		 doc = NULL, reread = NULL;
	size_t			 i;
	int			 rc = -1;

	c->diag->file = file;
	if (pk_extract_run(data, len, PK_FMT_UNKNOWN, file, &c->opts.extract,
	    &paged, c->diag) == -1)
		goto out;
	if (pk_text_parse(paged.data ? paged.data : "", paged.len,
	    c->opts.max_line, &text, c->diag) == -1)
		goto out;
	res->pages = text.npages;
	/* Name and digest of the document come from the front matter. */
	src.file = NULL;
	src.sha256 = NULL;
	i = (size_t)pk_segment_run(c->seg, &text, &src, &doc);
	pk_text_free(&text);
	if (i != 0)
		goto out;
	i = (size_t)res->pages;
	facts_of(doc, res);
	res->pages = (int)i;	/* the pages read, not source/@pages */
	if (pk_xml_write(doc, &res->xml) == -1) {
		pk_diag(c->diag, PK_E_NOMEM, 0, NULL);
		goto out;
	}
	/* The programs meet through bytes: validate and transform those. */
	if ((reread = pk_xml_read(res->xml.data, res->xml.len, c->diag))
	    == NULL)
		goto out;
	if (pk_validate_run(c->val, reread) == -1)
		goto out;
	for (i = 0; i < c->nformats; i++)
		if (pk_transform_run(c->tr[i], reread, NULL, &res->out[i])
		    == -1)
			goto out;
	rc = 0;
out:
	xmlFreeDoc(reread);
	xmlFreeDoc(doc);
	pk_buf_free(&paged);
	return rc;
}

int
pk_chain_reformat(struct pk_chain *c, const char *file, const char *xml,
    size_t len, unsigned mask, struct pk_chain_result *res)
{
	xmlDocPtr	 doc;
	size_t		 i;
	int		 rc = -1;

	c->diag->file = file;
	if ((doc = pk_xml_read(xml, len, c->diag)) == NULL)
		return -1;
	if (pk_validate_run(c->val, doc) == -1)
		goto out;
	facts_of(doc, res);
	for (i = 0; i < c->nformats; i++)
		if ((mask & 1U << i) != 0 && pk_transform_run(c->tr[i], doc,
		    NULL, &res->out[i]) == -1)
			goto out;
	rc = 0;
out:
	xmlFreeDoc(doc);
	return rc;
}

void
pk_chain_result_free(struct pk_chain_result *res)
{
	pk_buf_free(&res->xml);
	for (size_t i = 0; i < PK_CHAIN_MAX_FORMATS; i++)
		pk_buf_free(&res->out[i]);
}

void
pk_chain_free(struct pk_chain *c)
{
	for (size_t i = 0; i < c->nformats; i++) {
		pk_transform_free(c->tr[i]);
		free(c->format[i]);
	}
	pk_validate_free(c->val);
	pk_segment_free(c->seg);
	pk_rules_free(c->rules);
	memset(c, 0, sizeof(*c));
}
