"""Claims from real report sentences, grouped by phenomenon (seeds of corpora/ and the real texts)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.claims.fields import metric_before, stated_period
from extract.claims.filters import enclosing_spans, reject_reason
from extract.claims.metric_model import rules_only
from extract.numbers.mentions import find_mentions
from extract.resources import load_tsv, load_word_kinds

from .sentences import by_text, claims_of, one


GROWTH = "2023 年奖助总金额为 2136.97 万元，比去年增加了 328.15 万元，增长了 18.14%；全年总奖助学生 11650 人次。"


# 数值、量级、单位 (value as written, scale apart, base unit)
@pytest.mark.parametrize("text, written, value, scale, unit", [
    (GROWTH, "2136.97 万元", "2136.97", 10000, "元"),
    (GROWTH, "11650 人次", "11650", 1, "人次"),
    ("本年度资助学生 1.5 万余人次、年资助金额 2259.9 余万元。", "1.5 万余人次", "1.5", 10000, "人次"),
    ("馆藏纸质图书总数为 84.21 万册，当年新增 5.17 万册。", "84.21 万册", "84.21", 10000, "册"),
    ("数字化资源总量为 373978GB。", "373978GB", "373978", 1, "GB"),
    ("学院现有 2 个专业集群立项。", "2 个", "2", 1, "个"),
    ("由原哈尔滨市经济管理干部学院等八所院校合并组建而成。", "八所", "8", 1, "所"),
    ("学院两次受邀参加交流大会。", "两次", "2", 1, "次"),
    ("比上届提升 1.54 个百分点。", "1.54 个百分点", "1.54", 1, "百分点"),
    # N次 counts of occurrences (ESG train split: 22801队次 was no claim, 100场次 read as 100场)
    ("各级青年志愿服务队8613个青年志愿者总数105400人全年累计开展志愿服务活动22801队次", "22801队次", "22801", 1, "队次"),
    ("党支部书记履职能力提升班等100场次培训超过5500人次", "100场次", "100", 1, "场次"),
    # 平米 (平方米) and 宗 (land titles) are units (ESG train split: 近600万 was a count, 29 counted 宗)
    ("实体网络覆盖北京上海天津江苏山东湖北湖南广东四川河北河南陕西辽宁等地拥有土地面积近600万平米", "近600万平米", "600", 10000, "平米"),
    ("公司（含控股子公司金钼汝阳、金钼光明）共取得建设用地土地权证29宗，总面积12,663.78亩，均在土地使用权证有效期内。", "29宗", "29", 1, "宗"),
    # 枚 counts medals (黔东南州 2016 bulletin, its unlabelled part 十: 26 was a bare count)
    ("我州二级以上运动员增至640人，在省级以上年度冠军赛、锦标赛上获得金牌26枚、银牌36枚、铜牌28枚。", "26枚", "26", 1, "枚"),
    # 升 and 根 are units (ESG train split: 326051.62 took 升 into its neighbour's metric, 12.5万 had no unit)
    ("用水量141417.53吨自有车辆汽油消耗量326051.62升天然气消耗量21433立方米", "326051.62升", "326051.62", 1, "升"),
    ("中国化学纤维工业协会绿色纤维认证考纶给圈的开发累计向用户提供12.5万根产品完成了", "12.5万根", "12.5", 10000, "根"),
    # 片 counts pallets, tablets (ESG train split, thirteenth pass: 14万 had no unit); 片区 is a zone, not a unit
    ("2022年公司利用共享托盘减少使用14万片木托盘降低成本900万元", "14万片", "14", 10000, "片"),
    # 起 counts incidents and complaints, 盒 boxes (ESG train split, fourteenth pass: 28,764 and 25万 had no unit)
    ("2021年王朝网累计接收28,764起投诉，投诉关闭率80%，及时解决率90%", "28,764起", "28764", 1, "起"),
    ("全年生产事故数157起，死亡人数101人。", "157起", "157", 1, "起"),
])
def test_value_scale_unit(text, written, value, scale, unit):
    claim = one(text, written)
    assert (claim.value, claim.scale, claim.unit) == (Decimal(value), scale, unit)


# 约/近/余/以上/不足 (bound words)
@pytest.mark.parametrize("text, written, bound", [
    ("师生获国赛奖项 7项，省级奖项 30 余项。", "30 余项", ">"),
    ("组织开展龙江精神为主题的教育活动近 10 次。", "近 10 次", "~"),
    ("培训规模保持在 300 人左右。", "300 人左右", "~"),
    ("学生参与率在 90%以上。", "90%以上", ">"),
    ("比上届高出约 12 个百分点。", "约 12 个百分点", "~"),
    # 大于 (ESG fifteenth pass: 捕集率大于90% was =, its metric kept 大于)
    ("该项目具备1万吨/年烟气二氧化碳捕集与固碳能力，可实现二氧化碳捕集率大于90%、二氧化碳捕集浓度大于99%", "大于90%", ">"),
    ("全国高职院校“服务贡献”等 12 个 50 强单位。", "50 强", "<="),
])
def test_bound(text, written, bound):
    assert one(text, written).bound == bound


# 类型 (kind and direction)
@pytest.mark.parametrize("text, written, kind, direction", [
    (GROWTH, "2136.97 万元", "money", None),
    (GROWTH, "328.15 万元", "delta", "up"),
    (GROWTH, "18.14%", "growth", "up"),
    ("总体毕业去向落实率为 83.31%。", "83.31%", "share", None),
    ("2023 年中国科教评价网发布的中国高职院校竞争力排行 29 名、东北地区第1名。", "29 名", "rank", None),
    ("2023 年中国科教评价网发布的中国高职院校竞争力排行 29 名、东北地区第1名。", "1名", "rank", None),
    ("非学历培训学时 9881.64 个。", "9881.64 个", "measure", None),
    ("社区教育课程在线学习人数较 2022 年下降 11.2%。", "11.2%", "growth", "down"),
])
def test_kind(text, written, kind, direction):
    claim = one(text, written)
    assert (claim.kind, claim.direction) == (kind, direction)


# 不是数据主张的数字 (years, names, slogans, document numbers, ordinals, labels)
@pytest.mark.parametrize("text", [
    "为全面贯彻党的二十大精神，落实《国家中长期教育改革和发展规划纲要（2010-2020年）》。",
    "按照《通知》（教职成司函〔2023〕28 号）要求开展工作。",
    "开展第九届哈职冬令研习国际人文交流项目。",
    "学院建立 1+X 证书试点动态遴选机制。",
    "学校创新“833”资助育人机制，运行八位一体的学生资助体系。",
    "2022 年，被列入省“十四五”高校设置规划。",
    "各校核心指标具体见表 1-1。",
    "12 月 11 日教育部高评委进校考察。",
    # ESG train split: a festival and a reform's name
    "积极组织职工参加公司企业文化俱乐部活动三八节活动秋游团建活动",
    "充分发挥考核的指挥棒作用为深化三项制度改革推动三能机制落实落地奠定坚实基础",
    # 泰州市姜堰区's 2026 work report: 市二人医 is the city's 第二人民医院, not two people
    "市二人医创成三级甲等综合医院。",
])
def test_not_a_claim(text):
    assert claims_of(text) == []


# 指标、时期、基期 (metric, period, baseline)
@pytest.mark.parametrize("text, written, metric, period, baseline", [
    (GROWTH, "2136.97 万元", "奖助总金额", "2023年", None),
    (GROWTH, "18.14%", "奖助总金额", "2023年", "去年"),
    ("截止2023年9月1日，2023届毕业生共4786人，已落实就业3987人。", "3987人", "已落实就业", "截止2023年9月1日", None),
    ("2021-2023届毕业生人数分别为3383人、5838人、4786人。", "5838人", "毕业生人数", "2022届", None),
    ("科研获奖达 21 项，同比增长 425%。", "425%", "科研获奖", None, "同比"),
    # ESG train split: 长达 is a copula (was 志愿服务长), the 长 of 时长 is not
    ("珠海港及各下属公司积极发挥模范先锋作用，前后动员多批党员共40余人，深入疫情防控一线，协助社区开展防控工作，志愿服务长达160多天，"
     "累计1,280个小时。", "160多天", "志愿服务", None, None),
    ("报告期内万科公益基金会共发起19场员工公益志愿者活动号召10557人次参与累计志愿服务时长达108750小时", "108750小时",
     "志愿服务时长", "报告期内", None),
])
def test_metric_period_baseline(text, written, metric, period, baseline):
    claim = one(text, written)
    assert (claim.metric, claim.period, claim.baseline) == (metric, period, baseline)


# 主体 (subject: a named organisation other than the author)
def test_subject_opens_clause():
    text = "长春职业技术学院在全国 205 所参赛院校中获奖总数并列第一。"
    assert one(text, "205 所").subject == "长春职业技术学院"


def test_a_banks_branch_is_a_subject():
    # ESG train split (a bank's report): 分行 ends a name as 银行 does
    text = ("福建分行推动农光互补的特色大棚建成落地通过棚顶发电棚下种植棚地养殖实现一地三用农光互补每年为电网提供电量4932万度"
            "减排二氧化碳约4.14万吨并吸引农旅产业落户乡村")
    assert [c.subject for c in claims_of(text)] == ["福建分行", "福建分行"]


def test_organisation_after_preposition_is_not_subject():
    text = "参加由俄罗斯教育部举办的“职业达人”职业技能大赛，摘获 1金 5银。"
    assert one(text, "1金").subject is None


# 集合计数与占比 (a set counted by its members: "X有A等共N个专业，占比M%")
def test_set_owner_is_the_metric_and_its_share():
    text = "其中机电一体化技术专业群有电气自动化等共7个专业，占比当年招生专业总数的14%；新一代信息技术类专业群有软件技术等共8个专业，占比16%。"
    assert one(text, "8个").metric == "新一代信息技术类专业群"
    assert one(text, "16%").metric == "新一代信息技术类专业群占比"


def test_growth_refers_to_the_amount_not_the_share():
    text = "2023年立项省级课程思政示范课6门，占同年校级课程思政示范课总数的9.5%，同比去年增长了20%。"
    assert one(text, "20%").metric == one(text, "6门").metric
    assert one(text, "20%").baseline == "去年"


# 表头里的量级词不是数 ("（万册）" is a unit note)
def test_bare_scale_word_in_unit_note_is_not_a_claim():
    assert claims_of("纸质图书（万册），本学年图书流通量（本次）。") == []


# 联系方式与会议届次 (contact details and sessions are not claims; the contact details of the 2020 annual report
# of 金宇生物, p.3, written as one sentence)
def test_contact_details_are_not_claims():
    text = ("联系地址：内蒙古自治区呼和浩特市经济技术开发区沙尔沁工业园区金宇大街1号，邮政编码：010111，"
            "电话：0471-6539434，传真：0471-8166957，电子信箱：yangzhao@jinyu.com.cn。")
    assert [c.text for c in claims_of(text)] == []


def test_session_of_a_congress_is_not_a_claim():
    assert claims_of("认真学习宣传贯彻党的二十大和二十届二中、三中全会精神。") == []


# 并列数字 (a list shares the unit written after its last number, and a year range its years)
def test_list_shares_unit_scale_and_years():
    text = "预计公司2022-2024年归母净利润4.7、7.2、9.3亿元，对应PE 30、20、15倍。"
    first = one(text, "4.7")
    assert (first.normalized, first.unit, first.kind, first.period) == (Decimal("470000000"), "元", "money", "2022年")
    assert one(text, "20").period == "2023年"


def test_unit_note_in_brackets_is_not_a_claim():
    assert [c.text for c in claims_of("总市值(百万元)：18,785.44。")] == ["18,785.44"]


# 规则词表 (models/lexicons/claim_words.v1.tsv): each kind's real example is decided as the kind says
WORD_EXAMPLES = {row[0]: row[2] for row in load_tsv("lexicons/claim_words.v1.tsv") if len(row) > 2}


def _mention(text: str, numeral: str):
    return next(m for m in find_mentions(text) if m.numeral == numeral)


def _rules_metric(text: str, written: str) -> str | None:
    """The metric the rules give without the learned model (what a held-out document gets where the model follows
    them)."""
    with rules_only():
        return one(text, written).metric


def _reasons(text: str) -> list[tuple[str, str | None]]:
    return [(m.numeral, reject_reason(m, text, enclosing_spans(text))) for m in find_mentions(text)]


WORD_KIND_CHECKS = {
    "currency_word": lambda t: one(t, "43,689,129,000元").metric == "收入",                # was 人民币
    "hong_kong_currency": lambda t: one(t, "8,480万元").unit == "港元",                    # was 元
    "placing_word": lambda t: one(t, "25 . 90%").metric == "教育行业比例",                        # was 四大行业所占的比例
    "per_amount": lambda t: one(t, "10.88%").metric == "万元产值能耗",                         # was 产值能耗
    "list_measure": lambda t: one(t, "3.9倍").metric == "新能源汽车产量",                         # was …电池产量
    "owned_rate": lambda t: one(t, "32.9%").metric == "第二产业对经济增长的贡献率",            # was 对经济增长的贡献率
    "measure_end": lambda t: one(t, "4621元").metric == "金融学平均月收入",                         # was 金融学
    "not_change_verb": lambda t: one(t, "5股").kind == "count",       # 每10股转增5股: a delta once 增 was a change verb
    "new_act": lambda t: one(t, "2个").metric == "新开专栏",                                       # was 新开
    "total_word": lambda t: one(t, "21628.75亿元").metric == "进口货物增值税、消费税和关税",         # was 消费税和关税
    "bare_head": lambda t: one(t, "399,117,890.10元").metric == "现金分红总额",                      # was 总额
    "flow_metric": lambda t: one(t, "230.6亿元").period == "2024年",                             # was 2024年末
    "standing_word": lambda t: one(t, "11.32%").metric == "营收",                                 # was 最高
    "threshold_noun": lambda t: one(t, "突破200万").metric == "玉龙机场旅客吞吐量",                 # was 大关
    "whole_word": lambda t: one(t, "3条").metric == "收到群众留言",                             # was 全部
    "level_bound": lambda t: one(t, "突破1900万户").kind == "count",                             # was delta
    "bare_rate_word": lambda t: one(t, "13.36%").metric == "营业收入",                            # was 增长幅度
    "level_rate": lambda t: one(t, "-0.59‰").kind == "share",                                     # was growth
    "opening_conjunction": lambda t: one(t, "67%").metric == "就业满意度",                     # was 而就业满意度也
    "closing_adverb": lambda t: one(t, "76%").metric == "就业满意度",
    "place_noun": lambda t: one(t, "2.36").metric == "面向华东六省就业的比例",                 # was 面向华东六省
    "rank_continuation": lambda t: one(t, "一").metric == "金融业就业比例",                     # was 但仍然稳居
    "area_locative": lambda t: one(t, "19.0%").metric == "西部地区工作的毕业生占比",             # was 地区…
    "ranked_holder": lambda t: one(t, "17.63%").metric == "最大股东持股",                      # was 最大持股
    "bare_total": lambda t: one(t, "140.19万亿元").metric == "国内生产总值",                    # was 总量
    "paired_measure": lambda t: one(t, "22336头").metric == "牛出栏",                         # was 出栏
    "carried_after": lambda t: one(t, "11件").period != "上年",                               # 上年结转11件
    "whole_year_plan": lambda t: one(t, "80.43%").period == "2023年1-9月",                 # was 2023年, of 全年预算
    "government_level": lambda t: one(t, "122378万元").metric == "一般公共预算收入",             # was 市本级
    "bracketed_alternative": lambda t: one(t, "15.6%").metric == "本科生出国（境）深造比例",      # was 深造比例
    "carried_before": lambda t: [c.period for c in claims_of(t)] == [None] * 4,                # 结转上年度办理3件
    "destination_before": lambda t: one(t, "7件").period == "2024年",                         # not 2025年
    "growth_subject": lambda t: one(t, "4.5%-5%").metric == "经济增长",                      # was 经济
    "rank_context": lambda t: one(t, "29名").kind == "rank",
    "rank_unit": lambda t: one(t, "38名").kind == "rank",
    "period_open_after": lambda t: stated_period(t) is None,                            # not "2018年"
    "money_word": lambda t: one(t, "1204.28").kind == "money",
    "leading_verb": lambda t: metric_before(t, _mention(t, "2"), []) == "",          # not "现有"
    "rough_period": lambda t: one(t, "11650人次").period == "2023年",                # not "全年"
    "link_word": lambda t: one(t, "100%").metric == "任务完成率和指标值达成度",
    "plain_baseline": lambda t: one(t, "31%").baseline == "同比",
    "label_before": lambda t: ("2", "not_claim.label.v1") in _reasons(t),
    "date_after": lambda t: ("31", "not_claim.date.v1") in _reasons(t),
    "ordinal_rank_before": lambda t: ("一", None) in _reasons(t),
    "identifier_label": lambda t: _reasons(t)[0][1] == "not_claim.identifier.v1",
    "bare_scale_word": lambda t: _reasons(t) == [("万", "not_claim.bare_scale_word.v1")],
    "growth_metric_end": lambda t: one(t, "5%").kind == "growth",                      # not a share
    "target_word": lambda t: one(t, "6.5%").bound == ">=",                             # at least, not more than
    "event_after": lambda t: stated_period(t) == "本期",                             # not "2018年" (a meeting's name)
    "looking_back_period": lambda t: one(t, "5.8%").period == "2023年",                # not 过去一年
    "speaking_period": lambda t: one(t, "5% 以上").period == "2024年",                 # not 今年
    "event_day_after": lambda t: one(t, "4,100").period is None,                      # not 2022年1月17日 (上市)
    "event_year_before": lambda t: one(t, "4,100").period is None,                    # not 1997年 (成立于)
    "threshold_magnitude": lambda t: (one(t, "首破千亿").value, one(t, "首破千亿").bound) == (1000, ">"),   # was no claim
    "now_period": lambda t: one(t, "5GW").period == "目前",                            # not the opening 2021年
    "as_of": lambda t: one(t, "200,000,000元").period == "截至2016年1月29日",         # not the report's 2016年2月5日
    "cumulative": lambda t: one(t, "3亿元").period == "2013年度、2014年度及2015年度",   # not the last year alone
    "comparison_only": lambda t: one(t, "7.79%").metric == "营业收入",                 # not 相比
    "definition_word": lambda t: ("5000", "not_claim.definition.v1") in _reasons(t),   # a threshold it defines
    "frequency_period": lambda t: one(t, "38个").period != "每年",                      # 每年 is another clause's
    "delta_metric_end": lambda t: one(t, "80.31亿元").kind == "delta",                  # a difference, not money
    "condition_open": lambda t: ("50", "not_claim.condition.v1") in _reasons(t),       # a rule's threshold
    "event_unit": lambda t: one(t, "两次").metric == "受邀",                           # what happened twice
    "class_determiner": lambda t: one(t, "373次").metric == "各类安全检查",              # every kind is counted
    "predicate_preposition": lambda t: one(t, "五千余条").metric != "一系列员工关爱措施",   # 对 opens what they did
    "named_before_unit": lambda t: one(t, "45次").metric == "风险合规培训",             # the training held 45 times
    "recipient_preposition": lambda t: one(t, "1000万元").metric == "捐赠现金",        # not 吉林省捐赠现金
    "partner_preposition": lambda t: one(t, "1100余件").subject is None,               # 山西大学 is a partner
    "dividend_word": lambda t: one(t, "0.60元").period == "2019年度" and one(t, "1,126,240,241股").period != "2019年度",
    "basis_after": lambda t: one(t, "38.14亿股").metric == "普通股总股本",             # was 计算
    "applied_by": lambda t: _rules_metric(t, "25%") == "计入应纳税所得额",                # not 减按
    "date_qualifier": lambda t: one(t, "35,329,950,711.96元").period == "2015年6月30日",   # not the report's date
    "modifier_verb": lambda t: _rules_metric(t, "3.7亿千瓦") == "可再生能源新增装机",     # not 装机
    "destination_prep": lambda t: _rules_metric(t, "30544人") == "到中小微企业等基层就业",   # not 基层就业
    "destination_end": lambda t: _rules_metric(t, "22222人") == "留在当地就业",          # not 当地就业
    "state_adverb": lambda t: _rules_metric(t, "3987人") == "已落实就业",               # SCHEMA.md's own example
    "metric_stop": lambda t: one(t, "24人").metric == "院士",                       # not "中国石化拥有院士"
    "purpose_opener": lambda t: {c.subject for c in claims_of("顺丰控股\t指\t顺丰控股（集团）股份有限公司\n" + t)} == {"顺丰控股"},
    "holding_lead": lambda t: {c.subject for c in claims_of("泰海投资\t指\t深圳市泰海投资有限公司\n" + t)} == {"泰海投资"},
    "adjectival_adverb": lambda t: one(t, "433亿元").metric.endswith("资产初步作价"),     # was 作价
    "giving_verb": lambda t: one(t, "500万元").metric == "捐赠",          # not "支持北京协和医学院教育科研事业的发展"
    "stake_word": lambda t: one(t, "0.01%").subject != "顺丰集团",                     # the holder's stake, not 顺丰集团's
    "balance_term": lambda t: "期末余额" in one(t, "3,093,949.73元").metric,           # not 坏账准备余额
    "note_opener": lambda t: one(t, "90%").metric == "江苏高等教育升学率",                     # was 、高职院校等）
    "surpass_verb": lambda t: (one(t, "4.75").metric, one(t, "4.75").subject) == ("资产总额", "北京银行"),  # was 超越
    "trailing_adverb": lambda t: one(t, "3.14%").metric == "净利润",                            # was 净利润仍
    "topic_end": lambda t: one(t, "150万元").metric.endswith("投资") and "方面" not in one(t, "150万元").metric,
    "event_count_before": lambda t: one(t, "一次").unit == "次",                      # a count, not the article 'a'
    "means_preposition": lambda t: one(t, "300万元").metric == "注册资本",       # not 货币资金增加注册资本
    "means_noun": lambda t: one(t, "12件").metric == "依申请公开信息",           # not 途径依申请公开信息
    "means_close": lambda t: one(t, "14部").metric == "政府规章",               # not 市政府办公厅名义发布政府规章
    "band_unit": lambda t: [c.text for c in claims_of(t)] == ["1.2个百分点", "80%以内"],   # 90天以上 is a band
    "admin_level": lambda t: one(t, "10个").metric == "省（市）",                         # was 海南
    "anaphoric_noun": lambda t: one(t, "3374.88").metric == "营收",                      # was 数据
}


@pytest.mark.parametrize("kind", sorted(WORD_KIND_CHECKS))
def test_word_kind_decides_its_example(kind):
    text = WORD_EXAMPLES[kind]
    assert WORD_KIND_CHECKS[kind](text), text


def test_every_word_kind_has_a_checked_example():
    # count_context_before (仅/共/新增 一个): no sentence of corpora/ has one yet
    assert set(load_word_kinds("lexicons/claim_words.v1.tsv")) - set(WORD_KIND_CHECKS) == {"count_context_before",
                                                                                            "fall_metric_end"}


# 单位字是下一个词的首字时不是单位 (a unit character that opens the next word is no unit: 间接排放量, 单位; ESG train split)
def test_a_unit_character_opening_a_word_is_no_unit():
    text = ("排放量40.09万吨排放量较上年下降6.35排放强度0.4排放强度较上年下降11温室气体甲烷排放总量160.56"
            "直接排放量范围一119.68间接排放量范围二40.88单位百万吨二氧化碳当量国内单位油气产量温室气体排放量0.24吨二氧化碳当量")
    assert [(c.text, c.unit) for c in claims_of(text) if c.text.startswith(("119.68", "40.88"))] == [
        ("119.68", ""), ("40.88", "")]


def test_per_capita_is_no_count_of_people():
    # 人 of 人均 (ESG twenty-fifth pass: 培训覆盖率100人均受训时长 read 100人, a count of people)
    text = ("2022年公司组织开展了多项培训计划课程涉及企业文化办公管理专业技能等内容并采取直播社群论坛等学习方式实现国内全体员工培训覆盖率"
            "100人均受训时长达70.5小时")
    assert [(c.text, c.unit, c.kind) for c in claims_of(text)] == [("100", "%", "share"), ("70.5小时", "小时", "measure")]


# 在岗职工 is one word (国家统计局's 在岗职工平均工资; jieba cut 在|岗|职工 and the preposition went with 在: 岗职工; ESG
# twenty-sixth pass)
def test_staff_on_post_is_one_word():
    assert one("截至2022年末公司共有在岗职工4951人在岗职工中女员工1566人占比为31.63男员工3385人占比为68.37", "4951人").metric \
        == "在岗职工"


# 正高级 is one word (the title grade of 《关于深化职称制度改革的意见》; jieba cut 正|高级 and the adverb went: 高级教授级职称;
# ESG twenty-seventh pass)
def test_senior_title_grade_is_one_word():
    assert one("2022年公司申报并承办国家级二类竞赛4项公司级一类竞赛5项二类竞赛4项评审通过正高级教授级职称301人高级技师909人",
               "301人").metric == "正高级教授级职称"


# 普惠 is one word (jieba cut 普|惠 and the metric began at 惠: 惠专员; ESG twenty-fifth pass)
def test_inclusive_finance_is_one_word():
    assert one("配置普惠专员近2万名超7万名员工为客户提供了普惠金融服务客户经理队伍在实践中茁壮成长", "近2万名").metric.endswith(
        "普惠专员")


# 时期词的先后 (two period words of one length overlap: the choice must not change with the hash seed; 金宇生物
# 2020年年度报告: "本报告期末" is the end of the reporting period, as its gold writes it)
def test_overlapping_period_words_are_read_the_same_in_every_run():
    text = "本报告期末，公司合并资产总额为6,278,282,683.24元，资产负债率为16.17%。"
    assert one(text, "16.17%").period == one(text, "6,278,282,683.24元").period == "本报告期末"


# 写明的时期 (periods kept as written: a plan period and "since it was founded"; ESG sample, eleventh pass)
@pytest.mark.parametrize("text, written, period", [
    ("十四五时期物产中大的主业定位为121即1个核心主业智慧供应链集成服务2个赋能主业金融服务高端制造和1个培育主业产业投资",
     "2个", "十四五时期"),
    ("5支持社会公益事业公司自成立以来始终不忘振兴乡村坚持不忘初心行公益志愿服务勇担当热心社会公益事业积极秉承奉献社会责任精神"
     "履行社会公民义务参与各级各类慈善活动累计捐款捐物已近6000万元树立了公司良好的社会形象", "近6000万元", "自成立以来"),
    ("A、内部需求：顺丰控股在安徽地区的业务连续多年来保持50%以上的同比增长，对营运场地、仓储场地及办公场地的需求逐年增加，",
     "50%以上", "连续多年来"),
    ("安信投资设立至今投资股权投资项目共计25个其中高新技术企业24个专精特新企业16个累计参与科创板战略配售投资项目12个", "16个",
     "设立至今"),
    # twenty-fourth pass: since the listing (was 当年 from the sentence before, and 上市以来累计已分红 the metric)
    ("金徽酒始终重视投资者合法权益的保护，并积极回报股东，每年按照不低于当年实现净利润的30%分配股利，上市以来累计已分红57,041.60万元，"
     "与股东持续分享公司发展成果。", "57,041.60万元", "上市以来"),
])
def test_period_written_as_a_plan_or_since_founding(text, written, period):
    assert one(text, written).period == period


# 股与每股 (shares are counted in 股; 每10股 is the base of a per-share distribution; 金宇生物 2020 年报)
def test_shares_and_per_share_base():
    claims = claims_of("向全体股东按照每10股派发现金红利0.60元（含税），共计派发现金股利67,111,183.56元。"
                       "本期回购股份491,900股，授予价格：14.60元/股。")
    assert [(c.text, c.unit, c.kind) for c in claims] == [
        ("0.60元", "元", "money"), ("67,111,183.56元", "元", "money"), ("491,900股", "股", "count"),
        ("14.60元/股", "元/股", "money")]
    assert claims[1].metric == "现金股利"          # 派发|现金: 现金股利 is one term (CSRC annual-report format)


# 括注的上期数不是列举序号 (a bracketed comparative after a colon is a figure, "1）" is an enumerator)
def test_bracketed_comparative_after_colon_is_a_claim():
    text = "根据减值测试的结果，本期期末商誉未发生减值（上期期末：31,874,132.63）。主要措施：1）加强管理；2）提高效率。"
    assert [c.text for c in claims_of(text)] == ["31,874,132.63"]


# 行首序号、标准号、前五大公司 are no claims (金宇生物 2020 年报, 环境信息)
def test_line_numbers_standard_codes_and_selections_are_not_claims():
    text = ("1，废水排放执行《生物工程类制药工业水污染排放标准》GB21907-2008表2标准后，排至市政管网。\n"
            "2，废气4台4吨天然气锅炉供生产使用，产生废气达到《锅炉大气污染物排放标准》DB11/139-2015燃气锅炉标准排放。\n"
            "本公司其他应收款中，欠款金额前五大公司的其他应收款占本公司其他应收款总额的64.32%。")
    assert [c.text for c in claims_of(text)] == ["4台", "4吨", "64.32%"]


# a note number opening a line stays a number even when its heading starts with a figure (金宇生物 2020 年报
# p151: "43、1年内到期的非流动负债"); after a colon "5、10和15" is still a list of values
def test_note_number_before_a_heading_that_starts_with_a_figure():
    assert claims_of("43、1年内到期的非流动负债") == []
    assert [c.text for c in claims_of("各年级人数依次为：5、10和15人。")] == ["5", "10", "15人"]


# 分别增长a、b：变化动词只写一次 (a change verb written once covers the numbers joined to it; 2025 政府工作报告)
@pytest.mark.parametrize("text, expected", [
    ("高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆；",
     [("8.9%", "growth"), ("7.7%", "growth"), ("突破1300万辆", "count")]),
    ("城乡居民基础养老金最低标准、居民医保人均财政补助标准分别再提高30元和5元。", [("30元", "delta"), ("5元", "delta")]),
])
def test_change_verb_covers_the_run(text, expected):
    assert [(c.text, c.kind) for c in claims_of(text)] == expected


# 金宇生物 2020 年报: a definition's figures, a tax bracket and the months bounding an unlock window are no claims
@pytest.mark.parametrize("text, numeral, reason", [
    ("重大资金支出安排是指公司未来十二个月内拟对外投资、购买资产等交易累计支出达到或超过公司最近一期经审计净资产的15%。",
     "15", "not_claim.definition.v1"),
    ("对本年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。", "100",
     "not_claim.threshold.v1"),
])
def test_definitions_and_brackets_are_no_claims(text, numeral, reason):
    assert (numeral, reason) in _reasons(text)


# 规则的条件 (a figure in the condition of an accounting policy or a regulation is a threshold; 金宇生物 2020 年报
# 附注五, 重组预案: "20%", "低于50%", "超过3个月", "超过100%" were claims); a figure before 的 that ends no
# conditional clause stays one
@pytest.mark.parametrize("text, written", [
    ("符合资本化条件的资产在购建或者生产过程中发生非正常中断、且中断时间连续超过3个月的，暂停借款费用的资本化。", "3"),
    ("上市公司发行股份购买资产同时募集的部分配套资金，所配套资金比例不超过拟购买资产交易价格100%的，一并由并购重组委员会"
     "予以审核；超过100%的，一并由发行审核委员会予以审核。", "100"),
])
def test_a_rules_condition_states_no_figure(text, written):
    assert (written, "not_claim.condition.v1") in _reasons(text)



# 结构性计数与成语 (金宇生物 2020 年报 附注五: "下列两项", "两项或多项", "三位一体" were counts)
@pytest.mark.parametrize("text", [
    "某项非流动资产或处置组被划分为持有待售类别，但后来不再满足持有待售类别划分条件的，本公司停止将其划分为持有待售类别，"
    "并按照下列两项金额中较低者计量。",
    "合同中包含两项或多项履约义务的，本公司在合同开始日，按照各单项履约义务所承诺商品或服务的单独售价的相对比例，"
    "将交易价格分摊至各单项履约义务。",
    "2020年公司全面学习先进企业管理经验，转变薪酬理念，变革绩效管理与激励方式，采用多元化薪酬组合方式，利用多维度指标衡量业绩，"
    "遵循投入与产出公平的原则，绩效、薪酬、激励三位一体联动，让薪酬政策最大限度地支持公司战略达成。",
])
def test_list_prefaces_and_idioms_count_nothing(text):
    assert claims_of(text) == []



# 增长率/增长速度 named before a modal or an estimate is a growth, for every figure of its run (金宇 2020 附注 商誉:
# 17% was a share and 13%… "现金流量增长率占比"; 重组预案: 6.5% a share)
def test_named_growth_rates_and_their_runs():
    text = ("本公司根据管理层批准的财务预算预计未来5年内现金流量，其后年度采用的现金流量增长率预计分别为17%、13%、10%、7%和5%，"
            "不会超过资产组经营业务的长期平均增长率。")
    assert {(c.kind, c.metric) for c in claims_of(text)} == {("growth", "现金流量增长率")}
    claim = one("“十三五”时期，国内生产总值每年平均增长速度需保持在6.5%以上。", "6.5%")
    assert (claim.kind, claim.metric) == ("growth", "国内生产总值平均增长速度")


# 重组预案: a list (、) inside a clause does not hide the clause's own year (428台 took the sentence's opening
# 2015年); 过去十年 is a period (年均增长率 took the 2015年 of the next clause)
def test_a_clauses_year_across_its_list_and_past_decades():
    text = ("2015年顺丰控股已在北京区、天津区、深圳区、南京区、成都区推广新能源车辆152台，2016年顺丰控股计划在深圳区、上海区、"
            "北京区、惠州区、广州区等业务区推广428台新能源车。")
    assert one(text, "152台").period == "2015年" and one(text, "428台").period == "2016年"
    text = "过去十年，我国网络购物市场高速增长，年均增长率超过70%，2015年我国网络购物市场交易规模已达到3.8万亿。"
    assert one(text, "70%").period == "过去十年"


# 重组预案: 两次 before what is compared names the pair (两次评估值的差异), it counts nothing
def test_the_pair_compared_is_no_count():
    text = ("若扣除2013年增资投资者现金投入的78亿元，以及2015年授予实际2016年1月到账的员工持股增资39.22亿元，两次评估值的差异为"
            "80.31亿元，增值率约为32%。")
    assert "两次" not in [c.text for c in claims_of(text)]



# 年报的常见句式 (common annual-report phrasing: a level in a ratio's name, a change against 期初, the year
# before's figure, and a comparative period that does not carry to the next sentence)
def test_annual_report_phrasing_of_levels_comparisons_and_the_year_before():
    text = ("2020年年度报告。截至2020年12月31日，公司总资产为62.78亿元，较期初增长12.5%。"
            "经营活动产生的现金流量净额为-1.2亿元，上年同期为3.4亿元。资本充足率13.11%，一级资本充足率10.69%，"
            "核心一级资本充足率9.12%。")
    got = {c.text: (c.metric, c.period) for c in claims_of(text)}
    assert got["12.5%"][0] == "总资产"
    assert got["3.4亿元"] == ("经营活动产生的现金流量净额", "2019年")
    assert got["10.69%"] == ("一级资本充足率", "截至2020年12月31日") and got["9.12%"][0] == "核心一级资本充足率"


# 生师比 a:1 is one figure (a college quality report's standard ratio), not the count 1
def test_ratio_to_one_is_one_figure():
    claims = claims_of("学校生师比为17.6:1，生均教学仪器设备值1.2万元。")
    assert [(c.text, c.value, c.metric) for c in claims][0] == ("17.6:1", Decimal("17.6"), "生师比")


# 任期和期限是时长 (a term of office and a loan's term are lengths of time the sentence measures, not periods:
# restructuring plan A8 pass, ESG sample)
@pytest.mark.parametrize("text, written, metric", [
    ("董事由股东大会选举产生或更换，任期三年，届满可以连任。", "三年", "任期"),
    ("2022年11月19日本行成功落地某钢铁集团CCUS碳捕集利用与封存技术示范项目首笔前融贷款批复敞口金额1.8亿元期限3年", "3年", "期限"),
])
def test_term_of_office_or_loan_is_a_claim(text, written, metric):
    assert one(text, written).metric == metric


# 起止日期的止日写到日 (a date range whose end names its month and day: the period runs to that day, not to the
# end year alone; restructuring plan A8 pass)
def test_date_range_ends_on_its_day():
    text = "（1）2013年1月1日至2013年8月21日期间，顺丰控股不设董事会，设执行董事一名，由于国强担任。"
    assert one(text, "一名").period == "2013年1月1日至2013年8月21日"


# 起 as a unit, not in a word it opens (自…起施行 is a start, 一起 together: no claim)
def test_qi_opening_a_word_is_no_unit():
    assert [c.text for c in claims_of("本办法自2023年1月1日起施行，各单位一起学习。")] == []


# 金额丢了"元" (the ESG sentences drop 元 after 万/亿; after a money word the amount takes it back, as the gold does:
# 1.2亿 was a count measuring 遵, the bond line of the eleventh pass yielded no claim at all)
@pytest.mark.parametrize("text, written, metric", [
    ("其子女提供了健康关爱金或奖学金累计受益乡村师生73447人次对外捐赠1.2亿遵道学校教育支持", "1.2亿", "对外捐赠"),
    ("小微快贷等新模式产品贷款余额超1.9万亿贷款客户超209万户", "超1.9万亿", "新模式产品贷款余额"),
])
def test_amount_takes_back_its_lost_yuan(text, written, metric):
    claim = one(text, written)
    assert (claim.unit, claim.kind, claim.metric) == ("元", "money", metric)


def test_lost_yuan_is_not_given_to_a_count():
    assert one("资金帮扶困难群众500万人", "500万人").unit == "人"


# 界限词管到"…的N%" (a bound word before the base a share is taken of bounds the share; 最低应达到 is at least: 金宇生物
# 2020年报's dividend policy, the restructuring plan's caps; 未超过 did not exceed; a plain comparison is no bound)
@pytest.mark.parametrize("text, written, bound", [
    ("公司最近三年以现金方式累计分配的利润不少于最近三年实现的年均可分配利润的百分之三十。", "百分之三十", ">="),
    ("（1）公司发展阶段属成熟期且无重大资金支出安排的，进行利润分配时，现金分红在本次利润分配中所占比例最低应达到80%；", "80%", ">="),
    ("公司本次拟募集配套资金不超过800,000万元，不超过本次购买资产交易价格的100%，将一并提交并购重组委员会审核。", "100%", "<="),
    ("中转场建设项目，募集资金总额未超过本次拟购买资产交易价格的100%。", "100%", "<="),
    ("由于运输过程中损耗高，整个物流费用占到易腐食品成本的70%，远远高于50%的国际标准。", "70%", "="),
])
def test_bound_word_before_the_base_of_a_share(text, written, bound):
    assert one(text, written).bound == bound


# 界限词管到一串数 (a bound word before a run of figures bounds each of them; one written after a figure bounds that
# figure only: restructuring plan's 业绩承诺, A9 pass)
@pytest.mark.parametrize("text, written, bound", [
    ("顺丰控股全体股东承诺，顺丰控股2016年度、2017年和2018年度净利润不低于21.8亿元、28亿元和34.8亿元。", "34.8亿元", ">="),
    ("数据显示，在城镇居民食品消费支出中，易腐食品消费已占51%，但目前大约90%的肉类、80%水产品、大量的牛奶和豆制品基本上在没有冷链的"
     "保证下运销。", "80%", "~"),
    ("学生参与率在90%以上、80%和70%。", "80%", "="),
])
def test_bound_word_before_a_run(text, written, bound):
    assert one(text, written).bound == bound


# 期限内 (a deadline within N days is a measure of 个工作日/个交易日 bounded <=; 内 of 内容/内设 is no bound:
# restructuring plan A9 pass)
@pytest.mark.parametrize("text, written, unit, bound", [
    ("上述资产注入及置出工作应于《重大资产置换及发行股份购买资产协议》生效后的60个工作日内（或经各方书面商定的其他日期）完成。",
     "60个工作日内", "个工作日", "<="),
    ("在利润补偿期届满后三个月内，鼎泰新材应聘请具有证券期货业务资格的会计师事务所依照中国证监会的规则及要求，对标的公司出具《减值测试报告》。",
     "三个月内", "个月", "<="),
    # 3个工作日 was a count of 工作日 (tests/claims/test_compose.py held it so before 个工作日 became a unit)
    ("刘冀鲁、刘凌云将在收到上市公司相应通知后3个工作日进行核实，并在核实后5个工作日内向相应债权人进行清偿", "5个工作日内", "个工作日", "<="),
    # README A18: 3个 was a count and 小时 its metric
    ("C、异地灾备建设：顺丰控股拟建设跨省异地灾备数据中心，并支持业务在3个小时以内的容灾切换。", "3个小时以内", "个小时", "<="),
])
def test_deadline_within(text, written, unit, bound):
    claim = one(text, written)
    assert (claim.unit, claim.kind, claim.bound) == (unit, "measure", bound)


def test_nei_opening_a_word_is_no_bound():
    assert [(c.text, c.bound) for c in claims_of("公司设立5个内设机构，开设2个内容板块。")] == [("5个", "="), ("2个", "=")]


# 上百/上千/上万: at least that order, a claim (ESG fifteenth pass: a bare scale word was no claim)
def test_shang_before_a_scale_word_is_a_floor():
    text = "发展集团党委启动实施了十百千万党建工程创建数十个党建品牌成立上百支党员突击队设立上千个党员示范岗落实好上万名党员岗位承诺工作"
    assert [(c.text, c.normalized, c.bound) for c in claims_of(text) if c.text.startswith("上")] == [
        ("上百支", 100, ">="), ("上千个", 1000, ">="), ("上万名", 10000, ">=")]


# 压平的表与目录 (ESG train split: a bank's complaints by region and a report's contents with their pages, printed as
# words each followed by a bare number, were 54 claims); a chart whose "%" the source lost keeps its shares, and
# a prose sentence whose numbers take units stays prose
COMPLAINTS = ("各地区投诉分布如下1地区投诉数量地区投诉数量地区投诉数量北京1399福建809云南339天津486江西219西藏0河北782山东986"
              "陕西507山西302河南920甘肃59内蒙古154湖北1032青海0辽宁468")
CONTENTS = ("从心出发52乡村振兴笃行不怠5254员工安全健康43培训体系44沟通机制44企业介绍7业务板块820")
STAFF_CHART = "晋升与培训晋升机制女性在中高级管理层的占比78男性员工女性员工22全职员工性别构成82男性员工女性员工18"
PATENTS = "从显性研发成果来看获得发明专利9项实用新型3项受理发明专利12项实用新型1项完成国际专利申请1项"


def test_flattened_table_and_contents_numbers_are_no_claims():
    assert [c.text for c in claims_of(COMPLAINTS)] == []
    assert [c.text for c in claims_of(CONTENTS)] == []
    for numeral in ("1399", "339", "0", "468"):
        m = next(m for m in find_mentions(COMPLAINTS) if m.numeral == numeral)
        assert reject_reason(m, COMPLAINTS, enclosing_spans(COMPLAINTS)) == "not_claim.label_number_run.v1"


def test_lost_percent_chart_and_prose_with_units_keep_their_claims():
    assert [c.text for c in claims_of(STAFF_CHART)] == ["78", "22", "82", "18"]
    assert [c.text for c in claims_of(PATENTS)] == ["9项", "3项", "12项", "1项", "1项"]


# 年龄段的横线丢了 (an age range printed without its dash, 40—49岁 as 4049岁, is a label; ESG twenty-seventh pass)
def test_glued_age_range_is_a_label():
    text = ("VANKE万科10独立非执行董事4位执行董事3位其中1位为职工代表董事非执行董事4位硕士8位博士2位学士或以下1位5年以下5位510年4位"
            "10年以上2位男10位女1位4049岁1位5059岁")
    assert not [c.text for c in claims_of(text) if "岁" in c.text]
    assert [c.text for c in claims_of("庆祝女神节赋能她健康系列活动男性3844人女性3515人30岁以下1844人3050岁5099人50岁以上376人")] == [
        "3844人", "3515人", "1844人", "5099人", "376人"]


# 口号里的"N个"不是计数 (两个一以贯之, 三个一, 四个不摘, 十个统一 name slogans; ESG passes twenty-five to twenty-eight) — a
# count of first-level disciplines (两个一级学科) stays one
@pytest.mark.parametrize("text", [
    "织书记专职副书记参加培训完成2022年中海油服贯彻两个一以贯之能力提升系列培训",
    "贫攻坚工作的重要指示精神和重要论述坚决贯彻落实中央四个不摘要求和集团扶贫工作会议精",
    "公司按照十个统一规范经营与物流产业链",
])
def test_numbered_slogans_count_nothing(text):
    assert [c.text for c in claims_of(text) if "个" in c.text] == []


# 单位印在数前 (an infographic or KPI line prints label, unit, value: 研发支出亿元287.18 is 287.18亿元; ESG twenty-ninth and
# thirtieth passes, the value had no unit or the unit went into the metric); a flattened table's cells stay no claims
@pytest.mark.parametrize("text, written, unit, scale, metric", [
    ("全年研发支出亿元287.18拥有研发人员人27913全年研发支出占公司营业收入的比例0.9", "亿元287.18", "元", 10**8, "研发支出"),
    ("国内全年销售成品油万吨10516.4销售天然气亿立方米2070.96生产化工新材料", "亿立方米2070.96", "立方米", 10**8, "销售天然气"),
])
def test_unit_printed_before_its_value(text, written, unit, scale, metric):
    claim = one(text, written)
    assert (claim.unit, claim.scale, claim.metric) == (unit, scale, metric)


def test_unit_column_of_a_flattened_table_makes_no_claims():
    text = ("指标单位2022年2021年2020年全员体检及健康档案覆盖率99.6899.6399.6职业健康检查人数人375438803673职业健康检查完成率"
            "100100100指标单位2022年2021年2020年上岗前职业健康检查人次人次237257226上岗前职业健康检查完成率100100100")
    assert not [c.text for c in claims_of(text) if "人" in c.text]


# 同一个动词引出两个数 (直接服务超过18个社区，直接服务超过2万人: parallel claims, the second was taken for the threshold of a
# group, as in 80余家企业营业额不足1.5亿元; ESG twenty-ninth and thirtieth passes); 混改3.0模式 names a stage
def test_parallel_counts_and_version_stages():
    text = "行星伙伴机构目前直接服务超过18个社区直接服务超过2万人陪伴与支持社会组织34家"
    assert [c.text for c in claims_of(text)] == ["超过18个", "超过2万人", "34家"]
    assert [c.text for c in claims_of("行业格局相对集中，80余家企业营业额不足1.5亿元。")] == ["80余家"]
    stages = ("借国企改革三年行动方案杭州区域综改试验方案省属企业混改专项行动方案之风以集团下属两家成员公司获批成为省内首批"
              "国有优先股试点单位为契机探索通过类优先股等方式开展股权层面合作推动集团从混改3.0模式迈向混改4.0模式")
    assert [c.text for c in claims_of(stages) if "." in c.text] == []


# 行末的汉字名次不是压平的表 (a line closing on 全国第一 is prose: only an Arabic number closing a line marks a table's cell;
# ESG thirty-second pass, the rank was lost with its line)
def test_line_closing_on_a_chinese_rank_is_prose():
    text = "2015年万纬物流开启全国仓储网络布局目前综合实力位列行业第一梯队冷链仓储规模全国第一"
    assert [(c.text, c.kind) for c in claims_of(text)] == [("一", "rank")]


# 年龄段的横线丢了，两端都写着岁 (an age bracket printed 26岁35岁 names a group; ESG thirty-fifth pass: six false claims)
def test_age_brackets_without_their_dash_count_nothing():
    text = ("按年龄划分25岁及以下26岁35岁36岁45岁46岁54岁55岁及以上中国建设银行社会责任报告披露的整体流失率是指截至报告期末")
    assert not [c.text for c in claims_of(text) if "岁" in c.text]


# 失去%的比率：同比之后、“占…的”之后、已达/超之后 (a rate whose % the source lost, after 同比, after 占…的 and after
# 已达/均超, is a percentage; after 同比 a change; ESG fifty-second and fifty-fourth passes: were counts and measures)
@pytest.mark.parametrize("text, written, kind", [
    ("FOSUNPHARMA复星医药70InnovatianforGoodHealth持壤创新乐享健康本集团员工人数共38399人男性占比51.52女性占比48.4840岁以下员工占比近72.02本集团海外员工人数达6426人主要分博士人数586人同比29.65布在美国瑞士波兰印度法国以色列硬士人数4989人同比13.41科特迪瓦等国家2022年职业病确诊病例O重残事故损工事故率0.101同比40.6导力发展系列专业发展系列通用职业技能系列可记录事故率0.202同比43.1人均ehs培训时长15.37h人均次数92022CorporateSocialResponsibilityReport71HR战略目标及政策目标围绕本集团的4IN战路人力资源工人力资源专业团队主导整个集团在人力资源作目标是要能够驱动组织变革为战略目标方面工作的开展负责人才培养的团队和咨的实现提供专业高效的组织人才机制和询团队提高企业的人力资源管理水平", "29.65", "growth"),
    ("截止2022年年底集团累计平均交付率已达76.2其中渭南玖城阅重庆印江州重庆千山原杭州九章赋广州印阅府苏州月印万川项目累计交付率均超90", "76.2", "share"),
    ("截止2022年年底集团累计平均交付率已达76.2其中渭南玖城阅重庆印江州重庆千山原杭州九章赋广州印阅府苏州月印万川项目累计交付率均超90", "超90", "share"),
    ("截止2022年样队建设为更好地配合本集团未来的业务12月31日本集团40岁以下员工人数达发展越来越多的年轻人走上企业的核心岗到27654人占总人数的72.02", "72.02", "share"),
    ("弃物管理方面中信证券要求有害废弃物100合规处置", "100", "share"),     # a bare 100 between words (ESG fifty-ninth pass)
])
def test_a_rate_that_lost_its_percent_sign(text, written, kind):
    found = [(c.unit, c.kind) for c in claims_of(text) if c.text == written]
    assert found == [("%", kind)]


# 封、字、颗、船次是计数单位；红十字会不是数 (letters, characters written, trees and ship sorties are counted; ESG
# sixty-second, sixty-fourth and sixty-fifth passes: were counts with no unit); 十字 in 红十字会 is no figure
def test_letters_characters_and_trees_are_counted():
    assert [(c.text, c.unit) for c in claims_of("全年往来书信4065封累计书写约200万字万科将合计1.2亿的认捐款用于捐建9所")][:2] == [("4065封", "封"), ("约200万字", "字")]
    assert [(c.text, c.unit) for c in claims_of("2022年公司共救助18次出动船舶21船次参与救助遇险船舶15艘")][1] == ("21船次", "船次")
    assert not [c for c in claims_of("公司还先后通过招远红十字会、烟台红十字会捐赠130多万元的蛋白粉") if "十" in c.text]


# 描述在前、名词在后 (a count's description before 的 names it with the noun after: reportify.ai on 中国建筑's 2024 ESG
# report; 6,955家 was named 满足条件)
def test_a_counted_noun_after_its_description_is_named_with_it():
    text = "2024年度，公司完成6,955家满足条件的绿色供应商入驻绿色商城，总合作额达2,487亿元，同比上升 21%，完成绿色采购评审1,000余次。"
    assert by_text(text)["6,955家"].metric == "满足条件的绿色供应商"


def test_a_total_of_what_was_given_keeps_the_giving():
    """美的置业's 2022 ESG report as 世界快资讯 summarises it: 公益慈善投入总额2,631.52万元 was named 总额 (jieba tagged 慈善 a
    person's name, and 投入, a verb that opens clauses, ended the name before 总额)."""
    got = {c.text: c for c in claims_of("社会责任方面,公益慈善投入总额2,631.52万元,公益慈善参与人次为855人\n")}
    assert got["2,631.52万元"].metric == "公益慈善投入总额"


