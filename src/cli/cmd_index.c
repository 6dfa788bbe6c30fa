/*
 * cmd_index.c — `zhengce index` and `zhengce search`: a Chinese full-text index of an archive
 * in one SQLite database, and queries on it.
 *
 * The database holds `documents` (one row per file: path, size, mtime, SHA-256 of the bytes,
 * title and date when known, MinHash signature, dup_of), `records` (the fields of each record
 * of `zhengce extract`, and the whole JSON line) and `fulltext`, an FTS5 table of the decoded
 * text (rowid = documents.id) tokenized by the `zhengce` tokenizer (src/fts5). Re-indexing
 * reads only files whose size or mtime changed and re-extracts only those whose bytes did.
 * Worker threads read, extract and tokenize; the main thread alone writes, in input order.
 */
#include <getopt.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annot.h"
#include "cli.h"
#include "commands.h"
#include "dedup.h"
#include "inputs.h"
#include "jsonscan.h"
#include "values.h"
#include "zhengce_fts5.h"

/* Transactions of this many documents: an interrupted run keeps what it committed. Each
 * commit flushes FTS5's terms of the batch into a new segment that later merges rewrite:
 * fewer, larger batches write and merge less (256 rather than 64: 3% fewer instructions). */
#define BATCH 256

void cmd_index_help(FILE *out)
{
    fprintf(out,
            "usage: zhengce index -o DB [-j N] [--threshold T] [--quiet] [--dict-dir DIR]\n"
            "                     PATH...\n\n"
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
            "  -j, --jobs N     threads reading, extracting and tokenizing while one writes\n"
            "                   the database (default: cores); the result is the same for any N\n"
            "  --threshold T    similarity from which documents are reposts (default %.2f)\n"
            "  -q, --quiet      no summary line\n\n"
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
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    // The working variables in registers, renamed each round rather than shifted in memory.
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = k + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) +
                      sha_k[i] + w[i];
        uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += k;
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
                  " chars, signature) VALUES (?1, ?2, ?3, ?4, ?8, ?9, ?5, ?6, ?7)",
    [S_ADD_FTS] = "INSERT INTO fulltext (rowid, body) VALUES (?1, ?2)",
    [S_ADD_REC] = "INSERT INTO records VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
};

typedef struct indexer {
    sqlite3 *db;
    sqlite3_stmt *st[NSTMT];
    const zc_model *m;
    zc_fts5_ctx cli;            /* the tokenizer's: the model, the next text's tokens */
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

/* Binds the columns of one record line (RECORDS.md) to the insert: its members found by a
 * scan, the kind's object stored as jansson writes it (as it always was). 1 when bound, 0
 * for a line of another kind (the document line: its metadata is the documents row), -1
 * when the line is not a record's JSON. */
static int bind_record(sqlite3_stmt *st, sqlite3_int64 id, const char *line, size_t n)
{
    jsonscan_obj r;
    char *doc = NULL, *kind = NULL, *text = NULL, *sentence = NULL;
    if (!jsonscan_object(line, n, &r) || !jsonscan_str(jsonscan_get(&r, "kind"), &kind))
        return -1;
    if (zc_kind_parse(kind) < 0) {
        free(kind);
        return 0;
    }
    if (!jsonscan_str(jsonscan_get(&r, "doc"), &doc) ||
        !jsonscan_str(jsonscan_get(&r, "text"), &text) ||
        !jsonscan_str(jsonscan_get(&r, "sentence"), &sentence)) {
        free(doc);
        free(kind);
        free(text);
        return -1;
    }
    jsonscan_val obj = jsonscan_get(&r, kind ? kind : "");
    char *object = NULL;
    if (obj.p && !jsonscan_rewrite(obj, &object)) {
        free(doc);
        free(kind);
        free(text);
        free(sentence);
        return -1;
    }
    jsonscan_obj span;
    long long ch[2] = {0, 0}, by[2] = {0, 0};
    jsonscan_val sp = jsonscan_get(&r, "span");
    if (sp.p && jsonscan_object(sp.p, sp.n, &span)) {
        jsonscan_pair(jsonscan_get(&span, "char"), ch);
        jsonscan_pair(jsonscan_get(&span, "byte"), by);
    }
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, doc, -1, free);
    sqlite3_bind_text(st, 3, kind, -1, free);
    sqlite3_bind_text(st, 4, text, -1, free);
    sqlite3_bind_int64(st, 5, ch[0]);
    sqlite3_bind_int64(st, 6, ch[1]);
    sqlite3_bind_int64(st, 7, by[0]);
    sqlite3_bind_int64(st, 8, by[1]);
    sqlite3_bind_text(st, 9, sentence, -1, free);
    if (object)
        sqlite3_bind_text(st, 10, object, -1, free);
    sqlite3_bind_text(st, 11, line, (int)n, SQLITE_STATIC);
    return 1;
}

