/*
 * cmd_export.c — `zhengce export`: the records of documents, with the text they were found
 * in, as the files of an annotation tool (brat, doccano, Label Studio, INCEpTION/WebAnno TSV,
 * CoNLL), so scholars correct them there and `zhengce import` turns the result into gold.
 * The text each tool loads is the decoded document (BOM dropped; LF line ends for brat, which
 * reads files with universal newlines), and the offsets are those the tool counts.
 */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "annot.h"
#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "values.h"

void cmd_export_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce export --to FORMAT [--offsets codepoint|utf16] -o OUTDIR\n"
            "                      [EXTRACTION OPTIONS] [--dict-dir DIR] PATH...\n"
            "       zhengce export --to FORMAT -o OUTDIR [--from LABEL] [--lossy]\n"
            "                      --records RUN.jsonl\n\n"
            "Writes each document's text and its records (the trigger spans) for correction in\n"
            "an annotation tool; `zhengce import` reads the corrected files back as gold.\n"
            "With --records the records of a saved `zhengce extract` run are exported: each\n"
            "record's doc is read and decoded again for its text.\n\n"
            "  --to brat          OUTDIR/NAME.txt (LF line ends) and NAME.ann (standoff: kinds\n"
            "                     as entity types, modality, category and relation as\n"
            "                     attributes, the other fields as AnnotatorNotes), and\n"
            "                     OUTDIR/annotation.conf\n"
            "  --to doccano       OUTDIR/doccano.jsonl: text, label [[start,end,kind]], doc\n"
            "  --to label-studio  OUTDIR/tasks.json (data.text, data.doc and predictions) and\n"
            "                     OUTDIR/label_config.xml, the labeling config to paste\n"
            "  --to webanno-tsv   OUTDIR/NAME.tsv, WebAnno TSV 3.3 for INCEpTION: the words of\n"
            "                     the segmenter and a span layer webanno.custom.Zhengce with\n"
            "                     features kind, category, modality, relation\n"
            "  --to conll         OUTDIR/NAME.conll: word<TAB>B-KIND/I-KIND/O, a blank line\n"
            "                     between sentences (of overlapping records the first wins)\n"
            "  --offsets U        codepoint or utf16; the default is what the tool counts: code\n"
            "                     points for brat and doccano, UTF-16 units (a character outside\n"
            "                     the BMP counts 2) for Label Studio and WebAnno TSV\n"
            "  -o OUTDIR          created if missing; - prints every file to standard output,\n"
            "                     each after a line ==> FILE <==\n"
            "  --doc-date YYYY-MM-DD, --user-dict FILE, --no-t2s, --keep-boilerplate,\n"
            "  --from LABEL, --lossy   as for `zhengce extract` (give a saved run's --from and\n"
            "                     --lossy again with --records, so its documents decode alike)\n\n"
            "NAME is the document's file name (seed.txt gives seed.txt.txt and seed.txt.ann), so\n"
            "`zhengce import` gives the gold records the doc the gold files use.\n\n"
            "Examples:\n"
            "  zhengce export --to brat -o brat/ corpus/seed.txt\n"
            "  zhengce extract -o run.jsonl policies/ && zhengce export --to label-studio \\\n"
            "      -o ls/ --records run.jsonl\n");
}

/* One record to export: a kind and a char span of the decoded text. */
typedef struct xrec {
    int kind;
    size_t cs, ce;
    json_t *row;
    size_t idx;               /* order in the run */
} xrec;

