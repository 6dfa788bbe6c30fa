/*
 * table.c — the reader of flattened tables. Policy documents carry their tables as text, in
 * one of two layouts: rows of cells separated by tabs (DOCX tables, spreadsheets pasted as
 * text; `|` also separates), or one cell a line (web pages and PDFs), the header's cells
 * first and then each row's. Under a header row naming each column (指标 | 单位 | 2020年 |
 * 2025年目标 | 属性), each figure of a data row is a record (GUIDELINES.md: tables count):
 * its indicator is the row's label, its unit the one its column header names ((万元), ±%),
 * else its row's unit cell (计量单位: 千升), else the caption's (单位：亿元), and what the
 * header and the caption say of it become flags that the decision tables read as features
 * (number.c: table_goal_column, table_base_column, table_plan, table_spec).
 *
 * One cell a line has no row marks: a table is a stretch of short lines whose row shape
 * (label, then text and figure cells, dashes standing for figures) repeats at least twice;
 * the row length that covers most lines wins. Its header is the row length's text lines
 * before the first row, a line in brackets joining the one before (投资规模\n(亿元)); up to
 * two text lines before the header are its caption, and a sentence right before them the
 * line introducing it. The doc is read once, on the first figure that asks (zc_ext_table_cell).
 */
#define _GNU_SOURCE   // memmem
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

/* Line kinds: a short text cell, a figure, a dash standing for none, a row of separated
 * cells, a sentence, an empty line. */
enum { L_TEXT, L_NUM, L_DASH, L_ROW, L_LONG, L_EMPTY };

enum {
    CELL_BYTES = 90,     /* the longest one-cell line: 30 characters */
    MAX_COLS = 16,       /* the widest table read */
    CAPTION_LINES = 2    /* text lines above a header that may caption it */
};

typedef struct tline {
    size_t s, e;         /* view bytes, spaces trimmed */
    uint8_t kind;
    char sep;            /* a row's cell separator: '\t', '|' or ' ' */
} tline;

/* A table in reading: its header cells, caption lines, introducing line and flags. */
typedef struct table {
    zc_vspan head[MAX_COLS];
    size_t ncols;
    bool has_head;
    zc_vspan caption[CAPTION_LINES];
    size_t ncaption;
    zc_vspan intro;
    zc_vspan above;             /* a stacked header's caption lines and two lines more */
    zc_vspan up[MAX_COLS];      /* the header cell spanning each column (分年度任务量), or none */
    zc_vspan spanner[2];        /* the spanning cells of a two-level header */
    size_t nspanner;
    size_t hstart;              /* the header's first byte */
    uint8_t col_flags[MAX_COLS];
    char col_unit[MAX_COLS][24];
    double col_factor[MAX_COLS];
    int unit_col;               /* -1 when none */
    bool nofig[MAX_COLS];       /* a column of row numbers or of times (序号, 投入使用时间) */
    char unit[24];              /* the caption's unit */
    double factor;
    uint8_t score;              /* ZC_XTC_SCORE when a header or caption names points */
    char row_unit[24];          /* the unit of the last row whose label named one (家禽(万只)) */
    double row_factor;
} table;

typedef struct reader {
    zc_ext_sent *st;
    const char *t;
    zc_vec lines;        /* tline */
    zc_vec rows;         /* zc_vspan: the line ranges of numbered rows (numbered_walk) */
    bool ok;             /* no allocation failed */
} reader;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static void trim(const char *t, size_t *s, size_t *e)
{
    while (*s < *e && is_space(t[*s]))
        (*s)++;
    while (*e > *s && is_space(t[*e - 1]))
        (*e)--;
}

static bool has_bytes(const char *t, size_t s, size_t e, const char *what)
{
    return memmem(t + s, e - s, what, strlen(what)) != NULL;
}

/* A dash or slash alone stands for a figure not given (—, -, /, …). */
static bool is_dash(const char *t, size_t s, size_t e)
{
    if (s >= e)
        return false;
    for (size_t i = s; i < e;) {
        if (t[i] == '-' || t[i] == '/' || t[i] == '*')
            i++;
        else if (e - i >= 3 && (memcmp(t + i, "\xe2\x80\x94", 3) == 0 ||    // —
                                memcmp(t + i, "\xe2\x80\x93", 3) == 0 ||    // –
                                memcmp(t + i, "\xe2\x80\xa6", 3) == 0))     // …
            i += 3;
        else
            return false;
    }
    return true;
}

/* The bytes of a comparator sign before a cell's figure (≥95, ≤15, >90; comparators.tsv reads
 * the comparator it writes), 0 for none. */
static size_t sign_len(const char *t, size_t s, size_t e)
{
    static const char *const signs[] = { "\xe2\x89\xa5", "\xe2\x89\xa4", ">=", "<=", ">", "<" };
    for (size_t i = 0; i < sizeof signs / sizeof signs[0]; i++) {
        size_t n = strlen(signs[i]);
        if (e - s >= n && memcmp(t + s, signs[i], n) == 0)
            return n;
    }
    return 0;
}

/* The bytes of a modal word of at most two characters opening a cell before its digits (力争
 * 2000座, 确保100%: a goal's cell), 0 for none. */
static size_t goal_len(const zc_ext_sent *st, size_t s, size_t e)
{
    const char *t = st->text;
    size_t d = s;
    while (d < e && d - s <= 6 && (unsigned char)t[d] >= 0x80)
        d++;
    if (d == s || d - s > 6 || d >= e || t[d] < '0' || t[d] > '9')
        return 0;
    return zc_ext_text_has(st->x, t, s, d, ZC_XT_MOD, -1) ? d - s : 0;
}

/* A figure cell: Arabic digits first (after a sign or comparator: -0.3, ≥95, ±2), the rest of
 * the cell one number expression (18.64, 95%, 5万吨, 95以上), a note in brackets after it aside
 * (120（扩招）), the whole perhaps in tortoise-shell or square brackets (〔70〕, 〔3000—4000〕: a
 * plan table's five-year totals). A label in Chinese numerals or a year (2016年) is text, and
 * so is a code (0001). */
static bool is_figure(const zc_ext_sent *st, size_t s, size_t e)
{
    const char *t = st->text;
    static const char open[] = "\xe3\x80\x94", close[] = "\xe3\x80\x95";   // 〔 〕
    size_t ol = strlen(open);
    if (e - s > 2 * ol && !memcmp(t + s, open, ol) && !memcmp(t + e - ol, close, ol))
        s += ol, e -= ol;
    else if (e - s > 2 && t[s] == '[' && t[e - 1] == ']')
        s++, e--;
    size_t p = s + sign_len(t, s, e);
    p += goal_len(st, p, e);
    if (e - p >= 2 && memcmp(t + p, "\xc2\xb1", 2) == 0)     // ±
        p += 2;
    size_t q = p;
    if (q < e && (t[q] == '+' || t[q] == '-'))
        q++;
    if (q >= e || t[q] < '0' || t[q] > '9' || (t[q] == '0' && q + 1 < e && t[q + 1] >= '0' &&
                                                 t[q + 1] <= '9'))
        return false;
    size_t c;
    zc_number num;
    if (!zc_num_parse(st->lx, t + p, e - p, &c, &num))
        return false;
    // A span of years (2024-2026) names a plan's period, a header's or a label's: no figure.
    if (num.has_max && !num.unit[0] && num.value >= 1900 && num.value_max <= 2100 &&
        num.value < num.value_max && num.value == (int)num.value)
        return false;
    // A note in brackets after the figure (120（扩招）, 70（实招45）) remarks on the cell.
    q = p + c;
    while (q < e && t[q] == ' ')
        q++;
    return q == e || (t[q] == '(' && t[e - 1] == ')');
}

static uint8_t cell_kind(const zc_ext_sent *st, size_t s, size_t e)
{
    if (s == e)
        return L_EMPTY;
    if (is_dash(st->text, s, e) ||
        (e - s <= 6 && zc_ext_text_has(st->x, st->text, s, e, ZC_XT_CUE, ZC_XC_TABLE_NIL)))
        return L_DASH;
    if (is_figure(st, s, e))
        return L_NUM;
    return L_TEXT;
}

static bool prose(const char *t, size_t s, size_t e)
{
    return memchr(t + s, ',', e - s) || memchr(t + s, ';', e - s) ||
           has_bytes(t, s, e, "\xe3\x80\x82");   // 。
}

/* The cells of [s, e) split at `sep` (runs of spaces for ' '), at most MAX_COLS. */
static size_t split_cells(const zc_ext_sent *st, size_t s, size_t e, char sep, zc_vspan *cells,
                          uint8_t *kinds)
{
    const char *t = st->text;
    size_t n = 0;
    if (sep == '|' && s < e && t[s] == '|')
        s++;
    while (n < MAX_COLS && s <= e) {
        const char *q = memchr(t + s, sep, e - s);
        size_t ce = q ? (size_t)(q - t) : e, cs = s;
        if (!q && sep == '|' && ce == s)
            break;   // after a closing |
        size_t next = ce + 1;
        while (sep == ' ' && q && next < e && t[next] == ' ')
            next++;
        trim(t, &cs, &ce);
        cells[n] = (zc_vspan){ cs, ce };
        kinds[n++] = cell_kind(st, cs, ce);
        if (!q)
            break;
        s = next;
    }
    return n;
}

/* The separator of a row line: a tab, else | when the line holds two, else spaces between a
 * label and figures (a PDF's text: 回收利用率 35% 40%); 0 for none. */
static char row_sep(const zc_ext_sent *st, size_t s, size_t e)
{
    const char *t = st->text;
    if (memchr(t + s, '\t', e - s))
        return '\t';
    const char *bar = memchr(t + s, '|', e - s);
    if (bar && memchr(bar + 1, '|', (size_t)(t + e - bar - 1)))
        return '|';
    if (!memchr(t + s, ' ', e - s) || prose(t, s, e))
        return 0;
    zc_vspan cells[MAX_COLS];
    uint8_t kinds[MAX_COLS];
    size_t n = split_cells(st, s, e, ' ', cells, kinds);
    bool figure = false, short_cells = true;
    for (size_t j = 1; j < n; j++) {
        figure = figure || kinds[j] == L_NUM;
        short_cells = short_cells && cells[j].end - cells[j].start <= CELL_BYTES;
    }
    return n >= 2 && kinds[0] == L_TEXT && figure && short_cells ? ' ' : 0;
}

