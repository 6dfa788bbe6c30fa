/*
 * regex.c — the one place patterns are compiled (see zc_regex.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zc_regex.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

static pcre2_code *compile(const char *pat, size_t len, uint32_t opts, char *err, size_t errlen)
{
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, len, PCRE2_UTF | PCRE2_UCP | opts, &code,
                                   &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        snprintf(err, errlen, "bad pattern at offset %zu: %s", (size_t)off, (const char *)msg);
    }
    return re;
}

/* PCRE2's JIT compiler up to 10.45 dereferences NULL when one of its allocations fails midway
 * (fixed upstream by PCRE2 pull request 697): near an address-space limit the model's open
 * crashed instead of failing cleanly. The patterns JIT-compile into a few KB each, so JIT runs
 * only when this much can still be had at once; else the interpreter runs the pattern. */
enum { JIT_HEADROOM = 1 << 20 };

static bool room_for_jit(void)
{
    void *p = malloc(JIT_HEADROOM);
    free(p);
    return p != NULL;
}

void zc_regex_jit(pcre2_code *re)
{
    if (re && room_for_jit())
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);   // else the interpreter
}

pcre2_code *zc_regex_compile_nojit(const char *pat, size_t len, uint32_t opts, char *err,
                                   size_t errlen)
{
    return compile(pat, len, opts, err, errlen);
}

pcre2_code *zc_regex_compile(const char *pat, size_t len, uint32_t opts, char *err,
                             size_t errlen)
{
    pcre2_code *re = compile(pat, len, opts, err, errlen);
    zc_regex_jit(re);
    return re;
}

bool zc_regex_check(const char *pat, size_t len, uint32_t opts, char *err, size_t errlen)
{
    pcre2_code *re = compile(pat, len, opts, err, errlen);
    pcre2_code_free(re);
    return re != NULL;
}

void zc_regex_first_of(const pcre2_code *re, zc_regex_first *f)
{
    memset(f, 0, sizeof *f);
    uint32_t minlen = 0, type = 0, unit = 0, opts = 0;
    const uint8_t *map = NULL;
    if (!re || pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &minlen) != 0 || minlen == 0 ||
        pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &opts) != 0 || (opts & PCRE2_CASELESS) ||
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type) != 0)
        return;
    if (type == 1 && pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 && unit < 256) {
        f->map[unit / 8] = (uint8_t)(1u << (unit % 8));
        f->known = true;
    } else if (type == 0 && pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) == 0 && map) {
        memcpy(f->map, map, sizeof f->map);
        f->known = true;
    }
}

/* ---- prefilters ----------------------------------------------------------------------------
 * A recursive descent over the pattern source that knows the constructs of dicts/ patterns:
 * literal chars and escaped punctuation, classes, groups, alternation, quantifiers and the
 * four lookarounds. Each node yields what it knows (RE2's prefilter, simplified): the exact
 * set of texts it matches when that set is small, else `needs`, sets of literals each of
 * which must be met. Anything else is "unknown": it matches something, and needs nothing.
 * A positive lookahead's or lookbehind's text is needed too: the subject ends where the
 * search does, and the chars are taken from pf->behind chars before the start offset. */

#define LIT_BYTES ZC_PF_LIT_BYTES

typedef struct litset {
    int n;
    uint8_t len[ZC_PF_LITS];
    char s[ZC_PF_LITS][LIT_BYTES];
} litset;

typedef struct info {
    bool exact;                  // the node matches exactly the texts of ex
    litset ex;
    int nneeds;
    litset needs[ZC_PF_SETS];    // every match holds a literal of each
    bool nullable;               // it can match the empty text (lookarounds do)
    bool fknown;                 // its matches start with one of the chars of first
    litset first;
} info;

typedef struct parser {
    const char *p, *end;
    bool bad;                    // a construct the reader does not know: no prefilter
    bool inside;                 // needs of the match's own text: a lookbehind's are none
} parser;

