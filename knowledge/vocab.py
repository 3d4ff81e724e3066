"""Domain vocabulary for understanding officers' questions: abbreviations, synonyms, cue words.

This is language knowledge about the genre (how officers abbreviate agencies, which words
mean "who leads", what "thấp còi" is called in another plan), never facts from a plan:
every answer is looked up in the knowledge base. All entries are written folded
(``knowledge.text.normalize`` form: no accents, lower case, single spaces).
"""

from __future__ import annotations

# Abbreviations and spelling variants rewritten before matching (whole words / phrases).
ABBREVIATIONS: dict[str, str] = {
    # agencies
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "ld tbxh": "lao dong thuong binh va xa hoi",
    "ld tb xh": "lao dong thuong binh va xa hoi",
    "ldtb xh": "lao dong thuong binh va xa hoi",
    "ldtb va xh": "lao dong thuong binh va xa hoi",
    "lao dong thuong binh xa hoi": "lao dong thuong binh va xa hoi",
    "gd dt": "giao duc va dao tao",
    "gddt": "giao duc va dao tao",
    "gd va dt": "giao duc va dao tao",
    "giao duc dao tao": "giao duc va dao tao",
    "yte": "y te",
    "tt tt": "thong tin va truyen thong",
    "tttt": "thong tin va truyen thong",
    "tt va tt": "thong tin va truyen thong",
    "thong tin truyen thong": "thong tin va truyen thong",
    "vh tt": "van hoa va the thao",
    "vhtt": "van hoa va the thao",
    "vh va tt": "van hoa va the thao",
    "vh tt dl": "van hoa the thao va du lich",
    "vhttdl": "van hoa the thao va du lich",
    "kh dt": "ke hoach va dau tu",
    "khdt": "ke hoach va dau tu",
    "kh va dt": "ke hoach va dau tu",
    "gtvt": "giao thong van tai",
    "tn mt": "tai nguyen va moi truong",
    "tnmt": "tai nguyen va moi truong",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "hlhpn": "hoi lien hiep phu nu",
    "hoi phu nu": "hoi lien hiep phu nu",
    "ldld": "lien doan lao dong",
    "ubnd": "uy ban nhan dan",
    "tp": "thanh pho",
    "tphn": "thanh pho ha noi",
    # topics
    "dd": "dinh duong",
    "suy dd": "suy dinh duong",
    "sdd": "suy dinh duong",
    "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong",
    "tntt": "tai nan thuong tich",
    "hcdb": "hoan canh dac biet",
    "bvte": "bao ve tre em",
    "ctv": "cong tac vien",
    "bc": "bao cao",
    "sdt": "so dien thoai",
    "dt": "dien thoai",
    "vs": "so sanh",
    "versus": "so sanh",
    "tre so sinh": "tre so sinh",
}

# Synonyms: a question phrase also matches these document phrases.
SYNONYMS: dict[str, list[str]] = {
    "thap coi": ["chieu cao theo tuoi"],
    "chieu cao theo tuoi": ["thap coi"],
    "nhe can": ["can nang theo tuoi"],
    "can nang theo tuoi": ["nhe can"],
    "beo phi": ["thua can"],
    "tiem chung": ["vac xin"],
    "tiem phong": ["tiem chung"],
    "mam non": ["mau giao"],
    "tong dai": ["duong day nong", "dien thoai"],
    "duong day nong": ["tong dai", "dien thoai"],
    "hotline": ["tong dai", "duong day nong"],
    "so dien thoai": ["dien thoai", "tong dai"],
    "khau hieu": ["thong diep"],
    "thong diep": ["khau hieu"],
    "tao hon": ["ket hon"],
    "bao luc": ["xam hai"],
    "lam gi": ["nhiem vu"],
    "nhiem vu": ["lam gi"],
    "truong hoc": ["co so giao duc"],
    "phong chong": ["phong tranh", "phong ngua"],
    "huy dong": ["di hoc"],
}

# Interrogative phrasing removed before topic matching ("lấy từ đâu", "như thế nào").
QUESTION_PHRASES = (
    "lay tu dau", "tu dau", "o dau", "nhu the nao", "the nao", "ra sao", "la bao nhieu",
    "bao nhieu", "la gi", "gom nhung", "nhung gi", "co gi", "duoc khong", "khong",
    "cho toi biet", "cho biet", "xin hoi", "phai",
)

