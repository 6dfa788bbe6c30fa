/*
 * zc_int.h — what the stages share and the public header hides: spans, growable vectors,
 * the per-doc arena, and the layout of zc_doc and zc_model. Each stage adds its own layer
 * to zc_doc; a stage reaches earlier work only through these fields.
 */
#ifndef ZC_INT_H
#define ZC_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "zhengce.h"

#define ZC_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/** Half-open byte offsets into the matching view (never copies of text). */
typedef struct zc_span {
    size_t start, end;
} zc_span;

/* ---- arena: per-doc memory, freed all at once ---------------------------------------- */

typedef struct zc_arena_block zc_arena_block;
typedef struct zc_arena {
    zc_arena_block *head;
} zc_arena;

/* Returns `n` bytes aligned for any type, zeroed, owned by the arena; NULL on OOM. */
void *zc_arena_alloc(zc_arena *a, size_t n);
/* Copies `n` bytes of `s` into the arena and NUL-terminates them; NULL on OOM. */
char *zc_arena_strndup(zc_arena *a, const char *s, size_t n);
/* Frees every block. The arena is empty and reusable afterwards. */
void zc_arena_free(zc_arena *a);

/* ---- vec: a growable array of fixed-size items (malloc'd, not arena) ------------------- */

typedef struct zc_vec {
    void *data;
    size_t len, cap, size;   /* items used, items allocated, bytes per item */
} zc_vec;

void zc_vec_init(zc_vec *v, size_t item_size);
/* zc_vec_reserve past the room there is: grows the array; false on OOM. */
bool zc_vec_grow(zc_vec *v, size_t n);
/* Makes room for `n` more items; returns false on OOM. Inline: the hot loops reserve before
 * their stores, and there is room almost always. */
static inline bool zc_vec_reserve(zc_vec *v, size_t n)
{
    return v->len + n <= v->cap || zc_vec_grow(v, n);
}
/* Appends one item (copied from `item`); returns a pointer to it or NULL on OOM. */
static inline void *zc_vec_push(zc_vec *v, const void *item)
{
    if (v->len == v->cap && !zc_vec_reserve(v, 1))   // inline: rules push millions of hits
        return NULL;
    void *slot = (char *)v->data + v->len * v->size;
    memcpy(slot, item, v->size);
    v->len++;
    return slot;
}
void zc_vec_free(zc_vec *v);
#define ZC_VEC_AT(v, type, i) (((type *)(v)->data)[i])

/* ---- utf8 -------------------------------------------------------------------------------- */

/* The general case of zc_utf8_next (utf8.c). */
int32_t zc_utf8_next_slow(const uint8_t *s, size_t len, size_t *i);

/* Decodes one code point at s[*i] (advancing *i); returns -1 and advances by one byte for an
 * invalid or truncated sequence (strict: no overlongs, surrogates or > U+10FFFF). Inline for
 * ASCII and the three-byte sequences of Chinese text: the hot loops call it per char. */
static inline int32_t zc_utf8_next(const uint8_t *s, size_t len, size_t *i)
{
    size_t p = *i;
    uint8_t c = s[p];
    if (c < 0x80) {
        *i = p + 1;
        return c;
    }
    if ((c & 0xF0) == 0xE0 && len - p >= 3 && (s[p + 1] & 0xC0) == 0x80 &&
        (s[p + 2] & 0xC0) == 0x80) {
        int32_t cp = (int32_t)(c & 0x0F) << 12 | (int32_t)(s[p + 1] & 0x3F) << 6 |
                     (s[p + 2] & 0x3F);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            *i = p + 3;
            return cp;
        }
    }
    return zc_utf8_next_slow(s, len, i);
}
/* Length of the valid UTF-8 sequence at s[i] (strict, as zc_utf8_next), 0 when there is
 * none: for scans that only check. The three-byte chars of Chinese text (leads E1-EF but ED,
 * whose continuations can be any) need no code point. */
static inline size_t zc_utf8_valid_len(const uint8_t *s, size_t len, size_t i)
{
    uint8_t c = s[i];
    if (c < 0x80)
        return 1;
    if (c >= 0xE1 && c != 0xED && len - i >= 3 && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80 && c <= 0xEF)
        return 3;
    size_t j = i;
    return zc_utf8_next_slow(s, len, &j) < 0 ? 0 : j - i;
}
/* Copies the string `src` (NULL as "") into dst[0, size), cut to size - 1 bytes and
 * NUL-terminated, as snprintf(dst, size, "%s", src) does, without a format to read (numbers
 * copy units and comparators per candidate, the time parser relations and years). */
