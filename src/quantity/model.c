/*
 * model.c — loads and frees this stage's part of the model: the numeral and time lexicons of
 * dicts/lex/ (numerals, scale, units, approx, comparators, nonnumbers, time_cues, periods,
 * festivals; columns in dicts/lex/README.md). The files are small, so they are read as TSV at
 * model open, checked line by line (a bad line fails with file:line) and kept as sorted
 * arrays searched by longest prefix. Reads nothing from zc_doc.
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
    { "numerals.tsv", ZC_LX_DIGIT, 2, 2, "surface, value" },
    { "scale.tsv", ZC_LX_SCALE, 2, 2, "surface, value" },
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
                                            NULL };
static const char *const positions[] = { "pre", "mid", "post", NULL };
static const char *const roles[] = { "pre",   "ref",  "post",  "vague", "stop",   "range",
                                     "anchor", "from", "times", "anniv", "filler", "span",
                                     "start", "attrib", NULL };
static const char *const pkinds[] = { "year",   "month",    "day",     "monthname", "quarter",
                                      "half",   "end",      "part",    "season",    "activity",
                                      "deictic", "ctxyear", "weekday", "unit",      "bizday",
                                      "report", "every",    "nth",     "hour",      "begin",
                                      "datesep", "clock",   "tens",    "lunar",     "lunarmonth",
                                      "lunarday", "plan",   "quote",   "event",     "dayofweek",
                                      "dseason", NULL };
static const char *const calendars[] = { "solar", "lunar", "term", "window", NULL };
static const char *const comparators[] = { "=", ">=", "<=", ">", "<", "~", "-", NULL };
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
        if (!parse_int(col[2], 1, 12, &e->a))
            return "value must be a month 1-12";
        break;
    case ZC_PK_HALF:
        if (strcmp(col[2], "H1") && strcmp(col[2], "H2"))
            return "value must be H1 or H2";
        e->a = col[2][1] - '0';
        break;
    case ZC_PK_PART:
        if (strcmp(col[2], "L") == 0)
            e->a = -1;
        else if (!parse_int(col[2], 1, 28, &e->a))
            return "value must be a day 1-28 or L";
        break;
    case ZC_PK_SEASON:
        if (lookup((const char *const[]){ "SP", "SU", "FA", "WI", NULL }, col[2]) < 0)
            return "value must be SP, SU, FA or WI";
        break;
    case ZC_PK_DEICTIC:
    case ZC_PK_CTXYEAR: {
        char u, sign;
        if (sscanf(col[2], "%c%c%d", &u, &sign, &e->b) != 3 || !strchr("YQMW", u) ||
            (sign != '+' && sign != '-') || e->b > 9)
            return "value must be Y, Q, M or W, a sign and an offset (M+1)";
        e->a = u;
        if (sign == '-')
            e->b = -e->b;
        if (e->kind == ZC_PK_CTXYEAR && u != 'Y')
            return "ctxyear value must be Y+n";
        break;
    }
    case ZC_PK_WEEKDAY:
    case ZC_PK_DAYOFWEEK:
        if (!parse_int(col[2], 1, 7, &e->a))
            return "value must be a weekday 1-7";
        break;
    case ZC_PK_TENS:
        if (!parse_int(col[2], 10, 30, &e->a) || e->a % 10)
            return "value must be 10, 20 or 30";
        break;
    case ZC_PK_LUNARMONTH:
        if (!parse_int(col[2], 1, 12, &e->a))
            return "value must be a month 1-12";
        break;
    case ZC_PK_PLAN:
        if (!parse_int(col[2], 1000, 2999, &e->a))
            return "value must be the plan's last year";
        break;
    case ZC_PK_DSEASON: {
        static const char *const seasons[] = { "SP", "SU", "FA", "WI", NULL };
        char code[3] = { 0 };
        if (strlen(col[2]) != 4 || col[2][2] != '+' || col[2][3] < '0' || col[2][3] > '1')
            return "value must be a season code and a year offset (WI+0, SP+1)";
        memcpy(code, col[2], 2);
        if (lookup(seasons, code) < 0)
            return "value must be SP, SU, FA or WI and an offset";
        e->b = col[2][3] - '0';
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

/* Fills `e` from the columns of one line of `f`; returns NULL or what is wrong. */
static const char *fill(const lexfile *f, char **col, int ncol, zc_lexent *e)
{
    int v;
    switch (f->tab) {
    case ZC_LX_DIGIT:
        if (!parse_int(col[1], 0, 9, &v))
            return "value must be a digit 0-9";
        e->num = v;
        break;
    case ZC_LX_SCALE: {
        char *end;
        double x = strtod(col[1], &end);
        if (end == col[1] || *end || x < 10)
            return "value must be a number of at least 10";
        e->num = x;
        break;
    }
    case ZC_LX_UNIT:
        if ((e->kind = lookup(unit_classes, col[2])) < 0)
            return "class must be unit, prefix, time or ordinal";
        if (strlen(col[1]) >= sizeof((zc_number *)0)->unit)
            return "unit too long";
        e->str = col[1];
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
            e->a = strcmp(col[3], "bound") == 0;
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
            return "calendar must be solar, lunar or term";
        if (e->kind == ZC_CAL_TERM) {
            char *end;
            e->num = strtod(col[2], &end);
            if (end == col[2] || *end || e->num < 0 || e->num >= 360)
                return "a term's date is a longitude in [0, 360)";
        } else if (e->kind == ZC_CAL_WINDOW) {
            if (strcmp(col[2], "-"))
                return "a window has no single day: date must be -";
        } else if (!parse_mmdd(col[2], &e->a, &e->b)) {
            return "date must be MM-DD";
        }
        if (!parse_int(col[3], -30, 30, &e->c))
            return "offset must be a number of days";
        if (strcmp(col[4], "-") && !parse_int(col[4], 1000, 2999, &e->d))
            return "base must be a year or -";
        break;
    }
    return NULL;
}

