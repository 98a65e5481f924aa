"""What the letter leaves out (issue 18, sets 13 and 14: `check` caught none of the MISSING findings): after `draft`,
and on `check` of a drafted or edited letter, a case.yaml field that bears on this denial (letter_templates/
bearing.yaml) and that no sentence of the letter uses is named with what it holds and how to use it. Plan text the
letter only quotes, whose time limit or date it never measures the case by, is named as quoted and not applied.
Nothing is named on the bundled samples, whose letters use what their cases hold."""
from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from conftest import _loaded, copy_sample, edit_letter, run_cli

from appeal_kit.case.folder import Case, load_case, set_path
from appeal_kit.letter import arguments, unused

REPO = Path(__file__).resolve().parents[1]
SETS = REPO / "tests" / "resources" / "letter-review"
TODAY = date(2026, 12, 4)


def drafted(tmp_path: Path, source: Path) -> tuple[Path, str]:
    """A copy of a case folder with its letter drafted, and what `draft` said."""
    folder = copy_sample(source, tmp_path / source.name)
    result = run_cli("draft", str(folder))
    assert result.returncode == 0, result.stdout + result.stderr
    return folder, result.stdout


def blind(set_name: str, number: str) -> Path:
    return next(p for p in (SETS / set_name).iterdir() if p.is_dir() and p.name.startswith(number + "-"))


def warnings(text: str, field: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(f"Warning: {field}") and "your case.yaml says" in line]


def changed(folder: Path, **changes) -> Case:
    case = _loaded(folder)
    data = copy.deepcopy(case.data)
    for dotted, value in changes.items():
        set_path(data, dotted, value)
    return Case(folder=case.folder, data=data, exhibits=copy.deepcopy(case.exhibits), bates_prefix=case.bates_prefix)


@pytest.mark.parametrize("sample", ["ketamine-trd", "spravato-step-therapy", "out-of-network-gap"])
def test_nothing_is_named_when_the_letter_uses_what_the_case_holds(tmp_path, sample):
    folder, said = drafted(tmp_path, REPO / "evidence_samples" / sample)
    assert "your case.yaml says" not in said
    assert "your case.yaml says" not in run_cli("check", str(folder)).stdout


def test_a_regulatory_fact_the_letter_never_states_is_named_for_an_experimental_denial(tmp_path):
    # an investigational denial; the case's treatment summary holds an FDA clearance for the patient's age group,
    # which the drafted letter never states: draft and check name the field, with what it holds and its numbers
    folder, said = drafted(tmp_path, blind("set14", "07"))
    (line,) = warnings(said, "treatment.summary")
    assert "what the treatment is, with its regulatory status" in line and "15 to 21" in line
    assert "never uses it" in line and "approval or clearance" in line
    assert warnings(run_cli("check", str(folder)).stdout, "treatment.summary") == [line]
    # the same letter answering a denial the summary does not bear on names nothing for it
    case = load_case(folder)
    assert not [u for u in unused.unused(case, case.letter_path, TODAY, ["timely_filing"])
                if u.field == "treatment.summary"]
    # the user states the clearance in the letter's own words: nothing is named any more
    edit_letter(folder, "The device he will be treated with was cleared by the FDA for patients aged 15 to 21.")
    assert warnings(run_cli("check", str(folder)).stdout, "treatment.summary") == []


def test_a_time_limit_of_the_plans_words_that_the_letter_only_quotes_is_named_as_not_applied(tmp_path):
    # a filing rule with two time limits: one year from the date of service, which the letter measures the claim's
    # dates by, and a number of days to answer a request for more information, which it only quotes
    # (the notice's "Claim received 11/06/2026" moved to 11/09: since s70 the letter answers the notice's date of
    # receipt with the first one, 10/02, and two dates of a paragraph 35 days apart read as the 35 days measured, a
    # coincidence the interval rule cannot tell from a measurement)
    source = copy_sample(blind("set14", "01"), tmp_path / "edited" / "01")
    case_file = source / "case.yaml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("Claim received 11/06/2026",
                                                                       "Claim received 11/09/2026"), encoding="utf-8")
    folder, said = drafted(tmp_path, source)
    case = load_case(folder)
    (item,) = [u for u in unused.unused(case, case.letter_path, TODAY, arguments.denial_reasons(case.data))
               if u.field == "plan_policy.quote"]
    assert item.quoted and item.marks == {"#35 day"}
    (line,) = warnings(said, "plan_policy.quote")
    assert "quotes but never applies to the case" in line and "35 days" in line
    # a time limit the letter states in a sentence citing the law is the law's, not the plan's: still not applied
    edit_letter(folder, "Please decide this appeal within 35 days (32 CFR 199.10).")
    assert len(warnings(run_cli("check", str(folder)).stdout, "plan_policy.quote")) == 1
    # the user measures the case's dates by it: applied
    edit_letter(folder, "The contractor asked for the itemized bill on October 9, 2026 and had it on November 6, "
                        "2026, within the 35 days its rule allows.")
    assert warnings(run_cli("check", str(folder)).stdout, "plan_policy.quote") == []


