#!/bin/sh
# Build the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/,
# with seed corpora from the fixtures, and say how to run them.
set -eu
cd "$(dirname "$0")/../.."
command -v clang >/dev/null || {
	echo "fuzz: needs clang (apt-get install clang)" >&2
	exit 1
}
make -s BUILD=build-fuzz CC=clang SAN=fuzzer-no-link,address,undefined \
    OPT="-O1 -g" build-fuzz/libprotokoll.a
pc="$(pkg-config --cflags --libs libxml-2.0 libxslt libexslt libpcre2-8 \
    libutf8proc nettle libzip) $(pkg-config --static --libs mupdf) -ldl -lpthread \
    -lharfbuzz -lfreetype"
targets="segment xml rules extract zip docx odt image model manifest"
for t in $targets; do
	mkdir -p build-fuzz/corpus-$t
done
cp fixtures/*.txt tests/fuzz/regress/segment-* build-fuzz/corpus-segment/
cp tests/golden/segment/*.out build-fuzz/corpus-xml/
cp rules/*.rules build-fuzz/corpus-rules/
cp fixtures/extract/* build-fuzz/corpus-extract/
cp fixtures/extract/*.docx fixtures/extract/*.odt build-fuzz/corpus-zip/
cp fixtures/scan/*.png fixtures/scan/typewriter-1964-200dpi.tiff \
    build-fuzz/corpus-image/
cp tests/fuzz/seeds/model-* build-fuzz/corpus-model/
cp tests/fuzz/seeds/manifest-* build-fuzz/corpus-manifest/
# A part's seed: the byte that picks it (its index in the target's
# list), then the part as the fixture has it.
i=0
for p in word/document.xml word/styles.xml word/numbering.xml; do
	{ printf "\\$(printf %o $i)"; unzip -p fixtures/extract/seed-003.docx \
	    $p; } >build-fuzz/corpus-docx/part-$i
	i=$((i + 1))
done
{ printf '\007'; unzip -p fixtures/extract/seed-003.docx docProps/core.xml; } \
    >build-fuzz/corpus-docx/part-7
{ printf '\010'; unzip -p fixtures/extract/seed-003.docx _rels/.rels; } \
    >build-fuzz/corpus-docx/part-8
{ printf '\005'; unzip -p fixtures/extract/seed-003.docx word/footer1.xml; } \
    >build-fuzz/corpus-docx/part-5
i=0
for p in content.xml styles.xml meta.xml META-INF/manifest.xml; do
	{ printf "\\$(printf %o $i)"; unzip -p fixtures/extract/seed-000.odt \
	    $p; } >build-fuzz/corpus-odt/part-$i
	i=$((i + 1))
done
for t in $targets; do
	# shellcheck disable=SC2086
	clang -std=c17 -D_DEFAULT_SOURCE -O1 -g \
	    -fsanitize=fuzzer,address,undefined -DPK_SRCDIR="\"$PWD\"" \
	    -o build-fuzz/fuzz_$t tests/fuzz/fuzz_$t.c \
	    build-fuzz/libprotokoll.a $pc
	echo "fuzz: build-fuzz/fuzz_$t build-fuzz/corpus-$t -max_len=65536"
done
