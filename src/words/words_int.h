/*
 * words_int.h — private interface of the segmenter (src/words): the compiled lexicon (double
 * array of src/lexicon), character classes, the word lattice and its best path.
 */
#ifndef ZC_WORDS_INT_H
#define ZC_WORDS_INT_H

#include "lexicon/da.h"

/* ---- words (chartype.c, lattice.c, model.c) ------------------------------------
 * The lexicon image words.zcd (src/tools/dictc_seg.c writes it from dicts/seg/ and the base
 * lexicon) holds a double-array trie over the UTF-8 bytes of every word, an entry table
 * (log-probability, word in the string pool) and the character classes of dicts/seg/chars.tsv.
 * User dictionaries add a second, in-memory lexicon of the same shape. */

#define ZC_SEG_IMAGE_KIND ZC_FOURCC('W', 'O', 'R', 'D')
#define ZC_SEG_SEC_META ZC_FOURCC('M', 'E', 'T', 'A')
#define ZC_SEG_SEC_BASE ZC_FOURCC('D', 'A', 'B', 'A')
#define ZC_SEG_SEC_CHECK ZC_FOURCC('D', 'A', 'C', 'H')
#define ZC_SEG_SEC_ENTRIES ZC_FOURCC('E', 'N', 'T', 'S')
#define ZC_SEG_SEC_POOL ZC_FOURCC('P', 'O', 'O', 'L')
#define ZC_SEG_SEC_CHARS ZC_FOURCC('C', 'H', 'R', 'S')
/* Optional: the part-of-speech tag of each entry (jieba's tag set: n, nt, ns, v, vn, d, p …),
 * ZC_SEG_TAG_LEN bytes per entry, NUL-padded; all NUL when the source gave none. */
#define ZC_SEG_SEC_TAGS ZC_FOURCC('T', 'A', 'G', 'S')
#define ZC_SEG_TAG_LEN 4
/* Optional: a bitmap of ZC_SEG_PAIR_BITS bits, bit zc_seg_pair_hash(a, b) set for every two
 * chars a, b that stand side by side in a word of the lexicon: a word may hold both sides of
 * a position only when the bit of the chars there is set (zc_seg_may_join). */
#define ZC_SEG_SEC_PAIRS ZC_FOURCC('P', 'A', 'I', 'R')
#define ZC_SEG_PAIR_LOG 24
#define ZC_SEG_PAIR_BITS ((uint32_t)1 << ZC_SEG_PAIR_LOG)

/* The bit of the chars a, b in the PAIR bitmap. */
static inline uint32_t zc_seg_pair_hash(int32_t a, int32_t b)
{
    uint32_t h = (uint32_t)a * 0x9E3779B1u ^ ((uint32_t)b * 0x85EBCA77u + 0x165667B1u);
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    return h >> (32 - ZC_SEG_PAIR_LOG);
}

/* The META section. */
typedef struct zc_seg_meta {
    uint32_t nnodes;      /* slots of the double array (BASE and CHECK hold as many int32) */
    uint32_t nentries;    /* entries (ENTS) */
    uint32_t nchars;      /* character classes (CHRS) */
    uint32_t max_bytes;   /* the longest entry, in bytes (zc_seg_lex_stats) */
    double total;         /* sum of all frequencies: a user word's log-probability is
                             log(freq / total) */
    float unk_lp;         /* log-probability of a Han character that is not a word */
    float atom_lp;        /* of a numeral atom in a Han run (二十一, 二○○一年, 第十七) */
    uint32_t exact_sums;  /* 1: zc_seg_model.exact_sums holds (zc_seg_lex_stats) */
    uint32_t reserved;
    uint64_t checksum;    /* zc_seg_checksum of the fields above, then of the other
                             sections in table order */
} zc_seg_meta;

/* One word of a lexicon. */
typedef struct zc_seg_entry {
    float lp;             /* log-probability (unigram) */
    uint32_t off, len;    /* the word: bytes [off, off+len) of the string pool */
} zc_seg_entry;

/* One character class record (CHRS, sorted by code point). */
typedef struct zc_seg_charclass {
    uint32_t cp, classes;
} zc_seg_charclass;

