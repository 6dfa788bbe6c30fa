/*
 * jsonscan.c — the members of a JSON object line by a scan (jsonscan.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* The end of the string whose opening quote is at p; NULL when it does not close. */
static const char *str_end(const char *p, const char *e)
{
    for (p++; p < e; p++) {
        if (*p == '\\')
            p++;
        else if (*p == '"')
            return p + 1;
    }
    return NULL;
}

/* The end of the value at p; NULL when it does not end before e. */
static const char *value_end(const char *p, const char *e)
{
    if (p >= e)
        return NULL;
    if (*p == '"')
        return str_end(p, e);
    if (*p != '{' && *p != '[') {   // a number, true, false or null
        const char *s = p;
        while (p < e && !strchr(",}] \t\r\n", *p))
            p++;
        return p > s ? p : NULL;
    }
    int depth = 0;
    for (; p < e; p++) {
        if (*p == '"') {
            if (!(p = str_end(p, e)))
                return NULL;
            p--;
        } else if (*p == '{' || *p == '[') {
            depth++;
        } else if ((*p == '}' || *p == ']') && --depth == 0) {
            return p + 1;
        }
    }
    return NULL;
}

bool jsonscan_object(const char *text, size_t len, jsonscan_obj *o)
{
    const char *p = skip_ws(text, text + len), *e = text + len;
    o->n = 0;
    if (p >= e || *p++ != '{')
        return false;
    p = skip_ws(p, e);
    if (p < e && *p == '}')
        return skip_ws(p + 1, e) == e;
    for (;;) {
        const char *k = skip_ws(p, e), *ke = k < e && *k == '"' ? str_end(k, e) : NULL;
        if (!ke || o->n == JSONSCAN_MAX)
            return false;
        p = skip_ws(ke, e);
        if (p >= e || *p++ != ':')
            return false;
        p = skip_ws(p, e);
        const char *ve = value_end(p, e);
        if (!ve)
            return false;
        o->m[o->n].key = k + 1;
        o->m[o->n].klen = (size_t)(ke - k - 2);
        o->m[o->n++].val = (jsonscan_val){p, (size_t)(ve - p)};
        p = skip_ws(ve, e);
        if (p < e && *p == ',') {
            p++;
            continue;
        }
        return p < e && *p == '}' && skip_ws(p + 1, e) == e;
    }
}

jsonscan_val jsonscan_get(const jsonscan_obj *o, const char *key)
{
    size_t n = strlen(key);
    for (size_t i = 0; i < o->n; i++)
        if (o->m[i].klen == n && memcmp(o->m[i].key, key, n) == 0)
            return o->m[i].val;
    return (jsonscan_val){NULL, 0};
}