static inline void zc_strcpy_cut(char *dst, size_t size, const char *src)
{
    size_t n = src ? strnlen(src, size - 1) : 0;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Writes code point `c` as UTF-8 into `out` (room for 4 bytes); returns its length. */
size_t zc_utf8_put(uint8_t *out, uint32_t c);
/* Byte length of a valid UTF-8 sequence from its lead byte (1 for a stray byte). */
static inline size_t zc_utf8_len(uint8_t lead)
{
    // By the high nibble, one load instead of three compares (the scans ask it per char):
    // 0-7 ASCII, 8-B stray continuation bytes (taken as 2, as before), C-D 2, E 3, F 4.
    static const uint8_t len_of[16] = { 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 4 };
    return len_of[lead >> 4];
}

/* ---- char index: byte offset <-> code point index in a UTF-8 buffer --------------------- */

#define ZC_CIDX_STEP 64
#define ZC_CIDX_BSTEP 64   /* bytes between the byte -> char checkpoints */
typedef struct zc_charindex {
    const char *text;
    size_t len, nchars;
    size_t *ckpt;     /* byte offset of char k*ZC_CIDX_STEP */
    size_t nck, ckcap;   /* checkpoints written, allocated (while built by zc_charindex_push) */
    size_t *bck;      /* chars before byte k*ZC_CIDX_BSTEP (zc_charindex_finish), or NULL */
} zc_charindex;

/* Builds the index over valid UTF-8 `text`; false on OOM. */
bool zc_charindex_build(zc_charindex *ci, const char *text, size_t len);
/* Builds the index while the text is written, for a writer that knows where its chars start:
 * the k-th call gives the byte offset of char k*ZC_CIDX_STEP. `hint` is the expected number
 * of chars (the array grows past it). False on OOM; zc_charindex_free frees. */
bool zc_charindex_push(zc_charindex *ci, size_t byte, size_t hint);
/* Completes an index built by zc_charindex_push over `nchars` chars of text[0, len), with
 * byte -> char checkpoints too (the view's spans are mapped back by byte); false on OOM. */
bool zc_charindex_finish(zc_charindex *ci, const char *text, size_t len, size_t nchars);
size_t zc_charindex_char(const zc_charindex *ci, size_t byte);   /* byte offset → char */
size_t zc_charindex_byte(const zc_charindex *ci, size_t ch);     /* char → byte offset */
void zc_charindex_free(zc_charindex *ci);

/* ---- the offset maps (src/text/offmap.c) ------------------------------------------------- */

/* Decoded char → original byte: the source length of every decoded code point (0 for the
 * second code point of a sequence that decodes to two), with checkpoints. */
typedef struct zc_srcmap {
    uint8_t *clen;        /* per decoded char: bytes it took in the original */
    size_t *ckpt;         /* original byte offset of char k*ZC_CIDX_STEP */
    size_t nchars;
    size_t base;          /* original byte offset of the first char (after a BOM) */
    zc_span *spans;       /* HTML input: per decoded char, its bytes in the page (clen and
                             ckpt unused); a char may start past the previous one's end */
} zc_srcmap;

/* Matching-view char → decoded chars. Pieces in increasing order; a piece with n == d maps
 * its chars one to one, otherwise its n view chars together come from its d decoded chars.
 * Decoded chars in no piece were removed (controls, boilerplate). */
typedef struct zc_piece {
    size_t nstart, dstart;   /* first view char, first decoded char */
    uint32_t n, d;           /* counts */
} zc_piece;

typedef struct zc_viewmap {
    zc_vec pieces;           /* of zc_piece */
} zc_viewmap;

bool zc_srcmap_finish(zc_srcmap *m);             /* builds the checkpoints from clen */
size_t zc_srcmap_byte(const zc_srcmap *m, size_t ch);  /* decoded char → original byte */
/* Original byte where decoded chars [.., ch) end: zc_srcmap_byte but for HTML input, where
 * markup may lie between the end of one char and the start of the next. */
size_t zc_srcmap_end(const zc_srcmap *m, size_t ch);
struct zc_doc;
/* The original text of origin o (from zc_doc_origin), as zc_doc_original returns it. */
const char *zc_doc_origin_text(const struct zc_doc *d, const zc_origin *o, size_t *len);
void zc_srcmap_free(zc_srcmap *m);

/* Records that view chars [nstart, nstart+n) come from decoded chars [dstart, dstart+d),
 * merging with the previous piece where both are one-to-one and contiguous. */
bool zc_viewmap_add(zc_viewmap *vm, size_t nstart, size_t dstart, uint32_t n, uint32_t d);
/* Decoded char range [*ds, *de) for view chars [ns, ne) (ne > ns). */
void zc_viewmap_range(const zc_viewmap *vm, size_t ns, size_t ne, size_t *ds, size_t *de);

/* ---- the document ----------------------------------------------------------------------- */

struct zc_doc {
    zc_arena arena;
    char *id;
    zc_options opt;
    char datebuf[16];              /* copy of opt.doc_date */
    uint8_t *orig;                 /* the input as given: malloc'd, or a read-only file mapping
                                      (orig_mapped); not NUL-terminated */
    size_t orig_len;
    bool orig_mapped;
    char errmsg[512];
    long long erroff;
    uint64_t deadline_ns;          /* CLOCK_MONOTONIC time past which stages give up; 0: none */

    /* enc: decode */
    bool decoded;
    zc_detection det;
    char *dec;                     /* decoded UTF-8 (malloc'd, or == orig+bom for UTF-8) */
    size_t dec_len;
    bool dec_owned;
    size_t nreplaced;              /* U+FFFD substitutions in lossy mode */
    size_t first_replaced;         /* input byte offset of the first of them */
    zc_srcmap src;                 /* decoded char → original byte */
    zc_charindex dec_ci;           /* decoded byte ↔ decoded char */
    zc_input_format format;        /* how it was read (AUTO until decoded) */
    size_t *pages;                 /* PDF: the decoded char each page starts at (malloc'd) */
    size_t npages;

    /* enc: normalize */
    bool normalized;
    char *norm;                    /* the matching view (malloc'd, or == dec) */
    size_t norm_len;
    bool norm_owned;
    zc_viewmap vmap;               /* view char → decoded chars */
    zc_charindex norm_ci;          /* view byte ↔ view char */
    zc_vec excluded;               /* zc_span of decoded bytes left out of the view, in order:
                                      boilerplate lines, spaces of letter-spaced figures */

    /* later stages hang their layers here */
    void *structure;               /* struct zc_struct_doc (src/structure) */
    void (*structure_free)(void *);
    void *ext;                     /* struct zc_ext_doc (src/extract) */
    void (*ext_free)(void *);
    void *meta;                    /* struct zc_meta_doc (src/meta) */
    void (*meta_free)(void *);
};

/* The longest sentence, in characters: longer ones are cut into pieces of at most this many
 * (src/structure/structure.c), so that work per sentence, which grows faster than its length, and
 * a record's copy of its sentence stay bounded. Above every real sentence seen (8,808). */
#define ZC_SENT_MAX_CHARS 10000

/* True when the doc's time limit (zc_options.time_limit) has passed. Stages call it between
 * sentences or blocks of work and then fail with zc_doc_timeout. */
bool zc_doc_over_time(const zc_doc *d);
/* Sets the "time limit exceeded" error; returns ZC_ELIMIT. */
zc_status zc_doc_timeout(zc_doc *d);

/* Sets the doc's error message (printf-style) and offset; returns `s`. */
zc_status zc_doc_fail(zc_doc *d, zc_status s, long long off, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- the model -------------------------------------------------------------------------- */

struct zc_enc_model;
struct zc_seg_model;
struct zc_struct_model;
struct zc_match_model;
struct zc_ext_model;
struct zc_meta_model;

struct zc_model {
    char *dictdir;
    char errmsg[4096];
    void *pcre_mctx;               /* pcre2_match_context: match and depth limits for every
                                      pattern, so no input can make a match run away */
    struct zc_enc_model *enc;      /* char frequencies, normalizer tables (src/text) */
    struct zc_seg_model *seg;      /* lexicon image, user words */
    struct zc_struct_model *structure; /* heading styles, sentence ends (src/structure/structure.c) */
    struct zc_match_model *match;  /* cue lexicons, patterns */
    struct zc_ext_model *ext;      /* extraction cue lexicons and patterns (src/extract) */
    struct zc_meta_model *meta;    /* document metadata lists and patterns (src/meta) */
};

/* Sets the model's error message (printf-style); returns `s`. */
zc_status zc_model_fail(zc_model *m, zc_status s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The load report of a user file (user dictionaries, user lexicons): the rejected lines, one
 * "file:line: reason" each, in the model's message, up to what it holds ("..." after). */
typedef struct zc_model_report {
    zc_model *m;
    size_t used, rejected;
} zc_model_report;
void zc_model_reject(zc_model_report *r, const char *path, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Ends the report (drops the last line break). */
void zc_model_report_end(zc_model_report *r);

/* ---- dictionary images (src/core/image.c) ----------------------------------------------
 * A compiled dictionary is one file: a little-endian header {magic "ZCDIMG\0\0", format
 * version, kind (four chars), section count, total size}, a section table {id, offset, size},
 * then the sections, each 8-byte aligned. The loader maps it read-only and checks magic,
 * version, kind and that every section lies inside the file before any offset is trusted. */

#define ZC_IMAGE_VERSION 1
#define ZC_FOURCC(a, b, c, d) \
    ((uint32_t)(a) | ((uint32_t)(b) << 8) | ((uint32_t)(c) << 16) | ((uint32_t)(d) << 24))

typedef struct zc_image_section {
    uint32_t id;
    uint32_t reserved;
    uint64_t offset, size;
} zc_image_section;

typedef struct zc_image {
    const uint8_t *base;     /* the mapping (or the caller's memory for zc_image_check) */
    size_t size;
    bool mapped;
    uint32_t nsec;
    const zc_image_section *secs;
} zc_image;

/* Maps `path` and validates it as an image of `kind`. On failure `err` names the file and
 * what is wrong, and nothing stays mapped. */
zc_status zc_image_open(const char *path, uint32_t kind, zc_image *img, char *err, size_t errlen);
/* Validates `size` bytes at `base` (not copied) as an image of `kind`. */
zc_status zc_image_check(const void *base, size_t size, uint32_t kind, zc_image *img, char *err,
                         size_t errlen);
/* The section `id`, or NULL when absent; *size receives its length. */
const void *zc_image_get(const zc_image *img, uint32_t id, size_t *size);
void zc_image_close(zc_image *img);

/* A section to write: `size` bytes at `data`. */
typedef struct zc_image_part {
    uint32_t id;
    const void *data;
    size_t size;
} zc_image_part;

/* Writes an image of `kind` with `n` sections to `path` (through a temporary file, renamed
 * into place). */
zc_status zc_image_write(const char *path, uint32_t kind, const zc_image_part *parts, size_t n,
                         char *err, size_t errlen);

/* ---- JSON output (src/core/json.c) ------------------------------------------------------ */

/* Writes `len` bytes of UTF-8 as a JSON string; false on a write error. */
bool zc_json_str(FILE *out, const char *s, size_t len);
/* The same with line breaks dropped (a sentence rejoined across the lines it was broken on). */
bool zc_json_str_oneline(FILE *out, const char *s, size_t len);
/* Writes a number as %.15g (null for NaN or infinity); false on a write error. */
bool zc_json_num(FILE *out, double v);
/* A byte buffer in front of a FILE that JSON is written into, so that records reach the FILE
 * in large writes (stdio per field cost more than the escaping). It lives in the caller's
 * storage (`data`, `cap` bytes, at least 64) and never allocates: when full it is written
 * out. `failed` is set once a write fails. */
typedef struct zc_buf {
    char *data;
    size_t len, cap;
    FILE *out;
    bool failed;
} zc_buf;

/* Writes the buffer's bytes to its FILE; false once a write has failed. */
bool zc_buf_flush(zc_buf *b);
/* zc_buf_put when the n bytes do not fit. */
void zc_buf_spill(zc_buf *b, const char *s, size_t n);
static inline void zc_buf_put(zc_buf *b, const char *s, size_t n)
{
    if (b->cap - b->len < n) {
        zc_buf_spill(b, s, n);
        return;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}
static inline void zc_buf_puts(zc_buf *b, const char *s)
{
    zc_buf_put(b, s, strlen(s));
}
static inline void zc_buf_putc(zc_buf *b, char c)
{
    zc_buf_put(b, &c, 1);
}
/* zc_json_str, zc_json_str_oneline and zc_json_num into a buffer. */
void zc_buf_json_str(zc_buf *b, const char *s, size_t len, bool oneline);
void zc_buf_json_num(zc_buf *b, double v);

/* Formats v into buf exactly as snprintf(buf, 32, "%.15g", v) does (without printf for the
 * figures records hold: integers and short decimals); returns the length. */
size_t zc_fmt_g15(char buf[32], double v);

/* Reads a whole file into malloc'd memory (NUL-terminated; *len excludes the NUL). */
zc_status zc_read_file(const char *path, uint8_t **buf, size_t *len, char *err, size_t errlen);

#endif
