#!/bin/sh
# make valgrind: the end-to-end runs of the tests (every extraction
# fixture through pk-extract, pk-segment, pk-validate and each bundled
# format of pk-transform; bad input; a pk-batch run with its workers)
# under memcheck.  Any memory error or definite leak fails; not in
# `make check` (minutes, not seconds).  Usage: sh tests/valgrind.sh BUILD
set -u
build=${1:-build}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d /tmp/pk-valgrind-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
log=$tmp/log
vg="valgrind -q --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --log-file=$tmp/vg.%p"
runs=0 failed=0

# cmd ...: run under memcheck; the program's own exit status may be
# anything but memcheck's 99.
check() {
	runs=$((runs + 1))
	"$@" >"$tmp/out" 2>>"$log"
	if [ $? -eq 99 ]; then
		failed=$((failed + 1))
		echo "valgrind: memcheck errors: $*" >&2
	fi
}

for f in fixtures/extract/*; do
	n=$(basename "$f")
	check $vg "$build/pk-extract" --ocr never -o "$tmp/$n.txt" "$f"
	[ -s "$tmp/$n.txt" ] || continue
	check $vg "$build/pk-segment" -o "$tmp/$n.xml" "$tmp/$n.txt"
done
for f in fixtures/*.txt; do
	n=$(basename "$f")
	check $vg "$build/pk-segment" -o "$tmp/$n.xml" "$f"
done
for x in "$tmp"/*.xml; do
	check $vg "$build/pk-validate" -q "$x"
done
for x in "$tmp/minimal.txt.xml" "$tmp/seed-003.docx.xml" \
    "$tmp/seed-000.pdf.xml"; do
	check $vg "$build/pk-transform" -f akn,dc,ead,erms,html,tei,text \
	    -o "$tmp/t" "$x"
done
# Bad input: said and refused, no error on the way.
printf '%%PDF-1.4\nxx' >"$tmp/bad.pdf"
printf 'PK\003\004junk' >"$tmp/bad.docx"
printf '<minutes xmlns="urn:protokoll:minutes:1"><x/>' >"$tmp/bad.xml"
check $vg "$build/pk-extract" "$tmp/bad.pdf"
check $vg "$build/pk-extract" "$tmp/bad.docx"
check $vg "$build/pk-validate" "$tmp/bad.xml"
check $vg "$build/pk-segment" "$tmp/bad.xml"
# A batch: the scheduler and its forked workers.
mkdir "$tmp/in"
cp fixtures/minimal.txt fixtures/extract/seed-000.odt \
    fixtures/extract/seed-003.docx fixtures/extract/seed-000.pdf \
    "$tmp/bad.pdf" "$tmp/in/"
check $vg --trace-children=yes "$build/pk-batch" -q -j 2 -f html,tei \
    --timeout 600 --cpu 600 --memory 8192 -o "$tmp/out" "$tmp/in"
if [ $failed -ne 0 ]; then
	cat "$tmp"/vg.* >&2
	echo "valgrind: $failed of $runs runs with memcheck errors" >&2
	exit 1
fi
echo "valgrind: $runs runs, memcheck clean"
