"""Numbers in Chinese reports: parsing numerals as written (see :mod:`extract.numbers.parse`)."""
from .parse import NUMERAL_RE, SCALE_WORDS, is_chinese_numeral, parse_numeral, split_scale

__all__ = ["NUMERAL_RE", "SCALE_WORDS", "is_chinese_numeral", "parse_numeral", "split_scale"]
