/*
 * model.c — loads and frees this stage's part of the model (frequencies, fold tables).
 */
#include <stdlib.h>

#include "text_int.h"

zc_status zc_enc_model_load(zc_model *m, const char *dictdir)
{
    struct zc_enc_model *em = calloc(1, sizeof *em);
    if (!em)
        return zc_model_fail(m, ZC_ENOMEM, "out of memory");
    static const char *const pinned[] = { "GB18030", "BIG5-HKSCS" };   // decode.c's converters
    for (size_t i = 0; i < ZC_NELEM(em->pin); i++)
        em->pin[i] = iconv_open("UTF-32LE", pinned[i]);
    zc_status s = zc_enc_freq_load(m, dictdir, &em->freq);
    if (s == ZC_OK)
        s = zc_enc_fold_load(m, dictdir, &em->fold);
    if (s != ZC_OK) {
        zc_enc_model_free(em);
        return s;
    }
    m->enc = em;
    return ZC_OK;
}

void zc_enc_model_free(struct zc_enc_model *em)
{
    if (!em)
        return;
    zc_enc_freq_free(em->freq);
    zc_enc_fold_free(em->fold);
    for (size_t i = 0; i < ZC_NELEM(em->pin); i++)
        if (em->pin[i] != (iconv_t)-1)
            iconv_close(em->pin[i]);
    free(em);
}
