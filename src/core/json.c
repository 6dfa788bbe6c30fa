/*
 * json.c — writing JSON strings and numbers (the records' JSON Lines and error lines).
 * UTF-8 passes through; quotes, backslashes and control characters are escaped.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "zc_int.h"

/* Whether one of the 8 bytes at p is below 0x20, '"' or '\\' (the classic SWAR tests: a byte
 * below n sets its top bit in x - n*0x01.. where it was clear in x). */
static bool needs_escape8(const char *p)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    uint64_t t = ((x - ones * 0x20) | (q - ones) | (b - ones)) & ~x & high;
    return t != 0;
}

/* Writes a JSON string; with `oneline`, line breaks are dropped instead of escaped. */
static bool json_str(FILE *out, const char *s, size_t len, bool oneline)
{
    static const char hex[] = "0123456789abcdef";
    if (putc('"', out) == EOF)
        return false;
    size_t run = 0;   // start of the pending run of bytes needing no escape
    for (size_t i = 0; i < len; i++) {
        // Eight bytes at a time while none is a control char, a quote or a backslash.
        while (i + 8 <= len && !needs_escape8(s + i))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        if (i > run && fwrite(s + run, 1, i - run, out) != i - run)
            return false;
        run = i + 1;
        if (oneline && (c == '\n' || c == '\r'))
            continue;
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            fputs("\\u00", out);
            putc(hex[c >> 4], out);
            putc(hex[c & 15], out);
        }
    }
    if (len > run && fwrite(s + run, 1, len - run, out) != len - run)
        return false;
    return putc('"', out) != EOF;
}

bool zc_json_str(FILE *out, const char *s, size_t len)
{
    return json_str(out, s, len, false);
}

bool zc_json_str_oneline(FILE *out, const char *s, size_t len)
{
    return json_str(out, s, len, true);
}

bool zc_json_num(FILE *out, double v)
{
    if (!isfinite(v))
        return fputs("null", out) >= 0;
    if (v == 0)
        v = 0;   // no "-0"
    return fprintf(out, "%.15g", v) > 0;
}
