"""A unit counted per unit of time is a rate ("56次/周"), read whole with the number (PER_TIME in
extract/numbers/mentions.py), as is an amount per count or measure ("6632元/吨"); a unit the lexicon writes with its
own "/" (票/小时, 元/股) is read as listed."""
from __future__ import annotations

import pytest

from extract.numbers.mentions import find_mentions

# 鼎泰新材/顺丰 重组预案 (corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf), 冷运项目
TRUNKS = "从2016年至2018年，省际干线将从9条投入至19条，周车次数由56次/周投入至418次/周；"


def _unit(text: str, numeral: str) -> tuple[str, str]:
    m = next(m for m in find_mentions(text) if m.numeral == numeral)
    return m.unit, m.unit_kind


def test_a_count_per_week_is_a_rate():
    assert _unit(TRUNKS, "56") == ("次/周", "measure")
    assert _unit(TRUNKS, "418") == ("次/周", "measure")
    assert _unit(TRUNKS, "19") == ("条", "count")


# 价格按吨、按瓦时、按平方公里 (a price per ton, per watt-hour, per square kilometre: the 元 of 6632元/吨 was read
# alone, and a second price after it was named /吨)
@pytest.mark.parametrize("text, numeral, unit", [
    ("2024年，中国石油主要产品平均对外售价基本上全线下滑，煤油、柴油跌幅居前，其中柴油平均售价下滑了6.1%至6632元/吨。",
     "6632", ("元/吨", "money")),
    ("宁德时代的动力电池系统平均售价从2023年的0.889元/Wh降至0.664元/Wh，降幅达25.26%。", "0.664", ("元/Wh", "money")),
    ("地均GDP超70亿元/平方公里、地均税收约8亿元/平方公里，走在全国中心城区前列。", "8", ("元/平方公里", "money")),
    ("23年经销商数量基本持平，平均经销商规模同比变动7.67%至3659.02万元/家。", "3659.02", ("元/家", "money")),
    # a brewery's water use per 千 litres (啤酒企业节水, cnbrewing.com): its scale inside the per unit (the 立方米 was read
    # alone, and the next figure named /千), and 千升 whole before 降到
    ("而经过节水设备的持续升级改造,企业的用水单耗指标逐年下降,从2022年的3.48立方米/千升降到2024年2月的2.61立方米/千升",
     "3.48", ("立方米/千升", "measure")),
])
def test_an_amount_per_count_or_measure(text, numeral, unit):
    assert _unit(text, numeral) == unit


@pytest.mark.parametrize("text, numeral, unit", [
    ("顺丰控股采购的单层自动分拣机的处理量一般为20,000票/小时", "20,000", ("票/小时", "measure")),
    ("授予价格：14.60元/股", "14.60", ("元/股", "money")),        # 金宇生物 2020 年报
])
def test_units_the_lexicon_writes_whole(text, numeral, unit):
    assert _unit(text, numeral) == unit


# 拉丁字母单位不截断英文词 (a Latin unit letter is not read where a word goes on: 9Goal is SDG 9, not 9 GB)
def test_a_latin_unit_letter_inside_a_word_is_no_unit():
    text = "西藏珠峰的可持续发展之路走进西藏珠峰公司治理环境行业共建员工社区9Goal回应SDGs良好健康与福祉"
    assert [(m.numeral, m.unit) for m in find_mentions(text)] == [("9", "")]
    assert [(m.numeral, m.unit) for m in find_mentions("存储容量达到512G。")] == [("512", "GB")]


# 浓度单位是一个整体 (a concentration is read whole: mg/m3 was mg; ESG sample, thirty-sixth pass)
def test_a_concentration_unit_is_read_whole():
    text = "有组织大气污染物各指标均远远低于排放标准，氨气小于1.5mg/m3，硫化氢小0.05mg/m3。"
    assert _unit(text, "1.5") == ("mg/m3", "measure")
    assert _unit(text, "0.05") == ("mg/m3", "measure")


# 天 opening 天然气 is no unit (ESG fortieth pass: 同比增长5.9天然气 was 5.9 days)
def test_natural_gas_is_no_day():
    text = "国内可销售天然气产量同比增长5.9天然气销售量2070.96亿立方米助力国家能源结构优化"
    assert _unit(text, "5.9") == ("%", "share")
    assert _unit("培训时长共计3天", "3") == ("天", "measure")


# 箱 and 桶 count what is donated (ESG fortieth pass: 手部消毒液12箱 had no unit; pool: 酒精22桶)
def test_boxes_and_barrels_are_counted():
    text = "总行一次性发放口罩10.95万片，酒精22桶、84消毒液78桶，免洗消毒液3400瓶"
    assert _unit(text, "22") == ("桶", "count")
    assert _unit("2020年2月2日，公司向济宁市公安局兖州分局无偿捐赠了75%消毒酒精、次氯酸钠各500公斤、纸巾22箱。", "22") == ("箱", "count")


