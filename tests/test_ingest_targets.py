"""Every target of the two 24-indicator plans, as read from the documents by a person.

Rows: (indicator, metric, year, comparator, value, unit, qualifier, maintained).
Reading choices: "xuống còn X" / "xuống X" / "là X" are levels to reach (exactly);
"duy trì đến năm 2030" repeats the value for 2030 with maintained=True; a year that the text
does not give is None.
"""

from functools import lru_cache

import pytest

from knowledge.ingest import ingest_files
from knowledge.store import plan_files

P, K, C = "%", "per_1000_live_births", "per_100000_children"
GE, LT, EQ, RED = "at_least", "under", "exactly", "reduce_by_per_year"


@lru_cache(maxsize=1)
def plans():
    return {p.source_file: p for p in ingest_files(plan_files())}


def rows(source):
    plan = plans()[source]
    return [(i.number, t.metric_index, t.year, t.comparator, t.value, t.unit, t.qualifier, t.maintained)
            for i in plan.indicators for t in i.targets]


HANOI = [
    (1, 1, 2025, GE, 85, P, None, False), (1, 1, 2030, GE, 90, P, None, False),
    (2, 1, 2025, GE, 90, P, None, False), (2, 1, 2030, GE, 95, P, None, False),
    (3, 1, 2025, LT, 1.5, K, None, False), (3, 1, 2030, LT, 1, K, None, False),
    (3, 2, 2025, LT, 4, K, None, False), (3, 2, 2030, LT, 3, K, None, False),
    (3, 3, 2025, EQ, 5, K, None, False), (3, 3, 2030, LT, 4, K, None, False),
    (4, 1, 2025, EQ, 7.3, P, None, False), (4, 1, 2030, EQ, 6.8, P, None, False),
    (4, 2, 2025, LT, 12, P, None, False), (4, 2, 2030, LT, 11.5, P, None, False),
    (4, 3, 2025, LT, 10, P, "khu vực nội thành", False), (4, 3, 2025, LT, 5, P, "khu vực ngoại thành", False),
    (4, 3, 2030, LT, 10, P, "khu vực nội thành", True), (4, 3, 2030, LT, 5, P, "khu vực ngoại thành", True),
    (5, 1, 2025, GE, 97, P, None, False), (5, 1, 2030, GE, 98, P, None, False),
    (5, 2, 2030, GE, 98, P, None, False),
    (6, 1, 2030, LT, 2, P, None, False),
    (7, 1, 2025, GE, 100, P, None, False), (7, 1, 2030, GE, 100, P, None, True),
    (8, 1, 2025, LT, 1, P, None, False), (8, 1, 2030, LT, 1, P, None, True),
    (8, 2, 2025, GE, 100, P, None, False), (8, 2, 2030, GE, 100, P, None, True),
    (9, 1, 2025, LT, 1, P, None, False), (9, 1, 2030, LT, 1, P, None, True),
    (10, 1, 2025, LT, 1, P, None, False), (10, 1, 2030, LT, 1, P, None, True),
    (11, 1, 2025, EQ, 100, C, None, False), (11, 1, 2030, EQ, 80, C, None, False),
    (11, 2, 2025, EQ, 10, C, None, False), (11, 2, 2030, EQ, 8, C, None, False),
    (12, 1, None, GE, 100, P, None, False),
    (13, 1, None, RED, 3, P, None, False),
    # "và không có số cặp kết hôn cận huyết thống"; "Đến năm 2025 và duy trì đến năm 2030, …
    # cơ bản không còn tình trạng tảo hôn …": eliminations, figure 0
    (13, 2, None, EQ, 0, "count", None, False),
    (13, 3, 2025, EQ, 0, "count", None, False), (13, 3, 2030, EQ, 0, "count", None, True),
    (14, 1, 2025, GE, 98.5, P, None, False), (14, 1, 2030, GE, 100, P, None, False),
    (15, 1, 2025, GE, 100, P, None, False), (15, 1, 2030, GE, 100, P, None, True),
    (16, 1, 2025, GE, 99.2, P, None, False), (16, 1, 2030, GE, 99.5, P, None, False),
    (16, 2, 2025, GE, 100, P, None, False), (16, 2, 2030, GE, 100, P, None, True),
    (17, 1, 2025, GE, 100, P, None, False), (17, 1, 2030, GE, 100, P, None, True),
    (17, 2, None, EQ, 0, "count", None, False),     # "Phấn đấu không để xảy ra tình trạng … bỏ học"
    (18, 1, 2025, GE, 99.4, P, None, False), (18, 1, 2030, GE, 99.7, P, None, False),
    (18, 2, 2025, LT, 0.14, P, None, False), (18, 2, 2030, LT, 0.05, P, None, False),
    (19, 1, 2025, GE, 100, P, None, False),
    (20, 1, 2025, GE, 55, P, None, False), (20, 1, 2030, GE, 60, P, None, False),
    (20, 2, 2025, GE, 80, P, None, False), (20, 2, 2030, GE, 90, P, None, False),
    (21, 1, 2025, GE, 50, P, None, False), (21, 1, 2030, GE, 65, P, None, False),
    (22, 1, 2025, GE, 30, P, None, False), (22, 1, 2030, GE, 40, P, None, False),
    (23, 1, 2025, GE, 85, P, None, False), (23, 1, 2030, GE, 90, P, None, False),
    (24, 1, 2025, GE, 30, P, None, False), (24, 1, 2030, GE, 40, P, None, False),
]

