/*
 * check_match.c — Check suite of the match stage: the numeral normalizer (numeral.c) and the
 * time normalizer (timex.c), table-driven over every category of issue 4 and GUIDELINES.md,
 * non-numbers and non-deadlines included, plus the loader of dicts/lex (model.c). The lexicon
 * is loaded from the source tree's dicts/lex once per TCase.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/tsv.h"
#include "quantity/quantity_int.h"

#ifndef ZC_TEST_SRCDIR
#define ZC_TEST_SRCDIR "."
#endif

static zc_model *model;

static void lex_setup(void)
{
    model = calloc(1, sizeof *model);
    ck_assert_ptr_nonnull(model);
    zc_status s = zc_match_model_load(model, ZC_TEST_DICTDIR);
    ck_assert_msg(s == ZC_OK, "%s", model->errmsg);
}

static void lex_teardown(void)
{
    zc_match_model_free(model->match);
    free(model);
    model = NULL;
}

/* ---- numbers ------------------------------------------------------------------------------ */

/* The parse of `in` as "VALUE[..MAX] UNIT cmp=C approx=A bound=B", followed by " |TEXT" when
 * only TEXT was consumed; "no:TEXT" when it is not a quantity (TEXT: what to skip). */
static const char *num_join(const char *in, char *buf, size_t size)
{
    zc_number n;
    size_t used;
    size_t len = strlen(in);
    if (!zc_num_parse(model->match->lex, in, len, &used, &n)) {
        snprintf(buf, size, "no:%.*s", (int)used, in);
        return buf;
    }
    ck_assert(n.start < n.end && n.end <= used);
    zc_num_format(&n, buf, size);
    if (used < len) {
        size_t k = strlen(buf);
        snprintf(buf + k, size - k, " |%.*s", (int)used, in);
    }
    return buf;
}

