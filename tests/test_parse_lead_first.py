"""Targets "01)"…"04)" each one sentence naming its lead and partners first ("Sở Y tế chủ trì,
cùng …; … phối hợp, phấn đấu giảm tỷ lệ … từ 19,8% (kết quả năm 2025) xuống 18,2% vào năm
2028 …"), cited "chỉ tiêu giao số 01", a table counting each lead's targets (blind round 71's
layout), written as a PDF gives it: one line after another, no blank line, a sentence cut
after a bracket.

Pure: a plan text (invented figures) → indicators, roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 27/KH-UBND Hòa Sơn, ngày 23 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể",
    "Nhóm thứ nhất — Giai đoạn trẻ em dưới 6 tuổi (các chỉ tiêu giao số 01 đến 02)",
    "01) Sở Y tế chủ trì, cùng Hội Liên hiệp Phụ nữ tỉnh; Sở Nông nghiệp và Môi trường phối hợp,",
    "phấn đấu giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi từ 19,8% (kết quả năm 2025)",
    "xuống 18,2% vào năm 2028 và 16,9% vào năm 2030.",
    "02) Sở Tư pháp chủ trì, cùng Công an tỉnh phối hợp, phấn đấu nâng tỷ lệ trẻ em dưới 5 tuổi được",
    "đăng ký khai sinh từ 98,7% (kết quả năm 2025) lên 99,5% vào năm 2028 và 100% vào năm 2030.",
    "Nhóm thứ hai — Giai đoạn trẻ em từ 6 đến dưới 16 tuổi (các chỉ tiêu giao số 03 đến 04)",
    "03) Sở Văn hóa, Thể thao và Du lịch chủ trì, cùng Sở Giáo dục và Đào tạo; Tỉnh đoàn phối hợp, phấn đấu",
    "nâng tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn từ 48,3% (kết quả năm 2025) lên 56% vào năm 2028",
    "và 65% vào năm 2030.",
    "04) Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn, Ủy ban nhân dân các xã, phường, phấn đấu nâng tỷ lệ trẻ em từ 7 tuổi trở lên được",
    "hỏi ý kiến từ 34% (kết quả năm 2025) lên 40% vào năm 2028 và 45% vào năm 2030.",
    "05) Sở Khoa học và Công nghệ chủ trì, cùng Công an tỉnh phối hợp, phấn đấu nâng tỷ lệ trẻ em được trang bị",
    "kiến thức, kỹ năng an toàn trên môi trường mạng từ 52% (kết quả năm 2025) lên 70% vào năm 2028 và 85% vào năm 2030.",
    "| Cơ quan chủ trì | Số chỉ tiêu được giao chủ trì | Chỉ tiêu giao số |",
    "| Sở Y tế | 1 | 01 |", "| Sở Tư pháp | 1 | 02 |",
    "| Sở Văn hóa, Thể thao và Du lịch | 1 | 03 |", "| Sở Nội vụ | 1 | 04 |", "| Sở Khoa học và Công nghệ | 1 | 05 |",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ",
    "- Chủ trì chỉ tiêu giao số 04; phối hợp thực hiện các chỉ tiêu giao số 01, 02.",
    "2. Sở Y tế",
    "- Chủ trì chỉ tiêu giao số 01; phối hợp thực hiện chỉ tiêu giao số 02.",
    "III. CHẾ ĐỘ BÁO CÁO",
    "Các sở, ngành báo cáo năm về Sở Nội vụ trước ngày 10/12 hằng năm.",
    "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh27-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("leadfirst")))


def test_a_sentence_cut_after_its_bracket_keeps_every_year_and_names_its_measure(plan):
    first = plan.indicators[0]
    assert [(t.year, t.value) for t in first.targets] == [(2025, 19.8), (2028, 18.2), (2030, 16.9)]
    # the measure, not who leads it
    assert {t.metric for t in first.targets} == {"tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"}
    assert plan.indicators[2].targets[0].metric == "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn"
    # (review: "… chủ trì, phối hợp với A, B, phấn đấu nâng …" kept its partners in the name)
    assert plan.indicators[3].targets[0].metric == "tỷ lệ trẻ em từ 7 tuổi trở lên được hỏi ý kiến"


def test_the_leads_table_counts_no_target_and_the_sentences_roles_stand(plan):
    # ("| Sở Y tế | 1 | 01 |": its count "1" no target of its own)
    assert _roles(plan) == [(["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ"]),
                            (["Sở Tư pháp"], ["Công an tỉnh", "Sở Nội vụ", "Sở Y tế"]),
                            (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Giáo dục và Đào tạo", "Tỉnh đoàn"]),
                            (["Sở Nội vụ"], ["Tỉnh đoàn", "Ủy ban nhân dân các xã, phường"]),
                            (["Sở Khoa học và Công nghệ"], ["Công an tỉnh"])]


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu giao số 01 của Hòa Sơn năm 2028 là bao nhiêu?", "xuống 18,2% (2028) — tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng"),
    ("Tỉnh Hòa Sơn đặt mục tiêu suy dinh dưỡng thấp còi năm 2028 là bao nhiêu?", "xuống 18,2% (2028)"),
    ("Sở Nội vụ Hòa Sơn chủ trì những chỉ tiêu giao số nào?", "Chủ trì chỉ tiêu 4"),
    # "trained" as the plan says it ("được trang bị kiến thức, kỹ năng")
    ("Which agency leads the Hoa Son target on children trained in online safety?",
     "Chủ trì: Sở Khoa học và Công nghệ (Department of Science and Technology)"),
    # an office named as where reports go is asked the reports it receives, not its own
    ("Các sở, ngành Hòa Sơn báo cáo năm về Sở Nội vụ trước ngày nào?", "Hòa Sơn · Kế hoạch 27/KH-UBND: 10/12"),
    ("By what date must Hoa Son agencies send their annual report to the Department of Home Affairs?",
     "Hòa Sơn · Kế hoạch 27/KH-UBND: 10/12"),
    ("Sở Nội vụ Hòa Sơn báo cáo Ủy ban nhân dân tỉnh trước ngày nào?", "Hòa Sơn · Kế hoạch 27/KH-UBND: 20/12"),
    # ("the Department of …" its subject: "the" is no direction)
    ("By when does the Department of Home Affairs of Hoa Son send its yearly report?", "Hòa Sơn · Kế hoạch 27/KH-UBND: 20/12"),
])
def test_an_officer_asks_by_the_assigned_number(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
