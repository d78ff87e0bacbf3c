"""Tests of extract.tables: TAB text tables, flattened PDF-text tables, and the gold tables."""
