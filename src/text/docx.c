/*
 * docx.c — Word documents (DOCX) as input: libzip opens the archive in memory, and
 * word/document.xml is streamed through libxml2's SAX2 push parser, so neither the
 * decompressed XML nor the DOM is ever held whole. What a reader sees is kept: paragraphs
 * (w:p) as lines, the text runs (w:t), tabs and breaks; table rows as lines of tab-separated
 * cells; deleted text (w:del, w:moveFrom) and the fallback copy of a text box
 * (mc:Fallback) left out. Hostile archives are bounded: at most max_bytes of XML are
 * decompressed (a zip bomb fails with ZC_ELIMIT), entities are never expanded, the network
 * never used. libzip is loaded at the first DOCX (zc_dl_open), not linked.
 */
#define _GNU_SOURCE   // memmem
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "text_int.h"

/* The main part: Word names it so (a renamed main part is not read). */
#define DOCX_MAIN "word/document.xml"

/* The WordprocessingML namespaces (transitional, strict) and markup compatibility's. */
static const char *const w_ns[] = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                   "http://purl.oclc.org/ooxml/wordprocessingml/main", NULL};
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"

bool zc_docx_sniff(const uint8_t *in, size_t len)
{
    if (len < 30 || memcmp(in, "PK\3\4", 4) != 0)
        return false;
    // The names sit in plain text in the local headers and the central directory.
    return memmem(in, len, "[Content_Types].xml", 19) || memmem(in, len, DOCX_MAIN, 17);
}

/* The functions of libzip that the reader calls, from its library. */
typedef struct zip_api {
    void *lib;
    void (*error_init)(zip_error_t *ze);
    void (*error_fini)(zip_error_t *ze);
    const char *(*error_strerror)(zip_error_t *ze);
    zip_source_t *(*source_buffer_create)(const void *data, zip_uint64_t len, int freep,
                                          zip_error_t *ze);
    void (*source_free)(zip_source_t *src);
    zip_t *(*open_from_source)(zip_source_t *src, int flags, zip_error_t *ze);
    zip_int64_t (*name_locate)(zip_t *za, const char *name, zip_flags_t flags);
    zip_file_t *(*fopen_index)(zip_t *za, zip_uint64_t index, zip_flags_t flags);
    zip_int64_t (*fread)(zip_file_t *zf, void *buf, zip_uint64_t n);
    const char *(*file_strerror)(zip_file_t *zf);
    const char *(*strerror)(zip_t *za);
    int (*fclose)(zip_file_t *zf);
    void (*discard)(zip_t *za);
} zip_api;

/* Loads libzip (ZC_LIBZIP_SONAME) into `api`, to be released by zc_dl_close(api->lib); the
 * doc's error when it cannot. */
static zc_status load_libzip(zc_doc *d, zip_api *api)
{
    const zc_dl_sym syms[] = {
        {"zip_error_init", &api->error_init},
        {"zip_error_fini", &api->error_fini},
        {"zip_error_strerror", &api->error_strerror},
        {"zip_source_buffer_create", &api->source_buffer_create},
        {"zip_source_free", &api->source_free},
        {"zip_open_from_source", &api->open_from_source},
        {"zip_name_locate", &api->name_locate},
        {"zip_fopen_index", &api->fopen_index},
        {"zip_fread", &api->fread},
        {"zip_file_strerror", &api->file_strerror},
        {"zip_strerror", &api->strerror},
        {"zip_fclose", &api->fclose},
        {"zip_discard", &api->discard},
    };
    zc_status s;
    api->lib = zc_dl_open(d, ZC_LIBZIP_SONAME, syms, ZC_NELEM(syms), &s);
    return s;
}

/* The walk through document.xml. */
typedef struct docx_state {
    zc_textbuf *tb;
    int skip;        /* open elements whose content is not read (w:del, mc:Fallback, ...) */
    int in_t;        /* open w:t: its characters are text */
    int run;         /* open w:r: w:tab and w:br count only there (w:pPr has tab stops) */
    int cell;        /* open w:tc: inside a cell, paragraphs and breaks are spaces */
    int cells;       /* cells begun in the current row of the outermost table */
    bool space;      /* a space owed inside a cell before its next text */
} docx_state;

