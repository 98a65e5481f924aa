"""What a letter may say about this case, worked out from the case data, so that every sentence holds for it.

Each function here turns case facts into a small value a template tests or prints: how to name the patient after
the first mention, whether the treatment name is plural, whether the author writes for someone else (and where
their authorization is), whether Spravato is used as labelled, which topics the enclosed clinical records cover,
and whether a next-level request is on time.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from appeal_kit import clock
from appeal_kit.case.folder import get_path, is_blank
from appeal_kit.case.names import person_key
from appeal_kit.directory import names_repeated  # noqa: F401 (the letter's data reads it here)
from appeal_kit.i18n import ENGLISH_MONTHS, N_
from appeal_kit.letter.wording import (
    WORDS,
    dayspan,
    join_and,
    longdate,
    lower_first,
    number_words,
    pending_count,
    shortdate,
)
from appeal_kit.rules import FEE_FOR_SERVICE, Citations, route

# Medicare plans use CMS's appointment-of-representative form; other plans have their own
# (docs/domain.md, "Which rules a letter may cite")
MEDICARE_PLANS = ("medicare", "medicare_advantage", "medicare_part_d")
# ICD-10-CM major depressive disorder, single episode and recurrent (F32.A is depression unspecified: not MDD)
_MDD = re.compile(r"^F3[23]\.?(?!A)", re.I)


def patient_names(data: dict, *, clinician: bool = False) -> dict[str, Any]:
    """How the letter names the patient, in the author's voice. A patient writing their own appeal speaks as "I"
    (`self` true): short "I", obj "me", poss "my", has "have", is "am". Anyone else (a representative, a relative,
    a physician) writes about the patient: `patient.salutation` ("Ms. Whitfield") when given, else "the patient",
    with "has" and "is"; so does a letter the treating clinician signs (`clinician`). `full` is the name for the
    first mention; `*_cap` forms start a sentence."""
    full = str(get_path(data, "patient.name") or "")
    if not clinician and not writes_for_someone_else(data):
        return {"self": True, "full": full, "short": "I", "short_cap": "I", "obj": "me", "poss": "my",
                "poss_cap": "My", "has": "have", "is": "am"}
    short = str(get_path(data, "patient.salutation") or "").strip() or "the patient"
    poss = short + ("'" if short.endswith("s") and short != "the patient" else "'s")
    return {"self": False, "full": full, "short": short, "short_cap": short[:1].upper() + short[1:], "obj": short,
            "poss": poss, "poss_cap": poss[:1].upper() + poss[1:], "has": "has", "is": "is"}


def language_request(data: dict, today: date) -> str:
    """With `patient.language` (an ISO code such as es), the sentence asking the plan to write to the patient in
    that language too, in the author's voice ("I read Spanish" when the patient writes, "Our family" when a minor's
    parent does); empty for English or when not given. The letter itself stays English."""
    code = str(get_path(data, "patient.language") or "").strip().replace("-", "_")
    if not code or code.lower().startswith("en"):
        return ""
    from babel import Locale, UnknownLocaleError

    try:
        name = (Locale.parse(code).get_display_name("en") or code).split(" (")[0]
    except (ValueError, UnknownLocaleError):
        name = code
    # the patient who writes the letter speaks as "I", here too (letters set 57, case 01: "Yesenia Paredes Olmos reads
    # Spanish" in her own letter)
    if patient_names(data)["self"]:
        return (f"I read {name}: please send me your decision and every notice about this appeal in {name} as well as "
                "in English.")
    # a parent writes to the plan for a minor and reads its notices too: the family's language, not the child's
    # alone (letters set 63, case 01: "Ximena ... reads Spanish", the language her mother's)
    if author_standing(data, today)["kind"] == "parent":
        return (f"Our family reads {name}: please send your decision and every notice about this appeal in {name} as "
                "well as in English.")
    who = patient_names(data)["full"] or "The patient"
    return (f"{who} reads {name}: please send your decision and every notice about this appeal in {name} as well "
            "as in English.")


def treatment_is_plural(data: dict) -> bool:
    """"IV ketamine infusions" -> True; "Spravato (esketamine) nasal spray", "TMS" -> False.
    `treatment.plural: true/false` in case.yaml overrides the guess."""
    explicit = get_path(data, "treatment.plural")
    if isinstance(explicit, bool):
        return explicit
    name = re.sub(r"\([^)]*\)", " ", str(get_path(data, "treatment.name") or "")).split()
    last = name[-1] if name else ""
    if last.isupper() or not last.lower().endswith("s"):
        return False
    return not last.lower().endswith(("ss", "us", "is", "ys"))


def treatment_forms(data: dict) -> dict[str, Any]:
    """Verb and pronoun forms that agree with the treatment name: `{{ treatment.name }} {{ tx.is }}`."""
    plural = treatment_is_plural(data)
    forms = ("are", "were", "have", "they", "their", "them") if plural else ("is", "was", "has", "it", "its", "it")
    # "Spravato for treatment-resistant depression" already says what it is for: the letter adds no " for ..."
    names_use = bool(re.search(r"\bfor\b", str(get_path(data, "treatment.name") or ""), re.I))
    noun = treatment_noun(data)
    # the short noun as typed (no first letter lowered), where the full name was printed before: a brand whose
    # formulation follows it ("Austedo XR (deutetrabenazine ...)") keeps its capital (letters set 61, case 01: the
    # full name six times)
    short = treatment_noun(data, as_typed=True)
    # the short noun's own verb: "transcranial magnetic stimulation (TMS) is", never the "are" the full name's two
    # codes call for (letters set 61, case 01: "... (TMS), acute course of 36 sessions (90867, 90868) are")
    head = re.sub(r"\s*\([^()]*\)\s*$", "", noun).split()
    noun_plural = bool(head) and head[-1].lower().endswith("s") and not head[-1].lower().endswith(("ss", "is", "us"))
    return {"plural": plural, "names_use": names_use, "noun": noun, "noun_is": "are" if noun_plural else "is",
            "short": short,
            **dict(zip(("is", "was", "has", "it", "its", "obj"), forms))}


def treatment_noun(data: dict, as_typed: bool = False) -> str:
    """The treatment as a short noun names it: treatment.name up to its first comma outside brackets, without the
    dosing, schedule or dates after it ("Spravato (esketamine nasal spray), induction twice weekly ..." -> "Spravato
    (esketamine nasal spray)"), as a sentence says it after its first word; where a list or a heading names the
    treatment, never the whole pasted course (letters set 53, cases 03 and 06; set 54, case 08: "names intravenous
    ketamine infusions, 6 infusions over 3 weeks", which the list never said)."""
    from appeal_kit.letter.arguments import name_in_sentence

    name = " ".join(str(get_path(data, "treatment.name") or "").split())
    depth = 0
    for i, ch in enumerate(name):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0 and i > 0:
            name = name[:i]
            break
    if as_typed:
        return name.strip() or "the treatment"
    return name_in_sentence(name.strip()) if name.strip() else "the treatment"


def sender_address(data: dict, clinic: dict | None) -> str:
    """The author's address on one line, or "" when the clinic letterhead above already prints it."""
    from appeal_kit.letter.wording import oneline

    own = oneline(get_path(data, "author.address"))
    theirs = oneline((clinic or {}).get("address"))
    squash = lambda text: re.sub(r"[^a-z0-9]", "", text.lower())  # noqa: E731
    return "" if own and theirs and squash(theirs) in squash(own) else own


def _after(day: Any, other: Any) -> bool:
    """True when both are dates and the first is after the second."""
    from appeal_kit.intake.deadlines import as_date_or_none

    first, second = as_date_or_none(day), as_date_or_none(other)
    return bool(first and second and first > second)


def appeals_address_under_name(data: dict, name_path: str = "insurer.name",
                               address_path: str = "insurer.appeals_address") -> str:
    """The appeals address as the letter prints it under the addressee's name (the insurer's, or the next level's
    agency: external_review.agency and .address): the block a notice gives starts with its addressee ("Plan X,
    Attn: Appeals, PO Box 1, City, ST 00000"), and a first line or first part that only repeats the name printed
    above it is not printed twice (set 21, case 01: the agency's name, itself with commas, twice). Another addressee
    (the plan a TPA acts for, "c/o" lines) stays."""
    address = str(get_path(data, address_path) or "").strip()
    squash = lambda text: re.sub(r"[^a-z0-9]", "", text.lower())  # noqa: E731
    name = squash(str(get_path(data, name_path) or ""))
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if name and len(lines) > 1 and squash(lines[0]) == name:
        return "\n".join(lines[1:])
    # a first line that is the name's opening words, the name printed above saying more (set 21, case 04: "Meridian
    # Part D Reconsideration Services (FICTIONAL)" under "Meridian Part D Reconsideration Services, independent
    # review entity (FICTIONAL)"); a bracketed remark is no part of a name
    # (or its first lines together: "U.S. Office of Personnel Management" over "Federal Employee Insurance
    # Operations" under the name that joins them, set 10, case 03), or its words after a state's or country's name
    # ("Department of Medical Assistance Services, Appeals Division" under "Virginia Department of ...": set 22,
    # cases 01, 03 and 04)
    bare = lambda text: squash(re.sub(r"\([^)]*\)", "", text))  # noqa: E731
    full, said = bare(str(get_path(data, name_path) or "")), 0
    while name and said < len(lines) - 1 and len(bare(" ".join(lines[:said + 1]))) >= 8 and \
            bare(" ".join(lines[:said + 1])) in full:
        said += 1
    if said:
        lines = lines[said:]
        # then the office the name above already gives, before a comma ("Part B Redeterminations, PO Box 7740" under
        # "..., Part B Redeterminations (FICTIONAL contractor)": set 72, case 03): the rest of that line alone
        office, comma, rest = lines[0].partition(",")
        if comma and rest.strip() and len(bare(office)) >= 8 and bare(office) in full:
            lines[0] = rest.strip()
        return "\n".join(lines)
    first, _, rest = re.sub(r"\s*\n\s*", "\n", address).replace("\n", ",", 1).partition(",")
    if name and rest.strip() and squash(first) == name:
        return rest.strip()
    # a first line that is the name's words, then the office ("Aspen Peak Kids Health Plan, Member Appeals" under
    # "Aspen Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan": set 23's review, six letters): the office
    head, comma, office = lines[0].partition(",") if lines else ("", "", "")
    if name and comma and office.strip() and len(lines) > 1 and len(bare(head)) >= 8 and bare(head) in full:
        return "\n".join([office.strip(), *lines[1:]])
    return address


def claim_ids(data: dict) -> dict[str, Any]:
    """The claims the appeal covers: claim.number, then claim.other_numbers (one decision that denied several claims,
    each billed for its own dates: letters set 22, case 07, three monthly psychotherapy claims under one appeal
    reference). `numbers` in words ("A, B and C"), `words` with the noun ("claim A", "claims A, B and C"), `noun`
    ("claim" or "claims") and `many`."""
    first = [] if is_blank(get_path(data, "claim.number")) else [" ".join(str(get_path(data, "claim.number")).split())]
    others = get_path(data, "claim.other_numbers")
    numbers = list(dict.fromkeys(first + [" ".join(str(n).split()) for n in (others if isinstance(others, list)
                                                                              else [others]) if not is_blank(n)]))
    many = len(numbers) > 1
    return {"numbers": join_and(numbers), "words": ("claims " if many else "claim ") + join_and(numbers),
            "noun": "claims" if many else "claim", "many": many}


def lines_not_appealed(data: dict) -> list[dict[str, Any]]:
    """The lines of the claim the appeal leaves aside (claim.not_appealed: [{date, code, why}]), so the reviewer
    reading records that cover them knows they are not asked for (letters set 21, case 02: a consultation that truly
    fell before the coverage began, on the same claim as the ECT appealed; set 22, case 07: a visit billed alone).
    Each {date, code, why, many}: lines of one date left aside for one reason are said together, "The lines for 90834
    and 90785 on July 9, 2026 are ..." (set 24, case 04: two sentences for one point); a row without a date or a code
    says nothing."""
    from appeal_kit.intake.deadlines import as_date_or_none

    groups: dict[tuple, list[str]] = {}
    for row in get_path(data, "claim.not_appealed") or []:
        if isinstance(row, dict) and as_date_or_none(row.get("date")) and not is_blank(row.get("code")):
            why = None if is_blank(row.get("why")) else " ".join(str(row["why"]).split())
            # a span of days ("2026-07-06 to 2026-07-31") is said whole, never cut to its first day (set 50, 05-07)
            ends = [as_date_or_none(p) for p in _SPAN_SEPARATOR.split(str(row["date"]).strip(), maxsplit=1)]
            first, last = (ends[0], ends[1]) if len(ends) == 2 and all(ends) else (as_date_or_none(row["date"]),) * 2
            groups.setdefault((first, last, why), []).append(" ".join(str(row["code"]).split()))
    return [{"date": first, "last": last if last != first else None, "code": join_and(codes), "why": why,
             "many": len(codes) > 1 or last != first} for (first, last, why), codes in groups.items()]


_SPAN_SEPARATOR = re.compile(r"\s+(?:to|through|thru|until|-|–)\s+", re.I)


def policy_short_name(data: dict) -> str:
    """What the plan policy's long name (plan_policy.name) is said as after its first mention: its number
    (plan_policy.number) when the name holds it and says much more ("Medical Policy MP-PSY-112, Ketamine and
    esketamine for psychiatric conditions (revised 07/2026)" -> "MP-PSY-112"); "" to leave it whole."""
    name = " ".join(str(get_path(data, "plan_policy.name") or "").split())
    number = " ".join(str(get_path(data, "plan_policy.number") or "").split())
    return number if number and number in name and len(name) >= len(number) + 20 else ""


def writes_for_someone_else(data: dict) -> bool:
    """The author is not the patient (an advocate, family member or clinic). `author.relation` decides when it is
    given, so a patient who signs with a shorter name than patient.name ("Colleen Marek" for "Colleen Ruth Marek")
    still speaks as "I" (set 17, case 03: the patient wrote about herself as "Ms. Marek"); else the role's words,
    else whether the author's name is the patient's."""

    relation = str(get_path(data, "author.relation") or "").strip().lower()
    if relation:
        return relation != "patient"
    role = str(get_path(data, "author.role") or "").strip().lower()
    if role in ("patient", "self", "member", "the patient"):
        return False
    return person_key(get_path(data, "author.name")) != person_key(get_path(data, "patient.name"))


# the author's role as written (author.role), read for who the author is to the patient: a treating clinician, a
# parent or guardian; anyone else writing for the patient is a representative
_CLINICIAN_ROLE = re.compile(r"\b(?:physician|psychiatrist|doctor|prescriber|treating|clinician|MD|DO|"
                             r"nurse practitioner|NP|PMHNP|nurse[- ]midwife|CNM|physician assistant|PA-C|"
                             r"anesthesiologist)\b", re.I)
# a prescriber who is not a physician (author.relation: prescriber, or these words in author.role): the letter names
# them by what they are, never "physician" or "Dr." (set 14, case 02: a psychiatric nurse practitioner had to be
# entered as a representative)
_NOT_PHYSICIAN = (("nurse-midwife", re.compile(r"\bnurse[- ]midwife\b|\bCNM\b", re.I)),  # an APRN too (set 35, 06)
                  ("nurse practitioner", re.compile(r"\bnurse practitioner\b|"
                                                    r"\b(?:A?PRN|PMHNP|FNP|CRNP|ARNP|NP)(?:-[A-Z]+)?\b", re.I)),
                  ("physician assistant", re.compile(r"\bphysician assistant\b|\bPA-C\b", re.I)))
# a treating clinician who neither is a physician nor prescribes (author.relation: clinician, or these words in
# author.role with no physician's or prescriber's): a therapist, psychologist, clinical social worker or counselor,
# named by what they are, in the clinician's voice, never "physician" or "prescriber" (set 21, case 07: an LCSW
# therapist had to be entered as a representative)
_THERAPIST = (("therapist", re.compile(r"\b(?:psycho)?therapist\b", re.I)),
              ("psychologist", re.compile(r"\bpsychologist\b|\bPsyD\b", re.I)),
              ("clinical social worker", re.compile(r"\bsocial worker\b|\b(?:LCSW|LICSW|LISW|LMSW)\b", re.I)),
              ("counselor", re.compile(r"\bcounsel(?:l)?or\b|\bLPCC?\b|\bLMHC\b|\bLCPC\b", re.I)),
              ("marriage and family therapist", re.compile(r"\bL?MFT\b", re.I)))
_PHYSICIAN_ROLE = re.compile(r"\b(?:physician(?! assistant)|psychiatrist|doctor|MD|DO|anesthesiologist)\b", re.I)
_PARENT_ROLE = re.compile(r"\b(?:mother|father|parent|guardian|mom|dad|stepmother|stepfather)\b", re.I)
_LEGAL_AUTHORITY = re.compile(r"\b(?:court[- ]appointed (?:legal )?guardian|legal guardian|guardian|conservator|"
                              r"(?:durable )?power of attorney|attorney[- ]in[- ]fact)\b", re.I)
# who a family member writing for the patient is to them, in author.role's own word ("Daughter, appointed
# representative"): the letter says it where the case holds it, never guessed (letters set 96, cases 07 and 08: a
# daughter and a wife who wrote only as "authorized representative")
_FAMILY_ROLE = re.compile(r"\b(?:(?:grand|step)?(?:daughter|son|mother|father|child)|wife|husband|spouse|partner|"
                          r"sister|brother|sibling|niece|nephew|aunt|uncle|cousin|grandparent|parent|"
                          r"(?:daughter|son|mother|father|sister|brother)-in-law)\b", re.I)
ADULT_AGE = 18


def author_standing(data: dict, today: date) -> dict[str, Any]:
    """Who the author is to the patient, for the sentence that says so and for `check`: `author.relation` (patient,
    physician, prescriber, parent, representative) when given, else the words of author.role.

    `kind` is "patient", "provider" (`author.relation: provider`: the hospital or practice appealing its own claim,
    `party` its name), "clinician" (the treating physician, or a prescriber who is not one: a nurse practitioner or
    physician assistant, `physician` False; or a treating clinician who neither is a physician nor prescribes: a
    therapist, psychologist, clinical social worker or counselor, `prescribes` False; author.role says so, or
    author.name is provider.name),
    "parent" (a parent or guardian of a patient under 18, the minor's representative without a signed
    authorization) or "representative"; `as` the words after "I write as <patient>'s" ("treating psychiatrist",
    "mother", "authorized representative"); `needs_authorization` whether the plan needs a signed authorization (a
    clinician files with the patient's written consent, which is what `consent` calls it; for a patient under 18,
    `minor`, the consent of a parent or guardian)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    role = " ".join(str(get_path(data, "author.role") or "").split())
    relation = str(get_path(data, "author.relation") or "").strip().lower()  # the structured answer, when given
    if not writes_for_someone_else(data):  # author.relation decides there when given
        return {"kind": "patient", "as": "", "needs_authorization": False, "consent": ""}
    if relation == "provider":
        # the hospital or practice that gave the care, appealing its own claim: a party to it (Original Medicare:
        # 42 CFR 405.906(b)), never "on behalf of" the patient and with no authorization to enclose (letters set 31,
        # cases 04 and 05: a hospital's appeals specialist and a practice's owner asked for CMS-1696)
        party = " ".join(str(get_path(data, "provider.name") or get_path(data, "author.clinic")
                             or "").split())
        return {"kind": "provider", "as": "", "party": party, "needs_authorization": False, "consent": ""}
    author = person_key(get_path(data, "author.name"))
    born = as_date_or_none(get_path(data, "patient.date_of_birth"))
    age = None if born is None else _age_on(born, today)
    therapist = next((w for w, words in _THERAPIST if words.search(role)), None)
    if relation in ("physician", "prescriber", "clinician") or (not relation and (
            _CLINICIAN_ROLE.search(role) or therapist
            or (author and author == person_key(get_path(data, "provider.name"))))):
        # a nurse practitioner or physician assistant is a prescriber, never called a physician ("physician
        # assistant" holds the word); a physician is named by specialty when the role gives one; a therapist,
        # psychologist, social worker or counselor neither (relation: clinician), named by what they are
        other = next((w for w, words in _NOT_PHYSICIAN if words.search(role)), None)
        neither = relation == "clinician" or (not relation and therapist is not None and other is None
                                              and not _PHYSICIAN_ROLE.search(role))
        physician = not neither and (relation == "physician" or (relation != "prescriber" and other is None))
        words = (therapist or "clinician" if neither else
                 next((w for w in ("psychiatrist", "anesthesiologist") if w in role.lower()), "physician")
                 if physician else other or "prescriber")
        # Part D: the prescriber may ask for a coverage determination or a redetermination on the enrollee's behalf
        # without being appointed (42 CFR 423.566(c) and 423.580); Medicare Advantage: the treating physician may ask
        # for a pre-service reconsideration, standard or expedited, the same way (422.578(c), 422.584(a)), not for
        # payment of care already given (docs/domain.md)
        plan = get_path(data, "claim.plan_type")
        prescriber_files = not neither and (plan == "medicare_part_d" or (
            physician and plan == "medicare_advantage" and service_status(data, today) == "pre"))
        # a minor's consent is given by a parent or guardian, never by the minor (set 14, case 08: the mother's)
        minor = age is not None and age < ADULT_AGE
        return {"kind": "clinician", "as": f"treating {words}", "physician": physician, "prescribes": not neither,
                "needs_authorization": not prescriber_files,
                "minor": minor, "consent": "" if prescriber_files else N_(
                    "parent's or guardian's written consent to this appeal") if minor else N_(
                    "written consent to this appeal")}
    parent = _PARENT_ROLE.search(role)
    if (relation == "parent" or (not relation and parent)) and age is not None and age < ADULT_AGE:
        return {"kind": "parent", "as": parent.group(0).lower() if parent else "parent", "needs_authorization": False,
                "consent": ""}
    # a guardian, conservator or agent under a power of attorney acts under that legal authority, and encloses its
    # proof, not a signed appointment form (letters set 38, case 02: a court-appointed guardian's letters of
    # guardianship called "form CMS-1696")
    legal = _LEGAL_AUTHORITY.search(role)
    if legal:
        words = legal.group(0).lower()
        return {"kind": "representative", "legal": True, "needs_authorization": True,
                "as": "agent under a power of attorney" if "attorney" in words else words,
                "consent": N_("proof of the representative's legal authority")}
    # one who signed Medicare's appointment form is an appointed representative; in Medicare an "authorized
    # representative" is one under state law (render sets appointment_form; set 70, case 02)
    family = _FAMILY_ROLE.search(role)
    return {"kind": "representative", "needs_authorization": True, "consent": N_("signed authorization"),
            "as": (family.group(0).lower() + " and " if family else "")
            + ("appointed representative" if data.get("appointment_form") else "authorized representative")}


def certifier(data: dict) -> dict[str, Any]:
    """Who certifies the urgency (urgency.certified_by): `self` when it is the author (who then says "I"), and
    `name` without any role the field adds ("Imani Castellanos-Reid, MD, his treating psychiatrist" -> the name and
    credentials only), so the letter adds "who treats <patient>" once."""

    written = " ".join(str(get_path(data, "urgency.certified_by") or "").split())
    parts = [p.strip() for p in written.split(",")]
    keep = [parts[0]] + [p for p in parts[1:] if len(p.split()) == 1 and p.replace(".", "").isupper()]
    if len(keep) > 1 and re.match(r"Dr\.?\s", keep[0]):  # "Dr. X, MD" says the title twice: "X, MD" (set 12, case 03)
        keep[0] = re.sub(r"^Dr\.?\s+", "", keep[0])
    titles = {p.replace(".", "").upper() for p in parts[1:]} | set(re.findall(r"\b[A-Z][A-Z-]+\b", written))
    upper = {t.upper() for t in titles}
    therapist = bool(upper & THERAPIST_TITLES) and not upper & PHYSICIAN_TITLES
    physician = not therapist and bool(upper & PHYSICIAN_TITLES or not upper & OTHER_CLINICIAN_TITLES)
    plan = str(get_path(data, "claim.plan_type") or "")
    return {"self": bool(written) and person_key(written) == person_key(get_path(data, "author.name")),
            "name": ", ".join(p for p in keep if p), "physician": physician,
            # whether the plan type's rule that makes a claim urgent on a clinician's word reaches this one
            "binds": physician or (plan in PRESCRIBER_CERTIFIES and not (therapist and plan == "medicare_part_d"))}


# Who may certify that a claim is urgent, by plan type (docs/case-yaml.md, urgency.certified_by): the ERISA claims
# rule, and the plans that apply it, name "a physician with knowledge of the claimant's medical condition" (29 CFR
# 2560.503-1(m)(1)(iii)); Medicare Advantage a physician (42 CFR 422.584); Part D "a physician or other prescriber"
# (42 CFR 423.584; both at section level: no stored copy shows their paragraphs); Medicaid and CHIP managed care the
# provider (42 CFR 438.410(a)). A nurse practitioner who prescribes may say the care is urgent under any of them; the
# rule binds the plan only where it names the prescriber or provider. The certifier's credentials
# (urgency.certified_by, "Jane Roe, DNP, PMHNP-BC") say which: a physician's (MD, DO), else another clinician's; none
# written is taken as a physician's, as the field asks.
PHYSICIAN_TITLES = frozenset({"MD", "DO", "MBBS"})
OTHER_CLINICIAN_TITLES = frozenset({"NP", "APRN", "PMHNP", "PMHNP-BC", "FNP", "FNP-BC", "FNP-C", "DNP", "PA", "PA-C",
                                    "CNS", "CRNP", "ANP", "ARNP", "RN", "NP-C", "APN"})
# a clinician who does not prescribe (a therapist, psychologist, clinical social worker, counselor): never read as a
# physician, and not the "physician or other prescriber" of Part D's rule (set 21, case 07: an LCSW)
THERAPIST_TITLES = frozenset({"LCSW", "LICSW", "LISW", "LMSW", "LPC", "LPCC", "LMHC", "LCPC", "LMFT", "MFT", "PSYD",
                              "PHD", "LP"})
PRESCRIBER_CERTIFIES = frozenset({"medicare_part_d", "medicaid", "chip"})


# The Medicare appointment form by its number or title, printed on the document itself (42 CFR 405.910 lets an
# appointment be made on form CMS-1696 or on another signed writing, so only the document says which it is)
_APPOINTMENT_FORM = re.compile(r"\bCMS[\s-]*1696\b|\bAppointment\s+of\s+Representative\b", re.IGNORECASE)


def encloses_appointment_form(document: Path) -> bool:
    """Whether the enclosed authorization is Medicare's appointment form, as its own text says: the letter names the
    form only then (letters set 6, case 07: a CMS-1696 called the patient's consent; set 52, case 03: a one-paragraph
    consent called "form CMS-1696"). A photo or scan, which says nothing without OCR, is named by no form."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.intake.textract import text_without_ocr

    try:
        return bool(_APPOINTMENT_FORM.search(text_without_ocr(document)))
    except AppealKitError:  # unreadable or missing: `check` reports the file; the letter names no form
        return False


# A record that calls itself a copy of a notice ("This is a copy of the notice dated 08/20/2026", "DUPLICATE COPY",
# "It is not a new decision")
_NOTICE_COPY = re.compile(r"\bthis\s+is\s+a\s+(?:duplicate|copy|reprint)\b|\bduplicate\s+(?:copy|notice|MSN|EOB)\b"
                          r"|\breprint(?:ed)?\s+(?:copy|notice)\b|\bnot\s+a\s+new\s+(?:decision|determination|notice)\b",
                          re.IGNORECASE)


def notice_copies(data: dict, folder: Path) -> list[str]:
    """The records (`record_dates`, outside clinical/ and denial/) that are a reprint of the plan's own notice on this
    claim by their own words: they name the case's claim number and call themselves a copy of a notice. A copy holds
    nothing its reviewer lacked, whatever day it was printed (letters set 80, case 03: a duplicate MSN printed 10/26
    offered as "a record dated after the decision" of 08/20). A clinical record is never one, whatever it says."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.intake.textract import text_without_ocr

    number = str(get_path(data, "claim.number") or "").strip()
    if not number:
        return []
    names_claim = re.compile(rf"(?<![\w-]){re.escape(number)}(?![\w-])")
    out = []
    for row in get_path(data, "record_dates") or []:
        file = str(row.get("file") or "").strip() if isinstance(row, dict) else ""
        if not file or file.startswith(("clinical/", "denial/")):
            continue
        try:
            text = text_without_ocr(folder / file)
        except AppealKitError:  # unreadable or missing: `check` reports the file
            continue
        if names_claim.search(text) and _NOTICE_COPY.search(text):
            out.append(file)
    return out


# a criterion's own exception, in the plan's words: "... at adequate dose and duration, unless the member has psychotic
# features, catatonia or an urgent need for rapid response"
_UNLESS_MEMBER = re.compile(r"\bunless (?:the )?(?:member|patient|enrollee|beneficiary|individual|person) "
                            r"(?:has|shows|presents with) (?P<what>[^.;]+)", re.I)
_CRITERION_LABEL = re.compile(r"\b(?:criterion|criteria) (?P<number>\d+[a-z]?)\b", re.I)
# the condition as the ICD-10-CM code set's own description of the diagnosis gives it ("Major depressive disorder,
# recurrent, severe with psychotic symptoms"): the code set is the source, never the severity line's free text
_PSYCHOTIC = re.compile(r"\bpsychotic (?:features|symptoms)\b", re.I)
_WITH_PSYCHOTIC = re.compile(r"\bwith psychotic (?:features|symptoms)\b", re.I)


def criterion_excepted(data: dict) -> dict[str, Any] | None:
    """A criterion the plan's quoted terms (plan_policy.quote) except for a member with psychotic features ("unless
    the member has psychotic features, ..."), where a diagnosis code of the claim is, by the ICD-10-CM code set's own
    description, a disorder "with psychotic features" or "with psychotic symptoms": {named ("criterion 2", else "the
    criterion"), words (the clause from "unless"), code, description}; None otherwise (letters set 86, case 08:
    MP-ECT-31 criterion 2, two antidepressant classes "unless the member has psychotic features", quoted without its
    clause for F33.3). Only psychotic features are read: the code set names them; catatonia or an urgent need has no
    such source in the case's fields."""
    from appeal_kit.intake.codes import describe_code

    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    found = _UNLESS_MEMBER.search(quote)
    if not found or not _PSYCHOTIC.search(found.group("what")):
        return None
    for code in get_path(data, "claim.diagnosis_codes") or []:
        description = describe_code(str(code), kind="diagnosis") or ""
        if _WITH_PSYCHOTIC.search(description):
            sentence = re.split(r"(?<=[.;])\s+", quote[:found.start()])[-1]
            label = _CRITERION_LABEL.search(sentence) or _CRITERION_LABEL.search(quote[:found.start()])
            return {"named": f"criterion {label.group('number')}" if label else "the criterion",
                    "words": found.group(0).strip(), "code": str(code).strip().upper(),
                    "description": description}
    return None


def record_shows(folder: Path, files: list[str], days: list[date]) -> bool | None:
    """Whether the records `files` hold every one of `days` in their own text, so that a sentence may say the record
    "shows" them: True or False as their text (a text file, a PDF's text layer) reads, None when none of them could be
    read here (a scan, a missing file: `check` reports those), and the case's word is kept. A record named for a date
    that only case.yaml gives is never said to show it (letters set 88, case 07: a plan rule said to show a coverage
    start of January 1, 2024; set 86, case 06: an FMLA letter said to show a start of February 1, 2019)."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.intake.deadlines import find_dates
    from appeal_kit.intake.textract import text_without_ocr

    held: set[date] = set()
    read = False
    for file in files:
        try:
            text = text_without_ocr(folder / file)
        except AppealKitError:
            continue
        read = read or bool(text.strip())
        held.update(hit.value for hit in find_dates(text))
    return all(d in held for d in days) if read else None


def authorization_form(plan_type: str | None) -> str:
    # N_ marks the words for the catalog: `check` says them in the person's language, the letter in English
    return (N_("form CMS-1696 (Appointment of Representative)") if plan_type in MEDICARE_PLANS
            else N_("the plan's authorized-representative form"))


def spravato_labelled_use(data: dict, trials: dict, indication: str | None = None) -> str | None:
    """Which FDA-labelled use of Spravato the case shows, or None: "trd" (major depression that has not responded
    adequately to at least two adequate antidepressant trials) or "suicidality" (major depression with acute suicidal
    ideation or behaviour: clinical.suicidality `active` or `attempt`; the severity line is never read for it); the
    labelled uses: docs/domain.md, "Which rules a letter may cite". None unless the treatment asked for is Spravato
    (`indication`, the template's or else arguments.indication): a sentence about Spravato's label is never said
    in a letter about other care (set 12, case 06: maintenance ECT)."""
    from appeal_kit.letter.arguments import indication as indication_of

    if (indication or data.get("indication") or indication_of(data)) != "esketamine":
        return None
    codes = diagnosis_codes(data)
    if not any(_MDD.match(c) for c in codes):
        return None
    if trials.get("unresponsive_medication", trials.get("medication", 0)) >= 2:  # still taken on an inadequate
        return "trd"  # response counts: the label asks for no adequate response (set 16, case 02)
    if str(get_path(data, "clinical.suicidality") or "").strip().lower() in ("active", "attempt"):
        return "suicidality"
    return None


def records_cover(data: dict, has_clinical_exhibit: bool) -> list[str]:
    """Topics the enclosed clinical records can be said to address: only what the case itself records, and
    nothing at all when no clinical record is enclosed."""
    if not has_clinical_exhibit:
        return []
    topics = []
    if not is_blank(get_path(data, "claim.diagnosis_codes")):
        topics.append("the diagnosis")
    if not is_blank(get_path(data, "clinical.severity")):
        topics.append("its severity")
    if not is_blank(get_path(data, "clinical.history")):
        topics.append("the treatments already tried")
    if str(get_path(data, "clinical.suicidality") or "").strip().lower() in ("passive", "active", "attempt"):
        topics.append("the risk of self-harm")
    return topics


# Denial reasons that rest on a medical judgment (necessity, appropriateness, effectiveness, experimental status, a
# step-therapy protocol): only these call for a clinical reviewer, and only these open external review for employer
# and individual plans (29 CFR 2590.715-2719(c) / 45 CFR 147.136(c)). A coding, filing, network or exclusion denial
# does not.
MEDICAL_JUDGMENT_REASONS = frozenset({"medical_necessity", "experimental_investigational", "off_label",
                                      "step_therapy"})


# a protocol the bundled evidence (cite.py, a treatment's general consensus or trials) does not speak to: several
# sessions a day (set 68, case 05: "The evidence set out in this letter meets that standard" for accelerated TMS, on a
# consensus review of once-daily TMS)
_PROTOCOL_VARIANT = re.compile(r"\b(?:accelerated|intensive)\b|more than one (?:\w+ )?sessions? (?:a|per|each) day",
                               re.I)


def protocol_variant(data: dict) -> bool:
    """The treatment asked for, or the denial's words, name a protocol the bundled evidence for the treatment does not
    cover (_PROTOCOL_VARIANT): only the case's own literature can then be said to meet an evidence standard."""
    words = (get_path(data, k) for k in ("treatment.name", "claim.denial_reason", "plan_policy.quote"))
    return any(_PROTOCOL_VARIANT.search(str(w or "")) for w in words)


def medical_judgment(data: dict) -> bool:
    """Some reason the denial gives rests on a medical judgment (arguments.denial_reasons)."""
    from appeal_kit.letter.arguments import denial_reasons

    return bool(MEDICAL_JUDGMENT_REASONS.intersection(denial_reasons(data)))


# plan terms that say what evidence a treatment needs ("generally accepted standards", "peer-reviewed literature")
_EVIDENCE_STANDARD = re.compile(r"\b(?:evidence|peer[- ]reviewed|literature|generally accepted|standards? of (?:good )?"
                                r"medical practice|clinical (?:trials?|studies)|controlled|guidelines?|consensus|"
                                r"safe and effective)\b", re.I)
# words that name what a plan does not cover ("section 4 (non-covered services)", "Exclusions", "we do not cover")
_NOT_COVERED = r"non-?covered|not covered|exclusions?|excluded|(?:do|does|will)\s+not\s+(?:cover|pay)"
# plan terms that say what is excluded: a definition of "experimental", an exclusion, a list of services not covered
_DEFINES_EXCLUDED = re.compile(rf"\b(?:experimental|investigational|{_NOT_COVERED})\b", re.I)
_NOT_EXCLUDED = re.compile(r"\b(?:is|are)\s+not\s+(?:considered\s+)?(?:experimental|investigational|excluded)\b", re.I)


def plan_terms(data: dict) -> dict[str, Any]:
    """How a letter names what coverage is measured by: the plan's own terms, or, for Original Medicare, which has no
    plan and no plan terms (it pays what is reasonable and necessary), Medicare's own rules. `own` and `of` are
    plural ("... read"), `own_word` goes before a noun ("... filing rule").

    `standard`: plan_policy.other_terms are a standard the evidence a letter sets out can meet (they say what
    evidence a treatment needs) and not terms that define what is excluded, which evidence "meeting" them would make
    excluded (letters set 19, cases 01 and 08: an EOC's definition of "experimental" said to be met by the letter's
    evidence; set 18, case 08: a parity statement)."""
    other = str(get_path(data, "plan_policy.other_terms") or "")
    standard = bool(_EVIDENCE_STANDARD.search(other)) and (
        not _DEFINES_EXCLUDED.search(_NOT_EXCLUDED.sub("", other)))
    acknowledgment = bool(_ACKNOWLEDGMENT.search(other))  # the plan's letter receiving the appeal, not its terms
    # `exhaustion`: the words make external review wait for the end of the plan's internal appeal, which an urgent
    # claim's expedited external review need not (letters set 92, case 05: the notice's "after you complete our
    # internal appeal" quoted as terms bearing on the claim beside the concurrent review the letter asked for)
    exhaustion = bool(_EXHAUSTION.search(other))
    # `which_criteria`: what a denial that names no criterion leaves unsaid, "which of the plan's criteria", and
    # for Original Medicare, which has no plan criteria, which coverage rule (letters set 62, case 06: "which of the
    # plan's criteria the records fail to meet" in a redetermination)
    if get_path(data, "claim.plan_type") == "medicare":
        return {"own": "Medicare's own rules", "of": "Medicare's rules", "own_word": "Medicare's own",
                "standard": standard, "acknowledgment": acknowledgment, "exhaustion": exhaustion,
                "which_criteria": "which coverage rule (a national or local coverage determination, or an article)"}
    # fee-for-service Medicaid or CHIP has no plan: the state program's own terms (letters set 26, case 02: the
    # state's provider manual called "the plan's own document")
    from appeal_kit.intake.deadlines import FIRST_LEVEL_IS_THE_STATE

    if route(data) in FIRST_LEVEL_IS_THE_STATE:
        return {"own": "the program's own terms", "of": "the program's terms", "own_word": "the program's own",
                "standard": standard, "which_criteria": "which of the program's criteria",
                "acknowledgment": acknowledgment, "exhaustion": exhaustion}
    return {"own": "the plan's own terms", "of": "the plan's terms", "own_word": "the plan's own", "standard": standard,
            "which_criteria": "which of the plan's criteria",
            "acknowledgment": acknowledgment, "exhaustion": exhaustion}


# plan_policy.other_terms that only give the time to ask for a level of appeal ("You must write to OPM within 90 days
# after the date of our letter upholding our initial decision"), with no word on what the plan covers or pays: the
# letter uses them to say the request is on time, never asks the plan to "address" them (letters set 98, 03 and 05)
_FILING_WINDOW = re.compile(r"\bwithin (\d{1,3}) (?:calendar )?days (?:after|from|of)\b", re.I)
_COVERAGE_WORDS = re.compile(r"\b(?:cover(?:s|ed|age)?|pays?|paid|benefits?|criteri\w*|authori[sz]\w*|approv\w*|"
                             r"necess\w*|exclu\w*|network|providers?|charges?|limits?|claims?)\b", re.I)
_SECOND_LEVEL_WORDS = re.compile(r"\bsecond[\s-]+level\b", re.I)


def filing_window_terms(data: dict, letter_date: date) -> dict[str, Any] | None:
    """plan_policy.other_terms that only give the time to ask for the level this letter asks for (one "within N days
    after ..." and no word on coverage or payment), where that level is the case's: a next level the terms name by its
    body (OPM, external review: deadlines.stage_kind) for a case past its internal appeal, or a second level for a case
    whose first-level decision opened one. {days, decision (the latest decision's date, which the window counts from:
    the earliest start, so the safe count where the terms count from receipt), on_time (this letter's day is within
    it)}; None otherwise."""
    from appeal_kit.intake import deadlines

    terms = " ".join(str(get_path(data, "plan_policy.other_terms") or "").split())
    windows = _FILING_WINDOW.findall(terms)
    if len(windows) != 1 or _COVERAGE_WORDS.search(terms):
        return None
    next_level = deadlines.stage_kind(terms, route(data)) == deadlines.NEXT and deadlines.at_next_level(data)
    second = bool(_SECOND_LEVEL_WORDS.search(terms)) and deadlines.second_level_opened(data) is not None
    decided = sorted(d for e in data.get("decisions") or [] if isinstance(e, dict)
                     and (d := deadlines.as_date_or_none(e.get("date"))))
    if not (next_level or second) or not decided:
        return None
    days = int(windows[0])
    return {"days": days, "decision": decided[-1].isoformat(),
            "on_time": letter_date <= decided[-1] + timedelta(days=days)}


# plan_policy.other_terms that are the plan's letter receiving the appeal, not its terms (letters set 68, case 04: "We
# received your appeal on 09/28/2026. We will send you our decision ..." headed and quoted as "The plan's own terms")
# words that make external review wait for the plan's internal appeal: "after you complete our internal appeal",
# "once you have exhausted the internal appeals process", "only after the plan's final internal decision"
_EXHAUSTION = re.compile(r"\bexternal review\b[^.]*?\b(?:after|once|when|until)\b[^.]*?"
                         r"\b(?:complete[sd]?|exhaust(?:ed|s)?|finish(?:ed|es)?|final)\b[^.]*?\binternal\b", re.I)
_ACKNOWLEDGMENT = re.compile(r"\bwe (?:have )?received your (?:appeal|request|grievance)\b|"
                             r"\backnowledg(?:e|es|ing|ment of) (?:receipt|your (?:appeal|request))", re.I)


def next_level(data: dict, letter_date: date) -> dict[str, Any]:
    """The next-level deadline (external review, fair hearing, ...) counted from the final internal denial (or, for an
    appeal the plan never decided, `undecided`: the day its time ran out), and
    whether a request dated `letter_date` is within it (None when there is no date to count from). `ask` is what
    the letter asks the plan to explain: external review only where the denial is one it hears."""
    from appeal_kit import directory
    from appeal_kit.intake.deadlines import (
        FIRST_LEVEL_IS_THE_STATE,
        OPM_AFTER_INFORMATION_DAYS,
        OPM_AFTER_SENDING_DAYS,
        RULES,
        Rule,
        case_next_level_deadline,
        deemed_exhausted,
        final_internal_denial,
        later_level,
        level_of_case,
        next_level_window,
        state_runs_review,
    )
    from appeal_kit.money import money

    plan_type = route(data)
    state_review = state_runs_review(data)
    dl = case_next_level_deadline(data)
    assigns = not state_review and directory.funding(data) == "self_funded" \
        and Citations(plan_type).applies("federal_external_review")
    ask = RULES.get(plan_type or "", Rule("unknown", "")).next_ask
    if "{cite}" in ask:  # the plan must forward the case itself (Medicare Advantage): ask when, citing the duty
        forwards = RULES[plan_type or ""].next_rule
        ask = ask.format(cite=Citations(plan_type).cite(forwards)) if forwards and Citations(plan_type).applies(
            forwards) else "when the case will be sent to the next level of review"
    if Citations(plan_type).applies("external_review") and not medical_judgment(data):
        ask = "what further review is available"
    # a provider's appeal of its own claim outside Original Medicare: the member's next level is not its (set 31, 05)
    if plan_type != "medicare" and str(get_path(data, "author.relation") or "").strip().lower() == "provider":
        ask = "what further review is available"
    level = level_of_case(data)
    rule = RULES.get(plan_type or "")
    # where the state runs the external review, the request is timely under the state's process, not the federal one
    window_rule = next_level_window(rule, state_review)[1] if rule and level.window_rule == rule.next_rule \
        else level.window_rule
    # past the next level (an Original Medicare QIC's or ALJ's decision, a Medicare Advantage IRE's): the level that
    # decision opens, named and counted from it
    later = later_level(data)
    latest = later[0] if later else {}
    # what the next-level request says (intake.deadlines.NEXT_LEVELS): what it asks for, the decision it appeals,
    # the window it is timely under and the rule that makes evidence count at that level
    # the decision appealed: the final internal one, or where the state's level is the first (fee-for-service) the
    # state's own notice
    final = final_internal_denial(data)
    decided = latest.get("date") or (final.isoformat() if final else None) or (
        get_path(data, "claim.notice_date") if plan_type in FIRST_LEVEL_IS_THE_STATE else None)
    # an internal appeal the plan never decided: no decision to name or date; the appeal sent, and the day the plan's
    # time ran out, which the rule's window is counted from (letters set 66, case 08)
    undecided = None if decided else deemed_exhausted(data, letter_date)
    window = level.window
    if dl.source == "case" and dl.date and _notice_states_window(dl.basis, dl.date, data) \
            and window.startswith("within the time the notice gives"):
        # the date the notice itself states, not the rule's outer limit (set 9, case 03: "at most 90 days" where it
        # gave 60); a date counted by a rule, or typed without its basis, is not the notice's
        from appeal_kit.letter.wording import longdate

        window = f"within the time the notice gives, by {longdate(dl.date)}"
    request, title = level.request, level.title
    opens = _tricare_level(data) if plan_type == "tricare" else None
    tricare = _tricare_terms(data, opens)
    if opens:  # the decision names which TRICARE level follows: that one, never "a or b" (set 21, case 01)
        request, title = f"a {opens}", opens
        window, window_rule = tricare["window"] or window, tricare["window_rule"] or window_rule
    decider = later[1].decider if later else "an accredited independent review organization" if assigns \
        else tricare["decider"] or (rule.next_decider if rule else "the reviewer")
    brochure_from = dl.information_asked or dl.first_wrote  # FEHB: the day the brochure's count runs from
    return {"deadline": dl.date.isoformat() if dl.date else None, "decided": decided,
            # the decision received after its date: the window counted from that day (letters set 86, case 01)
            "received": dl.received_on.isoformat() if dl.received_on else None,
            "undecided": {"sent": undecided.sent.isoformat(), "due": undecided.due.isoformat(),
                          "confirmation": undecided.confirmation,
                          "proof": files_named(undecided.proof),
                          # the plan asked for more information, given on `answered`; an FEHB request counts its
                          # window from that request, as the brochure does (letters set 76, case 08)
                          "asked": undecided.asked.isoformat() if undecided.asked else None,
                          "answered": undecided.answered.isoformat() if undecided.answered else None,
                          "after_information": f"within {OPM_AFTER_INFORMATION_DAYS} days after the carrier asked for "
                                               "additional information" if dl.information_asked else
                                               f"within {OPM_AFTER_SENDING_DAYS} days after the reconsideration was "
                                               "first asked for in writing, when the carrier did not answer it within "
                                               "30 days" if dl.first_wrote else None,
                          # the day that count runs from, and what happened on it
                          "brochure_from": brochure_from.isoformat() if brochure_from else None,
                          "brochure_from_what": "the day it asked" if dl.information_asked else
                                                "the day it was sent" if dl.first_wrote else None}
            if undecided else None,
            "timely": (letter_date <= dl.date) if dl.date else None, "ask": ask,
            "request": request, "title": title, "decision": level.decision,
            "window_rule": window_rule, "window": window, "judgment_only": level.judgment_only,
            "evidence_rule": level.evidence_rule,
            # individual coverage has one internal level: the decision on the internal appeal is final, whatever it
            # offers of a "second level" (letters set 84, case 06); a student plan may have two (45 CFR 147.145)
            "one_level": bool(plan_type == "individual_aca" and not later and decided and not student_plan(data)
                              and decided != str(get_path(data, "claim.notice_date") or "")),
            # a hearing before an ALJ: a judge, not a reviewer, hears it (set 33, case 05: "Dear Reviewer" and "a
            # copy of everything ... gives the reviewer" at OMHA)
            "hearing": bool(later and later[1].hearing),
            # a state fair hearing (Medicaid): a hearing officer hears it, and the case file is asked for under the
            # hearing rule, never "everything the plan gives the reviewer" (set 42, case 07)
            "fair_hearing": not later and Citations(plan_type).applies("hearing_file"),
            # the state agency pays the care itself (fee-for-service): no plan beside it to name (letters set 59, case
            # 08: "the agency or the agency")
            "by_agency": route(data) in FEE_FOR_SERVICE.values(),
            "decider": decider, "addressee": level.addressee,
            "address": _body_address(data, decider) if level.addressee else None,
            # the federal external review process of a self-funded plan: the request is filed with the plan, which
            # assigns an accredited independent review organization (set 78, case 08)
            "assigns": assigns,
            "in_dispute": tricare["in_dispute"], "named_other": tricare["named_other"],
            # the amount in controversy a Medicare Advantage ALJ hearing turns on, as the IRE's decision states it
            # (set 76, case 03)
            "in_controversy": money(amount) if later and later[1].amount_rule and (
                amount := latest_in_dispute(data)) is not None else None,
            "amount_rule": later[1].amount_rule if later else ""}


def _body_address(data: dict, decider: str) -> str | None:
    """The address block of the body the member files with at the next level (`decider`, "the Medicare Appeals
    Council"), where the case gives it as the appeals address: insurer.name or the address's first line names that
    body (letters set 88, case 01: the Council's PO box in insurer.appeals_address, the letter addressed only "at the
    address the ALJ's decision names"). The body's name heads the block unless its first line says it; None when the
    case's appeals address is another's (the plan's, the contractor's)."""
    body = re.sub(r"^(?:the|an?)\s+", "", decider)
    address = str(get_path(data, "insurer.appeals_address") or "").strip()
    if not address or not body:
        return None
    if body.lower() in address.splitlines()[0].lower():
        return address
    return f"{body}\n{address}" if body.lower() in str(get_path(data, "insurer.name") or "").lower() else None


def _notice_states_window(basis: str, deadline: date, data: dict) -> bool:
    """Whether the case's deadline is the one the notice itself states: a basis written by intake ("Stated in the
    notice: ...") or one that quotes the notice's own sentence giving a time that, counted from the notice date, is
    that deadline (fresh letters set 59, case 08: 'Notice of action of 11/30/2026: "You may ask for a fair hearing
    within 30 days from the date of this notice."', and the letter gave only the rule's 'at most 90 days')."""
    from appeal_kit.intake.deadlines import as_date, find_stated_deadline

    if basis.lstrip().startswith("Stated"):
        return True
    try:
        notice = as_date(get_path(data, "claim.notice_date"))
    except Exception:  # check reports an unreadable date
        return False
    quoted = re.search(r'["“](.+?)["”]', basis, re.S)
    if notice is None or not quoted:
        return False
    stated = find_stated_deadline(quoted.group(1), notice)
    return bool(stated and (stated.days or stated.months) and stated.date == deadline)


def notice_window_short(data: dict, due: date | None) -> dict[str, Any] | None:
    """The window the notice itself states (claim.notice_window, its own words), where it ends before `due`, the
    deadline the letter gives, and `due` is the plan type's rule counted as the rule counts: {days, from_receipt
    (the rule counts from receipt), stated (the notice's days), stated_day}. The letter then says the rule's window
    with its citation beside the notice's, never the notice's as the time the plan allows (letters set 97, case 07: an
    EOB's "60 days from the date of this notice" ran out four days before the letter, which gave only "made by April 3,
    2027, within the time allowed"). None otherwise, and for a window counted in months."""
    from appeal_kit.intake.deadlines import as_date_or_none, find_stated_deadline, notice_received, rule_deadline

    words = get_path(data, "claim.notice_window")
    notice = as_date_or_none(get_path(data, "claim.notice_date"))
    if is_blank(words) or notice is None or due is None:
        return None
    stated = find_stated_deadline(str(words), notice)
    if stated is None or stated.date is None or not stated.days or stated.date >= due:
        return None
    rule = rule_deadline(route(data), notice, received=notice_received(data))
    if rule.rule is None or not rule.rule.days or rule.date != due:
        return None
    return {"days": rule.rule.days, "from_receipt": rule.rule.from_receipt or bool(rule.rule.presumed_receipt_days),
            "stated": stated.days, "stated_day": stated.date.isoformat()}


# the TRICARE levels after a reconsideration, as its decision names them (decisions[].opens): a second
# reconsideration (TQMC, for a medical-necessity denial), a formal review (DHA, for a factual one) or a hearing
_TRICARE_LEVELS = re.compile(r"\b(second reconsideration|formal review|hearing)\b", re.I)


def _tricare_level(data: dict) -> str | None:
    """The TRICARE level the latest recorded decision opens, in its own words, when it names one."""
    m = _TRICARE_LEVELS.search(appeal_stage(data)["latest_opens"] or "")
    return m.group(1).lower() if m else None


# each TRICARE level after a reconsideration: its window, the rule giving it and the body that decides it, by name,
# never "the reviewer the reconsideration decision names" where the case knows the level (32 CFR 199.15; docs/domain.md,
# TRICARE; letters set 90, case 04: a second reconsideration "forwarded to the reviewer the decision names")
_TRICARE_NEXT = {
    "second reconsideration": ("within 90 days of the reconsideration decision", "tricare_second_reconsideration",
                               "the TRICARE Quality Monitoring Contractor"),
    "formal review": ("within 60 days of the reconsideration decision", "tricare_formal_review",
                      "the Defense Health Agency")}
FORMAL_REVIEW_MINIMUM = 50  # dollars in dispute a formal review needs (32 CFR 199.10)
_TQMC_ROUTE = re.compile(r"second reconsideration|Quality Monitoring", re.I)


def _tricare_terms(data: dict, opens: str | None) -> dict[str, Any]:
    """For the TRICARE level a reconsideration opens (`opens`, _tricare_level): its window, rule and decider; for a
    formal review, the amount in dispute the decision states when it reaches the $50 the level needs
    (decisions[].in_dispute), and `named_other`: the decision named the second reconsideration, the route for a
    medical-necessity denial, for a denial that is not one (set 68, case 06: a timely-filing denial sent to the TQMC,
    and a letter to the DHA that never said why it came there)."""
    from appeal_kit.money import money

    window, rule, decider = _TRICARE_NEXT.get(opens or "", ("", "", ""))
    stage = appeal_stage(data)
    amount = latest_in_dispute(data) if opens == "formal review" else None
    return {"window": window, "window_rule": rule, "decider": decider,
            "in_dispute": money(amount) if amount is not None and amount >= FORMAL_REVIEW_MINIMUM else None,
            "named_other": opens == "formal review" and not medical_judgment(data)
            and bool(_TQMC_ROUTE.search(stage["latest_reason"] or ""))}


def latest_in_dispute(data: dict) -> Any:
    """The amount in dispute the latest decision states (decisions[].in_dispute), None where it states none or it
    cannot be read (check reports it)."""
    from appeal_kit.errors import CaseError
    from appeal_kit.money import parse_money

    stated = appeal_stage(data)["latest_in_dispute"]
    try:
        return None if is_blank(stated) else parse_money(stated, what="decisions[].in_dispute")
    except CaseError:
        return None


_SCALES = re.compile(r"\b(PHQ-?9|PHQ-?2|MADRS|HAM-?D|HDRS|QIDS(?:-SR)?|BDI(?:-II)?|GAD-?7|C-SSRS|CGI-?S|NRS|VAS|"
                     r"McGill|Brief Pain Inventory|BPI|ODI|PCL-5|MoCA|AIMS)\b", re.I)
# the scales that measure a mental disorder's symptoms (mood, anxiety, trauma, suicide risk): named as the measure of
# the condition only where the principal diagnosis is a mental disorder (an F code), never for a movement disorder
# or a pain condition (letters set 45, case 07: "a severity recorded with standard measures (PHQ-9)" for tardive
# dyskinesia, whose measure is the AIMS)
_MENTAL_SCALES = frozenset({"PHQ9", "PHQ2", "MADRS", "HAMD", "HDRS", "QIDS", "QIDSSR", "BDI", "BDIII", "GAD7",
                            "CSSRS", "PCL5"})


# the scales whose names are not written in capitals, as their authors spell them (letters set 97, case 02: "MOCA")
_SCALE_SPELLING = {"MOCA": "MoCA", "MCGILL": "McGill", "BRIEF PAIN INVENTORY": "Brief Pain Inventory"}


_SCORE_TOKEN = re.compile(r"\b[A-Z][A-Z0-9-]*[A-Z0-9]\b|\b\d+(?:\.\d+)?\b")


def severity_repeated(data: dict) -> bool:
    """True when every scale name and number of `clinical.severity` is also in `clinical.response`, so the response
    line, printed once care has been given, already carries the same scores and dates (set 13, cases 06 and 07:
    "MADRS 33 on August 17; MADRS 19 on September 12" and then "MADRS 33 before induction (August 17) and 19
    after session 8 (September 12)"). A duplicate check of tokens, never a reading of what the text means."""
    severity, response = get_path(data, "clinical.severity"), get_path(data, "clinical.response")
    return isinstance(severity, str) and isinstance(response, str) and _scores_within(severity, response)


def response_repeated(data: dict) -> bool:
    """True when every scale name and number of `clinical.response` is also in `clinical.severity`, and the severity
    line says more (it is not severity_repeated): the severity line printed just above already carries the response's
    scores, so the response line is left out (letters set 46, cases 01 and 06: "PCL-5 62 on admission (09/08/2026);
    PCL-5 31 and PHQ-9 9 at discharge" then "Response to the treatment. PCL-5 62 (09/08/2026) to 31"). A duplicate
    check of tokens, never a reading of what the text means."""
    severity, response = get_path(data, "clinical.severity"), get_path(data, "clinical.response")
    return isinstance(severity, str) and isinstance(response, str) and not severity_repeated(data) \
        and _scores_within(response, severity)


def _scores_within(part: str, whole: str) -> bool:
    """Every scale name and number of `part` (at least one number) is also in `whole`: the two lines' shared test."""
    tokens = _score_tokens(part)
    return bool(tokens) and any(t.isdigit() for t in tokens) and tokens <= _score_tokens(whole)


# a date written in a severity or response line ("July 28, 2026", "10/29/2026", "2026-10-29"): when the score was
# taken, not a score
_DATE_IN_LINE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                           r"(?:,?\s+\d{4})?|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d\d(?:-\d\d)?\b")


def _score_tokens(text: str) -> set[str]:
    """The scales and numbers of a severity or response line, its dates and other terms in capitals aside (letters
    set 18, cases 04 and 07: "MADRS 38 before ECT (July 28, 2026), 22 after treatment 12 (August 28, 2026)" then
    "MADRS 38 before the course, 22 after treatment 12": the same scores, printed twice)."""
    rest = _DATE_IN_LINE.sub(" ", text)
    scales = {m.group(1).upper().replace("-", "") for m in _SCALES.finditer(rest)}
    return scales | {t for t in _SCORE_TOKEN.findall(_SCALES.sub(" ", rest)) if t[0].isdigit()}


_WORD = re.compile(r"[a-z0-9]{3,}")


def criteria_quoted(data: dict) -> bool:
    """True when `plan_policy.quote` sets out the criteria the `payer_criteria` rows hold: nearly every word of the
    rows' criteria (four in five) is among the quote's words. The table then sets the policy out once, with how each
    criterion is met, and the letter does not quote it again in full (set 18, cases 02 and 05). A duplicate check
    of words, never a reading of what the text means."""
    quote, rows = get_path(data, "plan_policy.quote"), get_path(data, "payer_criteria")
    if not isinstance(quote, str) or not isinstance(rows, list):
        return False
    words = [w for r in rows if isinstance(r, dict) for w in _WORD.findall(str(r.get("criterion") or "").lower())]
    quoted = set(_WORD.findall(quote.lower()))
    return bool(words) and sum(w in quoted for w in words) >= 0.8 * len(words)


def severity_scales(data: dict) -> list[str]:
    """The standard rating scales clinical.severity names (PHQ-9, MADRS, AIMS, ...), so a letter says "recorded with
    standard measures" only when they are there; a mental disorder's scale only where the principal diagnosis is
    one."""
    found: dict[str, str] = {}
    codes = [str(c).strip().upper() for c in get_path(data, "claim.diagnosis_codes") or [] if not is_blank(c)]
    mental = not codes or codes[0].startswith("F")  # the principal diagnosis, the first code
    for m in _SCALES.finditer(str(get_path(data, "clinical.severity") or "")):
        key = m.group(1).upper().replace("-", "")
        if mental or key not in _MENTAL_SCALES:
            found.setdefault(key, _SCALE_SPELLING.get(key, m.group(1).upper()))
    return list(found.values())


# ICD-10-CM chapters whose reviewer should be a pain specialist: chronic pain (G89), CRPS (G90.5x), fibromyalgia
# (M79.7), neuropathies and back pain
_PAIN_CODES = ("G89", "G90", "M79.7", "G56", "G57", "G62", "G63", "G43", "M54")


ADDICTION_REVIEWER = "a physician board-certified in addiction medicine or addiction psychiatry"
NEUROLOGY_REVIEWER = "a neurologist"
# a mental disorder due to a disease of the nervous system: either field treats it (reviewer_specialty)
NEUROPSYCHIATRY_REVIEWER = "a neurologist or psychiatrist"


def statement_after_decision(data: dict, later: dict[str, Any] | None = None) -> bool:
    """The prescriber's supporting statement (prescriber_statement.file) is among the records the decision appealed
    never had (records_after_decision, or `later` when the caller has it): the plan cannot have erred in not granting
    an exception on it, so the next level is asked to grant it (letters set 49, case 03: a statement of 11/24 "should
    have been granted" on 11/10)."""
    file = get_path(data, "prescriber_statement.file")
    records = (later if later is not None else records_after_decision(data))["records"]
    return not is_blank(file) and any(r.get("file") == file for r in records)


def credentials_beyond_name(name: Any, credentials: str) -> str:
    """Credentials without the leading ones the name already ends with ("Ana Ruiz, MD" and "MD, pain medicine" ->
    "pain medicine"), compared without dots or case, so a letter printing both says each once."""
    def key(text: str) -> str:
        return re.sub(r"[.\s]", "", text).lower()

    ending = [key(part) for part in str(name or "").split(",")[1:]]
    parts = credentials.split(",")
    while parts and ending and key(parts[0]) in ending and key(parts[0]):
        parts.pop(0)
    return ",".join(parts).strip()


def diagnosis_codes(data: dict) -> list[str]:
    """claim.diagnosis_codes as upper-case codes, blanks left out, in the claim's order (the first is principal)."""
    return [code for c in get_path(data, "claim.diagnosis_codes") or [] if (code := str(c).strip().upper())]


def mental_health_diagnosis(data: dict) -> bool:
    """The care is for a mental or behavioural disorder (an ICD-10-CM chapter F code), or the case gives no code to
    say otherwise: what parity law and the suicidality question reach (letters set 34, case 08: parity argued for
    fibromyalgia, M79.7, called "a mental health condition")."""
    codes = diagnosis_codes(data)
    return not codes or any(c.startswith("F") for c in codes)


def care_for_mental_health(data: dict) -> bool:
    """The care asked for treats a mental or behavioural disorder: the principal diagnosis, the claim's first code, is
    in ICD-10-CM chapter F (or the case gives no code to say otherwise). What parity law reaches: a depression code
    listed after fibromyalgia does not make a fibromyalgia drug mental health care (letters set 45, case 03:
    milnacipran for M79.7, with F33.1 second, argued under Medicaid's parity rule)."""
    codes = diagnosis_codes(data)
    return not codes or codes[0].startswith("F")


def substance_use_first(data: dict) -> bool:
    """The principal diagnosis is a substance use disorder (F10-F19): parity law names it beside mental health, and a
    letter calls it what it is, not "a mental health condition" (letters set 53, case 03: opioid use disorder)."""
    codes = diagnosis_codes(data)
    return bool(codes and re.match(r"F1\d", codes[0]))


# ICD-10-CM chapters of the body's systems (neoplasms, blood, endocrine, nervous system, eye, ear, circulation,
# breathing, digestion, skin, joints, genitourinary): a principal code from one of them is not a mental disorder's
# care. Pregnancy (O), symptoms (R), injuries and poisonings (S, T) and factors (Z) are left out: a postpartum
# depression coded O99.345 first, or suicidal ideation R45.851, is a psychiatrist's all the same.
BODY_CHAPTERS = tuple("CDEGHIJKLMN")


def reviewer_specialty(data: dict) -> str:
    """Who should review, from the diagnosis: a psychiatrist for mental disorders (ICD-10-CM chapter F), a
    neurologist for migraine and other headache disorders, a pain medicine or anesthesiology physician for chronic
    pain codes; otherwise the treating clinician's field."""
    codes = diagnosis_codes(data)
    if substance_use_first(data):
        # the care is for a substance use disorder first (F10-F19 as the principal code): addiction medicine, the
        # field that treats it (set 21, case 06: an alcohol use disorder's residential stay)
        return ADDICTION_REVIEWER
    # the principal diagnosis (the first code) decides, then any code: a pain code listed first is the care's
    # purpose, a depression code after it is not (letters set 45, case 03: a psychiatrist asked for to review a
    # fibromyalgia drug, M79.7 first and F33.1 second)
    for pool in (codes[:1], codes):
        # a body condition first (chapter M or G) and a chronic pain code after it: the care is for pain, and a mood
        # code further down is not its purpose (letters set 63, case 04: a pain rehabilitation program for M96.1 and
        # G89.4, a psychiatrist asked for because F32.1 came third)
        if pool is codes and codes and codes[0][:1] in ("M", "G") and any(c.startswith(_PAIN_CODES) for c in codes):
            return "a physician board-certified in pain medicine or anesthesiology"
        # a condition of a body system first (diabetes, the nervous system, the joints: BODY_CHAPTERS) is the care's
        # purpose, and a mood code after it does not make it a psychiatrist's (letters set 77, case 02: lemborexant for
        # insomnia, G47.00, beside a depression in remission, F33.42; set 81, case 03: a capsaicin patch for diabetic
        # neuropathy, E11.42, beside F33.0)
        body_first = pool is codes and bool(codes) and codes[0][:1] in BODY_CHAPTERS
        # a mental disorder due to a known physiological condition (ICD-10-CM block F01-F09, coded with its underlying
        # condition) that is a disease of the nervous system (a chapter G code in the claim): a neurologist's field as
        # much as a psychiatrist's (letters set 85, case 02: Parkinson's disease psychosis, F06.0 with G20.A1, treated
        # by a movement-disorders neurologist, and "a psychiatrist" asked for)
        if pool and re.match(r"F0\d", pool[0]) and any(c.startswith("G") for c in codes):
            return NEUROPSYCHIATRY_REVIEWER
        if any(c.startswith("F") for c in pool) and not body_first:
            # a minor's care calls for a child and adolescent psychiatrist: appropriate training and experience in the
            # field, 29 CFR 2560.503-1(h)(3)(iii) (set 8, case 08: a 15-year-old's IOP denied by a general adult one)
            age = age_at_service(data)
            return "a child and adolescent psychiatrist" if age is not None and age < 18 else "a psychiatrist"
        # migraine and other headache disorders (G43, G44) are a neurologist's field, not pain medicine's (letters set
        # 53, case 07: erenumab for chronic migraine, the plan's own criterion naming a neurologist or headache
        # specialist, reviewed by "pain medicine or anesthesiology")
        if any(c.startswith(("G43", "G44")) for c in pool):
            return NEUROLOGY_REVIEWER
        if any(c.startswith(_PAIN_CODES) for c in pool):
            return "a physician board-certified in pain medicine or anesthesiology"
    return "a physician in the same specialty as the treating clinician"


def prescriber(data: dict, clinic: dict | None) -> dict | None:
    """The prescribing clinician a peer-to-peer call would reach (name, credentials, direct number, and
    `organization` when the name is a program's or practice's): the clinic's signing provider with the clinic's
    phone, else the case's `provider:`. None unless both name and phone are known."""
    if clinic and clinic.get("provider") and clinic.get("phone"):
        p = clinic["provider"]
        return {"name": p["name"], "credentials": credentials_beside(p["name"], p.get("credentials")),
                "phone": clinic["phone"], "organization": False}
    name, phone = get_path(data, "provider.name"), get_path(data, "provider.phone")
    if name and phone:
        # a program or practice is reached through its clinicians, never called one (letters set 36, cases 03 and
        # 07: "the prescribing clinician, Puget Sound DBT Center")
        if _ORGANIZATION.search(str(name)) and not _DOCTOR.search(str(name)):
            return {"name": name, "credentials": None, "phone": phone, "organization": True}
        return {"name": name, "credentials": credentials_beside(name, get_path(data, "provider.credentials")),
                "phone": phone, "organization": False}
    return None


# words that make a provider's name a program, practice or facility rather than a person's, unless it names its
# doctor too ("Ridgeview Neuromodulation Clinic - Dr. Imogen Sallowe-Barte")
_DOCTOR = re.compile(r"\bDr\b|,\s*(?:MD|DO|NP|PA-C|PMHNP|APRN|PhD|PsyD)\b")
_ORGANIZATION = re.compile(r"\b(?:center|centre|clinic|program|programs|IOP|PHP|hospital|health|services|associates|"
                           r"institute|practice|group|partners|LLC|Inc|department|unit|network|system|"
                           r"behavioral|psychiatry|wellness|infusions?|ketamine|TMS)\b", re.IGNORECASE)


def credentials_beside(name: Any, credentials: Any) -> str | None:
    """The credentials said after a name that may carry some of them already ("Samir Oyelaran-Whitt, MD" with "MD,
    board-certified in psychiatry" -> "board-certified in psychiatry"): never "MD, MD" (letters set 35, case 03)."""
    parts = [p.strip() for p in str(credentials or "").split(",") if p.strip()]
    held = {p.strip().lower() for p in str(name or "").split(",")[1:]}
    left = [p for p in parts if p.lower() not in held]
    return ", ".join(left) or None


# MCG only in its capitals and never after a number: "300 mcg" is a dose in micrograms (letters set 43, case 02:
# "a copy of MCG in the version applied" asked of a plan that never named it)
_CRITERIA_PRODUCTS = {"InterQual": r"(?i:\bInterQual\b)",
                      "MCG": r"(?<![\d.]\s)(?<![\d.])\bMCG\b|(?i:\bMilliman Care Guidelines\b)",
                      "eviCore": r"(?i:\beviCore\b)", "Carelon": r"(?i:\bCarelon\b|\bAIM Specialty\b)"}


def criteria_of(names: list[str]) -> str:
    """The criteria named, as "the criteria of X", or as X where X's own name says criteria ("internal utilization
    criteria MA-PHP-4": letters set 63, cases 05 and 08, "the criteria of ... criteria")."""
    joined = join_and(names)
    return joined if re.search(r"\bcriteria\b", joined, re.I) else f"the criteria of {joined}" if joined else ""


def named_approved(data: dict) -> bool:
    """treatment.name itself says the care was approved ("the remainder of an approved 36-session course"): the letter
    does not say so a second time (letters set 64, case 08)."""
    return bool(re.search(r"\bapproved\b", str(get_path(data, "treatment.name") or ""), re.I))


def criteria_named(data: dict) -> list[str]:
    """Criteria products (InterQual, MCG, eviCore, Carelon) or the plan's own numbered policy that the denial or the
    case names: the letter asks for exactly those, by name."""
    text = " ".join(str(get_path(data, k) or "") for k in ("claim.denial_reason", "plan_policy.name",
                                                            "plan_policy.quote"))
    found = [name for name, pattern in _CRITERIA_PRODUCTS.items() if re.search(pattern, text)]
    policy = policy_label(data)
    # a numbered policy the denial itself names ("under Bluewater Medical Policy MP-5.01.644") is the one applied,
    # even when plan_policy holds another document (the certificate's definitions)
    said = " ".join(str(get_path(data, "claim.denial_reason") or "").split())
    named = [m.group(0) for m in _NAMED_POLICY.finditer(said)]
    # a rule named by its code alone ("Step therapy RX-ESK-ST: ...", "under criteria RX-OUD-4"): the denial's own
    # (letters set 53, case 06: the PBM's step program, where plan_policy quotes the member's own SPD)
    named += [m.group(1) for m in _NAMED_CODE.finditer(said) if not any(m.group(1) in n for n in named)]
    named = [n for n in dict.fromkeys(named) if not policy or n.split()[-1].lower() not in policy.lower()]
    if not found:
        found += named
    # the plan's own promise to keep to its authorization is no criterion the denial applied (set 42, case 03:
    # "The denial relies on ... Section 6.7", the section that forbids the denial); nor is a plan document the
    # denial's words never name (letters set 53, case 06: a copy of the member's own SPD section asked for as the
    # denial's criterion, "The denial relies on ... Section 9.4")
    kept = kept_authorized(data)
    if policy and not found and not (kept and kept["field"] == "plan_policy.quote") and policy_cited(data):
        found.append(policy)
    return found


def licensed_criteria(data: dict) -> list[str]:
    """The criteria products the denial applies (MCG, InterQual, ...) when they are all it names and the case quotes
    none of their text: criteria a vendor licenses to the plan, which a member cannot copy but may ask the plan to
    disclose. Empty when the plan's own policy or quoted criteria are named too."""
    named = criteria_named(data)
    quoted = not is_blank(get_path(data, "plan_policy.quote")) or not is_blank(get_path(data, "payer_criteria"))
    return named if named and not quoted and set(named) <= set(_CRITERIA_PRODUCTS) else []


# a rule named by its code after the word for what it is: "Step therapy RX-ESK-ST", "criteria RX-OUD-4"
_NAMED_CODE = re.compile(r"\b(?i:step[- ]therapy|criteria|criterion|policy|guideline|protocol|program)\s+"
                         r"((?=[A-Z0-9-]*[A-Z]{2})[A-Z][A-Z0-9]*(?:-[A-Z0-9]+(?:\.[A-Z0-9]+)*)+)\b")
# "Medical Policy MP-5.01.644", "Clinical Policy BH-207", "Pharmacy Policy RX-118": a policy named by its number
_NAMED_POLICY = re.compile(r"\b(?:[A-Z][\w&'-]*\s+){0,3}(?:Medical|Clinical|Pharmacy|Coverage|Payment|Reimbursement|"
                           r"Utilization Management|Drug)\s+(?:Policy|Bulletin|Guideline)\s+(?:No\.?\s*|#\s*)?"
                           r"[A-Z]{1,6}[-.]?[\d][\w.-]*\b")


def _option_words(name: Any) -> str:
    """"PPO" -> "the PPO option"; "the Gold PPO plan" stays as written."""
    text = " ".join(str(name or "").split()).rstrip(".")
    if not text:
        return ""
    if not re.search(r"\b(?:option|plan|tier|program|coverage|policy)\b", text, re.I):
        text += " option"
    return text if re.match(r"(?:the|a|an|my|his|her|their)\b", text, re.I) else "the " + text


def plan_option(data: dict) -> dict[str, Any]:
    """The plan option the member is enrolled in (case.yaml `plan_option`), as the letter names it: `pays` when
    the case says it pays for out-of-network care (`out_of_network: true`), `name` and `applied` (the option whose
    rule the denial applied instead) in words, `since` (the enrollment's effective date), `proof` (the enrollment
    records, a file or a list)."""
    rec = get_path(data, "plan_option")
    rec = rec if isinstance(rec, dict) else {}
    return {"pays": rec.get("out_of_network") is True and not is_blank(rec.get("name")),
            "name": _option_words(rec.get("name")), "applied": _option_words(rec.get("applied")),
            "since": rec.get("since"), "proof": files_named(rec.get("proof"))}


def files_named(value: Any) -> list[str]:
    """The files a field names, written as one file or a list of them (`plan_option.proof`, `eligibility.proof`)."""
    return [str(p) for p in (value if isinstance(value, list) else [value]) if not is_blank(p)]


_PER_YEAR = re.compile(r"\b(?:per|a|each|every)\s+(?:calendar\s+|plan\s+|policy\s+|benefit\s+|contract\s+|"
                       r"rolling\s+)?year\b|\b(?:annual|yearly)\b", re.I)
_MANNER = re.compile(r"^(?:each|every|all|one|two)\b|\s(?:as|for)\s+(?:one|a|an|two)\b", re.I)


_COUNTED_AS = re.compile(r"\bas\s+(?:one|a|an)\s+(?P<what>[a-z][\w -]*?)\s*$", re.I)


def _counted_as(applied_unit: str) -> str:
    """The thing a way of counting makes each unit, in the plural: "outpatient office visits" for "each intensive
    outpatient program day as one outpatient office visit"; "" when it names none."""
    m = _COUNTED_AS.search(applied_unit)
    if not m:
        return ""
    what = m.group("what").strip()
    return what if what.endswith("s") else what + "s"


def benefit_limit(data: dict) -> dict[str, Any]:
    """A limit on the number of treatments (case.yaml plan_policy.limit): `applied` (the limit the denial applied),
    `current` (the limit the plan's current terms, plan_policy.quote, set; None), `removed` (they set none:
    `current: none`), `course` (the number of treatments the course billed reaches), `unit` (default "treatments"),
    and `within`: True when the current terms set no limit or one the course does not exceed, False when the course
    goes beyond it, None when the case does not say.
    A limit the terms set for one age group only (`from_age: 21`, members that age and older; `under_age: 21`, younger
    ones): `ages` names the group ("21 and older"), `age` is the patient's age at the care and `outside_ages` True when
    that age is outside the group, so the limit's own words do not reach the patient (set 15, case 03: an adult limit
    applied to a 15-year-old) and the course is within the terms, whatever `current` says."""
    rec = get_path(data, "plan_policy.limit")
    # Original Medicare has no plan and no plan terms: a limit it applies is its own rule's (psychiatric_days)
    rec = rec if isinstance(rec, dict) and get_path(data, "claim.plan_type") != "medicare" else {}
    removed = str(rec.get("current") or "").strip().lower() in ("none", "no limit", "removed")
    current, course = _count(rec.get("current")) or None, _count(rec.get("course")) or None
    low, high = _count(rec.get("from_age")) or None, _count(rec.get("under_age")) or None
    ages = (f"{low} and older" if low and not high else f"under {high}" if high and not low
            else f"{low} to {high - 1}" if low and high else "")
    age = age_at_service(data) if ages else None
    outside = age is not None and bool((low and age < low) or (high and age >= high))
    within = None
    if outside:
        within = True
    elif course is not None and (removed or current is not None):
        within = removed or course <= current  # type: ignore[operator]
    unit = " ".join(str(rec.get("unit") or "treatments").split())
    counted = limit_counted(rec)
    # `current: none` beside a count whose kinds the terms do and do not limit: the terms limit `unit` and set no
    # limit on the other kinds, which is what the course is (letters set 48, case 01: TMS sessions under a limit on
    # psychotherapy office visits, "set no limit on the number of office visits" said beside the quoted 20 a year)
    other_kinds = removed and bool(counted["uncounted"]) and counted["counted_limited"] > 0
    unlimited = join_and(counted["uncounted"]) if other_kinds else unit
    applied_unit = " ".join(str(rec.get("applied_unit") or "").split())
    # a limit counted by the year (the terms' "30 days per calendar year", or a period the case gives): the course's
    # number is the year's count toward it, not what this claim billed (letters set 52, cases 01 and 04: "the course
    # billed (25 inpatient days)" for a claim of 26 program days, the year's count at two for one)
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    yearly = not removed and (bool(_PER_YEAR.search(quote)) or not is_blank(rec.get("period")))
    return {"applied": _count(rec.get("applied")) or None, "current": current, "removed": removed, "course": course,
            "unit": unit, "within": within, "ages": ages, "other_kinds": other_kinds,
            # the kinds the terms set no limit on, and what the course is counted in
            "unlimited": unlimited, "course_unit": unlimited if other_kinds else unit,
            # what the denial counted, in its words, when it is not what the terms limit (letters set 25, case 04: 30
            # "behavioral health visits", group sessions among them, against a limit on individual visits only)
            "applied_unit": applied_unit, **counted, "yearly": yearly,
            # the denial's way of counting, not a unit ("each partial hospitalization day as one inpatient day"):
            # said as how it counted, never as the limit's unit nor as a kind the terms leave out (letters set 52,
            # case 04: "a limit of 30 each partial hospitalization day as one inpatient day")
            "applied_manner": bool(_MANNER.search(applied_unit)),
            # what that way of counting made the care ("... as one outpatient office visit"): the applied limit's
            # unit, never the current terms' (letters set 56, case 03: "a limit of 20 weeks ... per episode" for the
            # notice's 20 outpatient visits a plan year)
            "applied_as": _counted_as(applied_unit),
            # that unit is not the terms' own: the parity paragraph names the limit the denial applied (letters set
            # 56, case 03: office visits, against the terms' weeks per episode)
            "applied_other": bool(_counted_as(applied_unit)) and _counted_as(applied_unit).lower().rstrip("s")
            not in unit.lower(),
            "age": age, "outside_ages": outside, "source": limit_source(data, rec), "period": limit_period(data, rec)}


def limit_counted(rec: dict) -> dict[str, Any]:
    """What the plan's own count toward the limit holds, by kind (plan_policy.limit.counted: `- {what, count,
    limited}`): `counted` (the rows with a count), `counted_words` ("22 individual psychotherapy visits and 8 group
    psychotherapy sessions"), `counted_total`, `uncounted` (the kinds the terms do not count toward the limit,
    `limited: false`), `counted_limited` (the count of the kinds they do) and `counted_file`. A count holding kinds the
    terms leave out is answered with the count the terms set (letters set 25, case 04: the plan's "30 used" was 22
    individual visits and 8 group sessions, the limit on individual visits only)."""
    rows: list[dict[str, Any]] = [{"what": " ".join(str(r.get("what") or "").split()), "count": _count(r.get("count")),
             "limited": r.get("limited") is not False,
             # the record a kind is counted from, else counted_file (set 54, case 01: the facility lines on the
             # facility's own EOB)
             "file": None if is_blank(r.get("file")) else r.get("file"), "page": r.get("page")}
            for r in rec.get("counted") or []
            if isinstance(r, dict) and _count(r.get("count")) and not is_blank(r.get("what"))]
    # a kind the terms do not count that is what the denial counted in (`applied_unit`) is another measure of the
    # same care, not more of it: never added to the total (letters set 47, case 02: 61 nasal spray devices beside
    # the 23 sessions they were used in, "23 of 84")
    measure = " ".join(str(rec.get("applied_unit") or "").split()).lower()
    uncounted = [r["what"] for r in rows if not r["limited"]]
    # two kinds, the first limited and the second not: "the latter", never the second's long name again (set 54,
    # case 01 printed "hospital facility lines for the same ten sessions (revenue code 0901)" twice in one sentence)
    latter = len(rows) == 2 and rows[0]["limited"] and not rows[1]["limited"]
    total = sum(r["count"] for r in rows if r["limited"] or r["what"].lower() != measure)
    printed = limit_printed(rec)
    return {"counted": rows, "counted_words": join_and([f"{r['count']} {r['what']}" for r in rows]),
            "counted_total": total, "uncounted": uncounted,
            "uncounted_said": "the latter" if latter else join_and(uncounted),
            "counted_limited": sum(r["count"] for r in rows if r["limited"]),
            "counted_file": None if is_blank(rec.get("counted_file")) else rec.get("counted_file"),
            "printed": printed,
            # the plan's printed count and the records' count by kind, where both are given and their totals differ:
            # each is said as whose it is, and the letter never prints one as the other's "of" (set 54, case 01: "10
            # of 20" beside the plan's 12); check warns
            "counts_differ": bool(printed and rows and printed["count"] != total)}


def limit_printed(rec: dict) -> dict[str, Any] | None:
    """The count the plan printed toward the limit (plan_policy.limit.printed: `{count, as, file, page}`: 12, "10
    facility, 2 professional", the EOB that prints it), or None. It is a different fact from the limit the denial
    applied (`applied`) and from the records' count by kind (`counted`): the letter calls a count the plan's own only
    from this field (set 54, case 01: the user's 10 treatments and 10 facility lines called "the plan's own count")."""
    got = rec.get("printed")
    if not isinstance(got, dict) or not _count(got.get("count")):
        return None
    return {"count": _count(got.get("count")), "as": " ".join(str(got.get("as") or "").split()),
            "file": None if is_blank(got.get("file")) else got.get("file"), "page": got.get("page")}


def limit_period(data: dict, rec: dict) -> dict[str, Any]:
    """The period the plan's terms count a limit in (plan_policy.limit.period: "Plan Year"), the day the period the
    dates of service fall in began (`period_start`), and the period the denial counted by instead (`applied_period`:
    "calendar year"). `holds` is True when every date of service falls in the twelve months from `period_start`, so
    the course is counted from that day (letters set 22, case 02: six induction infusions paid in February and four
    maintenance infusions from July denied as over "6 per calendar year", in a plan whose Plan Year begins July 1);
    False when one falls outside them, None when a date or the period is missing."""
    from appeal_kit.intake.deadlines import as_date_or_none

    name = None if is_blank(rec.get("period")) else " ".join(str(rec["period"]).split())
    start = as_date_or_none(rec.get("period_start"))
    applied = None if is_blank(rec.get("applied_period")) else " ".join(str(rec["applied_period"]).split())
    dates = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    holds = None
    if name and start and dates:
        end = _birthday(start, 1)  # the same day a year on: the next period's first day
        holds = all(start <= d < end for d in dates)
    return {"name": name, "start": start, "applied": applied,
            "differs": bool(applied and name and applied.lower() != name.lower()), "holds": holds}


def limit_source(data: dict, rec: dict) -> dict[str, Any]:
    """Where the limit the denial applied comes from (case.yaml plan_policy.limit.source: {name, year, through, file,
    page}): `name` (the document: "Benefit Grid BH-OP-2025"), `year` (the plan year its terms were for), `through` (the
    last day they governed: given, else December 31 of `year`), `files`, `page`, and `superseded`: True when every date
    of service falls after `through`, so the limit applied is not a term in force on those dates (letters set 21, case
    07: the 2025 benefit grid applied to 2026 visits that the 2026 Evidence of Coverage sets no limit on), False when
    one falls on or before it, None when a date is missing."""
    from appeal_kit.intake.deadlines import as_date_or_none

    found = rec.get("source")
    src: dict = found if isinstance(found, dict) else {}
    year = _count(src.get("year")) or None
    through = as_date_or_none(src.get("through")) or (date(year, 12, 31) if year and 1900 < year < 2200 else None)
    dates = sorted(d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d)
    name = None if is_blank(src.get("name")) else " ".join(str(src["name"]).split())
    superseded = all(d > through for d in dates) if name and through and dates else None
    return {"name": name, "year": year, "through": through, "files": files_named(src.get("file")),
            "page": src.get("page"), "superseded": superseded, "dates": dates}


def superseded_exclusion(data: dict) -> dict[str, Any]:
    """An exclusion the denial applied that later plan terms replaced (plan_policy.exclusion.superseded): `by` (what
    replaced it: "2026 Member Handbook, section 7.3"), `start` (the date those terms govern from), `quote` (their
    words), `files` (their enclosed source: a file or a list), `state_plan` ({name, files}: the state's own notice
    that its Medicaid state plan covers the treatment from that date, a bulletin), `dates` (the dates of care it is
    measured by: the dates of service, else for care still to be given, the notice's date, after which it is given),
    `pending` (True when measured by the notice's date) and `governs`: True when every one of those dates is on or
    after `start`, so the later terms govern the care and the exclusion does not (letters set 19, case 04: a 2025
    benefit grid applied to October 2026 care that the 2026 handbook covers); False when one falls before it; None
    when a date is missing."""
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "plan_policy.exclusion.superseded")
    rec = rec if isinstance(rec, dict) else {}
    start = as_date_or_none(rec.get("from"))
    dates = sorted(d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d)
    pending = False
    if not dates and (notice := as_date_or_none(get_path(data, "claim.notice_date"))):
        dates, pending = [notice], True
    state = rec.get("state_plan")
    state = state if isinstance(state, dict) else {}
    governs = all(d >= start for d in dates) if start and dates and not is_blank(rec.get("by")) else None
    # plan_policy.quote holding the later terms' own words (their file, or words inside their quote), not the
    # exclusion's: never printed as what the denial applied (letters set 40, cases 05 and 06: the 2026 brochure's and
    # the SMM's words printed under the 2025 exclusion's name, then called "not the term in force")
    words = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    later = " ".join(str(rec.get("quote") or "").split())
    own_files = files_named(get_path(data, "plan_policy.file"))
    holds_quote = bool(words) and (bool(later) and words in later or bool(own_files) and bool(
        set(own_files) & set(files_named(rec.get("file"))))
        and set(own_files) != set(files_named(get_path(data, "plan_policy.exclusion.file"))))
    return {"by": None if is_blank(rec.get("by")) else " ".join(str(rec["by"]).split()), "start": start,
            "quote": None if is_blank(rec.get("quote")) else str(rec["quote"]).strip(), "holds_quote": holds_quote,
            "files": files_named(rec.get("file")), "dates": dates, "pending": pending, "governs": governs,
            "state_plan": {"name": None if is_blank(state.get("name")) else " ".join(str(state["name"]).split()),
                           "files": files_named(state.get("file"))}}


def _age_on(born: date, on: date) -> int:
    """A person's age in whole years on a day."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _birthday(born: date, age: int) -> date:
    """The day a person born on `born` turns `age` (February 29 falls on March 1 in other years)."""
    try:
        return born.replace(year=born.year + age)
    except ValueError:
        return date(born.year + age, 3, 1)


def exclusion_ages(data: dict) -> dict[str, Any]:
    """An exclusion the plan's terms set for one age group only (case.yaml plan_policy.exclusion.from_age, members that
    age and older; under_age, younger members), measured by the patient's age on every date of service (letters set
    21, case 03: a state rule excluding IV ketamine "for members age 21 and older", a member of 20 on every date
    requested). `ages` names the group ("21 and older"); `born` the date of birth (patient.date_of_birth) and
    `record` the record that holds it (patient.birth_record: {file, page}); `first_age` and `last_age` the ages on the
    first and last dates of service; `turns` the day the patient reaches the group's lower age when that is after
    the last date (said so a reader need not count); `outside`: True when every date of service falls outside the
    group, so the exclusion's own words do not reach the patient, False when one falls inside, None when the case
    lacks a date (nothing is said then)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "plan_policy.exclusion")
    rec = rec if isinstance(rec, dict) else {}
    low, high = _count(rec.get("from_age")) or None, _count(rec.get("under_age")) or None
    ages = (f"{low} and older" if low and not high else f"under {high}" if high and not low
            else f"{low} to {high - 1}" if low and high else "")
    born = as_date_or_none(get_path(data, "patient.date_of_birth"))
    dates = sorted(d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d)
    record = get_path(data, "patient.birth_record")
    record = record if isinstance(record, dict) and not is_blank(record.get("file")) else {}
    out: dict[str, Any] = {"given": bool(ages), "ages": ages, "from_age": low, "under_age": high, "born": born,
                           "record": {"file": str(record["file"]), "page": record.get("page")} if record else None,
                           "dates": dates, "first_age": None, "last_age": None, "turns": None, "outside": None}
    if not ages or not born or not dates:
        return out
    each = [_age_on(born, d) for d in dates]
    out["first_age"], out["last_age"] = each[0], each[-1]
    out["outside"] = all(bool((low and age < low) or (high and age >= high)) for age in each)
    if low and out["outside"] and each[-1] < low:
        out["turns"] = _birthday(born, low)
    return out


def coverage_span(data: dict) -> dict[str, Any]:
    """When the coverage began and, where the case says, when it ends (case.yaml eligibility.start, .end), what
    coverage it is (eligibility.coverage: "Medicare Part B"), and the record that shows it (eligibility.record: {name,
    date, file, page}: SSA's notice of change, the state's reinstatement notice), measured against every date of
    service: `within` True when each falls on or after `start` (and on or before `end`), so the care falls inside the
    coverage (letters set 21, case 02: Part B from July 1, 2026, which the record had as October 1; set 20, case 03: a
    child's CHIP reinstated from August 1, 2026), False when one falls outside it, None when a date is missing."""
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "eligibility")
    rec = rec if isinstance(rec, dict) else {}
    start, end = as_date_or_none(rec.get("start")), as_date_or_none(rec.get("end"))
    dates = sorted(d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d)
    record = rec.get("record")
    record = record if isinstance(record, dict) else {}
    clean = lambda v: None if is_blank(v) else " ".join(str(v).split())  # noqa: E731
    within = None
    if start and dates:
        within = all(start <= d and (end is None or d <= end) for d in dates)
    # typed with its own article ("the individual policy PIH-I"): the letter puts the possessive before it, never
    # "my the individual policy" (letters set 72, cases 04 and 07)
    coverage = clean(re.sub(r"^\s*(?:the|a|an)\s+", "", str(rec.get("coverage") or ""), flags=re.I))
    names = patient_names(data)
    # coverage that names the patient itself ("Self Plus One enrollment covering Mrs. Achebe-Lorne") is not also
    # called the patient's (letters set 64, case 03: the name twice in a clause, the enrollment her husband's)
    named = bool(coverage) and not names["self"] and any(
        n and n.lower() in str(coverage).lower() for n in (names["full"], names["short"]))
    return {"start": start, "end": end, "coverage": coverage, "names_patient": named, "dates": dates, "within": within,
            "record": {"name": clean(record.get("name")), "date": as_date_or_none(record.get("date")),
                       "files": files_named(record.get("file")), "page": record.get("page")}}


_AUTHORIZED_PROVIDER = re.compile(r"\b((?:[A-Z]+-)?authorized) provider\b")


def provider_enrollment(data: dict) -> dict[str, Any]:
    """When the treating provider's enrollment with the payer took effect (case.yaml provider_enrollment: {provider,
    effective, applied, record: {name, date, file, page}}), for a denial that says the provider was not enrolled on
    the date of service (Medicare's "provider not enrolled", CARC B7): `within` True when every date of service falls
    on or after `effective`, False when one falls before it, None when a date is missing; `applied`, the later date
    the payer's record used, when the case gives it (letters set 23, case 03: billing privileges effective January 26,
    2026, loaded as April 9, the approval's date)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "provider_enrollment")
    rec = rec if isinstance(rec, dict) else {}
    effective, applied = as_date_or_none(rec.get("effective")), as_date_or_none(rec.get("applied"))
    dates = sorted(d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d)
    found = rec.get("record")
    record: dict = found if isinstance(found, dict) else {}
    clean = lambda v: None if is_blank(v) else " ".join(str(v).split())  # noqa: E731
    provider = clean(rec.get("provider"))
    # the denial's own word for the status it found missing ("not a TRICARE-authorized provider"): the letter answers
    # in it, never in "enrolled", another status (letters set 78, case 04)
    status = _AUTHORIZED_PROVIDER.search(str(get_path(data, "claim.denial_reason") or ""))
    return {"provider": provider, "effective": effective, "applied": applied, "dates": dates,
            "status": status.group(1) if status else None,
            "status_a": f"{'an' if status.group(1)[0] in 'aA' else 'a'} {status.group(1)}" if status else None,
            # the name as a sentence says it before its verb: "Ines Montgomery-Vale, LPCC, took effect"
            "provider_mid": f"{provider}," if provider and ", " in provider else provider,
            "within": all(effective <= d for d in dates) if effective and dates else None,
            "record": {"name": clean(record.get("name")), "date": as_date_or_none(record.get("date")),
                       "files": files_named(record.get("file")), "page": record.get("page")}}


def grace_period(data: dict) -> dict[str, Any]:
    """A premium grace period the member paid within (case.yaml eligibility.grace_period): `aptc` (the enrollee
    receives advance payments of the premium tax credit: a Marketplace plan's three-month grace period), `paid_on`,
    `ends`, and `paid_within`: True when all outstanding premium was paid on or before the grace period's last day and
    every date of service falls within it or before it (False when the payment came after it, None when a date is
    missing)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "eligibility.grace_period")
    rec = rec if isinstance(rec, dict) else {}
    paid, ends = as_date_or_none(rec.get("paid_on")), as_date_or_none(rec.get("ends"))
    dates = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    within = None
    if paid and ends:
        within = paid <= ends and all(d <= ends for d in dates)
    return {"aptc": rec.get("aptc") is True, "paid_on": paid, "ends": ends, "paid_within": within}


PSYCHIATRIC_UNITS = ("distinct_part", "psychiatric_hospital")


def psychiatric_days(data: dict) -> dict[str, Any]:
    """Original Medicare's lifetime limit on inpatient psychiatric hospital care as the case answers it (case.yaml
    `psychiatric_days`): `unit` (distinct_part or psychiatric_hospital, else ""), `in_unit` True when the stay was in a
    distinct-part psychiatric unit of a general hospital, which the limit does not reach (False for a psychiatric
    hospital, None when the case does not say or the plan is not Original Medicare), `given` (the case answers that
    limit: Original Medicare and a unit or miscounted days), `proof` (the records),
    `miscounted` ([{stay, days, why}]: days counted toward the limit that do not belong there) and `days` (their sum,
    0 when a row gives none)."""
    rec = get_path(data, "psychiatric_days")
    rec = rec if isinstance(rec, dict) else {}
    unit = str(rec.get("unit") or "").strip().lower().replace("-", "_").replace(" ", "_")
    unit = unit if unit in PSYCHIATRIC_UNITS else ""
    medicare = get_path(data, "claim.plan_type") == "medicare"
    rows = [{"stay": " ".join(str(r.get("stay") or "").split()), "days": _count(r.get("days")) or None,
             "why": " ".join(str(r.get("why") or "").split()).rstrip(".")}
            for r in rec.get("miscounted") or [] if isinstance(r, dict) and not is_blank(r.get("stay"))]
    return {"given": medicare and bool(unit or rows),
            "unit": unit, "in_unit": (unit == "distinct_part") if unit and medicare else None,
            "proof": files_named(rec.get("proof")), "miscounted": rows if medicare else [],
            "days": sum(r["days"] or 0 for r in rows) if medicare else 0}


def policy_section(data: dict) -> dict[str, Any]:
    """The plan policy's section the denial applied against the one that governs the use requested (case.yaml
    plan_policy.section: `applied`, the section or criterion the denial applied; `requested`, the section of the same
    policy for the use requested; `use`, that use in words; `proof`, the records that show the request was for it,
    a file or a list). `wrong`: both sections are named and differ (set 15, case 02: the treatment-resistance
    criterion applied to a request for the other labelled use, whose section asks for no earlier trials)."""
    rec = get_path(data, "plan_policy.section")
    rec = rec if isinstance(rec, dict) else {}
    applied, requested = (" ".join(str(rec.get(k) or "").split()).rstrip(".") for k in ("applied", "requested"))
    return {"applied": applied, "requested": requested, "use": " ".join(str(rec.get("use") or "").split()).rstrip("."),
            "proof": files_named(rec.get("proof")),
            "wrong": bool(applied and requested and applied.lower() != requested.lower())}


def new_start(data: dict) -> dict[str, Any]:
    """Whether the request is a new start of the treatment, for a step-therapy rule that reaches new starts only
    (set 15, case 08: the plan itself paid the injection a month before it asked him to try another drug first).
    `doses`: the earlier doses the case records (treatment.earlier_doses: {date, dose, paid_by_plan, claim, file}),
    earliest first; `lookback`: the days the plan's step-therapy rule looks back (plan_policy.step_lookback_days);
    `since`: the date the lookback counts from (plan_policy.step_lookback_from's date, else the request's,
    prior_auth.requested_on: the rule is applied to the request (set 29, case 02), else the notice's date, else the
    first date of service), with `from_what` and `from_file` (what that day is, the record that shows it); `words`: the
    sentence of plan_policy.quote that sets the lookback ("... within the 120 days before ..."); `within`: the
    doses inside it; `not_new`: True when one is, False when none is, None when the case gives no lookback, no
    date to count from or no dated dose."""
    from appeal_kit.intake.deadlines import as_date

    rows = get_path(data, "treatment.earlier_doses")
    rows = [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
    doses: list[dict[str, Any]] = []
    for r in rows:
        try:
            day = as_date(r.get("date"))
        except Exception:  # an unreadable date is check's to report; that dose counts for nothing here
            day = None
        if day:
            doses.append({"date": day.isoformat(), "dose": " ".join(str(r.get("dose") or "").split()),
                          "paid": r.get("paid_by_plan") is True, "claim": " ".join(str(r.get("claim") or "").split()),
                          "file": "" if is_blank(r.get("file")) else str(r.get("file"))})
    doses.sort(key=lambda d: d["date"])
    lookback = _count(get_path(data, "plan_policy.step_lookback_days")) or None
    # terms that count back from another day than the request's ("a paid claim under any prior health plan within
    # the 120 days before your coverage with us began": letters set 24, case 05) give it: {date, what, file}
    start = get_path(data, "plan_policy.step_lookback_from")
    start = start if isinstance(start, dict) else {"date": start} if not is_blank(start) else {}
    try:
        since = as_date(start.get("date")) if start else as_date(get_path(data, "prior_auth.requested_on")) or \
            as_date(get_path(data, "claim.notice_date")) or next(
            iter(sorted(d for d in (as_date(v) for v in get_path(data, "claim.service_dates") or []) if d)), None)
    except Exception:
        since = None
    within = [d for d in doses if since and lookback and 0 <= (since - date.fromisoformat(d["date"])).days <= lookback]
    not_new = bool(within) if doses and lookback and since else None
    # the terms' own sentence that sets the lookback, quoted where the letter applies it
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    words = next((m.group().strip() for m in re.finditer(rf"[^.;]*?\b{lookback} days\b[^.]*\.?", quote)), "") \
        if lookback else ""
    return {"doses": doses, "lookback": lookback, "since": since.isoformat() if since else None, "within": within,
            "not_new": not_new, "words": words,
            "from_what": " ".join(str(start.get("what") or "").split()) if start else "",
            "from_file": "" if not start or is_blank(start.get("file")) else str(start["file"])}


# a history row named as a change of a drug's dose rather than the drug: "(dose reduction)", "(taper)", "(increase)"
_DOSE_CHANGE_ROW = re.compile(r"\(\s*(?:dose\s+)?(?:reduction|reduced|lowered|lowering|taper(?:ed|ing)?|increase[ds]?|"
                              r"titration|decrease[ds]?)\b", re.I)


def continuing_rows(data: dict) -> set[int]:
    """The indexes of the clinical.history rows the case says are still taken: `ongoing: true` in the row, or the
    drug named in treatment.alongside (the antidepressant taken with the treatment), its latest row only. The letter
    prints no end date for them: the end a row gives is then only the date of the last record. A row that is a change
    of the drug's dose ("carbidopa-levodopa (dose reduction)", ended when the dose was restored: letters set 85, case
    02) is an episode with its own end, not the drug taken alongside."""
    rows = get_path(data, "clinical.history")
    rows = rows if isinstance(rows, list) else []
    out = {i for i, r in enumerate(rows) if isinstance(r, dict) and r.get("ongoing") is True}
    alongside = set(re.findall(r"[a-z]+", str(get_path(data, "treatment.alongside") or "").lower())) - _GENERIC_WORDS
    latest: dict[str, int] = {}
    for i, r in enumerate(rows):
        first = next(iter(re.findall(r"[a-z]+", str(r.get("drug") or "").lower()) if isinstance(r, dict) else []),
                     "")
        if first not in alongside or _DOSE_CHANGE_ROW.search(str(r.get("drug") or "")):
            continue
        if first not in latest or str(r.get("start") or "") >= str(rows[latest[first]].get("start") or ""):
            latest[first] = i
    return out | set(latest.values())


# a row's outcome whose last words say the drug was brought to an end ("continued during ECT and tapered after"), never
# one still to come ("to be tapered off in the program")
_ENDED_LAST = re.compile(r"(?<!to be )(?<!will be )\b(?:tapered|stopped|discontinued|weaned)\b(?:\s+off)?"
                         r"(?:\s+(?:after|since|on|in|by|at)\b[^;.]*)?\s*\.?\s*$", re.I)


def outcome_says_ended(row: Any) -> bool:
    """The row's own outcome ends by saying the drug was tapered or stopped: the table then never calls it
    "continuing" beside those words, whatever `ongoing:` says (letters set 71, case 06: lorazepam "continuing" beside
    "continued during ECT and tapered after")."""
    outcome = str(row.get("outcome") or "").strip() if isinstance(row, dict) else ""
    return bool(outcome and _ENDED_LAST.search(re.split(r"[;.]\s+", outcome)[-1]))


# what a row's recorded response says in the treatment table, where the row gives no outcome words of its own
_RESPONSE_SHOWN = {"none": "No response", "partial": "Partial response", "response": "Response",
                   "remission": "Remission", "lost": "Response lost"}


def outcome_shown(row: Any) -> str:
    """The words the treatment table gives a row: its `outcome`, else its recorded `response` ("No response"), never
    an empty cell beside a response the case holds (letters set 72, case 06: three failed trials, no outcome shown)."""
    if not isinstance(row, dict):
        return ""
    outcome = str(row.get("outcome") or "").strip()
    return outcome or _RESPONSE_SHOWN.get(str(row.get("response") or "").strip().lower(), "")


def taken_now(data: dict) -> dict[str, Any] | None:
    """The treatment this appeal asks for, already taken and still taken: a clinical.history row of it (a drug, not a
    course or procedure) that continuing_rows holds. {since: its start (ISO date), row: its number from 1, evidence:
    its `evidence`, improving: its `response:` says it brought a response, partial or full}, or None. A letter then
    never says the illness goes without the treatment, and ideation recorded before it began is history (set 41,
    case 03: lurasidone taken every day since a hospital stay, paid for by the patient, under "While the illness goes
    without effective treatment")."""
    from appeal_kit.letter.arguments import date_span, is_course, is_procedure, same_treatment

    rows = get_path(data, "clinical.history")
    rows = rows if isinstance(rows, list) else []
    name = get_path(data, "treatment.name")
    if is_blank(name):
        return None
    still = continuing_rows(data)
    asked = re.findall(r"[a-z]+", str(name).lower())
    asked_doses = set(re.findall(r"\d+(?:\.\d+)?", str(name)))

    def same_form(row: dict) -> bool:
        # the very drug and form asked for, at the dose asked for where both give one: every word of the row's name
        # is in the request's ("Pregabalin (immediate-release)" is not "Pregabalin extended-release 330 mg": set 41,
        # case 02, a switch of form asked for), and its dose's numbers are among the request's
        words = set(re.findall(r"[a-z]+", str(row.get("drug") or "").lower())) - _GENERIC_WORDS
        doses = set(re.findall(r"\d+(?:\.\d+)?", str(row.get("dose") or "")))
        return bool(words) and words <= set(asked) and (not asked_doses or not doses or doses <= asked_doses)

    found = []
    for i, r in enumerate(rows):
        if i in still and isinstance(r, dict) and same_treatment(r, name) and same_form(r) and not is_course(r) \
                and not is_procedure(r) and (span := date_span(r.get("start"))):
            found.append((span[0], i, r))
    if not found:
        return None
    since, i, row = min(found, key=lambda f: f[0])
    response = str(row.get("response") or "").strip().lower()
    # a month-only start is said as the month, never as its first day (letters set 58, case 07: "since July 1, 2026"
    # from `start: 2026-07`)
    start = " ".join(str(row.get("start") or "").split())
    month_only = bool(re.fullmatch(r"\d{4}-\d{2}", start))
    return {"since": start if month_only else since.isoformat(), "row": i + 1, "evidence": row.get("evidence"),
            "improving": response in ("partial", "response", "remission") and row.get("failed") is not True}


def first_reviewer(data: dict) -> dict[str, Any]:
    """Who decided the denial, when the case records it (claim.reviewer: {name, specialty}), and `outside`: the
    recorded specialty is not the one the condition calls for (reviewer_specialty), said only when the specialty is
    recorded and does not name it."""
    rec = get_path(data, "claim.reviewer")
    rec = rec if isinstance(rec, dict) else {"name": rec} if rec else {}
    name = " ".join(str(rec.get("name") or "").split())
    specialty = " ".join(str(rec.get("specialty") or "").split())
    wanted = reviewer_specialty(data)
    key = {"a psychiatrist": "psychiatr",
           # a psychiatrist whose field is not recorded may be one (double-boarded): only "adult" says not
           "a child and adolescent psychiatrist": r"^(?!.*\badult\b).*psychiatr|child|adolescent|pediatric",
           # physical medicine and rehabilitation (physiatry) is a core field of pain care and of interdisciplinary
           # pain rehabilitation: never called a mismatch (letters set 59, case 05: "not the one this condition calls
           # for" said of a physiatrist reviewing a pain program, with nothing in the case to support it)
           "a physician board-certified in pain medicine or anesthesiology":
               r"pain|anesth|physical medicine|rehabilitation|physiatr|PM&R|PM ?& ?R",
           ADDICTION_REVIEWER: "addiction", NEUROLOGY_REVIEWER: "neurolog|headache",
           NEUROPSYCHIATRY_REVIEWER: "neurolog|psychiatr"}.get(wanted)
    outside = bool(specialty and key and not re.search(key, specialty, re.I))
    return {"name": name, "specialty": specialty, "outside": outside}


# Words of a treatment name that do not name the treatment itself ("IV ketamine infusions" names ketamine), and
# names that reach it too (an exclusion of ketamine reaches esketamine, its enantiomer)
_GENERIC_WORDS = {"iv", "intravenous", "infusion", "infusions", "nasal", "spray", "treatment", "treatments",
                  "therapy", "for", "of", "the", "and", "with", "a", "an", "at", "in", "series", "dose", "doses", "mg",
                  "session", "sessions", "course", "drug", "medication", "injection", "oral", "depression", "pain",
                  "chronic", "resistant", "major", "disorder", "out", "network", "clinic", "weekly", "twice", "then",
                  "four", "six", "weeks",
                  # the phase or schedule of a course names no treatment: "maintenance care" excluded is not
                  # "Spravato maintenance" named (letters set 23's writer, a README tool gap)
                  "maintenance", "acute", "induction", "continuation", "taper", "booster", "monthly", "biweekly",
                  "every", "other", "week", "month", "months", "phase", "ongoing", "care"}
_ALSO_NAMED_BY = {"esketamine": {"ketamine"}, "spravato": {"esketamine", "ketamine"}}


# words of an authorization rule: prior authorization, precertification, a referral or notice the plan requires
_AUTHORIZATION_WORDS = re.compile(r"\b(?:authori[sz]\w*|pre-?cert\w*|certif\w*|approv\w*|referr\w*|notif\w*|"
                                  r"notice|review\s+before|in\s+advance)", re.I)


def quote_on_authorization(data: dict) -> bool:
    """The plan words the case quotes (plan_policy.quote) are about authorization: they name an approval, a
    precertification, a referral or a notice. Words on another matter (the disputed-claims section quoted for its
    90 days) are quoted as the plan's terms, never headed "on authorization" nor applied to what the member owes
    (letters set 66, case 05)."""
    return bool(_AUTHORIZATION_WORDS.search(str(get_path(data, "plan_policy.quote") or "")))


# words that take coverage away (an exclusion, a limit, an exception) and words that grant it, in quoted plan terms
# or their heading (quote_is_listing)
_TAKES_AWAY = re.compile("|".join((
    r"\bnot (?:a )?(?:covered|benefit)\b", r"\bnon-?covered\b", r"\bno (?:coverage|benefits?)\b", r"\bexclu\w*",
    r"\bwe do not\b", r"\bdo(?:es)? not (?:cover|pay)\b", r"\blimitations?\b", r"\bexcept\w*", r"\bwill not\b",
    r"\bwon't\b", r"\bcannot\b", r"\bonly (?:if|when)\b", r"\bunless\b",
    # any "not" a condition may hide in ("drugs that usually are not self-administered": letters set 19, case 07)
    r"\bnot\b")), re.I)
_GRANTS = re.compile(r"\b(?:we (?:cover|pay|provide)|(?:is|are) covered|covered (?:services|benefits)|benefits? "
                     r"(?:include|for)|we will pay)\b", re.I)
_BENEFITS_HEADING = re.compile(r"\bbenefits?\b|\bcovered services\b|\bwhat (?:we|the plan) covers?\b", re.I)


def quote_grants(data: dict) -> bool:
    """The quoted plan words (plan_policy.quote) grant coverage: no word of theirs or of their heading
    (plan_policy.name) takes coverage away, and they say they cover ("We cover", "are covered") or stand under a
    benefits heading ("Section 5(e) (Mental health and substance use disorder benefits)"). Letters set 82, case 05: an
    FEHB brochure's "Professional services, including individual psychotherapy, by ... licensed professional
    counselors" called "the exclusion" and conceded."""
    quote, heading = str(get_path(data, "plan_policy.quote") or ""), str(get_path(data, "plan_policy.name") or "")
    if not quote.strip() or _TAKES_AWAY.search(quote) or _TAKES_AWAY.search(heading):
        return False
    return bool(_GRANTS.search(quote) or _BENEFITS_HEADING.search(heading))


# plan words about how to appeal or ask for review, not what is covered or needed: by their heading ("Section 11.6
# (External review)") or by their own words ("you may request external review"), where neither speaks of criteria
_PROCEDURE_HEADING = re.compile(r"\b(?:external review|appeals?|grievances?|claims? procedures?|independent review|"
                                r"review procedures?|how to file)\b", re.I)
_PROCEDURE_WORDS = re.compile(r"\b(?:request|ask for|file)\s+(?:an?\s+)?(?:external review|appeal|review|hearing)\b",
                              re.I)
_CRITERIA_WORDS = re.compile(r"\bcriteri(?:a|on)\b|\bmedically necessary\b|\bmedical necessity\b|\bcovered?\b|"
                             r"\bexclu", re.I)


def quote_is_procedure(data: dict) -> bool:
    """The quoted plan words (plan_policy.quote) set out how to appeal or ask for review, not a criterion or a
    coverage term: never "the criterion the denial applies" (letters set 88, case 03: an SPD's external-review
    section quoted under that label in a request for external review)."""
    quote, heading = str(get_path(data, "plan_policy.quote") or ""), str(get_path(data, "plan_policy.name") or "")
    if not quote.strip() or _CRITERIA_WORDS.search(quote) or _CRITERIA_WORDS.search(heading):
        return False
    return bool(_PROCEDURE_HEADING.search(heading) or _PROCEDURE_WORDS.search(quote))


def quote_is_listing(data: dict) -> bool:
    """The plan words the case quotes as the denial's ground (plan_policy.quote) hold the plan's own listing of the
    treatment as covered (plan_policy.listed.entry), or cover what that list names, or grant coverage themselves
    (quote_grants): they grant the care, so they are never treated as an exclusion to concede or answer (letters set
    39, case 05: a benefit chart's "$25 copay each day" row called an exclusion "this appeal does not dispute")."""
    def words(text: Any) -> str:
        return " ".join(re.findall(r"[a-z0-9$]+", str(text or "").lower()))

    if quote_grants(data):
        return True
    entry = words(get_path(data, "plan_policy.listed.entry"))
    quote = words(get_path(data, "plan_policy.quote"))
    if entry and entry in quote:
        return True
    # or the quoted words cover what is on that list, naming it ("including drugs on our Part B Drug Prior
    # Authorization List", the list that names the drug): the last four words or more of the list's name (letters
    # set 49, case 06: an Evidence of Coverage's Part B grant conceded as "an excluded treatment")
    listed = words(get_path(data, "plan_policy.listed.name")).split()
    return bool(entry) and len(listed) >= 4 and any(
        f" {' '.join(listed[i:])} " in f" {quote} " for i in range(len(listed) - 3))


def exclusion_names_treatment(data: dict) -> bool | None:
    """Whether the quoted plan language (plan_policy.quote) names the treatment itself: a distinctive word of
    treatment.name, or a name that reaches it. None when nothing is quoted. A letter never argues that such an
    exclusion does not reach the treatment."""
    quote = get_path(data, "plan_policy.quote")
    if is_blank(quote):
        return None
    return _names_treatment(str(quote), data)


# Medicaid pays for no care in an institution for mental diseases (IMD) for members 21 through 64 by federal statute
# (42 U.S.C. 1396d(a), the paragraph after (29)(B)); a Medicaid or CHIP plan's exclusion of it restates that law and
# is no limitation the plan chose, so parity law, which reaches the plan's own limitations, says nothing about it
# (letters set 24, case 03: "it may not be applied here (42 CFR 438.910(d))" was false). docs/domain.md.
_IMD = re.compile(r"\binstitutions? for mental diseases?\b|\bIMDs?\b", re.I)


def statutory_exclusion(data: dict) -> bool:
    """Whether the exclusion the denial applied is Medicaid's own statutory IMD exclusion, restated by a Medicaid or
    CHIP plan: no parity argument answers it."""
    if get_path(data, "claim.plan_type") not in ("medicaid", "chip"):
        return False
    words = " ".join(str(get_path(data, p) or "") for p in ("plan_policy.quote", "plan_policy.exclusion.name",
                                                           "claim.denial_reason"))
    return bool(_IMD.search(words))


def _names_treatment(text: str, data: dict) -> bool:
    words = set(re.findall(r"[a-z0-9]+", text.lower())) | set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", text.lower()))
    own: set[str] = set()
    for token in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(get_path(data, "treatment.name") or "").lower()):
        parts = token.split("-")
        # a condition's compound ("eating-disorder") names no treatment by its first word: "eating" among the
        # activities of daily living in a custodial-care exclusion is not the treatment named (letters set 38, case 06)
        own |= {token} if len(parts) > 1 and parts[-1] in _GENERIC_WORDS else set(parts)
    own -= _GENERIC_WORDS
    own = {w for w in own if not w.isdigit()}
    names = set(own).union(*(_ALSO_NAMED_BY.get(w, set()) for w in own)) if own else set()
    return bool(words & names)


# a test in the plan's own definition of "experimental" that turns on FDA approval not given: "(1) it cannot be
# lawfully marketed without approval of the U.S. Food and Drug Administration and that approval has not been given"
_FDA_TEST = re.compile(r"\b(?:approval|approved)\b[^;.]{0,80}?\b(?:Food and Drug Administration|FDA)\b[^;.]{0,80}?"
                       r"\b(?:has not been|not been|not)\s+(?:given|granted|approved|obtained)\b|"
                       r"\b(?:Food and Drug Administration|FDA)\b[^;.]{0,80}?\b(?:approval|approved)\b[^;.]{0,80}?"
                       r"\b(?:has not been|not been|not)\s+(?:given|granted|obtained)\b", re.I)
# the drugs the letters know to be FDA-approved (arguments.indication), with what the approval is, said as fact:
# ketamine as an anesthetic, esketamine (Spravato) for treatment-resistant depression on March 5, 2019
FDA_APPROVED = {"depression": "ketamine", "pain": "ketamine", "esketamine": "Spravato (esketamine)"}


def fda_test_fails(data: dict, indication: str) -> str | None:
    """The approved drug (FDA_APPROVED) when the plan's quoted definition (plan_policy.quote) makes FDA approval not
    given one of its tests and the treatment is that drug: that test cannot make it experimental (set 14, case 03: a
    brochure's three "or" tests, ketamine FDA-approved). None otherwise."""
    quote = get_path(data, "plan_policy.quote")
    if is_blank(quote) or indication not in FDA_APPROVED or not _FDA_TEST.search(" ".join(str(quote).split())):
        return None
    return FDA_APPROVED[indication]


# treatment.fda.action -> what the letter says the FDA did: a drug is approved, a device cleared (510(k)) or, a new
# kind of device with nothing to compare it with, granted marketing authorization through the De Novo classification
FDA_ACTIONS = {"approved": "approved", "cleared": "cleared",
               "de_novo": "granted marketing authorization (De Novo classification) to"}


def fda_test_answered(data: dict, today: date | None = None) -> bool | None:
    """Whether the FDA action the case records (treatment.fda, fda_action) answers the quoted definition's test of FDA
    approval or clearance not given for the use (plan_policy.quote, _FDA_TEST): True when it does, None when the
    definition has no such test, no action is recorded, or the patient is outside the ages the action covers (letters
    set 18, case 08: SPD 10.1 (a) quoted, the FDA clearance of 2018 stated, and the test never said to be unmet)."""
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split()).replace("U.S.", "US")
    action = fda_action(data, today)
    if not quote or not _FDA_TEST.search(quote) or action is None or action["within"] is False:
        return None
    return True


# a policy's own "Last reviewed: 03/2017", "last reviewed 03/2017", "(reviewed March 2017)"
_REVIEWED = re.compile(r"\b(?:last\s+)?(?:reviewed|revised|updated)\s*:?\s*(?:on\s+|in\s+)?"
                       r"(?P<when>\d{1,2}/(?:\d{1,2}/)?(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)", re.I)


def policy_reviewed_before_fda(data: dict) -> dict[str, Any]:
    """The policy the denial relied on, last reviewed (by its own words in plan_policy.name or .quote) before the FDA
    action the case records: {reviewed (the first day of that month), fda (the action's date)}, or {} (letters set
    35, case 08: deep TMS for OCD called investigational under a policy last reviewed 03/2017, a year before the FDA's
    De Novo authorization of 08/17/2018)."""
    from appeal_kit.intake.deadlines import as_date_or_none
    from appeal_kit.letter.arguments import date_span

    fda = as_date_or_none(get_path(data, "treatment.fda.date"))
    text = " ".join(str(get_path(data, k) or "") for k in ("plan_policy.name", "plan_policy.quote"))
    found = _REVIEWED.search(text)
    # the month the review names ("03/15/2017" is read by its month): the span date_span reads for it
    span = date_span(re.sub(r"^(\d{1,2})/\d{1,2}/", r"\1/", found["when"])) if found else None
    if not fda or not span:
        return {}
    # the whole month before the action's month: a review later in the same month could have weighed it
    return {"reviewed": span[0], "fda": fda} if span[0] < date(fda.year, fda.month, 1) else {}


def fda_action(data: dict, today: date | None = None) -> dict[str, Any] | None:
    """The FDA's approval or clearance of the treatment as the case records it (treatment.fda: action approved |
    cleared | de_novo, date, what, use, ages [from, to], file, page), or None without an action and a date; `verb`:
    what the FDA did, as a sentence says it (FDA_ACTIONS). `when`: "on March
    5, 2024" or "in March 2024"; `age`: the patient's age at the care (age_at_service) and `within`: whether it falls
    in `ages` (None when either is unknown). Set 14, case 07: a TMS device cleared for ages 15 to 21, in a denial
    that calls TMS investigational under 18."""
    from appeal_kit.letter.wording import longdate

    fda = get_path(data, "treatment.fda")
    if not isinstance(fda, dict):
        return None
    action = str(fda.get("action") or "").strip().lower()
    if action not in FDA_ACTIONS or is_blank(fda.get("date")):
        return None
    said = longdate(fda["date"])
    ages = fda.get("ages") if isinstance(fda.get("ages"), list) and len(fda["ages"]) == 2 else None
    age = age_at_service(data, today)
    within = None
    if ages and age is not None:
        try:
            within = int(ages[0]) <= age <= int(ages[1])
        except (TypeError, ValueError):
            within = None
    use = " ".join(str(fda.get("use") or "").split()).rstrip(".")
    if use and not re.match(r"(?:for|as|in|to|with|among|under|when)\b", use, re.I):
        use = f"for {use}"  # "cleared ... in September 2022 for treatment of ..." (set 19, case 08: "2022 treatment")
    return {"action": action, "verb": FDA_ACTIONS[action], "when": f"{'on' if ',' in said else 'in'} {said}",
            "date": fda["date"],
            "what": " ".join(str(fda.get("what") or "this treatment").split()),
            "use": use, "ages": ages, "age": age,
            "within": within, "file": fda.get("file"), "page": fda.get("page")}


# plan_policy.definition.tests[].answer: what the case answers each of the plan's alternative tests with
# (plan_definition). fda: FDA approval or clearance for marketing (treatment.fda, or a drug the letters know to be
# approved, FDA_APPROVED); fda_use: approval or clearance for the use proposed (treatment.fda only, or Spravato for its
# labelled use); no_trials: no ongoing clinical trial of it for this use, and not_in_trial: given as treatment, not
# under a trial's protocol (each only with the record that shows it, `file`); consensus and evidence: published
# expert consensus, or peer-reviewed evidence, that supports it (`literature`: the keys of the case's references)
DEFINITION_ANSWERS = ("fda", "fda_use", "no_trials", "not_in_trial", "consensus", "evidence")


def _test_label(value: Any, n: int) -> str:
    """A test's label as the letter says it after "test": "(1)", "(a)"; the test's place when none is given."""
    text = " ".join(str(value or "").split()).strip("() ")
    return f"({text or n})"


def plan_definition(data: dict, today: date | None = None, indication: str = "", labelled_use: Any = None,
                    listed: Any = ()) -> dict[str, Any]:
    """The plan's own definition of "experimental or investigational" with alternative tests, any one of which makes
    a treatment experimental (case.yaml plan_policy.definition: name, quote, file, page, tests [{label, words,
    answer, literature, file, page}]), each test with what the case answers it with: `answer` (DEFINITION_ANSWERS, or
    "" when the case gives none or one the letter cannot read) and `unmet`: True when that answer shows the test is
    not met, None when the case cannot say (the letter then asks the plan whether it applied that test, and on what
    evidence); never False: a case that meets a test of its own plan's definition is not argued under it. With it:
    `fda` (the FDA action the answer rests on, fda_action), `drug` (the approved drug the letters know,
    FDA_APPROVED), `refs` (the keys of the listed references, `listed`, the answer cites), `files`, `page`. `given`:
    the case gives tests; `all_unmet`: every test is shown not met (True) or not (None); `open`: the labels of the
    tests the case cannot answer. Letters set 19, cases 01 and 08, set 20, case 02: an EOC's or SPD's three tests
    joined by "or" quoted and never applied one by one."""
    rec = get_path(data, "plan_policy.definition")
    # Original Medicare has no plan and no plan terms: its rules are Medicare's own
    rec = rec if isinstance(rec, dict) and get_path(data, "claim.plan_type") != "medicare" else {}
    rows = [t for t in rec.get("tests") or [] if isinstance(t, dict)] if isinstance(rec.get("tests"), list) else []
    action = fda_action(data, today)
    keys = {str(k) for k in listed}
    tests = []
    for n, row in enumerate(rows, start=1):
        answer = str(row.get("answer") or "").strip().lower()
        answer = answer if answer in DEFINITION_ANSWERS else ""
        unmet: bool | None = None
        fda, drug, refs = None, None, []
        if answer in ("fda", "fda_use") and action and action["within"] is not False:
            unmet, fda = True, action
        elif answer == "fda" and indication in FDA_APPROVED:
            unmet, drug = True, FDA_APPROVED[indication]
        elif answer == "fda_use" and indication == "esketamine" and labelled_use:
            unmet, drug = True, FDA_APPROVED[indication]
        elif answer in ("no_trials", "not_in_trial") and not is_blank(row.get("file")):
            unmet = True
        elif answer in ("consensus", "evidence"):
            named = row.get("literature")
            named = named if isinstance(named, list) else [named] if not is_blank(named) else []
            refs = [str(k).strip() for k in named if str(k).strip() in keys]
            unmet = True if refs else None
        tests.append({"n": n, "label": _test_label(row.get("label"), n),
                      "words": " ".join(str(row.get("words") or "").split()).rstrip(".;,") or None,
                      "answer": answer, "given_answer": not is_blank(row.get("answer")), "unmet": unmet,
                      "fda": fda, "drug": drug, "refs": refs,
                      "files": files_named(row.get("file")), "page": row.get("page")})
    name = " ".join(str(rec.get("name") or "").split()) or None
    return {"name": name, "quote": None if is_blank(rec.get("quote")) else " ".join(str(rec["quote"]).split()),
            "stop": _stop(rec.get("quote")),
            "files": files_named(rec.get("file")), "page": rec.get("page"), "tests": tests, "given": bool(tests),
            "all_unmet": True if tests and all(t["unmet"] for t in tests) else None,
            "open": [t["label"] for t in tests if not t["unmet"]]}


def precedence_clause(data: dict) -> dict[str, Any]:
    """The plan's clause saying which of its documents governs where they differ (case.yaml plan_policy.precedence:
    name, quote, file, page, governs, over, ground): `governs` (the document whose terms decide: "the Evidence of
    Coverage"), `over` (the document it governs over, default the policy the denial relied on, plan_policy.name),
    `ground` (the ground the denial took from that document, in its words, which the governing document's terms do
    not contain: the case says so by giving it). `holds`: the clause is quoted and says what governs, so the letter
    says those terms decide (letters set 19, case 01: EOC Section 4.2 quoted, never applied)."""
    rec = get_path(data, "plan_policy.precedence")
    # Original Medicare has no plan and no plan terms: its rules are Medicare's own
    rec = rec if isinstance(rec, dict) and get_path(data, "claim.plan_type") != "medicare" else {}
    clean = lambda v: None if is_blank(v) else " ".join(str(v).split())  # noqa: E731
    over = clean(rec.get("over")) or clean(get_path(data, "plan_policy.name"))
    out = {"name": clean(rec.get("name")), "quote": clean(rec.get("quote")), "files": files_named(rec.get("file")),
           "page": rec.get("page"), "governs": clean(rec.get("governs")), "over": over,
           "ground": (clean(rec.get("ground")) or "").rstrip(".") or None}
    out["holds"] = bool(out["quote"] and out["governs"] and out["over"])
    out["stop"] = _stop(out["quote"])
    return out


def _stop(quoted: Any) -> str:
    """The period a sentence needs after a quotation that does not end one ("." or "")."""
    return "" if str(quoted or "").rstrip().endswith((".", "!", "?")) else "."


def version_in_force(data: dict) -> dict[str, Any]:
    """The version of the plan's policy in force on the dates of service, where the plan's own terms apply a policy
    as it read on the date of service and the denial applied a later revision (case.yaml plan_policy.in_force: name,
    from, through, applied_from, rule, quote, file, page): `name` (that version, as the letter names it), `from` and
    `through` (its dates), `applied_from` (the day the version the denial applied took effect), `rule` (the plan's
    clause that applies the version in force on the date of service, "Summary Plan Description, Section 7.2") and
    `quote` (its words). `holds`: the clause is quoted, the care was given (claim.service_dates), and every date of
    service falls within the version's dates and before `applied_from`, so that version decides the claim (set 41,
    case 05: infusions given in May 2026 under a policy revised in July 2026, the point left to the user's own
    sentence while the letter argued "not experimental"). `outside`: the dates are given and one falls outside, so
    the letter never says it."""
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "plan_policy.in_force")
    # Original Medicare has no plan and no plan terms: its rules are Medicare's own
    rec = rec if isinstance(rec, dict) and get_path(data, "claim.plan_type") != "medicare" else {}
    clean = lambda v: None if is_blank(v) else " ".join(str(v).split())  # noqa: E731
    day = lambda v: None if is_blank(v) else as_date_or_none(v)  # noqa: E731
    start, through, applied = day(rec.get("from")), day(rec.get("through")), day(rec.get("applied_from"))
    days = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    out = {"name": clean(rec.get("name")), "rule": clean(rec.get("rule")), "quote": clean(rec.get("quote")),
           "files": files_named(rec.get("file")), "page": rec.get("page"),
           # the enclosed text of that version itself (`text: {file, page}`), cited where the letter names it
           # (letters set 54, case 03: the 2025 version enclosed and never cited)
           "text_files": files_named((rec.get("text") or {}).get("file") if isinstance(rec.get("text"), dict)
                                     else None),
           "text_page": (rec.get("text") or {}).get("page") if isinstance(rec.get("text"), dict) else None,
           "from": start, "through": through, "applied_from": applied}
    bounded = bool(start or through or applied)
    inside = bool(days) and all((start is None or d >= start) and (through is None or d <= through)
                                and (applied is None or d < applied) for d in days)
    out["holds"] = bool(out["name"] and out["quote"] and bounded and inside)
    out["outside"] = bool(out["name"] and bounded and days and not inside)
    out["stop"] = _stop(out["quote"])
    # the clause's words are among the other terms the case quotes: those are quoted whole where the point is made
    squash = lambda v: " ".join(re.findall(r"[a-z0-9]+", str(v or "").lower()))  # noqa: E731
    out["in_other_terms"] = bool(out["quote"]) and squash(out["quote"]) in squash(
        get_path(data, "plan_policy.other_terms"))
    return out


def plan_list(data: dict) -> dict[str, Any]:
    """A list of the plan's own that names the treatment (case.yaml plan_policy.listed: name, entry, file, page, as,
    part_b): `entry` (the list's words for it), `as` (what the list makes it under the plan's own document: "a Part B
    drug"), `part_b` (true: the list is of the drugs the plan covers under Medicare Part B, so a Medicare Advantage
    letter adds the rule that the plan covers what Original Medicare covers). `holds`: the letter says the plan's own
    document names it so (letters set 19, case 07: the plan's Part B prior-authorization list names Spravato, quoted
    and never applied)."""
    rec = get_path(data, "plan_policy.listed")
    # Original Medicare has no plan and no plan terms: its rules are Medicare's own
    rec = rec if isinstance(rec, dict) and get_path(data, "claim.plan_type") != "medicare" else {}
    clean = lambda v: None if is_blank(v) else " ".join(str(v).split())  # noqa: E731
    out = {"name": clean(rec.get("name")), "entry": clean(rec.get("entry")), "files": files_named(rec.get("file")),
           "page": rec.get("page"), "as": (clean(rec.get("as")) or "").rstrip(".") or None,
           "part_b": rec.get("part_b") is True}
    out["holds"] = bool(out["name"] and out["entry"] and out["as"])
    out["stop"] = _stop(out["entry"])
    return out


# a Part D plan's transition terms: a new member already taking a drug with a restriction (step therapy, a drug not
# on the list) gets a temporary supply in the first days of membership ("we will cover a temporary 30-day supply ...
# during your first 90 days of membership")
_TRANSITION = re.compile(r"\btransition(?:al)?\s+(?:supply|fill|process|policy)\b|\btemporary\b[^.;]{0,60}\bsupply\b",
                         re.I)
_NEW_MEMBER = re.compile(r"\bnew (?:member|enrollee|plan member)s?\b|\bfirst \d+ days of (?:membership|enrollment)\b",
                         re.I)
_SUPPLY_DAYS = re.compile(r"\b(\d{1,3})-day supply\b", re.I)


def transition_supply(data: dict) -> dict[str, Any]:
    """A Part D plan's own terms give a new member a temporary supply of a drug already taken (plan_policy.other_terms,
    _TRANSITION and _NEW_MEMBER), and the case applies them to the patient (plan_policy.other_terms_apply): `holds`,
    and `days` (the supply's length, "30", when the terms give it). The letter then leads with that supply and asks
    for it now, while the appeal is decided (letters set 37, case 05: the terms came last, applied in the past tense,
    and nothing asked for the supply of a member without the drug)."""
    terms = " ".join(str(get_path(data, "plan_policy.other_terms") or "").split())
    holds = (get_path(data, "claim.plan_type") == "medicare_part_d" and bool(_TRANSITION.search(terms))
             and bool(_NEW_MEMBER.search(terms)) and not is_blank(get_path(data, "plan_policy.other_terms_apply")))
    days = _SUPPLY_DAYS.search(terms) if holds else None
    return {"holds": holds, "days": days.group(1) if days else None}


def required_criteria(data: dict) -> dict[str, Any]:
    """The criteria the plan's own document requires for the decision (case.yaml plan_policy.required_criteria): `name`
    (the criteria: "The ASAM Criteria"), `source` (the plan document that requires them: "Summary Plan Description,
    Section 7.6"), `quote` (its words, if they are to be quoted here), `files` and `page` (the enclosed document),
    `purpose` (what they decide: "the level of care for a substance use disorder") and `applied` (the criteria the
    denial applied instead: "ClearPath CP-SUD-RES-3"). `holds`: the letter says the plan's own terms require them
    (letters set 21, case 06); `verb` is "require" or "requires" by the source's words; `stop` the period a quotation
    that does not end a sentence needs. Original Medicare has no plan terms."""
    rec = get_path(data, "plan_policy.required_criteria")
    rec = rec if isinstance(rec, dict) and get_path(data, "claim.plan_type") != "medicare" else {}
    clean = lambda v: None if is_blank(v) else " ".join(str(v).split())  # noqa: E731
    out: dict[str, Any] = {"name": clean(rec.get("name")), "source": clean(rec.get("source")),
                           "quote": clean(rec.get("quote")), "files": files_named(rec.get("file")),
                           "page": rec.get("page"), "purpose": (clean(rec.get("for")) or "").rstrip(".") or None,
                           "applied": clean(rec.get("applied"))}
    out["holds"] = bool(out["name"] and out["source"])
    plural = re.match(r"(?i)the\s+\S+\s+terms\b|terms\b", out["source"] or "")
    out["verb"] = "require" if plural else "requires"
    out["stop"] = _stop(out["quote"]) if out["quote"] else ""
    same = out["applied"] and out["name"] and out["applied"].lower() == out["name"].lower()
    out["other_applied"] = bool(out["holds"] and out["applied"] and not same)
    return out


# the plan's own terms requiring a named set of criteria for a decision ("decides ... using the dimensional criteria of
# ... The ASAM Criteria"): what `check` asks plan_policy.required_criteria for, when the denial's words name other
# criteria
_MANDATED = re.compile(r"\b(?:using|uses?|based on|in accordance with|according to|applying|appl(?:y|ies) )"
                       r"[^.;]{0,100}?\b(ASAM|InterQual|MCG|LOCUS|CALOCUS|CASII|ECSII)\b", re.I)


def criteria_mandated_unanswered(data: dict) -> bool:
    """The plan's quoted terms (plan_policy.quote, .other_terms) require criteria by name that the denial's own words
    (claim.denial_reason, decisions[].reason) do not name, and plan_policy.required_criteria is not given: `check`
    asks for it (set 21, case 06)."""
    if required_criteria(data)["holds"] or get_path(data, "claim.plan_type") == "medicare":
        return False
    terms = " ".join(str(get_path(data, k) or "") for k in ("plan_policy.quote", "plan_policy.other_terms"))
    named = {m.group(1).lower() for m in _MANDATED.finditer(" ".join(terms.split()))}
    denial = " ".join([str(get_path(data, "claim.denial_reason") or ""), *(
        str(d.get("reason") or "") for d in get_path(data, "decisions") or [] if isinstance(d, dict))]).lower()
    # a level named by its criteria's number ("ASAM level 3.5") names the level, not the criteria applied
    denial = re.sub(r"\b(?:asam|locus|calocus)\s+(?:level\s+)?\d(?:\.\d+)?", " ", denial)
    return bool(named) and not any(re.search(rf"\b{re.escape(n)}\b", denial) for n in named)


def other_terms_carried(data: dict, carriers: list[Any]) -> bool:
    """True when the structured plan terms the letter applies (`carriers`: their quoted words and labels) hold
    plan_policy.other_terms: four in five of its words are among theirs, so the letter quotes those terms where it
    applies them and not again as other terms (a duplicate check of words, never a reading of what they mean, as
    criteria_quoted)."""
    words = _WORD.findall(str(get_path(data, "plan_policy.other_terms") or "").lower())
    held = set(_WORD.findall(" ".join(str(c or "") for c in carriers).lower()))
    return bool(words) and bool(held) and sum(w in held for w in words) >= 0.8 * len(words)


# the label an experimental/investigational denial puts on a treatment, as the plan's quoted words give it
_LABEL = re.compile(r"\b(?:investigational|experimental|unproven)\b", re.I)


def exclusion_label(data: dict) -> str | None:
    """Whether the quoted plan language (plan_policy.quote) excludes the treatment only by calling it experimental
    or investigational: every sentence of it that names the treatment gives that label, and the denial is answered
    as experimental or investigational. Such a letter disputes the label, so it never concedes the exclusion
    ("this appeal does not dispute what it says", set 12, case 01): the exclusion falls with the label. None when
    nothing is quoted; "" where it does not, or the case names a separate exclusion (plan_policy.exclusion.name);
    else the label, in the plan's word ("investigational")."""
    from appeal_kit.letter.arguments import denial_reasons

    quote = get_path(data, "plan_policy.quote")
    if is_blank(quote):
        return None
    if "experimental_investigational" not in denial_reasons(data) or not is_blank(
            get_path(data, "plan_policy.exclusion.name")):
        return ""
    sentences = re.split(r"(?<=[.;!?])\s+", " ".join(str(quote).split()))
    naming = [s for s in sentences if _names_treatment(s, data)]
    if not naming:  # a definition of the label names no treatment: it reaches one only by the label (set 14, 03)
        defined = [m for s in sentences if (m := _DEFINES_LABEL.search(s))]
        return defined[0].group(1).lower() if defined else ""
    labels = [_LABEL.search(s) for s in naming]
    return labels[0].group(0).lower() if labels and all(labels) else ""  # type: ignore[union-attr]


# the quoted exclusion reaches every use the FDA has not approved, whatever the drug: "Drugs used for a purpose other
# than one approved by the U.S. Food and Drug Administration", "off-label use", "not approved by the FDA for the
# condition"
_OFF_LABEL_EXCLUSION = re.compile(
    r"\boff[- ]label\b|\bun(?:labell?ed|approved) (?:uses?|indications?|purposes?)\b|"
    r"\b(?:uses?|purposes?|indications?|conditions?)\b[^.;]{0,80}?\b(?:other than|not)\b[^.;]{0,60}?\bapproved\b"
    r"[^.;]{0,20}?\bby\b[^;]{0,16}?\b(?:FDA|Food and Drug Administration)\b|"
    r"\bnot (?:FDA[- ]approved|approved by (?:the )?(?:U\.?S\.? )?(?:FDA|Food and Drug Administration)) for\b", re.I)


def exclusion_off_label(data: dict, indication: str | None, labelled_use: Any) -> bool:
    """The quoted exclusion (plan_policy.quote) reaches any drug used for a purpose the FDA has not approved, and the
    treatment is such a use: ketamine for depression or pain, or a denial that gives the use's label as a reason
    (off_label) for a drug not prescribed as labelled. Such an exclusion reaches the treatment by its own words: the
    letter never argues that it "does not name" the treatment nor that coverage turns "not on the label"; it asks for
    the routes that remain, the plan's own exception first (set 37, case 08: Section 10.2(f) with its Section 6.8)."""
    from appeal_kit.letter.arguments import denial_reasons

    quote = get_path(data, "plan_policy.quote")
    if is_blank(quote) or not _OFF_LABEL_EXCLUSION.search(" ".join(str(quote).split())) or labelled_use:
        return False
    return indication in ("depression", "pain") or "off_label" in denial_reasons(data)


# the quoted language defines the label itself: "... is experimental or investigational if (1) ...", "Investigational
# means ...": such a definition reaches a treatment only through the label, never by naming it
_DEFINES_LABEL = re.compile(r"\b(experimental|investigational|unproven)\b(?:\s+or\s+(?:experimental|investigational|"
                            r"unproven))?(?:\s+(?:services?|treatments?))?\s*,?\s+(?:if|when|means)\b", re.I)


# A national or local coverage determination, Medicare's own coverage rule, by its name or number
_MEDICARE_RULE = re.compile(r"\b(?:National|Local) Coverage Determination\b|\b[LN]CD\b|\bL\d{5}\b|"
                            r"\bNCD\s*\d", re.I)
MEDICARE_RULE_KEYS = ("name", "number", "quote", "file")


def medicare_rule_in_plan_policy(data: dict) -> bool:
    """A Medicare Advantage case whose plan_policy holds Medicare's own coverage rule (an NCD or LCD by its name or
    number) rather than a policy of the plan: the letter reads it as `medicare_coverage`, so it never calls Medicare's
    criteria the plan's own (42 CFR 422.101(b)(6) limits the plan's own; set 5, case 04)."""
    if get_path(data, "claim.plan_type") != "medicare_advantage" or not is_blank(get_path(data, "medicare_coverage")):
        return False
    label = " ".join(str(get_path(data, f"plan_policy.{k}") or "") for k in ("name", "number"))
    return bool(_MEDICARE_RULE.search(label))


def medicare_coverage(data: dict) -> dict[str, Any]:
    """Medicare's own coverage rule for the treatment (case.yaml `medicare_coverage: {name, number, quote, file}`, an
    NCD or LCD excerpt), or plan_policy when it holds one (medicare_rule_in_plan_policy); {} when neither."""
    given = get_path(data, "medicare_coverage")
    source = given if isinstance(given, dict) and not is_blank(given) else \
        (get_path(data, "plan_policy") if medicare_rule_in_plan_policy(data) else None)
    if not isinstance(source, dict):
        return {}
    rule = {k: source.get(k) for k in MEDICARE_RULE_KEYS}
    name = " ".join(str(rule["name"] or "").split())
    number = " ".join(str(rule["number"] or "").split())
    rule["label"] = name if not number or number.lower() in name.lower() else (f"{name} ({number})" if name else number)
    # the name up to its number, for every mention after the one that gives its title in full ("Local Coverage
    # Determination L99918"; letters set 63, cases 05 and 08: the title printed four and five times)
    at = name.lower().find(number.lower()) if number else -1
    rule["short"] = name[:at + len(number)] if at >= 0 else rule["label"]
    return rule if rule["label"] or rule["quote"] else {}


def plan_criteria_yield(data: dict) -> bool:
    """A Medicare Advantage case whose plan_policy is the plan's own criteria, named by the denial, beside Medicare's
    own rule for the treatment (medicare_coverage): the letter argues that Medicare's govern (42 CFR 422.101(b)(6)),
    so it never asks that the plan's be applied (letters set 63, case 08: MA-TMS-2 quoted, "Please apply them")."""
    return (get_path(data, "claim.plan_type") == "medicare_advantage" and not medicare_rule_in_plan_policy(data)
            and bool(medicare_coverage(data)) and policy_cited(data))


def quote_is_a_criterion(data: dict) -> bool:
    """plan_policy.quote is, word for word, the text of one payer_criteria row: the criteria table already shows it
    (letters set 53, case 07)."""
    squash = lambda v: " ".join(re.findall(r"[a-z0-9]+", str(v or "").lower()))  # noqa: E731
    quote = squash(get_path(data, "plan_policy.quote"))
    rows = get_path(data, "payer_criteria")
    return bool(quote) and isinstance(rows, list) and any(
        isinstance(r, dict) and squash(r.get("criterion")) == quote for r in rows)


def medicare_replaced(data: dict) -> dict[str, Any]:
    """The revision of Medicare's rule that the decision applied, where a later one replaced it (case.yaml
    `medicare_coverage.replaced: {name, through, file, page}`): `name`, `through` (its last day in force), `files`,
    `page`; `holds` when every date of service came after `through`, so the letter says it was retired before the care
    (letters set 54, case 04: a billing article's 10/01/2023 revision, retired on 12/31/2023, applied to 2026 care)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "medicare_coverage.replaced")
    rec = rec if isinstance(rec, dict) and get_path(data, "claim.plan_type") == "medicare" else {}
    name = " ".join(str(rec.get("name") or "").split())
    through = as_date_or_none(rec.get("through")) if not is_blank(rec.get("through")) else None
    days = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    return {"name": name, "through": through, "files": files_named(rec.get("file")), "page": rec.get("page"),
            "holds": bool(name and through and days and all(d > through for d in days))}


def augmentation_rule(data: dict) -> dict[str, Any]:
    """The rule that counts an augmentation trial as a medication trial, in its own words
    (`medicare_coverage.augmentation_counts`, else `plan_policy.augmentation_counts`): {quote, label, field}, or {}
    when the case quotes none. A rule that asks for four medication trials and counts augmentation is met by three
    antidepressants and an augmentation trial (set 11, case 02: the LCD's last sentence, never argued)."""
    for group in ("medicare_coverage", "plan_policy"):
        quote = get_path(data, f"{group}.augmentation_counts")
        if is_blank(quote):
            continue
        rule = medicare_coverage(data) if group == "medicare_coverage" or medicare_rule_in_plan_policy(data) else {}
        label = rule.get("label") or policy_label(data)
        return {"quote": " ".join(str(quote).split()), "label": label, "field": f"{group}.augmentation_counts"}
    return {}


def _number(word: str) -> int:
    """"12" or "twelve" -> 12: the numbers policies write out (one to twenty, and ninety for filing limits)."""
    word = word.lower()
    return int(word) if word.isdigit() else 90 if word == "ninety" else WORDS.index(word)


# A policy's lettered or numbered alternatives, "(a) ...; or (b) ...", and how many articles an alternative asks for
_PRONG = re.compile(r"\((?P<label>[a-h]|[1-9]|i{1,3}|iv|v)\)\s+")
_AT_LEAST = re.compile(r"\bat least (one|two|three|four|five|\d+)\b", re.I)


def policy_prongs(data: dict, articles: list[dict]) -> list[dict[str, Any]]:
    """The alternatives of plan_policy.quote when it covers a use by any one of them ("(a) supported in the compendia,
    or (b) supported by at least two articles from major peer-reviewed journals"), each {label, text, met, articles}:
    an alternative that asks for peer-reviewed articles is met when the case encloses that many on this use
    (`articles`: the enclosed peer-reviewed trials of the treatment's indication, [{key, short, where}]). Any other
    alternative is left for the plan (met None): the case holds nothing that answers it. [] for a quote without
    alternatives joined by "or"."""
    text = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    marks = list(_PRONG.finditer(text))
    if len(marks) < 2:
        return []
    pieces = [text[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(text))] for i, m in enumerate(marks)]
    # "(a) x or (b) y", and a list "(1) x, (2) y, or (3) z" (set 17, case 06: FE-100's three grounds): the part before
    # the last ends with "or", the earlier ones with "or" or a comma
    if not (re.search(r"[,;]?\s*\bor\s*$", pieces[-2])
            and all(re.search(r"(?:[,;]|\bor)\s*$", p) for p in pieces[:-2])):
        return []  # parts that must all hold ("and"), not alternatives
    out = []
    for m, piece in zip(marks, pieces):
        words = re.sub(r"[,;]?\s*(?:\bor\s*)?$", "", piece).strip(" ,;.")
        met: bool | None = None
        found: list[dict] = []
        if re.search(r"\bpeer[- ]reviewed\b", words, re.I):
            need = _AT_LEAST.search(words)
            count = _number(need.group(1)) if need else 1
            met = len(articles) >= count or None
            found = articles if met else []
        out.append({"label": f"({m.group('label')})", "text": words, "met": met, "articles": found})
    return out


# "when (a) OR (b) is met", "either (a) or (b)", "(a), (b) or (c)": a criterion met by any one of its lettered parts
# the labels may carry their criterion's number ("either 3(a) or 3(b) is met": letters set 26, case 05)
_EITHER = re.compile(r"\d*\([a-h]\)(?:\s*,\s*\d*\([a-h]\))*,?\s+or\s+\d*\([a-h]\)"
                     # "EITHER (a) <its words>, OR (b) <its words>": the alternatives' own words between the labels,
                     # up to the next numbered criterion (set 21, case 08: RX-ESK-04 3)
                     r"|\beither\s*\d*\([a-h]\)(?:(?!;\s*\d+\.)[^\n])*?,?\s+or\s*\d*\([a-h]\)", re.I)
# a payer_criteria row's own label: "1(a) Rapid response needed", "(b) Two antidepressants", "1 (b): ...", "(1) ..."
_ROW_LABEL = re.compile(r"\s*(?P<num>\d+)?\s*\.?\s*\((?P<label>[a-h]|[1-9])\)", re.I)
# a label the denial's words name: "criterion 1(b)", "(b)"
_NAMED_LABEL = re.compile(r"(?<![\w(])(?:\d+\s*)?\((?P<label>[a-h])\)", re.I)


def criteria_alternatives(data: dict) -> dict[str, Any] | None:
    """The plan's criterion that any one of its lettered alternatives meets, as plan_policy.quote states it ("when (a)
    OR (b) is met: (a) ...; (b) ...", or "(a) ...; or (b) ..."), set against the payer_criteria rows labelled with
    those letters ("1(a) ...", "1(b) ..."): {number ("1", or ""), labels ["a", "b"], rows {label: [row numbers,
    from 1]}, met [the alternatives whose every row says `met: true`], named [the labels the denial's own words
    name], unnamed_met [met alternatives the denial never names, when it names another]}. None without such a quote
    or rows for it. `shown`: the met alternatives the letter sets out in words (those the denial never named, else
    the first); `also`: the other met ones; `names`: each label as the letter says it ("1(a)"). Set 8, case 03:
    BH-ECT-2 1 is "(a) OR (b)", 1(a) alone was met, and the letter listed every row as if all were required, while
    the decision weighed only 1(b)."""
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    either = _EITHER.search(quote)
    labels = (re.findall(r"\(([a-h])\)", either.group(0).lower()) if either
              else [str(p["label"]).strip("()").lower() for p in policy_prongs(data, [])])
    labels = list(dict.fromkeys(labels))
    if len(labels) < 2:
        return None
    rows: dict[str, list[int]] = {label: [] for label in labels}
    met_rows: dict[str, list[bool]] = {label: [] for label in labels}
    number = ""
    criteria = get_path(data, "payer_criteria")
    for i, row in enumerate(criteria if isinstance(criteria, list) else [], start=1):
        found = _ROW_LABEL.match(str(row.get("criterion") or "")) if isinstance(row, dict) else None
        if found and found.group("label").lower() in rows:
            rows[found.group("label").lower()].append(i)
            met_rows[found.group("label").lower()].append(str(row.get("met")).strip().lower() in ("true", "yes"))
            number = number or (found.group("num") or "")
    if not any(rows.values()):
        return None
    met = [label for label in labels if rows[label] and all(met_rows[label])]
    said = " ".join(str(t or "") for t in (get_path(data, "claim.denial_reason"), appeal_stage(data)["latest_reason"]))
    named = list(dict.fromkeys(m.group("label").lower() for m in _NAMED_LABEL.finditer(said)
                               if m.group("label").lower() in rows))
    unnamed_met = [label for label in met if named and label not in named]
    shown = unnamed_met or met[:1]
    return {"number": number, "labels": labels, "rows": rows, "met": met, "named": named, "unnamed_met": unnamed_met,
            "shown": shown, "also": [label for label in met if label not in shown],
            # for each shown alternative, whether a correction of the decision's words has set it out (render)
            "told": {label: False for label in shown},
            "names": {label: f"{number}({label})" for label in labels},
            # each list as the letter says its labels ("1(a)")
            **{f"{key}_said": [f"{number}({label})" for label in value] for key, value in (
                ("labels", labels), ("met", met), ("named", named), ("unnamed_met", unnamed_met),
                ("also", [label for label in met if label not in shown]))}}


def modifier_25(line: dict) -> bool:
    """A corrected claim line bills modifier 25 (a significant, separately identifiable E/M service the same day):
    "99214-25", "99214 25" or `modifiers: [25]`."""
    mods = line.get("modifiers")
    listed = [str(m).strip() for m in (mods if isinstance(mods, list) else [mods] if mods is not None else [])]
    return "25" in listed or bool(re.search(r"[-\s]25\b", str(line.get("code") or "")))


def policy_label(data: dict) -> str:
    """The plan policy as the letter names it: its name, with its number in parentheses unless the name already
    carries it ("Clinical Policy BH-207" with number BH-207 is said once, never "BH-207 (BH-207)")."""
    name = " ".join(str(get_path(data, "plan_policy.name") or "").split())
    number = " ".join(str(get_path(data, "plan_policy.number") or "").split())
    if not number or number.lower() in name.lower():
        return name
    return f"{name} ({number})" if name else number


# a policy named as a list of what the plan does not cover
_EXCLUSION_LIST = re.compile(rf"\b(?:{_NOT_COVERED})\b", re.I)


def criteria_policy(data: dict) -> str:
    """The plan policy a criteria table is titled with ("The criteria of ..."): policy_label(), unless that names a
    list of what the plan does not cover, whose entries are no criteria to meet; the table's rows are then titled
    by what they are, criteria for the treatment (letters set 19, case 04: "The criteria of ... Benefit Grid,
    section 4 (non-covered services), how each is met")."""
    label = policy_label(data)
    # rows in the words of the plan's own list that names the treatment (plan_policy.listed: an Evidence of Coverage's
    # benefit row and its conditions) more than in the quoted policy's are that list's (letters set 55, case 01: an
    # EOC row's three conditions titled with the clinical policy that calls the care experimental)
    listed = get_path(data, "plan_policy.listed")
    if isinstance(listed, dict) and listed.get("name") and listed.get("entry"):
        rows = [str(r.get("criterion") or "") for r in get_path(data, "payer_criteria") or [] if isinstance(r, dict)]
        if _words_shared(rows, listed["entry"]) > _words_shared(rows, get_path(data, "plan_policy.quote")):
            return " ".join(str(listed["name"]).split())
    if not criteria_from_policy(data):
        # rows that are not the applied policy's own, under the version in force on the dates of service: that
        # version's (set 41, case 05: the 2025 version's four criteria titled "The plan's criteria")
        version = version_in_force(data)
        return str(version["name"]) if version["holds"] else ""
    return "" if _EXCLUSION_LIST.search(label) else label


def _long_words(text: Any) -> set[str]:
    """A text's words of four letters or more, lower-case: what two texts are compared by."""
    return set(re.findall(r"[a-z]{4,}", str(text or "").lower()))


def _words_shared(rows: list[str], text: Any) -> int:
    """How many of the rows' words (four letters or more) the text holds, counted row by row."""
    words = _long_words(text)
    return sum(len(_long_words(row) & words) for row in rows)


def criteria_from_policy(data: dict) -> bool:
    """The criteria rows (payer_criteria) are the quoted policy's own: at least one row's words are mostly in
    plan_policy.quote, or no quote says otherwise. A table whose rows come from another document (a brochure's
    condition, an amendment's appendix) is never titled with the policy the denial relied on (letters set 34, cases 03
    and 07: an exclusion's and an investigational policy's names over criteria they do not hold)."""
    quote = _long_words(get_path(data, "plan_policy.quote"))
    rows = [r for r in get_path(data, "payer_criteria") or [] if isinstance(r, dict)]
    if not quote or not rows:
        return True
    number = " ".join(str(get_path(data, "plan_policy.number") or "").split()).lower()
    thresholds = _thresholds(get_path(data, "plan_policy.quote"))
    mostly = []
    for row in rows:
        if number and number in " ".join(str(row.get("criterion") or "").split()).lower():
            return True  # the row names the policy itself ("ST-PSY-07 (1): ...")
        words = _long_words(row.get("criterion"))
        if words and len(words & quote) >= len(words) / 2:
            mostly.append(row)
    # a row in the quote's words with other figures is another version's criterion ("at least two antidepressant
    # trials" beside a quoted revision's "at least four": letters set 48, case 08), so the rows are not the quote's
    # the figures are compared as counts, not in order: a row may name the drugs before the window ("Two of
    # trazodone, ... doxepin (3 mg or 6 mg) tried in the past 365 days" from a quote giving "365 days" first: letters
    # set 77, case 02, whose table of ST-SLP-3's own step was said not to be the protocol the denial applied)
    return bool(mostly) and all(_figures_within(_thresholds(r.get("criterion")), thresholds) for r in mostly)


# the figures a criterion sets, as words or digits; a criterion's own number, a list item's and a date are no figure
_FIGURE = re.compile(rf"\b(\d+(?:\.\d+)?|{'|'.join(WORDS[1:])})\b", re.I)
_NOT_A_FIGURE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\bcriteri(?:on|a)\s+\d+[a-z]?\b|"
                           r"^\s*\(?\d+(?:\.\d+)*[a-z]?(?:\([a-z0-9]{1,3}\))?[.):]?(?=\s)", re.I)
_FIGURE_WORDS = {w: str(n) for n, w in enumerate(WORDS) if n}


def _figures_within(part: list[str], whole: list[str]) -> bool:
    """Every figure of `part` is in `whole`, as many times, in any order."""
    return not Counter(part) - Counter(whole)


def _thresholds(text: Any) -> list[str]:
    """The figures a criterion's words set, in order, words as digits ("at least two ... for 6 weeks" -> 2, 6)."""
    plain = _NOT_A_FIGURE.sub(" ", " ".join(str(text or "").split()))
    return [_FIGURE_WORDS.get(f.lower(), f) for f in _FIGURE.findall(plain)]


_SECTION_REF = re.compile(r"\b(?:section|sec\.|§)\s*(\d[\w.()-]*\w\)?)", re.I)


def policy_cited(data: dict) -> bool:
    """The denial's own words (claim.denial_reason, or a decision's reason) name the plan language the case quotes
    in plan_policy: its number, its name, or a section both give. Only then does a letter say the denial relies on
    that language; otherwise it is the plan's terms, quoted (set 9, case 04: the premium grace terms the member
    relies on were called the denial's basis)."""
    said = " ".join(str(v) for v in [get_path(data, "claim.denial_reason"),
                                     *(d.get("reason") for d in data.get("decisions") or [] if isinstance(d, dict))]
                    if not is_blank(v)).lower()
    said = " ".join(said.split())
    if not said:
        return False
    for key in ("plan_policy.number", "plan_policy.name"):
        value = " ".join(str(get_path(data, key) or "").lower().split())
        if value and value in said:
            return True
    policy = " ".join(str(get_path(data, k) or "") for k in ("plan_policy.name", "plan_policy.quote"))
    sections = {m.lower() for m in _SECTION_REF.findall(policy)}
    return bool(sections & {m.lower() for m in _SECTION_REF.findall(said)})


# a decision's words that it did not consider the appeal at all
_DISMISSAL = re.compile(r"\b(?:cannot|can not|will not|could not|may not) be "
                        r"(?:considered|reviewed|accepted|processed)\b|"
                        r"\bdismiss(?:ed|al)\b|\buntimely\b|\bnot (?:filed )?timely\b|"
                        r"\bno (?:se )?(?:puede|podrá) (?:considerar|revisar)\b", re.IGNORECASE)


def latest_reason_words(data: dict) -> str:
    """The latest decision's stated reason (appeal_stage), else the denial's, its whitespace folded."""
    return " ".join(str(appeal_stage(data)["latest_reason"] or get_path(data, "claim.denial_reason") or "").split())


def appeal_stage(data: dict) -> dict[str, Any]:
    """Which internal level this appeal is, from the `decisions:` record (`appeal-kit decided --second-level`
    writes `opens: internal appeal (second level)`) or `claim.stage` ("second level"). At the second level the
    letter says so and answers the latest decision: `decision_date` and, when the record quotes it,
    `decision_reason` (decisions[].reason). `latest_date`, `latest_reason` and `latest_opens` (the level it opens)
    are the newest denial at any level, which a request for review at the next level quotes."""
    from appeal_kit.intake.deadlines import as_date, second_level_opened

    denied = []
    for d in data.get("decisions") or []:
        if isinstance(d, dict) and str(d.get("outcome") or "").lower() in ("denied", "partial"):
            try:
                denied.append((as_date(d.get("date")), d))
            except Exception:  # an unreadable date is check's to report; the entry still counts as a decision
                denied.append((None, d))
    second = second_level_opened({"decisions": [d for _, d in denied]}) is not None or \
        "second" in str(get_path(data, "claim.stage") or "").lower()
    dated = [x for x in denied if x[0]]
    latest = max(dated, key=lambda x: x[0] or date.min) if dated else (denied[-1] if denied else (None, {}))
    latest_reason = " ".join(str(latest[1].get("reason") or "").split())
    reason = latest_reason if second else ""
    # latest_*: the newest decision whatever its level, which a request for the next level (external review, OPM,
    # a state fair hearing) answers instead of the first notice
    return {"second": second, "decision_date": latest[0].isoformat() if second and latest[0] else None,
            "decision_reason": reason or None, "decision_level": decision_level(latest[1]),
            # a first-level decision that refused to consider the appeal (filed late, say) upheld nothing: it
            # dismissed it (letters set 38, case 05: "upheld the denial" beside "Your appeal cannot be considered")
            "dismissed": bool(reason) and bool(_DISMISSAL.search(reason)),
            "latest_date": latest[0].isoformat() if latest[0] else None, "latest_reason": latest_reason or None,
            "latest_opens": " ".join(str(latest[1].get("opens") or "").split()) or None,
            "latest_in_dispute": latest[1].get("in_dispute"),  # the amount in dispute the decision states
            # the deadline the first-level decision gives for this second-level appeal (decisions[].next_deadline)
            "next_deadline": _day_or_none(latest[1].get("next_deadline")) if second else None}


def _day_or_none(value: Any) -> str | None:
    from appeal_kit.intake.deadlines import as_date

    try:
        day = as_date(value)
    except Exception:  # an unreadable date is check's to report
        return None
    return day.isoformat() if day else None


def decision_level(decision: dict) -> str:
    """What a recorded appeal decision was, in the words of its own record (decisions[].stage, .opens): "first-level
    appeal decision", "second-level appeal decision, the plan's final internal decision" when it opens a level outside
    the plan (external review, a fair hearing), "appeal decision" when the record names no level (set 15, case 04: the
    final second-level decision was called "first-level" in the letter's header)."""
    def words(key: str) -> str:
        return " ".join(re.split(r"[\s_-]+", str(decision.get(key) or "").lower()))

    stage, opens = words("stage"), words("opens")
    level = next((f"{n}-level" for n in ("first", "second", "third") if f"{n} level" in stage), None)
    if level is None and "second level" in opens:
        level = "first-level"
    final = bool(opens) and not re.search(r"\b(?:second|third) level\b|\binternal\b", opens)
    said = f"{level} appeal decision" if level else ("final internal appeal decision" if final else "appeal decision")
    return said + (", the plan's final internal decision" if level and final else "")


def _records_cited(data: dict, files: set[str]) -> dict[str, Any]:
    """What the letter cites the new records `files` for, beyond a history row: `criteria`, how many payer_criteria
    rows cite one of them as their evidence (of `criteria_of`, all rows; `criteria_rows`, their numbers from 1, the
    count's source in the claims report), and `corrected`, how many corrections of the decision's words do (of
    `corrected_of`). New records are then described by what they show for the decision,
    never only by a drug they mention (letters set 46, cases 06 and 08: "It records ... treatment with Venlafaxine
    XR" for the note that meets the criteria and the log that answers the decision)."""
    rows = [r for r in get_path(data, "payer_criteria") or [] if isinstance(r, dict)]

    def cites(pointer: Any) -> bool:
        # a row's evidence may be one pointer or a list of them (set 53, case 04: "two of the criteria" where the
        # second criterion's two records were listed)
        pointers = pointer if isinstance(pointer, list) else [pointer]
        named = [f for p in pointers if isinstance(p, dict) for f in files_named(p.get("file"))]
        return bool(files & {str(f).strip() for f in named})

    # of all the corrections, as of all the criteria: records that answer one of four are never "the record for the
    # decision's words corrected above" (letters set 85, cases 02 and 03)
    corrections = [row for d in [get_path(data, "claim"), *(get_path(data, "decisions") or [])] if isinstance(d, dict)
                   for row in (d.get("corrections") or []) if isinstance(d.get("corrections"), list)
                   and isinstance(row, dict) and not is_blank(row.get("said"))]
    cited = [i for i, r in enumerate(rows, 1) if cites(r.get("evidence"))]
    return {"criteria": len(cited), "criteria_rows": cited, "criteria_of": len(rows),
            "corrected": sum(1 for row in corrections if cites(row)), "corrected_of": len(corrections)}


def records_after_decision(data: dict) -> dict[str, Any]:
    """The records the reviewer of the decision this letter appeals never had (`record_dates: [{file, date,
    released, submitted}]`; the decision is the latest denial in `decisions`, else the notice): those dated or
    released after it, and those dated before it that were never sent to the plan (`submitted: false`: set 21, case
    01, the other insurer's EOB the family kept). `records` lists {file, date, released, how} in date order (`date`
    the release's when given; `how` "dated", "released" or "unsent"), `rows` the clinical.history rows whose
    `evidence.file` is one of them, `came` how they came ("dated", "released", "unsent", "dated or released", or
    "mixed" when some were never sent and others came after), and `decided` the decision's date; `known` is False
    when no record is dated (nothing is said then); `criteria`, `criteria_of` and `corrected` what else the letter
    cites them for (_records_cited)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    decided = decision_appealed_on(data)
    # a record written earlier but released after the decision (`released`: a clinic's letter sent out of its files
    # on request) came after it by its release, and is said to (set 20, case 01: "dated October 30, 2026" for a letter
    # of June 10, 2025 released that day)
    listed = [(str(r.get("file") or "").strip(), as_date_or_none(r.get("released") or r.get("date")),
               bool(as_date_or_none(r.get("released"))), r.get("submitted") is False)
              for r in get_path(data, "record_dates") or [] if isinstance(r, dict)]
    # the plan's own papers (its notices, its policy and lists, its record of an approval as entered) were in its
    # files whatever their printout's date: never a record its reviewer did not have (letters set 60, case 03: the
    # plan's portal entry of an exception, printed after the denial that quotes it)
    # The patient's consent, authorization or representative form lets the author appeal, as a provider's waiver of
    # liability lets it (set 92, case 03); it bears on no care, so it is enclosed but never offered as evidence the
    # reviewer lacked (letters set 77, cases 01, 04, 05, 07 and 08)
    # A reprint of the plan's notice on this claim (`notice_copies`, set by whoever read the case's files: render,
    # unused) is the plan's own paper too (letters set 80, case 03). The record of when a notice came (a forwarded
    # envelope, claim.notice_received.proof) dates the appeal, never the care (letters set 86, case 01)
    never_new = {f for key in ("prior_auth.approved.entered", "plan_policy.file", "plan_policy.listed.file",
                               "plan_policy.in_force.file", "author.authorization", "provider.waiver",
                               "claim.notice_received.proof")
                 for f in files_named(get_path(data, key))} | set(data.get("notice_copies") or [])
    dated = [(f, d, released, unsent) for f, d, released, unsent in listed
             if f and d and f not in never_new and not f.startswith("denial/")]
    later = sorted(((f, d, "released" if released else "dated" if d > decided else "unsent")
                    for f, d, released, unsent in dated if decided and (d > decided or unsent)), key=lambda x: x[1])
    files = {f for f, _, _ in later}
    # a row the new record shows, only where it is new too: still taken, or ended after the decision; old history
    # a new record repeats is no news to the reviewer (set 10: "records ... treatment with" old drugs, four letters).
    # A record that is old itself and new only to the reviewer (released after the decision, or never sent) is news
    # in all it holds (set 22, case 04: a former psychiatrist's records of a sertraline trial the decision says had
    # no dates or dose, released after it)
    whole = {f for f, _, how in later if how in ("released", "unsent")}
    from appeal_kit.letter.arguments import date_span

    still = continuing_rows(data)
    history = get_path(data, "clinical.history") or []
    def shown(i: int, row: Any) -> bool:
        source = str(row["evidence"].get("file") or "").strip()
        span = date_span(row.get("end"))
        return source in files and (source in whole or i in still
                                    or bool(decided and span is not None and span[1] > decided))

    from appeal_kit.letter.arguments import _other_not_a_trial, marked_other_unjudged

    # a dose given for another purpose (a sleep dose, a PRN anxiolytic) is no treatment the new record tells the
    # reviewer of (letters set 30, cases 01, 03, 04 and 06: "records ... treatment with ... doxepin")
    rows = [r for i, r in enumerate(history) if isinstance(r, dict) and isinstance(r.get("evidence"), dict)
            and shown(i, r) and not marked_other_unjudged(r) and not _other_not_a_trial(r)]
    hows = {how for _, _, how in later}
    return {**_records_cited(data, files), "known": bool(dated and decided),
            "decided": decided.isoformat() if decided else None,
            "records": [{"file": f, "date": d.isoformat(), "released": how == "released", "how": how}
                        for f, d, how in later], "rows": rows,
            # how the records came to be new to the reviewer, said once for them all
            "came": hows.pop() if len(hows) == 1 else "dated or released" if hows == {"dated", "released"} else "mixed"}


def record_dated(data: dict, day: date | None) -> str | None:
    """The clinical record `record_dates` dates on `day` (its file), the first listed; None when none is."""
    from appeal_kit.intake.deadlines import as_date_or_none

    if day is None:
        return None
    return next((str(r["file"]) for r in get_path(data, "record_dates") or []
                 if isinstance(r, dict) and r.get("file") and str(r["file"]).startswith("clinical/")
                 and as_date_or_none(r.get("date")) == day), None)


def decision_appealed_on(data: dict) -> date | None:
    """The date of the decision this letter appeals: the latest in `decisions`, else the notice's."""
    from appeal_kit.intake.deadlines import as_date_or_none

    return as_date_or_none(appeal_stage(data)["latest_date"]) or as_date_or_none(get_path(data, "claim.notice_date"))


# a file named as the report of a sending: "fax-transmission-report-2026-06-02.txt", "portal upload receipt"
_SENDING_REPORT = re.compile(r"\b(?:fax|transmission|transmittal|delivery|upload|sending)\s+(?:report|confirmation|"
                             r"receipt|log)\b|\bfax\s+(?:transmission\s+)?(?:report|confirmation)\b", re.I)


def own_sent_proof(row: dict) -> bool:
    """A `record_dates` row whose `sent_proof` is its own file, a report of a sending by its name (a fax transmission
    report): the proof that another record was sent, not the record sent. A record that is its own proof otherwise (a
    note bearing its fax banner) was sent itself."""
    file = str(row.get("file") or "").strip()
    if not file or Path(file) != Path(str(row.get("sent_proof") or "").strip()):
        return False
    return bool(_SENDING_REPORT.search(re.sub(r"[-_.]+", " ", Path(file).stem)))


def records_sent(data: dict) -> list[dict[str, Any]]:
    """The records sent to the plan before the decision appealed, with the proof they were sent (`record_dates:
    [{file, date, sent, sent_proof}]`; the decision is the latest in `decisions`, else the notice): each {file, date
    (the record's own), sent, proof, received}, in the order sent. They were sent before it decided, whatever the
    decision says of the record (letters set 22, case 08: a note faxed with the expedited appeal two days after it was
    written, and a decision that found active suicidal ideation "not documented"); `received` (the day the plan's own
    receipt shows, on or before the decision) is set only when the row gives it: a fax report shows sending, never
    receipt, so only then is the record said to have been in the plan's file (letters set 61, case 08). A record sent
    after the decision is one the reviewer did not have (records_after_decision)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    decided = decision_appealed_on(data)
    out = []
    for row in get_path(data, "record_dates") or []:
        if not isinstance(row, dict) or is_blank(row.get("file")) or is_blank(row.get("sent_proof")):
            continue
        # a fax report given as its own proof proves that something else was sent, never itself (letters set 94,
        # case 07: "Exhibit E, dated June 2, 2026, was sent to the plan" of the clinic's transmission report;
        # `check` asks for the record that was sent)
        if own_sent_proof(row):
            continue
        sent = as_date_or_none(row.get("sent"))
        if sent and decided and sent <= decided:
            received = as_date_or_none(row.get("received"))
            out.append({"file": str(row["file"]).strip(), "date": as_date_or_none(row.get("date")), "sent": sent,
                        "proof": str(row["sent_proof"]).strip(),
                        "received": received if received and received <= decided else None})
    return sorted(out, key=lambda r: r["sent"])


# The plan's own filing rule, in the words plans use: "by December 31 of the year after the year you received the
# service", or "within 365 days (12 months, one year) of the date of service".
_BY_END_OF_NEXT_YEAR = re.compile(r"\bby December 31(?:st)? of the (?:calendar )?year (?:after|following) the "
                                  r"(?:calendar )?year (?:in which )?(?:you |the member |the patient )?"
                                  r"(?:received|had|got|was provided|were provided) (?:the )?(?:service|care)", re.I)
_WITHIN = re.compile(r"\bwithin (\d+|one|two|three|six|twelve|ninety)(?: \(\d+\))? (calendar )?(days?|months?|years?) "
                     r"(?:of|from|after) the date (?:of|the) service", re.I)


def _plan_filing_deadline(data: dict, first_service: date | None) -> date | None:
    """The filing deadline the plan's own words (plan_policy.quote) give for the earliest date of service."""
    from appeal_kit.intake.deadlines import add_months

    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    if not quote or first_service is None:
        return None
    if _BY_END_OF_NEXT_YEAR.search(quote):
        return date(first_service.year + 1, 12, 31)
    m = _WITHIN.search(quote)
    if m:
        n = _number(m.group(1))
        unit = m.group(3).lower()
        from datetime import timedelta

        if unit.startswith("day"):
            return first_service + timedelta(days=n)
        return add_months(first_service, n * (12 if unit.startswith("year") else 1))
    return None


# The plan's rule that a claim it asked more of keeps the date it was first received, when what it asked for comes
# within so many days of its request: "your claim keeps the date we first received it as long as you send what we ask
# for within 35 days of our request" (set 14, case 01)
# "is treated as received on", and the future the terms may use ("will be treated as received on the date we first
# received it": letters set 88, case 04, quoted and never applied)
_KEEPS_DATE = re.compile(r"\b(?:keeps?|retains?|keep|retain|(?:is|will be|shall be) (?:still )?(?:treated|considered) "
                         r"as (?:received|filed) on)\b[^.]{0,60}?\b(?:date|received)\b", re.I)
_WITHIN_REQUEST = re.compile(r"\bwithin (\d+|[a-z]+(?:-[a-z]+)?)(?: \((\d+)\))? (?:calendar )?days (?:of|from|after) "
                             r"(?:our|the|its|the plan'?s|your|that) (?:request|letter|notice)", re.I)
_RESUBMITTED = re.compile(r"\bresubmitted with (?:that|the|this|all|the requested|the missing) information\b[^.]{0,80}?"
                          r"\b(?:date (?:we|it was|the plan) first received|first receiv|original (?:receipt|filing) "
                          r"date|date first received)", re.I)
_TENS = {"twenty-four": 24, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "seventy-two": 72,
         "ninety": 90}


def _rule_number(found: re.Match | None) -> int | None:
    """The number a quoted rule gives (group 1 as written, group 2 in brackets): "thirty (30)" -> 30, "35", "ten"."""
    if not found:
        return None
    word = found.group(1).lower()
    return (int(found.group(2)) if found.group(2) else int(word) if word.isdigit() else _TENS.get(word)
            or (WORDS.index(word) if word in WORDS else None))


def filing_request_rule(data: dict) -> dict[str, Any]:
    """The plan's quoted rule (plan_policy.quote) that a claim keeps the date first received when what the plan asked
    for is sent within `days` of its request, applied to the case's dates: `asked` (filing.asked, when the plan asked
    for more), `answered` (filing.answered, when what it asked for was sent), `after` (the days between) and `kept`:
    True when within the rule's days, False when not, None when the quote states no such rule or a date is missing."""
    from appeal_kit.intake.deadlines import as_date_or_none

    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    within = _WITHIN_REQUEST.search(quote) if _KEEPS_DATE.search(quote) else None
    asked = as_date_or_none(get_path(data, "filing.asked"))
    answered = as_date_or_none(get_path(data, "filing.answered"))
    resent = as_date_or_none(get_path(data, "filing.resent"))
    days = _rule_number(within)
    after = (answered - asked).days if asked and answered else None
    # the same rule with no days: a claim closed for missing information and resubmitted with it keeps its first date
    # (set 33, case 01: TRICARE Provider Handbook 8.2's third sentence, quoted and never applied); it applies when
    # the claim was sent again on or after the day what was asked for was sent
    resubmit = days is None and bool(_RESUBMITTED.search(quote))
    kept: bool | None = None  # a date the rule needs is missing
    if days is not None:
        kept = (0 <= after <= days) if after is not None else None
    elif not resubmit:
        kept = False  # no such rule in the quote
    elif asked and answered and resent:
        kept = asked <= answered <= resent
    return {"days": days, "asked": asked, "answered": answered, "after": after, "resubmit": resubmit,
            "resent": resent, "returned": as_date_or_none(get_path(data, "filing.returned")),
            "kept": kept}


# a limit for corrected or replacement claims, in the plan's quoted rule or the denial's words
_CORRECTED_LIMIT = re.compile(r"\b(?:corrected|replacement)\s+(?:or\s+(?:corrected|replacement)\s+)?claims?\b", re.I)


def corrected_claim_filing(data: dict) -> bool:
    """Whether the filing limit a timely-filing denial applied is the one for the corrected claim (sent or accepted,
    corrected_claim.sent, .accepted), not the original's: the corrected claim's own deadline is that limit, or the
    plan's quoted rule or the denial speaks of corrected claims. Letters set 66, case 07: the original claim's
    receipt in April was measured against the corrected-claim limit the denial of the August claim applied."""
    if not (get_path(data, "corrected_claim.sent") or get_path(data, "corrected_claim.accepted")):
        return False
    own = str(get_path(data, "corrected_claim.deadline") or "")
    if own and own == str(get_path(data, "filing.limit_deadline") or ""):
        return True
    words = " ".join(str(get_path(data, key) or "") for key in ("plan_policy.quote", "claim.denial_reason"))
    return bool(_CORRECTED_LIMIT.search(words))


# the date of receipt a timely-filing notice states ("This claim was received 10/02/2026") and the limit it applies
# ("Claims must be received within 90 days of the date of service"), in the notice's own words
_NOTICE_RECEIVED = re.compile(r"\breceived\s+(?:on\s+)?(\d{1,2}/\d{1,2}/\d{4})\b", re.I)
_NOTICE_LIMIT = re.compile(r"\bwithin\s+(\d{1,3})\s+days\s+(?:of|after|from)\s+the\s+(?:first\s+)?date\s+of\s+"
                           r"service\b", re.I)


def _notice_receipt(data: dict, on: date | None, first_service: date | None) -> dict[str, Any]:
    """The notice's date of receipt when it is later than the day the case shows the claim was first received
    (`on`): {notice_received, days_in (first date of service, first_service, to `on`), notice_days (the notice's
    own limit, when `on` is within it, else None)}; empty values when the notice states no such date (letters set
    70, case 01: the notice's "received 10/02/2026" left unanswered beside a clearinghouse acceptance of 07/02)."""
    blank: dict[str, Any] = {"notice_received": None, "days_in": None, "notice_days": None, "first_service": None}
    reason = str(get_path(data, "claim.denial_reason") or "")
    found = _NOTICE_RECEIVED.search(reason)
    try:
        said = datetime.strptime(found.group(1), "%m/%d/%Y").date() if found else None
    except ValueError:  # no such day: no date the letter can answer
        said = None
    if not said or not on or said <= on or not get_path(data, "filing.received"):
        return blank
    days_in = (on - first_service).days if first_service and first_service <= on else None
    limit = _NOTICE_LIMIT.search(reason)
    within = int(limit.group(1)) if limit and days_in is not None and days_in <= int(limit.group(1)) else None
    return {"notice_received": said.isoformat(), "days_in": days_in, "notice_days": within,
            "first_service": first_service.isoformat() if days_in is not None and first_service else None}


def filing_status(data: dict) -> dict[str, Any]:
    """The claim's filing date against the plan's own limit: `on` (received, else first submitted), `deadline`
    (filing.limit_deadline, else for a corrected claim corrected_claim.deadline, else the date the plan's own filing
    rule quoted in plan_policy.quote gives for the earliest date of service), `timely` (True, False, or None when
    either date is missing) and `days_before`.
    `corrected`: the limit is the corrected claim's (corrected_claim_filing), whose own dates the corrected-claim
    block sets against it, so `on` and `timely` are None: the original's filing date is not what the denial judged."""
    from appeal_kit.intake.deadlines import as_date

    try:
        on = as_date(get_path(data, "filing.received")) or as_date(get_path(data, "filing.first_submitted"))
        deadline = as_date(get_path(data, "filing.limit_deadline"))
        served = [d for d in (as_date(v) for v in get_path(data, "claim.service_dates") or []) if d]
    except Exception:  # check reports unreadable dates; here they are unknown
        on = deadline = None
        served = []
    corrected = corrected_claim_filing(data)
    if corrected:
        # the corrected claim's own limit, from the plan's terms, before any count from the date of service (letters
        # set 78, case 06: a rule counting from the original's processing, written as the denial's August date), and
        # before filing.limit_deadline, which is then the original claim's (letters set 98, case 05: "the corrected
        # claim ... was due by May 3, 2026", the original's 90 days, beside its own limit of September 8)
        try:
            deadline = as_date(get_path(data, "corrected_claim.deadline")) or deadline
        except Exception:
            pass
    if deadline is None:
        deadline = _plan_filing_deadline(data, min(served) if served else None)
    if corrected:  # the corrected claim's own block says when it was sent and accepted, against this same limit
        on = None
    timely = (on <= deadline) if on and deadline else None
    # the day the limit counts from and what happened on it (filing.limit_from, .limit_from_what: the primary plan's
    # explanation of benefits), so the deadline is written as the sum that gives it (fresh letters set 61, case 06:
    # "due by November 26, 2026" never shown as 90 days after the EOB of August 28, 2026)
    try:
        start = as_date(get_path(data, "filing.limit_from"))
    except Exception:
        start = None
    what = " ".join(str(get_path(data, "filing.limit_from_what") or "").split()).rstrip(".")
    counted = start is not None and bool(what) and deadline is not None and start < deadline
    notice = _notice_receipt(data, on, min(served) if served else None)
    return {**notice, "on": on.isoformat() if on else None, "deadline": deadline.isoformat() if deadline else None,
            "timely": timely, "corrected": corrected,
            "days_before": (deadline - on).days if timely and deadline and on else None,
            "by": "received" if get_path(data, "filing.received") else "first submitted",
            "start": start.isoformat() if counted and start else None, "start_what": what if counted else None,
            "days_from": (deadline - start).days if counted and deadline and start else None}


_STUDENT_PLAN = re.compile(r"\bstudent (?:health|medical|accident and sickness)\b|(?-i:\bSHIP\b)|"
                           r"\bseguro (?:médico )?estudiantil\b", re.I)


def student_plan(data: dict) -> bool:
    """An individual plan that is student health insurance coverage (45 CFR 147.145), as claim.student says or, when
    it is unset, the insurer's or the plan's name: individual coverage, but no qualified health plan, so the
    Marketplace's rules for those (network adequacy, 45 CFR 156.230) are not its (letters set 58, case 05)."""
    if get_path(data, "claim.plan_type") != "individual_aca":
        return False
    stated = get_path(data, "claim.student")
    if isinstance(stated, bool):
        return stated
    names = " ".join(str(get_path(data, key) or "") for key in ("insurer.name", "insurer.plan", "plan_policy.name"))
    return bool(_STUDENT_PLAN.search(names))


def age_at_service(data: dict, today: date | None = None) -> int | None:
    """The patient's age on the first date of service, else (care still to come) on the letter's date, `today`;
    None when unknown. Never the age on the notice date: the care is given later (set 8, case 06: 33 at an August
    notice, 34 when the letter asks for care still to come)."""
    from appeal_kit.intake.deadlines import as_date

    try:
        born = as_date(get_path(data, "patient.date_of_birth"))
        served = [d for d in (as_date(v) for v in get_path(data, "claim.service_dates") or []) if d]
    except Exception:  # an unreadable date is check's to report; here the age is unknown
        return None
    on = min(served) if served else (today or clock.today())
    if not born or not on:
        return None
    return _age_on(born, on)


def epsdt_reaches(data: dict) -> bool:
    """The patient is a Medicaid member under 21 (age_at_service), whom EPSDT entitles to the care necessary to correct
    or ameliorate the condition whatever the plan excludes (42 U.S.C. 1396d(r)(5)): an exclusion is then answered by
    the care's necessity, which the letter must set out (letters set 80, case 04: a fair hearing on a TMS exclusion
    for members under 21, resting on EPSDT with none of the three trials or the therapy the case holds)."""
    age = age_at_service(data)
    return Citations(route(data)).applies("epsdt") and age is not None and age < 21


def ire_overdue(data: dict, today: date) -> dict[str, Any] | None:
    """A first level the plan must send on to the independent review entity when its time runs out (a Medicare
    Advantage standard reconsideration, a Part D redetermination), sent and never decided after that time
    (intake.deadlines.overdue_for_ire), as the letter says it: {sent, due, confirmation, by (the last day
    to ask for it, when it was asked for by then: set 72, case 02)}; None otherwise. The letter asks the plan to send
    the case file to the independent review entity rather than restart its clock."""
    from appeal_kit.intake.deadlines import deadline_for_case, overdue_for_ire

    overdue = overdue_for_ire(data, today)
    if overdue is None:
        return None
    last = deadline_for_case(data).date
    in_time = last.isoformat() if last and overdue.sent <= last else None
    return {"sent": overdue.sent.isoformat(), "due": overdue.due.isoformat(),
            "confirmation": overdue.confirmation or "", "by": in_time}


# how an appeal sent without writing is recorded (submissions[].method)
_ORAL = re.compile(r"\b(?:phone|tele?phone|call(?:ed)?|oral(?:ly)?|in person|verbal(?:ly)?)\b", re.I)


def oral_appeal(data: dict, today: date) -> dict[str, Any] | None:
    """The plan's internal appeal made orally (submissions[].method: phone, in person), where the plan type's rules
    accept an oral appeal and date the appeal from it (rules.yaml oral_appeal), and no decision on its merits came
    after it: {sent, confirmation, by (the last day to appeal, when it was made by then), due (the day the plan must
    decide it by, submissions[].decision_due else the plan type's clock counted from `sent`), rule_id and length of
    that clock, ran_out (`due` is before `today`), dismissed (the day of a later decision that refused to consider
    the appeal) and dismissal (its words)}; None otherwise. The letter confirms that appeal in writing and asks for
    the decision by `due`, never within a time of receiving this letter (letters set 78, case 03)."""
    from appeal_kit.intake import deadlines

    plan = route(data)
    if not Citations(plan).applies("oral_appeal"):
        return None
    oral = sorted((day, s) for s in data.get("submissions") or [] if isinstance(s, dict)
                  and _ORAL.search(str(s.get("method") or "")) and deadlines.is_internal(s.get("stage"), plan)
                  and (day := deadlines.as_date_or_none(s.get("date"))))
    if not oral:
        return None
    sent, entry = oral[0]
    later = [d for d in data.get("decisions") or [] if isinstance(d, dict)
             and (day := deadlines.as_date_or_none(d.get("date"))) and day >= sent]
    dismissals = [d for d in later if str(d.get("outcome") or "").lower() == "dismissed"
                  or _DISMISSAL.search(str(d.get("reason") or ""))]
    if len(dismissals) < len(later):  # the plan decided the appeal on its merits: the next level answers that
        return None
    clock_ = deadlines.decision_clock(plan, urgent=deadlines.request_is_urgent(data),
                                      pre_service=deadlines.pre_service_on(data, sent))
    counted = sent + timedelta(days=clock_.days or clock_.hours // 24) if clock_ else None
    due = deadlines.as_date_or_none(entry.get("decision_due")) or counted
    try:
        last = deadlines.deadline_for_case(data).date
    except Exception:  # no notice date: the letter leaves out the last day to appeal
        last = None
    dismissed = max(((deadlines.as_date_or_none(d.get("date")) or sent, d) for d in dismissals), key=lambda x: x[0],
                    default=None)
    method = str(entry.get("method") or "").lower()
    return {"sent": sent.isoformat(), "confirmation": " ".join(str(entry.get("confirmation") or "").split()),
            "how": "in person" if "person" in method else "orally" if re.search(r"oral|verbal", method)
            else "by phone",
            # a separate CHIP has the state's review in place of a Medicaid fair hearing (rules.yaml)
            "next": "the state’s review" if plan == "chip" else "a state fair hearing",
            "by": last.isoformat() if last and sent <= last else None,
            "due": due.isoformat() if due else None, "ran_out": bool(due and due < today),
            # the clock's length is said only where the due day is its count (not a date typed in by hand)
            "rule_id": clock_.rule_id if clock_ else None,
            "length": clock_.length() if clock_ and due == counted else None,
            "dismissed": dismissed[0].isoformat() if dismissed else None,
            "dismissal": " ".join(str(dismissed[1].get("reason") or "").split()) if dismissed else ""}


def earlier_dismissal(data: dict, today: date) -> dict[str, Any] | None:
    """A written request at the plan's own level (submissions[], stage_kind internal) that the plan dismissed: the
    latest decision is a dismissal (outcome dismissed, or words of dismissal in its reason) dated on or after it, so
    nothing decided the denial's merits. {sent, confirmation, dismissed, reason}; None otherwise, and where the request
    was made orally (oral_appeal says those). The letter, a new request, says so (letters set 98, case 02: a
    redetermination dismissed for an unsigned appointment form, enclosed and never mentioned)."""
    from appeal_kit.intake import deadlines

    if oral_appeal(data, today) is not None:
        return None
    entries = sorted(((day, d) for d in data.get("decisions") or [] if isinstance(d, dict)
                      and (day := deadlines.as_date_or_none(d.get("date")))), key=lambda x: x[0])
    if not entries:
        return None
    dismissed, last = entries[-1]
    if str(last.get("outcome") or "").strip().lower() != "dismissed" and not _DISMISSAL.search(
            str(last.get("reason") or "")):
        return None
    plan = route(data)
    sent = [(day, s) for s in data.get("submissions") or [] if isinstance(s, dict)
            and deadlines.is_internal(s.get("stage"), plan) and (day := deadlines.as_date_or_none(s.get("date")))
            and day <= dismissed]
    if not sent:
        return None
    day, entry = max(sent, key=lambda x: x[0])
    confirmation = " ".join(str(entry.get("confirmation") or "").split())
    return {"sent": day.isoformat(), "dismissed": dismissed.isoformat(),
            "confirmation": "" if confirmation.lower() in ("none", "n/a", "na", "-") else confirmation,
            "reason": " ".join(str(last.get("reason") or "").split())}


def qic_escalation(data: dict, today: date) -> dict[str, Any] | None:
    """Original Medicare: a reconsideration the QIC never decided in its time (intake.deadlines.qic_undecided), as the
    letter says it: {sent, confirmation, due}. The letter is then the written request to the QIC to escalate the
    appeal to an ALJ (405.970, 405.1002(b)), never a new reconsideration request (letters set 78, case 01)."""
    from appeal_kit.intake.deadlines import qic_undecided

    undecided = qic_undecided(data, today)
    if undecided is None:
        return None
    return {"sent": undecided.sent.isoformat(), "confirmation": undecided.confirmation or "",
            "due": undecided.due.isoformat()}


def decision_time(data: dict, today: date) -> dict[str, Any] | None:
    """How long the plan has to decide this internal appeal, and the rule: {length, rule_id, ahead (the care still
    to come's clock, where it differs), urgent (the expedited clock, for care still to come), before (the first date
    of care still to come, where it comes before that clock runs out, else None), begun (the care has begun: that
    date is its next day, not its first)}; a group plan's second
    level has its own, shorter clock (deadlines.SECOND_LEVEL_CLOCKS); None for an urgent appeal (the expedited letter
    says its own) or where no rule gives a time (FEHB, unknown plan types, other plans' second levels)."""
    from appeal_kit.intake.deadlines import at_next_level, decision_clock, is_part_b_drug, level_of_case

    if at_next_level(data):  # the next level's own clock, where a checked rule gives one (a QIC: 60 days)
        level_clock = level_of_case(data).clock
        return {"length": level_clock.length(), "rule_id": level_clock.rule_id, "ahead": None, "urgent": None,
                "before": None, "begun": False, "otherwise": None} if level_clock else None
    service = service_status(data, today)

    def before(clock: Any) -> str | None:
        """The first date of care still to come, where it falls before the clock for it runs out: the letter asks
        for a decision before that date (letters set 50, case 04: a program starting in eight days, asked "within
        30 days")."""
        care = scheduled_care(data, today) if clock is not None and clock.days else None
        return care["day"] if care and date.fromisoformat(care["day"]) < today + timedelta(days=clock.days) else None

    if appeal_stage(data)["second"]:
        second = decision_clock(route(data), urgent=False, pre_service=service == "pre", second_level=True)
        ahead = decision_clock(route(data), urgent=False, pre_service=True, second_level=True) \
            if service == "ongoing" else None
        return {"length": second.length(), "rule_id": second.rule_id, "urgent": None, "otherwise": None,
                "ahead": {"length": ahead.length(), "rule_id": ahead.rule_id} if ahead else None,
                "before": before(ahead or second),
                "begun": care_under_way(data, service)} if second else None
    clock = decision_clock(route(data), urgent=False, pre_service=service == "pre",
                           part_b_drug=is_part_b_drug(data))
    if clock is None:
        return None
    # care given with more to come: the care still to come has the pre-service clock, where it differs (`ahead`)
    ahead = decision_clock(route(data), urgent=False, pre_service=True, part_b_drug=is_part_b_drug(data)) \
        if service == "ongoing" else None
    # care still to come has the expedited route where a rule gives one (72 hours): the letter offers it when the
    # illness is current (set 8, case 05: a Part D member relapsed off the drug asked for, and no letter said so)
    urgent = decision_clock(route(data), urgent=True, pre_service=True) if service != "post" else None
    # the Part B drug clock read from the codes or the drug's name, which the case leaves open unless the plan's own
    # Part B list names it (plan_policy.listed.part_b): the standard clock is given beside it, on that condition
    # (set 67, case 06: "within 7 days (422.590(c))" for IV ketamine the plan might not treat as a Part B drug)
    plain = decision_clock(route(data), urgent=False, pre_service=service == "pre") \
        if clock.rule_id == "part_b_drug_decision" and get_path(data, "plan_policy.listed.part_b") is not True else None
    return {"length": clock.length(), "rule_id": clock.rule_id, "before": before(ahead or clock),
            "begun": care_under_way(data, service),
            "otherwise": {"length": plain.length(), "rule_id": plain.rule_id} if plain else None,
            "ahead": {"length": ahead.length(), "rule_id": ahead.rule_id}
            if ahead and (ahead.length(), Citations(route(data)).cite(ahead.rule_id)) !=
            (clock.length(), Citations(route(data)).cite(clock.rule_id)) else None,
            "urgent": {"length": urgent.length(), "rule_id": urgent.rule_id}
            if urgent and urgent.rule_id == "urgent_decision" else None}


def scheduled_care(data: dict, today: date) -> dict[str, Any] | None:
    """The first day of care still to come after `today` {day (ISO), begun (care has been given: it is the next day,
    not the first)}, for a letter with no decision time to ask for (no rule or plan term gives the plan type one:
    FEHB, TRICARE): it asks for a decision before that day (letters set 67, case 04: an FEHB carrier's ECT
    scheduled for 12/10, with no decision asked for at all). None for care all given or no date to come."""
    status = service_status(data, today)
    to_come = [d for d in care_days(data) if d > today]
    if status == "post" or not to_come:
        return None
    return {"day": min(to_come).isoformat(), "begun": care_under_way(data, status)}


def care_under_way(data: dict, status: str) -> bool:
    """The care has begun (service_status `status` is "ongoing"), or the decision reduces, suspends or ends it, so it
    was authorized and under way whatever dates the case lists: its next day to come is never its first (letters set
    100, case 01: a TMS course begun 10/26, cut from 12/10, said "scheduled to begin on December 10")."""
    return status == "ongoing" or care_action(data) in CUT_ACTIONS


def urgent_case(data: dict) -> bool:
    """The case is urgent: the notice or the family says so (claim.urgent), or a clinician certifies it."""
    return get_path(data, "claim.urgent") is True or bool(get_path(data, "urgency.certified_by"))


def expedited_request(data: dict, today: date, *, expedited_letter: bool) -> dict[str, Any] | None:
    """How a letter other than the expedited appeal asks for an expedited decision, the one test its request line and
    `check`'s urgency warning both read (issue 18): {rule: the expedited clock {length, rule_id} a rule of the plan
    type gives for care still to come, else None; terms: true when no rule gives one and the plan's own terms promise
    a prompt decision on an urgent claim (plan_policy.urgent_review) for care not all given; review: true for a
    request of the next level, which asks for an expedited review itself}. None when the letter is
    the expedited appeal (it asks in its own words), the case is not urgent (urgent_case) or does not say why
    (urgency.reason), or neither clock applies."""
    from appeal_kit.intake.deadlines import at_next_level

    if expedited_letter or not get_path(data, "urgency.reason") or not urgent_case(data):
        return None
    # the reason already says what waiting could cost: the letter says it once, in those words (letters set 69, case
    # 03: "could seriously jeopardize" in the request line and again in the reason after it)
    own_words = bool(_JEOPARDY.search(str(get_path(data, "urgency.reason"))))
    if at_next_level(data):  # the next level's request asks for an expedited review in its own words (`review`;
        # set 22, case 08: an expedited external review asked for, and `check` saying the letter never asks)
        return {"rule": None, "terms": False, "review": True}
    clock = decision_time(data, today)
    if clock and clock["urgent"]:
        return {"rule": clock["urgent"], "terms": False, "own_words": own_words}
    if get_path(data, "plan_policy.urgent_review") and service_status(data, today) != "post":
        return {"rule": None, "terms": True, "own_words": own_words}
    return None


_JEOPARDY = re.compile(r"\bseriously\s+jeopardi[sz]e", re.I)


# the plan's own promise of a decision time for an appeal, in its quoted terms: "We have 30 days from the date we
# receive your request to pay the claim, approve the service or drug, or deny it"
_OWN_CLOCK = re.compile(r"\b(?:we|the plan)\s+(?:have|has|will\s+(?:decide|respond|answer)\s+within)\s+(\d{1,3})\s+"
                        r"((?:calendar\s+|business\s+)?days)\b[^.]*?\b(?:receiv\w*|request)", re.I)
# the approval period a plan's criteria grant: "Approval period: 12 months", "Approval: 12 months" (set 28, case 02),
# "is approved for 4 weeks", "approve for 6 months when ..." (letters set 91, case 05)
_APPROVAL_PERIOD = re.compile(r"\bapprov(?:al(?:\s+period)?:|al\s+period|(?:ed|e)\s+for|"
                              r"als?\s+(?:are|is)\s+(?:given\s+)?for)\s+(?:up\s+to\s+)?(\d{1,3})\s+(weeks?|months?)\b",
                              re.I)


def _plan_words(data: dict, *fields: str) -> list[tuple[str, str]]:
    return [(f, " ".join(str(get_path(data, f)).split())) for f in fields if isinstance(get_path(data, f), str)]


def plan_decision_time(data: dict, today: date) -> dict[str, Any] | None:
    """Where no rule gives the plan type a clock for this appeal (FEHB: decision_time is None) and it is an internal
    appeal, the decision time the plan's own quoted terms promise ("We have 30 days from the date we receive your
    request ..."): {days ("30 days"), field, words (the whole sentence that promises it), alone (the field holds
    nothing else but a heading, so quoting the sentence quotes the field)}. None otherwise (set 17, case 06: the
    brochure's 30 days, never asked; set 20, case 01: the clause quoted cut off, "We have 30 days from the date we
    receive", and the whole field quoted again as other terms)."""
    from appeal_kit.intake.deadlines import at_next_level

    if at_next_level(data) or decision_time(data, today) is not None:
        return None
    for field, words in _plan_words(data, "plan_policy.other_terms", "plan_policy.quote", "plan_policy.exception"):
        if m := _OWN_CLOCK.search(words):
            start = max(words.rfind(mark, 0, m.start()) for mark in (". ", "? ", "! ", "\"", "“", ": ")) + 1
            end = min((i for i in (words.find(". ", m.end()), words.find("\"", m.end()), words.find("”", m.end()))
                       if i >= 0), default=len(words))
            sentence = words[start:end].strip(" \"“”:") + "."
            rest = (words[:start] + words[end:]).strip(" \"“”.")
            return {"days": f"{m.group(1)} {' '.join(m.group(2).split())}", "field": field,
                    "words": sentence.replace("..", "."), "alone": not re.search(r"[.!?]", rest)}
    return None


# the time a plan's exception provision gives itself to decide: "we decide within 15 days", "decisions are made within
# 10 business days"
_EXCEPTION_CLOCK = re.compile(r"\b(?:decide[sd]?|decision[s]?\s+(?:is|are)\s+made|respond[s]?|answer[s]?)\s+"
                              r"(?:with)?in\s+(\d{1,3})\s+((?:calendar\s+|business\s+|working\s+)?days)\b", re.I)


def _count_in_terms(data: dict, pattern: re.Pattern, *fields: str) -> tuple[str, str] | None:
    """The first count a plan's quoted terms state by `pattern` (its groups: the number and the unit), as ("15 days",
    the words that say it); None when they state none."""
    for _field, words in _plan_words(data, *fields):
        if m := pattern.search(words):
            return f"{m.group(1)} {' '.join(m.group(2).lower().split())}", m.group(0)
    return None


def exception_clock(data: dict) -> dict[str, str] | None:
    """The time plan_policy.exception gives for deciding an exception: {days ("15 days"), words}; None when it states
    none (set 28, case 08: "Ask for an exception in writing; we decide within 15 days", quoted and never applied)."""
    found = _count_in_terms(data, _EXCEPTION_CLOCK, "plan_policy.exception")
    return {"days": found[0], "words": found[1]} if found else None


# a sentence of the plan's terms accepting trials the plan did not pay for: "Trials may be shown by pharmacy claims
# under this plan or a prior plan, or by chart notes", "A trial paid by another plan or documented in the medical
# record counts", "as shown in pharmacy claims or in the prescriber's records" (set 33, case 07)
_OUTSIDE_TRIALS_OK = re.compile(r"[^.]*\btrials?\b[^.]*\b(?:(?:prior|previous|former|another|other)\s+(?:health\s+)?"
                                r"(?:plan|insurer|coverage)|chart\s+notes?|(?:medical|clinical)\s+records?|"
                                r"(?:prescriber|provider|physician|clinician)['’]?s?\s+records?)\b[^.]*\.?", re.I)


def outside_trials_accepted(data: dict) -> str:
    """The sentence of plan_policy.quote that accepts trials shown outside the plan's own claims (a prior plan's,
    chart notes), as quoted; "" when it has none (letters set 31, case 07: the step-therapy policy's own sentence,
    never used beside trials paid by a former plan and with a discount card)."""
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    found = _OUTSIDE_TRIALS_OK.search(quote)
    return found.group(0).strip() if found else ""


# a sentence of the plan's terms reading trials from its own claims: "Trials are read from our paid claims" (set 77,
# case 02)
_TRIALS_FROM_CLAIMS = re.compile(r"\btrials?\b[^.]*\b(?:our|its|the plan['’]s)\s+(?:own\s+)?(?:paid\s+)?"
                                 r"(?:pharmacy\s+)?claims\b", re.I)


def trials_read_from_claims(data: dict) -> bool:
    """plan_policy.quote reads trials from the plan's own claims and accepts none shown otherwise
    (outside_trials_accepted): a trial paid elsewhere is then never said to count whoever paid (letters set 77, case
    02: "A step-therapy rule asks whether the steps were tried, not who paid" beside ST-SLP-3's "Trials are read from
    our paid claims")."""
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    return bool(_TRIALS_FROM_CLAIMS.search(quote)) and not outside_trials_accepted(data)


def approval_period(data: dict) -> dict[str, str] | None:
    """The period the plan's quoted criteria approve the treatment for: {period ("12 months", "4 weeks"), words (the
    quoted words that say it)}, from plan_policy.quote or .exception ("approve for 6 months when ...": letters set 91,
    case 05); None when they state none (set 17, case 06: FE-100's 12 months)."""
    found = _count_in_terms(data, _APPROVAL_PERIOD, "plan_policy.quote", "plan_policy.exception")
    return {"period": found[0], "words": found[1]} if found else None


# the plan's own help lines, asked for providers: contacts, never providers in its network
_PLAN_LINE = re.compile(r"\b(?:member|customer|provider)\s+services?\b|\bcare\s+coordinat|\bcase\s+manage|"
                        r"\bnurse\s+(?:advice\s+)?line\b|\bhelp\s*line\b", re.I)


def network_source(row: dict) -> bool:
    """A `network:` row is an in-network source tried, unless the case marks it out of the network on the date tried
    (`in_network: false`) or it is the plan's own member-services line asked for names (set 28, case 04: "Three
    in-network sources" counted the plan's member services beside two providers)."""
    from appeal_kit.letter.arguments import _flag

    return _flag(row.get("in_network")) is not False and not _PLAN_LINE.search(str(row.get("name") or ""))


def severity_line_dated(data: dict) -> bool:
    """The severity line's own words give clinical.severity_date already ("PHQ-9 22 on 10/14/2026"): the heading
    before it then says no date (letters set 32, cases 02 and 06: "Severity on October 14, 2026. PHQ-9 22 on
    10/14/2026.")."""
    from appeal_kit.intake.deadlines import as_date_or_none, find_dates

    day = as_date_or_none(get_path(data, "clinical.severity_date"))
    return bool(day) and any(h.value == day for h in find_dates(str(get_path(data, "clinical.severity") or "")))


def measured_response(data: dict, today: date) -> dict[str, Any] | None:
    """The severity line's scores on both sides of the first date of care given: {before, after} (its clauses, split
    at ";", each wholly dated before that day or on and after it) and `first`, the day; None before any care, or
    where the line has no score on one side. A score dated after the care began is its response, never the current
    severity (letters set 83, cases 03 and 07: "Current severity. MADRS 36 on 09/08/2026; MADRS 14 on 10/05/2026",
    the 14 taken after six infusions)."""
    from appeal_kit.intake.deadlines import find_dates

    first = min(given_dates(data, today), default=None)
    if first is None:
        return None
    before, after = [], []
    for clause in (c.strip() for c in str(get_path(data, "clinical.severity") or "").split(";")):
        days = [h.value for h in find_dates(clause) if h.value is not None]
        if days and all(d < first for d in days):
            before.append(clause)
        elif days and all(d >= first for d in days):
            after.append(clause)
    return {"before": "; ".join(before), "after": "; ".join(after), "first": first} if before and after else None


def severity_series_from(data: dict, today: date, days: int) -> bool:
    """A severity line recorded within `days` of `today` that also gives a score more than `days` before its latest
    (a baseline before the treatment: "PHQ-9 18 on 06/02/2025; PHQ-9 7 on 11/17/2026"), or scores from before the
    care and after it (measured_response): a series, not the current severity alone (letters set 64, case 02: the
    line labelled "Current severity")."""
    from appeal_kit.intake.deadlines import as_date_or_none, find_dates

    if measured_response(data, today):
        return True
    said = [h.value for h in find_dates(str(get_path(data, "clinical.severity") or "")) if h.value is not None]
    latest = as_date_or_none(get_path(data, "clinical.severity_date")) or max(said, default=None)
    # only a line that would be called current: an old one is dated by its own heading already
    if latest is None or not 0 <= (today - latest).days <= days:
        return False
    return any((latest - d).days > days for d in said)


def service_status(data: dict, today: date) -> str:
    """"pre" (nothing given yet: no date of service on or before today), "post" (care given, none still to come) or
    "ongoing" (care given and more to come): what the request asks for (authorize or pay) and whether benefits
    already authorized can continue."""
    if not given_dates(data, today) or refused_fill(data):
        return "pre"
    try:
        to_come = care_still_to_come(data, today)
    except Exception:  # an unreadable date is check's to report; count the care as still to come
        to_come = True
    return "ongoing" if to_come else "post"


def refused_fill(data: dict) -> bool:
    """A Part D denial of a drug the member has not paid for (no amount paid in `expenses`): the date of service is
    the pharmacy's refused fill, so nothing was given, and the request is for the drug (7 days, or 72 hours expedited:
    42 CFR 423.590(a) and (d)), never for payment (14 days, 423.590(b)) (letters set 39, case 02: "within 14 days" and
    no expedited route for a member without the drug since the refused fill)."""
    from appeal_kit.errors import CaseError
    from appeal_kit.money import parse_money

    def paid(entry: Any) -> bool:  # an amount check reports, when it cannot be read, counts as nothing paid here
        try:
            return isinstance(entry, dict) and not is_blank(entry.get("paid")) and \
                parse_money(entry["paid"], what="expenses: paid") > 0
        except CaseError:
            return False

    expenses = data.get("expenses")
    return route(data) == "medicare_part_d" and not any(paid(e) for e in (expenses if isinstance(expenses, list)
                                                                           else []))


def given_dates(data: dict, today: date) -> list[date]:
    """The dates of care already given: each date of service on or before `today` (the letter's date), in the order
    listed; a date that cannot be read is check's to report and is left out here. The one reading of what has been
    given, for service_status and the facts (facts.py: a severity recorded before care, ideation before care)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    listed = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    # as many services still pending (claim.pending_services: 6) as dates listed: each date is a session still to be
    # given, one whose day passed while the request waited included, never care given (letters set 52, case 05: a
    # maintenance ECT session due 11/24 missed while the appeal was pending, "the care already given")
    if listed and pending_count(get_path(data, "claim.pending_services")) == len(listed):
        return []
    return [d for d in listed if d <= today]


def _billed_as_stay(data: dict, days: list[date]) -> bool:
    """Two dates of service that are a stay's first and last day: an inpatient stay billed by its admission and
    discharge days is every day between them, never those two alone (set 11, case 07: "September 12 and 19" for a
    seven-day stay); claim.inpatient says so, else the hospital-care codes billed. So is a residential or
    partial-hospitalization program's (claim.setting), which is no inpatient stay: the setting, when given, decides
    before claim.inpatient and the codes (set 20, case 06; set 21, case 06)."""
    from appeal_kit.letter.arguments import _flag

    if _count(get_path(data, "claim.sessions")) or len(days) != 2 or max(days) <= min(days):
        return False
    setting = care_setting(data)
    inpatient = setting["span"] if setting["kind"] else _flag(get_path(data, "claim.inpatient"))
    if inpatient is None:
        codes = {str(c).strip().upper() for c in get_path(data, "claim.procedure_codes") or []}
        inpatient = bool(codes & INPATIENT_CODES or any(_ROOM_AND_BOARD.fullmatch(c) for c in codes))
    return bool(inpatient)


def care_days(data: dict) -> list[date]:
    """The days of care the claim's dates of service stand for, in order: a stay's every day from its first to its
    last (_billed_as_stay), else the dates listed. What an approval's dates reach is counted in these days (set 42,
    case 03: a residential stay 10/06-10/30 against an authorization through 10/20 is 15 days inside it and 10 after,
    never "October 30" alone)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    days = sorted({d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d})
    if _billed_as_stay(data, days):
        return [days[0] + timedelta(days=n) for n in range((days[1] - days[0]).days + 1)]
    return days


def service_dates(data: dict, today: date) -> dict[str, Any]:
    """The dates of service as a letter says them, true to what they are: `words` ("May 4, 7 and 11, 2026", or
    "August 3, 2026 through September 23, 2026 (42 sessions)" when `claim.sessions` says the listed dates are only the
    first and last of a longer course, or when two dates weeks apart bill a daily TMS course), `phrase` with its
    verb ("provided on ...", "scheduled for ..." for dates still to come, or both), `given` (some date is on or before
    the letter's date), `to_come` and `first` (the first date of service)."""
    from appeal_kit.intake.deadlines import as_date, as_date_or_none
    from appeal_kit.letter.wording import datelist

    raw = list(get_path(data, "claim.service_dates") or [])
    try:
        days = [d for d in (as_date(v) for v in raw) if d]
    except Exception:  # an unreadable date is check's to report; say the dates as written
        return {"words": datelist(raw), "phrase": f"provided on {datelist(raw)}" if raw else "", "given": bool(raw),
                "to_come": False, "course": False, "past": raw, "future": [], "before_request": "",
                "from_request": datelist(raw), "first": None, "past_words": ""}
    sessions = _count(get_path(data, "claim.sessions"))
    codes = {str(c).strip().upper() for c in get_path(data, "claim.procedure_codes") or []}
    # a TMS course is given daily: two dates weeks apart under the code for each later session are its first and
    # last day, never the only two days treated (claim.sessions says how many, when the case knows)
    # so is an intensive outpatient program's already given, billed from its first day to its last (letters set 66,
    # case 02: "May 18, 2026 and June 26, 2026" for 18 program days between them); two days still to come may be
    # the only two scheduled (set 57, case 01)
    daily_course = not sessions and len(days) == 2 and (
        bool(codes & DAILY_COURSE_CODES) or (care_setting(data)["kind"] == "intensive_outpatient"
                                             and max(days) <= today)) and (max(days) - min(days)).days >= 7
    stay = _billed_as_stay(data, days)
    # two dates still to come beside a count of services still to come that is larger (claim.pending_services: 11)
    # are the first and last of that course, never the only two days (letters set 57, cases 01 and 05: "December 7
    # and 31, 2026" for 11 program days, "December 15, 2026 and March 30, 2027" for 16 treatments)
    to_come = pending_count(get_path(data, "claim.pending_services"))
    if not sessions and to_come and len(days) == 2 and to_come > 2 and max(days) > today:
        sessions = to_come
    course = bool(sessions and len(days) >= 2 and sessions > len(days)) or daily_course or stay
    if course:
        span = f"{datelist([min(days)])} through {datelist([max(days)])}"
        # a program's days are days, never "sessions" (letters set 59, cases 04 and 06; set 60, case 06: "(12
        # sessions)" for 12 days of an intensive outpatient program)
        kind = care_setting(data)["kind"]
        unit = ("program day" if kind in ("partial_hospitalization", "intensive_outpatient") else
                "day" if kind in ("residential", "inpatient") else "session")
        words = f"{span} ({sessions} {unit}{'s' if sessions != 1 else ''})" if sessions else span
        given = max(days) <= today
        phrase = (f"provided from {words}" if given else
                  f"scheduled from {words}" if min(days) > today else f"given and scheduled from {words}")
        # an authorization requested after the course began reaches its sessions from that day on, never the ones
        # before it: the course is split at that day, with no count of sessions the dates cannot split (letters set
        # 37, case 01: sessions from October 1 called "given after" a request of October 2)
        asked = as_date_or_none(get_path(data, "prior_auth.requested_on"))
        split = bool(asked and min(days) < asked)
        eve = asked - timedelta(days=1) if asked else None
        earlier = (datelist([min(days)]) if eve == min(days) else f"{datelist([min(days)])} through "
                   f"{datelist([min(eve, max(days))])}") if split and eve else ""
        # the part of the course already given, as dates alone (no count of sessions the dates cannot split): what a
        # request for the care still to come names beside it, never leaving the denied days already given out
        # (letters set 60, case 01: "for inpatient days from 12/08/2026" when the denial ran from 11/27/2026)
        past_last = min(max(days), today)
        past_words = ("" if min(days) > today else datelist([min(days)]) if past_last == min(days)
                      else f"{datelist([min(days)])} through {datelist([past_last])}")
        return {"words": words, "phrase": phrase, "given": min(days) <= today, "to_come": max(days) > today,
                "past_words": past_words, "course": True, "stay": stay, "first": min(days), "last": max(days),
                "sessions": sessions,
                "before_request": earlier,
                "from_request": ("" if not asked or asked > max(days) else datelist([asked]) if asked == max(days)
                                 else f"{datelist([asked])} through {datelist([max(days)])}") if split else words}
    past = [d for d in days if d <= today]
    future = [d for d in days if d > today]
    parts = [f"provided on {datelist(past)}"] if past else []
    # one date to come for a course of sessions is the day it begins, never the whole course (letters set 46, case 08:
    # six ECT treatments, three a week, "scheduled for January 5, 2027")
    parts += [f"scheduled to begin on {datelist(future)}" if len(days) == 1 and sessions > 1 else
              f"scheduled for {datelist(future)}"] if future else []
    # an authorization requested on a date reaches the services from that date on, never the ones before it
    asked = as_date_or_none(get_path(data, "prior_auth.requested_on"))
    before = [d for d in days if asked and d < asked]
    # the pieces too (past, future; a course's first, last, sessions), for the person's summary in their language
    return {"words": datelist(days), "phrase": " and ".join(parts), "given": bool(past), "to_come": bool(future),
            "course": False, "past": past, "future": future, "first": min(days, default=None),
            "past_words": datelist(past) if past else "",
            "before_request": datelist(before) if before else "",
            "from_request": datelist([d for d in days if d not in before]) if before else datelist(days)}


def dates_after_name(dates: dict[str, Any], name: Any) -> str:
    """`dates.phrase` as said right after the treatment's name: without the count of sessions where the name gives
    the same count ("TMS, 50 sessions over 5 days scheduled from ... (50 sessions)"), and left out where the name also
    gives the first and last dates ("continued stay 10/19/2026-11/06/2026 (15 program days) provided from October 19,
    2026 through November 6, 2026 (15 sessions)": letters set 46, cases 04 and 06). A check of the name's own figures,
    never a reading of what it means."""
    phrase, text = str(dates.get("phrase") or ""), " ".join(str(name or "").split())
    sessions = dates.get("sessions")
    if not dates.get("course") or not text:
        return phrase

    def named(day: Any) -> bool:
        # in figures, or in words with the year said once for both ("June 1 through June 26, 2026": letters set 80,
        # cases 05 and 06)
        return isinstance(day, date) and (any(w in text for w in (
            f"{day.month:02d}/{day.day:02d}/{day.year}", f"{day.month}/{day.day}/{day.year}", day.isoformat()))
            or (bool(re.search(rf"\b{ENGLISH_MONTHS[day.month - 1]} {day.day}\b(?![/.-]?\d)", text))
                and re.search(rf"\b{day.year}\b", text) is not None))

    # a name that gives the first and last dates says them already, with or without the count (letters set 54,
    # case 04: "... 3 hours a day, 09/08/2026-10/16/2026 provided from September 8, 2026 through October 16, 2026")
    if named(dates.get("first")) and named(dates.get("last")):
        return ""
    if not sessions:
        return phrase
    counted = re.search(rf"(?<![\d/.-]){sessions}\s+(?:[a-z-]+\s+)?(?:sessions?|days?|treatments?|visits?)\b", text,
                        re.I)
    if not counted:
        # a name that gives the whole course's count ("TMS, 36 sessions") beside the dates of fewer given: those are
        # said as part of it, never as the 36 "provided from" those dates (letters set 66, case 01: "36 sessions
        # (90868) provided from October 12, 2026 through November 13, 2026 (24 sessions)")
        course = re.search(r"(?<![\d/.-])(\d+)\s+(?:[a-z-]+\s+)?(?:sessions?|days?|treatments?|visits?)\b", text, re.I)
        told = re.fullmatch(r"(provided|scheduled|given and scheduled) from (.+) \((\d+ [a-z ]+)\)", phrase)
        if course and told and int(course.group(1)) > sessions:
            verb = "were " + told.group(1).replace("given and scheduled", "given or are scheduled")
            return f"of which {told.group(3)} {verb} from {told.group(2)}"
        return phrase
    return re.sub(rf" \({sessions} (?:sessions?|program days?|days?)\)", "", phrase)


# The level of care the claim is for (case.yaml claim.setting), as the letter names it: a residential or partial-
# hospitalization program is no inpatient hospital stay, and is never called one (letters set 20, case 06; set 21, case
# 06). `span`: two dates of service are its first and last days; `stay`: the patient stays day and night.
SETTINGS = {"inpatient": {"words": N_("inpatient hospital care"), "span": True, "stay": True},
            "residential": {"words": N_("residential treatment"), "span": True, "stay": True},
            "partial_hospitalization": {"words": N_("a partial hospitalization program"), "span": True,
                                        "stay": False},
            "intensive_outpatient": {"words": N_("an intensive outpatient program"), "span": False, "stay": False},
            "outpatient": {"words": N_("outpatient care"), "span": False, "stay": False}}


def care_setting(data: dict) -> dict[str, Any]:
    """claim.setting read (`inpatient`, `residential`, `partial_hospitalization`, `intensive_outpatient`,
    `outpatient`; spaces and dashes as underscores, `php` and `iop` too): `kind` ("" when not given or not one of
    them), `words` (the level of care in words), `span` and `stay` (SETTINGS)."""
    raw = str(get_path(data, "claim.setting") or "").strip().lower().replace("-", "_").replace(" ", "_")
    kind = {"php": "partial_hospitalization", "iop": "intensive_outpatient",
            "partial_hospital": "partial_hospitalization"}.get(raw, raw)
    found = SETTINGS.get(kind)
    return {"kind": kind if found else "", "words": found["words"] if found else "",
            "span": bool(found and found["span"]), "stay": bool(found and found["stay"])}


# Procedure codes for a treatment given in daily sessions (TMS: each later session, and the later motor-threshold
# re-determination), whose claims often list only the first and last date of the course
DAILY_COURSE_CODES = frozenset({"90868", "90869"})
# Hospital inpatient care (initial and subsequent hospital care, discharge day; CPT) and room and board (revenue codes
# 0100-0219): two dates of service under them are the stay's first and last days
INPATIENT_CODES = frozenset({"99221", "99222", "99223", "99231", "99232", "99233", "99238", "99239"})
_ROOM_AND_BOARD = re.compile(r"0(?:1\d\d|20\d|21\d)")


def _count(value: Any) -> int:
    try:
        return int(str(value).strip()) if not is_blank(value) else 0
    except ValueError:
        return 0


def care_still_to_come(data: dict, today: date) -> bool:
    """Services remain to be given: `claim.pending_services` lists some, or a date of service is after today."""
    from appeal_kit.intake.deadlines import as_date

    if not is_blank(get_path(data, "claim.pending_services")):
        return True
    dates = [as_date(d) for d in get_path(data, "claim.service_dates") or []]
    return any(d and d > today for d in dates)


# a plan's words requiring authorization in advance, and its words setting that aside (letters set 38, case 01: the
# Evidence of Coverage's Section 2.1 requires it for TMS; Section 2.4 waives it for a new member's course)
_REQUIRES_AUTHORIZATION = re.compile(r"\b(?:need|needs|require|requires|required|must (?:have|get|obtain))\b[^.]{0,60}"
                                     r"\b(?:prior authori[sz]ation|pre-?authori[sz]ation|precertification|approval "
                                     r"from us in advance)|\b(?:prior authori[sz]ation|precertification) is required\b",
                                     re.IGNORECASE)
_WAIVES_AUTHORIZATION = re.compile(r"\b(?:will|do|does|shall) not require (?:prior |pre-?)?(?:authori[sz]ation|"
                                   r"approval|precertification)|\bno (?:prior |pre-?)?(?:authori[sz]ation|approval|"
                                   r"precertification) (?:is )?(?:required|needed)", re.IGNORECASE)


def authorization_waived_elsewhere(data: dict) -> bool:
    """The case says no authorization was required (prior_auth.required: false), but the plan terms it quotes
    (plan_policy.quote) require one, and its other terms (plan_policy.other_terms) set that aside: the letter then
    quotes the requirement as the rule and the other terms as what sets it aside, never the requirement as the terms
    that require none (letters set 38, case 01)."""
    from appeal_kit.letter.arguments import _flag

    return _flag(get_path(data, "prior_auth.required")) is False and \
        bool(_REQUIRES_AUTHORIZATION.search(" ".join(str(get_path(data, "plan_policy.quote") or "").split()))) and \
        bool(_WAIVES_AUTHORIZATION.search(" ".join(str(get_path(data, "plan_policy.other_terms") or "").split())))


# what claim.action may say a decision does to care already authorized (facts.CARE_CUTS words them)
CUT_ACTIONS = ("reduce", "suspend", "end")


def care_action(data: dict) -> str:
    """claim.action as the case gives it, lower-cased: "reduce", "suspend", "end", "none" or anything else typed."""
    return str(get_path(data, "claim.action") or "").strip().lower()


def care_cut(data: dict, today: date) -> str:
    """What the decision does to care already authorized ("reduce", "suspend" or "end", claim.action) when some of
    that care is still to come: the letter then appeals "the decision to end" it and asks that it stay authorized,
    never that a claim be paid; "" otherwise (care that is over was billed and denied as a claim)."""
    cut = care_action(data)
    return cut if cut in CUT_ACTIONS and service_status(data, today) != "post" else ""


# A Medicaid notice that reduces, suspends or ends care already authorized is sent at least this many days before the
# change takes effect (rules.yaml advance_notice: 42 CFR 431.211, applied to managed care by 438.404(c)(1))
ADVANCE_NOTICE_DAYS = 10
# a fee-for-service notice is taken as received this many days after its date (42 CFR 431.231(c)(2))
RECEIPT_DAYS = 5


def care_cut_notice(data: dict, today: date) -> dict[str, Any] | None:
    """For a decision that cuts care already authorized (claim.action) and the day the change takes effect
    (claim.action_date): that day (`past` once it has come), the days the notice gave before it (from
    claim.notice_date), and whether this
    letter, dated `today`, is filed in time for the care to continue (`in_time`, said as the rule counts it:
    Medicaid managed care within 10 days of the notice or before the change takes effect, 42 CFR 438.420;
    fee-for-service before the change takes effect, 431.230(a), or, after it, within 10 days of receiving a notice
    that came too late, when the service is reinstated (`reinstate`, 431.231(c)); "" when late or when the notice
    sets the time, as for an integrated plan). Letters set 36, case 03: an IOP ended 3 days after the notice, and
    the letter never said so."""
    from appeal_kit.intake.deadlines import MEDICAID_CONTINUATION_DAYS, as_date_or_none

    if care_action(data) not in CUT_ACTIONS:
        return None
    effective = as_date_or_none(get_path(data, "claim.action_date"))
    notice = as_date_or_none(get_path(data, "claim.notice_date"))
    if not effective:
        return None
    days = (effective - notice).days if notice else None
    way = route(data)
    in_time = ""
    if way == "medicaid" and notice and today <= notice + timedelta(days=MEDICAID_CONTINUATION_DAYS):
        in_time = f"within {MEDICAID_CONTINUATION_DAYS} days of the notice"
    elif way in ("medicaid", "medicaid_fee_for_service") and today < effective:
        in_time = "before the change takes effect"
    short = days is not None and 0 <= days < ADVANCE_NOTICE_DAYS
    # fee-for-service, the change already made on a notice that came too late: asked for within 10 days of receiving
    # the notice (5 days after its date), the service is reinstated (42 CFR 431.231(c); letters set 59, case 08)
    reinstate = bool(way == "medicaid_fee_for_service" and not in_time and short and notice
                     and today <= notice + timedelta(days=RECEIPT_DAYS + MEDICAID_CONTINUATION_DAYS))
    if reinstate:
        # the rule counts from the day the notice is received, taken as 5 days after its date: said from the notice's
        # own date while that holds under any reading, else with the 5 days named, never as from the day it arrived
        # (letters set 59, case 08: "within 10 days of receiving a notice that came too late", read as counted from
        # the day it came)
        if notice and today <= notice + timedelta(days=MEDICAID_CONTINUATION_DAYS):
            in_time = (f"within {MEDICAID_CONTINUATION_DAYS} days of the notice of {longdate(notice)}, which came too "
                       "late")
        else:
            in_time = (f"within {MEDICAID_CONTINUATION_DAYS} days of the day a notice that came too late is taken to "
                       f"be received, {RECEIPT_DAYS} days after its date of {longdate(notice)}")
    return {"effective": effective.isoformat(), "days": days, "past": effective <= today, "short": short,
            "in_time": in_time, "reinstate": reinstate}


def appositive_head(name: str) -> str:
    """The name before its first appositive comma, without a closing "(…)": "Aspen Peak Kids Health Plan" for "Aspen
    Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan"; the name itself when it has no appositive."""
    depth = 0
    for i, ch in enumerate(name):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            return re.sub(r"\s*\([^()]*\)$", "", name[:i]).strip() or name
    return name


def payer_short_name(data: dict) -> str:
    """What the payer's name is shortened to after its first mention: "the plan"; "the agency" for a state agency
    that pays the care itself (fee-for-service Medicaid or CHIP: "direct the plan to cover" at a fair hearing named a
    plan the program does not have; set 21, case 03); "Medicare" for Original Medicare, which is no plan (set 33, case
    05: "Original Medicare Part B (claims processed by ... MAC)" said four times in full)."""
    if get_path(data, "claim.plan_type") == "medicare":
        return "Medicare"
    return "the agency" if route(data) in FEE_FOR_SERVICE.values() else "the plan"


# Who oversees each plan type, named in a complaint to the regulator. Employer plans: the Labor Department's EBSA
# (a fully insured plan's insurer also answers to the state insurance department); Marketplace and other individual
# plans: the state insurance department; Medicare plans: Medicare (CMS); Medicaid: the state Medicaid agency.
REGULATORS = {
    "employer_erisa": "U.S. Department of Labor, Employee Benefits Security Administration",
    "individual_aca": "State Department of Insurance, Consumer Services",
    "medicare_advantage": "Centers for Medicare & Medicaid Services (Medicare)",
    "medicare_part_d": "Centers for Medicare & Medicaid Services (Medicare)",
    "medicare": "Centers for Medicare & Medicaid Services (Medicare)",
    "medicaid": "State Medicaid agency (or the state's Medicaid managed care ombudsman)",
    # CMS enforces the Public Health Service Act's claims and appeals rules for state and local government plans
    "governmental": "Centers for Medicare & Medicaid Services, which enforces the federal appeal rules for state "
                    "and local government plans",
    "chip": "State CHIP agency",
    # fee-for-service (rules.route): the state agency pays the care itself; no plan, no managed-care ombudsman
    "medicaid_fee_for_service": "State Medicaid agency",
    "chip_fee_for_service": "State CHIP agency",
    # church: no federal agency takes a member's complaint (the IRS enforces the tax rules); regulator.name decides

    "fehb": "U.S. Office of Personnel Management",
    # TRICARE: the Defense Health Agency runs the program and its regional contractors (32 CFR part 199); no state
    # insurance department has a part in it
    "tricare": "Defense Health Agency (DHA), which runs TRICARE",
    # short-term limited-duration insurance: only state insurance law governs it
    "short_term": "State Department of Insurance, Consumer Services",
    # an integrated D-SNP (rules.route): a Medicare Advantage plan, under CMS's contract
    "medicare_advantage_integrated": "Centers for Medicare & Medicaid Services (Medicare)",
}


def regulator(data: dict) -> str | None:
    """`regulator.name` when the case names one, else the regulator of the plan type; None when neither is known."""
    return get_path(data, "regulator.name") or REGULATORS.get(str(route(data) or ""))


def timeline(data: dict) -> list[dict[str, str]]:
    """What happened, in date order, from the case: the notice, the calls in `call_log`, the appeals in
    `submissions`, the final denial. Undated entries are left out."""
    from appeal_kit.intake.deadlines import as_date

    events = []

    def add(when, text):
        try:
            day = as_date(when)
        except Exception:  # a date check reports unreadable dates; a timeline just leaves them out
            day = None
        if day and text:
            events.append((day, " ".join(str(text).split())))

    add(get_path(data, "claim.notice_date"), f"Denial notice for claim {get_path(data, 'claim.number')}")
    for call in data.get("call_log") or []:
        if isinstance(call, dict):
            add(call.get("date"), f"Call with {call.get('who') or 'the plan'}: {call.get('summary') or ''}".rstrip(": ")
                + (f" (reference {call['reference']})" if call.get("reference") else ""))
    for sent in data.get("submissions") or []:
        if isinstance(sent, dict):
            add(sent.get("date"), f"Appeal sent by {sent.get('method') or 'mail'}"
                + (f" to {sent['to']}" if sent.get("to") else "")
                + (f", confirmation {sent['confirmation']}" if sent.get("confirmation") else ""))
    add(get_path(data, "external_review.final_denial_date"), "Final internal denial")
    return [{"date": d.isoformat(), "event": e} for d, e in sorted(events, key=lambda x: x[0])]


# The parts of a plan's definition of medical necessity, and what the case can answer each with. A part no answer
# fits is listed for the plan to say how it is unmet, never answered with a claim the case does not hold.
_DEFINITION_ANSWERS = (
    (r"accepted|standards? of (?:good )?medical practice|evidence", "standards"),
    (r"convenience", "convenience"),
    (r"cost|costly|economical|least intensive|most appropriate (?:level|supply|setting)|level of (?:care|service)",
     "cost"),
    (r"frequency|extent|duration|type|site|dose|dosage", "plan"),
    (r"diagnos|symptom|condition|illness|disease", "diagnosis"),
)


def definition_parts(data: dict, trials: dict) -> list[dict[str, str]]:
    """`plan_policy.medical_necessity_definition` split into its parts ("(a) ...; (b) ..." or "...; ...; and ..."),
    each with the case's answer to it ("" where the case holds none)."""
    text = " ".join(str(get_path(data, "plan_policy.medical_necessity_definition") or "").split())
    if not text:
        return []
    parts = [p.strip(" ;,.") for p in re.split(r";|\(\w\)|\b\d\)\s|\s(?=\b[a-h]\)\s)", text)]
    if len([p for p in parts if len(p.split()) >= 3]) < 2:
        # a definition written as running prose, not a list: its sentences, and the clauses each adds with a comma
        # ("..., that are in accordance with ..., clinically appropriate in ..., and not primarily for ..."), so the
        # letter answers each part instead of repeating the whole definition as one "part"
        parts = [c.strip(" ;,.") for sentence in re.split(r"(?<=\.)\s+(?=[A-Z])", text)
                 for c in re.split(r",\s+(?=(?:and\s+)?(?:that|not|clinically|in accordance|there is)\b)", sentence)]
    parts = [re.sub(r"^(?:(?:and|or)\s+)?(?:that\s+(?:are|is)\s+)?", "", p) for p in parts if len(p.split()) >= 3]
    if parts and re.search(r"\bmeans\s+\S+(?:\s+\S+){3}", parts[0]):
        parts[0] = re.sub(r"^.*?\bmeans\s+", "", parts[0])  # "Medically Necessary means services that ..."
    if parts:  # a glossary's term before its definition ("Medically necessary: a requested service that ...")
        parts[0] = re.sub(r"^medically necessary(?: services?| care)?\s*:\s*", "", parts[0], flags=re.I)
    # the lead-in ("Services that are", "Medically necessary means") is not a part of its own
    parts = [p for p in parts if not re.search(r"\b(?:are|is|means|that|which|must be)$", p, re.I)]
    diagnosis = join_codes(data)
    answers = {
        "standards": "the published trials and guidelines set out in this letter" if trials.get("total") or diagnosis
        else "",
        "convenience": "it was prescribed to treat the illness, not for anyone's convenience",
        "cost": ("less intensive treatment has already failed, as the treatment history shows" if trials.get("summary")
                 else ""),
        "plan": (f"the prescribed course is: {get_path(data, 'treatment.plan')}" if get_path(data, "treatment.plan")
                 else ""),
        "diagnosis": f"it treats the documented diagnosis ({diagnosis})" if diagnosis else "",
    }
    out, answered = [], set()
    for part in parts:
        key = next((k for pattern, k in _DEFINITION_ANSWERS if re.search(pattern, part, re.I)), None)
        if key and key in answered and answers.get(key):
            continue  # a later sentence that only explains a part already answered ("standards ... means ...")
        answered.add(key)
        out.append({"part": part, "answer": answers.get(key, "") if key else "", "key": key or ""})
    return out


def join_codes(data: dict) -> str:
    from appeal_kit.letter.wording import join_and

    return join_and([str(c) for c in get_path(data, "claim.diagnosis_codes") or []])


# the plan's own promise of a decision time for a request to authorize care: "We will decide a precertification
# request within 15 days after we receive it"; and its terms that stop that time while it waits for records: "the
# time to decide stops until we receive it"
_DECIDES_REQUEST = re.compile(r"\b(?:we|the plan)\s+will\s+(?:decide|make\s+a\s+decision\s+on|respond\s+to|answer|"
                              # a Medicare Advantage Evidence of Coverage: "We will give you our answer to a standard
                              # request for a medical item or service within 7 calendar days" (set 58, case 08)
                              r"give\s+you\s+(?:our|an)\s+answer\s+to)\s+"
                              # the request named by its kind ("a renewal request", "an extension request": set 53,
                              # case 05's FEHB brochure)
                              r"(?:a|an|the|your|each)?\s*(?:[a-z-]+\s+){0,2}?(?:pre-?certification|prior\s+"
                              # "a request for extension received before the authorization ends within 15 days"
                              # (set 55, case 07)
                              r"authori[sz]ation|authori[sz]ation|request)[^.]{0,60}?\bwithin\s+(\d{1,3})\s+"
                              r"(calendar\s+)?days\b", re.I)
_IN_WRITING = re.compile(r"\bin\s+writing\b", re.I)
_MORE_DAYS = re.compile(r"\bup\s+to\s+(\d{1,3})\s+more\s+(?:calendar\s+)?days\b", re.I)
_TIME_STOPS = re.compile(r"\b(?:time|clock)\s+(?:to\s+decide\s+)?(?:stops|is\s+(?:tolled|suspended|paused))\b", re.I)
_US_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def no_decision_notice(data: dict, today: date) -> bool:
    """A request to authorize care not yet given that the plan never decided (prior_auth.requested_on with
    never_decided, nothing given, no claim.notice_date, no later decision): there is no notice and no claim. The
    letter says what was asked, when, and that no decision came, asks for a decision on the merits and coverage, never
    payment, and quotes nothing as a notice (letters set 58, case 08: the user's own description of the non-decision
    quoted as "Your notice states", and "pay the claim" for a course not begun)."""
    if get_path(data, "prior_auth.never_decided") is not True or is_blank(get_path(data, "prior_auth.requested_on")):
        return False
    if not is_blank(get_path(data, "claim.notice_date")) or any(
            isinstance(d, dict) for d in get_path(data, "decisions") or []):
        return False
    return service_status(data, today) == "pre"


def undecided_request_clock(data: dict, today: date) -> dict[str, Any] | None:
    """The plan's own decision time for a request to authorize the care (_DECIDES_REQUEST, in plan_policy.quote,
    .other_terms or .exception), worked on a request it never decided (prior_auth.requested_on, never_decided):
    {days, asked, due (the last day of that time), paused (days it stopped, from prior_auth.pended_on to the date
    prior_auth.pended_for gives for the records sent, where the terms stop the time while they wait), resumed,
    first (the first date of care given), before_care (the time ran out before it)}. None without such terms or such
    a request (letters set 50, case 03: SPD 7.3's 15 days quoted, received 08/20, pended 08/24 to 08/25, due about
    09/05, the first infusion 09/14; the letter said only "within the 15 days the rules allow")."""
    from appeal_kit.intake.deadlines import as_date_or_none

    asked = as_date_or_none(get_path(data, "prior_auth.requested_on"))
    if not asked or str(get_path(data, "prior_auth.never_decided")).strip().lower() not in ("true", "yes"):
        return None
    for field, words in _plan_words(data, "plan_policy.quote", "plan_policy.other_terms", "plan_policy.exception"):
        if m := _DECIDES_REQUEST.search(words):
            days = int(m.group(1))
            # the more days the same terms allow ("We can take up to 14 more calendar days"): the latest day the time
            # could have run to (set 58, case 08)
            more = _MORE_DAYS.search(words)
            paused, resumed = 0, None
            pended = as_date_or_none(get_path(data, "prior_auth.pended_on"))
            sent = _US_DATE.search(str(get_path(data, "prior_auth.pended_for") or ""))
            if _TIME_STOPS.search(words) and pended and sent:
                try:
                    resumed = date(int(sent.group(3)), int(sent.group(1)), int(sent.group(2)))
                except ValueError:
                    resumed = None
                paused = (resumed - pended).days if resumed and resumed >= pended else 0
            due = asked + timedelta(days=days + paused)
            given = given_dates(data, today)
            first = min(given) if given else None
            return {"days": days, "field": field, "asked": asked.isoformat(), "due": due.isoformat(),
                    "more": int(more.group(1)) if more else None, "written": bool(_IN_WRITING.search(words)),
                    "latest": (due + timedelta(days=int(more.group(1)))).isoformat() if more else None,
                    "paused": paused, "pended": pended.isoformat() if pended and paused else None,
                    "resumed": resumed.isoformat() if resumed and paused else None,
                    "first": first.isoformat() if first else None, "before_care": bool(first and due < first)}
    return None


# a new member's continuity-of-care terms, counted from the day coverage begins: "for up to 90 days after your
# coverage begins", "You or your provider must tell us about the course within 30 days after your coverage begins"
_AFTER_BEGINS = (r"\s+days?\s+(?:after|of|from)\s+(?:the\s+day\s+)?(?:your|the\s+member's|the)\s+coverage\s+"
                 r"(?:begins|starts|is\s+effective|with\s+us\s+begins)")
_COVER_FOR = re.compile(r"\bfor\s+up\s+to\s+(\d{1,3})" + _AFTER_BEGINS, re.I)
_TELL_WITHIN = re.compile(r"\b(?:tell|notify|inform|contact)\s+us\b[^.]{0,60}?\bwithin\s+(\d{1,3})" + _AFTER_BEGINS,
                          re.I)


def coverage_window(data: dict) -> dict[str, Any] | None:
    """The plan's quoted terms that cover a course for so many days after coverage begins, on notice within so many
    days (_COVER_FOR, _TELL_WITHIN in plan_policy.quote), worked on the case's own dates: eligibility.start, the
    notice (prior_auth.notified) and the dates of service. {began, cover_days, last (the last date of service),
    covered (every date falls within those days), tell_days, told, told_after (days after coverage began),
    told_in_time, holds (every condition the terms state is shown met)}; None without such terms or a start date
    (letters set 50, case 05: Section 6.8's 30 and 90 days quoted and never worked in the letter)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    words = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    began = as_date_or_none(get_path(data, "eligibility.start"))
    cover, tell = _COVER_FOR.search(words), _TELL_WITHIN.search(words)
    if not began or not (cover or tell):
        return None
    days = care_days(data)
    told = as_date_or_none(str(get_path(data, "prior_auth.notified") or "")[:10])
    cover_days = int(cover.group(1)) if cover else None
    tell_days = int(tell.group(1)) if tell else None
    covered = bool(days) and cover_days is not None and all(began <= d <= began + timedelta(days=cover_days)
                                                            for d in days)
    told_after = (told - began).days if told else None
    told_in_time = told_after is not None and tell_days is not None and 0 <= told_after <= tell_days
    holds = (covered if cover_days is not None else True) and (told_in_time if tell_days is not None else True)
    return {"began": began.isoformat(), "cover_days": cover_days, "last": days[-1].isoformat() if days else None,
            "covered": covered, "tell_days": tell_days, "told": told.isoformat() if told else None,
            "told_after": told_after, "told_in_time": told_in_time, "holds": holds}


def prior_auth_request(data: dict, today: date) -> dict[str, Any]:
    """What a prior-authorization request letter asks for (case.yaml `request: prior_authorization`): the codes (the
    case's claim.procedure_codes, else the clinic's planned_care.codes; never the script's guesses), each with our
    description; the sessions, start, NDC and dose planned; whether it is urgent (claim.urgent, or urgency.reason);
    and `clock`, how long the plan has to decide it with the rule (intake.deadlines.prior_auth_clock), or None;
    `supply_ends` (the last day of a drug on hand, when it comes before a standard decision could: the request is then
    urgent), `exception` (request_exception) and `transition` (transition_window)."""
    from appeal_kit.coverage import care
    from appeal_kit.intake.deadlines import (
        as_date_or_none,
        is_part_b_drug,
        prior_auth_clock,
        prior_auth_urgent,
        supply_runs_out,
    )

    def listed(path: str) -> list[str]:
        value = get_path(data, path)
        return [str(v).strip() for v in (value if isinstance(value, list) else [value]) if not is_blank(v)]

    codes = listed("claim.procedure_codes") or listed("planned_care.codes")
    sent = as_date_or_none(get_path(data, "prior_auth.requested_on")) or today
    # a drug already taken whose supply on hand runs out before a standard decision could be due: the request is
    # urgent on that fact alone (letters set 84, case 08: 7 days left, asked to be decided "within 72 hours")
    supply_ends = as_date_or_none(get_path(data, "prior_auth.supply_ends"))
    runs_out, urgent = supply_runs_out(data, sent), prior_auth_urgent(data, sent)
    clock = prior_auth_clock(route(data), urgent=urgent, part_b_drug=is_part_b_drug(data),
                             sent=sent)
    try:
        start = care.planned_start(data)
        ndc = care.ndc(data)
    except Exception:  # an unreadable start or NDC is check's to report; the letter leaves it out
        start, ndc = None, None
    sessions = get_path(data, "planned_care.sessions")
    return {"codes": [{"code": c, "what": care.describe(c)} for c in codes],
            "sessions": None if is_blank(sessions) else str(sessions).strip(),
            "start": start.isoformat() if start else None,
            "ndc": ndc, "dose": None if is_blank(get_path(data, "planned_care.dose"))
            else str(get_path(data, "planned_care.dose")).strip(),
            "urgent": urgent,
            "clock": {"length": clock.length(), "rule_id": clock.rule_id} if clock else None,
            "supply_ends": supply_ends.isoformat() if runs_out and supply_ends else None,
            "exception": request_exception(data), "transition": transition_window(data, sent)}


# a Part D new enrollee's transition process: its first 90 days of coverage (42 CFR 423.120(b)(3))
TRANSITION_DAYS = 90


def request_exception(data: dict) -> str | None:
    """The exception a request before care asks for (case.yaml prior_auth.exception): `formulary` when the drug is
    not on the plan's formulary (the pharmacy's rejection or the plan said so), else None. The request then asks for
    a formulary exception, never a plain authorization (letters set 84, case 08)."""
    kind = str(get_path(data, "prior_auth.exception") or "").strip().lower()
    return "formulary" if kind == "formulary" else None


def transition_window(data: dict, sent: date) -> dict[str, str] | None:
    """A Part D member within the first 90 days of the coverage (prior_auth.enrolled, its first day) on the day the
    request goes (`sent`), asking a formulary exception for a drug taken since before that day (taken_now): the
    plan's transition process owes a temporary supply while the exception is decided (42 CFR 423.120(b)(3)).
    {enrolled, through: the 90th day}, or None (letters set 84, case 08)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    enrolled = as_date_or_none(get_path(data, "prior_auth.enrolled"))
    now = taken_now(data)
    since = as_date_or_none(f"{now['since']}-01" if now and len(str(now["since"])) == 7 else (now or {}).get("since"))
    if (get_path(data, "claim.plan_type") != "medicare_part_d" or request_exception(data) != "formulary"
            or not enrolled or not since or since >= enrolled):
        return None
    through = enrolled + timedelta(days=TRANSITION_DAYS - 1)
    return {"enrolled": enrolled.isoformat(), "through": through.isoformat()} if enrolled <= sent <= through else None


def approval(data: dict) -> dict[str, Any] | None:
    """An authorization or exception the plan approved (case.yaml `prior_auth.approved`), as a letter says it, or None
    when the case records none. `lines` are the approved codes with their units; `beyond` the lines where more was
    given than approved ([{code, units, given, extra}], from each line's `given:`), `given_lines` the units given
    that the approval reaches ([{code, units}], when `given_known`: every line gives what was given); `on_first_day`
    (it was given on the first date of service); `before_care`
    that it was approved before the first date of service (None when either date is missing)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    approved = get_path(data, "prior_auth.approved")
    if not isinstance(approved, dict) or (is_blank(approved.get("number")) and is_blank(approved.get("date"))):
        return None
    lines = [_approved_line(line) for line in approved.get("lines") or [] if isinstance(line, dict)]
    lines = [line for line in lines if line["codes"]]
    beyond = [{"code": str(line["code"]), "units": _count(line.get("units")), "given": _count(line.get("given")),
               "extra": _count(line.get("given")) - _count(line.get("units"))}
              for line in lines if _count(line.get("given")) > _count(line.get("units"))]
    day = as_date_or_none(approved.get("date"))
    dates = care_days(data)
    blank = dict.fromkeys(("number", "date", "covers", "quote", "file", "what_went_wrong", "entered"))
    given_known = bool(lines) and all(not is_blank(line.get("given")) for line in lines)
    # what the approval reaches of what was given: the claim to pay, never the approval's maximum (set 9, 04 and 06)
    given_lines = [{"code": str(line["code"]), "units": min(_count(line.get("given")), _count(line.get("units")))}
                   for line in lines if _count(line.get("given"))] if given_known else []
    start, end = approval_span(approved)
    inside = [d for d in dates if start and start <= d and (end is None or d <= end)]
    # the care began on the first day the approval reaches when that is earlier than the claim's own dates and the
    # approval was given after it: an authorization given 18 days into the stay it covers was not given "before the
    # care began", even when the claim denies only the days after it (set 42, case 03). An approval that runs from the
    # day it was given says nothing of when the care began (letters set 45, case 04: approved and effective 07/22, the
    # first session 07/29, called "the day the care began")
    began = min([*dates, *([start] if start and dates and day and start < day else [])], default=None)
    # a stay or program the approval covers from its own first day began on that day, whatever later days the claim
    # bills (letters set 58, case 04: a residential stay approved 11/16 for 11/16-12/13, the claim's 12/01-12/13,
    # "before the care began" said of an approval dated the day of admission)
    if start and day and began and start <= day and start < began and care_setting(data)["span"]:
        began = start
    # the treatment's own history row, still taken, started before the approval: the care did not begin after it
    # (letters set 55, case 03: a renewal dated the first day of its period for an injection given since 03/2026)
    from appeal_kit.letter.arguments import same_treatment

    earlier = [as_date_or_none(f"{r['start']}-01" if re.fullmatch(r"\d{4}-\d{2}", str(r.get("start")).strip())
                               else r.get("start"))
               for r in get_path(data, "clinical.history") or [] if isinstance(r, dict) and not is_blank(r.get("start"))
               # the course still under way, never an earlier episode's (set 56, case 01: a 2021 TMS course)
               and (r.get("ongoing") is True or is_blank(r.get("end")))
               and same_treatment(r, get_path(data, "treatment.name"))]
    if day and any(e and e < day for e in earlier):
        began = min([e for e in earlier if e] + ([began] if began else []))
    # care still to come (no dates of service) under an approval that ended before the latest decision denying it
    # (the notice, or a decision on appeal): that care comes after it, so the approval reaches none of it (set 23's
    # review, case 06: an authorization through 09/30 "honored" in a second-level appeal of a November decision)
    decided = [as_date_or_none(get_path(data, "claim.notice_date")),
               *(as_date_or_none(d.get("date")) for d in get_path(data, "decisions") or [] if isinstance(d, dict))]
    latest = max((d for d in decided if d), default=None)
    expired = bool(not dates and end and latest and end < latest)
    claim_codes = [" ".join(str(c).split()) for c in get_path(data, "claim.procedure_codes") or [] if not is_blank(c)]
    named = " ".join(str(approved.get(k) or "") for k in ("covers", "quote"))
    return {**blank, **approved, "lines": lines, "beyond": beyond, "given_lines": given_lines,
            "claim_lines": approved_claim_lines(data, lines), "start": start, "end": end,
            # the claim's codes when it bills more than one and the approval names each (a line of its own, or a code
            # in its words): the reprocessing asked is of every line, never of the one the count is kept on (set 44,
            # case 06: "reprocess the claim under its terms: 96365" for a claim of 96365, 96366 and J3490)
            "claim_codes": claim_codes if len(claim_codes) > 1 and all(
                any(c in line["codes"] for line in lines) or re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", named)
                for c in claim_codes) else [],
            "extra": sum(b["extra"] for b in beyond),
            "given_known": given_known,
            # given on the first day of care (an admission's), it is said to be so, never "before the care began"
            # (letters set 24, case 03: approved the day of admission)
            "before_care": (day < began) if day and began else None,
            "on_first_day": bool(day and began and day == began),
            # whether the approval's own dates reach the claim's dates of service: True when every one falls within
            # them, False when none does (the approval is then never argued as covering the claim: set 13, case 06),
            # None when some do or the dates are not known
            "covers_claim": False if expired else (len(inside) == len(dates) or (False if not inside else None))
            if start and dates else None, "expired": expired,
            # the approval is for another strength than the treatment asked for (its words give doses in mg, and
            # none is the treatment's): it is never said to be overlooked, nor asked to be honored for this care
            # (letters set 37, case 07: a 56 mg approval "honored" in an appeal for the 84 mg kit)
            "other_dose": _other_dose(" ".join(str(approved.get(k) or "") for k in ("covers", "quote")),
                                      str(get_path(data, "treatment.name") or ""))}


_MG = re.compile(r"(\d+(?:\.\d+)?)\s*mg\b", re.I)


def _other_dose(approved_words: str, treatment: str) -> bool:
    """The approval's words name doses in mg and the treatment's name names one, and they share none."""
    approved = {float(m) for m in _MG.findall(approved_words)}
    asked = {float(m) for m in _MG.findall(treatment)}
    return bool(approved and asked and not approved & asked)


def _approved_line(line: dict) -> dict[str, Any]:
    """An approval's line with its codes as a list (`codes`) and said in words (`code`): one code, or several whose
    units the approval counts together (`code: [90868, 90869]`, "35 sessions of 90868 and 90869": letters set 21,
    case 05)."""
    found = line.get("code")
    codes = [" ".join(str(c).split()) for c in (found if isinstance(found, list) else [found]) if not is_blank(c)]
    return {**line, "codes": codes, "code": join_and(codes)}


def approved_claim_lines(data: dict, lines: list[dict]) -> list[dict[str, Any]]:
    """The claim's own lines that an approval's lines reach (set 18, case 07: the claim was 90868 on six dates, the
    approval 90867 x1 and 90868 x35): each `{code, units, dates, approved, given}`, the claim's code, its sessions
    (claim.sessions, when it bills one code; else 0, unsaid), the dates, the approval line's units
    approved and given in all, and `within`: the units given in all (the claim's among them) are no more than those
    approved; `pool` names the codes a line counts together ("90868 and 90869"), None for one code. Empty when the
    claim names no code the approval lists."""
    from appeal_kit.intake.deadlines import as_date_or_none

    codes = [str(c).strip() for c in get_path(data, "claim.procedure_codes") or [] if not is_blank(c)]
    dates = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    units = _count(get_path(data, "claim.sessions")) if len(codes) == 1 else 0
    # what the approval's own words count ("up to 17 sessions"): a drug code billed by the milligram is counted in the
    # approval's sessions, never as "units" of the code (letters set 58, case 03: "17 units of J0013" for 17 sessions
    # of 84 mg)
    approval_words = " ".join(str(get_path(data, f"prior_auth.approved.{k}") or "") for k in ("covers", "quote"))
    out = []
    for line in lines:  # one entry for each approval line the claim's codes reach: a pooled line's count is one
        reached = [c for c in codes if c in line["codes"]]
        if not reached:
            continue
        approved = _count(line.get("units"))
        given = _count(line.get("given")) if not is_blank(line.get("given")) else None
        counted = re.search(rf"\b{approved}\s+(sessions|treatments|infusions|injections|visits|doses|days)\b",
                            approval_words, re.I) if approved else None
        out.append({"code": join_and(reached), "pool": line["code"] if len(line["codes"]) > 1 else None,
                    "noun": counted.group(1).lower() if counted else "units",
                    "units": units, "dates": [d.isoformat() for d in dates], "approved": approved,
                    "given": given, "within": bool(given and approved and units <= given <= approved)})
    return out


def _rows_of(value: Any) -> list[Any]:
    """A list field's rows, or none when it is not a list."""
    return value if isinstance(value, list) else []


# a statement that a drug was not tried, in a decision's words or a record's: "no trial of lithium", "was not tried"
_NOT_TRIED = re.compile(r"\bno (?:\w+ )?trials? of\b|\b(?:was|were|has|have|had) (?:never|not)(?: been)? tried\b|"
                        r"\bnot tried\b", re.I)


# a decision's words that something was not given it: "Your prescriber did not give a medical reason", "not
# documented", "no statement"
# ("Your prescriber did not show that gabapentin was tried", answered by a statement written after the decision: letters
# set 89, case 02)
_NOT_GIVEN = re.compile(r"\b(?:did|has|have|had) not (?:give|provide|send|submit|explain|tell|document|show|state|"
                        r"include|demonstrate|establish)\b|"
                        r"\bno (?:medical )?(?:reason|documentation|statement)\b|"
                        r"\bnot (?:documented|provided|submitted)\b", re.I)


# what a record says of a drug never given on purpose: "lithium is contraindicated", "advised against", "ruled out"
_RULED_OUT = re.compile(r"\b(?:contraindicated|advis\w* against|ruled out|(?:was |were )?(?:not|never) (?:tried|given|"
                        r"started|used|taken))\b", re.I)
# a decision's words that something IS in the record ("a blood pressure of 168/102 is recorded"), and a figure in them
_IS_RECORDED = re.compile(r"\b(?:is|was|are|were|has been|have been) (?:recorded|documented|noted|charted|measured)\b",
                          re.I)
_NEGATED = re.compile(r"\b(?:no|not|never|without|nor)\b", re.I)
_READING = re.compile(r"\b\d+(?:[/.]\d+)+\b|\b\d{2,}\b")


def ruled_out_named(said: str, record: str) -> bool:
    """The decision's "no lithium augmentation ..." names a drug the record says was ruled out ("lithium is
    contraindicated"): those words are true, and the record adds why; never "the record shows otherwise" in front of
    them (letters set 99, case 04: the clipped quote "no lithium augmentation ..." beside "lithium is
    contraindicated")."""
    clauses = [c for c in re.split(r"[,;:.()]|\band\b", record) if _RULED_OUT.search(c)]
    return any(re.search(rf"\b{re.escape(m.group(1))}\b", c, re.I)
               for m in re.finditer(r"\bno (?:trials? of |adequate )?([a-z]{4,})\b", said, re.I)
               if m.group(1).lower() not in ("trial", "trials", "record", "records", "documentation", "evidence")
               for c in clauses)


def recorded_figure_repeated(said: str, record: str) -> bool:
    """The decision says a figure is recorded ("a blood pressure of 168/102 is recorded") and the record gives that
    same figure: the words are true; what the record adds (the reading's date, the readings since) answers the
    conclusion drawn from them, never "the record shows otherwise" (letters set 99, case 06)."""
    if not _IS_RECORDED.search(said) or _NEGATED.search(said):
        return False
    figures = set(_READING.findall(record))
    return any(f in figures for f in _READING.findall(said))


def decision_corrections(data: dict) -> list[dict[str, Any]]:
    """What the decisions state that the record contradicts (`decisions[].corrections`), each `{date, said, record,
    file, page}` with its decision's date, in the order recorded: the letter corrects each in one sentence with its
    source (set 18, case 03: "discharged on 10/14/2026" where the discharge summary says October 20; case 04: the
    decision cites Section 5.12 where the limit is 5.14). The first notice's own (`claim.corrections`, dated
    claim.notice_date, `notice` True) come first: a notice that is the only decision can be wrong too (set 21, case 03:
    a wrong year of birth). A row without both `said` and `record` says nothing. After them, the trials the latest
    decision says are undocumented that the history records (undocumented_trials; `word` the drug's name, "" for the
    case's own rows)."""
    out = []
    later_files = {r["file"] for r in records_after_decision(data)["records"]}

    def answered_later(row: dict) -> bool:
        """The decision's words say something was not given it, and every record the row cites came after the
        decision: they were true when it was made. A later record of an earlier fact ("there is no trial of
        augmentation" beside a 2025 trial a later evaluation records) still shows them wrong (letters set 75, case
        05)."""
        files = [f.strip() for f in files_named(row.get("file"))]
        return (bool(_NOT_GIVEN.search(str(row.get("said") or ""))) and bool(files)
                and all(f in later_files for f in files))

    notice = {"date": get_path(data, "claim.notice_date"), "corrections": get_path(data, "claim.corrections"),
              "notice": True, "reason": get_path(data, "claim.denial_reason")}
    decisions = [notice, *(d for d in get_path(data, "decisions") or [] if isinstance(d, dict))]

    def flat(text: Any) -> str:
        return " ".join(str(text or "").split()).lower().strip(" .;:")

    def holds(decision: dict, said: str) -> bool:  # the decision's own words, or its own correction of them
        return said in flat(decision.get("reason")) or any(
            isinstance(r, dict) and flat(r.get("said")) == said for r in _rows_of(decision.get("corrections")))

    for decision in decisions:
        if not isinstance(decision.get("corrections") or [], list):
            continue
        for row in decision.get("corrections") or []:
            if isinstance(row, dict) and not is_blank(row.get("said")) and not is_blank(row.get("record")):
                said, source = flat(row["said"]), decision
                if decision is notice and said not in flat(notice["reason"]):
                    # words the notice's own reason does not hold but a later decision prints: that decision's, never
                    # the notice's; told once, where that decision corrects them itself (letters set 57, case 04:
                    # "Records document 6 sessions of ERP", the decision of 10/30's sentence, quoted as the 09/18
                    # notice's and corrected twice)
                    later = [d for d in decisions[1:] if holds(d, said)]
                    if later and any(isinstance(r, dict) and flat(r.get("said")) == said
                                     for r in _rows_of(later[-1].get("corrections"))):
                        continue
                    if later:
                        source = later[-1]
                out.append({"date": source.get("date"), "said": " ".join(str(row["said"]).split()),
                            "record": " ".join(str(row["record"]).split()), "file": row.get("file"),
                            "page": row.get("page"), "notice": source.get("notice") is True, "word": "",
                            # a statement of the decision this letter answers (the latest), which the opening
                            # summary names (letters set 46, cases 03, 05, 07: "Every criterion ... is met" there)
                            "latest": source is decisions[-1],
                            # the words the letter's opening quotes in full (the latest decision's own): its
                            # correction refers to them there, never quotes them a third time after the opening and
                            # the summary (letters set 65, cases 01, 02, 04 and 07)
                            "quoted": source is decisions[-1] and said in flat(source.get("reason")),
                            # a few of its words, to tell apart several such statements when they are referred to
                            "cue": _first_words(row["said"]),
                            # a part of the words quoted, beside others the record does not contradict: named by its
                            # cue, never "the words quoted above" as a whole (letters set 73, cases 01, 03, 06, 07)
                            "part": said != flat(source.get("reason")),
                            # the words were true when the decision was made: every record answering them came to
                            # the plan after it
                            "later": answered_later(row),
                            # true as far as it goes: the record says what it leaves out, never "otherwise"; so is
                            # "no trial of lithium" beside a record that says why it was not tried, and words only a
                            # later record answers (letters set 75, cases 01 and 02)
                            "leaves_out": str(row.get("leaves_out")).strip().lower() in ("true", "yes")
                            or answered_later(row) or bool(_NOT_TRIED.search(said) and _NOT_TRIED.search(
                                " ".join(str(row["record"]).split())))
                            or ruled_out_named(said, str(row["record"])),
                            # the figure the words say is recorded, given by the record too: it bears them out
                            # (render: `confirmed`), and answers the conclusion drawn from them
                            "borne_out": recorded_figure_repeated(said, str(row["record"]))})
    latest = decisions[-1]
    reason = latest.get("reason") if latest is not notice else get_path(data, "claim.denial_reason")
    for row in undocumented_trials(reason, get_path(data, "clinical.history")):
        # the case's own correction says it already
        if not any(str(row["word"]) in str(c["said"]).lower() for c in out):
            out.append({"date": latest.get("date"), "notice": latest is notice, "latest": True, **row})
    return out


def _first_words(text: Any, many: int = 3) -> str:
    """The first words of a quoted statement, ending with an ellipsis when there are more: "The records show ..."
    stands for the whole sentence already quoted, and tells it from the others without quoting it again."""
    words = str(text or "").split()
    return " ".join(words[:many]).rstrip(".,;:") + (" ..." if len(words) > many else "")


# a decision's words that a trial's record lacks its particulars: "mention a prior sertraline trial but give no dates
# or dose", "the duration of the fluoxetine trial is not documented"
_UNDOCUMENTED = re.compile(
    r"\b(?:no|without|not\s+(?:give|gives|state|states|show|shows|list|lists|include|includes))\s+(?:the\s+)?"
    r"(?:dates?|doses?|dosages?|duration|start|length)\b|\b(?:not|never)\s+(?:been\s+)?documented\b|"
    r"\bundocumented\b", re.I)


def undocumented_trials(reason: Any, history: Any) -> list[dict[str, Any]]:
    """The trials a decision says are undocumented ("... mention a prior sertraline trial but give no dates or
    dose") that clinical.history records with a dose, dates and a source: {word (the drug's name as the decision
    writes it), said (the decision's sentence), record (the dose and dates), file, page}. A sentence that judges the
    trial ("not at an adequate dose") is no lack of record, and is left to the letter's argument (set 22, case 04:
    the decision's "no dates or dose" unanswered, though the former psychiatrist's records give both)."""
    found = []
    for sentence in re.split(r"(?<=[.;])\s+", " ".join(str(reason or "").split())):
        if not _UNDOCUMENTED.search(sentence) or re.search(r"\badequate\b", sentence, re.I):
            continue
        for row in history if isinstance(history, list) else []:
            words = re.findall(r"[a-z]{4,}", str(row.get("drug") or "").lower()) if isinstance(row, dict) else []
            where = row.get("evidence") if isinstance(row, dict) else None
            if not words or not re.search(rf"\b{words[0]}\b", sentence, re.I) or not isinstance(where, dict) \
                    or is_blank(where.get("file")) or any(is_blank(row.get(k)) for k in ("dose", "start")) \
                    or (is_blank(row.get("end")) and row.get("ongoing") is not True):
                continue
            until = "still taken" if is_blank(row.get("end")) else f"to {shortdate(row['end'])}"
            found.append({"word": words[0], "said": sentence, "file": where.get("file"), "page": where.get("page"),
                          "record": f"{str(row['drug']).strip()}, {' '.join(str(row['dose']).split())}, from "
                                    f"{shortdate(row['start'])} {until}"})
    return found


# the decision's own words that it did not review medical necessity ("medical necessity was not reviewed"): the
# letter asks that it be decided now, on its merits (set 18, case 04)
# "No clinical review was performed" says the same (letters set 63, case 06: a late-notice denial whose letter counted
# failed trials and never asked for the review the plan's own terms promise)
_NECESSITY_NOT_REVIEWED = re.compile(r"\bmedical necessity (?:was|were|has|had|is) not (?:been |yet )?"
                                     r"(?:reviewed|considered|assessed|evaluated|determined|decided)\b|"
                                     r"\bno (?:clinical|medical(?: necessity)?) review (?:was|has been) "
                                     r"(?:performed|done|conducted|completed|made)\b", re.I)


def necessity_not_reviewed(data: dict, folder: Path | None = None) -> bool:
    """The latest decision's words (decisions[].reason, else claim.denial_reason) say that medical necessity was not
    reviewed, or, given the case's `folder`, its notice does: the denial/ record `record_dates` dates on the day of the
    decision appealed (letters set 80, case 04: "Medical necessity was not reviewed." on the notice of resolution,
    not in the reason the case quotes)."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.intake.deadlines import as_date_or_none
    from appeal_kit.intake.textract import text_without_ocr

    decisions = [d for d in get_path(data, "decisions") or [] if isinstance(d, dict) and d.get("reason")]
    words = [str((decisions[-1]["reason"] if decisions else get_path(data, "claim.denial_reason")) or "")]
    decided = decision_appealed_on(data)
    for row in get_path(data, "record_dates") or []:
        file = str(row.get("file") or "").strip() if isinstance(row, dict) else ""
        on_decision = decided is not None and as_date_or_none(row.get("date")) == decided
        if folder is not None and file.startswith("denial/") and on_decision:
            try:
                words.append(text_without_ocr(folder / file))
            except AppealKitError:  # unreadable or missing: `check` reports the file
                pass
    return any(_NECESSITY_NOT_REVIEWED.search(" ".join(w.split())) for w in words)


# the plan's own clause that accepts a late claim when filing on time was not reasonably possible and it was filed
# as soon as reasonably possible (45 CFR 147.136 plans and ERISA plans' usual wording; set 18, case 01; set 17, 01)
_NOT_REASONABLY_POSSIBLE = re.compile(r"\bnot\s+reasonably\s+possible\b", re.I)


def filing_late_clause(data: dict) -> dict[str, Any] | None:
    """The plan's quoted filing rule accepts a late claim filed as soon as reasonably possible, and the case says when
    the claim came back or was found missing (`filing.returned`) and when it was sent again (`filing.resent`):
    {returned, resent, days (between them, None without `returned`)}. None otherwise: the letter argues no fallback."""
    from appeal_kit.intake.deadlines import as_date_or_none

    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    resent = as_date_or_none(get_path(data, "filing.resent"))
    if not resent or not _NOT_REASONABLY_POSSIBLE.search(quote):
        return None
    returned = as_date_or_none(get_path(data, "filing.returned"))
    if returned and returned > resent:
        return None
    return {"returned": returned, "resent": resent, "days": (resent - returned).days if returned else None}


# an approval's dates of service as its own words give them: "dates of service 09/18/2026 through 03/17/2027",
# "valid 06/15/2026 through 09/30/2026", "from September 18, 2026 onward"
_A_DATE = r"(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
_SPAN = re.compile(_A_DATE + r"\s*(?:through|thru|to|until|-|–)\s*" + _A_DATE)
_ONWARD = re.compile(r"\b(?:from|beginning|starting|effective)\s+" + _A_DATE + r"(?:\s*(?:,\s*)?(?:onward|on)\b)")


def approval_ran_out(data: dict) -> bool:
    """The approval a decision "ends" had run its period by the day the end takes effect (claim.action_date), or
    before the first date of care the claim asks for: the decision refuses care after the approval, it does not cut a
    course before its period is over, so no rule keeps the care going during the appeal (29 CFR
    2560.503-1(f)(2)(ii)(A) reaches a course cut "before the end of such period"; 42 CFR 438.420(b) asks that the
    original authorization's period has not expired) (letters set 63, case 03: PHP approved through 12/04, denied
    from 12/05, said to be cut "before its period is over")."""
    from appeal_kit.intake.deadlines import as_date_or_none

    approved = get_path(data, "prior_auth.approved")
    if not isinstance(approved, dict):
        return False
    _start, end = approval_span(approved)
    if end is None:
        return False
    cut = as_date_or_none(get_path(data, "claim.action_date"))
    days = care_days(data)
    return bool(cut and cut >= end or days and min(days) > end)


def approval_span(approved: dict) -> tuple[date | None, date | None]:
    """The first and last date of service an approval reaches (`prior_auth.approved.from` and `.through`, else the
    span its quoted words or `covers` give); (None, None) when they give none, and no end for "from ... onward"."""
    from appeal_kit.intake.deadlines import as_date_or_none

    start, end = as_date_or_none(approved.get("from")), as_date_or_none(approved.get("through"))
    if start:
        return start, end
    for field in ("quote", "covers"):
        text = approved.get(field)
        if not isinstance(text, str):
            continue
        span = _SPAN.search(text)
        if span and as_date_or_none(span.group(1)) and as_date_or_none(span.group(2)):
            return as_date_or_none(span.group(1)), as_date_or_none(span.group(2))
        onward = _ONWARD.search(text)
        if onward and as_date_or_none(onward.group(1)):
            return as_date_or_none(onward.group(1)), None
    return None, None


# the plan's own promise, in its quoted terms, not to deny later the care it authorized ("When we authorize a level of
# care for a stated period, we will not later deny that care for the authorized period on the ground that it was not
# medically necessary"): a sentence that speaks of authorizing and says the plan will not deny it or take it back
_AUTHORIZES = re.compile(r"\bauthori[sz]|\bapprov|\bpre-?certif", re.I)
_WILL_NOT_DENY = re.compile(
    r"\b(?:will|shall|may|does|do|can)\s*(?:not|n't)\s+(?:later\s+|retroactively\s+|retrospectively\s+|afterwards\s+)?"
    r"(?:deny|reverse|rescind|retract|revoke|recoup|take\s+back)\b|\bcannot\s+(?:later\s+)?deny\b|"
    r"\bnot\s+be\s+(?:later\s+|retroactively\s+|retrospectively\s+)?(?:denied|reversed|rescinded|revoked)\b", re.I)
_NECESSITY_GROUND = re.compile(r"\bmedical(?:ly)?\s+necess", re.I)


def kept_authorized(data: dict) -> dict[str, Any] | None:
    """The days of this claim inside an approval's period (prior_auth.approved's dates; care_days), where the plan's
    own quoted terms (plan_policy.quote, else .other_terms) promise not to deny authorized care later: {field, words
    (the promise's sentence), days (ISO), said (the days in words), count, total (the claim's days of care),
    necessity (the promise is against a denial as not medically necessary)}. None without such a promise, an
    approval with a first and last date, or a day of the claim inside them, and when the promise names the
    medical-necessity ground and the denial is on another (set 42, case 03: Section 6.7 applied to 15 of 25 days)."""
    approved = approval(data)
    start, end = (approved["start"], approved["end"]) if approved else (None, None)
    if not start or not end:
        return None
    days = care_days(data)
    inside = [d for d in days if start <= d <= end]
    for field, words in _plan_words(data, "plan_policy.quote", "plan_policy.other_terms"):
        for sentence in re.split(r"(?<=[.;])\s+", words):
            if not (_AUTHORIZES.search(sentence) and _WILL_NOT_DENY.search(sentence)) or not inside:
                continue
            necessity = bool(_NECESSITY_GROUND.search(sentence))
            if necessity and get_path(data, "claim.denial_category") != "medical_necessity":
                return None
            return {"field": field, "words": sentence.strip(), "days": [d.isoformat() for d in inside],
                    "said": dayspan(inside), "count": len(inside), "total": len(days), "necessity": necessity}
    return None


# the plan's own terms letting an approval be extended ("the exception may be extended on request, including for
# services already received, when the request is made within 180 days of the service"), and the window they give
_EXTENDS = re.compile(r"\bexten(?:d|ded|sion|sions)\b", re.I)
_WITHIN_OF_SERVICE = re.compile(r"\bwithin\s+(\d{1,3})\s+(?:calendar\s+)?days\s+(?:of|after)\s+(?:the\s+)?"
                                r"(?:date\s+of\s+)?(?:the\s+)?(?:service|care|treatment)\b", re.I)
_BEFORE_END = re.compile(r"\bbefore\s+the\s+(?:approved\s+|approval's\s+)?end\s+date\b|\bbefore\s+(?:it|the\s+approval|"
                         r"the\s+authorization|the\s+precertification|the\s+exception|the\s+(?:authorized|approved|"
                         r"authorization|approval|certified)\s+(?:period|stay))\s+(?:ends|expires)\b", re.I)


# the plan's own terms that care given while a request is pending is reviewed under it, not denied for want of an
# authorization: "care given while that request is pending is reviewed under the request, not denied for lack of
# authorization" (set 55, case 07)
_PENDING_REVIEWED = re.compile(r"\b(?:care|services?|treatment)\s+(?:given|provided|received|furnished)\s+while\s+"
                               r"(?:that|the|a|an|your)\s+(?:[a-z]+\s+){0,2}?request\s+is\s+pending\b[^.]*", re.I)


def pending_request_review(data: dict, today: date) -> dict[str, Any] | None:
    """The plan's quoted terms (plan_policy.quote, .other_terms or .exception) that care given while a request is
    pending is reviewed under that request, applied to a request the plan never decided (prior_auth.requested_on with
    never_decided) and the dates of care given on or after it: {words (the terms' sentence), field, asked, dates (the
    dates of service given while it was pending, ISO)}. None without such terms, such a request or such dates (letters
    set 55, case 07: Section 7.4 quoted, the extension asked 09/22 and never decided, the infusions of 10/13 and 11/10
    denied "No authorization is on file", and the clause never applied)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    asked = as_date_or_none(get_path(data, "prior_auth.requested_on"))
    if not asked or get_path(data, "prior_auth.never_decided") is not True:
        return None
    dates = sorted(d for d in given_dates(data, today) if d >= asked)
    if not dates:
        return None
    for field, words in _plan_words(data, "plan_policy.quote", "plan_policy.other_terms", "plan_policy.exception"):
        if m := _PENDING_REVIEWED.search(words):
            return {"words": m.group(0).strip(), "field": field, "asked": asked.isoformat(),
                    "dates": [d.isoformat() for d in dates]}
    return None


def extension_request(data: dict, today: date) -> dict[str, Any] | None:
    """The extension of an approval that the plan's own quoted terms (plan_policy.exception, else plan_policy.quote)
    allow, asked for the dates of service its dates do not reach (set 17, case 07: SPD 6.4 "may be extended on
    request, including for services already received, when the request is made within 180 days of the service").
    {approval: its number, dates: the dates outside it (ISO), field: the terms' field, days: the terms' window
    counted from each date of service (None when they give none), deadline: the earliest date that window runs out
    (ISO), in_time: the letter's date is on or before it, decided: the latest decision (or the denial) names an
    extension, decision_date, before_end: the terms want it asked for before the approval ends, asked: when the case
    says it was (prior_auth.approved.extension_asked, or prior_auth.requested_on after the approval's date), end: the
    approval's last date, asked_in_time, said and count: the dates outside in words and their number, never_decided and
    reference: that later request's prior_auth.never_decided and .reference}; None when the
    terms allow no extension or no date of service lies outside the approval's own dates."""
    from datetime import timedelta

    from appeal_kit.intake.deadlines import as_date_or_none

    approved = approval(data)
    if not approved or is_blank(approved.get("number")):
        return None
    start, end = approval_span(approved)
    outside = [d for d in care_days(data) if (end and d > end) or (start and d < start)]
    field = next((f for f in ("plan_policy.exception", "plan_policy.quote")
                  if isinstance(get_path(data, f), str) and _EXTENDS.search(get_path(data, f))), None)
    if not outside or not field:
        return None
    terms = get_path(data, field)
    window = _WITHIN_OF_SERVICE.search(terms)
    days = int(window.group(1)) if window else None
    deadline = outside[0] + timedelta(days=days) if days else None
    # terms that want the extension asked for before the approval ends (set 16, case 04's plan document 4.3(c)) are
    # met only by the date the case records it was asked (prior_auth.approved.extension_asked), never by this letter
    before_end = bool(_BEFORE_END.search(terms))
    # a request for authorization sent after the plan approved this one (prior_auth.requested_on) asks to extend it
    # (set 42, case 03: the extension faxed the day before the authorized period ended, never decided)
    later = as_date_or_none(get_path(data, "prior_auth.requested_on"))
    approved_on = as_date_or_none(approved.get("date"))
    later = later if later and approved_on and later > approved_on else None
    asked = as_date_or_none(get_path(data, "prior_auth.approved.extension_asked")) or later
    stage = appeal_stage(data)
    words = " ".join(str(w or "") for w in (get_path(data, "claim.denial_reason"), stage["latest_reason"]))
    # a course whose dates the case gives by its first day only ("six treatments from 01/05/2027"): its sessions from
    # that day, never an extension "for January 5, 2027", one day (letters set 46, case 08)
    sessions = _count(get_path(data, "claim.sessions"))
    said = (f"{number_words(sessions)} sessions from {dayspan(outside)}"
            if len(outside) == 1 and sessions and sessions > 1 and len(care_days(data)) == 1 else dayspan(outside))
    return {"approval": " ".join(str(approved["number"]).split()), "dates": [d.isoformat() for d in outside],
            "said": said, "count": len(outside),
            "asked_field": "prior_auth.requested_on" if asked and asked == later and not get_path(
                data, "prior_auth.approved.extension_asked") else "prior_auth.approved.extension_asked",
            "never_decided": bool(later) and get_path(data, "prior_auth.never_decided") is True,
            "reference": " ".join(str(get_path(data, "prior_auth.reference") or "").split()) if later else "",
            "field": field, "days": days, "deadline": deadline.isoformat() if deadline else None,
            "in_time": (today <= deadline) if deadline else None, "decided": bool(_EXTENDS.search(words)),
            "before_end": before_end, "asked": asked.isoformat() if asked else None,
            "end": end.isoformat() if end else None,
            "asked_in_time": (asked <= end) if before_end and asked and end else None,
            "decision_date": stage["latest_date"] or (as_date_or_none(get_path(data, "claim.notice_date")) or "")
            and str(as_date_or_none(get_path(data, "claim.notice_date")))}


# the plan's own access standard for network care, as its quoted terms state it: "a Network Provider will be available
# within 45 miles or 60 minutes of travel from your home, with a routine appointment available within 10 business days"
# "within 30 days or 45 miles" gives its miles after the days (letters set 70, case 08)
_WITHIN_MILES = re.compile(r"\bwithin\s+(?:\d{1,3}\s+(?:business\s+|calendar\s+)?days\s+or\s+)?(\d{1,3})\s+miles\b",
                           re.I)
_WITHIN_DAYS = re.compile(r"\bwithin\s+(\d{1,3})\s+(business|calendar|working)?\s*days\b", re.I)
# where the terms measure the distance from: "within 60 miles of your campus address" (set 58, case 05)
_MILES_FROM = re.compile(r"\bwithin\s+\d{1,3}\s+miles\s+(?:of|from)\s+(?:your|the\s+member's|the)\s+"
                         r"(home|campus|residence|work(?:place)?|school)\b", re.I)
# the same terms' condition that the member asks the plan before the care: "and you contact us before you receive the
# service", "You or your provider must ask us first"
# the same terms' qualifier on the network provider the distance is measured to: "If no Plan provider who offers the
# covered service you need is available within 60 miles" (letters set 50, case 01: the letter's paraphrase "a network
# provider within 60 miles" dropped it, and a provider 2 miles away that offers no such care met the paraphrase)
_WHO_OFFERS = re.compile(r"\bproviders?\s+((?:who|that)\s+(?:offers?|provides?|gives?|performs?|can\s+(?:provide|give|"
                         r"offer|perform))\s+[^.,;]{3,80}?|with\s+the\s+(?:expertise|training|skills?)\s+(?:needed|"
                         r"required)(?:\s+for\s+[^.,;]{3,60}?)?)\s+(?:is|are|will\s+be|can\s+see\s+you)?\s*"
                         r"(?:available\s+)?within\b", re.I)
_ASK_FIRST = re.compile(r"\b(?:contact|call|ask|notify|tell)\s+us\s+(?:first|before)\b|\bbefore\s+(?:you|the member)\s+"
                        r"(?:receive|get|obtain)s?\b", re.I)


# a network row's outcome that states the wait by its length ("waitlist 14 weeks", "a wait of 3 months") or a search
# that found no provider within a distance ("no ERP provider within 45 miles"): a number the row states, no judgment
_WAIT = re.compile(r"\b(?:wait(?:ing)?\s*list(?:ed)?|wait(?:ing)?)\s+(?:of\s+|is\s+|was\s+)?(?:about\s+)?(\d{1,2})"
                   r"\s+(weeks?|months?)\b", re.I)
_WAIT_DAYS = {"week": 7, "weeks": 7, "month": 28, "months": 28}
_NONE_WITHIN = re.compile(r"\bno\s+(?:[\w-]+\s+){0,4}?(?:providers?|clinicians?|therapists?|psychiatrists?|"
                          r"psychologists?|programs?)\s+within\s+(\d{1,3})\s+miles\b", re.I)


def access_standard(data: dict) -> dict[str, Any] | None:
    """The distance and wait the plan's own quoted terms (plan_policy.quote, else plan_policy.exception) allow for
    network care: {miles, days, business, ask_first: the same terms make asking the plan before the care a
    condition, offers: the terms' own words qualifying the provider ("who offers the covered service you need"), or
    ""}; None when they state neither distance nor wait."""
    for field in ("plan_policy.quote", "plan_policy.exception"):
        text = get_path(data, field)
        if is_blank(text) or not isinstance(text, str):
            continue
        miles, days = _WITHIN_MILES.search(text), _WITHIN_DAYS.search(text)
        if miles or days:
            return {"miles": int(miles.group(1)) if miles else None, "days": int(days.group(1)) if days else None,
                    "business": bool(days and (days.group(2) or "").lower() in ("business", "working")),
                    "ask_first": bool(_ASK_FIRST.search(text)), "field": field,
                    "offers": (who.group(1) if (who := _WHO_OFFERS.search(text)) else ""),
                    # the place the terms measure from, said for a provider found too far ("118 miles from campus")
                    "from": (place.group(1).lower() if (place := _MILES_FROM.search(text)) else "home")}
    return None


def beyond_standard(row: dict, standard: dict[str, Any] | None) -> dict[str, Any]:
    """How a network contact fell outside the plan's access standard, from the row's own `miles` and
    `first_opening` (never read from its outcome text): {miles: true when farther, late: true when the first opening
    came later than the standard's wait after the contact}, both keys given once either is true; empty when the row
    does not show it."""
    from appeal_kit.intake.deadlines import add_business_days, as_date_or_none

    said: dict[str, Any] = {}
    if not standard or not isinstance(row, dict):
        return said
    miles = row.get("miles")
    if standard.get("miles") and isinstance(miles, (int, float)) and not isinstance(miles, bool) \
            and miles > standard["miles"]:
        said["miles"] = True
    # a search that found none within the standard's miles or more, in the outcome's own words, quoted as they are
    outcome = str(row.get("outcome") or "")
    found = _NONE_WITHIN.search(outcome)
    if standard.get("miles") and found and int(found.group(1)) >= standard["miles"]:
        said["none_within"] = found.group(0)
    asked, opening = as_date_or_none(row.get("date")), as_date_or_none(row.get("first_opening"))
    if standard.get("days") and asked:
        from datetime import timedelta

        latest = (add_business_days(asked, standard["days"]) if standard["business"]
                  else asked + timedelta(days=standard["days"]))
        if opening and opening > latest + timedelta(days=14):  # holidays unknown: only a wait well past the limit
            said["late"] = True
        # a waitlist the outcome states by its length ("waitlist 14 weeks"), when the row gives no first opening
        wait = None if opening else _WAIT.search(outcome)
        if wait and asked + timedelta(days=int(wait.group(1)) * _WAIT_DAYS[wait.group(2).lower()]) \
                > latest + timedelta(days=14):
            said["wait"] = f"{wait.group(1)} {wait.group(2).lower()}"
    # all keys once any holds, so a template may test each (set 12, case 07: a row late but not far stopped
    # the draft on `beyond.miles`)
    return {"miles": False, "late": False, "none_within": "", "wait": "", **said} if said else said


# a plan's terms that cover the care when it does not answer a request in time: "if we do not answer within 15 days,
# you may receive the service and we will cover it at the network benefit level", "... is deemed approved"
_DEEMED = re.compile(r"\bif\s+we\s+do\s+not\s+(?:answer|respond|decide|reply)\b[^.;]*?\bwithin\s+(\d{1,3})\s+"
                     r"((?:calendar\s+|business\s+|working\s+)?days?)\b[^.]*?(?:\bwe\s+will\s+(?:cover|pay|approve)|"
                     r"\b(?:is|are|will\s+be)\s+(?:deemed\s+)?(?:approved|covered))\b[^.]*", re.I)


def deemed_approval(data: dict, today: date) -> dict[str, Any] | None:
    """The plan's own terms covering the care when it does not answer a request in time (plan_policy.quote,
    .other_terms or .exception: _DEEMED), applied to a request the plan never decided (prior_auth.requested_on with
    never_decided): {days ("15 days"), words (the quoted sentence), field (where they are), asked, ran_out (the last
    day of that time; business days skip weekends and federal holidays: intake.deadlines.add_business_days), first
    (the first date of care given), before_care (the time ran out before it)}. None without such terms or such a
    request (set 29, case 07: Certificate 4.6's 15 days quoted, the request of 04/16 never answered, the first
    infusion on 05/04, and a discretionary exception asked for instead)."""
    from appeal_kit.intake.deadlines import add_business_days, as_date_or_none

    asked = as_date_or_none(get_path(data, "prior_auth.requested_on"))
    if not asked or str(get_path(data, "prior_auth.never_decided")).strip().lower() not in ("true", "yes"):
        return None
    for field, words in _plan_words(data, "plan_policy.quote", "plan_policy.other_terms", "plan_policy.exception"):
        if m := _DEEMED.search(words):
            n, unit = int(m.group(1)), " ".join(m.group(2).lower().split())
            # business days by the one calendar, federal holidays not counted: the later, safer day the time ran out
            ran_out = add_business_days(asked, n, holidays=True) if "business" in unit or "working" in unit \
                else asked + timedelta(days=n)
            given = given_dates(data, today)
            first = min(given) if given else None
            return {"days": f"{n} {unit}", "words": m.group(0).strip(), "field": field,
                    "asked": asked.isoformat(), "ran_out": ran_out.isoformat(),
                    "first": first.isoformat() if first else None,
                    "before_care": bool(first and ran_out < first)}
    return None


_PLAN_CONTACT = re.compile(
    r"\b(?:member|customer|subscriber|participant|enrollee)s?\s+(?:services?|care|support|relations)\b|"
    r"\bnurse (?:line|advice)\b|\bcare (?:coordinat|manag|navigat)\w*|\bcase manag\w*|"
    r"\butilization (?:management|review)\b|\bprovider (?:services|relations)\b|\bconcierge\b", re.I)


def is_plan_contact(data: dict, row: dict) -> bool:
    """A network row (case.yaml network) that records a contact with the plan itself, not with a provider: its name
    is the plan's member services, care coordination, nurse line or utilization management, or holds the plan's
    own name (insurer.name)."""
    name = " ".join(str(row.get("name") or "").split())
    plan = " ".join(str(get_path(data, "insurer.name") or "").split())
    return bool(_PLAN_CONTACT.search(name) or _PLAN_LINE.search(name)) or bool(plan) and plan.lower() in name.lower()


def requested_before_care(data: dict, today: date) -> bool:
    """Whether the request for authorization (prior_auth.requested_on) came before the first date of care given,
    decided or not: the plan had its notice, so none was missed (letters set 60, case 02: a precertification asked
    20 days before the admission and never decided, answered under "What the plan's terms set for a late notice")."""
    from appeal_kit.intake.deadlines import as_date_or_none

    asked, given = as_date_or_none(get_path(data, "prior_auth.requested_on")), given_dates(data, today)
    return bool(asked and given and asked < min(given))


def asked_before_care(data: dict, standard: dict[str, Any] | None, today: date) -> dict[str, Any] | None:
    """The access standard's other condition applied to the dates (set 16, case 04: "and you contact us before you
    receive the service"): the earliest network contact (a row's `date`) made before the first date of care given,
    as {row: its 1-based number, name, date, first: the first date of service}, of a row that is the plan itself
    (is_plan_contact), or the request to approve the care
    (prior_auth.requested_on) made before it, as {date, first, request: True}; None when the quoted terms set no such
    condition, no care has been given, or no contact came before it."""
    from appeal_kit.intake.deadlines import as_date_or_none

    given = given_dates(data, today)
    if not standard or not standard.get("ask_first") or not given:
        return None
    # a request to approve the care, made before it, is the asking those terms mean: a call to member services for
    # names is not (set 29, case 07: the 04/14 call named, the 04/16 request faxed to utilization management not)
    if requested_before_care(data, today):
        asked = as_date_or_none(get_path(data, "prior_auth.requested_on"))
        return {"row": None, "name": "", "date": asked.isoformat() if asked else None, "first": min(given).isoformat(),
                "request": True}
    # the terms ask that the plan be contacted: a row that is the plan itself (its member services, care
    # coordination, nurse line, or a row named for the plan), never a provider's office (letters set 40, case 04:
    # the first psychologist called offered as "the plan was asked before the care", the member-services call not)
    rows = [(as_date_or_none(p.get("date")), i, p) for i, p in enumerate(get_path(data, "network") or [], start=1)
            if isinstance(p, dict) and is_plan_contact(data, p)]
    before = sorted((d, i, p) for d, i, p in rows if d and d < min(given))
    if not before:
        return None
    day, row, p = before[0]
    return {"row": row, "name": str(p.get("name") or ""), "date": day.isoformat(), "first": min(given).isoformat(),
            "request": False}


# the denial's (or the latest decision's) own words saying no corrected claim reached the plan
_NO_CORRECTION = re.compile(r"\bno (?:corrected|replacement) claim\b[^.]*\b(?:received|on file)\b|"
                            r"\b(?:corrected|replacement) claim (?:has|had|was) not (?:been )?received|"
                            r"\bnot (?:yet )?received (?:a|the|any) (?:corrected|replacement) claim", re.I)


def correction_status(data: dict) -> dict[str, Any]:
    """A corrected claim's own record (case.yaml corrected_claim.sent, .accepted, .reference, .deadline): `sent` and
    `accepted` (ISO dates, or None), `reference` (the acceptance report's batch or number), `deadline` (the date the
    plan's own corrected-claim rule gives), `in_time` (sent by the deadline: True, False, or None when either is
    missing) and `denied_received`: the latest decision's words, else the denial's, say that no corrected claim was
    received or on file, of a decision made after it was sent (set 12, case 05: the corrected claim was sent and
    accepted a month before that decision; set 28, case 05: "No corrected claim is on file")."""
    from appeal_kit.intake.deadlines import as_date

    def day(key: str) -> date | None:
        try:
            return as_date(get_path(data, f"corrected_claim.{key}"))
        except Exception:  # check reports unreadable dates; here they are unknown
            return None

    sent, accepted, deadline = day("sent"), day("accepted"), day("deadline")
    words = appeal_stage(data)["latest_reason"] or str(get_path(data, "claim.denial_reason") or "")
    reference = " ".join(str(get_path(data, "corrected_claim.reference") or "").split())
    said = _NO_CORRECTION.search(" ".join(words.split()))
    return {"sent": sent.isoformat() if sent else None, "accepted": accepted.isoformat() if accepted else None,
            "reference": reference or None, "deadline": deadline.isoformat() if deadline else None,
            "in_time": (sent <= deadline) if sent and deadline else None,
            # said only of a decision made after the corrected claim was sent: one made before it was right
            "denied_received": bool(said)
            and not (sent and (decided := decision_appealed_on(data)) and sent >= decided),
            # in the decision's own terms: "on file" or "received"
            "denied_as": "on file" if said and "on file" in said.group(0).lower() else "received"}


# a criterion's number as a payer_criteria row starts with it ("4.2 improvement of ...", "Criterion 3: ...")
# a criterion row's number, with its lettered part where it has one: "4.2", "2(c)", "2c", "criterion 3"
_ROW_NUMBER = re.compile(r"^\s*(?:criterion\s+)?(\d+(?:\.\d+)*)(?:\s*\(([a-z]|[ivx]+)\)|([a-z])\b)?", re.I)
# a row numbered by a letter alone: "(b) at least 3 months have passed ...", "criterion (b): ..."
_ROW_LETTER = re.compile(r"^\s*(?:criterion\s+)?\(([a-z])\)", re.I)
# a sentence of the decision that names criteria it did not decide ("Criteria 1, 2(a) and 3 were not reviewed
# further"), or found met: the numbers in it are not criteria the decision found unmet
_NOT_FOUND_UNMET = re.compile(r"\bnot\s+(?:been\s+)?(?:reviewed|reached|evaluated|assessed|considered|addressed)\b"
                              r"|\b(?:is|are|was|were)\s+(?:also\s+)?met\b(?!\s+(?:only\s+)?(?:when|if|by)\b)", re.I)
# a threshold in words: "at least 25%", "less than 50%", "50 percent"
_PERCENT = re.compile(r"(?P<said>(?:\b(?:at least|no less than|less than|under|below|more than|over)\s+)?"
                      r"(?P<figure>\d+(?:\.\d+)?)\s*(?:%|percent\b))", re.I)


def _compared_figure(text: str) -> re.Match | None:
    """The first percentage `text` states with a comparison ("less than 50%"), not a bare result ("a 21% reduction")."""
    return next((m for m in _PERCENT.finditer(text) if not m.group("said")[:1].isdigit()), None)


def criterion_number(row: Any) -> str | None:
    """The plan's number a payer_criteria row's words start with: "3.2" of "3.2(a) A decrease ...", "4" of
    "Criterion 4: ..."; None without one."""
    m = _ROW_NUMBER.match(str(row.get("criterion") or "")) if isinstance(row, dict) else None
    return m.group(1) if m else None


def alternative_of_own_criterion(data: dict) -> list[int]:
    """The payer_criteria rows (from 1) given `instead_of` that are one of a criterion's own lettered alternatives
    ("(b) ..." where the policy says "2. Either (a) ... or (b) ..."), with no number of their own: such a row meets
    its criterion, which the letter says already (any one alternative is enough), and replaces nothing. Letters set
    65, case 05: "Criterion , in place of criterion 2" for (b), which is a part of criterion 2."""
    alternatives = criteria_alternatives(data)
    lettered = {i for found in alternatives["rows"].values() for i in found} if alternatives else set()
    criteria = get_path(data, "payer_criteria")
    return [i for i, row in enumerate(criteria if isinstance(criteria, list) else [], start=1)
            if i in lettered and isinstance(row, dict) and row.get("instead_of") not in (None, "")
            and not criterion_number(row)]


def criteria_instead(data: dict) -> list[dict[str, Any]]:
    """The payer_criteria rows that stand in for another criterion of the plan's (`instead_of: 2`: the policy lets
    this one replace criterion 2, "or 3. ..., in which case ECT may start without criterion 2"): [{row (from 1),
    number (the row's own, "3"), instead_of ("2"), replaced [the rows numbered instead_of], met (the row's `met`),
    how_met, where (set by render), criterion}]. A criterion whose alternative is met is met: a row for it marked
    `met: false` never makes the letter say a criterion is unmet (set 16, case 05)."""
    from appeal_kit.letter.arguments import _flag

    criteria = get_path(data, "payer_criteria")
    rows = [r if isinstance(r, dict) else {} for r in (criteria if isinstance(criteria, list) else [])]
    numbers = [criterion_number(r) for r in rows]
    out = []
    for i, row in enumerate(rows, start=1):
        other = str(row.get("instead_of") or "").strip().lower().removeprefix("criterion").strip()
        # (a lettered part of the very criterion it is said to replace, "2(b)" instead of 2, is one of its own
        # alternatives: never "criterion 2 take the place of criterion 2", letters set 77, case 07)
        if not other or other == numbers[i - 1] or i in alternative_of_own_criterion(data):
            continue
        out.append({"row": i, "number": numbers[i - 1] or "", "instead_of": other,
                    "replaced": [k for k, n in enumerate(numbers, start=1) if n == other and k != i],
                    "met": _flag(row.get("met")), "how_met": " ".join(str(row.get("how_met") or "").split()),
                    "criterion": " ".join(str(row.get("criterion") or "").split())})
    return out


def criteria_beside(data: dict) -> set[int]:
    """The payer_criteria rows (from 1) that do not decide whether the plan's criteria are met: the rows of a lettered
    alternative not met where another is met (criteria_alternatives), a criterion replaced by a met row
    (`instead_of`), and a row standing in for a criterion that is met (set 16, case 05)."""
    from appeal_kit.letter.arguments import _flag

    criteria = [c for c in get_path(data, "payer_criteria") or [] if isinstance(c, dict)]
    either = criteria_alternatives(data)
    beside = {i for label, rows in (either or {}).get("rows", {}).items() for i in rows
              if either and either["met"] and label not in either["met"]}
    for c in criteria_instead(data):
        replaced = [_flag(criteria[k - 1].get("met")) for k in c["replaced"] if k <= len(criteria)]
        if c["met"] is True:
            beside |= set(c["replaced"])
        elif replaced and all(m is True for m in replaced):
            beside.add(c["row"])
    return beside


# the words a row conceding its criterion opens with, which the letter says in its own ("not met as written: ...")
_CONCEDED_OPENING = re.compile(r"^\s*(?:criterion\s+)?not\s+met(?:\s+as\s+written)?\s*[:;,.-]*\s*", re.I)


def criteria_conceded(data: dict) -> list[dict[str, Any]]:
    """The plan's criteria the case concedes unmet (payer_criteria `met: false`, no met row in their place), each
    {row (from 1), number ("2", or ""), criterion, shown (the row's how_met without its opening "not met as written:"),
    ground (the row's `exception_ground`: why the criterion cannot apply to this patient, and what was tried in its
    place)}. The letter asks for what is left, an exception on an individual medical review, never an approval under
    the criterion it concedes (letters set 73, case 07: UM-KET-5 criterion 2, antidepressants avoided since a switch
    into hypomania)."""
    from appeal_kit.letter.arguments import _flag

    criteria = get_path(data, "payer_criteria")
    beside = criteria_beside(data)
    return [{"row": i, "number": criterion_number(row) or "",
             "criterion": " ".join(str(row.get("criterion") or "").split()),
             "shown": _CONCEDED_OPENING.sub("", " ".join(str(row.get("how_met") or "").split())).rstrip(". "),
             "ground": " ".join(str(row.get("exception_ground") or "").split()).rstrip(". ")}
            for i, row in enumerate(criteria if isinstance(criteria, list) else [], start=1)
            if isinstance(row, dict) and i not in beside and _flag(row.get("met")) is False]


def conceded_said(data: dict) -> dict[str, Any] | None:
    """The criteria conceded unmet (criteria_conceded) as the letter names them: {rows, named ("criterion 2",
    "criteria 2 and 3", else "the criterion marked not met in the table above"), numbered (each has its number),
    others_met (every other row is marked met)}; None without one."""
    from appeal_kit.letter.arguments import _flag

    rows = criteria_conceded(data)
    if not rows:
        return None
    numbers = [c["number"] for c in rows]
    said = ((f"criterion {numbers[0]}" if len(rows) == 1 else f"criteria {join_and(numbers)}") if all(numbers)
             else "the criterion marked not met in the table above" if len(rows) == 1
             else "the criteria marked not met in the table above")
    conceded = {c["row"] for c in rows}
    criteria = get_path(data, "payer_criteria") or []
    others = [_flag(r.get("met")) for i, r in enumerate(criteria, start=1) if isinstance(r, dict) and i not in conceded
              and i not in criteria_beside(data)]
    return {"rows": [{**c, "words": _ROW_OPENING.sub("", c["criterion"])} for c in rows], "named": said,
            "numbered": all(numbers),
            "others_met": bool(others) and all(m is True for m in others)}


# a criterion's own number before its words ("2. Failure of ...", "Criterion 3: ...")
_ROW_OPENING = re.compile(r"^\s*(?:criterion\s+)?\d+(?:\.\d+)*\s*[.:)]?\s*", re.I)


# a sentence that refers to the plan's criteria, items or requirements by number ("criterion 2", "items 1 and 3", "#3")
_NAMES_CRITERIA = re.compile(r"\bcriteri(?:on|a)\b|\bitems?\b|\brequirements?\b|#\s*\d", re.I)
# a number followed by a unit is a count or a dose, not a criterion's number ("3 weeks", "100 mg", "2 trials"), nor
# is one joined to a word ("the 1-month injection": letters set 71, case 02, criterion 1 read from a drug's name)
_NOT_A_COUNT = (r"(?!-[a-z])(?!\s*(?:weeks?|days?|months?|years?|mg|mcg|ml|hours?|sessions?|visits?|trials?|times?|"
                r"doses?|units?|%|percent)\b)")


def _asks_for(text: str) -> str:
    """A criterion's words after its number, as "which asks for ..." says them: an alternative's own connector is no
    part of it ("3. Or: catatonia ...": set 42, case 06), nor a leading "for", which the sentence gives ("3. For a
    repeat acute course: ...": set 50, case 08, "asks for for")."""
    words = re.sub(r"^(?:(?:or|and|either)\b[\s:,-]*)?(?:for\s+)?", "", text.strip(" :.-"), flags=re.I)
    return " ".join((words[:1].lower() + words[1:]).split())


# a criterion's words that are a clause of their own ("The member is 16 years of age or older"), which "which asks for
# ..." cannot take (letters set 51, case 04: "which asks for the member is 16 years of age or older")
_CLAUSE = re.compile(r"^(?:the|a|an|each|every|all|no)\s+(?:[\w-]+\s+){0,4}?(?:is|are|has|have|had|was|were|must|will|"
                     r"can|does|did|shows?|meets?)\b", re.I)
# a decision's sentence that states what a criterion requires ("Criterion 1: the member must be 18 years of age or
# older"), as against one that gives its finding ("only one trial of 4 weeks")
_STATES_REQUIREMENT = re.compile(r"\b(?:must|requires?|required|at\s+least|or\s+older|or\s+younger|or\s+more|"
                                 r"or\s+fewer|no\s+(?:more|fewer|less)\s+than)\b", re.I)
_DATE_LIKE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b")


def _stated_otherwise(said: str, named: str, own: str) -> str:
    """The decision's sentence that states a criterion's requirement with figures its own words (`own`, the row and
    the quoted policy's sentence for it) do not hold: the decision applied other words under that number (another
    version's: letters set 51, case 04, "Criterion 1: the member must be 18 years of age or older" against
    RX-MOUD-2's "16 years"); "" when it states none or its figures are the criterion's."""
    if not _STATES_REQUIREMENT.search(said):
        return ""
    # the words after the criterion's number, its figures only: never a policy's identifier ("PM-318") nor a date
    at = re.search(named, said, re.I)
    rest = _DATE_LIKE.sub(" ", said[at.end():] if at else said)
    figure = r"(?<![\w./-])\d+(?:\.\d+)?(?![\w/-])"
    figures = set(re.findall(figure, rest))
    theirs = set(re.findall(figure, _DATE_LIKE.sub(" ", own)))
    return said.strip() if figures and not figures & theirs else ""


# a sentence of the decision that names one of the policy's exclusions by number ("Exclusion 4: active substance use
# disorder")
_NAMES_EXCLUSION = re.compile(r"\bexclusions?\s+(\d+)\b", re.I)
# a criteria row that is one of the policy's own exclusions ("Exclusion 4. Active substance use disorder"): a condition
# of the member's the policy excludes, answered in the table like a criterion, not a list of excluded treatments
# "Exclusion 4. Active substance use disorder", and "4 (exclusion). Concurrent anticonvulsant therapy ..." (letters
# set 77, case 08)
_EXCLUSION_ROW = re.compile(r"^\s*(?:exclusion\s+(\d+)\b|(\d+)\s*[.:]?\s*\(exclusion\)|exclusions?\s*:)", re.I)


def exclusion_rows(data: dict) -> dict[str, dict[str, Any]]:
    """The payer_criteria rows that are the policy's own exclusions, by number: {"4": {row (from 1), met, condition}}
    (`met: true`: the record shows the excluded condition absent); an exclusion row with no number ("Exclusion: current
    psychotic features ...": letters set 89, case 08) by its row, "row5". `condition`: the row's words after its
    label, which a decision's clause excluding the treatment for that condition is matched to."""
    from appeal_kit.letter.arguments import _flag

    criteria = get_path(data, "payer_criteria")
    out = {}
    for i, row in enumerate(criteria if isinstance(criteria, list) else [], start=1):
        text = str(row.get("criterion") or "") if isinstance(row, dict) else ""
        found = _EXCLUSION_ROW.match(text)
        if found and isinstance(row, dict):
            out[found.group(1) or found.group(2) or f"row{i}"] = {"row": i, "met": _flag(row.get("met")) is True,
                                                                  "condition": text[found.end():]}
    return out


def denial_passages(data: dict) -> list[str]:
    """The decision's words (the latest decision's, else claim.denial_reason) cut where a sentence names a criterion
    or an exclusion by number: each passage is that sentence and the ones after it that name none ("Criterion 2: only
    one antidepressant trial ...; duloxetine is ongoing and has not failed."). A statement of the decision answers
    the criterion or the exclusion of its own passage only (letters set 71, case 08: the remission that answers
    Exclusion 4 was said to meet criterion 2)."""
    words = " ".join(str(appeal_stage(data)["latest_reason"] or get_path(data, "claim.denial_reason") or "").split())
    out: list[str] = []
    for sentence in re.split(r"(?<=[.;])\s+", words) if words else []:
        if names_by_number(sentence) or not out:
            out.append(sentence)
        else:
            out[-1] += " " + sentence
    return out


def names_by_number(passage: str) -> bool:
    """The words name a criterion or an exclusion by its number ("Criterion 2: ...", "Exclusion 4: ...")."""
    return bool(_NAMES_EXCLUSION.search(passage) or (_NAMES_CRITERIA.search(passage) and re.search(r"\d", passage)))


def passage_of(passages: list[str], said: Any) -> str | None:
    """The passage of the decision's words that holds `said` (a correction's quoted words), None where none does."""
    quoted = " ".join(str(said or "").split()).rstrip(".")
    return next((p for p in passages if quoted and quoted.lower() in p.lower()), None)


def exclusion_answered(data: dict, said: Any) -> dict[str, Any] | None:
    """The policy's exclusion the decision's statement `said` gives as its ground, where the criteria table answers
    that exclusion as absent (an exclusion row marked met): {number, row (from 1)}, {"number": "4", ...} for "active
    substance use disorder" under "Exclusion 4: ..." (letters set 71, case 08); None otherwise."""
    passage = passage_of(denial_passages(data), said)
    named = _NAMES_EXCLUSION.search(passage) if passage else None
    row = exclusion_rows(data).get(named.group(1)) if named else None
    return {"number": named.group(1), "row": row["row"]} if named and row and row["met"] else None


def denied_criteria_met(data: dict) -> list[dict[str, Any]]:
    """The plan's criteria the denial's own words (the latest decision's, else claim.denial_reason) name by number as
    not met, whose payer_criteria row the case marks `met: true`: [{number, row (from 1), criterion, how_met,
    evidence, applied (the threshold the denial's words give, "less than 50%"), asks (the criterion's own, "at least
    25%"), or both ""}]. `applied` is given only where the denial's figure is not one the criterion or the quoted
    policy states for it. The winning argument is then said in words, not left to a table row (set 10, case 01:
    the decision applied "less than 50%", policy BH-412 4.2 asks "at least 25%", and the record shows 31.8%)."""
    words = " ".join(str(appeal_stage(data)["latest_reason"] or get_path(data, "claim.denial_reason") or "").split())
    criteria = get_path(data, "payer_criteria")
    if not words or not isinstance(criteria, list) or not re.search(r"\bcriteri(?:on|a)\b", words, re.I):
        return []
    # a Medicare Advantage case whose rows are Medicare's own rule (medicare_coverage, the table's caption): a number
    # the denial gives is its own policy's criterion, another list, unless it names that rule (letters set 34, case
    # 01: the plan's four-trial criterion 2 "met" by the LCD's two-trial criterion 2)
    rule = get_path(data, "medicare_coverage")
    number = " ".join(str(rule.get("number") or "").split()).lower() if isinstance(rule, dict) else ""
    if isinstance(rule, dict) and not is_blank(rule) and get_path(data, "claim.plan_type") != "medicare":
        if not (number and number in words.lower()):
            return []
    # rows that are not the quoted policy's own (another version's, another document's): the number the denial gives
    # is a criterion of the policy it applied, not of these rows (letters set 48, case 08: the 2025 version's two-trial
    # criterion 2 "met" against the revision's four-trial criterion 2 the decision found unmet)
    elif not criteria_from_policy(data):
        return []
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    passages = denial_passages(data)
    out = []
    for i, row in enumerate(criteria, start=1):
        if not isinstance(row, dict) or str(row.get("met")).strip().lower() not in ("true", "yes"):
            continue
        found = _ROW_NUMBER.match(str(row.get("criterion") or ""))
        lettered = None if found else _ROW_LETTER.match(str(row.get("criterion") or ""))
        if not (found or lettered) or is_blank(row.get("how_met")):
            continue
        if lettered:
            # a row numbered by its letter alone ("(b) at least 3 months ..."), named as "criterion (b)" (letters set
            # 46, case 07: "retreatment criterion (b)" never concluded met, the summary left generic)
            letter = lettered.group(1).lower()
            said = next((s for s in re.split(r"(?<=[.;])\s+", words) if not _NOT_FOUND_UNMET.search(s)
                         and re.search(rf"\bcriteri(?:on|a)\s+(?:\([a-z]\)\s*(?:,|and|or)\s*)*\({letter}\)", s,
                                       re.I)), None)
            if said is None:
                continue
            out.append({"number": f"({letter})", "row": i, "passage": passage_of(passages, said),
                        "criterion": " ".join(str(row["criterion"]).split()),
                        "asks_for": _asks_for(str(row["criterion"])[lettered.end():]), "reads": "", "stated": "",
                        "how_met": " ".join(str(row["how_met"]).split()), "evidence": row.get("evidence"),
                        "applied": "", "asks": ""})
            continue
        assert found is not None
        # a row with a lettered part ("2(a)") is named only by that part ("2(c)" does not name 2(a)); a row without
        # one is named by its number with or without a part
        part = found.group(2) or found.group(3)
        # a policy's identifier ending in the number ("guideline BH-RTC-4") names no criterion 4 (letters set 33, 08)
        named = rf"(?<![\d.])(?<![A-Za-z]-){re.escape(found.group(1))}" + (
            rf"\s*(?:\({re.escape(part)}\)|{re.escape(part)}\b)" if part else r"(?![\d]|\.\d)") + _NOT_A_COUNT
        # a sentence that names criteria by number: a count in another ("fluoxetine for 3 weeks") names none (letters
        # set 27, case 08: criterion 3 said to be the decision's, which never named it)
        finding = [s for s in re.split(r"(?<=[.;])\s+", words) if not _NOT_FOUND_UNMET.search(s)
                   and _NAMES_CRITERIA.search(s)]
        said = next((s for s in finding if re.search(named, s, re.I)), None)
        if said is None:
            continue
        number = f"{found.group(1)}({part.lower()})" if part else found.group(1)
        # the denial's sentence that names the criterion (said), and the policy's own words for it (its row, and the
        # quoted policy's sentence that starts with its number)
        after = words[words.find(said) + len(said):]
        # the figure a decision measured against is one it states with a comparison ("less than 50%"); a bare figure
        # is a result it found ("which is a 21% reduction": letters set 24, case 02)
        applied = _compared_figure(said) or _compared_figure(after)
        own = " ".join([str(row.get("criterion") or ""), *(s for s in re.split(r"(?<=[.;])\s+", quote)
                                                           if s.lstrip().startswith(number))])
        figures = {m.group("figure") for m in _PERCENT.finditer(own)}
        asks = _PERCENT.search(own)
        mismatch = bool(applied and figures and applied.group("figure") not in figures)
        own_words = str(row["criterion"])[found.end():]
        out.append({"number": number, "row": i, "passage": passage_of(passages, said),
                    "criterion": " ".join(str(row["criterion"]).split()),
                    "asks_for": _asks_for(own_words),
                    # the criterion's words as a clause, quoted ("which reads: ..."), where "asks for" cannot take them
                    "reads": " ".join(own_words.strip(" :.-").split()) if _CLAUSE.match(own_words.strip(" :.-"))
                    else "",
                    # the decision's own sentence stating other words under this number (another version's)
                    "stated": "" if applied else _stated_otherwise(said, named, own),
                    "how_met": " ".join(str(row["how_met"]).split()), "evidence": row.get("evidence"),
                    "applied": applied.group("said") if mismatch and applied else "",
                    "asks": asks.group("said") if mismatch and asks else ""})
    return out


# the denial's (or the latest decision's) own words giving the patient's improvement as its reason: "because your
# symptoms have improved", "due to improvement"; never a shortfall of improvement ("improvement ... is less than 50%")
_IMPROVED = re.compile(r"\b(?:because|since|as|due to|given)\b[^.;]*?\b(?:(?<!not )(?<!no longer )ha(?:ve|s|d) "
                       r"improved|(?<!no )(?<!insufficient )(?<!inadequate )(?<!limited )improvement)\b", re.I)
RESPONSE_LEVELS = ("none", "partial", "response", "remission")


# a decision's words that give the patient's state after the care as its reason ("The member is in remission (MADRS 8
# on 10/20/2026)", "has responded to the acute course"), and a criterion's words that ask for that state, unnegated
# ("(a) response or remission with the acute course", never "no response to two antidepressants")
_STATE_GIVEN = re.compile(r"\b(?:is|are|was|were|has\s+been|remains)\s+(?:now\s+)?in\s+(?P<remission>remission)\b|"
                          r"\bha(?:s|ve)\s+(?:(?P<remitted>remitted)|responded)\b", re.I)
_STATE_ASKED = {"remission": re.compile(r"\bremi(?:ssion|tted)\b", re.I),
                "response": re.compile(r"\brespon(?:se|ded)\b", re.I)}
_STATE_NEGATED = re.compile(r"\b(?:no|not|without|fail\w*|inadequate|partial|insufficient|lack\w*)\s+(?:[\w-]+\s+)"
                            r"{0,3}?(?:to\s+)?(?:respon|remi)", re.I)
_ROW_NUMBER_LABEL = re.compile(r"^\s*(?:criterion\s+)?(?:\d+(?:\.\d+)*|\([a-z]\))[.:)]?\s+", re.I)


def reason_is_criterion(data: dict) -> list[dict[str, Any]]:
    """The latest decision's (else the denial's) sentences that give as its reason the patient's state after the care,
    remission or a response, where a payer_criteria row marked met asks for that very state: the letter says the
    reason is the policy's own criterion as written, met, never a reason to deny (letters set 87, case 08:
    continuation ECT denied because "The member is in remission", which MP-ECT-C4's criterion (a) asks for). Each
    {words, label ("(a)", "2"), asks (the criterion's words without its label), how_met, evidence, row (from 1)}."""
    criteria = get_path(data, "payer_criteria")
    out = []
    for sentence in re.split(r"(?<=[.;])\s+", latest_reason_words(data)):
        found = _STATE_GIVEN.search(sentence)
        if not found:
            continue
        state = "remission" if found.group("remission") or found.group("remitted") else "response"
        for i, row in enumerate(criteria if isinstance(criteria, list) else [], start=1):
            text = " ".join(str(row.get("criterion") or "").split()) if isinstance(row, dict) else ""
            if not text or row.get("met") is not True or not _STATE_ASKED[state].search(text) \
                    or _STATE_NEGATED.search(text):
                continue
            letter = _ROW_LETTER.match(text)
            label = criterion_number(row) or (f"({letter.group(1).lower()})" if letter else "")
            out.append({"words": sentence.strip().rstrip("."), "label": label, "row": i,
                        "asks": _ROW_NUMBER_LABEL.sub("", text, count=1).strip().rstrip("."),
                        "how_met": " ".join(str(row.get("how_met") or "").split()).rstrip("."),
                        "evidence": row.get("evidence")})
            break
    return out


def cites_improvement(data: dict) -> bool:
    """The latest decision's words, else the denial's, give the patient's improvement as the reason to stop or cut
    the care (set 10, case 05: "further ECT is not medically necessary because your symptoms have improved")."""
    words = " ".join(str(appeal_stage(data)["latest_reason"] or get_path(data, "claim.denial_reason") or "").split())
    return bool(_IMPROVED.search(words))


# A decision that finds the prescriber's plan missing from the records: "does not show ... a plan to reduce the
# frequency of treatment", "no treatment plan", "lacks a taper plan" (a plan to reduce, taper, stop or discharge,
# or a treatment plan; "plan" alone is the insurer)
_PLAN_MISSING = re.compile(r"\b(?:no|not|without|lacks?|lacking|absence of|missing)\b[^.;]{0,80}?\b(?P<plan>(?:an? )?"
                           r"(?:(?:treatment|care|taper(?:ing)?|discharge|weaning)\s+plan|plan\s+(?:to|for)\s+"
                           r"(?:reduc|taper|stop|wean|decreas|discontinu|end|discharg|spac)[^.;]{0,60}))", re.I)


def plan_asked_for(data: dict) -> str | None:
    """The words of the latest decision (else the denial) that find the prescriber's plan missing ("a plan to reduce
    the frequency of treatment"), or None (letters set 18, case 06: maintenance ECT denied for want of a taper plan the
    case held in treatment.plan, and the letter never said it)."""
    words = " ".join(str(appeal_stage(data)["latest_reason"] or get_path(data, "claim.denial_reason") or "").split())
    found = _PLAN_MISSING.search(words)
    return found.group("plan").strip().rstrip(",") if found else None


# The conditions a plan's exception provision (plan_policy.exception) turns on that a case can hold the facts of:
# a course already in progress, the attending (treating) clinician's documentation, the added care's necessity
# (letters set 18, case 04: "when the attending physician documents that additional services are medically
# necessary to complete a course of treatment in progress", quoted and only asked for). unused.py marks them, so a
# letter that quotes the provision and states none of them in its own words is told it never applied it.
EXCEPTION_CONDITIONS = (
    ("course", re.compile(r"\bcourse(?: of (?:treatment|therapy|care))?\b[^.;]{0,20}?\b(?:in progress|under ?way|"
                          r"already (?:begun|started))\b|\bcomplete (?:a|the) (?:course|series)\b", re.I)),
    ("clinician", re.compile(r"\b(?:attending|treating)\s+(?:physician|clinician|provider|psychiatrist|practitioner|"
                             r"doctor)\b", re.I)),
    ("necessity", re.compile(r"\bmedically necessary\b|\bmedical necessity\b", re.I)),
)


def exception_conditions(text: str) -> list[str]:
    """The conditions of EXCEPTION_CONDITIONS that `text` names ("course", "clinician", "necessity"), in that order."""
    words = " ".join(str(text or "").split())
    return [key for key, pattern in EXCEPTION_CONDITIONS if pattern.search(words)]


def exception_met(data: dict, standing: dict[str, Any] | None = None) -> list[dict[str, str]]:
    """Each condition the plan's exception provision (plan_policy.exception) names, with the case's answer to it, or
    [] when the case answers none ("" where it holds no answer): a course in progress (the course went beyond the limit
    applied, plan_policy.limit, and the prescriber's plan, treatment.plan); the attending clinician's documentation
    (the author is the treating clinician, author_standing); the added care's necessity (the scores before and after,
    clinical.response). Original Medicare has no plan and no exception provision."""
    if get_path(data, "claim.plan_type") == "medicare" or is_blank(get_path(data, "plan_policy.exception")):
        return []
    standing = standing if standing is not None else author_standing(data, date.today())  # its kind, not the day's
    limit = benefit_limit(data)
    plan = " ".join(str(get_path(data, "treatment.plan") or "").split()).rstrip(".")
    response = " ".join(str(get_path(data, "clinical.response") or "").split()).rstrip(".")
    course = ""
    if limit["course"] and limit["applied"] and limit["course"] > limit["applied"]:
        course = (f"the course was under way when it reached the {limit['applied']} {limit['unit']} the limit covers, "
                  f"and went on to {limit['course']}")
        course += f", as the treating clinician had planned it: {lower_first(plan)}" if plan else ""
    elif plan:
        course = f"the treatments asked for are part of the course the treating clinician planned: {lower_first(plan)}"
    answers = {
        "course": course,
        "clinician": (f"the attending clinician's documentation it asks for is this letter, written by the "
                      f"{standing['as']}"
                      if standing.get("kind") == "clinician" and standing.get("as") else ""),
        "necessity": ("the scores recorded over the course show that the care beyond the limit was medically "
                      f"necessary: {lower_first(response)}"
                      if response else ""),
    }
    named = exception_conditions(get_path(data, "plan_policy.exception"))
    out = [{"key": key, "answer": answers[key]} for key in named]
    return out if any(c["answer"] for c in out) else []


# A decision that questions care already under way rather than the treatment itself: "the need for continued
# electroconvulsive therapy", "further infusions are not medically necessary", "maintenance treatment" (a word of
# continuing followed within a few words by the care it continues; "further information" is paperwork)
_CONTINUED = re.compile(r"\b(?:continued|continuing|continuation of|ongoing|further|maintenance)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:therap(?:y|ies)|treatments?|care|services?|stays?|sessions?|infusions?|ECT|TMS|"
                        r"hospitali[sz]ation|admission|visits?|courses?)\b", re.I)


def continuation_questioned(data: dict) -> bool:
    """The latest decision (else the denial) questions going on with care already under way (maintenance, a further
    course, a stay's continuation, a plan to reduce it, the patient's improvement), not whether the treatment is
    needed at all: the failed trials that led to it and "prescribed by the treating clinician for a documented
    diagnosis" do not answer it (letters set 18, cases 03 and 06: maintenance ECT denied for want of a relapse risk and
    a taper plan, answered "has failed two adequate antidepressant trials, so ... is medically necessary")."""
    words = " ".join(str(appeal_stage(data)["latest_reason"] or get_path(data, "claim.denial_reason") or "").split())
    return bool(_CONTINUED.search(words)) or plan_asked_for(data) is not None or cites_improvement(data)


# What a decision says the records do not show, besides the prescriber's plan (_PLAN_MISSING): the words that say it
# is missing ("does not show", "no documentation of", "lacks") and, in the rest of that sentence, each gap by name
_NOT_SHOWN = re.compile(r"(?:\b(?:does|do|did) not (?:show|document|demonstrate|support|include|indicate|address|"
                        r"describe)|\bno (?:documentation|evidence|record) of|\bnot (?:documented|shown|demonstrated)|"
                        r"\b(?:lacks?|lacking|without|missing|absence of|fails? to (?:show|document|demonstrate)))\b"
                        r"(?P<rest>[^.;]*)", re.I)
# each gap a case field answers: its words in the decision, and the field (letters set 18, case 06: "does not show the
# risk of relapse or a plan to reduce the frequency of treatment", with the relapse in impact.relapse and the plan in
# treatment.plan, answered by neither name)
DOCUMENTATION_GAPS = (
    ("relapse", "impact.relapse", re.compile(r"\b(?:the |a )?(?:risk|likelihood|history|danger|chance) of (?:a )?"
                                             r"relapse\b|\b(?:the |a )?relapse (?:risk|history)\b", re.I)),
    ("response", "clinical.response", re.compile(
        r"\b(?:the |any )?(?:progress|improvement|response to (?:the )?(?:treatment|therapy)|severity over time|"
        r"change in (?:symptoms|severity|scores)|(?:objective|standardi[sz]ed) (?:measures?|scores?|rating scales?))"
        r"(?: (?:on|in|by) (?:the )?(?:[\w-]+ ){0,2}(?:measures?|scores?|scales?))?\b", re.I)),
)


def gaps_named(data: dict) -> list[dict[str, str]]:
    """What the latest decision (else the denial) says the records do not show, each gap a case field answers:
    `key` ("plan", "relapse", "response"), `words` (the decision's own), `field` (where the case holds the answer),
    in the decision's order."""
    words = " ".join(str(appeal_stage(data)["latest_reason"] or get_path(data, "claim.denial_reason") or "").split())
    found: list[tuple[int, dict[str, str]]] = []
    plan = _PLAN_MISSING.search(words)
    if plan:
        found.append((plan.start("plan"), {"key": "plan", "words": plan_asked_for(data) or "",
                                           "field": "treatment.plan"}))
    for missing in _NOT_SHOWN.finditer(words):
        for key, field, pattern in DOCUMENTATION_GAPS:
            gap = pattern.search(missing.group("rest"))
            if gap and key not in {f["key"] for _, f in found}:
                found.append((missing.start("rest") + gap.start(), {"key": key, "words": gap.group(0).strip(),
                                                                     "field": field}))
    return [f for _, f in sorted(found, key=lambda pair: pair[0])]


# The order-of-benefits rules a plan's quoted terms state (plan_policy.quote), each applied only to what the case
# holds: the plan covering the person as employee, member or subscriber pays before one covering the person as a
# dependent (the NAIC model's first rule, as most plans write it); and a plan that coordinates only with other
# coverage in force on the date of service
_SUBSCRIBER_FIRST = re.compile(r"\b(?:employee|member|subscriber|policyholder)\b[^.;]{0,120}?\b(?:pays?|is primary)\b"
                               r"[^.;]{0,40}?\b(?:before|first|ahead of)\b[^.;]{0,80}?\bdependent\b", re.I)
_IN_FORCE_ONLY = re.compile(r"\bonly (?:with )?(?:other )?coverage (?:that (?:is|was) )?in (?:force|effect)\b|"
                            r"\bcoordinat\w*\b[^.;]{0,60}\bonly\b[^.;]{0,60}\bin (?:force|effect)\b", re.I)
_DEPENDENT = re.compile(r"\b(?:dependent|spouse|husband|wife|partner|child|son|daughter|family member)\b", re.I)
# the birthday rule for a dependent child of two parents, each covering the child (NAIC's model order of benefits):
# the plan of the parent whose birthday comes first in the calendar year pays first, the year of birth not counted
# terms by which the primary plan does not wait for the other plan's explanation of benefits (its "14.7")
_NO_WAIT = re.compile(r"\b(?:deny|delay)\b[^.;]{0,80}?\bwait\b[^.;]{0,60}?\bother (?:plan|coverage|carrier)", re.I)
_BIRTHDAY_FIRST = re.compile(
    r"\bbirthday\b[^.;]{0,80}?\b(?:earlier|earliest|first)\b[^.;]{0,40}?\b(?:calendar )?year\b", re.I)
# a plan's own words that it pays second ("This plan is secondary", "we pay second", "the other plan is primary")
_SAYS_SECOND = re.compile(r"\b(?:this plan|we|our plan)\s+(?:is|are|will be|pays?)\s+(?:the\s+)?(?:secondary|second)\b|"
                          r"\b(?:this plan|we)\s+(?:is|are)\s+not\s+(?:the\s+)?primary\b|"
                          r"\bthe other (?:parent's )?(?:plan|coverage)\s+is\s+(?:the\s+)?primary\b", re.I)
_SUBSCRIBER = re.compile(r"\b(?:subscriber|employee|member|policyholder|retiree|insured)\b", re.I)
# the court-decree rule for a child of separated parents: the plan of the parent a court decree makes responsible for
# the child's health care coverage or expenses pays first (set 84, case 01: an SPD's section 11.3(a))
_DECREE_FIRST = re.compile(r"\bcourt\s+(?:decree|order)\b[^.;]{0,160}?\bresponsible\b[^.]{0,240}?\b(?:is primary|pays? "
                           r"first|primary)\b", re.I)


# the plan's own working-aged rule (plan_policy.quote): a member actively at work, covered as an employee (or the
# spouse of one) and entitled to Medicare, is paid first by the plan and second by Medicare (set 19, case 05: an SPD's
# 11.4(a) quoted and never applied)
_ACTIVE_FIRST = re.compile(r"\bactive(?:ly at work| employee| employment|ly employed)\b[^.;]{0,200}?\bMedicare\b"
                           r"[^.;]{0,160}?\b(?:(?:this |the )?plan (?:pays|is) (?:\w+ ){0,2}(?:first|primary)|"
                           r"Medicare (?:pays|is) "
                           r"(?:second|secondary))", re.I)
_SPOUSE = re.compile(r"\bspouse\b", re.I)
# the plan's own rule for a member with Medicare Part A only: it pays first for what Part A does not cover ("If you
# have Medicare Part A only, we are the primary payer for covered services that Medicare Part A does not cover";
# letters set 74, case 04: an FEHB annuitant never enrolled in Part B, the carrier's record said Parts A and B)
_PART_A_ONLY = re.compile(r"\bPart A only\b[^.;]{0,120}?\b(?:primary|pays? first)\b", re.I)
_PART_A, _PART_B = re.compile(r"\bPart A\b", re.I), re.compile(r"\bPart B\b", re.I)
# how this plan covers the patient through current employment (other_coverage.current_employment)
_EMPLOYMENT = {"member": "member", "self": "member", "own": "member", "employee": "member", "patient": "member",
               "spouse": "spouse", "husband": "spouse", "wife": "spouse"}
# Medicare pays second to the group health plan of an employer of 20 or more employees for a person aged 65 or older
# covered through current employment (42 U.S.C. 1395y(b)(1)(A)(i)-(ii); 42 CFR 411.170(a)(2))
WORKING_AGED_EMPLOYEES, WORKING_AGED_AGE = 20, 65
# plan types that pay after any other coverage by their own law, whatever the other plan's order-of-benefits rules say
# (derived.other_coverage `pays_last`): TRICARE (tricare.mil, "Using Other Health Insurance")
PAYS_AFTER_OTHER_COVERAGE = ("tricare",)


def _covered_as(value: Any) -> str | None:
    """'dependent' or 'subscriber' for how a plan covers the person (other_coverage.member_is, .covered_here_as)."""
    text = str(value or "")
    return "dependent" if _DEPENDENT.search(text) else "subscriber" if _SUBSCRIBER.search(text) else None


def other_coverage(data: dict) -> dict[str, Any]:
    """The other coverage a coordination-of-benefits denial says pays first (case.yaml `other_coverage`), as the
    letter says it: `plan`, `ended` (its end date), `after_end` True when every date of service fell after that end
    (False when one fell on or before it, None when a date is missing), `first` (the first date of service); for care
    not yet given (`pre`), the request's date stands for both (prior_auth.requested_on, else the notice's),
    `reported` (when the member told the plan; None, with `told_elsewhere`, for a day before this plan's coverage
    began, eligibility.start), `proof` (the records: a file or a list), `member_is` and `here`
    ('subscriber' or 'dependent': how the other plan and this one cover the person), and from the plan's quoted
    order-of-benefits terms (plan_policy.quote): `in_force_only` (they coordinate only with coverage in force on the
    date of service) and `subscriber_first` (the plan covering the person as subscriber pays before one covering the
    person as a dependent), and `primary_here` True when that rule makes this plan the first payer on the case's
    facts. Medicare second to current employment (set 19, case 05): `employment` ('member' or 'spouse': this plan
    covers the patient through the patient's own current employment or the spouse's, other_coverage.current_employment),
    `employees` (the employer's, other_coverage.employees), `rule_quoted` (the quoted terms state the plan's own
    working-aged rule: a member actively at work and entitled to Medicare is paid first by the plan), `active_first`
    (that rule reaches this case's employment: the spouse's only when its words name the spouse) and `working_aged`
    (Medicare pays second by law: employment, age 65 or older at the care, 20 or more employees; None while the
    employees or the age are unknown). For Original Medicare and Medicare Advantage, `employment` is how the group
    coverage the denial names covers the patient, and `medicare_first` True when its employer has fewer than 20
    employees and the patient was 65 or older at the care, so Medicare pays first (None while unknown). The birthday
    rule for a child covered as a dependent by both plans (other_coverage.parents: `here` and `other`, each {name,
    born}, the parent through whom this plan and the other plan cover the child): `birthday_first` True when the
    quoted terms state it and the birthday of this plan's parent comes first in the calendar year (False when the
    other's does, None when the terms do not state it, a date is missing or the birthdays fall on one day), and
    `birthdays` ({here, other}: {name, birthday}, "March 9") as the letter says them; `other_second`: the record in
    which the other plan says it pays second (other_coverage.other_says_second); `no_wait`: plan_policy.other_terms say
    the primary plan does not deny or delay a claim to wait for the other plan. Coverage the patient never had
    (other_coverage.never_enrolled, letters set 74, case 04): `never` True, `has` (other_coverage.has: what the patient
    does have instead, "Medicare Part A"), `part_a_only` (the quoted terms state the Part A only rule, and the case is
    it: Part A held, the Part B the record names never enrolled in) and `statement` (the other payer's notice of
    payment, which cannot exist: a Medicare Summary Notice for Medicare). `processed` (other_coverage.processed: the
    other plan's explanation of benefits for this claim): {date, paid (as printed, "$0.00"), quote, files}, None when
    it gives neither amount nor words; `reported_proof`: the records of what the plan was told, without that EOB or
    any record `record_dates` dates after the report; `pays_last`: the plan type pays after all other coverage by its
    own law (PAYS_AFTER_OTHER_COVERAGE), so no quoted order-of-benefits rule makes it the first payer. The court-decree
    rule (other_coverage.decree): `decree` {name, date, sent, quote, files, rule_quoted (the quoted terms state it)}
    and `decree_first` True when they do and the decree makes the parent through whom this plan covers the child
    responsible (False for the other parent, None while unknown)."""
    from appeal_kit.intake.deadlines import as_date_or_none
    from appeal_kit.money import money, parse_money

    rec = get_path(data, "other_coverage")
    rec = rec if isinstance(rec, dict) else {}
    quote = str(get_path(data, "plan_policy.quote") or "")
    ended, reported = as_date_or_none(rec.get("ended")), as_date_or_none(rec.get("reported"))
    # a day before this plan's coverage began (eligibility.start) is no day this plan was told: the family told the
    # state program or the employer then (letters set 47, case 05: a CHIP application's date said "the plan was told")
    began = as_date_or_none(get_path(data, "eligibility.start"))
    told_elsewhere = bool(reported and began and reported < began)
    reported = None if told_elsewhere else reported
    dates = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    asked = None if dates else (as_date_or_none(get_path(data, "prior_auth.requested_on"))
                                or as_date_or_none(get_path(data, "claim.notice_date")))
    member_is, here = _covered_as(rec.get("member_is")), _covered_as(rec.get("covered_here_as"))
    subscriber_first = bool(_SUBSCRIBER_FIRST.search(quote))
    employment = _EMPLOYMENT.get(str(rec.get("current_employment") or "").strip().lower())
    rule = _ACTIVE_FIRST.search(quote)
    # the plan's own rule, for the spouse only when its words reach the spouse of an employee
    active_first = rule is not None and (employment != "spouse" or bool(_SPOUSE.search(rule.group(0))))
    employees = _count(rec.get("employees")) or None
    age = age_at_service(data)
    aged = None if age is None else age >= WORKING_AGED_AGE
    # Medicare pays second by law: covered here through current employment, aged 65 or older at the care, with an
    # employer of 20 or more employees; None while the number of employees or the age is unknown
    working_aged: bool | None = None
    if not employment or aged is False or (employees is not None and employees < WORKING_AGED_EMPLOYEES):
        working_aged = False
    elif employees and aged:
        working_aged = True
    # seen from Medicare's side (Original Medicare, Medicare Advantage): a group plan through current employment with
    # fewer than 20 employees, for a patient 65 or older at the care, is no plan Medicare pays after, so Medicare
    # pays first (letters set 22, case 05: an employer of 12 that the MA plan's notice took for 20 or more)
    medicare_first = None
    if get_path(data, "claim.plan_type") in ("medicare", "medicare_advantage") and employment and aged \
            and employees is not None:
        medicare_first = employees < WORKING_AGED_EMPLOYEES
    # the birthday rule (letters set 24, case 01: the plan's record had the mother's day and month swapped): a child
    # covered as a dependent by both plans, each through a parent whose date of birth the case gives
    parents = rec.get("parents")
    people: dict[str, dict] = {k: v if isinstance(parents, dict) and isinstance(v := parents.get(k), dict) else {}
                               for k in ("here", "other")}
    born = {k: as_date_or_none(p.get("born")) for k, p in people.items()}
    by_birthday = None
    here_born, other_born = born["here"], born["other"]
    pays_last = get_path(data, "claim.plan_type") in PAYS_AFTER_OTHER_COVERAGE
    # the quoted terms state the birthday rule for a child both plans cover as a dependent
    birthday_rule = bool(not pays_last and _BIRTHDAY_FIRST.search(quote) and member_is == "dependent"
                         and here == "dependent")
    if birthday_rule and here_born and other_born:
        first_here, first_other = (here_born.month, here_born.day), (other_born.month, other_born.day)
        by_birthday = None if first_here == first_other else first_here < first_other
    birthdays = {k: {"name": " ".join(str(p.get("name") or "").split()),
                     "birthday": longdate(born[k]).rsplit(",", 1)[0] if born[k] else ""} for k, p in people.items()}
    plan = None if is_blank(rec.get("plan")) else " ".join(str(rec["plan"]).split())
    never = str(rec.get("never_enrolled")).strip().lower() in ("true", "yes")
    # the other plan's own explanation of benefits for this claim, what it paid and why in its words: the record a
    # "submit the other plan's EOB" denial asks for (letters set 84, case 05: the OHI paid $0, PHP excluded)
    dated = {str(r["file"]): as_date_or_none(r.get("date")) for r in get_path(data, "record_dates") or []
             if isinstance(r, dict) and r.get("file")}
    done: dict = rec["processed"] if isinstance(rec.get("processed"), dict) else {}
    eob_files = files_named(done.get("file"))
    processed = {"date": as_date_or_none(done.get("date")),
                 "paid": "" if is_blank(done.get("paid")) else money(parse_money(
                     done["paid"], what="other_coverage.processed.paid")),
                 "quote": "" if is_blank(done.get("quote")) else " ".join(str(done["quote"]).split()),
                 "files": eob_files} if done else None
    # the court decree the quoted rule turns on (other_coverage.decree): {name, date, quote, parent (here: the parent
    # through whom this plan covers the child; other), sent (the day the plan was given it), file}
    order: dict = rec["decree"] if isinstance(rec.get("decree"), dict) else {}
    parent = str(order.get("parent") or "").strip().lower()
    decree = {"name": "" if is_blank(order.get("name")) else " ".join(str(order["name"]).split()),
              "date": as_date_or_none(order.get("date")), "sent": as_date_or_none(order.get("sent")),
              # its words end where the letter's sentence goes on to the exhibit
              "quote": "" if is_blank(order.get("quote")) else " ".join(str(order["quote"]).split()).rstrip("."),
              "files": files_named(order.get("file")), "rule_quoted": bool(_DECREE_FIRST.search(quote))}
    decree_first = None
    if decree["rule_quoted"] and not pays_last and parent in ("here", "other") and (decree["quote"] or decree["files"]):
        decree_first = parent == "here"
    has = "" if is_blank(rec.get("has")) else " ".join(str(rec["has"]).split())
    return {"plan": plan, "never": never, "has": has,
            "part_a_only": bool(never and _PART_A_ONLY.search(quote) and _PART_A.search(has)
                                and _PART_B.search(plan or "") and not _PART_B.search(has)),
            "statement": "Medicare Summary Notice" if re.search(r"\bMedicare\b", plan or "") else
            "explanation of benefits",
            "birthday_first": by_birthday, "birthdays": birthdays,
            "birthday_rule": birthday_rule,
            "no_wait": bool(_NO_WAIT.search(str(get_path(data, "plan_policy.other_terms") or ""))),
            # the record in which the other plan itself says it pays second (its explanation of benefits)
            "other_second": "" if is_blank(rec.get("other_says_second")) else str(rec["other_says_second"]),
            "processed": processed if processed and (processed["paid"] or processed["quote"]) else None,
            # that EOB's own words say the other plan pays second (letters set 92, case 04: "This plan is secondary
            # for this dependent", beside a letter asking this plan to pay second on it)
            "processed_second": bool(processed and _SAYS_SECOND.search(str(processed["quote"]))),
            # a plan that pays after all other coverage by its own law (TRICARE: by law TRICARE pays after all other
            # health insurance but Medicaid and its supplements, tricare.mil "Using Other Health Insurance"): no
            # order-of-benefits rule makes it the first payer (letters set 84, case 05)
            "pays_last": pays_last, "decree": decree, "decree_first": decree_first,
            "ended": ended, "first": min(dates) if dates else asked,
            "after_end": (all(d > ended for d in dates)) if ended and dates else (ended < asked) if ended and asked
            else None,
            # care not yet given: the request (prior_auth.requested_on, else the notice) is the day set against the
            # end (letters set 30, case 04: a pre-service ECT request, the employer plan ended four months before it)
            "pre": not dates and asked is not None,
            # not continued after it ended (no COBRA election): said beside the end, with its record
            "not_continued": str(rec.get("continued")).strip().lower() in ("false", "no"),
            "continued_proof": files_named(rec.get("continued_proof")),
            "reported": reported, "told_elsewhere": told_elsewhere, "proof": files_named(rec.get("proof")),
            # the records of what the plan was told: none dated after it was told, nor the other plan's own EOB (set
            # 84, case 05: an EOB of 10/30 cited for a report of 08/10)
            "reported_proof": [f for f in files_named(rec.get("proof")) if f not in eob_files
                               and not (reported and (later := dated.get(f)) and later > reported)],
            # what the plan was told on that day: that the other coverage had ended, once it had (set 21, case 01)
            "reported_end": bool(ended and reported and reported >= ended),
            # told only after the claim was decided: the first decision cannot have ignored it
            "reported_late": bool(reported) and _after(rec.get("reported"), get_path(data, "claim.notice_date")),
            "member_is": member_is, "here": here,
            "in_force_only": bool(_IN_FORCE_ONLY.search(quote)), "subscriber_first": subscriber_first,
            "primary_here": (here == "subscriber" and member_is == "dependent") if subscriber_first and here
            and member_is and not pays_last else None,
            "employment": employment, "employees": employees,
            "employees_words": f"{employees:,}" if employees else "", "active_first": active_first,
            "rule_quoted": bool(rule),
            "working_aged": working_aged, "medicare_first": medicare_first}


def lower_levels(data: dict) -> list[dict[str, Any]]:
    """The lower levels of care a level-of-care denial named, as the case records them (`alternatives` rows with a
    `level`: {level, name, first_opening, why_not, proof}): each with `first_opening` as a date, `row` (its number
    in `alternatives`), `proof` (its files), `after_first` True when its first opening came after the first date
    denied (so it was not there when the step down was due), `after_all` True when after the last one too (None when
    a date is missing). A row without `level` is another treatment, answered by the alternatives block."""
    from appeal_kit.intake.deadlines import as_date_or_none

    dates = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    out = []
    for row, rec in enumerate(get_path(data, "alternatives") or [], start=1):
        if not isinstance(rec, dict) or is_blank(rec.get("level")):
            continue
        opening = as_date_or_none(rec.get("first_opening"))
        after_first = opening > min(dates) if opening and dates else None
        out.append({"row": row, "level": " ".join(str(rec["level"]).split()),
                    "name": None if is_blank(rec.get("name")) else " ".join(str(rec["name"]).split()),
                    # the clause that gives the first opening is left out only where the letter says the opening
                    # itself (letters set 27, case 02: care still to come, the opening cut from the user's words)
                    "why_not": _beside_opening(rec.get("why_not"), opening if after_first else None),
                    "first_opening": opening, "proof": files_named(rec.get("proof")),
                    "after_first": after_first,
                    "after_all": opening > max(dates) if opening and dates else None})
    return out


def _beside_opening(why_not: Any, opening: date | None) -> str | None:
    """A lower level's `why_not` as the letter adds it after the first opening it states: a clause (between
    semicolons or sentences) that gives the first opening's date again is left out, so the date is said once (set 20,
    case 06: "had no opening until September 21, 2026; Waitlisted on 08/27/2026; first opening 09/21/2026")."""
    from appeal_kit.intake.deadlines import find_dates

    if is_blank(why_not):
        return None
    clauses = [c.strip() for c in re.split(r"(?<=[.;])\s+", str(why_not).strip()) if c.strip()]
    if opening:
        clauses = [c for c in clauses if opening not in {h.value for h in find_dates(c)}]
    kept = " ".join(clauses).strip().rstrip(";").strip()
    return kept or None


# The plan's notice rule for an admission it needs no authorization for: "The Plan must be notified within 48 hours of
# the admission" (set 14, case 05); a later alternative ("or by the end of the next business day if later") only
# widens it, so notice within the hours is within the rule whatever the alternative
# "notified within 48 hours of the admission", "must notify us within 48 hours of the admission" (set 35, case 07)
_NOTICE_HOURS = re.compile(r"\bnotif(?:ied|y)(?:\s+(?:us|the plan))? within (\d+|[a-z]+(?:-[a-z]+)?)(?: \((\d+)\))? "
                           r"hours (?:of|after|from) (?:the )?admission", re.I)


def _moment(value: Any) -> tuple[date | None, datetime | None]:
    """A date, and the date and time when the value gives one too ("2026-10-05 09:15")."""
    from appeal_kit.intake.deadlines import as_date_or_none

    if isinstance(value, datetime):
        return value.date(), value
    text = str(value or "").strip()
    try:
        at = datetime.fromisoformat(text) if len(text) > 10 else None
    except ValueError:
        at = None
    return (at.date() if at else as_date_or_none(value)), at


def _clock(at: datetime | None) -> str:
    """9:15 a.m., as a letter prints a time."""
    return f"{at.hour % 12 or 12}:{at.minute:02d} {'a.m.' if at.hour < 12 else 'p.m.'}" if at else ""


def post_stabilization_request(data: dict) -> dict[str, Any] | None:
    """The provider's request to approve the care after an emergency admission, which the plan never decided
    (prior_auth.requested_on on or after the admission, emergency.admitted or else the first date of care, with
    prior_auth.never_decided): `day` and `time` (prior_auth.notified's, when it is the same day) of the request, or
    None. A plan that does not answer such a request within an hour pays for the care after stabilization (rules.yaml
    post_stabilization_unanswered; set 20, case 08: the request of 10/05 was never answered, and the letter said only
    that the plan had been notified)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    if get_path(data, "prior_auth.never_decided") is not True:
        return None
    asked = as_date_or_none(get_path(data, "prior_auth.requested_on"))
    dates = sorted(d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d)
    admitted = _moment(get_path(data, "emergency.admitted"))[0] or (dates[0] if dates else None)
    if asked is None or admitted is None or asked < admitted or (dates and asked > dates[-1]):
        return None
    day, at = _moment(get_path(data, "prior_auth.notified"))
    return {"day": asked, "time": _clock(at) if day == asked else ""}


# a plan's notice rule counted in business days ("within two business days following the day of the emergency
# admission"): read from the quote only to ask for prior_auth.notice_rule, never to apply it
BUSINESS_DAYS_RULE = re.compile(r"\bbusiness days?\b", re.I)
# a plan's stated consequence of a missed notice that is a penalty, not a denial ("less the $500 penalty")
PENALTY_WORDS = re.compile(r"\bpenalt(?:y|ies)\b|\breduc\w* (?:your |the )?benefits\b", re.I)


def business_notice(data: dict) -> dict[str, Any]:
    """The provider's notice (prior_auth.notified) measured by the plan's notice rule in business days
    (prior_auth.notice_rule: `business_days`, and `from`, the event's day, default the admission's, emergency.admitted),
    counted Monday to Friday without federal holidays (intake.deadlines.add_business_days, the one calendar): `days`,
    `event` ("the admission" or None), `event_day`, `last` (the last day the rule allowed), `day` (the notice's),
    `words` (those three days with their weekdays), `moved` ([{day, name, words}]: the federal holidays in the
    count, each a day the rule did not count) and `in_time` (True
    when notice came on or after the event's day and on or before `last`, False after it, None when a date or the rule
    is missing). Letters set 19, case 06: a hospital's fax on the Tuesday after a Saturday admission, with Monday
    Columbus Day."""
    from appeal_kit.intake.deadlines import add_business_days, as_date_or_none, holiday

    rule = get_path(data, "prior_auth.notice_rule")
    rule = rule if isinstance(rule, dict) else {}
    days = _count(rule.get("business_days")) or None
    start = rule.get("from")
    admission = is_blank(start) or str(start).strip().lower() in ("admission", "the admission")
    event_day = _moment(get_path(data, "emergency.admitted"))[0] if admission else as_date_or_none(start)
    day = _moment(get_path(data, "prior_auth.notified"))[0]
    last = add_business_days(event_day, days, holidays=True) if days and event_day else None
    moved = []
    if last and event_day:
        span = (event_day + timedelta(days=n) for n in range(1, (last - event_day).days + 1))
        moved = [{"day": d, "name": name, "words": _weekday_date(d)} for d in span
                 if d.weekday() < 5 and (name := holiday(d))]
    return {"days": days, "event": "the admission" if admission else None, "event_day": event_day, "last": last,
            "day": day, "moved": moved, "words": {key: _weekday_date(d) for key, d in
                                                  (("event_day", event_day), ("last", last), ("day", day))},
            "in_time": (event_day <= day <= last) if last and day and event_day else None}


def _weekday_date(d: date | None) -> str:
    """'Tuesday, October 13, 2026': a day a business-day count turns on, with its weekday."""
    return f"{d:%A}, {longdate(d)}" if d else ""


def missed_notice(data: dict) -> dict[str, Any]:
    """The plan's own stated consequence of a missed notice (prior_auth.missed_notice): `quote` (its words) and
    `penalty` (what it costs, "$500"), and `given` when both are (set 19, case 06: the brochure's "less the $500
    penalty" beside a denial of all benefits)."""
    rec = get_path(data, "prior_auth.missed_notice")
    rec = rec if isinstance(rec, dict) else {}
    quote = None if is_blank(rec.get("quote")) else " ".join(str(rec["quote"]).split())
    penalty = None if is_blank(rec.get("penalty")) else " ".join(str(rec["penalty"]).split())
    return {"quote": quote, "penalty": penalty, "given": bool(quote and penalty)}


def admission_notice(data: dict) -> dict[str, Any]:
    """The provider's notice of an admission (prior_auth.notified, a date or a date and time) measured by the plan's
    quoted notice rule (plan_policy.quote: "notified within 48 hours of the admission") from the admission
    (emergency.admitted): `day` and `time` of the notice, `admitted_day` and `admitted_time`, `hours` (the rule's),
    `after` (the whole hours between) and `in_time` (True within the rule, False past it, None when the quote states
    no such rule or a time is missing)."""
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    rule = _NOTICE_HOURS.search(quote)
    hours = _rule_number(rule)
    day, at = _moment(get_path(data, "prior_auth.notified"))
    admitted_day, admitted = _moment(get_path(data, "emergency.admitted"))
    after = (at - admitted).total_seconds() / 3600 if at and admitted else None
    return {"day": day, "time": _clock(at), "admitted_day": admitted_day, "admitted_time": _clock(admitted),
            "hours": hours, "after": int(after) if after is not None else None,
            "in_time": (0 <= after <= hours) if hours and after is not None else None}


def time_away(data: dict) -> dict[str, Any]:
    """The absence from the plan's service area during which urgently needed care was given (urgently_needed.away):
    `start` and `end` (dates, None when unreadable), `where`, `proof`, and `within` (every date of service falls on
    or between them; False when one does not, None when the dates do not tell). The letter says the care was given
    during the absence only when `within` is True (set 25, case 03: both visits in Tucson between the flights)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    start = as_date_or_none(get_path(data, "urgently_needed.away.from"))
    end = as_date_or_none(get_path(data, "urgently_needed.away.to"))
    dates = [as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []]
    within = None
    if start and end and dates and all(dates):
        within = all(start <= d <= end for d in dates if d)
    return {"start": start, "end": end, "where": " ".join(str(get_path(data, "urgently_needed.away.where") or "")
                                                          .split()).rstrip("."),
            "proof": get_path(data, "urgently_needed.away.proof"), "within": within}


# CPT's timed individual psychotherapy codes and the fewest minutes each is reported for (CPT's time rule: a unit of
# time is reached once its midpoint is passed, so 90837, "60 minutes", is reported for 53 minutes or more)
PSYCHOTHERAPY_MINUTES = {"90832": 16, "90834": 38, "90837": 53}


def session_times(data: dict) -> dict[str, Any]:
    """How long each session billed under a timed psychotherapy code lasted, as the record of the session times gives
    it (claim.session_times: {file, page, sessions: [{date, minutes}]}): `said` ("55 minutes on June 2, 2026", in
    date order), `files`, `page`, `code` (the timed code billed, PSYCHOTHERAPY_MINUTES), `floor` (the fewest minutes
    it is reported for), `supports` (True when every session listed reached it, False when one did not, None while
    no timed code is billed or no session listed) and `asked` (a coding denial of a timed code: the record is what
    answers it). A denial that the documentation does not support 60 minutes is answered with the minutes the
    signed notes record (letters set 84, case 07: 53 to 60 minutes on six dates, never stated)."""
    from appeal_kit.intake.codes import split_procedure
    from appeal_kit.intake.deadlines import as_date_or_none

    rec = get_path(data, "claim.session_times")
    rec = rec if isinstance(rec, dict) else {}
    rows = sorted((day, int(minutes)) for r in rec.get("sessions") or [] if isinstance(r, dict)
                  and (day := as_date_or_none(r.get("date"))) and re.fullmatch(r"\d{1,3}", minutes := str(
                      r.get("minutes") or "").strip()))
    codes = [split_procedure(str(c))[0] for c in get_path(data, "claim.procedure_codes") or []]
    code = next((c for c in codes if c in PSYCHOTHERAPY_MINUTES), None)
    floor = PSYCHOTHERAPY_MINUTES.get(code or "")
    return {"said": [f"{minutes} minutes on {longdate(day)}" for day, minutes in rows],
            "files": files_named(rec.get("file")), "page": rec.get("page"), "code": code, "floor": floor,
            "supports": all(m >= floor for _, m in rows) if rows and floor else None,
            "asked": bool(code) and get_path(data, "claim.denial_category") == "coding_billing"}


def billed_as(data: dict) -> dict[str, list]:
    """The places of service and modifiers the claim's lines were billed with (service_lines, those on the dates of
    service appealed when the case lists any; each two-digit place and each modifier once, in order): a coding denial
    about the place of service is answered with what was billed (letters set 25, case 02: video sessions billed with
    place of service 10 and modifier 95, the codes the policy in force asks for, never said). `units`: the lines
    billed at more than one unit, grouped by code, units and description ({code, units, dates, description}): a
    denial of units is answered with the units billed and what they were for (set 51, case 07: J0013 at 84 units for
    an 84 mg dose, under a policy allowing 84 units when 84 mg is given, never said)."""
    from appeal_kit.intake.codes import split_procedure
    from appeal_kit.intake.deadlines import as_date_or_none

    days = {d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d}
    lines = [r for r in data.get("service_lines") or [] if isinstance(r, dict)]
    if days:
        lines = [r for r in lines if as_date_or_none(r.get("date")) in days]
    places: list[str] = []
    modifiers: list[str] = []
    units: dict[tuple[str, str, str], list[date]] = {}
    for r in lines:
        count = str(r.get("units") or "").strip()
        day = as_date_or_none(r.get("date"))
        if re.fullmatch(r"\d+(?:\.\d+)?", count) and float(count) > 1 and day and not is_blank(r.get("code")):
            what = " ".join(str(r.get("description") or "").split()).rstrip(".")
            units.setdefault((str(r["code"]).strip(), count, what), []).append(day)
        place = " ".join(str(r.get("place_of_service") or "").split())
        if re.fullmatch(r"\d{1,2}", place):
            places.append(place.zfill(2))
        extra = split_procedure(str(r.get("code") or ""))[1]
        given = r.get("modifiers")
        modifiers += extra + [str(m).strip().upper() for m in (given if isinstance(given, list) else [given])
                              if not is_blank(m)]
    return {"places": list(dict.fromkeys(places)), "modifiers": list(dict.fromkeys(modifiers)),
            "units": [{"code": code, "units": count, "dates": sorted(set(days)), "description": what}
                      for (code, count, what), days in units.items()]}


# the denial's or a decision's own words ruling on an approval: its ground applies whatever was approved ("The
# exclusion applies regardless of whether utilization review approved the stay"), or the approval promises no payment
# ("an authorization is not a guarantee of payment", "of benefits")
_APPROVAL_RULED_ON = re.compile(
    r"\bregardless of (?:whether|any|the)\b[^.]{0,60}\b(?:approv|authori[sz]|certif|precertif)\w*|"
    r"\b(?:approval|authori[sz]ation|certification|precertification)s?\b[^.]{0,40}\b(?:is|are|was|were|does|do)\s+"
    r"not\s+(?:a\s+)?guarantee\w*\s+(?:of\s+)?(?:payment|benefits?|coverage)|"
    # "Precertification confirms medical necessity only" (letters set 40, case 06: the decision named the approval)
    r"\b(?:approval|authori[sz]ation|certification|precertification)s?\s+(?:confirms|establishes|decides|"
    r"determines|addresses)\s+(?:only\s+medical necessity|medical necessity\s+only)\b", re.I)


# the denial's or a decision's own words counting the claim against an approval: it read the approval ("Authorized:
# 24. Billed: 30", "exceed the authorized units", "authorization exceeded", "of 24 approved")
_APPROVAL_COUNTED = re.compile(
    r"\b(?:authori[sz]ed|approved|certified)\s*:\s*\d|\bexceed\w*\s+(?:the\s+)?(?:authori[sz]ed|approved|certified)\b|"
    r"\b(?:authori[sz]ation|approval|precertification|certification)\s+(?:limit\s+)?(?:was\s+|is\s+|has\s+been\s+)?"
    r"exceeded\b|\bof\s+\d+\s+(?:authori[sz]ed|approved|certified)\b", re.I)


def approval_counted(data: dict) -> bool:
    """The denial or a later decision counted the claim against the approval in its own words (_APPROVAL_COUNTED) or
    names it by its number: it did not overlook it, so the letter never says it did (letters set 52, case 02:
    "A denial that overlooks the plan's own approval" after a notice quoting "Authorized: 24. Billed: 30")."""
    words = [str(get_path(data, "claim.denial_reason") or "")] + [
        str(d.get("reason") or "") for d in get_path(data, "decisions") or [] if isinstance(d, dict)]
    number = " ".join(str(get_path(data, "prior_auth.approved.number") or "").split())
    ident = re.findall(r"[A-Z0-9][A-Z0-9-]{4,}\d", number)
    return any(_APPROVAL_COUNTED.search(w) or any(i in w for i in ident) for w in words)


def approval_ruled_on(data: dict) -> bool:
    """The denial or a later decision says in its own words that its ground applies whatever the plan approved
    (_APPROVAL_RULED_ON): the approval is then no oversight to point out, nor the letter's first point (letters set
    26, case 03: "A denial that overlooks the plan's own approval" after a decision that ruled on it)."""
    words = [str(get_path(data, "claim.denial_reason") or "")] + [
        str(d.get("reason") or "") for d in get_path(data, "decisions") or [] if isinstance(d, dict)]
    return any(_APPROVAL_RULED_ON.search(w) for w in words)


# "at least 20 hours of therapeutic services per week", "a minimum of 9 hours per week": a weekly (daily, monthly)
# quantity a decision or a criterion requires
_MINIMUM = re.compile(r"\b(?:at least|(?:a )?minimum of|no (?:fewer|less) than)\s+(\d{1,3})\s+(hours?|days?|sessions?|"
                      r"visits?)\b([^.;]{0,60}?)\b(?:per|a|each|every)\s+(week|day|month)\b", re.I)
# an amount stated beside it, not as a minimum: "about 12 hours per week", "12 hours a week"
_AMOUNT = re.compile(r"(?<![\w-])(\d{1,3})\s+(hours?|days?|sessions?|visits?)\b(?:[^.;\d]{0,40}?)\b(?:per|a|each|"
                     r"every)\s+(week|day|month)\b", re.I)


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def decision_minimum(data: dict) -> dict[str, Any]:
    """A decision that measured the care against a higher minimum than the case's criteria set (letters set 33, case
    05: the QIC asked for "at least 20 hours of therapeutic services per week", a partial hospitalization's minimum,
    of an intensive outpatient program whose certified criteria set 9, and counted about 12 itself). From the latest
    decision's reason (else the notice's) and the criteria not marked unmet (payer_criteria): {asked, unit, period,
    what, field, minimum, rows (indexes into payer_criteria), given, given_text (the decision's own words for it),
    given_row (the index of the criterion whose how_met gives it, else None)}; {} unless the decision's minimum is
    higher than every criterion's of the same unit and period and the amount given, from the decision's own count or
    a criterion's how_met, reaches the criteria's minimum."""
    latest = appeal_stage(data)["latest_reason"]
    text, field = (latest, "decisions[].reason") if latest else \
        (" ".join(str(get_path(data, "claim.denial_reason") or "").split()), "claim.denial_reason")
    asked = _MINIMUM.search(text or "")
    if not asked:
        return {}
    unit, period, high = _unit(asked[2]), asked[4].lower(), int(asked[1])
    if unit == period:  # "at least 2 days a day" says nothing
        return {}
    criteria = [r if isinstance(r, dict) else {} for r in get_path(data, "payer_criteria") or []]
    rows, minimum = [], 0
    for i, row in enumerate(criteria):
        found = [int(m[1]) for m in _MINIMUM.finditer(str(row.get("criterion") or ""))
                 if _unit(m[2]) == unit and m[4].lower() == period]
        if found and row.get("met") is not False:
            rows.append(i)
            minimum = max(minimum, *found)
    if not rows or minimum >= high:
        return {}

    def reaching(source: str) -> re.Match | None:
        return next((m for m in _AMOUNT.finditer(source) if _unit(m[2]) == unit and m[3].lower() == period
                     and minimum <= int(m[1]) < high and not _MINIMUM.search(source[max(0, m.start() - 20):m.end()])),
                    None)

    given, given_text, given_row = reaching(text), "", None
    if given:
        before = re.search(r"\b(about|approximately|roughly|some)\s+$", text[:given.start()], re.I)
        given_text = (before[1] + " " if before else "") + given[0]
    else:
        for i in rows + [i for i in range(len(criteria)) if i not in rows]:
            given = reaching(str(criteria[i].get("how_met") or ""))
            if given:
                given_row = i
                break
    if not given:
        return {}
    return {"asked": high, "unit": unit, "period": period, "what": " ".join(asked[3].split()), "field": field,
            "minimum": minimum, "rows": rows, "given": int(given[1]), "given_text": given_text, "given_row": given_row}
