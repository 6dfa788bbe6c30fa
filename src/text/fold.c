/*
 * fold.c — the matching view. Reads the decoded text (d->dec) and adds d->norm with its
 * offset map (d->vmap, d->norm_ci): NFKC through ICU (fullwidth digits and letters to ASCII,
 * U+3000 and NBSP to space), zero-width and control characters removed, CRLF to LF, optional
 * traditional → simplified (tables compiled from ICU at build time, fold.zcd), and
 * scraped-page boilerplate removed by the line patterns of dicts/boiler/boilerplate.tsv and
 * by the rule that a teaser line ending in an ellipsis which repeats earlier text is clutter;
 * the spaces of letter-spaced figures (4 9 2 5 0 万吨) are left out too.
 */
#define _GNU_SOURCE   // memmem
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "core/tsv.h"
#include "text_int.h"
#include "zc_regex.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define FOLD_KIND ZC_FOURCC('F', 'O', 'L', 'D')   // fold.zcd, src/tools/dictc_fold.c
#define FOLD_KEEP 1
#define FOLD_T2S 2
#define FOLD_SIMPLE 3
#define FOLD_T2S_BMP 4
#define TEASER_MIN_BYTES 30   // a repeated teaser must quote at least ~10 Chinese chars

struct zc_fold {
    const UNormalizer2 *nfkc;      /* ICU's singleton, not owned */
    const uint8_t *keep;           /* bitmap of BMP chars copied as they are: starters that
                                      NFKC maps to themselves, not removed */
    pcre2_code *boiler;            /* all boilerplate line patterns as one alternation */
    zc_image img;
    const uint32_t *t2s;           /* sorted (traditional, simplified) pairs */
    const uint16_t *simple;        /* BMP char → its one-char NFKC (１ → 1, ， → ,), 0: none */
    const uint16_t *t2s_bmp;       /* BMP char → its simplified form, 0: unchanged */
    size_t nt2s;
    uint8_t lead_kept[256];        /* 1: every char whose UTF-8 starts with this byte is kept
                                      (ASCII but CR and controls; U+4000-U+9FFF, ...) */
    uint64_t stable[0x10000 / 64]; /* bitmap of BMP chars kept and unchanged by T→S: with
                                      T→S on, most chars (every simplified one) */
};

/* Fills f->lead_kept and f->stable from the keep bitmap and the T→S table. */
static void index_leads(struct zc_fold *f)
{
    for (unsigned b = 0; b < 256; b++) {
        uint32_t lo, n;
        if (b < 0x80)
            lo = b, n = 1;
        else if (b >= 0xC2 && b <= 0xDF)
            lo = (b & 0x1F) << 6, n = 64;
        else if (b >= 0xE0 && b <= 0xEF)
            lo = b == 0xE0 ? 0x800 : (b & 0x0F) << 12, n = b == 0xE0 ? 0x800 : 0x1000;
        else
            continue;   // continuation bytes, and four-byte chars (never in the bitmap)
        bool all = true;
        for (uint32_t c = lo; all && c < lo + n; c++)
            all = f->keep[c >> 3] >> (c & 7) & 1;
        f->lead_kept[b] = all;
    }
#ifdef __SSE2__
    // 64 chars a word: their keep bits as they are, and the T→S zeros by 16-bit compares.
    for (uint32_t c = 0; c < 0x10000; c += 64) {
        uint64_t keep, zero = 0;
        memcpy(&keep, f->keep + c / 8, 8);   // little-endian: bit j of byte k is char 8k + j
        for (uint32_t k = 0; k < 64; k += 16) {
            const __m128i *t = (const __m128i *)(f->t2s_bmp + c + k);
            __m128i z0 = _mm_cmpeq_epi16(_mm_loadu_si128(t), _mm_setzero_si128());
            __m128i z1 = _mm_cmpeq_epi16(_mm_loadu_si128(t + 1), _mm_setzero_si128());
            zero |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_packs_epi16(z0, z1)) << k;
        }
        f->stable[c / 64] = keep & zero;
    }
#else
    for (uint32_t c = 0; c < 0x10000; c++)
        if ((f->keep[c >> 3] >> (c & 7) & 1) && !f->t2s_bmp[c])
            f->stable[c >> 6] |= UINT64_C(1) << (c & 63);
#endif
}

static bool removed_char(UChar32 c)
{
    int8_t t = u_charType(c);
    return (t == U_CONTROL_CHAR && c != '\n' && c != '\t') || t == U_FORMAT_CHAR;
}

