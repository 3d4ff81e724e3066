"""Targets labelled by their place in the plan's count, "Chỉ tiêu 3/20", each a header line
carrying its roles in a bracket split by a bar ("[Chủ trì: … | Phối hợp: …]"), its wording
on the next line with its unit in brackets, a line of bare milestones and a line of the
change over the period (blind round 76's layout), grouped by "Chương trình thành phần số N".

Pure: lines or a plan text (invented figures) → targets, roles and labels; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import bare_steps_in_declared_unit, label_only_lines, out_of_total_labels
from tests.test_parse_any_marker import _first_line, _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 412/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể (03 chỉ tiêu)",
    "Chương trình thành phần số 1 — Sức khỏe trẻ em (gồm 2 chỉ tiêu: 1/3, 2/3)",
    "Chỉ tiêu 1/3 [Chủ trì: Sở Y tế | Phối hợp: Bảo hiểm xã hội tỉnh; UBND các xã, phường, đặc khu]",
    "Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: trên 1.000 trẻ đẻ sống).",
    "   Kết quả năm 2025: 5,1. Mốc sơ kết năm 2028: dưới 4,7. Đích năm 2030: dưới 4,2.",
    "   Mức thay đổi cả giai đoạn 2026 - 2030: giảm 0,9 trên 1.000 trẻ đẻ sống.",
    "Chỉ tiêu 2/3 [Chủ trì: Sở Y tế | Phối hợp: Hội Liên hiệp Phụ nữ tỉnh]",
    "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %).",
    "   Kết quả năm 2025: 95,6. Mốc sơ kết năm 2028: 97. Đích năm 2030: 98,5.",
    "   Mức thay đổi cả giai đoạn 2026 - 2030: tăng 2,9 điểm phần trăm.",
    "Chương trình thành phần số 2 — Bảo vệ trẻ em (gồm 1 chỉ tiêu: 3/3)",
    "Chỉ tiêu 3/3 [Chủ trì: Công an tỉnh | Phối hợp: Tỉnh đoàn Hòa Sơn]",
    "Số cặp tảo hôn trong năm (đơn vị tính: cặp).",
    "   Kết quả năm 2025: 27. Mốc sơ kết năm 2028: không quá 15. Đích năm 2030: không quá 6.",
    "Ghi chú: Chỉ tiêu 3/3 tính bằng số tuyệt đối trên toàn tỉnh (102 xã, phường).",
    "II. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế", "- Chủ trì Chỉ tiêu 1/3, 2/3.",
    "2. Sở Nội vụ", "- Tổng hợp, báo cáo UBND tỉnh trước ngày 10/12 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder, text=TEXT):
    path = folder / "hoason-kh412-2026.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("lines, expected", [
    # three or more labels against one total: the total goes, wherever a target is cited
    (["Chỉ tiêu 1/21 [x]", "Chỉ tiêu 2/21", "Chỉ tiêu 3/21", "| Sở Y tế | 1/21, 3/21 | 2 |"],
     ["Chỉ tiêu 1 [x]", "Chỉ tiêu 2", "Chỉ tiêu 3", "| Sở Y tế | 1, 3 | 2 |"]),
    # a total of 12 or less: a bare "10/12" is a day, only labels lose their total
    (["Chỉ tiêu 1/12", "Chỉ tiêu 2/12", "Chỉ tiêu 3/12", "báo cáo trước ngày 10/12 hằng năm"],
     ["Chỉ tiêu 1", "Chỉ tiêu 2", "Chỉ tiêu 3", "báo cáo trước ngày 10/12 hằng năm"]),
    # fewer than three labels: nothing is rewritten
    (["Chỉ tiêu 1/21", "ngày 5/21"], ["Chỉ tiêu 1/21", "ngày 5/21"]),
])
def test_a_label_out_of_the_total_reads_as_its_number(lines, expected):
    assert out_of_total_labels(lines) == expected


def test_a_label_line_takes_its_wording_and_bare_steps_their_unit():
    lines = label_only_lines(["Chỉ tiêu 2 (Chủ trì: Sở Y tế. Phối hợp: Tỉnh đoàn)",
                              "Tỷ lệ trẻ em biết bơi (đơn vị tính: %).",
                              "Kết quả năm 2025: 48,3. Mốc năm 2028: 55. Đích năm 2030: 62."])
    assert lines[0] == "Chỉ tiêu 2. Tỷ lệ trẻ em biết bơi (đơn vị tính: %) (Chủ trì: Sở Y tế. Phối hợp: Tỉnh đoàn)."
    assert bare_steps_in_declared_unit(lines)[1] == \
        "Kết quả năm 2025: 48,3% ⟶ Mốc năm 2028: 55% ⟶ Đích năm 2030: 62%."


def test_targets_their_figures_roles_and_groups(tmp_path):
    plan = ingest_file(_write(tmp_path))
    names = {a.key: a.name for a in plan.agencies}
    assert [(i.number, i.goal, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        (1, 1, [(2025, 5.1), (2028, 4.7), (2030, 4.2)]),
        (2, 1, [(2025, 95.6), (2028, 97), (2030, 98.5)]),
        (3, 2, [(2025, 27), (2028, 15), (2030, 6)])]
    # the change over the period is no target; the note under the targets is none either
    assert [[names[k] for k in i.partner_agencies] for i in plan.indicators] == [
        ["Bảo hiểm xã hội", "Ủy ban nhân dân các xã, phường, đặc khu"], ["Hội Liên hiệp Phụ nữ tỉnh"],
        ["Tỉnh đoàn"]]
    assert [[names[k] for k in i.lead_agencies] for i in plan.indicators] == [["Sở Y tế"], ["Sở Y tế"], ["Công an tỉnh"]]
    assert [g.title.split(" (")[0] for g in plan.goals] == ["Sức khỏe trẻ em", "Bảo vệ trẻ em"]
    # the roles' bracket is no part of what the target measures
    assert "Chủ trì" not in plan.indicators[0].text and plan.indicators[0].targets[0].metric == "Tỷ suất tử vong trẻ sơ sinh"


@pytest.mark.parametrize("question, shown", [
    ("chi tieu 1/3 Hoa Son moc 2028 la bao nhieu", "dưới 4,7/1.000 trẻ đẻ sống (2028)"),
    ("ct 3/3 hoa son ai chu tri", "Chủ trì: Công an tỉnh"),
    ("Sở Y tế Hòa Sơn chủ trì những chỉ tiêu nào?", "Chủ trì 02 chỉ tiêu: 1/3, 2/3"),
])
def test_officers_cite_targets_as_the_plan_numbers_them(tmp_path, question, shown):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(shown), _first_line(question, kb)


def test_one_line_of_milestones_is_one_measure(tmp_path):
    plan = ingest_file(_write(tmp_path))
    counted = plan.indicators[2]
    assert {(t.metric, t.metric_index) for t in counted.targets} == {("Số cặp tảo hôn trong năm", 1)}
    kb = _kb_of(tmp_path, _write(tmp_path))
    # two years asked: both stated first, as one measure
    assert _first_line("Hòa Sơn số cặp tảo hôn năm 2028 và 2030?", kb).startswith("không quá 15 cặp (2028); không quá 6 cặp (2030)")


@pytest.mark.parametrize("question, number", [
    ("chi tieu 2/20 cua Da Nang moc 2028 la bao nhieu", 2), ("ct 17/20 dn ai chu tri", 17),
    ("Indicator 3/21 target for 2030?", 3),
])
def test_the_count_after_a_label_is_no_number_asked(question, number):
    from knowledge.query import parse

    q = parse(question, [])
    assert q.indicators == [number] and not any(t.isdigit() for t in q.terms), (q.indicators, q.terms)


def _one_target(header: str, wording: list[str], steps: str) -> str:
    return TEXT.replace("Chỉ tiêu 1/3 [Chủ trì: Sở Y tế | Phối hợp: Bảo hiểm xã hội tỉnh; UBND các xã, phường, đặc khu]\n"
                        "Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: trên 1.000 trẻ đẻ sống).\n"
                        "   Kết quả năm 2025: 5,1. Mốc sơ kết năm 2028: dưới 4,7. Đích năm 2030: dưới 4,2.\n",
                        "\n".join([header, *wording, steps]) + "\n")


@pytest.mark.parametrize("header", [
    # the roles' bracket as offices write it: a semicolon, the partners first, an agency's
    # short name in brackets, "Cơ quan chủ trì"
    "Chỉ tiêu 1/3 [Chủ trì: Sở Y tế; Phối hợp: Bảo hiểm xã hội tỉnh]",
    "Chỉ tiêu 1/3 [Phối hợp: Bảo hiểm xã hội tỉnh | Chủ trì: Sở Y tế]",
    "Chỉ tiêu 1/3 [Chủ trì: Sở Y tế | Phối hợp: Bảo hiểm xã hội tỉnh (BHXH)]",
    "Chỉ tiêu 1/3 [Cơ quan chủ trì: Sở Y tế | Cơ quan phối hợp: Bảo hiểm xã hội tỉnh]",
])
def test_a_roles_bracket_however_written_keeps_its_target(tmp_path, header):
    text = _one_target(header, ["Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: trên 1.000 trẻ đẻ sống)."],
                       "   Kết quả năm 2025: 5,1. Mốc sơ kết năm 2028: dưới 4,7. Đích năm 2030: dưới 4,2.")
    plan = ingest_file(_write(tmp_path, text))
    names = {a.key: a.name for a in plan.agencies}
    first = plan.indicators[0]
    assert (first.number, [t.value for t in first.targets]) == (1, [5.1, 4.7, 4.2])
    assert ([names[k] for k in first.lead_agencies], [names[k] for k in first.partner_agencies]) == \
        (["Sở Y tế"], ["Bảo hiểm xã hội"])
    assert not any(n.endswith(("]", "|", ")")) for n in names.values()), names


def test_a_wrapped_wording_and_a_step_with_no_figure(tmp_path):
    text = _one_target("Chỉ tiêu 1/3 [Chủ trì: Sở Y tế | Phối hợp: Bảo hiểm xã hội tỉnh]",
                       ["Tỷ lệ trẻ em dưới 6 tuổi được tiếp cận dịch vụ chăm sóc",
                        "phát triển toàn diện trẻ thơ (đơn vị tính: %)."],
                       "   Kết quả năm 2025: chưa có số liệu. Mốc sơ kết năm 2028: 30. Đích năm 2030: 50.")
    plan = ingest_file(_write(tmp_path, text))
    first = plan.indicators[0]
    assert first.text.startswith("Tỷ lệ trẻ em dưới 6 tuổi được tiếp cận dịch vụ chăm sóc phát triển toàn diện trẻ thơ")
    assert [(t.year, t.value, t.unit) for t in first.targets] == [(2028, 30, "%"), (2030, 50, "%")]
    names = {a.key: a.name for a in plan.agencies}
    assert [names[k] for k in first.partner_agencies] == ["Bảo hiểm xã hội"]


def test_a_declared_unit_is_its_own_targets_only(tmp_path):
    # target 1 declares "%" and gives no figures line; target 2's bare figures are no "%"
    text = _one_target("Chỉ tiêu 1/3 [Chủ trì: Sở Y tế | Phối hợp: Bảo hiểm xã hội tỉnh]",
                       ["Tỷ lệ trẻ em được khám sức khỏe định kỳ (đơn vị tính: %)."], "")
    text = text.replace("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %).",
                        "Tỷ suất trẻ em bị tai nạn thương tích, tính trên 100.000 trẻ em.").replace(
        "Kết quả năm 2025: 95,6. Mốc sơ kết năm 2028: 97. Đích năm 2030: 98,5.",
        "Kết quả năm 2025: 620. Mốc sơ kết năm 2028: 560. Đích năm 2030: 500.")
    text = text.replace("   Mức thay đổi cả giai đoạn 2026 - 2030: giảm 0,9 trên 1.000 trẻ đẻ sống.\n", "")
    plan = ingest_file(_write(tmp_path, text))
    assert not any(t.unit == "%" for t in plan.indicators[1].targets)


def test_a_change_however_named_is_no_target(tmp_path):
    text = TEXT.replace("Mức thay đổi cả giai đoạn 2026 - 2030: tăng 2,9 điểm phần trăm.",
                        "Thay đổi so với năm 2025: tăng 2,9 điểm.")
    assert len(ingest_file(_write(tmp_path, text)).indicators) == 3


def test_a_share_is_no_label():
    from knowledge.query import parse

    # "2/3 số xã": two thirds, no count of three targets; the "3" is no label's to take
    assert "3" in parse("chỉ tiêu 2/3 số xã đạt chuẩn", []).terms
