"""Extraction that reads meaning, not one layout (issue 11, points 1-3).

Every plan here is written by the test itself, in one phrasing at a time, for a fictional
province ("Bình Nguyên"); the figures are invented. Each test states what a person reading
the sentence understands, and checks the records ingest stores: years paired with values
whatever their order, metrics as sub-items and table rows, the plan's own comparator words,
assignments in any wording and section, per-goal indicator counts, verification ("needs
review") and contacts written with other groupings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from knowledge.ingest import ingest_file
from knowledge.model import AT_LEAST, EXACTLY, REDUCE_BY_PER_YEAR, UNDER, Target
from knowledge.parse.targets import parse_targets
from knowledge.parse.goals import indicators_by_goal
from knowledge.parse.review import plan_warnings
from knowledge.parse.verify import verify_target
from knowledge.store import load_plans, open_database, save_plans

HEADER = """ỦY BAN NHÂN DÂN
TỈNH BÌNH NGUYÊN

Số: 77/KH-UBND

Bình Nguyên, ngày 02 tháng 3 năm 2022

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Nguyên giai đoạn 2021 - 2030

I. MỤC TIÊU

1. Mục tiêu cụ thể và các chỉ tiêu

"""

ORGANISATION = """
III. TỔ CHỨC THỰC HIỆN

1. Sở Lao động - Thương binh và Xã hội

- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.

2. Sở Y tế

