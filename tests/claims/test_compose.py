"""Metrics composed from more than one span (extract/claims/compose.py): a change verb or comparison the
span ran into is dropped, a share names its part ("X占Y"), a group's figure names the group. Real
sentences of the 2025 work report and the 2020 annual report of 金宇生物; the metric expected is the gold's."""
from __future__ import annotations

import pytest

from extract.claims.metric_model import rules_only
from extract.resources import load_tsv

from .sentences import by_text, claims_of, metric_of, one


# 指标后的变化动词、副词、比较不算指标 (what the span ran into before the number)
@pytest.mark.parametrize("text, written, metric", [
    ("民生保障扎实稳固，居民人均可支配收入实际增长5.1%，脱贫攻坚成果巩固拓展。", "5.1", "居民人均可支配收入"),
    ("就业、物价总体平稳，城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。", "0.2", "居民消费价格"),
    ("主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤。", "1.4", "粮食产量"),
])
def test_words_before_the_number_are_trimmed(text, written, metric):
    assert metric_of(text, written) == metric


# 占比：部分与整体 (a share names its part: in its clause, or the figure before the clause)
@pytest.mark.parametrize("text, written, metric", [
    ("加快数字中国建设，数字经济核心产业增加值占国内生产总值比重达到10%左右。", "10%", "数字经济核心产业增加值占国内生产总值比重"),
    ("推进新能源开发利用，非化石能源发电量占总发电量的比重接近40%。", "40%", "非化石能源发电量占总发电量的比重"),
    ("全年研发投入2.07亿元，同比增长35.30%，占营业收入的比重达到13.09%。", "13.09", "研发投入占营业收入的比重"),
    ("前五名客户销售额27,614.37万元，占年度销售总额18.20%；", "18.20", "前五名客户销售额占年度销售总额"),
])
def test_share_names_its_part(text, written, metric):
    assert metric_of(text, written) == metric


# 分组的数字：某产业/某类企业实现的数字 (a group's figure, carried to the next clauses)
def test_group_figure_names_the_group():
    text = ("2019年，全国1632家（不完全统计）兽药生产企业完成生产总值552.88亿元，销售额503.95亿元，同比增长9.8%，"
            "行业持续发展。")
    claims = {c.text: c.metric for c in claims_of(text)}
    assert claims["552.88亿元"] == "兽药生产企业生产总值"
    assert claims["503.95亿元"] == "兽药生产企业销售额"
    assert claims["9.8%"] == "兽药生产企业销售额"


def test_the_company_itself_is_not_a_group():
    text = "报告期内，公司实现营业收入15.82亿元，同比增长40.39%。"
    assert metric_of(text, "15.82") == "营业收入"


def test_every_lexicon_example_is_a_real_sentence_that_composes():
    rows = [row for row in load_tsv("lexicons/metric_compose.v1.tsv") if len(row) >= 3 and row[2]]
    assert rows
    for kind, word, example in rows:
        assert word in example, (kind, word)
        assert claims_of(example), example


# 级别限定词属于指标 (a level qualifier before what is counted), 名次前的"第"不属于指标
@pytest.mark.parametrize("text, written, metric", [
    ("2023年，中特高项目完成标志性成果1873项，其中新增国家级以上高层次成果55项。", "55", "国家级以上高层次成果"),
    ("1.2023年中国科教评价网发布的中国高职院校竞争力排行29名、东北地区第1名，ABC中国高职院校排行榜排名38名。", "1名", "东北地区"),
])
def test_level_qualifier_and_ordinal(text, written, metric):
    assert metric_of(text, written).endswith(metric)      # 新增 before it is the model's choice (golds differ)


# 整体中的部分 (a part named after 中 keeps the amount it is part of, 在…中 aside: the 2020 annual report's gold, was
# 关联方销售额)
def test_a_part_named_after_zhong_keeps_its_whole():
    text = "前五名客户销售额27,614.37万元，占年度销售总额18.20%；其中前五名客户销售额中关联方销售额0万元，占年度销售总额0%。"
    assert metric_of(text, "0万元") == "前五名客户销售额中关联方销售额"
    assert metric_of("且长春职业技术学院在全国205所参赛院校中获奖总数并列第一；", "一") == "获奖总数"


# 账户中的股份 (what an account holds keeps the account: the 2023 annual report summary on page 8 of corpora/real/
# company_report_pages_sample.txt, its lines joined; was 股份数)
def test_what_an_account_holds_keeps_the_account():
    text = ("1、公司拟向全体股东每10股派发现金红利8元(含税)。截至2023年12月31日,公司总股本112,124,537股,扣除公司回购专用证券"
            "账户中股份数249,784股后的股本111,874,753股为基数,以此计算合计拟派发现金红利89,499,802.40元(含税)。")
    assert metric_of(text, "249,784").endswith("回购专用证券账户中股份数")


# 批次属于所计之物 (the batch written right before a count belongs to what it counts: seed 003's dev half and the ESG
# train split, were 国家级市域产教联合体, 党建品牌)
@pytest.mark.parametrize("text, written, metric", [
    ("2023年，长春汽车产业集群产教联合体入选首批28个国家级市域产教联合体。", "28", "首批国家级市域产教联合体"),
    ("旗下物产中大电缆入选浙江省第三批27家雄鹰行动培育企业名单", "27家", "第三批雄鹰行动培育企业名单"),
])
def test_a_batch_before_a_count_belongs_to_what_it_counts(text, written, metric):
    assert metric_of(text, written) == metric


# 括注的比较数与前一个数同指标；币种不是指标 (a bracketed comparative measures what the figure before it does)
@pytest.mark.parametrize("text, written, metric", [
    ("于2020年12月31日，本公司尚未使用的银行借款额度为0.00万元（2019年12月31日：14,742.00万元）。", "14,742.00", "银行借款额度"),
    ("截至2020年11月8日止，本公司已收到全部激励对象缴纳的股权激励款人民币91,673,400.00元，均以货币出资。", "91,673,400.00", "股权激励款"),
])
def test_bracketed_comparative_and_currency(text, written, metric):
    assert metric_of(text, written).endswith(metric)


# 前N名、N大 (a top-N qualifier belongs to the metric; 大 of "三大" belongs to the count)
@pytest.mark.parametrize("text, written, metric", [
    ("前五名客户销售额27,614.37万元，占年度销售总额18.20%；", "27,614.37", "前五名客户销售额"),
    ("公司拥有兽医生物制品重点实验室三大国家级重点实验室。", "三", "国家级重点实验室"),
])
def test_top_n_and_counter(text, written, metric):
    assert metric_of(text, written) == metric


# 比例的限定词、连续的占比、作者自称 (金宇生物 2020 年报)
@pytest.mark.parametrize("text, expected", [
    ("自首次授予登记完成之日起48个月内的最后一个交易日当日止，解锁比例分别为30%、40%、30%。",
     {"30%": "解锁比例", "40%": "解锁比例"}),
    ("本报告期末，公司合并资产总额为6,278,282,683.24元，资产负债率为16.17%。",
     {"6,278,282,683.24元": "合并资产总额", "16.17%": "资产负债率"}),
])
def test_share_word_run_and_author(text, expected):
    found = {c.text: c.metric for c in claims_of(text)}
    assert {k: found[k] for k in expected} == expected


def test_planned_amount_metric_leaves_out_the_plan_verb():
    text = "今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。"
    assert metric_of(text, "4%") == "赤字率"


# 分别为a、b和c：列表中的数与前一个数同指标 (a list member measures what the figure before it does;
# the bug: the last member took "亿元和" / "分别为24.12、23.52元和" as its metric). 鼎泰新材重组预案.
@pytest.mark.parametrize("text, expected", [
    ("根据《盈利预测补偿协议》，业绩承诺人承诺本次重大资产重组实施完毕后，顺丰控股在2016年度、2017年度及2018年度实现的"
     "扣除非经常性损益后归属于母公司所有者的净利润分别不低于21.8亿元、28亿元和34.8亿元。",
     {"28亿元": "扣除非经常性损益后归属于母公司所有者的净利润", "34.8亿元": "扣除非经常性损益后归属于母公司所有者的净利润"}),
    ("顺丰控股的优质服务同样带来产品的溢价，2013年、2014年和2015年度，顺丰控股快递业务平均单价分别为24.12、23.52元和23.81元，"
     "远高于行业平均水平。",
     {"23.52元": "快递业务平均单价", "23.81元": "快递业务平均单价"}),
    ("2015年12月31日、2014年12月31日及2013年12月31日，顺丰控股劳务派遣用工占总用工人数（自有员工及派遣员工合计）"
     "比例分别为28.01%、40.85%及42.69%。",
     {"28.01%": "顺丰控股劳务派遣用工占总用工人数（自有员工及派遣员工合计）比例",
      "42.69%": "顺丰控股劳务派遣用工占总用工人数（自有员工及派遣员工合计）比例"}),
])
def test_list_member_measures_what_the_first_does(text, expected):
    found = {c.text: c.metric for c in claims_of(text)}
    assert {k: found[k] for k in expected} == expected


# 从A增加到B：终点与起点同指标 (the end point of "X从A增加到B" measures X; it took "万人迅速")
def test_from_to_end_point_measures_the_same():
    text = "中国网购人数从2007年的不到5,000万人迅速增加到2015年的3.13亿人，网民使用网络购物的比例达到60.00%，网络购物日益普及。"
    found = {c.text: (c.metric, c.period) for c in claims_of(text)}
    assert found["3.13亿人"] == ("中国网购人数", "2015年")
    assert found["不到5,000万人"] == ("中国网购人数", "2007年")


