/*
 * lattice.c — the word segmenter: a scanner cuts text into whitespace, atoms (numbers with
 * their percent signs, scales and date units; Latin words; runs of one punctuation mark) and
 * runs of Han characters; each Han run is segmented by the best path over its word lattice
 * (dictionary words of the compiled and user lexicons, numeral atoms, single characters)
 * under unigram log-probabilities; a rule-based unknown-word model then joins a surname and
 * two single characters into a personal name. Works on any UTF-8 text (the decoded text or
 * the matching view of a zc_doc); it reads no zc_doc field itself and adds nothing to it.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "words_int.h"

#define MAX_RUN 4096   // a longer Han run is cut (bounded scratch)
#define MAX_CAND 256   // words starting at one position

struct zc_segmenter {
    const struct zc_seg_model *sm;
    uint32_t *off;     // byte offset of each char of the run (from the run start), n + 1
    uint8_t *cls;      // class of each char
    double *best;      // best log-probability of the rest of the run from each char
    uint32_t *next;    // end char of the best word starting at each char
    uint8_t *kind;     // its kind
    int32_t *ent;      // its entry of the compiled lexicon (ZC_SEG_ENT_*)
    int32_t word_ent;  // that of the word handed to the callback
    zc_vec words;      // zc_word, for zc_segment_words
    zc_vec ents;       // int32_t per word of `words`
};

zc_status zc_segmenter_new(const zc_model *m, zc_segmenter **out)
{
    *out = NULL;
    if (!m || !m->seg)
        return ZC_EINVAL;
    zc_segmenter *s = calloc(1, sizeof *s);
    if (!s)
        return ZC_ENOMEM;
    s->sm = m->seg;
    s->off = malloc((MAX_RUN + 1) * sizeof *s->off);
    s->cls = malloc(MAX_RUN + 1);
    s->best = malloc((MAX_RUN + 1) * sizeof *s->best);
    s->next = malloc((MAX_RUN + 1) * sizeof *s->next);
    s->kind = malloc(MAX_RUN + 1);
    s->ent = malloc((MAX_RUN + 1) * sizeof *s->ent);
    zc_vec_init(&s->words, sizeof(zc_word));
    zc_vec_init(&s->ents, sizeof(int32_t));
    if (!s->off || !s->cls || !s->best || !s->next || !s->kind || !s->ent) {
        zc_segmenter_free(s);
        return ZC_ENOMEM;
    }
    *out = s;
    return ZC_OK;
}

void zc_segmenter_free(zc_segmenter *s)
{
    if (!s)
        return;
    free(s->off);
    free(s->cls);
    free(s->best);
    free(s->next);
    free(s->kind);
    free(s->ent);
    zc_vec_free(&s->words);
    zc_vec_free(&s->ents);
    free(s);
}

typedef struct cand {
    uint32_t end;      // end char
    float lp;
    uint8_t kind;
    int32_t ent;       // ZC_SEG_ENT_*
} cand;

/* Puts the word [i, k) of log-probability lp into cands (see lex_words). */
static inline size_t put_cand(cand *cands, size_t nc, size_t before, uint32_t k, float lp,
                              uint8_t kind, int32_t ent, bool override)
{
    size_t j = 0;
    if (override)
        while (j < before && cands[j].end != k)
            j++;
    else
        j = nc;
    if (j < before) {
        cands[j].lp = lp;
        cands[j].kind = kind;
        cands[j].ent = ent;
    } else if (nc < MAX_CAND) {
        cands[nc++] = (cand){k, lp, kind, ent};
    }
    return nc;
}

/* Adds the words of `lx` that start at char i of the run (text t, offsets off, n chars) to
 * cands; with `override`, a word replaces a candidate of the same end. A word of the compiled
 * lexicon (kind ZC_WORD_LEXICON) keeps its entry, a user word ZC_SEG_ENT_ASK. `cn`, when not
 * NULL, is the lexicon's table of each BMP char (zc_seg_first): a three-byte first char (most
 * runs are Han) and its own word are one load instead of a walk. */
