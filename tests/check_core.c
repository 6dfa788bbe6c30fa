/*
 * check_core.c — Check suite of the bottom layer's shared helpers: the dictionary reader
 * (src/core/tsv.c) every loader of dicts/ goes through, table-driven over what it accepts and
 * what it refuses with file:line, and the one pattern compiler (src/core/regex.c).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/tsv.h"
#include "zc_int.h"
#include "zc_regex.h"

/* A file's text and what the reader makes of it: its rows, columns joined by '|' and rows
 * by ';', or "ERR " + the text the error must contain. */
static const struct {
    const char *in, *want;
} tsv_cases[] = {
    { "a\tb\nc\td\n", "a|b;c|d" },
    { "a\tb", "a|b" },                                          // no final newline
    { "a\tb\r\nc\td\r\n", "a|b;c|d" },                          // CRLF
    { "\xEF\xBB\xBF" "a\tb\n", "a|b" },                         // a BOM
    { "# id\tpattern\n\n   \na\tb  \n#x\n", "a|b" },            // comments, blanks, trailing spaces
    { "a\t\tb\n", "a||b" },                                     // an empty column is a column
    { "政策\t文件\n", "政策|文件" },
    { "a\tb\n# c\nx\t\xFF\n", "ERR t.tsv:3: not valid UTF-8" },  // a bad byte, after a comment
    { "a\t\xE6\x94\n", "ERR t.tsv:1: not valid UTF-8" },        // a cut character
    { "a\tb\n1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\n",
      "ERR t.tsv:2: more than 16 columns" },
};

/* Writes `len` bytes of `text` to a fresh file t.tsv in a temporary folder; returns the folder. */
static char *write_tsv(const char *text, size_t len)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/zc_check_core_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/t.tsv", dir);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(text, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
    return dir;
}

static void remove_tsv(const char *dir)
{
    char path[128];
    snprintf(path, sizeof path, "%s/t.tsv", dir);
    ck_assert_int_eq(remove(path), 0);
    ck_assert_int_eq(rmdir(dir), 0);
}

/* Reads the rows of an open reader into `out` as tsv_cases give them. */
static void read_rows(zc_tsv *t, char *out, size_t outlen)
{
    char err[512];
    out[0] = '\0';
    int r;
    while ((r = zc_tsv_next(t, err, sizeof err)) == 1)
        for (int i = 0; i < t->ncol; i++) {
            size_t n = strlen(out);
            snprintf(out + n, outlen - n, "%s%s", i ? "|" : n ? ";" : "", t->col[i]);
        }
    if (r < 0)
        snprintf(out, outlen, "ERR %s", err);
    zc_tsv_close(t);
}

/* Reads dir/t.tsv into `out` as tsv_cases give it: as text, then compiled into an image of
 * folder f (dir/f.zcd) and read back from it as a model does, which must give the same rows
 * (a line the reader rejects fails the compile, with the same message). */
static void read_all(const char *dir, char *out, size_t outlen)
{
    zc_tsv t;
    char err[512], path[128], zcd[128], again[1024];
    snprintf(path, sizeof path, "%s/t.tsv", dir);
    snprintf(zcd, sizeof zcd, "%s/f.zcd", dir);
    ck_assert_int_eq(zc_tsv_open(&t, NULL, path, err, sizeof err), ZC_OK);
    read_rows(&t, out, outlen);
    char *paths[] = {path};
    zc_status s = zc_tsv_compile("f", paths, 1, zcd, err, sizeof err);
    if (strncmp(out, "ERR ", 4) == 0) {
        ck_assert_int_eq(s, ZC_EFORMAT);
        ck_assert_str_eq(err, out + 4);
        return;
    }
    ck_assert_int_eq(s, ZC_OK);
    ck_assert_int_eq(zc_tsv_open(&t, dir, "f/t.tsv", err, sizeof err), ZC_OK);
    ck_assert_str_eq(t.path, path);   // messages name the source
    read_rows(&t, again, sizeof again);
    ck_assert_str_eq(again, out);
    ck_assert_int_eq(remove(zcd), 0);
}

START_TEST(test_tsv_cases)
{
    const char *in = tsv_cases[_i].in, *want = tsv_cases[_i].want;
    char *dir = write_tsv(in, strlen(in));
    char got[1024];
    read_all(dir, got, sizeof got);
    if (strncmp(want, "ERR ", 4) == 0) {
        ck_assert_msg(strncmp(got, "ERR ", 4) == 0, "case %d: %s", _i, got);
        ck_assert_msg(strstr(got, want + 4), "case %d: %s", _i, got);   // the path ends in t.tsv
    } else {
        ck_assert_str_eq(got, want);
    }
    remove_tsv(dir);
}
END_TEST

