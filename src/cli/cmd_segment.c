/*
 * cmd_segment.c — `zhengce segment`: the words of stage 2. `text` writes the decoded input
 * line by line with its words separated by one space (the SIGHAN bakeoff format: every
 * non-space character kept as written); `tsv` and `jsonl` segment the matching view sentence
 * by sentence and give each word with its char and byte offsets in the original file, its
 * sentence and its section path.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "inputs.h"

int cmd_segment(int argc, char **argv);
void cmd_segment_help(FILE *out);

enum { OPT_FROM = 256, OPT_FORMAT, OPT_DICTDIR, OPT_USERDICT, OPT_HELP };
enum { FMT_TEXT, FMT_TSV, FMT_JSONL };

static const struct option long_opts[] = {
    {"from", required_argument, NULL, OPT_FROM},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"dict-dir", required_argument, NULL, OPT_DICTDIR},
    {"user-dict", required_argument, NULL, OPT_USERDICT},
    {"help", no_argument, NULL, OPT_HELP},
    {NULL, 0, NULL, 0},
};

static const char *const kind_names[] = {"word", "user", "unknown", "name",
                                         "number", "latin", "punct"};

void cmd_segment_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce segment [--user-dict FILE]... [--format text|tsv|jsonl]\n"
            "                       [--from LABEL] [--dict-dir DIR] FILE|-\n\n"
            "Writes the words of the input. The lexicon is words.zcd (jieba's dictionary\n"
            "brought to the PKU/MSR segmentation standard, plus the policy vocabulary of\n"
            "dicts/seg); numbers, dates, percentages and Latin words are single words.\n\n"
            "  --format text   one output line per input line, words separated by one space,\n"
            "                  every non-space character kept as written (default; the SIGHAN\n"
            "                  bakeoff format)\n"
            "  --format tsv    a header, then per word: WORD KIND CHAR_START CHAR_END\n"
            "                  BYTE_START BYTE_END SENTENCE SECTION (path joined by \" > \")\n"
            "  --format jsonl  {\"word\", \"kind\", \"char\": [s,e], \"byte\": [s,e],\n"
            "                  \"sentence\": n, \"section\": [...]} per word\n"
            "  --user-dict F   add the words of F (repeatable): jieba lines `word [freq] [tag]`,\n"
            "                  a word may contain spaces; the load report goes to stderr\n"
            "  --from LABEL    the input's encoding (default: detect)\n\n"
            "tsv and jsonl words are those of the matching view (NFKC: １９９５年 → 1995年);\n"
            "offsets are half-open, in code points of the decoded input and bytes of the file.\n"
            "Kinds: word, user, unknown, name, number, latin, punct.\n\n"
            "Examples:\n"
            "  zhengce segment speech.txt\n"
            "  zhengce segment --user-dict my.dict --format jsonl speech.txt\n");
}

typedef struct text_out {
    FILE *f;
    const char *line;
    bool first;
} text_out;

static int put_text(const zc_word *w, void *arg)
{
    text_out *o = arg;
    if (!o->first)
        fputc_unlocked(' ', o->f);   // one thread writes: no per-word stream locking
    o->first = false;
    fwrite_unlocked(o->line + w->start, 1, w->end - w->start, o->f);
    return 0;
}

/* Writes the decoded text line by line, words separated by one space. */
static void write_text(zc_segmenter *s, const char *t, size_t len, FILE *out)
{
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len;
        text_out o = {out, t + i, true};
        zc_segment(s, t + i, e - i, put_text, &o);
        fputc('\n', out);
        i = e + 1;
    }
}

