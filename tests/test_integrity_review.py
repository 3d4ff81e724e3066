"""Data-integrity guarantees of field reports: a report and its audit line are written
together or not at all, and the other promises of the /report conversation hold at the
edges (races, catalogue changes, period boundaries, repeated updates)."""

import datetime as dt

import pytest

from bot.field import measures, people, reports
from bot.field.measures import CatalogueError, ensure_catalogue, get_measure, import_catalogue
from bot.field.periods import period_of
from bot.field.reports import audit_trail, correct_report, save_report
from handlers import dedup


@pytest.fixture
def db(field_db):
    return field_db


def rows(db):
    return [(r["value"], r["numerator"], r["denominator"]) for r in db["reports"].rows_where(order_by="id")]


@pytest.fixture
def break_audit(monkeypatch):
    """Make the audit line impossible to write (disk full, a crash between the two writes…)."""
    def fail(*args, **kwargs):
        raise OSError("disk full")
    return lambda: monkeypatch.setattr(reports, "_audit", fail)


def test_a_new_report_is_not_kept_without_its_audit_line(db, break_audit):
    break_audit()
    with pytest.raises(OSError):
        save_report(db, measure=get_measure(db, "injuries"), area_id=1, period=period_of("week", dt.date(2024, 6, 5)),
                    figures={"value": 3}, reporter_id=7)
    assert [] == rows(db)


def test_a_replacement_is_not_kept_without_its_audit_line(db, break_audit):
    measure, week = get_measure(db, "injuries"), period_of("week", dt.date(2024, 6, 5))
    save_report(db, measure=measure, area_id=1, period=week, figures={"value": 3}, reporter_id=7)
    break_audit()
    with pytest.raises(OSError):
        save_report(db, measure=measure, area_id=1, period=week, figures={"value": 9}, reporter_id=8, replace=True)
    assert [(3, None, None)] == rows(db)          # the old figures are not lost unaudited


def test_a_correction_is_not_kept_without_its_audit_line(db, break_audit):
    measure = get_measure(db, "injuries")
    report, _ = save_report(db, measure=measure, area_id=1, period=period_of("week", dt.date(2024, 6, 5)),
                            figures={"value": 3}, reporter_id=7)
    break_audit()
    with pytest.raises(OSError):
        correct_report(db, report.id, measure=measure, figures={"value": 4}, changed_by=7, reason="Nhập nhầm")
    assert [(3, None, None)] == rows(db)
    assert ["create"] == [a["action"] for a in audit_trail(db, report.id)]


# -- the measure catalogue --------------------------------------------------------------
HEADER = "key,name_vi,name_en,kind,period,numerator_vi,denominator_vi\n"


def catalogue(*lines):
    return HEADER + "\n".join(lines) + "\n"


@pytest.mark.parametrize("line, code", [
    ("injuries,Tai nạn,Injuries,rate,week,Số bị tai nạn,Tổng số trẻ", "kind_changed"),
    ("injuries,Tai nạn,Injuries,count,month,,", "period_changed"),
])
def test_a_measure_with_reports_keeps_its_kind_and_period(db, line, code):
    """Saved counts read as a rate (or weekly rows as monthly ones) would be wrong figures."""
    save_report(db, measure=get_measure(db, "injuries"), area_id=1, period=period_of("week", dt.date(2024, 6, 5)),
                figures={"value": 3}, reporter_id=7)
    before = list(db["measures"].rows_where(order_by="key"))
    with pytest.raises(CatalogueError) as error:
        import_catalogue(db, catalogue(line))
    assert [code] == [c for _, c, _ in error.value.errors]
    assert before == list(db["measures"].rows_where(order_by="key"))


def test_a_measure_without_reports_may_change_kind(db):
    import_catalogue(db, catalogue("injuries,Tai nạn,Injuries,rate,month,Số bị tai nạn,Tổng số trẻ"))
    assert ("rate", "month") == (get_measure(db, "injuries").kind, get_measure(db, "injuries").period)


