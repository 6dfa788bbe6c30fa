/*
 * records.c — the records of a doc as JSON Lines (RECORDS.md, keys in its order) or CSV/TSV
 * (every JSON field flattened). Reads the doc's records, sentences and sections through the
 * API; text fields are printed as the original characters behind their view spans (through
 * the offset map), each part with its span in the original.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zc_int.h"

/* When the records of one sentence would repeat more than SENT_BUDGET of its characters in
 * all, each gets SENT_WINDOW characters of it centred on its trigger instead (RECORDS.md:
 * sentence_span) and its other text fields at most half as many, so a record line stays small
 * whatever the sentence. No real sentence comes near the budget (the most seen: 8,687). */
#define SENT_BUDGET 32768
#define SENT_WINDOW 120

/* The records of one sentence, which are contiguous in position order: the index past its
 * last, and whether they get windows of it. */
typedef struct sent_run {
    size_t end;
    bool cut;
} sent_run;

static size_t view_chars(const zc_doc *d, size_t start, size_t end)
{
    size_t n = 0;
    for (size_t i = start; i < end; i++)
        n += ((uint8_t)d->norm[i] & 0xC0) != 0x80;
    return n;
}

/* Moves pos back (dir < 0) or on by up to n characters of the view, not past lim. */
static size_t view_step(const zc_doc *d, size_t pos, size_t n, size_t lim, int dir)
{
    for (; n && pos != lim; n--) {
        pos += (size_t)dir;
        while (pos != lim && ((uint8_t)d->norm[pos] & 0xC0) == 0x80)
            pos += (size_t)dir;
    }
    return pos;
}

/* Span sp, cut to its first SENT_WINDOW / 2 characters when its sentence is `cut`. */
static zc_vspan capped(const zc_doc *d, zc_vspan sp, bool cut)
{
    if (cut && sp.end > sp.start)
        sp.end = view_step(d, sp.start, SENT_WINDOW / 2, sp.end, 1);
    return sp;
}

/* The origins last looked up: a record's trigger, parts and sentence are each mapped back to
 * the original twice (their text, then their span), and the records of a sentence share it. */
typedef struct origin_memo {
    struct {
        zc_vspan sp;
        zc_origin o;
    } slot[16];
    unsigned next;
} origin_memo;

static void memo_init(origin_memo *m)
{
    for (size_t k = 0; k < ZC_NELEM(m->slot); k++)
        m->slot[k].sp = (zc_vspan){ SIZE_MAX, SIZE_MAX };
    m->next = 0;
}

/* zc_doc_origin of view span sp, through the memo. */
static const zc_origin *memo_origin(const zc_doc *d, origin_memo *m, zc_vspan sp)
{
    for (size_t k = 0; k < ZC_NELEM(m->slot); k++)
        if (m->slot[k].sp.start == sp.start && m->slot[k].sp.end == sp.end)
            return &m->slot[k].o;
    unsigned k = m->next;
    m->next = (k + 1) % ZC_NELEM(m->slot);
    m->slot[k].sp = sp;
    zc_doc_origin(d, sp.start, sp.end, &m->slot[k].o);
    return &m->slot[k].o;
}

/* zc_doc_original of view span sp, through the memo. */
static const char *memo_original(const zc_doc *d, origin_memo *m, zc_vspan sp, size_t *len)
{
    return zc_doc_origin_text(d, memo_origin(d, m, sp), len);
}

static void json_span_obj(const zc_doc *d, origin_memo *m, zc_buf *out, zc_vspan sp);

/* A record part (actor, indicator, task, mechanism, condition): ,"key":"text" then
 * ,"key_span":{char, byte} of that text in the original (null and null when the part is
 * empty; no comma before the first member of an object). With `cut`, both are of the part's
 * first characters; with `oneline`, the text's line breaks are dropped (a name a PDF line
 * broke: 服务资源\n使用单位), as the sentence's are. */
