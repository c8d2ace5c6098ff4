/*
 * The html output of both fixtures in headless Chromium: it loads
 * without console errors, the rendered text holds the meeting's facts,
 * and a screenshot is kept in build/artifacts/ for a person to look at.
 */
#include "helpers.h"

#define CHROMIUM_FLAGS "--headless --no-sandbox --disable-gpu " \
	"--disable-quic --no-first-run --disable-background-networking " \
	"--disable-component-update --disable-sync --disable-extensions " \
	"--enable-logging=stderr --v=0"

static void
render(const char *name, const char *const *want, size_t nwant)
{
	char html[512], png[512], cmd[2048], profile[] = "/tmp/pk-chr-XXXXXX";
	struct run_result r;

	cr_assert_not_null(mkdtemp(profile));
	snprintf(html, sizeof(html), "%s/artifacts/%s.html", PK_BUILDDIR, name);
	snprintf(png, sizeof(png), "%s/artifacts/%s.png", PK_BUILDDIR, name);
	snprintf(cmd, sizeof(cmd), "mkdir -p %s/artifacts && %s %s/fixtures/"
	    "%s.txt | %s | %s -f html -o %s", PK_BUILDDIR, BIN("pk-segment"),
	    PK_SRCDIR, name, BIN("pk-validate"), BIN("pk-transform"), html);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);

	snprintf(cmd, sizeof(cmd), "command -v chromium >/dev/null || "
	    "{ echo 'chromium is not installed (sh setup check installs it)' "
	    ">&2; exit 99; }; timeout 120 chromium " CHROMIUM_FLAGS
	    " --user-data-dir=%s --dump-dom file://%s", profile, html);
	r = run(cmd, NULL);
	cr_assert_neq(r.status, 99, "%s", r.err);
	cr_assert_eq(r.status, 0, "chromium failed: %s", r.err);
	/* Console messages are logged as "CONSOLE(line)". */
	cr_assert_null(strstr(r.err, "CONSOLE"), "console output: %s", r.err);
	cr_assert_null(strstr(r.err, "Failed to load"), "%s", r.err);
	for (size_t i = 0; i < nwant; i++)
		cr_assert_not_null(strstr(r.out, want[i]),
		    "%s: rendered page lacks \"%s\"", name, want[i]);
	run_free(&r);

	snprintf(cmd, sizeof(cmd), "timeout 120 chromium " CHROMIUM_FLAGS
	    " --user-data-dir=%s --window-size=1000,2600 --screenshot=%s "
	    "file://%s && rm -rf %s", profile, png, html, profile);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(exists(png), "no screenshot at %s", png);
	cr_log_info("screenshot: %s", png);
	run_free(&r);
}

Test(browser, seed_000_renders, .timeout = 300)
{
	static const char *const want[] = {
		"<h1>Strategisk regional beredning</h1>",
		"<dd>2024-04-19</dd>", "<dd>09:00–15:00</dd>",
		"Sammanträdesrum Silvergruvan, Regionhuset, Västerås",
		"Kenneth Östberg", "Andre vice ordförande",
		"§22", "Gemensam målbild för nära vård", "HSF240207",
		"class=\"decision\"", "Slutversion - Nära vård reviderad målbild",
	};

	render("seed-000", want, sizeof(want) / sizeof(want[0]));
}

Test(browser, seed_003_renders, .timeout = 300)
{
	static const char *const want[] = {
		"<h1>Politiska samrådsgrupp</h1>", "Närvårdssamverkan Alingsås-Lerum",
		"<dd>2017-09-04</dd>", "Michael Melby", "okänt",
		"Benämning på närvårdssamverkansorganisationen",
		"Att Alingsås kommun väljs till att ansvara",
		"Dario Espiga",
	};

	render("seed-003", want, sizeof(want) / sizeof(want[0]));
}
