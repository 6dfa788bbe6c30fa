/*
 * check_seg.c — the Check suite of the segmenter stage (src/words). Words: the lattice (best
 * path over dictionary words), the unknown-word model (personal names), atoms (numbers,
 * dates, Latin words, marks), user dictionaries (with bad lines) and the image loader
 * (truncated and corrupted images are rejected), and zc_segment_chars (the same cuts outside
 * Han runs, one word per Han character). Words are compared joined by "/".
 */
#define _GNU_SOURCE   // memmem
#include <check.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "words/words_int.h"
#include "zc_int.h"

static zc_model *model;

static void model_open(void)
{
    char err[4096];
    ck_assert_msg(zc_model_open(ZC_TEST_DICTDIR, &model, err, sizeof err) == ZC_OK, "%s", err);
}

static void model_close(void)
{
    zc_model_close(model);
    model = NULL;
}

/* The words of `text` joined by "/" (static buffer). */
static const char *seg_join(const char *text)
{
    static char buf[4096];
    zc_segmenter *s;
    ck_assert_int_eq(zc_segmenter_new(model, &s), ZC_OK);
    const zc_word *w;
    size_t n, k = 0;
    ck_assert_int_eq(zc_segment_words(s, text, strlen(text), &w, &n), ZC_OK);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%.*s", i ? "/" : "",
                              (int)(w[i].end - w[i].start), text + w[i].start);
    zc_segmenter_free(s);
    return buf;
}

typedef struct seg_case {
    const char *in, *want;
} seg_case;

/* ---- lattice ---------------------------------------------------------------------------- */

static const seg_case lattice_cases[] = {
    {"研究生命起源", "研究/生命/起源"},
    {"结婚的和尚未结婚的", "结婚/的/和/尚未/结婚/的"},
    {"我们要有所改善", "我们/要/有所/改善"},          // jieba's 有所改善 is split
    {"中国人民银行", "中国/人民/银行"},                // compound of shorter words
    {"全面落实河长制和秸秆禁烧", "全面/落实/河长制/和/秸秆禁烧"},   // policy vocabulary
    {"坚持党风廉政建设，实现两不愁三保障", "坚持/党风廉政建设/，/实现/两不愁三保障"},
    {"因地制宜的办法", "因地制宜/的/办法"},            // an idiom stays whole
    {"", ""},
    {"  \t ", ""},
};

START_TEST(seg_test_lattice)
{
    ck_assert_str_eq(seg_join(lattice_cases[_i].in), lattice_cases[_i].want);
}
END_TEST

/* ---- unknown-word model ----------------------------------------------------------------- */

static const seg_case unknown_cases[] = {
    {"王小明和李建国在北京开会", "王小明/和/李建国/在/北京/开会"},
    {"他说张三不在", "他/说/张/三/不/在"},             // 三 is a numeral, not a name character
    {"陈的了", "陈/的/了"},                            // name stops
};

START_TEST(seg_test_unknown)
{
    ck_assert_str_eq(seg_join(unknown_cases[_i].in), unknown_cases[_i].want);
}
END_TEST

START_TEST(seg_test_kinds)
{
    zc_segmenter *s;
    ck_assert_int_eq(zc_segmenter_new(model, &s), ZC_OK);
    const char *t = "孙丽萍说2001年PM2.5，";
    const zc_word *w;
    size_t n;
    ck_assert_int_eq(zc_segment_words(s, t, strlen(t), &w, &n), ZC_OK);
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(w[0].kind, ZC_WORD_NAME);
    ck_assert_int_eq(w[1].kind, ZC_WORD_LEXICON);
    ck_assert_int_eq(w[2].kind, ZC_WORD_NUMBER);
    ck_assert_int_eq(w[3].kind, ZC_WORD_LATIN);
    ck_assert_int_eq(w[4].kind, ZC_WORD_PUNCT);
    zc_segmenter_free(s);
}
END_TEST

/* zc_segment_words_upto, asked for a byte at a time, then in strides (as extraction asks for
 * a sentence's words on use), must give the whole text's words, each word that starts up to
 * the byte asked at once: a resumed scan that lost a word, repeated one or cut a Han run
 * where it stopped would differ. */