/* Adds the records of an extracted doc, read back from its JSON Lines. */
static bool add_records(indexer *x, zc_doc *d, sqlite3_int64 id)
{
    const char *json;
    size_t len;
    if (zc_doc_records_json(d, &json, &len) != ZC_OK) {
        cli_error("index", "%s: out of memory", zc_doc_id(d));
        return false;
    }
    for (const char *line = json, *end = json + len; line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
        int got = bind_record(x->st[S_ADD_REC], id, line, n);
        if (got < 0) {
            cli_error("index", "%s: a record is not JSON", zc_doc_id(d));
            return false;
        }
        if (got && !run(x, S_ADD_REC))
            return false;
        line += n + 1;
    }
    return true;
}

/* One input on its way: what the main thread knew when it queued it, and what a worker
 * made of it (everything but the database, which only the main thread touches). */
typedef struct job {
    char *path;
    struct stat sb;
    char old_hash[65];          /* of the indexed version; "" when none */
    bool done;
    zc_doc *d;                  /* NULL: the file did not read (said) */
    char hash[65];
    bool extracted, failed;     /* failed: extraction failed (said) */
    bool has_sig;
    uint32_t sig[DEDUP_K];
    zc_fts5_tokens *tokens;     /* the text's tokens; NULL: FTS5 tokenizes it itself */
} job;

/* Extracts the job's doc and makes what its rows need. */
static void extract_job(const zc_model *m, job *j)
{
    if (zc_extract(m, j->d) != ZC_OK) {
        cli_error("index", "%s: %s", j->path, zc_doc_errmsg(j->d));
        j->failed = true;
        return;
    }
    j->extracted = true;
    if (zc_meta(m, j->d) != ZC_OK)   // the catalogue data is optional: NULL title and date
        cli_error("index", "%s: no metadata: %s", j->path, zc_doc_errmsg(j->d));
    size_t vlen, dlen;
    const char *view = zc_doc_normalized(j->d, &vlen);
    j->has_sig = dedup_signature(view, vlen, j->sig);
    const char *text = zc_doc_decoded(j->d, &dlen);
    zc_fts5_tokens_make(m, text, (int)dlen, &j->tokens);   // failed: FTS5 tokenizes it itself
}

/* A worker's part: read, hash, and extract unless the bytes are those already indexed. */
static void prepare_job(const zc_model *m, const zc_options *opt, job *j)
{
    if (!(j->d = cli_read_doc(j->path, opt)))
        return;
    size_t len;
    const void *bytes = zc_doc_bytes(j->d, &len);
    sha256_hex(bytes, len, j->hash);
    if (strcmp(j->hash, j->old_hash) != 0)
        extract_job(m, j);
}

static void free_job(job *j)
{
    free(j->path);
    zc_doc_free(j->d);
    zc_fts5_tokens_free(j->tokens);
    memset(j, 0, sizeof *j);
}

/* The string at `key` of the object at `outer` of a JSON object (title.text and the like);
 * NULL when absent or null. */
static char *member_str(const jsonscan_obj *o, const char *outer, const char *key)
{
    jsonscan_obj in;
    jsonscan_val v = jsonscan_get(o, outer);
    char *s = NULL;
    if (v.p && jsonscan_object(v.p, v.n, &in) && !jsonscan_str(jsonscan_get(&in, key), &s))
        s = NULL;
    return s;
}

/* Binds the document's title and date of issue (zc_meta) to parameters 8 and 9, NULL when
 * the document does not state them. */
static void bind_meta(sqlite3_stmt *st, const zc_doc *d)
{
    char *buf = NULL, *title = NULL, *date = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&buf, &len);
    if (mf) {
        bool ok = zc_doc_write_meta_json(d, mf) == ZC_OK;
        jsonscan_obj m;
        if (fclose(mf) == 0 && ok && jsonscan_object(buf, len, &m)) {
            title = member_str(&m, "title", "text");
            date = member_str(&m, "date_issued", "value");
        }
    }
    title ? sqlite3_bind_text(st, 8, title, -1, free) : sqlite3_bind_null(st, 8);
    date ? sqlite3_bind_text(st, 9, date, -1, free) : sqlite3_bind_null(st, 9);
    free(buf);
}

