"""A plan's funding asked in the ways officers ask it: the amount asked is the one stated first.

The plan is written here for a fictional province ("Bình Nguyên"), its amounts invented; its
funding section has a period's total split by source, a total said of one source, a yearly
average in a bracket and two minimums a year in one sentence. Each question names the amount
it wants (a source, a level of government, a year's share, the total) and the reply's first
line must state that amount, not another of the plan's figures an officer could take for it.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.fitting import fold, stated
from knowledge.answer.format import strip_html
from tests.test_parse_any_marker import _kb_of

PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH NGUYÊN

Số: 77/KH-UBND

Bình Nguyên, ngày 02 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Nguyên giai đoạn 2021 - 2030

I. MỤC TIÊU

1. Tỷ lệ trẻ em được tư vấn: năm 2025 đạt 81%, năm 2030 đạt 87%.

2. Tỷ lệ xã đạt tiêu chuẩn phù hợp với trẻ em: năm 2025 đạt 70%, năm 2030 đạt 80%.

II. KINH PHÍ THỰC HIỆN

1. Dự kiến kinh phí từ ngân sách tỉnh cho giai đoạn 2021 - 2025 khoảng 18,6 tỷ đồng (bình quân 3,72 tỷ đồng/năm).

2. Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 52,4 tỷ đồng, trong đó ngân sách tỉnh 38,2 tỷ đồng; ngân sách cấp xã 9,6 tỷ đồng; nguồn vận động xã hội hóa 4,6 tỷ đồng.

3. Ngân sách huyện bố trí tối thiểu 300 triệu đồng mỗi năm cho các hoạt động bảo vệ trẻ em; mỗi xã, thị trấn bố trí tối thiểu 20 triệu đồng mỗi năm.

4. Phân bổ theo năm: năm 2026 là 9,8 tỷ đồng; năm 2027 là 10,2 tỷ đồng; năm 2028 là 10,5 tỷ đồng; năm 2029 là 10,8 tỷ đồng; năm 2030 là 11,1 tỷ đồng.

5. Kinh phí bố trí cho Tháng hành động vì trẻ em cấp tỉnh mỗi năm là 350 triệu đồng; kinh phí tổ chức Diễn đàn trẻ em cấp tỉnh mỗi năm là 120 triệu đồng.

III. TỔ CHỨC THỰC HIỆN

1. Sở Lao động - Thương binh và Xã hội

- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    folder = tmp_path_factory.mktemp("funding")
    plan = folder / "binhnguyen-kh77-2026.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return _kb_of(folder, *sorted(suite_plans_dir.glob("*.txt")), plan)


def first_line(question: str, kb, lang: str = "vi") -> str:
    result = answer(question, kb, lang=lang)
    assert result.answered, f"declined {question!r}: {result.text[:300]!r}"
    return fold(strip_html(result.text).split("\n", 1)[0])


@pytest.mark.parametrize("question,lang,amount,not_amount", [
    # the total of the period asked: the total, not a source's share
    ("Tổng kinh phí dự kiến thực hiện kế hoạch Bình Nguyên giai đoạn 2026-2030 là bao nhiêu?", "vi", "52,4 ty", "38,2"),
    ("BN tong kinh phi 26-30 binh nguyen", "vi", "52,4 ty", "38,2"),
    # a source asked: its share, though the sentence opens with the total
    ("ngân sách cấp xã bố trí bao nhiêu cho kế hoạch Bình Nguyên 2026-2030", "vi", "9,6 ty", "52,4"),
    ("How much of the Binh Nguyen plan budget comes from mobilised sources?", "en", "4,6", "52,4"),
    # a source named by a total sentence that has no split ("kinh phí từ ngân sách tỉnh … 2021-2025")
    ("Kinh phí ngân sách tỉnh dự kiến cho kế hoạch Bình Nguyên giai đoạn 2021-2025 là bao nhiêu?", "vi", "18,6 ty", "3,72"),
    # a yearly amount asked: the one said "/năm", not the period's
    ("ngân sách tỉnh Bình Nguyên bình quân mỗi năm giai đoạn 2021-2025 bao nhiêu", "vi", "3,72 ty", "18,6"),
    # two minimums a year in one sentence: the one whose words the question says
    ("moi xa thi tran o Binh Nguyen phai bo tri toi thieu bao nhieu tien moi nam", "vi", "20 trieu", "300"),
    ("ngân sách huyện Bình Nguyên bố trí tối thiểu bao nhiêu mỗi năm", "vi", "300 trieu", "20 trieu"),
    # one year's amount of a split by year, the year said with or without a question word
    ("kinh phi nam 2027 ke hoach tre em Binh Nguyen", "vi", "10,2 ty", "52,4"),
    ("kinh phi nam 2026 ke hoach tre em Binh Nguyen", "vi", "9,8 ty", "52,4"),    # the plan's own year too
    ("Năm 2030 Bình Nguyên bố trí bao nhiêu tiền cho kế hoạch trẻ em?", "vi", "11,1 ty", "10,8"),
    ("Binh Nguyen child plan budget for 2028?", "en", "10,5", "52,4"),
    # spending asked as "chi" / "spend", the budget as its phone abbreviation "kp"
    ("Bình Nguyên dự kiến chi bao nhiêu cho năm 2030?", "vi", "11,1 ty", "10,8"),
    ("How much will Binh Nguyen spend on its children plan in 2029?", "en", "10,8", "52,4"),
    ("kp nam 2027 ke hoach tre em binh nguyen bn", "vi", "10,2 ty", "52,4"),
    # two activities' amounts a year in one sentence: the one of the activity asked, the
    # campaign named by its name ("Tháng hành động") as much as the forum by its words
    ("Kinh phi to chuc Thang hanh dong vi tre em cap tinh Binh Nguyen moi nam la bao nhieu?", "vi", "350 trieu", "120"),
    ("kinh phi dien dan tre em cap tinh binh nguyen 1 nam bn", "vi", "120 trieu", "350"),
    # a word that only looks like a source's: "funding" is no "fund"
    ("How much funding does the Binh Nguyen plan have in total for 2026-2030?", "en", "52,4", "38,2"),
])
def test_the_amount_asked_is_the_one_stated_first(kb, question, lang, amount, not_amount):
    line = first_line(question, kb, lang)
    assert fold(amount) in line and fold(not_amount) not in line, line


@pytest.mark.parametrize("question, said, unsaid", [
    # an amount a year is said to be a year's, not the period's its sentence names
    ("ngân sách tỉnh Bình Nguyên bình quân mỗi năm giai đoạn 2021-2025 bao nhiêu", "3·72 ty dong (moi nam)",
     "(2021-2025)"),
    ("ngân sách huyện Bình Nguyên bố trí tối thiểu bao nhiêu mỗi năm", "300 trieu dong (moi nam)", "2021"),
    # an amount no source is named for is said with what it is for, not called the total
    ("kinh phi dien dan tre em cap tinh binh nguyen 1 nam bn", "kinh phi to chuc dien dan tre em cap tinh moi nam",
     "tong kinh phi"),
    # … and the period's total keeps its period
    ("Tổng kinh phí dự kiến thực hiện kế hoạch Bình Nguyên giai đoạn 2026-2030 là bao nhiêu?", "(2026-2030)", "moi nam"),
])
def test_an_amount_a_year_is_said_to_be_a_years(kb, question, said, unsaid):
    line = first_line(question, kb)
    assert said in line and unsaid not in line, line


def test_a_split_asked_lists_every_source(kb):
    result = answer("Tổng kinh phí kế hoạch Bình Nguyên 2026-2030 gồm những nguồn nào?", kb)
    own = stated(result.text)
    assert result.answered and all(fold(a) in own for a in ("52,4", "38,2", "9,6", "4,6")), result.text


def test_a_years_amount_the_plan_does_not_state_is_not_the_periods(kb):
    # no amount of 2027 alone is written: the period's total is no answer to it
    result = answer("Kinh phí ngân sách tỉnh Bình Nguyên năm 2027 là bao nhiêu?", kb)
    assert "52,4" not in stated(result.text) and "38,2" not in stated(result.text), result.text


SOURCES_ONLY = """ỦY BAN NHÂN DÂN
TỈNH HÒA LÂM