static bool set_add(litset *s, const char *t, size_t len)
{
    if (len > LIT_BYTES || s->n >= ZC_PF_LITS)
        return false;
    for (int i = 0; i < s->n; i++)
        if (s->len[i] == len && memcmp(s->s[i], t, len) == 0)
            return true;
    memcpy(s->s[s->n], t, len);
    s->len[s->n++] = (uint8_t)len;
    return true;
}

/* How selective a need is: the shortest literal counts most, then how few there are. */
static int need_score(const litset *s)
{
    int minlen = LIT_BYTES;
    for (int i = 0; i < s->n; i++)
        if (s->len[i] < minlen)
            minlen = s->len[i];
    return minlen * 128 - s->n;
}

static bool set_same(const litset *a, const litset *b)
{
    if (a->n != b->n)
        return false;
    for (int i = 0; i < a->n; i++)
        if (a->len[i] != b->len[i] || memcmp(a->s[i], b->s[i], a->len[i]))
            return false;
    return true;
}

static void add_need(info *in, const litset *s)
{
    for (int i = 0; i < s->n; i++)
        if (s->len[i] == 0)
            return;   // the empty text is always there: no need
    if (s->n == 0)
        return;
    for (int k = 0; k < in->nneeds; k++)
        if (set_same(&in->needs[k], s))
            return;
    if (in->nneeds < ZC_PF_SETS) {
        in->needs[in->nneeds++] = *s;
        return;
    }
    int worst = 0;
    for (int i = 1; i < in->nneeds; i++)
        if (need_score(&in->needs[i]) < need_score(&in->needs[worst]))
            worst = i;
    if (need_score(s) > need_score(&in->needs[worst]))
        in->needs[worst] = *s;
}

/* The node's exact texts become a need; it no longer knows them exactly. */
static void to_needs(info *in)
{
    if (in->exact)
        add_need(in, &in->ex);
    in->exact = false;
}

/* Knows nothing (the literals themselves are not cleared: 8 KB a node). */
static void info_clear(info *in)
{
    in->exact = false;
    in->ex.n = 0;
    in->nneeds = 0;
    in->nullable = in->fknown = false;
    in->first.n = 0;
}

/* Matches only the empty text, as an assertion does: starts with no char of its own. */
static void first_empty(info *in)
{
    in->nullable = in->fknown = true;
    in->first.n = 0;
}

/* The chars of b that can start a match of `in` too (in's are kept). */
static void first_add(info *in, const info *b)
{
    for (int i = 0; i < b->first.n && in->fknown; i++)
        in->fknown = set_add(&in->first, b->first.s[i], b->first.len[i]);
    in->fknown = in->fknown && b->fknown;
}

static info *info_new(parser *ps)
{
    info *in = malloc(sizeof *in);
    if (in)
        info_clear(in);
    else
        ps->bad = true;
    return in;
}

static void set_exact(info *in, const char *t, size_t len)
{
    in->exact = true;
    in->ex.n = 0;
    set_add(&in->ex, t, len);
}

/* a then b, into a. */
static void concat(info *a, const info *b)
{
    for (int i = 0; i < b->nneeds; i++)
        add_need(a, &b->needs[i]);
    if (a->exact && b->exact && a->ex.n * b->ex.n <= ZC_PF_LITS) {
        litset prod;
        prod.n = 0;
        bool ok = true;
        for (int i = 0; i < a->ex.n && ok; i++)
            for (int j = 0; j < b->ex.n && ok; j++) {
                char t[2 * LIT_BYTES];
                memcpy(t, a->ex.s[i], a->ex.len[i]);
                memcpy(t + a->ex.len[i], b->ex.s[j], b->ex.len[j]);
                ok = set_add(&prod, t, (size_t)a->ex.len[i] + b->ex.len[j]);
            }
        if (ok) {
            a->ex = prod;
            return;
        }
    }
    to_needs(a);
    if (b->exact)
        add_need(a, &b->ex);
}

