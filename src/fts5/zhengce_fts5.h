/*
 * zhengce_fts5.h — the `zhengce` FTS5 tokenizer for Chinese (zhengce_fts5.c), as the CLI
 * registers it on its own connections. The same source, built as a loadable SQLite extension
 * (libzhengce_fts5.so), registers it on any connection that loads it.
 */
#ifndef ZC_FTS5_H
#define ZC_FTS5_H

#include <sqlite3.h>

#include "zhengce.h"

/* The tokens of one text, made beforehand (in a worker thread) and handed to FTS5 when it
 * tokenizes that very text, so that a connection's one thread only writes the index. */
typedef struct zc_fts5_tokens zc_fts5_tokens;

/* What the CLI shares with its tokenizers: the model, and the tokens of the next text. */
typedef struct zc_fts5_ctx {
    const zc_model *model;
    const zc_fts5_tokens *next;   /* used when FTS5 tokenizes exactly its text, else NULL */
} zc_fts5_ctx;

/* Registers the tokenizer `zhengce` on db. Tokenizers created without a `dictdir` argument
 * use cli->model (which, like cli, must outlive db). Returns an SQLite result code. */
int zc_fts5_register(sqlite3 *db, zc_fts5_ctx *cli);

/* Tokenizes `text` (which must stay unchanged until the tokens are freed) as the tokenizer
 * does. Returns an SQLite result code; *out is NULL on failure. */
int zc_fts5_tokens_make(const zc_model *m, const char *text, int ntext, zc_fts5_tokens **out);
void zc_fts5_tokens_free(zc_fts5_tokens *t);

#endif
