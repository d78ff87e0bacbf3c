"""The data rules of claims run end to end on their own examples: numeral regex, mention rules, filters.

``models/patterns/claim_filters.v1.jsonl``: each example's numeral (group ``n``/``n2``) is found as a
mention and kept ("keep") or rejected by that very rule ("reject"). ``models/patterns/mentions.v1.jsonl``:
each example yields the mention the rule adds, retypes or merges.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from extract.claims.context import find_aliases, find_stake_aliases, heading_period, heading_prior_period
from extract.claims.fields import change_before, set_owner, stated_period
from extract.claims.filters import NUMERAL_GROUPS, enclosing_spans, filter_rules, reject_reason
from extract.numbers.mentions import find_mentions, mention_rules, with_units_before
from extract.records import Section
from extract.resources import load_jsonl

FILTERS = load_jsonl("patterns/claim_filters.v1.jsonl")
MENTIONS = load_jsonl("patterns/mentions.v1.jsonl")


def _compact(text: str) -> str:
    """``text`` without the whitespace the text view drops: all but a space between two ASCII letters or digits
    ("HK 06138")."""
    return re.sub(r"\s+(?![A-Za-z0-9])|(?<![A-Za-z0-9])\s+", "", text)


def _numeral_starts(rx: re.Pattern, text: str) -> list[int]:
    starts = []
    for hit in rx.finditer(text):
        for group in NUMERAL_GROUPS:
            if group in rx.groupindex and hit.start(group) >= 0:
                starts.append(hit.start(group))
    return starts


@pytest.mark.parametrize("rule", FILTERS, ids=[r["id"] for r in FILTERS])
def test_filter_rule_decides_its_examples(rule):
    rx = re.compile(rule["regex"])
    for example in rule["examples"]:
        text = _compact(example)
        mentions = {m.num_start: m for m in find_mentions(text)}
        starts = _numeral_starts(rx, text)
        assert starts and starts[0] in mentions, example
        for start in (s for s in starts if s in mentions):   # n2 may be the high end of a range
            reason = reject_reason(mentions[start], text, enclosing_spans(text))
            assert reason == (None if rule["label"] == "keep" else rule["id"]), (example, reason)


def test_filter_rules_load_in_file_order():
    assert [r[0] for r in filter_rules()] == [r["id"] for r in FILTERS]
    assert {r["label"] for r in FILTERS} <= {"keep", "reject"}
    assert [r[1].removesuffix("_bare") for r in filter_rules()] == [r["label"] for r in FILTERS]


@pytest.mark.parametrize("rule", MENTIONS, ids=[r["id"] for r in MENTIONS])
def test_mention_rule_applies_to_its_examples(rule):
    assert any(r.id == rule["id"] for r in mention_rules())
    rx = re.compile(rule["regex"])
    for example in rule["examples"]:
        text = _compact(example)
        hit = rx.search(text)
        found = {m.num_start: m for m in find_mentions(text)}
        if rule["label"] == "mention":
            m = found[hit.start("n")]
            assert m.value == Decimal(rule["value"]) and m.unit_written == hit.group("u")
        elif rule["label"] == "retype":
            assert found[hit.start("n")].unit_kind == rule["unit_kind"]
        elif rule["label"] == "unit":
            assert found[hit.start("n")].unit == rule["unit"] and found[hit.start("n")].unit_written == ""
        elif rule["label"] == "unit_before":
            m = {m.num_start: m for m in with_units_before(text, list(found.values()))}[hit.start("n")]
            assert hit.group("u").endswith(m.unit_written) and m.unit and m.start == hit.start("u")
        elif rule["label"] == "bound":
            m = found[hit.start("n")]
            assert m.bound == rule["bound"] and m.start == hit.start()
        else:
            m = found[hit.start()]
            assert m.numeral == hit.group() and m.end == hit.end()
            assert not any(hit.start() < s < hit.end() for s in found), "parts of a fraction are not numbers"


# models/patterns/claim_fields.v1.jsonl: the regexes fields.py / filters.py / context.py read by id, each run
# through the code that uses it on a real sentence of its source (tests/patterns/test_patterns.py runs the
# examples and counter-examples themselves).
FIELDS = load_jsonl("patterns/claim_fields.v1.jsonl")


def _claims(text: str):
    from extract.claims import find_claims
    from extract.ingest.text import document_from_text
    from extract.structure import find_cases, find_sections

    document = document_from_text(text)
    sections = find_sections(document)
    return find_claims(document, sections=sections, cases=find_cases(document, sections))


def _claim(text: str, written: str):
    return next(c for c in _claims(text) if c.text == written)


def _reason(text: str, numeral: str) -> str | None:
    m = next(m for m in find_mentions(text) if m.numeral == numeral)
    return reject_reason(m, text, enclosing_spans(text))


def _mention(text: str, numeral: str):
    return next(m for m in find_mentions(text) if m.numeral == numeral)


GROWTH = "2023年奖助总金额为2136.97万元，比去年增加了328.15万元，增长了18.14%；"
SET = "其中机电一体化技术专业群有电气自动化等共7个专业，占比当年招生专业"
DIVIDEND = ("公司2020年4月20日召开的2019年度股东大会审议通过了公司2019年度利润分配方案，以股权登记日2020年6月11日的公司总股本"
            "1,126,240,241股扣除回购账户已回购的公司股份7,720,515股后的股份数量1,118,519,726股为基数，向全体股东按照每10股派发现金红利"
            "0.60元（含税），共计派发现金股利67,111,183.56元。")   # 金宇生物 2020年年度报告, 第五节 一 3
SPAN = "从2016年至2018年，省际干线将从9条投入至19条，周车次数由56次/周投入至418次/周；"   # 顺丰 restructuring plan, 冷运项目
# 中国石油 2022 ESG 报告 (ESG train split): the UN Global Compact index, principles mapped to chapters 1.1, 4.1 …
UNGC_INDEX = ("全球契约十项原则本报告对应章节人权1.企业界应支持并尊重国际公认的人权1.1可持续发展管理4.1员工人权保障5.1社区影响管理"
              "5.3海外社区建设2.保证不与践踏人权者同流合污4.1员工人权保障5.1社区影响管理")


# news pages on work reports, which name no year of their own (江苏 2024: 新华日报 via myzaker; 四川 2026: 中新网; 青岛 2025)
JIANGSU_2024_NEWS = ("1 月 23 日上午,江苏省第十四届人民代表大会第二次会议开幕,省长许昆林代表江苏省人民政府向大会报告工作。报告回顾了"
                     " 2023 年工作,同时提出了 2024 年工作总体要求和目标任务。过去一年,江苏地区生产总值达 12.82 万亿元、增长 5.8%。"
                     "地区生产总值万亿之城增至 5 座。今年经济社会发展主要预期目标也定了,其中地区生产总值增长 5% 以上。\n")
SICHUAN_2026_NEWS = ("四川省十四届人大五次会议开幕 2026年将全力以赴拼经济搞建设\n\n  中新网成都2月4日电 (单鹏)四川省第十四届人民代表大会"
                     "第五次会议3日在成都开幕。\n\n  报告指出,过去一年,四川实现地区生产总值67665亿元,增长5.5%,总量和增速均居全国第5位;"
                     "地方一般公共预算收入5853.9亿元,增长3.9%;城乡居民人均可支配收入分别增长4.4%、5.6%。\n\n  报告明确,今年四川省经济社会"
                     "发展的主要预期目标是:地区生产总值增长5.5%左右;城镇新增就业85万人,城镇调查失业率5.5%左右;居民消费价格涨幅2%左右;"
                     "地方一般公共预算收入增长2%,居民收入增长和经济增长基本同步,粮食产量730亿斤以上;按照国家要求完成节能减排降碳任务。\n")
# 四川新闻网's page on 四川's 2025 government work report (2025-01-21): no title year, a dateline on its own line
SICHUAN_2025_NEWS = ("【青“听”两会】锚定奋斗新目标,拼出现代化四川新图景\n2025年01月21日 14:29:33 来源:四川新闻网 作者:梁文音 编辑:崔凤娇\n"
                     "1月20日上午,四川省第十四届人民代表大会第四次会议开幕。会议听取了省长施小琳代表省人民政府作的工作报告。"
                     "在谈到2025年工作安排建议时,施小琳说,今年发展主要预期目标是:地区生产总值增长5.5%以上;城镇新增就业85万人,"
                     "城镇调查失业率5.5%左右;居民消费价格涨幅2%左右;地方一般公共预算收入增长2%,居民收入增长和经济增长基本同步;"
                     "粮食产量725亿斤以上;完成国家下达的节能减排和环境保护等任务。\n")
QINGDAO_2025 = ("现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和各位列席人员提出意见。\n2024年是实现"
                "“十四五”规划目标任务的关键一年,是青岛在现代化强省建设中“打头阵、当先锋”的开拓奋进之年。这一年,习再"
                "次亲临山东视察,发表重要讲话,赋予山东“走在前、挑大梁”的重大使命,为全省经济社会持续健康发展指明了前进"
                "方向,提供了根本遵循。这一年,习先后向在我市举办的上合组织国家绿色发展论坛、上合组织妇女论坛致贺信,全市"
                "人民备受鼓舞、倍感振奋。\n一年来,我们坚持以习新时代中国特色社会主义思想为指导,全面学习贯彻党的二十大和"
                "二十届二中、三中全会精神,深入贯彻落实习对山东、对青岛工作的重要指示要求,在省委省政府和市委的坚强领导下"
                ",统筹做好稳增长、提质效、促改革、惠民生、防风险各项工作,奋力推进中国式现代化青岛实践,交出了一份高水平"
                "发展的优异答卷。全市生产总值达到16719.5亿元,增长5.7%。\n")


TAJIK = "在塔国塔中矿业已成为一张响当当的名片直接解决了5000人的就业问题间接带动了近万人的就业作为塔吉克斯坦的第一大工业企业"

# 渑池县's 2022 bulletin as its page gives it (mianchi.gov.cn), without its title line: it opens with its year
MIANCHI_2022 = ("2022年,全县上下坚持以习近平新时代中国特色社会主义思想为指引,深入学习贯彻党的二十大精神,全面落实疫情要防住、"
                "经济要稳住、发展要安全的要求,经济社会保持平稳健康发展。\n一、综合\n初步核算,全县生产总值254.5亿元,按可比价格"
                "计算,比上年增长5.2%。全年规模以上工业增加值增长7.2%。\n")

FIELD_CHECKS = {
    "context.opening_cohort.v1": lambda: _claim(        # a 2021 本科 employment report's 摘录 (m.yd166.com)
        "2021 届本科毕业生分布在 28 个院系,有 15个院系的毕业去向落实率均高于本校平均水平。\n从去向构成来看,软件学院本科毕业生以"
        "协议和合同就业为主(占比 53.15%)。\n", "53.15%").period == "2021届",
    "field.pull_of_growth.v1": lambda: [c.metric for c in _claims(      # 中江县's 2022 bulletin (tjgb.hongheiku.com)
        "第一、二、三产业分别拉动经济增长0.1个、0.9个和2.4个百分点。\n")] == [
        "第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长"],
    "context.year_comma_opening.v1": lambda: [_claim(MIANCHI_2022, n).period for n in ("254.5亿元", "7.2%")] == [
        "2022年", "2022年"],
    "context.work_report_year.v1": lambda: _claim(      # 人民网 on 南京's 2024 government work report
        "2024年南京市政府工作报告发布:预期地区生产总值增长5%以上\n\n在过去的一年,南京全力推动经济运行整体好转,"
        "预计全市地区生产总值增长4.7%左右。\n", "4.7%左右").period == "2023年",
    "field.respective_pull.v1": lambda: [c.metric for c in _claims(     # 沁水县's 2024 bulletin
        "三次产业对经济增长的贡献率分别为2.5%、88.2%和9.3%,分别拉动经济增长0.2、6.3和0.7个百分点。\n")][3:] == [
        "第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长"],
    "field.farm_sectors.v1": lambda: _claim(        # 宜都市's 2024 bulletin
        "农、林、牧、渔及农业服务业在农业总产值中所占比例分别为63.4%、5.4%、21.9%、2.4%、6.9%。\n", "5.4%").metric
        == "林业在农业总产值中所占比例",
    "context.heading_past_years.v1": lambda: _claim(        # 河南's 2023 work report as a page prints it
        "河南省人民政府工作报告（2023年1月14日）\n一、过去五年工作回顾\n综合实力大幅提升。生产总值突破6万亿元。\n",
        "突破6万亿元").period == "2018-2022年",
    "context.disclosed_report.v1": lambda: _claim(      # 中证智能财讯 on 新国都's 2025 interim report
        "中证智能财讯新国都(300130)8月27日披露2025年半年度报告。\n报告期内，新国都基本每股收益为0.49元。\n",
        "0.49元").period == "2025年上半年",
    "field.excluding_factor.v1": lambda: _claim(    # 龙井市's 2026 work report as a page gives it
        "全市地区生产总值同比增长7%（预计，下同），一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%，规模以上工业增加值"
        "同比增长23%。\n", "2.7%").metric == "一般公共预算收入",
    "field.pulled_points.v1": lambda: (lambda c: (c.metric, c.baseline))(_claim(    # a city's 2022 January–July release
        "战略性新兴产业增加值同比增长8.2%，占规上工业的比重为27.0%，占比高于全省平均水平2.4个百分点，对规上工业的贡献率为35.2%，"
        "拉动规上工业增长2.2个百分点。", "2.2个百分点")) == ("拉动规上工业增长", None),
    "field.threshold_crossed.v1": lambda: _claim(    # 新华网 (2026-01-27) on 吉林's 2026 government work report
        "“十四五”期间，吉林省地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。", "1.5万亿元").metric == "吉林省地区生产总值",
    "field.means_noun_end.v1": lambda: _claim(       # 上海证券报 (2023-01-13)
        "统计数据显示，海南、西藏和江西分别以9.5%、8%和7%的增长目标排名前三位。", "8%").metric == "西藏增长目标",
    "field.opening_topic.v1": lambda: _claim(       # a news page on the 长三角 city banks' first three quarters of 2025
        "从营收规模看,江苏银行(671.8亿元)、宁波银行(549.8亿元)、南京银行(419.5亿元)位居前三,上海银行(411.4亿元)和杭州银行"
        "(288.8亿元)依次跟随。", "549.8亿元").metric == "营收规模",
    "field.alone_copula.v1": lambda: _claim(         # a news page on the provinces' 2026 growth targets (南方周末's count)
        "辽宁、云南、青海的目标均在4.5%左右，天津直接定为4.5%。", "4.5%").metric == "目标",
    "field.compared_period.v1": lambda: _claim(      # hezhiquan.com's copy of a 2015 annual report (主营业务分析)
        "（2）本期销售费用8715.97万元，较上年同期3933.57万元，增加4782.40万元，增幅121.58%，主要因本期销量增加。",
        "3933.57万元").period == "上年同期",
    "field.record_level.v1": lambda: _claim(          # chinagcw.com.cn: 麦可思's 2014 report launch (2014-06-09)
        "这是就业蓝皮书连续第六年发布，时逢中国大学毕业生达到史上最多的727万人，就业问题备受社会关注。",
        "727万人").metric == "毕业生",
    "field.shared_in_brackets.v1": lambda: _claim(    # data59.com, a university's 2022届毕业生就业质量年度报告
        "我校2022届本科毕业生中，毕业去向落实率较高的学院是音乐与演艺学院（86.44%）、建筑工程学院（85.86%）、文学与传播学院"
        "（82.24%），毕业去向落实率较低的学院是生态旅游学院（63.70%）；专科毕业生中，毕业去向落实率较高的学院是教师教育学院、"
        "美术学院（均为100.00%），毕业去向落实率较低的学院是生态旅游学院（52.50%）。", "100.00%").metric.startswith(
        "教师教育学院、美术学院"),
    "field.compared_with_average.v1": lambda: _claim(    # 安庆市2024年政府工作报告 as a news page reports it
        "28项主要经济指标中,18项指标增幅高于全省平均水平,12项指标增幅位居全省第一方阵。", "18项").kind == "count",
    "field.year_then_annual.v1": lambda: _claim(      # a 2023 annual-report digest of 合众思壮 (002383)
        "合众思壮2023年年度净利润4.58亿元,业绩扭亏为盈。", "4.58亿元").metric == "净利润",
    "field.estimate_opener.v1": lambda: _claim(       # 湖口县's 2024 统计公报
        "第三产业增加值145.07亿元,增长7.3%。三次产业结构比为5.1:55.5:39.4。初步测算人均GDP达16.99万元。",
        "16.99万元").metric == "人均GDP",
    "field.reason_opener.v1": lambda: _claim(         # 上证报中国证券网 on 光大银行's 2024 annual report
        "手续费及佣金净收入190.71亿元,同比下降19.52%,主要是银行卡服务手续费收入同比下降25.88%。", "25.88%").metric
    == "银行卡服务手续费收入",
    "field.named_after_figure.v1": lambda: _claim(    # an analysis page of 北京银行's 2024 annual report
        "699亿元的营收,258亿元的净利润,这些数字背后隐藏着怎样的经营逻辑?", "699亿元").metric == "营收",
    "field.achieving_verb.v1": lambda: _claim(        # an analysis page of 建设银行's 2024 annual report
        "在低利率环境下,建设银行通过优化资产负债结构实现了1.15%的净利润增长。", "1.15%").kind == "growth",
    "field.sequence_opener.v1": lambda: _claim(       # data59.com, a college's 2022届毕业生就业质量年度报告
        "2022 届毕业生就业单位性质主要分布在其他企业1 ，人数占比为 53.91%；其次为其他（33.62%）；第三为中初教育单位"
        "（10.64%）。", "33.62%").metric == "其他",
    "field.ranked_change.v1": lambda: _claim(         # tagreplicawatch.cn on 广东省's 2017 graduates' report
        "減少幅度最大的是歷史學類,為27.14%;其次是醫學類,為15.07%。", "27.14%").direction == "down",
    "field.compared_cohort.v1": lambda: _claim(       # 新华社 (2018-06-11) on 麦可思《2018年中国大学生就业报告》
        "从收入方面来看，2017届大学毕业生月均收入（4317元）高于城镇居民2017年月均可支配收入（3033元），比2016届（3988元）"
        "增长了329元，比2015届（3726元）增长了591元。", "3988元").metric == "大学毕业生月均收入",
    "field.compared_by_bi.v1": lambda: _claim(        # huidiaoyan.com: 麦可思, 大学生城市就业质量调查 (2017届)
        "2017届本科生毕业半年后在一线城市就业的平均月收入为5970元，比“新一线”城市本科生的平均月收入高1311元。",
        "1311元").kind == "delta",
    "field.respective_tail.v1": lambda: _claim(      # m.616edu.com, a university's 2022届毕业生就业质量报告 (PDF text)
        "2022 届毕业生就业行业主要集中在教育行业、卫生和社会工作行业、信息传输、软件和信息技术服务业、制造业等行业，四大行业所占"
        "的比例分别为 25 . 90%，13 . 14% ，8 . 65% ，8 . 23% 。", "8 . 23%").metric == "制造业比例",
    "field.list_closing_kind.v1": lambda: _claim(     # the same sentence: its last item was 制造业等行业
        "2022 届毕业生就业行业主要集中在教育行业、卫生和社会工作行业、信息传输、软件和信息技术服务业、制造业等行业，四大行业所占"
        "的比例分别为 25.90%、13.14%、8.65%、8.23%。", "8.23%").metric == "制造业比例",
    "field.respective_copula.v1": lambda: _claim(     # 高职发展智库 (2021): 各省质量年报汇总
        "2020年，兵团、黑龙江、江苏生师比最低，分别为12.67、13.23、13.48。", "13.23").metric == "黑龙江生师比",
    "field.level_verb_before.v1": lambda: _claim(     # 林宇, 高等职业教育的发展 (hbvtc.edu.cn)
        "新中国成立之初，我国的高等教育毛入学率只有0.26%，2002年达到15%迈入大众化门槛，2019年达到51.6%进入普及化阶段。",
        "15%").metric == "高等教育毛入学率",
    "field.respective_share.v1": lambda: _claim(   # a university's 本科教学质量报告 (tfukt.cn mirror, simplified script)
        "专任教师中，正高职称教师208人、副高职称教师349人、中级职称教师522人，分别占17.82%、29.91%和44.73%。",
        "29.91%").metric == "副高职称教师占比",
    "field.respective_rank.v1": lambda: _claim(    # 合肥's 2025 work report as a summary prints it (both were the last's)
        "会研发投入强度4%、万人发明专利拥有量82.7件,分别居省会城市第2位、第5位。6项成果入选国家科学技术奖,",
        "2位").metric == "研发投入强度",
    "field.ratio_named.v1": lambda: _claim(       # 长江师范学院 本科教学质量报告 (2024)
        "学校现有专任教师1237人、外聘教师241人，折合教师总数为1357.5 人，外聘教师与专任教师人数之比为0.19:1。",
        "0.19:1").metric == "外聘教师与专任教师人数之比",
    "field.time_absolute.v1": lambda: stated_period("截至2022年末本行有109家分行及1191家营业机构为客户提供多种金融服务")
    == "截至2022年末",
    "field.baseline.v1": lambda: _claim("今年赤字率拟按4%左右安排、比上年提高1个百分点。", "1个百分点").baseline == "上年",
    # 与 lost before 去年同期相比 (ESG thirty-ninth pass: 去年 was the period, 同期相比 the metric)
    "field.baseline_then_compare.v1": lambda: (lambda c: (c.baseline, c.period, c.metric))(_claim(
        "2022年视频会议累计召开262次去年同期相比增长23绿色建设公司积极落实绿色低碳循", "23")) == ("去年同期", "2022年",
                                                                                        "视频会议累计召开"),
    # a change right after a figure is that figure's (ESG train split, session 17: 标煤 was the metric)
    "field.change_of_figure_before.v1": lambda: _claim(
        "2022年公司实施能效提升项目479项节能94.6万吨标煤万元产值综合能耗为1.010吨标煤同比下降0.5 p.822013固定福利计划",
        "0.5").metric == "万元产值综合能耗",
    "field.trailing_copula.v1": lambda: _claim("城镇新增就业1256万人、城镇调查失业率平均为5.1%。", "5.1%").metric
    == "城镇调查失业率",
    "field.trailing_change.v1": lambda: _claim("常住人口城镇化率提高到67%。", "67%").metric == "常住人口城镇化率",
    "field.rank_scope.v1": lambda: _claim("完成专利申请2641件，专利申请总量位居全省第三；", "三").metric == "专利申请总量",
    "field.ratio_metric.v1": lambda: _claim("城镇居民56502元，农村居民24456元；城乡居民人均可支配收入比值2.31，比上年缩小0.03。",
                                            "2.31").kind == "measure",
    "field.respective_change.v1": lambda: _claim(
        "截至今年三季度末，长安银行核心一级资本充足率、一级资本充足率、资本充足率分别为8.23%、9.62%、11.66%，"
        "分别较上年末下滑0.92、1.11、1.20个百分点。", "1.11").metric == "一级资本充足率",
    "field.compared_figure.v1": lambda: _claim("逾期贷款年末879.05亿元,比中报的850.08 亿元略有增长。", "850.08 亿元").metric
    == "逾期贷款",
    "field.record_predicate.v1": lambda: _claim("一边是2023届高校毕业生数量再创新高，达1158万人；一边是经济下行压力下就业受到影响。",
                                                "1158万人").metric == "高校毕业生数量",
    "field.level_reached.v1": lambda: _claim("客户存款及客户贷款分别较去年上升5.6%及10.1%，至36,757亿元及32,394亿元。",
                                             "32,394亿元").metric == "客户贷款",
    "field.change_after.v1": lambda: _claim('公司呈现典型的"增收不增利"特征：营业收入保持17.7%的稳健增长，但净利润却近乎腰斩。',
                                            "17.7%").kind == "growth",
    "field.urban_rural.v1": lambda: _claim(           # 四川省2026年政府工作报告 (scjc.gov.cn)
        "地方一般公共预算收入5853.9亿元,增长3.9%;城乡居民人均可支配收入分别增长4.4%、5.6%。", "5.6%").metric
    == "农村居民人均可支配收入",
    "field.record_since.v1": lambda: _claim(          # 内蒙古自治区 2024年政府工作报告
        "地区生产总值增长7.3%、居全国第3、创2010年以来最好位次,人均地区生产总值突破10万元", "突破10万元").period
    is None,
    "field.respective_comparison.v1": lambda: _claim(  # 贵州茅台's 2023 report as a research note summarises it
        "其中茅台酒/系列酒营业收入1,265.89/206.30亿元,同比+17.39%/+29.43%,茅台酒占酒类收入比重同比变动-1.14pct至85.99%。",
        "29.43%").metric == "系列酒营业收入",
    "field.respective_share_of.v1": lambda: _claim(   # 沪农商行's 2024 report as a research note summarises it
        "其中公司贷款、个人贷款、票据贴现分别为4383.47 亿元(yoy+5.62%)、2136.90 亿元(yoy"
        "+1.30%)、1031.82 亿元(yoy+20.65%),占总贷款比例分别为58.04%、28.30%、1"
        "3.66%", "28.30%").metric == "个人贷款占总贷款比例",
    "field.deposits_loans.v1": lambda: _claim(        # 青岛银行's 2024 report as a news page summarises it
        "其中,存贷款总额分别为4320.24亿元、3406.90亿元,分别较上年末增长11.91%、13.53%。", "3406.90亿元").metric == "贷款总额",
    "field.production_sales.v1": lambda: [c.metric for c in _claims(    # 中科电气's 2024 annual report
        "新能源汽车产销量为1288.8万辆和1286.6万辆,同比分别增长34.4%和35.5%。")] == ["新能源汽车产量", "新能源汽车销量",
                                                                   "新能源汽车产量", "新能源汽车销量"],
    "field.revenue_expenditure.v1": lambda: _claim(   # 安康市's 2025 work report as a news page reports it
        "全市地区生产总值增长 6%,一般公共预算收支分别增长 7.6%、5.7%,城镇和农村居民人均可支配收入分别增长 5%、7.2%。",
        "5.7%").metric == "一般公共预算支出",
    "field.quarter_range.v1": lambda: _claim(         # an IC designer's 2024 annual-report digest
        "2024年第一季度至第四季度营业收入分别为3.41亿元、2.54亿元、2.69亿元、2.27亿元。", "2.54亿元").period == "2024年第二季度",
    "field.bracketed_year_range.v1": lambda: _claim(  # 甘肃省's 2025 figures as a page on its 2026 work report gives them
        "均水平 [1] - “十四五”期间(2021-2025年)甘肃省地区生产总值增速分别为7.1%、4.6%、6.6%、5.8%和5.8%,连续多年保持全国前列 [1]",
        "6.6%").period == "2023年",
    "field.period_ended.v1": lambda: _claim(          # 博奇环保's 2023 annual results as a page gives them
        "截至2023年12月31日止年度,本集团的收入为人民币2138百万元,较上年人民币1900百万元增加12.5%。", "2138百万元").period
    == "2023年",
    "field.three_industries.v1": lambda: _claim(
        "三次产业对经济增长的贡献率分别为7.3%、34.4%和58.3%。", "34.4%").metric == "第二产业对经济增长的贡献率",
    "field.bare_duration.v1": lambda: _claim("过去五年，国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。",
                                             "5.2%").metric == "国内生产总值",
    "field.multiple_base.v1": lambda: (lambda c: (c.period, c.baseline))(_claim(
        "一年来我们持续擦亮新金融的生态底色绿色贷款余额突破2.7万亿为2018年末的2.8倍", "2.8倍")) == (None, "2018年末"),
    "field.compared_area.v1": lambda: (lambda c: (c.metric, c.baseline))(_claim(
        "上半年，西部12省市外贸增速为17.8%，超过全国增速9.9个百分点。", "9.9个百分点")) == ("省市外贸", "全国"),
    "field.quoted_period_rest.v1": lambda: _claim("“十四五”时期全国PM2.5浓度累计下降20%，重污染天数减少25%。", "20%").metric
    == "全国PM2.5浓度",
    "field.compared_before.v1": lambda: _claim("本年度企业年报数量由上一年度的2份增加到68份。", "68份").period == "本年度",
    "field.broker_years.v1": lambda: _claim(      # 利华 as a broker note's summary gives it (the figures had 全年)
        "7] 盈利预测 - 预计24-26年营业收入分别为171.84亿元、190.94亿元、228.54亿元,增长率分别为11.9%、11.1%、19.7% [2]",
        "190.94亿元").period == "2025年",
    "field.from_point.v1": lambda: _claim(        # 华夏银行's 2024 results (中国报告大厅): the point a rate moved from
        "为2.26%、2.07%、1.77%和1.61%。与此同时,归母净利润增速从2021年的10.62%逐年下降至2024年的4.98%。", "10.62%").kind
    == "growth",
    "field.year_range.v1": lambda: _claim("2021-2023届毕业生人数分别为3383人、5838人、4786人。", "4786人").period
    == "2023届",
    "field.numeral_before.v1": lambda: stated_period("一年内到期的非流动负债25,000,000.00") is None,
    "field.set_owner.v1": lambda: set_owner(SET, _mention(SET, "7")) == "机电一体化技术专业群",
    "field.bound_of_base.v1": lambda: _claim("公司最近三年以现金方式累计分配的利润不少于最近三年实现的年均可分配利润的百分之三十。",
                                             "百分之三十").bound == ">=",
    "field.owner_connective.v1": lambda: not set_owner(SET, _mention(SET, "7")).startswith("其中"),
    "field.meeting_attendance.v1": lambda: [c.period for c in _claims(     # 江阴农商银行's 2024 annual report summary
        "二、本行于2025年3月27日召开了江苏江阴农村商业银行股份有限公司第八届董事会第八次会议,应出席董事13名,实到董事13名,"
        "以现场结合通讯表决方式审议通过了关于《2024年年度报告》及摘要的议案。")] == ["2025年3月27日", "2025年3月27日"],
    "field.bracketed_scope_rate.v1": lambda: (lambda c: (c.kind, c.direction))(_claim(     # 郏县's 2025 Q1 release
        "(二)全县固定资产投资同比增长6.4%(全市6.6%),较去年同期加快35.3个百分点。", "6.6%")) == ("growth", "up"),
    "field.total_act.v1": lambda: _claim("生猪、牛、羊共出栏3243头,禽出栏16.22万羽。", "3243头").metric == "生猪、牛、羊出栏",
    "field.ranked_in_list.v1": lambda: _claim(        # 山西职业技术学院's page on its standing
        "在2018年“全国普通高校竞赛(高职)排行榜单”中名列第35名。", "35名").metric == "全国普通高校竞赛（高职）排行榜单中排名",
    "field.meeting_attendance_after.v1": lambda: [c.period for c in _claims(     # 成都银行's 2023 distribution notice
        "2024年4月24日,本行召开第八届董事会第八次会议,本次董事会应出席董事12人,9名董事现场出席,3名董事通过电话连线方式"
        "参加会议。")] == ["2024年4月24日"] * 3,
    "field.opening_baseline.v1": lambda: [c.baseline for c in _claims(     # 湖南省's 2017 高职 quality report
        "与2016年相比,专任教师赴国(境)外指导和开展培训6794人日,增长68.1%;开发国(境)外认可的专业教学标准和课程标准56个,"
        "增长194.7%。") if c.kind == "growth"] == ["2016年", "2016年"],
    "field.compared_year.v1": lambda: _claim("本次交易的预估值为448亿元，较2013年的增资评估的250.47亿元有较大的增幅。",
                                             "250.47亿元").period == "2013年",
    "field.year_of_number.v1": lambda: _claim("我国人均快递使用量从2008年的1.1件上升至2015年的15.0件。", "1.1件").period
    == "2008年",
    "field.change_filler.v1": lambda: change_before(GROWTH, _mention(GROWTH, "328.15")) == "up",
    "field.change_target.v1": lambda: _claim("常住人口城镇化率提高到67%。", "67%").kind == "share",
    "field.year_span.v1": lambda: _claim(SPAN, "9条").period == "2016年",
    "field.range_end.v1": lambda: _claim(SPAN, "19条").period == "2018年" and _claim(
        SPAN + "城际干线将从55条投入至115条，周次数由1,454次/周投入至9,236次/周；", "9,236次/周").period == "2018年",
    "field.letter_enumerator.v1": lambda: _claim("A. 21处合计建筑面积为251,753.98平方米的房屋，获得了相关政府部门/主管机关出具的物业证明文件",
                                                  "21处").metric != "A.",
    "field.term_end.v1": lambda: _claim("巩固和完善农村基本经营制度，有序推进第二轮土地承包到期后再延长30年试点，扩大整省试点范围。",
                                         "30年").metric == "第二轮土地承包",
    "field.month_range.v1": lambda: _claim("1-10月，交通运输仓储邮政业实现营业收入30.1亿元，增长30.4%，增速较前三季度提高3.2个百分点；",
                                             "3.2个百分点").period == "1-10月"     # was 三季度, inside the baseline
    and _claim("1—5月，规上服务业营业收入增长11.5%", "11.5%").period == "1—5月",
    "field.list_etc_category.v1": lambda: _claim(    # 晋中市统计局, 2025年上半年全市经济运行情况
        "规上企业主要产品中,氧化铝、石墨及碳素制品、液压元件、日用玻璃制品等产品产量分别增长64.8%、19.3%、18.3%、13.5%。",
        "19.3%").metric == "石墨及碳素制品产量",
    "field.list_clause_said.v1": lambda: _claim(     # the same release
        "9大重点行业“6增3降”,炼焦、非金属矿制品、机械、化学行业实现两位数增长,分别增长31.7%、22.5%、13%、12.3%。",
        "12.3%").metric == "化学行业",
    "field.list_clause_threshold.v1": lambda: _claim(    # m.nongye.u0q.com on 17家A股城商行's 2022 annual reports
        "郑州银行、青岛银行资产规模增幅则不足3%,分别为2.88%、1.41%。", "1.41%").subject == "青岛银行",
    "field.list_count_appositive.v1": lambda: _claim(
        "“四降”：1-10月，信息传输、软件和信息技术服务业，租赁和商务服务业，居民服务、修理和其他服务业，教育四类行业"
        "增速分别为28.8%、11.1%、24.3%和21.3%。", "21.3%").metric == "教育",
    "field.compared_with_figure.v1": lambda: _claim(
        "其中，高技术制造业较快发展，上半年，全国规模以上工业增加值同比增长3.4%，高技术制造业增加值同比增长9.6%，"
        "快于全部规模以上工业6.2个百分点。", "6.2个百分点").baseline == "全部规模以上工业",
    "field.multiple_of.v1": lambda: _claim("兰州银行营收能力更强，2024年营业收入78.54亿元，归母净利润18.88亿元，均为甘肃银行的1.3倍和"
                                            "3.24倍。", "1.3倍").baseline == "甘肃银行",
    "field.recent_years.v1": lambda: _claim("公司聚焦动保主业深耕发展，近20年动物疫苗累计收入逾140亿元", "逾140亿元").period == "近20年"
    and _claim("自2018年以来圣湖能源在油田作业附近的森林区域累计发现57种草本植物", "57种").period == "自2018年以来"
    and _claim("自2018年建成以来累计接待社会公众近10万人次投教产品覆盖投资者近1.5亿人次", "近10万人次").period
    == "自2018年建成以来"      # was 2018年 (ESG thirty-ninth pass)
    and _claim("2019年至今公司已在27家企业正式使用共享托盘引领了国内合成树脂行业物流的发展方向", "27家").period
    == "2019年至今",          # was 至今 (ESG forty-third pass)
    "field.dividend_year.v1": lambda: _claim(DIVIDEND, "0.60元").period == "2019年度",
    "field.threshold_group.v1": lambda: _claim("在校生超过万人的学校有8所，超过5000人的学校达到22所；", "8所").metric
    == "在校生超过万人的学校",
    "filter.year_numeral.v1": lambda: _reason("一、2024年工作回顾", "2024") == "not_claim.year.v1",
    "filter.later_number.v1": lambda: _reason("超过5000人的学校达到22所", "5000") == "not_claim.threshold.v1"
    and _reason(TAJIK, "5000") is None,       # 了 opens another statement: 5000人 is no threshold (ESG, 37th pass)
    "filter.contact_tail.v1": lambda: _reason("0471-6539434", "0471") == "not_claim.identifier.v1",
    "filter.index_code.v1": lambda: _reason("本报告实质性议题GRI205反腐败20162051已进行腐败风险评估的运营点商业道德2052反腐败政策和程序的"
                                            "传达及培训商业道德环境GRI302能源20163024减少能源消耗量能源管理3025降低产品和服务的能源需求",
                                            "3025") == "not_claim.index_line.v1",
    "filter.chapter_index.v1": lambda: _reason(UNGC_INDEX, "4.1") == "not_claim.index_line.v1",
    # 中国银行's 2024 interim results as a web page copies their contents (pages run into titles)
    "filter.contents_run.v1": lambda: _reason("目录释义2重要提示5公司基本情况6财务摘要8经营情况概览10管理层讨论与分析12财务回顾12业务回顾25风险管理53",
                                              "25") == "not_claim.contents_page.v1"
    and _reason("目录管理系统共收录数据12万条，较上年增加3万条", "3") is None,
    "filter.label_number_run.v1": lambda: _reason("各地区投诉分布如下1地区投诉数量地区投诉数量地区投诉数量北京1399福建809云南339天津486江西219",
                                                  "809") == "not_claim.label_number_run.v1"
    and _reason("获得发明专利9项实用新型3项受理发明专利12项实用新型1项", "12") is None,
    "filter.chapter_code.v1": lambda: _reason(UNGC_INDEX, "5.3") == "not_claim.index_line.v1"
    and _reason("公司全年营业收入增长3.5倍，对应章节见第二部分", "3.5") is None,
    "field.tax_after.v1": lambda: _claim("公司子公司金宇保灵、扬州优邦和辽宁益康按销售收入的3%计缴增值税。", "3%").metric == "增值税税率",
    "context.heading_time.v1": lambda: heading_period(Section("d", "s1", "一", "一、2024年工作回顾", 1, 0, 10, 1))
    == ("2024年", 2024),
    "context.heading_plan_period.v1": lambda: heading_period(
        Section("d", "s2", "二", "二、“十五五”时期主要目标和重大任务", 1, 0, 10, 1), 2026) == ("“十五五”时期", 2026),
    "context.heading_prior_period.v1": lambda: heading_prior_period(
        Section("d", "s2", "二", "二、上年同期业绩情况", 1, 0, 10, 1), "2025年上半年") == ("2024年上半年", 2024),
    "context.reviewed_year.v1": lambda: [(c.text, c.period) for c in _claims(JIANGSU_2024_NEWS)] == [
        ("12.82 万亿元", "2023年"), ("5.8%", "2023年"), ("5 座", "2023年"), ("5% 以上", "2024年")],
    "context.year_ahead_title.v1": lambda: [_claim(SICHUAN_2026_NEWS, w).period for w in ("67665亿元", "85万人")]
    == ["2025年", "2026年"],
    "context.dateline.v1": lambda: [_claim(SICHUAN_2025_NEWS, w).period for w in ("5.5%以上", "725亿斤以上")]
    == ["2025年", "2025年"] and _claim(SICHUAN_2025_NEWS.replace("2025年01月21日 14:29:33 来源:", "来源:"),
                                      "5.5%以上").period == "今年",
    "context.year_reviewed_opening.v1": lambda: _claim(QINGDAO_2025, "16719.5亿元").period == "2024年"
    and _claim(QINGDAO_2025.replace("一年来", "同时"), "16719.5亿元").period is None,
    "context.alias_separator.v1": lambda: find_aliases("公司、本公司、生物股份\t指\t金宇生物技术股份有限公司\n")
    == {"生物股份": "金宇生物技术股份有限公司"},
    "context.predecessor.v1": lambda: find_aliases(
        "顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n泰海投资\t指\t深圳市泰海投资有限公司，为顺丰控股前身\n")
    == {"顺丰控股": "顺丰控股（集团）股份有限公司", "标的公司": "顺丰控股（集团）股份有限公司",
        "泰海投资": "顺丰控股（集团）股份有限公司"},
    "context.stake_definition.v1": lambda: find_stake_aliases(
        "顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n拟置入资产/标的资产\t指\t顺丰控股100%股权\n",
        {"顺丰控股": "顺丰控股（集团）股份有限公司"}) == {"拟置入资产": "顺丰控股（集团）股份有限公司",
                                                  "标的资产": "顺丰控股（集团）股份有限公司"},
}


@pytest.mark.parametrize("rule", FIELDS, ids=[r["id"] for r in FIELDS])
def test_field_rule_decides_a_real_sentence(rule):
    assert FIELD_CHECKS[rule["id"]]()


def test_every_field_rule_is_read_by_the_code():
    from pathlib import Path

    claims_dir = Path(__file__).resolve().parents[2] / "extract" / "claims"
    code = "".join((claims_dir / f"{name}.py").read_text(encoding="utf-8")
                   for name in ("fields", "filters", "context", "compose", "lists", "build"))
    for rule in FIELDS:
        assert f'"{rule["id"].removesuffix(".v1")}' in code, rule["id"]
