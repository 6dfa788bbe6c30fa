/*
 * cmd_report.c — `zhengce report`: one self-contained HTML file to look at a corpus's records.
 * Corpus views first (records by kind per document, enforcement by category, a timeline of
 * dated deadlines, as inline SVG), then each document's text with every record highlighted
 * by kind: one element per record carrying `data-record` (its number in the report) and
 * `data-kind`, whose click shows the record's fields. No network, no external file.
 */
#include <getopt.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "inputs.h"

#define NKINDS ZC_NKINDS
#define NCATS ZC_NCATEGORIES

void cmd_report_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce report -o REPORT.html [--dict-dir DIR] PATH...\n"
            "       zhengce report -o REPORT.html --records RECORDS.jsonl\n\n"
            "Writes one self-contained HTML file (no network, no other file): charts of the\n"
            "records by kind per document, of enforcement by category and a timeline of dated\n"
            "deadlines, then each document's text with every record highlighted by kind;\n"
            "clicking a record shows its fields. With --records it reports a saved `zhengce\n"
            "extract` run, reading each document again from its `doc` path for the text.\n\n"
            "  -o FILE          the report (- for standard output)\n"
            "  --records FILE   a saved run instead of extracting the PATHs\n\n"
            "Examples:\n"
            "  zhengce report -o report.html speeches/\n"
            "  zhengce extract -o run.jsonl archive/ && zhengce report --records run.jsonl "
            "-o report.html\n");
}

/* The category of a record's name, none for a missing or unknown one. */
static int category_index(const char *s)
{
    int c = s ? zc_category_parse(s) : -1;
    return c < 0 ? ZC_CAT_NONE : c;
}

/* Writes n bytes of text with HTML's special characters escaped (also for attributes). */
static void html(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        case '\r': break;   // CRLF shows as one line break
        default:
            if ((unsigned char)s[i] < 0x20 && s[i] != '\n' && s[i] != '\t')
                fputc(' ', out);
            else
                fputc(s[i], out);
        }
    }
}

static void html_str(FILE *out, const char *s)
{
    html(out, s, strlen(s));
}

/* One document of the report: its decoded text and its records (JSON rows). */
typedef struct rdoc {
    char *id;
    char *text;              /* decoded UTF-8; NULL when it could not be read */
    size_t len;
    json_t *rows;            /* records, in text order */
    json_t *meta;            /* the document's metadata (zhengce meta), or NULL */
} rdoc;

typedef struct report {
    rdoc *docs;
    size_t n, cap;
    zc_model *m;
    const char *dictdir;
    zc_options opt;
    int rc;
} report;

static rdoc *add_doc(report *r, const char *id)
{
    if (r->n == r->cap) {
        size_t c = r->cap ? r->cap * 2 : 16;
        rdoc *nd = realloc(r->docs, c * sizeof *nd);
        if (!nd)
            return NULL;
        r->docs = nd;
        r->cap = c;
    }
    rdoc *d = &r->docs[r->n++];
    memset(d, 0, sizeof *d);
    d->id = strdup(id);
    d->rows = json_array();
    return d;
}

static bool open_model(report *r)
{
    if (!r->m && !(r->m = cli_open_model(r->dictdir)))
        r->rc = EXIT_MODEL;
    return r->m != NULL;
}

/* Fills d from the read document zd: its decoded text and, when `extract`, its records.
 * False (named on stderr) when it fails. */
static bool fill_doc(report *r, rdoc *d, zc_doc *zd, bool extract)
{
    zc_status st = extract ? zc_extract(r->m, zd) : zc_decode(r->m, zd);
    if (st == ZC_OK) {
        size_t len;
        const char *t = zc_doc_decoded(zd, &len);
        if ((d->text = malloc(len + 1))) {
            memcpy(d->text, t, len);
            d->text[len] = '\0';
            d->len = len;
        }
    }
    if (st == ZC_OK && extract) {
        const char *json;
        size_t len;
        st = zc_doc_records_json(zd, &json, &len);
        for (const char *line = json, *nl; st == ZC_OK && line && *line;
             line = nl ? nl + 1 : NULL) {
            nl = strchr(line, '\n');
            json_t *row = json_loadb(line, nl ? (size_t)(nl - line) : strlen(line), 0, NULL);
            // Records only: the document line's metadata is read below.
            if (row && zc_kind_parse(json_string_value(json_object_get(row, "kind"))) >= 0)
                json_array_append_new(d->rows, row);
            else
                json_decref(row);
        }
    }
    if (st != ZC_OK) {
        cli_error("report", "%s: %s", zc_doc_id(zd), zc_doc_errmsg(zd));
        r->rc = EXIT_INPUT;
        return false;
    }
    // Its title, issuer and date of issue, for the year and issuer views (none: left out).
    char *buf = NULL;
    size_t blen = 0;
    FILE *mf = open_memstream(&buf, &blen);
    if (mf) {
        bool ok = zc_meta(r->m, zd) == ZC_OK && zc_doc_write_meta_json(zd, mf) == ZC_OK;
        if (fclose(mf) == 0 && ok)
            d->meta = json_loadb(buf, blen, 0, NULL);
        free(buf);
    }
    return true;
}

