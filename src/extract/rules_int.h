/*
 * rules_int.h — private interface of the extraction rules (src/extract): the cue lexicons of
 * dicts/lex/ (modality, enforcement, actors, cues) compiled into one trie at model open, the
 * PCRE2 patterns of dicts/rules/, and the per-sentence context (clauses, cue hits) the rules
 * of target.c, statistic.c, deadline.c and enforce.c share.
 */
#ifndef ZC_RULES_INT_H
#define ZC_RULES_INT_H

#include <pthread.h>
#include <stdatomic.h>

#include "zc_regex.h"

#include "decide.h"
#include "extract_int.h"
#include "lexicon/da.h"
#include "quantity/quantity_int.h"

struct zc_lexicon;

/* ---- the cue lexicon (lexicon.c) ------------------------------------------------------ */

/* Which file an entry comes from. */
enum zc_ext_tab {
    ZC_XT_MOD,        /* modality.tsv: cls = zc_modality, or ZC_XM_STOP */
    ZC_XT_ENF,        /* enforcement.tsv: cls = zc_category or ZC_XE_STOP; arg = mode */
    ZC_XT_ACTOR,      /* actors.tsv: cls = ZC_XA_* */
    ZC_XT_CUE,        /* cues.tsv: cls = ZC_XC_* */
    ZC_XT_GATE,       /* the gates of rules/extract.tsv: cls = the rule's index */
    ZC_XT_PF,         /* the literals of the first prefilter set of a rule with no gate and
                         no lookbehind, one of which every match holds: cls = its index */
    ZC_XT_NTABS
};

#define ZC_XM_STOP 100          /* modality.tsv class "none": a word hiding a modal (要求) */
#define ZC_XM_MANNER 1          /* modality.tsv mode of a class "…-manner" (坚决, 切实): a
                                   manner adverb, whose strength stays in its own clause */
#define ZC_XM_PREP 2            /* modality.tsv mode of a class "…-prep" (应对): a modal verb
                                   fused with a preposition, a modal only before a light verb
                                   (cues.tsv light_verb) of its clause */
#define ZC_XE_STOP 100          /* enforcement.tsv category "stop": a name, not a mechanism */

/* How an enforcement entry makes records (enforcement.tsv column mode). ZC_XE_HEAD: the kind
 * noun of the sanctions before it (给予降级或者撤职的行政处分), a record only on its own.
 * ZC_XE_ORDER: an order verb whose object may be a mechanism (责令其停产整顿): then no record.
 * ZC_XE_PARTY: a check word, a record only when aimed at a party (对…的监管, 接受…的监督).
 * ZC_XE_CHAIN: a consequence that is a sanction only after one (吊销导游证并予以公告).
 * ZC_XE_FUND: a public fund, a record only when a plan sets it up or puts it to use
 * (设立…专项资金, 发挥财政资金的引导作用).
 * ZC_XE_REGIME: a regime of supervision or aid a report or speech tells of as set up (包容审慎
 * 监管, 社会救助), named only in a text that sets plans or rules. */
enum { ZC_XE_WORD, ZC_XE_AMOUNT, ZC_XE_NEEDAMOUNT, ZC_XE_HEAD, ZC_XE_ORDER, ZC_XE_PARTY,
       ZC_XE_CHAIN, ZC_XE_FUND, ZC_XE_REGIME };

/* Actor pattern types (actors.tsv column type). */
enum { ZC_XA_WORD, ZC_XA_PREFIX, ZC_XA_SUFFIX, ZC_XA_JOIN, ZC_XA_SKIP, ZC_XA_AGENT,
       ZC_XA_LEAD,      /* a label before the lead department: 牵头单位：, 责任单位： */
       ZC_XA_LEADPOST,  /* after the lead department in a tag: (省发展改革委牵头) */
       ZC_XA_SCOPE,     /* the whole of a place (全县): no actor, part of an indicator */
       ZC_XA_ALIAS,     /* opens a parenthesis naming an alias (以下简称): the actor ends before */
       ZC_XA_LEADFIRST  /* the document's word that the first department of each tag leads
                           (列第一位者为牵头单位) */
};

