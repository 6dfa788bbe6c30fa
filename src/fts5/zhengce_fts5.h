/*
 * zhengce_fts5.h — the `zhengce` FTS5 tokenizer for Chinese (zhengce_fts5.c), as the CLI
 * registers it on its own connections. The same source, built as a loadable SQLite extension
 * (libzhengce_fts5.so), registers it on any connection that loads it.
 */
#ifndef ZC_FTS5_H
#define ZC_FTS5_H

#include <sqlite3.h>

#include "zhengce.h"

/* Registers the tokenizer `zhengce` on db. Tokenizers created without a `dictdir` argument
 * borrow `m` (which must outlive db); with m NULL they open their own model. Returns an
 * SQLite result code. */
int zc_fts5_register(sqlite3 *db, const zc_model *m);

#endif
