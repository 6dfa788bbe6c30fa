/*
 * fuzz_image.c — fuzz target of the dictionary images: the container check (zc_image_check,
 * src/core/image.c) and the loaders of the image kinds that fit in a fuzzer's input, each
 * followed by a use of what it loaded, so a check the loader forgot shows up as a bad read
 * or a broken invariant.
 *
 * The input is one image. zc_image_check validates it as the kind its header names, and every
 * section it accepts is read from end to end. Then, by that kind:
 *   CFRQ (charfreq.zcd)  zc_enc_freq_load, then zc_detect of fixed samples that need the
 *                        frequency model (GBK, Big5, UTF-16 without BOM) with it;
 *   FOLD (fold.zcd)      zc_enc_fold_load, then zc_normalize of a fixed sample with t2s, whose
 *                        view must be strict UTF-8;
 *   WORD (words.zcd)     zc_seg_image_load, then zc_segment_words of a fixed sample with it,
 *                        whose words must lie in order inside the sample. The image carries a
 *                        checksum of its sections; the harness writes the right one into META
 *                        first, so the fuzzer reaches the structural checks behind it (the
 *                        checksum itself guards against damage, not against forged images).
 *                        The real words.zcd is 17 MB: the seeds are small lexicons.
 * The loaders take a dictionary directory, so the bytes are written to a private temporary
 * dictdir (its boiler/boilerplate.tsv empty: the patterns are not under test here). A
 * charfreq image holds 65536 scores (131 KB): run this target with -max_len=262144.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text/text_int.h"
#include "words/words_int.h"
#include "fuzz.h"

#define KIND_CFRQ ZC_FOURCC('C', 'F', 'R', 'Q')
#define KIND_FOLD ZC_FOURCC('F', 'O', 'L', 'D')
#define KIND_WORD ZC_SEG_IMAGE_KIND

static char tmpdir[256];

static void remove_tmpdir(void)
{
    char path[512];
    static const char *const names[] = {"charfreq.zcd", "fold.zcd", "words.zcd",
                                        "boiler/boilerplate.tsv", "boiler"};
    for (size_t i = 0; i < ZC_NELEM(names); i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, names[i]);
        remove(path);
    }
    remove(tmpdir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    zc_fuzz_model();
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/zc-fuzz-image-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("fuzz_image: mkdtemp");
        abort();
    }
    char path[512], boiler[512];
    snprintf(path, sizeof path, "%s/boiler/boilerplate.tsv", tmpdir);
    snprintf(boiler, sizeof boiler, "%s/boiler", tmpdir);
    FILE *f = NULL;
    if (mkdir(boiler, 0700) != 0 || !(f = fopen(path, "w")) || fclose(f) != 0) {
        perror("fuzz_image: temporary dictdir");
        abort();
    }
    atexit(remove_tmpdir);
    return 0;
}

/* Writes the image as `name` in the temporary dictdir. */
static void put_image(const char *name, const uint8_t *data, size_t size)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        perror(path);
        abort();
    }
}

/* Reads every byte of every section the container check accepted. */
static void read_sections(const zc_image *img)
{
    volatile uint8_t sum = 0;
    for (uint32_t i = 0; i < img->nsec; i++) {
        zc_image_section s;
        memcpy(&s, &img->secs[i], sizeof s);
        size_t size;
        const uint8_t *p = zc_image_get(img, s.id, &size);
        FUZZ_CHECK(p != NULL && p >= img->base && size <= img->size &&
                   (size_t)(p - img->base) <= img->size - size);
        for (size_t k = 0; k < size; k++)
            sum += p[k];
    }
    (void)sum;
}

static void check_detection(const zc_detection *det)
{
    FUZZ_CHECK(det->encoding >= ZC_ENC_UNKNOWN && det->encoding <= ZC_ENC_HZ);
    FUZZ_CHECK(det->confidence >= 0.0 && det->confidence <= 1.0);
    FUZZ_CHECK(det->reason != NULL);
}

/* 关于加快发展 in GBK and Big5, and 发展 in UTF-16LE/BE without a BOM. */
static const struct {
    const char *bytes;
    size_t len;
} samples[] = {
    {"\xb9\xd8\xd3\xda\xbc\xd3\xbf\xec\xb7\xa2\xd5\xb9", 12},
    {"\xc3\xf6\xa9\xf3\xa5\x5b\xa7\xd6\xb5\x6f\xae\x69", 12},
    {"\xd1\x53\x55\x5c", 4},
    {"\x53\xd1\x5c\x55", 4},
};

static void use_charfreq(zc_model *m, struct zc_charfreq *freq)
{
    struct zc_charfreq *saved = m->enc->freq;
    m->enc->freq = freq;
    for (size_t i = 0; i < ZC_NELEM(samples); i++) {
        zc_detection det;
        zc_detect(m, samples[i].bytes, samples[i].len, &det);
        check_detection(&det);
    }
    m->enc->freq = saved;
}

/* 「兩岸經濟」與ＡＢＣ１２３ (traditional, fullwidth) and 𠀀: the T→S table and the kept map. */
static const char fold_sample[] = "\xe3\x80\x8c\xe5\x85\xa9\xe5\xb2\xb8\xe7\xb6\x93\xe6\xbf\x9f"
                                  "\xe3\x80\x8d\xe8\x88\x87\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3"
                                  "\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93 \xf0\xa0\x80\x80\n";

