/*
 * check_fts5.c — the Check suite of the `zhengce` FTS5 tokenizer (src/fts5), called through
 * SQLite's fts5_api as FTS5 calls it: the tokens of a text with their flags and byte offsets
 * (each CJK character and each run of other characters a position, no whole words beside
 * them), the matching view behind them (T→S, NFKC, lowercase), punctuation and bad bytes
 * skipped, tokens made beforehand (zc_fts5_tokens_make) handed over unchanged, and the query
 * forms of the README (words, sub-words, phrases, NEAR, NOT, bm25 order) through SQL.
 * Tokens are written "text@start-end", colocated ones (there must be none) with a "+" in
 * front, joined by " ".
 */
#include <check.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "zhengce_fts5.h"

static zc_model *model;
static zc_fts5_ctx cli;
static sqlite3 *db;
static fts5_tokenizer tok;
static Fts5Tokenizer *inst;

static void setup(void)
{
    char err[4096];
    ck_assert_msg(zc_model_open(ZC_TEST_DICTDIR, &model, err, sizeof err) == ZC_OK, "%s", err);
    cli.model = model;
    ck_assert_int_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
    ck_assert_int_eq(zc_fts5_register(db, &cli), SQLITE_OK);
    fts5_api *api = NULL;
    sqlite3_stmt *st;
    ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    ck_assert_ptr_nonnull(api);
    void *ud;
    ck_assert_int_eq(api->xFindTokenizer(api, "zhengce", &ud, &tok), SQLITE_OK);
    ck_assert_int_eq(tok.xCreate(ud, NULL, 0, &inst), SQLITE_OK);
}

static void teardown(void)
{
    tok.xDelete(inst);
    sqlite3_close(db);
    zc_model_close(model);
}

typedef struct out {
    char buf[4096];
    size_t len;
} out;

static int collect(void *ctx, int flags, const char *t, int n, int start, int end)
{
    out *o = ctx;
    o->len += (size_t)snprintf(o->buf + o->len, sizeof o->buf - o->len, "%s%s%.*s@%d-%d",
                               o->len ? " " : "", flags & FTS5_TOKEN_COLOCATED ? "+" : "",
                               n, t, start, end);
    return SQLITE_OK;
}

static const char *tokens(const char *text, size_t len)
{
    static out o;
    o.len = 0;
    o.buf[0] = '\0';
    ck_assert_int_eq(tok.xTokenize(inst, &o, FTS5_TOKENIZE_DOCUMENT, text, (int)len, collect),
                     SQLITE_OK);
    return o.buf;
}

typedef struct tok_case {
    const char *in;
    size_t len;   /* 0: strlen(in) */
    const char *want;
} tok_case;

static const tok_case cases[] = {
    // A compound: every character a position, and nothing else.
    {"追责问责", 0, "追@0-3 责@3-6 问@6-9 责@9-12"},
    {"问责", 0, "问@0-3 责@3-6"},
    // Traditional characters are tokenized as simplified, offsets into the text as written.
    {"問責", 0, "问@0-3 责@3-6"},
    // A number with a Han unit: the digits one position, the character another.
    {"2010年", 0, "2010@0-4 年@4-7"},
    {"增长66.98%，达50万", 0, "增@0-3 长@3-6 66.98%@6-12 达@15-18 50@18-20 万@20-23"},
    // Fullwidth Latin and digits through NFKC, lowercased; offsets of the fullwidth bytes.
    {"ＰＭ２．５", 0, "pm2.5@0-15"},
    {"WTO规则", 0, "wto@0-3 规@3-6 则@6-9"},
    {"AT&T与COVID-19", 0, "at&t@0-4 与@4-7 covid-19@7-15"},
    // Punctuation and line breaks take no position; CRLF keeps the offsets exact.
    {"问责，\r\n整改", 0, "问@0-3 责@3-6 整@11-14 改@14-17"},
    // A bad byte is skipped, the text around it keeps its offsets.
    {"问\xff责", 0, "问@0-3 责@4-7"},
    {"", 0, ""},
    {"，。！", 0, ""},
    // A column that opens like an HTML page is still text: its markup is searchable.
    {"<html>问责", 0, "html@1-5 问@6-9 责@9-12"},
};