static const char *const upto_texts[] = {
    "孙丽萍说2001年PM2.5，全省要建成5G基站1000座；到2025年，城镇新增就业1100万人以上。",
    "  各地商务主管部门要定期进行评估  ,研究深度学习 New York 与 AT&T 合作",
    "中华人民共和国国务院办公厅关于印发《“十四五”数字经济发展规划》的通知",
};

START_TEST(seg_test_upto)
{
    zc_segmenter *s;
    ck_assert_int_eq(zc_segmenter_new(model, &s), ZC_OK);
    const char *t = upto_texts[_i];
    size_t len = strlen(t);
    const zc_word *w;
    size_t nall;
    ck_assert_int_eq(zc_segment_words(s, t, len, &w, &nall), ZC_OK);
    zc_word *all = malloc((nall + 1) * sizeof *all);
    ck_assert_ptr_nonnull(all);
    memcpy(all, w, nall * sizeof *all);
    for (size_t stride = 1; stride <= 7; stride += 3) {
        size_t from = 0, k = 0, calls = 0;
        for (size_t past = 0; from < len; past += stride, calls++) {
            size_t n, stopped;
            const int32_t *ent;
            ck_assert_int_eq(
                zc_segment_words_upto(s, t, len, from, past, &w, &ent, &n, &stopped), ZC_OK);
            ck_assert(stopped >= from && (stopped == len || stopped > past));
            for (size_t i = 0; i < n; i++, k++) {
                ck_assert_uint_lt(k, nall);
                ck_assert_uint_eq(w[i].start, all[k].start);
                ck_assert_uint_eq(w[i].end, all[k].end);
                ck_assert_int_eq(w[i].kind, all[k].kind);
                // The entry the lattice tells gives the tag the lexicons give.
                char a[ZC_SEG_TAG_LEN], b[ZC_SEG_TAG_LEN];
                bool ta = zc_seg_tag_of(model->seg, t + w[i].start, w[i].end - w[i].start,
                                        ent[i], a);
                bool tb = zc_seg_tag(model->seg, t + w[i].start, w[i].end - w[i].start, b);
                ck_assert(ta == tb && memcmp(a, b, sizeof a) == 0);
            }
            ck_assert(k == nall || all[k].start > past);   // every word up to past is out
            from = stopped;
        }
        ck_assert_uint_eq(k, nall);
        ck_assert_uint_gt(calls, 1);
    }
    free(all);
    zc_segmenter_free(s);
}
END_TEST

/* ---- atoms ------------------------------------------------------------------------------ */

static const seg_case atom_cases[] = {
    {"2001年1月25日前完成66.98%的任务", "2001年/1月/25日/前/完成/66.98%/的/任务"},
    {"增长13.4万元", "增长/13.4万/元"},
    {"PM2.5浓度下降０.64‰", "PM2.5/浓度/下降/０.64‰"},
    {"１９９５年全县", "１９９５年/全县"},                // fullwidth digits kept together
    {"二○○一年十二月三十一日", "二○○一年/十二月/三十一日"},
    {"第十七次会议", "第十七/次/会议"},
    {"二十一世纪", "二十一/世纪"},
    {"1,000元和3.14", "1,000/元/和/3.14"},
    {"COVID-19疫情和AT&T公司", "COVID-19/疫情/和/AT&T/公司"},
    {"……——。", "……/——/。"},                        // runs of one mark
    {"a\xff" "b", "a/\xff/b"},                         // an invalid byte is kept
};

/* ---- characters (zc_segment_chars, for the FTS5 tokenizer) ----------------------------- */

static const seg_case chars_cases[] = {
    {"研究生命起源", "研/究/生/命/起/源"},
    {"2001年1月25日前完成66.98%的任务", "2001年/1月/25日/前/完/成/66.98%/的/任/务"},
    {"二○○一年", "二/○/○/一/年"},
    {"COVID-19疫情和AT&T公司", "COVID-19/疫/情/和/AT&T/公/司"},
    {"……——。", "……/——/。"},
    {"a\xff" "b", "a/\xff/b"},
    {"", ""},
};

