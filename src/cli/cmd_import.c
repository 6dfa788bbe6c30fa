/*
 * cmd_import.c — `zhengce import`: annotations corrected in brat, doccano, Label Studio or
 * INCEpTION (the files `zhengce export` wrote, after the tool) as gold records in the format
 * of docs/RECORDS.md: doc (the file name), kind, text and occurrence counted as `zhengce
 * eval` locates gold texts, with the fields the tool's attributes and notes carry.
 */
#include <dirent.h>
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

void cmd_import_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce import --from FORMAT [--offsets codepoint|utf16] -o GOLD.jsonl\n"
            "                      DIR|FILE...\n\n"
            "Reads annotations corrected in an annotation tool, as `zhengce export` wrote them\n"
            "and the tool saved or exported them, and writes gold records (docs/RECORDS.md):\n"
            "doc (the document's file name), kind, text, occurrence (counted the way `zhengce\n"
            "eval` finds gold texts), modality, and the fields of attributes and notes.\n\n"
            "  --from brat          every NAME.ann with its NAME.txt in the DIRs (doc: NAME)\n"
            "  --from doccano       JSONL files (every *.jsonl of a DIR): text, label\n"
            "                       [[start,end,kind]] or entities, doc\n"
            "  --from label-studio  JSON exports (every *.json of a DIR): of each task the last\n"
            "                       annotation not cancelled, else its prediction\n"
            "  --from webanno-tsv   WebAnno TSV 3 files (every *.tsv of a DIR; doc: NAME of\n"
            "                       NAME.tsv) with the span layer of feature kind\n"
            "  --offsets U          codepoint or utf16, when the tool counted otherwise than\n"
            "                       its default (see `zhengce export --help`)\n"
            "  -o GOLD.jsonl        the gold file (- for standard output)\n\n"
            "A bad line is named as FILE:LINE (exit status 1); the other files are imported.\n\n"
            "Examples:\n"
            "  zhengce export --to brat -o brat/ corpus/seed.txt\n"
            "  # ... correct brat/ in brat ...\n"
            "  zhengce import --from brat -o gold.jsonl brat/\n"
            "  zhengce eval --gold gold.jsonl corpus/seed.txt\n");
}

/* One annotation read from a tool: bytes of its text, and a gold row with its fields. */
typedef struct ann {
    size_t start, end;
    json_t *row;
} ann;

typedef struct anns {
    ann *v;
    size_t n, cap;
} anns;

typedef struct importer {
    annot_unit unit;         /* UNIT_DEFAULT: the format's */
    annot_format fmt;
    FILE *out;
    int rc;
} importer;

static ann *anns_add(anns *a, int kind)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? 2 * a->cap : 32;
        ann *v = realloc(a->v, cap * sizeof *v);
        if (!v)
            return NULL;
        a->v = v;
        a->cap = cap;
    }
    ann *x = &a->v[a->n++];
    x->start = x->end = 0;
    x->row = json_pack("{s:s}", "kind", zc_kind_name((zc_kind)kind));
    return x;
}

static void anns_clear(anns *a)
{
    for (size_t i = 0; i < a->n; i++)
        json_decref(a->v[i].row);
    a->n = 0;
}

static int by_start(const void *x, const void *y)
{
    const ann *a = x, *b = y;
    return a->start != b->start ? (a->start < b->start ? -1 : 1)
                                : (a->end != b->end ? (a->end < b->end ? -1 : 1) : 0);
}

static void bad(importer *im, const char *file, size_t line, const char *fmt, const char *arg)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, arg ? arg : "");
    if (line)
        cli_error("import", "%s:%zu: %s", file, line, msg);
    else
        cli_error("import", "%s: %s", file, msg);
    im->rc = EXIT_INPUT;
}

/* Byte offsets of the unit offsets [s, e) of `text`; false when outside it or inside a
 * character. */
static bool to_bytes(const size_t *tab, size_t n, long long s, long long e, ann *a)
{
    if (s < 0 || e <= s || (size_t)e > n || tab[s] == (size_t)-1 || tab[e] == (size_t)-1)
        return false;
    a->start = tab[s];
    a->end = tab[e];
    return true;
}

