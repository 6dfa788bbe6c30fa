/*
 * dedup.h — near-duplicate documents (reposts of one notice) by MinHash over character
 * shingles of the matching view: what `zhengce dedup` prints and `zhengce index` keeps as
 * documents.dup_of (cmd_dedup.c).
 */
#ifndef ZC_CLI_DEDUP_H
#define ZC_CLI_DEDUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DEDUP_K 128                 /* hash functions of a signature */
#define DEDUP_THRESHOLD 0.7         /* default estimated Jaccard similarity of a group's pairs */

/* The signature of a text (the matching view: boilerplate already out); false when the text
 * has no character to compare (only spaces and punctuation). */
bool dedup_signature(const char *view, size_t len, uint32_t sig[DEDUP_K]);

/* Estimated Jaccard similarity of two signatures' shingle sets, in [0, 1]. */
double dedup_similarity(const uint32_t *a, const uint32_t *b);

/* Groups n signatures (sigs[i * DEDUP_K ...]; has[i] false for none): pairs at least
 * `threshold` similar join one group. leader[i] is the smallest index of i's group (i itself
 * when alone). False when out of memory. */
bool dedup_group(const uint32_t *sigs, const bool *has, size_t n, double threshold,
                 size_t *leader);

/* Parses a --threshold argument (a number in [0.5, 1]: the bands find pairs below about 0.6
 * only by chance); false when it is none. */
bool dedup_parse_threshold(const char *s, double *out);

#endif
