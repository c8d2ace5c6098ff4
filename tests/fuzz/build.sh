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
mkdir -p build-fuzz/corpus-segment build-fuzz/corpus-xml \
    build-fuzz/corpus-rules build-fuzz/corpus-extract
cp fixtures/*.txt tests/fuzz/regress/segment-* build-fuzz/corpus-segment/
cp tests/golden/segment/*.out build-fuzz/corpus-xml/
cp rules/*.rules build-fuzz/corpus-rules/
cp fixtures/extract/* build-fuzz/corpus-extract/
for t in segment xml rules extract; do
	# shellcheck disable=SC2086
	clang -std=c17 -D_DEFAULT_SOURCE -O1 -g \
	    -fsanitize=fuzzer,address,undefined -DPK_SRCDIR="\"$PWD\"" \
	    -o build-fuzz/fuzz_$t tests/fuzz/fuzz_$t.c \
	    build-fuzz/libprotokoll.a $pc
	echo "fuzz: build-fuzz/fuzz_$t build-fuzz/corpus-$t -max_len=65536"
done
