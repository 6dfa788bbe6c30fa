/*
 * cmd_enc.c — the normalizer's subcommands: detect, decode, normalize.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

/* Options shared by the three commands. */
typedef struct enc_args {
    zc_options opt;
    const char *dictdir;
    int offsets;
} enc_args;

enum { OPT_FROM = 256, OPT_INPUT_FORMAT, OPT_LOSSY, OPT_T2S, OPT_KEEP, OPT_OFFSETS, OPT_DICTDIR,
       OPT_HELP };

static const struct option long_opts[] = {
    {"from", required_argument, NULL, OPT_FROM},
    {"input-format", required_argument, NULL, OPT_INPUT_FORMAT},
    {"lossy", no_argument, NULL, OPT_LOSSY},
    {"t2s", no_argument, NULL, OPT_T2S},
    {"keep-boilerplate", no_argument, NULL, OPT_KEEP},
    {"offsets", no_argument, NULL, OPT_OFFSETS},
    {"dict-dir", required_argument, NULL, OPT_DICTDIR},
    {"help", no_argument, NULL, OPT_HELP},
    {NULL, 0, NULL, 0},
};

/* Parses options; returns -1 to continue, else an exit status. `allowed` lists the options
 * the command takes, by their enum values. */
static int parse(const char *cmd, int argc, char **argv, enc_args *a, const int *allowed,
                 void (*help)(FILE *))
{
    memset(a, 0, sizeof *a);
    zc_options_init(&a->opt);
    a->opt.t2s = 0;   // these commands show the text as written unless --t2s
    int c;
    while ((c = getopt_long(argc, argv, "+h", long_opts, NULL)) != -1) {
        bool ok = c == OPT_HELP || c == 'h' || c == OPT_DICTDIR;
        for (const int *p = allowed; *p; p++)
            ok = ok || *p == c;
        if (!ok || c == '?')
            return cli_bad_option(cmd, argv);
        switch (c) {
        case 'h':
        case OPT_HELP: help(stdout); return EXIT_OK;
        case OPT_FROM:
            if (!cli_parse_from(cmd, optarg, &a->opt))
                return EXIT_USAGE;
            break;
        case OPT_INPUT_FORMAT:
            if (!cli_parse_input_format(cmd, optarg, &a->opt))
                return EXIT_USAGE;
            break;
        case OPT_LOSSY: a->opt.lossy = 1; break;
        case OPT_T2S: a->opt.t2s = 1; break;
        case OPT_KEEP: a->opt.keep_boilerplate = 1; break;
        case OPT_OFFSETS: a->offsets = 1; break;
        case OPT_DICTDIR: a->dictdir = optarg; break;
        }
    }
    if (optind >= argc)
        return cli_usage(cmd, "no input given (a FILE, or - for standard input)");
    return -1;
}

void cmd_detect_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce detect [--dict-dir DIR] FILE...\n\n"
            "Reports the encoding of each file, one line each:\n"
            "  PATH<TAB>LABEL<TAB>CONFIDENCE<TAB>REASON\n"
            "LABEL is UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5-HKSCS or HZ-GB-2312 (the superset\n"
            "of each family, so decoding with it never fails); an empty file is UTF-8. A file\n"
            "that is not text is reported with LABEL 'binary'. A damaged file (cut inside its\n"
            "last character, a stray byte) keeps its label, with an error naming the byte\n"
            "offset; bytes that no encoding reads as Chinese text get REASON 'doubtful: ...'\n"
            "and an error. Exit status 1 when any file was not text, could not be read, or\n"
            "does not decode with its label.\n\n"
            "Examples:\n"
            "  zhengce detect corpus/seed.txt\n"
            "  zhengce detect old/*.txt | awk -F'\\t' '$2 != \"UTF-8\"'\n");
}

int cmd_detect(int argc, char **argv)
{
    enc_args a;
    static const int allowed[] = {0};
    int rc = parse("detect", argc, argv, &a, allowed, cmd_detect_help);
    if (rc >= 0)
        return rc;
    zc_model *m = cli_open_model(a.dictdir);
    if (!m)
        return EXIT_MODEL;
    rc = EXIT_OK;
    for (int i = optind; i < argc; i++) {
        zc_doc *d = cli_read_doc(argv[i], &a.opt);
        if (!d) {
            rc = EXIT_INPUT;
            continue;
        }
        // Decoded too, so that a label the file does not decode with (a damaged byte, or a
        // doubtful detection) is not reported as if it did.
        zc_status s = zc_decode(m, d);
        const zc_detection det = *zc_doc_detection(d);
        printf("%s\t%s\t%.3f\t%s\n", argv[i], det.is_text ? zc_encoding_name(det.encoding)
                                                           : "binary",
               det.confidence, det.reason);
        if (!det.is_text) {
            cli_error("detect", "%s: not a text file (%s)", argv[i], det.reason);
            rc = EXIT_INPUT;
        } else if (s != ZC_OK) {
            cli_error("detect", "%s: %s", argv[i], zc_doc_errmsg(d));
            rc = EXIT_INPUT;
        }
        zc_doc_free(d);
    }
    zc_model_close(m);
    return rc;
}