static int by_start(const void *a, const void *b)
{
    const xrec *x = a, *y = b;
    if (x->cs != y->cs)
        return x->cs < y->cs ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* A document as a tool sees it. */
typedef struct xdoc {
    const char *id, *name;    /* doc as given, its file name */
    const char *text;         /* decoded UTF-8 */
    size_t len, n;            /* bytes, code points */
    size_t *b;                /* byte of each code point (n + 1) */
    size_t *u;                /* offset in the tool's text of each code point (n + 1) */
    size_t *tb;               /* byte in the tool's text of each code point (n + 1) */
    char *tool;               /* the tool's text (LF line ends for brat) */
    size_t tool_len;
    xrec *recs;
    size_t nrecs;
} xdoc;

typedef struct exporter {
    annot_format fmt;
    annot_unit unit;
    const char *outdir;
    bool to_stdout;
    zc_model *m;
    zc_segmenter *seg;
    zc_options opt;           /* how documents are read and extracted */
    json_t *names;            /* file names written, to refuse two documents of one name */
    FILE *stream;             /* doccano.jsonl or tasks.json */
    size_t ntasks;
} exporter;

/* Opens OUTDIR/name for writing, or standard output after a ==> name <== line. */
static FILE *out_open(exporter *x, const char *name)
{
    if (x->to_stdout) {
        printf("==> %s <==\n", name);
        return stdout;
    }
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/%s", x->outdir, name);
    if (n < 0 || (size_t)n >= sizeof path) {
        cli_error("export", "%s: its path in the output folder is too long (%d bytes, at most %zu)",
                  name, n, sizeof path - 1);
        return NULL;
    }
    FILE *f = fopen(path, "w");
    if (!f)
        cli_error("export", "%s: cannot create: %s", path, strerror(errno));
    return f;
}

static bool out_close(exporter *x, FILE *f, const char *name)
{
    if (f == stdout)
        return fflush(f) == 0;
    bool ok = !ferror(f);
    if (fclose(f) != 0 || !ok) {
        cli_error("export", "%s/%s: write error", x->outdir, name);
        return false;
    }
    return true;
}

/* Code point of the decoded text at byte `pos` (the first at or after it). */
static size_t cp_at(const xdoc *d, size_t pos)
{
    size_t lo = 0, hi = d->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->b[mid] < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Fills the offset tables and the tool's text. */
static bool xdoc_view(xdoc *d, bool lf, annot_unit unit)
{
    size_t cap = d->len + 1;
    d->b = malloc(cap * sizeof *d->b);
    d->u = malloc(cap * sizeof *d->u);
    d->tb = malloc(cap * sizeof *d->tb);
    d->tool = malloc(cap);
    if (!d->b || !d->u || !d->tb || !d->tool)
        return false;
    size_t k = 0, units = 0, tl = 0;
    for (size_t i = 0; i < d->len; i++) {
        unsigned char c = (unsigned char)d->text[i];
        if ((c & 0xC0) != 0x80) {
            d->b[k] = i;
            d->u[k] = units;
            d->tb[k] = tl;
            k++;
            if (lf && c == '\r' && i + 1 < d->len && d->text[i + 1] == '\n')
                continue;   // CRLF: the CR is not in the tool's text
            units += unit == UNIT_UTF16 && c >= 0xF0 ? 2 : 1;
        }
        d->tool[tl++] = lf && c == '\r' ? '\n' : (char)c;
    }
    d->b[k] = d->len;
    d->u[k] = units;
    d->tb[k] = tl;
    d->n = k;
    d->tool_len = tl;
    d->tool[tl] = '\0';
    return true;
}

static void xdoc_free(xdoc *d)
{
    free(d->b);
    free(d->u);
    free(d->tb);
    free(d->tool);
    free(d->recs);
}

/* The records of `rows` whose span.char slices the text to their text; false (named on
 * stderr) when one does not, as when a document changed since the run. */
static bool xdoc_records(xdoc *d, json_t *rows)
{
    d->recs = calloc(json_array_size(rows) + 1, sizeof *d->recs);
    if (!d->recs) {
        cli_error("export", "out of memory");
        return false;
    }
    size_t i;
    json_t *row;
    json_array_foreach(rows, i, row) {
        json_t *ch = json_object_get(json_object_get(row, "span"), "char");
        json_t *s = json_array_get(ch, 0), *e = json_array_get(ch, 1);
        const char *text = json_string_value(json_object_get(row, "text"));
        int kind = annot_kind(json_string_value(json_object_get(row, "kind")));
        if (kind < 0)
            continue;
        json_int_t cs = json_integer_value(s), ce = json_integer_value(e);
        if (!json_is_integer(s) || !json_is_integer(e) || cs < 0 || ce <= cs ||
            (size_t)ce > d->n || !text || strlen(text) != d->b[ce] - d->b[cs] ||
            memcmp(text, d->text + d->b[cs], strlen(text)) != 0) {
            cli_error("export", "%s: a record's span.char [%lld, %lld) does not give its text "
                                "'%s' (did the document change since the run?)",
                      d->id, (long long)cs, (long long)ce, text ? text : "");
            return false;
        }
        d->recs[d->nrecs] = (xrec){kind, (size_t)cs, (size_t)ce, row, d->nrecs};
        d->nrecs++;
    }
    // In text order (a saved run edited by hand may not be), as the writers of words expect.
    qsort(d->recs, d->nrecs, sizeof *d->recs, by_start);
    return true;
}

/* ---- brat --------------------------------------------------------------------------- */

static bool brat_conf(exporter *x)
{
    FILE *f = out_open(x, "annotation.conf");
    if (!f)
        return false;
    fputs("# zhengce records: kinds as entity types, closed fields as attributes\n"
          "[entities]\n", f);
    for (int k = 0; k < 4; k++)
        fprintf(f, "%s\n", zc_kind_name((zc_kind)k));
    // Records may overlap (a deadline inside a target's clause).
    fputs("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
          "\n[events]\n\n[attributes]\n", f);
    for (size_t a = 0; a < sizeof annot_attrs / sizeof *annot_attrs; a++) {
        const annot_attr *at = &annot_attrs[a];
        fprintf(f, "%s\tArg:%s, Value:", at->name,
                at->kind < 0 ? "<ENTITY>" : zc_kind_name((zc_kind)at->kind));
        for (int v = 0; v < 8 && at->values[v]; v++)
            fprintf(f, "%s%s", v ? "|" : "", at->values[v]);
        fputc('\n', f);
    }
    return out_close(x, f, "annotation.conf");
}

/* A line break of the tool's text at code point c (a CR dropped from CRLF counts too). */
static bool brat_break(const xdoc *d, size_t c)
{
    return d->tb[c + 1] == d->tb[c] || d->tool[d->tb[c]] == '\n';
}

/* Writes the offsets ("S E;S E") or the text (joined by spaces) of the fragments of a span
 * across line breaks, as brat writes them; false when it has none. */
static bool brat_fragments(FILE *f, const xdoc *d, const xrec *r, bool text)
{
    bool first = true;
    for (size_t c = r->cs; c < r->ce;) {
        while (c < r->ce && brat_break(d, c))
            c++;
        size_t s = c;
        while (c < r->ce && !brat_break(d, c))
            c++;
        if (c == s)
            continue;
        if (text) {
            if (!first)
                fputc(' ', f);
            fwrite(d->tool + d->tb[s], 1, d->tb[c] - d->tb[s], f);
        } else {
            fprintf(f, "%s%zu %zu", first ? "" : ";", d->u[s], d->u[c]);
        }
        first = false;
    }
    return !first;
}

static bool brat_doc(exporter *x, xdoc *d)
{
    char name[4096];
    snprintf(name, sizeof name, "%s.txt", d->name);
    FILE *f = out_open(x, name);
    if (!f)
        return false;
    fwrite(d->tool, 1, d->tool_len, f);
    if (f == stdout && d->tool_len && d->tool[d->tool_len - 1] != '\n')
        fputc('\n', f);   // so the next ==> FILE <== line starts a line
    if (!out_close(x, f, name))
        return false;
    snprintf(name, sizeof name, "%s.ann", d->name);
    if (!(f = out_open(x, name)))
        return false;
    size_t na = 0;
    for (size_t i = 0; i < d->nrecs; i++) {
        const xrec *r = &d->recs[i];
        fprintf(f, "T%zu\t%s ", i + 1, zc_kind_name((zc_kind)r->kind));
        if (!brat_fragments(f, d, r, false)) {   // nothing but line breaks
            fprintf(f, "%zu %zu\t", d->u[r->cs], d->u[r->ce]);
            for (size_t p = d->tb[r->cs]; p < d->tb[r->ce]; p++)
                fputc(' ', f);
        } else {
            fputc('\t', f);
            brat_fragments(f, d, r, true);
        }
        fputc('\n', f);
        for (size_t a = 0; a < sizeof annot_attrs / sizeof *annot_attrs; a++) {
            const char *v = annot_attr_value(r->row, &annot_attrs[a]);
            if (v)
                fprintf(f, "A%zu\t%s T%zu %s\n", ++na, annot_attrs[a].name, i + 1, v);
        }
        char *notes = annot_notes(r->row);
        if (notes)
            fprintf(f, "#%zu\tAnnotatorNotes T%zu\t%s\n", i + 1, i + 1, notes);
        free(notes);
    }
    return out_close(x, f, name);
}

/* ---- doccano and Label Studio ------------------------------------------------------- */

static bool write_json_line(exporter *x, json_t *obj, const char *name)
{
    int rc = json_dumpf(obj, x->stream, JSON_COMPACT | JSON_REAL_PRECISION(15));
    json_decref(obj);
    fputc('\n', x->stream);
    if (rc != 0 || ferror(x->stream)) {
        cli_error("export", "%s: write error", name);
        return false;
    }
    return true;
}

static bool doccano_doc(exporter *x, xdoc *d)
{
    json_t *labels = json_array();
    for (size_t i = 0; i < d->nrecs; i++) {
        const xrec *r = &d->recs[i];
        json_array_append_new(labels, json_pack("[IIs]", (json_int_t)d->u[r->cs],
                                                (json_int_t)d->u[r->ce],
                                                zc_kind_name((zc_kind)r->kind)));
    }
    json_t *line = json_pack("{s:s%,s:o,s:s}", "text", d->tool, d->tool_len, "label", labels,
                             "doc", d->id);
    return line && write_json_line(x, line, "doccano.jsonl");
}

static bool ls_config(exporter *x)
{
    FILE *f = out_open(x, "label_config.xml");
    if (!f)
        return false;
    fputs("<View>\n  <Labels name=\"label\" toName=\"text\">\n", f);
    for (int k = 0; k < 4; k++)
        fprintf(f, "    <Label value=\"%s\"/>\n", zc_kind_name((zc_kind)k));
    fputs("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n"
          "  <View visibleWhen=\"region-selected\">\n", f);
    for (size_t a = 0; a < sizeof annot_attrs / sizeof *annot_attrs; a++) {
        const annot_attr *at = &annot_attrs[a];
        fprintf(f, "    <Header value=\"%s\"/>\n    <Choices name=\"%s\" toName=\"text\" "
                   "perRegion=\"true\" choice=\"single\">\n", at->name, at->name);
        for (int v = 0; v < 8 && at->values[v]; v++)
            fprintf(f, "      <Choice value=\"%s\"/>\n", at->values[v]);
        fputs("    </Choices>\n", f);
    }
    fputs("    <Header value=\"notes\"/>\n    <TextArea name=\"notes\" toName=\"text\" "
          "perRegion=\"true\" editable=\"true\"/>\n  </View>\n</View>\n", f);
    return out_close(x, f, "label_config.xml");
}

/* A result item of a Label Studio region: type `type` from control `from`. */
static json_t *ls_item(const char *id, const char *from, const char *type, const xdoc *d,
                       const xrec *r)
{
    json_t *value = json_pack("{s:I,s:I}", "start", (json_int_t)d->u[r->cs], "end",
                              (json_int_t)d->u[r->ce]);
    return json_pack("{s:s,s:s,s:s,s:s,s:o}", "id", id, "from_name", from, "to_name", "text",
                     "type", type, "value", value);
}

static bool ls_doc(exporter *x, xdoc *d)
{
    json_t *result = json_array();
    for (size_t i = 0; i < d->nrecs; i++) {
        const xrec *r = &d->recs[i];
        char id[32];
        snprintf(id, sizeof id, "r%zu", i + 1);
        json_t *it = ls_item(id, "label", "labels", d, r), *value = json_object_get(it, "value");
        json_object_set_new(value, "text", json_stringn(d->text + d->b[r->cs],
                                                        d->b[r->ce] - d->b[r->cs]));
        json_object_set_new(value, "labels", json_pack("[s]", zc_kind_name((zc_kind)r->kind)));
        json_array_append_new(result, it);
        for (size_t a = 0; a < sizeof annot_attrs / sizeof *annot_attrs; a++) {
            const char *v = annot_attr_value(r->row, &annot_attrs[a]);
            if (!v)
                continue;
            it = ls_item(id, annot_attrs[a].name, "choices", d, r);
            json_object_set_new(json_object_get(it, "value"), "choices", json_pack("[s]", v));
            json_array_append_new(result, it);
        }
        char *notes = annot_notes(r->row);
        if (notes) {
            it = ls_item(id, "notes", "textarea", d, r);
            json_object_set_new(json_object_get(it, "value"), "text", json_pack("[s]", notes));
            json_array_append_new(result, it);
        }
        free(notes);
    }
    char version[64];
    snprintf(version, sizeof version, "zhengce %s", zc_version());
    json_t *task = json_pack("{s:{s:s%,s:s},s:[{s:s,s:o}]}", "data", "text", d->tool,
                             d->tool_len, "doc", d->id, "predictions", "model_version", version,
                             "result", result);
    fputs(x->ntasks++ ? ",\n" : "[\n", x->stream);
    return task && write_json_line(x, task, "tasks.json");
}

/* ---- words: WebAnno TSV and CoNLL --------------------------------------------------- */

typedef struct tok {
    size_t start, end;        /* bytes of the decoded text */
    bool sent;                /* the first of a sentence */
} tok;

typedef struct toks {
    tok *v;
    size_t n, cap;
} toks;

static int tok_push(toks *t, size_t s, size_t e)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 256;
        tok *v = realloc(t->v, cap * sizeof *v);
        if (!v)
            return 1;
        t->v = v;
        t->cap = cap;
    }
    t->v[t->n++] = (tok){s, e, false};
    return 0;
}

