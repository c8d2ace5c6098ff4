#!/bin/sh
# Disk full: OUTDIR on a 256 KB tmpfs, then the same tmpfs grown.
# Runs in a mount namespace of its own (unshare), so nothing outlives it.
# usage: diskfull.sh PK-BATCH SRCDIR REFDIR WORKDIR
set -u
batch=$1 src=$2 ref=$3 work=$4
out=$work/out
mkdir -p "$out"
mount -t tmpfs -o size=256k tmpfs "$out" || { echo "cannot mount"; exit 1; }
"$batch" -j 2 -f html,tei -o "$out" "$src" 2>"$work/err1"
echo "first=$?"
# What is there is whole: each output the same as the reference's.
(cd "$out" && find . -path ./.pk-tmp -prune -o -type f ! -name manifest.tsv \
    ! -name report.html -print | while read -r f; do
	cmp -s "$f" "$ref/$f" || echo "partial: $f"; done)
mount -o remount,size=64m "$out"
"$batch" -j 2 -f html,tei -o "$out" "$src" 2>"$work/err2"
echo "second=$?"
if diff -r -x .pk-tmp -x report.html -x manifest.tsv "$ref" "$out" \
    >"$work/diff" 2>&1; then
	echo same
else
	# What differs, and the manifests, for whoever reads the failure.
	cat "$work/diff"
	cp "$out/manifest.tsv" "$work/manifest-out.tsv"
fi
umount "$out"
