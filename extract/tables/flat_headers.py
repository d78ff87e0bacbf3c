"""Column labels of flattened tables, rebuilt from header lines a PDF dump wrapped and reordered.

Two shapes:

* one header line holds a label per column ("序号 指标 单位 2022年 2023年"), maybe with a line
  of group names above it ("国家级… 省级…" over "一等奖 二等奖 三等奖 一等奖 二等奖 三等奖"):
  ``lines_to_labels``;
* every label is wrapped over several lines ("国家" / "奖学金" / "国家励志" / "奖学金" …), and a
  two-row header comes out as: upper-band cells (groups and row-spanning labels, left to right),
  the stub label ("年份"), then the lower-band labels: ``fragments_to_labels``.

Wrapped fragments are joined back by ``partition_fragments``: split the fragments into exactly
as many labels as the rows have numbers, preferring labels that end like a label
(``LABEL_END_CHARS``) and labels of even size.
"""
from __future__ import annotations

from functools import lru_cache

import regex

# 表头里行标签所在列的栏目名（"年份"、"项目"），不对应数值列。
STUB_RE = regex.compile(r"^(?:年份|年度|项目|序号|指标|名称|类别|级别|获奖时间|学校名称|时间)")
# 列名常见的末字：据此把 PDF 折行拆开的表头碎片拼回完整列名（"总册"+"数"，"国家"+"奖学金"）。
LABEL_END_CHARS = frozenset("数量率额金款刊费助奖源）)人次名值比计项")
OPEN_BRACKETS = ("（", "(")
CLOSE_BRACKETS = ("）", ")")


def is_open(fragment: str) -> bool:
    """A fragment with a bracket it does not close ("学位人数（人")."""
    return fragment.count("（") + fragment.count("(") > fragment.count("）") + fragment.count(")")


def attach_brackets(fragments: list[str]) -> list[str]:
    """Join a bracketed unit to the fragment before it: "普查人数", "（人）" -> "普查人数（人）";
    and a bracket wrapped over lines: "…学位人数（人", "）" -> "…学位人数（人）"."""
    out: list[str] = []
    for frag in fragments:
        if out and (frag.startswith(OPEN_BRACKETS + CLOSE_BRACKETS) or is_open(out[-1])):
            out[-1] += frag
        else:
            out.append(frag)
    return out


def label_score(group: tuple[str, ...]) -> int:
    """+1 when the joined fragments end like a column label, -1 when they end mid-word."""
    return 1 if group[-1][-1:] in LABEL_END_CHARS else -1


def partition_fragments(fragments: list[str], k: int) -> list[str]:
    """``fragments`` joined into exactly ``k`` labels (in order); padded with "" if too few."""
    if k <= 0:
        return []
    if len(fragments) <= k:
        return fragments + [""] * (k - len(fragments))
    frags = tuple(fragments)

    @lru_cache(maxsize=None)
    def best(i: int, left: int) -> tuple[tuple[int, int], tuple[int, ...]]:
        if left == 0:
            return ((0, 0), ()) if i == len(frags) else ((-10**6, 0), ())
        options = []
        for j in range(i + 1, len(frags) - left + 2):
            (score, even), cuts = best(j, left - 1)
            options.append(((score + label_score(frags[i:j]), even - (j - i) ** 2), (j,) + cuts))
        return max(options)

    _, cuts = best(0, k)
    starts = (0,) + cuts[:-1]
    return ["".join(frags[a:b]) for a, b in zip(starts, cuts)]


def split_stub(fragments: list[str], k: int) -> tuple[list[str], str, list[str]]:
    """(upper band, stub label, lower band): the stub run splits the fragments, if it leaves k."""
    for i, frag in enumerate(fragments):
        if not STUB_RE.match(frag):
            continue
        j = i
        while j < len(fragments) and STUB_RE.match(fragments[j]):
            j += 1
        if len(fragments) - (j - i) >= k:
            return fragments[:i], fragments[i], fragments[j:]
        break
    return [], "", fragments


