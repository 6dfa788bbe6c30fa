/*
 * api.c — the only file that knows every stage: opens and closes the model (finds the
 * dictionary directory and asks each stage, in layer order, to load its part). The model is
 * read-only afterwards and shared between threads. Runs extraction, which needs the genre the
 * metadata stage reads from the title: a later layer's answer that only this file may pass down.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zc_int.h"
#include "text/text_int.h"
#include "structure/structure_int.h"
#include "words/words_int.h"
#include "quantity/quantity_int.h"
#include "extract/rules_int.h"
#include "meta/meta_int.h"

#ifndef ZC_DATADIR
#define ZC_DATADIR "/usr/local/share/zhengce"
#endif

zc_status zc_model_open(const char *dictdir, zc_model **out, char *errbuf, size_t errlen)
{
    *out = NULL;
    if (!dictdir || !*dictdir)
        dictdir = getenv("ZHENGCE_DICTDIR");
    if (!dictdir || !*dictdir)
        dictdir = ZC_DATADIR;
    zc_model *m = calloc(1, sizeof *m);
    if (!m || !(m->dictdir = strdup(dictdir))) {
        free(m);
        if (errbuf)
            snprintf(errbuf, errlen, "out of memory");
        return ZC_ENOMEM;
    }
    // Limits for every pattern match: far above what any rule needs on real text.
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    if (mc) {
        pcre2_set_match_limit(mc, 1000000);
        pcre2_set_depth_limit(mc, 10000);
    }
    m->pcre_mctx = mc;
    zc_status s = mc ? zc_enc_model_load(m, dictdir)
                     : zc_model_fail(m, ZC_ENOMEM, "out of memory");
    if (s == ZC_OK)
        s = zc_seg_model_load(m, dictdir);
    if (s == ZC_OK)
        s = zc_struct_model_load(m, dictdir);
    if (s == ZC_OK)
        s = zc_match_model_load(m, dictdir);
    if (s == ZC_OK)
        s = zc_ext_model_load(m, dictdir);
    if (s == ZC_OK)
        s = zc_meta_model_load(m, dictdir);
    if (s != ZC_OK) {
        if (errbuf)
            snprintf(errbuf, errlen, "%s", m->errmsg);
        zc_model_close(m);
        return s;
    }
    m->errmsg[0] = '\0';
    *out = m;
    return ZC_OK;
}

const char *zc_model_errmsg(const zc_model *m)
{
    return m ? m->errmsg : "no model";
}

void zc_model_close(zc_model *m)
{
    if (!m)
        return;
    zc_enc_model_free(m->enc);
    zc_seg_model_free(m->seg);
    zc_struct_model_free(m->structure);
    zc_ext_model_free(m->ext);
    zc_match_model_free(m->match);
    zc_meta_model_free(m->meta);
    pcre2_match_context_free(m->pcre_mctx);
    free(m->dictdir);
    free(m);
}

zc_status zc_extract(const zc_model *m, zc_doc *d)
{
    if (d->ext)
        return ZC_OK;
    // The genre is the prior of the rules for a figure: a plan states goals (GUIDELINES.md).
    zc_status s = zc_meta(m, d);
    if (s != ZC_OK)
        return s;
    // Without a date given, the date of issue the document states is its date (GUIDELINES.md:
    // relative times resolve against the document's date line). A year or a month alone
    // ((2023年5月) under a 公报's title) is no day to resolve against.
    const char *issued = zc_meta_date(d);
    if ((!d->opt.doc_date || !*d->opt.doc_date) && issued && strlen(issued) == 10) {
        snprintf(d->datebuf, sizeof d->datebuf, "%s", issued);
        d->opt.doc_date = d->datebuf;
    }
    return zc_ext_run(m, d, (zc_ext_head){ zc_meta_genre(m, d), zc_meta_title(d),
                                            zc_meta_issuer(d) });
}
