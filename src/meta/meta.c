/*
 * meta.c — document metadata: what an archivist catalogues a document by. Reads the matching
 * view's lines (the head: title, 发文字号, date and organ lines, addressees; the tail:
 * signature block, date of issue, 抄送) with the lists of dicts/meta/ and the time grammar of
 * dicts/lex for dates; adds a zc_meta_doc layer to the doc: title, issuer(s), doc_number
 * (raw, agency, year, serial), date_issued, doc_type and genre, addressees, cc, signatory, and
 * for speeches speaker and occasion, each a span of the view mapped to the original at
 * output. A field the document does not state stays null: nothing is guessed.
 */
#include <stdlib.h>
#include <string.h>

#include "core/tsv.h"
#include "quantity/quantity_int.h"
#include "meta/meta_int.h"
#include "zc_int.h"
#include "zc_regex.h"

#define HEAD_LINES 8    /* lines at the start that may hold title, number, dates, addressees */
#define TAIL_LINES 12   /* lines at the end: the signature block, 抄送, attachment lists */
#define MAX_LIST 16

typedef struct entry {
    char *surface;
    char *value, *genre;    /* doc_types; title_verbs: value, the verb's role */
    char *reads;            /* doc_types only: the genre extraction reads it as, or NULL */
} entry;

typedef struct table {
    entry *e;
    size_t n, cap;
} table;

struct zc_meta_model {
    table types, organs, roles, addressees, verbs;
    pcre2_code *docnum, *order[3], *serial_line;
};

typedef struct span {
    size_t s, e;            /* view bytes; s == e: not stated */
} span;

typedef struct zc_meta_doc {
    span title;
    const entry *type;      /* the doc type the title ends with */
    span type_at;
    span issuer[MAX_LIST];
    int nissuer;
    span docnum, agency;
    int year;
    long serial;
    span date;
    char date_iso[11];
    span addr[MAX_LIST], cc[MAX_LIST];
    int naddr, ncc;
    span signatory, speaker, occasion;
} zc_meta_doc;

/* ---- the model ---------------------------------------------------------------------------- */

static zc_status load_table(zc_model *m, const char *dir, const char *name, int ncol,
                            table *t)
{
    zc_tsv tsv;
    char err[512];
    zc_status s = zc_tsv_open(&tsv, dir, name, err, sizeof err);
    if (s != ZC_OK)
        return zc_model_fail(m, s, "%s", err);
    int r;
    while ((r = zc_tsv_next(&tsv, err, sizeof err)) == 1) {
        // doc_types may add a fourth column: the genre extraction reads the kind as.
        if ((tsv.ncol != ncol && !(ncol == 3 && tsv.ncol == 4)) || !*tsv.col[0]) {
            zc_tsv_error(&tsv, err, sizeof err, "expected %d non-empty column(s), got %d", ncol,
                         tsv.ncol);
            r = -1;
            break;
        }
        if (t->n == t->cap) {
            size_t c = t->cap ? t->cap * 2 : 64;
            entry *ne = realloc(t->e, c * sizeof *ne);
            if (!ne) {
                zc_tsv_close(&tsv);
                return zc_model_fail(m, ZC_ENOMEM, "out of memory");
            }
            t->e = ne;
            t->cap = c;
        }
        entry *e = &t->e[t->n];
        memset(e, 0, sizeof *e);
        e->surface = strdup(tsv.col[0]);
        if (ncol == 2)
            e->value = strdup(tsv.col[1]);
        if (ncol == 3) {
            e->value = strdup(tsv.col[1]);
            e->genre = strdup(tsv.col[2]);
            e->reads = tsv.ncol == 4 ? strdup(tsv.col[3]) : NULL;
        }
        if (!e->surface || (ncol >= 2 && !e->value) || (ncol == 3 && !e->genre) ||
            (tsv.ncol == 4 && !e->reads)) {
            free(e->surface);
            free(e->value);
            free(e->genre);
            free(e->reads);
            zc_tsv_close(&tsv);
            return zc_model_fail(m, ZC_ENOMEM, "out of memory");
        }
        t->n++;
    }
    zc_tsv_close(&tsv);
    return r < 0 ? zc_model_fail(m, ZC_EFORMAT, "%s", err) : ZC_OK;
}

static zc_status compile(zc_model *m, const char *pat, pcre2_code **out)
{
    char why[300];
    if (!(*out = zc_regex_compile(pat, PCRE2_ZERO_TERMINATED, 0, why, sizeof why)))
        return zc_model_fail(m, ZC_EREGEX, "meta: %s", why);
    return ZC_OK;
}

static void free_table(table *t)
{
    for (size_t i = 0; i < t->n; i++) {
        free(t->e[i].surface);
        free(t->e[i].value);
        free(t->e[i].genre);
        free(t->e[i].reads);
    }
    free(t->e);
}

void zc_meta_model_free(struct zc_meta_model *mm)
{
    if (!mm)
        return;
    free_table(&mm->types);
    free_table(&mm->organs);
    free_table(&mm->roles);
    free_table(&mm->addressees);
    free_table(&mm->verbs);
    pcre2_code_free(mm->docnum);
    for (size_t k = 0; k < ZC_NELEM(mm->order); k++)
        pcre2_code_free(mm->order[k]);
    pcre2_code_free(mm->serial_line);
    free(mm);
}

