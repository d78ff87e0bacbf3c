"""The spaCy side: our jieba tokenizer (private, with the user dictionary), the organisation component in
extract.nlp, and the claims component one stage up (extract.claims.spacy_component)."""
from __future__ import annotations

import jieba

from extract.claims.spacy_component import make_nlp
from extract.nlp import pipeline
from extract.nlp.orgs import find_orgs
from extract.nlp.segmenter import cut

SENTENCE = "2023 年奖助总金额为 2136.97 万元，比去年增加了 328.15 万元，增长了 18.14%。"


def test_user_dictionary_keeps_domain_words_whole():
    assert "毕业去向落实率" in cut("总体毕业去向落实率为83.31%")


def test_user_dictionary_does_not_touch_jiebas_global_tokenizer():
    cut("总体毕业去向落实率")
    assert "毕业去向落实率" not in jieba.dt.FREQ or jieba.dt.FREQ["毕业去向落实率"] != 100


def test_component_sets_claim_spans_with_fields():
    doc = make_nlp()(SENTENCE)
    spans = doc.spans["claims"]
    assert [s.text for s in spans] == ["2136.97 万元", "328.15 万元", "18.14%"]
    assert [s.label_ for s in spans] == ["money", "delta", "growth"]
    assert spans[2]._.metric == "奖助总金额" and spans[2]._.baseline == "去年" and spans[0]._.scale == 10000


def test_displacy_renders_the_claims():
    from spacy import displacy

    html = displacy.render(make_nlp()(SENTENCE), style="span", options={"spans_key": "claims"})
    assert "growth" in html and "18.14" in html


def test_organisation_names_left_edge():
    assert find_orgs("完成与新加坡南阳理工学院两校间43名师生的交流") == ["新加坡南阳理工学院"]
    assert find_orgs("——记长春职业技术学院蓝星赛车队") == ["长春职业技术学院"]
    assert find_orgs("2023年哈尔滨市大学生暑期社会实践") == []


def test_org_component_marks_schools():
    doc = make_nlp()("长春职业技术学院在全国 205 所参赛院校中获奖总数并列第一。")
    assert [(s.text, s.label_) for s in doc.spans["orgs"]] == [("长春职业技术学院", "school")]


def test_nlp_pipeline_has_tokenizer_and_orgs_and_the_claims_pipeline_adds_claims():
    assert pipeline.make_nlp().pipe_names == ["tieout_orgs"]
    assert make_nlp().pipe_names == ["tieout_orgs", "tieout_claims"]
    doc = pipeline.make_nlp()("长春职业技术学院在全国 205 所参赛院校中获奖总数并列第一。")
    assert "毕业去向落实率" in [t.text for t in pipeline.make_nlp()("总体毕业去向落实率为83.31%")]
    assert [s.text for s in doc.spans["orgs"]] == ["长春职业技术学院"] and "claims" not in doc.spans
