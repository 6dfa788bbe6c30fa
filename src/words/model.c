/*
 * model.c — the word segmenter's part of the model: maps and validates dictdir/words.zcd
 * (checksum, then every offset of the trie, entries and pool) and adds user dictionaries
 * (jieba-compatible `word [freq] [tag]` lines) as a second, in-memory lexicon. Reads nothing
 * from zc_doc.
 */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "core/tsv.h"
#include "words_int.h"

static void unload(struct zc_seg_model *sm)
{
    zc_image_close(&sm->img);
    free(sm->cc);
    sm->cc = NULL;
    free(sm->lexcn);
    sm->lexcn = NULL;
    memset(&sm->lex, 0, sizeof sm->lex);
    sm->pairs = NULL;
}

/* Whether a log-probability is 0 or of magnitude in [2^-7, 2^9] (zc_seg_model.exact_sums). */
static bool exact_lp(float lp)
{
    float a = fabsf(lp);
    return a == 0 || (a >= 0x1p-7f && a <= 0x1p9f);
}

void zc_seg_lex_stats(const zc_seg_entry *ents, uint32_t n, float unk_lp, float atom_lp,
                      uint32_t *max_bytes, bool *exact)
{
    *max_bytes = 0;
    *exact = exact_lp(unk_lp) && exact_lp(atom_lp);
    for (uint32_t i = 0; i < n; i++) {
        if (ents[i].len > *max_bytes)
            *max_bytes = ents[i].len;
        if (!exact_lp(ents[i].lp))
            *exact = false;
    }
}

/* The zc_seg_first of each BMP char in `lx`; NULL on OOM. */
static zc_seg_first *first_table(const zc_seg_lex *lx)
{
    uint32_t *cn = zc_da_char_nodes(&lx->da);
    zc_seg_first *f = cn ? malloc(0x10000 * sizeof *f) : NULL;
    for (uint32_t c = 0; f && c < 0x10000; c++) {
        int64_t v = cn[c] ? zc_da_value(&lx->da, cn[c]) : -1;
        bool own = v >= 0 && v < lx->nents;
        f[c] = (zc_seg_first){ cn[c], own ? (int32_t)v : -1, own ? lx->ents[v].lp : 0 };
    }
    free(cn);
    return f;
}

