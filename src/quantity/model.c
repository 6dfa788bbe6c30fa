/*
 * model.c — loads and frees this stage's part of the model: the numeral and time lexicons of
 * dicts/lex/ (numerals, scale, units, approx, comparators, nonnumbers, time_cues, periods,
 * festivals; columns in dicts/lex/README.md), read as TSV at model open, checked line by
 * line (a bad line fails with file:line) and kept as one trie of the lexicon engine
 * (src/lexicon) over the keys of every table, searched by common prefix. Reads nothing from
 * zc_doc.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/tsv.h"
#include "quantity_int.h"

/* One file: its name under lex/, its table, and its column counts. */
typedef struct lexfile {
    const char *name;
    int tab;
    int mincols, maxcols;
    const char *columns;            /* for messages */
} lexfile;

static const lexfile files[] = {
    { "numerals.tsv", ZC_LX_DIGIT, 2, 3, "surface, value[, form]" },
    { "scale.tsv", ZC_LX_SCALE, 2, 3, "surface, value[, form]" },
    { "units.tsv", ZC_LX_UNIT, 3, 4, "surface, unit, class[, factor]" },
    { "approx.tsv", ZC_LX_APPROX, 4, 4, "surface, position, comparator, kind" },
    { "comparators.tsv", ZC_LX_CMP, 3, 3, "surface, position, comparator" },
    { "nonnumbers.tsv", ZC_LX_NONNUM, 1, 1, "surface" },
    { "time_cues.tsv", ZC_LX_TCUE, 3, 3, "surface, role, relation" },
    { "periods.tsv", ZC_LX_PERIOD, 3, 3, "surface, kind, value" },
    { "festivals.tsv", ZC_LX_FEST, 5, 5, "surface, calendar, date, offset, base" },
};

/* The names of the closed value sets of the columns (the schema, not linguistic data). */
static const char *const unit_classes[] = { "unit", "prefix", "time", "ordinal", "score",
                                            "grade", "symbol", "short", "share", "cncount",
                                            NULL };
static const char *const positions[] = { "pre", "mid", "post", NULL };
static const char *const roles[] = { "pre",   "ref",  "post",  "vague", "stop",   "range",
                                     "anchor", "from", "times", "anniv", "filler", "span",
                                     "start", "attrib", "ahead", "bound", "lead", "effort",
                                     "effort_end", "extend", "cap", NULL };
static const char *const pkinds[] = { "year",   "month",    "day",     "monthname", "quarter",
                                      "half",   "end",      "part",    "season",    "activity",
                                      "deictic", "ctxyear", "weekday", "unit",      "bizday",
                                      "report", "every",    "nth",     "hour",      "begin",
                                      "datesep", "clock",   "tens",    "lunar",     "lunarmonth",
                                      "lunarday", "plan",   "quote",   "event",     "dayofweek",
                                      "dseason", "mid",     "century", "daypart", "plandoc",
                                      "planpart", NULL };
static const char *const calendars[] = { "solar", "lunar", "term", "window", "founding",
                                          NULL };
// ?: better than, its direction read from the indicator by the extractor (优于 8h: <=).
static const char *const comparators[] = { "=", ">=", "<=", ">", "<", "~", "-", "?", NULL };
static const char *const relations[] = { "before", "by",     "on",          "within", "after",
                                         "around", "unspecified", "-",      NULL };

static int lookup(const char *const *names, const char *s)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static bool parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

static bool parse_mmdd(const char *s, int *m, int *d)
{
    return strlen(s) == 5 && s[2] == '-' && sscanf(s, "%2d-%2d", m, d) == 2 && *m >= 1 &&
           *m <= 12 && *d >= 1 && *d <= 31;
}

/* A duration value of periods.tsv: P<n><D|W|M|Y> or PT<n><H|M>. */
static bool valid_duration(const char *s)
{
    const char *p = s;
    if (*p++ != 'P')
        return false;
    bool t = *p == 'T';
    if (t)
        p++;
    int n = 0;
    while (*p >= '0' && *p <= '9')
        n++, p++;
    return n > 0 && p[1] == '\0' && (t ? *p == 'H' || *p == 'M' : strchr("DWMY", *p) && *p);
}

