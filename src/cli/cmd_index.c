/*
 * cmd_index.c — `zhengce index` and `zhengce search`: a Chinese full-text index of an archive
 * in one SQLite database, and queries on it.
 *
 * The database holds `documents` (one row per file: path, size, mtime, SHA-256 of the bytes,
 * title and date when known, MinHash signature, dup_of), `records` (the fields of each record
 * of `zhengce extract`, and the whole JSON line) and `fulltext`, an FTS5 table of the decoded
 * text (rowid = documents.id) tokenized by the `zhengce` tokenizer (src/fts5). Re-indexing
 * reads only files whose size or mtime changed and re-extracts only those whose bytes did.
 */
#include <getopt.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "commands.h"
#include "dedup.h"
#include "inputs.h"
#include "zhengce_fts5.h"

/* Transactions of this many documents: an interrupted run keeps what it committed. */
#define BATCH 64

void cmd_index_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce index -o DB [--threshold T] [--quiet] [--dict-dir DIR] PATH...\n\n"
            "Indexes documents into the SQLite database DB (created if missing): the table\n"
            "documents (path, size, mtime_ns, sha256, title, date, encoding, chars, dup_of),\n"
            "records (doc, kind, text, char/byte span, sentence, the kind's object and the\n"
            "whole record as JSON) and fulltext, an FTS5 table of the text with the `zhengce`\n"
            "tokenizer: Chinese words and each of their characters, so any run of Chinese\n"
            "characters is found, 问责 inside 追责问责 too. Running it again adds new files\n"
            "and re-indexes changed ones (size, mtime, then SHA-256), leaving the rest as is.\n"
            "dup_of names the first indexed document a later one reposts (as `zhengce dedup`).\n"
            "A summary line goes to standard error unless --quiet.\n\n"
            "  -o, --output DB  the database\n"
            "  --threshold T    similarity from which documents are reposts (default %.2f)\n\n"
            "PATHs are files or directories (every file under them), kept as given.\n"
            "Outside zhengce, load the tokenizer first: sqlite3 DB '.load libzhengce_fts5'.\n\n"
            "Examples:\n"
            "  zhengce index -o archive.db speeches/ policies/\n"
            "  zhengce search archive.db 问责\n"
            "  sqlite3 archive.db 'SELECT path FROM documents WHERE dup_of IS NOT NULL'\n",
            DEDUP_THRESHOLD);
}

void cmd_search_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce search [--kind K] [-n N] [--dict-dir DIR] DB QUERY...\n\n"
            "Searches an index made by `zhengce index` and prints the documents that match,\n"
            "best first (bm25), one line each: doc, title, date (empty when unknown) and a\n"
            "snippet with the matches in [brackets], tab-separated. QUERY is FTS5 syntax:\n"
            "Chinese text is a phrase of its characters (traditional and simplified alike);\n"
            "words separated by spaces must all occur; OR, NOT, \"quoted phrases\" and\n"
            "NEAR(a b, 10) work as in SQLite. Several QUERY arguments are joined by spaces.\n\n"
            "  --kind K   only documents with records of kind K (target, deadline,\n"
            "             enforcement, statistic)\n"
            "  -n N       at most N documents (default 20)\n\n"
            "Examples:\n"
            "  zhengce search archive.db 问责\n"
            "  zhengce search --kind enforcement -n 5 archive.db '追究 NOT 刑事'\n");
}

/* ---- SHA-256 (FIPS 180-4), the fixity of a file's bytes ------------------------------ */

static const uint32_t sha_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha_block(uint32_t h[8], const unsigned char *p)
{
    uint32_t w[64], v[8];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = v[7] + (ROR(v[4], 6) ^ ROR(v[4], 11) ^ ROR(v[4], 25)) +
                      ((v[4] & v[5]) ^ (~v[4] & v[6])) + sha_k[i] + w[i];
        uint32_t t2 = (ROR(v[0], 2) ^ ROR(v[0], 13) ^ ROR(v[0], 22)) +
                      ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof *v);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++)
        h[i] += v[i];
}

