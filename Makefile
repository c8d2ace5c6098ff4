# protokoll: meeting minutes to validated XML and archive formats.
.SUFFIXES:

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
DATADIR	?= $(PREFIX)/share/protokoll
MANDIR	?= $(PREFIX)/share/man
CC	?= cc
SAN	?=

PKGS	 = libxml-2.0 libxslt libexslt libpcre2-8 libutf8proc nettle
PC_CFLAGS != pkg-config --cflags $(PKGS)
PC_LIBS   != pkg-config --libs $(PKGS)
# Debian's MuPDF is a static library: its own dependencies come along,
# linked statically too (Debian ships their .a): each shared library a
# program loads costs every run its symbol lookups, and pk-extract is
# run once a document (docs/benchmarks.md).
MUPDF_LIBS = -lmupdf -lmupdf-third -Wl,-Bstatic -lmujs -lgumbo -lopenjp2 \
	     -ljbig2dec -ljpeg -lfreetype -lpng16 -lbrotlidec -lbrotlicommon \
	     -Wl,-Bdynamic -lz -lm
# OCR: Tesseract's C API, loaded when a page needs it (pipeline/ocr.c).
OCR_CFLAGS != pkg-config --cflags tesseract
CRIT_LIBS != pkg-config --libs criterion
# libzip is loaded when a container needs it (pipeline/zipin.c); the
# tests that build containers link it.
ZIP_LIBS != pkg-config --libs libzip

OPT	 = -O2 -g
CFLAGS	+= -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	   -Wall -Wextra -Werror $(OPT) $(PC_CFLAGS) $(OCR_CFLAGS) \
	   -DPK_DATADIR=\"$(DATADIR)\"
LDLIBS	+= -Wl,--as-needed $(PC_LIBS) $(MUPDF_LIBS) -ldl -lpthread

# Sanitizers: make BUILD=build-san SAN=address,undefined check
BUILD	 = build
SANFLAGS = $(SAN:%=-fsanitize=%) $(SAN:%=-fno-omit-frame-pointer) \
	   $(SAN:%=-fno-sanitize-recover=all)
-include config.mk

LIB_SRC	 = pipeline/batch.c pipeline/batchembed.c pipeline/batchjob.c \
	   pipeline/batchpack.c pipeline/buf.c \
	   pipeline/chain.c pipeline/choice.c pipeline/cld2.c \
	   pipeline/datadir.c pipeline/diag.c pipeline/digest.c \
	   pipeline/docx.c pipeline/extract.c pipeline/frontlines.c \
	   pipeline/furniture.c pipeline/inline.c pipeline/io.c \
	   pipeline/langid.c pipeline/lazylib.c pipeline/manifest.c \
	   pipeline/normalize.c pipeline/ocr.c pipeline/ocrlang.c \
	   pipeline/ocrlost.c pipeline/ocrmargin.c pipeline/ocrpool.c pipeline/ocrtype.c \
	   pipeline/odt.c \
	   pipeline/ooxml.c \
	   pipeline/pack.c pipeline/packconf.c pipeline/packmets.c \
	   pipeline/packtree.c \
	   pipeline/packpremis.c pipeline/packverify.c pipeline/packzip.c \
	   pipeline/officers.c pipeline/pagedout.c pipeline/parties.c pipeline/pdf.c \
	   pipeline/pdfembed.c pipeline/pdflayer.c pipeline/pdfocr.c \
	   pipeline/match.c pipeline/matchmemo.c pipeline/plain.c \
	   pipeline/report.c \
	   pipeline/rules.c pipeline/segment.c pipeline/segrules.c \
	   pipeline/summary.c pipeline/tablenest.c \
	   pipeline/text.c pipeline/transform.c pipeline/validate.c \
	   pipeline/votes.c pipeline/walk.c pipeline/xmlin.c \
	   pipeline/xmlout.c pipeline/zipin.c
