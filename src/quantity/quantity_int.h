/*
 * quantity_int.h — private interface of the quantity stage (src/quantity): the lexicon tables loaded
 * from the TSV files of dicts/lex/ at model open, and the numeral and time normalizers. The
 * normalizers are pure functions of the text they are given (the matching view, NFKC-normalized
 * UTF-8), the lexicon and, for times, the document date; the extractor calls them at candidate
 * positions and turns their results into the `value`/`unit`/`comparator`/`approx` fields of
 * targets and statistics and the `date`/`relation`/`recurrence` fields of deadlines.
 */
#ifndef ZC_QUANTITY_INT_H
#define ZC_QUANTITY_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "lexicon/da.h"

/* ---- lexicon: small tables from dicts/lex/ ---------------------------------------------- */

/* The tables, one per file of dicts/lex/ (README.md there gives the columns). */
enum zc_lex_table {
    ZC_LX_DIGIT,      /* numerals.tsv: Chinese digits; num = value */
    ZC_LX_SCALE,      /* scale.tsv: 十 百 千 万 亿; num = value */
    ZC_LX_UNIT,       /* units.tsv: str = unit, kind = ZC_UNIT_* */
    ZC_LX_APPROX,     /* approx.tsv: kind = ZC_POS_*, str = comparator, bound */
    ZC_LX_CMP,        /* comparators.tsv: kind = ZC_POS_*, str = comparator */
    ZC_LX_NONNUM,     /* nonnumbers.tsv: surfaces only */
    ZC_LX_TCUE,       /* time_cues.tsv: kind = ZC_TC_*, str = relation ("" for -) */
    ZC_LX_PERIOD,     /* periods.tsv: kind = ZC_PK_*, str = value, the fields parsed from it */
    ZC_LX_FEST,       /* festivals.tsv: kind = ZC_CAL_*, month, day, num = longitude, offset,
                         year = base year (0 for none) */
    ZC_LX_START,      /* not a table: the bit of zc_lexicon.lead for a key that can begin an
                         expression (not 元, 前, 底: see can_begin in model.c) */
    ZC_LX_NTABLES
};

/* units.tsv classes; symbol: a Latin unit symbol (h, min) read only after a compared number
 * (不高于6h); short: a clipped unit (平 of 平方米) read only after 余, 多 or a scale word and
 * before punctuation, 的, 左右 or the end (5500余平, 40万平; not 平台, 平均). */
enum { ZC_UNIT_UNIT, ZC_UNIT_PREFIX, ZC_UNIT_TIME, ZC_UNIT_ORDINAL, ZC_UNIT_SCORE, ZC_UNIT_GRADE,
       ZC_UNIT_SYMBOL, ZC_UNIT_SHORT, ZC_UNIT_SHARE, ZC_UNIT_CNCOUNT };
enum { ZC_POS_PRE, ZC_POS_MID, ZC_POS_POST };
enum {
    ZC_TC_PRE, ZC_TC_REF, ZC_TC_POST, ZC_TC_VAGUE, ZC_TC_STOP, ZC_TC_RANGE, ZC_TC_ANCHOR,
    ZC_TC_FROM, ZC_TC_TIMES, ZC_TC_ANNIV, ZC_TC_FILLER, ZC_TC_SPAN, ZC_TC_START,
    ZC_TC_ATTRIB, ZC_TC_AHEAD, ZC_TC_BOUND, ZC_TC_LEAD, ZC_TC_EFFORT, ZC_TC_EFFORT_END,
    ZC_TC_EXTEND, ZC_TC_CAP
};
enum {
    ZC_PK_YEAR, ZC_PK_MONTH, ZC_PK_DAY, ZC_PK_MONTHNAME, ZC_PK_QUARTER, ZC_PK_HALF, ZC_PK_END,
    ZC_PK_PART, ZC_PK_SEASON, ZC_PK_ACTIVITY, ZC_PK_DEICTIC, ZC_PK_CTXYEAR, ZC_PK_WEEKDAY,
    ZC_PK_UNIT, ZC_PK_BIZDAY, ZC_PK_REPORT, ZC_PK_EVERY, ZC_PK_NTH, ZC_PK_HOUR, ZC_PK_BEGIN,
    ZC_PK_DATESEP, ZC_PK_CLOCK, ZC_PK_TENS, ZC_PK_LUNAR, ZC_PK_LUNARMONTH, ZC_PK_LUNARDAY,
    ZC_PK_PLAN, ZC_PK_QUOTE, ZC_PK_EVENT, ZC_PK_DAYOFWEEK, ZC_PK_DSEASON, ZC_PK_MID,
    ZC_PK_CENTURY, ZC_PK_DAYPART, ZC_PK_PLANDOC, ZC_PK_PLANPART
};
/* numerals.tsv, scale.tsv form: a financial (大写) character, a word char of names too. */
enum { ZC_NUM_COMMON, ZC_NUM_FINANCIAL };

