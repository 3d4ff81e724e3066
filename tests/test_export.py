"""/export and ``python -m bot export``/``digest``: the spreadsheet's rows are the
database's, the audit trail has its own sheet, the CSV matches, bad ranges are explained."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import time_machine
from click.testing import CliRunner

from bot.cli import cli
from bot.runtime.database import open_database
from bot.digest.export import parse_date
from bot.field.measures import get_measure
from bot.field.reports import correct_report
from tests.test_digest import NOW, seed
from tests.test_digest_job import run_jobs_by_hand

NOVEMBER_BA_DINH = """
    select r.id, a.name, r.measure, r.period_start, r.value, r.numerator, r.denominator
    from reports r join areas a on a.id = r.area_id
    where a.city = 'Hà Nội' and a.district = 'Ba Đình'
      and r.period_start <= '2026-11-30' and r.period_end >= '2026-11-01'
    order by r.id
"""


def corrected(db) -> int:
    """Correct Kim Mã's November birth registrations, so the audit trail has a correction."""
    report_id = db.execute("select id from reports where measure = 'birth_registered_u5' "
                           "and period_start = '2026-11-01' and area_id = 1").fetchone()[0]
    correct_report(db, report_id, measure=get_measure(db, "birth_registered_u5"),
                   figures={"numerator": 990, "denominator": 1000}, changed_by=202, reason="đếm lại")
    return report_id


def rows_of(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row)) for row in values[1:]]


@pytest.fixture
def world(bot):
    run_jobs_by_hand(bot)   # no scheduled job may fire while the clock is frozen
    return seed(bot.db)


async def test_export_spreadsheet_matches_the_database(bot, world):
    fixed = corrected(bot.db)
    with time_machine.travel(NOW, tick=False):
        calls = await bot.chat(202).send("/export 2026-11-01 2026-11-30")
    documents = [c for c in calls if c.method == "sendDocument"]
    assert 3 == len(documents)
    assert "9 báo cáo của Hà Nội / Ba Đình, 01/11/2026 – 30/11/2026." == documents[0].text

    book = openpyxl.load_workbook(io.BytesIO(documents[0].files["document"]))
    assert ["Báo cáo", "Lịch sử sửa đổi"] == book.sheetnames
    reports = rows_of(book["Báo cáo"])
    expected = bot.db.execute(NOVEMBER_BA_DINH).fetchall()
    assert 9 == len(expected)
    assert expected == [(r["Báo cáo"], r["Địa bàn"], r["Mã số liệu"], r["Từ ngày"].date().isoformat(), r["Số lượng"],
                         r["Tử số"], r["Mẫu số"]) for r in sorted(reports, key=lambda r: r["Báo cáo"])]
    fixed_row = next(r for r in reports if r["Báo cáo"] == fixed)
    assert (990, 1000, 99, "Lan", "Phường Kim Mã") == (
        fixed_row["Tử số"], fixed_row["Mẫu số"], fixed_row["Tỷ lệ (%)"], fixed_row["Người báo cáo"],
        fixed_row["Địa bàn người báo cáo"])
    assert {"Hà Nội"} == {r["Tỉnh/thành phố"] for r in reports}
    assert {"Ba Đình"} == {r["Quận/huyện"] for r in reports}   # nothing from Đống Đa or Cần Thơ
    assert {"tháng", "tuần"} >= {r["Kỳ"] for r in reports}     # period kinds in the reader's language

    audit = rows_of(book["Lịch sử sửa đổi"])
    stored = bot.db.execute(
        "select id, report_id, changed_by from report_audit "
        "where report_id in (%s) order by id" % ",".join(str(row[0]) for row in expected)
    ).fetchall()
    assert stored == [(a["Lần sửa"], a["Báo cáo"], a["Người sửa (mã)"]) for a in sorted(audit, key=lambda a: a["Lần sửa"])]
    correction = next(a for a in audit if a["Thao tác"] == "sửa")
    assert (fixed, 202, "Quản lý Ba Đình", "đếm lại") == (
        correction["Báo cáo"], correction["Người sửa (mã)"], correction["Người sửa"], correction["Lý do"])
    assert (None, 985, 1000, None, 990, 1000) == tuple(correction[title] for title in (
        "Số lượng trước", "Tử số trước", "Mẫu số trước", "Số lượng sau", "Tử số sau", "Mẫu số sau"))
    assert {"tạo mới", "sửa"} == {a["Thao tác"] for a in audit}

    assert "Cùng các báo cáo ở dạng CSV (UTF-8), để dùng với phần mềm khác." == documents[1].text
    assert documents[1].files["document"].startswith("\ufeff".encode())
    table = list(csv.DictReader(io.StringIO(documents[1].files["document"].decode("utf-8-sig"))))
    assert [str(row[0]) for row in expected] == sorted((r["Báo cáo"] for r in table), key=int)
    assert {"Phường Kim Mã", "Phường Ngọc Hà"} == {r["Địa bàn"] for r in table}

    # The CSV's audit trail: a second CSV, the rows of the workbook's audit sheet.
    assert "Lịch sử sửa đổi của các báo cáo đó ở dạng CSV: mỗi lần sửa, ai sửa, lúc nào và vì sao." == documents[2].text
    trail = list(csv.DictReader(io.StringIO(documents[2].files["document"].decode("utf-8-sig"))))
    assert [str(a["Lần sửa"]) for a in sorted(audit, key=lambda a: a["Lần sửa"])] == \
        sorted((t["Lần sửa"] for t in trail), key=int)
    fixed_line = next(t for t in trail if t["Thao tác"] == "sửa")
    assert (str(fixed), "Quản lý Ba Đình", "đếm lại", "985", "990") == (
        fixed_line["Báo cáo"], fixed_line["Người sửa"], fixed_line["Lý do"], fixed_line["Tử số trước"],
        fixed_line["Tử số sau"])


