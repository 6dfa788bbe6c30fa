/*
 * cmd_eval.c — `zhengce eval` and `zhengce agree`: score records against gold records exactly
 * as docs/RECORDS.md says. A record matches a gold record when the kind is the same and their
 * char spans overlap; pairs are matched one to one, largest overlap first. Precision, recall
 * and F1 per kind and overall; on matched pairs, field accuracy for deadline.date,
 * deadline.relation, target value+unit+comparator, statistic value+unit, enforcement.category,
 * modality and actor, each counted only where gold gives it; `agree` adds Cohen's kappa on the
 * closed value sets. The records scored come from extraction run here, from a saved run
 * (--pred) or from a second annotator (agree); every side is read as JSON rows (jansson), so
 * one scorer serves all three.
 */
#include <dirent.h>
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "annot.h"
#include "cli.h"
#include "commands.h"
#include "inputs.h"

#define NKINDS ZC_NKINDS

enum { F_DATE, F_REL, F_TARGET, F_STAT, F_CAT, F_MOD, F_ACTOR, F_INDICATOR, F_TASK, NFIELDS };
static const char *const field_names[NFIELDS] = {
    "deadline.date", "deadline.relation", "target.value+unit+comparator",
    "statistic.value+unit", "enforcement.category", "modality", "actor",
    "indicator (lenient)", "deadline.task (lenient)"};
/* Fields with a closed value set: `agree` gives Cohen's kappa for them. */
static const bool field_closed[NFIELDS] = {[F_REL] = true, [F_CAT] = true, [F_MOD] = true};

/* One record of either side: a gold row, or a predicted record read back as JSON. */
typedef struct rec {
    json_t *row;            /* borrowed from the side's array of rows */
    size_t idx;             /* its line among them: the order within a document */
    const char *key;        /* the document's file name: gold names files, runs give paths */
    int kind;
    size_t cs, ce;          /* char span in the decoded document */
    bool located;           /* the span is known (given, or found by text and occurrence) */
    bool matched;
} rec;

/* Label pairs of one closed field on matched pairs, for kappa (labels borrowed from rows). */
typedef struct labels {
    const char **a, **b;
    size_t n, cap;
} labels;

typedef struct tally {
    size_t gold[NKINDS], pred[NKINDS], match[NKINDS];
    size_t fn[NFIELDS], fok[NFIELDS];
    labels lab[NFIELDS];
    bool verbose;     /* list the fields a matched pair gets wrong (FIELD lines) */
    const rec *cur;   /* the gold record of the pair being scored */
} tally;

void cmd_eval_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce eval --gold GOLD.jsonl [--pred RECORDS.jsonl] [--json] [--verbose]\n"
            "                    [--doc-date D] PATH...\n\n"
            "Scores records against gold records as docs/RECORDS.md says: per kind precision,\n"
            "recall and F1, and field accuracy on matched records. Without --pred it runs\n"
            "extraction on the documents the gold file names (found by file name under the\n"
            "PATHs; a PATH may also be the document itself); with --pred it scores a saved run\n"
            "(`zhengce extract` output; error lines and other kinds are skipped) without\n"
            "extracting, and needs the PATHs only to find gold texts that carry no span.char.\n"
            "A document is the same on both sides when the file names agree. A score with\n"
            "nothing to count is n/a (null with --json).\n\n"
            "  --gold FILE   gold records (JSON Lines: doc, kind, text and occurrence or\n"
            "                span.char, fields)\n"
            "  --pred FILE   score this saved run instead of extracting\n"
            "  --json        print the scores as one JSON object\n"
            "  --verbose     also list missed gold records (MISS), spurious predictions\n"
            "                (SPURIOUS) and the fields a matched pair gets wrong (FIELD:\n"
            "                the gold record, the field, its gold and predicted values)\n\n"
            "Examples:\n"
            "  zhengce eval --gold corpus/gold/seed.jsonl corpus/\n"
            "  zhengce extract -o run.jsonl corpus/ && "
            "zhengce eval --gold corpus/gold/seed.jsonl --pred run.jsonl corpus/\n");
}

