"""Agency headings of a scanned plan that lost its accents are read through the folded,
OCR-tolerant form even when no clean plan names the agency: "Sé' Lao dong - Thwong binh va
Xa hoi" (a head one letter off), "Cong an Thanh phd", "Hdi Lién hiép Phu nir Thanh pho"
(standard bodies with their tail). A heading that names no agency ("Cac Sé, nganh khac …")
or a name that reads like no standard one stays unnamed.

Pure: the heading of the organisation section → the agencies it names, with an empty
catalogue (the scan ingested alone).
"""

import pytest

from knowledge.ingest import _Context, _ocr_resolver
from knowledge.parse.structure import parse_document
from knowledge.parse.tasks import parse_tasks

HEAD = "KE HOACH\nThuc hién chuong trinh\n\nIII. TO CHUC THU'C HIEN\n\n"


def named(heading: str) -> list[str]:
    doc = parse_document(f"{HEAD}1. {heading}\n\n- Tang cuong cong tac tuyén truyén vé bao vé tré em.\n")
    agencies, tasks, _ = parse_tasks(doc, _ocr_resolver("Hà Nội", _Context()), set(), ocr=True)
    assert {t.agency for t in tasks} == {c for c, _ in agencies}    # each has the task below
    return [canonical for canonical, _ in agencies]


@pytest.mark.parametrize("heading, expected", [
    ("Sé' Lao dong - Thwong binh va Xa hoi", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Sé Vin hoa va Thé thao", ["Sở Văn hóa và Thể thao"]),
    ("S6 Tw phap", ["Sở Tư pháp"]),
    ("Cong an Thanh phd", ["Công an Thành phố"]),
    ("Uy ban nhén din cac quén, huyén, thi xa", ["Ủy ban nhân dân các quận, huyện, thị xã"]),
    ("Pé nghi Uy ban Mit tran T6 qudc Viét Nam thanh phé Ha Noi, Poan Thanh nién Céng san H6 Chi "
     "Minh Thanh phd, Hdi Lién hiép Phu nir Thanh pho va cac t6 chirc doan thé khac:",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố",
      "Hội Liên hiệp Phụ nữ Thành phố"]),
    # no agency named, or none that reads like a standard name: nobody
    ("Cac Sé, nganh khac ciia Thanh phé: Can cr chiic ning, nhiém vu duogc giao", []),
    ("Ban chi dao cong tac tré em", []),
    ("Kinh phi thuc hién", []),
    # a standard name with what follows it that is no tail: the name, not the rest
    ("Cong an Thanh phd va cac don vi lién quan khac cua Thanh phé", ["Công an Thành phố"]),
])
def test_a_scanned_agency_heading_is_read_without_a_catalogue(heading, expected):
    assert named(heading) == expected