- Triển khai chăm sóc sức khỏe trẻ em.
"""


def write_plan(tmp_path: Path, indicators: str, between: str = "", organisation: str = ORGANISATION,
               name: str = "binhnguyen.txt") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + indicators.strip() + "\n\n" + between + organisation, encoding="utf-8")
    return path


def ingest(tmp_path: Path, indicators: str, **kwargs):
    return ingest_file(write_plan(tmp_path, indicators, **kwargs))


def facts(indicator) -> list[tuple]:
    return sorted((t.metric_index, t.year, t.value) for t in indicator.targets)


def by_number(plan, number):
    [found] = [i for i in plan.indicators if i.number == number]
    return found


# --- years paired with values by their place in the clause ---------------------------------

PHRASINGS = [
    "Tỷ lệ trẻ em được tư vấn: năm 2025 đạt 81%, năm 2030 đạt 87%.",
    "Tỷ lệ trẻ em được tư vấn đạt 81% (năm 2025) và 87% (năm 2030).",
    "Tỷ lệ trẻ em được tư vấn đạt 81% vào năm 2025 và 87% vào năm 2030.",
    "Tỷ lệ trẻ em được tư vấn: đến năm 2030 đạt 87%, trong đó năm 2025 đạt 81%.",
    "Tỷ lệ trẻ em được tư vấn: năm 2025: 81%; năm 2030: 87%.",
    "Đến năm 2025 có 81% trẻ em được tư vấn, đến năm 2030 có 87% trẻ em được tư vấn.",
    "Tỷ lệ trẻ em được tư vấn (năm 2025 đạt 81%, năm 2030 đạt 87%).",
    "Tỷ lệ trẻ em được tư vấn: 2025: 81%; 2030: 87%.",
    "Tỷ lệ trẻ em được tư vấn đạt 81% (2025) và 87% (2030).",
    "Tỷ lệ trẻ em được tư vấn đạt 81% và 87% tương ứng vào các năm 2025 và 2030.",
    "Năm 2025: tỷ lệ trẻ em được tư vấn đạt 81%; năm 2030: 87%.",
    # a level kept opens its year's value as "đạt" does (blind round 130: "đến năm 2025 duy trì
    # 99,6%" had no year; "… đạt trên 92%, đến năm 2030 duy trì trên 95%" swapped the years)
    "Tỷ lệ trẻ em được tư vấn đến năm 2025 duy trì 81%, đến năm 2030 đạt 87%.",
    "Tỷ lệ trẻ em được tư vấn đến năm 2025 đạt trên 81%, đến năm 2030 duy trì trên 87%.",
    "Tỷ lệ trẻ em được tư vấn: năm 2025 bảo đảm 81%, năm 2030 giữ vững 87%.",
]


@pytest.mark.parametrize("sentence", PHRASINGS)
def test_year_and_value_paired_whatever_the_order(sentence):
    targets = parse_targets(sentence)
    assert {(2025, 81.0), (2030, 87.0)} == {(t.year, t.value) for t in targets}
    assert 2 == len(targets)
    assert not any(t.needs_review for t in targets)
    assert all("trẻ em được tư vấn" in t.metric.lower() for t in targets)
    assert {1} == {t.metric_index for t in targets}


@pytest.mark.parametrize("sentence", PHRASINGS)
def test_swapped_years_give_the_swapped_facts_never_the_old_ones(tmp_path, sentence):
    swapped = sentence.replace("2025", "YEAR").replace("2030", "2025").replace("YEAR", "2030")
    plan = ingest(tmp_path, f"Chỉ tiêu 1. {swapped}")
    got = {(t.year, t.value) for t in by_number(plan, 1).targets}
    assert {(2030, 81.0), (2025, 87.0)} == got
    assert not got & {(2025, 81.0), (2030, 87.0)}


def test_one_year_after_an_opening_phrase():
    [target] = parse_targets("Tỷ lệ trẻ em bỏ học: đến năm 2025 giảm còn dưới 4,5%.")
    assert (2025, 4.5, UNDER, "giảm còn dưới") == (
        target.year, target.value, target.comparator, target.comparator_text)
    assert "Tỷ lệ trẻ em bỏ học" == target.metric


@pytest.mark.parametrize("sentence, figures", [
    # a count inside a rate's name is whom it counts, not a target of its own (round 115)
    ("Tỷ lệ trẻ em mẫu giáo 5 tuổi được học 2 buổi/ngày đạt 96% vào năm 2027 và 98,5% vào năm 2030.",
     [(2027, 96.0, "%"), (2030, 98.5, "%")]),
    ("Tỷ lệ xã có ít nhất 1 điểm vui chơi đạt 80% năm 2030.", [(2030, 80.0, "%")]),
    # … but a count asked for is a target
    ("Tổ chức 2 diễn đàn/năm vào năm 2030.", [(2030, 2.0, "count")]),
])
def test_a_count_that_names_a_rate_is_no_target(sentence, figures):
    assert [(t.year, t.value, t.unit) for t in parse_targets(sentence)] == figures


@pytest.mark.parametrize("text, figures", [
    # the sentence after a target's last figure is no clause of it ("… Mục tiêu 5" no 2030's 5)
    ("Tỷ lệ trẻ em vi phạm pháp luật trên 100.000 trẻ em: đến năm 2025 giảm còn 30; đến năm 2030 giảm "
     "còn 24. Giao Công an tỉnh chủ trì theo dõi các chỉ tiêu của Mục tiêu 5.", [(2025, 30.0), (2030, 24.0)]),
    ("Tỷ lệ trẻ em biết bơi: đến năm 2025 đạt 55%; đến năm 2030 đạt 70%. Giao Sở Y tế chủ trì thực hiện "
     "Mục tiêu 1.", [(2025, 55.0), (2030, 70.0)]),
])
def test_a_target_ends_with_its_sentence(text, figures):
    assert [(t.year, t.value) for t in parse_targets(text)] == figures


def test_a_sentence_giving_a_year_goes_on_with_the_target():
    # "… giảm còn 24. Đến năm 2025 giảm còn 26.": the next sentence is the same target's year
    found = [(t.year, t.value) for t in parse_targets(
        "Tỷ lệ trẻ em bị xâm hại trên 100.000 trẻ em giảm còn 24. Đến năm 2025 giảm còn 26.")]
    assert (2025, 26.0) in found, found


def test_a_base_year_is_not_the_target_year():
    [target] = parse_targets("Giảm 10% số trẻ em bị tai nạn so với năm 2020 vào năm 2025.")
    assert (2025, 10.0, False) == (target.year, target.value, target.needs_review)
    [target] = parse_targets("Tỷ lệ trẻ em được khám định kỳ tăng 5% so với năm 2020.")
    assert (None, 5.0, False) == (target.year, target.value, target.needs_review)


@pytest.mark.parametrize("text, metric", [
    ("Tỷ lệ trẻ em được tư vấn: năm 2025: 81%; năm 2030: 87%.", "Tỷ lệ trẻ em được tư vấn"),
    # a rate's denominator ("/100.000 trẻ em") is its unit's words, not a metric of its own
    ("Tỷ suất trẻ em tử vong do đuối nước, năm 2025: dưới 17/100.000 trẻ em; năm 2030: dưới 13/100.000 trẻ em.",
     "Tỷ suất trẻ em tử vong do đuối nước"),
])
def test_a_clause_of_its_own_continues_the_metric(text, metric):
    targets = parse_targets(text)
    assert len(targets) == 2
    assert {1} == {t.metric_index for t in targets}
    assert {metric} == {t.metric for t in targets}


# --- comparators as written -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, comparator, words", [
    ("Tỷ lệ thừa cân không vượt quá 6,5% vào năm 2030.", UNDER, "không vượt quá"),
    ("Tỷ lệ thấp còi khống chế ở mức dưới 18% vào năm 2030.", UNDER, "khống chế ở mức dưới"),
    ("Tỷ lệ bỏ học dưới 0,3% vào năm 2030.", UNDER, "dưới"),
    ("Tỷ lệ trẻ em được khám ít nhất 92% vào năm 2030.", AT_LEAST, "ít nhất"),
    ("Tỷ lệ trẻ em được khám đạt 92% vào năm 2030.", AT_LEAST, "đạt"),
    ("Phấn đấu 92% trẻ em được khám định kỳ vào năm 2030.", AT_LEAST, "Phấn đấu"),
    ("Tỷ suất tử vong trẻ sơ sinh giảm còn 6,1‰ vào năm 2030.", EXACTLY, "giảm còn"),
    ("Giảm bình quân 4%/năm số cặp tảo hôn.", REDUCE_BY_PER_YEAR, "Giảm bình quân"),
])
def test_comparator_kept_as_the_plan_writes_it(sentence, comparator, words):
    [target] = parse_targets(sentence)
    assert (comparator, words) == (target.comparator, target.comparator_text)


def test_second_value_keeps_the_comparator_words_of_the_first():
    targets = parse_targets("Tỷ lệ trẻ em có hoàn cảnh đặc biệt khống chế ở mức không vượt quá "
                            "1,9% (năm 2025) và 1,6% (năm 2030).")
    assert [(2025, UNDER, "khống chế ở mức không vượt quá"),
            (2030, UNDER, "khống chế ở mức không vượt quá")] == [
        (t.year, t.comparator, t.comparator_text) for t in targets]


# --- metrics as sub-items and table rows ------------------------------------------------------

@pytest.mark.parametrize("marker_one, marker_two", [("+", "+"), ("-", "-"), ("a)", "b)")])
def test_metrics_as_sub_items_of_an_indicator(tmp_path, marker_one, marker_two):
    plan = ingest(tmp_path, f"""
