"""`appeal-kit init DIR --interactive`: plain-language questions that fill case.yaml.

The questions are data; `run_interview` asks them through a callable, so the terminal (click.prompt), piped
input and tests all use the same code. Answers are checked as they are given (dates must read as dates, a
category must be one of the list) and asked again when they do not.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from appeal_kit.case.folder import DENIAL_CATEGORIES, date_from_words, parse_date
from appeal_kit.errors import CaseError
from appeal_kit.i18n import N_, _, language, long_date

# Plain words for each denial category, in the order shown to the user.
CATEGORY_CHOICES = {
    "medical_necessity": N_("they say it is not medically necessary"),
    "experimental_investigational": N_("they call it experimental, investigational or unproven"),
    "prior_authorization": N_("there was no prior authorization (pre-approval)"),
    "step_therapy": N_("they want you to try other treatments first (step therapy)"),
    "out_of_network": N_("the provider is out of network"),
    "not_covered": N_("they say the plan does not cover it at all"),
    "benefit_limit": N_("they say a limit on the number of treatments or visits was reached"),
    "coding_billing": N_("a billing or coding problem"),
    "timely_filing": N_("the claim was filed too late"),
    "coordination_of_benefits": N_("they say another insurance should pay first (coordination of benefits)"),
    "other": N_("something else"),
}
assert tuple(CATEGORY_CHOICES) == DENIAL_CATEGORIES

# The plan types in short words a member knows (what intake read, the patient's summary)
PLAN_NAMES = {
    "medicaid": N_("Medicaid"),
    "medicare_advantage": N_("Medicare Advantage"),
    "medicare": N_("Original Medicare"),
    "medicare_part_d": N_("Medicare Part D (drugs)"),
    "employer_erisa": N_("a plan from work (employer plan)"),
    "individual_aca": N_("an individual or Marketplace plan"),
    "fehb": N_("a federal employees' plan (FEHB)"),
    "chip": N_("CHIP (a children's health plan run by the state, not Medicaid)"),
    "governmental": N_("a state or local government employees' plan"),
    "church": N_("a church plan"),
    "tricare": N_("TRICARE (the military's health program)"),
    "short_term": N_("a short-term health insurance policy"),
}

# The plan types in the words on people's cards and letters; typed words that name one (Medi-Cal, STAR) count too.
PLAN_CHOICES = {
    "medicaid": N_("Medicaid, including state names for it (Medi-Cal, STAR, Apple Health, MassHealth...) and "
                   "Medicaid plans run by an insurance company"),
    "medicare_advantage": N_("Medicare Advantage (a private Medicare plan, \"Part C\")"),
    "medicare": N_("Original Medicare (the red, white and blue card)"),
    "medicare_part_d": N_("Medicare Part D (a drug plan)"),
    "employer_erisa": N_("a plan from my job (or a family member's job)"),
    "individual_aca": N_("a plan I bought myself or on the Marketplace (HealthCare.gov, Covered California...)"),
    "fehb": N_("a federal employees' plan (FEHB)"),
    "chip": N_("CHIP, a separate children's health plan run by the state (when the card or letter says CHIP and not "
               "Medicaid)"),
    "governmental": N_("a plan from a state, county, city or school district job (public employees)"),
    "church": N_("a plan from a church or a church's school, hospital or charity, when it says it is not under ERISA"),
    "tricare": N_("TRICARE, for service members, retirees and their families (Prime, Select, For Life...)"),
    "short_term": N_("a short-term policy (short-term medical, for a few months up to a few years, not a "
                     "Marketplace plan)"),
    "unknown": N_("I don't know"),
}
# Read first to last; the first match wins: TRICARE before federal (a military family's plan is not FEHB), federal
# before government, CHIP before Medicaid (a separate CHIP is not Medicaid), public and church employers before any
# other job; a short-term policy before the Marketplace or a job (it is neither).
PLAN_WORDS = ((r"tricare|militar|champus", "tricare"), (r"short[- ]term|corto plazo|stldi", "short_term"),
              (r"federal|fehb", "fehb"),
              (r"\bchip\b|children'?s health insurance", "chip"),
              (r"church|iglesia|parish|diocese|ministry", "church"),
              (r"\bstate (?:employee|worker)|public (?:employee|school)|county|city|municipal|school district|"
               r"for the state|state job|gobierno|government", "governmental"),
              (r"medi-?cal|\bstar\b|medicaid|apple health|masshealth|tenncare|husky", "medicaid"),
              (r"advantage|parte? c\b", "medicare_advantage"), (r"parte? d\b", "medicare_part_d"),
              (r"medicare", "medicare"), (r"trabajo|empleador|job|employer|work", "employer_erisa"),
              (r"mercado|marketplace|obamacare|healthcare\.gov|covered california", "individual_aca"),
              (r"no s[eé]|don'?t know|unknown", "unknown"))

# Who pays an employer, government or church plan's claims decides its regulator and external-review route
# (docs/sending.md): the plan booklet or the denial usually says. "I don't know" stores nothing, and check asks again.
FUNDING_CHOICES = {
    "insured": N_("an insurance company (the booklet or card names the insurer that pays the claims)"),
    "self_funded": N_("the employer itself (the booklet says self-funded or self-insured; a company only "
                      "administers the claims)"),
    "unknown": N_("I don't know"),
}
EMPLOYER_PLANS = ("employer_erisa", "governmental", "church")
# How Medicaid or CHIP is given (claim.delivery, rules.route): through a plan, or paid by the state itself
DELIVERY_CHOICES = {
    "managed_care": N_("through a health plan (the card or notice names a plan, such as an HMO or a care "
                       "organization)"),
    "fee_for_service": N_("by the state itself, with no health plan (the notice comes from the state Medicaid or "
                          "CHIP agency or its reviewer)"),
    "unknown": N_("I don't know"),
}
# A Medicare Advantage plan for people with Medicare and Medicaid may give one appeal for both (claim.integrated,
# rules.route): its notices say "integrated appeal" or "integrated reconsideration".
INTEGRATED_CHOICES = {
    "yes": N_("yes: the plan covers my Medicare and Medicaid together, and its letter offers one \"integrated\" "
              "appeal for both"),
    "no": N_("no: the letter offers a Medicare appeal only (Medicaid, if I have it, is appealed separately)"),
    "unknown": N_("I don't know"),
}

# The signer's relation, chosen from fixed answers; the letter (always English) gets the English words.
ROLE_CHOICES = {
    "Patient": N_("I am the patient"),
    "Daughter, authorized representative": N_("Daughter"),
    "Son, authorized representative": N_("Son"),
    "Spouse, authorized representative": N_("Wife or husband"),
    "Parent, authorized representative": N_("Mother or father"),
    "Family member, authorized representative": N_("Another family member"),
    "Advocate, authorized representative": N_("Advocate or helper"),
    "Treating physician": N_("The doctor treating the patient"),
    # a prescriber who is not a physician: the letter names them as such, never "physician" (derived.author_standing)
    "Treating nurse practitioner, prescriber": N_("The nurse practitioner treating the patient (the prescriber)"),
    "Treating physician assistant, prescriber": N_("The physician assistant treating the patient (the prescriber)"),
}
# What happened with an earlier treatment, chosen from fixed answers mapped to the English the letter prints.
OUTCOME_CHOICES = {
    "no response": N_("no response (it did not help)"),
    "partial response": N_("partial response (it helped a little)"),
    "stopped because of side effects": N_("side effects made it stop"),
    "worked at first, then stopped working": N_("it worked at first, then stopped working"),
    "could not be tolerated": N_("could not take it (not tolerated)"),
}
# Dose words in Spanish -> the English a letter prints ("100 mg al día" -> "100 mg daily")
DOSE_WORDS = ((r"\bdos veces al d[ií]a\b", "twice daily"), (r"\btres veces al d[ií]a\b", "three times daily"),
              (r"\b(al|por|cada) d[ií]a\b|\bdiari[oa]s?\b", "daily"), (r"\bpor la noche\b", "at night"),
              (r"\bpor la ma[nñ]ana\b", "in the morning"), (r"\ba la semana\b|\bsemanal\b", "weekly"),
              (r"\bcada (\d+) horas\b", r"every \1 hours"), (r"\bsegún necesidad\b", "as needed"))
# ... and back, for the person's summary ("100 mg daily" -> "100 mg al día")
DOSE_SPANISH = ((r"\btwice daily\b", "dos veces al día"), (r"\bthree times daily\b", "tres veces al día"),
                (r"\bdaily\b", "al día"), (r"\bat night\b", "por la noche"), (r"\bin the morning\b", "por la mañana"),
                (r"\bweekly\b", "a la semana"), (r"\bevery (\d+) hours\b", r"cada \1 horas"),
                (r"\bas needed\b", "según necesidad"))

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
    text: str  # the question, in plain words (translated when asked)
    kind: str = "text"  # text | date | category | plan | funding | delivery | integrated | role
    required: bool = False
    default: str | None = None  # a fixed default, or "=path" to offer an earlier answer
    plans: tuple[str, ...] = ()  # asked only when the plan type is one of these


QUESTIONS = (
    Question("patient.name", N_("What is the patient's full name?"), required=True),
    Question("patient.date_of_birth", N_("The patient's date of birth (e.g. April 17, 1986)?"), "date"),
    Question("patient.member_id", N_("The member ID on the insurance card?"), required=True),
    Question("insurer.name", N_("Which insurance company or plan denied it?"), required=True),
    Question("claim.plan_type", N_("What kind of plan is it?"), "plan"),
    Question("claim.funding", N_("Who pays the claims of this plan?"), "funding", plans=EMPLOYER_PLANS),
    Question("claim.delivery", N_("How is this coverage given?"), "delivery", plans=("medicaid", "chip")),
    Question("claim.integrated", N_("Does this plan cover both Medicare and Medicaid with one appeal for both?"),
             "integrated", plans=("medicare_advantage",)),
    Question("claim.number", N_("The claim, reference or authorization number on the denial letter?"),
             required=True),
    Question("claim.notice_date", N_("The date printed on the denial letter?"), "date"),
    Question("treatment.name", N_("What treatment was denied?"), required=True, default="IV ketamine infusions"),
    Question("claim.denial_reason", N_("In the letter's own words, why did they say no?"), required=True),
    Question("claim.denial_category", N_("Which of these is closest to the reason?"), "category"),
    Question("treatment.summary", N_("In a sentence or two, why is this treatment needed?")),
    Question("author.name", N_("Who will sign the letter?"), required=True, default="=patient.name"),
    Question("author.role", N_("How is the signer related to the patient (Patient, Parent, Advocate, Doctor)?"),
             "role", default="Patient"),
)
HISTORY_FIELDS = (("dose", N_("Dose (e.g. 200 mg daily)?")), ("start", N_("When did it start?")),
                  ("end", N_("When did it stop?")), ("outcome", N_("What happened (no response, side effects...)?")))

Ask = Callable[[str, str | None], str]  # (question, default) -> answer
Say = Callable[[str], None]


def _numbered(choices: dict[str, str], answer: str) -> str | None:
    """The key of a choice answered by its number, its key, or the words it is shown with ("Hija", "sin respuesta"
    for "sin respuesta (no ayudó)"), whatever the capitals and accents."""
    names = list(choices)
    if answer.isdigit() and 1 <= int(answer) <= len(names):
        return names[int(answer) - 1]
    if answer in names:
        return answer
    typed = _folded(answer)
    for key, words in choices.items():
        shown = _(words)
        if typed and typed in (_folded(shown), _folded(shown.split(" (")[0]), _folded(key)):
            return key
    return None


def _folded(text: str) -> str:
    """Lower case without accents or surrounding punctuation: "¡Hija!" -> "hija"."""
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.lower().strip(" .!¡?¿").split())


def read_date(answer: str, what: str) -> str | list[str]:
    """An ISO date; in Spanish, day first and month names in Spanish ("3 de mayo de 1961"). A date whose day and
    month could be either way round ("03/05/1961") gives both readings, for the person to choose."""
    if language() == "en":
        return parse_date(answer, what=what)
    m = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", answer)
    if m:
        a, b, year = (int(x) for x in m.groups())
        readings = []
        for day, month in ((a, b), (b, a)):
            try:
                readings.append(date(year, month, day).isoformat())
            except ValueError:
                pass
        readings = list(dict.fromkeys(readings))
        if len(readings) == 1:
            return readings[0]
        if readings:
            return readings
    try:
        return parse_date(answer, what=what)
    except CaseError:
        pass
    found = date_from_words(answer, day_first=True)
    if found is None:
        raise CaseError(_("{answer!r} is not a date I can read. Write it like 13 de diciembre de 2026 or "
                          "2026-12-13.").format(answer=answer))
    return found


def _which_date(readings: list[str], ask: Ask, say: Say) -> str:
    say("  " + _("That date can be read two ways:"))
    for i, iso in enumerate(readings, start=1):
        say(f"  {i}. {long_date(date.fromisoformat(iso))}")
    while True:
        answer = (ask(_("Which one?"), "") or "").strip()
        if answer.isdigit() and 1 <= int(answer) <= len(readings):
            return readings[int(answer) - 1]
        say("  " + _("please answer with a number from 1 to {n}").format(n=len(readings)))


# The questions answered from a list (the signer's relation too, outside English); the ones with no choice offered
# as the default, since a wrong default there cites the wrong law
_CHOICES = {"category": CATEGORY_CHOICES, "plan": PLAN_CHOICES, "funding": FUNDING_CHOICES,
            "delivery": DELIVERY_CHOICES, "integrated": INTEGRATED_CHOICES}
_NO_DEFAULT = ("plan", "funding", "delivery", "integrated")


def _check(question: Question, answer: str) -> Any:
    """The value to store, or a CaseError saying what is wrong with the answer."""
    if question.kind == "date":
        return read_date(answer, _(question.text))
    choices = {**_CHOICES, "role": ROLE_CHOICES}.get(question.kind)
    if choices is None:
        return answer
    chosen = _numbered(choices, answer)
    if chosen is None and question.kind == "plan":
        chosen = next((plan for pattern, plan in PLAN_WORDS if re.search(pattern, answer, re.I)), None)
    if chosen is None and question.kind == "role" and language() == "en":
        return answer  # in English the signer's own words go into the letter as they are
    if chosen is None:
        raise CaseError(_("please answer with a number from 1 to {n}").format(n=len(choices)))
    return chosen


def ask_one(question: Question, ask: Ask, say: Say, answers: dict[str, Any]) -> Any:
    default = question.default
    if default and default.startswith("="):
        default = answers.get(default[1:])
    choices = _CHOICES.get(question.kind)
    if question.kind == "role" and language() != "en":
        choices = ROLE_CHOICES
    if choices:
        for i, words in enumerate(choices.values(), start=1):
            say(f"  {i}. {_(words)}")
        default = "1" if question.kind not in _NO_DEFAULT else None
    text = _(question.text)
    if question.kind == "role" and language() != "en":
        text = _("How is the signer related to the patient?")
    while True:
        answer = (ask(text, default) or "").strip()
        if not answer:
            if question.required:
                say("  " + _("This one is needed for the letter; please answer it."))
                continue
            return None
        try:
            value = _check(question, answer)
        except CaseError as exc:
            say(f"  {exc.message}")
            continue
        return _which_date(value, ask, say) if isinstance(value, list) else value


def month_from_words(text: str) -> str | None:
    """A month without its day, in English or Spanish ("enero de 2025", "March 2024", "03/2024"), as YYYY-MM (the
    form case.yaml and the letters read as a month); None when the answer is not one."""
    import dateparser

    if re.search(r"(?<!\d)\d{1,2}(?!\d)(?![/.-]\d{4}\b)", text):  # a day number: a full date or not a date
        return None
    spanish = language() != "en"
    parsed = dateparser.parse(text, languages=["es", "en"] if spanish else ["en", "es"],
                              settings={"REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first"})
    return f"{parsed.year:04d}-{parsed.month:02d}" if parsed else None


TREATMENT_NAMES_FILE = "treatment_names_es.yaml"


@lru_cache(maxsize=1)
def _spanish_treatments() -> dict[str, str]:
    """letter_templates/treatment_names_es.yaml keyed as typed names are looked up (_folded), read once a run."""
    from appeal_kit.bundled import bundled_dir, read_yaml_mapping

    names = read_yaml_mapping(bundled_dir() / TREATMENT_NAMES_FILE, "a mapping with `names`").get("names") or {}
    return {_folded(str(spanish)): str(english) for spanish, english in names.items()}


def english_treatment(name: str) -> str | None:
    """The English name the letter prints for a treatment typed in Spanish ("sertralina" -> "sertraline",
    letter_templates/treatment_names_es.yaml); None when the name is not a Spanish one the table knows."""
    english = _spanish_treatments().get(_folded(name))
    # "Bupropión" -> "bupropion" too; an English name the same in Spanish is no Spanish one, whatever its capitals
    # ("Escitalopram": letters set 67, case 05)
    return english if english and english.casefold() != name.strip().casefold() else None


def english_dose(text: str) -> str:
    """A dose typed in Spanish in the English the letter prints ("100 mg al día" -> "100 mg daily")."""
    for pattern, english in DOSE_WORDS:
        text = re.sub(pattern, english, text, flags=re.I)
    return text


def spanish_dose(text: str) -> str:
    """A dose as the letter prints it, in Spanish for the person's summary ("100 mg daily" -> "100 mg al día")."""
    for pattern, spanish in DOSE_SPANISH:
        text = re.sub(pattern, spanish, text, flags=re.I)
    return text