static void use_fold(zc_model *m, struct zc_fold *fold)
{
    struct zc_fold *saved = m->enc->fold;
    m->enc->fold = fold;
    zc_options opt;
    zc_options_init(&opt);
    opt.from = ZC_ENC_UTF8;
    opt.t2s = 1;
    opt.keep_boilerplate = 1;
    zc_doc *d;
    if (zc_doc_new(fold_sample, sizeof fold_sample - 1, "fuzz", &opt, &d) != ZC_OK)
        abort();
    FUZZ_CHECK(zc_normalize(m, d) == ZC_OK);
    size_t len;
    const char *view = zc_doc_normalized(d, &len);
    FUZZ_CHECK(zc_fuzz_utf8_valid(view, len, NULL));
    zc_doc_free(d);
    m->enc->fold = saved;
}

/* Writes the checksum of the sections of a words image into its META section (in `img`,
 * an image that passed zc_image_check, in writable memory). */
static void fix_checksum(const zc_image *img)
{
    static const uint32_t ids[] = {ZC_SEG_SEC_BASE, ZC_SEG_SEC_CHECK, ZC_SEG_SEC_ENTRIES,
                                   ZC_SEG_SEC_POOL, ZC_SEG_SEC_CHARS};
    size_t size;
    uint8_t *meta = (uint8_t *)zc_image_get(img, ZC_SEG_SEC_META, &size);
    if (!meta || size != sizeof(zc_seg_meta))
        return;
    uint64_t h = zc_seg_checksum(0, meta, offsetof(zc_seg_meta, checksum));
    for (size_t i = 0; i < ZC_NELEM(ids); i++) {
        size_t n;
        const void *p = zc_image_get(img, ids[i], &n);
        if (!p)
            return;
        h = zc_seg_checksum(h, p, n);
    }
    memcpy(meta + offsetof(zc_seg_meta, checksum), &h, sizeof h);
}

/* 王小明在2021年提出PM2.5治理方案,稳中求进。 */
static const char seg_sample[] = "\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e\xe5\x9c\xa8"
                                 "2021\xe5\xb9\xb4\xe6\x8f\x90\xe5\x87\xba"
                                 "PM2.5\xe6\xb2\xbb\xe7\x90\x86\xe6\x96\xb9\xe6\xa1\x88"
                                 "\xef\xbc\x8c\xe7\xa8\xb3\xe4\xb8\xad\xe6\xb1\x82"
                                 "\xe8\xbf\x9b\xe3\x80\x82 \xff";

static void use_words(struct zc_seg_model *sm)
{
    zc_model m = {0};
    m.seg = sm;
    zc_segmenter *seg;
    FUZZ_CHECK(zc_segmenter_new(&m, &seg) == ZC_OK);
    const zc_word *w;
    size_t n, prev = 0;
    FUZZ_CHECK(zc_segment_words(seg, seg_sample, sizeof seg_sample - 1, &w, &n) == ZC_OK);
    for (size_t i = 0; i < n; i++) {
        FUZZ_CHECK(w[i].start >= prev && w[i].start < w[i].end);
        FUZZ_CHECK(w[i].end <= sizeof seg_sample - 1);
        prev = w[i].end;
    }
    zc_segmenter_free(seg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The loaders see a page-aligned mapping; give the container check aligned memory too.
    uint8_t *copy = malloc(size ? size : 1);
    if (!copy)
        abort();
    memcpy(copy, data, size);
    uint32_t kind = 0;
    if (size >= 16)
        memcpy(&kind, copy + 12, sizeof kind);
    zc_image img;
    char err[512];
    if (zc_image_check(copy, size, kind, &img, err, sizeof err) == ZC_OK) {
        read_sections(&img);
        if (kind == KIND_WORD)
            fix_checksum(&img);
    } else {
        FUZZ_CHECK(err[0] != '\0' && img.nsec == 0);
    }

    zc_model *m = zc_fuzz_model();
    zc_model scratch = {0};   // receives the loaders' messages
    if (kind == KIND_CFRQ) {
        put_image("charfreq.zcd", data, size);
        struct zc_charfreq *freq;
        if (zc_enc_freq_load(&scratch, tmpdir, &freq) == ZC_OK) {
            use_charfreq(m, freq);
            zc_enc_freq_free(freq);
        } else {
            FUZZ_CHECK(freq == NULL && scratch.errmsg[0] != '\0');
        }
    } else if (kind == KIND_WORD) {
        put_image("words.zcd", copy, size);
        char path[512];
        snprintf(path, sizeof path, "%s/words.zcd", tmpdir);
        struct zc_seg_model *sm = calloc(1, sizeof *sm);
        if (!sm)
            abort();
        zc_vec_init(&sm->upool, 1);
        zc_vec_init(&sm->uwords, sizeof(zc_seg_uword));
        if (zc_seg_image_load(sm, path, err, sizeof err) == ZC_OK)
            use_words(sm);
        else
            FUZZ_CHECK(err[0] != '\0' && sm->img.base == NULL && sm->cc == NULL);
        zc_seg_model_free(sm);
    } else if (kind == KIND_FOLD) {
        put_image("fold.zcd", data, size);
        struct zc_fold *fold;
        if (zc_enc_fold_load(&scratch, tmpdir, &fold) == ZC_OK) {
            use_fold(m, fold);
            zc_enc_fold_free(fold);
        } else {
            FUZZ_CHECK(fold == NULL && scratch.errmsg[0] != '\0');
        }
    }
    free(copy);
    return 0;
}
