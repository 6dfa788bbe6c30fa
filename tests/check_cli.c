/*
 * check_cli.c — the CLI's pure helpers (src/cli/values.c): option values that must be refused
 * whole (signs, overflow, impossible dates) and the reversible escape of names.
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/values.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
    const char *s;
    bool ok;
    long v;
} count_cases[] = {
    {"1", true, 1}, {"1024", true, 1024}, {"0", false, 0}, {"1025", false, 0},
    {"4294967297", false, 0}, {"99999999999999999999999", false, 0}, {"-1", false, 0},
    {"+2", false, 0}, {" 2", false, 0}, {"2 ", false, 0}, {"", false, 0}, {"2x", false, 0},
};

START_TEST(test_count)
{
    long v = -7;
    bool ok = cli_parse_count(count_cases[_i].s, 1, 1024, &v);
    ck_assert_msg(ok == count_cases[_i].ok, "'%s'", count_cases[_i].s);
    if (ok)
        ck_assert_int_eq(v, count_cases[_i].v);
}
END_TEST

static const struct {
    const char *s;
    bool ok;
    size_t v;
} bytes_cases[] = {
    {"0", true, 0}, {"1000000", true, 1000000}, {"1K", true, 1024}, {"3M", true, 3 << 20},
    {"1G", true, (size_t)1 << 30}, {"1T", true, (size_t)1 << 40}, {"2T", false, 0},
    {"1099511627777", false, 0}, {"-1", false, 0}, {"18446744073709551616", false, 0},
    {"1k", false, 0}, {"1KB", false, 0}, {"K", false, 0}, {"", false, 0}, {"1.5M", false, 0},
    {" 5", false, 0},
};

START_TEST(test_bytes)
{
    size_t v = 7;
    bool ok = cli_parse_bytes(bytes_cases[_i].s, (size_t)1 << 40, &v);
    ck_assert_msg(ok == bytes_cases[_i].ok, "'%s'", bytes_cases[_i].s);
    if (ok)
        ck_assert_uint_eq(v, bytes_cases[_i].v);
}
END_TEST

static const struct {
    const char *s;
    bool ok;
} date_cases[] = {
    {"2009-12-28", true}, {"0001-01-01", true}, {"9999-12-31", true}, {"2000-02-29", true},
    {"2024-02-29", true}, {"1900-02-29", false}, {"2023-02-29", false}, {"0000-01-01", false},
    {"-001-01-01", false}, {"+001-01-01", false}, {"2009-13-01", false}, {"2009-04-31", false},
    {"2009-00-10", false}, {"2009-01-00", false}, {"2009-1-011", false}, {" 009-01-01", false},
    {"2009-01-01x", false}, {"", false},
};

START_TEST(test_date)
{
    ck_assert_msg(cli_valid_date(date_cases[_i].s) == date_cases[_i].ok, "'%s'",
                  date_cases[_i].s);
}
END_TEST

static const struct {
    const char *s;
    bool ok;
    unsigned i, n;
} shard_cases[] = {
    {"0/1", true, 0, 1}, {"3/4", true, 3, 4}, {"4/4", false, 0, 0}, {"0/0", false, 0, 0},
    {"1/-1", false, 0, 0}, {"-1/3", false, 0, 0}, {"1/4294967297", false, 0, 0},
    {"0/4294967295", true, 0, 4294967295u}, {" 1/2", false, 0, 0}, {"1/2 ", false, 0, 0},
    {"1/", false, 0, 0}, {"/2", false, 0, 0}, {"1", false, 0, 0},
};

START_TEST(test_shard)
{
    unsigned i = 9, n = 9;
    bool ok = cli_parse_shard(shard_cases[_i].s, &i, &n);
    ck_assert_msg(ok == shard_cases[_i].ok, "'%s'", shard_cases[_i].s);
    if (ok) {
        ck_assert_uint_eq(i, shard_cases[_i].i);
        ck_assert_uint_eq(n, shard_cases[_i].n);
    }
}
END_TEST

/* The inverse of cli_name_escape: \\ is a backslash, \xHH a byte. */
static size_t unescape(const char *s, char *out)
{
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\\' && s[i + 1] == '\\') {
            out[o++] = '\\';
            i++;
        } else if (s[i] == '\\' && s[i + 1] == 'x') {
            char hex[3] = {s[i + 2], s[i + 3], 0};
            out[o++] = (char)strtol(hex, NULL, 16);
            i += 3;
        } else {
            out[o++] = s[i];
        }
    }
    return o;
}

