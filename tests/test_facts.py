"""Letters built from facts: each kind of false statement the review found, one case per kind, the true letter
passing; and no template or argument block reading free text by substring."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import copy_sample, rendered_text, sample_variant
from jinja2 import nodes

from appeal_kit.case.folder import PLAN_TYPES
from appeal_kit.letter import arguments, facts, render

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "evidence_samples" / "ketamine-trd"
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
TODAY = date(2026, 11, 26)


def letter(tmp_path: Path, template: str = "medical-necessity", folder: Path = SAMPLE, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(folder, **changes), template, TODAY)


def context(folder: Path = SAMPLE, template: str = "medical-necessity", **changes) -> dict:
    return render.build_context(sample_variant(folder, **changes), render.find_template(template), today=TODAY,
                                clinic=None)


# ---------------------------------------------------------------------------------------------- no substrings

# Values that are lists of codes or dates: `'J3490' in claim.procedure_codes` is list membership, not a substring
# (and `reasons`, the denial reasons the letter answers: a list of argument block names)
LIST_VALUES = {"claim.procedure_codes", "claim.diagnosis_codes", "claim.service_dates", "claim.pending_services",
               "reasons", "carried"}  # carried: the names of the blocks the letter carries


def _path(node) -> str | None:
    parts = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if isinstance(node, nodes.Name):
        return ".".join([node.name, *reversed(parts)])
    return None


def substring_tests(source: str) -> list[str]:
    """Every `x in y` / `x not in y` in Jinja source whose right side is not a literal list or a list of codes:
    a test of free text by substring."""
    env = render._environment()
    found = []
    for compare in env.parse(source).find_all(nodes.Compare):
        for op in compare.ops:
            if op.op not in ("in", "notin"):
                continue
            right = op.expr
            if isinstance(right, (nodes.Tuple, nodes.List, nodes.Dict)):
                continue
            if _path(right) in LIST_VALUES:
                continue
            found.append(f"... {op.op} {_path(right) or type(right).__name__}")
    return found


def _template_source(template: render.TemplateInfo) -> str:
    doc = render._open(template)
    doc.init_docx()
    return doc.patch_xml(doc.get_xml())


def test_no_template_or_argument_block_tests_a_substring_of_free_text():
    bad = {}
    for template in render.list_templates():
        if hits := substring_tests(_template_source(template)):
            bad[template.name] = hits
    for name, block in arguments.load_blocks().items():
        for text in arguments.block_texts(block):
            if hits := substring_tests(text):
                bad[f"arguments.yaml {name}"] = hits
    assert not bad, f"free text tested by substring (give it a structured field or a fact): {bad}"


def test_the_substring_scan_finds_one():
    assert substring_tests("{% if 'suicid' in clinical.severity|lower %}x{% endif %}")
    assert substring_tests("{% if ' for ' not in treatment.name %}x{% endif %}")
    assert not substring_tests("{% if 'J3490' in claim.procedure_codes %}x{% endif %}")
    assert not substring_tests("{% if claim.plan_type in ('medicaid', 'fehb') %}x{% endif %}")


def test_every_fact_an_argument_declares_exists():
    ids = set(facts.compute({}, letter_day=TODAY, trials=arguments.trial_summary([])).by_id)
    for name, block in arguments.load_blocks().items():
        assert arguments.block_requires(block) <= ids, name


# ---------------------------------------------------------------------------------------------- free text by substring

def test_a_severity_line_that_denies_suicidal_ideation_says_nothing_of_it(tmp_path):
    text = letter(tmp_path, "esketamine-step-therapy", SPRAVATO, **{
        "claim.denial_category": "experimental_investigational",
        "clinical.severity": "MADRS 34; denies SI, no suicidal ideation", "clinical.suicidality": None,
        "clinical.history": []})
    assert "The records document" not in text
    assert "for an approved use, depressive symptoms" not in text  # no "approved use" for suicidality
    assert "the risk of self-harm" not in text


def test_suicidality_is_said_from_its_field_only(tmp_path):
    passive = letter(tmp_path, **{"clinical.suicidality": "passive"})
    assert "The records document passive suicidal ideation" in passive
    none = letter(tmp_path, **{"clinical.suicidality": "none"})
    assert "The records document" not in none
    exp = {"claim.denial_category": "experimental_investigational", "clinical.history": []}
    spravato = letter(tmp_path, "esketamine-step-therapy", SPRAVATO, **exp, **{"clinical.suicidality": "passive"})
    assert "for an approved use, depressive symptoms" not in spravato  # passive is not the labelled indication
    acute = letter(tmp_path, "esketamine-step-therapy", SPRAVATO, **exp, **{"clinical.suicidality": "active"})
    assert "for an approved use, depressive symptoms in major depression with acute suicidal ideation" in acute


def _asserted(ctx: dict) -> list[str]:
    return [fact_id for fact_id, _ in ctx["facts"].asserted]


def test_suicidal_ideation_recorded_months_ago_is_history_not_a_present_risk():
    old = context(**{"clinical.suicidality": "passive", "clinical.severity_date": "2026-04-27"})
    assert old["facts"]["suicidal_ideation"].value is True
    assert old["facts"]["suicidal_ideation_current"].value is False
    assert "suicidal_ideation_current" not in _asserted(old)  # no harm paragraph about a risk now
    recent = context(**{"clinical.suicidality": "passive", "clinical.severity_date": "2026-11-20"})
    assert "suicidal_ideation_current" in _asserted(recent)
    assert "clinical.severity_date" in recent["facts"]["suicidal_ideation_current"].sources


def test_a_course_already_given_is_not_said_to_leave_the_illness_untreated(tmp_path):
    """Set 8, cases 03 and 04: the risk sentence of a letter for care still to come, printed for a course already
    given whose records show it working. After the last date of care the risk is what the care was given to meet."""
    untreated = "While the illness goes without effective treatment"
    given = {"clinical.suicidality": "passive", "clinical.suicidality_date": "2026-09-01"}
    past = letter(tmp_path, **given)
    assert untreated not in past
    assert "That was the risk the care was given to meet" in past
    assert "ideation_before_care" in _asserted(context(**given))
    later = letter(tmp_path, **{"clinical.suicidality": "passive", "clinical.suicidality_date": "2026-11-20"})
    assert untreated not in later and "the care was given to meet" not in later  # recorded after the care
    ahead = letter(tmp_path, **given, **{"claim.service_dates": ["2026-12-14"]})
    assert untreated in ahead


# ---------------------------------------------------------------------------------------------- kinds of treatment

ROWS = [
    {"drug": "Sertraline", "dose": "200 mg", "start": "2023-01-02", "end": "2023-04-03", "outcome": "No response"},
    {"drug": "Cognitive behavioral therapy", "start": "2023-01-02", "end": "2023-06-01", "outcome": "No benefit"},
    {"drug": "Escitalopram", "dose": "20 mg", "start": "2023-06", "end": "2023-07", "outcome": "No response"},
    {"drug": "TMS", "sessions": 36, "start": "2024-01-02", "end": "2024-01-30", "outcome": "No response",
     "adequate": True},
]


def test_psychotherapy_is_never_an_antidepressant_trial():
    trials = arguments.trial_summary(ROWS)
    assert trials["medication"] == 1
    assert arguments.trial_kind(ROWS[1]) == "psychotherapy"
    # the course is named in its own words beside the drug trial, never summed into its count
    assert trials["summary"] == "one adequate antidepressant trial (sertraline), and a course of TMS"


def test_a_session_course_is_judged_by_its_sessions_not_six_weeks():
    # four weeks of TMS marked adequate counts; the six-week rule is not applied to it
    assert arguments.trial_is_adequate(ROWS[3])
    # 36 sessions in four weeks: a complete course by its sessions, whatever its weeks
    assert arguments.trial_is_adequate({**ROWS[3], "adequate": None})
    unmarked = {"drug": "TMS", "start": "2024-01-02", "end": "2024-03-30", "outcome": "No response"}
    assert arguments.adequacy_problem(unmarked) is None
    assert "add `sessions:`" in arguments.uncountable_reason(unmarked)


@pytest.mark.parametrize("row, adequate", [
    ({"drug": "Transcranial magnetic stimulation (TMS)", "dose": "36 sessions plus 6 taper sessions, left DLPFC"}, True),
    ({"drug": "Electroconvulsive therapy (ECT)", "dose": "9 sessions, right unilateral"}, True),
    ({"drug": "Behavioral activation psychotherapy", "dose": "18 sessions"}, True),
    ({"drug": "Cognitive behavioral therapy", "sessions": "4 weekly sessions"}, False),
    ({"drug": "TMS, this course", "dose": "30 of 36 treatments given"}, False),
])
def test_the_session_count_in_the_dose_decides_a_course(row, adequate):
    row = {**row, "start": "2025-08-04", "end": "2025-10-03", "outcome": "No response"}
    trials = arguments.trial_summary([row])
    assert (trials["adequate_failed"] == 1) is adequate
    said = " ".join([trials["rule"], trials["uncounted"], arguments.uncountable_reason(row) or ""])
    # never the six-week rule, never "does not say whether the course was complete" when the dose says it
    assert "six weeks" not in said and "whether the course was complete" not in said
    assert "sessions" in trials["rule"] or "treatments" in trials["rule"]


def test_a_failed_esketamine_course_is_an_antidepressant_trial_except_in_its_own_letter():
    """esketamine is an antidepressant (ATC N06AX27; `notes` reads it so): a failed course counts in an IV ketamine
    letter, and in a Spravato letter it is the treatment requested, never a counted trial."""
    rows = [{"drug": "Sertraline", "dose": "150 mg", "start": "2024-01-08", "end": "2024-04-01", "response": "none"},
            {"drug": "Spravato 84 mg twice weekly", "start": "2025-01-06", "end": "2025-04-01", "response": "none"}]
    assert arguments.trial_kind(rows[1]) == "antidepressant"
    assert arguments.trial_summary(rows, treatment="IV ketamine infusions")["medication"] == 2
    assert arguments.trial_summary(rows, treatment="Spravato (esketamine) nasal spray")["medication"] == 1

def test_an_add_on_antidepressant_is_an_augmentation_trial():
    rows = [{"drug": "Escitalopram", "dose": "20 mg", "start": "2025-03-03", "end": "2025-07-21", "outcome": "No response"},
            {"drug": "Bupropion XL (augmenting escitalopram)", "dose": "300 mg", "start": "2025-07-21",
             "end": "2025-11-03", "outcome": "No added benefit"}]
    trials = arguments.trial_summary(rows)
    assert arguments.trial_kind(rows[1]) == "augmentation"
    assert trials["medication"] == 1 and trials["augmentation"] == 1
    assert arguments.trial_kind({**rows[1], "drug": "Bupropion XL"}) == "antidepressant"


@pytest.mark.parametrize("drug", ["Bupropion XL (added to escitalopram)", "Mirtazapine 30 mg, in addition to sertraline",
                                  "Bupropion XL added to sertraline"])
def test_an_antidepressant_added_to_another_is_an_antidepressant_trial(drug):
    """'Added to' says when a drug began, not what it was given as: an antidepressant added to another counts among
    the antidepressant trials (the convention the letters' and notes' writers settled); only the record's own
    'augmenting' or 'adjunct', or `kind: augmentation`, makes it an augmentation trial."""
    rows = [{"drug": "Escitalopram", "dose": "20 mg", "start": "2025-03-03", "end": "2025-07-21", "outcome": "No response"},
            {"drug": drug, "dose": "300 mg", "start": "2025-07-21", "end": "2025-11-03", "outcome": "No added benefit"}]
    assert arguments.trial_kind(rows[1]) == "antidepressant"
    assert arguments.trial_summary(rows)["medication"] == 2
    assert arguments.trial_kind({**rows[1], "kind": "augmentation"}) == "augmentation"


def test_a_course_that_has_not_failed_is_not_called_incomplete():
    row = {"drug": "TMS, this course", "dose": "30 of 36 treatments given", "start": "2026-10-19",
           "end": "2026-11-30", "failed": False, "outcome": "Improving"}
    assert arguments.trial_summary([row])["excluded"] == [{"drug": "TMS, this course", "reason": "it has not failed"}]


def test_a_row_of_kind_other_counts_only_when_it_says_how_it_went_as_a_trial():
    """`kind: other` also holds what was given for another purpose (a hypnotic dose, a study's blinded arm): its
    outcome words alone never make it a failed trial; `response:`, `failed:` or `adequate:` do."""
    drugs = [{"drug": name, "dose": "20 mg", "start": start, "end": end, "outcome": "No response"}
             for name, start, end in (("Sertraline", "2025-01-06", "2025-04-07"),
                                      ("Escitalopram", "2025-04-14", "2025-07-14"))]
    for_sleep = {"drug": "Quetiapine (for sleep)", "kind": "other", "dose": "25 mg at bedtime", "start": "2026-06",
                 "end": "2026-09", "outcome": "Sleep aid only, no change in mood"}
    trials = arguments.trial_summary([*drugs, for_sleep])
    assert trials["adequate_failed"] == 2 and trials["other"] == 0
    assert [e["drug"] for e in trials["excluded"]] == ["Quetiapine (for sleep)"]
    assert arguments.counted_trials([*drugs, for_sleep])["all"] == drugs
    for said in ({"response": "none"}, {"failed": True}, {"adequate": True}):
        assert arguments.trial_summary([*drugs, {**for_sleep, **said}])["adequate_failed"] == 3, said
    # a pain letter's other trials say how they went, and count
    nerve_block = {"drug": "Lumbar sympathetic block", "kind": "other", "start": "2025-02-03", "end": "2025-04-14",
                   "response": "lost", "outcome": "Relief for three days"}
    assert arguments.trial_summary([nerve_block], pain=True)["adequate_failed"] == 1


def test_an_antidepressant_in_a_pain_case_is_a_medication_trial():
    rows = [{"drug": "Duloxetine", "dose": "60 mg", "start": "2024-10-07", "end": "2025-02-10", "outcome": "No relief"},
            {"drug": "Gabapentin", "dose": "1,800 mg", "start": "2024-03-04", "end": "2024-09-30", "outcome": "No relief"}]
    assert "antidepressant" not in arguments.trial_summary(rows, pain=True)["summary"]
    assert "one antidepressant trial" in arguments.trial_summary(rows)["summary"]


def test_a_month_only_date_is_partial_not_unknown():
    reason = arguments.trial_summary(ROWS)["uncounted"]
    assert "Escitalopram, because its dates are given by month (2023-06 to 2023-07)" in reason
    assert "unknown" not in reason and "do not show how long" not in reason


def test_a_response_lost_after_an_earlier_episode_is_not_a_failed_trial():
    ect = {"drug": "Electroconvulsive therapy (ECT)", "kind": "neuromodulation", "sessions": 10, "adequate": True,
           "start": "2024-02", "end": "2024-03", "response": "lost"}
    sertraline = {"drug": "Sertraline", "start": "2026-01-05", "end": "2026-03-30", "response": "none"}
    assert ect in arguments.counted_trials([ect, sertraline])["all"]  # no onset: nothing says it was earlier
    counted = arguments.counted_trials([ect, sertraline], "2025-11")
    assert counted["all"] == [sertraline]
    summary = arguments.trial_summary([ect, sertraline], onset="2025-11")
    assert summary["adequate_failed"] == 1
    assert [e["drug"] for e in summary["excluded"]] == [ect["drug"]]
    # the same response lost within the current episode is a failure
    this_episode = {**ect, "start": "2026-01", "end": "2026-02"}
    assert arguments.counted_trials([this_episode], "2025-11")["all"] == [this_episode]


def test_the_kind_table_keeps_its_sources():
    text = (REPO / "letter_templates" / arguments.KINDS_FILE).read_text()
    assert "Sources" in text and "ATC" in text


# ---------------------------------------------------------------------------------------------- facts by default

def test_correctly_coded_only_when_the_case_says_so(tmp_path):
    unknown = letter(tmp_path, **{"claim.denial_category": "coding_billing"})
    assert "correctly coded" not in unknown
    assert "How the claim was coded" in unknown
    said = letter(tmp_path, **{"claim.denial_category": "coding_billing", "claim.coding_correct": True})
    assert "The claim is correctly coded" in said
    wrong = letter(tmp_path, **{"claim.denial_category": "coding_billing", "claim.coding_correct": False})
    assert "correctly coded" not in wrong


def test_the_remainder_of_the_course_only_when_care_remains(tmp_path):
    network = [{"name": "Lakeside Behavioral", "date": "2026-08-01", "outcome": "no ketamine service"}]
    past = letter(tmp_path, "out-of-network-gap-exception", **{"network": network, "claim.pending_services": []})
    assert "remainder of the prescribed course" not in past
    ahead = letter(tmp_path, "out-of-network-gap-exception", **{
        "network": network, "claim.pending_services": ["six maintenance infusions"]})
    assert "remainder of the prescribed course" in ahead


@pytest.mark.parametrize("dates, sessions, expected", [
    (["2026-12-14"], None, {"given": False, "to_come": True, "course": False,
                            "phrase": "scheduled for December 14, 2026"}),
    (["2026-11-02", "2026-12-14"], None, {"given": True, "to_come": True, "course": False,
                                          "phrase": "provided on November 2, 2026 and scheduled for December 14, 2026"}),
    (["2026-08-03", "2026-09-23"], 42, {"given": True, "to_come": False, "course": True,
                                        "phrase": "provided from August 3, 2026 through September 23, 2026 "
                                                  "(42 sessions)"}),
    (["2026-10-26", "2026-10-29"], 2, {"given": True, "to_come": False, "course": False,
                                       "phrase": "provided on October 26 and 29, 2026"}),
    # a daily TMS course billed with its first and last date only
    (["2025-09-08", "2025-10-24", "90868"], None, {"course": True,
                                                  "phrase": "provided from September 8, 2025 through October 24, 2025"}),
    (["2025-09-08", "2025-09-10", "90868"], None, {"course": False, "phrase": "provided on September 8 and 10, 2025"}),
])
def test_dates_of_service_are_said_as_what_they_are(dates, sessions, expected):
    from appeal_kit.letter import derived

    codes = [d for d in dates if not d[:1] == "2"]
    claim = {"service_dates": [d for d in dates if d not in codes], "sessions": sessions, "procedure_codes": codes}
    said = derived.service_dates({"claim": claim}, TODAY)
    assert {k: said[k] for k in expected} == expected
    # the claims report says the same, and gives no count of sessions the case does not hold
    statement = str(facts._services_phrase(said))
    assert "None" not in statement and ("sessions)" in statement) == bool(said["course"] and sessions)


def test_care_not_yet_given_is_never_called_given():
    ctx = context(**{"claim.service_dates": ["2026-12-14"], "claim.pending_services": None})
    assert ctx["dates"]["given"] is False
    assert ctx["facts"]["services_dated"].says == "The services were scheduled for December 14, 2026"


def test_a_request_for_the_next_level_quotes_the_latest_decision(tmp_path):
    from appeal_kit.letter import derived

    decisions = [{"date": "2026-10-09", "outcome": "denied", "stage": "reconsideration",
                  "reason": "We affirm our denial under Clinical Policy CP-411."}]
    stage = derived.appeal_stage({"decisions": decisions})
    assert (stage["second"], stage["latest_date"], stage["latest_reason"]) == (
        False, "2026-10-09", "We affirm our denial under Clinical Policy CP-411.")
    report: dict = {}
    case = sample_variant(SAMPLE, decisions=decisions, **{"external_review.final_denial_date": "2026-10-09"})
    render.render_letter(case, render.find_template("external-review-request"), tmp_path / "x.docx", today=TODAY,
                         clinic=None, report=report)
    said = [fact_id for fact_id, _ in report["facts"].asserted]
    assert "latest_decision_quoted" in said and "denial_quoted" not in said


def test_an_old_severity_line_is_not_called_current(tmp_path):
    old = letter(tmp_path, **{"clinical.severity_date": "2025-01-10"})
    assert "Current severity" not in old and "Severity on January 10, 2025." in old
    recent = letter(tmp_path, **{"clinical.severity_date": "2026-11-01"})
    assert "Current severity." in recent
    # set 8, cases 03 and 04: recorded before the care since given (from September 8), it was the severity then
    before_care = letter(tmp_path, **{"clinical.severity_date": "2026-09-01"})
    # the severity line gives that day itself ("MADRS of 38 on September 1, 2026"): its heading says no date again
    assert "Current severity" not in before_care and "Severity. PHQ-9 of 22" in before_care
    assert "Severity on September 1, 2026." not in before_care


def test_a_severity_recorded_during_care_all_given_is_not_current():
    # set 20, case 08: scores of an admission that ended seven weeks before the letter describe that admission
    stay = {"claim.service_dates": ["2026-10-03", "2026-10-13"], "claim.pending_services": None,
            "clinical.severity_date": "2026-10-13"}
    assert context(**stay)["facts"]["severity_current"].value is False
    # with care still to come, a score from its course is the latest there is: current
    ongoing = {**stay, "claim.pending_services": "12 more sessions through December 2026"}
    assert context(**ongoing)["facts"]["severity_current"].value is True


# ---------------------------------------------------------------------------------------------- the denial's words

def test_quoted_criteria_are_never_called_absent(tmp_path):
    reason = "Does not meet criteria 1-3 of Clinical Policy CP.PHAR.123 (InterQual)."
    text = letter(tmp_path, **{"claim.denial_reason": reason, "payer_criteria": []})
    assert "has not said which criteria" not in text and "does not say which" not in text
    assert not facts.contradictions(text, context(**{"claim.denial_reason": reason})["facts"])


def test_an_exclusion_that_names_the_drug_is_not_denied(tmp_path):
    quote = "Ketamine infusions for any psychiatric indication are excluded."
    text = letter(tmp_path, **{"claim.denial_category": "not_covered", "plan_policy.quote": quote})
    assert "does not apply" not in text and "does not name" not in text
    silent = letter(tmp_path, **{"claim.denial_category": "not_covered",
                                 "plan_policy.quote": "Services that are primarily educational are excluded."})
    assert "The exclusion does not name this treatment" in silent


@pytest.mark.parametrize("sentence", ["The plan named no criteria for this decision.",
                                      "The denial does not say which criteria were applied.",
                                      "The exclusion does not apply to this treatment."])
def test_contradictions_are_found_in_a_letters_text(sentence):
    ctx = context(**{"claim.denial_reason": "Not covered: InterQual criteria not met.",
                     "plan_policy.quote": "Ketamine is excluded."})
    found = facts.contradictions(f"Some words. {sentence} More words.", ctx["facts"])
    assert [s for _, s, _ in found] == [sentence]


# ---------------------------------------------------------------------------------------------- check and the report

def _case_folder(tmp_path: Path, **yaml_changes) -> Path:

    from ruamel.yaml import YAML

    folder = tmp_path / "case"
    copy_sample(SAMPLE, folder)
    yaml = YAML()
    data = yaml.load((folder / "case.yaml").read_text())
    for dotted, value in yaml_changes.items():
        *parents, key = dotted.split(".")
        node = data
        for p in parents:
            node = node.setdefault(p, {})
        node[key] = value
    with (folder / "case.yaml").open("w") as fh:
        yaml.dump(data, fh)
    return folder


def test_check_errors_when_a_letter_contradicts_what_it_quotes(tmp_path):
    from conftest import run_cli
    from docx import Document

    folder = _case_folder(tmp_path, **{"claim.denial_reason": "Criteria 2 and 3 of InterQual were not met."})
    doc = Document()
    doc.add_paragraph("Your notice states: “Criteria 2 and 3 of InterQual were not met.” The plan named no "
                      "criteria for this decision.")
    doc.save(folder / "letter.docx")
    result = run_cli("check", str(folder))
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert "claim.denial_reason" in out and "named no criteria" in out


def test_build_stops_on_a_contradiction_found_while_its_letter_converts_as_check_does(tmp_path, fake_office):
    """build leaves the letter's facts to be checked while LibreOffice converts the letter (checks.check_case
    defer=True): an error there still stops it, with the message and exit code it had when checked first."""
    from conftest import run_cli
    from docx import Document

    from appeal_kit.checks import check_case

    folder = _case_folder(tmp_path, **{"claim.denial_reason": "Criteria 2 and 3 of InterQual were not met."})
    doc = Document()
    doc.add_paragraph("Your notice states: “Criteria 2 and 3 of InterQual were not met.” The plan named no "
                      "criteria for this decision.")
    doc.save(folder / "letter.docx")
    deferred = check_case(folder, defer=True)
    assert deferred.pending and not deferred.errors  # not found until the deferred checks run
    result = run_cli("build", str(folder))
    out = result.stdout + result.stderr
    assert result.returncode == run_cli("check", str(folder)).returncode != 0
    assert "fix these before building" in out and "claim.denial_reason" in out and "named no criteria" in out
    assert fake_office.converted and not (folder / "packet.pdf").exists()


def test_check_names_the_field_that_would_let_the_letter_say_more(tmp_path):
    from conftest import run_cli

    folder = _case_folder(tmp_path, **{"clinical.severity": "PHQ-9 of 22 on 2026-10-01."})
    text = (folder / "case.yaml").read_text().replace("  suicidality: passive\n", "")
    (folder / "case.yaml").write_text(text)
    result = run_cli("check", str(folder))
    assert "clinical.suicidality: not in case.yaml, so the letter leaves out whether the records document " \
           "suicidal ideation" in result.stdout + result.stderr


def test_the_network_sources_contacted_are_cited_and_never_said_to_be_all_the_providers(tmp_path):
    """Set 8, case 02: "No in-network provider could give this care: three were tried" when one in-network clinic
    had offered an opening 78 miles away and one of the three was member services. The letter claims the standard
    it argues (a reasonable time and distance), counts sources, and cites the record of each contact."""
    from conftest import run_cli

    network = [{"name": "Lakeside Behavioral (in network)", "date": "2026-08-01",
                "outcome": "first opening in 15 weeks, 78 miles away",
                "evidence": {"file": "clinical/progress-notes.pdf", "page": 1}},
               {"name": "Member services", "date": "2026-08-02", "outcome": "no site within 45 miles"}]
    gap = {"network": network, "claim.denial_category": "out_of_network"}
    letter_text = letter(tmp_path, "out-of-network-gap-exception", **gap)
    assert "No in-network provider tried within a reasonable time and distance" in letter_text
    assert "78 miles away (Exhibit B, p. 1)" in letter_text
    summary = letter(tmp_path, "medical-necessity", **gap)
    # member services is a contact, never an in-network source (set 28, case 04), and the provider is the one said
    # (set 40, case 04)
    assert "The one in-network provider contacted could not give this care within a reasonable time and distance." \
        in summary
    assert "two were tried" not in summary and "No in-network provider can provide" not in summary
    folder = _case_folder(tmp_path, **{"network": [{**network[0], "evidence": {"file": "other/call-log.txt"}}]})
    result = run_cli("check", str(folder))
    assert "network item 1" in result.stdout + result.stderr and "other/call-log.txt" in result.stdout + result.stderr


def test_the_access_standards_ask_first_condition_is_applied_to_the_dates_of_contact_and_care(tmp_path):
    """Set 16, case 04: the brochure pays a non-preferred provider at the preferred level when none is within its
    distance "and you contact us before you receive the service"; the letter quoted the clause and never said the
    member had called before the first session. The condition is met by a network contact dated before the first
    date of care given, and said with both dates; a contact made after the care began meets nothing."""
    from appeal_kit.letter import derived

    quote = ("If no preferred provider of the needed covered service is available within 60 miles of your home, and "
             "you contact us before you receive the service, we will pay the non-preferred provider at the preferred "
             "benefit level.")
    assert derived.access_standard({"plan_policy": {"quote": quote}})["ask_first"] is True
    assert derived.access_standard({"plan_policy": {"quote": "Care within 45 miles. You must ask us first."}})[
        "ask_first"] is True
    assert derived.access_standard({"plan_policy": {"quote": "A provider within 45 miles."}})["ask_first"] is False
    call = {"name": "Member services", "date": "2026-08-03", "outcome": "none within 60 miles"}
    far = {"name": "Nearest preferred TMS provider", "date": "2026-08-03", "miles": 212, "outcome": "the nearest"}
    case = {"network": [far, call], "claim.denial_category": "out_of_network", "plan_policy.quote": quote,
            "claim.service_dates": ["2026-08-24", "2026-10-09"]}
    said = context(**case)["facts"]
    assert said["network_asked_first"].value is True and "network row 2" in said["network_asked_first"].sources
    text = letter(tmp_path, "out-of-network-gap-exception", **case)
    assert "August 3, 2026, before the first date of care, August 24, 2026" in text
    late = {**case, "network": [{**far, "date": "2026-08-25"}, {**call, "date": "2026-09-01"}]}
    assert context(**late)["facts"]["network_asked_first"].value is False
    assert "before the first date of care" not in letter(tmp_path, "out-of-network-gap-exception", **late)
    # terms with no such condition: nothing to apply
    plain = {**case, "plan_policy.quote": "A network provider will be available within 60 miles of your home."}
    assert context(**plain)["facts"]["network_asked_first"].value is None
    assert "before the first date of care" not in letter(tmp_path, "out-of-network-gap-exception", **plain)


def test_an_approvals_extension_the_plans_terms_allow_is_asked_for_with_its_window_worked_out(tmp_path):
    """Set 17, case 07 (and set 16, case 07): the plan's terms let an approval be extended ("including for services
    already received, when the request is made within 180 days of the service"); the letter quoted them and asked the
    plan only to "decide this request under that provision". It asks for the extension in so many words, for the
    dates the approval does not reach, with the window from the earliest of them, and says the decision never
    mentions it. Terms that want the extension asked for before the approval ends are met only by the date the case
    records (prior_auth.approved.extension_asked)."""
    from appeal_kit.letter import derived

    within = ("If a network provider still is not available when the approved dates end, the exception may be "
              "extended on request, including for services already received, when the request is made within 180 "
              "days of the service.")
    case = {"claim.denial_category": "out_of_network", "claim.service_dates": ["2026-07-21", "2026-06-16"],
            "claim.denial_reason": "Services after the approved dates were given out of network.",
            "prior_auth.approved": {"number": "GAP-2026-0212-551", "date": "2026-02-12",
                                    "quote": "Approved: dates of service 03/01/2026 through 05/31/2026."},
            "plan_policy.exception": within}
    ext = derived.extension_request(sample_variant(SAMPLE, **case).data, TODAY)
    assert ext["dates"] == ["2026-06-16", "2026-07-21"] and ext["days"] == 180
    assert ext["deadline"] == "2026-12-13" and ext["in_time"] is True and ext["decided"] is False
    said = context(**case)["facts"]
    assert said["approval_extension"].value is True and said["extension_in_time"].value is True
    text = letter(tmp_path, "out-of-network-gap-exception", **case)
    assert "I request an extension of GAP-2026-0212-551 for June 16, 2026 and July 21, 2026" in text
    assert "June 16, 2026, runs until December 13, 2026" in text
    assert "does not mention an extension" in text
    # the window run out for the earliest date: the request is still made, but never said to be in time
    late = derived.extension_request(sample_variant(SAMPLE, **case).data, date(2026, 12, 14))
    assert late["in_time"] is False
    # a decision that weighed the extension is not said to have ignored it
    weighed = {**case, "claim.denial_reason": "No extension of GAP-2026-0212-551 was requested."}
    assert context(**weighed)["facts"]["extension_not_decided"].value is False
    # no extension in the terms, or every date inside the approval: nothing to ask
    assert derived.extension_request(sample_variant(
        SAMPLE, **{**case, "plan_policy.exception": "Exceptions are decided case by case."}).data, TODAY) is None
    inside = {**case, "claim.service_dates": ["2026-04-01"]}
    assert derived.extension_request(sample_variant(SAMPLE, **inside).data, TODAY) is None
    # asked before the end date: only the recorded date meets it
    before = {**case, "plan_policy.exception": "The provider may request an extension before the end date, and the "
                                                "plan will not deny the extended service."}
    assert context(**before)["facts"]["approval_extension"].value is None  # unknown: check asks for the date
    assert "I request an extension" not in letter(tmp_path, "out-of-network-gap-exception", **before)
    asked = {**before, "prior_auth.approved": {**case["prior_auth.approved"], "extension_asked": "2026-05-29"}}
    text = letter(tmp_path, "out-of-network-gap-exception", **asked)
    assert "asked for on May 29, 2026, before that end date, May 31, 2026" in text
    assert "to grant it for June 16 and July 21, 2026" in text or "to grant it for June 16, 2026 and July 21, 2026" \
        in text


def test_a_criterion_another_may_replace_is_met_by_that_other_and_never_said_unmet(tmp_path):
    """Set 16, case 05: BH-ECT-C criterion 3 ("life-threatening refusal of food or fluids, in which case ECT may
    start without criterion 2") is an alternative to criterion 2; the rows were read as all-of, so the letter could
    only argue criterion 2. A row with `instead_of: 2` that is met meets criterion 2's place: the letter says so with
    its record, every criterion counts as met, and the replaced row is never said to be unmet; an alternative not met
    is no unmet criterion when the one it replaces is met."""
    rows = [{"criterion": "1. Catatonia documented on a rating scale.", "how_met": "BFCRS 19.", "met": True},
            {"criterion": "2. Failure of an adequate benzodiazepine trial.", "how_met": "Lorazepam for 6 days.",
             "met": False},
            {"criterion": "3. Life-threatening refusal of food or fluids.", "how_met": "IV fluids for dehydration.",
             "met": True, "instead_of": 2, "evidence": {"file": "clinical/progress-notes.pdf", "page": 1}}]
    case = {"payer_criteria": rows}
    said = context(**case)["facts"]
    assert said["all_criteria_met"].value is True and said["criterion_alternative_met"].value is True
    assert said["criterion_2"].value is None  # never said, so never said to be unmet
    text = letter(tmp_path, **case)
    assert "criterion 3 take the place of criterion 2" in text and "(Exhibit B, p. 1)" in text
    # read as all-of without the field: criterion 2 is unmet
    plain = {"payer_criteria": [rows[0], rows[1], {k: v for k, v in rows[2].items() if k != "instead_of"}]}
    assert context(**plain)["facts"]["all_criteria_met"].value is False
    assert "take the place of" not in letter(tmp_path, **plain)
    # the alternative not met, the criterion it replaces met: nothing is unmet, and no alternative is argued
    other = {"payer_criteria": [rows[0], {**rows[1], "met": True}, {**rows[2], "met": False}]}
    assert context(**other)["facts"]["all_criteria_met"].value is True
    assert "take the place of" not in letter(tmp_path, **other)


def test_a_part_d_quantity_limit_is_answered_with_the_prescribers_supporting_statement(tmp_path):
    """Set 16, case 01: the notice's only reason was "The prescriber did not provide information showing that the
    limit is not appropriate for you"; the prescriber's statement was enclosed but never named, the exception rule
    (42 CFR 423.578(b)) never cited, and the letter asked whether the plan "allows more treatments ... for a longer
    course". The statement is a case field (prescriber_statement: date, quote, file); the letter quotes it as the
    answer to the notice, cites the rule and asks for an exception to the limit for the quantity prescribed."""
    case = {"claim.plan_type": "medicare_part_d", "claim.denial_category": "benefit_limit",
            "claim.denial_reason": "Your request for an exception to the quantity limit is denied. The prescriber did "
                                   "not provide information showing that the limit is not appropriate for you.",
            "plan_policy.quote": "Pregabalin 150 mg: QL 60 capsules per 30 days.",
            "plan_policy.limit": {"applied": 60, "current": 60, "course": 90, "unit": "capsules per 30 days"},
            "prescriber_statement": {"date": "2026-11-20", "quote": "Two capsules a day would not be as effective.",
                                     "file": "clinical/progress-notes.pdf"}}
    said = context(**case)["facts"]
    assert said["prescriber_statement_given"].value is True and said["denial_no_statement"].value is True
    text = letter(tmp_path, **case)
    assert "42 CFR 423.578(b)" in text
    assert "“Two capsules a day would not be as effective.”" in text and "November 20, 2026" in text
    assert "grant an exception to the limit for the quantity prescribed" in text and "90 capsules per 30 days" in text
    assert "more treatments" not in text
    # without the statement: the rule and the request, and the plan asked what form it wants the statement in
    without = letter(tmp_path, **{**case, "prescriber_statement": None})
    assert "42 CFR 423.578(b)" in without and "Two capsules" not in without
    assert "supporting statement is needed in a particular form" in without
    # not Part D: no Part D rule
    assert "423.578" not in letter(tmp_path, **{**case, "claim.plan_type": "employer_erisa"})


def test_a_criterion_the_decision_found_unmet_is_answered_in_words_once(tmp_path):
    """Set 16, case 05 (against set 10, case 01): the answer to the criterion the decision found unmet was printed
    three times, in the opening summary, the criteria table and its own section. The rule (docs/letters.md): its
    answer is said once, in its own section; the summary says it is met and the table row points there."""
    from appeal_kit.letter.render import ANSWERED_BELOW

    how = "Lorazepam 6 mg a day for four days, from October 22 to October 25"
    rows = [{"criterion": "1. Catatonia documented on a rating scale.", "how_met": "BFCRS 19 on October 21",
             "met": True},
            {"criterion": "2. Failure of an adequate benzodiazepine trial.", "how_met": how, "met": True,
             "evidence": {"file": "clinical/progress-notes.pdf", "page": 1}}]
    case = {"payer_criteria": rows,
            "claim.denial_reason": "Criterion 2 requires failure of an adequate benzodiazepine trial; not met."}
    text = letter(tmp_path, **case)
    assert text.count(how) == 1 and "The decision rests on criterion 2" in text
    assert ANSWERED_BELOW in text and "BFCRS 19 on October 21" in text  # the other rows stay in the table
    # no finding on a criterion: every answer in the table, none pointed elsewhere
    plain = letter(tmp_path, **{**case, "claim.denial_reason": "Not medically necessary."})
    assert plain.count(how) == 1 and ANSWERED_BELOW not in plain


def test_a_numbered_list_of_grounds_joined_by_a_last_or_is_met_by_any_one(tmp_path):
    """Set 17, case 06: FE-100 grants an exception when the formulary alternatives "(1) have been ineffective, (2)
    have caused or are likely to cause adverse effects, or (3) are contraindicated"; rows "(1) ..." and "(2) ..."
    answered them, but a list whose parts are joined by commas and a last "or", numbered rather than lettered, was
    not read as alternatives, so the letter never said any one ground is enough."""
    from appeal_kit.letter import derived

    quote = ("We will approve a formulary exception when the prescriber states that the formulary alternatives (1) have "
             "been ineffective, (2) have caused or are likely to cause adverse effects, or (3) are contraindicated.")
    rows = [{"criterion": "(1) Ineffective", "how_met": "Quetiapine for 12 weeks brought a partial response only",
             "met": True},
            {"criterion": "(2) Adverse effects", "how_met": "None recorded", "met": False}]
    case = {"plan_policy.quote": quote, "payer_criteria": rows}
    assert [p["label"] for p in derived.policy_prongs(sample_variant(SAMPLE, **case).data, [])] == ["(1)", "(2)", "(3)"]
    either = derived.criteria_alternatives(sample_variant(SAMPLE, **case).data)
    assert either["labels"] == ["1", "2", "3"] and either["met"] == ["1"]
    said = context(**case)["facts"]
    assert said["alternative_met"].value is True and said["all_criteria_met"].value is True
    text = letter(tmp_path, **case)
    assert "(1), (2) or (3) is met: any one of them is enough" in text
    # the labels are the policy's list markers, not figures the claims report asks a source for
    from appeal_kit.letter import claims

    report: dict = {}
    variant = sample_variant(SAMPLE, **case)
    render.render_letter(variant, render.find_template("medical-necessity"), tmp_path / "r.docx", today=TODAY,
                         clinic=None, report=report)
    said = [st for st in claims.trace_letter(variant, report["facts"], tmp_path / "r.docx", TODAY) if "(2)" in st.text]
    assert said and not claims.unsourced_sentences(said)
    # parts that must all hold are no alternatives
    every = {**case, "plan_policy.quote": quote.replace(", or (3)", ", and (3)")}
    assert derived.policy_prongs(sample_variant(SAMPLE, **every).data, []) == []


def test_a_network_contact_is_set_against_the_plans_own_access_standard_from_its_own_fields(tmp_path):
    """Set 8, case 02: EOC 3.4 (45 miles, an appointment within 10 business days) was quoted but never applied to
    the in-network clinic 78 miles away whose first opening was 15 weeks off. The row's `miles` and `first_opening`
    are set against the standard the quoted terms state; its outcome text is never read for them."""
    from appeal_kit.letter import derived

    terms = {"plan_policy.quote": "A Network Provider will be available within 45 miles or 60 minutes of travel, with "
                                  "a routine appointment available within 10 business days."}
    standard = derived.access_standard({"plan_policy": {"quote": terms["plan_policy.quote"]}})
    assert standard == {"miles": 45, "days": 10, "business": True, "ask_first": False, "field": "plan_policy.quote",
                        "offers": "", "from": "home"}
    far = {"name": "Lakeside Behavioral (in network)", "date": "2026-06-23", "miles": 78,
           "first_opening": "2026-10-05", "outcome": "first opening in 15 weeks"}
    assert derived.beyond_standard(far, standard) == {"miles": True, "late": True, "none_within": "", "wait": ""}
    near = {**far, "miles": 30, "first_opening": "2026-07-03"}  # within 45 miles; 8 business days after the request
    assert derived.beyond_standard(near, standard) == {}
    assert derived.beyond_standard({"name": "X", "outcome": "78 miles away; 15 weeks"}, standard) == {}
    assert derived.access_standard({"plan_policy": {"quote": "Out-of-network care is not covered."}}) is None
    gap = {"network": [far], "claim.denial_category": "out_of_network", **terms}
    with_fields = letter(tmp_path, "out-of-network-gap-exception", **gap)
    assert "was 78 miles from home" in with_fields and "October 5, 2026" in with_fields
    # late but near (set 12, case 07): the draft stopped on `beyond.miles`, which only a far row had
    late = {**far, "miles": 30}
    assert derived.beyond_standard(late, standard) == {"miles": False, "late": True, "none_within": "", "wait": ""}
    late_only = letter(tmp_path, "out-of-network-gap-exception", **{**gap, "network": [late]})
    assert "October 5, 2026" in late_only and "30 miles" not in late_only
    without = letter(tmp_path, "out-of-network-gap-exception",
                     **{**gap, "network": [{k: v for k, v in far.items() if k not in ("miles", "first_opening")}]})
    assert "78 miles" not in without and "October 5, 2026" not in without
    report: dict = {}
    case = sample_variant(SAMPLE, **gap)
    render.render_letter(case, render.find_template("out-of-network-gap-exception"), tmp_path / "r.docx", today=TODAY,
                         clinic=None, report=report)
    from appeal_kit.letter import claims

    said = [st for st in claims.trace_letter(case, report["facts"], tmp_path / "r.docx", TODAY) if "78 miles" in st.text]
    assert said and not claims.unsourced_sentences(said)  # the 10 business days trace to the plan's own terms
    # the standard's miles and wait trace to the terms whichever row the sentence names and whatever rule of the plan
    # type counts 10 days (set 13, case 01, Medicaid: "nothing in the case gives the number 45")
    first = {"name": "Harbor TMS (in network)", "date": "2026-06-20", "outcome": "adults only", "miles": 20}
    case = sample_variant(SAMPLE, **{**gap, "network": [first, far], "claim.plan_type": "medicaid"})
    render.render_letter(case, render.find_template("out-of-network-gap-exception"), tmp_path / "r2.docx",
                         today=TODAY, clinic=None, report=report)
    said = [st for st in claims.trace_letter(case, report["facts"], tmp_path / "r2.docx", TODAY)
            if "within 45 miles" in st.text]
    assert said and not claims.unsourced_sentences(said)
    assert all("plan_policy.quote" in st.sources and "network row 2" in st.sources for st in said)


def test_check_does_not_ask_for_suicidality_in_a_pain_case_or_a_dated_severity_line(tmp_path):
    from conftest import run_cli

    folder = _case_folder(tmp_path / "pain", **{
        "claim.diagnosis_codes": ["G90.521"], "clinical.suicidality": None,
        "clinical.severity": "Pain 7/10 at rest in October 2026; allodynia persists.", "clinical.severity_date": None})
    out = run_cli("check", str(folder)).stdout
    assert "clinical.suicidality" not in out and "clinical.severity_date" not in out
    # a depression case whose severity line speaks to suicidality: a note naming the field, not a warning
    folder = _case_folder(tmp_path / "mdd", **{
        "clinical.suicidality": None, "clinical.severity_date": None,
        "clinical.severity": "MADRS 34 on October 22, 2026; intermittent passive suicidal ideation."})
    out = run_cli("check", str(folder)).stdout
    assert "Note: clinical.suicidality" in out and "Warning: clinical.suicidality" not in out
    assert "clinical.severity_date" not in out


@pytest.mark.parametrize("template", [t.name for t in render.list_templates()])
def test_the_claims_report_of_every_bundled_template(tmp_path, template):
    from appeal_kit.letter import claims

    report: dict = {}
    render.render_letter(sample_variant(SAMPLE, **{"author.authorization": None}), render.find_template(template),
                         tmp_path / "letter.docx", today=TODAY, clinic=None, report=report)
    said = claims.statements(report["facts"])
    assert said, template  # every letter states something about the case, and says where it comes from
    assert not claims.unsourced(said)
    assert {"denial_quoted"} <= {s.id for s in said} or template in ("superbill-cover-letter",
                                                                     "claim-file-request", "regulator-complaint",
                                                                     "prior-authorization-request")  # no denial yet
    text = claims.report_text(said, report["facts"], letter="letter.docx", template=template)
    assert "<- " in text and "NO SOURCE" not in text.split("\n\n", 2)[2]


def test_draft_writes_the_claims_report_beside_the_letter(tmp_path):
    from conftest import run_cli

    folder = _case_folder(tmp_path)
    result = run_cli("draft", str(folder))
    assert result.returncode == 0, result.stderr
    report = (folder / "letter-claims.txt").read_text()
    assert "The patient has failed four adequate medication trials" in report
    assert "<- clinical.history rows 1-5, Exhibit C, p. 1" in report


@pytest.mark.parametrize("paragraph, sentences", [
    ("Your notice states: “Criterion 2 is not met. Dr. Ames reviewed it.” I disagree.",
     ["Your notice states: “Criterion 2 is not met. Dr. Ames reviewed it.”", "I disagree."]),
    ("Dr. R. Castellano, PharmD, decided it on May 4, 2026. Please send the U.S. file.",
     ["Dr. R. Castellano, PharmD, decided it on May 4, 2026.", "Please send the U.S. file."]),
])
def test_the_letter_is_split_into_its_sentences(paragraph, sentences):
    from appeal_kit.letter import claims

    assert claims.split_sentences(paragraph) == sentences


def test_the_claims_report_traces_every_sentence_of_the_letter(tmp_path):
    from appeal_kit.case.folder import load_case
    from appeal_kit.letter import claims

    case = load_case(_case_folder(tmp_path))
    report: dict = {}
    out = render.render_letter(case, render.find_template("medical-necessity"), tmp_path / "letter.docx",
                               today=TODAY, clinic=None, report=report)
    traced = claims.trace_letter(case, report["facts"], out, TODAY)
    assert traced and all(st.kind in ("case", "rule", "request", "reasoning") for st in traced)
    by_kind = {k: [st for st in traced if st.kind == k] for k in ("case", "rule", "request", "reasoning")}
    assert by_kind["case"] and by_kind["request"]
    quoted = [st for st in traced if "claim.denial_reason" in st.sources]
    assert quoted and any(s.startswith("Exhibit ") for s in quoted[0].sources)  # the quote brings its exhibit
    rows = case.get("clinical.history")
    first = [st for st in traced if st.text.startswith(f"{rows[0]['drug']} | ")]  # the history table's first row
    assert first and "clinical.history row 1" in first[0].sources
    ruled = [st for st in traced if any(s.startswith("rule ") for s in st.sources)]
    assert ruled  # a citation names the rule in the registry that prints it
    # every sentence that prints a date of the case is traced to the field that holds it
    dated = [st for st in traced if "claim.notice_date" in st.sources]
    assert all(st.kind == "case" for st in dated)


def test_draft_writes_the_letter_sentence_by_sentence_in_the_claims_report(tmp_path):
    from conftest import run_cli

    from appeal_kit.letter import claims

    folder = _case_folder(tmp_path)
    assert run_cli("draft", str(folder)).returncode == 0
    lines = (folder / claims.REPORT_NAME).read_text().splitlines()
    numbered = [i for i, line in enumerate(lines) if line[:5].strip().rstrip(".").isdigit() and line[:5].endswith(". ")]
    assert len(numbered) > 20  # the facts, then every sentence of the letter
    assert all(lines[i + 1].strip().startswith("<- ") for i in numbered)


def test_a_requirement_stated_in_words_counts_as_named_criteria(tmp_path):
    reason = ("Medical review: the documentation submitted did not show an inadequate response to at least two "
              "antidepressants of adequate dose and duration during the current depressive episode.")
    text = letter(tmp_path, "esketamine-step-therapy", SPRAVATO, **{"claim.denial_reason": reason,
                                                                    "claim.plan_type": "medicare"})
    assert "has not said which criteria" not in text and "does not say which criteria" not in text


# ---------------------------------------------------------------------------------------------- requests fit the denial

def test_a_pre_service_exception_asks_nothing_of_claims_already_paid(tmp_path):
    network = [{"name": "Lakeside Behavioral", "date": "2026-08-01", "outcome": "no TMS for minors"}]
    before = letter(tmp_path, "out-of-network-gap-exception", **{
        "network": network, "claim.service_dates": [], "claim.pending_services": ["36 TMS sessions"]})
    assert "already paid" not in before and "processed this claim" not in before
    assert "before treatment begins" in before
    after = letter(tmp_path, "out-of-network-gap-exception", **{"network": network, "claim.pending_services": []})
    assert "reprocess the claims for these services at the in-network benefit level" in after


def test_an_authorization_the_plan_never_decided_is_argued_as_its_failure_to_decide(tmp_path):
    pa = {"prior_auth.requested_on": "2026-07-21", "prior_auth.never_decided": True,
          "prior_auth.reason_missing": "The plan said three times that the request was pending.",
          "claim.denial_category": "prior_authorization"}
    text = letter(tmp_path, "retro-authorization", **pa)
    assert "never decided" in text and "failure to decide" in text
    for wrong in ("procedural gap", "had authorization been requested", "because prior authorization was not in place",
                  "Request for retroactive authorization"):
        assert wrong not in text, wrong
    # a request never made is still a request for retroactive authorization
    missing = letter(tmp_path, "retro-authorization", **{**pa, "prior_auth.never_decided": None,
                                                        "prior_auth.requested_on": None})
    assert "procedural gap" in missing and "never decided" not in missing


# ---------------------------------------------------------------------------------------------- evidence in the folder

def test_a_document_no_field_describes_is_named_by_check_and_used_once_a_field_says_what_it_is(tmp_path):
    from conftest import run_cli

    folder = _case_folder(tmp_path / "a", **{"claim.denial_category": "experimental_investigational",
                                             "claim.plan_type": "employer_erisa", "exhibits": None})
    (folder / "other" / "policy-excerpt.txt").parent.mkdir(exist_ok=True)
    (folder / "other" / "policy-excerpt.txt").write_text("Fictional: Medical Policy MP-201, off-label drugs.\n")
    out = run_cli("check", str(folder)).stdout
    assert "Note: other/: enclosed, but no case.yaml field says what it is" in out and "policy-excerpt.txt" in out
    # the fields that win set 6's letter 06 and set 7's letter 05 are named among those that could use it
    assert "(prior_auth.approved.file)" in out and "(plan_option.proof)" in out
    # and that it goes into the packet all the same, so an old form or another person's record is taken out (set 24)
    assert "It goes into the packet all the same" in out and "move it out of the case folder" in out
    approval = _case_folder(tmp_path / "c", **{"claim.plan_type": "employer_erisa", "exhibits": None,
                                               "prior_auth.approved": {"number": "PA-1",
                                                                       "file": "other/policy-excerpt.txt"}})
    (approval / "other").mkdir(exist_ok=True)
    (approval / "other" / "policy-excerpt.txt").write_text("Fictional: approval PA-1.\n")
    assert "policy-excerpt.txt" not in run_cli("check", str(approval)).stdout
    comparator = {"name": "Medical Policy MP-201", "quote": "IV ketamine is covered for refractory cancer pain.",
                  "file": "other/policy-excerpt.txt"}
    folder = _case_folder(tmp_path / "b", **{"claim.denial_category": "experimental_investigational",
                                             "claim.plan_type": "employer_erisa", "plan_policy.comparator": comparator,
                                             "exhibits": None})
    (folder / "other" / "policy-excerpt.txt").parent.mkdir(exist_ok=True)
    (folder / "other" / "policy-excerpt.txt").write_text("Fictional: Medical Policy MP-201, off-label drugs.\n")
    assert "policy-excerpt.txt" not in run_cli("check", str(folder)).stdout
    text = letter(tmp_path, "experimental-investigational", **{
        "claim.denial_category": "experimental_investigational", "claim.plan_type": "employer_erisa",
        "plan_policy.comparator": {k: v for k, v in comparator.items() if k != "file"}})
    assert "own Medical Policy MP-201 covers a medical or surgical use under this standard: “IV ketamine is " \
           "covered for refractory cancer pain.”" in text
    assert "Health plans routinely cover" not in text  # the plan's own policy, not a hypothetical


# ---------------------------------------------------------------------------------------------- the case's own terms

REASON_WORDS = {
    "medical_necessity": "The service is not medically necessary.",
    "experimental_investigational": "The service is experimental and investigational.",
    "prior_authorization": "No prior authorization was obtained for the service.",
    "step_therapy": "Step therapy requirements were not met.",
    "out_of_network": "The provider is not in the plan's network.",
    "not_covered": "The service is excluded from coverage under the plan.",
    "coding_billing": "The claim has a billing error: the procedure code is invalid.",
    "timely_filing": "The claim was not filed within the timely filing limit.",
    "other": "The benefit maximum for this service has been reached.",
}
ANSWERS = [t.name for t in render.list_templates() if "denial" in t.arguments]
OWN_TERMS = {"plan_policy.quote": "Fictional: Section 4.2 sets the terms the denial applied.",
             "plan_policy.exception": "Fictional: Section 9.6 lets the Plan approve a request these terms would refuse.",
             "claim.coding_correct": False,
             "corrected_claim": {"error": "the claim gave an invalid code", "lines": [{"code": "96365", "units": 1}]}}


@pytest.mark.parametrize("category", sorted(REASON_WORDS))
def test_the_plans_own_terms_and_the_corrected_claim_are_said_whatever_the_denial(category):
    """A winning argument the case holds in its fields (the plan's words, its exception provision, the corrected
    claim) is said in every letter that answers a denial, once, whatever the category and plan type."""
    for n, template in enumerate(ANSWERS):
        plan_type = PLAN_TYPES[(n + len(category)) % len(PLAN_TYPES)]
        ctx = context(template=template, **OWN_TERMS, **{"claim.denial_category": category,
                                                         "claim.denial_reason": REASON_WORDS[category],
                                                         "claim.plan_type": plan_type})
        said = _asserted(ctx)
        for fact_id in ("plan_quoted", "exception_quoted", "claim_corrected"):
            # Original Medicare has no plan, so no exception process and no network whose terms the letter could
            # quote (arguments.block_names leaves those blocks out); a template whose own block quotes the rule
            # applied (experimental-investigational) still says it, once
            if plan_type == "medicare" and fact_id == "plan_quoted" and category == "out_of_network":
                assert said.count(fact_id) <= 1, (template, plan_type, fact_id, said)
                continue
            once = 0 if plan_type == "medicare" and fact_id == "exception_quoted" else 1
            assert said.count(fact_id) == once, (template, plan_type, fact_id, said)
    plain = _asserted(context(**{"claim.denial_category": category, "claim.denial_reason": REASON_WORDS[category]}))
    assert not {"exception_quoted", "claim_corrected"} & set(plain)


def test_the_same_treatment_that_worked_before_is_said_and_no_other():
    history = [{"drug": "TMS, previous episode (36 sessions)", "kind": "neuromodulation", "response": "remission",
                "failed": False, "outcome": "Remission"},
               {"drug": "Electroconvulsive therapy (ECT)", "response": "remission", "outcome": "Remission"},
               {"drug": "rTMS, 2019", "response": "none", "outcome": "No response"}]
    assert arguments.earlier_responses(history, "Repeat course of transcranial magnetic stimulation") == history[:1]
    assert arguments.earlier_responses(history, "IV ketamine infusions") == []
    ctx = context(**{"clinical.history": history, "treatment.name": "Repeat course of rTMS"})
    assert "worked_before" in _asserted(ctx)
    assert "worked_before" not in _asserted(context(**{"clinical.history": history[1:],
                                                        "treatment.name": "Repeat course of rTMS"}))


def test_the_plans_own_document_is_described_by_plan_policy_file(tmp_path):
    from conftest import run_cli

    policy = {"name": "Medical Policy MP-9", "quote": "Fictional: IV ketamine is covered after two failed trials.",
              "file": "other/policy-excerpt.txt"}
    folder = _case_folder(tmp_path / "a", **{"plan_policy": policy, "exhibits": None})
    (folder / "other").mkdir(exist_ok=True)
    (folder / "other" / "policy-excerpt.txt").write_text("Fictional: Medical Policy MP-9.\n")
    out = run_cli("check", str(folder)).stdout
    assert "policy-excerpt.txt" not in out and "unknown key" not in out
    fact = context(**{"plan_policy": {**policy, "file": None}})["facts"]["plan_quoted"]
    assert fact.sources[0] == "plan_policy.quote"


def test_a_document_holding_the_quoted_plan_words_is_named_for_plan_policy_file(tmp_path):
    """The user quoted the plan's policy (plan_policy.quote) and enclosed it in other/ without saying which file it
    is: check names that file for plan_policy.file instead of calling it unused; a file with other words stays
    unused."""
    from conftest import run_cli

    words = ("Maintenance is authorized at the least frequent interval that keeps the response, unless the "
             "prescriber documents a relapse at that interval.")
    folder = _case_folder(tmp_path / "a", **{"plan_policy.name": "Policy RX-77 (fictional)",
                                             "plan_policy.quote": words, "exhibits": None})
    (folder / "other").mkdir(exist_ok=True)
    (folder / "other" / "rx-77.txt").write_text("FICTIONAL\nPolicy RX-77\n" + words.replace(" unless", "\nunless"))
    (folder / "other" / "brochure.txt").write_text("FICTIONAL\nA brochure with other words entirely.\n")
    lines = run_cli("check", str(folder)).stdout.splitlines()
    named = [line for line in lines if line.startswith("Warning: plan_policy.file:")]
    unused = [line for line in lines if line.startswith("Note: other/:")]
    assert len(named) == 1 and "other/rx-77.txt" in named[0]
    assert len(unused) == 1 and "brochure.txt" in unused[0] and "rx-77" not in unused[0]


def test_a_trial_that_failed_early_is_not_dismissed_as_merely_inadequate():
    """Set 8, cases 03 and 05: augmentation stopped for akathisia, recorded `adequate: false, failed: true`, was set
    aside "because it was not an adequate trial", the very intolerance the criterion and the exception accept."""
    early = {"drug": "Aripiprazole", "dose": "5 mg", "start": "2025-06-02", "end": "2025-06-24",
             "outcome": "Stopped for akathisia", "adequate": False, "failed": True}
    assert arguments.adequacy_problem(early) == "it failed before an adequate trial was reached"
    assert arguments.adequacy_problem({**early, "failed": None}) == "it was not an adequate trial"
    assert not arguments.trial_is_adequate(early)  # still not counted as an adequate failed trial


def test_a_treatment_that_worked_is_not_counted_for_that_reason_whatever_its_dates():
    """Set 8, case 02: citalopram brought a remission in an earlier episode; the letter said it was left out
    "because its dates do not show how long it lasted", and check asked for `adequate: true`, a wrong edit."""
    row = {"drug": "Citalopram", "dose": "40 mg", "start": "summer 2023", "end": "fall 2023",
           "outcome": "Remission in an earlier episode", "response": "remission"}
    assert arguments._why_not_counted(row) == "it brought a remission"
    assert arguments.uncountable_phrase(row) is None
    assert arguments.uncountable_phrase({**row, "response": "none"}) is not None  # a failed trial needs its dates


def test_the_published_criteria_count_a_trial_still_taken_as_the_trial_paragraph_does():
    """Set 8, case 06: the criteria table said two adequate antidepressant trials and the paragraph three; the row
    still taken (nortriptyline, continued after it failed) is shown as continuing, and its recorded end is what shows
    it an adequate trial, for the table as for the paragraph and `check`."""
    from appeal_kit.letter import criteria

    history = [{"drug": "Fluoxetine", "dose": "40 mg", "start": "2025-01-20", "end": "2025-04-07", "response": "none"},
               {"drug": "Venlafaxine XR", "dose": "225 mg", "start": "2025-04-14", "end": "2025-07-07",
                "response": "partial"},
               {"drug": "Nortriptyline", "dose": "75 mg", "start": "2025-08-04", "end": "2025-10-06",
                "response": "none", "ongoing": True}]
    changes = {"clinical.history": history, "payer_criteria": None, "clinical.episode_onset": "January 2025"}
    ctx = context(**changes)
    rows = {r["criterion"]: r["how_met"] for r in ctx["published"]["rows"]}
    counted = [how for how in rows.values() if "adequate antidepressant trials" in how]
    recorded = criteria.published_criteria(sample_variant(SAMPLE, **changes).data, ctx["indication"],
                                           prescriber=ctx["prescriber"])  # what `check` reads
    assert counted and counted == [how for how in (r["how_met"] for r in recorded["rows"])
                                   if "adequate antidepressant trials" in how]
    # still taken, it meets "no adequate response" and is said so, never as failed (set 16, case 02)
    assert "Nortriptyline (still being taken)" in counted[0] and "No adequate response to three" in counted[0]
    assert "failed" not in counted[0]


def test_the_plan_language_quoted_is_the_denials_basis_only_when_the_denial_names_it():
    """Set 9, case 04: the premium grace terms the member relies on were called the language the denial relies on."""
    from appeal_kit.letter import derived

    grace = {"name": "COBRA Election Notice, Premium Payments", "quote": "You have a grace period of 30 days."}
    data = {"claim": {"denial_reason": "CARC 27: expenses incurred after coverage terminated."}, "plan_policy": grace}
    assert not derived.policy_cited(data)
    assert derived.policy_cited({**data, "claim": {"denial_reason": "Denied under the COBRA Election Notice, "
                                                                    "Premium Payments."}})
    excluded = {"claim": {"denial_reason": "Excluded under Certificate Section 11.4(m)."},
                "plan_policy": {"name": "Certificate of Coverage", "quote": "11.4 The Plan does not cover: ...",
                                "number": "CC-2026"}}
    assert not derived.policy_cited(excluded)  # 11.4 alone is not the section the denial names, 11.4(m)
    assert derived.policy_cited({**excluded, "plan_policy": {**excluded["plan_policy"],
                                                             "name": "Certificate, Section 11.4(m)"}})
    assert derived.policy_cited({**excluded, "claim": {"denial_reason": "Denied: CC-2026 applies."}})


def test_a_fair_hearing_asked_within_the_notices_own_time_says_that_date_not_the_rules_outer_limit():
    """Set 9, case 03: the notice gave 60 days (January 11, 2027); the letter said "at most 90 days from mailing"."""
    from appeal_kit.letter import derived

    ffs = {"claim": {"plan_type": "medicaid", "delivery": "fee_for_service", "notice_date": "2026-11-12"}}
    assert "at most 90 days" in derived.next_level(ffs, date(2026, 12, 1))["window"]
    stated = {"claim": {**ffs["claim"], "appeal_deadline": "2027-01-11",
                        "deadline_basis": 'Stated in the notice: "within 60 days of the date of this notice"'}}
    level = derived.next_level(stated, date(2026, 12, 1))
    assert level["window"] == "within the time the notice gives, by January 11, 2027" and level["timely"]


def test_the_plans_standards_are_answered_with_published_evidence_only_where_the_letter_sets_it_out(tmp_path):
    """Set 11, case 05: "consistent with generally accepted standards: the published trials and guidelines set out in
    this letter", in a letter that set out none."""
    definition = ("Services that are appropriate and consistent with the diagnosis, consistent with generally accepted "
                  "standards of medical practice, not primarily for the convenience of the member or provider.")
    case = {"plan_policy.medical_necessity_definition": definition, "claim.plan_type": "employer_erisa",
            "claim.denial_category": "medical_necessity", "claim.denial_reason": "Not medically necessary."}
    said = re.compile(r"published trials and guidelines set out in this letter")
    shown = rendered_text(tmp_path, sample_variant(SAMPLE, **case), "ketamine-trd", date(2026, 11, 26))
    assert said.search(shown) and re.search(r"\[\d\]", shown)  # the evidence is set out, with its references
    bare = rendered_text(tmp_path, sample_variant(SAMPLE, **case, literature=None, literature_tags=None),
                         "medical-necessity", date(2026, 11, 26))
    assert not said.search(bare) or re.search(r"\[\d\]", bare)


def test_the_plans_access_standard_is_worked_out_once_for_the_letter_its_facts_and_its_trace(tmp_path, monkeypatch):
    """The access standard read from the plan's quoted terms is worked out once, when the letter's data is made:
    the network block, the facts and the claims trace read that one, so they cannot read the terms differently."""
    from appeal_kit.letter import claims, derived

    terms = {"plan_policy.quote": "A Network Provider will be available within 45 miles, with a routine appointment "
                                  "available within 10 business days."}
    far = {"name": "Lakeside Behavioral", "date": "2026-06-23", "miles": 78, "first_opening": "2026-10-05",
           "outcome": "first opening in 15 weeks"}
    case = sample_variant(SAMPLE, **{"network": [far], "claim.denial_category": "out_of_network", **terms})
    reads = []
    worked_out = derived.access_standard
    monkeypatch.setattr(derived, "access_standard", lambda data: reads.append(1) or worked_out(data))
    report: dict = {}
    render.render_letter(case, render.find_template("out-of-network-gap-exception"), tmp_path / "r.docx", today=TODAY,
                         clinic=None, report=report)
    assert report["facts"].access_standard["days"] == 10 and report["facts"]["network_beyond_standard"].value is True
    said = [st for st in claims.trace_letter(case, report["facts"], tmp_path / "r.docx", TODAY)
            if "10 business days" in st.text]
    assert said and not claims.unsourced_sentences(said)
    assert len(reads) == 1