zc_status zc_seg_image_load(struct zc_seg_model *sm, const char *path, char *err, size_t errlen)
{
    zc_status s = zc_image_open(path, ZC_SEG_IMAGE_KIND, &sm->img, err, errlen);
    if (s != ZC_OK)
        return s;
    size_t nmeta, nbase, ncheck, nents, npool, nchars;
    const void *meta = zc_image_get(&sm->img, ZC_SEG_SEC_META, &nmeta);
    const void *base = zc_image_get(&sm->img, ZC_SEG_SEC_BASE, &nbase);
    const void *check = zc_image_get(&sm->img, ZC_SEG_SEC_CHECK, &ncheck);
    const void *ents = zc_image_get(&sm->img, ZC_SEG_SEC_ENTRIES, &nents);
    const void *pool = zc_image_get(&sm->img, ZC_SEG_SEC_POOL, &npool);
    const void *chars = zc_image_get(&sm->img, ZC_SEG_SEC_CHARS, &nchars);
    size_t ntags = 0, npairs = 0;
    const void *tags = zc_image_get(&sm->img, ZC_SEG_SEC_TAGS, &ntags);
    const void *pairs = zc_image_get(&sm->img, ZC_SEG_SEC_PAIRS, &npairs);
    if (!meta || !base || !check || !ents || !pool || !chars || nmeta != sizeof sm->meta) {
        snprintf(err, errlen, "%s: corrupt words image: a section is missing", path);
        goto bad;
    }
    memcpy(&sm->meta, meta, sizeof sm->meta);
    const zc_seg_meta *mt = &sm->meta;
    if (nbase != (size_t)mt->nnodes * 4 || ncheck != nbase ||
        nents != (size_t)mt->nentries * sizeof(zc_seg_entry) ||
        nchars != (size_t)mt->nchars * sizeof(zc_seg_charclass) ||
        (tags && ntags != (size_t)mt->nentries * ZC_SEG_TAG_LEN) ||
        (pairs && npairs != ZC_SEG_PAIR_BITS / 8)) {
        snprintf(err, errlen, "%s: corrupt words image: section sizes disagree with the header",
                 path);
        goto bad;
    }
    uint64_t h = zc_seg_checksum(0, mt, offsetof(zc_seg_meta, checksum));
    h = zc_seg_checksum(h, base, nbase);
    h = zc_seg_checksum(h, check, ncheck);
    h = zc_seg_checksum(h, ents, nents);
    h = zc_seg_checksum(h, pool, npool);
    h = zc_seg_checksum(h, chars, nchars);
    if (tags)
        h = zc_seg_checksum(h, tags, ntags);
    if (pairs)
        h = zc_seg_checksum(h, pairs, npairs);
    if (h != mt->checksum) {
        snprintf(err, errlen, "%s: corrupt words image: checksum mismatch", path);
        goto bad;
    }
    if (!isfinite(mt->unk_lp) || !isfinite(mt->atom_lp) || !(mt->total >= 1)) {
        snprintf(err, errlen, "%s: corrupt words image: bad parameters", path);
        goto bad;
    }
    // The checksum stands for the full zc_seg_lex_check pass (which would read the trie
    // once more at every start): every lookup bounds-checks its slots and entry indexes, so
    // no offset of the image is trusted even when the checksum is forged.
    if (zc_da_from_image(&sm->img, ZC_SEG_SEC_BASE, ZC_SEG_SEC_CHECK, &sm->lex.da, err,
                         errlen) != ZC_OK || sm->lex.da.nnodes != mt->nnodes) {
        snprintf(err, errlen, "%s: corrupt words image: bad trie", path);
        goto bad;
    }
    sm->lex.ents = ents;
    sm->lex.nents = mt->nentries;
    sm->lex.pool = pool;
    sm->lex.pool_size = npool;
    sm->lex.tags = tags;
    sm->pairs = pairs;
    // Read from META (the compiler's walk over the entries, zc_seg_lex_stats), which the
    // checksum covers: no walk over the 300k entries at every open.
    sm->max_bytes = mt->max_bytes;
    sm->exact_sums = mt->exact_sums == 1;
    if (!zc_seg_cc_build(sm, chars, mt->nchars) || !(sm->lexcn = first_table(&sm->lex))) {
        snprintf(err, errlen, "%s: out of memory", path);
        unload(sm);
        return ZC_ENOMEM;
    }
    return ZC_OK;
bad:
    unload(sm);
    return ZC_EFORMAT;
}

zc_status zc_seg_model_load(zc_model *m, const char *dictdir)
{
    struct zc_seg_model *sm = calloc(1, sizeof *sm);
    if (!sm)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    zc_vec_init(&sm->upool, 1);
    zc_vec_init(&sm->uwords, sizeof(zc_seg_uword));
    char path[4096], err[4096 + 256];
    snprintf(path, sizeof path, "%s/words.zcd", dictdir);
    zc_status s = zc_seg_image_load(sm, path, err, sizeof err);
    if (s != ZC_OK) {
        zc_seg_model_free(sm);
        return zc_model_fail(m, s, "%s", err);
    }
    m->seg = sm;
    return ZC_OK;
}

void zc_seg_model_free(struct zc_seg_model *sm)
{
    if (!sm)
        return;
    unload(sm);
    zc_vec_free(&sm->upool);
    zc_vec_free(&sm->uwords);
    free(sm->ubase);
    free(sm->ucheck);
    free(sm->uents);
    free(sm->utags);
    free(sm);
}

/* ---- user dictionaries ------------------------------------------------------------------ */

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

/* A jieba part-of-speech tag: 1-4 lowercase ASCII letters. */
static bool is_tag(const char *s, size_t n)
{
    if (n == 0 || n > 4)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return false;
    return true;
}