CANTHO = [
    (1, 1, 2025, GE, 91, P, None, False), (1, 1, 2030, GE, 93, P, None, False),
    (2, 1, 2025, GE, 90, P, None, False), (2, 1, 2030, GE, 95, P, None, False),
    (3, 1, 2025, LT, 9.5, K, None, False), (3, 1, 2030, LT, 9, K, None, False),
    (3, 2, 2025, EQ, 12.5, K, None, False), (3, 2, 2030, EQ, 10, K, None, False),
    (3, 3, 2025, LT, 18.5, K, None, False), (3, 3, 2030, LT, 15, K, None, False),
    (4, 1, 2025, LT, 9, P, None, False), (4, 1, 2030, LT, 6, P, None, False),
    (4, 2, 2025, EQ, 20, P, None, False), (4, 2, 2030, LT, 15, P, None, False),
    (4, 3, 2025, LT, 5, P, "nông thôn", False), (4, 3, 2025, LT, 10, P, "thành thị", False),
    (4, 3, 2030, LT, 5, P, "nông thôn", False), (4, 3, 2030, LT, 10, P, "thành thị", False),
    (5, 1, 2025, GE, 97, P, None, False), (5, 1, 2030, GE, 98, P, None, False),
    (5, 2, 2030, GE, 98, P, None, False),
    (6, 1, 2030, EQ, 2, P, None, False),
    (7, 1, 2025, GE, 100, P, None, False), (7, 1, 2030, GE, 100, P, None, True),
    (8, 1, 2025, LT, 1.5, P, None, False), (8, 1, 2030, LT, 1, P, None, False),
    (8, 2, 2025, GE, 93, P, None, False), (8, 2, 2030, GE, 96, P, None, False),
    (9, 1, 2025, LT, 4.5, P, None, False), (9, 1, 2030, LT, 4, P, None, False),
    (10, 1, 2025, EQ, 4.9, P, None, False), (10, 1, 2030, EQ, 4.5, P, None, False),
    (11, 1, 2025, EQ, 420, C, None, False), (11, 1, 2030, EQ, 400, C, None, False),
    (11, 2, 2025, EQ, 15, C, None, False), (11, 2, 2030, EQ, 10, C, None, False),
    (12, 1, None, GE, 100, P, None, False),
    (13, 1, None, EQ, 0, "count", None, False),     # "Phấn đấu không để xảy ra tình trạng tảo hôn"
    (14, 1, 2025, GE, 99, P, None, False), (14, 1, 2030, GE, 100, P, None, False),
    (15, 1, 2025, GE, 99.3, P, None, False), (15, 1, 2030, GE, 99.5, P, None, False),
    (16, 1, 2025, GE, 99.3, P, None, False), (16, 1, 2030, GE, 99.6, P, None, False),
    (17, 1, 2025, GE, 97, P, None, False), (17, 1, 2030, GE, 99, P, None, False),
    (17, 2, 2025, LT, 0.15, P, None, False), (17, 2, 2030, LT, 0.1, P, None, False),
    (18, 1, 2025, GE, 90, P, None, False), (18, 1, 2030, GE, 93, P, None, False),
    (18, 2, 2025, LT, 0.14, P, None, False), (18, 2, 2030, LT, 0.05, P, None, False),
    (19, 1, 2025, GE, 100, P, None, False),
    (20, 1, 2025, GE, 65, P, None, False), (20, 1, 2030, GE, 70, P, None, False),
    (20, 2, 2025, GE, 80, P, None, False), (20, 2, 2030, GE, 90, P, None, False),
    (21, 1, 2025, GE, 80, P, None, False), (21, 1, 2030, GE, 85, P, None, False),
    (22, 1, 2025, GE, 30, P, None, False), (22, 1, 2030, GE, 35, P, None, False),
    (23, 1, 2025, GE, 85, P, None, False), (23, 1, 2030, GE, 90, P, None, False),
    (24, 1, 2025, GE, 30, P, None, False), (24, 1, 2030, GE, 35, P, None, False),
]


