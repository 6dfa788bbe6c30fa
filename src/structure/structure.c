/*
 * structure.c — paragraphs, sentences, headings and sections of a document.
 *
 * Reads the matching view (d->norm) and adds the structure layer (d->structure, zc_struct_doc)
 * the sentences in text order — each with its paragraph, its kind (body, heading, list item)
 * and its innermost section — and the heading hierarchy, from which RECORDS.md `sentence`
 * and `section` are filled. The linguistic rules are data (dicts/structure/structure.tsv,
 * loaded at model open): the heading styles (一、 / (一) / 第一, / 1. / (1) / ① / 一是 ...)
 * with their conventional rank, the sentence ends (。!?;… and closing quotes), and which line
 * ends continue a sentence on the next line.
 *
 * The work is three passes over the view:
 *  1. lines → paragraphs: a line that does not end a sentence is joined with the next when
 *     it ends inside a clause (a `continue` rule) or when the document is hard-wrapped at a
 *     fixed width and the line is full; a line opening with a heading or item marker is
 *     never joined to the line before, and (outside wrapped documents) not to the next
 *     unless body text follows its title on it;
 *  2. paragraphs → sentences: a paragraph opening with a marker is a heading — the whole
 *     paragraph, or its first sentence when body text follows (run-in: 第四,强化医学监护。
 *     各乡镇必须…) — unless that title is longer than the style allows, which makes it a
 *     list item; markers later in a paragraph (…抓落实。一是要…) are list items; a run of
 *     three or more bare heading lines of one style with nothing between them (a table of
 *     contents) is a list, not sections;
 *  3. sections: each heading closes the open sections of its own style and of styles
 *     ranked at or below it, then nests under what stays open.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "core/tsv.h"
#include "zc_regex.h"
#include "structure_int.h"

#define MAX_STYLES 64
#define MAX_DEPTH 32
#define TAIL_BYTES 600   // line-end rules look at this much of a line's end at most

/* ---- the rules ------------------------------------------------------------------------ */

typedef struct hstyle {
    char name[32];
    int rank;            // conventional depth: 0 part, 1 一、, 2 (一), ...
    int maxlen;          // longest heading title, in characters
    bool split;          // also starts a paragraph after "sentence end + spaces" in a line
    pcre2_code *re;      // anchored at a paragraph start, matches the marker
    zc_regex_first first;   // the bytes a marker starts with
} hstyle;

struct zc_struct_model {
    hstyle styles[MAX_STYLES];
    size_t nstyles;
    pcre2_code *final;      // (?:final rows)+(?:close rows)*
    zc_regex_start final_start;   // the chars a sentence end starts with
    pcre2_code *brk;        // line ends that keep the line break; NULL when none
    pcre2_code *cont;       // line ends that continue on the next line; NULL when none
    pcre2_code *titleend;   // where a run-in title ends before the sentence does; NULL
    pcre2_code *reset;      // paragraph openings that close every section (同志们,); NULL
    pcre2_code *carry;      // units a line break split (2014⏎年8月26日); NULL when none
};

/* A growable string for building the combined patterns. */
typedef struct strbuf {
    char *p;
    size_t len, cap;
} strbuf;

static bool sb_add(strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np)
            return false;
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
    return true;
}

/* Appends "(?:pat)" to an alternation. */
static bool sb_alt(strbuf *b, const char *pat)
{
    return (b->len == 0 || sb_add(b, "|", 1)) && sb_add(b, "(?:", 3) &&
           sb_add(b, pat, strlen(pat)) && sb_add(b, ")", 1);
}

/* Writes "path:line: bad pattern ..." (line 0: the joined patterns of the file). */
static zc_status bad_pattern(zc_model *m, const char *path, size_t line, const char *why)
{
    if (!line)
        return zc_model_fail(m, ZC_EREGEX, "%s: the joined patterns: %s", path, why);
    return zc_model_fail(m, ZC_EREGEX, "%s:%zu: %s", path, line, why);
}

static bool parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

