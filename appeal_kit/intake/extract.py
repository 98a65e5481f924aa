"""The field extractors of denial intake: each `find_*` reads one fact out of a notice's text (a `Doc`) and
returns it with the words it came from.

The extractors are rule-based and general: they look for labels (labels.yaml: "Member ID:", "Claim #",
"Fecha de nacimiento") the way people write them and the way OCR garbles them ("Member {D:", "C1aim No"), for
table columns in EOBs (pdftotext -layout and tesseract keep columns apart with runs of spaces), and for the
sentences denial notices are built from ("we denied ... because ..."). No rule names a payer or a sample notice.
Where a fact can come from several places (the patient: a label, a subject line, the addressee block, the
salutation) it is picked from scored candidates, and the evidence is the winner's snippet. The appeals fax is
read only where the text around it is about appeals (the mailing address: address.py).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from appeal_kit.i18n import N_, Reason
from appeal_kit.intake import codes, deadlines
from appeal_kit.intake.labels import (
    LEADER,
    LabelSet,
    claim_label_sets,
    detect_language,
    label_set,
    not_this_number,
    phrase_regex,
)
from appeal_kit.regexes import kept

_ORG_WORDS = re.compile(
    r"\b(?:health|healthcare|insurance|assurance|plan|plans|care|blue|cross|shield|mutual|benefits?|medicaid|"
    r"hmo|ppo|epo|pdp|rx|advantage|life|casualty|company|co\.|inc\.?|llc|corp\.?|corporation|administrators?|tpa|group|partners|"
    r"alliance|network|cooperative|co-op|trust|medical|wellness|services|department|agency|authority|"
    r"program|fund|salud|seguros?|programa|departamento|servicios|agencia|cuidado|m[eé]dico|asociaci[oó]n)\b",
    re.IGNORECASE)
_NOT_ORG = re.compile(
    r"notice|explanation|denial|determination|statement|summary|important|letter|page\b|\bre:|this is not|"
    r"^date|coverage decision|adverse|appeal|request|dear|member services|customer service|phone|fax|call|"
    r"www\.|@|p\.?o\.? box|suite|street|\bst\.|avenue|\bave\b|road|\brd\b|boulevard|blvd|drive|\bdr\b\.?\s|"
    r"\bclaim\b|claims? (?:#|number|no\b|summary|decision|status|detail)|administrator (?:for|of)\b|"
    r"patient|member\b|subscriber|aviso|notificaci|denegaci|decisi[oó]n|apelaci|estimad|miembro|reclam|"
    r"paciente|solicitud|importante|explicaci", re.IGNORECASE)

_DECISION = re.compile(r"\b(?:den(?:y|ied|ial)|not (?:be )?(?:approved|covered|cover|pay|paid|payable|"
                       r"eligible|authorized)|cannot (?:approve|cover|pay)|unable to (?:approve|cover|pay)|"
                       r"do(?:es)? not (?:cover|meet|qualify)|reason|because|determined|decision|decided|"
                       r"adverse|rejected|no payment|is not|are not|was not|were not|"
                       # Spanish: "negamos", "denegado", "no aprobamos", "porque", "debido a", "motivo"
                       r"neg(?:amos|ado|ada|ó)|deneg\w*|rechaz\w*|no (?:aprob|cubr|pag)\w*|porque|debido a|"
                       r"motivo|raz[oó]n|decidimos|decisi[oó]n|no (?:es|son|está|están|fue|fueron)|"
                       # a limit the care went past is the reason ("Se alcanzó el límite del beneficio")
                       r"l[ií]mite|limit (?:was|has been|is) (?:reached|met|exhausted))", re.IGNORECASE)
_BOILERPLATE = re.compile(r"^(?:if|when|to ask|you (?:may|can|have the right))\b|external review|"
                          r"you have the right|you (?:may|can) (?:ask|request|call|appeal|get|file)|free of charge|"
                          r"copies of|independent review|fair hearing|language assistance|discriminat|"
                          r"ombudsman|consumer assistance|"
                          r"^si\b|usted tiene derecho|tiene derecho a|puede (?:pedir|solicitar|llamar|apelar)|"
                          r"audiencia imparcial|revisi[oó]n externa|gratis|sin costo|ayuda (?:con|en) (?:el )?idioma|"
                          r"discrimina|defensor", re.IGNORECASE)

# The same reasons in Spanish notices, in their own words ("no es médicamente necesario", "fuera de la red").
_SPANISH_CATEGORY = {
    "coordination_of_benefits": r"coordinaci[oó]n de (?:los )?beneficios|otro (?:seguro|pagador|plan) (?:es |debe "
                                r"(?:pagar|ser) )?primario",
    "timely_filing": r"fuera (?:del|de) (?:plazo|tiempo)|plazo (?:para|de) (?:presentar|presentaci[oó]n)|"
                     r"no se present[oó] a tiempo|(?:presentad|recibid)[oa]s? despu[eé]s del (?:plazo|l[ií]mite)",
    "step_therapy": r"terapia escalonada|tratamiento escalonado|(?:primero )?(?:debe|tiene que|necesita) (?:primero )?"
                    r"(?:probar|usar|intentar)|medicamentos? (?:preferid|alternativ)|alternativa del formulario",
    "experimental_investigational": r"experimental|en investigaci[oó]n|investigacional|no (?:ha sido )?probad[oa]|"
                                    r"evidencia (?:cient[ií]fica |cl[ií]nica )?insuficiente|fuera de indicaci[oó]n",
    "out_of_network": r"fuera de (?:la|nuestra|su) red|no (?:participa|pertenece|est[aá]) (?:en|a) (?:la|nuestra|su) "
                      r"red|proveedor(?:es)? no participante|no contratad",
    # (the request for it: "no recibimos una solicitud de autorización antes"; a plan "exige" it as it "requiere" it)
    "prior_authorization": r"(?:\bsin|\bno\b(?:\s+[^\W\d_]+){1,3}|falta de)\s+(?:una |la )?(?:(?:solicitud|pedido|"
                           r"petici[oó]n) de )?(?:autorizaci[oó]n|"
                           r"aprobaci[oó]n)(?: previa| por adelantado| antes)?\b|(?:requiere|exige) autorizaci[oó]n "
                           r"previa|"
                           r"(?:autorizaci[oó]n|aprobaci[oó]n) previa (?:no (?:fue|se)|requerida)|"
                           r"(?:necesitaba|requer[ií]a|necesita) (?:una |la )?(?:autorizaci[oó]n|aprobaci[oó]n) previa",
    "coding_billing": r"c[oó]digo(?:s)? (?:incorrect|inv[aá]lid|equivocad)\w*|falta(?:n)? informaci[oó]n|"
                      r"error de (?:facturaci[oó]n|codificaci[oó]n)",
    # (Medicare's "no son razonables y necesarios", as its English "not reasonable and necessary"; the negative
    # joined by "ni": "no era razonable ni necesario")
    "medical_necessity": r"m[eé]dicamente (?:razonable y )?necesari|necesidad m[eé]dica|no (?:es|son|era|fue) necesari|"
                         r"no (?:es|son|era|eran|fue|fueron) razonables? (?:y|ni) necesari|"
                         r"no (?:cumple|cumplen|cumpli[oó]) (?:con )?(?:los |nuestros )?criterios|"
                         r"no (?:es|son) (?:cl[ií]nicamente )?apropiad|"
                         # the criteria and records that do not show them: "Nuestros criterios piden ... y los
                         # expedientes no lo muestran"
                         r"criterios\b[^.]{0,200}?\bno (?:lo |los |la |las )?(?:muestran|demuestran|documentan)\b|"
                         r"no (?:muestran|demuestran|documentan) que se (?:cumplan|cumplieran|cumplieron|cumplen) "
                         r"(?:los |sus |nuestros )?criterios",
    "benefit_limit": r"\b(?:alcanz[oó]|alcanzaron|lleg[oó] a|agot[oó]|agotaron|super[oó]|excedi[oó]|us[oó]|"
                     r"ha (?:alcanzado|agotado|superado|usado|llegado a))\s+(?:el|su|los|sus)\s+(?:\w+\s+){0,2}"
                     r"l[ií]mites?\b|l[ií]mite\b[^.;]{0,40}\b(?:alcanzad|agotad|superad|excedid)|"
                     r"\bya (?:recibi[oó]|us[oó]|tuvo) (?:las|los|todas las|todos los) \d+ (?:sesiones|visitas|"
                     r"consultas|d[ií]as|tratamientos)\b",
    "not_covered": r"no est[aá]n? (?:en|incluid[oa]s? en) (?:la|el|nuestra|nuestro|su) (?:lista de medicamentos|"
                   r"formulario)|no (?:est[aá]n?|es|son) (?:una? (?:beneficio|servicio|prestaci[oó]n|tratamiento)s? )?"
                   r"cubiert|no (?:es|son) un beneficio|"
                   r"excluid|exclusi[oó]n|"
                   r"no cubre|sin cobertura|l[ií]mite de beneficios",
}
CATEGORY_RULES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (c, kept(f"{p}|{_SPANISH_CATEGORY[c]}", re.IGNORECASE)) for c, p in (
    # another payer said to pay first (CARC 22): the order of benefits, never the care
    ("coordination_of_benefits", r"coordination of benefits|(?:another|other) (?:payer|insurer|insurance|carrier|"
                                 r"(?:group )?(?:health )?plan|coverage) (?:is|was|may be|should be) (?:the )?primary|"
                                 r"covered by another (?:payer|insurer|plan)|primary payer'?s? (?:EOB|explanation)"),
    ("timely_filing", r"timely filing|filing (?:time )?limit|time limit for (?:filing|submitt?ing|submission)|"
                      r"(?:submitted|filed|received|sent)(?: to us)? (?:after|past|beyond|outside) the .{0,40}"
                      r"(?:limit|deadline|"
                      r"period|days)|not (?:filed|submitted|received) (?:on time|within|timely)"),
    ("step_therapy", r"step[- ]therapy|step[- ]edit|fail[- ]first|(?:must|need to|needs to|required to|have to|"
                     r"has to|should) (?:first )?(?:try|trial|use|have tried)\b|(?:trials?|tried|try|use) "
                     r"(?:and (?:failed?|failure) )?(?:of )?(?:at least )?(?:two|2|three|3|one|1)\b.{0,40}"
                     r"(?:drugs?|medications?|antidepressants?|alternatives?|agents?|treatments?)|"
                     r"first[- ]line (?:drugs?|medications?|treatments?|therap)|preferred (?:drug|alternative|"
                     r"formulary|medication)|formulary alternative"),
    ("experimental_investigational", r"experimental|investigational|unproven|not (?:been )?proven|"
                                     r"insufficient (?:scientific |clinical |medical )?evidence|off[- ]label"),
    # ("not in our provider network", "a provider outside our network")
    ("out_of_network", r"out[- ]of[- ]network|non[- ]?participating|non[- ]network|not (?:a )?(?:participating|"
                       r"in[- ]network|network|contracted)|not in (?:your |the |our )?(?:plan'?s? )?"
                       r"(?:(?:preferred )?provider )?network|(?:does|do) not participate|outside "
                       r"(?:of )?(?:your |the |our )?(?:plan'?s? )?(?:provider )?network"),
    # (two verbs joined: "did not ask for or receive prior authorization")
    ("prior_authorization", r"(?:no|without(?: an?)?|absen(?:t|ce of)|missing|lack of|did not (?:(?:get|obtain|"
                            r"receive|request|have|ask for)(?: or |, )?){1,3}|never (?:obtained|requested)) (?:a |an "
                            r"|the |required |our "
                            r"|any )?(?:request for |requests for )?(?:referral (?:or|and|nor) )?(?:prior |pre-?)?"
                            r"(?:authoriz|approval|certif|precert)|(?:authoriz\w*|approval|"
                            r"precertification|pre-?certification|preauthorization|referral) (?:was|were) "
                            r"(?:not|never) (?:obtained|requested|received|on file|given)|not (?:pre-?)?"
                            r"(?:authorized|certified) (?:before|in advance|prior)|not pre-?certified|"
                            r"(?:authorization|certification) (?:was )?(?:exceeded|expired)|"
                            # "requires an approved prior authorization ..., and none was on file"
                            r"(?:authoriz|precert|pre-?certif)\w*\b[^.]{0,80}\bnone (?:was|were|is) (?:on file|"
                            r"obtained|requested|received|given)|"
                            # a table's status ("Denied - prior authorization was required") and the approval asked
                            # for before care that nobody asked for ("did not ask us to approve more visits")
                            r"(?:prior |pre-?)(?:authorization|approval|certification) (?:was|is) required|"
                            r"needs? (?:our|the plan'?s) approval before|did not ask (?:us|the plan) to approve"),
    ("coding_billing", r"(?:incorrect|invalid|missing|wrong|inconsistent|incomplete|mismatch\w*) (?:procedure |"
                       r"diagnosis |billing |cpt |hcpcs |icd(?:-10)? )?(?:codes?|modifiers?|units?|ndc|information)|"
                       r"(?:missing|incomplete|incorrect|invalid) (?:\w+ )?billing information|"
                       r"coding error|billing error|lacks? information|corrected claim|(?:diagnosis|procedure) "
                       r"(?:code )?(?:is |was )?inconsistent|not billed correctly|unbundl"),
    # (and as OCR garbles it: "-nasdically necessary")
    ("medical_necessity", r"medic\w{0,5}\s*necess|\w{2,}ically\s+necess|not necessary|"
                          r"not reasonable (?:and|or|nor) necessary|"
                          # Medicare's "the records do not show it was reasonable and necessary"
                          r"(?:does|do|did) not show (?:that )?(?:it|they|the \w+) (?:was|were|is|are) (?:medically )?"
                          r"reasonable and necessary|medically reasonable and necessary|"
                          r"(?:does|did) not (?:support|show|establish|document) (?:the |a )?(?:medical )?need|"
                          r"does not meet (?:the |our )?(?:\w+ ){0,3}"
                          r"(?:criteria|guidelines?|policy)|criteria (?:were|are|was|is) not met|"
                          # "the records do not show that the criteria in Section 5(a) ... were met"
                          r"(?:does|do|did) not (?:show|document|demonstrate|establish) (?:that )?(?:\w+ ){0,3}?"
                          r"criteria\b[^.]{0,120}?\b(?:were|was|are|is|had been|have been) met|not (?:clinically )?"
                          r"appropriate|not (?:meet|met) .{0,40}criteria"),
    # a cap on visits, sessions or days that the care went past, said in words with no adjustment code ("you have
    # used all 20 visits your plan covers each year", "the limit was reached", "se alcanzó el límite del beneficio",
    # "ya recibió las 26 sesiones que el programa cubre por año")
    ("benefit_limit", r"(?:limit|maximum|cap)\b[^.;]{0,40}\b(?:(?:has|have|had|was|were|is) )?(?:been )?"
                      r"(?:reached|met|used up|exhausted|exceeded)\b|"
                      r"\b(?:reached|met|used up|exhausted|exceeded|used all(?: of)?) (?:the|your|its|this|their) "
                      r"(?:[\w-]+ ){0,3}(?:limit|maximum|cap)\b|"
                      r"\b(?:used|had|received) (?:all|each) (?:of )?(?:the |your )?\d+ (?:covered )?"
                      r"(?:visits|sessions|days|treatments)\b"),
    ("not_covered", r"not (?:on|in|listed on) (?:the |our |your )?(?:plan'?s? )?(?:\d{4} )?(?:formulary|drug list|"
                    r"list of covered drugs)|not (?:a )?covered|non[- ]?covered|excluded|exclusion|"
                    r"not (?:a )?(?:covered )?benefit|"
                    r"not included in (?:your|the) (?:plan|benefits|coverage)|does not (?:cover|include)|no coverage|"
                    r"benefit (?:limit|maximum)"),
))

PLAN_RULES: tuple[tuple[str, float, re.Pattern], ...] = tuple((p, w, kept(rx, re.IGNORECASE)) for p, w, rx in (
    # TRICARE, the military's health program (32 CFR part 199): its notices name the program, its plan options and
    # the regional contractor (docs/domain.md, "TRICARE")
    ("tricare", 6, r"\bTRICARE\b|\bCHAMPUS\b|32 CFR 199|Defense Health Agency|TRICARE (?:Prime|Select|For Life)|"
                   r"\bsponsor(?:'s)? (?:SSN|DoD ID|rank)|active[- ]duty family member"),
    # short-term limited-duration insurance (45 CFR 144.103): its notices and policies say so, and that the ACA's
    # rules do not apply (docs/domain.md, "Short-term limited-duration insurance")
    ("short_term", 6, r"short[- ]term,? limited[- ]duration|\bSTLDI\b|short[- ]term (?:medical|health) (?:insurance|"
                      r"plan|policy|coverage)|limited[- ]duration (?:insurance|coverage|plan|policy)|"
                      r"seguro (?:m[eé]dico |de salud )?de corto plazo"),
    ("fehb", 5, r"\bFEHB\b|Federal Employees Health Benefits?|Office of Personnel Management|\bOPM\b|5 CFR 890|"
                r"\bplan for federal employees"),
    ("medicare_part_d", 5, r"\bPart D\b|prescription drug plan|Medicare (?:prescription )?drug (?:plan|coverage)|"
                           r"\bPDP\b|coverage "
                           r"determination|42 CFR 423|\bParte D\b|plan de medicamentos (?:recetados|con receta)|"
                           r"determinaci[oó]n de cobertura"),
    ("medicare_advantage", 5, r"Medicare Advantage|\bMA(?:-PD)? plan|Medicare health plan|Notice of Denial of "
                              r"(?:Medical )?(?:Coverage|Payment)|Integrated Denial Notice|CMS[- ]10003|42 CFR 422|"
                              r"Part C\b|Medicare (?:HMO|PPO)|(?:HMO|PPO|SNP)\b.{0,30}\bMedicare|"
                              r"Aviso de denegaci[oó]n de (?:cobertura|pago)|Parte C\b"),
    ("medicare", 4, r"Medicare Summary Notice|Original Medicare|Medicare Administrative Contractor|42 CFR 405|"
                    r"Medicare Part [AB]\b|Qualified Independent Contractor|\bMAC\b|Resumen de Medicare|"
                    r"Medicare Original|Parte [AB] de Medicare"),
    ("medicare", 1, r"\bMedicare\b|redetermination"),
    ("medicaid", 4, r"(?<!Medicare & )(?<!Medicare and )\bMedicaid\b|Medi-Cal|MassHealth|TennCare|SoonerCare|"
                    r"BadgerCare|Apple Health|NJ FamilyCare|"
                    r"HUSKY|MaineCare|Healthy Connections|state fair hearing|42 CFR 43[18]|"
                    r"Department of (?:Health|Human) Services|audiencia (?:imparcial|justa) (?:estatal|del estado)|"
                    # (a children's health department is a separate CHIP's: "Departamento de Salud Infantil")
                    r"Departamento de (?:Salud(?! Infantil| de (?:los )?Niños)|Servicios Humanos)"),
    # a separate CHIP (docs/domain.md, "Plans outside ERISA and Medicaid"); one run through Medicaid says Medicaid
    ("chip", 5, r"\bCHIP\b|Children'?s Health Insurance Program|Programa de Seguro M[eé]dico (?:para Niños|Infantil)|"
                r"Seguro M[eé]dico (?:para|de) Niños"),
    # a state or local government employer's plan (not ERISA: 29 USC 1003(b)(1)), and a church plan (1003(b)(2))
    ("governmental", 5, r"(?:non-?federal )?governmental (?:group )?(?:health )?plan|(?:state|county|city|municipal|"
                        r"public|school district|local government) employees?'? (?:health|benefits?|insurance|"
                        r"group|plan|medical|dental)|public employees? (?:benefits?|health)|"
                        r"state health benefits? plan|"
                        r"(?:teachers|educators)'? (?:health|benefits?) (?:plan|fund|trust)|"
                        r"plan (?:m[eé]dico |de salud )?gubernamental|empleados (?:p[uú]blicos|del gobierno|"
                        r"del estado|municipales|estatales|del condado|de la ciudad|del municipio|del distrito "
                        r"escolar)|plan (?:[^\W\d_]+ ){0,3}del gobierno (?:del condado|del estado|de la ciudad|"
                        r"del municipio|municipal|local|estatal)"),
    # (OCR may run a capital A into it: "ACHURCH PLAN NOT SUBJECT TO ERISA")
    ("church", 5, r"(?:\b|(?<=\bA))church plan|church[- ](?:sponsored|related) (?:health |benefit )?plan|"
                  r"(?:diocese|archdiocese|synod|denomination|ministry)'?s? (?:group )?(?:health|benefits?) plan|"
                  r"26 CFR 54\.9815|"
                  # Spanish: "Plan de iglesia", "plan eclesiástico", "Plan de Beneficios de Salud de la Diócesis de
                  # X", "plan de salud del sínodo"
                  r"plan (?:de (?:la )?iglesia|eclesi[aá]stico)|plan (?:[^\W\d_]+ ){0,4}?de(?:l| la) "
                  r"(?:arqui)?(?:di[oó]cesis|s[ií]nodo|denominaci[oó]n)\b"),
    ("employer_erisa", 4, r"\bERISA\b|Employee Retirement Income Security Act|section 502\(a\)|29 CFR 2560|"
                          r"your employer|employer[- ](?:sponsored|group|plan|PPO|HMO|EPO|POS)|group health plan|"
                          r"plan sponsor|"
                          r"self[- ]funded|claims administrator for|su empleador|plan (?:de salud )?(?:grupal|"
                          r"colectivo) del empleador|autofinanciado|"
                          # Puerto Rico says "patrono" for the employer
                          r"su patrono|plan (?:m[eé]dico |de salud )?(?:grupal|colectivo) (?:patronal|del patrono)|"
                          # the words in the other order: "Plan de grupo del patrono", "plan de grupo del empleador"
                          r"plan de grupo (?:del|de su) (?:patrono|empleador)|"
                          # a group health plan, as English "group health plan" says it
                          r"plan (?:m[eé]dico|de salud) (?:grupal|colectivo)\b|"
                          # a plan named for an employer's staff: "Plan de Salud para Empleados de Constructora X",
                          # "X Employee Health Plan" (a public employer's is governmental, whose words outrank it)
                          r"plan (?:m[eé]dico |de salud |de beneficios )?(?:para|de) (?:los |sus )?empleados\b|"
                          r"\bemployees?'? (?:health|benefits?|medical) plan\b"),
    ("employer_erisa", 1, r"\bemployer\b|\bgroup (?:plan|number|#|no)|\bpatrono\b|\bempleador\b"),
    ("individual_aca", 4, r"Marketplace|HealthCare\.gov|Covered California|health insurance exchange|"
                          r"individual (?:and family |health )?(?:plan|policy|coverage|market)|"
                          # a student health plan is individual coverage under the ACA's market rules
                          r"student (?:health|medical) (?:insurance )?(?:plan|coverage)|"
                          # Spanish: "Plan de Seguro Médico Estudiantil", "seguro de salud para estudiantes"
                          r"(?:plan|seguro) (?:de )?(?:seguro )?(?:m[eé]dico |de salud )?(?:estudiantil|"
                          r"para (?:los )?estudiantes)\b|"
                          r"\b(?:bronze|silver|gold|platinum) plan|Mercado de Seguros|plan individual|"
                          # a plan named as individual coverage ("Plan: Example Silver 2500 (individual)")
                          # (not a deductible's "(individual)" beside the family one)
                          r"\bplan(?: name)?[ \t]*:[^\n(:]{0,60}\((?:individual|individual and family|"
                          r"individual y familiar)\)|"
                          r"\bplan (?:bronce|plata|oro|platino)\b"),
))
_NEGATED = re.compile(r"\b(?:if you (?:also )?have|if your plan is not|not governed by|not subject to|"
                      r"no (?:est[aá] )?(?:sujet[oa]|regid[oa]) (?:a|por)|no se rige por|if you are (?:also )?"
                      r"(?:eligible|enrolled)|such as|or other|including|(?:have|has) different|does not apply|"
                      r"do not apply|not apply to|unless you|si usted (?:tambi[eé]n )?tiene|como por ejemplo|"
                      r"no se aplica|"
                      # another plan the member also has (a coordination-of-benefits denial): "you are also covered
                      # by a parent's employer plan, which pays first"
                      r"(?:are|is) also covered (?:by|under)|also (?:has|have) coverage (?:through|from|with)|"
                      r"pays first|tambi[eé]n (?:est[aá] cubiert[oa]|tiene cobertura) (?:por|con|de)|paga primero)\b",
                      re.IGNORECASE)

_URGENT = [kept(p, re.IGNORECASE) for p in (
    # ("la apelación rápida" names the fast appeal a member may ask for: "La página 2 explica la apelación rápida")
    r"\b(?:(?:su|esta) (?:solicitud|apelaci[oó]n|revisi[oó]n|decisi[oó]n)|la (?:solicitud|revisi[oó]n|decisi[oó]n)) "
    r"(?:urgente|acelerada|r[aá]pida)",
    r"\b(?:tipo de (?:solicitud|revisi[oó]n)|prioridad)\s*:\s*(?:urgente|acelerada)",
    # "You asked for a fast (expedited) coverage decision" (and not "..., but we decided it in the standard time")
    r"\byou(?: or your (?:doctor|prescriber|provider|representative))? (?:asked|requested|applied) for an? "
    r"(?:fast|expedited|urgent)(?: \((?:fast|expedited|urgent)\))? "
    r"(?:coverage )?(?:decision|determination|review|appeal|request)\b(?![^.]{0,80}\b(?:but|however|standard)\b)",
    # "Usted o su médico pidieron una decisión de cobertura ACELERADA (rápida)"
    r"\b(?:usted|su m[eé]dico)(?: o su (?:m[eé]dico|representante|proveedor))? (?:pidi[oó]|pidieron|solicit[oó]|"
    r"solicitaron) una (?:decisi[oó]n|determinaci[oó]n|revisi[oó]n|apelaci[oó]n|redeterminaci[oó]n)"
    r"(?: de cobertura)? (?:acelerada|urgente|r[aá]pida)\b(?![^.]{0,80}\b(?:pero|sin embargo|est[aá]ndar)\b)",
    # "Tomamos una decisión acelerada (en 24 horas)", "We made a fast decision": the plan decided it as urgent
    r"\b(?:tomamos|hicimos) una (?:decisi[oó]n|determinaci[oó]n) (?:acelerada|urgente|r[aá]pida)\b",
    r"\bwe made (?:an|a) (?:expedited|fast|urgent) (?:\(\w+\) )?(?:coverage )?(?:decision|determination)\b",
    r"\b(?:tomamos|decidimos|revisamos|tramitamos) (?:esta|su|la) (?:decisi[oó]n|solicitud|revisi[oó]n) "
    r"(?:de forma|de manera|en forma|como (?:una )?(?:solicitud|revisi[oó]n)) (?:acelerada|urgente|r[aá]pida)",
    # the manner before the object: "Revisamos de forma acelerada (urgente) la solicitud de su médico"
    r"\b(?:tomamos|decidimos|revisamos|tramitamos|procesamos) (?:de forma|de manera|en forma) (?:acelerada|urgente|"
    r"r[aá]pida)\b(?![^.]{0,80}\b(?:pero|sin embargo|est[aá]ndar)\b)",
    r"\b(?:request|review|case|appeal|decision|priority|determination|service) ?(?:type|priority|category)?"
    r"\s*[:\-]\s*(?:urgent|expedited)",
    r"\b(?:your|this|the) (?:urgent|expedited|fast)(?: \(fast\))? (?:request|pre-?service|review|appeal|"
    r"coverage|prior authorization|determination|decision|case)",
    # "We made this decision as an expedited (fast) coverage determination"
    r"\b(?:reviewed|processed|handled|treated|decided|made) (?:\w+ ){0,3}(?:as|under) (?:an? )?(?:urgent|expedited)",
    r"\bwe (?:agreed|decided) to (?:expedite|give you a fast)",
    # a decision the plan made in the fast time, which only an urgent request gets ("we made this decision within 72
    # hours (expedited review)", "tomamos esta decisión en 72 horas")
    r"\bwe (?:made|reached|decided|reviewed) (?:this|the|our|your) (?:\w+ ){0,2}(?:with)?in (?:24|72) hours\b|"
    r"\b(?:tomamos|decidimos|revisamos) (?:esta|la|su) (?:decisi[oó]n|solicitud) (?:en|dentro de) (?:un plazo de )?"
    r"(?:24|72) horas\b",
    # "made ... on an expedited basis", "processed this request on the expedited (72-hour) timeline", "We made this
    # decision on your request on an expedited (fast) basis" (the object as long as six words)
    r"\b(?:reviewed|decided|made|processed|handled)\b(?: [\w'-]+){0,6} on (?:an?|the) (?:urgent|expedited|fast)"
    r"(?: \((?:urgent|expedited|fast|\d+[- ]hours?)\))? (?:basis|timeline|track|schedule|time ?frame)",
    r"\b(?:urgent|expedited) (?:pre-?service |prior authorization )?(?:request|review|appeal) (?:was|has been) "
    r"(?:received|reviewed|denied|decided)",
    # the notice says what kind of review it was: "This was an urgent concurrent review", "Your request was an
    # expedited pre-service request" (the kind of review, any words of it between: concurrent, pre-service, ...)
    r"\b(?:this|it|your (?:request|case|review)) (?:was|is|has been) (?:handled as )?an? (?:urgent|expedited)"
    r"(?: \(fast\))?(?: [\w-]+){0,2} (?:review|request|decision|determination|case)\b",
)]

_ID_TOKEN = re.compile(r"^[A-Z0-9][A-Z0-9\-/.*]*$")
_NAME_STOP = re.compile(r"^(?:ID|DOB|Date|Member|Claim|Group|Plan|Policy|Account|Number|No|Birth|Sex|Gender|"
                        r"Address|Phone|Provider|Patient|Subscriber|Insured|Fecha|N[uú]mero|Miembro|Reclamo|"
                        r"Direcci[oó]n|Tel[eé]fono|Proveedor|Paciente|Estimad[oa]|"
                        # a heading's words, not a name's ("THIS CLAIM" over a card beside the member's)
                        r"This|These|That|Your|Our|The|Este|Esta|Estos|Estas|Nuestr[oa]s?)\b", re.IGNORECASE)
# (and spelled out, as Spanish letters greet: "Estimada señora Marisela Quiñones Ortega:")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Dña|Don|Doña|Rev|Reverend|Revd|Hon|Prof|Mister|Madam|"
                        r"se[ñn]ora|se[ñn]or|se[ñn]orita)\.?\s+",
                        re.IGNORECASE)
_LABEL_WORDS = {"GROUP", "PLAN", "CLAIM", "DATE", "DOB", "ID", "POLICY", "ACCOUNT", "PROVIDER", "NPI", "PHONE", "FAX",
                "MEMBER", "PATIENT", "REF", "REFERENCE", "CASE", "SERVICE", "TIN", "RE"}

# ---------------------------------------------------------------------------------------------- helpers


_NUMBER_SIGN = re.compile(r"\b(reclamaci[oó]n|reclamo|solicitud|caso|aviso|expediente)[ \t]+n\.?[ \t]?[°o2]"
                          r"(?=[ \t]+[A-Z0-9])", re.IGNORECASE)
_BORDER_LINE = re.compile(r"^[ \t]*[+|][-=+| \t]{4,}$", re.MULTILINE)
# a forwarded or replied e-mail's quote marks at the start of its lines ("> "): every finder reads the quoted
# notice as the notice it is
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+", re.MULTILINE)


_LABEL_AND_VALUE = re.compile(r"[^\W\d][^:\n]{0,30}:[ \t]+\S.*|"
                              r"[^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,2} {3,}\S+(?: \S+)*")


def _fits_column(line: str, x: int) -> str:
    """How `line` sits on a page of two columns split at `x`: "left" (nothing reaches x), "right" (nothing before
    x), "both" (a wide gap just before x), "" (it runs across x, or a table's gaps cut its left part)."""
    if not line.strip():
        return "left"
    left, right = line[:x], line[x:]
    # (a block indented a little inside the right column, an address under its sentence, is still in it)
    indent = len(right) - len(right.lstrip(" "))
    if not left.strip():
        return "right" if right.strip() and indent <= 4 else ""
    if any(re.search(r"\S {3,}\S", side.strip()) and not _LABEL_AND_VALUE.fullmatch(side.strip())
           for side in (left, right)):
        # cells of a table, not a column of prose, on either side (a column's own "Label:    value" line is one,
        # and so is a label cell without its colon beside its value: "Determination    November 24, 2026")
        return ""
    if not right.strip():
        return "left" if len(line.rstrip()) <= x - 2 else ""
    return "both" if left.endswith("   ") and indent <= 4 else ""


def columns_in_reading_order(text: str) -> str:
    """A page set in two columns of prose (pdftotext -layout and OCR print them side by side, line by line) with
    its left column first and then its right, as it is read; tables and single-column text are left as they are.
    A run of lines counts when each line fits one split column, several hold prose on both sides, and the
    pieces on each side are sentence-long."""
    lines = text.split("\n")
    starts: dict[int, int] = {}
    for line in lines:
        for m in re.finditer(r" {3,}(\S)", line):
            if m.start(1) >= 30:
                starts[m.start(1)] = starts.get(m.start(1), 0) + 1
    for x in sorted((x for x, n in starts.items() if n >= 4), key=lambda x: -starts[x]):
        i = 0
        out: list[str] = []
        changed = False
        while i < len(lines):
            j = i
            while j < len(lines) and _fits_column(lines[j], x):
                j += 1
            run = lines[i:j]
            both = [ln for ln in run if _fits_column(ln, x) == "both"]
            right_only = [ln for ln in run if _fits_column(ln, x) == "right"]
            long_sides = sum(len(ln[:x].strip()) >= 25 and len(ln[x:].strip()) >= 25 for ln in both)
            if j > i and len(both) + len(right_only) >= 6 and long_sides >= 4:
                # a blank line stays a paragraph's end on both sides; a line with words on one side only is
                # no line of the other side
                out += [ln[:x].rstrip() for ln in run if ln[:x].strip() or not ln.strip()] + [""] + \
                    [ln[x:].rstrip() for ln in run if ln[x:].strip() or not ln.strip()]
                changed = True
                i = j
            else:
                out += lines[i:max(j, i + 1)]
                i = max(j, i + 1)
        if changed:
            return "\n".join(out)
    return text


@cache
def _known_labels() -> tuple[re.Pattern, ...]:
    """The labels of the identifiers, the patient and the notice date, each matched at a line's start."""
    return (label_set("member_id").regex(), label_set("patient_name").regex(), *(s.regex() for s in claim_label_sets()),
            phrase_regex("notice_date"), phrase_regex("birth_date"))


_LONE_LABEL = re.compile(r"[ \t]*[^\W\d_][^\d:\n]{0,38}:[ \t]*")
_LONE_VALUE = re.compile(r"[ \t]*\S+(?: \S+)*[ \t]*")


# a label cell that wrapped after a linking word, its value beside its first line and its last word(s) alone under
# it: closed by the colon ("Núm. de          AMF 8820 33917" over "identificación:"), or, in a table of label and
# value cells printed without colons, by a word or two under each cut label cell of the row ("Número de    MQ-..."
# over "miembro"; "Fecha de envío de    18 de noviembre de 2026    Número de    SA-..." over "este aviso" and
# "solicitud"); or, cut after a noun, by a lower-case end under a label cell whose value holds a digit
# ("Identificación    SLN-882014-57" over "de miembro"; "Fecha de este    2 de diciembre de 2026" over "aviso")
_LABEL_CUT = re.compile(r"(?:^|\s)(?:de|del|de la|of|of the|for)$", re.IGNORECASE)
_LABEL_END = re.compile(r"[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*)?:")
_LABEL_REST = re.compile(r"[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*)?")


def wrapped_labels(text: str) -> str:
    """`text` with each label cell that wrapped in its cell (see _LABEL_CUT) made whole on its first line, its value
    moved right only as far as the label needs, and the wrapped word(s) taken from the line under it. Without a
    colon, every cell of the line under must lie under a cut label cell that has a value beside it, so a line of
    prose or a second row of values is never taken for a label's end."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        below = segments(lines[i + 1])
        if not below:
            continue
        colon = len(below) == 1 and _LABEL_END.fullmatch(below[0][1])
        if not colon and not all(_LABEL_REST.fullmatch(word) for _, word in below):
            continue
        cells = segments(lines[i])
        joins = []
        for col, word in below:
            for k, (start, cell) in enumerate(cells[:-1]):
                if abs(start - col) > 2 or len(cell.split()) > 4 or ":" in cell:
                    continue
                if not _LABEL_CUT.search(cell) and (not word[0].islower() or not cell[0].isupper()
                                                    or not re.search(r"\d", cells[k + 1][1])):
                    # cut after a noun: only a lower-case end under it ("Determination    November 24, 2026" over
                    # "date:"), beside a value with a digit
                    continue
                if not colon and (":" in cells[k + 1][1] or _LABEL_CUT.search(cells[k + 1][1])):
                    continue  # a colon-less label's value beside it, not another label
                joins.append((k, word))
                break
        if not joins or len(joins) != len(below):
            continue
        out, at = "", 0
        for k, (start, cell) in enumerate(cells):
            rest = next((w for j, w in joins if j == k), None)
            piece = f"{cell} {rest}" if rest else cell
            start = max(start, at + (2 if out else 0))
            out += " " * (start - len(out)) + piece
            at = len(out)
        lines[i] = out
        lines[i + 1] = "\0"  # the wrapped words' line, gone (a blank line would part the rows)
    return "\n".join(line for line in lines if line != "\0")


def values_before_labels(text: str) -> str:
    """A photo's OCR may print a column of values before the column of labels beside it ("3 de noviembre de 2026",
    "Héctor Rosado Vélez", ... then "Fecha de emisión:", "Suscriptor:", ...): two or more labels alone on their
    lines, most of them labels labels.yaml knows, right under as many values alone on theirs (blank lines between
    allowed, half the values with a digit) are put back together in order, "Label:    value", so every finder reads
    them as printed. The column of values may also come right after the labels' (none of them with a colon)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not _LONE_LABEL.fullmatch(lines[i]):
            i += 1
            continue
        labels = []
        j = i
        while j < len(lines) and (_LONE_LABEL.fullmatch(lines[j]) or not lines[j].strip()):
            if lines[j].strip():
                labels.append(j)
            j += 1
        values: list[int] = []
        k = i - 1
        while k >= 0 and len(values) < len(labels) and (not lines[k].strip() or (
                _LONE_VALUE.fullmatch(lines[k]) and len(lines[k].strip()) <= 60 and not _LONE_LABEL.fullmatch(lines[k])
                and not lines[k].rstrip().endswith(":"))):
            if lines[k].strip():
                values.insert(0, k)
            k -= 1
        if len(values) != len(labels):
            # (or the column of values right under the column of labels: "Decision date:", "Mailed:", "Insured:",
            # then "November 19, 2026", "November 20, 2026", "Helena Marsh-Quint")
            values, k = [], j
            while k < len(lines) and len(values) < len(labels) and (not lines[k].strip() or (
                    _LONE_VALUE.fullmatch(lines[k]) and len(lines[k].strip()) <= 60 and ":" not in lines[k])):
                if lines[k].strip():
                    values.append(k)
                k += 1
        known = sum(any(rx.match(lines[lab].strip()) for rx in _known_labels()) for lab in labels)
        if len(labels) >= 2 and len(values) == len(labels) and 2 * known > len(labels) and \
                2 * sum(bool(re.search(r"\d", lines[v])) for v in values) >= len(values):
            for v, lab in zip(values, labels):
                lines[lab] = f"{lines[lab].rstrip()}    {lines[v].strip()}"
            for v in values:
                lines[v] = ""
        i = j
    # labels without colons, each alone on its line and each whole a label labels.yaml knows ("Claim no.", "Member
    # ID"), right over as many values alone on theirs, every one with a digit (the numbers they label)
    i = 0
    while i < len(lines):
        labels, j = [], i
        while j < len(lines) and _whole_known_label(lines[j]):
            labels.append(j)
            j += 1
        values, k = [], j
        while k < len(lines) and len(values) < len(labels) and re.fullmatch(r"[ \t]*\S*\d\S*[ \t]*", lines[k]):
            values.append(k)
            k += 1
        if len(labels) >= 2 and len(values) == len(labels):
            for v, lab in zip(values, labels):
                lines[lab] = f"{lines[lab].rstrip()}    {lines[v].strip()}"
            for v in values:
                lines[v] = ""
        i = max(k, i + 1)
    return "\n".join(lines)


