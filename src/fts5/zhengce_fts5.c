/*
 * zhengce_fts5.c — `zhengce`, an FTS5 tokenizer for Chinese text on libzhengce's segmenter.
 *
 * The text is read as UTF-8 (bad bytes tolerated) and put through the library's matching
 * view (NFKC, traditional to simplified, ASCII lowercased here), so a query in traditional
 * characters or fullwidth letters finds the simplified, halfwidth text and the other way
 * round. The view is cut as the segmenter cuts it outside Han runs (zc_segment_chars: no
 * dictionary lattice), and every unit takes one position: each CJK character, and each run
 * of other characters that are neither space nor CJK within a number or Latin word (2010年
 * is "2010" then "年"; PM2.5 is "pm2.5"). Punctuation takes no position. Whole words are not
 * indexed beside their characters: a word's token would sit at its first character's
 * position, so a phrase of characters finds every text a word would (README "index, search,
 * dedup"), and segmenting for them cost a third of `zhengce index`. A query is tokenized
 * the same way, so a query of CJK characters is a phrase of its characters and finds every
 * text holding them in that order whatever the words around them: 问责 is found inside
 * 追责问责. Offsets are bytes of the text
 * as given (the library's offset map), so snippet() and highlight() show the original text.
 *
 * Built into the zhengce CLI (zc_fts5_register) and, with ZC_FTS5_LOADABLE, as a loadable
 * SQLite extension: `.load libzhengce_fts5` then `fts5(body, tokenize='zhengce')`, or
 * `tokenize='zhengce dictdir /path'` to name the dictionaries ($ZHENGCE_DICTDIR, else the
 * installed ones, by default).
 */
#ifdef ZC_FTS5_LOADABLE
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include "zhengce.h"
#else
#include "zhengce_fts5.h"
#endif

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#ifdef ZC_FTS5_LOADABLE
typedef struct zc_fts5_ctx zc_fts5_ctx;   /* the CLI's only: never set in the extension */
#endif

typedef struct ztok {
    zc_model *own;          /* the model opened for this tokenizer, or NULL when borrowed */
    const zc_model *m;
    zc_fts5_ctx *cli;       /* the registering CLI's context (tokens made beforehand), or NULL */
} ztok;

static void ztok_delete(Fts5Tokenizer *t)
{
    ztok *z = (ztok *)t;
    if (!z)
        return;
    zc_model_close(z->own);
    free(z);
}

/* Arguments: none, or `dictdir PATH`. */
static int ztok_create(void *ctx, const char **arg, int narg, Fts5Tokenizer **out)
{
    const char *dictdir = NULL;
    *out = NULL;
    for (int i = 0; i < narg; i += 2) {
        if (i + 1 >= narg || strcmp(arg[i], "dictdir") != 0)
            return SQLITE_ERROR;
        dictdir = arg[i + 1];
    }
    ztok *z = calloc(1, sizeof *z);
    if (!z)
        return SQLITE_NOMEM;
    z->cli = ctx;
#ifndef ZC_FTS5_LOADABLE
    z->m = ctx ? z->cli->model : NULL;
#endif
    if (dictdir || !z->m) {
        char err[256];
        if (zc_model_open(dictdir, &z->own, err, sizeof err) != ZC_OK) {
            free(z);
            return SQLITE_ERROR;
        }
        z->m = z->own;
    }
    *out = (Fts5Tokenizer *)z;
    return SQLITE_OK;
}

/* One call of xTokenize. */
typedef struct run {
    zc_doc *d;
    const char *text, *view;  /* as given; the matching view */
    size_t shift;             /* when the word is byte for byte its original: view to text */
    int same;
    void *ctx;
    int (*token)(void *, int, const char *, int, int, int);
    int rc;
    char *buf;              /* the lowercased token */
    size_t cap;
    zc_word words[64];      /* units since the last punctuation, mapped together */
    size_t nwords;
} run;