static bool is_w(const xmlChar *uri)
{
    for (const char *const *n = w_ns; uri && *n; n++)
        if (!strcmp((const char *)uri, *n))
            return true;
    return false;
}

/* A line break, or a space inside a table cell (where a line would break the row). */
static void docx_break(docx_state *st, char c)
{
    if (st->cell)
        st->space = zc_textbuf_last(st->tb) != '\t' && zc_textbuf_last(st->tb) != '\n';
    else
        zc_textbuf_putc(st->tb, c);
}

static void docx_text(docx_state *st, const char *s, size_t n)
{
    if (st->space)
        zc_textbuf_putc(st->tb, ' ');
    st->space = false;
    zc_textbuf_put(st->tb, s, n);
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                     int nns, const xmlChar **ns, int natt, int ndef, const xmlChar **att)
{
    (void)prefix, (void)nns, (void)ns, (void)natt, (void)ndef, (void)att;
    docx_state *st = ctx;
    const char *n = (const char *)name;
    bool w = is_w(uri);
    if (st->skip || (w && (!strcmp(n, "del") || !strcmp(n, "moveFrom"))) ||
        (uri && !strcmp((const char *)uri, MC_NS) && !strcmp(n, "Fallback"))) {
        st->skip++;
        return;
    }
    if (!w)
        return;
    if (!strcmp(n, "t")) {
        st->in_t++;
    } else if (!strcmp(n, "r")) {
        st->run++;
    } else if (!strcmp(n, "tc")) {
        // Cells of the outermost table are split by tabs; a nested table's by spaces.
        if (!st->cell && st->cells++)
            zc_textbuf_putc(st->tb, '\t');
        else if (st->cell)
            docx_break(st, ' ');
        st->cell++;
        if (st->cell == 1)
            st->space = false;
    } else if (!strcmp(n, "tr")) {
        if (!st->cell)
            st->cells = 0;
    } else if (st->run && !strcmp(n, "tab")) {
        if (st->cell)
            docx_text(st, " ", 1);
        else
            zc_textbuf_putc(st->tb, '\t');
    } else if (st->run && (!strcmp(n, "br") || !strcmp(n, "cr"))) {
        docx_break(st, '\n');
    } else if (st->run && !strcmp(n, "noBreakHyphen")) {
        docx_text(st, "-", 1);
    }
}

static void on_end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri)
{
    (void)prefix;
    docx_state *st = ctx;
    const char *n = (const char *)name;
    if (st->skip) {
        st->skip--;
        return;
    }
    if (!is_w(uri))
        return;
    if (!strcmp(n, "t") && st->in_t) {
        st->in_t--;
    } else if (!strcmp(n, "r") && st->run) {
        st->run--;
    } else if (!strcmp(n, "p")) {
        docx_break(st, '\n');
    } else if (!strcmp(n, "tc") && st->cell) {
        st->cell--;
        if (!st->cell)
            st->space = false;
    } else if (!strcmp(n, "tr") && !st->cell) {
        zc_textbuf_putc(st->tb, '\n');
    }
}

static void on_chars(void *ctx, const xmlChar *s, int len)
{
    docx_state *st = ctx;
    if (st->in_t && !st->skip && len > 0)
        docx_text(st, (const char *)s, (size_t)len);
}

static void on_error(void *ctx, xmlErrorPtr e)
{
    (void)ctx, (void)e;   // the parser's return value says it failed; nothing is printed
}

