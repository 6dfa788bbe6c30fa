/*
 * cmd_extract.c — `zhengce extract`: records of every input as JSON Lines (RECORDS.md), CSV
 * or TSV. Inputs are files, directories (every file under them, in path order; symlink
 * loops are skipped) or - for standard input. Every input is accounted for: its records, or
 * an error line {"doc","error","offset"} on the error stream.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "inputs.h"

void cmd_extract_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce extract [OPTIONS] PATH...|-\n\n"
            "Extracts targets, deadlines, enforcement mechanisms and statistics as records\n"
            "(docs/RECORDS.md): one JSON object per line, sorted by document then offset.\n"
            "A directory PATH means every file under it, in path order.\n\n"
            "  --doc-date YYYY-MM-DD  resolve relative dates against this date (else the\n"
            "                         document's own date line or stated year, else XXXX)\n"
            "  --user-dict FILE       extra words for the segmenter (repeatable; jieba format)\n"
            "  -o, --output OUT       write to OUT (atomically: a temporary file, renamed)\n"
            "  --format FMT           jsonl (default), csv (RFC 4180) or tsv\n"
            "  --excel                with --format csv: start with a UTF-8 BOM for Excel\n"
            "  --errors FILE          error lines (JSON Lines) go to FILE, not stderr\n"
            "  --from LABEL, --lossy, --t2s, --keep-boilerplate   as for `zhengce normalize`\n\n"
            "Examples:\n"
            "  zhengce extract corpus/seed.txt\n"
            "  zhengce extract --doc-date 2009-12-28 speech.txt | jq -c 'select(.kind==\"deadline\")'\n"
            "  zhengce extract --format csv --excel -o records.csv speeches/\n"
            "  iconv -f utf-8 -t gb18030 corpus/seed.txt | zhengce extract -\n\n"
            "Exit status: 0 all inputs ok, 1 some input failed (each named in the error\n"
            "stream), 2 usage, 3 the model did not load.\n");
}

enum { O_DATE = 256, O_UDICT, O_FORMAT, O_EXCEL, O_ERRORS, O_FROM, O_LOSSY, O_T2S, O_KEEP,
       O_DICTDIR, O_HELP };

static const struct option long_opts[] = {
    {"doc-date", required_argument, NULL, O_DATE},
    {"user-dict", required_argument, NULL, O_UDICT},
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, O_FORMAT},
    {"excel", no_argument, NULL, O_EXCEL},
    {"errors", required_argument, NULL, O_ERRORS},
    {"from", required_argument, NULL, O_FROM},
    {"lossy", no_argument, NULL, O_LOSSY},
    {"t2s", no_argument, NULL, O_T2S},
    {"keep-boilerplate", no_argument, NULL, O_KEEP},
    {"dict-dir", required_argument, NULL, O_DICTDIR},
    {"help", no_argument, NULL, O_HELP},
    {NULL, 0, NULL, 0},
};

/* True for YYYY-MM-DD with a real month and day. */
static bool valid_date(const char *s)
{
    int y, mo, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &mo, &d, &tail) != 3)
        return false;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return mo >= 1 && mo <= 12 && d >= 1 && d <= mdays[mo - 1] &&
           (mo != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

/* Writes one error line {"doc","error","offset"} to `err`. */
static void error_line(FILE *err, const char *doc, const char *msg, long long off)
{
    fprintf(err, "{\"doc\":");
    cli_json_str(err, doc);
    fprintf(err, ",\"error\":");
    cli_json_str(err, msg);
    if (off >= 0)
        fprintf(err, ",\"offset\":%lld}\n", off);
    else
        fprintf(err, ",\"offset\":null}\n");
}

int cmd_extract(int argc, char **argv)
{
    zc_options opt;
    zc_options_init(&opt);
    const char *dictdir = NULL, *outpath = NULL, *errpath = NULL, *format = "jsonl";
    const char *udicts[64];
    size_t nudicts = 0;
    bool excel = false;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+o:h", long_opts, NULL)) != -1) {
        switch (c) {
        case O_DATE:
            if (!valid_date(optarg)) {
                cli_error("extract", "--doc-date wants YYYY-MM-DD, got '%s'", optarg);
                return EXIT_USAGE;
            }
            opt.doc_date = optarg;
            break;
        case O_UDICT:
            if (nudicts == sizeof udicts / sizeof udicts[0]) {
                cli_error("extract", "too many --user-dict files");
                return EXIT_USAGE;
            }
            udicts[nudicts++] = optarg;
            break;
        case 'o': outpath = optarg; break;
        case O_FORMAT: format = optarg; break;
        case O_EXCEL: excel = true; break;
        case O_ERRORS: errpath = optarg; break;
        case O_FROM:
            if (!cli_parse_from("extract", optarg, &opt))
                return EXIT_USAGE;
            break;
        case O_LOSSY: opt.lossy = 1; break;
        case O_T2S: opt.t2s = 1; break;
        case O_KEEP: opt.keep_boilerplate = 1; break;
        case O_DICTDIR: dictdir = optarg; break;
        case 'h':
        case O_HELP: cmd_extract_help(stdout); return EXIT_OK;
        default:
            cli_error("extract", "unknown option '%s'", argv[optind - 1]);
            fprintf(stderr, "Try 'zhengce extract --help'.\n");
            return EXIT_USAGE;
        }
    }
    char sep = 0;
    if (strcmp(format, "csv") == 0)
        sep = ',';
    else if (strcmp(format, "tsv") == 0)
        sep = '\t';
    else if (strcmp(format, "jsonl") != 0) {
        cli_error("extract", "unknown format '%s' (jsonl, csv, tsv)", format);
        return EXIT_USAGE;
    }
    if (excel && sep != ',') {
        cli_error("extract", "--excel goes with --format csv");
        return EXIT_USAGE;
    }
    if (optind >= argc) {
        cli_error("extract", "no input given (files, directories, or - for standard input)");
        return EXIT_USAGE;
    }
    zc_model *m = cli_open_model(dictdir);
    if (!m)
        return EXIT_MODEL;
    for (size_t i = 0; i < nudicts; i++)
        if (!cli_add_user_dict(m, udicts[i])) {
            zc_model_close(m);
            return EXIT_MODEL;
        }
    FILE *err = stderr;
    if (errpath && !(err = fopen(errpath, "w"))) {
        cli_error("extract", "%s: cannot create: %s", errpath, strerror(errno));
        zc_model_close(m);
        return EXIT_USAGE;
    }
    cli_output out;
    if (!cli_output_open(&out, outpath, "extract")) {
        if (err != stderr)
            fclose(err);
        zc_model_close(m);
        return EXIT_INPUT;
    }
    if (excel)
        fputs("\xEF\xBB\xBF", out.f);
    if (sep)
        fprintf(out.f, "%s%s", zc_csv_header(sep), sep == ',' ? "\r\n" : "\n");

    cli_inputs in;
    cli_inputs_init(&in);
    for (int i = optind; i < argc; i++)
        cli_inputs_add(&in, argv[i], err);
    size_t nfail = in.nfailed;
    for (size_t i = 0; i < in.n; i++) {
        const char *path = in.paths[i];
        zc_doc *d = NULL;
        char msg[1024];
        zc_status s = strcmp(path, "-") == 0 ? cli_read_stdin(&opt, &d, msg, sizeof msg)
                                             : zc_doc_new_file(path, path, &opt, &d, msg,
                                                               sizeof msg);
        if (s != ZC_OK) {
            error_line(err, path, msg, -1);
            nfail++;
            continue;
        }
        s = zc_extract(m, d);
        if (s != ZC_OK) {
            error_line(err, path, zc_doc_errmsg(d), zc_doc_erroffset(d));
            nfail++;
        } else if ((sep ? zc_doc_write_csv(d, out.f, sep) : zc_doc_write_jsonl(d, out.f)) !=
                   ZC_OK) {
            cli_error("extract", "cannot write the output");
            nfail++;
        }
        zc_doc_free(d);
    }
    cli_inputs_free(&in);
    bool ok = cli_output_close(&out, "extract");
    if (err != stderr)
        fclose(err);
    zc_model_close(m);
    return nfail || !ok ? EXIT_INPUT : EXIT_OK;
}