/* Writes the gold rows of one document, in text order. */
static void emit(importer *im, const char *doc, const char *text, size_t len, anns *a)
{
    qsort(a->v, a->n, sizeof *a->v, by_start);
    json_t *states = json_object();   // text -> the search state of its occurrences
    for (size_t i = 0; i < a->n; i++) {
        const ann *x = &a->v[i];
        char *t = strndup(text + x->start, x->end - x->start);
        json_t *st = t ? json_object_get(states, t) : NULL;
        size_t state[2] = {0, 0};
        if (st) {
            state[0] = (size_t)json_integer_value(json_array_get(st, 0));
            state[1] = (size_t)json_integer_value(json_array_get(st, 1));
        }
        size_t occ = annot_occurrence(text, len, x->start, x->end - x->start, state);
        if (t)
            json_object_set_new(states, t, json_pack("[II]", (json_int_t)state[0],
                                                     (json_int_t)state[1]));
        free(t);
        json_t *row = json_pack("{s:s,s:O,s:s%,s:I}", "doc", doc, "kind",
                                json_object_get(x->row, "kind"), "text", text + x->start,
                                x->end - x->start, "occurrence", (json_int_t)occ);
        const char *key;
        json_t *v;
        json_object_foreach(x->row, key, v) {
            if (strcmp(key, "kind") != 0)
                json_object_set(row, key, v);
        }
        json_dumpf(row, im->out, JSON_COMPACT | JSON_REAL_PRECISION(15));
        fputc('\n', im->out);
        json_decref(row);
    }
    json_decref(states);
}

/* Reads a whole file (NUL-terminated); NULL (named on stderr) when it cannot. */
static char *slurp(importer *im, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0;
    *len = 0;
    if (f) {
        for (;;) {
            if (*len + 65536 + 1 > cap) {
                char *nb = realloc(buf, cap = 2 * cap + 65536 + 1);
                if (!nb)
                    break;
                buf = nb;
            }
            size_t k = fread(buf + *len, 1, cap - *len - 1, f);
            *len += k;
            if (k == 0)
                break;
        }
    }
    if (!f || ferror(f) || !buf) {
        bad(im, path, 0, "cannot read: %s", strerror(errno));
        if (f)
            fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[*len] = '\0';
    return buf;
}

/* ---- brat --------------------------------------------------------------------------- */

static const annot_attr *attr_named(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof annot_attrs / sizeof *annot_attrs; i++)
        if (strlen(annot_attrs[i].name) == n && memcmp(annot_attrs[i].name, name, n) == 0)
            return &annot_attrs[i];
    return NULL;
}

/* A text-bound annotation: `T1<TAB>kind S E[;S E...]<TAB>text`. */
static bool brat_entity(importer *im, const char *path, size_t lineno, char *line,
                        const char *text, const size_t *tab, size_t nunits, anns *a,
                        json_t *ids)
{
    char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    char *sp = t1 ? strchr(t1 + 1, ' ') : NULL;
    if (!t2 || !sp || sp > t2) {
        bad(im, path, lineno, "expected ID<TAB>TYPE START END<TAB>TEXT", NULL);
        return false;
    }
    *t1 = *sp = *t2 = '\0';
    int kind = annot_kind(t1 + 1);
    if (kind < 0) {
        bad(im, path, lineno, "unknown type '%s' (target, deadline, enforcement, statistic)",
            t1 + 1);
        return false;
    }
    // The span of the fragments, from the first start to the last end; the text brat shows
    // is theirs joined by spaces.
    const char *want = t2 + 1;
    size_t wl = strlen(want), at = 0;
    long long s = -1, e = -1, fs, fe;
    bool same = true;
    for (char *p = sp + 1;;) {
        int used = 0;
        ann frag;
        if (sscanf(p, "%lld %lld%n", &fs, &fe, &used) != 2 || fe < fs || fs < e) {
            bad(im, path, lineno, "bad offsets '%s'", sp + 1);
            return false;
        }
        if (!to_bytes(tab, nunits, fs, fe, &frag)) {
            bad(im, path, lineno, "offsets %s outside the text or inside a character", sp + 1);
            return false;
        }
        size_t n = frag.end - frag.start;
        if (s >= 0)
            same = same && at < wl && want[at++] == ' ';
        same = same && at + n <= wl && memcmp(want + at, text + frag.start, n) == 0;
        at += n;
        if (s < 0)
            s = fs;
        e = fe;
        p += used;
        if (*p == '\0')
            break;
        if (*p++ != ';') {
            bad(im, path, lineno, "bad offsets '%s'", sp + 1);
            return false;
        }
    }
    ann tmp;
    if (!to_bytes(tab, nunits, s, e, &tmp) || !same || at != wl) {
        bad(im, path, lineno, "its text is not the text at its offsets in the .txt", NULL);
        return false;
    }
    ann *x = anns_add(a, kind);
    if (!x || !x->row) {
        bad(im, path, lineno, "out of memory", NULL);
        return false;
    }
    x->start = tmp.start;
    x->end = tmp.end;
    json_object_set_new(ids, line, json_integer((json_int_t)(a->n - 1)));
    return true;
}

