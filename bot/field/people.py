"""People and rights: admins, managers, collaborators, their invites and the areas they
work in.

Pure functions on a ``sqlite_utils.Database`` (no Telegram): the handlers call them and
the digest reads the same scopes.

- An **admin** is any user id in ``Settings.admin_ids`` (always, even without a ``users``
  row) or a user registered with the admin role. Admins see and manage everything.
- A **manager** has a city and optionally a district (``None`` = the whole city); they
  see the areas and people of that scope and invite into it.
- A **collaborator** belongs to one area (a ward or commune) and reports only for it.

Invites are single-use codes with an expiry; the bot turns one into a deep link
``https://t.me/<bot>?start=<code>``.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, replace
from typing import Iterable

import sqlite_utils

from bot.runtime.database import ROLES, utcnow
from bot.field.reports import looks_like_phone
from knowledge.text import clean_text, fold, squash_spaces

ADMIN, MANAGER, COLLABORATOR = ROLES
INVITE_DAYS = 7
MAX_NAME_LENGTH = 100


class PeopleError(ValueError):
    """A request about people or areas that cannot be done; ``code`` says why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class NotAllowed(PeopleError):
    """The person lacks the right to do this."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("not_allowed", detail)


class InviteError(PeopleError):
    """An invite code that cannot be used: ``code`` is unknown, used or expired."""


@dataclass(frozen=True)
class Area:
    id: int
    name: str
    district: str
    city: str

    def label(self) -> str:
        """``"Phường Láng Hạ, Đống Đa, Hà Nội"``."""
        return f"{self.name}, {self.district}, {self.city}"


@dataclass(frozen=True)
class Person:
    id: int
    role: str
    display_name: str | None = None
    username: str | None = None
    area_id: int | None = None
    district: str | None = None
    city: str | None = None
    language: str | None = None
    registered: bool = True  # False: an admin from ADMIN_IDS with no users row

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    @property
    def is_manager(self) -> bool:
        return self.role == MANAGER

    @property
    def is_collaborator(self) -> bool:
        return self.role == COLLABORATOR


@dataclass(frozen=True)
class Invite:
    code: str
    role: str
    area_id: int | None
    district: str | None
    city: str | None
    created_by: int
    created_at: str
    expires_at: str
    used_by: int | None = None
    used_at: str | None = None


# -- time ------------------------------------------------------------------------------
def _now(now: dt.datetime | None) -> dt.datetime:
    return now.astimezone(dt.timezone.utc) if now is not None else dt.datetime.now(dt.timezone.utc)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


# -- areas -----------------------------------------------------------------------------
def clean_name(text: str | None) -> str:
    """A place name (or a person's) as stored: ``clean_text`` (invisible characters dropped,
    look-alike letters mapped, NFC), single spaces, trimmed."""
    return squash_spaces(clean_text(text))


def _area(row: dict) -> Area:
    return Area(id=row["id"], name=row["name"], district=row["district"], city=row["city"])


def get_area(db: sqlite_utils.Database, area_id: int | None) -> Area | None:
    if area_id is None:
        return None
    rows = list(db["areas"].rows_where("id = ?", [area_id]))
    return _area(rows[0]) if rows else None


def all_areas(db: sqlite_utils.Database) -> list[Area]:
    return [_area(r) for r in db["areas"].rows_where(order_by="city, district, name")]


def same_place(a: str | None, b: str | None) -> bool:
    """Place names compared accent- and case-insensitively: ``"Ha Noi" ~ "Hà Nội"``."""
    return a is not None and b is not None and _place_key(a) == _place_key(b)


def _place_key(text: str) -> str:
    return " ".join(fold(clean_text(text)).split())


def name_problem(field: str, value: str | None) -> str | None:
    """What is wrong with a place name, as a code (``missing_city``, ``too_long_name``,
    ``invalid_district`` …; a phone number is ``invalid_*`` too: never stored), or None."""
    value = clean_name(value)
    if not value:
        return f"missing_{field}"
    if len(value) > MAX_NAME_LENGTH:
        return f"too_long_{field}"
    if not any(ch.isalnum() for ch in value) or looks_like_phone(value):
        return f"invalid_{field}"
    return None


def validate_area_fields(city: str, district: str, name: str) -> list[str]:
    """Problems with an area's three names, as codes: ``missing_city``, ``too_long_name`` …"""
    found = (name_problem(field, value) for field, value in (("city", city), ("district", district), ("name", name)))
    return [problem for problem in found if problem]