void cmd_agree_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce agree [--json] [--verbose] A.jsonl B.jsonl [PATH...]\n\n"
            "Agreement between two annotators' gold files of the same documents: per kind F1\n"
            "(B scored against A; F1 is the same either way), field agreement on matched\n"
            "records, and Cohen's kappa on the closed value sets (deadline.relation,\n"
            "enforcement.category, modality). Records are paired as `eval` pairs them; rows\n"
            "without span.char are found by text and occurrence in the documents under the\n"
            "PATHs. A kappa with fewer than two labels in play is n/a. --verbose lists the\n"
            "records only A has (MISS), those only B has (SPURIOUS), and the fields a matched\n"
            "pair disagrees on (FIELD, A's value first).\n\n"
            "Example:\n"
            "  zhengce agree annotator1.jsonl annotator2.jsonl corpus/\n");
}


static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* Finds a file named `name` at or under `path` (depth-first); malloc'd path or NULL. */
static char *find_file(const char *path, const char *name, int depth)
{
    struct stat st;
    if (depth == 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return strcmp(base_name(path), name) == 0 ? strdup(path) : NULL;
    char sub[4096];
    snprintf(sub, sizeof sub, "%s/%s", path, name);
    if (stat(sub, &st) == 0 && S_ISREG(st.st_mode))
        return strdup(sub);
    if (depth > 8)
        return NULL;
    DIR *dh = opendir(path);
    if (!dh)
        return NULL;
    char *found = NULL;
    struct dirent *e;
    // Sorted traversal is not needed: a name is expected once under the PATHs.
    while (!found && (e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode))
            found = find_file(sub, name, depth + 1);
    }
    closedir(dh);
    return found;
}

/* Char span of the `occ`-th occurrence of `text` in the decoded UTF-8 `s`. */
static bool locate(const char *s, size_t len, const char *text, size_t occ, size_t *cs,
                   size_t *ce)
{
    size_t tl = strlen(text), from = 0;
    if (!tl)
        return false;
    for (size_t k = 1;; k++) {
        const char *p = NULL;
        for (size_t i = from; i + tl <= len; i++)
            if (memcmp(s + i, text, tl) == 0) {
                p = s + i;
                break;
            }
        if (!p)
            return false;
        if (k == occ) {
            size_t c = 0;
            for (const char *q = s; q < p; q++)
                c += ((unsigned char)*q & 0xC0) != 0x80;
            *cs = c;
            c = 0;
            for (size_t q = 0; q < tl; q++)
                c += ((unsigned char)text[q] & 0xC0) != 0x80;
            *ce = *cs + c;
            return true;
        }
        from = (size_t)(p - s) + tl;
    }
}

/* The row's span.char [s, e), when it has one. */
static bool row_span(json_t *row, size_t *cs, size_t *ce)
{
    json_t *span = json_object_get(row, "span");
    json_t *ch = span ? json_object_get(span, "char") : NULL;
    json_t *s = json_array_get(ch, 0), *e = json_array_get(ch, 1);
    if (!json_is_integer(s) || !json_is_integer(e) || json_integer_value(s) < 0 ||
        json_integer_value(e) < json_integer_value(s))
        return false;
    *cs = (size_t)json_integer_value(s);
    *ce = (size_t)json_integer_value(e);
    return true;
}

/* True for a document's metadata line (kind "document", extract's first line of a document). */
static bool is_document(json_t *row)
{
    const char *kind = json_string_value(json_object_get(row, "kind"));
    return kind && strcmp(kind, "document") == 0;
}

/* Reads JSON Lines of records into `arr`. Gold rows need doc, a RECORDS.md kind and text
 * or span.char; a saved run (`run`) keeps its rows of the four kinds (with doc and span) and
 * skips error lines and other kinds. Both skip document lines (extract's metadata). Bad lines are named by file:line. Returns EXIT_OK, or
 * EXIT_INPUT when the file cannot be read or a line is bad. */
