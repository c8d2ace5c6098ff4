/*
 * pk-batch: a 300-document corpus with broken files mixed in, SIGKILL
 * at random moments and resuming, documents that hang, spin, crash or
 * allocate without end, quiet runs for cron, report.html, and --plan
 * through GNU Parallel giving the same bytes.
 */
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <time.h>
#include <sys/file.h>

#include "helpers.h"
#include "../../pipeline/validate.h"
#include "../../pipeline/xmlin.h"

#define BATCH	BIN("pk-batch")

/* A fresh directory under /tmp. */
static char *
tmpdir(void)
{
	char	*d = strdup("/tmp/pk-batch-XXXXXX");

	cr_assert_not_null(mkdtemp(d));
	return d;
}

static void
corpus(const char *dir, int n)
{
	char			 cmd[1024];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "sh %s/tests/batch/corpus.sh %s %s %d",
	    PK_SRCDIR, PK_SRCDIR, dir, n);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

/* The output of a shell command, which must succeed. */
static char *
sh(const char *fmt, ...)
{
	char			 cmd[4096];
	struct run_result	 r;
	va_list			 ap;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s: %s", cmd, r.err);
	free(r.err);
	return r.out;
}

static long
count_lines(const char *s)
{
	long	 n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

Test(batch, corpus_300_with_broken_files, .timeout = 300)
{
	char			*src = tmpdir(), *out = tmpdir(), cmd[2048];
	char			*s, *tok, *save, path[4096], xsd[1024];
	struct run_result	 r;
	struct pk_diag		 d;
	struct pk_validate	*val;
	size_t			 len;
	long			 nxml = 0;

	corpus(src, 300);
	snprintf(cmd, sizeof(cmd), "%s -j 2 -f html,tei --log %s/log.json "
	    "-o %s/out %s", BATCH, out, out, src);
	r = run(cmd, NULL);
	/* Some failed: exit 1, one summary line, nothing on stdout. */
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_eq(r.out_len, 0);
	cr_assert_eq(count_lines(r.err), 1, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "300 documents: 270 converted, "
	    "0 unchanged, 30 failed"), "%s", r.err);
	run_free(&r);

	/* The broken ones, and only they, failed: each with its message. */
	s = sh("cut -f1,6 %s/out/manifest.tsv | tail -n +2 | "
	    "awk -F'\\t' '($1 ~ /bad-/) != ($2 != \"ok\")'", out);
	cr_assert_str_empty(s, "misfiled: %s", s);
	free(s);
	s = sh("grep -c '\"status\":\"rejected\",.*\"error\":\".*/bad-.*: "
	    "error: ' %s/log.json", out);
	cr_assert_eq(atoi(s), 30, "%s", s);
	free(s);
	s = sh("grep -c '\"status\":\"ok\"' %s/log.json", out);
	cr_assert_eq(atoi(s), 270);
	free(s);

	/* Every minutes XML written is valid, and has its formats beside. */
	pk_diag_init(&d, "test", NULL);
	snprintf(xsd, sizeof(xsd), "%s/schemas/minutes.xsd", PK_SRCDIR);
	cr_assert_not_null(val = pk_validate_new(xsd, &d));
	s = sh("cd %s/out && find . -name '*.xml' ! -name '*.tei.xml' | sort",
	    out);
	for (tok = strtok_r(s, "\n", &save); tok; tok = strtok_r(NULL, "\n",
	    &save)) {
		char		*data;
		xmlDocPtr	 doc;

		snprintf(path, sizeof(path), "%s/out/%s", out, tok);
		cr_assert_not_null(data = slurp(path, &len));
		cr_assert_not_null(doc = pk_xml_read(data, len, &d), "%s",
		    path);
		cr_assert_eq(pk_validate_run(val, doc), 0, "%s invalid", path);
		xmlFreeDoc(doc);
		free(data);
		snprintf(path + strlen(path) - 3, 8, "tei.xml");
		cr_assert(exists(path), "%s missing", path);
		snprintf(path + strlen(path) - 7, 8, "html");
		cr_assert(exists(path), "%s missing", path);
		nxml++;
	}
	cr_assert_eq(nxml, 270);
	pk_validate_free(val);
	free(s);

	/* A second run converts nothing and, for cron, says nothing. */
	snprintf(cmd, sizeof(cmd), "%s -j 2 -f html,tei -o %s/out %s", BATCH,
	    out, src);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_eq(r.out_len, 0);
	cr_assert_str_empty(r.err);
	run_free(&r);

	/* A changed input is converted again; only it. */
	s = sh("cd %s && f=$(find . -name '*seed-003.txt' | sort | head -1) && "
	    "cp %s/fixtures/seed-000.txt \"$f\" && "
	    "%s -f html,tei --log %s/log2.json -o %s/out %s && "
	    "grep -c . %s/log2.json", src, PK_SRCDIR, BATCH, out, out, src, out);
	cr_assert_eq(atoi(s), 1, "%s", s);
	free(s);
	free(sh("rm -rf %s %s", src, out));
	free(src);
	free(out);
}

/*
 * Every output file in out (not the temporaries) is the same as in ref.
 * A run killed before it made out left nothing to compare.
 */
/*
 * A killed run's workers die with it (PR_SET_PDEATHSIG), but after it:
 * until the last has gone it still holds OUTDIR's lock, and a run begun
 * then is refused.  Wait for the lock, as an operator's next run would.
 */
static void
wait_for_lock(const char *outdir)
{
	char	 path[1100];
	int	 fd, i;

	snprintf(path, sizeof(path), "%s/.pk-lock", outdir);
	if ((fd = open(path, O_RDONLY)) == -1)
		return;		/* killed before it made one */
	for (i = 0; i < 6000 && flock(fd, LOCK_EX | LOCK_NB) == -1; i++)
		usleep(10000);
	cr_assert_lt(i, 6000, "the killed run's workers hold %s", path);
	flock(fd, LOCK_UN);
	close(fd);
}

/*
 * Whether the files under out/rel are the same bytes as ref/rel's, but
 * for the scratch directory and the files rewritten at every run; each
 * one that is not is named in bad.  In the test's process: a cmp for
 * each of 800 files, eight times over, was most of the test's time.
 */
static void
same_files(const char *out, const char *ref, const char *rel,
    struct pk_buf *bad)
{
	char		 dir[2048], a[2048], b[2048], c[2048];
	char		*da, *db;
	size_t		 la = 0, lb = 0;
	struct dirent	*e;
	struct stat	 st;
	DIR		*dp;

