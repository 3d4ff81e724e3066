"""A plan laid out as most provinces publish it: its targets plain sentences under each goal,
with no numbers, and an appendix table that numbers them straight through and says who leads
and who partners each ("nt" for "as the row above"), a note column giving some targets a
figure of their own for groups of communes ("Các xã miền núi, biên giới: dưới 16‰ năm 2030").

Officers cite such targets by the appendix's numbers ("chỉ tiêu 5 do ai chủ trì?"), ask the
groups' figures apart from the province's and beside them, and ask the figures the plan
writes as counts per 100 of another ("109 bé trai/100 bé gái") or beside a target in a bracket
("(năm 2025: 142)"), and how many children it counts. The plan ("Hòa Bắc") and its figures
are invented.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.fitting import fold, stated
from knowledge.answer.format import strip_html
from tests.test_parse_any_marker import _kb_of

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA BẮC

Số: 64/KH-UBND

Hòa Bắc, ngày 10 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Bắc giai đoạn 2026 - 2030

I. THỰC TRẠNG

Tính đến ngày 31/12/2025, toàn tỉnh Hòa Bắc có 412.600 trẻ em dưới 16 tuổi, chiếm 25,2% dân số. Năm 2025 có 97 trẻ em bị xâm hại được phát hiện. Hằng năm tỉnh hỗ trợ học bổng cho 50 trẻ em có hoàn cảnh khó khăn.

II. MỤC TIÊU

1. Mục tiêu chung

Bảo đảm thực hiện ngày càng tốt hơn các quyền của trẻ em.

2. Mục tiêu cụ thể

Mục tiêu 1. Nâng cao sức khỏe của trẻ em

- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 11‰ vào năm 2028 và dưới 10‰ vào năm 2030 (năm 2025: 12,3‰).

- Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái vào năm 2028 và không vượt quá 109 bé trai/100 bé gái vào năm 2030 (năm 2025: 111,2).

Mục tiêu 2. Bảo vệ trẻ em

- Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn đạt 55% vào năm 2028 và 65% vào năm 2030 (năm 2025: 46,2%).

- Số cặp tảo hôn dưới 120 cặp vào năm 2028 và dưới 100 cặp vào năm 2030 (năm 2025: 142).

- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi từ 16,8‰ năm 2025 xuống 15 năm 2028 và dưới 13,5‰ năm 2030.

- Giảm số trẻ em bị mua bán qua biên giới xuống dưới 5 trẻ vào năm 2030.

- Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99,2% vào năm 2028 và 99,5% vào năm 2030.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế: chủ trì theo dõi, tổng hợp việc thực hiện Kế hoạch.

2. Sở Văn hóa, Thể thao và Du lịch: tổ chức dạy bơi cho trẻ em.

Phụ lục

PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU

| STT | Chỉ tiêu | Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú |
| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | Sở Y tế | Bảo hiểm xã hội tỉnh | Các xã miền núi, biên giới: dưới 16‰ năm 2030 |
| 2 | Tỷ số giới tính khi sinh | nt | Hội Liên hiệp Phụ nữ tỉnh | |
| 3 | Trẻ em 6 – 15 tuổi biết bơi an toàn | Sở Văn hóa, Thể thao và Du lịch | Sở Giáo dục và Đào tạo | Các xã ven biển: 75% năm 2030 |
| 4 | Tảo hôn | Sở Dân tộc và Tôn giáo | nt | Các xã miền núi, biên giới: dưới 40 cặp năm 2030 |
| 5 | Đăng ký khai sinh trẻ em dưới 5 tuổi | Sở Tư pháp | Công an tỉnh | |
| 6 | Tỷ suất tử vong trẻ em dưới 5 tuổi | Sở Y tế | Bảo hiểm xã hội tỉnh | Xã hội hóa: 40% năm 2030 |
| 7 | Trẻ em bị mua bán qua biên giới | Công an tỉnh | Bộ đội Biên phòng tỉnh | Các xã miền núi, biên giới: dưới 3 trẻ năm 2030 |
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    folder = tmp_path_factory.mktemp("appendix")
    plan = folder / "hoabac-kh64-2026.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return _kb_of(folder, *sorted(suite_plans_dir.glob("*.txt")), plan)


def _plan(kb):
    return next(p for p in kb.plans if p.slug.startswith("hb"))


def first_line(question: str, kb, lang: str = "vi") -> str:
    result = answer(question, kb, lang=lang)
    assert result.answered, f"declined {question!r}: {result.text[:300]!r}"
    return fold(strip_html(result.text).split("\n", 1)[0])


def test_the_appendix_numbers_the_targets_its_rows_name(kb):
    plan = _plan(kb)
    numbers = {i.number: fold(i.text) for i in plan.indicators}
    assert sorted(numbers) == [1, 2, 3, 4, 5, 6, 7], numbers
    # a note that names no group of communes ("Xã hội hóa: …") is no area's figure
    assert not [t for i in plan.indicators for t in i.areas if "hoi" in fold(t.area)]
    assert "gioi tinh" in numbers[2] and "tao hon" in numbers[4] and "khai sinh" in numbers[5]


@pytest.mark.parametrize("question,lang,said,not_said", [
    # cited by the appendix's number; a "nt" cell is the lead of the row above
    ("Hòa Bắc chỉ tiêu 5 do ai chủ trì?", "vi", "So Tu phap", "So Y te"),
    ("hoa bac chi tieu 2 ai chu tri", "vi", "So Y te", "Tu phap"),
    ("In the Hoa Bac appendix, who leads target no. 3?", "en", "Van hoa", "So Y te"),
    # the lead asked as who "heads" it, the ratio asked in English
    ("Chỉ tiêu trẻ em biết bơi ở Hòa Bắc do sở nào đứng đầu?", "vi", "Van hoa", "So Y te"),
    ("Sex ratio at birth ceiling for Hoa Bac in 2030?", "en", "109", "110"),
    # a count per 100 of another, with its base; a bracketed result in the target's own unit
    ("Tỷ số giới tính khi sinh Hòa Bắc năm 2030?", "vi", "109 be trai/100 be gai", "110"),
    # … asked with its base typed ("bé trai/100 bé gái" is no target coded "trai/100")
    ("ty so gioi tinh khi sinh hoa bac nam 2030 khong vuot qua bao nhieu be trai/100 be gai", "vi", "109", "110"),
    ("so cap tao hon hoa bac nam 2025", "vi", "142", "120"),
    # a bare figure after "xuống" with its year: a milestone in the unit before it
    ("Tử vong trẻ em dưới 5 tuổi Hòa Bắc năm 2028?", "vi", "15", "16,8"),
    # a group of communes' own figure, asked by any of its kinds; the province's is not it
    ("Xã miền núi Hòa Bắc tỷ suất tử vong trẻ dưới 1 tuổi năm 2030 là bao nhiêu?", "vi", "16", "dưới 10"),
    ("For mountain communes in Hoa Bac, what is the 2030 infant mortality target?", "en", "16", "dưới 10"),
    ("tre em biet boi cac xa ven bien hoa bac 2030", "vi", "75", "65%"),
    # … and the province's own when no group is asked, though the target's own words name a kind
    ("Tỷ suất tử vong trẻ em dưới 1 tuổi Hòa Bắc năm 2030?", "vi", "10", "16"),
    ("Hòa Bắc: chỉ tiêu trẻ em bị mua bán qua biên giới năm 2030 là bao nhiêu?", "vi", "5", "dưới 3"),
    # how many children the plan counts (its own place's name is no topic of the count)
    ("Hòa Bắc có bao nhiêu trẻ em tính đến cuối năm 2025?", "vi", "412.600", "97"),
])
def test_targets_numbered_and_allotted_by_the_appendix(kb, question, lang, said, not_said):
    line = first_line(question, kb, lang)
    assert fold(said) in line and fold(not_said) not in line, line


@pytest.mark.parametrize("question,lang", [
    ("Hòa Bắc: tử vong trẻ dưới 1 tuổi ở xã miền núi so với toàn tỉnh năm 2030?", "vi"),
    ("Compare Hoa Bac's 2030 infant mortality target for mountain communes with the province-wide one.", "en"),
])
def test_a_group_asked_beside_the_province_states_both(kb, question, lang):
    result = answer(question, kb, lang=lang)
    own = stated(result.text)
    assert result.answered and fold("16") in own and fold("10") in own, result.text


def test_a_small_count_answers_only_its_own_topic(kb):
    # "97 trẻ em bị xâm hại": asked by its topic, stated; never the count of all children
    assert "97" in first_line("so tre bi xam hai o Hoa Bac nam 2025 la bao nhieu em", kb)
    assert "97" not in first_line("Hòa Bắc có bao nhiêu trẻ em?", kb)
    # "học bổng cho 50 trẻ em" each year: a number helped, no count of children a year states
    assert "50" not in strip_html(answer("Hòa Bắc có bao nhiêu trẻ em có hoàn cảnh khó khăn?", kb).text)


@pytest.mark.parametrize("text,wanted", [
    ("Mỗi xã tổ chức ít nhất 2 lớp dạy bơi mỗi năm, sau 3 năm 2028 đạt 100% xã có lớp dạy bơi.", [(None, 2.0), (2028, 100.0)]),
    ("Có 10 trẻ/100 trẻ được hỗ trợ vào năm 2030.", [(2030, 10.0)]),
])
def test_figures_before_a_year_and_per_hundred(text, wanted):
    from knowledge.parse.targets import parse_targets

    found = parse_targets(text)
    assert [(t.year, t.value) for t in found] == wanted
    assert all(t.counted in (None, "lớp", "trẻ/100 trẻ") for t in found), [t.counted for t in found]
