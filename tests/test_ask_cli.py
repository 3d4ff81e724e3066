"""``python -m bot ask``: plain reply, --json, --jsonl, --plan, --lang."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import cli


@pytest.fixture
def runner(kb_db_path, monkeypatch):
    monkeypatch.setenv("DATABASE_PATH", str(kb_db_path))
    return CliRunner()


def test_ask_prints_the_reply(runner):
    result = runner.invoke(cli, ["ask", "chỉ tiêu 14 Hà Nội do sở nào chủ trì?"])
    assert result.exit_code == 0, result.output
    assert "Sở Tư pháp" in result.output
    assert "<b>" not in result.output


def test_ask_json(runner):
    result = runner.invoke(cli, ["ask", "--json", "chỉ tiêu 14 Hà Nội năm 2025"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["question"] == "chỉ tiêu 14 Hà Nội năm 2025"
    assert data["answered"] is True
    assert "98,5%" in data["text"]
    assert data["sources"] and data["sources"][0]["section"]


def test_ask_jsonl_keeps_order(runner):
    questions = ["chỉ tiêu 14 Hà Nội năm 2025", "thời tiết hôm nay", "số tổng đài bảo vệ trẻ em"]
    result = runner.invoke(cli, ["ask", "--jsonl"], input="\n".join(questions) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert [r["answered"] for r in rows] == [True, False, True]


def test_ask_lang_en(runner):
    result = runner.invoke(cli, ["ask", "--lang", "en", "indicator 14 Hanoi 2025"])
    assert result.exit_code == 0, result.output
    assert "98.5%" in result.output


def test_ask_plan_default(runner, kb):
    slug = next(p.slug for p in kb.plans if p.locality == "Cần Thơ")
    result = runner.invoke(cli, ["ask", "--json", "--plan", slug, "chỉ tiêu 14 năm 2025"])
    data = json.loads(result.output)
    assert data["plans"] == [slug]


def test_ask_unknown_plan_is_an_error(runner):
    result = runner.invoke(cli, ["ask", "--plan", "nowhere", "chỉ tiêu 14"])
    assert result.exit_code != 0


def test_ask_needs_a_question(runner):
    assert runner.invoke(cli, ["ask"]).exit_code != 0


def test_ask_jsonl_answers_blank_lines_in_place(runner):
    """A blank line gets its own "empty question" object, so output line N answers input
    line N; CRLF line ends and invisible characters do not change the answer."""
    lines = ["chỉ tiêu 14 Hà Nội năm 2025", "", "   ", "chỉ\u200b tiêu 14 Hà\u00a0Nội năm 2025\r", "thời tiết hôm nay"]
    result = runner.invoke(cli, ["ask", "--jsonl"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["question"] for r in rows] == [line.rstrip("\r") for line in lines]
    assert [r["answered"] for r in rows] == [True, False, False, True, False]
    assert [r["intent"] for r in rows][1:3] == ["empty", "empty"]
    assert rows[1]["text"] and rows[1]["suggestions"]
    assert rows[3]["text"] == rows[0]["text"]
