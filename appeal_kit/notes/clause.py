"""Reading a clause by its structure rather than by listed phrases.

The ConText triggers (context.yaml) and the outcome cues (propose.py) are lists of whole phrases, and lists fit the
notes they were written from. This module asks two questions of any wording, from its grammar and a small lexicon:

- `mood`: is a treatment's mention a statement that it was taken? Not when its clause is a question (a form's
  "Prior TMS?" left blank or answered "No"), when a modal verb governs a trial verb before it ("we could perhaps
  try X", "X would be next"), when it follows a condition ("if ... , X"), when its clause talks about it without
  giving it ("X was discussed"), or when the patient never took it up ("never filled the prescription",
  "declined it").
- `polarity`: how did a trial go, when no listed cue says so? Outcome words are sorted into benefit, harm and
  stopping; a negator in front of a benefit word inside its clause turns it into no benefit ("little further
  change", "not a shred of improvement"), and a
  stop for a reason that is an event rather than a time ("stopped after she fainted") into side effects. A benefit
  short of a stated remission, hedged ("a bit better") or plain, is a partial response; one the record is unsure
  of ("possibly helped") stays unclassified.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------------------------------------ clauses

# (a table's cell ends its clause: "mirtazapine 30 mg | Aripiprazole e-prescribed: not filled" is two)
_CLAUSE_END = re.compile(r"[.;!?]|\s\|\s|\bbut\b|\bhowever\b|\bwhereas\b|\balthough\b", re.IGNORECASE)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: from the last clause break before it to the first one after it (a "?"
    belongs to its clause)."""
    a = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        if not _decimal_point(text, m):
            a = m.end()
    b = len(text)
    for m in _CLAUSE_END.finditer(text, end):
        if not _decimal_point(text, m):
            b = m.end() if m.group(0) == "?" else m.start()
            break
    return a, b


def _decimal_point(text: str, m: re.Match) -> bool:
    """"0.5 mg", "Dr. Ames": a full stop inside a number or after a title is no clause break."""
    if m.group(0) != ".":
        return False
    i = m.start()
    if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return True
    return bool(re.search(r"\b(?:Dr|Mr|Mrs|Ms|vs|approx|e\.g|i\.e|St|Pt|pt|wk|wks|mo|yr|yrs|no)$", text[:i]))


# ------------------------------------------------------------------------------------------------ mood

# verbs of taking a treatment up: what a modal, a negator or a refusal acts on
_TRIAL_VERB = (r"(?:try|trial|start|begin|add|use|give|offer|consider|switch|augment|proceed|pursue|attempt|initiate|"
               r"prescribe|recommend|suggest|benefit|be|go|move|look|revisit|explore|re-?try|re-?start|restart|"
               r"re-?challenge|rechallenge|fill|take|receive|do|get)")
_MODAL = re.compile(rf"\b(?:could|would|might|may|should|can|shall|will|'ll|ought to|going to|plan(?:s|ning)? to|"
                    rf"want(?:s)? to|hope(?:s)? to|intend(?:s)? to|to be)\s+(?:\w+ly\s+|then\s+|also\s+|next\s+|"
                    rf"still\s+|first\s+|now\s+){{0,2}}(?:not\s+)?{_TRIAL_VERB}\b", re.IGNORECASE)
# "lithium would be next", "X might be worth a try", "X may be an option": a modal after the mention
_MODAL_AFTER = re.compile(r"^[^,]{0,25}?\b(?:would|could|might|may|should|can|will)\s+(?:\w+ly\s+)?(?:be|help|"
                          r"work|benefit)\b", re.IGNORECASE)
# a medicine the clinician is adding at this visit, not yet taken: "so we are continuing it and adding bupropion"
_ADDING_NOW = re.compile(r"\b(?:we are|we're|I am|I'm|we will be)\s+(?:now\s+)?(?:(?:continuing|keeping)\b[^.;]{0,30}?"
                         r"\band\s+)?(?:adding|starting|beginning|trying)\s+(?:(?:a|an|the|low-dose)\s+)?$",
                         re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|should (?:she|he|they|the patient) (?:fail|not))\b", re.IGNORECASE)