/* Loads the line patterns. Each is checked alone to report a bad one by file:line, then all
 * are joined into one alternation, so a line costs one match call, not one per pattern. */
static zc_status load_patterns(zc_model *m, struct zc_fold *f, const char *dictdir)
{
    zc_tsv t;
    char err[512];
    zc_status s = zc_tsv_open(&t, dictdir, "boiler/boilerplate.tsv", err, sizeof err);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "%s", err);
    zc_vec all;
    zc_vec_init(&all, 1);
    int r = 0;
    while (s == ZC_OK && (r = zc_tsv_next(&t, err, sizeof err)) == 1) {
        const char *pat = t.col[1];
        if (t.ncol != 2 || !t.col[0][0] || !pat[0]) {
            zc_tsv_error(&t, err, sizeof err, "expected 2 columns: id, pattern");
            s = zc_model_fail(m, ZC_EFORMAT, "%s", err);
            break;
        }
        char why[300];
        if (!zc_regex_check(pat, strlen(pat), 0, why, sizeof why)) {
            zc_tsv_error(&t, err, sizeof err, "%s", why);
            s = zc_model_fail(m, ZC_EREGEX, "%s", err);
            break;
        }
        const char *sep = all.len ? "|(?:" : "(?:";
        if (!zc_vec_reserve(&all, strlen(sep) + strlen(pat) + 2)) {
            s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
            break;
        }
        for (const char *p = sep; *p; p++)
            zc_vec_push(&all, p);
        for (const char *p = pat; *p; p++)
            zc_vec_push(&all, p);
        zc_vec_push(&all, ")");
    }
    if (s == ZC_OK && r < 0)
        s = zc_model_fail(m, ZC_EFORMAT, "%s", err);
    if (s == ZC_OK && all.len) {
        char why[300];
        if (!(f->boiler = zc_regex_compile(all.data, all.len, 0, why, sizeof why)))
            s = zc_model_fail(m, ZC_EREGEX, "%s: the joined patterns: %s", t.path, why);
    }
    zc_tsv_close(&t);
    zc_vec_free(&all);
    return s;
}

zc_status zc_enc_fold_load(zc_model *m, const char *dictdir, struct zc_fold **out)
{
    *out = NULL;
    struct zc_fold *f = calloc(1, sizeof *f);
    if (!f)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    UErrorCode ue = U_ZERO_ERROR;
    f->nfkc = unorm2_getNFKCInstance(&ue);
    if (U_FAILURE(ue)) {
        free(f);
        return zc_model_fail(m, ZC_EICU, "ICU NFKC: %s", u_errorName(ue));
    }
    zc_status s = load_patterns(m, f, dictdir);
    if (s == ZC_OK) {
        char path[4096], err[512];
        snprintf(path, sizeof path, "%s/fold.zcd", dictdir);
        s = zc_image_open(path, FOLD_KIND, &f->img, err, sizeof err);
        size_t size = 0, ksize = 0, ssize = 0, bsize = 0;
        if (s == ZC_OK) {
            f->keep = zc_image_get(&f->img, FOLD_KEEP, &ksize);
            f->simple = zc_image_get(&f->img, FOLD_SIMPLE, &ssize);
            f->t2s_bmp = zc_image_get(&f->img, FOLD_T2S_BMP, &bsize);
            f->t2s = zc_image_get(&f->img, FOLD_T2S, &size);
            f->nt2s = size / (2 * sizeof(uint32_t));
            for (size_t i = 1; f->t2s && i < f->nt2s; i++)
                if (f->t2s[2 * i] <= f->t2s[2 * i - 2])
                    f->t2s = NULL;
            if (!f->t2s || size % (2 * sizeof(uint32_t)) || !f->keep || ksize != 0x10000 / 8 ||
                !f->simple || ssize != 0x10000 * sizeof(uint16_t) || !f->t2s_bmp ||
                bsize != 0x10000 * sizeof(uint16_t))
                s = zc_model_fail(m, ZC_EFORMAT, "%s: corrupt tables", path);
            else
                index_leads(f);
        } else {
            zc_model_fail(m, s, "%s", err);
        }
    }
    if (s != ZC_OK) {
        zc_enc_fold_free(f);
        return s;
    }
    *out = f;
    return ZC_OK;
}