static void json_part(const zc_doc *d, origin_memo *m, zc_buf *out, bool first, const char *key,
                      zc_vspan sp, bool cut, bool oneline)
{
    sp = capped(d, sp, cut);
    zc_buf_puts(out, first ? "\"" : ",\"");
    zc_buf_puts(out, key);
    zc_buf_puts(out, "\":");
    if (sp.end <= sp.start) {
        zc_buf_puts(out, "null");
    } else {
        size_t len;
        const char *t = memo_original(d, m, sp, &len);
        zc_buf_json_str(out, t, len, oneline);
    }
    zc_buf_puts(out, ",\"");
    zc_buf_puts(out, key);
    zc_buf_puts(out, "_span\":");
    json_span_obj(d, m, out, sp);
}

/* Original texts of sentences by index: records repeat their sentence and section headings,
 * and mapping a span back to the original costs more than writing it. */
typedef struct sent_cache {
    struct {
        size_t index;
        const char *text;
        size_t len;
    } slot[64];
} sent_cache;

static const char *sentence_text(const zc_doc *d, sent_cache *c, size_t i, size_t *len)
{
    size_t k = i % ZC_NELEM(c->slot);
    if (c->slot[k].index != i) {
        zc_sentence_info si;
        zc_doc_sentence(d, i, &si);
        c->slot[k].index = i;
        c->slot[k].text = zc_doc_original(d, si.start, si.end, &c->slot[k].len);
    }
    *len = c->slot[k].len;
    return c->slot[k].text;
}

static void sent_cache_init(sent_cache *c)
{
    for (size_t k = 0; k < ZC_NELEM(c->slot); k++)
        c->slot[k].index = SIZE_MAX;
}

/* The sentence's original text with the line breaks inside it removed. */
static void json_sentence(const zc_doc *d, sent_cache *c, zc_buf *out, size_t i)
{
    size_t len;
    const char *t = sentence_text(d, c, i, &len);
    zc_buf_json_str(out, t, len, true);
}

/* Record i's sentence run (recomputed when i leaves the last one). */
static void sent_run_at(const zc_doc *d, size_t i, sent_run *run)
{
    if (i < run->end)
        return;
    size_t k = zc_doc_record(d, i)->sentence, j = i;
    while (j < zc_doc_nrecords(d) && zc_doc_record(d, j)->sentence == k)
        j++;
    zc_sentence_info si;
    zc_doc_sentence(d, k, &si);
    size_t n = view_chars(d, si.start, si.end);
    run->end = j;
    run->cut = n > SENT_WINDOW && n * (j - i) > SENT_BUDGET;
}

/* The window of record r's sentence: SENT_WINDOW characters centred on its trigger. */
static zc_vspan sent_window(const zc_doc *d, const zc_record *r)
{
    zc_sentence_info si;
    zc_doc_sentence(d, r->sentence, &si);
    size_t ts = r->text.start < si.start ? si.start : r->text.start;
    size_t te = r->text.end > si.end ? si.end : r->text.end;
    size_t tn = te > ts ? view_chars(d, ts, te) : 0;
    size_t ws = view_step(d, ts, tn < SENT_WINDOW ? (SENT_WINDOW - tn) / 2 : 0, si.start, -1);
    size_t we = view_step(d, ws, SENT_WINDOW, si.end, 1);
    ws = view_step(d, we, SENT_WINDOW, si.start, -1);   // short of the end: more before
    return (zc_vspan){ws, we};
}

/* The records of a doc in order, with what both writers take from each alike: its trigger's
 * original text, its sentence, and the stretch of the sentence shown (the whole, or a window
 * of it when its run is cut) with that stretch's original text. */
typedef struct rec_walk {
    sent_cache cache;
    origin_memo memo;
    sent_run run;
    size_t i;                   /* the next record */
    const zc_record *r;
    const char *text, *sent;    /* original texts of the trigger and of the stretch shown */
    size_t text_len, sent_len;
    zc_sentence_info si;
    zc_vspan sw;                /* the stretch shown */
} rec_walk;