zc_status zc_meta_model_load(zc_model *m, const char *dictdir)
{
    struct zc_meta_model *mm = calloc(1, sizeof *mm);
    if (!mm)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    m->meta = mm;
    size_t n = strlen(dictdir) + 8;
    char *dir = malloc(n);
    if (!dir)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    snprintf(dir, n, "%s/meta", dictdir);
    // 发文字号 (GB/T 9704-2012 7.2.4): agency code, year in 〔〕 (also [] 【】 ()), serial 号;
    // an order's number: …令第706号, or 第706号 alone under a line ending in 令.
    zc_status s = load_table(m, dir, "doc_types.tsv", 3, &mm->types);
    if (s == ZC_OK)
        s = load_table(m, dir, "organs.tsv", 1, &mm->organs);
    if (s == ZC_OK)
        s = load_table(m, dir, "roles.tsv", 1, &mm->roles);
    if (s == ZC_OK)
        s = load_table(m, dir, "addressees.tsv", 1, &mm->addressees);
    if (s == ZC_OK)
        s = load_table(m, dir, "title_verbs.tsv", 2, &mm->verbs);
    for (size_t i = 0; s == ZC_OK && i < mm->verbs.n; i++)
        if (strcmp(mm->verbs.e[i].value, "issue") && strcmp(mm->verbs.e[i].value, "inform"))
            s = zc_model_fail(m, ZC_EFORMAT, "%s/title_verbs.tsv: %s: role must be issue or inform",
                              dir, mm->verbs.e[i].surface);
    if (s == ZC_OK)
        s = compile(m,
                    "(?<agency>\\p{Han}[\\p{Han}A-Za-z]{0,15}?)\\s*[〔\\[【(]\\s*"
                    "(?<year>(?:19|20)\\d\\d)\\s*[〕\\]】)]\\s*第?\\s*(?<serial>\\d{1,6})\\s*号",
                    &mm->docnum);
    // Orders and announcements: …令第706号, 食品药品监管局、海关总署第4号令, …公告第12号.
    static const char *const orders[] = {
        "(?<agency>\\p{Han}{1,20}令)\\s*第\\s*(?<serial>\\d{1,6})\\s*号",
        "(?<agency>\\p{Han}[\\p{Han}、]{0,40}?)\\s*第\\s*(?<serial>\\d{1,6})\\s*号令",
        "(?<agency>\\p{Han}{0,30}公告)\\s*第\\s*(?<serial>\\d{1,6})\\s*号"};
    for (size_t k = 0; s == ZC_OK && k < ZC_NELEM(orders); k++)
        s = compile(m, orders[k], &mm->order[k]);
    if (s == ZC_OK)
        s = compile(m, "^第\\s*(?<serial>\\d{1,6})\\s*号$", &mm->serial_line);
    free(dir);
    return s;
}

/* ---- lines of the view -------------------------------------------------------------------- */

typedef struct line {
    size_t s, e;            /* view bytes, spaces trimmed */
} line;

static span trim(const char *t, size_t s, size_t e)
{
    while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '\r' || t[s] == '\n'))
        s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r' || t[e - 1] == '\n'))
        e--;
    return (span){s, e};
}

static bool contains(const char *s, size_t n, const char *what)
{
    size_t k = strlen(what);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, what, k) == 0)
            return true;
    return false;
}

/* The view's non-empty lines, at most `cap`; *n receives their number. */
static line *view_lines(const char *t, size_t len, size_t *n)
{
    size_t cap = 64;
    line *ls = malloc(cap * sizeof *ls);
    *n = 0;
    for (size_t s = 0; ls && s < len;) {
        const char *nl = memchr(t + s, '\n', len - s);
        size_t e = nl ? (size_t)(nl - t) : len;
        span sp = trim(t, s, e);
        if (sp.e > sp.s) {
            if (*n == cap) {
                line *nls = realloc(ls, (cap *= 2) * sizeof *nls);
                if (!nls) {
                    free(ls);
                    return NULL;
                }
                ls = nls;
            }
            ls[(*n)++] = (line){sp.s, sp.e};
        }
        s = e + 1;
    }
    return ls;
}

/* Copies view bytes [s, e) without spaces into buf (NUL-terminated); returns its length. */
static size_t squeeze(const char *t, size_t s, size_t e, char *buf, size_t cap)
{
    size_t n = 0;
    for (size_t i = s; i < e && n + 1 < cap; i++)
        if (t[i] != ' ' && t[i] != '\t')
            buf[n++] = t[i];
    buf[n] = '\0';
    return n;
}

static bool ends_with(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return k <= n && memcmp(s + n - k, suf, k) == 0;
}

static bool starts_with(const char *s, size_t n, const char *pre)
{
    size_t k = strlen(pre);
    return k <= n && memcmp(s, pre, k) == 0;
}

/* The longest entry of `t` that s[0, n) ends with, or NULL. */
static const entry *longest_suffix(const table *t, const char *s, size_t n)
{
    const entry *best = NULL;
    for (size_t i = 0; i < t->n; i++)
        if (ends_with(s, n, t->e[i].surface) &&
            (!best || strlen(t->e[i].surface) > strlen(best->surface)))
            best = &t->e[i];
    return best;
}

/* True when the view text [s, e) is all Chinese characters (at least `min` of them, at most
 * `max`), the shape of a personal name or an organ on its own line. */
static bool all_han(const char *t, size_t s, size_t e, size_t min, size_t max)
{
    size_t n = 0;
    for (size_t i = s; i < e;) {
        int32_t c = zc_utf8_next((const uint8_t *)t, e, &i);
        if (c < 0x3400 || c > 0x9FFF)
            return false;
        n++;
    }
    return n >= min && n <= max;
}

/* Byte length of the last character of t[s, e) (0 when empty). */
static size_t last_char_len(const char *t, size_t s, size_t e)
{
    size_t k = e;
    while (k > s && ((unsigned char)t[k - 1] & 0xC0) == 0x80)
        k--;
    return k > s ? e - (k - 1) : 0;
}

/* True when the line ends like a sentence or a clause (。!?;:, in the view after NFKC). */
static bool ends_clause(const char *t, line l)
{
    static const char *const ends[] = {"。", "!", "?", ";", ":", ",", "、", "…", "."};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
        if (ends_with(t + l.s, l.e - l.s, ends[i]))
            return true;
    return false;
}

/* Bytes of the digit or Chinese numeral character at s (0 when there is none). */
static size_t numeral_len(const char *s, size_t n)
{
    static const char *const cn[] = {"〇", "零", "一", "二", "三", "四", "五", "六", "七", "八",
                                     "九", "十", "百"};
    if (n && s[0] >= '0' && s[0] <= '9')
        return 1;
    for (size_t k = 0; k < sizeof cn / sizeof *cn; k++)
        if (starts_with(s, n, cn[k]))
            return strlen(cn[k]);
    return 0;
}