typedef struct cut_arg {
    toks *t;
    const size_t *cuts;       /* record boundaries, bytes, sorted */
    size_t ncuts;
    bool oom;
} cut_arg;

/* Keeps a word, cut at every record boundary inside it, so records cover whole tokens. */
static int on_word(const zc_word *w, void *arg)
{
    cut_arg *a = arg;
    size_t s = w->start, lo = 0, hi = a->ncuts;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a->cuts[mid] <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < a->ncuts && a->cuts[lo] < w->end; lo++) {
        if (a->cuts[lo] == s)
            continue;   // two records share the boundary
        if (tok_push(a->t, s, a->cuts[lo]))
            return a->oom = true;
        s = a->cuts[lo];
    }
    return a->oom = tok_push(a->t, s, w->end) != 0;
}

static int by_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The words of the document and where sentences start (the structure's sentences and line
 * breaks). False when out of memory or when the document has no structure. */
static bool words(exporter *x, zc_doc *zd, xdoc *d, toks *t)
{
    size_t *cuts = malloc((2 * d->nrecs + 1) * sizeof *cuts);
    if (!cuts)
        return false;
    for (size_t i = 0; i < d->nrecs; i++) {
        cuts[2 * i] = d->b[d->recs[i].cs];
        cuts[2 * i + 1] = d->b[d->recs[i].ce];
    }
    qsort(cuts, 2 * d->nrecs, sizeof *cuts, by_size);
    cut_arg a = {t, cuts, 2 * d->nrecs, false};
    bool ok = zc_segment(x->seg, d->text, d->len, on_word, &a) == ZC_OK && !a.oom &&
              zc_structure(x->m, zd) == ZC_OK;
    free(cuts);
    if (!ok)
        return false;
    size_t ns = zc_doc_nsentences(zd), k = 0;
    for (size_t i = 0; i < t->n; i++) {
        bool sent = i == 0;
        if (i > 0)
            for (size_t p = t->v[i - 1].end; p < t->v[i].start; p++)
                sent = sent || d->text[p] == '\n' || d->text[p] == '\r';
        for (; k < ns; k++) {
            zc_sentence_info si;
            zc_doc_sentence(zd, k, &si);
            zc_origin o;
            zc_doc_origin(zd, si.start, si.end, &o);
            if (d->b[o.char_start] > t->v[i].start)
                break;
            sent = true;
        }
        t->v[i].sent = sent || i == 0;
    }
    return true;
}