def _whole_known_label(line: str) -> bool:
    """`line` is one label of the identifiers, the patient or the notice date, and nothing else (no colon)."""
    word = line.strip()
    if not word or ":" in word or len(word) > 40:
        return False
    return any((m := rx.match(word)) and m.end() >= len(word.rstrip(". ")) for rx in _known_labels())


# a Spanish date a narrow table cell wrapped before its year ("15 de septiembre de" over "2026" in the same column)
_DATE_WITHOUT_YEAR = re.compile(r"(?<!\S)\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
                                r"setiembre|octubre|noviembre|diciembre) de(?=[ \t]{2,}\S|[ \t]*$)", re.IGNORECASE)
_YEAR_CELL = re.compile(r"(?<!\S)(?:19|20)\d\d(?=[ \t]{2,}|[ \t]*$)")


def _years_wrapped_under(text: str) -> str:
    """`text` with the year a table cell wrapped onto the next line put back after its day and month, and taken off
    that line (the cells after it on the date's line keep their places where the gap after it allows)."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        line = lines[i]
        for m in reversed(list(_DATE_WITHOUT_YEAR.finditer(line))):
            below = lines[i + 1]
            year = next((y for y in _YEAR_CELL.finditer(below) if m.start() - 3 <= y.start() <= m.end() + 3), None)
            if year is None or _DATE_WITHOUT_YEAR.search(below):
                continue
            gap = line[m.end():][:len(line[m.end():]) - len(line[m.end():].lstrip(" \t"))]
            room = len(year.group(0)) + 1 if len(gap) >= len(year.group(0)) + 3 else 0
            line = f"{line[:m.end()]} {year.group(0)}{gap[room:]}{line[m.end() + len(gap):]}"
            lines[i + 1] = below[:year.start()] + " " * len(year.group(0)) + below[year.end():]
        lines[i] = line
    return "\n".join(lines)


@dataclass
class Doc:
    text: str
    lines: list[str]
    offsets: list[int]  # start offset of each line in text
    language: str = "en"  # en | es
    order: deadlines.DateOrder = deadlines.DateOrder()  # how its numeric dates are written

    def dates(self, text: str | None = None) -> list[deadlines.DateHit]:
        """The dates in `text` (default: the whole notice), read in this notice's order of day and month."""
        return deadlines.find_dates(self.text if text is None else text, self.order.order)

    @classmethod
    def of(cls, text: str) -> Doc:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\t", "    ")
        text = text.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
        # OCR reads the ordinal sign of "n.º" as a degree sign, an o or a 2 ("reclamación n.2 CK26-00773-19")
        text = _NUMBER_SIGN.sub(r"\1 n.º", text)
        # table borders: rules like "+-----+" go, pipes become spaces (columns keep their places)
        text = _QUOTE_MARKS.sub(lambda q: " " * len(q.group(0)), text)
        text = _BORDER_LINE.sub("", text).replace("|", " ")
        text = _years_wrapped_under(text)
        text = wrapped_labels(values_before_labels(columns_in_reading_order(text)))
        lines = text.split("\n")
        offsets, pos = [], 0
        for ln in lines:
            offsets.append(pos)
            pos += len(ln) + 1
        language = detect_language(text)
        return cls(text, lines, offsets, language, deadlines.date_order(text, language))

    def line_at(self, pos: int) -> int:
        lo, hi = 0, len(self.offsets) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.offsets[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def snippet(self, pos: int) -> str:
        return squeeze(self.lines[self.line_at(pos)])[:240]


def squeeze(s: str) -> str:
    return " ".join(s.split())


def segments(line: str) -> list[tuple[int, str]]:
    """Pieces of a line separated by 2+ spaces (table cells in layout text), with their start columns."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _values_after(doc: Doc, m: re.Match, li: int) -> list[tuple[str, int]]:
    """Candidate values for a label, best first: the rest of its cell on the same line, and the cell under it
    (a header row of labels over a row of values). Without a colon and with a wide gap after the label, the
    label is probably a column header, so the cell under it comes first."""
    line = doc.lines[li]
    col = m.end() - doc.offsets[li]
    # what stands between a label and its value and is neither: the label's abbreviation ("DoD Benefits Number
    # (DBN)    2038..."), and in OCR text the specks a scan's rules and leaders leave ("Member ID:   fo   . EWH-81")
    skip = re.match(r"(?:\s*\([A-Za-z]{2,6}\)[ \t]*:?)?(?:[ \t]*(?:[^\w\s]{1,3}(?=[ \t]+\S)|_+(?=[ \t]+\S)|"
                    # (or a lone digit a speck made, wide gaps round it, before a name: "Member    7     Priya N.")
                    r"[a-z]{1,2}(?=[ \t]{2,}\S)|\d(?=[ \t]{3,}[^\W\d_]{2})))*",
                    line[col:])
    col += skip.end() if skip else 0
    rest = line[col:]
    same: list[tuple[str, int]] = []
    seg = re.match(r"\s{0,40}(\S+(?: \S+)*)", rest)
    if seg and seg.group(1).strip():
        same = [(seg.group(1), doc.offsets[li] + col + seg.start(1))]
        # a cell's value after a wide gap, a speck read as a small word before it ("Member      al Jalen Q.
        # Birchfield": a photo's glare); in a sentence ("for a State Fair Hearing") the word is the sentence's
        speck = re.match(r"[a-z]{1,2} (?=[^\W\d_a-z][a-z]+ [^\W\d_a-z])", seg.group(1))
        if speck and (col + seg.start(1) - (m.end() - doc.offsets[li]) >= 3 or
                      re.search(r"[ \t]{3}$", m.group(0))):
            same = [(seg.group(1)[speck.end():], same[0][1] + speck.end())]
    below: list[tuple[str, int]] = []
    label_col = m.start() - doc.offsets[li]
    label_end = label_col + len(m.group(0).rstrip())
    alone = len(segments(line)) == 1
    for nli in range(li + 1, min(li + 3, len(doc.lines))):
        for start, text in segments(doc.lines[nli]):
            # (a cell under the label that ends in a colon is the next label, "RE:" over "Employee No.:")
            if abs(start - label_col) <= 3 and not text.rstrip().endswith(":"):
                below = [(text, doc.offsets[nli] + start)]
        # a line with nothing under a label alone on its line (a sidebar's label beside the heading of a table) is
        # passed over; under a row of column headings the next line is the headings' own second line
        if not alone and doc.lines[nli].strip() or any(start < label_end + 2 and start + len(text) > label_col - 2
                                                        for start, text in segments(doc.lines[nli])):
            break
    after_label = line[m.start() - doc.offsets[li] + len(m.group(0).rstrip()):]
    if not below and (not after_label.strip() or re.match(r"[ \t]{2,}", after_label)):
        below = _cell_in_order(doc, li, label_col)  # a header cell of its own: its value is under it
    header_like = not re.search(r"[:;#.]\s*$", m.group(0)) and (not same or re.match(r"\s{2,}", rest) or
                                                            # the cell beside it is another label: a header row of
                                                            # labels ("Patient    Medicare Number    Date of this
                                                            # notice") over its row of values
                                                            _whole_known_label(same[0][0]))
    if not same and not below and m.group(0).rstrip().endswith(":"):
        # "To the parent or guardian of:" ending its line: the value opens the next line, maybe past the blank
        # lines an image left in the text ("Claim number (scan the barcode when you call):" over a barcode)
        nxt = next((n for n in range(li + 1, min(li + 6, len(doc.lines))) if doc.lines[n].strip()), None)
        if nxt is not None:
            start, text = segments(doc.lines[nxt])[0]
            below = [(text, doc.offsets[nxt] + start)]
    found = below + same if header_like else same + below
    if not same and m.group(0).rstrip().endswith(":") and not line[:label_col].strip():
        # a photo's OCR may print a column of values before its column of labels: a label alone on its line, with
        # nothing after it, may have its value on the line above, alone there ("QCH 4418 2207 01" / "Member ID:")
        up = next((n for n in (li - 1, li - 2) if n >= 0 and doc.lines[n].strip()), None)
        if up is not None and len(segments(doc.lines[up])) == 1 and re.search(r"\d", doc.lines[up]):
            start, text = segments(doc.lines[up])[0]
            found.append((text, doc.offsets[up] + start))
    return found


def _cell_in_order(doc: Doc, li: int, label_col: int) -> list[tuple[str, int]]:
    """The value under a header cell when the row below has as many cells as the header row but not in the same
    columns (OCR of a photo narrows the gaps between cells unevenly): the cell at the same place in the row."""
    header = segments(doc.lines[li])
    k = next((i for i, (start, text) in enumerate(header) if start <= label_col < start + len(text)), None)
    nxt = next((n for n in range(li + 1, min(li + 3, len(doc.lines))) if doc.lines[n].strip()), None)
    if k is None or nxt is None or len(header) < 2:
        return []
    cells = segments(doc.lines[nxt])
    if len(cells) != len(header) or any(text.rstrip().endswith(":") for _, text in cells):
        return []
    # a second row of values under the same header (a row per person: sponsor, patient): which is meant is
    # not known from the header alone
    then = doc.lines[nxt + 1] if nxt + 1 < len(doc.lines) else ""
    if re.search(r"\d", then) and ":" not in then:
        return []
    return [(cells[k][1], doc.offsets[nxt] + cells[k][0])]


def _value_after(doc: Doc, m: re.Match, li: int) -> tuple[str, int]:
    values = _values_after(doc, m, li)
    return values[0] if values else ("", -1)


# a street address after a label is not an identifier ("... Medicaid id   3200 E Camelback Rd": OCR made a label)
_STREET_AFTER = re.compile(r"^\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Rd|Road|St|Street|Ave|Avenue|"
                           r"Blvd|Boulevard|Dr|Drive|Way|Ln|Lane|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy|Highway)\b\.?")


_ID_DIGIT_LOOKALIKES = str.maketrans("SOIl", "5011")


# a number printed masked ("XXXX-XX7-WQ84", "****4471") before the whole number under a label of its own
_MASKED_THEN_FULL = re.compile(r"[ \t]*(?=[\w*•-]*[X*•]{3})[\w*•-]+[ \t,;(]+[^\W\d_][^:\n]{0,25}"
                               r"(?:number|\bno\.?|\bid|n[uú]mero|#)[ \t]*:[ \t]*(?=[^\s]{0,8}[ \t]?[^\s]*\d)",
                               re.IGNORECASE)


def _clean_id(value: str) -> str | None:
    if _STREET_AFTER.match(value.strip()):
        return None
    masked = _MASKED_THEN_FULL.match(value)
    if masked and sum(c in "Xx*•" for c in value[:masked.end()].split()[0]) >= 3:
        full = _clean_id(value[masked.end():])
        if full and not re.search(r"[X*•]{3}", full):
            return full
    # a space OCR put before a hyphen inside the number ("MCE -FICT-88104-01")
    tokens = re.sub(r"(?<=[A-Z0-9]) -(?=[A-Z0-9])", "-", value.strip().strip(".,;:")).split()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        # a comma or semicolon closing the number, with OCR's marks after it ("GSM-3082-117,-": a mark in the margin)
        tok = re.sub(r"(?<=[A-Za-z0-9])([,;])[-.,;'’_~]+$", r"\1", tok)
        t = re.sub(r"(?<=[A-Za-z0-9])\+(?=[A-Za-z0-9])", "-", tok.strip(",;"))  # OCR's + for a hyphen
        closes = t.endswith(")") and "(" not in t  # "(Member ID: NVH 6620 1193)"
        t = t.rstrip(")") if closes else t
        if not out and re.fullmatch(r"[A-Z]{2,6}\+", t) and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit():
            out.append(t)  # a program's "Plus" as its sign before the number: "CHP+ 44810-72"
            continue
        if not _ID_TOKEN.match(t) or t.upper() in _LABEL_WORDS:
            break
        has_digit = any(c.isdigit() for c in t)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        # a letters-only prefix before the digits: "NVH 6620 1193", "MEH-C 2610 33185", "TPA-CLM 8830 2214 07"
        # (or two such groups joined by a hyphen: "LSU-SHIP 80441927", a school's plan)
        if not has_digit and not ((sum(c.isalnum() for c in t) <= 6 or re.fullmatch(r"[A-Z]{2,5}-[A-Z]{2,5}", t)) and
                                  t.isupper() and any(c.isdigit() for c in nxt)):
            if out and re.fullmatch(r"[A-Z]", t) and i == len(tokens) - 1:
                out.append(t)  # a check letter closing the number: "90184 4772 A" (a Medi-Cal CIN)
                break
            if out:
                break
            return None
        out.append(t)
        if tok.endswith((",", ";")) or closes:
            break
    # a group of digits OCR read with a look-alike letter among groups that are all digits ("FICT 4410 2287 5S",
    # "EVR-P S5019 2287"); a group that opens with the letter only after a prefix of letters ("S1234 5678" may be
    # printed so)
    groups = [t for t in out if any(c.isdigit() for c in t)]
    if len(groups) >= 2 and all("-" not in t for t in groups):
        odd = [t for t in groups if not t.isdigit()]
        if len(odd) == 1 and odd[0].translate(_ID_DIGIT_LOOKALIKES).isdigit() and \
                (odd[0][0].isdigit() or len(out) > len(groups)):
            out = [t.translate(_ID_DIGIT_LOOKALIKES) if t is odd[0] else t for t in out]
    # a space OCR put beside a hyphen inside the number ("CD-2026- 1124-00871"): a hyphen joins two groups
    result = re.sub(r"(?<=\w)-\s+(?=\w)", "-", " ".join(out).rstrip(".-/"))
    if not result or sum(c.isalnum() for c in result) < 4 or not any(c.isdigit() for c in result):
        return None
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d", result):  # a date (a birth date under the label's row)
        return None
    if re.fullmatch(r"[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}", result):  # a diagnosis code ("on this claim: F33.2")
        return None
    if re.fullmatch(r"(?:CO|PR|OA|PI|CR)-?\d{1,3}", result):  # an adjustment code ("ajuste de la reclamación: CO-242")
        return None
    return result


_ROLE_PREFIX = re.compile(r"^(?:the\s+)?(?:patient|member|enrollee|subscriber|beneficiary|insured|recipient)\b"
                          r"\s*[:\-]?\s+", re.IGNORECASE)
# what follows a name on the same line: the next label, a dash and a subject, a bracket
_AFTER_NAME = re.compile(r"\s{2,}|\s(?:DOB|D\.O\.B|Date|ID|Member|Claim|Group|Enrollee|Subscriber|Patient|Policy|"
                         r"Reference|Plan|Fecha|N[uú]mero|Miembro|Reclamo|Identificaci[oó]n)\b|\(|\s[-/]\s|"
                         # a role's own number label ("Student ID", "Participant #", "Sponsor No.")
                         r"\s(?:Student|Participant|Beneficiary|Cardholder|Policyholder|Recipient|Insured|Sponsor|"
                         r"Estudiante)\s*(?:ID|#|No\b|Number)|"
                         # a role after the name and a comma: "Corinne Abernathy-Vale, enrollee (...)"
                         r",\s*(?i:enrollee|member|patient|subscriber|beneficiary|dependent|participant|ID|Claim|DOB|"
                         r"Date|miembro|paciente|afiliad[oa]|asegurad[oa]|beneficiari[oa])\b")
_NOT_PERSON = re.compile(r"\b(?:clinic|center|centre|associates|psychiatry|hospital|practice|infusion|ketamine|"
                         r"behavioral|dr|doctor|md|m\.d|do|np|pa-c|lcsw|phd|dear|hello|welcome|help|line|desk|team|unit|"
                         # a greeting, or a line of an address or of a form read where a name was looked for ("Hi
                         # Nadia", "Mail To", "Member Correspondence-- PO Box")
                         r"office|hi|mail|box|p\.?o|correspondence|correspondencia|attn|appeals?|apelaciones|"
                         r"department|departamento|"
                         # an office's line of an address block ("External Review Intake", "Part B Redeterminations")
                         r"review|intake|reconsiderations?|redeterminations?|grievances?|revisi[oó]n|"
                         # the same offices in Spanish ("Unidad de Reconsideraciones", "Oficina de Audiencias")
                         r"unidad|oficina|reconsideraci[oó]n(?:es)?|audiencias?|quejas|"
                         # a school the plan is for ("Student Health Insurance Plan for Northbay University")
                         r"university|college|school|institute|universidad|colegio|escuela|instituto|"
                         # a document's title or a reviewer's name read where a name was looked for ("Member Claims
                         # Statement", "Part B East Pinecrest QIC")
                         r"claims?|statement|summary|explanation|resumen|qic|contractor|contratista|part|"
                         # a group the plan covers, no one person ("Health Plan for Clergy and Lay Employees"): a
                         # plural of people, or two words joined by "and"
                         r"employees|retirees|workers|members|dependents|families|clergy|and|empleados|jubilados|"
                         r"trabajadores|miembros)\b\.?",
                         re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\-.])*")  # letters of any script, so Núñez stays whole


def _clean_name(value: str) -> str | None:
    v = value.strip().strip(",;:").rstrip(" -")  # (a scan's dash after an addressee's name: "Annika Lindqvist -")
    v = _ROLE_PREFIX.sub("", _HONORIFIC.sub("", v))
    v = _HONORIFIC.sub("", v)
    # a title before the name it is for, on the addressee's line ("Notice for MARGARET A. OKAFOR", "Statement for ...",
    # "Aviso para JOSEFINA ..."): the words after "for" are the name
    v = re.sub(r"^(?:[^\W\d_]+\s+){1,4}(?:for|para)\s+(?=[^\W\d_a-zß-ÿ])", "", v)
    if re.search(LEADER, v):
        return None  # a whole form line, its label and dot leaders ("ENROLLEE....... ANA RUIZ"), not a name
    # the next label on the line, one space after the name, whatever number it names ("Kayla M. Brandt DoD Benefits
    # Number (DBN): 1029...")
    nxt = next((m for m in label_set("member_id").regex().finditer(v)
                if m.start() and v[m.start() - 1].isspace() and m.group(0).rstrip().endswith(":")), None)
    if nxt:
        v = v[:nxt.start()]
    v = _AFTER_NAME.split(v)[0].strip(" ,;")
    v = re.sub(r"(?<=[^\W\d_]) -(?=[^\W\d_])|(?<=[^\W\d_])- (?=[^\W\d_])", "-", v)  # OCR's space by a hyphen
    v = re.sub(r"(?<=[^\W\d_]{2})\.$", "", v)  # the full stop of a sentence, not of an initial
    if not v or any(c.isdigit() for c in v) or len(v) > 60:
        return None
    # a comma right after a middle initial is the initial's full stop as a fax or photo prints it ("Colton J,
    # Reyes-Whitaker"): the surname first ("DOE, JANE A") never ends in a lone letter before its comma
    # (or a colon, OCR's reading of the initial's full stop: "Jerome T: Castellanos")
    v = re.sub(r"^([^\W\d_]{2,}(?: [^\W\d_]{2,})* [A-Z])[,:](?= [^\W\d_]{2})", r"\1.", v)
    if "," in v:  # "DOE, JANE A" -> "JANE A DOE"
        last, _, first = v.partition(",")
        if first.strip() and "," not in first and len(last.split()) <= 2:
            v = f"{first.strip()} {last.strip()}"
        else:
            return None
    # OCR's space after a name's first capital ("Y areli Sandoval Ruiz"): a lone capital, no full stop, then four or
    # more small letters is one word (an initial has its full stop or a capital after it; particles are short)
    v = re.sub(r"(?<![^\s])([^\W\d_a-zß-ÿ]) ([a-zß-ÿ]{4,})\b", r"\1\2", v)
    # OCR's small l for a name's first capital I ("lleana Cordero Batista", "lsabel Ortiz"): no name opens with a
    # small l, and a particle ("la", "los") is shorter
    v = re.sub(r"^l(?=[a-zß-ÿ]{3,} [^\W\d_a-zß-ÿ])", "I", v)
    words = v.split()
    if not 2 <= len(words) <= 5 or _NAME_STOP.match(v) or _ORG_WORDS.search(v) or _NOT_PERSON.search(v):
        return None
    if not all(_NAME_WORD.fullmatch(w) and (w[0].isupper() or (w.islower() and len(w) <= 3)) for w in words):
        return None
    if not words[0][0].isupper() or not words[-1][0].isupper() or len(words[-1].strip(".")) < 2:
        return None  # "a State Fair Hearing", "Part B": not names
    if v.isupper():
        v = " ".join(_title(w) for w in words)
    return v


def _title(w: str) -> str:
    t = w.capitalize()
    t = re.sub(r"(?<=['-])([a-z])", lambda m: m.group(1).upper(), t)
    if re.match(r"Mc[a-z]", t):
        t = "Mc" + t[2:].capitalize()
    return t


# the department of the payer that sent the notice, before or after the payer's name
_DEPARTMENT = (r"(?:Utilization (?:Management|Review)|Member Services|Customer Service|Provider Services|"
               r"Appeals(?: (?:and|&) Grievances)?|Claims(?: Department)?|Pharmacy Services)(?: Department| Unit)?")
_DEPARTMENT_BEFORE = re.compile(rf"^{_DEPARTMENT}\s*[,:\-]\s*(?:at\s+)?", re.IGNORECASE)
_DEPARTMENT_AFTER = re.compile(rf"\s+{_DEPARTMENT}$", re.IGNORECASE)
# a program banner over the carrier's name ("FEDERAL EMPLOYEE PROGRAM"): the program, not who decided
_BANNER = re.compile(r"^(?:the\s+)?(?:[A-Za-z]+\s+){0,3}program\W*$", re.IGNORECASE)


def _clean_org(value: str) -> str | None:
    v = squeeze(re.sub(r"<[^>]*>|\S+@\S+", "", value)).strip(" ,;:-|")
    v = _DEPARTMENT_AFTER.sub("", _DEPARTMENT_BEFORE.sub("", v))
    v = re.split(r"\s+(?:P\.?O\.? Box|\d{2,})", v)[0].strip(" ,;:-")
    # a product or plan-type tag after the name ("Lumbre Rx (PDP)", "Sunfield Health (HMO-POS)"): not the name
    v = re.sub(r"\s*\((?:[A-Z]{2,5}(?:[-/ ][A-Z]{2,5})?|Medicare[^)]{0,30}|Medicaid[^)]{0,30})\)$", "", v)
    head, *tail = re.split(r"\s+[-–|]\s+", v)  # "STATE HEALTH PARTNERS - MEDICAID MANAGED CARE": the name
    if tail and _ORG_WORDS.search(head):
        v = head
    elif tail and _ORG_WORDS.search(tail[-1]):  # "Secure message - Larchmont Health Cooperative"
        v = tail[-1]
    if len(v) < 3 or len(v) > 90 or sum(c.isdigit() for c in v) > 2 or not re.search(r"[A-Za-z]{3}", v):
        return None
    if _NOT_ORG.search(v):
        return None
    return v


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


# ---------------------------------------------------------------------------------------------- field extractors

# whose number a member-ID label gives: where a notice prints the patient's beside the policyholder's ("Sponsor DoD
# Benefits Number" over "Patient DoD Benefits Number"), a label the patient's role opens comes first
_PATIENT_ROLE = re.compile(r"\b(?:patient|dependent|child|paciente|dependiente|niñ[oa])\b[^\n:]{0,12}$", re.IGNORECASE)


def _patient_first(doc: Doc, m: re.Match) -> int:
    li = doc.line_at(m.start())
    # (the label's first word without the colon it may carry: "Patient DBN:")
    words_before = doc.text[max(doc.offsets[li], m.start() - 30):m.start()] + \
        re.sub(r"[\s:#.]+$", "", m.group(0).split(" ")[0])
    # or the label opens the line under the patient's own ("Paciente:   Valentina ..." / "Núm. de socio:   ...-03")
    above = next((doc.lines[n] for n in range(li - 1, max(-1, li - 3), -1) if doc.lines[n].strip()), "")
    return 0 if _PATIENT_ROLE.search(words_before) or (not doc.lines[li][:m.start() - doc.offsets[li]].strip()
                                                        and _PATIENT_LINE.match(above)) or (
        # or the line is the patient's, its label first ("PATIENT ......: Maren Holmqvist (spouse)   ID: ...-S"
        # under the participant's own "ID:"), and the ID's label is no policyholder's
        _PATIENT_OPENS.match(doc.lines[li]) and not _POLICYHOLDER_LABEL.search(m.group(0))) else 1


_PATIENT_OPENS = re.compile(r"^[ \t]*(?:patient(?:'s)?(?: name)?|paciente|dependa?ent|dependiente)[ \t.]*:",
                            re.IGNORECASE)


# a member-ID label of the policyholder, who may be a parent, spouse or sponsor of the patient
_POLICYHOLDER_LABEL = re.compile(r"subscriber|sponsor|policyholder|employee|insured|cardholder|suscriptor|"
                                 r"patrocinador|titular|asegurad|emplead", re.IGNORECASE)


# a number another body gives the member (a university's student ID beside the insurer's member ID)
# (and a program's number beside the plan's own: a Medicare Advantage or dual plan's notice gives the member's Medicare
# number and Medicaid ID beside the plan's member number)
_OTHER_BODYS_NUMBER = re.compile(r"student|estudiante|alumno|\bmedica(?:id|re)\b|\bmbi\b", re.IGNORECASE)


def _member_rank(doc: Doc, m: re.Match, strong: re.Pattern) -> tuple[int, int, int, int]:
    """How surely a member-ID label gives the patient's own number, lowest first: a label the patient's role
    opens, then the member's own labels before the policyholder's ("Member ID" over "Subscriber ID" on a
    dependant's notice), another body's number after the plan's own (a student ID), and a specific label before
    a generic "ID:"."""
    specific = strong.match(doc.text, m.start())
    # (or the label's cell opens with the policyholder's role: "Sponsor: SSgt Name, DoD ID 1234567890")
    cell = re.split(r"[ \t]{3,}", doc.text[doc.offsets[doc.line_at(m.start())]:m.start()])[-1]
    # (or the role is the label's first word: "Sponsor DoD ID:", "Subscriber Member ID:")
    holder = _POLICYHOLDER_LABEL.search(m.group(0)) or re.match(rf"[ \t]*(?:{_POLICYHOLDER_LABEL.pattern})\w*"
                                                                 r"(?:[ \t]*:|(?:'s)?[ \t]*$)", cell, re.IGNORECASE)
    return (_patient_first(doc, m), int(bool(holder)),
            int(bool(_OTHER_BODYS_NUMBER.search(m.group(0)))), 0 if specific and specific.end() >= m.end() - 1 else 1)


def _labeled(doc: Doc, labels: LabelSet, clean, *, patient_first: bool = False, field: str | None = None,
             within: tuple[int, int] | None = None) -> tuple[str, str, tuple[int, int]] | None:
    matches = list(labels.regex().finditer(doc.text, *(within or ())))
    if field:  # a label that is the tail of another thing's ("Claim ID #", "Household case no.") is not this one
        other = not_this_number(field)
        matches = [m for m in matches if not other.search(doc.text, doc.offsets[doc.line_at(m.start())], m.start())]
    if patient_first:
        strong = LabelSet(labels.strong).regex()
        matches.sort(key=lambda m: _member_rank(doc, m, strong))  # stable: in the notice's order otherwise
    for m in matches:
        li = doc.line_at(m.start())
        for value, pos in _values_after(doc, m, li):
            v = clean(value)
            if v:
                snippet = doc.snippet(m.start())
                if doc.line_at(pos) != li:
                    snippet = f"{snippet} / {doc.snippet(pos)}"
                at = value.find(v)  # the span of what was kept, so codes later on the line stay visible
                span = (pos + at, pos + at + len(v)) if at >= 0 else (pos, pos + len(value))
                return v, snippet[:300], span
    return None


# Identifiers given in a sentence or a subject line rather than after a label: "claim 12345678901 for ...",
# "Denial of request PA-2026-00412", "(member H104091940)". Only tokens with a digit count.
# a mark for "number" however a page or its OCR prints it: "n.º", "nº", "n°", "N.o", OCR's "n.*" for "n.º"
_NUMBER_MARK = r"(?-i:[Nn])[.,]?[º°*o]\.?:?"
# (a letter's lines wrap anywhere in its sentences: between the role's words, before the number, and after the
# capitals that lead a grouped number: "The claim number is" / "84-2271-0963.", "Your member ID is HLH" / "4410
# 27783"; one line break, never a blank line)
_WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=\S))"
_ID_IN_PROSE = re.compile(r"\b(?P<role>claim|request|reference|case|authorization|notice|member|enrollee|subscriber)"
                          # (a comma may set the number's name off: "The claim, number CBA-26-0871-5532, was sent")
                          rf"(?:,?{_WRAP}(?:number|no\.|#|id|{_NUMBER_MARK}))?"
                          rf"(?:{_WRAP}(?:on|for|of){_WRAP}(?:this|the|your){_WRAP}\w+)?"
                          rf"(?:{_WRAP}(?:is|was))?{_WRAP}(?P<value>"
                          # a number printed in groups of digits ("Claim 2026 1104 0071 3 - Bronze plan")
                          # (maybe led by a group of capitals: "Claim CV 2611 0093 551 from ...")
                          rf"(?:(?-i:[A-Z]{{1,4}}){_WRAP}(?=\d))?"
                          r"(?=(?:[ \t]?\d){8})\d{2,8}(?:[ \t]\d{1,6}){1,4}(?![\w/.,-])|"
                          r"(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{5,})\b",
                          re.IGNORECASE)
# (the grouped number of _ID_IN_PROSE, for the Spanish sentence too: "Su número de miembro es ACL 6609 4421")
# (its sentence's full stop or comma may follow it: "... es ACL 6609 4421. No pagamos")
_GROUPED_NUMBER = (r"(?:(?-i:[A-Z]{1,4})[ \t](?=\d))?(?=(?:[ \t]?\d){8})\d{2,8}(?:[ \t]\d{1,6}){1,4}"
                   r"(?![\w/-]|[.,]\w)")


# the same in Spanish, the number named before or after its role ("la reclamación número 26-VS-448120", "su número
# de miembro de Medicaid VDS-FICT-5520917"), and each role's English word
_ID_IN_PROSE_ES = re.compile(r"\b(?:(?:n[uú]mero|n\.?º|#)\s+de\s+(?P<role>reclamaci[oó]n|reclamo|solicitud|caso|"
                             r"miembro|afiliad[oa]|beneficiari[oa]|socio)|(?P<role_first>reclamaci[oó]n|reclamo|solicitud|caso)"
                             # (or the number right after its role: "sobre la reclamación MST-26-0415529")
                             rf"(?:\s+(?:n[uú]mero|n\.?º|#|{_NUMBER_MARK}))?|"
                             # (a member's only with the word for number: "Usted, Ana Ruiz, miembro número SCV-77")
                             rf"(?P<role_named>miembro|afiliad[oa]|beneficiari[oa])\s+(?:n[uú]mero|n\.?º|#|{_NUMBER_MARK}))"
                             r"(?:\s+de\s+(?:Medicaid|Medicare|CHIP))?(?:\s+(?:es|era))?\s+"
                             rf"(?P<value>{_GROUPED_NUMBER}|(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{{5,}})\b",
                             re.IGNORECASE)
_ROLE_ES = {"reclamación": "claim", "reclamacion": "claim", "reclamo": "claim", "solicitud": "request", "caso": "case",
            "miembro": "member", "afiliado": "member", "afiliada": "member", "beneficiario": "member",
            "beneficiaria": "member", "socio": "member"}


def _id_in_prose(doc: Doc, roles: str, within: tuple[int, int] | None = None):
    spans = within or ()
    found = sorted([*_ID_IN_PROSE.finditer(doc.text, *spans), *_ID_IN_PROSE_ES.finditer(doc.text, *spans)],
                   key=lambda m: m.start())
    for m in found:
        role = (m.groupdict().get("role") or m.groupdict().get("role_first") or m.groupdict().get("role_named")
                or "").lower()
        if _ROLE_ES.get(role, role) in roles.split():
            v = _clean_id(m.group("value"))
            if v and not deadlines.find_dates(v):
                return v, doc.snippet(m.start()), (m.start("value"), m.start("value") + len(v)), \
                    Reason(N_("found in a sentence, not after a label"))
    return None


# a row per person under a member-ID heading ("Name    DoD Benefits Number" over "Sponsor ..." and "Patient ..."):
# the row the patient's role opens, its number at the row's end
_PATIENT_ROW = re.compile(r"^[ \t]*(?:patient|paciente)\b[^\n]*?(?P<id>\d[\dA-Z]*(?:[ -][\dA-Z]+){0,3})[ \t]*$",
                          re.IGNORECASE | re.MULTILINE)


def _patient_row_id(doc: Doc):
    id_label = label_set("member_id").regex()
    for m in _PATIENT_ROW.finditer(doc.text):
        li = doc.line_at(m.start())
        header = next((h for h in range(li - 1, max(-1, li - 4), -1)
                       if doc.lines[h].strip() and not re.match(r"\s*(?:sponsor|subscriber|employee|patrocinador|"
                                                                r"suscriptor)\b", doc.lines[h], re.IGNORECASE)), None)
        if header is None or re.search(r"\d", doc.lines[header]) or not id_label.search(doc.lines[header]):
            continue
        value = _clean_id(m.group("id"))
        if value:
            return value, f"{doc.snippet(doc.offsets[header])} / {doc.snippet(m.start())}", \
                (m.start("id"), m.start("id") + len(value))
    return None


# the people of a dependant's notice side by side: a header cell per role ("Suscriptor (empleado)    Paciente
# (dependiente)") over rows of a label and a value per role ("Nombre    Efraín ...    Guadalupe ...")
_PATIENT_HEAD = re.compile(r"^(?:patient|paciente|dependa?ent|dependiente|child|niñ[oa](?:/a)?|hij[oa](?:/a)?)\b",
                           re.IGNORECASE)
_HOLDER_HEAD = re.compile(r"^(?:subscriber|suscriptor|sponsor|patrocinador|employee|emplead[oa]|policyholder|"
                          r"titular|insured|asegurad[oa]|parent|padre|madre|member|miembro)\b", re.IGNORECASE)
_NAME_ROW = re.compile(r"^(?:name|nombre|full name|nombre completo)\b", re.IGNORECASE)


def _patient_in_person_table(doc: Doc):
    """On a dependant's notice that prints the policyholder and the patient side by side, the patient's (name,
    member ID or None, evidence): a column headed by the patient's role, read by the order of its cells (OCR
    moves cells sideways), or a row whose name carries the patient's role in brackets ("Jolene K. Ellery
    (patient)    1294 4470 18") under a header naming a member ID. None when the notice has neither."""
    id_label = label_set("member_id").regex()
    for li, line in enumerate(doc.lines):
        segs = segments(line)
        if len(segs) >= 2 and not re.search(r"\d", line):
            roles = [i for i, (_, seg) in enumerate(segs) if _PATIENT_HEAD.match(seg)]
            if len(roles) == 1 and any(_HOLDER_HEAD.match(seg) for i, (_, seg) in enumerate(segs) if i != roles[0]):
                name = member_id = None
                rows = []
                for ri in range(li + 1, min(li + 6, len(doc.lines))):
                    cells = [seg for _, seg in segments(doc.lines[ri])]
                    if len(cells) != len(segs) + 1:
                        continue
                    value = cells[1 + roles[0]]
                    if _NAME_ROW.match(cells[0]) and not name:
                        name = _clean_name(value)
                        rows.append(ri)
                    elif id_label.match(cells[0]) and not member_id:
                        member_id = _clean_id(value)
                        rows.append(ri)
                if name:
                    return name, member_id, " / ".join(squeeze(doc.lines[i]) for i in [li, *rows])[:300]
        if segs:
            gloss = _ROLE_GLOSS.search(segs[0][1])
            name = _clean_name(segs[0][1][:gloss.start()]) if gloss and gloss.group("patient") else None
            header = next((h for h in range(li - 1, max(-1, li - 5), -1) if doc.lines[h].strip()
                           and not _ROLE_GLOSS.search(doc.lines[h])), None)
            if name and len(segs) >= 2 and header is not None and not re.search(r"\d", doc.lines[header]):
                # its number from the same row, when the header names a member ID over it
                member_id = next((v for _, seg in segs[1:] if (v := _clean_id(seg)) and not doc.dates(seg)), None) \
                    if id_label.search(doc.lines[header]) else None
                return name, member_id, f"{squeeze(doc.lines[header])} / {squeeze(line)}"[:300]
    return None


def _person_table_id(doc: Doc):
    found = _patient_in_person_table(doc)
    if not found or not found[1]:
        return None
    at = doc.text.find(found[1])
    return found[1], found[2], (at, at + len(found[1]))


def find_member_id(doc: Doc):
    """The patient's own number: a person table's or row's, after a member-ID label, named in a sentence, and only
    where none of these gives one, the policy's own number (labels.yaml member_policy: an individual or short-term
    policy's "Policy number" is the insured person's; a group's or another payer's is not)."""
    return _person_table_id(doc) or _patient_row_id(doc) or \
        _labeled(doc, label_set("member_id"), _clean_id, patient_first=True, field="member_id") or \
        _id_in_prose(doc, "member enrollee subscriber") or \
        _labeled(doc, label_set("member_policy"), _clean_id, field="member_policy")


def find_claim_number(doc: Doc):
    """The claim's own number: after a claim label, then named as the claim in a sentence or subject line ("RE:
    Coverage decision on claim 9902-77140-26"), then after a request or reference label ("Internal reference:"),
    then a request or reference named in a sentence."""
    first, *others = claim_label_sets()
    section = denial_section(doc)
    if section:  # a file of several letters: the claim the denying one names
        hit = _labeled(doc, first, _clean_id, field="claim_number", within=section) or \
            _id_in_prose(doc, "claim", within=section)
        if hit:
            return hit
    return _labeled(doc, first, _clean_id, field="claim_number") or _id_in_prose(doc, "claim") or \
        next(filter(None, (_labeled(doc, labels, _clean_id, field="claim_number") for labels in others)), None) or \
        _id_in_prose(doc, "request reference case authorization notice")


# How much a name label says "this is the patient": a patient or member label outright, a bare role word, a
# generic "Name:", an addressee line ("To:", "Re:", "For:") that may name the provider instead.
_NAME_LABEL_WEIGHT = ((re.compile(r"patient|paciente|student|dependa?ent|dependiente|child|\bson\b|daughter|"
                                   # (the label's letters only: "Miembro (niña)" is "miembro nia")
                                   r"\bni(?:n|)[oa]s?\b|\bhij[oa]\b|\bmenor\b", re.IGNORECASE),
                       3.5),  # who got the care
                      (re.compile(r"member|enrollee|beneficiary|recipient|client|participant|"
                                  r"miembro|afiliad|beneficiari|inscrit", re.IGNORECASE), 3.0),
                      # the policyholder, or who filed the claim: maybe a parent or spouse of the patient
                      # (and who asked for the hearing or appeal decided: "Appellant:", "Apelante:")
                      (re.compile(r"subscriber|insured|asegurad|claimant|employee|appellant|apelante|reclamante",
                                  re.IGNORECASE), 2.5),
                      (re.compile(r"name|nombre", re.IGNORECASE), 2.0),
                      (re.compile(r"re|for|para", re.IGNORECASE), 1.5),
                      (re.compile(r"to", re.IGNORECASE), 1.0))
_ROLE_GLOSS = re.compile(r"\s*\((?:(?P<patient>patient|dependent|dependant|child|spouse|son|daughter|paciente|"
                         r"dependiente|hij[oa]|cónyuge|conyuge)|subscriber|policyholder|employee|sponsor|suscriptor|titular|"
                         r"emplead[oa])\)", re.IGNORECASE)
# role words right before a name in running text: "for Ana Núñez (member ...)", "Enrollee Ana Núñez,"
_ROLE_IN_PROSE = re.compile(r"\b(?:(?P<role>patient|member|enrollee|subscriber|beneficiary|child|son|daughter|"
                            r"dependent|paciente|hij[oa]|niñ[oa]|dependiente|beneficiari[oa]|afiliad[oa]|"
                            r"asegurad[oa]),?|for)\s+", re.IGNORECASE)
_WORDS_AFTER_ROLE = re.compile(r"[^\W\d_](?:[^\W\d_]|['.\-])*(?:[ \t]+[^\W\d_](?:[^\W\d_]|['.\-])*){1,3}")
_PROVIDER_LINE = re.compile(r"\b(?:Dr\.|doctor|provider|physician|attn|fax)\b", re.IGNORECASE)
# the lines of an address block under the addressee's name: a street ("45 Linden Court") or a care-of line
# (OCR may read a house number's first 5 as "$": "$520 BIRCHWOOD LN")
_ADDRESS_LINE = re.compile(r"\$?\d{1,6}\s+[A-Za-z]|c/o\b|in care of\b|"
                           # a Spanish street line names its kind first ("Calle Nogal 77"; Puerto Rico's
                           # "Urb. Los Flamboyanes, Calle 4 B-12")
                           r"(?:calle|avenida|ave?\.|urb\.|urbanizaci[oó]n|carretera|carr\.|camino|paseo|callej[oó]n)"
                           r"\s+[^\W_][^\n]*\d", re.IGNORECASE)
# the member's details printed between name and street: date of birth, an ID, a program number
_MEMBER_DETAIL = re.compile(r"(?:date of birth|birth ?date|DOB|fecha de nacimiento|(?:member|medicare|medicaid|"
                            r"subscriber|enrollee|student)\b[^:]{0,20}(?:number|no\.?|#|id)|n[uú]mero de)\b",
                            re.IGNORECASE)


_ROLE_CELL_ROW = re.compile(r"^[ \t]*(?:[^\W\d_]+[ \t])?(?:patient|member|enrollee|beneficiary|subscriber|insured|"
                            r"participant|dependent|dependant|student|recipient|paciente|miembro|afiliad[oa]|"
                            r"beneficiari[oa]|asegurad[oa]|estudiante|inscrit[oa]|participante)[ \t]{2,}"
                            r"(?P<value>[^\W\d_][^\n]{2,60}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_ROLE_OVER_NAME = re.compile(r"^[ \t]*(?:patient|member|enrollee|beneficiary|insured|participant|recipient|paciente|"
                             r"miembro|afiliad[oa]|beneficiari[oa]|asegurad[oa]|participante)[ \t]*\n"
                             r"[ \t]*(?P<value>[^\W\d_][^\n\d:]{2,60}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_GREETING_LINE = re.compile(r"^\s*(?:Dear|Estimad[oa]|Querid[oa])\s+\S", re.IGNORECASE)


def find_patient_name(doc: Doc):
    """The patient, picked from scored candidates: labelled values (weighted by what the label means, less
    on a line about the provider), role words in running text, the addressee block and the salutation.
    The same name found in several places adds up; the evidence is the best-scoring place."""
    candidates: dict[str, list] = {}  # name -> [total score, best score, snippet, span]
    as_patient: set[str] = set()  # names a label calls the patient's ("Patient:", "Dependent", "Paciente")

    def add(name: str | None, score: float, snippet: str, span: tuple[int, int]) -> None:
        if not name:
            return
        c = candidates.setdefault(name, [0.0, -1.0, "", span])
        c[0] += score
        if score > c[1]:
            c[1:] = [score, snippet[:300], span]

    for m in label_set("patient_name").regex().finditer(doc.text):
        li = doc.line_at(m.start())
        if "\n" in m.group(0).strip():
            # a label whose words a heading and the row under it make ("1. Member" over "Name      Yui ..."): its
            # value is on the row
            li = doc.line_at(m.start() + len(m.group(0).rstrip()) - 1)
        label = re.sub(r"[^a-z ]", "", m.group(0).lower()).strip()
        weight = next((w for rx, w in _NAME_LABEL_WEIGHT if rx.search(label)), 1.0)
        line = doc.lines[li]
        if _PROVIDER_LINE.search(line) and not re.search(r"patient|member|enrollee", label):
            weight -= 1.0
        for value, pos in _values_after(doc, m, li):
            name = _clean_name(value)
            if name:
                # a role glossed after the name: "Nora E. Whitcombe (dependent)" is the patient, "(subscriber)" not
                gloss = _ROLE_GLOSS.match(value[value.find(name) + len(name):]) if name in value else None
                if gloss:
                    weight += 0.5 if gloss.group("patient") else -1.0
                add(name, weight, doc.snippet(m.start()), (pos, pos + len(value)))
                if _NAME_LABEL_WEIGHT[0][0].search(label) and not (gloss and not gloss.group("patient")):
                    as_patient.add(name)
                break
    if not candidates:
        # no label of the table named anyone: a row's label cell that ends in a role word, a word of its own before
        # it ("Covered student    Mei-Lin Castellanos", "Enrolled member    ..."), and a name in the next cell;
        # or the role word alone on its line over the name alone on the next (a web page's stacked label and value:
        # "Miembro" over "Tomás Arreola Benítez")
        for m in (*_ROLE_CELL_ROW.finditer(doc.text), *_ROLE_OVER_NAME.finditer(doc.text)):
            named = _clean_name(m.group("value"))
            if named and not _PROVIDER_LINE.search(m.group(0)):
                add(named, 3.0, doc.snippet(m.start()), (m.start("value"), m.end("value")))
                as_patient.add(named)
    person = _patient_in_person_table(doc)
    if person:  # the patient beside the policyholder, named as such
        at = doc.text.find(person[0])
        add(person[0], 5.0, person[2], (at, at + len(person[0])))
        as_patient.add(person[0])
    for m in _ROLE_IN_PROSE.finditer(doc.text):  # the role word alone, so "for your child, NAME" finds both
        words = _WORDS_AFTER_ROLE.match(doc.text, m.end())
        if not words or words.group(0).isupper():
            continue  # a heading in capitals ("... FOR SOFTWARE TESTING"), not a name in a sentence
        # (a dependant's role, "for your daughter, Priya Webb", names who got the care over the addressee)
        role = m.group("role") or ""
        add(_clean_name(words.group(0)), 3.0 if _NAME_LABEL_WEIGHT[0][0].search(role) else 2.0 if role else 1.0,
            doc.snippet(m.start()), (words.start(), words.end()))
    # the addressee block: a name line over its street line (window envelopes, Medicare summary notices), with
    # perhaps a line of the member's own details between them ("Date of birth: ...", "Medicare Number ..."); a
    # name line that opens with a courtesy title ("Ms Lorraine V. Okafor-Dunn") is an addressee anywhere above
    # the body
    # (above the greeting, where a letter has one: a block under "Dear ..." is where the appeal goes)
    greeting = next((li for li, line in enumerate(doc.lines[:40]) if _GREETING_LINE.match(line)), 40)
    for li, line in enumerate(doc.lines[:greeting]):
        segs = segments(line)
        if not segs or li + 1 >= len(doc.lines):
            continue
        start, seg = segs[0]
        if seg.rstrip().endswith(":"):
            continue  # a label ("Employee No.:"), no addressee
        span = (doc.offsets[li] + start, doc.offsets[li] + start + len(seg))
        if _HONORIFIC.match(seg) and len(segs) == 1 and not _PROVIDER_LINE.search(seg):
            add(_clean_name(seg), 1.5, squeeze(line), span)
            continue
        details = 0
        for nli in range(li + 1, min(li + 4, len(doc.lines))):
            below = [t for c, t in segments(doc.lines[nli]) if abs(c - start) <= 3]
            if below and _MEMBER_DETAIL.match(below[0]):
                details += 1
                continue  # the member's details between name and street
            if not doc.lines[nli].strip() and not details:
                continue
            if below and _ADDRESS_LINE.match(below[0]) and not re.search(r"box", below[0], re.I):
                details += 1
            break
        if details:
            add(_clean_name(seg), 1.5, squeeze(line), span)
    # a name that opens a line, or a sentence's clause, and then gives its member ID ("Delphine Ashworth-Mbeki,
    # Member ID SEHP 30418872, Claim ...", "Usted, Rogelio Benavides Treviño, miembro número SCV-7730"): the member
    id_label = label_set("member_id").regex()
    for m in re.finditer(r"(?:^|(?<=,))[ \t]*(?P<name>[^,\n\d]{3,60})(?=,[ \t]*(?P<after>))", doc.text,
                         re.MULTILINE):
        if id_label.match(doc.text, m.end("after")) or ((prose := _ID_IN_PROSE_ES.match(doc.text, m.end("after")))
                                                        and prose.group("role_named")):
            add(_clean_name(m.group("name")), 2.0, doc.snippet(m.start("name")), (m.start("name"), m.end("name")))
    # (a greeting OCR or its writer left without its colon ends at the line's end)
    for m in re.finditer(r"^\s*(?:Dear|Hello|Hi|Estimad[oa]|Querid[oa])\s+"
                         r"(?!Dr\.?\s|Doctor|Provider|Member\b|Sir|Madam|Customer|Patient\b)"
                         r"([^:,\n]+)(?:[:,]|[ \t]*$)", doc.text, re.IGNORECASE | re.MULTILINE):
        name = _clean_name(m.group(1))
        # (the line of the greeting itself: "^\s*" may have begun on a blank line above it)
        add(name, 1.0, doc.snippet(m.start(1)), (m.start(1), m.end(1)))
        surname = _HONORIFIC.sub("", m.group(1).strip()).split()
        if not name and len(surname) == 1:  # "Dear Ms Okafor-Dunn": the surname backs a full name that ends so
            for full, c in candidates.items():
                if full.split()[-1].lower() == surname[0].lower():
                    c[0] += 1.0
    if not candidates:
        return None
    # a name in capitals ("MEMBER NAME... DESHAWN K. OKONKWO-REYES") is title-cased by guess; the same name
    # printed in mixed case elsewhere ("Dear DeShawn K. Okonkwo-Reyes:") is the true spelling and takes its score
    for guessed in [n for n in candidates if " ".join(_title(w) for w in n.upper().split()) == n]:
        printed = next((n for n in candidates if n != guessed and _fold(n) == _fold(guessed)), None)
        if printed:
            candidates[printed][0] += candidates.pop(guessed)[0]
    # a shorter form of a longer candidate ("Ana Núñez" beside "Ana L. Núñez") backs the longer one
    for short, c in candidates.items():
        for long_name, d in candidates.items():
            if short != long_name and set(short.split()) < set(long_name.split()):
                d[0] += c[0] * 0.5
    # one name the notice labels as the patient's is the patient, however often the letter names its addressee (a
    # dependant's notice is sent to the policyholder: "Dear Ms. Oduya" is the spouse who holds the policy)
    labelled = [n for n in candidates if n in as_patient]
    # the labelled name cut short where its cell wrapped ("Niño(a) paciente:" over "Mateo Alejandro" over "Ruiz
    # Benítez"), whole where the letter names the same person ("su hijo, Mateo Alejandro Ruiz Benítez")
    whole = [n for n in candidates if len(labelled) == 1 and n.startswith(labelled[0] + " ")]
    if whole:
        name = max(whole, key=len)
        total, snippet, span = candidates[labelled[0]][0] + candidates[name][0], *candidates[name][2:]
    elif len(labelled) == 1 and not any(set(labelled[0].split()) < set(n.split()) for n in candidates):
        name, (total, _, snippet, span) = labelled[0], candidates[labelled[0]]
    else:
        name, (total, _, snippet, span) = max(candidates.items(), key=lambda kv: kv[1][0])
    name = as_printed(doc, name)
    if total < 2.0:  # only a salutation or an addressee line names the patient
        return name, snippet, span, Reason(N_("only the greeting or the address block names the patient"))
    return name, snippet, span


def as_printed(doc: Doc, name: str) -> str:
    """A name read in capitals ("HARRIET L PEMBROKE-VANCE", title-cased) as the notice also prints it in mixed
    case, with its initials' periods ("Harriet L. Pembroke-Vance"): the same words, in the same order."""
    words = name.replace(".", "").split()
    if not words:
        return name
    # a period only after an initial ("L."), never the sentence's own after the last name
    pattern = r"(?<![\w.-])" + r"[ \t]+".join(re.escape(w) + (r"\." if len(w) == 1 else "") for w in words) + \
        r"(?![\w-])"
    for m in re.finditer(pattern, doc.text, re.IGNORECASE):
        printed = m.group(0)
        if printed != printed.upper() and printed.lower() != printed and printed.count(".") > name.count("."):
            return printed
    return name


_FIELD_LABEL = re.compile(r"\s*[A-Za-z][\w .#/]{0,30}:\s")


# (a heading may join the patient with their ID, "Patient / Member ID": its cells read "Name /" over the ID;
# "Patient and member ID": "Name (spouse) ID")
_PATIENT_COLUMN = re.compile(r"^(?:(?:patient|member)(?:'s)?(?: name)?|(?:nombre del )?(?:paciente|miembro))"
                             r"(?P<id>(?:[ \t]*/[ \t]*|[ \t]+(?:and|&|y)[ \t]+)(?:member|miembro|subscriber)?"
                             r"[ \t]*(?:id|#|n[uú]m\w*\.?|no\.)"
                             r"(?:[ \t]+(?:de )?(?:member|miembro))?|"
                             # (or the member's number glossed in brackets: "Patient (member no.)")
                             r"[ \t]*\((?:member|miembro|n[uú]m\w*\.?)[ \t]*(?:id|#|n[uú]m\w*\.?|no\.?|"
                             r"de miembro)?\))?$", re.IGNORECASE)


def _header_above(doc: Doc, li: int, limit: int = 12) -> int | None:
    """The nearest line above line `li` that reads as a table's header row: several cells and no digit."""
    for hi in range(li - 1, max(-1, li - limit), -1):
        line = doc.lines[hi]
        if line.strip() and not re.search(r"\d", line) and len(segments(line)) >= 3:
            return hi
    return None


def patient_of_row(doc: Doc, li: int):
    """On a family statement, whose care the row at line `li` is: the name under the claim table's patient column
    ("Ingrid"), made whole from the notice's list of members ("Ingrid Bellweather   PBS-88210-02   Spouse"), with
    the member ID that list gives beside it. (name, member ID or None, evidence), or None."""
    hi = _header_above(doc, li)
    span = _column(doc.lines[hi], _PATIENT_COLUMN) if hi is not None else None
    if hi is None or span is None or not (cell := _cell(doc.lines[li], span, tol=2)):
        return None
    heading = _PATIENT_COLUMN.search(_cell(doc.lines[hi], span) or "")
    if heading and heading["id"] and "/" in cell:  # "Patient / Member ID": "Name /" over the ID
        cell, own_id = _joined_id(doc, li, span, cell)
        if len(cell.split()) >= 2 and _clean_name(cell):
            return _clean_name(cell), own_id, squeeze(doc.lines[li])[:200]
    elif heading and heading["id"] and (numbered := _NAME_THEN_NUMBER.fullmatch(cell)):
        # "Patient (member no.)": "Marcus Achebe (01)", the member's own ID where a list of members gives it in full
        # ("01 Marcus Achebe    TC-20417-01")
        if len(numbered["name"].split()) >= 2 and (name := _clean_name(numbered["name"])):
            return name, _id_ending(doc, li, name, numbered["no"]), squeeze(doc.lines[li])[:200]
    elif heading and heading["id"] and (joined := _NAME_THEN_ID.fullmatch(cell)):
        # "Patient and member ID": "Iris Delahunt (spouse) LAS-FICT-33019-02", the name, its role, then the ID
        if len(joined["name"].split()) >= 2 and _clean_name(joined["name"]):
            return _clean_name(joined["name"]), _clean_id(joined["id"]), squeeze(doc.lines[li])[:200]
    elif re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", rest := _wrapped_below(doc, li, span)):
        cell = f"{cell} {rest}"  # the name's last word wrapped in its cell
    # (a name's words may hold a hyphen, an apostrophe or an initial's full stop: "Theo Marchetti-Lund"; a
    # remittance prints it last name first, "NAKAMURA, KENJI")
    if not cell or not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['.-])*,?(?: [^\W\d_](?:[^\W\d_]|['.-])*){0,3}", cell):
        return None
    id_labels = label_set("member_id").regex()

    def id_in_row(ri: int, header: int | None) -> str | None:
        m = id_labels.search(doc.lines[header]) if header is not None else None
        if not m:
            return None
        return _clean_id(_cell(doc.lines[ri], (m.start(), m.start() + len(m.group(0).rstrip())), tol=2) or "")

    if len(cell.split()) >= 2 and _clean_name(cell):  # the row names the patient in full, maybe beside their ID
        return _clean_name(cell), id_in_row(li, hi), squeeze(doc.lines[li])[:200]
    for ri, line in enumerate(doc.lines):
        if ri == li:
            continue
        for _start, seg in segments(line):
            name = _clean_name(seg)
            if not name or not (name == cell or name.split()[0].lower() == cell.split()[0].lower()):
                continue
            return name, id_in_row(ri, _header_above(doc, ri, limit=6)), squeeze(line)[:200]
    return None


_NAME_THEN_ID = re.compile(r"(?P<name>[^\W\d_][^\d()]*?)(?:[ \t]*\([^()\d]{1,20}\))?[ \t]+"
                           r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,})", re.IGNORECASE)


