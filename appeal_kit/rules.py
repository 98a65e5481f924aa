"""The rules registry (letter_templates/rules.yaml): which regulation or statute may be cited for which plan type.

Letters, argument blocks and `deadline` never write a citation themselves; they ask the registry for one by rule
id. A rule that does not govern the case's plan type gives no citation, so a letter cannot cite ERISA to a
Medicare plan, by construction (docs/domain.md, "Which rules a letter may cite"). In templates:

    ... free of charge{{ law("claim_documents") }}.      -> " (29 CFR 2560.503-1(h)(2)(iii) and (m)(8))" or ""
    {% if applies("parity_nqtl") %} ... {% endif %}      -> a sentence that only makes sense under the rule
    {{ cite_rule("appeal_window") }}                      -> the bare citation, or ""

An unknown rule id is an error naming it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.errors import TemplateError

RULES_FILE = "rules.yaml"
# The plan types a rule can govern, in the order the table in docs/letters.md lists them (case.folder.PLAN_TYPES without
# "unknown": with the plan type unknown nothing is cited).
PLAN_TYPES = ("employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "short_term")
# Plan types no federal appeal rule governs: a short-term limited-duration policy is not individual health insurance
# coverage (45 CFR 144.103), so neither the ACA's appeal rules (45 CFR 147.136) nor, unless an employer sponsors it,
# ERISA's claims rule reaches it; state insurance law and the policy's own terms do (docs/domain.md, "Short-term
# limited-duration insurance"). The registry cites nothing for them, by construction.
NO_FEDERAL_RULE = ("short_term",)
# Medicaid and a separate CHIP reach a member two ways (claim.delivery): through a managed-care plan, whose appeal
# rules are 42 CFR 438 subpart F (for CHIP through 457.1260), or fee-for-service, paid by the state itself, with no
# plan and no plan appeal: the member asks the state directly for a fair hearing (42 CFR 431 subpart E) or, for a
# separate CHIP, for the state's review (42 CFR 457 subpart K). The registry cites each such program under a route of
# its own, so no managed-care rule reaches a fee-for-service case. With the delivery not said, the managed-care
# rules stand (most members are in a plan) and `check` asks.
DELIVERIES = ("managed_care", "fee_for_service")
FEE_FOR_SERVICE = {"medicaid": "medicaid_fee_for_service", "chip": "chip_fee_for_service"}
# A Medicare Advantage dual-eligible special needs plan that is an applicable integrated plan (a fully or highly
# integrated D-SNP with exclusively aligned enrollment, 42 CFR 422.561) answers Medicare and Medicaid denials through
# one unified process, 42 CFR 422.629-422.634: one integrated reconsideration, then the Medicare independent review
# entity or the state fair hearing. It stays a Medicare Advantage plan for everything else (Medicare's coverage
# rules, its regulator, its billing codes), so it is a flag on the plan type (claim.integrated: true), not a plan type
# of its own; the registry and the deadline rules know it by a route of its own, as they know fee-for-service Medicaid.
INTEGRATED = {"medicare_advantage": "medicare_advantage_integrated"}
ROUTES = PLAN_TYPES + tuple(FEE_FOR_SERVICE.values()) + tuple(INTEGRATED.values())


def delivery(data: dict) -> str | None:
    """claim.delivery: managed_care or fee_for_service (spaces and hyphens read as underscores), or None."""
    claim = data.get("claim") if isinstance(data, dict) else None
    value = str((claim or {}).get("delivery") or "").strip().lower().replace("-", "_").replace(" ", "_")
    return value if value in DELIVERIES else None


def integrated(data: dict) -> bool:
    """claim.integrated: the plan is an applicable integrated plan whose notices offer an integrated appeal."""
    claim = data.get("claim") if isinstance(data, dict) else None
    value = (claim or {}).get("integrated") if isinstance(claim, dict) else None
    return value is True or str(value).strip().lower() in ("true", "yes")


# The parity rules exempt the group health plan of a small employer, one with 2 to 50 employees (29 CFR 2590.712(f),
# 45 CFR 146.136(f), 26 CFR 54.9812-1(f)); rules.yaml marks the plan types this reaches (`small_employer_exempt`).
SMALL_EMPLOYER_MAX = 50


def small_employer(data: dict) -> bool:
    """claim.employees (the plan's employer's number of employees) is 50 or fewer: known small. Unknown is False."""
    claim = data.get("claim") if isinstance(data, dict) else None
    value = (claim or {}).get("employees") if isinstance(claim, dict) else None
    try:
        return 0 < int(str(value).replace(",", "").strip()) <= SMALL_EMPLOYER_MAX
    except (TypeError, ValueError):
        return False


def route(data: dict) -> str | None:
    """The key the rules registry and the deadline rules know the case by: claim.plan_type, for a fee-for-service
    Medicaid or CHIP case its fee-for-service route, for an integrated D-SNP its integrated route."""
    claim = data.get("claim") if isinstance(data, dict) else None
    plan = str((claim or {}).get("plan_type") or "").strip() or None
    if plan in FEE_FOR_SERVICE and delivery(data) == "fee_for_service":
        return FEE_FOR_SERVICE[plan]
    if plan in INTEGRATED and integrated(data):
        return INTEGRATED[plan]
    return plan


@dataclass(frozen=True)
class LegalRule:
    id: str
    provides: str
    cite: dict[str, str]  # plan type -> citation
    # plan types whose plans of a small employer (2 to 50 employees) the rule does not reach (rules.yaml
    # `small_employer_exempt`: the parity rules)
    small_exempt: frozenset[str] = frozenset()
    # the rule reaches mental health and substance use disorder care only (rules.yaml `mental_health_only`: parity)
    mental_health_only: bool = False

    def governs(self, plan_type: str | None) -> bool:
        return plan_type in self.cite

    def citation(self, plan_type: str | None) -> str:
        return self.cite.get(plan_type or "", "")


def rules_path() -> Path:
    return bundled_dir() / RULES_FILE


@lru_cache(maxsize=1)
def registry() -> dict[str, LegalRule]:
    path = rules_path()
    data = read_yaml_mapping(path, "a map of rule ids to {provides, cite}")
    out = {}
    for rule_id, entry in data.items():
        cite = entry.get("cite") if isinstance(entry, dict) else None
        if not isinstance(cite, dict) or not entry.get("provides"):
            raise TemplateError(f"{path}: rule {rule_id!r} needs `provides:` and `cite:` (plan type: citation)")
        unknown = set(cite) - set(ROUTES)
        if unknown:
            raise TemplateError(f"{path}: rule {rule_id!r} names unknown plan types {sorted(unknown)}")
        exempt = entry.get("small_employer_exempt") or []
        if set(exempt) - set(cite):
            raise TemplateError(f"{path}: rule {rule_id!r}: small_employer_exempt names plan types it does not cite")
        out[str(rule_id)] = LegalRule(str(rule_id), str(entry["provides"]), {k: str(v) for k, v in cite.items()},
                                      frozenset(exempt), entry.get("mental_health_only") is True)
    return out


def rule(rule_id: str) -> LegalRule:
    try:
        return registry()[rule_id]
    except KeyError:
        raise TemplateError(f"no rule named {rule_id!r} in {rules_path()}; the rules are: "
                            f"{', '.join(sorted(registry()))}") from None


# An insured plan whose external review is the state's process (intake.deadlines.state_runs_review): the federal
# process's rules give way to the state process's (letter_templates/rules.yaml, state_external_review).
STATE_PROCESS = {"external_review": "state_external_review",
                 "external_review_window": "state_external_review_window",
                 "expedited_external_review": "state_expedited_external_review"}


# A plan known to be self-funded (claim.funding: self_funded) has only the federal external review process of
# paragraph (d): no state process reaches it, so its letters cite (d) alone, not (c)-(d) (rules.yaml,
# federal_external_review). A self-funded state or local government plan is not among them: its state may extend its
# own process to it, so (c)-(d) stands, as it does wherever the funding is not known.
FEDERAL_PROCESS = {"external_review": "federal_external_review"}


# plan types whose appeal rules (45 CFR 147.136, 26 CFR 54.9815-2719) reach only a plan that is not grandfathered
# (docs/domain.md, "Plans outside ERISA and Medicaid"); a rule cited for them through one of these is the ACA's
GRANDFATHER_MATTERS = frozenset({"church", "governmental"})
ACA_APPEAL_RULES = ("45 CFR 147.136", "26 CFR 54.9815-2719")


def grandfathered(data: dict) -> bool:
    """The case is a church or government plan that says it is grandfathered (claim.grandfathered: true)."""
    return route(data) in GRANDFATHER_MATTERS and (data.get("claim") or {}).get("grandfathered") is True


class Citations:
    """The registry seen from one plan type: what templates call as law(), applies() and cite_rule()."""

    def __init__(self, plan_type: str | None, *, state_review: bool = False, self_funded: bool = False,
                 small_employer: bool = False, mental_health: bool = True, grandfathered: bool = False):
        """`plan_type`: a plan type or another route (route(data)); `state_review`: external review is the state's
        process (STATE_PROCESS); `self_funded`: the plan is known to be self-funded (FEDERAL_PROCESS);
        `small_employer`: the plan's employer is known to have 50 employees or fewer (small_employer());
        `mental_health`: the care is for a mental or substance use disorder, or the case gives no diagnosis to say
        otherwise (letter.derived.mental_health_diagnosis): the parity rules reach nothing else; `grandfathered`:
        a grandfathered church or government plan (grandfathered()), which the rules that reach those plans only
        through 45 CFR 147.136 or 26 CFR 54.9815-2719 do not reach: its own booklet governs its appeals (letters set
        82, case 03: a grandfathered city plan's letter cited 147.136 three times)."""
        self.plan_type = plan_type if plan_type in ROUTES else None
        self.state_review = state_review
        self.self_funded = self_funded
        self.small_employer = small_employer
        self.mental_health = mental_health
        self.grandfathered = grandfathered and self.plan_type in GRANDFATHER_MATTERS

    def _governs(self, rule_id: str) -> bool:
        found = rule(self._id(rule_id))
        return found.governs(self.plan_type) and not (self.small_employer and self.plan_type in found.small_exempt) \
            and (self.mental_health or not found.mental_health_only) and not (
                self.grandfathered and any(aca in found.citation(self.plan_type) for aca in ACA_APPEAL_RULES))

    def _id(self, rule_id: str) -> str:
        twin = (STATE_PROCESS.get(rule_id) if self.state_review else None) or \
            (FEDERAL_PROCESS.get(rule_id) if self.self_funded else None)
        return twin if twin and rule(twin).governs(self.plan_type) else rule_id

    def applies(self, *rule_ids: str) -> bool:
        """True when any of the rules governs this plan type."""
        return any(self._governs(r) for r in rule_ids)

    def cite(self, *rule_ids: str) -> str:
        """The citations of the rules that govern this plan type, joined with "; " (empty when none does)."""
        found = [rule(self._id(r)).citation(self.plan_type) for r in rule_ids if self._governs(r)]
        return "; ".join(dict.fromkeys(c for c in found if c))

    def law(self, *rule_ids: str) -> str:
        """" (citation)" for a sentence to end with, or "" when no rule governs this plan type."""
        text = self.cite(*rule_ids)
        return f" ({text})" if text else ""

    def functions(self) -> dict:
        return {"law": self.law, "applies": self.applies, "cite_rule": self.cite}


def plan_table() -> list[tuple[str, list[str]]]:
    """(plan type, [rule ids its letters may cite]) for the table in docs/letters.md."""
    return [(plan, [r.id for r in registry().values() if r.governs(plan)]) for plan in ROUTES]


def readme_table() -> str:
    """The table in docs/letters.md of which rules each plan type's letters cite (tests/test_rules.py keeps them
    equal)."""
    lines = ["| plan type | rules its letters and `deadline` may cite (rule id: citation) |", "|---|---|"]
    for plan, ids in plan_table():
        label = next((f"`{p}` with `claim.delivery: fee_for_service`" for p, r in FEE_FOR_SERVICE.items()
                      if r == plan), None) or next((f"`{p}` with `claim.integrated: true`" for p, r in
                                                    INTEGRATED.items() if r == plan), f"`{plan}`")
        if plan in NO_FEDERAL_RULE:
            lines.append(f"| {label} | none: no federal appeal rule governs it; state insurance law and the policy's "
                         "own terms do, in plain words |")
            continue
        lines.append(f"| {label} | " + "<br>".join(f"`{i}`: {registry()[i].citation(plan)}" for i in ids) + " |")
    lines.append("| `unknown` | none: requests in plain words, and `check` warns |")
    return "\n".join(lines)