/* a or b, into a. */
static void alternate(info *a, info *b)
{
    if (a->exact && b->exact) {
        litset u = a->ex;
        bool ok = true;
        for (int i = 0; i < b->ex.n && ok; i++)
            ok = set_add(&u, b->ex.s[i], b->ex.len[i]);
        if (ok) {
            a->ex = u;
            a->nneeds = 0;   // exact texts say all (needs of lookaheads aside: dropped)
            return;
        }
    }
    to_needs(a);
    to_needs(b);
    int ba = -1, bb = -1;
    for (int i = 0; i < a->nneeds; i++)
        if (ba < 0 || need_score(&a->needs[i]) > need_score(&a->needs[ba]))
            ba = i;
    for (int i = 0; i < b->nneeds; i++)
        if (bb < 0 || need_score(&b->needs[i]) > need_score(&b->needs[bb]))
            bb = i;
    bool ok = ba >= 0 && bb >= 0;
    litset u;
    u.n = 0;
    if (ok)
        u = a->needs[ba];
    for (int i = 0; ok && i < b->needs[bb].n; i++)
        ok = set_add(&u, b->needs[bb].s[i], b->needs[bb].len[i]);
    a->nneeds = 0;
    if (ok)
        add_need(a, &u);
}

static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static size_t utf8_put(uint32_t cp, char *o)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static uint32_t utf8_get(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len == 1)
        return u[0];
    uint32_t cp = u[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++)
        cp = cp << 6 | (u[i] & 0x3F);
    return cp;
}

/* One char of the pattern at ps->p (escapes resolved): its code point, or -1 for a class
 * escape (\d, \p{..}: unknown) or -2 for an assertion (\b, and \K, which only moves the
 * reported start). Unknown escapes set ps->bad. */
static int64_t pat_char(parser *ps)
{
    if (ps->p >= ps->end)
        return ps->bad = true, -1;
    unsigned char c = (unsigned char)*ps->p;
    if (c != '\\') {
        size_t n = utf8_len(c);
        if (ps->p + n > ps->end)
            return ps->bad = true, -1;
        uint32_t cp = utf8_get(ps->p, n);
        ps->p += n;
        return cp;
    }
    if (++ps->p >= ps->end)
        return ps->bad = true, -1;
    c = (unsigned char)*ps->p++;
    switch (c) {
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H':
    case 'v': case 'V': case 'N': case 'X': case 'R':
        return -1;
    case 'p': case 'P':
        if (ps->p < ps->end && *ps->p == '{') {
            const char *close = memchr(ps->p, '}', (size_t)(ps->end - ps->p));
            if (!close)
                return ps->bad = true, -1;
            ps->p = close + 1;
        } else if (ps->p < ps->end) {
            ps->p++;
        }
        return -1;
    case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
    case 'K':   // the reported start moves; the text before it is matched all the same
        return -2;
    case 'x': {   // \x{HHHH} or \xHH (at most two hex digits: PCRE2's rule)
        bool brace = ps->p < ps->end && *ps->p == '{';
        const char *q = ps->p + brace;
        uint32_t cp = 0;
        int n = 0;
        for (; q < ps->end && isxdigit((unsigned char)*q) && (brace || n < 2) && n < 7; q++, n++)
            cp = cp * 16 + (uint32_t)(isdigit((unsigned char)*q) ? *q - '0' : (*q | 0x20) - 'a' + 10);
        if (brace && (n == 0 || q >= ps->end || *q != '}'))
            return ps->bad = true, -1;
        ps->p = q + brace;
        return cp <= 0x10FFFF ? (int64_t)cp : (ps->bad = true, -1);
    }
    default:
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return ps->bad = true, -1;   // \Q, back references...: not read
        return c;
    }
}

