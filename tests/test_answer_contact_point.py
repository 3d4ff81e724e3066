"""Which office a plan names to contact, or to run its hotline, is stated as that office (blind
rounds 114–128 asked it in seven rounds and were told "no phone number for this"):
"Đầu mối liên hệ: Phòng Bảo trợ xã hội, …, Sở …" answers "đầu mối liên hệ là phòng nào";
"0261.3544.111 (Phòng Trẻ em - Bình đẳng giới, Sở …)" and "… do Phòng … (Sở Y tế) quản lý"
answer "đường dây nóng do phòng nào trực / quản lý". A number asked is still the number.

Pure: the shipped plans and four rounds' plans → the replies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_parse_any_marker import _first_line

ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    from knowledge.store import build, load_knowledge_base

    db = tmp_path_factory.mktemp("contact_point") / "kb.db"
    extra = [ROUNDS / f"round{n}" / "new_plan.txt" for n in (23, 114, 120, 123)]
    build(db, sorted(suite_plans_dir.glob("*.txt")) + extra, keep_stored=False)
    return load_knowledge_base(db)


@pytest.mark.parametrize("question, first", [
    # the plan's own "Đầu mối liên hệ:" line, its address kept ("… ở đâu")
    ("Đầu mối liên hệ của kế hoạch trẻ em Bắc Giang là phòng nào, ở đâu?",
     "Phòng Bảo trợ xã hội, Trẻ em và Bình đẳng giới, Sở Lao động - Thương binh và Xã hội, số 52"),
    ("dau moi lien he ke hoach tre em bac giang la phong nao",
     "Phòng Bảo trợ xã hội, Trẻ em và Bình đẳng giới"),
    ("Which office is the contact point for Bac Giang's plan for children?",
     "Phòng Bảo trợ xã hội, Trẻ em và Bình đẳng giới"),
    # the office in the bracket after the hotline's number
    ("Đường dây nóng bảo vệ trẻ em của Đắk Nông do phòng nào trực?",
     "Phòng Trẻ em - Bình đẳng giới, Sở Lao động - Thương binh và Xã hội —"),
    # "do Phòng … (Sở Y tế) quản lý": the bracket is part of the office's name
    ("binh dinh phong nao quan ly duong day nong bao ve tre em cua tinh",
     "Phòng Bảo trợ xã hội, Trẻ em và Phòng, chống tệ nạn xã hội (Sở Y tế) —"),
])
def test_the_office_to_contact_is_stated(kb, question, first):
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


@pytest.mark.parametrize("question, number", [
    # the number asked: the numbers, not the office
    ("Đường dây nóng bảo vệ trẻ em của Đắk Nông là số nào?", "0261.3544.111"),
    ("Số điện thoại đường dây nóng Bình Định do phòng nào quản lý?", "0256 3 829 111"),
])
def test_a_number_asked_is_still_the_number(kb, question, number):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    text = strip_html(answer(question, kb).text)
    assert text.startswith("☎️") and number in text, text


def test_a_focal_point_of_an_indicator_is_its_lead(kb):
    # "đầu mối" of an indicator is the agency that leads it, not the plan's contact office
    line = _first_line("Đầu mối thực hiện chỉ tiêu 5 của Bắc Giang là cơ quan nào?", kb)
    assert "Bảo hiểm xã hội" in line and not line.startswith("Phòng"), line


def test_an_office_asked_of_a_line_is_no_number(kb):
    # "đơn vị nào chỉ đạo Trung tâm … vận hành đường dây nóng": the office that directs the
    # centre, a task of Sở Y tế's — not the centre's hotline number
    line = _first_line("Đơn vị nào chỉ đạo Trung tâm Công tác xã hội tỉnh Khánh Hòa vận hành đường dây nóng?", kb)
    assert "Sở Y tế" in line and "☎️" not in line, line


@pytest.mark.parametrize("question", [
    "Đầu mối liên hệ kế hoạch Cần Thơ là phòng nào?",
    "dau moi lien he ke hoach can tho la phong nao",
])
def test_an_office_no_plan_names_is_declined_as_an_office(kb, question):
    # Cần Thơ's plan names no contact office: the reply says that, not "no phone number for
    # this" (seen trying the bot at the 2026-12-04 stop)
    line = _first_line(question, kb)
    assert line.startswith("Các kế hoạch hiện có không nêu đầu mối liên hệ"), line