def ask_history(ask: Ask, say: Say) -> list[dict[str, str]]:
    say(_("Now the treatments tried before (medications, therapy, TMS, ECT...). Leave the name empty when done."))
    history: list[dict] = []
    spanish = language() != "en"
    while True:
        drug = (ask(_("Treatment {n}: name").format(n=len(history) + 1), "") or "").strip()
        if not drug:
            return history
        if spanish and (english := english_treatment(drug)):
            say("  " + _("(in the letter, in English: {name})").format(name=english))
            drug = english
        row = {"drug": drug}
        for key, text in HISTORY_FIELDS:
            if key == "outcome" and spanish:
                for i, words in enumerate(OUTCOME_CHOICES.values(), start=1):
                    say(f"    {i}. {_(words)}")
            answer = (ask(f"  {_(text)}", "") or "").strip()
            if answer and key in ("start", "end"):
                try:
                    readings = read_date(answer, _(text))
                    answer = _which_date(readings, ask, say) if isinstance(readings, list) else readings
                except CaseError:
                    month = month_from_words(answer)
                    if month:
                        answer = month  # "enero de 2025" -> 2025-01: letters say a month as a month
                    else:
                        say("  " + _("(kept as written: not a full date)"))
            elif answer and key == "dose" and spanish:
                answer = english_dose(answer)
            elif answer and key == "outcome" and spanish:
                while (choice := _numbered(OUTCOME_CHOICES, answer)) is None:
                    say("  " + _("please answer with a number from 1 to {n}").format(n=len(OUTCOME_CHOICES)))
                    answer = (ask(f"  {_(text)}", "") or "").strip()
                answer = choice
            row[key] = answer
        history.append(row)