static void rec_walk_init(rec_walk *w)
{
    sent_cache_init(&w->cache);
    memo_init(&w->memo);
    w->run = (sent_run){0};
    w->i = 0;
}

/* Steps to the next record; false after the last or once `out` has failed. */
static bool rec_next(const zc_doc *d, FILE *out, rec_walk *w)
{
    if (w->i >= zc_doc_nrecords(d) || ferror(out))
        return false;
    size_t i = w->i++;
    const zc_record *r = w->r = zc_doc_record(d, i);
    w->text = memo_original(d, &w->memo, r->text, &w->text_len);
    sent_run_at(d, i, &w->run);
    zc_doc_sentence(d, r->sentence, &w->si);
    w->sw = (zc_vspan){w->si.start, w->si.end};
    if (w->run.cut) {
        w->sw = sent_window(d, r);
        w->sent = memo_original(d, &w->memo, w->sw, &w->sent_len);
    } else {
        w->sent = sentence_text(d, &w->cache, r->sentence, &w->sent_len);
    }
    return true;
}

static void json_size(zc_buf *out, size_t v);

/* Writes v in decimal at p; returns the end. Two digits a step: four offsets a span. */
static char *put_size(char *p, size_t v)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    char buf[24], *q = buf + sizeof buf;
    for (; v >= 100; v /= 100) {
        q -= 2;
        memcpy(q, pairs + 2 * (v % 100), 2);
    }
    if (v >= 10) {
        q -= 2;
        memcpy(q, pairs + 2 * v, 2);
    } else {
        *--q = (char)('0' + v);
    }
    memcpy(p, q, (size_t)(buf + sizeof buf - q));
    return p + (buf + sizeof buf - q);
}

/* {"char":[s,e],"byte":[s,e]} of view span sp in the original, or null when empty. */
static void json_span_obj(const zc_doc *d, origin_memo *m, zc_buf *out, zc_vspan sp)
{
    if (sp.end <= sp.start) {
        zc_buf_puts(out, "null");
        return;
    }
    const zc_origin *o = memo_origin(d, m, sp);
    char buf[128], *p = buf;   // one write: four numbers of at most 20 digits
    memcpy(p, "{\"char\":[", 9);
    p = put_size(p + 9, o->char_start);
    *p++ = ',';
    p = put_size(p, o->char_end);
    memcpy(p, "],\"byte\":[", 10);
    p = put_size(p + 10, o->byte_start);
    *p++ = ',';
    p = put_size(p, o->byte_end);
    memcpy(p, "]}", 2);
    zc_buf_put(out, buf, (size_t)(p + 2 - buf));
}

/* ,"key": */
static void json_key(zc_buf *out, const char *key)
{
    zc_buf_puts(out, ",\"");
    zc_buf_puts(out, key);
    zc_buf_puts(out, "\":");
}

/* A count, without printf. */
static void json_size(zc_buf *out, size_t v)
{
    char buf[24];
    zc_buf_put(out, buf, (size_t)(put_size(buf, v) - buf));
}

static void json_num_field(zc_buf *out, const char *key, double v)
{
    json_key(out, key);
    zc_buf_json_num(out, v);
}

static void json_str_or_null(zc_buf *out, const char *key, const char *v)
{
    json_key(out, key);
    if (v && *v)
        zc_buf_json_str(out, v, strlen(v), false);
    else
        zc_buf_puts(out, "null");
}

/* ,"explain":[{"table","row","reason"}…]: the decision-table rows that fired for r. */
static void json_explain(zc_buf *out, const zc_record *r)
{
    zc_buf_puts(out, ",\"explain\":[");
    for (unsigned k = 0; k < r->nexplain; k++) {
        const zc_explain *x = r->explain[k];
        zc_buf_puts(out, k ? ",{\"table\":" : "{\"table\":");
        zc_buf_json_str(out, x->table, strlen(x->table), false);
        zc_buf_puts(out, ",\"row\":");
        json_size(out, x->line);
        zc_buf_puts(out, ",\"reason\":");
        zc_buf_json_str(out, x->reason, strlen(x->reason), false);
        zc_buf_putc(out, '}');
    }
    zc_buf_putc(out, ']');
}