/* Emits view bytes [s, e) as a token with the original bytes behind them as its offsets. */
static int emit(run *r, size_t s, size_t e, int flags)
{
    if (e - s > r->cap) {
        char *b = realloc(r->buf, e - s);
        if (!b)
            return r->rc = SQLITE_NOMEM;
        r->buf = b;
        r->cap = e - s;
    }
    for (size_t i = s; i < e; i++) {
        char c = r->view[i];
        r->buf[i - s] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    zc_origin o;
    if (r->same) {
        o.byte_start = s + r->shift;
        o.byte_end = e + r->shift;
    } else {
        zc_doc_origin(r->d, s, e, &o);
    }
    return r->rc = r->token(r->ctx, flags, r->buf, (int)(e - s), (int)o.byte_start,
                            (int)o.byte_end);
}

/* CJK characters each take a position of their own: ideographs (with 〇), kana, hangul. */
static int is_cjk(unsigned c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007 ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

static int is_space(unsigned c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x3000 || c == 0xA0;
}

/* Whether view bytes [s, e) are byte for byte their original (no NFKC, T→S or CRLF inside):
 * then r->shift maps them. */
static int unchanged(run *r, size_t s, size_t e)
{
    zc_origin o;
    zc_doc_origin(r->d, s, e, &o);
    r->shift = o.byte_start - s;
    return o.byte_end - o.byte_start == e - s &&
           memcmp(r->text + o.byte_start, r->view + s, e - s) == 0;
}

/* Emits the tokens of one word, r->same and r->shift set for it. */
static int word_tokens(run *r, const zc_word *w)
{
    const unsigned char *base = (const unsigned char *)r->view, *end = base + w->end;
    size_t us = 0;
    int inrun = 0;
    for (const unsigned char *p = base + w->start; p < end;) {
        size_t n;
        unsigned c = zc_utf8_at(p, end, &n);
        size_t at = (size_t)(p - base);
        int cjk = is_cjk(c), sp = is_space(c);
        if (inrun && (cjk || sp)) {          /* a run of other characters ends */
            if (emit(r, us, at, 0))
                return 1;
            inrun = 0;
        }
        if (cjk) {
            if (emit(r, at, at + n, 0))
                return 1;
        } else if (!sp && !inrun) {
            inrun = 1;
            us = at;
        }
        p += n;
    }
    if (inrun && emit(r, us, w->end, 0))
        return 1;
    return 0;
}

/* Emits the words held since the last punctuation. Most stretches between two punctuation
 * marks are their original bytes unchanged: then every character's offsets follow from the
 * stretch's, with one lookup in the offset map for all of its words; else each word is
 * looked up (and, if changed itself, each of its characters in emit). */
static int flush_words(run *r)
{
    size_t n = r->nwords;
    r->nwords = 0;
    if (n == 0)
        return 0;
    int all = n > 1 && unchanged(r, r->words[0].start, r->words[n - 1].end);
    for (size_t i = 0; i < n; i++) {
        r->same = all || unchanged(r, r->words[i].start, r->words[i].end);
        if (word_tokens(r, &r->words[i]))
            return 1;
    }
    return 0;
}

static int on_word(const zc_word *w, void *arg)
{
    run *r = arg;
    if (w->kind == ZC_WORD_PUNCT)
        return flush_words(r);
    r->words[r->nwords++] = *w;
    return r->nwords == sizeof r->words / sizeof r->words[0] ? flush_words(r) : 0;
}

/* Tokenizes text, calling token(ctx, ...) for each token as FTS5's xToken. */
static int tokenize(const zc_model *m, void *ctx, const char *text, int ntext,
                    int (*token)(void *, int, const char *, int, int, int))
{
    if (ntext <= 0)
        return SQLITE_OK;
    zc_options opt;
    zc_options_init(&opt);
    opt.from = ZC_ENC_UTF8;
    opt.lossy = 1;
    opt.keep_boilerplate = 1;   /* all of the text stored is searchable */
    opt.input_format = ZC_INPUT_TEXT;   /* markup stored is text too: offsets are the column's */
    opt.max_bytes = 0;
    opt.time_limit = 0;
    run r = {.text = text, .ctx = ctx, .token = token};
    zc_status st = zc_doc_new(text, (size_t)ntext, "fts5", &opt, &r.d);
    if (st == ZC_OK)
        st = zc_normalize(m, r.d);
    if (st != ZC_OK) {
        zc_doc_free(r.d);
        return st == ZC_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
    }
    size_t vlen;
    r.view = zc_doc_normalized(r.d, &vlen);
    if (zc_segment_chars(m, r.view, vlen, on_word, &r) != ZC_OK && r.rc == SQLITE_OK)
        r.rc = SQLITE_ERROR;
    if (r.rc == SQLITE_OK)
        flush_words(&r);   // the words after the last punctuation
    free(r.buf);
    zc_doc_free(r.d);
    return r.rc;
}

#ifndef ZC_FTS5_LOADABLE
/* A token as recorded: its flags, offsets and length, then its bytes. */
typedef struct rec {
    int flags, start, end, n;
} rec;

struct zc_fts5_tokens {
    const char *text;       /* the text tokenized (borrowed), to recognise it */
    int ntext;
    char *buf;
    size_t len, cap;
};

static int record(void *ctx, int flags, const char *tok, int n, int start, int end)
{
    zc_fts5_tokens *t = ctx;
    size_t need = t->len + sizeof(rec) + (size_t)n;
    if (need > t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 4096;
        while (cap < need)
            cap *= 2;
        char *b = realloc(t->buf, cap);
        if (!b)
            return SQLITE_NOMEM;
        t->buf = b;
        t->cap = cap;
    }
    rec r = {flags, start, end, n};
    memcpy(t->buf + t->len, &r, sizeof r);
    memcpy(t->buf + t->len + sizeof r, tok, (size_t)n);
    t->len = need;
    return SQLITE_OK;
}

int zc_fts5_tokens_make(const zc_model *m, const char *text, int ntext, zc_fts5_tokens **out)
{
    zc_fts5_tokens *t = calloc(1, sizeof *t);
    if (!t)
        return *out = NULL, SQLITE_NOMEM;
    t->text = text;
    t->ntext = ntext;
    int rc = tokenize(m, t, text, ntext, record);
    if (rc != SQLITE_OK) {
        zc_fts5_tokens_free(t);
        t = NULL;
    }
    *out = t;
    return rc;
}

void zc_fts5_tokens_free(zc_fts5_tokens *t)
{
    if (t)
        free(t->buf);
    free(t);
}

/* Hands the recorded tokens to FTS5, when they are those of this very text. */
static bool replay(const zc_fts5_tokens *t, void *ctx, const char *text, int ntext,
                   int (*token)(void *, int, const char *, int, int, int), int *rc)
{
    if (!t || t->ntext != ntext || (ntext > 0 && memcmp(t->text, text, (size_t)ntext) != 0))
        return false;
    *rc = SQLITE_OK;
    for (size_t at = 0; at < t->len && *rc == SQLITE_OK;) {
        rec r;
        memcpy(&r, t->buf + at, sizeof r);
        *rc = token(ctx, r.flags, t->buf + at + sizeof r, r.n, r.start, r.end);
        at += sizeof r + (size_t)r.n;
    }
    return true;
}
#endif

static int ztok_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int ntext,
                         int (*token)(void *, int, const char *, int, int, int))
{
    (void)flags;   /* documents and queries alike, so that phrases match */
    ztok *z = (ztok *)t;
#ifndef ZC_FTS5_LOADABLE
    int rc;
    if (z->cli && replay(z->cli->next, ctx, text, ntext, token, &rc))
        return rc;
#endif
    return tokenize(z->m, ctx, text, ntext, token);
}

/* Registers the tokenizer on db through the connection's fts5_api. */
static int register_on(sqlite3 *db, zc_fts5_ctx *cli)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    rc = sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        return rc;
    if (!api || api->iVersion < 2)
        return SQLITE_ERROR;
    static fts5_tokenizer tok = {ztok_create, ztok_delete, ztok_tokenize};
    return api->xCreateTokenizer(api, "zhengce", cli, &tok, NULL);
}

#ifdef ZC_FTS5_LOADABLE
/* The entry point SQLite derives from the file name libzhengce_fts5.so. */
__attribute__((visibility("default"))) int
sqlite3_zhengcefts_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    int rc = register_on(db, NULL);
    if (rc != SQLITE_OK && err)
        *err = sqlite3_mprintf("zhengce: cannot register the FTS5 tokenizer (is FTS5 built in?)");
    return rc;
}

/* The generic entry point, for loaders that do not derive a name. */
__attribute__((visibility("default"))) int
sqlite3_extension_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
    return sqlite3_zhengcefts_init(db, err, api);
}
#else
int zc_fts5_register(sqlite3 *db, zc_fts5_ctx *cli)
{
    return register_on(db, cli);
}
#endif