# 扣非归母净利润 is not 净利润: the attribution and deduction words before a profit stay (鼎泰新材重组预案; ESG train rows)
@pytest.mark.parametrize("text, written, metric", [
    ("加回该因素后，2013年度、2014年度和2015年度以可比口径计算的扣除非经常性损益后归属于母公司所有者的净利润分别为18.90亿元、"
     "9.20亿元和16.23亿元，与本次交易中2016年度、2017年度和2018年度业绩承诺相关数据口径一致。",
     "16.23亿元", "以可比口径计算的扣除非经常性损益后归属于母公司所有者的净利润"),
    ("2022年公司实现营业收入171.43亿元，实现归属于上市公司股东扣除非经常损益的净利润14.19亿元。",
     "14.19亿元", "归属于上市公司股东扣除非经常损益的净利润"),
])
def test_attributable_profit_keeps_its_qualifiers(text, written, metric):
    assert metric_of(text, written) == metric


# 指标不以情态词、副词结尾，不以用途词开头 (…直径已, …速度需, 对应PE): wherever the span stands
@pytest.mark.parametrize("text, written, metric", [
    ("“十三五”时期，国内生产总值每年平均增长速度需保持在6.5%以上。", "6.5%", "国内生产总值平均增长速度"),
    ("预计公司2022-2024年归母净利润4.7、7.2、9.3亿元，对应PE 30、20、15倍，维持“增持”评级。", "15倍", "PE"),
    ("金刚线母线直径已由2016年的80um降至2022年上半年的36、38、40um，此外高线速、柔性化和智能化等均是金刚线及切片技术进步方向。",
     "80um", "金刚线母线直径"),
    ("对于非货币性资产的政府补助，按照公允价值计量；公允价值不能够可靠取得的，按照名义金额1元计量。", "1元", "名义金额"),
])
def test_modal_ending_and_use_opening_are_dropped(text, written, metric):
    assert metric_of(text, written) == metric


# 指标从词的边界开始 (a span opening inside 目前 starts after it; the bug gave 前36线单GW切割线耗)
def test_span_opens_on_a_word_boundary():
    assert metric_of("目前36线单GW切割线耗约50万公里，较38线提升约30%。", "50万公里") == "36线单GW切割线耗"


# 量词后的名词是被计数的东西，不取前一分句的指标 (each count of a list counts its own object; the bug gave 股东大会
# to all three, and 召开2次股东大会 with a figure inside); the verb that holds the meetings is no part of what is
# counted, as 开展 and 组织 are not in the reference gold (开展非学历培训项目114项 -> 非学历培训项目) — 金宇生物 2020 年报
def test_each_count_counts_the_object_after_its_classifier():
    found = [(c.text, c.metric) for c in claims_of("报告期内公司召开2次股东大会，5次董事会，5次监事会。")]
    assert found == [("2次", "股东大会"), ("5次", "董事会"), ("5次", "监事会")]


# 四大系列: 大 is the count's, 系列 what is counted (the metric was 大)
def test_counter_da_gives_the_counted_noun():
    text = "公司主要从事兽用生物制品的研发、生产与销售，产品种类涵盖猪、禽、反刍和宠物类四大系列百余种产品。"
    assert metric_of(text, "四") == "系列"


# "1000 m³": a space between a number and its unit (PDF text) does not lose the unit
def test_unit_after_a_space():
    found = [(c.text, c.metric, c.unit) for c in claims_of("调节池容积为1000 m³、事故应急池容积为500 m³。")]
    assert found == [("1000 m³", "调节池容积", "m³"), ("500 m³", "事故应急池容积", "m³")]


# 资产总计 is a statement item, not 资产 "in total" (金宇生物 2020 年报, 主要控股参股公司)
def test_statement_total_keeps_its_name():
    text = "2020年12月末资产总计285,087万元，净资产228,716万元。"
    assert [(c.text, c.metric) for c in claims_of(text)] == [("285,087万元", "资产总计"), ("228,716万元", "净资产")]


# 没有标点的文本 (ESG train rows): the words right after a figure that run into the next number name that number
@pytest.mark.parametrize("text, expected", [
    ("科研创新公司研发投入共计7124.27万元公司研发人员344人有效发明专利18项实用新型专利67项软件著作权40项。",
     {"18项": "有效发明专利", "67项": "实用新型专利"}),
    ("3.4关键绩效报告期内健康元实现营业收入171.43亿元支付员工工资22.61亿元归母净利润15.03亿元捐赠资金及物品1211.7万元"
     "创造税收16.68亿元。",
     {"15.03亿元": "归母净利润", "16.68亿元": "税收"}),
    # the next figure's words run into it past a bound word (受众超4.4亿人次)
    ("我们打通线上线下渠道创新开展金融知识普及2022年共开展消保宣传活动21715次受众超4.4亿人次",
     {"21715次": "宣传活动", "超4.4亿人次": "受众"}),
    # … or past a copula, in text that lost its punctuation (and a lost % after 百分比…达到/皆在 is restored)
    ("全国垃圾随手拍次数突破83622次点亮小区达47197个累计覆盖城市达337个", {"突破83622次": "次数", "47197个": "小区"}),
    ("2022年上海电气的培训总投入为10455万元培训覆盖不同职级员工其中高层员工培训百分比达到100中层及普通员工培训百分比皆在97"
     "以上平均覆盖率为98.56", {"100": "高层员工培训百分比", "97以上": "中层及普通员工培训百分比", "98.56": "平均覆盖率"}),
])
def test_glued_figures_take_the_words_before_them(text, expected):
    found = {c.text: c.metric for c in claims_of(text)}
    # the words before the figure, never the next figure's nor one holding another figure (创造 is the model's call)
    assert all(found[k].endswith(v) and not any(ch.isdigit() for ch in found[k]) for k, v in expected.items()), found


# … unless only the author stands before it: "全行1.4万个网点30余万名员工" counts 网点 (ESG train row; was 全行)
def test_glued_count_after_the_author_counts_its_noun():
    text = ("在3.15消费者权益保护宣传周守住钱袋子金融教育宣传月等金融知识普及活动中全行1.4万个网点30余万名员工积极参与开展线上线下"
            "活动超16.4万场")
    found = {c.text: c for c in claims_of(text)}
    assert (found["1.4万个"].metric, found["1.4万个"].subject) == ("网点", None)


# … also an amount after an amount: a label that ends with a verb (投入) before it is its name, not the next label
def test_glued_amount_after_an_amount_takes_the_label_before_it():
    text = ("5655与善同行履行企业社会责任关键绩效公益慈善捐赠总投入4705.66万元乡村振兴投入87万元志愿服务参与2400人次人福医药携手旗下子公司"
            "坚持与善同行")
    assert {c.text: c.metric for c in claims_of(text)}["87万元"] == "乡村振兴投入"      # was 志愿服务


# … nor only a verb: "可办可查可预约8000余个政务服务事项2022亮点…" counts 政务服务事项 (ESG train row; was 可办可查可)
def test_glued_count_after_a_verb_counts_its_noun():
    text = "公租房管理信息系统拓展至330个城市开业运营长租社区超过200个可办可查可预约8000余个政务服务事项2022亮点聚焦8学思践悟笃行致远"
    assert {c.text: c.metric for c in claims_of(text)}["8000余个"] == "政务服务事项"


# 2025 政府工作报告: a state word qualifies the noun (优良天数比例), and 再 before a change verb is no part of a metric
@pytest.mark.parametrize("text, written, metric", [
    ("地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%。",
     "87.2%", "优良天数比例"),
    ("地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%。",
     "90.4%", "地表水优良水质断面比例"),
    ("城乡居民基础养老金最低标准再提高20元，适当提高退休人员基本养老金。", "20元", "城乡居民基础养老金最低标准"),
])
def test_state_words_and_again(text, written, metric):
    assert metric_of(text, written) == metric


# 金宇生物 2020 年报: 最低应 is no part of the share; 年 of 近20年 is the duration's, not the metric's
@pytest.mark.parametrize("text, written, metric", [
    ("（1）公司发展阶段属成熟期且无重大资金支出安排的，进行利润分配时，现金分红在本次利润分配中所占比例最低应达到80%；",
     "80%", "现金分红在本次利润分配中所占比例"),
    ("公司聚焦动保主业深耕发展，近20年动物疫苗累计收入逾140亿元。", "140亿元", "动物疫苗累计收入"),
])
def test_floor_words_and_duration_counter(text, written, metric):
    assert metric_of(text, written) == metric


# 鼎泰新材重组预案: the changes after 分别 change the figures before them, in order; a metric of an earlier clause
# with another figure between is not this number's; a source word is no metric; 票/小时 is a unit
@pytest.mark.parametrize("text, expected", [
    ("2015年，我国快递市场业务量达到206.67亿件，业务收入达到2,769.60亿元，分别比上年增长48.0%和35.4%。",
     {"48.0%": "快递市场业务量", "35.4%": "业务收入"}),
    ("过去十年，我国网络购物市场高速增长，年均增长率超过70%，2015年我国网络购物市场交易规模已达到3.8万亿。",
     {"3.8万亿": "网络购物市场交易规模"}),
    ("大大提升分拣效率（顺丰控股采购的单层自动分拣机的处理量一般为20,000票/小时，双层自动分拣机的处理量一般为40,000票/小时）。",
     {"20,000票/小时": "单层自动分拣机的处理量", "40,000票/小时": "双层自动分拣机的处理量"}),
])
def test_respectively_across_figures_and_sources(text, expected):
    found = {c.text: c.metric for c in claims_of(text)}
    assert {k: found[k] for k in expected} == expected


def test_a_source_word_is_no_metric():
    metric = metric_of("据统计，60%—70%的网络购物需要依靠快递给予支撑和保障。", "60%")
    assert metric and metric != "据统计" and len(metric) >= 2


