/*
 * seg_int.h — private interface of the segmenter stage (src/seg): document structure
 * (paragraphs, sentences, headings, sections) and words.
 */
#ifndef ZC_SEG_INT_H
#define ZC_SEG_INT_H

#include "zc_int.h"

/* ---- structure (structure.c) ------------------------------------------------------------ */

/* One sentence, heading or list item of the matching view. */
typedef struct zc_sentence {
    zc_span span;        /* view bytes, without surrounding whitespace */
    uint32_t para;       /* paragraph number, from 0 */
    int32_t section;     /* innermost section it belongs to (index in sections), -1 for none */
    bool heading;        /* the sentence is itself a heading line (一、… / (一)… / 第一,…) */
} zc_sentence;

/* One node of the heading hierarchy. */
typedef struct zc_section {
    zc_span heading;     /* view bytes of the heading as written (RECORDS.md `section` item) */
    int32_t parent;      /* enclosing section, -1 for top level */
    uint8_t level;       /* depth, 0 outermost */
    uint8_t style;       /* numbering style (一、 / (一) / 第一, / 一是 / 1. / (1) / ①) */
} zc_section;

typedef struct zc_seg_doc {
    zc_vec sentences;    /* zc_sentence, in text order */
    zc_vec sections;     /* zc_section */
} zc_seg_doc;

/* Finds paragraphs, sentences and headings of a normalized doc and stores them in d->seg
 * (normalizes first if needed). Idempotent. */
zc_status zc_seg_structure(const zc_model *m, zc_doc *d);

/* ---- words (dict.c, lattice.c, ...) ----------------------------------------------------- */

struct zc_seg_model;
zc_status zc_seg_model_load(zc_model *m, const char *dictdir);
void zc_seg_model_free(struct zc_seg_model *sm);

#endif