/* Fills the value of a periods.tsv entry `e` (its kind set) from col[2]; returns NULL or
 * what is wrong. */
static const char *fill_period(char **col, zc_lexent *e)
{
    switch (e->kind) {
    case ZC_PK_MONTHNAME:
        if (!parse_int(col[2], 1, 12, &e->month))
            return "value must be a month 1-12";
        break;
    case ZC_PK_HALF:
        if (strcmp(col[2], "H1") && strcmp(col[2], "H2"))
            return "value must be H1 or H2";
        e->half = col[2][1] - '0';
        break;
    case ZC_PK_PART:
        if (strcmp(col[2], "L") == 0)
            e->day = -1;
        else if (!parse_int(col[2], 1, 28, &e->day))
            return "value must be a day 1-28 or L";
        break;
    case ZC_PK_SEASON:
        if (lookup((const char *const[]){ "SP", "SU", "FA", "WI", NULL }, col[2]) < 0)
            return "value must be SP, SU, FA or WI";
        break;
    case ZC_PK_DEICTIC:
    case ZC_PK_CTXYEAR: {
        char u, sign;
        if (sscanf(col[2], "%c%c%d", &u, &sign, &e->offset) != 3 || !strchr("YQMWDC", u) ||
            (sign != '+' && sign != '-') || e->offset > 9)
            return "value must be Y, Q, M, W, D or C, a sign and an offset (M+1)";
        e->unit = u;
        if (sign == '-')
            e->offset = -e->offset;
        if (e->kind == ZC_PK_CTXYEAR && u != 'Y')
            return "ctxyear value must be Y+n";
        break;
    }
    case ZC_PK_WEEKDAY:
    case ZC_PK_DAYOFWEEK:
        if (!parse_int(col[2], 1, 7, &e->weekday))
            return "value must be a weekday 1-7";
        break;
    case ZC_PK_TENS:
        if (!parse_int(col[2], 10, 30, &e->tens) || e->tens % 10)
            return "value must be 10, 20 or 30";
        break;
    case ZC_PK_LUNARMONTH:
        if (!parse_int(col[2], 1, 12, &e->month))
            return "value must be a month 1-12";
        break;
    case ZC_PK_PLAN:
        if (!parse_int(col[2], 1000, 2999, &e->year))
            return "value must be the plan's last year";
        break;
    case ZC_PK_PLANPART:   // the years before the plan's last that its part ends (中期 → 2)
        if (!parse_int(col[2], 0, 4, &e->year))
            return "value must be the years before the plan's last, 0-4";
        break;
    case ZC_PK_DSEASON: {
        static const char *const seasons[] = { "SP", "SU", "FA", "WI", NULL };
        char code[3] = { 0 };
        if (strlen(col[2]) != 4 || col[2][2] != '+' || col[2][3] < '0' || col[2][3] > '1')
            return "value must be a season code and a year offset (WI+0, SP+1)";
        memcpy(code, col[2], 2);
        if (lookup(seasons, code) < 0)
            return "value must be SP, SU, FA or WI and an offset";
        e->offset = col[2][3] - '0';
        break;
    }
    case ZC_PK_UNIT:
    case ZC_PK_BIZDAY:
    case ZC_PK_REPORT:
        if (!valid_duration(col[2]))
            return "value must be a duration P<n>D|W|M|Y or PT<n>H|M";
        break;
    default:
        if (*e->str)
            return "value must be -";
    }
    return NULL;
}

/* The optional form column of a digit or scale word: `financial` (大写: 陆, 拾) sets kind
 * ZC_NUM_FINANCIAL. */
static const char *fill_form(char **col, int ncol, zc_lexent *e)
{
    if (ncol < 3)
        return NULL;
    if (strcmp(col[2], "financial") != 0)
        return "form must be financial";
    e->kind = ZC_NUM_FINANCIAL;
    return NULL;
}