# 1金5银: a figure without a unit is named by the word after it, even when the next figure follows (seed 000)
def test_medal_counts_keep_their_word():
    found = [(c.text, c.metric) for c in claims_of("参加由俄罗斯教育部举办的“职业达人”职业技能大赛，摘获1金5银。")]
    assert found == [("1", "金"), ("5", "银")]


# N%的…税率: a percentage followed by 的 and a rate is that rate (金宇生物 2020 年报, 税项)
@pytest.mark.parametrize("text, written, metric", [
    ("辽宁益康属于高新技术企业，经辽阳市太子河区地方税务局批准享受15%的企业所得税优惠税率。", "15%", "企业所得税优惠税率"),
    ("对本年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。", "20%", "企业所得税税率"),
])
def test_percentage_of_a_named_rate(text, written, metric):
    assert metric_of(text, written) == metric


# 公司X占Y: the author's word before the part is dropped, the part stays (金宇生物 2020 年报)
def test_share_part_after_the_authors_word():
    assert metric_of("报告期内，公司主营业务生物制药收入占营业收入95.93%。", "95.93%") == "主营业务生物制药收入占营业收入"


# 金宇生物 2020 年报: 禽用/猪用 qualify what is measured; "所占比例" names its whole (占比 alone does not)
@pytest.mark.parametrize("text, written, metric", [
    ("其中，禽用生物制品销售额61.61亿元，同比增加36.25%，猪用生物制品销售额40.62亿元，同比减少31.40%。", "40.62亿元",
     "猪用生物制品销售额"),
    ("（1）公司发展阶段属成熟期且无重大资金支出安排的，进行利润分配时，现金分红在本次利润分配中所占比例最低应达到80%；", "80%",
     "现金分红在本次利润分配中所占比例"),
])
def test_use_prefix_and_share_of_a_whole(text, written, metric):
    assert metric_of(text, written) == metric


# 完成/上涨 close a figure and are no part of what is measured (统计公报: the metric was 财政总收入完成,
# 居民消费价格上涨); a named rate 增长率 is what is measured (人口自然增长率 came out as 人口自然, then 增长率)
@pytest.mark.parametrize("text, written, metric", [
    ("全年财政总收入完成148.87亿元，比上年增长3.5%。", "148.87亿元", "财政总收入"),
    ("全年财政总收入完成148.87亿元，比上年增长3.5%。", "3.5%", "财政总收入"),
    ("据市城市物价抽样调查，居民消费价格比上年上涨1.5%。", "1.5%", "居民消费价格"),
    ("全年全州人口出生率为13‰，死亡率为7.64‰，人口自然增长率为5.36‰。", "5.36‰", "人口自然增长率"),
    ("公司于2021年对金刚线进行“1机12线”技改，技改完成后，公司22年1季度产能712万公里，年化产能超2500万公里。", "2500",
     "年化产能"),
])
def test_closing_verbs_go_and_named_rates_stay(text, written, metric):
    assert metric_of(text, written) == metric


# 重组预案 (鼎泰新材/顺丰控股): a difference is a change of what it compares (评估值的差异 -> 评估值), an action
# after what is counted is not counted (物业公司展开合作 -> 物业公司), 情况 ends no metric, and a rank's name keeps
# 排名 but not the words that place it (指标排名中全部位列 -> 指标排名)
def test_difference_action_and_rank_words():
    text = ("若扣除2013年增资投资者现金投入的78亿元，以及2015年授予实际2016年1月到账的员工持股增资39.22亿元，"
            "两次评估值的差异为80.31亿元，增值率约为32%。")
    claim = next(c for c in claims_of(text) if c.text == "80.31亿元")
    assert (claim.kind, claim.metric) == ("delta", "评估值")
    assert metric_of("截至2015年12月31日，顺丰控股与近3万个合作代办点及超过500个物业公司展开合作。", "500") == "物业公司"
    text = ("2016年2月，国家邮政局发布《2015年快递服务时限准时率测试结果》，对比了行业中10家快递公司全程时限、寄出地处理时限、"
            "运输时限等7个指标情况，顺丰控股在7项指标排名中全部位列第一。")
    found = {c.text: c.metric for c in claims_of(text)}
    assert found["7个"] == "指标" and found["一"] == "指标排名"
    assert metric_of("2014年，中国人均GDP达7,589美元，全球排名第80位，已接近人均GDP 10,000美元的发达国家标准。",
                     "80位") == "全球排名"


# 黔东南州 2016 bulletin (range C): where a rank is placed (全省, 位居全省, 排名全省) is not what is ranked (was 数全省,
# 专利申请总量位居全省, 办理数排名全省)
def test_the_place_of_a_rank_is_not_what_is_ranked():
    text = ("获批“国家专利质押融资试点州”，为贵州省唯一获批地级市州；完成专利申请2641件（其中发明专利1058件），专利授权655件，"
            "专利申请总量位居全省第三；办理专利执法案件376件，办理数排名全省第二。")
    found = {c.text: c.metric for c in claims_of(text)}
    assert (found["三"], found["二"]) == ("专利申请总量", "办理数")
    assert metric_of("新立项省级农业科技园区6个，立项数全省第一；新增国家高新技术企业6家，", "一") == "立项数"


# A count of schools opens a group whose figures follow it (黔东南州 2016 bulletin, range C: was 招生, 在校学生, 毕业生),
# not when the count is one of a list of counts, nor for a total after that list (seed 003, dev part)
def test_a_counted_group_names_the_figures_after_it():
    text = ("全州有高等教育学校3所。其中，本科院校1所，招生3186人，在校学生10210人，毕业生2202人；高等专科学校2所，"
            "招生7134人，在校学生21067人，毕业生4813人。")
    found = {c.text: c.metric for c in claims_of(text)}
    assert (found["3186人"], found["10210人"], found["4813人"]) == ("本科院校招生", "本科院校在校学生", "高等专科学校毕业生")
    siblings = "2023 年，吉林省共有国家示范性高职院校 4 所，省示范骨干院校 7 所，全日制在校生总数 228528 人，专任教师 10333 人。"
    assert metric_of(siblings, "228528") == "全日制在校生总数"
    schools = ("普通高中46所，招生34952人，在校学生103181人，毕业生30406人。普通初中175所，招生58061人，在校学生182169人，"
               "毕业生66578人。")      # the same bulletin's secondary schools: were 招生, 在校学生, 毕业生
    found = {c.text: c.metric for c in claims_of(schools)}
    assert (found["34952人"], found["182169人"]) == ("普通高中招生", "普通初中在校学生")


# A figure inside a span ends it, whatever its unit (金牌26枚、银牌 -> 银牌: the figure-inside rule listed 13 units and
# not 枚), and 以上年度 is no 上年度 (the medals took the period 上年度; 黔东南州 2016 bulletin, range C)
def test_medals_of_a_list_and_their_year():
    text = "我州二级以上运动员增至640人，在省级以上年度冠军赛、锦标赛上获得金牌26枚、银牌36枚、铜牌28枚。"
    found = {c.text: (c.metric, c.period) for c in claims_of(text, year=2016)}
    assert found["36枚"] == ("银牌", "2016年") and found["26枚"] == ("金牌", "2016年")


# 吉林省高职质量年报 (seed 003, dev part): a bare award grade after another grade's figure keeps its level; 大
# after a classifier belongs to what is counted (大国工匠, not 国工匠); a classifier counts the noun before 的
@pytest.mark.parametrize("text, written, metric", [
    ("吉林铁道职业技术学院获得国家一等奖1项、三等奖5项，省级特等奖1项、一等奖5项、二等奖7项、三等奖23项。", "三等奖5项",
     "国家三等奖"),
    ("吉林铁道职业技术学院获得国家一等奖1项、三等奖5项，省级特等奖1项、一等奖5项、二等奖7项、三等奖23项。", "23项",
     "省级三等奖"),
    ("按照省总工会、省教育厅联合开展大国工匠进校园活动安排，组织全国40余位大国工匠走进15所高校、15所中小学校开展系列活动。",
     "40余位", "大国工匠"),
    ("密切保持同全国18个铁路局的紧密联系，采取学院主要领导定期走访。", "18个", "铁路局"),
    ("认定黑龙江省职业教育一流核心课程5门，分别归属5个专业大类，专业覆盖面广。", "5个", "专业大类"),   # seed 000; jieba 大/类
])
def test_award_levels_big_and_the_counted_noun(text, written, metric):
    at = text.index(written)
    found = [c for c in claims_of(text) if at <= c.char_start < at + len(written)]
    assert found and found[-1].metric == metric


# 吉林省高职质量年报 (seed 003): a group defined by a threshold is counted threshold and all (the metric was
# 人的学校); "以X为主，占比…" is the share of X (it was 人的学校占比)
def test_threshold_groups_and_what_dominates():
    text = "在校生超过万人的学校有8所，超过5000人的学校达到22所；生源以高中起点为主，占比达62.52%，中职起点学生占比达10.71%。"
    found = {c.text: c.metric for c in claims_of(text)}
    assert found["8所"] == "在校生超过万人的学校"
    assert found["22所"] == "超过5000人的学校"
    assert found["62.52%"] == "高中起点"


# 2025 政府工作报告: a bracketed code is part of the name (the metric was 平均浓度), 类 names a category inside
# it (家电类, not 商品零售额), a target's metric is what it targets (经济增长, not 经济增长预期目标)
@pytest.mark.parametrize("text, written, metric", [
    ("生态环境质量有新改善，地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%。", "2.7%",
     "地级及以上城市细颗粒物（PM2.5）平均浓度"),     # 地级及以上城市 is one term (生态环境状况公报)
    ("围绕扩大有效需求，扎实推进“两重”建设，加力支持“两新”工作，设备购置投资增长15.7%，家电类商品零售额增长12.3%。",
     "12.3%", "家电类商品零售额"),
    ("提出上述预期目标，综合考虑了国内外形势和各方面因素，兼顾了需要与可能。经济增长预期目标为5%左右，"
     "既是稳就业、防风险、惠民生的需要。", "5%", "经济增长"),
])
def test_codes_categories_and_targets(text, written, metric):
    assert metric_of(text, written) == metric