def test_rows_the_letter_never_names_are_named_once_with_their_numbers(tmp_path):
    # a continued stay denied for a lower level of care; the case lists the programs of that level asked and what each
    # said, and the letter names none: one warning for both rows, although the first row's date is the notice's
    # (printed by the letter) and the letter states a 30-day decision clock under the law
    folder, said = drafted(tmp_path, blind("set14", "08"))
    (line,) = warnings(said, "network")
    assert line.startswith("Warning: network rows 1 and 2:") and "alternatives" in line
    # the letter, edited, names the first program and what it said: only the second is left
    first = load_case(folder).data["network"][0]["name"]
    edit_letter(folder, f"{first} had no opening for her.")
    (line,) = warnings(run_cli("check", str(folder)).stdout, "network")
    assert line.startswith("Warning: network row 2:")


def test_what_delay_costs_is_named_only_while_care_is_still_to_come(tmp_path):
    # an out-of-network request for care still to come: the harm the case records bears on it, and the letter
    # never says it
    folder, said = drafted(tmp_path, blind("set13", "01"))
    assert len(warnings(said, "impact.daily_life")) == 1
    case = load_case(folder)
    reasons = arguments.denial_reasons(case.data)
    assert [u.field for u in unused.unused(case, case.letter_path, TODAY, reasons)] == ["impact.daily_life"]
    # the same letter once the care was given: a delay costs nothing more, and an out-of-network denial of care
    # already given does not turn on it
    past = changed(folder, **{"claim.pending_services": None, "claim.service_dates": ["2026-10-01"]})
    assert unused.unused(past, case.letter_path, TODAY, reasons) == []


def test_the_table_names_real_reasons_and_fields():
    from appeal_kit.case.schema import known_paths

    paths = known_paths()
    blocks = set(arguments.load_blocks())
    for bearing in unused.bearings():
        assert bearing.reasons is None or bearing.reasons <= blocks, bearing.field
        assert bearing.exclude <= blocks, bearing.field
        assert bearing.when in (None, unused.CARE_TO_COME), bearing.field
        assert bearing.marks in (unused.ALL_MARKS, unused.TIME_MARKS, unused.CONDITION_MARKS, unused.TERMS_MARKS), \
            bearing.field
        assert bearing.field in paths, bearing.field
        assert bearing.holds and bearing.fix, bearing.field
        assert all(bearing.covers(part) and part in paths and {f for f, _ in when} <= paths and when
                   for part, when in bearing.moot), bearing.field


def test_why_no_authorization_was_in_place_is_not_asked_for_where_the_plans_terms_required_none(tmp_path):
    # issue 18: prior_auth.required: false, and the letter says the plan's terms required no authorization; why none
    # was in place (prior_auth.reason_missing) answers nothing then, and was named as left out
    from appeal_kit.letter import render

    reason = ("the clinic's request went to the wrong fax line, which its billing service QRX found on August 14, "
              "2026")
    case = changed(blind("set3", "06"), **{"prior_auth.reason_missing": reason})
    reasons = arguments.denial_reasons(case.data)
    for required in (False, "no"):
        case = changed(case.folder, **{"prior_auth.reason_missing": reason, "prior_auth.required": required})
        out = render.render_letter(case, render.find_template("retro-authorization"), tmp_path / "letter.docx",
                                   today=TODAY, clinic=None)
        assert [u.field for u in unused.unused(case, out, TODAY, reasons) if u.field.startswith("prior_auth")] == []
    # where authorization was required, or the case does not say, the reason bears on the denial as before
    bearing = next(b for b in unused.bearings() if b.field == "prior_auth")
    assert bearing.is_moot("prior_auth.reason_missing", {"prior_auth": {"required": False}})
    assert not bearing.is_moot("prior_auth.requested_on", {"prior_auth": {"required": False}})
    assert not any(bearing.is_moot("prior_auth.reason_missing", {"prior_auth": {"required": r}}) for r in (True, None))


def test_a_time_limit_is_applied_only_by_the_letters_own_words_and_dates():
    marks = unused._letter_marks
    # two dates of one paragraph measure the time between them; dates of two paragraphs do not
    assert "#35 day" in marks(["The request came on October 9, 2026 and the answer on November 13, 2026."])
    assert "#35 day" not in marks(["The request came on October 9, 2026.", "The notice is dated November 13, 2026."])
    assert "#12 month" in marks(["Care on December 15, 2025 was due by December 15, 2026."])
    # a file's name, a quotation and a sentence citing the law state no date or time limit of the case
    assert "#35 day" not in marks(["The proof is other/letter-2026-10-09.txt; the notice is dated November 13, 2026."])
    assert "#35 day" not in marks(["The plan's rule reads: “within 35 days of our request”."])
    assert "#35 day" not in marks(["Please decide within 35 days (42 CFR 438.408(b)(2))."])
    assert "#35 day" in marks(["The bill was sent within 35 days of the request."])


