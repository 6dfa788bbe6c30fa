/*
 * cmd_explore.c — `zhengce kwic` and `zhengce summary`: looking at the records of a corpus.
 * kwic is a concordance (each record in its context, one line each); summary counts records
 * per document by kind and enforcement category, with their density per 1,000 characters.
 */
#define _XOPEN_SOURCE 700   // wcwidth
#include <getopt.h>
#include <jansson.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "cli.h"
#include "commands.h"

#define NKINDS ZC_NKINDS
#define NCATS ZC_NCATEGORIES

void cmd_kwic_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce kwic [--kind K] [--category C] [-w N] [--format tsv|text]\n"
            "                    [--dict-dir DIR] PATH...\n\n"
            "A concordance of the records: one line per record, in document and text order,\n"
            "with N characters of context on each side (line breaks and tabs shown as spaces).\n\n"
            "  --kind K       only records of kind K (target, deadline, enforcement, statistic);\n"
            "                 repeat for several\n"
            "  --category C   only enforcement records of category C (veto, financial,\n"
            "                 accountability, referral, investigation, incentive, coercive, none)\n"
            "  -w, --width N  characters of context on each side (default 20, at most 1000)\n"
            "  --format tsv   DOC<TAB>CHAR<TAB>KIND<TAB>LEFT<TAB>TEXT<TAB>RIGHT (the default\n"
            "                 when standard output is not a terminal)\n"
            "  --format text  aligned columns for reading (the default on a terminal)\n\n"
            "PATHs are files, directories (every file under them) or - for standard input.\n\n"
            "Examples:\n"
            "  zhengce kwic --kind enforcement --category accountability speeches/\n"
            "  zhengce kwic -w 10 --kind deadline corpus/seed.txt | sort -t$'\\t' -k6\n");
}

void cmd_summary_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce summary [--dict-dir DIR] PATH...\n"
            "       zhengce summary --records RECORDS.jsonl\n\n"
            "Counts the records of each document as CSV (RFC 4180): doc, its length in\n"
            "characters, records in all and per 1,000 characters, records per kind, and\n"
            "enforcement records per category (none: a mechanism that names no category).\n"
            "With --records it counts a saved `zhengce extract` run instead (error lines are\n"
            "skipped; chars and per_1000_chars are empty, as a run does not carry them).\n\n"
            "Examples:\n"
            "  zhengce summary speeches/ > summary.csv\n"
            "  zhengce extract -o run.jsonl archive/ && zhengce summary --records run.jsonl\n");
}

/* Columns a UTF-8 string takes on a terminal (wide CJK characters count two). */
static size_t columns(const char *s, size_t n)
{
    size_t cols = 0;
    mbstate_t st;
    memset(&st, 0, sizeof st);
    while (n) {
        wchar_t wc;
        size_t k = mbrtowc(&wc, s, n, &st);
        if (k == 0 || k == (size_t)-1 || k == (size_t)-2) {
            k = 1;
            cols++;
            memset(&st, 0, sizeof st);
        } else {
            int w = wcwidth(wc);
            cols += w > 0 ? (size_t)w : 0;
        }
        s += k;
        n -= k;
    }
    return cols;
}

/* Writes text with tabs, line breaks and other control characters as spaces. */
static void plain(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputc((unsigned char)s[i] < 0x20 || s[i] == 0x7f ? ' ' : s[i], out);
}

/* Start of the UTF-8 text `w` characters before p (not before base). */
static const char *back_chars(const char *base, const char *p, size_t w)
{
    while (w && p > base) {
        p--;
        while (p > base && ((unsigned char)*p & 0xC0) == 0x80)
            p--;
        w--;
    }
    return p;
}

/* End of the UTF-8 text `w` characters after p (not past end). */
static const char *fwd_chars(const char *p, const char *end, size_t w)
{
    while (w && p < end) {
        p++;
        while (p < end && ((unsigned char)*p & 0xC0) == 0x80)
            p++;
        w--;
    }
    return p;
}

typedef struct kwic_opts {
    bool kinds[NKINDS], any_kind;
    int category;              /* -1: any */
    size_t width;
    bool text;                 /* aligned for a terminal */
} kwic_opts;