/* A class [...]: its chars when they are few, else unknown. */
static info *parse_class(parser *ps)
{
    info *in = info_new(ps);
    if (!in)
        return NULL;
    ps->p++;   // [
    bool neg = ps->p < ps->end && *ps->p == '^', known = !neg, first = true;
    if (neg)
        ps->p++;
    litset s = { 0 };
    while (ps->p < ps->end && !ps->bad && (*ps->p != ']' || first)) {
        first = false;
        if (ps->p[0] == '[' && ps->p + 1 < ps->end && ps->p[1] == ':') {   // [:alpha:]
            const char *close = strstr(ps->p, ":]");
            if (!close || close >= ps->end)
                return ps->bad = true, in;
            ps->p = close + 2;
            known = false;
            continue;
        }
        int64_t lo = pat_char(ps), hi = lo;
        if (ps->p + 1 < ps->end && ps->p[0] == '-' && ps->p[1] != ']') {
            ps->p++;
            hi = pat_char(ps);
        }
        if (lo < 0 || hi < 0 || hi < lo || hi - lo >= ZC_PF_LITS) {
            known = false;
            continue;
        }
        for (int64_t cp = lo; cp <= hi && known; cp++) {
            char t[4];
            known = set_add(&s, t, utf8_put((uint32_t)cp, t));
        }
    }
    if (ps->p >= ps->end)
        return ps->bad = true, in;
    ps->p++;   // ]
    if (known && s.n) {
        in->exact = true;
        in->ex = s;
        in->fknown = true;
        in->first = s;
    }
    return in;
}

static info *parse_alt(parser *ps);

/* A group after its "(": the kinds of group dicts/ patterns use. */
static info *parse_group(parser *ps)
{
    enum { PLAIN, AHEAD, EMPTY } kind = PLAIN;
    if (ps->p < ps->end && *ps->p == '?') {
        const char *q = ps->p + 1;
        if (q < ps->end && (*q == ':' || *q == '>'))
            ps->p += 2;
        else if (q < ps->end && *q == '=')
            ps->p += 2, kind = AHEAD;
        else if (q < ps->end && *q == '!')
            ps->p += 2, kind = EMPTY;
        else if (q + 1 < ps->end && *q == '<' && q[1] == '=')   // its text is in the subject
            ps->p += 3, kind = ps->inside ? EMPTY : AHEAD;      // from pf->behind on
        else if (q + 1 < ps->end && *q == '<' && q[1] == '!')
            ps->p += 3, kind = EMPTY;
        else if (q < ps->end && *q == '<') {   // a named group
            const char *close = memchr(q, '>', (size_t)(ps->end - q));
            if (!close)
                return ps->bad = true, NULL;
            ps->p = close + 1;
        } else {
            return ps->bad = true, NULL;   // options, conditions, recursion, comments
        }
    }
    info *in = parse_alt(ps);
    if (!in || ps->bad || ps->p >= ps->end || *ps->p != ')')
        return ps->bad = true, in;
    ps->p++;
    if (kind == AHEAD) {
        to_needs(in);   // its text is there, but the match goes on from where it begins
        first_empty(in);
    } else if (kind == EMPTY) {
        in->nneeds = 0;
        set_exact(in, "", 0);
        first_empty(in);
    }
    return in;
}

/* {m}, {m,}, {m,n} at ps->p: true with the bounds (n -1: unbounded), else false (a literal). */
static bool parse_braces(parser *ps, long *min, long *max)
{
    const char *q = ps->p + 1;
    char *e;
    if (q >= ps->end || *q < '0' || *q > '9')
        return false;
    *min = strtol(q, &e, 10);
    *max = *min;
    if (e < ps->end && *e == ',') {
        q = e + 1;
        *max = -1;
        if (q < ps->end && *q >= '0' && *q <= '9')
            *max = strtol(q, &e, 10);
        else
            e = (char *)q;
    }
    if (e >= ps->end || *e != '}')
        return false;
    ps->p = e + 1;
    return true;
}

