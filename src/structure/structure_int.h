/*
 * structure_int.h — private interface of the structure stage (src/structure): paragraphs,
 * sentences, headings and sections of the matching view.
 */
#ifndef ZC_STRUCTURE_INT_H
#define ZC_STRUCTURE_INT_H

#include "zc_int.h"

/* Paragraphs, sentences, headings and sections of the matching view. The rules (heading
 * styles, sentence ends, line joining) are data: dicts/structure/structure.tsv, loaded at
 * model open into m->structure. */

/* One sentence, heading or list item of the matching view. */
typedef struct zc_sentence {
    zc_span span;        /* view bytes, without surrounding whitespace */
    const char *text;    /* the sentence with its line breaks removed: into d->norm, or a copy
                            in the doc's arena when it spans rejoined lines */
    size_t text_len;
    uint32_t para;       /* paragraph number, from 0 */
    int32_t section;     /* innermost section it belongs to (index in sections), -1 for none;
                            a heading belongs to its own section */
    uint8_t kind;        /* zc_sentence_kind: body, heading (一、… / (一)… / 第一,…), item */
    int8_t style;        /* heading style (index in the rules) of a heading or item, else -1 */
} zc_sentence;

/* One node of the heading hierarchy. */
typedef struct zc_section {
    zc_span heading;     /* view bytes of the heading as written (RECORDS.md `section` item) */
    uint32_t sentence;   /* the heading's index in sentences */
    int32_t parent;      /* enclosing section, -1 for top level */
    uint8_t level;       /* depth, 0 outermost */
    uint8_t style;       /* heading style (一、 / (一) / 第一, / 1. / (1) / ① / 一是 ...) */
} zc_section;

typedef struct zc_struct_doc {
    bool structured;     /* zc_struct_run has run */
    zc_vec sentences;    /* zc_sentence, in text order */
    zc_vec sections;     /* zc_section, in text order */
    uint32_t nparas;     /* paragraphs */
} zc_struct_doc;

/* The doc's structure layer, created empty (and d->structure_free set) on first use; NULL on OOM. */
zc_struct_doc *zc_struct_doc_get(zc_doc *d);

/* Finds paragraphs, sentences and headings of a normalized doc and stores them in d->structure
 * (normalizes first if needed). Idempotent. */
zc_status zc_struct_run(const zc_model *m, zc_doc *d);

/* Index of the sentence whose span holds view byte `pos` (or the first one after it);
 * the number of sentences when none does. */
size_t zc_struct_sentence_at(const zc_struct_doc *sd, size_t pos);

/* The structure rules (structure.c), loaded from dictdir/structure/structure.tsv. */
struct zc_struct_model;
zc_status zc_struct_model_load(zc_model *m, const char *dictdir);
void zc_struct_model_free(struct zc_struct_model *sm);

#endif
