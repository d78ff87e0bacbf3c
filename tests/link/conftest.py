from __future__ import annotations

from pathlib import Path

import pytest

from extract.api import read_report

PLAN = Path(__file__).resolve().parents[2] / "corpora" / "real" / "restructuring_plan_002352_dingtai_sf_2016.pdf"


@pytest.fixture(scope="session")
def plan():
    """The restructuring plan (381 pages) read once for the link tests that need its real tables far from its prose."""
    return read_report(PLAN)
