/*
 * zc_regex.h — PCRE2 (8-bit code units) for the stages that match patterns, and the one call
 * they match through.
 */
#ifndef ZC_REGEX_H
#define ZC_REGEX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* pcre2_match over valid UTF-8 (the matching view: no check of the subject). Goes through
 * the JIT fast path when it can, which skips pcre2_match's per-call set-up: the pattern is
 * JIT-compiled and `opts` asks for nothing the fast path ignores (PCRE2_ANCHORED). */
static inline int zc_regex_match(const pcre2_code *re, const char *s, size_t len, size_t off,
                                 uint32_t opts, pcre2_match_data *md, pcre2_match_context *mctx)
{
    const uint32_t fast = PCRE2_NOTBOL | PCRE2_NOTEOL | PCRE2_NOTEMPTY | PCRE2_NOTEMPTY_ATSTART;
    if (!(opts & ~fast)) {
        int rc = pcre2_jit_match(re, (PCRE2_SPTR)s, len, off, opts, md, mctx);
        if (rc != PCRE2_ERROR_JIT_BADOPTION)   // not JIT-compiled: the interpreter below
            return rc;
    }
    return pcre2_match(re, (PCRE2_SPTR)s, len, off, opts | PCRE2_NO_UTF_CHECK, md, mctx);
}

#endif
