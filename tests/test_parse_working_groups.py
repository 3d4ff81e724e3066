"""Roles given by working groups (blind round 73's layout): "Tổ 1 - … (chỉ tiêu 1 đến 3)" over
"Tổ trưởng (chủ trì): Sở Y tế." and "Thành viên (phối hợp): …", some targets given roles apart
("- Chỉ tiêu 3: Bảo hiểm xã hội tỉnh chủ trì; Sở Y tế chuyển sang phối hợp cùng …"), and each
agency's part a level down ("3.1. Sở Y tế" under "3. Nhiệm vụ của các cơ quan, đơn vị"). The
sections' own headings ("1. Các Tổ công tác …", "2. Các chỉ tiêu giao riêng") name no agency.

Pure: a plan text (invented figures) → roles, agencies; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.agencies import head_of
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 27/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "",
    "2. Mục tiêu cụ thể",
    "| TT | Chỉ tiêu | Đơn vị tính | Mục tiêu năm 2030 | Mốc năm 2028 | Thực hiện năm 2025 | Tổ |",
    "| 1 | Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống | ‰ | dưới 6,5 | dưới 7,2 | 7,9 | Tổ 1 |",
    "| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | 98 | 97 | 94,8 | Tổ 1 |",
    "| 3 | Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế | % | 100 | 100 | 98,7 | Tổ 1 (*) |",
    "| 4 | Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo | % | 99,5 | 99,2 | 98,4 | Tổ 2 |", "",
    "II. TỔ CHỨC THỰC HIỆN", "",
    "1. Các Tổ công tác liên ngành theo dõi chỉ tiêu",
    "Ban Điều hành công tác trẻ em tỉnh thành lập 02 Tổ công tác liên ngành. Tổ trưởng là cơ quan chủ trì các chỉ tiêu mang số hiệu Tổ.", "",
    "Tổ 1 - Chăm sóc sức khỏe (chỉ tiêu 1 đến 3)",
    "  Tổ trưởng (chủ trì): Sở Y tế.",
    "  Thành viên (phối hợp): Bảo hiểm xã hội tỉnh; Hội Liên hiệp Phụ nữ tỉnh.", "",
    "Tổ 2 - Giáo dục (chỉ tiêu 4 đến 4)",
    "  Tổ trưởng (chủ trì): Sở Giáo dục và Đào tạo.",
    "  Thành viên (phối hợp): Tỉnh đoàn; Ủy ban nhân dân các xã, phường.", "",
    "2. Các chỉ tiêu giao riêng (chỉ tiêu có dấu (*))",
    "- Chỉ tiêu 3: Bảo hiểm xã hội tỉnh chủ trì; Sở Y tế chuyển sang phối hợp cùng Ủy ban nhân dân các xã, phường.",
    "Các chỉ tiêu còn lại do Tổ trưởng Tổ tương ứng chủ trì.", "",
    "3. Nhiệm vụ của các cơ quan, đơn vị", "",
    "3.1. Sở Y tế",
    "- Tổ trưởng Tổ 1; chủ trì các chỉ tiêu 1, 2; phối hợp thực hiện chỉ tiêu 3.",
    "- Chỉ đạo các trạm y tế xã, phường thực hiện tiêm chủng đầy đủ.", "",
    "3.2. Bảo hiểm xã hội tỉnh",
    "- Chủ trì chỉ tiêu 3 (giao riêng); bảo đảm trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.", "",
    "3.3. UBND các xã, phường",
    "- Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt.", "",
    "III. CHẾ ĐỘ BÁO CÁO", "Các Tổ trưởng gửi báo cáo năm về Sở Nội vụ trước ngày 10/12 hằng năm.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh27-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("groups")))


def test_the_years_columns_read_backwards_and_the_groups_column_holds_no_figure(plan):
    assert [sorted((t.year, t.value) for t in i.targets) for i in plan.indicators] == [
        [(2025, 7.9), (2028, 7.2), (2030, 6.5)], [(2025, 94.8), (2028, 97), (2030, 98)],
        [(2025, 98.7), (2028, 100), (2030, 100)], [(2025, 98.4), (2028, 99.2), (2030, 99.5)]]


def test_a_group_head_leads_its_members_partner_and_a_target_given_apart_keeps_its_own(plan):
    assert _roles(plan) == [(["Sở Y tế"], ["Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Y tế"], ["Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Bảo hiểm xã hội"], ["Sở Y tế", "Ủy ban nhân dân các xã, phường"]),
                            (["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn", "Ủy ban nhân dân các xã, phường"])]


def test_a_section_heading_is_no_agency_and_each_part_a_level_down_is_its_agencys(plan):
    names = {a.name for a in plan.agencies}
    assert not any(name.startswith("Các") for name in names), names
    owners = {a.key: a.name for a in plan.agencies}
    assert [(owners[t.agency], t.text) for t in plan.tasks if "trạm y tế" in t.text] == [
        ("Sở Y tế", "Chỉ đạo các trạm y tế xã, phường thực hiện tiêm chủng đầy đủ.")]


@pytest.mark.parametrize("layout", ["no blank lines", "docx", "run together"])
def test_groups_written_line_after_line_keep_each_its_roles(tmp_path, layout):
    # (review: a PDF's or a Word file's lines, no blank one between the groups, had given every
    # group's head to the first group's targets, or lost the members)
    text = "\n".join(line for line in TEXT.split("\n") if line.strip())
    if layout == "run together":    # the groups one paragraph, as a PDF's reflow joins them
        start, end = text.index("Tổ 1 - "), text.index("2. Các chỉ tiêu giao riêng")
        text = text[:start] + " ".join(text[start:end].split()) + "\n\n" + text[end:]
    if layout == "docx":
        from docx import Document

        document = Document()
        for line in text.split("\n"):
            document.add_paragraph(line.strip())
        path = tmp_path / "hoason-kh27-2026.docx"
        document.save(path)
    else:
        path = tmp_path / "hoason-kh27-2026.txt"
        path.write_text(text, encoding="utf-8")
    assert _roles(ingest_file(path)) == [(["Sở Y tế"], ["Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ tỉnh"]),
                                         (["Sở Y tế"], ["Bảo hiểm xã hội", "Hội Liên hiệp Phụ nữ tỉnh"]),
                                         (["Bảo hiểm xã hội"], ["Sở Y tế", "Ủy ban nhân dân các xã, phường"]),
                                         (["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn", "Ủy ban nhân dân các xã, phường"])]


@pytest.mark.parametrize("text, names", [
    ("Hội Liên hiệp Phụ nữ tỉnh; Các sở, ban, ngành", ["Hội Liên hiệp Phụ nữ tỉnh", "Các sở, ban, ngành"]),
    ("Sở Lao động - Thương binh và Xã hội / Sở Nội vụ", ["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"]),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
])
def test_a_list_of_agencies_splits_between_names_only(text, names):
    from knowledge.parse.agencies import split_agencies

    assert split_agencies(text) == names


@pytest.mark.parametrize("name, head", [
    ("Các sở, ban, ngành tỉnh", "Các"), ("các cơ quan, đơn vị", "Các"), ("Các", "Các"),
    ("Các chỉ tiêu giao riêng", None), ("Các Tổ công tác liên ngành", None),
])
def test_a_group_of_agencies_opens_with_its_kind(name, head):
    found = head_of(name)
    assert (found[0] if found else None) == head


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu 3 của Hòa Sơn do cơ quan nào chủ trì?", "Chủ trì: Bảo hiểm xã hội"),
    ("ct 1 hs phoi hop gom ai", "Phối hợp: Bảo hiểm xã hội tỉnh, Hội Liên hiệp Phụ nữ tỉnh"),
])
def test_an_officer_is_told_the_groups_roles(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