/* Cue roles (cues.tsv column role). */
enum {
    ZC_XC_GOAL,       /* the sentence sets goals: 目标, 考核要求, 及格 */
    ZC_XC_QUOTA_PRE,  /* the number right after is a quota: 任务是, 控制指标( */
    ZC_XC_QUOTA_POST, /* the number right before is a quota: 的目标任务 */
    ZC_XC_PAST,       /* the clause reports the past: 同比, 比上年, 已, 仅 */
    ZC_XC_FAIL,       /* a vague time after it describes a failing: 未, 不, 没有 */
    ZC_XC_SIZE,       /* after N以上: a size class, not a figure (项目) */
    ZC_XC_UI,         /* page furniture: the clause's numbers are no figures (浏览, 字数) */
    ZC_XC_COND,       /* opens a sanction condition: 凡是, 对 */
    ZC_XC_NOTIME,     /* right before a time, it makes it no duty's bound: 安排部署, 决战 */
    ZC_XC_NOTIME_POST,/* after a time in its clause, the same: 召开, 以来, 座谈会 */
    ZC_XC_FUTURE,     /* a future or duty marker outside the modal verbs: 将, 于…前 */
    ZC_XC_PREP,       /* words between an actor and its verb: 在, 对, 从 */
    ZC_XC_CONDEND,    /* closes a condition at a clause end: 的 */
    ZC_XC_QUOTA_MAX,  /* like quota_pre, for a ceiling: 控制指标( */
    ZC_XC_NONE,       /* a word that hides a cue inside it (了解 hides 了) */
    ZC_XC_COUNT_NOUN, /* after a Chinese-numeral count, an item of a speech (三个方面) */
    ZC_XC_ORD_PRE,    /* right before a number, makes it an ordinal (十届四次) */
    ZC_XC_LIST,       /* joins figures of a list (21 和 9.4) */
    ZC_XC_WEAK,       /* a time cue that alone does not make a deadline (于, 在) */
    ZC_XC_COMPARE,    /* a comparison with the past (同比, 比上年): the clause reports the past
                         unless a modal cue earlier in the sentence sets it as a goal */
    ZC_XC_RATE_END,   /* ends an indicator (率): a vague time right before it is part of the
                         indicator's name (按期办结率), no bound */
    ZC_XC_DOC_TITLE,  /* ends the title line of a document, the name of its genre (通知,
                         通报, 方案): the title's times and mechanism words make no records */
    ZC_XC_EVENT,      /* right before a span, an event it counts from (签约后10个工作日内):
                         the span has no calendar date */
    ZC_XC_PLAN,       /* a plan or a task set from above: a bare figure after it in its
                         clause is a goal (计划新开工40个, 下达我县改造任务31个) */
    ZC_XC_SELF_PLAN,  /* the document names itself a plan (本方案, 本行动计划) */
    ZC_XC_SELF_RULE,  /* the document names itself a rule (本办法, 本条例) */
    ZC_XC_PLAN_HEAD,  /* in a heading, a section only plans have (主要目标, 重点任务) */
    ZC_XC_BACKGROUND, /* in a heading, a plan's section on the present (发展基础, 现状): its
                         figures report */
    ZC_XC_TOTAL,      /* a running total (累计): the past, unless a plan's horizon (到2027年)
                         before it makes it the total to reach */
    ZC_XC_SPEC,       /* before a plan's bare figure, a specification of a project (总投资,
                         建筑面积): the target is =, not a quota >= */
    ZC_XC_BRACKET,    /* right before a figure, opens a bracket (不满, 每满) */
    ZC_XC_HAVE,       /* a word of having before N以上的 (有, 具有): a standard to meet, no
                         bracket (有50个以上的成员) */
    ZC_XC_COMPARE_BASE, /* right before a year, makes it the base of a comparison (比2020年) */
    ZC_XC_HORIZON,    /* right before a time, makes it a bound to come (到2027年) */
    ZC_XC_INVENTORY,  /* right before a figure, the stock there is (全镇12座水库): no goal */
    ZC_XC_SELF_REPORT,/* the document names itself a report (向大会作政府工作报告) */
    ZC_XC_TABLE_GOAL, /* in a table's column header, caption or the line introducing it: its
                         figures are goals (2025年目标, 规划, 分年度投资计划) */
    ZC_XC_TABLE_BASE, /* in a column header: its figures are the present or past (现状, 基期,
                         实际, 较上年); in a caption: a table of results (完成情况) */
    ZC_XC_TABLE_UNIT, /* a column header naming the unit of its row (单位, 计量单位), or a
                         caption line opening with it (单位：万元) */
    ZC_XC_TABLE_ATTR, /* a plan's attribute column (属性) or its cells (预期性, 约束性): the
                         table is a plan's indicator table */
    ZC_XC_TABLE_SERIAL, /* a column header of row numbers (序号): its cells are no figures */
    ZC_XC_TABLE_NIL,  /* a cell word standing for a figure (持平): no record, a figure's place */
    ZC_XC_KIND,       /* a classifier of kinds ending a count (五类, 七种): a definitional count */
    ZC_XC_ENF_ATTR,   /* right after a mechanism word, an attribute of it (补贴额度, 资助项目, 督查
                         结果): the words name the attribute, no mechanism */
    ZC_XC_RECEIVED,   /* before a mechanism, its receipt (受到, 获得, 享受, 被): in a clause that
                         a 的 closes, a sanction or grant already had (受过刑事处罚的) */
    ZC_XC_CAP,        /* right before a sum or share in a sentence with a grant, its cap (每家最高
                         100万元): folded into the grant's amount, no figure */
    ZC_XC_FORECAST,   /* a projection or estimate someone reports (世界银行预测, 预计): the
                         future figures after it in its sentence are reported, not set */
    ZC_XC_DESIGNATE,  /* a designation verb (确认为, 认定为, 命名为): a count before it in its
                         clause counts the list the issuer publishes, a statistic */
    ZC_XC_ENF_CAP,    /* next to a grant word, its cap (每年最高补贴100万元, 补贴额最高): after a
                         grant in the sentence, a rule about its amount, no grant of its own */
    ZC_XC_ENF_STACK,  /* a stacking or budget rule about grants (就高不重复, 另行制定, 涉税支出):
                         the grant words it speaks of are no grants */
    ZC_XC_ENF_DEGREE, /* right after a support word, its degree (加大扶持力度): outside a heading
                         the generic 加大…支持力度, no measure */
    ZC_XC_ENF_FRAME,  /* a time noun closing a frame after a mechanism (在强制住院期间, 督查过程中):
                         the words name a period, no mechanism imposed */
    ZC_XC_ORDER,      /* a verb by which one body sets another's duty (责令, 督促, 要求): a vague
                         time after it bounds the duty of its object, not of its subject */
    ZC_XC_BENEFIT,    /* receiving a benefit (申请, 享受): after 可, its subject is no actor */
    ZC_XC_CALL,       /* the issuer's call or evaluation cycle (申报指南, 下发通知, 认定一次,
                         考核工作): a time of its sentence with no modal verb is its schedule */
    ZC_XC_ENF_PARTY,  /* before a check word in its clause, aims it at a party (对…的监管, 接受
                         …的监督): a check imposed, not the generic 加强监督 */
    ZC_XC_ENF_PARTY_POST, /* right after a check word, the same (在…监督下) */
    ZC_XC_ENF_PARTY_NOUN, /* after a support or check word in its clause, the party it is
                         aimed at (重点支持…的再制造企业): no generic direction */
    ZC_XC_PROCEDURE,  /* opening a clause, a procedure (经…诊断, 经过…审核): right before a
                         condition closed by 的, part of that condition */
    ZC_XC_ITEM,       /* right after a count, a noun of the items of a text or plan (方面, 环节,
                         任务, 措施): a definitional count, neither target nor statistic */
    ZC_XC_COMPOSE,    /* a verb forming a body (组成, 组建, 配备): a range after it in its clause
                         in a rule is the composition prescribed (组成5-7人的调查组) */
    ZC_XC_PROJECT,    /* a construction project (建设项目, 改扩建工程): the future figures after it
                         in its sentence are the project's specification (=) */
    ZC_XC_PER,        /* 每 and a head or unit (每人, 每亩, 每平方米): a sum after it in its clause
                         is a rate of a fee, price or subsidy schedule (每人每年240元) */
    ZC_XC_SCHEDULE,   /* a fee, price or subsidy schedule (标准, 收购价, 缴纳): with a per cue,
                         the clause's sums are its rates, no per-head income (每人纯收入) */
    ZC_XC_IMPOSE,     /* a verb imposing a sanction or grant (给予, 实施, 处以): in a clause a 的
                         closes, the mechanism after it is the condition's re-mention */
    ZC_XC_ORGAN,      /* ends the name of one organ of government (局, 部, 厅, 办): a subject
                         ending with it that acts with no modal verb is the issuer's body */
    ZC_XC_REQUEST,    /* a request another body made, its content after a comma or colon
                         (你省请求，国家尽快审核…): its times bound no duty */
    ZC_XC_MONEY_VERB, /* a verb handling money (上缴, 代收, 收取): a fine word next to it names
                         the money, no fine imposed (代收的罚款, 罚款必须全部上缴国库) */
    ZC_XC_OCCASION,   /* an opportunity seized (有利时机, 契机): a time before it in its clause
                         names the occasion; the task is the next clause */
    ZC_XC_ACHIEVE,    /* a verb of achieving before what is measured (实现税金8000万元, 完成工业
                         增加值): no part of the indicator */
    ZC_XC_ENF_SUPPORT, /* ends a generic support word (支持, 扶持: 政策支持, 资金扶持): with a
                          degree noun after it (加大…支持力度), the generic push, no record */
    ZC_XC_ERA,        /* a past era or period a narrative opens with (解放战争时期, 建国初期,
                         过去五年): the sentence's figures report the past (number.c baseline) */
    ZC_XC_SCHEME,     /* a part of an application scheme a call limits (课题数, 参加单位, 项目负责人,
                         推荐, 申报项目): a ceiling or count in its clause is a rule limit */
    ZC_XC_MEANS,      /* closing a clause that opens with 以, a means (为抓手, 为依托): the counts
                         right after 以 are of what there is (number.c inventory_at) */
    ZC_XC_AUTHORITY,  /* the head noun of an authority that imposes sanctions (部门, 机关, 机构,
                         人民政府, 海关): in a rule, its actor carries to the article's records */
    ZC_XC_VIOLATE,    /* a violation right after a subject (违反, 有下列行为之一, 擅自): the
                         subject is the violator, never the actor of a sanction */
    ZC_XC_ENF_RELIEF, /* before a sanction in its clause, relief from it (从轻, 减轻, 免予, 解除):
                         a rule of lighter treatment or lifting, no sanction imposed */
    ZC_XC_ENF_OBSTRUCT, /* before a check or sanction in a clause a 的 closes, its obstruction
                           (拒绝, 阻碍, 逃避, 不服): the condition names the mechanism, a re-mention */
    ZC_XC_ENF_ASSIGN, /* opening a later clause, the body that is competent (由, 报): with a verb
                         of competence after it (决定, 实施), the clause assigns a sanction */
    ZC_XC_ENF_COMPETENCE, /* a verb of competence (决定, 实施, 批准) in a clause enf_assign opens */
    ZC_XC_PAST_FRAME, /* opens a speaker's account of past work (今年以来, 近一段时间, 我们主要做了
                         以下工作): its paragraph reports what was done, not what is to be */
    ZC_XC_COMPETENT,  /* the verb of a rule's statement of competence right after an
                         authority (负责, 主管, 对, 是): with a scope after it, the authority
                         of the whole rule (args.c, zc_ext_find_competent) */
    ZC_XC_COMPETENT_SCOPE, /* the scope of that statement (本行政区域, 全国, 本市, 本条例) */
    ZC_XC_DISCIPLINE, /* a sanction on officials (处分, 追究…责任): their employer or
                         supervisory organ imposes it, not a rule's penalty authority */
    ZC_XC_ASSIGN,     /* a verb assigning a power after the authority of 由 (决定, 实施,
                         管辖): 本条例规定的行政处罚，由X决定 names the rule's penalty authority */
    ZC_XC_GOVERNMENT, /* ends the name of a government that leads rather than enforces
                         (人民政府, 办事处): its statement of competence names no rule's
                         authority (args.c, zc_ext_find_competent) */
    ZC_XC_ENF_KIND,   /* right after a sanction or its 的, the noun of its kinds (种类): the list
                         of the kinds of a statute, or a decision's contents, names them */
    ZC_XC_ENF_APPEAL, /* an appeal or review of a sanction decision (申诉, 复核, 行政复议, 行政诉讼):
                         a sanction in its clause, or in a condition of 不服 before it, is named */
    ZC_XC_ENF_COMBINE, /* a rule combining sanctions (执行其中最重的, 合并执行): the sanctions of its
                          clause are named, none imposed */
    ZC_XC_ENF_PRIOR,  /* right before a sanction, an anaphor of one imposed before (原, 该): 原处分,
                         按照原处罚数额, 执行该处分 re-mention it */
    ZC_XC_ENF_POINT,  /* right after a mechanism, a point of time (之日, 时): 自责令改正之日, 进行监督
                         检查时 name a time, a re-mention */
    ZC_XC_ENF_PUBLIC, /* a member of the public as a subject (任何单位和个人, 公民): with 有权 before a
                         check word, the public's right of oversight, no mechanism */
    ZC_XC_ENF_RIGHT,  /* 有权: before a check word, a right; the public's, or one to refuse it */
    ZC_XC_ENF_ENCOURAGE, /* 鼓励: before the public and a check word, oversight encouraged
                            (鼓励社会公众和新闻媒体对…进行监督): the public's, no mechanism */
    ZC_XC_BEAR,       /* a cost borne after the party of 由 (承担, 负担: 所需费用由违法行为人
                         承担): that party bears a cost, no authority of the sanctions after it */
    ZC_XC_LEVEL,      /* a level of government named by one character (县, 市, 镇): alone
                         before a preposition or a modal verb it is an actor (县对…统筹协调),
                         other characters so placed are not (所需费用) */
    ZC_XC_PENALIZE,   /* a verb of sanctioning that makes no record of its own (处理, 处置) after
                         the authority of 由 (由X按照下列规定进行处理): the article's authority */
    ZC_XC_VENUE,      /* the place that decides which authority acts (违法行为发生地, 住所地):
                         with a 的 clause (发现违法行为的), a rule's jurisdiction statement, not
                         the name of the authority of its penalties (args.c note_penalty_scope) */
    ZC_XC_SELF_GUIDE, /* the document names itself a guide, review points or a call (本指南,
                         本审评要点, 本规范, 本项目指南): its genre is guide */
    ZC_XC_GUIDE_HEAD,    /* in a heading, a section only guides and standards have (标准体系
                         结构, 术语和定义): with no title and no self-name, the genre is guide */
    ZC_XC_EXPECT,     /* an expected result the speaker states (预计, 有望, 有信心): a time after it in
                         its sentence, with no modal verb, is a forecast's, no duty's bound */
    ZC_XC_OTHERS,     /* opening a clause, an indefinite subject the speaker reports on (有的地方,
                         有个地方, 有些干部, 有篇报道说): the clause tells others' practice, its modal
                         verbs and figures are theirs, no duty or goal of the document */
    ZC_XC_LOWER_BETTER,  /* an indicator better when lower (时间, 误差, 噪声, 时延): 优于 before
                            its figure reads <= (完成…检查的时间优于 8h) */
    ZC_XC_ARTICLE,    /* a copula or verb of reaching with the 一 after it (为一, 到一: 作为一项,
                         提高到一个新水平): 一 is an article, no count */
    ZC_XC_NP_VERB,    /* a verb whose object is a noun phrase (拓宽, 具备, 提供, 建立健全): a vague
                         word right after it with a 的 later in its clause lies in the clause that
                         describes the object (拓宽及时反映社情民意的渠道), no bound */
    ZC_XC_PROPOSER,   /* others as the speakers of a proposal (一些地方和部门, 代表们, 大家一致) */
    ZC_XC_PROPOSE,    /* a verb of proposing (建议, 提议, 呼吁) right after ZC_XC_PROPOSER: the
                         content reported is their proposal, its times no duty's bound */
    ZC_XC_EVENT_VERB, /* a verb of an administrative event (验收, 收到, 实施): after 在 and before
                         后, 前, 时 in a predicate (应在项目验收后进行), an event bound */
    ZC_XC_ENF_PROCEDURE, /* in the clause after a sanction that opens a sentence, a step of
                         procedure (出具, 决定书, 收据, 清单): the sentence says how it is imposed */
    ZC_XC_ENF_GOODS,  /* after a seizure and its 的, the goods seized (财物, 物品, 货物): the words
                         name the goods, a re-mention (收缴、扣押的财物) */
    ZC_XC_ENF_LICENCE, /* the object of a seizure or claw-back, a licence or certificate (证书,
                         证件, 执照, 发票): a withdrawal of the licence, veto */
    ZC_XC_ENF_DENY,   /* right before a reward, its denial (不予, 不再享受, 不得享受): the reward
                         withheld; veto from violators, else an eligibility rule */
    ZC_XC_ENF_FAULT,  /* a claimant's fault (违规, 弄虚作假, 骗取): a reward withheld after it is
                         withheld from a violator */
    ZC_XC_ENF_PROPOSAL, /* a proposal to another body (建议): a sanction proposed is referred */
    ZC_XC_SPEAKER,    /* the speaker in the first person (我, 我们) opening a clause: with no
                         modal verb of a duty and no future cue, the speaker's own account */
    ZC_XC_RESULT,     /* 将 with a verb of a result or change (将使, 将达到, 将得到): with no modal
                         verb of a duty, a forecast, its times bound no duty */
    ZC_XC_GRIP,       /* a vague word that is also a verb of keeping hold (抓紧): before a noun
                         (抓紧粮食生产) it times nothing */
    ZC_XC_CAPTION,    /* a photo caption's word (拍摄, 摄, 新华社记者): the clause is a caption,
                         its times date a picture */
    ZC_XC_ENF_DEFER,  /* before a sanction in its clause, a deferral to other law (依照其规定,
                         依照有关, 法律、行政法规的规定): the rule hands the case over, none imposed */
    ZC_XC_IMPOSE_ADV, /* right before a sanction noun, an adverb that makes it imposed without
                         a verb (从重, 依法): 从重处分 is a record, 确定其处分 names one */
    ZC_XC_DISC_ORGAN, /* in an authority's name, an organ that imposes sanctions on officials
                         (任免机关, 监察机关, 所在单位, 上级): only such one carries to 处分 */
    ZC_XC_FINE_VERB,  /* a one-character verb of a fine before its sum (处五百元罚款): after the
                         authority of 由 it begins the verb phrase */
    ZC_XC_TASK_LIST,  /* a verb announcing the list of tasks that follows (做好以下, 抓好以下): a
                         deictic year opening its clause heads the tasks (今年重点做好以下工作) */
    ZC_XC_AGE,        /* a unit of age ending a figure (岁, 周岁): before a noun of persons,
                         the age defines the group */
    ZC_XC_PERSON,     /* right after an age, a noun of persons (老人, 婴幼儿, 人口): the age
                         defines them (100多岁的老人, 15岁以上人口), no figure */
    ZC_XC_VERBAL_UNIT, /* a verbal classifier ending a count (次, 遍): it counts events, never
                         the items of a list before it */
    ZC_XC_SUPPOSE,    /* a supposition opening a condition (如果, 假如, 一旦): a time after it in its
                         sentence, with no modal verb of a duty, lies in a case supposed */
    ZC_XC_POINT,      /* an ordinal opening a point of a speech (第四，…, 二是…, 其次): the
                         subject of the points before acts no longer (args.c new_topic) */
    ZC_XC_ENF_PASSIVE, /* the passive right before a mechanism (被吊销, 被立案调查): in a rule, the
                         sanction undergone, named in a condition or a party's description */
    ZC_XC_CHANGE_FROM, /* opens the starting value of a change (生产总值从1990年的60亿元跃升到…):
                         what is measured ends before it */
    ZC_XC_CHANGE_TO,  /* after the starting value, the value reached (到, 至, 为, 达到) */
    ZC_XC_CHANGE_MID, /* between change_from and the starting value (由现行的20%, 由当前3%) */
    ZC_XC_STOCK_VERB, /* a verb of present possession (现有): the figures after it in its clause
                         count the stock there is, no goal */
    ZC_XC_COPULA,     /* a copula or role verb (是, 作为, 系): a name clause holding one before
                         its head is a sentence of identity (公安机关是…的主管部门), no subject */
    ZC_XC_IN_FORCE,   /* the entry into force a span counts from (施行之日起): a rate's validity */
    ZC_XC_NEED,       /* a verb of need (需要): inside a condition no duty of its own */
    ZC_XC_RESULT_LATE, /* a verb of a result a 将 earlier in its clause makes a forecast (将在…
                          得到解决) */
    ZC_XC_ENF_PUSH,   /* a verb stepping up (加强, 强化, 加大) right before a generic support
                         word that ends its clause: the generic push, no record */
    ZC_XC_ALT,        /* joins alternatives (或, 或者): an event bound after it, right after a time,
                         is that time's alternative */
    ZC_XC_MEETING,    /* a meeting convened (召开) after a time in its clause: ordered when a
                         modal verb governs the time (decide-deadline.tsv meeting_after) */
    ZC_XC_JUDGE,      /* a verb of judging or finding right after a subject (认为, 发现, 确认):
                         its clause closed by 的 is the subject's own judgement, whose duty or
                         power the next clause states (clause.c judging_subject) */
    ZC_XC_LIST_OPEN,  /* announces a rule's list of items (下列, 以下, 如下): a modal verb of a
                         duty over it gives the items its modality and its subject
                         (args.c push_list_owner, zc_ext_carry_actors) */
    ZC_XC_LIST_CASE,  /* right after LIST_OPEN, the items are cases or contents (情形, 条件,
                         内容): conditions or a description, no duty */
    ZC_XC_ENF_SUBMIT, /* a verb of submitting to or assisting another's check (接受, 配合, 协助):
                         the check before it stays the authority's (enforce.c own_check) */
    ZC_XC_PARTY_HEAD, /* the head noun of a regulated party, no authority (单位, 企业, 经营者,
                         出租人): as a check's doer in a rule, its own check of customers, goods or
                         premises is no authority's (enforce.c own_check) */
    ZC_XC_PARTY_CHECK, /* a patrol word a party does on its own premises as often as an
                          authority does on others (巡查): asked by own_check beside the check
                          words of mode party */
    ZC_XC_PIVOT,      /* a verb whose object does the next verb (指导X做好…, 组织X开展…): a clause
                         it opens names no actor (clause.c actor_start) */
    ZC_XC_LIGHT,      /* a light verb of the 对 construction (对X进行检查, 予以, 加以): after it
                         in its clause, 应对 is the modal 应 and 对 (clause.c cue_class) */
    ZC_XC_OCCUR,      /* a verb of an occurrence (发生, 出现, 遇到): a 时 frame holding one is a
                         condition, not an act's time (deadline.c admin_act_in) */
    ZC_XC_PAST_ADVERB, /* a past cue standing before its verb (已, 已经): 已 + a verb + 的
                         qualifies a noun (rules.c qualifies_noun) */
    ZC_XC_ENF_LENDER, /* a lender (金融机构, 银行): support it steps up in its clause is its
                         lending, no incentive of the issuer (enforce.c lender_before) */
    ZC_XC_FUND_VERB,  /* a verb setting up or putting to use a public fund (设立, 安排, 统筹,
                         发挥): before a fund word in its clause, the fund is granted
                         (enforce.c fund_used) */
    ZC_XC_RATE,       /* a verb paying or refunding at a share, or 按 before it (按60%报销, 返还
                         …的50%): a share in its clause is a scheme's rate (number.c share_rate) */
    ZC_XC_LEVEL_CLASS, /* names organs by a class of levels (设区的, 县级以上): an actor holding
                          one is a set of addressees, never the issuer (deadline.c
                          issuer_actor) */
    ZC_XC_LIST_DUTY,  /* right after LIST_OPEN, the items are duties (职责, 义务): the list's
                         subject acts in them, modal verb or none (args.c push_list_owner) */
    ZC_XC_PERFORM,    /* a verb carrying out a check, grant or sanction (开展, 组织, 部署): before
                         a mechanism the title names, that mention is imposed (enforce.c
                         performed) */
    ZC_XC_ENF_POWERS, /* opens a list of an authority's powers of inspection (有权采取下列措施:,
                         可以行使下列职权:): the check words of its items are aimed at the party
                         inspected (（一）查阅、复制有关文件和资料) */
    ZC_XC_ENF_JOIN,   /* after a mechanism word in its clause, the public's taking part by it
                         (以捐赠、资助…等方式参与, 多渠道参与): the means of others, no grant or
                         sanction of the document */
    ZC_XC_MEASURED,   /* a length or amount measured per period (时间 of 每日盗用水时间): a
                         recurrence right before it is the rate of a computation, no schedule */
    ZC_XC_TERM,       /* a term of credit, tax, land sale or price a policy sets (首付款比例,
                         征收率, 竞买保证金): a figure it sets is a rule's parameter (number.c
                         policy_term) */
    ZC_XC_STRICT,     /* a strict comparison (小于, 大于或等于, 低于): a schedule's classes, not
                         a goal's bound (number.c strict_compare) */
    ZC_XC_FORWARD,    /* in a heading, the part of an account on the work ahead (下一步工作打算,
                         今后工作): no review there */
    ZC_XC_CHARGE,     /* charges the body before it with the act after it (负责): unless that
                         body is the document's issuer, the issuer sets its duty (deadline.c
                         charged) */
    ZC_XC_DEGREE,     /* a degree adverb (更加, 更为): a list of qualities after it compares a
                         state, no manner a duty asks for (deadline.c state_word) */
    ZC_XC_DISPOSE,    /* a verb and its complement of disposal (纳入, 列入, 转化为): a 将 before
                         it in its clause marks its object, no future (rules.c object_markers) */
    ZC_XC_ENF_SEEK,   /* a verb of seeking what a higher level grants (争取): an incentive word
                         after it in its clause is what the issuer applies for, no grant of its
                         own (enforce.c sought) */
    ZC_XC_ENF_SURVEY, /* what a statistical survey measures (资源, 状况, 成本, 价格, 人口): a 调查
                         after it in its clause is a survey, no investigation of a party
                         (enforce.c surveyed) */
    ZC_XC_TABLE_YEARS, /* a header cell's word naming a yearly breakdown (分年度, 各年度, 逐年):
                          spanning the run of year columns under it (table.c spanning_head) */
    ZC_XC_VALIDITY,   /* names a validity period (有效期): a length right after it is how long
                         a permit or decision holds, no bound (deadline.c validity_before) */
    ZC_XC_REACH,      /* a verb of reaching a level (达到, 提高到): a figure after it that 左右
                         makes approximate is still a floor (number.c reach_before) */
    ZC_XC_ENF_RANGE,  /* joins the low and high grade of a disciplinary range (直至: 撤职直至
                         开除的纪律处分): one sanction, whose record is its kind noun
                         (enforce.c range_end, heads_range) */
    ZC_XC_SCOPE,      /* a preposition whose object is the scope a task works within (围绕,
                         与, 在, 针对: 围绕37条产业链, 纵向与13个市平台互联): a count right after
                         it is of what there is, no goal (number.c scope_at) */
    ZC_XC_SIZE_UNIT,  /* a unit a size class is measured in (平方米, 米, 吨, 万元): N以上 in it
                         right before a noun classes the noun by size (100米以上综合性商务楼,
                         number.c measure_class) */
    ZC_XC_PRODUCE,    /* a verb of producing (形成, 构建, 培育, 打造) right before a count N以上的
                         or N左右的: the count is the goal, no bracket (number.c bracket) */
    ZC_XC_OVERSIGHT,  /* a check word of general oversight (监督): stepped up (加大监督力度) it is
                         the generic 加强监督, aimed at nobody (enforce.c aimed_at_party) */
    ZC_XC_TABLE_SCORE, /* in a table's column header or caption, the points an assessment gives
                         (分值, 赋分, 得分): a scoring table, whose figures are neither goals nor
                         results (table.c read_head) */
    ZC_XC_RADIUS,     /* right after a length or area, the area it bounds (范围内, 服务半径): the
                         figure says where a goal applies, no goal (number.c NF_RADIUS) */
    ZC_XC_PHASE,      /* a phase of a work plan (阶段): a time in brackets right after it is the
                         phase's period (集中整治阶段（5-7月）: deadline.c phase_time) */
    ZC_XC_ENF_STATUS, /* right after a mechanism word, the state of its course (督查情况, 查处情况):
                         reported on, no mechanism imposed (enforce.c status_after) */
    ZC_XC_ENF_ASSIST, /* right before a mechanism word, assisting another's (协助查处, 协助执法检查):
                         the check is that body's, no record here (enforce.c assisted) */
    ZC_XC_SWEEP,      /* a sweep for hazards or violations (排查): a check aimed at a party in a
                         plan only (decide-enforcement.tsv sweep) */
    ZC_XC_DEFINE,     /* a definition's copula (是指, 指 as a word): an open bound after it in its
                         clause draws the class defined (Ⅰ级转移安置行动，指…人员在50万人以上), no
                         figure (number.c defined) */
    ZC_XC_TABLE_TIME, /* a column header of times (投入使用时间, 日期): its cells (2017.10) are
                         no figures, as a 序号 column's (table.c add_row) */
    ZC_XC_TABLE_TOTAL,/* the label of a row of totals right after a table's rows (合计, 总计): its
                         figures fall under the figure columns from the right (table.c total_row) */
    ZC_XC_TABLE_GROUP,/* a header cell grouping the cells of a second level below it (其中, 分布情况):
                         a two-level header (table.c two_level) */
    ZC_XC_ELIGIBILITY,/* a heading of the conditions applicants meet or of a scheme's scope
                         (申报条件, 准入条件, 适用范围): its figures are thresholds (number.c) */
    ZC_XC_CHECK_MANNER,/* right before a check word, the manner of a round of checks (现场, 实地,
                         上门, 联合, 专项, 日常: 实地核查, 联合监管): a named form of checking the
                         field's parties, a record with no party cue (enforce.c) */
    ZC_XC_TABLE_DUTY, /* a column header of responsible bodies (责任单位) in a table one cell a
                         line: the body under it acts for its rows (args.c duty_table) */
    ZC_XC_DONE,       /* a verb of completion (完成) right after a time that opens a task's
                         bracketed note ((2020年2季度完成，市发展改革委牵头)): the task's limit */
    ZC_XC_LIST_TASK,  /* ends a plan's list announcement before its colon (…采取下列措施：, 开展以下
                         工作：): the items are the subject's tasks (args.c push_list_owner) */
    ZC_XC_ATTACHMENT, /* opens an attachment's label (附件, 附表): in a table one cell a line, the
                         table ends there (args.c duty_table) */
    ZC_XC_ENF_ENGAGED,/* a verb of pursuing an occupation (从事): a check word after it in its
                         clause is the work someone does as a job, no check imposed (enforce.c
                         engaged) */
    ZC_XC_ENF_PAY,    /* an item of staff pay (工资, 津贴, 福利, 抚恤): a grant word listed next to
                         it is pay, no incentive (enforce.c pay_item) */
    ZC_XC_ASK,        /* a yes-or-no question (是否, 有无): what follows in its clause is asked
                         about, nothing imposed or due (clause.c zc_ext_asked) */
    ZC_XC_DUE_HEAD,   /* a column header or label of when a task is due (完成时限, 时间节点): a
                         time under or after it is the task's deadline (deadline.c due_cell) */
    ZC_XC_WHOLE,      /* a time naming a whole period (全年): a scope, a deadline only in a
                         column of due times (decide-deadline.tsv whole) */
    ZC_XC_ISSUED,     /* a verb of issuing a document (发布, 印发, 下发): a span right after it
                         counts from the issue (decide-deadline.tsv issued_before) */
    ZC_XC_POINTS,     /* a word of the points a rating scheme gives (分值, 记分, 权重): a score
                         after it in its clause is points given (number.c points_given) */
    ZC_XC_INCIDENT,   /* a noun of an incident (事故, 事件, 灾害): an open bound in the relative
                         clause before it grades incidents (number.c words_to_de) */
    ZC_XC_NTYPES
};