static int cmp_ent(const void *pa, const void *pb)
{
    const zc_lexent *a = pa, *b = pb;
    size_t n = a->klen < b->klen ? a->klen : b->klen;
    int c = memcmp(a->key, b->key, n);
    if (c)
        return c;
    if (a->klen != b->klen)
        return a->klen < b->klen ? -1 : 1;
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
    zc_lextab *t = &lx->tab[f->tab];
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
        if (t->n == t->cap) {
            size_t nc = t->cap ? 2 * t->cap : 32;
            zc_lexent *ne = realloc(t->ents, nc * sizeof *ne);
            if (!ne) {
                s = zc_model_fail(m, ZC_ENOMEM, "out of memory");
                goto fail;
            }
            t->ents = ne;
            t->cap = nc;
        }
        t->ents[t->n++] = e;
        if (e.klen > t->maxlen)
            t->maxlen = e.klen;
    }
    if (r < 0)
        s = zc_model_fail(m, ZC_EFORMAT, "%s", err);
    if (t->n > 1)
        qsort(t->ents, t->n, sizeof *t->ents, cmp_ent);
    for (size_t i = 1; s == ZC_OK && i < t->n; i++)
        if (cmp_ent(&t->ents[i - 1], &t->ents[i]) == 0)
            s = zc_model_fail(m, ZC_EFORMAT, "%s: duplicate entry %s", path, t->ents[i].key);
fail:
    zc_tsv_close(&tsv);
    return s;
}

/* Gives every char that begins a key an id, and each table its range per id. */
static zc_status index_first_chars(zc_model *m, struct zc_lexicon *lx)
{
    lx->nids = ZC_LEX_ASTRAL + 1;
    // What the parsers accept before a key or digit: digits, a sign (-, 负), spaces.
    static const uint32_t extra[] = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                                     '-', ' ', 0x8D1F /* 负 */};
    for (size_t i = 0; i < ZC_NELEM(extra); i++)
        lx->firstid[extra[i]] = (uint16_t)lx->nids++;
    lx->nextra = lx->nids;
    size_t clen;
    for (int t = 0; t < ZC_LX_NTABLES; t++)
        for (size_t i = 0; i < lx->tab[t].n; i++) {
            uint32_t c = zc_lex_lead_char(lx->tab[t].ents[i].key, lx->tab[t].ents[i].klen, &clen);
            if (c < 0x10000 && !lx->firstid[c])
                lx->firstid[c] = (uint16_t)lx->nids++;   // a few hundred: no overflow
        }
    for (int t = 0; t < ZC_LX_NTABLES; t++) {
        zc_lextab *tb = &lx->tab[t];
        tb->range = calloc(lx->nids, sizeof *tb->range);
        if (!tb->range)
            return zc_model_fail(m, ZC_ENOMEM, "out of memory");
        // Sorted by bytes, so the keys of one first char (or all astral ones) are contiguous.
        for (size_t i = 0; i < tb->n; i++) {
            uint32_t id = zc_lex_lead_id(lx, tb->ents[i].key, tb->ents[i].klen, &clen);
            if (tb->range[id][1] == 0)
                tb->range[id][0] = (uint32_t)i;
            tb->range[id][1] = (uint32_t)i + 1;
        }
    }
    return ZC_OK;
}

unsigned zc_lex_starts_from(const struct zc_lexicon *lx, const char *s, size_t len)
{
    size_t j;
    uint32_t id = zc_lex_lead_id(lx, s, len, &j);
    unsigned tabs = id < lx->nextra ? ZC_LX_LEAD : 0;
    const zc_lextab *t = &lx->tab[ZC_LX_START];
    size_t lo = t->range[id][0], hi = t->range[id][1];
    // Every key of the range that is a prefix of s: the range narrowed char by char.
    for (size_t i = lo; i < hi && t->ents[i].klen == j; i++)
        tabs |= 1u << t->ents[i].tab;
    size_t lim = len < t->maxlen ? len : t->maxlen;
    for (; j < lim && lo < hi; j++) {
        while (lo < hi && t->ents[lo].klen <= j)
            lo++;
        while (lo < hi && (unsigned char)t->ents[lo].key[j] < (unsigned char)s[j])
            lo++;
        size_t e = lo;
        while (e < hi && (unsigned char)t->ents[e].key[j] == (unsigned char)s[j])
            e++;
        hi = e;
        for (size_t i = lo; i < hi && t->ents[i].klen == j + 1; i++)
            tabs |= 1u << t->ents[i].tab;
    }
    return tabs;
}