# talked about but not given: "X was discussed", "X is being considered", "X remains an option"
_TALKED_ABOUT = re.compile(r"^[^,]{0,30}?\b(?:(?:was|were|is|are|has been|have been|being|be)\s+(?:\w+ly\s+)?"
                           r"(?:discussed|considered|proposed|suggested|mentioned|explored|an option|"
                           r"a possibility|on the table|deferred|postponed|pending)|remains? an option|"
                           # what a drug is for in general: "Esketamine is indicated for treatment-resistant depression"
                           r"(?:is|are)\s+(?:FDA[- ])?(?:indicated|approved|licensed|labell?ed)\s+(?:for|as|in)|"
                           # what is asked for: "TMS is the appropriate next step"
                           r"(?:is|are|would be|remains)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}next step)\b",
                           re.IGNORECASE)
# what a payer's policy or criteria cover or require, in general: "The plan's criteria ... cover esketamine for adults
# who have not responded to two antidepressants ... and an augmentation with lithium": no one's trial
_POLICY_SAYS = re.compile(r"\b(?:policy|policies|criteria|coverage guidelines?)\b(?:\s+[\w-]+){0,3}\s+"
                          r"(?:covers?|requires?|"
                          r"asks? for|calls? for)\b[^.;]*$", re.IGNORECASE)
# ... and before it, when the mention is what is talked about: "discussed ECT", not "talked about how X failed"
_TALKING_VERB = re.compile(r"\b(?:discuss(?:ed|ing)?|consider(?:ed|ing)?|talk(?:ed|ing)? about|"
                           # a clinician who only named it: "Dr. P mentioned lithium", "my therapist brought up TMS"
                           r"(?:Dr\.?\s*[A-Z][\w'.-]*|doctor|provider|psychiatrist|prescriber|therapist|NP|PCP|physician|oncologist|"
                           r"surgeon|team|service|clinic)\s+"
                           r"(?:(?:has|had|also)\s+){0,2}(?:mentioned|brought up)|"
                           r"explor(?:ed|ing)|review(?:ed|ing)? (?:the )?(?:option|possibility)|"
                           r"options? (?:of|include|including)|candidate for|eligib\w+ for|referr?(?:ed|al)? for|"

                           r"evaluation for|interested in|wary of|reluctant (?:to|about)|hesitant (?:to|about)|"
                           # a request for the treatment: "Please approve esketamine", "in support of a course of TMS"
                           r"(?:please|kindly) (?:approve|authori[sz]e|cover)|in support of|requesting|"
                           r"(?:approval|authori[sz]ation|coverage) (?:of|for)|"
                           # a wish not to have it: "She does not wish to have ECT"
                           r"(?:does|did|do) ?n[o']t (?:wish|want) to (?:have|try|take|start|receive|do))\b",
                           re.IGNORECASE)
# a referral with the one referred and when between it and what it is for (the words just before the mention)
_REFERRED_FOR = re.compile(r"\breferred\s+(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?[A-Z][\w'-]+(?:\s+on\s+[\d/.-]+)?\s+for\s+"
                           r"(?:(?:a|an|the|her|his|their|another)\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$")
# an action after the talk: "risks and benefits discussed and started bupropion" (it was taken)
_ACTED = re.compile(r"\b(?:and|then)\s+(?:we\s+|was\s+|were\s+)?(?:started|began|initiated|prescribed|added)\b",
                    re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:how|that|whether|why|which|when|what|where|who|after|before|since)\b", re.IGNORECASE)
# the patient never took it up: a negator before a verb of taking up, or a refusal
_NEGATOR = r"(?:never|not|no|n't|did ?n[o']t|has ?n[o']t|have ?n[o']t|had ?n[o']t|without)"
_NOT_TAKEN = re.compile(rf"\b{_NEGATOR}\s+(?:to\s+)?(?:\w+ly\s+|yet\s+|ever\s+|even\s+|actually\s+){{0,2}}"
                        rf"(?:fill(?:ed|ing|s)?|"
                        rf"pick(?:ed|ing)? (?:it |them )?up|prescribed|start(?:ed|ing|s)?|beg[au]n|begin(?:ning)?|"
                        rf"took|tak(?:en|e|"
                        rf"ing)|tri(?:ed|al(?:l?ed)?)|receiv(?:ed|ing)|initiat(?:ed|ing)|us(?:ed|ing)|attempted)\b|"
                        r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|turned down|opted (?:out|against)|"
                        r"unfilled|never dispensed|not dispensed|returned to stock|no retirad[oa]|"
                        # a pharmacy claim withdrawn or refused: "the only claim was reversed", "both claims were
                        # rejected for prior authorization"
                        r"claims?\s+(?:was|were)\s+(?:\w+\s+)?(?:reversed|rejected))\b", re.IGNORECASE)