/* The document's genre as the rules use it, the prior for a figure (GUIDELINES.md): a plan's
 * figures are goals, a report's are statistics, a rule's brackets are conditions, a guide's
 * figures are specifications, test parameters and a call's rules (standards with a comparator
 * are targets; a bare figure is none unless marked as reported). */
typedef enum zc_ext_genre {
    ZC_XG_NONE,       /* a speech, a notice, or not known: the cues alone decide */
    ZC_XG_PLAN,
    ZC_XG_RULE,
    ZC_XG_REPORT,
    ZC_XG_GUIDE       /* a technical guide, review points, a standards system guide, a call
                         for projects (指南, 指引, 审评要点, 申报指南, 规范, 导则) */
} zc_ext_genre;

typedef struct zc_ext_ent {
    uint8_t tab;          /* zc_ext_tab */
    uint8_t cls;          /* class within the table */
    uint8_t mode;         /* enforcement mode; ZC_XM_MANNER for a modal cue */
    bool word;            /* a cue only as whole words of the segmenter (zc_ext_word_cue) */
    uint32_t klen;        /* key length in bytes */
    int32_t next;         /* the entry before it with the same key, -1 for the first */
} zc_ext_ent;

/* A compiled pattern of dicts/rules/ (one line). */
typedef struct zc_ext_rule {
    char id[48];          /* "<kind>.<name>" */
    int kind;             /* zc_kind of the records it makes */
    pcre2_code *code;     /* JIT-compiled before its first match (zc_ext_patterns) */
    atomic_bool jitted;
    char arg[32];         /* kind-specific: a target's constant or value[cmp], a recurrence */
    double tvalue;        /* a constant target's value, comparator and unit, read from arg */
    char tcmp[3];         /*   at load: [comparator]number[unit] (0, >50%) */
    char tunit[24];
    bool gated;           /* it runs only on sentences with its gate (a ZC_XT_GATE hit) */
    zc_regex_prefilter pf;   /* the literals its matches hold: most sentences lack them */
    char reason[80];      /* --explain: "the pattern <id> matched" */
    zc_explain ex;        /* its line of extract.tsv, set once the rules stop moving */
} zc_ext_rule;