/* Prints the doc's failure as "zhengce CMD: FILE: message". */
static void doc_error(const char *cmd, zc_doc *d)
{
    cli_error(cmd, "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
}

void cmd_decode_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce decode [--from LABEL] [--lossy] [--input-format F] [--dict-dir DIR]\n"
            "                      FILE|-\n\n"
            "Writes the decoded text as UTF-8: the BOM dropped and nothing else changed.\n"
            "An invalid or truncated sequence is an error naming the file, the encoding and\n"
            "the byte offset (exit status 1); with --lossy each bad sequence becomes U+FFFD\n"
            "and the count is reported on standard error.\n\n"
            "  --from LABEL   decode as LABEL instead of detecting (GB18030, GBK, Big5,\n"
            "                 Big5-HKSCS, UTF-16LE, UTF-16BE, HZ-GB-2312, UTF-8)\n"
            "  --lossy        replace bad sequences instead of failing\n"
            "  --input-format auto|text|html|docx|pdf   an HTML page (by default: one that\n"
            "                 opens with <!DOCTYPE html, <html, <head, <body or <meta\n"
            "                 charset) is read as the text a reader sees: no markup, script,\n"
            "                 style, head or navigation, blocks as lines, table cells split\n"
            "                 by tabs; a DOCX (a ZIP archive naming word/document.xml) as\n"
            "                 its paragraphs, table rows as tab-separated cells; a PDF\n"
            "                 (%%PDF-) as the text of its pages in reading order. For DOCX\n"
            "                 and PDF this text is the original that offsets count\n\n"
            "Examples:\n"
            "  zhengce decode old-report.txt > report.utf8.txt\n"
            "  zhengce decode --from Big5-HKSCS --lossy scraped.html\n"
            "  iconv -f utf-8 -t gb18030 corpus/seed.txt | zhengce decode -\n");
}

/* What decode and normalize share: one input through `stage`, then `write` to stdout. */
typedef zc_status (*stage_fn)(const zc_model *m, zc_doc *d);
typedef bool (*write_fn)(const zc_doc *d, const enc_args *a);

static int run_one(const char *cmd, int argc, char **argv, const int *allowed,
                   void (*help)(FILE *), stage_fn stage, write_fn write)
{
    enc_args a;
    int rc = parse(cmd, argc, argv, &a, allowed, help);
    if (rc >= 0)
        return rc;
    if (argc - optind != 1)
        return cli_usage(cmd, "expected one FILE (or -)");
    zc_model *m = cli_open_model(a.dictdir);
    if (!m)
        return EXIT_MODEL;
    zc_doc *d = cli_read_doc(argv[optind], &a.opt);
    rc = EXIT_INPUT;
    if (d && stage(m, d) == ZC_OK) {
        if (!write(d, &a) || fflush(stdout) != 0) {
            cli_error(cmd, "cannot write the output");
        } else {
            rc = EXIT_OK;
            if (zc_doc_nreplaced(d))
                cli_error(cmd, "%s: replaced %zu invalid %s sequence(s) by U+FFFD, the first at "
                          "byte %lld", zc_doc_id(d), zc_doc_nreplaced(d),
                          zc_encoding_name(zc_doc_detection(d)->encoding),
                          zc_doc_replaced_offset(d));
        }
    } else if (d) {
        doc_error(cmd, d);
    }
    zc_doc_free(d);
    zc_model_close(m);
    return rc;
}

static bool write_decoded(const zc_doc *d, const enc_args *a)
{
    (void)a;
    size_t len;
    const char *text = zc_doc_decoded(d, &len);
    return fwrite(text, 1, len, stdout) == len;
}

int cmd_decode(int argc, char **argv)
{
    static const int allowed[] = {OPT_FROM, OPT_INPUT_FORMAT, OPT_LOSSY, 0};
    return run_one("decode", argc, argv, allowed, cmd_decode_help, zc_decode, write_decoded);
}

void cmd_normalize_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce normalize [--from LABEL] [--lossy] [--t2s] [--keep-boilerplate]\n"
            "                         [--offsets] [--input-format F] [--dict-dir DIR] FILE|-\n\n"
            "Writes the matching view that later stages read: NFKC (fullwidth digits and\n"
            "letters to ASCII, U+3000 and NBSP to space), zero-width and control characters\n"
            "removed, CRLF to LF, scraped-page boilerplate left out (patterns in\n"
            "dicts/boiler/boilerplate.tsv).\n\n"
            "  --t2s               convert traditional characters to simplified\n"
            "  --keep-boilerplate  keep page clutter (breadcrumbs, 相关文章 teasers, ...)\n"
            "  --input-format F    auto, text, html, docx or pdf, as for `zhengce decode`\n"
            "  --offsets           print the offset map instead: one line per character,\n"
            "                      VIEW_BYTE VIEW_CHAR CHAR ORIG_CHAR_START ORIG_CHAR_END\n"
            "                      ORIG_BYTE_START ORIG_BYTE_END (tab-separated; the original\n"
            "                      offsets are those of the file as it is on disk)\n\n"
            "Examples:\n"
            "  zhengce normalize corpus/seed.txt\n"
            "  zhengce normalize --t2s --from Big5-HKSCS old.txt\n"
            "  zhengce normalize --offsets corpus/seed.txt | head\n");
}

static bool write_view(const zc_doc *d, const enc_args *a)
{
    size_t len;
    const char *text = zc_doc_normalized(d, &len);
    return a->offsets ? zc_doc_write_offsets(d, stdout) == ZC_OK
                      : fwrite(text, 1, len, stdout) == len;
}

int cmd_normalize(int argc, char **argv)
{
    static const int allowed[] = {OPT_FROM, OPT_INPUT_FORMAT, OPT_LOSSY, OPT_T2S, OPT_KEEP,
                                  OPT_OFFSETS, 0};
    return run_one("normalize", argc, argv, allowed, cmd_normalize_help, zc_normalize,
                   write_view);
}