/* cli_each_input's callback: a document of the report, extracted. */
static bool report_doc(zc_doc *zd, void *arg)
{
    report *r = arg;
    rdoc *d = add_doc(r, zc_doc_id(zd));
    return d && fill_doc(r, d, zd, true);
}

/* Reads the document at `path` for its text (a saved run's document). */
static void load_text(report *r, rdoc *d, const char *path)
{
    zc_doc *zd = open_model(r) ? cli_read_doc(path, &r->opt) : NULL;
    if (!zd)
        r->rc = r->rc == EXIT_MODEL ? EXIT_MODEL : EXIT_INPUT;
    else
        fill_doc(r, d, zd, false);
    zc_doc_free(zd);
}

/* Reads a saved run: records grouped by their `doc`, each document read again for its text. */
static void load_records(report *r, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    if (!f) {
        cli_error("report", "%s: cannot open", path);
        r->rc = EXIT_INPUT;
        return;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    rdoc *cur = NULL;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        if (strspn(line, " \t\r\n") == strlen(line))
            continue;
        json_t *row = json_loads(line, 0, NULL);
        const char *doc = json_string_value(json_object_get(row, "doc"));
        if (!json_is_object(row) || !doc) {
            cli_error("report", "%s:%zu: not a record (a JSON object with doc)", path, lineno);
            json_decref(row);
            r->rc = EXIT_INPUT;
            continue;
        }
        if (zc_kind_parse(json_string_value(json_object_get(row, "kind"))) < 0) {
            json_decref(row);   // an error line or another kind
            continue;
        }
        if (!cur || strcmp(cur->id, doc) != 0) {
            cur = NULL;
            for (size_t i = 0; i < r->n && !cur; i++)
                if (strcmp(r->docs[i].id, doc) == 0)
                    cur = &r->docs[i];
            if (!cur && (cur = add_doc(r, doc)))
                load_text(r, cur, doc);
        }
        if (cur)
            json_array_append_new(cur->rows, row);
        else
            json_decref(row);
    }
    free(line);
    if (f != stdin)
        fclose(f);
}

static size_t row_char(json_t *row, int i)
{
    json_t *c = json_object_get(json_object_get(row, "span"), "char");
    json_t *v = json_array_get(c, (size_t)i);
    return json_is_integer(v) && json_integer_value(v) >= 0 ? (size_t)json_integer_value(v) : 0;
}

static const char *const kind_colors[NKINDS] = {"#2b7bb9", "#d9822b", "#c23030", "#3b8d48"};

static void write_style(FILE *o)
{
    fputs("<style>\n"
          "body{font:15px/1.6 system-ui,'Noto Sans CJK SC',sans-serif;margin:0;color:#222}\n"
          "header,main{padding:0 2em}h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}\n"
          ".doc{white-space:pre-wrap;border:1px solid #ddd;padding:1em;border-radius:4px}\n"
          "[data-record],.cont{cursor:pointer;border-bottom:2px solid;padding:0 1px}\n",
          o);
    for (int k = 0; k < NKINDS; k++)
        fprintf(o, ".k-%s{border-color:%s;background:%s22}\n", zc_kind_name((zc_kind)k),
                kind_colors[k], kind_colors[k]);
    fputs(".sel{outline:2px solid #000}\n"
          "#detail{position:fixed;right:1em;top:1em;width:26em;max-height:80vh;overflow:auto;"
          "background:#fff;border:1px solid #999;padding:.5em 1em;display:none;"
          "white-space:pre-wrap;font:12px/1.4 monospace}\n"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;"
          "text-align:right}td:first-child{text-align:left}\n"
          ".legend span{display:inline-block;margin-right:1em}\n"
          "</style>\n",
          o);
}

