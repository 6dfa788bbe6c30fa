/*
 * fuzz_containers.c — fuzz target of DOCX and PDF input (src/text/docx.c, pdf.c,
 * extracted.c): every input is read as found by content, as a forced DOCX and as a forced
 * PDF with a small size limit. A read either fails with a message (damaged, encrypted,
 * no text, over the limit) or gives strict UTF-8 text that is its own original (the source
 * lengths of its chars are their UTF-8 lengths, from byte 0); a PDF's page starts are in
 * order within the text. When the content says DOCX or PDF the whole pipeline runs and every
 * record's page lies among the pages. Seeds: the fixture notice of tests/data/formats.
 */
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    zc_fuzz_model();
    return 0;
}

static void check_text(const zc_doc *d)
{
    size_t len, nchars;
    const char *text = zc_doc_decoded(d, &len);
    FUZZ_CHECK(text != NULL);
    FUZZ_CHECK(zc_fuzz_utf8_valid(text, len, &nchars));
    FUZZ_CHECK(nchars == d->src.nchars && d->src.base == 0 && !d->src.spans);
    size_t sum = 0;
    for (size_t i = 0; i < nchars; i++)
        sum += d->src.clen[i];
    FUZZ_CHECK(sum == len);
    zc_input_format f = zc_doc_input_format(d);
    FUZZ_CHECK(f == ZC_INPUT_DOCX || f == ZC_INPUT_PDF);
    FUZZ_CHECK((f == ZC_INPUT_PDF) == (d->npages > 0));
    for (size_t p = 0; p < d->npages; p++)
        FUZZ_CHECK(d->pages[p] <= nchars && (p == 0 || d->pages[p - 1] <= d->pages[p]));
}

static void check_records(const zc_doc *d)
{
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        zc_origin o;
        zc_doc_origin(d, r->text.start, r->text.end, &o);
        FUZZ_CHECK(o.byte_end <= d->dec_len && o.char_end <= d->src.nchars);
        size_t page = zc_doc_page(d, o.char_start);
        FUZZ_CHECK(d->npages ? page >= 1 && page <= d->npages : page == 0);
    }
    FUZZ_CHECK(zc_doc_write_jsonl(d, zc_fuzz_devnull()) == ZC_OK);
    FUZZ_CHECK(zc_doc_write_csv(d, zc_fuzz_devnull(), ',') == ZC_OK);
}

static void read_as(const uint8_t *data, size_t size, zc_input_format f, size_t max_bytes)
{
    zc_options opt;
    zc_options_init(&opt);
    opt.input_format = f;
    opt.max_bytes = max_bytes;
    zc_doc *d;
    if (zc_doc_new(data, size, "fuzz", &opt, &d) != ZC_OK)
        abort();   // within the limit by construction: only out of memory
    zc_status s = zc_decode(zc_fuzz_model(), d);
    zc_input_format got = zc_doc_input_format(d);
    if (s == ZC_OK && (got == ZC_INPUT_DOCX || got == ZC_INPUT_PDF)) {
        check_text(d);
        if (f == ZC_INPUT_AUTO && zc_extract(zc_fuzz_model(), d) == ZC_OK)
            check_records(d);
    } else if (s == ZC_OK) {
        FUZZ_CHECK(f == ZC_INPUT_AUTO);   // a ZIP that names no DOCX part: read as text
    } else {
        // Found by content, a ZIP that is no DOCX is binary, as before.
        bool text = f == ZC_INPUT_AUTO && (s == ZC_EENCODING || s == ZC_ENOTTEXT);
        if (s != ZC_EFORMAT && s != ZC_ELIMIT && s != ZC_ENOTTEXT && !text)
            fprintf(stderr, "zc_decode: %s: %s\n", zc_strerror(s), zc_doc_errmsg(d));
        FUZZ_CHECK(s == ZC_EFORMAT || s == ZC_ELIMIT || s == ZC_ENOTTEXT || text);
        FUZZ_CHECK(zc_doc_errmsg(d)[0] != '\0');
    }
    zc_doc_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (zc_fuzz_text_format(data, size) == ZC_INPUT_TEXT)   // a container by its opening
        read_as(data, size, ZC_INPUT_AUTO, 0);
    read_as(data, size, ZC_INPUT_DOCX, 0);
    read_as(data, size, ZC_INPUT_PDF, size > 4096 ? size : 4096);
    return 0;
}
