"""``python -m bot ingest A B C`` as an admin runs it: a plan is recognised by what it sets
and assigns, not by its header; every good file of a batch is stored and each bad one named
with its reason; the same document ingested again replaces the earlier one instead of
becoming a second plan (issue 11, point 3).

Every plan here is written by the test; the shipped plans only serve as files to copy.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from knowledge.store import DEFAULT_PLANS_DIR, ensure_built, load_knowledge_base
from tests.conftest import start_bot, stop_bot
from tests.test_ingest_formats import TEXT as PROVINCE_PLAN, docx_bytes, png_bytes

DATA = Path(__file__).parent / "data"
SHIPPED = sorted(p.name for p in DEFAULT_PLANS_DIR.glob("*.txt"))
CANTHO = DEFAULT_PLANS_DIR / "cantho-qd608-2021-2030.txt"

TOPICS = ["trẻ em dưới 5 tuổi được đăng ký khai sinh", "trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
          "trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", "trẻ em hoàn thành chương trình tiểu học",
          "trẻ em có hoàn cảnh đặc biệt được trợ giúp", "xã, phường đạt tiêu chuẩn phù hợp với trẻ em"]


def national_decision() -> str:
    """A decision of the national programme's genre: it starts at "Căn cứ…" with no
    "QUYẾT ĐỊNH" title block, "Điều 1. Phê duyệt Chương trình …", then 24 numbered
    indicators with targets for 2025 and 2030, and the ministries that lead them."""
    blocks = ["Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;",
              "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
              "Xét đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội,",
              "Điều 1. Phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030"
              " (sau đây gọi tắt là Chương trình) với những nội dung sau:",
              "I. MỤC TIÊU", "1. Mục tiêu chung", "Bảo đảm thực hiện các quyền của trẻ em.",
              "2. Các chỉ tiêu cụ thể"]
    for i in range(1, 25):
        topic = TOPICS[(i - 1) % len(TOPICS)]
        blocks.append(f"Chỉ tiêu {i}. Tỷ lệ {topic} (nhóm {i}) đạt {60 + i}% vào năm 2025"
                      f" và {70 + i}% vào năm 2030.")
    blocks += ["II. TỔ CHỨC THỰC HIỆN", "1. Bộ Y tế", "Chủ trì thực hiện các chỉ tiêu từ 1 đến 12.",
               "2. Bộ Lao động - Thương binh và Xã hội",
               "Chủ trì thực hiện các chỉ tiêu từ 13 đến 24; tổng hợp, báo cáo Thủ tướng Chính phủ.",
               "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
               "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành"
               " Quyết định này."]
    return "\n\n".join(blocks) + "\n"


def invoke(args, lang="en"):
    return CliRunner().invoke(cli, args, env={"LANG": lang, "BOT_LANG": lang})


def ingest(db_path, *files, lang="en", as_json=True):
    result = invoke(["ingest", *map(str, files), "--db", str(db_path)] + (["--json"] if as_json else []),
                    lang=lang)
    return result, (json.loads(result.output[result.output.index("{"):]) if as_json and "{" in result.output
                    else None)


def stored(db_path) -> dict[str, dict]:
    result = invoke(["kb", "show", "--json", "--db", str(db_path)])
    assert 0 == result.exit_code, result.output
    return {p["slug"]: p for p in json.loads(result.output)["plans"]}


# --- genre: judged by content ------------------------------------------------------------

def test_a_decision_without_title_block_is_a_plan(tmp_path):
    path = tmp_path / "national.txt"
    path.write_text(national_decision(), encoding="utf-8")
    result, report = ingest(tmp_path / "kb.db", path)
    assert 0 == result.exit_code, result.output
    assert [] == report["failed"]
    [plan] = [p for p in stored(tmp_path / "kb.db").values() if p["source_file"] == "national.txt"]
    assert "Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030" == plan["title"]
    assert "2021-2030" == plan["period"]
    assert list(range(1, 25)) == [i["number"] for i in plan["indicators"]]
    first, last = plan["indicators"][0], plan["indicators"][-1]
    assert [(2025, 61.0), (2030, 71.0)] == [(t["year"], t["value"]) for t in first["targets"]]
    assert [(2025, 84.0), (2030, 94.0)] == [(t["year"], t["value"]) for t in last["targets"]]
    assert ["Bộ Y tế"] == first["lead_agencies"]
    assert ["Bộ Lao động - Thương binh và Xã hội"] == last["lead_agencies"]


@pytest.mark.parametrize("name, text", [
    ("recipe.txt", (DATA / "ingest_recipe.txt").read_text(encoding="utf-8")),
    ("contract.txt", (DATA / "ingest_contract.txt").read_text(encoding="utf-8")),
    # Numbered articles and figures, but nothing assigned: a report, not a plan.
    ("figures.txt", "Căn cứ Luật Trẻ em;\n\nĐiều 1. Phê duyệt số liệu thống kê năm 2023 như sau:\n\n"
                    "1. Tỷ lệ trẻ em được khai sinh đạt 98% năm 2023.\n\n"
                    "2. Tỷ lệ trẻ em được tiêm chủng đạt 95% năm 2023.\n"),
])
def test_a_document_that_sets_and_assigns_nothing_is_not_a_plan(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result, report = ingest(tmp_path / "kb.db", path)
    assert 1 == result.exit_code
    assert [{"file": name, "code": "not_a_plan",
             "message": f"{name}: not a plan: it sets no numbered indicators or targets and assigns no tasks."}] \
        == report["failed"]
    assert sorted(SHIPPED) == sorted(p["source_file"] for p in stored(tmp_path / "kb.db").values())


# --- batches ---------------------------------------------------------------------------------

def test_a_batch_stores_every_good_file_and_names_each_bad_one(tmp_path):
    good_text = tmp_path / "laichau.txt"
    good_text.write_text(PROVINCE_PLAN, encoding="utf-8")
    good_docx = tmp_path / "national.docx"
    good_docx.write_bytes(docx_bytes(national_decision().strip().split("\n\n")))
    recipe = tmp_path / "recipe.txt"
    recipe.write_text((DATA / "ingest_recipe.txt").read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / "scan.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    missing = tmp_path / "nowhere.txt"
    db_path = tmp_path / "kb.db"
    result = invoke(["ingest", str(good_text), str(recipe), str(good_docx), str(broken), str(missing),
                     "--db", str(db_path)])
    assert 1 == result.exit_code
    lines = result.output.splitlines()
    assert "Refused: recipe.txt: not a plan: it sets no numbered indicators or targets and assigns no tasks." in lines
    assert "Refused: scan.pdf: the PDF file is damaged and cannot be opened." in lines
    assert "Refused: nowhere.txt: no such file." in lines
    assert "3 file(s) refused; the other files are stored." in lines
    sources = sorted(p["source_file"] for p in stored(db_path).values())
    assert sorted(SHIPPED + ["laichau.txt", "national.docx"]) == sources


def test_refusals_in_vietnamese(tmp_path):
    recipe = tmp_path / "recipe.txt"
    recipe.write_text((DATA / "ingest_recipe.txt").read_text(encoding="utf-8"), encoding="utf-8")
    locked = tmp_path / "old.doc"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    result, _ = ingest(tmp_path / "kb.db", recipe, locked, lang="vi", as_json=False)
    assert 1 == result.exit_code
    assert "Không nhận: recipe.txt: không phải kế hoạch: văn bản không đặt chỉ tiêu đánh số hay mức" \
           " chỉ tiêu nào và không giao nhiệm vụ." in result.output
    assert "Không nhận: old.doc: tệp Word cũ (.doc): hãy lưu lại dạng .docx rồi gửi lại." in result.output
    assert "2 tệp không được nhận; các tệp khác đã được lưu." in result.output


def test_a_file_that_turns_bad_keeps_its_stored_plan(tmp_path):
    path = tmp_path / "laichau.txt"
    path.write_text(PROVINCE_PLAN, encoding="utf-8")
    db_path = tmp_path / "kb.db"
    assert 0 == ingest(db_path, path)[0].exit_code
    before = stored(db_path)["lc-kh77-2022"]
    path.write_bytes(b"\x00\x01garbage" * 100)
    result, report = ingest(db_path)
    assert 1 == result.exit_code
    assert ["laichau.txt"] == [f["file"] for f in report["failed"]]
    assert before == stored(db_path)["lc-kh77-2022"]


# --- the same document twice -----------------------------------------------------------------

def _crlf_bom_copy(source: Path, target: Path) -> Path:
    target.write_bytes(codecs.BOM_UTF8 + source.read_text(encoding="utf-8").replace("\n", "\r\n").encode())
    return target


def test_a_crlf_bom_copy_is_the_same_plan_not_a_second_one(tmp_path):
    copy = _crlf_bom_copy(CANTHO, tmp_path / "cantho-copy.txt")
    db_path = tmp_path / "kb.db"
    result, report = ingest(db_path, copy)
    assert 0 == result.exit_code, result.output
    assert [{"file": CANTHO.name, "kept": "cantho-copy.txt"}] == report["duplicates"]
    plans = stored(db_path)
    assert 5 == len(plans)
    assert ["cantho-copy.txt"] == [p["source_file"] for p in plans.values() if p["number"] == "608/QĐ-UBND"]
    # The next start finds the knowledge base up to date instead of rebuilding it every time.
    assert ensure_built(db_path, DEFAULT_PLANS_DIR, [copy]) is False


def test_the_same_text_in_another_format_is_the_same_plan(tmp_path):
    text = tmp_path / "laichau.txt"
    text.write_text(PROVINCE_PLAN, encoding="utf-8")
    db_path = tmp_path / "kb.db"
    assert 0 == ingest(db_path, text)[0].exit_code
    word = tmp_path / "laichau.docx"
    word.write_bytes(docx_bytes(PROVINCE_PLAN.strip().split("\n\n")))
    result, report = ingest(db_path, word)
    assert 0 == result.exit_code, result.output
    assert [{"file": "laichau.txt", "kept": "laichau.docx"}] == report["duplicates"]
    lai_chau = [p for p in stored(db_path).values() if p["locality"] == "Lai Châu"]
    assert ["laichau.docx"] == [p["source_file"] for p in lai_chau]


def test_a_new_version_with_the_same_number_and_date_replaces_the_old(tmp_path):
    old = tmp_path / "laichau-v1.txt"
    old.write_text(PROVINCE_PLAN, encoding="utf-8")
    db_path = tmp_path / "kb.db"
    assert 0 == ingest(db_path, old)[0].exit_code
    new = tmp_path / "laichau-v2.txt"
    new.write_text(PROVINCE_PLAN.replace("đạt 98% vào năm 2025", "đạt 99% vào năm 2025"), encoding="utf-8")
    result, report = ingest(db_path, new)
    assert 0 == result.exit_code, result.output
    [plan] = [p for p in stored(db_path).values() if p["locality"] == "Lai Châu"]
    assert ("laichau-v2.txt", 99.0) == (plan["source_file"], plan["indicators"][0]["targets"][0]["value"])
    # And the new version stays the one stored: rebuilding does not bring the old one back.
    result, report = ingest(db_path)
    [plan] = [p for p in stored(db_path).values() if p["locality"] == "Lai Châu"]
    assert ("laichau-v2.txt", 99.0) == (plan["source_file"], plan["indicators"][0]["targets"][0]["value"])


def test_one_batch_with_a_copy_stores_one_plan(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(PROVINCE_PLAN, encoding="utf-8")
    second = _crlf_bom_copy(first, tmp_path / "b.txt")
    result, report = ingest(tmp_path / "kb.db", first, second)
    assert 0 == result.exit_code, result.output
    assert ["lc-kh77-2022"] == [p["slug"] for p in stored(tmp_path / "kb.db").values()
                                if p["locality"] == "Lai Châu"]


async def test_the_bot_answers_once_about_a_plan_ingested_twice(tmp_path, settings):
    db_path = tmp_path / "kb.db"
    copy = _crlf_bom_copy(CANTHO, tmp_path / "cantho-copy.txt")
    assert 0 == ingest(db_path, copy)[0].exit_code
    harness = await start_bot(settings, load_knowledge_base(db_path))
    try:
        replies = await harness.chat().send("chỉ tiêu 1 cần thơ năm 2025")
    finally:
        await stop_bot(harness)
    text = replies[-1].text
    assert "<b>Cần Thơ · Quyết định 608/QĐ-UBND — Chỉ tiêu 1</b>" in text
    assert (1, 1) == (text.count("— Chỉ tiêu 1</b>"), text.count("Nguồn:"))


def test_a_scan_is_ocr_read_once_and_kept_for_the_next_ingest(tmp_path, monkeypatch):
    from knowledge.parse.formats import ocr
    scan = tmp_path / "laichau-scan.png"
    scan.write_bytes(png_bytes())
    db_path = tmp_path / "kb.db"
    result, report = ingest(db_path, scan)
    assert 0 == result.exit_code, result.output
    [plan] = [p for p in stored(db_path).values() if p["source_file"] == "laichau-scan.png"]
    # Without the OCR engine, ingesting another file still re-reads the stored scan: from the
    # text kept at the first ingest, not by OCR again.
    monkeypatch.setenv("PATH", str(tmp_path))
    ocr._engine_ready.cache_clear()
    other = tmp_path / "national.txt"
    other.write_text(national_decision(), encoding="utf-8")
    result, report = ingest(db_path, other)
    assert 0 == result.exit_code, result.output
    assert plan == stored(db_path)["lc-kh77-2022"]
    monkeypatch.undo()
    ocr._engine_ready.cache_clear()