/* The script: a click on a record shows its fields. `#selftest` in the address clicks the
 * first record once loaded and marks the page with the outcome and the number of record
 * elements, so a headless browser can check both. */
static void write_script(FILE *o)
{
    fputs("<script>\n"
          "(function(){\n"
          "var detail=document.getElementById('detail'),sel=null;\n"
          "function show(el){\n"
          "  var id=el.getAttribute('data-record')||el.getAttribute('data-cont');\n"
          "  var rec=document.querySelector('[data-record=\"'+id+'\"]');\n"
          "  if(sel)sel.classList.remove('sel');sel=rec;rec.classList.add('sel');\n"
          "  detail.textContent=JSON.stringify(JSON.parse(rec.getAttribute('data-fields')),"
          "null,2);\n"
          "  detail.style.display='block';return rec;\n"
          "}\n"
          "document.addEventListener('click',function(e){\n"
          "  var el=e.target.closest('[data-record],[data-cont]');\n"
          "  if(el)show(el);else if(!e.target.closest('#detail'))detail.style.display='none';\n"
          "});\n"
          "if(location.hash==='#selftest'){\n"
          "  var first=document.querySelector('[data-record]');\n"
          "  if(first){first.click();document.body.setAttribute('data-selftest',"
          "detail.textContent.indexOf('\"kind\"')>=0?'ok':'fail');}\n"
          "  else document.body.setAttribute('data-selftest','no-records');\n"
          "  document.body.setAttribute('data-records',"
          "document.querySelectorAll('[data-record]').length);\n"
          "}\n"
          "})();\n"
          "</script>\n",
          o);
}

/* The text of a metadata field of d (the first of a list), or NULL. */
static const char *meta_text(const rdoc *d, const char *field)
{
    json_t *v = json_object_get(d->meta, field);
    if (json_is_array(v))
        v = json_array_get(v, 0);
    return json_string_value(json_object_get(v, "text"));
}

/* The year of issue of d, or 0 when it does not state its date. */
static int meta_year(const rdoc *d)
{
    const char *v =
        json_string_value(json_object_get(json_object_get(d->meta, "date_issued"), "value"));
    int y = 0;
    return v && sscanf(v, "%4d", &y) == 1 ? y : 0;
}

/* Records by kind per group of documents (their year of issue, or their first issuer), one
 * stacked bar a group in order of the key; documents that do not state it are left out. */
static void chart_groups(FILE *o, const report *r, bool by_year)
{
    enum { MAXG = 64 };
    char keys[MAXG][128];
    size_t cnt[MAXG][NKINDS] = {{0}}, tot[MAXG] = {0}, ng = 0, max = 1;
    for (size_t i = 0; i < r->n; i++) {
        char key[128];
        const char *is = meta_text(&r->docs[i], "issuer");
        int y = meta_year(&r->docs[i]);
        if (by_year ? !y : !is)
            continue;
        by_year ? snprintf(key, sizeof key, "%d", y) : snprintf(key, sizeof key, "%s", is);
        size_t g = 0;
        while (g < ng && strcmp(keys[g], key) != 0)
            g++;
        if (g == ng) {
            if (ng == MAXG)
                continue;   // the chart shows the first groups met
            memcpy(keys[ng++], key, sizeof key);
        }
        json_t *row;
        size_t j;
        json_array_foreach(r->docs[i].rows, j, row) {
            int k = zc_kind_parse(json_string_value(json_object_get(row, "kind")));
            if (k >= 0) {
                cnt[g][k]++;
                tot[g]++;
            }
        }
        max = tot[g] > max ? tot[g] : max;
    }
    fprintf(o, "<h2>Records by %s</h2>\n", by_year ? "year of issue" : "issuer");
    if (!ng) {
        fprintf(o, "<p>No document states its %s.</p>\n", by_year ? "date of issue" : "issuer");
        return;
    }
    // Groups in order of their key (years ascending, issuers by name).
    size_t order[MAXG];
    for (size_t g = 0; g < ng; g++)
        order[g] = g;
    for (size_t a = 1; a < ng; a++)
        for (size_t b = a; b > 0 && strcmp(keys[order[b - 1]], keys[order[b]]) > 0; b--) {
            size_t t = order[b];
            order[b] = order[b - 1];
            order[b - 1] = t;
        }
    fprintf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"%zu\" "
               "role=\"img\" aria-label=\"records by %s\">\n", 22 * ng + 10,
            by_year ? "year of issue" : "issuer");
    for (size_t q = 0; q < ng; q++) {
        size_t g = order[q];
        double x = 300;
        fprintf(o, "<text x=\"295\" y=\"%zu\" text-anchor=\"end\" font-size=\"12\">", 22 * q + 16);
        html_str(o, keys[g]);
        fputs("</text>", o);
        for (int k = 0; k < NKINDS; k++) {
            double w = 560.0 * (double)cnt[g][k] / (double)max;
            if (cnt[g][k])
                fprintf(o, "<rect x=\"%.1f\" y=\"%zu\" width=\"%.1f\" height=\"16\" "
                           "fill=\"%s\"><title>%s: %zu</title></rect>",
                        x, 22 * q + 4, w, kind_colors[k], zc_kind_name((zc_kind)k), cnt[g][k]);
            x += w;
        }
        fprintf(o, "<text x=\"%.1f\" y=\"%zu\" font-size=\"12\">%zu</text>\n", x + 4,
                22 * q + 16, tot[g]);
    }
    fputs("</svg>\n", o);
}

