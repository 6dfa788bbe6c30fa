/*
 * da.h — the lexicon engine (src/lexicon): a double-array trie over the UTF-8 bytes of its
 * keys, mapping each key to a 32-bit value (an index into the caller's typed entry table).
 * Built from keys at build time (src/tools/dictc) or at model open (user dictionaries),
 * serialised as two sections of an image (src/core/image.c) and used straight from the
 * mapping. One engine for the segmenter's words, the extraction cue lexicons and the numeral
 * and time lexicons. Reads nothing from zc_doc.
 */
#ifndef ZC_LEXICON_DA_H
#define ZC_LEXICON_DA_H

#include <string.h>

#include "zc_int.h"

/* A trie: node s goes by byte c to t = base[s] + c + 1 when check[t] == s; its terminal
 * slot u = base[s] has check[u] == s and base[u] == -(value + 1). Root is slot 0, so 0 also
 * stands for "no node" in the walks below. The arrays are the caller's (mapped or malloc'd). */
typedef struct zc_da {
    const int32_t *base, *check;
    uint32_t nnodes;      /* slots of both arrays; 0 for an empty trie */
} zc_da;

/* A key for the builder: bytes [s, s+len) and its value (< INT32_MAX). */
typedef struct zc_da_key {
    const char *s;
    uint32_t len;
    uint32_t value;
} zc_da_key;

/* One hit of a common-prefix search: the key is the first `len` bytes of the text. */
typedef struct zc_da_hit {
    uint32_t len;
    uint32_t value;
} zc_da_hit;

/* The order of keys in a trie's build: bytewise, a prefix before its extensions (the order
 * every table's entries are sorted in before their keys are built). */
static inline int zc_da_keycmp(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c)
        return c;
    return alen < blen ? -1 : alen > blen;
}

/* Builds a trie from `n` distinct non-empty keys (sorted here, in place). *base and *check
 * are malloc'd, of *nnodes items each (free both). ZC_ENOMEM, or ZC_EINVAL for a duplicate
 * or empty key or a value that does not fit. */
zc_status zc_da_build(zc_da_key *keys, size_t n, int32_t **base, int32_t **check,
                      uint32_t *nnodes);

/* Checks that every slot stays inside the arrays and every value is below `nvalues`. */
zc_status zc_da_check(const zc_da *da, uint32_t nvalues, char *err, size_t errlen);

/* The trie of sections `sec_base` and `sec_check` of `img` (of `nnodes` slots each), with
 * its root checked; every walk bounds-checks its slots, so nothing else is trusted. */
zc_status zc_da_from_image(const zc_image *img, uint32_t sec_base, uint32_t sec_check,
                           zc_da *da, char *err, size_t errlen);

/* The child of `node` by byte c, or 0 when there is none. */
static inline uint32_t zc_da_next(const zc_da *da, uint32_t node, uint8_t c)
{
    uint32_t t = (uint32_t)da->base[node] + c + 1;
    return t < da->nnodes && da->check[t] == (int32_t)node ? t : 0;
}

/* The value of the key that ends at `node`, or -1. */
static inline int64_t zc_da_value(const zc_da *da, uint32_t node)
{
    uint32_t u = (uint32_t)da->base[node];
    if (u < da->nnodes && da->check[u] == (int32_t)node && da->base[u] < 0)
        return -(int64_t)da->base[u] - 1;
    return -1;
}

/* zc_da_value of every node, by node (-1 where no key ends, and for free slots): a walk that
 * asks at each node it reaches loads one int instead of the terminal slot's two. malloc'd,
 * da->nnodes items (at least 1); NULL on OOM. */
int32_t *zc_da_values(const zc_da *da);

/* The value of the key [s, s+len), or -1. */
int64_t zc_da_find(const zc_da *da, const char *s, size_t len);

/* Every key that is a prefix of [s, s+len), shorter first: up to `max` (length, value)
 * pairs in `out`; returns how many there are (may exceed max: the rest are dropped). */
size_t zc_da_prefixes(const zc_da *da, const char *s, size_t len, zc_da_hit *out, size_t max);

/* A table of the node reached from the root by each BMP code point's UTF-8 bytes (0 when no
 * key starts with it), so that a search fails on a text's first char in one load. malloc'd,
 * 0x10000 items; NULL on OOM. */
uint32_t *zc_da_char_nodes(const zc_da *da);

/* A Bloom filter of the first two chars of the keys of two chars or more, by bit
 * zc_da_pair_bit: a walk from a char's node need not go on when the next char cannot follow
 * (国 of 国家 in 国务院: its own key, if any, is all it finds). */
#define ZC_DA_PAIR_BITS (1u << 17)
/* The bit of chars c1 c2 (code points; 0x10000 for any char beyond the BMP). */
static inline uint32_t zc_da_pair_bit(uint32_t c1, uint32_t c2)
{
    return ((c1 * 0x9E3779B1u) ^ c2) * 0x85EBCA77u >> (32 - 17);
}
static inline bool zc_da_pair_may(const uint64_t *pairs, uint32_t c1, uint32_t c2)
{
    uint32_t b = zc_da_pair_bit(c1, c2);
    return pairs[b / 64] >> (b % 64) & 1;
}
/* The filter of `da`, read from the trie below each BMP char's node `cn` (zc_da_char_nodes):
 * malloc'd, ZC_DA_PAIR_BITS / 64 words; NULL on OOM. */
uint64_t *zc_da_pairs(const zc_da *da, const uint32_t *cn);

/* The node reached from the root by the first char of s (len > 0), through `cn` for a BMP
 * char; *i is set past the bytes taken. 0 when no key starts so. */
static inline uint32_t zc_da_first(const zc_da *da, const uint32_t *cn, const char *s,
                                   size_t len, size_t *i)
{
    const uint8_t *u = (const uint8_t *)s;
    if (u[0] < 0x80) {
        *i = 1;
        return cn[u[0]];
    }
    if (u[0] >= 0xE0 && u[0] < 0xF0 && len >= 3) {
        *i = 3;
        return cn[(u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu)];
    }
    if (u[0] >= 0xC0 && u[0] < 0xE0 && len >= 2) {
        *i = 2;
        return cn[(u[0] & 0x1Fu) << 6 | (u[1] & 0x3Fu)];
    }
    *i = 1;   // beyond the BMP (or a stray byte): from the root, byte by byte
    return da->nnodes ? zc_da_next(da, 0, u[0]) : 0;
}

#endif