static void kwic_doc(const zc_doc *d, const kwic_opts *o, FILE *out)
{
    size_t dlen;
    const char *dec = zc_doc_decoded(d, &dlen), *end = dec + dlen;
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        if ((o->any_kind && !o->kinds[r->kind]) ||
            (o->category >= 0 && (r->kind != ZC_KIND_ENFORCEMENT || (int)r->category != o->category)))
            continue;
        size_t tlen;
        const char *t = zc_doc_original(d, r->text.start, r->text.end, &tlen);
        zc_origin org;
        zc_doc_origin(d, r->text.start, r->text.end, &org);
        const char *ls = back_chars(dec, t, o->width), *re = fwd_chars(t + tlen, end, o->width);
        if (o->text) {
            // Left context right-aligned to the width it may take, so the triggers line up.
            size_t cols = columns(ls, (size_t)(t - ls));
            fprintf(out, "%s\t%-11s ", zc_doc_id(d), zc_kind_name(r->kind));
            for (size_t c = cols; c < 2 * o->width; c++)
                fputc(' ', out);
            plain(out, ls, (size_t)(t - ls));
            fputs(" [", out);
            plain(out, t, tlen);
            fputs("] ", out);
            plain(out, t + tlen, (size_t)(re - (t + tlen)));
            fputc('\n', out);
        } else {
            plain(out, zc_doc_id(d), strlen(zc_doc_id(d)));
            fprintf(out, "\t%zu\t%s\t", org.char_start, zc_kind_name(r->kind));
            plain(out, ls, (size_t)(t - ls));
            fputc('\t', out);
            plain(out, t, tlen);
            fputc('\t', out);
            plain(out, t + tlen, (size_t)(re - (t + tlen)));
            fputc('\n', out);
        }
    }
}

/* What kwic and summary run on each document: extraction, then `show`. */
typedef struct explore {
    const char *cmd;
    zc_model *m;
    void (*show)(const zc_doc *d, void *arg);
    void *arg;
} explore;