async def test_export_defaults_to_the_last_30_days_in_english(bot, world):
    chat = bot.chat(201)
    await chat.send("/lang en")
    with time_machine.travel(NOW, tick=False):
        calls = await chat.send("/export")
    documents = [c for c in calls if c.method == "sendDocument"]
    expected = bot.db.execute("select count(*) from reports where period_start <= '2026-11-23' "
                              "and period_end >= '2026-10-25'").fetchone()[0]
    assert f"{expected} reports of Hà Nội, Oct 25, 2026 – Nov 23, 2026." == documents[0].text
    sheet = openpyxl.load_workbook(io.BytesIO(documents[0].files["document"]))["Reports"]
    assert ("Report", "City", "District", "Area") == next(sheet.iter_rows(values_only=True))[:4]
    assert expected == sheet.max_row - 1


async def test_export_spreadsheet_reads_as_a_spreadsheet(bot, world):
    """Dates are dates and times are local times, numbers are numbers, the header is bold,
    frozen and filtered, and every column is wide enough for its title and values."""
    with time_machine.travel(NOW, tick=False):
        calls = await bot.chat(202).send("/export 01/11/2026 30/11/2026")
    book = openpyxl.load_workbook(io.BytesIO(calls[0].files["document"]))
    sheet = book["Báo cáo"]
    header = [cell for cell in sheet[1]]
    titles = [cell.value for cell in header]
    assert "A2" == sheet.freeze_panes
    assert all(cell.font.b for cell in header)
    assert f"A1:{openpyxl.utils.get_column_letter(len(titles))}{sheet.max_row}" == sheet.auto_filter.ref
    assert "Tạo lúc (giờ Asia/Ho_Chi_Minh)" in titles

    column = {title: index for index, title in enumerate(titles)}
    body = list(sheet.iter_rows(min_row=2))
    for row in body:
        assert row[column["Từ ngày"]].is_date and "dd/mm/yyyy" == row[column["Từ ngày"]].number_format
        assert isinstance(row[column["Báo cáo"]].value, int)
        assert row[column["Tỷ lệ (%)"]].value is None or isinstance(row[column["Tỷ lệ (%)"]].value, (int, float))
        assert row[column["Tỷ lệ (%)"]].value is None or "0.00" == row[column["Tỷ lệ (%)"]].number_format
    first = body[0]
    stored = bot.db.execute("select created_at from reports where id = ?", [first[column["Báo cáo"]].value]).fetchone()[0]
    local = dt.datetime.fromisoformat(stored).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).replace(tzinfo=None)
    assert local == first[column["Tạo lúc (giờ Asia/Ho_Chi_Minh)"]].value
    assert "dd/mm/yyyy hh:mm" == first[column["Tạo lúc (giờ Asia/Ho_Chi_Minh)"]].number_format

    for index, title in enumerate(titles):
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index + 1)].width
        longest = max(len(str(row[index].value or "")) for row in body)
        assert width >= len(title) + 2 and (width >= min(longest, 48) or header[index].value in (
            "Từ ngày", "Đến ngày", "Tạo lúc (giờ Asia/Ho_Chi_Minh)", "Sửa lúc (giờ Asia/Ho_Chi_Minh)")), title


