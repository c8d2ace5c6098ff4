/* The patterns that did not match a text, remembered by a matcher. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "matchmemo.h"

/*
 * Texts by a hash of their bytes: the same line comes as a block of
 * one, then as itself, and as a copy of either.  Segmentation goes
 * down the lines and looks a few ahead, so this many records keep what
 * it asks again.
 */
#define SLOTS		1024
/* Longer texts are whole documents or blocks, searched, not re-asked. */
#define MAX_TEXT	2048
/* Patterns known (a profile has a few hundred); more are not kept. */
#define MAX_IDS		512
#define ID_TABLE	(2 * MAX_IDS)
#define WORDS		(2 * MAX_IDS / 64)

struct slot {
	const char	*s;
	size_t		 len;
	unsigned long	 gen;
	char		*copy;
	size_t		 cap;
};

struct pk_match_memo {
	struct slot	*slot;			/* SLOTS */
	uint64_t	*missed;		/* WORDS a slot */
	const void	*re[ID_TABLE];		/* open addressing */
	unsigned short	 id[ID_TABLE];
	unsigned	 nids;
	unsigned long	 gen;
	size_t		 last;			/* the slot asked last */
};

struct pk_match_memo *
pk_match_memo_new(void)
{
	struct pk_match_memo *m;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	m->slot = calloc(SLOTS, sizeof(*m->slot));
	m->missed = calloc((size_t)SLOTS * WORDS, sizeof(*m->missed));
	if (m->slot == NULL || m->missed == NULL) {
		pk_match_memo_free(m);
		return NULL;
	}
	return m;
}

void
pk_match_memo_free(struct pk_match_memo *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	for (i = 0; m->slot != NULL && i < SLOTS; i++)
		free(m->slot[i].copy);
	free(m->slot);
	free(m->missed);
	free(m);
}

/* A hash of the text's bytes, eight at a time. */
static uint64_t
hash_text(const char *s, size_t len)
{
	uint64_t	 h = 0x9e3779b97f4a7c15ULL ^ len, w;
	size_t		 i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s + i, len - i);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 29);
}

struct pk_memo_ref
pk_match_memo_text(struct pk_match_memo *m, const char *s, size_t len)
{
	struct pk_memo_ref	 ref = { 0, 0 };
	struct slot		*sl;
	char			*copy;

	if (m == NULL || len > MAX_TEXT)
		return ref;
	/* The rules of a scope are tried in turn on one text. */
	sl = &m->slot[m->last];
	if (sl->gen != 0 && sl->s == s && sl->len == len &&
	    memcmp(sl->copy, s, len) == 0) {
		ref.slot = m->last;
		ref.gen = sl->gen;
		return ref;
	}
	ref.slot = (size_t)(hash_text(s, len) % SLOTS);
	sl = &m->slot[ref.slot];
	if (sl->gen == 0 || sl->len != len || memcmp(sl->copy, s, len) != 0) {
		if (len + 1 > sl->cap) {
			if ((copy = realloc(sl->copy, len + 1)) == NULL) {
				sl->gen = 0;
				return ref;
			}
			sl->copy = copy;
			sl->cap = len + 1;
		}
		memcpy(sl->copy, s, len);
		sl->len = len;
		sl->gen = ++m->gen;
		memset(&m->missed[ref.slot * WORDS], 0,
		    WORDS * sizeof(*m->missed));
	}
	sl->s = s;
	m->last = ref.slot;
	ref.gen = sl->gen;
	return ref;
}

/* The bit of re (plain or marked), -1 when the table is full. */
static long
bit_of(struct pk_match_memo *m, const void *re, int plain)
{
	size_t	 i = ((uintptr_t)re >> 4) % ID_TABLE;

	while (m->re[i] != NULL && m->re[i] != re)
		i = (i + 1) % ID_TABLE;
	if (m->re[i] == NULL) {
		if (m->nids == MAX_IDS)
			return -1;
		m->re[i] = re;
		m->id[i] = (unsigned short)m->nids++;
	}
	return 2 * (long)m->id[i] + (plain != 0);
}

/* The word of ref's slot holding re's bit, or NULL. */
static uint64_t *
word_of(struct pk_match_memo *m, struct pk_memo_ref ref, const void *re,
    int plain, uint64_t *mask)
{
	long	 b;

	if (m == NULL || ref.gen == 0 || m->slot[ref.slot].gen != ref.gen ||
	    (b = bit_of(m, re, plain)) == -1)
		return NULL;
	*mask = (uint64_t)1 << (b % 64);
	return &m->missed[ref.slot * WORDS + (size_t)b / 64];
}

int
pk_match_memo_missed(struct pk_match_memo *m, struct pk_memo_ref ref,
    const void *re, int plain)
{
	uint64_t	*w, mask;

	return (w = word_of(m, ref, re, plain, &mask)) != NULL &&
	    (*w & mask) != 0;
}

void
pk_match_memo_miss(struct pk_match_memo *m, struct pk_memo_ref ref,
    const void *re, int plain)
{
	uint64_t	*w, mask;

	if ((w = word_of(m, ref, re, plain, &mask)) != NULL)
		*w |= mask;
}
