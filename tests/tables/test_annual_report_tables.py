"""Company annual report tables (2020 金宇生物, pages 1-27): row labels block/leaf from two label
columns, repeated header blocks, and tables continued on the next page."""
from __future__ import annotations

from decimal import Decimal

from .test_units import cell, jinyu_tables, table_with


def test_second_text_column_is_a_label_column():
    """成本分析表: "分行业 | 成本构成项目 | 本期金额 …"; 包装费 keeps its 行业 as parent."""
    costs = table_with(jinyu_tables(), "成本分析表")
    assert cell(costs, "生物制药包装费", "本期金额").value == Decimal("20393837.55")
    assert cell(costs, "其他行业能源成本", "本期金额较上年同期变动比例(%)").value == Decimal("-23.84")
    assert not any(c.col == "成本构成项目" for c in costs.cells)


def test_repeated_header_block_is_not_data():
    """成本分析表 repeats its header for 分产品: no cell holds the header words as text."""
    costs = table_with(jinyu_tables(), "成本分析表")
    assert not any(c.text == "本期金额" for c in costs.cells)
    assert sum(1 for c in costs.cells if c.row == "生物制药小计" and c.col == "本期金额") == 2


def test_block_continued_after_page_break():
    """主营业务分行业、分产品、分地区情况: the 分地区 block is on the next page, after a page break."""
    segments = table_with(jinyu_tables(), "主营业务分行业、分产品、分地区情况")
    assert cell(segments, "国内", "营业收入").value == Decimal("1565407816.19")
    assert cell(segments, "国外", "毛利率（%）").value == Decimal("76.99")
    assert not any(t.page == 15 and "国内" in {c.row for c in t.cells} and t is not segments
                   for t in jinyu_tables())


def test_continued_part_without_its_empty_column_is_realigned():
    """研发项目投入: on p26 the empty 资本化 column is not drawn; its rows keep their columns."""
    projects = table_with(jinyu_tables(), "主要研发项目投入情况")
    assert cell(projects, "犬四联疫苗", "研发投入金额").value == Decimal("258.55")
    assert cell(projects, "犬四联疫苗", "研发投入占营业收入比例（%）").value == Decimal("0.16")
    assert cell(projects, "犬四联疫苗", "本期金额较上年同期变动比例（%）").value == Decimal("-27.60")
    assert not any(c.row == "犬四联疫苗" and c.col == "研发投入资本化金额" for c in projects.cells)


def test_period_end_header_row_continues_on_next_page():
    """主要会计数据: the "2020年末 | 2019年末 | 本期末比上年" header row ends p5; its rows are on p6."""
    accounts = table_with(jinyu_tables(), "主要会计数据")
    assert cell(accounts, "总资产", "2020年末").value == Decimal("6278282683.24")
    assert cell(accounts, "营业收入", "2020年").value == Decimal("1581905632.48")


def test_merged_summary_cells_have_no_column():
    """研发投入 同行业比较情况: "同行业平均研发投入金额" has one value merged over the columns."""
    peers = next(t for t in jinyu_tables() if "同行业可比公司" in t.header and "研发投入金额" in t.header)
    assert cell(peers, "同行业平均研发投入金额", "").value == Decimal("7724.69")
    assert cell(peers, "瑞普生物", "研发投入金额").value == Decimal("11436.13")


def test_caption_is_the_nearest_sub_heading():
    """p17: "4. 研发投入" / "(1).研发投入情况表" / "单位：元": the caption is the sub-heading."""
    assert any(t.caption == "(1).研发投入情况表" for t in jinyu_tables())


def test_outline_row_is_a_group_not_a_header():
    """长期股权投资 (p136, rows as printed): "一、合营企业" starts the body, its 小计 names it."""
    from extract.tables import find_tables

    from .test_layout_tables import Builder

    b = Builder()
    b.line("17、长期股权投资")
    b.line("单位：元 币种：人民币")
    b.table(1, [["被投资单位", "期初余额", "本期增减变动", "", "期末余额"],
                ["", "", "追加投资", "权益法下确认的投资损益", ""],
                ["一、合营企业", "", "", "", ""],
                ["小计", "", "", "", ""],
                ["二、联营企业", "", "", "", ""],
                ["国亦生命科技(广州)有限公司", "38,944,907.79", "", "-957,467.79", "37,987,440.00"],
                ["小计", "265,461,826.14", "", "1,260,670.02", "266,722,496.16"],
                ["合计", "265,461,826.14", "", "1,260,670.02", "266,722,496.16"]])
    [table] = find_tables(b.document())
    assert cell(table, "国亦生命科技(广州)有限公司", "期初余额").value == Decimal("38944907.79")
    assert cell(table, "二、联营企业小计", "期末余额").unit == "元"
    assert cell(table, "合计", "权益法下确认的投资损益").value == Decimal("1260670.02")