/* Writes token text with WebAnno TSV's reserved characters escaped. */
static void tsv_escaped(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (strchr("\\[]|_*;", s[i]) || (s[i] == '-' && i + 1 < n && s[i + 1] == '>'))
            fputc('\\', f);
        fputc(s[i], f);
    }
}

/* The document's words (the token formats write one per line) and its output file NAME
 * (the document's name and `ext`); NULL, having said why, when either fails. */
static FILE *open_tokens(exporter *x, zc_doc *zd, xdoc *d, const char *ext, toks *t,
                         char *name, size_t namelen)
{
    *t = (toks){0};
    if (!words(x, zd, d, t)) {
        free(t->v);
        cli_error("export", "%s: cannot find its words", d->id);
        return NULL;
    }
    snprintf(name, namelen, "%s%s", d->name, ext);
    FILE *f = out_open(x, name);
    if (!f)
        free(t->v);
    return f;
}

static bool webanno_doc(exporter *x, zc_doc *zd, xdoc *d)
{
    toks t;
    char name[4096];
    FILE *f = open_tokens(x, zd, d, ".tsv", &t, name, sizeof name);
    if (!f)
        return false;
    // The layer's features, in the columns' order: kind, the attributes, the notes.
    fputs("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Zhengce|kind", f);
    size_t nattr = sizeof annot_attrs / sizeof *annot_attrs;
    for (size_t a = 0; a < nattr; a++)
        fprintf(f, "|%s", annot_attrs[a].name);
    fputs("|notes\n\n", f);
    // Annotations over several tokens carry an id, [n], on each of them.
    size_t *ids = calloc(d->nrecs + 1, sizeof *ids), next_id = 0;
    size_t sno = 0, tno = 0, lo = 0;
    for (size_t i = 0; ids && i < t.n; i++) {
        if (t.v[i].sent) {
            size_t j = i + 1;
            while (j < t.n && !t.v[j].sent)
                j++;
            fprintf(f, "\n#Text=");
            fwrite(d->text + t.v[i].start, 1, t.v[j - 1].end - t.v[i].start, f);
            fputc('\n', f);
            sno++;
            tno = 0;
        }
        size_t cs = cp_at(d, t.v[i].start), ce = cp_at(d, t.v[i].end);
        fprintf(f, "%zu-%zu\t%zu-%zu\t", sno, ++tno, d->u[cs], d->u[ce]);
        tsv_escaped(f, d->text + t.v[i].start, t.v[i].end - t.v[i].start);
        while (lo < d->nrecs && d->recs[lo].ce <= cs)   // records are in order of start
            lo++;
        for (size_t col = 0; col <= nattr + 1; col++) {
            fputc('\t', f);
            bool any = false;
            for (size_t r = lo; r < d->nrecs && d->recs[r].cs <= cs; r++) {
                const xrec *rec = &d->recs[r];
                if (rec->ce < ce)
                    continue;
                if (!ids[r] && (rec->cs < cs || rec->ce > ce))
                    ids[r] = ++next_id;
                char *notes = col == nattr + 1 ? annot_notes(rec->row) : NULL;
                const char *v = col == 0       ? zc_kind_name((zc_kind)rec->kind)
                                : col <= nattr ? annot_attr_value(rec->row, &annot_attrs[col - 1])
                                               : notes;
                if (any)
                    fputc('|', f);
                if (v)
                    tsv_escaped(f, v, strlen(v));
                else
                    fputc('*', f);
                free(notes);
                if (ids[r])
                    fprintf(f, "[%zu]", ids[r]);
                any = true;
            }
            if (!any)
                fputc('_', f);
        }
        fputs("\t\n", f);
    }
    bool ok = ids != NULL;
    free(ids);
    free(t.v);
    if (!ok)
        cli_error("export", "out of memory");
    return out_close(x, f, name) && ok;
}