def test_a_catalogue_import_is_all_or_nothing(db, monkeypatch):
    before = list(db["measures"].rows_where(order_by="key"))
    monkeypatch.setattr(measures, "utcnow", lambda: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        import_catalogue(db, catalogue("new_one,Mới,New,count,week,,"))
    assert before == list(db["measures"].rows_where(order_by="key"))


def test_a_shipped_catalogue_changing_a_reported_measure_is_not_loaded(db, tmp_path, caplog):
    save_report(db, measure=get_measure(db, "injuries"), area_id=1, period=period_of("week", dt.date(2024, 6, 5)),
                figures={"value": 3}, reporter_id=7)
    shipped = tmp_path / "measures.csv"
    shipped.write_text(catalogue("injuries,Tai nạn,Injuries,count,month,,"), encoding="utf-8")
    assert not ensure_catalogue(db, shipped)          # the bot still starts, on the catalogue in use
    assert "week" == get_measure(db, "injuries").period
    assert "period_changed" in caplog.text


# -- repeated updates ---------------------------------------------------------------------
async def test_processed_update_ids_are_forgotten_once_telegram_cannot_resend_them(bot):
    """Telegram keeps an update for at most 24 hours, and after a week without updates it
    starts the ids again at a random number: an id remembered for ever would one day drop a
    new update as a "repeat"."""
    area, _ = people.add_area(bot.db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    people.register_user(bot.db, 1001, "collaborator", area_id=area.id)
    old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=8)).isoformat(timespec="seconds")
    recent = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)).isoformat(timespec="seconds")
    bot.db["inbox"].insert_all([{"update_id": 1000, "received_at": old, "done_at": old},
                                {"update_id": 999, "received_at": recent, "done_at": recent}])
    chat = bot.chat(1001)
    payload = chat.message_update("/report")
    payload["update_id"] = 1000                      # a new update that happens to reuse the old id
    assert [] == await chat.process(payload)         # remembered: dropped
    for job in bot.application.job_queue.get_jobs_by_name(dedup.FORGET_JOB):
        await job.run(bot.application)
    assert [999] == [r["update_id"] for r in bot.db["inbox"].rows]
    payload["update_id"] = 1000
    answer = await chat.process(payload)
    assert "Bạn muốn báo cáo nội dung gì?" in "\n".join(c.text for c in answer)


def test_a_report_is_stored_only_for_its_measures_kind_of_period(db):
    """The unique index is on (measure, area, period start): a week stored for a monthly
    measure would later pass for the month starting that day, or block it."""
    with pytest.raises(reports.InputProblem):
        save_report(db, measure=get_measure(db, "birth_registered_u5"), area_id=1,
                    period=period_of("week", dt.date(2024, 7, 1)), figures={"numerator": 1, "denominator": 2},
                    reporter_id=7)
    assert [] == rows(db)


def test_an_invite_is_not_used_up_when_registering_fails(monkeypatch):
    """Claiming the code and registering the user are one transaction."""
    from bot.field import people
    from bot.runtime.database import open_database

    db = open_database(None)
    area, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    admin = people.get_person(db, 1, admin_ids=[1])
    invite = people.create_invite(db, admin, people.COLLABORATOR, area_id=area.id)

    def broken(*args, **kwargs):
        db["users"].insert({"id": 2, "role": "collaborator"})  # a write, then a failure
        raise RuntimeError("disk full")

    monkeypatch.setattr(people, "register_user", broken)
    with pytest.raises(RuntimeError):
        people.redeem_invite(db, invite.code, 2, admin_ids=[1])
    assert people.get_invite(db, invite.code).used_by is None
    assert 0 == db["users"].count
    monkeypatch.undo()
    assert people.COLLABORATOR == people.redeem_invite(db, invite.code, 2, admin_ids=[1]).role