static const struct {
    const char *in, *want;
} num_cases[] = {
    // Arabic, decimals, the 。 decimal point, thousands separators.
    { "887人", "887 人 cmp=- approx=0 bound=0" },
    { "71.47%", "71.47 % cmp=- approx=0 bound=0" },
    { "0.64‰", "0.64 ‰ cmp=- approx=0 bound=0" },
    { "0。8‰", "0.8 ‰ cmp=- approx=0 bound=0" },
    { "21。39万户", "213900 户 cmp=- approx=0 bound=0" },
    { "985,000元", "985000 元 cmp=- approx=0 bound=0" },
    { "增长50。2018年", "50 - cmp=>= approx=0 bound=0 |增长50" },
    // Scale words after digits.
    { "1.2万", "12000 - cmp=- approx=0 bound=0" },
    // Fractions in Arabic digits: a/b rounded (4 decimals, 3 significant digits), no unit; a
    // slash date, a larger numerator or a decimal is none.
    { "1/8000", "0.000125 - cmp=- approx=0 bound=0" },
    { "2/3", "0.6667 - cmp=- approx=0 bound=0" },
    { "减少1/3以上", "0.3333 - cmp=>= approx=0 bound=1" },
    { "12/5", "12 - cmp=- approx=0 bound=0 |12" },
    // Fractions in Chinese numerals (四分之一): the same share, no unit (not 4 分); 百分之 stays
    // a prefix.
    { "四分之一", "0.25 - cmp=- approx=0 bound=0" },
    { "减少三分之一以上", "0.3333 - cmp=>= approx=0 bound=1" },
    { "百分之八十", "80 % cmp=- approx=0 bound=0" },
    // A unit symbol after a compared number only (不高于6h), 优于 as ?, and 平 after 余.
    { "不高于6h", "6 h cmp=<= approx=0 bound=0" },
    { "优于 8h", "8 h cmp=? approx=0 bound=0" },
    { "5500余平", "5500 平方米 cmp=- approx=1 bound=0" },
    // The legal units' symbols: two letters or more after any number, one letter after a
    // compared number only; 4K, 5A stay Latin tokens.
    { "≤100mW", "100 mW cmp=<= approx=0 bound=0" },
    { "≤500mΩ", "500 mΩ cmp=<= approx=0 bound=0" },
    { "不低于30000r/min", "30000 r/min cmp=>= approx=0 bound=0" },
    { "≥1200m", "1200 m cmp=>= approx=0 bound=0" },
    { "4K超高清", "no:4K" },
    { "5A级景区", "no:5A" },
    { "1200m", "no:1200m" },
    { "13.4万元", "134000 元 cmp=- approx=0 bound=0" },
    { "240.8亿元", "24080000000 元 cmp=- approx=0 bound=0" },
    { "1.2万亿", "1200000000000 - cmp=- approx=0 bound=0" },
    // A smaller tail in digits after a large scale word is the same number (heldout-speeches2
    // 0086); a tail with no scale or a larger one is not.
    { "19万7千多名", "197000 名 cmp=- approx=1 bound=0" },
    { "3亿5千万元", "350000000 元 cmp=- approx=0 bound=0" },
    // Chinese decimals (一点二倍, 百分之二十四点五) and 十 right after 百 (五百十三 = 513: the older
    // government work reports); 三点建议 has no decimal.
    { "一点二倍", "1.2 倍 cmp=- approx=0 bound=0" },
    { "一万三千五百十三台", "13513 台 cmp=- approx=0 bound=0" },
    { "二百十七万吨", "2170000 吨 cmp=- approx=0 bound=0" },
    { "七千八百余万平方公尺", "78000000 平方米 cmp=- approx=1 bound=0" },
    { "53.85 亿斤", "5385000000 斤 cmp=- approx=0 bound=0" },
    { "12 亿元", "1200000000 元 cmp=- approx=0 bound=0" },
    { "71.7亿", "7170000000 - cmp=- approx=0 bound=0" },
    // Chinese numerals, financial capitals, zero.
    { "十二万", "120000 - cmp=- approx=0 bound=0" },
    { "两千三百", "2300 - cmp=- approx=0 bound=0" },
    { "一百零五", "105 - cmp=- approx=0 bound=0" },
    { "一万二", "12000 - cmp=- approx=0 bound=0" },
    { "三亿五千万", "350000000 - cmp=- approx=0 bound=0" },
    { "两例", "2 例 cmp=- approx=0 bound=0" },
    { "十个", "10 个 cmp=- approx=0 bound=0" },
    { "壹仟贰佰元", "1200 元 cmp=- approx=0 bound=0" },
    { "叁拾伍万元", "350000 元 cmp=- approx=0 bound=0" },
    // A financial character alone is a word character of names (陆家嘴, 队伍只能), no number.
    { "陆家嘴", "no:" },
    { "伍只", "no:" },
    { "陆仟元", "6000 元 cmp=- approx=0 bound=0" },
    { "零焚烧", "0 - cmp=- approx=0 bound=0 |零" },
    { "为零", "0 - cmp== approx=0 bound=0" },
    { "清零", "0 - cmp== approx=0 bound=0" },
    { "二十左右", "20 - cmp=~ approx=1 bound=0" },
    { "〇", "0 - cmp=- approx=0 bound=0" },
    // Percentages and points.
    { "百分之八十", "80 % cmp=- approx=0 bound=0" },
    { "三成", "30 % cmp=- approx=0 bound=0" },
    { "百分之百", "100 % cmp=- approx=0 bound=0" },
    { "八成以上", "80 % cmp=>= approx=0 bound=1" },
    // An inclusive note between the figure and its bound (100万元(含)以下).
    { "100万元(含)以下", "1000000 元 cmp=<= approx=0 bound=1" },
    { "千分之五", "5 ‰ cmp=- approx=0 bound=0" },
    { "万分之零点五", "0.5 ‱ cmp=- approx=0 bound=0" },
    { "3个百分点", "3 百分点 cmp=- approx=0 bound=0" },
    { "6个百分点", "6 百分点 cmp=- approx=0 bound=0" },
    // Approximation.
    { "12370多人", "12370 人 cmp=- approx=1 bound=0" },
    { "1.2万余项", "12000 项 cmp=- approx=1 bound=0" },
    { "6000 多万元", "60000000 元 cmp=- approx=1 bound=0" },
    { "二十多万", "200000 - cmp=- approx=1 bound=0" },
    { "380余起", "380 起 cmp=- approx=1 bound=0" },
    { "30%左右", "30 % cmp=~ approx=1 bound=0" },
    { "约300人", "300 人 cmp=~ approx=1 bound=0" },
    { "近3000户", "3000 户 cmp=~ approx=1 bound=0" },
    { "不足85%", "85 % cmp=< approx=0 bound=1" },
    { "低于90%", "90 % cmp=< approx=0 bound=1" },
    { "至少30%", "30 % cmp=>= approx=0 bound=1" },
    { "超过80%", "80 % cmp=> approx=0 bound=1" },
    { "40万元以上", "400000 元 cmp=>= approx=0 bound=1" },
    { "至少节约百分之十", "10 % cmp=>= approx=0 bound=1" },   // 百分之 apart from its bound
    // A digit left open after a stated part (approx.tsv 几), a share (units.tsv 半).
    { "十几万人", "100000 人 cmp=- approx=1 bound=0" },
    { "一百几十亿元", "10000000000 元 cmp=- approx=1 bound=0" },
    { "二十几个", "20 个 cmp=- approx=1 bound=0" },
    { "一半", "0.5 - cmp=- approx=0 bound=0" },
    { "一半以上", "0.5 - cmp=>= approx=0 bound=1" },
    { "一半稍多", "0.5 - cmp=> approx=0 bound=1" },
    { "八版", "8 版 cmp=- approx=0 bound=0" },
    // Ranges.
    { "2个—3个", "2..3 个 cmp=- approx=1 bound=0" },
    { "200—500元", "200..500 元 cmp=- approx=1 bound=0" },
    { "2—3万元", "20000..30000 元 cmp=- approx=1 bound=0" },
    { "-1‰至1‰", "-1..1 ‰ cmp=- approx=1 bound=0" },
    { "两三个", "2..3 个 cmp=- approx=1 bound=0" },
    // Comparators of goals.
    { "达100%", "100 % cmp=>= approx=0 bound=0" },
    { "达到95%以上", "95 % cmp=>= approx=0 bound=1" },
    { "不低于90%", "90 % cmp=>= approx=0 bound=0" },
    { "控制在112以内", "112 - cmp=<= approx=0 bound=0" },
    { "控制在0。8‰以内", "0.8 ‰ cmp=<= approx=0 bound=0" },
    { "控制到0.6%以内", "0.6 % cmp=<= approx=0 bound=0" },
    { "突破1000万元", "10000000 元 cmp=> approx=0 bound=0" },
    { "下降13%", "13 % cmp=>= approx=0 bound=0" },
    { "控制在5‰左右", "5 ‰ cmp=~ approx=1 bound=0" },
    // A number ends where the text stops being one.
    { "111.85 :100", "111.85 - cmp=- approx=0 bound=0 |111.85" },
    { "64座、", "64 座 cmp=- approx=0 bound=0 |64座" },
    // Not quantities: dates, durations, ordinals, names, idioms, list markers, Latin tokens.
    { "2010年", "no:2010年" },
    { "三个月", "no:三个月" },
    { "一年的时间", "no:一年" },
    { "10个工作日", "no:10个工作日" },
    { "72周年", "no:72周年" },
    { "十届四次", "no:十届" },
    { "6号文件", "no:6号" },
    { "1-9月", "no:1-9月" },
    { "第三", "no:第三" },
    { "零容忍", "no:零容忍" },
    { "零售总额", "no:零售" },
    { "一起研究", "no:一起" },
    { "十分重要", "no:十分" },
    { "四分类标识", "no:四分类" },
    { "十三五规划", "no:十三五" },
    { "三术", "no:三" },
    { "四包", "no:四" },
    { "不到一线", "no:不到一线" },   // a non-number after cue words is skipped whole
    { "突破一批", "no:突破一批" },
    { "一是", "no:一" },
    { "几十万", "no:几十" },   // no digit stated
    { "数百万名", "no:数百" },
    { "前两次", "no:前两次" },   // a reference back
    { "两半", "no:两半" },     // 分成两半
    { "2021版", "no:2021版" },   // an edition's name
    { "一版", "no:一版" },     // 新一版
    { "1、加强领导", "no:1、" },
    { "2.强化", "no:2." },
    { "5G", "no:5G" },
    { "万亩油茶", "no:" },
    { "百姓", "no:" },
    { "千方百计", "no:" },
    { "加强", "no:" },
    // The inventory of units (dicts/lex/units.tsv): legal units, with a factor where the
    // prefix is a scale word read first (416千瓦 = 416 千 瓦), symbols, currencies,
    // classifiers and compound units; 期 is an ordinal (一期工程).
    { "416千瓦", "416 千瓦 cmp=- approx=0 bound=0" },
    { "22万千瓦", "220000 千瓦 cmp=- approx=0 bound=0" },
    { "1568.6亿千瓦时", "156860000000 千瓦时 cmp=- approx=0 bound=0" },
    { "90000千伏安", "90000 千伏安 cmp=- approx=0 bound=0" },
    // A voltage is a grade of the grid (500kV线路), no quantity; 危机四伏 stays none.
    { "500kV", "no:500kV" },
    { "10千伏", "no:10千伏" },
    { "10兆瓦", "10 兆瓦 cmp=- approx=0 bound=0" },
    { "6千克", "6 公斤 cmp=- approx=0 bound=0" },
    { "二百克", "0.2 公斤 cmp=- approx=0 bound=0" },
    { "11万千升", "110000000 升 cmp=- approx=0 bound=0" },
    { "二百毫升", "200 毫升 cmp=- approx=0 bound=0" },
    { "13.7亿立方", "1370000000 立方米 cmp=- approx=0 bound=0" },
    { "50cm", "50 cm cmp=- approx=0 bound=0" },
    { "186.2平方千米", "186.2 平方公里 cmp=- approx=0 bound=0" },
    { "14000平米", "14000 平方米 cmp=- approx=0 bound=0" },
    { "12海里", "12 海里 cmp=- approx=0 bound=0" },
    { "14纳米", "14 纳米 cmp=- approx=0 bound=0" },
    { "19.0°C", "19 ℃ cmp=- approx=0 bound=0" },
    { "十八摄氏度", "18 ℃ cmp=- approx=0 bound=0" },
    { "55分贝以内", "55 分贝 cmp=<= approx=0 bound=0" },
    { "70dB", "70 dB cmp=- approx=0 bound=0" },
    { "800兆赫", "800 兆赫 cmp=- approx=0 bound=0" },
    { "一百零八亿度", "10800000000 度 cmp=- approx=0 bound=0" },
    { "386365万吨公里", "3863650000 吨公里 cmp=- approx=0 bound=0" },
    { "18274万人公里", "182740000 人公里 cmp=- approx=0 bound=0" },
    { "8000万吨标准煤", "80000000 吨标准煤 cmp=- approx=0 bound=0" },
    { "五百万元人民币", "5000000 元 cmp=- approx=0 bound=0" },
    { "1000万港元", "10000000 港元 cmp=- approx=0 bound=0" },
    { "950亿欧元", "95000000000 欧元 cmp=- approx=0 bound=0" },
    { "25万美金", "250000 美元 cmp=- approx=0 bound=0" },
    { "4928架次", "4928 架次 cmp=- approx=0 bound=0" },
    { "34眼", "34 眼 cmp=- approx=0 bound=0" },
    { "143.3万羽", "1433000 羽 cmp=- approx=0 bound=0" },
    { "30批次", "30 批次 cmp=- approx=0 bound=0" },
    { "76.9万标准箱", "769000 标箱 cmp=- approx=0 bound=0" },
    { "5668TEU", "5668 TEU cmp=- approx=0 bound=0" },
    { "五十四匹马力", "54 马力 cmp=- approx=0 bound=0" },
    { "50学时", "50 学时 cmp=- approx=0 bound=0" },
    { "8元/公斤", "8 元/公斤 cmp=- approx=0 bound=0" },
    { "200元/亩", "200 元/亩 cmp=- approx=0 bound=0" },
    { "36.5万元/人", "365000 元/人 cmp=- approx=0 bound=0" },
    { "1357元/平方米", "1357 元/平方米 cmp=- approx=0 bound=0" },
    { "3000元/年", "3000 元/年 cmp=- approx=0 bound=0" },
    { "400元/生•年", "400 元/生·年 cmp=- approx=0 bound=0" },
    { "825元/人月", "825 元/人·月 cmp=- approx=0 bound=0" },
    { "5元/人/夜", "5 元/人/夜 cmp=- approx=0 bound=0" },
    { "0.6元/度", "0.6 元/千瓦时 cmp=- approx=0 bound=0" },
    { "35μg以下", "35 μg cmp=<= approx=0 bound=1" },
    { "0.5毫克/升", "0.5 毫克/升 cmp=- approx=0 bound=0" },
    { "1800吨/日", "1800 吨/日 cmp=- approx=0 bound=0" },
    { "800万吨/年", "8000000 吨/年 cmp=- approx=0 bound=0" },
    { "0.21吨标准煤/万元", "0.21 吨标准煤/万元 cmp=- approx=0 bound=0" },
    // A unit, / and another unit or a period compose (each part as units.tsv reports it);
    // a listed compound is taken whole, and a second / is not composed.
    { "0.5车位/户", "0.5 车位/户 cmp=- approx=0 bound=0" },
    { "1-2车位/户", "1..2 车位/户 cmp=- approx=1 bound=0" },
    { "30平米/人", "30 平方米/人 cmp=- approx=0 bound=0" },
    { "2000元/台", "2000 元/台 cmp=- approx=0 bound=0" },
    { "3人/组/班", "3 人/组 cmp=- approx=0 bound=0 |3人/组" },
    { "5元/月", "5 元/月 cmp=- approx=0 bound=0" },
    { "100公里/小时", "100 公里/小时 cmp=- approx=0 bound=0" },
    { "6.3张/千人", "6.3 张/千人 cmp=- approx=0 bound=0" },
    { "103.9部/百人", "103.9 部/百人 cmp=- approx=0 bound=0" },
    { "一期工程", "no:一期" },
    { "3期工程", "no:3期" },
    { "13th", "no:13th" },
    { "四伏", "no:四伏" },
};