# English → Vietnamese (folded), applied to English questions before matching.
ENGLISH: dict[str, str] = {
    "department of labour invalids and social affairs": "so lao dong thuong binh va xa hoi",
    "department of labor invalids and social affairs": "so lao dong thuong binh va xa hoi",
    "labour department": "so lao dong thuong binh va xa hoi",
    "labor department": "so lao dong thuong binh va xa hoi",
    "department of labour": "so lao dong thuong binh va xa hoi",
    "department of labor": "so lao dong thuong binh va xa hoi",
    "department of education and training": "so giao duc va dao tao",
    "department of education": "so giao duc va dao tao",
    "education department": "so giao duc va dao tao",
    "department of health": "so y te",
    "health department": "so y te",
    "department of justice": "so tu phap",
    "justice department": "so tu phap",
    "department of home affairs": "so noi vu",
    "department of finance": "so tai chinh",
    "department of culture sports and tourism": "so van hoa the thao va du lich",
    "department of culture and sports": "so van hoa va the thao",
    "department of culture": "so van hoa",
    "department of information and communications": "so thong tin va truyen thong",
    "department of planning and investment": "so ke hoach va dau tu",
    "department of construction": "so xay dung",
    "department of transport": "so giao thong van tai",
    "department of tourism": "so du lich",
    "justice office": "phong tu phap",
    "health office": "phong y te",
    "education office": "phong giao duc va dao tao",
    "labour office": "phong lao dong thuong binh va xa hoi",
    "police": "cong an thanh pho",
    "youth union": "thanh doan",
    "women s union": "hoi lien hiep phu nu",
    "womens union": "hoi lien hiep phu nu",
    "women union": "hoi lien hiep phu nu",
    "red cross": "hoi chu thap do",
    "fatherland front": "mat tran to quoc",
    "people s committee": "uy ban nhan dan",
    "peoples committee": "uy ban nhan dan",
    # places
    "hanoi": "ha noi",
    "cantho": "can tho",
    "dien bien phu city": "dien bien phu",
    "dienbienphu": "dien bien phu",
    "da nang": "da nang",
    "danang": "da nang",
    "ho chi minh city": "thanh pho ho chi minh",
    "saigon": "sai gon",
    # topics
    "stunting": "thap coi",
    "stunted": "thap coi",
    "underweight": "nhe can",
    "malnutrition": "suy dinh duong",
    "malnourished": "suy dinh duong",
    "overweight": "thua can",
    "obesity": "beo phi",
    "vaccination": "tiem chung",
    "vaccinated": "tiem chung",
    "immunization": "tiem chung",
    "immunisation": "tiem chung",
    "vaccine": "vac xin",
    "birth registration": "dang ky khai sinh",
    "registered at birth": "dang ky khai sinh",
    "kindergarten": "mau giao",
    "preschool": "mau giao",
    "pre school": "mau giao",
    "child marriage": "tao hon",
    "early marriage": "tao hon",
    "injuries": "tai nan thuong tich",
    "injury": "tai nan thuong tich",
    "drowning": "duoi nuoc",
    "dropout": "bo hoc",
    "drop out": "bo hoc",
    "lower secondary": "trung hoc co so",
    "primary school": "tieu hoc",
    "primary": "tieu hoc",
    "disabilities": "khuyet tat",
    "disability": "khuyet tat",
    "disabled": "khuyet tat",
    "abuse": "xam hai",
    "abused": "xam hai",
    "child labour": "lao dong tre em",
    "child labor": "lao dong tre em",
    "neonatal": "so sinh",
    "newborn": "so sinh",
    "mortality": "tu vong",
    "death": "tu vong",
    "deaths": "tu vong",
    "infant": "duoi 1 tuoi",
    "under 5": "duoi 5 tuoi",
    "under five": "duoi 5 tuoi",
    "sanitation": "cong trinh ve sinh",
    "toilets": "cong trinh ve sinh",
    "playgrounds": "diem vui choi",
    "playground": "diem vui choi",
    "consulted": "hoi y kien",
    "special circumstances": "hoan canh dac biet",
    "disaster": "thien tai",
    "disasters": "thien tai",
    "psychological": "tam ly",
    "counselling": "tu van",
    "counseling": "tu van",
    "participation": "tham gia",
    "child friendly": "phu hop voi tre em",
    "hotline": "tong dai",
    "phone number": "so dien thoai",
    "phone": "dien thoai",
    "theme": "chu de",
    "slogans": "khau hieu",
    "slogan": "khau hieu",
    "messages": "thong diep",
    "action month": "thang hanh dong",
    "deadline": "han",
    "deadlines": "han",
    "report": "bao cao",
    "reports": "bao cao",
    "yearly": "hang nam",
    "annual": "hang nam",
    "budget": "kinh phi",
    "child protection": "bao ve tre em",
    "protection": "bao ve",
    "funding": "kinh phi",
    "children s council": "hoi dong tre em",
    "childrens council": "hoi dong tre em",
    "enrolment": "di hoc",
    "enrollment": "di hoc",
    "enrolled": "di hoc",
    "indicators": "chi tieu",
    "indicator": "chi tieu",
    "goals": "muc tieu",
    "goal": "muc tieu",
    "plans": "ke hoach",
    "plan": "ke hoach",
    "decision": "quyet dinh",
    "directive": "chi thi",
    "rate": "ty le",
    "children": "tre em",
    "child": "tre em",
    "schools": "truong hoc",
    "school": "truong hoc",
}

