/*
 * cmd_extract.c — `zhengce extract`: options, then the batch engine (batch.c) over every
 * input: records as JSON Lines (RECORDS.md), CSV or TSV; every input accounted for.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "values.h"

void cmd_extract_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce extract [OPTIONS] PATH...|-\n"
            "       zhengce extract [OPTIONS] --files-from LIST\n"
            "       zhengce extract [OPTIONS] --jsonl-in < docs.jsonl\n\n"
            "Extracts targets, deadlines, enforcement mechanisms and statistics as records\n"
            "(docs/RECORDS.md): one JSON object per line, in input order, each document's\n"
            "records by offset. A directory PATH means every file under it, in path order\n"
            "(symlink loops, FIFOs, devices and sockets are reported and skipped, also in\n"
            "lists: name one on the command line to read it). Every input is accounted\n"
            "for: its records, or an error line {\"doc\",\"error\",\"offset\"} on the error\n"
            "stream (with --lossy, records and a line {\"doc\",\"warning\",\"offset\"} when\n"
            "bytes were replaced). `doc` is the name with a backslash written \\\\ and bytes\n"
            "that are not printable UTF-8 written \\xHH.\n\n"
            "Input and output:\n"
            "  --files-from LIST      read paths from LIST, one per line (- for stdin)\n"
            "  --jsonl-in             read documents from stdin: {\"id\":…,\"text\":…} or\n"
            "                         {\"id\":…,\"path\":…} per line; ids become `doc`; a\n"
            "                         line may add \"doc_date\" (its document date) and \"meta\"\n"
            "                         (an object copied into each of its records); a\n"
            "                         path reads any file the process can, unless:\n"
            "  --paths-under DIR      --jsonl-in paths must resolve to files under DIR\n"
            "  -o, --output OUT       write to OUT atomically (OUT.partial, renamed at the end;\n"
            "                         never an input, a device or a FIFO; OUT.journal beside)\n"
            "  --resume               continue an interrupted -o OUT run where it stopped\n"
            "                         (with the same options)\n"
            "  --format FMT           jsonl (default), csv (RFC 4180) or tsv\n"
            "  --no-meta              JSON Lines: leave out the line of kind \"document\" with\n"
            "                         its metadata (as `zhengce meta`) written before each\n"
            "                         document's records by default (--meta, accepted, is\n"
            "                         the default; CSV and TSV never have it)\n"
            "  --explain              JSON Lines: each record gets \"explain\", the rows of the\n"
            "                         decision tables (dicts/rules/decide-*.tsv) that decided\n"
            "                         it, and each rejected candidate a line {\"doc\", \"kind\":\n"
            "                         \"rejected\", \"text\", \"span\", \"explain\"}\n"
            "  --excel                with --format csv or tsv: a UTF-8 BOM so Excel reads\n"
            "                         Chinese; text cells starting with = + - @, tab or CR\n"
            "                         get a leading ' so they are not run as formulas\n"
            "  --errors FILE          error lines go to FILE instead of stderr (- : stdout,\n"
            "                         among the records: for Hadoop Streaming or Spark pipe)\n"
            "Work:\n"
            "  -j, --jobs N           worker threads sharing one model (default: cores);\n"
            "                         the output is the same for every N\n"
            "  --shard I/N            only inputs whose id hashes to shard I of N; in a SLURM\n"
            "                         job array the default is I = (ID - MIN) / STEP of\n"
            "                         N = COUNT (SLURM_ARRAY_TASK_*), and ids that are not\n"
            "                         MIN, MIN+STEP, ... are a usage error: give --shard\n"
            "  --time-limit SECONDS   per-document limit (default 300; 0: none; at most\n"
            "                         1000000)\n"
            "  --max-bytes N[K|M|G|T] per-document size limit, also on devices, pipes and\n"
            "                         standard input (default: the memory over 6 times the\n"
            "                         jobs, at most 1G; 0: none)\n"
            "  --quiet                no progress line and no summary\n");
    fprintf(out,   // in two parts: ISO C bounds a string literal at 4095 bytes
            "Extraction:\n"
            "  --doc-date YYYY-MM-DD  resolve relative dates against this date (else the\n"
            "                         document's own date line or stated year, else XXXX)\n"
            "  --user-dict FILE       the user's words, jieba lines `word [freq] [tag]`\n"
            "                         (repeatable): the records' actors and indicators are\n"
            "                         phrases of these words (a word tagged nt or ns names a\n"
            "                         body that may act)\n"
            "  --user-lex FILE        extra cue words for the rules (repeatable; lines\n"
            "                         surface<TAB>kind<TAB>category, as in dicts/lex/README.md)\n"
            "  --no-t2s               match traditional characters as they are (by default the\n"
            "                         matching view is simplified; records keep the original)\n"
            "  --from LABEL, --lossy, --keep-boilerplate as for `zhengce normalize`\n"
            "  --input-format F       auto (default: by content), text, html, docx or pdf:\n"
            "                         a PDF (%%PDF-) gives the text of its pages in reading\n"
            "                         order, a DOCX (a ZIP with word/document.xml) its\n"
            "                         paragraphs as lines and table rows as tab-separated\n"
            "                         cells, an HTML page the text a reader sees. DOCX and\n"
            "                         PDF spans count the extracted text (what `zhengce\n"
            "                         decode` prints), not the file: such records say\n"
            "                         \"offsets\":\"extracted-text\", a PDF's also \"page\"\n"
            "                         (from 1).\n"
            "                         Encrypted, damaged or textless (scanned) PDFs and\n"
            "                         broken DOCX files are error lines; --max-bytes bounds\n"
            "                         the decompressed XML and the extracted text\n\n"
            "Examples:\n"
            "  zhengce extract corpus/seed.txt\n"
            "  zhengce extract notice.docx report.pdf | jq -c '{page, kind, text}'\n"
            "  zhengce extract --doc-date 2009-12-28 speech.txt | jq -c 'select(.kind==\"deadline\")'\n"
            "  zhengce extract -j 2 -o records.jsonl --errors errors.jsonl archive/\n"
            "  zhengce extract -o records.jsonl --resume archive/    # after an interruption\n"
            "  zhengce extract --format csv --excel -o records.csv speeches/\n"
            "  find archive -name '*.txt' | zhengce extract --files-from - > records.jsonl\n\n"
            "Exit status: 0 all inputs ok, 1 some input failed (each named in the error\n"
            "stream), 2 usage, 3 the model did not load.\n");
}

enum { O_DATE = 256, O_UDICT, O_ULEX, O_FORMAT, O_EXCEL, O_ERRORS, O_FROM, O_INPUT_FORMAT, O_LOSSY, O_T2S,
       O_KEEP, O_DICTDIR, O_HELP, O_FILES_FROM, O_JSONL_IN, O_RESUME, O_SHARD, O_TIME, O_MAXB,
       O_QUIET, O_NO_T2S, O_PATHS_UNDER, O_META, O_NO_META, O_EXPLAIN };

static const struct option long_opts[] = {
    {"doc-date", required_argument, NULL, O_DATE},
    {"meta", no_argument, NULL, O_META},
    {"no-meta", no_argument, NULL, O_NO_META},
    {"explain", no_argument, NULL, O_EXPLAIN},
    {"user-dict", required_argument, NULL, O_UDICT},
    {"user-lex", required_argument, NULL, O_ULEX},
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, O_FORMAT},
    {"excel", no_argument, NULL, O_EXCEL},
    {"errors", required_argument, NULL, O_ERRORS},
    {"from", required_argument, NULL, O_FROM},
    {"input-format", required_argument, NULL, O_INPUT_FORMAT},
    {"lossy", no_argument, NULL, O_LOSSY},
    {"t2s", no_argument, NULL, O_T2S},
    {"no-t2s", no_argument, NULL, O_NO_T2S},
    {"keep-boilerplate", no_argument, NULL, O_KEEP},
    {"dict-dir", required_argument, NULL, O_DICTDIR},
    {"files-from", required_argument, NULL, O_FILES_FROM},
    {"jsonl-in", no_argument, NULL, O_JSONL_IN},
    {"paths-under", required_argument, NULL, O_PATHS_UNDER},
    {"resume", no_argument, NULL, O_RESUME},
    {"jobs", required_argument, NULL, 'j'},
    {"shard", required_argument, NULL, O_SHARD},
    {"time-limit", required_argument, NULL, O_TIME},
    {"max-bytes", required_argument, NULL, O_MAXB},
    {"quiet", no_argument, NULL, O_QUIET},
    {"help", no_argument, NULL, O_HELP},
    {NULL, 0, NULL, 0},
};

/* The dictionaries the records come from, for the journal's check on --resume: the
 * dictionary directory and each user dictionary and lexicon (`lex[i]`), resolved, with its
 * size and change time. Malloc'd. */