START_TEST(numeral_test)
{
    char buf[256];
    ck_assert_str_eq(num_join(num_cases[_i].in, buf, sizeof buf), num_cases[_i].want);
}
END_TEST

START_TEST(numeral_test_int)
{
    static const struct {
        const char *in;
        long want;
        size_t used;
    } cases[] = {
        { "25日", 25, 2 }, { "二十五日", 25, 9 }, { "二〇一〇年", 2010, 12 },
        { "十二月", 12, 6 }, { "两千", 2000, 6 },
    };
    for (size_t k = 0; k < ZC_NELEM(cases); k++) {
        long v = -1;
        size_t n = zc_num_int(model->match->lex, cases[k].in, strlen(cases[k].in), &v);
        ck_assert_msg(n == cases[k].used && v == cases[k].want, "%s: %ld (%zu bytes)",
                      cases[k].in, v, n);
    }
}
END_TEST

/* ---- times ---------------------------------------------------------------------------------- */

/* "DATE RELATION RECURRENCE" (- for null), then " dur=D" for a span, " ref" after 截至, and
 * " |TEXT" when only TEXT was consumed; "no:TEXT" when it is no time expression. */
static const char *tx_join(const char *in, const char *doc, char *buf, size_t size)
{
    zc_timex t;
    size_t used, len = strlen(in);
    if (!zc_timex_parse(model->match->lex, in, len, doc, &used, &t)) {
        snprintf(buf, size, "no:%.*s", (int)used, in);
        return buf;
    }
    zc_timex_format(&t, buf, size);
    size_t k = strlen(buf);
    if (*t.duration)
        k += (size_t)snprintf(buf + k, size - k, " dur=%s", t.duration);
    if (t.ref)
        k += (size_t)snprintf(buf + k, size - k, " ref");
    if (used < len)
        snprintf(buf + k, size - k, " |%.*s", (int)used, in);
    return buf;
}