_NAME_THEN_NUMBER = re.compile(r"(?P<name>[^\W\d_][^\d()]*?)[ \t]*\((?P<no>[A-Z0-9-]{1,12})\)", re.IGNORECASE)


def _id_ending(doc: Doc, li: int, name: str, number: str) -> str | None:
    """The member ID printed after `name` on another line than `li` that ends in the member's `number` ("01 Marcus
    Achebe    TC-20417-01" for "(01)"), or None."""
    for ri, line in enumerate(doc.lines):
        at = line.find(name)
        if ri == li or at < 0:
            continue
        for token in re.findall(r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}", line[at + len(name):]):
            if token.endswith(number) and token != number:
                return _clean_id(token)
    return None


def _joined_id(doc: Doc, li: int, span: tuple[int, int], cell: str) -> tuple[str, str | None]:
    """A "Patient / Member ID" cell of the row at line `li`: the name before the slash, and the ID after it or, when
    the cell wrapped, on the next line under the same column ("Yvette Marchand /" over "GTD-FICT-40917")."""
    name, _, rest = cell.partition("/")
    rest = rest.strip() or _wrapped_below(doc, li, span)
    return name.strip(), _clean_id(rest) if rest else None


def _wrapped_below(doc: Doc, li: int, span: tuple[int, int]) -> str:
    """The end of the cell of line `li` in column `span` that its cell wrapped onto the next line, alone there and
    under the same column ("Lucía Benavides" over "Carmona"), or ""."""
    cells = segments(doc.lines[li + 1]) if li + 1 < len(doc.lines) else []
    return cells[0][1] if len(cells) == 1 and abs(cells[0][0] - span[0]) <= 2 else ""


