/*
 * A main for the fuzz targets without libFuzzer: runs the target once
 * on each file named, so that `make check` keeps every target building
 * and passing on its seed corpus.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char *argv[])
{
	int	 i;

	for (i = 1; i < argc; i++) {
		FILE	*fp = fopen(argv[i], "rb");
		uint8_t	*buf = malloc(64 << 20), *exact;
		size_t	 len;

		if (fp == NULL || buf == NULL) {
			perror(argv[i]);
			return 1;
		}
		len = fread(buf, 1, 64 << 20, fp);
		fclose(fp);
		/* Exactly len bytes, so a sanitizer sees any read past them. */
		exact = malloc(len ? len : 1);
		memcpy(exact, buf, len);
		free(buf);
		LLVMFuzzerTestOneInput(exact, len);
		free(exact);
	}
	printf("replay: %d inputs passed\n", argc - 1);
	return 0;
}
