/*
 * annot.h — what `zhengce export` and `zhengce import` share: the annotation tools' formats,
 * the offsets they count, and the note text that carries a record's other fields.
 */
#ifndef ZC_CLI_ANNOT_H
#define ZC_CLI_ANNOT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum annot_format {
    FMT_BRAT, FMT_DOCCANO, FMT_LABEL_STUDIO, FMT_WEBANNO, FMT_CONLL, FMT_NONE
} annot_format;

typedef enum annot_unit { UNIT_CODEPOINT, UNIT_UTF16, UNIT_DEFAULT } annot_unit;

/* The format named `s`, or FMT_NONE. */
annot_format annot_format_parse(const char *s);
/* The offsets a format counts unless --offsets says otherwise: brat (Python) and doccano
 * count code points, Label Studio and INCEpTION (JavaScript, Java) UTF-16 units. */
annot_unit annot_default_unit(annot_format f);
/* "codepoint" or "utf16" (UNIT_DEFAULT for anything else). */
annot_unit annot_unit_parse(const char *s);

/* The RECORDS.md kind named `s` (0..3), or -1. */
int annot_kind(const char *s);
/* True when `row` is a candidate `extract --explain` rejected (kind "rejected"): no record,
 * which every reader of records skips. */
bool annot_rejected(json_t *row);

/* Attributes the tools hold as closed choices: name, the record's object holding it (NULL:
 * top level), the kind it applies to (-1: any) and its values. */
typedef struct annot_attr {
    const char *name, *object;
    int kind;
    const char *values[8];
} annot_attr;
extern const annot_attr annot_attrs[3];

/* The attribute value of a record row, or NULL. */
const char *annot_attr_value(json_t *row, const annot_attr *a);
/* Sets attribute `a` to `value` in a gold row (a value it does not know is kept as given). */
void annot_attr_set(json_t *row, const annot_attr *a, const char *value);

/* The record's fields that are no attribute, as `key=JSON; key=JSON` (actor, kind.field...),
 * malloc'd; NULL when there are none. */
char *annot_notes(json_t *row);
/* Reads notes back into a gold row: `key=value` items as fields, other text (a comment the
 * annotator typed) into the row's "note". */
void annot_notes_parse(const char *notes, json_t *row);

/* Byte offset of every offset a text counts in `unit`: (*n)+1 entries for a text of *n units;
 * (size_t)-1 inside a surrogate pair. NULL when out of memory. */
size_t *annot_unit_table(const char *s, size_t len, annot_unit unit, size_t *n);

/* 1-based occurrence of s[pos, pos+tl) among the non-overlapping left-to-right matches of
 * the text, as `zhengce eval` locates gold texts: the last match that starts at or before
 * pos (which overlaps it). `state` ({0, 0} at first) lets the search of one text go on from
 * where it stopped, for positions given in increasing order. */
size_t annot_occurrence(const char *s, size_t len, size_t pos, size_t tl, size_t state[2]);

/* Basename of a path. */
const char *annot_base(const char *p);

#endif