static bool explore_doc(zc_doc *d, void *arg)
{
    explore *x = arg;
    if (zc_extract(x->m, d) != ZC_OK) {
        cli_error(x->cmd, "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
        return false;
    }
    x->show(d, x->arg);
    return true;
}

/* Extracts every input of argv[optind..] and calls show on each; returns the exit status. */
static int each_doc(const char *cmd, int argc, char **argv, const char *dictdir,
                    void (*show)(const zc_doc *d, void *arg), void *arg)
{
    explore x = {cmd, cli_open_model(dictdir), show, arg};
    if (!x.m)
        return EXIT_MODEL;
    zc_options opt;
    zc_options_init(&opt);
    int rc = cli_each_input(cmd, argv + optind, argc - optind, &opt, explore_doc, &x);
    zc_model_close(x.m);
    return rc;
}

static void kwic_fn(const zc_doc *d, void *arg)
{
    kwic_doc(d, arg, stdout);
}

int cmd_kwic(int argc, char **argv)
{
    enum { O_KIND = 256, O_CAT, O_FORMAT, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"kind", required_argument, NULL, O_KIND},   {"category", required_argument, NULL, O_CAT},
        {"width", required_argument, NULL, 'w'},     {"format", required_argument, NULL, O_FORMAT},
        {"dict-dir", required_argument, NULL, O_DICT}, {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    kwic_opts o = {.category = -1, .width = 20, .text = isatty(STDOUT_FILENO)};
    const char *dictdir = NULL;
    int c, k;
    char *end;
    while ((c = getopt_long(argc, argv, "+hw:", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_kwic_help(stdout); return EXIT_OK;
        case O_KIND:
            if ((k = zc_kind_parse(optarg)) < 0)
                return cli_usage("kwic",
                                 "unknown kind '%s' (target, deadline, enforcement, statistic)",
                                 optarg);
            o.kinds[k] = o.any_kind = true;
            break;
        case O_CAT:
            if ((o.category = zc_category_parse(optarg)) < 0)
                return cli_usage("kwic", "unknown category '%s'", optarg);
            break;
        case 'w': {
            unsigned long w = strtoul(optarg, &end, 10);
            if (*end || !*optarg || *optarg == '-' || w > 1000)
                return cli_usage("kwic", "--width takes a number of characters from 0 to 1000");
            o.width = w;
            break;
        }
        case O_FORMAT:
            if (strcmp(optarg, "tsv") != 0 && strcmp(optarg, "text") != 0)
                return cli_usage("kwic", "--format is tsv or text");
            o.text = strcmp(optarg, "text") == 0;
            break;
        case O_DICT: dictdir = optarg; break;
        default:
            return cli_bad_option("kwic", argv);
        }
    }
    if (optind >= argc)
        return cli_usage("kwic", "no input (give files, directories or -)");
    if (o.text)
        setlocale(LC_CTYPE, "C.UTF-8");   // wcwidth for the alignment of CJK text
    return each_doc("kwic", argc, argv, dictdir, kwic_fn, &o);
}

/* Counts of one document. */
typedef struct counts {
    size_t kinds[NKINDS], cats[NCATS], total;
} counts;

static void csv_cell(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void summary_header(FILE *out)
{
    fputs("doc,chars,records,per_1000_chars", out);
    for (int k = 0; k < NKINDS; k++)
        fprintf(out, ",%s", zc_kind_name((zc_kind)k));
    for (int c = 0; c < NCATS; c++)
        fprintf(out, ",enforcement_%s", c ? zc_category_name((zc_category)c) : "none");
    fputs("\r\n", out);
}

/* One CSV row; chars is -1 when unknown. */
static void summary_row(FILE *out, const char *doc, long long chars, const counts *n)
{
    csv_cell(out, doc);
    if (chars >= 0)
        fprintf(out, ",%lld,%zu,%.2f", chars, n->total,
                chars ? 1000.0 * (double)n->total / (double)chars : 0.0);
    else
        fprintf(out, ",,%zu,", n->total);
    for (int k = 0; k < NKINDS; k++)
        fprintf(out, ",%zu", n->kinds[k]);
    for (int c = 0; c < NCATS; c++)
        fprintf(out, ",%zu", n->cats[c]);
    fputs("\r\n", out);
}

static void summary_fn(const zc_doc *d, void *arg)
{
    (void)arg;
    counts n = {0};
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        n.kinds[r->kind]++;
        if (r->kind == ZC_KIND_ENFORCEMENT && (int)r->category < NCATS)
            n.cats[r->category]++;
        n.total++;
    }
    size_t len, chars = 0;
    const char *t = zc_doc_decoded(d, &len);
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)t[i] & 0xC0) != 0x80;
    summary_row(stdout, zc_doc_id(d), (long long)chars, &n);
}

/* Reads the JSON Lines of a saved run with the records of a document together (as
 * `extract` writes them) and prints a row per document. Records are recognised by their
 * "doc", "kind" and, for enforcement, "category" values; other lines are skipped. */
static int summary_records(const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    if (!f) {
        cli_error("summary", "%s: cannot open", path);
        return EXIT_INPUT;
    }
    char *line = NULL, *doc = NULL;
    size_t cap = 0;
    counts n = {0};
    int rc = EXIT_OK;
    size_t lineno = 0;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        json_t *row = json_loads(line, 0, NULL);
        if (!json_is_object(row)) {
            cli_error("summary", "%s:%zu: not a JSON object", path, lineno);
            json_decref(row);
            rc = EXIT_INPUT;
            continue;
        }
        const char *id = json_string_value(json_object_get(row, "doc"));
        const char *kind = json_string_value(json_object_get(row, "kind"));
        json_t *enf = json_object_get(row, "enforcement");
        const char *cat = json_string_value(json_object_get(enf, "category"));
        int k = kind ? zc_kind_parse(kind) : -1;
        if (id && k >= 0) {
            if (doc && strcmp(doc, id) != 0) {
                summary_row(stdout, doc, -1, &n);
                memset(&n, 0, sizeof n);
            }
            if (!doc || strcmp(doc, id) != 0) {
                free(doc);
                doc = strdup(id);
            }
            n.kinds[k]++;
            n.total++;
            if (k == ZC_KIND_ENFORCEMENT) {
                int c = cat ? zc_category_parse(cat) : ZC_CAT_NONE;
                n.cats[c < 0 ? ZC_CAT_NONE : c]++;
            }
        }
        json_decref(row);
    }
    if (doc)
        summary_row(stdout, doc, -1, &n);
    free(doc);
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

int cmd_summary(int argc, char **argv)
{
    enum { O_RECORDS = 256, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"records", required_argument, NULL, O_RECORDS},
        {"dict-dir", required_argument, NULL, O_DICT}, {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *dictdir = NULL, *records = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_summary_help(stdout); return EXIT_OK;
        case O_RECORDS: records = optarg; break;
        case O_DICT: dictdir = optarg; break;
        default:
            return cli_bad_option("summary", argv);
        }
    }
    if (!records == (optind >= argc))
        return cli_usage("summary", "give PATHs or --records FILE (one of the two)");
    summary_header(stdout);
    return records ? summary_records(records)
                   : each_doc("summary", argc, argv, dictdir, summary_fn, NULL);
}