	snprintf(dir, sizeof(dir), "%s/%s", out, rel);
	if ((dp = opendir(dir)) == NULL)
		return;
	while ((e = readdir(dp)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    (*rel == '\0' && strcmp(e->d_name, ".pk-tmp") == 0))
			continue;
		if ((size_t)snprintf(a, sizeof(a), "%s/%s", dir, e->d_name) >=
		    sizeof(a) || (size_t)snprintf(b, sizeof(b), "%s%s%s", rel,
		    *rel ? "/" : "", e->d_name) >= sizeof(b) ||
		    (size_t)snprintf(c, sizeof(c), "%s/%s", ref, b) >=
		    sizeof(c) || lstat(a, &st) == -1) {
			pk_buf_printf(bad, "%s/%s\n", rel, e->d_name);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			same_files(out, ref, b, bad);
			continue;
		}
		if (!S_ISREG(st.st_mode) ||
		    strcmp(e->d_name, "manifest.tsv") == 0 ||
		    strcmp(e->d_name, "report.html") == 0)
			continue;
		da = slurp(a, &la);
		db = slurp(c, &lb);
		if (da == NULL || db == NULL || la != lb ||
		    memcmp(da, db, la) != 0)
			pk_buf_printf(bad, "%s\n", b);
		free(da);
		free(db);
	}
	closedir(dp);
}

static void
assert_no_partial(const char *out, const char *ref)
{
	struct pk_buf	 bad = { 0 };
	char		*s;

	same_files(out, ref, "", &bad);
	cr_assert_eq(bad.len, 0, "partial or wrong files: %.*s",
	    (int)bad.len, bad.data);
	pk_buf_free(&bad);
	/* Each manifest record is one the uninterrupted run also made. */
	s = sh("test ! -f %s/manifest.tsv || { cut -f1-8,10- %s/manifest.tsv "
	    "| sort >%s.m && cut -f1-8,10- %s/manifest.tsv | sort | comm -23 "
	    "%s.m -; }", out, out, out, ref, out);
	cr_assert_str_empty(s, "records not in the reference: %s", s);
	free(s);
}

/* Lines in out/manifest.tsv so far: its header, then a record a
 * finished document (a line a kill cut off counts too). */
static long
manifest_lines(const char *out)
{
	char	 path[1100];
	FILE	*fp;
	long	 n = 0;
	int	 c;

	snprintf(path, sizeof(path), "%s/manifest.tsv", out);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	while ((c = getc(fp)) != EOF)
		n += c == '\n';
	fclose(fp);
	return n;
}

Test(batch, sigkill_anywhere_then_resume, .timeout = 600)
{
	char		*src = tmpdir(), *ref = tmpdir(), *out = tmpdir();
	char		 dst[1024], refdst[1024], *s;
	struct timespec	 ts, tick = { 0, 1000000L };
	pid_t		 pid, w;
	long		 target, done;
	int		 st, kills = 0;

	corpus(src, 60);
	snprintf(refdst, sizeof(refdst), "%s/o", ref);
	snprintf(dst, sizeof(dst), "%s/o", out);
	free(sh("%s -j 2 -f html,tei -o %s %s || test $? = 1", BATCH, refdst,
	    src));
	/*
	 * Each run is killed once it has finished a number of documents
	 * drawn at random (and after up to 20 ms more): at its start, in
	 * the middle of a document, between two.  By the documents done,
	 * not by the clock, so that a busy machine kills as many runs
	 * while they run as an idle one (a kill at a time drawn from how
	 * long a run took once came after every run had ended).
	 */
	srand((unsigned)time(NULL));
	for (int round = 0; round < 8; round++) {
		if ((pid = fork()) == 0) {
			int fd = open("/dev/null", O_WRONLY);

			dup2(fd, 2);
			execl(BATCH, "pk-batch", "-j", "2", "-f", "html,tei",
			    "-o", dst, src, (char *)NULL);
			_exit(127);
		}
		cr_assert_gt(pid, 0);
		/* Of the documents the runs before left to do. */
		target = manifest_lines(dst);
		done = target > 0 ? target - 1 : 0;
		target = (target > 0 ? target : 1) +
		    (done < 60 ? rand() % (60 - done) : 0);
		while ((w = waitpid(pid, &st, WNOHANG)) == 0 &&
		    manifest_lines(dst) < target)
			nanosleep(&tick, NULL);
		if (w == 0) {
			ts.tv_sec = 0;
			ts.tv_nsec = rand() % 20 * 1000000L;
			nanosleep(&ts, NULL);
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
		}
		/* Killed while it ran, not after it had finished. */
		kills += WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL;
		wait_for_lock(dst);
		assert_no_partial(dst, refdst);
	}
	cr_log_info("killed %d runs while they ran", kills);
	cr_assert_geq(kills, 1, "no run was killed while it ran");
	free(sh("%s -j 2 -f html,tei -o %s %s || test $? = 1", BATCH, dst,
	    src));
	s = sh("diff -r -x .pk-tmp -x report.html -x manifest.tsv %s %s && "
	    "cut -f1-8,10- %s/manifest.tsv >%s/a && cut -f1-8,10- "
	    "%s/manifest.tsv >%s/b && cmp %s/a %s/b && "
	    "test -z \"$(ls -A %s/.pk-tmp 2>/dev/null)\"", refdst, dst, refdst,
	    ref, dst, out, ref, out, dst);
	cr_assert_str_empty(s, "%s", s);
	free(s);
	free(sh("rm -rf %s %s %s", src, ref, out));
	free(src);
	free(ref);
	free(out);
}

/*
 * One run of pk-batch over the named files of dir/in, with limits; it
 * must end with exit 1 and the one summary line expected.
 */
static void
run_faults(const char *dir, const char *limits, const char *files,
    const char *summary)
{
	char			 cmd[2048];
	struct run_result	 r;

	snprintf(cmd, sizeof(cmd), "cd %s/in && PK_BATCH_TEST_FAULTS=1 %s "
	    "-j 2 %s -o %s/out %s", dir, BATCH, limits, dir, files);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1, "%s: %s", cmd, r.err);
	cr_assert_eq(count_lines(r.err), 1, "%s: %s", cmd, r.err);
	cr_assert_not_null(strstr(r.err, summary), "%s: %s", cmd, r.err);
	run_free(&r);
}

/*
 * A test of a limit provokes that limit and no other: every other limit
 * is generous, since on a busy machine allocating 256 MB can take more
 * than a CPU second, and a second of CPU more than three on the clock
 * (issue 13: fault-alloc came out cpu-limit under load).  Which of two
 * limits trips first is never asserted.
 */
#define GENEROUS_CPU	"--cpu 120"
#define GENEROUS_TIME	"--timeout 240"
#define GENEROUS_MEMORY	"--memory 2048"

