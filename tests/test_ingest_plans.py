"""What ingest reads from each shipped plan: header, goals, agencies, assignments, tasks,
deadlines, contacts, campaign, passages."""

import re
from functools import lru_cache

import pytest

from knowledge.ingest import ingest_files
from knowledge.store import plan_files

HN, CT, DBP = "hanoi-kh138-2021-2030.txt", "cantho-qd608-2021-2030.txt", "dienbienphu-bvte-2021-2025.txt"
AM, OCR = "hanoi-thang-hanh-dong-2020.txt", "hanoi-ct28-2024.txt"
LDTBXH, YT, TP, GD = ("so-lao-dong-thuong-binh-va-xa-hoi", "so-y-te", "so-tu-phap",
                      "so-giao-duc-va-dao-tao")
CA = "cong-an-thanh-pho"


@lru_cache(maxsize=1)
def plans():
    return {p.source_file: p for p in ingest_files(plan_files())}


@pytest.mark.parametrize("source, slug, locality, kind, number, date, period, issuer", [
    (HN, "hn-kh138-2021", "Hà Nội", "kế hoạch", "138/KH-UBND", "2021-06-03", "2021-2030", "UBND thành phố Hà Nội"),
    (CT, "ct-qd608-2021", "Cần Thơ", "quyết định", "608/QĐ-UBND", "2021-03-18", "2021-2030", "UBND thành phố Cần Thơ"),
    (DBP, "dbp-kh-2021", "Điện Biên Phủ", "kế hoạch", None, "2021-09", "2021-2025", "UBND thành phố Điện Biên Phủ"),
    (AM, "hn-thang-hanh-dong-2020", "Hà Nội", "kế hoạch", None, None, "2020", "UBND thành phố Hà Nội"),
    (OCR, "hn-kh6203-2024", "Hà Nội", "kế hoạch", "6203/KH-UBND", "2024-07", "2024", "UBND thành phố Hà Nội"),
])
def test_header(source, slug, locality, kind, number, date, period, issuer):
    plan = plans()[source]
    assert (slug, locality, kind, number, date, period, issuer) == (
        plan.slug, plan.locality, plan.kind, plan.number, plan.date, plan.period, plan.issuer)
    assert 64 == len(plan.source_sha256)


@pytest.mark.parametrize("source, title", [
    (HN, "Thực hiện Chương trình hành động Quốc gia vì trẻ em thành phố Hà Nội giai đoạn 2021 - 2030"),
    (CT, "Ban hành Chương trình hành động vì trẻ em thành phố Cần Thơ giai đoạn 2021 - 2030"),
    (AM, "Thực hiện Tháng hành động vì trẻ em năm 2020"),
])
def test_title(source, title):
    assert title == plans()[source].title


@pytest.mark.parametrize("source, references", [
    # (each with its date as the preamble writes it)
    (HN, ["Quyết định 23/QĐ-TTg ngày 07/01/2021"]),
    (CT, ["Quyết định 23/QĐ-TTg ngày 07/01/2021"]),
    (DBP, ["Quyết định 23/QĐ-TTg ngày 07/01/2021", "Quyết định 830/QĐ-TTg ngày 01/6/2021",
           "Quyết định 333/QĐ-UBND ngày 15/3/2021"]),
    (AM, ["Thông tư 28/2019/TT-BLĐTBXH ngày 26/12/2019", "Công văn 666/LĐTBXH-TE ngày 27/02/2020"]),
    (OCR, ["Kế hoạch 232-KH/TU ngày 23/4/2024", "Chỉ thị 28-CT/TW ngày 25/12/2023"]),
])
def test_references(source, references):
    assert references == plans()[source].references


@pytest.mark.parametrize("source, declared", [(HN, [7, 7, 7, 3]), (CT, [None, None, None, None])])
def test_24_indicators_under_4_goals(source, declared):
    plan = plans()[source]
    assert [1, 2, 3, 4] == [g.number for g in plan.goals]
    assert declared == [g.declared_indicator_count for g in plan.goals]
    assert list(range(1, 25)) == [i.number for i in plan.indicators]
    by_goal = {g: [i.number for i in plan.indicators if i.goal == g] for g in (1, 2, 3, 4)}
    assert {1: list(range(1, 8)), 2: list(range(8, 15)), 3: list(range(15, 22)),
            4: [22, 23, 24]} == by_goal