/* An atom and its quantifier. */
static info *parse_piece(parser *ps)
{
    info *in;
    char c = *ps->p;
    if (c == '*' || c == '+' || c == '?' || (c == '(' && ps->p + 1 < ps->end && ps->p[1] == '*'))
        return ps->bad = true, NULL;   // a quantifier with no atom, a verb: not read
    if (c == '(') {
        ps->p++;
        in = parse_group(ps);
    } else if (c == '[') {
        in = parse_class(ps);
    } else if ((in = info_new(ps))) {
        if (c == '.') {
            ps->p++;
        } else if (c == '^' || c == '$') {
            ps->p++;
            set_exact(in, "", 0);
            first_empty(in);
        } else {
            int64_t cp = pat_char(ps);
            char t[4];
            if (cp >= 0) {
                set_exact(in, t, utf8_put((uint32_t)cp, t));
                in->fknown = true;
                in->first = in->ex;
            } else if (cp == -2) {
                set_exact(in, "", 0);
                first_empty(in);
            }
        }
    }
    if (!in || ps->bad)
        return in;
    bool nullable = in->nullable, fknown = in->fknown;   // the quantifier below keeps these
    litset first = in->first;
    long min = 1, max = 1;
    c = ps->p < ps->end ? *ps->p : 0;
    if (c == '?' || c == '*' || c == '+') {
        ps->p++;
        min = c == '+';
        max = c == '?' ? 1 : -1;
    } else if (c != '{' || !parse_braces(ps, &min, &max)) {
        return in;   // no quantifier (a { that opens none is a literal)
    }
    if (ps->p < ps->end && (*ps->p == '?' || *ps->p == '+'))
        ps->p++;   // lazy, possessive
    if (min == 0 && max == 1 && in->exact && set_add(&in->ex, "", 0)) {
        in->nneeds = 0;
    } else if (min == 0) {
        info_clear(in);   // may be absent: knows nothing
    } else if (min != 1 || max != 1) {
        to_needs(in);   // once at least: what it needs stays
    }
    in->nullable = nullable || min == 0;
    in->fknown = fknown;
    in->first = first;
    return in;
}

/* A sequence. Once an unknown piece breaks it, the known pieces after it are joined again
 * (给予.{0,6}?支持: 支持 is one need, not 支 and 持). */
static info *parse_seq(parser *ps)
{
    info *in = info_new(ps), *run = info_new(ps);
    if (!in || !run) {
        free(run);
        return in;
    }
    set_exact(in, "", 0);
    set_exact(run, "", 0);
    first_empty(in);
    while (ps->p < ps->end && *ps->p != '|' && *ps->p != ')' && !ps->bad) {
        info *piece = parse_piece(ps);
        if (!piece)
            continue;
        if (in->nullable) {   // what starts the sequence: up to its first piece that is not empty
            first_add(in, piece);
            in->nullable = piece->nullable;
        }
        if (in->exact) {
            concat(in, piece);
        } else {
            for (int i = 0; i < piece->nneeds; i++)
                add_need(in, &piece->needs[i]);
            piece->nneeds = 0;
            if (piece->exact)
                concat(run, piece);
            else
                to_needs(run);
            if (!run->exact) {   // a break, or too many texts: a new run from here
                for (int i = 0; i < run->nneeds; i++)
                    add_need(in, &run->needs[i]);
                run->nneeds = 0;
                set_exact(run, "", 0);
                if (piece->exact)
                    run->ex = piece->ex;
            }
        }
        free(piece);
    }
    if (!in->exact)
        add_need(in, &run->ex);
    free(run);
    return in;
}

static info *parse_alt(parser *ps)
{
    info *in = parse_seq(ps);
    while (in && !ps->bad && ps->p < ps->end && *ps->p == '|') {
        ps->p++;
        info *b = parse_seq(ps);
        if (b) {
            alternate(in, b);
            first_add(in, b);
            in->nullable = in->nullable || b->nullable;
        }
        free(b);
    }
    return in;
}

/* A char's bytes s[0, n) as zc_regex_char_bit reads them. */
static uint32_t char_bytes(const char *s, size_t n)
{
    uint32_t v = 0;
    for (size_t i = n; i-- > 0;)
        v = v << 8 | (unsigned char)s[i];
    return v;
}
_Static_assert(ZC_PF_BITS == 1 << 11, "zc_regex_char_bit makes 11-bit indices");

static void pfbits_add(zc_regex_pfbits *b, unsigned bit)
{
    unsigned i = 0;
    while (i < b->n && b->word[i] != bit / 64)
        i++;
    if (i == b->n) {   // at most one word a literal: never past ZC_PF_LITS
        b->word[b->n++] = (uint8_t)(bit / 64);
        b->mask[i] = 0;
    }
    b->mask[i] |= UINT64_C(1) << (bit % 64);
}

