/*
 * zhengce.h — the public API of libzhengce, the only installed header.
 *
 * zhengce turns Chinese policy texts into records (docs/RECORDS.md). A zc_model holds the
 * compiled dictionaries and rules; it is read-only once open and may be shared by threads.
 * A zc_doc holds one input and everything derived from it.
 *
 * Ownership, stated once: everything reachable from a zc_doc is the doc's own until
 * zc_doc_free; every `const char *` the library returns is borrowed (valid until the owning
 * handle is freed or, for error messages, until the next call on that handle);
 * zc_doc_new copies its input. Functions that can fail return a zc_status (ZC_OK is 0) and
 * pass objects back through an out-parameter that is NULL on failure. The library never
 * prints and never exits.
 */
#ifndef ZHENGCE_H
#define ZHENGCE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ZC_API marks what the shared library exports: it is built with hidden visibility, so
 * nothing else (no stage's internal function) is part of the ABI. */
#if defined(__GNUC__) && __GNUC__ >= 4
#define ZC_API __attribute__((visibility("default")))
#else
#define ZC_API
#endif

/** The library's version, "MAJOR.MINOR.PATCH" (that of the meson project). Cannot fail. */
ZC_API const char *zc_version(void);

/** Status codes. ZC_OK is 0; everything else is a failure. */
typedef enum zc_status {
    ZC_OK = 0,
    ZC_ENOMEM,     /**< out of memory */
    ZC_EIO,        /**< a file could not be read or written */
    ZC_EENCODING,  /**< undecodable bytes, or an unknown encoding label */
    ZC_ENOTTEXT,   /**< the input is binary, not text */
    ZC_EFORMAT,    /**< a bad dictionary line or image */
    ZC_EVERSION,   /**< a dictionary image of another format version */
    ZC_EREGEX,     /**< a pattern failed to compile */
    ZC_EICU,       /**< ICU reported an error */
    ZC_EINVAL,     /**< a bad argument */
    ZC_ELIMIT      /**< a size or time limit was exceeded */
} zc_status;

/** Static English text for a status code. Cannot fail. */
ZC_API const char *zc_strerror(zc_status s);

/** Allocates (p NULL) or resizes a large buffer to n bytes, its bytes kept, by the library's
 *  one large-buffer policy: from 1 MB on a new buffer starts on a 2 MB boundary, whole 2 MB,
 *  with transparent huge pages asked for (one page fault per 2 MB instead of per 4 KB); a
 *  buffer that grows is resized in place (realloc, which moves a large one's pages rather
 *  than copying them) and asks for huge pages over its new size. Below 1 MB, or built with
 *  -Dhuge_pages=false, plain realloc. NULL on OOM (p then still valid); free() frees. For
 *  callers' big growing buffers, such as an output in memory. */
ZC_API void *zc_big_realloc(void *p, size_t n);

/** The code point that starts at p (p < end) and its length in *n, for callers walking the
 *  matching view (always valid UTF-8) or other UTF-8 leniently: a byte that starts no
 *  sequence, or one cut short by `end`, reads as its own value, one byte long. Inline: the
 *  FTS5 tokenizer and the MinHash of `dedup` call it for every character. */
static inline uint32_t zc_utf8_at(const unsigned char *p, const unsigned char *end, size_t *n)
{
    uint32_t c = p[0];
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (k > (size_t)(end - p))
        k = 1;
    if (k > 1) {
        c &= 0x3Fu >> (k - 1);
        for (size_t i = 1; i < k; i++)
            c = (c << 6) | (p[i] & 0x3Fu);
    }
    *n = k;
    return c;
}

/** Encodings zhengce reports: always the superset of a family, so decoding never fails
 *  for a label the detector gave. */
typedef enum zc_encoding {
    ZC_ENC_UNKNOWN = 0,
    ZC_ENC_UTF8,
    ZC_ENC_UTF16LE,
    ZC_ENC_UTF16BE,
    ZC_ENC_GB18030,
    ZC_ENC_BIG5HKSCS,
    ZC_ENC_HZ
} zc_encoding;

/** The canonical label of an encoding ("UTF-8", "GB18030", "Big5-HKSCS", ...). */
ZC_API const char *zc_encoding_name(zc_encoding e);

/** Parses a label, case-insensitively, accepting common aliases (GBK, GB2312, CP936, Big5,
 *  UTF16LE, HZ, ...). Returns ZC_ENC_UNKNOWN for a label it does not know. */
ZC_API zc_encoding zc_encoding_parse(const char *label);

typedef struct zc_model zc_model;
typedef struct zc_doc zc_doc;

/** Opens the model: the compiled dictionaries in `dictdir`, or, when it is NULL, in
 *  $ZHENGCE_DICTDIR, else in the data directory compiled in. On failure *out is NULL and,
 *  when `errbuf` is not NULL, a message naming the file is written to it. */
ZC_API zc_status zc_model_open(const char *dictdir, zc_model **out, char *errbuf, size_t errlen);

/** Adds a user dictionary (jieba-compatible lines: `word [freq] [tag]`) to the model; call it
 *  before the model is shared. `*nrejected` (if not NULL) receives the number of rejected
 *  lines; their `file:line: reason` texts are in zc_model_errmsg. A missing file fails with
 *  ZC_EIO. */
ZC_API zc_status zc_model_add_user_dict(zc_model *m, const char *path, size_t *nadded,
                                        size_t *nrejected);

/** Adds user cue words to the extraction lexicon, through the same lexicon engine: lines
 *  `surface<TAB>kind<TAB>category`, kind `modality`, `enforcement`, `actor` or `cue` and
 *  category a value of that file's column in dicts/lex/README.md (`末位淘汰	enforcement
 *  accountability`; an enforcement word makes its record wherever it appears). Same contract
 *  as zc_model_add_user_dict: call it before the model is shared; rejected lines (bad
 *  columns, unknown kind or category, an entry the lexicon has) are counted in `*nrejected`
 *  with their `file:line: reason` texts in zc_model_errmsg; a missing file fails with
 *  ZC_EIO. */
ZC_API zc_status zc_model_add_user_lex(zc_model *m, const char *path, size_t *nadded,
                                       size_t *nrejected);

/** Detail of the model's last failure or load report. Borrowed. */
ZC_API const char *zc_model_errmsg(const zc_model *m);

/** Closes the model. NULL is a no-op. */
ZC_API void zc_model_close(zc_model *m);

/** How the bytes of a document are read. */
typedef enum zc_input_format {
    ZC_INPUT_AUTO = 0,      /**< by content: a PDF (%PDF- at the start), a DOCX (a ZIP archive
                                 naming [Content_Types].xml or word/document.xml), an HTML
                                 page (the bytes open like one), else text */
    ZC_INPUT_TEXT,          /**< plain text, markup and all */
    ZC_INPUT_HTML,          /**< an HTML page: the text a reader sees; `char` offsets count
                                 that text, `byte` offsets the page's bytes */
    ZC_INPUT_DOCX,          /**< a Word document: the text of word/document.xml; `char` and
                                 `byte` offsets count that extracted text (UTF-8), not the
                                 file */
    ZC_INPUT_PDF            /**< a PDF: the text of each page in reading order; offsets count
                                 that extracted text, not the file; records carry a page */
} zc_input_format;

/** The name of an input format ("auto", "text", "html", "docx", "pdf"), NULL for a value
 *  that is none; zc_input_format_parse is its inverse (-1 for a name that is none). */
ZC_API const char *zc_input_format_name(zc_input_format f);
ZC_API int zc_input_format_parse(const char *name);

/** Per-document options. Initialise with zc_options_init. */
typedef struct zc_options {
    zc_encoding from;       /**< forced encoding, or ZC_ENC_UNKNOWN to detect */
    int lossy;              /**< replace bad sequences by U+FFFD instead of failing */
    int t2s;                /**< convert traditional to simplified in the matching view */
    int keep_boilerplate;   /**< keep scraped-page clutter in the matching view */
    const char *doc_date;   /**< "YYYY-MM-DD" or NULL: the date relative times resolve to */
    size_t max_bytes;       /**< reject larger inputs (0: no limit); zc_doc_new_file reads
                                 at most max_bytes + 1 bytes of a file, device or pipe */
    double time_limit;      /**< seconds a doc may take through the pipeline (0, nan, or more
                                 than the clock holds: no limit); past it the stage fails
                                 with ZC_ELIMIT */
    zc_input_format input_format;   /**< ZC_INPUT_AUTO unless forced */
    int no_meta;            /**< zc_doc_write_jsonl and zc_doc_records_json leave out the
                                 line of kind "document" (its metadata) that they write
                                 before the records by default, as `extract` does */
    int explain;            /**< keep the candidates the decision tables rejected
                                 (zc_doc_rejected) and write each record's `explain` and the
                                 rejected candidates as lines of kind "rejected" (JSON Lines) */
} zc_options;

/** Sets the defaults, those of `zhengce extract`: detect the encoding, strict decoding,
 *  boilerplate excluded, traditional characters matched as simplified (t2s), at most 1 GiB
 *  and 300 seconds per document, the document's metadata line written before its records
 *  (no_meta 0). Cannot fail. */
ZC_API void zc_options_init(zc_options *o);

/** Creates a document from a copy of `len` bytes. `id` (copied) names it in messages and
 *  records. ZC_ELIMIT when `len` is over opt->max_bytes. */
ZC_API zc_status zc_doc_new(const void *bytes, size_t len, const char *id, const zc_options *opt,
                            zc_doc **out);

/** Creates a document from a file (read whole into the doc's own memory). On failure *out is
 *  NULL and `errbuf` receives a message naming the file. */
ZC_API zc_status zc_doc_new_file(const char *path, const char *id, const zc_options *opt,
                                 zc_doc **out, char *errbuf, size_t errlen);

/** Detail of the doc's last failure ("invalid GB18030 sequence at byte 1234"). Borrowed. */
ZC_API const char *zc_doc_errmsg(const zc_doc *d);

/** Byte offset in the original input of the doc's last failure, or -1 when none applies. */
ZC_API long long zc_doc_erroffset(const zc_doc *d);

/** The input bytes as given. `*len` receives their number. */
ZC_API const void *zc_doc_bytes(const zc_doc *d, size_t *len);

/** The document id given to zc_doc_new. */
ZC_API const char *zc_doc_id(const zc_doc *d);

/** Frees the doc and everything it owns. NULL is a no-op. */
ZC_API void zc_doc_free(zc_doc *d);

/* ---- Stage 1: normalize ------------------------------------------------------------- */

/** How the encoding was decided. */
typedef struct zc_detection {
    zc_encoding encoding;
    double confidence;      /**< in [0,1] */
    const char *reason;     /**< "bom", "strict-utf8", "statistical", "forced", ... (static) */
    int is_text;            /**< 0 for binary input (NUL bytes, image signatures) */
    int doubtful;           /**< 1 when no reading looks like Chinese text: `encoding` is only
                                 the best guess, and zc_decode fails unless it is forced */
} zc_detection;

/** Detects the encoding of raw bytes. Cannot fail; `m` may be NULL (no frequency model:
 *  structural signals only). */
ZC_API void zc_detect(const zc_model *m, const void *bytes, size_t len, zc_detection *out);

/** Decodes the doc (detect unless forced). Fails with ZC_ENOTTEXT or ZC_EENCODING, with the
 *  byte offset in zc_doc_erroffset; a doubtful detection fails with ZC_EENCODING even in
 *  lossy mode (the offset of its first bad sequence, else -1): force an encoding to decode it.
 *  Idempotent. */
ZC_API zc_status zc_decode(const zc_model *m, zc_doc *d);

/** Builds the matching view (decode first if needed): NFKC, spaces, controls, CRLF, T→S,
 *  boilerplate. Idempotent. */
ZC_API zc_status zc_normalize(const zc_model *m, zc_doc *d);

/** The detection result of a decoded doc. */
ZC_API const zc_detection *zc_doc_detection(const zc_doc *d);

/** The decoded text (UTF-8, no BOM). `*len` receives its length in bytes. */
ZC_API const char *zc_doc_decoded(const zc_doc *d, size_t *len);

/** Number of bad sequences replaced in lossy mode. */
ZC_API size_t zc_doc_nreplaced(const zc_doc *d);

/** Byte offset in the original input of the first sequence replaced in lossy mode, or -1. */
ZC_API long long zc_doc_replaced_offset(const zc_doc *d);

/** How a decoded doc was read: ZC_INPUT_TEXT, _HTML, _DOCX or _PDF (never _AUTO once
 *  decoded; ZC_INPUT_AUTO before). For DOCX and PDF the "original" of every offset is the
 *  extracted text, zc_doc_decoded, not the file. */
ZC_API zc_input_format zc_doc_input_format(const zc_doc *d);

/** The 1-based page of a PDF that decoded char `ch` is on; 0 for input that is no PDF. */
ZC_API size_t zc_doc_page(const zc_doc *d, size_t ch);

/** The matching view (UTF-8). `*len` receives its length in bytes. */
ZC_API const char *zc_doc_normalized(const zc_doc *d, size_t *len);

/** A position in the original input. */
typedef struct zc_origin {
    size_t char_start, char_end;   /**< code points of the decoded input, half-open */
    size_t byte_start, byte_end;   /**< bytes of the input file, half-open */
} zc_origin;

/** Maps the bytes [nstart, nend) of the matching view back to the original. Offsets must lie
 *  on character boundaries. Cannot fail for such offsets. */
ZC_API void zc_doc_origin(const zc_doc *d, size_t nstart, size_t nend, zc_origin *out);

/** The decoded characters behind view bytes [nstart, nend): a borrowed slice of the decoded
 *  text (not NUL-terminated), `*len` bytes long. */
ZC_API const char *zc_doc_original(const zc_doc *d, size_t nstart, size_t nend, size_t *len);

/** Writes the offset map: one line per character of the matching view, tab-separated:
 *  norm byte, norm char, the character, original char start/end, original byte start/end. */
ZC_API zc_status zc_doc_write_offsets(const zc_doc *d, FILE *out);

/* ---- Stage 2: structure ------------------------------------------------------------- */

/** What a sentence is in the document's structure. */
typedef enum zc_sentence_kind {
    ZC_SENT_BODY = 0,   /**< running text */
    ZC_SENT_HEADING,    /**< a heading: a line 一、… / (一)… / 1. …, or the first sentence of a
                             paragraph that opens with one (第四,强化医学监护。 + body) */
    ZC_SENT_ITEM        /**< the first sentence of a list item that is no heading: 一是… inside
                             a paragraph, or a numbered paragraph too long to be a title */
} zc_sentence_kind;

/** One sentence of a structured doc (zc_doc_sentence). */
typedef struct zc_sentence_info {
    size_t start, end;      /**< bytes of the matching view, half-open, whitespace trimmed */
    const char *text;       /**< its text with line breaks inside it removed (rejoined lines);
                                 borrowed, not NUL-terminated */
    size_t text_len;        /**< bytes of text */
    size_t para;            /**< paragraph number, from 0 */
    zc_sentence_kind kind;
    size_t depth;           /**< headings in its section path; a heading's path ends with itself */
} zc_sentence_info;

/** Finds the document's structure (normalizing first if needed): paragraphs (lines broken
 *  inside a sentence are rejoined; headings and list items keep their own lines), sentences
 *  (ended by 。!?;… with closing quotes kept), headings of every numbering style and the
 *  section path of every sentence (RECORDS.md `section`). The rules come from the model
 *  (dicts/structure/structure.tsv). Idempotent. Fails with the normalizer's errors, with
 *  ZC_EINVAL when the model has no structure rules, or ZC_ENOMEM. */
ZC_API zc_status zc_structure(const zc_model *m, zc_doc *d);

/** Number of sentences (headings included); 0 before zc_structure. */
ZC_API size_t zc_doc_nsentences(const zc_doc *d);

/** Describes sentence `i` (< zc_doc_nsentences). Cannot fail for such `i`. */
ZC_API void zc_doc_sentence(const zc_doc *d, size_t i, zc_sentence_info *out);

/** The sentence index of heading `k` (0 outermost, < depth) of sentence `i`'s section path;
 *  describe it with zc_doc_sentence. Cannot fail for such `i` and `k`. */
ZC_API size_t zc_doc_section_heading(const zc_doc *d, size_t i, size_t k);

/** The sentence holding view byte `pos` (or the first after it); zc_doc_nsentences(d) when
 *  there is none. */
ZC_API size_t zc_doc_sentence_at(const zc_doc *d, size_t pos);

/* ---- Stage 2: segment (words) ------------------------------------------------------- */

/** What a word is. */
typedef enum zc_word_kind {
    ZC_WORD_LEXICON = 0,  /**< a word of the lexicon (base lexicon or policy vocabulary) */
    ZC_WORD_USER,         /**< a word of a user dictionary */
    ZC_WORD_UNKNOWN,      /**< a Han character that is no word of the lexicon */
    ZC_WORD_NAME,         /**< a personal name found by the unknown-word model (王小明) */
    ZC_WORD_NUMBER,       /**< a number, percentage, date or time: 66.98%, 50万, 2010年, 二○○一年 */
    ZC_WORD_LATIN,        /**< a Latin word, with digits it carries: WTO, PM2.5 */
    ZC_WORD_PUNCT         /**< punctuation or a symbol (a run of one mark: ——, ……) */
} zc_word_kind;

/** One word: bytes [start, end) of the text given to zc_segment. */
typedef struct zc_word {
    size_t start, end;
    int kind;             /**< zc_word_kind */
} zc_word;

/** Per-thread scratch of the word segmenter. The model stays read-only and shared; each
 *  thread segments with its own zc_segmenter. */
typedef struct zc_segmenter zc_segmenter;

/** Creates a segmenter for the model (which must outlive it). Fails with ZC_ENOMEM, or
 *  ZC_EINVAL when the model has no lexicon. */
ZC_API zc_status zc_segmenter_new(const zc_model *m, zc_segmenter **out);

/** Frees the segmenter. NULL is a no-op. */
ZC_API void zc_segmenter_free(zc_segmenter *s);

/** Called once per word, in text order; a nonzero return stops the segmentation. */
typedef int (*zc_word_fn)(const zc_word *w, void *arg);

/** Segments UTF-8 text (invalid bytes become one-byte PUNCT words) into words, calling `fn`
 *  for each; whitespace is no word. Memory stays bounded by the longest run of Han
 *  characters (cut at 4096 characters), whatever `len` is, so a large text may be given
 *  whole. Returns ZC_OK (also when `fn` stopped it) or ZC_ENOMEM. */
ZC_API zc_status zc_segment(zc_segmenter *s, const char *utf8, size_t len, zc_word_fn fn,
                            void *arg);

/** Cuts UTF-8 text as zc_segment does, but gives every Han character as a word of its own
 *  (kind ZC_WORD_UNKNOWN) without the dictionary lattice: numbers, Latin words, punctuation
 *  and user words outside Han runs come out as from zc_segment. For a character index (the
 *  FTS5 tokenizer), at a fraction of the cost; needs no segmenter, and so no scratch memory.
 *  Returns ZC_OK (also when `fn` stopped it) or ZC_EINVAL when the model has no lexicon. */
ZC_API zc_status zc_segment_chars(const zc_model *m, const char *utf8, size_t len,
                                  zc_word_fn fn, void *arg);

/** Segments text into an array owned by the segmenter, valid until its next call: convenient
 *  for a sentence or a line (the array grows with the text). Returns ZC_OK or ZC_ENOMEM. */
ZC_API zc_status zc_segment_words(zc_segmenter *s, const char *utf8, size_t len,
                                  const zc_word **words, size_t *n);

/* ---- Stage 4: extract ---------------------------------------------------------------- */

/* The closed value sets of RECORDS.md, each listed once: X(ENUM_SUFFIX, "name"). The enums
 * below, the library's name tables and its parsers (zc_kind_parse, ...) are generated from
 * these lists, so a value is spelled in one place. */
#define ZC_KINDS(X) \
    X(TARGET, "target") X(DEADLINE, "deadline") X(ENFORCEMENT, "enforcement") \
    X(STATISTIC, "statistic")
#define ZC_MODALITIES(X) \
    X(NONE, "") X(MUST, "must") X(PROHIBIT, "prohibit") X(SHOULD, "should") \
    X(STRIVE, "strive") X(ENCOURAGE, "encourage")
#define ZC_CATEGORIES(X) \
    X(NONE, "") X(VETO, "veto") X(FINANCIAL, "financial") X(ACCOUNTABILITY, "accountability") \
    X(REFERRAL, "referral") X(INVESTIGATION, "investigation") X(INCENTIVE, "incentive") \
    X(COERCIVE, "coercive")
#define ZC_RELATIONS(X) \
    X(UNSPECIFIED, "unspecified") X(BEFORE, "before") X(BY, "by") X(ON, "on") \
    X(WITHIN, "within") X(AFTER, "after") X(AROUND, "around")

#define ZC__KIND(n, s) ZC_KIND_##n,
#define ZC__MOD(n, s) ZC_MOD_##n,
#define ZC__CAT(n, s) ZC_CAT_##n,
#define ZC__REL(n, s) ZC_REL_##n,
/** Record kinds (RECORDS.md `kind`); ZC_KIND_TARGET is 0. */
typedef enum zc_kind { ZC_KINDS(ZC__KIND) } zc_kind;
/** Obligation strength of a clause (RECORDS.md `modality`); ZC_MOD_NONE (0) is null, a
 *  statement of fact. */
typedef enum zc_modality { ZC_MODALITIES(ZC__MOD) } zc_modality;
/** Enforcement categories (RECORDS.md `enforcement.category`); ZC_CAT_NONE (0) is null, a
 *  mechanism that names no category (a bare 严惩). */
typedef enum zc_category { ZC_CATEGORIES(ZC__CAT) } zc_category;
/** Deadline relations (RECORDS.md `deadline.relation`); ZC_REL_UNSPECIFIED is 0. */
typedef enum zc_relation { ZC_RELATIONS(ZC__REL) } zc_relation;
#undef ZC__KIND
#undef ZC__MOD
#undef ZC__CAT
#undef ZC__REL
/* The number of values of each set. */
#define ZC__COUNT(n, s) +1
#define ZC_NKINDS (0 ZC_KINDS(ZC__COUNT))
#define ZC_NCATEGORIES (0 ZC_CATEGORIES(ZC__COUNT))

/** A stretch of the matching view: bytes [start, end). Empty (start == end) when absent. */
typedef struct zc_vspan {
    size_t start, end;
} zc_vspan;

/** One record. Text fields are spans of the matching view; the writers print the original
 *  characters behind them (zc_doc_origin). */
/** A row of a decision table (dicts/rules/decide-*.tsv) that fired for a candidate: the
 *  table's name (decide-number), the row's line in its file, and its reason. Owned by the
 *  model. */
typedef struct zc_explain {
    const char *table;
    unsigned line;
    const char *reason;
} zc_explain;

/** The most rows that decide one candidate (a number: decide-number, then decide-statistic). */
#define ZC_EXPLAIN_MAX 4

typedef struct zc_record {
    zc_kind kind;
    zc_vspan text;             /**< the trigger */
    size_t sentence;           /**< index for zc_doc_sentence */
    zc_modality modality;
    zc_vspan actor;            /**< empty: null */
    const char *rule;          /**< "<kind>.<name>", static */
    /* target and statistic */
    zc_vspan indicator;
    char comparator[3];        /**< "=", ">=", "<=", ">", "<", "~" (target only) */
    double value, value_max;
    int has_value_max;
    char unit[24];             /**< "" : null */
    int approx;
    /* deadline */
    char date[24];             /**< TIMEX3; "" : null */
    zc_relation relation;
    char recurrence[16];       /**< ISO 8601 duration; "" : null */
    zc_vspan task;
    /* enforcement */
    zc_vspan mechanism;
    zc_category category;
    zc_vspan condition;
    double amount, amount_max; /**< enforcement.amount (fines, rewards) when has_amount */
    int has_amount, has_amount_max;
    char amount_unit[24];
    /* the decision-table rows that fired, in order (none for the patterns of extract.tsv) */
    unsigned nexplain;
    const zc_explain *explain[ZC_EXPLAIN_MAX];
} zc_record;

/** Runs the whole pipeline on the doc (normalize, structure, match, extract) and keeps its
 *  records, ordered by char offset then kind. Idempotent. */
ZC_API zc_status zc_extract(const zc_model *m, zc_doc *d);

/** Number of records; 0 before zc_extract. */
ZC_API size_t zc_doc_nrecords(const zc_doc *d);

/** Record `i` (< zc_doc_nrecords). Borrowed. */
ZC_API const zc_record *zc_doc_record(const zc_doc *d, size_t i);

/** Number of candidates the decision tables rejected (a number judged neither target nor
 *  statistic, a time judged no deadline, a mechanism word rejected); 0 unless the doc's
 *  options asked for `explain`. */
ZC_API size_t zc_doc_nrejected(const zc_doc *d);

/** Rejected candidate `i` (< zc_doc_nrejected), in position order: its kind is the kind it
 *  was a candidate for (statistic for a number), `text`, `sentence` and `explain` are set,
 *  the rest is empty. Borrowed. */
ZC_API const zc_record *zc_doc_rejected(const zc_doc *d, size_t i);

/** Name of a kind, modality ("" for none), category ("" for none) or relation. */
ZC_API const char *zc_kind_name(zc_kind k);
ZC_API const char *zc_modality_name(zc_modality m);
ZC_API const char *zc_category_name(zc_category c);
ZC_API const char *zc_relation_name(zc_relation r);

/** The value a name stands for (the inverse of the *_name functions: "deadline" →
 *  ZC_KIND_DEADLINE), or -1 for a name that is not one. The empty string (and "none") is the
 *  null modality and category. */
ZC_API int zc_kind_parse(const char *name);
ZC_API int zc_modality_parse(const char *name);
ZC_API int zc_category_parse(const char *name);
ZC_API int zc_relation_parse(const char *name);

/** Writes the records as JSON Lines per RECORDS.md (keys in its order, `%.15g` numbers),
 *  with `doc` set to the doc id, after a line of kind "document" with the document's metadata
 *  (as zc_doc_write_meta_json) unless the doc's options set no_meta; a doc that went through
 *  neither zc_extract nor zc_meta has no metadata line. */
ZC_API zc_status zc_doc_write_jsonl(const zc_doc *d, FILE *out);

/** Finds the document's metadata (normalizing it first when needed): title, issuer(s),
 *  发文字号, date of issue, kind of document and genre, addressees, cc, signatory, and a
 *  speech's speaker and occasion, from the document's head and signature block with the lists
 *  of dicts/meta. A field the document does not state is left null. Idempotent. */
ZC_API zc_status zc_meta(const zc_model *m, zc_doc *d);

/** Writes the metadata found by zc_meta as one JSON object line of kind "document"
 *  (docs/RECORDS.md "Document metadata"): every field null or {"text", "char", "byte"} in the
 *  original, with "value"/"genre" where the field is parsed. ZC_EINVAL before zc_meta. */
ZC_API zc_status zc_doc_write_meta_json(const zc_doc *d, FILE *out);

/** The records as JSON Lines, exactly as zc_doc_write_jsonl writes them, in one buffer the doc
 *  owns (borrowed until zc_doc_free; NUL-terminated, `*len` bytes without the NUL). For
 *  callers without a FILE, such as language bindings. Fails with ZC_ENOMEM. */
ZC_API zc_status zc_doc_records_json(zc_doc *d, const char **json, size_t *len);

/** Writes the records as rows with the main fields flattened: CSV per RFC 4180 (CRLF line
 *  ends) when `sep` is ',', else `sep`-separated with tabs and line breaks in fields turned
 *  into spaces. The columns are those of zc_csv_header(sep), which writers print first. */
ZC_API zc_status zc_doc_write_csv(const zc_doc *d, FILE *out, char sep);
/** As zc_doc_write_csv, for a spreadsheet: a text cell starting with = + - @, a tab or a CR
 *  (what Excel or LibreOffice would run as a formula) gets an apostrophe in front; the number
 *  columns are written as they are. */
ZC_API zc_status zc_doc_write_csv_excel(const zc_doc *d, FILE *out, char sep);
ZC_API const char *zc_csv_header(char sep);

#ifdef __cplusplus
}
#endif
#endif