def test_statement_title_under_its_heading_and_notes():
    """p66: "二、财务报表" / "合并资产负债表" / "2020年12月31日" / "编制单位:… 单位:元 币种:人民币"."""
    from extract.tables import find_tables

    from .test_layout_tables import Builder

    b = Builder()
    b.line("二、财务报表")
    b.line("合并资产负债表")
    b.line("2020年12月31日")
    b.line("编制单位:金宇生物技术股份有限公司 单位:元 币种:人民币")
    b.table(1, [["项目", "附注", "2020年12月31日", "2019年12月31日"],
                ["流动资产：", "", "", ""],
                ["货币资金", "七、1", "1,125,335,186.38", "1,008,196,658.40"],
                ["交易性金融资产", "七、2", "10,000,000.00", "220,000,000.00"]])
    [table] = find_tables(b.document())
    assert (table.caption, table.unit) == ("合并资产负债表", "元")
    assert cell(table, "货币资金", "2020年12月31日").unit == "元"


def test_attribute_column_is_not_a_label_level():
    """p61 董事参加董事会情况: 是否独立董事 is filled on every row, so it is an attribute of the
    director, not a level of the row label (rows as printed)."""
    from extract.tables import find_tables

    from .test_layout_tables import Builder

    b = Builder()
    b.line("(一)董事参加董事会和股东大会的情况")
    b.table(1, [["董事姓名", "是否独立董事", "本年应参加董事会次数", "亲自出席次数", "缺席次数"],
                ["张翀宇", "否", "5", "5", "0"],
                ["申嫦娥", "是", "5", "5", "0"],
                ["尹松涛", "否", "2", "2", "0"]])
    [table] = find_tables(b.document())
    assert cell(table, "申嫦娥", "本年应参加董事会次数").value == Decimal("5")
    assert cell(table, "申嫦娥", "是否独立董事").text == "是"


def test_heading_over_prose_is_the_caption():
    """鼎泰 restructuring plan p301 (lines as printed): "⑥项目投资规模估算", a paragraph ending
    "…具体如下：", "单位：万元", then the table: its caption is the heading, not ""."""
    from extract.tables import find_tables

    from .test_layout_tables import Builder

    b = Builder()
    b.line("⑥项目投资规模估算")
    b.line("本项目投资总额共75,783.40万元，其中包括：土地购置及配套费用10,752.64")
    b.line("万元，前期工程费326.00万元，建筑安装工程投资52,445.99万元，设备购置投")
    b.line("资12,258.77万元。截至本预案出具之日，项目已投入7,416.68万元，拟以募集")
    b.line("资金投入68,366.72万元。具体如下：")
    b.line("单位：万元")
    b.table(1, [["序号", "工程和费用名称", "投资总额", "前期投入", "拟以募集资金投入"],
                ["1", "土地购置及配套费用", "10,752.64", "7,416.68", "3,335.96"],
                ["2", "前期工程费", "326.00", "", "326.00"]])
    [table] = find_tables(b.document())
    assert (table.caption, table.unit) == ("⑥项目投资规模估算", "万元")
    assert cell(table, "前期工程费", "投资总额").value == Decimal("326.00")