/* Parses one non-comment line split into `nf` tab-separated fields. */
static zc_status load_line(zc_model *m, struct zc_struct_model *sm, strbuf *alts,
                           const char *path, size_t lineno, char **f, size_t nf)
{
    static const char *const kinds[] = {"final", "close", "break", "continue", "titleend",
                                        "reset", "carry"};
    if (strcmp(f[0], "heading") == 0) {
        if (nf != 6)
            return zc_model_fail(m, ZC_EFORMAT,
                                 "%s:%zu: a heading row has 6 columns "
                                 "(heading, name, rank, maxlen, split, pattern), not %zu",
                                 path, lineno, nf);
        if (sm->nstyles == MAX_STYLES)
            return zc_model_fail(m, ZC_EFORMAT, "%s:%zu: more than %d heading styles", path,
                                 lineno, MAX_STYLES);
        hstyle *h = &sm->styles[sm->nstyles];
        if (strlen(f[1]) >= sizeof h->name || !*f[1])
            return zc_model_fail(m, ZC_EFORMAT, "%s:%zu: empty or overlong name", path, lineno);
        if (!parse_int(f[2], 0, 99, &h->rank))
            return zc_model_fail(m, ZC_EFORMAT, "%s:%zu: rank '%s' is not a number 0-99", path,
                                 lineno, f[2]);
        if (!parse_int(f[3], 1, 1000, &h->maxlen))
            return zc_model_fail(m, ZC_EFORMAT, "%s:%zu: maxlen '%s' is not a number 1-1000",
                                 path, lineno, f[3]);
        if (strcmp(f[4], "yes") != 0 && strcmp(f[4], "no") != 0)
            return zc_model_fail(m, ZC_EFORMAT, "%s:%zu: split is 'yes' or 'no', not '%s'",
                                 path, lineno, f[4]);
        h->split = f[4][0] == 'y';
        snprintf(h->name, sizeof h->name, "%s", f[1]);
        // anchored at compile time, so that JIT runs it: anchoring at match time would not
        char why[300];
        if (!(h->re = zc_regex_compile(f[5], PCRE2_ZERO_TERMINATED, PCRE2_ANCHORED, why,
                                       sizeof why)))
            return bad_pattern(m, path, lineno, why);
        zc_regex_first_of(h->re, &h->first);
        sm->nstyles++;
        return ZC_OK;
    }
    for (size_t k = 0; k < ZC_NELEM(kinds); k++) {
        if (strcmp(f[0], kinds[k]) != 0)
            continue;
        if (nf != 3)
            return zc_model_fail(m, ZC_EFORMAT,
                                 "%s:%zu: a %s row has 3 columns (%s, name, pattern), not %zu",
                                 path, lineno, kinds[k], kinds[k], nf);
        char why[300];   // checked alone for file:line
        if (!zc_regex_check(f[2], PCRE2_ZERO_TERMINATED, 0, why, sizeof why))
            return bad_pattern(m, path, lineno, why);
        if (!sb_alt(&alts[k], f[2]))
            return zc_model_fail(m, ZC_ENOMEM, "out of memory");
        return ZC_OK;
    }
    return zc_model_fail(m, ZC_EFORMAT,
                         "%s:%zu: unknown row kind '%s' (heading, final, close, break, "
                         "continue, titleend, reset, carry)",
                         path, lineno, f[0]);
}

/* `opts`: PCRE2_ANCHORED for the patterns tried at one position (reset), so that JIT runs
 * them. */
static zc_status compile_alt(zc_model *m, const char *path, const char *pat, uint32_t opts,
                             pcre2_code **out)
{
    char why[300];
    if (!(*out = zc_regex_compile(pat, PCRE2_ZERO_TERMINATED, opts, why, sizeof why)))
        return bad_pattern(m, path, 0, why);
    return ZC_OK;
}

zc_status zc_struct_model_load(zc_model *m, const char *dictdir)
{
    zc_tsv t;
    char err[512];
    zc_status s = zc_tsv_open(&t, dictdir, "structure/structure.tsv", err, sizeof err);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "%s", err);
    const char *path = t.path;
    struct zc_struct_model *sm = calloc(1, sizeof *sm);
    strbuf alts[7] = {{0}};
    strbuf fin = {0};
    if (!sm) {
        s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
        goto fail;
    }
    int r = 0;
    while (s == ZC_OK && (r = zc_tsv_next(&t, err, sizeof err)) == 1)
        s = load_line(m, sm, alts, path, t.lineno, t.col, (size_t)t.ncol);
    if (s == ZC_OK && r < 0)
        s = zc_model_fail(m, ZC_EFORMAT, "%s", err);
    if (s != ZC_OK)
        goto fail;
    if (!alts[0].len || !sm->nstyles) {
        s = zc_model_fail(m, ZC_EFORMAT, "%s: needs at least one heading and one final row",
                          path);
        goto fail;
    }
    if (!sb_add(&fin, "(?:", 3) || !sb_add(&fin, alts[0].p, alts[0].len) ||
        !sb_add(&fin, ")+", 2) ||
        (alts[1].len && (!sb_add(&fin, "(?:", 3) || !sb_add(&fin, alts[1].p, alts[1].len) ||
                         !sb_add(&fin, ")*", 2)))) {
        s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
        goto fail;
    }
    s = compile_alt(m, path, fin.p, 0, &sm->final);
    if (s == ZC_OK)
        zc_regex_start_build(sm->final, fin.p, &sm->final_start);
    if (s == ZC_OK && alts[2].len)
        s = compile_alt(m, path, alts[2].p, 0, &sm->brk);
    if (s == ZC_OK && alts[3].len)
        s = compile_alt(m, path, alts[3].p, 0, &sm->cont);
    if (s == ZC_OK && alts[4].len)
        s = compile_alt(m, path, alts[4].p, 0, &sm->titleend);
    if (s == ZC_OK && alts[5].len)
        s = compile_alt(m, path, alts[5].p, PCRE2_ANCHORED, &sm->reset);
    if (s == ZC_OK && alts[6].len)
        s = compile_alt(m, path, alts[6].p, 0, &sm->carry);
    if (s != ZC_OK)
        goto fail;
    for (size_t k = 0; k < ZC_NELEM(alts); k++)
        free(alts[k].p);
    free(fin.p);
    zc_tsv_close(&t);
    m->structure = sm;
    return ZC_OK;
