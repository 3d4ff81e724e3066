"""``python -m bot ingest`` and ``python -m bot kb show`` through click's CliRunner."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("cli") / "kb.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db_path)], env={"LANG": "en_US.UTF-8"})
    assert 0 == result.exit_code, result.output
    return db_path, result.output


def invoke(args, lang="en"):
    return CliRunner().invoke(cli, args, env={"LANG": lang, "BOT_LANG": lang})


def test_ingest_prints_a_summary_per_plan(built):
    _, output = built
    lines = output.strip().splitlines()
    assert "hn-kh138-2021: 24 indicators, 69 targets" in output
    assert "ct-qd608-2021: 24 indicators, 65 targets" in output
    assert "5 added, 0 replaced, 0 unchanged, 0 removed." == lines[-1]


def test_ingest_json(built):
    db_path, _ = built
    result = invoke(["ingest", "--db", str(db_path), "--json"])
    assert 0 == result.exit_code
    data = json.loads(result.output)
    summary = {p["slug"]: p for p in data["plans"]}
    assert (24, 69, 34, 2) == tuple(summary["hn-kh138-2021"][k] for k in
                                    ("indicators", "targets", "assignments", "deadlines"))
    assert 5 == len(data["unchanged"])


def test_ingest_summary_in_vietnamese(built):
    db_path, _ = built
    result = invoke(["ingest", "--db", str(db_path)], lang="vi")
    assert "hn-kh138-2021: 24 chỉ tiêu, 69 mức chỉ tiêu" in result.output


def test_kb_show_json(built):
    db_path, _ = built
    result = invoke(["kb", "show", "--plan", "hn-kh138-2021", "--json", "--db", str(db_path)])
    assert 0 == result.exit_code
    [plan] = json.loads(result.output)["plans"]
    assert ("hn-kh138-2021", "Hà Nội", "2021-2030", "hanoi-kh138-2021-2030.txt") == (
        plan["slug"], plan["locality"], plan["period"], plan["source_file"])
    indicator = next(i for i in plan["indicators"] if i["number"] == 9)
    assert ["Sở Lao động - Thương binh và Xã hội", "Công an Thành phố"] == indicator["lead_agencies"]
    assert {"metric", "year", "value", "unit", "comparator"} <= set(indicator["targets"][0])
    assert 2 == indicator["goal"]
    assert [15, 12] == [plan["deadlines"][0]["day"], plan["deadlines"][0]["month"]]
    assert "Sở Lao động - Thương binh và Xã hội" == plan["deadlines"][0]["submit_to"]
    assert ["111", "02433525662"] == [c["number"] for c in plan["contacts"]]
    tu_phap = next(a for a in plan["agencies"] if a["name"] == "Sở Tư pháp")
    assert 7 == len(tu_phap["tasks"])


def test_kb_show_readable(built):
    db_path, _ = built
    result = invoke(["kb", "show", "--plan", "ct-qd608-2021", "--db", str(db_path)])
    assert 0 == result.exit_code
    assert "== ct-qd608-2021" in result.output
    assert "lead: Sở Tư pháp" in result.output


def test_kb_show_unknown_plan(built):
    db_path, _ = built
    result = invoke(["kb", "show", "--plan", "nowhere", "--db", str(db_path)])
    assert 0 != result.exit_code
    assert "No plan nowhere" in result.output


def _bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02" + bytes(range(256)))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("KẾ HOẠCH bảo vệ trẻ em".encode("utf-16"))
    cp1258 = tmp_path / "old.txt"
    cp1258.write_bytes("Kế hoạch".encode("utf-8")[:-1] + b"\xff\xfe plan")
    return {
        "empty": (empty, "empty.txt: the file is empty."),
        "binary": (binary, "scan.txt: the PDF file is damaged and cannot be opened."),
        # UTF-16 and legacy code pages are read now (issue 11): refused for their content.
        "utf16": (latin, "latin1.txt: not a plan: it sets no numbered indicators or targets and assigns no tasks."),
        "encoding": (cp1258, "old.txt: not a plan: it sets no numbered indicators or targets and assigns no tasks."),
        "recipe": (DATA / "ingest_recipe.txt",
                   "ingest_recipe.txt: not a plan: it sets no numbered indicators or targets and assigns no tasks."),
        "contract": (DATA / "ingest_contract.txt",
                     "ingest_contract.txt: not a plan: it sets no numbered indicators or targets and assigns no tasks."),
    }


@pytest.mark.parametrize("case", ["empty", "binary", "utf16", "encoding", "recipe", "contract"])
def test_bad_input_is_refused_and_kb_intact(tmp_path, case):
    db_path = tmp_path / "kb.db"
    assert 0 == invoke(["ingest", "--db", str(db_path)]).exit_code
    before = invoke(["kb", "show", "--json", "--db", str(db_path)]).output
    path, message = _bad_files(tmp_path)[case]
    result = invoke(["ingest", str(path), "--db", str(db_path)])
    assert 1 == result.exit_code
    assert f"Refused: {message}" in result.output.splitlines()
    assert before == invoke(["kb", "show", "--json", "--db", str(db_path)]).output


def test_plan_shaped_but_empty_document_is_refused(tmp_path):
    path = tmp_path / "shell.txt"
    path.write_text("KẾ HOẠCH\n\nVề việc tổ chức hội nghị\n\nI. MỤC ĐÍCH\n\nTổ chức tốt hội nghị.\n",
                    encoding="utf-8")
    result = invoke(["ingest", str(path), "--db", str(tmp_path / "kb.db")])
    assert 1 == result.exit_code
    assert "shell.txt: not a plan: no goals, indicators or agency tasks found." in result.output


def test_bad_input_message_in_vietnamese(tmp_path):
    result = invoke(["ingest", str(DATA / "ingest_recipe.txt"), "--db", str(tmp_path / "kb.db")], lang="vi")
    assert 1 == result.exit_code
    assert "ingest_recipe.txt: không phải kế hoạch" in result.output


def test_ingest_an_extra_file(tmp_path):
    source = Path(__file__).parent.parent / "knowledge" / "plans" / "cantho-qd608-2021-2030.txt"
    extra = tmp_path / "haiphong.txt"
    extra.write_text(source.read_text(encoding="utf-8").replace("Cần Thơ", "Hải Phòng")
                     .replace("608 /QĐ-UBND", "715 /QĐ-UBND"), encoding="utf-8")
    db_path = tmp_path / "kb.db"
    result = invoke(["ingest", str(extra), "--db", str(db_path), "--json"])
    assert 0 == result.exit_code, result.output
    slugs = [p["slug"] for p in json.loads(result.output)["plans"]]
    assert "hp-qd715-2021" in slugs and 6 == len(slugs)
    # a later plain ingest keeps the extra plan while its file exists
    again = json.loads(invoke(["ingest", "--db", str(db_path), "--json"]).output)
    assert 6 == len(again["unchanged"])


def test_help_ends_with_an_example():
    for args in (["ingest", "--help"], ["kb", "--help"], ["kb", "show", "--help"]):
        result = invoke(args)
        assert "Example: python -m bot" in result.output


def test_kb_show_prints_a_deadline_counted_in_hours(tmp_path):
    # round 4's PDF plan: serious cases reported "trong vòng 24 giờ" (was printed "within None days")
    db_path = tmp_path / "kb.db"
    plan = DATA / "blind_rounds" / "round4" / "new_plan.pdf"
    assert 0 == invoke(["ingest", str(plan), "--db", str(db_path)]).exit_code
    result = invoke(["kb", "show", "--db", str(db_path), "--plan", "ht-kh2741-2021"])
    assert 0 == result.exit_code, result.output
    assert "within 24 hours" in result.output and "None" not in result.output