/* The decision tables of dicts/rules (decide.h), and what each may name (number.c,
 * deadline.c, enforce.c). */
enum { ZC_XD_NUMBER, ZC_XD_STATISTIC, ZC_XD_DEADLINE, ZC_XD_ENFORCEMENT, ZC_XD_NTABLES };
extern const zc_dec_spec zc_ext_number_spec, zc_ext_statistic_spec, zc_ext_deadline_spec,
    zc_ext_enforcement_spec;

/* A BMP char's node in the cue trie (zc_da_char_nodes) and the entry whose key is that char
 * (zc_da_values of the node, -1 for none): read together by the sentence reader. */
typedef struct zc_ext_first {
    uint32_t node;
    int32_t val;
} zc_ext_first;

/* The extraction rules' part of the model. Read-only once loaded, but for the rules' JIT
 * step, under jit_lock. */
struct zc_ext_model {
    zc_da da;             /* the lexicon engine's trie: key -> its last entry (owned) */
    zc_vec keys;          /* every key with its entry (lexicon.c), kept so that user words
                             (zc_model_add_user_lex) can join the trie */
    uint64_t rows;        /* a print of the rows the trie was built from (cues.zcd) */
    uint32_t *charnode;   /* zc_da_char_nodes: most chars begin no key, one load tells */
    int32_t *nodeval;     /* zc_da_values: the entry whose key ends at a node, or -1 */
    zc_ext_first *first;  /* per BMP char, charnode and nodeval there: the sentence reader's
                             one load a char instead of two dependent ones */
    uint64_t *pairs;      /* zc_da_pairs: most walks end at their first char's own key */
    zc_ext_ent *ents;
    size_t nents;
    size_t maxkey;        /* longest key in bytes */
    zc_ext_rule *rules;
    size_t nrules;
    uint32_t maxgroups;   /* the most capture groups of a rule */
    uint16_t behind;      /* the longest lookbehind of a rule, in chars (zc_regex_prefilter) */
    uint64_t ungated[4];  /* bit r: rule r has no gate (it may run on any sentence) */
    uint64_t pfgated[4];  /* bit r: of those, one that runs only where a ZC_XT_PF key of it is */
    pthread_mutex_t jit_lock;
    struct zc_lexicon *lex;   /* own copy of the numeral and time lexicon, NULL when the match
                                 model has it */
    zc_dec_table dec[ZC_XD_NTABLES];   /* dicts/rules/decide-*.tsv, by ZC_XD_* */
};

/* Loads dicts/lex/{modality,enforcement,actors,cues}.tsv and dicts/rules/extract.tsv from
 * `dictdir` into m->ext. A bad line or pattern fails with ZC_EFORMAT or ZC_EREGEX and
 * "file:line: reason" in the model's message; a missing file with ZC_EIO. */
zc_status zc_ext_model_load(zc_model *m, const char *dictdir);
/* Frees what zc_ext_model_load built. NULL is a no-op. */
void zc_ext_model_free(struct zc_ext_model *x);
/* Writes the trie of `x` (its entries and the engine's arrays) and the print of its rows to
 * `path`, the image cues.zcd that zc_ext_model_load takes instead of building it (dictc). */
zc_status zc_ext_trie_write(const struct zc_ext_model *x, const char *path, char *err,
                            size_t errlen);

/* The numeral and time lexicon the rules use (the match model's, else the rules' own). */
const struct zc_lexicon *zc_ext_lexicon(const zc_model *m);

/* ---- a sentence in work (rules.c) --------------------------------------------------------- */

/* A start where a table's leftmost-longest walk stops: the index of the first hit there (of
 * any table) and the end of the table's longest hits there. */
typedef struct zc_ext_group {
    uint32_t first;
    size_t end;
} zc_ext_group;

/* One lexicon hit: bytes [start, end) of the view and the entry. */
typedef struct zc_ext_hit {
    size_t start, end;
    const zc_ext_ent *e;
} zc_ext_hit;

/* One clause: view bytes between , ; : 。 ! ? and its context. */
typedef struct zc_ext_clause {
    size_t start, end;
    zc_vspan actor;       /* subject named at its start, or empty; read it with
                             zc_ext_clause_actor, which finds it on first use */
    bool actor_known;     /* actor is found (clause.c) */
    bool past;            /* a past/report cue in it, a running total included */
    bool compare;         /* a comparison with the past in it (同比) */
    bool total;           /* its past cues are all running totals (累计): past unless
                             st->horizon */
    bool past_noun;       /* its past cues all qualify a noun (已批复的国家制造业创新中心): the
                             clause alone is past, the clauses after it are not */
    int8_t times;         /* 1 when it holds only times and their cues, 0 when not, -1 not yet
                             known (deadline.c: found on first use, once per clause) */
} zc_ext_clause;

/* The context the rules share while they work on one sentence. */
/* The cues asked of the headings above a sentence (rules.c heads_above), each memoized
 * per sentence of the document: goal (ZC_XC_GOAL), background, forward, eligibility. */
typedef enum {
    ZC_EXT_HEAD_GOAL, ZC_EXT_HEAD_BG, ZC_EXT_HEAD_FW, ZC_EXT_HEAD_ELIG, ZC_EXT_HEAD_N
} zc_ext_head_cue;

/* A window's words as the segmenter reads it alone (args.c segment_window), kept by its bytes:
 * the same bytes give the same words wherever they stand, and most windows are two Han chars
 * that recur (重要, 必须). Offsets are from the window's first byte. */
#define ZC_EXT_WIN_KEY 12      /* bytes of a window kept: four Han chars */
#define ZC_EXT_WIN_WORDS 4     /* words of a window kept */
#define ZC_EXT_WIN_SLOTS 8192  /* windows kept at most, by a hash of their bytes */
#define ZC_EXT_WIN_BYTES 256   /* bytes of the view per slot: a window every 115 in the reports */
typedef struct zc_ext_win {
    char key[ZC_EXT_WIN_KEY];
    uint8_t len, nw;      /* the key's bytes (0: an empty slot) and the words */
    uint8_t ws[ZC_EXT_WIN_WORDS], we[ZC_EXT_WIN_WORDS], kind[ZC_EXT_WIN_WORDS];
    int32_t ent[ZC_EXT_WIN_WORDS];
} zc_ext_win;

