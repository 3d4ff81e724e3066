"""People, rights, invites, areas (and their CSV import) and the measure catalogue: pure
functions on a fresh database."""

import datetime as dt
import importlib.util

import pytest

from bot.field import people
from bot.field.areas_csv import AreaCsvError, import_areas, parse_areas_csv
from bot.field.measures import (
    CatalogueError, Measure, active_measures, ensure_catalogue, get_measure, import_catalogue, parse_catalogue,
    search_measures, targets_for,
)
from knowledge.model import Indicator, Plan, Target

ADMIN = 1


@pytest.fixture
def world(db):
    """Two districts of Hà Nội and one of Cần Thơ, a city manager, a district manager and a collaborator."""
    lang_ha, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    kim_ma, _ = people.add_area(db, "Hà Nội", "Ba Đình", "Phường Kim Mã")
    an_hoa, _ = people.add_area(db, "Cần Thơ", "Ninh Kiều", "Phường An Hòa")
    people.register_user(db, 10, "manager", city="Hà Nội")
    people.register_user(db, 11, "manager", city="Hà Nội", district="Đống Đa")
    people.register_user(db, 12, "collaborator", area_id=lang_ha.id)
    people.register_user(db, 13, "collaborator", area_id=an_hoa.id)
    get = lambda uid: people.get_person(db, uid, {ADMIN})  # noqa: E731
    return {"lang_ha": lang_ha, "kim_ma": kim_ma, "an_hoa": an_hoa, "admin": get(ADMIN), "city": get(10),
            "district": get(11), "collab": get(12), "far": get(13)}


def test_admin_ids_are_admins_even_without_a_row(db):
    assert "admin" == people.get_person(db, ADMIN, {ADMIN}).role
    assert people.get_person(db, 99, {ADMIN}) is None


@pytest.mark.parametrize("who, area, expected", [
    ("admin", "an_hoa", True), ("city", "kim_ma", True), ("city", "an_hoa", False),
    ("district", "lang_ha", True), ("district", "kim_ma", False),
    ("collab", "lang_ha", True), ("collab", "kim_ma", False), ("far", "lang_ha", False),
])
def test_who_may_report_for_which_area(world, who, area, expected):
    assert expected == people.can_report_for(world[who], world[area])


@pytest.mark.parametrize("who, role, scope, expected", [
    ("admin", "manager", {"city": "Cần Thơ"}, True),
    ("city", "collaborator", {"area": "kim_ma"}, True),
    ("city", "manager", {"city": "Hà Nội", "district": "Ba Đình"}, True),
    ("city", "manager", {"city": "Cần Thơ"}, False),
    ("city", "admin", {}, False),
    ("district", "collaborator", {"area": "lang_ha"}, True),
    ("district", "collaborator", {"area": "kim_ma"}, False),
    ("district", "manager", {"city": "Hà Nội"}, False),
    ("collab", "collaborator", {"area": "lang_ha"}, False),
])
def test_who_may_invite_whom(world, who, role, scope, expected):
    area = world[scope["area"]] if "area" in scope else None
    assert expected == people.can_invite(world[who], role, area=area, city=scope.get("city"),
                                         district=scope.get("district"))


def test_managers_list_only_their_scope(db, world):
    assert {11, 12} == {p.id for p in people.users_in_scope(db, world["district"])}
    assert {10, 11, 12} == {p.id for p in people.users_in_scope(db, world["city"])}
    assert {10, 11, 12, 13} == {p.id for p in people.users_in_scope(db, world["admin"])}
    with pytest.raises(people.NotAllowed):
        people.users_in_scope(db, world["collab"])


def test_invite_works_once(db, world):
    invite = people.create_invite(db, world["district"], "collaborator", area_id=world["lang_ha"].id)
    person = people.redeem_invite(db, invite.code, 500, display_name="Hoa")
    assert ("collaborator", world["lang_ha"].id) == (person.role, person.area_id)
    with pytest.raises(people.InviteError) as error:
        people.redeem_invite(db, invite.code, 501)
    assert "used" == error.value.code
    assert people.get_person(db, 501) is None