def test_a_version_number_is_no_claim():
    assert claims_of("持续扩大面向全球的高标准自由贸易区网络，推动签署中国－东盟自贸区3.0版升级协定。") == []


# ESG 报告句 (train rows): a company named after a count is not what it counts (the metric was
# 中储恒科物联网系统有限公司); a counted noun with an organisation ending still is (超过500个物业公司)
def test_a_company_after_a_count_is_not_counted():
    text = ("科研创新公司研发投入共计7124.27万元公司研发人员344人有效发明专利18项实用新型专利67项软件著作权40项"
            "中储恒科物联网系统有限公司拥有一批核心自主知识产权")
    assert metric_of(text, "40项") == "软件著作权"
    assert metric_of("截至2015年12月31日，顺丰控股与近3万个合作代办点及超过500个物业公司展开合作。", "500") == "物业公司"


# 券商研报 (德邦证券 on 高测股份): what a plant produces per year follows its figure (年产4,000万千米金刚线产能; the
# metric was 计划建设年产); 光伏 is one word (jieba read 1-5月光伏 as 月光/伏)
@pytest.mark.parametrize("text, written, metric", [
    ("•事件：公司拟与壶关县人民政府签署的《壶关年产12000万千米金刚线项目投资协议书》，项目一期计划建设年产4,000万千米金刚线"
     "产能，预计一期总投资额约6.66亿元。", "4,000", "金刚线产能"),
    ("光伏金刚线需求22年提升源于两方面：1）2022年光伏产业链景气度高涨，1-5月光伏装机同比+24.4%，带动产业链各环节开工率提升。",
     "24.4%", "光伏装机"),
])
def test_yearly_output_and_solar(text, written, metric):
    assert metric_of(text, written) == metric


# 哈尔滨职业技术学院质量年报 (seed 000, dev part): a survey rating keeps what was rated, from 对 (the metric was
# 母校人才培养工作的综合满意度; 服务工作的综合满意度)
def test_a_rating_keeps_what_was_rated():
    text = ("毕业生对母校人才培养工作的综合满意度为98.49%，对母校就业服务工作的满意度为98.33%；用人单位对2023届毕业生的总体"
            "满意度为99.22%，对学校人才培养工作、招聘和就业服务工作的综合满意度均高达100%。")
    found = {c.text: c.metric for c in claims_of(text)}
    assert found["98.49%"] == "对母校人才培养工作的综合满意度"
    assert found["100%"] == "对学校人才培养工作、招聘和就业服务工作的综合满意度"


# 金宇 2020 附注 (库存股, 资本公积): a bracketed other name after a statement item is part of its metric, which
# also ties the figure to the item's own row (it was tied to 合计)
@pytest.mark.parametrize("text, written, metric", [
    ("本期库存股（回购股份）增加10,026,321.51元，本公司第九届董事会第十五次会议、2018年第二次临时股东大会审议通过"
     "《关于以集中竞价交易方式回购股份的议案》。", "10,026,321.51", "库存股（回购股份）"),
    ("本期资本公积（其他资本公积）增加5,660,600.52元。", "5,660,600.52", "资本公积（其他资本公积）"),
])
def test_a_bracketed_other_name_belongs_to_the_item(text, written, metric):
    assert metric_of(text, written) == metric


# 券商研报: a verb between the words before a figure and the figure does not keep the noun after it from being
# what is measured (有望实现超20GW切割代工产能: the rules' metric was 有望 once 实现 closed figures)
def test_the_noun_after_a_verb_run():
    with rules_only():
        assert metric_of("22年底公司有望实现超20GW切割代工产能。", "20GW") == "切割代工产能"


# seed 000 (dev part): a rate whose own name repeats its population drops it (毕业生毕业去向落实率 -> 毕业去向落实率);
# one that does not keeps it (毕业生本省去向落实率, seed 003's gold)
@pytest.mark.parametrize("text, written, metric", [
    ("2023届毕业生毕业去向落实率保持在83.31%，较上届提升1.54个百分点，就业大局整体稳定。", "83.31%", "毕业去向落实率"),
    ("毕业生本省去向落实率73.51%，较上一年度增长4.6%。", "73.51%", "毕业生本省去向落实率"),
])
def test_a_population_the_rate_repeats(text, written, metric):
    assert metric_of(text, written) == metric


# 年份后的分组：时间不是分组名 (a group named after a year: the year's 年 is no part of it)
def test_a_year_does_not_open_a_group():
    text = "2022年公司所属企业完成废气综合达标率99.5%的目标任务"     # ESG sentences, train split, '%' restored
    assert metric_of(text, "99.5") == "废气综合达标率"


# 有N%的X…：百分数后面的才是指标 (a share no metric precedes measures what follows its 的)
@pytest.mark.parametrize("text, written, metric", [
    ("据统计，60%—70%的网络购物需要依靠快递给予支撑和保障。", "60", "网络购物需要依靠快递给予支撑和保障"),
    ("2022年海尔智家有74%左右的产品采购来自本地供应商", "74", "产品采购来自本地供应商"),
])
def test_a_share_measures_what_follows_its_de(text, written, metric):
    assert metric_of(text, written) == metric


# 月平均、年资助：按月、按年的数字带着它的时间单位 (a figure per month or year names that unit; an earlier
# number's 月 does not: "1-5月光伏装机")
@pytest.mark.parametrize("text, written, metric", [
    ("用人单位为2023届毕业生提供的月平均薪资为4311.44元。", "4311.44", "月平均薪资"),         # seed 000, dev part
    ("本年度资助学生1.5万余人次、年资助金额2259.9余万元，其中勤工助学资助学生数较上年增加了487人次，增幅达280%。", "2259.9",
     "年资助金额"),                                                                        # seed 000, dev part
])
def test_a_figure_per_month_or_year_keeps_its_unit_of_time(text, written, metric):
    assert metric_of(text, written) == metric


# X的增长速度：增长的是X (a growth named after 的 is a growth of what precedes it; 净利润增长率 keeps its name)
def test_a_growth_named_after_de_measures_what_grows():
    text = "其中，茶叶产量的增长速度为27.4%，药材产量的增长速度为10.9%，园林水果产量的增长速度为10%。"   # 黔东南州 2016
    assert [metric_of(text, w) for w in ("27.4", "10.9", "10%")] == ["茶叶产量", "药材产量", "园林水果产量"]


# 折算约合：换算的数字与前一个数字同指标 (a figure restating the one before it in another unit)
def test_a_converted_figure_measures_what_the_one_before_does():
    text = "全州人均地区生产总值26858元，比上年增长12.9%，按1月3日汇率折算约合3868美元。"      # 黔东南州 2016
    assert metric_of(text, "3868") == metric_of(text, "26858") == "全州人均地区生产总值"


# 可达：可 是"达"的情态词，不属于指标 (the modal 可 of 可达 is no part of the metric; 许可 keeps its 可)
@pytest.mark.parametrize("text, written, metric", [
    ("本项目建成后，将对目前分散的租赁场地的快件中转功能进行集中，提升江浙沪对开干线的中转效率，预计建成后快件日均处理规模可达"
     "73万件。", "73", "快件日均处理规模"),
    ("本项目建成后，将承接浙江温州龙湾片区快件集散及全区陆运集散的功能，提升温州区快件处理能力，改善中转时效及办公环境等，"
     "预计建成后年快递处理量可达660万件。", "660", "快递处理量"),
])
def test_the_modal_of_reaching_is_no_part_of_the_metric(text, written, metric):
    assert metric_of(text, written) == metric


# 分拣车间一座，建筑面积…：面积是前一分句所数建筑的面积 (a bare area is that of the building the clause before counts)
def test_an_area_after_a_counted_building_is_that_buildings():
    text = ("本项目用地面积为92,046㎡，总建筑面积93,050㎡，主要新建分拣车间一座，建筑面积67,559㎡，主要用于快件分拣；仓库两座"
            "12,946㎡，用于快件仓储；综合楼一座，建筑面积5,836㎡，用于办公及员工住宿，办公楼一座，建筑面积6,193㎡，用于经营办公；"
            "设备用房一处，建筑面积454㎡，用于园区辅助设备运营。")                       # 顺丰 重组预案, 无锡 中转场
    assert [metric_of(text, w) for w in ("67,559", "5,836", "454")] == ["分拣车间建筑面积", "综合楼建筑面积", "设备用房建筑面积"]
    assert metric_of(text, "93,050") == "总建筑面积"


# 5年机械研究经验，1年高端装备产业经验：分句里数字后的名词短语就是它的指标 (a number opening its clause whose whole rest is
# a noun phrase measures that phrase, not the figure before it)
def test_a_clause_that_is_a_number_and_a_noun_measures_the_noun():
    text = ("倪正洋，2021年加入德邦证券，任研究所大制造组组长、机械行业首席分析师，拥有5年机械研究经验，1年高端装备产业经验，"
            "南京大学材料学学士、上海交通大学材料学硕士。")                            # 德邦证券 on 高测股份, 2022
    assert [metric_of(text, w) for w in ("5年", "1年")] == ["机械研究经验", "高端装备产业经验"]


