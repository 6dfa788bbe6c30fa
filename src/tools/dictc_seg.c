/*
 * dictc_seg.c — the `words` kind of the dictionary compiler: builds words.zcd, the lexicon of
 * the word segmenter, from a base lexicon in jieba's format (`word freq [tag]`, e.g. Debian's
 * python3-jieba dict.txt), the TSV vocabularies of dicts/seg (`word<TAB>freq[<TAB>pos]`,
 * policy terms; freq 0 removes a word), dicts/seg/chars.tsv (character classes) and
 * dicts/seg/tags.tsv (part-of-speech corrections: the tag alone changes).
 *
 * The base lexicon is brought to the segmentation standard of the SIGHAN/PKU/MSR guidelines:
 * a base entry of four or more Han characters that splits entirely into shorter base words
 * of two or more characters is a compound the standards segment (中央电视台 → 中央 电视台),
 * so it is left out; for an entry tagged as an idiom or set phrase (i, l) the parts must be
 * common words (frequency ≥ IDIOM_PART_FREQ: 有所改善 → 有所 改善, 扶贫开发 → 扶贫 开发),
 * so that real idioms (因地制宜, 激动人心) stay whole. Vocabulary entries
 * from dicts/seg are always kept.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/tsv.h"
#include "dictc.h"
#include "words/words_int.h"

#define ATOM_FREQ 1000.0   // numeral atoms in Han runs weigh like a common word
#ifndef IDIOM_PART_FREQ
#define IDIOM_PART_FREQ 1000.0   // an idiom is split only into words at least this common
#endif

/* Sets the PAIR bits (words_int.h) of every two chars side by side in the word s[0..len). */
static void add_pairs(uint8_t *pairs, const uint8_t *s, size_t len)
{
    size_t i = 0;
    int32_t a = zc_utf8_next(s, len, &i);
    while (i < len) {
        int32_t c = zc_utf8_next(s, len, &i);
        uint32_t bit = zc_seg_pair_hash(a, c);
        pairs[bit >> 3] |= (uint8_t)(1u << (bit & 7));
        a = c;
    }
}

typedef struct word {
    uint32_t off, len;    // in the pool being built
    double freq;
    uint32_t nchars;
    bool base;            // from the base lexicon (may be split)
    bool idiom;           // tag i or l
    bool alnum;           // has ASCII letters or digits
    bool dropped;
    char tag[ZC_SEG_TAG_LEN];   // part of speech, NUL-padded
} word;

typedef struct builder {
    zc_vec pool;          // char
    zc_vec words;         // word
    uint32_t *hash;       // open addressing over words, index + 1, 0 empty
    size_t hcap;
    zc_vec chars;         // zc_seg_charclass
} builder;

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0xCBF29CE484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 0x100000001B3ULL;
    return h;
}

static bool rehash(builder *b)
{
    size_t cap = b->hcap ? b->hcap * 2 : 1 << 16;
    uint32_t *h = calloc(cap, sizeof *h);
    if (!h)
        return false;
    for (size_t i = 0; i < b->words.len; i++) {
        const word *w = &ZC_VEC_AT(&b->words, word, i);
        size_t k = hash_bytes((char *)b->pool.data + w->off, w->len) & (cap - 1);
        while (h[k])
            k = (k + 1) & (cap - 1);
        h[k] = (uint32_t)i + 1;
    }
    free(b->hash);
    b->hash = h;
    b->hcap = cap;
    return true;
}

/* The word with bytes s[0, n), or NULL. */
static word *find(builder *b, const char *s, size_t n)
{
    if (!b->hcap)
        return NULL;
    size_t k = hash_bytes(s, n) & (b->hcap - 1);
    for (; b->hash[k]; k = (k + 1) & (b->hcap - 1)) {
        word *w = &ZC_VEC_AT(&b->words, word, b->hash[k] - 1);
        if (w->len == n && memcmp((char *)b->pool.data + w->off, s, n) == 0)
            return w;
    }
    return NULL;
}