fail:
    for (size_t k = 0; k < ZC_NELEM(alts); k++)
        free(alts[k].p);
    free(fin.p);
    zc_tsv_close(&t);
    zc_struct_model_free(sm);
    return s;
}

void zc_struct_model_free(struct zc_struct_model *sm)
{
    if (!sm)
        return;
    for (size_t i = 0; i < sm->nstyles; i++)
        pcre2_code_free(sm->styles[i].re);
    pcre2_code_free(sm->final);
    pcre2_code_free(sm->brk);
    pcre2_code_free(sm->cont);
    pcre2_code_free(sm->titleend);
    pcre2_code_free(sm->reset);
    pcre2_code_free(sm->carry);
    free(sm);
}

/* ---- matching helpers ------------------------------------------------------------------- */

typedef struct ctx {
    const struct zc_struct_model *sm;
    const char *s;            // the matching view
    size_t n;
    pcre2_match_data *md;
    pcre2_match_context *mctx;   // the model's match limits
    zc_vec finals;            // final_seen: the lines' sentence-end searches, by `from`
    size_t fcur;              // the first of them a later search may meet again
    size_t behind;            // bytes a lookbehind of the final pattern reads at most
    bool noting;              // the lines' pass: searches are noted in finals
} ctx;

/* A sentence-end search (find_final) and what it found. */
typedef struct final_seen {
    size_t base, from, to;    // the subject's start, the first possible start, its end
    size_t ms, me;            // the match; ms SIZE_MAX: none
} final_seen;

/* Searches `re` in s[from, to), with s[base, from) visible to lookbehinds. On a match sets
 * [*ms, *me) (view offsets) and returns true. */
static bool find(ctx *c, const pcre2_code *re, size_t base, size_t from, size_t to, uint32_t opts,
                 size_t *ms, size_t *me)
{
    if (!re || from > to)
        return false;
    // The view is valid UTF-8 by construction: checking it again per call is quadratic.
    int rc = zc_regex_match(re, c->s + base, to - base, from - base, opts, c->md, c->mctx);
    if (rc < 0)
        return false;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    *ms = base + ov[0];
    *me = base + ov[1];
    return true;
}

/* The search of the final pattern in [from, to) noted in the lines' pass that must find what
 * this one would: the same first possible start and end, and the same subject start or two
 * before `from` by more than a lookbehind reads (^, \A and \b then hold nowhere or alike).
 * The paragraphs' sentences meet most of a line's end again. NULL when there is none. */
static const final_seen *seen_final(ctx *c, size_t base, size_t from, size_t to)
{
    const final_seen *f = c->finals.data;
    while (c->fcur < c->finals.len && f[c->fcur].from < from)
        c->fcur++;
    if (c->fcur == c->finals.len)
        return NULL;
    f += c->fcur;
    size_t b = f->base > base ? f->base : base;
    if (f->from != from || f->to != to || (f->base != base && from - b <= c->behind))
        return NULL;
    return f;
}

/* find() for the sentence ends, from the first char one can start with: most of a sentence
 * holds none, and PCRE2 need not try it. */
static bool find_final(ctx *c, size_t base, size_t from, size_t to, size_t *ms, size_t *me)
{
    if (from > to)
        return false;
    from = zc_regex_next_start(&c->sm->final_start, c->s, from, to);
    if (from >= to)
        return false;
    const final_seen *f = seen_final(c, base, from, to);
    if (f) {
        *ms = f->ms;
        *me = f->me;
        return f->ms != SIZE_MAX;
    }
    bool found = find(c, c->sm->final, base, from, to, 0, ms, me);
    const final_seen *last =
        c->finals.len ? &ZC_VEC_AT(&c->finals, final_seen, c->finals.len - 1) : NULL;
    final_seen n = {base, from, to, found ? *ms : SIZE_MAX, found ? *me : 0};
    if (c->noting && (!last || from > last->from))
        (void)zc_vec_push(&c->finals, &n);   // kept in order of `from`; on OOM not noted
    return found;
}