# ... and told of "it" after the sentence's first clause: "...; no request followed, and it was never dispensed"
_IT_NEVER = re.compile(r"\b(?:it|they)\s+(?:was|were|has|have)\s+(?:never|not)\s+(?:been\s+)?(?:dispensed|filled|"
                       r"picked up|started|taken|given|begun|used|received)\b", re.IGNORECASE)
# a bottle a medication review found never opened: "Bupropion XL 150 mg  1 tab every morning  05/06/2026  Kessler
# never opened - afraid of seizures"
_NEVER_OPENED = re.compile(r"^(?:[^.;]|\b(?:Dr|Mr|Mrs|Ms)\.){0,90}?\b(?:(?:never|not)\s+(?:been\s+)?opened|unopened)\b",
                           re.IGNORECASE)
# a treatment approved or prescribed that the patient never went to or never filled, said after it
_NEVER_WENT = re.compile(r"^[^.;]{0,40}?\bbut\s+(?:[^.;]{0,70}?\band\s+)?(?:she|he|they|the patient|I)\s+"
                         r"(?:could ?n[o']t|did ?n[o']t|never|was "
                         r"unable to|were unable to)\s+(?:attend|go|get there|make it|start|begin)\b|"
                         # ... or never took up a prescription: "was prescribed by his PCP in 10/2026 and he never
                         # picked it up"
                         r"^[^.;]{0,30}?\bprescribed\b[^.;]{0,40}?\b(?:but|and)\s+(?:she|he|they|the patient|I)\s+"
                         r"(?:never|did ?n[o']t)\s+(?:pick(?:ed)?\s+(?:it|them)\s+up|fill(?:ed)?\s+(?:it|them)|"
                         r"start(?:ed)?\s+(?:it|them)|t(?:ook|ake)\s+(?:it|them))\b", re.IGNORECASE)
# ... told after a semicolon: "Physical therapy was ordered twice; she never went (no transport)"
_NEVER_WENT_AFTER = re.compile(r"^[^.;]{0,60};\s*(?:she|he|they|the patient)\s+(?:never|did ?n[o']t|could ?n[o']t)\s+"
                               r"(?:went|go|attend(?:ed)?|start(?:ed)?|beg[au]n|fill(?:ed)?|"
                               r"pick(?:ed)? (?:it|them) up)\b", re.IGNORECASE)
# ... or the course told of after a semicolon as not begun: "TMS approved for 36 sessions; treatment not yet started"
_NOT_BEGUN_AFTER = re.compile(r"^[^.;]{0,100};\s*(?:the\s+)?(?:treatment|course|series|therapy|it)\s+(?:has\s+|had\s+|"
                              r"was\s+|is\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:started|begun|began)\b", re.IGNORECASE)
# a label answered "never" and nothing more: "ECT: never; he declines ECT", "Lithium - never tried" (not "Zoloft: never
# had side effects on it")
_LABEL_NEVER = re.compile(r"\s*[:–-]\s*(?:never(?:\s+(?:tried|taken|used|done|had it))?|not tried|none)"
                          r"\s*(?=[;,.)|]|$)", re.IGNORECASE)
# a status cell or a status after a dash that says the order never went through: "Aripiprazole 2 mg   Cancelled -
# patient chose to wait" (a prescriptions list), "Bupropion | - | - | Not prescribed" (a worksheet), "aripiprazole 2 mg
# tablet - cancelled at the patient's request"; (a session or visit cancelled is not the course: "CBT session 5 -
# cancelled")
_STATUS_NOT_HAD = re.compile(r"^(?:(?!\b(?:session|visit|appointment|appt|class|group)s?\b)[^\n|.;:]){0,40}?"
                             r"(?:\s{2,}|\s*\|\s*|\s[-–]\s+)(?:[-–]?\s*\|\s*){0,4}"
                             r"(?:cancel+ed|not prescribed|never prescribed)\b"
                             r"(?!\s+(?:\w+\s+)?(?:sessions?|visits?|appointments?|appts?|follow-?ups?)\b)",
                             re.IGNORECASE)