/* Character classes (dicts/seg/chars.tsv); a code point may be in several. */
enum {
    ZC_CC_SURNAME = 1,    /* starts a personal name (王, 李, ...) */
    ZC_CC_NAMESTOP = 2,   /* never inside a name (的, 了, 在, ...) */
    ZC_CC_DATEUNIT = 4,   /* glued to a number: 2001年, 1月, 8时 */
    ZC_CC_SCALE = 8,      /* number scale glued to digits: 50万, 1万亿 */
    ZC_CC_NUMERAL = 16,   /* Chinese numeral: 一 ... 十 百 千 〇 ○ 零 */
    ZC_CC_ORDINAL = 32,   /* ordinal prefix: 第 */
    ZC_CC_HAN = 64,       /* computed, not from the file: part of a Han run */
};

/* A lexicon: the engine's trie (src/lexicon) from each word's UTF-8 bytes to its entry, the
 * entries and their string pool. */
typedef struct zc_seg_lex {
    zc_da da;             /* nnodes 0 for no lexicon */
    const zc_seg_entry *ents;
    uint32_t nents;
    const char *pool;
    size_t pool_size;
    const char *tags;     /* ZC_SEG_TAG_LEN bytes per entry, or NULL */
} zc_seg_lex;

/* Checks that every offset of a lexicon stays inside it: trie transitions, terminal entries,
 * words in the pool, finite log-probabilities. Writes the first problem to `err`. */
zc_status zc_seg_lex_check(const zc_seg_lex *lx, char *err, size_t errlen);

/* The entry of the word bytes [s, s+len) in `lx`, or -1. */
static inline int64_t zc_seg_lex_find(const zc_seg_lex *lx, const char *s, size_t len)
{
    int64_t e = zc_da_find(&lx->da, s, len);
    return e < lx->nents ? e : -1;
}

/* Continues a 64-bit checksum over `n` bytes (start with h = 0). */
uint64_t zc_seg_checksum(uint64_t h, const void *p, size_t n);

/* What the words compiler writes into META of its entries ents[0..n) and log-probabilities:
 * *max_bytes the longest entry, *exact whether zc_seg_model.exact_sums holds. */
void zc_seg_lex_stats(const zc_seg_entry *ents, uint32_t n, float unk_lp, float atom_lp,
                      uint32_t *max_bytes, bool *exact);

/* A user word (model.c). */
typedef struct zc_seg_uword {
    uint32_t off, len;    /* in the user pool */
    float lp;
    char tag[ZC_SEG_TAG_LEN];   /* NUL-padded, all NUL when the line gave none */
} zc_seg_uword;

/* The trie of a lexicon past one BMP char, and the word that is the char alone: the lattice
 * reads both of every char of a run, one load instead of a walk's three dependent ones. */
typedef struct zc_seg_first {
    uint32_t node;        /* zc_da_char_nodes: 0 when no word starts with the char */
    int32_t ent;          /* the char's own entry, or -1 */
    float lp;             /* its log-probability */
} zc_seg_first;

struct zc_seg_model {
    zc_image img;         /* words.zcd, mapped */
    zc_seg_meta meta;
    zc_seg_lex lex;       /* the compiled lexicon, into img */
    uint8_t *cc;          /* classes of U+0000..U+FFFF (ZC_CC_*), malloc'd 65536 bytes */
    zc_seg_first *lexcn;  /* per BMP char, lex's node past it and its own word, malloc'd */
    zc_vec upool;         /* char: user words, back to back */
    zc_vec uwords;        /* zc_seg_uword */
    int32_t *ubase, *ucheck;
    zc_seg_entry *uents;
    char *utags;          /* ZC_SEG_TAG_LEN bytes per user entry */
    zc_seg_lex user;      /* the user lexicon (nnodes 0 when there is none) */
    uint32_t max_bytes;   /* the longest word of `lex`, in bytes (zc_seg_may_join) */
    const uint8_t *pairs; /* the PAIR bitmap of `lex`, or NULL when the image has none */
    bool exact_sums;      /* every log-probability of `lex` (and unk_lp, atom_lp) is 0 or of
                             magnitude in [2^-7, 2^9]: a multiple of 2^-30, so that the sums
                             of best_path over a run (at most MAX_RUN terms, below 2^21) are
                             exact in double and a segment of a run between two positions no
                             word crosses is segmented alone as in the run */
};

zc_status zc_seg_model_load(zc_model *m, const char *dictdir);
void zc_seg_model_free(struct zc_seg_model *sm);

