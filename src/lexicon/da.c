/*
 * da.c — the double-array trie of da.h: the builder (children of each node placed at the
 * first base whose slots are all free), the consistency check, the image binding, exact and
 * common-prefix search and the first-char table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/da.h"

enum { FREE = -1, ROOT = -2 };

typedef struct builder {
    int32_t *base, *check;
    size_t cap;
    size_t next_free;     /* no free slot below this one */
    size_t top;           /* highest slot used + 1 */
    const zc_da_key *keys;
} builder;

static int key_cmp(const void *a, const void *b)
{
    const zc_da_key *x = a, *y = b;
    return zc_da_keycmp(x->s, x->len, y->s, y->len);
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

/* A node waiting for its children: keys [lo, hi) share their first `depth` bytes. */
typedef struct pending {
    int32_t s;
    uint32_t depth;
    size_t lo, hi;
} pending;

/* Places the children of node p->s (code 0 is the terminal slot, byte c is code c + 1) and
 * pushes the inner ones on `stack` (last first, so the first is placed next: depth first,
 * without recursion, as a key may be 10 KB long). */
static zc_status place(builder *b, const pending *p, zc_vec *stack)
{
    uint16_t codes[257];
    size_t starts[258];
    size_t nc = 0;
    for (size_t i = p->lo; i < p->hi; i++) {
        const zc_da_key *k = &b->keys[i];
        uint16_t c = k->len == p->depth ? 0 : (uint16_t)((uint8_t)k->s[p->depth] + 1);
        if (nc == 0 || codes[nc - 1] != c) {
            codes[nc] = c;
            starts[nc++] = i;
        }
    }
    starts[nc] = p->hi;
    // The first base whose slots are all free, scanning from the first free slot.
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
    b->base[p->s] = (int32_t)bs;
    for (size_t j = 0; j < nc; j++) {
        b->check[bs + codes[j]] = p->s;
        if (bs + codes[j] + 1 > b->top)
            b->top = bs + codes[j] + 1;
    }
    while (b->next_free < b->cap && b->check[b->next_free] != FREE)
        b->next_free++;
    for (size_t j = nc; j-- > 0;) {
        int32_t t = (int32_t)(bs + codes[j]);
        pending c = {t, p->depth + 1, starts[j], starts[j + 1]};
        if (codes[j] == 0)
            b->base[t] = -(int32_t)b->keys[starts[j]].value - 1;
        else if (!zc_vec_push(stack, &c))
            return ZC_ENOMEM;
    }
    return ZC_OK;
}

zc_status zc_da_build(zc_da_key *keys, size_t n, int32_t **base, int32_t **check,
                      uint32_t *nnodes)
{
    *base = *check = NULL;
    *nnodes = 0;
    builder b = {.keys = keys, .next_free = 1, .top = 1};
    if (!grow(&b, 1024))
        goto oom;
    b.check[0] = ROOT;
    // The callers build their keys sorted as a rule (build_trie, zc_lex_load): no sort then.
    size_t sorted = 1;
    while (sorted < n && key_cmp(&keys[sorted - 1], &keys[sorted]) < 0)
        sorted++;
    if (sorted < n)
        qsort(keys, n, sizeof *keys, key_cmp);
    for (size_t i = 0; i < n; i++)
        if (keys[i].len == 0 || keys[i].value > INT32_MAX - 1 ||
            (i && key_cmp(&keys[i - 1], &keys[i]) == 0)) {
            free(b.base);
            free(b.check);
            return ZC_EINVAL;
        }
    zc_vec stack;
    zc_vec_init(&stack, sizeof(pending));
    pending root = {0, 0, 0, n};
    zc_status s = n && !zc_vec_push(&stack, &root) ? ZC_ENOMEM : ZC_OK;
    while (s == ZC_OK && stack.len) {
        pending p = ZC_VEC_AT(&stack, pending, stack.len - 1);
        stack.len--;
        s = place(&b, &p, &stack);
    }
    zc_vec_free(&stack);
    if (s != ZC_OK)
        goto oom;
    *base = b.base;
    *check = b.check;
    *nnodes = (uint32_t)b.top;
    return ZC_OK;
oom:
    free(b.base);
    free(b.check);
    return ZC_ENOMEM;
}

zc_status zc_da_check(const zc_da *da, uint32_t nvalues, char *err, size_t errlen)
{
    if (da->nnodes == 0 || da->check[0] != ROOT) {
        snprintf(err, errlen, "corrupt lexicon: bad trie root");
        return ZC_EFORMAT;
    }
    for (uint32_t i = 1; i < da->nnodes; i++) {
        int32_t c = da->check[i];
        if (c == FREE)
            continue;
        if (c < 0 || (uint32_t)c >= da->nnodes || (uint32_t)c == i) {
            snprintf(err, errlen, "corrupt lexicon: trie slot %u has parent %d", i, c);
            return ZC_EFORMAT;
        }
        int32_t v = da->base[i];
        if (v < 0 && (uint32_t)(-(v + 1)) >= nvalues) {
            snprintf(err, errlen, "corrupt lexicon: trie slot %u names entry %lld of %u", i,
                     -(long long)v - 1, nvalues);
            return ZC_EFORMAT;
        }
    }
    return ZC_OK;
}

zc_status zc_da_from_image(const zc_image *img, uint32_t sec_base, uint32_t sec_check,
                           zc_da *da, char *err, size_t errlen)
{
    size_t nb, nc;
    const void *b = zc_image_get(img, sec_base, &nb), *c = zc_image_get(img, sec_check, &nc);
    *da = (zc_da){0};
    if (!b || !c || nb != nc || nb % 4 || nb / 4 > UINT32_MAX || nb == 0 ||
        ((const int32_t *)c)[0] != ROOT) {
        snprintf(err, errlen, "corrupt lexicon: trie sections missing or of unequal size");
        return ZC_EFORMAT;
    }
    *da = (zc_da){b, c, (uint32_t)(nb / 4)};
    return ZC_OK;
}

int64_t zc_da_find(const zc_da *da, const char *s, size_t len)
{
    if (da->nnodes == 0 || len == 0)
        return -1;
    uint32_t node = 0;
    for (size_t i = 0; i < len; i++)
        if (!(node = zc_da_next(da, node, (uint8_t)s[i])))
            return -1;
    return zc_da_value(da, node);
}

size_t zc_da_prefixes(const zc_da *da, const char *s, size_t len, zc_da_hit *out, size_t max)
{
    size_t n = 0;
    uint32_t node = 0;
    for (size_t i = 0; da->nnodes && i < len; i++) {
        if (!(node = zc_da_next(da, node, (uint8_t)s[i])))
            break;
        int64_t v = zc_da_value(da, node);
        if (v >= 0 && n++ < max)
            out[n - 1] = (zc_da_hit){(uint32_t)i + 1, (uint32_t)v};
    }
    return n;
}

uint32_t *zc_da_char_nodes(const zc_da *da)
{
    uint32_t *cn = calloc(0x10000, sizeof *cn);
    if (!cn || da->nnodes == 0)
        return cn;
    // Byte by byte down the trie: a lead or middle byte no key begins with leaves all the
    // chars under it at 0 (calloc) without a walk. Overlong forms and surrogates stay 0.
    for (uint32_t c = 0; c < 0x80; c++)
        cn[c] = zc_da_next(da, 0, (uint8_t)c);
    for (uint32_t b0 = 0xC2; b0 <= 0xDF; b0++) {
        uint32_t n0 = zc_da_next(da, 0, (uint8_t)b0);
        for (uint32_t b1 = 0x80; n0 && b1 <= 0xBF; b1++)
            cn[(b0 & 0x1F) << 6 | (b1 & 0x3F)] = zc_da_next(da, n0, (uint8_t)b1);
    }
    for (uint32_t b0 = 0xE0; b0 <= 0xEF; b0++) {
        uint32_t n0 = zc_da_next(da, 0, (uint8_t)b0);
        uint32_t lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
        for (uint32_t b1 = lo; n0 && b1 <= hi; b1++) {
            uint32_t n1 = zc_da_next(da, n0, (uint8_t)b1);
            for (uint32_t b2 = 0x80; n1 && b2 <= 0xBF; b2++)
                cn[(b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)] =
                    zc_da_next(da, n1, (uint8_t)b2);
        }
    }
    return cn;
}

static void pair_set(uint64_t *pairs, uint32_t c1, uint32_t c2)
{
    uint32_t b = zc_da_pair_bit(c1, c2);
    pairs[b / 64] |= UINT64_C(1) << (b % 64);
}

uint64_t *zc_da_pairs(const zc_da *da, const uint32_t *cn)
{
    uint64_t *pairs = calloc(ZC_DA_PAIR_BITS / 64, sizeof *pairs);
    for (uint32_t c = 0; pairs && c < 0x10000; c++) {
        // The second char of every key past c: its bytes below c's node, as
        // zc_da_char_nodes walks them from the root.
        for (uint32_t b0 = 0; cn[c] && b0 <= 0xF4; b0++) {
            uint32_t n0 = zc_da_next(da, cn[c], (uint8_t)b0);
            if (!n0 || (b0 >= 0x80 && b0 < 0xC2))
                continue;
            if (b0 < 0x80) {
                pair_set(pairs, c, b0);
            } else if (b0 >= 0xF0) {
                pair_set(pairs, c, 0x10000);
            } else {
                for (uint32_t b1 = 0x80; b1 <= 0xBF; b1++) {
                    uint32_t n1 = zc_da_next(da, n0, (uint8_t)b1);
                    if (n1 && b0 < 0xE0)
                        pair_set(pairs, c, (b0 & 0x1F) << 6 | (b1 & 0x3F));
                    for (uint32_t b2 = 0x80; n1 && b0 >= 0xE0 && b2 <= 0xBF; b2++)
                        if (zc_da_next(da, n1, (uint8_t)b2))
                            pair_set(pairs, c,
                                     (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F));
                }
            }
        }
    }
    return pairs;
}

int32_t *zc_da_values(const zc_da *da)
{
    int32_t *v = malloc((da->nnodes ? da->nnodes : 1) * sizeof *v);
    for (uint32_t n = 0; v && n < da->nnodes; n++) {
        int64_t x = zc_da_value(da, n);
        v[n] = x >= 0 && x <= INT32_MAX ? (int32_t)x : -1;
    }
    return v;
}
