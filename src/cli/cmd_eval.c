/*
 * cmd_eval.c — `zhengce eval`: scores extraction against gold records exactly as
 * docs/RECORDS.md says. A predicted record matches a gold record when the kind is the same
 * and their char spans overlap; pairs are matched one to one, largest overlap first.
 * Precision, recall and F1 per kind and overall; on matched pairs, field accuracy for
 * deadline.date, deadline.relation, target value+unit+comparator, statistic value+unit,
 * enforcement.category, modality and actor, each counted only where gold gives it.
 * Gold is JSON Lines, read with jansson.
 */
#include <dirent.h>
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "commands.h"
#include "inputs.h"

#define NKINDS 4

enum { F_DATE, F_REL, F_TARGET, F_STAT, F_CAT, F_MOD, F_ACTOR, NFIELDS };
static const char *const field_names[NFIELDS] = {
    "deadline.date", "deadline.relation", "target.value+unit+comparator",
    "statistic.value+unit", "enforcement.category", "modality", "actor"};

typedef struct gold {
    json_t *row;            /* borrowed from the array of rows */
    const char *doc, *text;
    int kind;
    size_t cs, ce;          /* char span in the decoded doc */
    bool matched;
} gold;

typedef struct pred {
    const zc_record *r;
    size_t cs, ce;
    bool matched;
} pred;

typedef struct tally {
    size_t gold[NKINDS], pred[NKINDS], match[NKINDS];
    size_t fn[NFIELDS], fok[NFIELDS];
} tally;

void cmd_eval_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce eval --gold GOLD.jsonl [--json] [--verbose] [--doc-date D] PATH...\n\n"
            "Runs extraction on the documents the gold file names (found by file name under\n"
            "the PATHs) and scores it as docs/RECORDS.md says: per kind precision, recall and\n"
            "F1, and field accuracy on matched records.\n\n"
            "  --gold FILE   gold records (JSON Lines: doc, kind, text, occurrence, fields)\n"
            "  --json        print the scores as one JSON object\n"
            "  --verbose     also list missed gold records and spurious predictions\n\n"
            "Example:\n"
            "  zhengce eval --gold corpus/gold/seed.jsonl corpus/\n");
}

static int kind_of(const char *k)
{
    static const char *const names[NKINDS] = {"target", "deadline", "enforcement", "statistic"};
    for (int i = 0; k && i < NKINDS; i++)
        if (strcmp(k, names[i]) == 0)
            return i;
    return -1;
}