/* The heading style whose marker opens s[pos, end), or -1; *mend receives the marker's end. */
static int marker_at(ctx *c, size_t pos, size_t end, size_t *mend)
{
    for (size_t k = 0; k < c->sm->nstyles; k++) {
        size_t ms, me;
        if (pos < end && !zc_regex_may_start(&c->sm->styles[k].first, (uint8_t)c->s[pos]))
            continue;   // most lines open with no marker's first byte: no PCRE2 call
        if (find(c, c->sm->styles[k].re, pos, pos, end, 0, &ms, &me) && me > pos) {
            *mend = me;
            return (int)k;
        }
    }
    return -1;
}

static bool is_ws(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\f' || ch == '\v';
}

static size_t skip_ws(const char *s, size_t pos, size_t end)
{
    while (pos < end && is_ws(s[pos]))
        pos++;
    return pos;
}

static size_t trim_end(const char *s, size_t start, size_t end)
{
    while (end > start && is_ws(s[end - 1]))
        end--;
    return end;
}

static size_t nchars(const char *s, size_t start, size_t end)
{
    size_t n = 0;
    for (size_t i = start; i < end; i++)
        n += ((uint8_t)s[i] & 0xC0) != 0x80;
    return n;
}

/* Display columns of s[start, end): East Asian wide and fullwidth characters count 2. */
static size_t width(const char *s, size_t start, size_t end)
{
    size_t w = 0, i = start;
    while (i < end) {
        int32_t cp = zc_utf8_next((const uint8_t *)s, end, &i);
        // ASCII is narrow, the CJK Unified Ideographs wide: ICU only for the rest.
        int ea = cp < 0                      ? U_EA_NEUTRAL
                 : cp < 0x80                 ? U_EA_NARROW
                 : cp >= 0x4E00 && cp <= 0x9FFF ? U_EA_WIDE
                                             : u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
        w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return w;
}

/* Start of a window of at most TAIL_BYTES at the end of [start, end), on a char boundary. */
static size_t tail_start(const char *s, size_t start, size_t end)
{
    if (end - start <= TAIL_BYTES)
        return start;
    size_t t = end - TAIL_BYTES;
    while (t < end && ((uint8_t)s[t] & 0xC0) == 0x80)
        t++;
    return t;
}

/* ---- pass 1: lines and paragraphs --------------------------------------------------------- */

typedef struct line {
    size_t start, end;   // trimmed
    size_t width;
    bool blank;
    bool fin;            // ends a sentence
    bool head;           // opens with a heading or item marker
    bool runin;          // ...and a sentence ends inside it: a run-in heading and its body
    bool brk, cont;      // a break / continue rule matches its end
} line;

static void scan_line(ctx *c, line *l)
{
    l->blank = l->start == l->end;
    if (l->blank)
        return;
    size_t t = tail_start(c->s, l->start, l->end), ms, me, from = t;
    // does a sentence end close the line (a closing " may follow)?
    while (find_final(c, t, from, l->end, &ms, &me)) {
        if (me >= l->end || (me + 1 == l->end && c->s[me] == '"')) {
            l->fin = true;
            break;
        }
        from = me > ms ? me : ms + 1;
    }
    size_t mend;
    l->head = marker_at(c, l->start, l->end, &mend) >= 0;
    if (l->fin)
        return;   // it joins no next line and has no wrap width: the rest is not needed
    l->runin = l->head && find_final(c, l->start, l->start, l->end, &ms, &me) &&
               me < l->end;
    l->brk = find(c, c->sm->brk, t, t, l->end, 0, &ms, &me);
    l->cont = find(c, c->sm->cont, t, t, l->end, 0, &ms, &me);
    l->width = width(c->s, l->start, l->end);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Returns the width from which a line of a hard-wrapped document counts as full, or 0 when
 * the document is not hard-wrapped: most lines end inside a sentence, and most of those
 * have about the same width. */
static size_t wrap_width(const line *lines, size_t nl)
{
    size_t nonblank = 0, nopen = 0;
    for (size_t i = 0; i < nl; i++) {
        nonblank += !lines[i].blank;
        nopen += !lines[i].blank && !lines[i].fin && !lines[i].brk;
    }
    if (nonblank < 6 || nopen * 2 < nonblank)
        return 0;
    size_t *w = malloc(nopen * sizeof *w);
    if (!w)
        return 0;   // only a heuristic: go without it
    size_t k = 0;
    for (size_t i = 0; i < nl; i++)
        if (!lines[i].blank && !lines[i].fin && !lines[i].brk)
            w[k++] = lines[i].width;
    qsort(w, nopen, sizeof *w, cmp_size);
    size_t med = w[nopen / 2], near = 0;
    for (size_t i = 0; i < nopen; i++)
        near += w[i] * 100 >= med * 85 && w[i] * 100 <= med * 115;
    free(w);
    if (med < 30 || near * 10 < nopen * 6)
        return 0;
    return med * 85 / 100;
}

/* Whether a `carry` rule matches across the break between line l and the next line n: one
 * unit split over two lines (a date broken after its year, 2014⏎年8月26日). */
static bool carries(ctx *c, const line *l, const line *n)
{
    size_t ms, me, t = tail_start(c->s, l->start, l->end);
    return find(c, c->sm->carry, t, t, n->end, 0, &ms, &me) && ms < l->end && me > n->start;
}

/* Whether line i continues on line i+1 (both exist). */
static bool joins(ctx *c, const line *l, const line *n, size_t wrap)
{
    if (n->blank || l->fin || n->head)
        return false;
    if (wrap && l->width >= wrap && !l->brk)
        return true;
    return ((!l->head || l->runin) && !l->brk && l->cont) || carries(c, l, n);
}

/* ---- pass 2: sentences --------------------------------------------------------------------- */

typedef struct pinfo {
    uint32_t first, nsent;   // its sentences
    int style;               // style of its opening marker, or -1
    int number;              // the marker's number (三 → 3, ⑤ → 5), 0 when unknown
    uint8_t kind;            // kind of its first sentence
    bool reset;              // opens with a reset rule (同志们,): closes every section
} pinfo;

typedef struct builder {
    ctx *c;
    zc_doc *d;
    zc_struct_doc *sd;
    zc_vec paras;            // pinfo
    size_t qpos, qcount;     // ASCII double quotes counted in the paragraph up to qpos
} builder;

/* End of the sentence starting at pos (a sentence end with its closing quotes), or `end`. */
static size_t sentence_end(builder *b, size_t pstart, size_t pos, size_t end)
{
    ctx *c = b->c;
    size_t ms, me;
    if (!find_final(c, pstart, pos, end, &ms, &me))
        return end;
    if (me < end && c->s[me] == '"') {   // an ASCII quote closes when an odd number is open
        for (; b->qpos < me; b->qpos++)
            b->qcount += c->s[b->qpos] == '"';
        if (b->qcount % 2)
            me++;
    }
    return me;
}

/* The number of a heading marker s[start, end): the first Arabic, Chinese (一 to 九十九) or
 * circled (① to ⑳) number in it; 0 when there is none. */
static int marker_number(const char *s, size_t start, size_t end)
{
    static const char *const digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int v = 0, cur = 0;
    bool any = false;
    size_t i = start;
    while (i < end) {
        size_t at = i;
        int32_t cp = zc_utf8_next((const uint8_t *)s, end, &i);
        if (cp >= '0' && cp <= '9') {
            v = v * 10 + (cp - '0');
            any = true;
            continue;
        }
        if (cp >= 0x2460 && cp <= 0x2473)   // ① .. ⑳
            return any ? v : cp - 0x2460 + 1;
        if (cp == 0x5341) {   // 十
            v += (cur ? cur : 1) * 10;
            cur = 0;
            any = true;
            continue;
        }
        int d = 0;
        for (size_t k = 0; k < ZC_NELEM(digits) && !d; k++)
            if (i - at == 3 && memcmp(s + at, digits[k], 3) == 0)
                d = (int)k + 1;
        if (d) {
            cur = d;
            any = true;
            continue;
        }
        if (any)
            break;
    }
    return v + cur;
}

static zc_status push_sentence(builder *b, size_t start, size_t end, uint8_t kind, int style,
                               bool para_start, int number)
{
    end = trim_end(b->c->s, start, end);
    if (end <= start)
        return ZC_OK;
    zc_sentence st = {.span = {start, end}, .kind = kind, .style = (int8_t)style,
                      .section = -1};
    if (para_start) {
        size_t ms, me;
        pinfo pi = {(uint32_t)b->sd->sentences.len, 0, style, number, kind,
                    find(b->c, b->c->sm->reset, start, start, end, 0, &ms, &me)};
        if (!zc_vec_push(&b->paras, &pi))
            return ZC_ENOMEM;
        b->sd->nparas++;
    }
    st.para = b->sd->nparas - 1;
    ZC_VEC_AT(&b->paras, pinfo, b->paras.len - 1).nsent++;
    return zc_vec_push(&b->sd->sentences, &st) ? ZC_OK : ZC_ENOMEM;
}

/* The end of the first piece of the sentence s[pos, send): send when it holds at most
 * ZC_SENT_MAX_CHARS characters, else just after the last comma, enumeration comma or
 * semicolon, or at the last space, in the second half of that many, else after that many. */
static size_t piece_end(const char *s, size_t pos, size_t send)
{
    if (send - pos <= ZC_SENT_MAX_CHARS)
        return send;   // no more chars than bytes: nearly every sentence, with no walk
    size_t n = 0, cut = 0, i = pos;
    while (i < send && n < ZC_SENT_MAX_CHARS) {
        size_t at = i;
        zc_utf8_next((const uint8_t *)s, send, &i);
        n++;
        if (n >= ZC_SENT_MAX_CHARS / 2 &&
            (s[at] == ',' || s[at] == ';' || (i - at == 3 && memcmp(s + at, "、", 3) == 0)))
            cut = i;
        else if (n >= ZC_SENT_MAX_CHARS / 2 && is_ws(s[at]))
            cut = at;
    }
    return i >= send ? send : cut ? cut : i;
}

/* Splits the paragraph s[ps, pe) into sentences. */
static zc_status split_paragraph(builder *b, size_t ps, size_t pe)
{
    ctx *c = b->c;
    const char *s = c->s;
    bool at_start = true;
    size_t pos = ps, pstart = ps;
    size_t full = 0;   // the end of an over-long sentence while its pieces are pushed
    b->qpos = ps;
    b->qcount = 0;
    for (;;) {
        pos = skip_ws(s, pos, pe);
        if (pos >= pe)
            return ZC_OK;
        size_t mend = pos;
        int style = marker_at(c, pos, pe, &mend);
        size_t send = full > pos ? full : sentence_end(b, pstart, pos, pe);
        uint8_t kind = ZC_SENT_BODY;
        if (style >= 0 && at_start) {
            const hstyle *h = &c->sm->styles[style];
            size_t te = send, ms, me;
            if (find(c, c->sm->titleend, pstart, mend, send, 0, &ms, &me))
                te = ms;
            te = trim_end(s, pos, te);
            if (te > skip_ws(s, mend, te) && nchars(s, pos, te) <= (size_t)h->maxlen) {
                kind = ZC_SENT_HEADING;
                send = te;
            } else {
                kind = ZC_SENT_ITEM;
            }
        } else if (style >= 0) {
            kind = ZC_SENT_ITEM;
        }
        int number = style >= 0 ? marker_number(s, pos, mend) : 0;
        full = send;
        send = piece_end(s, pos, send);
        zc_status st = push_sentence(b, pos, send, kind, style, at_start, number);
        if (st != ZC_OK)
            return st;
        pos = send;
        at_start = false;
        // "…六个问题。 一、要准确把握…": a marker after spaces inside a line opens a paragraph
        size_t q = pos;
        while (q < pe && (s[q] == ' ' || s[q] == '\t'))
            q++;
        if (q > pos && q < pe) {
            int st2 = marker_at(c, q, pe, &mend);
            if (st2 >= 0 && c->sm->styles[st2].split) {
                full = 0;
                at_start = true;
                pos = pstart = q;
                b->qpos = q;
                b->qcount = 0;
            }
        }
    }
}

/* A run of three or more bare heading lines of one style with nothing between or after them
 * but body text (目录/提纲, 附件) is a list: its lines become list items. */
static void demote_lists(zc_struct_doc *sd, zc_vec *paras)
{
    pinfo *p = paras->data;
    zc_sentence *st = sd->sentences.data;
    size_t n = paras->len;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && p[j].kind == ZC_SENT_HEADING && p[j].nsent == 1 &&
               p[j].style == p[i].style)
            j++;
        bool children = j < n && p[j].kind == ZC_SENT_HEADING;   // sections after all
        if (j - i >= 3 && !children)
            for (size_t k = i; k < j; k++) {
                p[k].kind = ZC_SENT_ITEM;
                st[p[k].first].kind = ZC_SENT_ITEM;
            }
        i = j > i ? j : i + 1;
    }
}

