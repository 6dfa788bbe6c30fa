/*
 * inputs.h — what commands that read many inputs share: expanding paths and directories,
 * reading standard input, writing an output file atomically, JSON strings for error lines.
 */
#ifndef ZC_CLI_INPUTS_H
#define ZC_CLI_INPUTS_H

#include <stdbool.h>
#include <stdio.h>

#include "zhengce.h"

/* The inputs of a run, in order: files as given, directories expanded in path order. */
typedef struct cli_inputs {
    char **paths;
    char **errors;    /* per path: why it cannot be read (an unlistable directory, a symlink
                         loop), or NULL */
    size_t n, cap;
} cli_inputs;

void cli_inputs_init(cli_inputs *in);
/* Adds a path: a file or "-" as is, a directory as every file under it (sorted; a directory
 * reached again through a symlink is not read again). An unlistable directory or a symlink
 * loop is added with its error, so that it is reported in input order like any input. */
void cli_inputs_add(cli_inputs *in, const char *path);
void cli_inputs_free(cli_inputs *in);

/* Reads standard input into a new doc named "-". */
zc_status cli_read_stdin(const zc_options *opt, zc_doc **out, char *msg, size_t msglen);

/* Standard output, or a file written under a temporary name and renamed on close. */
typedef struct cli_output {
    FILE *f;
    char *path, *tmp;
} cli_output;

bool cli_output_open(cli_output *o, const char *path, const char *cmd);
/* Flushes and, for a file, renames it into place; false (with a message) on failure. */
bool cli_output_close(cli_output *o, const char *cmd);

/* Writes a NUL-terminated string as a JSON string. */
void cli_json_str(FILE *out, const char *s);

/* Adds a user dictionary to the model, printing its load report; false when it failed. */
bool cli_add_user_dict(zc_model *m, const char *path);

#endif