def test_invite_expires_after_seven_days(db, world):
    created = dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)
    invite = people.create_invite(db, world["admin"], "manager", city="Hà Nội", now=created)
    with pytest.raises(people.InviteError) as error:
        people.redeem_invite(db, invite.code, 600, now=created + dt.timedelta(days=7, seconds=1), admin_ids={ADMIN})
    assert "expired" == error.value.code
    assert "manager" == people.redeem_invite(db, invite.code, 600, now=created + dt.timedelta(days=6),
                                            admin_ids={ADMIN}).role


@pytest.mark.parametrize("code", ["", "nope", "x" * 500, "'; drop table invites; --"])
def test_unknown_codes_are_refused(db, code):
    with pytest.raises(people.InviteError) as error:
        people.redeem_invite(db, code, 700)
    assert "unknown" == error.value.code


def test_manager_cannot_invite_outside_scope(db, world):
    with pytest.raises(people.NotAllowed):
        people.create_invite(db, world["district"], "collaborator", area_id=world["kim_ma"].id)
    with pytest.raises(people.NotAllowed):
        people.create_invite(db, world["collab"], "collaborator", area_id=world["lang_ha"].id)
    assert 0 == db["invites"].count


@pytest.mark.parametrize("city,district,code", [
    ("😀🎉", None, "invalid_city"),
    ("x" * 101, None, "too_long_city"),
    ("Hà Nội", "*_[`", "invalid_district"),
    ("Hà Nội", "\u0301\u0323", "invalid_district"),
    ("Hà Nội", "y" * 300, "too_long_district"),
])
def test_manager_invites_need_real_place_names(db, world, city, district, code):
    with pytest.raises(people.PeopleError) as refused:
        people.create_invite(db, world["admin"], "manager", city=city, district=district)
    assert code == refused.value.code
    assert 0 == db["invites"].count


def test_areas_compare_without_accents(db, world):
    area, created = people.add_area(db, "Ha Noi", "dong da", "phuong lang ha")
    assert (world["lang_ha"], False) == (area, created)
    assert [world["kim_ma"]] == people.find_areas(db, "kim ma")


@pytest.mark.parametrize("text, errors", [
    ("city,district,name\nHà Nội,,Phường X\n", [(2, "missing_district", "")]),
    ("city,district,name\nA,B,C\nA,B,C\n", [(3, "duplicate", "2")]),
    ("city,name\nA,C\n", [(1, "missing_columns", "district")]),
    ("city,district,name\n" + "A,B," + "x" * 200 + "\n", [(2, "too_long_name", "")]),
    ("", [(1, "empty", "")]),
    ("city,district,name\n", [(2, "empty", "")]),
])
def test_area_csv_errors_name_the_line(text, errors):
    with pytest.raises(AreaCsvError) as error:
        parse_areas_csv(text)
    assert errors == error.value.errors


def test_area_csv_import_accepts_vietnamese_headers_and_semicolons(db, world):
    text = "Tỉnh thành;Quận huyện;Phường xã\nHà Nội;Đống Đa;Phường Láng Hạ\nHa Noi;Dong Da;Phường Kim Liên\n"
    result = import_areas(db, text)
    assert (1, 1) == (result.added, result.existing)
    added = people.find_areas(db, "Kim Liên")[0]
    assert ("Hà Nội", "Đống Đa") == (added.city, added.district)  # the stored spelling is kept


def test_shipped_catalogue_links_measures_to_indicators(db):
    links = {m.key: (m.indicator, m.metric, m.kind) for m in active_measures(db)}
    assert (14, 1, "rate") == links["birth_registered_u5"]
    assert (11, 2, "count") == links["injury_deaths"]
    assert (None, None, "count") == links["drownings"]
    assert not ensure_catalogue(db)  # unchanged file: not reloaded