enum { ZC_CAL_SOLAR, ZC_CAL_LUNAR, ZC_CAL_TERM, ZC_CAL_WINDOW, ZC_CAL_FOUNDING };

/* One line of a table: the columns of its file as typed fields (a field a table does not
 * have stays 0 or ""). */
typedef struct zc_lexent {
    const char *key;       /* the surface, NUL-terminated */
    size_t klen;           /* its length in bytes */
    int tab;               /* the table it was read into (zc_lex_table) */
    int kind;              /* unit class, position, role, period kind or calendar */
    double num;            /* digit, scale value, unit factor, a term's solar longitude */
    const char *str;       /* unit, comparator, relation or period value ("" for none) */
    bool bound;            /* approx.tsv: an open bound (以上), not a vague figure */
    char unit;             /* periods deictic, ctxyear: the unit moved, Y Q M W D or C */
    int offset;            /* periods deictic, ctxyear: units moved; dseason: years moved;
                              festivals: days from the day */
    int month;             /* periods monthname, lunarmonth; festivals: the month */
    int day;               /* periods part: the day, -1 for the last; festivals: the day */
    int half;              /* periods half: 1 or 2 */
    int weekday;           /* periods weekday, dayofweek: 1 (Monday) to 7 */
    int tens;              /* periods tens: 10, 20 or 30 */
    int year;              /* periods plan: its last year; festivals: the base year, 0 none */
} zc_lexent;

/* A distinct key of the lexicon engine's trie: its entries, of every table. */
typedef struct zc_lexkey {
    uint32_t first, n;     /* entries [first, first + n), by table then kind */
    uint16_t start;        /* the tables of those entries that can begin an expression */
    uint16_t tabs;         /* the tables of all of them (zc_lex_has_prefix: no entry loop) */
} zc_lexkey;

/* The numeral and time lexicons: one trie of the lexicon engine (src/lexicon) over the keys
 * of every table. Read-only once loaded. */
struct zc_lexicon {
    zc_arena arena;        /* keys and strings */
    zc_lexent *ents;       /* sorted by key bytes, then table, then kind */
    size_t nents, cap;
    zc_lexkey *keys;
    size_t nkeys;
    zc_da da;              /* key -> its zc_lexkey (arrays owned) */
    uint32_t *charnode;    /* zc_da_char_nodes */
    int32_t *nodeval;      /* zc_da_values: the key ending at each node, -1 for none */
    /* Per BMP char: 1 << table for the tables with a key that begins with it, 1 << ZC_LX_START
     * when one of those can begin an expression, ZC_LX_LEAD when the parsers take the char
     * without a key (a digit, a sign), so that a lookup that cannot match, the common case,
     * costs one load. */
    uint16_t lead[0x10000];
    /* Per BMP char: zc_lex_starts_from of any text it begins when the char's own key gives
     * every table that a key beginning with it can begin (a longer key adds none), else
     * ZC_LX_WALK: most chars that begin a key need no walk. */
    uint16_t start1[0x10000];
    /* Per BMP char where start1 is ZC_LX_WALK: the start tables of its own key (0: none). */
    uint16_t start_own[0x10000];
    /* zc_da_pairs: a walk that cannot go past the first char is not walked (一 of 一是, 国 of
     * 国家: the first char's own key, if any, is all it finds). */
    uint64_t *pairs;
};
#define ZC_LX_WALK 0xFFFFu   /* zc_lexicon.start1: the walk tells */