def find_area_exact(db: sqlite_utils.Database, city: str, district: str, name: str) -> Area | None:
    """The area with these names, compared accent-insensitively."""
    for area in all_areas(db):
        if same_place(area.city, city) and same_place(area.district, district) and same_place(area.name, name):
            return area
    return None


def add_area(db: sqlite_utils.Database, city: str, district: str, name: str) -> tuple[Area, bool]:
    """Add an area (or find the existing one): ``(area, created)``. Raises PeopleError."""
    problems = validate_area_fields(city, district, name)
    if problems:
        raise PeopleError(problems[0])
    city, district, name = clean_name(city), clean_name(district), clean_name(name)
    existing = find_area_exact(db, city, district, name)
    if existing is not None:
        return existing, False
    # Reuse the spelling of a city or district already known, so scopes compare equal.
    for area in all_areas(db):
        if same_place(area.city, city):
            city = area.city
            if same_place(area.district, district):
                district = area.district
    with db.atomic():
        db["areas"].insert({"name": name, "district": district, "city": city, "created_at": utcnow()})
        area_id = db.execute("select last_insert_rowid()").fetchone()[0]
    return Area(area_id, name, district, city), True


def find_areas(db: sqlite_utils.Database, text: str, within: Iterable[Area] | None = None) -> list[Area]:
    """Areas whose name matches ``text`` (accent-insensitive): exact matches first, else
    those whose name or label contains it."""
    wanted = " ".join(fold(clean_name(text)).split())
    if not wanted:
        return []
    areas = list(within) if within is not None else all_areas(db)
    exact = [a for a in areas if " ".join(fold(a.name).split()) == wanted]
    if exact:
        return exact
    return [a for a in areas if wanted in " ".join(fold(a.label()).split())]


# -- people ----------------------------------------------------------------------------
def _person(row: dict, admin_ids: frozenset[int]) -> Person:
    role = ADMIN if row["id"] in admin_ids else row["role"]
    return Person(
        id=row["id"], role=role, display_name=row.get("display_name"), username=row.get("username"),
        area_id=row.get("area_id"), district=row.get("district"), city=row.get("city"),
        language=row.get("language"),
    )


def get_person(db: sqlite_utils.Database, user_id: int, admin_ids: Iterable[int] = ()) -> Person | None:
    """The registered person with this Telegram id (admins from ``admin_ids`` always), else None."""
    admin_ids = frozenset(admin_ids)
    rows = list(db["users"].rows_where("id = ? and active = 1", [user_id]))
    if rows:
        return _person(rows[0], admin_ids)
    if user_id in admin_ids:
        return Person(id=user_id, role=ADMIN, registered=False)
    return None


def areas_in_scope(db: sqlite_utils.Database, person: Person | None) -> list[Area]:
    """The areas a person may see and report for: all (admin), their city or district
    (manager), their own area (collaborator)."""
    if person is None:
        return []
    if person.is_admin:
        return all_areas(db)
    if person.is_manager:
        return [a for a in all_areas(db) if in_scope(person, a)]
    if person.is_collaborator:
        area = get_area(db, person.area_id)
        return [area] if area else []
    return []


def in_scope(person: Person | None, area: Area | None) -> bool:
    """Whether ``area`` lies in the person's scope."""
    if person is None or area is None:
        return False
    if person.is_admin:
        return True
    if person.is_manager:
        if not same_place(person.city, area.city):
            return False
        return person.district is None or same_place(person.district, area.district)
    if person.is_collaborator:
        return person.area_id == area.id
    return False


def can_report_for(person: Person | None, area: Area | None) -> bool:
    """Collaborators report for their own area; managers and admins for any area in scope."""
    return in_scope(person, area)


def can_read_field_data(person: Person | None) -> bool:
    return person is not None and person.role in ROLES


def can_list_users(person: Person | None) -> bool:
    return person is not None and (person.is_admin or person.is_manager)


def can_manage_areas(person: Person | None) -> bool:
    return person is not None and person.is_admin


def can_manage_measures(person: Person | None) -> bool:
    return person is not None and person.is_admin


