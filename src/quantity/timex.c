/*
 * timex.c — the time normalizer: time expressions of the matching view to the RECORDS.md
 * deadline fields date (TIMEX3), relation and recurrence, resolved against the document date
 * as GUIDELINES.md "Time conventions" says (1月25日前 in a text dated 2009-12-28 →
 * 2010-01-25 before; 三个月内 → date + P3M within; 月报 → P1M; 限时 → null unspecified).
 * Reads no zc_doc. Every word it knows (calendar words, cue words and their relations,
 * festivals) is a table of dicts/lex/; this file holds the grammar that combines them:
 *
 *   [pre cue] ( vague | report | every … | N unit 一X | N unit 内 | [from] point [range point] )
 *   [post cue]
 *   point = [year] [month [day [hour] | end | part | begin]] | Y-M-D | quarter [end]
 *         | half [end] | season | dseason [dseason] | [lunar] lunar-month [lunar-day | end]
 *         | festival [festival] [N 周年] [filler] | plan [end] | activity | event
 *         | [deictic week] (weekday | end) | deictic day [hour] | hour 前 | M.D
 *   span  = N unit (内 | 前 | 后) | 为期 N unit
 * Every unit, notation (Arabic, Chinese numerals with 〇 廿 卅, ISO 8601 / GB/T 7408 and
 * slash or dotted dates) and cue word is a table entry; this file only combines them.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quantity_int.h"

#define RECUR_WINDOW 8   // chars between a recurrence unit and its 一次 (一天汇报一次)

typedef enum gran {
    G_NONE, G_YEAR, G_MONTH, G_DAY, G_QUARTER, G_HALF, G_SEASON, G_WEEK, G_WDAY, G_FEST,
    G_ACTIVITY, G_LUNAR, G_WINDOW
} gran;

/* A parsed point or period before resolution. */
typedef struct tpoint {
    gran g;
    int year;            /* explicit year, 0 for none */
    bool yunk;           /* placeholder year (20__年): XXXX whatever the document date */
    bool ydeic;          /* year relative to the document (今年, 明年, 年内): yoff */
    bool yctx;           /* year relative to the range start (次年): yoff */
    bool ysoft;          /* bare 年底: like a year-less date, XXXX without a document date */
    int yoff;
    int month;           /* 1-12, 0 none */
    bool mdeic;          /* month relative to the document (本月, 下月, 月底): moff */
    int moff;
    int day;             /* 1-31; -1 the last day; 0 none */
    int hour;            /* hour of the day + 1 (7月3日18时前); 0 none */
    bool qdeic;          /* 本季度 */
    int quarter, half;   /* 1-4, 1-2 */
    bool ddeic;          /* 今天, 明天: doff days from the document date */
    int doff;
    bool wdeic;          /* 本周, 下周: woff */
    int woff;
    int wday;            /* 1-7 */
    bool end;            /* 底, 末, 旬: the period's last day, relation by */
    bool plan;           /* a five-year plan: its last year */
    bool window;         /* two seasons in a row (今冬明春): a range to the second */
    bool begin;          /* 初 after a quarter or half: its first day */
    bool sdeic;          /* a season relative to the document year (今冬): yoff */
    bool dayonly;        /* a day of the month alone (于15日前): the next such day */
    int lmonth, lday;    /* a Chinese-calendar date (农历八月十五), G_LUNAR */
    char season[3];
    const zc_lexent *fest;
} tpoint;

typedef struct parser {
    const struct zc_lexicon *lx;
    const char *s;
    size_t len;
    unsigned starts0;    /* zc_lex_starts(s) */
    int dy, dm, dd;      /* the document date; 0 for unknown parts */
    bool after_pre;         /* a pre cue opened the expression (于15日前: a day alone is a day) */
    size_t num_at, num_n;   /* the last number read (num() is asked the same offset often) */
    long num_v;
    unsigned char pre_next[2];  /* the slot of pre a table fills next */
    struct {                /* the cues (0, 1) and period words (2, 3) at the last two offsets */
        size_t at, n;
        uint64_t kinds;     /* 1 << kind for each entry of e (kinds below 64) */
        const zc_lexent *e[ZC_LEX_MAXPREFIX];
    } pre[4];
    struct {                /* the point read at the last offset asked (parse_point) */
        size_t at, n;
        tpoint pt;
    } point;
} parser;

/* Fills the kept prefixes of table `tab` (slot k of p->pre) for s[i]. */
__attribute__((noinline)) static void lex_fill(parser *p, int tab, int k, size_t i)
{
    p->pre[k].at = i;
    p->pre[k].n = zc_lex_prefixes(p->lx, tab, p->s + i, p->len - i, p->pre[k].e);
    p->pre[k].kinds = 0;
    for (size_t j = 0; j < p->pre[k].n; j++) {
        unsigned kd = (unsigned)p->pre[k].e[j]->kind;
        p->pre[k].kinds |= kd < 64 ? 1ull << kd : ~0ull;
    }
}

/* The slot of p->pre that holds the prefixes of table `tab` (period words or cues) at s[i]
 * (i < p->len), filled unless one of the last two offsets asked was i. */
static inline __attribute__((always_inline)) int lex_slot(parser *p, int tab, size_t i)
{
    int t = tab == ZC_LX_PERIOD, k = 2 * t;
    if (p->pre[k].at != i && p->pre[++k].at != i) {
        k = 2 * t + p->pre_next[t];
        p->pre_next[t] ^= 1;
        lex_fill(p, tab, k, i);
    }
    return k;
}

/* Table `tab` at s[i]: the longest entry of `kind`. The grammar asks one offset for many
 * kinds, and goes back and forth between two (a number and the word after it), so the
 * prefixes found at the last two are kept; inline, as the grammar asks it about 20 times a
 * parse and most asks end at the kinds test. */
static inline __attribute__((always_inline)) const zc_lexent *lex_at(parser *p, int tab,
                                                                     size_t i, int kind)
{
    if (i >= p->len)
        return NULL;
    int k = lex_slot(p, tab, i);
    if (kind >= 0 && kind < 64 && !(p->pre[k].kinds >> kind & 1))
        return NULL;   // most asks: no entry of that kind here, without the pick's loop
    return zc_lex_pick(p->pre[k].e, p->pre[k].n, kind);
}

/* Inline as well: at each ask the table and kind are constants, so that the test of the
 * kept prefixes and of their kinds is a few instructions (a call each cost more). */
static inline __attribute__((always_inline)) const zc_lexent *per(parser *p, size_t i,
                                                                  int kind)
{
    return lex_at(p, ZC_LX_PERIOD, i, kind);
}

static inline __attribute__((always_inline)) const zc_lexent *cue(parser *p, size_t i,
                                                                  int kind)
{
    return lex_at(p, ZC_LX_TCUE, i, kind);
}

static size_t num(parser *p, size_t i, long *v)
{
    if (i != p->num_at) {
        p->num_at = i;
        p->num_n = i < p->len ? zc_num_int(p->lx, p->s + i, p->len - i, &p->num_v) : 0;
    }
    *v = p->num_v;
    return p->num_n;
}

/* A festival named by a numeral (十一, National Day) is a number unless it is the whole numeral
 * and a cue follows at `after`, past its closing quote when quoted (十一前, 十一期间, “七一”前):
 * 十一万, 三十一万人 and 十一亿 (past zc_num_int's range) are numbers. */
static bool fest_not_number(parser *p, size_t i, const zc_lexent *e, size_t after)
{
    long v;
    if (zc_num_int(p->lx, e->key, e->klen, &v) != e->klen)
        return true;
    return num(p, i, &v) == e->klen &&
           (cue(p, after, ZC_TC_POST) || cue(p, after, ZC_TC_FILLER));
}

/* Spaces, and the line breaks of lines the structure rejoined inside a sentence (a date that
 * a page's markup split: 2014⏎年11月15日⏎前); a time never spans sentences. */
static size_t skip_spaces(parser *p, size_t i)
{
    while (i < p->len && (p->s[i] == ' ' || p->s[i] == '\n' || p->s[i] == '\r'))
        i++;
    return i;
}

/* A number and the spaces after it (2025 年底, 3 月 15 日: a space before the marker). */
static size_t num_sp(parser *p, size_t i, long *v)
{
    size_t n = num(p, i, v);
    return n ? skip_spaces(p, i + n) - i : 0;
}

/* Whether the number `v` read at i may be a year: 1000-2999, or four ASCII digits and no fifth,
 * a year as written whatever its value (a copy whose digits were altered reads 到4549年,
 * 0402年底前: GUIDELINES.md resolves the years the text states; heldout-genres2 0219,
 * heldout-plans2 P020). */
static bool year_value(const parser *p, size_t i, long v)
{
    if (v >= 1000 && v <= 2999)
        return true;
    for (size_t k = 0; k < 4; k++)
        if (i + k >= p->len || p->s[i + k] < '0' || p->s[i + k] > '9')
            return false;
    return i + 4 >= p->len || p->s[i + 4] < '0' || p->s[i + 4] > '9';
}

/* The bytes of a year number at i that a range cue and a second year number with 年 follow
 * (2013-2025年, 2013至2015年), the first number's value in *v; else 0. Both numbers are years
 * (year_value) and the end is after the start. */
static size_t year_before_range(parser *p, size_t i, long *v)
{
    long v2;
    size_t n = num(p, i, v), k, m;
    const zc_lexent *e;
    if (!n || !year_value(p, i, *v) ||
        !(e = cue(p, i + n, ZC_TC_RANGE)))
        return 0;
    k = skip_spaces(p, i + n + e->klen);
    m = num(p, k, &v2);
    if (!m || v2 <= *v || !year_value(p, k, v2) ||
        !per(p, k + m, ZC_PK_YEAR))
        return 0;
    return n;
}

/* A day or lunar day number: a numeral, or a tens character and an optional digit (廿五,
 * 卅). */
static size_t day_num(parser *p, size_t i, long *v)
{
    const zc_lexent *t = per(p, i, ZC_PK_TENS);
    if (!t)
        return num_sp(p, i, v);
    long d = 0;
    size_t n = num(p, i + t->klen, &d);
    if (n && (d < 1 || d > 9))
        n = 0;
    *v = t->tens + (n ? d : 0);
    return skip_spaces(p, i + t->klen + n) - i;
}

/* The hour after a day, dropped from the value (GUIDELINES.md: 2025年1月14日17:00前 →
 * 2025-01-14): 18时, 18点, 17:00. Returns its bytes or 0. */
static size_t parse_hour(parser *p, size_t i, tpoint *pt)
{
    long h, mi;
    size_t k = skip_spaces(p, i), m;
    const zc_lexent *e = per(p, k, ZC_PK_DAYPART);   // 下午5时: the part of the day is dropped too
    if (e)
        k = skip_spaces(p, k + e->klen);
    m = num(p, k, &h);
    if (!m || h < 0 || h > 24)
        return 0;
    if ((e = per(p, k + m, ZC_PK_HOUR))) {
        pt->hour = (int)h + 1;
        return k + m + e->klen - i;
    }
    size_t j = k + m, n;
    if ((e = per(p, j, ZC_PK_CLOCK)) && (n = num(p, j + e->klen, &mi)) == 2 && mi < 60) {
        pt->hour = (int)h + 1;
        return j + e->klen + n - i;
    }
    return 0;
}

/* A placeholder year: 20__, 20xx, 20XX, ××. Returns its length before the year marker. */
static size_t placeholder_year(parser *p, size_t i)
{
    if (i >= p->len || (uint8_t)p->s[i] >= 0xE0)
        return 0;   // a Han char, where may_open asks most: no digit, placeholder or ×
    size_t k = i, nd = 0, nph = 0;
    while (k < p->len && nd < 3 && p->s[k] >= '0' && p->s[k] <= '9')
        k++, nd++;
    for (;;) {
        char c = k < p->len ? p->s[k] : '\0';
        if (c == '_' || c == 'x' || c == 'X' || c == '*') {   // strchr("_xX*"), inline
            k++;
            nph++;
        } else if (p->len - k >= 2 && memcmp(p->s + k, "×", 2) == 0) {
            k += 2;
            nph++;
        } else {
            break;
        }
    }
    return nph && nd + nph >= 2 ? k - i : 0;
}

/* The longest period word of `kind` at s[i] that a post cue follows (防汛 + 期间, not 防汛期 +
 * 间), else the longest. */