/* A 10 KB line is one row, whole: no buffer cuts it in two or refuses it. */
START_TEST(test_tsv_long_line)
{
    size_t n = 10 * 1024;
    char *text = malloc(n + 32);
    ck_assert_ptr_nonnull(text);
    size_t len = (size_t)sprintf(text, "long\t");
    memset(text + len, 'x', n);
    len += n;
    len += (size_t)sprintf(text + len, "\nnext\ty\n");
    char *dir = write_tsv(text, len);
    zc_tsv t;
    char err[512], path[128];
    snprintf(path, sizeof path, "%s/t.tsv", dir);
    ck_assert_int_eq(zc_tsv_open(&t, NULL, path, err, sizeof err), ZC_OK);
    ck_assert_int_eq(zc_tsv_next(&t, err, sizeof err), 1);
    ck_assert_int_eq(t.ncol, 2);
    ck_assert_str_eq(t.col[0], "long");
    ck_assert_uint_eq(strlen(t.col[1]), n);
    ck_assert_int_eq(zc_tsv_next(&t, err, sizeof err), 1);
    ck_assert_uint_eq(t.lineno, 2);
    ck_assert_str_eq(t.col[0], "next");
    ck_assert_int_eq(zc_tsv_next(&t, err, sizeof err), 0);
    zc_tsv_close(&t);
    remove_tsv(dir);
    free(text);
}
END_TEST

/* A missing image or file names its path; a path given alone (dir NULL) is a text file. */
START_TEST(test_tsv_open)
{
    zc_tsv t;
    char err[512];
    ck_assert_int_eq(zc_tsv_open(&t, "/nonexistent", "lex/x.tsv", err, sizeof err), ZC_EIO);
    ck_assert_ptr_nonnull(strstr(err, "/nonexistent/lex.zcd: cannot open"));
    ck_assert_int_eq(zc_tsv_open(&t, NULL, "/nonexistent/x.tsv", err, sizeof err), ZC_EIO);
    ck_assert_ptr_nonnull(strstr(err, "/nonexistent/x.tsv: cannot open"));
    char *dir = write_tsv("a\n", 2);
    char path[128], zcd[128];
    snprintf(path, sizeof path, "%s/t.tsv", dir);
    ck_assert_int_eq(zc_tsv_open(&t, NULL, path, err, sizeof err), ZC_OK);
    ck_assert_str_eq(t.path, path);
    ck_assert_int_eq(zc_tsv_next(&t, err, sizeof err), 1);
    ck_assert_str_eq(t.col[0], "a");
    zc_tsv_close(&t);
    // An image that lacks the file asked for says so.
    snprintf(zcd, sizeof zcd, "%s/f.zcd", dir);
    char *paths[] = {path};
    ck_assert_int_eq(zc_tsv_compile("f", paths, 1, zcd, err, sizeof err), ZC_OK);
    ck_assert_int_eq(zc_tsv_open(&t, dir, "f/other.tsv", err, sizeof err), ZC_EIO);
    ck_assert_ptr_nonnull(strstr(err, "holds no f/other.tsv"));
    ck_assert_int_eq(remove(zcd), 0);
    remove_tsv(dir);
}
END_TEST

/* Patterns compile with UTF and Unicode classes; a bad one says where it fails. */
START_TEST(test_regex_compile)
{
    char err[300] = "";
    pcre2_code *re = zc_regex_compile("^\\w+$", PCRE2_ZERO_TERMINATED, 0, err, sizeof err);
    ck_assert_ptr_nonnull(re);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    const char *s = "政策文件";   // \w is a Han character only under PCRE2_UCP
    ck_assert_int_gt(zc_regex_match(re, s, strlen(s), 0, 0, md, NULL), 0);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    ck_assert(zc_regex_check("ab(", 2, 0, err, sizeof err));   // only the first two bytes
    ck_assert_ptr_null(zc_regex_compile("a(b", PCRE2_ZERO_TERMINATED, 0, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "bad pattern at offset 3"));
    ck_assert(!zc_regex_check("[", PCRE2_ZERO_TERMINATED, 0, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "bad pattern at offset 1"));
}
END_TEST

/* A prefilter never refuses a subject its pattern matches, and refuses one that lacks a
 * literal every match holds. `may` is what zc_regex_may_match must say. */
