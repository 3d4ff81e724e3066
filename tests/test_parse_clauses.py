"""Targets written as the clauses of a legal act (blind round 69's layout): articles "Điều 4.
Chỉ tiêu về …" whose clauses "1. Tỷ lệ … :" are numbered anew in each article, their points
a) 2025 result, b) 2028 milestone, c) 2030 target; an article of assignments citing clauses
"các khoản 1 và 2 Điều 5; phối hợp: …".

Pure: a plan text (invented figures) → goals, indicators, roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 1875/QĐ-UBND Hòa Sơn, ngày 22 tháng 5 năm 2026", "QUYẾT ĐỊNH",
    "Ban hành Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
    "Chương II", "MỤC TIÊU VÀ CHỈ TIÊU", "",
    "Điều 4. Chỉ tiêu về quyền dân sự của trẻ em",
    "1. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh:",
    "   a) Kết quả năm 2025: 98,6%;", "   b) Mốc năm 2028: 99,5%;", "   c) Mục tiêu năm 2030: 100%.",
    "2. Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em trên địa bàn tỉnh:",
    "   a) Kết quả năm 2025: 82,4% (94/114 đơn vị);", "   b) Mốc năm 2028: 88%;", "   c) Mục tiêu năm 2030: 93%.", "",
    "Điều 5. Chỉ tiêu về chăm sóc sức khỏe",
    "1. Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống):",
    "   a) Kết quả năm 2025: 7,1‰;", "   b) Mốc năm 2028: dưới 6,6‰;", "   c) Mục tiêu năm 2030: dưới 6,2‰.",
    "2. Tỷ suất tử vong trẻ em dưới 5 tuổi (trên 1.000 trẻ đẻ sống):",
    "   a) Kết quả năm 2025: 10,8‰;", "   b) Mốc năm 2028: dưới 10‰;", "   c) Mục tiêu năm 2030: dưới 9,2‰.", "",
    "Chương III", "TỔ CHỨC THỰC HIỆN", "",
    "Điều 10. Giao chủ trì, phối hợp thực hiện các chỉ tiêu",
    "1. Sở Tư pháp chủ trì khoản 1 Điều 4; phối hợp: Công an tỉnh, Sở Y tế.",
    "2. Sở Y tế chủ trì:",
    "   - các khoản 1 và 2 Điều 5; phối hợp: Bảo hiểm xã hội tỉnh;",
    "   - khoản 2 Điều 4; phối hợp: Sở Nội vụ.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-qd1875-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("clauses")))


def test_each_clause_of_an_article_of_targets_is_a_target_with_its_points(plan):
    assert [(g.label, g.title) for g in plan.goals] == [
        ("4", "Chỉ tiêu về quyền dân sự của trẻ em"), ("5", "Chỉ tiêu về chăm sóc sức khỏe")]
    # each labelled as the act cites it
    assert [(i.goal_label, i.label, sorted((t.year, t.value) for t in i.targets)) for i in plan.indicators] == [
        ("4", "khoản 1 Điều 4", [(2025, 98.6), (2028, 99.5), (2030, 100)]),
        ("4", "khoản 2 Điều 4", [(2025, 82.4), (2028, 88), (2030, 93)]),      # (its count "94/114" no second measure)
        ("5", "khoản 1 Điều 5", [(2025, 7.1), (2028, 6.6), (2030, 6.2)]),
        ("5", "khoản 2 Điều 5", [(2025, 10.8), (2028, 10), (2030, 9.2)])]
    # its whole words, however long
    assert plan.indicators[1].text == "Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em trên địa bàn tỉnh"


def test_roles_by_the_clauses_an_article_of_assignments_cites(plan):
    assert _roles(plan) == [(["Sở Tư pháp"], ["Công an tỉnh", "Sở Y tế"]),
                            (["Sở Y tế"], ["Sở Nội vụ"]),
                            (["Sở Y tế"], ["Bảo hiểm xã hội"]),
                            (["Sở Y tế"], ["Bảo hiểm xã hội"])]


def test_a_clause_of_another_act_assigns_no_clause_of_the_plan_and_a_repeated_word_cites_both(tmp_path):
    # (review: "chủ trì thực hiện khoản 2 Điều 5 Nghị định số 56/2017/NĐ-CP" gave the plan's own
    # clause a lead; "khoản 1 và khoản 2 Điều 4" assigned clause 2 alone)
    text = TEXT.replace("1. Sở Tư pháp chủ trì khoản 1 Điều 4; phối hợp: Công an tỉnh, Sở Y tế.",
                        "1. Sở Tư pháp chủ trì khoản 1 và khoản 2 Điều 4; phối hợp: Công an tỉnh.\n"
                        "3. Công an tỉnh chủ trì thực hiện khoản 2 Điều 5 Nghị định số 56/2017/NĐ-CP; phối hợp: Sở Tư pháp.")
    text = text.replace("   - các khoản 1 và 2 Điều 5; phối hợp: Bảo hiểm xã hội tỉnh;\n", "   - khoản 1 Điều 5; phối hợp: Bảo hiểm xã hội tỉnh;\n")
    text = text.replace("   - khoản 2 Điều 4; phối hợp: Sở Nội vụ.", "")
    path = tmp_path / "hoason-qd1875-2026.txt"
    path.write_text(text, encoding="utf-8")
    assert _roles(ingest_file(path)) == [(["Sở Tư pháp"], ["Công an tỉnh"]), (["Sở Tư pháp"], ["Công an tỉnh"]),
                                         (["Sở Y tế"], ["Bảo hiểm xã hội"]), ([], [])]


@pytest.mark.parametrize("question, first", [
    ("Khoản 2 Điều 5 Chương trình hành động vì trẻ em Hòa Sơn năm 2030 là bao nhiêu?", "dưới 9,2‰ (2030)"),
    ("khoan 1 dieu 4 hoa son ai chu tri", "Chủ trì: Sở Tư pháp — Hòa Sơn · Quyết định 1875/QĐ-UBND, Khoản 1 Điều 4"),
    # typed short, the article first, in English with a comma, "đích" before its year
    ("hoa son k2 d5 2030 bn", "dưới 9,2‰ (2030)"),
    ("hs k1 d4 ai cttri", "Chủ trì: Sở Tư pháp"),       # "cttri": chủ trì typed short
    ("Hòa Sơn điều 5 khoản 2 năm 2030?", "dưới 9,2‰ (2030)"),
    ("Who leads clause 1, Article 4 in Hoa Son?", "Chủ trì: Sở Tư pháp"),
    ("Khoản 2 Điều 5 của Hòa Sơn: mốc 2028 và đích 2030?", "dưới 10‰ (2028); dưới 9,2‰ (2030)"),
    # an article named alone: its targets, named as the act names it
    ("Điều 5 của chương trình Hòa Sơn có mấy chỉ tiêu?", "Điều 5: Chỉ tiêu về chăm sóc sức khỏe"),
    ("Hòa Sơn có bao nhiêu chỉ tiêu?", "Hòa Sơn · Quyết định 1875/QĐ-UBND: 04 chỉ tiêu (Điều 4: 02, Điều 5: 02)"),
    # an article that sets no targets: no count of the plan's stands in for it (review)
    ("Điều 10 Hòa Sơn có mấy chỉ tiêu?", "Hòa Sơn · Quyết định 1875/QĐ-UBND — "),
    # an agency's targets cited by clause and article
    ("Sở Y tế Hòa Sơn chủ trì những chỉ tiêu nào?", "Chủ trì 03 chỉ tiêu: khoản 2 Điều 4 (Tỷ lệ xã, phường, thị trấn"),
])
def test_an_officer_cites_a_target_as_a_clause(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