def test_indicator_text_is_complete_across_page_breaks():
    hanoi = {i.number: i for i in plans()[HN].indicators}
    assert hanoi[4].text.endswith("5% (khu vực ngoại thành) vào năm 2025 và duy trì đến năm 2030.")
    assert "trung học cơ sở bỏ học xuống dưới 0,14%" in hanoi[18].text
    assert "I › 1. Mục đích › 1.2. Mục tiêu cụ thể › a) Mục tiêu 1 › Chỉ tiêu 01" == hanoi[1].section   # (cited "chỉ tiêu 01, 02" by the plan)


LEADS = {  # indicator → lead agency keys, as the "Tổ chức thực hiện" sections assign them
    HN: {1: [LDTBXH], 2: [LDTBXH], 3: [YT], 4: [YT], 5: [YT], 6: [YT], 7: [GD], 8: [LDTBXH],
         9: [LDTBXH, CA], 10: [LDTBXH], 11: [LDTBXH], 12: [LDTBXH], 13: ["so-van-hoa-va-the-thao"],
         14: [TP], 15: [GD], 16: [GD], 17: [GD], 18: [GD], 19: [GD], 20: [GD],
         21: ["so-van-hoa-va-the-thao"], 22: [LDTBXH], 23: [LDTBXH], 24: [LDTBXH]},
    CT: {1: [LDTBXH], 2: [LDTBXH], 3: [YT], 4: [YT], 5: [YT], 6: [YT], 7: [GD], 8: [LDTBXH],
         9: [LDTBXH, CA], 10: [LDTBXH], 11: [LDTBXH], 12: [LDTBXH],
         13: ["so-van-hoa-the-thao-va-du-lich"], 14: [TP], 15: [GD], 16: [GD], 17: [GD], 18: [GD],
         19: [GD], 20: [GD], 21: ["so-van-hoa-the-thao-va-du-lich"], 22: [LDTBXH], 23: [LDTBXH],
         24: [LDTBXH]},
}


@pytest.mark.parametrize("source, number", [(s, n) for s in (HN, CT) for n in range(1, 25)])
def test_lead_agency_of_every_indicator(source, number):
    indicator = next(i for i in plans()[source].indicators if i.number == number)
    assert LEADS[source][number] == indicator.lead_agencies


@pytest.mark.parametrize("source, number, partners", [
    (HN, 22, [GD, "doan-thanh-nien-cong-san-ho-chi-minh-thanh-pho", "hoi-dong-doi-thanh-pho"]),
    (HN, 24, [GD, "doan-thanh-nien-cong-san-ho-chi-minh-thanh-pho", "hoi-dong-doi-thanh-pho"]),
    (HN, 7, []), (HN, 15, []), (CT, 22, []), (CT, 9, []),
])
def test_partner_agencies(source, number, partners):
    indicator = next(i for i in plans()[source].indicators if i.number == number)
    assert partners == indicator.partner_agencies


def test_reporting_clause_assigns_nothing():
    plan = plans()[HN]
    gd = [a for a in plan.assignments if a.agency == GD]
    assert 10 == len(gd)          # leads 7, 15-20 and partners 22-24, once each
    report = next(t for t in plan.tasks if t.agency == GD and t.text.startswith("Định kỳ hàng năm, báo cáo"))
    assert [7, 15, 16, 17, 18, 19, 20, 22, 23, 24] == report.indicators
    assert report.role is None


@pytest.mark.parametrize("source, key, name, aliases", [
    (HN, LDTBXH, "Sở Lao động - Thương binh và Xã hội",
     ["ngành Lao động - Thương binh và Xã hội", "sở Lao động - Thương binh và Xã hội"]),
    (AM, LDTBXH, "Sở Lao động - Thương binh và Xã hội", ["Sở Lao động Thương binh và Xã hội"]),
    (DBP, LDTBXH, "Sở Lao động - Thương binh và Xã hội", ["Sở LĐ-TBXH"]),
    (CT, CA, "Công an Thành phố", ["Công an thành phố"]),
    (DBP, "phong-lao-dong-thuong-binh-va-xa-hoi", "Phòng Lao động - Thương binh và Xã hội",
     ["phòng Lao động - Thương binh và Xã hội"]),
    (CT, "so-van-hoa-the-thao-va-du-lich", "Sở Văn hóa, Thể thao và Du lịch", []),
    (HN, "so-van-hoa-va-the-thao", "Sở Văn hóa và Thể thao", []),
])
def test_agency_names_and_spellings(source, key, name, aliases):
    agency = next(a for a in plans()[source].agencies if a.key == key)
    assert name == agency.name
    for alias in aliases:
        assert alias in agency.aliases