/* The needs of `pat` as a prefilter keeps them, the sets with the fewest literals first (they
 * fail soonest and cost least to look up); with `inside`, only those of the match's own text
 * (a lookbehind's are none). NULL when the reader cannot read it (or on OOM). */
static info *read_needs(const char *pat, bool inside)
{
    parser ps = { pat, pat + strlen(pat), false, inside };
    info *in = parse_alt(&ps);
    if (!in || ps.bad || ps.p != ps.end) {
        free(in);
        return NULL;
    }
    to_needs(in);
    for (int k = 1; k < in->nneeds; k++)
        for (int j = k; j > 0 && in->needs[j].n < in->needs[j - 1].n; j--) {
            litset t = in->needs[j];
            in->needs[j] = in->needs[j - 1];
            in->needs[j - 1] = t;
        }
    return in;
}

static void first_lits(const info *in, zc_regex_lits *out)
{
    out->n = in->nneeds ? (unsigned)in->needs[0].n : 0;
    if (out->n) {
        memcpy(out->len, in->needs[0].len, sizeof out->len);
        memcpy(out->s, in->needs[0].s, sizeof out->s);
    }
}

void zc_regex_inside_literals(const char *pat, zc_regex_lits *out)
{
    info *in = read_needs(pat, true);
    out->n = 0;
    if (in)
        first_lits(in, out);
    free(in);
}

void zc_regex_prefilter_build(const pcre2_code *re, const char *pat, zc_regex_prefilter *pf)
{
    memset(pf, 0, sizeof *pf);
    uint32_t behind = 0;
    if (pcre2_pattern_info(re, PCRE2_INFO_MAXLOOKBEHIND, &behind) != 0 || behind > UINT16_MAX)
        return;
    pf->behind = (uint16_t)behind;
    info *in = read_needs(pat, false);
    if (in) {
        for (int k = 0; k < in->nneeds; k++) {
            const litset *s = &in->needs[k];
            zc_regex_pfset *set = &pf->set[pf->nsets++];
            for (int l = 0; l < s->n; l++) {
                unsigned nc = 0;
                uint16_t bits[ZC_PF_CHARS] = { 0 };
                for (size_t i = 0; i < s->len[l] && nc < ZC_PF_CHARS;) {
                    size_t n = utf8_len((unsigned char)s->s[l][i]);
                    bits[nc++] = (uint16_t)zc_regex_char_bit(char_bytes(s->s[l] + i, n));
                    i += n;
                }
                pfbits_add(&set->first, bits[0]);
                if (nc == 1) {
                    pfbits_add(&set->one, bits[0]);
                } else {
                    memcpy(set->bit[set->nlits], bits, sizeof bits);
                    set->nchars[set->nlits++] = (uint8_t)nc;
                }
            }
        }
    }
    free(in);
}

static bool pfbits_valid(const zc_regex_pfbits *b)
{
    if (b->n > ZC_PF_LITS)
        return false;
    for (unsigned i = 0; i < b->n; i++)
        if (b->word[i] >= ZC_PF_BITS / 64)
            return false;
    return true;
}

bool zc_regex_prefilter_valid(const zc_regex_prefilter *pf)
{
    if (pf->nsets > ZC_PF_SETS)
        return false;
    for (unsigned k = 0; k < pf->nsets; k++) {
        const zc_regex_pfset *set = &pf->set[k];
        if (!pfbits_valid(&set->first) || !pfbits_valid(&set->one) || set->nlits > ZC_PF_LITS)
            return false;
        for (unsigned l = 0; l < set->nlits; l++) {
            if (set->nchars[l] > ZC_PF_CHARS)
                return false;
            for (unsigned j = 0; j < set->nchars[l]; j++)
                if (set->bit[l][j] >= ZC_PF_BITS)
                    return false;
        }
    }
    return true;
}

void zc_regex_chars_of(zc_regex_chars *c, const char *s, size_t n)
{
    memset(c, 0, sizeof *c);
    size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    static const uint32_t mask[5] = { 0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF };
    for (; i + 4 <= n;) {   // a char's bytes in one load (char_bytes puts the first lowest)
        uint32_t v;
        memcpy(&v, s + i, 4);
        size_t len = utf8_len((unsigned char)s[i]);
        unsigned b = zc_regex_char_bit(v & mask[len]);
        c->w[b / 64] |= UINT64_C(1) << (b % 64);
        i += len;
    }
#endif
    while (i < n) {
        size_t len = utf8_len((unsigned char)s[i]);
        if (i + len > n)
            len = n - i;
        zc_regex_chars_add(c, s + i, len);
        i += len;
    }
}