/* Streams the entry through the parser: at most `limit` bytes (0: none) are decompressed. */
static zc_status parse_entry(zc_doc *d, const zip_api *zip, zip_file_t *zf, docx_state *st,
                             size_t limit)
{
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_chars;
    sax.serror = on_error;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, st, NULL, 0, DOCX_MAIN);
    if (!ctxt)
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    enum { CHUNK = 65536 };
    char *chunk = malloc(CHUNK);
    size_t total = 0;
    zc_status s = chunk ? ZC_OK : zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    while (chunk) {
        zip_int64_t n = zip->fread(zf, chunk, CHUNK);
        if (n < 0) {
            s = zc_doc_fail(d, ZC_EFORMAT, -1, "DOCX: cannot read " DOCX_MAIN ": %s",
                            zip->file_strerror(zf));
            break;
        }
        total += (size_t)n;
        if (limit && total > limit) {
            s = zc_doc_fail(d, ZC_ELIMIT, -1, "DOCX: " DOCX_MAIN " expands to more than "
                            "%zu bytes (the size limit)", limit);
            break;
        }
        if (xmlParseChunk(ctxt, chunk, (int)n, n == 0) != 0 || ctxt->wellFormed == 0) {
            xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
            const char *m = e && e->message ? e->message : "?";
            s = zc_doc_fail(d, ZC_EFORMAT, -1, "DOCX: " DOCX_MAIN " is not well-formed XML "
                            "(line %d: %.*s)", e ? e->line : 0, (int)strcspn(m, "\n"), m);
            break;
        }
        if (st->tb->oom || st->tb->over || n == 0 || zc_doc_over_time(d))
            break;
    }
    xmlFreeParserCtxt(ctxt);
    free(chunk);
    if (s == ZC_OK && st->tb->oom)
        s = zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    else if (s == ZC_OK && st->tb->over)
        s = zc_doc_fail(d, ZC_ELIMIT, -1, "DOCX: its text is over %zu bytes (the size limit)",
                        limit);
    else if (s == ZC_OK && zc_doc_over_time(d))
        s = zc_doc_timeout(d);
    return s;
}

/* Reads the text of word/document.xml into the doc, with libzip's functions `zip`. */
static zc_status read_archive(zc_doc *d, const zip_api *zip)
{
    zip_error_t ze;
    zip->error_init(&ze);
    zip_source_t *src = zip->source_buffer_create(d->orig, d->orig_len, 0, &ze);
    zip_t *za = src ? zip->open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
    if (!za) {
        zc_status s = zc_doc_fail(d, ZC_EFORMAT, -1, "not a DOCX document (no readable ZIP "
                                  "archive: %s)", zip->error_strerror(&ze));
        if (src)
            zip->source_free(src);
        zip->error_fini(&ze);
        return s;
    }
    zip->error_fini(&ze);
    zc_status s;
    zip_int64_t idx = zip->name_locate(za, DOCX_MAIN, ZIP_FL_NOCASE);
    zip_file_t *zf = idx < 0 ? NULL : zip->fopen_index(za, (zip_uint64_t)idx, 0);
    if (idx < 0) {
        s = zc_doc_fail(d, ZC_EFORMAT, -1, "not a DOCX document: a ZIP archive without "
                        DOCX_MAIN);
    } else if (!zf) {
        s = zc_doc_fail(d, ZC_EFORMAT, -1, "DOCX: cannot open " DOCX_MAIN ": %s",
                        zip->strerror(za));
    } else {
        zc_xml_init();
        zc_textbuf tb = {.limit = d->opt.max_bytes};
        docx_state st = {.tb = &tb};
        s = parse_entry(d, zip, zf, &st, d->opt.max_bytes);
        zip->fclose(zf);
        if (s == ZC_OK)
            s = zc_text_adopt(d, &tb, ZC_INPUT_DOCX);
        zc_textbuf_free(&tb);
    }
    zip->discard(za);   // read-only: nothing to write; frees the source too
    return s;
}

zc_status zc_docx_extract(zc_doc *d)
{
    zip_api zip = { 0 };
    zc_status s = load_libzip(d, &zip);
    if (s != ZC_OK)
        return s;
    s = read_archive(d, &zip);
    zc_dl_close(zip.lib);
    return s;
}
