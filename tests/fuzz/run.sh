#!/bin/sh
# Run each fuzz target named (all of them by default) for FUZZ_TIME
# seconds, one after another: the machine is shared, so one fuzzer at a
# time, niced.  Logs go to ${FUZZ_LOG:-/tmp}/fuzz-NAME.log; a crash
# leaves build-fuzz/crash-NAME-* to be added to tests/fuzz/regress/.
set -eu
cd "$(dirname "$0")/../.."
time=${FUZZ_TIME:-600}
logdir=${FUZZ_LOG:-/tmp}
targets=${*:-"segment xml rules extract zip docx odt image model manifest"}
status=0
for t in $targets; do
	test -x build-fuzz/fuzz_$t || { echo "fuzz-run: build-fuzz/fuzz_$t:" \
	    "not built (make fuzz)" >&2; status=1; continue; }
	mkdir -p build-fuzz/corpus-$t
	echo "fuzz-run: $t for ${time}s, log $logdir/fuzz-$t.log"
	nice -n 15 build-fuzz/fuzz_$t build-fuzz/corpus-$t \
	    -max_total_time="$time" -max_len=65536 -rss_limit_mb=1536 \
	    -timeout=30 -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/crash-$t- \
	    >"$logdir/fuzz-$t.log" 2>&1 || { status=1
		echo "fuzz-run: $t failed, see $logdir/fuzz-$t.log" >&2; }
	tail -n 12 "$logdir/fuzz-$t.log" | grep -E '^(stat::|#[0-9]+.*DONE|Done)' || true
done
exit $status