Chỉ tiêu 1. Giảm tỷ suất tử vong ở trẻ em, cụ thể:

{marker_one} Tỷ suất tử vong trẻ em dưới 1 tuổi giảm còn 12,4‰ (năm 2025) và 10,2‰ (năm 2030);

{marker_two} Tỷ suất tử vong trẻ em dưới 5 tuổi: năm 2025 dưới 18,3‰, năm 2030 dưới 15,1‰.

Chỉ tiêu 2. Tỷ lệ trẻ em được đăng ký khai sinh đạt 97,7% vào năm 2025.
""")
    first = by_number(plan, 1)
    assert [(1, 2025, 12.4), (1, 2030, 10.2), (2, 2025, 18.3), (2, 2030, 15.1)] == facts(first)
    assert "Tỷ suất tử vong trẻ em dưới 5 tuổi" == first.targets[-1].metric
    assert [(1, 2025, 97.7)] == facts(by_number(plan, 2))
    assert [1, 2] == [i.number for i in plan.indicators]


def test_sub_items_take_the_year_the_indicator_opens(tmp_path):
    plan = ingest(tmp_path, """
Chỉ tiêu 1. Đến năm 2025:

- 100% trẻ em bị xâm hại được hỗ trợ kịp thời;

- Tỷ lệ trẻ em được tư vấn đạt 80% vào năm 2030.
""")
    first, second = by_number(plan, 1).targets
    assert (2025, 100.0, False) == (first.year, first.value, first.needs_review)
    assert first.sentence.startswith("Đến năm 2025:")
    assert (2030, 80.0) == (second.year, second.value)       # its own year wins


def test_metric_rows_under_an_indicator_row_of_a_table(tmp_path):
    plan = ingest(tmp_path, """