_NUNCA = re.compile(r"\b(?:nunca|no)\s+(?:se\s+)?(?:la|lo|las|los)\s+(?:surti[oó]|tom[oó]|empez[oó]|inici[oó]|"
                    r"compr[oó]|"
                    r"lleg[oó] a tomar)\b|"
                    # the pronoun joined to the verb: "no llegó a tomarlo", "nunca empezó a tomarla"
                    r"\b(?:nunca|no)\s+(?:lleg[oó]|empez[oó]|comenz[oó])\s+a\s+(?:tomar|usar|iniciar)(?:l[oa]s?)?\b",
                    re.IGNORECASE)
# "did not take it consistently": adherence, not a refusal
_ADHERENCE = re.compile(r"\s*(?:consistently|regularly|reliably|as prescribed|as directed|daily|every|properly|"
                        r"correctly|long|for long|for more|more than|beyond|past)\b", re.IGNORECASE)
# a form's blank answer and its "no": "Prior ECT?  No - patient declined", "Prior TMS? ____"
_NO_ANSWER = re.compile(r"^\s*(?:[_.\-\s]*$|(?:no|none|never|n|n/a|na|not applicable|negative)\b)", re.IGNORECASE)
# yes, a tick, or an answer that tells the course ("Prior ECT?    Completed 12 sessions in 2024", "...   2023, 30
# sessions")
_YES_ANSWER = re.compile(r"^\s*(?:yes|y|[☒☑✓✔x]|\[[xX✓]\]|completed|received|underwent|(?:19|20)\d\d)(?:\W|$)",
                         re.IGNORECASE)


def _listed_to(text: str, end: int) -> int:
    """Where the list of treatments that the mention ending at `end` opens ends: "ECT / TMS / esketamine: none" is
    one label of three names, answered once."""
    from appeal_kit.notes import lexicon

    at = end
    for f in lexicon.find_treatments(text[end:end + 120]):
        if not re.fullmatch(r"\s*(?:/|,|&|\bor\b|\band\b)\s*", text[at:end + f.start], re.IGNORECASE):
            break
        at = end + f.end
    return at


# a drug named as what a urine drug screen found: "urine drug screens negative except buprenorphine", "UDS positive for
# fentanyl", "tox screen showed cannabis"
_SCREENED = re.compile(r"\b(?:drug|tox(?:icology)?|urine)\s+screens?\b[^.;]{0,30}?\b(?:except|for|showed|shows|"
                       r"positive|negative)\s+(?:(?:for|only|a|the)\s+)?$|\bUDS\b[^.;]{0,30}?\b(?:except|for|showed|"
                       r"positive|negative)\s+(?:(?:for|only)\s+)?$", re.IGNORECASE)