_PATIENT_LINE = re.compile(r"^[ \t]*(?:patient(?:'s)?(?: name)?|paciente|nombre del paciente|dependa?ent|dependiente)"
                           r"[ \t]*:[ \t]*(?P<name>.+)$", re.IGNORECASE)


# the patient as one field of a claim's heading, between separators: "Claim CF 26 0915 3382 - Patient: Miriam L.
# Pettigrew - Provider: Lantern Psychology Group - Status: DENIED"
_PATIENT_FIELD = re.compile(r"(?:[ \t][-–|•·][ \t]+|[ \t]{3,})(?:patient|paciente)[ \t]*:[ \t]*"
                            r"(?P<name>[^\n|•·]+?)(?=[ \t]+[-–|•·][ \t]|[ \t]{3,}|[ \t]*$)"
                            # (OCR may close a heading's wide gaps to one space: "Claim 26-3302-119562 Patient:
                            # Delphine R. Okonkwo-Barre (spouse) Status: PARTLY DENIED", the next field's label ends it)
                            r"|(?<=\d)[ \t]+(?:patient|paciente)[ \t]*:[ \t]*(?P<short>[^\n|•·:]+?)"
                            r"(?=[ \t]+(?:status|estado)[ \t]*:)", re.IGNORECASE)


def patient_of_block(doc: Doc, start: int, end: int):
    """On a family statement in blocks, whose care a claim's block (lines `start` to `end`) is: its own "Patient:"
    line ("Claim 2 of 3" / "Patient: Lila Ruiz" / its rows). (name, the patient's own ID when the line gives one
    ("Patient: Naomi L. Greaves (02)  ID SAC-FICT-3301776-02  Claim ..."), evidence), or None."""
    for li in range(max(0, start), min(end + 1, len(doc.lines))):
        m = _PATIENT_LINE.match(doc.lines[li]) or _PATIENT_FIELD.search(doc.lines[li])
        said = m and (m.group("name") or m.group("short") if "short" in m.re.groupindex else m.group("name"))
        name = _clean_name(said) if said else None
        if said and name:
            # (or in the next cell of the heading: "Claim 7026-...   Patient: Lionel Abara    ID CTY-FICT-118204")
            own = _ID_ON_PATIENT_LINE.search(said) or \
                (_ID_ON_PATIENT_LINE.search(doc.lines[li][m.end():]) if m and m.re is _PATIENT_FIELD and re.match(
                    r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]+(?:member[ \t]+)?(?:ID|I\.D\.|identificaci[oó]n)\b",
                    doc.lines[li][m.end():], re.IGNORECASE) else None)
            member_id = _clean_id(own.group("id") or own.group("id2")) if own else None
            return name, member_id or None, squeeze(doc.lines[li])[:200]
    return None


