"""Set 40's not-mild findings (tests/resources/letter-review/set40-review.md: drafted at d37a6b77, reviewed blind,
5 (19)), each fix tested on its structure, with the mild kinds fixed where cheap (the replaced terms' record request,
the reviewer of a later decision). All cases are FICTIONAL."""
from __future__ import annotations


def _case(number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of("set40", number, **changes)


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(number, **changes))


# ---------------- 05 and 06: the later terms' words are never printed as the superseded exclusion's

def test_the_later_terms_words_are_never_quoted_as_the_exclusion_they_replaced(tmp_path):
    from appeal_kit.letter import derived

    for number, old in (("05", "The denial applied 2025 Brochure, Section 5(f) (the wording the carrier's decision "
                                "applied)."),
                        ("06", "The denial applied Summary Plan Description (2025) Section 9.2(r).")):
        case = _case(number)
        assert derived.superseded_exclusion(case.data)["holds_quote"] is True
        text, state = _draft(tmp_path, number)
        assert state.by_id["exclusion_superseded"].value is True
        assert old + " That is not the term in force for this care." in text
        quote = " ".join(case.data["plan_policy"]["quote"].split())
        # the later terms are quoted once, as the terms in force, never under the old exclusion's name
        assert text.count(quote) == 1 and text.index(quote) > text.index("so those later terms govern it")
    # an exclusion's own words in plan_policy.quote (its own file, not the later terms') are still quoted as its own
    case = _case("06", **{"plan_policy.quote": "Section 9.2(r): residential treatment centers are not covered.",
                          "plan_policy.file": "other/spd-2025-sections-9-and-12-excerpt.txt"})
    assert derived.superseded_exclusion(case.data)["holds_quote"] is False
    text, _ = _draft(tmp_path, "06", **{"plan_policy.quote": "Section 9.2(r): residential treatment centers are not "
                                                             "covered.",
                                        "plan_policy.file": "other/spd-2025-sections-9-and-12-excerpt.txt"})
    assert "Section 9.2(r) (Exhibit" in text and "“Section 9.2(r): residential treatment centers are not covered.”" \
        in text


def test_under_replaced_terms_the_claims_system_is_asked_to_apply_them_not_the_approval_record_corrected(tmp_path):
    for number in ("05", "06"):
        text, _ = _draft(tmp_path, number)
        assert "correct the plan's record of" not in text
        assert "Please also have the plan's claims system apply the terms in force from January 1, 2026" in text
    # without replaced terms, an approval that went wrong is still asked to be corrected
    text, _ = _draft(tmp_path, "06", **{"plan_policy.exclusion.superseded": None})
    assert "Please also correct the plan's record of precertification PC-BCA-26-0904-1182" in text


# ---------------- 06: a decision that ruled on the approval is not said to overlook it, nor led by it

def test_a_decision_that_calls_the_approval_no_guarantee_of_benefits_has_ruled_on_it(tmp_path):
    from appeal_kit.letter import derived

    case = _case("06")
    assert derived.approval_ruled_on(case.data) is True
    text, _ = _draft(tmp_path, "06")
    assert "overlooks the plan's own approval" not in text
    assert "the services it covers should be paid under it" not in text  # no "In short" point of its own
    short = text[text.index("In short:"):text.index("The condition")]
    assert "replaced Summary Plan Description (2025) Section 9.2(r)" in short and "precertification" not in short
    for words in ("Precertification confirms medical necessity only.", "Approval confirms only medical necessity.",
                  "An authorization is not a guarantee of coverage."):
        assert derived._APPROVAL_RULED_ON.search(words), words
    assert not derived._APPROVAL_RULED_ON.search("Precertification was approved for 14 days.")
    # a decision silent on the approval: it is still pointed out
    quiet = _case("06", **{"decisions": [{**case.data["decisions"][0], "reason": "Upheld. Summary Plan Description "
                                          "Section 9.2(r) excludes residential treatment centers."}]})
    assert derived.approval_ruled_on(quiet.data) is False


# ---------------- 07: a criteria table with a row not met is never "how each is met"

def test_a_table_with_a_row_not_met_is_framed_as_what_the_records_show(tmp_path):
    text, state = _draft(tmp_path, "07")
    assert "how each is met" not in text and "how Mrs. Ferraro-Quaid meets it" not in text
    assert "MP-ECT-11, Electroconvulsive therapy, what the records show for each, and where:" in text
    assert "sets out each criterion the plan applies under MP-ECT-11, what the records show for it" in text
    fact = state.by_id["all_criteria_met"]
    assert fact.value is True  # criterion 3 takes criterion 2's place
    assert "Every one" not in fact.says and "take its place" in fact.says
    # every row met: the table says how each is met, and the claim is "every one"
    rows = [{**r, "met": True} for r in _case("07").data["payer_criteria"]]
    text, state = _draft(tmp_path, "07", payer_criteria=rows)
    assert "how each is met" in text
    assert state.by_id["all_criteria_met"].says.startswith("Every one of the plan's")


# ---------------- 04: the plan is asked before the care by a contact with the plan, not a provider's office

def test_the_plan_is_asked_before_the_care_only_by_a_contact_with_the_plan(tmp_path):
    from appeal_kit.letter import derived

    case = _case("04")
    network = case.data["network"]
    assert not derived.is_plan_contact(case.data, network[0]) and derived.is_plan_contact(case.data, network[4])
    text, state = _draft(tmp_path, "04")
    assert "network row 5" in state.by_id["network_asked_first"].sources
    assert "as its own terms require: Sandia Ridge Health Plan member services was contacted on July 10, 2026, " \
           "before the first date of care, July 21, 2026" in text
    assert "Castellano-Wu, PhD (listed for OCD and ERP) was contacted on July 7, 2026, before" not in text
    # (mild) the providers in the network are the ones said to fall short, not the plan's line or Dr. Vigil
    # (said without a count, which no case field holds: the claims report must find every number a source)
    assert "None of the in-network providers contacted could give this care within a reasonable time and " \
           "distance." in text
    assert "None of the five" not in text
    # providers alone: the plan was never asked, so the condition is not said to be met
    text, state = _draft(tmp_path, "04", network=network[:4])
    assert "as its own terms require" not in text
    assert state.by_id["network_asked_first"].value is False


# ---------------- 01 and 07 (mild): the recorded reviewer is not pinned on the first denial

def test_the_recorded_reviewer_is_not_called_the_first_denials_after_later_decisions(tmp_path):
    text, _ = _draft(tmp_path, "01")
    assert "The first denial was decided by" not in text
    assert "The plan's reviewer on this claim, Dr. Warren Ostby (FICTIONAL), has the recorded specialty family " \
           "medicine" in text
    text, _ = _draft(tmp_path, "07")
    assert "The first denial was decided by" not in text and "Dr. Ellis Varga (FICTIONAL)" in text
