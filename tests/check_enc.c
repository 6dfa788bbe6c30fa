/*
 * check_enc.c — the Check suite of the normalizer stage (src/text): one TCase per function.
 * Fixtures are in tests/data/enc (written by make_data.py there); the frequency model is read
 * from ZC_TEST_DICTDIR (the build's dicts/).
 */
#include <check.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text/text_int.h"

#define DATA ZC_TEST_SRCDIR "/tests/data/enc/"

/* The model, loaded once per TCase (tcase_add_unchecked_fixture). */
static zc_model *fx_model;
static struct zc_enc_model fx_enc;

static void model_setup(void)
{
    fx_model = calloc(1, sizeof *fx_model);
    ck_assert_ptr_nonnull(fx_model);
    zc_status s = zc_enc_freq_load(fx_model, ZC_TEST_DICTDIR, &fx_enc.freq);
    ck_assert_msg(s == ZC_OK, "cannot load the frequency model: %s", fx_model->errmsg);
}

static void model_teardown(void)
{
    zc_enc_freq_free(fx_enc.freq);
    fx_enc.freq = NULL;
    free(fx_model);
    fx_model = NULL;
}

static uint8_t *read_all(const char *path, size_t *len)
{
    char err[1200];
    uint8_t *buf;
    zc_status s = zc_read_file(path, &buf, len, err, sizeof err);
    ck_assert_msg(s == ZC_OK, "%s", err);
    return buf;
}

static uint8_t *slurp(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, DATA "%s", name);
    return read_all(path, len);
}

/* ---- zc_encoding_parse / zc_encoding_name ------------------------------------------------- */

static const struct {
    const char *label;
    zc_encoding e;
} labels[] = {
    {"UTF-8", ZC_ENC_UTF8},           {"utf8", ZC_ENC_UTF8},
    {"GBK", ZC_ENC_GB18030},          {"gb2312", ZC_ENC_GB18030},
    {"CP936", ZC_ENC_GB18030},        {"EUC-CN", ZC_ENC_GB18030},
    {"GB18030", ZC_ENC_GB18030},      {"Big5", ZC_ENC_BIG5HKSCS},
    {"BIG5-HKSCS", ZC_ENC_BIG5HKSCS}, {"big5hkscs", ZC_ENC_BIG5HKSCS},
    {"UTF16LE", ZC_ENC_UTF16LE},      {"UTF-16", ZC_ENC_UTF16LE},
    {"utf-16be", ZC_ENC_UTF16BE},     {"HZ", ZC_ENC_HZ},
    {"HZ-GB-2312", ZC_ENC_HZ},        {"latin1", ZC_ENC_UNKNOWN},
    {"", ZC_ENC_UNKNOWN},
};

START_TEST(enc_test_parse)
{
    ck_assert_int_eq(zc_encoding_parse(labels[_i].label), labels[_i].e);
    if (labels[_i].e != ZC_ENC_UNKNOWN)   // the canonical name parses back
        ck_assert_int_eq(zc_encoding_parse(zc_encoding_name(labels[_i].e)), labels[_i].e);
}
END_TEST

/* ---- zc_enc_detect ---------------------------------------------------------------------- */

static const struct {
    const char *file;
    zc_encoding e;
    const char *reason;
} detect_cases[] = {
    {"zh.utf8", ZC_ENC_UTF8, "strict-utf8"},
    {"zh.utf8-bom", ZC_ENC_UTF8, "bom"},
    {"zh.gbk", ZC_ENC_GB18030, "statistical"},
    {"zh.gb18030", ZC_ENC_GB18030, "statistical"},
    {"zh.utf16le", ZC_ENC_UTF16LE, "utf16-nulls"},
    {"zh.utf16be", ZC_ENC_UTF16BE, "utf16-nulls"},
    {"zh.utf16le-bom", ZC_ENC_UTF16LE, "bom"},
    {"zh.utf16be-bom", ZC_ENC_UTF16BE, "bom"},
    {"zh.hz", ZC_ENC_HZ, "hz-escapes"},
    {"zh-hant.utf8", ZC_ENC_UTF8, "strict-utf8"},
    {"zh-hant.big5", ZC_ENC_BIG5HKSCS, "statistical"},
    {"zh-hkscs.big5hkscs", ZC_ENC_BIG5HKSCS, "statistical"},
};

START_TEST(enc_test_detect_file)
{
    size_t len;
    uint8_t *in = slurp(detect_cases[_i].file, &len);
    zc_detection d;
    zc_enc_detect(&fx_enc, in, len, &d);
    ck_assert_msg(d.encoding == detect_cases[_i].e, "%s: got %s", detect_cases[_i].file,
                  zc_encoding_name(d.encoding));
    ck_assert_str_eq(d.reason, detect_cases[_i].reason);
    ck_assert_int_eq(d.is_text, 1);
    ck_assert(d.confidence > 0.5 && d.confidence <= 1.0);
    // Structural signals alone (no model) get these right too.
    zc_enc_detect(NULL, in, len, &d);
    ck_assert_msg(d.encoding == detect_cases[_i].e, "%s without a model: got %s",
                  detect_cases[_i].file, zc_encoding_name(d.encoding));
    free(in);
}
END_TEST

/* Short samples from the hard cases: 8 characters of GB and of Big5. */
static const struct {
    const char *text;   /* UTF-8 */
    const char *codec;  /* iconv name to encode it with */
    zc_encoding e;
} short_cases[] = {
    {"经济社会发展目标", "GBK", ZC_ENC_GB18030},
    {"國務院關於加強管理", "BIG5", ZC_ENC_BIG5HKSCS},
    {"政府工作报告全文", "GB2312", ZC_ENC_GB18030},
    {"鄧小平理論指導思想", "BIG5", ZC_ENC_BIG5HKSCS},
    {"中华人民共和国国务院", "UTF-16LE", ZC_ENC_UTF16LE},
    {"中华人民共和国国务院", "UTF-16BE", ZC_ENC_UTF16BE},
};