static inline __attribute__((always_inline)) size_t
lex_words(const zc_seg_lex *lx, const zc_seg_first *cn, const char *t, const uint32_t *off,
          uint32_t i, uint32_t n, cand *cands, size_t nc, uint8_t kind, bool override)
{
    const zc_da dal = lx->da, *da = &dal;   // a local copy: the writes to cands cannot alias it
    if (da->nnodes == 0)
        return nc;
    // The words found here end further each: one can only replace a candidate from before.
    const size_t before = nc;
    uint32_t node = 0, k = i + 1, p = off[i];
    if (cn && off[k] - p == 3) {
        const uint8_t *u = (const uint8_t *)t + p;
        const zc_seg_first *f = &cn[(u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu)];
        if (!(node = f->node))
            return nc;
        if (f->ent >= 0)
            nc = put_cand(cands, nc, before, k, f->lp, kind,
                          kind == ZC_WORD_LEXICON ? f->ent : ZC_SEG_ENT_ASK, override);
        p += 3;
        k++;
    }
    for (; p < off[n]; p++) {
        if (!(node = zc_da_next(da, node, (uint8_t)t[p])))
            break;
        if (p + 1 != off[k])
            continue;
        int64_t v = zc_da_value(da, node);
        if (v >= 0 && v < lx->nents)
            nc = put_cand(cands, nc, before, k, lx->ents[v].lp, kind,
                          kind == ZC_WORD_LEXICON ? (int32_t)v : ZC_SEG_ENT_ASK, override);
        k++;
    }
    return nc;
}

/* Finds the best path over the run's lattice: fills s->next and s->kind. */
static void best_path(zc_segmenter *s, const char *t, uint32_t n)
{
    const struct zc_seg_model *sm = s->sm;
    const uint32_t *off = s->off;
    const uint8_t *cls = s->cls;
    cand cands[MAX_CAND];
    s->best[n] = 0;
    for (uint32_t i = n; i-- > 0;) {
        size_t nc = 0;
        // A char no lexicon word replaces is in neither lexicon.
        cands[nc++] = (cand){i + 1, sm->meta.unk_lp, ZC_WORD_UNKNOWN, ZC_SEG_ENT_NONE};
        nc = lex_words(&sm->lex, sm->lexcn, t, off, i, n, cands, nc, ZC_WORD_LEXICON, true);
        if (sm->user.da.nnodes)   // most runs: no user lexicon
            nc = lex_words(&sm->user, NULL, t, off, i, n, cands, nc, ZC_WORD_USER, true);
        // Numeral atoms: 二十一, 二○○一年, 三十一日, 第十七.
        uint32_t k = i;
        if ((cls[i] & ZC_CC_ORDINAL) && i + 1 < n && (cls[i + 1] & ZC_CC_NUMERAL))
            k = i + 1;
        uint32_t j = k;
        while (j < n && (cls[j] & ZC_CC_NUMERAL))
            j++;
        if (j > k && nc + 2 <= MAX_CAND) {
            if (j - i >= 2)
                cands[nc++] = (cand){j, sm->meta.atom_lp, ZC_WORD_NUMBER, ZC_SEG_ENT_ASK};
            if (j - k >= 2 && j < n && (cls[j] & ZC_CC_DATEUNIT))
                cands[nc++] = (cand){j + 1, sm->meta.atom_lp, ZC_WORD_NUMBER, ZC_SEG_ENT_ASK};
        }
        double best = -DBL_MAX;
        size_t bi = 0;
        for (size_t c = 0; c < nc; c++) {
            double v = cands[c].lp + s->best[cands[c].end];
            if (v > best || (v == best && cands[c].end > cands[bi].end)) {
                best = v;
                bi = c;
            }
        }
        s->best[i] = best;
        s->next[i] = cands[bi].end;
        s->kind[i] = cands[bi].kind;
        s->ent[i] = cands[bi].ent;
    }
}

/* May the single-char word [i, i+1) of the path be part of a given name? */
static bool name_char(const zc_segmenter *s, uint32_t i, uint32_t n)
{
    return i < n && s->next[i] == i + 1 &&
           (s->kind[i] == ZC_WORD_LEXICON || s->kind[i] == ZC_WORD_UNKNOWN) &&
           !(s->cls[i] & (ZC_CC_NAMESTOP | ZC_CC_NUMERAL | ZC_CC_ORDINAL));
}