/* ---- pass 3: sections ------------------------------------------------------------------------ */

/* Builds the section tree. A heading closes the open section of its own style and what is
 * nested in it, or, for a style not open, the sections of styles ranked at or below it; it
 * then nests under what stays open. Inside an open section a numbering must start at 1: a
 * first marker numbered 2 or more (附:1、… then a line 2、…) is a list item. */
static zc_status build_sections(ctx *c, zc_struct_doc *sd, zc_vec *paras)
{
    int32_t stack[MAX_DEPTH];            // open sections, outermost first
    int seen[MAX_DEPTH + 1][MAX_STYLES]; // last number of each style among the children
    size_t depth = 0;
    memset(seen[0], 0, sizeof seen[0]);
    pinfo *p = paras->data;
    size_t pi = 0;
    zc_sentence *sts = sd->sentences.data;
    for (size_t i = 0; i < sd->sentences.len; i++) {
        zc_sentence *st = &sts[i];
        pinfo *para = pi < paras->len && p[pi].first == i ? &p[pi++] : NULL;
        if (para && para->reset)
            depth = 0;
        if (para && st->style >= 0 &&
            (st->kind == ZC_SENT_HEADING || st->kind == ZC_SENT_ITEM)) {
            const zc_section *secs = sd->sections.data;
            size_t j = 0;
            while (j < depth && secs[stack[j]].style != st->style)
                j++;
            if (j == depth && st->kind == ZC_SENT_HEADING) {
                int rank = c->sm->styles[st->style].rank;
                for (j = 0; j < depth && c->sm->styles[secs[stack[j]].style].rank < rank; j++)
                    ;
            }
            depth = j;
            if (st->kind == ZC_SENT_HEADING && depth > 0 && para->number > 1 &&
                seen[depth][st->style] == 0)
                st->kind = ZC_SENT_ITEM;
            seen[depth][st->style] = para->number ? para->number : 1;
        }
        if (st->kind == ZC_SENT_HEADING) {
            if (depth == MAX_DEPTH)
                depth--;
            zc_section sec = {.heading = st->span,
                              .sentence = (uint32_t)i,
                              .parent = depth ? stack[depth - 1] : -1,
                              .level = (uint8_t)depth,
                              .style = (uint8_t)st->style};
            if (!zc_vec_push(&sd->sections, &sec))
                return ZC_ENOMEM;
            stack[depth++] = (int32_t)(sd->sections.len - 1);
            memset(seen[depth], 0, sizeof seen[depth]);
        }
        st->section = depth ? stack[depth - 1] : -1;
    }
    return ZC_OK;
}