START_TEST(enc_test_detect_short)
{
    char buf[256];
    char *ip = (char *)short_cases[_i].text, *op = buf;
    size_t il = strlen(ip), ol = sizeof buf;
    iconv_t cd = iconv_open(short_cases[_i].codec, "UTF-8");
    ck_assert(cd != (iconv_t)-1);
    ck_assert(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
    iconv_close(cd);
    zc_detection d;
    zc_enc_detect(&fx_enc, (const uint8_t *)buf, (size_t)(op - buf), &d);
    ck_assert_msg(d.encoding == short_cases[_i].e, "%s in %s: got %s", short_cases[_i].text,
                  short_cases[_i].codec, zc_encoding_name(d.encoding));
}
END_TEST

START_TEST(enc_test_detect_empty_binary)
{
    zc_detection d;
    zc_enc_detect(&fx_enc, (const uint8_t *)"", 0, &d);
    ck_assert_int_eq(d.encoding, ZC_ENC_UTF8);
    ck_assert_str_eq(d.reason, "empty");
    ck_assert_int_eq(d.is_text, 1);

    static const uint8_t png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    zc_enc_detect(&fx_enc, png, sizeof png, &d);
    ck_assert_int_eq(d.is_text, 0);
    ck_assert_str_eq(d.reason, "binary: PNG image");

    static const uint8_t pdf[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    zc_enc_detect(&fx_enc, pdf, sizeof pdf - 1, &d);
    ck_assert_int_eq(d.is_text, 0);

    uint8_t bin[512];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof bin; i++) {   // a deterministic byte soup with NULs
        x = x * 1103515245u + 12345u;
        bin[i] = (i % 7 == 0) ? 0 : (uint8_t)(x >> 16);
    }
    zc_enc_detect(&fx_enc, bin, sizeof bin, &d);
    ck_assert_int_eq(d.is_text, 0);
    ck_assert_str_eq(d.reason, "binary: NUL bytes");
    zc_enc_detect(NULL, bin, sizeof bin, &d);
    ck_assert_int_eq(d.is_text, 0);

    zc_enc_detect(&fx_enc, (const uint8_t *)"plain ASCII text\n", 17, &d);
    ck_assert_int_eq(d.encoding, ZC_ENC_UTF8);
    ck_assert_str_eq(d.reason, "ascii");

    // ASCII with control bytes (a terminal log) is UTF-16 only if that reads as text: its
    // UTF-16BE reading (was taken) is rare Han, Yi and Hangul.
    static const char term[] = "ESC\x1b[1mbold\x1b[0m\n";
    zc_enc_detect(&fx_enc, (const uint8_t *)term, sizeof term - 1, &d);
    ck_assert_int_eq(d.encoding, ZC_ENC_UTF8);
    ck_assert_str_eq(d.reason, "ascii");
}
END_TEST

/* ---- zc_enc_decode ---------------------------------------------------------------------- */

static const struct {
    const char *file, *want;   /* input, its UTF-8 text */
    zc_encoding e;
    size_t bom;
    const char *iconv_name;    /* to decode each char's byte slice alone, or NULL */
} decode_cases[] = {
    {"zh.utf8", "zh.utf8", ZC_ENC_UTF8, 0, "UTF-8"},
    {"zh.utf8-bom", "zh.utf8", ZC_ENC_UTF8, 3, "UTF-8"},
    {"zh.gbk", "zh.utf8", ZC_ENC_GB18030, 0, "GB18030"},
    {"zh.gb18030", "zh.gb18030.utf8", ZC_ENC_GB18030, 0, "GB18030"},
    {"zh.utf16le", "zh.utf8", ZC_ENC_UTF16LE, 0, "UTF-16LE"},
    {"zh.utf16be", "zh.utf8", ZC_ENC_UTF16BE, 0, "UTF-16BE"},
    {"zh.utf16le-bom", "zh.utf8", ZC_ENC_UTF16LE, 2, "UTF-16LE"},
    {"zh.utf16be-bom", "zh.utf8", ZC_ENC_UTF16BE, 2, "UTF-16BE"},
    {"zh.hz", "zh.utf8", ZC_ENC_HZ, 0, NULL},
    {"zh-hant.big5", "zh-hant.utf8", ZC_ENC_BIG5HKSCS, 0, "BIG5-HKSCS"},
    {"zh-hkscs.big5hkscs", "zh-hkscs.utf8", ZC_ENC_BIG5HKSCS, 0, "BIG5-HKSCS"},
};

START_TEST(enc_test_decode_file)
{
    size_t len, wlen;
    uint8_t *in = slurp(decode_cases[_i].file, &len);
    uint8_t *want = slurp(decode_cases[_i].want, &wlen);
    zc_decoded dd;
    long long off;
    char msg[256];
    zc_status s = zc_enc_decode(decode_cases[_i].e, in, len, false, &dd, &off, msg, sizeof msg);
    ck_assert_msg(s == ZC_OK, "%s: %s at %lld", decode_cases[_i].file, msg, off);
    ck_assert_uint_eq(dd.bom, decode_cases[_i].bom);
    ck_assert_uint_eq(dd.nreplaced, 0);
    if (decode_cases[_i].e == ZC_ENC_UTF8)
        ck_assert_ptr_null(dd.text);   // aliases the input
    const char *text = dd.text ? dd.text : (const char *)in + dd.bom;
    ck_assert_uint_eq(dd.len, wlen);
    ck_assert(memcmp(text, want, wlen) == 0);

    // One clen per code point, adding up to the input minus the BOM; each char's bytes,
    // decoded alone, give back that char.
    size_t sum = 0, pos = dd.bom, tpos = 0;
    iconv_t cd = decode_cases[_i].iconv_name ? iconv_open("UTF-8", decode_cases[_i].iconv_name)
                                             : (iconv_t)-1;
    for (size_t k = 0; k < dd.nchars; k++) {
        size_t t0 = tpos;
        ck_assert(zc_utf8_next((const uint8_t *)text, dd.len, &tpos) >= 0);
        if (cd != (iconv_t)-1 && dd.clen[k] > 0) {
            char buf[16];
            char *ip = (char *)in + pos, *op = buf;
            size_t il = dd.clen[k], ol = sizeof buf;
            ck_assert(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
            ck_assert_uint_eq(il, 0);
            ck_assert(memcmp(buf, text + t0, tpos - t0) == 0);
        }
        pos += dd.clen[k];
        sum += dd.clen[k];
    }
    if (cd != (iconv_t)-1)
        iconv_close(cd);
    ck_assert_uint_eq(tpos, dd.len);
    ck_assert_uint_eq(sum, len - dd.bom);
    if (decode_cases[_i].e == ZC_ENC_HZ)
        ck_assert_uint_eq(dd.clen[0], 4);   // "~{" goes with the first char
    zc_decoded_free(&dd);
    free(in);
    free(want);
}
END_TEST

/* Bad input: bytes, encoding, strict offset and message, lossy replacements. */
static const struct {
    const char *in;
    size_t len;
    zc_encoding e;
    long long off;        /* strict: offset of the error */
    const char *msg;      /* strict: message */
    size_t nrep;          /* lossy: replacements */
    const char *lossy;    /* lossy: text */
} bad_cases[] = {
    {"\xb9\xfa\xff\xbc\xd2", 5, ZC_ENC_GB18030, 2, "invalid GB18030 sequence", 1, "国\uFFFD家"},
    {"\xb9\xfa\xbc", 3, ZC_ENC_GB18030, 2, "truncated GB18030 sequence at end of input", 1,
     "国\uFFFD"},
    {"ab\x80\xb9\xfa\x80", 6, ZC_ENC_GB18030, 2, "invalid GB18030 sequence", 2,
     "ab\uFFFD国\uFFFD"},
    {"\xb0\xea\xff\xb0\xea", 5, ZC_ENC_BIG5HKSCS, 2, "invalid Big5-HKSCS sequence", 1,
     "國\uFFFD國"},
    {"\xb0\xea\xb0", 3, ZC_ENC_BIG5HKSCS, 2, "truncated Big5-HKSCS sequence at end of input", 1,
     "國\uFFFD"},
    {"\xe4\xb8\xad\xc0\xe6\x96\x87", 7, ZC_ENC_UTF8, 3, "invalid UTF-8 sequence", 1,
     "中\uFFFD文"},
    {"\xe4\xb8\xad\xe6\x96", 5, ZC_ENC_UTF8, 3, "truncated UTF-8 sequence at end of input", 1,
     "中\uFFFD"},
    {"\x2d\x4e\x87", 3, ZC_ENC_UTF16LE, 2, "truncated UTF-16 sequence at end of input", 1,
     "中\uFFFD"},
    {"\x2d\x4e\x00\xdc\x87\x65", 6, ZC_ENC_UTF16LE, 2,
     "invalid UTF-16 sequence (unpaired surrogate)", 1, "中\uFFFD文"},
    {"\x4e\x2d\xd8\x00", 4, ZC_ENC_UTF16BE, 2, "truncated UTF-16 sequence at end of input", 1,
     "中\uFFFD"},
    {"~{9z\x01\x02~}", 8, ZC_ENC_HZ, 4, "invalid HZ-GB-2312 sequence", 1, NULL},
};

START_TEST(enc_test_decode_bad)
{
    const uint8_t *in = (const uint8_t *)bad_cases[_i].in;
    size_t len = bad_cases[_i].len;
    zc_decoded dd;
    long long off = 0;
    char msg[256];
    zc_status s = zc_enc_decode(bad_cases[_i].e, in, len, false, &dd, &off, msg, sizeof msg);
    ck_assert_int_eq(s, ZC_EENCODING);
    ck_assert_int_eq(off, bad_cases[_i].off);
    ck_assert_str_eq(msg, bad_cases[_i].msg);
    ck_assert_ptr_null(dd.text);
    ck_assert_ptr_null(dd.clen);

    s = zc_enc_decode(bad_cases[_i].e, in, len, true, &dd, &off, msg, sizeof msg);
    ck_assert_msg(s == ZC_OK, "lossy: %s", msg);
    ck_assert_uint_eq(dd.nreplaced, bad_cases[_i].nrep);
    ck_assert_ptr_nonnull(dd.text);
    if (bad_cases[_i].lossy) {
        ck_assert_uint_eq(dd.len, strlen(bad_cases[_i].lossy));
        ck_assert_str_eq(dd.text, bad_cases[_i].lossy);
    }
    size_t sum = 0;
    for (size_t k = 0; k < dd.nchars; k++)
        sum += dd.clen[k];
    ck_assert_uint_eq(sum, len);
    zc_decoded_free(&dd);
}
END_TEST

START_TEST(enc_test_decode_special)
{
    zc_decoded dd;
    long long off;
    char msg[256];
    // Empty input, every encoding.
    for (int e = ZC_ENC_UTF8; e <= ZC_ENC_HZ; e++) {
        ck_assert_int_eq(zc_enc_decode((zc_encoding)e, (const uint8_t *)"", 0, false, &dd, &off,
                                       msg, sizeof msg),
                         ZC_OK);
        ck_assert_uint_eq(dd.len, 0);
        ck_assert_uint_eq(dd.nchars, 0);
        zc_decoded_free(&dd);
    }
    // A Big5-HKSCS sequence that decodes to two code points: Ê + combining macron.
    ck_assert_int_eq(zc_enc_decode(ZC_ENC_BIG5HKSCS, (const uint8_t *)"a\x88\x62z", 4, false, &dd,
                                   &off, msg, sizeof msg),
                     ZC_OK);
    ck_assert_str_eq(dd.text, "a\u00CA\u0304z");
    ck_assert_uint_eq(dd.nchars, 4);
    ck_assert_uint_eq(dd.clen[1], 2);
    ck_assert_uint_eq(dd.clen[2], 0);
    zc_decoded_free(&dd);
    // The GB18030 BOM is skipped like the others.
    ck_assert_int_eq(zc_enc_decode(ZC_ENC_GB18030, (const uint8_t *)"\x84\x31\x95\x33\xd6\xd0", 6,
                                   false, &dd, &off, msg, sizeof msg),
                     ZC_OK);
    ck_assert_uint_eq(dd.bom, 4);
    ck_assert_str_eq(dd.text, "中");
    zc_decoded_free(&dd);
    // HZ may leave GB mode and enter it again at once (~}~{), or hold an empty GB segment.
    static const char *const hz[] = {"~{VP9z~}~{HK~}", "~{VP9z~}~{~}~{HK~}"};
    for (size_t k = 0; k < ZC_NELEM(hz); k++) {
        zc_status s = zc_enc_decode(ZC_ENC_HZ, (const uint8_t *)hz[k], strlen(hz[k]), false, &dd,
                                    &off, msg, sizeof msg);
        ck_assert_msg(s == ZC_OK, "%s: %s at %lld", hz[k], msg, off);
        ck_assert_str_eq(dd.text, "中国人");
        ck_assert_uint_eq(dd.clen[0] + dd.clen[1] + dd.clen[2], strlen(hz[k]));
        zc_decoded_free(&dd);
    }
    // An unknown label fails cleanly.
    ck_assert_int_eq(zc_enc_decode(ZC_ENC_UNKNOWN, (const uint8_t *)"x", 1, false, &dd, &off, msg,
                                   sizeof msg),
                     ZC_EENCODING);
    // A large GB18030 input crosses several conversion chunks; its map stays exact.
    size_t n = 300000;
    uint8_t *big = malloc(n * 2 + 1);
    ck_assert_ptr_nonnull(big);
    for (size_t i = 0; i < n; i++)
        memcpy(big + 2 * i, i % 50 == 49 ? "\n\n" : "\xd6\xd0", 2);
    big[2 * n] = 0x81;   // truncated at the very end
    ck_assert_int_eq(zc_enc_decode(ZC_ENC_GB18030, big, 2 * n + 1, false, &dd, &off, msg,
                                   sizeof msg),
                     ZC_EENCODING);
    ck_assert_int_eq(off, (long long)(2 * n));
    ck_assert_int_eq(zc_enc_decode(ZC_ENC_GB18030, big, 2 * n, false, &dd, &off, msg, sizeof msg),
                     ZC_OK);
    size_t sum = 0;
    for (size_t k = 0; k < dd.nchars; k++)
        sum += dd.clen[k];
    ck_assert_uint_eq(sum, 2 * n);
    ck_assert_uint_eq(dd.nchars, n / 50 * 49 + n / 50 * 2);
    zc_decoded_free(&dd);
    free(big);
}
END_TEST

/* ---- zc_enc_freq_load --------------------------------------------------------------------- */

START_TEST(enc_test_freq_load)
{
    zc_model *m = calloc(1, sizeof *m);
    struct zc_charfreq *f = (struct zc_charfreq *)1;
    ck_assert_int_eq(zc_enc_freq_load(m, "/nonexistent", &f), ZC_EIO);
    ck_assert_ptr_null(f);
    ck_assert_msg(strstr(m->errmsg, "/nonexistent/charfreq.zcd") != NULL, "%s", m->errmsg);
    // A file that is not an image.
    char dir[] = "/tmp/zc_check_enc_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/charfreq.zcd", dir);
    FILE *fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    fputs("not an image at all, but long enough to hold a header\n", fp);
    fclose(fp);
    ck_assert_int_eq(zc_enc_freq_load(m, dir, &f), ZC_EFORMAT);
    ck_assert_ptr_null(f);
    ck_assert_msg(strstr(m->errmsg, "bad magic") != NULL, "%s", m->errmsg);
    remove(path);
    rmdir(dir);
    ck_assert_int_eq(zc_enc_freq_load(m, ZC_TEST_DICTDIR, &f), ZC_OK);
    zc_enc_freq_free(f);
    zc_enc_freq_free(NULL);
    free(m);
}
END_TEST


/* ---- the matching view (fold.c) and its offset map (offmap.c) ------------------------- */

static zc_model *fx_full;

static void full_setup(void)
{
    char err[4096];
    zc_status s = zc_model_open(ZC_TEST_DICTDIR, &fx_full, err, sizeof err);
    ck_assert_msg(s == ZC_OK, "model: %s", err);
}

static void full_teardown(void)
{
    zc_model_close(fx_full);
    fx_full = NULL;
}

/* Normalizes `in` (UTF-8) with `flags` ("t" t2s, "k" keep boilerplate) into a new doc. */
static zc_doc *view_of(const char *in, const char *flags)
{
    zc_options o;
    zc_options_init(&o);
    o.from = ZC_ENC_UTF8;   // short inputs are ambiguous; detection has its own cases
    o.t2s = strchr(flags, 't') != NULL;
    o.keep_boilerplate = strchr(flags, 'k') != NULL;
    zc_doc *d = NULL;
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", &o, &d), ZC_OK);
    ck_assert_msg(zc_normalize(fx_full, d) == ZC_OK, "%s", zc_doc_errmsg(d));
    return d;
}

static const struct {
    const char *in, *flags, *want;
} view_cases[] = {
    {"\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x85", "", "12%"},            // fullwidth digits
    {"\xEF\xBC\xA1\xEF\xBD\x82\xEF\xBC\x8C", "", "Ab,"},            // letters, comma
    {"\xE3\x80\x80\xE5\x8E\xBF\xC2\xA0\xE5\xB1\x80", "", " \xE5\x8E\xBF \xE5\xB1\x80"},
    {"a\xE2\x80\x8B" "b\xE2\x80\x8D" "c\xEF\xBB\xBF", "", "abc"},           // zero-width
    {"a\x07" "b\x1B\x7F", "", "ab"},                                       // controls
    {"a\r\nb\rc\n", "", "a\nb\nc\n"},                                // CRLF, lone CR
    {"e\xCC\x81", "", "\xC3\xA9"},                                       // composed
    {"\xE2\x80\xA6", "", "..."},                                          // … expands
    {"\xE2\x91\xA0\xE3\x88\xA0", "", "\xE2\x91\xA0\xE3\x88\xA0"},   // ① ㈠ stay
    {"\xE9\x86\xAB\xE5\xAD\xB8", "t", "\xE5\x8C\xBB\xE5\xAD\xA6"},  // 醫學 → 医学
    {"\xE9\x86\xAB\xE5\xAD\xB8", "", "\xE9\x86\xAB\xE5\xAD\xB8"},   // kept without --t2s
    {"\xE6\x96\x87>\xE8\x8C\x83\xE6\x96\x87>\xE8\xAE\xB2\n\xE6\xAD\xA3\xE6\x96\x87\n", "",
     "\xE6\xAD\xA3\xE6\x96\x87\n"},                                     // breadcrumb out
    {"\xE6\x96\x87>\xE8\x8C\x83\xE6\x96\x87>\xE8\xAE\xB2\n", "k",
     "\xE6\x96\x87>\xE8\x8C\x83\xE6\x96\x87>\xE8\xAE\xB2\n"},       // kept with -k
    {"\xE8\xBE\xBE" "4 9 2 5 0 \xE4\xB8\x87\xE5\x90\xA8", "",
     "\xE8\xBE\xBE" "49250\xE4\xB8\x87\xE5\x90\xA8"},          // 达4 9 2 5 0 万吨: joined
    {"\xE9\x95\xBF" "1 0 \xEF\xBC\x8E" "0 6 \xEF\xBC\x85", "",
     "\xE9\x95\xBF" "10.06%"},                                        // 长1 0 ．0 6 ％
    {"\xE5\x9B\xBE" "1 2 3\n", "", "\xE5\x9B\xBE" "1 2 3\n"},   // 图1 2 3: no word after
    {"\xE3\x80\x82" "3.2 \xE7\x94\xB1", "", "\xE3\x80\x82" "3.2 \xE7\x94\xB1"}, // no space in
    {"G20 2016 \xE5\xB9\xB4", "", "G20 2016 \xE5\xB9\xB4"},         // Latin before
    {"01-03 1 1:54", "", "01-03 1 1:54"},
    {"", "", ""},
};

START_TEST(enc_test_view)
{
    zc_doc *d = view_of(view_cases[_i].in, view_cases[_i].flags);
    size_t len;
    const char *v = zc_doc_normalized(d, &len);
    ck_assert_uint_eq(len, strlen(view_cases[_i].want));
    ck_assert_mem_eq(v, view_cases[_i].want, len);
    zc_doc_free(d);
}
END_TEST

/* Original char and byte spans of every view char: "cs-ce/bs-be ..." */
static const struct {
    const char *in, *want;
} map_cases[] = {
    {"\xEF\xBC\x91\xE5\x8E\xBF", "0-1/0-3 1-2/3-6"},                   // １县: 1:1
    {"a\r\nb", "0-1/0-1 2-3/2-3 3-4/3-4"},                                  // CR removed
    {"\xE2\x80\xA6x", "0-1/0-3 0-1/0-3 0-1/0-3 1-2/3-4"},                  // … → ... (1 → 3)
    {"e\xCC\x81x", "0-2/0-3 2-3/3-4"},                                      // é (2 → 1)
    {"\xEF\xBB\xBF" "ab", "0-1/3-4 1-2/4-5"},                                 // BOM: not a char
    {"a\xE2\x80\x8B" "b", "0-1/0-1 2-3/4-5"},                                 // ZWSP removed
    {"\xE8\xBE\xBE" "4 9 \xE4\xB8\x87", "0-1/0-3 1-2/3-4 3-4/5-6 5-6/7-10"},  // 达4 9 万
};

START_TEST(enc_test_offsets)
{
    zc_doc *d = view_of(map_cases[_i].in, "");
    size_t len;
    const char *v = zc_doc_normalized(d, &len);
    char got[512] = "";
    for (size_t i = 0; i < len;) {
        size_t n = 1;
        while (i + n < len && ((unsigned char)v[i + n] & 0xC0) == 0x80)
            n++;
        zc_origin o;
        zc_doc_origin(d, i, i + n, &o);
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s%zu-%zu/%zu-%zu",
                 i ? " " : "", o.char_start, o.char_end, o.byte_start, o.byte_end);
        i += n;
    }
    ck_assert_str_eq(got, map_cases[_i].want);
    zc_doc_free(d);
}
END_TEST

