/*
 * check_jsonscan.c — the Check suite of the record-line scan of `zhengce index`
 * (src/cli/jsonscan.c): members found as written, strings decoded as jansson decodes them
 * (and refused where it refuses them), values written again exactly as jansson would write
 * what it reads (the object column of the index kept byte for byte), pairs of integers.
 */
#include <check.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"

static const char line[] =
    "{\"doc\":\"a\\\"b\\\\c\\/d\",\"kind\":\"target\",\"text\":\"\\u4e2d\\ud83d\\ude00\\n\","
    "\"span\":{\"char\":[3,7],\"byte\":[9, 21]},\"sentence\":null,\"target\":{\"value\":0.1,"
    "\"max\":1e+15,\"min\":-2.5e-7,\"n\":599,\"s\":\"x\\u0008y\\u001fz\\t\",\"a\":[1,2.0,-3],"
    "\"f\":false,\"u\":null}}";

START_TEST(test_members)
{
    jsonscan_obj o;
    ck_assert(jsonscan_object(line, strlen(line), &o));
    ck_assert_uint_eq(o.n, 6);
    char *s;
    ck_assert(jsonscan_str(jsonscan_get(&o, "doc"), &s));
    ck_assert_str_eq(s, "a\"b\\c/d");
    free(s);
    ck_assert(jsonscan_str(jsonscan_get(&o, "text"), &s));
    ck_assert_str_eq(s, "中\xf0\x9f\x98\x80\n");
    free(s);
    ck_assert(jsonscan_str(jsonscan_get(&o, "sentence"), &s));   // null: no string
    ck_assert_ptr_null(s);
    ck_assert_ptr_null(jsonscan_get(&o, "absent").p);
    jsonscan_obj span;
    jsonscan_val sp = jsonscan_get(&o, "span");
    ck_assert(jsonscan_object(sp.p, sp.n, &span));
    long long ch[2], by[2];
    jsonscan_pair(jsonscan_get(&span, "char"), ch);
    jsonscan_pair(jsonscan_get(&span, "byte"), by);
    ck_assert(ch[0] == 3 && ch[1] == 7 && by[0] == 9 && by[1] == 21);
}
END_TEST

/* Each member written again is what jansson makes of it. */
START_TEST(test_rewrite_as_jansson)
{
    jsonscan_obj o;
    ck_assert(jsonscan_object(line, strlen(line), &o));
    for (size_t i = 0; i < o.n; i++) {
        jsonscan_val v = o.m[i].val;
        json_t *j = json_loadb(v.p, v.n, JSON_DECODE_ANY, NULL);
        ck_assert_ptr_nonnull(j);
        char *want = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY), *got;
        ck_assert(jsonscan_rewrite(v, &got));
        ck_assert_str_eq(got, want);
        free(want);
        free(got);
        json_decref(j);
    }
}
END_TEST

/* What jansson refuses is refused: \u0000, lone surrogates, lines that are not objects. */
START_TEST(test_refused)
{
    static const char *const bad[] = {"\"a\\u0000b\"", "\"\\ud83d\"", "\"\\ude00x\"",
                                      "\"\\q\""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *s = (char *)1;
        ck_assert(!jsonscan_str((jsonscan_val){bad[i], strlen(bad[i])}, &s));
        ck_assert_ptr_null(s);
    }
    jsonscan_obj o;
    static const char *const notobj[] = {"", "[1]", "{\"a\":1", "{\"a\" 1}", "{\"a\":1}x"};
    for (size_t i = 0; i < sizeof notobj / sizeof notobj[0]; i++)
        ck_assert(!jsonscan_object(notobj[i], strlen(notobj[i]), &o));
    ck_assert(jsonscan_object("{}", 2, &o) && o.n == 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("jsonscan");
    TCase *tc = tcase_create("scan");
    tcase_add_test(tc, test_members);
    tcase_add_test(tc, test_rewrite_as_jansson);
    tcase_add_test(tc, test_refused);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
