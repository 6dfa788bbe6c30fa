/*
 * extract_int.h — private interface of the extraction stage (src/extract).
 */
#ifndef ZC_EXTRACT_INT_H
#define ZC_EXTRACT_INT_H

#include "zc_int.h"

/* modality.tsv class "may": a permission (可以, 可 as a word). It scopes its clause like a
 * modal verb (a figure it governs is no goal, a subject that may receive is a beneficiary) but
 * RECORDS.md has no such value: records leave extraction with null (extract.c, zc_ext_run). */
#define ZC_MOD_MAY ((zc_modality)(ZC_MOD_ENCOURAGE + 1))

/* The doc's records (d->ext). */
typedef struct zc_ext_doc {
    zc_vec records;   /* zc_record */
    zc_vec rejected;  /* zc_record: candidates the decision tables rejected (opt.explain) */
} zc_ext_doc;

/* What the metadata stage tells extraction of the document (api.c asks it): its genre as
 * dicts/meta/doc_types.tsv names it (plan, rule, report, ...), or NULL when its title names
 * none; its title's and its first issuer's bytes in the matching view, empty when it has none. */
typedef struct zc_ext_head {
    const char *genre;
    zc_vspan title;
    zc_vspan issuer;
} zc_ext_head;

/* Structures the doc and finds its records (zc_extract without the metadata). Idempotent. */
zc_status zc_ext_run(const zc_model *m, zc_doc *d, zc_ext_head head);

/* Finds the records of a structured doc (zc_structure done) and appends them to `out`, in any
 * order (zc_ext_run sorts them), and the candidates the decision tables rejected to
 * `rejected` unless it is NULL. Implemented by the rules (rules.c). */
zc_status zc_ext_find(const zc_model *m, zc_doc *d, zc_ext_head head, zc_vec *out,
                      zc_vec *rejected);

#endif