static const zc_lexent *before_cue(parser *p, size_t i, int kind)
{
    const zc_lexent *first = per(p, i, kind), *e = first;
    while (e && !cue(p, i + e->klen, ZC_TC_POST)) {
        size_t n = e->klen - 1;
        while (n > 0 && ((unsigned char)p->s[i + n] & 0xC0) == 0x80)
            n--;
        e = n ? zc_lex_match(p->lx, ZC_LX_PERIOD, p->s + i, n, kind) : NULL;
    }
    return e ? e : first;
}

/* The day of a month: N日 / N号, the end (底, 末), or a part (上旬). */
static size_t parse_day(parser *p, size_t i, tpoint *pt)
{
    long v;
    size_t n = day_num(p, i, &v);
    const zc_lexent *e;
    if (n && v >= 1 && v <= 31 && (e = per(p, i + n, ZC_PK_DAY))) {
        pt->day = (int)v;
        pt->g = G_DAY;
        size_t k = i + n + e->klen;
        return k + parse_hour(p, k, pt) - i;   // an hour of that day: 7月3日18时前
    }
    if ((e = per(p, i, ZC_PK_BEGIN))) {   // 3月初: its first day
        pt->day = 1;
        pt->end = true;
        pt->g = G_DAY;
        return e->klen;
    }
    if ((e = per(p, i, ZC_PK_END))) {
        pt->day = -1;
        pt->end = true;
        pt->g = G_DAY;
        return e->klen;
    }
    if ((e = per(p, i, ZC_PK_PART))) {
        pt->day = e->day;
        pt->end = true;
        pt->g = G_DAY;
        return e->klen;
    }
    return 0;
}

/* True when s[i] starts a Han character that opens no post or range cue: 初 of 3月初 must end
 * the time (3月初前, 3月初,), not begin a word (6月初步建成). */
static bool word_follows(parser *p, size_t i)
{
    if (i + 3 > p->len || (uint8_t)p->s[i] < 0xE4 || (uint8_t)p->s[i] > 0xE9)
        return false;
    return !cue(p, i, ZC_TC_POST) && !cue(p, i, ZC_TC_RANGE);
}

/* 2010-04-30, 2010/05/20, 2010.5.20: four digits of a year, then month and day after the same
 * separator. */
static size_t parse_numeric_date(parser *p, size_t i, tpoint *pt)
{
    long y, mo, d;
    const zc_lexent *e, *e2;
    if (num(p, i, &y) != 4 || (uint8_t)p->s[i] >= 0x80 || y < 1000 || y > 2999 ||
        !(e = per(p, i + 4, ZC_PK_DATESEP)))
        return 0;
    size_t j = i + 4 + e->klen, m1 = num(p, j, &mo), m2;
    if (!m1 || m1 > 2 || mo < 1 || mo > 12 || (e2 = per(p, j + m1, ZC_PK_DATESEP)) != e)
        return 0;
    j += m1 + e2->klen;
    if (!(m2 = num(p, j, &d)) || m2 > 2 || d < 1 || d > 31 || (uint8_t)p->s[j] >= 0x80)
        return 0;
    j += m2;
    if ((e = per(p, j, ZC_PK_DAY)))
        j += e->klen;
    pt->year = (int)y;
    pt->month = (int)mo;
    pt->day = (int)d;
    pt->g = G_DAY;
    return j + parse_hour(p, j, pt) - i;
}

/* 本世纪中叶, 21世纪末: the middle (…50) or the end (…00) of a century, a year bound; the
 * century of 本世纪 is the document's (its date null without one). A century alone names no
 * bound. Returns the bytes or 0. */
static size_t parse_century(parser *p, size_t i, tpoint *pt)
{
    const zc_lexent *e = per(p, i, ZC_PK_DEICTIC), *c, *x;
    long v = 0;
    size_t k;
    if (e && e->unit == 'C') {
        k = i + e->klen;
        v = p->dy ? (p->dy - 1) / 100 + 1 + e->offset : 0;
    } else if ((k = num(p, i, &v)) && v >= 10 && v <= 29 && (c = per(p, i + k, ZC_PK_CENTURY))) {
        k = i + k + c->klen;
    } else {
        return 0;
    }
    bool mid = (x = per(p, k, ZC_PK_MID)) != NULL && x->klen > strlen("中");
    if (!mid && !(x = per(p, k, ZC_PK_END)))
        return 0;
    pt->g = v ? G_YEAR : G_ACTIVITY;
    pt->year = v ? (int)((v - 1) * 100 + (mid ? 50 : 100)) : 0;
    pt->end = true;
    return k + x->klen - i;
}

/* The last N years of a five-year plan (“十五”后两年): its last year, a period (within). */
static size_t plan_tail(parser *p, size_t k)
{
    long n;
    const zc_lexent *c = cue(p, k, ZC_TC_POST), *y;
    size_t m;
    if (!c || strcmp(c->key, "后") != 0 || !(m = num(p, k + c->klen, &n)) || n < 1 || n > 4 ||
        !(y = per(p, k + c->klen + m, ZC_PK_YEAR)) || y->klen != strlen("年"))
        return 0;
    return c->klen + m + y->klen;
}

/* Whether a plandoc word (规划, 纲要, 清单) follows at k within the phrase: before a mark of
 * punctuation other than 、 or a quote, at most PLANDOC_REACH characters on (“十四五”循环经济发展
 * 规划, “十四五”重点基础设施…省道、…道路项目清单). */
enum { PLANDOC_REACH = 32 };

static bool names_doc(parser *p, size_t k)
{
    for (int n = 0; k + 3 <= p->len && n < PLANDOC_REACH; n++) {
        if (per(p, k, ZC_PK_PLANDOC))
            return true;
        const uint8_t *u = (const uint8_t *)p->s + k;
        // A Han character or 、 goes on the phrase (U+4E00-9FFF: E4-E9 lead bytes); other
        // punctuation, a quote or a Latin char ends it.
        if ((u[0] < 0xE4 || u[0] > 0xE9) && memcmp(u, "、", 3) != 0)
            return false;
        k += 3;
    }
    return false;
}

/* “十三五”期间, 十二五末, “十五五”中期: a five-year plan, before an end, a part or a post cue;
 * quoted, alone before what it times (力争“十四五”开工), not before the name of a document
 * (“十四五”规划: periods.tsv plandoc). */
static size_t parse_plan(parser *p, size_t i, tpoint *pt)
{
    size_t k = i;
    const zc_lexent *q = per(p, k, ZC_PK_QUOTE), *e, *end, *part;
    bool quoted = q != NULL;
    if (q)
        k += q->klen;
    if (!(e = per(p, k, ZC_PK_PLAN)))
        return 0;
    k += e->klen;
    if ((q = per(p, k, ZC_PK_QUOTE)))
        k += q->klen;
    quoted = quoted && q;
    end = per(p, k, ZC_PK_END);
    part = end ? NULL : per(p, k, ZC_PK_PLANPART);
    size_t tail = end || part ? 0 : plan_tail(p, k);
    bool alone = quoted && k < p->len && (unsigned char)p->s[k] >= 0xE0 && !names_doc(p, k);
    if (!end && !part && !tail && !cue(p, k, ZC_TC_POST) && !alone)
        return 0;
    if (part) {
        pt->year = e->year - part->year;
        pt->plan = true;
        pt->end = true;
        pt->g = G_YEAR;
        return k + part->klen - i;
    }
    pt->year = e->year;
    pt->plan = true;
    pt->end = end != NULL;
    pt->g = G_YEAR;
    if (tail)
        return k + tail - i;
    return k + (end ? end->klen : 0) - i;
}

/* 农历八月十五, 正月十五, 腊月廿三, 农历二月初二: a date of the Chinese calendar. With 农历
 * and no date after it (农历春节) only the marker is read. */
static size_t parse_lunar(parser *p, size_t i, tpoint *pt)
{
    size_t k = i, m;
    long lm = 0, d;
    const zc_lexent *mark = per(p, k, ZC_PK_LUNAR), *e;
    if (mark)
        k += mark->klen;
    if ((e = per(p, k, ZC_PK_LUNARMONTH))) {
        lm = e->month;
        k += e->klen;
    } else if (mark && (m = num(p, k, &d)) && d >= 1 && d <= 12 &&
               (e = per(p, k + m, ZC_PK_MONTH))) {
        lm = d;
        k += m + e->klen;
    }
    if (!lm)
        return mark ? mark->klen : 0;
    const zc_lexent *ld = per(p, k, ZC_PK_LUNARDAY);
    size_t j = ld ? k + ld->klen : k;
    if (!(m = day_num(p, j, &d)) || d < 1 || d > (ld ? 10 : 30)) {
        // A lunar month alone (正月期间, 腊月底前): a period of the Chinese calendar with no
        // single day (date null), its end a bound by it; not the solar 月底 of 正月底.
        if (!e || e->kind != ZC_PK_LUNARMONTH)
            return 0;
        pt->g = G_ACTIVITY;
        if ((e = per(p, k, ZC_PK_END))) {
            pt->end = true;
            k += e->klen;
        }
        return k - i;
    }
    j += m;
    if ((e = per(p, j, ZC_PK_DAY)))
        j += e->klen;
    pt->lmonth = (int)lm;
    pt->lday = (int)d;
    pt->g = G_LUNAR;
    return j - i;
}

/* The phases of parse_point below, in its order. Each reads from *ip (moving it on) into pt
 * and returns the bytes parse_point consumes from i0 when it is done (0: no time), or -1 to go
 * on with the next phase. */
#define GO_ON ((ptrdiff_t)-1)

/* 中 after a year, only before a post cue (年中前, 2024年中以前: not 明年中国, 今年中央):
 * the middle of the year. Returns its bytes or 0. */
static size_t year_mid(parser *p, size_t i)
{
    const zc_lexent *e = per(p, i, ZC_PK_MID);
    return e && e->klen == strlen("中") && cue(p, i + e->klen, ZC_TC_POST) ? e->klen : 0;
}

/* A deictic week (本周, 下周: the entry e at i) and a day of it (本周五, 下周一, 本周日; not
 * 本周三天内): what phase_year returns for it. */
static ptrdiff_t deictic_week(parser *p, size_t i0, size_t i, const zc_lexent *e, tpoint *pt)
{
    pt->wdeic = true;
    pt->woff = e->offset;
    pt->g = G_WEEK;
    size_t k = i + e->klen, m;
    const zc_lexent *w = per(p, k, ZC_PK_DAYOFWEEK);
    long d = w ? w->weekday : 0;
    if (!w && (w = per(p, k, ZC_PK_END))) {   // 本周末: by its Sunday
        d = 7;
        pt->end = true;
    }
    if (!w && (m = num(p, k, &d)) && d >= 1 && d <= 6 && !per(p, k + m, ZC_PK_UNIT) &&
        !per(p, k + m, ZC_PK_BIZDAY))
        k += m;
    else if (w)
        k += w->klen;
    else
        return e->klen;
    pt->wday = (int)d;
    pt->g = G_WDAY;
    return k - i0;
}

/* 第一年, 第三年 (at most 第十年; not 第一年度): the years of a plan's period, counted from the
 * document's own (第一年应完成1900亩整治任务量；第二年应完成…). The bytes read, or 0. */
static size_t plan_year(parser *p, size_t i, tpoint *pt)
{
    const zc_lexent *e = per(p, i, ZC_PK_NTH), *y;
    long v;
    size_t n = e ? num(p, i + e->klen, &v) : 0;
    if (!n || v < 1 || v > 10 || !(y = per(p, i + e->klen + n, ZC_PK_YEAR)) ||
        strcmp(y->key, "年") != 0)
        return 0;
    pt->ydeic = true;
    pt->yoff = (int)v - 1;
    pt->g = G_YEAR;
    return e->klen + n + y->klen;
}

