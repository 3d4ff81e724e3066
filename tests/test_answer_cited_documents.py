"""The documents a plan carries out, asked by their own kind and number (blind rounds 113–126
asked them in most rounds):

- who issued one is said as the citing plan writes it ("Chỉ thị số 28-CT/TW ngày 25/12/2023
  của Bộ Chính trị" → "Bộ Chính trị"; a scan's "ciia Bd Chinh tri" read as its nearest known
  issuer), and the body its code names beside it when it says more ("TW": "Bộ Chính trị,
  Trung ương Đảng" — asked by either);
- "Thông tư 28/2019", "Nghị định 56/2017/NĐ-CP" name a document: the year in its number is no
  year asked ("no plan covers 2019" was the reply), and the kinds "thông tư", "nghị định" are
  documents the question names;
- "căn cứ Thông tư nào (của Bộ LĐTBXH)", "carries out which Party Committee plan" ask what the
  plan carries out; the ministry named is the document's issuer, no office asked.

Pure: the shipped plans → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line


@pytest.mark.parametrize("question, first", [
    ("Chỉ thị 28-CT/TW của Bộ Chính trị về chăm sóc, giáo dục, bảo vệ trẻ em ban hành ngày nào?",
     "25/12/2023 — Chỉ thị 28-CT/TW (Bộ Chính trị, Trung ương Đảng)"),
    ("chi thi 28-CT/TW cua bo chinh tri ban hanh ngay nao", "25/12/2023 — Chỉ thị 28-CT/TW (Bộ Chính trị, Trung ương Đảng)"),
    # the citing plan named by its year: the year is the plan's, stated with it
    ("Chỉ thị 28-CT/TW của Bộ Chính trị mà Hà Nội triển khai năm 2024 được ban hành ngày nào?",
     "25/12/2023 — Chỉ thị 28-CT/TW (Bộ Chính trị, Trung ương Đảng)"),
    # the issuer written plainly in a typed plan
    ("Quyết định 23/QĐ-TTg ban hành ngày nào?", "07/01/2021 — Quyết định 23/QĐ-TTg (Thủ tướng Chính phủ)"),
    # a circular and a decree, their number's year no year asked
    ("Thông tư 28/2019 ban hành ngày nào?", "26/12/2019 — Thông tư 28/2019/TT-BLĐTBXH"),
])
def test_a_cited_document_s_date_and_issuer(kb, question, first):
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


@pytest.mark.parametrize("question, stated", [
    ("Kế hoạch Tháng hành động 2020 của Hà Nội căn cứ Thông tư nào của Bộ LĐTBXH?", "Thông tư 28/2019/TT-BLĐTBXH"),
    ("ke hoach thang hanh dong 2020 cua ha noi can cu thong tu nao", "Thông tư 28/2019/TT-BLĐTBXH"),
    ("Hanoi's 2024 plan implementing Directive 28 carries out which Party Committee plan number?",
     "Kế hoạch 232-KH/TU"),
    # … each with its issuer as the plan writes it
    ("Kế hoạch 6203 của Hà Nội thực hiện những văn bản nào?", "Chỉ thị 28-CT/TW ngày 25/12/2023 (Bộ Chính trị, Trung ương Đảng)"),
])
def test_what_a_plan_carries_out(kb, question, stated):
    assert stated in _first_line(question, kb), _first_line(question, kb)


@pytest.mark.parametrize("question", [
    # a decree's content: the plans cite it, none says what it stipulates
    "Nghi dinh 56/2017 quy dinh quy trinh ho tro can thiep gom may buoc",
])
def test_what_a_cited_document_says_is_not_the_plan_s_to_answer(kb, question):
    from knowledge.answer.engine import answer

    assert not answer(question, kb).answered


@pytest.mark.parametrize("question, stated, absent", [
    # the issuer named: its documents only ("của UBND tỉnh": the level is the asker's)
    ("Ke hoach Dien Bien Phu can cu quyet dinh nao cua UBND tinh?", "333/QĐ-UBND", "23/QĐ-TTg"),
])
def test_the_documents_of_the_issuer_named(kb, question, stated, absent):
    line = _first_line(question, kb)
    assert stated in line and absent not in line, line


def test_no_document_of_an_issuer_the_plan_cites_none_of(kb):
    line = _first_line("Kế hoạch Điện Biên Phủ căn cứ văn bản nào của Sở Y tế?", kb)
    assert "QĐ-TTg" not in line and "333/QĐ-UBND" not in line, line