static uint8_t line_kind(const zc_ext_sent *st, size_t s, size_t e, char *sep)
{
    const char *t = st->text;
    if (s == e)
        return L_EMPTY;
    if ((*sep = row_sep(st, s, e)))
        return L_ROW;
    uint8_t k = cell_kind(st, s, e);
    if (k != L_TEXT)
        return k;
    // A sentence: too long for a cell, or punctuated as prose.
    if (e - s > CELL_BYTES || prose(t, s, e))
        return L_LONG;
    return L_TEXT;
}

#define LINE(r, i) (&ZC_VEC_AT(&(r)->lines, tline, i))

/* ---- what a header, a caption and a unit cell say ---------------------------------------- */

/* Whether a cue of `cls` is in [sp): a header or caption, read without the spaces and line
 * breaks that spread its characters (单  位, 投资规模\n(亿元)). */
static bool cue_in(const reader *r, zc_vspan sp, int cls)
{
    char buf[256];
    size_t n = 0;
    if (sp.end - sp.start > sizeof buf)
        return zc_ext_text_has(r->st->x, r->t, sp.start, sp.end, ZC_XT_CUE, cls);
    for (size_t i = sp.start; i < sp.end; i++)
        if (!is_space(r->t[i]) && r->t[i] != '\n')
            buf[n++] = r->t[i];
    return n && zc_ext_text_has(r->st->x, buf, 0, n, ZC_XT_CUE, cls);
}

/* The unit the text [s, e) names (万元, %, ±%, 千升, 单位:万元): the quantity 1 followed by
 * it, read by the numeral parser. Fills unit and *factor (万元: 元, 10000). */
static bool unit_of(const reader *r, size_t s, size_t e, char unit[24], double *factor)
{
    const char *t = r->t;
    trim(t, &s, &e);
    if (e - s >= 6 && memcmp(t + s, "单位", 6) == 0)
        s += 6;
    if (s < e && t[s] == ':')
        s++;
    if (e - s >= 2 && memcmp(t + s, "\xc2\xb1", 2) == 0)   // ±%
        s += 2;
    trim(t, &s, &e);
    char buf[40];
    if (s >= e || e - s > sizeof buf - 1)
        return false;
    buf[0] = '1';
    memcpy(buf + 1, t + s, e - s);
    size_t c;
    zc_number u;
    if (!zc_num_parse(r->st->lx, buf, e - s + 1, &c, &u) || c != e - s + 1 || !u.unit[0] ||
        u.comparator[0] || u.approx || u.bound || u.value <= 0)
        return false;
    snprintf(unit, 24, "%.23s", u.unit);
    *factor = u.value;
    return true;
}

/* The unit in the last brackets of [s, e) (投资规模(亿元), 同比增长(±%)), or a % that ends it
 * (较上年±%). */
static bool bracket_unit(const reader *r, size_t s, size_t e, char unit[24], double *factor)
{
    const char *t = r->t;
    trim(t, &s, &e);
    if (e > s && t[e - 1] == ')') {
        size_t o = e - 1;
        while (o > s && t[o] != '(')
            o--;
        if (t[o] == '(' && unit_of(r, o + 1, e - 1, unit, factor))
            return true;
    }
    if (e > s && t[e - 1] == '%')
        return unit_of(r, e - 1, e, unit, factor);
    if (e - s >= 3 && memcmp(t + e - 3, "\xe2\x80\xb0", 3) == 0)   // ‰
        return unit_of(r, e - 3, e, unit, factor);
    return false;
}

/* The year a header names (2025年目标, 2020年), or 0. */
static int header_year(const char *t, zc_vspan sp)
{
    for (size_t i = sp.start; i + 4 <= sp.end; i++) {
        bool four = true;
        for (size_t k = 0; k < 4; k++)
            four = four && t[i + k] >= '0' && t[i + k] <= '9';
        bool alone = (i == sp.start || t[i - 1] < '0' || t[i - 1] > '9') &&
                     (i + 4 == sp.end || t[i + 4] < '0' || t[i + 4] > '9');
        int y = four ? atoi(t + i) : 0;
        if (four && alone && y >= 1900 && y < 2100)
            return y;
    }
    return 0;
}

/* A word of `cls` inside the 《…》 titles of [s, e): the line introducing a table names a plan
 * document (《实施方案》共实施项目191项), not a plan in passing (完成年度计划的105%). */
static bool cue_in_titles(const reader *r, zc_vspan sp, int cls)
{
    const char *t = r->t;
    for (size_t i = sp.start; i + 3 <= sp.end; i++) {
        if (memcmp(t + i, "\xe3\x80\x8a", 3) != 0)   // 《
            continue;
        size_t j = i + 3;
        while (j + 3 <= sp.end && memcmp(t + j, "\xe3\x80\x8b", 3) != 0)   // 》
            j++;
        if (cue_in(r, (zc_vspan){ i + 3, j }, cls))
            return true;
        i = j;
    }
    return false;
}

/* The latest year the times of [sp.start, sp.end) name (“十三五”期间 → 2020, 2021年), 0 for
 * none. */
static int latest_year(const reader *r, zc_vspan sp)
{
    int y = 0;
    for (size_t i = sp.start; i < sp.end;) {
        size_t n = 0;
        zc_timex tx;
        if (zc_timex_parse(r->st->lx, r->t + i, sp.end - i, r->st->doc_date, &n, &tx) && n &&
            tx.date[0] >= '1' && tx.date[0] <= '2' && !tx.recurrence[0]) {
            int v = atoi(tx.date);
            y = v > y ? v : y;
        }
        i += n ? n : zc_utf8_len((unsigned char)r->t[i]);
    }
    return y;
}

/* Notes a part of a table (in reading order, so st->tparts stays sorted). */
static void add_part(reader *r, zc_vspan sp, uint8_t what, uint8_t flags)
{
    zc_ext_tspan t = { sp.start, sp.end, what, flags };
    zc_vec *v = &r->st->tparts;
    if (r->ok && sp.end > sp.start &&
        (!v->len || ZC_VEC_AT(v, zc_ext_tspan, v->len - 1).end <= sp.start))
        r->ok = zc_vec_push(v, &t) != NULL;
}

/* The unit of the last 单位：X in [sp.start, sp.end), up to its line's end: 单位：亩 opens a
 * caption line, or ends one after other notes (填报单位：…  单位：亩). */
static bool unit_line(const reader *r, zc_vspan sp, char unit[24], double *factor)
{
    const char *t = r->t, *u = NULL;
    for (const char *q = t + sp.start;
         (q = memmem(q, (size_t)(t + sp.end - q), "单位:", strlen("单位:"))); q++)
        u = q;
    if (!u)
        return false;
    const char *nl = memchr(u, '\n', (size_t)(t + sp.end - u));
    return unit_of(r, (size_t)(u - t), nl ? (size_t)(nl - t) : sp.end, unit, factor);
}