| STT | Chỉ tiêu | Năm 2025 | Năm 2030 |
|---|---|---|---|
| 1 | Giảm tỷ suất tử vong ở trẻ em | | |
| | - Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống) | < 11 | < 9 |
| | - Tỷ suất tử vong trẻ em dưới 5 tuổi (trên 1.000 trẻ đẻ sống) | < 16 | < 13 |
| 2 | Tỷ lệ trẻ em được đăng ký khai sinh | 97% | 99% |
""")
    assert [(1, 2025, 11.0), (1, 2030, 9.0), (2, 2025, 16.0), (2, 2030, 13.0)] == facts(by_number(plan, 1))
    assert [(1, 2025, 97.0), (1, 2030, 99.0)] == facts(by_number(plan, 2))
    assert all(t.comparator == UNDER for t in by_number(plan, 1).targets)
    assert {"<"} == {t.comparator_text for t in by_number(plan, 1).targets}    # as the table writes it
    assert {None} == {t.comparator_text for t in by_number(plan, 2).targets}   # no word, none made up


# --- leads and partners from any wording, in any section --------------------------------------

GOALS_FOR_ASSIGNMENTS = "\n\n".join(
    f"Chỉ tiêu {n}. Tỷ lệ trẻ em nhóm {n} được hỗ trợ đạt {50 + n}% vào năm 2030." for n in range(1, 25))

ASSIGNMENTS = """
II. PHÂN CÔNG CHỦ TRÌ, PHỐI HỢP THỰC HIỆN CÁC CHỈ TIÊU

1. Giao Sở Lao động - Thương binh và Xã hội chủ trì các chỉ tiêu 1, 2, 4 và 5.

2. Sở Y tế chủ trì các chỉ tiêu 3 - 6; phối hợp thực hiện chỉ tiêu 1 và chỉ tiêu 11.

3. Sở Giáo dục và Đào tạo: chủ trì chỉ tiêu số 7; phối hợp chỉ tiêu 10.

4. Công an tỉnh chủ trì chỉ tiêu 9; Sở Tư pháp phối hợp.

5. Chỉ tiêu 22 đến 24 do Sở Văn hóa, Thể thao và Du lịch chủ trì, Tỉnh đoàn và Sở Y tế phối hợp.

6. Sở Tư pháp chịu trách nhiệm chính đối với chỉ tiêu 14.

7. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện chỉ tiêu 15.

8. Giao Công an tỉnh chủ trì, Sở Tư pháp và Tỉnh đoàn phối hợp thực hiện các chỉ tiêu 16, 17.