static char *model_identity(const char *dictdir, const char *const *udicts, const bool *lex,
                            size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    if (!dictdir)
        dictdir = getenv("ZHENGCE_DICTDIR");
    char *real = dictdir ? cli_path_resolve(dictdir) : NULL;
    fprintf(f, "%s", real ? real : dictdir ? dictdir : "(installed)");
    free(real);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        real = cli_path_resolve(udicts[i]);
        if (stat(udicts[i], &st) != 0)
            memset(&st, 0, sizeof st);
        fprintf(f, " + %s%s (%lld bytes, %lld)", lex[i] ? "lexicon " : "",
                real ? real : udicts[i], (long long)st.st_size, (long long)st.st_mtime);
        free(real);
    }
    fclose(f);
    return buf;
}

/* Reads the environment variable NAME as a whole number into *v; unset leaves *v as it is.
 * False when it is set but not a number. */
static bool env_long(const char *name, long *v)
{
    const char *s = getenv(name);
    char *end;
    if (!s)
        return true;
    errno = 0;
    long x = strtol(s, &end, 10);
    if (end == s || *end || errno)
        return false;
    *v = x;
    return true;
}

/* The shard a SLURM array task takes: I = (ID - MIN) / STEP of N = COUNT. Returns 0 outside
 * a job array (no SLURM_ARRAY_TASK_ID or _COUNT), 1 with *i and *n set, and -1 after a
 * message when the array's ids are not MIN, MIN+STEP, ..., MIN+(COUNT-1)*STEP (a list like
 * --array=0,5,9): mapping them anyway would leave shards that no task processes. */