static void brat_file(importer *im, const char *ann_path)
{
    size_t plen = strlen(ann_path), tlen;
    char *txt_path = malloc(plen + 1);
    if (!txt_path)
        return;
    memcpy(txt_path, ann_path, plen - 4);
    strcpy(txt_path + plen - 4, ".txt");
    char *text = slurp(im, txt_path, &tlen);
    free(txt_path);
    FILE *f = text ? fopen(ann_path, "r") : NULL;
    if (!f) {
        if (text)
            bad(im, ann_path, 0, "cannot open: %s", strerror(errno));
        free(text);
        return;
    }
    size_t nunits, lineno = 0, cap = 0;
    size_t *tab = annot_unit_table(text, tlen, im->unit, &nunits);
    anns a = {0};
    json_t *ids = json_object(), *later = json_array();
    char *line = NULL;
    bool ok = tab != NULL;
    // Entities first, then what refers to them (attributes, notes), wherever they stand.
    while (ok && getline(&line, &cap, f) > 0) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == 'T')
            ok = brat_entity(im, ann_path, lineno, line, text, tab, nunits, &a, ids);
        else if (line[0] == 'A' || line[0] == 'M' || line[0] == '#')
            json_array_append_new(later, json_pack("{s:I,s:s}", "n", (json_int_t)lineno,
                                                   "line", line));
        else if (line[0] && !strchr("RE*N", line[0]))
            ok = (bad(im, ann_path, lineno, "not a brat standoff line", NULL), false);
    }
    size_t i;
    json_t *it;
    json_array_foreach(later, i, it) {
        if (!ok)
            break;
        size_t n = (size_t)json_integer_value(json_object_get(it, "n"));
        char *l = (char *)json_string_value(json_object_get(it, "line"));
        char *t1 = strchr(l, '\t'), *sp = t1 ? strchr(t1 + 1, ' ') : NULL;
        if (!sp) {
            ok = (bad(im, ann_path, n, "expected ID<TAB>NAME TARGET ...", NULL), false);
            break;
        }
        char *target = sp + 1, *end = target + strcspn(target, " \t");
        char saved = *end;
        *end = '\0';
        json_t *idx = json_object_get(ids, target);
        if (!idx) {
            ok = (bad(im, ann_path, n, "refers to %s, no text-bound annotation", target), false);
            break;
        }
        json_t *row = a.v[json_integer_value(idx)].row;
        if (l[0] == '#') {
            if (strncmp(t1 + 1, "AnnotatorNotes ", 15) == 0 && saved == '\t')
                annot_notes_parse(end + 1, row);
        } else {
            const annot_attr *at = attr_named(t1 + 1, (size_t)(sp - t1 - 1));
            if (at && saved == ' ')
                annot_attr_set(row, at, end + 1);
            // Attributes the lab added to annotation.conf are theirs, not the records'.
        }
    }
    if (ok) {
        char doc[4096];
        const char *base = annot_base(ann_path);
        snprintf(doc, sizeof doc, "%.*s", (int)(strlen(base) - 4), base);
        emit(im, doc, text, tlen, &a);
    } else if (!tab) {
        bad(im, ann_path, 0, "out of memory", NULL);
    }
    anns_clear(&a);
    free(a.v);
    free(line);
    free(tab);
    free(text);
    json_decref(ids);
    json_decref(later);
    fclose(f);
}