/* The end of the Han run that starts at byte i of t (a Han char), at most MAX_RUN chars. With
 * a segmenter, the offset of each char from i and its classes go into s->off and s->cls
 * (seg_run's lattice) and *n gets the chars: the run is decoded once. */
static size_t han_run_end(const struct zc_seg_model *sm, zc_segmenter *s, const char *t,
                          size_t len, size_t i, uint32_t *n)
{
    size_t e = i;
    for (*n = 0; *n < MAX_RUN && e < len; ++*n) {
        size_t a = e;
        int32_t c = zc_utf8_next((const uint8_t *)t, len, &a);
        unsigned k = zc_seg_cclass(sm, c);
        if (c < 0x80 || !(k & ZC_CC_HAN))   // zc_seg_ctype's Han test
            break;
        if (s) {
            s->off[*n] = (uint32_t)(e - i);
            s->cls[*n] = (uint8_t)k;
        }
        e = a;
    }
    if (s)
        s->off[*n] = (uint32_t)(e - i);
    return e;
}

/* Segments the Han run [start, end) of t, its n chars read by han_run_end, and emits its
 * words. */
static bool seg_run(zc_segmenter *s, const char *t, size_t start, uint32_t n, zc_word_fn fn,
                    void *arg)
{
    best_path(s, t + start, n);
    for (uint32_t i = 0; i < n;) {
        uint32_t j = s->next[i];
        int kind = s->kind[i];
        s->word_ent = s->ent[i];
        // Unknown-word model: surname + two single characters = a personal name (王小明).
        if (j == i + 1 && (s->cls[i] & ZC_CC_SURNAME) && kind != ZC_WORD_USER &&
            name_char(s, i + 1, n) && name_char(s, i + 2, n)) {
            j = i + 3;
            kind = ZC_WORD_NAME;
            s->word_ent = ZC_SEG_ENT_ASK;
        }
        zc_word w = {start + s->off[i], start + s->off[j], kind};
        if (fn(&w, arg))
            return false;
        i = j;
    }
    return true;
}

/* Length of the longest user word at t[i..len), 0 for none. */
static size_t user_match(const zc_seg_lex *lx, const char *t, size_t i, size_t len)
{
    if (lx->da.nnodes == 0)
        return 0;
    uint32_t node = 0;
    size_t best = 0;
    for (size_t p = i; p < len; p++) {
        if (!(node = zc_da_next(&lx->da, node, (uint8_t)t[p])))
            break;
        if (zc_da_value(&lx->da, node) >= 0)
            best = p + 1 - i;
    }
    return best;
}

static int32_t peek(const char *t, size_t len, size_t i, size_t *after)
{
    *after = i;
    if (i >= len)
        return -2;
    return zc_utf8_next((const uint8_t *)t, len, after);
}

/* End of the number atom whose first digit ends at i: digits, decimal point, thousands
 * commas, a percent or per-mille sign, scale characters (万 亿), one date unit (年 月 日). */
static size_t number_end(const struct zc_seg_model *sm, const char *t, size_t len, size_t i)
{
    size_t a, b;
    for (;;) {
        int32_t c = peek(t, len, i, &a);
        if (zc_seg_ctype(sm, c) == ZC_CT_DIGIT) {
            i = a;
            continue;
        }
        if ((c == '.' || c == 0xFF0E || c == ',') &&
            zc_seg_ctype(sm, peek(t, len, a, &b)) == ZC_CT_DIGIT) {
            i = b;
            continue;
        }
        break;
    }
    int32_t c = peek(t, len, i, &a);
    if (c == '%' || c == 0xFF05 || c == 0x2030)
        return a;
    while (zc_seg_cclass(sm, c) & ZC_CC_SCALE) {
        i = a;
        c = peek(t, len, i, &a);
    }
    if (zc_seg_cclass(sm, c) & ZC_CC_DATEUNIT)
        i = a;
    return i;
}

/* End of the Latin word whose first letter ends at i: letters and digits, with a '.' before a
 * digit (PM2.5) and '-', '&' between letters or digits (AT&T). */