typedef struct zc_ext_sent {
    const zc_model *m;
    const struct zc_ext_model *x;
    const struct zc_lexicon *lx;
    zc_doc *d;
    const char *text;     /* d->norm */
    size_t index;         /* sentence index */
    size_t start, end;    /* its view bytes */
    const char *doc_date; /* "YYYY[-MM-DD]" or NULL */
    zc_vspan title;       /* the document's title (the metadata stage's), empty when none */
    zc_vspan issuer;      /* the document's first issuer (the metadata stage's), empty when none */
    bool year_sure;       /* doc_date is a year an anniversary gives (今年是…成立99周年): sure
                             enough to date a past year alone (1952年至1954年) */
    zc_vec hits;          /* zc_ext_hit, by start, all tables, every prefix */
    zc_vec hitpos;        /* uint32_t per byte of [start, end], set where a char starts and at
                             end: the first hit starting there or later, so that the helpers
                             look only at the hits near a byte */
    zc_vec chosen[ZC_XT_NTABS];   /* per table, zc_ext_group: its hits chosen leftmost-
                                     longest, non-overlapping (zc_ext_next_hit walks them) */
    uint64_t hascls[ZC_XT_NTABS][4];   /* the classes of each table the sentence's hits have
                                          (the hit helpers look no further without); all
                                          set until choose_hits fills them */
    uint64_t rulecls[2][4];   /* the classes of the ZC_XT_GATE and ZC_XT_PF entries found in
                                 the sentence, kept as no hits: only the patterns ask them, by
                                 class (choose_hits puts them in hascls) */
    zc_vec starts;        /* uint16_t per byte: zc_lex_starts there (0 inside a char), so the
                             number and time rules parse only where one may begin */
    zc_vec cand;          /* uint32_t: the bytes where starts is not 0 or a Latin token goes
                             on, in order: all that the time and number loops need to visit */
    zc_vec timeat;        /* uint32_t per byte: 0 not asked yet, else 1 + 2 * the bytes
                             zc_timex_parse consumed there, + 1 when a time starts there */
    size_t time_pos;      /* where zc_ext_time_memo last parsed a time (SIZE_MAX: none in
                             this sentence yet), and what it found there */
    zc_timex time;
    zc_vec clauses;       /* zc_ext_clause */
    zc_regex_chars chars; /* the sentence's chars, for the patterns' prefilters (read with
                             its chars and clauses in one pass) */
    zc_vec used;          /* uint8_t per byte: 1 where a rule took it (amounts, times), which
                             numbers skip */
    zc_vec conds;         /* zc_vspan: sanction conditions closed by 的: their thresholds are
                             no figures (低于80%的) */
    pcre2_match_data *md; /* for the rules (zc_ext_patterns) */
    bool goal;            /* a goal cue in a heading of the sentence's section path */
    zc_modality goal_mod; /* the modality the lead sentence of that goal section opens with */
    bool baseline;        /* it opens with a year before the document's: its figures report */
    zc_vec heads[ZC_EXT_HEAD_N];     /* per cue of a heading (zc_ext_head_cue): int8_t per
                             sentence of the doc, -1 not asked yet, else whether it holds
                             the cue (asked of headings) */
    size_t label_para;    /* the paragraph of the last sentence done */
    size_t chain_para;    /* the paragraph of the last sentence closed by ；, or SIZE_MAX */
    zc_modality chain_mod;/* the modal cue that reaches past that ； (应当A；B；C) */
    size_t powers_para;   /* the paragraph of the lead or the last item of a list of powers
                             (ZC_XC_ENF_POWERS), SIZE_MAX when none is open */
    bool powers;          /* the sentence lies in an item of that list */
    bool lead_first;      /* the document says that the first department of each tag leads
                             (ZC_XA_LEADFIRST): a tag's records take that one */
    bool label_goal;      /* its last sentence with a colon had a goal cue before the colon */
    bool label_cut;       /* the last sentence done ends in a line cut, not a mark (馈源\n接收机): the
                             next paragraph continues it */
    size_t frame_para;    /* the paragraph past_frame holds for */
    bool past_frame;      /* an earlier sentence of the paragraph opened an account of past
                             work (ZC_XC_PAST_FRAME) and no sentence since stated a duty, or
                             the sentence is in a report's or speech's review part (review) */
    bool review;          /* a report or speech (not a plan or rule) with a background heading
                             above the sentence (一、过去五年工作回顾): its review part */
    bool heading;         /* the sentence is a heading */
    bool yearly;          /* a yearly recurring day was emitted in the sentence (每年3月31日前):
                             a later day with no year of its own recurs with it */
    zc_ext_genre genre;   /* of the document */
    bool plan;            /* a plan's figure prior holds: the genre is plan and no background
                             heading (发展基础) is above the sentence */
    bool horizon;         /* set by the numbers rule in a plan sentence with a bound to come
                             (到2027年): a running total there is a goal, not the past */
    bool eligibility;     /* an eligibility cue in a heading of the sentence's section path */
    bool review_doc;      /* the document accounts for a year's work (genre reads review) */
    size_t tag_para;      /* the last paragraph that was a tag alone, SIZE_MAX for none */
    size_t name_next;     /* the paragraph after a department's name alone on its line
                             (args.c label_line), which it carries out; SIZE_MAX for none */
    zc_vspan name_actor;  /*   that name, and its sentence */
    size_t name_sentence;
    bool duty_col;        /* inside a table one cell a line under a column of responsible
                             bodies (责任单位; args.c duty_table) */
    size_t duty_row;      /*   the paragraph of its current row's number, SIZE_MAX for none */
    zc_vspan duty_unit;   /*   the body of that row (a cell spanning rows names it once) */
    bool duty_named;      /*   the current row has named its body (the lead column's comes first) */
    zc_segmenter *seg;    /* the model's word segmenter (args.c), NULL when it has no lexicon */
    zc_vec words;         /* zc_ext_word: the sentence's words, in order (args.c), found on
                             use up to the byte asked: most sentences make no record and need
                             none, and a subject needs only the opening's; room for them
                             all is kept, so a word's address stays valid for the sentence */
    zc_vec wordat;        /* uint32_t per byte of [start, end]: the word holding it; empty
                             when the sentence gets no words */
    size_t words_at;      /* the words hold every word that starts before this byte */
    bool words_known;     /* whether the sentence gets words is decided (wordat) */
    bool words_oom;       /* filling them ran out of memory (do_sentence reports it) */
    zc_vec run;           /* zc_word: the words of one window past words_at, between two
                             bytes no word crosses, segmented alone for a rule that asks
                             about one byte there (args.c run_word) */
    zc_vec run_ents;      /* int32_t: their entries (zc_segment_words_upto) */
    size_t run_lo, run_hi;/* the bytes they cover; run_hi 0 for none */
    zc_ext_win *wins;     /* nwins windows read so far in the document (in its arena), NULL
                             for none */
    size_t nwins;         /* a power of two: a short document zeroes few */
    zc_vec joins;         /* uint8_t per byte of [start, end) once asked (args.c may_join):
                             whether a word may hold the chars on both sides, 0 not yet
                             known, 1 no, 2 yes; empty until the sentence's first ask */
    zc_vec drops;         /* uint32_t: the hits drop_inner_cues dropped (rules.c), by their
                             index among the sentence's hits before, sentence after sentence */
    zc_vec dropat;        /* uint32_t per sentence read so far: its first in drops; a
                             sentence read again (zc_ext_reread) takes its drops from there */
    zc_vec leads;         /* zc_ext_lead: the lead-department tags of the document */
    zc_vspan doc_penalty; /* a rule's statement of who imposes its penalties (本条例规定的行政
                             处罚，由X决定; 其他行政处罚，由X决定), empty when none */
    bool doc_penalty_general; /* it names penalties in general (行政处罚), no particular ones
                             (降低资质等级、吊销…的行政处罚，由颁发证书的部门决定) */
    zc_vspan doc_competent; /* the last authority a rule's general provisions make competent
                             (X负责本行政区域内…的监督管理), empty when none */
    size_t doc_competent_sent; /* the sentence that names it */
    size_t chapters;      /* the chapter headings (第二章) read so far */
    bool doc_sanctioned;  /* a penalty (no incentive) was found: the general provisions are over */
    size_t out_seen;      /* the records zc_ext_find_competent has looked at */
    zc_vec cells;         /* zc_ext_cell: the figures of the doc's flattened tables, by start
                             (table.c), read on first use */
    zc_vec tparts;        /* zc_ext_tspan: their headers, labels and captions, by start */
    bool cells_read;
    zc_vec *out;
    zc_vec *rejected;     /* zc_record: the candidates the tables rejected, NULL unless the
                             doc's options ask to explain */
} zc_ext_sent;

/* True when an entry of `tab`/`cls` (cls -1: any) occurs anywhere in text[s, e) (no
 * leftmost-longest): for texts outside the sentence in work (headings, a table's headers). */
bool zc_ext_text_has(const struct zc_ext_model *x, const char *text, size_t s, size_t e,
                     int tab, int cls);

/* True when text[s, e) is one entry of `tab`/`cls` (cls -1: any), nothing besides. */
bool zc_ext_text_is(const struct zc_ext_model *x, const char *text, size_t s, size_t e, int tab,
                    int cls);

/* True when text[s, e) is an attachment's label alone (附件, 附件2, 附表：; cues.tsv attachment),
 * digits, a colon and white space aside. */
bool zc_ext_attachment_label(const struct zc_ext_model *x, const char *text, size_t s, size_t e);

/* ---- flattened tables (table.c) --------------------------------------------------------- */

/* What a table's header and caption say of a cell's figure (zc_ext_cell.flags). */
enum {
    ZC_XTC_GOAL = 1,      /* its column is a goal: a goal word or a year after the document's */
    ZC_XTC_BASE = 2,      /* its column is the present or past: 现状, or a year not after it */
    ZC_XTC_PLAN = 4,      /* the table is a plan's: its caption or the line introducing it
                             names a plan or goal, or it has an attribute column */
    ZC_XTC_SPEC = 8,      /* its column header or the caption names a project's specification
                             (投资, 面积) */
    ZC_XTC_SCORE = 16     /* the table scores an assessment: a header or caption names its
                             points (指标分值, 评价指标及赋值) */
};

/* A figure in a cell of a flattened table: rows of tab-separated cells, or one cell a line,
 * under a header row naming each column. */
typedef struct zc_ext_cell {
    size_t start, end;    /* the cell, spaces trimmed: view bytes */
    zc_vspan label;       /* its row's label (the first text cell) */
    char unit[24];        /* the unit its column header, its row's unit cell or the caption
                             names; "" for none */
    double factor;        /* that unit's scale (万元: 10000); 1 without one */
    uint8_t flags;        /* ZC_XTC_* */
} zc_ext_cell;