9. Ủy ban nhân dân các huyện, thành phố phối hợp thực hiện chỉ tiêu 18.

"""


@pytest.fixture(scope="module")
def assigned_plan(tmp_path_factory):
    organisation = ORGANISATION + """
3. Ban Dân tộc tỉnh

- Chỉ tiêu 20 do Ban Dân tộc tỉnh chủ trì, Sở Y tế phối hợp thực hiện.
"""
    return ingest(tmp_path_factory.mktemp("assign"), GOALS_FOR_ASSIGNMENTS, between=ASSIGNMENTS,
                  organisation=organisation)


@pytest.mark.parametrize("number, leads, partners", [
    (1, ["so-lao-dong-thuong-binh-va-xa-hoi"], ["so-y-te"]),          # list "1, 2, 4 và 5"
    (5, ["so-lao-dong-thuong-binh-va-xa-hoi", "so-y-te"], []),        # and range "3 - 6"
    (6, ["so-y-te"], []),
    (7, ["so-giao-duc-va-dao-tao"], []),                              # "chỉ tiêu số 7"
    (10, [], ["so-giao-duc-va-dao-tao"]),                             # "…; phối hợp chỉ tiêu 10"
    (9, ["cong-an"], ["so-tu-phap"]),                                 # "…; Sở Tư pháp phối hợp"
    (23, ["so-van-hoa-the-thao-va-du-lich"], ["tinh-doan", "so-y-te"]),   # "22 đến 24 do … chủ trì"
    (14, ["so-tu-phap"], []),                                         # "chịu trách nhiệm chính"
    (20, ["ban-dan-toc"], ["so-y-te"]),                               # passive, under another heading
    (15, ["so-y-te"], ["so-giao-duc-va-dao-tao"]),                    # "chủ trì, phối hợp với Y"
    (17, ["cong-an"], ["so-tu-phap", "tinh-doan"]),                   # the mention at the end
    (18, [], ["uy-ban-nhan-dan-cac-huyen-thanh-pho"]),                # a group name with a comma
])
def test_leads_and_partners_from_any_wording(assigned_plan, number, leads, partners):
    indicator = by_number(assigned_plan, number)
    assert (leads, partners) == (indicator.lead_agencies, indicator.partner_agencies)


def test_an_assignment_names_its_sentence(assigned_plan):
    [assignment] = [a for a in assigned_plan.assignments if a.indicator == 9 and a.role == "partner"]
    assert "Công an tỉnh chủ trì chỉ tiêu 9; Sở Tư pháp phối hợp." == assignment.text
    assert {"so-tu-phap", "cong-an", "tinh-doan", "ban-dan-toc"} <= {a.key for a in assigned_plan.agencies}


def test_leads_and_partners_from_the_columns_of_the_indicator_table(tmp_path):
    plan = ingest(tmp_path, """
| STT | Chỉ tiêu | Năm 2025 | Năm 2030 | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|---|---|
| 1 | Tỷ lệ trẻ em được đăng ký khai sinh | 97% | 99% | Sở Tư pháp | Công an tỉnh, Sở Y tế |
| 2 | Tỷ lệ trẻ em bị xâm hại | < 2% | < 1% | Công an tỉnh | Sở Lao động - Thương binh và Xã hội |
""")
    first, second = by_number(plan, 1), by_number(plan, 2)
    assert (["so-tu-phap"], ["cong-an", "so-y-te"]) == (first.lead_agencies, first.partner_agencies)
    assert (["cong-an"], ["so-lao-dong-thuong-binh-va-xa-hoi"]) == (
        second.lead_agencies, second.partner_agencies)
    assert [(1, 2025, 97.0), (1, 2030, 99.0)] == facts(first)
    assert "Sở Tư pháp" not in first.text


# --- goals and their indicators ---------------------------------------------------------------

GOALS = """
1.1. Mục tiêu 1. Chăm sóc sức khỏe trẻ em (gồm 02 chỉ tiêu, từ chỉ tiêu 1 đến chỉ tiêu 2)