def mood(text: str, start: int, end: int) -> str | None:
    """"hypothetical" or "negated" when the mention text[start:end] is, by its clause's structure, not a statement
    that the treatment was taken; None when nothing in the structure says so."""
    a, b = clause_around(text, start, end)
    clause_before = text[a:start]
    clause_after = text[end:b]
    answer = text[b:]
    # a question: a form's label, or a clinician wondering ("?" with a date or a word in lower case after it is a
    # scan's stray mark or a doubt inside a sentence, and says nothing about the mood)
    # (a list item's doubt is no question: "Zoloft 100mg - since Sept - maybe a little better??")
    doubt = bool(re.search(r"\?\?\s*$", text[a:b])) or bool(re.search(r"\s[-–]\s", clause_after))
    # (an answer in lower case that says no is one: "Therapy / counseling? never")
    said_no = bool(answer.strip()) and bool(_NO_ANSWER.match(answer))
    ticked = re.match(r"[^☒?.;]{0,30}☒\s*(?P<word>\w+)", answer)
    if text[a:b].rstrip().endswith("?") and ticked and not doubt:
        # the ticked option answers a form's question, whatever the others ("tried? [ ] Yes [X] No", "(-) Yes (x) No")
        return "negated" if re.match(r"(?:no|none|never|n)$", ticked.group("word"), re.IGNORECASE) else None
    if text[a:b].rstrip().endswith("?") and (said_no or not re.match(r"\s*[a-z0-9(]", answer)) and not doubt:
        if _YES_ANSWER.match(answer):
            return None
        return "negated" if _NO_ANSWER.match(answer) and answer.strip() else "hypothetical"
    if _MODAL.search(clause_before) or _MODAL_AFTER.match(clause_after) or _ADDING_NOW.search(clause_before):
        return "hypothetical"
    if _SCREENED.search(text[max(0, start - 80):start]):
        return "negated"  # a drug a urine drug screen found is a lab's result, no trial
    cond = list(_CONDITION.finditer(text, 0, start))
    if cond and "," in text[cond[-1].end():start] and not re.search(r"[.;]", text[cond[-1].end():start]):
        return "hypothetical"  # "if the labs are normal, aripiprazole": the consequence of a condition
    if _TALKED_ABOUT.match(clause_after) or _POLICY_SAYS.search(text[:start]):
        return "hypothetical"
    if _REFERRED_FOR.search(clause_before[-100:]):
        return "hypothetical"  # "referred Mrs. X on 02/24/2026 for a second course of ECT": what she was sent for
    talk = list(_TALKING_VERB.finditer(clause_before[-50:]))
    after_talk = clause_before[-50:][talk[-1].end():] if talk else ""
    if talk and not _SUBORDINATE.search(after_talk) and not _ACTED.search(after_talk):
        return "hypothetical"
    own_after = re.split(r"\band\b|,", clause_after, maxsplit=1)[0]  # "X helped and she never tried Y": Y's
    if (_NOT_TAKEN.search(clause_before[-60:]) and not re.search(_ADHERENCE.pattern, own_after[:40], re.IGNORECASE)) \
            or _NOT_TAKEN.search(own_after[:70]):
        return "negated"  # (not "did not take her sertraline regularly": adherence)
    rest = re.split(r"[.;]", text[end:], maxsplit=1)[0]  # "X was prescribed, but she never started it"
    sentence_rest = re.split(r"\.(?:\s|$)", text[end:], maxsplit=1)[0]  # (past a ";": "X was ordered; she never went")
    if _NEVER_WENT.search(rest) or _NUNCA.search(rest) or _NEVER_WENT_AFTER.search(sentence_rest) or \
            _NOT_BEGUN_AFTER.search(sentence_rest) or \
            _IT_NEVER.search(sentence_rest) or _NEVER_OPENED.match(sentence_rest) or \
            _LABEL_NEVER.match(text[_listed_to(text, end):]) or _STATUS_NOT_HAD.match(text[end:]):
        return "negated"  # "Your plan approved TMS, but she could not attend", "se le recetó X, pero nunca la surtió"
    # (past a semicolon too, when "it" is what was never taken: "X was prescribed in September; she declined the
    # shipment after reading about weight gain and never took it")
    for m in _NOT_TAKEN.finditer(sentence_rest):
        obj = re.match(r"\s+(?:to\s+)?(?:\w+\s+)?(?:(?:any|all|one|a single one|a dose)\s+of\s+)?"
                       r"(?:it|them|this|the (?:prescription|script|medication|medicine|drug|"
                       r"pills?|course|series|sessions|treatments?|shipment|delivery|refill|order|samples?))\b",
                       sentence_rest[m.end():], re.IGNORECASE)
        if m.start() > len(rest) and not (obj and re.match(r"\s+(?:\w+\s+)?(?:(?:any|all|one)\s+of\s+)?(?:it|them)\b|"
                                                            r"\s+the shipment",
                                                            sentence_rest[m.end():], re.IGNORECASE)):
            continue
        if obj and not _ADHERENCE.match(sentence_rest[m.end() + obj.end():]):
            return "negated"
    return None


# ------------------------------------------------------------------------------------------------ polarity

_BENEFIT = (r"improv\w*|better|help(?:ed|ing|s|ful)?|benefit\w*|respon(?:se|ses|ded|ding|der|ds)|relie[fv]\w*|"
            r"effective|effect|efficacy|worked(?! (?:on|with|through)\b)|"  # ("worked on behavioral activation")
            r"lift(?:ed|s)?|(?<=is )lifting|(?<=was )lifting|brighter|brightened|gains?|progress(?! notes?\b)|"
            r"difference|change|changed|budge[d]?|dent|"
            r"success\w*|"
            r"easier|easing|eased|calmer|uplift\w*|good|useful|worthwhile")
