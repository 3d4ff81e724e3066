"""Agency names: one canonical spelling, keys shared across plans, OCR names resolved."""

import pytest

from knowledge.parse.agencies import (
    AgencyCatalog, agency_key, agency_level, canonical_form, cut_at_verb, expand_abbreviations,
    restore_from_vocabulary, split_agencies,
)


@pytest.mark.parametrize("written, canonical", [
    ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Lao động Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TBXH tỉnh", "Sở Lao động - Thương binh và Xã hội"),
    ("Bộ LĐTB&XH", "Bộ Lao động - Thương binh và Xã hội"),
    ("Bộ LD-TB&XH", "Bộ Lao động - Thương binh và Xã hội"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở VH&TT", "Sở Văn hóa và Thể thao"),
    ("Sở Văn hoá và Thể thao", "Sở Văn hóa và Thể thao"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở Tài Chính", "Sở Tài chính"),
    ("Công an thành phố", "Công an Thành phố"),
    ("Đoàn TNCS Hồ Chí Minh Thành phố", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố"),
    ("Thành đoàn Hà Nội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố"),
    ("Tòa án nhân dân thành phố Hà Nội", "Tòa án nhân dân Thành phố"),
    ("UBND các xã, phường", "Ủy ban nhân dân các xã, phường"),
    ("Đề nghị Hội Liên hiệp Phụ nữ Thành phố", "Hội Liên hiệp Phụ nữ Thành phố"),
    ("Liên đoàn Lao động Thành phố và các tổ chức thành viên", "Liên đoàn Lao động Thành phố"),
    # a hospital, a border post: proper names that keep their place
    ("Bệnh viện Sản - Nhi Hà Nội", "Bệnh viện Sản - Nhi Hà Nội"),
    ("Đồn Biên phòng Cửa khẩu Hà Nội", "Đồn Biên phòng Cửa khẩu Hà Nội"),
    # the Fatherland Front however a plan writes it: one body, its committee
    ("Mặt trận Tổ quốc Thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"),
    ("Ủy ban MTTQ Việt Nam Thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"),
    ("UBMTTQ Thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hà Nội", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"),
])
def test_canonical_form(written, canonical):
    assert canonical == canonical_form(written, ("Hà Nội",))


def test_distinct_agencies_keep_distinct_keys():
    assert agency_key(canonical_form("Sở Văn hóa, Thể thao và Du lịch")) != \
        agency_key(canonical_form("Sở Văn hóa và Thể thao"))
    assert agency_key(canonical_form("Phòng Tư pháp")) != agency_key(canonical_form("Sở Tư pháp"))


@pytest.mark.parametrize("name, level", [
    ("Sở Y tế", "sở"), ("Phòng Y tế", "phòng"), ("Công an Thành phố", "công an"),
    ("Ủy ban nhân dân các quận, huyện, thị xã", "ubnd"), ("Các Sở, ban, ngành", "nhóm"),
    ("Hội Liên hiệp Phụ nữ Thành phố", "đoàn thể"),
])
def test_agency_level(name, level):
    assert level == agency_level(name)


@pytest.mark.parametrize("text, names", [
    ("Tòa án nhân dân thành phố Hà Nội, Viện kiểm sát nhân dân thành phố Hà Nội",
     ["Tòa án nhân dân thành phố Hà Nội", "Viện kiểm sát nhân dân thành phố Hà Nội"]),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Các Sở, ban, ngành", ["Các Sở, ban, ngành"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố, "
     "Hội Liên hiệp Phụ nữ Thành phố. Liên đoàn Lao động Thành phố",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố",
      "Hội Liên hiệp Phụ nữ Thành phố", "Liên đoàn Lao động Thành phố"]),
    ("phòng Lao động - Thương binh và Xã hội, phòng Giáo dục và Đào tạo",
     ["phòng Lao động - Thương binh và Xã hội", "phòng Giáo dục và Đào tạo"]),
])
def test_split_agencies(text, names):
    assert names == split_agencies(text)


@pytest.mark.parametrize("text, name, rest", [
    ("Công an thành phố chủ trì, phối hợp với Sở Y tế", "Công an thành phố", "chủ trì, phối hợp với Sở Y tế"),
    ("Sở Xây dựng", "Sở Xây dựng", ""),
    ("Sở Tư pháp", "Sở Tư pháp", ""),
])
def test_cut_at_verb(text, name, rest):
    assert (name, rest) == cut_at_verb(text)


def test_expand_abbreviations_keeps_other_words():
    assert "Gửi Sở Lao động - Thương binh và Xã hội tỉnh" == expand_abbreviations("Gửi Sở LĐ-TBXH tỉnh")


@pytest.fixture(scope="module")
def catalog():
    known = AgencyCatalog()
    for name in ["Sở Tư pháp", "Sở Y tế", "Công an Thành phố", "Sở Lao động - Thương binh và Xã hội",
                 "Sở Văn hóa và Thể thao", "Sở Văn hóa, Thể thao và Du lịch", "Phòng Tư pháp",
                 "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông"]:
        known.add(name)
    return known


@pytest.mark.parametrize("ocr, expected", [
    ("S6 Tw phap", "so-tu-phap"), ("Sé Tw phap", "so-tu-phap"), ("S& Tw phap", "so-tu-phap"),
    ("56 Y té", "so-y-te"), ("Cong an Thanh phd", "cong-an-thanh-pho"),
    ("Sé' Lao dong - Thwong binh va Xa hoi", "so-lao-dong-thuong-binh-va-xa-hoi"),
    ("Sé Vin hoa va Thé thao", "so-van-hoa-va-the-thao"),
    ("S& Ké hoach va Pau tu", "so-ke-hoach-va-dau-tu"),
    ("S&' Thong tin va Truyén thong", "so-thong-tin-va-truyen-thong"),
    ("S6' Noi vu", None), ("cac t6 chirc doan thé khac", None),
])
def test_catalog_resolves_ocr_names(catalog, ocr, expected):
    assert expected == catalog.resolve(ocr)


@pytest.mark.parametrize("ocr, expected", [
    ("S6' Noi vu", "Sở Nội vụ"), ("S6 Tw phap", "Sở Tư pháp"),
    # a standard body with its tail, read without a catalogue (issue 10)
    ("Cong an Thanh phd", "Công an Thành phố"), ("cac t6 chirc doan thé khac", None),
])
def test_restore_from_vocabulary(ocr, expected):
    assert expected == restore_from_vocabulary(ocr)


def test_catalog_prefers_the_most_frequent_spelling():
    catalog = AgencyCatalog()
    for name in ["Sở Công thương", "Sở Công Thương", "Sở Công Thương"]:
        catalog.add(name)
    assert "Sở Công Thương" == catalog.name("so-cong-thuong")