/* The other parts of a table: a header cell, a row's label, a caption line, the line
 * introducing it. */
enum { ZC_XTS_HEAD, ZC_XTS_LABEL, ZC_XTS_CAPTION, ZC_XTS_INTRO };
typedef struct zc_ext_tspan {
    size_t start, end;    /* view bytes */
    uint8_t what;         /* ZC_XTS_* */
    uint8_t flags;        /* of a caption or intro: ZC_XTC_PLAN and ZC_XTC_SPEC of its table; of any
                             part, ZC_XTC_SCORE of its table */
} zc_ext_tspan;

/* The table part (not a cell) holding [s, e), or NULL (zc_ext_table_cell reads the tables). */
const zc_ext_tspan *zc_ext_table_part(const zc_ext_sent *st, size_t s, size_t e);

/* The table cell holding the view bytes [s, e), or NULL. The doc's tables are read on the
 * first call, into the sentence context's cache (NULL when memory runs out: the cell then
 * reads as plain text). */
const zc_ext_cell *zc_ext_table_cell(const zc_ext_sent *st, size_t s, size_t e);

/* Whether [s, e) holds a letter or a CJK character: words, not digits, signs or brackets alone. */
bool zc_ext_worded(const char *t, size_t s, size_t e);

/* Whether byte `pos` stands on a short line of its own that ends in a unit in brackets, or
 * whose next line is such a unit alone (行政处罚(次), 纳入“黑名单”(家), 罚款⏎(万元)): a column
 * header of a form to fill in. */
bool zc_ext_unit_header(const zc_ext_sent *st, size_t pos);

/* Whether byte `pos` stands under an attachment whose title names a table of results or of
 * the present (附件1⏎…移交设施量清单) and no goal: its figures that no table read placed are
 * no plan's. */
bool zc_ext_results_attachment(const zc_ext_sent *st, size_t pos);

/* The row label of a figure alone on its line that no table read placed (one cell a line:
 * the nearest label-like line above), or an empty span. */
zc_vspan zc_ext_table_row_label(const zc_ext_sent *st, size_t s, size_t e);

/* zc_ext_next_hit past its class test (below). */
size_t zc_ext_next_hit_walk(const zc_ext_sent *st, size_t from, size_t s, size_t e, int tab,
                            int cls);
/* The hit of group g of st->chosen[tab] (its longest hit of the table, the first of them), or
 * SIZE_MAX: the walk over all of them that zc_ext_next_hit over the whole sentence makes,
 * without looking for each group again. */
size_t zc_ext_chosen_hit(const zc_ext_sent *st, int tab, size_t g);
#define ZC_EXT_HIT(st, i) (&ZC_VEC_AT(&(st)->hits, zc_ext_hit, i))
/* A walk over the hits zc_ext_next_hit finds one by one, that keeps its place among the
 * chosen groups instead of looking for it again at each step:
 *     zc_ext_walk w;
 *     for (size_t i = zc_ext_walk_in(&w, st, s, e, tab, cls); i != SIZE_MAX;
 *          i = zc_ext_walk_next(st, &w)) ...
 * g: the next group of st->chosen[tab] to look at. */
typedef struct zc_ext_walk {
    size_t g, e;
    int tab, cls;
} zc_ext_walk;
/* zc_ext_walk_in past its class test. */
size_t zc_ext_walk_from(zc_ext_walk *w, const zc_ext_sent *st, size_t s, size_t e, int tab,
                        int cls);
/* The walk's next hit, or SIZE_MAX when it is over. */
size_t zc_ext_walk_next(const zc_ext_sent *st, zc_ext_walk *w);

/* True when the document's genre sets terms: a plan, a rule or a guide, whose brackets,
 * thresholds and rates are conditions and whose named regimes are its frame (GUIDELINES.md). */
static inline bool zc_ext_sets_terms(const zc_ext_sent *st)
{
    return st->genre == ZC_XG_PLAN || st->genre == ZC_XG_RULE || st->genre == ZC_XG_GUIDE;
}

/* True when no hit of the sentence has class `cls` (>= 0) of `tab` (st->hascls): the hit
 * helpers answer at once. */
static inline bool zc_ext_lacks_class(const zc_ext_sent *st, int tab, int cls)
{
    return cls >= 0 && !(st->hascls[tab][cls / 64] >> (cls % 64) & 1);
}

/* Starts the walk over [s, e) and returns its first hit, or SIZE_MAX. Inline, as most walks
 * end at the class test. */
static inline size_t zc_ext_walk_in(zc_ext_walk *w, const zc_ext_sent *st, size_t s, size_t e,
                                    int tab, int cls)
{
    return zc_ext_lacks_class(st, tab, cls) ? SIZE_MAX : zc_ext_walk_from(w, st, s, e, tab, cls);
}

/* Lexicon hits of table `tab` (and class `cls` unless negative) chosen leftmost-longest,
 * non-overlapping, in [s, e): the index of the first one at or after `from` whose start is
 * >= s, or SIZE_MAX. Helpers walk them with zc_ext_next_hit. */
static inline size_t zc_ext_next_hit(const zc_ext_sent *st, size_t from, size_t s, size_t e,
                                     int tab, int cls)
{
    return zc_ext_lacks_class(st, tab, cls) ? SIZE_MAX
                                            : zc_ext_next_hit_walk(st, from, s, e, tab, cls);
}

/* The index of the first hit that starts at or after byte `pos` of the sentence. */
static inline size_t zc_ext_first_hit(const zc_ext_sent *st, size_t pos)
{
    if (pos <= st->start)
        return 0;
    if (pos > st->end)
        return st->hits.len;
    while (pos < st->end && ((uint8_t)st->text[pos] & 0xC0) == 0x80)
        pos++;   // inside a char: its hits are all before the next char's
    return ZC_VEC_AT(&st->hitpos, uint32_t, pos - st->start);
}

/* zc_ext_hit_at and zc_ext_hit_ending past their class test: the hits' walk. */
const zc_ext_hit *zc_ext_hit_at_walk(const zc_ext_sent *st, size_t pos, int tab, int cls);
const zc_ext_hit *zc_ext_hit_ending_walk(const zc_ext_sent *st, size_t pos, int tab, int cls);
/* The longest hit of `tab` (class `cls` unless negative) starting exactly at byte `pos`, or
 * NULL. Inline, as most questions end at the class test. */
static inline const zc_ext_hit *zc_ext_hit_at(const zc_ext_sent *st, size_t pos, int tab,
                                              int cls)
{
    return zc_ext_lacks_class(st, tab, cls) ? NULL : zc_ext_hit_at_walk(st, pos, tab, cls);
}
/* The longest hit of `tab` (class `cls` unless negative) ending exactly at byte `pos`, or
 * NULL. */
static inline const zc_ext_hit *zc_ext_hit_ending(const zc_ext_sent *st, size_t pos, int tab,
                                                  int cls)
{
    return zc_ext_lacks_class(st, tab, cls) ? NULL : zc_ext_hit_ending_walk(st, pos, tab, cls);
}
/* True when any entry of `tab`/`cls` starts inside [s, e), even one hidden by a longer
 * overlapping entry (的目标 hides 目标 for leftmost-longest, not here). */
bool zc_ext_has_any(const zc_ext_sent *st, size_t s, size_t e, int tab, int cls);
/* True when a hit of `tab`/`cls` lies inside [s, e). */
static inline bool zc_ext_has(const zc_ext_sent *st, size_t s, size_t e, int tab, int cls)
{
    return !zc_ext_lacks_class(st, tab, cls) && zc_ext_next_hit(st, 0, s, e, tab, cls) != SIZE_MAX;
}

/* False when no number or time of `tabs` (ZC_LX_TIME_TABS, ZC_LX_NUMBER_TABS) can begin at
 * byte `pos` of the sentence (zc_lex_may_start, looked up once per sentence). */
static inline bool zc_ext_may_start(const zc_ext_sent *st, size_t pos, unsigned tabs)
{
    return pos >= st->start && pos < st->end &&
           (ZC_VEC_AT(&st->starts, uint16_t, pos - st->start) & (tabs | ZC_LX_LEAD));
}


/* The first candidate byte (st->cand) at or after `p`, from index *k on (which it advances),
 * or SIZE_MAX: the time and number loops visit these only. */
static inline size_t zc_ext_next_cand(const zc_ext_sent *st, size_t *k, size_t p)
{
    const uint32_t *cand = st->cand.data;
    while (*k < st->cand.len && cand[*k] < p)
        ++*k;
    return *k < st->cand.len ? cand[(*k)++] : SIZE_MAX;
}

uint32_t zc_ext_time_memo(const zc_ext_sent *st, size_t pos);   /* parses, fills st->timeat */
/* True when a time expression starts at byte `pos` (zc_timex_parse to the sentence end),
 * remembered for the sentence: the actor and deadline rules ask it at every char they pass.
 * *consumed (unless NULL) gets the bytes the parser took, also for words it skips (及时率). */
static inline bool zc_ext_time_starts(const zc_ext_sent *st, size_t pos, size_t *consumed)
{
    uint32_t memo = 0;
    if (zc_ext_may_start(st, pos, ZC_LX_TIME_TABS)) {
        memo = ZC_VEC_AT(&st->timeat, uint32_t, pos - st->start);
        if (!memo)
            memo = zc_ext_time_memo(st, pos);
    }
    if (consumed)
        *consumed = memo ? (memo - 1) / 2 : 0;
    return memo && (memo - 1) & 1;
}

/* The time expression that starts at `pos` (zc_ext_time_starts true there), as
 * zc_timex_parse reads it to the sentence end: the memo's own parse when it was the last one,
 * else parsed again. */
bool zc_ext_time_at(const zc_ext_sent *st, size_t pos, size_t *consumed, zc_timex *t);

/* ---- words and arguments (args.c) ------------------------------------------------------ */
/* What a word is, from the part-of-speech tag of the segmenter's lexicon (jieba's tag set). */
enum {
    ZC_XW_OTHER,      /* no tag: an unknown character, a Latin word */
    ZC_XW_NOUN,       /* n, ng, nz, nr, j (abbreviations: 发改委), s, an */
    ZC_XW_NAME,       /* nt (organisations), ns (places): bodies that may act */
    ZC_XW_MOD,        /* modifiers inside a noun phrase: b (县级, 所在), a, f (以上) */
    ZC_XW_VNOUN,      /* vn: a verb that may head a noun phrase (建设, 管理) */
    ZC_XW_VERB,       /* v, vd, vi, vg, vq */
    ZC_XW_ADV,        /* d, ad */
    ZC_XW_PREP,       /* p */
    ZC_XW_CONJ,       /* c */
    ZC_XW_PART,       /* u… (的, 了), y, e */
    ZC_XW_PRON,       /* r (各地, 我们, 其中) */
    ZC_XW_NUM,        /* m, q, numbers */
    ZC_XW_PUNCT
};

/* Whether a word of class `c` may open or head a noun phrase (a noun, a name, a modifier, a
 * verbal noun): 100米以上综合性商务楼, “十四五”时期经济社会发展的基本思路. */
static inline bool zc_ext_heads_np(uint8_t c)
{
    return c == ZC_XW_NOUN || c == ZC_XW_NAME || c == ZC_XW_MOD || c == ZC_XW_VNOUN;
}

