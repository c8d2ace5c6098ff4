#!/usr/bin/env python3
"""Words and word order of pk-extract against pdftotext (issue 14).

For each born-digital PDF given (a name ending in _scan or _ocr is left
out: its words are OCR's), prints the share of pdftotext's words that
pk-extract's text has too (multiset), and the in-order agreement: the
longest common subsequence of the two word lists over pdftotext's word
count.  Words are compared without the paged text's markup (front
matter, %%fw labels, ** and *, bullets, TABs) and without the
punctuation around them, so that only the letters and their order count.

usage: tests/wordcheck.py BUILD_DIR PDF...
"""
import collections
import re
import subprocess
import sys
import unicodedata

PUNCT = re.compile(r"^[^\w§%]+|[^\w§%]+$")


def norm(text):
    out = []
    # A soft hyphen inside a line is a printed one (docs/extraction.md).
    text = text.replace("\u00ad", "-")
    for w in unicodedata.normalize("NFC", text).split():
        w = PUNCT.sub("", w)
        if w:
            out.append(w)
    return out


def paged_words(text):
    lines = text.split("\n")
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    keep = []
    for ln in lines:
        ln = ln.lstrip("\f")
        if ln.startswith("%%fw "):
            ln = ln.split(":", 1)[1] if ":" in ln else ""
        ln = ln.replace("\\*", "\x00").replace("*", "").replace("\x00", "*")
        ln = ln.replace("\u2022", " ").replace("\t", " ").replace("\f", " ")
        keep.append(ln)
    return norm("\n".join(keep))


def ref_words(text):
    """pdftotext's words, less the bullet glyphs it gives as letters
    (Symbol's U+F0A7 and kin, Courier's "o") that pk-extract makes "•"."""
    lines = [re.sub(r"^\s*([\uf000-\uf0ff]|o(?= ))\s*", "", ln)
             for ln in text.split("\n")]
    return norm("\n".join(lines))


def lcs(a, b):
    """Length of the longest common subsequence (bit-parallel, Hyyrö)."""
    masks = collections.defaultdict(int)
    for i, w in enumerate(a):
        masks[w] |= 1 << i
    v = (1 << len(a)) - 1
    full = v
    for w in b:
        u = v & masks.get(w, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def main():
    build, pdfs = sys.argv[1], sys.argv[2:]
    worst_w, worst_o = 1.0, 1.0
    for pdf in pdfs:
        name = pdf.rsplit("/", 1)[-1]
        if re.search(r"_(scan|ocr)[._]", name + "."):
            continue
        ref = ref_words(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                                  capture_output=True, text=True).stdout)
        ours = paged_words(subprocess.run(
            [build + "/pk-extract", "--ocr", "never", pdf],
            capture_output=True, text=True).stdout)
        common = sum((collections.Counter(ref) &
                      collections.Counter(ours)).values())
        words = common / max(len(ref), 1)
        order = lcs(ref, ours) / max(len(ref), 1)
        worst_w, worst_o = min(worst_w, words), min(worst_o, order)
        print("%-55s words %6.2f%%  order %6.2f%%  (%d words)" %
              (name, 100 * words, 100 * order, len(ref)))
    print("lowest: words %.2f%%, order %.2f%%" % (100 * worst_w,
                                                 100 * worst_o))


main()
