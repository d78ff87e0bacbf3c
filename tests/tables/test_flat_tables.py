"""Tables flattened into lines of space-separated cells by a PDF dump, real rows of seed 000."""
from __future__ import annotations

from decimal import Decimal

from extract.records import Document, Page, Table
from extract.tables import find_tables


def make_document(text: str) -> Document:
    return Document("t", "t.txt", "", "txt", "utf-8", text, (Page(1, 0, len(text)),), ())


def tables_of(text: str) -> dict[str, Table]:
    return {t.id: t for t in find_tables(make_document(text))}


def value(table: Table, row: str, col: str) -> Decimal | None:
    return next(c.value for c in table.cells if c.row == row and c.col == col)


# 折行表头：每个列名折成两行；行标签 "2021"/"金额"/"（万元）" 折成三行，年份是后续行的分组
WRAPPED_HEADER = """表 2-10 哈尔滨职业技术学院 2021-2023 年学生奖助情况汇总表

数据来源：哈尔滨职业技术学院学工部统计

年份

（年）
项目

国家

奖学金

国家励志

奖学金

国家

助学金

国家助学

贷款

2021
金额

（万元）
12 461 359.695 656.66

人次 15 230.5 2333 816

2022
金额 11.2 457 430.465 606.42

人次 14 228.5 2751 519
 案例 2-3 学生资助育人工作案例
"""


def test_wrapped_header_cells_and_year_groups():
    table = tables_of(WRAPPED_HEADER)["表2-10"]
    assert table.header[1:] == ("国家奖学金", "国家励志奖学金", "国家助学金", "国家助学贷款")
    assert table.source == "数据来源：哈尔滨职业技术学院学工部统计"
    assert value(table, "2021金额（万元）", "国家助学金") == Decimal("359.695")
    assert value(table, "2021人次", "国家助学贷款") == 816
    assert value(table, "2022金额", "国家奖学金") == Decimal("11.2")
    assert table.n_rows == 4


# 两层表头：上层（分组与跨两行的列）先出，再是栏目名 "年份"，再是下层列名；行标签在行尾
TWO_BAND_HEADER = """表 2-7 2023 年哈尔滨职业技术学院图书馆藏资源表
数据来源：高等职业院校人才培养工作状态数据采集与管理平台
纸质图书
（万册） 本学年图
书流通量
（本次）
专业期刊（种）
数字化资
源总量
（GB）
数字资源
年份
总册
数
当年
新增数
中文纸质
专业期刊
电子
专业期刊
电子图书
（万册）
电子期刊
（万册）
学位论
文
（万册）
84.21 5.17 0.88 377 164855 373978 184 33.77 1938.31 2023 年
107 4.85 3.7 370 4630 - 141 803.04 1116 2021 年
 图 2-12 黑龙江省高职高专院校“超星杯”信息素养大赛哈职院分赛场
"""


def test_two_band_header_and_trailing_row_label():
    table = tables_of(TWO_BAND_HEADER)["表2-7"]
    assert table.header[1:] == ("总册数", "当年新增数", "本学年图书流通量（本次）", "中文纸质专业期刊", "电子专业期刊",
                                "数字化资源总量（GB）", "电子图书（万册）", "电子期刊（万册）", "学位论文（万册）")
    assert value(table, "2023年", "本学年图书流通量（本次）") == Decimal("0.88")
    assert value(table, "2021年", "数字化资源总量（GB）") is None
    assert value(table, "2021年", "学位论文（万册）") == 1116


# 图片表格：只有表题，没有表体（seed 000 的表 2-5：表题、数据来源、下一节，表体不在这一段里）
PSYCHOLOGY_CAPTION_ONLY = (
    "启动相应应急预案，对于学生能够很好融入大学生活，完成学业起到了积极的作用。\n\n"
    "表 2-5 哈尔滨职业技术学院 2012-2023 年新生心理普查与筛查情况统计表\n\n"
    "数据来源：大学生人格测试问卷（UPI）\n\n2.5 活动育人\n\n2.5.1 运动育人\n\n"
    "学院高度重视学生身心健康，开展体育教学、阳光体育活动、竞技比赛、体\n")


def test_image_table_without_body():
    tables = tables_of(PSYCHOLOGY_CAPTION_ONLY)
    assert set(tables) == {"表2-5"}
    table = tables["表2-5"]
    assert not table.present and table.cells == ()
    assert table.caption == "哈尔滨职业技术学院2012-2023年新生心理普查与筛查情况统计表"


