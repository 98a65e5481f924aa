"""The findings of set 15's blind review (tests/resources/letter-review/set15-review.md) that misstate the case or the
letter itself, each fixed by its kind and tested on the set's own fictional case folders, changed to show where the
sentence still belongs. Set 15 is a fix set: these cases shaped the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_letter_set12_findings import TODAY, asserted, case12, draft

from appeal_kit.letter import clinic, derived, render

SET15 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set15"


@pytest.fixture(autouse=True)
def no_user_clinic(tmp_path_factory, monkeypatch):
    monkeypatch.setattr(clinic, "config_dir", lambda: tmp_path_factory.mktemp("config"))


def case15(number: str, **changes):
    return case12(number, where=SET15, **changes)


# ----------------------------------------------- 01: what the decision found unmet, not what it named or never reached

def test_a_lettered_criterion_names_only_itself_and_criteria_not_reached_are_not_found_unmet(tmp_path):
    # the decision names criterion 2(c); rows 2(a) and 2(b) are other criteria, and "were not reviewed" is no finding
    reached = case15("01")
    reason = reached.data["claim"]["denial_reason"] + " Criteria 1, 2(a), 2(b), 3 and 4 were not reviewed further."
    for case in (reached, case15("01", **{"claim.denial_reason": reason})):
        assert [c["number"] for c in derived.denied_criteria_met(case.data)] == ["2(c)"]
        paragraphs, state = draft(tmp_path, case)
        assert "denied_criterion_met" in asserted(state)
        found = [p for p in paragraphs if "found unmet" in p or p.startswith("The decision rests on criterion")]
        assert found and all("2(a)" not in p and "2(b)" not in p and "criterion 2 " not in p.lower() for p in found)
        rests = [p for p in paragraphs if p.startswith("The decision rests on criterion")]
        assert len(rests) == 1 and rests[0].count("The decision rests on") == 1
        assert "criterion 2(c) of" in rests[0] and "sympathetic nerve block" in rests[0]
    # a decision that names 2(a) as its ground argues 2(a), and only it
    other = case15("01", **{"claim.denial_reason": "Criterion 2(a) is not met: physical therapy is not documented."})
    assert [c["number"] for c in derived.denied_criteria_met(other.data)] == ["2(a)"]
    # a criterion the decision says is met is not one it found unmet
    met = case15("01", **{"claim.denial_reason": "Criterion 1 is met. Criterion 2(c) is not met."})
    assert [c["number"] for c in derived.denied_criteria_met(met.data)] == ["2(c)"]


# ------------------------------------------------------ 04: the decision appealed is named by its own recorded level

def test_the_decision_appealed_is_named_by_the_level_its_record_gives(tmp_path):
    # external review of the final, second-level decision: the header names it so, once
    case = case15("04")
    paragraphs, _ = draft(tmp_path, case, "external-review-request")
    appealed = [p for p in paragraphs if p.startswith("Decision appealed:")]
    assert len(appealed) == 1 and "second-level appeal decision, the plan's final internal decision" in appealed[0]
    assert not [p for p in paragraphs if "first-level appeal decision" in p]
    # a second-level appeal of the first-level decision: that one, called first-level
    first = case15("06")
    paragraphs, _ = draft(tmp_path, first)
    appealed = [p for p in paragraphs if p.startswith("Decision appealed:")]
    assert len(appealed) == 1 and appealed[0].endswith("(first-level appeal decision)")
    # a record that names no level says none
    plain = [{**d, "stage": None} for d in case.data["decisions"]]
    assert derived.decision_level(plain[-1]).startswith("final internal appeal decision")
    assert derived.decision_level({"outcome": "denied"}) == "appeal decision"


# ----------------------- 06: a sentence points to a part of the letter only when it is printed; the claims report
# lists only what the letter holds

def test_a_pointer_to_the_alternatives_is_said_only_where_they_follow(tmp_path):
    paragraphs, state = draft(tmp_path, case15("06"))
    pointer = next(i for i, p in enumerate(paragraphs) if p.startswith("The question the denial raises is the level"))
    assert paragraphs[pointer].endswith("Why a lower level of care will not do is set out below.")
    heading = paragraphs.index("Why the alternatives will not do")
    assert heading > pointer and paragraphs[heading + 1].startswith("Intensive outpatient program: The only in-network")
    assert "alternatives_answered" in asserted(state)
    # no alternatives in the case: no pointer, no heading, no statement about them
    paragraphs, state = draft(tmp_path, case15("06", alternatives=[]))
    assert not [p for p in paragraphs if "will not do" in p]
    assert "alternatives_answered" not in asserted(state)


def _case_words(value):
    """The case's own words a claims-report statement carries (its Phrase's plain string values)."""
    from appeal_kit.letter.wording import Phrase

    for _key, v in value.values:
        for x in v if isinstance(v, (list, tuple)) else [v]:
            if isinstance(x, Phrase):
                yield from _case_words(x)
            elif type(x) is str and x.strip():
                yield x


def _plain(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.mark.parametrize("template", [t.name for t in render.list_templates()
                                      if t.name not in ("superbill-cover-letter", "regulator-complaint")])
def test_every_claims_report_statement_is_in_the_letter(tmp_path, template):
    # what the report lists as said, the letter says: each statement's own words from the case are in the letter's
    # text, for every template and plan type (set 15, case 06 listed "Why each alternative will not do: Intensive
    # outpatient program" from a pointer to a section that was not there)
    from conftest import docx_text

    from appeal_kit.letter import claims

    for plan in ("employer_erisa", "church", "fehb", "medicaid", "medicare_advantage", "individual_aca"):
        case = case15("06", **{"claim.plan_type": plan, "urgency.reason": "Discharge without a step-down risks relapse.",
                               "urgency.certified_by": "Dr. Hannelore Adebayo-Strand, MD"})
        out = tmp_path / f"{template}-{plan}.docx"
        report: dict = {}
        render.render_letter(case, render.find_template(template), out, today=TODAY, clinic=None, report=report)
        text = _plain(docx_text(out))
        for st in claims.statements(report["facts"], out):
            fact = report["facts"].by_id[st.id]
            for words in _case_words(fact.phrase) if fact.phrase else ():
                start = _plain(words.replace(" ...", ""))[:40]
                assert start.rsplit(" ", 1)[0] in text, (template, plan, st.text)


# ------------------- 02: the plan's own urgent-review promise, and who may certify the urgency under each plan's rule

PROMISE = ("If you have an urgent care claim, call us at 1-800-555-0189 and we will expedite our review; we will tell "
           "you our decision within 72 hours.")


def test_a_plans_own_urgent_review_promise_is_asked_for_in_its_words(tmp_path):
    from conftest import run_cli

    # FEHB: no rule gives a 72-hour appeal; the carrier's notice does, and the letter asks under its words
    promised = case15("02", **{"plan_policy.urgent_review": PROMISE})
    paragraphs, state = draft(tmp_path, promised)
    asked = next(p for p in paragraphs if p.startswith("The plan’s own terms provide:"))
    assert PROMISE in asked and asked.split("”")[1].strip().startswith("I ask that this appeal be decided under")
    assert "plan_urgent_review" in asserted(state)
    assert not [p for p in paragraphs if "no later than 72 hours after the plan receives it" in p]
    # without it: a prompt decision, no promise; and check names the field that would record the plan's own
    paragraphs, state = draft(tmp_path, case15("02"))
    assert [p for p in paragraphs if "as quickly as the medical situation requires" in p]
    assert "plan_urgent_review" not in asserted(state)
    out = run_cli("check", str(case15("02").folder)).stdout
    assert "plan_policy.urgent_review" in out
    # a plan type whose rule gives the clock cites the rule, whatever the plan's words
    paragraphs, _ = draft(tmp_path, case15("02", **{"plan_policy.urgent_review": PROMISE,
                                                    "claim.plan_type": "employer_erisa"}))
    assert [p for p in paragraphs if "no later than 72 hours after the plan receives it (29 CFR" in p]
    assert not [p for p in paragraphs if p.startswith("The plan’s own terms provide:")]


@pytest.mark.parametrize(("plan", "binds"), [("employer_erisa", False), ("medicare_advantage", False),
                                             ("medicare_part_d", True), ("medicaid", True)])
def test_a_nurse_practitioner_certifies_the_urgency_and_the_rule_is_cited_only_where_it_reaches_her(tmp_path, plan,
                                                                                                    binds):
    # 02's author is the prescribing nurse practitioner who certifies the urgency, writing as the member's
    # representative: she certifies as his treating clinician, and a rule that names a physician is not cited for her
    paragraphs, _ = draft(tmp_path, case15("02", **{"claim.plan_type": plan}))
    said = next(p for p in paragraphs if "I have determined that it is urgent" in p)
    assert "As Mr. Baptiste-Halvorsen's treating clinician, I have determined" in said
    assert "authorized representative, I have determined" not in said
    assert ("so the plan must handle it as urgent" in said) is binds
    # a physician's certification binds every plan type whose rule gives one
    paragraphs, _ = draft(tmp_path, case15("02", **{"claim.plan_type": plan,
                                                    "urgency.certified_by": "Dr. Omar Lindqvist-Ade, MD"}))
    said = next(p for p in paragraphs if "has determined that it is urgent" in p)
    assert "Omar Lindqvist-Ade, MD, who treats" in said and "so the plan must handle it as urgent" in said


# ------------------------------------------------- 01: a procedure is not measured by a medication's six weeks

def test_a_procedure_is_never_measured_by_six_weeks(tmp_path):
    from appeal_kit.letter import arguments

    blocks = {"drug": "Lumbar sympathetic blocks, right L2-L3 (two)", "kind": "other", "start": "2025-07-22",
              "end": "2025-08-19", "response": "partial", "failed": True}
    assert arguments.is_procedure(blocks) and arguments.adequacy_problem(blocks) == ""
    # the record's own word still decides, and a medication of the same weeks is measured by them
    assert arguments.adequacy_problem({**blocks, "adequate": False, "failed": None}) == "it was not an adequate trial"
    drug = {**blocks, "drug": "Sertraline", "kind": None}
    assert not arguments.is_procedure(drug) and "less than six weeks" in arguments.adequacy_problem(drug)
    # set 15, case 01: the letter never says the blocks its policy asks for "lasted less than six weeks"
    paragraphs, _ = draft(tmp_path, case15("01"))
    assert not [p for p in paragraphs if "blocks, right L2-L3 (two), because" in p]


def test_any_appeal_letter_of_an_urgent_case_asks_for_the_plans_own_urgent_review(tmp_path):
    # not only the expedited letter: an appeal for care still to come, urgent and with the plan's own promise, asks
    # for it; care already given, or a plan type whose rule gives the clock, does not
    paragraphs, state = draft(tmp_path, case15("02", **{"plan_policy.urgent_review": PROMISE}), "medical-necessity")
    asked = [p for p in paragraphs if "The plan’s own terms provide:" in p]
    assert len(asked) == 1 and PROMISE in asked[0] and "Please decide this appeal under those terms." in asked[0]
    assert "plan_urgent_review" in asserted(state)
    given = case15("02", **{"plan_policy.urgent_review": PROMISE, "claim.service_dates": ["2026-11-20"],
                            "claim.pending_services": None})
    paragraphs, _ = draft(tmp_path, given, "medical-necessity")
    assert not [p for p in paragraphs if "The plan’s own terms provide:" in p]
    paragraphs, _ = draft(tmp_path, case15("02", **{"plan_policy.urgent_review": PROMISE,
                                                    "claim.plan_type": "employer_erisa"}), "medical-necessity")
    assert not [p for p in paragraphs if "The plan’s own terms provide:" in p]


def test_the_letter_and_check_read_one_flag_for_whether_an_expedited_decision_is_asked_for(tmp_path):
    # issue 18: the standard letter's request line and check's warning that a certified urgency gets only a standard
    # decision each decided it by their own test; they read one flag (derived.expedited_request), so check warns
    # exactly when the letter asks for no expedited decision, under a rule's clock or the plan's own terms
    from appeal_kit import checks

    def warned(case) -> bool:
        return any(f.field == "template" and f.message.startswith("urgency.certified_by")
                   for f in checks._fact_findings(case, (), TODAY))

    standard = {"template": "medical-necessity"}
    for changes, how in (({"claim.plan_type": "employer_erisa"}, "rule"),
                         ({"plan_policy.urgent_review": PROMISE}, "terms"), ({}, None)):
        case = case15("02", **standard, **changes)
        flag = derived.expedited_request(case.data, TODAY, expedited_letter=False)
        assert (flag and ("rule" if flag["rule"] else "terms")) == how or (flag is None and how is None)
        paragraphs, _ = draft(tmp_path, case)
        asks = [p for p in paragraphs if p.startswith("Please decide this appeal as expedited, within")
                or "Please decide this appeal under those terms." in p]
        assert bool(asks) is (how is not None)
        assert warned(case) is (how is None)
    # the expedited appeal asks in its own words: no flag, and no warning
    case = case15("02")
    assert derived.expedited_request(case.data, TODAY, expedited_letter=True) is None and not warned(case)
