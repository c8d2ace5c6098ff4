/* The package agents' configuration: "key = value" lines, and options of the same names. */
#include <stddef.h>
#include <string.h>

#include "io.h"
#include "packconf.h"

/* The keys, which are pk-pack's long options too, and their fields. */
static const struct {
	const char	*key;
	size_t		 off;
} keys[] = {
	{ "agreement",		offsetof(struct pk_pack_agents, agreement) },
	{ "archivist",		offsetof(struct pk_pack_agents, archivist) },
	{ "archivist-id",	offsetof(struct pk_pack_agents, archivist_id) },
	{ "contact",		offsetof(struct pk_pack_agents, contact) },
	{ "contact-note",	offsetof(struct pk_pack_agents, contact_note) },
	{ "preservation",	offsetof(struct pk_pack_agents, preservation) },
	{ "reference-code",	offsetof(struct pk_pack_agents, refcode) },
	{ "submitter",		offsetof(struct pk_pack_agents, submitter) },
	{ "submitter-id",	offsetof(struct pk_pack_agents, submitter_id) },
};
#define NKEYS	(sizeof(keys) / sizeof(keys[0]))

static const char **
field(struct pk_pack_agents *a, size_t k)
{
	return (const char **)(void *)((char *)a + keys[k].off);
}

int
pk_pack_conf_set(struct pk_pack_agents *a, const char *key,
    const char *value)
{
	for (size_t k = 0; k < NKEYS; k++)
		if (strcmp(keys[k].key, key) == 0) {
			*field(a, k) = value;
			return 0;
		}
	return -1;
}

void
pk_pack_conf_merge(struct pk_pack_agents *dst,
    const struct pk_pack_agents *src)
{
	for (size_t k = 0; k < NKEYS; k++)
		if (*field((struct pk_pack_agents *)src, k) != NULL)
			*field(dst, k) = *field((struct pk_pack_agents *)src,
			    k);
}

static char *
trim(char *s, char *end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
	    end[-1] == '\r'))
		end--;
	*end = '\0';
	return s;
}

int
pk_pack_conf_read(const char *path, struct pk_pack_agents *a,
    struct pk_buf *keep, struct pk_diag *d)
{
	char	*line, *next, *eq, *key, *end;
	long	 lineno = 0;

	if (pk_io_read(path, (size_t)1 << 20, keep, d) == -1)
		return -1;
	if (keep->data == NULL)
		return 0;
	for (line = keep->data; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		end = line + strlen(line);
		key = trim(line, end);
		if (*key == '\0' || *key == '#')
			continue;
		if ((eq = strchr(key, '=')) == NULL) {
			pk_diag_at(d, PK_E_CONFIG, path, lineno,
			    "expected key = value");
			return -1;
		}
		end = eq;
		*eq++ = '\0';
		key = trim(key, end);
		eq = trim(eq, eq + strlen(eq));
		if (pk_pack_conf_set(a, key, *eq != '\0' ? eq : NULL) == -1) {
			pk_diag_at(d, PK_E_CONFIG, path, lineno,
			    "unknown key: %s", key);
			return -1;
		}
	}
	return 0;
}