Chỉ tiêu 1. Tỷ lệ trẻ em được khám sức khỏe định kỳ đạt 90% vào năm 2025.

Chỉ tiêu 2. Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95% vào năm 2025.

1.2. Mục tiêu 2. Bảo vệ trẻ em (gồm 03 chỉ tiêu)

Chỉ tiêu 3. Tỷ lệ trẻ em bị xâm hại giảm xuống dưới 2% vào năm 2025.

Chỉ tiêu 4. Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 96% vào năm 2025.
"""


def test_each_goal_with_its_indicators_and_a_warning_when_the_count_differs(tmp_path):
    plan = ingest(tmp_path, GOALS)
    counts = [(g.number, g.title, g.declared_indicator_count, [i.number for i in mine])
              for g, mine in indicators_by_goal(plan)]
    assert [(1, "Chăm sóc sức khỏe trẻ em", 2, [1, 2]), (2, "Bảo vệ trẻ em", 3, [3, 4])] == counts
    [warning] = [w for w in plan_warnings(plan) if w.kind == "goal_count"]
    assert (2, 2, 3) == (warning.goal, warning.found, warning.declared)


# --- verify before storing --------------------------------------------------------------------

def test_a_target_not_found_again_in_its_sentence_needs_review():
    sentence = "Tỷ lệ trẻ em được tư vấn: năm 2025 đạt 81%, năm 2030 đạt 87%"
    good = Target(metric="Tỷ lệ trẻ em được tư vấn", metric_index=1, year=2025, value=81,
                  unit="%", comparator=AT_LEAST, text=sentence)
    assert verify_target(good)
    for wrong in (dict(year=2030),          # the value of 2025 stored for 2030
                  dict(value=18),           # a value the sentence does not have
                  dict(unit="per_1000"),    # the wrong unit
                  dict(year=2020)):         # a year the sentence does not have
        assert not verify_target(Target(**{**good.__dict__, **wrong})), wrong


def test_needs_review_and_sentence_are_stored_and_listed(tmp_path):
    plan = ingest(tmp_path, "Chỉ tiêu 1. Tỷ lệ trẻ em được tư vấn đạt 81% vào năm 2025.", between="""
II. THỰC TRẠNG CÔNG TÁC TRẺ EM GIAI ĐOẠN 2016 - 2020

Chỉ tiêu 2. Tỷ lệ trẻ em được đăng ký khai sinh đạt 93% năm 2020.

Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 94,1%; tỷ suất tử vong trẻ sơ sinh 7,9‰.

""")
    [baseline] = by_number(plan, 2).targets
    assert baseline.needs_review
    assert "Tỷ lệ trẻ em được đăng ký khai sinh đạt 93% năm 2020." == baseline.sentence
    [fine] = by_number(plan, 1).targets
    assert not fine.needs_review and "đạt" == fine.comparator_text
    db = open_database(tmp_path / "kb.db")
    save_plans(db, [plan])
    [stored] = load_plans(db)
    assert plan.to_dict() == stored.to_dict()
    warnings = plan_warnings(stored)
    assert ("baseline", 2) in {(w.kind, w.indicator) for w in warnings}
    [figures] = [w for w in warnings if w.kind == "baseline_figures"]
    assert (2, "II. THỰC TRẠNG CÔNG TÁC TRẺ EM GIAI ĐOẠN 2016 - 2020") == (figures.found, figures.detail)


def test_kb_show_lists_the_warnings_of_a_new_plan(tmp_path):
    path = write_plan(tmp_path, """
Chỉ tiêu 1. Tỷ lệ trẻ em được tư vấn đạt 81% vào năm 2025.

Chỉ tiêu 2. Phấn đấu 100% trẻ em bị bỏ rơi được chăm sóc thay thế.