/* Gives every sentence its text: a pointer into the view, or a copy without the line breaks
 * (and the spaces around them) of rejoined lines; Latin or digits on both sides keep a
 * space. */
static zc_status set_texts(zc_doc *d, zc_struct_doc *sd, const char *s)
{
    zc_sentence *sts = sd->sentences.data;
    for (size_t i = 0; i < sd->sentences.len; i++) {
        zc_span sp = sts[i].span;
        if (!memchr(s + sp.start, '\n', sp.end - sp.start)) {
            sts[i].text = s + sp.start;
            sts[i].text_len = sp.end - sp.start;
            continue;
        }
        char *t = zc_arena_alloc(&d->arena, sp.end - sp.start + 1);
        if (!t)
            return ZC_ENOMEM;
        size_t n = 0;
        for (size_t k = sp.start; k < sp.end;) {
            if (!is_ws(s[k])) {
                t[n++] = s[k++];
                continue;
            }
            size_t e = k;
            bool nl = false;
            while (e < sp.end && is_ws(s[e]))
                nl |= s[e++] == '\n';
            if (!nl) {
                memcpy(t + n, s + k, e - k);
                n += e - k;
            } else if (n && (uint8_t)t[n - 1] < 0x80 && (uint8_t)s[e] < 0x80 &&
                       (isalnum((unsigned char)t[n - 1]) && isalnum((unsigned char)s[e]))) {
                t[n++] = ' ';
            }
            k = e;
        }
        sts[i].text = t;
        sts[i].text_len = n;
    }
    return ZC_OK;
}