def test_csv_has_the_spreadsheet_columns_in_utf8_with_bom():
    from bot.digest.export import REPORT_COLUMNS, column_titles, write_csv

    reports, _audits = hostile_rows()
    buffer = io.BytesIO()
    assert 1 == write_csv(buffer, reports, "vi")
    data = buffer.getvalue()
    assert data.startswith(codecs.BOM_UTF8)
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert column_titles(REPORT_COLUMNS, "vi", "Asia/Ho_Chi_Minh") == header
    assert "2026-11-20 09:00" == row[header.index("Tạo lúc (giờ Asia/Ho_Chi_Minh)")]


@pytest.mark.parametrize("stored,expected", [
    ('{"numerator": 412, "denominator": 430}', (None, 412, 430)),
    ('{"value": 3}', (3, None, None)),
    ("not json", (None, None, None)),
    ('["a list"]', (None, None, None)),
    (None, (None, None, None)),
])
def test_audit_figures_become_columns(stored, expected):
    from bot.digest.export import _figures

    assert expected == _figures(stored)


@pytest.mark.parametrize("text,expected", [
    ("2026-03-31", dt.date(2026, 3, 31)),
    ("31/03/2026", dt.date(2026, 3, 31)),
    ("1/3/2026", dt.date(2026, 3, 1)),
    ("31.03.2026", dt.date(2026, 3, 31)),
])
def test_parse_date(text, expected):
    assert expected == parse_date(text)


@pytest.mark.parametrize("text", ["2026-13-01", "31/02/2026", "2026-1-1", "", "🙂", "1' or '1'='1", "9" * 40])
def test_parse_date_refuses(text):
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("command,expected", [
    ("/export 2026-13-01 2026-12-31", "Hãy nhập hai ngày như sau: /export 2026-01-01 2026-03-31"),
    ("/export 2026-01-01", "Hãy nhập hai ngày như sau"),
    ("/export 2026-03-31 2026-01-01", "Ngày đầu không được sau ngày cuối."),
    ("/export 2020-01-01 2026-01-01", "Khoảng thời gian quá dài: tối đa ba năm mỗi lần."),
    ("/export 1' or '1'='1 2026-01-01", "Hãy nhập hai ngày như sau"),
    ("/export tháng trước", "Tôi không biết địa danh \"tháng trước\"."),
])
async def test_export_explains_bad_ranges(bot, world, command, expected):
    calls = await bot.chat(202).send(command)
    assert [] == [c for c in calls if c.method == "sendDocument"]
    assert calls[-1].text.startswith(expected), calls[-1].text


async def test_admin_exports_another_city(bot, world):
    with time_machine.travel(NOW, tick=False):
        calls = await bot.admin().send("/export 2026-11-01 2026-11-30 Cần Thơ")
    assert "0 báo cáo của Cần Thơ, 01/11/2026 – 30/11/2026." == calls[0].text
    sheet = openpyxl.load_workbook(io.BytesIO(calls[0].files["document"]))["Báo cáo"]
    assert 1 == sheet.max_row   # the header only


