/*
 * regex.c — the one place patterns are compiled (see zc_regex.h).
 */
#include <stdio.h>

#include "zc_regex.h"

static pcre2_code *compile(const char *pat, size_t len, uint32_t opts, char *err, size_t errlen)
{
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, len, PCRE2_UTF | PCRE2_UCP | opts, &code,
                                   &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        snprintf(err, errlen, "bad pattern at offset %zu: %s", (size_t)off, (const char *)msg);
    }
    return re;
}

pcre2_code *zc_regex_compile(const char *pat, size_t len, uint32_t opts, char *err,
                             size_t errlen)
{
    pcre2_code *re = compile(pat, len, opts, err, errlen);
    if (re)
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);   // else the interpreter
    return re;
}

bool zc_regex_check(const char *pat, size_t len, uint32_t opts, char *err, size_t errlen)
{
    pcre2_code *re = compile(pat, len, opts, err, errlen);
    pcre2_code_free(re);
    return re != NULL;
}