def test_a_day_written_without_its_ri_before_zhi_is_no_claim():
    """西柳镇's 2023 政府信息公开工作年度报告 (/tmp/s49/h1): 31 was a count named 止."""
    assert claims_of("本报告中所列数据的统计期限从2023年1月1日至12月31止。") == []


# 政府信息公开工作年度报告的结转件数与热线件数 (2023–2024 reports of 桐乡 and 扶风, /tmp/s49/h7)
def test_a_count_carried_to_next_year_is_named_by_its_carrying():
    """31件 before 结转到2025年度继续办理 was named 办结, the figure before's name."""
    text = "2024年全市共收到依申请件927件，上年结转34件，办结930件，31件结转到2025年度继续办理。"
    assert one(text, "31件").metric == "结转到2025年度继续办理"


def test_a_count_after_a_hotlines_number_and_name_is_a_claim():
    """12345市民热线6963件 was dropped as the hotline's own number."""
    text = "全年共受理答复“县长信箱”网民留言411件、12345市民热线6963件，办结率均为100%。"
    assert [c.text for c in claims_of(text) if c.unit == "件"] == ["411件", "6963件"]


@pytest.mark.parametrize("text, written, metric", [
    # 大丰区's 2023 report (/tmp/s49/h7): carried to a next year it does not name (was 剩余)
    ("全年共办理政府信息公开申请74件，办结71件，剩余3件结转下一年度处理，按期答复率100%。", "3件", "结转下一年度处理"),
    # 扶风县's 2023 and 枞阳县's 2024 reports: 回应 split off as a verb (were 热点 and 负责人)
    ("通过政府网站发布财政资金、涉农资金、重要会议、社会保障等各类信息4116条，热点回应32条。", "32条", "热点回应"),
    ("其中政策文件20件，回应民众关切信息13次，其中负责人回应4次。", "4次", "负责人回应"),
])
def test_disclosure_report_counts_keep_their_rows_names(text, written, metric):
    assert one(text, written).metric == metric
