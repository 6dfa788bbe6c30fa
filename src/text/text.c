/*
 * text.c — the text stage's entry points: detection, decoding (strict or lossy, a doubtful
 * detection refused), normalization into the matching view, and the accessors of what they
 * leave in the doc (d->det, d->dec and its maps, d->norm and its maps).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "text_int.h"

void zc_detect(const zc_model *m, const void *bytes, size_t len, zc_detection *out)
{
    zc_enc_detect(m && m->enc ? m->enc : NULL, bytes, len, out);
}

zc_status zc_decode(const zc_model *m, zc_doc *d)
{
    if (d->decoded)
        return ZC_OK;
    // Containers first: their bytes are binary to the detector.
    zc_input_format f = d->opt.input_format;
    if (f == ZC_INPUT_AUTO)
        f = zc_pdf_sniff(d->orig, d->orig_len)    ? ZC_INPUT_PDF
            : zc_docx_sniff(d->orig, d->orig_len) ? ZC_INPUT_DOCX : ZC_INPUT_AUTO;
    if (f == ZC_INPUT_PDF)
        return zc_pdf_extract(d);
    if (f == ZC_INPUT_DOCX)
        return zc_docx_extract(d);
    if (d->opt.from != ZC_ENC_UNKNOWN) {
        d->det = (zc_detection){d->opt.from, 1.0, "forced", 1, 0};
    } else {
        zc_detect(m, d->orig, d->orig_len, &d->det);
        if (!d->det.is_text)
            return zc_doc_fail(d, ZC_ENOTTEXT, -1, "not a text file (%s)", d->det.reason);
    }
    bool html = d->opt.input_format == ZC_INPUT_HTML ||
                (d->opt.input_format == ZC_INPUT_AUTO && zc_html_sniff(d->orig, d->orig_len));
    zc_encoding declared = html && d->opt.from == ZC_ENC_UNKNOWN && strcmp(d->det.reason, "bom")
                               ? zc_html_meta_charset(d->orig, d->orig_len) : ZC_ENC_UNKNOWN;
    if (declared != ZC_ENC_UNKNOWN)
        d->det = (zc_detection){declared, 1.0, "html-meta", 1, 0};
    zc_decoded dd;
    long long off = -1;
    char msg[256];
    // A doubtful label is only a guess: decoded strictly, for the offset of its first bad
    // sequence, and refused in any case (lossy mode would only hide the misreading).
    bool doubtful = d->det.doubtful != 0;
    // Read as UTF-8 by the detector's strict check (no BOM, every byte valid): not again.
    bool valid = d->det.encoding == ZC_ENC_UTF8 && (!strcmp(d->det.reason, "strict-utf8") ||
                                                    !strcmp(d->det.reason, "ascii"));
    zc_status s =
        valid ? zc_enc_decode_valid_utf8(d->orig, d->orig_len, &dd, &off, msg, sizeof msg)
              : zc_enc_decode(d->det.encoding, d->orig, d->orig_len,
                              d->opt.lossy != 0 && !doubtful, &dd, &off, msg, sizeof msg);
    if (s != ZC_OK && (!doubtful || s != ZC_EENCODING))   // out of memory has no offset
        return off >= 0 ? zc_doc_fail(d, s, off, "%s at byte %lld", msg, off)
                        : zc_doc_fail(d, s, off, "%s", msg);
    if (doubtful) {
        char why[384];
        int n = snprintf(why, sizeof why, "%s", d->det.reason + strlen("doubtful: "));
        if (s == ZC_OK)
            zc_decoded_free(&dd);
        else
            snprintf(why + n, sizeof why - (size_t)n, "; %s at byte %lld", msg, off);
        return zc_doc_fail(d, ZC_EENCODING, off,
                           "no encoding reads as Chinese text (best guess %s: %s); --from "
                           "forces one", zc_encoding_name(d->det.encoding), why);
    }
    d->nreplaced = dd.nreplaced;
    d->first_replaced = dd.first_bad;
    d->format = html ? ZC_INPUT_HTML : ZC_INPUT_TEXT;
    if (html) {
        s = zc_html_extract(d, &dd);
        d->decoded = s == ZC_OK;
        return s;
    }
    if (dd.text) {
        d->dec = dd.text;
        d->dec_owned = true;
        // The mapped input is not read again but through zc_doc_bytes; let its pages go
        // (they come back from the file on demand), so peak memory counts it once.
        if (d->orig_mapped)
            madvise(d->orig, d->orig_len, MADV_DONTNEED);
    } else {
        d->dec = (char *)d->orig + dd.bom;
    }
    d->dec_len = dd.len;
    d->src.clen = dd.clen;
    d->src.nchars = dd.nchars;
    d->src.base = dd.bom;
    if (!zc_srcmap_finish(&d->src) || !zc_charindex_build(&d->dec_ci, d->dec, d->dec_len))
        return zc_doc_fail(d, ZC_ENOMEM, -1, "out of memory");
    d->decoded = true;
    return ZC_OK;
}

zc_status zc_normalize(const zc_model *m, zc_doc *d)
{
    if (d->normalized)
        return ZC_OK;
    zc_status s = zc_decode(m, d);
    if (s == ZC_OK && zc_doc_over_time(d))
        s = zc_doc_timeout(d);
    if (s == ZC_OK)
        s = zc_enc_normalize(m, d);
    if (s == ZC_OK)
        d->normalized = true;
    return s;
}

const zc_detection *zc_doc_detection(const zc_doc *d)
{
    return &d->det;
}

static const char *const format_names[] = {"auto", "text", "html", "docx", "pdf"};

const char *zc_input_format_name(zc_input_format f)
{
    return (unsigned)f < ZC_NELEM(format_names) ? format_names[f] : NULL;
}

int zc_input_format_parse(const char *name)
{
    for (size_t i = 0; name && i < ZC_NELEM(format_names); i++)
        if (!strcmp(name, format_names[i]))
            return (int)i;
    return -1;
}

zc_input_format zc_doc_input_format(const zc_doc *d)
{
    return d->format;
}

size_t zc_doc_page(const zc_doc *d, size_t ch)
{
    size_t lo = 0, hi = d->npages;   // pages starting at or before ch
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->pages[mid] <= ch)
            lo = mid + 1;
        else
            hi = mid;
    }
    return d->npages && !lo ? 1 : lo;
}

const char *zc_doc_decoded(const zc_doc *d, size_t *len)
{
    *len = d->dec_len;
    return d->dec;
}

size_t zc_doc_nreplaced(const zc_doc *d)
{
    return d->nreplaced;
}

long long zc_doc_replaced_offset(const zc_doc *d)
{
    return d->nreplaced ? (long long)d->first_replaced : -1;
}

const char *zc_doc_normalized(const zc_doc *d, size_t *len)
{
    *len = d->norm_len;
    return d->norm;
}
