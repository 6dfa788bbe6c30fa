/*
 * batch.h — the extraction engine of `zhengce extract`: inputs fed in order into a bounded
 * window of slots, N worker threads sharing one read-only model, output written in input
 * order (identical for every N), every input accounted for, a journal for --resume.
 */
#ifndef ZC_CLI_BATCH_H
#define ZC_CLI_BATCH_H

#include <stdbool.h>
#include <stdio.h>

#include "inputs.h"
#include "zhengce.h"

typedef struct batch_config {
    const zc_model *model;
    zc_options opt;
    char sep;                  /* 0 for JSON Lines, ',' for CSV, '\t' for TSV */
    bool excel;                /* CSV or TSV for a spreadsheet: a UTF-8 BOM, no formulas */
    int jobs;                  /* worker threads */
    const char *outpath;       /* NULL or "-": standard output (no resume) */
    const char *errpath;       /* NULL: standard error */
    bool resume;
    bool quiet;
    bool progress;             /* a progress line on stderr (a terminal) */
    unsigned shard, nshards;   /* process inputs whose id hashes to shard (nshards > 1) */
    /* the inputs: paths (files, directories, "-"), a --files-from list, --jsonl-in */
    char **paths;
    int npaths;
    const char *files_from;    /* NULL, a file, or "-" */
    bool jsonl_in;             /* standard input holds {"id","text"} / {"id","path"} lines */
    const char *paths_under;   /* NULL, or the resolved directory --jsonl-in paths must be in */
    const char *model_id;      /* what else shapes records: the dictionaries and user
                                  dictionaries, as text; compared on --resume */
} batch_config;

/* Refuses, before any work, outputs that could destroy or read back an input: an -o or
 * --errors path that is an input (or one of the `nread` other files the run reads, such as
 * user dictionaries), lies under an input directory, is the other one, or is a special file
 * that would be replaced. Returns EXIT_OK, or EXIT_USAGE after a message (EXIT_INPUT when
 * out of memory). */
int batch_check_outputs(const batch_config *cfg, const char *const *read, size_t nread);

/* Runs the whole batch. Returns the exit status: 0 when every input succeeded, 1 when any
 * failed (each one named in the error stream) or an output could not be written, 2 for a
 * resume that does not fit the inputs or options, or an output another run holds. */
int batch_run(const batch_config *cfg);

#endif