# 表体被挪到后面的章节标题和正文之后
MOVED_BODY = """表 2-5 哈尔滨职业技术学院 2012-2023 年新生心理普查与筛查情况统计表

数据来源：大学生人格测试问卷（UPI）

2.5 活动育人

学院高度重视学生身心健康，开展体育教学、阳光体育活动、竞技比赛、体

类比赛获奖 6项，19.35%。

年级（级） （人）
普查人数

（人）

异常人数

（人）

2021 5249 5097 2011

2022 5044 4013 2020
 表 2-6 哈尔滨职业技术学院 2023 年学生参加省级各类体育比赛获奖情况汇总表
"""


def test_body_moved_below_prose():
    table = tables_of(MOVED_BODY)["表2-5"]
    assert table.present and table.n_rows == 2
    assert value(table, "2022", "异常人数（人）") == 2020
    assert value(table, "2021", "普查人数（人）") == 5097


# 缺格的行：按合计行的列和放置数字
TOTALS = """表 2-6 哈尔滨职业技术学院 2023 年学生参加省级各类体育比赛获奖情况汇总表

项目 体育舞蹈 健美操 街舞 羽毛球 台球 田径 总数

第一名 11 2 1 2 16

第二名 5 1 1 1 2 10

第三名 1 2 2 5

总数 17 2 2 3 1 6 31

数据来源：哈尔滨职业技术学院体育部统计
"""


def test_short_rows_placed_by_column_totals():
    table = tables_of(TOTALS)["表2-6"]
    assert value(table, "第一名", "田径") == 2 and value(table, "第一名", "总数") == 16
    assert value(table, "第二名", "羽毛球") == 1 and value(table, "第二名", "台球") == 1
    assert value(table, "第三名", "羽毛球") == 2
    assert not any(c.row == "第一名" and c.col == "羽毛球" for c in table.cells)


# 序号单独一行；"其中：" 子行；"2022 年" 与单位列
SERIAL_LINES = """表 3-2 哈尔滨职业技术学院 2022-2023 年科研技术服务到款情况
序号 指标 单位 2022 年 2023 年
1
横向技术服务到款额 万元 524.49 1814.15
2 纵向科研经费到款额* 万元 11.80 129.01
4
知识产权项目数* 项 47 9
其中：专利授权数量* 项 36 8
数据来源：哈尔滨职业技术学院科研处统计
"""


def test_serial_on_its_own_line_and_sub_rows():
    table = tables_of(SERIAL_LINES)["表3-2"]
    assert table.header == ("序号", "指标", "单位", "2022年", "2023年")
    assert value(table, "横向技术服务到款额", "2023年") == Decimal("1814.15")
    # the 序号 is a label of its row (issue 11), not a figure beside 524.49 and 1814.15
    serial = next(c for c in table.cells if c.row == "横向技术服务到款额" and c.col == "序号")
    assert (serial.text, serial.value) == ("1", None)
    assert value(table, "其中：专利授权数量", "2022年") == 36       # footnote mark "*" stripped
    units = {c.unit for c in table.cells if c.row == "纵向科研经费到款额" and c.col.endswith("年")}
    assert units == {"万元"}


# 分组行在列名行之上；"2021 年" 与 "合计"
GROUP_LINE = """表 2-8 哈尔滨职业技术学院学生技能大赛获奖情况统计表

获奖时间
国家级和国家教指委、行业协会级 省级和省教指委、行业协会级

备注

一等奖 二等奖 三等奖 一等奖 二等奖 三等奖

2021 年 1 0 6 22 31 28

合计 4 2 14 68 63 64
"""


def test_group_line_above_repeated_labels():
    table = tables_of(GROUP_LINE)["表2-8"]
    assert table.header[0] == "获奖时间"
    assert value(table, "2021年", "省级和省教指委、行业协会级一等奖") == 22
    assert value(table, "合计", "国家级和国家教指委、行业协会级三等奖") == 14


# 单元格带单位 "3 门"，合计行缺格
def test_units_written_in_cells():
    text = ("表 2-3 省级课程思政示范课立项建设表\n\n年份 项目 数量\n\n"
            "2020 年 黑龙江省课程思政建设示范课程 3 门\n\n2021 年 黑龙江省课程思政示范课程及教学团队 4 门\n\n"
            "合计 18 门\n\n数据来源：哈尔滨职业技术学院教务处统计\n")
    table = tables_of(text)["表2-3"]
    assert value(table, "2020年", "数量") == 3
    assert value(table, "合计", "数量") == 18
    assert next(c.unit for c in table.cells if c.row == "合计") == "门"


def test_prose_is_not_a_table():
    text = ("起来。2023 年学院上线的社区教育课程在线学习人数较 2022 年提高 36.3%，学院\n"
            "参与社区教育、社区治理的人员较 2022 年增加 11.2%，2023 年完成国学等专题讲\n"
            "座 13 场，立项省级重点课题 1项，老年培训 2178 人次，在职职工培训 7956 人次。\n")
    assert find_tables(make_document(text)) == []