void zc_enc_fold_free(struct zc_fold *f)
{
    if (!f)
        return;
    pcre2_code_free(f->boiler);
    zc_image_close(&f->img);
    free(f);
}

static uint32_t t2s_map(const struct zc_fold *f, uint32_t c)
{
    if (c < 0x10000)
        return f->t2s_bmp[c] ? f->t2s_bmp[c] : c;
    size_t lo = 0, hi = f->nt2s;   // beyond the BMP: the sorted pairs
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->t2s[2 * mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->nt2s && f->t2s[2 * lo] == c ? f->t2s[2 * lo + 1] : c;
}

/* ---- boilerplate: decoded byte ranges to leave out ------------------------------------- */

static bool is_space_byte(const char *s, size_t i, size_t e, size_t *n)
{
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
        *n = 1;
        return true;
    }
    if (e - i >= 3 && memcmp(s + i, "\xE3\x80\x80", 3) == 0) {   // U+3000
        *n = 3;
        return true;
    }
    if (e - i >= 2 && memcmp(s + i, "\xC2\xA0", 2) == 0) {       // NBSP
        *n = 2;
        return true;
    }
    return false;
}

/* Appends s[*i] to buf (advancing *i), folding fullwidth ASCII forms (U+FF01..U+FF5E) to
 * ASCII, so that a teaser and the text it quotes compare equal across that difference. */
static void put_folded(char *buf, size_t *n, const char *s, size_t *i, size_t e)
{
    const uint8_t *u = (const uint8_t *)s + *i;
    if (e - *i >= 3 && u[0] == 0xEF && ((u[1] == 0xBC && u[2] >= 0x81) ||
                                        (u[1] == 0xBD && u[2] <= 0x9E))) {
        buf[(*n)++] = (char)(0x21 + (((u[1] - 0xBC) << 6) | (u[2] - 0x80)) - 1);
        *i += 3;
        return;
    }
    buf[(*n)++] = s[(*i)++];
}

/* Strips spaces around [*b, *e) of s. */
static void trim(const char *s, size_t *b, size_t *e)
{
    size_t n;
    while (*b < *e && is_space_byte(s, *b, *e, &n))
        *b += n;
    while (*e > *b) {
        size_t k = *e - 1;
        while (k > *b && ((uint8_t)s[k] & 0xC0) == 0x80)
            k--;
        if (!is_space_byte(s, k, *e, &n))
            break;
        *e = k;
    }
}

/* Length of a trailing ellipsis ("...", "…", "……", "。。。") of s[b, e), 0 when none. */
static size_t ellipsis_tail(const char *s, size_t b, size_t e)
{
    static const char *const tails[] = {"\xE2\x80\xA6", "...", "\xE3\x80\x82\xE3\x80\x82"};
    size_t n = 0;
    for (bool more = true; more;) {
        more = false;
        for (size_t k = 0; k < ZC_NELEM(tails); k++) {
            size_t tl = strlen(tails[k]);
            if (e - b - n >= tl && memcmp(s + e - n - tl, tails[k], tl) == 0) {
                n += tl;
                more = true;
            }
        }
        while (e - b - n > 0 && s[e - n - 1] == '.') {
            n++;
            more = true;
        }
    }
    return n;
}

/* Extends `joined` (the decoded text without spaces and line breaks, fullwidth ASCII folded)
 * from decoded byte *done up to `upto`. */
static void join_upto(const char *s, size_t upto, char *joined, size_t *jlen, size_t *done)
{
    size_t n;
    for (size_t i = *done; i < upto;)
        if (s[i] == '\n' || is_space_byte(s, i, upto, &n))
            i += s[i] == '\n' ? 1 : n;
        else
            put_folded(joined, jlen, s, &i, upto);
    *done = upto;
}

/* Finds boilerplate lines of the decoded text and appends their byte ranges (with the line
 * break) to d->excluded, in order. A teaser is compared with the text before it joined
 * without breaks, so that one running a heading into its paragraph still matches; that
 * joined text is built only when a line looks like a teaser. */