/* A candidate the decision tables rejected (RECORDS.md "Rejected candidates"). */
static void json_rejected(const zc_doc *d, origin_memo *m, zc_buf *out, const zc_record *r)
{
    size_t len;
    const char *t = memo_original(d, m, r->text, &len);
    zc_buf_puts(out, "{\"doc\":");
    zc_buf_json_str(out, d->id, strlen(d->id), false);
    zc_buf_puts(out, ",\"kind\":\"rejected\",\"text\":");
    zc_buf_json_str(out, t, len, false);
    zc_buf_puts(out, ",\"span\":");
    json_span_obj(d, m, out, r->text);
    json_explain(out, r);
    zc_buf_puts(out, "}\n");
}

/* What the spans count when it is not the file (added fields, RECORDS.md): for DOCX and PDF
 * input "offsets":"extracted-text", and for PDF "page", the 1-based page of the trigger. */
static void json_source(const zc_doc *d, zc_buf *out, zc_vspan text)
{
    if (d->format != ZC_INPUT_DOCX && d->format != ZC_INPUT_PDF)
        return;
    if (d->npages) {
        zc_origin o;
        zc_doc_origin(d, text.start, text.end, &o);
        json_key(out, "page");
        json_size(out, zc_doc_page(d, o.char_start));
    }
    zc_buf_puts(out, ",\"offsets\":\"extracted-text\"");
}

/* The records go through a buffer and reach f in large writes. */
static zc_status write_records(const zc_doc *d, FILE *f)
{
    rec_walk w;
    rec_walk_init(&w);
    char mem[32768];
    zc_buf buf = {mem, 0, sizeof mem, f, false}, *out = &buf;
    size_t j = 0, nrej = zc_doc_nrejected(d);   // rejected candidates, merged by position
    while (!out->failed && rec_next(d, f, &w)) {
        const zc_record *r = w.r;
        for (; j < nrej && zc_doc_rejected(d, j)->text.start < r->text.start; j++)
            json_rejected(d, &w.memo, out, zc_doc_rejected(d, j));
        zc_buf_puts(out, "{\"doc\":");
        zc_buf_json_str(out, d->id, strlen(d->id), false);
        zc_buf_puts(out, ",\"kind\":\"");
        zc_buf_puts(out, zc_kind_name(r->kind));
        zc_buf_puts(out, "\",\"text\":");
        zc_buf_json_str(out, w.text, w.text_len, false);
        zc_buf_puts(out, ",\"span\":");
        json_span_obj(d, &w.memo, out, r->text);
        zc_buf_puts(out, ",\"sentence\":");
        zc_buf_json_str(out, w.sent, w.sent_len, true);
        zc_buf_puts(out, ",\"sentence_span\":");
        json_span_obj(d, &w.memo, out, w.sw);
        zc_buf_puts(out, ",\"section\":[");
        for (size_t k = 0; k < w.si.depth; k++) {
            size_t h = zc_doc_section_heading(d, r->sentence, k);
            if (k)
                zc_buf_putc(out, ',');
            json_sentence(d, &w.cache, out, h);
        }
        zc_buf_putc(out, ']');
        json_str_or_null(out, "modality", zc_modality_name(r->modality));
        json_part(d, &w.memo, out, false, "actor", r->actor, w.run.cut, true);
        json_str_or_null(out, "rule", r->rule);
        switch (r->kind) {
        case ZC_KIND_TARGET:
        case ZC_KIND_STATISTIC:
            json_key(out, zc_kind_name(r->kind));
            zc_buf_putc(out, '{');
            json_part(d, &w.memo, out, true, "indicator", r->indicator, w.run.cut, false);
            if (r->kind == ZC_KIND_TARGET)
                json_str_or_null(out, "comparator", r->comparator);
            json_num_field(out, "value", r->value);
            if (r->has_value_max)
                json_num_field(out, "value_max", r->value_max);
            json_str_or_null(out, "unit", r->unit);
            zc_buf_puts(out, r->approx ? ",\"approx\":true}" : ",\"approx\":false}");
            break;
        case ZC_KIND_DEADLINE:
            zc_buf_puts(out, ",\"deadline\":{\"date\":");
            if (r->date[0])
                zc_buf_json_str(out, r->date, strlen(r->date), false);
            else
                zc_buf_puts(out, "null");
            zc_buf_puts(out, ",\"relation\":\"");
            zc_buf_puts(out, zc_relation_name(r->relation));
            zc_buf_putc(out, '"');
            json_str_or_null(out, "recurrence", r->recurrence);
            json_part(d, &w.memo, out, false, "task", r->task, w.run.cut, false);
            zc_buf_putc(out, '}');
            break;
        case ZC_KIND_ENFORCEMENT:
            zc_buf_puts(out, ",\"enforcement\":{");
            json_part(d, &w.memo, out, true, "mechanism",
                      r->mechanism.end > r->mechanism.start ? r->mechanism : r->text, w.run.cut,
                      false);
            json_str_or_null(out, "category", zc_category_name(r->category));
            json_part(d, &w.memo, out, false, "condition", r->condition, w.run.cut, false);
            if (r->has_amount) {
                zc_buf_puts(out, ",\"amount\":{");
                zc_buf_puts(out, "\"value\":");
                zc_buf_json_num(out, r->amount);
                if (r->has_amount_max)
                    json_num_field(out, "value_max", r->amount_max);
                json_str_or_null(out, "unit", r->amount_unit);
                zc_buf_putc(out, '}');
            }
            zc_buf_putc(out, '}');
            break;
        }
        json_source(d, out, r->text);
        if (d->opt.explain)
            json_explain(out, r);
        zc_buf_puts(out, "}\n");
    }
    for (; j < nrej && !out->failed; j++)
        json_rejected(d, &w.memo, out, zc_doc_rejected(d, j));
    return zc_buf_flush(out) && !ferror(f) ? ZC_OK : ZC_EIO;
}