static int chars_put(const zc_word *w, void *arg)
{
    zc_vec *v = arg;
    return !zc_vec_push(v, w);
}

START_TEST(seg_test_chars)
{
    const char *t = chars_cases[_i].in;
    zc_vec v;
    zc_vec_init(&v, sizeof(zc_word));
    ck_assert_int_eq(zc_segment_chars(model, t, strlen(t), chars_put, &v), ZC_OK);
    char buf[4096];
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < v.len; i++) {
        const zc_word *w = (const zc_word *)v.data + i;
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%.*s", i ? "/" : "",
                              (int)(w->end - w->start), t + w->start);
        // A Han character is a word of its own, of kind UNKNOWN.
        if (w->end - w->start == 3 && (unsigned char)t[w->start] >= 0xE4 &&
            (unsigned char)t[w->start] <= 0xE9)
            ck_assert_int_eq(w->kind, ZC_WORD_UNKNOWN);
    }
    zc_vec_free(&v);
    ck_assert_str_eq(buf, chars_cases[_i].want);
}
END_TEST

START_TEST(seg_test_chars_nomodel)
{
    ck_assert_int_eq(zc_segment_chars(NULL, "问责", 6, chars_put, NULL), ZC_EINVAL);
}
END_TEST

START_TEST(seg_test_atoms)
{
    ck_assert_str_eq(seg_join(atom_cases[_i].in), atom_cases[_i].want);
}
END_TEST

/* ---- user dictionaries ------------------------------------------------------------------ */

static char udict_path[256];

static void udict_setup(void)
{
    model_open();
    snprintf(udict_path, sizeof udict_path, "/tmp/check_seg_%d.dict", (int)getpid());
    FILE *f = fopen(udict_path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("\xEF\xBB\xBF# a comment\n"
          "云计算平台\n"
          "New York 10\n"
          "深度学习 5 n\n"
          "\n"
          "坏行 -5\n"
          "坏频 3.5\n"
          "坏字 \xff\xfe 3\n"
          "小明同学 1000 nr\r\n",
          f);
    // A NUL byte rejects its line; an indented comment and a line of blanks are skipped.
    static const char tail[] = "坏\0行 3\n  # an indented comment\n \t\n";
    fwrite(tail, 1, sizeof tail - 1, f);
    fclose(f);
}

static void udict_teardown(void)
{
    remove(udict_path);
    model_close();
}

static const seg_case user_cases[] = {
    {"云计算平台上的New York", "云计算平台/上/的/New York"},
    {"研究深度学习", "研究/深度学习"},
    {"小明同学来了", "小明同学/来/了"},
};

START_TEST(seg_test_user)
{
    size_t added, rejected;
    ck_assert_int_eq(zc_model_add_user_dict(model, udict_path, &added, &rejected), ZC_OK);
    ck_assert_uint_eq(added, 4);
    ck_assert_uint_eq(rejected, 4);
    char want[2048];
    snprintf(want, sizeof want,
             "%s:6: negative frequency -5\n%s:7: frequency 3.5 is not a whole number\n"
             "%s:8: invalid UTF-8 in the word\n%s:10: NUL byte in the line",
             udict_path, udict_path, udict_path, udict_path);
    ck_assert_str_eq(zc_model_errmsg(model), want);
    ck_assert_str_eq(seg_join(user_cases[_i].in), user_cases[_i].want);
}
END_TEST

START_TEST(seg_test_user_missing)
{
    size_t added = 9, rejected = 9;
    ck_assert_int_eq(zc_model_add_user_dict(model, "/nonexistent/x.dict", &added, &rejected),
                     ZC_EIO);
    ck_assert_uint_eq(added, 0);
    ck_assert_ptr_nonnull(strstr(zc_model_errmsg(model), "/nonexistent/x.dict"));
    ck_assert_int_eq(zc_model_add_user_dict(model, "/tmp", &added, &rejected), ZC_EIO);
    ck_assert_str_eq(zc_model_errmsg(model), "/tmp: is a directory");
}
END_TEST

/* ---- image loader ----------------------------------------------------------------------- */

static uint8_t *image;
static size_t image_len;

static void image_setup(void)
{
    char err[512];
    ck_assert_msg(zc_read_file(ZC_TEST_DICTDIR "/words.zcd", &image, &image_len, err,
                               sizeof err) == ZC_OK, "%s", err);
}

static void image_teardown(void)
{
    free(image);
}

/* Loads `n` bytes of a (possibly damaged) image through a file; returns the status and the
 * message in err. */
static zc_status load_copy(const uint8_t *p, size_t n, char *err, size_t errlen)
{
    char path[256];
    snprintf(path, sizeof path, "/tmp/check_seg_%d.zcd", (int)getpid());
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(p, 1, n, f), n);
    fclose(f);
    struct zc_seg_model sm;
    memset(&sm, 0, sizeof sm);
    zc_status s = zc_seg_image_load(&sm, path, err, errlen);
    if (s == ZC_OK) {
        zc_image_close(&sm.img);
        free(sm.cc);
        free(sm.lexcn);
    }
    remove(path);
    return s;
}