static void plain(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

typedef struct sent_out {
    FILE *f;
    const zc_doc *d;
    const char *view;
    size_t base;        // view offset of the segmented text
    size_t sentence;
    int fmt;
} sent_out;

static void write_section(const sent_out *o, char sep)
{
    zc_sentence_info si;
    zc_doc_sentence(o->d, o->sentence, &si);
    for (size_t k = 0; k < si.depth; k++) {
        zc_sentence_info h;
        zc_doc_sentence(o->d, zc_doc_section_heading(o->d, o->sentence, k), &h);
        if (k)
            sep ? (void)fputc(sep, o->f) : (void)fputs(" > ", o->f);
        if (sep)
            cli_json_strn(o->f, h.text, h.text_len);
        else
            plain(o->f, h.text, h.text_len);
    }
}

static int put_record(const zc_word *w, void *arg)
{
    sent_out *o = arg;
    size_t s = o->base + w->start, e = o->base + w->end;
    zc_origin org;
    zc_doc_origin(o->d, s, e, &org);
    if (o->fmt == FMT_TSV) {
        plain(o->f, o->view + s, e - s);
        fprintf(o->f, "\t%s\t%zu\t%zu\t%zu\t%zu\t%zu\t", kind_names[w->kind], org.char_start,
                org.char_end, org.byte_start, org.byte_end, o->sentence);
        write_section(o, 0);
        fputc('\n', o->f);
        return 0;
    }
    fputs("{\"word\":", o->f);
    cli_json_strn(o->f, o->view + s, e - s);
    fprintf(o->f, ",\"kind\":\"%s\",\"char\":[%zu,%zu],\"byte\":[%zu,%zu],\"sentence\":%zu,"
            "\"section\":[", kind_names[w->kind], org.char_start, org.char_end, org.byte_start,
            org.byte_end, o->sentence);
    write_section(o, ',');
    fputs("]}\n", o->f);
    return 0;
}

/* Writes one record per word of the matching view, sentence by sentence. */
static void write_records(zc_segmenter *s, const zc_doc *d, int fmt, FILE *out)
{
    size_t vlen;
    const char *view = zc_doc_normalized(d, &vlen);
    if (fmt == FMT_TSV)
        fputs("word\tkind\tchar_start\tchar_end\tbyte_start\tbyte_end\tsentence\tsection\n", out);
    size_t n = zc_doc_nsentences(d);
    for (size_t i = 0; i < n; i++) {
        zc_sentence_info si;
        zc_doc_sentence(d, i, &si);
        sent_out o = {out, d, view, si.start, i, fmt};
        zc_segment(s, view + si.start, si.end - si.start, put_record, &o);
    }
}

int cmd_segment(int argc, char **argv)
{
    const char *cmd = "segment", *dictdir = NULL, *udicts[64];
    size_t nud = 0;
    zc_options opt;
    zc_options_init(&opt);
    opt.t2s = 0;   // words of the text as written
    int fmt = FMT_TEXT;
    int c;
    while ((c = getopt_long(argc, argv, "+h", long_opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case OPT_HELP: cmd_segment_help(stdout); return EXIT_OK;
        case OPT_FROM:
            if (!cli_parse_from(cmd, optarg, &opt))
                return EXIT_USAGE;
            break;
        case OPT_FORMAT:
            if (strcmp(optarg, "text") == 0)
                fmt = FMT_TEXT;
            else if (strcmp(optarg, "tsv") == 0)
                fmt = FMT_TSV;
            else if (strcmp(optarg, "jsonl") == 0)
                fmt = FMT_JSONL;
            else {
                return cli_usage(cmd, "unknown format '%s' (text, tsv or jsonl)", optarg);
            }
            break;
        case OPT_DICTDIR: dictdir = optarg; break;
        case OPT_USERDICT:
            if (nud == sizeof udicts / sizeof udicts[0])
                return cli_usage(cmd, "too many --user-dict options (at most 64)");
            udicts[nud++] = optarg;
            break;
        default:
            cli_error(cmd, "unknown option or missing argument '%s'", argv[optind - 1]);
            fprintf(stderr, "Try 'zhengce %s --help'.\n", cmd);
            return EXIT_USAGE;
        }
    }
    if (optind != argc - 1)
        return cli_usage(cmd, "expected one input (a FILE, or - for standard input)");
    zc_model *m = cli_open_model(dictdir);
    if (!m)
        return EXIT_MODEL;
    zc_segmenter *s = NULL;
    int rc = EXIT_OK;
    for (size_t i = 0; i < nud; i++)
        if (!cli_add_user_dict(m, udicts[i])) {
            zc_model_close(m);
            return EXIT_MODEL;
        }
    if (zc_segmenter_new(m, &s) != ZC_OK) {
        cli_error(cmd, "out of memory");
        zc_model_close(m);
        return EXIT_MODEL;
    }
    zc_doc *d = cli_read_doc(argv[optind], &opt);
    if (!d) {
        rc = EXIT_INPUT;
    } else if (fmt == FMT_TEXT) {
        if (zc_decode(m, d) != ZC_OK) {
            cli_error(cmd, "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
            rc = EXIT_INPUT;
        } else {
            size_t len;
            const char *t = zc_doc_decoded(d, &len);
            write_text(s, t, len, stdout);
        }
    } else if (zc_structure(m, d) != ZC_OK) {
        cli_error(cmd, "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
        rc = EXIT_INPUT;
    } else {
        write_records(s, d, fmt, stdout);
    }
    zc_doc_free(d);
    zc_segmenter_free(s);
    zc_model_close(m);
    return cli_flush_stdout(cmd, rc);
}