def can_invite(person: Person | None, role: str, *, area: Area | None = None,
               city: str | None = None, district: str | None = None) -> bool:
    """Admins invite anyone anywhere; managers invite collaborators into an area of their
    scope and managers into a district of their scope; collaborators invite nobody."""
    if person is None or role not in ROLES:
        return False
    if person.is_admin:
        return True
    if not person.is_manager or role == ADMIN:
        return False
    if role == COLLABORATOR:
        return in_scope(person, area)
    # a manager inviting a manager: same city, and no wider than their own scope
    if not same_place(person.city, city):
        return False
    if person.district is None:
        return True
    return district is not None and same_place(person.district, district)


def users_in_scope(db: sqlite_utils.Database, person: Person | None, admin_ids: Iterable[int] = ()) -> list[Person]:
    """Registered people the person may list: everyone (admin), the managers and
    collaborators of their city/district (manager). Raises NotAllowed for others."""
    if not can_list_users(person):
        raise NotAllowed("list users")
    admin_ids = frozenset(admin_ids)
    people = [_person(r, admin_ids) for r in db["users"].rows_where("active = 1", order_by="role, city, district, id")]
    if person.is_admin:
        return people
    areas = {a.id: a for a in all_areas(db)}
    visible = []
    for other in people:
        if other.is_admin:
            continue
        if other.is_collaborator and in_scope(person, areas.get(other.area_id)):
            visible.append(other)
        elif other.is_manager and same_place(other.city, person.city) and (
            person.district is None or same_place(other.district, person.district)
        ):
            visible.append(other)
    return visible


def collaborators_for_areas(db: sqlite_utils.Database, area_ids: Iterable[int]) -> list[Person]:
    """Active collaborators of the given areas (for reminders and "who has not reported")."""
    wanted = set(area_ids)
    return [
        _person(r, frozenset())
        for r in db["users"].rows_where("active = 1 and role = ?", [COLLABORATOR], order_by="id")
        if r["area_id"] in wanted
    ]


def register_user(db: sqlite_utils.Database, user_id: int, role: str, *, display_name: str | None = None,
                  username: str | None = None, area_id: int | None = None, district: str | None = None,
                  city: str | None = None, language: str | None = None) -> Person:
    """Create or update a user row (used by invites, the CLI and tests)."""
    if role not in ROLES:
        raise PeopleError("unknown_role", role)
    if role == COLLABORATOR:
        area = get_area(db, area_id)
        if area is None:
            raise PeopleError("unknown_area", str(area_id))
        city, district = area.city, area.district
    if role == MANAGER and not city:
        raise PeopleError("missing_city")
    row = {
        "id": user_id, "role": role, "display_name": _display_name(display_name),
        "username": username, "area_id": area_id if role == COLLABORATOR else None,
        "district": district, "city": city, "language": language, "active": 1,
    }
    with db.atomic():
        existing = list(db["users"].rows_where("id = ?", [user_id]))
        row["created_at"] = existing[0]["created_at"] if existing else utcnow()
        db["users"].upsert(row, pk="id")
    return get_person(db, user_id)  # type: ignore[return-value]


def _display_name(name: str | None) -> str | None:
    """A Telegram name as stored: cleaned like a place name (no bidi marks or zero-width
    characters to spoof /users with), at most MAX_NAME_LENGTH characters."""
    return clean_name(name)[:MAX_NAME_LENGTH] or None


def refresh_profile(db: sqlite_utils.Database, person: Person, display_name: str | None,
                    username: str | None) -> Person:
    """Keep a registered person's Telegram name and @username current: an old @username
    shown by /users may by now belong to someone else."""
    display_name = _display_name(display_name)
    if not person.registered or (person.display_name, person.username) == (display_name, username):
        return person
    with db.atomic():
        db.conn.execute("update users set display_name = ?, username = ? where id = ?",
                        (display_name, username, person.id))
    return replace(person, display_name=display_name, username=username)


# -- invites ---------------------------------------------------------------------------
def _invite(row: dict) -> Invite:
    return Invite(**{k: row.get(k) for k in Invite.__dataclass_fields__})