_HEADING_FIELDS = re.compile(r"[ \t][-–|•·][ \t]+|[ \t]{3,}")


def patient_in_heading(doc: Doc, li: int, number: str, patient: str | None):
    """On a family statement in blocks, the person a claim's heading names in a field of its own, with no label:
    "Claim EA26K3390712 - Samir Haddad-Whitfield (EVA771204559-02) - DENIED". The name counts with the person's own
    number in brackets after it, or sharing a word with the patient found elsewhere (the family's surname); a
    provider's or a plan's name is no person's (`_clean_name`). (name, own ID or None, evidence), or None."""
    line = doc.lines[li]
    at = line.find(number)
    if at < 0:
        return None
    for field_ in _HEADING_FIELDS.split(line[at + len(number):])[1:]:
        own = _ID_ON_PATIENT_LINE.search(field_)
        said = field_.split("(")[0]
        name = _clean_name(said) if said.strip() and ":" not in said else None
        if not name:
            continue
        member_id = _clean_id(own.group("id2")) if own and own.group("id2") else None
        shared = patient and {w.lower() for w in name.split()} & {w.lower() for w in patient.split() if len(w) > 2}
        if member_id or shared:
            return name, member_id, squeeze(line)[:200]
    return None


# the patient's own number on a block's "Patient:" line, after its label ("ID", "Member ID:", "ID de miembro")
# or in brackets right after the name, a number with letters, digits and a hyphen ("Patient: Ruth Ann Delacroix-Moss
# (GSM-0442913-02) - ... - DENIED")
_ID_ON_PATIENT_LINE = re.compile(r"(?:^|[\s.,;(])(?:member[ \t]+)?(?:ID|I\.D\.|ID de miembro|identificaci[oó]n)[ \t]*"
                                 r"(?:#|no\.?|number|n[uú]mero)?[ \t]*:?[ \t]*"
                                 r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,})\b|"
                                 r"^[^\W\d_][^()\d]*?[ \t]\((?P<id2>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9]+-)"
                                 r"[A-Z0-9][A-Z0-9-]{5,}[A-Z0-9])\)", re.IGNORECASE)


def find_insurer(doc: Doc):
    """Who sent the notice (the letterhead, a label, a sentence), named in its fullest form in the notice."""
    hit = _find_insurer(doc)
    if not hit:
        return None
    return (_fullest_form(doc, hit[0]), *hit[1:])


_PLAN_NAME = (r"(?P<plan>[A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z][\w&'.-]*|of|and|&|for|the|de|del))*?"
              r"[ \t\n]+(?:Plan|Trust|Fund))\b")
_TPA_FOR_PLAN = re.compile(rf"(?:third[- ]party|claims|plan)[ \t]+administrator[ \t\n]+(?:for|of|to)[ \t\n]+"
                           rf"(?:the[ \t\n]+)?{_PLAN_NAME}|"
                           rf"administers[ \t\n]+(?:the[ \t\n]+)?claims[ \t\n]+(?:for|of)[ \t\n]+(?:the[ \t\n]+)?"
                           rf"{_PLAN_NAME.replace('plan>', 'plan2>')}|"
                           rf"administrador[ \t]+(?:externo[ \t]+)?(?:de reclamos[ \t]+)?"
                           rf"(?:del|para el)[ \t]+(?P<plan3>[A-Z][^\n,.]{{3,80}})", re.IGNORECASE)
_ADMINISTERED_BY = re.compile(r"(?:administered|processed)[ \t]+by[ \t]+"
                              r"(?P<admin>[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){1,5})")


def find_administrator_and_plan(doc: Doc, insurer: str | None):
    """A third-party administrator's letter names two parties: the administrator who processes the claims and
    the (self-funded) plan that pays them. (administrator, plan, evidence), or None for other notices."""
    m = _TPA_FOR_PLAN.search(doc.text)
    labelled = _labeled(doc, label_set("administrator"), lambda v: _clean_org(v) if _ORG_WORDS.search(v) and
                        len(v.split()) >= 2 and  # a name, not "Plan" from "the Plan Administrator"
                        not re.match(r"(?:for|of|to|the|del?|para)\b", v.strip(), re.IGNORECASE) else None)
    by = _ADMINISTERED_BY.search(doc.text)
    if not m and not labelled and not by:
        return None
    plan = squeeze(next((g for g in (m.group("plan"), m.group("plan2"), m.group("plan3")) if g), "")) if m else ""
    admin = labelled[0] if labelled else _clean_org(by.group("admin")) if by else insurer
    if not admin or admin == plan:
        return None
    if m:
        evidence = doc.snippet(m.start())
    elif labelled:
        evidence = labelled[1]
    else:
        assert by is not None  # one of the three was found (above)
        evidence = doc.snippet(by.start())
    return admin, plan or None, evidence


def _fold(word: str) -> str:
    """A word without case or accents, to compare spellings: "Río" and "RIO" fold alike."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


_COMPANY_SUFFIX = r"(?:,?\s+(?:Company|Inc\.?|Incorporated|Corporation|Corp\.|LLC|L\.L\.C\.))"


def _fullest_form(doc: Doc, name: str) -> str:
    """A letterhead in capitals ("GOLDEN POPPY HEALTH PLAN") as the body writes it ("Golden Poppy Health Plan"),
    and a short form ("Collegiate Health Assurance") as the company calls itself ("... Assurance Company")."""
    # the same words elsewhere in the notice, ignoring case, accents and the stray marks OCR puts between
    # words ("Evergreen. 'Wharf, Health" in a scanned letterhead, "SALUD DEL RIO GRANDE" over "Salud del Río
    # Grande" in the body): the body's spelling wins when it is in mixed case or has fewer stray marks
    plain = [_fold(w) for w in re.findall(r"[^\W\d_]+", name)]
    tokens = list(re.finditer(r"[^\W\d_]+", doc.text))
    folded = [_fold(t.group(0)) for t in tokens]
    n = len(plain)
    for i in range(len(tokens) - n + 1) if plain else ():
        if folded[i:i + n] != plain:
            continue
        form = doc.text[tokens[i].start():tokens[i + n - 1].end()]
        gaps = (doc.text[a.end():b.start()] for a, b in zip(tokens[i:i + n], tokens[i + 1:i + n]))
        if "\n" in form or any(len(gap) > 4 for gap in gaps):
            continue
        inner = re.search(r"[^\W\d_].*[^\W\d_]", name, re.DOTALL)
        noise = sum(not (c.isalnum() or c in " &-") for c in form)
        if (name.isupper() and not form.isupper() and form[0].isupper()) or \
                inner and noise < sum(not (c.isalnum() or c in " &-") for c in inner.group(0)):
            name = form + name[inner.end():] if inner else form  # the name's own ending stays: "Inc."
            break
    longer = re.search(rf"(?<![\w-]){re.escape(name)}{_COMPANY_SUFFIX}(?![\w-])", squeeze(doc.text))
    return longer.group(0) if longer else name


def _find_insurer(doc: Doc):
    # 1. the letterhead: the first organisation-like line at the top of the first page
    seen = 0
    for li, line in enumerate(doc.lines):
        if not line.strip():
            continue
        seen += 1
        if seen > 8 or re.match(r"\s*(?:Dear|Re:|Subject:|Hello|Hi\b|Estimad[oa]|Asunto:)", line, re.IGNORECASE):
            break
        for start, seg in segments(line):
            if _BANNER.match(seg):
                continue  # the program over the carrier's name
            if _ORG_WORDS.search(seg) and not _FIELD_LABEL.match(seg):  # "Group: State Employees" is a field
                sentence = sum(w.islower() for w in seg.split()) > 3  # "We reviewed ... from X Medical Group"
                v = None if sentence else _clean_org(seg)
                if not v:  # a title line naming the sender: "... Claims from the Centers for ..."
                    m = re.search(r"\b(?:from|by)\s+(?:the\s+)?([A-Z][\w&'.,-]*(?:\s+(?:[A-Z][\w&'.,-]*|&|of|for|"
                                  r"and|the))*)\s*$", seg)
                    v = _clean_org(m.group(1)) if m and _ORG_WORDS.search(m.group(1)) else None
                if v:
                    return v, squeeze(line)[:240], (doc.offsets[li] + start, doc.offsets[li] + start + len(seg))
    # 2. a label
    hit = _labeled(doc, label_set("insurer"), lambda v: _clean_org(v) if _ORG_WORDS.search(v) else None)
    if hit:
        return hit
    # 3. a sentence naming who decided
    org = r"((?:[A-Z][\w&'.-]*\s){0,5}[A-Z][\w&'.-]*)"
    for rx in (rf"(?:member of|enrolled in|on behalf of|coverage (?:with|through)|plan offered by)\s+(?:the\s+)?{org}",
               rf"{org}\s+(?:has|have)\s+(?:denied|reviewed|received|decided|determined)"):
        for m in re.finditer(rx, doc.text):
            v = _clean_org(m.group(1))
            if v and _ORG_WORDS.search(v):
                return v, doc.snippet(m.start()), (m.start(1), m.end(1)), \
                    Reason(N_("read from a sentence, not a letterhead"))
    return None


_NOTICE_DATE_LABEL = phrase_regex("notice_date", at_end=True)
_PROCESSED_LABEL = phrase_regex("processed_date", at_end=True)
_NOT_NOTICE = phrase_regex("not_notice_date", words=True)
# a label opened by "date" or "fecha" and closed by a colon, one to three words between
_DATE_FIRST_LABEL = re.compile(r"\s*(?:date|fecha)(?:\s+[^\W\d_]+){1,3}\s*:\s*", re.IGNORECASE)


# a label naming the decision appealed, not this one: "First decision: Medicare Summary Notice dated 08/31/2026",
# "Decisión original:"
_EARLIER_DECISION = re.compile(r"\b(?:first|initial|original|earlier|previous|prior)\s+(?:decision|determination|"
                               r"denial)|\b(?:decisi[oó]n|denegaci[oó]n|negaci[oó]n)\s+(?:original|inicial|anterior)|"
                               r"\bprimera\s+(?:decisi[oó]n|denegaci[oó]n|negaci[oó]n)|"
                               r"\bdeterminaci[oó]n\s+inicial", re.IGNORECASE)


# a label of the day the decision was made ("Decision date", "Fecha de la decisión"): the notice's date where it is
# the only one, but a notice that also gives its own date or the day it was sent ("Fecha de envío de este aviso")
# counts from that one
_DECISION_DATE_LABEL = re.compile(r"\b(?:date of (?:the )?(?:decision|determination)|(?:decision|determination) "
                                  r"date|fecha de (?:la )?(?:decisi[oó]n|determinaci[oó]n))\b", re.IGNORECASE)


_WEEKDAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lunes|martes|mi[eé]rcoles|jueves|viernes|"
                      r"s[aá]bado|domingo),?\s*$", re.IGNORECASE)


def find_notice_date(doc: Doc):
    """The date of the notice, its evidence and span: the best of `notice_date_candidates`."""
    found = notice_date_candidates(doc)
    return found[0][1:] if found else None


_GLOSS = re.compile(r"[ \t]*\([^()\n]{1,60}\)(?=[ \t]*[:\-]?[ \t]*$)")
_STAMP_LABEL = re.compile(r"mail|sent|print|env[ií]|franqueo|impres", re.IGNORECASE)
# a time of day after a date: a print, fax or message stamp, which a letter's own date never carries
_TIME_OF_DAY = re.compile(r"[ \t]*,?[ \t]*(?:at[ \t]+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\b")


# a fax cover sheet sent before the notice: its "Date:" is the day it was faxed, not the notice's date
_FAX_COVER = re.compile(r"facsimile transmittal|fax (?:cover|transmittal)|cover (?:sheet|page)|"
                        r"transmisi[oó]n de fax|portada de fax|hoja de (?:env[ií]o|portada)|"
                        # a cover that names itself only in its count of pages: all above it is the cover's too
                        r"(?P<count>\((?:including|incl\.?) (?:this )?cover\b|\((?:con|incluida|incluyendo) "
                        r"(?:esta|la portada)\b|"
                        # or in a label's value: "Pages:   3 including cover", "Páginas: 3 con esta portada"
                        r"^[ \t]*(?:pages?|p[aá]ginas?|no\.? of pages)[ \t]*:?[ \t]*\d{1,2}[ \t]+(?:\(?(?:including|"
                        r"incl\.?) (?:this |the )?cover|\(?(?:con|incluida|incluyendo) (?:esta|la) portada)\b|"
                        # or in the label itself: "Pages (with cover): 2", "Páginas (con portada): 2"
                        r"^[ \t]*(?:pages?|p[aá]ginas?|no\.? of pages)[ \t]*\((?:with|including|incl\.?|con|"
                        r"incluida|incluyendo) (?:this |the |esta |la )?(?:cover|portada)\)[ \t]*:?[ \t]*\d)",
                        re.IGNORECASE | re.MULTILINE)
# where the page after the cover starts: its fax header ("... FROM: ... TO: ... P.002/002", or as OCR may leave it,
# "NOV-20-2026 G9544  FROM, ...": a date opening the line, then the sender) or page number
_NEXT_FAX_PAGE = re.compile(r"FROM:.{0,80}\bTO:|\bP[.,]?\s?0*2\s*/\s*0*\d|\bpage\s+2\b|\bp[aá]gina\s+2\b|"
                            r"^[^\S\n]*[\w/-]{0,8}\d{4}\b[^\n]{0,30}\b(?-i:FROM|DE)[:,]", re.IGNORECASE | re.MULTILINE)


# a saved e-mail's own header, as textract writes it before the body: its Date is the day the message was sent,
# not the date of a notice it carries or forwards
_EMAIL_HEADER = re.compile(r"\A(?:(?:From|To|Date|Subject): [^\n]*\n){2,4}\n")
# a message forwarded inline in the body (or attached and shown inline), under its own header: a marker line, then
# its From, Date, Subject ... lines
# (a client may leave a blank line between them); its "Subject:" is no salutation and its Date is the day it was sent
_FORWARDED_HEADER = re.compile(r"^[ \t]*-{3,}[ \t]*(?:Forwarded message|Original message|Attached message|"
                               r"Mensaje reenviado|Mensaje original|Mensaje adjunto)[ \t]*-{3,}[ \t]*\n(?:[ \t]*\n)*"
                               r"(?:[ \t]*(?:From|Sent|Date|To|Cc|Subject|De|Enviado|Fecha|Para|Asunto):[^\n]*\n"
                               r"(?:[ \t]*\n)*){2,6}", re.IGNORECASE | re.MULTILINE)


def _fax_cover(doc: Doc) -> tuple[int, int] | None:
    """The span of a fax cover sheet at the head of the notice, up to the next page; None when there is none."""
    cover = _FAX_COVER.search(doc.text, 0, max(600, len(doc.text) // 4))
    if not cover:
        return None
    end = doc.text.find("\n", cover.end())
    following = _NEXT_FAX_PAGE.search(doc.text, end if end >= 0 else cover.end())
    start = 0 if cover["count"] else doc.offsets[doc.line_at(cover.start())]
    return (start, following.start()) if following else None


_SALUTATION = re.compile(r"^\s*(?:Dear|Re:|RE:|Subject:|Estimad[oa]|Asunto:)", re.MULTILINE)
# a cell of a table's header row is a few words ("Date of notice", "Fecha de nacimiento del paciente")
_HEADER_WORDS = 5
# a notice's title line, in capitals: "NOTICE OF ADVERSE BENEFIT DETERMINATION", "AVISO DE DENEGACIÓN"
_NOTICE_TITLE = re.compile(r"^[ \t]*(?=[^a-z\n]*(?:NOTICE|DETERMINATION|DENIAL|EXPLANATION|AVISO|DENEGACI))"
                           r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ ,'()/&-]{12,}$", re.MULTILINE)


def notice_date_candidates(doc: Doc) -> list[tuple[float, date, str, tuple[int, int]]]:
    """Every date that may be the notice's own, best first, as (score, date, evidence, span): a labelled date
    ("Date of notice:", "Fecha del aviso:") 3, a bare "Date:" 2.5, a date alone above the salutation 2, ..., and
    1.5 less for a date stamped with a time of day; 1 more for the date of the one letter that denies, in a file of
    several (`denial_section`). Dates labelled as something else (birth, service, receipt, a deadline) are never
    candidates."""
    found = _date_candidates(doc)
    section = denial_section(doc, found)
    if section:
        found = sorted(((score + (1.0 if section[0] <= span[0] < section[1] else 0.0), value, snippet, span)
                        for score, value, snippet, span in found), key=lambda c: (c[0], -c[3][0]), reverse=True)
    return found


# what a letter that denies says ("the Trust denies this claim", "negamos el pago"); a statement of paid care or a
# dental estimate does not
_DENIES = re.compile(r"\b(?:den(?:y|ies|ied)|deniega|negamos|neg[oó]|negad[oa]|denegad[oa]|not (?:covered|approved|"
                     r"payable|medically necessary)|no (?:est[aá] )?cubiert[oa]|"
                     # an appeal decided against the member: "we uphold the denial", "mantenemos la negación"
                     r"(?:uphold|upheld|upholding|affirm|affirmed) (?:the|our|its|this) (?:denial|decision)|"
                     r"(?:mantenemos|confirmamos) (?:la|nuestra) (?:negaci[oó]n|denegaci[oó]n|decisi[oó]n))\b",
                     re.IGNORECASE)
_LETTER_MIN = 400  # characters: a letter of its own, not two dates of one letter's header


def _alone_on_line(doc: Doc, span: tuple[int, int]) -> bool:
    """The text at `span` is all its line holds (after a weekday: "Friday, November 27, 2026")."""
    li = doc.line_at(span[0])
    line, start = doc.lines[li], doc.offsets[li]
    return not _WEEKDAY.sub("", line[:span[0] - start]).strip() and not line[span[1] - start:].strip()


def denial_section(doc: Doc, found: list | None = None) -> tuple[int, int] | None:
    """In a file that holds several letters, each under its own date (a vision or dental carve-out's statement
    filed before the medical denial), the span of the one letter that denies; None in a file of one letter, or
    when more than one letter or none denies."""
    # a letter's own date stands alone on its line, over the letter (not a labelled date of a form's header)
    heads = sorted({span[0] for score, _, _, span in (found if found is not None else _date_candidates(doc))
                    if 1.7 <= score <= 2.0 and span[0] >= _LETTER_MIN and _alone_on_line(doc, span)})
    bounds = [0, *heads, len(doc.text)]
    sections = list(zip(bounds, bounds[1:]))
    if len(sections) < 2:
        return None
    if any(end - start < _LETTER_MIN for start, end in sections):
        return None
    denying = [(start, end) for start, end in sections if _DENIES.search(doc.text, start, end)]
    return denying[0] if len(denying) == 1 else None


def _continued_cell(doc: Doc, li: int, col: int) -> str | None:
    """The label of a table row whose value cell wraps onto line `li`: the row above holds a label cell and, in the
    column where this line's text starts, a value cell that is a date too ("Dates of service  10/06/2026, 10/09/2026"
    over "                  10/13/2026"). A date that continues a cell is that cell's, never a dateline of its own.
    None when the line continues no such cell."""
    if li == 0:
        return None
    cells = segments(doc.lines[li - 1])
    for (label_col, label), (value_col, value) in zip(cells, cells[1:]):
        if abs(value_col - col) <= 2 and label_col < value_col and doc.dates(value):
            return label
    return None


def _date_candidates(doc: Doc) -> list[tuple[float, date, str, tuple[int, int]]]:
    """notice_date_candidates before the letter that denies is known."""
    found = []  # (score, -pos, date, snippet, span)
    cover = _fax_cover(doc)
    header = _EMAIL_HEADER.match(doc.text)
    # (a fax cover sheet's "Re:" line is not the notice's, and the notice starts after the cover; an e-mail's
    # "Subject:" is no salutation either, and its body starts after its header)
    start = cover[1] if cover else header.end() if header else 0
    forwarded = _FORWARDED_HEADER.search(doc.text, start) if header else None
    if forwarded:
        start = forwarded.end()
    salutation = _SALUTATION.search(doc.text, start)
    # with no salutation, the body starts at the notice's title (a page of language taglines may come first) or,
    # lacking one there, 40% of the way into the notice
    title = _NOTICE_TITLE.search(doc.text, start)
    body_start = salutation.start() if salutation else \
        max(start + (len(doc.text) - start) * 0.4, title.start() if title else 0)
    for hit in doc.dates():
        li = doc.line_at(hit.start)
        line = doc.lines[li]
        col = hit.start - doc.offsets[li]
        # the label: text of the same cell before the date
        before_line = line[:col]
        # (a scan's specks in the gap between label and date are no cell: "Date of notice =     ' 11/10/2026")
        cells_before = [c for c in re.split(r"\s{3,}", before_line) if re.search(r"\w", c)]
        # the label in the cell before the date's own cell ("Notice date    September 2, 2026")
        cell_before = cells_before[-1] if cells_before else ""
        context = cell_before if cell_before.strip() else ""
        # the row above; in a boxed header whose cells leave a blank line under their labels, the row of labels
        # above the blank line over this row of values
        above = doc.lines[li - 1] if li > 0 else ""
        if not above.strip() and li > 1 and len(segments(doc.lines[li - 2])) >= 2 and len(segments(line)) >= 2:
            above = doc.lines[li - 2]
        continued = _continued_cell(doc, li, col) if not before_line.strip() else None
        if continued is not None:
            context = continued  # a labelled cell's dates wrapped onto the next line take that cell's label
        if not context.strip() and li > 0 and (not line[:col].strip() or re.search(r"\s{2,}$", line[:col])):
            # label directly above (header row of a table-like block); a line of prose or a title above a date
            # alone on its line ("Aviso de denegación de cobertura médica", a letterhead's "not subject to
            # ERISA") is no label: a header cell is a few words, or ends with a colon
            for start, seg in segments(above):
                if abs(start - col) <= 6 and (len(seg.split()) <= _HEADER_WORDS or seg.rstrip().endswith(":")):
                    context = seg
            if _date_column(doc, li, col, above, context):
                continue
        elif li > 0 and re.search(r"\s{2,}$", before_line):
            # a boxed header's row of values under its row of labels: the label over the date's own cell names
            # it, not the value in the cell to its left ("Claim number    Notice date" over "CM26 3318    2026-11-12")
            for start, seg in segments(above):
                if abs(start - col) <= 6 and _NOTICE_DATE_LABEL.search(seg) and \
                        not re.fullmatch(r"\s*(?:date|fecha)\s*[:\-]?\s*", seg, re.IGNORECASE):
                    context = seg
            # (a photo's OCR closes up the gaps, so the cells no longer stand over each other: a row of as many
            # label cells as this row has values, the date's cell under the label of its rank: "Member  EOB date"
            # over "DOMINIC FERREIRA-HALE  11/13/2026")
            cells, heads = segments(line), segments(above)
            rank = next((k for k, (start, seg) in enumerate(cells) if start <= col < start + len(seg)), None)
            if context == cell_before and rank is not None and len(cells) == len(heads) >= 2 and \
                    not any(doc.dates(seg) for _, seg in heads) and _NOTICE_DATE_LABEL.search(heads[rank][1]) and \
                    not re.fullmatch(r"\s*(?:date|fecha)\s*[:\-]?\s*", heads[rank][1], re.IGNORECASE):
                context = heads[rank][1]
        score = 0.0
        lead = _WEEKDAY.sub("", line[:col]).strip()  # "Friday, November 27, 2026" is a date alone on its line
        context = _WEEKDAY.sub("", context)  # "Sent: Tuesday, March 3, 2026" (an e-mail header)
        if _NOT_NOTICE.search(context[-45:]) or _EARLIER_DECISION.search(context) or (
                # the label's cell before a value that names the document ("First decision:   Medicare Summary
                # Notice dated 08/31/2026")
                context == cell_before and len(cells_before) >= 2 and not cell_before.rstrip().endswith(":") and
                _EARLIER_DECISION.search(cells_before[-2]) and cells_before[-2].rstrip().endswith(":")):
            continue
        # a label glossed in brackets before its colon: "EOB date (date of the insurer's notice): 10/07/2026"
        context = _GLOSS.sub("", context)
        if _NOTICE_DATE_LABEL.search(context[-45:]):
            score = 3.0 if not re.fullmatch(r"\s*(?:date|fecha)\s*[:\-]?\s*", context, re.IGNORECASE) else 2.5
            if _DECISION_DATE_LABEL.search(context[-45:]):
                score -= 0.1  # the day it was decided, below the notice's own date or mailing date when both are given
        elif _PROCESSED_LABEL.search(context[-45:]):
            score = 1.5
        elif hit.start < body_start and _DATE_FIRST_LABEL.fullmatch(context):
            # a label the word "date" opens, words no table names after it ("DATE PREPARED:", "Fecha de
            # elaboración:"), in the notice's header: its own date, though no label of the table says so
            score = 2.2
        elif not lead and not line[hit.end - doc.offsets[li]:].strip() and hit.start < body_start:
            score = 2.0  # a date alone on its line above the salutation (after its weekday): the letter's date
        elif not lead and hit.start < body_start and (
                not line[hit.end - doc.offsets[li]:].strip()[:1].isalnum() or
                # alone in its cell, a column of the letter's header beside it ("October 28, 2026      Member ID:")
                re.match(r"[ \t]{3,}\S", line[hit.end - doc.offsets[li]:])):
            score = 1.8
        elif re.search(r"(?:letter|notice)\s+(?:was\s+)?(?:sent|mailed|dated|issued)\s+(?:on\s+)?$",
                       doc.text[max(0, hit.start - 40):hit.start], re.IGNORECASE):
            score = 2.5
        elif hit.start < body_start and re.search(r"[A-Z][a-z]+,\s*[A-Z]{2}\s*$", before_line):
            score = 1.8  # "Springfield, IL  March 3, 2026"
        elif hit.start < body_start and _DATELINE_PLACE.fullmatch(before_line) and \
                not line[hit.end - doc.offsets[li]:].strip():
            score = 1.8  # a dateline: the place the letter was written, then its date ("Río Claro, 6 de noviembre")
        elif hit.start < body_start and re.search(r"\S\s{3,}$", before_line) and \
                not line[hit.end - doc.offsets[li]:].strip():
            score = 1.7  # right-aligned in its own cell of a letterhead line: "PO Box 1200, Atlanta   March 3, 2026"
        if score >= 2.5 and hit.start > body_start and _STAMP_LABEL.search(context[-45:]):
            score -= 1.5  # a mailing or print record at the foot of a letter ("Mailed 10/02/2026 LTR-PA-07")
        elif score >= 2.5 and _STAMP_LABEL.search(context[-45:]):
            # "Printed 11/03" or "Mailed on 11/30" beside "Date of notice: 11/04": the date the notice gives as
            # its own wins, and a bare "Date:" too; a print or mailing date stands in only when there is no other
            score -= 0.6
        if score and _TIME_OF_DAY.match(doc.text, hit.end):
            score -= 1.5  # a machine's stamp ("Date printed: 09/15/2026 06:02", "Sent: 10/12/2026 3:47 PM")
        if score and cover and cover[0] <= hit.start < cover[1]:
            score -= 1.0  # the day a fax cover sheet was sent, before the notice it carries
        elif score and header and (hit.start < header.end() or forwarded and forwarded.start() <= hit.start <
                                   forwarded.end()):
            score -= 1.0  # the day an e-mail was sent: a date the notice in its body gives as its own wins

        if score:
            found.append((score, -hit.start, hit.value, doc.snippet(hit.start), (hit.start, hit.end)))
    found.sort(key=lambda c: (c[0], c[1]), reverse=True)
    return [(score, value, snippet, span) for score, _, value, snippet, span in found]


def _date_column(doc: Doc, li: int, col: int, above: str, heading: str) -> bool:
    """The date at column `col` of line `li` heads a table's column of dates under a bare "Date" heading ("Date
    Code  Service  Billed" over rows of services): the line above is a row of three cells or more, and the next
    row holds a date at the same place. Such a column dates the claim's lines, not the notice."""
    # (a photo's table border may stand before the heading as a bracket: "[Fecha")
    if not re.fullmatch(r"[\s\[\]{}|(]*(?:date|fecha)s?\s*[:\-]?\s*", heading, re.IGNORECASE) or \
            len(segments(above)) < 3:
        return False
    below = next((doc.lines[n] for n in range(li + 1, min(li + 3, len(doc.lines))) if doc.lines[n].strip()), "")
    return any(abs(start - col) <= 6 and doc.dates(seg) for start, seg in segments(below))