/* Fills `e` from the columns of one line of `f`; returns NULL or what is wrong. */
static const char *fill(const lexfile *f, char **col, int ncol, zc_lexent *e)
{
    int v;
    switch (f->tab) {
    case ZC_LX_DIGIT:
        if (!parse_int(col[1], 0, 9, &v))
            return "value must be a digit 0-9";
        e->num = v;
        return fill_form(col, ncol, e);
    case ZC_LX_SCALE: {
        char *end;
        double x = strtod(col[1], &end);
        if (end == col[1] || *end || x < 10)
            return "value must be a number of at least 10";
        e->num = x;
        return fill_form(col, ncol, e);
    }
    case ZC_LX_UNIT:
        if ((e->kind = lookup(unit_classes, col[2])) < 0)
            return "class must be one of unit, prefix, time, ordinal, score, grade, symbol, "
                   "short, share, cncount";
        if (strlen(col[1]) >= sizeof((zc_number *)0)->unit)
            return "unit too long";
        if ((e->kind == ZC_UNIT_SHARE) != (strcmp(col[1], "-") == 0))
            return "unit must be - for a share, and only for a share";
        e->str = e->kind == ZC_UNIT_SHARE ? "" : col[1];
        e->num = 1;
        if (ncol == 4) {   // 三成 = 30 %: the number times the factor, in the unit given
            char *end;
            e->num = strtod(col[3], &end);
            if (*end || !(e->num > 0))
                return "factor must be a positive number";
        }
        break;
    case ZC_LX_APPROX:
    case ZC_LX_CMP:
        if ((e->kind = lookup(positions, col[1])) < 0)
            return "position must be pre, mid or post";
        if (f->tab == ZC_LX_CMP && e->kind == ZC_POS_MID)
            return "position must be pre or post";
        if (lookup(comparators, col[2]) < 0)
            return "comparator must be one of = >= <= > < ~ -";
        e->str = strcmp(col[2], "-") ? col[2] : "";
        if (f->tab == ZC_LX_APPROX) {
            if (strcmp(col[3], "approx") && strcmp(col[3], "bound"))
                return "kind must be approx or bound";
            e->bound = strcmp(col[3], "bound") == 0;
        }
        break;
    case ZC_LX_NONNUM:
        break;
    case ZC_LX_TCUE:
        if ((e->kind = lookup(roles, col[1])) < 0)
            return "unknown role";
        if (lookup(relations, col[2]) < 0)
            return "relation must be a RECORDS.md relation or -";
        e->str = strcmp(col[2], "-") ? col[2] : "";
        break;
    case ZC_LX_PERIOD:
        if ((e->kind = lookup(pkinds, col[1])) < 0)
            return "unknown kind";
        e->str = strcmp(col[2], "-") ? col[2] : "";
        return fill_period(col, e);
    case ZC_LX_FEST:
        if ((e->kind = lookup(calendars, col[1])) < 0)
            return "calendar must be solar, lunar, term, window or founding";
        if (e->kind == ZC_CAL_TERM) {
            char *end;
            e->num = strtod(col[2], &end);
            if (end == col[2] || *end || e->num < 0 || e->num >= 360)
                return "a term's date is a longitude in [0, 360)";
        } else if (e->kind == ZC_CAL_WINDOW) {
            if (strcmp(col[2], "-"))
                return "a window has no single day: date must be -";
        } else if (!parse_mmdd(col[2], &e->month, &e->day)) {
            return "date must be MM-DD";
        }
        if (!parse_int(col[3], -30, 30, &e->offset))
            return "offset must be a number of days";
        if (strcmp(col[4], "-") && !parse_int(col[4], 1000, 2999, &e->year))
            return "base must be a year or -";
        break;
    }
    return NULL;
}

static int cmp_ent(const void *pa, const void *pb)
{
    const zc_lexent *a = pa, *b = pb;
    int c = zc_da_keycmp(a->key, a->klen, b->key, b->klen);
    if (c)
        return c;
    if (a->tab != b->tab)
        return a->tab < b->tab ? -1 : 1;
    return (a->kind > b->kind) - (a->kind < b->kind);
}