/* A span over several view chars maps to the union of their originals, and the original
 * text behind it is the decoded slice. */
START_TEST(enc_test_origin_text)
{
    const char *in = "\xE8\xBE\xBE\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x85\xE3\x80\x82";
    zc_doc *d = view_of(in, "");   // 达１００％。 → view 达100%。
    size_t len;
    const char *t = zc_doc_original(d, 3, 7, &len);   // view "100%"
    ck_assert_uint_eq(len, 12);
    ck_assert_mem_eq(t, in + 3, 12);
    zc_origin o;
    zc_doc_origin(d, 0, 7, &o);
    ck_assert_uint_eq(o.char_start, 0);
    ck_assert_uint_eq(o.char_end, 5);
    ck_assert_uint_eq(o.byte_end, 15);
    zc_doc_free(d);
}
END_TEST

/* ---- HTML pages (html.c) --------------------------------------------------------------------- */

static const struct {
    const char *in;
    bool html;
    zc_encoding meta;
} sniff_cases[] = {
    {"<!DOCTYPE html><p>x", true, ZC_ENC_UNKNOWN},
    {"\xEF\xBB\xBF \r\n<HTML lang=zh>", true, ZC_ENC_UNKNOWN},
    {"  <body>", true, ZC_ENC_UNKNOWN},
    {"<meta charset=\"gb2312\"><p>", true, ZC_ENC_GB18030},
    {"<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">", true,
     ZC_ENC_GB18030},
    {"<html><meta charset='utf-8'>", true, ZC_ENC_UTF8},
    {"<html><meta charset=latin1>", true, ZC_ENC_UNKNOWN},
    {"一、<html>标签的写法", false, ZC_ENC_UNKNOWN},
    {"<p>达到85%</p>", false, ZC_ENC_UNKNOWN},
    {"<htm", false, ZC_ENC_UNKNOWN},
};