_BIRTH_LABEL = phrase_regex("birth_date", at_end=True)
# "Río Claro, " before a date, or the city and its state: "Álamo Viejo, Texas, ", "Ponce, P.R., "
_DATELINE_PLACE = re.compile(r"\s*[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,3},(?:\s*[^\W\d_][\w'.-]*"
                             r"(?: [^\W\d_][\w'.-]*){0,2},)?\s*")


def find_birth_dates(doc: Doc) -> dict[date, str]:
    """Dates of birth written on the notice ("DOB: 03/05/1961", "Fecha de nacimiento: 03/05/1961"), so that
    no other date field ever takes one, nor those under a table's birth-date column ("DOB" heading a column of a
    claim table's rows)."""
    out: dict[date, str] = {}
    for hit in doc.dates():
        li = doc.line_at(hit.start)
        before = doc.text[max(doc.offsets[li], hit.start - 40):hit.start]
        col = hit.start - doc.offsets[li]
        header = _header_above(doc, li) if li else None
        # (a row of that table: cells, and no blank line between it and the heading; not a sentence further on)
        if header is not None and (len(segments(doc.lines[li])) < 2 or
                                   not all(doc.lines[n].strip() for n in range(header, li))):
            header = None
        if _BIRTH_LABEL.search(before) or (not before.strip() and li and _BIRTH_LABEL.search(
                doc.lines[li - 1][max(0, col - 6):].split("  ")[0] or "")) or (
                header is not None and _BIRTH_LABEL.search(_cell(doc.lines[header], (col, col + 10), tol=1) or "")):
            out.setdefault(hit.value, doc.snippet(hit.start))
    return out


def _ocr_service(pattern: str) -> str:
    """A pattern with its word "service" also as OCR prints it ("Servlce", "Serv1ce")."""
    return pattern.replace("service", "serv[il1]ce")


_SERVICE_LABEL = re.compile(_ocr_service(
    r"(?:date\(?s?\)?[ \t]{0,2}of[ \t]{1,2}(?:service|svc)s?|service[ \t]{0,2}date\(?s?\)?|"
    r"dates?[ \t]{1,2}of[ \t]{1,2}care|"
    # (the kind of care before the word: "Northshore Hospital, treatment dates Oct 9, 2026 and Oct 16, 2026:")
    r"\b(?:treatment|care|visit|session|infusion)[ \t]{1,2}dates?\b|"
    r"\bDOS\b|\bsvc\.?[ \t]{0,2}date|"
    r"services?\(s\)\s+received\s*:|"
    r"(?:services?|care|treatment|infusions?|visits?|procedures?)\s+(?:you\s+)?(?:received|provided|rendered|"
    r"performed|scheduled|given|administered|requested|planned)\s+(?:on|from|between)|"
    r"(?:provided|rendered|performed|given|administered)(?:\s+to\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+"
    r"(?:services?\s+)?(?:on|from|between)\b|from\s*date|start\s*date|to\s*date|"
    r"\b(?:treatments?|infusions?|sessions?|therapy|injections?)\s+(?:on|from|between|dated)\b|"
    r"(?<![\w ])[ \t]*(?:services?|servicios?)(?:\s+provided)?[ \t]*:|"
    # a form's field for both ("7. Service(s) and date(s)    S0013 esketamine 84 mg,   10/21/2026")
    r"services?(?:\(s\))?[ \t]+(?:and|&)[ \t]+dates?(?:\(s\))?|"
    r"\bservices?\s+(?:on|from|between)|"
    # a claim for care on dates: "the infusion claim from X Clinic for 10/08/2026 and 10/15/2026"
    r"\bclaims?\s+(?:from\s+[^.\n]{0,60}?\s+)?for\s+(?=\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},)|"
    r"(?:visit|session|appointment|infusion)s?\s+(?:with\s+(?:Dr\.\s*)?[^.\n]{0,40}?\s+)?on|"
    r"\byou\s+(?:received|got|had)\s+(?:from\s+[^.]{0,60}?\s+)?on|given\s+to\s+(?:your\s+patient|you)\s+on|dates?\s+requested|requested\s+dates?|date(?:\(s\)|s)?\s+of\s+(?:treatment|care|visits?|sessions?)|(?:to\s+)?(?:start|begin)s?\s+(?:on\s+)?|(?:starting|beginning)\s+(?:on\s+)?)",
    ), re.IGNORECASE)
_SERVICE_LABEL_ES = phrase_regex("service_date")
# services in a Spanish sentence: "los servicios del 12 de mayo", "servicios que usted recibió el 21 de abril"
_SERVICE_PROSE_ES = re.compile(r"\bservicios?\s+(?:m[eé]dicos\s+)?(?:que\s+(?:usted\s+|su\s+\w+\s+)?)?"
                               r"(?:recibi[oó]|recibidos?|prestados?|del|de los d[ií]as)\b(?:\s+(?:el|los d[ií]as))?|"
                               # the care the member received, whatever it is called: "..., que usted recibió el
                               # 21/10/2026 y el 24/10/2026" (as "you received ... on" in English)
                               # (the child named after the role: "su hija Valentina recibió los días ...")
                               r"\b(?:usted|su\s+(?:hij[oa]|niñ[oa]|hijo/a|dependiente)(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w'-]+)"
                               r"{0,3})\s+recibi[oó]\s+"
                               r"(?:de\s+[^.]{0,60}?\s+)?(?:el|los\s+d[ií]as)\b|"
                               # the care named, then its days after "del" or "el" in the same sentence (as "therapy
                               # on" in English): "por la terapia familiar (código 90847, diagnóstico F43.23) del 2
                               # de abril de 2026 y del 16 de abril de 2026"; no other event between them
                               r"\b(?:terapia|tratamientos?|sesi[oó]n(?:es)?|infusi[oó]n(?:es)?|consultas?|visitas?|"
                               r"citas?|inyecci[oó]n(?:es)?)\b(?:(?!recib|lleg|proces|envi|enví|present(?:ó|o\b|ad|ar)|pag|neg|"
                               r"deneg|vence|plazo)[^.]|\.(?=\d)){0,120}?[ \t\n]+(?:del|el)"
                               r"(?=[ \t]+\d{1,2}[ \t]+de[ \t]"
                               # (care the same sentence says was paid or approved is not the denial's: "Las 20
                               # consultas anteriores, del 3 de febrero al 11 de noviembre de 2026, se pagaron")
                               r"(?:(?!se pag|pagad|pagamos|aprob)[^.]|\.(?=\d)){0,120}(?:\.|$))",
                               re.IGNORECASE)
_TABLE_CODE_HEADER = re.compile(r"\b(?:code|cpt|hcpcs|proc(?:edure)?|service|description|billed|charge|"
                                r"c[oó]digo|servicio|descripci[oó]n|facturad[oa]|cargo|monto|unidades|"
                                r"amount|units)\b", re.IGNORECASE)


def _tables(doc: Doc) -> list[tuple[int, list[int]]]:
    """(header line, row lines) for table-like blocks: a header with 3+ cells over rows of 2+ cells."""
    out = []
    li = 0
    n = len(doc.lines)
    while li < n:
        segs = segments(doc.lines[li])
        if len(segs) >= 3 and _TABLE_CODE_HEADER.search(doc.lines[li]) and \
                sum(bool(re.search(r"\d", s)) for _, s in segs) <= 1:
            rows: list[int] = []
            j = li + 1
            blank = 0
            while j < n and len(rows) < 40:
                line = doc.lines[j]
                if not line.strip():
                    blank += 1
                    if blank > 1:
                        break
                    j += 1
                    continue
                blank = 0
                if re.match(r"\s*(?:totals?|claim total|subtotal)\b", line, re.IGNORECASE):
                    break
                if not rows and len(segments(line)) >= 3 and _TABLE_CODE_HEADER.search(line) and \
                        not re.search(r"\d", line):
                    break  # the table's own header, under a line that only looked like one (a photo's specks)
                if len(segments(line)) < 2 and len(line.strip()) > 50:
                    break  # a paragraph
                if re.search(r"\d", line):
                    rows.append(j)
                elif len(segments(line)) < 2:
                    pass  # a wrapped description line
                j += 1
            if rows:
                out.append((li, rows))
                li = j
                continue
        li += 1
    return out


def _dates_first(doc: Doc, header: str, rows: list[int]) -> tuple[int, int] | None:
    """The first column of a code table whose heading OCR garbled ("Fecna" for Fecha), when two rows or more, and
    two of three, open with a date under it: the column of dates."""
    start, heading = segments(header)[0]
    if re.search(r"\d", heading) or len(heading) > 14:
        return None
    openings = [segments(doc.lines[r])[0] for r in rows if segments(doc.lines[r])]
    # (a border's speck may stand before a row's date: "l 08/10/2026")
    dated = [seg for at, seg in openings if abs(at - start) <= 3 and (hit := doc.dates(seg)) and hit[0].start <= 2]
    return (start, start + len(heading)) if len(dated) >= 2 and 3 * len(dated) >= 2 * len(openings) else None


def _column(header: str, pattern: re.Pattern) -> tuple[int, int] | None:
    for start, seg in segments(header):
        if pattern.search(seg):
            return start, start + len(seg)
    return None


def _cell(line: str, col: tuple[int, int], tol: int = 4) -> str | None:
    best = None
    for start, seg in segments(line):
        end = start + len(seg)
        overlap = min(end, col[1]) - max(start, col[0])
        if overlap > -tol:
            d = abs(start - col[0])
            if best is None or d < best[0]:
                best = (d, seg)
    return best[1] if best else None


def _table_cell(header: str, line: str, col: tuple[int, int], tol: int = 4) -> str | None:
    """The cell of a table's `line` under the header's column `col`: by order when the row has as many cells as the
    header (a table written with gaps, not lined up: "10/09/2026    G2083    ...    more than 56 mg ...    CO-197"
    under "Date of service    Code    ...    Reason"), else by position."""
    head, cells = segments(header), segments(line)
    if len(head) == len(cells) >= 3:
        at = next((i for i, (start, _) in enumerate(head) if start == col[0]), None)
        if at is not None:
            return cells[at][1]
    return _cell(line, col, tol)


_NOT_SERVICE_EVENT = re.compile(r"receiv|process|paid|filed|submit|mail|sent|denied|decid|reach(?:ed|es)? us|"
                                r"arriv", re.IGNORECASE)


# what a sentence says happened on a date that is not the care: "received on", "mailed on", "will end on"
# ("que recibió el 27/10/2026": the care the member received, in Spanish, is care)
# ("ketamine troche, requested on September 8": the day of the request)
# ("this claim reached us on 02/11/2026": a receipt in other words)
_NOT_CARE_ON = re.compile(r"receiv|process|paid|filed|submit|mail|sent|denied|decid|dated|letter|notice|effective|"
                          # (and a limit the care ran into: "the limit of 24 visits ... was reached on 10/26/2026")
                          r"request|reach(?:ed|es)? us|arriv|lleg[oó]|was reached|were reached|exhausted|used up|"
                          r"\bend|stop|terminat|reduc|expir|(?<!que )(?<!usted )recib|envi|proces|termin|"
                          # (and the day the coverage began: "before your coverage began on August 1, 2026")
                          r"\b(?:coverage|policy|enrollment|cobertura|p[oó]liza)[ \t]+(?:began|begins|started|starts|"
                          r"comenz[oó]|empez[oó]|inici[oó])",
                          re.IGNORECASE)


# ("el pago", the payment, is a noun: "Negamos el pago de los servicios que ... recibió el 02/11/2026")
_PAID_FOR = re.compile(r"\b(?:paid|(?<!el )pag[oó]|pagamos|pagad[oa]s?)(?:[ \t]+(?:for|por))?(?:[ \t]+\S+){0,2}[ \t]*$",
                       re.IGNORECASE)


# a date of care, then that this care was paid: "... del 19 de agosto de 2026 fue pagada", "... on 09/29/2026 was paid"
# (or a range of such care, wrapped, the verb reflexive: "Las 20 consultas anteriores, del 3 de febrero al 11 de
# noviembre de 2026, se pagaron")
_PAID_AFTER = re.compile(r"(?:[^.;:\n()]|\n(?![ \t]*\n)){4,60}?\s+(?:(?:fue|fueron|was|were|has been|have been|ya fue)"
                         r"\s+(?:pagad[oa]s?|paid|aprobad[oa]s?|approved)|se\s+(?:pagaron|pag[oó]|aprobaron|aprob[oó]))"
                         r"\b", re.IGNORECASE)


# a date after a service label whose own line goes on to say the plan allowed that care
_APPROVED_AFTER = re.compile(r"[^.;:\n()]{4,40}?[ \t]+(?:was|were|has been|have been|fue|fueron|ha sido|han sido)\s+"
                             r"(?:paid|approved|authori[sz]ed|pagad[oa]s?|aprobad[oa]s?|autorizad[oa]s?)\b",
                             re.IGNORECASE)


# a capitalised word (marked by \0 before it) between other capitalised words: part of a name
_IN_PROPER_NAME = re.compile(r"[A-Z][\w&'-]*[ \t]+\0[A-Z][\w-]*[ \t]+(?:[A-Z][\w&'-]*|&)")


