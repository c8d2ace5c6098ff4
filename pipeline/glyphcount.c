/*
 * A device that counts a page's glyphs drawn visible and invisible and
 * passes every call on to another device.  Besides the three that
 * draw text, the calls target does not take are not taken here either,
 * so that the interpreter does with this device what it would do with
 * target alone.
 */
#include "glyphcount.h"

struct counter {
	fz_device		 super;
	fz_device		*target;	/* borrowed, or NULL */
	struct pk_glyphs	*counts;	/* borrowed */
};

#define TARGET(dev)	(((struct counter *)(dev))->target)

static size_t
glyphs(const fz_text *text)
{
	const fz_text_span *span;
	size_t		 n = 0;

	for (span = text->head; span != NULL; span = span->next)
		n += (size_t)span->len;
	return n;
}

/* Text drawn: visible, or, fully transparent, as invisible as mode 3. */
static void
counted(struct counter *c, const fz_text *text, float alpha)
{
	if (alpha > 0)
		c->counts->visible += glyphs(text);
	else
		c->counts->invisible += glyphs(text);
}

static void
fill_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix m,
    fz_colorspace *cs, const float *color, float alpha, fz_color_params cp)
{
	struct counter *c = (struct counter *)dev;

	counted(c, text, alpha);
	if (c->target != NULL)
		fz_fill_text(ctx, c->target, text, m, cs, color, alpha, cp);
}

static void
stroke_text(fz_context *ctx, fz_device *dev, const fz_text *text,
    const fz_stroke_state *ss, fz_matrix m, fz_colorspace *cs,
    const float *color, float alpha, fz_color_params cp)
{
	struct counter *c = (struct counter *)dev;

	counted(c, text, alpha);
	if (c->target != NULL)
		fz_stroke_text(ctx, c->target, text, ss, m, cs, color, alpha,
		    cp);
}

static void
ignore_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix m)
{
	struct counter *c = (struct counter *)dev;

	c->counts->invisible += glyphs(text);
	if (c->target != NULL)
		fz_ignore_text(ctx, c->target, text, m);
}

/* The rest only pass the call on. */

static void
fill_path(fz_context *ctx, fz_device *dev, const fz_path *path, int eo,
    fz_matrix m, fz_colorspace *cs, const float *color, float alpha,
    fz_color_params cp)
{
	fz_fill_path(ctx, TARGET(dev), path, eo, m, cs, color, alpha, cp);
}

static void
stroke_path(fz_context *ctx, fz_device *dev, const fz_path *path,
    const fz_stroke_state *ss, fz_matrix m, fz_colorspace *cs,
    const float *color, float alpha, fz_color_params cp)
{
	fz_stroke_path(ctx, TARGET(dev), path, ss, m, cs, color, alpha, cp);
}

static void
clip_path(fz_context *ctx, fz_device *dev, const fz_path *path, int eo,
    fz_matrix m, fz_rect scissor)
{
	fz_clip_path(ctx, TARGET(dev), path, eo, m, scissor);
}

static void
clip_stroke_path(fz_context *ctx, fz_device *dev, const fz_path *path,
    const fz_stroke_state *ss, fz_matrix m, fz_rect scissor)
{
	fz_clip_stroke_path(ctx, TARGET(dev), path, ss, m, scissor);
}

static void
clip_text(fz_context *ctx, fz_device *dev, const fz_text *text, fz_matrix m,
    fz_rect scissor)
{
	fz_clip_text(ctx, TARGET(dev), text, m, scissor);
}

static void
clip_stroke_text(fz_context *ctx, fz_device *dev, const fz_text *text,
    const fz_stroke_state *ss, fz_matrix m, fz_rect scissor)
{
	fz_clip_stroke_text(ctx, TARGET(dev), text, ss, m, scissor);
}

static void
fill_shade(fz_context *ctx, fz_device *dev, fz_shade *shade, fz_matrix m,
    float alpha, fz_color_params cp)
{
	fz_fill_shade(ctx, TARGET(dev), shade, m, alpha, cp);
}

static void
fill_image(fz_context *ctx, fz_device *dev, fz_image *img, fz_matrix m,
    float alpha, fz_color_params cp)
{
	fz_fill_image(ctx, TARGET(dev), img, m, alpha, cp);
}

static void
fill_image_mask(fz_context *ctx, fz_device *dev, fz_image *img, fz_matrix m,
    fz_colorspace *cs, const float *color, float alpha, fz_color_params cp)
{
	fz_fill_image_mask(ctx, TARGET(dev), img, m, cs, color, alpha, cp);
}

static void
clip_image_mask(fz_context *ctx, fz_device *dev, fz_image *img, fz_matrix m,
    fz_rect scissor)
{
	fz_clip_image_mask(ctx, TARGET(dev), img, m, scissor);
}