typedef struct zc_ext_lead {
    size_t para;          /* its paragraph */
    zc_vspan actor;
    zc_vspan first;       /* ZC_LEAD_TAG: its first department (empty when it reads none) */
    uint8_t role;         /* ZC_LEAD_TAG, ZC_LEAD_AGENT, ZC_LEAD_SUBJECT, ... */
    uint8_t mod;          /* ZC_LEAD_MODAL: the zc_modality the sentence takes;
                             ZC_LEAD_SUBJECT, ZC_LEAD_PENDING: the zc_modality its sentence
                             states; ZC_LEAD_CLOSED: 1 when only a condition's opener closes
                             it */
    bool organ;           /* ZC_LEAD_SUBJECT: one named organ (国家医保局), no prefix (各) */
    bool horizon;         /* ZC_LEAD_PENDING: st->horizon after the sentence's records */
    size_t sentence;      /* the sentence it was noted in (ZC_LEAD_PENDING: the one whose
                             subject it stands for) */
} zc_ext_lead;
enum {
    ZC_LEAD_TAG,          /* a lead-department tag ((省发展改革委牵头)) */
    ZC_LEAD_AGENT,        /* a sanction's authority (由X责令改正) */
    ZC_LEAD_SUBJECT,      /* the subject of a sentence's first clause (各地商务主管部门要…) */
    ZC_LEAD_CLOSED,       /* a sentence that takes no subject from before (empty span at it);
                             mod 1 when only a condition's opener closes it (对…进行…) */
    ZC_LEAD_MODAL,        /* a sentence with no modal cue after 要…； (empty span at it) */
    ZC_LEAD_PENDING,      /* a ZC_LEAD_SUBJECT not read yet: read when a record asks for
                             it, by reading its sentence again (empty span at it) */
    ZC_LEAD_NONE,         /* a pending subject read: there is none */
    ZC_LEAD_UNIT,         /* in a rule, the authority an article names after 由 for its
                             sanctions (由X责令改正; 由X按照下列规定进行处理, no record): mod 1
                             when the article addresses every violation of the text
                             (违反本条例规定的, 对违反本条例的行为), which in a chapter's first
                             article reaches the chapter (args.c, zc_ext_carry_actors) */
    ZC_LEAD_LIST,         /* in a rule, a sentence that announces a list of duties with a
                             colon (使用管理单位应当履行下列义务：): its subject (the span, maybe
                             empty) and modality (mod) for the items under it that state none
                             (args.c, zc_ext_carry_actors) */
};
typedef struct zc_ext_word {
    size_t start, end;    /* view bytes */
    uint8_t cls;          /* ZC_XW_* */
} zc_ext_word;
#define ZC_EXT_WORD(st, i) (&ZC_VEC_AT(&(st)->words, zc_ext_word, i))
/* Forgets the words of the previous sentence: the helpers below segment the sentence into
 * st->words with their classes (the user dictionaries included: their words and tags change
 * the phrases) when they are first asked. */
void zc_ext_words_reset(zc_ext_sent *st);
/* Decides whether the sentence has words at all (they are for the sentences that may make a
 * record, read from its hits) without segmenting it: a rule that drops hits calls it first. */
void zc_ext_words_decide(const zc_ext_sent *st);
/* The word that starts at byte `pos`, or NULL (inside a word, or no words). */
const zc_ext_word *zc_ext_word_at(const zc_ext_sent *st, size_t pos);
/* True when `pos` starts a word (always, when the sentence has no words): cues match whole
 * words only. */
bool zc_ext_word_starts(const zc_ext_sent *st, size_t pos);
/* True when [s, e) begins or ends inside a word of the sentence that it does not hold whole,
 * that does not hold it whole and that shares a single character with it (警告 in 预警/告知,
 * 处分 in 各处/分配, 强制 in 加强/制度): a cue read across words, no cue. A word sharing more
 * (依法追究/刑事/责任) is a merge of the lexicon and leaves the cue whole. False without
 * words. Cannot fail. */
bool zc_ext_crosses_word(const zc_ext_sent *st, size_t s, size_t e);
/* True when a noun, place, locative or time word of the segmenter holds the characters on both
 * sides of byte `pos` (将|军, 未|来, 前|沿, 十年内|乱). */
bool zc_ext_noun_across(const zc_ext_sent *st, size_t pos);
/* True when a cue at [s, e) is part of a longer word of the segmenter: it starts inside a word
 * (要 of 重要, 争取 of 斗争/取得, 于 of 由于), or a noun or time word goes on after it (将军, 未来). */
bool zc_ext_cue_in_word(const zc_ext_sent *st, size_t s, size_t e);
/* True when a word of the segmenter starts at `pos` and its lexicon tag is a noun, a place or
 * an organisation (n, nz, ng, ns, nt; not nr, which also holds unknown merges like 补短板). */
bool zc_ext_lex_noun_at(const zc_ext_sent *st, size_t pos);
/* True when a word of one character starts at `pos` and its lexicon tag is no verb, adverb,
 * preposition, conjunction, pronoun, particle or numeral (县 zg, 党 n, 国 n): after 我 or 我们
 * it is the noun 我 determines (我县, 我们党), so 我 is no subject. */
bool zc_ext_determined_at(const zc_ext_sent *st, size_t pos);
/* True when a word that opens a verb phrase starts at `pos`: a verb, an adverb, a
 * preposition or a conjunction (确定, 也, 依照, 如). */
bool zc_ext_verb_starts(const zc_ext_sent *st, size_t pos);
/* The end of the noun phrase of words that starts at `p` (before `e`) when it names a body
 * that acts: its head is an organisation or a place (民政局, 海珠区: tags nt, ns) or, with
 * `any_head` (after 各), any noun; lists joined by actors.tsv `join` words stay whole. The
 * phrase must end where a verb phrase begins. `p` when there is none. */
size_t zc_ext_actor_phrase(const zc_ext_sent *st, size_t p, size_t e, bool any_head);
/* The indicator of a figure whose cue words start at `s` and end at `e` (its number inside):
 * the noun phrase measured; for a `target`, without the clause's actor. */
zc_vspan zc_ext_indicator(const zc_ext_sent *st, size_t s, size_t e, bool target);
/* The indicator of a figure record at [s, e) of the sentence whose earlier figures st->out holds:
 * zc_ext_indicator, or the item a 分别 list assigns it, or the indicator of the figure before it
 * when it has no phrase of its own (，增长6.9%). */
zc_vspan zc_ext_figure_indicator(const zc_ext_sent *st, size_t s, size_t e, bool target);
/* The indicator of a zero goal at [s, e) (隐患清零, 辍学率为零, “零焚烧”): what is named before it,
 * else the act after its 零. */
zc_vspan zc_ext_zero_indicator(const zc_ext_sent *st, size_t s, size_t e);
/* The task a deadline at [s, e) governs: the verb phrase after the time in its clause (its
 * modal verbs and prepositions skipped), else that of the next clause without its actor and
 * modal verb (春节前后,县疫情防控指挥部要组织专班), else the clause before the time (a
 * stage's heading: (一)准备阶段(即日起至4月30日)). */
zc_vspan zc_ext_task(const zc_ext_sent *st, size_t s, size_t e);
/* Notes the lead-department tags of the sentence ((省发展改革委牵头), 牵头考核单位：X,
 * 责任单位：X) and the authorities of its sanctions (由X处…罚款) in st->leads; `actor_at(st, p, e)` reads the department starting at p. */
zc_status zc_ext_find_leads(zc_ext_sent *st, zc_vspan (*actor_at)(const zc_ext_sent *, size_t,
                                                                   size_t));
/* After the last sentence: records other than statistics with no actor of their own take the
 * lead department of their paragraph (the tag after them, else the one before); a sanction
 * takes the authority of the last sanction before it in its paragraph (由X责令改正…；情节严重
 * 的，并处吊销… : X); else a record takes the subject of the last earlier sentence of its
 * paragraph that names one (各地商务主管部门要…；要定期进行评估…). */
zc_status zc_ext_lead_actors(zc_ext_sent *st, zc_vec *out);
/* True when the current sentence, naming no subject of its own, would take (as
 * zc_ext_lead_actors gives it) the subject of an earlier sentence of its paragraph that is one
 * named organ (国家医保局将…。每年选取…) and whose sentence states no modal verb, with no lead
 * tag or sanction authority in the paragraph before it: the issuer's body goes on acting. A
 * rule of the sentence asks it before zc_ext_find_subject: the sentence's own closing is read
 * here, and a pending subject (ZC_LEAD_PENDING) is read as zc_ext_lead_actors reads it, aside
 * (zc_ext_aside), so that the sentence's state stays as the rule holds it. Out of memory sets
 * st->words_oom (do_sentence reports it) and gives false. */
bool zc_ext_carried_organ(zc_ext_sent *st);
/* True when the name of one organ (cues.tsv `organ`: 局, 部, 政府) ends at `pos`, no kind of
 * body at a level (`none`: 镇人民政府, 村民委员会) hiding it. */
bool zc_ext_organ_ends(const zc_ext_sent *st, size_t pos);
/* Makes sentence `index` the current one again and reads its hits and clauses, as before its
 * rules ran (rules.c): for a subject read late (ZC_LEAD_PENDING). */
zc_status zc_ext_reread(zc_ext_sent *st, size_t index);
/* Makes `side` a copy of `st` with sentence buffers of its own (hits, clauses, words...), all
 * empty: zc_ext_reread on it leaves the sentence `st` works on as it is. The document's
 * vectors (leads, cells, heading caches) are shared: `side` must not grow them. Release it
 * with zc_ext_aside_free. Cannot fail (the buffers grow on use). */
void zc_ext_aside(const zc_ext_sent *st, zc_ext_sent *side);
void zc_ext_aside_free(zc_ext_sent *side);
/* In a rule, gives a record that names no actor the authority named last before it in its
 * article (from a 第X条 or 第X章 opening to the next, items included): an article names its
 * authority once for the sanctions after it (由渔业行政主管部门责令改正,处…罚款；情节严重的,并处
 * 暂扣…; 由…部门按照下列规定处罚：（一）…处…罚款). An authority is an actor whose head noun is one
 * (cues.tsv role authority); any other actor ends the reach. Referrals (追究刑事责任) take none.
 * After the lead tags. */
void zc_ext_carry_actors(const zc_ext_sent *st, zc_vec *out);
/* In a rule's general provisions (before its second chapter and its first penalty), notes the
 * authority a statement of competence names (县级以上地方各级人民政府公安机关负责本行政区域内的
 * 治安管理工作) in st->doc_competent; counts the chapter headings. */
void zc_ext_find_competent(zc_ext_sent *st);

/* The clause holding byte `pos` (the last one past the sentence; NULL when it has none).
 * Inline: the rules ask it for most positions they look at. */