def test_same_sở_shares_its_key_across_cities_and_phòng_differs():
    hanoi = {a.key for a in plans()[HN].agencies}
    cantho = {a.key for a in plans()[CT].agencies}
    dbp = {a.key for a in plans()[DBP].agencies if not a.mentioned_only}
    assert {LDTBXH, YT, TP, GD, CA} <= hanoi & cantho
    assert {"phong-lao-dong-thuong-binh-va-xa-hoi", "phong-tu-phap", "phong-y-te"} <= dbp
    assert not {LDTBXH, YT, TP, GD} & dbp


@pytest.mark.parametrize("source, key, first_task_start, count", [
    (HN, TP, "Chủ trì thực hiện các giải pháp đảm bảo thực hiện có hiệu quả Chỉ tiêu 14", 7),
    (CT, CA, "Công an thành phố chủ trì, phối hợp với Sở Lao động", 1),
    (CT, "so-tai-chinh", "Chủ trì, tổng hợp, trình cấp có thẩm quyền", 1),
    (HN, "so-du-lich", "Chỉ đạo thực hiện các giải pháp bảo vệ trẻ em", 1),
    (HN, "so-xay-dung", "Hướng dẫn việc thực hiện các quy định", 1),
    (DBP, "phong-tai-chinh", "Căn cứ khả năng cân đối của ngân sách địa phương", 1),
    (OCR, "so-noi-vu", "Chu tri, phdi hop v6i S& Lao dong", 2),
    (OCR, TP, "To6 chuc tuyén truyén", 4),
    (OCR, CA, "Chu tri, phéi hop voi cac S&", 3),
    (OCR, YT, "Ra soat, dé xuat kién nghi", 2),
])
def test_agency_tasks(source, key, first_task_start, count):
    plan = plans()[source]
    tasks = [t.text for t in plan.tasks if t.agency == key]
    assert count == len(tasks)
    assert tasks[0].startswith(first_task_start)


def test_ocr_agencies_resolved_against_clean_plans():
    agencies = {a.key: a for a in plans()[OCR].agencies}
    for key, name, written in [
        ("so-noi-vu", "Sở Nội vụ", "S6' Noi vu"), (TP, "Sở Tư pháp", "S6 Tw phap"),
        (YT, "Sở Y tế", "56 Y té"), (CA, "Công an Thành phố", "Cong an Thanh phd"),
        (LDTBXH, "Sở Lao động - Thương binh và Xã hội", "Sé' Lao dong - Thwong binh va Xa hoi"),
    ]:
        assert name == agencies[key].name
        assert written in agencies[key].aliases
    # the members named in one heading, each with its own task
    tasks = {t.agency: t.text for t in plans()[OCR].tasks}
    assert tasks["hoi-lien-hiep-phu-nu-thanh-pho"].startswith("Hoi Lién hiép Phu nitr")


@pytest.mark.parametrize("source, expected", [
    (HN, [("yearly_report", 15, 12, None, None, True, LDTBXH),
          ("incident_report", None, None, None, 3, False, None)]),
    (DBP, [("yearly_report", 20, 11, None, None, True, "phong-lao-dong-thuong-binh-va-xa-hoi")]),
    (AM, [("plan", 20, 5, 2020, None, False, LDTBXH), ("results", 15, 7, 2020, None, False, LDTBXH)]),
    (OCR, [("yearly_report", 15, 12, None, None, True, LDTBXH)]),
    (CT, []),
])
def test_deadlines(source, expected):
    actual = [(d.kind, d.day, d.month, d.year, d.within_days, d.recurring, d.submit_to)
              for d in plans()[source].deadlines]
    assert expected == actual