# words that only say "benefit" when denied: "no change", "didn't budge", "no difference"
_ONLY_DENIED = {"change", "changed", "difference", "budge", "budged", "dent", "good", "effect"}
_NEGATORS = re.compile(r"\b(?:no|not|n't|never|without|nothing|none|neither|nor|little|minimal|barely|hardly|"
                       r"scarcely|negligible|lack(?:ed|ing)?|failed to|unable to|nil|zero|any)\b|n't\b", re.IGNORECASE)
# hedges of certainty: "possibly helped", "may have helped a little": the record does not say it did
_UNSURE = re.compile(r"\b(?:possibly|maybe|perhaps|probably|unclear|uncertain|unsure|not sure|hard to (?:say|tell)|"
                     r"(?:may|might|could) have|questionabl[ey]|\?)\s*$", re.IGNORECASE)
# a benefit that went: the loss verb is enough ("faded through August"), as is the way back ("back where I started");
# "recurrent" names a kind of depression ("major depressive disorder, recurrent"), no outcome
_LOST = re.compile(r"\b(?:fad(?:ed|ing)|wan(?:ed|ing)|wore off|wearing off|slipp(?:ed|ing) away|evaporat\w+|vanish\w+|"
                   r"disappear\w*|erod\w+|dwindl\w+|petered out|back where|back to (?:square one|baseline|where)|"
                   r"(?:came|crept|creeping|coming) back|recurr(?:ed|ing|ence)|"
                   # (the illness back, not the patient: "he returned to work in April" is a gain)
                   r"return(?:ed|ing) (?:within|to (?:baseline|where|square one|(?:the )?(?:same|previous|prior|"
                   r"pre-?treatment) (?:level|state|severity))))\b",
                   re.IGNORECASE)
_FUNCTION_BACK = re.compile(r"\b(?:sleep|sleeping|appetite|energy|interest|concentration|libido|motivation|"
                            r"function\w*|weight|humou?r|smile|hope|drive|focus)\b[^.;,]{0,25}$",
                            re.IGNORECASE)
_WORSE = re.compile(r"\b(?:worse|worsen\w*|deteriorat\w*|declin(?:ed|ing)|spiral\w*)\b", re.IGNORECASE)
_STOP = re.compile(r"\b(?:stop(?:ped)?|discontinu\w+|d/c'?d?|ceased|came off|taken off|tapered(?: off)?|"
                   r"withdrawn|pulled|abandoned|switched)\b", re.IGNORECASE)
# a stop's reason that is an event in the patient: "after she fainted", "when he developed a rash"
_EVENT_REASON = re.compile(r"\b(?:after|when|because|as|once|following|due to|since)\s+(?:she|he|they|the patient|"
                           r"pt|patient|her|his|their|developing|an? (?:episode|bout|reaction)|it (?:caused|made|gave))"
                           r"\b(?P<rest>[^.;,]{0,60})", re.IGNORECASE)
# a stop's event that is no harm: a move, the cost, a pregnancy
_NOT_HARM = re.compile(r"\b(?:mov(?:ed|ing)|relocat\w+|insurance|coverage|cost|afford\w*|pric\w+|pregnan\w+|"
                       r"ran out|running out|shortage|pharmacy|prefer\w*|wanted|chose|decided|travel\w*|referr\w*|"
                       r"transferr\w*|"
                       r"retir\w*)\b",
                       re.IGNORECASE)
_WOULD_BE = re.compile(r"\b(?:would|could|might|should)\s+(?:\w+\s+)?(?:be|feel|get)\s*(?:\w+\s*)?$",
                       re.IGNORECASE)
_WINDOW = 4  # words a negator or hedge may stand before the outcome word it modifies


def _words_before(clause: str, at: int) -> str:
    """Up to _WINDOW words before position `at`, within the clause (a comma ends the scope)."""
    head = re.split(r"[,:(]|\bbut\b|\bthen\b|\band\b", clause[:at])[-1]
    return " ".join(head.split()[-_WINDOW:])


# a stop told as what followed the words before it: "..., so she stopped it", "'made my stomach run', stopped"
_SO_STOPPED = re.compile(r"[,'’\"]\s*(?:and\s+)?(?:so\s+(?:(?:she|he|they|I|we|the patient|her doctor|his doctor|"
                         r"Dr\.?\s+\w+(?:\s+\(fictional\))?)\s+)?)?$", re.IGNORECASE)
