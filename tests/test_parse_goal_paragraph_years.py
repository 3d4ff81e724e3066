"""A goal's targets in one running paragraph (blind round 127, Bến Tre): "Về chăm sóc sức
khỏe và dinh dưỡng: Phấn đấu đến năm 2027: 96% trẻ em dưới 1 tuổi được tiêm chủng …; giảm
tỷ lệ suy dinh dưỡng … xuống dưới 14,5%; giảm tỷ suất tử vong … xuống còn 14 phần nghìn trẻ
đẻ sống. Phấn đấu đến năm 2030: …".

"Phấn đấu đến năm 2027:" opens every clause of its sentence (the 14,5% had no year, and was
given for 2030), "phần nghìn" is per mille, and the goal's label before the colon names no
measure: the figure's own words after it do ("96% trẻ em dưới 1 tuổi được tiêm chủng").
"""

from __future__ import annotations

import pytest

from knowledge.model import PER_1000, PER_1000_LIVE_BIRTHS, PERCENT
from knowledge.parse.targets import parse_targets

PARAGRAPH = ("Về chăm sóc sức khỏe và dinh dưỡng: Phấn đấu đến năm 2027: 96% trẻ em dưới 1 tuổi được tiêm "
             "chủng đầy đủ các loại vắc xin; giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống "
             "dưới 14,5%; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống còn 14 phần nghìn trẻ đẻ sống. Phấn đấu "
             "đến năm 2030: 98% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ; giảm tỷ lệ suy dinh dưỡng thể thấp "
             "còi xuống dưới 12%; giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống còn 8,5 phần nghìn.")


@pytest.fixture(scope="module")
def read():
    return [(t.year, t.value, t.unit, t.metric) for t in parse_targets(PARAGRAPH)]


@pytest.mark.parametrize("year, value, unit, metric_start", [
    (2027, 96.0, PERCENT, "trẻ em dưới 1 tuổi được tiêm chủng"),
    (2027, 14.5, PERCENT, "tỷ lệ suy dinh dưỡng"),
    (2027, 14.0, PER_1000_LIVE_BIRTHS, "tỷ suất tử vong trẻ em dưới 5 tuổi"),
    (2030, 12.0, PERCENT, "tỷ lệ suy dinh dưỡng"),
    (2030, 8.5, PER_1000, "tỷ suất tử vong trẻ em dưới 1 tuổi"),
])
def test_each_figure_has_the_year_its_sentence_opens_with(read, year, value, unit, metric_start):
    assert any((y, v, u) == (year, value, unit) and m.startswith(metric_start) for y, v, u, m in read), read
