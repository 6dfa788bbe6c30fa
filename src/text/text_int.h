/*
 * text_int.h — private interface of the text stage (src/text): detection, decoding, the
 * normalizer's folding tables and the offset maps.
 */
#ifndef ZC_TEXT_INT_H
#define ZC_TEXT_INT_H

#include <iconv.h>

#include "zc_int.h"

/* A decoded buffer and the source length of each of its code points. */
typedef struct zc_decoded {
    char *text;          /* UTF-8, NUL-terminated, malloc'd (NULL when it aliases the input) */
    size_t len;          /* bytes of text */
    uint8_t *clen;       /* malloc'd: per code point, the bytes it took in the input (0 for the
                            second code point of a sequence that decodes to two) */
    size_t nchars;
    size_t bom;          /* bytes of BOM skipped at the start of the input */
    size_t nreplaced;    /* bad sequences replaced by U+FFFD (lossy mode) */
    size_t first_bad;    /* input offset of the first of them (when nreplaced > 0) */
} zc_decoded;

/* Detects the encoding of `in`. `em` may be NULL (structural signals only). Cannot fail. */
void zc_enc_detect(const struct zc_enc_model *em, const uint8_t *in, size_t len,
                   zc_detection *out);

/* Decodes `in` from `e`. For UTF-8 input out->text is NULL: the caller uses in+bom as the
 * text (it is valid UTF-8 and not copied) unless lossy replacement was needed. On failure
 * returns ZC_EENCODING, *erroff is the byte offset of the bad sequence, `msg` says what
 * ("invalid GB18030 sequence", "truncated UTF-16 sequence at end of input") and nothing is
 * allocated. */
zc_status zc_enc_decode(zc_encoding e, const uint8_t *in, size_t len, bool lossy,
                        zc_decoded *out, long long *erroff, char *msg, size_t msglen);

/* zc_enc_decode of UTF-8 input without a BOM that the caller knows to be valid throughout
 * (the detector checked every byte): its chars are not checked again. Fails only with
 * ZC_ENOMEM (`msg` says so). */
zc_status zc_enc_decode_valid_utf8(const uint8_t *in, size_t len, zc_decoded *out,
                                   long long *erroff, char *msg, size_t msglen);

void zc_decoded_free(zc_decoded *dd);

/* HTML input (html.c). Whether the bytes open like an HTML document (after a BOM and
 * whitespace: <!DOCTYPE html, <html, <head, <body, <meta charset; any case). */
bool zc_html_sniff(const uint8_t *in, size_t len);
/* The encoding a <meta> tag among the first 1024 bytes declares, or ZC_ENC_UNKNOWN. */
zc_encoding zc_html_meta_charset(const uint8_t *in, size_t len);
/* Reads the decoded page `dd` (taken: freed in all cases) with libxml2's HTML parser into
 * d->dec, the text a reader sees, and d->src, the bytes of the page each char came from. */
zc_status zc_html_extract(zc_doc *d, zc_decoded *dd);

/* libxml2's global set-up, once per process, before any thread parses (html.c). */
void zc_xml_init(void);

/* Text extracted from a container format (extracted.c), grown by appending UTF-8: invalid
 * bytes become U+FFFD, NULs are dropped. Past `limit` bytes (0: none) a put fails and sets
 * `over`; on failed allocation it sets `oom`. Zero-initialise, then set limit. */
typedef struct zc_textbuf {
    char *s;
    size_t len, cap, limit;
    bool over, oom;
} zc_textbuf;
bool zc_textbuf_put(zc_textbuf *tb, const char *s, size_t n);
bool zc_textbuf_putc(zc_textbuf *tb, char c);
char zc_textbuf_last(const zc_textbuf *tb);   /* '\0' when empty */
void zc_textbuf_free(zc_textbuf *tb);
/* Makes the text the doc's decoded text (taken from tb) and its own original: offsets count
 * its chars and bytes; format `f` is recorded. */
zc_status zc_text_adopt(zc_doc *d, zc_textbuf *tb, zc_input_format f);

/* A library of an input format, loaded on use (dl.c): `fn` is the address of the function
 * pointer that receives symbol `name`. */
typedef struct zc_dl_sym {
    const char *name;
    void *fn;
} zc_dl_sym;
/* Loads library `soname` and its n symbols; NULL with *s the doc's error (zc_doc_fail) when
 * it or one of them is missing, else the handle for zc_dl_close. */
void *zc_dl_open(zc_doc *d, const char *soname, const zc_dl_sym *syms, size_t n, zc_status *s);
void zc_dl_close(void *lib);

