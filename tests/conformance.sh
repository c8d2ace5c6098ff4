#!/bin/sh
# conformance: every archive format of every fixture (and seed, where
# ../shared has them) validated against the format's official schema,
# offline, through ../shared/conformance's XML catalog.  A missing import
# only warns in libxml2, so any such warning fails the run too.
set -eu
cd "$(dirname "$0")/.."
B=${1:-build}
C=../shared/conformance
if [ ! -f "$C/catalog.xml" ]; then
	echo "conformance: skipped: $C not found (the official schemas are" \
	    "kept there, not in this repository)"
	exit 0
fi
command -v xmllint >/dev/null || {
	echo "conformance: needs xmllint (libxml2-utils)" >&2
	exit 3
}
export XML_CATALOG_FILES="$PWD/$C/catalog.xml"
W=$(mktemp -d "${TMPDIR:-/tmp}/pk-conf.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM

inputs="fixtures/*.txt"
[ -d ../shared/seeds ] && inputs="$inputs ../shared/seeds/*.txt"
# A scan too: what OCR makes of minutes (source/ocr, mended numbers).
"$B/pk-extract" -j 2 -o "$W/typewriter-scan.txt" \
    fixtures/scan/typewriter-1964.pdf
inputs="$inputs $W/typewriter-scan.txt"
schema_of() {
	case $1 in
	dc)	echo "$C/schemas/oai/oai_dc.xsd" ;;
	tei)	echo "$C/schemas/tei/tei_all.xsd" ;;
	akn)	echo "$C/schemas/akn/akomantoso30.xsd" ;;
	ead)	echo "$C/schemas/ead3/ead3.xsd" ;;
	erms)	echo "$C/schemas/cits-erms/ERMS_v3.xsd" ;;
	esac
}
formats=
for f in dc tei akn ead erms; do
	[ -f "xslt/$f.xsl" ] && formats="$formats $f"
done

failed=0
for f in $formats; do
	files=
	for in in $inputs; do
		n=$(basename "$in" .txt)
		out="$W/$n.$f.xml"
		"$B/pk-segment" -q "$in" | "$B/pk-validate" |
		    "$B/pk-transform" -f "$f" -o "$out"
		files="$files $out"
	done
	# One xmllint per format: the schema (tei_all: ~10 s) compiles once.
	# shellcheck disable=SC2086
	if xmllint --nonet --noout --schema "$(schema_of $f)" $files \
	    >"$W/log" 2>&1 &&
	    ! grep -E 'Failed to locate|failed to load external entity' \
	    "$W/log" >/dev/null; then
		echo "conformance: $f: $(grep -c validates "$W/log") documents" \
		    "valid against $(basename "$(schema_of $f)")"
	else
		echo "conformance: $f: FAILED" >&2
		cat "$W/log" >&2
		failed=1
	fi
done
# Packages (pk-pack): the root and each representation's METS against
# METS 1.12.1 with the E-ARK CSIP/SIP extensions, PREMIS against 3.0.
if [ -x "$B/pk-pack" ]; then
	SOURCE_DATE_EPOCH=1700000000 "$B/pk-pack" -q -f html \
	    --archivist "Exempelstads kommun" --submitter "Kommunstyrelsen" \
	    -o "$W/packs" fixtures/extract/seed-000.pdf \
	    fixtures/extract/seed-003.pdf
	# And both as one package (--one): four representations.
	SOURCE_DATE_EPOCH=1700000000 "$B/pk-pack" -q --one seeds \
	    --archivist "Exempelstads kommun" --submitter "Kommunstyrelsen" \
	    -o "$W/packs" fixtures/extract/seed-000.pdf \
	    fixtures/extract/seed-003.pdf
	# shellcheck disable=SC2086
	if xmllint --nonet --noout --schema "$C/drivers/eark-mets.xsd" \
	    "$W"/packs/*/METS.xml "$W"/packs/*/representations/*/METS.xml \
	    >"$W/log" 2>&1 &&
	    xmllint --nonet --noout --schema "$C/schemas/premis/premis.xsd" \
	    "$W"/packs/*/metadata/preservation/premis.xml >>"$W/log" 2>&1 &&
	    ! grep -E 'Failed to locate|failed to load external entity' \
	    "$W/log" >/dev/null; then
		echo "conformance: pack: $(grep -c validates "$W/log") METS" \
		    "and PREMIS documents valid against eark-mets.xsd and" \
		    "premis.xsd"
	else
		echo "conformance: pack: FAILED" >&2
		cat "$W/log" >&2
		failed=1
	fi
fi
exit $failed