# 其他：报表里"其他业务收入""其他应收款"的"其他"属于指标 (其他 opens a line item; alone it names nothing; 黔东南州 2016)
@pytest.mark.parametrize("text, written, metric", [
    ("教育文化和娱乐价格上涨1.9%，医疗保健价格上涨3.3%，其他用品和服务价格上涨0.6%。", "0.6", "其他用品和服务价格"),   # 黔东南州 2016
    ("其中，医院116个，乡镇卫生院（含社区卫生服务中心）212个，妇幼保健院（所、站）17个，疾病预防控制中心17个，卫生监督所17所，"
     "医学科学研究机构1个，诊所（卫生所、医务室）318个，村卫生室3128个，采供血机构3个，其他卫生机构9个。", "9个", "其他卫生机构"),
])
def test_other_opens_a_line_item(text, written, metric):
    assert metric_of(text, written) == metric


# 股权比例：持有X N%的股权 measures the stake (股权), not the words the clause opens with nor the company held, which
# is who the figure is about (鼎泰新材重组预案 p75, p124; its gold, README sections A6, A8, A10: was 顺丰集团股权)
@pytest.mark.parametrize("text, written, metric", [
    ("2010年8月30日，顺丰速运（中国）有限公司与王卫、泰海投资签订《股权转让协议》，经协商一致，顺丰速运（中国）有限公司"
     "将所持有的顺丰集团99%的股权转让给王卫，将所持有的顺丰集团1%的股权转让给泰海投资。", "99%", "股权"),
    ("2013年11月14日，上述股权转让完成工商变更登记手续，顺丰控股有限持有顺丰商业100%股权。", "100%", "股权"),
    ("2016年4月26日，王卫、于国强与林哲莹签订《股权转让协议》，经协商一致，王卫将其所持明德控股0.09%的股份转让给林哲莹",
     "0.09%", "股份"),
])
def test_equity_stake_is_the_stake(text, written, metric):
    assert metric_of(text, written) == metric


# 出资额：将其N万元出资额转让给… measures the holding (出资额), not the verb before the amount (鼎泰新材重组预案 p92, p97;
# README A18: 将其, 同意将其, 并将其, 限公司将其)
TRANSFERS = ("2014年4月20日，古玉秋创作出变更决定，同意古玉投资管理（北京）有限公司将其500万元出资额转让给苏州古玉浩庭股权投资管理"
             "合伙企业（有限合伙），将其3,500万元出资额转让给苏州风铃股权投资管理合伙企业（普通合伙）；同意古玉资本管理有限公司将其"
             "2,000万元出资额转让给上海锦富投资管理有限公司。")


@pytest.mark.parametrize("text, written", [
    (TRANSFERS, "500万元"), (TRANSFERS, "3,500万元"), (TRANSFERS, "2,000万元"),
    ("2016年1月27日，顺达丰润作出变更决定，同意深圳市博资创新管理有限公司增加39.22万元出资额，作为普通合伙人并担任执行事务合伙人。",
     "39.22万元"),
])
def test_amount_of_a_holding_measures_the_holding(text, written):
    assert metric_of(text, written) == "出资额"


# 出资方的注册名称是主体，不是指标 (a company's registered name is who contributes, not what is measured; 鼎泰新材重组预案 p92)
def test_registered_company_name_is_not_part_of_the_metric():
    text = ("古玉秋创成立于2013年8月30日，认缴出资额为50,000万元，古玉投资管理（北京）有限公司出资4,000万元，"
            "占认缴出资额的8%；古玉资本管理有限公司出资16,000万元，占认缴出资额的32%。")
    assert [(c.text, c.metric) for c in claims_of(text) if c.text in ("4,000万元", "16,000万元")] == [
        ("4,000万元", "出资"), ("16,000万元", "出资")]


# 主体不在指标里 (the organisation a figure is about is its subject, not part of its metric; 鼎泰新材重组预案 p136, p118)
def test_subject_is_not_part_of_the_metric():
    text = ("顺丰控股（集团）股份有限公司（以下简称“顺丰控股”）是国内领先的快递物流综合服务商。截至2016年3月1日，"
            "顺丰控股劳务派遣用工占总用工人数的比例为6.35%，符合相关法律法规要求。")
    assert [(c.metric, c.subject) for c in claims_of(text)] == [("劳务派遣用工占总用工人数的比例", "顺丰控股")]


# 币种不是指标 (a currency names no metric: 累计实收资本（股本）为人民币2,000,000,000元)
def test_currency_after_a_copula_takes_the_name_before_it():
    text = ("2016年2月5日，普华永道中天会计师事务所（特殊普通合伙）出具普华永道中天验字（2016）第001号《验资报告》，验证截至2016年1月29日，"
            "顺丰控股收到新股东顺达丰润、顺信丰合缴纳的新增注册资本合计人民币200,000,000元，变更后的注册资本为人民币2,000,000,000元，"
            "累计实收资本（股本）为人民币2,000,000,000元。")
    assert [c.metric for c in claims_of(text)][-1] == "累计实收资本（股本）"


# 台数与规格 (a count written before its item's size counts the item: 金宇生物 2020 年报 环境信息), and domain
# terms the segmenter must keep whole (能繁母猪 — 国家统计局; 税前折现率 — 企业会计准则)
@pytest.mark.parametrize("text, written, metric", [
    ("公司技术产业园区生产用蒸汽及采暖用汽由园区丰华供热公司提供，并自备6台4蒸吨天然气锅炉。", "6台", "天然气锅炉"),
    ("2020年末全国生猪存栏量4.07亿头，同比增长31%，能繁母猪存栏量4161万头，同比增长35%。", "4161", "能繁母猪存栏量"),
    ("计算未来现金流现值所采用的税前折现率为14.59%，已反映了相对于有关分部的风险。", "14.59", "税前折现率"),
])
def test_count_before_a_size_and_whole_domain_terms(text, written, metric):
    assert metric_of(text, written) == metric


# 对价：以N元受让/认购/转让 measures the transaction after the price, not the buyer before it (鼎泰新材重组预案 p127)
def test_price_paid_measures_the_transaction_after_it():
    text = ("2015年9月25日，顺丰控股有限股东会作出决议，同意将商贸控股100%股权以人民币10元转让，"
            "其中明德控股以7.6元受让76%的股权、嘉强顺风以0.75元受让7.5%的股权。")
    assert [(c.text, c.metric) for c in claims_of(text) if c.unit == "元"] == [
        ("10元", "转让"), ("7.6元", "受让"), ("0.75元", "受让")]


# 名词短语不跨进下一个数字的词 (a noun phrase after a count stops at the verb of the next figure's words; ESG 句子无标点)
def test_noun_after_a_count_stops_before_the_next_figures_verb():
    assert metric_of("完成了5个小微创新项目取得实用新型专利1个新申报并受理专利3个", "5个") == "小微创新项目"


# 银行业术语 (banking terms the segmenter must keep whole: 分行/支行 are branches, not 分行 "a line break";
# 拨备覆盖率, 成本收入比 — 国家金融监督管理总局's indicators; ESG sample: 截至2022年末本行有109家分行及11…)
def test_bank_branches_and_supervision_ratios_stay_whole():
    assert metric_of("截至2022年末本行有109家分行及11家子公司", "109家") == "分行"
    assert metric_of("本集团成本收入比27.9%，同比上升0.6个百分点。", "27.9%") == "成本收入比"


# 同一句中同一事物在两个动词下计数：动词区分两数，留在指标里 (granted vs accepted patents)
def test_a_verb_that_tells_two_counts_apart_stays():
    text = ("从显性研发成果来看：获得发明专利9项、实用新型3项，受理发明专利12项，实用新型1项，完成国际专利申请1项；"
            "获批新兽药证书3个，获批产品批准文号6个。")
    metrics = [c.metric for c in claims_of(text)]
    assert metrics[:4] == ["获得发明专利", "获得实用新型", "受理发明专利", "受理实用新型"]
    assert metrics[5] == "新兽药证书"      # counted once: the verb tells nothing apart


# 并列计数各数各自的名词 (each count of a list counts its own noun, even one the segmenter tags a verb)
def test_each_count_of_a_list_counts_its_own_noun():
    text = "5.组建乐业工程师学院，确定设立13个首批建设项目和9个试点班。"
    assert [c.metric for c in claims_of(text)] == ["首批建设项目", "试点班"]


# 台数之后的"总动力"是那类机械的 (a bare total power after a count of machines is theirs: the bulletin's 农业机械)
def test_a_total_power_after_a_count_of_machines_is_theirs():
    text = ("全州有大中型拖拉机9200台，小型拖拉机5212台；农用排灌动力机械57115台，总动力25万千瓦；农用水泵57115台；"
            "农用运输车9400台；耕整机14.26万台，总动力85.58万千瓦。")
    claims = {c.text: c.metric for c in claims_of(text)}
    assert claims["25万千瓦"] == "农用排灌动力机械总动力"
    assert claims["85.58万千瓦"] == "耕整机总动力"


# 量词后的名词是所计之物，其后的动宾是谓语 (the noun after a classifier is what is counted; a verb and object after it
# are the predicate: seed 000's 联合95家单位推进…, the reference gold's own example)
@pytest.mark.parametrize("text, written, metric", [
    ("3.作为牵头院校，联合95家单位推进省级市域产教联合体申报，被省教育厅列入“省首批市域产教联合体培育项目”。", "95", "单位"),
    ("2022年海尔智家已与全国40余家拆解厂签订战略合作协议", "40余家", "拆解厂"),
])
def test_a_verb_after_the_counted_noun_is_its_predicate(text, written, metric):
    assert metric_of(text, written) == metric


