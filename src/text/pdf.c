/*
 * pdf.c — PDF files as input, through poppler's GLib API: the text of each page in reading
 * order (poppler's text layout: columns and lines as a reader follows them), pages one after
 * another, each starting a line; a space between two chars of a line set more than a char's
 * height apart (table cells, which poppler runs together). d->pages keeps the char each page starts at, so every record
 * can name its page. A PDF poppler cannot open (damaged), one that needs a password, and one
 * with no text at all (scanned pages are images) are errors, never an empty result; the text
 * is bounded by max_bytes and the time limit is checked between pages.
 * poppler-glib is loaded at the first PDF (zc_dl_open), not linked.
 */
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

/* The functions of poppler-glib that the reader calls, from its library. */
typedef struct poppler_api {
    void *lib;
    PopplerDocument *(*document_new_from_bytes)(GBytes *bytes, const char *password,
                                                GError **error);
    int (*document_get_n_pages)(PopplerDocument *doc);
    PopplerPage *(*document_get_page)(PopplerDocument *doc, int index);
    char *(*page_get_text)(PopplerPage *page);
    gboolean (*page_get_text_layout)(PopplerPage *page, PopplerRectangle **rects, guint *n);
    GQuark (*error_quark)(void);
} poppler_api;

/* Loads poppler-glib (ZC_POPPLER_SONAME) into `api`, to be released by zc_dl_close(api->lib);
 * the doc's error when it cannot. */
static zc_status load_poppler(zc_doc *d, poppler_api *api)
{
    const zc_dl_sym syms[] = {
        {"poppler_document_new_from_bytes", &api->document_new_from_bytes},
        {"poppler_document_get_n_pages", &api->document_get_n_pages},
        {"poppler_document_get_page", &api->document_get_page},
        {"poppler_page_get_text", &api->page_get_text},
        {"poppler_page_get_text_layout", &api->page_get_text_layout},
        {"poppler_error_quark", &api->error_quark},
    };
    zc_status s;
    api->lib = zc_dl_open(d, ZC_POPPLER_SONAME, syms, ZC_NELEM(syms), &s);
    return s;
}

bool zc_pdf_sniff(const uint8_t *in, size_t len)
{
    return len >= 5 && !memcmp(in, "%PDF-", 5);
}

/* Whether the text holds a char that is not whitespace. */
static bool has_text(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '\f')
            return true;
    return false;
}

/* Whether the boxes of two chars lie on one line with more than a char's height between
 * them: table cells, which poppler's text runs together (回收利用率35%40%, and worse, 1200 and
 * 1300 as 12001300). */
static bool wide_gap(const PopplerRectangle *a, const PopplerRectangle *b)
{
    double h = a->y2 - a->y1;
    return h > 0 && b->y1 < a->y2 && b->y2 > a->y1 && b->x1 - a->x2 > h;
}

static bool is_space(gunichar c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x3000;
}

/* Appends a page's text, a space where a wide gap on a line has none. poppler gives one box
 * per char of the text; without them (or with another count) the text goes as it is. */
static void put_page(const poppler_api *api, PopplerPage *page, const char *t, zc_textbuf *tb)
{
    PopplerRectangle *r = NULL;
    guint n = 0;
    if (!api->page_get_text_layout(page, &r, &n) || !g_utf8_validate(t, -1, NULL) ||
        (glong)n != g_utf8_strlen(t, -1)) {
        zc_textbuf_put(tb, t, strlen(t));
        g_free(r);
        return;
    }
    const char *s = t;
    for (guint i = 0; i < n; i++) {
        const char *next = g_utf8_next_char(s);
        zc_textbuf_put(tb, s, (size_t)(next - s));
        if (i + 1 < n && !is_space(g_utf8_get_char(s)) && !is_space(g_utf8_get_char(next)) &&
            wide_gap(&r[i], &r[i + 1]))
            zc_textbuf_putc(tb, ' ');
        s = next;
    }
    g_free(r);
}

/* Appends the text of every page to tb, noting where each starts (in chars) in d->pages. */
static zc_status read_pages(zc_doc *d, const poppler_api *api, PopplerDocument *doc,
                            zc_textbuf *tb)
{
    int n = api->document_get_n_pages(doc);
    if (n <= 0)
        return zc_doc_fail(d, ZC_EFORMAT, -1, "PDF: no pages");
    d->pages = malloc((size_t)n * sizeof *d->pages);
    if (!d->pages)
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    size_t nchars = 0, counted = 0;
    for (int i = 0; i < n; i++) {
        if (zc_doc_over_time(d))
            return zc_doc_timeout(d);
        for (; counted < tb->len; counted++)   // chars so far: bytes that start one
            nchars += ((uint8_t)tb->s[counted] & 0xC0) != 0x80;
        d->pages[d->npages++] = nchars;
        PopplerPage *page = api->document_get_page(doc, i);
        char *t = page ? api->page_get_text(page) : NULL;
        if (t) {
            size_t len = strlen(t);
            put_page(api, page, t, tb);
            if (len && t[len - 1] != '\n')
                zc_textbuf_putc(tb, '\n');
        }
        g_free(t);
        if (page)
            g_object_unref(page);
        if (tb->oom)
            return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
        if (tb->over)
            return zc_doc_fail(d, ZC_ELIMIT, -1, "PDF: its text is over %zu bytes (the size "
                               "limit)", tb->limit);
    }
    if (!has_text(tb->s, tb->len))
        return zc_doc_fail(d, ZC_ENOTTEXT, -1, "PDF without text: its %d page(s) hold no "
                           "characters poppler can read (scanned images need OCR first; text "
                           "in Chinese fonts not embedded needs the poppler-data package)", n);
    return ZC_OK;
}

/* Reads the PDF's text into the doc (zc_text_adopt), with poppler's functions `api`. */
static zc_status read_document(zc_doc *d, const poppler_api *api)
{
    // poppler reads the doc's own bytes, which outlive the PopplerDocument.
    GBytes *bytes = g_bytes_new_static(d->orig, d->orig_len);
    GError *err = NULL;
    PopplerDocument *doc = api->document_new_from_bytes(bytes, NULL, &err);
    g_bytes_unref(bytes);
    if (!doc) {
        bool locked = err && err->domain == api->error_quark() &&
                      err->code == POPPLER_ERROR_ENCRYPTED;
        zc_status s = locked ? zc_doc_fail(d, ZC_EFORMAT, -1, "PDF is encrypted: its text "
                                           "cannot be read without the password")
                             : zc_doc_fail(d, ZC_EFORMAT, -1, "damaged PDF (poppler: %s)",
                                           err ? err->message : "poppler cannot read it");
        if (err)
            g_error_free(err);
        return s;
    }
    zc_textbuf tb = {.limit = d->opt.max_bytes};
    zc_status s = read_pages(d, api, doc, &tb);
    g_object_unref(doc);
    if (s == ZC_OK)
        s = zc_text_adopt(d, &tb, ZC_INPUT_PDF);
    zc_textbuf_free(&tb);
    if (s != ZC_OK) {
        free(d->pages);
        d->pages = NULL;
        d->npages = 0;
    }
    return s;
}

zc_status zc_pdf_extract(zc_doc *d)
{
    poppler_api api = { 0 };
    zc_status s = load_poppler(d, &api);
    if (s != ZC_OK)
        return s;
    s = read_document(d, &api);
    zc_dl_close(api.lib);
    return s;
}
