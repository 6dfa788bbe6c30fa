/*
 * tsv.h — the one reader of dictionary source files (the .tsv files under dicts/): UTF-8 lines of
 * tab-separated columns; `#` starts a comment line; blank lines are skipped; a BOM on the first
 * line, a CR before the LF and trailing spaces of the last column are dropped; lines have no
 * length limit. Errors name the file and line ("dicts/meta/doc_types.tsv:12: ...").
 *
 * The model never reads these files: `dictc tables` (zc_tsv_compile) stores the rows of a
 * folder's files, with their source path and line numbers, in one image (dicts/lex.zcd ...),
 * and the stages' loaders read the rows back from it through the same calls, so the checks
 * they make (every line, every pattern) run at build time under `dictc check` and name the
 * source file and line.
 */
#ifndef ZC_TSV_H
#define ZC_TSV_H

#include <stdbool.h>
#include <stdio.h>

#include "zc_int.h"

#define ZC_TSV_MAXCOLS 16

typedef struct zc_tsv {
    FILE *f;                     /* a text file, or NULL when reading an image */
    zc_image img;                /* the folder image (see zc_tsv_open) */
    const uint8_t *rp, *rend;    /* its rows not read yet */
    char *path;
    size_t lineno;
    char *line;
    size_t cap;
    char *col[ZC_TSV_MAXCOLS];   /* the current row's columns, pointing into `line` */
    int ncol;
} zc_tsv;

/* With `dir` NULL, opens the text file `name`. Else `dir`/`name` names FOLDER/FILE.tsv in
 * some directory D ("dictdir" + "lex/x.tsv", or "dictdir/lex" + "x.tsv"), and the rows are
 * those stored for it in the image D/FOLDER.zcd; t->path is then the source path the image
 * was compiled from. On failure writes "PATH: reason" to err and returns ZC_EIO (no
 * such file or image, or a directory) or ZC_EFORMAT / ZC_EVERSION (a damaged or outdated image). */
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

#define ZC_TSV_IMAGE_KIND ZC_FOURCC('T', 'A', 'B', 'L')

/* Writes the image `out` of folder `folder` (lex, rules, ...) from the `n` text files
 * `paths` (each stored as FOLDER/<its base name>, with its path as given): every line read
 * as the reader does, comments and blank lines dropped. A line the reader rejects (bad
 * UTF-8, too many columns) fails with file:line. */
zc_status zc_tsv_compile(const char *folder, char *const *paths, int n, const char *out,
                         char *err, size_t errlen);
/* zc_tsv_compile of every `*.tsv` of `dictdir`/`folder` (in name order) into
 * `dictdir`/`folder`.zcd: for tests and `dictc check` of a copied folder. */
zc_status zc_tsv_compile_dir(const char *dictdir, const char *folder, char *err, size_t errlen);

#endif
