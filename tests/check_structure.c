/*
 * check_structure.c — unit tests of the structure layer (src/structure/structure.c): headings of
 * each style, nested section paths, run-in headings, rejoined lines, list items, sentence
 * ends with closing quotes, and false headings that must stay body text. Its own executable
 * until tests/check_seg.c (Suite `seg`) takes the TCase `structure`.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhengce.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static zc_model *model;

static void setup(void)
{
    char err[4096];
    if (zc_model_open(ZC_TEST_DICTDIR, &model, err, sizeof err) != ZC_OK) {
        fprintf(stderr, "cannot load model: %s\n", err);
        abort();
    }
}

static void teardown(void)
{
    zc_model_close(model);
}

/* Renders each sentence as "PARA|KIND|PATH|TEXT" (KIND H heading, I item, - body; PATH the
 * section headings joined by '>'), one per line. The result is malloc'd. */
static char *render(const char *in)
{
    zc_doc *d;
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", NULL, &d), ZC_OK);
    ck_assert_int_eq(zc_structure(model, d), ZC_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (size_t i = 0; i < zc_doc_nsentences(d); i++) {
        zc_sentence_info si;
        zc_doc_sentence(d, i, &si);
        fprintf(f, "%s%zu|%c|", i ? "\n" : "", si.para,
                si.kind == ZC_SENT_HEADING ? 'H' : si.kind == ZC_SENT_ITEM ? 'I' : '-');
        for (size_t k = 0; k < si.depth; k++) {
            zc_sentence_info h;
            zc_doc_sentence(d, zc_doc_section_heading(d, i, k), &h);
            fprintf(f, "%s%.*s", k ? ">" : "", (int)h.text_len, h.text);
        }
        fprintf(f, "|%.*s", (int)si.text_len, si.text);
    }
    fclose(f);
    zc_doc_free(d);
    return buf;
}

static const struct {
    const char *in, *want;
} cases[] = {
    // sentence ends: 。!?;… and closing quotes kept with the sentence
    {"他说:“要抓好。”大家同意!真的吗?是的;好……完",
     "0|-||他说:“要抓好。”\n0|-||大家同意!\n0|-||真的吗?\n0|-||是的;\n0|-||好......\n0|-||完"},
    // fullwidth forms become ASCII in the view; decimals, URLs and 0。8 do not end sentences
    {"增长7.3%;见www.gov.cn?id=1页。控制在0。8‰以内！",
     "0|-||增长7.3%;\n0|-||见www.gov.cn?id=1页。\n0|-||控制在0。8‰以内!"},
    // heading lines of each style nest by convention: 一、 > (一) > 1. > (1); (① is folded
    // to 1 by NFKC in the matching view, so it cannot be told from a digit there)
    {"一、总体要求\n（一）指导思想\n1.坚持原则\n(1)第一点。正文。\n二、重点任务\n正文。",
     "0|H|一、总体要求|一、总体要求\n"
     "1|H|一、总体要求>(一)指导思想|(一)指导思想\n"
     "2|H|一、总体要求>(一)指导思想>1.坚持原则|1.坚持原则\n"
     "3|H|一、总体要求>(一)指导思想>1.坚持原则>(1)第一点。|(1)第一点。\n"
     "3|-|一、总体要求>(一)指导思想>1.坚持原则>(1)第一点。|正文。\n"
     "4|H|二、重点任务|二、重点任务\n5|-|二、重点任务|正文。"},
    // run-in headings (the first sentence), siblings replace each other; 一是 inside is an item
    {"二、抓落实\n(一)突出整改。\n(二)强化措施。\n第一,强化责任。一是要执行制度。二是要落实。\n"
     "第四,强化监护。各乡镇必须在1月25日前完成。",
     "0|H|二、抓落实|二、抓落实\n1|H|二、抓落实>(一)突出整改。|(一)突出整改。\n"
     "2|H|二、抓落实>(二)强化措施。|(二)强化措施。\n"
     "3|H|二、抓落实>(二)强化措施。>第一,强化责任。|第一,强化责任。\n"
     "3|I|二、抓落实>(二)强化措施。>第一,强化责任。|一是要执行制度。\n"
     "3|I|二、抓落实>(二)强化措施。>第一,强化责任。|二是要落实。\n"
     "4|H|二、抓落实>(二)强化措施。>第四,强化监护。|第四,强化监护。\n"
     "4|-|二、抓落实>(二)强化措施。>第四,强化监护。|各乡镇必须在1月25日前完成。"},
    // 一是 opening its own paragraph with a short title is a heading
    {"三、工作要求\n一是提高认识。各部门要重视。\n二是强化措施。要抓住时机。",
     "0|H|三、工作要求|三、工作要求\n1|H|三、工作要求>一是提高认识。|一是提高认识。\n"
     "1|-|三、工作要求>一是提高认识。|各部门要重视。\n"
     "2|H|三、工作要求>二是强化措施。|二是强化措施。\n"
     "2|-|三、工作要求>二是强化措施。|要抓住时机。"},
    // a line broken inside a sentence is rejoined; a heading line is not
    {"一、认清形势,坚定信心\n下面我就如何加强我市\n安全生产工作,切实防范事故作个\n发言。\n同志们:\n今天开会。",
     "0|H|一、认清形势,坚定信心|一、认清形势,坚定信心\n"
     "1|-|一、认清形势,坚定信心|下面我就如何加强我市\n"
     "2|-|一、认清形势,坚定信心|安全生产工作,切实防范事故作个发言。\n"
     "3|-|一、认清形势,坚定信心|同志们:\n4|-|一、认清形势,坚定信心|今天开会。"},
    // false headings: numbers, dates, 第一季度, (一) and 一是 in mid-line, 一、二季度
    {"1.2万余项隐患已整改。\n2017年全县完成任务。\n第一季度工作取得成效。\n"
     "会议要求(一)抓好落实。\n一、二季度增长较快。\n全县一是要抓好。",
     "0|-||1.2万余项隐患已整改。\n1|-||2017年全县完成任务。\n2|-||第一季度工作取得成效。\n"
     "3|-||会议要求(一)抓好落实。\n4|-||一、二季度增长较快。\n5|-||全县一是要抓好。"},
    // a numbered line too long to be a title is a list item, and closes its sibling
    {"(一)第一阶段\n1、层层签订森林草原防灭火责任状,制定完善村规民约等制度,建立健全森林草原防灭火"
     "管理体制机制。\n2、备足物资。",
     "0|H|(一)第一阶段|(一)第一阶段\n"
     "1|I|(一)第一阶段|1、层层签订森林草原防灭火责任状,制定完善村规民约等制度,建立健全森林草原防灭火"
     "管理体制机制。\n2|H|(一)第一阶段>2、备足物资。|2、备足物资。"},
    // a run of bare heading lines of one style (a table of contents) is a list
    {"目录:\n一、落实制度\n二、确保平安\n三、开展执法\n正文开始。",
     "0|-||目录:\n1|I||一、落实制度\n2|I||二、确保平安\n3|I||三、开展执法\n4|-||正文开始。"},
    // inside a section a numbering starts at 1: a lone 2、 is a list item
    {"二、及时查处\n附:1、责任表\n2、宣传标语",
     "0|H|二、及时查处|二、及时查处\n1|-|二、及时查处|附:1、责任表\n2|I|二、及时查处|2、宣传标语"},
    // a page flattened to one line: the marker after a sentence end and a space opens a
    // paragraph, and the title ends at the space after it
    {"下面,我讲六个问题。 一、要把握经济形势 20xx 年,全县保持增长。",
     "0|-||下面,我讲六个问题。\n1|H|一、要把握经济形势|一、要把握经济形势\n"
     "1|-|一、要把握经济形势|20xx 年,全县保持增长。"},
    // a space after the marker's 、 (PCRE2's \p{Han} holds 、) is no title end: the heading of
    // the 2008 government work report
    {"各位代表:\n    一、 过去五年工作回顾\n五年来,经济增长。",
     "0|-||各位代表:\n1|H|一、 过去五年工作回顾|一、 过去五年工作回顾\n"
     "2|-|一、 过去五年工作回顾|五年来,经济增长。"},
    // 同志们, closes every section; an excerpt may start at 第三
    {"第三,要担当作为。防汛事关大局。\n一要压实责任。各级要负责。\n同志们,责任重于泰山。",
     "0|H|第三,要担当作为。|第三,要担当作为。\n0|-|第三,要担当作为。|防汛事关大局。\n"
     "1|H|第三,要担当作为。>一要压实责任。|一要压实责任。\n"
     "1|-|第三,要担当作为。>一要压实责任。|各级要负责。\n2|-||同志们,责任重于泰山。"},
    // a hard-wrapped document: full lines join, the heading too; short lines end paragraphs
    {"今天,我们召开区委党风廉政建设工作会议,主要任务是深\n入学习贯彻二十届中央纪委历次全会精神,全面总结我\n"
     "区党风廉政建设和反腐败工作,深刻分析当前面临的形势\n和任务,研究部署下一阶段重点任务。目的就是要进\n"
     "一步统一思想、凝聚共识,纵深推进全面从严治党工作\n保障。\n"
     "一、肯定成绩、正视问题,深刻认识党风廉政建设和反腐\n败斗争的长期性\n"
     "2025年是全面贯彻落实党的二十大精神的关键之年。",
     "0|-||今天,我们召开区委党风廉政建设工作会议,主要任务是深入学习贯彻二十届中央纪委历次全会精神,"
     "全面总结我区党风廉政建设和反腐败工作,深刻分析当前面临的形势和任务,研究部署下一阶段重点任务。\n"
     "0|-||目的就是要进一步统一思想、凝聚共识,纵深推进全面从严治党工作保障。\n"
     "1|H|一、肯定成绩、正视问题,深刻认识党风廉政建设和反腐败斗争的长期性|"
     "一、肯定成绩、正视问题,深刻认识党风廉政建设和反腐败斗争的长期性\n"
     "2|-|一、肯定成绩、正视问题,深刻认识党风廉政建设和反腐败斗争的长期性|"
     "2025年是全面贯彻落实党的二十大精神的关键之年。"},
    // empty and blank input
    {"", ""},
    {" \n\n\t\n", ""},
};

START_TEST(structure_test_cases)
{
    char *got = render(cases[_i].in);
    ck_assert_msg(strcmp(got, cases[_i].want) == 0, "case %d:\n%s\n--- got:\n%s\n--- want:\n%s",
                  _i, cases[_i].in, got, cases[_i].want);
    free(got);
}
END_TEST

/* Sentence lookup by view offset and the original offsets of a rejoined sentence. */
START_TEST(structure_test_offsets)
{
    const char *in = "第一,强化责任。要做\n好工作,抓\n落实。";
    zc_doc *d;
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", NULL, &d), ZC_OK);
    ck_assert_int_eq(zc_structure(model, d), ZC_OK);
    ck_assert_int_eq(zc_structure(model, d), ZC_OK);   // idempotent
    ck_assert_uint_eq(zc_doc_nsentences(d), 2);
    zc_sentence_info si;
    zc_doc_sentence(d, 1, &si);
    ck_assert_int_eq((int)si.text_len, (int)strlen("要做好工作,抓落实。"));
    ck_assert(memcmp(si.text, "要做好工作,抓落实。", si.text_len) == 0);
    ck_assert_uint_eq(zc_doc_sentence_at(d, si.start + 1), 1);
    ck_assert_uint_eq(zc_doc_sentence_at(d, 0), 0);
    zc_origin o;
    zc_doc_origin(d, si.start, si.end, &o);
    ck_assert_uint_eq(o.char_start, 8);
    ck_assert_uint_eq(o.char_end, 20);   // the two line breaks are inside the span
    zc_doc_free(d);
}
END_TEST

/* Sentences over 10,000 characters are cut into pieces: after the last comma (or 、 or ;), or
 * at the last space, in the second half of 10,000 characters, else at 10,000. Each case is a
 * unit repeated into one sentence and the lengths of its pieces in characters. */
static const struct {
    const char *unit;
    size_t reps, npieces, lens[4];
} long_cases[] = {
    {"完成任务12个,", 3000, 3, {10000, 10000, 4000}},   // after the comma at 10,000
    {"完成任务12个,提高30%到2020年底前", 1000, 3, {9983, 9996, 1021}},
    {"百分之", 5000, 2, {10000, 5000}},                   // nowhere to cut: at the bound
    {"甲乙 ", 5000, 2, {9998, 5000}},                     // at the space (not kept)
    {"各部门、", 4000, 2, {10000, 6000}},
    {"一二三四五六七八九十", 999, 1, {9990}},             // under the bound: whole
};

START_TEST(structure_test_long)
{
    size_t ul = strlen(long_cases[_i].unit), n = long_cases[_i].reps;
    char *in = malloc(ul * n + 1);
    for (size_t k = 0; k < n; k++)
        memcpy(in + k * ul, long_cases[_i].unit, ul);
    in[ul * n] = 0;
    zc_doc *d;
    ck_assert_int_eq(zc_doc_new(in, ul * n, "t", NULL, &d), ZC_OK);
    ck_assert_int_eq(zc_structure(model, d), ZC_OK);
    ck_assert_uint_eq(zc_doc_nsentences(d), long_cases[_i].npieces);
    size_t vlen;
    const char *v = zc_doc_normalized(d, &vlen);
    for (size_t i = 0; i < zc_doc_nsentences(d); i++) {
        zc_sentence_info si;
        zc_doc_sentence(d, i, &si);
        size_t nc = 0;
        for (size_t b = si.start; b < si.end; b++)
            nc += ((unsigned char)v[b] & 0xC0) != 0x80;
        ck_assert_msg(nc == long_cases[_i].lens[i], "case %d piece %zu: %zu chars, want %zu", _i,
                      i, nc, long_cases[_i].lens[i]);
    }
    zc_doc_free(d);
    free(in);
}
END_TEST

static Suite *structure_suite(void)
{
    Suite *s = suite_create("seg");
    TCase *tc = tcase_create("structure");
    tcase_add_unchecked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, structure_test_cases, 0, NELEM(cases));
    tcase_add_test(tc, structure_test_offsets);
    tcase_add_loop_test(tc, structure_test_long, 0, NELEM(long_cases));
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(structure_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
