/*
 * cmd_sentences.c — `zhengce sentences`: the document structure (stage 2) as one line per
 * sentence with its paragraph and section path, in text or JSON Lines.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "inputs.h"
#include "commands.h"

enum { OPT_FROM = 256, OPT_FORMAT, OPT_DICTDIR, OPT_HELP };

static const struct option long_opts[] = {
    {"from", required_argument, NULL, OPT_FROM},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"dict-dir", required_argument, NULL, OPT_DICTDIR},
    {"help", no_argument, NULL, OPT_HELP},
    {NULL, 0, NULL, 0},
};

void cmd_sentences_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce sentences [--from LABEL] [--format text|jsonl] [--dict-dir DIR]\n"
            "                         FILE|-...\n\n"
            "Writes the structure of each input: one line per sentence, in text order, with\n"
            "its section path (the headings it sits under, outermost first; a heading's path\n"
            "ends with itself). Lines broken inside a sentence are rejoined; headings and list\n"
            "items keep their own lines; sentences end at 。!?;… with closing quotes kept.\n"
            "Heading styles and sentence ends: dicts/structure/structure.tsv.\n\n"
            "  --format text   PARA<TAB>SECTION PATH joined by \" > \"<TAB>SENTENCE (default)\n"
            "  --format jsonl  {\"sentence\", \"section\": [...], \"heading\": bool,\n"
            "                  \"char\": [s,e], \"byte\": [s,e]}: offsets half-open, in code\n"
            "                  points of the decoded input and in bytes of the file on disk\n"
            "  --from LABEL    the input's encoding (default: detect)\n\n"
            "Texts are those of the matching view (NFKC: ，→ , （一）→ (一)), with the line\n"
            "breaks of rejoined lines removed; slice the original with char or byte to see a\n"
            "sentence as written.\n\n"
            "Examples:\n"
            "  zhengce sentences corpus/seed.txt\n"
            "  zhengce sentences --format jsonl speech.txt | jq -c 'select(.heading)'\n");
}

/* Writes `n` bytes of `s` as a JSON string. */
/* Writes text with tabs and line breaks as spaces, so a text line stays one line. */
static void plain(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

static void write_doc(zc_doc *d, bool jsonl, FILE *out)
{
    size_t n = zc_doc_nsentences(d);
    for (size_t i = 0; i < n; i++) {
        zc_sentence_info si;
        zc_doc_sentence(d, i, &si);
        if (!jsonl) {
            fprintf(out, "%zu\t", si.para);
            for (size_t k = 0; k < si.depth; k++) {
                zc_sentence_info h;
                zc_doc_sentence(d, zc_doc_section_heading(d, i, k), &h);
                if (k)
                    fputs(" > ", out);
                plain(out, h.text, h.text_len);
            }
            fputc('\t', out);
            plain(out, si.text, si.text_len);
            fputc('\n', out);
            continue;
        }
        zc_origin o;
        zc_doc_origin(d, si.start, si.end, &o);
        fputs("{\"sentence\":", out);
        cli_json_strn(out, si.text, si.text_len);
        fputs(",\"section\":[", out);
        for (size_t k = 0; k < si.depth; k++) {
            zc_sentence_info h;
            zc_doc_sentence(d, zc_doc_section_heading(d, i, k), &h);
            if (k)
                fputc(',', out);
            cli_json_strn(out, h.text, h.text_len);
        }
        fprintf(out, "],\"heading\":%s,\"char\":[%zu,%zu],\"byte\":[%zu,%zu]}\n",
                si.kind == ZC_SENT_HEADING ? "true" : "false", o.char_start, o.char_end,
                o.byte_start, o.byte_end);
    }
}

int cmd_sentences(int argc, char **argv)
{
    const char *cmd = "sentences", *dictdir = NULL;
    zc_options opt;
    zc_options_init(&opt);
    opt.t2s = 0;   // sentences of the text as written
    bool jsonl = false;
    int c;
    while ((c = getopt_long(argc, argv, "+h", long_opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case OPT_HELP: cmd_sentences_help(stdout); return EXIT_OK;
        case OPT_FROM:
            if (!cli_parse_from(cmd, optarg, &opt))
                return EXIT_USAGE;
            break;
        case OPT_FORMAT:
            if (strcmp(optarg, "text") == 0 || strcmp(optarg, "jsonl") == 0) {
                jsonl = optarg[0] == 'j';
                break;
            }
            return cli_usage(cmd, "unknown format '%s' (text or jsonl)", optarg);
        case OPT_DICTDIR: dictdir = optarg; break;
        default:
            cli_error(cmd, "unknown option or missing argument '%s'", argv[optind - 1]);
            fprintf(stderr, "Try 'zhengce %s --help'.\n", cmd);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc)
        return cli_usage(cmd, "no input given (a FILE, or - for standard input)");
    zc_model *m = cli_open_model(dictdir);
    if (!m)
        return EXIT_MODEL;
    int rc = EXIT_OK;
    for (int i = optind; i < argc; i++) {
        zc_doc *d = cli_read_doc(argv[i], &opt);
        if (!d) {
            rc = EXIT_INPUT;
            continue;
        }
        if (zc_structure(m, d) != ZC_OK) {
            cli_error(cmd, "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
            rc = EXIT_INPUT;
        } else {
            write_doc(d, jsonl, stdout);
        }
        zc_doc_free(d);
    }
    zc_model_close(m);
    return cli_flush_stdout(cmd, rc);
}