static int slurm_shard(unsigned *i, unsigned *n)
{
    const char *sid = getenv("SLURM_ARRAY_TASK_ID"), *scount = getenv("SLURM_ARRAY_TASK_COUNT");
    const char *smin = getenv("SLURM_ARRAY_TASK_MIN"), *smax = getenv("SLURM_ARRAY_TASK_MAX");
    const char *sstep = getenv("SLURM_ARRAY_TASK_STEP");
    if (!sid || !scount)
        return 0;
    long id = -1, count = 0, min = 0, step = 1, max = -1;
    bool ok = env_long("SLURM_ARRAY_TASK_ID", &id) && env_long("SLURM_ARRAY_TASK_COUNT", &count) &&
              env_long("SLURM_ARRAY_TASK_MIN", &min) && env_long("SLURM_ARRAY_TASK_STEP", &step) &&
              env_long("SLURM_ARRAY_TASK_MAX", &max);
    if (step <= 0)
        step = 1;
    ok = ok && count > 0 && count <= UINT_MAX && min >= 0 && id >= min &&
         (id - min) % step == 0 && (id - min) / step < count &&
         (!smax || (max >= min && (max - min) % step == 0 && (max - min) / step == count - 1));
    if (!ok) {
        cli_error("extract", "SLURM array task %s does not map to a shard (COUNT=%s MIN=%s MAX=%s "
                             "STEP=%s): the task ids must be MIN, MIN+STEP, ..., one per shard; "
                             "give --shard I/N",
                  sid, scount, smin ? smin : "unset", smax ? smax : "unset",
                  sstep ? sstep : "unset");
        return -1;
    }
    *i = (unsigned)((id - min) / step);
    *n = (unsigned)count;
    return 1;
}

/* The default --max-bytes: a document peaks at 4 to 5 times its size in memory beside the
 * model (README), so `jobs` documents of a sixth of the memory each fit; at most 1 GiB. */