static zc_status find_boilerplate(const struct zc_fold *f, pcre2_match_context *mctx, zc_doc *d)
{
    const char *s = d->dec;
    size_t len = d->dec_len, jlen = 0, jdone = 0;
    char *joined = NULL, *probe = NULL;
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    zc_status st = ZC_OK;
    if (!md)
        goto oom;
    for (size_t ls = 0; ls < len;) {
        const char *nl = memchr(s + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - s) : len, next = nl ? le + 1 : len;
        size_t b = ls, e = le;
        trim(s, &b, &e);
        bool drop = false;
        if (f->boiler && e > b)   // the decoder guarantees UTF-8
            drop = zc_regex_match(f->boiler, s + b, e - b, 0, 0, md, mctx) >= 0;
        size_t tail = e > b ? ellipsis_tail(s, b, e) : 0;
        if (!drop && tail && e - b - tail >= TEASER_MIN_BYTES) {
            if (!joined && (!(joined = malloc(len + 1)) || !(probe = malloc(len + 1))))
                goto oom;
            join_upto(s, ls, joined, &jlen, &jdone);
            size_t pl = 0, done = b;
            join_upto(s, e - tail, probe, &pl, &done);
            drop = pl >= TEASER_MIN_BYTES && memmem(joined, jlen, probe, pl) != NULL;
        }
        if (drop) {
            zc_span sp = {ls, next};
            if (!zc_vec_push(&d->excluded, &sp))
                goto oom;
        }
        ls = next;
    }
    goto done;
oom:
    st = zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
done:
    pcre2_match_data_free(md);
    free(joined);
    free(probe);
    return st;
}

/* ---- letter-spaced figures: the spaces of "4 9 2 5 0 万吨" ------------------------------ */

/* Length of the digit (0-9, ０-９) at s[i], 0 when none. */
static size_t digit_len(const char *s, size_t i, size_t len)
{
    const uint8_t *u = (const uint8_t *)s + i;
    if (i < len && u[0] >= '0' && u[0] <= '9')
        return 1;
    return len - i >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99 ? 3 : 0;
}

/* Length of the decimal point (. or ．) at s[i], 0 when none. */
static size_t point_len(const char *s, size_t i, size_t len)
{
    if (i < len && s[i] == '.')
        return 1;
    return len - i >= 3 && memcmp(s + i, "\xEF\xBC\x8E", 3) == 0 ? 3 : 0;
}

/* Whether the char before s[i] lets a letter-spaced figure start at i: none, a line break, or
 * a char beyond ASCII (Han, punctuation, U+3000) other than NBSP. Digits, Latin letters and
 * ASCII punctuation before it (G20 2016, 01-03 11:54) say it belongs to something else. */
static bool spaced_opener(const char *s, size_t i)
{
    if (i == 0 || s[i - 1] == '\n')
        return true;
    return (uint8_t)s[i - 1] >= 0x80 && !(i >= 2 && memcmp(s + i - 2, "\xC2\xA0", 2) == 0);
}

/* Whether s[i] closes one: a char beyond ASCII that is no space (万, 年, ％, ，). */
static bool spaced_closer(const char *s, size_t i, size_t len)
{
    if (i >= len || (uint8_t)s[i] < 0x80)
        return false;
    return !(len - i >= 3 && memcmp(s + i, "\xE3\x80\x80", 3) == 0) &&
           !(len - i >= 2 && memcmp(s + i, "\xC2\xA0", 2) == 0);
}

/* Reads a figure written with a space after each ASCII char (1 9 9 7 年, 1 0 ．0 6 ‰) from the
 * digit at s[i]: single digits joined by one space, or by a decimal point with at most one
 * space on each side, then one space and the word after. Pushes its spaces to `out` and
 * returns the byte after the last digit; pushes nothing when it is not such a figure (no space
 * inside: 3.2 由; no word after: a row of table cells 1 2 3). */
static size_t spaced_figure(const char *s, size_t len, size_t i, zc_vec *out, bool *oom)
{
    size_t j = i + digit_len(s, i, len), mark = out->len, n;
    bool inside = false;
    for (;;) {
        if (j < len && s[j] == ' ' && (n = digit_len(s, j + 1, len))) {
            zc_span sp = {j, j + 1};
            *oom |= !zc_vec_push(out, &sp);
            j += 1 + n;
            inside = true;
            continue;
        }
        size_t k = j + (j < len && s[j] == ' '), p = point_len(s, k, len);
        size_t k2 = k + p + (p && k + p < len && s[k + p] == ' ');
        if (!p || !(n = digit_len(s, k2, len)))
            break;
        zc_span a = {j, j + 1}, b = {k + p, k + p + 1};
        if (k > j)
            *oom |= !zc_vec_push(out, &a);
        if (k2 > k + p)
            *oom |= !zc_vec_push(out, &b);
        inside |= k > j || k2 > k + p;
        j = k2 + n;
    }
    zc_span last = {j, j + 1};
    if (inside && j < len && s[j] == ' ' && spaced_closer(s, j + 1, len))
        *oom |= !zc_vec_push(out, &last);
    else
        out->len = mark;
    return j;
}

