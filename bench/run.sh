#!/bin/sh
# bench: throughput and peak memory of pk-segment, pk-validate and
# pk-transform on a corpus made by repeating and varying the fixtures,
# beside xmllint and xsltproc doing the same validation and transform.
# usage: sh bench/run.sh [builddir [section...]]   (BENCH_DOCS=1000 by default)
# sections: segment extract batch ocr chain (all by default)
set -eu
cd "$(dirname "$0")/.."
B=${1:-build}
[ $# -gt 0 ] && shift
SECTIONS=" ${*:-segment extract batch ocr chain} "
N=${BENCH_DOCS:-1000}
W=$(mktemp -d "${TMPDIR:-/tmp}/pk-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM
now() { date +%s.%N; }
rate() {	# label seconds bytes
	awk -v l="$1" -v s="$2" -v b="$3" -v n="$N" 'BEGIN {
		printf "%-34s %8.2f s %9.1f docs/s %8.2f MB/s\n", l, s,
		    n / s, b / s / 1e6 }'
}
peak() {	# peak resident KiB of one run, where GNU time is installed
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
	else
		echo "n/a (install the time package)"
	fi
}
xrate() {	# label seconds units unit-name
	awk -v l="$1" -v s="$2" -v n="$3" -v u="$4" 'BEGIN {
		printf "%-34s %8.2f s %9.1f %s/s\n", l, s, n / s, u }'
}
loop() {	# rounds command... (each of $files appended in turn)
	r=$1
	shift
	j=0
	while [ $j -lt "$r" ]; do
		for f in $files; do "$@" "$f" >/dev/null 2>&1; done
		j=$((j + 1))
	done
}
timed() {	# label rounds units-a-round unit command...
	l=$1 r=$2 n=$(($2 * $3)) u=$4
	shift 4
	t0=$(now)
	loop "$r" "$@"
	t1=$(now)
	xrate "$l" "$(echo "$t1 - $t0" | bc)" "$n" "$u"
}
many() {	# label rounds units-a-round unit: pk-extract -d, all of $files
	d=$(mktemp -d)
	t0=$(now)
	j=0
	while [ $j -lt "$2" ]; do
		# shellcheck disable=SC2086
		"$B/pk-extract" -d "$d" $files >/dev/null 2>&1 || true
		j=$((j + 1))
	done
	t1=$(now)
	rm -rf "$d"
	xrate "$1" "$(echo "$t1 - $t0" | bc)" "$(($2 * $3))" "$4"
}
want() {	# section: asked for?
	case $SECTIONS in *" $1 "*) return 0 ;; esac
	return 1
}

if want segment; then
mkdir -p "$W/in" "$W/xml" "$W/out"

# The corpus: both fixtures in turn, dates, numbers and case numbers
# varied, and some paragraphs repeated, so no two documents are alike.
i=0
while [ $i -lt "$N" ]; do
	src=fixtures/seed-000.txt
	[ $((i % 2)) -eq 1 ] && src=fixtures/seed-003.txt
	awk -v i="$i" '
	{
		gsub(/2024-04-19/, sprintf("20%02d-%02d-%02d", 10 + i % 14,
		    1 + i % 12, 1 + i % 28))
		gsub(/§22/, "§" (1 + i % 300))
		gsub(/HSF240207/, sprintf("HSF%06d", i))
		print
		if ($0 ~ /^(Beredningen|Dialog|Catharina berättar)/)
			for (k = 0; k < i % 4; k++)
				print "\n" $0
	}' "$src" > "$W/in/$i.txt"
	i=$((i + 1))