/* Year: 2010年, 二〇一〇年, 20__年, 今年, 次年, or a bare 年 before 底 or 内; then 年底, 年初. */
static ptrdiff_t phase_year(parser *p, size_t i0, size_t *ip, tpoint *pt)
{
    size_t i = *ip, n;
    long v;
    const zc_lexent *e;
    if ((e = per(p, i, ZC_PK_DEICTIC)) || (e = per(p, i, ZC_PK_CTXYEAR))) {
        if (e->unit == 'C')
            return 0;   // a century alone (parse_century reads its middle and end)
        switch (e->unit) {
        case 'Y':
            pt->ydeic = e->kind == ZC_PK_DEICTIC;
            pt->yctx = e->kind == ZC_PK_CTXYEAR;
            pt->yoff = e->offset;
            pt->g = G_YEAR;
            break;
        case 'M':
            pt->mdeic = true;
            pt->moff = e->offset;
            pt->g = G_MONTH;
            break;
        case 'D':   // 今天, 明天 [17时]
            pt->ddeic = true;
            pt->doff = e->offset;
            pt->g = G_DAY;
            return e->klen + parse_hour(p, i + e->klen, pt) + i - i0;
        case 'Q':
            pt->qdeic = true;
            pt->quarter = e->offset;   // an offset until resolution
            pt->g = G_QUARTER;
            break;
        default:
            return deictic_week(p, i0, i, e, pt);
        }
        i += e->klen;
    } else if ((n = num_sp(p, i, &v)) && year_value(p, i, v) &&
               (e = per(p, i + n, ZC_PK_YEAR))) {
        pt->year = (int)v;
        pt->g = G_YEAR;
        i += n + e->klen;
    } else if ((n = plan_year(p, i, pt))) {
        i += n;
    } else if ((n = year_before_range(p, i, &v))) {
        // 2013-2025年, 2013—2015年: a range of years that writes 年 once; the range cue and the
        // end are read by the caller.
        pt->year = (int)v;
        pt->g = G_YEAR;
        i += n;
    } else if ((n = placeholder_year(p, i)) && (e = per(p, i + n, ZC_PK_YEAR))) {
        pt->yunk = true;
        pt->g = G_YEAR;
        i += n + e->klen;
    } else if ((e = per(p, i, ZC_PK_YEAR)) &&
               (per(p, i + e->klen, ZC_PK_END) || per(p, i + e->klen, ZC_PK_BEGIN) ||
                year_mid(p, i + e->klen) || cue(p, i + e->klen, ZC_TC_POST))) {
        const zc_lexent *c = cue(p, i + e->klen, ZC_TC_POST);
        bool edge = per(p, i + e->klen, ZC_PK_END) || per(p, i + e->klen, ZC_PK_BEGIN) ||
                    year_mid(p, i + e->klen);
        if (!edge && strcmp(c->str, "within") != 0)
            return 0;   // 年前, 年后: not this year
        // 年度内 after the kind of year it counts (在一个纳税年度内, 同一会计年度内不得…, 一个工资
        // 年度内): the scope of a rule, no this-year as 年内 is (本年度内 is a deictic of its own).
        if (!edge && strcmp(e->key, "年度") == 0)
            return 0;
        pt->ydeic = true;   // 年内: this year
        pt->ysoft = edge;   // 年底, 年初: a year-less date
        pt->g = G_YEAR;
        i += e->klen;
    }
    if (pt->g == G_YEAR && i < p->len && (pt->ydeic || pt->year || pt->yunk || pt->yctx)) {
        // 年底, 2010年末, 今年年底: the end of the year.
        size_t k = i;
        if ((e = per(p, k, ZC_PK_YEAR)) &&
            (per(p, k + e->klen, ZC_PK_END) || year_mid(p, k + e->klen)))
            k += e->klen;
        if ((e = per(p, k, ZC_PK_END))) {
            i = k;
            pt->month = 12;
            pt->day = 31;
            pt->end = true;
            pt->g = G_DAY;
            return i + e->klen - i0;
        }
        // 年中前, 2024年年中前: the middle of the year, its first half's last day.
        if ((n = year_mid(p, k))) {
            pt->month = 6;
            pt->day = 30;
            pt->end = true;
            pt->g = G_DAY;
            return k + n - i0;
        }
        // 年初, 2024年初: its first day.
        if ((e = per(p, k, ZC_PK_BEGIN)) && !word_follows(p, k + e->klen)) {
            pt->month = 1;
            pt->day = 1;
            pt->end = true;
            pt->g = G_DAY;
            return k + e->klen - i0;
        }
        if (pt->ysoft)
            return 0;   // 年初步: no time
        // 2024年年内: the year's own 年 again before 内, which the caller reads as within.
        const zc_lexent *c;
        if (!pt->ydeic && (e = per(p, i, ZC_PK_YEAR)) && strcmp(e->key, "年") == 0 &&
            (c = cue(p, i + e->klen, ZC_TC_POST)) && strcmp(c->str, "within") == 0)
            i += e->klen;
    }
    *ip = i;
    return GO_ON;
}

/* Month: 1月, 十二月, 元月, 本月, or a bare 月 before 底; the first month of 1至2月; a month's
 * day; a day alone that ends a range giving the month (5月1日至15日). */
static ptrdiff_t phase_month(parser *p, size_t i0, size_t *ip, tpoint *pt, const tpoint *ctx)
{
    size_t i = *ip, n;
    long v;
    const zc_lexent *e;
    if (pt->g != G_MONTH && pt->g != G_QUARTER) {
        if ((e = per(p, i, ZC_PK_MONTHNAME))) {
            pt->month = e->month;
            pt->g = G_MONTH;
            i += e->klen;
        } else if ((n = num_sp(p, i, &v)) && v >= 1 && v <= 12 &&
                   (e = per(p, i + n, ZC_PK_MONTH))) {
            pt->month = (int)v;
            pt->g = G_MONTH;
            i = skip_spaces(p, i + n + e->klen);
        } else if (pt->g == G_NONE && (e = per(p, i, ZC_PK_MONTH)) && e->klen == strlen("月") &&
                   (per(p, i + e->klen, ZC_PK_END) || per(p, i + e->klen, ZC_PK_BEGIN))) {
            pt->mdeic = true;
            pt->g = G_MONTH;
            i += e->klen;
        }
    }
    // The first month of a month range that writes 月 once (1至2月, 1-2月).
    if ((pt->g == G_NONE || pt->g == G_YEAR) && !ctx && (n = num(p, i, &v)) && v >= 1 &&
        v <= 12 &&
        (e = cue(p, i + n, ZC_TC_RANGE))) {
        long v2;
        size_t k = skip_spaces(p, i + n + e->klen), m = num(p, k, &v2);
        if (m && v2 > v && v2 <= 12 && per(p, k + m, ZC_PK_MONTH)) {
            pt->month = (int)v;
            pt->g = G_MONTH;
            return i + n - i0;
        }
    }
    if (pt->g == G_MONTH) {
        if (pt->mdeic && (e = per(p, i, ZC_PK_MONTH)) && per(p, i + e->klen, ZC_PK_END))
            i += e->klen;   // 本月月底
        size_t k = i;
        i += parse_day(p, i, pt);
        if (per(p, k, ZC_PK_BEGIN) && word_follows(p, i)) {   // 6月初步建成: the month
            i = k;
            pt->g = G_MONTH;
            pt->day = 0;
            pt->end = false;
        }
        if (pt->g == G_MONTH && pt->mdeic && !pt->moff && i == k && per(p, i0, ZC_PK_MONTH))
            return 0;   // a bare 月 before 初步
        return i - i0;
    }

    // A day alone ends a range that gave the month (5月1日至15日).
    if (pt->g == G_NONE && ctx && (ctx->month || ctx->mdeic)) {
        if ((n = parse_day(p, i, pt)) && pt->day > 0) {
            pt->month = ctx->month;
            pt->mdeic = ctx->mdeic;
            pt->moff = ctx->moff;
            return i + n - i0;
        }
        memset(pt, 0, sizeof *pt);
    }

    *ip = i;
    return GO_ON;
}

/* Quarter: 一季度, 第三季度, 2010年一季度, 本季度; halves; then 末 or 初. */
static ptrdiff_t phase_quarter(parser *p, size_t i0, size_t *ip, tpoint *pt)
{
    size_t i = *ip, n;
    long v;
    const zc_lexent *e;
    size_t k = i;
    const zc_lexent *nth = per(p, k, ZC_PK_NTH);
    if (nth)
        k += nth->klen;
    // 三季能种的, 一年四季: a bare 季 after a numeral with no 第, no year and no 末 or 初 is a
    // count of seasons (cropping seasons, the four seasons), no quarter (三季度, 第三季 are).
    if (pt->g != G_QUARTER && (n = num(p, k, &v)) && v >= 1 && v <= 4 &&
        (e = per(p, k + n, ZC_PK_QUARTER)) &&
        (nth || pt->g != G_NONE || e->klen > strlen("季") ||
         per(p, k + n + e->klen, ZC_PK_END) || per(p, k + n + e->klen, ZC_PK_BEGIN))) {
        pt->quarter = (int)v;
        pt->g = G_QUARTER;
        i = k + n + e->klen;
    } else if (pt->g == G_NONE && (e = per(p, i, ZC_PK_QUARTER)) &&
               (per(p, i + e->klen, ZC_PK_END) || per(p, i + e->klen, ZC_PK_BEGIN))) {
        pt->qdeic = true;   // 季度末 with no ordinal: this quarter's end, as 本季度末
        pt->g = G_QUARTER;
        i += e->klen;
    } else if ((e = per(p, i, ZC_PK_HALF))) {
        pt->half = e->half;
        pt->g = G_HALF;
        i += e->klen;
    }
    if (pt->g == G_QUARTER || pt->g == G_HALF) {
        if ((e = per(p, i, ZC_PK_END))) {
            pt->end = true;
            i += e->klen;
        } else if ((e = per(p, i, ZC_PK_BEGIN)) && !word_follows(p, i + e->klen)) {
            pt->begin = pt->end = true;   // 下季度初: its first day, by
            i += e->klen;
        }
        return i - i0;
    }

    *ip = i;
    return GO_ON;
}

/* Named times: seasons, 今冬明春, festivals, a year alone, activities and events before their
 * cue, weekdays, 6.15前. */
static ptrdiff_t phase_named(parser *p, size_t i0, size_t i, tpoint *pt)
{
    size_t n;
    long v;
    const zc_lexent *e;
    // An activity named after a season (秋季学期开学后) before the season word itself.
    const zc_lexent *act = per(p, i, ZC_PK_ACTIVITY);
    if ((e = per(p, i, ZC_PK_SEASON)) && !(act && act->klen > e->klen &&
                                          cue(p, i + act->klen, ZC_TC_POST))) {
        snprintf(pt->season, sizeof pt->season, "%s", e->str);
        pt->g = G_SEASON;
        return i + e->klen - i0;
    }
    // 今冬, 明春, and 今冬明春: a window whose value is its second season.
    for (int k = 0; k < 2 && (e = per(p, i, ZC_PK_DSEASON)); k++) {
        snprintf(pt->season, sizeof pt->season, "%.2s", e->str);
        pt->ydeic = true;
        pt->yoff = e->offset;
        pt->window = k == 1;
        pt->g = G_SEASON;
        i += e->klen;
    }
    if (pt->g == G_SEASON)
        return i - i0;
    // A festival in quotes (在“七一”前) is the same festival, the quotes its own.
    const zc_lexent *oq = per(p, i, ZC_PK_QUOTE), *cq = NULL;
    size_t fi = oq ? i + oq->klen : i;
    if ((e = zc_lex_match(p->lx, ZC_LX_FEST, p->s + fi, p->len - fi, -1)) &&
        (!oq || (cq = per(p, fi + e->klen, ZC_PK_QUOTE))) &&
        fest_not_number(p, fi, e, fi + e->klen + (cq ? cq->klen : 0))) {
        pt->fest = e;
        pt->g = e->kind == ZC_CAL_WINDOW ? G_WINDOW : G_FEST;
        i = fi + e->klen + (cq ? cq->klen : 0);
        // 新中国成立72周年(大庆): the anniversary gives the year.
        const zc_lexent *an;
        if (e->year && (n = num(p, i, &v)) && v > 0 && v < 1000 &&
            (an = cue(p, i + n, ZC_TC_ANNIV))) {
            pt->year = e->year + (int)v;
            i += n + an->klen;
        } else if (e->kind == ZC_CAL_FOUNDING) {
            // 新中国成立以后: the founding itself is history; a time only as an anniversary.
            memset(pt, 0, sizeof *pt);
            return GO_ON;
        }
        // 元旦春节, 中秋国庆: two festivals in a row are one window with no single day.
        const zc_lexent *f2 = zc_lex_match(p->lx, ZC_LX_FEST, p->s + i, p->len - i, -1);
        if (f2 && num(p, i, &v) != f2->klen) {
            i += f2->klen;
            pt->g = G_WINDOW;
        }
        if ((an = cue(p, i, ZC_TC_FILLER)))   // 国庆长假, 72周年大庆
            i += an->klen;
        return i - i0;
    }
    if (pt->g == G_YEAR)
        return i - i0;
    if ((e = before_cue(p, i, ZC_PK_ACTIVITY))) {
        pt->g = G_ACTIVITY;
        return i + e->klen - i0;
    }
    // 施工前, 公示期间: an event bounds a duty only before 前 or a window cue of its own.
    if ((e = per(p, i, ZC_PK_EVENT))) {
        const zc_lexent *c = cue(p, i + e->klen, ZC_TC_POST);
        if (c && !cue(p, i + e->klen, ZC_TC_STOP) &&   // 开工前期工作: no cue
            (!strcmp(c->str, "before") || (!strcmp(c->str, "within") && c->klen > 3))) {
            pt->g = G_ACTIVITY;
            return i + e->klen - i0;
        }
    }
    // 17时前, 12:00前: an hour of an unnamed day bounds a duty only before 前; its day is
    // not written, so its date is null.
    if ((n = parse_hour(p, i, pt)) && n == (size_t)(skip_spaces(p, i + n) - i) &&
        (e = cue(p, i + n, ZC_TC_POST)) && !strcmp(e->str, "before")) {
        pt->g = G_ACTIVITY;
        return i + n - i0;
    }
    pt->hour = 0;
    if ((e = per(p, i, ZC_PK_WEEKDAY))) {
        pt->wday = e->weekday;
        pt->g = G_WDAY;
        return i + e->klen - i0;
    }

    // 于15日前, 在20号之前: a day of the month alone after a pre cue and before a bound (not
    // 开工15日前, a span from an event): the next such day from the document date.
    if (p->after_pre && (n = parse_day(p, i, pt)) && pt->day > 0 && !pt->end &&
        (e = cue(p, i + n, ZC_TC_POST)) &&
        (!strcmp(e->str, "before") || !strcmp(e->str, "by"))) {
        pt->mdeic = pt->dayonly = true;
        pt->moff = p->dd && pt->day < p->dd;
        return i + n - i0;
    }
    memset(pt, 0, sizeof *pt);
    // 6.15前: month.day, only before a relation cue.
    if ((n = num(p, i, &v)) && v >= 1 && v <= 12 && i + n < p->len && p->s[i + n] == '.') {
        long d;
        size_t m = num(p, i + n + 1, &d);
        if (m && d >= 1 && d <= 31 && cue(p, i + n + 1 + m, ZC_TC_POST)) {
            pt->month = (int)v;
            pt->day = (int)d;
            pt->g = G_DAY;
            return i + n + 1 + m - i0;
        }
    }
    return GO_ON;
}