Chỉ tiêu 3. Nâng cao chất lượng dịch vụ bảo vệ trẻ em.
""", between="""
II. PHÂN CÔNG

1. Sở Y tế chủ trì chỉ tiêu 1.

""")
    db_path = tmp_path / "kb.db"
    env = {"LANG": "en", "BOT_LANG": "en"}
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db_path)], env=env)
    assert 0 == result.exit_code, result.output
    result = CliRunner().invoke(cli, ["kb", "show", "--plan", "bn-kh77-2022", "--db", str(db_path)], env=env)
    assert 0 == result.exit_code, result.output
    assert "Warnings: 4" in result.output
    for line in ("⚠ indicator 2: no year for its targets", "⚠ indicator 2: no lead agency",
                 "⚠ indicator 3: no target found", "⚠ indicator 3: no lead agency"):
        assert line in result.output
    result = CliRunner().invoke(cli, ["kb", "show", "--plan", "bn-kh77-2022", "--json", "--db",
                                      str(db_path)], env=env)
    [shown] = json.loads(result.output)["plans"]
    target = shown["indicators"][0]["targets"][0]
    assert ("đạt", False) == (target["comparator_text"], target["needs_review"])
    assert "Tỷ lệ trẻ em được tư vấn đạt 81% vào năm 2025." == target["sentence"]
    vi = CliRunner().invoke(cli, ["kb", "show", "--plan", "bn-kh77-2022", "--db", str(db_path)],
                            env={"LANG": "vi", "BOT_LANG": "vi"})
    assert "Cảnh báo: 4" in vi.output and "chỉ tiêu 3: không đọc được mức chỉ tiêu nào" in vi.output


# --- contacts ---------------------------------------------------------------------------------

def test_one_number_written_with_other_groupings_is_one_contact(tmp_path):
    plan = ingest(tmp_path, "Chỉ tiêu 1. Tỷ lệ trẻ em được tư vấn đạt 81% vào năm 2025.",
                  organisation=ORGANISATION + """
- Duy trì Đường dây nóng bảo vệ trẻ em tỉnh 02433.525.662.

- Phổ biến số điện thoại của Đường dây nóng (0243 3525 662) tới các trường học.

- Trung tâm Công tác xã hội tiếp nhận tin báo qua số 024.3352.5662 hoặc +84 24 3352 5662.
""")
    numbers = [(c.number, c.display) for c in plan.contacts if c.number != "111"]
    assert [("02433525662", "02433.525.662")] == numbers


DECISION = """Số: 77/QĐ-UBND
Bình Nguyên, ngày 02 tháng 3 năm 2022

Căn cứ Luật Trẻ em năm 2016;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Chương trình hành động vì trẻ em tỉnh Bình Nguyên giai đoạn 2022-2030 với những nội dung sau:

1. Mục tiêu 1: Chăm sóc sức khỏe trẻ em

a) Chỉ tiêu 1: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2025 và 97% vào năm 2030.

b) Chỉ tiêu 2: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98% vào năm 2025 và 99% vào năm 2030.

Điều 2. Tổ chức thực hiện

1. Sở Y tế

a) Chủ trì thực hiện chỉ tiêu 1 của Chương trình.

2. Sở Tư pháp

a) Chủ trì thực hiện chỉ tiêu 2; phối hợp với Sở Y tế truyền thông về đăng ký khai sinh.

Điều 3. Quyết định này có hiệu lực từ ngày ký.
"""


def test_a_decisions_articles_are_its_sections_and_assign_the_leads(tmp_path):
    path = tmp_path / "binhnguyen-qd77.txt"
    path.write_text(DECISION, encoding="utf-8")
    plan = ingest_file(path)
    leads = {(a.indicator, a.role): a.agency for a in plan.assignments}
    names = {agency.key: agency.name for agency in plan.agencies}
    assert "Sở Y tế" == names[leads[(1, "lead")]]
    assert "Sở Tư pháp" == names[leads[(2, "lead")]]