/* ---- doccano ------------------------------------------------------------------------ */

/* One label of a doccano line: [start, end, kind] or {start_offset, end_offset, label}. */
static bool doccano_label(json_t *l, long long *s, long long *e, const char **kind)
{
    json_t *js, *je, *jk;
    if (json_is_array(l)) {
        js = json_array_get(l, 0);
        je = json_array_get(l, 1);
        jk = json_array_get(l, 2);
    } else {
        js = json_object_get(l, "start_offset");
        je = json_object_get(l, "end_offset");
        jk = json_object_get(l, "label");
    }
    *kind = json_string_value(jk);
    *s = json_integer_value(js);
    *e = json_integer_value(je);
    return json_is_integer(js) && json_is_integer(je) && *kind;
}

static void doccano_file(importer *im, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        bad(im, path, 0, "cannot open: %s", strerror(errno));
        return;
    }
    cli_jsonl in = {f, NULL, 0, 0};
    anns a = {0};
    json_t *row;
    json_error_t je;
    while (cli_jsonl_next(&in, &row, &je)) {
        size_t lineno = in.lineno;
        if (annot_rejected(row)) {
            json_decref(row);   // a rejected candidate of extract --explain: no record
            continue;
        }
        const char *text = json_string_value(json_object_get(row, "text"));
        json_t *doc = json_object_get(row, "doc");
        if (!doc)
            doc = json_object_get(json_object_get(row, "meta"), "doc");
        json_t *labels = json_object_get(row, "label");
        if (!labels)
            labels = json_object_get(row, "entities");
        if (!row) {
            bad(im, path, lineno, "%s", je.text);
        } else if (!text || !json_is_string(doc) || (labels && !json_is_array(labels))) {
            bad(im, path, lineno, "needs text, doc and label (or entities)", NULL);
        } else {
            size_t len = strlen(text), nunits;
            size_t *tab = annot_unit_table(text, len, im->unit, &nunits);
            size_t i;
            json_t *l;
            bool ok = tab != NULL;
            json_array_foreach(labels, i, l) {
                long long s, e;
                const char *kind;
                ann tmp, *x;
                if (!ok)
                    break;
                if (!doccano_label(l, &s, &e, &kind)) {
                    bad(im, path, lineno, "a label is no [start, end, kind]", NULL);
                    ok = false;
                } else if (annot_kind(kind) < 0) {
                    bad(im, path, lineno, "unknown label '%s' (target, deadline, enforcement, "
                                          "statistic)", kind);
                    ok = false;
                } else if (!to_bytes(tab, nunits, s, e, &tmp)) {
                    bad(im, path, lineno, "a label's offsets are outside the text or inside "
                                          "a character", NULL);
                    ok = false;
                } else if (!(x = anns_add(&a, annot_kind(kind)))) {
                    ok = false;
                } else {
                    x->start = tmp.start;
                    x->end = tmp.end;
                }
            }
            if (ok)
                emit(im, annot_base(json_string_value(doc)), text, len, &a);
            anns_clear(&a);
            free(tab);
        }
        json_decref(row);
    }
    free(a.v);
    free(in.line);
    fclose(f);
}

/* ---- Label Studio ------------------------------------------------------------------- */

/* The result list of a task: its last annotation not cancelled, else its first prediction. */
static json_t *ls_result(json_t *task)
{
    json_t *anns = json_object_get(task, "annotations"), *best = NULL, *v;
    size_t i;
    json_array_foreach(anns, i, v) {
        if (!json_is_true(json_object_get(v, "was_cancelled")))
            best = v;
    }
    if (!best)
        best = json_array_get(json_object_get(task, "predictions"), 0);
    return json_object_get(best, "result");
}