/* A point or period at s[i] (see the grammar above). `ctx` is the start of a range, whose year
 * and month a day-only end inherits (5月1日至15日). Returns the bytes consumed or 0. */
static size_t read_point(parser *p, size_t i0, tpoint *pt, const tpoint *ctx)
{
    memset(pt, 0, sizeof *pt);
    size_t i = i0, n;
    ptrdiff_t r;
    // Every branch below begins with a period word, a festival, a number (a digit, a numeral,
    // a space before an hour) or a placeholder year: 由于, 自己 (a from cue) open none.
    const unsigned first = 1u << ZC_LX_PERIOD | 1u << ZC_LX_FEST | 1u << ZC_LX_DIGIT |
                           1u << ZC_LX_SCALE | ZC_LX_LEAD;
    if (i0 >= p->len ||
        (!(zc_lex_lead(p->lx, p->s + i0, p->len - i0) & first) && !placeholder_year(p, i0)))
        return 0;
    if ((n = parse_century(p, i, pt)) || (n = parse_plan(p, i, pt)) ||
        (n = parse_numeric_date(p, i, pt)))
        return n;
    memset(pt, 0, sizeof *pt);
    if ((r = phase_year(p, i0, &i, pt)) != GO_ON)
        return (size_t)r;
    if (pt->g == G_YEAR)
        i = skip_spaces(p, i);   // 2025 年 3 月
    if ((n = parse_lunar(p, i, pt))) {
        if (pt->g == G_LUNAR || pt->g == G_ACTIVITY)
            return i + n - i0;
        i += n;   // 农历春节: the festival follows
    }

    if ((r = phase_month(p, i0, &i, pt, ctx)) != GO_ON ||
        (r = phase_quarter(p, i0, &i, pt)) != GO_ON || (r = phase_named(p, i0, i, pt)) != GO_ON)
        return (size_t)r;
    memset(pt, 0, sizeof *pt);
    return 0;
}

/* read_point, kept for the offset last asked without a range start: a count of units is
 * tried as a point (counted) and then read as one (point_or_range) at the same offset. */
static size_t parse_point(parser *p, size_t i0, tpoint *pt, const tpoint *ctx)
{
    if (ctx)
        return read_point(p, i0, pt, ctx);
    if (p->point.at != i0) {
        p->point.at = i0;
        p->point.n = read_point(p, i0, &p->point.pt, NULL);
    }
    *pt = p->point.pt;
    return p->point.n;
}

/* ---- resolution ----------------------------------------------------------------------- */

/* The last day of the period a point denotes in year y (for the toward-the-future rule). */
static long period_last_day(const tpoint *pt, int y)
{
    switch (pt->g) {
    case G_DAY:
        return zc_cal_days(y, pt->month, pt->day > 0 ? pt->day : zc_cal_mdays(y, pt->month));
    case G_MONTH:
        return zc_cal_days(y, pt->month, zc_cal_mdays(y, pt->month));
    case G_QUARTER:
        return zc_cal_days(y, pt->quarter * 3, zc_cal_mdays(y, pt->quarter * 3));
    case G_HALF:
        return zc_cal_days(y, pt->half * 6, pt->half == 1 ? 30 : 31);
    case G_SEASON: {
        const char *codes = "SPSUFAWI";
        int idx = (int)((strstr(codes, pt->season) - codes) / 2);
        int m = 5 + 3 * idx;   // SP ends in May, SU August, FA November, WI next February
        return m > 12 ? zc_cal_days(y + 1, 2, zc_cal_mdays(y + 1, 2))
                      : zc_cal_days(y, m, zc_cal_mdays(y, m));
    }
    default:
        return zc_cal_days(y, 12, 31);
    }
}

/* The Gregorian day *gy-*m-*d of a festival or Chinese-calendar date of year y. A lunar
 * year's last months fall in January or February of the next Gregorian year (腊月廿三). */
static bool fest_day(const tpoint *pt, int y, int *gy, int *m, int *d)
{
    const zc_lexent *f = pt->fest;
    *gy = y;
    if (pt->g == G_LUNAR || f->kind == ZC_CAL_LUNAR) {
        int lm = pt->g == G_LUNAR ? pt->lmonth : f->month;
        if (!zc_cal_lunar(y, lm, pt->g == G_LUNAR ? pt->lday : f->day, m, d))
            return false;
        if (lm >= 10 && *m <= 3)
            (*gy)++;
    } else if (f->kind == ZC_CAL_SOLAR || f->kind == ZC_CAL_FOUNDING) {
        *m = f->month;
        *d = f->day;
    } else if (f->kind == ZC_CAL_WINDOW) {
        return false;
    } else {
        zc_cal_solar_term(y, f->num, m, d);
    }
    if (pt->g == G_FEST && f->offset)
        zc_cal_civil(zc_cal_days(*gy, *m, *d) + f->offset, gy, m, d);
    return true;
}

/* The year of a point: > 0 known, 0 unknown (XXXX), -1 unresolvable (date null). */
static int resolve_year(parser *p, const tpoint *pt, int ctxyear)
{
    if (pt->yunk)
        return 0;
    if (pt->year)
        return pt->year;
    if (pt->yctx) {
        if (ctxyear > 0)
            return ctxyear + pt->yoff;
        if (ctxyear == 0)
            return 0;
        return p->dy ? p->dy + pt->yoff : -1;
    }
    if (pt->ydeic && !pt->ysoft)
        return p->dy ? p->dy + pt->yoff : -1;
    if (ctxyear > 0)
        return ctxyear;
    if (!p->dy)
        return 0;
    if (!p->dm || !p->dd)
        return p->dy;
    // Toward the future: the document's year unless the period is already over.
    long doc = zc_cal_days(p->dy, p->dm, p->dd);
    if (pt->g == G_FEST || pt->g == G_LUNAR) {
        // The first of last year's, this year's and next year's days not yet past (腊月廿三
        // in January is this winter's).
        int gy, m, d;
        for (int y = p->dy - 1; y <= p->dy; y++)
            if (fest_day(pt, y, &gy, &m, &d) && zc_cal_days(gy, m, d) >= doc)
                return y;
        return p->dy + 1;
    }
    return period_last_day(pt, p->dy) < doc ? p->dy + 1 : p->dy;
}

static void ystr(char *buf, size_t size, int y)
{
    if (y > 0 && y <= 9999 && size > 4) {   // "%04d", written out: most times state a year
        for (int k = 3; k >= 0; k--, y /= 10)
            buf[k] = (char)('0' + y % 10);
        buf[4] = '\0';
    } else if (y > 0)
        snprintf(buf, size, "%04d", y);
    else
        snprintf(buf, size, "XXXX");
}

/* Writes the TIMEX3 value of a point into out->date (or leaves it null). `ctxyear` is the
 * resolved year of a range's start (-2 when there is no range). Returns the resolved year. */
static int resolve_point(parser *p, const tpoint *pt, int ctxyear, zc_timex *out)
{
    char *buf = out->date, y[12];
    size_t size = sizeof out->date;
    buf[0] = '\0';
    if (pt->g == G_ACTIVITY || pt->g == G_WINDOW)
        return -1;
    if (pt->mdeic || pt->qdeic || pt->wdeic || pt->ddeic || pt->g == G_WDAY) {
        out->deictic = true;
        out->dayonly = pt->dayonly;
        if (pt->dayonly && (!p->dy || !p->dm || !p->dd)) {
            snprintf(buf, size, "XXXX-XX-%02d", pt->day);   // as 每月5日前 (GUIDELINES.md)
            return 0;
        }
        if (!p->dy || !p->dm || ((pt->wdeic || pt->ddeic || pt->g == G_WDAY) && !p->dd))
            return -1;
        if (pt->g == G_WDAY || pt->ddeic) {   // the next such weekday from the document date
            long doc = zc_cal_days(p->dy, p->dm, p->dd);
            long t = doc + ((pt->wday - zc_cal_wday(doc)) + 7) % 7;
            if (pt->wdeic)   // 下周一: that day of the week named
                t = doc - (zc_cal_wday(doc) - 1) + 7L * pt->woff + (pt->wday - 1);
            if (pt->ddeic)   // 今天, 明天: days from the document date
                t = doc + pt->doff;
            int yy, mm, dd;
            zc_cal_civil(t, &yy, &mm, &dd);
            snprintf(buf, size, "%04d-%02d-%02d", yy, mm, dd);
            return yy;
        }
        if (pt->wdeic) {
            int wy, wk;
            long t = zc_cal_days(p->dy, p->dm, p->dd) + 7L * pt->woff;
            int yy, mm, dd;
            zc_cal_civil(t, &yy, &mm, &dd);
            zc_cal_isoweek(yy, mm, dd, &wy, &wk);
            snprintf(buf, size, "%04d-W%02d", wy, wk);
            return wy;
        }
        if (pt->qdeic) {
            int q = (p->dm - 1) / 3 + pt->quarter + 4 * 10;   // 上季度 in January: last year
            int yy = p->dy + q / 4 - 10;
            q = q % 4 + 1;
            if (pt->begin)
                snprintf(buf, size, "%04d-%02d-01", yy % 10000, (q * 3 - 2) % 100);
            else if (pt->end)
                snprintf(buf, size, "%04d-%02d-%02d", yy, q * 3, zc_cal_mdays(yy, q * 3));
            else
                snprintf(buf, size, "%04d-Q%d", yy, q);
            return yy;
        }
        int mm = p->dm - 1 + pt->moff + 12, yy = p->dy + mm / 12 - 1;   // 上月 in January
        mm = mm % 12 + 1;
        if (pt->day)
            snprintf(buf, size, "%04d-%02d-%02d", yy, mm,
                     pt->day > 0 ? pt->day : zc_cal_mdays(yy, mm));
        else
            snprintf(buf, size, "%04d-%02d", yy, mm);
        return yy;
    }
    if (pt->ydeic || pt->yctx)
        out->deictic = true;
    int yr = resolve_year(p, pt, ctxyear);
    if (yr < 0)
        return -1;
    ystr(y, sizeof y, yr);
    switch (pt->g) {
    case G_YEAR:
        zc_strcpy_cut(buf, size, y);
        break;
    case G_MONTH:
        snprintf(buf, size, "%s-%02d", y, pt->month);
        break;
    case G_DAY: {
        int d = pt->day > 0 ? pt->day : zc_cal_mdays(yr > 0 ? yr : 2001, pt->month);
        snprintf(buf, size, "%s-%02d-%02d", y, pt->month, d);
        break;
    }
    case G_QUARTER:
        if (pt->begin)
            snprintf(buf, size, "%.4s-%02d-01", y, (pt->quarter * 3 - 2) % 100);
        else if (pt->end)
            snprintf(buf, size, "%s-%02d-%02d", y, pt->quarter * 3,
                     zc_cal_mdays(yr > 0 ? yr : 2001, pt->quarter * 3));
        else
            snprintf(buf, size, "%s-Q%d", y, pt->quarter);
        break;
    case G_HALF:
        if (pt->begin)
            snprintf(buf, size, "%s-%s", y, pt->half == 1 ? "01-01" : "07-01");
        else if (pt->end)
            snprintf(buf, size, "%s-%s", y, pt->half == 1 ? "06-30" : "12-31");
        else
            snprintf(buf, size, "%s-H%d", y, pt->half);
        break;
    case G_SEASON:
        snprintf(buf, size, "%s-%s", y, pt->season);
        break;
    case G_FEST:
    case G_LUNAR: {
        int gy, m, d;
        if (yr <= 0 || !fest_day(pt, yr, &gy, &m, &d))
            return -1;   // a festival without a known year has no date (GUIDELINES.md)
        snprintf(buf, size, "%04d-%02d-%02d", gy, m, d);
        break;
    }
    default:
        return -1;
    }
    return yr;
}