/* Records by kind per document: one stacked bar a document. */
static void chart_kinds(FILE *o, const report *r)
{
    size_t max = 1;
    for (size_t i = 0; i < r->n; i++)
        if (json_array_size(r->docs[i].rows) > max)
            max = json_array_size(r->docs[i].rows);
    size_t h = 22 * r->n + 30;
    fprintf(o, "<h2>Records by kind per document</h2>\n<p class=\"legend\">");
    for (int k = 0; k < NKINDS; k++)
        fprintf(o, "<span style=\"color:%s\">&#9632; %s</span>", kind_colors[k],
                zc_kind_name((zc_kind)k));
    fprintf(o, "</p>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"%zu\" "
               "role=\"img\" aria-label=\"records by kind per document\">\n", h);
    for (size_t i = 0; i < r->n; i++) {
        size_t cnt[NKINDS] = {0};
        json_t *row;
        size_t j;
        json_array_foreach(r->docs[i].rows, j, row) {
            int k = zc_kind_parse(json_string_value(json_object_get(row, "kind")));
            if (k >= 0)
                cnt[k]++;
        }
        double x = 300;
        fprintf(o, "<text x=\"295\" y=\"%zu\" text-anchor=\"end\" font-size=\"12\">", 22 * i + 16);
        html_str(o, r->docs[i].id);
        fputs("</text>", o);
        for (int k = 0; k < NKINDS; k++) {
            double w = 560.0 * (double)cnt[k] / (double)max;
            if (cnt[k])
                fprintf(o, "<rect x=\"%.1f\" y=\"%zu\" width=\"%.1f\" height=\"16\" fill=\"%s\">"
                           "<title>%s: %zu</title></rect>",
                        x, 22 * i + 4, w, kind_colors[k], zc_kind_name((zc_kind)k), cnt[k]);
            x += w;
        }
        fprintf(o, "<text x=\"%.1f\" y=\"%zu\" font-size=\"12\">%zu</text>\n", x + 4,
                22 * i + 16, json_array_size(r->docs[i].rows));
    }
    fputs("</svg>\n", o);
}

/* Enforcement records by category, over the corpus. */
static void chart_categories(FILE *o, const report *r)
{
    size_t cnt[NCATS] = {0}, max = 1;
    for (size_t i = 0; i < r->n; i++) {
        json_t *row;
        size_t j;
        json_array_foreach(r->docs[i].rows, j, row) {
            json_t *e = json_object_get(row, "enforcement");
            if (e)
                cnt[category_index(json_string_value(json_object_get(e, "category")))]++;
        }
    }
    for (int c = 0; c < NCATS; c++)
        max = cnt[c] > max ? cnt[c] : max;
    fputs("<h2>Enforcement by category</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
          "width=\"900\" height=\"190\" role=\"img\" aria-label=\"enforcement by category\">\n",
          o);
    for (int c = 0; c < NCATS; c++) {
        const char *name = c ? zc_category_name((zc_category)c) : "none";
        double w = 560.0 * (double)cnt[c] / (double)max;
        fprintf(o, "<text x=\"295\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>"
                   "<rect x=\"300\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>"
                   "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%zu</text>\n",
                22 * c + 16, name, 22 * c + 4, w, kind_colors[ZC_KIND_ENFORCEMENT], 304 + w,
                22 * c + 16, cnt[c]);
    }
    fputs("</svg>\n", o);
}

