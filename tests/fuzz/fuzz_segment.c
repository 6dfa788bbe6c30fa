/*
 * fuzz_segment.c — fuzz target of the word segmenter (src/words/lattice.c, dict.c,
 * chartype.c) on arbitrary bytes, with a user dictionary added to the model so its lexicon
 * is searched too. The first byte is a stop count k (0: never stop); the rest is the text.
 * zc_segment_words must give words in order, non-empty, not overlapping, inside the text,
 * of a known kind, on character boundaries when the text is valid UTF-8, with nothing but
 * non-word bytes between them (no ASCII letter or digit, no CJK ideograph); zc_segment,
 * stopped by its callback after k words, must give the first k of them.
 */
#include <string.h>

#include "fuzz.h"

static zc_segmenter *seg;

/* Words of a user dictionary (jieba format), some overlapping lexicon words. */
static const char user_dict[] = "稳中求进 100 n\n放管服 50\n一带一路\nPM2.5 10 eng\n"
                                "十四五规划 20 n\n王小明 5 nr\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    zc_model *m = zc_fuzz_model();
    const char *t = getenv("TMPDIR");
    char path[512];
    snprintf(path, sizeof path, "%s/zc-fuzz-userdict-XXXXXX", t && *t ? t : "/tmp");
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f || fputs(user_dict, f) == EOF || fclose(f) != 0) {
        perror("fuzz_segment: user dictionary");
        abort();
    }
    size_t nadded = 0;
    zc_status s = zc_model_add_user_dict(m, path, &nadded, NULL);
    remove(path);
    if (s != ZC_OK || nadded == 0 || zc_segmenter_new(m, &seg) != ZC_OK) {
        fprintf(stderr, "fuzz_segment: %s\n", zc_model_errmsg(m));
        abort();
    }
    return 0;
}

typedef struct stop_acc {
    const zc_word *want;   // the words of zc_segment_words
    size_t n, seen, stop;
} stop_acc;

static int compare_word(const zc_word *w, void *arg)
{
    stop_acc *a = arg;
    FUZZ_CHECK(a->seen < a->n);
    const zc_word *v = &a->want[a->seen];
    FUZZ_CHECK(w->start == v->start && w->end == v->end && w->kind == v->kind);
    a->seen++;
    return a->seen == a->stop;
}

/* True when the gap bytes [i, j) hold no ASCII letter or digit and no CJK ideograph. */
static bool gap_is_blank(const uint8_t *s, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        uint8_t b = s[k];
        if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
            return false;
        // U+4E00..U+9FFF: E4 B8 80 .. E9 BF BF
        if (b >= 0xE4 && b <= 0xE9 && k + 2 < j && (s[k + 1] & 0xC0) == 0x80 &&
            (s[k + 2] & 0xC0) == 0x80 && (b != 0xE4 || s[k + 1] >= 0xB8))
            return false;
    }
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t stop = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    bool valid = zc_fuzz_utf8_valid(text, len, NULL);

    const zc_word *words;
    size_t n;
    FUZZ_CHECK(zc_segment_words(seg, text, len, &words, &n) == ZC_OK);
    size_t prev = 0;
    for (size_t i = 0; i < n; i++) {
        const zc_word *w = &words[i];
        FUZZ_CHECK(w->start >= prev && w->start < w->end && w->end <= len);
        FUZZ_CHECK(w->kind >= ZC_WORD_LEXICON && w->kind <= ZC_WORD_PUNCT);
        FUZZ_CHECK(gap_is_blank(data + 1, prev, w->start));
        if (valid)
            FUZZ_CHECK(((uint8_t)text[w->start] & 0xC0) != 0x80 &&
                       (w->end == len || ((uint8_t)text[w->end] & 0xC0) != 0x80));
        prev = w->end;
    }
    FUZZ_CHECK(gap_is_blank(data + 1, prev, len));

    // The array is the segmenter's until its next call: copy it first.
    zc_word *copy = malloc((n ? n : 1) * sizeof *copy);
    if (!copy)
        abort();
    if (n)
        memcpy(copy, words, n * sizeof *copy);
    stop_acc a = {copy, n, 0, stop};
    FUZZ_CHECK(zc_segment(seg, text, len, compare_word, &a) == ZC_OK);
    FUZZ_CHECK(a.seen == (stop && stop < n ? stop : n));
    free(copy);
    return 0;
}
