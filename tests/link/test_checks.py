"""Arithmetic checks on real sentences and tables of seed 000; each failing case alters a real number."""
from __future__ import annotations

from decimal import Decimal

from extract.link.checks import find_checks, half_step, sum_checks
from extract.records import Link
from tests.link.test_links import make_claim, make_table

GROWTH = "2023年奖助总金额为2136.97万元，比去年增加了328.15万元，增长了18.14%；"
SHARES = "2023年普查人数中经系统筛选心理异常学生数为1966人，占比总普查人数的38.99%，一般心理问题学生数217人，占比4.3%。"
AWARDS = "二等奖10名，占比32.26%；三等奖5名，占比16.13%；一等奖16项，占比51.61%。"


def growth_claims(rate: str) -> list:
    sentence = GROWTH.replace("18.14", rate)
    return [make_claim(sentence, "2136.97万元", "2136.97", unit="元", kind="money", scale=10000, cid="a"),
            make_claim(sentence, "328.15万元", "328.15", unit="元", kind="delta", scale=10000, cid="b",
                       direction="up"),
            make_claim(sentence, f"{rate}%", rate, unit="%", kind="growth", cid="c", direction="up")]


def kinds(checks, kind):
    return [c for c in checks if c.kind == kind]


def test_half_step_follows_written_precision():
    assert half_step(Decimal("18.14")) == Decimal("0.005")
    assert half_step(Decimal("3.6")) == Decimal("0.05")


def test_growth_in_sentence_passes():
    (check,) = kinds(find_checks("doc", growth_claims("18.14"), [], []), "growth")
    assert check.ok and check.expected == Decimal("18.1417")


def test_growth_in_sentence_fails_when_rate_altered_from_18_14_to_19_14():
    (check,) = kinds(find_checks("doc", growth_claims("19.14"), [], []), "growth")
    assert not check.ok and "expected 18.1417" in check.explanation


def share_claims(first: str) -> list:
    sentence = SHARES.replace("38.99", first)
    return [make_claim("参加普查人数为5042人。", "5042人", "5042", unit="人", metric="参加普查人数", cid="t"),
            make_claim(sentence, "1966人", "1966", unit="人", metric="心理异常学生数", cid="p", start=20),
            make_claim(sentence, f"{first}%", first, unit="%", kind="share", metric="总普查人数", cid="s", start=20),
            make_claim(sentence, "217人", "217", unit="人", metric="一般心理问题学生数", cid="q", start=20),
            make_claim(sentence, "4.3%", "4.3", unit="%", kind="share", metric="占比", cid="r", start=20)]


def test_share_of_named_total_passes():
    checks = kinds(find_checks("doc", share_claims("38.99"), [], []), "share")
    assert len(checks) == 2 and all(c.ok for c in checks)


def test_share_fails_when_altered_from_38_99_to_39_99():
    checks = kinds(find_checks("doc", share_claims("39.99"), [], []), "share")
    assert [c.ok for c in checks] == [False, True]


# seed 000 2.4: "2022年因有1031人未能返校" stood between 5042 and the shares, and its metric (参加普查人数…) named
# the total, so "217人，占比4.3%" was checked against 1031 — a false alarm. A total is larger than its part
# and of the part's period.
def test_a_smaller_figure_of_another_year_is_not_the_named_total():
    earlier = ("2023年参加普查人数为5042人,占新生总数99.3%,比2021年高了2.2个百分点，2022年因有1031人未能返校，"
               "无法链接校园网，故无法参与测试，参加普查与筛选人数占比为79.6%。")
    sentence = SHARES
    claims = [make_claim(earlier, "5042人", "5042", unit="人", metric="参加普查人数", period="2023年", cid="t"),
              make_claim(earlier, "1031人", "1031", unit="人", metric="参加普查人数占新生总数", period="2022年",
                         cid="x"),
              make_claim(sentence, "1966人", "1966", unit="人", metric="心理异常学生数", period="2023年", cid="p",
                         start=200),
              make_claim(sentence, "38.99%", "38.99", unit="%", kind="share", metric="总普查人数", period="2023年",
                         cid="s", start=200),
              make_claim(sentence, "217人", "217", unit="人", metric="一般心理问题学生数", period="2023年", cid="q",
                         start=200),
              make_claim(sentence, "4.3%", "4.3", unit="%", kind="share", metric="占比", period="2023年", cid="r",
                         start=200)]
    checks = kinds(find_checks("doc", claims, [], []), "share")
    assert [(c.ok, c.claims[1]) for c in checks] == [(True, "doc#t"), (True, "doc#t")]


def award_claims(first: str) -> list:
    sentence = AWARDS.replace("51.61", first)
    names = [("32.26%", "32.26"), ("16.13%", "16.13"), (f"{first}%", first)]
    return [make_claim(sentence, t, v, unit="%", kind="share", metric="占比", cid=f"s{i}") for i, (t, v) in enumerate(names)]


