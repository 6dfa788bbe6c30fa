/*
 * fuzz_extract.c — fuzz target of the whole pipeline (zc_extract: normalize, structure,
 * match, extract) and of the record writers. The first byte chooses the options (bit 0:
 * t2s, bit 1: keep_boilerplate, bit 2: lossy, bit 3: a document date; bit 4: the rest is
 * repeated to LONG_DOC bytes, a long document or endless sentence from a short input); the
 * rest is the document. After a successful zc_extract: every sentence and every span of every record
 * lies inside the matching view on character boundaries, records are ordered by position,
 * and the JSON Lines, CSV and TSV writers succeed (into /dev/null).
 */
#include <string.h>

#include "fuzz.h"

#define LONG_DOC ((size_t)64 << 10)

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    zc_fuzz_model();
    zc_fuzz_devnull();
    return 0;
}

/* True when view byte `i` starts a character (or is the end of the view). */
static bool boundary(const char *view, size_t len, size_t i)
{
    return i == len || (i < len && ((uint8_t)view[i] & 0xC0) != 0x80);
}

static void check_span(const char *view, size_t len, zc_vspan sp)
{
    FUZZ_CHECK(sp.start <= sp.end && sp.end <= len);
    FUZZ_CHECK(boundary(view, len, sp.start) && boundary(view, len, sp.end));
}

static void check_records(const zc_doc *d)
{
    size_t len;
    const char *view = zc_doc_normalized(d, &len);
    size_t nsent = zc_doc_nsentences(d);
    for (size_t i = 0; i < nsent; i++) {
        zc_sentence_info si;
        zc_doc_sentence(d, i, &si);
        check_span(view, len, (zc_vspan){si.start, si.end});
        FUZZ_CHECK(si.kind >= ZC_SENT_BODY && si.kind <= ZC_SENT_ITEM);
        FUZZ_CHECK(si.text != NULL || si.text_len == 0);
    }
    size_t prev = 0;
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        FUZZ_CHECK(r->kind >= ZC_KIND_TARGET && r->kind <= ZC_KIND_STATISTIC);
        FUZZ_CHECK(r->rule != NULL && strchr(r->rule, '.') != NULL);
        FUZZ_CHECK(r->sentence < nsent);
        FUZZ_CHECK(r->text.start >= prev);
        prev = r->text.start;
        check_span(view, len, r->text);
        check_span(view, len, r->actor);
        check_span(view, len, r->indicator);
        check_span(view, len, r->task);
        check_span(view, len, r->mechanism);
        check_span(view, len, r->condition);
        FUZZ_CHECK(memchr(r->comparator, 0, sizeof r->comparator) != NULL);
        FUZZ_CHECK(memchr(r->unit, 0, sizeof r->unit) != NULL);
        FUZZ_CHECK(memchr(r->date, 0, sizeof r->date) != NULL);
        FUZZ_CHECK(memchr(r->recurrence, 0, sizeof r->recurrence) != NULL);
        FUZZ_CHECK(memchr(r->amount_unit, 0, sizeof r->amount_unit) != NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    zc_options opt;
    zc_options_init(&opt);
    opt.t2s = data[0] & 1;
    opt.keep_boilerplate = (data[0] >> 1) & 1;
    opt.lossy = (data[0] >> 2) & 1;
    opt.doc_date = data[0] & 8 ? "2021-03-05" : NULL;
    bool repeat = data[0] & 16;
    data++, size--;

    uint8_t *doc = NULL;
    if (repeat && size) {
        size_t n = (LONG_DOC + size - 1) / size * size;
        if (!(doc = malloc(n)))
            abort();
        for (size_t k = 0; k < n; k += size)
            memcpy(doc + k, data, size);
        data = doc, size = n;
    }
    opt.input_format = zc_fuzz_text_format(data, size);
    zc_doc *d;
    if (zc_doc_new(data, size, "fuzz", &opt, &d) != ZC_OK)
        abort();
    free(doc);
    zc_status s = zc_extract(zc_fuzz_model(), d);
    if (s == ZC_OK) {
        check_records(d);
        FILE *out = zc_fuzz_devnull();
        FUZZ_CHECK(zc_doc_write_jsonl(d, out) == ZC_OK);
        FUZZ_CHECK(zc_doc_write_csv(d, out, ',') == ZC_OK);
        FUZZ_CHECK(zc_doc_write_csv(d, out, '\t') == ZC_OK);
        FUZZ_CHECK(zc_doc_write_csv_excel(d, out, ',') == ZC_OK);
        FUZZ_CHECK(zc_extract(zc_fuzz_model(), d) == ZC_OK);   // idempotent
    } else {
        if (s != ZC_EENCODING && s != ZC_ENOTTEXT)
            fprintf(stderr, "zc_extract: %s: %s\n", zc_strerror(s), zc_doc_errmsg(d));
        FUZZ_CHECK(s == ZC_EENCODING || s == ZC_ENOTTEXT);
    }
    zc_doc_free(d);
    return 0;
}