static const struct {
    const char *in, *doc, *want;
} tx_cases[] = {
    // Absolute and partial dates, Chinese numerals, month.day.
    { "2010年1月25日", NULL, "2010-01-25 on -" },
    { "2010年1月25日前", "2017-05-01", "2010-01-25 before -" },
    { "1月25日前", NULL, "XXXX-01-25 before -" },
    { "1月25日前", "2009-12-28", "2010-01-25 before -" },
    { "1月25日前", "2010", "2010-01-25 before -" },
    { "11月底前", "2017-09-29", "2017-11-30 before -" },
    { "十二月八日", NULL, "XXXX-12-08 on -" },
    { "二〇一〇年一月二十五日", NULL, "2010-01-25 on -" },
    { "6.15前", NULL, "XXXX-06-15 before -" },
    // An hour is dropped and before it is by that day (GUIDELINES.md: 17:00前 → by).
    { "7月3日18时前", "2023-07-02", "2023-07-03 by -" },
    { "1至2月", "2023-01-06", "2023-02 by -" },
    { "今年1至2月", "2023-03-22", "2023-02 by -" },
    { "1至2人", NULL, "no:" },
    { "5月31日以前", NULL, "XXXX-05-31 before -" },
    { "2019年2月28日前", NULL, "2019-02-28 before -" },
    { "到2030年", NULL, "2030 by -" },
    { "2017年度", NULL, "2017 within -" },
    { "截止到9月28日", NULL, "XXXX-09-28 by - ref" },
    { "截至12月", NULL, "XXXX-12 by - ref" },
    // Month ends and parts of months.
    { "到九月底", NULL, "XXXX-09-30 by -" },
    { "2月底前", "2012-01-05", "2012-02-29 before -" },
    { "11月中旬", NULL, "XXXX-11-20 by -" },
    { "3月上旬", NULL, "XXXX-03-10 by -" },
    { "11月下旬", NULL, "XXXX-11-30 by -" },
    { "本月底", "2010-02-10", "2010-02-28 by -" },
    { "本月底", NULL, "- by -" },
    { "月底前", "2010-04-03", "2010-04-30 before -" },
    { "本月", NULL, "- within -" },
    { "下月10日前", "2010-12-03", "2011-01-10 before -" },
    // Years.
    { "年底前", NULL, "XXXX-12-31 before -" },
    { "年底前", "2010-03-01", "2010-12-31 before -" },
    { "年末", NULL, "XXXX-12-31 by -" },
    { "今年年底", "2016-02-01", "2016-12-31 by -" },
    { "年内", "2010-05-01", "2010 within -" },
    { "年内", NULL, "- within -" },
    // A year named, then its own 年 again before 内: one time, within the year.
    { "2024年年内", NULL, "2024 within -" },
    { "明年", NULL, "- within -" },
    { "明年6月底前", "2015-08-01", "2016-06-30 before -" },
    // The ordinal years of a plan's period, from the document's year (第一年 = its own); 第一年度
    // and 第二年底 are not read this way.
    { "第一年", "2024-03-01", "2024 within -" },
    { "第三年", "2024-03-01", "2026 within -" },
    // The middle of a year only before a cue (明年中国 is no time); centuries' middle and end.
    { "年中前", NULL, "XXXX-06-30 before -" },
    { "明年中国", "2020-11-12", "2021 within - |明年" },
    { "今年中央财政", "2020-11-12", "2020 within - |今年" },
    { "本世纪中叶", "2020-11-12", "2050 by -" },
    { "本世纪中叶", NULL, "- by -" },
    { "本世纪末", "1983-06-06", "2000 by -" },
    { "从现在起到本世纪中叶", "2020-11-12", "2050 by -" },
    { "本世纪", "2020-11-12", "no:" },
    // A day of the month alone after a pre cue: the next such day; with no pre cue, after an
    // event the parser does not see, a span (开工15日前, 在举行听证的七日前, 届满三十日前).
    { "于15日前", "2024-01-10", "2024-01-15 before -" },
    { "于5日前", "2024-01-10", "2024-02-05 before -" },
    { "在20号之前", NULL, "XXXX-XX-20 before -" },
    { "15日前", "2024-01-10", "- before - dur=P15D" },
    { "三十日前", NULL, "- before - dur=P30D" },
    { "七日以前", "2024-01-10", "- before - dur=P7D" },
    // The sun's daily events bound acts only before 前, as administrative events do.
    { "日落前", "2024-01-10", "- before -" },
    { "天黑前", NULL, "- before -" },
    { "日出东方", "2024-01-10", "no:" },
    // A part of the day before an hour is dropped with it.
    { "下午5时前", NULL, "- by -" },
    { "3月15日下午5时前", "2024-01-10", "2024-03-15 by -" },
    { "2024年1月14日上午9:00前", NULL, "2024-01-14 by -" },
    // The last years of a plan: its last year; a project's period under a ceiling: no date.
    { "“十五”后两年", "2003-05-01", "2005 within -" },
    { "执行期不超过3年", "2024-01-10", "- within - dur=P3Y" },
    { "执行期不超过 3 年", NULL, "- within - dur=P3Y" },
    { "实施周期原则上不超过2年", NULL, "- within - dur=P2Y" },
    // Relative spans.
    { "三个月内", "2009-12-28", "2010-03-28 within - dur=P3M" },
    // Spans of effort a plan sets: from the document date, within; the tail must close them.
    { "通过三年的努力", "2020-02-28", "2023-02-28 within - dur=P3Y" },
    { "用15年左右的时间", NULL, "- within - dur=P15Y" },
    // A range of years takes its upper end; 利用 opens an effort as 用 does.
    { "通过1～2年时间", "2022-09-20", "2024-09-20 within - dur=P2Y" },
    { "经过5—10年左右时间", "2019-01-24", "2029-01-24 within - dur=P10Y" },
    { "利用3年时间", "2020-01-01", "2023-01-01 within - dur=P3Y" },
    // The ceiling of a length standing alone: from its event, no date.
    { "最长不超过15个工作日", "2024-01-10", "- within - dur=P15D" },
    { "最迟不超过4个小时", NULL, "- within - dur=PT4H" },
    { "三个月内", NULL, "- within - dur=P3M" },
    { "10个工作日内", "2010-01-08", "2010-01-22 within - dur=P10D" },
    { "5个工作日内", "2010-01-07", "2010-01-14 within - dur=P5D" },
    { "15日内", "2010-01-20", "2010-02-04 within - dur=P15D" },
    { "两周内", "2010-01-20", "2010-02-03 within - dur=P2W" },
    { "半年内", "2010-08-31", "2011-02-28 within - dur=P6M" },
    { "半个月内", NULL, "- within - dur=P15D" },
    { "24小时内", "2010-01-20", "- within - dur=PT24H" },
    { "30分钟内", NULL, "- within - dur=PT30M" },
    // A length before an event named elsewhere: no date (提前一天报送).
    { "提前一天", "2010-01-20", "- before - dur=P1D" },
    { "提前3个工作日", NULL, "- before - dur=P3D" },
    { "提前 2 小时", NULL, "- before - dur=PT2H" },
    { "当天18时前", NULL, "- before -" },
    { "本周内", "2010-01-06", "2010-W01 within -" },
    { "下周", "2010-12-30", "2011-W01 within -" },
    // Quarters, half-years, their ends.
    { "一季度", NULL, "XXXX-Q1 within -" },
    { "一季度", "2010-05-01", "2011-Q1 within -" },
    { "第三季度", "2010-05-01", "2010-Q3 within -" },
    { "四季度", "2010-12-20", "2010-Q4 within -" },
    { "2010年一季度", NULL, "2010-Q1 within -" },
    { "三季度末", NULL, "XXXX-09-30 by -" },
    // A bare 季 after a numeral counts seasons (三季能种的就要争取三季都种; 一年四季): no quarter.
    { "三季能种的", "1958-02-01", "no:" },
    { "一年四季", NULL, "no:" },
    { "第三季", "2010-05-01", "2010-Q3 within -" },
    { "上半年", "2010-03-01", "2010-H1 within -" },
    { "下半年", NULL, "XXXX-H2 within -" },
    { "本季度末", "2010-05-01", "2010-06-30 by -" },
    // Festivals: lunar through ICU, solar terms, fixed days, anniversaries.
    { "春节前后", NULL, "- around -" },
    { "春节前", "2010-01-01", "2010-02-14 before -" },
    { "2019年春节后", NULL, "2019-02-05 after -" },
    { "中秋节前", "2010-01-01", "2010-09-22 before -" },
    { "端午节", "2011-01-01", "2011-06-06 within -" },
    { "除夕", "2010-01-01", "2010-02-13 within -" },
    { "国庆期间", "2021-03-01", "2021-10-01 within -" },
    { "国庆节期间", "2011", "2011-10-01 within -" },
    { "国庆期间", NULL, "- within -" },
    { "元旦前", "2010-11-01", "2011-01-01 before -" },
    { "清明节前后", "2010-01-01", "2010-04-05 around -" },
    { "冬至", "2010-01-01", "2010-12-22 within -" },
    { "冬至", NULL, "- within -" },
    { "新中国成立72周年期间", NULL, "2021-10-01 within -" },
    // Days the state has set (国家扶贫日, 国家宪法日) and the harvest festival on 秋分.
    { "国家扶贫日前后", "2018-12-30", "2019-10-17 around -" },
    { "国家宪法日前", "2019-01-10", "2019-12-04 before -" },
    { "中国农民丰收节前后", "2019-01-10", "2019-09-23 around -" },
    { "新中国成立72周年大庆期间", NULL, "2021-10-01 within -" },
    // Seasons and seasons of activities.
    { "春季前后", NULL, "XXXX-SP around -" },
    { "春季", "2010-08-01", "2011-SP within -" },
    { "秋季", "2010-08-01", "2010-FA within -" },
    { "冬季", NULL, "XXXX-WI within -" },
    { "防汛期间", NULL, "- within -" },
    { "汛期前", NULL, "- before -" },
    { "春耕期间", "2010-01-01", "- within -" },
    // Ranges.
    { "即日起至5月31日", NULL, "XXXX-05-31 by -" },
    { "即日起至5月31日", "2010-04-01", "2010-05-31 by -" },
    { "自即日起到6月30日", "2010-04-01", "2010-06-30 by -" },
    { "12月8日至次年1月8日", NULL, "XXXX-01-08 by -" },
    { "12月8日至次年1月8日", "2009-12-01", "2010-01-08 by -" },
    { "12月8日至次年1月8日", "2009-12-28", "2010-01-08 by -" },
    { "2009年12月8日至次年1月8日", NULL, "2010-01-08 by -" },
    { "2009年12月8日至1月8日", NULL, "2010-01-08 by -" },
    { "5月1日至15日", NULL, "XXXX-05-15 by -" },
    { "从5月1日起至6月30日", NULL, "XXXX-06-30 by -" },
    { "20__年10月1日至20__年5月31日", "2020-01-01", "XXXX-05-31 by -" },
    { "20__年9月1日-20__年10月30日", NULL, "XXXX-10-30 by -" },
    // The dashes typeset between two ends: the horizontal bar, doubled, the wave dash.
    { "1997年4月―1998年2月", NULL, "1998-02 by -" },
    { "1997年10月――1998年2月", NULL, "1998-02 by -" },
    { "5月1日〜5月20日", NULL, "XXXX-05-20 by -" },
    { "自2010年1月1日起", NULL, "2010-01-01 after -" },
    { "即日起", "2010-04-01", "2010-04-01 after -" },
    // Recurrences.
    { "每月", NULL, "- unspecified P1M" },
    { "每季度", NULL, "- unspecified P3M" },
    { "每年", NULL, "- unspecified P1Y" },
    { "每半年", NULL, "- unspecified P6M" },
    { "年报制度", NULL, "- unspecified P1Y" },
    { "每两周", NULL, "- unspecified P2W" },
    { "每3天", NULL, "- unspecified P3D" },
    { "月报", NULL, "- unspecified P1M" },
    { "季报", NULL, "- unspecified P3M" },
    { "一季度一查", NULL, "- unspecified P3M" },
    { "一月一通报", NULL, "- unspecified P1M |一月一通" },
    { "一天汇报一次", NULL, "- unspecified P1D" },
    { "三天进行一次", NULL, "- unspecified P3D" },
    // The count of times in Arabic digits (保洁频率提升至15天完成1次); 11次 is a count.
    { "15天完成1次", NULL, "- unspecified P15D" },
    { "30天完成11次", NULL, "no:" },
    { "一天一统计", NULL, "- unspecified P1D |一天一统" },
    { "每天早、中、晚", NULL, "- unspecified P1D |每天" },
    { "每周一", NULL, "XXXX-WXX-1 on P1W" },
    { "每周一次", NULL, "- unspecified P1W |每周" },
    { "每个星期五", NULL, "XXXX-WXX-5 on P1W" },
    { "每月5日前", "2010-01-01", "XXXX-XX-05 before P1M" },
    { "每月底前", NULL, "- before P1M" },
    { "每年3月底前", NULL, "XXXX-03-31 before P1Y" },
    { "每年第一季度", NULL, "XXXX-Q1 within P1Y" },
    { "每年上半年", NULL, "XXXX-H1 within P1Y" },
    { "每年一季度末前", NULL, "XXXX-03-31 before P1Y" },
    { "每日8时、17时前", NULL, "- before P1D" },
    { "每季度末月25日前", NULL, "XXXX-XX-25 before P3M" },
    // Vague bounds.
    { "限时", NULL, "- unspecified -" },
    { "尽快", NULL, "- unspecified -" },
    { "及时", NULL, "- unspecified -" },
    { "及時", NULL, "- unspecified -" },
    { "按时", NULL, "- unspecified -" },
    { "立即", NULL, "- unspecified -" },
    { "如期", NULL, "- unspecified -" },
    { "按期", NULL, "- unspecified -" },
    { "适时", NULL, "- unspecified -" },
    { "限期", NULL, "- unspecified -" },
    { "近期", NULL, "- unspecified -" },
    { "要求时限内", NULL, "- within -" },
    { "即时", NULL, "- unspecified -" },
    { "即时通讯", NULL, "no:即时通讯" },
    { "即时零售", NULL, "no:即时零售" },
    { "抓紧", NULL, "- unspecified -" },
    { "尽早", NULL, "- unspecified -" },
    { "抓紧抓实", NULL, "no:抓紧抓实" },
    { "应即", NULL, "- unspecified -" },
    { "次日", NULL, "- on -" },
    { "次日18时前", NULL, "- before -" },
    { "汛期结束前", NULL, "- before -" },
    // An hour of an unnamed day only before 前 (17时前); an hour after a weekly day.
    { "17时前", NULL, "- by -" },   // before that hour is by that day (GUIDELINES.md)
    { "12:00前", NULL, "- by -" },
    { "今天17时前", "2024-01-10", "2024-01-10 by -" },
    { "17时", NULL, "no:" },
    { "每周五12时前", NULL, "XXXX-WXX-5 before P1W" },
    // A founding is history, a time only as an anniversary (新中国成立75周年).
    { "新中国成立以后", NULL, "no:" },
    { "中华人民共和国成立以前", NULL, "no:" },
    { "建党以来", NULL, "no:" },
    { "整改完成前", NULL, "- before -" },
    { "法定期限内", NULL, "- within -" },
    { "排查整治期间", NULL, "- within -" },
    // Not deadlines: indicators, page UI, manner words, things that are no times at all.
    { "及时率", NULL, "no:及时率" },
    { "立即注册", NULL, "no:立即注册" },
    { "迅速", NULL, "no:" },
    { "随时", NULL, "no:" },
    { "不定期", NULL, "no:不定期" },
    { "年前", NULL, "no:" },
    { "一季度一季度", NULL, "XXXX-Q1 within - |一季度" },
    { "三季度末前完成一次", NULL, "XXXX-09-30 before - |三季度末前" },
    { "三个月", NULL, "no:" },
    { "加强领导", NULL, "no:" },
    { "100%", NULL, "no:" },
    // Events bound only before 前 or a window cue; 前期 is a stage, 十一 a number, 初步 no 初.
    { "施工前", NULL, "- before -" },
    { "公示期间", NULL, "- within -" },
    { "开工前期工作", NULL, "no:" },
    { "试点内容", NULL, "no:" },
    { "十一个", NULL, "no:" },
    // A longer numeral is a number even before a cue, and so is one past zc_num_int's range.
    { "十一万吨前", NULL, "no:" },
    { "十一亿", NULL, "no:" },
    { "十一期间", NULL, "- within -" },
    // The other holidays named in numerals (七一, 八一, 五四, 六一), quoted or not; 七一勋章 is a name.
    { "“七一”前", "2021-06-23", "2021-07-01 before -" },
    { "七一前", "2021-06-23", "2021-07-01 before -" },
    { "八一期间", "2021-06-23", "2021-08-01 within -" },
    { "“春节”前", "2021-06-23", "2022-02-01 before -" },
    { "七一勋章", NULL, "no:" },
    { "6月初步建成", NULL, "XXXX-06 within - |6月" },
    { "“十四五”规划", NULL, "no:" },
};