/* True when the line opens with a list or heading marker: 一、 (一) 第一章 第一条 1. 1、 */
static bool list_marker(const char *t, line l)
{
    const char *s = t + l.s;
    size_t n = l.e - l.s;
    static const char *const nums[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (starts_with(s, n, "("))
        return true;
    if (starts_with(s, n, "第")) {   // 第一章, 第三条, 第二节, 第一、 — not 第2741号提案
        size_t i = strlen("第");
        for (size_t k; i < n && (k = numeral_len(s + i, n - i));)
            i += k;
        static const char *const after[] = {"章", "条", "节", "款", "编", "部分", "、", ",", "."};
        for (size_t k = 0; i > strlen("第") && k < sizeof after / sizeof *after; k++)
            if (starts_with(s + i, n - i, after[k]))
                return true;
        return false;
    }
    if (n && s[0] >= '0' && s[0] <= '9') {
        size_t i = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        return i < n && (s[i] == '.' || starts_with(s + i, n - i, "、"));
    }
    for (size_t k = 0; k < 10; k++)
        if (starts_with(s, n, nums[k])) {
            size_t i = strlen(nums[k]);
            return starts_with(s + i, n - i, "、") || starts_with(s + i, n - i, "是");
        }
    return false;
}

/* A full date (year, month and day) at the start of the line, after an optional "(": its span
 * and ISO value; false when the line does not open with one. */
static bool date_at(const zc_model *m, const char *t, line l, span *at, char iso[11])
{
    size_t s = l.s;
    if (t[s] == '(')
        s++;
    size_t consumed = 0;
    zc_timex tx;
    if (!zc_timex_parse(m->match->lex, t + s, l.e - s, NULL, &consumed, &tx) ||
        tx.kind != ZC_TX_DATE || strlen(tx.date) != 10 || tx.date[0] == 'X')
        return false;
    // The expression may take a cue word after the date (前, 起): keep the date's 日.
    size_t e = s + consumed;
    while (e > s && !ends_with(t + s, e - s, "日") && !ends_with(t + s, e - s, "号"))
        e -= last_char_len(t, s, e);
    if (e == s)
        return false;
    *at = (span){s, e};
    memcpy(iso, tx.date, 11);
    return true;
}

/* True when the whole line is a year and month, or a year, in parentheses ((2023年5月),
 * (2020年)): a date of issue as a 公报 or 公告 gives it under its title; ISO 2023-05, 2020. */
static bool partial_date_line(const zc_model *m, const char *t, line l, span *at, char iso[11])
{
    if (l.e - l.s < 3 || t[l.s] != '(' || t[l.e - 1] != ')')
        return false;
    size_t consumed = 0;
    zc_timex tx;
    size_t s = l.s + 1, e = l.e - 1;
    if (!zc_timex_parse(m->match->lex, t + s, e - s, NULL, &consumed, &tx) ||
        tx.kind != ZC_TX_DATE || s + consumed != e || tx.date[0] == 'X' ||
        (strlen(tx.date) != 7 && strlen(tx.date) != 4))
        return false;
    for (size_t i = 0; tx.date[i]; i++)   // not a season or a quarter (2010-Q1)
        if (!(tx.date[i] >= '0' && tx.date[i] <= '9') && tx.date[i] != '-')
            return false;
    *at = (span){s, e};
    memcpy(iso, tx.date, strlen(tx.date) + 1);
    return true;
}

/* True when the whole line is a date (maybe in parentheses): a date line. Joint issuers'
 * signature blocks set their dates side by side (2022年12月12日      2022年12月12日): a line of
 * dates separated by spaces is one too, dated by its first. */
static bool date_line(const zc_model *m, const char *t, line l, span *at, char iso[11])
{
    if (!date_at(m, t, l, at, iso))
        return false;
    span rest = trim(t, at->e, l.e);
    span next;
    char other[11];
    return rest.e == rest.s || (rest.e - rest.s == 1 && t[rest.s] == ')') ||
           (rest.s > at->e && date_line(m, t, (line){ rest.s, l.e }, &next, other));
}

/* True when the line is a speech's subtitle: a dash, the day it was given and where
 * (——1983年6月6日在第六届全国人民代表大会第一次会议上, the form of every government work
 * report): the speech's date, its date of issue. */
static bool subtitle_date(const zc_model *m, const char *t, line l, span *at, char iso[11])
{
    size_t s = l.s;
    while (starts_with(t + s, l.e - s, "—"))
        s += strlen("—");
    if (s == l.s || !date_at(m, t, (line){s, l.e}, at, iso))
        return false;
    return contains(t + at->e, l.e - at->e, "在");
}

/* Adds the issuers named in view text [s, e): names separated by spaces or 、, each ending in
 * an organ suffix; all or nothing. */
static bool take_issuers(const struct zc_meta_model *mm, const char *t, size_t s, size_t e,
                         zc_meta_doc *md)
{
    span parts[MAX_LIST];
    int n = 0;
    for (size_t i = s; i < e && n < MAX_LIST;) {
        size_t j = i;
        while (j < e && t[j] != ' ' && t[j] != '\n' && !starts_with(t + j, e - j, "、"))
            j++;
        if (j > i) {
            if (!longest_suffix(&mm->organs, t + i, j - i) || !all_han(t, i, j, 2, 30))
                return false;
            parts[n++] = (span){i, j};
        }
        i = j < e && (t[j] == ' ' || t[j] == '\n') ? j + 1 : j + (j < e ? strlen("、") : 0);
    }
    if (!n)
        return false;
    for (int k = 0; k < n && md->nissuer < MAX_LIST; k++)
        md->issuer[md->nissuer++] = parts[k];
    return true;
}

/* True when every comma-separated part of view text [s, e) ends like an addressee: an organ,
 * a role or one of addressees.tsv. */
static bool addressee_line(const struct zc_meta_model *mm, const char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e;) {
        size_t j = i;
        while (j < e && t[j] != ',' && t[j] != ';')
            j++;
        span p = trim(t, i, j);
        if (p.e > p.s && !longest_suffix(&mm->organs, t + p.s, p.e - p.s) &&
            !longest_suffix(&mm->roles, t + p.s, p.e - p.s) &&
            !longest_suffix(&mm->addressees, t + p.s, p.e - p.s))
            return false;
        i = j + 1;
    }
    return true;
}

