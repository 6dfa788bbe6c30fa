/*
 * main.c — the zhengce command: picks a subcommand and provides the helpers they share
 * (model loading, reading inputs, error messages). Includes only the public API.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "values.h"

static const cli_command commands[] = {
#define ZC_COMMAND(name, summary) {#name, summary, cmd_##name, cmd_##name##_help},
#include "commands.def"
#undef ZC_COMMAND
};

/* The dictionaries of the build tree this binary was built in, when it runs from one
 * (build/src/cli/zhengce beside build/meson-private and build/dicts), so a freshly built
 * tool works without ZHENGCE_DICTDIR; NULL for an installed binary. Uses `buf`. */
static const char *build_tree_dicts(char *buf, size_t len)
{
    ssize_t n = readlink("/proc/self/exe", buf, len - 1);
    if (n <= 0 || (size_t)n >= len - 32)
        return NULL;
    buf[n] = '\0';
    for (int up = 0; up < 3; up++) {   // zhengce, cli, src
        char *slash = strrchr(buf, '/');
        if (!slash)
            return NULL;
        *slash = '\0';
    }
    size_t base = strlen(buf);
    struct stat st;
    strcpy(buf + base, "/meson-private");
    if (stat(buf, &st) != 0 || !S_ISDIR(st.st_mode))
        return NULL;
    strcpy(buf + base, "/dicts");
    return stat(buf, &st) == 0 && S_ISDIR(st.st_mode) ? buf : NULL;
}

zc_model *cli_open_model(const char *dictdir)
{
    zc_model *m = NULL;
    char err[4096], here[4096];
    const char *env = getenv("ZHENGCE_DICTDIR");
    if ((!dictdir || !*dictdir) && (!env || !*env))
        dictdir = build_tree_dicts(here, sizeof here);
    if (zc_model_open(dictdir, &m, err, sizeof err) != ZC_OK) {
        fprintf(stderr, "zhengce: cannot load model: %s\n", err);
        fprintf(stderr, "zhengce: set --dict-dir or ZHENGCE_DICTDIR to the built dicts/\n");
        return NULL;
    }
    return m;
}

/* Writes a message line to stderr with the control characters and invalid bytes of the names
 * in it escaped as ids are (values.h), so no file name sends a terminal escape. */
static void say(const char *prefix, const char *msg)
{
    char *safe = cli_name_escape(msg, strlen(msg));
    fprintf(stderr, "%s%s\n", prefix, safe ? safe : msg);
    free(safe);
}

zc_doc *cli_read_doc(const char *path, const zc_options *opt)
{
    zc_doc *d = NULL;
    char err[1024];
    zc_status s = strcmp(path, "-") == 0
                      ? cli_read_stdin(opt, &d, err, sizeof err)
                      : zc_doc_new_file(path, path, opt, &d, err, sizeof err);
    if (s != ZC_OK) {
        say("zhengce: ", err);
        return NULL;
    }
    return d;
}

int cli_each_input(const char *cmd, char **paths, int n, const zc_options *opt,
                   bool (*fn)(zc_doc *d, void *arg), void *arg)
{
    int rc = EXIT_OK;
    cli_inputs in;
    cli_inputs_init(&in);
    for (int i = 0; i < n; i++) {
        cli_inputs_add(&in, paths[i]);
        char *path, *error;
        while (cli_inputs_next(&in, &path, &error)) {
            zc_doc *d = NULL;
            if (error)
                cli_error(cmd, "%s: %s", path, error);
            else if ((d = cli_read_doc(path, opt)) && !fn(d, arg))
                rc = EXIT_INPUT;
            if (!d)
                rc = EXIT_INPUT;
            zc_doc_free(d);
            free(path);
            free(error);
        }
    }
    cli_inputs_free(&in);
    return rc;
}

static void verror(const char *cmd, const char *fmt, va_list ap)
{
    char msg[4096], prefix[64];
    vsnprintf(msg, sizeof msg, fmt, ap);
    snprintf(prefix, sizeof prefix, "zhengce %s: ", cmd);
    say(prefix, msg);
}

void cli_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(cmd, fmt, ap);
    va_end(ap);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(cmd, fmt, ap);
    va_end(ap);
    return EXIT_USAGE;
}

int cli_flush_stdout(const char *cmd, int rc)
{
    if (fflush(stdout) == 0)
        return rc;
    cli_error(cmd, "cannot write the output");
    return EXIT_INPUT;
}

int cli_bad_option(const char *cmd, char **argv)
{
    cli_error(cmd, "unknown option '%s'", argv[optind - 1]);
    fprintf(stderr, "Try 'zhengce %s --help'.\n", cmd);
    return EXIT_USAGE;
}

int cli_parse_from(const char *cmd, const char *label, zc_options *opt)
{
    opt->from = zc_encoding_parse(label);
    if (opt->from == ZC_ENC_UNKNOWN) {
        cli_error(cmd, "unknown encoding '%s' (try UTF-8, UTF-16LE, UTF-16BE, GB18030, "
                       "Big5-HKSCS, HZ-GB-2312)", label);
        return 0;
    }
    return 1;
}

int cli_parse_input_format(const char *cmd, const char *value, zc_options *opt)
{
    int f = zc_input_format_parse(value);
    if (f >= 0) {
        opt->input_format = (zc_input_format)f;
        return 1;
    }
    cli_error(cmd, "--input-format is auto, text, html, docx or pdf, not '%s'", value);
    return 0;
}

static void usage(FILE *out)
{
    fprintf(out, "usage: zhengce COMMAND [OPTIONS] FILE...\n\n"
                 "zhengce turns Chinese policy speeches into structured records.\n\n"
                 "Commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-11s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n`zhengce COMMAND --help` shows a command's options and examples.\n"
                 "Exit status: 0 ok, 1 some input failed, 2 usage error, 3 model did not "
                 "load.\nDictionaries: --dict-dir DIR, else $ZHENGCE_DICTDIR, else those of "
                 "the build tree\nthe binary runs from, else the installed ones.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        if (argc > 2)
            for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
                if (strcmp(argv[2], commands[i].name) == 0) {
                    commands[i].help(stdout);
                    return EXIT_OK;
                }
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("zhengce %s\n", zc_version());
        return EXIT_OK;
    }
    // Each command parses its options with getopt_long from its own name on, and says its
    // own errors (cli_bad_option).
    optind = 1;
    opterr = 0;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    char msg[512];
    snprintf(msg, sizeof msg, "unknown command '%s'", argv[1]);
    say("zhengce: ", msg);
    fputc('\n', stderr);
    usage(stderr);
    return EXIT_USAGE;
}