done
bytes=$(cat "$W"/in/*.txt | wc -c)
xbytes=0


echo "corpus: $N documents, $bytes bytes ($W)"
t0=$(now)
for f in "$W"/in/*.txt; do
	n=$(basename "$f" .txt)
	"$B/pk-segment" -q -o "$W/xml/$n.xml" "$f"
done
t1=$(now)
rate "pk-segment (a process a document)" "$(echo "$t1 - $t0" | bc)" "$bytes"
xbytes=$(cat "$W"/xml/*.xml | wc -c)

t0=$(now)
for f in "$W"/xml/*.xml; do "$B/pk-validate" -q "$f"; done
t1=$(now)
rate "pk-validate" "$(echo "$t1 - $t0" | bc)" "$xbytes"
if command -v xmllint >/dev/null; then
	t0=$(now)
	for f in "$W"/xml/*.xml; do
		xmllint --nonet --noout --schema schemas/minutes.xsd "$f" \
		    2>/dev/null
	done
	t1=$(now)
	rate "  xmllint --schema (same checks - rules)" \
	    "$(echo "$t1 - $t0" | bc)" "$xbytes"
fi

t0=$(now)
for f in "$W"/xml/*.xml; do
	"$B/pk-transform" -f html "$f" >/dev/null
done
t1=$(now)
rate "pk-transform -f html" "$(echo "$t1 - $t0" | bc)" "$xbytes"
if command -v xsltproc >/dev/null; then
	t0=$(now)
	for f in "$W"/xml/*.xml; do
		xsltproc --nonet xslt/html.xsl "$f" >/dev/null
	done
	t1=$(now)
	rate "  xsltproc xslt/html.xsl" "$(echo "$t1 - $t0" | bc)" "$xbytes"
fi

# Every format of one document: one pk-transform compiling each
# stylesheet once, against xsltproc run once per stylesheet.
fmts=$(ls xslt/*.xsl | sed 's|xslt/||; s|\.xsl$||' | tr '\n' ',' | sed 's/,$//')
M=${BENCH_MULTI:-100}
t0=$(now)
j=0
while [ $j -lt "$M" ]; do
	"$B/pk-transform" -f "$fmts" -o "$W/out/all" "$W/xml/$((j % N)).xml"
	j=$((j + 1))
done
t1=$(now)
N=$M rate "pk-transform -f $fmts" "$(echo "$t1 - $t0" | bc)" 0
if command -v xsltproc >/dev/null; then
	t0=$(now)
	j=0
	while [ $j -lt "$M" ]; do
		for f in $(echo "$fmts" | tr ',' ' '); do
			xsltproc --nonet "xslt/$f.xsl" "$W/xml/$((j % N)).xml" \
			    >/dev/null
		done
		j=$((j + 1))
	done
	t1=$(now)
	N=$M rate "  xsltproc, once per stylesheet" \
	    "$(echo "$t1 - $t0" | bc)" 0
fi

# Segmentation proper, without a process per document: the whole corpus
# as one document of $N pages.
for f in "$W"/in/*.txt; do
	sed '1,/^---$/{/^---$/!d;/^---$/d}' "$f"
	printf '\f'
done > "$W/all.txt"
allbytes=$(wc -c < "$W/all.txt")
t0=$(now)
"$B/pk-segment" -q -o "$W/all.xml" "$W/all.txt"
t1=$(now)
N=1 rate "pk-segment, corpus as 1 document" "$(echo "$t1 - $t0" | bc)" \
    "$allbytes"
echo "peak memory, one document:   pk-segment $(peak "$B/pk-segment" \
    fixtures/seed-000.txt) KiB, pk-transform $(peak "$B/pk-transform" \
    -f html "$W/xml/0.xml") KiB"
echo "peak memory, whole corpus:   pk-segment $(peak "$B/pk-segment" \
    "$W/all.txt") KiB ($allbytes bytes in)"
fi

if want extract; then
# Extraction: pk-extract against pdftotext and mutool on the same PDFs,
# and against pandoc and docx2txt on the same DOCX files, each file many
# times over: BENCH_EXTRACT rounds (100 by default: 700 pages of PDF)
# for pk-extract, pdftotext and mutool, BENCH_SLOW rounds (20) for
# pandoc and docx2txt, which take 15 to 60 times as long. A run of a
# fraction of a second is mostly this machine's noise.
R=${BENCH_EXTRACT:-100}
RS=${BENCH_SLOW:-20}
pdfs="fixtures/extract/seed-000.pdf fixtures/extract/seed-003.pdf"
docxs="fixtures/extract/seed-000.docx fixtures/extract/seed-003.docx"
ppr=0	# PDF pages a round
for f in $pdfs; do
	p=$("$B/pk-extract" "$f" | sed -n 's/^pages: //p')
	ppr=$((ppr + p))
done
dpr=$(echo $docxs | wc -w)
pages=$((ppr * R))
ndocx=$((dpr * R))
echo "extraction: $pages PDF pages, $ndocx DOCX documents ($((ppr * RS)) and $((dpr * RS)) for the slow tools)"
files=$pdfs
timed "pk-extract (PDF)" "$R" "$ppr" pages "$B/pk-extract"
many "pk-extract -d (PDF, files a run)" "$R" "$ppr" pages
command -v pdftotext >/dev/null &&
    timed "  pdftotext" "$R" "$ppr" pages sh -c 'pdftotext "$0" -'
command -v mutool >/dev/null &&
    timed "  mutool draw -F txt" "$R" "$ppr" pages mutool draw -q -F txt -o -
files=$docxs
timed "pk-extract (DOCX)" "$R" "$dpr" docs "$B/pk-extract"
many "pk-extract -d (DOCX, files a run)" "$R" "$dpr" docs
command -v pandoc >/dev/null &&
    timed "  pandoc -t plain" "$RS" "$dpr" docs pandoc -t plain
command -v docx2txt >/dev/null &&
    timed "  docx2txt" "$RS" "$dpr" docs sh -c 'docx2txt < "$0"'
# The DOCX ratio the target is stated in, from interleaved runs: each
# round times pk-extract over the files ten times, then pandoc once, so
# that both see the same machine (a shared one drifts by a fifth).
if command -v pandoc >/dev/null; then
	tp=0 tq=0 k=0	# (loop uses j)
	while [ $k -lt "$RS" ]; do
		t0=$(now)
		loop 10 "$B/pk-extract"
		t1=$(now)
		loop 1 pandoc -t plain
		t2=$(now)
		tp=$(echo "$tp + $t1 - $t0" | bc)
		tq=$(echo "$tq + $t2 - $t1" | bc)
		k=$((k + 1))
	done
	awk -v p="$tp" -v q="$tq" -v n="$((RS * dpr))" 'BEGIN {
		printf "DOCX, interleaved: pk-extract %.1f docs/s, pandoc " \
		    "%.1f docs/s: %.1fx\n", 10 * n / p, n / q, 10 * q / p }'
fi
echo "peak memory: pk-extract $(peak "$B/pk-extract" \
    fixtures/extract/seed-003.pdf) KiB on a PDF, $(peak "$B/pk-extract" \
    fixtures/extract/seed-003.docx) KiB on a DOCX"
fi

if want batch; then
# pk-batch: documents and pages per second with 1 and 2 workers, and the
# peak memory of a worker, which must not grow with the corpus.
batchrun() {	# ndocs jobs
	d=$(mktemp -d)
	sh tests/batch/corpus.sh . "$d/src" "$1" >/dev/null
	t0=$(now)
	"$B/pk-batch" -q -j "$2" -f html,tei --log "$d/log" -o "$d/out" \
	    "$d/src" 2>/dev/null || true	# 1: the broken tenth
	t1=$(now)
	el=$(echo "$t1 - $t0" | bc)
	pg=$(awk -F'\t' '!/^#/ { p += $7 } END { print p }' "$d/out/manifest.tsv")
	rss=$(sed 's/.*"max_rss_kb":\([0-9]*\).*/\1/' "$d/log" | sort -n | tail -1)
	own=$(sed 's/.*"own_kb":\([0-9-]*\).*/\1/' "$d/log" | sort -n | tail -1)
	printf '%-15s %5d docs %6.1f docs/s %6.1f pages/s  worker peak %s KiB, own %s KiB\n' \
	    "pk-batch -j $2" "$1" "$(echo "$1 / $el" | bc -l)" \
	    "$(echo "$pg / $el" | bc -l)" "$rss" "$own"
	rm -rf "$d"
}
echo "batch (every tenth document broken):"
batchrun 300 1
batchrun 300 2
batchrun 3000 2
fi