/* The SHA-256 of `len` bytes as 64 hex digits and a NUL. */
static void sha256_hex(const void *data, size_t len, char hex[65])
{
    uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const unsigned char *p = data;
    size_t n = len;
    for (; n >= 64; n -= 64, p += 64)
        sha_block(h, p);
    unsigned char last[128] = {0};
    memcpy(last, p, n);
    last[n] = 0x80;
    size_t tail = n < 56 ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++)
        last[tail - 1 - i] = (unsigned char)(bits >> (8 * i));
    sha_block(h, last);
    if (tail == 128)
        sha_block(h, last + 64);
    for (int i = 0; i < 8; i++)
        snprintf(hex + 8 * i, 9, "%08x", h[i]);
}

/* ---- the database --------------------------------------------------------------------- */

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS documents ("
    " id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER, mtime_ns INTEGER,"
    " sha256 TEXT, title TEXT, date TEXT, encoding TEXT, chars INTEGER, signature BLOB,"
    " dup_of INTEGER REFERENCES documents(id));"
    "CREATE TABLE IF NOT EXISTS records ("
    " doc_id INTEGER NOT NULL REFERENCES documents(id), doc TEXT, kind TEXT, text TEXT,"
    " char_start INTEGER, char_end INTEGER, byte_start INTEGER, byte_end INTEGER,"
    " sentence TEXT, object TEXT, record TEXT);"
    "CREATE INDEX IF NOT EXISTS records_doc ON records(doc_id);"
    "CREATE INDEX IF NOT EXISTS records_kind ON records(kind, doc_id);"
    "CREATE VIRTUAL TABLE IF NOT EXISTS fulltext USING fts5(body, tokenize='zhengce');";

enum { S_FIND, S_TOUCH, S_DEL_DOC, S_DEL_REC, S_DEL_FTS, S_ADD_DOC, S_ADD_FTS, S_ADD_REC, NSTMT };

static const char *const stmt_sql[NSTMT] = {
    [S_FIND] = "SELECT id, size, mtime_ns, sha256 FROM documents WHERE path = ?1",
    [S_TOUCH] = "UPDATE documents SET size = ?2, mtime_ns = ?3 WHERE id = ?1",
    [S_DEL_DOC] = "DELETE FROM documents WHERE id = ?1",
    [S_DEL_REC] = "DELETE FROM records WHERE doc_id = ?1",
    [S_DEL_FTS] = "DELETE FROM fulltext WHERE rowid = ?1",
    [S_ADD_DOC] = "INSERT INTO documents (path, size, mtime_ns, sha256, title, date, encoding,"
                  " chars, signature) VALUES (?1, ?2, ?3, ?4, NULL, NULL, ?5, ?6, ?7)",
    [S_ADD_FTS] = "INSERT INTO fulltext (rowid, body) VALUES (?1, ?2)",
    [S_ADD_REC] = "INSERT INTO records VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
};

typedef struct indexer {
    sqlite3 *db;
    sqlite3_stmt *st[NSTMT];
    const zc_model *m;
    zc_options opt;
    size_t added, updated, unchanged, failed, pending;
} indexer;

static bool db_error(sqlite3 *db, const char *cmd, const char *what)
{
    cli_error(cmd, "%s: %s", what, sqlite3_errmsg(db));
    return false;
}

/* Runs a prepared statement to its end and resets it. */
static bool run(indexer *x, int s)
{
    int rc;
    while ((rc = sqlite3_step(x->st[s])) == SQLITE_ROW)
        ;
    sqlite3_reset(x->st[s]);
    sqlite3_clear_bindings(x->st[s]);
    return rc == SQLITE_DONE || db_error(x->db, "index", stmt_sql[s]);
}

static bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK || db_error(db, "index", sql);
}

static bool remove_doc(indexer *x, sqlite3_int64 id)
{
    for (int s = S_DEL_DOC; s <= S_DEL_FTS; s++) {
        sqlite3_bind_int64(x->st[s], 1, id);
        if (!run(x, s))
            return false;
    }
    return true;
}