zc_status zc_struct_run(const zc_model *m, zc_doc *d)
{
    zc_struct_doc *sd = d->structure;
    if (sd && sd->structured)
        return ZC_OK;
    if (!m || !m->structure)
        return zc_doc_fail(d, ZC_EINVAL, -1, "the model has no structure rules");
    zc_status s = zc_normalize(m, d);
    if (s != ZC_OK)
        return s;
    if (!(sd = zc_struct_doc_get(d)))
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    sd->sentences.len = sd->sections.len = 0;
    sd->nparas = 0;
    // One sentence per 115 to 130 bytes of the view in the corpora: room up front, so that
    // the vector does not copy itself at each doubling (extract.c, the records). A hint.
    (void)zc_vec_reserve(&sd->sentences, d->norm_len / 96);

    ctx c = {.sm = m->structure, .s = d->norm, .n = d->norm_len,
             .md = pcre2_match_data_create(4, NULL), .mctx = m->pcre_mctx, .noting = true};
    uint32_t lb;   // characters: four bytes at most each
    c.behind = c.sm->final &&
                       pcre2_pattern_info(c.sm->final, PCRE2_INFO_MAXLOOKBEHIND, &lb) == 0
                   ? 4 * (size_t)lb
                   : SIZE_MAX;
    zc_vec_init(&c.finals, sizeof(final_seen));
    zc_vec lines;
    zc_vec_init(&lines, sizeof(line));
    (void)zc_vec_reserve(&lines, c.n / 64);   // a line per 100 to 300 bytes: as for sentences
    builder b = {.c = &c, .d = d, .sd = sd};
    zc_vec_init(&b.paras, sizeof(pinfo));
    s = ZC_ENOMEM;
    if (!c.md)
        goto fail;
    for (size_t pos = 0; pos < c.n;) {
        const char *nl = memchr(c.s + pos, '\n', c.n - pos);
        size_t e = nl ? (size_t)(nl - c.s) : c.n;
        line l = {0};
        l.start = skip_ws(c.s, pos, e);
        l.end = trim_end(c.s, l.start, e);
        scan_line(&c, &l);
        if (!zc_vec_push(&lines, &l))
            goto fail;
        if (!nl)
            break;
        pos = e + 1;
    }
    c.noting = false;   // the paragraphs' searches, in order of `from` again
    c.fcur = 0;
    const line *ls = lines.data;
    size_t wrap = wrap_width(ls, lines.len);
    for (size_t i = 0; i < lines.len; i++) {
        if (ls[i].blank)
            continue;
        size_t j = i;
        while (j + 1 < lines.len && joins(&c, &ls[j], &ls[j + 1], wrap))
            j++;
        if ((s = split_paragraph(&b, ls[i].start, ls[j].end)) != ZC_OK)
            goto fail;
        i = j;
    }
    demote_lists(sd, &b.paras);
    if ((s = build_sections(&c, sd, &b.paras)) != ZC_OK || (s = set_texts(d, sd, c.s)) != ZC_OK)
        goto fail;
    sd->structured = true;
    s = ZC_OK;
fail:
    pcre2_match_data_free(c.md);
    zc_vec_free(&c.finals);
    zc_vec_free(&lines);
    zc_vec_free(&b.paras);
    if (s == ZC_ENOMEM)
        return zc_doc_fail(d, s, -1, "out of memory");
    return s;
}

