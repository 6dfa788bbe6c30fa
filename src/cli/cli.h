/*
 * cli.h — what the zhengce subcommands share. The CLI includes only zhengce.h from the
 * library; each subcommand lives in cmd_<name>.c and returns the process exit status.
 */
#ifndef ZC_CLI_H
#define ZC_CLI_H

#include <stdbool.h>

#include "zhengce.h"

/* Exit statuses (README "Exit codes"). */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_MODEL = 3 };

typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);   /* argv[0] is the subcommand name */
    void (*help)(FILE *out);             /* full help with examples */
} cli_command;

/* Opens the model from --dict-dir/$ZHENGCE_DICTDIR/the built-in path; on failure prints
 * "zhengce: cannot load model: ..." and returns NULL (the caller exits with EXIT_MODEL). */
zc_model *cli_open_model(const char *dictdir);

/* Reads a file or "-" (stdin) into a new doc; on failure prints the file and reason and
 * returns NULL. */
zc_doc *cli_read_doc(const char *path, const zc_options *opt);

/* Reads every input named by paths[0..n) (files, directories walked in path order, "-")
 * into a doc with `opt` and calls fn(d, arg) on it, then frees it. An input that cannot be
 * read is named on stderr ("zhengce CMD: PATH: reason"); fn returns false for a doc it
 * could not process (having said why). Returns EXIT_OK, or EXIT_INPUT when an input failed. */
int cli_each_input(const char *cmd, char **paths, int n, const zc_options *opt,
                   bool (*fn)(zc_doc *d, void *arg), void *arg);

/* Reports the option before argv[optind] as unknown to CMD, with the hint to its --help;
 * returns EXIT_USAGE. */
int cli_bad_option(const char *cmd, char **argv);

/* Prints "zhengce CMD: " + message to stderr. */
void cli_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* As cli_error, for a usage error: returns EXIT_USAGE, so that a check of the command line
 * is one statement (`return cli_usage(cmd, ...)`). */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Flushes standard output at the end of a command: rc, or EXIT_INPUT (said) when the output
 * could not be written. */
int cli_flush_stdout(const char *cmd, int rc);

/* Parses --from LABEL into opt->from; prints an error and returns 0 for an unknown label. */
int cli_parse_from(const char *cmd, const char *label, zc_options *opt);

/* Parses --input-format auto|text|html|docx|pdf into opt->input_format; prints an error and
 * returns 0 for another value. */
int cli_parse_input_format(const char *cmd, const char *value, zc_options *opt);

#endif