def band_layouts(n_upper: int, n_lower: int, k: int) -> list[tuple[int, int]]:
    """Possible (lower-label count, group count) when ``n_upper`` upper cells alternate groups
    and row-spanning columns and the groups' lower labels make up the rest of the ``k`` columns."""
    out = []
    for n_labels in range(1, n_lower + 1):
        spanning = k - n_labels
        groups = n_upper - spanning
        if groups >= 1 and spanning >= 0 and abs(groups - spanning) <= 1 and n_labels >= 2 * groups:
            out.append((n_labels, groups))
    return out


def interleave_bands(upper: list[str], lower: list[str], groups: int) -> list[str]:
    """Column labels of a two-row header: groups (G) and spanning cells (C) alternate in ``upper``;
    each group takes an even share of ``lower`` (the remainder to the last groups)."""
    spanning = len(upper) - groups
    start_group = groups >= spanning
    base, extra = divmod(len(lower), groups)
    shares = [base + (1 if g >= groups - extra else 0) for g in range(groups)]
    labels, taken, g = [], 0, 0
    for pos, cell in enumerate(upper):
        if (pos % 2 == 0) == start_group:
            labels.extend(lower[taken:taken + shares[g]])
            taken, g = taken + shares[g], g + 1
        else:
            labels.append(cell)
    return labels


def labels_score(labels: list[str]) -> int:
    """Sum of ``label_score`` over the non-empty labels."""
    return sum(label_score((lab,)) for lab in labels if lab)


def fragments_to_labels(fragments: list[str], k: int) -> tuple[str, list[str]]:
    """(stub label, ``k`` value-column labels) from wrapped header fragments.

    With an upper band, its fragments are joined into ``n`` cells and the lower band into the
    matching number of labels; the (n, layout) whose labels end most like labels wins.
    """
    fragments = attach_brackets(fragments)
    upper, stub, lower = split_stub(fragments, k)
    if not upper:
        return stub, partition_fragments(lower, k)
    scored = []
    for n_upper in range(1, len(upper) + 1):
        cells = partition_fragments(upper, n_upper)
        for n_labels, groups in band_layouts(n_upper, len(lower), k):
            labels = partition_fragments(lower, n_labels)
            balance = -abs(groups - (n_upper - groups))
            scored.append((labels_score(cells) + labels_score(labels), balance, cells, labels, groups))
    if not scored:
        return stub, partition_fragments(upper + lower, k)
    _, _, cells, labels, groups = max(scored, key=lambda s: (s[0], s[1]))
    return stub, interleave_bands(cells, labels, groups)


def apply_groups(labels: list[str], groups: list[str], k: int) -> list[str]:
    """Prefix the last ``k`` labels with their group when those labels repeat (一等奖 twice)."""
    values = labels[len(labels) - k:]
    if not groups or k % len(groups) or len(set(values)) == len(values):
        return labels
    span = k // len(groups)
    prefixed = [groups[i // span] + lab for i, lab in enumerate(values)]
    return labels[:len(labels) - k] + prefixed


def lines_to_labels(lines: list[list[str]], k: int, width: int) -> list[str] | None:
    """Labels from the header line with the most cells, when it has one per value column;
    single-cell lines above it give the stub labels the rows need, a line of fewer cells the groups."""
    if not lines:
        return None
    longest = max(range(len(lines)), key=lambda i: (len(lines[i]), i))
    labels = list(lines[longest])
    groups = len(labels) - 1
    if len(lines) == 1 and 2 <= groups < k and k % groups == 0:
        # "地区 本科毕业生 毕业研究生 总体" over six values: each group spans as many (人数, 比例), its sub-labels unprinted
        return [labels[0]] + [label for label in labels[1:] for _ in range(k // groups)]
    if len(labels) < max(k, 2):
        return None
    above = lines[:longest]
    stubs = [line[0] for line in above if len(line) == 1][:max(0, width - len(labels))]
    groups = next((line for line in above if 1 < len(line) < len(labels)), [])
    return stubs + apply_groups(labels, list(groups), min(k, len(labels)))