def _care_on_dates(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each "on" that puts a date on the care in a sentence: "psychotherapy visit (30 minutes,
    code 90832) on December 9, 2025", "treatment given by Praxis am See, Berlin, on 15/09/2026", "la evaluación
    psiquiátrica (90792) del 02/10/2026". The nearest
    word before "on" that names a kind of care must come after any word naming another event (received,
    processed, mailed, will end)."""
    out = []
    for m in re.finditer(r"\b(?:(?:on|el|(?:el|los)\s+d[ií]as?)\s+(?=\d|[A-Z][a-z]{2})|del\s+(?=\d)|"
                         # a range's first day after the care billed by the day ("days from 10/26/2026 through")
                         r"(?<=days )from\s+(?=\d|[A-Z][a-z]{2}))", doc.text):
        before = doc.text[max(0, m.start() - 160):m.start()]
        # (the full stop of a title is no sentence's end: "recibió del Dr. Elías Montoya Vega el 8 de octubre")
        # (nor that of a licensed therapist's or a professor's title: "que le dio la Lic. Marisol Vega los días ...")
        # (nor a stop inside brackets: "(códigos 96365 y J3490; diagnóstico F33.2) del 20/10/2026")
        bracketed = re.sub(r"\([^()\n]*\)", lambda b: "(" + re.sub(r"[.;:]", ",", b.group(0)[1:-1]) + ")", before)
        ends = list(re.finditer(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSr)(?<!\bMrs)(?<!\bSra)(?<!\bDra)(?<!\bLic)"
                                r"(?<!\bLcda)(?<!\bLcdo)(?<!\bLicda)(?<!\bLicdo)(?<!\bProf)(?<!\bMtra)(?<!\bMtro)"
                                r"(?<=[a-z0-9)])\.\s|\n\s*\n|[;:]\s", bracketed))
        before = before[ends[-1].end():] if ends else before
        # the care the patient received ("los servicios que su hijo recibió el ...") is care, not a receipt
        # and in English the care "she received" after the care's name ("the treatment sessions she received at
        # Lakeshore Psychiatry on ..."), but not a claim or a service that "was received"
        other = [o for o in _NOT_CARE_ON.finditer(before)
                 if not (o.group(0).lower().startswith("recib") and
                         re.search(r"\bque(?:\s+\S+){0,3}\s+$", before[:o.start()], re.IGNORECASE)) and
                 not (o.group(0).lower() == "receiv" and _CARE_THEY_RECEIVED.search(before[:o.start()])) and
                 not ((r := _CARE_RECEIVED_ES.match(before, o.start())) and _care_received(before[:o.start()],
                                                                                           r.group(0)))]
        # a care word inside a provider's name ("a claim from Meridian Lake Infusion Partners on ...") is no care
        care = [c for c in _TREATMENT_WORDS.finditer(before) if not _IN_PROPER_NAME.search(
            before[max(0, c.start() - 40):c.start()] + "\0" + before[c.start():c.end() + 40])]
        if care and _PAID_FOR.search(before[:care[-1].start()]):
            continue  # "the plan already paid 36 sessions between ...": the care paid before, not this claim's
        if care and _PAID_AFTER.match(doc.text, m.end()):
            continue  # "La consulta del 19 de agosto de 2026 fue pagada": care the sentence says was paid
        if re.search(r"\b(?:antes|despu[eé]s|hasta|a m[aá]s tardar)\s*$", before, re.IGNORECASE):
            continue  # "pide la audiencia antes del 30/11/2026": a time limit's day, not the care's
        if _RULE_FROM_DAY.search(before):
            continue  # "válido para fechas de servicio desde el 1 de enero de 2026": a rule's first day
        if care and (not other or other[-1].end() <= care[-1].start()):
            out.append((m.start(), m.end()))
        elif not other and (code := _CODE_RIGHT_BEFORE.search(before)) and codes.procedure_kind(code.group(1)):
            out.append((m.start(), m.end()))  # "...; 90868 on October 20, 2026": the billed code is the care
    # a sentence that opens with the day, then says the care was had: "El 1 de octubre de 2026 recibió un bloqueo
    # ...", "On October 1, 2026, you received an injection ..."
    for m in _DAY_OPENS_CARE.finditer(doc.text):
        hits = doc.dates(doc.text[m.end():m.end() + 40])
        if not hits or hits[0].start:
            continue
        after = doc.text[m.end() + hits[0].end:m.end() + hits[0].end + 120]
        verb = _HAD_CARE.match(after)
        if verb and _TREATMENT_WORDS.search(re.split(r"[.;]\s", after[verb.end():])[0]):
            out.append((m.start(), m.end()))
    return out


# a procedure code right before the "on" of a date, after a list's semicolon cut its care word off
_CODE_RIGHT_BEFORE = re.compile(r"(?<![\w$.,/-])([A-Z]?\d{4,5}[A-Z]?)[ \t]*$")


# the care "recibidas" (received, agreeing with the care named before it: "infusiones ..., códigos 96365 y J3490,
# recibidas el 14 de octubre") is care; a claim, request or letter named after the care and before the word is what was
# received ("la reclamación por la terapia, recibida el 29/10/2026")
_CARE_RECEIVED_ES = re.compile(r"recibid[oa]s?\b", re.IGNORECASE)
_PAPER = re.compile(r"\b(?:reclam|solicitud|pedido|carta|aviso|apelaci|factura|formulario)\w*", re.IGNORECASE)


def _care_received(before: str, participle: str) -> bool:
    """"recibidos/as" (`participle`) after `before` says the care was received: care is named, and no claim, request or
    letter is, or the last one named is singular where the participle is plural (it agrees with the care: "el reclamo
    por infusiones ..., recibidas el ...")."""
    if not _TREATMENT_WORDS.search(before):
        return False
    papers = list(_PAPER.finditer(before))
    return not papers or participle.lower().endswith("s") and not papers[-1].group(0).lower().endswith("s")


_DAY_OPENS_CARE = re.compile(r"(?:^|(?<=[.!?:][ \t])|(?<=[.!?:][ \t]{2}))[ \t]*(?:El|On)[ \t]+(?=\d|[A-Z][a-z]{2})",
                             re.MULTILINE)
# who had the care and the verb, right after the day: ", you received", " recibió", " su hijo recibió"
_HAD_CARE = re.compile(r",?[ \t]+(?:(?:you|s?he|they|your \w+|usted|su \w+|(?-i:[A-Z][a-z]+))[ \t]+)?"
                       r"(?:received|had|got|recibi[oó]|recibieron|tuvo|le (?:hicieron|aplicaron|pusieron|dieron))\b",
                       re.IGNORECASE)


_DATE_LED_HEADER = re.compile(r"^[ \t]*(?:(?:dates? of service|service dates?|DOS|fechas? (?:de(?:l)? )?servicio)"
                              r"[ \t]+(?:[^\W\d_]+[.?]?[ \t]+){1,}[^\W\d_]+[.?]?|"
                              # a heading over a list of the services, each line opening with its date ("Services
                              # reviewed (Clinic X):" over "21-Oct-2026   J0013  esketamine ...")
                              r"(?:services?|servicios?)\b[^\n:\d]{0,60}:|"
                              # or a sentence that ends pointing to them ("We have denied payment for these
                              # services:" over "  10/19/2026  90870 and 00104 ...")
                              r"(?P<intro>[^\n:\d]{0,80}?\b(?:these|the following|those|estos|estas|los siguientes|"
                              r"las siguientes)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:services?|claims?|lines?|items?|"
                              r"sessions?|visits?|infusions?|treatments?|servicios?|sesiones|visitas|infusiones|"
                              r"tratamientos|reclamos|l[ií]neas)[ \t]*:)|"
                              # or one that ends giving the days of the care it names, codes and all ("... (codes
                              # 90870 and 00104; diagnosis F33.2) on these dates:" over "14-OCT-2026    16-OCT-2026")
                              r"(?P<dates_intro>[^\n:]{0,120}?\b(?:on|en|los)[ \t]+(?:these|the following|estas|"
                              r"las siguientes|estos|los siguientes)[ \t]+(?:dates|days|fechas|d[ií]as)[ \t]*:))"
                              r"[ \t]*$",
                              re.IGNORECASE | re.MULTILINE)
_PAID_INTRO = re.compile(r"\b(?:paid|approved|allowed|pagamos|aprobamos|pagad[oa]s|aprobad[oa]s)\b", re.IGNORECASE)


# a rule that applies to care from a day on ("code S0013 is not valid for dates of service on or after January 1,
# 2026", "para fechas de servicio desde el 1 de enero de 2026"): the day the rule starts, not a day of care
_FROM_DAY = r"(?:on or after|after|since|beginning|starting|desde|a partir)"
_RULE_FROM_DAY = re.compile(r"\b(?:for|para)(?:[ \t]+(?:las|los|any|all))?[ \t]+(?:dates?|fechas?)[ \t]+"
                            rf"(?:of[ \t]+service|de(?:l)?[ \t]+servicio)[ \t:]+{_FROM_DAY}[ \t]*$", re.IGNORECASE)
_FROM_DAY_AFTER = re.compile(rf"[ \t:]*{_FROM_DAY}\b", re.IGNORECASE)


def find_service_dates(doc: Doc):
    found: dict[date, str] = {}
    after = [(m.start(), m.end()) for m in (*_SERVICE_LABEL.finditer(doc.text),
                                            *_SERVICE_LABEL_ES.finditer(doc.text),
                                            *_SERVICE_PROSE_ES.finditer(doc.text))]
    for label_start, label_end in sorted([*after, *_care_on_dates(doc)]):
        if _APPROVED_AFTER.match(doc.text, label_end):
            continue  # "Treatments from 20-OCT-2026 on were authorized ...": care the plan allowed, not the denial's
        if (word := _FROM_DAY_AFTER.match(doc.text, label_end)) and _RULE_FROM_DAY.search(
                doc.text[max(0, label_start - 40):word.end()]):
            continue  # "not valid for dates of service on or after January 1, 2026": a rule's first day, no care
        # the dates right after the label: one, a range, or a short list
        tail = doc.text[label_end:label_end + 120]
        # (a scan's blank line inside the list, before its "and 09/25/2026", does not end it)
        # (a label that ends its sentence, "... después de la fecha de servicio. Recibimos ...", has no dates after it)
        # (nor does a page's left margin before the list's last date on the next line: "..., October 8, 2026" over
        # "      and October 13, 2026")
        tail = re.split(r"\n\s*\n(?!\s*(?:and|y|&)\s)|(?<=\d)(?![ \t]*\n[ \t]*(?:and|y|&)\s)\s{3,}(?=[A-Za-z])|"
                        r"(?<=\d)\.\s|(?<=[a-z]{5})\.\s|^[ \t]*\.\s", tail)[0]
        hits = doc.dates(tail)
        taken = 0  # the dates read after the label, found before or not (a date may be given twice)
        li = doc.line_at(label_start)
        rest = doc.text[label_end:doc.offsets[li] + len(doc.lines[li])]
        # a cell of a row of labels (nothing after it on its line, or the next label after a wide gap): its
        # value is in the cell under it, not in the next row's first cell
        header_cell = not rest.strip(" \t:") or re.match(r"[ \t]{2,}[^\W\d_]", rest)
        if not header_cell:
            taken = _dates_after_label(doc, tail, hits, label_start, found)
        if not taken:
            col = label_start - doc.offsets[li]
            # the value under a header label, maybe under a blank line (a boxed header's cells)
            nli = next((n for n in (li + 1, li + 2) if n < len(doc.lines) and doc.lines[n].strip()), -1)
            while nli > 0 and (nli == li + 1 or header_cell):
                under = next((seg for start, seg in segments(doc.lines[nli]) if abs(start - col) <= 6), "")
                for h in doc.dates(under):
                    found.setdefault(h.value, doc.snippet(doc.offsets[nli]))
                    taken += 1
                # a list that wraps in its cell ("10/29/2026 and" over "11/02/2026") goes on under it
                if not (doc.dates(under) and _LIST_GOES_ON.search(under)) or nli + 1 >= len(doc.lines):
                    break
                nli, li = nli + 1, nli
            if header_cell and not taken:
                taken = _dates_after_label(doc, tail, hits, label_start, found)
        if taken and hits and "\n" not in tail[:hits[0].start] and hits[0].value in found:
            _dates_stacked_under(doc, label_end + hits[0].start, found)
    # a table OCR read with single spaces between its cells: a header row opening with a service-date heading
    # ("Date of service Code Diagnosis Billed", "Fecha servicio Código") over rows that each open with a date
    for m in _DATE_LED_HEADER.finditer(doc.text):
        intro = m.group("intro") or m.group("dates_intro")
        if intro and _PAID_INTRO.search(intro) and not _DENIES.search(intro):
            continue  # "We paid for these services:": not the denial's
        li = doc.line_at(m.start())
        for nli in range(li + 1, min(li + 40, len(doc.lines))):
            row = doc.lines[nli]
            if not row.strip():
                if nli > li + 2 and not doc.lines[nli - 1].strip():
                    break
                continue
            # the row's first cell, wherever the row is indented (a cut "10/20/20" would read as a year 2020)
            opening = segments(row)[0][1]
            first = doc.dates(opening)
            if not first or opening[:first[0].start].strip():
                break
            # a row of dates only, cells apart ("14-OCT-2026      16-OCT-2026     19-OCT-2026"): each of them
            cells = [doc.dates(cell) for _, cell in segments(row)]
            if len(cells) > 1 and all(len(c) == 1 and c[0].start == 0 and c[0].end == len(cell)
                                      for c, (_, cell) in zip(cells, segments(row))):
                for c in cells:
                    found.setdefault(c[0].value, doc.snippet(doc.offsets[nli]))
                continue
            # and the dates listed after it ("10/27/2026, 10/29/2026, 11/03/2026: J0013 ...")
            for a, b in zip([None, *first], first):
                if a is not None and not re.fullmatch(r"\s*(?:,|;|&|and|y)?\s*(?:and|y)?\s*", opening[a.end:b.start]):
                    break
                found.setdefault(b.value, doc.snippet(doc.offsets[nli]))
    # EOB tables: the date column of rows under a header naming a service date (or the only date column)
    for hli, rows in _tables(doc):
        header = doc.lines[hli]
        span = _column(header, re.compile(r"\bdates?\b|\bDOS\b|fechas?", re.IGNORECASE)) or \
            _column(header, re.compile(r"service|svc|servicio", re.IGNORECASE)) or _dates_first(doc, header, rows)
        if not span:
            continue
        if re.search(r"process|paid|received", header[span[0]:span[1]], re.IGNORECASE):
            continue
        for r in rows:
            cell = _table_cell(header, doc.lines[r], span, tol=2)
            if cell:
                for h in doc.dates(cell):
                    found.setdefault(h.value, doc.snippet(doc.offsets[r]))
    return found


def _dates_stacked_under(doc: Doc, value_at: int, found: dict) -> None:
    """A value cell's further lines under a service-date label's first date ("Dates of service    October 13, 2026"
    over "                    October 16, 2026"): each next line that is only dates, standing where the first one
    starts, is the same cell's."""
    li = doc.line_at(value_at)
    col = value_at - doc.offsets[li]
    for nli in range(li + 1, min(li + 12, len(doc.lines))):
        segs = segments(doc.lines[nli])
        if len(segs) != 1 or abs(segs[0][0] - col) > 1:
            return
        cell = segs[0][1]
        hits = doc.dates(cell)
        if not hits or re.sub(r"\s*(?:,|;|&|and|y)?\s*", "", "".join(
                cell[a:b] for a, b in zip([0, *(h.end for h in hits)], [*(h.start for h in hits), len(cell)]))):
            return
        for h in hits:
            found.setdefault(h.value, doc.snippet(doc.offsets[nli]))


_LIST_GOES_ON = re.compile(r"(?:\d\s*(?:,|;|&|-|and|y|to|through|hasta(?: el)?|al))\s*$", re.IGNORECASE)
_SPECKS = re.compile(r"(?<=[ \t]{2})(?:[^\w\s]{1,3}|[a-z]{1,2})(?=[ \t]{2}|[ \t]?$)")  # alone in a wide gap


def _dates_after_label(doc: Doc, tail: str, hits: list, label_start: int, found: dict) -> int:
    """The dates right after a service-date label: one, a range, or a short list; how many were read."""
    prev_end = 0
    prev_value: date | None = None
    read = 0
    for h in hits:
        # what a scan strews between two dates of a list ("09/18/2026 - ~ and 09/25/2026") is not words
        gap = re.sub(r"(?<=\s)[^\w\s,;&/-]{1,2}(?=\s)", " ", f" {tail[prev_end:h.start]} ")[1:-1]
        gap = re.sub(r"^\s*-\s+(?=(?:and|y)\b)", " ", gap)
        # each date's own code in brackets after it ("6 de octubre de 2026 (90867), 8 de octubre de 2026 (90868)")
        gap = re.sub(r"^\s*\(\s*[A-Z0-9][\w.\-]{3,7}(?:\s*[,;]\s*[A-Z0-9][\w.\-]{3,7})*\s*\)", " ", gap)
        if prev_end and not re.fullmatch(
                r"\s*(?:-|to|through|thru|and|,|;|&|/|,?\s*and|hasta(?: el)?|al|a|y(?:\s+del?|\s+el)?)\s*",
                gap, re.IGNORECASE):
            break
        lead = tail[:h.start]
        # a date far from the label counts only when the text says the service was "on" it (or "from" it, a
        # range); the specks OCR reads in the gap between a label and its value ("Dates of service:     oo     ~
        # 05/11/2026") are not words
        words = _SPECKS.sub(" ", lead)
        # (and a date after a clause that names another event, however short: "within 180 days of the date of
        # service; this claim reached us on 10/30/2026")
        if not prev_end and re.search(r"[;.][ \t]+\w", words) and _NOT_SERVICE_EVENT.search(words[-40:]):
            break
        if not prev_end and words.strip(" :;-\t()") and len(words.strip(" :;-\t()")) > 25 and \
                not (re.search(r"\b(?:on|el|from|desde el|del)\s*$", lead)
                     and not _NOT_SERVICE_EVENT.search(lead[-40:])):
            break
        first = prev_value
        if first and re.fullmatch(r"\s*(?:-|to|through|thru|hasta(?: el)?|al)\s*", gap, re.IGNORECASE):
            # a range of days billed by the day, as many days as the notice counts ("from 10/26/2026 through
            # 10/30/2026 ... H0035 x 5 days"): every day of it
            days = (h.value - first).days + 1
            sentence = _sentence_around(doc.text, label_start) + " " + doc.text[label_start:label_start + 200]
            if 2 < days <= 31 and re.search(rf"(?:\bx|×)[ \t]*{days}[ \t]+(?:days?|d[ií]as)\b|"
                                             rf"\b{days}[ \t]+(?:days?|d[ií]as)[ \t]+(?:billed|of care|facturad)",
                                             sentence, re.IGNORECASE):
                for n in range(1, days - 1):
                    found.setdefault(first + timedelta(days=n), doc.snippet(label_start))
        found.setdefault(h.value, doc.snippet(label_start))
        prev_end, prev_value = h.end, h.value
        read += 1
    return read


# (a full stop right before a code counts only after a word or number: " .J3490" is a scan's speck)
_PROC_RE = re.compile(r"(?<![\w$,/\-#])(?<!\S\.)(\d{5}|\d{4}[FTU]|[A-CEGHJ-MP-V]\d{4})(?:-[A-Z0-9]{2})?"
                      r"(?![\w/]|[.,]\d|-\d)")
_PROC_CONTEXT = re.compile(r"\b(?:CPT|HCPCS|procedure|proc\.?|service code|billing code|code\(?s?\)?|drug code|"
                           r"J-?code|billed|billing|c[oó]digos?|procedimiento|facturad[oa])\b", re.IGNORECASE)
_TREATMENT_WORDS = re.compile(r"infusion|injection|visit|therapy|treatment|service|procedure|session|\bcare\b|"
                              r"infusi[oó]n|inyecci[oó]n|terapia|tratamiento|servicio|sesi[oó]n|consulta|"
                              r"psychotherapy|evaluation|spray|drug|administration|stimulation|estimulaci[oó]n|"
                              r"evaluaci[oó]n|psicoterapia|medicamento|ketamin[ae]|esketamin[ae]|spravato|"
                              # a device put in and the operation ("a spinal cord stimulator trial on ...")
                              r"stimulator|implant|placement|surgery|estimulador|implante|colocaci[oó]n|cirug[ií]a|"
                              # a nerve block and an ablation ("los bloqueos de rama medial lumbar del 2 de ...")
                              r"\bblocks?\b|bloqueos?|ablation|ablaci[oó]n|"
                              # a program of care counted in days ("intensive outpatient program days on ...")
                              r"outpatient program|program days|partial hospitali[sz]ation|hospitalizaci[oó]n parcial|"
                              r"programa (?:ambulatorio|intensivo)|d[ií]as de programa",
                              re.IGNORECASE)
# the care and who received it, before "received": "the sessions she", "services that your son"
_CARE_THEY_RECEIVED = re.compile(rf"(?:{_TREATMENT_WORDS.pattern})\w*(?:\s+(?:that|which))?\s+(?:you|s?he|they|"
                                 r"your \w+|the (?:member|patient)|(?-i:[A-Z][a-z]+))\s+$", re.IGNORECASE)
# Identifier labels: words like "policy" or "member" only count as a label ("Policy #", "Member ID:"), since
# running text wraps them onto the same line as a code ("office visit 99215 ... our pharmacy policy ...").
# (whole words: "ste" is a suite, not the start of "steroid"; "tel" not "telehealth")
_NOT_PROC_LINE = re.compile(r"\b(?:(?:zip|phone|telephone|fax|tel|npi|tax id|tin|ein|p\.?o\.? box|suite|ste|box|"
                            r"routing|ssn|tty|ext)\b|(?:account|acct|policy|group|member|claim|reference|ref)\s*(?:#|no\b\.?|"
                            r"number|id\b|:))|(?-i:\b[A-Z]{2})\s+\d{5}(?:-\d{4})?\b", re.IGNORECASE)
_ICD_DOTTED = re.compile(r"(?<![\w.\-/])([A-TV-Z]\d[0-9A-Z])\.([0-9A-Z]{1,4})(?![\w]|\.\d)")
_ICD_BARE = re.compile(r"(?<![\w.\-/])([A-TV-Z]\d[0-9A-Z])([0-9A-Z]{0,4})(?![\w.])")
_DX_CONTEXT = re.compile(r"\b(?:diagnos[ie]s|diagnosis codes?|ICD[- ]?10(?:-CM)?|\bDx\b|dx codes?|diagn[oó]sticos?)",
                         re.IGNORECASE)


def _sentence_around(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), 0)
    ends = [e for e in (text.find(". ", pos), text.find("\n\n", pos)) if e >= 0]
    return text[start:min(ends) if ends else len(text)]


_CODE_TO_BILL_INSTEAD = re.compile(r"\badd-on (?:\w+ )?codes?\b|\bonly under (?:an? |the )?(?:\w+ )?codes?\b|"
                                   r"\bshould (?:have been |be )?billed (?:as|under|with)\b|"
                                   r"\bcorrect codes? (?:is|are|would)\b|"
                                   r"\bc[oó]digos? (?:adicional(?:es)?|correctos?)\b|"
                                   r"\bsolo (?:bajo|con) (?:un |el )?c[oó]digo", re.IGNORECASE)


def _named_in_brackets(text: str, start: int, end: int) -> bool:
    """A number alone in brackets right after the care it codes ("the lumbar epidural steroid injection (62323)
    you received"): a code of any section, where a sentence's treatment words alone take only 9xxxx numbers."""
    before = text[max(0, start - 60):start]
    # (in Spanish the words that say which come after the care's: "inyección epidural lumbar (62323)", "bloqueo del
    # ganglio estrellado guiado por imagen (64510)"), maybe after commas: "Nerve block, neck facet joint, first level
    # (64490)"
    return text[end:end + 1] == ")" and bool(re.search(rf"(?:{_TREATMENT_WORDS.pattern})[^\W\d_]*"
                                                        rf"(?:,?[ \t]+[^\W\d_]+){{0,6}}[ \t]*\($", before,
                                                        re.IGNORECASE))


def find_procedure_codes(doc: Doc, id_spans):
    """CPT/HCPCS codes. A letter+4-digit HCPCS code is distinctive enough anywhere (outside IDs and addresses);
    a five-digit number counts when something says it is a code: a CPT/HCPCS/code/billed label nearby, a
    table column headed Code/CPT/Procedure, a list with another code ("96365, 96366, J3490"), a code we
    describe (codes.PROCEDURE_DESCRIPTIONS), or a Medicine/E&M-section number (9xxxx) in a sentence about
    treatment. ZIP codes, amounts, phone numbers and labelled identifiers are skipped."""
    found: dict[str, str] = {}
    table_lines = set()
    for hli, rows in _tables(doc):
        # (a Spanish table's "Código" column too)
        # (and a "Service" column beside the dates: "Date(s) of service   Service", "64635 (lumbar ...)")
        if re.search(r"\b(?:code|cpt|hcpcs|proc|c[oó]digo\b(?! postal))", doc.lines[hli], re.IGNORECASE) or \
                re.search(r"\b(?:services?|servicios?)\b(?! (?:date|dates|dt)\b)",
                          re.sub(r"(?i)dates?(?:\(s\))? of service|fechas? (?:de|del) servicio", "", doc.lines[hli]),
                          re.IGNORECASE) and re.search(r"\bdates?\b|\bDOS\b|\bfechas?\b", doc.lines[hli], re.I):
            table_lines.update(rows)
    pending: list[tuple[int, int, str]] = []
    for m in _PROC_RE.finditer(doc.text):
        code = m.group(1)
        if _in_spans(m.start(), id_spans):
            continue
        li = doc.line_at(m.start())
        line = doc.lines[li]
        # a code a sentence names as what the provider should bill instead ("Medicare pays it only under an add-on
        # psychotherapy code (90833, 90836 or 90838) billed with the visit"): not a code of the claim
        if li not in table_lines and _CODE_TO_BILL_INSTEAD.search(_sentence_around(doc.text, m.start())):
            continue
        before = doc.text[max(doc.offsets[li], m.start() - 40):m.start()]
        # a box, suite or form number, and a Medicare plan's contract number ("Plan contract H9917"), are no codes
        if re.search(r"(?:(?-i:\b[A-Z]{2})|\$|#|\bbox|\bste\.?|\bsuite|\broom|\bform|\bunit|\bapt\.?|"
                     r"\bcontract(?: (?:number|no\.?|id))?:?|\bcontrato:?)\s*$", before, re.IGNORECASE):
            continue
        if re.fullmatch(r"[A-Z]\d{4}", code) and not _NOT_PROC_LINE.search(before[-25:]):
            found.setdefault(code, doc.snippet(m.start()))
            continue
        if _NOT_PROC_LINE.search(line) and not _PROC_CONTEXT.search(before[-30:]):
            continue
        near = doc.text[max(doc.offsets[li], m.start() - 60):m.start()]
        sentence = _sentence_around(doc.text, m.start())
        if _PROC_CONTEXT.search(near) or li in table_lines or code in codes.PROCEDURE_DESCRIPTIONS or \
                (code.startswith("9") and code.isdigit() and _TREATMENT_WORDS.search(sentence)) or \
                _bracket_with_diagnosis(doc.text, m.start(), m.end()) or \
                _named_in_brackets(doc.text, m.start(), m.end()):
            found.setdefault(code, doc.snippet(m.start()))
        else:
            pending.append((m.start(), m.end(), code))
    # five-digit numbers listed together with an accepted code: "(96365, 96366, J3490)"
    changed = True
    while changed and pending:
        changed = False
        for item in list(pending):
            start, end, code = item
            for other in found:
                for om in re.finditer(re.escape(other), doc.text[max(0, start - 30):end + 30]):
                    a = max(0, start - 30) + om.start()
                    b = a + len(other)
                    gap = doc.text[min(b, end):max(a, start)] if b <= start else doc.text[end:a]
                    if re.fullmatch(r"[\s,;/&()]*(?:and|or)?[\s,;/&()]*", gap):
                        found.setdefault(code, doc.snippet(start))
                        pending.remove(item)
                        changed = True
                        break
                if item not in pending:
                    break
    return found