/* Splits view text [s, e) at the separators into md's list (addressees or cc). */
static void take_list(const char *t, size_t s, size_t e, bool comma_only, span *out, int *n)
{
    for (size_t i = s; i < e && *n < MAX_LIST;) {
        size_t j = i;
        while (j < e && t[j] != ',' && t[j] != ';' &&
               (comma_only || !starts_with(t + j, e - j, "、")) &&
               !starts_with(t + j, e - j, "。"))
            j++;
        span sp = trim(t, i, j);
        if (sp.e > sp.s)
            out[(*n)++] = sp;
        i = j < e ? j + (t[j] == ',' || t[j] == ';' ? 1 : 3) : e;
    }
}

static int group_span(pcre2_match_data *md, const char *name, const pcre2_code *re, size_t base,
                      span *out)
{
    int k = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (k < 0 || ov[2 * k] == PCRE2_UNSET)
        return 0;
    *out = (span){base + ov[2 * k], base + ov[2 * k + 1]};
    return 1;
}

static long digits(const char *t, span sp)
{
    long v = 0;
    for (size_t i = sp.s; i < sp.e; i++)
        if (t[i] >= '0' && t[i] <= '9')
            v = v * 10 + (t[i] - '0');
    return v;
}

/* The first order pattern that matches s[0, n), or -1. */
static int order_match(const struct zc_meta_model *mm, const char *s, size_t n,
                       pcre2_match_data *md, pcre2_match_context *mc)
{
    for (size_t k = 0; k < ZC_NELEM(mm->order); k++)
        if (zc_regex_match(mm->order[k], s, n, 0, 0, md, mc) > 0)
            return (int)k;
    return -1;
}

/* 发文字号 in line l (or 第N号 under an order's title line `prev`). A line that reads as a
 * sentence (a comma or a full stop in it) holds numbers it cites, not its own. */
