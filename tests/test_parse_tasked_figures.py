"""Targets listed by code in the goals ("- AG.01: Tỷ suất … — thực hiện tại Nhiệm vụ 1, Mục
III.") whose figures stand inside the tasks, a line each under the task that carries them
("+ AG.01 (…): năm 2025 đạt 9,8; sơ kết năm 2028 phấn đấu dưới 9,1; đến năm 2030 phấn đấu
dưới 8,3 (đơn vị tính: ‰)"), their roles the task's "Chủ trì: … Phối hợp: …" line or their own
("Riêng chỉ tiêu AG.03: chủ trì là …") (blind round 83's layout).

Pure: a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 57/KH-UBND Hòa Sơn, ngày 26 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể: 03 chỉ tiêu (mã AG.01 - AG.03)",
    "Mục tiêu 1. Sức khỏe trẻ em",
    "- AG.01: Tỷ suất tử vong trẻ em dưới 1 tuổi (đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống)) — thực",
    "hiện tại Nhiệm vụ 1, Mục II.",
    "- AG.02: Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (đơn vị tính: %) — thực hiện tại Nhiệm vụ 1, Mục II.",
    "Mục tiêu 2. Bảo vệ trẻ em",
    "- AG.03: Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế (đơn vị tính: %) — thực hiện tại Nhiệm vụ 2, Mục II.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "Nhiệm vụ 1. Chăm sóc sức khỏe trẻ em",
    "Chủ trì: Sở Y tế. Phối hợp: Hội Liên hiệp Phụ nữ tỉnh.",
    "- Duy trì khám thai định kỳ tại trạm y tế xã.",
    "Chỉ tiêu nhiệm vụ phải bảo đảm:",
    "+ AG.01 (Tỷ suất tử vong trẻ em dưới 1 tuổi): năm 2025 đạt 9,8; sơ kết năm 2028 phấn đấu dưới",
    "",
    "9,1; đến năm 2030 phấn đấu dưới 8,3 (đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống)).",
    "+ AG.02 (Tỷ lệ thấp còi): năm 2025 đạt 19,4; sơ kết năm 2028 phấn đấu dưới 18,1; đến năm 2030 phấn đấu dưới 16,5 (đơn vị tính: %).",
    "Nhiệm vụ 2. Bảo hiểm y tế cho trẻ em",
    "Chủ trì: Sở Y tế. Phối hợp: Sở Tài chính.",
    "+ AG.03 (Thẻ bảo hiểm y tế): năm 2025 đạt 97,2; sơ kết năm 2028 phấn đấu 99; đến năm 2030 phấn đấu 100 (đơn vị tính: %).",
    "  Riêng chỉ tiêu AG.03: chủ trì là Bảo hiểm xã hội tỉnh; phối hợp: Sở Y tế; Sở Tư pháp.",
    "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh57-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_figures_and_roles_given_in_the_tasks_go_to_their_targets(tmp_path):
    plan = ingest_file(_write(tmp_path))
    names = {a.key: a.name for a in plan.agencies}
    assert [(i.label, i.goal, [(t.year, t.value, t.unit) for t in i.targets]) for i in plan.indicators] == [
        ("AG.01", 1, [(2025, 9.8, "per_1000_live_births"), (2028, 9.1, "per_1000_live_births"),
                      (2030, 8.3, "per_1000_live_births")]),
        ("AG.02", 1, [(2025, 19.4, "%"), (2028, 18.1, "%"), (2030, 16.5, "%")]),
        ("AG.03", 2, [(2025, 97.2, "%"), (2028, 99, "%"), (2030, 100, "%")])]
    assert [([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies]) for i in plan.indicators] == [
        (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
        (["Bảo hiểm xã hội"], ["Sở Y tế", "Sở Tư pháp"])]


@pytest.mark.parametrize("question, shown", [
    ("Hòa Sơn AG.02 năm 2028?", "phấn đấu dưới 18,1% (2028)"),
    ("ct AG.03 hoa son ai chu tri", "Chủ trì: Bảo hiểm xã hội tỉnh"),
])
def test_officers_ask_by_code(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first
