"""Answers about a plan's funding: the total it budgets and the share of each source."""

from __future__ import annotations

from knowledge.answer.common import Answer, Ctx, _result, _src
from knowledge.answer.format import esc, plan_label, source_line
from knowledge.text import normalize

# words that name a funding source in a question, folded: "ngân sách tỉnh", "xã hội hóa"…
_SOURCE_WORDS = ("ngan sach", "xa hoi hoa", "van dong", "trung uong", "dia phuong", "tinh", "huyen",
                 "budget", "social", "mobilis", "mobiliz", "central", "local", "province", "provincial")


def _h_funding(ctx: Ctx) -> Answer | None:
    """The amounts the plans in scope budget (``Plan.funding``, million đồng as written),
    fact first: the source the question names ("ngân sách tỉnh", "xã hội hóa") when it names
    one, else the total; the other amounts below. None when no plan in scope states one."""
    q = ctx.q
    _ = ctx._
    lines, sources = [], []
    asked = [w for w in _SOURCE_WORDS if w in q.norm]
    for plan in ctx.scope:
        rows = list(getattr(plan, "funding", None) or [])
        if not rows:
            continue
        if q.period:
            # the amount of another period is no answer ("kinh phí giai đoạn 2026 - 2030" of a
            # plan that budgets 2021-2025 only: its 2021-2025 total would be a wrong fact)
            rows = [r for r in rows if not r.period or r.period == f"{q.period[0]}-{q.period[1]}"]
            if not rows:
                continue

        def named(row) -> int:
            folded = normalize(row.source or "")
            return sum(1 for w in asked if w in folded)

        # the source asked first; the total (no source) first when none is asked
        rows.sort(key=lambda r: (-named(r), r.source is not None))
        first, rest = rows[0], rows[1:]
        what = esc(first.source) if first.source else _("total funding")
        period = f" ({esc(first.period)})" if first.period else ""
        lines.append(f"<b>{esc(first.written)}</b>{period} — {what} · {esc(plan_label(plan))}")
        lines.extend(f"• {esc(r.source) if r.source else _('total funding')}: {esc(r.written)}" for r in rest)
        lines.append(f"<i>«{esc(first.text)}»</i>")
        lines.append(source_line(plan, first.section, ctx.lang))
        lines.append("")
        sources.append(_src(plan, first.section))
    if not sources:
        return None
    return _result(ctx, lines, sources, "funding", 0.9)