START_TEST(seg_test_image_ok)
{
    char err[512] = "";
    ck_assert_msg(load_copy(image, image_len, err, sizeof err) == ZC_OK, "%s", err);
}
END_TEST

static const size_t cut_at[] = {0, 10, 40, 1000, 0x10000};

START_TEST(seg_test_image_truncated)
{
    char err[512] = "";
    size_t n = cut_at[_i] < image_len ? cut_at[_i] : image_len - 1;
    ck_assert_int_eq(load_copy(image, n, err, sizeof err), ZC_EFORMAT);
    ck_assert_msg(strstr(err, "truncated") || strstr(err, "corrupt"), "%s", err);
}
END_TEST

/* Byte positions (as fractions of the size) to damage. */
static const double damage_at[] = {0.2, 0.5, 0.8, 0.99};

START_TEST(seg_test_image_corrupted)
{
    char err[512] = "";
    size_t pos = (size_t)(damage_at[_i] * (double)image_len);
    image[pos] ^= 0x5A;
    zc_status s = load_copy(image, image_len, err, sizeof err);
    image[pos] ^= 0x5A;
    ck_assert_int_eq(s, ZC_EFORMAT);
    ck_assert_msg(strstr(err, "corrupt"), "%s", err);
}
END_TEST

START_TEST(seg_test_da_engine)
{
    // The lexicon engine: exact lookup, common-prefix search (shorter first, capped), the
    // first-char table, and the trie read back from an image as a loader maps it.
    zc_da_key keys[] = {{"\xe4\xb8\x80", 3, 7},          // 一
                        {"\xe4\xb8\x80\xe5\xae\x9a", 6, 8},  // 一定
                        {"\xe4\xb8\x80\xe5\xae\x9a\xe8\xa6\x81", 9, 9},   // 一定要
                        {"z", 1, 1}};
    int32_t *base, *check;
    uint32_t nn;
    ck_assert_int_eq(zc_da_build(keys, 4, &base, &check, &nn), ZC_OK);
    zc_da da = {base, check, nn};
    char err[256];
    ck_assert_int_eq(zc_da_check(&da, 10, err, sizeof err), ZC_OK);
    ck_assert_int_eq(zc_da_check(&da, 9, err, sizeof err), ZC_EFORMAT);
    const char *t = "\xe4\xb8\x80\xe5\xae\x9a\xe8\xa6\x81\xe5\x81\x9a";   // 一定要做
    ck_assert_int_eq(zc_da_find(&da, t, 6), 8);
    ck_assert_int_eq(zc_da_find(&da, t, 4), -1);
    ck_assert_int_eq(zc_da_find(&da, t, 12), -1);
    zc_da_hit hits[2];
    ck_assert_uint_eq(zc_da_prefixes(&da, t, 12, hits, 2), 3);
    ck_assert_uint_eq(hits[0].len, 3);
    ck_assert_uint_eq(hits[0].value, 7);
    ck_assert_uint_eq(hits[1].len, 6);
    ck_assert_uint_eq(hits[1].value, 8);
    ck_assert_uint_eq(zc_da_prefixes(&da, "zz", 2, hits, 2), 1);
    uint32_t *cn = zc_da_char_nodes(&da);
    ck_assert_ptr_nonnull(cn);
    size_t i;
    ck_assert_uint_ne(zc_da_first(&da, cn, t, 12, &i), 0);
    ck_assert_uint_eq(i, 3);
    ck_assert_int_eq(zc_da_value(&da, zc_da_first(&da, cn, t, 12, &i)), 7);
    ck_assert_uint_eq(zc_da_first(&da, cn, "\xe5\x81\x9a", 3, &i), 0);   // 做 begins no key
    // The pair filter holds the first two chars of every key of two chars or more (一定, and
    // z with the "zz" key below absent: z's only key is z itself).
    uint64_t *pairs = zc_da_pairs(&da, cn);
    ck_assert_ptr_nonnull(pairs);
    ck_assert(zc_da_pair_may(pairs, 0x4E00, 0x5B9A));    // 一 定
    ck_assert(!zc_da_pair_may(pairs, 0x4E00, 0x505A));   // 一 做: no key
    ck_assert(!zc_da_pair_may(pairs, 0x5B9A, 0x8981));   // 定 要: not a key's first two
    ck_assert(!zc_da_pair_may(pairs, 'z', 'z'));
    size_t set = 0;
    for (size_t w = 0; w < ZC_DA_PAIR_BITS / 64; w++)
        set += (size_t)__builtin_popcountll(pairs[w]);
    ck_assert_uint_eq(set, 1);   // 一定 and 一定要 share their first two chars
    free(pairs);
    free(cn);
    // Serialised as two sections of an image and bound back.
    char path[] = "/tmp/zc_da_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    zc_image_part parts[] = {{ZC_FOURCC('D', 'A', 'B', 'A'), base, (size_t)nn * 4},
                             {ZC_FOURCC('D', 'A', 'C', 'H'), check, (size_t)nn * 4}};
    ck_assert_int_eq(zc_image_write(path, ZC_FOURCC('T', 'E', 'S', 'T'), parts, 2, err,
                                    sizeof err), ZC_OK);
    zc_image img;
    ck_assert_int_eq(zc_image_open(path, ZC_FOURCC('T', 'E', 'S', 'T'), &img, err, sizeof err),
                     ZC_OK);
    zc_da mapped;
    ck_assert_int_eq(zc_da_from_image(&img, ZC_FOURCC('D', 'A', 'B', 'A'),
                                      ZC_FOURCC('D', 'A', 'C', 'H'), &mapped, err, sizeof err),
                     ZC_OK);
    ck_assert_int_eq(zc_da_find(&mapped, t, 9), 9);
    ck_assert_int_eq(zc_da_from_image(&img, ZC_FOURCC('D', 'A', 'B', 'A'),
                                      ZC_FOURCC('N', 'O', 'N', 'E'), &mapped, err, sizeof err),
                     ZC_EFORMAT);
    zc_image_close(&img);
    unlink(path);
    free(base);
    free(check);
}
END_TEST