static zc_status load_file(zc_model *m, struct zc_lexicon *lx, const char *dictdir,
                           const lexfile *f)
{
    char name[64], err[512];
    snprintf(name, sizeof name, "lex/%s", f->name);
    zc_tsv tsv;
    zc_status s = zc_tsv_open(&tsv, dictdir, name, err, sizeof err);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "%s", err);
    const char *path = tsv.path;
    int r;
    while ((r = zc_tsv_next(&tsv, err, sizeof err)) == 1) {
        size_t lineno = tsv.lineno;
        char **col = tsv.col;
        int ncol = tsv.ncol;
        bool empty = false;
        for (int i = 0; i < ncol; i++)
            empty |= col[i][0] == '\0';
        if (ncol < f->mincols || ncol > f->maxcols || empty) {
            s = zc_model_fail(m, ZC_EFORMAT, "%s:%zu: expected %d columns: %s", path, lineno,
                              f->maxcols, f->columns);
            goto fail;
        }
        zc_lexent e = { .tab = f->tab };
        const char *why = fill(f, col, ncol, &e);
        if (why) {
            s = zc_model_fail(m, ZC_EFORMAT, "%s:%zu: %s", path, lineno, why);
            goto fail;
        }
        e.klen = strlen(col[0]);
        e.key = zc_arena_strndup(&lx->arena, col[0], e.klen);
        if (e.str && *e.str)
            e.str = zc_arena_strndup(&lx->arena, e.str, strlen(e.str));
        else
            e.str = "";
        if (!e.key || !e.str) {
            s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
            goto fail;
        }
        if (lx->nents == lx->cap) {
            size_t nc = lx->cap ? 2 * lx->cap : 256;
            zc_lexent *ne = realloc(lx->ents, nc * sizeof *ne);
            if (!ne) {
                s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
                goto fail;
            }
            lx->ents = ne;
            lx->cap = nc;
        }
        lx->ents[lx->nents++] = e;
    }
    if (r < 0)
        s = zc_model_fail(m, ZC_EFORMAT, "%s", err);
fail:
    zc_tsv_close(&tsv);
    return s;
}

/* Whether an entry of table `tab` and `kind` can be the first word of a number or time
 * expression (the grammar of numeral.c and timex.c): 元 and 个 follow a number, 百分之
 * precedes one; 前, 至, 底, 日 follow a time. */
static bool can_begin(int tab, int kind)
{
    switch (tab) {
    case ZC_LX_UNIT:
        return kind == ZC_UNIT_PREFIX;
    case ZC_LX_TCUE:
        return kind != ZC_TC_POST && kind != ZC_TC_RANGE && kind != ZC_TC_TIMES &&
               kind != ZC_TC_ANNIV && kind != ZC_TC_FILLER && kind != ZC_TC_START &&
               kind != ZC_TC_ATTRIB && kind != ZC_TC_BOUND && kind != ZC_TC_LEAD &&
               kind != ZC_TC_EFFORT_END;
    case ZC_LX_PERIOD:
        return kind != ZC_PK_DAY && kind != ZC_PK_END && kind != ZC_PK_PART &&
               kind != ZC_PK_HOUR && kind != ZC_PK_BEGIN && kind != ZC_PK_DATESEP &&
               kind != ZC_PK_CLOCK && kind != ZC_PK_DAYOFWEEK && kind != ZC_PK_MID &&
               kind != ZC_PK_CENTURY;
    default:
        return true;
    }
}

/* Sorts the entries, groups them by key into the engine's trie and marks the first chars. */
/* Fills lx->start1 from the keys: per first char, the start tables of its own key when the
 * keys that begin with it have no others; lx->start_own for the others. False on OOM. */
static bool first_char_starts(struct zc_lexicon *lx)
{
    uint16_t *all = calloc(0x10000, sizeof *all);   // every key that begins with the char
    uint32_t *own = malloc(0x10000 * sizeof *own);  // the char's own key, UINT32_MAX none
    if (!all || !own) {
        free(all);
        free(own);
        return false;
    }
    memset(own, 0xff, 0x10000 * sizeof *own);
    for (size_t i = 0; i < lx->nkeys; i++) {
        const zc_lexent *e = &lx->ents[lx->keys[i].first];
        uint32_t c = zc_lex_lead_char(e->key, e->klen);
        if (c >= 0x10000)
            continue;
        all[c] |= lx->keys[i].start;
        size_t k = zc_utf8_len((uint8_t)e->key[0]);
        if (k == e->klen)
            own[c] = lx->keys[i].start;
    }
    for (uint32_t c = 0; c < 0x10000; c++) {
        lx->start1[c] = own[c] == all[c] ? all[c] : ZC_LX_WALK;
        lx->start_own[c] = own[c] == UINT32_MAX ? 0 : (uint16_t)own[c];
    }
    free(all);
    free(own);
    return true;
}