/* Deadlines whose date names its year, on a time axis (one dot each, by year and month). */
static void chart_timeline(FILE *o, const report *r)
{
    int lo = 10000, hi = -1;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            if (hi < 0) {
                fputs("<h2>Timeline of deadlines</h2>\n<p>No deadline names its year.</p>\n", o);
                return;
            }
            fprintf(o, "<h2>Timeline of deadlines</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                       "width=\"900\" height=\"80\" role=\"img\" aria-label=\"timeline of "
                       "deadlines\">\n<line x1=\"40\" y1=\"40\" x2=\"860\" y2=\"40\" "
                       "stroke=\"#999\"/>\n");
            for (int y = lo; y <= hi + 1; y += (hi - lo) / 10 + 1)
                fprintf(o, "<text x=\"%.1f\" y=\"70\" font-size=\"11\" text-anchor=\"middle\">"
                           "%d</text>\n", 40 + 820.0 * (y - lo) / (hi + 1 - lo), y);
        }
        for (size_t i = 0; i < r->n; i++) {
            json_t *row;
            size_t j;
            json_array_foreach(r->docs[i].rows, j, row) {
                const char *date = json_string_value(
                    json_object_get(json_object_get(row, "deadline"), "date"));
                int y, mo = 1;
                if (!date || sscanf(date, "%4d", &y) != 1 || y < 1 || date[0] == 'X')
                    continue;
                if (date[4] == '-' && date[5] >= '0' && date[5] <= '1')
                    sscanf(date + 5, "%2d", &mo);
                if (pass == 0) {
                    lo = y < lo ? y : lo;
                    hi = y > hi ? y : hi;
                    continue;
                }
                double x = 40 + 820.0 * ((y - lo) + (mo - 1) / 12.0) / (hi + 1 - lo);
                fprintf(o, "<circle cx=\"%.1f\" cy=\"40\" r=\"4\" fill=\"%s\" "
                           "fill-opacity=\"0.6\"><title>", x, kind_colors[ZC_KIND_DEADLINE]);
                html_str(o, date);
                fputs(" ", o);
                html_str(o, r->docs[i].id);
                fputs("</title></circle>\n", o);
            }
        }
    }
    fputs("</svg>\n", o);
}

/* Byte offset in UTF-8 text of code point `c` (clamped to the end). */
static size_t byte_of(const char *t, size_t len, size_t c)
{
    size_t b = 0;
    while (b < len && c) {
        b++;
        while (b < len && ((unsigned char)t[b] & 0xC0) == 0x80)
            b++;
        c--;
    }
    return b;
}

/* One document's text with its records as elements. A record that crosses another is
 * closed at the inner end and continued in an element with `data-cont`, so the markup nests
 * and every record still has one `data-record` element. */