Số: 12/KH-UBND

Hòa Lâm, ngày 10 tháng 4 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Lâm giai đoạn 2026 - 2030

I. MỤC TIÊU

1. Tỷ lệ trẻ em được tư vấn: năm 2030 đạt 85%.

II. KINH PHÍ THỰC HIỆN

1. Ngân sách nhà nước bố trí trong dự toán hằng năm của các sở, ngành và địa phương theo phân cấp.

2. Tài trợ, viện trợ quốc tế và huy động từ xã hội, cộng đồng, các nguồn hợp pháp khác.

III. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.
"""


@pytest.fixture(scope="module")
def sources_kb(tmp_path_factory, suite_plans_dir):
    folder = tmp_path_factory.mktemp("hoalam")
    path = folder / "hoalam-kh12-2026.txt"
    path.write_text(SOURCES_ONLY, encoding="utf-8")
    return _kb_of(folder, *sorted(suite_plans_dir.glob("*.txt")), path)


@pytest.mark.parametrize("question, lang", [
    ("Kinh phí kế hoạch trẻ em Hòa Lâm lấy từ những nguồn nào?", "vi"),
    ("kinh phi ke hoach hoa lam lay tu dau", "vi"),
    ("Where does the money for Hoa Lam's children plan come from?", "en"),
])
def test_the_sources_of_a_plan_that_budgets_no_amount(sources_kb, question, lang):
    """A plan that states no amount still says where its money comes from: its funding
    section's sources are stated (not quoted), not the Finance Department's duty."""
    result = answer(question, sources_kb, lang=lang)
    said = stated(strip_html(result.text))
    assert result.answered, result.text
    assert "ngan sach nha nuoc" in said and "tai tro" in said, result.text
    assert strip_html(result.text).startswith("Nguồn kinh phí" if lang == "vi" else "Funding sources"), result.text


@pytest.mark.parametrize("sentence, amount, yearly", [
    ("Ngân sách tỉnh bố trí 2.500 triệu đồng mỗi năm cho các hoạt động; tổng kinh phí dự kiến giai đoạn "
     "2022 - 2030 là 22.500 triệu đồng.", "2.500 triệu đồng", True),
    ("Ngân sách tỉnh bố trí 2.500 triệu đồng mỗi năm cho các hoạt động; tổng kinh phí dự kiến giai đoạn "
     "2022 - 2030 là 22.500 triệu đồng.", "22.500 triệu đồng", False),
    # a period's total spread over the years is still the period's
    ("Tổng kinh phí giai đoạn 2024 - 2030 là 17.500 triệu đồng được phân bổ mỗi năm theo tiến độ.",
     "17.500 triệu đồng", False),
    ("Dự kiến kinh phí cho giai đoạn 2021 - 2025 khoảng 18,6 tỷ đồng (bình quân 3,72 tỷ đồng/năm).", "3,72 tỷ đồng", True),
])
def test_an_amount_is_a_years_when_the_plan_says_so_after_it(sentence, amount, yearly):
    from knowledge.answer.funding import _said_a_year
    from knowledge.parse.extras import parse_funding
    from knowledge.parse.structure import parse_document

    rows = {r.written: r for r in parse_funding(parse_document("II. KINH PHÍ\n\n" + sentence + "\n"))}
    assert _said_a_year(rows[amount]) is yearly, rows


TABLE_SECTION = """IV. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 48.650 triệu đồng, trong đó:

