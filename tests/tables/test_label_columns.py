"""The column that names the rows (issue 11): a header word that names the label column ("设备类型") makes its
column the row labels even when most of its cells read as figures. Real table of
restructuring_plan_002352_dingtai_sf_2016 (PDF p295, 冷运车辆与温控设备采购项目 投资规模估算; README A19: its five body
rows had no label and the vehicle classes 1.5吨, 3.5吨, 14吨 were figures)."""
from __future__ import annotations

from decimal import Decimal

from extract.link.checks import sum_checks

from .test_serial_labels import PAGES, dingtai_tables_to


def cold_chain():
    return next(t for t in dingtai_tables_to(PAGES) if t.page == 295 and "设备类型" in t.header)


def test_vehicle_classes_name_their_rows():
    counts = {c.row: c.value for c in cold_chain().cells if c.col == "购置数量合计（辆）" and c.value is not None}
    assert counts == {"冷链运输车辆": Decimal("622"), "1.5吨": Decimal("299"), "3.5吨": Decimal("152"), "14吨": Decimal("171")}


def test_no_class_is_a_figure():
    assert not [c for c in cold_chain().cells if c.col == "设备类型"]


def test_its_total_adds_the_vehicles_once():
    # 合计 = 冷链运输车辆 + EPP温控箱; the classes under 冷链运输车辆 (序号 1.1-1.3) are its parts, not siblings
    checks = sum_checks("dingtai", cold_chain())
    assert len(checks) == 5 and all(c.ok for c in checks)
    assert {c.expected for c in checks} == {Decimal("71795"), Decimal("7805"), Decimal("22838"), Decimal("41152")}