# 前一数的单位不是指标 (the unit an earlier figure leaves is no metric: a change written right after a figure is that
# figure's; an ESG train-split sentence gave 万立方米, and read 节 of 节水量 as the unit of 0.42)
def test_a_change_right_after_a_figure_and_its_unit_is_that_figures():
    text = "2022年公司全年新鲜水用量为74688万立方米下降0.42节水量871万立方米"
    found = {c.text: (c.metric, c.unit) for c in claims_of(text)}
    assert found["0.42"] == ("新鲜水用量", "%")
    assert found["871万立方米"] == ("节水量", "立方米")
    with rules_only():
        assert {c.text: c.metric for c in claims_of(text)}["0.42"] == "新鲜水用量"


# 500强是名称的一部分 (a rank unit after an earlier number stays in the name: 中国企业500强, ESG train split)
def test_a_rank_after_an_earlier_number_stays_in_the_name():
    text = "运营26年覆盖智能制造城市运营和智慧民生三大板块位居2021年中国企业500强第249位"
    assert {c.text: c.metric for c in claims_of(text)}["249位"] == "中国企业500强"


# 量词后的括注不挡住所计之物 (a bracketed note after a count's classifier stands before what it counts: the 2020
# annual report's p29 industry statistics gave 全国 and nothing)
def test_a_note_after_a_classifier_stands_before_the_counted_noun():
    text = ("根据中国兽药协会《兽药产业发展报告（2019年度）》调查结果显示，2019年，全国1632家（不完全统计）兽药生产企业完成"
            "生产总值552.88亿元，销售额503.95亿元，同比增长9.8%，行业持续保持增长态势，但竞争格局相对分散。"
            "其中，102家（不完全统计）兽用生药制品企业完成生产总值135.52亿元，实现销售额118.36亿元，同比减少10.95%。")
    with rules_only():
        found = {c.text: c.metric for c in claims_of(text)}
    assert found["1632家"] == "兽药生产企业"
    assert found["102家"] == "兽用生药制品企业"


# 财务报表项目是一个词 (a financial statement's line item is one word: the segmenter cut 应收|票据, 募集|资金 and the
# metric kept the noun alone; the restructuring plan's 顺丰控股 balance paragraph and its 募集资金 sentences)
@pytest.mark.parametrize("text, written, metric", [
    ("截至2015年12月31日，顺丰控股拥有货币资金362,037.33万元，除此之外，顺丰控股理财产品余额为670,649.88万元，应收票据"
     "331.98万元，应收账款399,255.90万元，应收利息611.89万元。", "331.98万元", "应收票据"),
    ("截至2015年12月31日，顺丰控股拥有货币资金362,037.33万元，除此之外，顺丰控股理财产品余额为670,649.88万元，应收票据"
     "331.98万元，应收账款399,255.90万元，应收利息611.89万元。", "611.89万元", "应收利息"),
    ("经中国证券监督管理委员会证监许可[2010]41号文件许可，公司于2010年1月25日公开发行人民币普通股1,950万股，每股面值1.00元，"
     "每股发行价格为人民币32.00元，共募集资金人民币62,400万元，扣除保荐承销费用及其他发行费用后，公司此次募集资金净额为人民币"
     "58,085.07万元。", "58,085.07万元", "募集资金净额"),
])
def test_a_statement_line_item_is_one_word(text, written, metric):
    with rules_only():
        assert metric_of(text, written) == metric


# 报表项目整体是指标 (a line item the clause ends with is the metric whole, though a time word, a bank or a modal
# inside it would be stripped: the restructuring plan's 一年内到期的非流动负债 came out 非流动负债)
def test_a_statement_line_item_keeps_its_time_words():
    text = ("截至2015年末，顺丰控股短期借款658,533.91万元，应付票据19,000.00万元，应付账款309,547.31万元，应付职工薪酬"
            "265,578.79万元，应交税费57,483.67万元，应付利息1,483.68万元，一年内到期的非流动负债为67,294.83万元。")
    with rules_only():
        found = {c.text: c.metric for c in claims_of(text)}
    assert found["67,294.83万元"] == "一年内到期的非流动负债"
    assert (found["57,483.67万元"], found["1,483.68万元"]) == ("应交税费", "应付利息")


# 新增是名称的一部分 (新增 modifies the noun after it and stays in the metric: the 2025 work report's gold keeps
# 可再生能源新增装机 and 新增政府债务总规模; the rules gave 装机 and 政府债务总规模, a leading 合计 is no part of it)
@pytest.mark.parametrize("text, written, metric", [
    ("生态环境质量有新改善，地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，地表水优良水质断面"
     "比例提高到90.4%；单位国内生产总值能耗降幅超过3%；可再生能源新增装机3.7亿千瓦。", "3.7亿千瓦", "可再生能源新增装机"),
    ("今年合计新增政府债务总规模11.86万亿元、比上年增加2.9万亿元，财政支出强度明显加大。", "11.86万亿元", "新增政府债务总规模"),
])
def test_a_new_addition_stays_in_its_name(text, written, metric):
    with rules_only():
        assert metric_of(text, written) == metric


# 总、年均之后的动词是名词 (a verb after 总 or 年均 is a noun: 培训总投入, 农户年均创造经济效益 (seed 000's gold); the
# rules took the verb for the end of a clause and the noun after the figure, or cut the verb away)
@pytest.mark.parametrize("text, written, metric", [
    ("三年来，累计培训8513名乡村人员，农户年均创造经济效益15万元。", "15万元", "农户年均创造经济效益"),
    ("2022年上海电气的培训总投入为10455万元培训覆盖不同职级员工", "10455万元", "培训总投入"),
])
def test_a_verb_after_a_total_word_is_a_noun(text, written, metric):
    with rules_only():
        assert metric_of(text, written).endswith(metric)       # (上海电气的: no 释义 here names the company)


# 次数之后的动词开启下一项 (an event count's following verb opens the next item when another count follows: the ESG
# train-split sentence gave 开展 and 举办 as metrics; "学院两次受邀参加…" still counts 受邀)
def test_a_verb_after_an_event_count_opens_the_next_item():
    with rules_only():
        found = {c.text: c.metric for c in claims_of(
            "开展第一议题学习1243次开展党委中心组学习20次开展专题党课436次举办主题党日活动1184次")}
        assert (found["20次"], found["436次"]) == ("党委中心组学习", "专题党课")
        assert metric_of("学院两次受邀参加中国成人教育协会举办全国316所中高职院校参与的项目交流大会并在会上做经验分享。",
                         "两次") == "受邀"


# 就业去向保留其介词 (an employment destination keeps 到/留在: seed 003's dev gold; the rules gave 当地就业, 基层就业)
def test_an_employment_destination_keeps_its_preposition():
    text = ("其中：留在当地就业 22222 人，较上一年度增长 72.29%；到西部和东北地区就业 34561 人，较上一年度增长 95.63%；"
            "到中小微企业等基层就业 30544 人，较上一年度增长 28.48%；到大型企业就业 9961 人，较上一年度增长 34.54%。")
    with rules_only():
        found = {c.text.replace(" ", ""): c.metric for c in claims_of(text)}
    assert [found[k] for k in ("22222人", "34561人", "30544人", "9961人")] == [
        "留在当地就业", "到西部和东北地区就业", "到中小微企业等基层就业", "到大型企业就业"]


# 分句开头的动词说明数字是哪一种 (a verb opening the clause names what kind of figure it is, unless it is one of the
# leading verbs a metric drops: the 2020 annual report's 帮扶金额 (gold; it was 金额), seed 000's 成立体育类社团15个 and
# 参与国家级项目1项, whose gold drops 成立 and 参与)
@pytest.mark.parametrize("text, written, metric", [
    ("2020年公司党委、工会系统帮扶困难员工9人，帮扶金额共计10万元。", "10万元", "帮扶金额"),
    ("开设了篮球、足球、乒乓球、羽毛球、台球、健美、轮滑等15门选项课程；成立体育类社团15个；组建篮球、足球、健美操、羽毛球等"
     "11支学生运动队。", "15个", "体育类社团"),
    ("累计参与省级以上自然科学基金等研究项目8项，2023年参与国家级项目1项，为龙江地区创新发展提供高品质社会化服务。", "1项",
     "国家级项目"),
])
def test_a_verb_opening_the_clause_names_the_figure(text, written, metric):
    with rules_only():
        assert metric_of(text, written) == metric


# 指标不以"的"开头 (a metric never opens with the 的 that ties it to the words before it: the restructuring plan's
# "的评估值", the ESG sample's "的安全隐患培训")
@pytest.mark.parametrize("text, written, metric", [
    ("本次交易的预估值为448亿元，较2015年的整体变更股份有限公司的评估值353.30亿元有一定增幅。", "353.30亿元", "评估值"),
    ("新员工在网络工程师的带领下进行为期一个月的安全隐患培训，学习并了解公司的网络安全相关知识。", "一个月", "安全隐患培训"),
])
def test_metric_does_not_open_with_de(text, written, metric):
    assert metric_of(text, written) == metric


# 指标不以界限词开头，门槛分组除外 (a bound word opening a metric is the claim's bound, not its name; a threshold group
# keeps it: restructuring plan, seed 003)
@pytest.mark.parametrize("text, written, metric", [
    ("目前，本公司本届董事会实际由7名董事组成，其中独立董事3名，超过董事总人数的1/3。", "1/3", "董事总人数"),
    ("在校生超过万人的学校有8所，超过5000人的学校达到22所；生源以高中起点为主，占比达62.52%。", "22所", "超过5000人的学校"),
])
def test_metric_does_not_open_with_a_bound_word(text, written, metric):
    assert metric_of(text, written).endswith(metric)