START_TEST(enc_test_html_sniff)
{
    const char *in = sniff_cases[_i].in;
    ck_assert_int_eq(zc_html_sniff((const uint8_t *)in, strlen(in)), sniff_cases[_i].html);
    ck_assert_int_eq(zc_html_meta_charset((const uint8_t *)in, strlen(in)),
                     sniff_cases[_i].meta);
}
END_TEST

/* Each char of the extracted text maps to the bytes of its source: a text char to its own
 * bytes, an entity to all of its bytes, a line break for markup to none; a span across a
 * tag slices the markup in between. */
START_TEST(enc_test_html_spans)
{
    const char *in = "<html><body><p>达到<span>85%</span>以上</p><p>A&amp;B</p>";
    zc_options o;
    zc_options_init(&o);
    zc_doc *d;
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", &o, &d), ZC_OK);
    ck_assert_int_eq(zc_decode(NULL, d), ZC_OK);
    size_t len;
    ck_assert_str_eq(zc_doc_decoded(d, &len), "达到85%以上\nA&B\n");
    static const size_t want[][2] = {{15, 18}, {18, 21}, {27, 28}, {28, 29}, {29, 30},
                                     {37, 40}, {40, 43}, {43, 43}, {50, 51}, {51, 56},
                                     {56, 57}, {57, 57}};
    for (size_t i = 0; i < ZC_NELEM(want); i++) {
        ck_assert_uint_eq(zc_srcmap_byte(&d->src, i), want[i][0]);
        ck_assert_uint_eq(zc_srcmap_end(&d->src, i + 1), want[i][1]);
    }
    zc_doc_free(d);
    // Read as text, the page keeps its markup and a contiguous map.
    o.input_format = ZC_INPUT_TEXT;
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", &o, &d), ZC_OK);
    ck_assert_int_eq(zc_decode(NULL, d), ZC_OK);
    ck_assert_str_eq(zc_doc_decoded(d, &len), in);
    ck_assert_uint_eq(zc_srcmap_end(&d->src, 16), 18);
    zc_doc_free(d);
}
END_TEST