/* Finds a file named `name` under `dir` (depth-first); malloc'd path or NULL. */
static char *find_file(const char *dir, const char *name, int depth)
{
    struct stat st;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return strdup(path);
    if (depth > 8)
        return NULL;
    DIR *dh = opendir(dir);
    if (!dh)
        return NULL;
    char *found = NULL;
    struct dirent *e;
    // Sorted traversal is not needed: a name is expected once under the PATHs.
    while (!found && (e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            found = find_file(path, name, depth + 1);
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

/* The original text of a view span of a record, malloc'd; NULL for an empty span. */
static char *span_text(const zc_doc *d, zc_vspan sp)
{
    if (sp.end <= sp.start)
        return NULL;
    size_t len;
    const char *t = zc_doc_original(d, sp.start, sp.end, &len);
    return strndup(t, len);
}

static bool str_eq(json_t *g, const char *p)
{
    if (json_is_null(g))
        return !p || !*p;
    return json_is_string(g) && p && strcmp(json_string_value(g), p) == 0;
}

static bool num_eq(json_t *g, double v)
{
    if (!json_is_number(g))
        return false;
    double x = json_number_value(g);
    return fabs(x - v) <= 1e-9 * fmax(1.0, fabs(x));
}

/* Field accuracy of one matched pair. */
static void score_fields(tally *t, const zc_doc *d, const gold *g, const zc_record *r)
{
    json_t *row = g->row, *obj;
    json_t *mod = json_object_get(row, "modality");
    if (mod) {
        t->fn[F_MOD]++;
        t->fok[F_MOD] += str_eq(mod, zc_modality_name(r->modality));
    }
    json_t *actor = json_object_get(row, "actor");
    if (actor) {
        char *a = span_text(d, r->actor);
        t->fn[F_ACTOR]++;
        t->fok[F_ACTOR] += str_eq(actor, a);
        free(a);
    }
    if ((obj = json_object_get(row, "deadline"))) {
        json_t *date = json_object_get(obj, "date"), *rel = json_object_get(obj, "relation");
        if (date) {
            t->fn[F_DATE]++;
            t->fok[F_DATE] += str_eq(date, r->date);
        }
        if (rel) {
            t->fn[F_REL]++;
            t->fok[F_REL] += str_eq(rel, zc_relation_name(r->relation));
        }
    }
    if ((obj = json_object_get(row, "target")) && json_object_get(obj, "value")) {
        json_t *unit = json_object_get(obj, "unit"), *cmp = json_object_get(obj, "comparator");
        t->fn[F_TARGET]++;
        t->fok[F_TARGET] += num_eq(json_object_get(obj, "value"), r->value) &&
                            (!unit || str_eq(unit, r->unit)) &&
                            (!cmp || str_eq(cmp, r->comparator));
    }
    if ((obj = json_object_get(row, "statistic")) && json_object_get(obj, "value")) {
        json_t *unit = json_object_get(obj, "unit");
        t->fn[F_STAT]++;
        t->fok[F_STAT] += num_eq(json_object_get(obj, "value"), r->value) &&
                          (!unit || str_eq(unit, r->unit));
    }
    if ((obj = json_object_get(row, "enforcement")) && json_object_get(obj, "category")) {
        t->fn[F_CAT]++;
        t->fok[F_CAT] += str_eq(json_object_get(obj, "category"), zc_category_name(r->category));
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

/* Scores one document: its gold rows gs[0..ng) against its extracted records. */
static void score_doc(tally *t, zc_doc *d, gold *gs, size_t ng, bool verbose)
{
    size_t np = zc_doc_nrecords(d);
    pred *ps = calloc(np ? np : 1, sizeof *ps);
    pair *pairs = NULL;
    size_t npairs = 0;
    for (size_t i = 0; i < np; i++) {
        zc_origin o;
        ps[i].r = zc_doc_record(d, i);
        zc_doc_origin(d, ps[i].r->text.start, ps[i].r->text.end, &o);
        ps[i].cs = o.char_start;
        ps[i].ce = o.char_end;
        t->pred[ps[i].r->kind]++;
    }
    for (size_t g = 0; g < ng; g++)
        for (size_t p = 0; p < np; p++) {
            if ((int)ps[p].r->kind != gs[g].kind)
                continue;
            size_t s = gs[g].cs > ps[p].cs ? gs[g].cs : ps[p].cs;
            size_t e = gs[g].ce < ps[p].ce ? gs[g].ce : ps[p].ce;
            if (e <= s)
                continue;
            pairs = realloc(pairs, (npairs + 1) * sizeof *pairs);
            pairs[npairs++] = (pair){g, p, e - s};
        }
    if (npairs)
        qsort(pairs, npairs, sizeof *pairs, by_overlap);
    for (size_t k = 0; k < npairs; k++) {
        gold *g = &gs[pairs[k].g];
        pred *p = &ps[pairs[k].p];
        if (g->matched || p->matched)
            continue;
        g->matched = p->matched = true;
        t->match[g->kind]++;
        score_fields(t, d, g, p->r);
    }
    if (verbose) {
        for (size_t g = 0; g < ng; g++)
            if (!gs[g].matched)
                printf("MISS\t%s\t%s\t%s\t[%zu,%zu)\n", gs[g].doc,
                       zc_kind_name((zc_kind)gs[g].kind), gs[g].text, gs[g].cs, gs[g].ce);
        for (size_t p = 0; p < np; p++)
            if (!ps[p].matched) {
                char *txt = span_text(d, ps[p].r->text);
                printf("SPURIOUS\t%s\t%s\t%s\t[%zu,%zu)\t%s\n", zc_doc_id(d),
                       zc_kind_name(ps[p].r->kind), txt ? txt : "", ps[p].cs, ps[p].ce,
                       ps[p].r->rule);
                free(txt);
            }
    }
    free(pairs);
    free(ps);
}

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

static void print_scores(const tally *t, bool json)
{
    size_t G = 0, P = 0, M = 0;
    for (int k = 0; k < NKINDS; k++) {
        G += t->gold[k];
        P += t->pred[k];
        M += t->match[k];
    }
    if (json)
        printf("{\"kinds\":{");
    else
        printf("%-12s %6s %6s %6s %7s %7s %7s\n", "kind", "gold", "pred", "match", "P", "R",
               "F1");
    for (int k = 0; k <= NKINDS; k++) {
        size_t g = k < NKINDS ? t->gold[k] : G, p = k < NKINDS ? t->pred[k] : P,
               m = k < NKINDS ? t->match[k] : M;
        double pr = ratio(m, p), rc = ratio(m, g), f1 = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
        const char *name = k < NKINDS ? zc_kind_name((zc_kind)k) : "overall";
        if (json)
            printf("%s\"%s\":{\"gold\":%zu,\"pred\":%zu,\"match\":%zu,\"precision\":%.4f,"
                   "\"recall\":%.4f,\"f1\":%.4f}",
                   k ? "," : "", name, g, p, m, pr, rc, f1);
        else
            printf("%-12s %6zu %6zu %6zu %7.3f %7.3f %7.3f\n", name, g, p, m, pr, rc, f1);
    }
    if (json)
        printf("},\"fields\":{");
    else
        printf("\n%-30s %6s %7s %9s\n", "field (matched pairs)", "n", "correct", "accuracy");
    for (int f = 0; f < NFIELDS; f++) {
        if (json)
            printf("%s\"%s\":{\"n\":%zu,\"correct\":%zu,\"accuracy\":%.4f}", f ? "," : "",
                   field_names[f], t->fn[f], t->fok[f], ratio(t->fok[f], t->fn[f]));
        else
            printf("%-30s %6zu %7zu %9.3f\n", field_names[f], t->fn[f], t->fok[f],
                   ratio(t->fok[f], t->fn[f]));
    }
    if (json)
        printf("}}\n");
}

static int by_doc(const void *a, const void *b)
{
    const gold *x = a, *y = b;
    int c = strcmp(x->doc, y->doc);
    return c ? c : (x < y ? -1 : x > y);
}

int cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {
        {"gold", required_argument, NULL, 'g'},  {"json", no_argument, NULL, 'j'},
        {"verbose", no_argument, NULL, 'v'},     {"doc-date", required_argument, NULL, 'D'},
        {"dict-dir", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *goldpath = NULL, *dictdir = NULL;
    bool json = false, verbose = false;
    zc_options opt;
    zc_options_init(&opt);   // as `zhengce extract` does
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        switch (c) {
        case 'g': goldpath = optarg; break;
        case 'j': json = true; break;
        case 'v': verbose = true; break;
        case 'D': opt.doc_date = optarg; break;
        case 'd': dictdir = optarg; break;
        case 'h': cmd_eval_help(stdout); return EXIT_OK;
        default:
            cli_error("eval", "unknown option '%s'", argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (!goldpath || optind >= argc) {
        cli_error("eval", "needs --gold FILE and at least one PATH holding the documents");
        return EXIT_USAGE;
    }
    FILE *gf = fopen(goldpath, "r");
    if (!gf) {
        cli_error("eval", "%s: cannot open", goldpath);
        return EXIT_INPUT;
    }
    json_t *rows = json_array();
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    int rc = EXIT_OK;
    while (getline(&line, &cap, gf) > 0) {
        lineno++;
        if (strspn(line, " \t\r\n") == strlen(line))
            continue;
        json_error_t je;
        json_t *row = json_loads(line, 0, &je);
        if (!row || !json_is_object(row) || kind_of(json_string_value(json_object_get(row, "kind"))) < 0 ||
            !json_is_string(json_object_get(row, "doc")) ||
            !json_is_string(json_object_get(row, "text"))) {
            cli_error("eval", "%s:%zu: %s", goldpath, lineno,
                      row ? "needs doc, kind (a RECORDS.md kind) and text" : je.text);
            json_decref(row);
            rc = EXIT_INPUT;
            continue;
        }
        json_array_append_new(rows, row);
    }
    free(line);
    fclose(gf);
    size_t ng = json_array_size(rows);
    gold *gs = calloc(ng ? ng : 1, sizeof *gs);
    for (size_t i = 0; i < ng; i++) {
        json_t *row = json_array_get(rows, i);
        gs[i].row = row;
        gs[i].doc = json_string_value(json_object_get(row, "doc"));
        gs[i].text = json_string_value(json_object_get(row, "text"));
        gs[i].kind = kind_of(json_string_value(json_object_get(row, "kind")));
    }
    qsort(gs, ng, sizeof *gs, by_doc);
    zc_model *m = cli_open_model(dictdir);
    if (!m) {
        free(gs);
        json_decref(rows);
        return EXIT_MODEL;
    }
    tally t = {0};
    for (size_t a = 0, b; a < ng; a = b) {
        for (b = a; b < ng && strcmp(gs[b].doc, gs[a].doc) == 0; b++)
            t.gold[gs[b].kind]++;
        char *path = NULL;
        for (int i = optind; !path && i < argc; i++)
            path = find_file(argv[i], gs[a].doc, 0);
        if (!path) {
            cli_error("eval", "%s: not found under the given paths (its %zu gold records count "
                              "as missed)", gs[a].doc, b - a);
            rc = EXIT_INPUT;
            continue;
        }
        zc_doc *d = NULL;
        char msg[1024];
        if (zc_doc_new_file(path, gs[a].doc, &opt, &d, msg, sizeof msg) != ZC_OK ||
            zc_extract(m, d) != ZC_OK) {
            cli_error("eval", "%s: %s", path, d ? zc_doc_errmsg(d) : msg);
            rc = EXIT_INPUT;
        } else {
            size_t len;
            const char *text = zc_doc_decoded(d, &len);
            for (size_t g = a; g < b; g++) {
                json_t *occ = json_object_get(gs[g].row, "occurrence");
                size_t k = json_is_integer(occ) ? (size_t)json_integer_value(occ) : 1;
                if (!locate(text, len, gs[g].text, k, &gs[g].cs, &gs[g].ce)) {
                    cli_error("eval", "%s: gold text '%s' (occurrence %zu) not in the document",
                              gs[g].doc, gs[g].text, k);
                    gs[g].cs = gs[g].ce = 0;
                    rc = EXIT_INPUT;
                }
            }
            score_doc(&t, d, gs + a, b - a, verbose);
        }
        zc_doc_free(d);
        free(path);
    }
    print_scores(&t, json);
    zc_model_close(m);
    free(gs);
    json_decref(rows);
    return rc;
}