/* Adds the rows of an extracted job; false on a database error. */
static bool add_rows(indexer *x, job *j)
{
    size_t dlen, chars = 0;
    const char *text = zc_doc_decoded(j->d, &dlen);
    for (size_t i = 0; i < dlen; i++)
        chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    sqlite3_stmt *st = x->st[S_ADD_DOC];
    sqlite3_bind_text(st, 1, j->path, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)j->sb.st_size);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)j->sb.st_mtim.tv_sec * 1000000000 +
                                  j->sb.st_mtim.tv_nsec);
    sqlite3_bind_text(st, 4, j->hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, zc_encoding_name(zc_doc_detection(j->d)->encoding), -1,
                      SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)chars);
    if (j->has_sig) {   // little-endian, whatever the machine, so a database moves between them
        unsigned char blob[DEDUP_K * 4];
        for (int i = 0; i < DEDUP_K; i++)
            for (int b = 0; b < 4; b++)
                blob[4 * i + b] = (unsigned char)(j->sig[i] >> (8 * b));
        sqlite3_bind_blob(st, 7, blob, sizeof blob, SQLITE_TRANSIENT);
    }
    bind_meta(st, j->d);
    if (!run(x, S_ADD_DOC))
        return false;
    sqlite3_int64 id = sqlite3_last_insert_rowid(x->db);
    sqlite3_bind_int64(x->st[S_ADD_FTS], 1, id);
    sqlite3_bind_text(x->st[S_ADD_FTS], 2, text, (int)dlen, SQLITE_STATIC);
    x->cli.next = j->tokens;
    bool ok = run(x, S_ADD_FTS);
    x->cli.next = NULL;
    return ok && add_records(x, j->d, id);
}

/* The main thread's part: the job's rows, against the database as it is now (the same path
 * may have come twice). Returns false on a database error (the run stops); a file that does
 * not read counts as failed and keeps its rows, one whose extraction failed loses them. */
static bool commit_job(indexer *x, job *j)
{
    if (!j->d) {
        x->failed++;
        return true;
    }
    sqlite3_stmt *find = x->st[S_FIND];
    sqlite3_bind_text(find, 1, j->path, -1, SQLITE_TRANSIENT);
    sqlite3_int64 id = -1;
    bool same = false;
    if (sqlite3_step(find) == SQLITE_ROW) {
        id = sqlite3_column_int64(find, 0);
        const unsigned char *h = sqlite3_column_text(find, 3);
        same = h && strcmp((const char *)h, j->hash) == 0;
    }
    sqlite3_reset(find);
    if (same) {   // touched, not changed
        sqlite3_bind_int64(x->st[S_TOUCH], 1, id);
        sqlite3_bind_int64(x->st[S_TOUCH], 2, (sqlite3_int64)j->sb.st_size);
        sqlite3_bind_int64(x->st[S_TOUCH], 3, (sqlite3_int64)j->sb.st_mtim.tv_sec * 1000000000 +
                                                  j->sb.st_mtim.tv_nsec);
        x->unchanged++;
        return run(x, S_TOUCH);
    }
    // A changed file's old rows go in any case: the index must not keep stale text.
    if (id >= 0 && !remove_doc(x, id))
        return false;
    if (!j->extracted && !j->failed)   // its bytes changed after it was read: rare
        extract_job(x->m, j);
    if (j->failed) {
        x->failed++;
        return true;
    }
    if (!add_rows(x, j))
        return false;
    *(id >= 0 ? &x->updated : &x->added) += 1;
    return true;
}

/* The workers and the window of jobs between them and the main thread, in input order. */
typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    job *slots;
    size_t cap, head, taken, tail;   /* head: next to commit; taken: next for a worker */
    bool stop;
    bool here;                       /* no workers: this thread prepares each job */
    const zc_model *m;
    const zc_options *opt;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->taken == p->tail && !p->stop)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->taken == p->tail)
            break;
        job *j = &p->slots[p->taken++ % p->cap];
        pthread_mutex_unlock(&p->mu);
        prepare_job(p->m, p->opt, j);
        pthread_mutex_lock(&p->mu);
        j->done = true;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Commits (while ok) and frees the oldest job once its worker is done with it. */
static bool drain_one(pool *p, indexer *x, bool ok)
{
    job *j = &p->slots[p->head % p->cap];
    pthread_mutex_lock(&p->mu);
    while (!j->done)
        pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    if (ok && (ok = commit_job(x, j)) && ++x->pending == BATCH) {
        ok = exec(x->db, "COMMIT") && exec(x->db, "BEGIN");
        x->pending = 0;
    }
    free_job(j);
    p->head++;
    return ok;
}

