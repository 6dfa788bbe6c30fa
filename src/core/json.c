/*
 * json.c — writing JSON strings and numbers (the records' JSON Lines and error lines).
 * UTF-8 passes through; quotes, backslashes and control characters are escaped.
 */
#include <math.h>
#include <stdio.h>

#include "zc_int.h"

/* Writes a JSON string; with `oneline`, line breaks are dropped instead of escaped. */
static bool json_str(FILE *out, const char *s, size_t len, bool oneline)
{
    static const char hex[] = "0123456789abcdef";
    if (putc('"', out) == EOF)
        return false;
    size_t run = 0;   // start of the pending run of bytes needing no escape
    for (size_t i = 0; i < len; i++) {
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