# Cue words, folded, matched as phrases.
LEAD_CUES = ("chu tri", "phu trach", "chiu trach nhiem", "ai lam", "co quan nao", "don vi nao",
             "so nao", "nganh nao", "phoi hop", "who leads", "who is responsible", "which agency",
             "responsible", "who leads", "lead agency", "in charge", "ai thuc hien")
PARTNER_CUES = ("phoi hop", "partner", "support")
ABOUT_CUES = ("la gi", "noi ve", "ve gi", "ve van de gi", "noi dung", "la chi tieu gi",
              "about", "what is indicator", "what does indicator", "mean")
COUNT_CUES = ("bao nhieu chi tieu", "may chi tieu", "bao nhieu muc tieu", "may muc tieu",
              "how many indicators", "how many goals", "so chi tieu", "so luong chi tieu",
              "how many")
TASK_CUES = ("lam gi", "nhiem vu", "trach nhiem gi", "what does", "what do", "tasks", "duties",
             "role", "co nhiem vu", "phai lam")
AGENCY_INDICATOR_CUES = ("chi tieu nao", "nhung chi tieu", "chi tieu gi", "cac chi tieu nao",
                         "which indicators", "what indicators", "which chi tieu", "what chi tieu")
DEADLINE_CUES = ("han ", "han bao cao", "han nop", "truoc ngay", "thoi han", "deadline", "due",
                 "cham nhat", "bao cao truoc", "nop truoc", "when is the", "may ngay")
# "số mấy" alone asks for any number (a plan's number too): a phone cue only next to
# "gọi"/"tổng đài", which these cues already cover.
CONTACT_CUES = ("tong dai", "duong day nong", "so dien thoai", "dien thoai", "hotline",
                "goi so", "goi den", "goi dien", "phone", "call", "lien he", "contact number")
# Words of a contact question that name no organisation: what remains ("trung tam cong tac
# xa hoi", "hoi lien hiep phu nu") must be found in a contact's label for that number to answer.
CONTACT_GENERIC = frozenset("""
so dien thoai tong dai duong day nong hotline goi den lien he number phone call contact
quoc gia tre em protection bao ve tu van ho tro tro giup khan cap xam hai luc bao cao
to giac thong tin phan anh nao may cua ghi neu dung can muon de khi bi the what which
should i we report abuse is the for of a an give gives listed list child children
people person someone can could they you where to in does do my our get reach dial
""".split())
CAMPAIGN_CUES = ("chu de", "khau hieu", "thong diep", "dien ra", "thoi gian thuc hien",
                 "theme", "slogan", "khi nao", "when does", "tu ngay nao", "run")
COMPARE_CUES = ("so sanh", "khac", "compare", "so voi", "so sanh voi", "vs")
PLAN_INFO_CUES = ("ban hanh ngay", "ky ngay", "ngay nao", "giai doan nao", "giai doan", "la gi",
                  "when was", "period", "issued", "so may", "so hieu", "so van ban", "what number")