@pytest.mark.parametrize("source, expected", [
    (HN, [("111", "Tổng đài quốc gia bảo vệ trẻ em"),
          ("02433525662", "Trung tâm cung cấp dịch vụ công tác xã hội Hà Nội")]),
    (AM, [("111", "Tổng đài điện thoại quốc gia bảo vệ trẻ em"),
          ("0243525662", "Trung tâm Cung cấp dịch vụ công tác xã hội Hà Nội")]),
    (DBP, [("111", "Tổng đài quốc gia bảo vệ trẻ em")]),
    (OCR, [("111", "Tong dai dién thoai qubc gia bao vé tré em"),
           ("02432233111", "Puong day néng vé dich vu tro gitup khan cip cta Trung tAm cong tac x4 hoi va Quy Bao tro tré em Ha Noi")]),
    (CT, []),
])
def test_contacts(source, expected):
    assert expected == [(c.number, c.label) for c in plans()[source].contacts]


def test_the_same_hotline_written_two_ways_is_one_number():
    hanoi = {c.number for c in plans()[HN].contacts}
    month = {c.number: c.display for c in plans()[AM].contacts}
    assert "02433525662" in hanoi
    assert "024.3525.662" == month["0243525662"]
    # A number is stored as its digits, whatever the grouping it was written with, and a
    # plan that writes one number several times (or with other groupings) holds it once.
    for plan in plans().values():
        numbers = [c.number for c in plan.contacts]
        assert sorted(set(numbers)) == sorted(numbers), plan.source_file
        assert [re.sub(r"\D", "", c.display) for c in plan.contacts] == numbers, plan.source_file


def test_stored_contacts_hold_each_number_once(kb_db_path):
    """What the bot answers from: the knowledge base as stored, one row per plan and number."""
    import sqlite3

    with sqlite3.connect(kb_db_path) as conn:
        repeated = conn.execute("SELECT plan, number, count(*) FROM kb_contacts GROUP BY plan, number "
                                "HAVING count(*) > 1").fetchall()
        hanoi = conn.execute("SELECT count(*) FROM kb_contacts WHERE plan = ? AND number = ?",
                             [plans()[HN].slug, "02433525662"]).fetchone()[0]
    assert [] == repeated
    assert 1 == hanoi


def test_action_month_campaign():
    [campaign] = plans()[AM].campaigns
    assert "Tháng hành động vì trẻ em năm 2020" == campaign.name
    assert "Chung tay bảo vệ trẻ em, phòng, chống xâm hại trẻ em" == campaign.theme
    assert 6 == len(campaign.slogans)
    assert "Hãy gọi 111 để bảo vệ trẻ em" == campaign.slogans[-1]
    assert ("2020-06-01", "2020-06-30") == (campaign.start, campaign.end)


def test_passages_have_section_paths_and_joined_page_breaks():
    passages = plans()[HN].passages
    report = next(p for p in passages if "trước ngày 15/12" in p.text)
    assert "gửi Sở Lao động - Thương binh và Xã hội trước ngày 15/12" in report.text
    assert report.section.startswith("V")
    task = next(p for p in passages if p.text.startswith("- Chủ trì thực hiện các giải pháp đảm bảo thực hiện có hiệu quả Chỉ tiêu 14"))
    assert "III › 2. Sở Tư pháp" == task.section
    bodies = [re.sub(r"^(?:[a-hđ][.)]|-)\s*", "", p.text) for p in passages]
    assert not any(body[:1].islower() for body in bodies)


@pytest.mark.parametrize("source, signer, role", [
    (HN, "Chu Ngọc Anh", "Chủ tịch"),
    (AM, "Ngô Văn Quý", "Phó Chủ tịch"),
    (DBP, "Đào Hoài Nam", "Phó Chủ tịch"),
    (OCR, None, "Phó Chủ tịch"),     # the scan shows "KT. CHU TICH / PHO CHU TICH" but no name
    (CT, "Dương Tân Hiển", "Phó Chủ tịch"),  # the decision's block, before the programme it issues
])
def test_signer(source, signer, role):
    plan = plans()[source]
    assert (plan.signer, plan.signer_role) == (signer, role)


@pytest.mark.parametrize("source, ocr", [(HN, False), (AM, False), (DBP, False), (OCR, True), (CT, False)])
def test_scanned_plans_are_marked(source, ocr):
    assert ocr == plans()[source].ocr