static bool is_number(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int ukey_cmp(const void *a, const void *b)
{
    const zc_da_key *x = a, *y = b;
    int c = zc_da_keycmp(x->s, x->len, y->s, y->len);
    if (!c)
        c = x->value < y->value ? 1 : -1;   // the newest first
    return c;
}

/* Rebuilds the user trie from all user words (of equal words, the newest wins). */
static zc_status rebuild_user(struct zc_seg_model *sm)
{
    size_t n = sm->uwords.len;
    zc_da_key *keys = malloc((n ? n : 1) * sizeof *keys);
    zc_seg_entry *ents = malloc((n ? n : 1) * sizeof *ents);
    char *tags = malloc((n ? n : 1) * ZC_SEG_TAG_LEN);
    if (!keys || !ents || !tags) {
        free(keys);
        free(ents);
        free(tags);
        return ZC_ENOMEM;
    }
    const char *pool = sm->upool.data;
    for (size_t i = 0; i < n; i++) {
        const zc_seg_uword *u = &ZC_VEC_AT(&sm->uwords, zc_seg_uword, i);
        ents[i] = (zc_seg_entry){u->lp, u->off, u->len};
        memcpy(tags + i * ZC_SEG_TAG_LEN, u->tag, ZC_SEG_TAG_LEN);
        keys[i] = (zc_da_key){pool + u->off, u->len, (uint32_t)i};
    }
    qsort(keys, n, sizeof *keys, ukey_cmp);
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (w == 0 || keys[w - 1].len != keys[i].len ||
            memcmp(keys[w - 1].s, keys[i].s, keys[i].len) != 0)
            keys[w++] = keys[i];
    int32_t *base, *check;
    uint32_t nn;
    zc_status s = zc_da_build(keys, w, &base, &check, &nn);
    free(keys);
    if (s != ZC_OK) {
        free(ents);
        free(tags);
        return s;
    }
    free(sm->ubase);
    free(sm->ucheck);
    free(sm->uents);
    free(sm->utags);
    sm->ubase = base;
    sm->ucheck = check;
    sm->uents = ents;
    sm->utags = tags;
    sm->user = (zc_seg_lex){{base, check, nn}, ents, (uint32_t)n, pool, sm->upool.len, tags};
    return ZC_OK;
}

/* Parses one line (NUL-terminated, no line break) and adds its word. Returns false with a
 * reason for a rejected line. */
static bool parse_line(struct zc_seg_model *sm, zc_segmenter *seg, char *s, size_t n,
                       char *why, size_t whylen, zc_status *oom)
{
    while (n && is_space(s[n - 1]))
        n--;
    size_t a = 0;
    while (a < n && is_space(s[a]))
        a++;
    // From the right: an optional tag, then an optional frequency; the rest is the word.
    size_t e = n, f0 = 0, f1 = 0;
    size_t t = e;
    char tag[ZC_SEG_TAG_LEN] = {0};
    while (t > a && !is_space(s[t - 1]))
        t--;
    if (t > a && is_tag(s + t, e - t)) {
        size_t w = t;
        while (w > a && is_space(s[w - 1]))
            w--;
        if (w > a) {
            memcpy(tag, s + t, e - t);
            e = w;
        }
    }
    t = e;
    while (t > a && !is_space(s[t - 1]))
        t--;
    if (t > a && t < e) {
        size_t w = t;
        while (w > a && is_space(s[w - 1]))
            w--;
        if (w > a) {
            if (is_number(s + t, e - t)) {
                f0 = t;
                f1 = e;
                e = w;
            } else if ((s[t] == '-' && is_number(s + t + 1, e - t - 1))) {
                snprintf(why, whylen, "negative frequency %.*s", (int)(e - t), s + t);
                return false;
            } else if (strspn(s + t, "0123456789.eE+-") == e - t && strchr("0123456789", s[t])) {
                snprintf(why, whylen, "frequency %.*s is not a whole number", (int)(e - t),
                         s + t);
                return false;
            }
        }
    }
    size_t len = e - a;
    const char *word = s + a;
    for (size_t i = 0; i < len;) {
        int32_t c = zc_utf8_next((const uint8_t *)word, len, &i);
        if (c < 0) {
            snprintf(why, whylen, "invalid UTF-8 in the word");
            return false;
        }
        if (c < 0x20 && c != '\t') {
            snprintf(why, whylen, "control character in the word");
            return false;
        }
    }
    if (len > 255) {
        snprintf(why, whylen, "word longer than 255 bytes");
        return false;
    }
    for (size_t i = 0; i < len; i++)
        if (word[i] == '\t') {
            snprintf(why, whylen, "tab inside the word");
            return false;
        }
    double lp;
    if (f1) {
        char buf[32];
        size_t k = f1 - f0 < sizeof buf - 1 ? f1 - f0 : sizeof buf - 1;
        memcpy(buf, s + f0, k);
        buf[k] = 0;
        double freq = strtod(buf, NULL);
        if (freq <= 0 || f1 - f0 > 15) {
            snprintf(why, whylen, "frequency %s out of range (1 to 10^15)", buf);
            return false;
        }
        lp = log(freq / sm->meta.total);
        if (lp > -1e-3)
            lp = -1e-3;
    } else {
        // Like jieba: just more probable than the word's own segmentation, and never below
        // the word's frequency in the lexicon.
        double split = zc_seg_text_lp(seg, word, len);
        lp = log(exp(split) + 1 / sm->meta.total);
        int64_t k = zc_seg_lex_find(&sm->lex, word, len);
        if (k >= 0 && sm->lex.ents[k].lp > lp)
            lp = sm->lex.ents[k].lp;
    }
    size_t off = sm->upool.len;
    if (!zc_vec_reserve(&sm->upool, len) || !zc_vec_reserve(&sm->uwords, 1)) {
        *oom = ZC_ENOMEM;
        return true;
    }
    memcpy((char *)sm->upool.data + off, word, len);
    sm->upool.len += len;
    zc_seg_uword u = {(uint32_t)off, (uint32_t)len, (float)lp, {0}};
    memcpy(u.tag, tag, sizeof tag);
    zc_vec_push(&sm->uwords, &u);
    return true;
}

bool zc_seg_tag(const struct zc_seg_model *sm, const char *s, size_t len,
                char out[ZC_SEG_TAG_LEN])
{
    memset(out, 0, ZC_SEG_TAG_LEN);
    const zc_seg_lex *lx[] = {&sm->user, &sm->lex};
    for (size_t i = 0; i < ZC_NELEM(lx); i++) {
        int64_t k = lx[i]->tags ? zc_seg_lex_find(lx[i], s, len) : -1;
        if (k >= 0 && lx[i]->tags[k * ZC_SEG_TAG_LEN]) {
            memcpy(out, lx[i]->tags + k * ZC_SEG_TAG_LEN, ZC_SEG_TAG_LEN);
            return true;
        }
    }
    return false;
}

bool zc_seg_tag_of(const struct zc_seg_model *sm, const char *s, size_t len, int32_t ent,
                   char out[ZC_SEG_TAG_LEN])
{
    if (ent == ZC_SEG_ENT_ASK)
        return zc_seg_tag(sm, s, len, out);
    memset(out, 0, ZC_SEG_TAG_LEN);
    if (ent < 0 || !sm->lex.tags || !sm->lex.tags[(size_t)ent * ZC_SEG_TAG_LEN])
        return false;
    memcpy(out, sm->lex.tags + (size_t)ent * ZC_SEG_TAG_LEN, ZC_SEG_TAG_LEN);
    return true;
}

zc_status zc_model_add_user_dict(zc_model *m, const char *path, size_t *nadded,
                                 size_t *nrejected)
{
    if (nadded)
        *nadded = 0;
    if (nrejected)
        *nrejected = 0;
    m->errmsg[0] = '\0';
    if (!m->seg)
        return zc_model_fail(m, ZC_EINVAL, "%s: the model has no lexicon", path);
    zc_tsv t;
    char err[4200];
    zc_status s = zc_tsv_open(&t, NULL, path, err, sizeof err);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "%s", err);
    zc_segmenter *seg;
    s = zc_segmenter_new(m, &seg);
    if (s != ZC_OK) {
        zc_tsv_close(&t);
        return zc_model_fail(m, s, "%s: out of memory", path);
    }
    zc_model_report r = {m, 0, 0};
    size_t added = 0, n, nwords = m->seg->uwords.len, npool = m->seg->upool.len;
    char *p;
    int got;
    // The lines as they are: jieba's format separates by spaces, and a bad line is rejected
    // (said with its file:line), not the whole file.
    while (s == ZC_OK && (got = zc_tsv_next_line(&t, &p, &n, err, sizeof err)) > 0) {
        char why[300];
        if (memchr(p, '\0', n))
            zc_model_reject(&r, path, t.lineno, "NUL byte in the line");
        else if (parse_line(m->seg, seg, p, n, why, sizeof why, &s))
            added++;
        else
            zc_model_reject(&r, path, t.lineno, "%s", why);
    }
    zc_tsv_close(&t);
    zc_segmenter_free(seg);
    if (s == ZC_OK && got < 0) {   // a file that does not read adds nothing
        m->seg->uwords.len = nwords;
        m->seg->upool.len = npool;
        return zc_model_fail(m, ZC_EIO, "%s", err);
    }
    if (s == ZC_OK)
        s = rebuild_user(m->seg);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "%s: out of memory", path);
    zc_model_report_end(&r);
    if (nadded)
        *nadded = added;
    if (nrejected)
        *nrejected = r.rejected;
    return ZC_OK;
}