static bool conll_doc(exporter *x, zc_doc *zd, xdoc *d)
{
    toks t;
    char name[4096];
    FILE *f = open_tokens(x, zd, d, ".conll", &t, name, sizeof name);
    if (!f)
        return false;
    size_t prev = (size_t)-1, lo = 0;   // the record of the previous token
    for (size_t i = 0; i < t.n; i++) {
        if (t.v[i].sent && i)
            fputc('\n', f);
        size_t cs = cp_at(d, t.v[i].start), r;
        while (lo < d->nrecs && d->recs[lo].ce <= cs)   // records are in order of start
            lo++;
        for (r = lo; r < d->nrecs && d->recs[r].cs <= cs; r++)
            if (cs < d->recs[r].ce)
                break;
        if (r < d->nrecs && d->recs[r].cs > cs)
            r = d->nrecs;
        fwrite(d->text + t.v[i].start, 1, t.v[i].end - t.v[i].start, f);
        if (r == d->nrecs)
            fputs("\tO\n", f);
        else
            fprintf(f, "\t%c-%s\n", r == prev && !t.v[i].sent ? 'I' : 'B',
                    zc_kind_name((zc_kind)d->recs[r].kind));
        prev = r;
    }
    free(t.v);
    return out_close(x, f, name);
}