#define ZC_LX_LEAD (1u << ZC_LX_NTABLES)
/* False when no expression of `tabs` can begin at s: zc_lex_starts(s) & (tabs | ZC_LX_LEAD)
 * is 0. The parsers' cheap first test. */
bool zc_lex_may_start(const struct zc_lexicon *lx, const char *s, size_t len, unsigned tabs);
#define ZC_LX_TIME_TABS                                                                      \
    (1u << ZC_LX_DIGIT | 1u << ZC_LX_SCALE | 1u << ZC_LX_TCUE | 1u << ZC_LX_PERIOD |           \
     1u << ZC_LX_FEST)
#define ZC_LX_NUMBER_TABS                                                                    \
    (1u << ZC_LX_DIGIT | 1u << ZC_LX_SCALE | 1u << ZC_LX_UNIT | 1u << ZC_LX_APPROX |          \
     1u << ZC_LX_CMP | 1u << ZC_LX_NONNUM)

/* This stage's part of the model. The matcher's automaton and patterns join it later. */
struct zc_match_model {
    struct zc_lexicon *lex;
};

/* Loads the match stage's tables from `dictdir`/lex/ into m->match. A bad line fails with
 * ZC_EFORMAT and "file:line: reason" in the model's message; a missing file with ZC_EIO. */
zc_status zc_match_model_load(zc_model *m, const char *dictdir);
/* Frees what zc_match_model_load built. NULL is a no-op. */
void zc_match_model_free(struct zc_match_model *mm);

/* Loads just the lexicon from `dictdir`/lex/ (zc_match_model_load calls it). On failure
 * *out is NULL and the model's message says why; `m` is used only for that message. */
zc_status zc_lex_load(zc_model *m, const char *dictdir, struct zc_lexicon **out);
void zc_lex_free(struct zc_lexicon *lx);

/* The first code point of s (valid UTF-8 of the matching view, len > 0), read without
 * checks; a char beyond the BMP is reported as 0x10000. */