START_TEST(timex_test)
{
    char buf[256];
    ck_assert_str_eq(tx_join(tx_cases[_i].in, tx_cases[_i].doc, buf, sizeof buf),
                     tx_cases[_i].want);
}
END_TEST

START_TEST(timex_test_calendar)
{
    // Spring Festival and Mid-Autumn of several years, through ICU's Chinese calendar.
    static const int lunar[][5] = {
        { 2010, 1, 1, 2, 14 }, { 2019, 1, 1, 2, 5 }, { 2021, 1, 1, 2, 12 },
        { 2010, 8, 15, 9, 22 }, { 2023, 8, 15, 9, 29 }, { 1990, 1, 1, 1, 27 },
    };
    for (size_t k = 0; k < ZC_NELEM(lunar); k++) {
        int m = 0, d = 0;
        ck_assert(zc_cal_lunar(lunar[k][0], lunar[k][1], lunar[k][2], &m, &d));
        ck_assert_msg(m == lunar[k][3] && d == lunar[k][4], "%d: %d-%d", lunar[k][0], m, d);
    }
    // 清明 and 冬至.
    static const int terms[][4] = {
        { 2010, 15, 4, 5 }, { 2016, 15, 4, 4 }, { 2010, 270, 12, 22 }, { 2021, 270, 12, 21 },
    };
    for (size_t k = 0; k < ZC_NELEM(terms); k++) {
        int m = 0, d = 0;
        zc_cal_solar_term(terms[k][0], terms[k][1], &m, &d);
        ck_assert_msg(m == terms[k][2] && d == terms[k][3], "%d: %d-%d", terms[k][0], m, d);
    }
    int wy, wk;
    zc_cal_isoweek(2010, 1, 3, &wy, &wk);
    ck_assert(wy == 2009 && wk == 53);
    ck_assert_int_eq(zc_cal_wday(zc_cal_days(2010, 1, 25)), 1);
}
END_TEST

