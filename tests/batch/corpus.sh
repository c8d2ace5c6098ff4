#!/bin/sh
# A batch test corpus: N documents in a tree of years, copies of the
# fixtures in every format, with every tenth one broken (named bad-*).
# usage: corpus.sh SRCDIR OUTDIR N
# A process a document (its cp) and none to pick it: spawning them was
# what a 300-document corpus cost (5 s of a busy machine's time).
set -eu
src=$1 out=$2 n=$3
set -- fixtures/seed-000.txt fixtures/seed-003.txt fixtures/minimal.txt \
    fixtures/extract/seed-000.pdf fixtures/extract/seed-003.pdf \
    fixtures/extract/seed-000.docx fixtures/extract/seed-003.docx \
    fixtures/extract/seed-000.odt fixtures/extract/seed-003.odt \
    fixtures/extract/columns-003.pdf fixtures/extract/hyphens-003.pdf \
    fixtures/extract/numbered-003.docx fixtures/extract/numbered-003.odt \
    fixtures/extract/owner-only.pdf
ngood=$#
f=
i=0
while [ "$i" -lt "$n" ]; do
	dir="$out/$((1990 + i % 7))/$((i % 3))"
	[ -d "$dir" ] || mkdir -p "$dir"
	if [ $((i % 10)) -eq 9 ]; then
		case $((i / 10 % 5)) in
		0) head -c 3000 "$src/fixtures/extract/seed-000.pdf" \
		       >"$dir/bad-$i-truncated.pdf" ;;
		1) head -c 4096 /dev/urandom >"$dir/bad-$i-noise.pdf" ;;
		2) : >"$dir/bad-$i-empty.docx" ;;
		3) printf 'Protokoll\n\377\376 not UTF-8\n' >"$dir/bad-$i-latin.txt" ;;
		4) cp "$src/fixtures/extract/encrypted.pdf" \
		       "$dir/bad-$i-encrypted.pdf" ;;
		esac
	else
		eval "f=\${$((i % ngood + 1))}"
		cp "$src/$f" "$dir/$i-${f##*/}"
	fi
	i=$((i + 1))
done