zc_status zc_seg_lex_check(const zc_seg_lex *lx, char *err, size_t errlen)
{
    zc_status s = zc_da_check(&lx->da, lx->nents, err, errlen);
    for (uint32_t i = 0; s == ZC_OK && i < lx->nents; i++) {
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
    return s;
}

/* Fletcher's sums of zc_seg_checksum over the 32-byte blocks of s[0..n), in four lanes of
 * 64-bit words: a[k] += word k of the block, b[k] += a[k]. Returns the bytes read. */
static size_t fletcher_lanes(const uint8_t *s, size_t n, uint64_t a[4], uint64_t b[4])
{
    size_t i = 0;
#ifdef __SSE2__
    // Two lanes a register: the same sums, a quarter of the instructions.
    __m128i a01 = _mm_loadu_si128((const __m128i *)a), a23 = _mm_loadu_si128((const __m128i *)(a + 2));
    __m128i b01 = _mm_loadu_si128((const __m128i *)b), b23 = _mm_loadu_si128((const __m128i *)(b + 2));
    // Two blocks a turn while 64 bytes remain (fewer loop tests), then the last one.
    for (; i + 32 <= n; i += 64) {
        a01 = _mm_add_epi64(a01, _mm_loadu_si128((const __m128i *)(s + i)));
        a23 = _mm_add_epi64(a23, _mm_loadu_si128((const __m128i *)(s + i + 16)));
        b01 = _mm_add_epi64(b01, a01);
        b23 = _mm_add_epi64(b23, a23);
        if (i + 64 > n) {
            i += 32;
            break;
        }
        a01 = _mm_add_epi64(a01, _mm_loadu_si128((const __m128i *)(s + i + 32)));
        a23 = _mm_add_epi64(a23, _mm_loadu_si128((const __m128i *)(s + i + 48)));
        b01 = _mm_add_epi64(b01, a01);
        b23 = _mm_add_epi64(b23, a23);
    }
    _mm_storeu_si128((__m128i *)a, a01);
    _mm_storeu_si128((__m128i *)(a + 2), a23);
    _mm_storeu_si128((__m128i *)b, b01);
    _mm_storeu_si128((__m128i *)(b + 2), b23);
#else
    for (; i + 32 <= n; i += 32)
        for (int k = 0; k < 4; k++) {
            uint64_t w;
            memcpy(&w, s + i + 8 * k, 8);
            a[k] += w;
            b[k] += a[k];
        }
#endif
    return i;
}

uint64_t zc_seg_checksum(uint64_t h, const void *p, size_t n)
{
    // Fletcher's sums (fletcher_lanes): a damaged word changes its lane's first sum, a word
    // moved within the image its second. Additions only: the image is read whole at every
    // open.
    const uint8_t *s = p;
    uint64_t a[4] = {h, h ^ 0x243F6A8885A308D3ULL, h ^ 0x13198A2E03707344ULL,
                     h ^ 0xA4093822299F31D0ULL};
    uint64_t b[4] = {0, 0, 0, 0};
    size_t i = fletcher_lanes(s, n, a, b);
    h = 0;
    for (int k = 0; k < 4; k++)
        h = (h ^ a[k]) * 0x9E3779B97F4A7C15ULL ^ (b[k] * 0x100000001B3ULL + (uint64_t)k);
    for (; i < n; i++)
        h = (h ^ s[i]) * 0x100000001B3ULL;
    return h ^ n;
}