/* ---- the calendar grammar, generated ------------------------------------------------------ */

/* The grammar's cross product: every point below (each calendar unit × absolute, relative and
 * deictic reference × notation) with every lead cue and every boundary cue, in a document
 * dated GEN_DOC, a Wednesday. A point's date does not depend on its cues; the relation is the
 * boundary's, else the lead cue's, else the point's own. */
#define GEN_DOC "2024-01-10"

static const struct {
    const char *in, *date, *rel;
    bool needcue;   /* a time only before a cue: 十一 and a plan's name read otherwise */
} gen_points[] = {
    // Year: absolute, Chinese numerals, spaced, deictic; its end and start.
    { "2024年", "2024", "within", false },
    { "二〇二四年", "2024", "within", false },
    { "今年", "2024", "within", false },
    { "明年", "2025", "within", false },
    { "下一年度", "2025", "within", false },
    { "2024年底", "2024-12-31", "by", false },
    { "2025 年底", "2025-12-31", "by", false },
    { "年底", "2024-12-31", "by", false },
    { "年终", "2024-12-31", "by", false },
    { "明年底", "2025-12-31", "by", false },
    { "2025年初", "2025-01-01", "by", false },
    { "年中", "2024-06-30", "by", true },
    { "2025年年中", "2025-06-30", "by", true },
    { "明年年中", "2025-06-30", "by", true },
    { "本世纪中叶", "2050", "by", false },
    { "21世纪末", "2100", "by", false },
    { "二十一世纪中叶", "2050", "by", false },
    // Half-years and quarters: ordinal, deictic, end, start.
    { "上半年", "2024-H1", "within", false },
    { "下半年", "2024-H2", "within", false },
    { "明年上半年", "2025-H1", "within", false },
    { "上半年末", "2024-06-30", "by", false },
    { "二季度", "2024-Q2", "within", false },
    { "第三季度", "2024-Q3", "within", false },
    { "2024年四季度", "2024-Q4", "within", false },
    { "本季度", "2024-Q1", "within", false },
    { "下季度", "2024-Q2", "within", false },
    { "上季度", "2023-Q4", "within", false },
    { "三季度末", "2024-09-30", "by", false },
    { "季度末", "2024-03-31", "by", false },
    { "本季度末", "2024-03-31", "by", false },
    { "下季度初", "2024-04-01", "by", false },
    // Months: Arabic, Chinese, 份, by name, deictic; end, start; 旬.
    { "3月", "2024-03", "within", false },
    { "三月份", "2024-03", "within", false },
    { "4月份", "2024-04", "within", false },
    { "元月", "2024-01", "within", false },
    { "本月", "2024-01", "within", false },
    { "当月", "2024-01", "within", false },
    { "下月", "2024-02", "within", false },
    { "上月", "2023-12", "within", false },
    { "3月底", "2024-03-31", "by", false },
    { "下月底", "2024-02-29", "by", false },
    { "3月初", "2024-03-01", "by", false },
    { "3月上旬", "2024-03-10", "by", false },
    { "3月中旬", "2024-03-20", "by", false },
    { "2月下旬", "2024-02-29", "by", false },
    { "3月中下旬", "2024-03-31", "by", false },
    { "3月上中旬", "2024-03-20", "by", false },
    // Weeks and weekdays: deictic week, a day of it, the next such day.
    { "本周", "2024-W02", "within", false },
    { "下周", "2024-W03", "within", false },
    { "下一周", "2024-W03", "within", false },
    { "本周五", "2024-01-12", "on", false },
    { "下周一", "2024-01-15", "on", false },
    { "本周日", "2024-01-14", "on", false },
    { "本周末", "2024-01-14", "by", false },
    { "下周末", "2024-01-21", "by", false },
    { "周五", "2024-01-12", "on", false },
    // Days from the document date.
    { "今天", "2024-01-10", "on", false },
    { "今日", "2024-01-10", "on", false },
    { "本日", "2024-01-10", "on", false },
    { "明日", "2024-01-11", "on", false },
    { "后天", "2024-01-12", "on", false },
    { "星期一", "2024-01-15", "on", false },
    // Days in every notation; a day already past is next year's.
    { "3月15日", "2024-03-15", "on", false },
    { "1月5日", "2025-01-05", "on", false },
    { "三月十五日", "2024-03-15", "on", false },
    { "二〇二四年三月十五日", "2024-03-15", "on", false },
    { "三月廿五日", "2024-03-25", "on", false },
    { "三月卅日", "2024-03-30", "on", false },
    { "2024 年 3 月 15 日", "2024-03-15", "on", false },
    { "2024-03-15", "2024-03-15", "on", false },
    { "2024/03/15", "2024-03-15", "on", false },
    { "2024.3.15", "2024-03-15", "on", false },
    // Named periods: plans, seasons of the year, seasons of an activity, events.
    { "十四五", "2025", "within", true },
    { "“十三五”", "2020", "within", true },
    { "十四五末", "2025", "by", false },
    { "“十四五”后两年", "2025", "within", false },
    { "“十四五”期末", "2025", "by", false },
    { "今冬明春", "2025-SP", "by", false },
    { "汛期", "-", "within", false },
    // Festivals: solar, lunar with and without 农历, short names, windows.
    { "春节", "2024-02-10", "within", false },
    { "农历春节", "2024-02-10", "within", false },
    { "元宵节", "2024-02-24", "within", false },
    { "农历正月十五", "2024-02-24", "on", false },
    { "正月十五", "2024-02-24", "on", false },
    { "腊月廿三", "2024-02-02", "on", false },
    { "腊月", "-", "within", false },   // a lunar month alone: no single day
    { "正月底", "-", "by", false },     // not the solar 月底
    { "清明节", "2024-04-04", "within", false },
    { "端午节", "2024-06-10", "within", false },
    { "中秋", "2024-09-17", "within", false },
    { "国庆", "2024-10-01", "within", false },
    { "新中国成立75周年", "2024-10-01", "within", false },
    { "十一", "2024-10-01", "within", true },
    { "元旦", "2025-01-01", "within", false },
    { "两节", "-", "within", false },
    { "元旦春节", "-", "within", false },
};