static int span_cmp(const void *a, const void *b)
{
    const zc_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Adds to d->excluded the spaces of letter-spaced figures outside the boilerplate lines: one
 * report of 1998 puts a space after every ASCII char (4 9 2 5 0 万吨), and the view joins
 * them (49250万吨) so that the figure reads as one number. */
/* The first byte of s[i, len) that may begin a digit (0-9, or EF, the lead byte of ０-９),
 * or len. Such bytes are never inside a char (continuation bytes are 80-BF): the bytes are
 * looked at sixteen at a time, whatever chars they belong to. */
static size_t next_digit_lead(const char *s, size_t i, size_t len)
{
#ifdef __SSE2__
    const __m128i lo = _mm_set1_epi8('0' - 1), hi = _mm_set1_epi8('9' + 1),
                  ef = _mm_set1_epi8((char)0xEF);
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));   // signed: 80-FF are < '0'
        __m128i hit = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi)),
                                   _mm_cmpeq_epi8(v, ef));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m)
            return i + (unsigned)__builtin_ctz(m);
    }
#endif
    for (; i < len; i++)
        if ((uint8_t)((uint8_t)s[i] - '0') <= 9 || (uint8_t)s[i] == 0xEF)
            return i;
    return len;
}

static zc_status find_spaced_figures(zc_doc *d)
{
    const char *s = d->dec;
    size_t len = d->dec_len, nb = d->excluded.len, xi = 0;
    zc_vec sp;
    zc_vec_init(&sp, sizeof(zc_span));
    bool oom = false;
    for (size_t i = 0; i < len && !oom;) {
        // Most bytes: no digit begins there (a digit's first byte is 0-9 or that of ０-９).
        if ((i = next_digit_lead(s, i, len)) >= len)
            break;
        if (!digit_len(s, i, len) || !spaced_opener(s, i)) {
            i++;
            continue;
        }
        i = spaced_figure(s, len, i, &sp, &oom);
    }
    const zc_span *ex = d->excluded.data, *add = sp.data;
    for (size_t k = 0; k < sp.len && !oom; k++) {
        while (xi < nb && ex[xi].end <= add[k].start)
            xi++;
        if (xi < nb && ex[xi].start <= add[k].start)
            continue;   // inside a boilerplate line
        oom = !zc_vec_push(&d->excluded, &add[k]);
        ex = d->excluded.data;
    }
    zc_vec_free(&sp);
    if (oom)
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    if (d->excluded.len > nb)
        qsort(d->excluded.data, d->excluded.len, sizeof(zc_span), span_cmp);
    return ZC_OK;
}

/* ---- the view -------------------------------------------------------------------------- */

typedef struct builder {
    uint8_t *out;
    size_t len, cap;
    size_t nchars;       /* view chars written */
    zc_charindex *ci;    /* the view's char index, built along */
    size_t next_ck;      /* the view char whose byte offset ci takes next */
    size_t hint;         /* chars expected (decoded chars) */
} builder;

static bool reserve(builder *b, size_t n)
{
    if (b->len + n <= b->cap)
        return true;
    size_t cap = b->cap * 2 + n + 64;
    uint8_t *p = zc_big_realloc(b->out, cap);
    if (!p)
        return false;
    b->out = p;
    b->cap = cap;
    return true;
}

/* Gives the char index the byte offset `at` of view char b->next_ck: every char before it is
 * written or accounted for, and removed chars write nothing, so it starts there. */
static bool checkpoint(builder *b, size_t at)
{
    b->next_ck += ZC_CIDX_STEP;
    return zc_charindex_push(b->ci, at, b->hint);
}

static bool put(builder *b, const struct zc_fold *f, bool t2s, uint32_t c)
{
    if (t2s && c >= 0x80)
        c = t2s_map(f, c);
    if (!reserve(b, 4) || (b->nchars == b->next_ck && !checkpoint(b, b->len)))
        return false;
    b->len += zc_utf8_put(b->out + b->len, c);
    b->nchars++;
    return true;
}

/* NFKC of the decoded chars starting at byte *i (decoded char *dc): the char and the
 * combining chars that follow it. Emits the result as one piece and advances both. */