static inline uint32_t zc_lex_lead_char(const char *s, size_t len)
{
    const uint8_t *u = (const uint8_t *)s;
    uint32_t c = u[0];
    if (c >= 0xF0)
        return 0x10000;
    if (c >= 0xE0 && len >= 3)
        return (c & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    if (c >= 0xC0 && len >= 2)
        return (c & 0x1F) << 6 | (u[1] & 0x3F);
    return c;
}

/* The lead mask of s's first char (s not empty); every bit for a char beyond the BMP. */
static inline unsigned zc_lex_lead(const struct zc_lexicon *lx, const char *s, size_t len)
{
    uint32_t c = zc_lex_lead_char(s, len);
    return c < 0x10000 ? lx->lead[c] : 0xFFFFu;
}

/* The walks below, past the one-load test of the first char (inline: most lookups end there,
 * and the parsers make millions). */
size_t zc_lex_prefixes_from(const struct zc_lexicon *lx, int tab, const char *s, size_t len,
                            const zc_lexent **out);
unsigned zc_lex_starts_from(const struct zc_lexicon *lx, const char *s, size_t len);

/* Every entry of table `tab` whose surface is a prefix of s[0, len), shorter keys first (one
 * per kind for a key); returns how many (at most ZC_LEX_MAXPREFIX: the load checks it). */
#define ZC_LEX_MAXPREFIX 32
static inline size_t zc_lex_prefixes(const struct zc_lexicon *lx, int tab, const char *s,
                                     size_t len, const zc_lexent **out)
{
    return len && zc_lex_lead(lx, s, len) & 1u << tab ? zc_lex_prefixes_from(lx, tab, s, len, out)
                                                       : 0;
}

/* True when an entry of one of `tabs` (a mask of 1 << zc_lex_table) is a prefix of s: one
 * walk for zc_lex_prefixes of several tables, none of them kept. */
bool zc_lex_has_prefix_from(const struct zc_lexicon *lx, unsigned tabs, const char *s,
                            size_t len);
static inline bool zc_lex_has_prefix(const struct zc_lexicon *lx, unsigned tabs, const char *s,
                                     size_t len)
{
    return len && zc_lex_lead(lx, s, len) & tabs && zc_lex_has_prefix_from(lx, tabs, s, len);
}

/* Of the prefixes found, the longest of `kind` (any when negative), or NULL. */
static inline const zc_lexent *zc_lex_pick(const zc_lexent *const *pre, size_t n, int kind)
{
    if (kind < 0) {   // the longest key; of its entries, the first (lowest kind)
        while (n > 1 && pre[n - 2]->klen == pre[n - 1]->klen)
            n--;
        return n ? pre[n - 1] : NULL;
    }
    while (n--)
        if (pre[n]->kind == kind)
            return pre[n];
    return NULL;
}

/* The longest entry of table `tab` whose surface is a prefix of s[0, len), restricted to
 * entries of `kind` unless kind is negative. NULL when none. Cannot fail. */
static inline const zc_lexent *zc_lex_match(const struct zc_lexicon *lx, int tab, const char *s,
                                            size_t len, int kind)
{
    const zc_lexent *pre[ZC_LEX_MAXPREFIX];
    return zc_lex_pick(pre, zc_lex_prefixes(lx, tab, s, len, pre), kind);
}

#define ZC_LEX_NOCHAR UINT32_MAX   /* zc_lex_starts_pair: no char after the first */

/* zc_lex_starts (below) of s, whose first char is the BMP code point c and the next one c2
 * (zc_lex_lead_char of the rest, ZC_LEX_NOCHAR at the end), for a caller that decoded both. */
static inline unsigned zc_lex_starts_pair(const struct zc_lexicon *lx, uint32_t c, uint32_t c2,
                                          const char *s, size_t len)
{
    unsigned m = lx->lead[c];
    if (!(m & (ZC_LX_LEAD | 1u << ZC_LX_START)))
        return 0;
    if (!(m & 1u << ZC_LX_START))
        return m & ZC_LX_LEAD;
    unsigned f = lx->start1[c];
    if (f == ZC_LX_WALK)   // past the first char only when a key may begin with the two here
        f = c2 != ZC_LEX_NOCHAR && !zc_da_pair_may(lx->pairs, c, c2) ? lx->start_own[c]
                                                                   : zc_lex_starts_from(lx, s, len);
    return (m & ZC_LX_LEAD) | f;
}

/* zc_lex_starts_pair, decoding the next char only when it is asked. */
static inline unsigned zc_lex_starts_char(const struct zc_lexicon *lx, uint32_t c,
                                          const char *s, size_t len)
{
    size_t k = zc_utf8_len((uint8_t)s[0]);
    if (lx->start1[c] != ZC_LX_WALK || len <= k)
        return zc_lex_starts_pair(lx, c, ZC_LEX_NOCHAR, s, len);
    return zc_lex_starts_pair(lx, c, zc_lex_lead_char(s + k, len - k), s, len);
}

/* The tables (a mask of 1 << zc_lex_table) with a key that can begin an expression and is a
 * prefix of s, plus ZC_LX_LEAD when s starts with a digit or sign, which the parsers take
 * without a key. */
static inline unsigned zc_lex_starts(const struct zc_lexicon *lx, const char *s, size_t len)
{
    if (!len)
        return 0;
    uint32_t c = zc_lex_lead_char(s, len);
    return c < 0x10000 ? zc_lex_starts_char(lx, c, s, len)
                       : ZC_LX_LEAD | zc_lex_starts_from(lx, s, len);
}

/* ---- numbers (numeral.c) ---------------------------------------------------------------- */

/* A number expression: 13.4万元 → 134000 元; 达93%以上 → 93 % >= (bound); 2个—3个 → 2..3 个.
 * A statistic's approx is approx || bound (GUIDELINES.md); a target's is approx, and a target
 * range (控制在-1‰至1‰) gives one target per end: value with >=, value_max with <=. */
typedef struct zc_number {
    double value;          /* after scale conversion; the lower end of a range */
    double value_max;      /* the upper end of a range (2个—3个 → 3) when has_max */
    bool has_max;
    char unit[32];         /* canonical unit from units.tsv (元, %, 百分点, 个); "" for none */
    char comparator[3];    /* = >= <= > < ~ from cue words; "" when none is written */
    bool approx;           /* a vague figure: 多 余 约 左右, or a range */
    bool bound;            /* an open bound: 以上 不足 低于 至少 (a statistic's approx) */
    bool chinese;          /* written with Chinese numerals (十二万, 两例) */
    bool score;            /* its unit is a score (90分): a rating of a scheme */
    bool fraction;         /* written as a fraction in Arabic digits (1/8000, 2/3): value
                              a/b rounded (4 decimals, 3 significant digits), no unit */
    size_t start, end;     /* the number with its unit: bytes [start, end) of the input; cue
                              words before lie in [0, start), after in [end, consumed) */
} zc_number;

/* Parses a number expression at the start of s[0, len): optional cue words before (达到,
 * 控制在, 约, 不足), the number (Arabic with . or 。 as decimal point, Chinese, financial, or
 * mixed: 1.2万, 十二万, 壹仟贰佰), approximation words (多, 余), scale words, a range (—, 至),
 * the unit (units.tsv, or 百分之 before), and cue words after (以上, 以内, 左右).
 * Returns true and fills *out when it is a quantity. Returns false when s does not start with a
 * number, or when the number is not a quantity: a date or duration (2010年, 三个月), an ordinal
 * (72周年, 第三), an idiom (零容忍, 一起), a bare Chinese numeral with no unit, scale or cue
 * (三术), or a list marker (1、). *consumed always receives the bytes the caller may skip:
 * the whole expression on true, the non-quantity on false (0 when nothing numeric is there).
 * Callers must not start inside a Latin token (PM2.5): the parser sees no left context. */
bool zc_num_parse(const struct zc_lexicon *lx, const char *s, size_t len, size_t *consumed,
                  zc_number *out);

/* Parses a non-negative integer at s, in Arabic digits or Chinese numerals (25, 二十五, 二〇一〇),
 * with no unit. Returns the bytes consumed (0 when there is none) and the value in *value.
 * Cannot fail. */
size_t zc_num_int(const struct zc_lexicon *lx, const char *s, size_t len, long *value);

/* Writes "VALUE[..MAX] [UNIT] cmp=C approx=A bound=B" (for tests and --stage=match). */
void zc_num_format(const zc_number *n, char *buf, size_t size);

/* ---- times (timex.c) --------------------------------------------------------------------- */

/* What a time expression is; the extractor names its rules after it. */
typedef enum zc_tx_kind {
    ZC_TX_DATE,            /* 1月25日前, 2010年, 11月中旬, 年底, 6.15前 */
    ZC_TX_PERIOD,          /* 一季度, 上半年, 本周 */
    ZC_TX_SPAN,            /* 三个月内, 10个工作日内 */
    ZC_TX_FESTIVAL,        /* 春节前后, 国庆期间 */
    ZC_TX_SEASON,          /* 春季, 汛期 */
    ZC_TX_RANGE,           /* 即日起至5月31日, 12月8日至次年1月8日 */
    ZC_TX_RECUR,           /* 每月, 月报, 一季度一查, 每周一 */
    ZC_TX_VAGUE            /* 限时, 及时, 尽快 */
} zc_tx_kind;

/* A normalized time expression, in RECORDS.md deadline fields. */
typedef struct zc_timex {
    zc_tx_kind kind;
    char date[24];         /* TIMEX3: 2010-01-25, XXXX-01-25, 2010-Q1, XXXX-SP, XXXX-WXX-1;
                              "" for null */
    char relation[12];     /* before by on within after around unspecified */
    char recurrence[8];    /* ISO 8601 duration (月报 → P1M); "" for null */
    char duration[8];      /* a span's length (三个月内 → P3M); "" when none */
    bool deictic;          /* resolved through the document date (本月, 三个月内, 年底) */
    bool ref;              /* opened by 截至: usually the reference time of a figure */
    bool start;            /* closed by 起, 开始: the start of a period, no end (今年起) */
    bool dayonly;          /* a day of the month alone after a pre cue (于15日前) */
    bool effort;           /* a span of effort (通过三年的努力, 用15年左右的时间) */
    bool plan;             /* a five-year plan's period or end (“十四五”时期, 十二五末) */
} zc_timex;

/* Parses a time expression at the start of s[0, len) and normalizes it against `doc_date`
 * ("YYYY-MM-DD", "YYYY-MM", "YYYY", or NULL when unknown), following GUIDELINES.md "Time
 * conventions": dates without a year resolve toward the future from the document date, else
 * get year XXXX; deictic forms without a document date get date null. Returns true and fills
 * *out and *consumed (bytes of the expression, cue words included); returns false with
 * *consumed = 0 when s does not start with a time expression, and with *consumed > 0 for
 * words to skip that look like one but are not (及时率). Cannot fail otherwise.
 * The parser sees no left context: a span counted from an event (自收到通知之日起10日内,
 * 签订后30日内) must have its date cleared by the caller, which keeps `duration`; `ref` marks
 * 截至/截止到, which usually date a reported figure rather than bound a duty. */
bool zc_timex_parse(const struct zc_lexicon *lx, const char *s, size_t len, const char *doc_date,
                    size_t *consumed, zc_timex *out);
/* zc_timex_parse for a caller that has already found that a time may start at s
 * (zc_lex_may_start with ZC_LX_TIME_TABS true there) and passes `starts`, zc_lex_starts(s):
 * the same, without that check. */
bool zc_timex_parse_started(const struct zc_lexicon *lx, const char *s, size_t len,
                            unsigned starts, const char *doc_date, size_t *consumed,
                            zc_timex *out);

/* Writes "DATE RELATION RECURRENCE" with - for null (for tests and --stage=match). */
void zc_timex_format(const zc_timex *t, char *buf, size_t size);

/* ---- calendar arithmetic (calendar.c) --------------------------------------------------- */

/* Days since 1970-01-01 of a Gregorian date (proleptic). Cannot fail. */
long zc_cal_days(int y, int m, int d);
/* The Gregorian date of a day count from zc_cal_days. Cannot fail. */
void zc_cal_civil(long days, int *y, int *m, int *d);
/* The number of days in month m of year y. */
int zc_cal_mdays(int y, int m);
/* ISO weekday of a day count: 1 Monday … 7 Sunday. */
int zc_cal_wday(long days);
/* ISO 8601 week of a date: its week-numbering year and week 1..53. */
void zc_cal_isoweek(int y, int m, int d, int *wy, int *wk);
/* The Gregorian date of Chinese-calendar month `lm`, day `ld` in the lunar year that begins in
 * Gregorian year `y` (ICU @calendar=chinese). Returns false when ICU fails. */
bool zc_cal_lunar(int y, int lm, int ld, int *gm, int *gd);
/* The Gregorian date (China time, UTC+8) in year `y` on which the sun's apparent ecliptic
 * longitude reaches `lon` degrees (a solar term: 清明 15, 冬至 270). Cannot fail. */
void zc_cal_solar_term(int y, double lon, int *gm, int *gd);

#endif