/* The flags, units and special columns of a table from its header, caption and intro. */
static void read_head(reader *r, table *tb)
{
    const char *t = r->t;
    bool plan = false, report = false, attr = false;
    uint8_t spec = 0;
    int cap_year = 0;
    tb->score = 0;
    tb->unit[0] = tb->row_unit[0] = '\0';
    tb->factor = tb->row_factor = 1;
    for (size_t i = 0; i < tb->ncaption; i++) {
        zc_vspan c = tb->caption[i];
        plan = plan || cue_in(r, c, ZC_XC_TABLE_GOAL);
        report = report || cue_in(r, c, ZC_XC_TABLE_BASE);
        spec |= cue_in(r, c, ZC_XC_SPEC) ? ZC_XTC_SPEC : 0;
        tb->score |= cue_in(r, c, ZC_XC_TABLE_SCORE) ? ZC_XTC_SCORE : 0;
        if (!tb->unit[0] && !unit_line(r, c, tb->unit, &tb->factor))
            bracket_unit(r, c.start, c.end, tb->unit, &tb->factor);
        cap_year = cap_year > latest_year(r, c) ? cap_year : latest_year(r, c);
    }
    // A caption naming only times before the document's year is a table of results (“十三五”
    // 期间…建设情况一览表, 2021年…明细表 in a document of 2022), its plan words notwithstanding.
    const char *dd = r->st->doc_date;
    int doc_year = dd && strlen(dd) >= 4 ? atoi(dd) : 0;
    report = report || (cap_year && doc_year && cap_year < doc_year);
    // A header that took the lines a caption would have had leaves its 单位 line above it
    // (制表日期：2024.4.16  单位：亩 over 序号, 街镇, …).
    if (!tb->unit[0] && tb->above.end > tb->above.start)
        unit_line(r, tb->above, tb->unit, &tb->factor);
    tb->score |= cue_in(r, tb->intro, ZC_XC_TABLE_SCORE) ? ZC_XTC_SCORE : 0;
    // The document's title says what its tables are when it issues a plan or allocates
    // (关于下达1996年…计划的通知: a quota table, GUIDELINES.md), unless it reports on one
    // (…计划执行情况的报告).
    zc_vspan title = r->st->title;
    plan = (plan && !report) || cue_in_titles(r, tb->intro, ZC_XC_TABLE_GOAL) ||
           (!report && r->st->genre != ZC_XG_REPORT && cue_in(r, title, ZC_XC_TABLE_GOAL) &&
            !cue_in(r, title, ZC_XC_TABLE_BASE));
    int years[MAX_COLS], ylo = 0, yhi = 0;
    tb->unit_col = -1;
    for (size_t j = 0; j < tb->ncols; j++) {
        zc_vspan h = tb->has_head ? tb->head[j] : (zc_vspan){ 0, 0 };
        // Under a spanning header (分年度招生任务), its words say what the year columns hold.
        zc_vspan up = tb->up[j];
        tb->col_flags[j] = spec | (cue_in(r, h, ZC_XC_SPEC) ? ZC_XTC_SPEC : 0);
        if (cue_in(r, h, ZC_XC_TABLE_GOAL) || cue_in(r, up, ZC_XC_TABLE_GOAL))
            tb->col_flags[j] |= ZC_XTC_GOAL;
        else if (cue_in(r, h, ZC_XC_TABLE_BASE) || cue_in(r, up, ZC_XC_TABLE_BASE))
            tb->col_flags[j] |= ZC_XTC_BASE;
        // A column naming only times before the document's year (2021年任务 in a plan of 2022)
        // holds their results, its goal words notwithstanding: a plan's figure marked as past.
        int last = h.end > h.start ? latest_year(r, h) : 0;
        if (doc_year && last && last < doc_year)
            tb->col_flags[j] = (uint8_t)((tb->col_flags[j] & ~ZC_XTC_GOAL) | ZC_XTC_BASE);
        attr = attr || cue_in(r, h, ZC_XC_TABLE_ATTR);
        tb->score |= cue_in(r, h, ZC_XC_TABLE_SCORE) ? ZC_XTC_SCORE : 0;
        if (tb->unit_col < 0 && j > 0 && cue_in(r, h, ZC_XC_TABLE_UNIT))
            tb->unit_col = (int)j;
        tb->col_unit[j][0] = '\0';
        tb->col_factor[j] = 1;
        if (h.end > h.start)
            bracket_unit(r, h.start, h.end, tb->col_unit[j], &tb->col_factor[j]);
        // A column of times holds dates (2017.10), unless its unit makes it a measure of
        // time (通勤时间(分钟)).
        tb->nofig[j] = cue_in(r, h, ZC_XC_TABLE_SERIAL) ||
                       (cue_in(r, h, ZC_XC_TABLE_TIME) && !tb->col_unit[j][0]);
        years[j] = header_year(t, h);
        if (years[j] && (!ylo || years[j] < ylo))
            ylo = years[j];
        if (years[j] > yhi)
            yhi = years[j];
    }
    plan = plan || attr;
    // A year column of no word: after the document's year a goal, else the present; in a
    // plan's table (1996年…计划表 in a notice of 1996) the document's own year as its latest
    // year, or as the first of a run of yearly columns (分年度招生任务 1996年 1997年 1998年, a
    // notice of 1996), is the year in progress, a goal too (a 2020 column beside a 2025 one
    // is the base). With no document date, in a plan's table, the latest of its years is the
    // goal.
    bool next_year = false;
    for (size_t j = 0; j < tb->ncols; j++)
        next_year = next_year || (doc_year && years[j] == doc_year + 1);
    for (size_t j = 0; j < tb->ncols; j++) {
        if (!years[j] || tb->col_flags[j] & (ZC_XTC_GOAL | ZC_XTC_BASE))
            continue;
        if (doc_year)
            tb->col_flags[j] |= years[j] > doc_year || (plan && years[j] == doc_year &&
                                                         (years[j] == yhi || next_year))
                                    ? ZC_XTC_GOAL
                                    : ZC_XTC_BASE;
        else if (plan && ylo < yhi)
            tb->col_flags[j] |= years[j] == yhi ? ZC_XTC_GOAL : ZC_XTC_BASE;
    }
    // A table of results holds the present or past in every column that names no goal, in
    // a plan's document too.
    for (size_t j = 0; report && j < tb->ncols; j++)
        if (!(tb->col_flags[j] & ZC_XTC_GOAL))
            tb->col_flags[j] |= ZC_XTC_BASE;
    // A scoring table's points (指标分值) and the brackets they rate are no figures of a plan
    // or of results: every part of it says so.
    for (size_t j = 0; j < tb->ncols; j++)
        tb->col_flags[j] |= (plan ? ZC_XTC_PLAN : 0) | tb->score;
    uint8_t cflags = (plan ? ZC_XTC_PLAN : 0) | spec | tb->score;
    add_part(r, tb->intro, ZC_XTS_INTRO, cflags);
    for (size_t i = 0; i < tb->ncaption; i++)
        add_part(r, tb->caption[i], ZC_XTS_CAPTION, cflags);
    // The header's cells and spanners as parts, in reading order.
    zc_vspan hs[MAX_COLS + 2];
    size_t nh = 0;
    for (size_t j = 0; tb->has_head && j < tb->ncols + tb->nspanner; j++) {
        zc_vspan c = j < tb->ncols ? tb->head[j] : tb->spanner[j - tb->ncols];
        size_t at = nh++;
        for (; at > 0 && hs[at - 1].start > c.start; at--)
            hs[at] = hs[at - 1];
        hs[at] = c;
    }
    for (size_t j = 0; j < nh; j++)
        add_part(r, hs[j], ZC_XTS_HEAD, tb->score);
}

/* Adds the figures of one data row (cells[j] for column j) to st->cells, its label from
 * column `from` on. */
static void add_row(reader *r, table *tb, const zc_vspan *cells, const uint8_t *kinds,
                    size_t n, size_t from)
{
    // The label: the first text cell from `from` that is no unit (a 单位 column may name the
    // body: 应急避难场所单位名称).
    char runit[24] = "";
    double rfactor = 1;
    int uc = tb->unit_col >= 0 && (size_t)tb->unit_col < n && kinds[tb->unit_col] == L_TEXT &&
                     unit_of(r, cells[tb->unit_col].start, cells[tb->unit_col].end, runit,
                             &rfactor)
                 ? tb->unit_col
                 : -1;
    size_t lj = from;
    while (lj < n && (kinds[lj] != L_TEXT || (int)lj == uc))
        lj++;
    if (lj == n)
        return;   // no label: no row of a table (a list of numbers)
    zc_vspan label = cells[lj];
    while (label.start < label.end && r->t[label.start] == '#')
        label.start++;   // a sub-item of the row above (#水稻)
    // Parts in reading order: the label; a row number or a time in a column of such (1,
    // 2017.10), which no reader then takes for a figure; a scoring table's other text cells,
    // the brackets its points rate (6＜S1≤8).
    for (size_t j = 0; j < n; j++) {
        bool nofig = j < tb->ncols && tb->nofig[j] && kinds[j] == L_NUM;
        if (j == lj || nofig || (tb->score && kinds[j] == L_TEXT && j > lj))
            add_part(r, j == lj ? label : cells[j], ZC_XTS_LABEL, tb->score);
    }
    // The row's unit: its unit cell (计量单位: 千升), else the brackets of its label (大牲畜(万头)).
    // A row with none, under one whose label named its unit, is an item of it (家禽(万只)
    // then 肉鸡).
    if (uc >= 0) {
        // its unit cell's, read above
    } else if (bracket_unit(r, label.start, label.end, runit, &rfactor)) {
        memcpy(tb->row_unit, runit, sizeof runit);
        tb->row_factor = rfactor;
    } else if (tb->row_unit[0]) {
        memcpy(runit, tb->row_unit, sizeof runit);
        rfactor = tb->row_factor;
    }
    for (size_t j = 0; j < n && r->ok; j++) {
        if (kinds[j] != L_NUM || (j < tb->ncols && tb->nofig[j]))
            continue;
        zc_ext_cell c = { .start = cells[j].start, .end = cells[j].end, .label = label,
                          .factor = 1 };
        c.flags = j < tb->ncols ? tb->col_flags[j] : (tb->ncols ? tb->col_flags[0] : 0);
        const char *u = j < tb->ncols && tb->col_unit[j][0] ? tb->col_unit[j]
                        : runit[0]                          ? runit
                                                            : tb->unit;
        double f = j < tb->ncols && tb->col_unit[j][0] ? tb->col_factor[j]
                   : runit[0]                          ? rfactor
                                                       : tb->factor;
        snprintf(c.unit, sizeof c.unit, "%s", u);
        c.factor = f;
        r->ok = zc_vec_push(&r->st->cells, &c) != NULL;
    }
}

/* ---- one cell a line --------------------------------------------------------------------- */

static bool figure_like(uint8_t k)
{
    return k == L_NUM || k == L_DASH;
}

static bool cell_line(uint8_t k)
{
    return k == L_TEXT || figure_like(k);
}