/* Adds the records of an extracted doc, parsed back from its JSON Lines (RECORDS.md). */
static bool add_records(indexer *x, zc_doc *d, sqlite3_int64 id)
{
    const char *json;
    size_t len;
    if (zc_doc_records_json(d, &json, &len) != ZC_OK) {
        cli_error("index", "%s: out of memory", zc_doc_id(d));
        return false;
    }
    sqlite3_stmt *st = x->st[S_ADD_REC];
    for (const char *line = json, *end = json + len; line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
        json_t *r = json_loadb(line, n, 0, NULL);
        if (!r) {
            cli_error("index", "%s: a record is not JSON", zc_doc_id(d));
            return false;
        }
        const char *kind = json_string_value(json_object_get(r, "kind"));
        json_t *span = json_object_get(r, "span");
        json_t *ch = json_object_get(span, "char"), *by = json_object_get(span, "byte");
        char *object =
            json_dumps(json_object_get(r, kind ? kind : ""), JSON_COMPACT | JSON_ENCODE_ANY);
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_text(st, 2, json_string_value(json_object_get(r, "doc")), -1,
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, kind, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4, json_string_value(json_object_get(r, "text")), -1,
                          SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 5, json_integer_value(json_array_get(ch, 0)));
        sqlite3_bind_int64(st, 6, json_integer_value(json_array_get(ch, 1)));
        sqlite3_bind_int64(st, 7, json_integer_value(json_array_get(by, 0)));
        sqlite3_bind_int64(st, 8, json_integer_value(json_array_get(by, 1)));
        sqlite3_bind_text(st, 9, json_string_value(json_object_get(r, "sentence")), -1,
                          SQLITE_TRANSIENT);
        if (object)
            sqlite3_bind_text(st, 10, object, -1, free);
        sqlite3_bind_text(st, 11, line, (int)n, SQLITE_TRANSIENT);
        json_decref(r);
        if (!run(x, S_ADD_REC))
            return false;
        line += n + 1;
    }
    return true;
}

/* What became of a file: added, failed before anything was written (the run goes on), or
 * an error that stops the run (the open transaction is rolled back). */
typedef enum { ADD_OK, ADD_FAILED, ADD_ERROR } add_result;

/* Extracts a new or changed file and adds its rows; failures are said on stderr. */
static add_result add_doc(indexer *x, zc_doc *d, const struct stat *sb, const char *hash)
{
    if (zc_extract(x->m, d) != ZC_OK) {
        cli_error("index", "%s: %s", zc_doc_id(d), zc_doc_errmsg(d));
        return ADD_FAILED;
    }
    size_t dlen, vlen, chars = 0;
    const char *text = zc_doc_decoded(d, &dlen);
    for (size_t i = 0; i < dlen; i++)
        chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    const char *view = zc_doc_normalized(d, &vlen);
    uint32_t sig[DEDUP_K];
    bool has_sig = dedup_signature(view, vlen, sig);
    sqlite3_stmt *st = x->st[S_ADD_DOC];
    sqlite3_bind_text(st, 1, zc_doc_id(d), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)sb->st_size);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)sb->st_mtim.tv_sec * 1000000000 + sb->st_mtim.tv_nsec);
    sqlite3_bind_text(st, 4, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, zc_encoding_name(zc_doc_detection(d)->encoding), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)chars);
    if (has_sig) {   // little-endian, whatever the machine, so a database moves between them
        unsigned char blob[DEDUP_K * 4];
        for (int i = 0; i < DEDUP_K; i++)
            for (int b = 0; b < 4; b++)
                blob[4 * i + b] = (unsigned char)(sig[i] >> (8 * b));
        sqlite3_bind_blob(st, 7, blob, sizeof blob, SQLITE_TRANSIENT);
    }
    if (!run(x, S_ADD_DOC))
        return ADD_ERROR;
    sqlite3_int64 id = sqlite3_last_insert_rowid(x->db);
    sqlite3_bind_int64(x->st[S_ADD_FTS], 1, id);
    sqlite3_bind_text(x->st[S_ADD_FTS], 2, text, (int)dlen, SQLITE_STATIC);
    return run(x, S_ADD_FTS) && add_records(x, d, id) ? ADD_OK : ADD_ERROR;
}

/* Indexes one path. Returns false on a database error (the run stops); a file that cannot be
 * read counts as failed. */
