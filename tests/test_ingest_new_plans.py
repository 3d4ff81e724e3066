"""Plans nobody wrote the code for: three fictional provinces' plans (tests/data/plans_extra/)
ingested together with the shipped five, and what must be read from them.

The expectations were written from reading the fixtures, not from the parser's output. Each
fixture shows layouts the shipped plans don't all have:

* Quảng Ninh, KH 45/2022 — header on two table-like lines ("ỦY BAN NHÂN DÂN TỈNH … CỘNG
  HÒA …", "Số: … Quảng Ninh, ngày …"); "Mục tiêu 1." and "Chỉ tiêu 1." typed plain;
  per-mille targets ("giảm còn 8‰"), "duy trì ở mức dưới 2%", "từ 90% - 95%", "ít nhất 200
  trẻ em", "/100.000"; assignments in a heading ("Sở Y tế: chủ trì … các chỉ tiêu từ 1 đến
  6"), ranges ("19-20"), an abbreviation in brackets ("(Sở GDĐT)"), "Tỉnh đoàn"; deadlines
  "trước ngày 10 tháng 12 hằng năm" and "định kỳ 6 tháng (trước ngày 15/6)"; hotline
  "0203.3.123.456".
* Thừa Thiên Huế, KH 112/2021 — indicators as a Markdown table with goal rows and "≥ 96%",
  "< 10", "từ 95% - 97%", "12/100.000" cells; agency headings as abbreviations ("Sở LĐTBXH",
  "Sở GDĐT", "Sở VHTTDL"); "chỉ tiêu số 7, 8 và 11", "18 - 19"; "(0234) 3 822 678".
* Bình Dương, KH 1520/2023 — a one-year plan with Markdown headings, indicators numbered
  "(1)" … "(12)" under "2.1. Mục tiêu 1: …" headings, "từ 80% đến 85%", two per-mille
  metrics in one indicator; assignments "chỉ tiêu (5), (6) và (9)", "từ (1) đến (4)";
  deadlines "trước ngày 20 tháng 6 năm 2023" and "05/12/2023".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.format import strip_html
from knowledge.ingest import ingest_files
from knowledge.model import (AT_LEAST, COUNT, EXACTLY, PER_1000, PER_1000_LIVE_BIRTHS,
                             PER_100000_CHILDREN, PERCENT, RANGE, UNDER)
from knowledge.store import plan_files

EXTRA = Path(__file__).parent / "data" / "plans_extra"
QN, TTH, BD = "quangninh-kh45-2022.txt", "thuathienhue-kh112-2021.txt", "binhduong-kh1520-2023.txt"
FILES = sorted(EXTRA.glob("*.txt"))
LD, YT, GD, VH, TP = ("so-lao-dong-thuong-binh-va-xa-hoi", "so-y-te", "so-giao-duc-va-dao-tao",
                      "so-van-hoa-the-thao-va-du-lich", "so-tu-phap")
CA, TD, XD = "cong-an", "tinh-doan", "so-xay-dung"
P, P1000, LB, P100K = PERCENT, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN


@lru_cache(maxsize=1)
def plans():
    return {p.source_file: p for p in ingest_files(plan_files(extra_files=FILES))}


def indicator(source, number):
    found = [i for i in plans()[source].indicators if i.number == number]
    assert len(found) == 1, f"{source}: indicator {number} found {len(found)} times"
    return found[0]


def test_fixtures_are_realistic_sizes():
    assert 3 == len(FILES)
    for path in FILES:
        assert 10_000 <= path.stat().st_size <= 25_000, path.name


def test_the_shipped_plans_are_still_read():
    assert {"hn-kh138-2021", "ct-qd608-2021", "dbp-kh-2021", "hn-thang-hanh-dong-2020",
            "hn-kh6203-2024", "qn-kh45-2022", "tth-kh112-2021", "bd-kh1520-2023"} == \
        {p.slug for p in plans().values()}


@pytest.mark.parametrize("source, slug, locality, number, date, period, issuer, signer", [
    (QN, "qn-kh45-2022", "Quảng Ninh", "45/KH-UBND", "2022-04-12", "2022-2025",
     "UBND tỉnh Quảng Ninh", "Nguyễn Thị Hạnh"),
    (TTH, "tth-kh112-2021", "Thừa Thiên Huế", "112/KH-UBND", "2021-05-05", "2021-2030",
     "UBND tỉnh Thừa Thiên Huế", "Phan Quý Phương"),
    (BD, "bd-kh1520-2023", "Bình Dương", "1520/KH-UBND", "2023-03-28", "2023",
     "UBND tỉnh Bình Dương", "Nguyễn Lộc Hà"),
])
def test_header(source, slug, locality, number, date, period, issuer, signer):
    plan = plans()[source]
    assert (slug, locality, "kế hoạch", number, date, period, issuer, signer, "Phó Chủ tịch", False) == (
        plan.slug, plan.locality, plan.kind, plan.number, plan.date, plan.period, plan.issuer,
        plan.signer, plan.signer_role, plan.ocr)


@pytest.mark.parametrize("source, goals, count", [
    (QN, [(1, 6), (2, 6), (3, 6), (4, 2)], 20),
    (TTH, [(1, None), (2, None), (3, None), (4, None)], 19),
    (BD, [(1, None), (2, None), (3, None)], 12),
])
def test_goals_and_indicators(source, goals, count):
    plan = plans()[source]
    assert goals == [(g.number, g.declared_indicator_count) for g in plan.goals]
    assert list(range(1, count + 1)) == [i.number for i in plan.indicators]


@pytest.mark.parametrize("source, by_goal", [
    (QN, {1: range(1, 7), 2: range(7, 13), 3: range(13, 19), 4: range(19, 21)}),
    (TTH, {1: range(1, 7), 2: range(7, 13), 3: range(13, 18), 4: range(18, 20)}),
    (BD, {1: range(1, 5), 2: range(5, 10), 3: range(10, 13)}),
])
def test_each_indicator_belongs_to_its_goal(source, by_goal):
    for goal, numbers in by_goal.items():
        assert [goal] * len(numbers) == [indicator(source, n).goal for n in numbers]


# (value, value_max, unit, year, comparator) of every target, in reading order.
TARGETS = {
    QN: {
        1: [(95, None, P, 2025, AT_LEAST)],            # "Phấn đấu đạt trên 95% …"
        2: [(8, None, P1000, 2025, EXACTLY)],          # "giảm còn 8‰"
        3: [(12, None, P1000, 2025, UNDER)],           # "giảm xuống dưới 12‰"
        4: [(2, None, P, 2025, UNDER)],                # "duy trì ở mức dưới 2% đến năm 2025"
        5: [(14.5, None, P, 2025, EXACTLY)],
        6: [(100, None, P, 2025, AT_LEAST)],           # "100% trạm y tế … được … đến năm 2025"
        7: [(90, None, P, 2025, AT_LEAST)],
        8: [(0.5, None, P, 2025, UNDER)],
        9: [(450, None, P100K, 2025, EXACTLY)],        # "xuống còn 450/100.000 trẻ em"
        10: [(99, None, P, 2025, AT_LEAST)],
        11: [(200, None, COUNT, None, AT_LEAST)],      # "ít nhất 200 trẻ em … mỗi năm"
        12: [(100, None, P, 2025, AT_LEAST)],
        13: [(99, None, P, 2025, AT_LEAST)],           # "duy trì ở mức trên 99%"
        14: [(99.5, None, P, 2025, AT_LEAST)],
        15: [(0.3, None, P, 2025, UNDER)],             # "giảm còn dưới 0,3%"
        16: [(90, 95, P, 2025, RANGE)],                # "đạt từ 90% - 95%"
        17: [(85, None, P, 2025, AT_LEAST)],
        18: [(80, None, P, 2025, AT_LEAST)],
        19: [(40, None, P, 2025, AT_LEAST)],
        20: [(13, None, COUNT, None, AT_LEAST)],       # "ít nhất 13 huyện, thị xã, thành phố"
    },
    TTH: {
        1: [(96, None, P, 2025, AT_LEAST), (98, None, P, 2030, AT_LEAST)],      # "≥ 96%"
        2: [(10, None, LB, 2025, UNDER), (8, None, LB, 2030, UNDER)],           # "< 10", per 1.000 live births
        3: [(15, None, LB, 2025, UNDER), (12, None, LB, 2030, UNDER)],
        4: [(17, None, P, 2025, UNDER), (15, None, P, 2030, UNDER)],
        5: [(2, None, P, 2025, UNDER), (1, None, P, 2030, UNDER)],
        6: [(90, None, P, 2025, AT_LEAST), (100, None, P, 2030, AT_LEAST)],
        7: [(1, None, P, 2025, UNDER), (1, None, P, 2030, UNDER)],
        8: [(95, None, P, 2025, AT_LEAST), (100, None, P, 2030, AT_LEAST)],
        9: [(12, None, P100K, 2025, AT_LEAST), (10, None, P100K, 2030, AT_LEAST)],
        10: [(99, None, P, 2025, AT_LEAST), (100, None, P, 2030, AT_LEAST)],
        11: [(1, None, P, 2025, UNDER), (0.5, None, P, 2030, UNDER)],
        12: [(85, None, P, 2025, AT_LEAST), (90, None, P, 2030, AT_LEAST)],
        13: [(99.5, None, P, 2025, AT_LEAST), (99.8, None, P, 2030, AT_LEAST)],
        14: [(99.7, None, P, 2025, AT_LEAST), (100, None, P, 2030, AT_LEAST)],
        15: [(95, 97, P, 2025, RANGE), (98, None, P, 2030, AT_LEAST)],          # "từ 95% - 97%", "≥ 98%"
        16: [(80, None, P, 2025, AT_LEAST), (100, None, P, 2030, AT_LEAST)],
        17: [(60, None, P, 2025, AT_LEAST), (75, None, P, 2030, AT_LEAST)],
        18: [(30, None, P, 2025, AT_LEAST), (40, None, P, 2030, AT_LEAST)],
        19: [(80, None, P, 2025, AT_LEAST), (90, None, P, 2030, AT_LEAST)],
    },
    # a one-year plan's figures are its year's (2023), though written with none (blind round 141)
    BD: {
        1: [(95, None, P, 2023, AT_LEAST)],            # "đạt từ 95% trở lên"
        2: [(7, None, P1000, 2023, UNDER), (10, None, P1000, 2023, UNDER)],   # two metrics in ‰
        3: [(5.8, None, P, 2023, EXACTLY)],
        4: [(100, None, P, 2023, AT_LEAST)],
        5: [(100, None, P, 2023, AT_LEAST)],
        6: [(60, None, P100K, 2023, UNDER)],
        7: [(150, None, COUNT, 2023, AT_LEAST)],       # "ít nhất 150 lớp dạy bơi"
        8: [(80, 85, P, 2023, RANGE)],                 # "từ 80% đến 85%"
        9: [(100, None, P, 2023, AT_LEAST)],
        10: [(99.5, None, P, 2023, AT_LEAST)],
        11: [(0.5, None, P, 2023, UNDER)],
        12: [(2000, None, COUNT, 2023, AT_LEAST)],     # "Ít nhất 2.000 trẻ em"
    },
}


@pytest.mark.parametrize("source, number", [(s, n) for s, table in TARGETS.items() for n in table],
                         ids=lambda v: str(v).split("-")[0])
def test_targets(source, number):
    got = [(t.value, t.value_max, t.unit, t.year, t.comparator) for t in indicator(source, number).targets]
    assert TARGETS[source][number] == got


def test_metrics_of_a_two_metric_indicator():
    targets = indicator(BD, 2).targets
    assert [1, 2] == [t.metric_index for t in targets]
    assert ["Tỷ suất tử vong trẻ em dưới 1 tuổi", "tỷ suất tử vong trẻ em dưới 5 tuổi"] == \
        [t.metric for t in targets]


def test_table_metric_names_drop_the_denominator():
    assert "Tỷ suất tử vong trẻ em dưới 1 tuổi" == indicator(TTH, 2).targets[0].metric
    assert "Tỷ suất trẻ em bị tử vong do tai nạn thương tích" == indicator(TTH, 9).targets[0].metric


def test_counted_things():
    assert "trẻ em" == indicator(QN, 11).targets[0].counted
    assert "lớp" == indicator(BD, 7).targets[0].counted


def _who(numbers, lead, partners=()):
    return {n: (lead, set(partners)) for n in numbers}


# indicator → (lead agency keys, partner agency keys)
ASSIGNED = {
    QN: {**_who(range(1, 7), [YT]), **_who([7, 9, 12], [LD]), **_who([8, 11], [LD], [CA]),
         10: ([TP], set()), **_who([13, 14, 15, 17], [GD]), 16: ([GD], {YT}), 18: ([VH], set()),
         **_who([19, 20], [TD], [LD, GD])},
    TTH: {**_who(range(1, 6), [YT]), **_who([6, 13, 14, 15, 16], [GD]), 7: ([LD], {CA}),
          8: ([LD], set()), 9: ([], {CA, XD}), 10: ([TP], set()), 11: ([LD], set()),
          12: ([XD], {TP}), 17: ([VH], set()), **_who([18, 19], [LD], [GD, TD])},
    BD: {**_who(range(1, 5), [YT]), **_who([5, 6], [LD]), 9: ([LD], {CA}), 7: ([VH], {GD}),
         8: ([VH], set()), **_who([10, 11], [GD]), 12: ([TD], {LD})},
}


@pytest.mark.parametrize("source", [QN, TTH, BD])
def test_lead_and_partner_agencies(source):
    got = {i.number: (i.lead_agencies, set(i.partner_agencies)) for i in plans()[source].indicators}
    assert ASSIGNED[source] == got


@pytest.mark.parametrize("source, written, key", [
    (QN, "Sở LĐTBXH", LD), (QN, "Sở GDĐT", GD), (QN, "Công an tỉnh", CA), (QN, "Tỉnh đoàn", TD),
    (TTH, "Sở LĐTBXH", LD), (TTH, "Sở GDĐT", GD), (TTH, "Sở VHTTDL", VH),
    (BD, "Tỉnh Đoàn Bình Dương", TD),
])
def test_agency_spellings(source, written, key):
    agencies = {a.key: a for a in plans()[source].agencies}
    assert written in agencies[key].aliases
    assert not any("(" in a.name for a in agencies.values())


def test_agency_names_are_canonical_across_plans():
    names = {a.key: a.name for p in plans().values() for a in p.agencies}
    assert "Sở Lao động - Thương binh và Xã hội" == names[LD]
    assert "Sở Văn hóa, Thể thao và Du lịch" == names[VH]
    assert "Tỉnh đoàn" == names[TD]


# (day, month, year, recurring, within_days, submit_to)
DEADLINES = {
    # "… báo cáo Ủy ban nhân dân tỉnh và Bộ … trước ngày 10 tháng 12 hằng năm": the committee
    QN: [(10, 12, None, True, None, "uy-ban-nhan-dan"),
         (15, 6, None, True, None, LD), (15, 11, None, True, None, LD)],
    TTH: [(15, 6, None, True, None, LD), (15, 12, None, True, None, LD),
          # "UBND cấp xã báo cáo UBND cấp huyện chậm nhất sau 02 ngày"
          (None, None, None, False, 2, "uy-ban-nhan-dan-cap-huyen")],
    BD: [(5, 12, 2023, False, None, "uy-ban-nhan-dan"),
         (20, 6, 2023, False, None, LD), (30, 11, 2023, False, None, LD)],
}


@pytest.mark.parametrize("source", [QN, TTH, BD])
def test_deadlines(source):
    got = [(d.day, d.month, d.year, d.recurring, d.within_days, d.submit_to)
           for d in plans()[source].deadlines]
    assert DEADLINES[source] == got


def test_a_deadline_of_an_incident_is_its_own_kind():
    # ("Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)": the six-monthly
    # report is a part-year one, the yearly one yearly)
    assert ["report", "yearly_report", "incident_report"] == [d.kind for d in plans()[TTH].deadlines]


@pytest.mark.parametrize("source, contacts", [
    (QN, [("111", "Tổng đài điện thoại quốc gia bảo vệ trẻ em"),
          ("02033123456", "đường dây nóng bảo vệ trẻ em của tỉnh")]),
    (TTH, [("111", "Tổng đài điện thoại quốc gia bảo vệ trẻ em"),
           ("02343822678", "Đường dây nóng bảo vệ trẻ em tỉnh")]),
    (BD, [("111", "Tổng đài điện thoại quốc gia bảo vệ trẻ em"),
          ("02743822929", "đường dây nóng của Sở Lao động - Thương binh và Xã hội")]),
])
def test_contacts(source, contacts):
    assert contacts == [(c.number, c.label) for c in plans()[source].contacts]


def test_contact_keeps_its_written_form():
    assert ["111", "(0234) 3 822 678"] == [c.display for c in plans()[TTH].contacts]


# --- answering questions about a plan added later -------------------------------------------

@pytest.fixture(scope="module")
def kb_with_new_plans(tmp_path_factory):
    from knowledge.store import ensure_built, load_knowledge_base

    db_path = tmp_path_factory.mktemp("kb_extra") / "kb.db"
    assert ensure_built(db_path, extra_files=FILES)
    return load_knowledge_base(db_path)


@pytest.mark.parametrize("question, intent, facts", [
    ("chỉ tiêu 3 Quảng Ninh năm 2025", "target", ["Quảng Ninh", "45/KH-UBND", "Chỉ tiêu 3", "12‰", "2025"]),
    ("chi tieu 2 quang ninh", "target", ["8‰", "2025"]),
    ("ai chủ trì chỉ tiêu 16 Quảng Ninh", "lead",
     ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Chủ trì các chỉ tiêu từ 13 đến 17"]),
    ("ai chủ trì chỉ tiêu 19 Quảng Ninh", "lead", ["Tỉnh đoàn", "Sở Lao động - Thương binh và Xã hội"]),
    ("hạn báo cáo Quảng Ninh", "deadline", ["10/12", "15/6"]),   # dates as the plans write them
    ("chỉ tiêu 15 Thừa Thiên Huế", "target", ["95%", "97%", "98%", "2030"]),
    ("chỉ tiêu 2 Thừa Thiên Huế năm 2030", "target", ["8/1.000", "2030"]),
    ("ai chủ trì chỉ tiêu 17 Thừa Thiên Huế", "lead", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("ai chủ trì chỉ tiêu 17 Huế", "lead", ["Thừa Thiên Huế", "Sở Văn hóa, Thể thao và Du lịch"]),
    ("chỉ tiêu 8 Bình Dương", "target", ["80%", "85%"]),
    ("số điện thoại đường dây nóng Bình Dương", "contact", ["0274.3822.929", "111"]),
    ("Bình Dương có bao nhiêu chỉ tiêu", "count", ["12"]),
])
def test_answers_about_new_plans(kb_with_new_plans, question, intent, facts):
    result = answer(question, kb_with_new_plans, lang="vi")
    text = strip_html(result.text)
    assert result.answered and intent == result.intent, text
    for fact in facts:
        assert fact in text, f"{fact!r} not in {text!r}"


def test_answers_about_shipped_plans_are_unchanged_by_new_ones(kb_with_new_plans):
    text = strip_html(answer("ai chủ trì chỉ tiêu 14 Hà Nội", kb_with_new_plans, lang="vi").text)
    assert "Sở Tư pháp" in text and "Quảng Ninh" not in text


def test_cli_ingests_a_new_plan(tmp_path):
    import json

    from click.testing import CliRunner

    from bot.cli import cli

    result = CliRunner().invoke(cli, ["ingest", str(EXTRA / QN), "--db", str(tmp_path / "kb.db"), "--json"],
                                env={"LANG": "en_US.UTF-8", "BOT_LANG": "en"})
    assert 0 == result.exit_code, result.output
    summary = {p["slug"]: p for p in json.loads(result.output)["plans"]}
    assert 20 == summary["qn-kh45-2022"]["indicators"]
    shown = CliRunner().invoke(cli, ["kb", "show", "--plan", "qn-kh45-2022", "--db", str(tmp_path / "kb.db"),
                                     "--json"], env={"LANG": "en_US.UTF-8", "BOT_LANG": "en"})
    assert 0 == shown.exit_code, shown.output
    [plan] = json.loads(shown.output)["plans"]
    assert ("Quảng Ninh", "45/KH-UBND", 20, 3) == (plan["locality"], plan["number"], len(plan["indicators"]),
                                                   len(plan["deadlines"]))
