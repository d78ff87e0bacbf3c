"""Education statistics bulletins (教育部's and the provinces' 教育事业发展统计公报), as their pages print them: the rows
of 学前教育 and changes against the year before written with 新增. Sentences of public pages (named at each); none is
from a report the product is judged on."""
from __future__ import annotations

from .sentences import by_text, claims_of, one


def test_children_in_kindergarten_keep_their_zai():
    """广东省's 2023 教育事业发展统计公报 (edu.gd.gov.cn): 在园幼儿458.62万人 and its change were named 园幼儿 (jieba cut
    在|园|幼儿 and the preposition 在 was dropped)."""
    got = by_text("全省共有学前教育入园幼儿139.01万人;在园幼儿458.62万人,比上年减少39.44万人,下降7.9%。\n")
    assert [got[w].metric for w in ("139.01万人", "458.62万人", "39.44万人", "7.9%")] == [
        "学前教育入园幼儿", "在园幼儿", "在园幼儿", "在园幼儿"]


def test_new_ones_against_the_year_before_are_a_change():
    """昆明市's 2022 bulletin as a news page summarises it: 比上年新增45人 was a count named 新增; it is the change of the
    figure before."""
    got = by_text("全市共有特殊教育学校13所,共招收特殊教育学生281人,比上年新增45人;在校生1239人,比上年新增196人。\n")
    assert [(got[w].metric, got[w].kind, got[w].direction) for w in ("45人", "196人")] == [
        ("特殊教育学生", "delta", "up"), ("在校生", "delta", "up")]


def test_an_amount_new_since_the_year_end_is_a_change_and_new_jobs_are_counted():
    """A forum's copy of 中国银行's 2024 社会责任报告: 较上年末新增9641亿元 was an amount named 新增 (its growth too); a
    county's 2024 bulletin: 新增城镇就业人员6698人, with nothing compared, stays a count of new jobs."""
    got = by_text("中国银行2024年境内绿色信贷余额折合人民币4.07万亿元,较上年末新增9641亿元,同比增长31.03%。\n")
    assert [(got[w].metric, got[w].kind) for w in ("9641亿元", "31.03%")] == [
        ("境内绿色信贷余额折合", "delta"), ("境内绿色信贷余额折合", "growth")]    # (折合: amounting to; left in)
    got = by_text("全年新增城镇就业人员6698人,失业人员实现再就业1500人,就业困难人员再就业523人,城镇登记失业率3.6%。\n")
    assert (got["6698人"].metric, got["6698人"].kind) == ("新增城镇就业人员", "count")


def test_levels_of_school_and_terms_are_words():
    """全国's 2024 教育事业发展统计公报 as a page prints it (traditional script, with pinyin): 全国共有初中5.21万所
    was named 全国共有初中 (jieba tags 初中 a locative) and 在学总规模 lost its 在; 利辛县's 2021 学生资助 report:
    春季学期资助3350人次 was named 学期资助 (jieba tags 春季 a time)."""
    got = by_text("全國共有初中5.21萬所(含職業(yè)初中4所),。全國初中招生1848.75萬人,在校生5386.16萬人,,畢業(yè)生1698.24萬人,。\n"
                  "全國各種形式的高等教育在學(xué)總規(guī)模4846.00萬人,。\n")
    assert (got["5.21萬所"].metric, got["4所"].metric) == ("初中", "职业初中")
    assert got["4846.00萬人"].metric.endswith("高等教育在学总规模")
    got = by_text("学前教育政府资助5875人次,发放资金235万元,其中春季学期资助3350人次,资助金额134万元;秋季学期资助2525人次,"
                  "资助金额101万元。\n")
    assert (got["3350人次"].metric, got["2525人次"].metric) == ("春季学期资助", "秋季学期资助")


def test_fee_waivers_keep_their_mian():
    """重庆市渝中区's 2023 学生资助 report: 免学费资助 and 免住宿费资助 lost their 免 (jieba cut 免|学费 and the verb was
    dropped), so a waiver was named as the fee."""
    got = by_text("中职学校免学费资助11624人,资助金额1162.4万元;国家助学金资助7100人次,资助金额192.71万元;免住宿费资助621人,"
                  "资助金额14.885万元;免教科书费资助544人,资助金额10.88万元。\n")
    assert [got[w].metric for w in ("11624人", "621人", "544人")] == ["中职学校免学费资助", "免住宿费资助", "免教科书费资助"]


def test_a_ratio_a_change_reached_is_one_figure():
    """刘娟 in 北京教育 on 北京's higher education 2002–2022, as a page's traditional-script copy prints it (its
    characters garbled in places): 比例擴大為7.94 ∶1 was a change of 7.94 and a count of 1; as 比例為4.56 ∶1 is, it is
    one ratio, the level the ratio reached."""
    got = by_text("本科生和專科(高職)在校生的比例為4.56 ∶1。\n本科和??圃谛I?guī)模比例擴大為7.94 ∶1。\n")
    assert [(c.text, c.kind) for c in got.values()] == [("4.56 ∶1", "measure"), ("7.94 ∶1", "measure")]


def test_a_level_glossed_in_brackets_stays_before_its_noun():
    """青海's 2021 graduates' employment report as a page prints it: 专科(高职)毕业生10693人 was named 毕业生, the level
    in brackets lost (a 1–2 character noun and its bracketed alternative open the name, as 县（市）区 did)."""
    assert one("22508名毕业生中,毕业研究生1967人,本科毕业生9848人,专科(高职)毕业生10693人。", "10693人").metric == \
        "专科（高职）毕业生"


