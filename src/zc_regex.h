/*
 * zc_regex.h — PCRE2 (8-bit code units) for the stages that match patterns: the one call they
 * compile through (src/core/regex.c) and the one they match through.
 */
#ifndef ZC_REGEX_H
#define ZC_REGEX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

/* Compiles `pat` (`len` bytes, or PCRE2_ZERO_TERMINATED) with PCRE2_UTF | PCRE2_UCP | `opts` and
 * JIT-compiles it (when JIT cannot, the interpreter runs it). On a bad pattern returns NULL and
 * writes "bad pattern at offset N: reason" to err; the caller prefixes its file:line. */
pcre2_code *zc_regex_compile(const char *pat, size_t len, uint32_t opts, char *err,
                             size_t errlen);
/* Only checks that `pat` compiles as zc_regex_compile would (a line checked alone before it
 * joins an alternation); false with the same message in err. */
bool zc_regex_check(const char *pat, size_t len, uint32_t opts, char *err, size_t errlen);

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