static zc_status fold_segment(const struct zc_fold *f, zc_doc *d, builder *b, bool t2s,
                              size_t *i, size_t *dc)
{
    const uint8_t *s = (const uint8_t *)d->dec;
    UChar src[64], dst[256];
    int32_t sl = 0;
    uint32_t k = 0;
    size_t p = *i;
    do {
        size_t q = p;
        int32_t c = zc_utf8_next(s, d->dec_len, &q);
        if (k > 0 && unorm2_hasBoundaryBefore(f->nfkc, c))
            break;
        if (sl > (int32_t)ZC_NELEM(src) - 2)
            break;
        U16_APPEND_UNSAFE(src, sl, c);
        k++;
        p = q;
    } while (p < d->dec_len);
    UErrorCode ue = U_ZERO_ERROR;
    int32_t dl = unorm2_normalize(f->nfkc, src, sl, dst, (int32_t)ZC_NELEM(dst), &ue);
    if (U_FAILURE(ue))
        return zc_doc_fail(d, ZC_EICU, (long long)zc_srcmap_byte(&d->src, *dc),
                           "ICU NFKC failed: %s", u_errorName(ue));
    size_t first = b->nchars;
    for (int32_t j = 0; j < dl;) {
        UChar32 c;
        U16_NEXT(dst, j, dl, c);
        if (removed_char(c))
            continue;
        if (!put(b, f, t2s, (uint32_t)c))
            return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    }
    if (!zc_viewmap_add(&d->vmap, first, *dc, (uint32_t)(b->nchars - first), k))
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    *i = p;
    *dc += k;
    return ZC_OK;
}

/* Decodes the code point at s[i] of valid UTF-8 (the decoder guarantees it); *n gets its
 * length. */
