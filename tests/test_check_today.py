"""`check` run for a given day (check_case's `today`, as `build` passes its letter's day) judges every finding by that
day, never by the real date (issue 18): what is still to come, and what the letter drafted for that day asks for."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import copy_sample

from appeal_kit.checks import check_case

BEFORE_CARE = date(2026, 9, 1)  # before every date of service of the sample (September 8 to 17, 2026); the real
AFTER_CARE = date(2026, 9, 30)  # date is after them all, so a finding judged by it treats the care as given


@pytest.fixture
def urgent_case(tmp_path):
    """The TRD sample as an urgent case noticed before its care: a clinician certifies the urgency."""
    folder = copy_sample("ketamine-trd", tmp_path / "case")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("notice_date: October 14, 2026", "notice_date: August 20, 2026")
    text += ("\nurgency:\n  reason: treatment was stopped mid-course and symptoms are returning.\n"
             "  certified_by: Dr. Example Clinician, MD (fictional)\n")
    (folder / "case.yaml").write_text(text, encoding="utf-8")

    def with_template(name: str):
        (folder / "case.yaml").write_text(text.replace("template: ketamine-trd", f"template: {name}"),
                                          encoding="utf-8")
        return folder
    return with_template


def fields(folder, today: date) -> list[str]:
    return [f.field for f in check_case(folder, today=today).findings]


def urgency_warnings(folder, today: date) -> list[str]:
    return [f.message for f in check_case(folder, today=today).warnings if "urgency.certified_by" in f.message]


def test_the_expedited_letter_is_judged_by_the_given_day(urgent_case):
    """'every service was already given' (_letter_findings) holds after the care, not on a day before it."""
    folder = urgent_case("expedited-appeal")
    assert "claim.pending_services" not in fields(folder, BEFORE_CARE)
    assert "claim.pending_services" in fields(folder, AFTER_CARE)


def test_a_request_with_no_date_of_service_is_all_still_to_come(urgent_case):
    """A drug asked for, with no date of service yet: the expedited letter fits whatever the day (letters set 58,
    case 07: check said every service was already given, until the writer typed claim.pending_services)."""
    folder = urgent_case("expedited-appeal")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    start = text.index("  service_dates:")
    end = text.index("\n", text.index("]", start)) + 1
    (folder / "case.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    assert "claim.pending_services" not in fields(folder, AFTER_CARE)


def test_the_letters_own_request_is_drafted_for_the_given_day(urgent_case):
    """The standard letter of an employer plan asks for the expedited decision itself while care is still to come
    (derived.expedited_request, read from the context _fact_findings drafts): on a day before the care check has
    nothing to say of the certified urgency; after it, care is all given and there is nothing to warn of either."""
    folder = urgent_case("ketamine-trd")
    assert urgency_warnings(folder, BEFORE_CARE) == []
    assert urgency_warnings(folder, AFTER_CARE) == []


def test_without_a_day_check_judges_by_the_day_draft_dates_its_letter(tmp_path, monkeypatch):
    """SOURCE_DATE_EPOCH sets the day `draft` dates a letter by (appeal_kit/clock.py); `check` without a day judges by
    that day too, so the two never disagree about a deadline (before: `check` read the computer's clock)."""
    folder = copy_sample("ketamine-trd", tmp_path / "case")
    late = date(2027, 6, 1)  # after the sample's appeal deadline (April 12, 2027)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2027, 6, 1, 12, tzinfo=UTC).timestamp())))
    assert "claim.appeal_deadline" in fields(folder, late)
    assert [f.message for f in check_case(folder).findings] == [f.message for f in check_case(folder, today=late).findings]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2026, 11, 1, 12, tzinfo=UTC).timestamp())))
    assert "claim.appeal_deadline" not in [f.field for f in check_case(folder).findings]