static void write_doc(FILE *o, const rdoc *d, size_t *next_id)
{
    fputs("<h2>", o);
    html_str(o, d->id);
    fprintf(o, " <small>(%zu records)</small></h2>\n", json_array_size(d->rows));
    const char *title = meta_text(d, "title"), *issuer = meta_text(d, "issuer");
    const char *date = json_string_value(
        json_object_get(json_object_get(d->meta, "date_issued"), "value"));
    if (title || issuer || date) {   // what the document states of itself
        fputs("<p class=\"meta\">", o);
        const char *parts[] = {title, issuer, date};
        bool first = true;
        for (int k = 0; k < 3; k++)
            if (parts[k]) {
                fputs(first ? "" : " · ", o);
                html_str(o, parts[k]);
                first = false;
            }
        fputs("</p>\n", o);
    }
    if (!d->text) {
        fputs("<p>The text could not be read.</p>\n", o);
        return;
    }
    size_t n = json_array_size(d->rows);
    size_t *bs = calloc(n ? n : 1, sizeof *bs), *be = calloc(n ? n : 1, sizeof *be);
    size_t *open = calloc(n ? n : 1, sizeof *open), nopen = 0, base = *next_id;
    if (!bs || !be || !open) {
        free(bs);
        free(be);
        free(open);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        json_t *row = json_array_get(d->rows, i);
        bs[i] = byte_of(d->text, d->len, row_char(row, 0));
        be[i] = byte_of(d->text, d->len, row_char(row, 1));
        if (be[i] < bs[i])
            be[i] = bs[i];
    }
    fputs("<div class=\"doc\">", o);
    size_t pos = 0, next = 0;   // records come in order of their char start (extract's order)
    for (;;) {
        // The next boundary: the nearest end of an open record or start of the next one.
        size_t stop = d->len;
        for (size_t q = 0; q < nopen; q++)
            stop = be[open[q]] < stop ? be[open[q]] : stop;
        if (next < n && bs[next] < stop)
            stop = bs[next];
        if (stop > pos) {
            html(o, d->text + pos, stop - pos);
            pos = stop;
        }
        // What ends here closes, innermost first; the records that go on are reopened.
        bool ends = false;
        for (size_t q = 0; q < nopen; q++)
            ends = ends || be[open[q]] <= pos;
        if (ends) {
            for (size_t q = 0; q < nopen; q++)
                fputs("</span>", o);
            size_t keep = 0;
            for (size_t q = 0; q < nopen; q++)
                if (be[open[q]] > pos)
                    open[keep++] = open[q];
            nopen = keep;
            for (size_t q = 0; q < nopen; q++)
                fprintf(o, "<span class=\"cont k-%s\" data-cont=\"%zu\">",
                        json_string_value(
                            json_object_get(json_array_get(d->rows, open[q]), "kind")),
                        base + open[q]);
        }
        while (next < n && bs[next] <= pos) {
            json_t *row = json_array_get(d->rows, next);
            const char *kind = json_string_value(json_object_get(row, "kind"));
            char *fields = json_dumps(row, JSON_COMPACT | JSON_ENSURE_ASCII);
            fprintf(o, "<span class=\"k-%s\" data-record=\"%zu\" data-kind=\"%s\" "
                       "data-fields=\"", kind, base + next, kind);
            if (fields)
                html_str(o, fields);
            fputs("\">", o);
            free(fields);
            if (be[next] <= pos)   // an empty span closes at once
                fputs("</span>", o);
            else
                open[nopen++] = next;
            next++;
        }
        if (pos >= d->len && next >= n)
            break;   // every record opened; all end by the text's end, so all are closed
    }
    fputs("</div>\n", o);
    *next_id = base + n;
    free(bs);
    free(be);
    free(open);
}

static void write_report(FILE *o, const report *r)
{
    size_t total = 0;
    for (size_t i = 0; i < r->n; i++)
        total += json_array_size(r->docs[i].rows);
    fputs("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<title>zhengce report</title>\n",
          o);
    write_style(o);
    fprintf(o, "</head>\n<body>\n<header><h1>zhengce report: %zu documents, %zu records</h1>"
               "</header>\n<aside id=\"detail\"></aside>\n<main>\n", r->n, total);
    chart_kinds(o, r);
    chart_categories(o, r);
    chart_timeline(o, r);
    chart_groups(o, r, true);
    chart_groups(o, r, false);
    size_t id = 0;
    for (size_t i = 0; i < r->n; i++)
        write_doc(o, &r->docs[i], &id);
    fputs("</main>\n", o);
    write_script(o);
    fputs("</body>\n</html>\n", o);
}

int cmd_report(int argc, char **argv)
{
    enum { O_RECORDS = 256, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"records", required_argument, NULL, O_RECORDS},
        {"dict-dir", required_argument, NULL, O_DICT}, {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    report r = {0};
    zc_options_init(&r.opt);
    const char *records = NULL, *outpath = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "+ho:", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_report_help(stdout); return EXIT_OK;
        case 'o': outpath = optarg; break;
        case O_RECORDS: records = optarg; break;
        case O_DICT: r.dictdir = optarg; break;
        default:
            return cli_bad_option("report", argv);
        }
    }
    if (!outpath || !records == (optind >= argc))
        return cli_usage("report", "needs -o FILE, and PATHs or --records FILE (one of the two)");
    if (records) {
        load_records(&r, records);
    } else if (open_model(&r)) {
        int rc = cli_each_input("report", argv + optind, argc - optind, &r.opt, report_doc, &r);
        if (rc != EXIT_OK && r.rc == EXIT_OK)
            r.rc = rc;
    }
    if (r.rc != EXIT_MODEL) {
        cli_output out;
        if (!cli_output_open(&out, outpath, "report")) {
            r.rc = EXIT_INPUT;
        } else {
            write_report(out.f, &r);
            if (!cli_output_close(&out, "report"))
                r.rc = EXIT_INPUT;
        }
    }
    for (size_t i = 0; i < r.n; i++) {
        free(r.docs[i].id);
        free(r.docs[i].text);
        json_decref(r.docs[i].rows);
        json_decref(r.docs[i].meta);
    }
    free(r.docs);
    zc_model_close(r.m);
    return r.rc;
}