SIGNER_CUES = ("ai ky", "nguoi ky", "do ai ky", "ky boi", "ky ten", "chu ky", "who signed",
               "signed by", "signed", "signer", "signatory", "ai ban hanh", "ai da ky",
               "co quan nao ban hanh", "don vi nao ban hanh", "who issued", "issued by")
LIST_PLANS_CUES = ("co nhung ke hoach nao", "nhung ke hoach nao", "cac ke hoach", "which plans",
                   "what plans", "danh sach ke hoach", "ke hoach nao", "list plans", "which ke hoach",
                   "what ke hoach", "nhung van ban nao")

# Kinds of fact the plans never hold (they set targets and assign tasks): a question asking
# for one is declined, never answered with a nearby passage or an indicator.
# An official's name: a role word together with a name cue ("giám đốc … là ai").
PERSON_ROLES = ("giam doc", "pho giam doc", "truong phong", "pho truong phong", "chu tich",
                "pho chu tich", "bi thu", "truong ban", "truong cong an", "hieu truong",
                "director", "head of", "chairman", "chairwoman", "chairperson", "chair of",
                "secretary", "minister", "bo truong", "can bo phu trach", "nguoi dung dau")
PERSON_NAME_CUES = ("la ai", "ai la", "ten gi", "ten la gi", "ho ten", "ten cua", "ten ong",
                    "ten ba", "who is", "who s", "whos", "name", "named", "ten")
# A statistic about children (how many live somewhere, were abused in a year).
STATISTIC_RE = (r"\b(?:bao nhieu|bn|may|how many|number of|so luong|tong so|so)\s+"
                r"(?:tre em|tre|em|chau|hoc sinh|truong hop|vu viec|vu|ca|nguoi|kids)\b"
                r"|\b(?:dan so|population)\b")
# Words that make a "how many children" question one about a target (a rate to reach).
TARGET_WORDS = ("ty le", "ti le", "phan tram", "percent", "percentage", "chi tieu", "muc tieu",
                "phan dau", "target", "goal", "it nhat", "toi thieu", "at least", "rate", "share",
                "proportion")
# A budget amount (the plans say where funding comes from, never how much).
BUDGET_WORDS = ("kinh phi", "ngan sach", "so tien", "bao nhieu tien", "nguon von", "money", "funds")
AMOUNT_CUES = ("bao nhieu", "how much", "amount", "so tien", "bao nhieu tien", "ty dong",
               "trieu dong", "tong kinh phi", "total", "muc kinh phi", "bn")

# Words that carry no topic of their own in a question.
STOPWORDS = frozenset("""
la gi bao nhieu may nao ai do cua va voi o tai trong cho den the thi co khong duoc nhu
sao nhe a oi vay nhi ha chu ve nam so cac nhung mot khi nay kia day dau hay hoac thuc hien
muc tieu chi tieu ke hoach quyet dinh chuong trinh chi thi so sanh khac phu trach chu tri
phoi hop co quan don vi nganh nhiem vu lam hien cho biet xin toi minh
the what who which is are was the a an of in for to and or does do did how many much
when where why by on at be it its with about from as than vs target targets indicator
tp ubnd dat phan dau tren ty le em moi compare have you your me i
""".split())