size_t zc_struct_sentence_at(const zc_struct_doc *sd, size_t pos)
{
    const zc_sentence *st = sd->sentences.data;
    size_t lo = 0, hi = sd->sentences.len;
    while (lo < hi) {   // first sentence ending after pos
        size_t mid = lo + (hi - lo) / 2;
        if (st[mid].span.end <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- public accessors ------------------------------------------------------------------------ */

zc_status zc_structure(const zc_model *m, zc_doc *d)
{
    return zc_struct_run(m, d);
}

static const zc_struct_doc *structured(const zc_doc *d)
{
    const zc_struct_doc *sd = d->structure;
    return sd && sd->structured ? sd : NULL;
}

size_t zc_doc_nsentences(const zc_doc *d)
{
    const zc_struct_doc *sd = structured(d);
    return sd ? sd->sentences.len : 0;
}

void zc_doc_sentence(const zc_doc *d, size_t i, zc_sentence_info *out)
{
    const zc_struct_doc *sd = d->structure;
    const zc_sentence *st = &ZC_VEC_AT(&sd->sentences, zc_sentence, i);
    out->start = st->span.start;
    out->end = st->span.end;
    out->text = st->text;
    out->text_len = st->text_len;
    out->para = st->para;
    out->kind = (zc_sentence_kind)st->kind;
    out->depth =
        st->section < 0 ? 0 : (size_t)ZC_VEC_AT(&sd->sections, zc_section, st->section).level + 1;
}

size_t zc_doc_section_heading(const zc_doc *d, size_t i, size_t k)
{
    const zc_struct_doc *sd = d->structure;
    const zc_section *secs = sd->sections.data;
    int32_t sec = ZC_VEC_AT(&sd->sentences, zc_sentence, i).section;
    while (sec >= 0 && secs[sec].level > k)
        sec = secs[sec].parent;
    return sec >= 0 ? secs[sec].sentence : 0;
}

size_t zc_doc_sentence_at(const zc_doc *d, size_t pos)
{
    const zc_struct_doc *sd = structured(d);
    return sd ? zc_struct_sentence_at(sd, pos) : 0;
}
