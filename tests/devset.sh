#!/bin/sh
# devset: the chain over ../shared/devset (PDF, DOCX and ODT renditions), scored
# against its ground truth by ../shared/devset/score.  The figures are
# printed, never judged: the devset is for tuning rules to families,
# and `sh setup check` runs this so that every CI log holds them.
set -eu
cd "$(dirname "$0")/.."
B=${1:-build}
D=../shared/devset
if [ ! -x "$D/score" ] || ! command -v python3 >/dev/null; then
	echo "devset: skipped: $D (or python3 for its score) not found"
	exit 0
fi
W="$B/devset"
rm -rf "$W"
mkdir -p "$W/pdf" "$W/docx" "$W/odt"
for f in "$D"/*.pdf "$D"/*.docx "$D"/*.odt; do
	[ -f "$f" ] || continue
	n=$(basename "$f")
	id=${n%.*}
	ext=${n##*.}
	# A document the chain rejects scores 0: its XML is missing.
	if "$B/pk-extract" -q -j 2 "$f" 2>>"$W/errors.log" |
	    "$B/pk-segment" >"$W/$ext/$id.xml.tmp" 2>>"$W/errors.log"; then
		mv "$W/$ext/$id.xml.tmp" "$W/$ext/$id.xml"
	else
		rm -f "$W/$ext/$id.xml.tmp"
		echo "devset: $n: the chain failed (see $W/errors.log)"
	fi
done
echo "devset: PDF renditions"
python3 "$D/score" "$D" "$W/pdf" || true
echo "devset: DOCX renditions"
python3 "$D/score" "$D" "$W/docx" --present || true
echo "devset: ODT renditions"
python3 "$D/score" "$D" "$W/odt" --present || true
