/*
 * Golden tests: the programs' output on the fixtures against expected
 * files a person checked by eye against the source documents.  No
 * target rewrites them; `make golden-diff` shows what changed.
 */
#include <dirent.h>

#include "helpers.h"

static void
compare(const char *what, const char *got, size_t got_len,
    const char *want_path)
{
	size_t	 want_len = 0;
	char	*want = slurp(want_path, &want_len);

	cr_assert_not_null(want, "missing golden %s", want_path);
	cr_assert(got_len == want_len && memcmp(got, want, want_len) == 0,
	    "%s differs from %s (make golden-diff)", what, want_path);
	free(want);
}

Test(golden, segment_fixtures_match_their_goldens)
{
	DIR		*dp = opendir(SRC("tests/golden/segment"));
	struct dirent	*de;
	int		 n = 0;

	cr_assert_not_null(dp);
	while ((de = readdir(dp)) != NULL) {
		char name[256], cmd[1024], path[1024];
		size_t len = strlen(de->d_name);
		struct run_result r;

		if (len < 5 || strcmp(de->d_name + len - 4, ".out") != 0)
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)(len - 4), de->d_name);
		snprintf(cmd, sizeof(cmd), "cd %s && %s fixtures/%s.txt",
		    PK_SRCDIR, BIN("pk-segment"), name);
		r = run(cmd, NULL);
		cr_assert_eq(r.status, 0, "%s: exit %d: %s", name, r.status,
		    r.err);
		snprintf(path, sizeof(path), "%s/tests/golden/segment/%s.out",
		    PK_SRCDIR, name);
		compare(name, r.out, r.out_len, path);
		snprintf(path, sizeof(path), "%s/tests/golden/segment/%s.err",
		    PK_SRCDIR, name);
		compare(name, r.err, strlen(r.err), path);
		run_free(&r);
		n++;
	}
	closedir(dp);
	cr_assert_geq(n, 2);
}

Test(golden, validate_passes_the_goldens_through_unchanged)
{
	const char *names[] = { "seed-000", "seed-003" };

	for (size_t i = 0; i < 2; i++) {
		char cmd[1024], path[1024];
		struct run_result r;

		snprintf(path, sizeof(path), "%s/tests/golden/segment/%s.out",
		    PK_SRCDIR, names[i]);
		snprintf(cmd, sizeof(cmd), "%s", BIN("pk-validate"));
		r = run(cmd, path);
		cr_assert_eq(r.status, 0, "%s: %s", names[i], r.err);
		cr_assert_str_empty(r.err);
		compare(names[i], r.out, r.out_len, path);
		run_free(&r);
	}
}

/* tests/golden/transform/NAME.FORMAT: fixtures/NAME.txt through -f FORMAT. */
Test(golden, every_format_of_the_fixtures_matches_its_golden)
{
	DIR		*dp = opendir(SRC("tests/golden/transform"));
	struct dirent	*de;
	int		 n = 0;

	cr_assert_not_null(dp);
	while ((de = readdir(dp)) != NULL) {
		char name[256], cmd[1024], path[1024], *dot;
		struct run_result r;

		if (de->d_name[0] == '.' ||
		    (dot = strchr(de->d_name, '.')) == NULL)
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)(dot - de->d_name),
		    de->d_name);
		snprintf(cmd, sizeof(cmd), "cd %s && %s fixtures/%s.txt | %s | "
		    "%s -f %s", PK_SRCDIR, BIN("pk-segment"), name,
		    BIN("pk-validate"), BIN("pk-transform"), dot + 1);
		r = run(cmd, NULL);
		cr_assert_eq(r.status, 0, "%s: %s", de->d_name, r.err);
		snprintf(path, sizeof(path), "%s/tests/golden/transform/%s",
		    PK_SRCDIR, de->d_name);
		compare(de->d_name, r.out, r.out_len, path);
		run_free(&r);
		n++;
	}
	closedir(dp);
	cr_assert_geq(n, 8);
}

Test(golden, seeds_match_their_goldens_where_shared_exists)
{
	const char *names[] = { "000_4f5c8b999293caa3", "003_1ee969b3a623bba5" };
	int n = 0;

	for (size_t i = 0; i < 2; i++) {
		char cmd[1024], path[1024];
		struct run_result r;

		snprintf(path, sizeof(path), "%s/../shared/seeds/%s.txt",
		    PK_SRCDIR, names[i]);
		if (!exists(path))
			continue;	/* ../shared is optional; fixtures are not */
		snprintf(cmd, sizeof(cmd), "cd %s && %s ../shared/seeds/%s.txt | "
		    "%s", PK_SRCDIR, BIN("pk-segment"), names[i],
		    BIN("pk-validate"));
		r = run(cmd, NULL);
		cr_assert_eq(r.status, 0, "%s: %s", names[i], r.err);
		snprintf(path, sizeof(path), "%s/tests/golden/seeds/%s.out",
		    PK_SRCDIR, names[i]);
		compare(names[i], r.out, r.out_len, path);
		run_free(&r);
		n++;
	}
	cr_log_info("%d seed documents compared", n);
}