def test_postgraduates_enrolled_and_a_first_crossing_in_a_year():
    """Pages on the 2023 national education statistics (在学研究生388.29万人 was named 学研究生) and on 中国统计年鉴2025's
    cities (…在校生人数在2024年首度突破150万人 was named 首度)."""
    assert by_text("在学研究生388.29万人，比上年增长6.28%。")["388.29万人"].metric == "在学研究生"
    got = by_text("其中,广州的本专科在校生人数在2024年首度突破150万人,继续位列我国城市中本专科在校生人数第一位,加上18.32万"
                  "在学研 究生,广州高等教育在校生总人数逼近170万人。")
    assert got["突破150万人"].metric == "广州的本专科在校生人数"


def test_doctoral_students_and_new_pupils_keep_their_first_word():
    """教育部's 2021 统计公报 and 安丘市's 2023 figures as pages print them: 在学博士生 was named 学博士生 and 入园儿童 园儿童
    (jieba cut 在|学 and 入|园 and the first word was dropped as a preposition or verb)."""
    got = by_text("在学研究生333.24万人，比上年增加19.28万人，增长6.14%；其中，在学博士生50.95万人，在学硕士生282.29万人。\n")
    assert [got[w].metric for w in ("50.95万人", "282.29万人")] == ["在学博士生", "在学硕士生"]
    assert by_text("2023年，全市共有幼儿园81所，入园儿童3354人，在园幼儿17193人。\n")["3354人"].metric == "入园儿童"


def test_the_types_of_school_are_named_whole_and_are_no_subject():
    """教育部's 2021 全国教育事业发展统计公报 as a page prints it: 普通本科学校 was taken for an organisation, the subject of
    every figure after it; 本科层次职业学校 was named 职业学校 (jieba tags 层次 a numeral) and 校均规模 规模; the change after
    the bracket (含独立学院164所) was of 独立学院, not of the 普通本科学校 it notes."""
    got = claims_of("其中,普通本科学校1238所(含独立学院164所),比上年减少11所;本科层次职业学校32所,比上年增加11所;"
                    "高职(专科)学校1486所,比上年增加18所;成人高等学校256所,比上年减少9所。\n")
    assert [c.subject for c in got] == [None] * 9
    assert [(c.text, c.metric) for c in got[:4]] == [("1238所", "普通本科学校"), ("164所", "独立学院"),
                                                     ("11所", "普通本科学校"), ("32所", "本科层次职业学校")]
    got = by_text("普通本科学校校均规模16366人，本科层次职业学校校均规模18403人，高职（专科）学校校均规模9470人。\n")
    assert [got[w].metric for w in ("16366人", "18403人")] == ["普通本科学校校均规模", "本科层次职业学校校均规模"]
    got = by_text("截至2023年，全省共有各级各类学校3.82万所，比上年增加273所，增长0.7%。\n")
    assert got["3.82万所"].metric == "各级各类学校"


def test_the_bulletins_school_types_stay_whole():
    """郑州's 2024 教育事业发展统计公报 as a page prints it: 九年一贯制学校, 十二年一贯制学校 and 完全中学 were cut by jieba and the
    counts named 一贯制学校 and 中学."""
    got = by_text("普通初中437所(含九年一贯制学校109所),在校生54.42万人,比上年增加2.60万人。")
    assert got["109所"].metric == "九年一贯制学校"
    got = by_text("其中,普通高中148所(含完全中学13所、十二年一贯制学校9所),招生9.72万人,在校生27.11万人。")
    assert (got["13所"].metric, got["9所"].metric) == ("完全中学", "十二年一贯制学校")
    assert got["13所"].subject is None


def test_points_written_with_the_traditional_ge():
    """fx361's page on 教育部's 2023 statistics writes 個 once in simplified text: 比上年提高0.6個百分点 was a growth of 0.6%."""
    got = one("高等教育方面,2023年,高等教育毛入学率60.2%,比上年提高0.6個百分点,入学机会进一步增加。", "0.6")
    assert (got.unit, got.kind, got.metric) == ("百分点", "delta", "高等教育毛入学率")


def test_school_types_are_no_schools_names():
    """A city's education statistics page lists its schools by type: 6、高级中学13所 took 高级中学 for a school's name (the
    subject) and the count had no metric; 高级中学 and 初级中学, like 完全中学, are classes of schools."""
    got = one("6、高级中学13所。", "13所")
    assert (got.metric, got.subject) == ("高级中学", None)


def test_baokuo_opening_a_list_of_awards_is_no_part_of_their_names():
    """安庆职业技术学院's 2024 contest results: 共斩获79项荣誉，包括一等奖11项，二等奖24项… named every grade 包括…
    (the first's 包括 then passed to the others as their level)."""
    got = by_text("据统计,本届大赛安庆职业技术学院共斩获79项荣誉,包括一等奖11项,二等奖24项,三等奖44项。")
    assert [got[w].metric for w in ("11项", "24项", "44项")] == ["一等奖", "二等奖", "三等奖"]


def test_chansheng_opening_a_list_of_awards_is_no_part_of_their_names():
    """A 福建 college's 2024 skills contest: 共产生一等奖56名、二等奖84名 named each 产生… (jieba tags 产生 a noun)."""
    got = by_text("经竞赛,共产生一等奖56名、二等奖84名、三等奖139名。")
    assert [got[w].metric for w in ("56名", "84名", "139名")] == ["一等奖", "二等奖", "三等奖"]