static size_t latin_end(const struct zc_seg_model *sm, const char *t, size_t len, size_t i)
{
    size_t a, b;
    for (;;) {
        int32_t c = peek(t, len, i, &a);
        int ct = zc_seg_ctype(sm, c);
        if (ct == ZC_CT_LATIN || ct == ZC_CT_DIGIT) {
            i = a;
            continue;
        }
        if (c == '.' || c == '-' || c == '&') {
            int nt = zc_seg_ctype(sm, peek(t, len, a, &b));
            if (nt == ZC_CT_DIGIT || (c != '.' && nt == ZC_CT_LATIN)) {
                i = b;
                continue;
            }
        }
        return i;
    }
}

/* Emits the Han run [start, end) of t one character per word: no lattice. */
static bool char_run(const char *t, size_t start, size_t end, zc_word_fn fn, void *arg)
{
    for (size_t p = start; p < end;) {
        zc_word w = {p, p, ZC_WORD_UNKNOWN};
        zc_utf8_next((const uint8_t *)t, end, &w.end);
        if (fn(&w, arg))
            return false;
        p = w.end;
    }
    return true;
}

/* zc_segment's scanner; s NULL: Han runs come out one character per word (zc_segment_chars).
 * It starts at byte `from` and stops before the first atom or run that starts after byte
 * `past`, at *stopped: its only state is that position, so a scan resumed there goes on
 * exactly as one that never stopped (zc_segment_words_upto). */
static zc_status scan(const struct zc_seg_model *sm, zc_segmenter *s, const char *utf8,
                      size_t len, size_t from, size_t past, size_t *stopped, zc_word_fn fn,
                      void *arg)
{
    size_t i = from;
    *stopped = len;
    while (i < len) {
        if (i > past) {
            *stopped = i;
            break;
        }
        size_t j = i;
        int32_t c = zc_utf8_next((const uint8_t *)utf8, len, &j);
        int ct = c < 0 ? ZC_CT_OTHER : zc_seg_ctype(sm, c);
        if (ct == ZC_CT_SPACE) {
            i = j;
            continue;
        }
        zc_word w = {i, j, ZC_WORD_PUNCT};
        size_t um = user_match(&sm->user, utf8, i, len);
        size_t a;
        if (ct == ZC_CT_HAN) {
            uint32_t n;
            size_t e = han_run_end(sm, s, utf8, len, i, &n);
            if (um <= e - i) {
                if (!(s ? seg_run(s, utf8, i, n, fn, arg) : char_run(utf8, i, e, fn, arg)))
                    return ZC_OK;
                i = e;
                continue;
            }
        } else if (ct == ZC_CT_DIGIT) {
            w = (zc_word){i, number_end(sm, utf8, len, j), ZC_WORD_NUMBER};
        } else if (ct == ZC_CT_LATIN) {
            w = (zc_word){i, latin_end(sm, utf8, len, j), ZC_WORD_LATIN};
        } else if (c >= 0) {
            while (peek(utf8, len, w.end, &a) == c)
                w.end = a;
        }
        if (um > w.end - w.start)
            w = (zc_word){i, i + um, ZC_WORD_USER};
        if (s)
            s->word_ent = ZC_SEG_ENT_ASK;
        if (fn(&w, arg))
            return ZC_OK;
        i = w.end;
    }
    return ZC_OK;
}

zc_status zc_segment(zc_segmenter *s, const char *utf8, size_t len, zc_word_fn fn, void *arg)
{
    size_t stopped;
    return scan(s->sm, s, utf8, len, 0, SIZE_MAX, &stopped, fn, arg);
}

zc_status zc_segment_chars(const zc_model *m, const char *utf8, size_t len, zc_word_fn fn,
                           void *arg)
{
    if (!m || !m->seg)
        return ZC_EINVAL;
    size_t stopped;
    return scan(m->seg, NULL, utf8, len, 0, SIZE_MAX, &stopped, fn, arg);
}

typedef struct word_acc {
    zc_segmenter *s;
    bool oom;
} word_acc;