/* The fields of META the loader takes as they are (the longest entry, exact sums): a damaged
 * one is refused like a damaged section. */
START_TEST(seg_test_image_meta_damaged)
{
    char err[512] = "";
    struct zc_seg_model sm;
    memset(&sm, 0, sizeof sm);
    zc_seg_meta mt;
    ck_assert_int_eq(load_copy(image, image_len, err, sizeof err), ZC_OK);
    ck_assert_int_eq(zc_image_open(ZC_TEST_DICTDIR "/words.zcd", ZC_SEG_IMAGE_KIND, &sm.img, err,
                                   sizeof err), ZC_OK);
    size_t n;
    memcpy(&mt, zc_image_get(&sm.img, ZC_SEG_SEC_META, &n), sizeof mt);
    zc_image_close(&sm.img);
    uint8_t *at = memmem(image, image_len, &mt, sizeof mt);
    ck_assert_ptr_nonnull(at);
    size_t fields[] = {offsetof(zc_seg_meta, max_bytes), offsetof(zc_seg_meta, exact_sums)};
    for (size_t i = 0; i < ZC_NELEM(fields); i++) {
        at[fields[i]] ^= 0x01;
        zc_status s = load_copy(image, image_len, err, sizeof err);
        at[fields[i]] ^= 0x01;
        ck_assert_int_eq(s, ZC_EFORMAT);
        ck_assert_msg(strstr(err, "corrupt"), "%s", err);
    }
}
END_TEST