LIB_SRC	+= pipeline/heap.c
LIB_SRC	+= pipeline/pdftable.c
LIB_SRC	+= pipeline/glyphcount.c
LIB_SRC	+= pipeline/pdfahead.c
LIB_SRC	+= pipeline/signers.c
LIB_SRC	+= pipeline/pdfcolumns.c
LIB_SRC	+= pipeline/pdforder.c
LIB_SRC	+= pipeline/pdfprep.c
LIB_SRC	+= pipeline/pdflist.c
LIB_SRC	+= pipeline/listmark.c
LIB_SRC	+= pipeline/pdfwords.c
LIB_SRC	+= pipeline/segitems.c
LIB_SRC	+= pipeline/seggaps.c
LIB_SRC	+= pipeline/segemit.c
LIB_SRC	+= pipeline/review.c
LIB_SRC	+= pipeline/odtgrid.c
LIB_SRC	+= pipeline/pdfsplit.c
LIB_SRC	+= pipeline/idle.c
LIB_OBJ	 = $(LIB_SRC:pipeline/%.c=$(BUILD)/obj/%.o)
CLI_OBJ	 = $(BUILD)/obj/cli.o
PROGS	 = pk-extract pk-segment pk-validate pk-transform pk-batch
PROGS	+= pk-pack
BINS	 = $(PROGS:%=$(BUILD)/%)
TESTS	 = test_segment test_layouts test_corpus test_lost test_golden \
	   test_cli test_bad test_validate test_units test_formats \
	   test_extract test_extract_bad test_docx test_browser test_batch \
	   test_ocr test_langid test_lang_nb test_lang_da test_lang_de \
	   test_lang_en test_families test_hostile
TESTS	+= test_pack
TESTS	+= test_idle
TESTS	+= test_heap
TEST_BINS = $(TESTS:%=$(BUILD)/tests/%)
MANS	 = man/pk-batch.1 man/pk-extract.1 man/pk-segment.1 \
	   man/pk-validate.1 man/pk-transform.1 man/pk-rules.5
MANS	+= man/pk-pack.1

all: $(BINS)

# The data directory is compiled in: rebuild when PREFIX or DATADIR change.
$(BUILD)/datadir.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(DATADIR)' > $@.new
	@cmp -s $@.new $@ 2>/dev/null && rm -f $@.new || mv $@.new $@

$(BUILD)/obj/datadir.o: $(BUILD)/datadir.stamp

