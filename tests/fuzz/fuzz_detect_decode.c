/*
 * fuzz_detect_decode.c — fuzz target of the detector and the decoder (src/text/detect.c,
 * decode.c, offmap.c). The whole input is detected (with and without the frequency model)
 * and decoded strictly and lossily; then the input after its first byte is decoded as the
 * encoding that byte names. After every successful decode: the decoded text is strict UTF-8,
 * it has as many code points as the source map, the source lengths of those code points add
 * up to the input after its BOM (when any code point was decoded), and the lossy decode of an input the strict one accepted
 * is the same text with nothing replaced. A doubtful detection (no reading looks like Chinese
 * text) is never decoded. Long inputs (a sample cut at 64 KB, damage past it): run.sh with
 * ZC_FUZZ_MAX_LEN=1048576.
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

static void check_detection(const zc_detection *det)
{
    FUZZ_CHECK(det->encoding >= ZC_ENC_UNKNOWN && det->encoding <= ZC_ENC_HZ);
    FUZZ_CHECK(det->confidence >= 0.0 && det->confidence <= 1.0);
    FUZZ_CHECK(det->reason != NULL);
    FUZZ_CHECK(!det->is_text || det->encoding != ZC_ENC_UNKNOWN);
}

/* Checks a decoded doc against its input of `size` bytes. */
static void check_decoded(const zc_doc *d, size_t size)
{
    size_t len, nchars;
    const char *text = zc_doc_decoded(d, &len);
    FUZZ_CHECK(text != NULL || len == 0);
    FUZZ_CHECK(zc_fuzz_utf8_valid(text, len, &nchars));
    FUZZ_CHECK(nchars == d->src.nchars);
    FUZZ_CHECK(d->src.base <= size);
    if (d->src.spans) {   // an HTML page: each char's byte span in the page, in order
        for (size_t i = 0; i < d->src.nchars; i++)
            FUZZ_CHECK(d->src.spans[i].start <= d->src.spans[i].end &&
                       d->src.spans[i].end <= size &&
                       (i == 0 || d->src.spans[i - 1].start <= d->src.spans[i].start));
        return;
    }
    size_t sum = 0;
    for (size_t i = 0; i < d->src.nchars; i++)
        sum += d->src.clen[i];
    // With no char decoded there is none to carry the bytes (HZ "~{~}" alone).
    FUZZ_CHECK(sum == size - d->src.base || (nchars == 0 && sum == 0));
    FUZZ_CHECK(zc_srcmap_byte(&d->src, d->src.nchars) == d->src.base + sum);
    FUZZ_CHECK(zc_doc_nreplaced(d) == 0 || d->opt.lossy);
    long long first = zc_doc_replaced_offset(d);
    FUZZ_CHECK(zc_doc_nreplaced(d) ? first >= (long long)d->src.base && first < (long long)size
                                   : first == -1);
}

/* Decodes `size` bytes with `opt`; returns the doc (the caller frees it) or NULL when the
 * strict decoder refused the input. */
static zc_doc *decode(const uint8_t *data, size_t size, const zc_options *opt)
{
    zc_doc *d;
    if (zc_doc_new(data, size, "fuzz", opt, &d) != ZC_OK)
        abort();   // out of memory: nothing to learn
    zc_status s = zc_decode(zc_fuzz_model(), d);
    if (s == ZC_OK) {
        check_detection(zc_doc_detection(d));
        FUZZ_CHECK(!zc_doc_detection(d)->doubtful);   // a doubtful label is refused
        check_decoded(d, size);
        FUZZ_CHECK(zc_decode(zc_fuzz_model(), d) == ZC_OK);   // idempotent
        return d;
    }
    if (s != ZC_EENCODING && s != ZC_ENOTTEXT)
        fprintf(stderr, "zc_decode: %s: %s\n", zc_strerror(s), zc_doc_errmsg(d));
    FUZZ_CHECK(s == ZC_EENCODING || s == ZC_ENOTTEXT);
    // Lossy decoding of a forced label has nothing left to refuse.
    FUZZ_CHECK(!(opt->lossy && opt->from != ZC_ENC_UNKNOWN));
    long long off = zc_doc_erroffset(d);
    FUZZ_CHECK(off >= -1 && off <= (long long)size);
    FUZZ_CHECK(zc_doc_errmsg(d)[0] != '\0');
    zc_doc_free(d);
    return NULL;
}

/* Decodes strictly and lossily and compares the two. */
static void decode_both(const uint8_t *data, size_t size, zc_encoding from)
{
    zc_options opt;
    zc_options_init(&opt);
    opt.from = from;
    opt.input_format = zc_fuzz_text_format(data, size);
    zc_doc *strict = decode(data, size, &opt);
    opt.lossy = 1;
    zc_doc *lossy = decode(data, size, &opt);
    if (strict) {
        FUZZ_CHECK(lossy != NULL);
        size_t slen, llen;
        const char *st = zc_doc_decoded(strict, &slen), *lt = zc_doc_decoded(lossy, &llen);
        FUZZ_CHECK(slen == llen && memcmp(st, lt, slen) == 0);
        FUZZ_CHECK(zc_doc_nreplaced(lossy) == 0);
        FUZZ_CHECK(zc_doc_detection(strict)->encoding == zc_doc_detection(lossy)->encoding);
    }
    zc_doc_free(strict);
    zc_doc_free(lossy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    zc_detection det, bare;
    zc_detect(zc_fuzz_model(), data, size, &det);
    check_detection(&det);
    zc_detect(NULL, data, size, &bare);
    check_detection(&bare);

    decode_both(data, size, ZC_ENC_UNKNOWN);
    if (size > 0) {
        zc_encoding forced = (zc_encoding)(1 + data[0] % ZC_ENC_HZ);
        FUZZ_CHECK(zc_encoding_parse(zc_encoding_name(forced)) == forced);
        decode_both(data + 1, size - 1, forced);
    }
    return 0;
}
