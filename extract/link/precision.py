"""Tolerance from the digits written, and the scale slips no tolerance explains.

A figure stands for every number that rounds to it: "18.14" for [18.135, 18.145], "1,582" 百万元 for
[1,581.5, 1,582.5] 百万元. A check or a conflict allows exactly that much on each figure it reads,
carried through its arithmetic — no threshold fitted to examples. A whole number in base units (1966
人, 1,126,240,241 元, 50,082,169 股) is exact: counts are. A figure that misses its expected value by a
factor of ten to the k (k ≠ 0) and agrees once moved k places — "15.82" 亿元 against 1,582 百万元 read as
亿元 — is written in another scale than it was read in: a scale mismatch, not a wrong figure.

Example:
    >>> from decimal import Decimal
    >>> half_step(Decimal("18.14")), input_step(Decimal("1582"), 1_000_000)
    (Decimal('0.005'), Decimal('0.5'))
    >>> scale_slip(Decimal("158.19"), (Decimal("1.5819"), Decimal("1.5819")), Decimal("0.005"))
    2
"""
from __future__ import annotations

from decimal import Decimal

MAX_SLIP = 8        # 元 to 亿元: the widest gap between two scale words of one report


def half_step(value: Decimal) -> Decimal:
    """Half a unit of the last written digit: 18.14 -> 0.005, 5042 -> 0.5."""
    return Decimal(1).scaleb(value.as_tuple().exponent) / 2


def input_step(value: Decimal, scale: int | Decimal = 1) -> Decimal:
    """How far the rounding of an input figure may carry it, in the units it is written in: none for a
    whole number in base units (a count, an amount in 元 or 股 is exact), else ``half_step`` — a figure
    with decimals, or a whole figure in a scaled unit (1,582 百万元, 4656 万元), is a rounded one."""
    if value.as_tuple().exponent >= 0 and scale == 1:
        return Decimal(0)
    return half_step(value)


def scale_slip(stated: Decimal, interval: tuple[Decimal, Decimal], tolerance: Decimal) -> int | None:
    """The k (0 < |k| <= MAX_SLIP, smallest first) for which ``stated`` moved k places, stated / 10^k,
    lies in ``interval`` widened by the tolerance moved alike; None when there is none, when the stated
    figure is zero, or when the expected interval reaches zero (any figure shrinks into it)."""
    low, high = interval
    if not stated or (low - tolerance <= 0 <= high + tolerance):
        return None
    for k in sorted((k for k in range(-MAX_SLIP, MAX_SLIP + 1) if k), key=lambda k: (abs(k), k)):
        shift = Decimal(1).scaleb(-k)
        moved, allowed = stated * shift, tolerance * shift
        if low - allowed <= moved <= high + allowed:
            return k
    return None


__all__ = ["half_step", "input_step", "scale_slip", "MAX_SLIP"]