static size_t default_max_bytes(int jobs)
{
    long pages = sysconf(_SC_PHYS_PAGES), pg = sysconf(_SC_PAGESIZE);
    size_t lim = (size_t)1 << 30;
    jobs = jobs > 0 ? jobs : 1;
    if (pages > 0 && pg > 0 && (size_t)pages / 6 / (size_t)jobs * (size_t)pg < lim)
        lim = (size_t)pages / 6 / (size_t)jobs * (size_t)pg;
    return lim;
}

/* What extract's options give besides the batch configuration. */
typedef struct extract_args {
    const char *dictdir, *format, *udicts[64];   /* --user-dict and --user-lex, in order */
    bool lex[64];                                /* udicts[i] is a --user-lex file */
    size_t nudicts;
    bool shard_given;
} extract_args;

/* Parses extract's options into *cfg and *a; returns -1 to go on, else the exit status. */
static int extract_options(int argc, char **argv, batch_config *cfg, extract_args *a)
{
    long jobs;
    static char paths_under[PATH_MAX];   // resolved
    struct stat st;
    int c;
    char *end;
    while ((c = getopt_long(argc, argv, "+o:j:h", long_opts, NULL)) != -1) {
        switch (c) {
        case O_DATE:
            if (!cli_valid_date(optarg))
                return cli_usage("extract",
                                 "--doc-date wants a date YYYY-MM-DD (years 0001 to 9999), "
                                 "got '%s'", optarg);
            cfg->opt.doc_date = optarg;
            break;
        case O_UDICT:
        case O_ULEX:
            if (a->nudicts == sizeof a->udicts / sizeof a->udicts[0])
                return cli_usage("extract", "too many --user-dict and --user-lex files");
            a->lex[a->nudicts] = c == O_ULEX;
            a->udicts[a->nudicts++] = optarg;
            break;
        case 'o': cfg->outpath = optarg; break;
        case O_FORMAT: a->format = optarg; break;
        case O_EXCEL: cfg->excel = true; break;
        case O_META: cfg->opt.no_meta = 0; break;
        case O_NO_META: cfg->opt.no_meta = 1; break;
        case O_EXPLAIN: cfg->opt.explain = 1; break;
        case O_ERRORS: cfg->errpath = optarg; break;
        case O_FROM:
            if (!cli_parse_from("extract", optarg, &cfg->opt))
                return EXIT_USAGE;
            break;
        case O_INPUT_FORMAT:
            if (!cli_parse_input_format("extract", optarg, &cfg->opt))
                return EXIT_USAGE;
            break;
        case O_LOSSY: cfg->opt.lossy = 1; break;
        case O_T2S: cfg->opt.t2s = 1; break;
        case O_NO_T2S: cfg->opt.t2s = 0; break;
        case O_KEEP: cfg->opt.keep_boilerplate = 1; break;
        case O_DICTDIR: a->dictdir = optarg; break;
        case O_FILES_FROM: cfg->files_from = optarg; break;
        case O_JSONL_IN: cfg->jsonl_in = true; break;
        case O_PATHS_UNDER:
            if (!realpath(optarg, paths_under))
                return cli_usage("extract", "--paths-under %s: %s", optarg, strerror(errno));
            if (stat(paths_under, &st) != 0 || !S_ISDIR(st.st_mode))
                return cli_usage("extract", "--paths-under %s: not a directory", optarg);
            cfg->paths_under = paths_under;
            break;
        case O_RESUME: cfg->resume = true; break;
        case O_QUIET: cfg->quiet = true; break;
        case 'j':
            if (!cli_parse_count(optarg, 1, 256, &jobs))
                return cli_usage("extract", "-j wants a number of threads from 1 to 256, got '%s'",
                                 optarg);
            cfg->jobs = (int)jobs;
            break;
        case O_SHARD:
            if (!cli_parse_shard(optarg, &cfg->shard, &cfg->nshards))
                return cli_usage("extract", "--shard wants I/N with 0 <= I < N, got '%s'", optarg);
            a->shard_given = true;
            break;
        case O_TIME:
            cfg->opt.time_limit = strtod(optarg, &end);
            // !(x <= max) also refuses nan; inf and 1e300 would overflow the clock
            if (end == optarg || *end || cfg->opt.time_limit < 0 ||
                !(cfg->opt.time_limit <= 1e6)) {
                return cli_usage("extract",
                                 "--time-limit wants seconds from 0 to 1000000 (0: none), "
                                 "got '%s'", optarg);
            }
            break;
        case O_MAXB:
            if (!cli_parse_bytes(optarg, (size_t)1 << 40, &cfg->opt.max_bytes))
                return cli_usage("extract", "--max-bytes wants a number of bytes up to 1T, with an "
                                            "optional K, M, G or T (0: none), got '%s'", optarg);
            break;
        case 'h':
        case O_HELP: cmd_extract_help(stdout); return EXIT_OK;
        default:
            return cli_bad_option("extract", argv);
        }
    }
    return -1;
}

