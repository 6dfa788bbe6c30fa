/*
 * dict.c — the lexicon as a double-array trie over UTF-8 bytes: the builder (used by
 * src/tools/dictc_seg.c at build time and by user dictionaries at run time), a full
 * consistency check of a lexicon, exact lookup and the image checksum (the loader checks the
 * checksum; lookups bounds-check every slot and entry index). Reads nothing from zc_doc.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "words_int.h"

enum { FREE = -1, ROOT = -2 };

typedef struct builder {
    int32_t *base, *check;
    size_t cap;
    size_t next_free;     /* no free slot below this one */
    size_t top;           /* highest slot used + 1 */
    const zc_seg_key *keys;
} builder;

static int key_cmp(const void *a, const void *b)
{
    const zc_seg_key *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

static bool grow(builder *b, size_t need)
{
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 1024;
    while (cap < need)
        cap *= 2;
    int32_t *base = realloc(b->base, cap * sizeof *base);
    if (!base)
        return false;
    b->base = base;
    int32_t *check = realloc(b->check, cap * sizeof *check);
    if (!check)
        return false;
    b->check = check;
    for (size_t i = b->cap; i < cap; i++) {
        b->base[i] = 0;
        b->check[i] = FREE;
    }
    b->cap = cap;
    return true;
}

/* Places the children of node `s` (keys [lo, hi) share their first `depth` bytes) and
 * recurses into them. */
static zc_status place(builder *b, int32_t s, size_t lo, size_t hi, uint32_t depth)
{
    uint16_t codes[257];
    size_t starts[258];
    size_t nc = 0;
    for (size_t i = lo; i < hi; i++) {
        const zc_seg_key *k = &b->keys[i];
        uint16_t c = k->len == depth ? 0 : (uint16_t)((uint8_t)k->s[depth] + 1);
        if (nc == 0 || codes[nc - 1] != c) {
            codes[nc] = c;
            starts[nc++] = i;
        }
    }
    starts[nc] = hi;
    // Find the first base whose slots are all free, scanning from the first free slot.
    size_t q = b->next_free > codes[0] ? b->next_free : codes[0];
    size_t bs;
    for (;; q++) {
        if (!grow(b, q + 258))
            return ZC_ENOMEM;
        if (b->check[q] != FREE)
            continue;
        bs = q - codes[0];
        size_t j = 1;
        while (j < nc && b->check[bs + codes[j]] == FREE)
            j++;
        if (j == nc)
            break;
    }
    if (bs > INT32_MAX - 300)
        return ZC_ENOMEM;
    b->base[s] = (int32_t)bs;
    for (size_t j = 0; j < nc; j++) {
        b->check[bs + codes[j]] = s;
        if (bs + codes[j] + 1 > b->top)
            b->top = bs + codes[j] + 1;
    }
    while (b->next_free < b->cap && b->check[b->next_free] != FREE)
        b->next_free++;
    for (size_t j = 0; j < nc; j++) {
        int32_t t = (int32_t)(bs + codes[j]);
        if (codes[j] == 0) {
            b->base[t] = -(int32_t)b->keys[starts[j]].value - 1;
            continue;
        }
        zc_status st = place(b, t, starts[j], starts[j + 1], depth + 1);
        if (st != ZC_OK)
            return st;
    }
    return ZC_OK;
}

zc_status zc_seg_da_build(zc_seg_key *keys, size_t n, int32_t **base, int32_t **check,
                          uint32_t *nnodes)
{
    *base = *check = NULL;
    *nnodes = 0;
    builder b = {.keys = keys, .next_free = 1, .top = 1};
    if (!grow(&b, 1024))
        goto oom;
    b.check[0] = ROOT;
    qsort(keys, n, sizeof *keys, key_cmp);
    for (size_t i = 0; i < n; i++)
        if (keys[i].len == 0 || keys[i].value > INT32_MAX - 1 ||
            (i && key_cmp(&keys[i - 1], &keys[i]) == 0)) {
            free(b.base);
            free(b.check);
            return ZC_EINVAL;
        }
    if (n) {
        zc_status s = place(&b, 0, 0, n, 0);
        if (s != ZC_OK)
            goto oom;
    }
    *base = b.base;
    *check = b.check;
    *nnodes = (uint32_t)b.top;
    return ZC_OK;
oom:
    free(b.base);
    free(b.check);
    return ZC_ENOMEM;
}

zc_status zc_seg_lex_check(const zc_seg_lex *lx, char *err, size_t errlen)
{
    if (lx->nnodes == 0 || lx->check[0] != ROOT) {
        snprintf(err, errlen, "corrupt lexicon: bad trie root");
        return ZC_EFORMAT;
    }
    for (uint32_t i = 1; i < lx->nnodes; i++) {
        int32_t c = lx->check[i];
        if (c == FREE)
            continue;
        if (c < 0 || (uint32_t)c >= lx->nnodes || (uint32_t)c == i) {
            snprintf(err, errlen, "corrupt lexicon: trie slot %u has parent %d", i, c);
            return ZC_EFORMAT;
        }
        int32_t v = lx->base[i];
        if (v < 0 && (uint32_t)(-(v + 1)) >= lx->nents) {
            snprintf(err, errlen, "corrupt lexicon: trie slot %u names entry %lld of %u", i,
                     -(long long)v - 1, lx->nents);
            return ZC_EFORMAT;
        }
    }
    for (uint32_t i = 0; i < lx->nents; i++) {
        const zc_seg_entry *e = &lx->ents[i];
        if (e->len == 0 || e->off > lx->pool_size || e->len > lx->pool_size - e->off) {
            snprintf(err, errlen, "corrupt lexicon: entry %u lies outside the string pool", i);
            return ZC_EFORMAT;
        }
        if (!isfinite(e->lp) || e->lp > 0.001f) {
            snprintf(err, errlen, "corrupt lexicon: entry %u has log-probability %g", i,
                     (double)e->lp);
            return ZC_EFORMAT;
        }
    }
    return ZC_OK;
}

int64_t zc_seg_lex_find(const zc_seg_lex *lx, const char *s, size_t len)
{
    if (lx->nnodes == 0 || len == 0)
        return -1;
    uint32_t node = 0;
    for (size_t i = 0; i < len; i++) {
        uint32_t t = (uint32_t)lx->base[node] + (uint8_t)s[i] + 1;
        if (t >= lx->nnodes || lx->check[t] != (int32_t)node)
            return -1;
        node = t;
    }
    uint32_t u = (uint32_t)lx->base[node];
    if (u >= lx->nnodes || lx->check[u] != (int32_t)node || lx->base[u] >= 0 ||
        -(int64_t)lx->base[u] - 1 >= lx->nents)
        return -1;
    return -(int64_t)lx->base[u] - 1;
}

uint64_t zc_seg_checksum(uint64_t h, const void *p, size_t n)
{
    // Four independent lanes, so the multiplications overlap.
    const uint8_t *s = p;
    uint64_t l[4] = {h, h ^ 0x243F6A8885A308D3ULL, h ^ 0x13198A2E03707344ULL,
                     h ^ 0xA4093822299F31D0ULL};
    size_t i = 0;
    for (; i + 32 <= n; i += 32)
        for (int k = 0; k < 4; k++) {
            uint64_t w;
            memcpy(&w, s + i + 8 * k, 8);
            l[k] = (l[k] ^ w) * 0x9E3779B97F4A7C15ULL;
            l[k] ^= l[k] >> 31;
        }
    h = l[0] ^ (l[1] * 3) ^ (l[2] * 5) ^ (l[3] * 7);
    for (; i < n; i++)
        h = (h ^ s[i]) * 0x100000001B3ULL;
    return h ^ n;
}