/* The four hex digits at p as a number; -1 when they are not. */
static long hex4(const char *p, const char *e)
{
    if (e - p < 4)
        return -1;
    long v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static char *put_utf8(char *o, unsigned long c)
{
    if (c < 0x80) {
        *o++ = (char)c;
    } else if (c < 0x800) {
        *o++ = (char)(0xC0 | c >> 6);
        *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (char)(0xE0 | c >> 12);
        *o++ = (char)(0x80 | (c >> 6 & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | c >> 18);
        *o++ = (char)(0x80 | (c >> 12 & 0x3F));
        *o++ = (char)(0x80 | (c >> 6 & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

/* The code point of the \u escape whose backslash is at *p, a surrogate pair joined;
 * advances *p past it. -1 for what jansson refuses: \u0000, a lone surrogate. */
static long unicode_escape(const char **p, const char *e)
{
    long c = hex4(*p + 2, e);
    if (c <= 0 || (c >= 0xDC00 && c <= 0xDFFF))
        return -1;
    *p += 6;
    if (c < 0xD800 || c > 0xDBFF)
        return c;
    long lo = e - *p >= 2 && (*p)[0] == '\\' && (*p)[1] == 'u' ? hex4(*p + 2, e) : -1;
    if (lo < 0xDC00 || lo > 0xDFFF)
        return -1;
    *p += 6;
    return 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
}

bool jsonscan_str(jsonscan_val v, char **out)
{
    *out = NULL;
    if (!v.p || v.n < 2 || v.p[0] != '"')
        return true;
    const char *p = v.p + 1, *e = v.p + v.n - 1;
    char *s = malloc(v.n), *o = s;   // escapes only shrink: \uXXXX is 6 bytes for at most 3
    if (!s)
        return false;
    while (p < e) {
        const char *bs = memchr(p, '\\', (size_t)(e - p));
        size_t run = bs ? (size_t)(bs - p) : (size_t)(e - p);
        memcpy(o, p, run);
        o += run;
        p += run;
        if (p >= e)
            break;
        static const char plain[] = "\"\\/bfnrt", made[] = "\"\\/\b\f\n\r\t";
        const char *k = p + 1 < e && p[1] ? strchr(plain, p[1]) : NULL;
        if (k) {
            *o++ = made[k - plain];
            p += 2;
            continue;
        }
        long c = p + 1 < e && p[1] == 'u' ? unicode_escape(&p, e) : -1;
        if (c < 0) {
            free(s);
            return false;
        }
        o = put_utf8(o, (unsigned long)c);
    }
    *o = '\0';
    *out = s;
    return true;
}

void jsonscan_pair(jsonscan_val v, long long out[2])
{
    out[0] = out[1] = 0;
    char buf[64];
    if (v.p && v.n < sizeof buf) {
        memcpy(buf, v.p, v.n);
        buf[v.n] = '\0';
        long long a, b;
        char close;
        if (sscanf(buf, "[ %lld , %lld %c", &a, &b, &close) == 3 && close == ']') {
            out[0] = a;
            out[1] = b;
        }
    }
}

/* A growing output buffer; ok false once an allocation failed. */
typedef struct sbuf {
    char *s;
    size_t len, cap;
    bool ok;
} sbuf;

static void put(sbuf *b, const char *p, size_t n)
{
    if (b->ok && b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *s = realloc(b->s, cap);
        b->ok = s != NULL;
        if (s) {
            b->s = s;
            b->cap = cap;
        }
    }
    if (b->ok) {
        memcpy(b->s + b->len, p, n);
        b->len += n;
        b->s[b->len] = '\0';
    }
}

/* A string as jansson escapes it: quote, backslash and control characters only. */
static void put_str(sbuf *b, const char *s)
{
    static const char shorts[] = "\"\\\b\f\n\r\t", named[] = "\"\\bfnrt";
    put(b, "\"", 1);
    for (const char *run = s;; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(b, run, (size_t)(s - run));
        if (!c)
            break;
        const char *k = strchr(shorts, c);
        char esc[8];
        if (k)
            snprintf(esc, sizeof esc, "\\%c", named[k - shorts]);
        else
            snprintf(esc, sizeof esc, "\\u%04X", c);
        put(b, esc, strlen(esc));
        run = s + 1;
    }
    put(b, "\"", 1);
}

/* A real as jansson writes it: %.17g, ".0" when that reads as an integer, the exponent
 * without '+' and leading zeros. */
static void put_real(sbuf *b, double v)
{
    char num[64];
    int n = snprintf(num, sizeof num, "%.17g", v);
    if (!strchr(num, '.') && !strchr(num, 'e'))
        n += snprintf(num + n, sizeof num - (size_t)n, ".0");
    char *e = strchr(num, 'e');
    if (e) {
        char *start = e + 1, *end = start + 1;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        memmove(start, end, strlen(end) + 1);
    }
    put(b, num, strlen(num));
}

bool jsonscan_rewrite(jsonscan_val v, char **out)
{
    sbuf b = {NULL, 0, 0, true};
    const char *p = v.p, *e = v.p + v.n;
    while (p < e && b.ok) {
        if (strchr(" \t\r\n{}[],:", *p)) {   // structure, and the spaces jansson drops
            if (!strchr(" \t\r\n", *p))
                put(&b, p, 1);
            p++;
        } else if (*p == '"') {
            const char *se = str_end(p, e);
            char *s;
            if (!se || !jsonscan_str((jsonscan_val){p, (size_t)(se - p)}, &s))
                break;
            put_str(&b, s);
            free(s);
            p = se;
        } else {   // a number (a real when it has a fraction or exponent), true, false, null
            const char *te = value_end(p, e);
            if (!te)
                break;
            size_t n = (size_t)(te - p);
            if ((*p == '-' || (*p >= '0' && *p <= '9')) && (memchr(p, '.', n) ||
                                                              memchr(p, 'e', n) ||
                                                              memchr(p, 'E', n))) {
                char num[64];
                if (n >= sizeof num)
                    break;
                memcpy(num, p, n);
                num[n] = '\0';
                put_real(&b, strtod(num, NULL));
            } else {
                put(&b, p, n);
            }
            p = te;
        }
    }
    if (p < e || !b.ok || !b.s) {
        free(b.s);
        *out = NULL;
        return false;
    }
    *out = b.s;
    return true;
}