static int push_word(const zc_word *w, void *arg)
{
    word_acc *a = arg;
    zc_vec *v = &a->s->words, *e = &a->s->ents;
    if ((v->len == v->cap && !zc_vec_reserve(v, 1)) ||
        (e->len == e->cap && !zc_vec_reserve(e, 1))) {
        a->oom = true;
        return 1;
    }
    ZC_VEC_AT(v, zc_word, v->len++) = *w;   // typed stores: no memcpy call
    ZC_VEC_AT(e, int32_t, e->len++) = a->s->word_ent;
    return 0;
}

zc_status zc_segment_words(zc_segmenter *s, const char *utf8, size_t len,
                           const zc_word **words, size_t *n)
{
    size_t stopped;
    return zc_segment_words_upto(s, utf8, len, 0, SIZE_MAX, words, NULL, n, &stopped);
}

zc_status zc_segment_words_upto(zc_segmenter *s, const char *utf8, size_t len, size_t from,
                                size_t past, const zc_word **words, const int32_t **ents,
                                size_t *n, size_t *stopped)
{
    word_acc a = {s, false};
    s->words.len = s->ents.len = 0;
    scan(s->sm, s, utf8, len, from, past, stopped, push_word, &a);
    *words = s->words.data;
    if (ents)
        *ents = s->ents.data;
    *n = s->words.len;
    return a.oom ? ZC_ENOMEM : ZC_OK;
}

/* The start of the char that ends at byte p of t (p > 0). */
static size_t char_before(const char *t, size_t p)
{
    do
        p--;
    while (p > 0 && ((uint8_t)t[p] & 0xC0) == 0x80);
    return p;
}

/* The start of the char that ends at byte q of t (q > 0), its code point in *c: a three-byte
 * char (most of Chinese text) read at once, without going back byte by byte and decoding
 * again. t is valid UTF-8 up to q. Inline: the join test steps back a char at a time. */
static inline __attribute__((always_inline)) size_t char_before_cp(const uint8_t *t, size_t q,
                                                                  int32_t *c)
{
    if (q >= 3 && (t[q - 3] & 0xF0) == 0xE0) {
        *c = (int32_t)(t[q - 3] & 0x0F) << 12 | (int32_t)(t[q - 2] & 0x3F) << 6 |
             (t[q - 1] & 0x3F);
        return q - 3;
    }
    size_t a = char_before((const char *)t, q), i = a;
    *c = zc_utf8_next(t, q, &i);
    return a;
}

/* Whether a word of `lx` that starts at byte q, with the char c, ends after byte p (within
 * t[.., hi)), of a tag that `keep` accepts (any word when `keep` is NULL). `cn` is the
 * lexicon's table of each BMP char (zc_seg_first): a three-byte first char (the Han runs) is
 * one load instead of three steps; it ends before p, so no word ends there that counts. */
static bool lex_word_over(const zc_seg_lex *lx, const zc_seg_first *cn, const char *t, size_t q,
                          int32_t c, size_t p, size_t hi, zc_seg_tag_fn keep)
{
    uint32_t node = 0;
    size_t x = q;
    if (((uint8_t)t[q] & 0xF0) == 0xE0) {
        if (!(node = cn[c].node))
            return false;
        x += 3;
    }
    for (; x < hi; x++) {
        if (!(node = zc_da_next(&lx->da, node, (uint8_t)t[x])))
            return false;
        if (x >= p && (x + 1 == hi || ((uint8_t)t[x + 1] & 0xC0) != 0x80)) {
            int64_t v = zc_da_value(&lx->da, node);
            if (v >= 0 && v < lx->nents &&
                (!keep || (lx->tags && keep(lx->tags + (size_t)v * ZC_SEG_TAG_LEN))))
                return true;
        }
    }
    return false;
}

/* False when no word of the lexicon holds the chars a, b side by side (the PAIR bitmap; true
 * when the image has none). */
static inline bool pair_in_word(const struct zc_seg_model *sm, int32_t a, int32_t b)
{
    uint32_t bit = zc_seg_pair_hash(a, b);
    return !sm->pairs || (sm->pairs[bit >> 3] & (1u << (bit & 7)));
}

/* zc_seg_ctype of c, whose classes are k: a Han char told without the call. */
static inline int ctype_of(const struct zc_seg_model *sm, int32_t c, unsigned k)
{
    return c >= 0x80 && (k & ZC_CC_HAN) ? ZC_CT_HAN : zc_seg_ctype(sm, c);
}