/* DOCX input (docx.c). Whether the bytes are a ZIP archive that names [Content_Types].xml or
 * word/document.xml. */
bool zc_docx_sniff(const uint8_t *in, size_t len);
/* Reads the text of word/document.xml into the doc (zc_text_adopt). */
zc_status zc_docx_extract(zc_doc *d);

/* PDF input (pdf.c). Whether the bytes open with %PDF-. */
bool zc_pdf_sniff(const uint8_t *in, size_t len);
/* Reads the text of every page, in reading order, into the doc (zc_text_adopt) and the char
 * each page starts at into d->pages. No text at all is an error (a scanned PDF). */
zc_status zc_pdf_extract(zc_doc *d);

/* The model parts of this stage, loaded from dictdir by zc_enc_model_load (model.c). */
struct zc_charfreq;   /* detect.c: character frequency model of Chinese */
struct zc_fold;       /* fold.c: matching-view tables, T→S, boilerplate patterns */
struct zc_enc_model {
    struct zc_charfreq *freq;
    struct zc_fold *fold;
    /* Converters held open, never used: while one is open glibc keeps its module loaded, so
     * that a document's own iconv_open does not load it again (a dlopen per document took the
     * loader's lock from every other thread). (iconv_t)-1 when it could not be opened. */
    iconv_t pin[2];
};
zc_status zc_enc_model_load(zc_model *m, const char *dictdir);
void zc_enc_model_free(struct zc_enc_model *em);

/* Loads the frequency model (detect.c). On failure sets the model's message. */
zc_status zc_enc_freq_load(zc_model *m, const char *dictdir, struct zc_charfreq **out);
void zc_enc_freq_free(struct zc_charfreq *f);

/* Loads the matching-view tables (fold.c). On failure sets the model's message. */
zc_status zc_enc_fold_load(zc_model *m, const char *dictdir, struct zc_fold **out);
void zc_enc_fold_free(struct zc_fold *f);

/* Builds the matching view of a decoded doc (fold.c). */
zc_status zc_enc_normalize(const zc_model *m, zc_doc *d);

#ifdef __SSE2__
#include <emmintrin.h>
#define ZC_B(x) ((char)(x))
/* True when s[0, 15) (16 bytes readable) is five three-byte chars with leads E1-EC, EE or EF:
 * valid as they are (E0 and ED may be overlong or a surrogate). Most of a Chinese text, five
 * chars a test (the detector's check, the decoder's char lengths). */
static inline bool zc_cjk_five(const uint8_t *s)
{
    const __m128i v = _mm_loadu_si128((const __m128i *)s);
    const __m128i form = _mm_setr_epi8(ZC_B(0xF0), ZC_B(0xC0), ZC_B(0xC0), ZC_B(0xF0),
                                       ZC_B(0xC0), ZC_B(0xC0), ZC_B(0xF0), ZC_B(0xC0),
                                       ZC_B(0xC0), ZC_B(0xF0), ZC_B(0xC0), ZC_B(0xC0),
                                       ZC_B(0xF0), ZC_B(0xC0), ZC_B(0xC0), 0);
    const __m128i want = _mm_setr_epi8(ZC_B(0xE0), ZC_B(0x80), ZC_B(0x80), ZC_B(0xE0),
                                       ZC_B(0x80), ZC_B(0x80), ZC_B(0xE0), ZC_B(0x80),
                                       ZC_B(0x80), ZC_B(0xE0), ZC_B(0x80), ZC_B(0x80),
                                       ZC_B(0xE0), ZC_B(0x80), ZC_B(0x80), 0);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, form), want)) != 0xFFFF)
        return false;
    // The leads' low nibbles, against 0 and D (-1 at the other bytes: never equal).
    const __m128i nib = _mm_and_si128(v, _mm_setr_epi8(0x0F, 0, 0, 0x0F, 0, 0, 0x0F, 0, 0,
                                                        0x0F, 0, 0, 0x0F, 0, 0, 0));
    const __m128i e0 = _mm_setr_epi8(0, -1, -1, 0, -1, -1, 0, -1, -1, 0, -1, -1, 0, -1, -1, -1);
    const __m128i ed = _mm_setr_epi8(0x0D, -1, -1, 0x0D, -1, -1, 0x0D, -1, -1, 0x0D, -1, -1,
                                     0x0D, -1, -1, -1);
    return !_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(nib, e0), _mm_cmpeq_epi8(nib, ed)));
}
#undef ZC_B
#endif

#endif
