"""The answers of calls to the insurer, in case.yaml `call_log`: each call's date, the representative (`who`), the
call reference number, a summary, and `answers` filed under the ids of the questions of the call script
(letter_templates/coverage_questions.yaml)."""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.case.folder import (
    CASE_FILE,
    is_blank,
    load_case_data,
    parse_date,
    read_yaml,
    to_plain,
    update_case_file,
)
from appeal_kit.coverage import care
from appeal_kit.errors import CaseError
from appeal_kit.i18n import _


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


# An answer to the prior_authorization question that says it is needed: "yes, for J3490", "sí", "required".
_NEEDED = re.compile(r"^\s*(?:yes|y|s[ií]|required|needed|necesaria|necesario|hace falta)\b", re.I)


def authorization_needed(data: dict) -> bool:
    """The latest answer in call_log to the prior_authorization question says the plan needs it, and the case is
    not the request already (`request:`)."""
    answer = answers_by_question(data).get("prior_authorization")
    return bool(answer and _NEEDED.match(answer[1])) and is_blank(data.get("request"))


@dataclass
class Recorded:
    case_file: Path
    entry: dict
    unanswered: list[str]  # question ids of the case's call script still without an answer


def parse_answers(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """["in_network=no", "prior_authorization=yes, for J3490"] -> {id: answer}; CaseError for an unknown id."""
    known = care.question_ids()
    out: dict[str, str] = {}
    for pair in pairs:
        qid, sep, answer = str(pair).partition("=")
        qid = qid.strip()
        if not sep or not answer.strip():
            raise CaseError(_("--answer {pair!r}: write it as QUESTION=ANSWER, e.g. in_network=no (questions: "
                              "{questions})").format(pair=pair, questions=", ".join(known)))
        check_question_id(qid, known, where="--answer")
        out[qid] = " ".join(answer.split())
    return out


def check_question_id(qid: str, known: list[str], *, where: str) -> None:
    if qid not in known:
        close = difflib.get_close_matches(qid, known, n=1)
        raise CaseError((_("{where}: {qid!r} is not a question of the call script; did you mean {close}?") if close
                         else _("{where}: {qid!r} is not a question of the call script (questions: {known})")).format(
            where=where, qid=qid, close=close[0] if close else "", known=", ".join(known)))


def unanswered(data: dict) -> list[care.Question]:
    """The questions of the case's call script that no call in call_log answered yet."""
    given = answers_by_question(data)
    return [q for q in care.questions(care.care_kind(data)) if q.id not in given]


def interview(data: dict, ask: Callable[[str, str], str], *, today: date, lang: str = "en") -> dict:
    """A call's entry from a short interview in `lang`: `ask(question, default)` returns what the person typed
    ("" skips). Asks the date, the representative, the reference number, then each question still unanswered."""
    w = care.words(lang)
    entry: dict[str, Any] = {"date": parse_date(ask(w["call_date"], today.isoformat()) or today.isoformat(),
                                                what=_("date of the call"))}
    who = ask(w["call_who"], "")
    if not who.strip():
        raise CaseError(_("the representative's name is needed: ask for it at the start of every call"))
    entry["who"] = who.strip()
    reference = ask(w["call_reference"], "")
    if reference.strip():
        entry["reference"] = reference.strip()
    answers = {}
    kind = care.care_kind(data) if _has_kind(data) else None
    given = answers_by_question(data)
    for q in care.questions(kind, lang) if kind else []:
        if q.id in given:
            continue
        said = ask(f"{q.text} {w['skip']}", "")
        if said.strip():
            answers[q.id] = " ".join(said.split())
    if answers:
        entry["answers"] = answers
    summary = ask(w["anything_else"], "")
    if summary.strip():
        entry["summary"] = summary.strip()
    return entry


def record_call(folder: Path, entry: dict) -> Recorded:
    """Append `entry` to case.yaml's call_log, keeping the comments of the file and of the earlier calls."""
    case_file = Path(folder) / CASE_FILE
    data = load_case_data(folder)
    if is_blank(entry.get("who")):
        raise CaseError(_("--who: the representative's name is needed (ask for it at the start of every call)"))
    if not entry.get("answers") and is_blank(entry.get("summary")):
        raise CaseError(_("nothing to record: give --answer QUESTION=ANSWER or --summary"))
    raw = read_yaml(case_file)
    earlier = to_plain(raw.get("call_log")) if isinstance(raw, dict) and raw.get("call_log") else []
    if not isinstance(earlier, list):
        raise CaseError(_("{file}: call_log should be a list of calls, each starting with `- date: ...`").format(
            file=case_file))
    update_case_file(folder, {"call_log": [*earlier, entry]}, force=True)
    return Recorded(case_file, entry, [q.id for q in unanswered(load_case_data(folder))] if _has_kind(data) else [])


def _has_kind(data: dict) -> bool:
    try:
        care.care_kind(data)
    except CaseError:
        return False
    return True