static bool index_path(indexer *x, const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        cli_error("index", "%s: cannot stat", path);
        x->failed++;
        return true;
    }
    long long mtime = (long long)sb.st_mtim.tv_sec * 1000000000 + sb.st_mtim.tv_nsec;
    sqlite3_stmt *find = x->st[S_FIND];
    sqlite3_bind_text(find, 1, path, -1, SQLITE_TRANSIENT);
    sqlite3_int64 id = -1;
    char old_hash[65] = "";
    if (sqlite3_step(find) == SQLITE_ROW) {
        id = sqlite3_column_int64(find, 0);
        bool same = sqlite3_column_int64(find, 1) == (sqlite3_int64)sb.st_size &&
                    sqlite3_column_int64(find, 2) == mtime;
        const unsigned char *h = sqlite3_column_text(find, 3);
        snprintf(old_hash, sizeof old_hash, "%s", h ? (const char *)h : "");
        if (same) {
            sqlite3_reset(find);
            x->unchanged++;
            return true;
        }
    }
    sqlite3_reset(find);
    zc_doc *d = cli_read_doc(path, &x->opt);
    if (!d) {
        x->failed++;
        return true;
    }
    size_t len;
    const void *bytes = zc_doc_bytes(d, &len);
    char hash[65];
    sha256_hex(bytes, len, hash);
    bool ok = true;
    if (id >= 0 && strcmp(hash, old_hash) == 0) {   // touched, not changed
        sqlite3_bind_int64(x->st[S_TOUCH], 1, id);
        sqlite3_bind_int64(x->st[S_TOUCH], 2, (sqlite3_int64)sb.st_size);
        sqlite3_bind_int64(x->st[S_TOUCH], 3, mtime);
        ok = run(x, S_TOUCH);
        x->unchanged++;
    } else {
        // A changed file's old rows go in any case: the index must not keep stale text.
        if (id >= 0)
            ok = remove_doc(x, id);
        add_result r = ok ? add_doc(x, d, &sb, hash) : ADD_ERROR;
        ok = r != ADD_ERROR;
        if (r == ADD_FAILED)
            x->failed++;
        else if (r == ADD_OK)
            *(id >= 0 ? &x->updated : &x->added) += 1;
    }
    zc_doc_free(d);
    return ok;
}

/* Recomputes dup_of for the whole database from the stored signatures, so that it stays
 * right whatever was added or re-indexed: each later member of a group points to the first
 * indexed one. Returns the number of documents that repost another, or -1 on error. */
static long long fill_dup_of(sqlite3 *db, double threshold)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT id, signature FROM documents ORDER BY id", -1, &st,
                           NULL) != SQLITE_OK)
        return db_error(db, "index", "reading signatures"), -1;
    size_t n = 0, cap = 0;
    sqlite3_int64 *ids = NULL;
    uint32_t *sigs = NULL;
    bool *has = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 1024;
            void *a = realloc(ids, cap * sizeof *ids), *b = realloc(sigs, cap * DEDUP_K * 4),
                 *c = realloc(has, cap * sizeof *has);
            ids = a ? a : ids;
            sigs = b ? b : sigs;
            has = c ? c : has;
            if (!a || !b || !c) {
                cli_error("index", "out of memory");
                exit(EXIT_INPUT);
            }
        }
        ids[n] = sqlite3_column_int64(st, 0);
        const unsigned char *blob = sqlite3_column_blob(st, 1);
        has[n] = blob && sqlite3_column_bytes(st, 1) == DEDUP_K * 4;
        for (int i = 0; has[n] && i < DEDUP_K; i++)
            sigs[n * DEDUP_K + (size_t)i] = (uint32_t)blob[4 * i] | (uint32_t)blob[4 * i + 1] << 8 |
                                            (uint32_t)blob[4 * i + 2] << 16 |
                                            (uint32_t)blob[4 * i + 3] << 24;
        n++;
    }
    sqlite3_finalize(st);
    size_t *leader = malloc((n ? n : 1) * sizeof *leader);
    if (!leader || !dedup_group(sigs, has, n, threshold, leader)) {
        cli_error("index", "out of memory");
        exit(EXIT_INPUT);
    }
    long long dups = 0;
    bool ok = sqlite3_prepare_v2(db, "UPDATE documents SET dup_of = ?2 WHERE id = ?1"
                                     " AND dup_of IS NOT ?2", -1, &st, NULL) == SQLITE_OK;
    for (size_t i = 0; ok && i < n; i++) {
        sqlite3_bind_int64(st, 1, ids[i]);
        if (leader[i] != i) {
            sqlite3_bind_int64(st, 2, ids[leader[i]]);
            dups++;
        } else {
            sqlite3_bind_null(st, 2);
        }
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    if (!ok)
        db_error(db, "index", "writing dup_of");
    sqlite3_finalize(st);
    free(ids);
    free(sigs);
    free(has);
    free(leader);
    return ok ? dups : -1;
}

