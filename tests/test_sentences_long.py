"""Sentences and blocks without line breaks (issue 12/13: a report saved as one long line)."""
from __future__ import annotations

from pathlib import Path

from extract.claims import find_claims
from extract.ingest.text import document_from_text
from extract.records import PARAGRAPH, Block
from extract.structure import find_cases, find_sections
from extract.text.lines import classify_line
from extract.text.sentences import MAX_BLOCK_CHARS, bounded_blocks, split_sentences
from seed_parts import dev_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpora" / "seeds").glob("*.txt"))
WORK_REPORT = ROOT / "corpora" / "real" / "gov_work_report_state_council_2025.txt"


def prose_lines() -> list[str]:
    """The body lines of the seeds' dev parts and of the 2025 work report that are whole sentences (so joining
    them makes no new words)."""
    texts = [dev_text(seed.stem) for seed in SEEDS]   # each seed up to its last dev-gold claim
    out = []
    for text in [*texts, WORK_REPORT.read_text(encoding="utf-8")]:
        out += [ln.strip() for ln in text.splitlines()
                if classify_line(ln) == "body" and len(ln.strip()) > 40 and ln.strip().endswith("。")]
    return out


def claims_of(text: str) -> list:
    document = document_from_text(text)
    sections = find_sections(document)
    return find_claims(document, sections=sections, cases=find_cases(document, sections), tables=[])


def test_text_without_line_breaks_is_cut_into_blocks_at_sentence_ends() -> None:
    text = "".join(prose_lines())
    document = document_from_text(text)
    assert len(text) > 10 * MAX_BLOCK_CHARS
    assert all(b.end - b.start <= MAX_BLOCK_CHARS for b in document.blocks)
    assert [b.start for b in document.blocks[1:]] == [b.end for b in document.blocks[:-1]]
    ends = [text[b.end - 1] for b in document.blocks[:-1]]
    assert sum(ch in "。！？" for ch in ends) >= 0.9 * len(ends)


def test_text_without_line_breaks_gives_the_claims_of_the_text_with_them() -> None:
    lines = prose_lines()
    with_breaks = {c.text for c in claims_of("\n".join(lines))}
    without = {c.text for c in claims_of("".join(lines))}
    assert len(without & with_breaks) >= 0.95 * len(with_breaks)


def test_a_sentence_longer_than_a_block_is_cut_at_semicolons_then_commas() -> None:
    clause = "全年新增就业岗位1200个，其中高校毕业生就业率为92.5%"
    text = "；".join([clause] * 120) + "。"
    blocks = bounded_blocks(text, [Block(PARAGRAPH, 0, len(text), 1)], limit=500)
    assert len(blocks) > 1 and all(b.end - b.start <= 500 for b in blocks)
    assert all(text[b.end - 1] == "；" for b in blocks[:-1])
    assert "".join(text[b.start:b.end] for b in blocks) == text


def test_split_sentences_is_the_same_with_and_without_line_breaks() -> None:
    lines = prose_lines()[:200]
    with_breaks = [s.text.replace("\n", "") for s in split_sentences("\n".join(lines))]
    without = [s.text for s in split_sentences("".join(lines))]
    assert "".join(with_breaks) == "".join(without)
    assert abs(len(with_breaks) - len(without)) <= 0.05 * len(without)