# 由N名X组成：数的是名后的X (a count followed by its noun counts that noun, even when the same word opens a longer
# word before the number: restructuring plan, A7 pass; 架 counts aircraft after it)
@pytest.mark.parametrize("text, written, metric", [
    ("目前，本公司本届董事会实际由7名董事组成，其中独立董事3名，超过董事总人数的1/3。", "7名", "董事"),
    ("本次交易前，本公司监事会由3名监事组成，监事会设主席1名，其中1名为职工代表。", "3名", "监事"),
    ("本项目建成后，将在南通机场现有4架全货机的基础上继续增加专机投放和资源投放。", "4架", "全货机"),
])
def test_noun_after_the_count_is_whole(text, written, metric):
    assert metric_of(text, written) == metric


# 共计 is how a total is stated, not its name, also with a currency before the amount (restructuring plan A10 pass:
# 增资款共计, 新增注册资本共计)
def test_metric_does_not_end_with_gongji():
    text = ("普华永道中天会计师事务所（特殊普通合伙）于2016年5月18日出具的普华永道中天特审字（2016）第0071号《复核报告》对本次验资情况"
            "进行了复核，认为，顺丰控股有限于2013年9月11日收到嘉强顺风、招广投资、元禾顺风及古玉秋创缴纳的增资款共计人民币7,800,000,000元，"
            "其中新增注册资本共计人民币16,230,000元，与深圳市长城会计师事务所有限公司的深长（验）字[2013]057号验资报告的审验结果一致。")
    assert (metric_of(text, "7,800,000,000元"), metric_of(text, "16,230,000元")) == ("增资款", "新增注册资本")


# 括注后的币种不是指标 (a currency alone after a bracket names nothing: the noun before the bracket does; restructuring
# plan A10 pass, the metric was 人民币)
def test_currency_after_a_bracket_names_nothing():
    text = ("2014年12月19日，深圳市长城会计师事务所有限公司出具深长验字[2014]084号《验资报告》：经审验，截至2014年12月15日，"
            "顺丰控股有限已将资本公积（股本溢价）人民币73,237.50万元转增股本；变更后的注册资本为人民币80,000.00万元。")
    assert metric_of(text, "73,237.50万元") == "资本公积（股本溢价）"


# 可实现 says what the figure can reach, not what it measures (ESG fifteenth pass)
def test_metric_does_not_open_with_ke_shixian():
    text = ("该项目是珠三角地区首个二氧化碳捕集与碳铵固碳项目，也是国内印染行业的首个CCUS项目，具备1万吨/年烟气二氧化碳捕集与固碳能力，"
            "可实现二氧化碳捕集率大于90%、二氧化碳捕集浓度大于99%，每年减少的二氧化碳排放量相当于植树约9万棵")
    assert metric_of(text, "大于90%") == "二氧化碳捕集率"


# 率 ends a rate's name though jieba tags it a verb: "检测率100有效防控率100" (lost %): each rate is the figure's, not
# the next item's words (ESG thirty-first pass: 有效防控, 职业健康, 健康高危人员)
def test_rate_name_is_no_verb_whose_object_follows():
    text = ("公司将职业病危害因素检测率100有效防控率100职业健康体检率100健康高危人员干预率100作为职业健康管理目标并围绕该目标持续开展"
            "相关健康安全管理行动")
    assert [c.metric for c in claims_of(text)] == ["职业病危害因素检测率", "有效防控率", "职业健康体检率", "健康高危人员干预率"]


# 荣获 is a verb (jieba's dictionary tags it a person's name, so the noun after a count ran on through it), and 套 is a
# classifier whose counted noun follows it (ESG thirty-third pass: 两项成果 measured the listed techniques before it,
# 4套核心装备 the equipment names)
@pytest.mark.parametrize("text, written, metric", [
    ("2022年8月10日海尔智家凭借多模态智能与冰箱发泡技术两项成果荣获中国轻工业联合会科学技术进步奖", "两项", "成果"),
    ("贯穿多品类供应链的公司自研拖缆成套装备海亮海途海燕海源4套核心装备列装海洋石油720船", "4套", "核心装备"),
])
def test_counted_noun_after_classifier_before_a_verb(text, written, metric):
    assert metric_of(text, written) == metric


# 为期N周的X：时长量的是它后面的X (a duration before 的 and a noun is how long that lasts; ESG thirty-ninth pass: 启动了为期
# and 部门的项目制的学习 were the metrics)
@pytest.mark.parametrize("text, written, metric", [
    ("线上技能大练兵活动2022年5月9日公司启动了为期6周的首届职前训练营活动", "6周", "职前训练营活动"),
    ("于2022年11月开展来自各部门的项目制的学习设计三周的学习之旅以线下课程设计开发设", "三周", "学习之旅"),
    ("差异原因主要在于两次评估基准日有3年的间隔，期间顺丰控股的资产规模结构，经营状况、盈利能力及市场情况已发生了改变", "3年",
     "间隔"),
])
def test_a_duration_measures_what_follows_it(text, written, metric):
    assert metric_of(text, written) == metric


# 计的是做成了某事的那些：谓语留在指标里 (a count of things that passed a certification, were rated or selected counts
# the ones that did: 4家 was 单位, 109家 供应商; the 黔东南州 2016 bulletin and the ESG sample); 通过 meaning "by means of"
# adds nothing (通过演练及时发现问题)
@pytest.mark.parametrize("text, written, metric", [
    ("获国家和省科技和知识产权计划项目立项125项，获立项资金5533万元；新增国家火炬特色产业基地、国家级众创空间、省级工程技术研究中心"
     "等科技创新创业平台26个；4家单位入选国家首批“星创天地”，入选数量全省第一；", "4家", "单位入选国家首批“星创天地”"),
    ("截至报告期末集团及下属子公司共有109家供应商通过ISO14001环境管理体系认证共有83家供应商通过ISO45001职业健康安全管理体系认证",
     "83家", "供应商通过ISO45001职业健康安全管理体系认证"),
    # a passive to the clause's end (ESG fifty-eighth pass: was 供应商); one that runs into the next figure adds nothing
    ("2022年总计有18家供应商被违法违规通报12家供应商被列入黑名单", "12家", "供应商被列入黑名单"),
    ("2022年总计有18家供应商被违法违规通报12家供应商被列入黑名单", "18家", "供应商"),
])
def test_a_count_keeps_what_the_counted_achieved(text, written, metric):
    assert metric_of(text, written) == metric


# 出资人：句首的人名是谁出资，不是数字量的什么 (people named where the clause opens, before what they do with money or
# shares, act; the figure measures the act: the restructuring plan's partners and shareholders)
@pytest.mark.parametrize("text, written, metric", [
    ("顺达丰润成立于2015年12月25日，认缴出资额为389,493.82万元，其中，林哲莹、杜浩洋分别出资64,713万元，"
     "各占认缴出资额的16.61%；许志君出资58,830万元，占认缴出资额的15.10%；陈启明出资54,908万元，占认缴出资额的14.10%。",
     "58,830", "出资"),
    ("2013年7月22日，顺丰集团通过股东会决议，同意原股东王卫、于国强以股权增资的方式增加注册资本1,000万元，"
     "其中王卫增资999.9万元，于国强增资0.1万元。", "0.1", "增资"),
    ("2001年12月18日，成兴业运输通过股东会决议，同意原股东以货币资金增加注册资本300万元，"
     "其中深圳市成兴业投资发展有限公司增加270万元，刘景秋增加30万元。", "30万元", "增加"),
])
def test_people_named_before_what_they_do_are_no_part_of_it(text, written, metric):
    assert metric_of(text, written) == metric


def test_a_word_a_surname_opens_is_no_name():
    from extract.claims.compose import _person_name
    assert _person_name("许志君") and _person_name("陶志强") and _person_name("危平")
    assert not _person_name("高新区") and not _person_name("余额") and not _person_name("万科")


# 所计之物在前句“X中” (a run of counts after "X中", each classifier with no noun after it, counts X: the 2020 annual
# report, pp.11-29, whose gold names them 在研疫苗产品处于…; they were named 处于实验室研究阶段 …)
def test_counts_after_a_pool_count_that_pool():
    text = ("公司部分主要在研的疫苗产品中，10个处于实验室研究阶段，5个处于中试阶段，4个处于临床试验阶段，11个处于申报新兽药证书"
            "阶段。")
    assert [c.metric for c in claims_of(text)] == ["疫苗产品处于实验室研究阶段", "疫苗产品处于中试阶段", "疫苗产品处于临床试验阶段",
                                                   "疫苗产品处于申报新兽药证书阶段"]


# 其中…增长较多，增加了… (a part named in the clause before a bare change, which it says grew most, is what the change
# measures: seed 000's dev half, whose gold names both figures 学位论文; they were named 数字化资源总量, the figure
# before's)
def test_a_change_after_a_part_that_grew_most_is_that_parts():
    text = ("近年来学校增加了数字化图书资源建设，2023 年数字化资源总量为 373978GB，同比去年增加了 125146GB，增长了 50.29%；"
            "其中学位论文增长较多，增加了 644.6 万册，增长了 49.83%。")
    got = {c.text: c.metric for c in claims_of(text)}
    assert (got["644.6 万册"], got["49.83%"]) == ("学位论文", "学位论文")
    assert got["125146GB"] == "数字化资源总量"


@pytest.mark.parametrize("text, written, metric", [
    # 蚂蚁集团's 2023 sustainability report as a news page quotes it: the verb and who acts were the name
    ("地的守护作出了贡献。蚂蚁森林项目已经守护了4800平方公里的社会公益保护地,这对于维护生物多样性和促进生态平衡具有重要意",
     "4800平方公里", "社会公益保护地"),
    # 隆基's 2022 sustainability report as a news page quotes it: 使用
    ("进展显著。2022年隆基使用了超过42亿千瓦时的绿色电力,占全集团用电比例的47.18%,达到行业领先水平。", "42亿千瓦时", "绿色电力"),
    # a threshold's group and a measure's own name stay before the figure (黔东南州's 2016 bulletin; a job fair's news)
    ("限额以上批发业统计口径为年主营业务收入2000万元及以上的批发企业和个体户", "2000万元", "主营业务收入"),
    ("这家企业开出年综合收入15万到18万元的薪资", "15万", "综合收入"),
])
def test_an_amount_after_a_verb_measures_the_noun_after_its_de(text, written, metric):
    assert metric_of(text, written).endswith(metric)