static uint32_t count_chars(const char *s, size_t n, bool *valid, bool *alnum)
{
    uint32_t k = 0;
    *valid = true;
    *alnum = false;
    for (size_t i = 0; i < n; k++) {
        int32_t c = zc_utf8_next((const uint8_t *)s, n, &i);
        if (c < 0x20)
            *valid = false;
        if (c < 0x80 && (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')))
            *alnum = true;
    }
    return k;
}

/* Adds or updates a word. A vocabulary entry replaces a base entry's frequency. */
static zc_status add(builder *b, const char *s, size_t n, double freq, const char *tag,
                     bool base, const char *path, size_t line, char *err, size_t errlen)
{
    bool valid, alnum;
    uint32_t nc = count_chars(s, n, &valid, &alnum);
    if (!valid || n > 255) {
        snprintf(err, errlen, "%s:%zu: invalid UTF-8, control character or word too long", path,
                 line);
        return ZC_EFORMAT;
    }
    word *w = find(b, s, n);
    if (w) {
        if (base)
            return ZC_OK;   // the first base entry wins
        if (tag && strlen(tag) <= ZC_SEG_TAG_LEN)   // a vocabulary tag overrides the base's
            strncpy(w->tag, tag, ZC_SEG_TAG_LEN);
        w->freq = freq;
        w->base = false;
        w->dropped = freq <= 0;
        return ZC_OK;
    }
    if ((b->words.len + 1) * 2 > b->hcap && !rehash(b))
        return ZC_ENOMEM;
    size_t off = b->pool.len;
    if (!zc_vec_reserve(&b->pool, n))
        return ZC_ENOMEM;
    memcpy((char *)b->pool.data + off, s, n);
    b->pool.len += n;
    bool idiom = tag && (strcmp(tag, "i") == 0 || strcmp(tag, "l") == 0);
    word nw = {(uint32_t)off, (uint32_t)n, freq, nc, base, idiom, alnum, freq <= 0, {0}};
    if (tag && strlen(tag) <= ZC_SEG_TAG_LEN)
        strncpy(nw.tag, tag, ZC_SEG_TAG_LEN);
    if (!zc_vec_push(&b->words, &nw))
        return ZC_ENOMEM;
    size_t k = hash_bytes(s, n) & (b->hcap - 1);
    while (b->hash[k])
        k = (k + 1) & (b->hcap - 1);
    b->hash[k] = (uint32_t)b->words.len;
    return ZC_OK;
}

/* Reads a base lexicon: `word freq [tag]`, separated by spaces (or tabs: the reader's
 * columns). */
static zc_status read_base(builder *b, const char *path, char *err, size_t errlen)
{
    zc_tsv t;
    zc_status s = zc_tsv_open(&t, NULL, path, err, errlen);
    int r = 0;
    while (s == ZC_OK && (r = zc_tsv_next(&t, err, errlen)) == 1) {
        char *tok[3] = {NULL}, *sv;
        int nt = 0;
        for (int c = 0; c < t.ncol && nt < 3; c++)
            for (char *w = strtok_r(t.col[c], " ", &sv); w && nt < 3; w = strtok_r(NULL, " ", &sv))
                tok[nt++] = w;
        if (!tok[0] || *tok[0] == '#')
            continue;
        char *e;
        double freq = tok[1] ? strtod(tok[1], &e) : -1;
        if (!tok[1] || *e || freq < 0) {
            zc_tsv_error(&t, err, errlen, "expected `word freq [tag]`");
            s = ZC_EFORMAT;
            break;
        }
        s = add(b, tok[0], strlen(tok[0]), freq, tok[2], true, path, t.lineno, err, errlen);
    }
    if (s == ZC_OK && r < 0)
        s = ZC_EFORMAT;
    zc_tsv_close(&t);
    return s;
}

static const struct {
    const char *name;
    uint32_t cls;
} classes[] = {
    {"surname", ZC_CC_SURNAME}, {"namestop", ZC_CC_NAMESTOP}, {"dateunit", ZC_CC_DATEUNIT},
    {"scale", ZC_CC_SCALE},     {"numeral", ZC_CC_NUMERAL},   {"ordinal", ZC_CC_ORDINAL},
};

/* Reads a TSV of dicts/seg: vocabulary (`word<TAB>freq[<TAB>pos]`) or, for chars.tsv,
 * character classes (`class<TAB>characters`). */
static zc_status read_tsv(builder *b, const char *path, bool chars, char *err, size_t errlen)
{
    zc_tsv t;
    zc_status s = zc_tsv_open(&t, NULL, path, err, errlen);
    int r = 0;
    while (s == ZC_OK && (r = zc_tsv_next(&t, err, errlen)) == 1) {
        char **cols = t.col;
        int nc = t.ncol;
        size_t lineno = t.lineno;
        if (chars) {
            uint32_t cls = 0;
            for (size_t i = 0; nc == 2 && i < ZC_NELEM(classes); i++)
                if (strcmp(cols[0], classes[i].name) == 0)
                    cls = classes[i].cls;
            if (!cls) {
                snprintf(err, errlen, "%s:%zu: expected `class<TAB>characters` with a class of "
                         "surname, namestop, dateunit, scale, numeral, ordinal", path, lineno);
                s = ZC_EFORMAT;
                break;
            }
            size_t n = strlen(cols[1]);
            for (size_t i = 0; i < n;) {
                int32_t c = zc_utf8_next((const uint8_t *)cols[1], n, &i);
                if (c <= ' ') {
                    snprintf(err, errlen, "%s:%zu: invalid character in the list", path, lineno);
                    s = ZC_EFORMAT;
                    break;
                }
                zc_seg_charclass cc = {(uint32_t)c, cls};
                if (!zc_vec_push(&b->chars, &cc))
                    s = ZC_ENOMEM;
            }
            continue;
        }
        char *e;
        double freq = nc >= 2 ? strtod(cols[1], &e) : -1;
        if (nc < 2 || nc > 3 || !*cols[0] || *e || freq < 0 || strchr(cols[0], ' ')) {
            snprintf(err, errlen, "%s:%zu: expected `word<TAB>freq[<TAB>pos]`", path, lineno);
            s = ZC_EFORMAT;
            break;
        }
        s = add(b, cols[0], strlen(cols[0]), freq, nc > 2 ? cols[2] : NULL, false, path, lineno,
                err, errlen);
    }
    if (s == ZC_OK && r < 0)
        s = ZC_EFORMAT;
    zc_tsv_close(&t);
    return s;
}

/* Reads dicts/seg/tags.tsv: `word<TAB>pos`, a new tag for a word already in the lexicon; its
 * frequency and whether it is a base entry stay, so the segmentation does not change. */
static zc_status read_tags(builder *b, const char *path, char *err, size_t errlen)
{
    zc_tsv t;
    zc_status s = zc_tsv_open(&t, NULL, path, err, errlen);
    int r = 0;
    while (s == ZC_OK && (r = zc_tsv_next(&t, err, errlen)) == 1) {
        word *w = t.ncol == 2 ? find(b, t.col[0], strlen(t.col[0])) : NULL;
        size_t n = t.ncol == 2 ? strlen(t.col[1]) : 0;
        if (!w || w->dropped || n == 0 || n > ZC_SEG_TAG_LEN) {
            snprintf(err, errlen, "%s:%zu: expected `word<TAB>pos` with a word of the lexicon "
                     "and a tag of 1 to %d letters", path, t.lineno, ZC_SEG_TAG_LEN);
            s = ZC_EFORMAT;
            break;
        }
        memset(w->tag, 0, sizeof w->tag);
        memcpy(w->tag, t.col[1], n);
    }
    if (s == ZC_OK && r < 0)
        s = ZC_EFORMAT;
    zc_tsv_close(&t);
    return s;
}

/* Can `w` be written entirely with shorter base words of two or more characters, each with a
 * frequency of at least `minfreq`? */
static bool decomposable(builder *b, const word *w, double minfreq)
{
    const char *s = (char *)b->pool.data + w->off;
    uint32_t off[64], n = 0;
    for (size_t i = 0; i < w->len && n < 63;) {
        off[n++] = (uint32_t)i;
        zc_utf8_next((const uint8_t *)s, w->len, &i);
    }
    off[n] = w->len;
    bool ok[64] = {true};
    for (uint32_t i = 0; i < n; i++) {
        if (!ok[i])
            continue;
        for (uint32_t j = i + 2; j <= n; j++) {
            if (j - i == n)
                break;
            const word *p = find(b, s + off[i], off[j] - off[i]);
            if (p && p->base && p->freq > 0 && p->freq >= minfreq)
                ok[j] = true;
        }
    }
    return ok[n];
}

static int charclass_cmp(const void *a, const void *b)
{
    const zc_seg_charclass *x = a, *y = b;
    return x->cp < y->cp ? -1 : x->cp > y->cp;
}

static zc_status write_image(builder *b, const char *out, char *err, size_t errlen)
{
    size_t n = b->words.len, nk = 0;
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        word *w = &ZC_VEC_AT(&b->words, word, i);
        if (w->base && !w->dropped && w->nchars >= 4 && !w->alnum && w->nchars < 64 &&
            decomposable(b, w, w->idiom ? IDIOM_PART_FREQ : 0))
            w->dropped = true;
    }
    for (size_t i = 0; i < n; i++) {
        const word *w = &ZC_VEC_AT(&b->words, word, i);
        if (!w->dropped)
            total += w->freq;
    }
    uint8_t *pairs = calloc(ZC_SEG_PAIR_BITS / 8, 1);
    zc_da_key *keys = malloc((n ? n : 1) * sizeof *keys);
    zc_seg_entry *ents = malloc((n ? n : 1) * sizeof *ents);
    char *tags = calloc(n ? n : 1, ZC_SEG_TAG_LEN);
    zc_status s = ZC_ENOMEM;
    int32_t *base = NULL, *check = NULL;
    if (!keys || !ents || !tags || !pairs || total <= 0)
        goto done;
    for (size_t i = 0; i < n; i++) {
        const word *w = &ZC_VEC_AT(&b->words, word, i);
        if (w->dropped)
            continue;
        ents[nk] = (zc_seg_entry){(float)log(w->freq / total), w->off, w->len};
        keys[nk] = (zc_da_key){(char *)b->pool.data + w->off, w->len, (uint32_t)nk};
        memcpy(tags + nk * ZC_SEG_TAG_LEN, w->tag, ZC_SEG_TAG_LEN);
        add_pairs(pairs, (const uint8_t *)b->pool.data + w->off, w->len);
        nk++;
    }
    uint32_t nnodes;
    s = zc_da_build(keys, nk, &base, &check, &nnodes);
    if (s != ZC_OK)
        goto done;
    qsort(b->chars.data, b->chars.len, sizeof(zc_seg_charclass), charclass_cmp);
    // Merge the classes of a character listed more than once.
    size_t nch = 0;
    zc_seg_charclass *cc = b->chars.data;
    for (size_t i = 0; i < b->chars.len; i++) {
        if (nch && cc[nch - 1].cp == cc[i].cp)
            cc[nch - 1].classes |= cc[i].classes;
        else
            cc[nch++] = cc[i];
    }
    zc_seg_meta meta = {
        .nnodes = nnodes,
        .nentries = (uint32_t)nk,
        .nchars = (uint32_t)nch,
        .total = total,
        .unk_lp = (float)log(1 / total),
        .atom_lp = (float)log(ATOM_FREQ / total),
    };
    bool exact;
    zc_seg_lex_stats(ents, (uint32_t)nk, meta.unk_lp, meta.atom_lp, &meta.max_bytes, &exact);
    meta.exact_sums = exact;
    zc_image_part parts[] = {
        {ZC_SEG_SEC_META, &meta, sizeof meta},
        {ZC_SEG_SEC_BASE, base, (size_t)nnodes * 4},
        {ZC_SEG_SEC_CHECK, check, (size_t)nnodes * 4},
        {ZC_SEG_SEC_ENTRIES, ents, nk * sizeof *ents},
        {ZC_SEG_SEC_POOL, b->pool.data, b->pool.len},
        {ZC_SEG_SEC_CHARS, cc, nch * sizeof *cc},
        {ZC_SEG_SEC_TAGS, tags, nk * ZC_SEG_TAG_LEN},
        {ZC_SEG_SEC_PAIRS, pairs, ZC_SEG_PAIR_BITS / 8},
    };
    uint64_t h = zc_seg_checksum(0, &meta, offsetof(zc_seg_meta, checksum));
    for (size_t i = 1; i < ZC_NELEM(parts); i++)
        h = zc_seg_checksum(h, parts[i].data, parts[i].size);
    meta.checksum = h;
    s = zc_image_write(out, ZC_SEG_IMAGE_KIND, parts, ZC_NELEM(parts), err, errlen);
done:
    if (s == ZC_ENOMEM && !*err)
        snprintf(err, errlen, "%s: out of memory or empty lexicon", out);
    free(keys);
    free(ents);
    free(tags);
    free(pairs);
    free(base);
    free(check);
    return s;
}

/* Compiles words.zcd: see the banner. Inputs ending in ".tsv" are dicts/seg files (chars.tsv
 * holds character classes); any other input is a base lexicon in jieba's format. */
zc_status dictc_words(int nin, char **in, const char *out, char *err, size_t errlen)
{
    builder b = {0};
    zc_vec_init(&b.pool, 1);
    zc_vec_init(&b.words, sizeof(word));
    zc_vec_init(&b.chars, sizeof(zc_seg_charclass));
    zc_status s = ZC_OK;
    if (!rehash(&b))
        s = ZC_ENOMEM;
    // Base lexicons first, so vocabulary entries override them whatever the argument order;
    // tag corrections last, on the words of both.
    for (int pass = 0; pass < 3 && s == ZC_OK; pass++)
        for (int i = 0; i < nin && s == ZC_OK; i++) {
            size_t n = strlen(in[i]);
            bool tsv = n > 4 && strcmp(in[i] + n - 4, ".tsv") == 0;
            const char *slash = strrchr(in[i], '/');
            const char *name = slash ? slash + 1 : in[i];
            bool chars = strcmp(name, "chars.tsv") == 0, tags = strcmp(name, "tags.tsv") == 0;
            if (pass == 0 && !tsv)
                s = read_base(&b, in[i], err, errlen);
            else if (pass == 1 && tsv && !tags)
                s = read_tsv(&b, in[i], chars, err, errlen);
            else if (pass == 2 && tags)
                s = read_tags(&b, in[i], err, errlen);
        }
    if (s == ZC_OK)
        s = write_image(&b, out, err, errlen);
    if (s == ZC_ENOMEM && !*err)
        snprintf(err, errlen, "out of memory");
    zc_vec_free(&b.pool);
    zc_vec_free(&b.words);
    zc_vec_free(&b.chars);
    free(b.hash);
    return s;
}