/* ---- documents ---------------------------------------------------------------------- */

/* Exports one decoded document with its record rows. */
static bool export_doc(exporter *x, zc_doc *zd, const char *id, json_t *rows)
{
    xdoc d = {.id = id, .name = annot_base(id)};
    d.text = zc_doc_decoded(zd, &d.len);
    if (json_object_get(x->names, d.name)) {
        cli_error("export", "%s: another document of this file name was exported; export "
                            "them to separate folders", id);
        return false;
    }
    json_object_set_new(x->names, d.name, json_true());
    bool ok = xdoc_view(&d, x->fmt == FMT_BRAT, x->unit);
    if (!ok)
        cli_error("export", "out of memory");
    else
        ok = xdoc_records(&d, rows);
    if (ok) {
        switch (x->fmt) {
        case FMT_BRAT: ok = brat_doc(x, &d); break;
        case FMT_DOCCANO: ok = doccano_doc(x, &d); break;
        case FMT_LABEL_STUDIO: ok = ls_doc(x, &d); break;
        case FMT_WEBANNO: ok = webanno_doc(x, zd, &d); break;
        case FMT_CONLL: ok = conll_doc(x, zd, &d); break;
        case FMT_NONE: break;
        }
    }
    xdoc_free(&d);
    return ok;
}