static zc_status build_trie(zc_model *m, struct zc_lexicon *lx)
{
    if (lx->nents > 1)
        qsort(lx->ents, lx->nents, sizeof *lx->ents, cmp_ent);
    for (size_t i = 1; i < lx->nents; i++)
        if (cmp_ent(&lx->ents[i - 1], &lx->ents[i]) == 0)
            return zc_model_fail(m, ZC_EFORMAT, "lex/%s: duplicate entry %s",
                                 files[lx->ents[i].tab].name, lx->ents[i].key);
    lx->keys = malloc((lx->nents ? lx->nents : 1) * sizeof *lx->keys);
    zc_da_key *dk = malloc((lx->nents ? lx->nents : 1) * sizeof *dk);
    if (!lx->keys || !dk) {
        free(dk);
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    }
    // What the parsers accept before a key or digit: digits, a sign (-, 负), spaces.
    static const uint32_t lead[] = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                                    '-', ' ', 0x8D1F /* 负 */};
    for (size_t i = 0; i < ZC_NELEM(lead); i++)
        lx->lead[lead[i]] = ZC_LX_LEAD;
    for (size_t i = 0; i < lx->nents; i++) {
        const zc_lexent *e = &lx->ents[i];
        zc_lexkey *k = lx->nkeys ? &lx->keys[lx->nkeys - 1] : NULL;
        if (!k || e->klen != lx->ents[k->first].klen ||
            memcmp(e->key, lx->ents[k->first].key, e->klen) != 0) {
            dk[lx->nkeys] = (zc_da_key){e->key, (uint32_t)e->klen, (uint32_t)lx->nkeys};
            k = &lx->keys[lx->nkeys++];
            *k = (zc_lexkey){ .first = (uint32_t)i };
        }
        k->n++;
        unsigned bits = 1u << e->tab;
        k->tabs |= (uint16_t)bits;
        if (can_begin(e->tab, e->kind)) {
            k->start |= (uint16_t)bits;
            bits |= 1u << ZC_LX_START;
        }
        uint32_t c = zc_lex_lead_char(e->key, e->klen);
        if (c < 0x10000)
            lx->lead[c] |= (uint16_t)bits;
    }
    if (!first_char_starts(lx)) {
        free(dk);
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    }
    int32_t *base, *check;
    uint32_t nn;
    zc_status s = zc_da_build(dk, lx->nkeys, &base, &check, &nn);
    free(dk);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "cannot build the lexicon's trie");
    lx->da = (zc_da){base, check, nn};
    if (!(lx->charnode = zc_da_char_nodes(&lx->da)) || !(lx->nodeval = zc_da_values(&lx->da)) ||
        !(lx->pairs = zc_da_pairs(&lx->da, lx->charnode)))
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    return ZC_OK;
}

/* A walk over the keys that are prefixes of a text, shorter first. */
typedef struct walk {
    zc_da da;             /* a copy: the callers' writes cannot alias it */
    const struct zc_lexicon *lx;
    const char *s;
    size_t len, i;        /* bytes of s taken */
    uint32_t node;        /* 0 once no longer key can match */
} walk;

/* Inline: every prefix question starts one (the number and time parsers ask ~190k a run). */
static inline __attribute__((always_inline)) walk walk_start(const struct zc_lexicon *lx,
                                                             const char *s, size_t len)
{
    walk w = {lx->da, lx, s, len, 0, 0};
    w.node = zc_da_first(&w.da, lx->charnode, s, len, &w.i);
    return w;
}

/* The next key on the walk, NULL at the end. Inline in its three loops: the walk then stays in
 * registers instead of memory between keys. */