static int load_rows(const char *cmd, const char *path, bool run, json_t *arr)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_error(cmd, "%s: cannot open", path);
        return EXIT_INPUT;
    }
    cli_jsonl in = {f, NULL, 0, 0};
    size_t cs, ce;
    int rc = EXIT_OK;
    json_t *row;
    json_error_t je;
    while (cli_jsonl_next(&in, &row, &je)) {
        const char *why = NULL;
        if (!row)
            why = je.text;
        else if (!json_is_object(row))
            why = "not a JSON object";
        else if ((run && (json_object_get(row, "error") ||
                          zc_kind_parse(json_string_value(json_object_get(row, "kind"))) < 0)) ||
                 is_document(row) || annot_rejected(row)) {
            // an error line, a document's metadata, a rejected candidate of --explain or a
            // kind not scored
            json_decref(row);
            continue;
        } else if (zc_kind_parse(json_string_value(json_object_get(row, "kind"))) < 0 ||
                   !json_is_string(json_object_get(row, "doc")))
            why = "needs doc and kind (a RECORDS.md kind)";
        else if (run ? !row_span(row, &cs, &ce)
                     : !json_is_string(json_object_get(row, "text")) && !row_span(row, &cs, &ce))
            why = run ? "a record needs span.char" : "needs text (and occurrence) or span.char";
        if (why) {
            cli_error(cmd, "%s:%zu: %s", path, in.lineno, why);
            json_decref(row);
            rc = EXIT_INPUT;
            continue;
        }
        json_array_append_new(arr, row);
    }
    free(in.line);
    if (ferror(f)) {
        cli_error(cmd, "%s: read error", path);
        rc = EXIT_INPUT;
    }
    fclose(f);
    return rc;
}

static int by_key(const void *a, const void *b)
{
    const rec *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

/* The records of `arr` (borrowed), sorted by document; *n receives their number. */
static rec *make_recs(json_t *arr, size_t *n)
{
    *n = json_array_size(arr);
    rec *r = calloc(*n ? *n : 1, sizeof *r);
    if (!r)
        return NULL;
    for (size_t i = 0; i < *n; i++) {
        json_t *row = json_array_get(arr, i);
        r[i].row = row;
        r[i].idx = i;
        r[i].key = base_name(json_string_value(json_object_get(row, "doc")));
        r[i].kind = zc_kind_parse(json_string_value(json_object_get(row, "kind")));
        r[i].located = row_span(row, &r[i].cs, &r[i].ce);
    }
    qsort(r, *n, sizeof *r, by_key);
    return r;
}

/* Finds the gold-format rows of rs[0..n) that have no span by text and occurrence in the
 * decoded text. Returns false when one is not there (named on stderr). */
static bool locate_rows(const char *cmd, rec *rs, size_t n, const char *text, size_t len)
{
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        if (rs[i].located)
            continue;
        const char *t = json_string_value(json_object_get(rs[i].row, "text"));
        json_t *occ = json_object_get(rs[i].row, "occurrence");
        size_t k = json_is_integer(occ) ? (size_t)json_integer_value(occ) : 1;
        rs[i].located = locate(text, len, t, k, &rs[i].cs, &rs[i].ce);
        if (!rs[i].located) {
            cli_error(cmd, "%s: gold text '%s' (occurrence %zu) not in the document", rs[i].key,
                      t, k);
            ok = false;
        }
    }
    return ok;
}

static bool str_eq(json_t *g, json_t *p)
{
    const char *ps = json_string_value(p);
    if (json_is_null(g))
        return !ps || !*ps;
    return json_is_string(g) && ps && strcmp(json_string_value(g), ps) == 0;
}

static bool num_eq(json_t *g, json_t *p)
{
    if (!json_is_number(g) || !json_is_number(p))
        return false;
    double x = json_number_value(g), v = json_number_value(p);
    return fabs(x - v) <= 1e-9 * fmax(1.0, fabs(x));
}

static json_t *get2(json_t *row, const char *obj, const char *key)
{
    json_t *o = json_object_get(row, obj);
    return json_is_object(o) ? json_object_get(o, key) : NULL;
}

static void add_label(labels *l, const char *a, const char *b)
{
    if (l->n == l->cap) {
        size_t c = l->cap ? l->cap * 2 : 64;
        const char **na = realloc(l->a, c * sizeof *na);
        if (na)
            l->a = na;
        const char **nb = realloc(l->b, c * sizeof *nb);
        if (nb)
            l->b = nb;
        if (!na || !nb)
            return;
        l->cap = c;
    }
    l->a[l->n] = a;
    l->b[l->n++] = b;
}

/* The code points of s without spaces and punctuation (ASCII, CJK and fullwidth), at most
 * `cap`; returns their number. */