static const struct {
    const char *raw, *escaped;
} name_cases[] = {
    {"corpus/seed.txt", "corpus/seed.txt"},
    {"政策/文件.txt", "政策/文件.txt"},
    {"a\\b", "a\\\\b"},
    {"a\\x41", "a\\\\x41"},
    {"gbk-\xd5\xfe\xb2\xdf.txt", "gbk-\\xd5\\xfe\\xb2\\xdf.txt"},   // 政策 in GBK
    {"esc-\x1b[31mred", "esc-\\x1b[31mred"},
    {"tab\tnl\ncr\r", "tab\\x09nl\\x0acr\\x0d"},
    {"del\x7f", "del\\x7f"},
    {"c1-\xc2\x9b", "c1-\\xc2\\x9b"},                // U+009B, the 8-bit CSI
    {"nbsp-\xc2\xa0", "nbsp-\xc2\xa0"},              // U+00A0 is printable
    {"overlong-\xc0\xaf", "overlong-\\xc0\\xaf"},
    {"surrogate-\xed\xa0\x80", "surrogate-\\xed\\xa0\\x80"},
    {"past-\xf4\x90\x80\x80", "past-\\xf4\\x90\\x80\\x80"},
    {"cut-\xe6\x94", "cut-\\xe6\\x94"},
    {"emoji-\xf0\x9f\x98\x80", "emoji-\xf0\x9f\x98\x80"},
    {"\\\xff", "\\\\\\xff"},
};

START_TEST(test_name_escape)
{
    const char *raw = name_cases[_i].raw;
    char *e = cli_name_escape(raw, strlen(raw));
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e, name_cases[_i].escaped);
    char back[256];
    size_t n = unescape(e, back);
    ck_assert_uint_eq(n, strlen(raw));
    ck_assert_mem_eq(back, raw, n);
    free(e);
}
END_TEST

/* Every byte string of two bytes escapes to something that unescapes back to it. */
START_TEST(test_name_roundtrip)
{
    for (unsigned a = 1; a < 256; a++) {
        char raw[3] = {(char)a, (char)_i, 0};
        size_t len = _i ? 2 : 1;
        char *e = cli_name_escape(raw, len);
        // One check per string, asserted only when it fails: Check logs every assertion,
        // and 65,280 strings times four asserts took half a minute under a sanitizer.
        bool ok = e != NULL;
        for (const char *p = e; ok && *p; p++)
            ok = (unsigned char)*p >= 0x20 && *p != 0x7f;
        char back[16];
        ok = ok && unescape(e, back) == len && memcmp(back, raw, len) == 0;
        if (!ok)
            ck_abort_msg("bytes %02x %02x: escaped %s does not round-trip", a, (unsigned)_i,
                         e ? e : "(null)");
        free(e);
    }
}
END_TEST

static Suite *cli_suite(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("values");
    tcase_add_loop_test(tc, test_count, 0, NELEM(count_cases));
    tcase_add_loop_test(tc, test_bytes, 0, NELEM(bytes_cases));
    tcase_add_loop_test(tc, test_date, 0, NELEM(date_cases));
    tcase_add_loop_test(tc, test_shard, 0, NELEM(shard_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("names");
    tcase_add_loop_test(tc, test_name_escape, 0, NELEM(name_cases));
    tcase_add_loop_test(tc, test_name_roundtrip, 0, 256);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(cli_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
