/*
 * extracted.c — text extracted from a container format (DOCX, PDF) as the decoded text of a
 * doc. Such a file's bytes are compressed or drawn, so no char of its text has bytes of its
 * own in the file: the extracted text (UTF-8) becomes the "original" of every offset, `char`
 * counting its code points and `byte` its bytes, and zhengce decode prints it.
 */
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

static bool tb_room(zc_textbuf *tb, size_t n)
{
    if (tb->len + n + 1 <= tb->cap)
        return true;
    size_t cap = tb->cap ? tb->cap : 4096;
    while (cap < tb->len + n + 1)
        cap *= 2;
    char *p = realloc(tb->s, cap);
    if (!p)
        return tb->oom = true, false;
    tb->s = p;
    tb->cap = cap;
    return true;
}

bool zc_textbuf_put(zc_textbuf *tb, const char *s, size_t n)
{
    if (tb->oom || tb->over)
        return false;
    if (tb->limit && n > tb->limit - tb->len)
        return tb->over = true, false;
    // Up to 3 bytes per byte: each invalid byte becomes U+FFFD (the formats promise UTF-8,
    // later stages rely on it).
    if (!tb_room(tb, n * 3))
        return false;
    const uint8_t *u = (const uint8_t *)s;
    for (size_t i = 0; i < n;) {
        size_t at = i;
        int32_t c = zc_utf8_next(u, n, &i);
        if (c == 0 || (c == 0xFEFF && tb->len == 0))
            continue;   // a NUL ends C strings downstream; a BOM is no text
        if (c < 0) {
            memcpy(tb->s + tb->len, "\xEF\xBF\xBD", 3);
            tb->len += 3;
        } else {
            memcpy(tb->s + tb->len, s + at, i - at);
            tb->len += i - at;
        }
    }
    if (tb->limit && tb->len > tb->limit)
        return tb->over = true, false;
    return true;
}

bool zc_textbuf_putc(zc_textbuf *tb, char c)
{
    return zc_textbuf_put(tb, &c, 1);
}

char zc_textbuf_last(const zc_textbuf *tb)
{
    return tb->len ? tb->s[tb->len - 1] : '\0';
}

void zc_textbuf_free(zc_textbuf *tb)
{
    free(tb->s);
    tb->s = NULL;
    tb->len = tb->cap = 0;
}

zc_status zc_text_adopt(zc_doc *d, zc_textbuf *tb, zc_input_format f)
{
    if (!tb_room(tb, 0))
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    tb->s[tb->len] = '\0';
    size_t nchars = 0;
    for (size_t i = 0; i < tb->len; i++)
        nchars += ((uint8_t)tb->s[i] & 0xC0) != 0x80;
    uint8_t *clen = malloc(nchars + 1);
    if (!clen)
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    for (size_t i = 0, k = 0; i < tb->len; k++) {
        size_t n = zc_utf8_len((uint8_t)tb->s[i]);
        clen[k] = (uint8_t)n;
        i += n;
    }
    d->dec = tb->s;
    d->dec_owned = true;
    d->dec_len = tb->len;
    tb->s = NULL;
    d->src.clen = clen;
    d->src.nchars = nchars;
    d->src.base = 0;
    d->det = (zc_detection){ZC_ENC_UTF8, 1.0, zc_input_format_name(f), 1, 0};
    d->format = f;
    if (!zc_srcmap_finish(&d->src) || !zc_charindex_build(&d->dec_ci, d->dec, d->dec_len))
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    d->decoded = true;
    return ZC_OK;
}