/* Opens the database with the tokenizer on the model; NULL (said) on failure. */
static sqlite3 *open_db(const char *cmd, const char *path, int flags, const zc_model *m)
{
    sqlite3 *db;
    if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
        cli_error(cmd, "%s: %s", path, sqlite3_errmsg(db));
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 10000);
    if (zc_fts5_register(db, m) != SQLITE_OK) {
        cli_error(cmd, "%s: cannot register the zhengce tokenizer (SQLite without FTS5?)", path);
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

int cmd_index(int argc, char **argv)
{
    enum { O_THRESHOLD = 256, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"threshold", required_argument, NULL, O_THRESHOLD},
        {"quiet", no_argument, NULL, 'q'},
        {"dict-dir", required_argument, NULL, O_DICT},
        {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *dictdir = NULL, *dbpath = NULL;
    double threshold = DEDUP_THRESHOLD;
    bool quiet = false;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+ho:q", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_index_help(stdout); return EXIT_OK;
        case 'o': dbpath = optarg; break;
        case 'q': quiet = true; break;
        case O_THRESHOLD:
            if (!dedup_parse_threshold(optarg, &threshold)) {
                cli_error("index", "--threshold takes a number from 0.5 to 1");
                return EXIT_USAGE;
            }
            break;
        case O_DICT: dictdir = optarg; break;
        default:
            cli_error("index", "unknown option '%s'", argv[optind - 1]);
            fprintf(stderr, "Try 'zhengce index --help'.\n");
            return EXIT_USAGE;
        }
    }
    if (!dbpath || optind >= argc) {
        cli_error("index", "give the database (-o DB) and the files or directories to index");
        return EXIT_USAGE;
    }
    for (int i = optind; i < argc; i++)
        if (strcmp(argv[i], "-") == 0) {
            cli_error("index", "standard input has no path to index it by; give files");
            return EXIT_USAGE;
        }
    zc_model *m = cli_open_model(dictdir);
    if (!m)
        return EXIT_MODEL;
    indexer x = {.m = m};
    zc_options_init(&x.opt);
    x.db = open_db("index", dbpath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, m);
    bool ok = x.db && exec(x.db, "PRAGMA journal_mode = WAL") && exec(x.db, schema);
    for (int s = 0; ok && s < NSTMT; s++)
        if (sqlite3_prepare_v2(x.db, stmt_sql[s], -1, &x.st[s], NULL) != SQLITE_OK)
            ok = db_error(x.db, "index", stmt_sql[s]);
    ok = ok && exec(x.db, "BEGIN");
    cli_inputs in;
    cli_inputs_init(&in);
    for (int i = optind; ok && i < argc; i++) {
        cli_inputs_add(&in, argv[i]);
        char *path, *error;
        while (ok && cli_inputs_next(&in, &path, &error)) {
            if (error) {
                cli_error("index", "%s: %s", path, error);
                x.failed++;
            } else {
                ok = index_path(&x, path);
                if (ok && ++x.pending == BATCH) {
                    ok = exec(x.db, "COMMIT") && exec(x.db, "BEGIN");
                    x.pending = 0;
                }
            }
            free(path);
            free(error);
        }
    }
    cli_inputs_free(&in);
    long long dups = -1;
    if (ok && (dups = fill_dup_of(x.db, threshold)) < 0)
        ok = false;
    ok = ok && exec(x.db, "COMMIT");
    for (int s = 0; s < NSTMT; s++)
        sqlite3_finalize(x.st[s]);
    if (x.db && !ok)
        sqlite3_exec(x.db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(x.db);
    zc_model_close(m);
    if (!ok)
        return EXIT_INPUT;
    if (!quiet)
        fprintf(stderr,
                "zhengce index: %s: %zu added, %zu updated, %zu unchanged, %zu failed; "
                "%lld reposts\n",
                dbpath, x.added, x.updated, x.unchanged, x.failed, dups);
    return x.failed ? EXIT_INPUT : EXIT_OK;
}

/* Writes text with tabs, line breaks and other control characters as spaces. */
static void plain(FILE *out, const unsigned char *s)
{
    for (; s && *s; s++)
        fputc(*s < 0x20 || *s == 0x7f ? ' ' : *s, out);
}

int cmd_search(int argc, char **argv)
{
    enum { O_KIND = 256, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"kind", required_argument, NULL, O_KIND}, {"dict-dir", required_argument, NULL, O_DICT},
        {"help", no_argument, NULL, O_HELP},       {NULL, 0, NULL, 0},
    };
    const char *dictdir = NULL, *kind = NULL;
    long limit = 20;
    optind = 1;
    opterr = 0;
    int c;
    char *end;
    while ((c = getopt_long(argc, argv, "+hn:", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_search_help(stdout); return EXIT_OK;
        case O_KIND: {
            bool known = false;
            for (int k = ZC_KIND_TARGET; k <= ZC_KIND_STATISTIC; k++)
                known |= strcmp(optarg, zc_kind_name((zc_kind)k)) == 0;
            if (!known) {
                cli_error("search", "unknown kind '%s' (target, deadline, enforcement, statistic)",
                          optarg);
                return EXIT_USAGE;
            }
            kind = optarg;
            break;
        }
        case 'n':
            limit = strtol(optarg, &end, 10);
            if (*end || !*optarg || limit < 1) {
                cli_error("search", "-n takes a number of documents, at least 1");
                return EXIT_USAGE;
            }
            break;
        case O_DICT: dictdir = optarg; break;
        default:
            cli_error("search", "unknown option '%s'", argv[optind - 1]);
            fprintf(stderr, "Try 'zhengce search --help'.\n");
            return EXIT_USAGE;
        }
    }
    if (argc - optind < 2) {
        cli_error("search", "give the database and a query");
        return EXIT_USAGE;
    }
    const char *dbpath = argv[optind++];
    size_t qlen = 1;
    for (int i = optind; i < argc; i++)
        qlen += strlen(argv[i]) + 1;
    char *query = malloc(qlen);
    if (!query) {
        cli_error("search", "out of memory");
        return EXIT_INPUT;
    }
    query[0] = '\0';
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            strcat(query, " ");
        strcat(query, argv[i]);
    }
    zc_model *m = cli_open_model(dictdir);
    if (!m) {
        free(query);
        return EXIT_MODEL;
    }
    int rc = EXIT_OK;
    sqlite3 *db = open_db("search", dbpath, SQLITE_OPEN_READONLY, m);
    sqlite3_stmt *st = NULL;
    if (!db) {
        rc = EXIT_INPUT;
    } else if (sqlite3_prepare_v2(
                   db,
                   "SELECT d.path, d.title, d.date,"
                   " snippet(fulltext, 0, '[', ']', '…', 24) FROM fulltext"
                   " JOIN documents d ON d.id = fulltext.rowid WHERE fulltext MATCH ?1"
                   " AND (?2 IS NULL OR EXISTS (SELECT 1 FROM records r"
                   " WHERE r.doc_id = d.id AND r.kind = ?2)) ORDER BY rank LIMIT ?3",
                   -1, &st, NULL) != SQLITE_OK) {
        cli_error("search", "%s: not an index of zhengce (%s)", dbpath, sqlite3_errmsg(db));
        rc = EXIT_INPUT;
    } else {
        sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
        if (kind)
            sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, limit);
        int s;
        while ((s = sqlite3_step(st)) == SQLITE_ROW) {
            for (int col = 0; col < 4; col++) {
                if (col)
                    fputc('\t', stdout);
                plain(stdout, sqlite3_column_text(st, col));
            }
            fputc('\n', stdout);
        }
        if (s != SQLITE_DONE) {
            // A plain SQLITE_ERROR here is a query FTS5 cannot parse, the user's to fix; a
            // damaged or unreadable database gives other codes.
            cli_error("search", "%s", sqlite3_errmsg(db));
            rc = sqlite3_errcode(db) == SQLITE_ERROR ? EXIT_USAGE : EXIT_INPUT;
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    zc_model_close(m);
    free(query);
    return rc;
}
