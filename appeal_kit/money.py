"""Amounts of money as case.yaml holds them (numbers or "$1,234.50") and as appeal-kit prints them: the ground
floor the records, the superbill, claims and the ledger share."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from appeal_kit.errors import CaseError
from appeal_kit.i18n import _

CENT = Decimal("0.01")
_MONEY_RE = re.compile(r"^(-)?\s*\$?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?$")


def parse_money(value: Any, *, what: str) -> Decimal:
    """1234.5, "1234.50", "$1,234.50", "-$12" -> Decimal("1234.50"). Raises CaseError naming `what`."""
    if isinstance(value, bool) or value is None:
        raise CaseError(_("{field}: {value} is not an amount of money. Write it like 1234.50 or \"$1,234.50\".").format(
            field=what, value=repr(value)))
    if isinstance(value, (int, Decimal)):
        return Decimal(value).quantize(CENT)
    if isinstance(value, float):
        return Decimal(repr(value)).quantize(CENT)
    text = str(value).strip().replace(" ", "")
    m = _MONEY_RE.match(text)
    if not text or not m or not (m.group(3) or m.group(4)) or (m.group(1) and m.group(2)):
        raise CaseError(_("{field}: {value} is not an amount of money. Write it like 1234.50 or \"$1,234.50\".").format(
            field=what, value=repr(str(value))))
    whole = (m.group(3) or "0").replace(",", "")
    amount = Decimal(f"{whole}.{(m.group(4) or '0').ljust(2, '0')}")
    try:
        return (-amount if (m.group(1) or m.group(2)) else amount).quantize(CENT)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        raise CaseError(_("{field}: {value} is not an amount of money.").format(field=what, value=repr(str(value)))) \
            from None


def money(amount: Decimal) -> str:
    """Decimal("1234.5") -> "$1,234.50"; negative amounts as "-$12.00"."""
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"