static bool find_docnum(const zc_model *m, const char *t, line l, const line *prev,
                        pcre2_match_data *md, zc_meta_doc *out)
{
    const struct zc_meta_model *mm = m->meta;
    pcre2_match_context *mc = m->pcre_mctx;
    const char *s = t + l.s;
    size_t n = l.e - l.s;
    span year = {0, 0}, serial = {0, 0};
    int k;
    if (contains(s, n, ",") || contains(s, n, "。") || contains(s, n, "《"))
        return false;
    if (zc_regex_match(mm->docnum, s, n, 0, 0, md, mc) > 0) {
        group_span(md, "agency", mm->docnum, l.s, &out->agency);
        group_span(md, "year", mm->docnum, l.s, &year);
        group_span(md, "serial", mm->docnum, l.s, &serial);
    } else if ((k = order_match(mm, s, n, md, mc)) >= 0) {
        group_span(md, "agency", mm->order[k], l.s, &out->agency);
        group_span(md, "serial", mm->order[k], l.s, &serial);
    } else if (prev && ends_with(t + prev->s, prev->e - prev->s, "令") &&
               zc_regex_match(mm->serial_line, s, n, 0, 0, md, mc) > 0) {
        out->agency = (span){prev->s, prev->e};
        group_span(md, "serial", mm->serial_line, l.s, &serial);
    } else {
        return false;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    out->docnum = (span){l.s + ov[0], l.s + ov[1]};
    if (out->agency.s >= out->docnum.s && out->agency.e <= out->docnum.e)
        out->docnum.s = out->agency.s;
    out->year = year.e > year.s ? (int)digits(t, year) : 0;
    out->serial = digits(t, serial);
    return true;
}

/* The kind of document view text [s, e) ends with (spaces and a closing parenthesis such as
 * (试行) or (2021—2025年) ignored), or NULL. */
static const entry *title_type(const struct zc_meta_model *mm, const char *t, size_t s, size_t e)
{
    char buf[1024];
    size_t k = squeeze(t, s, e, buf, sizeof buf);
    if (k && buf[k - 1] == ')') {
        char *open = strrchr(buf, '(');
        if (open)
            k = (size_t)(open - buf);
    }
    return longest_suffix(&mm->types, buf, k);
}

/* The title: the first lines (a title may be broken over up to four) down to the one that
 * ends with a kind of document; or a first line alone that a number or an addressee follows.
 * Never a heading, a clause or a long line. */
static void find_title(const struct zc_meta_model *mm, const char *t, const line *ls, size_t n,
                       zc_meta_doc *md)
{
    if (!n || list_marker(t, ls[0]) || ends_clause(t, ls[0]) || ls[0].e - ls[0].s > 240 ||
        ends_with(t + ls[0].s, ls[0].e - ls[0].s, "号"))
        return;
    span title = {0, 0};
    const entry *type = NULL;
    for (size_t k = 0; k < n && k < 4 && !type; k++) {
        line l = ls[k];
        if (k && (list_marker(t, l) || ends_clause(t, l) || l.e - l.s > 120 ||
                  ends_with(t + l.s, l.e - l.s, "号")))
            break;
        const entry *ty = title_type(mm, t, ls[0].s, l.e);
        // Below the first line, a one-character kind (函, 法, 令) only after 的 (…情况的函).
        size_t sl = ty ? strlen(ty->surface) : 0;
        if (ty && k && sl < 6) {
            char buf[1024];
            size_t q = squeeze(t, ls[0].s, l.e, buf, sizeof buf);
            if (buf[q - 1] == ')' && strrchr(buf, '('))
                q = (size_t)(strrchr(buf, '(') - buf);
            if (q < sl + 3 || memcmp(buf + q - sl - 3, "的", 3) != 0)
                ty = NULL;
        }
        if (ty) {
            type = ty;
            title = (span){ls[0].s, l.e};
        }
    }
    if (!type) {
        // A headline: followed by a number or addressees, or short above a longer body line.
        size_t len0 = ls[0].e - ls[0].s;
        bool marked = n > 1 && (ends_with(t + ls[1].s, ls[1].e - ls[1].s, "号") ||
                                ends_with(t + ls[1].s, ls[1].e - ls[1].s, ":"));
        bool headline = len0 <= 40 * 3 && n > 1 && ls[1].e - ls[1].s > 2 * len0;
        if (!(marked || headline) || len0 > 90)
            return;
        title = (span){ls[0].s, ls[0].e};
    }
    md->title = title;
    md->type = type;
    if (type) {   // the kind's place in the view: the title's last occurrence of it
        size_t sl = strlen(type->surface);
        for (size_t i = title.e; i >= title.s + sl; i--)
            if (memcmp(t + i - sl, type->surface, sl) == 0) {
                md->type_at = (span){i - sl, i};
                break;
            }
    }
}

/* Bytes of a news agency's dateline opening the line (新华社北京10月23日电, 本报讯 is not
 * one): at most 16 characters closed by a day of the month and 电; 0 when there is none. */
static size_t dateline_len(const char *t, line l)
{
    const char *s = t + l.s;
    size_t n = l.e - l.s, lim = n < 16 * 3 + 6 ? n : 16 * 3 + 6;
    for (size_t i = 0; i + 6 <= lim; i++) {
        if (!starts_with(s + i, n - i, "日电"))
            continue;
        size_t k = i;   // back over the day's numerals (Arabic, or Chinese of 3 bytes) to 月
        while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        while (k >= 3 && numeral_len(s + k - 3, 3) == 3)
            k -= 3;
        return k < i && k >= 3 && memcmp(s + k - 3, "月", 3) == 0 ? i + strlen("日电") : 0;
    }
    return 0;
}

/* A title that runs on into the text on one line, closed by its date in parentheses
 * (…座谈会上的讲话(2018年2月12日)习近平…): the title up to the parenthesis, and the date. */
static void one_line_title(const zc_model *m, const char *t, line l, zc_meta_doc *md)
{
    if (list_marker(t, l))
        return;
    l.s += dateline_len(t, l);
    size_t lim = l.e - l.s < 400 ? l.e : l.s + 400;
    for (size_t p = l.s; p < lim; p++) {
        if (t[p] != '(' || p == l.s)
            continue;
        span at;
        char iso[11];
        const entry *ty = title_type(m->meta, t, l.s, p);
        // The date may carry a place: (2020年11月27日,北京).
        if (!ty || !date_at(m, t, (line){p, l.e}, &at, iso) || at.e >= l.e ||
            (t[at.e] != ')' && t[at.e] != ','))
            continue;
        if (contains(t + l.s, p - l.s, "。"))
            return;   // a sentence came first: no title there
        md->title = (span){l.s, p};
        md->type = ty;
        size_t sl = strlen(ty->surface);
        md->type_at = (span){p - sl, p};
        md->date = at;
        memcpy(md->date_iso, iso, 11);
        return;
    }
}

/* Issuers at the head of the title: the organs before 关于/对/印发/转发/批转/在. */
static void title_issuers(const struct zc_meta_model *mm, const char *t, zc_meta_doc *md)
{
    static const char *const cues[] = {"关于", "对", "印发", "转发", "批转"};
    for (size_t i = md->title.s; i < md->title.e; i++)
        for (size_t c = 0; c < sizeof cues / sizeof *cues; c++)
            if (starts_with(t + i, md->title.e - i, cues[c])) {
                span p = trim(t, md->title.s, i);
                if (p.e > p.s && take_issuers(mm, t, p.s, p.e, md))
                    return;
                if (c == 0)
                    return;   // the first 关于 decides
            }
}

/* A speech's occasion (在…上的讲话) and speaker (the name before 在, or a line of a name
 * after the title). */
static void speech_parts(const char *t, const line *ls, size_t n, size_t after_title,
                         zc_meta_doc *md)
{
    static const char *const ends[] = {"上的讲话", "上的致辞", "上的发言", "上的主旨演讲",
                                       "上的报告", "上的重要讲话"};
    for (size_t li = 0; li < n && li < 3; li++) {
        const char *s = t + ls[li].s;
        size_t len = ls[li].e - ls[li].s;
        for (size_t i = 0; i < len; i++) {
            if (!starts_with(s + i, len - i, "在"))
                continue;
            for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
                const char *hit = NULL;
                for (size_t j = i + 3; j + strlen(ends[k]) <= len && !hit; j++)
                    if (memcmp(s + j, ends[k], strlen(ends[k])) == 0)
                        hit = s + j;
                if (!hit)
                    continue;
                md->occasion = (span){ls[li].s + i + 3, (size_t)(hit - t)};
                span who = trim(t, ls[li].s, ls[li].s + i);
                if (who.e > who.s && t[who.s] != '-' && all_han(t, who.s, who.e, 2, 4))
                    md->speaker = who;
                goto speaker_line;
            }
            break;
        }
    }
speaker_line:
    if (md->speaker.e == md->speaker.s && after_title < n &&
        all_han(t, ls[after_title].s, ls[after_title].e, 2, 4))
        md->speaker = (span){ls[after_title].s, ls[after_title].e};
}

/* A signatory: a line of a role and a name (总理 李克强). */
static void find_signatory(const struct zc_meta_model *mm, const char *t, line l,
                           zc_meta_doc *md)
{
    for (size_t i = 0; i < mm->roles.n; i++) {
        const char *r = mm->roles.e[i].surface;
        if (!starts_with(t + l.s, l.e - l.s, r))
            continue;
        span name = trim(t, l.s + strlen(r), l.e);
        if (name.s > l.s + strlen(r) && all_han(t, name.s, name.e, 2, 4)) {
            md->signatory = name;
            return;
        }
    }
}

