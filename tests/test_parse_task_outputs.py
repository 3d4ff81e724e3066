"""Blind round 103's layout: no table and no code; each target a task's output "Kết quả đầu ra
số N. … (đơn vị tính: ‰): đích năm 2030: …; giữa kỳ năm 2028: …; điểm xuất phát năm 2025: …"
under "Nhiệm vụ N." whose "Cơ quan chủ trì chung: …" leads them all, an output's own lead a
line "Ngoại lệ giao chủ trì: …", its partners a bracket "(Phối hợp: …)"; a PDF's width
wrapping an output's line. Asked as "kết quả đầu ra số 5", "kq 5", "output 5".

Pure: a plan text (invented figures) → targets and roles; replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

PLAN = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 412/KH-UBND Hòa Sơn, ngày 26 tháng 01 năm 2026", "", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
        "II. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền.", "",
        "III. NHIỆM VỤ, GIẢI PHÁP VÀ KẾT QUẢ ĐẦU RA", "",
        "Nhiệm vụ 1. Chăm sóc sức khỏe, dinh dưỡng cho trẻ em",
        "Cơ quan chủ trì chung: Sở Y tế.",
        "a) Giải pháp:", "- Củng cố mạng lưới trạm y tế xã, phường.",
        "b) Kết quả đầu ra phải đạt:",
        "Kết quả đầu ra số 1. Tỷ suất tử vong trẻ em dưới 1 tuổi trên 1.000 trẻ đẻ sống (đơn vị tính: ‰): đích năm 2030: "
        "dưới 9,6‰; giữa kỳ năm 2028: dưới 10,4‰; điểm xuất phát năm 2025: 11,2‰.",
        "   (Phối hợp: Bảo hiểm xã hội tỉnh; Ủy ban nhân dân các xã, phường.)",
        "Kết quả đầu ra số 2. Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế (đơn vị tính: %): đích năm",
        "  2030: 100%; giữa kỳ năm 2028: 99%; điểm xuất phát năm 2025: 97,6%.",
        "   Ngoại lệ giao chủ trì: Bảo hiểm xã hội tỉnh.",
        "   (Phối hợp: Sở Y tế; Công an tỉnh.)", "",
        "Nhiệm vụ 2. Bảo vệ trẻ em",
        "Cơ quan chủ trì chung: Sở Nội vụ.",
        "b) Kết quả đầu ra phải đạt:",
        "Kết quả đầu ra số 3. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %): đích năm 2030: 100%; "
        "giữa kỳ năm 2028: 99,3%; điểm xuất phát năm 2025: 98,1%.",
        "   Ngoại lệ giao chủ trì: Sở Tư pháp.",
        "   (Phối hợp: Công an tỉnh; Sở Y tế.)",
        "Kết quả đầu ra số 4. Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp (đơn vị tính: %): đích năm 2030: 97%; "
        "giữa kỳ năm 2028: 95%; điểm xuất phát năm 2025: 92,7%.",
        "   (Phối hợp: Sở Y tế; Hội Liên hiệp Phụ nữ tỉnh.)", "",
        "IV. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo trước ngày 20/12 hằng năm.", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder):
    return write_plan(folder, "hoason-kh412-2026.txt", PLAN)


def test_each_output_is_a_target_with_its_task_s_lead_or_its_own(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert [(i.number, sorted((t.year, t.comparator, t.value) for t in i.targets)) for i in plan.indicators] == [
        (1, [(2025, "exactly", 11.2), (2028, "under", 10.4), (2030, "under", 9.6)]),
        (2, [(2025, "exactly", 97.6), (2028, "at_least", 99), (2030, "at_least", 100)]),
        (3, [(2025, "exactly", 98.1), (2028, "at_least", 99.3), (2030, "at_least", 100)]),
        (4, [(2025, "exactly", 92.7), (2028, "at_least", 95), (2030, "at_least", 97)])]
    assert _roles(plan) == [
        (["Sở Y tế"], ["Bảo hiểm xã hội", "Ủy ban nhân dân các xã, phường"]),
        (["Bảo hiểm xã hội"], ["Sở Y tế", "Công an tỉnh"]),
        (["Sở Tư pháp"], ["Công an tỉnh", "Sở Y tế"]),
        (["Sở Nội vụ"], ["Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh"])]
    # (a checkpoint's word before its year, "…: đích năm 2030", is no part of what is measured)
    assert plan.indicators[3].targets[0].metric == "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp"


@pytest.mark.parametrize("question, shown", [
    ("Kết quả đầu ra số 4 của Hòa Sơn năm 2030 phải đạt bao nhiêu?", "97% (2030)"),
    ("kq 3 hoa son ai chu tri", "Chủ trì: Sở Tư pháp"),
    ("Which agency leads output 2 in the Hoa Son plan?", "Chủ trì: Bảo hiểm xã hội"),
    # a year's result typed short is no output's number
    ("Hòa Sơn kq 2025 tỷ lệ đăng ký khai sinh là bao nhiêu?", "98,1% (đã đạt năm 2025)"),
])
def test_replies(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first
