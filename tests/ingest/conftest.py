"""Ingest test configuration: the ``slow`` marker (whole 200–400 page real PDFs)."""
from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: reads whole large real PDFs (deselect with -m 'not slow')")