def test_breakdown_shares_add_up_to_100():
    (check,) = kinds(find_checks("doc", award_claims("51.61"), [], []), "breakdown")
    assert check.ok and check.stated == Decimal("100.00")


def test_breakdown_fails_when_share_altered_from_51_61_to_53_61():
    (check,) = kinds(find_checks("doc", award_claims("53.61"), [], []), "breakdown")
    assert not check.ok


RESEARCH = [("国家级", "2022年", "1", "项"), ("国家级", "2023年", "1", "项"), ("国家级", "合计", "2", "项"),
            ("省级", "2022年", "30", "项"), ("省级", "2023年", "27", "项"), ("省级", "合计", "57", "项")]


def test_total_column_of_table_3_1_passes():
    checks = sum_checks("doc", make_table("表3-1", "科研课题及获奖情况", RESEARCH))
    assert len(checks) == 2 and all(c.ok for c in checks)


def test_total_column_fails_when_altered_from_57_to_58():
    cells = [c if c[:2] != ("省级", "合计") else ("省级", "合计", "58", "项") for c in RESEARCH]
    checks = sum_checks("doc", make_table("表3-1", "科研课题及获奖情况", cells))
    assert [c.ok for c in checks] == [True, False]
    assert "表3-1" in checks[1].explanation and checks[1].cells[0] == "表3-1/省级/合计"


def table_change(rate: str) -> list:
    sentence = f"各团队完成横向技术服务到款额1814.15万元，同比增长{rate}%（见表3-2）"
    table = make_table("表3-2", "科研技术服务到款情况", [("横向技术服务到款额", "2022年", "524.49", "万元"),
                                                 ("横向技术服务到款额", "2023年", "1814.15", "万元")])
    level = make_claim(sentence, "1814.15万元", "1814.15", unit="元", kind="money", scale=10000, cid="l")
    growth = make_claim(sentence, f"{rate}%", rate, unit="%", kind="growth", cid="g", direction="up")
    link = Link("doc", level.id, "表3-2", "横向技术服务到款额", "2023年", Decimal("1814.15"), "match", 0.9)
    return find_checks("doc", [level, growth], [table], [link])


def test_growth_against_previous_year_column_passes():
    (check,) = kinds(table_change("245.89"), "growth")
    assert check.ok and check.cells == ("表3-2/横向技术服务到款额/2023年", "表3-2/横向技术服务到款额/2022年")


def test_growth_against_previous_year_fails_when_altered_from_245_89_to_255_89():
    (check,) = kinds(table_change("255.89"), "growth")
    assert not check.ok


def test_check_ids_are_deterministic():
    first = [c.id for c in find_checks("doc", growth_claims("18.14"), [], [])]
    assert first == [c.id for c in find_checks("doc", growth_claims("18.14"), [], [])]
    assert first[0].startswith("doc#check-growth-")


def test_a_growth_written_after_the_figure_it_compares_with_is_checked(tmp_path):
    """02377's 2023 results summary (corpora/real/company_report_pages_sample.txt, page 3): 收入为人民币2138百万元,较上年人民币
    1900百万元增加12.5% had no check, for no change amount is written: the rate follows from the two figures."""
    from extract.api import read_report
    from extract.link.checks import check_line

    path = tmp_path / "results_summary.txt"
    path.write_text("业绩摘要\n截至2023年12月31日止年度,本集团的收入为人民币2138百万元,较上年人民币1900百万元增加12.5%。\n"
                    "截至2023年12月31日止年度,本集团的毛利为人民币436百万元,较上年人民币391百万元增长11.5%;本集团的毛利率为20.4%,"
                    "与上年20.6%基本持平。\n", encoding="utf-8")
    checks = [check_line(c) for c in read_report(path).checks]
    assert [line.split(":")[0] for line in checks] == ["passed growth", "passed growth"]
    assert "238000000 / 1900000000 x 100" in checks[0]


def test_shares_printed_without_separators_are_no_breakdown_to_check(tmp_path):
    """A reportify summary of listed banks' 2025 interims (/tmp/s47/h1, forty-third session review): 分别占84.6% 13.0% 1.2%
    lost its separators, its shares were read as one run (metrics 贴现增量, …增量占84.6%) and failed as a breakdown of 98.8%."""
    from extract.api import read_report

    path = tmp_path / "listed_banks_1h25.txt"
    path.write_text("1H25对公贷款 零售贷款 票据贴现增量分别占84.6% 13.0% 1.2% 信贷投放以对公贷款为主\n", encoding="utf-8")
    assert [c for c in read_report(path).checks if c.kind == "breakdown" and c.ok is False] == []