void zc_regex_start_build(const pcre2_code *re, const char *pat, zc_regex_start *st)
{
    memset(st, 0, sizeof *st);
    uint32_t opts = 0;
    if (!re || pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &opts) != 0 ||
        (opts & (PCRE2_ANCHORED | PCRE2_CASELESS)))
        return;
    parser ps = { .p = pat, .end = pat + strlen(pat) };
    info *in = parse_alt(&ps);
    if (in && !ps.bad && ps.p == ps.end && in->fknown && !in->nullable && in->first.n &&
        in->first.n <= (int)(sizeof st->bytes / sizeof st->bytes[0])) {
        for (int i = 0; i < in->first.n; i++) {
            uint8_t b = (uint8_t)in->first.s[i][0];
            if (!(st->lead[b / 8] >> (b % 8) & 1) && st->nfirst < sizeof st->firsts)
                st->firsts[st->nfirst] = b;
            st->nfirst += !(st->lead[b / 8] >> (b % 8) & 1);
            st->lead[b / 8] |= (uint8_t)(1u << (b % 8));
            st->len[i] = in->first.len[i];
            st->bytes[i] = char_bytes(in->first.s[i], in->first.len[i]);
        }
        st->n = (uint8_t)in->first.n;
        if (st->nfirst > sizeof st->firsts)
            st->nfirst = 0;
        st->known = true;
    }
    free(in);
}

/* Whether one of st's chars starts at s[i] (s[i] is one of their first bytes). */
static bool start_at(const zc_regex_start *st, const char *s, size_t i, size_t to)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (to - i >= 4) {   // one load: char_bytes puts the first byte lowest, as it lies
        static const uint32_t mask[5] = { 0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF };
        uint32_t w;
        memcpy(&w, s + i, 4);
        for (unsigned k = 0; k < st->n; k++)
            if ((w & mask[st->len[k]]) == st->bytes[k])
                return true;
        return false;
    }
#endif
    for (unsigned k = 0; k < st->n; k++)
        if (st->len[k] <= to - i && char_bytes(s + i, st->len[k]) == st->bytes[k])
            return true;
    return false;
}

size_t zc_regex_next_start(const zc_regex_start *st, const char *s, size_t from, size_t to)
{
    if (!st->known)
        return from;
    const uint8_t *u = (const uint8_t *)s;
    size_t i = from;
#ifdef __SSE2__
    // Sixteen bytes at a time against each first byte (continuation bytes are none of them:
    // chars are found at their first byte). Always eight compares, the first byte repeated
    // past nfirst, with no loop over them: the scan passes the whole text.
    __m128i want[8];
    for (unsigned k = 0; k < 8; k++)
        want[k] = _mm_set1_epi8((char)st->firsts[k < st->nfirst ? k : 0]);
    for (; st->nfirst && i + 16 <= to; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(u + i));
        __m128i eq = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, want[0]), _mm_cmpeq_epi8(v, want[1])),
                         _mm_or_si128(_mm_cmpeq_epi8(v, want[2]), _mm_cmpeq_epi8(v, want[3]))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, want[4]), _mm_cmpeq_epi8(v, want[5])),
                         _mm_or_si128(_mm_cmpeq_epi8(v, want[6]), _mm_cmpeq_epi8(v, want[7]))));
        for (unsigned m = (unsigned)_mm_movemask_epi8(eq); m; m &= m - 1)
            if (start_at(st, s, i + (unsigned)__builtin_ctz(m), to))
                return i + (unsigned)__builtin_ctz(m);
    }
#endif
    for (; i < to; i++)
        if ((st->lead[u[i] / 8] >> (u[i] % 8) & 1) && start_at(st, s, i, to))
            return i;
    return to;
}