/* The relation a point takes when no cue word gives one. */
static const char *default_relation(const tpoint *pt)
{
    if (pt->end || pt->window)
        return "by";
    if (pt->g == G_DAY || pt->g == G_WDAY || pt->g == G_LUNAR)
        return "on";
    return "within";
}

/* ---- durations ------------------------------------------------------------------------ */

/* Scales a duration value of periods.tsv ("P1M", "PT1H") by n into buf. */
static bool scale_duration(const char *unit, long n, char *buf, size_t size)
{
    bool t = unit[1] == 'T';
    const char *q = unit + (t ? 2 : 1);
    long k = strtol(q, (char **)&q, 10);
    if (n <= 0 || n > 999 || k * n > 9999)
        return false;
    int w = snprintf(buf, size, "P%s%ld%c", t ? "T" : "", k * n, *q);
    return w > 0 && (size_t)w < size;
}

/* The document date plus a duration; false when the document date is not a full date or the
 * unit is below a day. `biz` counts working days (Monday to Friday). */
static bool add_duration(parser *p, const char *dur, bool biz, char *buf, size_t size)
{
    if (!p->dy || !p->dm || !p->dd || dur[1] == 'T')
        return false;
    long n = strtol(dur + 1, NULL, 10);
    char u = dur[strlen(dur) - 1];
    int y = p->dy, m = p->dm, d = p->dd;
    long t = zc_cal_days(y, m, d);
    if (biz) {
        while (n > 0) {
            t++;
            if (zc_cal_wday(t) <= 5)
                n--;
        }
    } else if (u == 'D' || u == 'W') {
        t += u == 'W' ? 7 * n : n;
    } else {
        long months = u == 'Y' ? 12 * n : n;
        long mm = (m - 1) + months;
        y += (int)(mm / 12);
        m = (int)(mm % 12) + 1;
        if (d > zc_cal_mdays(y, m))
            d = zc_cal_mdays(y, m);
        t = zc_cal_days(y, m, d);
    }
    zc_cal_civil(t, &y, &m, &d);
    snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
    return true;
}

/* ---- recurrences, spans ---------------------------------------------------------------- */

/* N [个] unit: 三个月, 一季度, 10个工作日, 半年. Returns the bytes and the unit entry. */
static size_t parse_count_unit(parser *p, size_t i, bool bare, long *count,
                               const zc_lexent **unit)
{
    long v = 1;
    size_t n = num_sp(p, i, &v);   // 3 个工作日: a space before the unit (PDF text)
    const zc_lexent *u = per(p, i + n, ZC_PK_UNIT), *b = per(p, i + n, ZC_PK_BIZDAY);
    if (b && (!u || b->klen >= u->klen))
        u = b;
    if (!u)
        return 0;
    // Without a number only the half units stand alone (半年内, 半个月内), except after 每.
    if (!n && !bare && strncmp(u->key, "半", strlen("半")) != 0)
        return 0;
    *count = n ? v : 1;
    *unit = u;
    return n + u->klen;
}

/* parse_count_unit, or a range of counts before the unit (1～2年, 5—10年, 三到五年): its upper
 * end, the length an effort may take at most. */
static size_t parse_count_range(parser *p, size_t i, long *count, const zc_lexent **unit)
{
    size_t n = parse_count_unit(p, i, true, count, unit);
    if (n)
        return n;
    long lo;
    const zc_lexent *e;
    size_t k = num_sp(p, i, &lo);
    if (!k || !(e = cue(p, i + k, ZC_TC_RANGE)))
        return 0;
    size_t j = skip_spaces(p, i + k + e->klen);
    n = parse_count_unit(p, j, false, count, unit);
    return n && *count > lo ? j + n - i : 0;
}

/* 一X or …一次 after N unit: a recurrence (一季度一查, 一天一统计, 三天进行一次). Returns the
 * bytes after the unit, or 0. */
static size_t recur_tail(parser *p, size_t i)
{
    const zc_lexent *one = zc_lex_match(p->lx, ZC_LX_DIGIT, p->s + i, p->len - i, -1);
    if (cue(p, i, ZC_TC_STOP))
        return 0;   // 九年一贯制: a stop word that opens with 一 names no recurrence
    if (one && one->num == 1 && i + one->klen < p->len) {
        size_t j = i + one->klen;
        size_t cl = zc_utf8_len((uint8_t)p->s[j]);
        // 一 then one Han verb (查, 统计, 报): not a numeral, unit or time word.
        if (cl == 3 && !zc_lex_match(p->lx, ZC_LX_DIGIT, p->s + j, p->len - j, -1) &&
            !zc_lex_match(p->lx, ZC_LX_SCALE, p->s + j, p->len - j, -1) &&
            !per(p, j, ZC_PK_UNIT) && !per(p, j, ZC_PK_QUARTER))
            return j + cl - i;
    }
    // 三季度末…一次, 三天内…一次: the unit is a time there, not a recurrence.
    if (per(p, i, ZC_PK_END) || per(p, i, ZC_PK_PART) || per(p, i, ZC_PK_DAY) ||
        cue(p, i, ZC_TC_POST))
        return 0;
    size_t j = i;
    for (int c = 0; c < RECUR_WINDOW && j < p->len; c++) {
        size_t cl = zc_utf8_len((uint8_t)p->s[j]);
        const zc_lexent *t;
        // 15天完成1次: the count of times in Arabic digits, as 一次.
        if (p->s[j] == '1' && (t = cue(p, j + 1, ZC_TC_TIMES)))
            return j + 1 + t->klen - i;
        if (cl != 3)
            break;   // ASCII, punctuation in ASCII after NFKC: no longer the same clause
        // The lead mask first: most chars of the window begin no cue or period word, and
        // asking lex_at would fill (and give up) a slot for each.
        unsigned l = zc_lex_lead(p->lx, p->s + j, p->len - j);
        if ((l & 1u << ZC_LX_TCUE && cue(p, j, ZC_TC_STOP)) ||
            (l & 1u << ZC_LX_PERIOD && per(p, j, ZC_PK_NTH)))
            break;   // 一次性: once only; 第一次: the first time, an ordinal (数十年来第一次)
        one = zc_lex_match(p->lx, ZC_LX_DIGIT, p->s + j, p->len - j, -1);
        if (one && one->num == 1 && (t = cue(p, j + one->klen, ZC_TC_TIMES)))
            return j + one->klen + t->klen - i;
        if (j + cl > p->len || !memcmp(p->s + j, "，", 3) || !memcmp(p->s + j, "。", 3) ||
            !memcmp(p->s + j, "、", 3) || !memcmp(p->s + j, "；", 3))
            break;
        j += cl;
    }
    return 0;
}

/* After 每年, 每月: an amount in Arabic digits that is no date (补贴上限为每年 200 万元, 每月 1500
 * 元) makes the unit a rate, not a schedule; a count of times (每周3次), an hour (每日18时) and
 * a day (每月5日) do not. */
static bool is_rate(parser *p, size_t i)
{
    size_t j = i;   // a line break of PDF text may part the unit and its amount (每年\n200 万元)
    while (j < p->len && (p->s[j] == ' ' || p->s[j] == '\n' || p->s[j] == '\r'))
        j++;
    if (j >= p->len || p->s[j] < '0' || p->s[j] > '9')
        return false;
    long v;
    size_t n = num_sp(p, j, &v);
    tpoint pt;
    return n && !cue(p, j + n, ZC_TC_TIMES) && !per(p, j + n, ZC_PK_HOUR) &&
           !parse_day(p, j, &pt) && !parse_point(p, j, &pt, NULL);
}

/* A day of every year as TIMEX3 (XXXX-MM-DD); a day of 0 or less is the month's last. */
static void yearly_day(zc_timex *out, int month, int day)
{
    snprintf(out->date, sizeof out->date, "XXXX-%02d-%02d", month,
             day > 0 ? day : zc_cal_mdays(2001, month));
}

/* 每… : 每月, 每季度, 每两周, 每周一, 每个星期五, 每月5日前, 每年3月底. */
static size_t parse_every(parser *p, size_t i0, zc_timex *out, tpoint *day)
{
    const zc_lexent *e = per(p, i0, ZC_PK_EVERY);
    size_t i = i0 + e->klen;
    memset(day, 0, sizeof *day);
    const zc_lexent *wd = per(p, i, ZC_PK_WEEKDAY), *u;
    // 每周一 is Monday, 每周一次 is once a week.
    if (wd && !cue(p, i + wd->klen, ZC_TC_TIMES)) {
        snprintf(out->recurrence, sizeof out->recurrence, "P1W");
        snprintf(out->date, sizeof out->date, "XXXX-WXX-%d", wd->weekday);
        day->g = G_WDAY;
        return i + wd->klen + parse_hour(p, i + wd->klen, day) - i0;   // 每周五12时前
    }
    long n;
    size_t k = parse_count_unit(p, i, true, &n, &u);
    if (!k || !scale_duration(u->str, n, out->recurrence, sizeof out->recurrence) ||
        cue(p, i + k, ZC_TC_STOP))   // 按日加收, 按半年计算: a rate, no schedule
        return 0;
    i += k;
    if (is_rate(p, i))
        return 0;
    char last = u->str[strlen(u->str) - 1];
    if (n == 1 && !strcmp(u->str, "P1M")) {   // 每月5日, 每月底
        tpoint pt = { 0 };
        size_t m = parse_day(p, i, &pt);
        if (m) {
            if (pt.day > 0)
                snprintf(out->date, sizeof out->date, "XXXX-XX-%02d", pt.day);
            *day = pt;
            i += m;
        }
    } else if (n == 1 && !strcmp(u->str, "P1D")) {   // 每日18时前, 每日8时、17时前
        long h;
        size_t m, j = i;
        while ((m = num(p, j, &h)) && h >= 0 && h <= 24 && (e = per(p, j + m, ZC_PK_HOUR))) {
            i = j + m + e->klen;
            j = i;
            if (j + 3 <= p->len && !memcmp(p->s + j, "、", 3))
                j += 3;
        }
    } else if (n == 1 && !strcmp(u->str, "P3M") && (e = per(p, i, ZC_PK_END))) {
        // 每季度末, 每季度末月25日前.
        tpoint pt = { 0 };
        const zc_lexent *mo = per(p, i + e->klen, ZC_PK_MONTH);
        size_t m = mo ? parse_day(p, i + e->klen + mo->klen, &pt) : 0;
        if (m && pt.day > 0) {
            snprintf(out->date, sizeof out->date, "XXXX-XX-%02d", pt.day);
            i += e->klen + mo->klen + m;
        } else {
            pt.end = true;
            i += e->klen;
        }
        *day = pt;
    } else if (n == 1 && last == 'Y' && u->str[1] == '1') {   // 每年3月底
        tpoint pt;
        size_t m = parse_point(p, i, &pt, NULL);
        if (m && (pt.g == G_DAY || pt.g == G_MONTH) && pt.month && !pt.mdeic) {
            if (pt.g == G_DAY)
                yearly_day(out, pt.month, pt.day);
            else
                snprintf(out->date, sizeof out->date, "XXXX-%02d", pt.month);
            *day = pt;
            i += m;
        } else if (m && (pt.g == G_QUARTER || pt.g == G_HALF) && !pt.year && !pt.ydeic &&
                   !pt.qdeic && !pt.begin) {   // 每年第一季度, 每年上半年, 每年一季度末
            int mo = pt.g == G_QUARTER ? pt.quarter * 3 : pt.half * 6;
            if (pt.end)
                yearly_day(out, mo, 0);
            else if (pt.g == G_QUARTER)
                snprintf(out->date, sizeof out->date, "XXXX-Q%d", pt.quarter);
            else
                snprintf(out->date, sizeof out->date, "XXXX-H%d", pt.half);
            *day = pt;
            i += m;
        }
    }
    return i - i0;
}