/* The encoding a page declares is the one it is read in, unless the caller forces one. */
START_TEST(enc_test_html_meta)
{
    const char *in = "<meta charset=gbk><p>\xd6\xd0\xce\xc4</p>";   // 中文 in GBK
    zc_options o;
    zc_options_init(&o);
    zc_doc *d;
    size_t len;
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", &o, &d), ZC_OK);
    ck_assert_int_eq(zc_decode(NULL, d), ZC_OK);
    ck_assert_str_eq(zc_doc_detection(d)->reason, "html-meta");
    ck_assert_str_eq(zc_doc_decoded(d, &len), "中文\n");
    ck_assert_uint_eq(zc_srcmap_byte(&d->src, 1), 23);
    zc_doc_free(d);
    o.from = ZC_ENC_UTF8;   // forced: the GBK bytes are not UTF-8
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", &o, &d), ZC_OK);
    ck_assert_int_eq(zc_decode(NULL, d), ZC_EENCODING);
    ck_assert_int_eq(zc_doc_erroffset(d), 21);
    zc_doc_free(d);
}
END_TEST

/* ---- DOCX and PDF input (docx.c, pdf.c, extracted.c) ------------------------------------- */

#define FORMATS ZC_TEST_SRCDIR "/tests/data/formats/"

/* Reads `name` of tests/data/formats as `f` within `max_bytes`; returns the doc and its status. */
static zc_doc *read_format(const char *name, zc_input_format f, size_t max_bytes, zc_status *s)
{
    char path[4096];
    snprintf(path, sizeof path, FORMATS "%s", name);
    size_t len;
    uint8_t *buf = read_all(path, &len);
    zc_options o;
    zc_options_init(&o);
    o.input_format = f;
    o.max_bytes = max_bytes;
    zc_doc *d;
    ck_assert_int_eq(zc_doc_new(buf, len, name, &o, &d), ZC_OK);
    free(buf);
    *s = zc_decode(NULL, d);
    return d;
}