static const struct {
    const char *pat, *subject;
    bool may;
} prefilter_cases[] = {
    { "(追究[^,;]{1,10}?(?:责任|責任))", "要追究有关人员责任", true },
    { "(追究[^,;]{1,10}?(?:责任|責任))", "要追究有关人员", false },
    { "(?:如|见)?(?:图|表|附件)[0-9]+", "见图3", true },
    { "(?:如|见)?(?:图|表|附件)[0-9]+", "如下所示3", false },
    { "(?<=按照)[0-9]+元", "按照100元", true },      // a lookbehind's text counts too
    { "(?<=按照)[0-9]+元", "100元", false },
    { "(?<!不)超过", "不超过", true },               // a negative lookbehind needs nothing
    { "(?=的)人", "人民", false },
    { "[^0-9]元", "一角", false },
    { "\\d+%", "百分之", false },
    { "[①-⑳]", "③", true },
    { "[①-⑳]", "3", false },
    { "给予.{0,6}?支持", "给予大力支持", true },
    { "给予.{0,6}?支持", "给予大力支援", false },    // 支持 is one literal, not 支 and 持
    { "(?:申报|申请)?[0-9]{1,2}个", "5个", true },   // an optional part needs nothing
    { "a?b*", "xyz", true },                         // nothing needed: it always runs
    { "(?i)abc", "ABC", true },                      // options are not read: it always runs
    { "x\\Qa.b\\E", "xa.b", true },
    { "[a-z]{2}|[0-9]", "AB", false },
    { "(?<![\\x{3400}-\\x{9fff}])(?:图|表) [0-9]+", "如图 4", true },   // \x{…} is read
    { "(?<![\\x{3400}-\\x{9fff}])(?:图|表) [0-9]+", "如下 4", false },
    { "\\x{56fe}\\x41", "图A", true },
    { "\\x{56fe}\\x41", "图B", false },
};

/* `pat` compiled, or the test fails with PCRE2's message. */
static pcre2_code *compiled(const char *pat)
{
    char err[300] = "";
    pcre2_code *re = zc_regex_compile(pat, PCRE2_ZERO_TERMINATED, 0, err, sizeof err);
    ck_assert_msg(re != NULL, "%s: %s", pat, err);
    return re;
}

START_TEST(test_regex_prefilter)
{
    pcre2_code *re = compiled(prefilter_cases[_i].pat);
    zc_regex_prefilter pf;
    zc_regex_prefilter_build(re, prefilter_cases[_i].pat, &pf);
    zc_regex_chars chars;
    const char *s = prefilter_cases[_i].subject;
    zc_regex_chars_of(&chars, s, strlen(s));
    bool may = zc_regex_may_match(&pf, &chars);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    bool matches = zc_regex_match(re, s, strlen(s), 0, 0, md, NULL) > 0;
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    ck_assert_msg(may || !matches, "%s refuses %s, which it matches", prefilter_cases[_i].pat, s);
    ck_assert_msg(may == prefilter_cases[_i].may, "%s on %s: %d", prefilter_cases[_i].pat, s, may);
}
END_TEST

/* The literals a match holds in its own text: a positive lookbehind's text is none of them
 * (it may lie before the search's start), a lookahead's is. */
START_TEST(test_regex_inside_literals)
{
    zc_regex_lits l;
    zc_regex_inside_literals("(?<=不低于)(?:元|万元)", &l);
    ck_assert_uint_eq(l.n, 2);
    ck_assert(memcmp(l.s[0], "元", l.len[0]) == 0 || memcmp(l.s[1], "元", l.len[1]) == 0);
    zc_regex_inside_literals("(?<=截至)年底", &l);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_uint_eq(l.len[0], strlen("年底"));
    zc_regex_inside_literals("(?<=比例)(?=配套)", &l);
    ck_assert_uint_eq(l.n, 1);
    ck_assert(memcmp(l.s[0], "配套", l.len[0]) == 0);
}
END_TEST

/* Where a search may start: the first char a match can open with, or the end. */
static const struct {
    const char *pat, *subject;
    size_t want;   // byte offset; SIZE_MAX: not known (the search starts where it was asked)
} start_cases[] = {
    { "(?<![0-9])[。]|[!?;](?![A-Za-z])|…+", "一、二。三", 9 },    // 、 shares 。's first byte
    { "(?<![0-9])[。]|[!?;](?![A-Za-z])|…+", "一二三", 9 },
    { "(?:x)?y", "aaxy", 2 },
    { "(?=z)[a-z]+|!", "ab!", 0 },                    // a lookahead starts with no char
    { "[^a]b", "xb", SIZE_MAX },                      // a negated class: any char
    { "a*", "xyz", SIZE_MAX },                        // the empty text matches
    { "^a", "ba", SIZE_MAX },                         // anchored
    { "(?:0123456789012345|。)", "一二三四五六七八九十一二三四五六七八九十。", 60 },
};