zc_status zc_doc_write_jsonl(const zc_doc *d, FILE *out)
{
    // The document line first, as `extract` writes it, unless the options leave it out; a doc
    // whose metadata was never looked for (no zc_extract, no zc_meta) has none to write.
    if (d->meta && !d->opt.no_meta) {
        zc_status s = zc_doc_write_meta_json(d, out);
        if (s != ZC_OK)
            return s;
    }
    return write_records(d, out);
}

/* ---- CSV ------------------------------------------------------------------------------ */

/* The columns: every field of the JSON Lines, flattened (README "extract"): the record's
 * fields in their order, then enforcement.amount as amount, amount_max, amount_unit, then
 * each part's span as PART_char_start, PART_char_end, PART_byte_start, PART_byte_end, then
 * page and offsets (empty but for DOCX and PDF input). */
#define ZC_CSV_SPAN_COLS(P, S) \
    P "_char_start" S P "_char_end" S P "_byte_start" S P "_byte_end"
#define ZC_CSV_COLS(S)                                                                        \
    "doc" S "kind" S "text" S "char_start" S "char_end" S "byte_start" S "byte_end" S         \
    "sentence" S "section" S "modality" S "actor" S "rule" S "indicator" S "comparator" S     \
    "value" S "value_max" S "unit" S "approx" S "date" S "relation" S "recurrence" S "task" S \
    "mechanism" S "category" S "condition" S "amount" S "amount_max" S "amount_unit" S        \
    ZC_CSV_SPAN_COLS("sentence", S) S ZC_CSV_SPAN_COLS("actor", S) S                          \
    ZC_CSV_SPAN_COLS("indicator", S) S ZC_CSV_SPAN_COLS("task", S) S                          \
    ZC_CSV_SPAN_COLS("mechanism", S) S ZC_CSV_SPAN_COLS("condition", S) S "page" S "offsets"

const char *zc_csv_header(char sep)
{
    static const char comma[] = ZC_CSV_COLS(",");
    static const char tab[] = ZC_CSV_COLS("\t");
    return sep == '\t' ? tab : comma;
}