$(BUILD)/obj/%.o: pipeline/%.c pipeline/*.h
	@mkdir -p $(BUILD)/obj
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) $(SANFLAGS) -c -o $@ $<

$(BUILD)/obj/cli.o: cmd/cli.c cmd/cli.h pipeline/*.h
	@mkdir -p $(BUILD)/obj
	@echo "  CC      cmd/cli.c"
	@$(CC) $(CFLAGS) $(SANFLAGS) -c -o $@ cmd/cli.c

$(BUILD)/libprotokoll.a: $(LIB_OBJ)
	@rm -f $@
	@echo "  AR      $@"
	@ar rcs $@ $(LIB_OBJ)

$(BUILD)/pk-%: cmd/pk-%.c $(CLI_OBJ) $(BUILD)/libprotokoll.a
	@echo "  CCLD    $@"
	@$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $< $(CLI_OBJ) \
	    $(BUILD)/libprotokoll.a $(LDLIBS)

# pk-extract is run once a file, and a shared library costs every run
# its relocations (page faults, symbol lookups): libxml2 with ICU and
# libstdc++ alone cost 1.2 ms of a 5 ms DOCX. Its libraries are linked
# statically; ICU's data makes the program 30 MB larger, paged in only
# where used (docs/benchmarks.md); libgcc too, one library fewer to
# map. libzip and Tesseract stay loaded on demand.
EXTRACT_LIBS = -Wl,--as-needed -Wl,-Bstatic -lxml2 -licuuc -licudata \
	       -llzma -lpcre2-8 -lutf8proc -lnettle -lmupdf -lmupdf-third -lmujs \
	       -lgumbo -lopenjp2 -ljbig2dec -ljpeg -lfreetype -lpng16 \
	       -lbrotlidec -lbrotlicommon -lz -lstdc++ -Wl,-Bdynamic -lm \
	       -ldl -lpthread
$(BUILD)/pk-extract: cmd/pk-extract.c $(CLI_OBJ) $(BUILD)/libprotokoll.a
	@echo "  CCLD    $@"
	@$(CC) $(CFLAGS) $(SANFLAGS) -static-libgcc -o $@ $< $(CLI_OBJ) \
	    $(BUILD)/libprotokoll.a $(EXTRACT_LIBS)

# pk-segment and pk-validate run once a document in the operator's pipe
# too (pk-extract | pk-segment | pk-validate | pk-transform), and their
# libraries are linked statically for the same reason: 4 ms of
# pk-segment's 39 on a 79-page document (docs/benchmarks.md).
# pk-transform is not: Debian ships no static libxslt, and the shared
# one brings the shared libxml2 with it.
STATIC_XML_LIBS = -Wl,--as-needed -Wl,-Bstatic -lxml2 -licuuc -licudata \
		  -llzma -lpcre2-8 -lutf8proc -lnettle -lz -lstdc++ \
		  -Wl,-Bdynamic -lm -ldl -lpthread
$(BUILD)/pk-segment $(BUILD)/pk-validate: $(BUILD)/pk-%: cmd/pk-%.c $(CLI_OBJ) \
    $(BUILD)/libprotokoll.a
	@echo "  CCLD    $@"
	@$(CC) $(CFLAGS) $(SANFLAGS) -static-libgcc -o $@ $< $(CLI_OBJ) \
	    $(BUILD)/libprotokoll.a $(STATIC_XML_LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/*.h $(BUILD)/libprotokoll.a
	@mkdir -p $(BUILD)/tests
	@echo "  CCLD    $@"
	@$(CC) $(CFLAGS) $(SANFLAGS) -DPK_SRCDIR=\"$(CURDIR)\" \
	    -DPK_BUILDDIR=\"$(CURDIR)/$(BUILD)\" -o $@ $< \
	    $(BUILD)/libprotokoll.a $(LDLIBS) $(ZIP_LIBS) $(CRIT_LIBS)

# The fuzz targets, replayed over their seed corpora by `make check`.
FUZZ	 = fuzz_segment fuzz_xml fuzz_rules fuzz_extract fuzz_zip fuzz_docx \
	   fuzz_odt fuzz_image fuzz_model fuzz_manifest
FUZZ_BINS = $(FUZZ:%=$(BUILD)/tests/%)

$(BUILD)/tests/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c \
    tests/fuzz/parts.h tests/unit/zipgen.h $(BUILD)/libprotokoll.a
	@mkdir -p $(BUILD)/tests
	@echo "  CCLD    $@"
	@$(CC) $(CFLAGS) $(SANFLAGS) -DPK_SRCDIR=\"$(CURDIR)\" -o $@ $< \
	    tests/fuzz/replay.c $(BUILD)/libprotokoll.a $(LDLIBS)

tests: $(BINS) $(TEST_BINS) $(FUZZ_BINS)

# Every test; a failing one fails the target.
check: tests lint
	@failed=0; for t in $(TEST_BINS); do \
	    echo "== $$t"; \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    $$t --jobs 2 || failed=1; done; \
	$(BUILD)/tests/fuzz_segment fixtures/*.txt tests/fuzz/regress/segment-* \
	    || failed=1; \
	$(BUILD)/tests/fuzz_xml tests/golden/segment/*.out tests/fuzz/regress/xml-* \
	    || failed=1; \
	$(BUILD)/tests/fuzz_rules rules/*.rules || failed=1; \
	$(BUILD)/tests/fuzz_extract fixtures/extract/* \
	    $(wildcard tests/fuzz/regress/extract-*) || failed=1; \
	$(BUILD)/tests/fuzz_zip fixtures/extract/*.docx \
	    fixtures/extract/*.odt $(wildcard tests/fuzz/regress/zip-*) \
	    || failed=1; \
	$(BUILD)/tests/fuzz_docx tests/fuzz/seeds/docx-* \
	    $(wildcard tests/fuzz/regress/docx-*) || failed=1; \
	$(BUILD)/tests/fuzz_odt tests/fuzz/seeds/odt-* \
	    $(wildcard tests/fuzz/regress/odt-*) || failed=1; \
	$(BUILD)/tests/fuzz_image fixtures/scan/typewriter-1964-p1.png \
	    $(wildcard tests/fuzz/regress/image-*) || failed=1; \
	$(BUILD)/tests/fuzz_model tests/fuzz/seeds/model-* \
	    $(wildcard tests/fuzz/regress/model-*) || failed=1; \
	$(BUILD)/tests/fuzz_manifest tests/fuzz/seeds/manifest-* \
	    $(wildcard tests/fuzz/regress/manifest-*) || failed=1; \
	test $$failed = 0

# Archive formats against their official schemas (needs ../shared).
conformance: $(BINS)
	sh tests/conformance.sh $(BUILD)

# Field scores on ../shared/devset, printed (tests/devset.sh).
devset: $(BINS)
	sh tests/devset.sh $(BUILD)

lint:
	mandoc -Tlint -Wwarning $(MANS)

# Differences between the goldens and what the programs now produce.
golden-diff: $(BINS)
	@for f in tests/golden/segment/*.out; do \
	    n=$$(basename $$f .out); \
	    $(BUILD)/pk-segment fixtures/$$n.txt | diff -u $$f - ; \
	done; \
	for f in tests/golden/transform/*.*; do \
	    b=$$(basename $$f); n=$${b%%.*}; fmt=$${b#*.}; \
	    $(BUILD)/pk-segment fixtures/$$n.txt | \
	    $(BUILD)/pk-transform -f $$fmt | diff -u $$f - ; \
	done; \
	for f in tests/golden/corpus/*.xml; do \
	    n=$$(basename $$f .xml); \
	    for p in ../shared/corpus/minutes/$$n.pdf \
	        ../shared/corpus/minutes/$$n.docx \
	        ../shared/corpus/minutes/$$n.odt; do \
	        test -f $$p && break; \
	    done; \
	    test -f $$p || continue; \
	    $(BUILD)/pk-extract -j 2 $$p | $(BUILD)/pk-segment -q | \
	    diff -u $$f - ; \
	done; true

# Convert the bundled fixtures; the results go to demo-out/.
demo: $(BINS)
	@mkdir -p demo-out
	@for f in fixtures/*.txt; do \
	    n=$$(basename $$f .txt); \
	    $(BUILD)/pk-segment -o demo-out/$$n.xml $$f && \
	    $(BUILD)/pk-validate -q demo-out/$$n.xml && \
	    $(BUILD)/pk-transform -f html -o demo-out/$$n.html \
	        demo-out/$$n.xml && \
	    echo "demo: $$f -> demo-out/$$n.xml, demo-out/$$n.html" || exit 1; \
	done
	@# From the documents themselves: a PDF, a DOCX, an ODT, and a scan
	@# read by OCR (a few seconds a page).
	@for f in fixtures/extract/seed-000.pdf fixtures/extract/seed-003.docx \
	    fixtures/extract/numbered-003.odt fixtures/scan/typewriter-1964.pdf; do \
	    n=$$(basename $$f | tr . -); \
	    $(BUILD)/pk-extract -j 2 $$f | $(BUILD)/pk-segment | \
	    $(BUILD)/pk-validate -o demo-out/$$n.xml && \
	    $(BUILD)/pk-transform -f html -o demo-out/$$n.html \
	        demo-out/$$n.xml && \
	    echo "demo: $$f -> demo-out/$$n.xml, demo-out/$$n.html" || exit 1; \
	done
	@echo "demo: the results are in $(CURDIR)/demo-out/"

# Two hosts in network namespaces with sshd, a plan across both through
# GNU Parallel (root; iproute2, openssh-server, parallel).  Not in check.
dist-test: $(BINS)
	sh tests/dist/two-hosts.sh

# The end-to-end runs under valgrind's memcheck (tests/valgrind.sh).
# Not in check: it takes minutes.
valgrind: $(BINS)
	sh tests/valgrind.sh $(BUILD)

bench: $(BINS) $(BUILD)/tests/test_ocr
	sh bench/run.sh $(BUILD) $(BENCH)

fuzz:
	sh tests/fuzz/build.sh

# Each fuzz target for FUZZ_TIME seconds (600), one at a time, niced;
# logs in /tmp/fuzz-NAME.log (tests/fuzz/run.sh).  Not in check.
FUZZ_TIME = 600
fuzz-run: fuzz
	FUZZ_TIME=$(FUZZ_TIME) sh tests/fuzz/run.sh $(FUZZ_TARGETS)

install: all
	@mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)/rules \
	    $(DESTDIR)$(DATADIR)/schemas $(DESTDIR)$(DATADIR)/xslt
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp rules/*.rules rules/*.vocab $(DESTDIR)$(DATADIR)/rules/
	cp schemas/*.xsd $(DESTDIR)$(DATADIR)/schemas/
	cp xslt/*.xsl $(DESTDIR)$(DATADIR)/xslt/
	mkdir -p $(DESTDIR)$(DATADIR)/xslt/lib
	cp xslt/lib/*.xsl $(DESTDIR)$(DATADIR)/xslt/lib/
	cp man/*.1 $(DESTDIR)$(MANDIR)/man1/
	cp man/*.5 $(DESTDIR)$(MANDIR)/man5/

uninstall:
	cd $(DESTDIR)$(BINDIR) && rm -f $(PROGS)
	rm -rf $(DESTDIR)$(DATADIR)
	cd $(DESTDIR)$(MANDIR)/man1 && rm -f $(PROGS:%=%.1)
	rm -f $(DESTDIR)$(MANDIR)/man5/pk-rules.5

clean:
	rm -rf build build-san demo-out

.PHONY: all tests check conformance devset lint golden-diff demo bench \
	dist-test fuzz fuzz-run valgrind install uninstall clean FORCE