static void meta_doc_free(void *p)
{
    free(p);
}

/* A number set above the title (穗工信函〔2025〕256号 on the first line) is the number: the
 * number of such lines (at most two). */
static size_t number_above(const zc_model *m, const char *t, const line *ls, size_t n,
                           pcre2_match_data *pmd, zc_meta_doc *md)
{
    size_t top = 0;
    while (top < n && top < 2 && ends_with(t + ls[top].s, ls[top].e - ls[top].s, "号") &&
           ls[top].e - ls[top].s <= 40 * 3 && find_docnum(m, t, ls[top], NULL, pmd, md))
        top++;
    return top;
}

/* Organs on their own lines under the title (大庆市统计局 / 国家统计局大庆调查队), a date
 * line under them. */
static void organ_lines(const zc_model *m, const char *t, const line *ls, size_t n,
                        size_t after, zc_meta_doc *md)
{
    for (size_t i = after; !md->nissuer && i < n && i < after + 4; i++) {
        zc_meta_doc tmp = {0};
        size_t j = i;
        while (j < n && j < i + 4 && ls[j].e - ls[j].s <= 30 * 3 &&
               take_issuers(m->meta, t, ls[j].s, ls[j].e, &tmp))
            j++;
        if (j > i && j < n &&
            (date_at(m, t, ls[j], &(span){0, 0}, (char[11]){0}) ||
             partial_date_line(m, t, ls[j], &(span){0, 0}, (char[11]){0}))) {
            memcpy(md->issuer, tmp.issuer, sizeof tmp.issuer);
            md->nissuer = tmp.nissuer;
        }
        if (j > i)
            break;
    }
}

/* The organ of a line that issues the document (1987年4月29日 国务院发布), rest [s, e) after
 * its date and ending in the verb: less a session (第四十次会议) or an order number. */
static void issuing_organ(const struct zc_meta_model *mm, const char *t, span rest,
                          zc_meta_doc *md)
{
    const char *r = t + rest.s;
    size_t rn = rest.e - rest.s;
    size_t e = rest.e - strlen("发布");
    if (ends_with(r, rn, ")"))
        e -= 1;
    for (size_t j = rest.s; j < e; j++)
        if (starts_with(t + j, e - j, "第") && j > rest.s &&
            longest_suffix(&mm->organs, t + rest.s, j - rest.s)) {
            e = j;
            break;
        }
    const char *ling = NULL;
    for (size_t j = rest.s; j + 3 <= e && !ling; j++)
        if (starts_with(t + j, e - j, "令第"))
            ling = t + j;
    if (ling)
        e = (size_t)(ling - t);
    take_issuers(mm, t, rest.s, e, md);
}

/* The head under the title: the number, a date under the title or of an issuing line (its
 * span and value in *hdate, hiso), addressees and a signatory. */
static void scan_head(const zc_model *m, const char *t, const line *ls, size_t n, size_t after,
                      pcre2_match_data *pmd, zc_meta_doc *md, span *hdate, char hiso[11])
{
    size_t head = n < HEAD_LINES ? n : HEAD_LINES;
    for (size_t i = after; i < head; i++) {
        line l = ls[i];
        if (md->docnum.e == md->docnum.s)
            find_docnum(m, t, l, i ? &ls[i - 1] : NULL, pmd, md);
        span at;
        char iso[11];
        // A date of year and month, or year, in parentheses right under the title or its
        // organ lines ((2023年5月)).
        if (hdate->e == hdate->s && i <= after + 3 && partial_date_line(m, t, l, &at, iso)) {
            *hdate = at;
            memcpy(hiso, iso, 11);
        }
        if (hdate->e == hdate->s && date_at(m, t, l, &at, iso)) {
            // A bare date under the title, or a date of issue with its organ (1987年4月29日
            // 国务院发布): not the dates of approval or of a revision.
            span rest = trim(t, at.e, l.e);
            const char *r = t + rest.s;
            size_t rn = rest.e - rest.s;
            bool bare = rn == 0 || (rn == 1 && *r == ')');
            bool issued = ends_with(r, rn, "发布") || ends_with(r, rn, "公布") ||
                          ends_with(r, rn, "通过") || ends_with(r, rn, "印发") ||
                          ends_with(r, rn, "发布)") || ends_with(r, rn, "公布)");
            if (bare || issued) {
                *hdate = at;
                memcpy(hiso, iso, 11);
            }
            if (issued && !md->nissuer)
                issuing_organ(m->meta, t, rest, md);
        }
        if (hdate->e == hdate->s && i <= after + 3 && subtitle_date(m, t, l, &at, iso)) {
            *hdate = at;
            memcpy(hiso, iso, 11);
        }
        // Addressees: a line ending in a colon right under the title and number.
        if (!md->naddr && i <= after + 2 && ends_with(t + l.s, l.e - l.s, ":") &&
            !list_marker(t, l) && l.e - l.s <= 360 && !contains(t + l.s, l.e - l.s, "。") &&
            addressee_line(m->meta, t, l.s, l.e - 1))
            take_list(t, l.s, l.e - 1, true, md->addr, &md->naddr);
        if (md->signatory.e == md->signatory.s)
            find_signatory(m->meta, t, l, md);
    }
}

/* The first line below the head that opens the attachments (附件1, 附件2. alone on a line):
 * the document's own signature is above it. n when there is none. */
static size_t attachments_start(const char *t, const line *ls, size_t n, size_t from)
{
    for (size_t i = from; i < n; i++) {
        const char *s = t + ls[i].s;
        size_t len = ls[i].e - ls[i].s;
        if (!starts_with(s, len, "附件"))
            continue;
        size_t k = strlen("附件"), d;
        while (k < len && (d = numeral_len(s + k, len - k)))
            k += d;
        if (k < len && (s[k] == '.' || s[k] == ':' || starts_with(s + k, len - k, "、")))
            k += s[k] == '.' || s[k] == ':' ? 1 : strlen("、");
        if (k == len)
            return i;
    }
    return n;
}