def test_a_letter_that_answers_no_denial_is_not_read_for_what_it_leaves_out(tmp_path):
    # the same case drafted as a request for the claim file: it asks for documents, and argues nothing from the case
    folder = copy_sample(blind("set14", "07"), tmp_path / "case")
    text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(text + "template: claim-file-request\n")
    result = run_cli("draft", str(folder))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "your case.yaml says" not in result.stdout
    assert "your case.yaml says" not in run_cli("check", str(folder)).stdout


def test_what_the_letter_leaves_out_on_purpose_for_the_plan_type_is_not_named(tmp_path):
    # an out-of-network denial answered with the in-network providers tried; Original Medicare has no network and no
    # plan terms, so its letter argues no network gap and leaves the rows out on purpose: they are not named
    from conftest import sample_variant

    from appeal_kit.letter import render

    def left_out(plan: str, reasons: list[str] | None = None) -> list[str]:
        case = sample_variant(REPO / "evidence_samples" / "out-of-network-gap", **{"claim.plan_type": plan})
        letter = render.render_letter(case, render.find_template("medical-necessity"), tmp_path / f"{plan}.docx",
                                      today=TODAY, clinic=None)
        answered = unused.answered_reasons(case.data) if reasons is None else reasons
        return [u.field for u in unused.unused(case, letter, TODAY, answered)]

    assert left_out("employer_erisa") == []  # the letter names each provider tried
    assert left_out("medicare") == []
    assert left_out("medicare", ["out_of_network"]) == ["network"]  # the rows the Medicare letter leaves out


# What sets 12-14's reviews found missing that a case.yaml field holds (the review files, MISSING findings): the only
# fields that may be named on those cases' drafted letters. A field named elsewhere is a false alarm; one of these not
# named is fine (the letter may use it by now).
REVIEWED_MISSING = {
    ("set12", "05"): {"plan_policy.quote"},  # the 180-day corrected-claim window the accepted claim meets
    ("set12", "08"): {"impact.work"},  # the work lost
    ("set13", "01"): {"impact.daily_life"},  # the harm of delay for a minor waiting for care
    ("set13", "05"): {"plan_policy.quote"},  # 3.4(a) against 3.4(b): which leave rule applies
    ("set13", "06"): {"plan_policy.quote", "prior_auth.approved.quote"},  # clause 5.7's 90 days; approval's dates
    ("set14", "01"): {"plan_policy.quote", "filing.proof"},  # the 35-day rule; the proof described
    ("set14", "07"): {"plan_policy.quote", "treatment.summary"},  # the FDA clearance after the policy's last review
    ("set14", "08"): {"network"},  # the lower level of care had no opening
}


@pytest.mark.parametrize("where", [(s, f"{n:02d}") for s in ("set12", "set13", "set14") for n in range(1, 9)])
def test_nothing_is_named_on_the_reviewed_sets_that_the_reviews_did_not_find_missing(tmp_path, where):
    from appeal_kit.errors import AppealKitError
    from appeal_kit.letter import render

    case = _loaded(blind(*where))
    try:
        template = render.template_for_case(case)[0]
        letter = render.render_letter(case, template, tmp_path / "letter.docx", today=TODAY, clinic=None)
    except AppealKitError as exc:  # a case the tool cannot draft
        pytest.skip(f"not drafted: {exc}")
    named = {u.field for u in unused.unused(case, letter, TODAY, unused.answered_reasons(case.data))}
    assert named <= REVIEWED_MISSING.get(where, set())


def test_a_number_the_letter_prints_with_its_thousands_separated_is_the_case_values_number():
    # set 19, case 05's redraft: other_coverage.employees 1140, printed "1,140 employees", was reported unused
    from appeal_kit.letter import unused

    assert unused._text_marks("The employer has 1,140 employees") == unused._text_marks("1140 employees") == {"#1140"}
    assert unused._text_marks("rows 1, 2 and 3") == {"#1", "#2", "#3"}  # a list of numbers stays a list


def test_a_record_the_decisions_reviewer_had_is_never_asked_to_be_used_as_new(tmp_path):
    # set 79, case 01: a cardiology letter of 10/09 (record_dates row 2) was warned of as one of the "records dated
    # after the decision appealed" under a decision of 11/20; the prescriber's statement of 11/26 (row 3) is new
    folder, said = drafted(tmp_path, blind("set79", "01"))
    assert not [line for line in warnings(said, "record_dates") if "row 2" in line or "rows 2" in line]
    # had it been written after the decision, the letter (not drafted again) would leave out a record that is new
    case_file = folder / "case.yaml"
    case_file.write_text(case_file.read_text().replace("    date: 2026-10-09\n", "    date: 2026-11-25\n", 1))
    assert [line for line in warnings(run_cli("check", str(folder)).stdout, "record_dates") if "row 2" in line]
