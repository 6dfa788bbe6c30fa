/*
 * inputs.h — what commands that read many inputs share: expanding paths and directories,
 * reading standard input, writing an output file atomically, JSON strings for error lines,
 * reading JSON Lines.
 */
#ifndef ZC_CLI_INPUTS_H
#define ZC_CLI_INPUTS_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "zhengce.h"

/* The inputs of a run, in order: files as given, directories walked lazily in path order, so
 * memory follows the depth of the tree and the size of its directories, not the corpus. */
typedef struct cli_frame cli_frame;
typedef struct cli_inputs {
    bool listed;          /* the paths come from a list, not the command line: a FIFO or a
                             device among them is an error, as in a directory */
    char *pending;        /* a path given that is not a directory, not yet returned */
    cli_frame *stack;     /* directories being walked, outermost first */
    size_t depth, cap;
} cli_inputs;

void cli_inputs_init(cli_inputs *in);
/* Queues a path: a file or "-" as is, a directory as every file under it (regular files
 * only). Call it again only once cli_inputs_next has returned false. */
void cli_inputs_add(cli_inputs *in, const char *path);
/* The next input: *path (malloc'd, the caller frees it) and *error, the reason it cannot be
 * read (an unlistable directory, a symlink loop; malloc'd) or NULL. False when none is left. */
bool cli_inputs_next(cli_inputs *in, char **path, char **error);
void cli_inputs_free(cli_inputs *in);

/* A malloc'd reason when `path` is a FIFO, a device or a socket (what a directory walk or a
 * list does not open), else NULL. */
char *cli_special_file(const char *path);

/* Reads stream f to its end, or to at most limit + 1 bytes when `limit` is not 0 (*over tells
 * there was more than `limit`): *len bytes, malloc'd and NUL-terminated; NULL when out of
 * memory or on a read error. */
char *cli_read_all(FILE *f, size_t limit, size_t *len, bool *over);

/* Reads standard input into a new doc named "-", at most opt->max_bytes + 1 bytes of it. */
zc_status cli_read_stdin(const zc_options *opt, zc_doc **out, char *msg, size_t msglen);

/* Standard output, or a file written under a temporary name and renamed on close. */
typedef struct cli_output {
    FILE *f;
    char *path, *tmp;
} cli_output;

bool cli_output_open(cli_output *o, const char *path, const char *cmd);
/* Flushes and, for a file, renames it into place; false (with a message) on failure. */
bool cli_output_close(cli_output *o, const char *cmd);

/* The absolute path `path` names, symlinks resolved; for a path that does not exist yet, its
 * directory's resolved path and its name. Malloc'd; NULL when not even the directory
 * resolves. For comparing an output path with inputs before a run writes anything. */
char *cli_path_resolve(const char *path);

/* Writes `n` bytes of UTF-8, or a NUL-terminated string, as a JSON string. */
void cli_json_strn(FILE *out, const char *s, size_t n);
void cli_json_str(FILE *out, const char *s);

/* Adds a user dictionary to the model, printing its load report; false when it failed. */
bool cli_add_user_dict(zc_model *m, const char *path);
/* Adds a --user-lex file to the extraction lexicon, reporting as cli_add_user_dict does. */
bool cli_add_user_lex(zc_model *m, const char *path);

/* A JSON Lines file read a line at a time (gold files, doccano exports): its blank lines
 * skipped, its lines counted for messages. Start as {f, NULL, 0, 0}; free `line` after. */
typedef struct cli_jsonl {
    FILE *f;
    char *line;
    size_t cap, lineno;   /* lineno: that of the row last read */
} cli_jsonl;

/* The next line that is not blank, parsed: *row its JSON (the caller's to free), NULL when it
 * is not JSON (je says why). False at the end of the file (or on a read error: ferror). */
bool cli_jsonl_next(cli_jsonl *j, json_t **row, json_error_t *je);

#endif