/* ---- the expression ---------------------------------------------------------------------- */

/* True when s[k], past spaces, is what may_open asks after a number: '.' or a period word or
 * a cue (a key of theirs, not just its first char: 一个人 is no 一个月). */
static inline bool number_follower(parser *p, size_t k)
{
    k = skip_spaces(p, k);
    return k < p->len &&
           (p->s[k] == '.' || zc_lex_has_prefix(p->lx, 1u << ZC_LX_PERIOD | 1u << ZC_LX_TCUE,
                                                p->s + k, p->len - k));
}

enum { NUMBER_MAX = 48 };   /* bytes: no number a time opens with is longer (二〇二〇, 2019.10.01) */

/* False when no number at s[i] can be followed by what may_open asks after it: a number
 * ends at a char boundary inside the run of chars that begin a digit or scale word or that
 * the parsers take without a key (0-9, -, space), or just after that run, and
 * number_follower must hold there. A load a char, and a walk where a period word or cue may
 * begin, instead of the numeral's parse (一些, 第一个, 十分, 百分, 亿元). */
static bool may_follow_number(parser *p, size_t i)
{
    const unsigned numeral = 1u << ZC_LX_DIGIT | 1u << ZC_LX_SCALE | ZC_LX_LEAD;
    // Bounded, so that a run of digits (a line of 7s) costs each of its positions a few steps,
    // not a walk to the run's end.
    for (size_t j = i; j < p->len && j - i <= NUMBER_MAX;) {
        if (j > i && number_follower(p, j))
            return true;
        if (!(zc_lex_lead(p->lx, p->s + j, p->len - j) & numeral))
            return false;
        j += zc_utf8_len((uint8_t)p->s[j]);
    }
    return false;
}

/* Past a bound cue at s[at] (不超过, 最长不超过), which may stand after a comma (可适当延长交付
 * 期限，最长不超过6个月): where the count of a span or an extension is read; else at. */
static size_t past_bound(parser *p, size_t at, const zc_lexent **cap)
{
    size_t c = at < p->len && p->s[at] == ',' ? skip_spaces(p, at + 1) : at;
    return (*cap = cue(p, c, ZC_TC_BOUND)) ? skip_spaces(p, c + (*cap)->klen) : at;
}

/* True when a count (parse_count_range, bare) may begin at s[i]: a number or a unit. */
static bool count_may_start(parser *p, size_t i)
{
    const unsigned first = 1u << ZC_LX_PERIOD | 1u << ZC_LX_DIGIT | 1u << ZC_LX_SCALE;
    return i < p->len && zc_lex_may_start(p->lx, p->s + i, p->len - i, first);
}

/* True when a point (read_point) may begin at s[i]: every branch begins with a period word, a
 * festival, a number (a digit, a numeral, a space before an hour) or a placeholder year. */
static bool point_may_start(parser *p, size_t i)
{
    const unsigned first = 1u << ZC_LX_PERIOD | 1u << ZC_LX_FEST | 1u << ZC_LX_DIGIT |
                           1u << ZC_LX_SCALE;
    return i < p->len &&
           (zc_lex_may_start(p->lx, p->s + i, p->len - i, first) || placeholder_year(p, i));
}

/* True when the cues at s[i], where no period word or festival starts (`w`), may open an
 * expression. The kinds that only lead into one are read at the start by one branch each: a
 * from cue (自, 由, 从) by point_or_range before a point, a span (今后) or an effort (用, 通过)
 * by duration before a count; 由于, 自己, 今后五年, 用。, 通过改革 are none of them. */
static bool cue_opens(parser *p, size_t i, unsigned w)
{
    const uint64_t lead_in = 1ull << ZC_TC_FROM | 1ull << ZC_TC_SPAN | 1ull << ZC_TC_EFFORT;
    if (w != 1u << ZC_LX_TCUE || p->pre[lex_slot(p, ZC_LX_TCUE, i)].kinds & ~lead_in)
        return true;
    const zc_lexent *e, *cap;
    return ((e = cue(p, i, ZC_TC_FROM)) && point_may_start(p, i + e->klen)) ||
           ((e = cue(p, i, ZC_TC_SPAN)) &&
            count_may_start(p, past_bound(p, skip_spaces(p, i + e->klen), &cap))) ||
           ((e = cue(p, i, ZC_TC_EFFORT)) && count_may_start(p, skip_spaces(p, i + e->klen)));
}

/* True when an ordinal (第) at s[i] may open a point: only before a number and a year or a
 * quarter (plan_year: 第一年; phase_quarter: 第三季度), not 第一批, 第二产业. */
static bool nth_opens(parser *p, size_t i)
{
    long v;
    size_t k = i + per(p, i, ZC_PK_NTH)->klen, n = num(p, k, &v);
    return n && (per(p, k + n, ZC_PK_YEAR) || per(p, k + n, ZC_PK_QUARTER));
}

/* True when calendar words that no number precedes at s[i] may open a point. Units (日, 天,
 * 周), a day or day of the week (日), a beginning or a lunar day (初) open none: counted takes a
 * unit without a number only as 半 (半年), parse_day a day after its number, deictic_week a day
 * of the week after 本周, parse_lunar a lunar day after its month, and a beginning opens the
 * day of a pre cue (于15日前) as no bound. A bare year (年, 年度) phase_year reads only
 * before an end, a beginning, 中 or a post cue (年底, 年内; not 年来, 年计划 of 五年计划). */
static bool bare_opens(parser *p, size_t i)
{
    const zc_lexent *e = per(p, i, ZC_PK_YEAR);
    if (p->len - i >= strlen("半") && !memcmp(p->s + i, "半", strlen("半")))
        return true;
    size_t k = e ? i + e->klen : i;
    return e && (per(p, k, ZC_PK_END) || per(p, k, ZC_PK_BEGIN) || year_mid(p, k) ||
                 cue(p, k, ZC_TC_POST));
}

/* True when a plan or a festival starts at s[j], after a quote: parse_plan and phase_named
 * read a quote at the start only before one (“十四五”, “七一”; not ”的, “四个全面”). */
static bool quote_opens(parser *p, size_t j)
{
    const unsigned fest = 1u << ZC_LX_FEST;
    unsigned lead = j < p->len ? zc_lex_lead(p->lx, p->s + j, p->len - j) : 0;
    return (lead & fest && zc_lex_starts(p->lx, p->s + j, p->len - j) & fest) ||
           (lead & 1u << ZC_LX_PERIOD && per(p, j, ZC_PK_PLAN));
}

/* True when a period word at s[i], where no cue or festival starts, may open a point: one
 * of a kind other than those the grammar reads only after a plan's name (parse_plan: 中期
 * planpart, and names_doc's 规划, 计划, 清单 plandoc), which no branch asks where it starts.
 * The words of a kind that one branch alone reads at the start open as that branch allows
 * (nth_opens, parse_every, an event, quote_opens, bare_opens). */
static bool period_opens(parser *p, size_t i)
{
    const uint64_t after_plan = 1ull << ZC_PK_PLANDOC | 1ull << ZC_PK_PLANPART;
    const uint64_t bare = 1ull << ZC_PK_YEAR | 1ull << ZC_PK_UNIT | 1ull << ZC_PK_DAY |
                          1ull << ZC_PK_DAYOFWEEK | 1ull << ZC_PK_BEGIN | 1ull << ZC_PK_LUNARDAY;
    uint64_t k = p->pre[lex_slot(p, ZC_LX_PERIOD, i)].kinds & ~after_plan;
    if (k == 1ull << ZC_PK_NTH)
        return nth_opens(p, i);
    if (k == 1ull << ZC_PK_EVERY)   // parse_every: a weekday or a count (逐步, 按照: none)
        return count_may_start(p, i + per(p, i, ZC_PK_EVERY)->klen);
    if (k == 1ull << ZC_PK_EVENT)   // phase_named: only before a post cue (施工前; not 试点)
        return cue(p, i + per(p, i, ZC_PK_EVENT)->klen, ZC_TC_POST) != NULL;
    if (k == 1ull << ZC_PK_QUOTE)
        return quote_opens(p, i + per(p, i, ZC_PK_QUOTE)->klen);
    return k && (k & ~bare ? true : bare_opens(p, i));
}

/* True when the number `v` at s[i], before a year word or a unit alone, may open a time: a
 * year (phase_year) or a count that counted takes, before a post cue, a lead cue or a
 * recurrence (三年内, 3年要, 一年一次); not 五年计划, 两年来, 十天的. */
static bool count_opens(parser *p, size_t i, long v)
{
    long count;
    const zc_lexent *unit;
    size_t n = parse_count_unit(p, i, false, &count, &unit), j = i + n;
    return year_value(p, i, v) ||
           (n && count < 1000 &&
            (cue(p, j, ZC_TC_POST) || cue(p, skip_spaces(p, j), ZC_TC_LEAD) ||
             (unit->kind == ZC_PK_UNIT && recur_tail(p, j))));
}

/* True when the '.' at s[k] after the number `v` of `n` bytes may go on with a date: four
 * digits of a year (parse_numeric_date: 2010.5.20) or a month, its day and a post cue
 * (phase_named: 6.15前); not 4. of a list. */
static bool dot_opens(parser *p, size_t k, size_t n, long v)
{
    long d;
    size_t m = v >= 1 && v <= 12 ? num(p, k + 1, &d) : 0;
    return n == 4 || (m && d >= 1 && d <= 31 && cue(p, k + 1 + m, ZC_TC_POST));
}

/* True when what follows the number `v` of `n` bytes at s[i], past spaces, may go on with a
 * time the number opens: '.' (dot_opens), a range cue (2013至2015年, 1至2月) or a period word
 * of a kind the grammar reads after a number (年, 月, 日, 季度, 个月, 世纪, -; an hour only
 * before a post cue, phase_named's 17时前; a year word or a unit alone as count_opens says);
 * not a quote, 中, 次, 点 alone (五”, 三中全会, 一次, 一点). */
static bool number_opens(parser *p, size_t i, size_t n, long v)
{
    const uint64_t year = 1ull << ZC_PK_YEAR | 1ull << ZC_PK_UNIT, hour = 1ull << ZC_PK_HOUR;
    const uint64_t after = 1ull << ZC_PK_MONTH | 1ull << ZC_PK_DAY | 1ull << ZC_PK_QUARTER |
                           1ull << ZC_PK_CLOCK | 1ull << ZC_PK_BIZDAY | 1ull << ZC_PK_DATESEP |
                           1ull << ZC_PK_CENTURY;
    size_t k = skip_spaces(p, i + n);
    if (k >= p->len)
        return false;
    if (p->s[k] == '.')
        return k != i + n || dot_opens(p, k, n, v);
    unsigned lead = zc_lex_lead(p->lx, p->s + k, p->len - k);
    if (lead & 1u << ZC_LX_TCUE && p->pre[lex_slot(p, ZC_LX_TCUE, k)].kinds & 1ull << ZC_TC_RANGE)
        return true;
    uint64_t pk = lead & 1u << ZC_LX_PERIOD ? p->pre[lex_slot(p, ZC_LX_PERIOD, k)].kinds : 0;
    return (pk & after) ||
           (pk & hour && v <= 24 && cue(p, k + per(p, k, ZC_PK_HOUR)->klen, ZC_TC_POST)) ||
           (pk & year && count_opens(p, i, v));
}