Test(batch, hang_spin_crash_and_memory_are_contained, .timeout = 300)
{
	char			*dir = tmpdir(), cmd[2048], *s;
	struct run_result	 r;

	free(sh("mkdir %s/in && for f in hang spin crash alloc; do cp "
	    "%s/fixtures/minimal.txt %s/in/fault-$f.txt; done && cp "
	    "%s/fixtures/seed-003.txt %s/in/", dir, PK_SRCDIR, dir, PK_SRCDIR,
	    dir));
	run_faults(dir, "--memory 256 " GENEROUS_CPU " " GENEROUS_TIME,
	    "fault-alloc.txt", "1 documents: 0 converted, 0 unchanged, "
	    "1 failed");
	run_faults(dir, "--cpu 1 " GENEROUS_MEMORY " " GENEROUS_TIME,
	    "fault-spin.txt", "1 documents: 0 converted, 0 unchanged, "
	    "1 failed");
	run_faults(dir, "--timeout 3 " GENEROUS_CPU " " GENEROUS_MEMORY,
	    "fault-hang.txt", "1 documents: 0 converted, 0 unchanged, "
	    "1 failed");
	run_faults(dir, GENEROUS_CPU " " GENEROUS_MEMORY " " GENEROUS_TIME,
	    "fault-crash.txt seed-003.txt", "2 documents: 1 converted, "
	    "0 unchanged, 1 failed");
	s = sh("cut -f1,6,11 %s/out/manifest.tsv | tail -n +2", dir);
	cr_assert_str_eq(s,
	    "fault-alloc.txt\tmemory-limit\tstopped at the memory limit of "
	    "256 MB (--memory)\n"
	    "fault-crash.txt\tcrash\tdied of signal 6 (Aborted)\n"
	    "fault-hang.txt\ttimeout\tkilled after 3 seconds (--timeout)\n"
	    "fault-spin.txt\tcpu-limit\tstopped after 1 CPU seconds (--cpu)\n"
	    "seed-003.txt\tok\t\n");
	free(s);
	s = sh("printf %s/out/seed-003.txt.xml", dir);
	cr_assert(exists(s), "%s missing", s);
	free(s);

	/*
	 * Quarantined: skipped quietly next time, retried when asked.  The
	 * retry has tight limits all at once: each fault fails, by
	 * whichever limit comes first.
	 */
	snprintf(cmd, sizeof(cmd), "PK_BATCH_TEST_FAULTS=1 %s -j 2 "
	    "--timeout 3 --cpu 1 --memory 256 -o %s/out %s/in", BATCH, dir,
	    dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_empty(r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "PK_BATCH_TEST_FAULTS=1 %s --retry -j 2 "
	    "--timeout 3 --cpu 1 --memory 256 -o %s/out %s/in", BATCH, dir,
	    dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "0 converted, 1 unchanged, "
	    "4 failed"), "%s", r.err);
	run_free(&r);
	free(sh("rm -rf %s", dir));
	free(dir);
}

