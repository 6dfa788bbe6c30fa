/*
 * fuzz_common.c — helpers of the fuzz targets (fuzz.h): the shared model, the invariant
 * failure, a strict UTF-8 check written independently of src/core/utf8.c, /dev/null.
 */
#include <string.h>

#include "fuzz.h"

#ifndef ZC_FUZZ_DICTDIR
#define ZC_FUZZ_DICTDIR "dicts"
#endif

static zc_model *model;
static const char *dictdir;

_Noreturn void zc_fuzz_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, what);
    fflush(stderr);
    abort();
}

const char *zc_fuzz_dictdir(void)
{
    if (!dictdir) {
        const char *env = getenv("ZHENGCE_DICTDIR");
        dictdir = env && *env ? env : ZC_FUZZ_DICTDIR;
    }
    return dictdir;
}

zc_model *zc_fuzz_model(void)
{
    if (model)
        return model;
    char err[4096];
    zc_status s = zc_model_open(zc_fuzz_dictdir(), &model, err, sizeof err);
    if (s != ZC_OK) {
        fprintf(stderr, "fuzz: the model did not load from %s: %s (%s)\n", zc_fuzz_dictdir(),
                err, zc_strerror(s));
        abort();
    }
    return model;
}

zc_input_format zc_fuzz_text_format(const uint8_t *data, size_t size)
{
    bool pdf = size >= 5 && !memcmp(data, "%PDF-", 5);
    bool zip = size >= 4 && !memcmp(data, "PK\3\4", 4);
    return pdf || zip ? ZC_INPUT_TEXT : ZC_INPUT_AUTO;
}

bool zc_fuzz_utf8_valid(const char *str, size_t len, size_t *nchars)
{
    const uint8_t *s = (const uint8_t *)str;
    size_t n = 0;
    for (size_t i = 0; i < len; n++) {
        uint8_t b = s[i];
        size_t k;
        uint32_t c, min;
        if (b < 0x80) {
            i++;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            k = 1, c = b & 0x1F, min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            k = 2, c = b & 0x0F, min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            k = 3, c = b & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (len - i - 1 < k)
            return false;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (s[i + j] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        i += k + 1;
    }
    if (nchars)
        *nchars = n;
    return true;
}

FILE *zc_fuzz_devnull(void)
{
    static FILE *f;
    if (!f && !(f = fopen("/dev/null", "w"))) {
        perror("fuzz: /dev/null");
        abort();
    }
    return f;
}