bool zc_ext_worded(const char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        uint8_t b = (uint8_t)t[i];
        if (isalpha(b) || b >= 0xF0)   // a letter, or a character beyond the BMP (CJK ext. B…)
            return true;
        if (b < 0xE0 || i + 2 >= e)
            continue;
        // Three bytes: a CJK ideograph or a fullwidth letter, not a bracket or symbol (（, ○).
        uint32_t c = ((b & 0x0Fu) << 12) | (((uint8_t)t[i + 1] & 0x3Fu) << 6) |
                     ((uint8_t)t[i + 2] & 0x3Fu);
        if ((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
            (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
            return true;
        i += 2;
    }
    return false;
}

/* Whether a text line may be a row's label: it names what is measured, so it is no unit
 * (万吨) and no attribute (预期性), which would be a row read one line off, and no code of
 * digits alone (a telephone number: 0315-2801660). */
static bool label_like(const reader *r, const tline *l)
{
    char unit[24];
    double f;
    return zc_ext_worded(r->t, l->s, l->e) && l->kind == L_TEXT &&
           !cue_in(r, (zc_vspan){ l->s, l->e }, ZC_XC_TABLE_ATTR) && !unit_of(r, l->s, l->e, unit, &f);
}

/* Whether rows of k lines at a and b have the same shape (a dash fits a figure, and a text
 * cell it leaves empty: a unit column's / for none). */
static bool same_shape(const reader *r, size_t a, size_t b, size_t k)
{
    for (size_t j = 0; j < k; j++) {
        uint8_t x = LINE(r, a + j)->kind, y = LINE(r, b + j)->kind;
        if (x != y && !(cell_line(x) && cell_line(y) && (x == L_DASH || y == L_DASH)) &&
            !(figure_like(x) && figure_like(y)))
            return false;
    }
    return true;
}

/* Whether the k lines at b are a row of the shape of the one at a whose last cell, a figure
 * there, holds words (完整社区建设覆盖率 % 预期性 2027年60%，2028年进一步优化布局): no record comes
 * of it, but the table goes on. Only in rows of three cells or more: a label and its figure
 * alone (电话 0312-2105680 | 156) is no row that words may stand in. */
static bool worded_row(const reader *r, size_t a, size_t b, size_t k)
{
    if (k < 3)
        return false;
    uint8_t x = LINE(r, a + k - 1)->kind, y = LINE(r, b + k - 1)->kind;
    return x == L_NUM && (y == L_TEXT || y == L_LONG) && same_shape(r, a, b, k - 1);
}

/* Whether the k lines at q, before `lim`, are a row of the shape of the one at p whose label
 * is at `at` in it: every row's label names what is measured, no unit, no attribute (a row
 * read one line off would take the row before's 预期性 for its label). */
static bool row_at(const reader *r, size_t p, size_t q, size_t k, size_t lim, size_t at)
{
    return q + k <= lim && same_shape(r, p, q, k) && label_like(r, LINE(r, q + at));
}

/* The number of sub-heading lines (1 or 2) at q before a row of the shape of the one at p
 * whose label is at `at` in it, or 0. */
static size_t heading_run(const reader *r, size_t p, size_t q, size_t k, size_t lim, size_t at)
{
    for (size_t h = 1; h <= 2; h++) {
        if (q + h + k > lim || !label_like(r, LINE(r, q + h - 1)))
            return 0;
        if (row_at(r, p, q + h, k, lim, at))
            return h;
    }
    return 0;
}

/* The rows of k lines from p, up to line `lim`, that repeat the first one's shape (a label,
 * or a row number and a label, then at least one figure), one or two text lines between two
 * of them being sub-headings (期末畜禽出栏; categories whose cells span rows: 促发展, or
 * 绿色发展 and 能源消费 over a 类别 and a 一级指标) and a row whose figures are words (worded_row)
 * one between rows; the line after the last in *end, the most sub-heading lines in a run in
 * *sub. */
static size_t rows_of(const reader *r, size_t p, size_t k, size_t lim, size_t *end, size_t *sub)
{
    *end = p;
    *sub = 0;
    size_t label = LINE(r, p)->kind == L_NUM && k >= 3 ? p + 1 : p;   // 序号 first
    if (!label_like(r, LINE(r, label)))
        return 0;
    bool figure = false;
    for (size_t j = label - p + 1; j < k; j++)
        figure = figure || LINE(r, p + j)->kind == L_NUM;
    if (!figure)
        return 0;
    size_t rows = 0, q = p, at = label - p;
    for (;;) {
        if (row_at(r, p, q, k, lim, at)) {
            rows++;
            q += k;
        } else if (rows && heading_run(r, p, q, k, lim, at)) {
            size_t h = heading_run(r, p, q, k, lim, at);
            *sub = h > *sub ? h : *sub;
            q += h;
        } else if (rows && q + 2 * k + 1 <= lim && worded_row(r, p, q, k) &&
                   (same_shape(r, p, q + k, k) ||
                    (LINE(r, q + k)->kind == L_TEXT && same_shape(r, p, q + k + 1, k)))) {
            q += k;
        } else {
            break;
        }
    }
    *end = q;
    return rows;
}

/* The row length of the table whose first row is line p that covers most lines (at least
 * two rows), or 0; its end and sub-heading flag. */
static size_t best_shape(const reader *r, size_t p, size_t lim, size_t *end, size_t *sub)
{
    size_t bestk = 0, bestcov = 0;
    for (size_t k = 2; k <= MAX_COLS && p + 2 * k <= lim; k++) {
        size_t e, sb;
        size_t rows = rows_of(r, p, k, lim, &e, &sb);
        // A wider shape must cover a row of its own more: rows grouped under a heading line
        // (a label and a figure five times, then the next group's heading) repeat as one
        // wide row too, taking the line after the last group with them.
        if (rows >= 2 && e - p > bestcov + (bestk ? k - 1 : 0)) {
            bestk = k;
            bestcov = e - p;
            *end = e;
            *sub = sb;
        }
    }
    return bestk;
}

/* A header cell over several columns of a second header level: a yearly breakdown
 * (cues.tsv table_years: 分年度任务量) or a group (table_group: 总面积分布情况, 其中). */
static bool spanner_like(const reader *r, zc_vspan sp)
{
    return cue_in(r, sp, ZC_XC_TABLE_YEARS) || cue_in(r, sp, ZC_XC_TABLE_GROUP);
}

/* The bounds in h of the second-level groups of two spanners at sp[0] < sp[1], the first
 * level's n1 items followed by m2 of the second: a yearly breakdown takes the run of years at
 * its end of them. False when neither is one. */
static bool split_groups(const reader *r, const zc_vspan *h, const size_t *sp, size_t n1,
                         size_t m2, size_t *cut)
{
    size_t run = 0, e = n1 + m2;
    if (cue_in(r, h[sp[1]], ZC_XC_TABLE_YEARS)) {
        while (run < m2 && header_year(r->t, h[e - 1 - run]))
            run++;
        cut[1] = e - run;
    } else if (cue_in(r, h[sp[0]], ZC_XC_TABLE_YEARS)) {
        while (run < m2 && header_year(r->t, h[n1 + run]))
            run++;
        cut[1] = n1 + run;
    } else {
        return false;
    }
    return true;
}

/* Reads a header of two levels written one cell a line (件数 and 面积 under 总面积分布情况, the
 * years under 分年度任务量): the first level's cells in order, then the second's, which the s
 * spanners (spanner_like) of the first level take in order, each at least two, a yearly
 * breakdown a run of years, and none a spanner itself. The columns are the first level's with
 * each spanner replaced by its cells, tb->up naming it over them. Tried on the last k + s
 * items for s = 1, 2 and the fewest second-level cells that fit; the number of items taken, 0
 * when none fits. */
static size_t two_level(const reader *r, const zc_vspan *items, size_t m, size_t k, table *tb)
{
    for (size_t s = 1; s <= 2 && k + s <= m; s++) {
        const zc_vspan *h = items + m - k - s;
        for (size_t m2 = 2 * s; m2 < k; m2++) {
            size_t n1 = k + s - m2, sp[2], ns = 0, cut[3] = { n1, n1 + m2, n1 + m2 };
            for (size_t i = 0; i < n1 && ns <= s; i++)
                if (spanner_like(r, h[i]) && ns++ < s)
                    sp[ns - 1] = i;
            // The first level ends with a year of its own when the years are not all below.
            if (ns != s || header_year(r->t, h[n1 - 1]) ||
                (s == 2 && !split_groups(r, h, sp, n1, m2, cut)))
                continue;
            bool fit = true;   // no spanner below one
            for (size_t c = n1; c < n1 + m2; c++)
                fit = fit && !spanner_like(r, h[c]);
            for (size_t g = 0; g < s; g++) {
                fit = fit && cut[g + 1] - cut[g] >= 2;
                for (size_t c = cut[g]; fit && cue_in(r, h[sp[g]], ZC_XC_TABLE_YEARS) &&
                                        c < cut[g + 1]; c++)
                    fit = header_year(r->t, h[c]) != 0;
            }
            if (!fit)
                continue;
            size_t col = 0;
            for (size_t i = 0, g = 0; i < n1; i++) {
                bool spanner = g < s && sp[g] == i;
                for (size_t c = spanner ? cut[g] : 0; c < (spanner ? cut[g + 1] : 1); c++) {
                    tb->head[col] = spanner ? h[c] : h[i];
                    tb->up[col++] = spanner ? h[i] : (zc_vspan){ 0, 0 };
                }
                if (spanner)
                    tb->spanner[g++] = h[i];
            }
            tb->nspanner = s;
            tb->hstart = h[0].start;
            return k + s;
        }
    }
    return 0;
}

/* Whether [sp.start, sp.end) names a period alone: a time (2025年) or a five-year plan in
 * its quotation marks (“十四五”), which alone names no time. */
static bool period_only(const reader *r, zc_vspan sp)
{
    const struct zc_lexicon *lx = r->st->lx;
    size_t n = 0, q = sp.start;
    zc_timex tx;
    if (zc_timex_parse(lx, r->t + q, sp.end - q, r->st->doc_date, &n, &tx) && n == sp.end - q)
        return true;
    const zc_lexent *e = NULL;
    for (int part = 0; part < 3 && q < sp.end; part++, q += e->klen)
        if (!(e = zc_lex_match(lx, ZC_LX_PERIOD, r->t + q, sp.end - q,
                               part == 1 ? ZC_PK_PLAN : ZC_PK_QUOTE)))
            return false;
    return q == sp.end;
}

/* Whether the header line l opens with 年 right after an item ending with a digit: a cell
 * broken inside its word (2024-2026⏎年任务量). */
static bool broken_year(const reader *r, zc_vspan item, const tline *l)
{
    static const char year[] = "年";
    return item.end > item.start && r->t[item.end - 1] >= '0' && r->t[item.end - 1] <= '9' &&
           l->e - l->s >= strlen(year) && memcmp(r->t + l->s, year, strlen(year)) == 0;
}

/* Whether the header line l names the kind of value (完成值, 目标值) of the period the item
 * before it names alone (“十四五”): one cell written on two lines. */
static bool period_kind(const reader *r, zc_vspan item, const tline *l)
{
    zc_vspan sp = { l->s, l->e };
    return period_only(r, item) && !latest_year(r, sp) &&
           (cue_in(r, sp, ZC_XC_TABLE_GOAL) || cue_in(r, sp, ZC_XC_TABLE_BASE));
}

/* Whether the header line l completes the item before it into one word of a table's header
 * (cues.tsv table_attr, table_goal, table_base: 指标⏎属性 → 指标属性): one cell broken inside
 * its word. */
static bool broken_word(const reader *r, zc_vspan item, const tline *l)
{
    static const int roles[] = { ZC_XC_TABLE_ATTR, ZC_XC_TABLE_GOAL, ZC_XC_TABLE_BASE };
    char w[4 * CELL_BYTES];
    size_t a = item.end - item.start, b = l->e - l->s;
    if (!a || !b || a + b > sizeof w)
        return false;
    memcpy(w, r->t + item.start, a);
    memcpy(w + a, r->t + l->s, b);
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (zc_ext_text_is(r->st->x, w, 0, a + b, ZC_XT_CUE, roles[i]))
            return true;
    return false;
}

/* The header and caption of a table of k columns whose first row is line p; `floor` is the
 * first line that may belong to it. With sub-headings in the table, the line right above its
 * first row is one. False when there are fewer text lines above than columns: no header. */
static bool stacked_head(const reader *r, table *tb, size_t p, size_t k, size_t floor, size_t sub)
{
    zc_vspan items[2 * MAX_COLS + CAPTION_LINES + 1];
    size_t m = 0, i = p;
    while (i > floor && LINE(r, i - 1)->kind == L_TEXT && m < 2 * k + CAPTION_LINES + 1)
        i--, m++;
    size_t first = i;
    m = 0;
    for (; i < p; i++) {   // a line in brackets goes on the one before: 投资规模\n(亿元)
        const tline *l = LINE(r, i);
        if (m && (r->t[l->s] == '(' || period_kind(r, items[m - 1], l) ||
                  broken_year(r, items[m - 1], l) || broken_word(r, items[m - 1], l)))
            items[m - 1].end = l->e;
        else
            items[m++] = (zc_vspan){ l->s, l->e };
    }
    size_t spare = m > k ? m - k : 0;
    m -= sub < spare ? sub : spare;   // the first group's sub-headings
    for (size_t j = 0; j < MAX_COLS; j++)
        tb->up[j] = (zc_vspan){ 0, 0 };
    tb->nspanner = 0;
    // A spanning cell among the last k items: a header of two levels.
    bool spanned = false;
    for (size_t j = m > k ? m - k : 0; j < m; j++)
        spanned = spanned || spanner_like(r, items[j]);
    size_t taken = m > k && spanned ? two_level(r, items, m, k, tb) : 0;
    if (!taken) {
        if (m < k)
            return false;
        for (size_t j = 0; j < k; j++)
            tb->head[j] = items[m - k + j];
        tb->hstart = items[m - k].start;
        taken = k;
    }
    tb->ncols = k;
    tb->has_head = true;
    size_t nc = m - taken < CAPTION_LINES ? m - taken : CAPTION_LINES;
    tb->ncaption = nc;
    for (size_t j = 0; j < nc; j++)
        tb->caption[j] = items[m - taken - nc + j];
    // Two lines more: a 单位 line whose spaces split it into cells (制表日期：2026.1  单位：亩).
    size_t top = first > floor + 2 ? first - 2 : floor;
    tb->above = (zc_vspan){ LINE(r, top)->s, tb->hstart };
    tb->intro = (zc_vspan){ 0, 0 };
    if (first > 0 && LINE(r, first - 1)->kind == L_LONG)   // none inside a run
        tb->intro = (zc_vspan){ LINE(r, first - 1)->s, LINE(r, first - 1)->e };
    return true;
}

/* ---- rows numbered one cell a line ------------------------------------------------------ */

/* The row number a line holds alone (1, 12), or -1. */
static long row_no(const reader *r, size_t i)
{
    const tline *l = LINE(r, i);
    if (l->kind != L_NUM || l->e - l->s > 3)
        return -1;
    long v = 0;
    for (size_t j = l->s; j < l->e; j++) {
        if (r->t[j] < '0' || r->t[j] > '9')
            return -1;
        v = v * 10 + (r->t[j] - '0');
    }
    return v;
}

/* The kind of line i as a cell of a numbered row: a short sentence is a text cell there (an
 * address: 海湾镇明城路以东，莲塘路以南), the numbers framing it. */
static uint8_t numbered_kind(const reader *r, size_t i)
{
    const tline *l = LINE(r, i);
    return l->kind == L_LONG && l->e - l->s <= 2 * CELL_BYTES ? L_TEXT : l->kind;
}

/* Whether lines [a, b) may be a numbered row: its number, then cells only, a text among them
 * and after the first text a figure, or a sentence in a figure's place (2027年全面完成…). */
static bool numbered_row(const reader *r, size_t a, size_t b)
{
    if (b - a < 3 || b - a > MAX_COLS)
        return false;
    bool text = false, figure = false;
    for (size_t i = a + 1; i < b; i++) {
        uint8_t k = numbered_kind(r, i);
        if (!cell_line(k) && k != L_LONG)
            return false;
        figure = figure || (text && (figure_like(k) || LINE(r, i)->kind == L_LONG));
        text = text || k == L_TEXT;
    }
    return figure;
}

/* The first line of the row numbered v + 1 after the row numbered v at line q, before lim:
 * the line holding v + 1 alone with a text cell after it, where the length of the row before
 * (`len`) puts it if it is there, else the nearest; lim when there is none. */
static size_t next_numbered(const reader *r, size_t q, long v, size_t len, size_t lim)
{
    size_t found = lim;
    for (size_t i = q + 3; i + 1 < lim && i <= q + MAX_COLS; i++) {
        if (row_no(r, i) != v + 1 || LINE(r, i + 1)->kind != L_TEXT)
            continue;
        if (i == q + len)
            return i;
        if (found == lim)
            found = i;
    }
    return found;
}

/* The length of the last numbered row, at q: that of a row before (at[len], the last row of
 * each length) whose shape it has, the longest first; 0 for none. */
static size_t last_numbered(const reader *r, size_t q, size_t lim, const size_t *at)
{
    for (size_t len = MAX_COLS; len >= 3; len--)
        if (at[len] != SIZE_MAX && q + len <= lim && same_shape(r, at[len], q, len))
            return len;
    return 0;
}

/* Rows numbered from line p (1, 2, 3…), one cell a line, up to lim, into r->rows (line
 * ranges): their count, the line after the last in *end. The last row is as long as a row
 * before of its shape. */
static size_t numbered_walk(reader *r, size_t p, size_t lim, size_t *end)
{
    long v = row_no(r, p);
    size_t q = p, len = 0, kmax = 0, at[MAX_COLS + 1];
    r->rows.len = 0;
    *end = p;
    if (v < 0)
        return 0;
    for (size_t i = 0; i <= MAX_COLS; i++)
        at[i] = SIZE_MAX;
    for (bool last = false; !last && r->ok; v++) {
        size_t nx = next_numbered(r, q, v, len, lim);
        // No row is longer than the first, which gives every spanning cell, but for the heading
        // of the next group: a longer one takes in what follows the table (a header repeated
        // after a page break).
        last = nx == lim || (r->rows.len && nx - q > kmax &&
                             !(nx - q == kmax + 1 && LINE(r, nx - 1)->kind == L_TEXT));
        if (last)
            nx = q + last_numbered(r, q, lim, at);
        if (nx == q || !numbered_row(r, q, nx))
            break;
        len = nx - q;
        at[len] = q;
        kmax = len > kmax ? len : kmax;
        zc_vspan row = { q, nx };
        r->ok = zc_vec_push(&r->rows, &row) != NULL;
        q = nx;
    }
    *end = q;
    return r->rows.len;
}

/* Whether the last line of a numbered row may head the rows after it (⏎（二）水环境⏎7⏎…): a
 * text, not a goal in words that stands in a figure's column (达到国家要求: comparators.tsv). */
static bool sub_heading(const reader *r, size_t i)
{
    const tline *l = LINE(r, i);
    return numbered_kind(r, i) == L_TEXT &&
           !zc_lex_match(r->st->lx, ZC_LX_CMP, r->t + l->s, l->e - l->s, -1);
}

/* Numbered rows from line p (numbered_walk), the headings of groups left out: when most rows
 * end with a figure, a text line ending a row is the heading of the next group, a category
 * cell spanning its rows (建设全龄友好宜居城区 before 1, 打造创新人文活力城区 before 5), and so
 * is the text line right before p (*sub). Their count; the longest and shortest row in
 * *kmax and *kmin, the line after the last in *end; whether the longest, which gives every
 * column, is no row of its kind (a cell broken over two lines) in *full. */
static size_t numbered_rows(reader *r, size_t p, size_t lim, size_t *kmax, size_t *kmin,
                            size_t *end, size_t *sub, bool *full)
{
    size_t n = numbered_walk(r, p, lim, end), texts = 0;
    zc_vspan *rows = (zc_vspan *)r->rows.data;
    for (size_t i = 0; i < n; i++)
        texts += sub_heading(r, rows[i].end - 1);
    *sub = n && texts > 0 && 2 * texts < n && p > 0 && LINE(r, p - 1)->kind == L_TEXT;
    *kmax = 0;
    *kmin = MAX_COLS;
    for (size_t i = 0; i < n; i++) {
        if (*sub && i + 1 < n && sub_heading(r, rows[i].end - 1) &&
            rows[i].end - rows[i].start > 3)
            rows[i].end--;
        size_t len = rows[i].end - rows[i].start;
        *kmax = len > *kmax ? len : *kmax;
        *kmin = len < *kmin ? len : *kmin;
    }
    size_t nfull = 0, nnext = 0;
    for (size_t i = 0; i < n; i++) {
        nfull += rows[i].end - rows[i].start == *kmax;
        nnext += rows[i].end - rows[i].start + 1 == *kmax;
    }
    // One row a line longer than two or more others: a cell of it broken over two lines
    // (浦东⏎新区), which place_row joins; the others give every column.
    if (nfull == 1 && nnext >= 2 && *kmax - 1 > *kmin) {
        (*kmax)--;
        nfull = nnext;
    }
    *full = nfull >= 2;
    return n;
}

/* The row of totals right after a table's last row (合计 60.85 26.73; cues.tsv table_total),
 * its figures under the figure columns of the row before, right-aligned (the label spans the
 * columns on the left). The line after it, or q when there is none. */
static size_t total_row(reader *r, table *tb, size_t q, size_t lim, const uint8_t *prev, size_t k)
{
    if (q >= lim || LINE(r, q)->kind != L_TEXT ||
        !cue_in(r, (zc_vspan){ LINE(r, q)->s, LINE(r, q)->e }, ZC_XC_TABLE_TOTAL))
        return q;
    size_t cols[MAX_COLS], nc = 0, nf = 0;
    for (size_t j = 0; j < k; j++)
        if (prev[j] == L_NUM && !tb->nofig[j])
            cols[nc++] = j;
    while (nf < nc && q + 1 + nf < lim && figure_like(LINE(r, q + 1 + nf)->kind))
        nf++;
    if (!nf || (q + 1 + nf < lim && LINE(r, q + 1 + nf)->kind == L_NUM))
        return q;   // no figure, or more figures than columns: no row of this table
    zc_vspan cells[MAX_COLS] = { { 0, 0 } };
    uint8_t kinds[MAX_COLS] = { 0 };
    for (size_t j = 0; j < k; j++)
        kinds[j] = L_EMPTY;
    cells[0] = (zc_vspan){ LINE(r, q)->s, LINE(r, q)->e };
    kinds[0] = L_TEXT;
    for (size_t i = 0; i < nf; i++) {
        const tline *l = LINE(r, q + 1 + i);
        cells[cols[nc - nf + i]] = (zc_vspan){ l->s, l->e };
        kinds[cols[nc - nf + i]] = l->kind;
    }
    add_row(r, tb, cells, kinds, k, 0);
    return q + 1 + nf;
}

/* Whether a cell of kind k may stand in a column whose cells are of kind c: a figure or dash
 * under figures, a text under texts; a sentence anywhere (a figure's place in words). */
static bool fits(uint8_t k, uint8_t c)
{
    return k == L_LONG || (figure_like(k) ? figure_like(c) : k == c);
}

/* Places the n lines of a numbered row at q under the k columns of the template row (kinds
 * tk): a full row as it stands; a shorter one with its number under the first column and its
 * other cells from the right, each under the nearest column of its kind (a row lacks the
 * cells that span it from a row above: 权属部门, 一级指标; or a figure: 老旧街区改造数量 个 预期性
 * ≥5 gives the goal alone). False when they do not fit. */
static bool place_row(const reader *r, size_t q, size_t n, const uint8_t *tk, size_t k,
                      zc_vspan *cells, uint8_t *kinds)
{
    for (size_t j = 0; j < k; j++) {
        cells[j] = (zc_vspan){ 0, 0 };
        kinds[j] = L_EMPTY;
    }
    for (size_t i = n, j = k; i-- > 0;) {
        uint8_t kind = numbered_kind(r, q + i);
        if (i == 0)
            j = 0;   // the number
        else if (n == k)
            j = i;
        else {
            while (j > 1 && !fits(kind, tk[j - 1]))
                j--;
            // A row one line longer than the columns: its first text cell broken over two
            // lines (浦东⏎新区) is one.
            if (j <= 1 && n == k + 1 && i == 1 && kind == L_TEXT && kinds[1] == L_TEXT) {
                cells[1].start = LINE(r, q + i)->s;
                continue;
            }
            if (j-- <= 1)
                return false;
        }
        cells[j] = (zc_vspan){ LINE(r, q + i)->s, LINE(r, q + i)->e };
        kinds[j] = kind == L_LONG ? L_TEXT : kind;
    }
    return true;
}

/* Reads the numbered rows of r->rows, a table of k columns, its template the first row of k
 * lines; a row's label comes from the first column every row gives (the name after a spanning
 * 权属部门, the 二级指标 after a spanning 一级指标). The line after the table, a row of totals
 * included. */
static size_t read_numbered(reader *r, table *tb, size_t end, size_t lim, size_t k)
{
    zc_vspan cells[MAX_COLS];
    uint8_t kinds[MAX_COLS], tk[MAX_COLS];
    const zc_vspan *rows = (const zc_vspan *)r->rows.data;
    size_t n = r->rows.len, t = 0;
    while (t < n && rows[t].end - rows[t].start != k)
        t++;
    if (t == n)
        return end;   // no row gives every column (numbered_rows makes k the longest)
    for (size_t j = 0; j < k; j++)
        tk[j] = numbered_kind(r, rows[t].start + j);
    size_t from = 1;
    for (size_t i = 0; i < n; i++) {
        size_t first = 1;
        if (place_row(r, rows[i].start, rows[i].end - rows[i].start, tk, k, cells, kinds))
            while (first < k && kinds[first] == L_EMPTY)
                first++;
        from = first > from && first < k ? first : from;
    }
    for (size_t i = 0; i < n && r->ok; i++)
        if (place_row(r, rows[i].start, rows[i].end - rows[i].start, tk, k, cells, kinds))
            add_row(r, tb, cells, kinds, k, from);
    return total_row(r, tb, end, lim, tk, k);
}

/* ---- rows grouped under a spanning first cell ----------------------------------------- */

/* The text run and the figure run of the row at line q (before lim): its label cells, then its
 * figures. False when it is no such row. */
static bool text_fig_row(const reader *r, size_t q, size_t lim, size_t *nt, size_t *nf)
{
    size_t i = q;
    while (i < lim && LINE(r, i)->kind == L_TEXT && label_like(r, LINE(r, i)))
        i++;
    *nt = i - q;
    while (i < lim && figure_like(LINE(r, i)->kind))
        i++;
    *nf = i - q - *nt;
    return *nt && *nf;
}

/* Rows from line p, up to lim, led by text cells and grouped under a first cell that spans
 * them (南桥镇 over its 等级 row and its 社区 row): the first row gives every column, two label
 * cells or more and three figures or more; the rows after it give fewer label cells, or as
 * many, and as many figures or one or two fewer. Into r->rows; their count (at least four,
 * two full ones after the first, and a short one: a header line taken for a label would make
 * the first row the only full one), the first row's length in *k, the line after the last in
 * *end. */
static size_t grouped_walk(reader *r, size_t p, size_t lim, size_t *k, size_t *end)
{
    size_t t0, f0, nt, nf, nfull = 0, nshort = 0, q = p;
    r->rows.len = 0;
    *end = p;
    if (!text_fig_row(r, p, lim, &t0, &f0) || t0 < 2 || f0 < 3 || t0 + f0 > MAX_COLS)
        return 0;
    // A first label broken over two lines (海湾⏎旅游区) is one cell: one label line more. A
    // row lacks two figure cells at most (those spanning its group).
    while (r->ok && text_fig_row(r, q, lim, &nt, &nf) && nt <= t0 + 1 && nf <= f0 &&
           nf + 2 >= f0) {
        nfull += q > p && nt >= t0 && nf == f0;
        nshort += nt < t0;
        zc_vspan row = { q, q + nt + nf };
        r->ok = zc_vec_push(&r->rows, &row) != NULL;
        q += nt + nf;
    }
    *k = t0 + f0;
    *end = q;
    return r->rows.len >= 4 && nfull >= 2 && nshort ? r->rows.len : 0;
}

/* Reads the grouped rows of r->rows under a header of k columns: a short row's label cells
 * stand right before the figure columns (the spanning cells are the first), and its figures
 * from the first figure column on (a cell spanning the group's rows among the figures, the
 * town's planned population, is most often a total after the row's own). The line after the
 * table, a row of totals included. */
static size_t read_grouped(reader *r, table *tb, size_t end, size_t lim, size_t k)
{
    const zc_vspan *rows = (const zc_vspan *)r->rows.data;
    zc_vspan cells[MAX_COLS];
    uint8_t kinds[MAX_COLS], tk[MAX_COLS];
    size_t t0, f0;
    text_fig_row(r, rows[0].start, rows[0].end, &t0, &f0);
    for (size_t j = 0; j < k; j++)
        tk[j] = LINE(r, rows[0].start + j)->kind;
    for (size_t i = 0; i < r->rows.len && r->ok; i++) {
        size_t nt, nf;
        text_fig_row(r, rows[i].start, rows[i].end, &nt, &nf);
        for (size_t j = 0; j < k; j++) {
            cells[j] = (zc_vspan){ 0, 0 };
            kinds[j] = L_EMPTY;
        }
        size_t extra = nt > t0 ? nt - t0 : 0;   // the lines of a broken first label
        for (size_t x = 0; x < nt + nf; x++) {
            size_t j = x < nt ? (nt >= t0 ? (x > extra ? x - extra : 0) : t0 - nt + x)
                              : t0 + x - nt;
            const tline *l = LINE(r, rows[i].start + x);
            cells[j] = (zc_vspan){ j == 0 && x > 0 ? cells[0].start : l->s, l->e };
            kinds[j] = l->kind;
        }
        add_row(r, tb, cells, kinds, k, t0 - 1);
    }
    return total_row(r, tb, end, lim, tk, k);
}

/* A header with no caption that repeats the one of the table before, cell for cell, goes on
 * with that table after a page break: it takes its caption and the line introducing it. */
static void repeated_head(const reader *r, table *tb, const table *prev)
{
    if (tb->ncaption || tb->ncols != prev->ncols)
        return;
    for (size_t j = 0; j < tb->ncols; j++) {
        zc_vspan a = tb->head[j], b = prev->head[j];
        if (a.end - a.start != b.end - b.start ||
            memcmp(r->t + a.start, r->t + b.start, a.end - a.start) != 0)
            return;
    }
    tb->ncaption = prev->ncaption;
    memcpy(tb->caption, prev->caption, sizeof tb->caption);
    tb->intro = prev->intro;
}

/* Starts table tb, whose header was just found: a repeat of the one before (prev) takes its
 * caption; its flags, units and special columns are read; it is the one before for the next. */
static void open_table(reader *r, table *tb, table *prev)
{
    repeated_head(r, tb, prev);
    read_head(r, tb);
    *prev = *tb;
}

enum { SERIAL_MAX = 256 };   /* the longest numbered list read so */

/* Marks the row numbers line i holds, one (3) or a list joined by 、 (5、6, 16、25: a row over
 * several numbered items), in used[], when the first is the smallest unused number (*next)
 * and the rest rise; *next moves on past the numbers used. False, nothing marked, when the
 * line holds other text or numbers out of that order. */
static bool serial_nos(const reader *r, size_t i, bool *used, long *next)
{
    const tline *l = LINE(r, i);
    long nums[8], v = -1;
    size_t n = 0;
    for (size_t j = l->s; j <= l->e; j++) {
        if (j < l->e && r->t[j] >= '0' && r->t[j] <= '9') {
            v = (v < 0 ? 0 : v * 10) + (r->t[j] - '0');
            if (v >= SERIAL_MAX)
                return false;
            continue;
        }
        if (v < 0 || n == 8 || used[v] || (n ? v <= nums[n - 1] : v != *next))
            return false;
        nums[n++] = v;
        v = -1;
        if (j < l->e && (j + 3 > l->e || memcmp(r->t + j, "、", 3) != 0))
            return false;
        if (j < l->e)
            j += 2;
    }
    for (size_t k = 0; k < n; k++)
        used[nums[k]] = true;
    while (*next < SERIAL_MAX && used[*next])
        (*next)++;
    return n > 0;
}

/* The lines a 序号 header takes at line h, before b: 1 for a text line with the cue, 2 for the
 * header typeset one character a line (序⏎号, as the header words of a table whose cells are
 * narrow: 建⏎设⏎类⏎别⏎序⏎号), else 0. */
static size_t serial_head(const reader *r, size_t h, size_t b)
{
    static const char serial[] = "序号";
    const tline *x = LINE(r, h);
    if (x->kind == L_TEXT && cue_in(r, (zc_vspan){ x->s, x->e }, ZC_XC_TABLE_SERIAL))
        return 1;
    if (h + 1 >= b)
        return 0;
    const tline *y = LINE(r, h + 1);
    return x->e - x->s == 3 && y->e - y->s == 3 && memcmp(r->t + x->s, serial, 3) == 0 &&
           memcmp(r->t + y->s, serial + 3, 3) == 0 ? 2 : 0;
}

/* The row numbers of a list or table one cell a line under a 序号 header, where the row shapes
 * read them as figures: a list whose only figures are its numbers (项目清单: 序号 项目名称 所在区,
 * then 1 瓦洪公路 奉贤 2 …), or a table whose rows a cell broken over two lines (申通地铁⏎集团)
 * shifted. From the header on, a line holding the next unused number (or 1 again under a
 * group's heading; 5、6 for a row over two items) between text lines is a row number, whatever
 * figures stand between. At least three such lines: their cells are dropped, no figures. */
static void drop_serial_cells(reader *r, size_t a, size_t b)
{
    size_t h = a, lines = 0;
    while (h < b && !(lines = serial_head(r, h, b)))
        h++;
    if (lines == 2)
        h++;   // the header's second line
    bool used[SERIAL_MAX] = { false };
    size_t marks[SERIAL_MAX], n = 0;
    long next = 1;
    for (size_t i = h + 1; i + 1 < b && n < SERIAL_MAX; i++) {
        const tline *l = LINE(r, i);
        if (!figure_like(l->kind) && l->kind != L_TEXT)
            continue;
        // Before text: a cell's words, or a name longer than a cell (北虹桥“城中村”配套
        // 市政基础设施（昌瑞路、万宁路、幸福水岸公园等）); after text or the last figure of
        // the row before (2020年⏎516吨/日⏎2⏎居住区湿垃圾分类量).
        uint8_t before = LINE(r, i - 1)->kind, after = LINE(r, i + 1)->kind;
        bool texted = before == L_TEXT || before == L_LONG;
        // The numbering starts again at 1 under a group's heading (text before it).
        if (texted && l->e - l->s == 1 && r->t[l->s] == '1' && next > 2) {
            memset(used, 0, sizeof used);
            next = 1;
        }
        if (r->t[l->s] < '0' || r->t[l->s] > '9' || (!texted && !figure_like(before)) ||
            (after != L_TEXT && after != L_LONG) || !serial_nos(r, i, used, &next))
            continue;
        marks[n++] = i;
    }
    if (n < 3)
        return;
    zc_vec *cells = &r->st->cells;
    size_t w = 0, m = 0;
    for (size_t i = 0; i < cells->len; i++) {
        const zc_ext_cell *c = &ZC_VEC_AT(cells, zc_ext_cell, i);
        while (m < n && LINE(r, marks[m])->s < c->start)
            m++;
        if (m < n && LINE(r, marks[m])->s == c->start)
            continue;
        if (w != i)
            ZC_VEC_AT(cells, zc_ext_cell, w) = *c;
        w++;
    }
    cells->len = w;
}

/* Finds the tables of one cell a line among lines [a, b) (texts, figures, dashes): at each
 * line the best row shape, unless one starting inside its first row covers more (a header
 * cell that looks like a label). */
static void read_stacked(reader *r, size_t a, size_t b)
{
    size_t floor = a, prev_k = 0;   // the table before, when its rows came under headings
    table tb, prev = { .ncols = 0 };
    for (size_t p = a; p < b && r->ok;) {
        size_t end = p, e2;
        size_t sub = 0, sub2;
        // Numbered rows of lengths that cells spanning rows make differ, under a 序号 header.
        size_t kmax, kmin;
        bool full;
        if (numbered_rows(r, p, b, &kmax, &kmin, &end, &sub, &full) >= 2 && full && kmin < kmax &&
            kmax - kmin <= 3 && stacked_head(r, &tb, p, kmax, floor, sub) &&
            cue_in(r, tb.head[0], ZC_XC_TABLE_SERIAL)) {
            open_table(r, &tb, &prev);
            p = floor = read_numbered(r, &tb, end, b, kmax);
            prev_k = 0;
            continue;
        }
        // The last header line of numbered rows that start on the next line under a 序号 header
        // (序号 … 公园类型⏎1), as the numbered branch reads them: no row of another table,
        // whatever shape its lines and the rows' repeat.
        table probe;
        if (p + 1 < b && row_no(r, p + 1) == 1 &&
            numbered_rows(r, p + 1, b, &kmax, &kmin, &e2, &sub2, &full) >= 2 && full &&
            kmin < kmax && kmax - kmin <= 3 && stacked_head(r, &probe, p + 1, kmax, floor, sub2) &&
            cue_in(r, probe.head[0], ZC_XC_TABLE_SERIAL)) {
            p++;
            continue;
        }
        // Rows led by text cells whose first cell spans a group of them (南桥镇 over 等级 and
        // 社区), under a header above.
        size_t kg;
        if (grouped_walk(r, p, b, &kg, &end) && stacked_head(r, &tb, p, kg, floor, 0)) {
            open_table(r, &tb, &prev);
            p = floor = read_grouped(r, &tb, end, b, kg);
            prev_k = 0;
            continue;
        }
        size_t k = best_shape(r, p, b, &end, &sub);
        bool better = false;
        for (size_t q = p + 1; k && q < p + k && !better; q++)
            better = (best_shape(r, q, b, &e2, &sub2) && e2 - q > end - p) ||
                     (numbered_rows(r, q, b, &kmax, &kmin, &e2, &sub2, &full) >= 2 && kmin < kmax &&
                      e2 - q > end - p);
        // Rows grouped under headings of one or two levels (一级指标, 二级指标: cells spanning
        // rows) go on after a group's two heading lines: the same table, its header above.
        bool goes_on = k && !better && k == prev_k && p - floor <= 2;
        for (size_t q = floor; goes_on && q < p; q++)
            goes_on = LINE(r, q)->kind == L_TEXT;
        if (!goes_on && (!k || better || !stacked_head(r, &tb, p, k, floor, sub))) {
            p++;
            continue;
        }
        if (!goes_on)
            open_table(r, &tb, &prev);
        prev_k = sub ? k : 0;
        // The rows as rows_of found them: rows, sub-headings, rows of words.
        size_t at = LINE(r, p)->kind == L_NUM && k >= 3 ? 1 : 0;
        for (size_t q = p; q < end && r->ok;) {
            if (!row_at(r, p, q, k, end, at)) {
                size_t h = heading_run(r, p, q, k, end, at);
                q += h ? h : q + k <= end && worded_row(r, p, q, k) ? k : 1;
                continue;
            }
            zc_vspan cells[MAX_COLS];
            uint8_t kinds[MAX_COLS];
            for (size_t j = 0; j < k; j++) {
                const tline *l = LINE(r, q + j);
                cells[j] = (zc_vspan){ l->s, l->e };
                kinds[j] = l->kind;
            }
            add_row(r, &tb, cells, kinds, k, 0);
            q += k;
        }
        // A row of totals after the rows, by the shape of the first (a sub-heading's rows may
        // have been the last).
        uint8_t kinds[MAX_COLS];
        for (size_t j = 0; j < k; j++)
            kinds[j] = LINE(r, p + j)->kind;
        p = floor = total_row(r, &tb, end, b, kinds, k);
    }
}

/* ---- rows of separated cells ----------------------------------------------------------- */

/* The cells of row line l, at most MAX_COLS. */
static size_t split_row(const reader *r, const tline *l, zc_vspan *cells, uint8_t *kinds)
{
    return split_cells(r->st, l->s, l->e, l->sep, cells, kinds);
}

/* Reads the table of row lines [a, b): its first line is the header when it holds no figure;
 * the text lines right before are its caption. */
static void read_rows(reader *r, size_t a, size_t b)
{
    table tb;
    zc_vspan cells[MAX_COLS];
    uint8_t kinds[MAX_COLS];
    size_t n = split_row(r, LINE(r, a), cells, kinds);
    // A header: no figure, and words (a data file's Latin field names make no table).
    bool head = true, words = false;
    for (size_t j = 0; j < n; j++) {
        head = head && !figure_like(kinds[j]);
        for (size_t i = cells[j].start; i < cells[j].end && !words; i++)
            words = (uint8_t)r->t[i] >= 0x80;
    }
    if (!head || !words)
        return;
    tb.has_head = true;
    tb.ncols = n;
    for (size_t j = 0; j < n; j++)
        tb.head[j] = cells[j];
    size_t i = a;
    tb.ncaption = 0;
    while (i > 0 && LINE(r, i - 1)->kind == L_TEXT && tb.ncaption < CAPTION_LINES)
        i--, tb.ncaption++;
    for (size_t j = 0; j < tb.ncaption; j++)
        tb.caption[j] = (zc_vspan){ LINE(r, i + j)->s, LINE(r, i + j)->e };
    tb.above = (zc_vspan){ 0, 0 };
    tb.intro = (zc_vspan){ 0, 0 };
    if (i > 0 && LINE(r, i - 1)->kind == L_LONG)
        tb.intro = (zc_vspan){ LINE(r, i - 1)->s, LINE(r, i - 1)->e };
    for (size_t j = 0; j < MAX_COLS; j++)
        tb.up[j] = (zc_vspan){ 0, 0 };
    tb.nspanner = 0;
    tb.hstart = tb.head[0].start;
    read_head(r, &tb);
    for (size_t l = a + 1; l < b && r->ok; l++) {
        n = split_row(r, LINE(r, l), cells, kinds);
        add_row(r, &tb, cells, kinds, n, 0);
    }
}

/* ---- the document -------------------------------------------------------------------- */

/* Whether line i of n goes on a run of one-cell lines: a cell, or a long cell before one (a
 * figure column's words, 2027年60%，2028年进一步优化布局, which worded_row reads). */
static bool stacked_line(const reader *r, size_t i, size_t n)
{
    const tline *l = LINE(r, i);
    return cell_line(l->kind) || (l->kind == L_LONG && i + 1 < n && l->e - l->s <= 2 * CELL_BYTES &&
                                  cell_line(LINE(r, i + 1)->kind));
}

/* Whether only spaces and one line break stand between a and b: the lines are adjacent. */
static bool next_line(const char *t, size_t a, size_t b)
{
    int breaks = 0;
    for (size_t i = a; i < b; i++)
        if (t[i] == '\n')
            breaks++;
        else if (!is_space(t[i]))
            return false;
    return breaks == 1;
}

/* Whether [s, e) is a note in brackets with no digit: (一期), (公顷). */
static bool bracket_note(const char *t, size_t s, size_t e)
{
    if (e - s < 3 || t[s] != '(' || t[e - 1] != ')')
        return false;
    for (size_t i = s; i < e; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return false;
    return true;
}

/* Splits the view into lines with their kinds; false when it has no table to read (no row
 * line, no figure line), which most documents are. */
static bool read_lines(reader *r)
{
    const char *t = r->t;
    size_t len = r->st->d->norm_len;
    bool any = false;
    for (size_t s = 0; s < len && r->ok;) {
        const char *nl = memchr(t + s, '\n', len - s);
        size_t e = nl ? (size_t)(nl - t) : len, ls = s, le = e;
        trim(t, &ls, &le);
        tline l = { ls, le, 0, 0 };
        l.kind = line_kind(r->st, ls, le, &l.sep);
        any = any || l.kind == L_ROW || l.kind == L_NUM;
        s = e + 1;
        // A note in brackets alone on the line after a text cell goes on that cell (静安体育公园⏎
        // (一期), 面积⏎(公顷)), as a header's does; one holding a figure is a cell of its own
        // ((86.4%), a base value).
        tline *prev = r->lines.len ? LINE(r, r->lines.len - 1) : NULL;
        if (l.kind == L_TEXT && prev && prev->kind == L_TEXT && next_line(t, prev->e, ls) &&
            le - prev->s <= CELL_BYTES && bracket_note(t, ls, le)) {
            prev->e = le;
            continue;
        }
        r->ok = zc_vec_push(&r->lines, &l) != NULL;
    }
    return any && r->ok;
}

/* Rows split at spaces have their header in the line above, which holds no figure: a text
 * line of as many space-separated cells (指标 2025年 2027年). The first line of the table. */
static size_t space_header(reader *r, size_t a)
{
    tline *l = LINE(r, a), *h = a ? LINE(r, a - 1) : NULL;
    if (l->sep != ' ' || !h || h->kind != L_TEXT)
        return a;
    zc_vspan cells[MAX_COLS];
    uint8_t kinds[MAX_COLS];
    size_t n = split_cells(r->st, l->s, l->e, ' ', cells, kinds);
    if (split_cells(r->st, h->s, h->e, ' ', cells, kinds) != n)
        return a;
    h->kind = L_ROW;
    h->sep = ' ';
    return a - 1;
}

static void read_tables(zc_ext_sent *st)
{
    reader r = { .st = st, .t = st->text, .ok = true };
    zc_vec_init(&r.lines, sizeof(tline));
    zc_vec_init(&r.rows, sizeof(zc_vspan));
    if (read_lines(&r)) {
        size_t n = r.lines.len;
        for (size_t a = 0; a < n && r.ok;) {
            uint8_t k = LINE(&r, a)->kind;
            size_t b = a + 1;
            if (k == L_ROW) {
                while (b < n && LINE(&r, b)->kind == L_ROW && LINE(&r, b)->sep == LINE(&r, a)->sep)
                    b++;
                a = space_header(&r, a);
                if (b - a >= 2)
                    read_rows(&r, a, b);
            } else if (cell_line(k)) {
                while (b < n && stacked_line(&r, b, n))
                    b++;
                read_stacked(&r, a, b);
                drop_serial_cells(&r, a, b);
            }
            a = b;
        }
    }
    if (!r.ok)
        st->cells.len = st->tparts.len = 0;   // out of memory: the figures read as text
    zc_vec_free(&r.lines);
    zc_vec_free(&r.rows);
}

/* Whether byte `pos` stands under an attachment whose title names a table of results or of
 * the present (附件1⏎…移交设施量清单; cues.tsv table_base) and no goal (…任务量分解表;
 * table_goal): the nearest attachment label alone on its line above, within ATTACH_REACH
 * bytes, and the first line after it that holds anything. */
enum { ATTACH_REACH = 8000 };

bool zc_ext_results_attachment(const zc_ext_sent *st, size_t pos)
{
    const char *t = st->text;
    size_t n = st->d->norm_len;
    reader r = { .st = (zc_ext_sent *)st, .t = t, .ok = true };
    size_t ls = pos;
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    while (ls > 0 && pos - ls <= ATTACH_REACH) {
        size_t le = ls - 1, a = le;
        while (a > 0 && t[a - 1] != '\n')
            a--;
        size_t s1 = a, e1 = le;
        trim(t, &s1, &e1);
        if (e1 > s1 && zc_ext_attachment_label(st->x, t, s1, e1)) {
            size_t s2 = le + 1, e2 = s2;
            for (; s2 < n; s2 = e2 + 1) {   // the title: the next line that holds anything
                const char *nl = memchr(t + s2, '\n', n - s2);
                e2 = nl ? (size_t)(nl - t) : n;
                size_t ts = s2, te = e2;
                trim(t, &ts, &te);
                if (te > ts) {
                    zc_vspan title = { ts, te };
                    return cue_in(&r, title, ZC_XC_TABLE_BASE) &&
                           !cue_in(&r, title, ZC_XC_TABLE_GOAL);
                }
            }
            return false;
        }
        ls = a;
    }
    return false;
}

/* Whether the line from byte `pos` ends, within a cell's length, in a unit in brackets, or the
 * next line is such a unit alone. */
bool zc_ext_unit_header(const zc_ext_sent *st, size_t pos)
{
    const char *t = st->text;
    size_t n = st->d->norm_len;
    reader r = { .st = (zc_ext_sent *)st, .t = t, .ok = true };
    char unit[24];
    double f;
    const char *nl = memchr(t + pos, '\n', n - pos);
    size_t le = nl ? (size_t)(nl - t) : n;
    size_t ls = pos;   // a short line of its own, as a header cell is
    while (ls > 0 && t[ls - 1] != '\n' && pos - ls <= CELL_BYTES)
        ls--;
    if (le - ls > CELL_BYTES || (ls > 0 && t[ls - 1] != '\n'))
        return false;
    size_t s1 = pos, e1 = le;   // brackets end the line: not a % (较上年%), which no form heads
    trim(t, &s1, &e1);
    if (e1 > s1 && t[e1 - 1] == ')' && bracket_unit(&r, s1, e1, unit, &f))
        return true;
    if (le >= n)
        return false;
    const char *nl2 = memchr(t + le + 1, '\n', n - le - 1);
    size_t s2 = le + 1, e2 = nl2 ? (size_t)(nl2 - t) : n;
    trim(t, &s2, &e2);
    return s2 < e2 && t[s2] == '(' && bracket_unit(&r, s2, e2, unit, &f);
}

/* The row label of a figure [s, e) alone on its line, perhaps in brackets or among signs, one
 * cell a line, which no table read placed (奉贤⏎1145.10⏎77): the nearest label-like line above,
 * within ROW_LINES lines, past figures, dashes, units alone (亩, 千升), attribute cells (预期性)
 * and bracketed figures ((86.4%)). Empty for a sentence's figure or under a prose line or a
 * row. */
enum { ROW_LINES = 10 };

zc_vspan zc_ext_table_row_label(const zc_ext_sent *st, size_t s, size_t e)
{
    zc_vspan none = { 0, 0 };
    const char *t = st->text;
    size_t n = st->d->norm_len, a = s, b = e;
    trim(t, &a, &b);
    if (a > 0 && t[a - 1] == '(' && b < n && t[b] == ')')
        a--, b++;   // a base value in brackets: (86.4%)
    // Signs and brackets with no word around it on its line are the cell's marks (○（≤15%）:
    // permitted, up to a share).
    const char *ls = a > 0 ? memrchr(t, '\n', a) : NULL, *le = memchr(t + b, '\n', n - b);
    size_t la = ls ? (size_t)(ls - t) + 1 : 0, lb = le ? (size_t)(le - t) : n;
    if (!zc_ext_worded(t, la, a) && !zc_ext_worded(t, b, lb))
        a = la, b = lb;
    while (a > 0 && is_space(t[a - 1]))
        a--;
    while (b < n && is_space(t[b]))
        b++;
    if ((a > 0 && t[a - 1] != '\n') || (b < n && t[b] != '\n'))
        return none;
    reader r = { .st = (zc_ext_sent *)st, .t = t, .ok = true };
    for (int k = 0; k < ROW_LINES && a > 0; k++) {
        size_t le = a - 1, lo = le > CELL_BYTES + 8 ? le - CELL_BYTES - 8 : 0;
        const char *nl = memrchr(t + lo, '\n', le - lo);
        if (!nl && lo > 0)
            return none;   // longer than a cell: prose above
        tline l = { .s = nl ? (size_t)(nl - t) + 1 : 0, .e = le };
        a = l.s;
        trim(t, &l.s, &l.e);
        l.kind = line_kind(st, l.s, l.e, &l.sep);
        if (l.kind == L_LONG || l.kind == L_ROW)
            return none;
        if (l.kind == L_TEXT && label_like(&r, &l))
            return (zc_vspan){ l.s, l.e };
    }
    return none;
}

const zc_ext_tspan *zc_ext_table_part(const zc_ext_sent *st, size_t s, size_t e)
{
    zc_ext_table_cell(st, s, e);   // reads the tables on first use
    size_t lo = 0, hi = st->tparts.len;   // the first part ending after s
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ZC_VEC_AT(&st->tparts, zc_ext_tspan, mid).end <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == st->tparts.len)
        return NULL;
    const zc_ext_tspan *t = &ZC_VEC_AT(&st->tparts, zc_ext_tspan, lo);
    return t->start <= s && e <= t->end ? t : NULL;
}

const zc_ext_cell *zc_ext_table_cell(const zc_ext_sent *st, size_t s, size_t e)
{
    if (!st->cells_read) {   // a cache of the doc's tables: the context itself is not const
        zc_ext_sent *w = (zc_ext_sent *)st;
        w->cells_read = true;
        read_tables(w);
    }
    size_t lo = 0, hi = st->cells.len;   // the first cell ending after s
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ZC_VEC_AT(&st->cells, zc_ext_cell, mid).end <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == st->cells.len)
        return NULL;
    const zc_ext_cell *c = &ZC_VEC_AT(&st->cells, zc_ext_cell, lo);
    return c->start <= s && e <= c->end ? c : NULL;
}