/* 抄送 and the signature block: a date line near the end of the document's own text (above
 * its attachments), the organs on the lines above it; a signatory near the very end. */
static void scan_tail(const zc_model *m, const char *t, const line *ls, size_t n, size_t after,
                      size_t head, size_t body_end, zc_meta_doc *md)
{
    // 抄送 opens its line: looked for below the title even in a document as short as its head.
    for (size_t i = n; !md->ncc && i-- > (n > TAIL_LINES + after ? n - TAIL_LINES : after);) {
        line l = ls[i];
        size_t s = l.s + strlen("抄送");
        if (starts_with(t + l.s, l.e - l.s, "抄送") && s < l.e && t[s] == ':')
            take_list(t, s + 1, l.e, false, md->cc, &md->ncc);
    }
    size_t tail = n > TAIL_LINES ? n - TAIL_LINES : 0;
    if (tail < head)
        tail = head;
    size_t sig = body_end > TAIL_LINES ? body_end - TAIL_LINES : 0;
    if (sig < head)
        sig = head;
    for (size_t i = n; i-- > (tail < sig ? tail : sig);) {
        line l = ls[i];
        if (i >= tail && starts_with(t + l.s, l.e - l.s, "抄送"))
            continue;
        span at;
        char iso[11];
        if (i >= sig && i < body_end && md->date.e == md->date.s &&
            date_line(m, t, l, &at, iso)) {
            md->date = at;
            memcpy(md->date_iso, iso, 11);
            zc_meta_doc tmp = {0};
            for (size_t j = i; j-- > sig && j + 3 >= i;) {
                if (!take_issuers(m->meta, t, ls[j].s, ls[j].e, &tmp))
                    break;
            }
            if (tmp.nissuer && !md->nissuer) {   // lines read upwards: restore their order
                for (int k = tmp.nissuer; k-- > 0;)
                    md->issuer[md->nissuer++] = tmp.issuer[k];
            }
        }
        if (md->signatory.e == md->signatory.s && (i >= tail || i < body_end))
            find_signatory(m->meta, t, l, md);
    }
}

/* A signature block above a long attachment: the last organ line with a date line under it. */
static void signature_above(const zc_model *m, const char *t, const line *ls, size_t from,
                            size_t after, zc_meta_doc *md)
{
    for (size_t i = from; md->date.e == md->date.s && i-- > after + 1;) {
        span at;
        char iso[11];
        zc_meta_doc tmp = {0};
        if (date_line(m, t, ls[i], &at, iso) && ls[i - 1].e - ls[i - 1].s <= 30 * 3 &&
            take_issuers(m->meta, t, ls[i - 1].s, ls[i - 1].e, &tmp)) {
            md->date = at;
            memcpy(md->date_iso, iso, 11);
            if (!md->nissuer) {
                memcpy(md->issuer, tmp.issuer, sizeof tmp.issuer);
                md->nissuer = tmp.nissuer;
            }
        }
    }
}

static void analyse(const zc_model *m, const char *t, const line *ls, size_t n,
                    pcre2_match_data *pmd, zc_meta_doc *md)
{
    const struct zc_meta_model *mm = m->meta;
    size_t top = number_above(m, t, ls, n, pmd, md);
    find_title(mm, t, ls + top, n - top, md);
    if (md->title.e == md->title.s && top == 0 && n > 0)   // a text of blank lines has none
        one_line_title(m, t, ls[0], md);
    size_t after = top;   // the first line below the title
    while (md->title.e > md->title.s && after < n && ls[after].s < md->title.e)
        after++;
    if (md->title.e > md->title.s)
        title_issuers(mm, t, md);
    organ_lines(m, t, ls, n, after, md);
    span hdate = {0, 0};
    char hiso[11] = "";
    scan_head(m, t, ls, n, after, pmd, md, &hdate, hiso);
    size_t head = n < HEAD_LINES ? n : HEAD_LINES;
    size_t body_end = attachments_start(t, ls, n, head > after + 1 ? head : after + 1);
    scan_tail(m, t, ls, n, after, head, body_end, md);
    size_t tail = n > TAIL_LINES ? n - TAIL_LINES : 0;
    signature_above(m, t, ls, tail > head ? tail : head, after, md);
    if (md->date.e == md->date.s && hdate.e > hdate.s) {
        md->date = hdate;
        memcpy(md->date_iso, hiso, 11);
    }
    // An order's issuer: the organ of 令 (中华人民共和国国务院令 → 中华人民共和国国务院).
    if (!md->nissuer && md->agency.e > md->agency.s &&
        ends_with(t + md->agency.s, md->agency.e - md->agency.s, "令"))
        take_issuers(mm, t, md->agency.s, md->agency.e - strlen("令"), md);
    if (md->type && strcmp(md->type->genre, "speech") == 0)
        speech_parts(t, ls, n, after, md);
}

zc_status zc_meta(const zc_model *m, zc_doc *d)
{
    if (d->meta)
        return ZC_OK;
    zc_status s = zc_normalize(m, d);
    if (s != ZC_OK)
        return s;
    zc_meta_doc *md = calloc(1, sizeof *md);
    size_t n;
    line *ls = md ? view_lines(d->norm, d->norm_len, &n) : NULL;
    pcre2_match_data *pmd = ls ? pcre2_match_data_create(16, NULL) : NULL;
    if (!pmd) {
        free(ls);
        free(md);
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    }
    analyse(m, d->norm, ls, n, pmd, md);
    pcre2_match_data_free(pmd);
    free(ls);
    d->meta = md;
    d->meta_free = meta_doc_free;
    return ZC_OK;
}

zc_vspan zc_meta_title(const zc_doc *d)
{
    const zc_meta_doc *md = d->meta;
    return md ? (zc_vspan){ md->title.s, md->title.e } : (zc_vspan){ 0, 0 };
}

zc_vspan zc_meta_issuer(const zc_doc *d)
{
    const zc_meta_doc *md = d->meta;
    return md && md->nissuer ? (zc_vspan){ md->issuer[0].s, md->issuer[0].e }
                             : (zc_vspan){ 0, 0 };
}