bool zc_seg_may_join(const struct zc_seg_model *sm, const char *utf8, size_t lo, size_t hi,
                     size_t p, zc_seg_tag_fn keep)
{
    if (p <= lo || p >= hi)
        return false;
    if (sm->user.da.nnodes)
        return true;   // a user word may span runs and atoms (user_match)
    const uint8_t *u = (const uint8_t *)utf8;
    int32_t c0;
    size_t b = char_before_cp(u, p, &c0), j = p;
    int32_t c1 = zc_utf8_next(u, hi, &j);
    unsigned k0 = zc_seg_cclass(sm, c0), k1 = zc_seg_cclass(sm, c1);
    int t0 = ctype_of(sm, c0, k0), t1 = ctype_of(sm, c1, k1);
    if (t1 == ZC_CT_SPACE || t0 == ZC_CT_SPACE)
        return false;   // spaces are in no word, and the scanner starts again after them
    if (t1 != ZC_CT_HAN)   // a Han run ends before an atom or a mark (even 2001年 or 50万)
        return t0 != ZC_CT_HAN;   // inside an atom or a run of marks: only the scanner tells
    const unsigned unit = ZC_CC_SCALE | ZC_CC_DATEUNIT;   // 50万, 2001年, 3万亿 go on
    if (t0 != ZC_CT_HAN)
        return (k1 & unit) != 0;
    if ((k0 & unit) && (k1 & unit))
        return true;
    if ((k0 & (ZC_CC_NUMERAL | ZC_CC_ORDINAL)) && (k1 & (ZC_CC_NUMERAL | ZC_CC_DATEUNIT)))
        return true;   // a numeral atom (二十一, 第十七, 二○○一年)
    const unsigned nostop = ZC_CC_NAMESTOP | ZC_CC_NUMERAL | ZC_CC_ORDINAL;
    if (!(k1 & nostop)) {   // a name: surname + two single chars (seg_run)
        if (k0 & ZC_CC_SURNAME)
            return true;
        if (b > lo && !(k0 & nostop)) {
            size_t a = char_before(utf8, b);
            if (zc_seg_cclass(sm, zc_utf8_next(u, hi, &a)) & ZC_CC_SURNAME)
                return true;
        }
    }
    // The lexicon's words from the chars of the Han run before p: none when no word holds
    // the two chars side by side, and none from before a char that no word holds side by
    // side with the next (a word from there would hold that pair too).
    if (!pair_in_word(sm, c0, c1))
        return false;
    for (size_t q = b;;) {
        if (lex_word_over(&sm->lex, sm->lexcn, utf8, q, c0, p, hi, keep))
            return true;
        if (q <= lo || p - q >= sm->max_bytes)
            return false;
        int32_t ca;
        size_t a = char_before_cp(u, q, &ca);
        if (ctype_of(sm, ca, zc_seg_cclass(sm, ca)) != ZC_CT_HAN || !pair_in_word(sm, ca, c0))
            return false;
        q = a;
        c0 = ca;
    }
}

typedef struct lp_acc {
    zc_segmenter *s;
    double lp;
    const char *t;
} lp_acc;

static int add_lp(const zc_word *w, void *arg)
{
    lp_acc *a = arg;
    const struct zc_seg_model *sm = a->s->sm;
    double lp = sm->meta.unk_lp;
    int64_t e = zc_seg_lex_find(&sm->user, a->t + w->start, w->end - w->start);
    if (e >= 0)
        lp = sm->user.ents[e].lp;
    else if ((e = zc_seg_lex_find(&sm->lex, a->t + w->start, w->end - w->start)) >= 0)
        lp = sm->lex.ents[e].lp;
    else if (w->kind == ZC_WORD_NUMBER || w->kind == ZC_WORD_NAME)
        lp = sm->meta.atom_lp;
    a->lp += lp;
    return 0;
}

double zc_seg_text_lp(zc_segmenter *s, const char *utf8, size_t len)
{
    lp_acc a = {s, 0, utf8};
    zc_segment(s, utf8, len, add_lp, &a);
    return a.lp;
}
