/*
 * tsv.h — the one reader of dictionary source files (the .tsv files under dicts/): UTF-8 lines of
 * tab-separated columns; `#` starts a comment line; blank lines are skipped; a BOM on the first
 * line, a CR before the LF and trailing spaces of the last column are dropped; lines have no
 * length limit. Errors name the file and line ("dicts/meta/doc_types.tsv:12: ...").
 */
#ifndef ZC_TSV_H
#define ZC_TSV_H

#include <stdbool.h>
#include <stdio.h>

#include "zhengce.h"

#define ZC_TSV_MAXCOLS 16

typedef struct zc_tsv {
    FILE *f;
    char *path;
    size_t lineno;
    char *line;
    size_t cap;
    char *col[ZC_TSV_MAXCOLS];   /* the current row's columns, pointing into `line` */
    int ncol;
} zc_tsv;

/* Opens `dir`/`name` for reading (`name` alone when dir is NULL); on failure writes "PATH:
 * cannot open: reason" (or "PATH: is a directory") to err and returns ZC_EIO. */
zc_status zc_tsv_open(zc_tsv *t, const char *dir, const char *name, char *err, size_t errlen);
/* Reads the next row into t->col/t->ncol. Returns 1 for a row, 0 at the end, -1 on a read
 * error or a row of more than ZC_TSV_MAXCOLS columns or invalid UTF-8 (err says where). */
int zc_tsv_next(zc_tsv *t, char *err, size_t errlen);
/* For a format of its own lines (the user dictionaries): the next line that is neither blank
 * nor a comment (its first character past spaces and tabs is `#`), as it is but for a BOM on
 * the first line and the line break (LF, and one CR before it). *line points into t,
 * NUL-terminated, *len bytes (NUL bytes in the line included). Returns 1, 0 at the end, -1
 * on a read error (err says so). t->lineno is its line number. */
int zc_tsv_next_line(zc_tsv *t, char **line, size_t *len, char *err, size_t errlen);
/* Writes "PATH:LINE: " + message into err (for the caller's checks of a row). */
void zc_tsv_error(const zc_tsv *t, char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void zc_tsv_close(zc_tsv *t);

#endif
