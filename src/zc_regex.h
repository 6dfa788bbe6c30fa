/*
 * zc_regex.h — PCRE2 (8-bit code units) for the stages that match patterns: the one call they
 * compile through (src/core/regex.c) and the one they match through.
 */
#ifndef ZC_REGEX_H
#define ZC_REGEX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Compiles `pat` (`len` bytes, or PCRE2_ZERO_TERMINATED) with PCRE2_UTF | PCRE2_UCP | `opts` and
 * JIT-compiles it (when JIT cannot, the interpreter runs it). On a bad pattern returns NULL and
 * writes "bad pattern at offset N: reason" to err; the caller prefixes its file:line. */
pcre2_code *zc_regex_compile(const char *pat, size_t len, uint32_t opts, char *err,
                             size_t errlen);
/* zc_regex_compile without the JIT step, for a pattern that may never run: zc_regex_jit
 * before its first match. */
pcre2_code *zc_regex_compile_nojit(const char *pat, size_t len, uint32_t opts, char *err,
                                   size_t errlen);
/* JIT-compiles `re` (of zc_regex_compile_nojit) when room allows, else leaves it to the
 * interpreter. Not while another thread matches it. */
void zc_regex_jit(pcre2_code *re);
/* Only checks that `pat` compiles as zc_regex_compile would (a line checked alone before it
 * joins an alternation); false with the same message in err. */
bool zc_regex_check(const char *pat, size_t len, uint32_t opts, char *err, size_t errlen);

/* pcre2_match over valid UTF-8 (the matching view: no check of the subject). Goes through
 * the JIT fast path when it can, which skips pcre2_match's per-call set-up: the pattern is
 * JIT-compiled and `opts` asks for nothing the fast path ignores (PCRE2_ANCHORED). */
static inline int zc_regex_match(const pcre2_code *re, const char *s, size_t len, size_t off,
                                 uint32_t opts, pcre2_match_data *md, pcre2_match_context *mctx)
{
    const uint32_t fast = PCRE2_NOTBOL | PCRE2_NOTEOL | PCRE2_NOTEMPTY | PCRE2_NOTEMPTY_ATSTART;
    if (!(opts & ~fast)) {
        int rc = pcre2_jit_match(re, (PCRE2_SPTR)s, len, off, opts, md, mctx);
        if (rc != PCRE2_ERROR_JIT_BADOPTION)   // not JIT-compiled: the interpreter below
            return rc;
    }
    return pcre2_match(re, (PCRE2_SPTR)s, len, off, opts | PCRE2_NO_UTF_CHECK, md, mctx);
}

/* The bytes a match of a pattern can start with, as PCRE2 knows them (its first code unit or
 * start bitmap): an anchored pattern need not be called where the text opens otherwise. */
typedef struct zc_regex_first {
    bool known;           /* false: any byte may start a match (or the empty text matches) */
    uint8_t map[32];      /* bit b: byte b may start one */
} zc_regex_first;

/* Fills *f for `re`. Cannot fail. */
void zc_regex_first_of(const pcre2_code *re, zc_regex_first *f);

/* False when no match of the pattern of `f` starts with byte b. */
static inline bool zc_regex_may_start(const zc_regex_first *f, uint8_t b)
{
    return !f->known || (f->map[b / 8] >> (b % 8) & 1);
}

/* The chars a match of a pattern can start with, read from its source as the prefilters
 * below are (a lookaround starts with no char of its own): a search that is not anchored need
 * not try the offsets before the first of them. */
typedef struct zc_regex_start {
    bool known;            /* false: any char may start a match, or the empty text matches */
    uint8_t lead[32];      /* bit b: one of the chars starts with byte b */
    uint8_t nfirst;        /* those bytes, when there are at most 8 (else 0) */
    uint8_t firsts[8];
    uint8_t n;
    uint8_t len[64];
    uint32_t bytes[64];    /* each char's UTF-8, its first byte lowest */
} zc_regex_start;

/* Fills *st for `pat`, compiled as `re` (an anchored pattern gets known false). Cannot fail. */
void zc_regex_start_build(const pcre2_code *re, const char *pat, zc_regex_start *st);

/* The first offset in s[from, to) where a char of st starts (a match may start there), or
 * `to` when there is none; `from` itself when st is not known. */
size_t zc_regex_next_start(const zc_regex_start *st, const char *s, size_t from, size_t to);

/* ---- prefilters: skip a search that cannot match ------------------------------------------
 * A pattern's literal texts tell where it cannot match: zc_regex_prefilter_build reads the
 * pattern source and keeps up to ZC_PF_SETS sets of literals such that every match holds at
 * least one literal of each set. The chars of a subject, from `behind` chars before the start
 * offset (a lookbehind's reach) to its end, go into a zc_regex_chars (a Bloom filter over
 * chars); when some set has no literal whose chars are all in it, the search finds nothing. */
#define ZC_PF_SETS 4     /* sets kept per pattern */
#define ZC_PF_LITS 64    /* literals of a set */
#define ZC_PF_CHARS 4    /* chars of a literal looked at */
#define ZC_PF_BITS 2048   /* bits of zc_regex_chars */

