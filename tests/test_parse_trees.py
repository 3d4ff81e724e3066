"""Blind rounds 98 and 99's layouts: a plan drawn as trees with box characters.

- Round 99: a branch a target "├── [1.1] Tỷ lệ … (đơn vị tính: %)" under "MỤC TIÊU 1.", its
  leaves a year each "│     ├─ Năm 2028 (mốc sơ kết): 80%" and its roles "└─ Giao: Sở Nội vụ
  (chủ trì) ‖ … (phối hợp)", a PDF's width wrapping a leaf onto an indented line.
- Round 98: three rows a target in a table split by group, the code's and name's cells left
  empty under its first row ("|  |  |  | Năm 2028 (mốc sơ kết) | 85% |"), codes with the plan's
  year "PT26/01", groups as ranges of codes "- Nhóm A. …: PT26/01 đến PT26/02", roles a branch
  per agency "1. Sở Nội vụ" over "├─ Chủ trì: PT26/01" and "└─ Phối hợp: PT26/02".

Pure: a plan text (invented figures) → targets and roles; the rewriting alone; replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import tree_lines
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEAD = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 42/KH-UBND Hòa Sơn, ngày 27 tháng 01 năm 2026", "", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
        "II. MỤC TIÊU", "", "2. Mục tiêu cụ thể (02 mục tiêu, 04 chỉ tiêu nhánh)", ""]
FOOT = ["", "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo trước ngày 10/12 hằng năm.", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]

BRANCHES = HEAD + [
    "MỤC TIÊU 1. BẢO VỆ TRẺ EM",
    "│",
    "├── [1.1] Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em (đơn vị tính: %)",
    "│     ├─ Năm 2025 (kết quả thực hiện): 72,4%",
    "│     ├─ Năm 2028 (mốc sơ kết): 80%",
    "│     ├─ Năm 2030 (mục tiêu): 88%",
    "│     └─ Giao: Sở Nội vụ (chủ trì) ‖ Ủy ban nhân dân các xã, phường; Ủy ban Mặt trận",
    "      Tổ quốc Việt Nam tỉnh (phối hợp)",
    "│",
    "└── [1.2] Tỷ suất trẻ em tử vong do đuối nước (đơn vị tính: trẻ em/100.000 trẻ em)",
    "      ├─ Năm 2025 (kết quả thực hiện): 9,6",
    "      ├─ Năm 2028 (mốc sơ kết): dưới 8",
    "      ├─ Năm 2030 (mục tiêu): dưới 6,5",
    "      └─ Giao: Sở Văn hóa, Thể thao và Du lịch (chủ trì) ‖ Sở Giáo dục và Đào tạo (phối hợp)",
    "",
    "MỤC TIÊU 2. SỨC KHỎE",
    "│",
    "├── [2.1] Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống))",
    "│     ├─ Năm 2025 (kết quả thực hiện): 8,9‰",
    "│     ├─ Năm 2028 (mốc sơ kết): dưới 8,2‰",
    "│     ├─ Năm 2030 (mục tiêu): dưới 7,5‰",
    "│     └─ Giao: Sở Y tế (chủ trì) ‖ Bảo hiểm xã hội tỉnh (phối hợp)",
    "│",
    "└── [2.2] Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %)",
    "      ├─ Năm 2025 (kết quả thực hiện): 97,3%",
    "      ├─ Năm 2028 (mốc sơ kết): 99%",
    "      ├─ Năm 2030 (mục tiêu): 100%",
    "      └─ Giao: Sở Tư pháp (chủ trì) ‖ Công an tỉnh; Sở Y tế (phối hợp)",
] + FOOT

ROWS = HEAD + [
    "- Nhóm A. Sức khỏe: PT26/01 đến PT26/02 (02 chỉ tiêu);",
    "- Nhóm B. Bảo vệ trẻ em: PT26/03 đến PT26/04 (02 chỉ tiêu).", "",
    "BẢNG CHỈ TIÊU - NHÓM A. SỨC KHỎE",
    "| Mã | Tên chỉ tiêu | Đơn vị tính | Mốc | Mức |",
    "| PT26/01 | Tỷ suất tử vong trẻ em dưới 5 tuổi (trên 1.000 trẻ đẻ sống) | ‰ | Năm 2025 (kết quả thực hiện) | 15,6‰ |",
    "|  |  |  | Năm 2028 (mốc sơ kết) | dưới 14,4‰ |",
    "|  |  |  | Năm 2030 (mục tiêu) | dưới 13,2‰ |",
    "| PT26/02 | Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh | % | Năm 2025 (kết quả thực hiện) | 97,3% |",
    "|  |  |  | Năm 2028 (mốc sơ kết) | 99% |",
    "|  |  |  | Năm 2030 (mục tiêu) | 100% |", "",
    "BẢNG CHỈ TIÊU (tiếp theo) - NHÓM B. BẢO VỆ TRẺ EM",
    "| Mã | Tên chỉ tiêu | Đơn vị tính | Mốc | Mức |",
    "| PT26/03 | Số cặp tảo hôn phát sinh trong năm | cặp/năm | Năm 2025 (kết quả thực hiện) | 214 cặp |",
    "|  |  |  | Năm 2028 (mốc sơ kết) | dưới 160 cặp |",
    "|  |  |  | Năm 2030 (mục tiêu) | dưới 110 cặp |",
    "| PT26/04 | Số xã, phường có cộng tác viên bảo vệ trẻ em | xã, phường | Năm 2025 (kết quả thực hiện) | 112/148 |",
    "|  |  |  | Năm 2028 (mốc sơ kết) | 135/148 |",
    "|  |  |  | Năm 2030 (mục tiêu) | 148/148 |", "",
    "PHỤ LỤC", "CÂY GIAO VIỆC THỰC HIỆN CÁC CHỈ TIÊU", "",
    "1. Sở Y tế",
    "   ├─ Chủ trì: PT26/01",
    "   └─ Phối hợp: PT26/02",
    "2. Sở Tư pháp",
    "   ├─ Chủ trì: PT26/02, PT26/03",
    "   └─ Phối hợp: PT26/04",
    "3. Sở Nội vụ",
    "   ├─ Chủ trì: PT26/04",
    "   └─ Phối hợp: PT26/01, PT26/03",
] + FOOT


def _write(folder, lines, blank=False):
    return write_plan(folder, "hoason-kh42-2026.txt", lines, blank)


def _targets(plan):
    return [(i.label or i.number, i.goal, sorted((t.year, t.comparator, t.value) for t in i.targets))
            for i in plan.indicators]


@pytest.mark.parametrize("blank", [False, True], ids=["lines", "paragraphs"])
def test_a_target_a_branch_its_years_and_roles_leaves(tmp_path, blank):
    plan = ingest_file(_write(tmp_path, BRANCHES, blank))
    assert _targets(plan) == [
        ("1.1", 1, [(2025, "exactly", 72.4), (2028, "at_least", 80), (2030, "at_least", 88)]),
        # (bare figures in the unit the branch declares)
        ("1.2", 1, [(2025, "exactly", 9.6), (2028, "under", 8), (2030, "under", 6.5)]),
        ("2.1", 2, [(2025, "exactly", 8.9), (2028, "under", 8.2), (2030, "under", 7.5)]),
        ("2.2", 2, [(2025, "exactly", 97.3), (2028, "at_least", 99), (2030, "at_least", 100)])]
    assert plan.indicators[1].targets[0].unit == "per_100000_children"
    # (the wrapped tail of 1.1's roles is its partner's name)
    assert _roles(plan) == [
        (["Sở Nội vụ"], ["Ủy ban nhân dân các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Giáo dục và Đào tạo"]),
        (["Sở Y tế"], ["Bảo hiểm xã hội"]),
        (["Sở Tư pháp"], ["Công an tỉnh", "Sở Y tế"])]


def test_three_rows_a_target_and_roles_a_branch_per_agency(tmp_path):
    # (a table's rows one after another, as a DOCX's table gives them)
    plan = ingest_file(_write(tmp_path, ROWS))
    assert _targets(plan) == [
        (1, 1, [(2025, "exactly", 15.6), (2028, "under", 14.4), (2030, "under", 13.2)]),
        (2, 1, [(2025, "exactly", 97.3), (2028, "at_least", 99), (2030, "at_least", 100)]),
        # ("214 cặp" in a row counted in "cặp/năm"; "112/148" of a whole)
        (3, 2, [(2025, "exactly", 214), (2028, "under", 160), (2030, "under", 110)]),
        (4, 2, [(2025, "exactly", 112), (2028, "at_least", 135), (2030, "at_least", 148)])]
    assert [i.section.rsplit("› ", 1)[-1] for i in plan.indicators] == [
        "Chỉ tiêu PT26/01", "Chỉ tiêu PT26/02", "Chỉ tiêu PT26/03", "Chỉ tiêu PT26/04"]
    assert _roles(plan) == [
        (["Sở Y tế"], ["Sở Nội vụ"]),
        (["Sở Tư pháp"], ["Sở Y tế"]),
        (["Sở Tư pháp"], ["Sở Nội vụ"]),
        (["Sở Nội vụ"], ["Sở Tư pháp"])]


@pytest.mark.parametrize("lines, written", [
    (["├── [1.1] Tỷ lệ … (đơn vị tính: %)", "│     ├─ Năm 2025: 72,4%", "│     └─ Năm 2030: 88%", "│"],
     ["[1.1] Tỷ lệ … (đơn vị tính: %): Năm 2025: 72,4% ⟶ Năm 2030: 88%"]),
    (["1. Sở Y tế", "   ├─ Chủ trì: A1, A2", "   └─ Phối hợp: B1"], ["1. Sở Y tế — Chủ trì: A1, A2. Phối hợp: B1."]),
    (["[1.1] Tỷ lệ …", "   └─ Giao: Sở Y tế (chủ trì) ‖ Sở Tư pháp (phối hợp)"],
     ["[1.1] Tỷ lệ …", "Chủ trì: Sở Y tế. Phối hợp: Sở Tư pháp."]),
    # a table's rows are no tree
    (["| a | b |", "| c | d |"], ["| a | b |", "| c | d |"]),
])
def test_tree_lines(lines, written):
    assert tree_lines(lines) == written


@pytest.mark.parametrize("lines, question, shown", [
    (BRANCHES, "Chỉ tiêu nhánh [1.2] của Hòa Sơn năm 2030?", "dưới 6,5/100.000 trẻ em (2030)"),
    (BRANCHES, "chi tieu 2.2 hoa son ai chu tri", "Chủ trì: Sở Tư pháp"),
    (ROWS, "PT26/03 Hòa Sơn mốc 2028", "dưới 160 cặp (2028)"),
    (ROWS, "Ai chủ trì chỉ tiêu PT26/04 của Hòa Sơn?", "Chủ trì: Sở Nội vụ"),
    # an agency's targets named by their codes, as the plan writes them ("sở nv": typed short)
    (ROWS, "Sở Tư pháp Hòa Sơn chủ trì những chỉ tiêu nào?", "Chủ trì 02 chỉ tiêu: PT26/02, PT26/03"),
    (ROWS, "so nv hoa son chu tri nhung ct nao", "Chủ trì chỉ tiêu PT26/04"),
])
def test_replies(tmp_path, lines, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path, lines)))
    assert first.startswith(shown), first


# A fresh review's plans: trees drawn in ordinary prose, every line indented (a PDF's layout
# kept), a leaf a PDF wrapped behind its stem, a period's leaf, a partner-only agency.
CHART = ["    " + line if line else "" for line in [
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 90/KH-UBND Hòa Sơn, ngày 10 tháng 3 năm 2026", "", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
    "I. MỤC ĐÍCH, YÊU CẦU", "Sơ đồ phối hợp:", "UBND tỉnh", "├─ Sở Y tế", "├─ Sở Giáo dục và Đào tạo",
    "└─ Công an tỉnh", "", "Lộ trình triển khai mô hình trường học an toàn:", "├─ Năm 2026: thí điểm tại 5 xã",
    "└─ Năm 2030: 100% số xã", "", "II. MỤC TIÊU",
    "    Chỉ tiêu 1: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2028 và 98% vào năm 2030.",
    "    Chỉ tiêu 2: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm 2028, phấn đấu 100% vào năm 2030.",
    "    Chỉ tiêu 3: Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 14‰ vào năm 2030.", "",
    "III. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế chủ trì chỉ tiêu 1, 3.", "2. Sở Tư pháp chủ trì chỉ tiêu 2.",
    "Sở Y tế tổng hợp, báo cáo trước ngày 15/12 hằng năm.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]]


def test_a_chart_in_an_indented_plan_takes_no_line_after_it(tmp_path):
    plan = ingest_file(write_plan(tmp_path, "hoason-kh90-2026.txt", CHART))
    numbered = [(i.number, sorted((t.year, t.value) for t in i.targets)) for i in plan.indicators if i.number]
    assert numbered == [(1, [(2028, 96), (2030, 98)]), (2, [(2028, 99), (2030, 100)]), (3, [(2030, 14)])]


@pytest.mark.parametrize("lines, written", [
    # a wrapped tail behind the stem, the partners' mark still to come
    (["├── [1.1] Tỷ lệ …", "│     └─ Giao: Sở Y tế (chủ trì) ‖ Công an tỉnh, Ủy ban nhân dân các xã,",
      "│        phường (phối hợp)"],
     ["[1.1] Tỷ lệ …", "Chủ trì: Sở Y tế. Phối hợp: Công an tỉnh, Ủy ban nhân dân các xã, phường."]),
    # a period's leaf is no year's figure
    (["├── [1.2] Tỷ lệ … (ĐVT: %)", "│     ├─ Năm 2025 (ước thực hiện): 9,8%",
      "│     └─ Giai đoạn 2026 - 2030: giảm bình quân 0,3 điểm %/năm"],
     ["[1.2] Tỷ lệ … (ĐVT: %): Năm 2025 (ước thực hiện): 9,8%", "Giai đoạn 2026 - 2030: giảm bình quân 0,3 điểm %/năm"]),
    (["├── [1.2] Tỷ lệ … (ĐVT: %)", "│     └─ 2026 - 2030: giảm bình quân 0,3 điểm %/năm"],
     ["[1.2] Tỷ lệ … (ĐVT: %)", "2026 - 2030: giảm bình quân 0,3 điểm %/năm"]),
    # an indented line under a whole node is no tail of it
    (["└─ Công an tỉnh", "    Chỉ tiêu 1: Tỷ lệ … đạt 96% vào năm 2028."],
     ["Công an tỉnh", "    Chỉ tiêu 1: Tỷ lệ … đạt 96% vào năm 2028."]),
])
def test_tree_lines_tails_and_periods(lines, written):
    assert tree_lines(lines) == written


def test_an_agency_that_only_partners(tmp_path):
    lines = ROWS[:ROWS.index("3. Sở Nội vụ")] + ["3. Sở Nội vụ", "   └─ Phối hợp: PT26/01, PT26/03"] + FOOT
    plan = ingest_file(_write(tmp_path, lines))
    assert _roles(plan)[0] == (["Sở Y tế"], ["Sở Nội vụ"])


@pytest.mark.parametrize("lines", [ROWS, BRANCHES], ids=["table header", "milestones line"])
def test_a_checkpoint_named_mid_term_review_is_its_year_not_a_neighbour_s(tmp_path, lines):
    kb = _kb_of(tmp_path, _write(tmp_path, lines))
    assert _first_line("Khi nào sơ kết kế hoạch Hòa Sơn?", kb).startswith("Sơ kết: 2028")
    # the final review asked of a plan that dates none: never the mid-term's year
    assert not _first_line("final report deadline Hoa Son", kb).startswith("Sơ kết")


def test_a_count_cell_with_a_shorter_noun_than_its_unit(tmp_path):
    # "14.820 trẻ" in a row counted in "trẻ em": read, not a crash of the whole ingest
    lines = [line.replace("| Số xã, phường có cộng tác viên bảo vệ trẻ em | xã, phường |",
                          "| Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | trẻ em |")
             .replace("| 112/148 |", "| 14.820 trẻ |") for line in ROWS]
    plan = ingest_file(_write(tmp_path, lines))
    assert (2025, "exactly", 14820) in [(t.year, t.comparator, t.value) for t in plan.indicators[3].targets]