static bool ls_task(importer *im, const char *path, size_t k, json_t *task, anns *a)
{
    char where[64];
    snprintf(where, sizeof where, "task %zu", k + 1);
    json_t *data = json_object_get(task, "data");
    const char *text = json_string_value(json_object_get(data, "text"));
    const char *doc = json_string_value(json_object_get(data, "doc"));
    if (!text || !doc) {
        bad(im, path, 0, "%s: needs data.text and data.doc", where);
        return false;
    }
    size_t len = strlen(text), nunits, i;
    size_t *tab = annot_unit_table(text, len, im->unit, &nunits);
    json_t *result = ls_result(task), *it, *regions = json_object();
    bool ok = tab != NULL;
    // Regions (labels) first, then the per-region choices and notes that share their id.
    for (int pass = 0; ok && pass < 2; pass++) {
        json_array_foreach(result, i, it) {
            const char *type = json_string_value(json_object_get(it, "type"));
            const char *id = json_string_value(json_object_get(it, "id"));
            json_t *value = json_object_get(it, "value");
            if (!type || !id || !ok)
                continue;
            if (pass == 0 && strcmp(type, "labels") == 0) {
                const char *kind = json_string_value(json_array_get(
                    json_object_get(value, "labels"), 0));
                ann tmp, *x;
                if (annot_kind(kind) < 0) {
                    char msg[256];
                    snprintf(msg, sizeof msg, "%s: unknown label '%s'", where, kind ? kind : "");
                    bad(im, path, 0, "%s", msg);
                    ok = false;
                } else if (!to_bytes(tab, nunits, json_integer_value(json_object_get(value,
                                                                                     "start")),
                                     json_integer_value(json_object_get(value, "end")), &tmp)) {
                    bad(im, path, 0, "%s: a region's offsets are outside the text or inside a "
                                     "character", where);
                    ok = false;
                } else if ((x = anns_add(a, annot_kind(kind)))) {
                    x->start = tmp.start;
                    x->end = tmp.end;
                    json_object_set_new(regions, id, json_integer((json_int_t)(a->n - 1)));
                }
            } else if (pass == 1 && json_object_get(regions, id)) {
                json_t *row = a->v[json_integer_value(json_object_get(regions, id))].row;
                const char *from = json_string_value(json_object_get(it, "from_name"));
                const annot_attr *at = from ? attr_named(from, strlen(from)) : NULL;
                const char *choice = json_string_value(json_array_get(
                    json_object_get(value, "choices"), 0));
                const char *notes = json_string_value(json_array_get(
                    json_object_get(value, "text"), 0));
                if (strcmp(type, "choices") == 0 && at && choice)
                    annot_attr_set(row, at, choice);
                else if (strcmp(type, "textarea") == 0 && from && strcmp(from, "notes") == 0 &&
                         notes)
                    annot_notes_parse(notes, row);
            }
        }
    }
    if (ok)
        emit(im, annot_base(doc), text, len, a);
    anns_clear(a);
    json_decref(regions);
    free(tab);
    return ok;
}

static void ls_file(importer *im, const char *path)
{
    json_error_t je;
    json_t *tasks = json_load_file(path, 0, &je);
    if (!tasks) {
        bad(im, path, je.line > 0 ? (size_t)je.line : 0, "%s", je.text);
        return;
    }
    if (!json_is_array(tasks)) {
        bad(im, path, 0, "not a list of Label Studio tasks", NULL);
        json_decref(tasks);
        return;
    }
    anns a = {0};
    size_t i;
    json_t *task;
    json_array_foreach(tasks, i, task) {
        ls_task(im, path, i, task, &a);
    }
    free(a.v);
    json_decref(tasks);
}

/* ---- WebAnno TSV -------------------------------------------------------------------- */