def ask_bates_prefix(name: str, ask: Ask, say: Say, language: str = "") -> str | None:
    """Show the Bates prefix the name gives and let the person change it; the prefix to store in case.yaml, or
    None when the one worked out from the name is kept."""
    from appeal_kit.case.folder import BATES_PREFIX_RE
    from appeal_kit.case.names import family_name

    found = family_name(name, language)
    if found.prefix:
        say(_("Every page will be numbered like {prefix}-000001, from the family name {family!r} ({how}).").format(
            prefix=found.prefix, family=found.written, how=_(found.convention)))
    else:
        say(_("Every page carries a number made from the family name in Latin letters, and it cannot be spelled "
              "from how the name is written. Type it as it is on the insurance card."))
    while True:
        answer = (ask(_("Family name for the page numbers (Bates prefix)?"), found.prefix) or "").strip().upper()
        answer = answer.replace(" ", "")
        if not answer:
            continue
        if BATES_PREFIX_RE.match(answer):
            return None if answer == found.prefix else answer
        say("  " + _("Use 1-20 letters A-Z or digits, e.g. WHITFIELD."))


def run_interview(ask: Ask, say: Say, template_names: list[str]) -> dict[str, Any]:
    """Ask every question; return dotted case.yaml paths -> values (empty answers left out)."""
    say(_("A few questions to fill in the case file. Press Enter to accept the value in [brackets]."))
    answers: dict[str, Any] = {}
    if language() != "en":
        answers["patient.language"] = language()
    for question in QUESTIONS:
        if question.plans and answers.get("claim.plan_type") not in question.plans:
            continue
        value = ask_one(question, ask, say, answers)
        if question.kind in ("funding", "delivery", "integrated") and value == "unknown":
            value = None
        if question.kind == "integrated" and value is not None:
            value = value == "yes"
        if value is not None:
            answers[question.path] = value
        if question.path == "patient.name" and value:
            prefix = ask_bates_prefix(value, ask, say, language())
            if prefix:
                answers["bates_prefix"] = prefix
    history = ask_history(ask, say)
    if history:
        answers["clinical.history"] = history
    suggested = TEMPLATE_FOR_CATEGORY.get(answers.get("claim.denial_category", ""), "medical-necessity")
    if suggested not in template_names:
        suggested = "medical-necessity"
    say(_("Letter templates: {names}").format(names=", ".join(template_names)))
    while True:
        choice = (ask(_("Which letter template?"), suggested) or suggested).strip()
        if choice in template_names:
            answers["template"] = choice
            return answers
        say("  " + _("{choice!r} is not one of the templates listed.").format(choice=choice))