@pytest.mark.parametrize("source, expected", [
    ("hanoi-kh138-2021-2030.txt", HANOI), ("cantho-qd608-2021-2030.txt", CANTHO),
])
def test_every_target(source, expected):
    actual = rows(source)
    assert len(expected) == len(actual)
    for want, got in zip(expected, actual):
        assert want == got


@pytest.mark.parametrize("source, number, index, words", [
    ("hanoi-kh138-2021-2030.txt", 3, 1, "tỷ suất tử vong trẻ sơ sinh"),
    ("hanoi-kh138-2021-2030.txt", 3, 3, "tỷ suất tử vong trẻ em dưới 5 tuổi"),
    ("hanoi-kh138-2021-2030.txt", 5, 2, "trẻ em dưới 5 tuổi được tiêm chủng"),
    ("hanoi-kh138-2021-2030.txt", 16, 2, "phổ cập mầm non"),
    ("hanoi-kh138-2021-2030.txt", 13, 1, "số cặp tảo hôn"),
    ("cantho-qd608-2021-2030.txt", 4, 3, "béo phì"),
])
def test_metric_names_come_from_the_text(source, number, index, words):
    plan = plans()[source]
    indicator = next(i for i in plan.indicators if i.number == number)
    metric = next(t.metric for t in indicator.targets if t.metric_index == index)
    assert words in metric


DBP = [  # (group label, value, value_max, unit, comparator, year, counted)
    ("a", 1.1, None, P, LT, 2025, None), ("a", 98, None, P, GE, 2025, None),
    ("a", 100, None, P, GE, None, None), ("a", 0.4, 0.7, P, "range", None, None),
    ("a", 100, None, P, GE, None, None),
    ("b", 50, None, P, GE, 2025, None), ("b", 95, None, P, GE, 2025, None),
    ("b", 30, None, P, GE, 2025, None),
    ("c", 100, None, P, GE, None, None), ("c", 100, None, P, GE, 2025, None),
    ("c", 33, None, P, GE, 2025, None), ("c", 12, None, "count", GE, 2025, "xã/phường"),
    ("c", 1, None, "count", GE, 2025, "cơ sở"), ("c", 4, None, "count", GE, 2025, "phường"),
    ("c", 100, None, P, GE, 2025, None), ("c", 90, None, P, GE, 2025, None),
    ("c", 100, None, P, GE, 2025, None),
]


def test_dien_bien_phu_unnumbered_targets():
    plan = plans()["dienbienphu-bvte-2021-2025.txt"]
    actual = [(i.goal_label, t.value, t.value_max, t.unit, t.comparator, t.year, t.counted)
              for i in plan.indicators for t in i.targets]
    assert DBP == actual
    assert all(i.number is None for i in plan.indicators)
    assert 16 == len(plan.indicators)
    groups = {g.label: g.title for g in plan.goals}
    assert ["a", "b", "c"] == sorted(groups)
    assert "Các mục tiêu về bảo vệ trẻ em" == groups["a"]
    assert all(i.group == groups[i.goal_label] for i in plan.indicators)
