"""`appeal-kit prepare CASE`: the script for the call to the insurer before treatment starts.

It names the patient, the plan and the clinic as a representative asks for them, lists the codes of the planned
care (coverage.care) and asks the questions of letter_templates/coverage_questions.yaml, each with room for the
answer; answers already in `call_log` are shown under their question. It is printed and saved as
FOLDER/call-script.txt (call-script-es.txt in Spanish) in one rename. The saved file ends with a checksum line of
what appeal-kit wrote: a file whose text still matches it is replaced by the next `prepare`; one the person edited
(notes typed during the call) is never replaced without --force.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from appeal_kit.case.folder import get_path, load_case_data
from appeal_kit.coverage import calls, care
from appeal_kit.errors import WouldOverwriteError
from appeal_kit.files import atomic_write
from appeal_kit.i18n import N_, _

SCRIPT_NAME = "call-script.txt"
CHECKSUM_MARK = "-- appeal-kit prepare wrote this file; checksum "
RULE = "-" * 72


@dataclass
class Script:
    text: str
    kind: str
    lines: list[care.PlannedLine]
    questions: list[care.Question]
    unanswered: list[str]  # question ids not answered in call_log yet


def script_name(lang: str) -> str:
    return SCRIPT_NAME if lang == "en" else f"call-script-{lang}.txt"


def make_script(folder: Path, data: dict, lang: str = "en", *, today: date | None = None) -> Script:
    w = care.words(lang)
    kind = care.care_kind(data)
    lines = care.planned_lines(data, lang, today=today)
    questions = care.questions(kind, lang)
    answers = calls.answers_by_question(data)
    out = [w["title"].format(care=care.kinds()[kind].get(lang) or care.kinds()[kind]["en"]), RULE]

    def field(label: str, path: str) -> None:
        value = care.text(get_path(data, path))
        out.append(f"{w[label]}: {value or w['not_given']}")

    field("patient", "patient.name")
    field("date_of_birth", "patient.date_of_birth")
    field("member_id", "patient.member_id")
    field("insurer", "insurer.name")
    clinic = care.text(get_path(data, "planned_care.clinic")) or care.text(get_path(data, "provider.name"))
    details = [f"{w[k]} {care.text(get_path(data, 'provider.' + k))}" for k in ("npi", "tax_id")
               if care.text(get_path(data, "provider." + k))]
    out.append(f"{w['clinic']}: {', '.join(filter(None, [clinic, *details])) or w['not_given']}")
    diagnoses = get_path(data, "claim.diagnosis_codes")
    if diagnoses:
        listed = ", ".join(str(d) for d in diagnoses) if isinstance(diagnoses, list) else str(diagnoses)
        out.append(f"{w['diagnosis']}: {listed}")
    out += ["", _wrap(w["before_call"]), "", w["codes_heading"], RULE]
    for line in lines:
        first, *others = line.codes
        codes = first + (f" ({w['or']} {', '.join(others)})" if others else "")
        out.append(f"{codes:<26} {line.what}")
        out.append(f"{'':<26} {care.describe(first, lang)}")
        if line.note:
            out.append(f"{'':<26} {line.note}")
    if any(len(line.codes) > 1 for line in lines):
        out += ["", _wrap(w["codes_hint"])]
    out += ["", w["questions_heading"], RULE]
    codes_asked = list(dict.fromkeys(line.codes[0] for line in lines))
    for n, q in enumerate(questions, 1):
        out.append(_wrap(f"{n}. {q.text}", indent="   "))
        if q.per_code:
            out += [f"     {code}: ____________" for code in codes_asked]
        given = answers.get(q.id)
        if given:
            day, answer = given
            out.append(_wrap(f"   {w['answer']} ({w['answered'].format(date=day)}): {answer}", indent="   "))
        elif not q.per_code:
            out.append(f"   {w['answer']}: ________________________________________")
        out.append("")
    out.append(w["after_call"].format(folder=folder))
    body = "\n".join(out) + "\n"
    unanswered = [q.id for q in questions if q.id not in answers]
    return Script(body, kind, lines, questions, unanswered)


def _wrap(text: str, indent: str = "") -> str:
    import textwrap

    return textwrap.fill(text, width=100, subsequent_indent=indent, break_on_hyphens=False)


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def with_checksum(body: str) -> str:
    return f"{body}\n{CHECKSUM_MARK}{_checksum(body)}\n"


def edited_by_hand(path: Path) -> bool:
    """True when `path` is not exactly what appeal-kit wrote (its checksum line is gone or no longer matches)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    body, mark, tail = text.rpartition("\n" + CHECKSUM_MARK)
    return not mark or tail.strip() != _checksum(body)


def save_script(folder: Path, script: Script, lang: str = "en", *, force: bool = False) -> Path:
    target = Path(folder) / script_name(lang)
    if target.exists() and not force and edited_by_hand(target):
        raise WouldOverwriteError(_("{file}: already exists and was changed after appeal-kit wrote it (your notes "
                                    "may be in it); appeal-kit will not replace it. Add --force to replace it, or "
                                    "rename it first.").format(file=target))
    text = with_checksum(script.text)
    return atomic_write(target, lambda fh: fh.write(text.encode("utf-8")), what=N_("call script"))


def prepare(folder: Path, lang: str = "en", *, force: bool = False, today: date | None = None) -> tuple[Script, Path]:
    """Make the call script of the case in FOLDER and save it; (script, where it was saved)."""
    data = load_case_data(folder)
    script = make_script(folder, data, lang, today=today)
    return script, save_script(folder, script, lang, force=force)


def start_request(folder: Path) -> None:
    """Make the case the prior-authorization request (case.yaml `request: prior_authorization`, comments kept): the
    insurer said authorization is needed, so the next packet is the request, until a denial makes it the appeal."""
    from appeal_kit.case.folder import DENIAL_RECORDED, REQUEST_KINDS, update_case_file
    from appeal_kit.errors import CaseError

    data = load_case_data(folder)
    for key in DENIAL_RECORDED:
        if get_path(data, key):
            raise CaseError(_("{field}: the case already records a denial, so it is the appeal; a request goes "
                              "before the plan decides. Start the request in a new case folder (appeal-kit init "
                              "FOLDER)").format(field=key))
    update_case_file(folder, {"request": REQUEST_KINDS[0]}, force=True)