/* Splits a TSV cell on '|' not escaped; returns the number of parts (at most max). */
static size_t split_stack(char *cell, char **parts, size_t max)
{
    size_t n = 0;
    parts[n++] = cell;
    for (char *p = cell; *p && n < max; p++) {
        if (*p == '\\' && p[1])
            p++;
        else if (*p == '|') {
            *p = '\0';
            parts[n++] = p + 1;
        }
    }
    return n;
}

/* Drops an annotation id `[n]` from a value; returns n, or 0 when there is none. */
static long strip_id(char *v)
{
    size_t n = strlen(v);
    if (n < 3 || v[n - 1] != ']')
        return 0;
    char *open = strrchr(v, '[');
    if (!open || (open > v && open[-1] == '\\'))
        return 0;
    long id = strtol(open + 1, NULL, 10);
    *open = '\0';
    return id;
}

/* Drops the backslashes WebAnno TSV escapes reserved characters with. */
static void unescape(char *v)
{
    char *w = v;
    for (; *v; v++) {
        if (*v == '\\' && v[1])
            v++;
        *w++ = *v;
    }
    *w = '\0';
}

typedef struct tsv_state {
    int col;                 /* first column of the layer with feature kind (from 3), or -1 */
    char *feat[8];           /* its features, in column order */
    int nfeat;
    int ncols;               /* columns of all layers */
    char *text;              /* the document rebuilt from the sentences */
    size_t len, cap, units;
    char *sent;              /* a sentence waiting for its first token's offset */
    json_t *byid;            /* annotation id -> index in anns */
    long long *us, *ue;      /* unit offsets of each annotation */
    size_t ucap;
} tsv_state;

static bool text_add(tsv_state *t, const char *s, size_t n, annot_unit unit)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = 2 * (t->len + n + 1);
        char *nb = realloc(t->text, cap);
        if (!nb)
            return false;
        t->text = nb;
        t->cap = cap;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80)
            t->units += unit == UNIT_UTF16 && c >= 0xF0 ? 2 : 1;
    }
    memcpy(t->text + t->len, s, n);
    t->len += n;
    t->text[t->len] = '\0';
    return true;
}

static bool tsv_header(tsv_state *t, char *line)
{
    // #T_SP=layer|feature|..., #T_CH=..., #T_RL=...|BT_...: one column per name after the layer.
    char *names = strchr(line, '|');
    int n = 0;
    for (char *p = names; p; p = strchr(p + 1, '|'))
        n++;
    if (strncmp(line, "#T_SP=", 6) == 0 && t->col < 0) {
        char *parts[9];
        char *copy = names ? strdup(names + 1) : NULL;
        size_t k = copy ? split_stack(copy, parts, 8) : 0;
        for (size_t i = 0; i < k; i++)
            if (strcmp(parts[i], "kind") == 0) {
                t->col = 3 + t->ncols;
                t->nfeat = (int)k;
                for (size_t j = 0; j < k; j++)
                    t->feat[j] = strdup(parts[j]);
            }
        free(copy);
    }
    t->ncols += n;
    return true;
}

