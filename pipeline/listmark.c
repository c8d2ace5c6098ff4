/* List entries: where a line's marker ends. */
#include <string.h>

#include "listmark.h"

/*
 * A list line: "- text", "• text", a lone "-" or "•", or "12. text".  Returns
 * the offset of the text after the marker, or -1; *ordered is set.
 */
long
pk_list_marker(const char *s, size_t len, int *ordered)
{
	size_t	 i = 0, j;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	*ordered = 0;
	if (i < len && s[i] == '-') {
		if (i + 1 == len)
			return (long)len;
		if (s[i + 1] == ' ' || s[i + 1] == '\t') {
			for (j = i + 1; j < len && s[j] == ' '; j++)
				;
			return (long)j;
		}
		return -1;
	}
	if (len - i >= 3 && memcmp(s + i, "\xe2\x80\xa2", 3) == 0 &&
	    (len - i == 3 || s[i + 3] == ' '))
		return (long)(len - i == 3 ? len : i + 4);
	for (j = i; j < len && j - i < 3 && s[j] >= '0' && s[j] <= '9'; j++)
		;
	if (j > i && j + 1 < len && (s[j] == '.' || s[j] == ')') &&
	    s[j + 1] == ' ') {
		*ordered = 1;
		return (long)i;		/* the number is content: keep it */
	}
	return -1;
}
