"""Blind round 100's layout: a table of targets per goal whose figures are whole sentences
under headers naming the years ("| Số hiệu | Chỉ tiêu | Hiện trạng năm 2025 | Phấn đấu đến năm
2028 và năm 2030 |" over "| 1-1 | Tỷ suất … | Năm 2025, tỷ suất … là 13,8‰. | Giảm xuống
dưới 12,9‰ vào năm 2028 và dưới 12‰ vào năm 2030. |"), codes "1-1" (goal, order), an appendix
listing the codes again without figures, roles in sentences "Giao Sở Y tế chủ trì các chỉ tiêu
1-1, 1-2 và 1-3; phối hợp: …" with exceptions "(riêng chỉ tiêu 1-3 có thêm … phối hợp)",
"Sở Tài chính (đối với chỉ tiêu 2-1)".

Pure: a plan text (invented figures) → targets and roles; the rewriting alone; replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import assigned_codes, sentence_tables
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEADER = "| Số hiệu | Chỉ tiêu | Hiện trạng năm 2025 | Phấn đấu đến năm 2028 và năm 2030 |"
PLAN = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 215/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
        "II. MỤC TIÊU", "2. Mục tiêu cụ thể", "Gồm 05 chỉ tiêu thuộc 02 mục tiêu.", "",
        "Bảng 1. MỤC TIÊU 1. BẢO ĐẢM QUYỀN ĐƯỢC CHĂM SÓC SỨC KHỎE CỦA TRẺ EM", HEADER,
        "| 1-1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | Năm 2025, tỷ suất tử vong trẻ em dưới 1 tuổi là 13,8‰ "
        "(trên 1.000 trẻ đẻ sống). | Giảm xuống dưới 12,9‰ vào năm 2028 và dưới 12‰ vào năm 2030. |",
        "| 1-2 | Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi | Năm 2025 là 24,6%. | "
        "Giảm xuống dưới 22,8% vào năm 2028 và dưới 21% vào năm 2030. |",
        "| 1-3 | Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế | Năm 2025 đạt 97,2%. | "
        "Đạt 98,5% vào năm 2028 và 100% vào năm 2030. |", "",
        "Bảng 2. MỤC TIÊU 2. BẢO ĐẢM QUYỀN ĐƯỢC GIÁO DỤC CỦA TRẺ EM", HEADER,
        "| 2-1 | Tỷ lệ huy động trẻ em 5 tuổi đến lớp mẫu giáo | Năm 2025 đạt 98,9%. | "
        "Đạt 99,3% vào năm 2028 và 99,6% vào năm 2030. |",
        "| 2-2 | Số xã, phường có điểm vui chơi dành cho trẻ em | Năm 2025 có 58/102 xã, phường. | "
        "Đạt 70/102 xã, phường vào năm 2028 và 82/102 xã, phường vào năm 2030. |",
        # (bare figures of a rate its name gives the base of)
        "| 2-3 | Tỷ suất trẻ em tử vong do đuối nước (trên 100.000 trẻ em) | Năm 2025 là 6,9 trên 100.000 "
        "trẻ em. | Giảm xuống dưới 6,2 vào năm 2028 và dưới 5,5 vào năm 2030. |", "",
        "PHỤ LỤC I", "BẢNG TỔNG HỢP SỐ HIỆU CHỈ TIÊU",
        "| TT | Số hiệu | Tên chỉ tiêu (rút gọn) | Thuộc mục tiêu |",
        "| 1 | 1-1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | Mục tiêu 1 |",
        "| 2 | 1-2 | Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi | Mục tiêu 1 |",
        "| 3 | 1-3 | Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế | Mục tiêu 1 |",
        "| 4 | 2-1 | Tỷ lệ huy động trẻ em 5 tuổi đến lớp mẫu giáo | Mục tiêu 2 |",
        "| 5 | 2-2 | Số xã, phường có điểm vui chơi dành cho trẻ em | Mục tiêu 2 |", "",
        "PHỤ LỤC II", "DANH SÁCH GIAO NHIỆM VỤ THEO SỐ HIỆU CHỈ TIÊU",
        "1. Giao Sở Y tế chủ trì các chỉ tiêu 1-1 và 1-2; phối hợp: Ủy ban nhân dân các xã, phường; Hội Liên "
        "hiệp Phụ nữ tỉnh (riêng chỉ tiêu 1-2 có thêm Sở Giáo dục và Đào tạo phối hợp).",
        "2. Giao Bảo hiểm xã hội tỉnh chủ trì chỉ tiêu 1-3; phối hợp: Sở Y tế, Công an tỉnh.",
        "3. Giao Sở Giáo dục và Đào tạo chủ trì các chỉ tiêu 2-1 và 2-2; phối hợp: Ủy ban nhân dân các xã, "
        "phường; Sở Tài chính (đối với chỉ tiêu 2-2).", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder):
    return write_plan(folder, "hoason-kh215-2026.txt", PLAN)


def test_sentences_under_year_headers_are_each_target_s_figures(tmp_path):
    plan = ingest_file(_write(tmp_path))
    # (the appendix lists the codes again, no target of its own)
    assert [(i.label, i.goal, sorted((t.year, t.comparator, t.value) for t in i.targets if t.year))
            for i in plan.indicators] == [
        ("1-1", 1, [(2025, "exactly", 13.8), (2028, "under", 12.9), (2030, "under", 12)]),
        ("1-2", 1, [(2025, "exactly", 24.6), (2028, "under", 22.8), (2030, "under", 21)]),
        ("1-3", 1, [(2025, "exactly", 97.2), (2028, "at_least", 98.5), (2030, "at_least", 100)]),
        ("2-1", 2, [(2025, "exactly", 98.9), (2028, "at_least", 99.3), (2030, "at_least", 99.6)]),
        ("2-2", 2, [(2025, "exactly", 58), (2028, "at_least", 70), (2030, "at_least", 82)]),
        ("2-3", 2, [(2025, "exactly", 6.9), (2028, "under", 6.2), (2030, "under", 5.5)])]


def test_roles_in_sentences_with_exceptions(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert _roles(plan) == [
        (["Sở Y tế"], ["Ủy ban nhân dân các xã, phường", "Hội Liên hiệp Phụ nữ tỉnh"]),
        (["Sở Y tế"], ["Ủy ban nhân dân các xã, phường", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Giáo dục và Đào tạo"]),
        (["Bảo hiểm xã hội"], ["Sở Y tế", "Công an tỉnh"]),
        (["Sở Giáo dục và Đào tạo"], ["Ủy ban nhân dân các xã, phường"]),
        (["Sở Giáo dục và Đào tạo"], ["Ủy ban nhân dân các xã, phường", "Sở Tài chính"]), ([], [])]


def test_sentence_tables_leave_a_table_of_figures():
    figures = [HEADER, "| 1-1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | 13,8‰ | dưới 12‰ |"]
    assert sentence_tables(figures) == figures


def test_assigned_codes():
    assert assigned_codes(["3. Giao Sở Giáo dục và Đào tạo chủ trì các chỉ tiêu 2-1 và 2-2; phối hợp: "
                           "UBND các xã, phường; Sở Tài chính (đối với chỉ tiêu 2-2)."]) == [
        "3. Các chỉ tiêu 2-1, 2-2: chủ trì: Sở Giáo dục và Đào tạo; phối hợp: UBND các xã, phường "
        "(riêng đối với chỉ tiêu 2-2: phối hợp: Sở Tài chính)."]


@pytest.mark.parametrize("question, shown", [
    ("Chỉ tiêu 1-2 của Hòa Sơn năm 2030 là bao nhiêu?", "dưới 21% (2030)"),
    ("ct 1-3 hoa son ai chu tri", "Chủ trì: Bảo hiểm xã hội"),
])
def test_replies(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first