static inline __attribute__((always_inline)) const zc_lexkey *walk_next(walk *w)
{
    while (w->node) {
        int32_t v = w->lx->nodeval[w->node];   // one load, not the terminal slot's two
        w->node = w->i < w->len ? zc_da_next(&w->da, w->node, (uint8_t)w->s[w->i++]) : 0;
        if (v >= 0)
            return &w->lx->keys[v];
    }
    return NULL;
}

unsigned zc_lex_starts_from(const struct zc_lexicon *lx, const char *s, size_t len)
{
    unsigned tabs = 0;
    walk w = walk_start(lx, s, len);
    for (const zc_lexkey *k; (k = walk_next(&w));)
        tabs |= k->start;
    return tabs;
}

size_t zc_lex_prefixes_from(const struct zc_lexicon *lx, int tab, const char *s, size_t len,
                            const zc_lexent **out)
{
    size_t n = 0;
    walk w = walk_start(lx, s, len);
    for (const zc_lexkey *k; (k = walk_next(&w));)
        for (uint32_t j = k->first; j < k->first + k->n && n < ZC_LEX_MAXPREFIX; j++)
            if (lx->ents[j].tab == tab)
                out[n++] = &lx->ents[j];
    return n;
}

bool zc_lex_has_prefix_from(const struct zc_lexicon *lx, unsigned tabs, const char *s,
                            size_t len)
{
    walk w = walk_start(lx, s, len);
    for (const zc_lexkey *k; (k = walk_next(&w));)
        if (k->tabs & tabs)
            return true;
    return false;
}

/* Fails when a key has more entries among its prefixes than zc_lex_prefixes returns. */
static zc_status check_prefixes(zc_model *m, struct zc_lexicon *lx)
{
    const zc_lexent *pre[ZC_LEX_MAXPREFIX];
    for (size_t i = 0; i < lx->nents; i++) {
        const zc_lexent *e = &lx->ents[i];
        if (zc_lex_prefixes(lx, e->tab, e->key, e->klen, pre) == ZC_LEX_MAXPREFIX)
            return zc_model_fail(m, ZC_EFORMAT,
                                 "lex/: %s and the keys before it: %d entries or more, "
                                 "the most a prefix chain may hold is %d",
                                 e->key, ZC_LEX_MAXPREFIX, ZC_LEX_MAXPREFIX - 1);
    }
    return ZC_OK;
}

bool zc_lex_may_start(const struct zc_lexicon *lx, const char *s, size_t len, unsigned tabs)
{
    return zc_lex_starts(lx, s, len) & (tabs | ZC_LX_LEAD);
}

zc_status zc_lex_load(zc_model *m, const char *dictdir, struct zc_lexicon **out)
{
    *out = NULL;
    struct zc_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    zc_status s = ZC_OK;
    for (size_t i = 0; s == ZC_OK && i < ZC_NELEM(files); i++)
        s = load_file(m, lx, dictdir, &files[i]);
    if (s == ZC_OK)
        s = build_trie(m, lx);
    if (s == ZC_OK)
        s = check_prefixes(m, lx);
    if (s != ZC_OK) {
        zc_lex_free(lx);
        return s;
    }
    *out = lx;
    return ZC_OK;
}

void zc_lex_free(struct zc_lexicon *lx)
{
    if (!lx)
        return;
    free(lx->ents);
    free(lx->keys);
    free((void *)lx->da.base);
    free((void *)lx->da.check);
    free(lx->charnode);
    free(lx->nodeval);
    free(lx->pairs);
    zc_arena_free(&lx->arena);
    free(lx);
}

zc_status zc_match_model_load(zc_model *m, const char *dictdir)
{
    struct zc_match_model *mm = calloc(1, sizeof *mm);
    if (!mm)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    zc_status s = zc_lex_load(m, dictdir, &mm->lex);
    if (s != ZC_OK) {
        zc_match_model_free(mm);
        return s;
    }
    m->match = mm;
    return ZC_OK;
}

void zc_match_model_free(struct zc_match_model *mm)
{
    if (!mm)
        return;
    zc_lex_free(mm->lex);
    free(mm);
}