START_TEST(seg_test_da_check)
{
    // A trie slot naming an entry past the table is caught even with a matching checksum.
    zc_da_key keys[] = {{"ab", 2, 0}, {"abc", 3, 1}, {"b", 1, 2}};
    int32_t *base, *check;
    uint32_t nn;
    ck_assert_int_eq(zc_da_build(keys, 3, &base, &check, &nn), ZC_OK);
    zc_seg_entry ents[3] = {{-1, 0, 2}, {-2, 0, 3}, {-3, 1, 1}};
    zc_seg_lex lx = {{base, check, nn}, ents, 3, "abc", 3, NULL};
    char err[256];
    ck_assert_int_eq(zc_seg_lex_check(&lx, err, sizeof err), ZC_OK);
    ck_assert_int_eq(zc_seg_lex_find(&lx, "abc", 3), 1);
    ck_assert_int_eq(zc_seg_lex_find(&lx, "a", 1), -1);
    lx.nents = 2;
    ck_assert_int_eq(zc_seg_lex_check(&lx, err, sizeof err), ZC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err, "entry"));
    zc_da_key dup[] = {{"x", 1, 0}, {"x", 1, 1}};
    int32_t *b2, *c2;
    ck_assert_int_eq(zc_da_build(dup, 2, &b2, &c2, &nn), ZC_EINVAL);
    free(base);
    free(check);
}
END_TEST

static Suite *seg_suite(void)
{
    Suite *s = suite_create("seg");
    TCase *tc = tcase_create("lattice");
    tcase_add_unchecked_fixture(tc, model_open, model_close);
    tcase_add_loop_test(tc, seg_test_lattice, 0, ZC_NELEM(lattice_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("unknown");
    tcase_add_unchecked_fixture(tc, model_open, model_close);
    tcase_add_loop_test(tc, seg_test_unknown, 0, ZC_NELEM(unknown_cases));
    tcase_add_test(tc, seg_test_kinds);
    tcase_add_loop_test(tc, seg_test_upto, 0, ZC_NELEM(upto_texts));
    suite_add_tcase(s, tc);
    tc = tcase_create("atoms");
    tcase_add_unchecked_fixture(tc, model_open, model_close);
    tcase_add_loop_test(tc, seg_test_atoms, 0, ZC_NELEM(atom_cases));
    tcase_add_loop_test(tc, seg_test_chars, 0, ZC_NELEM(chars_cases));
    tcase_add_test(tc, seg_test_chars_nomodel);
    suite_add_tcase(s, tc);
    tc = tcase_create("userdict");
    tcase_add_checked_fixture(tc, udict_setup, udict_teardown);
    tcase_add_loop_test(tc, seg_test_user, 0, ZC_NELEM(user_cases));
    tcase_add_test(tc, seg_test_user_missing);
    suite_add_tcase(s, tc);
    tc = tcase_create("image");
    tcase_add_checked_fixture(tc, image_setup, image_teardown);
    tcase_add_test(tc, seg_test_image_ok);
    tcase_add_loop_test(tc, seg_test_image_truncated, 0, ZC_NELEM(cut_at));
    tcase_add_loop_test(tc, seg_test_image_corrupted, 0, ZC_NELEM(damage_at));
    tcase_add_test(tc, seg_test_image_meta_damaged);
    tcase_add_test(tc, seg_test_da_check);
    tcase_add_test(tc, seg_test_da_engine);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(seg_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