/* The part-of-speech tag of the word bytes [s, s+len) (a user word's tag first, else the
 * lexicon's), NUL-padded into out[ZC_SEG_TAG_LEN]; false, with out all NUL, when the word is
 * in neither lexicon or has no tag. */
bool zc_seg_tag(const struct zc_seg_model *sm, const char *s, size_t len,
                char out[ZC_SEG_TAG_LEN]);
/* zc_seg_tag of a word of zc_segment_words_upto whose entry `ent` it told: the lattice's word
 * of the compiled lexicon is in no user lexicon (a user word of the same chars replaces it). */
bool zc_seg_tag_of(const struct zc_seg_model *sm, const char *s, size_t len, int32_t ent,
                   char out[ZC_SEG_TAG_LEN]);

/* Loads and validates a words image (used by zc_seg_model_load and the tests). On failure
 * `err` says what is wrong and nothing stays mapped or allocated. */
zc_status zc_seg_image_load(struct zc_seg_model *sm, const char *path, char *err, size_t errlen);

/* Classes of code point `c` (ZC_CC_*; ZC_CC_HAN for CJK ideographs and Han-run numerals). */
static inline unsigned zc_seg_cclass(const struct zc_seg_model *sm, int32_t c)
{
    if (c >= 0 && c < 0x10000)
        return sm->cc[c];
    return (c >= 0x20000 && c <= 0x323AF) ? ZC_CC_HAN : 0;
}

/* Fills the class table from the image's CHRS records and the Unicode Han blocks
 * (chartype.c). Returns false on OOM. */
bool zc_seg_cc_build(struct zc_seg_model *sm, const zc_seg_charclass *recs, size_t n);

/* Code-point categories of the scanner (chartype.c). */
enum { ZC_CT_OTHER, ZC_CT_SPACE, ZC_CT_DIGIT, ZC_CT_LATIN, ZC_CT_HAN };

/* The scanner category of `c`: whitespace (incl. U+3000, NBSP), ASCII or fullwidth digit,
 * ASCII or fullwidth letter, Han (by the class table), or anything else. */
int zc_seg_ctype(const struct zc_seg_model *sm, int32_t c);

/* What the lattice tells of a word's entry in the compiled lexicon (zc_seg_tag_of): an entry
 * index (>= 0), ZC_SEG_ENT_NONE for a word in neither lexicon, ZC_SEG_ENT_ASK when it does
 * not tell (a user word, an atom, a name, a word of the scanner). */
enum { ZC_SEG_ENT_NONE = -1, ZC_SEG_ENT_ASK = -2 };

/* zc_segment_words for a part of `utf8` at a time: the words of the whole text's segmentation
 * that start in [from, *stopped), where `from` is 0 or where an earlier call stopped and
 * *stopped is past byte `past` (or is len). The words are zc_segment_words's, and as valid;
 * *ents (unless `ents` is NULL) their entries, ZC_SEG_ENT_*. */
zc_status zc_segment_words_upto(zc_segmenter *s, const char *utf8, size_t len, size_t from,
                                size_t past, const zc_word **words, const int32_t **ents,
                                size_t *n, size_t *stopped);

/* A filter of lexicon words by their part-of-speech tag (ZC_SEG_TAG_LEN bytes, NUL-padded). */
typedef bool (*zc_seg_tag_fn)(const char *tag);

/* False when byte `p` starts a word (or ends the text) in zc_segment's segmentation of
 * utf8[lo, hi) whatever its best path, or when the word that holds the chars on both sides
 * of it can only be a lexicon word whose tag `keep` refuses (NULL keeps every word): no word
 * of the lexicon that starts at one of the chars of the Han run before `p` (at or after `lo`)
 * ends after it, no numeral or number atom goes on across it, no name of the unknown-word
 * model can hold it, and there is no user lexicon. True means that only segmenting tells.
 * A necessary condition read from the lexicon's double array, for rules that ask whether a
 * cue starts inside a word before they pay for segmenting. Cannot fail. */
bool zc_seg_may_join(const struct zc_seg_model *sm, const char *utf8, size_t lo, size_t hi,
                     size_t p, zc_seg_tag_fn keep);

/* The log-probability of the best segmentation of `utf8` (lattice.c): the sum over its words,
 * with marks and Latin words counting as unknown characters. model.c gives a user word
 * without a frequency one that just beats its own segmentation. */
double zc_seg_text_lp(zc_segmenter *s, const char *utf8, size_t len);

#endif
