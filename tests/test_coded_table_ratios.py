"""A table of targets coded by the province's letters with no group row above them, and
what a scan of it reads (round 156's layout, found by a blind question set):

    | Mã | Chỉ tiêu | ĐVT | 2025 (thực hiện) | 2028 | 2030 |
    | LC-01 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 23,60‰ | 20,15‰ | 18,40‰ |
    | LC-21 | Tỷ lệ trẻ em vi phạm pháp luật (so với năm 2025) | lần | 1,00 lần | 0,85 lần | 0,75 lần |

- each coded row is a target (none had been read: a hyphen code with no group row above it
  found no goal to belong to), cited and led by its code ("LC-01 đến LC-06 | Sở Y tế"); a
  table of areas by code ("| Mã chỉ tiêu | Khu vực | … |") adds none, nor a coded table of
  activities outside the goals ("III. NHIỆM VỤ" › "| TT-01 | Phóng sự … | 10 | 12 |");
- a ratio to a base year ("0,75 lần") is a figure; "khám thai ít nhất 4 lần" stays words of a
  rate's name;
- a figure is stated as the plan writes it: "18,40‰", not "18,4‰";
- a scan's "‰" read with its circle apart ("20,15%-o") and a rate's base split at its
  thousands' point ("trẻ/100. 000") are put back.

Pure: the shipped plans and the plan below → the stored facts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Số: 215/KH-UBND
Lai Châu, ngày 18 tháng 02 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Lai Châu giai đoạn 2026 - 2030

II. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm ngày càng tốt hơn các quyền của trẻ em.
2. Mục tiêu cụ thể
Bảng 1. Các chỉ tiêu cụ thể

| Mã | Chỉ tiêu | ĐVT | 2025 (thực hiện) | 2028 | 2030 |
| LC-01 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 23,60‰ | 20,15‰ | 18,40‰ |
| LC-02 | Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần | % | 62,7% | 72,5% | 80,0% |
| LC-03 | Tỷ lệ trẻ em hoàn thành chương trình tiểu học | % | 95,4% | 96,8% | 97,8% |
| LC-04 | Tỷ lệ trẻ em vi phạm pháp luật (so với năm 2025) | lần | 1,00 lần | 0,85 lần | 0,75 lần |
| LC-05 | Mức tăng số trẻ em được tiếp cận dịch vụ tư vấn tâm lý (so với năm 2025) | lần | 1,00 lần | 1,25 lần | 1,50 lần |

Một số chỉ tiêu được giao mức riêng cho các xã biên giới:
| Mã chỉ tiêu | Khu vực | Kết quả năm 2025 | Mốc năm 2028 | Đích năm 2030 |
| LC-03 | 08 xã biên giới | 90,1% | 93% | 95% |

III. NHIỆM VỤ, GIẢI PHÁP
2. Các hoạt động truyền thông hằng năm:
| Mã | Nội dung | Năm 2026 | Năm 2027 | Năm 2028 |
| TT-01 | Phóng sự truyền hình về quyền trẻ em | 10 | 12 | 14 |
| TT-02 | Tỷ lệ trường học treo pa nô tuyên truyền | 50% | 60% | 70% |

IV. TỔ CHỨC THỰC HIỆN
| Mã chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |
| LC-01 đến LC-02 | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |
| LC-03 | Sở Giáo dục và Đào tạo | Tỉnh đoàn |
| LC-04 | Công an tỉnh | Sở Tư pháp |
| LC-05 | Sở Y tế | Sở Giáo dục và Đào tạo |

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Tiến
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("laichau-kh215-2026.txt", PLAN)


def _indicator(kb, label: str):
    plan = next(p for p in kb.plans if p.number and p.number.startswith("215/"))
    return next(i for i in plan.indicators if i.label == label)


def test_coded_rows_with_no_group_above_are_read(kb):
    first = _indicator(kb, "LC-01")
    assert sorted((t.year, t.value, t.achieved) for t in first.targets) == [
        (2025, 23.6, True), (2028, 20.15, False), (2030, 18.4, False)]


def test_a_table_of_areas_by_code_adds_no_target(kb):
    plan = next(p for p in kb.plans if p.number and p.number.startswith("215/"))
    assert [i.label for i in plan.indicators] == ["LC-01", "LC-02", "LC-03", "LC-04", "LC-05"]
    # (read before the targets it is about, as a plan stating its targets in lines "SL-16. …"
    # reads them: round 93)
    from knowledge.parse.goals import parse_goals
    from knowledge.parse.structure import parse_document

    areas = PLAN[PLAN.index("II. MỤC TIÊU"):PLAN.index("Bảng 1")] + PLAN[PLAN.index("Một số chỉ tiêu"):]
    assert parse_goals(parse_document(areas))[1] == []


def test_a_ratio_to_a_base_year_is_a_figure_and_a_count_in_a_name_is_not(kb):
    assert sorted((t.year, t.value) for t in _indicator(kb, "LC-04").targets) == [
        (2025, 1.0), (2028, 0.85), (2030, 0.75)]
    assert sorted((t.year, t.value) for t in _indicator(kb, "LC-02").targets) == [
        (2025, 62.7), (2028, 72.5), (2030, 80.0)]


@pytest.mark.parametrize("question, stated, not_stated", [
    ("Lai Châu tỷ suất tử vong trẻ em dưới 1 tuổi năm 2030", "18,40‰", "20,15"),
    ("Lai Châu: tỷ lệ trẻ em vi phạm pháp luật năm 2030 so với năm 2025 là bao nhiêu lần?", "0,75 lần", "0,85"),
    ("lai chau muc tang so tre duoc tu van tam ly nam 2028", "1,25 lần", "1,50"),
    ("Ai chu tri chi tieu LC-02 Lai Chau?", "Sở Y tế", "Giáo dục"),
    ("Lai Châu chỉ tiêu LC-03 năm 2030", "97,8%", "95%"),
    ("Which agency leads LC-04 in the Lai Chau plan?", "Công an tỉnh", "Sở Y tế"),
])
def test_coded_targets_answer_as_the_plan_writes_them(kb, question, stated, not_stated):
    _states(kb, question, stated, absent=(not_stated,))


@pytest.mark.parametrize("read, repaired", [
    ("| LC-01 | Tỷ suất … | ‰ | 23,60‰ | 20,15%-o | 18,40‰ |", "| LC-01 | Tỷ suất … | ‰ | 23,60‰ | 20,15‰ | 18,40‰ |"),
    ("| LC-16 | Tỷ suất … | trẻ/100. 000 | 9,85 | 8,40 |", "| LC-16 | Tỷ suất … | trẻ/100.000 | 9,85 | 8,40 |"),
    ("giảm 10%-owner", "giảm 10%-owner"),          # (no circle of a per-mille sign: left as read)
    ("năm 2025. 2026 đạt 95%", "năm 2025. 2026 đạt 95%"),   # (no rate base: left as read)
])
def test_a_scans_per_mille_and_split_rate_base_are_put_back(read, repaired):
    from knowledge.parse.formats.ocr import repair_readings

    assert repair_readings(read) == repaired