/* Bits of a zc_regex_chars, by word: the few words a set's literals fall in. */
typedef struct zc_regex_pfbits {
    uint8_t n;
    uint8_t word[ZC_PF_LITS];
    uint64_t mask[ZC_PF_LITS];
} zc_regex_pfbits;

typedef struct zc_regex_pfset {
    zc_regex_pfbits first;               /* the bits of its literals' first chars */
    zc_regex_pfbits one;                 /* the bits of its one-char literals */
    uint8_t nlits;                       /* its longer literals: */
    uint8_t nchars[ZC_PF_LITS];
    uint16_t bit[ZC_PF_LITS][ZC_PF_CHARS];   /* the bits of their chars */
} zc_regex_pfset;

typedef struct zc_regex_prefilter {
    uint8_t nsets;                       /* 0: nothing known, the pattern may match anything */
    uint16_t behind;                     /* the longest lookbehind, in chars */
    zc_regex_pfset set[ZC_PF_SETS];
} zc_regex_prefilter;

typedef struct zc_regex_chars {
    uint64_t w[ZC_PF_BITS / 64];
} zc_regex_chars;

/* Literals as text, one of which every match holds (zc_regex_inside_literals). */
#define ZC_PF_LIT_BYTES 24   /* longest literal kept */
typedef struct zc_regex_lits {
    unsigned n;
    uint8_t len[ZC_PF_LITS];
    char s[ZC_PF_LITS][ZC_PF_LIT_BYTES];
} zc_regex_lits;

/* Reads what every match of `pat`, compiled as `re` by zc_regex_compile, must hold into *pf.
 * A construct it does not know leaves pf->nsets 0: a pattern it cannot read always runs.
 * Cannot fail. */
void zc_regex_prefilter_build(const pcre2_code *re, const char *pat, zc_regex_prefilter *pf);

/* The literals of the first set of what every match of `pat` holds in its own text (the needs
 * of zc_regex_prefilter_build, a positive lookbehind's text not among them: it may lie before
 * the search's start); n 0 when there is no such set. */
void zc_regex_inside_literals(const char *pat, zc_regex_lits *out);

/* Whether *pf can be asked (its counts and bits in range), as one read from an image. */
bool zc_regex_prefilter_valid(const zc_regex_prefilter *pf);

/* Sets *c to the chars of the UTF-8 text s[0, n). Cannot fail. */
void zc_regex_chars_of(zc_regex_chars *c, const char *s, size_t n);

/* The bit of zc_regex_chars that a char sets: `v` holds its bytes, the first in the low byte. */
static inline unsigned zc_regex_char_bit(uint32_t v)
{
    return (v * 0x9E3779B1u) >> (32 - 11);
}

/* Adds the one char s[0, n) (n of 1 to 4) to *c: zc_regex_chars_of a char at a time, for a
 * caller that walks the text's chars anyway. Cannot fail. */
static inline void zc_regex_chars_add(zc_regex_chars *c, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t v = u[0];   // unrolled: the callers' loops pass millions of chars
    if (n > 1)
        v |= (uint32_t)u[1] << 8 | (n > 2 ? (uint32_t)u[2] << 16 : 0) |
             (n > 3 ? (uint32_t)u[3] << 24 : 0);
    unsigned b = zc_regex_char_bit(v);
    c->w[b / 64] |= UINT64_C(1) << (b % 64);
}

/* zc_regex_chars_add of the three-byte char s[0, 3), a byte after it readable (the view's
 * NUL at least): its bytes in one load where the first byte lies lowest, as it does in v. */
static inline void zc_regex_chars_add3(zc_regex_chars *c, const char *s)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint32_t v;
    memcpy(&v, s, 4);
    unsigned b = zc_regex_char_bit(v & 0xFFFFFFu);
    c->w[b / 64] |= UINT64_C(1) << (b % 64);
#else
    zc_regex_chars_add(c, s, 3);
#endif
}

/* False when a pattern with prefilter pf cannot match a subject whose chars (from pf->behind
 * chars before the start offset on) are those of c; true when it may. */
static inline bool zc_regex_pfbits_any(const zc_regex_pfbits *b, const zc_regex_chars *c)
{
    uint64_t any = 0;
    for (unsigned i = 0; i < b->n; i++)
        any |= b->mask[i] & c->w[b->word[i]];
    return any != 0;
}

static inline bool zc_regex_may_match(const zc_regex_prefilter *pf, const zc_regex_chars *c)
{
    for (unsigned k = 0; k < pf->nsets; k++)   // first a literal's first char in each set
        if (!zc_regex_pfbits_any(&pf->set[k].first, c))
            return false;
    for (unsigned k = 0; k < pf->nsets; k++) {
        const zc_regex_pfset *set = &pf->set[k];
        bool any = zc_regex_pfbits_any(&set->one, c);
        for (unsigned l = 0; l < set->nlits && !any; l++) {
            any = true;
            for (unsigned j = 0; j < set->nchars[l] && any; j++) {
                unsigned b = set->bit[l][j];
                any = c->w[b / 64] >> (b % 64) & 1;
            }
        }
        if (!any)
            return false;
    }
    return true;
}

#endif
