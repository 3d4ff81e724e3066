"""A PDF's running header or footer is no part of its text (blind round 143, Lâm Đồng: "UBND
TỈNH LÂM ĐỒNG" over each page after the first had read as a heading inside a target, "Chỉ tiêu
4.2 · UBND TỈNH LÂM ĐỒNG", and cut "(năm 2025: 65%)" off the target it closes).

Pure: pages' texts → the document's text.
"""

from __future__ import annotations

from knowledge.parse.formats.pdf import join_pages

FIRST = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nKẾ HOẠCH\n1.1. Tỷ lệ trẻ em được tiêm chủng đạt 98% vào năm 2030."


def test_a_running_header_goes_and_the_sentence_it_cut_goes_on():
    pages = [FIRST,
             "UBND TỈNH LÂM ĐỒNG\n4.1. Đến năm 2030, 80% trẻ em được tham gia vào các hình thức phù hợp",
             "UBND TỈNH LÂM ĐỒNG\n(năm 2025: 65%).\n4.2. Duy trì Diễn đàn trẻ em.",
             "UBND TỈNH LÂM ĐỒNG\nIII. NHIỆM VỤ\nNhiệm vụ 1. Tuyên truyền."]
    text = join_pages(pages)
    assert "UBND TỈNH LÂM ĐỒNG" not in text
    assert "các hình thức phù hợp\n(năm 2025: 65%)." in text
    assert text.startswith("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")


def test_a_running_footer_goes():
    pages = [FIRST + "\nVăn phòng UBND tỉnh", "Nội dung trang hai.\nVăn phòng UBND tỉnh",
             "Nội dung trang ba.\nVăn phòng UBND tỉnh"]
    assert "Văn phòng UBND tỉnh" not in join_pages(pages)


def test_a_line_on_few_pages_is_the_pages_own():
    pages = [FIRST, "III. NHIỆM VỤ\nNội dung.", "Nội dung trang ba.\nHết.", "IV. KINH PHÍ\nNội dung.",
             "Nội dung trang năm.\nHết."]
    text = join_pages(pages)
    assert "III. NHIỆM VỤ" in text and "IV. KINH PHÍ" in text


def test_the_first_pages_own_first_line_stays():
    # (a fresh reviewer's break: the issuer over page 1, repeated over pages 2-4, is the
    # document's own first line there)
    pages = ["ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 12/KH-UBND\nKẾ HOẠCH",
             "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nNội dung trang hai.",
             "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nNội dung trang ba.",
             "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nNội dung trang bốn."]
    text = join_pages(pages)
    assert text.startswith("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 12/KH-UBND") and text.count("BÌNH ĐỊNH") == 1