def _bracket_with_diagnosis(text: str, start: int, end: int) -> bool:
    """The number at `start`-`end` stands in brackets that also give the diagnosis, as a sentence names the care's
    codes after it: "(64493, 64494; diagnóstico M47.816; código CO-50)"."""
    opened = text.rfind("(", max(0, start - 40), start)
    closed = text.find(")", end, end + 120)
    if opened < 0 and closed >= 0:
        # the opening bracket lost to OCR: the number, then the diagnosis, then the bracket's close ("lumbares
        # 64493; diagnóstico M47.816) del Dr. ...")
        after = text[end:closed]
        return bool(re.match(r"[ \t]*[;,][ \t\n]*", after) and "(" not in after and "\n\n" not in after and
                    _DX_CONTEXT.search(after) and _ICD_DOTTED.search(after))
    if opened < 0 or closed < 0 or ")" in text[opened:start] or "\n\n" in text[opened:closed]:
        return False
    inside = text[opened + 1:closed]
    return bool(_DX_CONTEXT.search(inside) and _ICD_DOTTED.search(inside))


def find_diagnosis_codes(doc: Doc, id_spans):
    found: dict[str, str] = {}
    for m in _ICD_DOTTED.finditer(doc.text):
        if _in_spans(m.start(), id_spans):
            continue
        found.setdefault(f"{m.group(1)}.{m.group(2)}", doc.snippet(m.start()))
    for m in _DX_CONTEXT.finditer(doc.text):
        li = doc.line_at(m.start())
        tail = doc.text[m.end():doc.offsets[li] + len(doc.lines[li])]
        # the label's own cell: a code past a wide gap stands in another column ("Dx F33.2      N381", a remark code)
        cut = re.search(r"\S[ \t]{3,}(?=\S)", tail)
        tail = tail[:cut.start() + 1] if cut else tail
        for b in _ICD_BARE.finditer(tail):
            code = b.group(1) + (f".{b.group(2)}" if b.group(2) else "")
            if re.fullmatch(r"[A-CEGHJ-MP-V]\d{4}", b.group(0)) and "." not in b.group(0):
                continue  # looks like HCPCS, not a diagnosis
            found.setdefault(code, doc.snippet(m.start()))
        # a code whose first letter OCR read as a digit ("Diagnóstico: 263.8" for Z63.8): every ICD-10-CM code opens
        # with a letter, so under the label the digit is read back, when that makes a billable code
        for b in _ICD_DIGIT_FIRST.finditer(tail):
            code = b.group(1).translate(_ICD_FIRST_LETTER) + b.group(2)
            info = codes.icd_info(code)
            if info.valid and info.billable and not found.get(info.code):
                found[info.code] = doc.snippet(m.start())
    # a code whose full stop OCR read as a comma ("F43,23" under a DIAGNOSIS column), in a notice that speaks of a
    # diagnosis: kept only when that makes a billable ICD-10-CM code
    if _DX_CONTEXT.search(doc.text):
        for m in _ICD_COMMA.finditer(doc.text):
            info = codes.icd_info(f"{m.group(1)}.{m.group(2)}")
            if not _in_spans(m.start(), id_spans) and info.valid and info.billable:
                found.setdefault(info.code, doc.snippet(m.start()))
    return found


_ICD_COMMA = re.compile(r"(?<![\w.\-/$,])([A-TV-Z]\d[0-9A-Z]),([0-9A-Z]{1,4})(?![\w,]|\.\d)")


_ICD_DIGIT_FIRST = re.compile(r"(?<![\w.\-/$])([25081])(\d[0-9A-Z]\.[0-9A-Z]{1,4})(?![\w]|\.\d)")
_ICD_FIRST_LETTER = str.maketrans("25081", "ZSOBI")


# (the group in lower case, or its O a zero, with its hyphen: OCR's reading of a small or faint cell, "c0-50",
# "co-50", "Co-197"; no word is written so. A weaker reading, that may have lost a digit too ("co-5" beside
# "CO-55"): taken only where no code was read with its group in capitals)
_CARC_GROUPED = re.compile(r"(?<![A-Za-z0-9])(CO|PR|OA|PI|CR|[cC][o0](?=-\d))\s?[-\u2013:]?\s?"
                           r"(\d{1,3}|[A-Z]\d{1,2})(?!\w|\.\d|-\d)")
_CARC_LABEL = re.compile(r"(?:claim[ \t]+)?(?:adjustment[ \t]+)?(?:reason|denial|adj\.?|CARC)[ \t]*codes?[ \t]*"
                         r"(?:\(CARCs?\))?[ \t]*[:#\-]?[ \t]*|\bCARCs?\b[ \t]*[:#\-]?[ \t]*|"
                         r"c[oó]digos? de (?:motivo|ajuste|raz[oó]n|denegaci[oó]n)[ \t]*[:#\-]?[ \t]*", re.IGNORECASE)
_CODE_LIST = re.compile(r"((?:CO|PR|OA|PI|CR)?\s?-?\s?(?:\d{1,3}|[A-LO-Z]\d{1,2}))(?:\s*(?:,|/|and|&)\s*|\b)")


_GROUP_ZERO = re.compile(r"(?<![\w.$])(?:C0|0A)(?=\s?-\s?\d)")


def find_carc_codes(doc: Doc, id_spans):
    found: dict[str, str] = {}

    def add(group: str | None, num: str, pos: int) -> None:
        num = num.lstrip("0") or "0"
        if num.isdigit() and not 1 <= int(num) <= 299:
            return
        found.setdefault(f"{(group or 'CO').upper().replace('0', 'O')}-{num.upper()}", doc.snippet(pos))

    weak: list[re.Match] = []
    for m in _CARC_GROUPED.finditer(doc.text):
        if not _in_spans(m.start(), id_spans):
            if m.group(1) in ("CO", "PR", "OA", "PI", "CR"):
                add(m.group(1), m.group(2), m.start())
            else:
                weak.append(m)
    if not found:
        for m in weak:
            add(m.group(1), m.group(2), m.start())
    for m in _CARC_LABEL.finditer(doc.text):
        if re.search(r"remark", doc.text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            continue
        tail = doc.text[m.end():m.end() + 60].split("\n")[0]
        for c in _CODE_LIST.finditer(tail):
            if c.start() != 0 and not re.fullmatch(r"\s*(?:,|/|and|&)?\s*", tail[c.start() - 3:c.start()] or ""):
                break
            tok = c.group(1).replace(" ", "").replace("-", "")
            if g := re.match(r"(CO|PR|OA|PI|CR)?(.+)", tok):
                add(g.group(1), g.group(2), m.start())
            rest = tail[c.end():]
            if not re.match(r"\s*(?:,|/|and|&)", tail[c.end() - 3:c.end() + 3]) and not rest.startswith((",", "/")):
                break
        # glossary rows under a "reason code" heading: "50  Not medically necessary"
    for hli, rows in _tables(doc):
        col = _column(doc.lines[hli], re.compile(r"reason|adj(?:ustment)?\.?\s*code|CARC|denial code|"
                                                 r"group/?reason", re.IGNORECASE))
        if not col or re.search(r"remark", doc.lines[hli][col[0]:col[1]], re.IGNORECASE):
            continue
        for r in rows:
            cell = _table_cell(doc.lines[hli], doc.lines[r], col, tol=2)
            if not cell:
                continue
            # a group's O read as a zero by OCR ("C0-96", "0A-23"), not a code of its own
            cell = _GROUP_ZERO.sub(lambda z: z.group(0).replace("0", "O"), cell)
            # and a date's day and month in the cell are no codes ("BEFORE THE 10/21/2026 INJECTION": a paragraph
            # under the table that OCR set out in the table's columns)
            for h in reversed(doc.dates(cell)):
                cell = cell[:h.start] + " " * (h.end - h.start) + cell[h.end:]
            for c in re.finditer(r"(?<![\w.$])(?:(CO|PR|OA|PI|CR)\s?-?\s?)?(\d{1,3}|[A-LO-Z]\d{1,2})(?![\w.])", cell):
                add(c.group(1), c.group(2), doc.offsets[r])
    return found


# English contractions written out, so that one rule reads "aren't reasonable and necessary" and "are not ..."
_CONTRACTION = re.compile(r"\b(ca|wo|do|does|did|is|are|was|were|has|have|had|should|could|would)n['’]t\b",
                          re.IGNORECASE)


def uncontracted(s: str) -> str:
    return _CONTRACTION.sub(lambda m: {"ca": "cannot", "wo": "will not"}.get(m.group(1).lower(), m.group(1) + " not"),
                            s)


# a form's option whose box is left empty ("☐ Falta información ...", "[ ] Not medically necessary"): a reason the
# notice did not give (a ticked one, "☒", "[X]", is the reason)
_UNTICKED = re.compile(r"^[ \t]*(?:[☐□❏❑▢◻⬜]|\[[ \t]{0,2}\]|\([ \t]{1,2}\))[ \t]*\S.*$", re.MULTILINE)


def without_unticked(text: str) -> str:
    """`text` with each line of a form's unticked option emptied (the lines stay, so offsets keep their lines)."""
    return _UNTICKED.sub("", text)


def _reason_sentences(doc: Doc) -> list[str]:
    return [s for s in deadlines.sentences(without_unticked(doc.text))
            if _DECISION.search(uncontracted(s)) and not _BOILERPLATE.search(s)]


_STEP_THERAPY_WORDS = re.compile(r"step|fail[- ]first|formular|preferred|prefer|escalonad", re.IGNORECASE)


# words that name a reason only to set it aside: "This is a benefit exclusion, not a decision about medical
# necessity", "rather than medical necessity", "no es una decisión sobre necesidad médica"
_SET_ASIDE = re.compile(r"(?:\bnot|\bno es) (?:a |an |the |una )?(?:decision|determination|finding|question|"
                        r"decisi[oó]n)? ?(?:about|on|based on|of|because of|due to|sobre|por)\s+(?:\w+\s+){0,2}$|"
                        r"\brather than\s+(?:\w+\s+){0,2}$|"
                        # "the plan has not decided whether TMS is medically necessary": a question left open
                        r"\b(?:not|never) (?:yet )?(?:decided|determined|reviewed|judged|considered) (?:whether|if)\s+"
                        r"(?:\w+\s+){0,4}$|\bno (?:hemos )?(?:decidido|determinado|revisado) si\s+(?:\w+\s+){0,4}$",
                        re.IGNORECASE)


def _category_hits(sentences: list[str]) -> dict[str, str]:
    """Each category's first sentence among `sentences` that names it as a reason (not only to set it aside)."""
    hits: dict[str, str] = {}
    for cat, rx in CATEGORY_RULES:
        for s in sentences:
            plain = uncontracted(s)
            if any(not _SET_ASIDE.search(plain[max(0, m.start() - 60):m.start()]) for m in rx.finditer(plain)):
                hits.setdefault(cat, s)
                break
    return hits


def _first_category(hits: dict[str, str]) -> tuple[str, str] | None:
    """The category to report, in CATEGORY_RULES order. Trials of other treatments that a medical policy requires,
    in a denial that calls the care not medically necessary, are that policy's criteria: step therapy needs its
    own words (step, fail first, formulary, preferred drug)."""
    if "step_therapy" in hits and "medical_necessity" in hits and not _STEP_THERAPY_WORDS.search(hits["step_therapy"]):
        return "medical_necessity", hits["medical_necessity"]
    for cat, _ in CATEGORY_RULES:
        if cat in hits:
            return cat, hits[cat]
    return None


def _first_cells(text: str) -> str:
    """`text` with each line cut where a gap of six spaces or more first opens after its words: a letter's
    paragraph read alone where a sidebar's cells stand beside it on the same lines ("... the records we received
    2026093011825 / do not show that the criteria ... were Claim received met")."""
    return "\n".join(re.split(r"(?<=\S)[ \t]{6,}", line, maxsplit=1)[0] for line in text.split("\n"))


def find_denial_category(doc: Doc, carcs: list[str]):
    found = _denial_category(doc, carcs)
    # (an adjustment code that says "other", a coverage date's CO-26 or CO-27, is the reason itself)
    if found and (found[0] != "other" or any(codes.carc_category(c) == "other" for c in carcs) or
                  _TIERING_EXCEPTION.search(found[1])) or "\n" not in doc.text:
        return found
    # a reason in a paragraph with a sidebar beside it, whose cells split its sentences
    sidebar_free = [s for s in deadlines.sentences(_first_cells(without_unticked(doc.text)))
                    if _DECISION.search(uncontracted(s)) and not _BOILERPLATE.search(s)]
    return _first_category(_category_hits(sidebar_free)) or found


# a drug's exception request refused, named as such (docs/domain.md's category table): a tiering exception (the drug on
# the formulary, asked for at a preferred tier's cost) is `other`; a formulary exception, or the drug said not to be
# on the drug list, is `not_covered`; either over the step-therapy words that list the drugs to try first
_TIERING_EXCEPTION = re.compile(r"\btier(?:ing)? exception|excepci[oó]n de(?:l)? nivel", re.IGNORECASE)
_FORMULARY_EXCEPTION = re.compile(r"\bformulary exception|\bnot on (?:our|the|the plan's|your plan's) (?:drug list|"
                                  r"formulary)|\bnon-?formulary drug|excepci[oó]n (?:al|del|de) formulario|"
                                  r"no est[aá] en (?:nuestra|la) lista de medicamentos", re.IGNORECASE)


def _drug_exception(reasons: list[str]) -> tuple[str, str] | None:
    for s in reasons:
        if _TIERING_EXCEPTION.search(s):
            return "other", s
    for s in reasons:
        if _FORMULARY_EXCEPTION.search(s):
            return "not_covered", s
    return None


def _denial_category(doc: Doc, carcs: list[str]):
    reasons = _reason_sentences(doc)
    text_hits = _category_hits(reasons)
    exception = _drug_exception(reasons) if not carcs else None
    if exception and (not text_hits or set(text_hits) <= {"step_therapy", "not_covered", "other"}):
        return exception
    carc_cats = [(c, codes.carc_category(c)) for c in carcs]
    carc_cats = [(c, cat) for c, cat in carc_cats if cat]
    if carc_cats:
        for _carc, cat in carc_cats:  # a CARC whose category the wording confirms
            if cat in text_hits:
                return cat, text_hits[cat]
        c, cat = carc_cats[0]
        return cat, f"CARC {c}: {codes.describe_code(c)}"
    found = _first_category(text_hits)
    if found and found[0] == "not_covered":
        # "TRICARE does not cover this treatment. It is considered unproven (experimental or investigational).":
        # the sentence after a bare "not covered" often says why, and that is the reason to answer
        sentences = deadlines.sentences(without_unticked(doc.text))
        after = [sentences[i + 1] for i, s in enumerate(sentences[:-1]) if s == found[1]]
        why = _category_hits([s for s in after if not _BOILERPLATE.search(s)])
        if "experimental_investigational" in why:
            return "experimental_investigational", why["experimental_investigational"]
    if found:
        return found
    # the reason may sit in a sentence of its own ("... is considered experimental/investigational.")
    others = [s for s in deadlines.sentences(without_unticked(doc.text)) if not _BOILERPLATE.search(s)]
    found = _first_category(_category_hits(others))
    if found:
        return found
    # a reason run on into the boilerplate after it, where the page lost the full stop between them ("... are
    # medically necessary for you-now, You have the right to appeal ..."): the words before the boilerplate
    heads = [s[:bp.start()] for s in deadlines.sentences(without_unticked(doc.text))
             if (bp := _BOILERPLATE.search(s)) and bp.start() > 0 and _DECISION.search(uncontracted(s[:bp.start()]))]
    found = _first_category(_category_hits(heads))
    if found:
        return found
    if any(re.search(r"\bden(?:y|ied|ial)\b|not (?:approved|covered)", s, re.IGNORECASE) for s in reasons):
        s = next(s for s in reasons if re.search(r"\bden(?:y|ied|ial)\b|not (?:approved|covered)", s, re.I))
        return "other", s
    return None


_OUTSIDE_ERISA = ("governmental", "church")
_NOT_ERISA = re.compile(r"\bnot (?:governed by|subject to|covered by|an?) (?:the )?(?:ERISA|Employee Retirement)|"
                        # "Plan de iglesia (no sujeto a ERISA)", "no se rige por ERISA", "no está cubierto por ERISA"
                        r"\bno (?:est[aá] )?(?:sujet[oa]|regid[oa]|cubiert[oa]) (?:a|por) (?:la (?:ley )?)?ERISA|"
                        r"\bno se rige por (?:la (?:ley )?)?ERISA", re.IGNORECASE)


# a program or right named only to say it is not this one: "This program is not Medicaid", "CHIP does not offer
# a state fair hearing", "no ofrece una audiencia imparcial"
_NAMED_TO_DENY = re.compile(r"\b(?:not|isn'?t|no es|no son|no está|no forma parte de|unlike|a diferencia de|"
                            # "inscrito en CHIP y no en Medicaid", "enrolled in CHIP, not in Medicaid"
                            r"no en|not in|ni en|"
                            # "Programa de Seguro Médico Infantil (CHIP), separado de Medicaid", "separate from
                            # Medicaid"
                            r"separad[oa]s? de|separate from|apart from|independiente de|distinct from|"
                            # "Este plan es CHIP y no Medicaid"
                            r"(?:y|o|pero) no|"
                            # a right the plan lacks, named with its program: "no hay audiencia imparcial estatal
                            # de Medicaid", "there is no Medicaid fair hearing"
                            # (or offers: "no ofrece audiencia imparcial de Medicaid")
                            r"(?:no hay|there (?:is|are) no|(?:does|do|will)\s+not\s+(?:offer|give|provide|include|"
                            r"have|use)|doesn'?t\s+(?:offer|give|provide|include|have|use)|"
                            r"no (?:se )?(?:ofrece|incluye|tiene|da|existe)n?)"
                            r"(?: (?:an?|un|una|el|la))?(?: [^\W\d_]+){0,4}?(?: (?:de|del|of|for))?)"
                            r"(?: an?| un| una| el| la| part of)?(?: (?:state|estatal))?\s*$", re.IGNORECASE)


def find_plan_type(doc: Doc):
    scores: dict[str, float] = {}
    evidence: dict[str, str] = {}
    for s in deadlines.sentences(doc.text):
        negated = bool(_NEGATED.search(s))
        for plan, weight, rx in PLAN_RULES:
            for hit in rx.finditer(s):
                if _NAMED_TO_DENY.search(s[max(0, hit.start() - 60):hit.start()]):
                    continue  # "CHIP - no es Medicaid", "this is not a Medicare plan": named only to say it is not
                # "This church plan is not governed by ERISA" negates ERISA, not the church plan
                kept = plan in _OUTSIDE_ERISA and _NOT_ERISA.search(s)
                w = weight * (0.25 if negated and not kept else 1.0)
                scores[plan] = scores.get(plan, 0) + w
                if plan not in evidence or (not negated and weight >= 4):
                    evidence.setdefault(plan, s[:240])
    if not scores:
        return None
    # Medicare Advantage and Part D notices talk about Medicare too; Part D outranks MA only on drug wording.
    if "medicare" in scores and ("medicare_advantage" in scores or "medicare_part_d" in scores):
        scores["medicare"] *= 0.3
    # an integrated D-SNP's notice (one appeal for Medicare and Medicaid) speaks of Medicaid throughout (its ID, the
    # fair hearing for a service only Medicaid covers); the plan is the Medicare Advantage plan
    if "medicare_advantage" in scores and find_integrated(doc):
        scores.pop("medicaid", None)
    # a CHIP run through Medicaid gives Medicaid's rights (a fair hearing): Medicaid's own words make it Medicaid
    if scores.get("medicaid", 0) >= 4:
        scores.pop("chip", None)
    # a government or church employer's plan is an employer plan that ERISA does not govern: its own words win
    # over the employer words it shares with ERISA plans, and over ERISA named only to say it does not apply
    for outside in _OUTSIDE_ERISA:
        if scores.get(outside, 0) >= 5:
            scores.pop("employer_erisa", None)
    order = ["tricare", "short_term", "fehb", "medicare_part_d", "medicare_advantage", "medicare", "medicaid", "chip",
             "governmental", "church", "employer_erisa", "individual_aca"]
    best = max(scores, key=lambda p: (scores[p], -order.index(p)))
    if scores[best] < 1.5:  # one weak or negated mention is not enough
        return None
    return best, evidence[best]


# An applicable integrated plan's notice (a fully or highly integrated D-SNP): one integrated appeal for Medicare and
# Medicaid (42 CFR 422.629-422.634; rules.route). "D-SNP" alone does not say it: a D-SNP that only coordinates with
# Medicaid appeals as any Medicare Advantage plan does.
INTEGRATED_WORDS = kept(r"\bintegrated (?:appeal|reconsideration|organization determination|coverage decision)s?\b|"
                        r"\b(?:FIDE|HIDE)[- ]?SNP\b|\bfully integrated dual|\bapelaci[oó]n integrada",
                        re.IGNORECASE)


def find_integrated(doc: Doc) -> str | None:
    """The sentence saying the plan's appeal is an integrated one, or None."""
    for s in deadlines.sentences(doc.text):
        if INTEGRATED_WORDS.search(s) and not _NEGATED.search(s):
            return s[:240]
    return None


# Who pays the claims, where the notice says it: a self-funded (self-insured) employer plan goes to the federal
# external-review route and the Labor Department; a fully insured one to the state (appeal_kit.directory).
_FUNDING = ((re.compile(r"\bself[- ](?:funded|insured)\b|\bfunded by your employer\b", re.I), "self_funded"),
            (re.compile(r"\bfully[- ]insured\b", re.I), "insured"))
_FUNDING_HEDGE = re.compile(r"\b(?:if|whether|unless|not|isn't|or)\b", re.I)


def find_funding(doc: Doc) -> tuple[str, str] | None:
    """`insured` or `self_funded` with the sentence saying so; None when the notice does not say, or says both."""
    found: dict[str, str] = {}
    for s in deadlines.sentences(doc.text):
        if _NEGATED.search(s):
            continue
        for rx, value in _FUNDING:
            hit = rx.search(s)
            # "if your plan is self-funded, ...", "this is not a self-funded plan": boilerplate, not a statement
            if hit and not _FUNDING_HEDGE.search(s[:hit.start()]):
                found.setdefault(value, s[:240])
    return next(iter(found.items())) if len(found) == 1 else None


_APPEAL_WORDS = re.compile(r"appeal|reconsider|grievance|redetermination|apela|reconsidera|queja|redeterminaci",
                           re.IGNORECASE)
_PHONE = re.compile(r"(?<![\d-])(?:1[-. ])?\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})(?!\d)")


def _appeal_context_score(doc: Doc, start: int, end: int) -> int:
    """How clearly the text around [start, end) is about where to send an appeal: 2 when the sentence says
    so, 1 when the paragraph before it does, 0 otherwise."""
    if _APPEAL_WORDS.search(_sentence_around(doc.text, start)):
        return 2
    paragraph = doc.text[max(0, start - 250):start].split("\n\n")[-1]
    return 1 if _APPEAL_WORDS.search(paragraph) else 0


def find_appeals_fax(doc: Doc):
    """The fax number appeals go to: a number introduced as a fax, in a sentence or paragraph about appeals.
    The fax lines of a cover sheet ("To: Dr. ...  Fax: ...") are the sender's and the recipient's, not it."""
    best = None
    for m in _PHONE.finditer(doc.text):
        if not re.search(r"\bfax\b[^.]{0,60}$", doc.text[max(0, m.start() - 70):m.start()], re.IGNORECASE):
            continue
        li = doc.line_at(m.start())
        score = _appeal_context_score(doc, m.start(), m.end())
        if re.match(r"\s*(?:to|from|attn|cc)\s*:", doc.lines[li], re.IGNORECASE):
            score -= 2
        if score > 0 and (best is None or score > best[0]):
            best = (score, "-".join(m.groups()), doc.snippet(m.start()), (m.start(), m.end()))
    return best[1:] if best else None


# a field in a two-column table: "Review type      Expedited" (sentences lose the wide gap, so lines are read)
_URGENT_CELL = re.compile(r"^\s*(?:request|review|case|appeal|decision|priority|determination)\s*(?:type|priority|"
                          r"category)?[ \t]{2,}(?:urgent|expedited)\b", re.IGNORECASE)


def find_urgent(doc: Doc):
    for line in doc.lines:
        if _URGENT_CELL.match(line):
            return True, squeeze(line)
    for s in deadlines.sentences(doc.text):
        if re.match(r"\s*(?:if|si)\b", s, re.IGNORECASE) or re.search(
                r"you (?:may|can|have the right to) (?:ask|request)|puede (?:pedir|solicitar)|tiene derecho a",
                s, re.IGNORECASE):
            continue
        for rx in _URGENT:
            m = rx.search(s)
            if m and not re.search(r"\b(?:not|non)[- ](?:urgent|expedited)|standard", m.group(0), re.IGNORECASE):
                return True, s[:240]
    return None


