"""The answers of calls to the insurer, in case.yaml `call_log`: each call's date, the representative (`who`), the
call reference number, a summary, and `answers` filed under the ids of the questions of the call script
(letter_templates/coverage_questions.yaml)."""
from __future__ import annotations

from appeal_kit.case.folder import is_blank, parse_date
from appeal_kit.errors import CaseError


def answers_by_question(data: dict) -> dict[str, tuple[str, str]]:
    """question id -> (ISO date of the call, answer), the latest call's answer where several calls gave one."""
    found: dict[str, tuple[str, str]] = {}
    for i, call in enumerate(data.get("call_log") or []):
        if not isinstance(call, dict) or not isinstance(call.get("answers"), dict):
            continue
        try:
            day = parse_date(call.get("date"), what=f"call_log item {i + 1}: date") if call.get("date") else ""
        except CaseError:
            day = ""
        for qid, answer in call["answers"].items():
            if is_blank(answer):
                continue
            if str(qid) not in found or day >= found[str(qid)][0]:
                found[str(qid)] = (day, " ".join(str(answer).split()))
    return found