@pytest.mark.parametrize("query, keys", [
    ("14", ["birth_registered_u5"]), ("ct 14", ["birth_registered_u5"]), ("chỉ tiêu 9", ["abuse_cases"]),
    ("khai sinh", ["birth_registered_u5"]), ("xam hai", ["abuse_cases"]), ("đuối nước", ["drownings"]),
    ("tai nan", ["injuries", "injury_deaths"]), ("tu vong", ["injury_deaths"]), ("hỏi ý kiến", ["children_consulted"]),
    ("qwerty zzz", []), ("😀", []), ("x" * 5000, []),
])
def test_search_measures(db, query, keys):
    assert keys == sorted(m.key for m, _ in search_measures(active_measures(db), query))


def test_catalogue_upload_replaces_and_retires(db):
    text = ("key,name_vi,name_en,kind,period,indicator,metric\n"
            "drownings,Trẻ em đuối nước,Drownings,count,week,,\n"
            "new_one,Mới,New,count,month,9,1\n")
    result = import_catalogue(db, text)
    assert (["new_one"], ["drownings"]) == (result.added, result.updated)
    assert {"drownings", "new_one"} == {m.key for m in active_measures(db)}
    assert 0 == get_measure(db, "abuse_cases").active
    assert not ensure_catalogue(db)  # the shipped file did not change: the upload stays


@pytest.mark.parametrize("text, code", [
    ("key,name_vi\nx,y\n", "missing_columns"),
    ("key,name_vi,name_en,kind,period\nBad Key,a,b,count,week\n", "bad_key"),
    ("key,name_vi,name_en,kind,period\nok_key,a,b,ratio,week\n", "bad_kind"),
    ("key,name_vi,name_en,kind,period\nok_key,a,b,count,year\n", "bad_period"),
    ("key,name_vi,name_en,kind,period,indicator\nok_key,a,b,count,week,-3\n", "bad_number"),
    ("key,name_vi,name_en,kind,period\nok_key,a,b,rate,week\n", "missing_rate_labels"),
    ("key,name_vi,name_en,kind,period\nok_key,a,b,count,week\nok_key,a,b,count,week\n", "duplicate_key"),
])
def test_bad_catalogues_are_refused_with_line_numbers(db, text, code):
    with pytest.raises(CatalogueError) as error:
        parse_catalogue(text)
    assert code in [c for _, c, _ in error.value.errors]
    assert all(line >= 1 for line, _, _ in error.value.errors)


def _plan(slug, locality, number, targets):
    return Plan(slug=slug, title=slug, kind="kế hoạch", locality=locality, issuer="", number=None, date=None,
                period="2021-2030", period_start=2021, period_end=2030, source_file="", source_sha256="",
                indicators=[Indicator(number=number, goal=2, text="", section="", targets=targets)])


def test_targets_for_resolves_the_citys_plan_at_runtime():
    from knowledge.kb import KnowledgeBase

    t2025 = Target(metric="khai sinh", metric_index=1, year=2025, value=98.5, unit="%", comparator="at_least")
    other = Target(metric="x", metric_index=2, year=2025, value=1, unit="%", comparator="under")
    kb = KnowledgeBase([_plan("hn", "Hà Nội", 14, [t2025, other]), _plan("ct", "Cần Thơ", 14, [])])
    measure = Measure("m", "a", "b", "rate", "month", indicator=14, metric=1, indicator_vi="khai sinh")
    found = targets_for(kb, measure, "Ha Noi")
    assert [("hn", 98.5)] == [(t.plan.slug, t.target.value) for t in found]
    assert [] == targets_for(kb, measure, "Đà Nẵng")
    assert [] == targets_for(kb, Measure("d", "a", "b", "count", "week"), "Hà Nội")


@pytest.mark.skipif(importlib.util.find_spec("knowledge.ingest") is None, reason="knowledge ingest not built yet")
def test_targets_for_with_the_shipped_plans(kb, db):
    births = get_measure(db, "birth_registered_u5")
    hanoi = targets_for(kb, births, "Hà Nội")
    assert {2025: 98.5, 2030: 100.0} == {t.target.year: t.target.value for t in hanoi}
    cantho = targets_for(kb, births, "Cần Thơ")
    assert {2025: 99.0, 2030: 100.0} == {t.target.year: t.target.value for t in cantho}
