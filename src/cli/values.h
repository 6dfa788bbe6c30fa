/*
 * values.h — pure helpers of the CLI, tested in tests/check_cli.c: option values checked
 * whole (no sign tricks, no overflow, real dates) and names made safe to print.
 */
#ifndef ZC_CLI_VALUES_H
#define ZC_CLI_VALUES_H

#include <stdbool.h>
#include <stddef.h>

/* A whole number from `min` to `max` written in decimal digits only. */
bool cli_parse_count(const char *s, long min, long max, long *out);

/* A byte count: decimal digits and an optional K, M, G or T suffix (powers of 1024), at most
 * `max` bytes. No sign, no spaces. */
bool cli_parse_bytes(const char *s, size_t max, size_t *out);

/* YYYY-MM-DD in digits, a real calendar date in years 0001 to 9999. */
bool cli_valid_date(const char *s);

/* "I/N" in digits with I < N into *i, *n. */
bool cli_parse_shard(const char *s, unsigned *i, unsigned *n);

/* A name (file path or id) as printable UTF-8, reversibly: a backslash is written twice, and
 * each byte that is not part of a valid UTF-8 character, or that belongs to a control
 * character (U+0000-U+001F, U+007F-U+009F), is written \xHH (lowercase hex). Names with none
 * of these come out unchanged. Returns a malloc'd string, NULL when out of memory. */
char *cli_name_escape(const char *s, size_t len);
/* The same into `out`, which holds at least len * 4 + 1 bytes. */
void cli_name_escape_to(char *out, const char *s, size_t len);

#endif