/* The annotations of one token line. False (with *why) on a bad line. */
static bool tsv_token(importer *im, tsv_state *t, char *line, anns *a, const char **why)
{
    char *cells[64];
    size_t nc = 0;
    for (char *p = line; nc < 64;) {
        cells[nc++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    long long s, e;
    int used = 0;
    if (nc < 3 || sscanf(cells[1], "%lld-%lld%n", &s, &e, &used) != 2 || cells[1][used] ||
        e < s) {
        *why = "expected ID<TAB>START-END<TAB>TOKEN...";
        return false;
    }
    if (t->sent) {
        if ((long long)t->units > s) {
            *why = "a sentence starts before the end of the one before";
            return false;
        }
        while ((long long)t->units < s)
            if (!text_add(t, " ", 1, im->unit))
                return (*why = "out of memory", false);
        if (!text_add(t, t->sent, strlen(t->sent), im->unit))
            return (*why = "out of memory", false);
        free(t->sent);
        t->sent = NULL;
    }
    if ((long long)t->units < e) {
        *why = "the token's offsets are past the text of the #Text lines";
        return false;
    }
    if (t->col < 0 || (size_t)(t->col + t->nfeat) > nc)
        return t->col < 0 || (*why = "fewer columns than the header gives", false);
    char *vals[8][16];
    size_t nv[8];
    for (int f = 0; f < t->nfeat; f++)
        nv[f] = split_stack(cells[t->col + f], vals[f], 16);
    int kf = 0;
    while (strcmp(t->feat[kf], "kind") != 0)
        kf++;
    for (size_t i = 0; i < nv[kf]; i++) {
        char *kv = vals[kf][i];
        long id = strip_id(kv);
        if (strcmp(kv, "_") == 0)
            continue;
        int kind = annot_kind(kv);
        if (kind < 0) {
            *why = "an annotation's kind is none of target, deadline, enforcement, statistic";
            return false;
        }
        char key[32];
        snprintf(key, sizeof key, "%ld", id);
        json_t *idx = id ? json_object_get(t->byid, key) : NULL;
        size_t k;
        if (idx) {
            k = (size_t)json_integer_value(idx);
            t->ue[k] = e;
        } else {
            ann *x = anns_add(a, kind);
            if (!x)
                return (*why = "out of memory", false);
            k = a->n - 1;
            if (k >= t->ucap) {
                t->ucap = 2 * k + 16;
                t->us = realloc(t->us, t->ucap * sizeof *t->us);
                t->ue = realloc(t->ue, t->ucap * sizeof *t->ue);
                if (!t->us || !t->ue)
                    return (*why = "out of memory", false);
            }
            t->us[k] = s;
            t->ue[k] = e;
            if (id)
                json_object_set_new(t->byid, key, json_integer((json_int_t)k));
        }
        for (int f = 0; f < t->nfeat; f++) {
            const annot_attr *at = attr_named(t->feat[f], strlen(t->feat[f]));
            bool notes = strcmp(t->feat[f], "notes") == 0;
            if ((!at && !notes) || i >= nv[f])
                continue;
            char *v = vals[f][i];
            strip_id(v);
            if (strcmp(v, "*") == 0 || strcmp(v, "_") == 0)
                continue;
            unescape(v);
            if (at)
                annot_attr_set(a->v[k].row, at, v);
            else
                annot_notes_parse(v, a->v[k].row);
        }
    }
    return true;
}

static void webanno_file(importer *im, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        bad(im, path, 0, "cannot open: %s", strerror(errno));
        return;
    }
    tsv_state t = {.col = -1, .byid = json_object()};
    anns a = {0};
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    bool ok = true;
    const char *why = NULL;
    while (ok && getline(&line, &cap, f) > 0) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (lineno == 1 && strncmp(line, "#FORMAT=WebAnno TSV 3", 21) != 0)
            ok = (why = "not WebAnno TSV 3 (no #FORMAT=WebAnno TSV 3.x line)", false);
        else if (strncmp(line, "#T_", 3) == 0)
            ok = tsv_header(&t, line);
        else if (strncmp(line, "#Text=", 6) == 0) {
            // A sentence over several lines has a #Text= line for each.
            if (t.sent) {
                size_t n = strlen(t.sent);
                char *ns = realloc(t.sent, n + strlen(line + 6) + 2);
                ok = ns != NULL;
                if (ns) {
                    ns[n] = '\n';
                    strcpy(ns + n + 1, line + 6);
                    t.sent = ns;
                }
            } else {
                ok = (t.sent = strdup(line + 6)) != NULL;
            }
        } else if (line[0] && line[0] != '#')
            ok = tsv_token(im, &t, line, &a, &why);
    }
    if (ok && t.col < 0)
        ok = (lineno = 0, why = "no span layer with a feature kind (#T_SP=...|kind)", false);
    size_t nunits;
    size_t *tab = ok ? annot_unit_table(t.text ? t.text : "", t.len, im->unit, &nunits) : NULL;
    for (size_t i = 0; ok && i < a.n; i++)
        if (!tab || !to_bytes(tab, nunits, t.us[i], t.ue[i], &a.v[i]))
            ok = (lineno = 0, why = "an annotation's offsets are outside the #Text lines", false);
    if (ok) {
        char doc[4096];
        const char *base = annot_base(path);
        size_t bl = strlen(base);
        snprintf(doc, sizeof doc, "%.*s", (int)(bl > 4 ? bl - 4 : bl), base);
        emit(im, doc, t.text ? t.text : "", t.len, &a);
    } else {
        bad(im, path, lineno, "%s", why ? why : "out of memory");
    }
    anns_clear(&a);
    free(a.v);
    free(tab);
    free(t.text);
    free(t.sent);
    free(t.us);
    free(t.ue);
    for (int i = 0; i < t.nfeat; i++)
        free(t.feat[i]);
    json_decref(t.byid);
    free(line);
    fclose(f);
}