static const struct {
    const char *in, *rel;
    bool ref;
} gen_leads[] = {
    { "", NULL, false },         { "到", "by", false },     { "于", "by", false },
    { "最迟于", "by", false },   { "不晚于", "by", false }, { "在", NULL, false },
    { "截至", "by", true },
};

static const struct {
    const char *in, *rel;
} gen_bounds[] = {
    { "", NULL },          { "前", "before" },   { "以前", "before" }, { "之前", "before" },
    { "为止", "by" },      { "截止", "by" },     { "期间", "within" }, { "前后", "around" },
    { "后", "after" },     { "以后", "after" },  { "起", "after" },
    { "内", "within" },    { "以内", "within" }, { "结束前", "before" },
    { "结束后", "after" },
};

/* Festivals whose window holds GEN_DOC: 元旦 was 9 days before it, so 元旦后 (30 days) and
 * 元旦前后 (15) are this year's, 元旦期间 (7) and 元旦前 next year's (timex.c open_window). */
static const struct {
    const char *point, *rel, *date;
} gen_open[] = {
    { "元旦", "after", "2024-01-01" },
    { "元旦", "around", "2024-01-01" },
};

static const char *gen_date(const char *point, const char *rel, const char *date)
{
    for (size_t i = 0; i < ZC_NELEM(gen_open); i++)
        if (!strcmp(gen_open[i].point, point) && !strcmp(gen_open[i].rel, rel))
            return gen_open[i].date;
    return date;
}

START_TEST(timex_test_grammar)
{
    char in[256], want[256], buf[256], fails[2048] = "";
    int nfail = 0, n = 0;
    for (size_t a = 0; a < ZC_NELEM(gen_points); a++)
        for (size_t b = 0; b < ZC_NELEM(gen_leads); b++)
            for (size_t c = 0; c < ZC_NELEM(gen_bounds); c++) {
                if (gen_points[a].needcue && !*gen_bounds[c].in)
                    continue;
                const char *rel = gen_bounds[c].rel   ? gen_bounds[c].rel
                                  : gen_leads[b].rel  ? gen_leads[b].rel
                                                      : gen_points[a].rel;
                snprintf(in, sizeof in, "%s%s%s", gen_leads[b].in, gen_points[a].in,
                         gen_bounds[c].in);
                snprintf(want, sizeof want, "%s %s -%s",
                         gen_date(gen_points[a].in, rel, gen_points[a].date), rel,
                         gen_leads[b].ref ? " ref" : "");
                tx_join(in, GEN_DOC, buf, sizeof buf);
                n++;
                if (strcmp(buf, want) != 0 && nfail++ < 8) {
                    size_t k = strlen(fails);
                    snprintf(fails + k, sizeof fails - k, "\n  %s: %s, want %s", in, buf, want);
                }
            }
    ck_assert_msg(nfail == 0, "%d of %d cases fail:%s", nfail, n, fails);
}
END_TEST

/* Festival windows open on the document date: every festival × every boundary, in a document
 * dated 5 days after its day (the window is open: 后 for 30 days, 前后 for 15, 期间 for 7, so
 * the current festival; 前 looks ahead to next year's) and 40 days after (every window
 * closed: next year's). 春节后 in a speech of 2020-02-03 is 2020-01-25, not 2021. */
START_TEST(timex_test_grammar_open_window)
{
    static const struct {
        const char *in, *now, *doc5, *doc40, *next;
    } fests[] = {
        { "春节", "2024-02-10", "2024-02-15", "2024-03-21", "2025-01-29" },
        { "元宵节", "2024-02-24", "2024-02-29", "2024-04-04", "2025-02-12" },
        { "清明节", "2024-04-04", "2024-04-09", "2024-05-14", "2025-04-04" },
        { "端午节", "2024-06-10", "2024-06-15", "2024-07-20", "2025-05-31" },
        { "中秋", "2024-09-17", "2024-09-22", "2024-10-27", "2025-10-06" },
        { "国庆", "2024-10-01", "2024-10-06", "2024-11-10", "2025-10-01" },
    };
    static const struct {
        const char *in, *rel;
        bool open;   /* a window the document date lies in, 5 days after the festival */
    } bounds[] = {
        { "后", "after", true },      { "以后", "after", true }, { "前后", "around", true },
        { "期间", "within", true },   { "前", "before", false }, { "以前", "before", false },
        { "之前", "before", false },
    };
    char in[256], want[256], buf[256];
    for (size_t a = 0; a < ZC_NELEM(fests); a++)
        for (size_t b = 0; b < ZC_NELEM(bounds); b++) {
            snprintf(in, sizeof in, "%s%s", fests[a].in, bounds[b].in);
            snprintf(want, sizeof want, "%s %s -", bounds[b].open ? fests[a].now : fests[a].next,
                     bounds[b].rel);
            ck_assert_str_eq(tx_join(in, fests[a].doc5, buf, sizeof buf), want);
            snprintf(want, sizeof want, "%s %s -", fests[a].next, bounds[b].rel);
            ck_assert_str_eq(tx_join(in, fests[a].doc40, buf, sizeof buf), want);
        }
    ck_assert_str_eq(tx_join("春节后", "2020-02-03", buf, sizeof buf), "2020-01-25 after -");
}
END_TEST

/* Spans: a count in Arabic or Chinese numerals × unit × the cues that make it a span from the
 * document date (内, 为期 …) or from an event the parser does not see (前, 后: no date). */