/* One field: RFC 4180 quoting for CSV; for TSV, tabs and line breaks become spaces. With
 * `excel`, a text that a spreadsheet would run as a formula (= + - @ first, or a tab or CR,
 * which it skips before looking) starts with an apostrophe instead. */
static void csv_field(FILE *out, char sep, bool excel, const char *s, size_t len, bool first)
{
    if (!first)
        putc(sep, out);
    bool neutral = excel && len && s[0] && strchr("=+-@\t\r", s[0]);
    if (sep == '\t') {
        if (neutral)
            putc('\'', out);
        for (size_t i = 0; i < len; i++)
            putc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
        return;
    }
    bool quote = false;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        if (neutral)
            putc('\'', out);
        fwrite(s, 1, len, out);
        return;
    }
    putc('"', out);
    if (neutral)
        putc('\'', out);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            putc('"', out);
        putc(s[i], out);
    }
    putc('"', out);
}

static void csv_cstr(FILE *out, char sep, bool excel, const char *s)
{
    csv_field(out, sep, excel, s ? s : "", s ? strlen(s) : 0, false);
}

/* A text field; with `oneline`, its line breaks dropped. */
static void csv_text(FILE *out, char sep, bool excel, const char *t, size_t len, bool oneline)
{
    if (!oneline) {
        csv_field(out, sep, excel, t, len, false);
        return;
    }
    char *buf = malloc(len + 1);
    size_t n = 0;
    for (size_t i = 0; buf && i < len; i++)
        if (t[i] != '\n' && t[i] != '\r')
            buf[n++] = t[i];
    csv_field(out, sep, excel, buf ? buf : t, buf ? n : len, false);
    free(buf);
}

static void csv_span(const zc_doc *d, origin_memo *m, FILE *out, char sep, bool excel,
                     zc_vspan sp, bool cut, bool oneline)
{
    sp = capped(d, sp, cut);
    size_t len = 0;
    const char *t = sp.end > sp.start ? memo_original(d, m, sp, &len) : "";
    csv_text(out, sep, excel, t, len, oneline);
}

static void csv_num(FILE *out, char sep, double v, bool present)
{
    char buf[32] = "";
    size_t n = present ? zc_fmt_g15(buf, v == 0 ? 0.0 : v) : 0;
    csv_field(out, sep, false, buf, n, false);   // a number: -3 stays a number
}

/* The four span columns of view span sp in the original (empty when the part is empty). */
static void csv_span_cols(const zc_doc *d, origin_memo *m, FILE *out, char sep, zc_vspan sp)
{
    zc_origin o = {0, 0, 0, 0};
    bool have = sp.end > sp.start;
    if (have)
        o = *memo_origin(d, m, sp);
    csv_num(out, sep, (double)o.char_start, have);
    csv_num(out, sep, (double)o.char_end, have);
    csv_num(out, sep, (double)o.byte_start, have);
    csv_num(out, sep, (double)o.byte_end, have);
}