# a well state is no complaint: "'felt fine', stopped" tells a stop when well
_WELL_WORDS = re.compile(r"\b(?:well|fine|normal|myself|himself|herself|themselves|remission|remitted|recovered|good|"
                         r"great)\b", re.IGNORECASE)


def _complaint_before(before: str) -> bool:
    """Whether the words before a stop are a complaint it followed: the stop comes after a comma or a quote ("so she
    stopped it", "'made my stomach run', stopped"), and the words since the last colon name something that happened,
    neither a benefit nor its denial, nor a well state, nor a reason outside the drug (a move, the cost)."""
    so = _SO_STOPPED.search(before)
    if not so:
        return False
    reason = before[:so.start()].split(":")[-1]
    reason = re.sub(r"\b\d[\d/.-]*\b", " ", reason)
    return len(re.findall(r"[A-Za-z]{3,}", reason)) >= 2 and not (
        re.search(rf"\b(?:{_BENEFIT})\b", reason, re.IGNORECASE) or _NEGATORS.search(reason) or
        _NOT_HARM.search(reason) or _WELL_WORDS.search(reason) or _WORSE.search(reason) or
        re.search(r"\b(?:mg|mcg|sessions?|weeks?|months?|years?|daily|since|from|until|to)\b", reason, re.IGNORECASE))


def polarity(text: str, harm: re.Pattern) -> tuple[str, str | None]:
    """(outcome class, the clause that says it) from an outcome's structure: benefit or its denial, hedged or not,
    harm, stopping for an event, a benefit lost. ("unknown", None) when the words hold no outcome word at all.
    `harm` matches the words for side effects."""
    for clause in re.split(r"[;.]", text):
        said = clause.strip(" ,-:")
        if not said:
            continue
        stop = _STOP.search(said)
        if stop:
            reason = _EVENT_REASON.search(said, stop.end())
            if reason and not re.search(_BENEFIT, reason.group("rest"), re.IGNORECASE) and \
                    not _NOT_HARM.search(reason.group("rest")):
                return "side_effects", said  # "stopped on 02/09 after she fainted twice"
            if _complaint_before(said[:stop.start()]):
                return "side_effects", said  # "heart racing and shaky hands, so she stopped it"
        lost = _LOST.search(said)
        if lost and re.match(r"(?:came|crept|coming|return)", lost.group(0), re.IGNORECASE) and \
                _FUNCTION_BACK.search(said[:lost.start()]):
            lost = None  # what came back is a function the illness took: "her sleep and appetite returned", a gain
        if lost and re.search(r"\b(?:wish\w*|could|would|might|wants?|wanted)\s+(?:\w+\s+)?$", said[:lost.start()],
                              re.IGNORECASE):
            lost = None  # a wish, no loss: "passive SI (wishes she could disappear)"
        if lost and re.search(r"\b(?:fears?|feared|afraid|worr(?:y|ied|ies|ying)|scared|prevent\w*|avoid\w*)\b"
                              r"[^.;,]{0,25}$", said[:lost.start()], re.IGNORECASE):
            lost = None  # (s65) a fear of a return, no return: "we worked on the fear of it coming back"
        if lost and not re.search(r"\b(?:not|never|n't)\s*$", said[:lost.start()]):  # ("not back to baseline")
            return "relapse", said
        if _WORSE.search(said):
            return "no_response", said
        for m in re.finditer(rf"\b(?:{_BENEFIT})\b", said, re.IGNORECASE):
            before = _words_before(said, m.start())
            if _WOULD_BE.search(before):
                continue  # "it would be easier to fall asleep and not wake up": a wish, no benefit
            if m.group(0).lower() in _ONLY_DENIED and re.search(r"\bto$", before, re.IGNORECASE):
                continue  # "sees no reason to change it": a decision about the dose, no change denied
            if _NEGATORS.search(before):
                return "no_response", said
            if m.group(0).lower() in _ONLY_DENIED:
                continue
            if _UNSURE.search(before):
                return "unknown", said  # an outcome the record is unsure of: shown, but unclassified
            # a benefit, hedged ("a bit better") or plain ("felt brighter"), short of a stated remission
            return "partial_response", said
        if harm.search(said):
            return "side_effects", said
    return "unknown", None