static inline uint32_t next_cp(const uint8_t *s, size_t i, size_t *n)
{
    uint8_t c = s[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    if (c < 0xE0) {
        *n = 2;
        return (uint32_t)(c & 0x1F) << 6 | (s[i + 1] & 0x3F);
    }
    if (c < 0xF0) {
        *n = 3;
        return (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
    }
    *n = 4;
    return (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[i + 1] & 0x3F) << 12 |
           (uint32_t)(s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3F);
}

static inline bool kept(const struct zc_fold *f, uint32_t c)
{
    return c < 0x10000 && (f->keep[c >> 3] >> (c & 7) & 1);
}

/* Whether the three-byte char at p is kept and has no T→S form (f->stable). */
static inline bool stable3(const struct zc_fold *f, const uint8_t *p)
{
    // Its first two bytes pick the 64-bit word of the bitmap, the third the bit.
    return f->stable[(p[0] & 0x0Fu) << 6 | (p[1] & 0x3Fu)] >> (p[2] & 0x3F) & 1;
}

/* With T→S, most chars: three bytes (CJK), kept with no T→S form, no combining mark after
 * them; the test below for them alone, from s[j] to stop or char `ck` of the run (*run
 * counts them). Returns the byte where they stop. A stable char is kept, so no combining
 * mark follows the chars before the last: only the last one's next char is asked, by its
 * lead byte (the caller's general test takes a char before any kept one the same). */
static size_t stable_run(const struct zc_fold *f, const uint8_t *s, size_t j, size_t stop,
                         size_t len, size_t *run, size_t ck)
{
    // One bound for the three limits (stop, the checkpoint, a char after it to read): the
    // last char of the text is left to the caller's general test, which takes it the same.
    size_t from = j, lim = stop < len - 1 ? stop : len - 1;
    if (ck >= *run && 3 * (ck - *run) < lim - j)   // the same bound as (lim - j) / 3: no divide
        lim = j + 3 * (ck - *run);
    while (j + 3 <= lim && (s[j] & 0xF0) == 0xE0 && stable3(f, s + j))
        j += 3;
    if (j > from && !f->lead_kept[s[j]])
        j -= 3;   // j <= lim < len: the char after the last one taken is there
    *run += (j - from) / 3;
    return j;
}

zc_status zc_enc_normalize(const zc_model *m, zc_doc *d)
{
    const struct zc_fold *f = m->enc->fold;
    bool t2s = d->opt.t2s != 0;
    zc_status st = ZC_OK;
    if (!d->opt.keep_boilerplate && (st = find_boilerplate(f, m->pcre_mctx, d)) != ZC_OK)
        return st;
    if ((st = find_spaced_figures(d)) != ZC_OK)
        return st;
    builder b = {.ci = &d->norm_ci, .hint = d->src.nchars};
    if (!reserve(&b, d->dec_len + 1))
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    const uint8_t *s = (const uint8_t *)d->dec;
    const zc_span *ex = d->excluded.data;
    size_t nex = d->excluded.len, xi = 0, len = d->dec_len;
    size_t i = 0, dc = 0;
    while (i < len) {
        if (xi < nex && i == ex[xi].start) {
            for (; i < ex[xi].end; i += zc_utf8_len(s[i]))
                dc++;
            xi++;
            continue;
        }
        // One-to-one: a run of chars that are kept or fold to one char, each followed by a
        // segment boundary. Unchanged bytes are copied in stretches.
        size_t stop = xi < nex ? ex[xi].start : len, j = i, run = 0, raw = i;
        size_t first = b.nchars, ck = b.next_ck - first;   // ck: the run's next checkpoint
        while (j < stop) {
            if (t2s)
                j = stable_run(f, s, j, stop, len, &run, ck);
            if (j >= stop)
                break;
            if (run == ck) {
                if (!checkpoint(&b, b.len + (j - raw)))
                    goto oom;
                ck = b.next_ck - first;
            }
            // Most chars: kept by their lead byte alone, and so is the next one (no combining
            // mark follows), so they are copied without being decoded.
            size_t k = j + zc_utf8_len(s[j]);
            if (!t2s && f->lead_kept[s[j]] && (k == len || f->lead_kept[s[k]])) {
                j = k;
                run++;
                continue;
            }
            size_t n, n2;
            uint32_t c = next_cp(s, j, &n), o = c;
            if (t2s && c < 0x10000 && (f->stable[c >> 6] >> (c & 63) & 1) &&
                (k == len || f->lead_kept[s[k]])) {
                j = k;   // kept, no T→S form, and no combining mark follows: copied
                run++;
                continue;
            }
            if (!kept(f, c) && (c >= 0x10000 || !(o = f->simple[c])))
                break;
            k = j + n;
            if (k < len) {
                uint32_t c2 = next_cp(s, k, &n2);
                if (c2 >= 0x300 && !kept(f, c2) && (c2 >= 0x10000 || !f->simple[c2]) &&
                    !unorm2_hasBoundaryBefore(f->nfkc, (UChar32)c2))
                    break;   // a combining mark follows: NFKC must see both
            }
            if (t2s && o >= 0x80)
                o = t2s_map(f, o);
            if (o != c) {
                if (!reserve(&b, j - raw + 4))   // T→S may lengthen a char
                    goto oom;
                memcpy(b.out + b.len, s + raw, j - raw);
                b.len += j - raw;
                b.len += zc_utf8_put(b.out + b.len, o);
                raw = k;
            }
            j = k;
            run++;
        }
        if (run) {
            if (!reserve(&b, j - raw + 1))
                goto oom;
            memcpy(b.out + b.len, s + raw, j - raw);
            b.len += j - raw;
            b.nchars += run;
            if (!zc_viewmap_add(&d->vmap, first, dc, (uint32_t)run, (uint32_t)run))
                goto oom;
            dc += run;
            i = j;
            continue;
        }
        size_t n;
        uint32_t c = next_cp(s, i, &n);
        if (c == '\r') {
            bool crlf = i + 1 < len && s[i + 1] == '\n';
            if (!crlf) {
                if (!reserve(&b, 1) || !zc_viewmap_add(&d->vmap, b.nchars, dc, 1, 1) ||
                    (b.nchars == b.next_ck && !checkpoint(&b, b.len)))
                    goto oom;
                b.out[b.len++] = '\n';
                b.nchars++;
            }
            i++;
            dc++;
        } else if (removed_char((UChar32)c)) {
            i += n;
            dc++;
        } else if ((st = fold_segment(f, d, &b, t2s, &i, &dc)) != ZC_OK) {
            free(b.out);
            return st;
        }
    }
    if (!reserve(&b, 1))
        goto oom;
    b.out[b.len] = '\0';
    d->norm = (char *)b.out;
    d->norm_len = b.len;
    d->norm_owned = true;
    if (!zc_charindex_finish(&d->norm_ci, d->norm, d->norm_len, b.nchars))
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    return ZC_OK;
oom:
    free(b.out);
    return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
}