def create_invite(db: sqlite_utils.Database, creator: Person | None, role: str, *, area_id: int | None = None,
                  city: str | None = None, district: str | None = None, now: dt.datetime | None = None,
                  valid_days: int = INVITE_DAYS) -> Invite:
    """A new single-use invite for ``role``: a collaborator needs ``area_id``; a manager
    needs ``city`` (and ``district``, or None for the whole city). Raises NotAllowed or
    PeopleError."""
    if role not in ROLES:
        raise PeopleError("unknown_role", role)
    area = get_area(db, area_id) if area_id is not None else None
    if role == COLLABORATOR:
        if area is None:
            raise PeopleError("unknown_area", str(area_id))
        city, district = area.city, area.district
    elif role == MANAGER:
        if not clean_name(city):
            raise PeopleError("missing_city")
        city, district = clean_name(city), clean_name(district) or None
    else:
        city = district = None
    if not can_invite(creator, role, area=area, city=city, district=district):
        raise NotAllowed(f"invite {role}")
    if role == MANAGER:  # a scope stored with the invite is a place name like an area's
        problem = name_problem("city", city) or (district and name_problem("district", district))
        if problem:
            raise PeopleError(problem)
        city, district = _known_scope(db, city, district)
    moment = _now(now)
    invite = Invite(
        code=secrets.token_urlsafe(9), role=role, area_id=area.id if area else None,
        district=district, city=city, created_by=creator.id,  # type: ignore[union-attr]
        created_at=_iso(moment), expires_at=_iso(moment + dt.timedelta(days=valid_days)),
    )
    with db.atomic():
        db["invites"].insert(invite.__dict__)
    return invite


def _known_scope(db: sqlite_utils.Database, city: str, district: str | None) -> tuple[str, str | None]:
    """A manager's city and district as the areas spell them: the digest and export select
    areas by the stored spelling, so "ha noi" would see nothing. PeopleError
    ("unknown_city" | "unknown_district") when no area lies there."""
    known = [a for a in all_areas(db) if same_place(a.city, city)]
    if not known:
        raise PeopleError("unknown_city")
    if district is None:
        return known[0].city, None
    known = [a for a in known if same_place(a.district, district)]
    if not known:
        raise PeopleError("unknown_district")
    return known[0].city, known[0].district


def invite_link(bot_username: str, code: str) -> str:
    """The deep link that opens the bot with ``/start <code>``."""
    return f"https://t.me/{bot_username}?start={code}"


def redeem_invite(db: sqlite_utils.Database, code: str, user_id: int, *, display_name: str | None = None,
                  username: str | None = None, language: str | None = None,
                  now: dt.datetime | None = None, admin_ids: Iterable[int] = ()) -> Person:
    """Register ``user_id`` with the invite's role and scope. The code works once, before
    it expires and while its maker may still invite for that scope (a manager who left or
    moved takes their invites along). Someone already registered is changed only by a maker
    who could have invited them as they are now: a district manager's link cannot demote
    the city manager or pull a collaborator out of another district. Raises
    InviteError("unknown" | "used" | "expired" | "revoked" | "registered")."""
    code = clean_text(code).strip()
    if not code or len(code) > 64:
        raise InviteError("unknown")
    moment = _now(now)
    with db.atomic():
        rows = list(db["invites"].rows_where("code = ?", [code]))
        if not rows:
            raise InviteError("unknown")
        invite = _invite(rows[0])
        if invite.used_by is not None:
            raise InviteError("used")
        if dt.datetime.fromisoformat(invite.expires_at) <= moment:
            raise InviteError("expired")
        maker = get_person(db, invite.created_by, admin_ids)
        if not can_invite(maker, invite.role, area=get_area(db, invite.area_id), city=invite.city,
                          district=invite.district):
            raise InviteError("revoked")
        current = get_person(db, user_id, admin_ids)
        if current is not None and not can_invite(maker, current.role, area=get_area(db, current.area_id),
                                                  city=current.city, district=current.district):
            raise InviteError("registered")
        claimed = db.conn.execute(
            "update invites set used_by = ?, used_at = ? where code = ? and used_by is null",
            (user_id, _iso(moment), code),
        ).rowcount
        if claimed != 1:
            raise InviteError("used")
        # in the same transaction: a failure here must not use up the invite
        register_user(db, user_id, invite.role, display_name=display_name, username=username,
                      area_id=invite.area_id, district=invite.district, city=invite.city, language=language)
    return get_person(db, user_id, admin_ids)  # type: ignore[return-value]


def get_invite(db: sqlite_utils.Database, code: str) -> Invite | None:
    rows = list(db["invites"].rows_where("code = ?", [code]))
    return _invite(rows[0]) if rows else None