/* The record rows of an extracted document. */
static json_t *extracted(const zc_doc *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&buf, &len);
    if (!mf)
        return NULL;
    bool ok = zc_doc_write_jsonl(d, mf) == ZC_OK;
    if (fclose(mf) != 0)
        ok = false;
    json_t *rows = ok ? json_array() : NULL;
    for (char *line = buf, *nl; rows && line && *line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        json_t *row = json_loadb(line, nl ? (size_t)(nl - line) : strlen(line), 0, NULL);
        if (row)
            json_array_append_new(rows, row);
    }
    free(buf);
    return rows;
}

/* cli_each_input's callback: extracts a document and exports it with its records. */
static bool export_input(zc_doc *d, void *arg)
{
    exporter *x = arg;
    const char *id = zc_doc_id(d);
    if (zc_extract(x->m, d) != ZC_OK) {
        cli_error("export", "%s: %s", id, zc_doc_errmsg(d));
        return false;
    }
    json_t *rows = extracted(d);
    if (!rows)
        cli_error("export", "%s: cannot write its records", id);
    bool ok = rows && export_doc(x, d, id, rows);
    json_decref(rows);
    return ok;
}

/* Exports the records of a saved run, document by document in the order of the run. */
static int export_run(exporter *x, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_error("export", "%s: cannot open: %s", path, strerror(errno));
        return EXIT_INPUT;
    }
    json_t *docs = json_object(), *order = json_array();
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    int rc = EXIT_OK;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        if (strspn(line, " \t\r\n") == strlen(line))
            continue;
        json_t *row = json_loads(line, JSON_DISABLE_EOF_CHECK, NULL);
        const char *doc = json_string_value(json_object_get(row, "doc"));
        if (!json_is_object(row) || !doc) {
            cli_error("export", "%s:%zu: not a record of `zhengce extract`", path, lineno);
            rc = EXIT_INPUT;
        } else if (!json_object_get(row, "error") &&
                   annot_kind(json_string_value(json_object_get(row, "kind"))) >= 0) {
            json_t *rows = json_object_get(docs, doc);
            if (!rows) {
                json_object_set_new(docs, doc, rows = json_array());
                json_array_append_new(order, json_string(doc));
            }
            json_array_append(rows, row);
        }
        json_decref(row);
    }
    free(line);
    fclose(f);
    size_t i;
    json_t *v;
    json_array_foreach(order, i, v) {
        const char *doc = json_string_value(v);
        zc_doc *d = cli_read_doc(doc, &x->opt);
        if (!d) {
            rc = EXIT_INPUT;
        } else if (zc_decode(x->m, d) != ZC_OK) {
            cli_error("export", "%s: %s", doc, zc_doc_errmsg(d));
            rc = EXIT_INPUT;
        } else if (!export_doc(x, d, doc, json_object_get(docs, doc))) {
            rc = EXIT_INPUT;
        }
        zc_doc_free(d);
    }
    json_decref(docs);
    json_decref(order);
    return rc;
}

/* What export's options give besides the exporter's own fields. */
typedef struct export_args {
    const char *dictdir, *records, *udicts[64];
    size_t nudicts;
} export_args;