static size_t letters(const char *s, unsigned *out, size_t cap)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && n < cap) {
        unsigned c = *p, len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (len > 1)
            c &= 0xFF >> (len + 1);
        for (unsigned i = 1; i < len && p[i]; i++)
            c = (c << 6) | (p[i] & 0x3F);
        for (unsigned i = 0; i < len && *p; i++)
            p++;
        bool punct = c < 0x80 ? !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
                              : (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
                                    (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
                                    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
        if (!punct)
            out[n++] = c;
    }
    return n;
}

/* Lenient equality of two phrases (docs/RECORDS.md scoring of indicator and task): after
 * dropping spaces and punctuation, one contains the other, or the Dice coefficient of their
 * character bigrams is at least 0.5. */
static bool lenient_eq(const char *a, const char *b)
{
    unsigned x[256], y[256];
    size_t nx = letters(a, x, 256), ny = letters(b, y, 256);
    if (!nx || !ny)
        return nx == ny;
    const unsigned *big = nx >= ny ? x : y, *small = nx >= ny ? y : x;
    size_t nb = nx >= ny ? nx : ny, ns = nx >= ny ? ny : nx;
    for (size_t i = 0; i + ns <= nb; i++)   // containment
        if (memcmp(big + i, small, ns * sizeof *small) == 0)
            return true;
    if (nx < 2 || ny < 2)
        return false;
    size_t common = 0;
    bool used[256] = {false};
    for (size_t i = 0; i + 1 < nx; i++)
        for (size_t j = 0; j + 1 < ny; j++)
            if (!used[j] && x[i] == y[j] && x[i + 1] == y[j + 1]) {
                used[j] = true;
                common++;
                break;
            }
    return 2.0 * (double)common / (double)(nx - 1 + ny - 1) >= 0.5;
}

static const char *row_str(json_t *row, const char *key)
{
    const char *s = json_string_value(json_object_get(row, key));
    return s ? s : "";
}

/* With --verbose, one FIELD line for a field a matched pair gets wrong: the gold record's
 * document, kind, text and span, the field's name, and the two values as JSON. */
static void field_miss(const tally *t, int f, json_t *g, json_t *p)
{
    if (!t->verbose || !t->cur)
        return;
    char *gj = g ? json_dumps(g, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    char *pj = p ? json_dumps(p, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    printf("FIELD\t%s\t%s\t%s\t[%zu,%zu)\t%s\t%s\t%s\n", row_str(t->cur->row, "doc"),
           zc_kind_name((zc_kind)t->cur->kind), row_str(t->cur->row, "text"), t->cur->cs,
           t->cur->ce, field_names[f], gj ? gj : "null", pj ? pj : "null");
    free(gj);
    free(pj);
}

/* Counts a phrase field leniently where gold gives a non-empty one. */
static void score_phrase(tally *t, int f, json_t *g, json_t *p)
{
    const char *gs = json_string_value(g), *ps = json_string_value(p);
    if (!gs || !*gs)
        return;
    bool ok = ps && lenient_eq(gs, ps);
    t->fn[f]++;
    t->fok[f] += ok;
    if (!ok)
        field_miss(t, f, g, p);
}

/* Counts one string field where gold gives it (a null gold value asks for none). */
static void score_str(tally *t, int f, json_t *g, json_t *p)
{
    if (!g)
        return;
    bool ok = str_eq(g, p);
    t->fn[f]++;
    t->fok[f] += ok;
    if (!ok)
        field_miss(t, f, g, p);
    if (field_closed[f]) {
        const char *a = json_string_value(g), *b = json_string_value(p);
        add_label(&t->lab[f], a ? a : "(none)", b && *b ? b : "(none)");
    }
}

/* Field accuracy of one matched pair: gold row g, predicted (or second annotator's) row p. */
static void score_fields(tally *t, json_t *g, json_t *p)
{
    score_str(t, F_MOD, json_object_get(g, "modality"), json_object_get(p, "modality"));
    score_str(t, F_ACTOR, json_object_get(g, "actor"), json_object_get(p, "actor"));
    score_str(t, F_DATE, get2(g, "deadline", "date"), get2(p, "deadline", "date"));
    score_str(t, F_REL, get2(g, "deadline", "relation"), get2(p, "deadline", "relation"));
    score_str(t, F_CAT, get2(g, "enforcement", "category"), get2(p, "enforcement", "category"));
    score_phrase(t, F_TASK, get2(g, "deadline", "task"), get2(p, "deadline", "task"));
    const char *fig = json_object_get(g, "target") ? "target" : "statistic";
    score_phrase(t, F_INDICATOR, get2(g, fig, "indicator"), get2(p, fig, "indicator"));
    json_t *v;
    if ((v = get2(g, "target", "value"))) {
        json_t *unit = get2(g, "target", "unit"), *cmp = get2(g, "target", "comparator");
        bool ok = num_eq(v, get2(p, "target", "value")) &&
                  (!unit || str_eq(unit, get2(p, "target", "unit"))) &&
                  (!cmp || str_eq(cmp, get2(p, "target", "comparator")));
        t->fn[F_TARGET]++;
        t->fok[F_TARGET] += ok;
        if (!ok)
            field_miss(t, F_TARGET, json_object_get(g, "target"), json_object_get(p, "target"));
    }
    if ((v = get2(g, "statistic", "value"))) {
        json_t *unit = get2(g, "statistic", "unit");
        bool ok = num_eq(v, get2(p, "statistic", "value")) &&
                  (!unit || str_eq(unit, get2(p, "statistic", "unit")));
        t->fn[F_STAT]++;
        t->fok[F_STAT] += ok;
        if (!ok)
            field_miss(t, F_STAT, json_object_get(g, "statistic"),
                       json_object_get(p, "statistic"));
    }
}

typedef struct pair {
    size_t g, p, overlap;
} pair;

static int by_overlap(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    if (x->overlap != y->overlap)
        return x->overlap > y->overlap ? -1 : 1;
    if (x->g != y->g)
        return x->g < y->g ? -1 : 1;
    return x->p < y->p ? -1 : x->p > y->p;
}


/* Scores one document: its gold records gs[0..ng) against its records ps[0..np). */
static void score_doc(tally *t, rec *gs, size_t ng, rec *ps, size_t np, bool verbose)
{
    pair *pairs = NULL;
    size_t npairs = 0, cap = 0;
    t->verbose = verbose;
    for (size_t i = 0; i < ng; i++)
        t->gold[gs[i].kind]++;
    for (size_t i = 0; i < np; i++)
        t->pred[ps[i].kind]++;
    for (size_t g = 0; g < ng; g++)
        for (size_t p = 0; p < np; p++) {
            if (ps[p].kind != gs[g].kind || !gs[g].located || !ps[p].located)
                continue;
            size_t s = gs[g].cs > ps[p].cs ? gs[g].cs : ps[p].cs;
            size_t e = gs[g].ce < ps[p].ce ? gs[g].ce : ps[p].ce;
            if (e <= s)
                continue;
            if (npairs == cap) {
                cap = cap ? cap * 2 : 64;
                pair *np2 = realloc(pairs, cap * sizeof *np2);
                if (!np2)
                    break;
                pairs = np2;
            }
            pairs[npairs++] = (pair){g, p, e - s};
        }
    if (npairs)
        qsort(pairs, npairs, sizeof *pairs, by_overlap);
    for (size_t k = 0; k < npairs; k++) {
        rec *g = &gs[pairs[k].g], *p = &ps[pairs[k].p];
        if (g->matched || p->matched)
            continue;
        g->matched = p->matched = true;
        t->match[g->kind]++;
        t->cur = g;
        score_fields(t, g->row, p->row);
    }
    if (verbose) {
        for (size_t g = 0; g < ng; g++)
            if (!gs[g].matched)
                printf("MISS\t%s\t%s\t%s\t[%zu,%zu)\n", row_str(gs[g].row, "doc"),
                       zc_kind_name((zc_kind)gs[g].kind), row_str(gs[g].row, "text"),
                       gs[g].located ? gs[g].cs : 0, gs[g].located ? gs[g].ce : 0);
        for (size_t p = 0; p < np; p++)
            if (!ps[p].matched)
                printf("SPURIOUS\t%s\t%s\t%s\t[%zu,%zu)\t%s\n", row_str(ps[p].row, "doc"),
                       zc_kind_name((zc_kind)ps[p].kind), row_str(ps[p].row, "text"),
                       ps[p].cs, ps[p].ce, row_str(ps[p].row, "rule"));
    }
    free(pairs);
}

/* Cohen's kappa of the label pairs; false when undefined (no pair, or one label in play). */
static bool kappa(const labels *l, double *k)
{
    if (!l->n)
        return false;
    size_t agree = 0;
    double pe = 0;
    for (size_t i = 0; i < l->n; i++) {
        agree += strcmp(l->a[i], l->b[i]) == 0;
        // Expected agreement: each label counted once, at its first use on either side.
        const char *c[2] = {l->a[i], l->b[i]};
        for (int s = 0; s < 2; s++) {
            if (s == 1 && strcmp(c[0], c[1]) == 0)
                continue;
            bool seen = false;
            for (size_t j = 0; j < i && !seen; j++)
                seen = strcmp(l->a[j], c[s]) == 0 || strcmp(l->b[j], c[s]) == 0;
            if (seen)
                continue;
            size_t na = 0, nb = 0;
            for (size_t j = 0; j < l->n; j++) {
                na += strcmp(l->a[j], c[s]) == 0;
                nb += strcmp(l->b[j], c[s]) == 0;
            }
            pe += ((double)na / (double)l->n) * ((double)nb / (double)l->n);
        }
    }
    if (pe >= 1.0 - 1e-12)
        return false;
    double po = (double)agree / (double)l->n;
    *k = (po - pe) / (1 - pe);
    return true;
}

/* A ratio or "n/a": text (width w) or JSON (null), into buf. */
static const char *fmt_ratio(char *buf, size_t len, size_t a, size_t b, bool json, int w)
{
    if (json)
        b ? snprintf(buf, len, "%.4f", (double)a / (double)b) : snprintf(buf, len, "null");
    else
        b ? snprintf(buf, len, "%*.3f", w, (double)a / (double)b) : snprintf(buf, len, "%*s", w, "n/a");
    return buf;
}

static void print_scores(const tally *t, bool json, bool with_kappa)
{
    size_t G = 0, P = 0, M = 0;
    char b1[32], b2[32], b3[32];
    for (int k = 0; k < NKINDS; k++) {
        G += t->gold[k];
        P += t->pred[k];
        M += t->match[k];
    }
    if (json)
        printf("{\"kinds\":{");
    else
        printf("%-12s %6s %6s %6s %7s %7s %7s\n", "kind", with_kappa ? "A" : "gold",
               with_kappa ? "B" : "pred", "match", "P", "R", "F1");
    for (int k = 0; k <= NKINDS; k++) {
        size_t g = k < NKINDS ? t->gold[k] : G, p = k < NKINDS ? t->pred[k] : P,
               m = k < NKINDS ? t->match[k] : M;
        // F1 = 2m / (g + p): n/a when neither side has a record of the kind.
        const char *name = k < NKINDS ? zc_kind_name((zc_kind)k) : "overall";
        fmt_ratio(b1, sizeof b1, m, p, json, 7);
        fmt_ratio(b2, sizeof b2, m, g, json, 7);
        fmt_ratio(b3, sizeof b3, 2 * m, g + p, json, 7);
        if (json)
            printf("%s\"%s\":{\"%s\":%zu,\"%s\":%zu,\"match\":%zu,\"precision\":%s,"
                   "\"recall\":%s,\"f1\":%s}",
                   k ? "," : "", name, with_kappa ? "a" : "gold", g, with_kappa ? "b" : "pred",
                   p, m, b1, b2, b3);
        else
            printf("%-12s %6zu %6zu %6zu %s %s %s\n", name, g, p, m, b1, b2, b3);
    }
    if (json)
        printf("},\"fields\":{");
    else
        printf("\n%-30s %6s %7s %9s%s\n", "field (matched pairs)", "n", "correct", "accuracy",
               with_kappa ? "   kappa" : "");
    for (int f = 0; f < NFIELDS; f++) {
        char kb[32] = "";
        double k;
        if (with_kappa) {
            bool def = field_closed[f] && kappa(&t->lab[f], &k);
            if (json)
                def ? snprintf(kb, sizeof kb, ",\"kappa\":%.4f", k)
                    : snprintf(kb, sizeof kb, ",\"kappa\":null");
            else
                def ? snprintf(kb, sizeof kb, " %7.3f", k) : snprintf(kb, sizeof kb, " %7s", "n/a");
        }
        fmt_ratio(b1, sizeof b1, t->fok[f], t->fn[f], json, 9);
        if (json)
            printf("%s\"%s\":{\"n\":%zu,\"correct\":%zu,\"accuracy\":%s%s}", f ? "," : "",
                   field_names[f], t->fn[f], t->fok[f], b1, kb);
        else
            printf("%-30s %6zu %7zu %s%s\n", field_names[f], t->fn[f], t->fok[f], b1, kb);
    }
    if (json)
        printf("}}\n");
}

/* Appends the records of an extracted doc to `arr` as the JSON rows `extract` writes. */
static bool extracted_rows(const zc_doc *d, json_t *arr)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&buf, &len);
    if (!mf)
        return false;
    bool ok = zc_doc_write_jsonl(d, mf) == ZC_OK;
    if (fclose(mf) != 0)
        ok = false;
    for (char *line = buf, *nl; ok && line && *line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        json_t *row = json_loadb(line, nl ? (size_t)(nl - line) : strlen(line), 0, NULL);
        if (!row || zc_kind_parse(json_string_value(json_object_get(row, "kind"))) < 0) {
            json_decref(row);
            continue;
        }
        json_array_append_new(arr, row);
    }
    free(buf);
    return ok;
}

/* What one run of the scorer works on. */
typedef struct scoring {
    const char *cmd;
    char **paths;            /* where the documents are */
    int npaths;
    const char *dictdir;
    zc_options opt;
    zc_model *m;             /* opened when first needed */
    bool extract;            /* the second side comes from extraction run here */
    bool verbose;
} scoring;

/* Opens the document of `key` under the PATHs and decodes it, extracting too when the run
 * asks for it; NULL (named on stderr) when it cannot be found or read. *status is set to the
 * exit status of a failure. */
static zc_doc *open_doc(scoring *s, const char *key, size_t nrecs, int *status)
{
    char *path = NULL;
    for (int i = 0; !path && i < s->npaths; i++)
        path = find_file(s->paths[i], key, 0);
    if (!path) {
        cli_error(s->cmd, "%s: not found under the given paths (its %zu records count as "
                          "missed)", key, nrecs);
        *status = EXIT_INPUT;
        return NULL;
    }
    if (!s->m && !(s->m = cli_open_model(s->dictdir))) {
        free(path);
        *status = EXIT_MODEL;
        return NULL;
    }
    zc_doc *d = NULL;
    char msg[1024];
    zc_status st = zc_doc_new_file(path, key, &s->opt, &d, msg, sizeof msg);
    if (st == ZC_OK)
        st = s->extract ? zc_extract(s->m, d) : zc_decode(s->m, d);
    if (st != ZC_OK) {
        cli_error(s->cmd, "%s: %s", path, d ? zc_doc_errmsg(d) : msg);
        zc_doc_free(d);
        d = NULL;
        *status = EXIT_INPUT;
    }
    free(path);
    return d;
}

/* Scores side B against side A (gold), document by document of A; prints the scores. With
 * s->extract, B is filled here by extracting each document A names. Returns the exit
 * status. */
static int run_scoring(scoring *s, json_t *arows, json_t *brows, bool json, bool with_kappa)
{
    int rc = EXIT_OK;
    size_t na, nb = 0;
    rec *as = make_recs(arows, &na), *bs = NULL;
    tally t = {0};
    for (size_t a = 0, a2; as && a < na; a = a2) {
        for (a2 = a; a2 < na && strcmp(as[a2].key, as[a].key) == 0; a2++)
            ;
        zc_doc *d = NULL;
        bool need_doc = s->extract;
        for (size_t i = a; i < a2; i++)
            need_doc = need_doc || !as[i].located;
        json_t *doc_rows = s->extract ? json_array() : NULL;
        if (need_doc && (d = open_doc(s, as[a].key, a2 - a, &rc)) && s->extract &&
            !extracted_rows(d, doc_rows)) {
            cli_error(s->cmd, "%s: cannot write its records", as[a].key);
            rc = EXIT_INPUT;
        }
        if (rc == EXIT_MODEL) {
            json_decref(doc_rows);
            break;
        }
        rec *ps = NULL;
        size_t np = 0;
        if (s->extract) {
            ps = make_recs(doc_rows, &np);
        } else {
            if (!bs)
                bs = make_recs(brows, &nb);
            size_t lo = 0, hi = nb;   // the first of B's records of this document
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (strcmp(bs[mid].key, as[a].key) < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            ps = bs + lo;
            while (lo + np < nb && strcmp(bs[lo + np].key, as[a].key) == 0)
                np++;
        }
        if (d || !need_doc) {
            size_t len = 0;
            const char *text = d ? zc_doc_decoded(d, &len) : "";
            if (!locate_rows(s->cmd, as + a, a2 - a, text, len) ||
                (!s->extract && !locate_rows(s->cmd, ps, np, text, len)))
                rc = EXIT_INPUT;
            score_doc(&t, as + a, a2 - a, ps, np, s->verbose);
        } else if (!s->extract) {
            score_doc(&t, as + a, a2 - a, ps, np, s->verbose);   // counted, but unlocated
        } else {
            for (size_t i = a; i < a2; i++)
                t.gold[as[i].kind]++;
        }
        if (s->extract)
            free(ps);
        json_decref(doc_rows);
        zc_doc_free(d);
    }
    if (rc != EXIT_MODEL)
        print_scores(&t, json, with_kappa);
    for (int f = 0; f < NFIELDS; f++) {
        free(t.lab[f].a);
        free(t.lab[f].b);
    }
    free(as);
    free(bs);
    zc_model_close(s->m);
    return rc;
}

/* Options shared by eval and agree; returns -1 to go on, else an exit status. */
static int parse_opts(int argc, char **argv, scoring *s, const char **gold, const char **pred,
                      bool *json)
{
    static const struct option opts[] = {
        {"gold", required_argument, NULL, 'g'},  {"pred", required_argument, NULL, 'p'},
        {"json", no_argument, NULL, 'j'},        {"verbose", no_argument, NULL, 'v'},
        {"doc-date", required_argument, NULL, 'D'},
        {"dict-dir", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bool agree = strcmp(s->cmd, "agree") == 0;
    int c;
    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        if (agree && (c == 'g' || c == 'p'))
            c = '?';
        switch (c) {
        case 'g': *gold = optarg; break;
        case 'p': *pred = optarg; break;
        case 'j': *json = true; break;
        case 'v': s->verbose = true; break;
        case 'D': s->opt.doc_date = optarg; break;
        case 'd': s->dictdir = optarg; break;
        case 'h': (agree ? cmd_agree_help : cmd_eval_help)(stdout); return EXIT_OK;
        default:
            return cli_bad_option(s->cmd, argv);
        }
    }
    return -1;
}

int cmd_eval(int argc, char **argv)
{
    scoring s = {.cmd = "eval"};
    zc_options_init(&s.opt);   // as `zhengce extract` does
    const char *goldpath = NULL, *predpath = NULL;
    bool json = false;
    int rc = parse_opts(argc, argv, &s, &goldpath, &predpath, &json);
    if (rc >= 0)
        return rc;
    if (!goldpath || (!predpath && optind >= argc))
        return cli_usage("eval", "needs --gold FILE and at least one PATH holding the documents "
                                 "(or --pred FILE)");
    s.paths = argv + optind;
    s.npaths = argc - optind;
    s.extract = !predpath;
    json_t *gold = json_array(), *pred = json_array();
    rc = load_rows("eval", goldpath, false, gold);
    if (predpath && load_rows("eval", predpath, true, pred) != EXIT_OK)
        rc = EXIT_INPUT;
    int rc2 = run_scoring(&s, gold, pred, json, false);
    json_decref(gold);
    json_decref(pred);
    return rc2 != EXIT_OK ? rc2 : rc;
}

int cmd_agree(int argc, char **argv)
{
    scoring s = {.cmd = "agree"};
    zc_options_init(&s.opt);
    const char *unused = NULL;
    bool json = false;
    int rc = parse_opts(argc, argv, &s, &unused, &unused, &json);
    if (rc >= 0)
        return rc;
    if (argc - optind < 2)
        return cli_usage("agree",
                         "needs two gold files A and B (and PATHs for rows without span.char)");
    s.paths = argv + optind + 2;
    s.npaths = argc - optind - 2;
    json_t *a = json_array(), *b = json_array();
    rc = load_rows("agree", argv[optind], false, a);
    if (load_rows("agree", argv[optind + 1], false, b) != EXIT_OK)
        rc = EXIT_INPUT;
    int rc2 = run_scoring(&s, a, b, json, true);
    json_decref(a);
    json_decref(b);
    return rc2 != EXIT_OK ? rc2 : rc;
}