def test_the_currency_and_the_items_of_esg_figures():
    """太古's 2023 sustainability news (投放港币8,480万元: in 元, named 投放港币), 天津银行's 2024 results (完成人民币100亿元二级资本:
    named 完成) and 宏城环保's 2023 ESG figures (…颗粒物排放量均有所下降，分别下降16.96%、13.64%、12.50%: each was 颗粒物排放量)."""
    swire = one("2023年投放港币8,480万元于创新绿色科技解决方案并于三家营运公司试行内部碳定价计划", "8,480万元")
    assert (swire.unit, swire.metric) == ("港元", "投放")
    assert one("资本基础不断夯实,完成人民币100亿元二级资本", "100亿元").metric == "二级资本"
    got = by_text("气排放。2023年,该集团的氮氧化物、硫氧化物、颗粒物排放量均有所下降,分别下降16.96%、13.64%、12.50%。")
    assert [got[t].metric for t in ("16.96%", "13.64%", "12.50%")] == ["氮氧化物排放量", "硫氧化物排放量", "颗粒物排放量"]


def test_esg_figures_compared_with_years_and_given_by_ze():
    """吉利's 2022 ESG report as a forum post quotes it (分别较2020和2021年降8.1%和5.6%: the falls had 2020年 and 2021年,
    the years compared with), 太古's 2023 sustainability news (而由女性担任董事局成员的比例则为31%: named after the
    figure before, 则 and 由 left no name) and 工商银行's 2024 sustainability report (增速均超13%: was a share)."""
    got = by_text("报告显示:2022年,吉利汽车单车全生命期碳放为35.2 tCO2e,分别较2020和2021年降8.1%和5.6%。")
    assert [(got[t].period, got[t].kind, got[t].direction) for t in ("8.1%", "5.6%")] == \
        [("2022年", "growth", "down")] * 2
    got = by_text("公司现时由女性担任高级领导职位的比例为 28%,而由女性担任董事局成员的比例则为 31%。")
    assert got["31%"].metric == "女性担任董事局成员的比例"
    icbc = one("专项措施,完善科技金融专属服务体系,制造业贷款、战\n\n略性新兴产业贷款增速均超13%,更加有力支持现代化", "13%")
    assert (icbc.kind, icbc.direction) == ("growth", "up")


def test_emission_scopes_amounts_spent_on_and_intensities_per_amount():
    """21世纪经济报道 on 美的集团's 2023 ESG report (范围1为1017606吨: the metric was 范围 and 1 was dropped as a note mark),
    a page on 腾讯's 2023 ESG report (范围一碳排放 was 碳排放), 越秀服务's (投入9347万元于安全生产 was named 投入) and 中国重汽's
    (万元产值能耗 was 产值能耗)."""
    got = by_text("排放总量为2298311吨二氧化碳当量,其中范围1为1017606吨二氧化碳当量,范围2(温室气体间接排放量)为1280705吨二氧化碳当量,")
    assert got["1017606吨二氧化碳当量"].metric == "范围1"
    assert "1" not in got and "2" not in got
    got = by_text("3年腾讯ESG披露的范围一碳排放从上一年的17.2万吨增加到了27.5万吨,范围二碳排放从上一年的265万吨下降到256万吨。")
    assert [got[w].metric for w in ("27.5万吨", "256万吨")] == ["范围一碳排放", "范围二碳排放"]
    got = by_text("/千平方米,能源消耗密度下降至1.17兆瓦时/千平方米。公司投入9347万元于安全生产,安全生产整改率100%,客户满意度为91分;"
                  "投入2685万元于公益及社区,举办社区活动2300场。")
    assert (got["9347万元"].metric, got["2685万元"].metric) == ("安全生产投入", "公益及社区投入")
    got = by_text("方位推进可持续发展。在环境治理方面,公司2024年万元产值能耗同比下降10.88%,百万营收有害废弃物、无害废弃物及固体废弃物排放"
                  "密度较2021年降低超过10%。")
    assert got["10.88%"].metric == "万元产值能耗"


def test_a_measure_opening_its_clause_before_de_measures_the_noun_after():
    """A page on 中国石油's 2024 ESG report: 100万千瓦的光伏电站正在… was named 新疆的戈壁滩上, the clause before."""
    got = by_text("里?新疆的戈壁滩上,100万千瓦的光伏电站正在将阳光转化为电能;甘肃的风电场里,智能风")
    assert got["100万千瓦"].metric == "光伏电站"


# 已经 and 就 before the verb of a figure are adverbs, not part of what it measures (the 2017 CSR page of 中国神华's
# 准能集团 and 中国飞鹤's 2024 ESG news page); 就 of 就业率 opens a word and stays
@pytest.mark.parametrize("text, written, metric", [
    ("公司已经累计投入14.1亿元用于露天煤矿复垦绿化、生态保护、水土保持,共完成复垦总面积2449.28公顷。", "14.1亿元", "累计投入"),
    ("同时,中国飞鹤也积极履行企业社会责任,仅在教育方面,近三年就投入6500余万元开展教师培训。", "6500余万元", "投入"),
    ("2024届毕业生就业率达到95%。", "95%", "毕业生就业率"),
])
def test_adverbs_before_the_verb_stay_out(text, written, metric):
    assert metric_of(text, written) == metric


# 可 and a verb before a noun say what the noun can be (顺丰同城's 2023 ESG report as a news page gives it: 6.4万个 was
# named 投入使用, which jieba tags a noun)
def test_a_can_be_modifier_opens_the_noun_counted():
    assert metric_of("报告期内,公司共投入使用6.4万个可循环文件封,相当于减少320万个纸质文件封的使用。", "6.4万个") \
        .startswith("可循环文件")


# 人数后紧跟"参与/参加"：计的是参与了什么 (people counted right before 参与 or 参加 are counted by what they took part
# in, as the ESG golds write it: was 工地线上直播, …负责人, 学员; the ESG train split), not where 参与 modifies a noun
@pytest.mark.parametrize("text, written, metric", [
    ("年度内共组织开展了35次项目工地开放及工地线上直播累计13572人参与覆盖了约55的待交付客户", "13572人", "参与"),
    ("材公司神马股份销售公司各总支直属支部书记支部干事及相关部室负责人70余人参加培训", "70余人", "参加培训"),
    ("共有来自集团总部及下属产业企业的28名学员参与一期培训16名学员参与二期培训", "16名", "学员参与二期培训"),
    ("开展无废校园行动2022年重庆无废校园行动共有超过450所学校参与在教师培训课程实践学生活动的实践基础上评选出33所无废校园试点学校",
     "450所", "学校参与"),
    ("学院两次受邀参加中国成人教育协会举办全国316所中高职院校参与的项目交流大会并在会上做经验分享，体现出我院社区教育的示范作用。",
     "316所", "中高职院校"),
])
def test_people_counted_by_what_they_took_part_in(text, written, metric):
    assert metric_of(text, written) == metric


def test_a_bound_or_total_between_a_verb_and_its_count_leaves_the_noun_counted():
    """An ESG report's sentence (corpora/real/esg_sentences_train_sample.txt): 捐赠共1200万片布洛芬 was named 捐赠, the
    gap 共 between the verb and the figure stopped the noun after it being read."""
    got = [c for c in claims_of("2022年12月宜昌人福向恩施地区宜昌地区捐赠共1200万片布洛芬，保障重点人群用药。\n")
           if c.text == "1200万片"]
    assert [c.metric for c in got] == ["布洛芬"]


# A metric's end cut inside the adverb or the number word after it (the s51 reviews: 中国人寿's 2024 results on
# stockstar, 北京工业大学's 本科教学质量报告 as studyofnet copies it): the name ends before that word
@pytest.mark.parametrize("text, written, metric", [
    ("2024年，中国人寿营业收入同比增长30.5%，净利润更是突破1000亿元，实现翻倍式增长。", "突破1000亿元", "净利润"),   # was 净利润更
    ("北工大2019年的本科毕业率大约为93%,2020年的本科毕业率较上年增加2%。", "93%", "本科毕业率"),                # 本科毕业率大
])
def test_a_metric_ends_before_an_adverb_it_cut(text, written, metric):
    assert metric_of(text, written) == metric


def test_a_verb_of_change_then_what_it_changed_then_by_how_much():
    """中国五矿绿色矿山与节能减排 (2022, yutainews): 减少木材使用量80% is a fall of the timber used, by 80% (it was a share
    named 装配式施工减少木材使用量); a quoted reason's share stays a share (成都理工大学's 2020 report)."""
    got = by_text("中国二十二冶建设的浭阳新城五区一期工程,通过装配式施工减少木材使用量80%、节省脚手架和模板50%、混凝土7%,"
                  "减少现场垃圾和扬尘80%,对比现浇结构节水60%。")
    assert [(got[w].kind, got[w].direction, got[w].metric) for w in ("50%",)] == [("growth", "down", "脚手架和模板")]
    assert [(c.kind, c.direction, c.metric) for c in claims_of("通过装配式施工减少木材使用量80%。")] == [
        ("growth", "down", "木材使用量")]
    assert one("其次是“提升综合能力”(27.48%)和“对专业感兴趣、深入学习”(22.83%);", "27.48%").kind == "share"
