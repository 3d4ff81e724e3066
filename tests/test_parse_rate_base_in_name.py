"""A table row's rate whose base its name gives in brackets (blind round 145, Phú Thọ): "| 11 |
Tỷ lệ trẻ em … bị đuối nước (trên 100.000 trẻ) | 7,9 | Dưới 5 | …" under "| TT | Chỉ tiêu | Năm
2025 (thực hiện) | Năm 2030 (mục tiêu) | …" is under 5 per 100.000 children in 2030, 7,9 reached in
2025: the bare figures take the base the name writes. The row had been read as no target
("không có chỉ tiêu cho năm 2025").

Pure: a plan written here → the stored targets and the replies.
"""

from __future__ import annotations

from knowledge.model import UNDER

ROWS = ("| TT | Chỉ tiêu | Năm 2025 (thực hiện) | Năm 2030 (mục tiêu) | Chủ trì | Phối hợp |\n"
        "| 1 | Tỷ lệ trẻ em từ 1 tuổi đến dưới 16 tuổi bị đuối nước (trên 100.000 trẻ) | 7,9 | Dưới 5 | "
        "Sở Giáo dục và Đào tạo | Sở Văn hóa, Thể thao và Du lịch |\n"
        "| 2 | Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống) | 9,8 | Dưới 8 | Sở Y tế | |")


def test_bare_figures_take_the_base_the_name_writes(tmp_path):
    from tests.test_ingest_phrasings import ingest

    plan = ingest(tmp_path, ROWS)
    drowning, infants = plan.indicators[0], plan.indicators[1]
    assert [(t.year, t.value, t.unit, t.comparator, t.achieved) for t in drowning.targets] == [
        (2030, 5.0, "per_100000_children", UNDER, False), (2025, 7.9, "per_100000_children", "exactly", True)]
    assert [(t.year, t.value) for t in infants.targets if not t.achieved] == [(2030, 8.0)]
    assert infants.targets[0].unit.startswith("per_1000")


def test_a_rate_per_10000_written_before_its_figure():
    # "… trên 10.000 trẻ em dưới 2,0 vào năm 2030" (blind round 139): 2,0 per 10.000, as "dưới
    # 3,6/10.000" is stored — the clause had been read as no target, and the question answered
    # with the paragraph's first target (child marriage, 3,2%)
    from knowledge.parse.targets import parse_targets

    [target] = parse_targets("tỷ lệ trẻ em vi phạm pháp luật trên 10.000 trẻ em dưới 2,0 vào năm 2030.")
    assert (target.year, target.value, target.unit, target.counted, target.comparator) == (2030, 2.0, "count", "/10.000", UNDER)
