"""The indicator catalogue (models/indicators/) and IndicatorMatcher, and ``tieout claims --indicator``.

Metrics and row labels below are as the pipeline extracts them from corpora/seeds/ (claims of
000_0d6d81e4e345128e, the college report, and 003_63e6428607ab0510, the provincial report), from the
part of each seed up to its last dev-gold claim: the text after it (the appendix tables among it) is reserved.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from sklearn.exceptions import NotFittedError

from extract.cli import cli
from extract.errors import PatternError
from extract.indicators import (TABLES, IndicatorMatcher, UnknownIndicator, load_catalogue, load_matcher,
                                match_table_rows, normalize_label, unit_adjustment)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora" / "seeds"
COLLEGE = "000_0d6d81e4e345128e"
PROVINCE = "003_63e6428607ab0510"


# -- the catalogue ------------------------------------------------------------------------------
def test_catalogue_size_and_tables():
    catalogue = load_catalogue()
    assert 40 <= len(catalogue) <= 120
    assert {i.table for i in catalogue} == set(TABLES)


def test_catalogue_has_no_duplicate_ids_or_forms():
    catalogue = load_catalogue()
    ids = [i.id for i in catalogue]
    assert len(ids) == len(set(ids))
    forms = [normalize_label(f) for i in catalogue for f in dict.fromkeys(normalize_label(x) for x in i.forms)]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize("row, problem", [
    ("graduates\t毕业生人数\t计分卡\t人\t\ngraduates\t毕业人数\t计分卡\t人\t\n", "duplicate id"),
    ("a\t毕业生人数\t计分卡\t人\t\nb\t毕业人数\t计分卡\t人\t毕业生人数*\n", "already names"),
    ("Bad-Id\t毕业生人数\t计分卡\t人\t\n", "snake_case"),
    ("a\t毕业生人数\t成绩单\t人\t\n", "unknown table"),
], ids=["duplicate-id", "duplicate-form", "bad-id", "bad-table"])
def test_catalogue_errors_name_file_and_line(tmp_path, monkeypatch, row, problem):
    (tmp_path / "indicators").mkdir()
    name = "indicators/bad_" + problem.replace(" ", "_") + ".tsv"
    (tmp_path / name).write_text(row, encoding="utf-8")
    monkeypatch.setenv("TIEOUT_MODELS", str(tmp_path))
    with pytest.raises(PatternError, match=problem) as info:
        load_catalogue(name)
    assert info.value.line >= 1


# -- matching claims' metrics -----------------------------------------------------------------
@pytest.mark.parametrize("metric, unit, expected", [
    # 计分卡
    ("总体毕业去向落实率", "%", "placement_rate"),         # college 2.1.1: 总体毕业去向落实率为83.31%
    ("毕业生毕业去向落实率", "%", "placement_rate"),
    ("应届生初次就业率", "%", "placement_rate"),         # province 表1-1 column
    ("落实就业", "人", "placed_graduates"),                # 已落实就业3987人
    ("毕业生人数", "人", "graduates"),
    ("吉林省高职毕业生人数", "人", "graduates"),
    ("毕业生月收入", "元", "monthly_income"),
    ("平均薪资", "元", "monthly_income"),                  # 月平均薪资为4311.44元
    ("面向第二产业", "人", "secondary_industry_employed"),
    # 服务贡献表
    ("横向技术服务到款额", "元", "horizontal_service_income"),
    ("技术服务到款额", "元", "horizontal_service_income"),
    ("科研经费到款额", "元", "vertical_research_funds"),     # 纵向科研经费到款额129.01万元
    ("非学历培训项目", "项", "training_projects"),
    ("非学历培训项目", "个", "training_projects"),          # the generic classifier 个
    ("非学历培训学时", "个", "training_hours"),            # 非学历培训学时9881.64个
    ("公益项目培训学时", "个", "public_training_hours"),
    ("东北地区就业", "人", "west_northeast_employment"),
    ("基层就业", "人", "sme_grassroots_employment"),
    ("毕业生就业人数", "人", "employed_graduates"),        # 毕业生就业人数42983人
    ("知识产权保护项目", "项", "ip_projects"),
    # 国际影响表, 落实政策表, 教学资源表
    ("职业教育标准", "个", "intl_standards"),
    ("全日制在校生总数", "人", "full_time_students"),
    ("专任教师", "名", "full_time_teachers"),              # 人, 名, 位 are synonyms
    ("精品在线开放课程", "门", "quality_online_courses"),
    ("专业教学资源库", "个", "resource_libraries"),        # 专业教学资源库34个
])
def test_seed_metric_maps_to_indicator(metric, unit, expected):
    match = load_matcher().match(metric, unit)
    assert match is not None and match.id == expected, match


@pytest.mark.parametrize("metric, unit, not_expected", [
    ("毕业生就业现状满意度", "%", "placement_rate"),
    ("落实就业单位的毕业生就业现状满意度", "%", "placement_rate"),
    ("中级职称教师占比", "%", "senior_title_teacher_ratio"),   # 中级 is not 高级
    ("专任教师硕士以上学位人数", "人", "full_time_teachers"),   # province 表1-1 column
    ("硕士研究生教师", "名", "full_time_teachers"),       # 硕士研究生教师53名
    ("留在当地就业", "%", "local_employment"),            # a % (growth) is not a count
    ("毕业去向落实人数", "%", "placed_graduates"),
    ("毕业去向落实人数", "%", "placement_rate"),
    ("毕业率", "%", "placement_rate"),
])
def test_near_miss_does_not_match(metric, unit, not_expected):
    match = load_matcher().match(metric, unit)
    assert match is None or match.id != not_expected, match


@pytest.mark.parametrize("metric, unit", [("教师", "人"), ("平均访企次数", "次"), ("师生", "名"), ("专业大", "个")])
def test_generic_metric_matches_nothing(metric, unit):
    assert load_matcher().match(metric, unit) is None


@pytest.mark.parametrize("unit, indicator_unit, verdict", [
    ("%", "人", None), ("元", "万元", "bonus"), ("名", "人", "bonus"), ("个", "学时", "penalty"),
    ("", "%", "neutral"), ("批", "门", None), ("学时", "门", None), ("Mbps", "Mbps", "bonus"),
])
def test_unit_adjustment(unit, indicator_unit, verdict):
    got = unit_adjustment(unit, indicator_unit)
    expected = {None: None, "bonus": pytest.approx(0.05), "penalty": pytest.approx(-0.1), "neutral": 0.0}
    assert got == expected[verdict]


def test_match_many_is_parallel_to_match():
    matcher = load_matcher()
    metrics, units = ["总体毕业去向落实率", None, "教师"], ["%", "", "人"]
    assert matcher.match_many(metrics, units) == [matcher.match(m, u) for m, u in zip(metrics, units)]
    with pytest.raises(ValueError, match="units"):
        matcher.match_many(metrics, ["%"])


def test_matcher_follows_sklearn_conventions():
    with pytest.raises(NotFittedError):
        IndicatorMatcher().match("毕业生人数")
    matcher = IndicatorMatcher(threshold=0.9)
    assert matcher.get_params()["threshold"] == 0.9 and not hasattr(matcher, "vectorizer_")
    assert matcher.fit() is matcher
    with pytest.raises(ValueError):
        IndicatorMatcher(threshold=1.5).fit()


def test_table_restriction():
    matcher = load_matcher()
    assert matcher.match("专业数量", "个").id == "majors"
    assert matcher.match("专业数量", "个", table="国际影响表") is None


def test_table_rows_keep_to_their_table():
    # province 表1-1: its labels are the 落实政策表's; 仪器设备资产总值 (a total) alone would be the 教学资源表's
    # per-student value.
    rows = [("d", "表1-1", label, "") for label in (
        "教学科研仪器设备资产总值（万元）", "专任教师数（人）", "行业导师数（人）", "全日制学生数（人）",
        "财政生均拨款收入（万元）")]
    assert load_matcher().match(rows[0][2], "").id == "equipment_value_per_student"
    found = match_table_rows(load_matcher(), rows)
    assert [m.id if m else None for m in found] == [
        None, "full_time_teachers", "industry_mentors", "full_time_students", "funding_per_student"]


@pytest.mark.parametrize("key, expected", [
    ("placement_rate", "placement_rate"), ("毕业去向落实率", "placement_rate"), ("就业率", "placement_rate"),
    ("横向技术服务到款额*", "horizontal_service_income")])
def test_resolve(key, expected):
    assert load_matcher().resolve(key).id == expected


def test_resolve_unknown_suggests():
    with pytest.raises(UnknownIndicator, match="did you mean"):
        load_matcher().resolve("毕业去向落实率啊")


# -- tieout claims --indicator over the two seeds ----------------------------------------------
@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    from conftest import pipeline_missing

    reason = pipeline_missing()
    if reason:
        pytest.skip(reason)
    path = tmp_path_factory.mktemp("indicators") / "seeds.db"
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--store", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def indicator_csv(store: Path, *args: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(cli, ["claims", "--store", str(store), "--format", "csv", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_cli_indicator_placement_rate(seed_store):
    rows = indicator_csv(seed_store, "--indicator", "毕业去向落实率")
    college = [r for r in rows if r["doc"] == COLLEGE]
    assert {(r["value"], r["unit"], r["org"], r["year"]) for r in college} == {
        ("83.31", "%", "哈尔滨职业技术学院", "2023")}
    assert all(r["source"] == "claim" and r["indicator"] == "placement_rate" and r["sentence"] for r in rows)


def test_cli_indicator_claims_and_cells(seed_store):
    rows = indicator_csv(seed_store, "--indicator", "horizontal_service_income")
    got = {(r["source"], r["doc"], r["value"], r["unit"], r["year"]) for r in rows}
    assert ("claim", COLLEGE, "1814.15", "万元", "2023") in got   # the report year (2023 年度)
    assert ("cell", COLLEGE, "1814.15", "万元", "2023") in got
    assert ("cell", COLLEGE, "524.49", "万元", "2022") in got
    assert {r["org"] for r in rows if r["doc"] == COLLEGE} == {"哈尔滨职业技术学院"}


def test_cli_indicator_by_id_or_name_is_the_same(seed_store):
    assert indicator_csv(seed_store, "--indicator", "training_projects") == \
        indicator_csv(seed_store, "--indicator", "非学历培训项目数")


def test_cli_indicator_doc_filter(seed_store):
    rows = indicator_csv(seed_store, "--indicator", "全日制在校生数", "--doc", PROVINCE)
    assert rows and {r["doc"] for r in rows} == {PROVINCE}
    assert {("claim", "228528"), ("claim", "223488")} <= {(r["source"], r["value"]) for r in rows}


def test_cli_indicator_table_format(seed_store):
    result = CliRunner().invoke(cli, ["claims", "--store", str(seed_store), "--indicator", "月收入"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split()[:4] == ["source", "org", "year", "value"]
    assert "3770" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["--indicator", "没有这个指标"], "unknown indicator"),
    (["--indicator", "月收入", "--kind", "share"], "cannot be combined"),
])
def test_cli_indicator_errors(seed_store, args, message):
    result = CliRunner().invoke(cli, ["claims", "--store", str(seed_store), *args])
    assert result.exit_code == 1
    assert message in result.output