static void
pop_clip(fz_context *ctx, fz_device *dev)
{
	fz_pop_clip(ctx, TARGET(dev));
}

static void
begin_mask(fz_context *ctx, fz_device *dev, fz_rect area, int luminosity,
    fz_colorspace *cs, const float *bc, fz_color_params cp)
{
	fz_begin_mask(ctx, TARGET(dev), area, luminosity, cs, bc, cp);
}

static void
end_mask(fz_context *ctx, fz_device *dev)
{
	fz_end_mask(ctx, TARGET(dev));
}

static void
begin_group(fz_context *ctx, fz_device *dev, fz_rect area, fz_colorspace *cs,
    int isolated, int knockout, int blendmode, float alpha)
{
	fz_begin_group(ctx, TARGET(dev), area, cs, isolated, knockout,
	    blendmode, alpha);
}

static void
end_group(fz_context *ctx, fz_device *dev)
{
	fz_end_group(ctx, TARGET(dev));
}

static int
begin_tile(fz_context *ctx, fz_device *dev, fz_rect area, fz_rect view,
    float xstep, float ystep, fz_matrix m, int id)
{
	return fz_begin_tile_id(ctx, TARGET(dev), area, view, xstep, ystep, m,
	    id);
}

static void
end_tile(fz_context *ctx, fz_device *dev)
{
	fz_end_tile(ctx, TARGET(dev));
}

static void
render_flags(fz_context *ctx, fz_device *dev, int set, int clear)
{
	fz_render_flags(ctx, TARGET(dev), set, clear);
}

static void
set_default_colorspaces(fz_context *ctx, fz_device *dev,
    fz_default_colorspaces *dcs)
{
	fz_set_default_colorspaces(ctx, TARGET(dev), dcs);
}

static void
begin_layer(fz_context *ctx, fz_device *dev, const char *name)
{
	fz_begin_layer(ctx, TARGET(dev), name);
}

static void
end_layer(fz_context *ctx, fz_device *dev)
{
	fz_end_layer(ctx, TARGET(dev));
}

/* Our f where target has a callback of its own, else none. */
#define PASS(f)	do { \
	if (target->f != NULL) \
		c->super.f = f; \
} while (0)

fz_device *
pk_glyphcount_new(fz_context *ctx, fz_device *target, struct pk_glyphs *counts)
{
	struct counter	*c;

	c = fz_new_derived_device(ctx, struct counter);
	c->target = target;
	c->counts = counts;
	c->super.fill_text = fill_text;
	c->super.stroke_text = stroke_text;
	c->super.ignore_text = ignore_text;
	if (target == NULL)
		return &c->super;
	/* The interpreter reads hints (skip images, no cache) off us. */
	c->super.hints = target->hints;
	c->super.flags = target->flags;
	PASS(fill_path);
	PASS(stroke_path);
	PASS(clip_path);
	PASS(clip_stroke_path);
	PASS(clip_text);
	PASS(clip_stroke_text);
	PASS(fill_shade);
	PASS(fill_image);
	PASS(fill_image_mask);
	PASS(clip_image_mask);
	PASS(pop_clip);
	PASS(begin_mask);
	PASS(end_mask);
	PASS(begin_group);
	PASS(end_group);
	PASS(begin_tile);
	PASS(end_tile);
	PASS(render_flags);
	PASS(set_default_colorspaces);
	PASS(begin_layer);
	PASS(end_layer);
	return &c->super;
}

fz_stext_page *
pk_glyphcount_stext(fz_context *ctx, fz_document *doc, int i,
    const fz_stext_options *opts, struct pk_glyphs *counts)
{
	fz_page		*page;
	fz_stext_page	*st = NULL;
	fz_device	*sdev = NULL, *cdev = NULL;

	counts->visible = counts->invisible = 0;
	page = fz_load_page(ctx, doc, i);
	fz_var(st);
	fz_var(sdev);
	fz_var(cdev);
	fz_try(ctx) {
		/* As fz_new_stext_page_from_page does, with cdev between. */
		st = fz_new_stext_page(ctx, fz_bound_page(ctx, page));
		sdev = fz_new_stext_device(ctx, st, opts);
		cdev = pk_glyphcount_new(ctx, sdev, counts);
		fz_run_page_contents(ctx, page, cdev, fz_identity, NULL);
		fz_close_device(ctx, cdev);
		fz_close_device(ctx, sdev);
	}
	fz_always(ctx) {
		fz_drop_device(ctx, cdev);
		fz_drop_device(ctx, sdev);
		fz_drop_page(ctx, page);
	}
	fz_catch(ctx) {
		fz_drop_stext_page(ctx, st);
		fz_rethrow(ctx);
	}
	return st;
}

int
pk_glyphs_mostly_invisible(const struct pk_glyphs *g)
{
	return g->invisible > g->visible;
}