@pytest.mark.parametrize("command,expected", [
    ("/export ha noi 2026-11-01 2026-11-30", "báo cáo của Hà Nội, 01/11/2026 – 30/11/2026."),
    ("/export Cần Thơ 01/11/2026 30/11/2026", "0 báo cáo của Cần Thơ, 01/11/2026 – 30/11/2026."),
    ("/export 2026-11-01 2026-11-30 ha noi", "báo cáo của Hà Nội, 01/11/2026 – 30/11/2026."),
])
async def test_the_place_may_come_before_or_after_the_dates(bot, world, command, expected):
    with time_machine.travel(NOW, tick=False):
        calls = await bot.admin().send(command)
    documents = [c for c in calls if c.method == "sendDocument"]
    assert 3 == len(documents), [c.text for c in calls]
    assert documents[0].text.endswith(expected), documents[0].text


@pytest.mark.parametrize("command,expected", [
    ("/export Hà Nội 2026-11-01", "Hãy nhập hai ngày như sau"),
    ("/export Hà Nội 2026-11-30 2026-11-01", "Ngày đầu không được sau ngày cuối."),
    ("/export Hà Nội / Quận 1", "Tôi không biết địa danh"),   # a number in a place is not a date
])
async def test_dates_after_the_place_are_checked_too(bot, world, command, expected):
    calls = await bot.admin().send(command)
    assert [] == [c for c in calls if c.method == "sendDocument"]
    assert calls[-1].text.startswith(expected), calls[-1].text


# -- the command line ------------------------------------------------------------------------------
@pytest.fixture
def database(tmp_path):
    path = tmp_path / "cli.db"
    db = open_database(path)
    seed(db)
    corrected(db)
    db.conn.close()
    return path


def invoke(path, *args):
    return CliRunner().invoke(cli, list(args), env={"DATABASE_PATH": str(path), "LOG_LEVEL": "WARNING"})


def test_cli_export_xlsx(database, tmp_path):
    output = tmp_path / "nov.xlsx"
    result = invoke(database, "export", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "xlsx",
                    "--city", "Hà Nội", "--district", "Ba Đình", "--output", str(output))
    assert 0 == result.exit_code, result.output
    assert f"9 reports written to {output}" in result.output
    book = openpyxl.load_workbook(output)
    db = open_database(database)
    assert [row[0] for row in db.execute(NOVEMBER_BA_DINH)] == sorted(r["Báo cáo"] for r in rows_of(book["Báo cáo"]))
    assert 10 == len(rows_of(book["Lịch sử sửa đổi"]))   # nine created, one corrected


def test_cli_export_csv_of_every_city(database, tmp_path):
    output = tmp_path / "all.csv"
    result = invoke(database, "export", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "csv",
                    "--lang", "en", "--output", str(output))
    assert 0 == result.exit_code, result.output
    table = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    db = open_database(database)
    assert db.execute("select count(*) from reports").fetchone()[0] == len(table)
    assert {"Hà Nội"} == {row["City"] for row in table}
    trail = list(csv.DictReader(io.StringIO((tmp_path / "all_lich-su.csv").read_text(encoding="utf-8-sig"))))
    assert db.execute("select count(*) from report_audit").fetchone()[0] == len(trail)
    assert ("990", "đếm lại") == next((t["Numerator after"], t["Reason"]) for t in trail if t["Action"] == "corrected")


@pytest.mark.parametrize("args,message", [
    (["export", "--from", "2026-11-31", "--to", "2026-12-01"], "error: dates must look like 2026-01-31"),
    (["export", "--from", "2026-12-01", "--to", "2026-11-01"], "error: --from must not be after --to"),
    (["export", "--from", "2026-11-01", "--to", "2026-11-30", "--city", "Hải Phòng"], "error: unknown place"),
    (["digest", "--city", "Hà Nội"], "error: say --print"),
    (["digest", "--print"], "error: say which city with --city"),
])
def test_cli_errors_are_one_line(database, args, message):
    result = invoke(database, *args)
    assert 2 == result.exit_code
    assert result.output.startswith(message), result.output
    assert "Traceback" not in result.output