def test_group_header_unit_reaches_its_columns():
    """金宇 p173 企业集团的构成 (rows as printed): 持股比例(%) spans 直接 | 间接."""
    from extract.tables import find_tables

    from .test_layout_tables import Builder

    b = Builder()
    b.line("(1).企业集团的构成")
    b.table(1, [["子公司名称", "主要经营地", "注册地", "业务性质", "持股比例(%)", "", "取得方式"],
                ["", "", "", "", "直接", "间接", ""],
                ["金宇保灵生物药品有限公司", "呼和浩特", "呼和浩特", "生物制药", "100.00", "", "设立"],
                ["扬州优邦生物药品有限公司", "扬州", "扬州", "生物制药", "100.00", "", "非同一控制下企业合并"]])
    [table] = find_tables(b.document())
    share = cell(table, "扬州优邦生物药品有限公司", "持股比例直接(%)")
    assert (share.value, share.unit) == (Decimal("100.00"), "%")


def test_list_with_word_columns_is_a_table_and_identifiers_are_not_values():
    """鼎泰 restructuring plan p78 下属企业情况 (rows as printed): 主营业务/行业类别 are words beside
    注册资本; p218 专利 lists: a 专利号 is an identifier, not a number."""
    from extract.tables import find_tables

    from .test_layout_tables import Builder

    b = Builder()
    b.line("（五）下属企业情况")
    b.table(1, [["序号", "公司名称", "注册资本（万元）", "持股（出资）比例", "主营业务", "行业类别"],
                ["1", "深圳明德丰泰投资有限公司", "500", "100%", "投资管理", "投资"],
                ["2", "杭州丰泰电商产业园管理有限公司", "25,000", "间接持股100%", "房地产管理", "资产管理"],
                ["3", "深圳市顺丰投资有限公司", "5,000", "100%", "投资管理", "投资"],
                ["4", "深圳市顺丰电子商务有限公司", "30,000", "间接持股100%", "电子商务", "电子商务"]])
    b.line("截至2015年12月31日，顺丰控股拥有的专利权共计86项，具体情况如下：")
    b.table(1, [["序号", "专利权人", "专利名称", "专利号", "取得方式", "类型"],
                ["1", "顺丰科技有限公司", "一种打印发票的方法、系统及装置", "201010209380.1", "原始取得", "发明"],
                ["2", "广州顺丰速运有限公司", "包装袋", "200830104556.0", "原始取得", "外观设计"]])
    tables = find_tables(b.document())
    # the patent list is a table of words (as 金宇's 公司获得的主要发明专利如下： in its gold): no figures
    assert [t.caption for t in tables] == ["（五）下属企业情况", "截至2015年12月31日，顺丰控股拥有的专利权共计86项，具体情况如下："]
    assert tables[1].reason.startswith("no figures") and all(c.value is None for c in tables[1].cells if c.col == "专利号")
    assert cell(tables[0], "深圳市顺丰投资有限公司", "注册资本（万元）").unit == "万元"


def test_row_of_figures_with_notes_is_body_not_header():
    """p11 组合免疫次数: "仔猪 | 8次（出生至出栏） | 5次（出生至出栏）" holds figures, so the header is one row."""
    immunisation = next(t for t in jinyu_tables() if t.page == 11 and "传统免疫次数" in t.header)
    assert immunisation.header[0] == "种类"
    assert cell(immunisation, "仔猪", "传统免疫次数").value == Decimal("8")
    assert cell(immunisation, "母猪", "传统免疫次数").value == Decimal("22")


def test_lead_in_sentence_ending_a_paragraph_is_the_caption():
    """p11: the paragraph above the table ends "…减轻人工成本。使用该方案减少猪只免疫次数情况如下：": that
    sentence names the table, not the section heading "3、产品品牌优势" further up."""
    immunisation = next(t for t in jinyu_tables() if t.page == 11 and "传统免疫次数" in t.header)
    assert immunisation.caption == "使用该方案减少猪只免疫次数情况如下："


def test_heading_naming_what_the_lead_in_names_stays_the_caption():
    """鼎泰新材 restructuring plan p286: "4、…资产负债率与同行业资产负债率对比" over "…报告期内，顺丰控股与同行业
    可比公司的资产负债率对比情况如下：": the heading is the table's title; "3、产品品牌优势" is only a topic."""
    from extract.tables.layout_context import same_subject

    assert same_subject("报告期内，顺丰控股与同行业可比公司的资产负债率对比情况如下：",
                        "4、上市公司、标的公司的资产负债率与同行业资产负债率对比")
    assert not same_subject("使用该方案减少猪只免疫次数情况如下：", "3、产品品牌优势")