/* ---- inputs ------------------------------------------------------------------------- */

static const char *format_ext(annot_format f)
{
    switch (f) {
    case FMT_BRAT: return ".ann";
    case FMT_DOCCANO: return ".jsonl";
    case FMT_LABEL_STUDIO: return ".json";
    default: return ".tsv";
    }
}

static void import_file(importer *im, const char *path)
{
    switch (im->fmt) {
    case FMT_BRAT: brat_file(im, path); break;
    case FMT_DOCCANO: doccano_file(im, path); break;
    case FMT_LABEL_STUDIO: ls_file(im, path); break;
    default: webanno_file(im, path); break;
    }
}

static int ends_with(const char *s, const char *ext)
{
    size_t n = strlen(s), k = strlen(ext);
    return n > k && strcmp(s + n - k, ext) == 0;
}

/* A file as is, a directory as its files of the format's extension, in name order. */
static void import_path(importer *im, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        bad(im, path, 0, "%s", strerror(errno));
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (im->fmt == FMT_BRAT && !ends_with(path, ".ann"))
            bad(im, path, 0, "give the .ann file or its folder", NULL);
        else
            import_file(im, path);
        return;
    }
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    if (n < 0) {
        bad(im, path, 0, "%s", strerror(errno));
        return;
    }
    int found = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.' && ends_with(names[i]->d_name, format_ext(im->fmt))) {
            char sub[4096];
            snprintf(sub, sizeof sub, "%s/%s", path, names[i]->d_name);
            import_file(im, sub);
            found++;
        }
        free(names[i]);
    }
    free(names);
    if (!found)
        bad(im, path, 0, "no %s file in this folder", format_ext(im->fmt));
}

int cmd_import(int argc, char **argv)
{
    enum { O_FROM = 256, O_OFFSETS, O_HELP };
    static const struct option opts[] = {
        {"from", required_argument, NULL, O_FROM}, {"offsets", required_argument, NULL, O_OFFSETS},
        {"output", required_argument, NULL, 'o'},  {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    importer im = {.unit = UNIT_DEFAULT, .fmt = FMT_NONE};
    const char *output = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "+ho:", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_import_help(stdout); return EXIT_OK;
        case O_FROM:
            im.fmt = annot_format_parse(optarg);
            if (im.fmt == FMT_NONE || im.fmt == FMT_CONLL)
                return cli_usage("import", "unknown format '%s' (brat, doccano, label-studio, "
                                           "webanno-tsv)", optarg);
            break;
        case O_OFFSETS:
            if ((im.unit = annot_unit_parse(optarg)) == UNIT_DEFAULT)
                return cli_usage("import", "--offsets is codepoint or utf16");
            break;
        case 'o': output = optarg; break;
        default:
            return cli_bad_option("import", argv);
        }
    }
    if (im.fmt == FMT_NONE || !output || optind >= argc)
        return cli_usage("import", "needs --from FORMAT, -o GOLD.jsonl and the exported folders");
    if (im.unit == UNIT_DEFAULT)
        im.unit = annot_default_unit(im.fmt);
    cli_output o;
    if (!cli_output_open(&o, output, "import"))
        return EXIT_INPUT;
    im.out = o.f;
    for (int i = optind; i < argc; i++)
        import_path(&im, argv[i]);
    if (!cli_output_close(&o, "import"))
        im.rc = EXIT_INPUT;
    return im.rc;
}