if want ocr; then
# OCR: scanned pages per second, pk-extract with one and two threads
# (-j), and pk-batch spreading three scanned documents over two cores;
# beside the tesseract program on the same pages rendered to PNG, where
# it is installed (package tesseract-ocr).
scans="fixtures/scan/typewriter-1964.pdf fixtures/scan/seed-000.pdf
fixtures/scan/seed-003.tiff"
opages=0
for f in $scans; do
	p=$("$B/pk-extract" --ocr never "$f" | sed -n 's/^pages: //p')
	opages=$((opages + p))
done
echo "OCR: $opages scanned pages (300 dpi, --lang auto: swe)"
files=$scans
# With one thread, pages a second a core too (issue 14): the CPU time
# of the run, user and system (GNU time), which the machine's other
# load inflates far less than the time on the clock.
if [ -x /usr/bin/time ]; then
	t0=$(now)
	c=$(/usr/bin/time -f '%U %S' sh -c 'for f; do "$0" -j 1 "$f" \
	    >/dev/null 2>&1; done' "$B/pk-extract" $scans 2>&1 >/dev/null |
	    tail -n 1)
	t1=$(now)
	xrate "pk-extract -j 1" "$(echo "$t1 - $t0" | bc)" "$opages" pages
	echo "$c" | awk -v n="$opages" '{ printf "%-34s %8.2f s %9.2f" \
	    " pages/s a core\n", "  the same, CPU (user+sys)", $1 + $2,
	    n / ($1 + $2) }'