START_TEST(timex_test_grammar_spans)
{
    static const char *const counts[] = { "3", "三", "3 " };   // 3 个工作日: PDF text spaces
    static const struct {
        const char *in, *dur, *date;
    } units[] = {
        { "天", "P3D", "2024-01-13" },   { "周", "P3W", "2024-01-31" },
        { "个月", "P3M", "2024-04-10" }, { "年", "P3Y", "2027-01-10" },
        { "个工作日", "P3D", "2024-01-15" },   // Thursday, Friday, Monday
        { "小时", "PT3H", "-" },
    };
    static const struct {
        const char *pre, *post, *rel;
        bool dated;
    } cues[] = {
        { "", "内", "within", true },    { "", "以内", "within", true },
        { "", "之内", "within", true },  { "为期", "", "within", true },
        { "期限为", "", "within", true }, { "时限为", "以内", "within", true },
        { "", "前", "before", false },   { "", "后", "after", false },
    };
    char in[256], want[256], buf[256];
    for (size_t a = 0; a < ZC_NELEM(counts); a++)
        for (size_t b = 0; b < ZC_NELEM(units); b++)
            for (size_t c = 0; c < ZC_NELEM(cues); c++) {
                snprintf(in, sizeof in, "%s%s%s%s", cues[c].pre, counts[a], units[b].in,
                         cues[c].post);
                snprintf(want, sizeof want, "%s %s - dur=%s",
                         cues[c].dated ? units[b].date : "-", cues[c].rel, units[b].dur);
                ck_assert_str_eq(tx_join(in, GEN_DOC, buf, sizeof buf), want);
            }
}
END_TEST

/* Recurrences: every opener × unit, the 一X一Y pattern × unit, and reporting systems. */
START_TEST(timex_test_grammar_recur)
{
    static const char *const every[] = { "每", "按", "逐" };
    static const struct {
        const char *in, *dur;
    } units[] = {
        { "日", "P1D" }, { "天", "P1D" },   { "周", "P1W" },    { "旬", "P10D" },
        { "月", "P1M" }, { "季度", "P3M" }, { "半年", "P6M" }, { "年", "P1Y" },
        { "年度", "P1Y" },   // 应当于每年度第一季度…: the segmenter's word 年度 ends the time
    };
    char in[256], want[256], buf[256];
    for (size_t a = 0; a < ZC_NELEM(every); a++)
        for (size_t b = 0; b < ZC_NELEM(units); b++) {
            snprintf(in, sizeof in, "%s%s", every[a], units[b].in);
            if (!strncmp(in, "逐年", strlen("逐年")))
                continue;   // a manner of change (逐年增加), below
            snprintf(want, sizeof want, "- unspecified %s", units[b].dur);
            ck_assert_str_eq(tx_join(in, GEN_DOC, buf, sizeof buf), want);
        }
    for (size_t b = 0; b < ZC_NELEM(units); b++) {
        if (!strcmp(units[b].in, "半年") || !strcmp(units[b].in, "旬") ||
            !strcmp(units[b].in, "年度"))
            continue;   // 一半年 is no numeral; 一年度一报 is not said
        snprintf(in, sizeof in, "一%s一报", units[b].in);
        snprintf(want, sizeof want, "- unspecified %s", units[b].dur);
        ck_assert_str_eq(tx_join(in, GEN_DOC, buf, sizeof buf), want);
    }
    static const struct {
        const char *in, *want;
    } reports[] = {
        { "日报制度", "- unspecified P1D" }, { "周报", "- unspecified P1W" },
        { "旬报", "- unspecified P10D" },    { "月报", "- unspecified P1M" },
        { "季报", "- unspecified P3M" },     { "半年一次", "- unspecified P6M" },
        { "周调度", "- unspecified P1W" },   { "月通报", "- unspecified P1M" },
        { "每季度结束后5个工作日内", "- within P3M dur=P5D" },
        { "每年秋季学期开学后一个月内", "- within P1Y dur=P1M" },
        // Rates and manners are no recurrence.
        { "逐年", "no:逐年" }, { "按日加收", "no:" }, { "按周年计算", "no:按周年" },
        { "一年的一次性奖励", "no:" }, { "九年一贯制学校", "no:" },
        // After 每年, 每月 an amount is a rate (补贴上限为每年 200 万元); a day, an hour and a
        // count of times still make a schedule.
        { "每年 200 万元", "no:" }, { "每月1500元", "no:" }, { "每年\n200 万元", "no:" },
        { "每月5日前", "XXXX-XX-05 before P1M" }, { "每周3次", "- unspecified P1W |每周" },
        // An ordinal count (第一次: the first time) is no schedule (数十年来第一次出现).
        { "十年来第一次", "no:" }, { "三天来第一次", "no:" }, { "两年以来第一次", "no:" },
    };
    for (size_t k = 0; k < ZC_NELEM(reports); k++)
        ck_assert_str_eq(tx_join(reports[k].in, GEN_DOC, buf, sizeof buf), reports[k].want);
}
END_TEST

/* ---- the loader ----------------------------------------------------------------------------- */

/* A bad line names file and line; a missing file names the file. */
START_TEST(model_test_bad_line)
{
    char dir[] = "/tmp/zc_check_match_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[512], lexdir[256];
    snprintf(lexdir, sizeof lexdir, "%s/lex", dir);
    ck_assert_int_eq(mkdir(lexdir, 0700), 0);
    snprintf(path, sizeof path, "%s/numerals.tsv", lexdir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("# digits\n一\t1\n二\ttwo\n", f);
    fclose(f);
    char err[1024];   // the model reads the folder's image, compiled as dictc does
    ck_assert_int_eq(zc_tsv_compile_dir(dir, "lex", err, sizeof err), ZC_OK);
    zc_model *m = calloc(1, sizeof *m);
    ck_assert_int_eq(zc_match_model_load(m, dir), ZC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(m->errmsg, "numerals.tsv:3:"));
    ck_assert_ptr_null(m->match);
    f = fopen(path, "w");
    fputs("一\t1\n", f);
    fclose(f);
    ck_assert_int_eq(zc_tsv_compile_dir(dir, "lex", err, sizeof err), ZC_OK);
    ck_assert_int_eq(zc_match_model_load(m, dir), ZC_EIO);
    ck_assert_ptr_nonnull(strstr(m->errmsg, "scale.tsv"));
    free(m);
    unlink(path);
    snprintf(path, sizeof path, "%s/lex.zcd", dir);
    unlink(path);
    rmdir(lexdir);
    rmdir(dir);
}
END_TEST

static Suite *match_suite(void)
{
    Suite *s = suite_create("match");
    TCase *tc = tcase_create("numeral");
    tcase_add_unchecked_fixture(tc, lex_setup, lex_teardown);
    tcase_add_loop_test(tc, numeral_test, 0, ZC_NELEM(num_cases));
    tcase_add_test(tc, numeral_test_int);
    suite_add_tcase(s, tc);
    tc = tcase_create("timex");
    tcase_add_unchecked_fixture(tc, lex_setup, lex_teardown);
    tcase_add_loop_test(tc, timex_test, 0, ZC_NELEM(tx_cases));
    tcase_add_test(tc, timex_test_calendar);
    tcase_add_test(tc, timex_test_grammar);
    tcase_add_test(tc, timex_test_grammar_spans);
    tcase_add_test(tc, timex_test_grammar_open_window);
    tcase_add_test(tc, timex_test_grammar_recur);
    suite_add_tcase(s, tc);
    tc = tcase_create("model");
    tcase_add_test(tc, model_test_bad_line);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(match_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
