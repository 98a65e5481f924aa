"""The plan term that wins the case applied, not only quoted (letters set 19: both reviewers' first finding, in 01, 07
and 08; set 20, case 02). Each kind has a structured field the letter applies in a sentence of its own, with its
source; tests look at structure (which block says which fact, from which field and exhibit), never at the letter's
wording:
- a plan definition with alternative tests (plan_policy.definition): each test the case answers is said not met, the
  others asked of the plan, never claimed;
- a precedence clause (plan_policy.precedence): the governing document's terms decide, and the policy's ground is not
  among them;
- a list of the plan's own that names the treatment (plan_policy.listed);
- other terms with their file (plan_policy.other_terms_file), and check's "quoted but never applied" judged the same
  way in every letter that quotes them.
All FICTIONAL."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import TRD_SAMPLE, block, letter_context as context, said_in, sample_variant

from appeal_kit.letter import derived, render

TODAY = date(2026, 12, 4)
ANSWERING = [t.name for t in render.list_templates() if t.route in ("internal appeal", "next level")]
NEXT_LEVEL = {"external_review.final_denial_date": "2026-11-20"}
EXPERIMENTAL = {"claim.denial_category": "experimental_investigational", "payer_criteria": None,
                "claim.denial_reason": "IV ketamine infusion is investigational under medical policy KX-1 because the "
                                       "evidence is insufficient."}
FILE = "clinical/progress-notes.pdf"  # the sample's enclosed record: stands in for the plan document here
TESTS = [{"label": "1", "words": "it cannot be lawfully marketed without FDA approval, and approval has not been given",
          "answer": "fda"},
         {"label": "2", "words": "reliable evidence shows it is the subject of ongoing phase I, II or III trials"},
         {"label": "3", "words": "the consensus of experts is that further studies are necessary",
          "answer": "consensus", "literature": ["sanacora-2017"]}]
DEFINITION = {"name": "Plan document, section 12", "file": FILE, "tests": TESTS}




# -- 1. a definition with alternative tests --------------------------------------------------------------------------

@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid", "medicare_advantage", "unknown"])
@pytest.mark.parametrize("template", ANSWERING)
def test_each_test_the_case_answers_is_said_not_met_and_the_others_are_asked(template, plan_type):
    ctx = context(template, **EXPERIMENTAL, **{"claim.plan_type": plan_type, "plan_policy.definition": DEFINITION})
    answer = block(ctx, "experimental_investigational")
    assert answer is not None, template
    facts = ctx["facts"]
    # tests (1) and (3) said not met in the experimental answer, each with its own source
    assert said_in(ctx, "definition_test_1") == [answer["heading"]], template
    assert said_in(ctx, "definition_test_3") == [answer["heading"]], template
    assert facts["definition_test_1"].sources[0] == "plan_policy.definition.tests row 1"
    assert "treatment.name" in facts["definition_test_1"].sources  # ketamine's own approval
    assert "literature row 1" in facts["definition_test_3"].sources  # sanacora-2017, the case's first reference
    # test (2): nothing answers it, so it is asked of the plan, never said, and nothing says none is met
    assert not said_in(ctx, "definition_test_2") and "definition_test_2" in facts.consulted_unknown
    assert not said_in(ctx, "definition_unmet")
    text = " ".join(answer["paragraphs"])
    assert ctx["plan_definition"]["open"] == ["(2)"] and "(2)" in text
    # the definition's document is pointed to where the tests are answered
    assert ctx["plan_definition"]["where"] and ctx["plan_definition"]["where"] in text
    # the structured definition takes the place of reading the quoted words, and of the medical-necessity reading
    # of FDA approval (the off-label block)
    assert not said_in(ctx, "fda_test_fails") and block(ctx, "off_label") is None


@pytest.mark.parametrize("template", ["medical-necessity", "experimental-investigational", "ketamine-trd"])
def test_with_every_test_answered_the_letter_says_none_is_met_and_leads_with_it(template):
    tests = [TESTS[0], {**TESTS[1], "answer": "no_trials", "file": FILE, "page": 2}, TESTS[2]]
    ctx = context(template, **EXPERIMENTAL, **{"plan_policy.definition": {**DEFINITION, "tests": tests}})
    heading = block(ctx, "experimental_investigational")["heading"]
    assert set(said_in(ctx, "definition_unmet")) == {heading, "the opening summary"}
    # the record that shows no trial is ongoing is its source, with its page
    assert ctx["plan_definition"]["tests"][1]["where"] in ctx["facts"]["definition_test_2"].sources
    assert ctx["plan_definition"]["tests"][1]["where"].endswith("p. 2")


def test_a_test_is_never_claimed_on_an_answer_the_case_cannot_support():
    base = sample_variant(TRD_SAMPLE, **EXPERIMENTAL).data
    tests = [{"answer": "fda_use"},  # ketamine is approved, but not for this use: only treatment.fda could say so
             {"answer": "no_trials"},  # no record that shows it
             {"answer": "consensus", "literature": ["not-listed-2020"]},  # a reference the case does not list
             {"answer": "guesswork"},  # not an answer the letter reads
             {}]
    got = derived.plan_definition({**base, "plan_policy": {"definition": {"tests": tests}}}, TODAY, "depression",
                                  listed=["sanacora-2017"])
    assert [t["unmet"] for t in got["tests"]] == [None] * 5
    assert got["all_unmet"] is None and got["open"] == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    # a TMS course has no approval the letters know: `fda` needs treatment.fda, and one outside the patient's ages
    # answers nothing
    tms = {**base, "treatment": {"name": "TMS", "fda": {"action": "cleared", "date": "2008-10-07",
                                                           "ages": [50, 70]}},
           "plan_policy": {"definition": {"tests": [{"answer": "fda"}, {"answer": "fda_use"}]}}}
    assert [t["unmet"] for t in derived.plan_definition(tms, TODAY, "tms")["tests"]] == [None, None]
    tms["treatment"]["fda"]["ages"] = [18, 70]
    assert [t["unmet"] for t in derived.plan_definition(tms, TODAY, "tms")["tests"]] == [True, True]
    # Original Medicare has no plan and no plan definition
    assert derived.plan_definition({**base, "claim": {**base["claim"], "plan_type": "medicare"},
                                    "plan_policy": {"definition": DEFINITION}}, TODAY, "depression")["given"] is False


def test_a_record_that_is_not_enclosed_answers_no_test():
    tests = [TESTS[0], {**TESTS[1], "answer": "no_trials", "file": "other/not-in-the-folder.pdf"}, TESTS[2]]
    ctx = context("medical-necessity", **EXPERIMENTAL, **{"plan_policy.definition": {**DEFINITION, "tests": tests}})
    assert not said_in(ctx, "definition_test_2") and not said_in(ctx, "definition_unmet")
    assert ctx["plan_definition"]["open"] == ["(2)"]


def test_check_names_each_test_left_unanswered_and_asks_for_the_definition_it_cannot_read(tmp_path):
    from appeal_kit import checks

    case = sample_variant(TRD_SAMPLE, **EXPERIMENTAL, **{"plan_policy.definition": DEFINITION})
    fields = [f.field for f in checks._fact_findings(case, (), TODAY)]
    assert "plan_policy.definition.tests row 2.answer" in fields
    assert "plan_policy.definition.tests row 1.answer" not in fields
    # the definition held only as quoted words: check asks for the structured field
    quoted = sample_variant(TRD_SAMPLE, **EXPERIMENTAL, **{
        "plan_policy.other_terms": "Section 12: Experimental or Investigational means a treatment that meets any one "
                                   "of the following: (1) it lacks FDA approval; or (2) it is under study."})
    assert "plan_policy.definition" in [f.field for f in checks._fact_findings(quoted, (), TODAY)]
    given = sample_variant(TRD_SAMPLE, **EXPERIMENTAL, **{"plan_policy.definition": {
        **DEFINITION, "tests": [TESTS[0], TESTS[2]]}})
    assert not [f for f in checks._fact_findings(given, (), TODAY) if f.field.startswith("plan_policy.definition")]


# -- 2. a precedence clause -------------------------------------------------------------------------------------------
PRECEDENCE = {"name": "Plan document, section 4.2", "file": FILE, "governs": "the plan document",
              "quote": "Where a medical policy and this plan document differ, this plan document governs.",
              "over": "medical policy KX-1", "ground": "the evidence is insufficient"}


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid", "fehb", "unknown"])
@pytest.mark.parametrize("template", ANSWERING)
def test_a_precedence_clause_says_the_governing_terms_decide_before_the_answers(template, plan_type):
    ctx = context(template, **EXPERIMENTAL, **{"claim.plan_type": plan_type, "plan_policy.precedence": PRECEDENCE})
    names = [a["name"] for a in ctx["arguments"]]
    assert names.index("governing_terms") < names.index("experimental_investigational"), template
    clause = block(ctx, "governing_terms")
    assert said_in(ctx, "terms_govern") == [clause["heading"]]
    assert clause["heading"] in said_in(ctx, "policy_ground_outside")
    # the governing document is pointed to by its exhibit, and its clause and the policy's ground are its sources
    assert ctx["precedence"]["where"] and ctx["precedence"]["where"] in " ".join(clause["paragraphs"])
    assert {"plan_policy.precedence.quote", ctx["precedence"]["where"]} <= set(ctx["facts"]["terms_govern"].sources)
    assert "plan_policy.precedence.ground" in ctx["facts"]["policy_ground_outside"].sources
    # the winning point leads the opening summary, after any argument the template itself puts first (a retroactive
    # authorization, a network gap)
    if render.find_template(template).arguments[0] == "denial":
        assert ctx["why_wrong"][0] == clause["summary"], template


def test_without_its_ground_the_clause_still_governs_and_without_what_governs_it_is_asked_for():
    ctx = context("medical-necessity", **EXPERIMENTAL, **{"plan_policy.precedence": {**PRECEDENCE, "ground": None}})
    assert said_in(ctx, "terms_govern") and not said_in(ctx, "policy_ground_outside")
    # the clause without what it makes govern: no block; check asks for the field when other terms hold such a clause
    from appeal_kit import checks

    held = {**EXPERIMENTAL, "plan_policy.other_terms": "Section 4.2: where a policy and this plan document differ, "
                                                       "this plan document governs."}
    ctx = context("medical-necessity", **held, **{"plan_policy.precedence": {**PRECEDENCE, "governs": None}})
    assert block(ctx, "governing_terms") is None
    case = sample_variant(TRD_SAMPLE, **held)
    assert "plan_policy.precedence" in [f.field for f in checks._fact_findings(case, (), TODAY)]
    given = sample_variant(TRD_SAMPLE, **held, **{"plan_policy.precedence": PRECEDENCE})
    assert "plan_policy.precedence" not in [f.field for f in checks._fact_findings(given, (), TODAY)]
    # Original Medicare has no plan terms to govern
    assert block(context("medical-necessity", **EXPERIMENTAL, **{"claim.plan_type": "medicare",
                                                                 "plan_policy.precedence": PRECEDENCE}),
                 "governing_terms") is None


def test_other_terms_holding_the_applied_clause_and_definition_are_quoted_once():
    """Set 19, case 01 kept the definition and the clause in plan_policy.other_terms: the letter quotes them where it
    applies them, and not a second time as other terms; other terms of another kind are still quoted."""
    held = (f"Section 12: {' or '.join(t['words'] for t in TESTS)}. Section 4.2: {PRECEDENCE['quote']}")
    both = {"plan_policy.definition": DEFINITION, "plan_policy.precedence": PRECEDENCE}
    ctx = context("medical-necessity", **EXPERIMENTAL, **both, **{"plan_policy.other_terms": held})
    assert ctx["facts"]["other_terms_quoted"].value is False and not said_in(ctx, "other_terms_quoted")
    other = context("medical-necessity", **EXPERIMENTAL, **both,
                    **{"plan_policy.other_terms": "Members may ask for a second opinion at no cost."})
    assert said_in(other, "other_terms_quoted")
    # without the structured fields, the same words are quoted as other terms
    alone = context("medical-necessity", **EXPERIMENTAL, **{"plan_policy.other_terms": held})
    assert said_in(alone, "other_terms_quoted")


# -- 3. a list of the plan's own that names the treatment ---------------------------------------------------------------
NOT_COVERED = {"claim.denial_category": "not_covered", "payer_criteria": None,
               "claim.denial_reason": "Ketamine infusions are not covered under your medical benefit; ask under your "
                                      "drug benefit.",
               "plan_policy.name": "Evidence of Coverage, chapter 4",
               "plan_policy.quote": "Drugs covered under the medical benefit include drugs that usually are not "
                                    "self-administered and are given while you get physician services."}
LISTED = {"name": "2026 medical-benefit drug prior authorization list",
          "entry": "Ketamine infusion - J3490 - prior authorization required", "file": FILE, "page": 1,
          "as": "a drug covered under the medical benefit", "part_b": True}
MA_RULE = "rule ma_basic_benefits"


def traced_rules(template: str, **changes) -> tuple[dict, set[str]]:
    """The context, and the rules the plan-list block's sentences cite (the claims trace's sources)."""
    from appeal_kit.letter import claims

    ctx = context(template, **changes)
    case = sample_variant(TRD_SAMPLE, **changes)
    listed = block(ctx, "plan_list")
    sentences = claims.trace(listed["paragraphs"], ctx["facts"], case.data) if listed else []
    return ctx, {s for st in sentences for s in st.sources if s.startswith("rule ")}


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "employer_erisa", "medicaid", "unknown"])
@pytest.mark.parametrize("template", ANSWERING)
def test_a_list_of_the_plans_own_that_names_the_treatment_is_applied(template, plan_type):
    ctx, rules = traced_rules(template, **NOT_COVERED, **{"claim.plan_type": plan_type, "plan_policy.listed": LISTED})
    listed = block(ctx, "plan_list")
    names = [a["name"] for a in ctx["arguments"]]
    assert listed is not None and names.index("plan_list") < names.index("not_covered"), template
    assert said_in(ctx, "plan_lists_treatment") == [listed["heading"]]
    assert ctx["plan_list"]["where"] == "Exhibit B, p. 1"
    assert ctx["plan_list"]["where"] in " ".join(listed["paragraphs"])
    assert {"plan_policy.listed.entry", "Exhibit B, p. 1"} <= set(ctx["facts"]["plan_lists_treatment"].sources)
    # the rule that a Medicare Advantage plan covers what Original Medicare covers: only for that plan type
    assert (MA_RULE in rules) is (plan_type == "medicare_advantage"), template


def test_the_list_is_not_said_for_original_medicare_nor_the_part_b_rule_for_a_list_of_another_kind():
    ctx, rules = traced_rules("medical-necessity", **NOT_COVERED, **{"claim.plan_type": "medicare_advantage",
                                                                    "plan_policy.listed": {**LISTED, "part_b": None}})
    assert block(ctx, "plan_list") is not None and MA_RULE not in rules
    ctx, _ = traced_rules("medical-necessity", **NOT_COVERED, **{"claim.plan_type": "medicare",
                                                                "plan_policy.listed": LISTED})
    assert block(ctx, "plan_list") is None
    ctx, _ = traced_rules("medical-necessity", **NOT_COVERED, **{"plan_policy.listed": {**LISTED, "as": None}})
    assert block(ctx, "plan_list") is None


def test_check_asks_for_the_list_when_other_terms_name_the_treatment():
    from appeal_kit import checks

    held = {**NOT_COVERED, "plan_policy.other_terms": "2026 drug list, page 6: Ketamine infusion - J3490 - prior "
                                                      "authorization required."}
    assert "plan_policy.listed" in [f.field for f in checks._fact_findings(sample_variant(TRD_SAMPLE, **held), (),
                                                                            TODAY)]
    given = sample_variant(TRD_SAMPLE, **held, **{"plan_policy.listed": LISTED})
    assert "plan_policy.listed" not in [f.field for f in checks._fact_findings(given, (), TODAY)]
    other = sample_variant(TRD_SAMPLE, **{**held, "plan_policy.other_terms": "Members may ask for a second opinion."})
    assert "plan_policy.listed" not in [f.field for f in checks._fact_findings(other, (), TODAY)]


# -- 4. other terms with their file, and "quoted but never applied" judged one way ---------------------------------------
SECOND_OPINION = "Plan document, section 9: members may ask for a second opinion from a specialist of their choice."
DATED = "Plan document, section 9, effective January 1, 2026: members may ask for a second opinion at no cost."
CATEGORIES = {"experimental_investigational": EXPERIMENTAL, "not_covered": NOT_COVERED,
              "medical_necessity": {"claim.denial_category": "medical_necessity"}}


def paragraphs(ctx: dict) -> list[str]:
    """The paragraphs the letter carries from its argument blocks, as check reads them before a letter is drafted."""
    return [*ctx["why_wrong"], *(p for a in ctx["arguments"] for p in [a["heading"], *a["paragraphs"]])]


def named_terms(template: str, extra: list[str] = (), **changes) -> list:
    from appeal_kit.letter import unused

    ctx = context(template, **changes)
    case = sample_variant(TRD_SAMPLE, **(NEXT_LEVEL if render.find_template(template).route == "next level" else {}),
                          **changes)
    return [u for u in unused.unused(case, [*paragraphs(ctx), *extra], TODAY, unused.answered_reasons(case.data))
            if u.field == "plan_policy.other_terms"]


@pytest.mark.parametrize("other", [SECOND_OPINION, DATED])
@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("template", ANSWERING)
def test_other_terms_the_letter_only_quotes_are_named_as_quoted_whatever_they_hold(template, category, other):
    """Set 19: the warning came in 07 (its list's effective date) and never in 01, 04 or 08 (no date): now every
    letter that quotes other terms and never applies them is told so, with or without a date in them."""
    changes = {**CATEGORIES[category], "plan_policy.other_terms": other, "plan_policy.other_terms_file": FILE}
    ctx = context(template, **changes)
    assert said_in(ctx, "other_terms_quoted"), template
    # quoted with their document's exhibit, which is then the statement's source
    assert ctx["enclosed"]["other_terms"] in ctx["facts"]["other_terms_quoted"].sources
    (item,) = named_terms(template, **changes)
    assert item.quoted, template
    # a sentence of the letter's own that points to their document applies them; one that quotes them does not
    pointer = ctx["enclosed"]["other_terms"]
    assert named_terms(template, [f"Under section 9 ({pointer}), the patient asked for a second opinion."],
                       **changes) == []
    assert len(named_terms(template, [f"Section 9 ({pointer}) reads: “{other}”"], **changes)) == 1


@pytest.mark.parametrize("template", ANSWERING)
def test_other_terms_a_structured_field_applies_from_their_document_are_not_named(template):
    held = f"Section 4.2: {PRECEDENCE['quote']} {SECOND_OPINION}"
    changes = {**EXPERIMENTAL, "plan_policy.other_terms": held, "plan_policy.precedence": PRECEDENCE}
    assert named_terms(template, **changes) == [], template
    # the same clause from no enclosed document: nothing points to where the other terms come from
    assert len(named_terms(template, **{**changes, "plan_policy.precedence": {**PRECEDENCE, "file": None}})) == 1


def test_check_names_the_enclosed_document_other_terms_quote_when_no_field_names_it():
    from appeal_kit import checks
    from appeal_kit.case.folder import load_case

    sets = TRD_SAMPLE.parent.parent / "tests" / "resources" / "letter-review" / "set19"
    folder = next(p for p in sets.iterdir() if p.name.startswith("08-"))
    found = [f for f in checks._unused_document_findings(load_case(folder)) if f.field == "plan_policy.other_terms_file"]
    assert len(found) == 1 and "other/tidewater-spd-section-10-definitions.txt" in found[0].message
    named = load_case(folder)
    named.data["plan_policy"]["other_terms_file"] = "other/tidewater-spd-section-10-definitions.txt"
    assert not [f for f in checks._unused_document_findings(named) if f.field == "plan_policy.other_terms_file"]


# the structured terms each set-19 case holds in words only (FICTIONAL, as the cases are): recorded, the letter applies
# them and check names nothing; without them, each letter that quotes the other terms is told it never applies them
SET19 = TRD_SAMPLE.parent.parent / "tests" / "resources" / "letter-review" / "set19"
EOC, SPD = "other/desert-sun-evidence-of-coverage-2026-excerpt.txt", "other/tidewater-spd-section-10-definitions.txt"
APPLIED = {
    "01": {"plan_policy.definition": {"name": "Evidence of Coverage, Section 12", "file": EOC, "tests": [
               {"label": "1", "answer": "fda"}, {"label": "2"},
               {"label": "3", "answer": "consensus", "literature": ["cohen-2018"]}]},
           "plan_policy.precedence": {"name": "Evidence of Coverage, Section 4.2", "file": EOC,
                                      "quote": "Where a medical policy and this Evidence of Coverage differ, this "
                                               "Evidence of Coverage governs.",
                                      "governs": "the Evidence of Coverage"}},
    "04": {"plan_policy.exclusion.superseded": {"by": "the 2026 Member Handbook, section 7.3", "from": "2026-01-01",
                                                "file": "other/member-handbook-2026-section-7-3.txt"}},
    "07": {"plan_policy.listed": {"name": "the 2026 Part B Drug Prior Authorization List", "as": "a Part B drug",
                                  "entry": "Spravato (esketamine) nasal spray - HCPCS G2082, G2083",
                                  "file": "other/silvercrest-part-b-drug-pa-list-2026.txt", "part_b": True}},
    "08": {"plan_policy.definition": {"name": "the SPD, Section 10", "file": SPD, "tests": [
               {"label": "a", "answer": "fda_use"},
               {"label": "b", "answer": "not_in_trial", "file": "other/wasatch-rim-fda-clearance-summary.txt"},
               {"label": "c"}]}},
}


@pytest.mark.parametrize("number", sorted(APPLIED))
def test_set19_letters_quoting_other_terms_are_each_told_so_until_the_terms_are_applied(tmp_path, number):
    import copy

    from appeal_kit.case.folder import Case, load_case, set_path
    from appeal_kit.letter import unused

    case = load_case(next(p for p in SET19.iterdir() if p.name.startswith(number + "-")))
    reasons = unused.answered_reasons(case.data)

    def named(case: Case) -> list:
        letter = render.render_letter(case, render.template_for_case(case)[0], tmp_path / f"{number}.docx",
                                      today=TODAY, clinic=None)
        return [u for u in unused.unused(case, letter, TODAY, reasons) if u.field == "plan_policy.other_terms"]

    (item,) = named(case)
    assert item.quoted, number
    data = copy.deepcopy(case.data)
    for dotted, value in APPLIED[number].items():
        set_path(data, dotted, value)
    applied = Case(folder=case.folder, data=data, exhibits=copy.deepcopy(case.exhibits),
                   bates_prefix=case.bates_prefix)
    assert named(applied) == [], number