/* False when no branch of the grammar can match at s[i]: no period word, cue or festival
 * starts there that may open one (cue_opens, period_opens: 计划 of 计划的, 由于, 年来 open
 * none) and no placeholder year, and a number there (一, 19, 百) is followed by nothing
 * number_opens takes (一些, 19个, 百分之, 一次). The usual case, decided in a few lookups
 * instead of trying every branch. */
static bool may_open(parser *p, size_t i)
{
    const unsigned cues = 1u << ZC_LX_TCUE | 1u << ZC_LX_FEST;
    const unsigned words = cues | 1u << ZC_LX_PERIOD;
    if (i >= p->len)
        return true;
    // The tables a key begins with s[i] are in its lead mask: without a word's first char
    // there, no walk (一, 第, 百 begin no period word or cue). At 0 the caller's starts tell.
    unsigned w = !i ? p->starts0 & words
                 : zc_lex_lead(p->lx, p->s + i, p->len - i) & words
                     ? zc_lex_starts(p->lx, p->s + i, p->len - i) & words
                     : 0;
    if ((w & cues && cue_opens(p, i, w)) || (w == 1u << ZC_LX_PERIOD && period_opens(p, i)) ||
        placeholder_year(p, i))
        return true;
    if (!may_follow_number(p, i))
        return false;
    long v;
    size_t n = num(p, i, &v);
    return n && number_opens(p, i, n, v);
}

/* The value of the `n` ASCII digits at s, or -1 when one is not a digit. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* YYYY, YYYY-MM or YYYY-MM-DD (called once per parse: no sscanf). */
static void parse_doc_date(const char *dd, parser *p)
{
    p->dy = p->dm = p->dd = 0;
    if (!dd)
        return;
    size_t n = strlen(dd);
    int y = n >= 4 ? digits(dd, 4) : -1;
    if (y < 1000)
        return;
    p->dy = y;
    int m = n >= 7 && dd[4] == '-' ? digits(dd + 5, 2) : -1;
    if (m < 1 || m > 12)
        return;
    p->dm = m;
    int d = n >= 10 && dd[7] == '-' ? digits(dd + 8, 2) : -1;
    if (d >= 1 && d <= zc_cal_mdays(y, m))
        p->dd = d;
}

/* The state of zc_timex_parse between its phases. The phases return 1 when the expression
 * is complete (*consumed set), 0 when there is none, -1 to go on. */
typedef struct run {
    parser p;
    const char *doc_date;
    size_t i;              /* bytes taken */
    const char *rel;       /* the relation of a cue word before */
    const char *dflt;      /* the relation when no cue word says one */
    bool range, have_point;
    tpoint pt;             /* the point, or the start of a range */
} run;

/* A word that is the whole expression: a stop word (及时率, 立即注册), a vague time (当天,
 * 及时, with an hour and a cue after: 当天18时前), a report (月报). */
static int whole_word(parser *p, zc_timex *out, size_t *consumed)
{
    const zc_lexent *e;
    if ((e = cue(p, 0, ZC_TC_STOP))) {
        *consumed = e->klen;
        return 0;
    }
    if ((e = cue(p, 0, ZC_TC_VAGUE))) {
        out->kind = ZC_TX_VAGUE;
        zc_strcpy_cut(out->relation, sizeof out->relation, e->str);
        *consumed = e->klen;
        long h;
        size_t m = num(p, e->klen, &h);
        const zc_lexent *hr = m && h >= 0 && h <= 24 ? per(p, e->klen + m, ZC_PK_HOUR) : NULL;
        const zc_lexent *post = hr ? cue(p, e->klen + m + hr->klen, ZC_TC_POST) : NULL;
        if (post && *post->str) {
            zc_strcpy_cut(out->relation, sizeof out->relation, post->str);
            *consumed = e->klen + m + hr->klen + post->klen;
        }
        return 1;
    }
    if ((e = per(p, 0, ZC_PK_REPORT))) {
        out->kind = ZC_TX_RECUR;
        zc_strcpy_cut(out->recurrence, sizeof out->recurrence, e->str);
        zc_strcpy_cut(out->relation, sizeof out->relation, "unspecified");
        *consumed = e->klen;
        return 1;
    }
    return -1;
}

/* A day or month of every year `start` (每年10月1日, 每年3月) that a range cue and a day or month
 * of no year of its own follow (至10月20日, 至次年3月31日, 至5月): a yearly window, which, as any
 * range, bounds by its end (GUIDELINES.md). Rewrites out->date to the end, takes the end. */
static bool every_range(run *r, const tpoint *start, zc_timex *out)
{
    parser *p = &r->p;
    const zc_lexent *e = cue(p, r->i, ZC_TC_RANGE);
    if (!e || !start->month || (start->g != G_DAY && start->g != G_MONTH))
        return false;
    tpoint end;
    size_t k = skip_spaces(p, r->i + e->klen), m = parse_point(p, k, &end, start);
    if (!m || !end.month || (end.g != G_DAY && end.g != G_MONTH) || end.year || end.ydeic ||
        end.yunk || end.mdeic || end.hour)
        return false;
    yearly_day(out, end.month, end.day);
    r->i = k + m;
    r->range = true;
    return true;
}

/* A recurrence (每月, 每年秋季学期开学后一个月内) at r->i. */
static int every(run *r, zc_timex *out, size_t *consumed)
{
    parser *p = &r->p;
    tpoint pt;
    size_t n = parse_every(p, r->i, out, &pt), c2;
    if (!n)
        return 0;
    out->kind = ZC_TX_RECUR;
    r->i += n;
    r->dflt = *out->date ? "on" : "unspecified";
    if (*out->date && every_range(r, &pt, out))
        return -1;   // 每年10月1日至10月20日: the window ends each year on its last day
    if (pt.g == G_QUARTER || pt.g == G_HALF)   // 每年第一季度: within that quarter each year
        r->dflt = pt.end ? "by" : "within";
    if (pt.end && !*out->date)
        r->dflt = "by";
    // 每年秋季学期开学后一个月内: a recurring bound counted from a season or event.
    zc_timex sub;
    if (!*out->date && !pt.end && may_open(p, r->i) &&
        zc_timex_parse(p->lx, p->s + r->i, p->len - r->i, r->doc_date, &c2, &sub) &&
        (sub.kind == ZC_TX_SPAN || sub.kind == ZC_TX_SEASON) && !*sub.date) {
        zc_strcpy_cut(out->relation, sizeof out->relation, sub.relation);
        zc_strcpy_cut(out->duration, sizeof out->duration, sub.duration);
        *consumed = r->i + c2;
        return 1;
    }
    return -1;
}

/* A count of units at r->i: a span (三个月内, 10个工作日内), a span from an unseen event
 * (施工60天前), a recurrence (一季度一查); else nothing is taken. */
static int counted(run *r, zc_timex *out, size_t *consumed)
{
    parser *p = &r->p;
    long count;
    const zc_lexent *unit;
    size_t n = parse_count_unit(p, r->i, false, &count, &unit), t;
    if (!n || count >= 1000)
        return -1;
    size_t j = r->i + n;
    const zc_lexent *post = cue(p, j, ZC_TC_POST);
    tpoint asp;   // 3月内, 二季度期间: a point, not a span
    bool point = parse_point(p, r->i, &asp, NULL) >= n;
    if (post && !strcmp(post->str, "within") && !point) {
        if (!scale_duration(unit->str, count, out->duration, sizeof out->duration))
            return 0;
        out->kind = ZC_TX_SPAN;
        out->deictic = true;
        add_duration(p, out->duration, unit->kind == ZC_PK_BIZDAY, out->date, sizeof out->date);
        r->i = j;
        r->dflt = "within";
    } else if (!post && !point && cue(p, skip_spaces(p, j), ZC_TC_LEAD) &&
               scale_duration(unit->str, count, out->duration, sizeof out->duration)) {
        // 3年要实现脱贫3000多万人: a bare length right before a modal verb of a goal is the
        // span the goal is set for, from the document date (the cue is not taken).
        out->kind = ZC_TX_SPAN;
        out->deictic = true;
        add_duration(p, out->duration, unit->kind == ZC_PK_BIZDAY, out->date, sizeof out->date);
        r->i = j;
        r->dflt = "within";
    } else if (post && (!strcmp(post->str, "before") || !strcmp(post->str, "after")) &&
               !(count <= 31 && per(p, j - unit->klen, ZC_PK_DAY) && p->after_pre) &&
               !point && scale_duration(unit->str, count, out->duration, sizeof out->duration)) {
        // 施工60天前, 公告7天后: counted from an event the parser does not see, no date;
        // not when the words read as a point (3月前, 二季度前). 15日前 is a day of the month
        // only after a pre cue (于15日前); after an event it is a span (开工15日前, 在举行
        // 听证的七日前, 在有效期届满的三十日前: 行政处罚法 Art. 64, 矿产资源勘查区块登记管理办法).
        out->kind = ZC_TX_SPAN;
        r->i = j;
    } else if (unit->kind == ZC_PK_UNIT && (t = recur_tail(p, j)) &&
               scale_duration(unit->str, count, out->recurrence, sizeof out->recurrence)) {
        out->kind = ZC_TX_RECUR;   // 一季度一查
        *consumed = j + t;
        zc_strcpy_cut(out->relation, sizeof out->relation, "unspecified");
        return 1;
    }
    return -1;
}

/* A duration or recurrence at r->i: 为期一个月, then every() or counted(). */
static int duration(run *r, zc_timex *out, size_t *consumed)
{
    parser *p = &r->p;
    long count;
    const zc_lexent *e, *unit;
    size_t n;
    const zc_lexent *cap = NULL, *tail = NULL;
    size_t at = 0;
    // 通过三年的努力, 用15年左右的时间: a span of effort, which its tail must close; 顺延三个月:
    // an extension's length, from the date it extends (no date, as a ceiling's).
    bool effort = false, extend = false;
    if ((e = cue(p, r->i, ZC_TC_SPAN)) || (extend = (e = cue(p, r->i, ZC_TC_EXTEND)) != NULL) ||
        (effort = (e = cue(p, r->i, ZC_TC_EFFORT)) != NULL)) {
        at = skip_spaces(p, r->i + e->klen);
        if (!effort)
            at = past_bound(p, at, &cap);
    } else if ((cap = e = cue(p, r->i, ZC_TC_CAP))) {
        at = skip_spaces(p, r->i + e->klen);   // 最迟不超过4个小时: a ceiling standing alone
    }
    if (e && (n = effort ? parse_count_range(p, at, &count, &unit)
                         : parse_count_unit(p, at, true, &count, &unit)) && count < 1000 &&
        (!effort || (tail = cue(p, at + n, ZC_TC_EFFORT_END))) &&
        scale_duration(unit->str, count, out->duration, sizeof out->duration)) {
        // 为期一个月, 整改期限为3个月: a span from the document date, like 一个月内; a ceiling
        // (执行期不超过3年) counts from the start of a project, an event: date null.
        size_t i = at + n + (tail ? tail->klen : 0);
        out->kind = ZC_TX_SPAN;
        out->deictic = true;
        out->effort = effort;
        if (!cap && !extend)
            add_duration(p, out->duration, unit->kind == ZC_PK_BIZDAY, out->date,
                         sizeof out->date);
        const zc_lexent *in = cue(p, i, ZC_TC_POST);
        if (in && !strcmp(in->str, "within"))
            i += in->klen;
        zc_strcpy_cut(out->relation, sizeof out->relation, "within");
        *consumed = i;
        return 1;
    }
    memset(out->duration, 0, sizeof out->duration);
    if ((e = cue(p, r->i, ZC_TC_AHEAD)) &&
        (n = parse_count_unit(p, skip_spaces(p, r->i + e->klen), true, &count, &unit)) &&
        count < 1000 && scale_duration(unit->str, count, out->duration, sizeof out->duration)) {
        // 提前一天, 提前3个工作日: a length before an event the parser does not see: no date.
        out->kind = ZC_TX_SPAN;
        zc_strcpy_cut(out->relation, sizeof out->relation, "before");
        *consumed = skip_spaces(p, r->i + e->klen) + n;
        return 1;
    }
    memset(out->duration, 0, sizeof out->duration);
    return per(p, r->i, ZC_PK_EVERY) ? every(r, out, consumed) : counted(r, out, consumed);
}

