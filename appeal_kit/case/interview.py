"""`appeal-kit init DIR --interactive`: plain-language questions that fill case.yaml.

The questions are data; `run_interview` asks them through a callable, so the terminal (click.prompt), piped
input and tests all use the same code. Answers are checked as they are given (dates must read as dates, a
category must be one of the list) and asked again when they do not.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from appeal_kit.case.folder import DENIAL_CATEGORIES, parse_date
from appeal_kit.errors import CaseError

# Plain words for each denial category, in the order shown to the user.
CATEGORY_CHOICES = {
    "medical_necessity": "they say it is not medically necessary",
    "experimental_investigational": "they call it experimental, investigational or unproven",
    "prior_authorization": "there was no prior authorization (pre-approval)",
    "step_therapy": "they want you to try other treatments first (step therapy)",
    "out_of_network": "the provider is out of network",
    "not_covered": "they say the plan does not cover it at all",
    "coding_billing": "a billing or coding problem",
    "timely_filing": "the claim was filed too late",
    "other": "something else",
}
assert tuple(CATEGORY_CHOICES) == DENIAL_CATEGORIES

# The template that answers each category best, when it is installed.
TEMPLATE_FOR_CATEGORY = {
    "experimental_investigational": "experimental-investigational",
    "prior_authorization": "retro-authorization",
    "step_therapy": "esketamine-step-therapy",
    "out_of_network": "out-of-network-gap-exception",
}


@dataclass(frozen=True)
class Question:
    path: str  # where the answer goes in case.yaml
    text: str  # the question, in plain words
    kind: str = "text"  # text | date | category
    required: bool = False
    default: str | None = None  # a fixed default, or "=path" to offer an earlier answer


QUESTIONS = (
    Question("patient.name", "What is the patient's full name?", required=True),
    Question("patient.date_of_birth", "The patient's date of birth (e.g. April 17, 1986)?", "date"),
    Question("patient.member_id", "The member ID on the insurance card?", required=True),
    Question("insurer.name", "Which insurance company or plan denied it?", required=True),
    Question("claim.number", "The claim, reference or authorization number on the denial letter?", required=True),
    Question("claim.notice_date", "The date printed on the denial letter?", "date"),
    Question("treatment.name", "What treatment was denied?", required=True, default="IV ketamine infusions"),
    Question("claim.denial_reason", "In the letter's own words, why did they say no?", required=True),
    Question("claim.denial_category", "Which of these is closest to the reason?", "category"),
    Question("treatment.summary", "In a sentence or two, why is this treatment needed?"),
    Question("author.name", "Who will sign the letter?", required=True, default="=patient.name"),
    Question("author.role", "How is the signer related to the patient (Patient, Parent, Advocate, Doctor)?",
             default="Patient"),
)
HISTORY_FIELDS = (("dose", "Dose (e.g. 200 mg daily)?"), ("start", "When did it start?"),
                  ("end", "When did it stop?"), ("outcome", "What happened (no response, side effects...)?"))

Ask = Callable[[str, str | None], str]  # (question, default) -> answer
Say = Callable[[str], None]


def _check(question: Question, answer: str) -> Any:
    """The value to store, or a CaseError saying what is wrong with the answer."""
    if question.kind == "date":
        return parse_date(answer, what=question.text)
    if question.kind == "category":
        names = list(CATEGORY_CHOICES)
        if answer.isdigit() and 1 <= int(answer) <= len(names):
            return names[int(answer) - 1]
        if answer in names:
            return answer
        raise CaseError(f"please answer with a number from 1 to {len(names)}")
    return answer


def ask_one(question: Question, ask: Ask, say: Say, answers: dict[str, Any]) -> Any:
    default = question.default
    if default and default.startswith("="):
        default = answers.get(default[1:])
    if question.kind == "category":
        for i, words in enumerate(CATEGORY_CHOICES.values(), start=1):
            say(f"  {i}. {words}")
        default = default or "1"
    while True:
        answer = (ask(question.text, default) or "").strip()
        if not answer:
            if question.required:
                say("  This one is needed for the letter; please answer it.")
                continue
            return None
        try:
            return _check(question, answer)
        except CaseError as exc:
            say(f"  {exc.message}")


def ask_history(ask: Ask, say: Say) -> list[dict[str, str]]:
    say("Now the treatments tried before (medications, therapy, TMS, ECT...). Leave the name empty when done.")
    history: list[dict] = []
    while True:
        drug = (ask(f"Treatment {len(history) + 1}: name", "") or "").strip()
        if not drug:
            return history
        row = {"drug": drug}
        for key, text in HISTORY_FIELDS:
            answer = (ask(f"  {text}", "") or "").strip()
            if answer and key in ("start", "end"):
                try:
                    answer = parse_date(answer, what=text)
                except CaseError:
                    say("  (kept as written: not a full date)")
            row[key] = answer
        history.append(row)


def ask_bates_prefix(name: str, ask: Ask, say: Say, language: str = "") -> str | None:
    """Show the Bates prefix the name gives and let the person change it; the prefix to store in case.yaml, or
    None when the one worked out from the name is kept."""
    from appeal_kit.case.folder import BATES_PREFIX_RE
    from appeal_kit.case.names import family_name

    found = family_name(name, language)
    if found.prefix:
        say(f"Every page will be numbered like {found.prefix}-000001, from the family name {found.written!r} "
            f"({found.convention}).")
    else:
        say("Every page carries a number made from the family name in Latin letters, and it cannot be spelled "
            "from how the name is written. Type it as it is on the insurance card.")
    while True:
        answer = (ask("Family name for the page numbers (Bates prefix)?", found.prefix) or "").strip().upper()
        answer = answer.replace(" ", "")
        if not answer:
            continue
        if BATES_PREFIX_RE.match(answer):
            return None if answer == found.prefix else answer
        say("  Use 1-20 letters A-Z or digits, e.g. WHITFIELD.")


def run_interview(ask: Ask, say: Say, template_names: list[str]) -> dict[str, Any]:
    """Ask every question; return dotted case.yaml paths -> values (empty answers left out)."""
    say("A few questions to fill in the case file. Press Enter to accept the value in [brackets].")
    answers: dict[str, Any] = {}
    for question in QUESTIONS:
        value = ask_one(question, ask, say, answers)
        if value is not None:
            answers[question.path] = value
        if question.path == "patient.name" and value:
            prefix = ask_bates_prefix(value, ask, say)
            if prefix:
                answers["bates_prefix"] = prefix
    history = ask_history(ask, say)
    if history:
        answers["clinical.history"] = history
    suggested = TEMPLATE_FOR_CATEGORY.get(answers.get("claim.denial_category", ""), "medical-necessity")
    if suggested not in template_names:
        suggested = "medical-necessity"
    say("Letter templates: " + ", ".join(template_names))
    while True:
        choice = (ask("Which letter template?", suggested) or suggested).strip()
        if choice in template_names:
            answers["template"] = choice
            return answers
        say(f"  {choice!r} is not one of the templates listed.")