/* The checks of the options taken together; returns -1 to go on, else the exit status. */
static int extract_checks(int argc, char **argv, batch_config *cfg, const extract_args *a)
{
    if (strcmp(a->format, "csv") == 0)
        cfg->sep = ',';
    else if (strcmp(a->format, "tsv") == 0)
        cfg->sep = '\t';
    else if (strcmp(a->format, "jsonl") != 0)
        return cli_usage("extract", "unknown format '%s' (jsonl, csv, tsv)", a->format);
    if (cfg->excel && !cfg->sep)
        return cli_usage("extract", "--excel goes with --format csv or tsv");
    if (cfg->opt.explain && cfg->sep)
        return cli_usage("extract", "--explain goes with JSON Lines (the default --format jsonl)");
    cfg->paths = argv + optind;
    cfg->npaths = argc - optind;
    if (!cfg->npaths && !cfg->files_from && !cfg->jsonl_in)
        return cli_usage("extract", "no input given (files, directories, - for standard input, "
                                    "--files-from or --jsonl-in)");
    if (cfg->paths_under && !cfg->jsonl_in)
        return cli_usage("extract", "--paths-under goes with --jsonl-in");
    if (cfg->jsonl_in && cfg->files_from && strcmp(cfg->files_from, "-") == 0)
        return cli_usage("extract", "--jsonl-in and --files-from - both want standard input");
    for (int i = 0; cfg->jsonl_in && i < cfg->npaths; i++)
        if (strcmp(cfg->paths[i], "-") == 0) {
            // Standard input is the JSON Lines stream, not one more document.
            return cli_usage("extract", "--jsonl-in reads standard input: give no - path with it");
        }
    if (!a->shard_given) {
        int in_array = slurm_shard(&cfg->shard, &cfg->nshards);
        if (in_array < 0)
            return EXIT_USAGE;
        if (!in_array)
            cfg->nshards = 1;
    }
    return -1;
}

int cmd_extract(int argc, char **argv)
{
    batch_config cfg = {0};
    zc_options_init(&cfg.opt);   // the library's defaults are extraction's
    cfg.opt.max_bytes = SIZE_MAX;   // not given: set from the memory and -j below
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    cfg.jobs = ncpu > 0 ? (int)ncpu : 1;
    extract_args a = {.format = "jsonl"};
    int rc = extract_options(argc, argv, &cfg, &a);
    if (rc < 0)
        rc = extract_checks(argc, argv, &cfg, &a);
    if (rc >= 0)
        return rc;
    cfg.progress = !cfg.quiet && isatty(STDERR_FILENO);
    int checked = batch_check_outputs(&cfg, a.udicts, a.nudicts);
    if (checked != EXIT_OK)
        return checked;
    char *model_id = model_identity(a.dictdir, a.udicts, a.lex, a.nudicts);
    cfg.model_id = model_id;
    zc_model *m = cli_open_model(a.dictdir);
    if (!m) {
        free(model_id);
        return EXIT_MODEL;
    }
    for (size_t i = 0; i < a.nudicts; i++)
        if (!(a.lex[i] ? cli_add_user_lex : cli_add_user_dict)(m, a.udicts[i])) {
            zc_model_close(m);
            free(model_id);
            return EXIT_MODEL;
        }
    cfg.model = m;
    if (cfg.opt.max_bytes == SIZE_MAX)
        cfg.opt.max_bytes = default_max_bytes(cfg.jobs);
    rc = batch_run(&cfg);
    zc_model_close(m);
    free(model_id);
    return rc;
}