/* Fails when a key has more entries among its prefixes than zc_lex_prefixes returns. */
static zc_status check_prefixes(zc_model *m, struct zc_lexicon *lx)
{
    const zc_lexent *pre[ZC_LEX_MAXPREFIX];
    for (int t = 0; t < ZC_LX_NTABLES; t++)
        for (size_t i = 0; i < lx->tab[t].n; i++) {
            const zc_lexent *e = &lx->tab[t].ents[i];
            if (zc_lex_prefixes(lx, t, e->key, e->klen, pre) == ZC_LEX_MAXPREFIX)
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
               kind != ZC_TC_ATTRIB;
    case ZC_LX_PERIOD:
        return kind != ZC_PK_DAY && kind != ZC_PK_END && kind != ZC_PK_PART &&
               kind != ZC_PK_HOUR && kind != ZC_PK_BEGIN && kind != ZC_PK_DATESEP &&
               kind != ZC_PK_CLOCK && kind != ZC_PK_DAYOFWEEK;
    default:
        return true;
    }
}

/* Fills ZC_LX_START with a copy of every entry of the other tables that can begin an
 * expression. */
static zc_status join_tables(zc_model *m, struct zc_lexicon *lx)
{
    zc_lextab *all = &lx->tab[ZC_LX_START];
    size_t n = 0;
    for (int t = 0; t < ZC_LX_START; t++)
        n += lx->tab[t].n;
    all->ents = malloc((n ? n : 1) * sizeof *all->ents);
    if (!all->ents)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    for (int t = 0; t < ZC_LX_START; t++)
        for (size_t i = 0; i < lx->tab[t].n; i++) {
            const zc_lexent *e = &lx->tab[t].ents[i];
            if (!can_begin(t, e->kind))
                continue;
            all->ents[all->n++] = *e;
            if (e->klen > all->maxlen)
                all->maxlen = e->klen;
        }
    all->cap = n;
    qsort(all->ents, all->n, sizeof *all->ents, cmp_ent);
    return ZC_OK;
}

zc_status zc_lex_load(zc_model *m, const char *dictdir, struct zc_lexicon **out)
{
    *out = NULL;
    struct zc_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    for (size_t i = 0; i < ZC_NELEM(files); i++) {
        zc_status s = load_file(m, lx, dictdir, &files[i]);
        if (s != ZC_OK) {
            zc_lex_free(lx);
            return s;
        }
    }
    zc_status s = join_tables(m, lx);
    if (s == ZC_OK)
        s = index_first_chars(m, lx);
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
    for (int i = 0; i < ZC_LX_NTABLES; i++) {
        free(lx->tab[i].ents);
        free(lx->tab[i].range);
    }
    zc_arena_free(&lx->arena);
    free(lx);
}

size_t zc_lex_prefixes_from(const struct zc_lexicon *lx, int tab, const char *s, size_t len,
                            const zc_lexent **out)
{
    // The entries that share the first char form a range (one load finds it, and most calls
    // stop there); it is then narrowed byte by byte (a key equal to the prefix sorts first in
    // it) with one or two binary searches on a single byte per step.
    if (!len)
        return 0;
    const zc_lextab *t = &lx->tab[tab];
    size_t j, n = 0;
    uint32_t id = zc_lex_lead_id(lx, s, len, &j);
    size_t lo = t->range[id][0], hi = t->range[id][1];
    if (lo == hi)
        return 0;
    const zc_lexent *ents = t->ents;
    size_t lim = len < t->maxlen ? len : t->maxlen;
    for (size_t i = lo; j && i < hi && ents[i].klen == j && n < ZC_LEX_MAXPREFIX; i++)
        out[n++] = &ents[i];   // the first char alone is a key
    for (; j < lim && lo < hi; j++) {
        unsigned char c = (unsigned char)s[j];
        while (lo < hi && ents[lo].klen == j)
            lo++;
        size_t a = lo, b = hi;
        while (a < b) {
            size_t mid = a + (b - a) / 2;
            if ((unsigned char)ents[mid].key[j] < c)
                a = mid + 1;
            else
                b = mid;
        }
        lo = a;
        for (b = hi; a < b;) {
            size_t mid = a + (b - a) / 2;
            if ((unsigned char)ents[mid].key[j] <= c)
                a = mid + 1;
            else
                b = mid;
        }
        hi = a;
        if (j + 1 < len && ((unsigned char)s[j + 1] & 0xC0) == 0x80)
            continue;   // not a character boundary
        for (size_t i = lo; i < hi && ents[i].klen == j + 1 && n < ZC_LEX_MAXPREFIX; i++)
            out[n++] = &ents[i];
    }
    return n;
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