/* The names of the formats, both ways. */
START_TEST(enc_test_format_names)
{
    for (int f = ZC_INPUT_AUTO; f <= ZC_INPUT_PDF; f++)
        ck_assert_int_eq(zc_input_format_parse(zc_input_format_name((zc_input_format)f)), f);
    ck_assert_str_eq(zc_input_format_name(ZC_INPUT_DOCX), "docx");
    ck_assert_ptr_null(zc_input_format_name((zc_input_format)99));
    ck_assert_int_eq(zc_input_format_parse("odt"), -1);
    ck_assert_int_eq(zc_input_format_parse(NULL), -1);
}
END_TEST

/* A DOCX (found by content or forced) is the text of notice.txt, its own original: a char's
 * bytes are its UTF-8 bytes from 0. Read as text it is binary; over the limit, an error. */
START_TEST(enc_test_docx)
{
    size_t tlen, len;
    char *want = (char *)read_all(FORMATS "notice.txt", &tlen);
    for (int f = ZC_INPUT_AUTO; f <= ZC_INPUT_DOCX; f += ZC_INPUT_DOCX) {
        zc_status s;
        zc_doc *d = read_format("notice.docx", (zc_input_format)f, 0, &s);
        ck_assert_msg(s == ZC_OK, "%s", zc_doc_errmsg(d));
        ck_assert_int_eq(zc_doc_input_format(d), ZC_INPUT_DOCX);
        const char *text = zc_doc_decoded(d, &len);
        ck_assert_uint_eq(len, tlen);
        ck_assert_mem_eq(text, want, len);
        ck_assert_uint_eq(zc_srcmap_byte(&d->src, d->src.nchars), len);
        ck_assert_uint_eq(zc_srcmap_byte(&d->src, 2), 6);   // 关于: 3 bytes each
        ck_assert_uint_eq(zc_doc_page(d, 0), 0);
        zc_doc_free(d);
    }
    zc_status s;
    zc_doc *d = read_format("notice.docx", ZC_INPUT_TEXT, 0, &s);
    ck_assert_int_eq(s, ZC_ENOTTEXT);
    zc_doc_free(d);
    d = read_format("notice.docx", ZC_INPUT_AUTO, 2500, &s);   // the XML is larger
    ck_assert_int_eq(s, ZC_ELIMIT);
    ck_assert_ptr_nonnull(strstr(zc_doc_errmsg(d), "size limit"));
    zc_doc_free(d);
    d = read_format("notice.pdf", ZC_INPUT_DOCX, 0, &s);
    ck_assert_int_eq(s, ZC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(zc_doc_errmsg(d), "not a DOCX document"));
    zc_doc_free(d);
    free(want);
}
END_TEST

