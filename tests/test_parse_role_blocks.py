"""Targets grouped by the way they must move ("Nhóm T - CÁC CHỈ TIÊU PHẢI TĂNG" over "T1. Tỷ lệ
… (đơn vị tính: %): Năm 2025 (đã đạt): 91,6%; Năm 2028 (sơ kết): 94%; Năm 2030 (tổng kết):
96%."), their roles only in blocks each giving a lead, its partners and the codes it holds
("Tổ hợp giao việc số 01" over "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Áp dụng cho các
chỉ tiêu: T1, G1"), a line a page's width cut going on below it (blind round 87's layout).

Pure: a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 35/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "",
    "2. Mục tiêu cụ thể", "",
    "Nhóm T - CÁC CHỈ TIÊU PHẢI TĂNG (03 chỉ tiêu)",
    "T1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %): Năm 2025 (đã đạt): 91,6%; "
    "Năm 2028 (sơ kết): 94%; Năm 2030 (tổng kết): 96%.",
    "T2. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %): Năm 2025 (đã đạt): 96,8%; "
    "Năm 2028 (sơ kết): 98,5%; Năm 2030 (tổng kết): 99,5%.",
    "T3. Tỷ lệ trẻ em từ 6 tuổi biết bơi an toàn (đơn vị tính: %): Năm 2025 (đã đạt): 28,5%; "
    "Năm 2028 (sơ kết): 36%; Năm 2030 (tổng kết): 45%.", "",
    "Nhóm K - CÁC CHỈ TIÊU PHẢI GIẢM (01 chỉ tiêu)",
    "K1. Số trẻ em tử vong do đuối nước trong năm (đơn vị tính: trẻ em): Năm 2025 (đã đạt): 23 em; "
    "Năm 2028 (sơ kết): dưới 18 em; Năm 2030 (tổng kết): dưới 13 em.", "",
    "II. TỔ CHỨC THỰC HIỆN", "1. Giao chỉ tiêu theo Tổ hợp giao việc", "",
    "Tổ hợp giao việc số 01", "    Cơ quan chủ trì: Sở Y tế",
    "    Cơ quan phối hợp: Bảo hiểm xã hội tỉnh; Hội Liên hiệp Phụ nữ tỉnh; Ủy ban nhân dân các xã,", "phường",
    "    Áp dụng cho các chỉ tiêu: T1", "",
    "Tổ hợp giao việc số 02", "    Cơ quan chủ trì: Sở Tư pháp", "    Cơ quan phối hợp: Công an tỉnh",
    "    Áp dụng cho các chỉ tiêu: T2", "",
    "Tổ hợp giao việc số 03", "    Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch",
    "    Cơ quan phối hợp: Sở Giáo dục và Đào tạo; Tỉnh đoàn", "    Áp dụng cho các chỉ tiêu: T3, K1", "",
    "2. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


# the blocks with no blank line or title between, codes listed with "và" and as a range
PACKED = TEXT.replace("    Áp dụng cho các chỉ tiêu: T1\n\n", "    Áp dụng cho các chỉ tiêu: T1\n").replace(
    "    Áp dụng cho các chỉ tiêu: T2\n\n", "    Áp dụng cho các chỉ tiêu: T2\n").replace(
    "Áp dụng cho các chỉ tiêu: T3, K1", "Áp dụng cho các chỉ tiêu: T3 và K1").replace(
    "Áp dụng cho các chỉ tiêu: T1\n", "Áp dụng cho các chỉ tiêu: T1 - T1\n").replace(
    "Tổ hợp giao việc số 02\n", "").replace("Tổ hợp giao việc số 03\n", "")      # (no title between either)


def _write(folder, text: str = TEXT):
    path = folder / "hoason-kh35-2026.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_letter_codes_and_labelled_years(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert [(i.label, i.goal_label) for i in plan.indicators] == [("T1", "T"), ("T2", "T"), ("T3", "T"), ("K1", "K")]
    assert [[(t.year, t.value, t.achieved) for t in i.targets] for i in plan.indicators] == [
        [(2025, 91.6, True), (2028, 94, False), (2030, 96, False)],
        [(2025, 96.8, True), (2028, 98.5, False), (2030, 99.5, False)],
        [(2025, 28.5, True), (2028, 36, False), (2030, 45, False)],
        [(2025, 23, True), (2028, 18, False), (2030, 13, False)]]


@pytest.mark.parametrize("text", [TEXT, PACKED], ids=["blank-lines", "packed"])
def test_roles_given_in_blocks_by_code(tmp_path, text):
    assert text == TEXT or text.count("\n\n") < TEXT.count("\n\n")
    assert _roles(ingest_file(_write(tmp_path, text))) == [
        (["Sở Y tế"], ["Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban nhân dân các xã, phường"]),
        (["Sở Tư pháp"], ["Công an tỉnh"]),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Giáo dục và Đào tạo", "Tỉnh đoàn"]),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Giáo dục và Đào tạo", "Tỉnh đoàn"])]


@pytest.mark.parametrize("question, shown", [
    ("Chỉ tiêu T2 Hòa Sơn năm 2028?", "98,5% (2028)"),
    ("k1 hoa son ai chu tri", "Chủ trì: Sở Văn hóa, Thể thao và Du lịch"),
    ("nhom chi tieu phai tang cua hoa son co may chi tieu", "Hòa Sơn · Kế hoạch 35/KH-UBND: Nhóm T (CÁC CHỈ TIÊU PHẢI TĂNG) có 03"),
    # the groups by their capitals, not their letters' ranks ("mục tiêu 20")
    ("Hòa Sơn có mấy chỉ tiêu?", "Hòa Sơn · Kế hoạch 35/KH-UBND: 04 chỉ tiêu (nhóm K: 01, nhóm T: 03)"),
])
def test_officers_ask_by_code_and_group(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first


def test_a_group_asked_by_its_capital(tmp_path):
    """"nhóm T có mấy chỉ tiêu": the group the plan names "Nhóm T", its count stated."""
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    reply = answer("Hòa Sơn nhóm T có mấy chỉ tiêu", _kb_of(tmp_path, _write(tmp_path)))
    assert reply.answered and "CÁC CHỈ TIÊU PHẢI TĂNG" in strip_html(reply.text).split("\n")[0], reply.text
    assert "03 chỉ tiêu" in strip_html(reply.text), reply.text