| Nguồn | Kinh phí (triệu đồng) |
| Ngân sách tỉnh | 26.400 |
| Quỹ Bảo trợ trẻ em tỉnh | 5.300 |
| Tổng cộng | 48.650 |

Kinh phí năm 2026 dự kiến bố trí 8.900 triệu đồng.
"""


def test_a_funding_table_gives_each_source_its_amount():
    # round 127 (Bến Tre): the sources only in a table under the total's sentence, the unit
    # in the amount column's header; the "Tổng cộng" row repeats the total the sentence gave
    from knowledge.parse.extras import parse_funding
    from knowledge.parse.structure import parse_document

    rows = [(r.source, r.amount, r.period, r.written) for r in parse_funding(parse_document(TABLE_SECTION))]
    # ("Kinh phí năm 2026 …": that year's amount)
    assert rows == [(None, 48650.0, "2026-2030", "48.650 triệu đồng"), (None, 8900.0, "2026", "8.900 triệu đồng"),
                    ("Ngân sách tỉnh", 26400.0, "2026-2030", "26.400 triệu đồng"),
                    ("Quỹ Bảo trợ trẻ em tỉnh", 5300.0, "2026-2030", "5.300 triệu đồng")], rows


ACTIVITIES = """ỦY BAN NHÂN DÂN
TỈNH THANH LÂM

Số: 12/KH-UBND

Thanh Lâm, ngày 05 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Thanh Lâm giai đoạn 2026 - 2030

I. MỤC TIÊU

1. Tỷ lệ trẻ em được tư vấn: năm 2026 đạt 81%, năm 2030 đạt 87%.

2. Tỷ lệ xã đạt tiêu chuẩn phù hợp với trẻ em: năm 2026 đạt 70%, năm 2030 đạt 80%.

II. KINH PHÍ

1. Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 9.000 triệu đồng.

2. Kinh phí hỗ trợ trẻ em khuyết tật học hòa nhập một năm là 500 triệu đồng; kinh phí tổ chức Tháng hành động vì trẻ em 1 năm là 300 triệu đồng.

3. Ngân sách tỉnh bố trí cho hoạt động dạy bơi cho trẻ em mỗi năm 200 triệu đồng, tổng cộng cả giai đoạn 1.000 triệu đồng.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def activities_kb(tmp_path_factory, suite_plans_dir):
    folder = tmp_path_factory.mktemp("activities")
    plan = folder / "thanhlam-kh12-2026.txt"
    plan.write_text(ACTIVITIES, encoding="utf-8")
    return _kb_of(folder, *sorted(suite_plans_dir.glob("*.txt")), plan)


@pytest.mark.parametrize("question, amount, label", [
    # (a fresh reviewer's: "một năm" written of another activity took the swimming question)
    ("Thanh Lâm kinh phí dạy bơi mỗi năm?", "200 trieu", "day boi"),
    ("kinh phi thang hanh dong thanh lam 1 nam bn", "300 trieu", "thang hanh dong"),
    ("kinh phi ho tro tre khuyet tat hoc hoa nhap thanh lam mot nam", "500 trieu", "khuyet tat"),
])
def test_a_years_amount_of_the_activity_asked_with_what_it_is_for(activities_kb, question, amount, label):
    line = first_line(question, activities_kb)
    assert line.startswith(fold(amount)) and label in line and "tong kinh phi" not in line, line