/* Indexes one path: unchanged files (size and mtime) are left at once, others queued for
 * the workers, or, with no workers, prepared here. Returns false on a database error. */
static bool index_path(indexer *x, pool *p, char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        cli_error("index", "%s: cannot stat", path);
        x->failed++;
        free(path);
        return true;
    }
    long long mtime = (long long)sb.st_mtim.tv_sec * 1000000000 + sb.st_mtim.tv_nsec;
    sqlite3_stmt *find = x->st[S_FIND];
    sqlite3_bind_text(find, 1, path, -1, SQLITE_TRANSIENT);
    char old_hash[65] = "";
    if (sqlite3_step(find) == SQLITE_ROW) {
        const unsigned char *h = sqlite3_column_text(find, 3);
        snprintf(old_hash, sizeof old_hash, "%s", h ? (const char *)h : "");
        if (sqlite3_column_int64(find, 1) == (sqlite3_int64)sb.st_size &&
            sqlite3_column_int64(find, 2) == mtime) {
            sqlite3_reset(find);
            x->unchanged++;
            free(path);
            return true;
        }
    }
    sqlite3_reset(find);
    bool ok = true;
    if (p->tail - p->head == p->cap)
        ok = drain_one(p, x, ok);
    job *j = &p->slots[p->tail % p->cap];
    j->path = path;
    j->sb = sb;
    memcpy(j->old_hash, old_hash, sizeof old_hash);
    if (!p->here) {
        pthread_mutex_lock(&p->mu);
        p->tail++;
        pthread_cond_signal(&p->work);
        pthread_mutex_unlock(&p->mu);
        return ok;
    }
    prepare_job(x->m, &x->opt, j);
    j->done = true;
    p->tail++;
    return drain_one(p, x, ok);
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
static sqlite3 *open_db(const char *cmd, const char *path, int flags, zc_fts5_ctx *cli)
{
    sqlite3 *db;
    if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
        cli_error(cmd, "%s: %s", path, sqlite3_errmsg(db));
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 10000);
    if (zc_fts5_register(db, cli) != SQLITE_OK) {
        cli_error(cmd, "%s: cannot register the zhengce tokenizer (SQLite without FTS5?)", path);
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

typedef struct index_opts {
    const char *dictdir, *dbpath;
    double threshold;
    bool quiet;
    long jobs;
} index_opts;

/* Parses index's options into *o; returns -1 to go on, else the exit status. */
static int index_options(int argc, char **argv, index_opts *o)
{
    enum { O_THRESHOLD = 256, O_DICT, O_HELP };
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"threshold", required_argument, NULL, O_THRESHOLD},
        {"quiet", no_argument, NULL, 'q'},
        {"dict-dir", required_argument, NULL, O_DICT},
        {"help", no_argument, NULL, O_HELP},
        {NULL, 0, NULL, 0},
    };
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    *o = (index_opts){NULL, NULL, DEDUP_THRESHOLD, false, ncpu > 0 ? ncpu : 1};
    int c;
    while ((c = getopt_long(argc, argv, "+ho:qj:", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
        case O_HELP: cmd_index_help(stdout); return EXIT_OK;
        case 'o': o->dbpath = optarg; break;
        case 'j':
            if (!cli_parse_count(optarg, 1, 256, &o->jobs))
                return cli_usage("index", "--jobs takes a number of threads from 1 to 256");
            break;
        case 'q': o->quiet = true; break;
        case O_THRESHOLD:
            if (!dedup_parse_threshold(optarg, &o->threshold))
                return cli_usage("index", "--threshold takes a number from 0.5 to 1");
            break;
        case O_DICT: o->dictdir = optarg; break;
        default:
            return cli_bad_option("index", argv);
        }
    }
    if (!o->dbpath || optind >= argc)
        return cli_usage("index",
                         "give the database (-o DB) and the files or directories to index");
    for (int i = optind; i < argc; i++)
        if (strcmp(argv[i], "-") == 0)
            return cli_usage("index", "standard input has no path to index it by; give files");
    return -1;
}

/* Indexes every input of paths[0..n): with one job in this thread; with more, workers read,
 * extract and tokenize while this thread writes the database, in input order. False on a
 * database error (inputs that fail are counted in x->failed). */
