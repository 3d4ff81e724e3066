"""Nothing is hard-coded: a copy of the Cần Thơ plan turned into a fictional Hải Phòng plan
with other numbers comes out with its own locality, slug, numbers and date."""

from pathlib import Path

from knowledge.ingest import ingest_files
from knowledge.store import DEFAULT_PLANS_DIR

REPLACEMENTS = [
    ("Cần Thơ", "Hải Phòng"), ("CẦN THƠ", "HẢI PHÒNG"), ("CÀM THƠ", "HẢI PHÒNG"),
    ("Cần  \nThơ", "Hải Phòng"),
    ("608 /QĐ-UBND", "715 /QĐ-UBND"), ("ngày 18 tháng 3", "ngày 9 tháng 4"),
    ("năm 2021", "năm 2022"), ("18 tháng 3  \nnăm 2021", "9 tháng 4  \nnăm 2022"),
    ("đạt 91% vào năm 2025 và 93%", "đạt 88% vào năm 2025 và 92,5%"),
    ("dưới 9,5 vào năm 2025", "dưới 8,7 vào năm 2025"),
    ("xuống 420/100.000", "xuống 380/100.000"),
    ("dưới 5% đối với nông thôn", "dưới 4,5% đối với nông thôn"),
    ("Hướng dẫn triển khai thực hiện chỉ tiêu 14", "Hướng dẫn triển khai thực hiện chỉ tiêu 14, 16"),
]


def make_copy(tmp_path: Path) -> Path:
    text = (DEFAULT_PLANS_DIR / "cantho-qd608-2021-2030.txt").read_text(encoding="utf-8")
    for old, new in REPLACEMENTS:
        text = text.replace(old, new)
    path = tmp_path / "a-new-plan.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_renamed_copy_gives_its_own_facts(tmp_path):
    [plan] = ingest_files([make_copy(tmp_path)])
    assert ("hp-qd715-2022", "Hải Phòng", "715/QĐ-UBND", "2022-04-09", "UBND thành phố Hải Phòng") == (
        plan.slug, plan.locality, plan.number, plan.date, plan.issuer)
    indicators = {i.number: i for i in plan.indicators}
    assert 24 == len(indicators)
    assert [(2025, 88.0), (2030, 92.5)] == [(t.year, t.value) for t in indicators[1].targets]
    assert (2025, 8.7, "under") == (indicators[3].targets[0].year, indicators[3].targets[0].value,
                                    indicators[3].targets[0].comparator)
    assert [380.0, 400.0] == [t.value for t in indicators[11].targets if t.metric_index == 1]
    assert [4.5, 10.0, 4.5, 10.0] == [t.value for t in indicators[4].targets if t.metric_index == 3]
    assert ["so-tu-phap"] == indicators[14].lead_agencies
    assert ["so-tu-phap", "so-giao-duc-va-dao-tao"] == indicators[16].lead_agencies


def test_copy_and_original_get_distinct_slugs(tmp_path):
    original = DEFAULT_PLANS_DIR / "cantho-qd608-2021-2030.txt"
    plans = ingest_files([original, make_copy(tmp_path)])
    assert ["ct-qd608-2021", "hp-qd715-2022"] == [p.slug for p in plans]
