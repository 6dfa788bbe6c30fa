/*
 * jsonscan.h — the top-level members of one JSON object line, found by a scan that builds
 * nothing (jsonscan.c), for lines the library wrote (a record of RECORDS.md): `zhengce index`
 * splits each record into table columns, and a whole parse of every line was most of its
 * cost beside the FTS5 index. Values are returned as written; jsonscan_str decodes a string.
 */
#ifndef ZC_JSONSCAN_H
#define ZC_JSONSCAN_H

#include <stdbool.h>
#include <stddef.h>

/* A member's value as written: JSON text [p, p + n), p NULL when the member is absent. */
typedef struct jsonscan_val {
    const char *p;
    size_t n;
} jsonscan_val;

#define JSONSCAN_MAX 32   /* members kept; a record has some 14 */

typedef struct jsonscan_obj {
    size_t n;
    struct {
        const char *key;   /* as written between the quotes (record keys need no escape) */
        size_t klen;
        jsonscan_val val;
    } m[JSONSCAN_MAX];
} jsonscan_obj;

/* Splits the object text[0, len) into its members; false when it is not one object (or has
 * more than JSONSCAN_MAX members). */
bool jsonscan_object(const char *text, size_t len, jsonscan_obj *o);

/* The value of the member named `key` (the first of that name); p NULL when absent. */
jsonscan_val jsonscan_get(const jsonscan_obj *o, const char *key);

/* The string a value stands for, decoded into *out (malloc'd, NUL-terminated; NULL when the
 * value is not a string). False, *out NULL, for a string jansson would not read either (a
 * \u0000, a lone surrogate, a bad escape) and on OOM. */
bool jsonscan_str(jsonscan_val v, char **out);

/* The value written again as jansson writes what it reads from it (JSON_COMPACT |
 * JSON_ENCODE_ANY): no spaces, escapes as jansson's, reals with 17 digits. Into *out
 * (malloc'd); false when the value is not one jansson reads, or on OOM. */
bool jsonscan_rewrite(jsonscan_val v, char **out);

/* The two integers of a value [a,b], into out (0 where the value is not such a pair). */
void jsonscan_pair(jsonscan_val v, long long out[2]);

#endif