else
	timed "pk-extract -j 1" 1 "$opages" pages "$B/pk-extract" -j 1
fi
# The character error rate of each scan, as test_ocr measures it
# against the text the scan was made from (make bench builds it).
if [ -x "$B/tests/test_ocr" ]; then
	echo "character error rate (test_ocr):"
	cer='typewriter_scan_at_300_dpi|seed_000_scan|seed_003_scan_as_tiff'
	"$B/tests/test_ocr" --verbose --filter "ocr/@($cer)" 2>&1 |
	    sed -n 's/^\[----\] \(.*\): \([0-9]* edits.*\)/  \1: \2/p'
fi
timed "pk-extract -j 2" 1 "$opages" pages "$B/pk-extract" -j 2
d=$(mktemp -d)
t0=$(now)
"$B/pk-batch" -q -j 2 -o "$d/out" $scans 2>/dev/null || true
t1=$(now)
xrate "pk-batch -j 2 (3 documents)" "$(echo "$t1 - $t0" | bc)" "$opages" \
    pages
if command -v tesseract >/dev/null; then
	for f in $scans; do
		mutool draw -q -r 300 -c gray -o "$d/$(basename "$f")-%d.png" \
		    "$f" 2>/dev/null
	done
	files=$(ls "$d"/*.png)
	timed "  tesseract (PNG pages, swe)" 1 "$opages" pages sh -c \
	    'OMP_THREAD_LIMIT=1 tesseract "$0" - -l swe'
fi
rm -rf "$d"
echo "peak memory: pk-extract $(peak "$B/pk-extract" -j 1 \
    fixtures/scan/typewriter-1964.pdf) KiB with one OCR thread, $(peak \
    "$B/pk-extract" -j 2 fixtures/scan/typewriter-1964.pdf) KiB with two"
fi

if want chain; then
# The operator's pipe, pk-extract | pk-segment | pk-validate |
# pk-transform -f html, against pdftotext alone on the same PDF (the
# 79-page benchmark document of ../shared, else a fixture). Rounds
# alternate, the pipe then pdftotext, so both see the machine in the
# same state; the ratio is of the sums, and of the medians of the
# rounds. Then each stage on its own input: CPU time (user+sys, GNU
# time around BENCH_CHAIN runs, one process a run) and peak memory.
R=${BENCH_CHAIN:-30}
F=../shared/bench/kf-79p.pdf
[ -f "$F" ] || F=fixtures/extract/seed-003.pdf
command -v pdftotext >/dev/null || { echo "chain: no pdftotext"; exit 1; }
pipe() {
	"$B/pk-extract" "$F" | "$B/pk-segment" | "$B/pk-validate" |
	    "$B/pk-transform" -f html
}
pipe > "$W/chain.html" 2>/dev/null
k=0
while [ $k -lt "$R" ]; do
	t0=$(now)
	pipe >/dev/null 2>&1
	t1=$(now)
	pdftotext "$F" - >/dev/null 2>&1
	t2=$(now)
	echo "$t0 $t1 $t2"
	k=$((k + 1))
done | awk '{ printf "%.6f %.6f\n", $2 - $1, $3 - $2 }' > "$W/chain.t"
echo "chain: $F, $R rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{ p[NR] = $1; q[NR] = $2; sp += $1; sq += $2 }
function median(a, n,	i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
			t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
		}
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
END {
	mp = median(p, NR); mq = median(q, NR)
	printf "pipe %.1f ms, pdftotext %.1f ms a round (medians %.1f, %.1f)\n",
	    1000 * sp / NR, 1000 * sq / NR, 1000 * mp, 1000 * mq
	printf "pipe / pdftotext: %.2f (sums), %.2f (medians)\n", sp / sq,
	    mp / mq
}' "$W/chain.t"
# Each stage's input, as the pipe hands it on.
"$B/pk-extract" "$F" > "$W/chain.txt" 2>/dev/null
"$B/pk-segment" < "$W/chain.txt" > "$W/chain.xml" 2>/dev/null
cpu() {	# label command... (standard input from $in): CPU ms a run
	if [ ! -x /usr/bin/time ]; then
		printf '%-14s n/a (install the time package)\n' "$1"
		return
	fi
	l=$1
	shift
	c=$(/usr/bin/time -f '%U %S' sh -c 'r=$1 f=$2 k=0
	    shift 2
	    while [ $k -lt "$r" ]; do "$@" < "$f" >/dev/null 2>&1
	    k=$((k + 1)); done' sh "$R" "$in" "$@" 2>&1 >/dev/null |
	    tail -n 1)
	m=$(peak "$@" < "$in")
	echo "$c" | awk -v l="$l" -v r="$R" -v m="$m" '{
		printf "%-14s %6.1f ms CPU (user %.1f, sys %.1f)  peak %s KiB\n",
		    l, 1000 * ($1 + $2) / r, 1000 * $1 / r, 1000 * $2 / r, m }'
}
in=/dev/null
cpu pk-extract "$B/pk-extract" "$F"
in=$W/chain.txt
cpu pk-segment "$B/pk-segment"
in=$W/chain.xml
cpu pk-validate "$B/pk-validate"
cpu pk-transform "$B/pk-transform" -f html
in=/dev/null
cpu "  pdftotext" pdftotext "$F" -
# pk-batch on the same document: copies of it, one worker, HTML beside
# the minutes XML as the pipe makes them.
nb=${BENCH_CHAIN_DOCS:-20}
mkdir -p "$W/bsrc"
k=0
while [ $k -lt "$nb" ]; do
	cp "$F" "$W/bsrc/$k.pdf"
	k=$((k + 1))
done
t0=$(now)
"$B/pk-batch" -q -j 1 -f html -o "$W/bout" "$W/bsrc" 2>/dev/null || true
t1=$(now)
xrate "pk-batch -j 1 -f html ($nb copies)" "$(echo "$t1 - $t0" | bc)" "$nb" \
    docs
# Its CPU time, workers included: what a busy machine does not blur.
if [ -x /usr/bin/time ]; then
	rm -rf "$W/bout"
	/usr/bin/time -f '%U %S' -o "$W/bcpu" "$B/pk-batch" -q -j 1 -f html \
	    -o "$W/bout" "$W/bsrc" 2>/dev/null || true
	tail -n 1 "$W/bcpu" | awk -v n="$nb" '{
		printf "  CPU %.1f ms a document: %.1f docs/s of CPU\n",
		    1000 * ($1 + $2) / n, n / ($1 + $2) }'
fi
fi
