/*
 * check_extract.c — the extraction rules (src/extract): table-driven cases on short sentences,
 * one TCase per kind and one for the clause context, each comparing the records of a text,
 * written compactly, with what GUIDELINES.md asks for. The model comes from ZC_TEST_DICTDIR
 * (the build's dicts/), loaded once per TCase.
 */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/tsv.h"
#include "extract/decide.h"
#include "zhengce.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static zc_model *fx_model;

static void model_setup(void)
{
    char err[4096];
    zc_status s = zc_model_open(ZC_TEST_DICTDIR, &fx_model, err, sizeof err);
    if (s != ZC_OK) {
        fprintf(stderr, "model: %s\n", err);
        abort();
    }
}

static void model_teardown(void)
{
    zc_model_close(fx_model);
    fx_model = NULL;
}

/* Appends the view text [s, e) or "-" when empty. */
static void put_span(char *buf, size_t size, const char *view, zc_vspan sp)
{
    size_t n = strlen(buf);
    if (sp.end <= sp.start)
        snprintf(buf + n, size - n, "-");
    else
        snprintf(buf + n, size - n, "%.*s", (int)(sp.end - sp.start), view + sp.start);
}

/* records_of's `kind` for targets and statistics together. */
#define KIND_FIGURES (-2)

/* `text` extracted by `m` with document date `doc_date` (NULL: none) and --explain when
 * `explain`; *view is the matching view that record spans index. Free with zc_doc_free. */
static zc_doc *extracted(zc_model *m, const char *text, const char *doc_date, bool explain,
                         const char **view)
{
    zc_options o;
    zc_options_init(&o);
    o.doc_date = doc_date;
    o.explain = explain;
    zc_doc *d = NULL;
    ck_assert_int_eq(zc_doc_new(text, strlen(text), "t", &o, &d), ZC_OK);
    ck_assert_int_eq(zc_extract(m, d), ZC_OK);
    size_t vlen;
    *view = zc_doc_normalized(d, &vlen);
    return d;
}

/* The records of `text`, of `kind` only (or all when kind is -1), as
 * "kind text fields modality actor" joined by " | ". */
static void records_of(const char *text, int kind, const char *doc_date, char *buf, size_t size)
{
    const char *view;
    zc_doc *d = extracted(fx_model, text, doc_date, false, &view);
    buf[0] = '\0';
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        if ((kind >= 0 && (int)r->kind != kind) ||
            (kind == KIND_FIGURES && r->kind != ZC_KIND_TARGET && r->kind != ZC_KIND_STATISTIC))
            continue;
        size_t n = strlen(buf);
        snprintf(buf + n, size - n, "%s%s ", n ? " | " : "", zc_kind_name(r->kind));
        put_span(buf, size, view, r->text);
        n = strlen(buf);
        switch (r->kind) {
        case ZC_KIND_DEADLINE:
            snprintf(buf + n, size - n, " %s %s %s", r->date[0] ? r->date : "-",
                     zc_relation_name(r->relation), r->recurrence[0] ? r->recurrence : "-");
            break;
        case ZC_KIND_TARGET:
            snprintf(buf + n, size - n, " %s%.15g%s", r->comparator, r->value, r->unit);
            break;
        case ZC_KIND_STATISTIC:
            snprintf(buf + n, size - n, " %.15g%s%s", r->value, r->unit, r->approx ? "~" : "");
            break;
        case ZC_KIND_ENFORCEMENT:
            snprintf(buf + n, size - n, " %s", r->category ? zc_category_name(r->category) : "-");
            if (r->has_amount) {
                n = strlen(buf);
                snprintf(buf + n, size - n, " %.15g%s", r->amount, r->amount_unit);
            }
            break;
        }
        n = strlen(buf);
        snprintf(buf + n, size - n, " %s ", r->modality ? zc_modality_name(r->modality) : "-");
        put_span(buf, size, view, r->actor);
    }
    zc_doc_free(d);
}

typedef struct ecase {
    const char *in, *want;
} ecase;

#define CHECK_KIND(name, table, kind)                                                      \
    START_TEST(name)                                                                       \
    {                                                                                      \
        char buf[4096];                                                                    \
        records_of(table[_i].in, kind, NULL, buf, sizeof buf);                             \
        ck_assert_str_eq(buf, table[_i].want);                                             \
    }                                                                                      \
    END_TEST

/* Deadlines: dates, spans, festivals, recurrences, vague bounds, and the times that are none. */
static const ecase deadline_cases[] = {
    // A yearly window (每年10月1日至10月20日) is one range that bounds by its last day, as any
    // range (GUIDELINES.md); a monthly one (每月1日至5日) is not read: a day alone ends a range
    // only after a month.
    { "关于进一步加强本市道路挖掘计划管理的通知\n各申报单位应在每年10月1日至10月20日登录计划平台申报下一年度的年度计划。",
      "deadline 每年10月1日至10月20日 XXXX-10-20 by P1Y should 各申报单位" },
    { "关于进一步加强本市道路挖掘计划管理的通知\n鼓励各申报单位在每年12月1日至12月5日期间跟进补报。",
      "deadline 每年12月1日至12月5日期间 XXXX-12-05 by P1Y encourage 各申报单位" },
    // 共 of joint work (齐抓共管) is no running total: the plan year keeps its goal.
    { "上海市推动老化管道更新改造试点方案\n二、试点目标\n着力完善上下联动、齐抓共管的工作推进机制，2025年完成不少于750公里燃气管道更新改造。",
      "deadline 2025年 2025 within - - -" },
    // N年一遇 grades a flood or rainfall standard (its return period): no recurrence of a duty.
    { "崇明区水务发展规划\n各镇要将排水标准提高到三年一遇，主海塘达到200年一遇防御标准。", "" },
    // A date a page's markup split over lines is one date: under the signature (the document's
    // date, which 本月底 resolves against) and in the body, its boundary word on the next line.
    { "关于开展违法用地专项治理的通知\n各镇要在本月底前完成排查。\n上海市嘉定区人民政府\n2014\n年8月26日",
      "deadline 本月底前 2014-08-31 before - should 各镇" },
    { "关于开展违法用地专项治理的通知\n（二）整改阶段\n2014\n年11月15日\n前，各街镇完成整改。",
      "deadline 2014\n年11月15日\n前 2014-11-15 before - - 各街镇" },
    // A dated line of a timetable (the line before or after it opening with a date too) is a
    // phase of the schedule; a date line with no comma after it (签发) is none.
    { "××水资源调查实施方案\n2025年7-8月，数据融合；\n2025年8月，水储量计算；",
      "deadline 2025年7-8月 2025-08 by - - - | deadline 2025年8月 2025-08 within - - -" },
    { "××实施方案\n\n2018年7月30日签发\n2018年8月3日发布", "" },
    // Joint issuers' dates side by side are a date line too, no plan's dated goal.
    { "××实施方案\n\n虹口区住房保障和房屋管理局      上海市供水管理事务中心\n"
      "2022年12月12日            2022年12月12日", "" },
    // An inspection and an application are events a duty is bounded by (检查前, 申请…前).
    { "关于规范行政检查的通知\n开展现场行政检查前，行政检查人员应当向执法系统申领检查码。",
      "deadline 检查前 - before - should 行政检查人员" },
    // A timetable drafted before its issue: its dated lines are phases, though past.
    { "关于印发建设项目开工一件事工作方案的通知\n四、工作计划\n2025年5月底，形成工作方案。\n"
      "2025年6月底，完成系统开发。\n上海市住房和城乡建设管理委员会\n2025年7月7日",
      "deadline 2025年5月底 2025-05-31 by - - - | deadline 2025年6月底 2025-06-30 by - - -" },
    // A past cue in the case a condition names (…已经建成…的，) reports no past: the time
    // after it bounds the duty; a past cue in the time's own clause does.
    { "对于已经建成、需要办理移交手续的，原则上于2019年6月底前完成。",
      "deadline 2019年6月底前 2019-06-30 before - - -" },
    { "全县已于2019年6月底前完成移交。", "" },
    // A plan's horizon before its forecast goals bounds them (heldout-blind36 S027); a report's
    // forecast after a year stays none.
    { "某市数字经济发展行动方案\n\n到2025年，产业集群营业收入预计超1000亿元。",
      "deadline 到2025年 2025 by - - -" },
    { "到1956年底，预计工业产值的比重将上升到60.5%。", "" },
    // The document's year is its own, not a year inside a cited title (《…（2016-2020年）》).
    { "为落实《信息通信行业发展规划（2016-2020年）》，制定2019年工作要点。\n今年年底前完成全部改造任务。",
      "deadline 今年年底前 2019-12-31 before - - -" },
    // A start alone in its clause heads the next one: a duty's modal verb there makes it the
    // duty's start (after); a programme's or a rule's start stays none.
    { "自2019年1月1日起，各地要对新建小区配套幼儿园进行验收。",
      "deadline 自2019年1月1日起 2019-01-01 after - should 各地" },
    { "从2020年起，全面推行该制度。", "" },
    { "本办法自2019年1月1日起施行。", "" },
    // A bound in the next clause marks a duty there too, with no modal verb; a programme
    // started with no bound after it stays none.
    { "从2019年起，各有关部门于每年2月底前报送工作情况。",
      "deadline 2019年起 2019 after - - 各有关部门 | "
      "deadline 每年2月底前 XXXX-02-28 before P1Y - 各有关部门" },
    { "从2019年1月1日起，实施三年百万青年见习计划。", "" },
    // Organs named by a class of levels (设区的市, 县级以上) are addressees, not the issuer: their
    // recurrence is a duty (corpus/heldout-laws2 L097).
    { "某省房屋征收条例\n第二十条 具体标准由设区的市、县（市）人民政府根据当地物价水平规定，每两年公布一次。",
      "deadline 每两年 - unspecified P2Y - 设区的市、县(市)人民政府" },
    // A note in parentheses inside the subject of an event bound that opens its clause (县（市、
    // 区）人民政府) counts no characters of the event (corpus/heldout-laws2 L097).
    { "第十二条 设区的市、县（市、区）人民政府作出房屋征收决定前，应当进行社会稳定风险评估。",
      "deadline 设区的市、县(市、区)人民政府作出房屋征收决定前 - before - should "
      "设区的市、县(市、区)人民政府" },
    // A rule's list of duties: a modal verb of a duty over the list word (cues.tsv list_open:
    // 下列, 以下) gives the items that state none its modality and its subject, a party too
    // (args.c push_list_owner); cases or conditions (list_case: 条件) and a power give nothing.
    { "某市电梯安全管理条例\n第十三条 使用管理单位应当履行下列义务：\n（三）定期维护保养电梯；",
      "deadline 定期 - unspecified - should 使用管理单位" },
    { "某市废水管理条例\n第九条 废水产生单位应当做好以下管理工作：\n（三）及时排查污染风险；",
      "deadline 及时 - unspecified - should 废水产生单位" },
    { "某市养犬管理条例\n第八条 个人申请养犬应当符合以下条件：\n（六）两年内无犬只被没收。",
      "deadline 两年内 - within - - -" },
    { "某市电梯安全管理条例\n第十三条 房屋出租人有权采取下列措施：\n（三）及时通知承租人；",
      "deadline 及时 - unspecified - - -" },
    { "各乡镇必须在1月25日前,全面完成一次医学监护工作。",
      "deadline 1月25日前 XXXX-01-25 before - must 各乡镇" },
    { "县计生局要及时派工作组驻乡镇抓好台帐验收工作。",
      "deadline 及时 - unspecified - should 县计生局" },
    { "对存在的问题要限时整改。", "deadline 限时 - unspecified - should -" },
    { "对11月中旬依然没有完成任务的,要进行约谈问责。",
      "deadline 11月中旬 XXXX-11-20 by - should -" },
    { "发现火点后,属地镇须在20分钟内赶赴现场扑灭。",
      "deadline 20分钟内 - within - must 属地镇" },
    { "镇安监站每季度对各村开展一次督导检查。", "" },
    // An average per period is a rate, no recurring duty (cues.tsv 平均, corpus/audit).
    { "轻工业平均每年增长11.8%。", "" },
    { "重点管控期内,各镇主要负责人不得外出。",
      "deadline 重点管控期内 - within - prohibit 各镇主要负责人" },
    { "自2023年1月1日起施行。", "" },
    { "坚持月报制度。", "deadline 月报 - unspecified P1M - -" },
    // The prescribed time or date followed.
    { "各中小学要按规定日期发放《入学通知书》。", "deadline 按规定日期 - unspecified - should 各中小学" },
    // The school calendar: a semester recurs every half year.
    { "各学校每学期要组织一次疏散演练。", "deadline 每学期 - unspecified P6M should 各学校" },
    { "须在半小时内电话报告。", "deadline 半小时内 - within - must -" },
    { "重度污染天数控制在5天以内。", "" },   // a quantity held down, no span
    { "截至12月,死亡人口599人。", "" },
    { "少数乡镇未及时听取汇报。", "" },
    { "措施落实不及时。", "" },
    // A checklist's yes-or-no question asks whether a time was kept: nothing due.
    { "机构名称发生变化时是否及时向资质认可机关提出变更；", "" },
    { "是否建立定期巡检制度，", "" },
    { "避孕及时率有所提高。", "" },
    { "今年的征兵工作时间紧、任务重。", "" },
    { "继11月5日召开全县人口计生工作会议以来,成效明显。", "" },
    { "到2030年,防灭火能力显著增强。", "deadline 到2030年 2030 by - - -" },
    { "各村要在冬至、春节等农俗节日组织专人巡山。",
      "deadline 冬至、春节 - within - should 各村" },
    { "迅速行动,随时报告。", "" },
    // The near-term phase of a plan named, and the near term weighed against the long: no bound.
    { "各区要系统谋划近期行动计划。", "" },
    { "编制供热专项规划，应当体现长远与近期相结合的要求。", "" },
    // While a site's works last, their duties hold: the span bounds none of them.
    { "建设单位对燃气工程施工期间轨道交通设施的安全负总责。", "" },
    // Ends of validity are no bound on a duty; spaced counts (PDF text) are spans.
    { "本办法自2022年4月30日起执行,有效期至2025年12月31日。", "" },
    { "措施第二项、第四项执行期限至2025年12月31日。", "" },
    // A recurrence right before a share is its rate (per day), no schedule.
    { "开竣工违约金标准由每日万分之三调减为每日万分之零点五。", "" },
    { "本办法试行期一年。", "" },
    { "运营公司在接到申请材料的 3 个工作日内完成审核。",
      "deadline 3 个工作日内 - within - - 运营公司" },
    { "项目建设期限 2 年。", "deadline 期限 2 年 - within - - -" },
    // A project's period under a ceiling bounds it (no date: from its start); a programme's
    // period stated with 为 is the issuer's (heldout-blind5 0127).
    { "项目执行期不超过 3 年。", "deadline 执行期不超过 3 年 - within - - -" },
    { "专项实施周期为5年。", "" },
    // The issuer's planned call (拟发布…指南) and the superiors' own supervision at a vague
    // time with no modal verb are no duties; a heading naming the act keeps its bound.
    { "2019 年，拟发布 1 项关键技术与装备类定向指南。", "" },
    { "加强动态监测分析、定期督促指导，保障各项任务有序推进。", "" },
    { "各级主管部门应定期督促指导。", "deadline 定期 - unspecified - should 各级主管部门" },
    { "二、及时查处,坚决依法治火\n", "deadline 及时 - unspecified - - -" },
    // An undated speech dates itself by an anniversary (今年…是我们党成立99周年 → 2020; 明年是…
    // 100周年 → 2020; a title's 30周年): its history (1952年至1954年, 到1957年6月底, a meeting's
    // 2018年7月3日至4日) is past, and its deictic times resolve (heldout-blind5 0096).
    { "今年7月1日，是我们党成立99周年的日子。1952年至1954年3年中，全国抽调干部16万多名；到1957年6月底，"
      "发展党员17500多名。",
      "" },
    { "明年就是我们党成立100周年了。2018年7月3日至4日，全国组织工作会议在北京召开。", "" },
    { "今年是新中国成立70周年。年底前要完成脱贫任务。",
      "deadline 年底前 2019-12-31 before - should -" },
    { "在浦东开发开放30周年庆祝大会上的讲话\n到2019年5月底，已有3万家企业落户。", "" },
    // A speaker's account of past work: an opener earlier in the sentence or paragraph, and no
    // sentence stating a duty since (heldout-blind5 0094; speech 0089); a duty ends it.
    { "近一段时间，我们主要做了以下工作。一是及时制定疫情防控战略策略。", "" },
    { "今年以来，全国抗疫斗争取得重大战略成果。我们统筹疫情防控，抓紧恢复生产生活秩序。", "" },
    { "今年以来，疫情形势严峻。各地要及时制定防控方案。",
      "deadline 及时 - unspecified - should 各地" },
    { "今年以来，疫情形势严峻。各地要加强防控。及时制定防控方案。",
      "deadline 及时 - unspecified - - -" },
    { "今年以来，疫情形势严峻。\n及时制定防控方案。", "deadline 及时 - unspecified - - -" },
    // A work report's review part reports what was done: a vague time with no modal verb
    // bounds nothing there (2008 report); the plan part's duties keep theirs.
    { "2005年政府工作报告\n一、工作回顾\n我们加大“三农”工作力度，及时作出部署，保护种粮积极性。\n"
      "二、今年的主要任务\n抓紧新一轮农村电网改造升级。",
      "deadline 抓紧 - unspecified - - -" },
    // Others' practice the speaker reports (有些地方还规定…必须): their duties, not the
    // document's; a directive that distributes cases with a bare 有的 keeps its bounds.
    { "有些地方还规定，扶贫档案必须及时更新。", "" },
    { "对这些问题，有的要立即整改，有的要限期整改。",
      "deadline 立即 - unspecified - should - | deadline 限期 - unspecified - should -" },
    // Parties a statute binds by their role (actors.tsv: 设置人, 学校, 使用者) are the actors
    // of their duties.
    { "某市户外广告设施管理条例\n第二条 设置人应当在期限届满后十日内自行拆除。",
      "deadline 十日内 - within - should 设置人" },
    { "某市防震减灾条例\n第一条 学校应当开展专题教育，每年至少组织一次应急疏散演练。",
      "deadline 每年 - unspecified P1Y should 学校" },
    // A lettered item marker opens no actor.
    { "人工智能安全治理框架\n(b)重点领域使用者应定期对系统运行情况进行审计。",
      "deadline 定期 - unspecified - should 重点领域使用者" },
    { "某市出租汽车客运管理条例\n第十条 经营者对乘客提出的服务质量问题及时调查处理。",
      "deadline 及时 - unspecified - - 经营者" },
    { "申报单位近 2 年内无违法失信记录。", "" },   // a lookback: eligibility
    { "公告期为2020年3月1日－2020年3月31日。", "" },   // the issuer's own period
    { "××市水务局关于2020年2月1日—2020年2月29日建设项目审批决定的公告\n现将审批决定予以公告。",
      "" },   // the times of a title
    { "市场主体可以于公示期届满之日起20日内向登记机关申请注销。",
      "deadline 20日内 - within - - -" },
    { "对上一年度营业收入 50 亿元以上的企业,补贴上限为每年 200 万元。", "" },
    // 抓紧 and 尽早 bound a duty like 尽快 (尽早 is strive of its own); 抓紧抓实 is a manner;
    // inability is a failing (无法及时); 即时 names a service (即时零售).
    { "要抓紧补齐基层党组织的短板。", "deadline 抓紧 - unspecified - should -" },
    { "各国争取尽早战胜疫情。", "deadline 尽早 - unspecified - strive 各国" },
    // Parties charged by kind: the media, professionals, associations (actors.tsv suffixes).
    { "广播、电视、报刊等媒体应当及时宣传报道见义勇为人员。",
      "deadline 及时 - unspecified - should 广播、电视、报刊等媒体" },
    { "监理工程师对质量合格的工序，应当按照有关规定及时签认。",
      "deadline 及时 - unspecified - should 监理工程师" },
    { "督促新开工项目加快建设进度，及早形成有效供应。", "deadline 及早 - unspecified - strive -" },
    { "把出生缺陷干预纳入重点来抓紧抓实。", "" },
    { "部分企业无法及时识别质量问题。", "" },
    { "加快智慧餐饮、即时零售等新场景建设。", "" },
    // A body at work (正在) acts of its own, with no modal verb: no duty of the addressees.
    { "财政部正在抓紧修改完善管理办法。", "" },
    // 早日 is 尽早 (corpus/heldout-speeches 0089); confidence or a capacity stated (有决心,
    // 有能力) and a hope (盼望) bound no duty (1988, 1994, 2000 government work reports).
    { "要加强病例分析研究，力争早日取得突破。", "deadline 早日 - unspecified - strive -" },
    { "中国人民有决心也完全有能力早日解决台湾问题。", "" },
    { "十亿中国人民迫切盼望国家早日统一。", "" },
    { "中国政府和中国人民都有决心、有能力，按期恢复对香港行使主权。", "" },
    // A meeting a modal verb before the time orders is a duty; a meeting held is none.
    { "对发现的隐患要立行立改。", "deadline 立行立改 - unspecified - should -" },
    // 当场 (on the spot) bounding a duty is 立即's kind; in a condition (能够当场处理的) none.
    { "对公众投诉，能够当场处理的，应当当场作出处理决定。", "deadline 当场 - unspecified - should -" },
    // A 前 bound right after 应当在 needs no verb of an administrative act: the duty is timed
    // before the act the event names; after a permission it times nothing.
    { "确需驶入的，应当在驶入前向属地县级公安机关申请办理道路运输通行证。",
      "deadline 驶入前 - before - should -" },
    { "代表可以在会议举行前提出议案。", "" },
    // 每隔/每间隔 open a recurrence; 终了 (ends) is no past; 前提请 is 前|提请 (submit for).
    { "互联网地图服务单位应当每间隔六个月将地图数据库变化情况报送备案。",
      "deadline 每间隔六个月 - unspecified P6M should 互联网地图服务单位" },
    { "市财政部门应当在每季度终了后报告预算执行情况，并按月提供预算收支报表。",
      "deadline 每季度终 - by P3M should 市财政部门 | deadline 按月 - unspecified P1M should 市财政部门" },
    { "市人民政府应当于7月底前提请市人大常委会审查和批准。",
      "deadline 7月底前 XXXX-07-31 before - should 市人民政府" },
    // The order named as a document: its 限期 is a re-mention; the period it sets binds.
    { "当事人应当在责令限期拆除决定规定的期限内，自行拆除违法建筑。",
      "deadline 规定的期限内 - within - should 当事人" },
    // Page furniture is a label a value follows (浏览次数:1268); the same word in running text
    // (全民阅读) is no furniture and leaves its clause's bounds.
    { "公共图书馆应当定期开展阅读推广活动。",
      "deadline 定期 - unspecified - should 公共图书馆" },
    { "发布时间：2020年3月1日  浏览次数：1268", "" },
    // A service guide's office hours, the label governing the clauses after it.
    { "咨询电话：59717399  受理时间：周一至周五(节假日除外)，上午8:30-11:00", "" },
    // A forecast as a condition (预报…时) reports nothing, and a past that qualifies a noun
    // (已架设的浮桥) leaves its clause's duty its bound; a forecast reported stays a report.
    { "某省黄河防汛条例\n第三十一条 预报花园口站流量出现三千立方米每秒以上洪水时，已架设的浮桥必须在二十四小时内拆除。",
      "deadline 二十四小时内 - within - must -" },
    { "据市气象台预报，7月3日至6日我县将再次出现强降雨。", "" },
    // A range heading a clause fills it; one inside a clause is an attribute.
    { "2024—2025年纳入中央气象台重要天气过程纪要表的暴雨、高温等过程。", "" },
    // The named periods of the statutes (防洪法 汛期, 紧急防汛期; 禁采期): 在 opening one that
    // fills its clause or stands right before a modal verb frames a duty; one that describes a
    // noun (在防汛抢险地段) does not. A length before the period's start is one bound.
    { "某省黄河防汛条例\n第二十八条 在紧急防汛期，防汛指挥机构应当组织动员本地各有关单位投入防汛工作。",
      "deadline 紧急防汛期 - within - should 防汛指挥机构" },
    { "某市河道保护条例\n第三十条 采砂机具在禁采期应当集中停放在指定的地点。",
      "deadline 禁采期 - within - should -" },
    { "某省黄河防汛条例\n第二十八条 有关部门应当制止无关人员在防汛抢险地段通行。", "" },
    // A period word ending in 期 shares it with 期间 (供热期间: corpus/laws L155).
    { "某市集中供热条例\n第二十七条 供热期间，热经营企业应当保证供热质量。",
      "deadline 供热期间 - within - should 热经营企业" },
    { "某市河道管理条例\n第十条 采砂船舶应当在汛期开始三十日前撤离河道。",
      "deadline 汛期开始三十日前 - before - should 采砂船舶" },
    // 起 right before a span starts the span (当月起3个月内: within), no open-ended start.
    { "某市建筑工人实名制管理办法\n建筑工人完成最后一次班前签到的当月起3个月内，用人单位应当一次性结清剩余工资。",
      "deadline 当月起3个月内 - within - should 用人单位" },
    // The flood season's short forms: 汛前, 入汛前.
    { "某区安全生产治本攻坚三年行动方案\n各街镇要在汛前完成地下空间安全检查。",
      "deadline 汛前 - before - should 各街镇" },
    // An announcement a procedure requires bounds the steps before it and its window (土地管理法
    // Art. 47: 征收土地预公告, 补偿安置方案公告).
    { "某区征收集体土地房屋补偿实施意见\n区建设用地事务所应在征地房屋补偿方案公告前提出具体补偿方案。",
      "deadline 公告前 - before - should 区建设用地事务所" },
    { "疫情防控期间采取一些严格的管控措施是完全必要的。", "" },
    // Before the meeting the clause names.
    { "文件和议题应当于会前送达与会同志。", "deadline 会前 - before - should -" },
    // A range of months heading a clause alone, with no past: a phase of a schedule; one that
    // frames a report of the past is none.
    { "1997年4―6月，由社会团体根据清理整顿的规定进行自查。",
      "deadline 1997年4―6月 1997-06 by - - -" },
    { "1-6月，全县规模以上工业增加值增长8%。", "" },
    // So does one ending its clause when the next clause states a duty and no condition.
    { "在出售、运输动物、动物产品前，货主应当向动物卫生监督机构报检。",
      "deadline 出售、运输动物、动物产品前 - before - should -" },
    { "在出售动物产品前，有检疫证明的，可以免于报检。", "" },
    // With no 在, the 前 bound opening a clause times the duty a modal verb right after it
    // states, as it does the next clause's.
    { "生产建设项目开工建设前应当重新编制水土保持方案。",
      "deadline 生产建设项目开工建设前 - before - should -" },
    { "各乡镇要在3月底前召开总结会议。", "deadline 3月底前 XXXX-03-31 before - should 各乡镇" },
    { "会后，各乡镇要立即召开会议传达会议精神。", "deadline 立即 - unspecified - should 各乡镇" },
    { "2月16日，全县召开人口和计划生育工作会议。", "" },
    // A meeting a modal verb of a duty orders within a span is bound by it (corpus/laws L096).
    { "人民法院应当自收到重整计划草案之日起十五日内召开债权人会议。",
      "deadline 十五日内 - within - should 人民法院" },
    // The situation a speech describes after a festival (cues.tsv notime_post); a duty stays.
    { "当前，春节前后人员流动大幅增加，我县疫情防控形势复杂严峻。", "" },
    { "元旦、春节即将来临，人员流动加大，安全风险增加。", "" },
    // A recurring risk period, a safe period reported and a quality judged bound no duty; a
    // meeting held each week stays one (heldout h14).
    { "每年春节前后都是火灾高发期。", "" },
    { "只要我们提前预判、及时预警，就能最大限度减少损失。", "" },
    { "国庆期间，全县没有发生一起安全事故。", "" },
    { "今天的会议开得很好，很及时。", "" },
    { "各乡镇每周一召开一次森林防火调度会。", "deadline 每周一 XXXX-WXX-1 on P1W - 各乡镇" },
    { "春节前后，各乡镇要严格落实24小时值班制度。",
      "deadline 春节前后 - around - should 各乡镇" },
    // A time in the condition of a relief tells the case, no duty (行政处罚法 Art. 33).
    { "违法行为轻微并及时改正,没有造成危害后果的,不予行政处罚。", "" },
    // A span of effort bounds a plan's goals; a past review's is the work done.
    { "××行动方案\n\n通过三年的努力,建材工业信息化基础支撑能力显著增强。",
      "deadline 通过三年的努力 - within - - -" },
    { "经过五年的努力,我们取得了显著成绩。", "" },
    // A plan year opening its sentence heads the tasks after it, with no document date too;
    // not a form's date after a label.
    { "××实施方案\n\n2031年,完成全市中小学实验室建设。", "deadline 2031年 2031 within - - -" },
    { "××实施方案\n\n申报日期:2022年 月 日", "" },
};
CHECK_KIND(test_deadline, deadline_cases, ZC_KIND_DEADLINE)

/* Targets: comparator cues in goal contexts, quotas, zero goals; figures that are none. */
static const ecase target_cases[] = {
    // A zero goal a clause reaches (零填埋, 零增长) is a target 0; before a noun it names one.
    { "全面实现原生生活垃圾零填埋，确保违法用地零增长。推广零排放技术。",
      "target 零填埋 =0 - - | target 零增长 =0 must -" },
    // A count of times a recurrence sets is its frequency, no goal, in a plan too; a floor of
    // two (至少…2次, shared over 和) stays a quota.
    { "××实施方案\n学校每年调整1次专业。A级企业原则上每年开展1次现场计划检查。\n"
      "施工期每年至少开展1次书面检查和2次现场检查。",
      "target 2次 >=2次 - -" },
    // A petition's threshold names who may propose, no goal (extract.tsv skip.petition).
    { "××条例\n\n第八条 省人大常委会组成人员五人以上联名，可以提出议案。", "" },
    // A count restating the list before it, its items with brackets, a slash or spaces
    // (广东（珠三角）, 医/药), is no goal.
    { "××实施方案\n在京津冀、上海、广东（珠三角）、辽宁沈阳等4个区域开展试点。"
      "支持信息、医/药等 2 个领域。", "" },
    // A doubling is a goal of twice the base, 翻两番 of four times (extract.tsv target.doubling);
    // before 目标 it names a goal recounted.
    { "2030年海铁联运集疏运量较2025年再翻一番。到2020年国内生产总值比2000年翻两番。会议提出了翻一番目标。",
      "target 翻一番 >=2倍 - - | target 翻两番 >=4倍 - -" },
    // A processing time cut to a length, also about and in calendar days (缩减至约1.5个月,
    // 压缩至3个自然日): the limit an office must keep (extract.tsv target.time_cut).
    { "审核期限力争由现有的约2.5个月缩减至约1.5个月，初审公示期限压缩至3个自然日。",
      "target 约1.5个月 <=1.5个月 strive - | target 3个自然日 <=3自然日 strive -" },
    // An age a requirement caps is a standard to meet, no bracket (GUIDELINES.md).
    { "理事长年龄不超过70周岁。", "target 不超过70周岁 <=70周岁 - -" },
    // A sum's bound before a class of works or projects is a size class (小型建设工程).
    { "关于加强小型建设工程管理的实施意见\n使用社会资金的30万元以下小型建设工程项目由建设单位申报备案。", "" },
    // A comparator word before a list is shared by its members.
    { "××行动方案\n\n全省信息技术产业营收2024年、2025年分别突破2.2万亿元、2.4万亿元。",
      "target 突破2.2万亿元 >2200000000000元 - - | target 2.4万亿元 >2400000000000元 - -" },
    // A share bounded through its base by a negated ceiling or floor word is a target;
    // a change verb before a base measures (占…控制指标的55% stays a figure).
    { "自有资金不得低于项目总投资的20%。", "target 20% >=20% prohibit -" },
    { "管理费用占比不超过合同金额的 5%。", "target 5% <=5% - -" },
    // A guide's bare figures are specifications, but a share so bounded is its standard.
    { "××工作指引\n\n工业园区绿地总面积不得低于工业园区用地总面积的 20%。",
      "target 20% >=20% prohibit -" },
    { "死亡11人,比上年减少1人,占省下达控制指标的55%。", "" },
    { "力争监护面达100%。", "target 达100% >=100% strive -" },
    // A report's expected goals: a figure whose comparator follows it (城镇调查失业率5%以内).
    { "今年主要预期目标是：城镇调查失业率5%以内。", "target 5%以内 <=5% - -" },
    { "今年工作目标是:出生人口政策符合率达93%以上,出生人口性别比控制在112以内。",
      "target 达93%以上 >=93% - - | target 控制在112以内 <=112 - -" },
    // 全年 is a time (as 今年): the noun phrase before it is read as the subject, a known
    // weakness of the actor (厕所 acts for nothing).
    { "全县农户厕所全年任务是10437座。", "target 10437座 >=10437座 - 农户厕所" },
    { "道路交通事故死亡85人,占全年控制指标(177人)的48%。",
      "target 177人 <=177人 - -" },
    { "确保全镇范围内秸秆“零焚烧”。", "target 零焚烧 =0 must -" },
    { "确保火点「零发生」。", "target 零发生 =0 must -" },
    // A zero attribute naming a kind of place, household or measure is a name (0245, 2007,
    // 0221): no goal.
    { "努力将崇明岛建设成为“零碳岛”、“低碳岛”和“负碳岛”。", "" },
    { "积极帮助“零就业家庭”和就业困难人员就业。", "" },
    { "鼓励企业实施“零增地”技术改造。", "" },
    { "对腐败问题“零容忍”的态度坚决不变。", "" },
    // Without a verb of achieving in its clause a quoted zero names a campaign or slogan.
    { "结合重点单位“零火灾”创建，积极推进安全工作。", "" },
    { "以“低碳”“零碳”发展为导向。", "" },
    { "鼓励有条件的县实行“零收费”。", "target 零收费 =0 encourage -" },
    // A count of articles is no figure, unless a comparator bounds it: a quota.
    { "关于做好宣传工作的通知\n\n各区每月报送不少于2篇的宣传报道。", "target 不少于2篇 >=2篇 - 各区" },
    // A figure inside a document's title marks is part of its name.
    { "××实施方案\n\n根据《关于印发<深化油气储存基地安全风险管控实施方案>等6个工作方案的通知》要求，"
      "建成12个示范点。",
      "target 12个 >=12个 - -" },
    { "命案破案率达到100%,全年无群体性事件发生。", "" },
    { "同比下降24.07%。", "" },
    // A future cue makes a compared figure a goal (将实现…达到30%以上); a projection someone
    // reports does not.
    { "到2020年,将实现车联网产业突破,车联网用户渗透率达到30%以上。", "target 达到30%以上 >=30% - -" },
    { "《规划》进行了细化安排,所提目标全面对标省规划目标,提出到2025年数字经济规模占GDP比重超过52%。",
      "target 超过52% >52% - -" },
    { "确保全面完成目标任务。", "" },
    // Bare figures stated as goals: a modal verb before them, a plan or a task from above.
    { "今年全镇要新改造户厕350户。", "target 350户 >=350户 should -" },
    { "全县计划新开工亿元以上项目40个。", "target 40个 >=40个 - -" },
    { "市里下达我县改造任务31个。", "target 31个 >=31个 - -" },
    { "主要是国家计划外的13万公顷退耕还林补贴。", "" },
    // ...but not a figure in the subject of the modal verb, a report, or a share.
    { "6个督察工作组要对进度较慢的乡镇进行督办。", "" },
    { "但也要清醒看到,仍有9个项目尚未开工。", "" },
    { "死亡11人,占省下达控制指标的55%。", "" },
    { "经监测,该厂出水化学需氧量超标0.6倍。", "" },
    // A goal label earlier in the sentence governs a comparison with last year.
    { "年度考核目标:优良比例达到85%,较上年提高3个百分点。",
      "target 达到85% >=85% - - | target 提高3个百分点 >=3百分点 - -" },
    // A bound before its verb: 至少开展两次.
    { "每个村要至少开展两次技术培训。", "target 至少开展两次 >=2次 should 每个村" },
    // A requirement word of the figure's own clause outweighs a report in an earlier one.
    { "去年发放补贴资金1860万元,今年安排资金不少于2000万元。",
      "target 不少于2000万元 >=20000000元 - -" },
    // A section of main tasks sets goals (its figures with a comparator are targets).
    { "三、主要任务\n渣土车辆密闭运输率达到100%。", "target 达到100% >=100% - -" },    // Units of the inventory (dicts/lex/units.tsv), through NFKC: ㎾ is kW, ℃ is °C.
    { "今年要关停小火电机组1000万千瓦。", "target 1000万千瓦 >=10000000千瓦 should -" },
    { "今年要淘汰平板玻璃3500万标准箱。", "target 3500万标准箱 >=35000000标箱 should -" },
    { "采暖期内卧室温度应当不低于十八摄氏度。", "target 不低于十八摄氏度 >=18℃ should -" },
    { "夜间噪声要控制在45分贝以内。", "target 控制在45分贝以内 <=45分贝 should -" },
    { "力争全年新增光伏装机200㎿以上。", "target 200MW以上 >=200MW strive -" },
    // A policy nickname or slogan in quotes is no goal in a plan either (0245 “80条”, 0215
    // “最多跑一次”); the quota beside it stays one.
    { "××行动方案\n\n深化落实“扩大开放100条”，新建5G基站2万个。", "target 2万个 >=20000个 - -" },
    { "××行动方案\n\n100个高频事项实现“最多跑一次”。", "target 100个 >=100个 - -" },
    // A goal in digits quoted after a verb of achieving is no name; a count in words a slogan.
    { "××工作方案\n\n完成“全市全年新增1万个公共充电桩”建设目标。", "target 1万个 >=10000个 - -" },
    { "××工作方案\n\n坚决实现“两个确保”。", "" },
    // A count the title holds with its words names the scope the document works in; another
    // count of the same plan stays a goal.
    { "17个省级贫困县营养改善计划实施方案\n\n组织实施17个省级贫困县营养改善计划，新建食堂20个。",
      "target 20个 >=20个 - -" },
    // A level to reach that 左右 makes approximate is a floor; a growth rate stays ~.
    { "××行动方案\n\n生产设备数字化率达到55%左右。", "target 达到55%左右 >=55% - -" },
    { "××行动方案\n\n地区生产总值增长7%左右。", "target 增长7%左右 ~7% - -" },
    // A project's approximate specification takes =; a limit relaxed is a new ceiling.
    { "××行动方案\n\n2023年，加快推进50个重点项目建设，总投资约118亿元。",
      "target 50个 >=50个 - - | target 约118亿元 =11800000000元 - -" },
    { "××行动方案\n\n将飘窗的最大进深尺寸放宽至0.8米。", "target 放宽至0.8米 <=0.8米 - -" },
    // In a plan, a count in digits of the list right before it restates the list (等 or not);
    // a count of more than the list names stays a goal.
    { "××行动方案\n\n依托济南、青岛、潍坊、威海、济宁、淄博、日照市7个省级软件园区，培育软件名城。", "" },
    { "××行动方案\n\n谋划布局阿联酋、埃及等2个海外展销中心。", "" },
    { "××行动方案\n\n谋划布局阿联酋、埃及等10个海外展销中心。",
      "target 10个 >=10个 - -" },
    // A count before 的 and its noun is no size class when a dated bound of the sentence sets
    // it (heldout-genres2 0239).
    { "××行动方案\n\n2025年底前，建成20个以上的分领域大脑。", "target 20个以上 >=20个 - -" },
    // Under a heading of eligibility (cues.tsv eligibility) a bound is a threshold applicants
    // meet; under a heading of tasks the same sentence sets a goal.
    { "××大师培育工作方案\n二、基本条件\n作为专业负责人完成至少6项大型工程建设项目的设计。", "" },
    { "××大师培育工作方案\n二、主要任务\n作为专业负责人完成至少6项大型工程建设项目的设计。",
      "target 至少6项 >=6项 - -" },
    // One at least of a thing a standard requires is a count to meet; an eligibility is none.
    { "在配齐体育教师的基础上，至少配备一名足球专项体育教师。", "target 一名 >=1名 - -" },
    { "对养育至少有一名未成年子女的家庭给予补贴。", "" },
    // A sum a plan commits to a fund is its target, not the amount of a grant.
    { "××行动方案\n\n镇财政每年安排专项资金不少于300万元。",
      "target 不少于300万元 >=3000000元 - 镇财政" },
    // The condition of a rule about sanctions holds thresholds, no goals (heldout-discipline).
    { "第十条 行政机关公务员同时有两种以上需要给予处分的行为的,应当分别确定其处分。", "" },
    // A ceiling a permission sets (允许, 可) is a rule limit; one a modal verb sets stays.
    { "××市促进产业发展的若干措施\n\n允许不超过五分之一不具有专利代理人资格的人员成为股东。", "" },
    { "××市促进产业发展的若干措施\n\n批准文件可一证多批使用，但最多不超过六批。", "" },
    { "××市促进产业发展的若干措施\n\n股东人数应当不超过五人。", "target 不超过五人 <=5人 should -" },
};
CHECK_KIND(test_target, target_cases, ZC_KIND_TARGET)

/* The document's genre as the prior for a figure (GUIDELINES.md, plans and rules): the same
 * sentence is a goal in a plan and a report elsewhere; a plan's figure marked as past reports;
 * a rule's bracket and a reward's tier are no records, its standard is a target. The genre
 * comes from the title (a notice takes the genre of the plan it issues), else from the text's
 * name for itself. */
static const ecase genre_cases[] = {
    // The goals listed under a goal heading share the modality the section's lead opens
    // with (力争到…), also when the lead is the second sentence of its paragraph; a section
    // of tasks does not.
    { "××市养老服务体系建设实施方案\n一、发展目标\n坚持需求导向。力争到2026年,体系基本建成。\n"
      "新增护理型床位800张;\n培育品牌机构12家。\n二、主要任务\n新建社区食堂30个。",
      "target 800张 >=800张 strive - | target 12家 >=12家 strive - | target 30个 >=30个 - -" },
    { "××市养老服务体系建设实施方案\n一、发展目标\n新增护理型床位800张。",
      "target 800张 >=800张 - -" },
    // A clause that opens with a verb-noun or a noun and its counted object names no actor,
    // whatever suffix ends the object (中心, 研究院); the lead-department tag acts.
    { "××市养老服务体系建设实施方案\n新建社区食堂30个,建设3个区级养老服务中心,布局5家康复医院。"
      "(牵头单位:市民政局)",
      "target 30个 >=30个 - 市民政局 | target 3个 >=3个 - 市民政局 | "
      "target 5家 >=5家 - 市民政局" },
    { "××市数字经济发展行动方案\n\n全市新建充电桩2000个。", "target 2000个 >=2000个 - -" },
    // A notice that publishes a list informs: its counts are no goals (title_verbs.tsv inform).
    { "××省教育厅关于公布营养改善计划试点县名单的通知\n\n营养改善计划试点县共12个。",
      "statistic 12个 12个 - -" },
    // A count right after a scope preposition (围绕, 与, 在) is what a task works within, no
    // goal; 与 after a figure joins two goals, a bound word before it bounds the count, a past
    // cue keeps a statistic, and a figure ending its clause is stated (…数在7797人).
    { "××行动方案\n\n围绕37条产业链和40个产业集群，支持链主企业制定数字化转型路线图。", "" },
    { "××行动方案\n\n纵向与13个市平台互联，在107个重点集群中优选试点。", "" },
    // After a modal verb (宜, a standard's should) 在 states the standard's range, no scope.
    { "××郊野公园运营管理指导意见\n\n垃圾箱设置间隔宜在50-100米间，并及时清运。",
      "target 50-100米 >=50米 should -" },
    { "××行动方案\n\n建成5个园区与10个基地。", "target 5个 >=5个 - - | target 10个 >=10个 - -" },
    { "××行动方案\n\n上述传感器至少在2类医疗影像装备上示范应用。", "target 至少在2类 >=2类 - -" },
        { "××行动方案\n\n实际人口居住数在7797人。", "target 7797人 >=7797人 - -" },
    { "××行动方案\n\n截至目前，已与16个国家签署合作谅解备忘录。", "statistic 16个 16个 - -" },
    // A day with no year opening its clause, before the document's date in its year, tells
    // what happened (the parser resolves it toward the future): its figures are reported.
    { "××通知\n\n4月12日，某公司发生火灾，造成8人死亡；5月31日，某公司发生火灾，造成9人死亡。\n\n"
      "某某办公室\n2021年6月23日", "statistic 8人 8人 - - | statistic 9人 9人 - -" },
    // A sum right after a verb arranging or setting up a fund is the grant's budget, no
    // goal; a report's stays a statistic.
    { "××促消费若干措施\n\n统筹安排1.5亿元，深入开展消费活动。", "" },
    { "××行动方案\n\n市财政每年安排5亿元，用于支持先进制造业。", "" },
    { "××县政府工作报告\n\n去年统筹安排1.5亿元用于民生。", "statistic 1.5亿元 150000000元 - -" },
    // An open bound on a measure of size right before a noun classes the noun (size class,
    // no figure); a count in a classifier, a sum of money and a figure ending its clause stay.
    { "××行动方案\n\n在全区100米以上综合性商务楼建立专职消防队。", "" },
    { "××行动方案\n\n加快对全省1000立方米以下高炉升级改造。", "" },
    { "××行动方案\n\n社会团体应有10万元以上资金。", "target 10万元以上 >=100000元 - -" },
    { "××行动方案\n\n新建5个以上园区。", "target 5个以上 >=5个 - -" },
    { "××行动方案\n\n新增绿地面积100平方米以上。", "target 100平方米以上 >=100平方米 - -" },
    // A count N以上的 or N左右的 right after a verb of producing is the goal, no bracket; a
    // sum there classes firms by size.
    { "××行动方案\n\n构建1000个以上的数据训练集。", "target 1000个以上 >=1000个 - -" },
    { "××行动方案\n\n培育30个左右的特色直播电商基地。", "target 30个左右 >=30个 - -" },
    { "××行动方案\n\n培育10亿元以上的企业。", "" },
    // 不能 before a bound word states a standard, as 不得 does.
    { "××条例\n\n第五条 施工工地的围挡高度不能低于二点五米。", "target 不能低于二点五米 >=2.5米 prohibit -" },
    // A later clause opening with its own year, not before the document's, sets its own
    // goals under a sentence that opens with an earlier year.
    { "××区城市更新规划\n2022年3月17日\n在2021年完成3个以上老旧小区创建工作，2022年完成2个以上宜居型小区创建。",
      "statistic 3个以上 3个~ - - | target 2个以上 >=2个 - -" },
    // 应对…开展: the modal 应 and the preposition 对 of the 对 construction (对X开展排查).
    { "××实施方案\n\n各区监督部门应对属地生产单位每年至少开展两次全面排查。",
      "target 至少开展两次 >=2次 should 各区监督部门" },
    // A count heading the list it counts is no figure (counts_list).
    { "××省教育厅关于公布营养改善计划试点县名单的通知\n\n石家庄市（3个）：藁城区、鹿泉区、栾城区。",
      "" },
    { "××省教育厅关于做好营养改善计划试点工作的通知\n\n石家庄市新增试点县12个。",
      "target 12个 >=12个 - -" },
    { "××市人民政府关于印发××市数字经济发展行动方案的通知\n\n全市新建充电桩2000个。",
      "target 2000个 >=2000个 - -" },
    { "为推动数字经济发展,制定本方案。\n全市新建充电桩2000个。", "target 2000个 >=2000个 - -" },
    { "××市2023年国民经济和社会发展统计公报\n\n全市新建充电桩2000个。",
      "statistic 2000个 2000个 - -" },
    { "在全市经济工作会议上的讲话\n\n全市新建充电桩2000个。", "statistic 2000个 2000个 - -" },
    // Marked as past: 已, a running total with no bound to come, a background section.
    { "××市数字经济发展行动方案\n\n全市已建成充电桩2000个。", "statistic 2000个 2000个 - -" },
    // A compared figure before 的 and a size noun defines a class of firms, no figure; before a
    // name it is that one's own.
    { "××行动方案\n\n到2025年,新培育年销售收入首次突破100亿元的企业15家。",
      "target 15家 >=15家 - -" },
    // 已 + a verb + 的 qualifies a noun: the past stays in its clause (已批复的…中心).
    { "××行动方案\n\n建设已批复的国家创新中心,省创新中心达到50家左右。",
      "target 达到50家左右 >=50家 - -" },
    // A rate per unit, whether the unit is written whole (元/生·年) or not, is no quota and
    // no statistic: a schedule of subsidies (GUIDELINES.md, subsidy rates per unit).
    { "××县教育精准扶贫实施方案\n\n普通高中资助标准1900元/生·年。", "" },
    { "××县教育精准扶贫实施方案\n\n普通高中资助标准1900元/生。", "" },
    // Written with 每 and a schedule cue, in any genre: the rate of a schedule, and the
    // denominator right after 每 is no figure (corpus/audit, per_unit_rate_or_size_class).
    { "城镇居民医保和新农合补助标准提高到每人每年240元。", "" },
    { "今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。", "" },
    { "按配建面积需缴纳每平方米1072元。", "" },
    // So is it across a typeset page's space (每 800户).
    { "××通知\n\n1000户以上不到 1万户的，每 800户配备不少于1人。", "target 不少于1人 >=1人 - -" },
    // With no schedule, a per-head income is a statistic; a standard to meet a target.
    { "全国农民平均每人的纯收入达到270元。", "statistic 270元 270元 - -" },
    // A concentration is no rate: a goal like any other figure of a plan.
    { "××市大气污染防治实施方案\n\nPM10年均浓度控制在36微克/立方米以内。",
      "target 控制在36微克/立方米以内 <=36微克/立方米 - -" },
    // A standard's strict comparison bounds a goal's value (GB/T 8170: 大于, 小于).
    { "××市排水管理体制改革方案\n\n到2027年，污水厂进厂BOD5年均浓度大于100mg/L。",
      "target 大于100mg/L >100mg/L - -" },
    { "××市数字经济发展行动方案\n\n累计培育瞪羚企业1000家。", "statistic 1000家 1000家 - -" },
    // A requirement word right before the figure states a goal, running total or not.
    { "××市低空飞行服务保障体系建设实施方案\n\n累计划设低空飞行航线不少于150条。",
      "target 不少于150条 >=150条 - -" },
    { "××标准体系建设指南\n（三）建设目标\n累计研制40项以上行业标准。", "target 40项以上 >=40项 - -" },
    { "××市数字经济发展行动方案\n\n到2027年,累计培育瞪羚企业1000家。",
      "target 1000家 >=1000家 - -" },
    { "××市数字经济发展行动方案\n\n一、发展基础\n全市新建充电桩2000个。",
      "statistic 2000个 2000个 - -" },
    // A length right before the area it bounds says where a goal applies, no figure.
    { "××市交通三年行动计划\n\n实现轨道交通站点50米范围内地面公交配套服务占比达到90%。",
      "target 达到90% >=90% - -" },
    { "××区节能降碳“十五五”规划\n\n提升全区轨道交通600米覆盖半径至85%以上。",
      "target 85%以上 >=85% - -" },
    // A plot or unit code is no figure (13-05地块, JDC2-0201单元); a range of units stays one.
    { "××区重大建设项目计划\n\n推进南翔镇JDC2-0201单元37-05地块征收安置房项目建设。", "" },
    // A class of the energy standards (近零能耗建筑) is no goal of zero; an ordinal keeps its
    // 第 across the spaces of a typeset page (第 141 次常务会议).
    { "××区节能降碳“十五五”规划\n\n推进低碳示范项目建设，包括近零能耗建筑、零碳建筑等。", "" },
    { "××区节能降碳“十五五”规划\n\n本规划已经区政府第 141 次常务会议审议通过。", "" },
    // So do the achievements of the period before, as a five-year plan heads its first part.
    { "××市住房发展“十四五”规划\n\n一、“十三五”期间发展成果\n（一）住房租赁体系加快构建\n"
      "建设筹措各类租赁住房约70万套。\n二、主要任务\n建设筹措各类租赁住房约40万套。",
      "statistic 70万套 700000套~ - - | target 约40万套 >=400000套 - -" },
    // And its account of the trends before its goals (二、发展趋势).
    { "××区住房发展“十五五”规划\n\n二、发展趋势\n全国家庭户人均居住面积达41.76平方米。\n"
      "三、发展目标\n人均居住面积达45平方米。",
      "statistic 41.76平方米 41.76平方米 - - | target 达45平方米 >=45平方米 - -" },
    // And the completion of the plan before (一、“十三五”规划总体完成情况).
    { "××区旧区改造“十四五”规划\n\n一、“十三五”规划总体完成情况\n完成31个项目的收尾工作。\n"
      "二、主要任务\n完成20个项目的收尾工作。",
      "statistic 31个 31个 - - | target 20个 >=20个 - -" },
    { "××市数字经济发展行动方案\n\n全镇12座小型水库开展排查。", "statistic 12座 12座 - -" },
    // A share after the stock word is a part of the stock, what is to become of it: a goal.
    { "××区市容管理“十三五”规划\n\n二、主要任务\n全区70%街道成为过得硬街道。",
      "target 70% >=70% - -" },
    // Right after a verb the stock word is an adjective of the verb's object: the count is the
    // goal's (完成现有31条, 完成全区289个).
    { "××实施方案\n\n2年内完成现有31条内部道路治理任务。", "target 31条 >=31条 - -" },
    { "××实施方案\n\n完成全区289个投放点微更新。", "target 289个 >=289个 - -" },
    { "××省营养改善计划实施方案\n\n在我省24个扶贫开发重点县农村实施营养改善计划。",
      "statistic 24个 24个 - -" },
    // A plan's figure that is no goal and not marked as reported sets policy: a share, a
    // ratio of instalments (decide-statistic.tsv); marked as past, it stays a statistic.
    { "××市促进房地产市场平稳健康发展若干措施\n\n开发企业可申请分批次存入，首次存入核定监管金额的60%。",
      "" },
    { "××市促进房地产市场平稳健康发展若干措施\n\n以上资金按3:3:2:2比例，分4年拨付到位。", "" },
    // The tiers of a progressive schedule and their rates: brackets and terms, no goals.
    { "××科技成果转化实施方案\n\n其中：100万元（含）以下的部分为20%，300万元以上的部分为13%。", "" },
    { "××市促进房地产市场平稳健康发展若干措施\n\n截至2022年底，全市已建成保障性住房2000套。",
      "statistic 2000套 2000套 - -" },
    // The stock extends over the list an inventory cue opens, and holds under a modal verb's
    // or a deadline's goal (全部完成: no number); a linked news title reports.
    { "××市数字经济发展行动方案\n\n镇防汛办组织对全镇12座小型水库、36口山塘开展排查。",
      "statistic 12座 12座 - - | statistic 36口 36口 - -" },
    { "××市数字经济发展行动方案\n\n9月底前,全市12家钢铁、水泥企业要全部完成超低排放改造。",
      "statistic 12家 12家 - -" },
    { "××市数字经济发展行动方案\n\n上一篇:县长主持召开重点项目推进会 32个项目集中签约",
      "statistic 32个 32个 - -" },
    // A project's specification is =, a quota with 左右 is >= (approx).
    { "××市数字经济发展行动方案\n\n项目总投资1.6亿元。", "target 1.6亿元 =160000000元 - -" },
    { "××市数字经济发展行动方案\n\n全市新建10个左右数字化车间。",
      "target 10个左右 >=10个 - -" },
    // Brackets, thresholds, reward tiers and rates: neither target nor statistic.
    { "××县农村建房管理办法\n\n建筑面积在200平方米以上的,报县政府审批。", "" },
    { "××县农村建房管理办法\n\n子女未满18周岁,不予登记。", "" },
    { "××区促进产业发展的若干措施\n\n对年营业收入首次达到1000万元的企业,给予50万元奖励。",
      "" },
    { "××区促进产业发展的若干措施\n\n按50%比例报销。", "" },
    // 按 of 按期 (on schedule) applies no share, and a mechanism's rate (监管率) is no mechanism
    // whose condition would hold the goal before it.
    { "关于实施跨层级综合监管工作的通知\n\n二、监管目标\n对许可事项做到100%的按期监管,对当年度应实施监管的许可事项达到90%以上的监管率。",
      "target 100% >=100% should - | target 达到90%以上 >=90% should -" },
    // A grant's cap, before the sum or before the grant word the sum follows, is folded
    // into the grant (GUIDELINES.md, subsidies): no figure.
    { "××区促进产业发展的若干措施\n\n对符合条件的企业给予补助,单个企业年度最高补助50万元。", "" },
    { "××区促进产业发展的若干措施\n\n对符合条件的企业给予补助,每家最高50万元。", "" },
    // The unit a cap applies to before its bound is the same cap (单个项目不超过1000万元).
    { "××区促进产业发展的若干措施\n\n按照到账额的15%给予补助,单个项目不超过1000万元。", "" },
    // The cap of the grant of the sentence before (…予以区级配套补贴。其中…单个项目不超过100万元).
    { "××区支持绿色低碳发展的若干措施\n\n按照2:1的比例予以区级配套补贴。其中国家级园区管理机构单个项目不超过100万元。",
      "" },
    // So is the unit before the grant's total (单个项目补贴总额不超过100万元), a one-off grant too.
    { "××区支持绿色低碳发展的若干措施\n\n按照2:1的比例予以区级配套补贴,单个项目补贴总额不超过100万元。",
      "" },
    { "××区支持绿色低碳发展的若干措施\n\n给予0.3元/千瓦时的一次性补贴,单个项目一次性补贴总额不超过300万元。",
      "" },
    // A rate before its grant word, a space between (按照不高于 85% 补贴额度): no figure.
    { "××区促进产业发展的若干措施\n\n其他类服务资源按照不高于 85% 补贴额度使用服务券。", "" },
    // Two bounds joined by 且 before 的 are a bracket, their notes (含50万元) restate them;
    // one requirement word before 的 stays a standard.
    { "××区促进产业发展的若干措施\n\n年单笔贷款额不低于50万元(含50万元),且不超过1000万元(含1000万元)"
      "的流动资金贷款,可按实际支付利息的40%申请补贴。", "" },
    { "××区促进产业发展的若干措施\n\n对引进营业额10万元以上且本县财政不承担经费的大型会议,按其营业额的15%进行奖励。",
      "" },
    // Bounds that 或 joins, the last closed by 的 and the noun that ends the sentence, define a
    // class (a grading standard's row), whatever modal word its description holds; 或 before a
    // goal verb, or a quorum a rule requires, stays a requirement.
    { "××市突发地质灾害应急处置方案\n\n受灾害隐患威胁，需紧急避险转移人数在30人以上、100人以下，"
      "或潜在经济损失500万元以上、5000万元以下的地质灾害险情。", "" },
    { "××市突发地质灾害应急处置方案\n\n受灾害隐患威胁，需紧急避险转移人数在300人以上或潜在经济损失"
      "1亿元以上的地质灾害险情。", "" },
    { "××村民委员会组织法实施办法\n\n召开村民小组会议，应当有本村民小组十八周岁以上的村民三分之二以上，"
      "或者本村民小组三分之二以上的户的代表参加。", "target 三分之二以上 >=0.6667 should -" },
    { "××县加快重点产业实施意见\n\n项目资金投入500万元—5000万元,奖励投资额度的5%—20%;投资5000万元以上,实行“一事一议”。",
      "" },
    // A share raised to a level of its base (比例提高到…总量的30%) is a goal, as one bounded
    // through it; a definition's 达到…的三分之一 reaches no level set.
    { "××加快推进重大科技创新产业项目建设的若干意见\n\n科创产业类项目可建生活配套设施的比例提高到地上建筑总量的30%。",
      "target 30% >=30% - -" },
    { "××区促进产业发展的若干措施\n\n设立不少于100亿元的产业基金。",
      "target 不少于100亿元 >=10000000000元 - -" },
    { "××办法\n\n监督检查应当由2名以上(含2名)监督检查人员参加。",
      "target 2名以上 >=2名 should -" },
    // A note saying whether the bound is in or out draws a line between classes, the figure
    // inside the note too; so do bounds inside the parenthesis a 的 closes, strict classes
    // whose rate the next clause applies (按…配建), and counts of housing units.
    { "××市促进餐饮业发展的若干措施\n\n工程投资额在100万元以下(含)或建筑面积在300平方米以下(含)的餐饮门店,实行告知承诺。",
      "" },
    { "××县促进房地产市场发展若干措施\n\n且购买商品房住房面积在144平方米以下(不含144平方米)。", "" },
    { "××市促进餐饮业发展的若干措施\n\n限额以上(工程投资额在100万元以上且建筑面积在300平方米以上)的餐饮门店装修工程审批,实行并联办理。",
      "" },
    { "××州房地产调控措施\n\n户型建筑面积小于200平方米、大于或等于144平方米,按1.5车位/户配建。", "" },
    { "××市房地产调控工作的通知\n\n对已拥有1套及以上住房的,暂停在本市向其出售住房。", "" },
    { "××市养老服务体系建设实施方案\n\n全市养老床位数达到2万张以上,按标准配建。",
      "target 达到2万张以上 >=20000张 - -" },
    // A procedure clause right before a sanction's condition belongs to it: its thresholds
    // are the condition's (经两名以上医生诊断，确认是精神病人的); 经济 is no procedure.
    { "××条例\n\n经两名以上专业医生(其中至少一名应是主治医师以上)诊断,确认是精神病人的,予以强制住院治疗。",
      "" },
    // A rule's standard with a comparator verb is a target; a rate 为 gives is not, and a
    // rule reports no figures; a value 为 gives with another unit is the rule's specification,
    // a bare figure it requires too (=), a range it requires one target per bound.
    { "××县脱贫退出评估验收标准\n\n错退率不大于2%。", "target 不大于2% <=2% - -" },
    { "××暂行办法\n\n付酬标准为0.03%。", "" },
    { "××暂行办法\n\n折算方法为:剩余日历天数÷365天。", "" },
    // A rule's constants: a formula's operand, a span of years and a remainder of whole days
    // are no figures (企业职工带薪年休假实施办法), nor is the share of pay it makes the employer
    // pay: a rate per unit (../shared/gold/policies.jsonl 0107).
    { "××实施办法\n\n应当按照其日工资收入的300%支付未休年休假工资报酬。", "" },
    { "××实施办法\n\n折算方法为:(当年度在本单位已过日历天数÷365天)×全年应当享受的年休假天数。", "" },
    { "××实施办法\n\n跨1个年度安排年休假的,应征得职工本人同意。", "" },
    { "××实施办法\n\n折算后不足1整天的部分不享受年休假。", "" },
    { "××退出流程\n\n镇乡公示时间为7天。", "target 为7天 =7天 - 镇乡" },
    // A procedure's period a rule sets with 为, in the statutes' numerals too (extract.tsv
    // target.spec_period); a term of office and a dated window are none.
    { "××条例\n\n登记机关应当公示承诺事项，公示期为四十五日。",
      "target 四十五日 =45日 should 登记机关" },
    { "××条例\n\n过渡期限为自被征收人搬迁之月起二十四个月。", "target 二十四个月 =24个月 - -" },
    { "××条例\n\n兼职督学的任期为三年。", "" },
    { "××公告\n\n公告期为2020年3月1日－2020年3月31日。", "" },
    { "××退出流程\n\n村级核查后应进行7天公示。", "target 7天 =7天 should -" },
    { "××退出流程\n\n由村“两委”共同初审,并组成5-7人的入户调查组开展入户调查。",
      "target 5 >=5人 - - | target 7人 <=7人 - -" },
    // A goal label opening the sentence makes its bare figures goals (a call's 考核指标); a
    // colon further on opens a note, no label.
    // A call's proposal (指南建议) is a guide; a guide's specified range is one target per bound.
    { "××重点专项项目申报指南建议\n\n考核指标：工作温度-40℃~85℃。",
      "target -40°C >=-40℃ - - | target 85°C <=85℃ - -" },
    { "××项目申报指南\n\n考核指标：仿真软件1套，测试装备 2 台。",
      "target 1套 =1套 - - | target 2 台 =2台 - -" },
    // A range a comparator word states is one target per bound too.
    { "××实施方案\n\n力争2025年全省电炉钢比达到5%-10%。",
      "target 达到5% >=5% strive - | target 10% <=10% strive -" },
    // The composition of a body, the verb before or after the figure (组成, 设, 推选), with
    // no modal verb; a 设 inside a word (设计) forms nothing.
    { "××工作条例\n\n主席团一般由七人至十一人组成。",
      "target 七人 >=7人 - - | target 十一人 <=11人 - -" },
    { "××工作条例\n\n乡镇人民代表大会设主席一人、副主席一人至二人。",
      "target 一人 =1人 - - | target 一人 >=1人 - - | target 二人 <=2人 - -" },
    { "××督导条例\n\n每个督导小组配备三名以上督学。", "target 三名以上 >=3名 - 每个督导小组" },
    { "××水文条例\n\n其保护范围为下游各五百米和两岸设计洪水位之间的区域。", "" },
    { "××收费办法\n\n超过1001元至50000元的部分,按4%交纳。", "" },
    { "××退出流程\n\n每组必须有1-2名村民代表。",
      "target 1 >=1名 must 每组 | target 2名 <=2名 must 每组" },
    { "××退出标准\n\n占地面积不得超过1平方米。", "target 不得超过1平方米 <=1平方米 prohibit -" },
    // A standard's floor in time is a target, in Chinese numerals too (extract.tsv
    // target.duration_floor); a bound before an event is not (之日前至少30日).
    { "某市条例\n台账保存期限不得少于三年。", "target 不得少于三年 >=3年 prohibit -" },
    { "某市条例\n特许人应当在订立合同之日前至少30日提供信息。", "" },
    // A retention period a duty sets (target.retention, retention_floor), and the floor with
    // the keeping verb inside (至少保存) or with 不短于; a threshold of a condition is none.
    { "某市条例\n种植者应当建立种植档案，记录采收日期等，并保存二年。", "target 二年 =2年 should 种植者" },
    { "某办法\n纳税人需要留存备查的相关资料应当留存五年。", "target 五年 =5年 should 纳税人" },
    { "某市条例\n登记记录应当保留六十日以上。", "target 六十日 >=60日 should -" },
    { "某规定\n收费企业对计费原始数据至少保存5个月。", "target 至少保存5个月 >=5个月 - 收费企业" },
    { "某规定\n相关信息的留存时间不短于60日。", "target 不短于60日 >=60日 - -" },
    { "某市条例\n保存三年以上的档案，应当移交档案馆。", "" },
    // A processing time cut to a length is a time limit to keep (target.time_cut); not marked
    // as past.
    // The unit as the gold writes it: 个 dropped before 工作日 (个月 keeps it).
    { "某市优化营商环境若干措施\n施工许可证办理时限压缩至3个工作日。", "target 3个工作日 <=3工作日 - -" },
    { "某市优化营商环境若干措施\n施工许可证办理时限已压缩至3个工作日。", "" },
    // Under the 总体要求 of a notice, a figure to be built is a quota; 左右 makes it approx.
    { "××省教育厅关于开展教学改革项目建设工作的通知\n\n一、总体要求\n2024 年,立项打造 10 个左右本科专业共同体。",
      "target 10 个左右 >=10个 - -" },
    { "××省教育厅关于开展教学改革项目建设工作的通知\n\n一、工作进展\n已立项 10 个左右本科专业共同体。",
      "statistic 10 个左右 10个~ - -" },
    // What an issuer says it will do is a goal (将…开展2000场); 已 makes it past.
    { "××关于做好智慧助老工作的通知\n\n全国老龄办将指导有关单位在全国开展公益行动,通过线下开展2000场课堂。",
      "target 2000场 >=2000场 - 老龄办" },
    // ...and the specification of a construction project the sentence names (=).
    { "××机场概况\n\n十四五期间,机场将开展新航站楼及机位建设项目,共设置8个C类机位。",
      "target 8个 =8个 - -" },
    // An open bound after a definition's copula draws the class defined; 指导 holds no 指.
    { "××应急预案\n\n（1）Ⅰ级转移安置行动，指全市需转移安置的人员在50万人以上。", "" },
    { "××条例\n\n第二条 本条例所称的老年人是指60周岁以上的公民。", "" },
    // The alternatives after the copula, in later clauses of its sentence, draw the class too;
    // 指 of 指出 is no copula (a goal after 会议指出 stays one).
    { "××通知\n\n大件垃圾指重量超过5千克，或体积超过0.2立方米，或长度超过1米的废弃物。", "" },
    { "××应急预案\n\n（1）Ⅰ级事故\n指造成死亡30人以上，或直接经济损失1亿元以上。", "" },
    { "会议指出,今年工作目标是:出生人口政策符合率达93%以上。", "target 达93%以上 >=93% - -" },
    { "××工作方案\n\n各区要指导企业建设100个以上示范点。", "target 100个以上 >=100个 should 各区" },
    // In a plan, a running total over a count of years is the plan period's goal.
    { "××三年行动计划\n\n既有运营车站出入口增加电扶梯，三年累计新增19台。",
      "target 19台 >=19台 - -" },
    // In a plan, a running total after a modal verb of a duty is the goal's total.
    { "××工作方案\n\n2017年本区绿色账户要新增覆盖14.3万户，累计达到30.3万户。",
      "target 14.3万户 >=143000户 should - | target 达到30.3万户 >=303000户 should -" },
    // In a plan, a running total that reaches a level is the plan's, with the figures after it;
    // with 已 before it, a report.
    { "××“十五五”规划\n\n公园数量累计达到1600座以上，新增滨江绿地面积100公顷。",
      "target 达到1600座以上 >=1600座 - - | target 100公顷 >=100公顷 - -" },
    { "××“十五五”规划\n\n全市已建成公园，数量累计达到1600座。",
      "statistic 1600座 1600座 - -" },
    { "××关于做好智慧助老工作的通知\n\n全国老龄办将总结经验,已开展2000场课堂。",
      "statistic 2000场 2000场 - -" },
    // A count of the items of a text or plan is no figure, in Arabic digits too; a count of
    // projects stays a goal.
    { "××示范方案\n\n分类开展离散型制造、远程运维服务等6个方面试点示范培育行动。", "" },
    { "××示范方案\n\n一是强化数字产业化引领,共4项任务。", "" },
    { "××示范方案\n\n建设300个数字工厂。", "target 300个 >=300个 - -" },
    // A count of kinds is no figure.
    { "××示范方案\n\n示范内容包含高空、地面、降水、台风、灾害性天气五类。", "" },
    // A product's specification in time is a target = after 分辨率 or 预报时效 (also with 逐),
    // and 预报 in a product's name reports no past (制作未来0—15天的气象预报); N小时 elsewhere
    // stays a duration, and a forecaster's 预报 a report.
    { "××示范方案\n三、进度安排\n时间分辨率逐6小时;预报时效360小时。",
      "target 6小时 =6小时 - - | target 360小时 =360小时 - -" },
    { "××示范方案\n三、进度安排\n制作未来0—15天的气象预报。", "target 0—15天 >=0天 - -" },
    { "××示范方案\n三、进度安排\n实行24小时值守。", "" },
    { "××示范方案\n三、进度安排\n据市气象台预报,全市降雨量达50毫米。", "statistic 50毫米 50毫米 - -" },
    // 约 makes a size inexact, it states no standard a rule sets.
    { "××岛生态环境保护条例\n\n岛屿面积约13.8平方公里。",
      "statistic 13.8平方公里 13.8平方公里~ - -" },
    // History told in a speech: a sentence whose first clause names a past era reports, even
    // when a directive of that time (提出要) is quoted in it; a modal cue in that first clause
    // makes it a task, and the same figure without the era a goal.
    { "解放战争时期,党中央提出要为夺取全国政权做好干部准备工作,各级组织部门征调5.3万名干部到新解放区工作。",
      "statistic 5.3万名 53000名 - -" },
    { "新中国成立初期,全国抽调到工业部门的干部要有16万名。", "statistic 16万名 160000名 - -" },
    { "要改变过去的做法,全国抽调到工业部门的干部要有16万名。",
      "target 16万名 >=160000名 should -" },
    // A call's rule limits on the parts of its scheme are no records; its performance
    // indicators (考核指标) are targets, with throughputs per day and graded levels after a
    // negated bound (不低于6级; 达到3级以上标准 names a class).
    { "项目下设课题数不超过 5个,参加单位总数不超过 10 家。项目设 1 名项目负责人。拟支持项目数为 1~2 项。"
      "各省推荐试点城市数量不超过3个。", "" },
    { "可同时支持这 2 个项目。", "" },
    { "××行动方案\n\n平台申报建成项目达到150个。", "target 达到150个 >=150个 - -" },
    { "考核指标:满足运行维护要求。其中:单个靶标的维护时间缩短;维护平台具备至少 50 台/天的流水维护能力;\n"
      "技术成熟度不低于 6 级。",
      "target 至少 50 台/天 >=50台/天 - - | target 不低于 6 级 >=6级 - -" },
    { "××行动方案\n\n力争100家企业达到3级以上标准。", "target 100家 >=100家 strive -" },
    // A fractional grade after any comparator is a magnitude measured (地震监测能力达到0.8级).
    { "××防震减灾规划\n\n上海行政区地震监测能力达到0.8级。", "target 达到0.8级 >=0.8级 - -" },
    { "自动驾驶标准是指3-5级驾驶自动化功能。", "" },
    // A plan's count right after 以 of a means (以…为抓手) is of what there is; a count of what
    // is to be built there stays a goal.
    { "××实施方案\n\n以8个国家算力枢纽、10个国家数据中心集群为抓手,立体化实施“东数西算”工程。",
      "statistic 8个 8个 - - | statistic 10个 10个 - -" },
    { "××实施方案\n\n以建设10个示范区为抓手,推进数字乡村建设。", "target 10个 >=10个 - -" },
    // A goal label reaches the lines of its list that a line cut split (馈源\n接收机), and
    // 其中: continues it.
    { "考核指标:满足要求。其中:维护时间缩短;馈源\n接收机平台具备 50 台/天的维护能力。",
      "target 50 台/天 >=50台/天 - -" },
    { "党中央提出要为夺取全国政权做好干部准备工作,各级组织部门要征调5.3万名干部到新解放区工作。",
      "target 5.3万名 >=53000名 should 各级组织部门" },
    // A rule's consequence right after its condition closed by 的 sets the standard of that
    // case (=); the condition's 已 and 累计 state the case, no past. Not the rate of a fine
    // nor the term of a sanction of that clause, and a condition's own count is no figure.
    { "××条例\n\n第三条 职工累计工作已满1年不满10年的,年休假5天;已满10年不满20年的,年休假10天。",
      "target 5天 =5天 - - | target 10天 =10天 - -" },
    { "××条例\n\n逾期不缴纳违法所得的,每日按违法所得数额的2‰加处罚款。", "" },
    { "××条例\n\n情节严重的,责令其停业整顿3天至7天。", "" },
    { "××条例\n\n同一当事人分别实施了2个以上违反海关监管规定的行为的,择其重者处罚。", "" },
    // The parts, levels and groups a text divides its subject into are definitional counts;
    // references to figures (如图 4 所示, PDF spaces), a call's partners and what one applicant
    // may apply for are no figures; standard formulations (两个市场, 四个现代化) are names.
    { "××指南\n\n标准体系包括基础综合、装备与系统、智能工厂及评价等4个部分。", "" },
    { "××指南\n\n内层分为三个层级。临床试验将参与的阅片者分为两组。", "" },
    { "××指南\n\n标准体系结构包括基础共性、关键技术两部分,如图 4 所示。", "" },
    // A count in digits restating the list before it, in a guide too; with a comparator it
    // sets a floor on the items named.
    { "××风险辨识评估指南\n\n辨识中应考虑正常、异常、紧急3种状态。", "" },
    { "××专项实施方案\n\n制定国家、行业或企业标准不少于 2 项。", "target 不少于 2 项 >=2项 - -" },
    { "××指南\n\n合作研究单位数量不得超过2个。申请人同年只能申请1项原创项目。", "" },
    { "要更好统筹国内国际两个市场两种资源。邓小平同志强调,实现四个现代化。", "" },
    // A guide (title 指南, 审评要点, 申报指南; self-name 本要点旨在指导; a standards heading)
    // reports no figures: its bare counts and parameters are specifications, definitions and
    // the call's rules; a standard a modal verb requires is a target, a figure marked as
    // reported (截至, 已) a statistic.
    { "××审评要点\n\n临床试验涉及同一个病理医师两次阅片的情况。针对500米口径球面射电望远镜开展研究。",
      "" },
    { "××申报指南\n\n2个项目将采取分两个阶段支持的方式。拟安排国拨经费总概算5000万元。", "" },
    { "××指南\n\n截至2023年底,已发布行业标准85项。临床试验机构数量应不少于3家。",
      "statistic 85项 85项 - - | target 不少于3家 >=3家 should -" },
    { "本要点旨在指导注册申请人准备申报资料。\n数据应经过2人标注。", "target 2人 =2人 should -" },
    // 或以上 closes an open bound as 以上 does (2人或以上: >=).
    { "本要点旨在指导注册申请人准备申报资料。\n数据应经过2人或以上进行标注。",
      "target 2人或以上 >=2人 should -" },
    { "一、标准体系结构\n第三层级按照技术逻辑细化形成23个三级分类。", "" },
    { "二、工作目标\n第三层级按照技术逻辑细化形成23个三级分类。", "target 23个 >=23个 - -" },
    // A caption's figure number with a space before it (图 1 人工智能…) is no count.
    { "××通报\n\n图 1 人工智能标准体系结构图\n全市代表 3 人参加会议。", "statistic 3 人 3人 - -" },
    // A 通知 directs work: its figures are tasks, as a plan's, unless marked as past (…以来, 去年);
    // a 通报 informs.
    { "关于切实做好秸秆禁烧工作的通知\n\n全县新建监控点30个。", "target 30个 >=30个 - -" },
    { "关于切实做好秸秆禁烧工作的通知\n\n去年全县共发现火点4个。", "statistic 4个 4个 - -" },
    { "关于切实做好强降雨防范应对工作的紧急通知\n\n6月28日以来，全县平均降雨量达86.5毫米。",
      "statistic 86.5毫米 86.5毫米 - -" },
    { "关于秸秆禁烧工作情况的通报\n\n全县新建监控点30个。", "statistic 30个 30个 - -" },
    // A work report's review part (一、…工作回顾) reports its figures, a comparator with no
    // modal verb of its clause included; the plan part after it sets goals (2013 report).
    { "2015年政府工作报告\n一、2014年工作回顾\n经过努力，全国财政性教育经费支出占国内生产总值比例超过4%。\n"
      "二、2015年工作总体部署\n登记失业率要控制在4.6%以内。",
      "statistic 超过4% 4%~ - - | target 控制在4.6%以内 <=4.6% should -" },
    // A speaker's account of past work (党的十八大以来 earlier in the paragraph): a figure after
    // the name of a past plan reports (speech 0068).
    { "在座谈会上的讲话\n党的十八大以来，脱贫攻坚取得决定性进展。年均脱贫人数1370万人，"
      "是“八七扶贫攻坚计划”实施期间的2.14倍。",
      "statistic 1370万人 13700000人 - - | statistic 2.14倍 2.14倍 - -" },
    // Others' practice the speaker reports (有个地方的…): its 要 is theirs, its figures are
    // statistics (speech 0068); a duty of the speaker's own keeps its goal.
    { "去年以来，全县义务教育巩固率提高到96.2%。今年的目标是：全县义务教育巩固率达到97%以上。",
      "statistic 96.2% 96.2% - - | target 达到97%以上 >=97% - -" },
    { "在座谈会上的讲话\n有个地方的扶贫档案资料，每1户要填写10份表格，村级档案有21种。",
      "statistic 10份 10份 - - | statistic 21种 21种 - -" },
    // A political formula's count and a count of the speaker's own items are no figures.
    { "在座谈会上的讲话\n办好发展安全两件大事，统筹国内国际两个大局。", "" },
    { "在座谈会上的讲话\n3年要实现脱贫3000多万人。",
      "target 3000多万人 >=30000000人 should -" },
    // Fractions are statistics with no unit; a call's times after a comparator carry their
    // symbol; 优于 reads <= for a time, >= for an accuracy; 平 after 余 is 平方米; 一 after 为
    // or 到 is an article.
    { "浦东以全国1/8000的面积创造了全国1/80的国内生产总值。",
      "statistic 1/8000 0.000125 - - | statistic 1/80 0.0125 - -" },
    { "考核指标:单个靶标的完成时间不高于6h;检查的时间优于 8h;定位精度优于95%。",
      "target 不高于6h <=6h - - | target 优于 8h <=8h - - | target 优于95% >=95% - -" },
    { "幼儿园绿地面积5500余平。", "statistic 5500余平 5500平方米~ - -" },
    { "要把清理整顿公司作为一项重要工作继续抓紧抓好,把对外开放提高到一个新的水平。", "" },
    { "确保零就业家庭至少有一人就业。", "target 至少有一人 >=1人 must -" },
    // A share of pay a rule makes the employer pay is a rate per unit like a subsidy rate
    // before 给予: no record.
    { "××条例\n\n对职工应休未休的年休假天数,单位应当按照该职工日工资收入的300%支付年休假工资报酬。", "" },
    { "××条例\n\n单位应当按照实际总投入的30%给予补助。", "" },
    // A floor of one time after a recurrence folds into the recurrence, in a statute or an
    // assessment rule, digits or numerals (the real batches mark none of 47); two times is a quota.
    { "××条例\n\n应急演练每年不得少于一次。", "" },
    // An open bound in a case a rule states (a clause closed by 的) names the case.
    { "××条例\n\n代表建议需要两个以上单位共同办理的，应当确定主办单位。", "" },
    { "××采砂管理条例\n\n沁河武陟站流量大于五十立方米每秒时，采砂场业主应当停止采砂作业。", "" },
    // A quorum or majority with a verb of voting or attending: half (>= 50 %) or a fraction, as
    // the number rules write it (no unit); a petition's threshold is none of them.
    { "××条例\n\n行业性集体合同草案经全体代表半数以上同意通过。",
      "target 半数以上 >=50% - -" },
    { "××条例\n\n乡镇人民代表大会会议有三分之二以上的代表出席，始得举行。",
      "target 三分之二以上 >=0.6667 - -" },
    { "××条例\n\n原推选单位三分之一以上有选举权的村民联名，可以提出罢免要求。", "" },
    // The age that defines the villagers of a quorum is no figure.
    { "××条例\n\n召开村民小组会议，应当有本村民小组十八周岁以上的村民参加。", "" },
    { "××条例\n\n经常性督导每学期不得少于两次。", "target 不得少于两次 >=2次 prohibit -" },
    { "××考核办法\n\n镇级河长每月巡河不少于1次。", "" },
    { "××三年行动方案\n\n施工期每年至少开展1次书面检查。", "" },
    { "××工作要点\n\n每年至少组织开展1次面向公众的生活垃圾分类科普活动。", "" },
    // A plan's contact list: telephone numbers are no goals; a sum of so many digits has a
    // unit and stays one.
    { "××工作方案\n\n工作专班联系表\n单位\n姓名\n联系电话\n市绿化市容局\n林某\n13817914108\n", "" },
    { "××工作方案\n\n项目总投资达到1221442万元。", "target 达到1221442万元 >=12214420000元 - -" },
    // An emergency plan's grades: an open bound in the relative clause before an incident
    // classes the incidents; before another noun it stays the plan's goal.
    { "××应急预案\n\n（一）造成10人以上30人以下死亡的危险化学品事故；", "" },
    { "××应急预案\n\n（三）造成1亿元以上直接经济损失的危险化学品事故。", "" },
    // So with a note in brackets before its 的, and with the class's other bounds in it.
    { "××应急预案\n\n（一）造成30人以上死亡（含下落不明，下同）的生产安全事故；", "" },
    { "××应急预案\n\n（一）造成1人以上死亡或3人以上受伤的生产安全事故；", "" },
    // A score is a scheme's scale, after a total cue too (评价指标共有…).
    { "××实施方案\n\n评价指标共有资源集约高效利用（25分）、污染防控和生态保护（25分）两个一级目录。",
      "" },
    { "××工作方案\n\n建设50家以上细分领域的头部企业。", "target 50家以上 >=50家 - -" },
    // A voltage names a level of the grid (10千伏线路, 110kV变电站): no figure unless compared.
    { "××工作方案\n\n改造10千伏线路，新建110kV变电站4座。", "target 4座 >=4座 - -" },
    { "××工作方案\n\n项目接入电压不超过220千伏。", "target 不超过220千伏 <=220千伏 - -" },
    // 共 before a verb of arranging is the plan's own size, no running total of the past; in a
    // report it stays the past's.
    { "××年重大工程建设进度计划\n\n共安排重大工程项目9个，其中新开工项目3个。",
      "target 9个 >=9个 - - | target 3个 >=3个 - -" },
    { "××年政府工作报告\n\n这三年城镇共安排两千多万人就业。", "statistic 两千多万人 20000000人~ - -" },
    // In a plan, an item number glued to the count it opens with (1.3个新开工项目) is read
    // apart; a section's subsection (7善后处置⏎7.1人员返回) stays a number, no count.
    { "××进度计划\n\n（一）市政设施类\n1.3个新开工项目分别是：汇旺路、娄陆公路；\n"
      "2.3个在建项目分别是：春浓路、临洮路、永胜水厂；\n",
      "target 3个 >=3个 - - | target 3个 >=3个 - -" },
    { "××应急预案\n\n7善后处置\n7.1人员返回\n指挥部评估危害已消除后，组织人员返回。\n8附则\n", "" },
    // A bracket whose clause the next one scores is rated, no goal (a scoring rule's rows).
    { "××项目评分细则\n\n1、年减排量＞1万吨二氧化碳当量，得70分。", "" },
    { "××实施方案\n\n项目计划年度碳排放强度下降幅度≥4%，得70分；", "" },
    // Points a rating scheme gives, and their caps, are no figures; a score to reach stays a goal.
    { "××评分细则\n\n获得出境游资质的，每个得5分，最多不超过10分。", "" },
    { "××管理办法\n\n为入库企业赋予执法积分，初始赋值为100分。", "" },
    { "××工作方案\n\n各区要确保消防安全常识知晓率综合得分达90分以上。",
      "target 达90分以上 >=90分 must 各区" },
    // A plan's figure that 约 alone qualifies is a goal, >= and approx; a ceiling or floor
    // stated as a value (上限为, 下限为) gives its comparator.
    { "××三年行动方案\n\n2024年-2025年计划新增约2万个公共充电桩。", "target 约2万个 >=20000个 - -" },
    { "××通知\n\n缴存比例为各7%的，对应的月缴存额上限为5282元，下限为384元。",
      "target 上限为5282元 <=5282元 - - | target 下限为384元 >=384元 - -" },
    // A bound on a tolerance band (≤±3%) is on the band's width; the sign is no indicator's.
    { "××项目申报指南\n\n考核指标：测量误差≤±3%，压力波动≤±1.5kPa。",
      "target ≤±3% <=3% - - | target ≤±1.5kPa <=1.5kPa - -" },
    // 做到 sets the state it names as a duty (做到…抽查比例100%).
    { "××行动计划\n\n依托招投标监管系统，做到施工电子招标项目智慧监管抽查比例100%。",
      "target 100% >=100% should -" },
};
CHECK_KIND(test_genre, genre_cases, KIND_FIGURES)

/* Statistics: reported figures with their units, and the numbers that are never figures. */
static const ecase statistic_cases[] = {
    // Editions held so far are a count (已举办6届); 届 elsewhere ranks (十届四次).
    { "中国国际服务贸易交易会自2012年起,已举办6届。", "statistic 6届 6届 - -" },
    { "十届四次全会召开。", "" },
    // 约 closing a word (条约, 节约) and 近 of 最近 are no approximation words.
    { "五年来，我国缔结或者参加国际条约187个。", "statistic 187个 187个 - -" },
    { "钢增产了约七十八万吨。", "statistic 七十八万吨 780000吨~ - -" },
    // Meetings held, counted after the verb of holding, are a count; 三次会议 numbers a session.
    { "中央政治局常委会、中央政治局召开21次会议研究决策。", "statistic 21次 21次 - -" },
    { "十三届全国人大三次会议开幕。", "" },
    // Measures announced as a list (5项举措) are the items of the speech, no figure.
    { "我在视频讲话中宣布了5项举措。", "" },
    // A sum before a noun of projects is a size class (10亿元项目), its count a figure.
    { "2015年引进项目14个,亿元项目8个,其中10亿元项目2个。",
      "statistic 14个 14个 - - | statistic 8个 8个 - - | statistic 2个 2个 - -" },
    // A compound name of counts (两台三线) and a container class named by its load (35吨箱)
    // are no figures; 两条 stays one.
    { "站内建有两台三线。", "" },
    { "站内拥有两条货物线,集装箱可运载20英尺箱、35吨箱。", "statistic 两条 2条 - -" },
    // A count the text keeps using with the same words after it is a name, not a figure;
    // a count used once stays one.
    { "建设两个示范园区。两个示范园区由市里统筹。两个示范园区年底验收。",
      "" },
    { "全县建成两个示范园区。", "statistic 两个 2个 - -" },
    { "征收社会抚养费13.4万元。", "statistic 13.4万元 134000元 - -" },
    { "至今育龄对象无措施还有12370多人。", "statistic 12370多人 12370人~ - -" },
    { "目前全县监护面仅66.98%。", "statistic 66.98% 66.98% - -" },
    { "启动迟缓的乡镇有2个—3个。", "statistic 2个—3个 2个~ - -" },
    { "粮食产量比上年增长 12.5。", "statistic 12.5 12.5 - -" },
    { "下面,我讲五个方面的工作意见。", "" },
    { "认真贯彻落实县委十届四次全体扩大会议精神。", "" },
    { "PM2.5浓度继续下降。", "" },
    { "对焚烧农户罚款500元。", "" },
    { "引进3000万元以上项目24个。", "statistic 24个 24个 - -" },
    // The scopes of the statistics are size classes, in a list of nouns too.
    { "规模以上服务业统计范围包括年主营业务收入200万元及以上的住宿业、餐饮业企业。", "" },
    { "全年500万元以上固定资产投资同比增长8.5%。", "statistic 8.5% 8.5% - -" },
    { "年度单项安全感低于80%的,取消其年度评先资格。", "" },
    { "考核实行百分制,其中组织领导10分,事故控制35分。", "" },
    { "得分90分以上为优秀。", "" },
    { "考核结果分为优秀、合格、不合格三个等次。", "" },
    { "开展为期100天的整治行动。", "" },    // Units of the inventory: legal units with their factor, symbols after NFKC, currencies,
    // classifiers, compound units.
    { "去年全县新增装机容量416千瓦。", "statistic 416千瓦 416千瓦 - -" },
    { "全年发电量1568.6亿千瓦时。", "statistic 1568.6亿千瓦时 156860000000千瓦时 - -" },
    { "全年平均气温19.0℃,偏高0.7℃。", "statistic 19.0°C 19℃ - - | statistic 0.7°C 0.7℃ - -" },
    { "年末家禽存笼188.7万羽。", "statistic 188.7万羽 1887000羽 - -" },
    { "全镇共有饮水安全工程41处,其中打井34眼、引泉7处。",
      "statistic 41处 41处 - - | statistic 34眼 34眼 - - | statistic 7处 7处 - -" },
    { "全年明月山机场飞机运输4928架次。", "statistic 4928架次 4928架次 - -" },
    { "工业用地基准地价为206元/平方米。", "statistic 206元/平方米 206元/平方米 - -" },
    { "旅客周转量455.6亿人公里。", "statistic 455.6亿人公里 45560000000人公里 - -" },
    { "去年出口额达到1000万港元。", "statistic 1000万港元 10000000港元 - -" },
    { "每千人口床位数为6.3张/千人。", "statistic 6.3张/千人 6.3张/千人 - -" },
    { "南向东北流经境内14.8千米,流域面积186.2平方千米。",
      "statistic 14.8千米 14800米 - - | statistic 186.2平方千米 186.2平方公里 - -" },
    { "二期工程已于去年建成。", "" },
    // Scale words alone after a cue word (达百亿元, 不足百个); none without a cue or a unit.
    { "全市粮食产量连续5年突破百亿斤。", "statistic 百亿斤 10000000000斤 - -" },
    { "合作社由十年前的不足百个发展到1735个。",
      "statistic 不足百个 100个~ - - | statistic 1735个 1735个 - -" },
    { "带动相关产业规模超万亿元。", "statistic 超万亿元 1000000000000元~ - -" },
    { "要千方百计增加收入,千万不要松懈。", "" },
    // Computing and data units, and m2/m3 after digits (㎡, m³ after NFKC).
    { "全省算力规模14EFlops。", "statistic 14EFlops 14EFlops - -" },
    { "新建保障房面积120m2。", "statistic 120m2 120平方米 - -" },
    { "日处理污水3万m3。", "statistic 3万m3 30000立方米 - -" },
    { "PM2.5浓度下降。", "" },
    // Definitional counts, the parts of a document, the three sectors, digits of a code.
    { "全省深度贫困地区分为深度贫困县、极贫乡镇和深度贫困村三个层次。", "" },
    { "本办法所称企业包括3类。", "" },
    { "考核内容包括4类共25项指标。", "" },
    { "《若干政策》共七部分14条。", "" },
    { "全市农村经济呈现出六个新亮点。", "" },
    { "三次产业结构进一步优化。", "" },
    { "某市城市供水条例\n第二十条 二次供水单位应当配备专兼职管理人员，对设施定期检测、维护，保证水质、水压合格。",
      "" },
    { "登录账号为学校五位数代码。", "" },
    // Subsidy rates, size brackets and the sums of rules about amounts: no figure.
    { "按照实际总投入的30%提供财政补助。", "" },
    { "按每名1000元给予培养单位补贴。", "" },
    { "对营业收入在 500 万元至 2000 万元之间的企业给予支持。", "" },
    { "每家机构补贴金额不超过300万元。", "" },
    // Size classes after a bound, the limits of an application scheme, references to figures
    // and tables, quantifier idioms.
    { "投资超亿元的企业26户。", "statistic 26户 26户 - -" },
    { "每所高校作为核心单位可参与申报项目不超过 3 个。", "" },
    { "主要包括术语、参考架构等部分,如图3所示。", "" },
    { "加快突破一批前瞻性成果。", "" },
    // Ratios: one statistic per part, unit null; a clock time is none.
    { "城乡居民收入比由5:1缩小到2.6:1。",
      "statistic 5 5 - - | statistic 1 1 - - | statistic 2.6 2.6 - - | statistic 1 1 - -" },
    { "三次产业结构比例为3.9：59.5：36.6。",
      "statistic 3.9 3.9 - - | statistic 59.5 59.5 - - | statistic 36.6 36.6 - -" },
    { "会议于16:00召开。", "" },
    { "生成日期 2019-02-21 16:50:00。", "" },
    { "地形图基本比例尺系列为：1﹕500、1﹕2000。", "" },
    { "由市区两级按照1：1比例分担。", "" },
    { "企业通过了ISO9001：2000质量管理体系认证。", "" },
    // Flattened tables, one cell a line: each figure is a record, with the unit its line before
    // names (the kind and the column headers are not read yet); single digits in a row are
    // page or row numbers.
    { "主要工业产品产量\n饮料酒\n千升\n15767\n18.64\n塑料制品\n吨\n183946\n26.63",
      "statistic 15767 15767000升 - - | statistic 18.64 18.64 - - | statistic 183946 183946吨 - - | "
      "statistic 26.63 26.63 - -" },
    { "烟花鞭炮\n万箱\n1575\n6.42", "statistic 1575 15750000箱 - - | statistic 6.42 6.42 - -" },
    { "推进数字化转型。\n2\n3\n发布一批典型场景案例。", "" },
    // Row numbers counting up row after row (a table's and a group's) are no figures.
    { "序号\n市\n营养办\n电话\n18\n唐山市\n唐山市营养办\n0315-2801660\n19\n1\n开平区营养办\n"
      "0315-3388215\n20\n2\n丰南区营养办\n0315-8196056\n21\n3\n丰润区营养办\n0315-3226619",
      "" },
    // So do the numbers opening the lines of a list (34张家口… is no 34 sheets; 1.22个 is item 1).
    { "××关于公布优质服务机构名单的通知\n33河北六点儿科技有限公司\n34张家口般若海科技服务有限公司\n"
      "35河北某某咨询有限公司", "" },
    { "××关于做好学生营养改善工作的通知\n1.22个集中连片贫困县，供餐模式主要为课间加餐。\n"
      "2.24个国家扶贫开发重点县，供餐模式主要为食堂供餐。", "" },
    // So do the section numbers opening headings whose first character is a classifier
    // (4.2 组织体系, 3.2.1组织准备, 5.1.3 所有…); a table's cell 3.55公顷 stays a figure.
    { "××应急预案\n4.2 组织体系\n3.2.1组织准备\n5.1.3 所有粮食经营企业都要保持库存。", "" },
    { "××统计表\n面积\n3.55公顷\n31.33公顷", "statistic 3.55公顷 3.55公顷 - - | "
      "statistic 31.33公顷 31.33公顷 - -" },
    // 多 inside a span of months is a span, no count of 个; a count of the items just named
    // (两个关键) is definitional (corpus/heldout-speeches 0082, 0089).
    { "在过去8个多月时间里，我们取得了重大成果。", "" },
    { "要紧紧扭住城乡社区防控和患者救治两个关键。", "" },
    // Policy nicknames in quotes, in Arabic digits too (a report's 促消费“15条”).
    { "出台实施促消费“15条”、投资促进“24条”等政策措施。", "" },
    // A threshold that defines a counted set is no figure, in any genre; the count is one
    // (heldout-speeches 0068; 0335's 10公里以上的支流有3条).
    { "目前，贫困人口超过200万的有7个省区。", "statistic 7个 7个 - -" },
    { "国内需求对经济增长的贡献率有7个年份超过100%。", "statistic 7个 7个 - -" },
    { "其中10公里以上的支流有3条，5公里以上的有8条。", "statistic 3条 3条 - - | statistic 8条 8条 - -" },
    { "贫困人口超过200万。", "statistic 超过200万 2000000~ - -" },
    // An age before a noun of persons defines the group (0082, 2013); an age alone is a figure.
    { "从出生仅30多个小时的婴儿到100多岁的老人，每一个生命都得到全力保护。", "" },
    { "15岁以上人口平均受教育年限达到9年。", "" },
    { "人均预期寿命达到75岁。", "statistic 75岁 75岁 - -" },
    // An age a bound after it opens, or a range of ages, is a bracket whatever follows (an age
    // a requirement caps before it, 不超过70周岁, is a standard to meet: GUIDELINES.md).
    { "关于进一步推进康复辅助器具社区租赁服务工作的通知\n（二）补贴标准\n75周岁（含）以上和60—74周岁（含）具有二级及以上照护等级的老年人，补贴金额为租赁服务价格的50%。",
      "" },
    // The parts a total is split into (两批共5000万美元): the total is the figure.
    { "宣布向世界卫生组织提供两批共5000万美元现汇援助。", "statistic 5000万美元 50000000美元 - -" },
    // Set phrases: 两头 "the two ends" (1984: 管两头，一头是…), a numbered slogan opening with
    // 一 (0068), a plan's named objects (0245 五个新城); a count of cattle stays a figure.
    { "主要是管两头，一头是在政策、资金等方面为地方创造条件。", "" },
    { "实现了生态保护和扶贫脱贫一个战场、两场战役的双赢。", "" },
    { "五个新城建设稳步推进。", "" },
    { "平均每户两头以上。", "statistic 两头以上 2头~ - -" },
    // A size class before a report's project nouns (0245, 0330); the count stays a figure.
    { "58个10亿元以上重大产业项目开工建设。", "statistic 58个 58个 - -" },
    // A Chinese count restating the list before it (0245a, 0037, 2016); a count of events
    // after a list stays a figure (2003).
    { "虹桥国际经济论坛浦东、虹桥两个分论坛的影响力进一步提升。", "" },
    { "选择石油、钢铁和有色三个行业安排研究。", "" },
    { "我们要充分发挥中央和地方两个积极性。", "" },
    { "党中央、国务院两次召开全国再就业工作会议。", "statistic 两次 2次 - -" },
    // The article count of a package of measures, a noun phrase between (0245a).
    { "国家出台的33条自贸试验区制度型开放试点措施基本落地。", "" },
    // Plenary-session numbers are ordinals, 第 left out (0245a).
    { "按照十二届市委三次、四次全会部署，坚持稳中求进。", "" },
    // A span of days marked by 时间 is a duration of work (0082, 0095).
    { "用10多天时间先后建成火神山医院和雷神山医院。", "" },
    // A count right after a count of items defines the items under those parts (0089, 0245).
    { "我在开班式上列举了8个方面16个具体风险。", "" },
    { "实施好十方面34项民生实事项目。", "" },
    // A financial (大写) digit alone is a character of a name (0245 陆家嘴; 1957 队伍只能).
    { "进一步丰富南京路、陆家嘴、徐家汇等世界级地标性商圈业态。", "" },
    { "对科学队伍只能起瓦解作用。", "" },
    // A count of the items the text lists next (before a colon, summed in brackets after a
    // heading) is definitional; a count before a colon of things done stays.
    { "（一）知识产权保护方面5项：知识产权民事案件审判。", "" },
    { "一、推广的改革举措（共23项）", "" },
    { "全年共查处案件120起，其中：", "statistic 120起 120起 - -" },
    // A share a scheme pays or refunds at (按60%报销) is its rate; a growth computed 按可比价
    // is a figure.
    { "超过部分按60%的比例报销。", "" },
    // The terms of credit, tax and land sale a policy sets (cues.tsv term) are its
    // parameters, in a measure as in a plan; a report's rate stays a figure.
    { "××市房地产调控措施\n首套住房最低首付款比例调整为不低于15%。", "" },
    { "××市房地产调控措施\n竞买保证金由现行的20%提高到30%。", "" },
    // A past cue inside a plan's condition closed by 的 (只有) states the case: the term after
    // it is still a parameter, no report.
    { "××市房地产调控措施\n借款人家庭只有本人缴存的，最高贷款额度由40万元调整为50万元。", "" },
    // The provident fund's terms (住房公积金管理条例): withdrawal shares and caps, age limits;
    // a term right after 的 too (20%的土地出让价款).
    { "××市住房公积金政策调整的通知\n租房提取的规定比例从70%提高至100%，1800元规定上限不变。", "" },
    { "××市房地产调控措施\n开发企业应缴纳不低于该宗地20%的土地出让价款作为保证金。", "" },
    // A purchase limit is a rule limit, as 只能申请1项.
    { "××市房地产市场调控工作的通知\n本市户籍成年单身人士在本市未拥有住房的，限购1套住房。", "" },
    // An open bound in a case its clause closes with 的 names the case, whatever words follow it.
    { "××市住房公积金政策调整的通知\n借款人家庭有2人及以上正常缴存住房公积金的，按规定办理。", "" },
    // The level a change starts from (从438座增加到…, 从3080元调整到…) is a result; the level
    // reached is the goal.
    { "××市公园城市建设实施方案\n到2025年，公园数量从438座增加到1000座以上。",
      "statistic 438座 438座 - -" },
    // So after a word of the present level (由当前3%, 由当前的20家) and with 达到 as the verb.
    { "××省体育用品产业发展工作方案\n到2025年，国内市场占有率力争由当前3%提升到10%，"
      "高新技术企业由当前的20家达到35家。",
      "statistic 3% 3% - - | statistic 20家 20家 - -" },
    // So a list of them after a having word (有…、…以上…记录的，…): the case of a sanction.
    { "××市道路运输安全管理实施意见\n对驾驶人有超员20%以上、超速50%以上或者一年内有3次以上超速"
      "违法行为记录的，依法依规限制从事客货运行业资格。", "" },
    // A term before a colon heads the list of its values, its items joined by ；.
    { "××市住房公积金政策调整的通知\n当期住房公积金贷款最高额度为：单方缴存，最高60万元；夫妻双方缴存，最高80万元。", "" },
    { "××市房地产调控措施\n小规模纳税人适用3%征收率的应税销售收入，减按1%征收率征收增值税。", "" },
    { "××市2023年国民经济和社会发展统计公报\n年末个人住房贷款利率为3.9%。",
      "statistic 3.9% 3.9% - -" },

    { "按可比价计算比上年增长14.0%。", "statistic 14.0% 14% - -" },
    // Places whose names open with a numeral (统计用区划代码) are names.
    { "吉林省长春市九台区全力打造秸秆综合利用新样板。", "" },
    { "黑龙江省七台河市构建新型产业。", "" },
};
CHECK_KIND(test_statistic, statistic_cases, ZC_KIND_STATISTIC)

/* Enforcement: categories, fused pairs, names that are no mechanism, amounts. */
static const ecase enforcement_cases[] = {
    // 通报 naming violators (公开通报, 通报一批 of the campaign formula) is a sanction; 通报 of
    // work or information stays generic.
    { "选取典型案例进行公开通报。定期通报一批、重罚一批。定期通报工作推进情况。",
      "enforcement 公开通报 accountability - - | enforcement 通报一批 accountability - - | enforcement 重罚 financial - -" },
    // A count of rounds before 书面检查 makes it a written inspection, not the sanction.
    { "关于加强水土保持信用监管的通知\n施工期每年至少开展1次书面检查。",
      "enforcement 书面检查 investigation - -" },
    // An on-site inspection is a round of checks named by its manner: a record with no party cue.
    { "关于加强水土保持信用监管的通知\n施工期每年至少开展2次现场检查。",
      "enforcement 现场检查 investigation - -" },
    // An entry in a public credit platform is a credit measure, as one in a credit file.
    { "关于进一步加强公共消防安全的工作意见\n将消防安全重大违法行为纳入城市公共信用信息管理平台，列入个人征信系统。",
      "enforcement 纳入城市公共信用信息管理平台 - - - | enforcement 列入个人征信系统 - - -" },
    // A bar from a register is a veto, as a bar from a scheme.
    { "关于推进绿色低碳建材应用的通知\n企业存在违法违规行为被限期整改，未在规定期限内整改的，三年内不得入库。",
      "enforcement 不得入库 veto prohibit -" },
    // The allowances of a wage agreement are pay, no grant.
    { "关于开展环卫行业工资集体协商的通知\n企业要落实岗位津贴、技能等级津贴、高温补贴、低温补贴、工龄补贴等制度。", "" },
    // A check word stepped up (加大…力度) is aimed at those it checks; 加大监督力度 is the
    // generic oversight.
    { "××实施方案\n\n对隐患突出的单位场所，加大检查力度。", "enforcement 检查 investigation - -" },
    { "××实施方案\n\n加大执法力度，及时消除隐患。", "enforcement 执法 investigation - -" },
    { "××决定\n\n突出监督重点，加大监督力度。", "" },
    { "坚决执行“一票否决”制度。", "enforcement 一票否决 veto must -" },
    { "每次扣0.5分。", "enforcement 扣0.5分 accountability - -" },
    { "开展执法检查。", "enforcement 执法检查 investigation - -" },
    // Enforcement named by its field or manner, and the tax authorities' inspection.
    { "加大重点领域反垄断执法，持续推行柔性执法，加强清算审核和稽查。",
      "enforcement 反垄断执法 investigation - - | enforcement 柔性执法 investigation - - | "
      "enforcement 稽查 investigation - -" },
    // The components of pay are wages, no grant.
    { "规范津贴补贴，加大奖励性绩效工资激励力度，将生活性补贴纳入地区附加津贴。", "" },
    // Surveys measure, they investigate nobody.
    { "在加强行业薪酬调查和信息发布基础上，定期开展公民科学素质调查。", "" },
    { "县住建局对燃气经营企业开展全覆盖检查。", "enforcement 检查 investigation - 县住建局" },
    { "对各地的防汛工作进行检查指导。", "" },
    // 巡查 wherever it appears; a unit's own 防火巡查 (消防法 Art. 16) only aimed at a party.
    { "街道办事处组织开展巡查。", "enforcement 巡查 investigation - 街道办事处" },
    { "提升人员开展防火巡查、处置简易问题等能力。", "" },
    { "街道消防办对辖区内的出租房开展防火巡查。",
      "enforcement 防火巡查 investigation - 街道消防办" },
    // The staff sanctions of public institutions; a preference named by its tax.
    { "对没有履行岗位职责的专业技术人才，可按照有关规定降低岗位等级直至解除聘用。",
      "enforcement 降低岗位等级 accountability - - | enforcement 解除聘用 accountability - -" },
    { "对符合条件的，按照规定落实换购住房个人所得税优惠政策。",
      "enforcement 个人所得税优惠 incentive - -" },
    // Incentives of science and technology policy: vouchers, staff incentives stepped up.
    { "××科技成果转化实施方案\n建立我省创新券制度，加大对科技人员的激励力度。",
      "enforcement 创新券 incentive - - | enforcement 激励力度 incentive - -" },
    // Removal from a post after a sanction of its sentence (教育督导条例 Art. 24); a contract
    // ended is none.
    { "情节严重的，依法给予处分，对督学还应当解任或者解聘。",
      "enforcement 处分 accountability - - | enforcement 解任 accountability should - | "
      "enforcement 解聘 accountability should -" },
    { "职工可以依法办理辞职、解聘手续。", "" },
    // Remedies after an order, approvals suspended (环境保护法 Art. 44).
    { "由水行政主管部门责令停止违法行为，采取补救措施。",
      "enforcement 责令 coercive - 水行政主管部门 | "
      "enforcement 采取补救措施 coercive - 水行政主管部门" },
    { "企业应当采取补救措施。", "" },
    { "约谈该县人民政府的主要负责人，并暂停审批新增重点水污染物排放总量的建设项目。",
      "enforcement 约谈 accountability - - | enforcement 暂停审批 veto - -" },
    // A permit, filing or approval suspended is veto, up to its clause's end or the next item;
    // a policy suspended for all (暂停…贷款发放) names no administrative act after 暂停.
    { "对不接受价格指导的项目，有关部门暂不核发预售许可证或暂停其网签备案资格。",
      "enforcement 暂不核发预售许可证 veto - 有关部门 | enforcement 暂停其网签备案资格 veto - 有关部门" },
    { "继续暂停第三套及以上住房贷款发放。", "" },
    // The application for a grant and the area it pays for name the grant, impose none.
    { "简化补贴申请手续和程序。", "" },
    // Tax and fee preferences by their other names are incentives.
    { "落实好托育服务税费优惠。", "enforcement 税费优惠 incentive - -" },
    // 关闭 after a sanction of its sentence closes a facility by order; alone it is none.
    { "处以罚款；情节严重的，可以责令停业或者关闭。",
      "enforcement 罚款 financial - - | enforcement 责令 coercive - - | "
      "enforcement 关闭 coercive - -" },
    { "矿山关闭后，应当恢复植被。", "" },
    // A finding of facts is no inspection; a party's failing to assist names the inspection.
    { "市人民政府应当组织有关部门对承租人是否符合房改政策予以调查、认定。", "" },
    { "被调查单位和个人不配合审计机关调查的，由审计机关责令改正。",
      "enforcement 责令改正 coercive - 审计机关" },
    // The public's means of taking part, and its gifts, are no grant of the document.
    { "鼓励单位和个人以捐赠、资助、提供技术服务等方式参与古城保护工作。", "" },
    { "市人民政府鼓励社会组织和个人捐资助学。", "" },
    { "对非物质文化遗产保护项目给予资助。", "enforcement 资助 incentive - -" },
    // The audits of the audit law; the audit bodies are names.
    { "审计机关应当及时对征收补偿费用管理和使用情况予以审计。",
      "enforcement 审计 investigation should 审计机关" },
    { "审计机关可以对其建设管理情况实施跟踪审计。",
      "enforcement 跟踪审计 investigation - 审计机关" },
    { "财政部门、审计机关依法对财政违法行为作出处理决定；审计机关的派出机构，应当根据授权办理。", "" },
    { "审计工作报告应当如实反映对预算执行和其他财政收支的审计工作情况。", "" },
    // The contents of a check a rule defines impose none.
    { "第六条 审计机关对预算执行情况进行审计监督的主要内容包括：", "" },
    { "登记机关应当推送市场主体强制注销的信息，公告应当载明强制注销的后果。", "" },
    { "对交费确有困难的人员，减免办法由当地人民政府制定。", "" },
    // Bonuses a rule grants; 奖金 of pay is none.
    { "完全丧失劳动能力的，颁发一百万元特别奖金。", "enforcement 特别奖金 incentive 1000000元 - -" },
    { "集体合同应当规定工资奖金分配办法。", "" },
    // Reward and punishment named together are one compound, as 奖惩.
    { "县级以上卫生行政部门依照本条例的规定实施行政奖励和处罚。",
      "enforcement 奖励和处罚 incentive - 县级以上卫生行政部门" },
    // Damages a liable party pays, and the compensation of ecological protection.
    { "侵害村民合法权益的，应当依法给予赔偿。", "enforcement 给予赔偿 financial should -" },
    { "对当事人合法权益造成损害的，应当依法予以赔偿。", "enforcement 予以赔偿 financial should -" },
    { "造成损失的，由责任方依法赔偿损失。", "enforcement 依法赔偿损失 financial - -" },
    { "市人民政府应当建立饮用水水源生态保护补偿机制。",
      "enforcement 生态保护补偿 incentive should 市人民政府" },
    // The items of a list of an authority's powers (有权采取下列措施：) aim their check words at
    // the party inspected; the list ends at the first paragraph that is no item, and a party's
    // question or a citizen's reading is no inspection.
    { "第三十九条 主管部门进行监督检查时，有权采取下列措施：\n（一）查阅、复制有关文件和资料；\n"
      "（二）要求有关单位和个人就相关情况进行说明；\n（三）进入现场开展检查。\n"
      "第四十条 公民可以查阅停车场收费标准，经营者对用户提出的询问应当答复。",
      "enforcement 监督检查 investigation - 主管部门 | enforcement 查阅 investigation - - | "
      "enforcement 进行说明 investigation - - | enforcement 检查 investigation - -" },
    // 依法 may stand inside the list's opening; an inspection's measures (勘验, 取样, a demand
    // for papers of the party inspected, 保密技术检测); an applicant's papers are a procedure.
    { "第三十五条 保密行政管理部门开展保密检查可以依法采取下列措施：\n（一）进行现场勘验；\n"
      "（二）要求被检查单位提供相关文件、资料；\n（三）对信息设备进行保密技术检测。",
      "enforcement 现场勘验 investigation - - | "
      "enforcement 要求被检查单位提供 investigation - - | enforcement 保密技术检测 investigation - -" },
    { "受理机关可以要求申请人提供补充材料。", "" },
    // Clearing by force and its cost put on the party in default (防洪法 Art. 42); a landlord's
    // right to clear at the tenant's cost is none; a case handed on by 转 (referral).
    { "逾期不清除的，由防汛指挥机构组织强行清除，所需费用由设障者承担。",
      "enforcement 强行清除 coercive - 防汛指挥机构 | enforcement 由设障者承担 financial should 防汛指挥机构" },
    { "在入驻企业逾期未清理的情况下，场地物业管理方有权代为清理，相关费用由入驻企业承担。", "" },
    { "逾期不改正的，转市场监管部门依法处罚。",
      "enforcement 转市场监管部门 referral - - | enforcement 处罚 financial - -" },
    // Stopping a violation: after finding or warning, or a duty found lacking (不制止); a
    // speech's resolve (坚决依法制止) stays generic.
    { "街道办事处应当组织巡查，及时发现并制止搭建违法建筑的行为。",
      "enforcement 巡查 investigation should 街道办事处 | enforcement 制止 coercive should 街道办事处" },
    { "（一）发现违法建筑不报告、不制止，情节严重的；", "enforcement 制止 coercive - -" },
    { "对借机恶意攻击的坚决依法制止。", "" },
    // The agent of 由 runs on to the head of its relative clause, a verb modifying it
    // (…确定的有关执法部门).
    { "某市条例\n第三十条 违反本条例规定的，由县级以上人民政府确定的有关执法部门责令停止建设。",
      "enforcement 责令 coercive - 县级以上人民政府确定的有关执法部门" },
    // A place cut short before a verb that modifies the authority after it (城镇排水主管部门).
    { "某市排水条例\n第四十条 违反本条例规定的，由城镇排水主管部门责令改正，给予警告。",
      "enforcement 责令改正 coercive - 城镇排水主管部门 | enforcement 警告 accountability - 城镇排水主管部门" },
    // An authority that finds a violation acts on it; 自然 (jieba's adverb) inside its name.
    { "某市违法建筑处置规定\n第九条 自然资源主管部门发现违法建筑正在建设中的，应当责令当事人停止建设。",
      "enforcement 责令 coercive should 自然资源主管部门" },
    // A utility cutting a defaulting user's supply; a planned outage names no user.
    { "某市城市供水条例\n第三十条 用户逾期不缴纳水费的，供水企业可以按照合同约定对其限时供水或者停止供水。",
      "enforcement 限时供水 coercive - 供水企业 | enforcement 停止供水 coercive - 供水企业" },
    { "某市城市供水条例\n第三十一条 因工程施工需要停止供水的，供水企业应当提前二十四小时通知用户。", "" },
    // The tax law's halvings and reduced rates are incentives, as 减征.
    { "技术转让所得超过五百万元的部分，依法减半征收企业所得税。",
      "enforcement 减半征收 incentive - -" },
    // The duty, time limit, notice or force of a check or sanction is named, none imposed.
    { "主管部门未依法履行监督检查职责的，依法给予处分。", "enforcement 处分 accountability - -" },
    { "市人民政府应当发布强制拆除公告，明确查处期限。", "" },
    { "县安委会要组织督查组。", "enforcement 督查组 investigation should 县安委会" },
    { "纳入黑名单,实施联合惩戒。", "enforcement 黑名单 - - - | enforcement 联合惩戒 - - -" },
    { "对工作不力的要追责问责。",
      "enforcement 追责 accountability should - | enforcement 问责 accountability should -" },
    { "抓好督查督办。",
      "enforcement 督查 investigation - - | enforcement 督办 investigation - -" },
    { "严格兑现奖惩。", "enforcement 奖惩 incentive - -" },
    { "县委办督查室牵头。", "" },
    { "制定约谈管理办法。", "" },
    { "对焚烧农户罚款500元。", "enforcement 罚款 financial 500元 - -" },
    // A count after a grant (补贴…家庭3153户) is whom it reaches, no amount: a statistic.
    { "至2025年底存在租金补贴享受家庭3153户。",
      "enforcement 补贴 incentive - -" },
    { "对午季无一个火点的乡镇奖励100万元。", "enforcement 奖励 incentive 1000000元 - -" },
    { "凡是造成重大影响的,一律移交纪检监察等有关部门依法依规严处。",
      "enforcement 移交纪检监察 referral must -" },
    { "依法从快严惩肇事者。", "enforcement 严惩 - - -" },
    { "对排名后三位的乡镇扣减年度安全生产目标考核分2分。",
      "enforcement 扣减 accountability 2分 - -" },
    { "关于近期安全生产督查情况的通报\n各乡镇:", "" },
    // Monitoring and review an authority runs or commissions (the one who hands it acts);
    // a monitoring system a plan builds and a programme named for support are no records.
    { "市商务局委托第三方机构进行监测评估,对运营情况进行不定期检查。",
      "enforcement 进行监测评估 investigation - 市商务局 | "
      "enforcement 不定期检查 investigation - 市商务局" },
    { "健全监测评估体系。", "" },
    { "县里实施中小企业扶持计划。", "" },
    { "城镇调查失业率控制在5.5%以内。", "" },
    // A check word is a record only when aimed at a party (GUIDELINES.md: 检查 of named
    // targets): 对…的监管, 接受…的监督, 在…监督下; the generic 加强监督, the addressees steered
    // from above, a body or duty it names, half of a fused pair and public oversight are none.
    { "重点加强对物业服务企业数据管理使用情况的监管。",
      "enforcement 监管 investigation - -" },
    { "仲裁委员会接受财政、审计等部门的监督。", "enforcement 监督 investigation - 仲裁委员会" },
    { "在城市政府部门监督下,开展产品测试。", "enforcement 监督 investigation - -" },
    { "要加强监督,狠抓落实。", "" },
    { "加强对各地区的指导和监督。", "" },
    { "对负有监管责任的包村干部给予诫勉谈话。",
      "enforcement 诫勉谈话 accountability - -" },
    { "接受省级煤矿安全监管部门的验收。", "" },
    { "对城区公厕进行检查督办。", "enforcement 督办 investigation - -" },
    { "评审工作接受社会监督。", "" },
    // 重点支持 grants only when aimed at a party (a party noun as its object, or 对…予以重点
    // 支持); 重点支持大模型创新 names a direction, 参加重点支持的展会 an attribute.
    { "重点支持在本区从事生产经营活动的高校、科研院所与企业。",
      "enforcement 重点支持 incentive - -" },
    { "对你省的农业产业化项目将继续予以重点支持。", "enforcement 重点支持 incentive - -" },
    { "在省重点研发计划中重点支持大模型创新。", "" },
    { "对企业赴境外参加重点支持的展会给予资助。", "enforcement 资助 incentive - -" },
    // Support as cooperation (peers asked to help, states, thanks) is no incentive; support
    // aimed at a party or given with help by a government is (precision-5/6-speeches).
    { "在京有关部门和单位要给予支持。", "" },
    { "抢修时，有关单位和个人应当给予支持和配合。", "" },
    { "有关单位应当予以支持和协助。", "" },
    { "公安、道路、绿容等各专业部门予以支持和指导。", "" },
    { "党群工作部和相关成员单位应予以充分支持保障。", "" },
    { "爱好和平的国家和人民对志愿军入朝作战给予了有力支援和支持。", "" },
    { "东盟国家及时给予中方宝贵支持。", "" },
    { "向给予政府工作大力支持的人大代表表示感谢！", "" },
    { "各级政府都要有重点地给予支持和帮助。", "enforcement 给予支持 incentive should 各级政府" },
    // A grant's level is an indicator; submitting to oversight as an attitude inspects nobody,
    // a rule's duty to submit to a check does.
    { "保障标准和补助水平逐步提高。", "" },
    { "领导干部要廉洁自律，自觉接受监督。", "" },
    { "被检查单位应当接受监督检查。", "enforcement 监督检查 investigation should 检查单位" },
    // Relief, benefits and rewards of speeches (corpus/heldout-speeches README); a fund named
    // after a scheme, a form and epidemiology hold mechanism words and are none.
    { "要改进帮扶方式，多采取以工代赈等方式。", "enforcement 以工代赈 incentive should -" },
    { "已经出台的缓缴税款等政策要尽快落实到企业。", "enforcement 缓缴 incentive should -" },
    { "要加大贷款展期力度。", "enforcement 贷款展期 incentive should -" },
    { "抓好失业保险稳岗返还政策落地。", "enforcement 稳岗返还 incentive - -" },
    { "对已被感染的医务人员全部免费治疗。", "enforcement 免费治疗 incentive - -" },
    { "要及时安排免费体检。", "enforcement 免费体检 incentive should -" },
    { "要把精神鼓励和物质鼓励结合起来。",
      "enforcement 精神鼓励 incentive should - | enforcement 物质鼓励 incentive should -" },
    { "对表现突出的干部要大力褒奖。", "enforcement 褒奖 incentive should -" },
    { "国家财政扶贫资金和以工代赈资金达480亿元。", "" },
    { "现在扶贫需要填写各种调查表。", "" },
    { "要加大流行病学调查力度。", "" },
    { "脱贫的农户因失去扶持资源就又开始返贫。", "" },
    // A rule whose title names the mechanism: its mentions name the subject; the one a verb
    // carries out (实施) is the record. A 通报 tells of the check done: its mentions stay.
    { "××市教育督导条例\n\n第二条 教育督导包括对学校教育教学工作的督导。\n"
      "第五条 督学应当对学校实施经常性督导，每学期不得少于两次。",
      "enforcement 督导 investigation should 督学" },
    { "关于2023年第一季度安全生产督查情况的通报\n\n县安委办对全县18个乡镇开展了安全生产督查。",
      "enforcement 督查 investigation - 县安委办" },
    // Enforcement units, their points and hotlines are names (执法总队, 执法积分, 监督电话); the
    // penalty the unit imposes is the record.
    { "执法积分≤60分的企业列为重点对象。行业监督电话可留属地电话。市交通委执法总队依法吊销许可证。",
      "enforcement 吊销 veto - 市交通委执法总队" },
};
CHECK_KIND(test_enforcement, enforcement_cases, ZC_KIND_ENFORCEMENT)

/* The statutory inventories (dicts/lex/README.md cites them): one realistic sentence per
 * entry, with its category; then names, document titles and kind nouns that are no record. */
static const ecase inventory_cases[] = {
    // Sanctions a 通报 lists: posts removed under one 撤销, a term before the kind noun, the
    // kind nouns received (分别受到了, 已经受到) are records; the noun after a list is none.
    { "董事长宋从恕受到撤销行政和党内职务处分。",
      "enforcement 撤销行政和党内职务处分 accountability - -" },
    { "矿长孙家斌受到开除留用2年、留党察看2年处分。",
      "enforcement 开除留用 accountability - - | enforcement 留党察看2年处分 accountability - -" },
    { "其他22名相关责任人员也分别受到了党纪、政纪处分。",
      "enforcement 党纪、政纪处分 accountability - -" },
    { "有关人员已经受到党纪政纪处分。", "enforcement 党纪政纪处分 accountability - 有关人员" },
    { "受到处分的人员名单另行公布。", "" },
    // A loan risk compensation fund, a government investment fund put to use, and procurement
    // set aside for small firms are incentives; funds others are encouraged to form are none.
    { "设立知识产权质押融资风险补偿基金。", "enforcement 风险补偿基金 incentive - -" },
    { "发挥政府投资基金引导作用。", "enforcement 政府投资基金 incentive - -" },
    { "落实预留采购份额等措施。", "enforcement 预留采购份额 incentive - -" },
    // The education laws' sanctions on schools (民办教育促进法 Art. 62, 职业教育法 (2022)).
    { "情节严重的，责令停止招生、吊销办学许可证。",
      "enforcement 责令停止招生 coercive - - | enforcement 吊销办学许可证 veto - -" },
    { "管理混乱的，责令暂停招生、限期整顿。",
      "enforcement 责令暂停招生 coercive - - | enforcement 限期整顿 coercive - -" },
    // 中国共产党纪律处分条例 Art. 8.
    { "对其给予党内警告处分。", "enforcement 党内警告处分 accountability - -" },
    { "情节较重的,给予严重警告处分。", "enforcement 严重警告处分 accountability - -" },
    { "给予撤销党内职务处分。", "enforcement 撤销党内职务处分 accountability - -" },
    { "情节严重的,给予留党察看处分。", "enforcement 留党察看处分 accountability - -" },
    { "情节严重的,给予开除党籍处分。", "enforcement 开除党籍处分 accountability - -" },
    // 公职人员政务处分法 Art. 7: a list gives one record per sanction, the kind noun none.
    { "给予警告、记过或者记大过处分。",
      "enforcement 警告 accountability - - | enforcement 记过 accountability - - | "
      "enforcement 记大过处分 accountability - -" },
    { "给予降级或者撤职的行政处分。",
      "enforcement 降级 accountability - - | enforcement 撤职的行政处分 accountability - -" },
    { "给予降级或者撤职的行政处分或者纪律处分。",
      "enforcement 降级 accountability - - | enforcement 撤职的行政处分 accountability - -" },
    { "给予行政处分或者纪律处分。",
      "enforcement 行政处分 accountability - - | enforcement 纪律处分 accountability - -" },
    { "情节严重的,给予开除处分。", "enforcement 开除处分 accountability - -" },
    { "领导人违反前两款规定的,从重处分。", "enforcement 处分 accountability - -" },
    { "给予警告、记过等相应政纪处分。",
      "enforcement 警告 accountability - - | enforcement 记过 accountability - - | "
      "enforcement 政纪处分 accountability - -" },
    // 行政处罚法 Art. 9.
    { "予以警告,并处200元以下的罚款。",
      "enforcement 警告 accountability - - | enforcement 罚款 financial 200元 - -" },
    { "由市场监管部门没收违法所得。", "enforcement 没收违法所得 financial - 市场监管部门" },
    { "没收非法财物。", "enforcement 没收非法财物 financial - -" },
    { "暂扣许可证件。", "enforcement 暂扣 veto - -" },
    { "由工商部门吊销其营业执照。", "enforcement 吊销 veto - 工商部门" },
    { "降低资质等级。", "enforcement 降低资质等级 veto - -" },
    { "限制开展生产经营活动。", "enforcement 限制开展生产经营活动 coercive - -" },
    { "情节严重的,责令停产停业。", "enforcement 责令停产停业 coercive - -" },
    { "责令关闭。", "enforcement 责令关闭 coercive - -" },
    { "五年内限制从业。", "enforcement 限制从业 veto - -" },
    { "对企业负责人处以行政拘留。", "enforcement 行政拘留 coercive - -" },
    { "责令其停产整顿。", "enforcement 责令其停产整顿 coercive - -" },
    { "予以取缔。", "enforcement 取缔 coercive - -" },
    { "查封、扣押涉案物品。",
      "enforcement 查封 coercive - - | enforcement 扣押 coercive - -" },
    { "当事人应当到指定的代收机构缴纳罚款。", "" },
    { "依照《中华人民共和国治安管理处罚法》给予处罚。",
      "enforcement 处罚 financial - -" },
    // 中国共产党问责条例 Art. 8.
    { "责令作出书面检查。", "enforcement 责令作出书面检查 accountability - -" },
    { "对相关责任人进行诫勉。", "enforcement 诫勉 accountability - -" },
    { "视情给予组织调整或者组织处理。",
      "enforcement 组织调整 accountability - - | enforcement 组织处理 accountability - -" },
    { "采取停职检查、调整职务、责令辞职、降职、免职等措施。",
      "enforcement 停职检查 accountability - - | enforcement 调整职务 accountability - - | "
      "enforcement 责令辞职 accountability - - | enforcement 降职 accountability - - | "
      "enforcement 免职 accountability - -" },
    { "发生重大事故的,实行一案双查。", "enforcement 一案双查 accountability - -" },
    { "对反映的问题进行函询。", "enforcement 函询 accountability - -" },
    { "及时开展提醒谈话。", "enforcement 提醒谈话 accountability - -" },
    { "对进度滞后的予以点名通报。", "enforcement 点名通报 accountability - -" },
    // Credit measures: no category of the list fits.
    { "列入失信名单,实施失信联合惩戒。",
      "enforcement 失信名单 - - - | enforcement 失信联合惩戒 - - -" },
    { "完善失信约束工作机制。", "enforcement 失信约束 - - -" },
    { "强化从源头到龙头的全过程监管机制。", "enforcement 全过程监管 investigation - -" },
    // A sweep (排查) aimed at a party is a check in a plan only.
    { "××工作方案\n\n各街镇要对辖区内工地、消纳场所开展拉网式排查。",
      "enforcement 排查 investigation should 各街镇" },
    { "××在全县安全生产会议上的讲话\n\n各乡镇要对辖区内水库开展拉网式排查。", "" },
    // 信用修复 is the way out of a credit measure, a procedure (山东省社会信用条例 Art. 41).
    { "完成整改的,可以申请信用修复。", "" },
    // Supervision.
    { "县政府每月开展一次督导。", "enforcement 督导 investigation - 县政府" },
    { "对问题整改情况进行挂牌督办。", "enforcement 挂牌督办 investigation - -" },
    { "由其上级机关予以监督。", "enforcement 予以监督 investigation - 其上级机关" },
    { "严查使用网闸等不符合规定的交换设备等违规行为。", "enforcement 严查 investigation - -" },
    // Named regimes of supervision over firms (heldout-genres 0178); the capacity or platform
    // for a check names no check (cues.tsv enf_attr).
    { "实行协同监管。", "enforcement 协同监管 investigation - -" },
    { "市场监管总局强化汽车产品安全与召回监管。",
      "enforcement 召回监管 investigation - 市场监管总局" },
    { "增强部门协同监管能力。", "" },
    { "进一步提高事中事后监管能力。", "" },
    // …nor how well it works: a quality to raise, no check imposed.
    { "提升行业综合监管效能。", "" },
    { "形成执法监管合力。", "" },
    // Functions of case-management software name no mechanism (heldout-genres 0072).
    { "优化执行期限自动预警、终本案件智能巡查、违规行为自动冻结等智能化功能。", "" },
    { "实现批量勾选、自动查询、批量冻结等功能。", "" },
    // A warning a machine gives or a sign shows is no sanction (heldout-genres 0178).
    { "驾驶员未响应警告且没有采取必要的控制措施。", "" },
    // Incentives: honour or reward joined is one grant (the annotators' 表彰或者奖励).
    { "对成绩突出的单位给予表彰或者奖励。", "enforcement 给予表彰或者奖励 incentive - -" },
    { "实行先奖后补。", "enforcement 先奖后补 incentive - -" },
    { "在项目用地、用能等方面给予重点倾斜。", "enforcement 重点倾斜 incentive - -" },
    // A stacking rule and a grant a condition denies name no grant (heldout-genres 0264).
    { "一个军工单位多项技术形成产业化的，可重复奖励。", "" },
    { "对无财政支持的专业性展会，按规定办理。", "" },
    // A sentence opened by a cap's unit right after a grant's sentence caps that grant.
    { "每平方米补贴50-100元。单个项目最高补贴300万元。", "enforcement 补贴 incentive 50元 - -" },
    // A total after a cap's unit caps the grant before it; the policy's total is a budget rule.
    { "按照2:1的比例予以区级配套补贴，单个项目补贴总额不超过100万元。",
      "enforcement 补贴 incentive - -" },
    { "每年根据拨付资金进行奖励，本措施年度奖励总额不超过拨付资金总额。", "" },
    { "对新评定的景区一次性给予50万元奖励。",
      "enforcement 奖励 incentive 500000元 - -" },
    // One grant clause, one record, holding its sum: a reward noun right after 给予, or after
    // the sum with a fund's name of four characters before it (heldout-genres 0264).
    { "每个展会给予补贴50万元。", "enforcement 补贴 incentive 500000元 - -" },
    { "对新认定的孵化器给予最高30万元建设经费资助。",
      "enforcement 资助 incentive 300000元 - -" },
    // 一次性奖励 is one grant word (enforcement.tsv), so a cap before it reaches its sum.
    { "对通过评定的企业,给予30万元一次性奖励。",
      "enforcement 一次性奖励 incentive 300000元 - -" },
    { "考核结果与资金分配挂钩。", "enforcement 与资金分配挂钩 incentive - -" },
    // A ranking is the condition of the mechanism it triggers, no record of its own.
    { "对排名靠后的乡镇进行约谈。", "enforcement 约谈 accountability - -" },
    // A maintenance patrol of facilities and a check's pass rate are no checks of a party.
    { "负责排水设施的日常运行调度、巡查养护、设施大中修。", "" },
    { "管道养护抽查合格率达到95%。", "" },
    // A construction contract's removals (inventory: 清场, 中止合同); its procedure (手续) is none.
    { "项目法人发现中标人违法分包的，应立即中止合同，进行清场处理。",
      "enforcement 中止合同 coercive should - | enforcement 清场 coercive should -" },
    // Incentives set or applied (激励措施) are records; the State Council's reward lists are a name.
    { "区相关部门负责落实各项激励措施。", "enforcement 激励措施 incentive - 区相关部门" },
    { "现将调整后的督查激励措施通知如下。", "" },
    // The Emergency Response Law's control measures (交通管制, 封锁).
    { "必要时，由公安部门对现场及相关通道实行交通管制，封锁危险场所。",
      "enforcement 交通管制 coercive - 公安部门 | enforcement 封锁 coercive - 公安部门" },
    { "项目法人应与施工单位办理清场手续。", "" },
    // A form's column headers count sanctions, impose none; a line of prose ending in brackets is
    // no header.
    { "专项整治情况汇总表\n行政处罚（次）\n罚款\n（万元）\n吊销资质证书（个）\n", "" },
    { "对违法企业依法给予罚款（万元）。", "enforcement 罚款 financial - -" },
    // A checklist's question asks about a sanction; a check carried out on the question is one.
    { "发现有违法违规行为的，是否依法实施了行政处罚；", "" },
    { "对企业是否兑现承诺事项开展检查复核。", "enforcement 检查 investigation - -" },
    // A sanction reported as applied is a record (GUIDELINES.md: the fines listed in a 通报).
    { "镇长被给予党内警告处分。", "enforcement 党内警告处分 accountability - -" },
    { "对符合条件的项目要予以支持。", "enforcement 予以支持 incentive should -" },
    { "撤销其示范资格。", "enforcement 撤销其示范资格 veto - -" },
    { "由民政部门撤销民办非企业单位登记。",
      "enforcement 撤销民办非企业单位登记 coercive - 民政部门" },
    // A mechanism read across the segmenter's words is none (加强/制度, 登记/过户, 预警/告知);
    // the walk goes on to the one inside (并处/罚款: 罚款).
    { "要加强制度建设。", "" },
    { "办理房屋登记过户手续。", "" },
    { "及时发出预警告知群众。", "" },
    { "逾期仍不安装的,可以并处罚款。", "enforcement 罚款 financial - -" },
    { "连续3年全部奖补给企业。", "enforcement 奖补 incentive - -" },
    // An attribute of a grant or check (补贴额度, 督查结果) names no mechanism; nor does a
    // sanction or grant already had, in a clause 的 closes (cues.tsv enf_attr, received).
    { "补贴额度按标准执行。", "" },
    { "督查结果纳入年度考核。", "" },
    // The mode or kind of a grant, and the power a subsidy attached to, are named, none granted.
    { "调整清算、补贴方式。", "" },
    { "购房人可选择其中一种契税补贴类型。", "" },
    { "对应带补贴电量产生的收益归发电企业。", "" },
    // A regime of supervision or aid is named in a plan, and set up in a report's account.
    { "××区优化营商环境实施方案\n\n对新业态实行包容审慎监管，完善社会救助制度。", "" },
    { "政府工作报告\n\n我们对新业态实行包容审慎监管，完善社会救助制度。",
      "enforcement 包容审慎监管 investigation - - | enforcement 社会救助 incentive - -" },
    { "建设单位应同步提交免征申请表。", "" },
    { "如涉及免征的，同步提交材料。", "" },
    // Surveys of resources, land and wishes, and a survey's findings, investigate nobody.
    { "各单位要开展水资源基础调查和入市地块意愿调查。", "" },
    { "市规划资源局组织开展调查成果验收。", "" },
    // A policy's reading, an award's candidates and the fire-work principle name no mechanism.
    { "开展惠企政策解读，优先作为见义勇为等表彰奖励候选对象。", "" },
    { "坚持政府统一领导、部门依法监管、单位全面负责、公民积极参与。", "" },
    { "各单位要建立日常巡查台账。", "" },
    // Opinion surveys and a firm's own analysis investigate nobody (corpus/audit).
    { "通过在线访谈、网上调查和意见征集等形式开展互动交流。", "" },
    { "建立缺陷信息收集、调查分析、召回决策机制。", "" },
    // The decision or grade of a sanction or reward is a name, not one imposed (corpus/audit).
    { "处分决定自作出之日起生效。", "" },
    { "国家安全机关应当认定奖励等级,作出奖励决定。", "" },
    // A sanction named inside a condition that 的 closes is a re-mention; the consequence
    // after it is the record (decide-enforcement.tsv closes_condition).
    { "拟给予撤职处分的,由国务院提出罢免建议。", "enforcement 罢免 referral - 国务院" },
    { "依法应当给予处分的,由监察机关给予处分。", "enforcement 处分 accountability should 监察机关" },
    { "已享受减免配套费的项目改变用途的,按面积收取。", "" },
    // A fine word next to a verb handling money names the money, no fine imposed
    // (decide-enforcement.tsv money_handled); a fine imposed keeps its record.
    { "代收机构应当将代收的罚款直接上缴国库。", "" },
    { "罚款必须全部上缴国库。", "" },
    { "违反本规定的,处500元罚款。", "enforcement 罚款 financial 500元 - -" },
    // An attribute noun after the word's 的 names an attribute of it (enf_attr); a refusal's
    // 的决定 is the refusal decided.
    { "实施行政处分的权限按照国家有关规定办理。", "" },
    { "研究确定拟给予补贴的金额。", "" },
    { "申请事项不属于本机关职权范围的,应当作出不予受理的决定。",
      "enforcement 不予受理 veto should -" },
    // Without a verb imposing it, heldout-enforcement's gold keeps the word in a condition.
    { "经批评教育表示悔改的,可以免予行政处分。",
      "enforcement 批评教育 accountability - -" },
    { "已获得过资助的学生不再申请。", "" },
    // Claiming or forgoing a grant in a condition is a receipt too (cues.tsv received).
    { "举报人逾期未领取奖励的,视为主动放弃。", "" },
    // What a check found is a re-mention of the check (cues.tsv enf_frame 中发现).
    { "市场监督管理部门在监督检查中发现违法案件线索的,应当及时移送。", "" },
    // The state of a check's course (监督检查情况) is reported on, outside an account of the
    // past; assisting another's check (协助查处) is no record of one's own.
    { "检验机构应当将监督检查情况向社会公布。", "" },
    { "城市管理部门应当及时报告，并协助查处。", "" },
    { "5月26日，市禁烧办巡查了各县区，结合县区自身巡查情况，现将检查和处理情况通报如下。",
      "enforcement 巡查 investigation - 市禁烧办 | enforcement 巡查 investigation - 市禁烧办" },
    // 通报 listed with another consequence (通报、移送等工作机制) or fused with 督办 is a sanction.
    { "采用通报、移送等工作机制，督促各街镇落实主体责任。",
      "enforcement 通报 accountability - - | enforcement 移送 referral - -" },
    // The linkage of administrative and criminal enforcement (行刑衔接) refers cases; 严打 is a
    // crackdown.
    { "密切行刑衔接，严打相关犯罪行为。",
      "enforcement 行刑衔接 referral - - | enforcement 严打 investigation - -" },
    // Cases handed on (案件移送) and the statutes' long name of 行刑衔接 refer; liability pursued
    // for life and of a list of persons closed by 的 is accountability; a permit or
    // qualification withdrawn from the offender (取消相应资质) and a permit refused are veto, while
    // a requirement the issuer drops (取消首次申请资质时的业绩要求) is none.
    { "加强行政执法与刑事司法衔接，建立案件移送制度。",
      "enforcement 行政执法与刑事司法衔接 referral - - | enforcement 案件移送 referral - -" },
    { "要依法追究实际责任人、单位责任人和当地政府负责人的责任。建立责任终身追究制。",
      "enforcement 追究实际责任人、单位责任人和当地政府负责人的责任 accountability should - | "
      "enforcement 终身追究 accountability - -" },
    { "对整改不达标的，按照规定取消相应资质；对未安装GPS装置的车辆，不予核发校车证。",
      "enforcement 取消 veto - - | enforcement 不予核发 veto - -" },
    { "对外商投资企业，取消首次申请资质时对投资者的业绩要求。", "" },
    // A permit, qualification or scope of business revoked (行政许可法 Art. 69) is veto; a
    // decision revoked is none.
    { "违规检测情节严重的，撤销检测机构的车辆检测资质。",
      "enforcement 撤销检测机构的车辆检测资质 veto - -" },
    { "复议机关决定撤销原具体行政行为。", "" },
    // A period after a mechanism names its course, a re-mention (督查过程中发现的问题); a lead cue
    // opening a frame of the object's (查处在饲养过程中…的行为) does not. An order to close within
    // a time limit (限期关闭) is coercive.
    { "对督查过程中发现的问题要及时整改。", "" },
    { "严厉查处在饲养过程中非法添加违禁物等违法违规行为。",
      "enforcement 严厉查处 investigation - -" },
    { "已经建成的，应当限期关闭拆除。", "enforcement 限期关闭 coercive should -" },
    // A complaint, report or lead checked is an investigation; the rate of checks closed is an
    // indicator.
    { "接到举报投诉后，有关部门应当及时核查、处理。",
      "enforcement 核查 investigation should 有关部门" },
    { "要认真核查举报线索。", "enforcement 核查 investigation should -" },
    { "群众举报安全隐患核查办结率不足85%。", "" },
    // 移送 alone in a list of the means a plan names (通报、移送等工作机制) is a referral.
    { "对问题车辆企业实行约谈、锁车、双向移送等措施。",
      "enforcement 约谈 accountability - - | enforcement 移送 referral - -" },
    { "对受到表彰的先进个人给予奖励。", "enforcement 奖励 incentive - -" },
    // In a rule, the authority 由 names carries over a semicolon and into a sentence that
    // opens with a condition; the subject before a condition (the violator) does not.
    { "违反本条例规定的,由县林业局责令改正,处1000元罚款;情节严重的,吊销许可证。",
      "enforcement 责令改正 coercive - 县林业局 | enforcement 罚款 financial 1000元 - 县林业局 | "
      "enforcement 吊销 veto - 县林业局" },
    // Subsidies, grants, waivers and preferential treatment (GUIDELINES.md, subsidy policies).
    { "对新建基地每亩补贴200元。", "enforcement 补贴 incentive 200元 - -" },
    { "对符合条件的农户给予住房补助。", "enforcement 补助 incentive - -" },
    // A fee item named by a statute is money owed, no grant (enforcement.tsv stop 补助费).
    { "由劳动保险基金项下付给丧葬补助费。", "" },
    { "每个项目资助50万元。", "enforcement 资助 incentive 500000元 - -" },
    { "实行以奖代补,对达标村奖补10万元。",
      "enforcement 以奖代补 incentive - - | enforcement 奖补 incentive 100000元 - -" },
    { "加大对小微企业的扶持。", "enforcement 扶持 incentive - -" },
    { "对重点项目给予资金支持。", "enforcement 资金支持 incentive - -" },
    { "优先支持示范项目。", "enforcement 优先支持 incentive - -" },
    { "在用地指标上适当倾斜。", "enforcement 适当倾斜 incentive - -" },
    { "落实税收优惠政策。", "enforcement 税收优惠 incentive - -" },
    { "减免农业税。", "enforcement 减免 incentive - -" },
    { "对贫困学生免学费、免住宿费。",
      "enforcement 免学费 incentive - - | enforcement 免住宿费 incentive - -" },
    { "发放扶贫专项助学金。", "enforcement 助学金 incentive - -" },
    { "落实森林生态效益补偿。", "enforcement 效益补偿 incentive - -" },
    { "建立风险补偿机制。", "enforcement 风险补偿 incentive - -" },
    { "向中小企业发放创新券。", "enforcement 创新券 incentive - -" },
    // Joint enforcement by linked departments; an entry in an integrity record.
    { "各部门要实行隐患抄告或联动执法。", "enforcement 联动执法 investigation should 各部门" },
    { "消防救援人员在车站、码头等单位享受优待政策。", "enforcement 优待政策 incentive - 消防救援人员" },
    { "对建设单位按有关规定进行处理，并记入诚信记录。",
      "enforcement 记入诚信记录 - - -" },
    // A deduction of the income tax at a fixed amount is a tax preference.
    { "纳税人的子女接受学前教育的相关支出，按照每个子女每月1000元的标准定额扣除。",
      "enforcement 定额扣除 incentive - -" },
    { "向中小企业发放“训力券”。", "enforcement 发放“训力券” incentive - -" },
    { "向中小企業發放「訓力券」。", "enforcement 发放「训力券」 incentive - -" },
    { "违规申报的,不得享受奖励。", "enforcement 奖励 veto prohibit -" },
    { "一经查实,立即撤销奖励。", "enforcement 撤销奖励 veto - -" },
    { "材料不全的,不予受理。", "enforcement 不予受理 veto - -" },
    { "有下列情形之一的,不得颁发导游证。", "enforcement 不得颁发 veto prohibit -" },
    // A compulsory regime for all (强制检测, 强制回收) is no coercive measure; compelling a
    // violator is.
    { "对外省市高危车辆和罐体进行强制检测。", "" },
    { "逾期不改正的,强制其履行义务。", "enforcement 强制 coercive - -" },
    // An authority's general acts denied (不得办理, 不得发放, 停止办理): veto, as 不予办理.
    { "违法建筑不得办理房地产权利登记。", "enforcement 不得办理 veto prohibit -" },
    { "对违规企业，金融机构不得发放新开发项目贷款。",
      "enforcement 不得发放 veto prohibit 金融机构" },
    { "房地产交易中心停止办理该房屋的转让、抵押备案手续。",
      "enforcement 停止办理 veto - 房地产交易中心" },
    { "建设不符合要求的,不予出具竣工验收合格报告。", "enforcement 不予出具 veto - -" },
    // Tracing the parties behind a violation, the police's criminal investigation, a campaign
    // of enforcement and an official's audit on leaving a post are investigation.
    { "公安部门要对非法倾倒建筑垃圾刑事案件进行侦查。",
      "enforcement 侦查 investigation should 公安部门" },
    { "考核结果作为领导干部自然资源资产离任审计的重要依据。",
      "enforcement 离任审计 investigation - -" },
    // A case handed to a named body for handling is referral; a building handed over is none.
    { "违反国家法律法规的,移交执法机关处理。", "enforcement 移交执法机关 referral - -" },
    { "已建成的配套幼儿园应按照规定及时移交当地教育行政部门。", "" },
    // The land surveys (第三次全国国土调查, 年度变更调查) are surveys, no investigation.
    { "按照第三次全国国土调查分类标准,明确耕地与其他地类。", "" },
    { "结合土地年度变更调查,予以监测统计。", "" },
    { "公安机关要依法查禁赌博。", "enforcement 查禁 investigation should 公安机关" },
    { "赌具、赌资应予以收缴,赌博获得的财物应予以追缴。",
      "enforcement 应予以收缴 financial should - | enforcement 应予以追缴 financial should -" },
    { "对打击报复的,依法从重惩处。", "enforcement 惩处 - - -" },
    { "并可责令其限期整顿。", "enforcement 责令其限期整顿 coercive - -" },
    { "由民政部门责令恢复原状。", "enforcement 责令恢复原状 coercive - 民政部门" },
    { "责令停止违法活动,限期改正。",
      "enforcement 责令 coercive - - | enforcement 限期改正 coercive - -" },
    { "对消费者加付赔偿金。", "enforcement 加付赔偿金 financial - -" },
    { "依照本规定给予行政处分。", "enforcement 行政处分 accountability - -" },
    { "情节轻微的,可以免予行政处分。", "" },
    { "避免浪费。", "" },
    // Names of bodies, documents and meetings, money and funds: no records.
    { "督查室负责日常工作。", "" },
    { "制定党政领导干部问责办法。", "" },
    { "印发《广东省优秀成果奖励办法》。", "" },
    { "出席全省表彰大会。", "" },
    { "设置警告标志。", "" },
    { "开展入户调查。", "" },
    { "教育督导机构应当向被督导单位下达督导意见书。", "" },
    { "查实弄虚作假骗取扶持款的。", "" },
    { "认真做好调查取证工作。", "" },
    { "对有关镇干部进行调查。", "enforcement 调查 investigation - -" },
    { "争取上级补助资金。", "" },
    { "每家机构年度补贴金额不超过300万元。", "" },
    { "对坚持原则的个人打击报复的,给予降级处分。",
      "enforcement 降级处分 accountability - -" },
    // Bars from a scheme (veto), claw-backs (financial), interest subsidies, vouchers,
    // commendations with their reward (one record), supervision assigned to an authority.
    { "有下列情况之一的企业不得申报。", "enforcement 不得申报 veto prohibit -" },
    { "如若违反,由运营公司收回且不得再次申请。",
      "enforcement 收回 financial prohibit 运营公司 | "
      "enforcement 不得再次申请 veto prohibit 运营公司" },
    { "剩余部分须缴回运营公司。", "enforcement 缴回 financial must -" },
    { "违规取得的资金予以追回。", "enforcement 追回 financial - -" },
    // A check word in a relative clause naming a body (负责监督管理…的部门) is its name; a duty
    // toward bodies stays.
    { "负责监督管理扬尘污染防治的部门应当建立日常巡查制度。",
      "enforcement 巡查 investigation should 负责监督管理扬尘污染防治的部门" },
    // Checks named by their manner or stage, a voucher scheme, a revocation.
    { "对物业服务企业实施触发式监管。", "enforcement 触发式监管 investigation - -" },
    { "向中小企业发放专业服务券。", "enforcement 专业服务券 incentive - -" },
    { "对弄虚作假取得的资格，由原审批机关予以撤销。",
      "enforcement 予以撤销 veto - 原审批机关" },
    { "强化执法监督。", "enforcement 执法监督 investigation - -" },
    // The double penalty is a fine; a tax credit an incentive, 应纳税额 no modal verb.
    { "对违法企业实行一案双罚。", "enforcement 一案双罚 financial - -" },
    { "购置专用设备的，按投资额的10%从当年应纳税额中抵免。", "enforcement 抵免 incentive - -" },
    // A violator put out of the market; checks stepped up on named parties.
    { "对严重违法失信企业依法清出市场。", "enforcement 清出市场 coercive - -" },
    { "对高风险企业提高检查频次。", "enforcement 提高检查频次 investigation - -" },
    // Preference in housing and land (优先配租, 优先供地).
    { "对诚实守信的房地产开发企业在同等条件下优先供地。", "enforcement 优先供地 incentive - -" },
    // Incentives named by their kind (正向激励, 长期激励, 激励制度).
    { "对工作成效明显的街镇给予正向激励。", "enforcement 正向激励 incentive - -" },
    { "企业要建立科技人员长期激励制度。", "enforcement 长期激励 incentive should 企业" },
    // Removing an unlawful structure is coercive; the party's own removal is its duty, none.
    { "对违法建筑坚决拆除，全力拆除违法建筑。",
      "enforcement 拆除 coercive must - | enforcement 拆除 coercive - -" },
    { "当事人应当自行拆除违法建筑。", "" },
    // Substitute performance (coercive) and its cost put on the violator (financial); a
    // landlord's right to clear is none, and so is a cost the state bears.
    { "逾期不清理的,代为清理,清理费用由违法行为人承担。",
      "enforcement 代为清理 coercive - - | enforcement 由违法行为人承担 financial - -" },
    { "逾期未清理的情况下,场地物业管理方有权代为清理。", "" },
    { "所需费用由国家承担。", "" },
    { "力争尽快收回成本。", "" },
    // Legal effects that deny or forfeit: a claim deemed withdrawn (veto), fees kept, damages.
    { "申请人不到庭的,视为撤回仲裁申请,案件受理费不予退回。",
      "enforcement 视为撤回 veto - - | enforcement 不予退回 financial - -" },
    // Publication after a sanction is one (予以公告: mode chain); alone it publishes.
    { "由旅游行政部门吊销导游证并予以公告。",
      "enforcement 吊销 veto - 旅游行政部门 | enforcement 予以公告 accountability - 旅游行政部门" },
    { "同意变更的,将变更结果予以公告。", "" },
    // Preferences and tax preferences without money are incentives.
    { "服务券优先向瞪羚企业发放。", "enforcement 优先向 incentive - -" },
    { "落实固定资产加速折旧等政策。", "enforcement 加速折旧 incentive - -" },
    { "损坏单位应负责赔偿。", "enforcement 负责赔偿 financial should 损坏单位" },
    { "当地公安部门应迅速查清原因。", "enforcement 查清原因 investigation should 当地公安部门" },
    { "综合采取贷款贴息、保费补贴、风险补偿等支持方式。",
      "enforcement 贷款贴息 incentive encourage - | enforcement 补贴 incentive encourage - | "
      "enforcement 风险补偿 incentive encourage -" },
    { "通过“算力券”等开展普惠支持。", "enforcement 通过“算力券” incentive encourage -" },
    { "对首次认定的高新技术企业,按相关政策给予激励。", "enforcement 给予激励 incentive - -" },
    { "对做出显著成绩的单位和个人,市人民政府给予表彰奖励。",
      "enforcement 给予表彰奖励 incentive - 市人民政府" },
    { "对林木植被、山体、自然岸线等进行重点监管。",
      "enforcement 重点监管 investigation - -" },
    { "危化品运输车辆动态监管覆盖率仅为89%。", "" },
    { "公布重点监管产品目录。", "" },
    { "近3年发生过环境污染事故,受到处罚的。", "" },
    { "应当对土地资源、水资源进行调查评估。", "" },
    // A check by samples is the authority's check (产品质量法 Art. 15, 监督抽样检定).
    { "市场监管部门应委托法定计量检定机构实施监督抽样检定。", "enforcement 监督抽样检定 investigation should 市场监管部门" },
    // Industries that hold a check word (GB/T 4754-2017 7241 会计、审计及税务服务) are names.
    { "支持会计审计、法律等专业服务机构拓展业务。", "" },
    { "到2028年，咨询调查业营收达到2000亿元。", "" },
    // A round of checks named by its manner is a record with no party cue (cues.tsv
    // check_manner), whole; remote checks (非现场) and a pair of check words are not.
    { "市交通委要综合运用线下检查等方式。", "enforcement 线下检查 investigation should 市交通委" },
    { "强化土地流转合同履约跟踪监管。", "enforcement 跟踪监管 investigation - -" },
    { "加快推进非现场监管立法。", "" },
    // Penalties made public after a sanction (行政处罚法 Art. 48); divisions and platforms
    // named after a check are names.
    { "对违法企业予以行政处罚，并将相关行政处罚信息归集至国家企业信用信息公示系统依法公示。",
      "enforcement 处罚 financial - - | enforcement 依法公示 accountability - -" },
    { "（市局特种设备安全监察处牵头，执法稽查处、反垄断和价格监督检查办公室按职责分工负责）", "" },
    { "建成并上线运行低空飞行综合监管服务平台。", "" },
    { "加强监督。", "" },
    { "严格落实日常执法巡查。", "enforcement 巡查 investigation - -" },
    // Grant money handled as a sanction (财政违法行为处罚处分条例 Art. 4, 9, 24, 27); the
    // subject acts in every clause, a past that qualifies a noun (已拨付的) ending none.
    { "省级主管部门核查后,对情况属实的园区撤销称号,收缴已拨付的奖补资金,不再拨付后续资金。",
      "enforcement 撤销称号 veto - 省级主管部门 | enforcement 收缴 financial - 省级主管部门 | "
      "enforcement 不再拨付 financial - 省级主管部门" },
    { "财政部门可以暂停财政拨款或者停止拨付与财政违法行为直接有关的款项。",
      "enforcement 暂停财政拨款 financial - 财政部门 | enforcement 停止拨付 financial - 财政部门" },
    // Collecting a fine's money is no sanction; the fine word stays hidden.
    { "依照行政处罚法的规定可以当场收缴罚款的除外。", "" },
    // Regulators' measures (证券法 Art. 213, 215, 221; 170).
    { "情节严重的,可以并处暂停从事相关业务1个月至1年。",
      "enforcement 暂停从事相关业务 veto - -" },
    { "国务院证券监督管理机构依法将中介机构遵守本规定的情况纳入证券市场诚信档案。",
      "enforcement 纳入证券市场诚信档案 - - 国务院证券监督管理机构" },
    { "情节严重的,可以处一定期限的市场禁入。", "enforcement 市场禁入 veto - -" },
    { "必要时可以采取联合现场检查等措施。", "enforcement 联合现场检查 investigation - -" },
    { "市级主管部门要及时组织开展资金绩效评估。",
      "enforcement 资金绩效评估 investigation should 市级主管部门" },
    // A grant fund put to its use is the grant clause; the fund alone is a name.
    { "省级奖补资金用于支持示范园区建设。", "enforcement 奖补资金 incentive encourage -" },
    { "市级主管部门要加强奖补资金管理。", "" },
    { "2019年,拟安排国拨经费总概算5000万元。", "enforcement 国拨经费 incentive - -" },
    // Merit formulas and 激励 sharing the head 机制.
    { "推动形成能者上、优者奖、庸者下、劣者汰的正确导向。",
      "enforcement 能者上、优者奖、庸者下、劣者汰 incentive - -" },
    { "要建立健全干部担当作为的激励和保护机制。", "enforcement 激励 incentive should -" },
    // Aid by consumption is a scheme, no mechanism; the preferences it asks for are.
    { "开展数字消费帮扶等活动。", "" },
    { "在同等条件下优先采购贫困地区产品。", "enforcement 优先采购 incentive - -" },
    { "依法依规加强数据收集、存储、使用等全过程安全监管。",
      "enforcement 安全监管 investigation - -" },
    // Supervision stepped up at the end of its clause (enforcement.step_up); a sandbox is the
    // lexicon's own record (沙盒监管) and 监督 stepped up is the generic check of the speeches.
    { "另一头是加强脱贫效果监管。", "enforcement 监管 investigation - -" },
    { "全面加强金融监管，切实防范风险。", "enforcement 金融监管 investigation - -" },
    { "深化组合驾驶辅助沙盒监管。", "enforcement 沙盒监管 investigation - -" },
    { "加强对各地区的指导和监督。", "" },
    // Naming before a whole area after a condition, and the fused recurring naming, are
    // accountability (enforcement.notify_area, notify_recurring); results published are none.
    { "对排名靠后的乡镇在全县通报。", "enforcement 通报 accountability - -" },
    { "考核结果在全县通报。", "" },
    // Speech wording of liability, honours barred or earned, and the campaigns' inspections.
    { "对姑息纵容者必须严肃追究。", "enforcement 严肃追究 accountability must -" },
    { "考核结果作为评先评优、提拔任用的重要依据。",
      "enforcement 作为评先评优、提拔任用的重要依据 incentive - -" },
    { "要充分发挥考核指挥棒作用，实行奖优罚劣。", "enforcement 奖优罚劣 incentive should -" },
    { "对违反规定的，一律按照有关规定从严从重处理。",
      "enforcement 从严从重处理 accountability must -" },
    { "县审计局要对扶贫资金开展专项审计。", "enforcement 专项审计 investigation should 县审计局" },
    { "对表现优秀的干部优先提拔重用。", "enforcement 优先提拔 incentive - -" },
    { "凡出现火点的乡镇当年不得评先评优。", "enforcement 不得评先评优 veto prohibit -" },
    { "住建、城管部门每月对建筑工地开展联合执法检查。",
      "enforcement 联合执法检查 investigation - 住建、城管部门" },
    { "对拒不整改的企业，提请县政府予以关闭。", "enforcement 予以关闭 coercive - -" },
    // Results tied to a cadre's pay are no grant of the plan (heldout h07's gold).
    { "年终考核结果与村干部绩效工资挂钩。", "" },
    { "要实行责任倒查，对工作不力的亮黄牌。",
      "enforcement 责任倒查 accountability should - | enforcement 亮黄牌 accountability should -" },
    { "县禁烧办将实行“一日一通报”。", "enforcement 一日一通报 accountability - 县禁烧办" },
    // A check word heading a mechanism set up (enforcement.check_system); a 体系 or the
    // funds of enforcement are no check set up.
    { "要健全权责明确、程序规范、执行有力的疫情防控执法机制。",
      "enforcement 执法 investigation should -" },
    { "完善国有资产监管体制。", "enforcement 监管 investigation - -" },
    { "建立属地管理和监督体系。", "" },
    { "改革和完善司法、执法财政保障机制。", "" },
    // A named instrument stepped up is a record; the generic 加大扶持力度 is not.
    { "加大税收优惠力度。", "enforcement 税收优惠 incentive - -" },
    { "通过政府购买服务等方式开展评估。", "" },
    { "帮助工会做好非公有制企业的经费收缴工作。", "" },
    { "进一步加大扶持力度。", "" },
    // In a plan the issuer commits to the support it steps up (decide-enforcement.tsv
    // degree_inline !genre_plan); a lender stepping up its lending is no incentive.
    { "××行动方案\n\n各地要加大对智能建造关键技术研究的支持力度。",
      "enforcement 支持力度 incentive should 各地" },
    { "××行动方案\n\n推动政策性银行加大精准信贷扶持力度。", "" },
    // Funds sought from above are no grant of the document; striving to bring a place under a
    // scheme (争取…将…纳入…补偿范围) still grants.
    { "××行动方案\n\n积极争取中央财政资金支持。", "" },
    // A team named after a check is a body, no mechanism; the team set up is one.
    { "执法检查组应当听取被检查机关的汇报。", "" },
    { "常务委员会按照精干、效能的原则，组织执法检查组。",
      "enforcement 组织执法检查组 investigation - 常务委员会" },
    // A survey of what statistics measure is no investigation of a party; an inquiry into a
    // violation is.
    { "价格主管部门应当会同农业等有关部门开展重要农产品成本调查。", "" },
    { "文化主管部门负责对本行政区域内的非物质文化遗产进行调查。", "" },
    // Nor is the technical survey of a land parcel or site, its sampling and field work.
    { "存在污染风险的地块，应按照相关技术导则要求开展采样分析等后续调查工作。", "" },
    { "土地储备机构应推动地块分类调查，精准识别土壤污染。", "" },
    { "关于协同推进本市水资源基础调查的通知\n\n市水务局共享已有水资源数据资料，协同开展调查工作。",
      "" },
    { "生态环境等主管部门可以会同公安机关对水环境污染案件开展联合调查。",
      "enforcement 联合调查 investigation - 生态环境等主管部门" },
    // A bare 调查 aimed at no party is a survey or a body's own fact-finding; the statutory
    // accident investigation and the verification of a report are investigations.
    { "进一步加强测绘调查、数据更新。", "" },
    { "消防部门组织小型餐饮场所火灾事故调查及延伸调查。",
      "enforcement 事故调查 investigation - 消防部门 | enforcement 延伸调查 investigation - 消防部门" },
    { "××行动方案\n\n争取在工程结束后将重点公益林纳入森林生态效益补偿范围。",
      "enforcement 效益补偿 incentive strive -" },
    // A range of disciplinary grades is one sanction, its kind noun's record; grades listed
    // with 、 are a record each (decide-enforcement.tsv range_end, heads_range).
    { "对直接负责的高级管理人员，给予撤职直至开除的纪律处分。",
      "enforcement 纪律处分 accountability - -" },
    { "对直接责任人员给予记大过以上直至开除公职的行政处分。",
      "enforcement 行政处分 accountability - -" },
    { "对负有责任的领导人员，分别给予警告、记过、记大过、降级直至撤职处分。",
      "enforcement 警告 accountability - - | enforcement 记过 accountability - - | "
      "enforcement 记大过 accountability - - | enforcement 降级 accountability - - | "
      "enforcement 撤职处分 accountability - -" },
    // A public fund a plan sets up is a grant; one named, or committed as a sum (the target),
    // is not; outside a plan no fund is granted (decide-enforcement.tsv mode_fund).
    { "××行动方案\n\n设立智能化技改专项资金，支持企业技术改造。",
      "enforcement 专项资金 incentive - -" },
    { "××行动方案\n\n将中小企业数字化列入中小企业发展专项资金重点支持范围。", "" },
    { "××行动方案\n\n镇财政每年安排专项资金不少于300万元。", "" },
    { "县级以上人民政府设立母婴保健专项资金。", "" },
    // The tax laws' preferences, relending and first-unit insurance are incentives; the health
    // insurance's compensation of patients is a scheme's rule.
    { "对符合条件的企业实行增值税即征即退政策。", "enforcement 即征即退 incentive - -" },
    { "用好科技创新再贷款。", "enforcement 再贷款 incentive - -" },
    { "完善首台套保险补偿机制。", "enforcement 保险补偿 incentive - -" },
    { "经大病保险补偿后，剩余费用由医疗救助兜底。", "" },
    // 人才政策 names a field of policy; the benefit granted is a record.
    { "实行更加积极、更加开放、更加有效的人才政策。", "" },
    { "对引进的人才,可享受我市相应的人才政策。",
      "enforcement 享受我市相应的人才政策 incentive - -" },
    // A reward or sanction a rule forbids is none made (decide-enforcement.tsv
    // prohibited_grant); a prohibition inside a title names a law and gives no modality
    // (rules.c drops the modal cues inside 《…》).
    { "地方各级人民政府不得以股票公开发行上市结果为条件,给予发行人或者中介机构奖励。", "" },
    { "对当事人的同一个违法行为,不得给予两次以上罚款的行政处罚。", "" },
    { "从事传销行为的,依照《禁止传销条例》的有关规定予以处罚。",
      "enforcement 处罚 financial - -" },
    { "依照《关于支持企业发展的若干措施》给予奖励。", "enforcement 奖励 incentive - -" },
    // Round 4 of the statute clause roles (decide-enforcement.tsv): a step of procedure after
    // the sanction's opening clause, the goods a seizure named, a licence seized (veto), a
    // competence statement inside one clause, a proposal of a sanction (referral), an appeal
    // split from its condition by a comma, a relative clause, a duty verb right after an
    // imposed sanction, a reward withheld (veto after a claimant's fault, else eligibility).
    { "第十五条 公安机关罚款和收缴、追缴赌博所得财物、暂扣财物,应当出具正式的决定书和开具收据。",
      "" },
    { "收缴、追缴的赌博所得财物和罚款应当全部上缴国库;", "" },
    { "城管执法部门对暂扣的物品应当妥善保管。", "" },
    { "民办非企业单位被撤销登记的,由登记管理机关收缴登记证书和印章。",
      "enforcement 收缴 veto - 登记管理机关" },
    { "对已获奖的,撤销奖励,追回奖励证书及奖金。",
      "enforcement 撤销奖励 veto - - | enforcement 追回 financial - -" },
    { "第三条 价格违法行为的行政处罚由价格违法行为发生地的地方人民政府价格主管部门决定;", "" },
    { "第二条 价格主管部门依法对价格活动进行监督检查,并决定对价格违法行为的行政处罚。",
      "enforcement 监督检查 investigation - 价格主管部门" },
    { "价格主管部门可以提出依法处罚的建议。", "enforcement 处罚 referral - 价格主管部门" },
    { "当事人对行政处罚决定不服的,可以在收到处罚通知之日起15日内,向人民法院起诉。", "" },
    { "逾期不申请复议或者不向人民法院起诉又不履行处罚决定的,由作出处罚决定的机关申请人民法院强制执行。",
      "enforcement 强制执行 coercive - 作出处罚决定的机关" },
    { "违反税收法律、行政法规应当给予行政处罚的行为,在五年内未被发现的,不再给予行政处罚。", "" },
    // 不再 before a sanction lifts it (the 通报 of the dead culprits), not only 不再给予.
    { "事故的两名直接责任人已经在事故中死亡,不再追究责任。", "" },
    // 追究…责任 does not run across the names of two documents (《…追究暂行办法》《…责任管理规定》).
    { "根据《项目负责人质量终身责任追究暂行办法》《上海市建设单位首要质量责任管理规定》等规定，制定本通知。",
      "" },
    { "违反治安管理行为在六个月内没有被公安机关发现的,不再处罚。", "" },
    { "行政机关实施行政处罚应当接受社会监督。", "" },
    { "(三)最终认定的违法事实与举报事项不一致的,不予奖励;", "" },
    { "已享受其他部门财政补助的,不再享受奖励。", "" },
    // The role of a statute's clause (decide-enforcement.tsv): relief (从轻, 减轻, 解除: no
    // sanction imposed; 从重 stays, relief from fees is a grant), an obstructed check named in
    // a condition (none when the check only modifies what is obstructed: heldout-enforcement
    // gold-2 keeps 查禁), a competence clause (由…决定 after no condition), a list of sanction
    // periods, the money of fines handed over.
    { "有下列情形之一的,应当从轻处分:", "" },
    { "违反治安管理有下列情形之一的,减轻处罚或者不予处罚:", "" },
    { "但是,解除降级、撤职处分的,不视为恢复原级别、原职务。", "" },
    { "对困难学生免除学费并给予生活补助。",
      "enforcement 免除学费 incentive - - | enforcement 补助 incentive - -" },
    { "拒绝接受依法进行的产品质量监督检查的,给予警告,责令改正;",
      "enforcement 警告 accountability - - | enforcement 责令改正 coercive - -" },
    { "阻碍人民警察依法执行查禁赌博公务的,按照有关规定处罚;",
      "enforcement 查禁 investigation - - | enforcement 处罚 financial - -" },
    { "对地方各级人民政府工作部门正职领导人员给予处分,由本级人民政府决定。", "" },
    { "本条例规定的责令停业整顿、降低资质等级和吊销资质证书的行政处罚,由颁发证书的有关行政"
      "管理部门决定;", "" },
    { "县级人民政府环境保护行政主管部门可处以一万元以下的罚款,超过一万元的罚款,报上级环境"
      "保护行政主管部门批准。", "" },
    { "违反本条例规定的,处五百元罚款,由公安机关决定。", "enforcement 罚款 financial 500元 - -" },
    { "对直接负责的主管人员,由其所在单位给予处分。",
      "enforcement 处分 accountability - 其所在单位" },
    { "给予行政机关公务员处分,应当事实清楚、证据确凿。", "" },
    { "实施监督检查,应当出示证件。", "" },
    { "查禁赌博,应当坚持社会治安综合治理的方针。", "enforcement 查禁 investigation - -" },
    { "(一)警告,6个月;", "" },
    { "(一)警告;", "enforcement 警告 accountability - -" },
    { "罚款全部上交国库,任何单位和个人不得截留、分成。", "" },
    // Clause roles of statutes, round 3 (decide-enforcement.tsv): a list's kind noun (the kinds
    // listed are the records; a heading naming the chapter stays), appeals against a sanction
    // (a check is never appealed), rules combining sanctions, anaphors (原, 该), a point of time
    // after the word in a rule, the public's right of oversight and a right to refuse a check,
    // a list of sanctions already had, names of bodies, surveys and public oversight.
    { "第六条 行政机关公务员处分的种类为:", "" },
    { "决定书应当载明行政处罚的种类和依据。", "" },
    { "第二章 处分的种类和适用", "enforcement 处分 accountability - -" },
    { "对行政处罚不服的,有权依法申请行政复议或者提起行政诉讼。", "" },
    { "复核、申诉期间不停止处分的执行。", "" },
    { "违反本规定的,处以罚款,当事人可以申请复议。",
      "enforcement 罚款 financial - -" },
    { "村委复议公示→乡镇政府复核再公示→省抽查确认。", "enforcement 抽查 investigation - 村委" },
    { "应当给予的处分种类不同的,执行其中最重的处分;", "" },
    { "行政拘留处罚合并执行的,最长不超过二十日。", "" },
    { "按照原处罚数额按日连续处罚。", "enforcement 处罚 financial - -" },
    { "受记过、记大过、降级、撤职处分的,不得晋升工资档次。", "enforcement 不得晋升 veto prohibit -" },
    { "执法人员不出示执法证件的,当事人有权拒绝接受调查或者检查。", "" },
    { "任何单位和个人都有权对城市建设规划的实施进行监督。", "" },
    { "外汇管理机关有权对前款规定事项进行监督检查。",
      "enforcement 监督检查 investigation - -" },
    { "各调查单位应当按照规定报告。", "" },
    { "由国营林场组织森林病虫害情况调查。", "" },
    { "城市建设活动必须接受公众监督和舆论监督。", "" },
    { "必须根据与捐赠人、资助人约定的期限使用。", "" },
    { "司法行政部门负责强制隔离戒毒场所的管理。", "" },
    { "××条例\n\n进行监督检查时,应当出示执法证件。", "" },
    { "××条例\n\n拒不改正的,可以自责令改正之日的次日起,按照原处罚数额按日连续处罚。",
      "enforcement 处罚 financial - -" },
    // Sanction regulations (corpus/heldout-discipline): a kind noun of sanction with no
    // imposing verb or adverb names sanctions as a topic (a modal verb with 受到 threatens
    // one; 从重, 严加, 加重 impose it); a deferral to other law hands the case over (a named
    // measure and a named law stay); a point of time or an attribute after a list of checks
    // (调查或者检查时, 调查、检查结论, 调查、处理人员); names of organs; suspension from office
    // and corrective orders of fiscal rules.
    { "法律、其他行政法规、国务院决定对行政机关公务员处分有规定的,依照该法律、行政法规、"
      "国务院决定的规定执行;", "" },
    { "非因法定事由,非经法定程序,不受处分。", "" },
    { "处分决定机关认为处分不当的,应当变更。", "" },
    { "第十条 行政机关公务员同时有两种以上需要给予处分的行为的,应当分别确定其处分。", "" },
    { "森林采伐工业部门,如果违反上述规定,应当受到处分。",
      "enforcement 处分 accountability should -" },
    { "执法犯法的,要加重处分。", "enforcement 处分 accountability should -" },
    { "第二章 处分的种类和适用", "enforcement 处分 accountability - -" },
    { "《中华人民共和国预算法》等法律、行政法规另有规定的,依照其规定给予行政处分。", "" },
    { "违反水污染防治法律、法规规定的，依照有关法律、法规的规定进行处罚。", "" },
    { "违反本条例规定的，依据有关法律、法规给予处罚。", "" },
    { "属于税收方面的违法行为,依照有关税收法律、行政法规的规定处理、处罚。", "" },
    { "违反本条例的,由公安机关依照《中华人民共和国治安管理处罚法》给予处罚。",
      "enforcement 处罚 financial - 公安机关" },
    { "××条例\n\n财政部门、审计机关、监察机关依法进行调查或者检查时,执法人员不得少于2人。", "" },
    { "××条例\n\n有关监督检查机关应当出具调查、检查结论。", "" },
    { "其他违法违纪案件调查、处理人员的回避,由处分决定机关负责人决定。", "" },
    { "任免机关可以决定暂停其履行职务。",
      "enforcement 暂停其履行职务 accountability - 任免机关" },
    { "责令改正,调整有关会计账目,追回有关财政资金。",
      "enforcement 责令改正 coercive - - | enforcement 调整有关会计账目 coercive - - | "
      "enforcement 追回 financial - -" },
    // In a report, a check done at a time is told (gold 018: 夜查时).
    { "督察组沿主要公路夜查时,发现燃烧秸秆现象。", "enforcement 夜查 investigation - -" },
    // A fee named after a reward, the proof of a reward had: no grant.
    { "通过获取股票公开发行上市奖励费等方式谋取不正当利益。", "" },
    { "近三年园区获得的市级及以上奖励证明材料。", "" },
    // The reports' relief (缓费, 缓缴, 留抵退税; bare 退税 is a tax procedure) and the
    // enforcement systems they reform; a body named after 综合行政执法 is no record.
    { "新增减税降费及退税缓费超过1100亿元。",
      "enforcement 减税 incentive - - | enforcement 降费 incentive - - | enforcement 缓费 incentive - -" },
    { "实施困难企业缓缴社会保险费。", "enforcement 缓缴 incentive - -" },
    { "纳税人申请退税，应当提供其在中国境内开设的银行账户。", "" },
    { "深化行政执法体制改革，推进综合执法试点。",
      "enforcement 行政执法体制 investigation - - | enforcement 综合执法试点 investigation - -" },
    { "开展涉企行政执法“检查码”试点。", "enforcement 涉企行政执法 investigation - -" },
    { "综合行政执法部门负责本市市容管理工作。", "" },
    // The reports' supervision regimes and aid schemes (corpus/heldout-reports 0245b); the
    // bodies and systems named after them, and the levels of an existing scheme, are none.
    { "加强重点领域综合监管改革，深化包容审慎监管。",
      "enforcement 综合监管 investigation - - | enforcement 包容审慎监管 investigation - -" },
    { "全面加强金融监管，切实增强安全可控能力。", "enforcement 金融监管 investigation - -" },
    { "配合金融监管部门做好风险处置工作。", "" },
    { "全面强化审计、统计和财会监督。",
      "enforcement 审计 investigation - - | enforcement 统计 investigation - - | "
      "enforcement 财会监督 investigation - -" },
    { "继续强化审计、监察等专项监督。",
      "enforcement 审计 investigation - - | enforcement 专项监督 investigation - -" },
    { "接受财政、审计、税务、物价等部门的监督。", "enforcement 监督 investigation - -" },
    { "强化工商行政、物价、税务、统计、计量、技术监督、卫生检疫等管理部门。", "" },
    { "精准做好高校毕业生等重点群体就业帮扶。", "enforcement 就业帮扶 incentive - -" },
    { "完善创业担保贷款等稳就业政策。", "enforcement 创业担保贷款 incentive - -" },
    { "健全城乡社会救助体系。", "enforcement 城乡社会救助 incentive - -" },
    { "稳步提高优抚、社会救助标准。", "" },
    // The housing aid system built and a floor of living support owed: no aid granted (the
    // read gold marks 2 of 15 and 1 of 7; a speech's 要强化对困难群众的兜底保障 was one).
    { "健全租购并举的住房保障体系。做好城镇低保住房困难家庭兜底保障。", "" },
    { "要强化对困难群众的兜底保障。", "" },
    // A relief word whose own object closes at a list's 、 bears on none of the measures after
    // it (解除合同 is itself one); a works stoppage and a refused filing are measures; the
    // water authorities' 稽察 is an inspection, its 特派员 a title; compulsory sorting is a
    // regime for all, the refusal to collect unsorted waste its measure (blind57).
    { "对责任单位采取停工整改、解除合同、提请相关主管部门予以通报批评或降低资质等级等措施。",
      "enforcement 停工整改 coercive - - | enforcement 予以通报批评 accountability - - | "
      "enforcement 降低资质等级 veto - -" },
    { "依法从轻或者减轻处罚。", "" },
    { "对不符合要求的车辆投放方案不予备案。", "enforcement 不予备案 veto - -" },
    { "应接受有关部门开展的稽察。", "enforcement 稽察 investigation should -" },
    { "实行稽察特派员制度。", "" },
    { "推进单位生活垃圾强制分类，执行“不分类、不收运”制度。", "enforcement 不收运 coercive - -" },
    // An occupation pursued is no check (从事…执法工作); a party's occupation in the object of
    // a check is (对…从事…的企业进行检查).
    { "从事城管执法工作二年以上。", "" },
    { "对从事房地产开发经营的企业进行现场检查。",
      "enforcement 现场检查 investigation - -" },
    // A scoring scale's deductions at a rate count records, no sanction (blind59 D001); a
    // deduction of points imposed stays one.
    { "××信用评价指引\n\n被警告、通报批评的，每条记录按10%扣分。", "" },
    { "××信用评价指引\n\n同一行为受到多项行政处罚的，按照相应最高比例扣分。", "" },
    // A grant word listed with staff pay is pay (工资、津贴、补贴); pay as an incentive is one.
    { "工作人员的工资、津贴、补贴和其他福利待遇，按照国家规定执行。", "" },
    { "完善技术工人薪酬激励机制。", "enforcement 激励机制 incentive - -" },
    // The written decision names the document (不予受理决定书); 整改通知书 orders.
    { "对申请材料不齐全的，发出不予受理决定书。", "" },
    // The names of divisions and offices are bodies.
    { "报市应急局安全生产执法监察处。", "" },
    // Legal aid is a public service, 惠企政策 the body of policies a service pushes: no records;
    // the relief policies granted and preferential policies set are incentives.
    { "为受害消费者提供法律援助。", "" },
    { "推动惠企政策精准推送。", "" },
    { "股权奖励的取得成本按实际出资额确定。", "" },
    { "主持国际标准制定修订的，资助经费30万元。", "enforcement 资助经费 incentive 300000元 - -" },
    { "落实纾困惠企政策。", "enforcement 纾困惠企政策 incentive - -" },
    { "市人民政府应当制定优惠政策，鼓励和扶持水资源保护。",
      "enforcement 优惠政策 incentive should 市人民政府 | enforcement 扶持 incentive should 市人民政府" },
    // 智慧监管 is a way of regulating, a record only when aimed at a party (as 监管); 行政强制
    // names a class of acts (行政强制法 Art. 2), 强制其… coerces.
    { "大力推行智慧监管，提升市场监管能力。", "" },
    { "规范行政强制等行政执法行为。", "" },
    { "逾期不改正的，强制其履行义务。", "enforcement 强制 coercive - -" },
    { "由相关部门追缴发放的奖金。", "enforcement 追缴 financial - 相关部门" },
    { "每年至少开展一次建设用砂质量全市飞行抽检。", "enforcement 抽检 investigation - -" },
    // A check word reaches the units named after it in its clause (单位: the statutes' parties).
    { "卫生主管部门监督企事业单位落实饮用水水源保护措施。",
      "enforcement 监督 investigation - 卫生主管部门" },
    // A subsidy standard raised is the grant made larger; a benefit level and money put to
    // raising one in a violation are none. Removal from post and strict supervision are records.
    { "有条件的地方可以适当提高价格临时补贴标准。", "enforcement 补贴 incentive - -" },
    { "将罚没收入用于提高福利补贴标准的，给予记大过处分。", "enforcement 记大过处分 accountability - -" },
    { "对于不能胜任的要及时撤换。", "enforcement 撤换 accountability should -" },
    { "要强化监管，做到阳光扶贫。", "enforcement 强化监管 investigation should -" },
    { "强化监管责任和地方金融组织经营责任。", "" },
    { "对脱贫领域的突出问题，一经举报，要追查到底。", "enforcement 追查到底 investigation should -" },
    { "开展病因学调查和病原鉴定。", "" },
    { "要引导生产企业加强市场调查，研究需求变化趋势。", "" },
    { "社会消费品零售总额扣除价格因素增长百分之十一点六。", "" },
    // Fiscal transfers, export rebates and loan renewal granted (heldout-speeches 0089, the
    // national reports); the fiscal system's structure, rates and arrears are names.
    { "要加大转移支付力度，确保基层保工资、保运转、保基本民生。",
      "enforcement 转移支付 incentive should -" },
    { "增加对产粮大县和财政困难县的转移支付。", "enforcement 转移支付 incentive - -" },
    { "完善转移支付制度，提高一般性转移支付规模和比例。", "" },
    { "整合压缩专项转移支付。", "" },
    { "(六)违反国家关于转移支付管理规定的行为；", "" },
    { "要用足用好出口退税、出口信用保险等合规的外贸政策工具。",
      "enforcement 出口退税 incentive should -" },
    { "提高出口退税率，还清出口退税欠款。", "" },
    { "完善出口退税负担机制。", "" },
    { "要加大贷款展期、续贷力度。",
      "enforcement 贷款展期 incentive should - | enforcement 续贷 incentive should -" },
    // Administrative enforcement improved and its oversight; its bodies, staff and the
    // enforcers' conduct are names (corpus/heldout-reports 0245b, the national reports).
    // Bare 行政执法 is a check word as 执法 is: a record only when aimed at a party.
    { "提升行政执法质量，基本建成全覆盖的行政执法协调监督工作体系。",
      "enforcement 行政执法协调监督 investigation - -" },
    { "加强和改善行政执法，落实行政执法责任制。",
      "enforcement 行政执法责任制 investigation - -" },
    { "行政执法是行政机关履行政府职能的重要方式。", "" },
    { "行政执法部门应当公开执法信息。", "" },
    { "（二）行政执法中损坏当事人物品的；", "" },
    { "规范行政执法自由裁量权。", "" },
    { "构建行政审批告知承诺“审批-监管-执法-信用”闭环管理机制。",
      "enforcement 监管 investigation - - | enforcement 执法 investigation - -" },
    { "持续完善农村综合帮扶机制。", "enforcement 帮扶机制 incentive - -" },
    { "建立东西部对口帮扶机制。", "" },
    { "要建立防止返贫监测帮扶机制。", "" },
    // Honours conferred are rewards; a caption naming the holders re-mentions them.
    { "向作出杰出贡献的功勋模范人物颁授共和国勋章和国家荣誉称号奖章。",
      "enforcement 颁授 incentive - -" },
    { "习近平向“人民英雄”国家荣誉称号获得者张伯礼（前排左二）颁授勋章奖章。", "" },
    // 行政强制法 Art. 12, 44: restoring and removal ordered, or done by force, are coercive;
    // 补救措施 only as the order's alternative after 采取其他.
    { "由水行政主管部门责令停止违法行为，限期恢复原状或者采取其他补救措施。",
      "enforcement 责令 coercive - 水行政主管部门 | enforcement 限期恢复原状 coercive - 水行政主管部门"
      " | enforcement 采取其他补救措施 coercive - 水行政主管部门" },
    { "责令限期拆除违法建筑物，逾期不拆除的，强行拆除。",
      "enforcement 责令限期拆除 coercive - - | enforcement 强行拆除 coercive - -" },
    { "要及时落实补救措施。", "" },
    // 监督法: the standing committees' means of supervision.
    { "必要时，可以采取执法检查、专题询问、质询、特定问题调查等方式开展监督。",
      "enforcement 执法检查 investigation - - | enforcement 专题询问 investigation - -"
      " | enforcement 特定问题调查 investigation - -" },
    { "有选举权的村民联名，可以对村民委员会成员履行职责情况提出质询。", "" },
    { "不符合条件的，不予登记。", "enforcement 不予登记 veto - -" },
    // Names: a bill of inquiry and its addressee, a survey the statutes order of a resource,
    // a decision a compulsory deregistration names; the measure itself is coercive.
    { "质询案由主席团决定交由受质询机关口头答复。", "" },
    { "教育行政部门负责对各级各类学校的控烟工作进行监督执法。",
      "enforcement 监督执法 investigation - 教育行政部门" },
    { "水行政主管部门应当每五年组织一次水土流失调查。", "" },
    { "登记机关可以作出强制除名决定。", "" },
    { "对逾期不履行的，登记机关依法强制注销。", "enforcement 强制注销 coercive - 登记机关" },
    // Oversight of a scheme's execution assigned to a department; a credit file set up for
    // the parties regulated (its contents named later are none).
    { "由当地县级人民政府水行政主管部门监督实施。",
      "enforcement 监督实施 investigation - 当地县级人民政府水行政主管部门" },
    { "市建设行政主管部门应当建立房地产开发企业信用档案。",
      "enforcement 建立房地产开发企业信用档案 - should 市建设行政主管部门" },
    { "房地产开发企业信用档案应当记载该企业的基本情况。", "" },
    // Oversight the public has a right to or is encouraged to exercise is no mechanism; an
    // authority encouraged to oversee keeps its record.
    { "鼓励、支持社会公众和新闻媒体对扶贫工作进行监督。", "" },
    { "村民会议和村民有权对本村扶贫开发进行监督。", "" },
    { "鼓励县级人民政府对扶贫资金使用情况进行监督。",
      "enforcement 监督 investigation encourage 县级人民政府" },
    // Honour and reward joined are one grant, with their verb.
    { "对做出显著成绩的单位和个人，应当给予表彰和奖励。",
      "enforcement 给予表彰和奖励 incentive should -" },
    { "对有下列情形之一的单位和个人，予以表彰或者奖励：", "enforcement 予以表彰或者奖励 incentive - -" },
    // An allotment cut back as a sanction (财政违法行为处罚处分条例 Art. 9).
    { "核减或者停止拨付工程投资。",
      "enforcement 核减 financial - - | enforcement 停止拨付 financial - -" },
    // Resources tilted toward a group, the verb ending its clause: an incentive; a tilt named
    // in passing is none.
    { "教育经费和师资向贫困地区倾斜，改善办学条件。", "enforcement 倾斜 incentive - -" },
    { "有的把项目集中倾斜到一些贫困户。", "" },
    { "向独生子女户倾斜政策实施。", "" },
};
CHECK_KIND(test_inventory, inventory_cases, ZC_KIND_ENFORCEMENT)

/* Conditions of sanctions (RECORDS.md `enforcement.condition`): openers (凡是, 对, 如有, 一经,
 * 违反), an opener right after another (凡是对), and one condition shared by the sanctions
 * listed after it; a failure to stop a violation (不予制止) is a record of its own, found lacking.
 * Each record's condition, joined by " | ". */
static const ecase condition_cases[] = {
    { "凡是对工作不到位,造成统计台帐不实的,必须加重经济处罚;",
      "凡是对工作不到位,造成统计台帐不实的" },
    { "违反本条例第十三条的规定,未经批准开展殡仪服务业务的,由民政部门责令限期改正,"
      "没收违法所得,并处以1000元以上5000元以下的罚款。",
      "违反本条例第十三条的规定,未经批准开展殡仪服务业务的 | "
      "违反本条例第十三条的规定,未经批准开展殡仪服务业务的 | "
      "违反本条例第十三条的规定,未经批准开展殡仪服务业务的" },
    { "违反本法规定,不予制止的,由市场监督管理部门没收违法所得,违法所得五万元以上的,"
      "并处违法所得一倍以上三倍以下的罚款。",
      "违反本法规定 | 违反本法规定,不予制止的 | 违法所得五万元以上的" },
    { "如有弄虚作假的,一律取消评先资格。", "如有弄虚作假的" },
    { "对排名靠后的乡镇进行约谈。", "对排名靠后的乡镇" },
    { "一经查实,立即撤销奖励。", "一经查实" },
    { "情节严重的,给予降级处分。", "情节严重的" },
    { "要加强督导。", "-" },
};
START_TEST(test_condition)
{
    zc_options o;
    zc_options_init(&o);
    zc_doc *d;
    const char *in = condition_cases[_i].in;
    ck_assert_int_eq(zc_doc_new(in, strlen(in), "t", &o, &d), ZC_OK);
    ck_assert_int_eq(zc_extract(fx_model, d), ZC_OK);
    size_t vlen;
    const char *view = zc_doc_normalized(d, &vlen);
    char buf[4096] = "";
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        if (r->kind != ZC_KIND_ENFORCEMENT)
            continue;
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "%s", n ? " | " : "");
        put_span(buf, sizeof buf, view, r->condition);
    }
    zc_doc_free(d);
    ck_assert_str_eq(buf, condition_cases[_i].want);
}
END_TEST

/* Clause context: modality strength, its scope across clauses, actors. */
static const ecase context_cases[] = {
    // The party encouraged or guided acts.
    { "鼓励各乡镇对示范户给予奖励。", "enforcement 奖励 incentive encourage 各乡镇" },
    // Market bodies a rule binds act (公司, 企业), also with the spaces of PDF text before
    // the time that bounds them.
    { "供水公司 5 个工作日内完成抢修。", "deadline 5 个工作日内 - within - - 供水公司" },
    { "物业企业应当在2日内公示。", "deadline 2日内 - within - should 物业企业" },
    // 已有的 before a noun is a state (existing), no report of the past: the order binds; the
    // closure ordered is coercive.
    { "已有的排污口,按照规定限期关闭。",
      "deadline 限期 - unspecified - - - | enforcement 限期关闭 coercive - -" },
    // 会同 and 牵头 end the actor: the verb phrase or the clause follows.
    { "县应急局要会同县市场监管局开展执法检查。",
      "enforcement 执法检查 investigation should 县应急局" },
    { "县人社局牵头,本周内完成摸底。", "deadline 本周内 - within - - 县人社局" },
    { "各级各部门在推进工作中要坚持原则,确保到九月底完成任务。",
      "deadline 到九月底 XXXX-09-30 by - must 各级各部门" },
    { "国庆期间坚决不允许任何人添乱。",
      "deadline 国庆期间 - within - prohibit -" },
    { "必须要高度重视此项工作,坚持一季度一查制度。",
      "deadline 一季度一查 - unspecified P3M must -" },
    { "公安机关要立即打击。",
      "deadline 立即 - unspecified - should 公安机关 | "
      "enforcement 打击 investigation should 公安机关" },
    { "5月26日,市禁烧办巡查了三个县区。",
      "enforcement 巡查 investigation - 市禁烧办 | statistic 三个 3个 - -" },
};
START_TEST(test_context)
{
    char buf[4096];
    records_of(context_cases[_i].in, -1, NULL, buf, sizeof buf);
    ck_assert_str_eq(buf, context_cases[_i].want);
}
END_TEST

/* Makes `dir` (a mkdtemp template) a copy of the build's dicts/ with `lines` (printf
 * escapes) appended to rules/extract.tsv, and rules.zcd compiled from it. */
static void dicts_with_rules(char *dir, const char *lines)
{
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "cp -r '%s'/. '%s'/ && printf '%s' >> '%s'/rules/extract.tsv",
             ZC_TEST_DICTDIR, dir, lines, dir);
    ck_assert_int_eq(system(cmd), 0);
    char err[1024];   // the model reads images only: compile the changed folder as dictc does
    ck_assert_msg(zc_tsv_compile_dir(dir, "rules", err, sizeof err) == ZC_OK, "%s", err);
}

static void remove_dir(const char *dir)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

/* A bad rule fails the model's load with file:line: a pattern that does not compile, a
 * target's constant arg that is no [comparator]number[unit]. */
START_TEST(test_bad_pattern)
{
    static const struct {
        const char *line, *what;
        zc_status st;
    } bad[] = {
        { "target.bad\\ttarget\\t(\\t-\\n", "rules/extract.tsv:", ZC_EREGEX },
        { "target.bad\\ttarget\\t(x)\\t=>5\\n", "a target's arg", ZC_EFORMAT },
        { "target.bad\\ttarget\\t(x)\\t>half\\n", "a target's arg", ZC_EFORMAT },
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char dir[] = "/tmp/zc_extract_XXXXXX";
        dicts_with_rules(dir, bad[i].line);
        zc_model *m = NULL;
        char err[4096] = "";
        ck_assert_int_eq(zc_model_open(dir, &m, err, sizeof err), bad[i].st);
        ck_assert_ptr_null(m);
        ck_assert_ptr_nonnull(strstr(err, "rules/extract.tsv:"));
        ck_assert_ptr_nonnull(strstr(err, bad[i].what));
        remove_dir(dir);
    }
}
END_TEST

/* Deadlines in a document of a known date (GEN: Wednesday 2024-01-10 unless the case says):
 * the calendar grammar through the whole pipeline (fullwidth digits are NFKC'd first), and
 * the times that bound no duty: a figure's reference time, the issuer's own schedule, a
 * rule's validity, a past event, an eligibility date, the timing of a reward. */
static const struct {
    const char *in, *doc, *want;
} dated_deadline_cases[] = {
    // The document a notice issues, under its own title line as the notice quotes it: a
    // title, whose year bounds nothing.
    { "关于印发《2026年某市空间智能建设工作要点》的通知\n各区:\n现予印发，请遵照执行。\n"
      "2026年某市空间智能建设工作要点\n一、加快平台建设",
      "2026-04-27", "" },
    // So as the notice's text quotes it (its title names it otherwise), and its first line
    // when the title breaks over two.
    { "某区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n各乡镇：\n"
      "《2021年崇明区城市体检工作方案》已经区政府同意，现印发给你们。\n"
      "2021年崇明区城市体检工作方案\n一、工作目标",
      "2021-09-09", "" },
    { "关于印发《2026年松江区建筑垃圾运输行业“清水行动”工作方案》的通知\n各街镇：\n现印发给你们。\n"
      "2026年松江区建筑垃圾运输行业\n“清水行动”工作方案\n一、工作目标",
      "2026-05-07", "" },
    // A rule's spans count from each case's event, not from the document date; a notice's
    // count from its date.
    { "某市供水管理办法\n供水企业应当在3个工作日内完成维修。", "2024-01-10",
      "deadline 3个工作日内 - within - should 供水企业" },
    { "关于做好供水维修的通知\n供水企业要在3个工作日内完成维修。", "2024-01-10",
      "deadline 3个工作日内 2024-01-15 within - should 供水企业" },
    // A notice's superior inspecting its addressees on a schedule, no modal verb, sets itself a
    // schedule; a plan's inspections are tasks it assigns.
    { "关于做好安全生产工作的通知\n镇安监站每季度对各村开展一次督导检查。", "2024-01-10", "" },
    { "××区消防安全整治工作方案\n会同物业每周对所在楼栋开展巡查。", "2024-01-10",
      "deadline 每周 - unspecified P1W - -" },
    // At least once every N years is a recurrence, no floor of a period; an extension's and a
    // time limit's ceiling is a span from the event.
    { "某市突发事件应对条例\n应急预案至少五年修订一次。", "2024-01-10",
      "deadline 五年修订一次 - unspecified P5Y - -" },
    { "某市集体合同条例\n争议复杂需要延期的，延长时间最长不得超过十五日。", "2024-01-10",
      "deadline 延长时间最长不得超过十五日 - within - prohibit -" },
    // A list of days sharing the last one's cue is one bound per day, the task each time.
    { "关于开展燃气安全排查整治的通知\n各单位应分别于2022年2月14日、5月16日前上报工作进展情况。",
      "2022-01-10",
      "deadline 2022年2月14日 2022-02-14 by - should 各单位 | "
      "deadline 5月16日前 2022-05-16 by - should 各单位" },
    // A calendar day (自然日) counts as a day, weekends included.
    { "关于水土保持补偿费征收的通知\n建设单位应在7个自然日内缴纳费款。", "2024-01-10",
      "deadline 7个自然日内 2024-01-17 within - should 建设单位" },
    // The holidays' busy periods and the seasons of the fire and weather rules are periods.
    { "关于加强消防安全工作的通知\n各单位要在重大节假日期间组织开展消防安全检查。", "2024-01-10",
      "deadline 重大节假日期间 - within - should 各单位" },
    // The major holidays and events of the fire-safety plans are periods too.
    { "关于加强消防安全工作的通知\n各街道要在重大活动期间组织开展消防安全检查。", "2024-01-10",
      "deadline 重大活动期间 - within - should 各街道" },
    // So is an extension's or deferral's length right after its verb.
    { "关于促进房地产市场平稳发展的若干措施\n开发企业经批准顺延三个月办理验收交付手续。", "2024-01-10",
      "deadline 顺延三个月 - within - - 开发企业" },
    // A span of effort a reply sets (no plan's title) is the window of its goals, a range's
    // upper end taken.
    { "关于报送试点实施方案的函\n通过1～2年时间，城市公共交通运行监测技术研究取得新突破。", "2022-09-20",
      "deadline 通过1~2年时间 2024-09-20 within - - -" },
    // A ceiling standing alone caps the duty's length; after 有效期 it is a validity period.
    { "关于规范性文件合法性审核的意见\n合法性审核时间一般不少于5个工作日，最长不超过15个工作日。", "2024-01-10",
      "deadline 最长不超过15个工作日 - within - - -" },
    { "第二十一条 大型户外广告设施许可有效期最长不得超过三年。", "2024-01-10", "" },
    // A ceiling after a comma still caps the span its cue opens.
    { "关于促进房地产市场平稳发展的若干措施\n可适当延长商品住房交付期限，最长不超过6个月。", "2024-01-10",
      "deadline 期限,最长不超过6个月 - within - - -" },
    // A span right before a denial is the length of a ban, in a dated rule too.
    { "某市养犬管理规定\n遗弃犬只的，三年内不予办理养犬登记。", "2024-01-10", "" },
    { "各单位须于２０２４年３月１５日前报送材料。", "2024-01-10",
      "deadline 2024年3月15日前 2024-03-15 before - must 各单位" },   // the view: NFKC
    { "各乡镇要在本周五前上报。", "2024-01-10",
      "deadline 本周五前 2024-01-12 before - should 各乡镇" },
    // A weekday in brackets restates its day: the boundary after the brackets is the day's.
    { "各单位应于2022年1月14日（周五）前将工作部署情况报市局。", "2021-12-30",
      "deadline 2022年1月14日(周五)前 2022-01-14 before - should 各单位" },
    { "各村要在农历正月十五前完成清理。", "2024-01-10",
      "deadline 农历正月十五前 2024-02-24 before - should 各村" },
    { "整改期限为3个月。", "2024-01-10", "deadline 期限为3个月 2024-04-10 within - - -" },
    { "各乡镇要建立日报制度。", "2024-01-10",
      "deadline 日报制度 - unspecified P1D should 各乡镇" },
    { "各乡镇要按季度报送工作进展。", "2024-01-10",
      "deadline 按季度 - unspecified P3M should 各乡镇" },
    { "“十三五”期间，各乡镇要完成搬迁任务。", "2016-03-01",
      "deadline “十三五”期间 2020 within - should 各乡镇" },
    // A quoted plan's name alone before what it times, and a part of its period (中期); not
    // before the name of a document in its phrase (“十四五”循环经济发展规划).
    { "力争“十四五”开工，“十五五”中期建成投运。", "2022-08-01",
      "deadline “十四五” 2025 within - strive - | deadline “十五五”中期 2028 by - strive -" },
    { "根据本市“十四五”循环经济发展规划等要求，制定本实施意见。", "2022-08-01", "" },
    // The periodic check-up of buildings is a named regime; its schedule is written apart.
    { "建立房屋定期体检制度，房龄超过25年的，每5年进行一次体检。", "2024-01-10",
      "deadline 每5年 - unspecified P5Y - -" },
    // A time in brackets right after a phase of the work is the phase's period.
    { "（二）集中整治阶段（5-7月）：开展全覆盖巡查，从严查处突出问题。", "2026-05-25",
      "deadline 5-7月 2026-07 by - - -" },
    // So is one right after the short title of a numbered step opening its sentence; a title
    // with a comma in it is running text.
    { "（一）建立工作机制（2021年8月）。结合本区实际，编制工作方案。", "2021-07-01",
      "deadline 2021年8月 2021-08 within - - -" },
    { "（一）经研究，建立工作机制（2021年8月）。", "2021-07-01", "" },
    // A plan's year opening a clause whose modal verb sets a duty, a goal's running total (累计)
    // after it.
    { "关于印发工作方案的通知\n"
      "将垃圾分类作为重要内容，2017年本区绿色账户要新增覆盖14.3万户，累计达到30.3万户。",
      "2017-07-14", "deadline 2017年 2017 within - should -" },
    // In a plan, a count of years is the plan's period before a running total or, after a
    // subject, before a modal verb of a goal; a day's hours before a total measure a limit.
    { "关于印发三年行动计划的通知\n既有运营车站出入口增加电扶梯，三年累计新增19台。",
      "2024-01-10", "deadline 三年 2027-01-10 within - - -" },
    { "关于印发三年行动计划的通知\n我区三年要完成5800亩存量违法用地整治。", "2024-01-10",
      "deadline 三年 2027-01-10 within - should 我区" },
    { "关于印发实施意见的通知\n确保客运驾驶人24小时累计驾驶时间不超过8小时。", "2024-01-10", "" },
    // A plan's ordinal year opening a clause whose modal verb sets a duty.
    { "关于印发三年行动方案的通知\n第一年完成调查；第二年应完成2200亩整治任务量。", "2024-03-01",
      "deadline 第二年 2025 within - should -" },
    // 请 heads a notice's request to its addressees; 请求 and 可再生 hold no modal verb.
    { "请结合本单位实际，抓紧做好落实工作。", "2024-01-10",
      "deadline 抓紧 - unspecified - should -" },
    { "你省请求，中央对隧道建设抓紧予以支持。", "2024-01-10", "" },
    { "区发展改革委督促推进可再生能源建设，每年向区委报告贯彻落实情况。", "2024-01-10",
      "deadline 每年 - unspecified P1Y - 区发展改革委" },
    // The line after an attachment's label is the attachment's title: its year bounds nothing.
    { "关于印发指导意见的通知\n各有关单位：\n现将指导意见印发给你们。\n附件2\n"
      "2023年上海市环卫行业工资福利待遇工作指导意见\n一、各企业要在2023年底前完成调整。",
      "2023-08-23", "deadline 2023年底前 2023-12-31 before - should 各企业" },
    // So is the line after a table's label (附表: cues.tsv attachment, as 附件).
    { "关于印发指导意见的通知\n各有关单位：\n现将指导意见印发给你们。\n附表1\n"
      "2023年上海市环卫行业工资福利待遇工作指导意见\n一、各企业要在2023年底前完成调整。",
      "2023-08-23", "deadline 2023年底前 2023-12-31 before - should 各企业" },
    // A plan's period (时期 as 期间) framing goals; one dating a noun phrase, entered or asked
    // about is no bound.
    { "“十四五”时期，形成供应租赁住房超过42万套。", "2021-07-28",
      "deadline “十四五”时期 2025 within - - -" },
    { "二、“十二五”时期消防工作的主要任务", "2011-05-01", "" },
    { "从明年开始，我国将进入“十四五”时期，这是开启全面建设新征程的五年。", "2020-10-30", "" },
    { "“十四五”时期如何适应社会结构的深刻变化，是重大课题。", "2020-10-30", "" },
    { "各乡镇要在2024/05/20前完成。", "2024-01-10",
      "deadline 2024/05/20前 2024-05-20 before - should 各乡镇" },
    { "到2027年，累计培育瞪羚企业1000家。", "2025-03-03", "deadline 到2027年 2027 by - - -" },
    { "到2027年，累计培育瞪羚企业1000家。", NULL, "deadline 到2027年 2027 by - - -" },
    { "须于2025年1月14日17:00前提交。", "2025-01-06",
      "deadline 2025年1月14日17:00前 2025-01-14 by - must -" },
    { "截至2023年底，全市已建成5G基站2万个。", "2024-01-10", "" },
    { "我部将定期跟踪调研各试点城市工作开展情况。", "2024-01-10", "" },
    { "本办法自2024年1月1日起施行。", "2024-01-10", "" },
    { "自2016年起，聚焦重点制造领域开展试点示范。", "2016-05-01", "" },
    { "2019年8月5日至8日，总理赴你省考察。", "2024-01-10", "" },
    { "项目牵头申报单位注册时间为2018年5月31日前。", "2019-06-01", "" },
    // A date a grant's condition names the set from (heldout-genres 0264; GUIDELINES.md).
    // An event bound with a title inside and a figure in the next clause (附件2: a skip, no
    // time to anchor), and a filing as the event (heldout-genres 0178).
    { "企业应在提交《公告》新产品准入申请材料时，按附件2申报参数。", NULL,
      "deadline 提交《公告》新产品准入申请材料时 - on - should 企业" },
    { "涉及变更参数的应在备案前向工业和信息化部申报。", NULL,
      "deadline 备案前 - before - should -" },
    // A bare kind of regulated party is every addressee of that kind, no named body whose own
    // schedule it would be (heldout-genres 0178); a named organ's stays its own.
    { "汽车产品取得准入许可后，企业及时向市场监管总局提交测试方案。", NULL,
      "deadline 及时 - unspecified - - 企业" },
    { "对2018年1月1日后完工的技改项目，按新增财力的50%奖补给企业。", "2019-01-03", "" },
    { "对2018年后开工、实际完成投资额达500万元以上的，按照10%给予补助。", NULL, "" },
    { "每年奖励最高100万元。", "2024-01-10", "" },
    { "引导资金视财力状况逐年增加。", "2024-01-10", "" },
    { "经营满一年的给予一次性奖励1万元。", "2024-01-10", "" },
    { "据公安年报统计，全县总人口为565012人。", "2024-01-10", "" },
    { "各乡镇要定期不定期开展检查。", "2024-01-10",
      "deadline 定期 - unspecified - should 各乡镇" },
    { "要确保6月初步建成平台。", "2024-01-10", "deadline 6月 2024-06 within - must -" },
    { "报名时间截止到1月31日。", "2024-01-10", "deadline 截止到1月31日 2024-01-31 by - - -" },
    { "申报工作截至2月29日结束。", "2024-01-10",
      "deadline 截至2月29日结束 2024-02-29 by - - -" },
    { "截至3月末，备春耕生产所需资金到位率达92%。", "2024-01-10", "" },
    // A five-year plan's period opening a clause of a plan's tasks times the task, with no
    // relation cue; a header cell of it (“十五五”目标) does not.
    { "某市能源领域碳达峰实施方案\n\n“十五五”重点建设横沙、崇明海域项目，建成深远海海上风电示范。\n“十五五”目标",
      "2022-07-01", "deadline “十五五” 2030 within - - -" },
    // A five-year plan's period in a heading names the part below; in its text it bounds.
    { "某区生态空间建设规划\n\n四、“十四五”期间主要任务\n“十四五”期间，新增绿地500公顷。", "2021-03-01",
      "deadline “十四五”期间 2025 within - - -" },
    // A task table one cell a line: the times under its column of due times are the rows'
    // deadlines, even before the document's date (a plan drafted before its issue); a table
    // with no such column, or a header of row numbers between, leaves its times alone. A
    // label before a colon does the same.
    { "某区工作方案\n序号\n任务名称\n完成时限\n责任部门\n1\n推进体系建设\n11月底\n各街镇\n"
      "2\n完善平台\n3月\n市城投集团\n3\n加强宣传培训\n全年\n办公室",
      "2024-01-10",
      "deadline 11月底 2024-11-30 by - - 各街镇 | deadline 3月 2024-03 within - - 市城投集团 | "
      "deadline 全年 2024 within - - 办公室" },
    // The whole year elsewhere is a scope of results or goals, no bound.
    { "关于做好应急管理工作的讲话\n要确保全年应急安全目标圆满完成。", "2024-11-10", "" },
    { "某区工作方案\n完成时限\n责任部门\n序号\n项目\n1\n推进体系建设\n11月底\n各街镇", "2024-05-10",
      "" },
    { "某区工作方案\n序号\n任务名称\n责任部门\n1\n推进体系建设\n11月底\n各街镇", "2024-05-10", "" },
    { "某区工作方案\n（一）制定方案（责任部门：市水务局。时间节点：5月完成）", "2024-01-10",
      "deadline 5月 2024-05 within - - 市水务局" },
    { "今冬明春，各乡镇要集中开展整治。", "2024-11-10",
      "deadline 今冬明春 2025-SP by - should 各乡镇" },
    { "“十四五”末，全县森林覆盖率要达到65%。", "2021-03-01",
      "deadline “十四五”末 2025 by - should -" },
    { "3月9日，科技部正式发布支持济南建设试验区的函。", "2020-05-01", "" },
    { "贷款发放后，将借款凭证及时报区助保贷办公室。", "2024-01-10",
      "deadline 及时 - unspecified - - -" },
    { "科技部将适时对试验区建设情况开展考核评估。", "2024-01-10", "" },
    { "县委督查室将采取明察暗访等方式开展督查，每周通报一次进展情况。", "2024-01-10", "" },
    { "三、进度安排\n（一）启动期（2024年5—6月）\n完成报名工作。", "2024-01-10",
      "deadline 2024年5—6月 2024-06 by - - -" },
    // A range of years writing 年 once heads a plan's goals; 近期目标 names them; the period in
    // the brackets of a plan's name names the document.
    { "××行动方案\n（三）目标\n1. 总体目标（2013-2025年）\n产业规模大幅提高。\n"
      "2. 近期目标（2013—2015年）\n形成一批产业集群。", "2013-01-10",
      "deadline 2013-2025年 2025 by - - - | deadline 2013—2015年 2015 by - - -" },
    { "××市支持独角兽企业行动计划（2025—2027年）\n为深入贯彻…，制定本计划。", "2025-03-03", "" },
    // So does a plan's near-term phase as a name (近期建设规划, 近期项目清单).
    { "××区城市更新行动方案\n推动嘉闵线南延伸纳入近期建设规划，制定对应的行动计划与近期项目清单。",
      "2024-01-10", "" },
    { "关于开展督查的通知\n各乡镇每周五前将进展情况报县安委办。", "2024-01-10",
      "deadline 每周五前 XXXX-WXX-5 before P1W - 各乡镇" },
    // A document year alone (read from its text) rules out only earlier full dates.
    { "到2025年，地震智能分类系统实现业务化运行。", "2035", "deadline 到2025年 2025 by - - -" },
    { "注册时间为2018年5月31日前。", "2019", "" },
    // Four digits before 年 are the year as written, whatever the value (a copy with altered
    // digits); other notations of a year need 1000-2999 (上下五千年 is no time).
    { "到4549年，建成一批应用场景。", "-", "deadline 到4549年 4549 by - - -" },
    { "0640年底前，完成全部改造任务。", "-", "deadline 0640年底前 0640-12-31 before - - -" },
    { "执行期到2019年12月31日之前的在研项目不在限项范围内。", "2019-06-01", "" },
    { "县委决定开展为期100天的整治行动。", "2024-01-10", "" },
    { "2024年度城乡居民医保集中征缴工作于9月1日启动。", "2023-11-22", "" },
    { "一、主要目标\n2016年启动50个以上试点示范项目。", "2016-05-01",
      "deadline 2016年 2016 within - - -" },
    // A year, not before the document's, opening a clause of a plan over a figure in it is the
    // goal's year; in a report it names a time.
    { "××市扩大消费若干措施\n支持体育场馆开放，2025年推动首批95个公共体育场馆免费开放。", "2025-11-06",
      "deadline 2025年 2025 within - - -" },
    { "××市2025年国民经济和社会发展统计公报\n支持体育场馆开放，2025年推动首批95个公共体育场馆免费开放。",
      "2025-11-06", "" },
    // A goal's modal verb may stand before the year that opens the clause.
    { "××市扩大消费若干措施\n设置双语标识标牌，力争2025年重点商圈支付环境改造率达100%。", "2024-05-01",
      "deadline 2025年 2025 within - strive -" },
    { "各乡镇要做好国庆期间的信访维稳工作。", "2024-01-10",
      "deadline 国庆期间 2024-10-01 within - should 各乡镇" },    // The issuer's own schedule: named bodies, no modal verb; another's duty after 责令.
    { "工业和信息化部、公安部及时对车辆运行情况进行评估。", "2024-01-10", "" },
    // In a plan a named body's recurrence with no modal verb is a task the plan assigns it,
    // unless it aims at the bodies below (对各单位): the superior's own rounds of supervision.
    { "某区防汛工作方案\n二、工作措施\n居委会同物业每周对所在楼栋开展巡查。", "2024-01-10",
      "deadline 每周 - unspecified P1W - 居委会" },
    { "某区防汛工作方案\n二、工作措施\n区防汛办每天对各单位值班情况进行电话抽查。", "2024-01-10", "" },
    // In a plan a named body's vague time with no modal verb is a task the plan assigns it.
    { "某区消防安全工作方案\n二、工作措施\n区消防救援支队及时对社区开展消防宣传教育。",
      "2024-01-10", "deadline 及时 - unspecified - - 区消防救援支队" },
    // A plan's range of years opening a clause over a goal figure bounds it, as a date does.
    { "某区城市综合交通体系建设工作方案\n二、主要任务\n2024年-2025年创建60个停车资源优化项目。",
      "2024-12-30", "deadline 2024年-2025年 2025 by - - -" },
    // Whom a duty serves or moves, described (向…的失业人员, 面向…企业), is no named body acting
    // on its own schedule: the plan's duty stays one.
    { "某市就业工作方案\n二、主要措施\n向符合条件的失业人员及时足额发放失业保险金。", "2024-01-10",
      "deadline 及时 - unspecified - - -" },
    { "某市就业工作方案\n二、主要措施\n面向人工智能企业定期发布场景机会。", "2024-01-10",
      "deadline 定期 - unspecified - - -" },
    // 将 as the object marker of a disposal (将…转化为) is no future: the plan's duty stays one;
    // the issuer's 将 + verb keeps its schedule its own.
    { "某区实施方案\n二、主要任务\n将适合我国制造业发展需求的国际标准适时转化为国家标准。",
      "2024-01-10", "deadline 适时 - unspecified - - -" },
    { "某区实施方案\n二、主要任务\n发展改革委将加强统筹，适时启动项目审核。", "2024-01-10", "" },
    // A plan's dated goal with no relation cue (2027年底…达60%以上) is bounded by its date; a
    // holiday schedule's working days (2月2日（星期六）…上班) are none.
    { "某区实施方案\n二、主要任务\n2027年底完整社区覆盖率达60%以上。", "2024-01-10",
      "deadline 2027年底 2027-12-31 by - - -" },
    { "国务院办公厅关于2019年部分节假日安排的通知\n二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。",
      "2018-12-06", "deadline 2月4日至10日 2019-02-10 by - - -" },
    // A plan's date opening a clause of its tasks bounds them with no figure too (2021年底，
    // 基本完成…; 2021年上半年确定…); a date line under the issuer and a date after a label
    // (发布时间：) are none, and so is a day written opening a clause (2月2日…上班).
    { "关于加快推进生态公园带建设的实施方案\n5.加快推进楔形绿地前期研究。2021年底，基本完成控制性详细规划编制。",
      "2021-05-20", "deadline 2021年底 2021-12-31 by - - -" },
    { "关于加快推进生态公园带建设的实施方案\n结合林地专项规划编制，2021年上半年确定造林空间落地方案。",
      "2021-05-20", "deadline 2021年上半年 2021-H1 within - - -" },
    { "关于加快推进生态公园带建设的实施方案\n请认真按照执行。\n上海市人民政府办公厅\n2021年5月20日\n",
      "2021-05-20", "" },
    { "某县2023年环境卫生整治行动工作方案\n发布时间：2023-03-06　来源：县爱卫办\n", "2023-03-06", "" },
    // A policy's validity is no bound (GUIDELINES.md: validity periods).
    { "某市关于促进房地产市场平稳健康发展的若干措施\n对受疫情影响的企业给予房租补贴，实施时限暂定至2022年底。",
      "2022-05-10", "" },
    { "某市若干措施\n本政策措施自2022年6月1日起实行，有效期至2023年12月31日止。", "2022-05-10", "" },
    { "某市若干措施\n自本意见印发之日起至2023年12月31日前，房地产开发企业可分期缴纳土地出让金。",
      "2022-05-10", "" },
    { "某市若干措施\n自本通知下发次日起，本市户籍成年单身人士限购1套住房。", "2022-05-10", "" },
    // A span an event before it in its sentence starts (…收到异议后，…应当在3个工作日内) has no
    // date (GUIDELINES.md: spans counted from an event).
    { "关于加强工资支付监管的通知\n总包单位收到异议后，项目负责人应当在3个工作日内回复建筑工人。",
      "2025-07-07", "deadline 3个工作日内 - within - should 项目负责人" },
    // A span right after the issue of the notice bounds the duty a modal verb states.
    { "关于推进智慧工地建设的通知\n已完成场景建设的项目，应在本通知发布1个月内完成数据接入。",
      "2026-04-23", "deadline 1个月内 2026-05-23 within - should -" },
    // A plan's year from which a task runs, opening its clause (从2019年起，…; 2020年起，…),
    // is the task's start; the same year reporting what was done, or a rule's first day, is not.
    { "某市职业教育改革实施方案\n从2019年起，在有条件的地区探索实施试点工作。", "2019-02-13",
      "deadline 2019年起 2019 after - - -" },
    { "某市职业教育改革实施方案\n2020年起，在全市推行学分银行制度。", "2019-02-13",
      "deadline 2020年起 2020 after - - -" },
    { "某市职业教育改革实施方案\n从2015年起，全市已建成实训基地，成效明显。", "2019-02-13", "" },
    { "某市职业教育改革实施方案\n本方案自2019年3月1日起施行。", "2019-02-13", "" },
    // A deictic period right before a noun phrase inside its clause is the period of what is
    // reported; before a verb it times the act.
    { "关于开展专项行动的通知\n各区水务局每月25日前将当月安全风险隐患专项整治情况报市水务局。",
      "2024-05-24", "deadline 每月25日前 XXXX-XX-25 before P1M - 各区水务局" },
    { "关于开展专项行动的通知\n各区于每季度末上报本季度工作进展及下季度工作计划。", "2024-05-24",
      "deadline 每季度末 - by P3M - 各区" },
    { "关于推进政务服务的通知\n补办证书等业务在受理当日办结。", "2024-05-24",
      "deadline 当日 - within - - -" },
    // So is a five-year plan's period; opening its clause it bounds the clause's tasks.
    { "某区住房发展“十五五”规划\n各区要合理制定“十五五”期间土地供应计划。", "2026-03-01", "" },
    { "某区住房发展“十五五”规划\n“十五五”期间，全区新增供应保障性租赁住房2万套。", "2026-03-01",
      "deadline “十五五”期间 2030 within - - -" },
    // A phase's due date in brackets after it, months before the plan's issue in its year.
    { "某区农村房屋安全隐患排查整治工作方案\n（一）全面部署（2020年12月9日前）\n1.建立工作小组。",
      "2020-12-21", "deadline 2020年12月9日前 2020-12-09 before - - -" },
    // A plan's task due months before the plan's issue, in its year, was set when it was
    // drafted; in an earlier year, or reported as done, it is history.
    { "某区排水管理体制改革实施方案\n2025年6月底前，区水务局完成移交清单建立。", "2025-08-28",
      "deadline 2025年6月底前 2025-06-30 before - - 区水务局" },
    { "某区排水管理体制改革实施方案\n2024年6月底前，区水务局完成移交清单建立。", "2025-08-28", "" },
    { "某区排水管理体制改革实施方案\n2025年6月底前，区水务局已完成移交清单建立。", "2025-08-28",
      "" },
    // A range of months filling the bracketed note that closes a task item is the item's
    // window, by its end; a range of years there names a plan's period.
    { "某区排水管理体制改革实施方案\n2.移交清单建立。区建设管理委完成移交清单现场盘点。"
      "（2025年6月—2025年9月）\n3.人员意愿征询。", "2025-05-20",
      "deadline 2025年6月—2025年9月 2025-09 by - - 区建设管理委" },
    { "某区排水管理体制改革实施方案\n一、工作目标\n全面完成排水设施移交。（2024-2026年）\n",
      "2024-03-20", "" },
    // A task's bracketed note that gives its limit first is a bound by that time, though the
    // plan's date is later (a plan drafted before its issue); the body before 牵头 leads it.
    { "关于印发某市公共资源交易平台升级改造工作方案的通知\n1．建立工作协调机制。要研究重大事项。"
      "（2020年2季度完成，市发展改革委牵头，市政府办公厅配合）", "2020-07-10",
      "deadline 2020年2季度 2020-Q2 by - - 市发展改革委" },
    // A plan year right before a verb of completion, perhaps after an adverb, bounds the work
    // (“2030年基本完成…改造”的总体目标); a year before the document's reports it.
    { "某区住房发展“十五五”规划\n围绕“2030年基本完成不成套职工住宅改造”的总体目标，加快推进。",
      "2026-07-30", "deadline 2030年 2030 within - - -" },
    { "某区住房发展“十五五”规划\n围绕“2024年基本完成不成套职工住宅改造”的总体目标，加快推进。",
      "2026-07-30", "" },
    // With a figure in its clause the year is the figure's time, decided by the rows of figures
    // (an undated profile: 2020年实现产值3779万元).
    { "某县医药产业发展情况\n公司2020年实现产值3779万元。", NULL, "" },
    // A year opening a line with at most a column's word is a header of a task table one
    // cell a line (2024年工作任务, 2025年工作计划), no bound.
    { "关于印发综合交通体系建设任务分解表的通知\n序号\n内容\n牵头部门\n2024年工作任务\n2025年工作计划\n"
      "1\n完善路网\n市交通委\n完成规划编制\n开工建设", "2024-03-01", "" },
    // 含 is a no-bound cue only as a bracket's note ((含当日) after a policy's start); in a
    // list of enclosures it leaves the deadline after it.
    { "某市若干措施\n自本措施印发之日起（含当日），开竣工违约金标准按本规则执行。", "2022-05-10", "" },
    { "某区节能减排专项资金申报指南\n并将申报表（1式3份）和附件（1份，含材料清单）原则上于4月3日（周五）前"
      "将申报材料报送至相关受理部门。", "2026-03-16", "deadline 4月3日(周五)前 2026-04-03 before - - -" },
    { "某市若干措施\n新毕业生（毕业5年内）购买新建商品住房的，给予补贴。", "2022-05-10",
      "" },
    // A time before a grant with a condition between is who gets the benefit (an eligibility
    // window); a grant the time bounds with no condition between is a task.
    { "某市若干措施\n对在2022年4月25日至2022年12月31日期间缴纳契税的购房人，给予已缴契税20%的补贴。",
      "2022-04-20", "" },
    { "某市若干措施\n自2023年1月1日至2023年12月31日，购买新建商品住房的二孩家庭，政府每平方米补贴100元。",
      "2022-12-20", "" },
    { "某市若干措施\n经营性文化事业单位转制为企业后，五年内免征企业所得税。", "2022-12-20", "" },
    { "某市若干措施\n对申请设置大型户外广告设施的，自受理之日起七个工作日内作出是否给予行政许可的决定。",
      "2022-12-20", "deadline 七个工作日内 - within - - -" },
    { "某市若干措施\n二季度前完成项目供地手续，落实财政资金。", "2022-12-20",
      "deadline 二季度前 2023-Q2 before - - -" },
    // A span alone in its clause before a ban is the ban's length; a named period, its season.
    { "自取得不动产权证之日起3年内，不得申请办理转让。", "2022-05-10", "" },
    { "第二十一条 森林防火期内，禁止在森林防火区野外用火。", "2022-05-10",
      "deadline 森林防火期内 - within - prohibit -" },
    { "国家能源局、国家矿山安全监察局建立定期通报制度。", "2024-01-10", "" },
    // 负责 charges a named body with the act (a division of labour): a duty; not 负责任.
    { "市财政局负责及时核实拨付各类资金。", "2024-01-10",
      "deadline 及时 - unspecified - - 市财政局" },
    { "我们本着公开、透明、负责任的态度，第一时间公布诊疗方案。", "2024-01-10", "" },
    { "公众获取基本公共服务更加方便、及时、高效。", "2024-01-10", "" },
    { "构建内容丰富、形式多样、及时可靠的城市公共交通出行信息服务体系。", "2024-01-10", "" },
    { "各地要加强监测、及时报告。", "2024-01-10", "deadline 及时 - unspecified - should 各地" },
    { "各地要把信访工作作为近期的一项重要任务。", "2024-01-10",
      "deadline 近期 - unspecified - should 各地" },
    { "由民政部门责令停止违法活动，限期改正。", "2024-01-10",
      "deadline 限期 - unspecified - - 民政部门" },
    // A named body repeats its own act (no modal, no quota); a quota's recurrence stays.
    { "区防汛办每月通报一次抽查结果。", "2024-01-10", "" },
    { "镇级河长每月巡河不少于1次。", "2024-01-10", "deadline 每月 - unspecified P1M - 镇级河长" },
    // The period of a rate per unit (每年每公里) schedules nothing.
    { "关于农村公路养护的实施方案\n镇级资金不得低于乡道每年每公里5000元。", "2024-01-10", "" },
    // The issuer's own call or evaluation cycle, with no modal verb; an addressee's duty stays.
    { "考核工作每年开展一次，于次年1月底前完成。", "2024-01-10", "" },
    { "××绩效考核实施方案\n考核工作每年开展一次，各省份于2019年11月底前完成对辖区内医院的考核。",
      "2019-05-01",
      "deadline 2019年11月底前 2019-11-30 before - - 各省份" },
    // A verb of completion right after a bound: the task's limit, though a publication verb
    // opens the clause (a task table flattened into one line).
    { "××行动方案\n时间进度1发布一批科技成果包科技部会同有关部门2016年6月底前完成", "2016-05-09",
      "deadline 2016年6月底前 2016-06-30 before - - -" },
    { "省工业和信息化厅开展培育认定工作，每年下发通知组织申报。", "2024-01-10", "" },
    { "（四）评估期（2025年9—10月）\n组织专家开展评审。", "2024-01-10", "" },
    { "县整治办每季度末组织一次暗访，年底前完成年度考核。", "2024-01-10", "" },
    { "获准施工的海底电缆在施工前或施工中如需变动，所有者应当及时向主管机关报告。", "2024-01-10",
      "deadline 及时 - unspecified - should 所有者" },
    { "为深刻吸取近期外地燃气爆炸事故教训，决定开展专项排查整治。", "2024-01-10", "" },
    // A year after a future cue and a weak lead cue is the time of an act announced; a year
    // named alone bounds nothing.
    { "中方将于明年在重庆举行数字经济产业论坛。", "2020-11-10",
      "deadline 明年 2021 by - - 中方" },
    { "明年本组织将迎来成立20周年华诞。", "2020-11-10", "" },
    // An expected result (预计, 有信心) with no modal verb of a duty: a forecast.
    { "预计今年发展目标可以如期完成。", "2020-10-29", "" },
    { "预计解决管网配套问题后，每年可实现经济效益4200多万元。", "2004-01-10", "" },
    { "预计今年各地必须如期完成整改。", "2020-10-29",
      "deadline 如期 - unspecified - must -" },
    // The speaker's own account (a first person subject, no modal verb of a duty, no future
    // cue) bounds no duty; 我们要… and 我们将… keep theirs, 我国 is no first person subject.
    { "从7月下旬到9月下旬，我先后主持召开企业家座谈会。", "2020-11-03", "" },
    { "我时刻关注着疫情防控工作，每天都作出口头指示和批示。", "2020-02-23", "" },
    { "我们本着负责任的态度，第一时间向世界卫生组织通报疫情信息。", "2020-05-18", "" },
    { "春节前后我县开展安全生产大检查。", "2021-01-20",
      "deadline 春节前后 2021-02-12 around - - -" },
    // The situation a speech describes after a festival bounds no duty (heldout h05).
    { "春节前后人员流动大幅增加，我县疫情防控形势复杂严峻。", "2021-01-20", "" },
    // Events a speech reports as having occurred, a figure reported of a holiday period, a
    // superior's own schedule announced with 将 after the time, and a review with the local
    // leadership as subject bound no duty; the same times a modal verb governs stay.
    { "近期全县连续出现大风天气，部分乡镇受灾较重。", "2021-01-20", "" },
    { "近期，我县接连发生两起道路交通事故，造成3人死亡。", "2021-01-20", "" },
    { "近期，全县气温持续偏高，森林火险等级居高不下。", "2021-01-20", "" },
    { "国庆期间全县接待游客12万人次，实现旅游收入5亿元。", "2021-10-12", "" },
    { "国庆期间，各单位要严格落实值班制度。", "2021-09-20",
      "deadline 国庆期间 2021-10-01 within - should 各单位" },
    { "近期，省里将组织督查组对各地安全生产工作进行检查。", "2021-01-20", "" },
    { "近期省里将组织督查组对各地安全生产工作进行检查。", "2021-01-20", "" },
    // 将 right after the time is the object marker 把: the act stays timed (heldout-deadlines).
    { "对于未进入答辩评审的申报项目，及时将评审结果反馈项目申报单位和负责人。", "2024-01-10",
      "deadline 及时 - unspecified - - -" },
    { "近期，各乡镇要组织开展一次安全隐患大排查。", "2021-01-20",
      "deadline 近期 - unspecified - should 各乡镇" },
    { "县委县政府高度重视，第一时间启动应急预案，迅速组织力量开展救援。", "2021-07-20", "" },
    { "市委、市政府高度重视，及时召开专题会议研究部署。", "2021-07-20", "" },
    { "在县委县政府的坚强领导下，全县上下第一时间行动起来，迅速开展抢险救灾。", "2021-07-20", "" },
    { "在县委县政府的坚强领导下，各乡镇要第一时间组织力量开展排查。", "2021-07-20",
      "deadline 第一时间 - unspecified - should 各乡镇" },
    { "县委县政府要第一时间研究解决群众反映的问题。", "2021-07-20",
      "deadline 第一时间 - unspecified - should 县委县政府" },
    { "我们要在今年底前完成任务。", "2020-02-03", "deadline 今年底前 2020-12-31 before - should -" },
    { "在这一年内，我们应当积极修筑川黔铁路。", "1958-02-03",
      "deadline 一年内 1959-02-03 within - should -" },
    // 年内 is this year; 年度内 after the kind of year it counts is a rule's scope.
    { "各乡镇要在年内完成改造任务。", "2021-03-01", "deadline 年内 2021 within - should 各乡镇" },
    { "具体扣除方式在一个纳税年度内不能变更。", "2021-03-01", "" },
    { "对同一种商品，在同一会计年度内不得重复实施定价。", "2021-03-01", "" },
    { "各单位应当在本年度内完成整改。", "2021-03-01",
      "deadline 本年度内 2021 within - should 各单位" },
    // A judgement 是…的 (timely, possible) bounds nothing; a task named with 是 keeps its bound.
    { "实践证明，各项工作部署是及时的，采取的举措是有力有效的。", "2020-02-23", "" },
    { "认为到2035年实现经济总量翻一番，是完全有可能的。", "2020-11-03", "" },
    { "认为到2035年必须实现经济总量翻一番，是完全有可能的。", "2020-11-03",
      "deadline 到2035年 2035 by - must -" },
    { "到2035年实现经济总量翻一番，是我们的重要任务。", "2020-11-03",
      "deadline 到2035年 2035 by - - -" },
    // 今后, 未来 open a span from the document date: the window of a duty its modal verb, a
    // later clause's or a future cue states; a period named or judged bounds nothing
    // (corpus/heldout-speeches 0068, heldout-blind4 0092, 1983 and 1993 reports).
    { "今后3年，要先把需要搬迁的应搬尽搬。", "2018-02-12",
      "deadline 今后3年 2021-02-12 within - should -" },
    { "中方将继续办好交流营活动，在未来3年为各方提供600名青年交流名额。", "2020-11-10",
      "deadline 未来3年 2023-11-10 within - - 中方" },
    { "今后五年是实现第二步战略目标的关键性五年。", "1993-03-15", "" },
    // A year named deictically opening a clause a modal verb of a duty governs bounds the
    // directive, within the year (corpus/heldout-speeches 0068, 0089); heading the list of
    // tasks it is the plan year (heldout-reports 0245a). Framing a quota or a figure it is the
    // figure's period (heldout h21, h26), as an attribute, a forecast or an item count's is not.
    { "今年，要突出抓好各级扶贫干部学习培训工作。", "2018-02-12",
      "deadline 今年 2018 within - should -" },
    { "今年脱贫攻坚要全面收官。", "2020-02-23", "deadline 今年 2020 within - should -" },
    { "今年重点做好以下工作。", "2024-01-23", "deadline 今年 2024 within - - -" },
    { "今年要着重查处三个方面的案件。", "1990-03-20", "deadline 今年 1990 within - should -" },
    { "今年全镇要新改造户厕350户。", "2024-03-01", "" },
    { "今年要扩大杂交水稻面积一千五百万亩。", "1991-03-25", "" },
    { "今年，二氧化碳排放强度要降低3.1%以上。", "2015-03-05", "" },
    { "今年的粮食生产要在稳定总量的同时，增加优质粮食品种的生产。", "1999-03-05", "" },
    { "铁路客货周转量今年预计可以等于一九五○年的两倍以上。", "1954-09-23", "" },
    { "综合分析各种因素，未来五年国际环境总体上对我国发展有利。", "2006-03-05", "" },
    { "在今后三年内，必须把现有企业整顿一遍。", "1982-11-30",
      "deadline 今后三年内 1985-11-30 within - must -" },
    // A supposition, a forecast later in the clause, a permission with a recurrence (a
    // capacity), a year before 的 as a modifier, a judgement of significance and an account of
    // the past years bound nothing; a consequence a duty states keeps its bound.
    { "如果把这几笔钱都算进去，则五年内为发展农业的资金总数将接近于工业的投资数字。", "1955-07-05", "" },
    { "如果没有明确的规定可资遵循，要及时向上级请示报告。", "1985-03-27",
      "deadline 及时 - unspecified - should -" },
    { "五年内预计农民新建住宅二十五亿平方米。", "1982-11-30", "" },
    { "如果每件棉纱平均少用两斤棉花，全国每年就可以至少增产两万件棉纱。", "1955-07-05", "" },
    { "新增加的发电设备能力为九十多万千瓦，每年可发电四十五亿度以上。", "1958-02-03", "" },
    { "１９８２年的计划，要求工农业总产值的增长速度提高到４％。", "1981-11-30", "" },
    { "对如期全面建成小康社会具有十分重要的意义。", "2018-02-12", "" },
    { "两年来基本建设计划，每年都接近完成。", "1955-07-05", "" },
    { "从一九七六年到一九八五年是关键的十年。", "1978-02-26", "" },
    { "某区市容环境“十五五”规划\n“十五五”时期，是上海加快建设“五个中心”的关键五年。", "2026-03-01",
      "" },
    // A plan's period in its account of the setting, with no duty a modal verb states.
    { "某区节能降碳“十五五”规划\n二、面临形势\n“十五五”期间，国家将积极推动重点领域绿色低碳转型。",
      "2026-03-01", "" },
    { "我们及时将全国总体防控策略调整为“外防输入、内防反弹”。", "2020-09-08", "" },
    { "按照前几年每年贫困发生率下降3至4个百分点的速度。", "2018-02-12", "" },
    { "互联网普及率从2012年的42.1%提高到2021年的73%。", "2022-11-07", "" },
    { "“九五”期间的宏观调控目标，年均经济增长速度为８％左右。", "1996-03-05", "" },
    { "要切实做好国庆期间的信访稳定工作。", "2021-09-20",
      "deadline 国庆期间 2021-10-01 within - should -" },
    { "扩大人工草场面积，计划由一九八○年的三千二百万亩增加到一九八五年的一亿亩。", "1982-11-30",
      "deadline 到一九八五年 1985 by - - -" },
    // A photo caption and a speech's date line date a picture or the speech.
    { "这是2020年6月23日拍摄的核酸检测实验室。", "2020-06-30", "" },
    { "——1955年7月5日至6日在第一届全国人民代表大会第二次会议上", "1955-07-05", "" },
    // A plan's goal list opening with a dash and a horizon is no date line.
    { "——到2030年，完整社区覆盖率要达到80%。", "2026-01-10",
      "deadline 到2030年 2030 by - should -" },
    { "1955年7月5日至6日在会议上报告。", "1955-07-01", "deadline 1955年7月5日至6日 1955-07-06 by - - -" },
    // A forecast (将使, 将得到 with no modal verb of a duty and no quota) bounds nothing; a
    // plan's quota with 将达到 keeps its bound.
    { "五年内，我国工业的迅速发展，将使我国的经济面貌开始发生变化。", "1955-07-05", "" },
    { "到一九五七年，铁路货物周转量将达到一千二百一十亿吨公里。", "1955-07-05",
      "deadline 到一九五七年 1957 by - - -" },
    { "按照计划，五年内生产资料的产值将增长百分之一百二十六点五。", "1955-07-05",
      "deadline 五年内 1960-07-05 within - - -" },
    // 抓紧 before a noun keeps a grip (继续抓紧粮食生产); before a verb it times an act.
    { "我们要继续抓紧粮食生产。", "1986-03-25", "" },
    { "要抓紧黄河小浪底水利枢纽工程建设。", "1993-03-15", "deadline 抓紧 - unspecified - should -" },
    { "要抓紧补短板、堵漏洞。", "2020-02-14", "deadline 抓紧 - unspecified - should -" },
    // A span in a work report's review part reports the past; the plan part's stays.
    { "2003年政府工作报告\n一、过去五年政府工作的回顾\n五年内，全国造林面积２７８７万公顷。", "2003-03-05",
      "" },
    // A festival window open on the document date is the current festival's.
    { "各地要在春节后抓紧组织复工。", "2020-02-03",
      "deadline 春节后 2020-01-25 after - should 各地 | deadline 抓紧 - unspecified - should 各地" },
    // A vague word in the clause that describes a verb's noun object (拓宽及时反映…的渠道), or
    // heading a noun phrase a 的 closes (…的限期治理), bounds no act; a duty stays.
    { "加强监督，拓宽及时反映社情民意的渠道。", "2002-03-05", "" },
    { "各地要建立健全及时支付农民工工资的机制。", "2004-03-05", "" },
    { "对小型企业事业单位的限期治理，可以由县级以上人民政府决定。", "2024-01-10", "" },
    { "施工单位应当负责及时清除使用范围内的生活垃圾。", "2024-01-10",
      "deadline 及时 - unspecified - should 施工单位" },
    { "核查工作应当在规定的时限内完成。", "2024-01-10",
      "deadline 时限内 - within - should -" },
    // Others' proposals reported (一些地方和部门建议，…): no duty of the addressees.
    { "一些地方和部门建议，明确提出到2035年实现人均收入翻一番目标。", "2020-11-03", "" },
    { "与会代表进行了讨论，大家一致建议尽快修改完善。", "2024-01-10", "" },
    { "代表们提出的意见，各部门要及时办理。", "2024-01-10",
      "deadline 及时 - unspecified - should 各部门" },
    // A per-period sum with no comparator and no modal verb of a duty is a rate; a quota stays.
    { "国家财政将每年安排支出1030多亿元。", "2004-03-05", "" },
    { "镇财政每年安排专项资金不少于300万元。", "2024-01-10",
      "deadline 每年 - unspecified P1Y - 镇财政" },
    // An event bound of a predicate 在 opens, governed by a modal verb of a duty (应在…后,
    // 在…时应当); a strive, a span after the event and a condition with no 在 are left alone.
    { "智能化示范验收应在完成联合试运转并竣工验收后进行。", "2024-01-10",
      "deadline 完成联合试运转并竣工验收后 - after - should -" },
    { "市规划行政主管部门在审批时应当征求交通行政主管部门的意见。", "2024-01-10",
      "deadline 审批时 - on - should 市规划行政主管部门" },
    // The events of a school year, a property's sale or a post are events too.
    { "属地政府应在项目交房前完成配套设施建设。", "2024-01-10",
      "deadline 项目交房前 - before - should 属地政府" },
    // A 前 with a modal verb of a duty right after it bounds that duty whatever act its event
    // names (排放 is no procedural verb of the inventory).
    { "已有的建设项目，在纳管排放水污染物前应当配套建设污水处理设施。", "2024-01-10",
      "deadline 纳管排放水污染物前 - before - should -" },
    { "争取在天保工程结束后将重点公益林纳入补偿范围。", "2024-01-10", "" },
    { "施工单位应当在竣工验收后三十日内移交资料。", "2024-01-10",
      "deadline 三十日内 - within - should 施工单位" },
    // Counted from the notice received, or from the case a 的 closes: no date (GUIDELINES.md).
    { "单位在接到缴款通知后，必须在十五日内办理缴纳手续。", "2024-01-10",
      "deadline 十五日内 - within - must 单位" },
    { "生产企业应当在完成最后一道工序的车间标注标签。", "2024-01-10", "" },
    // A list of years is one bound each for the same goal (2024年、2025年分别突破…).
    { "一、总体目标\n2024年、2025年分别突破2.2万亿元、2.4万亿元。", "2024-01-10",
      "deadline 2024年 2024 within - - - | deadline 2025年 2025 within - - -" },
    { "试点示范行动实施年度为2016年-2018年。期间每年10月底前，下发《智能制造试点示范项目推荐通知》。",
      "2016-05-01", "" },
    { "（2020年2月5日在中央全面依法治国委员会第三次会议上的讲话）", "2024-01-10", "" },
    { "现将1—5月全县主要经济指标完成情况通报如下。", "2024-06-15", "" },
    { "一、工作目标\n2024年，全市PM2.5年均浓度控制在36微克/立方米以内，PM10年均浓度同比下降3%。",
      "2024-03-05", "deadline 2024年 2024 within - - -" },
    { "依据《中华人民共和国行政复议法》，公民认为决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议。",
      "2024-01-10", "deadline 六十日内 - within - - -" },
    // 尽快 is strive of its own: it alone does not make the issuer's promise a duty.
    { "交通部将进行行业审查，发展改革委将按照有关精神，尽快研究办理。", "2024-01-10", "" },
    { "各乡镇要尽快完成排查。", "2024-01-10", "deadline 尽快 - unspecified - should 各乡镇" },
    { "各市要于每年3月底前完成认定工作。", "2024-01-10",
      "deadline 每年3月底前 XXXX-03-31 before P1Y should 各市" },
    // A named organ, subject of an earlier clause or of an earlier sentence of the paragraph
    // stating no modal verb, goes on acting: the issuer's own schedule. An addressee named
    // by kind (经办机构), or a subject whose sentence states a modal verb, keeps its duty.
    { "区防汛办每天对各单位值班情况进行电话抽查，每月通报一次抽查结果。", "2024-01-10", "" },
    { "国家医保局将定期调度各地智能审核和监控情况。每年选取30个统筹地区作为示范，适时总结推广。",
      "2024-01-10", "" },
    { "工业和信息化部、公安部及时对车辆运行情况进行评估，并根据技术发展情况，适时调整试点实施指南。",
      "2024-01-10", "" },
    { "各试点城市、各试点企业及时对车辆运行情况进行评估，并根据技术发展情况，适时调整试点方案。",
      "2024-01-10", "deadline 及时 - unspecified - - 各试点城市、各试点企业 | "
                    "deadline 适时 - unspecified - - 各试点城市、各试点企业" },
    { "申报材料要求等，由省工业和信息化厅发布并适时调整。", "2024-01-10", "" },
    // An account of a year's work reviews the past, but for its part on the work ahead.
    { "××厅2023年度法治政府建设情况报告\n一、加强依法决策\n"
      "严格执行《重大行政决策程序实施办法》，对法治建设中的重大问题及时解决。\n"
      "二、下一步工作打算\n对法治建设中的重大问题要及时解决。",
      "2024-01-10", "deadline 及时 - unspecified - should -" },
    // A charge (负责) of the issuer itself is its own schedule; of another body, a duty.
    { "济南市工业和信息化局关于做好服务资源供给工作的通知\n"
      "市工业和信息化局会同区政府负责服务运营，对运营情况进行不定期检查，并委托第三方机构对其定期审核评估。",
      "2024-01-10", "" },
    { "济南市人民政府关于做好服务资源供给工作的通知\n"
      "市工业和信息化局会同区政府负责服务运营，对运营情况进行不定期检查，并委托第三方机构对其定期审核评估。",
      "2024-01-10", "deadline 定期 - unspecified - - 市工业和信息化局会同区政府" },
    // 实现 names a state to reach: a vague word after it bounds no act, unless a modal governs.
    { "推动与人才招引精准对接，实现需求及时表达、有效响应。", "2024-01-10", "" },
    { "各地要实现问题及时发现、及时处置。", "2024-01-10",
      "deadline 及时 - unspecified - should 各地 | deadline 及时 - unspecified - should 各地" },
    // A reply letter reports a request: its content bounds no duty; 当事人请求…的 is a condition.
    { "你省请求，国家尽快审核60万吨乙烯项目的可行性研究报告。", "2024-01-10", "" },
    { "当事人请求仲裁的，应当在三十日内提出。", "2024-01-10",
      "deadline 三十日内 - within - should -" },
    // A recurrence of a bound length of time is its rate; a bound count (1次) stays a schedule.
    { "项目负责人每年用于项目的工作时间不得少于6个月。", "2024-01-10", "" },
    { "镇级河长每月巡河不少于1次，5月底前完成清淤。", "2024-01-10",
      "deadline 每月 - unspecified P1M - 镇级河长 | deadline 5月底前 2024-05-31 before - - 镇级河长" },
    // A sentence about the document itself: its revision is the issuer's; 本规定…责令 stays.
    { "第十五条 本规定自印发之日起执行，试行期一年，期满后根据实际情况适时调整。", "2024-01-10", "" },
    { "第十六条 本规定所称违法所得，责令经营者限期退还。", "2024-01-10",
      "deadline 限期 - unspecified - - -" },
    // A recurrence right before a sum is its rate (per year), even across a cut line.
    { "高校、科研机构，补贴上限为每年 50 万元。", "2024-01-10", "" },
    // So is one before a grant's cap (最高, 不超过); a floor after it stays a quota (below).
    { "给予一定比例的专项奖励，每年最高不超过50万元。", "2024-01-10", "" },
    { "市级补助资金每年不超过1000万元。", "2024-01-10", "" },
    { "各乡镇每年安排不少于50万元用于河道保洁。", "2024-01-10",
      "deadline 每年 - unspecified P1Y - 各乡镇" },
    { "社区、村民委员会、居民委员会协助主管部门开展防治管理工作，及时发现并报告污染行为。",
      "2024-01-10", "deadline 及时 - unspecified - - 社区、村民委员会、居民委员会" },
    { "国家能源局对全国示范煤矿建设进度进行梳理汇总，定期公布。对建设过程中的先进成果进行总结归纳，适时组织交流借鉴。",
      "2024-01-10", "" },
    { "经办机构对申报材料进行审核，及时反馈审核结果。", "2024-01-10",
      "deadline 及时 - unspecified - - 经办机构" },
    { "县医保局要加强基金监管。每月通报一次进展情况。", "2024-01-10",
      "deadline 每月 - unspecified P1M - 县医保局" },
    // Cues count as whole words of the segmenter: a modal or time cue inside a longer word is
    // none (回应 holds 应, 纲要 要, 部将 was the segmenter's merge of 部/将), and a time whose
    // boundary opens a noun (前沿, 内容, 内乱) has no boundary; words that hold a cue as their
    // own part are entries (还要, 不能), and a report word after 每 is a time (月通报). The
    // last character of a word (于 of 由于) opens no time.
    { "各地及时回应群众关切。", "2024-01-10", "deadline 及时 - unspecified - - -" },
    { "各地还要及时回应群众关切。", "2024-01-10", "deadline 及时 - unspecified - should 各地" },
    { "国务院将继续听取意见，抓紧制订教育发展纲要。", "2024-01-10", "" },
    { "工业和信息化部将定期跟踪调研各试点城市工作开展情况。", "2024-01-10", "" },
    { "各地要研究2025年前沿技术布局。", "2024-01-10", "" },
    { "各地要明确2025年底线任务。", "2024-01-10", "" },
    { "由于2023年降水偏少，各地要及时补水。", "2024-01-10",
      "deadline 及时 - unspecified - should 各地" },
    { "特殊情况不能按时完成检验的，可以延长期限。", "2024-01-10", "" },
    // 今后 opens the span from the document date (a span cue), whose 后 is no after-cue.
    { "在今后五年内，要逐步理顺各方面的关系。", "2024-01-10",
      "deadline 今后五年内 2029-01-10 within - should -" },
    // A quarter after 每年 is the recurring quarter (每月5日前 → XXXX-XX-05): one record.
    { "广播电台应当于每年度第一季度将报酬交由管理组织转付。", "2024-01-10",
      "deadline 每年度第一季度 XXXX-Q1 by P1Y should -" },
    { "特许人应当在每年第一季度将上一年度的情况向商务主管部门报告。", "2024-01-10",
      "deadline 每年第一季度 XXXX-Q1 within P1Y should -" },
    // Rules (heldout-deadlines blind2): the length of a suspension or ban imposed, a window in
    // which offences are counted inside a condition, a failing through 未按照, a fine accruing
    // by the day are no bounds; a span with a count of one (一次告知) still is.
    { "报关企业非法代理他人报关的，责令改正，暂停其6个月以内从事报关业务。", "2024-01-10", "" },
    { "情节严重的，给予六个月以内停机整顿的处罚。", "2024-01-10", "" },
    { "吊销执业资格证书，五年内不予注册。", "2024-01-10", "" },
    { "因走私被海关行政处罚后在2年内又实施走私行为的，应当从重处罚。", "2024-01-10", "" },
    { "企业1年内有2次以上走私行为的，海关可以撤销其注册登记。", "2024-01-10", "" },
    { "申请材料不齐全的，应当在5日内一次告知申请人需要补正的全部内容。", "2024-01-10",
      "deadline 5日内 - within - should -" },
    { "未按照规定期限将货物运输出境的，处货物价值30%以下罚款。", "2024-01-10", "" },
    { "到期不缴纳罚款的，每日按罚款数额的3%加处罚款。", "2024-01-10", "" },
    { "拒不改正的，可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。", "2024-01-10", "" },
    // Events of rules: 出境, 申领 (a title in 《》 inside), 订立…之日前; a period a decision sets.
    { "当事人应当在出境前缴清罚款。", "2024-01-10",
      "deadline 出境前 - before - should 当事人" },
    { "经营单位应当在申领《网络文化经营许可证》之前到公安机关申请审核。", "2024-01-10",
      "deadline 申领《网络文化经营许可证》之前 - before - should 经营单位" },
    { "特许人应当在订立特许经营合同之日前至少30日提供信息。", "2024-01-10",
      "deadline 订立特许经营合同之日前 - before - should -" },
    { "当事人应当在海关行政处罚决定规定的期限内缴清罚款。", "2024-01-10",
      "deadline 规定的期限内 - within - should 当事人" },
    { "确保年度重点任务按时限高质量完成。", "2024-01-10",
      "deadline 按时限 - unspecified - must -" },
    { "当事人应当自收到通知之日起三十日内向所在地公安机关备案。", "2024-01-10",
      "deadline 三十日内 - within - should 当事人" },
    // A day of the month alone (在三日前) is that day in a notice, a count of days back from
    // each case's event in a rule (GUIDELINES.md "Spans counted from an event").
    { "某市燃气管理条例\n经营企业应当在三日前予以公告。", "2024-01-10",
      "deadline 三日前 - before - should 经营企业" },
    { "关于报送统计数据的通知\n各单位应当在二十日前报送数据。", "2024-01-10",
      "deadline 二十日前 2024-01-20 before - should 各单位" },
    // 应对 before a light verb of its clause is the modal 应 and 对; else the verb "cope".
    { "某市房屋管理条例\n第九条 公有房屋所有权人应对公有房屋定期进行检查。", "2024-01-10",
      "deadline 定期 - unspecified - should 公有房屋所有权人" },
    // A 时 frame of an administrative act heads the duty after it; one of an occurrence is
    // the duty's condition.
    { "某市暂住人口管理条例\n第九条 公安部门在办理暂住证时，对申请人应核查其身份证明。",
      "2024-01-10", "deadline 办理暂住证时 - on - should 公安部门" },
    { "某市供水条例\n第九条 供水企业在运行中发生故障时，对用户应当及时告知。", "2024-01-10",
      "deadline 及时 - unspecified - should 供水企业" },
    { "某市房屋管理条例\n第九条 各单位积极应对疫情，定期进行检查。", "2024-01-10",
      "deadline 定期 - unspecified - - 各单位" },   // the light verb of another clause: no 应    // heldout-deadlines blind3: an event bound ending its clause takes the modal verb of the
    // next (在…前，应当…); 前 opening a clause with no 在 bounds a duty the next clause states,
    // 后 so placed is a condition; 作业 is an event; 限期 is an order of its own (由…限期拆除).
    { "民办非企业单位在办理注销登记前，应当成立清算组织。", "2024-01-10",
      "deadline 办理注销登记前 - before - should 民办非企业单位" },
    { "实施监理前，建设单位应当向施工单位发出书面通知。", "2024-01-10",
      "deadline 实施监理前 - before - should 建设单位" },
    { "正式签约前，讲学教师需提供近六个月的体检证明。", "2024-01-10",
      "deadline 正式签约前 - before - should 讲学教师" },
    { "工程竣工后，建设单位应当向施工单位发出书面通知。", "2024-01-10", "" },
    { "实施监理前，建设单位可以向施工单位发出书面通知。", "2024-01-10", "" },
    { "从事作业的单位和个人应在作业前报告公路管理机构。", "2024-01-10",
      "deadline 作业前 - before - should 从事作业的单位和个人" },
    // 在线 opens no event bound; the close of the window (截止, an event) is bounded by the 前
    // after its noun 时间 (heldout-deadlines blind5 0129).
    { "依托单位在线提交申请书后，应于截止时间前上传承诺书。", "2024-01-10",
      "deadline 截止时间前 - before - should -" },
    { "第三十三条 违章建筑由交通行政管理部门限期拆除。", "2024-01-10",
      "deadline 限期 - unspecified - - 交通行政管理部门" },
    // A failing of a period set elsewhere (a condition closed by 的) and a ban's length.
    { "第十条 当事人在规定期限内不能提交许可证件的，另处罚款。本条例自发布之日起施行。",
      "2024-01-10", "" },
    { "第十条 在用油罐车未在国家标准规定的期限内完成安装的，责令改正。本条例自发布之日起施行。",
      "2024-01-10", "" },
    { "第十九条 工作人员离职后，在法律、行政法规规定的期限内不得从事专利代理工作。", "2024-01-10", "" },
    { "那是必须立即禁止的。", "2024-01-10", "deadline 立即 - unspecified - prohibit -" },
    // heldout-deadlines blind4: N日前 with no pre cue counts back from an event (行政许可法
    // 第五十条, 行政处罚法); 届满 and 期满 end a validity period, an event; a voyage's 开航; the
    // sun's 日落. A modal verb inside a condition closed by 的 governs no event bound.
    { "被许可人应当在该行政许可有效期届满三十日前提出申请。", "2024-01-10",
      "deadline 三十日前 - before - should -" },
    { "行政机关应当在举行听证的七日前，通知当事人。", "2024-01-10",
      "deadline 七日前 - before - should 行政机关" },
    { "行政机关应当在该行政许可有效期届满前作出是否准予延续的决定。", "2024-01-10",
      "deadline 该行政许可有效期届满前 - before - should 行政机关" },
    { "试运营期满前，项目法人应当办理竣工决算申报审批工作。", "2024-01-10",
      "deadline 试运营期满前 - before - should -" },
    { "导游证持有人需要在有效期满后继续从事导游活动的，应当在有效期限届满3个月前提出申请。",
      "2024-01-10", "deadline 3个月前 - before - should -" },
    { "船长应当在船舶从出发港开航前报请港务监督审批。", "2024-01-10",
      "deadline 船舶从出发港开航前 - before - should 船长" },
    { "船舶均应在日出后进入管理区，日落前全部通过管理区。", "2024-01-10",
      "deadline 日出后 - after - should 船舶 | deadline 日落前 - before - should 船舶" },
    // Acts rules time a duty before or after (歇业, 定型), and periods a contract or promise sets.
    { "市场主体决定歇业，应当在歇业前向登记机关办理备案。", "2024-01-10",
      "deadline 歇业前 - before - should 市场主体" },
    { "申请人应当在产品基本定型后，向国家药品监督管理局提出申请。", "2024-01-10",
      "deadline 产品基本定型后 - after - should 申请人" },
    { "受让人应当在成交确认书约定时间内签订出让合同。", "2024-01-10",
      "deadline 约定时间内 - within - should 受让人" },
    // heldout-deadlines blind5: a 前 bound may close a long procedure; a title in 《》 counts no
    // characters of the event; the sun's 日出 with 后; a span from the rule's entry into force
    // with no duty is a rate's validity; a time inside a title is none; a permission's recurrence
    // in a rule; 需要 in the condition of a right; a range of past years over a figure; 将 apart
    // from its result (将在…得到解决) makes a forecast.
    { "网站应当在向国务院信息产业主管部门或者省级电信管理机构申请办理经营许可证或者办理备案手续之前，提出申请。",
      "2024-01-10",
      "deadline 向国务院信息产业主管部门或者省级电信管理机构申请办理经营许可证或者办理备案手续之前 - before - should 网站" },
    { "主管部门应当在《互联网药品信息服务资格证书》有效期届满前作出是否准予换证的决定。",
      "2024-01-10", "deadline 《互联网药品信息服务资格证书》有效期届满前 - before - should 主管部门" },
    { "船舶均应在日出后进入管理区。", "2024-01-10", "deadline 日出后 - after - should 船舶" },
    { "第五条 自本办法施行之日起5年内，按照下列付酬标准协商支付报酬的数额。本办法自2010年1月1日起施行。",
      "2009-11-10", "" },
    { "第五条 本单位应当自本办法施行之日起6个月内补办登记手续。本办法自2010年1月1日起施行。",
      "2009-11-10", "deadline 6个月内 - within - should 本单位" },
    // A rule prescribes with no modal verb: a named body's recurrence or vague time there is
    // no schedule of the issuer's own (corpus/laws L125).
    { "第十五条 市人民政府及其有关部门制定的应急预案至少五年修订一次。本办法自2010年1月1日起施行。",
      "2009-11-10", "deadline 五年修订一次 - unspecified P5Y - 市人民政府及其有关部门" },
    // 于 opening the start times a duty with no modal verb (corpus/laws L118).
    { "第三十条 具体收费标准由省人民政府财政部门会同水行政主管部门，于本办法生效之日起六个月内制定并公布。本办法自2010年1月1日起施行。",
      "2009-11-10", "deadline 六个月内 - within - - 省人民政府财政部门会同水行政主管部门" },
    { "冶金部《关于“九五”期间黄金经济政策的请示》收悉。", "1996-02-09", "" },
    { "第四条 电台可以与集体管理组织约定每年向著作权人支付固定数额的报酬。本办法自2010年1月1日起施行。",
      "2009-11-10", "" },
    { "第二十二条 家用汽车产品自三包有效期起算之日起7日内，因质量问题需要更换发动机的，消费者可以选择退货。本规定自2013年10月1日起施行。",
      "2013-01-15", "" },
    { "从1951年到1957年，国家用于普及教育的经费将近四十九亿元。", "1957-06-26", "" },
    { "从现在起到本世纪中叶，是我国全面建成社会主义现代化强国的30年。", "2020-11-12",
      "deadline 现在起到本世纪中叶 2050 by - - -" },
    { "3年后如期打赢脱贫攻坚战，绝对贫困问题，将在我们这一代人的手里历史性地得到解决。",
      "2018-02-12", "" },
    // A bare count of years right before a modal verb of a goal is the span it is set for, when
    // it opens its clause (time_cues.tsv lead; corpus/heldout-speeches 0068).
    { "3年要实现脱贫3000多万人，压力不小。", "2018-02-12",
      "deadline 3年 2021-02-12 within - should -" },
    { "它们的激烈争夺，总有一天要导致世界大战。", "1975-01-13", "" },
    // An event bound after 或 right after a time read is its alternative (heldout-deadlines blind4).
    { "(一)在进入管理区四十八小时以前或在开出港启航以前，将船名等情况电报管理处。", "1964-06-05",
      "deadline 四十八小时以前 - before - - - | deadline 开出港启航以前 - before - - -" },
    // A day with no year after a yearly recurring day of its sentence recurs with it.
    { "第二十三条 民办非企业单位应当于每年3月31日前向业务主管单位报送工作报告，于5月31日前报送登记管理机关。",
      "1998-10-25",
      "deadline 每年3月31日前 XXXX-03-31 before P1Y should 民办非企业单位 | deadline 5月31日前 XXXX-05-31 before P1Y should 民办非企业单位" },
    // A sanction received (被限期) in a condition closed by 的 bounds no duty of its own.
    { "第二十八条 民办非企业单位被限期停止活动的，由登记管理机关封存其登记证书。本条例自发布之日起施行。",
      "1998-10-25", "" },
    // An item of a list of violations whose last clause holds the failing: its times bound nothing.
    { "(五)进境运输工具在进境以后向海关申报以前，不按照海关指定的路线行进的；本条例自发布之日起施行。",
      "2004-09-19", "" },
    // A rule defining when a period is (为 with no modal verb) bounds nothing; a duty's month does.
    { "第十八条 每年4月份为读书月，每年10月31日为书香日。本条例自发布之日起施行。", "2024-01-10", "" },
    { "第二十五条 伏秋汛期为每年的7月1日至10月31日。本条例自发布之日起施行。", "2024-01-10", "" },
    { "第五条 每年3月，主管部门应当组织节水宣传。本条例自发布之日起施行。", "2024-01-10",
      "deadline 每年3月 XXXX-03 on P1Y should 主管部门" },
    // A date up to which the document's own entry into force runs is its validity period.
    { "关于调整住房公积金提取政策的通知\n二、自本通知实施之日起至2025年2月28日，多子女家庭租房提取的规定比例从70%提高至100%。",
      "2024-03-01", "" },
    // A permission right after a time makes it the window in which a party may act, no duty's
    // bound; a duty keeps it.
    { "某办法\n第五条 受疫情影响的企业，2022年12月31日前可按规定申请延期还款。", "2022-05-01", "" },
    { "某办法\n第五条 直销员自签订推销合同之日起60日内可以随时解除推销合同。", "2022-05-01", "" },
    { "某办法\n第五条 受疫情影响的企业，2022年12月31日前应当申请延期还款。", "2022-05-01",
      "deadline 2022年12月31日前 2022-12-31 before - should -" },
    // Each date of a recurrence's list shares its schedule (twice a year).
    { "某规范\n第二十二条 主管部门于每年6月、12月向工业和信息化部报送测试工作情况。", "2018-04-03",
      "deadline 每年6月 XXXX-06 by P1Y - 主管部门 | deadline 12月 XXXX-12 by P1Y - 主管部门" },
    // 主体, a party a rule binds by its role (测试主体, 市场主体), is the actor of its duty.
    { "智能网联汽车道路测试管理规范\n第二十一条 测试主体应每6个月向主管部门提交阶段性测试报告。", "2018-04-03",
      "deadline 每6个月 - unspecified P6M should 测试主体" },
    // 当…时 frames the condition of the clause's own actor; a dash opening a bulleted duty is
    // no part of it (actors.tsv skip).
    { "智能网联汽车道路测试管理规范\n第十八条 当测试驾驶人发现车辆处于不适合自动驾驶的状态时，应及时接管车辆。",
      "2018-04-03", "deadline 及时 - unspecified - should 测试驾驶人" },
    // 相关 is a name's attribute (tags.tsv b), as 有关: the body's name runs on past it.
    { "智能网联汽车道路测试管理规范\n第二十条 省、市级政府相关主管部门应在3个工作日内上报工业和信息化部。",
      "2018-04-03", "deadline 3个工作日内 2018-04-06 within - should 省、市级政府相关主管部门" },
    { "关于申报项目的通知\n——各推荐单位加强审核把关，按时将推荐项目统一报送。", "2019-06-20",
      "deadline 按时 - unspecified - - 各推荐单位" },
    // A recurrence measuring a length per period is a computation's rate, no schedule.
    { "第四十条 用于建筑用水的，每日盗用水时间按十二小时计算。本条例自发布之日起施行。", "2024-01-10", "" },
    // A condition that fails in the time's clause and runs on to a later 的: no bound; a later
    // 的 after a duty is its own case (逾期不答复的), and the duty's time keeps its record.
    { "第十六条 当事人在法定期限内不申请行政复议或者提起行政诉讼，又不自行拆除违法建筑的，县人民政府应当责成有关部门强制拆除。本条例自发布之日起施行。",
      "2024-01-10", "" },
    { "第九条 管理部门应自收到申请之日起十日内作出书面答复，逾期不答复的，视为批准。本条例自发布之日起施行。",
      "2024-01-10", "deadline 十日内 - within - should 管理部门" },
    // An order's term in a rule whatever 将 (the 把 of 未将) or past cue (已经核准) its condition holds.
    { "第五十八条 违反本条例规定，未将应急预案报送备案的，由安全生产监督管理部门责令限期改正；逾期未改正的，处五万元以下罚款。本条例自发布之日起施行。",
      "2024-01-10", "deadline 限期 - unspecified - - 安全生产监督管理部门" },
    { "第三十条 经营者改变已经核准的许可条件的，由道路运输管理机构责令限期改正，处一千元以上五千元以下罚款。本条例自发布之日起施行。",
      "2024-01-10", "deadline 限期 - unspecified - - 道路运输管理机构" },
    // heldout-deadlines blind6 (local regulations): 、 joins acts or objects inside an event
    // bound; administrative acts (核定, 立项, 下达, 装载) are events; periods a request sets and
    // a rule's period after 按; adverbs listed after a modal verb (应当及时、优先受理); a span
    // from a start the text dates, alone in the clause before, with no duty; a time of a right
    // (有权) or right after a permission (可以定期报告) bounds no duty.
    { "第九条 投资主管部门应当在批准、核准项目前征求同级旅游主管部门的意见。", "2015-09-25",
      "deadline 批准、核准项目前 - before - should 投资主管部门" },
    { "景区主管部门在核定前，应当征求同级旅游主管部门意见。", "2015-09-25",
      "deadline 核定前 - before - should 景区主管部门" },
    { "核电厂营运单位应当在首座反应堆首次装载核燃料前，完成环境本底辐射水平调查。", "2014-01-15",
      "deadline 首座反应堆首次装载核燃料前 - before - should 核电厂营运单位" },
    { "第十一条 对政府财力投资计划的项目支出，应当在项目立项时编报绩效目标。", "2014-08-27",
      "deadline 项目立项时 - on - should -" },
    { "预算部门应当将整改措施在要求时间内向财政部门报告。", "2014-08-27",
      "deadline 要求时间内 - within - should 预算部门" },
    { "第十三条 在开发区兴办企业，应当按规定的期限投入资本和动工建设。", "1995-04-14",
      "deadline 按规定的期限 - within - should -" },
    { "第二十七条 有关主管部门对涉侨案件应当及时、优先受理。", "1998-08-01",
      "deadline 及时 - unspecified - should 有关主管部门" },
    { "各单位的服务应当更加方便、及时、高效。", "2024-01-10", "" },
    // A list ending its clause under a duty's modal verb is the manner the duty asks for.
    { "报送突发事件信息，应当做到及时、客观、真实。", "2024-01-10",
      "deadline 及时 - unspecified - should -" },
    { "企业应当向驾驶员提供及时、可区分、易于理解的提示。", "2024-01-10", "" },
    { "第二十二条 开发区的新增财政收入，自1995年起，五年内全部返还开发区。本条例自1995年6月1日起施行。",
      "1995-04-14", "" },
    { "第二十七条 旅行社有下列情形之一的，旅游者有权在旅游行程结束后三十日内，要求旅行社退还费用。本条例自2016年1月1日起施行。",
      "2015-09-25", "" },
    { "第三十五条 经所在地港口主管部门同意，可以定期报告。本条例自2007年10月1日起施行。",
      "2007-05-25", "" },
    { "第五十条 无法保证安全运营时，经营单位可以暂停运营，及时向主管部门报告。本条例自2007年10月1日起施行。",
      "2007-05-25", "deadline 及时 - unspecified - - 经营单位" },
    // 期间 closes the period of an activity or event a duty is bounded by, verb or none; a bound
    // 才 or 方可 follows is a prerequisite of a possibility.
    { "第十二条 在潮汛、台风或者暴雨期间，应当加强对户外设施的安全检查。", "2024-01-10",
      "deadline 潮汛、台风或者暴雨期间 - within - should -" },
    { "承办单位应当在会议期间研究办理并答复代表。", "2024-01-10",
      "deadline 会议期间 - within - should 承办单位" },
    { "有的工程要在第二个五年计划期间才能建成。", "1955-07-05", "" },
    // In a plan, a five-year plan's period ending after the document's year bounds its task
    // though a running total follows (共计); a letter's period inside a plan's name with 已经
    // reports.
    { "闵行区城市更新“十五五”规划\n做好权属登记与产证办理，“十五五”期间完成电四小区、鲁汇一村共计约1.4万平方米老旧公房成套改造。",
      "2026-07-28", "deadline “十五五”期间 2030 within - - -" },
    { "国务院办公厅关于四川省所提问题和建议办理情况的函\n亭子口水库已经列入“十五”期间全国大型水库建设规划。",
      "2004-08-20", "" },
    // A stage of a procedure a modal verb right before 在 times a duty by is its window; a
    // stage heading a clause, or named by a reference (下列阶段), is none.
    { "风险评估单位应在风险评估阶段完成土壤污染程度评价工作。", "2024-01-10",
      "deadline 风险评估阶段 - within - should 风险评估单位" },
    { "在重要信息系统设计阶段，要合理确定安全保护等级。", "2024-01-10", "" },
    // A year that is the subject of 是 names the year (…的开局之年), it bounds no task.
    { "××区2020年违法用地综合整治行动实施方案\n2020年是新三年行动的开局之年，各部门要高度重视。",
      "2020-03-01", "" },
    { "第二十三条 生产建设项目应当在下列阶段编报水土保持方案。", "2024-01-10", "" },
    // A clause 由 opens assigns its act to a body: its event bound is a rule's duty; a licence,
    // a declaration and an opening are events; an article's number opens no clause's event.
    { "第三十二条 法律未作规定的，由景区经营者在景区开放经营前听取旅游主管部门的意见。本条例自2016年1月1日起施行。",
      "2015-09-25", "deadline 景区开放经营前 - before - - 景区经营者" },
    { "第十条 实施监理前，建设单位应当向施工单位发出书面通知。", "2015-09-25",
      "deadline 实施监理前 - before - should 建设单位" },
    { "第九十四条 公安机关作出治安管理处罚决定前，应当告知违反治安管理行为人作出治安管理处罚的事实。",
      "2005-08-28", "deadline 公安机关作出治安管理处罚决定前 - before - should 公安机关" },
    // A violation cue (未依法, 拒不) before a vague time in a listed condition closed by 的 makes
    // it a failing, as 未 does (its longer word hides 未).
    { "（一）未依法划定或者及时调整饮用水水源保护区的；本条例自2019年1月1日起施行。", "2018-10-26",
      "" },
    { "（四）拒不执行有关部门限期责令改正指令的；本条例自2010年1月1日起施行。", "2009-10-26", "" },
    // A 前 or 期间 bound ending its clause heads the next clause's duty, its subject between;
    // a 时 frame so placed stays a condition, as does a bound before a condition closed by 的.
    { "第二十一条 在进行集体协商期间，企业及其职工应当维护本企业正常的生产、工作秩序。", "2024-01-10",
      "deadline 进行集体协商期间 - within - should -" },
    { "第三十七条 城市公共供水设施在运行中发生故障时，城市公共供水企业应当组织抢修。", "2024-01-10", "" },
    { "第二十条 在交付表决前，提案人要求撤回的，应当说明理由。", "2024-01-10", "" },
    // A 、 after the event verb opens the next object of its list, counted afresh.
    { "第十九条 自然资源主管部门在核发建设项目选址意见书、建设用地规划许可证前，应当征求港口主管部门意见。",
      "2007-05-25", "deadline 核发建设项目选址意见书、建设用地规划许可证前 - before - should 自然资源主管部门" },
    // 期间 counts its characters from the last 、 of a list of events; a 前 bound opening a
    // clause in a string of duties takes an earlier clause's modal verb, unless a clause of the
    // sentence closes a condition with 的.
    { "第三十四条 旅游主管部门应当在重大节庆、假日、赛事、会展等旅游者集中活动期间组织开展重点安全检查。",
      "2015-09-25", "deadline 重大节庆、假日、赛事、会展等旅游者集中活动期间 - within - should 旅游主管部门" },
    { "第四十条 特种设备使用单位应当按照安全技术规范的要求，在检验合格有效期届满前一个月向特种设备检验机构提出检验要求。",
      "2013-06-29", "deadline 检验合格有效期届满前 - before - should 特种设备使用单位" },
    { "(三)依法应当没收的货物，在海关作出行政处罚决定前，作为当事人的自然人死亡，且无权利义务承受人的；",
      "2004-09-19", "" },
    // A meeting convened and an activity begun are events.
    { "第二十七条 省人民政府应当在下一次省人民代表大会会议召开前将办理情况向常务委员会报告。", "2024-01-10",
      "deadline 下一次省人民代表大会会议召开前 - before - should 省人民政府" },
    // A day of 次年 ending a yearly window recurs with it, as a day with no year does.
    { "第二十二条 每年11月1日至次年5月31日为本市森林防火期。", "1999-05-01",
      "deadline 每年11月1日至次年5月31日 XXXX-05-31 by P1Y - -" },
};

START_TEST(test_dated_deadline)
{
    char buf[4096];
    records_of(dated_deadline_cases[_i].in, ZC_KIND_DEADLINE, dated_deadline_cases[_i].doc, buf,
               sizeof buf);
    ck_assert_str_eq(buf, dated_deadline_cases[_i].want);
}
END_TEST

/* Under a goal heading, a sentence that opens with a year before the document's reports a
 * baseline: its figures are statistics, the next sentence's goals targets. */
START_TEST(test_baseline_year)
{
    char buf[4096];
    records_of("一、工作目标\n2023年,全市PM2.5年均浓度为38微克/立方米。"
               "2024年,全市PM2.5年均浓度控制在36微克/立方米以内。",
               ZC_KIND_TARGET, "2024-03-01", buf, sizeof buf);
    ck_assert_str_eq(buf, "target 控制在36微克/立方米以内 <=36微克/立方米 - -");
    records_of("一、工作目标\n2023年,全市PM2.5年均浓度为38微克/立方米。", ZC_KIND_STATISTIC,
               "2024-03-01", buf, sizeof buf);
    ck_assert_ptr_nonnull(strstr(buf, "statistic 38微克/立方米 38微克/立方米"));
    // A day of the document's year before its date opens an account of an event: the toll
    // is reported (a notice of 2022-03-09 on the fire of 3月8日).
    records_of("关于加强施工现场消防安全管理工作的通知\n2022年3月8日3时46分，某工地宿舍发生火灾，"
               "事故造成7人死亡、4人受伤。",
               KIND_FIGURES, "2022-03-09", buf, sizeof buf);
    ck_assert_str_eq(buf, "statistic 7人 7人 - - | statistic 4人 4人 - -");
}
END_TEST

/* A rule's gate: it runs on sentences that hold the gate and on no others. */
START_TEST(test_gate)
{
    char dir[] = "/tmp/zc_extract_XXXXXX";
    dicts_with_rules(dir, "target.gate_on\\ttarget\\t(无废城市)\\t0\\t无废\\n"
                          "target.gate_off\\ttarget\\t(无烟学校)\\t0\\t无烟单位\\n");
    zc_model *saved = fx_model;
    char err[4096] = "";
    ck_assert_int_eq(zc_model_open(dir, &fx_model, err, sizeof err), ZC_OK);
    char buf[4096];
    records_of("建设无废城市。", ZC_KIND_TARGET, NULL, buf, sizeof buf);
    ck_assert_ptr_nonnull(strstr(buf, "target 无废城市 =0 "));
    records_of("创建无烟学校。", ZC_KIND_TARGET, NULL, buf, sizeof buf);
    ck_assert_str_eq(buf, "");   // the pattern matches, but its gate is not in the sentence
    zc_model_close(fx_model);
    fx_model = saved;
    // A sixth column is an error with file:line.
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "printf 'target.six\\ttarget\\t(x)\\t0\\tx\\ty\\n' >> "
             "'%s'/rules/extract.tsv", dir);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_int_eq(zc_tsv_compile_dir(dir, "rules", err, sizeof err), ZC_OK);
    zc_model *m = NULL;
    ck_assert_int_eq(zc_model_open(dir, &m, err, sizeof err), ZC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err, "rules/extract.tsv:"));
    remove_dir(dir);
}
END_TEST

/* A user lexicon adds cue words through the same engine: its enforcement word makes a record
 * (and a modality word a clause's modality); bad lines are rejected with file:line and the
 * rest load. */
START_TEST(test_user_lex)
{
    char path[] = "/tmp/zc_user_lex_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    static const char lines[] = "# surface, kind, category\n"
                                "末位淘汰\tenforcement\taccountability\n"
                                "抓紧\tmodality\tshould\n"
                                "问责\tenforcement\taccountability\n"   // in the lexicon
                                "挂牌\tenforcement\n"                     // two columns
                                "督战\tpenalty\tfinancial\n"             // no such kind
                                "督战\tenforcement\tsevere\n"            // no such category
                                "末位淘汰\tenforcement\taccountability\n";   // twice
    ck_assert_int_eq(write(fd, lines, sizeof lines - 1), (ssize_t)(sizeof lines - 1));
    close(fd);
    zc_model *m = NULL;
    char err[4096] = "";
    ck_assert_int_eq(zc_model_open(NULL, &m, err, sizeof err), ZC_OK);
    zc_model *saved = fx_model;
    fx_model = m;
    char buf[4096];
    records_of("各单位实行末位淘汰。", ZC_KIND_ENFORCEMENT, NULL, buf, sizeof buf);
    ck_assert_str_eq(buf, "");
    records_of("各单位抓紧在年底前完成整改。", ZC_KIND_DEADLINE, NULL, buf, sizeof buf);
    ck_assert_ptr_null(strstr(buf, " should "));
    size_t added = 0, rejected = 0;
    ck_assert_int_eq(zc_model_add_user_lex(m, path, &added, &rejected), ZC_OK);
    ck_assert_uint_eq(added, 2);
    ck_assert_uint_eq(rejected, 5);
    const char *msg = zc_model_errmsg(m);
    static const char *const want[] = {":4: already in the lexicon", ":5: expected 3 columns",
                                       ":6: kind must be", ":7: unknown class 'severe'",
                                       ":8: already in the lexicon"};
    for (size_t i = 0; i < ZC_NELEM(want); i++)
        ck_assert_msg(strstr(msg, want[i]), "%s not in %s", want[i], msg);
    ck_assert_ptr_nonnull(strstr(msg, path));
    records_of("各单位实行末位淘汰。", ZC_KIND_ENFORCEMENT, NULL, buf, sizeof buf);
    ck_assert_ptr_nonnull(strstr(buf, "末位淘汰"));
    records_of("各单位抓紧在年底前完成整改。", ZC_KIND_DEADLINE, NULL, buf, sizeof buf);
    ck_assert_ptr_nonnull(strstr(buf, " should "));
    ck_assert_int_eq(zc_model_add_user_lex(m, "/nonexistent/u.tsv", &added, &rejected), ZC_EIO);
    fx_model = saved;
    zc_model_close(m);
    unlink(path);
}
END_TEST

/* CSV and TSV rows for a spreadsheet: a text cell that would run as a formula starts with an
 * apostrophe (zc_doc_write_csv_excel); the plain writer keeps every cell as it is. */
static const struct {
    const char *id, *text;
    char sep;
    bool excel;
    const char *want;   /* a part of the first row */
} excel_cases[] = {
    {"=cmd", "各乡镇必须在1月25日前完成。", ',', true, "'=cmd,deadline,1月25日前,"},
    {"=cmd", "各乡镇必须在1月25日前完成。", ',', false, "=cmd,deadline,1月25日前,"},
    {"@x", "各乡镇必须在1月25日前完成。", '\t', true, "'@x\tdeadline\t"},
    {"+x", "各乡镇必须在1月25日前完成。", '\t', false, "+x\tdeadline\t"},
    {"d", "-各乡镇必须在1月25日前完成。", ',', true, ",'-各乡镇必须在1月25日前完成。,,must,'-各乡镇,"},
    {"d", "-各乡镇必须在1月25日前完成。", ',', false, ",-各乡镇必须在1月25日前完成。,,must,-各乡镇,"},
    {"=a,b", "各乡镇必须在1月25日前完成。", ',', true, "\"'=a,b\",deadline,"},
    {"a,=b", "各乡镇必须在1月25日前完成。", ',', true, "\"a,=b\",deadline,"},
    {"a=b", "各乡镇必须在1月25日前完成。", ',', true, "a=b,deadline,1月25日前,6,12,18,30,"},
};

START_TEST(test_csv_excel)
{
    zc_doc *d;
    const char *text = excel_cases[_i].text;
    ck_assert_int_eq(zc_doc_new(text, strlen(text), excel_cases[_i].id, NULL, &d), ZC_OK);
    ck_assert_int_eq(zc_extract(fx_model, d), ZC_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(out);
    char sep = excel_cases[_i].sep;
    ck_assert_int_eq(excel_cases[_i].excel ? zc_doc_write_csv_excel(d, out, sep)
                                           : zc_doc_write_csv(d, out, sep), ZC_OK);
    fclose(out);
    buf[strcspn(buf, "\r\n")] = '\0';
    ck_assert_msg(strstr(buf, excel_cases[_i].want), "%s", buf);
    free(buf);
    zc_doc_free(d);
}
END_TEST

/* ---- decision tables (src/extract/decide.c) ------------------------------------------- */

static const char *const dec_features[] = { "a", "b", "c" };
static const char *const dec_verdicts[] = { "yes", "no" };
static const char *const dec_args[] = { "<=", "own" };
static const zc_dec_spec dec_spec = { dec_features, 3, dec_verdicts, 2, dec_args, 2 };

/* Writes `text` as decide-test.tsv in a new temporary folder `dir`. */
static void write_table(char *dir, const char *text)
{
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/decide-test.tsv", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

/* dir/decide-test.tsv, read as a text file (the model reads the same rows from an image). */
static const char *table_path(const char *dir)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/decide-test.tsv", dir);
    return path;
}

/* The features of a test candidate: bit i of `val` is feature i; `asked` counts the calls. */
typedef struct dec_cand {
    unsigned val;
    unsigned asked[3];
} dec_cand;

static bool dec_feature(void *ctx, int id)
{
    dec_cand *c = ctx;
    c->asked[id]++;
    return c->val >> id & 1;
}

static const char dec_table[] =
    "# a comment, then rows: when, verdict, arg, rule, reason\n"
    "a b\tyes\t<=\tx.both\ta and b\n"          // line 2
    "!c\tno\t-\t-\tnot c\n"                   // line 3
    "a\tno\town\t-\ta alone\n"                // line 4
    "*\tyes\t-\t-\tthe rest\n";               // line 5

/* Rows are tried in order and the first whose literals all hold decides; each feature is
 * computed once however many rows ask it, and only when a row gets to it. */
/* Features past the first 64 live in the memo's second word: a row asking feature 66 and
 * not feature 2 decides only when both hold as asked. */
static bool wide_feature(void *ctx, int id)
{
    return id == *(const int *)ctx;
}

START_TEST(test_decide_wide)
{
    // As many features as the memo holds: the last ones (past 127, an int8_t literal's end)
    // are asked and negated like the first; one more is refused at load.
    enum { N = ZC_DEC_MAXFEATURES };
    static char names[N + 1][8];
    static const char *feats[N + 1];
    for (int i = 0; i <= N; i++) {
        snprintf(names[i], sizeof names[i], "f%d", i);
        feats[i] = names[i];
    }
    const zc_dec_spec spec = { feats, N, dec_verdicts, 2, dec_args, 2 };
    char dir[] = "/tmp/zc_decide_XXXXXX";
    char row[128];
    snprintf(row, sizeof row, "f66 !f2 !f%d\tyes\t-\t-\tfeature 66\nf%d\tyes\t-\t-\tthe last\n"
             "*\tno\t-\t-\tthe rest\n", N - 2, N - 1);
    write_table(dir, row);
    zc_dec_table t;
    char err[512] = "";
    ck_assert_int_eq(zc_dec_load(&t, NULL, table_path(dir), &spec, err, sizeof err), ZC_OK);
    static const int on[] = { 66, 2, 65, 98, N - 1, N - 2 };
    for (size_t k = 0; k < NELEM(on); k++) {
        zc_dec_memo m = { { 0 }, { 0 }, wide_feature, (void *)&on[k] };
        ck_assert_int_eq(zc_dec_eval(&t, &m)->verdict, on[k] == 66 || on[k] == N - 1 ? 0 : 1);
    }
    zc_dec_free(&t);
    const zc_dec_spec over = { feats, N + 1, dec_verdicts, 2, dec_args, 2 };
    ck_assert_int_eq(zc_dec_load(&t, NULL, table_path(dir), &over, err, sizeof err), ZC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err, "more than"));
    unlink(table_path(dir));
    rmdir(dir);
}
END_TEST

START_TEST(test_decide_first_match)
{
    static const struct {
        unsigned val;       // features a (1), b (2), c (4)
        unsigned line;      // the row that decides
        int verdict;
        unsigned asked_c;   // whether c was computed
    } cases[] = {
        { 1 | 2, 2, 0, 0 },       // a b: the first row, c never asked
        { 1 | 2 | 4, 2, 0, 0 },   // the first row wins over the later ones that hold too
        { 1, 3, 1, 1 },           // a alone, not c: row 3 before row 4
        { 1 | 4, 4, 1, 1 },       // a, c: row 4
        { 4, 5, 0, 1 },           // c alone: the * row
        { 2, 3, 1, 1 },           // b, not c: row 3
    };
    char dir[] = "/tmp/zc_decide_XXXXXX";
    write_table(dir, dec_table);
    zc_dec_table t;
    char err[512] = "";
    ck_assert_int_eq(zc_dec_load(&t, NULL, table_path(dir), &dec_spec, err, sizeof err), ZC_OK);
    ck_assert_str_eq(t.name, "decide-test");
    ck_assert_uint_eq(t.nrows, 4);
    for (size_t i = 0; i < NELEM(cases); i++) {
        dec_cand c = { cases[i].val, { 0 } };
        zc_dec_memo m = { { 0 }, { 0 }, dec_feature, &c };
        const zc_dec_row *r = zc_dec_eval(&t, &m);
        ck_assert_ptr_nonnull(r);
        ck_assert_msg(r->ex.line == cases[i].line, "case %zu: row %u", i, r->ex.line);
        ck_assert_int_eq(r->verdict, cases[i].verdict);
        ck_assert_uint_eq(c.asked[0], 1);   // every row asks a first: computed once
        ck_assert_uint_eq(c.asked[2], cases[i].asked_c);
        ck_assert_uint_le(c.asked[1], 1);
    }
    dec_cand c = { 1 | 2, { 0 } };
    zc_dec_memo m = { { 0 }, { 0 }, dec_feature, &c };
    const zc_dec_row *r = zc_dec_eval(&t, &m);
    ck_assert_str_eq(r->rule, "x.both");
    ck_assert_int_eq(r->arg, 0);
    ck_assert_str_eq(r->ex.reason, "a and b");
    ck_assert_str_eq(r->ex.table, "decide-test");
    zc_dec_free(&t);
    remove_dir(dir);
}
END_TEST

/* A table that does not fit the code fails its load with file:line and the reason. */
static const struct {
    const char *text, *want;
} bad_table_cases[] = {
    { "a\tyes\t-\t-\tok\nb d\tno\t-\t-\tbad\n*\tyes\t-\t-\tend\n",
      "decide-test.tsv:2: unknown feature 'd'" },
    { "a\tmaybe\t-\t-\tbad\n*\tyes\t-\t-\tend\n", "decide-test.tsv:1: unknown verdict 'maybe'" },
    { "a\tyes\t>\t-\tbad\n*\tyes\t-\t-\tend\n", "decide-test.tsv:1: unknown argument '>'" },
    { "a\tyes\t-\t-\n*\tyes\t-\t-\tend\n", "decide-test.tsv:1: expected 5 columns" },
    { "a\tyes\t-\t-\tno catch-all\n", "the last row must be *" },
    { "a\tyes\t-\tnodot\tbad\n*\tyes\t-\t-\tend\n", "decide-test.tsv:1: a rule id" },
    { "!\tyes\t-\t-\tbad\n*\tyes\t-\t-\tend\n", "decide-test.tsv:1: unknown feature ''" },
};

START_TEST(test_decide_bad_table)
{
    char dir[] = "/tmp/zc_decide_XXXXXX";
    write_table(dir, bad_table_cases[_i].text);
    zc_dec_table t;
    char err[512] = "";
    ck_assert_int_eq(zc_dec_load(&t, NULL, table_path(dir), &dec_spec, err, sizeof err),
                     ZC_EFORMAT);
    ck_assert_msg(strstr(err, bad_table_cases[_i].want), "%s", err);
    remove_dir(dir);
}
END_TEST

/* Copies the built dicts to `dir`, runs the shell command `edit` in its rules folder and
 * compiles that folder into its image again (the model reads images only). */
static void dicts_edited(char *dir, const char *edit)
{
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char cmd[8192], err[512] = "";
    snprintf(cmd, sizeof cmd, "cp -r '%s'/. '%s'/ && cd '%s'/rules && %s", ZC_TEST_DICTDIR, dir,
             dir, edit);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_msg(zc_tsv_compile_dir(dir, "rules", err, sizeof err) == ZC_OK, "%s", err);
}

/* An unknown feature in the model's tables fails the model's load (and so `dictc check`,
 * at build time) with file:line. */
START_TEST(test_decide_model_unknown_feature)
{
    char dir[] = "/tmp/zc_extract_XXXXXX";
    dicts_edited(dir, "sed -i '/^ordinal\\t/s/^ordinal/ordinal_typo/' decide-number.tsv");
    zc_model *m = NULL;
    char err[4096] = "";
    ck_assert_int_eq(zc_model_open(dir, &m, err, sizeof err), ZC_EFORMAT);
    ck_assert_ptr_null(m);
    ck_assert_msg(strstr(err, "rules/decide-number.tsv:") && strstr(err, "unknown feature "
                                                                        "'ordinal_typo'"),
                  "%s", err);
    remove_dir(dir);
}
END_TEST

/* The records of `text` as "kind text" lines, with the rows that decided each; rejected
 * candidates (explain on) as "rejected text". */
static void explain_lines(zc_model *m, const char *text, char *buf, size_t size)
{
    const char *view;
    zc_doc *d = extracted(m, text, "2024-01-10", true, &view);
    buf[0] = '\0';
    for (int pass = 0; pass < 2; pass++) {
        size_t n = pass ? zc_doc_nrejected(d) : zc_doc_nrecords(d);
        for (size_t i = 0; i < n; i++) {
            const zc_record *r = pass ? zc_doc_rejected(d, i) : zc_doc_record(d, i);
            size_t k = strlen(buf);
            snprintf(buf + k, size - k, "%s %.*s", pass ? "rejected" : zc_kind_name(r->kind),
                     (int)(r->text.end - r->text.start), view + r->text.start);
            for (unsigned e = 0; e < r->nexplain; e++) {
                k = strlen(buf);
                snprintf(buf + k, size - k, " %s:%u", r->explain[e]->table, r->explain[e]->line);
            }
            k = strlen(buf);
            snprintf(buf + k, size - k, "\n");
        }
    }
    zc_doc_free(d);
}

/* cues.zcd, the cue trie compiled at build time, gives the records the trie built from the
 * rows gives; a damaged, stale or missing image is passed over (the trie is built). */
START_TEST(test_cues_image)
{
    const char *text = "各地要在2024年底前完成改造任务，对违反规定的单位处以罚款。"
                       "力争到2025年全省新建5G基站3万个。";
    char want[4096], got[4096], dir[] = "/tmp/zc_extract_XXXXXX", cmd[8192], err[4096] = "";
    zc_model *m = NULL;
    ck_assert_int_eq(zc_model_open(ZC_TEST_DICTDIR, &m, err, sizeof err), ZC_OK);
    explain_lines(m, text, want, sizeof want);
    zc_model_close(m);
    ck_assert_msg(strstr(want, "deadline") && strstr(want, "enforcement"), "%s", want);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "cp -r '%s'/. '%s'/", ZC_TEST_DICTDIR, dir);
    ck_assert_int_eq(system(cmd), 0);
    static const char *const edits[] = {
        "printf 'x' | dd of=cues.zcd bs=1 seek=4000 conv=notrunc 2>/dev/null",   // damaged
        "head -c 1000 cues.zcd > c && mv c cues.zcd",                            // truncated
        "rm cues.zcd",                                                           // missing
    };
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++) {
        snprintf(cmd, sizeof cmd, "cd '%s' && %s", dir, edits[i]);
        ck_assert_int_eq(system(cmd), 0);
        ck_assert_int_eq(zc_model_open(dir, &m, err, sizeof err), ZC_OK);
        explain_lines(m, text, got, sizeof got);
        zc_model_close(m);
        ck_assert_str_eq(got, want);
    }
    remove_dir(dir);
}
END_TEST

/* A new case is a new row: the same text under a table with one row added decides
 * otherwise, and --explain names the new row. */
START_TEST(test_decide_new_row)
{
    const char *text = "全县今年新建公厕12座。";
    char before[2048], after[2048];
    zc_model *m = NULL;
    char err[4096] = "";
    ck_assert_int_eq(zc_model_open(ZC_TEST_DICTDIR, &m, err, sizeof err), ZC_OK);
    explain_lines(m, text, before, sizeof before);
    zc_model_close(m);
    ck_assert_msg(strstr(before, "statistic 12座 decide-number:") &&
                  strstr(before, "decide-statistic:") && strstr(before, "rejected 今年"),
                  "%s", before);
    // A row at the top: a figure with a unit in a sentence of no past is a goal.
    char dir[] = "/tmp/zc_extract_XXXXXX";
    dicts_edited(dir, "sed -i '0,/^overlap/s//unit !past\\ttarget\\t>=\\ttarget.new\\ta new "
                      "case\\noverlap/' decide-number.tsv");
    ck_assert_int_eq(zc_model_open(dir, &m, err, sizeof err), ZC_OK);
    explain_lines(m, text, after, sizeof after);
    zc_model_close(m);
    ck_assert_msg(strstr(after, "target 12座 decide-number:7\n"), "%s", after);
    remove_dir(dir);
}
END_TEST

/* The arguments of records as phrases of the segmenter's words (src/extract/args.c,
 * clause.c): "kind text actor indicator-or-task" per record, "-" for none. */
static void args_of(const char *text, char *buf, size_t size)
{
    const char *view;
    zc_doc *d = extracted(fx_model, text, NULL, false, &view);
    buf[0] = '\0';
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        size_t n = strlen(buf);
        snprintf(buf + n, size - n, "%s%s ", n ? " | " : "", zc_kind_name(r->kind));
        put_span(buf, size, view, r->text);
        strncat(buf, " ", size - strlen(buf) - 1);
        put_span(buf, size, view, r->actor);
        strncat(buf, " ", size - strlen(buf) - 1);
        put_span(buf, size, view, r->kind == ZC_KIND_DEADLINE ? r->task : r->indicator);
    }
    zc_doc_free(d);
}

static const ecase args_cases[] = {
    // A range alone in the note closing a task item: the task is the item's heading.
    { "某区排水管理体制改革实施方案\n2.移交清单建立。区建设管理委完成移交清单现场盘点。"
      "（2025年6月—2025年9月）\n3.人员意愿征询。",
      "deadline 2025年6月—2025年9月 区建设管理委 移交清单建立" },
    // A party by its side in an operation or a contract (港方, 甲方) is an actor.
    { "关于推进船舶靠港使用岸电的通知\n因岸电设施不匹配导致多次未能使用岸电的，港方应及时组织增建岸电设施。",
      "deadline 及时 港方 组织增建岸电设施" },
    // The bank that holds presale funds under supervision is a name (监管银行), no check word:
    // as a subject it acts.
    { "关于进一步加强预售资金监管工作的通知\n监管银行须即时上报资金的支出情况。",
      "deadline 即时 监管银行 上报资金的支出情况" },
    // A share bounded through its base measures the subject before the modal verb, not the
    // base after the bound word (a percentage or a fraction).
    { "××条例\n\n第五条 项目自有资金不得低于项目总投资的20%。",
      "target 20% - 项目自有资金" },
    { "××条例\n\n第五条 受委托的人数不得超过本方代表的三分之一。",
      "target 三分之一 - 受委托的人数" },
    // A task-division table one cell a line: the body under 责任单位 acts for its row and for
    // the rows after it that name none; a cell holding a comma runs into the name's line.
    { "关于印发《交通领域光伏推广应用实施方案》的通知\n任务分工表\n序号\n事项\n工作措施\n责任单位\n1\n"
      "“光伏+地铁”工程\n充分利用既有车站资源，进行光伏项目的开发和建设\n申通地铁集团\n2\n"
      "新建高架车站屋顶光伏覆盖面积达到50%\n3\n“光伏+公交”工程\n"
      "到2025年，公交场站屋顶光伏覆盖率超过50%\n久事集团、各区政府",
      "target 达到50% 申通地铁集团 新建高架车站屋顶光伏覆盖面积 | deadline 到2025年 久事集团、各区政府 "
      "公交场站屋顶光伏覆盖率超过50%\n久事集团、各区政府 | target 超过50% 久事集团、各区政府 公交场站屋顶光伏覆盖率" },
    // With a lead and a supporting column the row's first name is its body, a list broken
    // after 、 going on on the next line; the bodies that assist do not act.
    { "关于印发《海铁联运发展实施方案》的通知\n任务分工\n序号\n具体内容\n牵头部门\n配合部门、单位\n1\n"
      "定期开展调研督导，及时研究解决重点难点问题。\n市发展改革委、\n市交通委\n市财政局、上海海关\n2\n"
      "加强日常监督。\n市交通委\n市财政局",
      "enforcement 督导 市发展改革委、\n市交通委 - | deadline 及时 市发展改革委、\n市交通委 "
      "研究解决重点难点问题 | enforcement 日常监督 市交通委 -" },
    // Under a 序号 header a row number right after the last figure of the row before is no
    // figure either (…⏎581吨/日⏎2⏎居住区湿垃圾分类量).
    { "关于印发《生活垃圾分类行动计划》的通知\n任务清单\n序号\n主要任务\n节点\n指标数\n责任单位\n1\n"
      "干垃圾末端控制量\n2018年\n634吨/日\n区绿化市容局\n2019年\n581吨/日\n2\n居住区湿垃圾分类量\n"
      "2018年\n36吨/日\n各街道办事处\n2019年\n72吨/日\n3\n菜场湿垃圾分类量\n2018年\n28吨/日\n区商务委\n"
      "2019年\n32吨/日",
      "target 634吨/日 区绿化市容局 干垃圾末端控制量 | target 581吨/日 区绿化市容局 干垃圾末端控制量 | "
      "target 36吨/日 各街道办事处 居住区湿垃圾分类量 | target 72吨/日 各街道办事处 居住区湿垃圾分类量 | "
      "target 28吨/日 区商务委 菜场湿垃圾分类量 | target 32吨/日 区商务委 菜场湿垃圾分类量" },
    // A handover inventory (移交清单) counts facilities as they stand, in a plan too.
    { "黄浦区排水管理体制改革实施方案\n2025年9月15日\n附件\n黄浦区公共排水设施移交清单\n"
      "管理主体\t管道（公里）\t泵站（座）\n区市政中心\t73.12\t2\n",
      "statistic 73.12 - 区市政中心 | statistic 2 - 区市政中心" },
    // A goal word opening a cell (力争2000座) leaves it a figure cell: the rows after it read.
    { "关于推进公园城市建设的指导意见\n2021年6月21日\n公园城市指标体系指引表\n编号\n关键指标\n"
      "2025年指标\n2035年指标\n1\n森林覆盖率\n19.5%\n23%\n2\n公园数量\n1000座\n力争2000座\n3\n"
      "人均公园绿地面积\n9.5平方米\n13平方米\n",
      "target 19.5% - 森林覆盖率 | target 23% - 森林覆盖率 | target 1000座 - 公园数量 | "
      "target 2000座 - 公园数量 | target 9.5平方米 - 人均公园绿地面积 | "
      "target 13平方米 - 人均公园绿地面积" },
    // A 序号 header typeset one character a line (序⏎号) heads row numbers too: a table of
    // permitted uses marked √, ○ and × holds no figure.
    { "附件\n适建范围表\n类\n别\n序\n号\n建设工程项目\n产业综合用地\n居住综合用地\n1\n产业配套住宅\n○\n√\n"
      "2\n小学\n×\n×\n3\n托幼\n○\n○\n4\n社区行政管理设施\n√\n√\n",
      "" },
    // A share bounded through its base measures what stands before the bound, not the base
    // (主导功能建筑面积占比, not …不低于总建筑面积的); not the 约 of 契约.
    { "××实施方案\n\n原则上主导功能建筑面积占比不低于总建筑面积的50%。",
      "target 50% - 主导功能建筑面积占比" },
    // A cell of signs around a figure (○（≤15%）: permitted, up to a share) takes its row's
    // label; signs and brackets alone are no words.
    { "××工作方案\n\n附件\n适建范围表\n建设工程项目\n产业综合用地\n居住综合用地\n产业配套住宅\n○（≤15%）\n√\n"
      "小学\n×\n×\n",
      "target ≤15% - 产业配套住宅" },
    // A list of duties after a copula's clause is the body the copula names.
    { "××养犬管理条例\n\n第五条 综合行政执法部门是养犬管理工作的牵头部门，履行下列职责：\n\n"
      "（五）查处未按照规定办理登记的养犬行为；",
      "enforcement 查处 综合行政执法部门 -" },
    // A condition's opener after a ； goes on with the subject the chain names.
    { "××通知\n\n各级水行政主管部门应加强对项目法人的监督检查；对发现的问题，采取约谈、通报批评等措施。",
      "enforcement 监督检查 各级水行政主管部门 - | enforcement 约谈 各级水行政主管部门 - | "
      "enforcement 通报批评 各级水行政主管部门 -" },
    // A person by the role a rule names ends in 人 (出租人, 受让人): an actor as 申请人 is.
    { "××条例\n\n第十一条 出租人、出借人应当自出租、出借之日起五日内备案。",
      "deadline 五日内 出租人、出借人 备案" },
    // A table's cell one cell a line that no header placed is measured by its row's label,
    // the nearest text line above it that is no figure and no unit alone (千升, 吨).
    { "××统计表\n主要工业产品产量\n饮料酒\n千升\n15767\n18.64\n塑料制品\n吨\n183946\n26.63",
      "statistic 15767 - 饮料酒 | statistic 18.64 - 饮料酒 | statistic 183946 - 塑料制品 | "
      "statistic 26.63 - 塑料制品" },
    // The label is no attribute cell (预期性) and no base value in brackets, and a base value
    // in brackets, whose own phrase is a bracket, is measured by the row's label too.
    { "××统计表\n水务指标\n水质达标比重\n预期性\n（86.4％）\n93.5％",
      "statistic 86.4% - 水质达标比重 | statistic 93.5% - 水质达标比重" },
    // A name of verbs of its trade before a comma and a duty is the subject (建设单位…，应当).
    { "××条例\n\n第十四条 建设单位或者管理使用单位，应当在每年汛期前制定度汛方案。",
      "deadline 每年汛期前 建设单位或者管理使用单位 制定度汛方案" },
    // A team named by the check it does is a name, no mechanism: as a subject it acts.
    { "××教育督导条例\n\n第二十条 督导小组应当在评议结束后五日内向被督导单位反馈意见。",
      "deadline 五日内 督导小组 被督导单位反馈意见" },
    // A commission's division by its field (应急保障处, 许可处) ends an actor as 管理处 does.
    { "关于印发空气重污染应急预案的通知\n(1)应急保障处：负责委工作组办公室的综合工作，及时收集和上报重要信息。",
      "deadline 及时 应急保障处 收集和上报重要信息" },
    // No record is its own subject: a name starting inside the figure is what it counts.
    { "关于推进建筑业数字化转型的实施方案\n到2025年底，80%以上的建筑业企业实现数字化转型。",
      "deadline 到2025年底 80%以上的建筑业企业 实现数字化转型 | target 80%以上 - -" },
    // A name ending in a char tagged a verb (办) goes on with a list after a join word.
    { "关于进一步改进市重大工程建设项目前期工作的实施意见\n市重大办会同有关部门定期对项目前期工作进行分析和评估。",
      "deadline 定期 市重大办会同有关部门 项目前期工作进行分析和评估" },
    // A township's station or office (财政所, 安监所) is one name: its 所 ends the actor.
    { "关于加强小型建设工程管理的实施意见\n4.镇财政所负责对使用财政性资金的工程的资金使用情况进行监管。",
      "enforcement 监管 镇财政所 -" },
    // Actors. A lead-department tag names who acts for the records of its paragraph: in a
    // parenthesis after the department, or after a label, a list joined by 、.
    { "全省要建成5G基站1000座(省通信管理局牵头)。", "target 1000座 省通信管理局 建成5G基站" },
    { "年底前完成全部改造任务。(持续推进,牵头考核单位:市政府办公室、市公安局)",
      "deadline 年底前 市政府办公室、市公安局 完成全部改造任务" },
    // After a label the list runs on past a comma that joins levels and past a name's own
    // parenthesis, takes the 等 that closes it, and stops at another label (参加单位:); a
    // paragraph that is the tag alone names who carries out the item above it.
    { "对符合条件的赛事给予补贴。(责任单位:市体育局、市经济信息委、市财政局等)",
      "enforcement 补贴 市体育局、市经济信息委、市财政局等 -" },
    { "对小规模纳税人,免征增值税。(责任单位:北京市税务局,各区税务局)",
      "enforcement 免征 北京市税务局,各区税务局 -" },
    { "年底前完成改造任务。(牵头单位:省商务厅,参加单位:省文化和旅游厅)",
      "deadline 年底前 省商务厅 完成改造任务" },
    { "(一)增加土地供应。三年内完成土地整理。\n责任单位:市国土局,各县(市)人民政府\n"
      "(二)做好公开。定期公布供地计划。",
      "deadline 三年内 市国土局,各县(市)人民政府 完成土地整理 | deadline 定期 - 公布供地计划" },
    // A tag closing a section names who carries out its items that carry no tag of their own.
    { "四、落实税收政策\n(一)对个人购买家庭唯一住房的,减按1%的税率征收契税。\n"
      "(二)对个人将购买2年以上的住房对外销售的,免征增值税。\n(责任部门:市税务局)\n"
      "五、鼓励人才\n(一)对高校毕业生给予购房补贴。\n(责任部门:市人社局)\n"
      "(二)对新毕业生给予契税补贴。\n(责任部门:市房产局)",
      "enforcement 减按 市税务局 - | enforcement 免征 市税务局 - | enforcement 补贴 市人社局 - | "
      "enforcement 补贴 市房产局 -" },
    // So does a paragraph that is a parenthesised tag ending in 牵头, cooperating bodies aside.
    { "(一)加强科普。定期开展安全应急演练。\n(省科协、省妇联、团省委牵头,省总工会等部门配合)",
      "deadline 定期 省科协、省妇联、团省委 开展安全应急演练" },
    { "(一)增加土地供应。三年内完成土地整理。\n(市国土局、市财政局牵头,市发改委等部门配合)\n"
      "(二)做好公开。定期公布供地计划。",
      "deadline 三年内 市国土局、市财政局 完成土地整理 | deadline 定期 - 公布供地计划" },
    // 牵头负责 closes a tag as 牵头 does.
    { "某省数字经济发展规划\n到2025年，建成10个工业互联网平台。（省工业和信息化厅牵头负责）",
      "deadline 到2025年 省工业和信息化厅 建成10个工业互联网平台 | "
      "target 10个 省工业和信息化厅 工业互联网平台" },
    // A bureau's plan names the divisions that lead its items (牵头指导处室：).
    { "及时通报相关认证机构依法处理。(牵头指导处室:市局特种设备安全监察处)",
      "deadline 及时 市局特种设备安全监察处 通报相关认证机构依法处理" },
    // A group company (集团) ends an actor as 公司 does, also in a list.
    { "各区港口管理部门、上港集团应在11月底前报送岸电改造计划。",
      "deadline 11月底前 各区港口管理部门、上港集团 报送岸电改造计划" },
    // A bare list of departments in parentheses closing an item's paragraph after its full
    // stop, or as a paragraph of its own, is its tag too; one right after the words is none.
    { "(一)做好转让公开。定期公布转让情况。(区经委、区规划资源局)\n(二)做好公开。定期公布供地计划。",
      "deadline 定期 区经委、区规划资源局 公布转让情况 | deadline 定期 - 公布供地计划" },
    { "(一)做好转让公开。定期公布转让情况。\n(区经委、区规划资源局)",
      "deadline 定期 区经委、区规划资源局 公布转让情况" },
    { "定期公布转让情况(区经委)。", "deadline 定期 - 公布转让情况(区经委)" },
    // A department's name alone on its line, its duties on the next (a table of the member
    // units' duties, one cell a line), carries out those duties.
    { "单位\n职责分工\n区规划资源局\n负责检查督办和执法查处。\n区财政局\n定期公布补贴资金使用情况。",
      "enforcement 督办 区规划资源局 - | enforcement 查处 区规划资源局 - | "
      "deadline 定期 区财政局 公布补贴资金使用情况" },
    // A plan's tag names the department that refers a crime to the judiciary too.
    { "1．严厉打击违法行为。构成犯罪的，移送司法机关追究刑事责任。（市局特种设备安全监察处牵头）",
      "enforcement 打击 市局特种设备安全监察处 - | "
      "enforcement 移送司法机关 市局特种设备安全监察处 - | "
      "enforcement 追究刑事责任 市局特种设备安全监察处 -" },
    // So does a numbered name of a division of duties, alone on its line or closed by a full
    // stop before its duties.
    { "三、职责分工\n(二)区城管执法局\n负责对违规行为进行查处。\n(三)区财政局。负责资金保障；"
      "定期公布补贴资金使用情况。",
      "enforcement 查处 区城管执法局 - | deadline 定期 区财政局 公布补贴资金使用情况" },
    // A name with an alias in brackets leads under the alias the text goes on with.
    { "三、职责分工\n（三）城市建设交通运输事务中心（建设工程质量安全监督站）（以下简称建交中心）。"
      "负责对施工质量进行抽查。", "enforcement 抽查 建交中心 -" },
    // Or closed by a colon, its duties after it on the same line.
    { "三、职责分工\n(八)区公安分局：对阻碍依法执行公务行为的人员，依法予以查处。",
      "enforcement 查处 区公安分局 -" },
    // The tag line may stand in parentheses; a bank branch (分行: v in jieba) is one body.
    { "(一)落实税费政策。对购房人免征契税。\n(责任部门:市税务局、中国人民银行北京市分行)\n(二)做好公开。定期公布供地计划。",
      "enforcement 免征 市税务局、中国人民银行北京市分行 - | deadline 定期 - 公布供地计划" },
    // A tag's list may be longer than one actor; 分工负责 closes it like 牵头.
    { "定期组织安全应急培训(省委网信办、省公安厅、省大数据局、省保密局、省密码管理局分工负责,"
      "各部门配合)。",
      "deadline 定期 省委网信办、省公安厅、省大数据局、省保密局、省密码管理局 组织安全应急培训" },
    // The State Council's tags: the central organs by short name (人民银行, 银保监会), a comma
    // before the provinces, the manner words left out; a label 负责部门：.
    { "（三）加大贴息支持。各地要及时拨付贴息资金。（财政部、人力资源社会保障部、人民银行、银保监会负责）",
      "enforcement 贴息 财政部、人力资源社会保障部、人民银行、银保监会 - | "
      "deadline 及时 各地 拨付贴息资金 | enforcement 贴息 各地 -" },
    { "对失业青年给予就业见习补贴。（人力资源社会保障部、财政部，各省级人民政府按职责分工负责）",
      "enforcement 补贴 人力资源社会保障部、财政部,各省级人民政府 -" },
    { "对失业青年给予就业见习补贴。（人民银行、银保监会负责）",
      "enforcement 补贴 人民银行、银保监会 -" },
    // A province's tag opens with its prefecture-level cities (各地级以上市人民政府: a word of
    // the vocabulary, or 各地 takes the 地 of 地级).
    { "对失业青年给予就业见习补贴。（各地级以上市人民政府，省人力资源社会保障厅按职责分工负责）",
      "enforcement 补贴 各地级以上市人民政府,省人力资源社会保障厅 -" },
    // A parenthesis inside a tag's body (各县(市、区)人民政府) neither ends the tag nor splits
    // the list.
    { "对失业青年给予就业见习补贴。（县财政局、各县（市、区）人民政府负责）",
      "enforcement 补贴 县财政局、各县(市、区)人民政府 -" },
    // A document that says in its first tag, once, that the department listed first leads
    // (列第一位者为牵头单位，下同) gives each tag's records that department (G028 of the State
    // Council documents): after 、, a comma, or before 等.
    // A clause inside quotes (a slogan) names no subject: the records after it keep the one
    // before.
    { "各区牵头部门要始终坚持“人民城市人民建，人民城市为人民”的重要理念，组织开展现场巡查、抽查。",
      "enforcement 巡查 各区牵头部门 - | enforcement 抽查 各区牵头部门 -" },
    { "（一）稳定岗位。对参保企业给予一次性补贴。（人力资源社会保障部、财政部负责。"
      "列第一位者为牵头单位，下同）\n（二）小微企业。对小微企业给予贷款贴息。（财政部、"
      "人民银行、银保监会负责）\n（三）基本生活。对失业人员给予临时生活补助。（民政部等有关"
      "部门和单位负责）\n（四）资金管理。各地要对资金加强监管。（各有关部门和单位，各省级人民"
      "政府按职责分工负责）",
      "enforcement 一次性补贴 人力资源社会保障部 - | enforcement 贷款贴息 财政部 - | "
      "enforcement 补助 民政部 - | enforcement 加强监管 各地 -" },
    { "对失业青年给予就业见习补贴。（各有关部门和单位，各省级人民政府按职责分工负责。"
      "排在第一位的部门为牵头部门，下同）",
      "enforcement 补贴 各有关部门和单位 -" },
    // A passive 被 with no authority after it does not hide the paragraph's lead tag.
    { "（七）实行制度。公布被吊销营运资质企业的“黑名单”。对安全管理混乱的企业，依法责令停业"
      "整顿。（牵头部门：市交通港口局。配合部门：市建设交通委）",
      "enforcement 黑名单 市交通港口局 - | enforcement 责令停业整顿 市交通港口局 -" },
    { "银保监会要定期开展检查。", "deadline 定期 银保监会 开展检查" },
    // Coordination bodies and task forces act (部际联席会议, 工作专班).
    { "深化收入分配制度改革部际联席会议要适时组织专项督查。",
      "deadline 适时 深化收入分配制度改革部际联席会议 组织专项督查 | "
      "enforcement 专项督查 深化收入分配制度改革部际联席会议 -" },
    // The levels of a numbered section are skipped (8.6.2, 3.2 and a space); two levels joined
    // to the text are a decimal number.
    { "8.6.2各级财政和审计部门要对资金的使用进行监督检查。",
      "enforcement 监督检查 各级财政和审计部门 -" },
    { "3.2 各区要定期开展检查。", "deadline 定期 各区 开展检查" },
    // An item number of two or three Chinese numerals is skipped like 三、.
    { "二十一、各部门要及时报告。", "deadline 及时 各部门 报告" },
    // A verb before a level named by one character opens a clause with no actor (the tag
    // after it names one).
    { "强化省、市数据大厅展示功能,定期组织主题活动(省大数据局牵头)。",
      "deadline 定期 省大数据局 组织主题活动" },
    // 会同 and 或者 join the bodies that act together.
    { "由民政部门会同规划国土部门予以取缔。", "enforcement 取缔 民政部门会同规划国土部门 -" },
    { "由所在单位或者其上级主管部门责令改正。",
      "enforcement 责令改正 所在单位或者其上级主管部门 -" },
    // A cross-reference before the authority names no part of it.
    { "由本规定第五条规定的负责监督管理扬尘污染防治的部门责令改正。",
      "enforcement 责令改正 负责监督管理扬尘污染防治的部门 -" },
    // A field that a mechanism word ends (城管执法, 安全监管) is an item of a list of bodies;
    // a list of verbs (监督、检查、考核…) is none.
    { "城管执法、公安等部门要强化对运输车辆的监督检查。",
      "enforcement 监督检查 城管执法、公安等部门 -" },
    { "安全监管、公安、交通运输等职能管理部门应加强联合执法。",
      "enforcement 联合执法 安全监管、公安、交通运输等职能管理部门 -" },
    // 已 inside a preposition's object qualifies a noun: the clause reports no past, and its
    // records keep the subject of the clause before.
    { "相关街镇要健全长效机制，加强对已整治地块的执法巡查。",
      "enforcement 巡查 相关街镇 -" },
    // 严 before a verb is the adverb (严把…关): the body before it acts, through a condition
    // that addresses its case.
    { "监理单位严把施工质量验收关，对未按规定使用再生产品的，责令施工单位及时纠正。",
      "enforcement 责令 监理单位 - | deadline 及时 监理单位 纠正" },
    // A count of levels (两级, 三级) names the levels of the bodies, no count of an object.
    { "市区两级交通管理部门对所属危险货物道路运输企业检查全覆盖。",
      "enforcement 检查 市区两级交通管理部门 -" },
    // The party a copula names responsible acts in the clause of duty after it; 用户 ends a
    // party's name (城镇燃气管理条例 Art. 28).
    { "餐饮用户是安装燃气报警装置的责任主体，应立即开展安装工作。",
      "deadline 立即 餐饮用户 开展安装工作" },
    { "项目法人单位是现场扬尘管控的第一责任人，应组织对现场进行检查。",
      "enforcement 检查 项目法人单位 -" },
    // Parties statutes bind by their role (民法典: 所有人; 税收征收管理法: 纳税人) and public
    // institutions (公共图书馆法: 图书馆) end an actor.
    { "船舶所有人应当自改造完成之日起十日内备案。", "deadline 十日内 船舶所有人 备案" },
    // The agent 由 names after a bound acts within it; the addressee after 向 is no part of its
    // name; waste before its disposal is an event (城市建筑垃圾管理规定 Art. 7).
    { "工程垃圾处置前由建设单位向区绿化市容管理部门如实申报。",
      "deadline 处置前 建设单位 由建设单位向区绿化市容管理部门如实申报" },
    { "区县（市）公共图书馆应当定期为乡镇提供服务。",
      "deadline 定期 区县(市)公共图书馆 乡镇提供服务" },
    // A steering verb (督促, 发动, 引导) opens a clause whose object acts at another's bidding:
    // no actor.
    { "督促企业在年底前完成整改。", "deadline 年底前 - 完成整改" },
    // A list of fields closed by 等 before its head, alone in its clause before the modal verb.
    { "公安、交通运输等行政主管部门，应当及时查处违法行为。",
      "deadline 及时 公安、交通运输等行政主管部门 查处违法行为 | "
      "enforcement 查处 公安、交通运输等行政主管部门 -" },
    // 国企, the short form of 国有企业, ends a party's name, also in a list.
    { "区林业主管部门及市属国企将采取通报批评等措施。",
      "enforcement 通报批评 区林业主管部门及市属国企 -" },
    // A bound that ends its clause heads the next, with its actor; the stages of a product's or
    // a site's life are events (periods.tsv: 交付使用, 出厂, 起飞).
    { "新建房屋交付使用前，建设单位应当提交有关材料。",
      "deadline 交付使用前 建设单位 提交有关材料" },
    { "生产企业应当对每台水表在出厂前进行计量检定。",
      "deadline 出厂前 生产企业 计量检定" },
    // A verb word right after a whole actor begins its verb phrase.
    { "各乡镇、各部门确定专人担任信息员,每周五前将工作进展报县爱卫办。",
      "deadline 每周五前 各乡镇、各部门 将工作进展报县爱卫办" },
    // A list of bodies closed by 等, with or without the head after it, is the actor as written
    // (heldout-genres2 0166), after 由 too.
    // The last character of a verb (举办, 增长) ends no body's name, as a suffix (办, 长)
    // would; nouns that jieba tags as verbs are nouns in the lexicon's tags (安委办, 镇长).
    { "举办元旦至春节期间音乐嘉年华,吸引游客。", "deadline 元旦至春节期间 - 音乐嘉年华" },
    { "县安委办要在6月底前组织督查。",
      "deadline 6月底前 县安委办 组织督查 | enforcement 督查 县安委办 -" },
    { "镇长要在6月底前组织督查。", "deadline 6月底前 镇长 组织督查 | enforcement 督查 镇长 -" },
    // 面向 (n in jieba) is the verb of whom an act aims at: no body's name opens with it.
    { "面向建筑业企业举办不少于2场培训。", "target 不少于2场 - 面向建筑业企业举办" },
    { "县发改局、县财政局等要在6月底前完成摸底工作。",
      "deadline 6月底前 县发改局、县财政局等 完成摸底工作" },
    { "县发改局、县财政局等部门要在6月底前完成摸底工作。",
      "deadline 6月底前 县发改局、县财政局等部门 完成摸底工作" },
    { "由县医保局、县卫健局等对定点医药机构进行监督检查。",
      "enforcement 监督检查 县医保局、县卫健局等 -" },
    // So does a preposition (依照) after an agent named by 由.
    { "由公安机关依照《治安管理处罚法》给予处罚。", "enforcement 处罚 公安机关 -" },
    // The Centre, a charity, the Red Cross and the joint prevention mechanism are bodies a
    // speech addresses (corpus/heldout-speeches 0068, 0089).
    { "中央结合督查巡查进行抽查。",
      "enforcement 督查 中央 - | enforcement 巡查 中央 - | enforcement 抽查 中央 -" },
    { "国务院联防联控机制要及时调配。", "deadline 及时 国务院联防联控机制 调配" },
    { "慈善组织、红十字会要高效运转，让每一份爱心善意都及时得到落实。",
      "deadline 及时 慈善组织、红十字会 得到落实" },
    // Banks and their branches end an actor (a plan's responsible units, a rule's banks).
    { "合作银行须于5个工作日内完成审批。", "deadline 5个工作日内 合作银行 完成审批" },
    // Parties statutes bind by their role: bankruptcy's administrator, the education inspector.
    { "管理人应当及时通知已知债权人。", "deadline 及时 管理人 通知已知债权人" },
    { "男女双方在结婚登记前，应当进行婚前医学检查。", "deadline 结婚登记前 男女双方 婚前医学检查" },
    { "监理单位发现施工单位未按照方案施工的，应当立即报告建设单位。",
      "deadline 立即 监理单位 报告建设单位" },
    { "督学应当在五日内提交督导报告。", "deadline 五日内 督学 提交督导报告" },
    // An article number is skipped.
    { "第十五条 县级以上地方人民政府劳动行政部门应当依法监督检查用人单位执行条例的情况。",
      "enforcement 监督检查 县级以上地方人民政府劳动行政部门 -" },
    // A place or organisation by its tag (ns, nt), with a duty.
    { "海珠区每年将在人才入户等方面给予服务支持。", "enforcement 给予服务支持 海珠区 -" },
    // A time before the subject; a level of government by one character.
    { "今年县财政安排就业补助资金不少于2000万元。",
      "target 不少于2000万元 县财政 安排就业补助资金" },
    { "县对辖区内控辍保学工作进行统筹协调,及时研究解决重大问题。",
      "deadline 及时 县 研究解决重大问题" },
    { "任何单位和个人如发现遗弃的化学武器,都要立即逐级上报。",
      "deadline 立即 任何单位和个人 逐级上报" },
    // Penalty articles (GUIDELINES.md: the actor of a sanction is the authority that imposes
    // it). The violator is never the actor: a subject a violation follows (违反, cues.tsv role
    // violate), or whose clauses run into a condition closed by 的.
    { "第五条 国家行政机关违反本规定,对直接责任者给予警告处分。",
      "enforcement 警告处分 - -" },
    { "违反本条例规定,特种设备销售单位未建立销售记录制度,或者未履行告知义务的,责令改正,"
      "处一万元罚款。",
      "enforcement 责令改正 - - | enforcement 罚款 - -" },
    // An authority after 由 may be long, with parentheses and mechanism words (执法) inside.
    { "违反本条例规定的,由市城市管理主管部门或者县(市、区)综合行政执法(城市管理)主管部门"
      "责令改正,处五百元罚款。",
      "enforcement 责令改正 市城市管理主管部门或者县(市、区)综合行政执法(城市管理)主管部门 - | "
      "enforcement 罚款 市城市管理主管部门或者县(市、区)综合行政执法(城市管理)主管部门 -" },
    // In a rule the authority an article names carries to its items and later sentences,
    // not past the next article, not to a referral, not to a violation an item lists.
    { "第三十条 违反本条例规定的,由市容环境卫生主管部门按照下列规定处罚:\n"
      "(一)乱扔垃圾的,处五十元罚款;\n(二)乱倒污水的,处一百元罚款。\n"
      "第三十一条 擅自拆除环卫设施的,处五百元罚款。",
      "enforcement 处罚 市容环境卫生主管部门 - | enforcement 罚款 市容环境卫生主管部门 - | "
      "enforcement 罚款 市容环境卫生主管部门 - | enforcement 罚款 - -" },
    { "第十条 违反本条例规定的,由渔业行政主管部门责令改正。情节严重的,吊销捕捞许可证。"
      "构成犯罪的,依法追究刑事责任。",
      "enforcement 责令改正 渔业行政主管部门 - | enforcement 吊销 渔业行政主管部门 - | "
      "enforcement 追究刑事责任 - -" },
    { "第九十四条 违反本条例规定,监督管理部门有下列行为之一的,由上级机关责令改正:\n"
      "(一)发现违法行为不予查处的;\n(二)拒不配合事故调查的。",
      "enforcement 责令改正 上级机关 - | enforcement 查处 - -" },
    // 由X处N元罚款: the authority ends before the fine's one-character verb and its sum.
    { "第五条 违反本条例规定的,由公安机关处五百元罚款。", "enforcement 罚款 公安机关 -" },
    { "第六条 违反本条例规定的,由县级以上人民政府交通主管部门处2000元以下罚款。",
      "enforcement 罚款 县级以上人民政府交通主管部门 -" },
    // 或 alone joins the bodies of a list, as 或者 does.
    { "第七条 工作人员玩忽职守的,由其所在单位或上级主管部门给予行政处分。",
      "enforcement 行政处分 其所在单位或上级主管部门 -" },
    // A discipline of officials (处分) takes an authority of 由 or of its article only when it
    // is an organ that disciplines them (任免机关, 监察机关, 所在单位, 上级): the department that
    // fines the violator does not (公职人员政务处分法 Art. 3).
    { "第八条 违反本条例规定的,由药品监督管理部门给予警告。造成严重后果的,"
      "对直接责任人员依法给予处分。",
      "enforcement 警告 药品监督管理部门 - | enforcement 处分 - -" },
    { "第九条 违反本条例规定的,由交通主管部门处五百元罚款;负有责任的主管人员属于国家工作人员的,"
      "依法给予处分。",
      "enforcement 罚款 交通主管部门 - | enforcement 处分 - -" },
    { "第十条 工作人员滥用职权的,由其所在单位或者上级机关给予行政处分。情节严重的,"
      "对直接责任人员依法给予处分。",
      "enforcement 行政处分 其所在单位或者上级机关 - | enforcement 处分 其所在单位或者上级机关 -" },
    // A rule names its penalty authority once for the whole text: its general provisions
    // make a department competent (负责本行政区域内…, cues.tsv competent/competent_scope), or a
    // statement of penalties names who decides them (其他行政处罚，由X决定, wherever it stands);
    // the penalties whose articles name none take it, with the times an order sets (责令限期);
    // not a party's own times, nor the discipline of officials, nor a government that leads.
    { "第一章 总则\n第五条 县级以上地方各级人民政府公安机关负责本行政区域内的治安管理工作。\n"
      "第二章 违法行为\n第十条 违反本条例规定,扰乱公共秩序的,责令限期改正,处五百元罚款。\n"
      "第十一条 经营者应当一年内更新车辆。对直接负责的主管人员依法给予处分。",
      "enforcement 责令限期改正 县级以上地方各级人民政府公安机关 - | "
      "deadline 限期 县级以上地方各级人民政府公安机关 改正 | "
      "enforcement 罚款 县级以上地方各级人民政府公安机关 - | deadline 一年内 经营者 更新车辆 | "
      "enforcement 处分 - -" },
    { "第五条 市人民政府负责本市古树保护的组织领导。\n"
      "第二十条 违反本条例规定,擅自采伐古树的,处五千元罚款。\n"
      "第二十一条 其他行政处罚,由县级以上人民政府林业主管部门决定。",
      "enforcement 罚款 县级以上人民政府林业主管部门 -" },
    { "第五条 市人民政府负责本市古树保护的组织领导。\n"
      "第二十条 违反本条例规定,擅自采伐古树的,处五千元罚款。\n"
      "第二十一条 当事人对行政处罚决定不服的,由作出处罚决定的机关申请人民法院强制执行。",
      "enforcement 罚款 - - | enforcement 强制执行 作出处罚决定的机关 -" },
    // An article names its authority with no record of its own (由X按照下列规定进行处理,
    // cues.tsv penalize) for its items; a chapter's first article that addresses every
    // violation of the text (对违反本条例的行为) reaches the chapter's later penalties, up to
    // the next authority an article names, and not past the chapter.
    { "第五章 法律责任\n第三十八条 对违反本条例的行为,由市测绘管理部门按照下列规定进行处理:\n"
      "(一)违反本条例第十一条规定的,责令停止违法行为,并处一千元罚款。\n"
      "第三十九条 擅自测绘的,处五千元罚款。\n"
      "第四十条 违反本条例第九条规定的,由公安机关责令改正。\n"
      "第四十一条 擅自测绘的,处五千元罚款。\n第六章 附则\n第四十二条 擅自测绘的,处五千元罚款。",
      "enforcement 责令 市测绘管理部门 - | enforcement 罚款 市测绘管理部门 - | "
      "enforcement 罚款 市测绘管理部门 - | enforcement 责令改正 公安机关 - | "
      "enforcement 罚款 - - | enforcement 罚款 - -" },
    // A party that bears a cost (所需费用由违法行为人承担, cues.tsv bear) is no authority; 所
    // before 需 is no level of government (cues.tsv level).
    { "第十条 违反本条例规定,乱倒垃圾的,由城市管理部门责令清除;拒不清除的,代为清除,"
      "所需费用由违法行为人承担,并处五百元罚款。",
      "enforcement 责令 城市管理部门 - | enforcement 代为清除 城市管理部门 - | "
      "enforcement 由违法行为人承担 城市管理部门 - | enforcement 罚款 城市管理部门 -" },
    // Outside rules, an organ before the opener of a condition closed by 的 acts on it.
    { "县安委会对安全生产责任制不落实的,进行约谈。", "enforcement 约谈 县安委会 -" },
    // The statement of penalties: an authority list joined by 或者 read whole; jurisdiction
    // (发现违法行为的, 违法行为发生地, cues.tsv venue) is no part of the authority it names.
    { "第二条 违反本条例规定,偷捕水产品的,没收渔获物。\n第三条 本条例规定的行政处罚,"
      "由县级以上人民政府渔业行政主管部门或者其所属的渔政监督管理机构决定。",
      "enforcement 没收 县级以上人民政府渔业行政主管部门或者其所属的渔政监督管理机构 -" },
    { "第二条 违反本条例规定,走私的,没收货物。\n"
      "第三条 海关行政处罚由发现违法行为的海关管辖,也可以由违法行为发生地海关管辖。",
      // The jurisdiction statement assigns the sanction (competence_inline), no record.
      "enforcement 没收 海关 -" },
    // The applicant to a court is no name: 申请人民法院 ends an actor as a preposition does.
    { "第九条 逾期不拆除的,申请人民法院强制执行。", "enforcement 强制执行 - -" },
    // 拟 (plans to) ends the actor as 正在 does.
    { "发展改革委拟研究制订技术政策,利用国债资金支持产业化发展。",
      "enforcement 资金支持 发展改革委 -" },
    // A relative clause closed by 的 before the head of the name describes the body, when a
    // modal verb follows or an agent marker hands it the act; not whom a sanction hits.
    { "负责特种设备安全监督管理的部门应当及时公布检查结果。",
      "deadline 及时 负责特种设备安全监督管理的部门 公布检查结果" },
    { "鼓励有条件的地区制定资金奖补措施。", "enforcement 奖补 有条件的地区 -" },
    { "未按规定报送的单位,予以通报批评。", "enforcement 予以通报批评 - -" },
    // No actor: a verb and its object, a clause holding one, a passive's subject.
    { "规划建设5G基站不少于12万个。", "target 不少于12万个 - 规划建设5G基站" },
    { "市里下达我县改造任务31个。", "target 31个 - 市里下达我县改造任务" },
    { "镇长被县纪委约谈。", "enforcement 约谈 县纪委 -" },
    // 依职责 after the authority of 由; 视 opens a scope (heldout-blind2 0243); a relative
    // clause after the authority of 由 runs to its head (clause.c relative_head).
    { "第七十六条 违反本办法规定的,由药品监督管理部门依职责责令改正。",
      "enforcement 责令改正 药品监督管理部门 -" },
    { "省教育厅将对立项项目进行管理,视省教育厅部门预算安排情况给予经费支持。",
      "enforcement 给予经费支持 省教育厅 -" },
    { "第二条 违反本条例规定的,由县级以上地方人民政府负责煤矿安全生产监督管理的部门责令改正。",
      "enforcement 责令改正 县级以上地方人民政府负责煤矿安全生产监督管理的部门 -" },
    // A name alone in its clause before a modal verb (clause.c name_clause); a topic handed to
    // the agent of the next clause (topic_agent).
    { "一切单位和个人,必须及时清扫积雪。", "deadline 及时 一切单位和个人 清扫积雪" },
    // A subject's own judgement closed by 的 before its power (clause.c judging_subject).
    { "第一百零四条 药品监督管理部门认为有必要的,可以对临床试验进行现场检查。",
      "enforcement 现场检查 药品监督管理部门 -" },
    // A copula's clause is no name of its own, but the body before the copula is the
    // competent one and acts in the 负责 clause (heldout-laws L014's gold).
    { "公安机关是养犬管理工作的主管部门,负责查处违法养犬行为。", "enforcement 查处 公安机关 -" },
    { "对本行政区域内企业的监督检查,由县级以上人民政府市场监督管理部门负责。",
      "enforcement 监督检查 县级以上人民政府市场监督管理部门 -" },
    // A record with no actor takes the subject of the last earlier sentence of its paragraph
    // that names one (read only when a record asks for it: ZC_LEAD_PENDING): past one that
    // names none, the nearest, and never one of another paragraph. (Their sentences state a
    // modal verb: an organ's own sentence without one makes its undated schedule the issuer's,
    // no deadline, and zc_ext_carried_organ reads the pending subject to tell.)
    { "县教育局要负责组织实施。积极开展宣传。每年开展一次检查。\n"
      "县卫健局负责组织实施。每月开展一次督查。",
      "deadline 每年 县教育局 开展一次检查 | enforcement 督查 县卫健局 -" },
    { "县教育局负责组织实施。县财政局要负责资金保障。每年开展一次检查。",
      "deadline 每年 县财政局 开展一次检查" },
    { "县教育局负责组织实施。县财政局负责资金保障。每年开展一次检查。", "" },
    // Indicators. Only a verb before the figure: the noun phrase after it.
    { "要建设300个数字工厂。", "target 300个 - 数字工厂" },
    { "力争新建10家以上信息领域省级重点实验室。",
      "target 10家以上 - 信息领域省级重点实验室" },
    // A count whose classifier a noun follows counts that noun (the scope and verb before it
    // are no part); a share or a bound before a noun does not (须达到80%以上方可).
    { "镇森林防火指挥部组成3个工作组。", "statistic 3个 - 工作组" },
    { "城区有6条公交线路。", "statistic 6条 - 公交线路" },
    { "居民同意率须达到80%以上方可实施。", "target 达到80%以上 - 居民同意率" },
    // A figure with no phrase of its own measures what the figure before it measures (over
    // clauses that name nothing first); a clause that opens with a figure does not.
    { "社会消费品零售总额14.25亿元,增长6.9%。",
      "statistic 14.25亿元 - 社会消费品零售总额 | statistic 6.9% - 社会消费品零售总额" },
    { "城镇居民人均可支配收入22258元,比上年增加1894元,增长9.3%。",
      "statistic 22258元 - 城镇居民人均可支配收入 | statistic 1894元 - 比上年 | "
      "statistic 9.3% - 城镇居民人均可支配收入" },
    // 分别 gives each figure of its list the item of its clause or the figure before it.
    { "动工率、完成率分别为90%、78%。", "statistic 90% - 动工率 | statistic 78% - 完成率" },
    { "全市发生事故9起,死亡11人,分别同比下降30.8%和20%。",
      "statistic 9起 - 全市发生事故 | statistic 11人 - 死亡 | statistic 30.8% - 全市发生事故 | "
      "statistic 20% - 死亡" },
    // Or the item of the clause before it, a list of as many nouns with no figure.
    { "城镇居民人均可支配收入和农村居民人均纯收入,分别实际增长58.3%和29.2%。",
      "statistic 58.3% - 城镇居民人均可支配收入 | statistic 29.2% - 农村居民人均纯收入" },
    // Another figure inside the phrase is no part of it: what precedes it, or the next item.
    { "乡道123条626.203公里。", "statistic 123条 - 乡道 | statistic 626.203公里 - 乡道" },
    { "有水库塘坝41座和电灌站9处。",
      "statistic 41座 - 有水库塘坝 | statistic 9处 - 电灌站" },
    // A verb of achieving is no part of it, unless the figure is a share of what is achieved.
    { "实现税金8000万元。", "statistic 8000万元 - 税金" },
    { "完成年度预算的47.6%。", "statistic 47.6% - 完成年度预算的" },
    // A zero goal measures what is named before it.
    { "确保零就业家庭动态清零。", "target 清零 - 零就业家庭动态" },
    // A majority a vote must reach: > 50 %, what votes named before it.
    { "主席团的决定，以主席团成员的过半数通过。", "target 过半数 - 主席团成员的" },
    // No noun phrase after it either: the verb phrase is what is counted.
    { "全县共发生事故9起,死亡11人。", "statistic 9起 - 全县共发生事故 | statistic 11人 - 死亡" },
    // Leading pronouns and adverbs are no part of it; verbs stay (死亡人口).
    { "全县在校学生131391人,其中高中10824人。",
      "statistic 131391人 - 全县在校学生 | statistic 10824人 - 高中" },
    { "截至12月,死亡人口599人。", "statistic 599人 - 死亡人口" },
    // Tasks. A time alone in its clause: the next clause, without its actor and modal verb.
    { "春节前后,县疫情防控指挥部要组织专班开展督导检查。",
      "deadline 春节前后 县疫情防控指挥部 组织专班开展督导检查 | "
      "enforcement 督导检查 县疫情防控指挥部 -" },
    // More times of a list after it are no task either.
    { "1至2月和清明期间,各乡镇要在进山路口设卡检查。",
      "deadline 1至2月 各乡镇 进山路口设卡检查 | deadline 清明期间 各乡镇 进山路口设卡检查 | "
      "enforcement 设卡检查 各乡镇 -" },
    // A stage heading: the stage before its time.
    { "(一)准备阶段(即日起至4月30日)。", "deadline 即日起至4月30日 - 准备阶段" },
    // A time that modifies the object: the clause's own verb phrase (from its object on).
    { "镇村两级要把征兵工作作为近期的一项重要工作任务。",
      "deadline 近期 镇村两级 征兵工作作为近期的一项重要工作任务" },
    // A rule's list of duties (履行下列义务：, cues.tsv list_open) gives its subject, a party or
    // an authority, to the items that name none (corpus/heldout-laws L014); a name whose words
    // are the verbs of a trade before a modal verb is a subject (维护保养单位应当…).
    { "某市电梯安全管理条例\n第十三条 使用管理单位应当履行下列义务：\n（三）定期维护保养电梯；\n"
      "第十四条 维护保养单位应当在三十分钟内到达现场。",
      "deadline 定期 使用管理单位 维护保养电梯 | deadline 三十分钟内 维护保养单位 到达现场" },
    // A duty a case calls for falls on the subject whose case it is (不能当日处理或者答复的，应当在二
    // 日内…: the firm); a finding's object (发现机关、单位违反…的) is none, the finder acts.
    { "某市供热条例\n第二十五条 热经营企业应当及时处理或者答复，不能当日处理或者答复的，应当在二日内给予处理或者答复。",
      "deadline 及时 热经营企业 处理或者答复 | deadline 二日内 热经营企业 给予处理或者答复" },
    { "某市保密条例\n第三十四条 保密行政管理部门应当开展日常监督检查。发现机关、单位违反保密管理规定的，应当要求其限期整改。",
      "enforcement 日常监督 保密行政管理部门 - | deadline 限期 保密行政管理部门 整改" },
    // A plan's list of measures or work the colon closes gives its subject to the items; the
    // document's own content announced (现制定以下工作意见：) does not.
    { "某市突发地质灾害应急处置方案\n预警发布后，市、区人民政府组织有关部门做好响应工作，并采取下列措施：\n"
      "（1）增加观测频次，及时收集、研判、报告有关信息。",
      "deadline 及时 市、区人民政府 收集、研判、报告有关信息" },
    { "某区消防安全工作方案\n市政府办公厅出台有关意见，现制定以下工作意见：\n"
      "（1）定期开展消防安全检查。", "deadline 定期 - 开展消防安全检查" },
    // The list word's own clause names the list's subject when the first clause is a topic
    // (对代表建议…，承办单位应当按照下列要求办理：).
    { "某省代表建议办理条例\n第十九条 对代表建议、批评和意见，承办单位应当按照下列要求办理：\n"
      "（一）代表所提问题已经解决的，应当及时将解决情况答复代表；",
      "deadline 及时 承办单位 将解决情况答复代表" },
    // A party's own check is no record (decide-enforcement.tsv own_check); one it submits to,
    // or an authority's, stays.
    { "某市燃气管理条例\n第九条 燃气经营企业应当对燃气设施进行日常巡查。\n"
      "第十条 燃气经营企业应当接受燃气管理部门的监督检查。",
      "enforcement 监督检查 燃气经营企业 -" },
    // 或者会同: the authority acts alone or with others; it alone is named (two joins in a row).
    { "某市建设工程质量管理条例\n第三十条 违反本条例规定的，由县级以上建设行政主管部门或者会同有关部门责令改正。",
      "enforcement 责令改正 县级以上建设行政主管部门 -" },
    // A liability the violator bears takes no authority (args.c unborne); one ordered keeps it.
    { "某市条例\n第十条 违反本条例规定的，由城市管理部门责令改正；造成损失的，依法承担赔偿责任。\n"
      "第十一条 擅自砍伐树木的，由城市管理部门责令赔偿损失。",
      "enforcement 责令改正 城市管理部门 - | enforcement 承担赔偿责任 - - | "
      "enforcement 责令赔偿损失 城市管理部门 -" },
    // A pivot verb (指导X做好…) opens a clause that names no actor: the list's authority acts.
    { "某省暂住人口管理条例\n第十二条 公安机关应当履行下列职责：\n"
      "（五）指导居民委员会做好登记工作，检查、督促有关单位落实管理责任；\n（六）依法查处违法行为。",
      "enforcement 检查、督促 公安机关 - | enforcement 查处 公安机关 -" },
    // The duties a list names (履行下列职责：, cues.tsv list_duty) are its subject's with no modal
    // verb in the lead too (corpus/heldout-laws2 L092).
    { "某市教育督导条例\n第十条 督学履行下列职责：\n（一）受教育督导机构指派，对学校实施经常性督导；",
      "enforcement 督导 督学 -" },
    // A power (有权采取下列措施) gives its items no duty.
    { "某市电梯安全管理条例\n第十三条 房屋出租人有权采取下列措施：\n（三）及时通知承租人；",
      "deadline 及时 - 通知承租人" },
};

START_TEST(test_args)
{
    char buf[4096];
    args_of(args_cases[_i].in, buf, sizeof buf);
    ck_assert_str_eq(buf, args_cases[_i].want);
}
END_TEST

/* Words under the matcher: a user dictionary's word and tag change a record. 申能控股 is no
 * name of the inventory, nor does an actor suffix end it; as one word tagged nt it is an
 * organisation, the actor of its clause. */
START_TEST(test_user_dict_args)
{
    const char *text = "申能控股要在年底前完成平台建设。";
    char buf[4096];
    args_of(text, buf, sizeof buf);
    ck_assert_str_eq(buf, "deadline 年底前 - 完成平台建设");
    char path[] = "/tmp/zc_userdict_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    ck_assert_ptr_nonnull(f);
    fputs("申能控股 nt\n", f);
    fclose(f);
    size_t added = 0, rejected = 0;
    ck_assert_int_eq(zc_model_add_user_dict(fx_model, path, &added, &rejected), ZC_OK);
    unlink(path);
    ck_assert_uint_eq(added, 1);
    args_of(text, buf, sizeof buf);
    ck_assert_str_eq(buf, "deadline 年底前 申能控股 完成平台建设");
}
END_TEST


/* Flattened tables (table.c): each figure of a table's cell as "kind text comparator value
 * unit label", and the deadlines of the text (none: year columns are no deadlines). */
static void table_of(const char *text, const char *doc_date, char *buf, size_t size)
{
    const char *view;
    zc_doc *d = extracted(fx_model, text, doc_date, false, &view);
    buf[0] = '\0';
    for (size_t i = 0; i < zc_doc_nrecords(d); i++) {
        const zc_record *r = zc_doc_record(d, i);
        size_t n = strlen(buf);
        snprintf(buf + n, size - n, "%s%s ", n ? " | " : "", zc_kind_name(r->kind));
        put_span(buf, size, view, r->text);
        n = strlen(buf);
        if (r->kind == ZC_KIND_TARGET || r->kind == ZC_KIND_STATISTIC) {
            snprintf(buf + n, size - n, " %s%.15g%s ", r->comparator, r->value, r->unit);
            put_span(buf, size, view, r->indicator);
        }
    }
    zc_doc_free(d);
}

typedef struct tcase {
    const char *in, *doc_date, *want;
} tcase;

static const tcase table_cases[] = {
    // A plan's attachment whose title names a stock or results (移交设施量清单: cues.tsv
    // table_base), a table no header read placed (its cells spanning columns): its figures
    // are the present, no goals; under a title naming tasks (任务分解表) they are goals.
    { "某区排水管理体制改革实施方案\n\n附件1\n某区排水设施移交设施量清单\n管理主体\n管网数量（公里）\n"
      "检查井（个）\n污水管\n雨水管\n污水井\n雨水井\n区市政中心\n道路设施\n73.12\n94.85\n2812\n3703",
      "2025-03-01",
      "statistic 73.12 73.12 道路设施 | statistic 94.85 94.85 道路设施 | statistic 2812 2812 道路设施 | "
      "statistic 3703 3703 道路设施" },
    { "某区排水管理体制改革实施方案\n\n附件1\n某区排水设施改造任务分解表\n管理主体\n管网数量（公里）\n"
      "检查井（个）\n污水管\n雨水管\n污水井\n雨水井\n区市政中心\n道路设施\n73.12\n94.85\n2812\n3703",
      "2025-03-01",
      "target 73.12 >=73.12 道路设施 | target 94.85 >=94.85 道路设施 | target 2812 >=2812 道路设施 | "
      "target 3703 >=3703 道路设施" },
    // A plan's table (a plan word in its caption) of the document's own year: the year in
    // progress is the goal.
    { "1996年农村电网改造计划表\n单位：万千瓦\n地区\n1996年\n北京\n200\n上海\n150",
      "1996-03-01", "target 200 >=2000000千瓦 北京 | target 150 >=1500000千瓦 上海" },
    // Rows grouped under a first cell spanning them, one cell a line (a town over its 等级
    // and 社区 rows): a short row's label stands right before the figure columns, its figures
    // from the first figure column on; a town's name broken over two lines is one cell.
    { "建设推进计划表\n街镇\n类型\n已建成\n2023年任务\n2025年底总量\n规划人口\n"
      "南桥镇\n等级\n0.55\n3.80\n4.35\n27.73\n社区\n0.10\n8.72\n8.82\n"
      "奉城镇\n等级\n0.20\n1.60\n1.80\n11.76\n社区\n0.30\n3.70\n4.00\n"
      "海湾\n旅游区\n等级\n0.40\n0.65\n1.05\n2.50\n社区\n0.50\n1.48\n1.98",
      "2022-03-01",
      "statistic 0.55 0.55 等级 | target 3.80 >=3.8 等级 | target 4.35 >=4.35 等级 | "
      "target 27.73 >=27.73 等级 | statistic 0.10 0.1 社区 | target 8.72 >=8.72 社区 | "
      "target 8.82 >=8.82 社区 | statistic 0.20 0.2 等级 | target 1.60 >=1.6 等级 | "
      "target 1.80 >=1.8 等级 | target 11.76 >=11.76 等级 | statistic 0.30 0.3 社区 | "
      "target 3.70 >=3.7 社区 | target 4.00 >=4 社区 | statistic 0.40 0.4 等级 | "
      "target 0.65 >=0.65 等级 | target 1.05 >=1.05 等级 | target 2.50 >=2.5 等级 | "
      "statistic 0.50 0.5 社区 | target 1.48 >=1.48 社区 | target 1.98 >=1.98 社区" },
    // A column naming a year before the document's holds its results, a goal word (任务)
    // notwithstanding; the columns of the document's year and after are goals.
    { "建设推进计划表\n街镇\t2021年任务\t2022年任务\n南桥镇\t3.35\t3.80",
      "2022-03-01", "statistic 3.35 3.35 南桥镇 | target 3.80 >=3.8 南桥镇" },
    // A title that allocates (关于下达…计划的通知) makes its table a quota table; a title that
    // reports on the plan (…计划执行情况的报告) a table of results.
    { "国务院关于下达1996年农村电网改造计划的通知\n\n单位：万千瓦\n地区\n改造容量\n北京\n200\n"
      "上海\n150",
      "1996-03-01", "target 200 >=2000000千瓦 北京 | target 150 >=1500000千瓦 上海" },
    { "关于1996年农村电网改造计划执行情况的报告\n\n单位：万千瓦\n地区\n改造容量\n北京\n200\n"
      "上海\n150",
      "1997-03-01", "statistic 200 2000000千瓦 北京 | statistic 150 1500000千瓦 上海" },
    // A quota table: a caption naming what is allotted to each row (名额分配表) sets targets.
    { "各地招生名额分配表\n省份\t招生人数\t其中：初中\n北京\t200\t150\n上海\t150\t100",
      "1996-12-01",
      "target 200 >=200 北京 | target 150 >=150 北京 | target 150 >=150 上海 | "
      "target 100 >=100 上海" },
    // The relation signs of mathematics state a comparator in prose as in a table's cells.
    { "关于项目申报指南的通知\n考核指标：仿真精度≥85%，厚度误差≤3%，准确率＞70%。", "2021-03-01",
      "target ≥85% >=85% 精度 | target ≤3% <=3% 厚度误差 | target >70% >70% 准确率" },
    // A plan's indicator table, rows of tab-separated cells: the base year's column reports,
    // the goal year's column (after the document's year) sets targets, >= unless the cell's
    // sign says otherwise; the unit column gives each row its unit; 属性 cells are no figures.
    { "“十四五”主要指标\n指标\t单位\t2020年\t2025年\t属性\n地区生产总值\t亿元\t4000.5\t5000\t预期性\n"
      "森林覆盖率\t%\t43.2\t≥45\t约束性\n单位GDP能耗下降\t%\t—\t13.5\t约束性",
      "2021-03-01",
      "statistic 4000.5 400050000000元 地区生产总值 | target 5000 >=500000000000元 地区生产总值 | "
      "statistic 43.2 43.2% 森林覆盖率 | target ≥45 >=45% 森林覆盖率 | "
      "target 13.5 >=13.5% 单位GDP能耗下降" },
    // A plan's year alone after the document's, opening a clause, is a horizon: a running total
    // under it (累计减少) is a goal, not a report of the past.
    { "××省实施意见\n二、重点任务\n强化农药减量控害，2025年全省农田农药使用量累计减少1500吨以上。",
      "2021-04-29", "target 减少1500吨以上 >=1500吨 2025年全省农田农药使用量" },
    // A plan's table of yearly columns from the document's year on (its caption a word of
    // the segmenter's: 计划表): the year in progress is a task as the later ones; the year
    // before it reports.
    { "关于内地班扩大规模的通知\n附：扩大招生计划表\n单位：人\n省（市）\t1995年招生人数\t1996年\t"
      "1997年\n江苏\t100\t120\t140",
      "1996-05-13",
      "statistic 100 100人 江苏 | target 120 >=120人 江苏 | target 140 >=140人 江苏" },
    // One cell a line, a header cell spanning the year columns (分年度招生任务): no column of
    // its own, its words make them tasks; the base year's column reports; a note in brackets
    // after a figure (105（扩招）) keeps the row.
    { "关于内地班扩大规模的通知\n附：扩大招生计划表\n单位：人\n省（市）\n1995年招生人数\n"
      "分年度招生任务\n1996年\n1997年\n江苏\n100\n120\n140\n上海\n105（扩招）\n135\n175",
      "1996-05-13",
      "statistic 100 100人 江苏 | target 120 >=120人 江苏 | target 140 >=140人 江苏 | "
      "statistic 105 105人 上海 | target 135 >=135人 上海 | target 175 >=175人 上海" },
    // The same table one cell a line; a ceiling sign makes the comparator.
    { "“十四五”主要指标\n指标\n单位\n2020年\n2025年\n属性\n地区生产总值\n亿元\n4000.5\n5000\n预期性\n"
      "细颗粒物浓度\n微克/立方米\n35\n≤30\n约束性",
      "2021-03-01",
      "statistic 4000.5 400050000000元 地区生产总值 | target 5000 >=500000000000元 地区生产总值 | "
      "statistic 35 35微克/立方米 细颗粒物浓度 | target ≤30 <=30微克/立方米 细颗粒物浓度" },
    // One cell a line, each row opening with its number (序号), a category cell spanning rows
    // (促发展, 惠民生) standing between them.
    { "主要预期指标一览表\n类别\n序号\n指标\n单位\n属性\n目标\n促发展\n1\n片区更新数量\n个\n"
      "预期性\n8\n2\n商办楼宇更新数量\n个\n预期性\n25\n惠民生\n3\n老旧住房综合修缮面积\n万平方米\n"
      "约束性\n90",
      "2026-01-10",
      "target 8 >=8个 片区更新数量 | target 25 >=25个 商办楼宇更新数量 | "
      "target 90 >=900000平方米 老旧住房综合修缮面积" },
    // A row whose goal is words (2027年60%，2028年…) leaves the table going on, and a goal equal
    // to the next row's number stays a cell.
    { "主要预期指标一览表\n类别\n序号\n指标\n单位\n属性\n目标\n促发展\n1\n片区更新数量\n个\n"
      "预期性\n2\n2\n商办楼宇更新数量\n个\n预期性\n25\n3\n完整社区建设覆盖率\n%\n预期性\n"
      "2027年60%，2028年进一步优化布局\n优生态\n4\n新增各类绿化面积\n万平方米\n约束性\n5\n"
      "5\n老旧供水管网改造\n公里\n预期性\n5",
      "2026-01-10",
      "target 2 >=2个 片区更新数量 | target 25 >=25个 商办楼宇更新数量 | deadline 2027年 | "
      "statistic 60% 60% 2027年 | deadline 2028年 | "
      "target 5 >=50000平方米 新增各类绿化面积 | target 5 >=5公里 老旧供水管网改造" },
    // A header cell broken inside its word (指标⏎属性) and a year's cell over two lines
    // (2025年⏎现状值) are one cell each; a goal in words in a figure's column (达到国家要求) is a
    // cell of its row, no heading of the rows after it.
    { "××市水系统治理“十五五”规划\n规划指标表\n序号\n类别\n指标名称\n指标\n属性\n2025年\n现状值\n"
      "2030年\n目标值\n1\n水安全\n防洪堤防达标率（%）\n预期性\n94\n96\n2\n河湖水面率（%）\n预期性\n"
      "10.15\n10.25\n3\n水资源\n用水总量（亿立方米）\n约束性\n69.41\n达到国家要求\n4\n"
      "供水水质综合合格率（%）\n约束性\n99.9\n＞99.9",
      "2026-01-10",
      "statistic 94 94% 防洪堤防达标率(%) | target 96 >=96% 防洪堤防达标率(%) | "
      "statistic 10.15 10.15% 河湖水面率(%) | target 10.25 >=10.25% 河湖水面率(%) | "
      "statistic 69.41 6941000000立方米 用水总量(亿立方米) | "
      "statistic 99.9 99.9% 供水水质综合合格率(%) | target >99.9 >99.9% 供水水质综合合格率(%)" },
    // A plan's attachment of the present (情况汇总表, 既有…清单): figures in its short text
    // cells (主管154.84公里) and its cells are results, a weight in a header's brackets none.
    { "某区排水管理体制改革实施方案\n一、工作目标\n全面完成移交。\n附件2\n拟首批移交设施运维情况汇总表\n"
      "序号\n类别\n名称\n明细\n1\n排水管网\n雨水管道\n主管154.84公里\n支管67.84公里\n"
      "2\n附属设施\n窨井\n窨井19148座\n附件3\n既有总包合同清单\n序号\n合同名称\n合同金额（万元）\n"
      "1\n排水设施养护项目\n3556.3578\n2\n泵闸运行养护项目\n124.4022",
      "2025-05-20",
      "statistic 154.84公里 154.84公里 主管 | statistic 67.84公里 67.84公里 支管 | "
      "statistic 19148座 19148座 窨井 | statistic 3556.3578 35563578元 排水设施养护项目 | "
      "statistic 124.4022 1244022元 泵闸运行养护项目" },
    // With no document date, a plan's table (an attribute column) sets its latest year.
    { "指标\n单位\n2020年\n2025年\n属性\n森林覆盖率\n%\n43.2\n45\n约束性\n"
      "耕地保有量\n万亩\n5000\n4800\n约束性",
      NULL,
      "statistic 43.2 43.2% 森林覆盖率 | target 45 >=45% 森林覆盖率 | "
      "statistic 5000 50000000亩 耕地保有量 | target 4800 >=48000000亩 耕地保有量" },
    // A row whose unit cell is a slash for none (an index) keeps the table going: its base
    // figure is no goal.
    { "指标\n单位\n属性\n2025年基准\n2030年目标\n公园数量\n座\n预期性\n1100\n1600\n"
      "城市生物多样性指数\n/\n预期性\n0.6\n0.6\n绿化覆盖率\n%\n约束性\n40\n42",
      NULL,
      "statistic 1100 1100座 公园数量 | target 1600 >=1600座 公园数量 | "
      "statistic 0.6 0.6 城市生物多样性指数 | target 0.6 >=0.6 城市生物多样性指数 | "
      "statistic 40 40% 绿化覆盖率 | target 42 >=42% 绿化覆盖率" },
    // A roster (名单) under a 序号 header: its figures describe the things named, a table of the
    // present. The first column spans its rows (所属区, given in a group's first row only), a
    // cell may break over two lines (浦东⏎新区), a note in brackets goes on the cell above it
    // ((一期), as (公顷) does in the header), and the header's last line is no row of another
    // table.
    { "附件\n2024年新入册城市公园名单\n序号\n所属区\n公园名称\n面积\n(公顷)\n地  址\n公园类型\n"
      "1\n浦东\n新区\n秀南公园\n20.13\n秀康路197号\n社区公园\n2\n沿北公园\n54.86\n沿北村878号\n社区公园\n"
      "3\n黄浦区\n静谧花园\n0.81\n外马路北侧\n社区公园\n4\n静安区\n静安体育公园\n（一期）\n1.51\n"
      "汶水路西南角\n社区公园\n5\n普陀区\n李子园公园\n4.71\n真南路822弄\n社区公园",
      "2024-11-01",
      "statistic 20.13 20.13公顷 秀南公园 | statistic 54.86 54.86公顷 沿北公园 | "
      "statistic 0.81 0.81公顷 静谧花园 | statistic 1.51 1.51公顷 静安体育公园\n(一期) | "
      "statistic 4.71 4.71公顷 李子园公园" },
    // A table of results: a unit column (计量单位), a ±% column, the caption above.
    { "主要工业产品产量\n产品名称\n计量单位\n产量\n较上年±%\n饮料酒\n千升\n15767\n18.64\n"
      "塑料制品\n吨\n183946\n26.63",
      NULL,
      "statistic 15767 15767000升 饮料酒 | statistic 18.64 18.64% 饮料酒 | "
      "statistic 183946 183946吨 塑料制品 | statistic 26.63 26.63% 塑料制品" },
    // A header cell spread over two lines (投资规模\n(亿元)) keeps its unit.
    { "项目类型\n项目个数（项）\n投资规模\n（亿元）\n合计\n191\n10.581\n交  通\n40\n0.7828",
      NULL,
      "statistic 191 191项 合计 | statistic 10.581 1058100000元 合计 | statistic 40 40项 交  通 | "
      "statistic 0.7828 78280000元 交  通" },
    // A plan's table (计划 in the caption) of investment (a specification): targets =, in the
    // caption's unit, zeros too; its year rows are no deadlines.
    { "分年度投资计划（万元）\n年度\n合  计\n交通\n水利\n2016年\n820\n775\n45\n2017年\n5715\n5715\n0",
      "2016-09-20",
      "target 820 =8200000元 2016年 | target 775 =7750000元 2016年 | target 45 =450000元 2016年 | "
      "target 5715 =57150000元 2017年 | target 5715 =57150000元 2017年 | target 0 =0元 2017年" },
    // A quota table (任务 in the caption and a column): targets >=; a column of what is done
    // (已完成) reports; the unit from a caption line 单位：户.
    { "表1 各县任务分解表\n单位：户\n县（市、区）\t改造任务\t已完成\n甲县\t1200\t800\n乙县\t950\t400",
      NULL,
      "target 1200 >=1200户 甲县 | statistic 800 800户 甲县 | target 950 >=950户 乙县 | "
      "statistic 400 400户 乙县" },
    // Sub-headings between rows keep the table; a row's unit in its label's brackets, the
    // items under it (#黄牛及肉牛) take it too.
    { "2012年畜牧业生产\n指标名称\n指标值\n同比增长（±%）\n期末畜禽存栏\n大牲畜（万头）\n96.9\n8.7\n"
      "#黄牛及肉牛\n32.1\n9.3\n期末畜禽出栏\n牛（万头）\n29.4\n5.2",
      NULL,
      "statistic 96.9 969000头 大牲畜(万头) | statistic 8.7 8.7% 大牲畜(万头) | "
      "statistic 32.1 321000头 黄牛及肉牛 | statistic 9.3 9.3% 黄牛及肉牛 | "
      "statistic 29.4 294000头 牛(万头) | statistic 5.2 5.2% 牛(万头)" },
    // Row numbers (序号) stay no figures when a cell broken over two lines (申通地铁⏎集团)
    // shifts the rows after it.
    { "上海交通领域光伏推广应用实施方案\n附表2\n交通子行业“十四五”光伏建设分配表\n序号\n交通子行业\n"
      "建设区域\n十四五装机计划\n责任单位\n1\n地铁\n高架车站、地面车站\n35-36\n申通地铁\n集团\n"
      "2\n铁路\n候车楼、货场\n15-20\n中国铁路上海局\n3\n机场\n候机楼、货运楼\n4-10\n机场集团\n4\n"
      "公交\n公交枢纽、首末站\n7.5-20\n久事集团",
      NULL,
      "target 35-36 >=35 高架车站、地面车站 | target 15-20 >=15 候车楼、货场 | "
      "target 4-10 >=4 候机楼、货运楼 | target 7.5-20 >=7.5 公交枢纽、首末站" },
    // A list one cell a line whose only figures are its row numbers (序号), starting again at
    // 1 under each group's heading: no figures, though a plan's caption names the list.
    { "关于项目审批权限下放各区的通知\n附件\n“十四五”重点基础设施市对区支持区管省道、省市对接道路"
      "项目清单\n序号\n项目名称\n所在区\n区管省道\n1\n瓦洪公路（大叶公路—团青公路）\n奉贤\n2\n"
      "茸卫公路（金山大道-区界）贯通工程\n金山\n省市对接道路\n1\nG60枫美路跨线桥新建工程\n金山",
      NULL, "" },
    // So are the numbers of a project list whose names run longer than a cell.
    { "关于印发2025年重大工程建设计划的通知\n附件\n2025年重大工程建设计划\n序号\n项目名称\n牵头单位\n"
      "建设目标\n一\n市政设施类\n1\n嘉定新城“集散交通”优化市政道路（崇文路、崇寿路、招贤路等）\n"
      "区交通委\n在建\n2\n北虹桥“城中村”配套市政基础设施（昌瑞路、万宁路、幸福水岸公园等）\n区交通委\n"
      "在建\n3\n林润路道路新建工程\n区交通委\n新开工\n4\n涉铁道路（外青松公路）\n区交通委\n建成",
      NULL, "" },
    // A column of row numbers (序号) holds no figures.
    { "重点项目投资计划表\n序号\t项目名称\t总投资（万元）\n1\t污水处理厂\t5000\n2\t垃圾焚烧厂\t12000",
      NULL,
      "target 5000 =50000000元 污水处理厂 | target 12000 =120000000元 垃圾焚烧厂" },
    // A PDF's text separates the cells by spaces: rows of a label and figures under a header
    // line of as many cells.
    { "三、主要指标\n指标 2025年 2027年\n回收利用率 35% 40%\n日均清运量 1.2万吨 1.5万吨", "2026-01-01",
      "statistic 35% 35% 回收利用率 | target 40% >=40% 回收利用率 | "
      "statistic 1.2万吨 12000吨 日均清运量 | target 1.5万吨 >=15000吨 日均清运量" },
    // Typographic spaces inside one cell's line (粮  食) make no row.
    { "主要农产品产量\n指标名称\n产量（万吨）\n粮  食\n650.0\n玉  米\n540.4", NULL,
      "statistic 650.0 6500000吨 粮  食 | statistic 540.4 5404000吨 玉  米" },
    // Rows grouped under heading lines are one table, the header above the first group: each
    // figure takes its own row's label and the header's unit, though the groups repeat as
    // one wide row.
    { "关于下达2026年任务的实施方案\n表1  分区任务\n区域\n任务数（个）\n东片\n甲街道\n10\n乙街道\n"
      "12\n丙街道\n8\n西片\n丁街道\n6\n戊街道\n9\n己街道\n7\n三、保障措施", NULL,
      "target 10 >=10个 甲街道 | target 12 >=12个 乙街道 | target 8 >=8个 丙街道 | "
      "target 6 >=6个 丁街道 | target 9 >=9个 戊街道 | target 7 >=7个 己街道" },
    // A scoring table (a header or caption names its points: 指标分值, 评价指标及赋值) gives
    // points and the brackets they rate, neither goals nor results, in a plan too; its groups
    // of rows under two levels of headings (一级指标, 二级指标) stay one table.
    { "关于推进土壤修复的实施方案\n建设用地土壤污染程度评价指标及赋值情况见表1。\n表1  评价指标及赋值\n"
      "一级指标\n二级指标\n指标数值\n指标分值\n超基线数量（S）（个）\n土壤污染物（S1）\nS1＞8\n10\n"
      "6＜S1≤8\n8\n地下水污染物（S2）\nS2＞4\n4\n0＜S2≤4\n2\n最大倍数（P）\n土壤污染物（P1）\n"
      "P1＞150\n20\n0＜P1≤150\n16\n地下水污染物（P2）\nP2＞300\n7\n0＜P2≤300\n5", NULL, "" },
    { "关于推进土壤修复的实施方案\n表1  评价指标及赋值\n指标\n指标数值\n指标分值\n土壤污染物（S1）\n"
      "S1＞8\n10\n土壤污染物（S2）\nS2＞4\n4\n一般污染物（C1）\nC1＞50000\n30\n一般污染物（C2）\n"
      "C2＞50000\n10", NULL, "" },
    // A span of years heading a column (2024-2026) is a header cell, no figure.
    { "关于印发违法用地整治三年行动方案的通知\n附件\n任务量表\n单位：亩\n街镇\n2024-2026\n马陆镇\n440\n"
      "安亭镇\n1900", NULL, "target 440 >=440亩 马陆镇 | target 1900 >=1900亩 安亭镇" },
    // In a plan's table a column of what there is already (现有数量) holds results.
    { "关于印发社区服务设施建设实施方案的通知\n附件\n各区设施建设任务表\n区\n现有数量（个）\n"
      "新增任务（个）\n黄浦区\n12\n5\n静安区\n20\n8", NULL,
      "statistic 12 12个 黄浦区 | target 5 >=5个 黄浦区 | statistic 20 20个 静安区 | "
      "target 8 >=8个 静安区" },
    // A 单位 line above a header with no caption lines, split into cells by its spaces.
    { "关于转发违法用地综合整治三年行动工作方案的通知\n附件：任务量分解表\n"
      "制表日期：2024.4.16                    单位：亩\n序号\n街镇\n任务量\n1\n马陆镇\n440\n2\n安亭镇\n"
      "1900", NULL, "target 440 >=440亩 马陆镇 | target 1900 >=1900亩 安亭镇" },
    // The caption's unit may end a line of other notes (填报单位：…  单位：亩).
    { "关于印发整治实施方案的通知\n整治任务表\n填报单位：区规划资源局      单位：亩\n街镇\n任务量\n"
      "马陆镇\n122.52\n安亭镇\n552.22", NULL,
      "target 122.52 >=122.52亩 马陆镇 | target 552.22 >=552.22亩 安亭镇" },
    // Rows numbered one cell a line whose owner cell spans the rows below it (权属部门 given
    // in the first row of its group only): the shorter rows lack it, the label is the name
    // column; a 单位名称 header names bodies, no unit; a row of totals (合计) falls under the
    // figure columns from the right. A caption naming only a year before the document's is
    // a table of results, in a plan too.
    { "关于印发避难场所建设实施方案的通知\n附表2：\n2021年全区直接设置避难场所明细表\n序号\n"
      "权属部门\n场所单位名称\n地址\n避难面积\n（万平方米）\n类型\n1\n区教育局\n东湖小学\n"
      "南桥镇东路1号\n0.5\n社区\n2\n西湖小学\n南桥镇西路2号\n0.25\n社区\n3\n区体育局\n"
      "体育中心\n南桥镇北路3号，体育馆东侧\n1.2\n等级\n4\n网球馆\n南桥镇南路4号\n0.3\n社区\n"
      "合计\n2.25\n三、附则", "2022-08-04",
      "statistic 0.5 5000平方米 东湖小学 | statistic 0.25 2500平方米 西湖小学 | "
      "statistic 1.2 12000平方米 体育中心 | statistic 0.3 3000平方米 网球馆 | "
      "statistic 2.25 22500平方米 合计" },
    // The same rows after a page break under the header repeated keep the caption's reading;
    // a column of times (投入使用时间) and the row numbers give no figures.
    { "关于印发避难场所建设实施方案的通知\n附表3：\n“十三五”期间全区避难场所建设情况一览表\n序号\n"
      "名称\n面积\n可避难人数\n投入使用时间\n1\n东湖小学\n3.5公顷\n2000人\n2017.10\n2\n"
      "体育中心\n2.1公顷\n1500人\n2019.05\n总计\n3500人\n序号\n名称\n面积\n可避难人数\n"
      "投入使用时间\n3\n网球馆\n1.1公顷\n800人\n2020.11\n4\n西湖公园\n4.4公顷\n900人\n"
      "2020.12", "2022-08-04",
      "statistic 3.5公顷 3.5公顷 东湖小学 | statistic 2000人 2000人 东湖小学 | "
      "statistic 2.1公顷 2.1公顷 体育中心 | statistic 1500人 1500人 体育中心 | "
      "statistic 3500人 3500人 总计 | statistic 1.1公顷 1.1公顷 网球馆 | "
      "statistic 800人 800人 网球馆 | statistic 4.4公顷 4.4公顷 西湖公园 | "
      "statistic 900人 900人 西湖公园" },
    // A plan's indicator table, numbered rows one cell a line: the category spanning a group
    // of rows stands as a heading line before its first row, the 一级指标 spanning two rows is
    // given in the first only, a row may lack its base figure; a period on one header line and
    // the kind of its value on the next (“十四五” 完成值) are one cell.
    { "某区城市更新“十五五”规划\n主要指标表\n类别\n序号\n一级指标\n二级指标\n单位\n属性\n“十四五”\n"
      "完成值\n“十五五”\n目标值\n宜居城区\n1\n推进住房改造\n旧住房改造面积\n万平方米\n预期性\n25\n40\n"
      "活力城区\n2\n推进楼宇更新\n楼宇更新数量\n个\n预期性\n8\n≥10\n3\n街区改造数量\n个\n预期性\n≥5\n"
      "4\n推进绿地建设\n人均公园绿地面积\n平方米\n约束性\n11.1\n11.5\n二、重点任务", "2026-07-28",
      "statistic 25 250000平方米 旧住房改造面积 | target 40 >=400000平方米 旧住房改造面积 | "
      "statistic 8 8个 楼宇更新数量 | target ≥10 >=10个 楼宇更新数量 | target ≥5 >=5个 街区改造数量 | "
      "statistic 11.1 11.1平方米 人均公园绿地面积 | target 11.5 >=11.5平方米 人均公园绿地面积" },
    // An indicator table with no row numbers whose category cells stand as heading lines
    // before their groups: no row is read one line off, taking the row before's attribute
    // (预期性) for its label or for a heading; a box's number (专栏1) is no figure.
    { "某区城市更新“十五五”规划\n专栏1 主要指标\n类别\n指标\n单位\n2025年\n2030年\n属性\n城市更新\n"
      "老旧小区改造面积\n万平方米\n240\n300\n预期性\n完整社区覆盖率\n%\n-\n60\n预期性\n生态环境\n"
      "人均公园绿地面积\n平方米\n11.1\n11.5\n约束性\n森林覆盖率\n%\n18\n20\n约束性\n二、重点任务", "2026-03-01",
      "statistic 240 2400000平方米 老旧小区改造面积 | target 300 >=3000000平方米 老旧小区改造面积 | "
      "target 60 >=60% 完整社区覆盖率 | statistic 11.1 11.1平方米 人均公园绿地面积 | "
      "target 11.5 >=11.5平方米 人均公园绿地面积 | statistic 18 18% 森林覆盖率 | target 20 >=20% 森林覆盖率" },
    // Two levels of headings between the rows (a 类别 and a 一级指标 spanning their rows), the
    // first pair right under the header; a base column (基期值) reports, a goal column sets.
    { "某市生态环境保护“十五五”规划\n表1 主要指标\n类别\n一级指标\n二级指标\n单位\n基期值\n目标值\n属性\n"
      "环境质量\n空气质量\n细颗粒物平均浓度\n微克/立方米\n28\n≤25\n约束性\n优良天数比率\n%\n87\n90\n"
      "约束性\n绿色发展\n能源消费\n可再生能源占比\n%\n12\n18\n预期性\n二、主要任务", "2026-03-01",
      "statistic 28 28微克/立方米 细颗粒物平均浓度 | target ≤25 <=25微克/立方米 细颗粒物平均浓度 | "
      "statistic 87 87% 优良天数比率 | target 90 >=90% 优良天数比率 | statistic 12 12% 可再生能源占比 | "
      "target 18 >=18% 可再生能源占比" },
    // A header of two levels one cell a line: the first level's cells, then the second's,
    // which its spanning cells take in order (件数 and 面积 under 现有违法用地分布情况, a state:
    // results; the years under 分年度任务量: goals); a cell broken inside its word
    // (2024-2026⏎年任务量) is one.
    { "关于印发违法用地整治三年行动方案的通知\n附件：任务分解表\n序号\n街镇\n现有违法用地分布情况\n2024-2026\n"
      "年任务量\n分年度任务量\n件数\n面积\n2024年\n2025年\n2026年\n1\n甲镇\n315\n799.77\n440\n144.14\n"
      "166.94\n129.01\n2\n乙镇\n560\n3506.59\n1900\n622.44\n720.86\n557.08\n三、保障措施", "2024-05-17",
      "statistic 315 315 甲镇 | statistic 799.77 799.77 甲镇 | target 440 >=440 甲镇 | "
      "target 144.14 >=144.14 甲镇 | target 166.94 >=166.94 甲镇 | target 129.01 >=129.01 甲镇 | "
      "statistic 560 560 乙镇 | statistic 3506.59 3506.59 乙镇 | target 1900 >=1900 乙镇 | "
      "target 622.44 >=622.44 乙镇 | target 720.86 >=720.86 乙镇 | target 557.08 >=557.08 乙镇" },
    // Five-year totals in tortoise-shell brackets (〔70〕, 〔3000—4000〕) are figures.
    { "某市城市更新“十五五”规划\n专栏 主要指标\n序号\n指标\n2025年基期值\n2030年目标值\n属性\n1\n"
      "城中村改造项目认定数量（个）\n〔70〕\n〔12〕\n约束性\n2\n实施老旧小区改造面积（万平方米）\n〔6880〕\n"
      "〔3000—4000〕\n预期性\n3\n美丽街区数量（个）\n875\n1000\n预期性\n注：〔 〕内为5年累计数。", "2026-07-24",
      "statistic 70 70个 城中村改造项目认定数量(个) | target 12 >=12个 城中村改造项目认定数量(个) | "
      "statistic 6880 68800000平方米 实施老旧小区改造面积(万平方米) | "
      "target 3000—4000 >=30000000平方米 实施老旧小区改造面积(万平方米) | statistic 875 875个 美丽街区数量(个) | "
      "target 1000 >=1000个 美丽街区数量(个)" },
    // No tables: a data file's rows under field names, page numbers between lines of prose.
    { "id\tname\tchars\n0001\t条例\t6385\n0002\t规定\t844", NULL, "" },
    { "推进数字化转型。\n2\n3\n发布一批典型场景案例。", NULL, "" },
};

START_TEST(test_table)
{
    char buf[4096];
    table_of(table_cases[_i].in, table_cases[_i].doc_date, buf, sizeof buf);
    ck_assert_str_eq(buf, table_cases[_i].want);
}
END_TEST

static Suite *extract_suite(void)
{
    Suite *s = suite_create("extract");
    struct {
        const char *name;
        const TTest *fn;
        size_t n;
    } tcs[] = {
        { "deadline", test_deadline, NELEM(deadline_cases) },
        { "target", test_target, NELEM(target_cases) },
        { "statistic", test_statistic, NELEM(statistic_cases) },
        { "enforcement", test_enforcement, NELEM(enforcement_cases) },
        { "inventory", test_inventory, NELEM(inventory_cases) },
        { "condition", test_condition, NELEM(condition_cases) },
        { "context", test_context, NELEM(context_cases) },
        { "genre", test_genre, NELEM(genre_cases) },
    };
    for (size_t i = 0; i < NELEM(tcs); i++) {
        TCase *tc = tcase_create(tcs[i].name);
        tcase_add_unchecked_fixture(tc, model_setup, model_teardown);
        tcase_add_loop_test(tc, tcs[i].fn, 0, (int)tcs[i].n);
        suite_add_tcase(s, tc);
    }
    TCase *tc = tcase_create("load");
    tcase_add_test(tc, test_bad_pattern);
    tcase_add_test(tc, test_gate);
    tcase_add_test(tc, test_user_lex);
    suite_add_tcase(s, tc);
    tc = tcase_create("dated");
    tcase_add_unchecked_fixture(tc, model_setup, model_teardown);
    tcase_add_test(tc, test_baseline_year);
    tcase_add_loop_test(tc, test_dated_deadline, 0, NELEM(dated_deadline_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("decide");
    tcase_add_test(tc, test_decide_first_match);
    tcase_add_test(tc, test_decide_wide);
    tcase_add_loop_test(tc, test_decide_bad_table, 0, NELEM(bad_table_cases));
    tcase_add_test(tc, test_decide_model_unknown_feature);
    tcase_add_test(tc, test_cues_image);
    tcase_add_test(tc, test_decide_new_row);
    suite_add_tcase(s, tc);
    tc = tcase_create("table");
    tcase_add_unchecked_fixture(tc, model_setup, model_teardown);
    tcase_add_loop_test(tc, test_table, 0, NELEM(table_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("args");
    tcase_add_unchecked_fixture(tc, model_setup, model_teardown);
    tcase_add_loop_test(tc, test_args, 0, NELEM(args_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("user_dict");   // its own model: the user word stays out of the others
    tcase_add_checked_fixture(tc, model_setup, model_teardown);
    tcase_add_test(tc, test_user_dict_args);
    suite_add_tcase(s, tc);
    tc = tcase_create("csv");
    tcase_add_unchecked_fixture(tc, model_setup, model_teardown);
    tcase_add_loop_test(tc, test_csv_excel, 0, NELEM(excel_cases));
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(extract_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