START_TEST(test_regex_start)
{
    pcre2_code *re = compiled(start_cases[_i].pat);
    zc_regex_start st;
    zc_regex_start_build(re, start_cases[_i].pat, &st);
    const char *s = start_cases[_i].subject;
    size_t got = zc_regex_next_start(&st, s, 0, strlen(s));
    pcre2_code_free(re);
    ck_assert_int_eq(st.known, start_cases[_i].want != SIZE_MAX);
    if (st.known)
        ck_assert_uint_eq(got, start_cases[_i].want);
}
END_TEST

/* The char index both ways, built whole (zc_charindex_build) and by checkpoints
 * (zc_charindex_push, zc_charindex_finish), against a count of the lead bytes, over chars of
 * one to four bytes in runs that cross its word and vector steps. */
START_TEST(test_charindex)
{
    static const char *const chars[] = {"a", "\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80"};
    char text[3000];
    size_t len = 0, starts[3000], n = 0;
    for (size_t k = 0; len + 4 < sizeof text; k++) {
        // runs of one kind, of 1 to 40 chars: 中 most, as in the texts
        size_t kind = k % 7 < 4 ? 2 : k % 4, run = 1 + (k * 7919) % 40;
        for (size_t r = 0; r < run && len + 4 < sizeof text; r++) {
            starts[n++] = len;
            memcpy(text + len, chars[kind], strlen(chars[kind]));
            len += strlen(chars[kind]);
        }
    }
    zc_charindex whole = {0}, pushed = {0};
    ck_assert(zc_charindex_build(&whole, text, len));
    for (size_t c = 0; c < n; c += ZC_CIDX_STEP)
        ck_assert(zc_charindex_push(&pushed, starts[c], n));
    ck_assert(zc_charindex_finish(&pushed, text, len, n));
    const zc_charindex *ci[] = {&whole, &pushed};
    for (size_t j = 0; j < 2; j++) {
        for (size_t c = 0; c < n; c++) {
            ck_assert_uint_eq(zc_charindex_char(ci[j], starts[c]), c);
            ck_assert_uint_eq(zc_charindex_byte(ci[j], c), starts[c]);
        }
        ck_assert_uint_eq(zc_charindex_char(ci[j], len), n);
        ck_assert_uint_eq(zc_charindex_byte(ci[j], n), len);
    }
    zc_charindex_free(&whole);
    zc_charindex_free(&pushed);
}
END_TEST

/* JSON strings: each byte that needs it escaped at every offset of a string longer than the
 * escaper's 16- and 8-byte steps, UTF-8 and the bytes 0x20 and up (but " and \\) as they are. */
START_TEST(test_json_escape)
{
    static const char special[] = {'"', '\\', '\n', '\t', '\r', 0x01, 0x1f, 0x7f, ' '};
    static const char *const want[] = {"\\\"", "\\\\", "\\n", "\\t", "\\r", "\\u0001",
                                       "\\u001f", "\x7f", " "};
    const char *han = "\xe4\xb8\xad";   // 中
    for (size_t k = 0; k < sizeof special; k++)
        for (size_t at = 0; at < 40; at++) {
            char in[48], exp[128];
            size_t n = 0, e = 0;
            exp[e++] = '"';
            for (size_t i = 0; i < 41; i++) {
                const char *piece = i == at ? (const char[]){special[k], 0} : i % 3 ? "a" : han;
                size_t pl = i == at ? 1 : strlen(piece);
                if (n + pl > sizeof in)
                    break;
                memcpy(in + n, piece, pl);
                n += pl;
                const char *w = i == at ? want[k] : piece;
                memcpy(exp + e, w, strlen(w));
                e += strlen(w);
            }
            exp[e++] = '"';
            char *buf = NULL;
            size_t blen = 0;
            FILE *f = open_memstream(&buf, &blen);
            ck_assert(zc_json_str(f, in, n));
            fclose(f);
            ck_assert_uint_eq(blen, e);
            ck_assert_mem_eq(buf, exp, e);
            free(buf);
        }
}
END_TEST

static Suite *core_suite(void)
{
    Suite *s = suite_create("core");
    TCase *tc = tcase_create("tsv");
    tcase_add_loop_test(tc, test_tsv_cases, 0, (int)(sizeof tsv_cases / sizeof tsv_cases[0]));
    tcase_add_test(tc, test_tsv_long_line);
    tcase_add_test(tc, test_tsv_open);
    suite_add_tcase(s, tc);
    tc = tcase_create("regex");
    tcase_add_test(tc, test_regex_compile);
    tcase_add_loop_test(tc, test_regex_prefilter, 0,
                        (int)(sizeof prefilter_cases / sizeof prefilter_cases[0]));
    tcase_add_test(tc, test_regex_inside_literals);
    tcase_add_loop_test(tc, test_regex_start, 0, (int)(sizeof start_cases / sizeof start_cases[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("charindex");
    tcase_add_test(tc, test_charindex);
    tcase_add_test(tc, test_json_escape);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(core_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