START_TEST(test_tokens)
{
    const tok_case *c = &cases[_i];
    const char *got = tokens(c->in, c->len ? c->len : strlen(c->in));
    ck_assert_msg(strcmp(got, c->want) == 0, "%s: got \"%s\", want \"%s\"", c->in, got,
                  c->want);
}
END_TEST

/* Tokens made beforehand are handed over for that very text, and for no other. */
START_TEST(test_replay)
{
    const char *text = "要严格追责问责。", *other = "推动经济发展";
    zc_fts5_tokens *t;
    ck_assert_int_eq(zc_fts5_tokens_make(model, text, (int)strlen(text), &t), SQLITE_OK);
    char want[4096], want_other[4096];
    snprintf(want, sizeof want, "%s", tokens(text, strlen(text)));
    snprintf(want_other, sizeof want_other, "%s", tokens(other, strlen(other)));
    cli.next = t;
    ck_assert_str_eq(tokens(text, strlen(text)), want);
    ck_assert_str_eq(tokens(other, strlen(other)), want_other);
    cli.next = NULL;
    ck_assert_str_eq(want, "要@0-3 严@3-6 格@6-9 追@9-12 责@12-15 问@15-18 责@18-21");
    zc_fts5_tokens_free(t);
}
END_TEST

/* Phrase queries through SQL: a query is tokenized as the documents are. */
START_TEST(test_match)
{
    ck_assert_int_eq(sqlite3_exec(db,
                                  "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='zhengce');"
                                  "INSERT INTO t VALUES ('要严格追责问责。'), ('问题整改'),"
                                  " ('加強問責制度');",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    static const struct {
        const char *q;
        int n;
    } q[] = {{"问责", 2}, {"责问", 1}, {"追责问责", 1}, {"问", 3}, {"\"问责 制度\"", 1},
             {"问责制", 1}, {"责任", 0}, {"问 NOT 整改", 2}, {"严格追责", 1}, {"格追", 1},
             {"NEAR(严格 问责, 2)", 1}, {"NEAR(严格 问责, 1)", 0}, {"问责 OR 整改", 3},
             {"问责*", 2}, {"问* 整改", 1}};
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        sqlite3_stmt *st;
        ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1,
                                            &st, NULL),
                         SQLITE_OK);
        sqlite3_bind_text(st, 1, q[i].q, -1, SQLITE_STATIC);
        ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
        ck_assert_msg(sqlite3_column_int(st, 0) == q[i].n, "%s: %d documents, want %d", q[i].q,
                      sqlite3_column_int(st, 0), q[i].n);
        sqlite3_finalize(st);
    }
}
END_TEST

/* bm25: more occurrences of the query in a text of the same length rank it higher, a word
 * inside a compound counts as the word alone, and a text without it is not ranked. */
START_TEST(test_rank)
{
    ck_assert_int_eq(sqlite3_exec(db,
                                  "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='zhengce');"
                                  "INSERT INTO t VALUES ('要问责也要整改落实到位'),"
                                  " ('追责问责，严肃问责'), ('推动经济发展稳中向好'),"
                                  " ('要追责问责，整改落实到位');",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_stmt *st;
    ck_assert_int_eq(sqlite3_prepare_v2(db,
                                        "SELECT group_concat(rowid, ' ') FROM (SELECT rowid FROM t "
                                        "WHERE t MATCH '问责' ORDER BY bm25(t), rowid)",
                                        -1, &st, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(st, 0), "2 1 4");
    sqlite3_finalize(st);
    // Rows 1 and 4 have eleven positions and one 问责 each: the same score.
    ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT rowid, bm25(t) FROM t WHERE t MATCH '问责'",
                                        -1, &st, NULL),
                     SQLITE_OK);
    double score[5] = {0};
    while (sqlite3_step(st) == SQLITE_ROW)
        score[sqlite3_column_int(st, 0)] = sqlite3_column_double(st, 1);
    sqlite3_finalize(st);
    ck_assert(score[1] < 0 && score[1] == score[4] && score[2] < score[1] && score[3] == 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fts5");
    TCase *tc = tcase_create("tokenizer");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_tokens, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(tc, test_replay);
    tcase_add_test(tc, test_match);
    tcase_add_test(tc, test_rank);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