static zc_status write_csv(const zc_doc *d, FILE *out, char sep, bool excel)
{
    rec_walk w;
    rec_walk_init(&w);
    while (rec_next(d, out, &w)) {
        const zc_record *r = w.r;
        bool num = r->kind == ZC_KIND_TARGET || r->kind == ZC_KIND_STATISTIC;
        csv_field(out, sep, excel, d->id, strlen(d->id), true);
        csv_cstr(out, sep, excel, zc_kind_name(r->kind));
        csv_field(out, sep, excel, w.text, w.text_len, false);
        csv_span_cols(d, &w.memo, out, sep, r->text);
        csv_text(out, sep, excel, w.sent, w.sent_len, true);
        // The section path joined by " > ".
        zc_vec path;
        zc_vec_init(&path, 1);
        for (size_t k = 0; k < w.si.depth; k++) {
            size_t hl;
            const char *h = sentence_text(d, &w.cache, zc_doc_section_heading(d, r->sentence, k),
                                          &hl);
            if (k)
                for (const char *p = " > "; *p; p++)
                    zc_vec_push(&path, p);
            for (size_t b = 0; b < hl; b++)
                if (h[b] != '\n' && h[b] != '\r')
                    zc_vec_push(&path, h + b);
        }
        csv_field(out, sep, excel, path.data ? path.data : "", path.len, false);
        zc_vec_free(&path);
        csv_cstr(out, sep, excel, zc_modality_name(r->modality));
        csv_span(d, &w.memo, out, sep, excel, r->actor, w.run.cut, true);
        csv_cstr(out, sep, excel, r->rule);
        csv_span(d, &w.memo, out, sep, excel, num ? r->indicator : (zc_vspan){0, 0}, w.run.cut,
                 false);
        csv_cstr(out, sep, excel, r->kind == ZC_KIND_TARGET ? r->comparator : "");
        csv_num(out, sep, r->value, num);
        csv_num(out, sep, r->value_max, num && r->has_value_max);
        csv_cstr(out, sep, excel, num ? r->unit : "");
        csv_cstr(out, sep, excel, num ? (r->approx ? "true" : "false") : "");
        bool dl = r->kind == ZC_KIND_DEADLINE, en = r->kind == ZC_KIND_ENFORCEMENT;
        csv_cstr(out, sep, excel, dl ? r->date : "");
        csv_cstr(out, sep, excel, dl ? zc_relation_name(r->relation) : "");
        csv_cstr(out, sep, excel, dl ? r->recurrence : "");
        csv_span(d, &w.memo, out, sep, excel, dl ? r->task : (zc_vspan){0, 0}, w.run.cut, false);
        csv_span(d, &w.memo, out, sep, excel,
                 en ? (r->mechanism.end > r->mechanism.start ? r->mechanism : r->text)
                    : (zc_vspan){0, 0},
                 w.run.cut, false);
        csv_cstr(out, sep, excel, en ? zc_category_name(r->category) : "");
        csv_span(d, &w.memo, out, sep, excel, en ? r->condition : (zc_vspan){0, 0}, w.run.cut,
                 false);
        bool amt = en && r->has_amount;
        csv_num(out, sep, r->amount, amt);
        csv_num(out, sep, r->amount_max, amt && r->has_amount_max);
        csv_cstr(out, sep, excel, amt ? r->amount_unit : "");
        zc_vspan none = {0, 0};
        csv_span_cols(d, &w.memo, out, sep, w.sw);
        csv_span_cols(d, &w.memo, out, sep, capped(d, r->actor, w.run.cut));
        csv_span_cols(d, &w.memo, out, sep, num ? capped(d, r->indicator, w.run.cut) : none);
        csv_span_cols(d, &w.memo, out, sep, dl ? capped(d, r->task, w.run.cut) : none);
        csv_span_cols(d, &w.memo, out, sep,
                      en ? capped(d, r->mechanism.end > r->mechanism.start ? r->mechanism
                                                                           : r->text,
                                  w.run.cut)
                         : none);
        csv_span_cols(d, &w.memo, out, sep, en ? capped(d, r->condition, w.run.cut) : none);
        bool ext = d->format == ZC_INPUT_DOCX || d->format == ZC_INPUT_PDF;
        zc_origin o = {0, 0, 0, 0};
        if (d->npages)
            zc_doc_origin(d, r->text.start, r->text.end, &o);
        csv_num(out, sep, (double)zc_doc_page(d, o.char_start), d->npages != 0);
        csv_cstr(out, sep, excel, ext ? "extracted-text" : "");
        fputs(sep == ',' ? "\r\n" : "\n", out);
    }
    return ferror(out) ? ZC_EIO : ZC_OK;
}

zc_status zc_doc_write_csv(const zc_doc *d, FILE *out, char sep)
{
    return write_csv(d, out, sep, false);
}

zc_status zc_doc_write_csv_excel(const zc_doc *d, FILE *out, char sep)
{
    return write_csv(d, out, sep, true);
}
