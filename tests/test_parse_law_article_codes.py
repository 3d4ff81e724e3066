"""Blind round 94's layout: targets coded by the article of the Law on Children they measure
and a letter ("  14.c  Tỷ lệ …"), under headings "ĐIỀU 14 LUẬT TRẺ EM - …", each over a line
"Mức năm 2025: … / Yêu cầu năm 2028: … / Yêu cầu năm 2030: …"; roles said once per article
after its targets ("► Giao thực hiện nhóm quyền Điều 14: Chủ trì: …. Phối hợp: …."), a target
apart on a line of its own ("Riêng chỉ tiêu 14.b: chủ trì vẫn là …; phối hợp: …").

Pure: a plan text (invented figures) → targets and roles; then a reply.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

ARTICLES = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 58/KH-UBND Hòa Sơn, ngày 22 tháng 01 năm 2026", "", "KẾ HOẠCH",
            "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
            "II. MỤC TIÊU", "", "3. Mục tiêu cụ thể (03 chỉ tiêu)", "",
            "ĐIỀU 13 LUẬT TRẺ EM - QUYỀN ĐƯỢC KHAI SINH (01 chỉ tiêu)",
            "  13.a  Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %).",
            "        Mức năm 2025: 97,6% / Yêu cầu năm 2028: 99% / Yêu cầu năm 2030: 100%", "",
            "  ► Giao thực hiện nhóm quyền Điều 13: Chủ trì: Sở Tư pháp. Phối hợp: Công an tỉnh.", "",
            "ĐIỀU 14 LUẬT TRẺ EM - QUYỀN ĐƯỢC CHĂM SÓC SỨC KHỎE (02 chỉ tiêu)",
            "  14.a  Tỷ suất tử vong trẻ em dưới 1 tuổi trên 1.000 trẻ đẻ sống (đơn vị tính: ‰).",
            "        Mức năm 2025: 9,8‰ / Yêu cầu năm 2028: dưới 9,0‰ / Yêu cầu năm 2030: dưới 8,2‰", "",
            "  14.b  Số trẻ em tử vong do đuối nước trong năm (đơn vị tính: trẻ em).",
            "        Mức năm 2025: 17 em / Yêu cầu năm 2028: dưới 13 em / Yêu cầu năm 2030: dưới 9 em", "",
            "  ► Giao thực hiện nhóm quyền Điều 14: Chủ trì: Sở Y tế. Phối hợp: Bảo hiểm xã hội tỉnh; Hội Liên hiệp Phụ nữ tỉnh.",
            "    Riêng chỉ tiêu 14.b: chủ trì vẫn là Sở Y tế; phối hợp: Sở Giáo dục và Đào tạo.", "",
            "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo trước ngày 20/12 hằng năm.", "",
            "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str], blank: bool = False):
    return write_plan(folder, "hoason-kh58-2026.txt", lines, blank)


@pytest.mark.parametrize("blank", [False, True], ids=["lines", "paragraphs"])
def test_article_codes_their_steps_and_the_roles_said_once(tmp_path, blank):
    plan = ingest_file(_write(tmp_path, ARTICLES, blank))
    assert [(i.label, sorted((t.year, t.comparator, t.value) for t in i.targets)) for i in plan.indicators] == [
        ("13.a", [(2025, "exactly", 97.6), (2028, "at_least", 99), (2030, "at_least", 100)]),
        ("14.a", [(2025, "exactly", 9.8), (2028, "under", 9.0), (2030, "under", 8.2)]),
        ("14.b", [(2025, "exactly", 17), (2028, "under", 13), (2030, "under", 9)])]
    assert _roles(plan) == [(["Sở Tư pháp"], ["Công an tỉnh"]),
                            (["Sở Y tế"], ["Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Y tế"], ["Sở Giáo dục và Đào tạo"])]


def test_reply_by_code(tmp_path):
    kb = _kb_of(tmp_path, _write(tmp_path, ARTICLES))
    assert _first_line("Chỉ tiêu 14.a của Hòa Sơn năm 2030?", kb).startswith("dưới 8,2")
    assert _first_line("ct 14.b hoa son ai chu tri", kb).startswith("Chủ trì: Sở Y tế")