Test(batch, report_counts_render_in_chromium, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	corpus(dir, 20);
	free(sh("%s -j 2 -o %s/out %s/%s || test $? = 1", BATCH, dir, dir,
	    "199*"));
	s = sh("command -v chromium >/dev/null || { echo 'chromium is not "
	    "installed (sh setup check installs it)' >&2; exit 99; }; "
	    "timeout 120 chromium --headless --no-sandbox --disable-gpu "
	    "--no-first-run --disable-background-networking "
	    "--user-data-dir=%s/chr --dump-dom file://%s/out/report.html "
	    "2>/dev/null", dir, dir);
	/* 20 documents, every tenth broken: 18 ok, 2 rejected. */
	cr_assert_not_null(strstr(s, "<span id=\"documents\">20</span>"), "%s",
	    s);
	cr_assert_not_null(strstr(s, "data-status=\"ok\">18<"), "%s", s);
	cr_assert_not_null(strstr(s, "data-status=\"rejected\">2<"), "%s", s);
	cr_assert_not_null(strstr(s, "bad-9-truncated.pdf"), "%s", s);
	cr_assert_not_null(strstr(s, "<svg"), "%s", s);
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

Test(batch, plan_through_gnu_parallel_gives_the_same_bytes, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	corpus(dir, 30);
	free(sh("mkdir %s/src && mv %s/1990 %s/1991 %s/1992 %s/src && "
	    "{ %s -j 2 -f html,tei,dc -o %s/batch %s/src || test $? = 1; }",
	    dir, dir, dir, dir, dir, BATCH, dir, dir));
	s = sh("command -v parallel >/dev/null || { echo 'GNU parallel is not "
	    "installed (sh setup check installs it)' >&2; exit 99; }; "
	    "PATH=%s:$PATH; export PATH; %s --plan -f html,tei,dc -o %s/plan "
	    "%s/src >%s/plan.sh && test -s %s/plan.sh && "
	    "{ parallel -j 2 --will-cite <%s/plan.sh 2>/dev/null; "
	    "test $? = 2; } && "
	    "diff -r -x .pk-tmp -x .pk-plan -x report.html -x manifest.tsv "
	    "%s/batch %s/plan", PK_BUILDDIR, BATCH, dir, dir, dir, dir, dir,
	    dir, dir);
	cr_assert_str_empty(s, "%s", s);
	free(s);
	/* Not vacuous: 14 documents planned, 12 converted, 2 broken. */
	s = sh("wc -l <%s/plan.sh; find %s/plan -name '*.tei.xml' | wc -l; "
	    "ls %s/plan/.pk-plan | wc -l", dir, dir, dir);
	cr_assert_str_eq(s, "14\n12\n0\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * OUTDIR on a 256 KB tmpfs in a mount namespace of the test's own
 * (unshare; as root, or as a user through a user namespace): the batch
 * stops with exit 3 and says the disk is full, leaves only whole files,
 * and once the tmpfs is grown a second run finishes like a run that
 * never ran short.
 */
Test(batch, disk_full_stops_cleanly_and_resumes, .timeout = 300)
{
	char	*dir = tmpdir(), *s, *err;

	corpus(dir, 40);
	free(sh("mkdir %s/src && mv %s/199* %s/src && { %s -j 2 -f html,tei "
	    "-o %s/ref %s/src || test $? = 1; }", dir, dir, dir, BATCH, dir,
	    dir));
	/* In a chroot "/" is no mount point: keep its propagation then. */
	s = sh("if [ \"$(id -u)\" = 0 ]; then u=-m; else u=-rm; fi; "
	    "unshare $u true 2>/dev/null || u=\"$u --propagation unchanged\"; "
	    "unshare $u sh %s/tests/batch/diskfull.sh %s %s/src %s/ref %s",
	    PK_SRCDIR, BATCH, dir, dir, dir);
	cr_assert_str_eq(s, "first=3\nsecond=1\nsame\n");
	free(s);
	err = sh("cat %s/err1", dir);
	cr_assert_not_null(strstr(err, "No space left on device; stopping, "
	    "run again to resume"), "%s", err);
	free(err);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/* Paths on stdin: NUL-separated as find -print0 writes; ".." refused. */
Test(batch, list_on_stdin, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	s = sh("cd %s && find fixtures/extract -name 'seed-*.pdf' -print0 | "
	    "%s -0 -o %s/out - && cd %s/out && find . -name '*.xml' | sort",
	    PK_SRCDIR, BATCH, dir, dir);
	cr_assert_str_eq(s, "./fixtures/extract/seed-000.pdf.xml\n"
	    "./fixtures/extract/seed-003.pdf.xml\n");
	free(s);
	s = sh("printf '../etc/passwd\\n' | %s -o %s/out2 - 2>&1; echo $?",
	    BATCH, dir);
	cr_assert_str_eq(s, "pk-batch: <stdin>:1: error: cannot read: "
	    "../etc/passwd: a path with \"..\" is not taken\n2\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/* The largest own_kb (what a worker adds to what it shares) in a log. */
static long
peak_own_kb(const char *dir, int ndocs)
{
	char	*s;
	long	 kb;

	corpus(dir, ndocs);
	s = sh("cd %s && { %s -j 2 --log log -o out 199* || test $? = 1; } "
	    "&& sed 's/.*\"own_kb\":\\([0-9-]*\\).*/\\1/' log | sort -n | "
	    "tail -1", dir, BATCH);
	kb = atol(s);
	free(s);
	return kb;
}

/*
 * A worker's memory does not grow with the corpus: the peak a worker
 * adds over what it shares with the scheduler, for 20 and for 200
 * documents (the same documents, ten times over).  The ratio is what
 * is asserted; 300 and 3,000 took minutes on a busy machine and timed
 * out under AddressSanitizer (issue 13).
 */
Test(batch, worker_memory_constant_as_corpus_grows, .timeout = 300)
{
	char	*a = tmpdir(), *b = tmpdir();
	long	 small = peak_own_kb(a, 20), large = peak_own_kb(b, 200);

	cr_log_info("worker peak: %ld KiB for 20, %ld KiB for 200",
	    small, large);
	cr_assert_gt(small, 0);
	cr_assert_leq(large, small + small / 5, "%ld KiB for 200 documents, "
	    "%ld KiB for 20", large, small);
	free(sh("rm -rf %s %s", a, b));
	free(a);
	free(b);
}

/*
 * A scan is slow, not stuck: --ocr-seconds widens --timeout and --cpu
 * by that much for every page handed to OCR.  Without it, limits that
 * suit text documents stop a two-page scan (about 4 CPU seconds): 1 s,
 * so that a machine four times as fast still needs more; which of the
 * two limits stops it is not asserted.
 */
Test(batch, ocr_pages_widen_the_limits, .timeout = 300)
{
	char	*out = tmpdir(), *s;

	free(sh("%s -q -j 1 --timeout 2 --cpu 2 -o %s/a %s", BATCH, out,
	    SRC("fixtures/scan/typewriter-1964-200dpi.tiff")));
	s = sh("cut -f6 %s/a/manifest.tsv | tail -1", out);
	cr_assert_str_eq(s, "ok\n");
	free(s);
	free(sh("%s -q -j 1 --timeout 1 --cpu 1 --ocr-seconds 0 -o %s/b %s "
	    "|| test $? = 1", BATCH, out,
	    SRC("fixtures/scan/typewriter-1964-200dpi.tiff")));
	s = sh("cut -f6,11 %s/b/manifest.tsv | tail -1", out);
	cr_assert(strncmp(s, "timeout\t", 8) == 0 ||
	    strncmp(s, "cpu-limit\t", 10) == 0, "%s", s);
	free(s);
	free(sh("rm -rf %s", out));
	free(out);
}

/*
 * Python's csv module reads manifest.tsv as docs/operations.md says:
 * the header names every field of a row, no more (issue 13: the header
 * had twelve names, the rows eleven fields, and csv.DictReader put every
 * value under the wrong name).  A file name beginning with '#' is a
 * record, not a comment, and a manifest with the old header is read.
 */
Test(batch, manifest_reads_with_python_csv, .timeout = 300)
{
	char	*dir = tmpdir(), *s, path[1024];
	FILE	*fp;

	snprintf(path, sizeof(path), "%s/read.py", dir);
	cr_assert_not_null(fp = fopen(path, "w"));
	fputs("import csv, sys\n"
	    "names = ['path', 'sha256', 'version', 'rules', 'styles', "
	    "'status', 'pages', 'profile', 'seconds', 'outputs', 'error', "
	    "'score', 'items', 'persons', 'decisions', 'ocr_low_pages', "
	    "'warnings', 'review']\n"
	    "with open(sys.argv[1], newline='') as f:\n"
	    "    rd = csv.DictReader(f, delimiter='\\t', "
	    "quoting=csv.QUOTE_NONE, strict=True)\n"
	    "    rows = list(rd)\n"
	    "assert rd.fieldnames == names, rd.fieldnames\n"
	    "for r in rows:\n"
	    "    assert None not in r and None not in r.values(), r\n"
	    "    assert len(r['sha256']) == 64 and len(r['rules']) == 64 "
	    "and len(r['styles']) == 64, r\n"
	    "    float(r['seconds'])\n"
	    "    print(r['path'], r['status'], int(r['pages']) > 0, "
	    "r['version'] == sys.argv[2], ' '.join(o.split('=')[0] "
	    "for o in r['outputs'].split()), r['error'] != '', sep='|')\n",
	    fp);
	cr_assert_eq(fclose(fp), 0);
	free(sh("mkdir %s/in && cp %s/fixtures/seed-003.txt %s/in/ && "
	    "cp %s/fixtures/minimal.txt '%s/in/#7 \"draft\".txt' && "
	    "printf 'Protokoll\\n\\377 not UTF-8\\n' >%s/in/bad.txt && "
	    "{ %s -o %s/out %s/in; test $? = 1; }", dir, PK_SRCDIR, dir,
	    PK_SRCDIR, dir, dir, BATCH, dir, dir));
	s = sh("python3 %s/read.py %s/out/manifest.tsv %s", dir, dir,
	    PK_VERSION);
	cr_assert_str_eq(s,
	    "#7 \"draft\".txt|ok|True|True|xml html|False\n"
	    "bad.txt|rejected|False|True||True\n"
	    "seed-003.txt|ok|True|True|xml html|False\n");
	free(s);

	/* Read back: nothing converted again, and so with the old header. */
	s = sh("cd %s && %s --log log1 -o out in && "
	    "sed -i '1s/^/# protokoll manifest 1\\t/' out/manifest.tsv && "
	    "%s --log log2 -o out in && cat log1 log2 && head -1 "
	    "out/manifest.tsv", dir, BATCH, BATCH);
	cr_assert_str_eq(s, "path\tsha256\tversion\trules\tstyles\tstatus\t"
	    "pages\tprofile\tseconds\toutputs\terror\tscore\titems\t"
	    "persons\tdecisions\tocr_low_pages\twarnings\treview\n");
	free(s);
	/*
	 * A manifest of the eleven columns before the review ones (issue
	 * 13) is read too: nothing converted again, and it is written
	 * back with all eighteen.
	 */
	s = sh("cd %s && cut -f1-11 out/manifest.tsv >m && mv m "
	    "out/manifest.tsv && %s --log log3 -o out in && cat log3 && "
	    "awk -F'\\t' '{ print NF }' out/manifest.tsv | sort -u", dir,
	    BATCH);
	cr_assert_str_eq(s, "18\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * An unknown profile or format is a usage error, said once before
 * OUTDIR is touched: no document is rejected for it, and the corrected
 * command converts them all (issue 13: `-p nosuch` quarantined every
 * document until --retry).
 */
Test(batch, unknown_profile_or_format_is_usage_not_rejection,
    .timeout = 300)
{
	char			*dir = tmpdir(), cmd[2048], *s;
	struct run_result	 r;

	free(sh("mkdir %s/in && cp %s/fixtures/seed-000.txt "
	    "%s/fixtures/seed-003.txt %s/in/", dir, PK_SRCDIR, PK_SRCDIR,
	    dir));
	snprintf(cmd, sizeof(cmd), "%s -p nosuch -o %s/out %s/in", BATCH,
	    dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert_eq(count_lines(r.err), 1, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "pk-batch: -p: unknown profile: "
	    "nosuch (profiles: "), "%s", r.err);
	cr_assert_not_null(strstr(r.err, " sv-protokoll"), "%s", r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s -f html,htlm -o %s/out %s/in", BATCH,
	    dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "unknown output format: htlm"),
	    "%s", r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s/out", dir);
	cr_assert(!exists(cmd), "a usage error made %s", cmd);

	/* Put right: every document converted, none left rejected. */
	snprintf(cmd, sizeof(cmd), "%s -o %s/out %s/in", BATCH, dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	s = sh("cut -f1,6 %s/out/manifest.tsv | tail -n +2", dir);
	cr_assert_str_eq(s, "seed-000.txt\tok\nseed-003.txt\tok\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * Two runs on one OUTDIR: the second says that the first holds it and
 * exits 4, having touched nothing; once the first is gone a run goes
 * ahead (issue 13: the second cleared the first's temporaries, and
 * failed with "the worker could not write its results", exit 3).
 */
Test(batch, second_run_on_outdir_is_refused, .timeout = 300)
{
	char			*dir = tmpdir(), cmd[2048], path[1024], *s;
	struct run_result	 r;
	struct timespec		 tick = { 0, 50 * 1000 * 1000 };
	pid_t			 pid;
	int			 st, started = 0;

	free(sh("mkdir %s/in && cp %s/fixtures/minimal.txt "
	    "%s/in/fault-hang.txt && cp %s/fixtures/seed-003.txt %s/in/", dir,
	    PK_SRCDIR, dir, PK_SRCDIR, dir));
	snprintf(cmd, sizeof(cmd), "%s/out", dir);
	/* The first run: seed-003 done, fault-hang hanging, no --timeout. */
	if ((pid = fork()) == 0) {
		int fd = open("/dev/null", O_WRONLY);

		dup2(fd, 2);
		setenv("PK_BATCH_TEST_FAULTS", "1", 1);
		snprintf(path, sizeof(path), "%s/in", dir);
		execl(BATCH, "pk-batch", "-j", "2", "--timeout", "0", "-o", cmd,
		    path, (char *)NULL);
		_exit(127);
	}
	cr_assert_gt(pid, 0);
	snprintf(cmd, sizeof(cmd), "grep -q '^seed-003.txt' %s/out/manifest.tsv "
	    "2>/dev/null", dir);
	while (!started) {
		r = run(cmd, NULL);
		started = r.status == 0;
		run_free(&r);
		cr_assert_eq(waitpid(pid, &st, WNOHANG), 0, "the first run "
		    "ended");
		if (!started)
			nanosleep(&tick, NULL);
	}
	snprintf(cmd, sizeof(cmd), "%s -o %s/out %s/in", BATCH, dir, dir);
	r = run(cmd, NULL);
	/* The first is still at work; it hangs until killed. */
	st = waitpid(pid, NULL, WNOHANG);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	cr_assert_eq(st, 0, "the first run ended");
	cr_assert_eq(r.status, 4, "%s", r.err);
	cr_assert_eq(count_lines(r.err), 1, "%s", r.err);
	/* The process is named where /proc/locks tells it. */
	snprintf(path, sizeof(path), "pk-batch: %s/out: error: another "
	    "pk-batch run holds this directory: process %d; ", dir, (int)pid);
	if (strncmp(r.err, path, strlen(path)) != 0)
		snprintf(path, sizeof(path), "pk-batch: %s/out: error: "
		    "another pk-batch run holds this directory: ", dir);
	cr_assert(strncmp(r.err, path, strlen(path)) == 0, "%s", r.err);
	cr_assert_str_eq(r.err + strlen(path), "nothing done, run again when "
	    "it has finished\n");
	run_free(&r);

	/* Its lock went with it (once its hanging worker died too). */
	snprintf(path, sizeof(path), "%s/out", dir);
	wait_for_lock(path);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	s = sh("cut -f1,6 %s/out/manifest.tsv", dir);
	cr_assert_str_eq(s, "path\tstatus\nfault-hang.txt\tok\n"
	    "seed-003.txt\tok\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * manifest.tsv and report.html are as readable as the outputs they list,
 * the umask deciding for all of them (issue 13: they were 0600, made by
 * mkstemp, beside outputs of 0644).
 */
Test(batch, manifest_and_report_have_the_outputs_mode, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	s = sh("cd %s && umask 022 && %s -o out %s && cd out && "
	    "stat -c '%%a %%n' manifest.tsv report.html minimal.txt.xml "
	    "minimal.txt.html && cd .. && umask 027 && %s -o out2 %s && "
	    "cd out2 && stat -c '%%a %%n' manifest.tsv report.html "
	    "minimal.txt.xml", dir, BATCH, SRC("fixtures/minimal.txt"), BATCH,
	    SRC("fixtures/minimal.txt"));
	cr_assert_str_eq(s, "644 manifest.tsv\n644 report.html\n"
	    "644 minimal.txt.xml\n644 minimal.txt.html\n"
	    "640 manifest.tsv\n640 report.html\n640 minimal.txt.xml\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * The cron recipe of docs/operations.md runs as printed there: its job
 * line's command through sh -c in cron's environment (PATH=/usr/bin:/bin
 * and the file's variables), in a mount namespace of the test's own with
 * the programs installed under /usr/local (issue 13: the line went on
 * with backslashes, which cron does not join, and named pk-batch on a
 * PATH without /usr/local/bin).
 */
Test(batch, cron_recipe_runs_as_printed, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	s = sh("if [ \"$(id -u)\" = 0 ]; then u=-m; else u=-rm; fi; "
	    "unshare $u true 2>/dev/null || u=\"$u --propagation unchanged\"; "
	    "unshare $u sh %s/tests/batch/cron.sh %s %s %s", PK_SRCDIR,
	    PK_SRCDIR, BATCH, dir);
	cr_assert_str_eq(s, "exit=0\n"
	    "./2024/seed-000.txt.ead.xml\n./2024/seed-000.txt.html\n"
	    "./2024/seed-000.txt.tei.xml\n./2024/seed-000.txt.xml\n"
	    "./2024/seed-003.txt.ead.xml\n./2024/seed-003.txt.html\n"
	    "./2024/seed-003.txt.tei.xml\n./2024/seed-003.txt.xml\n"
	    "./manifest.tsv\n./report.html\nlog=2\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * A file name that is not UTF-8 (Latin-1, as on old file shares): the
 * JSON log stays UTF-8 and gives the name's bytes back through Python's
 * surrogateescape, report.html stays UTF-8 and shows the byte as \xF6,
 * and the manifest keeps the bytes (issue 13: the log and the report
 * carried the raw byte).  Whether the document converts is not asked
 * here.
 */
Test(batch, latin1_name_keeps_log_and_report_utf8, .timeout = 300)
{
	char	*dir = tmpdir(), *s, path[1024];
	FILE	*fp;

	snprintf(path, sizeof(path), "%s/check.py", dir);
	cr_assert_not_null(fp = fopen(path, "w"));
	fputs("import json, os, sys\n"
	    "name = b'prot\\xf6koll.txt'\n"
	    "for line in open(sys.argv[1] + '/log.json', 'rb'):\n"
	    "    rec = json.loads(line.decode('utf-8'))\n"
	    "    print(os.fsencode(rec['path']).endswith(b'/' + name))\n"
	    "html = open(sys.argv[1] + '/out/report.html', "
	    "encoding='utf-8').read()\n"
	    "print('prot\\\\xF6koll.txt' in html)\n"
	    "rows = open(sys.argv[1] + '/out/manifest.tsv', 'rb').read()\n"
	    "print(rows.split(b'\\n')[1].startswith(name + b'\\t'))\n", fp);
	cr_assert_eq(fclose(fp), 0);
	s = sh("cd %s && mkdir in && cp %s \"in/$(printf 'prot\\366koll.txt')\" "
	    "&& { %s --log log.json -o out in || test $? = 1; } && "
	    "python3 check.py %s", dir, SRC("fixtures/seed-003.txt"), BATCH,
	    dir);
	cr_assert_str_eq(s, "True\nTrue\nTrue\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * Weak results are flagged, not passed as good ones (issue 13: 13 of
 * 19 real minutes came out with no item, and report.html said "ok"):
 * a text with no item whose best profile scores 1, and a scan OCR reads
 * with a confidence below 70 (fixtures/batch/low-ocr.png, made by
 * fixtures/batch/noisy.py from the typewriter page, whose § 81 it still
 * finds), are converted, written and marked `review`
 * with their reasons, beside two minutes that are `ok`.  The manifest
 * (through Python's csv) and the JSON log carry score, counts, low
 * pages and warnings; the exit status stays 0, or 5 with --strict; the
 * summary line counts them the night they come, and a run with nothing
 * new is quiet.
 */
Test(batch, weak_results_are_flagged_for_review, .timeout = 300)
{
	char			*dir = tmpdir(), cmd[2048], *s, path[1024];
	struct run_result	 r;
	FILE			*fp;

	free(sh("mkdir %s/in && cp %s/fixtures/batch/no-items.txt "
	    "%s/fixtures/batch/low-ocr.png %s/fixtures/seed-003.txt "
	    "%s/fixtures/minimal.txt %s/in/", dir, PK_SRCDIR, PK_SRCDIR,
	    PK_SRCDIR, PK_SRCDIR, dir));
	snprintf(cmd, sizeof(cmd), "%s -f html,tei --log %s/log.json -o "
	    "%s/out %s/in", BATCH, dir, dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_eq(count_lines(r.err), 1, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "4 documents: 4 converted, "
	    "0 unchanged, 0 failed (0 failed before), 2 to review, "), "%s",
	    r.err);
	run_free(&r);

	snprintf(path, sizeof(path), "%s/read.py", dir);
	cr_assert_not_null(fp = fopen(path, "w"));
	fputs("import csv, json, sys\n"
	    "with open(sys.argv[1] + '/out/manifest.tsv', newline='') as f:\n"
	    "    for r in csv.DictReader(f, delimiter='\\t', "
	    "quoting=csv.QUOTE_NONE, strict=True):\n"
	    "        print(r['path'], r['status'], r['profile'], "
	    "int(r['score']) >= 2, r['items'], r['ocr_low_pages'], "
	    "r['warnings'][:20], r['review'], sep='|')\n"
	    "for line in open(sys.argv[1] + '/log.json'):\n"
	    "    j = json.loads(line)\n"
	    "    if j['status'] == 'review':\n"
	    "        print(j['path'].split('/')[-1], j['items'], "
	    "j['ocr_low_pages'], len(j['warnings']), j['review'][0], sep='|')\n",
	    fp);
	cr_assert_eq(fclose(fp), 0);
	s = sh("python3 %s/read.py %s | sort", dir, dir);
	cr_assert_str_eq(s,
	    "low-ocr.png|1|[1]|0|OCR confidence below 70 on page 1\n"
	    "low-ocr.png|review|sv-historisk|True|1|1||OCR confidence below "
	    "70 on page 1\n"
	    "minimal.txt|ok|sv-protokoll|True|2|||\n"
	    "no-items.txt|0|[]|1|no item\n"
	    "no-items.txt|review|sv-historisk|False|0||no profile fits well|"
	    "no item; profile sv-historisk scores 1, below 2\n"
	    "seed-003.txt|ok|sv-samverkan|True|8|||\n");
	free(s);
	/* Written like any converted document's. */
	snprintf(path, sizeof(path), "%s/out/no-items.txt.tei.xml", dir);
	cr_assert(exists(path), "%s missing", path);

	/* Nothing new: quiet and 0; --strict: 5, and says why. */
	snprintf(cmd, sizeof(cmd), "%s -f html,tei -o %s/out %s/in", BATCH,
	    dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_empty(r.err);
	run_free(&r);
	snprintf(cmd, sizeof(cmd), "%s --strict -f html,tei -o %s/out %s/in",
	    BATCH, dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 5, "%s", r.err);
	cr_assert_not_null(strstr(r.err, "4 documents: 0 converted, "
	    "4 unchanged, 0 failed (0 failed before), 2 to review, "), "%s",
	    r.err);
	run_free(&r);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * report.html in headless Chromium: the documents to review come first,
 * linked to their outputs (links that lead to the files, a ':' and a
 * space in a name too); every document is in the table of all, and
 * #sort=items- sorts it by items, most first; no console errors.
 */
Test(batch, report_lists_review_first_in_chromium, .timeout = 300)
{
	char			*dir = tmpdir(), cmd[4096], *s, *all, *rev;
	struct run_result	 r;

	free(sh("mkdir -p %s/in/2024 && cp %s/fixtures/batch/no-items.txt "
	    "%s/fixtures/seed-003.txt %s/in/2024/ && cp %s/fixtures/minimal.txt "
	    "'%s/in/2024/a:b 1.txt' && cp %s/fixtures/batch/no-items.txt "
	    "'%s/in/x #2.txt' && %s -f html -o %s/out %s/in", dir, PK_SRCDIR,
	    PK_SRCDIR, dir, PK_SRCDIR, dir, PK_SRCDIR, dir, BATCH, dir, dir));
	snprintf(cmd, sizeof(cmd), "command -v chromium >/dev/null || "
	    "{ echo 'chromium is not installed (sh setup check installs it)' "
	    ">&2; exit 99; }; timeout 120 chromium --headless --no-sandbox "
	    "--disable-gpu --no-first-run --disable-background-networking "
	    "--enable-logging=stderr --v=0 --user-data-dir=%s/chr --dump-dom "
	    "'file://%s/out/report.html#sort=items-'", dir, dir);
	r = run(cmd, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_null(strstr(r.err, "CONSOLE"), "console output: %s", r.err);
	s = r.out;
	cr_assert_not_null(strstr(s, "<span id=\"review-count\">2</span>"),
	    "%s", s);
	rev = strstr(s, "<table id=\"review\"");
	all = strstr(s, "<table id=\"all\"");
	cr_assert(rev != NULL && all != NULL && rev < strstr(s,
	    "<table id=\"status\"") && rev < all, "%s", s);
	/* The review table: the two, with links; not the good ones. */
	cr_assert_not_null(strstr(rev, "<a href=\"2024/no-items.txt.xml\">"
	    "2024/no-items.txt</a>"), "%s", rev);
	cr_assert_not_null(strstr(rev, "<a href=\"2024/no-items.txt.html\">"
	    "html</a>"), "%s", rev);
	cr_assert_not_null(strstr(rev, "<a href=\"x%20%232.txt.xml\">x #2.txt"
	    "</a>"), "%s", rev);
	cr_assert(strstr(rev, "seed-003") == NULL || strstr(rev, "seed-003") >
	    strstr(rev, "</table>"), "%s", rev);
	/* All four, sorted by items, most first: seed-003 has 8. */
	cr_assert_not_null(strstr(all, "<a href=\"2024/a%3Ab%201.txt.xml\">"
	    "2024/a:b 1.txt</a>"), "%s", all);
	cr_assert_not_null(strstr(all, "aria-sort=\"descending\">items<"),
	    "%s", all);
	cr_assert(strstr(all, "seed-003.txt.xml") < strstr(all,
	    "a%3Ab%201.txt.xml") && strstr(all, "a%3Ab%201.txt.xml") <
	    strstr(all, "no-items.txt.xml"), "%s", all);
	run_free(&r);
	/* The links lead to the files. */
	s = sh("cd %s/out && for f in 2024/no-items.txt.xml 2024/no-items.txt.html "
	    "'x #2.txt.xml' '2024/a:b 1.txt.xml'; do test -s \"$f\" || echo "
	    "\"$f\"; done", dir);
	cr_assert_str_empty(s, "%s", s);
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * Changing -f makes only the formats asked for anew, from the minutes
 * XML kept in OUTDIR, with no extraction (nor OCR) again, and removes
 * the outputs of a format no longer asked for (issue 13: every document
 * was converted again, and the dropped format's files stayed).  The kept
 * XML is proved used by an edit made to it showing in the new TEI; the
 * TEI of an unedited one is what a run with both formats from the start
 * and the pipe write.
 */
Test(batch, changing_formats_reuses_the_minutes_xml, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	free(sh("mkdir %s/in && cp %s/fixtures/minimal.txt %s/fixtures/"
	    "seed-003.txt %s/in/ && cd %s && %s -q -f html -o out in && "
	    "%s -q -f html,tei -o ref in && sed -i 's/arbetsutskott/"
	    "Edited-by-hand/g' out/minimal.txt.xml", dir, PK_SRCDIR,
	    PK_SRCDIR, dir, dir, BATCH, BATCH));
	s = sh("cd %s && %s -f html,tei --log log -o out in && "
	    "grep -q Edited-by-hand out/minimal.txt.tei.xml && echo edited && "
	    "cmp out/seed-003.txt.tei.xml ref/seed-003.txt.tei.xml && "
	    "%s -f tei <out/seed-003.txt.xml | cmp - out/seed-003.txt.tei.xml "
	    "&& "
	    "grep -c '\"pages\":' log && cut -f1,6,10 out/manifest.tsv | "
	    "sed 's/=[0-9a-f]*//g'", dir, BATCH, BIN("pk-transform"));
	cr_assert_str_eq(s, "edited\n2\npath\tstatus\toutputs\n"
	    "minimal.txt\tok\txml html tei\nseed-003.txt\tok\txml html tei\n");
	free(s);
	/* No page was read: the summary of a terminal run says so. */
	s = sh("cd %s && rm out/seed-003.txt.html && %s -f html,tei -o out "
	    "in 2>&1 >/dev/null | cat; %s -f tei -o out in 2>&1 && "
	    "ls out && cut -f1,10 out/manifest.tsv | sed 's/=[0-9a-f]*//g' && "
	    "%s -f tei -o out in 2>&1", dir, BATCH, BATCH, BATCH);
	cr_assert_str_eq(s, "manifest.tsv\nminimal.txt.tei.xml\n"
	    "minimal.txt.xml\nreport.html\nseed-003.txt.tei.xml\n"
	    "seed-003.txt.xml\n"
	    "path\toutputs\nminimal.txt\txml tei\nseed-003.txt\txml tei\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * A list on stdin with --root DIR writes the tree that DIR as an
 * argument writes (issue 13: `find /srv/minutes -print0 | pk-batch -0 -o
 * OUT -`, the man page's example, wrote OUT/srv/minutes/...); relative
 * paths alike; a listed path not below DIR is refused, nothing done.
 */
Test(batch, list_with_root_writes_the_tree_of_the_directory,
    .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	free(sh("mkdir -p %s/src/2024/a && cp %s/fixtures/minimal.txt "
	    "%s/src/2024/a/ && cp %s/fixtures/seed-003.txt %s/src/ && "
	    "%s -q -o %s/dir %s/src", dir, PK_SRCDIR, dir, PK_SRCDIR, dir,
	    BATCH, dir, dir));
	s = sh("cd %s && find %s/src -name '*.txt' -print0 | %s -0 --root "
	    "%s/src/ -o %s/abs - && find src -name '*.txt' | %s --root "
	    "./src -o rel - && for o in abs rel; do diff -r -x report.html "
	    "-x manifest.tsv dir $o && cut -f1,10 $o/manifest.tsv >m.$o && "
	    "cut -f1,10 dir/manifest.tsv | cmp - m.$o || exit 1; done; "
	    "find abs -name '*.xml' | sort", dir, dir, BATCH, dir, dir,
	    BATCH);
	cr_assert_str_eq(s, "abs/2024/a/minimal.txt.xml\n"
	    "abs/seed-003.txt.xml\n");
	free(s);
	s = sh("cd %s && printf '%%s\\n' %s/src/seed-003.txt /etc/hostname | "
	    "%s --root %s/src -o out - 2>&1 | sed 's|%s|DIR|'; echo $?; "
	    "test ! -e out", dir, dir, BATCH, dir, dir);
	cr_assert_str_eq(s, "pk-batch: <stdin>:2: error: cannot read: "
	    "/etc/hostname: not below --root DIR/src\n0\n", "%s", s);
	free(s);
	s = sh("printf '/etc/hostname\\n' | %s --root %s/src -o %s/out - "
	    "2>/dev/null; echo $?", BATCH, dir, dir);
	cr_assert_str_eq(s, "2\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * An OCR language without Tesseract data (issue 13: `--lang
 * swe+eng+nor` without the nor data was dropped without a word, and
 * the documents said nor was used): given with --lang, a usage error
 * of pk-batch and pk-extract before anything is read or written; of the
 * default languages (TESSDATA_PREFIX holding eng alone), the scanned
 * document fails naming the missing one, and no record claims it.
 * "qqq" is a language no Tesseract has.
 */
Test(batch, missing_ocr_language_is_said_not_dropped, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	s = sh("cd %s && %s --lang eng+qqq -o out %s 2>&1; echo $?; "
	    "test ! -e out && %s --lang eng+qqq %s 2>&1; echo $?", dir, BATCH,
	    SRC("fixtures/minimal.txt"), BIN("pk-extract"),
	    SRC("fixtures/minimal.txt"));
	cr_assert_str_eq(s, "pk-batch: --lang: no Tesseract language data "
	    "for qqq (of eng+qqq): install tesseract-ocr-qqq, or set "
	    "TESSDATA_PREFIX, or leave it out of --lang\n2\n"
	    "pk-extract: --lang: no Tesseract language data for qqq (of "
	    "eng+qqq): install tesseract-ocr-qqq, or set TESSDATA_PREFIX, or "
	    "leave it out of --lang\n2\n");
	free(s);
	/* Languages it has pass, and --ocr never asks for none. */
	free(sh("cd %s && %s -q --lang eng -o out %s && %s --ocr never "
	    "--lang qqq -o out2 %s", dir, BATCH, SRC("fixtures/minimal.txt"),
	    BATCH, SRC("fixtures/minimal.txt")));

	s = sh("d=$(ls -d /usr/share/tesseract-ocr/*/tessdata "
	    "/usr/share/tessdata 2>/dev/null | head -1); test -n \"$d\" || "
	    "{ echo 'no tessdata found'; exit 0; }; mkdir %s/td && "
	    "ln -s $d/eng.traineddata %s/td/ && cd %s && "
	    "TESSDATA_PREFIX=%s/td %s %s 2>&1 >x.txt | sed 's|.*/||'; "
	    "grep -c ocr-lang x.txt || true", dir, dir, dir, dir,
	    BIN("pk-extract"),
	    SRC("fixtures/scan/typewriter-1964-p1.png"));
	if (strcmp(s, "no tessdata found\n") == 0)
		cr_log_warn("no tessdata directory: the default languages' "
		    "case not tried");
	else
		cr_assert_str_eq(s, "typewriter-1964-p1.png: error: OCR failed: "
		    "no Tesseract language data for swe: install "
		    "tesseract-ocr-swe, or set TESSDATA_PREFIX, or leave it "
		    "out of --lang\n0\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * --max-failures N: no document is started once N have failed in this
 * run (as GNU Parallel's --halt); those not tried are not recorded, and
 * the next run takes them (issue 13).  One worker, so that the order is
 * the tree's.
 */
Test(batch, max_failures_stops_starting_documents, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	free(sh("mkdir %s/in && for i in 1 2 3 4; do printf 'x\\377\\n' "
	    ">%s/in/a$i.txt; cp %s %s/in/b$i.txt; done", dir, dir,
	    SRC("fixtures/minimal.txt"), dir));
	s = sh("cd %s && %s -j 1 --max-failures 2 -o out in 2>&1 | sed "
	    "'s/ in [0-9.]* s//'; cut -f1,6 out/manifest.tsv; %s -j 1 "
	    "--max-failures 2 -o out in 2>&1 | sed 's/ in [0-9.]* s//'; "
	    "%s -j 1 -o out in 2>&1 | sed 's/ in [0-9.]* s//'; "
	    "cut -f6 out/manifest.tsv | sort | uniq -c | sed 's/^ *//'", dir,
	    BATCH, BATCH, BATCH);
	cr_assert_str_eq(s, "pk-batch: 8 documents: 0 converted, 0 unchanged, "
	    "2 failed (0 failed before), 0 to review, 0 pages; stopped at 2 "
	    "failed (--max-failures), 6 not tried; report: out/report.html\n"
	    "path\tstatus\na1.txt\trejected\na2.txt\trejected\n"
	    "pk-batch: 8 documents: 0 converted, 0 unchanged, 2 failed "
	    "(2 failed before), 0 to review, 0 pages; stopped at 2 failed "
	    "(--max-failures), 4 not tried; report: out/report.html\n"
	    "4 ok\n4 rejected\n1 status\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * pk-batch --password-file: an encrypted PDF converts; one quarantined
 * for want of a password is tried again when passwords are given,
 * without --retry; a plan's pk-extract gets the file too (issue 13).
 */
Test(batch, password_file_opens_encrypted_pdfs, .timeout = 300)
{
	char	*dir = tmpdir(), *s;

	s = sh("cd %s && mkdir in && cp %s %s in/ && printf 'secret\\n' >pw "
	    "&& { %s -o out in 2>/dev/null; echo $?; } && cut -f1,6 "
	    "out/manifest.tsv && %s --plan --password-file pw -o out in | "
	    "grep -c \"^pk-extract --password-file 'pw' -- 'in/encrypted.pdf'\" "
	    "&& %s --password-file pw -o out in && cut -f1,6 out/manifest.tsv",
	    dir, SRC("fixtures/extract/encrypted.pdf"),
	    SRC("fixtures/minimal.txt"), BATCH, BATCH, BATCH);
	cr_assert_str_eq(s, "1\npath\tstatus\nencrypted.pdf\trejected\n"
	    "minimal.txt\tok\n1\npath\tstatus\nencrypted.pdf\tok\n"
	    "minimal.txt\tok\n");
	free(s);
	free(sh("rm -rf %s", dir));
	free(dir);
}

/*
 * A PDF portfolio (fixtures/make.sh: seed 003 as DOCX and seed 000 as
 * ODT embedded behind a cover page, and a page image): each document a
 * row and outputs of its own, named FILE#NAME; the cover is none
 * (issue 14).
 */
Test(batch, portfolio_documents_each_converted_as_their_own, .timeout = 120)
{
	char	*d = tmpdir(), *s;

	s = sh("%s -q -f html -o %s/out %s/fixtures/extract/portfolio.pdf "
	    "&& cut -f1,6 %s/out/manifest.tsv | tail -n +2 | sort", BATCH, d,
	    PK_SRCDIR, d);
	cr_assert_str_eq(s, "portfolio.pdf#protokoll-000.odt\tok\n"
	    "portfolio.pdf#protokoll-003.docx\tok\n");
	free(s);
	s = sh("cd %s/out && ls 'portfolio.pdf#protokoll-003.docx.xml' "
	    "'portfolio.pdf#protokoll-000.odt.html' && ! ls portfolio.pdf.xml "
	    "2>/dev/null && grep -o 'Ledning av dagens möte\\|<item n=\"8\"' "
	    "'portfolio.pdf#protokoll-003.docx.xml'", d);
	/* Seed 003's first item's title, and its item 8. */
	cr_assert_not_null(strstr(s, "Ledning av dagens möte\n"), "%s", s);
	cr_assert_not_null(strstr(s, "<item n=\"8\""), "%s", s);
	free(s);
	free(sh("rm -rf %s", d));
	free(d);
}