def test_cli_digest_print(database, tmp_path):
    chart = tmp_path / "chart.png"
    with time_machine.travel(NOW, tick=False):
        result = invoke(database, "digest", "--print", "--city", "ha noi", "--district", "Ba Dinh", "--lang", "en",
                        "--last", "--chart", str(chart))
    assert 0 == result.exit_code, result.output
    lines = result.output.split("\n")
    assert "📊 Weekly digest: Hà Nội / Ba Đình" == lines[0]
    assert "Week Nov 16, 2026 – Nov 22, 2026" == lines[1]
    assert any(line.startswith("⏳ Children under 5 with a registered birth (indicator 14 of 138/KH-UBND: Tỷ lệ trẻ em "
                           "dưới 5 tuổi đã được đăng ký khai sinh): 98.67% (2,960/3,000")
               for line in lines), result.output
    assert "<b>" not in result.output
    assert chart.read_bytes().startswith(b"\x89PNG")


# -- what people typed never becomes a formula ------------------------------------------------------
HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"bấm\")", "+1+2", "-3+4", "@SUM(A1:A9)", "=1+1"]


def hostile_rows() -> tuple[list[dict], list[dict]]:
    reports = [{"id": 1, "city": "Hà Nội", "district": HOSTILE[1], "area": HOSTILE[0], "measure": "injuries",
                "measure_name": HOSTILE[3], "period_kind": "week", "period_start": dt.date(2026, 11, 16),
                "period_end": dt.date(2026, 11, 22), "value": 3, "numerator": None, "denominator": None, "rate": None,
                "reporter_id": 101, "reporter": HOSTILE[2], "created_at": dt.datetime(2026, 11, 20, 9),
                "updated_at": None}]
    audits = [{"id": 7, "report_id": 1, "area": HOSTILE[0], "measure": "injuries", "action": "correct",
               "changed_by": 202, "changed_at": dt.datetime(2026, 11, 21, 9), "old_value": 2,
               "new_value": 3, "reason": HOSTILE[4] + "\x07"}]
    return reports, audits


def test_xlsx_cells_typed_by_people_stay_text():
    from bot.digest.export import write_xlsx

    reports, audits = hostile_rows()
    buffer = io.BytesIO()
    write_xlsx(buffer, reports, audits, "en")
    book = openpyxl.load_workbook(buffer)
    cells = [cell for sheet in book for row in sheet.iter_rows(min_row=2) for cell in row]
    assert [] == [cell.value for cell in cells if cell.data_type == "f"]
    texts = {cell.value for cell in cells}
    assert set(HOSTILE) <= texts            # kept exactly as typed, as text (a control character dropped)
    assert 3 in texts and -3 not in texts   # numbers stay numbers


def test_csv_cells_typed_by_people_cannot_start_a_formula():
    from bot.digest.export import write_csv

    reports, _audits = hostile_rows()
    buffer = io.BytesIO()
    write_csv(buffer, reports, "en")
    row = list(csv.DictReader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))[0]
    assert ("'" + HOSTILE[0], "'" + HOSTILE[1], "'" + HOSTILE[2], "'" + HOSTILE[3]) == \
        (row["Area"], row["District"], row["Reporter"], row["Measure"])
    assert ("3", "2026-11-16", "Hà Nội") == (row["Count"], row["From"], row["City"])


async def test_an_export_too_large_for_telegram_is_explained_not_sent(bot, world, monkeypatch):
    import handlers.digest

    monkeypatch.setattr(handlers.digest, "MAX_DOCUMENT_BYTES", 1000)   # the real limit is 50 MB
    with time_machine.travel(NOW, tick=False):
        calls = await bot.chat(202).send("/export 2026-11-01 2026-11-30")
    assert [] == [c for c in calls if c.method == "sendDocument"]
    assert "9 báo cáo: quá lớn để gửi qua Telegram. Hãy chọn khoảng thời gian ngắn hơn" in calls[-1].text