/* Parses export's options into *x and *a; returns -1 to go on, else the exit status. */
static int export_options(int argc, char **argv, exporter *x, export_args *a)
{
    enum {
        O_TO = 256, O_OFFSETS, O_RECORDS, O_DICT, O_HELP, O_DATE, O_UDICT, O_NO_T2S, O_KEEP,
        O_FROM, O_LOSSY
    };
    static const struct option opts[] = {
        {"to", required_argument, NULL, O_TO},
        {"offsets", required_argument, NULL, O_OFFSETS},
        {"output", required_argument, NULL, 'o'},
        {"records", required_argument, NULL, O_RECORDS},
        {"doc-date", required_argument, NULL, O_DATE},
        {"user-dict", required_argument, NULL, O_UDICT},
        {"no-t2s", no_argument, NULL, O_NO_T2S},
        {"keep-boilerplate", no_argument, NULL, O_KEEP},
        {"from", required_argument, NULL, O_FROM},
        {"lossy", no_argument, NULL, O_LOSSY},
        {"dict-dir", required_argument, NULL, O_DICT}, {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    x->fmt = FMT_NONE;
    x->unit = UNIT_DEFAULT;
    zc_options_init(&x->opt);   // as `zhengce extract` does
    int c;
    while ((c = getopt_long(argc, argv, "+ho:", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_export_help(stdout); return EXIT_OK;
        case O_TO:
            if ((x->fmt = annot_format_parse(optarg)) == FMT_NONE)
                return cli_usage("export", "unknown format '%s' (brat, doccano, label-studio, "
                                           "webanno-tsv, conll)", optarg);
            break;
        case O_OFFSETS:
            if ((x->unit = annot_unit_parse(optarg)) == UNIT_DEFAULT)
                return cli_usage("export", "--offsets is codepoint or utf16");
            break;
        case 'o': x->outdir = optarg; break;
        case O_RECORDS: a->records = optarg; break;
        case O_DATE:
            if (!cli_valid_date(optarg))
                return cli_usage("export", "--doc-date wants YYYY-MM-DD, got '%s'", optarg);
            x->opt.doc_date = optarg;
            break;
        case O_UDICT:
            if (a->nudicts == sizeof a->udicts / sizeof *a->udicts)
                return cli_usage("export", "too many --user-dict files");
            a->udicts[a->nudicts++] = optarg;
            break;
        case O_NO_T2S: x->opt.t2s = 0; break;
        case O_KEEP: x->opt.keep_boilerplate = 1; break;
        case O_FROM:
            if (!cli_parse_from("export", optarg, &x->opt))
                return EXIT_USAGE;
            break;
        case O_LOSSY: x->opt.lossy = 1; break;
        case O_DICT: a->dictdir = optarg; break;
        default:
            return cli_bad_option("export", argv);
        }
    }
    if (x->fmt == FMT_NONE || !x->outdir)
        return cli_usage("export", "needs --to FORMAT and -o OUTDIR");
    if (!a->records == (optind >= argc))
        return cli_usage("export", "give PATHs or --records FILE (one of the two)");
    return -1;
}

int cmd_export(int argc, char **argv)
{
    exporter x = {0};
    export_args a = {0};
    int rc = export_options(argc, argv, &x, &a);
    if (rc >= 0)
        return rc;
    if (x.unit == UNIT_DEFAULT)
        x.unit = annot_default_unit(x.fmt);
    x.to_stdout = strcmp(x.outdir, "-") == 0;
    if (!x.to_stdout && mkdir(x.outdir, 0777) != 0 && errno != EEXIST) {
        cli_error("export", "%s: cannot create: %s", x.outdir, strerror(errno));
        return EXIT_INPUT;
    }
    if (!(x.m = cli_open_model(a.dictdir)))
        return EXIT_MODEL;
    for (size_t i = 0; i < a.nudicts; i++)
        if (!cli_add_user_dict(x.m, a.udicts[i])) {
            zc_model_close(x.m);
            return EXIT_MODEL;
        }
    rc = EXIT_OK;
    const char *stream = x.fmt == FMT_DOCCANO        ? "doccano.jsonl"
                         : x.fmt == FMT_LABEL_STUDIO ? "tasks.json"
                                                     : NULL;
    bool ok = (x.fmt != FMT_BRAT || brat_conf(&x)) &&
              (x.fmt != FMT_LABEL_STUDIO || ls_config(&x)) &&
              (!stream || (x.stream = out_open(&x, stream))) &&
              ((x.fmt != FMT_WEBANNO && x.fmt != FMT_CONLL) ||
               zc_segmenter_new(x.m, &x.seg) == ZC_OK);
    x.names = json_object();
    if (ok)
        rc = a.records ? export_run(&x, a.records)
                     : cli_each_input("export", argv + optind, argc - optind, &x.opt,
                                      export_input, &x);
    else
        rc = EXIT_INPUT;
    if (x.stream) {
        if (x.fmt == FMT_LABEL_STUDIO)
            fputs(x.ntasks ? "]\n" : "[]\n", x.stream);
        if (!out_close(&x, x.stream, stream))
            rc = EXIT_INPUT;
    }
    json_decref(x.names);
    zc_segmenter_free(x.seg);
    zc_model_close(x.m);
    return rc;
}