static bool index_inputs(indexer *x, char **paths, int n, long jobs)
{
    bool ok = true;
    pool p = {.cap = jobs > 1 ? 4 * (size_t)jobs : 1, .here = jobs == 1, .m = x->m,
              .opt = &x->opt};
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    p.slots = calloc(p.cap, sizeof *p.slots);
    long started = 0;
    if (!th || !p.slots) {
        cli_error("index", "out of memory");
        ok = false;
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.work, NULL);
    pthread_cond_init(&p.done, NULL);
    for (; ok && jobs > 1 && started < jobs; started++)
        if (pthread_create(&th[started], NULL, worker, &p) != 0)
            break;
    if (ok && jobs > 1 && started == 0) {
        cli_error("index", "cannot start a thread");
        ok = false;
    }
    cli_inputs in;
    cli_inputs_init(&in);
    for (int i = 0; ok && i < n; i++) {
        cli_inputs_add(&in, paths[i]);
        char *path, *error;
        while (ok && cli_inputs_next(&in, &path, &error)) {
            if (error) {
                cli_error("index", "%s: %s", path, error);
                x->failed++;
                free(path);
            } else {
                ok = index_path(x, &p, path);
            }
            free(error);
        }
    }
    cli_inputs_free(&in);
    while (p.head < p.tail)
        ok = drain_one(&p, x, ok);
    pthread_mutex_lock(&p.mu);
    p.stop = true;
    pthread_cond_broadcast(&p.work);
    pthread_mutex_unlock(&p.mu);
    for (long t = 0; t < started; t++)
        pthread_join(th[t], NULL);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.work);
    pthread_cond_destroy(&p.done);
    free(th);
    free(p.slots);
    return ok;
}

/* The tokenizer's version an archive was indexed with (PRAGMA user_version). Version 1
 * indexes characters only: an archive of version 0 also holds whole-word tokens, which FTS5
 * could not delete when a changed file's row goes (it re-tokenizes the stored text to find
 * the entries), so its full-text index is rebuilt once from the stored texts. */
enum { TOKENIZER_VERSION = 1 };

static bool upgrade_fulltext(sqlite3 *db)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return db_error(db, "index", "PRAGMA user_version");
    int v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    if (v >= TOKENIZER_VERSION)
        return true;
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", TOKENIZER_VERSION);
    return exec(db, "INSERT INTO fulltext(fulltext) VALUES('rebuild')") && exec(db, sql);
}

int cmd_index(int argc, char **argv)
{
    index_opts o;
    int rc = index_options(argc, argv, &o);
    if (rc >= 0)
        return rc;
    zc_model *m = cli_open_model(o.dictdir);
    if (!m)
        return EXIT_MODEL;
    indexer x = {.m = m, .cli = {.model = m}};
    zc_options_init(&x.opt);
    x.db = open_db("index", o.dbpath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &x.cli);
    bool ok = x.db && exec(x.db, "PRAGMA journal_mode = WAL") &&
              exec(x.db, "PRAGMA synchronous = NORMAL") && exec(x.db, schema) &&
              upgrade_fulltext(x.db);
    for (int s = 0; ok && s < NSTMT; s++)
        if (sqlite3_prepare_v2(x.db, stmt_sql[s], -1, &x.st[s], NULL) != SQLITE_OK)
            ok = db_error(x.db, "index", stmt_sql[s]);
    ok = ok && exec(x.db, "BEGIN") && index_inputs(&x, argv + optind, argc - optind, o.jobs);
    long long dups = -1;
    if (ok && (dups = fill_dup_of(x.db, o.threshold)) < 0)
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
    if (!o.quiet)
        fprintf(stderr,
                "zhengce index: %s: %zu added, %zu updated, %zu unchanged, %zu failed; "
                "%lld reposts\n",
                o.dbpath, x.added, x.updated, x.unchanged, x.failed, dups);
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
            if (!known)
                return cli_usage("search",
                                 "unknown kind '%s' (target, deadline, enforcement, statistic)",
                                 optarg);
            kind = optarg;
            break;
        }
        case 'n':
            limit = strtol(optarg, &end, 10);
            if (*end || !*optarg || limit < 1)
                return cli_usage("search", "-n takes a number of documents, at least 1");
            break;
        case O_DICT: dictdir = optarg; break;
        default:
            return cli_bad_option("search", argv);
        }
    }
    if (argc - optind < 2)
        return cli_usage("search", "give the database and a query");
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
    zc_fts5_ctx cli = {.model = m};
    sqlite3 *db = open_db("search", dbpath, SQLITE_OPEN_READONLY, &cli);
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
            if (rc == EXIT_USAGE)
                fprintf(stderr, "Text with ASCII punctuation goes in double quotes: "
                                "'\"PM2.5\" 浓度'. See 'zhengce search --help'.\n");
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    zc_model_close(m);
    free(query);
    return rc;
}