# 包 and 组 are units too, not in 包括/包装/组织/组建 (ESG forty-fourth and forty-fifth passes: 6260包 and 4组 had
# none)
def test_packets_groups_and_cubic_metres():
    assert _unit("总行一次性发放口罩10.95万片，酒精22桶、84消毒液78桶，免洗消毒液3400瓶，一次性橡胶手套7300双，消毒湿纸巾6260包，",
                 "6260") == ("包", "count")
    assert _unit("本次公益活动共有4组蓝色港湾自闭症青少年家庭以及20余位志愿者携家属参加", "4") == ("组", "count")
    assert _unit("海尔智家本公司的前身青岛电冰箱总厂成立于1984年总部位于中国青岛", "1984")[0] != "组"


# 双 counts pairs, not in 双一流 or 双碳 (ESG: 一次性橡胶手套7300双 had no unit and 双 was its metric)
def test_pairs_of_gloves_are_counted():
    text = "总行一次性发放口罩10.95万片，酒精22桶、84消毒液78桶，免洗消毒液3400瓶，一次性橡胶手套7300双，消毒湿纸巾6260包，"
    assert _unit(text, "7300") == ("双", "count")
    assert _unit("学校入选2个双一流建设学科", "2") == ("个", "count")


# 立方 written alone is cubic metres (ESG forty-fifth pass: 80立方 had no unit)
def test_cubic_written_without_metres():
    text = "建造2个120立方米的冷凝水池，平均每天收集80立方的热水经自然冷却降温后用来灌溉绿化，预计每年节约自来水2.4万吨"
    assert _unit(text, "80") == ("立方米", "measure")
    assert _unit(text, "120") == ("立方米", "measure")


# 副 counts pairs and 首 songs, not in 副总经理 or 首次 (ESG forty-sixth pass: 100副 and 4000万首 had no unit)
def test_pairs_and_songs_are_counted():
    text = "2月28日下午，公司向四子王旗乌兰花镇镇政府援助333件医用防护服、100副医用护目镜等防疫物品，支援和鼓舞防控疫情一线工作人员。"
    assert _unit(text, "100") == ("副", "count")
    assert _unit("在行业率先联合JBL定制音箱战略引入酷狗4000万首音乐曲库和过百万首K歌曲库专准色彩还原", "4000") == ("首", "count")
    assert _unit("乐享健康碳排工作发展历程2016年度碳排披露元年1首次进行破排放的自我摸底和测算并在社会责任报告中", "1")[0] != "首"


# 幅 counts pictures (ESG forty-eighth pass: 52幅 and 33幅 had no unit, the metric was 幅)
def test_pictures_are_counted():
    text = "同时工会与集团纪委联合开展翰墨展廉韵书画扬清风廉洁主题书画作品线上展共征集职工原创书画作品52幅评选出优秀作品和入围作品33幅"
    assert _unit(text, "52") == ("幅", "count")
    assert _unit(text, "33") == ("幅", "count")


# 本 counts books, not the 本 of 本科 (the ESG train split: 专业技术人员15.41本科37.39 read 15.41本, and 37.39, the
# 本科 share, took the next label)
def test_ben_of_benke_is_no_unit():
    text = "兼职员工0除中国以外国家和地区0.3专业技术人员15.41本科37.39操作技能人员55.53大专22.31中专及以下35.31"
    assert _unit(text, "15.41")[0] != "本"
    assert _unit("捐赠图书3000本，惠及学生1200人", "3000") == ("本", "count")


def test_ge_before_ren_of_a_personal_noun_is_no_classifier():
    """个人客户 (personal customers): 为4.4亿个人客户提供优质手机银行服务 read 4.4亿个 and named it 人客户 (the ESG
    sample's train split; 中国建设银行's wording)."""
    assert _unit("在全球拥有35万名员工为4.4亿个人客户提供优质手机银行服务1.4万个网点", "4.4") == ("", "")


def test_a_scale_word_opening_a_unit_whose_rest_is_no_unit_is_the_unit():
    """千伏 (kilovolt): 伏 is no unit of the lexicon, so 千 was read as thousands and the voltage became the count
    500千 (赤峰市2025年政府工作报告)."""
    text = "东北电网“十四五”期间投资最大的单体项目巴林—奈曼—阜新500千伏输变电工程竣工投运。"
    m = next(m for m in find_mentions(text) if m.numeral == "500")
    assert (m.scale, m.unit, m.unit_kind) == (1, "千伏", "measure")



def test_a_hectolitre_is_one_unit():
    """A brewer's 百升 (an ESG page quoting its report): 2.20百升 was read as 220 升, and 1,500万百升 lost its 百."""
    text = "每生产百升啤酒的用水量降至2.20百升,年产量大约1,500万百升。"
    assert _unit(text, "2.20") == ("百升", "measure")
    assert _unit(text, "1,500") == ("百升", "measure")
