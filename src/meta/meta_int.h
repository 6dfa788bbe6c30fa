/*
 * meta_int.h — the document metadata stage (meta.c) as the model loader sees it.
 */
#ifndef ZC_META_INT_H
#define ZC_META_INT_H

#include "zc_int.h"

struct zc_meta_model;

/* Loads dicts/meta/ (doc_types.tsv, organs.tsv, roles.tsv) into m->meta and compiles the
 * 发文字号 patterns. A bad line fails with ZC_EFORMAT and "file:line: reason". */
zc_status zc_meta_model_load(zc_model *m, const char *dictdir);
/* Frees what zc_meta_model_load built. NULL is a no-op. */
void zc_meta_model_free(struct zc_meta_model *mm);
/* The genre of the document's content after zc_meta (plan, rule, report, speech, notice,
 * reply, other: dicts/meta/doc_types.tsv, its `reads` column where given), or NULL when its
 * title names no kind. A notice that issues another document (关于印发…方案的通知) takes that
 * document's genre. Borrowed from the model. */
const char *zc_meta_genre(const zc_model *m, const zc_doc *d);
/* The document's title in the matching view after zc_meta; empty when it has none. */
zc_vspan zc_meta_title(const zc_doc *d);
/* The document's first issuer in the matching view after zc_meta; empty when it names none. */
zc_vspan zc_meta_issuer(const zc_doc *d);
/* The document's date of issue (YYYY-MM-DD) after zc_meta, or NULL when it states none. */
const char *zc_meta_date(const zc_doc *d);

#endif
