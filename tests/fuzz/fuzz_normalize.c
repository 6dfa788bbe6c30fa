/*
 * fuzz_normalize.c — fuzz target of the matching view (src/text/fold.c, offmap.c). The first
 * byte chooses the options (bit 0: t2s, bit 1: keep_boilerplate, bit 2: lossy, bits 3-5: a
 * forced encoding when below 7); the rest is the document. After a successful zc_normalize:
 * the view is strict UTF-8, and zc_doc_origin maps every view character to characters and
 * bytes inside the input (after its BOM), in order: starts never go back, and each character
 * ends no earlier than it starts. zc_doc_original returns a slice of the decoded text.
 */
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    zc_fuzz_model();
    return 0;
}

static void check_view(const zc_doc *d, size_t size)
{
    size_t len, nchars, dlen;
    const char *view = zc_doc_normalized(d, &len);
    const char *dec = zc_doc_decoded(d, &dlen);
    FUZZ_CHECK(view != NULL || len == 0);
    FUZZ_CHECK(zc_fuzz_utf8_valid(view, len, &nchars));
    FUZZ_CHECK(nchars == d->norm_ci.nchars);
    size_t prev_char = 0, prev_byte = d->src.base;
    for (size_t i = 0; i < len;) {
        size_t n = zc_utf8_len((uint8_t)view[i]);
        zc_origin o;
        zc_doc_origin(d, i, i + n, &o);
        FUZZ_CHECK(o.char_start <= o.char_end && o.char_end <= d->src.nchars);
        FUZZ_CHECK(o.byte_start <= o.byte_end && o.byte_end <= size);
        FUZZ_CHECK(o.byte_start >= d->src.base);
        FUZZ_CHECK(o.char_start >= prev_char && o.byte_start >= prev_byte);
        prev_char = o.char_start;
        prev_byte = o.byte_start;
        size_t olen;
        const char *orig = zc_doc_original(d, i, i + n, &olen);
        FUZZ_CHECK(orig >= dec && olen <= dlen && (size_t)(orig - dec) <= dlen - olen);
        i += n;
    }
    // An empty span at the end of the view lies at the end of the input's characters.
    zc_origin o;
    zc_doc_origin(d, len, len, &o);
    FUZZ_CHECK(o.char_start == o.char_end && o.char_end <= d->src.nchars);
    FUZZ_CHECK(o.byte_end <= size);
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
    unsigned enc = (data[0] >> 3) & 7;
    opt.from = enc <= ZC_ENC_HZ ? (zc_encoding)enc : ZC_ENC_UNKNOWN;
    data++, size--;
    opt.input_format = zc_fuzz_text_format(data, size);

    zc_doc *d;
    if (zc_doc_new(data, size, "fuzz", &opt, &d) != ZC_OK)
        abort();
    zc_status s = zc_normalize(zc_fuzz_model(), d);
    if (s == ZC_OK) {
        check_view(d, size);
        FUZZ_CHECK(zc_normalize(zc_fuzz_model(), d) == ZC_OK);   // idempotent
    } else {
        if (s != ZC_EENCODING && s != ZC_ENOTTEXT)
            fprintf(stderr, "zc_normalize: %s: %s\n", zc_strerror(s), zc_doc_errmsg(d));
        FUZZ_CHECK(s == ZC_EENCODING || s == ZC_ENOTTEXT);
    }
    zc_doc_free(d);
    return 0;
}