static inline const zc_ext_clause *zc_ext_clause_at(const zc_ext_sent *st, size_t pos)
{
    const zc_ext_clause *c = NULL;
    for (size_t i = 0; i < st->clauses.len; i++) {
        c = &ZC_VEC_AT(&st->clauses, zc_ext_clause, i);
        if (pos < c->end)
            return c;
    }
    return c;
}
/* The first position at or after p, before end, that is no space (a clause's text start). */
static inline size_t zc_ext_skip_spaces(const zc_ext_sent *st, size_t p, size_t end)
{
    while (p < end && st->text[p] == ' ')
        p++;
    return p;
}
/* The last position after lo at which the text before p ends once spaces are passed over (a
 * clause's text end: the 的 closing it, 这 2 个's words before the spaced digit). */
static inline size_t zc_ext_skip_spaces_back(const zc_ext_sent *st, size_t lo, size_t p)
{
    while (p > lo && st->text[p - 1] == ' ')
        p--;
    return p;
}

/* True when [s, e), spaces aside, ends with ； (an item of a list the next sentence goes on). */
static inline bool zc_ext_ends_semicolon(const zc_ext_sent *st, size_t s, size_t e)
{
    e = zc_ext_skip_spaces_back(st, s, e);
    return (e > s && st->text[e - 1] == ';') ||
           (e >= s + 3 && memcmp(st->text + e - 3, "；", 3) == 0);
}
/* The first page-furniture cue (cues.tsv ui) in [s, e), from hit `from` on, whose label a value
 * follows (浏览次数:1268): its hit index, or SIZE_MAX. The same word in running text (全民阅读
 * 服务, 点击“新增项目申请”) is no furniture. */
size_t zc_ext_next_furniture(const zc_ext_sent *st, size_t from, size_t s, size_t e);
bool zc_ext_authority(const zc_ext_sent *st, zc_vspan a);
/* In a rule, a clause that 的 closes: a condition (已满1年不满10年的), whose past cues (已, 了)
 * state the case and report nothing; the clause after it is the rule's consequence. */
bool zc_ext_rule_condition(const zc_ext_sent *st, const zc_ext_clause *c);

/* Whether the clause of byte `pos` lies in the scope of a past or report cue: its own, or
 * that of an earlier clause of the sentence with no modal cue between (clause.c). */
bool zc_ext_in_past(const zc_ext_sent *st, size_t pos);

/* Whether the sentence comes right after a sentence of its paragraph whose last record is a
 * reward, subsidy or fine, and, when `opens`, opens with the unit of a cap (cues.tsv cap: 单个
 * 项目, 每家企业): a cap there is that grant's (…每平方米补贴50-100元。单个项目最高补贴300万元。;
 * a figure right after a cap's unit, …予以区级配套补贴。其中…单个项目不超过100万元) (number.c). */
bool zc_ext_cap_sentence(const zc_ext_sent *st, bool opens);

/* Whether byte `pos` stands in a yes-or-no question of its clause (cues.tsv ask: 是否, 有无)
 * with no verb carrying out a check between (perform, light_verb: 对…是否规范等情况开展核查):
 * an item of a checklist, asked about, nothing imposed or due (clause.c). */
bool zc_ext_asked(const zc_ext_sent *st, size_t pos);

/* True when a time after a horizon cue, its year not before the document's, starts in [a, b)
 * (到2025年): a bound to come, the horizon of a plan's goals and running totals. */
bool zc_ext_horizon_in(const zc_ext_sent *st, size_t a, size_t b);
bool zc_ext_others_practice(const zc_ext_sent *st, size_t pos);
bool zc_ext_past_account(const zc_ext_sent *st, size_t pos);
/* The same for a figure: in a rule, a condition closed by 的 reports no past (its 已, 了 and
 * 累计 state the case: 已满1年不满10年的，年休假5天; 实施了2个以上…行为的). */
bool zc_ext_figure_in_past(const zc_ext_sent *st, size_t pos);
/* The first modal cue of the clauses after the one holding `pos` (a condition clause takes
 * the modality of its consequence: 对…的, 要进行约谈). */
zc_modality zc_ext_modality_after(const zc_ext_sent *st, size_t pos);

/* The strongest modal cue of the sentence that reaches the clauses after its own (no manner
 * adverb, encouragement or permission); ZC_MOD_NONE when it has none (clause.c). */
zc_modality zc_ext_sentence_modality(const zc_ext_sent *st);
/* The modality of the clause around a trigger at [s, e) (clause.c): the nearest modal cue of
 * its clause, else of the clauses before it in the sentence. */
zc_modality zc_ext_modality(const zc_ext_sent *st, size_t s, size_t e);
/* The modality that requires what stands at `pos`: a modal cue of its clause before it, or the
 * leading one of an earlier clause; none when its clause's modal verb comes after it (the
 * figure of 6个督察工作组要… is in the subject). */
zc_modality zc_ext_modality_over(const zc_ext_sent *st, size_t pos);
/* The actor of the clause around byte `pos`, or of the nearest clause before it that names
 * one (clause.c); empty when none, or when that subject is a condition's (the violator of
 * 单位违反…的，责令改正). */
zc_vspan zc_ext_actor(const zc_ext_sent *st, size_t pos);
/* The subject of a duty at pos: as zc_ext_actor, but the subject of a case a 的 closes bears the
 * duty the case calls for (房地产开发企业交付的商品房质量有瑕疵的，应当及时予以维修), where a
 * sanction's would be the violator's. */
zc_vspan zc_ext_duty_actor(const zc_ext_sent *st, size_t pos);
/* In a rule, the subject of the list of duties whose items the current sentence belongs to
 * (使用管理单位应当履行下列义务：…（三）…), or an empty span. */
zc_vspan zc_ext_list_owner(const zc_ext_sent *st);
/* The end of an article or chapter number at `p` (第十五条, 第五章, 第三款), or `p` when none
 * starts there. */
size_t zc_ext_article_end(const zc_ext_sent *st, size_t p, size_t e);
/* The end of an item number at `p` ((四), (1), 1., 2、, 第十五条), or `p` when none. */
size_t zc_ext_item_end(const zc_ext_sent *st, size_t p, size_t e);
/* True when sentence `i` opens a paragraph with an item number ((一), 1.), not an article's
 * (第十五条): an item of a list. */
bool zc_ext_opens_item(const zc_ext_sent *st, size_t i);
/* The end of the bytes [s, e) past trailing spaces and clause or sentence marks. */
size_t zc_ext_text_end(const char *text, size_t s, size_t e);
/* True when text[s, e) ends with 的, spaces, commas and clause marks aside: a condition or a
 * relative clause it closes (…的，应当…). */
bool zc_ext_ends_in_de(const char *text, size_t s, size_t e);
/* The first byte at or after `p` (before `e`) past the openings of a clause: spaces,
 * connectives and list markers (同时, 二是), item numbers ((四), 1., 第十五条) and, for an
 * `actor`, scope words (全县) and the agent marker of a clause that opens with its agent
 * (由县委、县政府约谈…). */
size_t zc_ext_skip_opening(const zc_ext_sent *st, size_t p, size_t e, bool actor);
/* Finds the lead-department tags of the sentence (clause.c; the actor of each clause is found
 * when first asked: zc_ext_clause_actor). ZC_ENOMEM or ZC_OK. */
zc_status zc_ext_find_actors(zc_ext_sent *st);
/* Notes in st->leads what the sentence passes on: its modality after ；, whether it takes a
 * subject from before (ZC_LEAD_CLOSED) and its own subject (args.c). Called once its records
 * (from index `first` of st->out on) are out, as only records read these. */
zc_status zc_ext_find_subject(zc_ext_sent *st, size_t first);
/* The actor at the start of clause `c` of the sentence, or after its 由, or empty. */
zc_vspan zc_ext_clause_actor(const zc_ext_sent *st, const zc_ext_clause *c);
/* The authority named after an agent marker (由) at `p`, its clause ending at `e`: the actor
 * there (up to about 50 characters), else the run to the first head noun of an authority that
 * a verb follows; empty when none, or when the party named bears a cost (由违法行为人承担). */
zc_vspan zc_ext_agent_actor(const zc_ext_sent *st, size_t p, size_t e);
/* The 凡是…的 / 对…的 condition before a sanction at `pos` in its sentence, or empty. */
zc_vspan zc_ext_condition(const zc_ext_sent *st, size_t pos);
/* True when actor `a` is a party (cues.tsv enf_party_noun: 企业, 机构) an encouraging agent
 * marker (actors.tsv agent that is a modal cue of encourage: 鼓励, 支持) addresses: for a grant
 * of a later clause it is the beneficiary, not who grants (鼓励数字经济企业…，给予奖励). */
bool zc_ext_encouraged_party(const zc_ext_sent *st, zc_vspan a);

/* Marks bytes [s, e) as taken (no statistic starts inside them). */
void zc_ext_take(zc_ext_sent *st, size_t s, size_t e);
/* True when byte `pos` lies in a taken stretch. */
static inline bool zc_ext_taken(const zc_ext_sent *st, size_t pos)
{
    return pos >= st->start && pos < st->end && ZC_VEC_AT(&st->used, uint8_t, pos - st->start);
}

/* Notes a sanction condition: when 的 closes it, its numbers are thresholds, no figures. */
void zc_ext_note_condition(zc_ext_sent *st, zc_vspan c);

/* Appends a record with the common fields set (kind, text, sentence, rule). NULL on OOM. */
zc_record *zc_ext_emit(zc_ext_sent *st, zc_kind kind, size_t s, size_t e, const char *rule);

/* Records the rows that decided record r (at most ZC_EXPLAIN_MAX). */
void zc_ext_explain(zc_record *r, const zc_dec_row *const *rows, unsigned n);
/* Keeps a candidate of `kind` at [s, e) the rows rejected (st->rejected). NULL on OOM. */
zc_record *zc_ext_reject(zc_ext_sent *st, zc_kind kind, size_t s, size_t e,
                         const zc_dec_row *const *rows, unsigned n);

/* The rules, run in this order on each sentence; each returns ZC_ENOMEM or ZC_OK. */
zc_status zc_ext_enforcement(zc_ext_sent *st);   /* enforce.c */
zc_status zc_ext_deadlines(zc_ext_sent *st);     /* deadline.c */
zc_status zc_ext_patterns(zc_ext_sent *st);      /* rules.c: dicts/rules/extract.tsv */
zc_status zc_ext_numbers(zc_ext_sent *st);       /* number.c: targets and statistics */

/* UTF-8 helpers over the view. */
static inline size_t zc_ext_next_char(const char *s, size_t pos)
{
    return pos + zc_utf8_len((uint8_t)s[pos]);
}
static inline size_t zc_ext_prev_char(const char *s, size_t pos)
{
    if (pos == 0)
        return 0;
    pos--;
    while (pos > 0 && ((uint8_t)s[pos] & 0xC0) == 0x80)
        pos--;
    return pos;
}
/* True when the bytes at `pos` are one of the ASCII or CJK clause ends , ; : 。 ! ? */
static inline bool zc_ext_is_clause_end(const char *s, size_t pos, size_t end)
{
    char c = s[pos];
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?')
        return true;
    return end - pos >= 3 && s[pos] == "。"[0] && memcmp(s + pos, "。", 3) == 0 &&
           // 0。8‰: the ideographic full stop as a decimal point
           !(pos > 0 && s[pos - 1] >= '0' && s[pos - 1] <= '9' && pos + 3 < end &&
             s[pos + 3] >= '0' && s[pos + 3] <= '9');
}

#endif