# Vietnamese provinces and centrally-run cities (the 63 of 2008–2025), their usual short
# forms and big cities, folded → name as written. A question naming one of these and no
# place that has a plan asks about a place the knowledge base does not cover.
PROVINCE_NAMES: dict[str, str] = {
    "an giang": "An Giang", "ba ria vung tau": "Bà Rịa – Vũng Tàu", "brvt": "Bà Rịa – Vũng Tàu",
    "bac giang": "Bắc Giang", "bac kan": "Bắc Kạn", "bac can": "Bắc Kạn", "bac lieu": "Bạc Liêu",
    "bac ninh": "Bắc Ninh", "ben tre": "Bến Tre", "binh dinh": "Bình Định",
    "binh duong": "Bình Dương", "binh phuoc": "Bình Phước", "binh thuan": "Bình Thuận",
    "ca mau": "Cà Mau", "can tho": "Cần Thơ", "cao bang": "Cao Bằng", "da nang": "Đà Nẵng",
    "dak lak": "Đắk Lắk", "dac lac": "Đắk Lắk", "daklak": "Đắk Lắk", "dak nong": "Đắk Nông",
    "dien bien": "Điện Biên", "dong nai": "Đồng Nai", "dong thap": "Đồng Tháp",
    "gia lai": "Gia Lai", "ha giang": "Hà Giang", "ha nam": "Hà Nam", "ha noi": "Hà Nội",
    "ha tinh": "Hà Tĩnh", "hai duong": "Hải Dương", "hai phong": "Hải Phòng",
    "hau giang": "Hậu Giang", "hoa binh": "Hòa Bình", "hung yen": "Hưng Yên",
    "khanh hoa": "Khánh Hòa", "kien giang": "Kiên Giang", "kon tum": "Kon Tum",
    "lai chau": "Lai Châu", "lam dong": "Lâm Đồng", "lang son": "Lạng Sơn", "lao cai": "Lào Cai",
    "long an": "Long An", "nam dinh": "Nam Định", "nghe an": "Nghệ An", "ninh binh": "Ninh Bình",
    "ninh thuan": "Ninh Thuận", "phu tho": "Phú Thọ", "phu yen": "Phú Yên",
    "quang binh": "Quảng Bình", "quang nam": "Quảng Nam", "quang ngai": "Quảng Ngãi",
    "quang ninh": "Quảng Ninh", "quang tri": "Quảng Trị", "soc trang": "Sóc Trăng",
    "son la": "Sơn La", "tay ninh": "Tây Ninh", "thai binh": "Thái Bình",
    "thai nguyen": "Thái Nguyên", "thanh hoa": "Thanh Hóa", "thua thien hue": "Thừa Thiên Huế",
    "hue": "Huế", "tien giang": "Tiền Giang", "tra vinh": "Trà Vinh",
    "tuyen quang": "Tuyên Quang", "vinh long": "Vĩnh Long", "vinh phuc": "Vĩnh Phúc",
    "yen bai": "Yên Bái",
    # Hồ Chí Minh City and its usual spellings ("tp" is already expanded to "thanh pho")
    "thanh pho ho chi minh": "TP. Hồ Chí Minh", "ho chi minh": "TP. Hồ Chí Minh",
    "thanh pho hcm": "TP. Hồ Chí Minh", "hcm": "TP. Hồ Chí Minh", "tphcm": "TP. Hồ Chí Minh",
    "hcmc": "TP. Hồ Chí Minh", "sai gon": "Sài Gòn", "saigon": "Sài Gòn",
    # big cities that are not provinces
    "nha trang": "Nha Trang", "da lat": "Đà Lạt", "vung tau": "Vũng Tàu",
    "buon ma thuot": "Buôn Ma Thuột", "quy nhon": "Quy Nhơn", "ha long": "Hạ Long",
    "thu duc": "Thủ Đức", "bien hoa": "Biên Hòa", "rach gia": "Rạch Giá",
    "long xuyen": "Long Xuyên", "my tho": "Mỹ Tho", "pleiku": "Pleiku",
}
PROVINCES = tuple(sorted(PROVINCE_NAMES, key=len, reverse=True))

# Topics that are never in a plan for children; a question about them is declined even if
# some of its words happen to occur in the documents.
OFF_TOPIC = (
    "thoi tiet", "du bao", "bong da", "world cup", "v league", "champions league", "vo dich",
    "phat nguoi", "vuot den do", "nong do con", "thue thu nhap", "thue gia tri",
    "gia vang", "ty gia", "gia xang", "lai suat", "cong thuc nau", "bau cu",
    "weather", "football", "soccer", "recipe", "traffic fine", "income tax", "tax rate",
)

# The sounds a Vietnamese syllable is built from, folded (no tones, "đ" → "d", "ư" → "u"):
# an optional onset and a rhyme. A folded word that is not onset + rhyme is not Vietnamese:
# a typo ("heiu", "thogn", "coii") or a foreign word; one that is ("tram", "banh", "ngoi")
# is a real syllable and never "repaired" into another.
SYLLABLE_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                   "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
SYLLABLE_RHYMES = frozenset("""
a ac ach ai am an ang anh ao ap at au ay
e ec ech em en eng enh eo ep et eu
i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu
o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oem oen oeo oep oet oi om on ong
oong ooc op ot
u ua uan uang uanh uat uay uc ue uec uech uen uenh uet ui um un ung uo uoc uoi uom uon uong
uop uot uou up ut uu uy uya uych uyen uyet uynh uyt uyu
y yem yen yet yeu
""".split())