const char *zc_meta_date(const zc_doc *d)
{
    const zc_meta_doc *md = d->meta;
    return md && md->date.e > md->date.s ? md->date_iso : NULL;
}

const char *zc_meta_genre(const zc_model *m, const zc_doc *d)
{
    const zc_meta_doc *md = d->meta;
    if (!md || !md->type)
        return NULL;
    if (strcmp(md->type->genre, "notice") != 0)
        return md->type->reads ? md->type->reads : md->type->genre;
    // A notice that issues another document (关于印发《…行动计划(2025—2027年)》的通知) has
    // the genre of what it issues: the kind that ends the title before 的通知. One that
    // publishes a list or a result (关于公布…名单的通知) informs: a notice, whatever its
    // kind reads as (dicts/meta/title_verbs.tsv).
    const table *v = &m->meta->verbs;
    const char *t = d->norm;
    size_t from = 0;
    bool inform = false;
    for (size_t i = md->title.s; i < md->type_at.s; i++)
        for (size_t c = 0; c < v->n; c++)
            if (starts_with(t + i, md->type_at.s - i, v->e[c].surface)) {
                if (strcmp(v->e[c].value, "issue") == 0)
                    from = i + strlen(v->e[c].surface);
                else
                    inform = true;
            }
    const char *own = inform ? md->type->genre : md->type->reads ? md->type->reads
                                                                 : md->type->genre;
    if (!from)
        return own;
    size_t e = md->type_at.s;
    if (e - from >= 3 && memcmp(t + e - 3, "的", 3) == 0)
        e -= 3;
    if (e - from >= 3 && memcmp(t + e - 3, "》", 3) == 0)
        e -= 3;
    const entry *inner = title_type(m->meta, t, from, e);
    return inner ? inner->genre : own;
}

/* ---- output ------------------------------------------------------------------------------- */

/* {KEY: text, EXTRA, "char": [s, e], "byte": [s, e]} of a view span, in the original; `extra`
 * holds further members, each starting with a comma. */
static void write_obj(const zc_doc *d, FILE *o, span sp, const char *key, const char *extra)
{
    zc_origin org;
    size_t len;
    const char *txt = zc_doc_original(d, sp.s, sp.e, &len);
    zc_doc_origin(d, sp.s, sp.e, &org);
    fprintf(o, "{\"%s\":", key);
    zc_json_str_oneline(o, txt, len);
    fprintf(o, "%s,\"char\":[%zu,%zu],\"byte\":[%zu,%zu]}", extra, org.char_start, org.char_end,
            org.byte_start, org.byte_end);
}

static void write_span(const zc_doc *d, FILE *o, span sp)
{
    write_obj(d, o, sp, "text", "");
}

static void write_field(const zc_doc *d, FILE *o, const char *key, span sp)
{
    fprintf(o, ",\"%s\":", key);
    if (sp.e > sp.s)
        write_span(d, o, sp);
    else
        fputs("null", o);
}

static void write_list(const zc_doc *d, FILE *o, const char *key, const span *l, int n)
{
    fprintf(o, ",\"%s\":", key);
    if (!n) {
        fputs("null", o);
        return;
    }
    fputc('[', o);
    for (int i = 0; i < n; i++) {
        if (i)
            fputc(',', o);
        write_span(d, o, l[i]);
    }
    fputc(']', o);
}

zc_status zc_doc_write_meta_json(const zc_doc *d, FILE *o)
{
    const zc_meta_doc *md = d->meta;
    if (!md)
        return ZC_EINVAL;
    fputs("{\"doc\":", o);
    zc_json_str(o, d->id, strlen(d->id));
    fputs(",\"kind\":\"document\"", o);
    write_field(d, o, "title", md->title);
    write_list(d, o, "issuer", md->issuer, md->nissuer);
    fputs(",\"doc_number\":", o);
    if (md->docnum.e > md->docnum.s) {
        // {"raw": 国发〔2016〕43号, "agency": 国发, "year": 2016, "serial": 43, spans}
        char *extra = NULL;
        size_t elen = 0, alen;
        FILE *mf = open_memstream(&extra, &elen);
        const char *ag = zc_doc_original(d, md->agency.s, md->agency.e, &alen);
        if (mf) {
            fputs(",\"agency\":", mf);
            if (md->agency.e > md->agency.s)
                zc_json_str_oneline(mf, ag, alen);
            else
                fputs("null", mf);
            if (md->year)
                fprintf(mf, ",\"year\":%d", md->year);
            else
                fputs(",\"year\":null", mf);
            fprintf(mf, ",\"serial\":%ld", md->serial);
            fclose(mf);
        }
        write_obj(d, o, md->docnum, "raw", extra ? extra : "");
        free(extra);
    } else {
        fputs("null", o);
    }
    fputs(",\"date_issued\":", o);
    if (md->date.e > md->date.s) {
        char extra[40];
        snprintf(extra, sizeof extra, ",\"value\":\"%s\"", md->date_iso);
        write_obj(d, o, md->date, "text", extra);
    } else {
        fputs("null", o);
    }
    fputs(",\"doc_type\":", o);
    if (md->type) {
        char extra[160];
        snprintf(extra, sizeof extra, ",\"value\":\"%s\",\"genre\":\"%s\"", md->type->value,
                 md->type->genre);
        write_obj(d, o, md->type_at, "text", extra);
    } else {
        fputs("null", o);
    }
    write_list(d, o, "addressees", md->addr, md->naddr);
    write_list(d, o, "cc", md->cc, md->ncc);
    write_field(d, o, "signatory", md->signatory);
    write_field(d, o, "speaker", md->speaker);
    write_field(d, o, "occasion", md->occasion);
    if (d->format == ZC_INPUT_DOCX || d->format == ZC_INPUT_PDF)   // as records say it
        fputs(",\"offsets\":\"extracted-text\"", o);
    fputs("}\n", o);
    return ferror(o) ? ZC_EIO : ZC_OK;
}