/* A PDF: two pages, each char on its page; text and HTML have none. */
START_TEST(enc_test_pdf)
{
    zc_status s;
    zc_doc *d = read_format("notice.pdf", ZC_INPUT_AUTO, 0, &s);
    ck_assert_msg(s == ZC_OK, "%s", zc_doc_errmsg(d));
    ck_assert_int_eq(zc_doc_input_format(d), ZC_INPUT_PDF);
    ck_assert_uint_eq(d->npages, 2);
    size_t len, p2 = d->pages[1];
    const char *text = zc_doc_decoded(d, &len);
    size_t b2 = zc_srcmap_byte(&d->src, p2);
    ck_assert_msg(!strncmp(text + b2, "三、主要指标", strlen("三、主要指标")), "%s", text + b2);
    ck_assert_uint_eq(zc_doc_page(d, 0), 1);
    ck_assert_uint_eq(zc_doc_page(d, p2 - 1), 1);
    ck_assert_uint_eq(zc_doc_page(d, p2), 2);
    ck_assert_uint_eq(zc_doc_page(d, (size_t)-1), 2);
    zc_doc_free(d);
    d = read_format("notice.txt", ZC_INPUT_PDF, 0, &s);
    ck_assert_int_eq(s, ZC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(zc_doc_errmsg(d), "damaged PDF"));
    zc_doc_free(d);
    d = read_format("notice.html", ZC_INPUT_AUTO, 0, &s);
    ck_assert_int_eq(s, ZC_OK);
    ck_assert_int_eq(zc_doc_input_format(d), ZC_INPUT_HTML);
    ck_assert_uint_eq(zc_doc_page(d, 0), 0);
    zc_doc_free(d);
}
END_TEST

/* ---- damaged and doubtful input, detected and decoded (zc_decode) ---------------------------- */

/* A damaged file is read in its own encoding, with an error at the damaged byte (lossy: one
 * U+FFFD there); bytes that no encoding reads as Chinese text are refused, lossy or not,
 * naming the first bad byte of the best guess when it has one. */
static const struct {
    const char *in;
    size_t len;
    zc_encoding e;       /* detected */
    int doubtful;
    long long off;       /* strict: offset of the error (-1: none) */
    const char *msg;     /* strict: part of the message */
    const char *lossy;   /* lossy: the text, or NULL when refused as well */
} damaged_cases[] = {
    // UTF-8 各乡镇要按时上报。 cut inside its last char (a truncated download; was GB18030)
    {"\xe5\x90\x84\xe4\xb9\xa1\xe9\x95\x87\xe8\xa6\x81\xe6\x8c\x89\xe6\x97\xb6\xe4\xb8\x8a"
     "\xe6\x8a\xa5\xe3\x80", 26, ZC_ENC_UTF8, 0, 24, "truncated UTF-8 sequence",
     "各乡镇要按时上报\uFFFD"},
    // the same, whole, with a stray 0xFF after 各乡镇要 (was UTF-16LE)
    {"\xe5\x90\x84\xe4\xb9\xa1\xe9\x95\x87\xe8\xa6\x81\xff\xe6\x8c\x89\xe6\x97\xb6\xe4\xb8"
     "\x8a\xe6\x8a\xa5\xe3\x80\x82", 28, ZC_ENC_UTF8, 0, 12, "invalid UTF-8 sequence",
     "各乡镇要\uFFFD按时上报。"},
    // 中文中 cut inside its last char: 4 valid GB18030 chars of mojibake lose to it (was GB18030)
    {"\xe4\xb8\xad\xe6\x96\x87\xe4\xb8", 8, ZC_ENC_UTF8, 0, 6, "truncated UTF-8 sequence",
     "中文\uFFFD"},
    // ASCII with one stray byte: not UTF-16LE CJK soup (was)
    {"Total: 12 units\xff, done.\n", 24, ZC_ENC_UTF8, 0, 15, "invalid UTF-8 sequence",
     "Total: 12 units\uFFFD, done.\n"},
    // GBK 中文, two bad bytes, 中: not UTF-16LE Hangul (was), doubtful, refused at byte 4
    {"\xd6\xd0\xce\xc4\xff\xfe\xd6\xd0", 8, ZC_ENC_GB18030, 1, 4, "invalid GB18030 sequence",
     NULL},
    // GBK 各乡镇要按时上报。 cut inside its last char
    {"\xb8\xf7\xcf\xe7\xd5\xf2\xd2\xaa\xb0\xb4\xca\xb1\xc9\xcf\xb1\xa8\xa1", 17,
     ZC_ENC_GB18030, 0, 16, "truncated GB18030 sequence", "各乡镇要按时上报\uFFFD"},
    // UTF-16LE of 1. 各乡镇要按时上报。 (zero bytes) cut inside its last char: was "binary"
    {"\x31\x00\x2e\x00\x20\x00\x04\x54\x61\x4e\x47\x95\x81\x89\x09\x63\xf6\x65\x0a\x4e"
     "\xa5\x62\x02", 23, ZC_ENC_UTF16LE, 0, 22, "truncated UTF-16 sequence",
     "1. 各乡镇要按时上报\uFFFD"},
    // HZ with a stray byte: not UTF-8 whose lossy text keeps the escapes (was GB18030)
    {"~{VP9z~}abc\xff~{HK~}\n", 19, ZC_ENC_HZ, 0, 11, "invalid HZ-GB-2312 sequence",
     "中国abc\uFFFD人\n"},
    // UTF-16LE of 中华人民共和国国务院, no zero byte, cut inside its last char (was Big5-HKSCS)
    {"\x2d\x4e\x4e\x53\xba\x4e\x11\x6c\x71\x51\x8c\x54\xfd\x56\xfd\x56\xa1\x52\x62", 19,
     ZC_ENC_UTF16LE, 0, 18, "truncated UTF-16 sequence", "中华人民共和国国务\uFFFD"},
};

#ifdef __SSE2__
/* zc_cjk_five takes five three-byte chars with leads E1-EC, EE, EF only: any other lead
 * (E0, ED: maybe overlong or a surrogate; an ASCII byte; a four-byte char) or a bad
 * continuation byte at any of the 15 bytes leaves the char to the full check. */