/* The kind of a resolved point or range whose last point is `last`. */
static zc_tx_kind point_kind(const tpoint *last, bool range)
{
    return range || last->window ? ZC_TX_RANGE
         : last->plan ? ZC_TX_PERIOD
         : last->g == G_FEST || last->g == G_LUNAR || last->g == G_WINDOW ? ZC_TX_FESTIVAL
         : last->g == G_SEASON || last->g == G_ACTIVITY ? ZC_TX_SEASON
         : last->g == G_QUARTER || last->g == G_HALF || last->g == G_WEEK ? ZC_TX_PERIOD
         : ZC_TX_DATE;
}

/* Resolves the point or range parsed into out. `y1` is the year of a range's start. */
static void resolve_last(run *r, const tpoint *pt2, int y1, zc_timex *out)
{
    const tpoint *last = r->range ? pt2 : &r->pt;
    int ctx = y1 < 0 ? -2 : y1;
    tpoint endp = *last;
    if (r->range && ctx == -2 && endp.yctx)
        endp.yctx = false;   // 次年 after a year-less start: the end alone decides
    // A range end before its start in the same year wraps into the next (12月8日至1月8日).
    if (r->range && ctx > 0 && !endp.year && !endp.yunk && !endp.yctx && !endp.ydeic &&
        endp.month && r->pt.month && endp.month < r->pt.month) {
        endp.yctx = true;
        endp.yoff = 1;
    }
    if (r->range && r->have_point && r->pt.yunk && !endp.year)
        endp.yunk = true;   // 20__年10月1日至5月31日: the end's year is unknown too
    resolve_point(&r->p, &endp, r->range ? ctx : -2, out);
    out->kind = point_kind(last, r->range);
    out->plan = !r->range && last->plan;
    r->dflt = r->range ? "by" : default_relation(last);
}

/* A point, a range, or a start at r->i: 即日起至5月31日, 自…起, 12月8日至次年1月8日. */
static int point_or_range(run *r, zc_timex *out, size_t *consumed)
{
    parser *p = &r->p;
    const zc_lexent *e;
    bool anchored = false;
    if ((e = cue(p, r->i, ZC_TC_ANCHOR))) {
        anchored = true;
        r->i += e->klen;
    } else {
        if ((e = cue(p, r->i, ZC_TC_FROM)))
            r->i += e->klen;
        size_t n = parse_point(p, r->i, &r->pt, NULL);
        if (!n) {
            *consumed = 0;
            memset(out, 0, sizeof *out);
            return 0;
        }
        r->have_point = true;
        r->i += n;
    }
    size_t j = r->i;
    if ((e = cue(p, j, ZC_TC_POST)) && !strcmp(e->str, "after") && strcmp(e->key, "后") != 0 &&
        cue(p, j + e->klen, ZC_TC_RANGE))
        j += e->klen;   // 起至, 开始到
    tpoint pt2;
    int y1 = -2;
    if ((e = cue(p, j, ZC_TC_RANGE))) {
        size_t k = skip_spaces(p, j + e->klen);
        size_t m = parse_point(p, k, &pt2, r->have_point ? &r->pt : NULL);
        if (m && pt2.g != G_ACTIVITY) {
            // The end counts from the start's year only when the start states one;
            // otherwise the end resolves on its own, toward the future.
            if (r->have_point && (r->pt.year || r->pt.ydeic)) {
                zc_timex tmp = { 0 };
                y1 = resolve_point(p, &r->pt, -2, &tmp);
            }
            r->range = true;
            r->i = k + m;
        }
    }
    if (anchored && !r->range) {
        // 即日起 alone: from the document date on.
        out->kind = ZC_TX_RANGE;
        if (p->dy && p->dm && p->dd)
            snprintf(out->date, sizeof out->date, "%04d-%02d-%02d", p->dy, p->dm, p->dd);
        zc_strcpy_cut(out->relation, sizeof out->relation, "after");
        *consumed = r->i;
        return 1;
    }
    resolve_last(r, &pt2, y1, out);
    return -1;
}

/* The days a festival's window lasts after its day, by relation: 春节后 (after) is the month
 * of returning to work that follows (节后复工), 春节前后 (around) the half-month up to 元宵,
 * 春节期间 (within) the festival's week of holidays. */
static int window_days(const char *relation)
{
    if (!strcmp(relation, "after"))
        return 30;
    if (!strcmp(relation, "around"))
        return 15;
    if (!strcmp(relation, "within"))
        return 7;
    return -1;
}

/* A festival with no year of its own whose window (after, around, within it) holds the
 * document date is the current one, not next year's: 春节后 in a speech of 2020-02-03 is
 * 2020-01-25 (the toward-the-future rule of resolve_year takes the next festival day not yet
 * past). Rewrites out->date. */
static void open_window(parser *p, const tpoint *pt, const char *relation, zc_timex *out)
{
    int span = window_days(relation);
    if ((pt->g != G_FEST && pt->g != G_LUNAR) || span < 0 || pt->year || pt->yunk || pt->ydeic ||
        pt->yctx || !p->dy || !p->dm || !p->dd || !out->date[0])
        return;
    long doc = zc_cal_days(p->dy, p->dm, p->dd);
    int gy, m, d;
    for (int y = p->dy; y >= p->dy - 1; y--) {
        if (!fest_day(pt, y, &gy, &m, &d))
            continue;
        long day = zc_cal_days(gy, m, d);
        if (day < doc && doc - day <= span) {
            snprintf(out->date, sizeof out->date, "%04d-%02d-%02d", gy, m, d);
            return;
        }
    }
}

/* A cue word after (前, 以内, 前后, 期间) decides the relation, except for a range; after
 * 后, a count and 内 make a span from the point (开学后一个月内). Sets the relation. */
static void after_words(run *r, zc_timex *out)
{
    parser *p = &r->p;
    const zc_lexent *e, *unit;
    const char *post = NULL;
    // The weekday a day restates in brackets (2022年1月14日（周五）前): the day's own, so a
    // boundary after the brackets is the day's.
    if (r->have_point && r->pt.day && r->i < p->len && p->s[r->i] == '(') {
        const zc_lexent *wd = per(p, r->i + 1, ZC_PK_WEEKDAY);
        size_t j = r->i + 1 + (wd ? wd->klen : 0);
        if (wd && j < p->len && p->s[j] == ')' && cue(p, j + 1, ZC_TC_POST))
            r->i = j + 1;
    }
    size_t at = skip_spaces(p, r->i);   // 2014年11月15日⏎前 (rejoined lines)
    if ((e = cue(p, at, ZC_TC_POST))) {
        const zc_lexent *st = cue(p, at, ZC_TC_START);
        out->start = st && st->klen == e->klen;
        post = e->str;
        r->i = at + e->klen;
    } else if (r->i >= strlen("期") && !memcmp(p->s + r->i - strlen("期"), "期", strlen("期")) &&
               p->len - r->i >= strlen("间") && !memcmp(p->s + r->i, "间", strlen("间"))) {
        // A period word ending in 期 shares it with 期间 (供热期间, 汛期间): within.
        post = "within";
        r->i += strlen("间");
    }
    size_t k;
    long count;
    // 每季度结束后5个工作日内: a recurring bound counted from the end of each period; 汛期开始
    // 三十日前 (开始, 结束: a boundary of the period): a length before it.
    if (post && !r->range && (k = parse_count_unit(p, r->i, false, &count, &unit)) &&
        (e = cue(p, r->i + k, ZC_TC_POST)) &&
        ((!strcmp(post, "after") && !strcmp(e->str, "within")) ||
         ((out->start || !strcmp(post, "by")) && !strcmp(e->str, "before"))) &&
        scale_duration(unit->str, count, out->duration, sizeof out->duration)) {
        if (out->kind != ZC_TX_RECUR)
            out->kind = ZC_TX_SPAN;
        out->date[0] = '\0';
        // 当月起3个月内: 起 starts the span, which bounds; nothing open-ended starts.
        out->start = false;
        post = e->str;
        r->i += k + e->klen;
    }
    const char *relation = r->range ? "by" : post ? post : r->rel ? r->rel : r->dflt;
    // 2025年1月14日17:00前: before that hour is by that day (GUIDELINES.md).
    if (r->have_point && !r->range && r->pt.hour && relation && !strcmp(relation, "before"))
        relation = "by";
    zc_strcpy_cut(out->relation, sizeof out->relation, relation ? relation : "unspecified");
    if (r->have_point && !r->range && relation)
        open_window(p, &r->pt, relation, out);
}

/* The whole words at s[0] (whole_word), then a cue before the time, which sets r->i past it.
 * Returns as the phases do. */
static int opening_words(run *r, zc_timex *out, size_t *consumed)
{
    parser *p = &r->p;
    int got = whole_word(p, out, consumed);   // reads no date: the document's is parsed later
    if (got >= 0)
        return got;
    const zc_lexent *e = cue(p, 0, ZC_TC_PRE), *e2 = cue(p, 0, ZC_TC_REF), *cap;
    if (e && (cap = cue(p, 0, ZC_TC_CAP)) && cap->klen > e->klen)
        return -1;   // 最迟不超过4个小时: a ceiling's length (duration), not 最迟 before a date
    if (e2 && (!e || e2->klen >= e->klen)) {
        e = e2;
        out->ref = true;
    }
    if (e) {
        if (*e->str)
            r->rel = e->str;
        p->after_pre = true;
        r->i = skip_spaces(p, e->klen);
        if (!zc_lex_may_start(p->lx, p->s + r->i, p->len - r->i, ZC_LX_TIME_TABS))
            return 0;   // 在这, 由于: the cue opens no time (the usual case)
    }
    return -1;
}

bool zc_timex_parse(const struct zc_lexicon *lx, const char *s, size_t len, const char *doc_date,
                    size_t *consumed, zc_timex *out)
{
    unsigned starts = zc_lex_starts(lx, s, len);
    if (!(starts & (ZC_LX_TIME_TABS | ZC_LX_LEAD))) {   // most positions: one load
        memset(out, 0, sizeof *out);
        *consumed = 0;
        return false;
    }
    return zc_timex_parse_started(lx, s, len, starts, doc_date, consumed, out);
}

bool zc_timex_parse_started(const struct zc_lexicon *lx, const char *s, size_t len,
                            unsigned starts, const char *doc_date, size_t *consumed,
                            zc_timex *out)
{
    // Zeroed but for the prefix arrays of lex_at (most of the struct), which it reads only
    // as far as it filled them: the parser is asked at every position that may open a time.
    run r;
    memset(&r, 0, offsetof(run, p.pre));
    memset(&r.doc_date, 0, sizeof r - offsetof(run, doc_date));
    r.p.lx = lx;
    r.p.s = s;
    r.p.len = len;
    r.p.starts0 = starts;
    r.p.num_at = SIZE_MAX;
    r.doc_date = doc_date;
    parser *p = &r.p;
    p->pre[0].at = p->pre[1].at = p->pre[2].at = p->pre[3].at = SIZE_MAX;
    p->point.at = SIZE_MAX;
    memset(out, 0, sizeof *out);
    *consumed = 0;
    // The whole words and the cues before a time all begin an expression: where no period
    // word or cue does (一个, 百分之, 2), none is looked up, and only a number may open.
    if (starts & (1u << ZC_LX_PERIOD | 1u << ZC_LX_TCUE)) {
        int got = opening_words(&r, out, consumed);
        if (got >= 0)
            return got;
    }
    if (!may_open(p, r.i))
        return false;
    parse_doc_date(doc_date, p);   // only now: most positions stop before here
    int got;
    if ((got = duration(&r, out, consumed)) >= 0)
        return got;
    if (!out->kind && !*out->duration && !*out->recurrence &&
        (got = point_or_range(&r, out, consumed)) >= 0)
        return got;
    after_words(&r, out);
    *consumed = r.i;
    return true;
}

void zc_timex_format(const zc_timex *t, char *buf, size_t size)
{
    snprintf(buf, size, "%s %s %s", *t->date ? t->date : "-",
             *t->relation ? t->relation : "-", *t->recurrence ? t->recurrence : "-");
}
