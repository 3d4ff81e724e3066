"""Targets keeping the national programme's numbers as codes, with gaps, beside the province's
own ("[QG-1]" … "[QG-21]", "[R1]"; "Chỉ tiêu QG 3:" … "Chỉ tiêu R2:"), each over one line of
steps split by bars ("Năm 2025: 82/104 xã (78,8%) | Năm 2028: …", "Thực trạng 31/12/2025: …
|| Phải đạt cuối năm 2028: …", cut by a PDF's width); roles in a table a row per lead whose
partners are listed code by code, or agency by agency ("- Chịu trách nhiệm chính: QG 1, R2." /
"- Tham gia: QG 3.") (blind rounds 84 and 85).

Pure: plan texts (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

HEAD = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 88/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
        "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
        "2. Mục tiêu cụ thể (04 chỉ tiêu)"]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]

BARRED = "\n".join(HEAD + [
    "Nhóm A. Môi trường sống an toàn",
    "[QG-1] Số xã, phường đạt tiêu chuẩn phù hợp với trẻ em (tổng số 104 xã, phường).",
    "    Năm 2025: 82/104 xã, phường (78,8%) | Năm 2028: 91/104 xã, phường (87,5%) | Năm 2030: 98/104 xã, phường (94,2%)",
    "    Nguồn số liệu: Quyết định công nhận của Chủ tịch Ủy ban nhân dân tỉnh.",
    "[QG-5] Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.",
    "    Năm 2025: 35.120/36.200 trẻ (97,0%) | Năm 2028: 97,8% | Năm 2030: 98,6%",
    "Nhóm B. Sức khỏe",
    "[QG-4] Số trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi trên 100 trẻ (tỷ lệ thấp còi).",
    "    Năm 2025: 14,3% | Năm 2028: dưới 13,2% | Năm 2030: dưới 12,1%",
    "[R1] Số khu công nghiệp có nhà trẻ cho con công nhân (chỉ tiêu riêng của tỉnh).",
    "    Năm 2025: 9/26 khu | Năm 2028: 15/26 khu | Năm 2030: 22/26 khu",
    "Ghi chú về các chỉ tiêu của Chương trình quốc gia không đặt ký hiệu riêng trong Kế hoạch này:",
    "- Riêng nội dung cứu trợ trẻ em gặp thiên tai: phấn đấu 100% trẻ em được cứu trợ kịp thời.",
    "II. NHIỆM VỤ", "1. Truyền thông về quyền trẻ em.",
    "PHỤ LỤC", "BẢNG PHÂN CÔNG CƠ QUAN CHỦ TRÌ, PHỐI HỢP THEO KÝ HIỆU CHỈ TIÊU",
    "| STT | Cơ quan chủ trì | Ký hiệu chỉ tiêu chủ trì | Cơ quan phối hợp (theo ký hiệu) |",
    "| 1 | Sở Y tế | QG-4, QG-5 | QG-4: Hội Liên hiệp Phụ nữ tỉnh; QG-5: Ủy ban nhân dân các xã, phường, Sở Nội vụ |",
    "| 2 | Sở Nội vụ | QG-1 | QG-1: Sở Văn hóa, Thể thao và Du lịch |",
    "| 3 | Ban Quản lý các khu công nghiệp | R1 | R1: Liên đoàn Lao động tỉnh, Sở Giáo dục và Đào tạo |",
] + TAIL) + "\n"

DOUBLE_BARRED = "\n".join(HEAD + [
    "Mục tiêu 1. Sức khỏe trẻ em",
    "Chỉ tiêu QG 3: Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống (đơn vị tính: ‰).",
    "    Thực trạng 31/12/2025: 8,7‰ || Phải đạt cuối năm 2028: dưới 7,9‰ || Phải đạt cuối",
    "      năm 2030: dưới 7,1‰",
    "Chỉ tiêu QG 9: Tỷ lệ trẻ em bị xâm hại trên 100.000 trẻ em (đơn vị tính: trẻ em/100.000 trẻ em).",
    "    Thực trạng 31/12/2025: 13,8 || Phải đạt cuối năm 2028: dưới 12 || Phải đạt cuối năm 2030: dưới 10",
    "Mục tiêu 2. Bảo vệ trẻ em",
    "Chỉ tiêu R2: Tỷ lệ xã, phường có điểm vui chơi cho trẻ em (đơn vị tính:",
    "  %).",
    "    Thực trạng 31/12/2025: 58,6% || Phải đạt cuối năm 2028: 68% || Phải đạt cuối năm 2030: 78%",
    "II. TỔ CHỨC THỰC HIỆN", "1. Giao chỉ tiêu",
    # ("QG-9" cited with a hyphen where the target's line spaces it: the same code)
    "1.1. Sở Y tế", "- Chịu trách nhiệm chính: QG 3, QG-9.", "- Tham gia: R2.",
    "1.2. Sở Văn hóa, Thể thao và Du lịch", "- Chịu trách nhiệm chính: R2.", "- Tham gia: QG 9.",
    "PHỤ LỤC", "ĐỐI CHIẾU CHỈ TIÊU CỦA CHƯƠNG TRÌNH QUỐC GIA VỚI KẾ HOẠCH CỦA TỈNH",
    "| Số thứ tự chỉ tiêu trong Chương trình quốc gia | Ký hiệu trong Kế hoạch của tỉnh | Ghi chú |",
    "| 3 | QG 3 | Giao mức phấn đấu của tỉnh tại khoản 2 Mục I |",
    "| 9 | QG 9 | Giao mức phấn đấu của tỉnh tại khoản 2 Mục I |",
    "| (không có) | R2 | Chỉ tiêu riêng của tỉnh |",
] + TAIL) + "\n"


# the same as a DOCX gives it: a paragraph a line, a blank line between
BARRED_PARAGRAPHS = "\n\n".join(line.strip() for line in BARRED.splitlines()) + "\n"


def _write(folder, text: str, name: str = "hoason-kh88-2026.txt"):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text", [BARRED, BARRED_PARAGRAPHS], ids=["lines", "paragraphs"])
def test_steps_split_by_bars_go_to_their_coded_target(tmp_path, text):
    plan = ingest_file(_write(tmp_path, text))
    # (the note under "Ghi chú về …" and the "Nguồn số liệu" lines are no targets)
    assert [(i.label, i.goal_label) for i in plan.indicators] == [
        ("QG-1", "A"), ("QG-5", "A"), ("QG-4", "B"), ("R1", "B")]
    # (a count out of its whole and its share, each year: both kept)
    assert [sorted((t.year, t.value, t.unit, t.counted or "") for t in i.targets) for i in plan.indicators] == [
        [(2025, 78.8, "%", ""), (2025, 82, "count", "/104"), (2028, 87.5, "%", ""), (2028, 91, "count", "/104"),
         (2030, 94.2, "%", ""), (2030, 98, "count", "/104")],
        [(2025, 97, "%", ""), (2025, 35120, "count", "/36.200"), (2028, 97.8, "%", ""), (2030, 98.6, "%", "")],
        [(2025, 14.3, "%", ""), (2028, 13.2, "%", ""), (2030, 12.1, "%", "")],
        [(2025, 9, "count", "/26"), (2028, 15, "count", "/26"), (2030, 22, "count", "/26")]]


def test_partners_listed_code_by_code_in_a_row_per_lead(tmp_path):
    assert _roles(ingest_file(_write(tmp_path, BARRED))) == [
        (["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch"]),
        (["Sở Y tế"], ["Ủy ban nhân dân các xã, phường", "Sở Nội vụ"]),
        (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
        (["Ban Quản lý các khu công nghiệp"], ["Liên đoàn Lao động tỉnh", "Sở Giáo dục và Đào tạo"])]


def test_double_bars_cut_lines_and_spaced_codes(tmp_path):
    plan = ingest_file(_write(tmp_path, DOUBLE_BARRED))
    # (the appendix matching national numbers to codes holds no targets)
    assert [i.label for i in plan.indicators] == ["QG 3", "QG 9", "R2"]
    assert [[(t.year, t.value, t.unit, t.achieved) for t in i.targets] for i in plan.indicators] == [
        [(2025, 8.7, "per_1000", True), (2028, 7.9, "per_1000", False), (2030, 7.1, "per_1000", False)],
        [(2025, 13.8, "per_100000_children", True), (2028, 12, "per_100000_children", False),
         (2030, 10, "per_100000_children", False)],
        [(2025, 58.6, "%", True), (2028, 68, "%", False), (2030, 78, "%", False)]]
    assert _roles(plan) == [(["Sở Y tế"], []), (["Sở Y tế"], ["Sở Văn hóa, Thể thao và Du lịch"]),
                            (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế"])]


@pytest.mark.parametrize("statement, read", [
    ("Năm 2025: 35.120/36.200 trẻ; năm 2030: 36.000/36.200 trẻ", [(2025, 35120, "count"), (2030, 36000, "count")]),
    # ("/100.000 trẻ em" is a rate's base, no whole the figure is a part of)
    ("Giảm xuống 17/100.000 trẻ em vào năm 2028", [(2028, 17, "per_100000_children")]),
    ("Năm 2030 đạt 13,8 trẻ em/100.000 trẻ em", [(2030, 13.8, "per_100000_children")]),
])
def test_parts_of_a_whole_in_thousands_and_rates(statement, read):
    from knowledge.parse.targets import parse_targets
    assert [(t.year, t.value, t.unit) for t in parse_targets(statement)] == read


@pytest.mark.parametrize("text, question, shown", [
    (BARRED, "Chỉ tiêu R1 Hòa Sơn năm 2028 là bao nhiêu khu?", "15/26 (2028)"),
    (BARRED, "r1 hoa son ai chu tri", "Chủ trì: Ban Quản lý các khu công nghiệp"),
    (BARRED, "QG-1 của Hòa Sơn mốc sơ kết 2028?", "91/104 (2028)"),
    (BARRED, "Năm 2025 Hòa Sơn có bao nhiêu trẻ dưới 1 tuổi được tiêm chủng đầy đủ?", "35.120/36.200"),
    (DOUBLE_BARRED, "qg9 hoa son 2030", "dưới 10/100.000 trẻ em (2030)"),
    (DOUBLE_BARRED, "QG 3 Hòa Sơn ai chịu trách nhiệm chính", "Chủ trì: Sở Y tế"),
])
def test_officers_ask_by_code_in_any_spacing(tmp_path, text, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path, text)))
    assert first.startswith(shown), first


@pytest.mark.parametrize("question", [
    # a range of codes (round 168: "TQ1-TQ5"): every code in it, not its two ends only
    "For indicators QG-1 to QG-5 in Hoa Son, who leads?",
    "Chỉ tiêu QG1-QG5 của Hòa Sơn do cơ quan nào chủ trì?",
    "QG1 đến QG5 Hòa Sơn ai chủ trì",
])
def test_a_range_of_codes_asks_every_code_in_it(tmp_path, question):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    reply = strip_html(answer(question, _kb_of(tmp_path, _write(tmp_path, BARRED))).text)
    # QG-4 lies between the two ends asked; QG-1 and QG-5 are the ends
    for lead in ("Sở Nội vụ", "Sở Y tế"):
        assert f"Chủ trì: {lead}" in reply, reply
    assert "(QG-4)" in reply or "QG-4" in reply, reply
    assert "Ban Quản lý các khu công nghiệp" not in reply, reply