START_TEST(enc_test_cjk_five)
{
    // 各乡镇要按 and one byte more (16 readable)
    uint8_t ok[16] = {0xe5, 0x90, 0x84, 0xe4, 0xb9, 0xa1, 0xe9, 0x95, 0x87,
                      0xe8, 0xa6, 0x81, 0xe6, 0x8c, 0x89, 0x41};
    ck_assert(zc_cjk_five(ok));
    ok[15] = 0xff;   // the 16th byte is not read as part of them
    ck_assert(zc_cjk_five(ok));
    static const uint8_t leads[] = {0xe0, 0xed, 0x41, 0xf0, 0xc3, 0x80};
    for (size_t k = 0; k < 5; k++) {
        for (size_t j = 0; j < ZC_NELEM(leads); j++) {
            uint8_t b[16];
            memcpy(b, ok, sizeof b);
            b[3 * k] = leads[j];
            ck_assert_msg(!zc_cjk_five(b), "char %zu lead %02x", k, leads[j]);
        }
        for (size_t c = 1; c < 3; c++) {
            uint8_t b[16];
            memcpy(b, ok, sizeof b);
            b[3 * k + c] = 0x41;
            ck_assert_msg(!zc_cjk_five(b), "char %zu byte %zu", k, c);
            b[3 * k + c] = 0xc0;
            ck_assert_msg(!zc_cjk_five(b), "char %zu byte %zu", k, c);
        }
    }
}
END_TEST
#endif

START_TEST(enc_test_damaged)
{
    zc_options o;
    zc_options_init(&o);
    zc_doc *d = NULL;
    ck_assert_int_eq(zc_doc_new(damaged_cases[_i].in, damaged_cases[_i].len, "t", &o, &d), ZC_OK);
    zc_status s = zc_decode(fx_full, d);
    const zc_detection *det = zc_doc_detection(d);
    ck_assert_msg(det->encoding == damaged_cases[_i].e, "case %d: detected %s (%s)", _i,
                  zc_encoding_name(det->encoding), det->reason);
    ck_assert_int_eq(det->doubtful, damaged_cases[_i].doubtful);
    ck_assert_int_eq(s, ZC_EENCODING);
    ck_assert_int_eq(zc_doc_erroffset(d), damaged_cases[_i].off);
    ck_assert_msg(strstr(zc_doc_errmsg(d), damaged_cases[_i].msg), "case %d: %s", _i,
                  zc_doc_errmsg(d));
    zc_doc_free(d);

    o.lossy = 1;
    ck_assert_int_eq(zc_doc_new(damaged_cases[_i].in, damaged_cases[_i].len, "t", &o, &d), ZC_OK);
    s = zc_decode(fx_full, d);
    if (!damaged_cases[_i].lossy) {
        ck_assert_int_eq(s, ZC_EENCODING);
        ck_assert_int_eq(zc_doc_erroffset(d), damaged_cases[_i].off);
    } else {
        ck_assert_msg(s == ZC_OK, "case %d lossy: %s", _i, zc_doc_errmsg(d));
        size_t len;
        const char *text = zc_doc_decoded(d, &len);
        ck_assert_uint_eq(len, strlen(damaged_cases[_i].lossy));
        ck_assert_mem_eq(text, damaged_cases[_i].lossy, len);
        ck_assert_uint_eq(zc_doc_nreplaced(d), 1);
        ck_assert_int_eq(zc_doc_replaced_offset(d), damaged_cases[_i].off);
    }
    zc_doc_free(d);
}
END_TEST

static Suite *enc_suite(void)
{
    Suite *s = suite_create("enc");
    TCase *tc = tcase_create("encoding_parse");
    tcase_add_loop_test(tc, enc_test_parse, 0, ZC_NELEM(labels));
    suite_add_tcase(s, tc);

    tc = tcase_create("enc_detect");
    tcase_add_unchecked_fixture(tc, model_setup, model_teardown);
    tcase_add_loop_test(tc, enc_test_detect_file, 0, ZC_NELEM(detect_cases));
    tcase_add_loop_test(tc, enc_test_detect_short, 0, ZC_NELEM(short_cases));
    tcase_add_test(tc, enc_test_detect_empty_binary);
    suite_add_tcase(s, tc);

    tc = tcase_create("enc_decode");
    tcase_add_loop_test(tc, enc_test_decode_file, 0, ZC_NELEM(decode_cases));
    tcase_add_loop_test(tc, enc_test_decode_bad, 0, ZC_NELEM(bad_cases));
    tcase_add_test(tc, enc_test_decode_special);
    suite_add_tcase(s, tc);

    tc = tcase_create("enc_freq_load");
    tcase_add_test(tc, enc_test_freq_load);
    suite_add_tcase(s, tc);

    tc = tcase_create("enc_normalize");
    tcase_add_unchecked_fixture(tc, full_setup, full_teardown);
    tcase_add_loop_test(tc, enc_test_view, 0, ZC_NELEM(view_cases));
    tcase_add_loop_test(tc, enc_test_offsets, 0, ZC_NELEM(map_cases));
    tcase_add_test(tc, enc_test_origin_text);
    suite_add_tcase(s, tc);

    tc = tcase_create("enc_html");
    tcase_add_loop_test(tc, enc_test_html_sniff, 0, ZC_NELEM(sniff_cases));
    tcase_add_test(tc, enc_test_html_spans);
    tcase_add_test(tc, enc_test_html_meta);
    suite_add_tcase(s, tc);

    tc = tcase_create("enc_containers");
    tcase_add_test(tc, enc_test_format_names);
    tcase_add_test(tc, enc_test_docx);
    tcase_add_test(tc, enc_test_pdf);
    suite_add_tcase(s, tc);

    tc = tcase_create("enc_damaged");
    tcase_add_unchecked_fixture(tc, full_setup, full_teardown);
    tcase_add_loop_test(tc, enc_test_damaged, 0, ZC_NELEM(damaged_cases));
#ifdef __SSE2__
    tcase_add_test(tc, enc_test_cjk_five);
#endif
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(enc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
