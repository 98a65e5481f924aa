"""Proposals read from a case's clinical notes: treatment history rows, rating scales, diagnoses and suicidality,
each with the file, page and words it came from.

Nothing here is written to case.yaml: appeal_kit/notes/accept.py does that, for the rows the person accepts.
Mentions that are negated, planned, discussed or about someone else are dropped by the ConText rules
(context.py); a treatment's name and class come from treatments.yaml.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from appeal_kit.i18n import _
from appeal_kit.notes import clause, lexicon, medlist
from appeal_kit.notes.context import Mention, assert_mentions, opening_trigger
from appeal_kit.notes.dates import (
    DOSE_CHANGE,
    When,
    day_before,
    find_dates,
    find_when,
    note_day,
    numeric_order,
    said_before,
    shift,
    start_and_end,
    written_on,
)
from appeal_kit.notes.documents import (
    FILL_HEAD,
    Document,
    Unit,
    carry_day_first,
    form_boxes,
    hospital_stay,
    read_document,
    split_cells,
    units,
)
from appeal_kit.notes.scales import ScaleHit, find_scales, scale_name, score_outcome, table_score

log = logging.getLogger(__name__)

TABLE_WEIGHT = 3  # a row of a trials table says more than a sentence that names the same drug
OUTCOME_CLASSES = ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown")
SUICIDALITY_LEVELS = ("none", "passive", "active", "attempt")


@dataclass
class Source:
    file: str
    page: int
    text: str

    def to_json(self) -> dict:
        return {"file": self.file, "page": self.page, "text": self.text}


def _source(unit: Unit, text: str | None = None) -> Source:
    words = re.sub(r"\s+", " ", text or unit.text).strip()
    return Source(unit.file, unit.page, words[:300])


@dataclass
class HistoryRow:
    name: str
    drug_class: str | None
    kind: str
    dose: str | None
    start: str | None
    end: str | None
    outcome: str | None
    outcome_class: str
    source: Source
    sessions: int | None = None
    weight: int = 0  # how much the row says: the fullest mention of a treatment is the one proposed
    when: date | None = None  # the date of the note the mention is in
    shared: bool = False  # the sentence names other trials too ("lithium with escitalopram, 06/2024 to 12/2024")
    also: list[Source] = field(default_factory=list)  # the other pages that name the same trial
    filled: bool = False  # read from a pharmacy's fill history, which tells what was dispensed, not what was taken
    stop_reason: bool = False  # the outcome is the reason told just before the sentence that stopped the trial
    tabled: bool = False  # a record's row: a trials table, a visit or session log, a fill history
    scored: bool = False  # the outcome is what a visit log's scores did, no words judged the trial
    begun_before: bool = False  # a visit log's first visit lists it: its start is only when the log first saw it
    # its dates, when they are only when something was seen of it ("by April 2023 little change"): while the row still
    # gives these dates, another mention's give way to none of them
    seen: tuple[str | None, str | None] | None = None
    listed: bool = False  # a trials table's row: the table lists one trial a row
    administered: bool = False  # a medication administration record's line: one order's dose, from the order's day
    final: bool = False  # a course's last session, told in an entry of that day

    def to_json(self) -> dict:
        return {"name": self.name, "class": self.drug_class, "kind": self.kind, "dose": self.dose,
                "start": self.start, "end": self.end, "outcome": self.outcome, "outcome_class": self.outcome_class,
                "source": self.source.to_json(), "also": [s.to_json() for s in self.also]}


@dataclass
class Proposals:
    history: list[HistoryRow] = field(default_factory=list)
    scales: list[dict] = field(default_factory=list)
    diagnoses: list[dict] = field(default_factory=list)
    suicidality: dict = field(default_factory=lambda: {"level": None, "source": None})
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"history": [r.to_json() for r in self.history], "scales": self.scales,
                "diagnoses": self.diagnoses, "suicidality": self.suicidality}


# ---------------------------------------------------------------------------------------------- outcomes

_SIDE_EFFECT = (r"side[- ]effects?|adverse (?:effects?|events?|reactions?)|intoleran\w*|nausea|vomiting|akathisia|"
                r"restless\w*|weight gain|gained \d+|put on \d+ ?(?:pounds|lbs?|kilos?|kg)\b|"
                # akathisia in the patient's words: "I had to keep moving", "couldn't sit through a movie"
                r"(?:had|have|needed|need) to keep (?:moving|pacing)|(?:could ?n[o']t|can(?:no|')t|unable to) sit "
                r"(?:still|through)|"
                r"gained (?:about |around |nearly |over |almost )?(?:[a-z]+[- ])?[a-z]+ (?:pounds|lbs?|kilos?|kg)\b|"
                r"sedation|sedated|over-?sedat(?:ed|ion)|sobresedaci[oó]n|sobresedad[ao]|somnolen\w+|drowsiness|"
                r"fatigue|sexual (?:side "
                r"effects|dysfunction)|anorgasmia|erectile dysfunction|insomnia|"
                # a sexual harm told in words: "erectile and libido problems", "unable to reach orgasm", "low libido"
                r"(?:erectile|libido|sexual|orgasm\w*)(?: (?:and|or|&) (?:erectile|libido|sexual|orgasm\w*))? "
                r"(?:problems?|difficult(?:y|ies)|trouble)|(?:unable to|could ?n[o']t|can(?:no|')t) (?:reach|achieve) "
                r"(?:an )?orgasm|(?:low|loss of|lost|decreased|reduced) (?:her |his |their )?libido|"
                r"headaches?|dizziness|tremors?|"
                r"hypertension|HTN|blood pressure|"
                r"BP (?:(?:of|readings?|reached|rose to|up to|was|were|at)\s+){0,3}\d{3}/\d{2,3}|"
                r"hypertensive (?:crisis|reaction|episode|spikes?|urgency)|(?:blood pressure|BP) spikes?|"
                r"sweat(?:ing|s|y|ed)?|(?:hands?|legs?) (?:shook|shaking|trembl\w+)|"
                r"GI upset|(?:gastro\w*|GI) (?:side effects|intolerance)|"
                r"diarrh\w*|constipation|dry mouth|rash|hyponatremia|QTc|(?:long|prolonged) QT|palpitations|agitation|"
                # (s80: a fast heart, which the FDA labels of the SNRIs and tricyclics list: "HR 118; stopped for
                # tachycardia", "a racing heart and no sleep")
                r"tachycardi\w*|(?:racing|pounding) (?:heart|pulse)|heart (?:was )?(?:racing|pounding)|"
                # (s80: a bleed from the gut, which the NSAIDs' FDA labels warn of: "epigastric pain and black stools")
                r"black(?:,? tarry)? stools?|tarry stools?|melena|(?:GI|gastrointestinal|stomach) (?:bleed\w*|ulcers?)|"
                r"epigastric pain|"
                r"threw up|throwing up|vomited|hung ?over|hangover|knocked (?:me|her|him|them) out|"
                r"(?<!behavioral )(?<!behavioural )activation|"  # behavioral activation is a therapy
                r"(?:emotional )?blunting|(?<=felt )blunted|(?<=feel )blunted|(?<=feeling )blunted|"
                r"[\"“](?=blunted)blunted|"
                r"apathy|sodium (?:of|at|down to|fell to|dropped to) 1[0-3]\d|low sodium|hair loss|serotonin syndrome|"
                # (ECT's own seizure is the treatment: "seizure adequacy confirmed on EEG", "adequate seizures")
                r"(?<!adequate )(?<!therapeutic )seizures?(?! (?:adequacy|duration|length|threshold|quality|"
                r"monitoring))|memory (?:problems|loss|"
                r"impairment|difficulties|complaints)|confusion|cognitive (?:side effects|impairment|complaints)|"
                r"hypomania|mania|manic|jitter\w*|increased anxiety|worsening anxiety|worse anxiety|"
                r"(?:anxiety|insomnia|agitation|irritability) (?:worsened|increased|got worse|"
                r"[\"“]?(?:went|go|goes|going) through the roof)|EPS|tardive|metabolic|"
                r"prolactin|toxicity|polyuria|renal|kidney|hypothyroid\w*|dystonia|parkinsonism|emotional numbing|"
                r"numbness|vivid dreams|nightmares|"
                # (appetite a drug helped, with sleep, is a benefit: "helps sleep and appetite")
                r"(?<!helps )(?<!helped )(?<!improved )(?<!better )(?<!sleep and )(?<!sleep & )appetite"
                r"(?!\s+(?:(?:is|was|has|had|'s)\s+)?(?:back|restored|returned|improved|better|normal|came back|"
                r"come back))|"
                r"dissociation|nosebleeds?|irritab\w*|(?-i:falls)|orthostasis|"  # (a town's "Sable Falls" is none)
                r"(?:ankle |leg |peripheral |pedal )?(?:swelling|o?edema)|blurr(?:ed|y) vision|urinary retention|"
                r"orthostatic\w*|dizzy|light-?headed(?:ness)?|felt faint|faintness|gained \d+|"
                # (s80: a weight said to hold is no harm: "weight stable", "weight has stayed the same")
                r"weight(?![- ]neutral)(?!\s+loss\s+goal)(?!,?\s+(?:(?:is|has been|has stayed|remains|remained|"
                r"stayed|was|unchanged and)\s+)?(?:stable|steady|unchanged|the same|normal|neutral)\b)|wt\.? gain|"
                r"scalp discomfort|(?-i:SEs?|AEs?)|s/e|"
                r"anxious|jittery|agitated|"
                # a harm told as what the patient did or could not do: "pacing at night and not sleeping", "can't
                # sleep, feels 'wired', clenching his jaw"
                r"(?<!still )(?:can ?n[o']t|could ?n[o']t|cannot|unable to) sleep|(?<!still )not sleeping|"
                r"(?<![\w-])wired|clench\w* (?:his |her |my |their )?(?:jaw|teeth)|jaw clenching|bruxism|"
                # a harm told by what it did to the body: "clenching so hard at night that he cracked a molar",
                # "easy bruising and a nosebleed", and the restlessness of akathisia, "like crawling out of my skin"
                r"clench(?:ing|ed)|(?:cracked|chipped|broke) (?:a |his |her |my |their |two |\w+ )?(?:molars?|tooth|"
                r"teeth)|(?:easy )?bruis(?:ing|es)|bleeding(?! (?:risk|precautions))|(?<![\w-])bled|"
                r"crawl(?:ing)? out of (?:my|her|his|their) skin|"
                r"pacing (?:at night|all night|the (?:halls?|hallways?|floors?|rooms?))|"  # (not a pain skill's pacing)
                r"nause(?:ated|ous)|drowsy|sleepy|groggy|foggy|zombie|emotionally flat|numb|hives|itching|"
                # (a flatness the drug left, not the illness's: "felt numb / flat", "'felt flat' and stopped it")
                r"(?<=felt )flat|(?<=feel )flat|(?<=feeling )flat|(?<=feels )flat|"
                r"(?:could ?n[o']t|can ?n[o']t|unable to) sit still|"
                # restlessness told as a chair or a room the patient could not stay in ("I couldn't stay in my
                # chair, I was pacing the kitchen"), and an organ's harm told as its function falling
                r"(?:could ?n[o']t|can ?n[o']t|unable to) (?:stay|sit|keep) (?:still )?in (?:my|her|his|their|the|a) "
                r"(?:chair|seat)|pacing the (?:kitchen|house|room|floor)|"
                r"(?:kidney|renal|thyroid|liver) function (?:dropped|fell|declined|worsened|went down)|"
                # a blood test the drug put out of range: "liver enzymes elevated", "raised LFTs", "ALT up"
                r"(?:liver enzymes|LFTs|transaminases|ALT|AST) (?:(?:were|was|are|is) )?(?:elevated|raised|high|up|"
                r"rose|rising|doubled|tripled)|(?:elevated|raised|high|abnormal) (?:liver enzymes|LFTs|transaminases)|"
                # (s81) "ALT three times normal", "elevación de (las) transaminasas", "transaminasas elevadas"
                r"(?:liver enzymes|LFTs|ALT|AST) (?:\w+ )?times (?:the )?(?:upper limit of )?normal|"
                r"elevaci[oó]n de (?:las )?(?:transaminasas|enzimas hep[aá]ticas)|"
                r"(?:transaminasas|enzimas hep[aá]ticas) (?:elevadas|altas)|"
                r"sodium (?:(?:was|is|went|ran) )?low|"
                r"(?:night )?sweats|"
                # (s65) a blunting, a fog in the head and a day slept away told in the patient's words: "it numbed me
                # out", "head fog, can't finish a thought", "I slept all day and my mouth was like sand"
                r"numbed (?:me|her|him|them) out|numbed everything|"
                # (s82) ... and in Spanish: "me dejaba sin sentir nada, ni lo bueno ni lo malo", "embotamiento
                # afectivo"
                r"(?:me|la|lo|le) dejaba sin sentir nada|(?:embotamiento|aplanamiento|anestesia) "
                r"(?:afectiv[oa]|emocional)|"
                # (a weight gained told by its sign beside the stop, as a list writes it: "+30 lb, stopped"; OCR
                # reads "lb" as "Ib"; not "appetite back, +2 kg", the illness lifting)
                r"\+\s?\d{1,3}\s?(?:lbs?|Ibs?|pounds|kg)(?=[^.;]{0,30}\b(?:stopped|quit|d/c|discontinued)\b)|"
                r"(?:head|brain|mental) fog|sle(?:pt|eping|eps) all day|"
                # (s68) a sleep too long to work: "slept 14 hours, couldn't wake for work"
                r"sle(?:pt|eping|eps) (?:1[2-9]|2\d) hours|(?:could ?n[o'’]t|can ?n[o'’]t|unable to) wake up|"
                r"(?:could ?n[o'’]t|can ?n[o'’]t|unable to) wake (?:for|in time)|"
                r"mouth (?:was|felt|is) (?:like (?:sand|cotton|sandpaper|a desert)|so dry)|"
                r"too (?:sedating|activating|stimulating)|"
                r"sick to (?:my|her|his|their) stomach|made (?:me|her|him|them) sick|stomach upset|upset stomach|"
                r"grogginess|scalp pain|pain at the (?:stimulation )?site|"
                r"withdrawal (?:symptoms|sx|effects)|discontinuation (?:syndrome|symptoms)|brain zaps|"
                # in Spanish
                r"acatisia|n[aá]useas?|efectos? (?:secundarios|adversos)|aumento de peso|sedaci[oó]n|somnolencia|"
                r"mareos?|temblor(?:es)?|insomnio|diarreas?|engord(?:[oó]|[eé]|aba)|"
                r"(?:sub|gan)(?:i[oó]|[ií]) (?:de )?peso|"
                r"disfunci[oó]n sexual|cefalea|estreñimiento|boca seca|hipertensi[oó]n|"
                r"presi[oó]n (?:arterial )?alta|taquicardia|palpitaciones|sudoraci[oó]n|hiponatremia|inquietud")
# a symptom of another condition that the drug made worse: "it made the ringing louder", "her hot flashes got worse",
# "his tremor got worse" (a harm, not the illness failing to lift)
_SIDE_EFFECT += (r"|(?:made|makes) (?:the |her |his |my |their )?(?:ringing|tinnitus|hot flash(?:es)?|flushing|tremor|"
                 r"migraines?|restless legs) (?:worse|louder|stronger)|"
                 r"(?:ringing|tinnitus|hot flash(?:es)?|flushing|migraines?|restless legs) (?:got|became|were|was) "
                 r"(?:much |a lot )?(?:worse|louder|stronger)")
_SE = rf"(?<![\w-])(?:{_SIDE_EFFECT})(?!\w)"  # a whole word: "SEs" is no part of "sertraline"
# a side effect that passed ("nausea the first 2 weeks, then settled") is no outcome of the trial
# (nor is one that got better: "sleep and appetite improved from the 5th treatment" tells of the illness lifting)
# (nor one confined to the start: "mild scalp discomfort in week 1 only", "headache the first few days")
# (nor a test of an organ a harm may touch: "baseline renal and thyroid tests were normal")
# (nor what is still there or persists: "appetite and weight are still down", "still flat": the illness, not a harm;
# but side effects that persisted are a harm)
_SE_LASTING = rf"(?<!still )(?<!remains )(?<!remained ){_SE}(?!\s+(?:and\s+[\w-]+\s+)?(?:tests?|function|panel|" \
              rf"labs?|levels?|screen(?:ing)?|studies|workup)\b)" \
              rf"(?!(?<!effects)(?<!effect)(?<!events)(?<!reactions)" \
              rf"(?:\s+and\s+[\w-]+)?\s+(?:(?:are|is|were|was|has|have)\s+)?(?:still|persist\w*|remain\w*)\b)" \
              rf"(?!\s+(?:(?:fell|dropped|decreased|went down|down|reduced|improved)\s+)?from\s+" \
              rf"[^.;,]{{1,25}}?\s+" \
              rf"to\s)(?![^.;]{{0,30}}?\b(?:settled|resolved|subsided|went away|wore off|passed|abated|eased|" \
              rf"improved|normali[sz]ed|less (?:frequent|often|severe|intense)|lessened|week \d+ only|" \
              rf"(?<!not )(?<!poorly )(?<!badly )tolerated|" \
              rf"(?:were|was|are|is|remained|came back|returned) (?:all )?(?:normal|unremarkable|" \
              rf"within normal limits)|" \
              rf"only (?:at first|initially|early on|briefly)|" \
              rf"(?:first|initial|1st) (?:few |couple of |\d+ |two |three )?(?:days?|weeks?|sessions?|treatments?)" \
              rf")\b)"
# a percentage, in figures or words: "70%", "forty percent", "sixty-five percent"
_PCT = r"(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|" \
       r"seven|eight|nine))?) ?(?:%|percent|per cent)"
_CUES = [
    # a stop for a reason outside the drug's effect ("stopped when she became pregnant", "stopped only because her
    # insurance stopped covering it"): read first so that it decides nothing; what the trial did before it decides
    ("stop_other", r"(?:stopped|discontinued|d/c'?d|came off|tapered off|quit)\b[^.;]{0,30}?\b(?:when|because|as|"
                   r"after|due to|d/t|b/c|for)\b[^.;]{0,40}?\b(?:pregnan\w*|conceiv\w*|breast-?feeding|insurance|"
                   r"cover\w*|formulary|cost|afford\w*|price|moved|relocat\w*)\b[^.;]{0,30}"
                   r"|(?:lost|losing|loss of) (?:her |his |their )?(?:insurance|coverage)"
                   # ... and in Spanish: "se suspendió por embarazo"
                   r"|suspendi\w*[^.;]{0,20}?\bpor\s+(?:el\s+|la\s+)?(?:embarazo|lactancia|costo|seguro|cobertura)"),
    # a stop whose reason is that it did not work ("dizziness at 600, stopped - no benefit at any dose"): that reason
    # decides over a side effect the same words name before it
    ("stop_no_response", r"(?:stopped|discontinued|d/c'?d?|tapered off|ceased)\s*(?:[-–—:]\s*|(?:because|as|since)"
                         r"(?: it)?\s+|(?:due to|for|b/c|d/t)\s+)(?:(?:no|lack of|little|minimal|insufficient)\s+"
                         r"(?:\w+\s+)?(?:benefit|response|effect|improvement|efficacy|help|relief)|(?:it\s+)?"
                         r"(?:did|was|does) ?n[o']t (?:help|work|respond|effective|helpful))"),
    ("side_stop", rf"(?:stopped|discontinued|d/c'?d?|switched|tapered(?: off)?|came off|ceased|halted|was stopped|"
                  rf"were stopped|stopping|discontinuation|stop|(?:se|lo|la|los|las) suspendi[oó]|suspendid[oa]|"
                  rf"retirad[oa]|"
                  rf"dej[oó] de tomar(?:lo|la|los|las)?)\b"
                  rf"[^.;]{{0,50}}?(?:\b(?:for|due to|d/t|because(?: of)?|secondary to|owing to|given|after|from|b/c|"
                  rf"when|"
                  # (a colon gives the reason too: "stopped: 'it made the ringing louder'")
                  rf"bc|por)(?!\w)[^.;]{{0,30}}?|\(\s*|:\s*[^.;:]{{0,10}}?|\s[-–—]\s*[\"“]?)"
                  # anxiety a drug was stopped for is one it caused ("stopped 2021 (anxiety)"), not the illness
                  rf"(?:{_SE}|(?<![\w-])(?:anxiety|panic(?: attacks)?|ansiedad)(?!\w)"
                  rf"(?![^.;]{{0,30}}?\b(?:not improv\w*|"
                  rf"unchanged|persist\w*|no (?:better|improvement|change)|did ?n[o']t improve)))"
                  rf"|{_SE}[^.;]{{0,30}}?\b(?:led(?: (?:her|him|them|you|me))? to|leading to|forced|required|"
                  rf"prompted)\b"
                  rf"[^.;]{{0,20}}?"
                  rf"(?:stop|discontinu|taper|switch)\w*"
                  rf"|intoleran\w*|not (?:well )?tolerated|(?:could|did) ?n[o']t tolerate|unable to tolerate|"
                  rf"poorly tolerated|intolerable|limited by (?:side effects|{_SE})|"
                  # "worsened anxiety": a harm the drug did, not a depression that failed to lift
                  rf"(?:worsened|worsening|increased) (?:her |his |their )?(?:anxiety|insomnia|agitation|"
                  rf"irritability|restlessness|sleep)"),
    ("side_stop", rf"(?:{_SE_LASTING}|(?<![\w-])panic(?: attacks)?(?!\w))[^.;]{{0,45}}?(?:[,;:-]\s*"
                  rf"(?:and\s+|so\s+|then\s+)?|\s+(?:and|so|then|y)\s+)"
                  rf"(?:(?:he|she|they|I|we|it|pt|the patient|patient)\s+)?"
                  rf"(?:was\s+|were\s+|(?:are|is|am)\s+(?:now\s+)?"
                  rf"(?=stopping|discontinuing))?(?:stopped|stopping|discontinuing|"
                  rf"discontinued|d/c'?d?|tapered off|switched|(?:se|lo|la|los|las) suspendi[oó]|suspendid[oa])(?!\w)"),
    # a drug stopped because the patient was well: "it worked, stopped after about a year when well"
    ("stopped_well", r"(?:stopped|tapered(?: off)?|came off|discontinued|quit|weaned)\b[^.;]{0,40}?\b(?:when|once|"
                     r"because|as)\s+(?:(?:she|he|they|I)\s+(?:was|were|felt|had been|stayed)\s+)?(?:well|in remission|"
                     r"remitted|doing (?:well|good|great|fine))\b|"
                     # (s71) also with whom, and in the course of feeling: "stopped it with her doctor when she
                     # felt better", "came off it together with her GP once she was feeling better"
                     r"(?:stopped|tapered(?: off)?|came off|quit)\s+(?:it\s+)?(?:[^.;,]{0,30}?\s)?(?:when|once)\s+"
                     r"(?:she|he|they|I)\s+(?:felt|was feeling|were feeling)\s+(?:better|good)\b|"
                     r"(?:(?<=[;,] )off|stopped|came off|quit)\s+(?:it\s+)?(?:after\s+[^.;,]{1,25}?)?,?\s+"
                     r"(?:(?:when|once|as)\s+)?"
                     r"(?:(?:she|he|they|I)\s+(?:was|were|felt)\s+)?well\b(?!\s*(?:tolerated|enough))|"
                     # a drug that worked, then came off with no harm or failure told: "'it worked, I came off it
                     # after graduation'"
                     r"(?<!n't )(?<!not )(?<!never )\bit worked,?\s+(?:and\s+|so\s+)?(?:I|she|he|they)\s+"
                     r"(?:came off|stopped|quit|tapered off)\b|"
                     r"(?:la|lo)\s+(?:dej[oó]|retir[oó]|suspendi[oó])\s+(?:[^.;]{0,25}?\s)?(?:cuando|al)\s+(?:se\s+)?(?:sinti[oó]|sentirse|"
                     r"encontr[oó]|encontrarse|estuvo|estar)\s+(?:bien|recuperad[oa]|mejor)"),
    ("remission", r"without (?:a |any )?relapse|no (?:further |subsequent )?relapse|did ?n[o']t relapse|"
                  r"never relapsed|no recurrence"),
    # side effects denied or a drug tolerated: read, so that "side effects" inside them is no outcome
    ("tolerated", r"(?:denies|denied|denying|no|without|free of|minimal|few) (?:any |significant )?(?:side[- ]effects?|"
                  r"adverse (?:effects?|events?)|SEs?)|"
                  # (s79) "sin efectos secundarios", "niega efectos adversos", "sin ningún efecto secundario"
                  r"(?:sin|niega|no refiere|no presenta) (?:ning[uú]n |ningunos? |otros? )?"
                  r"efectos? (?:secundari|advers)[oa]s?|(?:well|was|were) tolerated|tolerated (?:it )?well|"
                  # a harm borne: "side effects tolerated", "persists and is tolerated", "annoying but livable"
                  r"(?:side[- ]effects?|SEs?) (?:are |were |is |was )?tolerated|(?:is|are) tolerated|"
                  r"(?:annoying|bothersome|unpleasant|a nuisance) but (?:livable|bearable|tolerable|manageable)|"
                  r"tolerating (?:it )?well"),
    ("tolerated", rf"(?:no|denies|denied|denying|without|free of|sin|niega) (?:(?:any|further|more|ning[uú]n[ao]?) )?"
                  rf"(?:{_SE})"),
    # a response that was there and went: "helped initially then lost effect", "stopped working", "the early gains
    # faded", "response not sustained", "no longer effective", "symptoms crept back": loss of response, not a failure
    # (not a skill's or a plan's name: "relapse prevention", "a relapse prevention plan")
    ("relapse", r"relaps\w*\b(?!\s+(?:prevention|plan|signature|warning|signs|drills?)\b)|"
                r"(?:lost|losing) (?:its |the |her |his |their )?(?:effect|response|benefit|efficacy)|"
                r"loss of (?:response|effect|efficacy|benefit)|(?:stopped|quit|ceased) (?:working|helping)|"
                # a response, "then none": it went ("partial response, then none", "helped at first, then nothing")
                r"(?<=[,;] )(?:but )?then (?:none|nothing|no (?:further )?(?:benefit|effect|response))|"
                # ("good response by summer 2020, lost by winter")
                r"(?:response|benefit|effects?|improvement|gains?|efficacy|relief)(?:,? [\w/.-]+){0,4}?,? "
                # (s71) ... told in the perfect: "by September the benefit of the first course had worn off"
                r"(?:(?:had |has |have )?(?:faded|waned|worn off|diminished|dissipated)|wore off|"
                r"(?:was |were )?lost|did ?n[o']t (?:last|hold|persist)|"
                r"(?:was |were )?not "
                r"(?:sustained|maintained|durable|lasting))|(?:then|but|that|which|before it) (?:\w+ )?(?:faded|"
                r"waned)|wore off|(?:symptoms|depression|pain|mood|it) (?:returned|recurred|crept back|re-?emerged)|"
                r"no longer (?:effective|helpful|helping|helped|working|worked|works|helps)|(?:became|becoming|grew) "
                r"less effective|"
                r"(?:declined|worsened|deteriorated|dipped|dropped|slipped|sank|fell|slid|got worse|crashed) again|"
                # a response the patient lost, told by a pronoun: "a good response for some months and then she lost
                # it while still taking it"
                r"(?:then|but) (?:she|he|they|I) lost it\b(?! (?:at|with|on) )|"
                r"breakthrough (?:depression|symptoms)|"
                r"recurrence|poop(?:ed|s|ing)?[- ]out|tachyphylaxis|not sustained|waning|"
                r"(?:depression|symptoms|it|pain|the depression|low mood) came back|"
                # (s73) the illness's signs told in a list that came back: "the low mood and poor sleep returned"
                r"(?:low mood|depression|sadness|hopelessness|anhedonia)(?:,\s*|\s+and\s+)(?:(?:poor|bad|low|the|her|"
                r"his)\s+)?[a-z]+(?:(?:,\s*|\s+and\s+)(?:(?:poor|bad|low|the|her|his)\s+)?[a-z]+)?\s+"
                r"(?:all\s+)?(?:returned|came back|were back)\b|"
                # (a function the illness took that came back is a gain: "his appetite came back")
                r"(?<!appetite )(?<!energy )(?<!sleep )(?<!interest )(?<!humor )(?<!humour )(?<!smile )(?<!motivation )"
                r"(?<!appetite has )(?<!appetite had )came back|"
                r"(?:sx|sxs|symptoms) (?:returned|recurred|back)|"
                # (s74: or the pain condition's attacks: "then the attacks were back at 8/10")
                r"(?:symptoms|depression|pain|low mood|attacks|flares|headaches|migraines) (?:were|was) back|"
                r"(?<!not )(?<!never )(?<!not yet )(?:back|returned|went back|reverted) to (?:her |his |"
                r"their )?baseline|reca[ií]da|recay[oó]|perdi[oó] (?:el )?efecto|"
                r"(?:volvi[oó]|volvieron|regres[oó]|regresaron|reapareci[oó]|reaparecieron) (?:la |el |los |las )?"
                r"(?:tristeza|depresi[oó]n|dolor|"
                r"s[ií]ntomas|ansiedad|[aá]nimo bajo)|dej[oó] de (?:funcionar|hacer efecto|ayudar)|"
                # a gain that went, its subject left unsaid: "60% relief for 5 weeks, then returned" (not "then
                # returned to work"), "felt better for a couple of months, then right back down"
                r"(?:then|but|and) (?:it |they )?(?:returned|came back)(?=\s*(?:[.;,)]|$))|"
                r"(?:then|but|and) (?:right |straight )?back down|"
                # ("a clear improvement by mid-2022 that was lost over the following year", "each one lifted me for
                # about two weeks and then it was gone")
                r"(?:improvement|benefit|response) (?:\w+ ){0,6}?(?:that|which) (?:was|were) (?:later |then )?lost|"
                r"(?:(?<=[,;] )(?:and )?|(?<= and ))then (?:it|the (?:benefit|effect|relief|lift)) was gone"),
    # helpfulness denied with words between: "did not find it helpful", "does not recall it as helpful" (read before
    # the partial responses, whose "helpful" it holds)
    ("no_response", r"(?:does|did|do) ?n[o']t (?:recall|remember|find|consider|feel|think) (?:it |that |this |them )?"
                    r"(?:as |to be |was |had been )?(?:helpful|beneficial|effective|useful)|"
                    # ... or its help: "didn't feel it helped", "does not think it works"
                    r"(?:does|did|do) ?n[o']t (?:feel|think|believe|find) (?:that )?(?:it|this|that|they|the \w+) "
                    r"(?:helped|helps|worked|works|did anything|made (?:a|any) difference)"),
    # a benefit the record only guesses at ("maybe a little less pain", "possibly a little better", "unclear benefit"):
    # the settled convention makes it unknown, never a partial response, unless a partial response is stated outright
    # or the guess is only of a stated gain's size, with no doubt beside it ("maybe a third better": `outcome_of`, s66)
    ("hedged", r"(?:maybe|perhaps|possibly)(?: [\w%-]+){0,3}? (?:better|less|improved|improvement|helped|helpful|"
               r"relief|reduction|benefit|more)|"
               # a guessed amount: "maybe 40%", "helped maybe half way"
               r"(?:maybe|perhaps|possibly) (?:about |around |like )?(?:\d{1,3} ?(?:%|percent)|half(?:[- ]?way)?|"
               r"a third|a quarter)|(?:unclear|uncertain|equivocal|questionable) (?:benefit|effect|"
               r"response|improvement)|(?:better|improved|helped)\?+|"
               # the guess said after ("helping a bit, maybe"), a benefit "unclear", a patient "not sure"
               r"(?:better|less|lighter|improved|improving|helps|helped|helping)(?: [\w%-]+){0,3}?['\"’]?,? "
               r"(?:maybe|perhaps|possibly)(?=\W*(?:$|[.;,)'\"’|-]))|"
               r"(?:benefit|effect|response|improvement|help)s? (?:is |was |remains |seems |are |were )?"
               r"(?:unclear|uncertain|equivocal|questionable|hard to (?:say|tell|judge))|"
               r"(?:is|was|are|were|feels?|felt|seems?) (?:not sure|unsure|uncertain)(?=\s*(?:$|[.;,)|]))|"
               r"(?:quiz[aá]s?|tal vez|posiblemente)(?: [\w%-]+){0,3}? (?:mejor|menos|mejor[oó]|mejor[ií]a|ayud[oó]|"
               r"alivio)|(?:beneficio|efecto|respuesta|mejor[ií]a) (?:es |fue |era |parece )?(?:incierto|incierta|"
               r"dudos[oa]|poco clar[oa])"),
    # nor is what the patient cannot tell: "is unsure whether it helps", "not sure if it has helped much" (read before
    # the partial responses, whose "helped" it holds)
    # (s71) ... nor what the patient could not say: "could not tell us whether it helped", "can't say if it made any
    # difference", "no sabe decir si le ayudó"
    ("not_recalled", r"(?:unsure|not sure|uncertain|unclear|(?:does|did|do) ?n[o']t know|"
                     r"(?:could|can|would)(?: ?not|n't|n’t)? (?:tell|say)(?: (?:us|me|him|her|them))?) (?:whether|if)"
                     r"(?: (?:it|this|that|the \w+))? (?:helps|"
                     r"helped|works|worked|is helping|has helped|makes a difference|made a difference|made any "
                     r"difference|did anything|was any help)"
                     r"(?: much| at all)?|"
                     r"no (?:sabe|sab[ií]a|supo|recuerda)(?: decir)? si (?:le |la |lo )?"
                     r"(?:ayud[oó]|sirvi[oó]|funcion[oó])"),
    # "less than 30% relief": short of the half that counts as a response (a block, an antidepressant), no response
    ("no_response", r"(?:less than|under|below|<)\s*\d{1,2}\s*%\s*(?:(?:pain\s+|symptom\s+)?(?:relief|improvement|"
                    r"reduction|better)|(?=\(|$|[;,|]))"),
    # ("response (PHQ-9 22 -> 10) without remission": the scores in brackets between)
    ("partial_response", r"(?<!no )(?<!non-)respon(?:se|ded|der)(?:\s*\([^()]{0,40}\))?[^.;]{0,12}?"
                         r"(?: (?:but|without|though)|,) (?:not |no |"
                         r"never )?(?:yet )?(?:in )?remission|suboptimal (?:response|benefit)|"
                         r"(?<!no )(?<!not )(?<!not a )(?<!without )(?<!any )(?:significant|marked|substantial|good) "
                         r"improvement|"
                         r"partial(?:ly)?(?: response| responder| benefit| improvement| remission| effect| relief)?|"
                         r"some (?:benefit|improvement|response|relief)|(?<!not )half as bad(?: as (?:before|it was))?|"
                         # a gain measured against an earlier one: "about half as good as the first time"
                         r"(?<!not )half as (?:good|well|helpful|effective)\b|"
                         # (s65) better than before but not as before (well): "Estoy mejor que hace un año, pero no
                         # como antes", "better than last winter, but not like I used to be"
                         r"(?<!no )mejor(?: que [^.;,]{1,25}?)?,? pero no (?:como antes|del todo|como (?:era|estaba))|"
                         r"(?<!no )(?<!not )better than [^.;,]{1,25}?,? but not (?:like|as) "
                         r"(?:before|I (?:was|used to be))|"
                         # a gain in something the illness took, beside a mood still low: "some energy back but
                         # mood still low most days", also after a comma (a response short of remission)
                         r"(?:some|more)\s+(?:energy|drive|motivation|interest)(?:\s+back)?(?=[^.;]{0,20}?(?:\bbut|,)\s+"
                         r"(?:(?:her|his|my|the)\s+)?mood\s+(?:(?:is|was)\s+)?still\s+(?:low|down|depressed|flat|sad))|"
                         r"modest (?:benefit|improvement|response|"
                         r"relief)|mild (?:benefit|improvement|relief)|moderate (?:benefit|improvement|response)|"
                         r"incomplete (?:response|remission)|somewhat (?:helpful|better|improved)|"
                         r"(?:improved|helped) (?:somewhat|partially|modestly|some|a little)|"
                         r"limited (?:gains|benefit|relief|improvement)|(?:relief|benefit) lasting|"
                         r"(?:temporary|transient|brief) (?:relief|benefit|response|improvement)|short-lived|"
                         r"(?:\d+|a few|several) (?:days?|weeks?|months?) of "
                         r"(?:relief|benefit)|"
                         r"(?:took|takes|taking|taken) the (?:\w+ )?edge off|help(?:ed|s) a (?:bit|little)|some help|"
                         # (s82) "took off the sharpest edge"
                         r"(?:took|takes|taking|taken) off the (?:\w+ )?edge\b(?! of)|"
                         r"(?:me |le )?(?:ha|han|había) ayudado (?:algo|un poco)|"
                         r"a little help|"
                         r"a (?:bit|little) (?:more (?:motivated|energetic|hopeful|energy|drive|"
                         r"get[- ]up[- ]and[- ]go)|better|brighter|lighter)|"
                         r"\d{1,2} ?percent better|(?:better|mejor) (?:than|que) (?:before|antes)|"
                         # (s82) "estoy un 50% mejor de ánimo, pero no del todo"
                         r"(?<!no )(?:un |una )?\d{1,2} ?(?:%|por ciento) mejor|"
                         r"(?:a few |some )?more good days|"
                         # a gain, then not yet oneself: "out of the pit, but I'm not myself"
                         r"(?<=, )but (?:I'm|I am|she's|she is|he's|he is) (?:still )?not (?:quite )?"
                         r"(?:myself|herself|himself)\b|"
                         # a part of the way back to well: "about halfway back", "only help half way", "70% of the
                         # way back", "maybe 60% of who I was"
                         r"half[- ]?way(?! (?:through|into|between|house))|(?:most|part) of the way back|"
                         rf"{_PCT} (?:back|there)(?= to\b|\W*$|\W*[;,.'\"’])|"
                         rf"{_PCT} of (?:the way|"
                         r"(?:who|what|where) (?:I|she|he|they) (?:was|were|used to be)|(?:her|his|my|their) "
                         r"(?:old |usual |normal )?self)|"
                         r"(?<!no )(?<!without )(?<!any )improv(?:ed|ement) but|"
                         # a symptom eased, the person not yet well: "the crying spells are fewer, but I'm still not
                         # me"
                         r"(?:are|were|is|was|got) (?:fewer|less (?:often|frequent|intense|severe))(?:,)? but "
                         r"[^.;]{0,20}?\bstill\b|"
                         r"(?<!not )(?<!never )(?<!nothing )(?<!n't )(?<!neither )(?<!none )(?<!nor )"
                         r"(?:was |were |somewhat |a bit )?(?:helpful|helped)|"
                         r"\d{1,2} ?% (?:pain |symptom )?(?:reduction|improvement|relief|better)|"
                         r"(?:respuesta|mejor[ií]a|remisi[oó]n) parcial|algo de mejor[ií]a|"
                         # better, short of well: "grades not back to baseline", "not yet back to her old self"
                         r"not (?:yet |fully |quite |all the way )?back to (?:baseline|normal|(?:her|his|their) "
                         r"(?:old |usual )?self|(?:her|him|my|them)sel(?:f|ves))|"
                         r"mejor(?:[oó]|ado) (?:parcialmente|algo|un poco)|(?:algo|un poco) mejor|"
                         r"(?:algo|un poco) m[aá]s (?:animad[oa]|activ[oa]|alegre|participativ[oa])|"
                         r"mejor[ií]a (?:leve|modesta)|"
                         r"(?:goals?|objectives?) (?:were |was )?partly met|(?:goals?|objectives?) (?:were |was )?"
                         r"partially (?:met|achieved)"),
    # what the patient cannot remember is no outcome: "doesn't remember the effect", "can't recall if it helped"
    # (s82: "I don't remember if it helped")
    ("not_recalled", r"(?:(?:does|did|do|could) ?n[o']t|can't|cannot|unable to) (?:recall|remember)"
                     r"(?= (?:the|its|any|if|whether|how)\b)|"
                     r"(?:too (?:early|soon)|not yet possible) to (?:judge|tell|say|assess|know)|"  # not known yet
                     r"(?:can(?:no|')?t|could ?n[o']t|unable to|not able to) (?:(?:really|honestly|yet) )?"
                     r"(?:say|tell|judge)(?= (?:whether|if)\b|\s*(?:[.;,!)'\"’]|$))"),
    ("no_response", r"no (?!reason\b|need\b|plans?\b|intention\b)(?:\w+ ){0,2}(?:response|benefit|improvement|"
                    r"effect|change|relief|help)|of no help|"
                    r"lack of (?:efficacy|response|benefit|effect|improvement)|insufficient (?:response|benefit)|"
                    r"(?:neither|none|nor) (?:of them )?(?:helped|worked|was (?:helpful|effective))|"
                    r"non-?respon\w*|"
                    r"(?:did|does|has|have) ?n[o']t (?:respond(?:ed)?|help(?:ed)?|work(?:ed)?|improve[d]?|"
                    r"benefit(?:ed)?)|"
                    r"n[o']t (?:had|seen|noticed|gotten|got) (?:any |much |a |an )?(?:\w+ )?(?:benefit|response|"
                    r"improvement|relief|effect)|not (?:effective|helpful|"
                    r"beneficial)|ineffective|unhelpful|failed|failure|without (?:\w+ ){0,2}(?:response|benefit|"
                    r"improvement|remission|relief|effect)|minimal (?:\w+ )?(?:benefit|response|improvement|effect|"
                    r"relief|change)|little (?:\w+ )?(?:benefit|effect|response|improvement|relief)|"
                    r"inadequate response|"
                    r"unsuccessful|no better|"
                    r"inadequate(?!\s+(?:dose|dosing|trial|duration|length|adherence))|"  # a cell's bare "Inadequate"
                    r"worsen\w*|(?:never|not|no) (?:achieved |reached |in )?remission|"
                    r"did not (?:achieve|reach) remission|non-?remission|not improve\w*|refractory|"
                    r"(?:did ?n[o']t|does ?n[o']t|did not) feel (?:anything|any different|better)|little change|"
                    r"nothing (?:really |much )?(?:changed|shifted|helped|is different)|no difference|"
                    r"made no difference|no added benefit|"
                    r"not (?:much|any|really) (?:better|different|helpful)|no real (?:change|benefit|improvement)|"
                    r"(?:mood|symptoms|depression|pain|scores?|sadness|low mood|anhedonia|spirits)"
                    r"(?: and (?:the |her |his |their )?[\w ]{1,20}?)? (?:(?:at|in) (?:home|school|work) )?"
                    r"(?:itself |themselves )?"
                    r"(?:was |were |remained |stayed |is |are |still )?(?:about |roughly |much |exactly |just )?"
                    r"(?:unchanged|(?:the )?same)|"
                    r"(?:mood|depression|symptoms|sadness) (?:stayed|remained|was) (?:just )?as (?:it|they) "
                    r"(?:was|were|had been)|"
                    # (s81) "the depression stayed where it was", "my mood stayed just as flat"
                    r"(?:mood|depression|symptoms|sadness) (?:stayed|remained) (?:right )?where (?:it|they) "
                    r"(?:was|were)|(?:mood|depression) (?:stayed|remained|was) just as (?:flat|low|down|bad|heavy)|"
                    r"\bbut (?:I am|I'm|she is|he is|she was|he was|I was) (?:just |exactly |still )?the same"
                    r"(?=\s*(?:$|[.;,!)'\"’]))|"
                    r"did nothing|(?:is|was|'s) doing nothing|did ?n[o']t do anything|"
                    # (s75) in Spanish: "nunca le hizo gran cosa"
                    r"(?:nunca|no) (?:le |me )?(?:hizo|ha hecho) (?:gran cosa|mucho|nada)\b|"
                    r"(?:felt|feels?|was|is) no different|no different|"
                    # (s83) "'nothing different on fluoxetine - stop." (not "nothing different in her medicines")
                    r"(?<!\bno )nothing (?:is |was |feels |felt )?different(?=\s+on\b|\s*(?:$|[.;,!)'\"’]|-\s))|"
                    # a course's gains elsewhere, the illness stayed: "But the depression itself stayed."
                    r"(?:the |her |his |my )?(?:depression|low mood)(?: itself)? (?:stayed|persisted|remained|"
                    r"lingered|(?:hangs|hung) on)(?=\s*(?:$|[.;,!)'\"’]))|"
                    # ("it got me out of the house, but the mood itself stayed flat": itself, so the rest changed)
                    r"(?:the |her |his |my )?mood itself (?:stayed|remained|was|is) (?:flat|low|down|unchanged)\b|"
                    # ... and a mood the same after a gain told first: "salgo más de casa, pero el ánimo igual"
                    r"\b(?:but|pero)\s+(?:the\s+|my\s+|her\s+|his\s+|el\s+)?(?:mood|[aá]nimo)\s+(?:(?:is|was|stayed|"
                    r"sigue)\s+)?(?:the\s+same|igual)\b|"
                    r"(?:has |have |had )?done nothing|did (?:very )?little(?= *(?:$|[.;,)|'\"]| for (?:her|him|me|"
                    r"them|the|his|my) (?:mood|depression)))|(?:is|was|are|were) ?n[o']t doing anything|"
                    r"nothing (?:this|that|the (?:first|second)) time|"
                    r"nothing(?: at all)?(?=\s*(?:$|[.;)|]))|"  # a list item's bare "nothing": it did nothing
                    # ... or its bare "minimal" ("Outcome: minimal"), and "felt the same"
                    r"(?<![\w-] )minimal(?=\s*(?:$|[.;)|]))|(?:felt|feels?|feeling) (?:just |exactly )?the same|"
                    r"(?:did|has|have) ?n[o']t (?:change|lift|budge)|"
                    # a mood not held up, an insight without a change: "didn't hold my mood up at all", "it helped me
                    # understand the depression, not change it"
                    r"(?:did|does|has|have) ?n[o']t (?:hold|keep|prop) (?:my|her|his|their|the) mood up|"
                    r"(?:understand|make sense of|cope with) (?:the |my |her |his |their )?"
                    r"(?:depression|mood|low mood),? "
                    r"(?:but )?not (?:to )?(?:change|lift|shift|fix) it\b|"
                    r"(?:benefit|response|improvement|effect) (?:was|were) "
                    r"(?:minimal|negligible|poor|nil|marginal)|(?:marginal|negligible|poor|inadequate) (?:benefit|"
                    r"response|effect|improvement)|"
                    r"sin (?:(?:ning[uú]n[ao]?|nada de)\s+)?(?:respuesta|mejor[ií]a|beneficio|cambios?|"
                    r"efecto(?!s?\s+(?:secundari|advers)))|no respondi[oó]|"
                    r"no (?:hubo|hay) mejor[ií]a|(?:did|does) ?n[o']t (?:really )?(?:go|get|lead) anywhere|"
                    # (s82) a pain or a mood the medicine did not take away: "no me quitaba el dolor", "no le
                    # aliviaba nada", "no me levantó el ánimo"
                    r"no (?:me|le|les) (?:quit(?:aba|[oó])|alivi(?:aba|[oó])|calm(?:aba|[oó])|"
                    r"levant(?:aba|[oó]|ado)) (?:el dolor|el [aá]nimo|nada(?=\s*(?:$|[.;,\"”)])))|"
                    r"went nowhere|got nowhere|"
                    # (s75: or alone, "'never did much on its own'", or a table cell's end)
                    # (s82: or "has not done much", quoted: 'he says it has "not done much."')
                    r"(?:never (?:really )?did|(?:did|does) ?n[o']t (?:really )?do|(?<![\w-])not (?:really )?done|"
                    r"(?:has|have|had) ?n[o']t (?:really )?done) much(?=\s*(?:$|[.;,!)'\"’|]|for "
                    r"(?:her|him|me|them|the|his|my)\b|on (?:its|their) own\b))|"
                    r"(?:scores?|ratings?|symptoms|mood|depression) (?:did|do|does) ?n[o']t (?:really )?(?:move|budge|"
                    r"shift|change|improve)|"
                    r"(?:heaviness|darkness|sadness|low mood|fog) (?:has|have|had) ?(?:n[o']t|not) (?:really )?"
                    r"(?:moved|budged|shifted|lifted|changed)|"
                    # (s71) ... told without the patient, as a list's outcome: "- roughly the same on it", "(2019 to
                    # 2020): she felt about the same", "pretty much the same as before", "más o menos igual"
                    r"(?:(?:felt|feels?|was|stayed|remained) )?(?:about|roughly|pretty much|more or less|largely) "
                    r"the same(?= *(?:$|[.;,!)]|on (?:it|this|that|them)\b|as (?:before|ever)\b))|"
                    r"m[aá]s o menos igual(?= *(?:$|[.;,!)]))|"
                    # (s65) the patient "about the same" on it: 'he is "about the same" on the mirtazapine'
                    r"(?:I am|I'm|she is|he is|she's|he's|they are|she was|he was|I was|they were) [\"“]?"
                    r"(?:about |roughly |pretty much |much |just |exactly )?the same[\"”]?(?= *(?:$|[.;,!)]|on\b|"
                    r"with\b|since\b))|"
                    r"(?:scores?|ratings?) (?:have|has|had) ?(?:n[o']t|not) (?:really )?"
                    r"(?:moved|budged|shifted|changed)|"
                    r"(?:(?:did|has|have|had) ?n[o']t|never) (?:even )?touch(?:ed)? (?:(?:the |my |her |his |their )?"
                    r"(?:pain|depression|mood|symptoms)|it|me)(?! with)|"
                    r"(?:pain|depression|mood|symptoms) (?:was|were) (?:not|never|n't) (?:even )?touched|"
                    r"no (?:not[oó]|not[eé]|notaba|vio|vi|ve[ií]a|sinti[oó]|sent[ií]|sent[ií]a|hubo|hay|hab[ií]a|tuvo) "
                    r"(?:ning[uú]n |ninguna |ningunos )?"
                    r"(?:cambios?|mejor[ií]a|diferencia|beneficio|efecto)|"
                    r"(?:el )?[aá]nimo (?:sigue|sigui[oó]|qued[oó]) igual|sigue igual|"
                    r"igual de (?:bajo|mal|deprimid[oa])|no (?:not[oó]|noto|noté|nota) nada|"
                    r"no (?:le )?(?:sirvi[oó]|ayud[oó]|funcion[oó])"),
    ("remission", r"remission|remitted|(?<!n't )(?<!not )(?<!never )did the trick|remisi[oó]n(?: completa)?|"
                  # (s75) well again, in Spanish: "sigue bien con venlafaxina", "se encuentra 'como antes del
                  # embarazo'" (not "no sigue bien", nor what else is well: "sigue bien de la tensión")
                  r"(?<!no )(?:sigue|contin[uú]a|se mantiene) bien\b(?! de\b)|"
                  r"(?<!no )(?:se encuentra|est[aá]|se siente) ['\"]?como antes del? (?:embarazo|parto|episodio)\b|"
                  r"symptom[- ]free|full response|"
                  # a recovery said whole: "recovered fully", "a full recovery", "mejoría completa"
                  r"(?<!not )(?<!never )recovered (?:fully|completely)|(?<!not )(?:fully|completely) recovered|"
                  r"(?<!no )(?<!not a )(?:full|complete) recovery|mejor[ií]a completa|"
                  r"(?<!not )(?<!never )(?<!n't )(?:felt|feel|feeling|feels) (?:completely |totally )?"
                  r"(?:well|normal|great)\b"
                  r"(?! enough)|"
                  r"fully (?:responded|remitted)|resolved|"
                  # (s65) the illness lifted whole, a patient well on the drug: "it lifted the fog completely",
                  # "I'm fully well on it" (not "not fully well")
                  r"lifted (?:the |my |her |his )?(?:fog|depression|cloud|darkness|heaviness) (?:completely|entirely|"
                  r"totally|fully)|(?<!not )(?<!n't )(?<!never )(?<!not yet )fully well\b|"
                  # well for a span: "well x 8 mo", "stayed well for a year", "doing well for 6 months"
                  r"(?<!not )(?:stayed |doing |was |been )?well (?:x|for) (?:(?:about|nearly|almost|over|more than) )?"
                  r"(?:\d{1,2}|a|one|two|three|six|several) ?"
                  r"(?:mo|mos|months?|wks?|weeks?|yrs?|years?)\b|"
                  r"excellent response|responded well|good response|good effect|worked (?:very |really )?well|"
                  # feeling like oneself is a recovery ("I felt like myself", "like my old self again"), not "not
                  # quite like herself" nor "70 percent of my usual self"
                  r"(?<!not )(?<!n't )(?<!never )(?<!quite )(?<!yet )(?:felt|feel|feels|feeling|is|was) like "
                  r"(?:(?:my|her|his|their) (?:old |usual |normal )?self|(?:my|her|him|them)sel(?:f|ves))|"
                  r"(?<=[,-] )like (?:(?:my|her|his|their) "
                  r"(?:old |usual |normal )?self|(?:my|her|him|them)sel(?:f|ves)) again|"
                  r"felt like (?:my|her|him|them)sel(?:f|ves) again|"
                  # ... also quoted whole, without its verb: '"like my old self"; she tapered off it'
                  r"(?<=[\"'])like (?:my|her|his|their) (?:old |usual |normal )?self[.!]?(?=[\"'])|"
                  # "felt completely herself again", a "complete turnaround"
                  r"(?<!not )(?<!n't )(?:felt|feel|feels|feeling|was|were|is|am) [\"“']?"
                  r"(?:completely |fully |totally )?"
                  r"(?:my|her|him|them)sel(?:f|ves) again|(?<!not a )(?:complete|total|full) turn-?around|"
                  # (s83) the person "fully back", the clause ending there: 'she is "fully back - like before"'
                  # (not "not fully back", "fully back at work", "her appetite is fully back")
                  r"(?<![\w-])(?:I'm|I am|I was|I feel|(?:she|he|they)(?:'s|'re| is| was| are| were| feels?| felt))"
                  r"\s+[\"“']?(?:completely|fully|all the way) back(?=\s*(?:$|[.;,!\"'’”)]|-\s))|"
                  r"(?:completely|fully|totally|all the way) back to "
                  r"normal|back to (?:(?:my|her|his|their) (?:old |usual )?self|(?:my|her|him|them)sel(?:f|ves))|"
                  # the mood itself back to normal (not a lab's "sodium was back to normal")
                  r"(?<!not )(?:mood|depression|spirits)\s+(?:was|were|is|are)\s+back\s+to\s+normal(?! yet)|"
                  # "good - back to normal" (not "almost back to normal", "not back to normal yet")
                  r"(?<!not )(?<!almost )(?<!nearly )(?<!partly )(?<!partially )(?<!mostly )(?<!halfway )"
                  # (not a lab's "your iron is back to normal", "her sodium was back to normal")
                  r"(?<!never got )(?<!is )(?<!are )(?<!was )(?<!were )back to normal(?! yet)|"
                  # ... and the person back to normal: "it worked great, I was back to normal"
                  r"(?<![\w-])(?:I|she|he|they) (?:was|were|am|is|are|felt) (?:completely |totally |all )?"
                  r"back to normal(?! yet)|"
                  # ("se recuperó por completo", Spanish for "recovered fully")
                  r"se recuper[oó] (?:por completo|completamente|del todo|totalmente)|"
                  r"(?:totalmente|completamente) recuperad[oa]|recuperad[oa] (?:del todo|por completo|totalmente|"
                  r"completamente)|"
                  # "it worked, I was fine" (not "she was fine until ...")
                  r"(?<!not )\b(?:I|she|he|they) (?:was|were) (?:completely |totally )?(?:fine|well)\b"
                  r"(?!\s+(?:until|till|before|when|with|for a|at first))"),
    ("side_effects", _SE_LASTING),
]
_RELAPSE = re.compile(r"\b(?:relaps\w*\b(?!\s+(?:prevention|plan|signature|warning|signs|drills?)\b)|"
                      r"lost (?:the |its )?(?:response|benefit|effect))", re.IGNORECASE)
_CUE_RES = [(name, re.compile(rf"(?<![\w-])(?:{p})(?![\w])", re.IGNORECASE)) for name, p in _CUES]
_NO_GAIN_RES = [r for name, r in _CUE_RES if name in ("no_response", "stop_no_response")]
_PRIORITY = ["stop_no_response", "side_stop", "relapse", "not_recalled", "stopped_well", "partial_response",
             "no_response",
             "remission", "side_effects"]
_CLASS_OF_CUE = {"side_stop": "side_effects", "not_recalled": "unknown", "stop_no_response": "no_response",
                 "stopped_well": "remission"}
# help with something besides the mood ("helpful for distress tolerance", "helped with role transition") beside a mood
# that did not change: the depression did not respond
_HELPED_WITH = re.compile(r"\s+(?:(?:me|her|him|them)\s+)?(?:for|with)\b", re.IGNORECASE)
# (an insight, not a change: "it helped me understand the depression, not change it")
_MOOD_UNCHANGED = re.compile(r"(?<=, )not (?:to )?(?:change|lift|shift|fix) it\b|"
                            r"\bnot\s+(?:with|for)\s+(?:the\s+|my\s+|her\s+|his\s+|their\s+)?(?:depression|mood)\b|"
                            # ("my sleep improved; the sadness did not.")
                            r"\b(?:the\s+|my\s+|her\s+|his\s+)?(?:sadness|low mood|mood|depression)\s+did\s*"
                            r"(?:n[o']t|not)"
                            r"(?=\s*(?:$|[.;,!)'\"’]))|"
                            r"\b(?:mood|depression|depressive symptoms|pain)(?:\s+(?:scores?|ratings?))?\s+"
                            r"(?:itself\s+|themselves\s+)?"
                            r"(?:was\s+|were\s+|remained\s+|stayed\s+|"
                            r"is\s+|still\s+)?(?:unchanged|the same|no better|not (?:improved|lifted|better)|"
                            r"did ?n[o']t (?:change|improve|lift))|"
                            # ("the low mood underneath hasn't moved")
                            r"\b(?:mood|depression|depressive symptoms)(?:\s+(?:underneath|itself|beneath))?\s+"
                            r"(?:has|have|had) ?(?:n[o']t|not) (?:really )?(?:moved|changed|improved|lifted|budged|"
                            r"shifted)|"
                            r"(?:did|does) ?n[o']t (?:really )?(?:move|touch|lift|shift|change|help) "
                            r"(?:the |my |her |his |their )?(?:depression|mood|pain)", re.IGNORECASE)
# ... or never lifted: "but the depression never lifted"
_MOOD_NEVER_LIFTED = re.compile(r"\b(?:mood|depression|depressive symptoms)\s+never\s+(?:lifted|changed|improved|"
                                r"got better)", re.IGNORECASE)
_SE_RE = re.compile(_SE_LASTING, re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|though|although|yet|however)\b|[;,]", re.IGNORECASE)
_DOSE_DOWN = re.compile(r"\b(?:back|down|reduced|decreased|lowered|cut(?: back)?|dropped)\s+(?:back\s+)?to\s+"
                        r"\d+(?:\.\d+)?\s*(?:mg|mcg)\b", re.IGNORECASE)


_UNTICKED_OPTION = re.compile(r"☐\s*[^\[\]☐☒|;:]*")  # (`form_boxes`)


# a diagnosis code and the words that name it: "G47.00 insomnia", "R51.9 headache, unspecified"
_CODED = re.compile(r"(?<![\w-])[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}(?![\w-])(?:\s+[a-z][\w-]*){1,4}")


# ---- an outcome told by how its parts go together. Each cue above sees one part of the words; these read two
# parts and how they stand to each other, whatever the exact phrases: a harm beside a stop (the stop's reason), a
# benefit and then a return of the illness, help with something else beside a mood that stayed as it was, a benefit
# short of a remission said not reached, a stop once well, a denied effect said with "any", "a thing", "much".
_STOP_VERB = re.compile(r"\b(?:stopp(?:ed|ing)|discontinu(?:ed|ing)|d/c'?d?|withdrawn|ceased|halted|quit|"
                        r"(?:came|taken|tapered)\s+off|(?:se\s+)?suspendi[oó]|suspendid[oa]|(?:se\s+)?retir[oó]|"
                        r"(?:la|lo)\s+dej[oó])"
                        r"\b(?!\s+(?:working|helping|going\s+to\s+work))", re.IGNORECASE)
# a sentence that only stops ("Quit.", "So she stopped it."): its reason is in the sentence before
_BARE_STOP = re.compile(r"\.?\s*(?:(?:so|and|then)\s+)?(?:(?:she|he|I|we|they)\s+)?(?:stopped|quit|d/c'?d)(?:\s+it)?"
                        r"\s*[.!]?['’\"”]?\s*", re.IGNORECASE)  # (s73: the quote's close: "'... no better. Quit.'")
# "self-harm stopped", "the nausea stopped": a symptom that ended, not the treatment
_SYMPTOM_STOPPED = re.compile(r"\b(?:harm|cutting|nausea|headaches?|symptoms?|pain|urges?|thoughts|ideation|sweats|"
                              r"tremors?|bleeding|vomiting|panic attacks)\s*$", re.IGNORECASE)
# a harm told as what the drug did to the patient: "upset her stomach", "made her 'wired and panicky'", "left him
# 'drugged'" (not "made her feel better")
_CAUSED_HARM = re.compile(r"\b(?:made|makes|left|leaves|upset|gave|gives|caused)\s+(?:her|him|me|them|the patient)\b"
                          r"(?!\s+(?:feel\s+|feeling\s+)?(?:better|well|brighter|calmer|hopeful|more|less|able|"
                          r"sleep|want|happier|herself|himself|myself|themselves|like (?:her|him|my|them)sel|"
                          # (something given back is a gain: "it gave me my life back")
                          r"(?:my|her|his|their|the)\s+(?:\w+\s+){0,2}?back\b))",
                          re.IGNORECASE)
# the illness back after a benefit: its subject a symptom ("low mood, early waking and withdrawal have come back"),
# the way back ("back at 7 to 8 out of 10", "back to where it had been"), "as ill as ever", a relief "lasting only"
_RETURN = re.compile(r"\b(?:symptoms?|depression|pain|mood|sadness|waking|withdrawal|anhedonia|it|they|"
                     r"s[ií]ntomas|tristeza|dolor|depresi[oó]n)\b(?:(?!improv|better|lift|help|good|eas)[^.;:]){0,45}?"
                     r"\b(?:(?:has|have|had)\s+)?(?:returned|(?:come|came|crept)\s+(?:\w+ing\s+)?back|recurred|"
                     r"regresaron|"
                     r"regres[oó]|volvieron|volvi[oó]|(?:ha|han|hab[ií]a)\s+vuelto)"
                     r"\b(?!\s+to\s+(?:work|school|college|the gym|\w+ing\b))|"
                     r"\bback\s+(?:to|at)\s+(?:baseline|where|square one|"
                     r"(?:about |around |roughly )?\d{1,2}(?:\s*(?:to|-)\s*\d{1,2})?\s*(?:/\s*10|out of (?:10|ten)))|"
                     r"\b(?:(?:was|were|is|are)\s+)?back\s+where\s+(?:she|he|they|I|we)\s+(?:had\s+)?started\b|"
                     # the gain gone as if it had never been: "then it was like it wasn't there"; "volvió a estar como
                     # al principio" (she was as she had been at the start)
                     r"\b(?:like|as if)\s+it\s+(?:was|were)\s*(?:n[o']t|not)\s+there\b|"
                     # (s79) "en junio había vuelto al punto de partida": back where it started
                     r"\b(?:volvi[oó]|regres[oó]|(?:ha|han|hab[ií]a|hab[ií]an)\s+(?:vuelto|regresado))\s+al\s+punto\s+de\s+"
                     r"partida\b|"
                     r"\b(?:volvi[oó]|regres[oó]|vuelv[oe]|(?:ha|he)\s+vuelto)\s+a\s+(?:estar|sentirse|sentirme|"
                     r"encontrarse)\s+(?:como|igual\s+que)\s+(?:al\s+principio|antes)\b|"
                     r"\bas\s+(?:ill|bad|depressed|low|unwell|sick)\s+as\s+(?:ever|before)\b|"
                     r"\b(?:lasting|lasted)\s+only\b|\bbut\s+not\s+for\s+long\b|"
                     r"\b(?:return|recurrence)\s+of\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:depression|symptoms)\b|"
                     r"\b(?:faded|wore off|worn off|wearing off|waned|fizzled(?:\s+out)?|petered\s+out)\b|"
                     # the illness "is back" in the patient's words: "the old fog is back", "the low mood is back"
                     r"\b(?:depression|fog|low mood|heaviness|gloom|darkness|blues|sadness|symptoms)\s+(?:is|are|was|"
                     r"were|has been|have been)\s+back\b(?!\s+(?:to|at|in|on|into|from)\b)|"
                     # the gain's loss said of "it" or the gain itself: "by Christmas it was gone", "the response ...
                     # has not lasted", "good response by 04/2022; lost by 08/2022", "helped a bit ..., then nothing"
                     r"\b(?:it|that|the\s+(?:benefit|effect|relief|response|lift|gain|improvement))\s+(?:was|had)\s+"
                     r"gone\b|"
                     # (s79) a chart's cell: "much better by session 25; benefit gone within two months"
                     r"(?<=[;,] )(?:but\s+|then\s+)?(?:benefit|effect|relief|response|gains?|improvement)\s+gone\b|"
                     r"\b(?:has|have|had|did)\s*(?:n[o']t|not)\s+last(?:ed)?\b|(?:[;,]|\s[-\u2013\u2014])\s*(?:but\s+)?lost\s+"
                     r"(?:by|in|within|after|over)\b|\bthen\s+nothing\b|"
                     # (s75) the illness back by a date, after the gain: "ECT x10: remission, back by 01/2024"
                     r"[;,]\s*(?:but\s+|then\s+)?back\s+by\s+(?:\d{1,2}/)?\d{2,4}\b|"
                     # (s75) low again: "Mood low again since September while still taking it" (a gain, or the drug
                     # still taken, must stand beside it: "Low again since fall. Start sertraline" is why it began)
                     r"\b(?:mood|depression|she|he|I)\s+(?:(?:is|was|has been|felt|feels)\s+)?(?:low|down|depressed)\s+"
                     r"again\b", re.IGNORECASE)
_RETURN_WORD = re.compile(r"return|back|recurr|regres|volvi|as \w+ as (?:ever|before)|only|for long|faded|wore off|"
                          r"fizzled|petered|wearing off|"
                          r"there|"
                          r"worn off|"
                          r"waned|gone|last|lost|nothing|again|vuelto",
                          re.IGNORECASE)  # (a cheap look before _RETURN's)
_GAIN = re.compile(r"\b(?:help(?:ed|s|ful)?|improv\w*|better|relief|relieved|respon(?:se|ded|der)|respondi[oó]|"
                   r"ayud[oó]|ayudaba|"
                   # (s65: "we worked on the fear of it coming back" is work in a session, no gain)
                   r"(?<!it )worked(?!\s+on\b)|(?<=it )worked|gains?|mejor\w*|remission|remitted|partial\w*|partly|"
                   r"lifted|lighter|brighter|"
                   # a well state the patient reached: "she felt well by May but it had faded by August", "did well for
                   # five weeks; by June the heaviness was back"
                   r"(?:felt|feeling|feels|was|were|doing|did)\s+well|"
                   # (s65) ... or like oneself: "felt like myself by Christmas, but by February it had worn off"
                   r"(?:felt|feeling|feels|was|were)\s+like\s+(?:(?:my|her|his|their)\s+(?:old\s+)?self|"
                   r"(?:my|her|him|them)sel(?:f|ves)))\b",
                   re.IGNORECASE)
# help with something besides the mood: "helped her sleep", "helped with the divorce", "helps her 'live alongside'
# the depression", "ayudó al sueño" (not a bare "helped", nor "helped a little", nor "helped her mood")
# (s80: how much it helped, then when, is no thing it helped with: "helped a lot the first year")
_HELP_DEGREE = r"a lot|a great deal|greatly|so much|quite a bit|considerably|tremendously|mucho|a bit|a little"
_HELP_OTHER = re.compile(r"\b(?:help(?:s|ed|ing)?|helpful|useful|ayud[oó]|ayuda)\s+(?:(?:me|her|him|them)\s+)?"
                         rf"(?:(?:{_HELP_DEGREE})\s+)?"
                         r"(?:(?:for|with|to|al|con|en|a(?!\s+(?:lot|great deal|bit|little)\b))\s+)?"
                         r"(?!(?:a bit|a little|some|somewhat|partly|partially|"
                         r"(?:her |his |my |their |the |el )?(?:mood|depression|[aá]nimo)|at all|much|"
                         rf"{_HELP_DEGREE}|(?:for |during |in )?(?:the |its )?(?:first|initial|early)|"
                         r"initially|at first)\b)[\w'‘’\"]", re.IGNORECASE)
# ... or something besides the mood that got better: "relationships with her adult children improved", "his walking
# got better" (not "her mood improved", "depression improved")
_OTHER_IMPROVED = re.compile(r"\b(?!(?:mood|depression|symptoms|sadness|anhedonia|she|he|they|it|I|we|patient|pt|"
                             r"scores?)\b)[a-z]+\s+(?:(?:with|of|at)\s+[\w\s]{0,30}?)?(?:improved|got better|"
                             r"(?:were|was|is|are)\s+(?:a\s+little\s+|a\s+bit\s+|somewhat\s+|slightly\s+|much\s+)?"
                             r"better)\b", re.IGNORECASE)
# ... beside a mood that stayed as it was (not one "still" low: a response short of remission)
# (where or when it stayed so may stand between: "his mood at home is the same as it was")
_MOOD_WHERE = r"(?:(?:at|in)\s+(?:home|school|work|the\s+(?:clinic|office|evenings?|mornings?))\s+|overall\s+|" \
              r"these\s+days\s+|now\s+)?"
# (the mood in the patient's own words too: "the blues", "the gloom", "the heaviness")
_CORE_STAYED = re.compile(r"\b(?:mood|depression|depressive symptoms|sadness|low feeling|blues|gloom|heaviness|"
                          r"[aá]nimo|depresi[oó]n|tristeza)\s+"
                          rf"{_MOOD_WHERE}"
                          r"(?:itself\s+|themselves\s+|en s[ií]\s+)?(?:(?:has|have)\s+(?=stayed|remained))?"
                          r"(?:has\s*n[o']t\s+(?:changed|lifted|improved|"
                          r"budged|shifted|moved)|did\s*n[o']t\s+(?:change|lift|improve|budge|shift|move)|"
                          r"(?:(?:was|is|are|were|remained|stayed|remains|stays)\s+)?(?:just\s+|still\s+)?"
                          r"(?:unchanged|the\s+same|no\s+different)|(?:stayed|remained)\s+where\s+it\s+was|"
                          r"same(?=\s*(?:$|[.;,)]))|(?:was|is)\s*n[o']t(?=\s*['’\"]?\s*(?:$|[.;,)]))|"
                          r"(?:remained|stayed|remains|stays)\s+(?:low|flat|depressed)|persist(?:ed|s)?|"
                          # (s80: "helped her sleep; her mood never lifted")
                          r"never\s+(?:really\s+)?(?:lifted|changed|improved|budged|shifted|got\s+better)|"
                          r"(?:remained|stayed)(?=\s*(?:$|[.;,)]))|(?:hangs|hung|hanging)\s+on|linger(?:s|ed)|"
                          r"(?:sigue|sigui[oó]|qued[oó]|permaneci[oó]|ha\s+(?:seguido|permanecido)|se\s+ha\s+mantenido)\s+"
                          r"(?:igual|baj[oa]|triste)|persisti[oó]|"
                          r"no\s+cambi[oó]|no\s+mejor[oó])\b", re.IGNORECASE)
_FEELING_UNCHANGED = re.compile(r"\b(?:did|does|has|have)\s*(?:n[o']t|not)\s+(?:really\s+)?change[d]?\s+how\s+"
                                r"[^.;,]{0,30}?\bfe(?:el|els|lt)\b", re.IGNORECASE)
_NOTHING_FOR_MOOD = re.compile(r"\b(?:did|does|do)\s+(?:nothing|little)\s+for\s+"
                               r"(?:the\s+|my\s+|her\s+|his\s+|their\s+)?"
                               r"(?:mood|depression)\b|\b(?:did|does)\s*(?:n[o']t|not)\s+help\s+(?:with\s+)?"
                               r"(?:the\s+|my\s+|her\s+|his\s+|their\s+)?(?:mood|depression)\b", re.IGNORECASE)
# the end of a clause, or its time: "... but I was still depressed after."
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:after(?:wards)?|at the end|by the end)?\s*[.'\"’”;,)]*\s*(?:$|[;.])")
# ... or a patient still as ill, told of the person: "useful skills, but I was still depressed"
_STILL_ILL = re.compile(r"\b(?:I|she|he|they)\s+(?:was|were|am|is|are|felt|feel|remained|stayed)\s+still\s+"
                        r"(?:depressed|stuck|as (?:depressed|low) as (?:ever|before))\b|"
                        # (s82) ... or still caring for nothing: "but 'I still don't care about anything'"
                        r"\b(?:I|she|he|they)\s+still\s+(?:do|does|did|can)\s*(?:n['’]?o?t|not)\s+(?:care about|enjoy|"
                        r"feel like doing)\s+anything\b", re.IGNORECASE)
# ... or no less ill: "I was calmer, but not less depressed"
# (s79) or as ill as before: "but I'm just as down", "but she is just as depressed", "pero sigo igual de triste"
_NOT_LESS_ILL = re.compile(r"\b(?:not|no)\s+(?:any\s+)?less\s+(?:depressed|down|low|sad)\b|"
                           r"(?:\b(?:I|she|he|they)\s*(?:'m|'s|'re|am|is|are|was|were|feel|feels|felt)|\bjust)\s+"
                           r"(?:just\s+)?as\s+(?:down|depressed|low|sad|flat)\b|"
                           r"\bigual\s+de\s+(?:triste|deprimid[oa]s?|baj[oa]s?\s+de\s+[aá]nimo)\b", re.IGNORECASE)
# (s80) ... or things learned, a course's skills: "I learned things, but my mood stayed low", "aprendí cosas, pero el
# ánimo sigue bajo", "le enseñaron herramientas"
_LEARNED = re.compile(r"\b(?:learn(?:ed|t)|taught\s+(?:me|her|him|them)|aprend(?:í|i[oó]|imos|ieron)|"
                      r"(?:me|le|les)\s+ense[nñ]aron)\s+(?:(?:a lot of|lots of|some|many|useful|new|good|a few|"
                      r"muchas|algunas|buenas|nuevas|varias)\s+)?(?:things|skills|tools|strategies|techniques|"
                      r"cosas|herramientas|estrategias|habilidades|t[eé]cnicas)\b", re.IGNORECASE)
# (s82) ... or the body's appetite or sleep come back: "her appetite is back ..., but 'I still don't care about
# anything'" (not the energy, which is the mood's own: "some energy back but mood still low" is a part)
_BODY_BACK = re.compile(r"\b(?:appetite|sleep)\s+(?:(?:is|was|has|had|'s)\s+)?(?:back|returned|come back|came back|"
                        r"restored)\b", re.IGNORECASE)
# a gain in something besides the mood, told without "help" or "improved": "sleeping and eating better", "calmer"
_OTHER_BETTER = re.compile(r"\b[a-z]+ing(?:\s+and\s+[a-z]+ing)?\s+better\b|\bcalmer\b", re.IGNORECASE)
_NOT_REMITTED = re.compile(r"\b(?:not|never|n't|short of|without|no)\s+"
                           r"(?:(?:yet|quite|fully|in|to|a|an|full|complete)\s+)"
                           r"{0,3}(?:remission|remitted|remit)\b|\bhas\s*n[o']t\s+(?:yet\s+)?remitted\b",
                           re.IGNORECASE)
_WELL_STATE = re.compile(r"\b(?:felt|feeling|feels|was|were|stayed|being|been|once|when)\s+"
                         r"(?:(?:completely|fully|totally|quite)\s+)?(?:well|in remission|symptom-free)\b|"
                         r"\b(?:asintom[aá]tic[oa]|en remisi[oó]n|"
                         r"respuesta completa|full remission|(?:al |se )?encontrarse bien|se encontraba bien)\b",
                         re.IGNORECASE)
# an effect denied with a word of "any" ("I don't feel any different", "didn't do a thing", "felt nothing from it",
# "it's not doing anything", "didn't get much out of it")
_NOTHING_FELT = re.compile(r"(?:\b(?:do|does|did|is|was|are|were|has|have|had|could|can)\s*(?:n[o']t|not)|\bnever|"
                           r"'s\s+not|\bnot)\s+(?:really\s+|honestly\s+|even\s+)?(?:feel|felt|feeling|do|doing|done|"
                           r"notice|noticed|see|seen|saw|get|got|gotten|getting|make|made|making)\s+"
                           r"(?:a\s+(?:single\s+)?thing|anything(?=\s*(?:$|[.;,!)'\"’]|for|from|at all|with it))|"
                           r"any\s+(?:different|difference|better|change|benefit|effect|improvement)|"
                           r"much\s+(?:out of it|of a difference|different|better|benefit|relief)|a\s+difference)\b|"
                           r"\b(?:felt|feel|feels|noticed|notice|saw|see)\s+nothing\b", re.IGNORECASE)


def _unsaid(text: str, at: int) -> bool:
    """A negator within three words before position `at` ("no response", "not better")."""
    return bool(re.search(r"\b(?:no|not|n't|never|without|nor|neither|little|minimal)\s+(?:\S+\s+){0,2}$",
                          text[max(0, at - 40):at], re.IGNORECASE))


_AFTER_LAST = re.compile(r"\bafter\s+(?:the|her|his|their)\s+(?:last|final)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:treatments?|sessions?|infusions?|dose)\b", re.IGNORECASE)


# a worsening told after a gain, the gain lost while the drug was still taken: "it worked for about a year and then I
# slid back", "mejoría parcial inicial; a partir de mayo volvió a empeorar"; "slipping again" is a loss of a gain the
# record told before (not a harm that got worse: "her sleep got worse")
_WORSENED = re.compile(r"\b(?:sl(?:id|ide|iding)\s+back|slipp(?:ed|ing)(?:\s+(?:back|again))?|(?:got|getting|grew|"
                       r"growing|became|went|gone)\s+(?:much\s+|a\s+lot\s+)?worse|worse(?:ned)?\s+again|"
                       r"went\s+downhill|volvi[oó]\s+a\s+empeorar|empeor(?:[oó]|ando|aba)|reca(?:y[oó]|[ií]da))\b",
                       re.IGNORECASE)
_NOT_THE_MOOD = re.compile(r"\b(?:sleep|insomnia|appetite|weight|stomach|nausea|headaches?|tremor|sweat\w*|blood "
                           r"pressure|BP|skin|rash|libido|sex\w*|pain|dolor|sue[nñ]o)\b[^.;,]{0,15}$", re.IGNORECASE)
# ... or a later state told "while still taking it" after a gain that lasted a while ("helped her energy for a good
# while; by spring 2024 she was 'back in the hole' while still taking it")
_STILL_ON_IT = re.compile(r"\b(?:while|though|although|even though)\s+(?:(?:she|he|I|they)\s+(?:was|were)\s+)?still\s+"
                          r"(?:taking|on)\b|"
                          # ("although he takes it every morning", "even though I haven't missed a dose")
                          r"\b(?:though|although|even though)\s+(?:she|he|I|they)\s+(?:(?:still\s+)?(?:takes|take|is "
                          r"taking|am taking|are taking)\s+it|(?:has|have)\s*(?:n[o']t|not|never)\s+missed\s+a\s+"
                          r"(?:single\s+)?(?:dose|pill))\b|\bdespite\s+(?:still\s+)?taking\b|"
                          # (s81) "Low again although taking the Prozac every day"
                          r"\b(?:though|although|even though)\s+taking\s+(?:it|the\s+\w+|(?:her|his|their|my)\s+\w+)"
                          r"\s+(?:every\s+day|daily|as\s+prescribed|faithfully)\b|"
                          r"\b(?:pese|a pesar de)\s+(?:a\s+)?tomarl[oa]s?\b", re.IGNORECASE)
# (s75) ... or the drug told as taken every day before the turn: "Taking sertraline every day, but the low mood has
# come back", "la toma a diario, pero la tristeza ha vuelto"
# (the drug's own words may open with its name: "[Taking] sertraline every day, but ...")
_TAKEN_ALL_ALONG = re.compile(r"(?:\b(?:taking|takes|on|toma(?:ndo)?(?:la|lo)?|la\s+toma|lo\s+toma)\s+|^\W*)"
                              r"(?:it|[a-z]+)?"
                              r"(?:\s+\d+\s*mg)?\s*(?:every\s+day|daily|as\s+prescribed|faithfully|a\s+diario|"
                              r"todos\s+los\s+d[ií]as),?\s+(?:but|yet|pero)\b", re.IGNORECASE)
_FOR_A_WHILE = re.compile(r"[^.;]{0,40}?\b(?:for\s+(?:about\s+|only\s+|a\s+good\s+|over\s+a\s+|nearly\s+|"
                          r"the\s+first\s+|a\s+)?(?:while|time|few\s+\w+|\w+\s+(?:weeks?|months?|years?)|year|month)|at\s+first|"
                          r"initially|inicial\w*|al\s+principio)\b", re.IGNORECASE)
_THEN = re.compile(r"\bthen\b|\bby\b|\blater\b|\bafter\b|\buntil\b|\bbut\b|[;,]|\.\s|\ba partir de\b|\bdesde\b|"
                   r"\bluego\b|\bdespu[eé]s\b", re.IGNORECASE)


def _gain_lost(text: str) -> re.Match | None:
    """The words that tell a gain lost while the drug was still taken (a relapse), or None."""
    worse = next((w for w in _WORSENED.finditer(text)
                  if not _unsaid(text, w.start()) and not _NOT_THE_MOOD.search(text, max(0, w.start() - 40),
                                                                                w.start())), None)
    if worse and re.match(r"\s+again\b|(?<=again)", text[worse.end():]) or worse and worse.group(0).lower().endswith(
            "again"):
        return worse  # "slipping again", "worse again": the illness back
    gains = [g for g in _GAIN.finditer(text) if not _unsaid(text, g.start())]
    if worse and any(g.end() <= worse.start() and _THEN.search(text, g.end(), worse.start()) for g in gains):
        return worse
    back = _LOSS.search(text)
    if back and re.search(r"\b(?:back|again)\b", back.group(0), re.IGNORECASE) and \
            (still := _STILL_ON_IT.search(text, back.end(), back.end() + 60)) and \
            not re.search(r"[.;]", text[back.end():still.start()]) and not _unsaid(text, back.start()):
        return back  # (s79) the illness back while the drug is taken: "'back in the hole' since November despite
        # taking it every day" (the gain it lost told at an earlier visit)
    on_it = _STILL_ON_IT.search(text)
    if on_it and any(g.end() <= on_it.start() and _FOR_A_WHILE.match(text, g.end()) and
                     _THEN.search(text, g.end(), on_it.start()) for g in gains):
        return on_it
    return None


# a stop whose reason is told with "because of" and is neither the drug's failing nor a reason outside it: a harm the
# record names in its own words ("his heart doctor stopped it because of an irregular heartbeat")
_STOPPED_FOR = re.compile(r"\b(?:stopp(?:ed|ing)|discontinu(?:ed|ing)|d/c'?d|came off|taken off|tapered off)\b"
                          r"[^.;]{0,40}?\b(?:because of|due to|d/t|owing to|secondary to)\s+(?P<why>[^.;,]{3,60})",
                          re.IGNORECASE)
_NO_HARM_REASON = re.compile(r"\b(?:no|lack|little|minimal|poor|insufficient|in(?:effective|efficacy)|benefit|"
                             r"response|effect(?:ive)?|improv\w*|help|relief|depress\w*|mood|symptoms?|relaps\w*|"
                             r"remission|well|better|cost|price|insurance|coverage|formulary|pregnan\w*|breast\w*|"
                             r"move|moved|moving|travel|surgery|procedure|schedul\w*|work|job|interaction|plan|"
                             r"preference|choice|wish\w*|refill\w*|supply|shortage|availab\w*|(?:non-?)?adherence|"
                             r"(?:non-?)?compliance|follow-?up|hospitali[sz]\w*|admission|switch\w*|cross-?taper\w*|"
                             r"cognitive|memory)\b", re.IGNORECASE)
# harm told as what it made worse, in a stop's sentence: "my stomach was already bad enough and it made it worse"
_MADE_WORSE = re.compile(r"\b(?:made|makes|making)\s+(?:it|them|things|(?:my|her|his|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                         r"worse\b", re.IGNORECASE)
# a stop planned with the prescriber after a full benefit ("'helped a lot'; she came off it in 2022 with her doctor
# after a good year"): a stop once well
_PLANNED_STOP = re.compile(r"\b(?:tapered(?:\s+off)?|came\s+off|weaned(?:\s+off)?|was\s+taken\s+off)\b[^.;]{0,50}?"
                           r"\b(?:with\s+(?:her|his|my|their|the)\s+(?:doctor|psychiatrist|PCP|physician|prescriber|"
                           r"provider|clinician|GP|NP)|after\s+a\s+good\s+(?:year|stretch|while|run|spell))\b",
                           re.IGNORECASE)
_FULL_GAIN = re.compile(r"\b(?:help(?:ed|s)?|worked|work(?:s|ing))\s+(?:a\s+lot|(?:very|really)\s+well|well|great)\b|"
                        r"\b(?:much|a\s+lot|far)\s+better\b", re.IGNORECASE)


# a gain's turn to its loss in one telling: "worked for a while, then ...", "did help for spring and summer, but
# since September ...", "me ayudó al principio, pero desde el verano ...", "relief for four days, after which ..."
# (s80: the time may be a part of a year or a season: "by late 2024", "by early spring")
_TURN = re.compile(r"(?:,\s*|\s+)(?:(?:and|but)\s+)?(?:then|after which|since\s+(?!(?:then|it|she|he|I)\b)[\w/]+"
                   r"(?:\s+\d{4})?|by\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?"
                   r"(?:time|end|spring|summer|fall|autumn|winter|[A-Z][a-z]+|\d{4})|"
                   r"pero\s+(?:desde|luego|despu[eé]s)|y\s+luego|luego|"
                   # (s81) "me ayudó al principio, pero a los seis meses estaba igual de mal"
                   r"pero\s+(?:a\s+los|al\s+cabo\s+de|tras)\s+(?:\w+\s+)?(?:d[ií]as|semanas|meses|a[nñ]os))\b",
                   re.IGNORECASE)
# what the gain came to, past the turn: nothing ("like taking nothing", "stopped doing anything"), the illness back
# ("sliding again", "back down in the hole", "back where I started", "igual de mal que antes"), or any no-response cue
_LOSS = re.compile(r"\b(?:(?:like|as if (?:I was|she was|he was)?)\s*taking nothing|"
                   r"stopped (?:doing anything|doing much|"
                   r"making (?:a|any) difference)|(?:sliding|slipping|sinking|slid|slipped|sank) (?:back|again|down)|"
                   r"back (?:down|where (?:I|she|he|they) (?:started|was|were)|in the hole|to square one|at \d)|"
                   r"(?:just )?as bad as (?:ever|before)|igual de mal|igual que antes|"
                   # (s81) "Low again although taking the Prozac every day"
                   r"(?:low|depressed|down) again)", re.IGNORECASE)
# a gain of the first half: also a state of being well ("felt human again", "took the worst off", "it did the job")
_GAIN_TOLD = re.compile(r"\b(?:felt (?:human|alive|normal|like (?:my|her|him|them)sel(?:f|ves)) again|took the "
                        r"(?:worst|edge) off|did the (?:job|trick)|(?:was|were) (?:amazing|great|good|fine))\b",
                        re.IGNORECASE)


# a time the help lasted, not a thing it helped with: "did help for spring and summer", "ayudó al principio"
_FOR_A_TIME = re.compile(r"\s*(?:(?:for|al|during|durante|over|through)\s+(?:the\s+|a\s+|about\s+|el\s+|un\s+|"
                         r"los\s+|las\s+)?(?:principio|comienzo|while|first|start|beginning|spring|summer|fall|autumn|"
                         r"winter|year|month|week|couple|few|several|some|\d+|one|two|three|four|five|six|"
                         r"\w+\s+(?:weeks?|months?|years?))|initially|at first)\b", re.IGNORECASE)
_NO_FURTHER = re.compile(r"\b(?:further|more|additional|extra|increase[ds]?|rais(?:e|ed|ing)|higher|titrat\w*|"
                         r"dose)\b", re.IGNORECASE)


def _gain_then_loss(text: str, found: dict[str, re.Match]) -> re.Match | None:
    """The loss of a gain told in the same sentence, past a turn of time ("worked for a while, then it was like taking
    nothing"): a response that went, whichever of its halves a cue names; None when no gain stands before a turn
    that a loss follows, or a stop told a reason (which decides over what went before)."""
    if any(k in found for k in ("stop_no_response", "side_stop", "stop_other", "stopped_well")):
        return None
    for turn in _TURN.finditer(text):
        before, after = text[:turn.start()], text[turn.end():]
        end = re.search(r"[.;]\s", after)
        after = after[:end.start()] if end else after
        if re.search(r"[.;]\s", before[-80:]):
            before = re.split(r"[.;]\s", before)[-1]
        gains = [g for g in list(_GAIN.finditer(before)) + list(_GAIN_TOLD.finditer(before))
                 if not _unsaid(before, g.start()) and not g.group(0).lower().startswith(("partial", "remission",
                                                                                           "remitted"))]
        helped_other = [h for h in _HELP_OTHER.finditer(before)
                        if not _FOR_A_TIME.match(before, h.start() + len(h.group(0).split()[0]))]
        gains = [g for g in gains if not re.match(r"partial|respon", g.group(0), re.IGNORECASE) or
                 not re.search(r"partial\w*\s+$", before[:g.start()], re.IGNORECASE)]
        if not gains or helped_other or _NO_FURTHER.search(after):
            continue  # (help with something else; a gain that went no further, or not at a new dose, is not lost)
        loss = _LOSS.search(after) or next((m for r in _NO_GAIN_RES for m in [r.search(after)] if m), None)
        if loss:
            return _shifted(loss, turn.end())
    return None


def _composed(text: str, found: dict[str, re.Match]) -> tuple[str, str] | None:
    """The outcome the words' parts say together (above), or None when no two parts stand so."""
    if went := _gain_then_loss(text, found):
        return "relapse", _clause(text, went)
    no_reason = not any(k in found for k in ("stop_no_response", "stop_other", "stopped_well"))
    stopped = bool(_STOP_VERB.search(text))
    sentences = [(m.start(), m.group(0)) for m in re.finditer(r"[^.]+(?:\.(?!\s)[^.]*)*", text)] if stopped else []
    for k in range(len(sentences) - 1, 0, -1):  # a bare stop reads with the sentence before: "No better. Quit."
        if _BARE_STOP.fullmatch(sentences[k][1]):
            at = sentences[k - 1][0]
            sentences[k - 1:k + 1] = [(at, text[at:sentences[k][0] + len(sentences[k][1])])]
    for at, sentence in sentences:
        stops = [m for m in _STOP_VERB.finditer(sentence)
                 if not (m.group(0).lower().startswith("stop") and _SYMPTOM_STOPPED.search(sentence[:m.start()]))]
        if not stops:
            continue
        harms = list(_SE_RE.finditer(sentence)) + list(_CAUSED_HARM.finditer(sentence)) + \
            list(_MADE_WORSE.finditer(sentence))
        # (a harm, then a denied benefit, then the stop is still the harm's stop: "some drowsiness; no change in pain,
        # stopped", settled as the prior-authorization forms' "intolerance"; a denied benefit after the stop and before
        # a harm told later is the stop's reason: "stopped: no change in pain; later some drowsiness")
        pairs = [(h, s) for h in harms for s in stops if abs(h.start() - s.start()) <= (
            80 if _MADE_WORSE.fullmatch(h.group(0)) else 60) and not (
            s.start() < h.start() and any(r.search(sentence[s.end():h.start()]) for r in _NO_GAIN_RES))]
        if no_reason and pairs and "tolerated" not in found:
            # (a pair said before the words' first treatment name ends the item before it, a scanned list's line run
            # into the next: "irritable, insomnia -> stopped Effexor XR 150 5/2021 - 2/2022 partial, then lost effect")
            named = [f.start - at for f in lexicon.find_treatments(text) if at <= f.start < at + len(sentence)]
            first = named[0] if named else -1
            pairs = [(h, s) for h, s in pairs if max(h.end(), s.end()) > first]
        if no_reason and pairs and "tolerated" not in found:
            near = min(pairs, key=lambda p: abs(p[0].start() - p[1].start()))[0]
            return "side_effects", _clause(text, _shifted(near, at))
        why = _STOPPED_FOR.search(sentence)
        if no_reason and why and "tolerated" not in found and not _NO_HARM_REASON.search(why.group("why")):
            return "side_effects", _clause(text, _shifted(why, at))
    for m in _RETURN.finditer(text) if _RETURN_WORD.search(text) else ():
        if re.search(r"\b(?:not|never|n't|yet to be)\s+(?:(?:yet|quite|fully|all the way)\s+)?$", text[:m.start()],
                     re.IGNORECASE):
            continue  # "not back to baseline": short of well, not ill again
        gains = [g for g in _GAIN.finditer(text, 0, m.start()) if not _unsaid(text, g.start())]
        # (or told with the drug still taken, "the low mood has come back although he takes it": a gain lost on it)
        if gains or _AFTER_LAST.search(text, m.end()) or _STILL_ON_IT.search(text, m.end()) or \
                _TAKEN_ALL_ALONG.search(text, 0, m.start()):
            # (or dated from the course's end: "the return of the depression to 12/2025, nine months after the last
            # ECT treatment": it had lifted)
            return "relapse", _clause(text, m)
    if not ({"relapse", "stop_no_response"} & found.keys()) and (lost := _gain_lost(text)):
        return "relapse", _clause(text, lost)
    if stopped and no_reason and not found.get("side_effects") and (planned := _PLANNED_STOP.search(text)) and \
            any(not _unsaid(text, g.start()) for g in _FULL_GAIN.finditer(text, 0, planned.start())):
        return "remission", _clause(text, planned)
    helped = _HELP_OTHER.search(text) if re.search(r"help|useful|ayud", text, re.IGNORECASE) else None
    if not helped and re.search(r"improv|better|calmer", text, re.IGNORECASE) and \
            not re.search(r"partial|partly|somewhat", text, re.IGNORECASE):  # ("goals partially met": a part)
        helped = _OTHER_IMPROVED.search(text) or _OTHER_BETTER.search(text)
    if not helped and re.search(r"learn|taught|aprend|ense[nñ]", text, re.IGNORECASE):
        helped = _LEARNED.search(text)
    if not helped and re.search(r"appetite|sleep", text, re.IGNORECASE):
        helped = _BODY_BACK.search(text)
    still = _STILL_ILL.search(text)
    # (a course told as past and whole, "but I was still depressed after."; not "but he is still depressed most days",
    # a response short of remission)
    if still and re.match(r"(?:was|were|felt|remained|stayed)\b", still.group(0).split(None, 1)[1], re.IGNORECASE) and \
            _CLAUSE_ENDS_AFTER.match(text, still.end()) and \
            re.search(r"\b(?:but|though|yet|pero)\b", text[:still.start()], re.IGNORECASE) and \
            not any(not _unsaid(text, g.start()) for g in _GAIN.finditer(text, 0, still.start())):
        return "no_response", _clause(text, still)  # "It got me through finals, but I was still depressed after."
    stayed = (_CORE_STAYED.search(text, helped.end()) or _STILL_ILL.search(text, helped.end()) or
              _NOT_LESS_ILL.search(text, helped.end()) or _FEELING_UNCHANGED.search(text, helped.end())) \
        if helped else None
    if helped and stayed and re.search(r"\bbut\b|\byet\b|\bpero\b|[;,]|\.\s", text[helped.end():stayed.start()],
                                       re.IGNORECASE):
        return "no_response", _clause(text, stayed)
    if (denied := _NOTHING_FOR_MOOD.search(text)) and not re.search(r"partial|partly|somewhat", text, re.IGNORECASE):
        return "no_response", _clause(text, denied)  # "did nothing for my mood, helped my back"
    short = _NOT_REMITTED.search(text) if re.search(r"remi", text, re.IGNORECASE) else None
    if short and any(not _unsaid(text, g.start()) and not g.group(0).lower().startswith("remi")
                     for g in _GAIN.finditer(text)):
        return "partial_response", _clause(text, short)
    if short and not ({"partial_response", "relapse", "no_response"} & found.keys()) and \
            found.get("remission") and short.start() <= found["remission"].start() < short.end():
        return "no_response", _clause(text, short)  # "he has not remitted", and no benefit said: not a remission
    for at, sentence in sentences:
        well = _WELL_STATE.search(sentence)
        if well and not _unsaid(sentence, well.start()) and _STOP_VERB.search(sentence) and \
                not _SE_RE.search(sentence):
            return "remission", _clause(text, _shifted(well, at))
    if not ({"partial_response", "remission", "relapse"} & found.keys()) and (nothing := _NOTHING_FELT.search(text)):
        return "no_response", _clause(text, nothing)
    return None


class _At:
    """A match's span moved by an offset, for `_clause` on the whole text."""

    def __init__(self, m: re.Match, offset: int):
        self._start, self._end = m.start() + offset, m.end() + offset

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _shifted(m: re.Match, offset: int):
    return _At(m, offset)


# an illness's return told as what led to a trial: "In 2020 the depression returned and you took paroxetine", "her
# symptoms came back, so she restarted sertraline"
_OCCASION = re.compile(r"\b(?:the\s+|her\s+|his\s+|my\s+)?(?:depression|symptoms?|illness|low mood)\s+(?:had\s+)?"
                       r"(?:returned|came back|recurred)(?:\s+(?:in|by|during|this|last)\s+[\w/]+(?:\s+\d{4})?)?,?\s+"
                       r"(?:and|so)\s+"
                       # (who began it: "she", or "his PCP", "her psychiatrist")
                       r"(?:then\s+)?(?:(?:she|he|you|I|we|they|(?:her|his|their|my)\s+[\w-]+)\s+)?(?:took|started|"
                       r"began|restarted|tried|"
                       r"(?:was|were)\s+(?:re)?started\s+on|went\s+(?:back\s+)?on)\b", re.IGNORECASE)


# a return of the illness told before how the drug does now, in a list's line of a restarted drug ("Sertraline 100 mg
# 02/2024 - now   depression came back in 2024, helps some"): why it began again, not how it went
_CAME_BACK_THEN = re.compile(r"\b(?:the\s+|her\s+|his\s+|my\s+)?(?:depression|symptoms?|illness|low mood)\s+"
                            r"(?:had\s+)?(?:returned|came back|recurred)(?:\s+(?:in|by|during)\s+[\w/]+(?:\s+\d{4})?)?"
                            r"\s*[,;-]\s*(?=(?:but\s+|and\s+)?(?:it\s+|this\s+|the \w+\s+)?(?:helps|helped|is helping|"
                            r"works|worked|has helped|does nothing|did nothing|did ?n[o']t help)\b)", re.IGNORECASE)
# what a drug was started for names the illness, not a harm: "started by his nephrologist for low mood and poor
# appetite", "prescribed for sleep"
_INDICATION = re.compile(r"\b(?:started|prescribed|given|begun|initiated|tried|used|taken)(?:\s+by\s+(?:his|her|their|"
                         r"the|a|an)\s+[\w-]+)?\s+for\s+[\w ]{3,40}?(?=\s*(?:[.;,:]|$))", re.IGNORECASE)


_FOR_WORD = r"(?:mood|depression|sleep|insomnia|anxiety|appetite|weight|pain|energy)"
_WHAT_FOR = re.compile(rf"\W*(?:for\s+)?{_FOR_WORD}(?:\s*(?:,|and|&|/|\+)\s*{_FOR_WORD})+\W*", re.IGNORECASE)


# a session of a course held or put off, the course going on: "one session held for blood pressure"
_ONE_HELD = re.compile(r"\b(?:one|a|two|three|\d)\s+(?:sessions?|treatments?|infusions?|doses?)\s+(?:was\s+|were\s+)?"
                       r"(?:held|skipped|postponed|delayed|deferred)\b[^.;]*", re.IGNORECASE)


# a plan left as it was ("Marcus wants to wait, so no change was made", "no changes to the regimen"): no outcome
# a state that held since an earlier visit, not how the trial went: "no change from the summer", "the mood is no better
# than in September" (the earlier visit's words judge it; "no better than before it", at its start, still do)
_HELD_SINCE = re.compile(r"\b(?:no (?:change|different)|no better|unchanged|(?:about |much )?the same)\s+(?:from|since|"
                         r"than|as)\s+(?:in\s+|at\s+)?(?:the\s+)?(?:(?:this|last)\s+)?(?:summer|spring|autumn|fall|"
                         r"winter|January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|(?:last|previous|prior) (?:visit|appointment|time))\b", re.IGNORECASE)
_NO_CHANGE_MADE = re.compile(r"\bno (?:dose |medication )?changes? (?:was|were|is|are|has been|have been) "
                             r"(?:made|ordered|needed)\b|\bmade no (?:dose |medication )?changes?\b|"
                             r"\bno changes? (?:to|in) (?:the |her |his |their )?(?:dose|dosing|regimen|medications?|"
                             r"meds|plan)\b", re.IGNORECASE)
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
# a harm that went away ("Blurred vision in August, resolved", "the nausea cleared"): the harm's end, not a remission
_HARM_WENT = re.compile(rf"{_SE}[^.;]{{0,40}}?\b(?:resolved|cleared|went away|subsided|settled)\b", re.IGNORECASE)


# a guessed size of a gain ("maybe a third", "maybe 40 percent", "perhaps half way") and a doubt said beside a guess
_SIZED_GUESS = re.compile(r"\b(?:maybe|perhaps|possibly) (?:about |around |like )?(?:\d{1,3} ?(?:%|percent|per cent)|"
                          r"half(?:[- ]?way)?|a third|a quarter|two[- ]thirds|three[- ]quarters)", re.IGNORECASE)
_GUESS_DOUBT = re.compile(r"\b(?:not sure|unsure|can'?t tell|cannot tell|hard to (?:say|tell|judge)|unclear|uncertain|"
                          r"(?:do|does|did) ?n[o']t know)\b|\?", re.IGNORECASE)


# (s77) a dose held for a night, a day or a procedure, and why: a pause the trial goes on after, not how it went
# ("Quetiapine held tonight per admitting team (sedation with IV opioids)", "hold this morning's dose: NPO for the
# scan", "se omite la dosis de esta noche por somnolencia con la morfina")
_HELD_FOR_NOW = re.compile(r"\b(?:held|hold(?:ing)?|withheld|omitted|(?:se\s+)?omit(?:e|ida|ió)(?:\s+la\s+dosis)?)\b"
                           r"[^.;]{0,40}?\b(?:tonight|today|this (?:morning|evening)|this morning's|tonight's|"
                           r"for (?:the )?(?:night|procedure|surgery|scan|test)|esta noche|hoy|de esta noche|"
                           # (s81) a pause with its end: "Hold mirtazapine while NPO; resume when ..."
                           r"while (?:NPO|nil by mouth|intubated|sedated|on the ventilator)|until (?:taking|eating|"
                           r"extubated|after the (?:procedure|surgery|scan)))\b[^.;]*",
                           re.IGNORECASE)
# (s82) a weight regained with the appetite that came back, the illness lifting, not a harm: "her appetite is back and
# she has gained some weight" (a gain told alone, "gained 20 lb on it", is still one)
_WEIGHT_WITH_APPETITE = re.compile(r"(?P<back>\bappetite\s+(?:(?:is|was|has|had|'s)\s+)?(?:back|returned|come back|"
                                   r"came back|restored|improved|better))\s*,?\s*(?:and\s+)?"
                                   r"(?:(?:she|he|they|I)\s+)?(?:(?:has|have|had)\s+)?(?:gained|put on|regained)\s+"
                                   r"(?:some|a little|a bit of|the)\s+weight"
                                   r"(?:\s+(?:she|he|they|I)\s+(?:had\s+)?lost)?\b",
                                   re.IGNORECASE)
# (s79) the harms a patient was told to watch for, when the drug was started: "Counseled on nausea, sleep changes",
# "educated about possible sexual side effects", "se le explicaron los posibles efectos secundarios"
_COUNSELED_ON = re.compile(r"\b(?:(?:counsel+ed|educated|advised|warned|taught)\b[^.;]{0,30}?\b(?:on|about|"
                           r"regarding|re:|of)\b|se\s+(?:le\s+|les\s+)?(?:explic|inform|advirti|avis)\w*\s+"
                           r"(?:a\s+(?:la|el)\s+paciente\s+)?(?:de|sobre|(?:los|las)\s+(?:posibles|efectos|riesgos)))"
                           r"[^.;]*", re.IGNORECASE)


def outcome_of(text: str) -> tuple[str, str | None]:
    """(outcome class, the words that say it) for a trial's words; ("unknown", None) when they say nothing."""
    text = re.sub(r"\s+", " ", re.sub(r"\bw/o\b", "without", text, flags=re.IGNORECASE))  # OCR's wide gaps
    text = text.translate(_STRAIGHT)  # a curly quote is a quote: '"doesn't do much” - 9 wks' ends the words
    text = _UNTICKED_OPTION.sub(" ", form_boxes(text))  # a form's options left unticked say nothing ("[ ] Intolerance")
    text = _CODED.sub(" ", text)  # a diagnosis is no harm: "Dx: G47.00 insomnia" is what the patient has
    text = _OCCASION.sub(" ", text)  # "the depression returned and you took X": why it began, not how it went
    text = _INDICATION.sub(" ", text)  # "started for low mood and poor appetite": what it was for
    text = _WEIGHT_WITH_APPETITE.sub(r"\g<back>", text)  # (s82) "appetite is back and she has gained some weight"
    text = _CAME_BACK_THEN.sub(" ", text)  # "depression came back in 2024, helps some": why it began again
    text = _ONE_HELD.sub(" ", text)  # "one session held for blood pressure": a session's, not how the course went
    text = _NO_CHANGE_MADE.sub(" ", text)  # "so no change was made": a plan left as it was, not how the trial went
    text = _HELD_SINCE.sub(" ", text)  # "no change from the summer": what an earlier visit said still holds
    text = _HELD_FOR_NOW.sub(" ", text)  # (s77) "held tonight (sedation with IV opioids)": a dose paused, and why
    text = _COUNSELED_ON.sub(" ", text)  # (s79) "Counseled on nausea, sleep changes": what to watch for, not a harm
    if (early := _UNSURE_YET.search(text)) and re.search(r"\b(?:yet|expected|judge|tell)\b", text, re.IGNORECASE) \
            and not _STOP_VERB.search(text):
        return "unknown", _clause(text, early)  # "nothing yet, which is expected this early"
    if _WHAT_FOR.fullmatch(text) and re.search(r"\b(?:mood|depression|anxiety)\b", text, re.IGNORECASE):
        return "unknown", None  # a list's note of what it is for ("mood and appetite"), no harm (not a stop column's
        # "weight and appetite")
    found: dict[str, re.Match] = {}
    taken: list[tuple[int, int]] = []
    for name, pattern in _CUE_RES:  # in this order: a longer cue ("without remission") hides a shorter one
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.setdefault(name, m)
    if (hedge := found.get("hedged")) and (sized := _SIZED_GUESS.search(text)) and \
            hedge.start() <= sized.start() < hedge.end() and not _GUESS_DOUBT.search(text) and \
            not any(n in found and found[n].start() < hedge.start() for n in ("no_response", "stop_no_response")):
        # a guess at how much a stated gain is, with no doubt beside it ("maybe a third better", "helped maybe half
        # way"): a partial response (settled s66: every writer who wrote one classed it so); a guess whether it helped
        # at all, or one with a doubt ("maybe 20% less pain, I'm not sure"), stays unknown, and a no response said
        # before the guess stays one ("no benefit, other than maybe 10% less irritable")
        del found["hedged"]
        found.setdefault("partial_response", hedge)
    partial = found.get("partial_response")
    if partial and re.fullmatch(r"(?:\w+ )?(?:helpful|helped|helps|useful)", partial.group(0), re.IGNORECASE) and \
            (mood := _MOOD_UNCHANGED.search(text)) and (_HELPED_WITH.match(text, partial.end()) or (
                mood.start() > partial.end() and _BUT.search(text, partial.end(), mood.start()))):
        # ("it helped her pacing, but pain and mood were unchanged": a help with something else)
        return "no_response", _clause(text, mood)
    if composed := _composed(text, found):
        return composed
    well = found.get("remission")
    if well and (went := _HARM_WENT.search(text)) and went.start() < well.start() < went.end():
        del found["remission"]  # (the harm resolved; how the trial went is told elsewhere)
        found["tolerated"] = well
        well = None
    if partial and well and re.fullmatch(r"(?:\w+ )?(?:helpful|helped|helps|worked)", partial.group(0),
                                         re.IGNORECASE) and \
            not re.search(r"\b(?:but|though|although|yet|still|partial\w*|some|somewhat|not all)\b", text,
                          re.IGNORECASE):
        return "remission", _clause(text, well)  # a bare "helped" that it told as well: "helped a lot - felt normal"
    for name in _PRIORITY:
        hedge = found.get("hedged")
        if hedge and name in found and (name == "partial_response" and not found[name].group(0).lower().startswith(
                "partial") or name == "no_response" and hedge.start() < found[name].start()):
            return "unknown", _clause(text, hedge)  # "maybe 20% less pain, mood a bit better" (the guess said first)
        if name == "side_effects" and name in found and _DOSE_DOWN.search(text):
            return "unknown", None  # "nausea at 20 mg, back to 10 mg": borne at a lower dose, not why it ended
        if name == "side_effects" and name in found and "tolerated" in found and \
                found["tolerated"].start() > found[name].start() and not _STOP_VERB.search(text):
            return "unknown", None  # "sweating at night; she says it is 'annoying but livable'": a harm borne
        if name in found:
            return _CLASS_OF_CUE.get(name, name), _clause(text, found[name])
    if "tolerated" in found:
        return "unknown", None  # "tolerated well": how it was borne, not how it worked
    if "hedged" in found:
        return "unknown", _clause(text, found["hedged"])
    if other := found.get("stop_other"):  # a stop for a reason outside the drug decides nothing: the rest may
        text = f"{text[:other.start()]} {text[other.end():]}"
    mood = _MOOD_UNCHANGED.search(text) or _MOOD_NEVER_LIFTED.search(text)
    if mood and not re.search(r"\bpart(?:ly|ial\w*)\b", text, re.IGNORECASE) and \
            (but := list(_BUT.finditer(text, 0, mood.start()))) and \
            re.search(rf"\b(?:{clause._BENEFIT}|useful)\b", text[:but[-1].start()], re.IGNORECASE):
        # a help with something else, then the mood unchanged: "useful for the marriage, but the depression never
        # lifted" (no listed cue; the structure's first benefit word would call it partial); not "it helped partly,
        # with fewer crying spells, but the low mood never lifted", a partial help with the mood
        return "no_response", _clause(text, mood)
    said = clause.polarity(text, _SE_RE)  # no listed cue: the outcome read from the words' structure
    if said[0] == "unknown" and (change := _SCORE_CHANGE.search(text)):
        # no words judge it, a score's change does (as a flowsheet's scores do): "brought her pain down from 8/10 to
        # about 6/10" is a fall of a quarter, a partial response
        told = change.group("scale").lower()
        scale = "pain NRS" if told == "pain" or (told in _PAIN_TOLD and "/10" in change.group(0)) else \
            scale_name(change.group("scale"))
        if scale:
            return score_outcome(scale, [int(change.group("a")), int(change.group("b"))]), change.group(0)
    return said


# a score's change in a trial's words: "pain down from 8/10 to about 6/10", "PHQ-9 from 21 to 13", "MADRS 30 -> 24"
# (s80: the pain may be told by what it is, rated out of ten: "burning from 7/10 to 3/10", "dolor de 8/10 a 4/10")
_PAIN_TOLD = ("burning", "ache", "aching", "headache", "headaches", "soreness", "dolor", "ardor")
_SCORE_CHANGE = re.compile(rf"\b(?P<scale>pain|PHQ-?9|MADRS|HAM-?D(?:-?17)?|GAD-?7|{'|'.join(_PAIN_TOLD)})\b"
                           r"[^.;\d]{0,25}?"
                           r"(?:from\s+|de\s+)?(?P<a>\d{1,2})(?:/10)?\s*(?:->|-->|→|to|a(?=\s+\d{1,2}/10))\s*"
                           r"(?:about |around |approximately |roughly |nearly |~)?(?P<b>\d{1,2})(?:/10)?(?![\d/])",
                           re.IGNORECASE)


def _clause(text: str, m: re.Match) -> str:
    """The clause around a cue: between the separators (;  ,  parentheses) before and after it."""
    starts = [i + 1 for i in (text.rfind(c, 0, m.start()) for c in ";()|") if i >= 0]
    ends = [i for i in (text.find(c, m.end()) for c in ";)|") if i >= 0]
    a = max(starts, default=0)
    b = min(ends, default=len(text))
    return re.sub(r"\s+", " ", text[a:b]).strip(" ,.;:-")


# ---------------------------------------------------------------------------------------------- dose, weeks

_DOSE = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<hi>\d+(?:\.\d+)?))?\s*(?P<unit>mg/kg|"
                   r"mg/24 ?h(?:rs?|ours)?|milligrams?|mg|mcg|"
                   r"µg|micrograms?|units?|g)(?!\w|/(?!kg|day|d\b))(?P<freq>\s*(?:/\s*day|per day|a day|daily|"
                   r"once daily|twice daily|twice a day|three times daily|at bedtime|nightly|in the morning|qhs|"
                   r"qam|qd|bid|tid|q\.d\.|b\.i\.d\.|twice weekly|weekly|every \w+ weeks?|in divided doses|IV|"
                   r"intranasal(?:ly)?|PO(?!\w)|orally))?", re.IGNORECASE)
_SESSIONS = re.compile(r"(?<![\w.])(?P<n>\d{1,3})\s+(?:total\s+)?(?:[\w-]+\s+){0,3}?(?:sessions|treatments|"
                       r"tx|visits|infusions|weekly sessions)\b(?!\s*(?:a|per|each|/)\s*(?:week|wk|day))|"
                       r"(?:x|×)\s?(?P<x>\d{1,3})\b(?!\s*(?:weeks?|"
                       r"mg|days?|months?))|(?:sessions?|treatments?)\s*[:=]?\s*(?P<after>\d{1,3})\b|(?P<of>\d{1,3})"
                       r"\s+of\s+\d{1,3}\s+(?:sessions|treatments)", re.IGNORECASE)
_WEEKS = re.compile(r"(?<!at )(?<!at least )(?:for|x|×|after|over|of|lasting|about|approximately|~)?\s*"
                    r"(?:(?:roughly|about|around|approximately|approx\.?|nearly|almost|just over|just under|some|"
                    r"~)\s*)?"
                    r"(?P<n>\d+(?:\.\d+)?)\s*(?:-|–)?\s*(?P<unit>weeks?|wks?|months?|mos?|years?|yrs?)\b(?![\s-]*old)"
                    # (a pregnancy's or a baby's age is no trial's length: "(18 weeks pregnant)", "32 weeks' gestation",
                    # "6 months postpartum")
                    r"(?!'?\s*(?:pregnant|gestation|postpartum|post-partum|along|of (?:pregnancy|gestation)))",
                    re.IGNORECASE)


def dose_of(text: str) -> str | None:
    best = None
    for m in _DOSE.finditer(text):
        amount = float(m.group("hi") or m.group("n"))
        if best is None or amount > best[0]:
            best = (amount, re.sub(r"\s+", " ", m.group(0)).strip())
    return best[1] if best else None


_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_NUMBER_WORD = re.compile(r"\b(?:(twenty|thirty|forty)[- ](one|two|three|four|five|six|seven|eight|nine)|(" +
                          "|".join(_NUMBER_WORDS) + r"))\b(?=\s+(?:[\w-]+\s+){0,2}(?:sessions|treatments|weeks|"
                          r"months|visits|infusions)\b)", re.IGNORECASE)


def _digits(text: str) -> str:
    """"eight bilateral ECT treatments" -> "8 bilateral ECT treatments", "ten weeks" -> "10 weeks"."""
    def number(m: re.Match) -> str:
        if m.group(3):
            return str(_NUMBER_WORDS[m.group(3).lower()])
        return str(_NUMBER_WORDS[m.group(1).lower()] + _NUMBER_WORDS[m.group(2).lower()])
    return _NUMBER_WORD.sub(number, text)


def sessions_of(text: str) -> int | None:
    m = _SESSIONS.search(_digits(text))
    if not m:
        return None
    n = int(m.group("n") or m.group("x") or m.group("after") or m.group("of"))
    return n if 0 < n <= 300 else None


# a dose's rise told before its time: "to go up to 30 mg over 3 weeks", "titrated to 40 mg over 6 weeks", "to 60 mg
# after 1 week"; (s79) a clause's next dose and when: "Start duloxetine 30 mg daily; 60 mg after 2 weeks"
_TITRATION_TIME = re.compile(r"(?:\b(?:up|to|a|hasta)\s+|[;,]\s*(?:then\s+|luego\s+)?)\d+(?:\.\d+)?\s*(?:mg|mcg)\b"
                             r"[^.;,]{0,12}?\s(?:over|after|tras)\s+(?:about\s+)?\d+(?:\.\d+)?\s*"
                             r"(?:weeks?|wks?|months?|mos?)$", re.IGNORECASE)


def weeks_of(text: str) -> float | None:
    """How long a trial lasted when its words say ("for 12 weeks", "after 4 weeks", "x 6 months")."""
    text = re.sub(r"\b(?:an?|one)\s+(?=(?:year|month|week)\b)", "1 ", _digits(text))  # "for roughly a year"
    text = re.sub(r"\b(?:a couple of|a few)\s+(?=(?:months|weeks)\b)",  # "for a few months": about three
                  lambda m: "2 " if "couple" in m.group(0) else "3 ", text)
    for m in _WEEKS.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\b(?:at|by|within|in)\s*$", before) or re.match(r"\s*ago\b", text[m.end():]):
            continue  # "response at 8 weeks", "two weeks ago": a time point, not the trial's length
        if re.search(r"\b(?:every|each|per|once in)\s*$", before) or re.match(r"\s*(?:apart|intervals?)\b",
                                                                             text[m.end():]):
            continue  # "every two weeks": how often, not how long
        if _TITRATION_TIME.search(text[max(0, m.start() - 40):m.end()]):
            continue  # (s77) "to go up to 30 mg over 3 weeks": how long the dose took to rise, not how long it was
            # taken
        if re.search(r"\b(?:f/u|follow[- ]?up|fu|rtc|return|recheck|re-?check|see (?:again|back)|revisit)"
                     r"(?:\s+(?:in|after))?\s*$", before):
            continue  # "start sertraline 50 mg 3/5/26, f/u 6 wks": when the patient is seen again, not how long
        if re.search(r"\b(?:relief|benefit|improvement|better|response|remission|remitted|well|stable)\s*"
                     r"(?:for|lasting|x)?\s*$", text[max(0, m.start() - 25):m.start()], re.IGNORECASE):
            continue  # "50% relief for 6 weeks" after one injection: how long the relief lasted, not the treatment;
            # "tapered it off because she had been in remission for six months": how long she was well
        n, unit = float(m.group("n")), m.group("unit").lower()
        if unit.startswith("y"):  # "for 2 years": only a length said as one ("depression for 20 years" is no trial)
            if not re.match(r"\s*(?:for|x|×|over|lasting)\b", m.group(0), re.IGNORECASE) or n > 10:
                continue
            return n * 52.18
        return n * 4.35 if unit.startswith("mo") else n
    return None


# ---------------------------------------------------------------------------------------------- history

_AUG_AFTER = re.compile(r"^[^;:().]{0,30}?\(?\s*(?:augment\w*|aug\b(?!\.?\s*[\d-])|"  # "(aug)", not "Aug 2023"
                        r"as (?:an? )?(?:adjunct\w*|add-on|augment\w*)|adjunct\w*|add-on|added (?:to|on)|on top of|"
                        r"potenciaci[oó]n)",
                        re.IGNORECASE)
_AUG_BEFORE = re.compile(r"(?:augment(?:ed|ation|ing)?\s+(?:\w+\s+)?(?:with|by|using)|adjunct(?:ive)?|add-on|added|"
                         r"adding|augmentation:?)\s+(?:(?:with|of|low-dose|a|an)\s+){0,2}$", re.IGNORECASE)
# words before a mention that make it a reference to another trial ("bupropion augmenting sertraline")
_REFERENCE = re.compile(r"(?:augmenting|(?:to|in order to)\s+augment|added to|on top of|in addition to|combined with|"
                        r"adjunct to|"
                        r"adjunctive to|augmentation of|add-on to|"
                        # a scrawled "Abilify 5 aug w/ Prozac", "lithium aug (to Remeron)"
                        r"\baug\.?\s*(?:\(\s*)?(?:to|w/|with)|"
                        # "added aripiprazole 2 mg to the sertraline": the drug it was added to
                        r"\badded\s+[\w-]+(?:\s+(?:XR|XL|SR|ER))?(?:\s+[\d.]+\s*(?:mg|mcg)"
                        r"(?:\s+(?:daily|nightly|a day|at night))?)?\s+to|"
                        # the same in Spanish: "se añadió aripiprazol 5 mg a la venlafaxina", "añadido a la sertralina",
                        # "se agregó al escitalopram"
                        r"\b(?:a[nñ]adi(?:[oó]|eron|d[oa])|agreg(?:[oó]|aron|ad[oa]))\s+(?:[\w-]+(?:\s+[\d.]+\s*(?:mg|mcg))?\s+)?"
                        r"a(?:\s+la|\s+el|l)?|"
                        r"\bpotenciaci[oó]n de(?:\s+la|\s+el|l)?|"
                        # ... "asociado a venlafaxina", "combinada con sertralina", "junto con el escitalopram"
                        r"\b(?:asociad[oa]s?|combinad[oa]s?|junto)\s+(?:a(?:\s+la|\s+el|l)?|con(?:\s+la|\s+el)?)|"
                        # "Abilify 2 mg with the Trintellix": the one it was taken with, named before
                        r"\bwith(?=\s+(?:the|her|his|their|my)\s))\s+"
                        r"(?:the\s+|her\s+|his\s+|their\s+|my\s+)?$", re.IGNORECASE)
_A_TIME_OF = re.compile(r"(?:\b(?:before|prior to|ahead of)|\b(?:through(?:out)?|during|across)\s+(?:both|all|each of)"
                        r"(?:\s+(?:the|her|his|their))?)\s+$", re.IGNORECASE)
# a drug named as the time of another story: "..., when her primary care physician started vortioxetine, and ..."
_WHEN_STARTED = re.compile(r"\bwhen\s+(?:(?:her|his|their|the|a)\s+)?(?:[\w-]+\s+){0,3}(?:started|began|added|"
                           r"prescribed|switched (?:her|him|them) to)\s+(?:(?:her|him|them)\s+on\s+)?$", re.IGNORECASE)
_SEPARATOR = re.compile(r",|;|\+|&|\band\b|\bor\b|\bthen\b|\bwith\b|\bfollowed by\b|\bplus\b|/", re.IGNORECASE)
# a cell that says the patient turned the treatment down: "Declined (2020)", "Refused - fear of memory loss"
_REFUSED_CELL = re.compile(r"\s*(?:patient\s+)?(?:declined|refused)\b(?:\s*\(\d{4}\)|\s*[-–:,]\s*[^|]*)?\s*",
                           re.IGNORECASE)
# words after a mention that say it is not a trial of its own: a component of another therapy, a clinic's name,
# a medicine taken only as needed or for sleep
_NOT_A_TRIAL = re.compile(r"^[\s-]*(?:&|(?:component|element|techniques|skills? (?:were|was)|clinic|center|centre|"
                          r"wellness|institute|program|infusion center|(?:serum |blood |trough )?levels?|"
                          r"wait-?\s?list|waiting list|"
                          # a harm or a finding named after the drug: "lithium-related hypothyroidism", "a
                          # lithium-induced tremor" (its sentence's dates and verbs are another treatment's)
                          r"related|induced|associated|"
                          # a single dose given once ("Haldol shot | ER, March 2017", "one dose of X in the ED")
                          r"shot|single dose|one[- ]time dose|"
                          r"concentration)\b)|\bprn\b|"
                          # given with another service's treatments, part of them: "0.5 mg before each treatment"
                          r"\bbefore (?:each|every) (?:treatment|session|infusion|fraction|procedure|scan)\b|"
                          # (s68) or the plural of them, a wound's dressing changes: "0.5 mg before dressing changes"
                          r"\bbefore (?:(?:each|every) dressing change|dressing changes|treatments|sessions|infusions|"
                          r"procedures|scans)\b|"
                          r"\bas[- ]needed\b|\bfor sleep\b|"
                          r"\(not for (?:depression|mood|the depression)\)|\bpor raz[oó]n necesaria\b",
                          re.IGNORECASE)
# (s65) another person's drug, told by whose it is for in the drug's clause: "Ana takes sertraline 50 mg and
# hydroxyzine for her own anxiety" in her husband's record
_FOR_THEIR_OWN = re.compile(r"\bfor (?:his|her|their) own (?:anxiety|depression|panic|sleep|insomnia|mood|pain|"
                            r"condition|symptoms|ADHD)\b", re.IGNORECASE)
# (s65) the record says the drug was no trial of the depression: "... stopped for constipation; it was not a depression
# trial"
_NO_DEPRESSION_TRIAL = re.compile(r"\b(?:it|this|that)\s+(?:was|is)\s*(?:n[o']t|not)\s+(?:a|an)\s+(?:depression|"
                                  r"antidepressant|mood)\s+trial\b", re.IGNORECASE)
# someone who hands the patient his or her own supply: "giving her one of his own lorazepam tablets"
_GIVEN_FROM_OWN = re.compile(r"\b(?:giv(?:e|es|ing)|gave|shar(?:e|es|ed|ing)|lent|lend(?:s|ing)?|offer(?:s|ed|ing)?)\s+"
                             r"(?:her|him|them|the patient)\s+(?:(?:one|some|a few|two|several|a couple)\s+of\s+)?"
                             r"(?:his|her|their)\s+own\s+$", re.IGNORECASE)
# a dose change's verb just before the drug's name ("raised vortioxetine to 20 mg in 08/2026"; `DOSE_CHANGE` reads the
# rest from the drug's own words)
_DOSE_VERB_BEFORE = re.compile(r"\b(?:increased|titrated|raised|uptitrated|decreased|reduced|lowered)\s+"
                               r"(?:the\s+|her\s+|his\s+|their\s+)?$", re.IGNORECASE)
# another person's pills taken, told before the drug: "some nights he takes one of Edith's escitalopram tablets", "a
# few of her husband's lorazepam" (not "Dr. Ames's", nor the patient's own "Mr. Lee's sertraline")
_KIN_WORD = r"(?:mom|mother|dad|father|wife|husband|partner|spouse|sister|brother|friend|roommate|son|daughter)"
_OTHER_PERSONS = re.compile(rf"\b(?:one|some|a few|two|several|a couple|any) of (?:(?:his|her|their|my|the) )?"
                            rf"(?:(?-i:[A-Z][a-z]+)|{_KIN_WORD})['’]s\s+(?:old\s+|leftover\s+|spare\s+)?$|"
                            rf"\b(?:his|her|their|my)\s+{_KIN_WORD}['’]s\s+$", re.IGNORECASE)
# a single dose given once, told before the drug: "received a single dose of haloperidol", "one dose of X in the ED"
_ONE_DOSE_BEFORE = re.compile(r"\b(?:a\s+)?(?:single|one[- ]time|one)\s+(?:dose|injection|shot)\s+of\s+$",
                              re.IGNORECASE)
# a drug given for sleep only, as its words or a fill's directions say: "Quetiapine 50 mg at bedtime is for sleep only
# (not for mood)", "1 at bedtime for sleep"
_SLEEP_ONLY = re.compile(r"\b(?:for sleep only|only for sleep|s[oó]lo para dormir)\b|"
                         r"\bnot for (?:the )?(?:mood|depression)\b", re.IGNORECASE)
_FILLED_FOR_SLEEP = re.compile(r"\bfor sleep\b", re.IGNORECASE)  # a fill's directions
# a list's label that gives what follows for sleep only: "For sleep: trazodone 50 at night"
_FOR_SLEEP_LABEL = re.compile(r"(?:^|[.;]\s*)(?:for\s+)?sleep(?:\s+aids?)?\s*:\s*$", re.IGNORECASE)
# a list introduced as the medicines given as needed ("PRN medications used during the stay: olanzapine ...,
# hydroxyzine ..."): doses for the moment, not trials
_AS_NEEDED_LIST = re.compile(r"\b(?:PRN|as[- ]needed|p\.r\.n\.)\s+(?:medications?|meds|medicines|doses)\b[^.;]*$",
                             re.IGNORECASE)
# a drug given for another's side effect ("a headache after ECT treated with acetaminophen"): no trial of its own
_FOR_A_SIDE_EFFECT = re.compile(rf"(?<![\w-])(?:{_SIDE_EFFECT})(?:\s+[\w-]+){{0,5}}?,?\s+(?:was\s+|were\s+)?"
                                rf"(?:treated|managed|relieved|controlled)\s+(?:with|by)\s+(?:\w+\s+)?$", re.IGNORECASE)
# words before a therapy that make it a technique learned in another course
_TECHNIQUE = re.compile(r"\b(?:learn(?:ed|t|ing)|practi[cs](?:ed|ing)|taught|teaching|us(?:ed|ing)|focus(?:ed|ing)? on|"
                        r"including|incl\.?|elements of|skills (?:in|from)|techniques (?:of|from)|"
                        r"(?<=, )with|along with)\s+(?:\w+\s+)?$",  # ("..., with DBT skills groups": a part of it)
                        re.IGNORECASE)
# a drug taken in an overdose ("OD on acetaminophen 2015", "overdosed on her sertraline"): no trial
_OVERDOSE = re.compile(r"(?:\b(?-i:OD)|\boverdos(?:e|ed|ing)|\bingest(?:ed|ion))\s+(?:on|of|with)\s+"
                       r"(?:(?:her|his|their|a|an)\s+)?(?:[\w-]+\s+){0,2}$|"
                       r"\bsobredosis\s+(?:de|con)\s+(?:[\w-]+\s+){0,2}$|"
                       # tablets counted as taken at once: "she took about forty 500 mg acetaminophen tablets"
                       r"\b(?:took|swallowed|ingested)\s+(?:about\s+|around\s+|some\s+|over\s+)?(?:\d{2,}|[a-z]+ty|"
                       r"a (?:handful|bottle|box|packet))\s+(?:of\s+)?(?:\d+\s*mg\s+)?(?:(?:her|his|their)\s+)?$",
                       re.IGNORECASE)
# a drug named as what was taken in an overdose ("an intentional trazodone overdose"), given as needed ("PRN
# lorazepam x3"), or put on the skin ("topical capsaicin 8% patch", "lidocaine 5% patch"): no trial the letter counts
# (s82: unless its words tell it tried for the pain the records treat, "Lidocaine 5% patches ... from 07/2025 to
# 10/2025: no change in pain", a trial of the kind other, as s74 decided)
_TAKEN_IN_OVERDOSE = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*(?:mg|g)\s+)?(?:(?:and|&)\s+[\w-]+\s+)?"
                                r"(?:overdose|(?-i:OD)\b|ingestion|toxicity|poisoning)", re.IGNORECASE)
_AS_NEEDED_BEFORE = re.compile(r"\b(?:PRN|p\.r\.n\.|as[- ]needed)\s+$|\btopical(?:ly)?\s+$", re.IGNORECASE)
_ON_THE_SKIN = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:topical\s+)?(?:patch(?:es)?|cream|gel|ointment)\b",
                          re.IGNORECASE)
# a pharmacogenomic report's categories ("USE AS DIRECTED: ...", "MODERATE GENE-DRUG INTERACTION: ...") list drugs
# for decision support, not drugs taken
_PGX_CATEGORY = re.compile(r"(?:gene[- ]drug|drug[- ]gene|use as directed|use with caution|consider alternatives?|"
                           r"(?:minimal|moderate|significant|major|no known) (?:gene[- ]drug )?interactions?|"
                           r"decision support)\b[^:]{0,30}:", re.IGNORECASE)
# the same categories as a table's first column ("Use as directed      bupropion, ...", "Significant gene-drug
# interaction citalopram, ..."), and a genotype table's row ("CYP2C19   *17/*17   Ultrarapid metabolizer   citalopram")
_PGX_ROW = re.compile(r"^\W*(?:use as directed|use with caution|consider alternatives?|(?:(?:minimal|moderate|"
                      r"significant|major|no known|no) )?(?:gene[- ]drug |drug[- ]gene )?interactions?|"
                      r"CYP\d\w*|(?:poor|intermediate|normal|extensive|rapid|ultra-?rapid) metaboli[sz]ers?)\b",
                      re.IGNORECASE)
# a line that only names drugs ("vilazodone, vortioxetine, fluoxetine      lurasidone, ziprasidone"): under such a
# category, the category's next line
# a letterhead in capitals whose words name the service ("QUIET RIVER ACUPUNCTURE (FICTIONAL) - NEW PATIENT HEALTH
# FORM"): the treatment's name there, after the business's own words, is the service's name, no trial had
_LETTERHEAD_NAME = re.compile(r"^(?=[^a-z\d]{12,}$)[A-Z][A-Z .&'()/-]+$")
# (s79) a letter's addressee line: the service it is sent to ("A: Unidad de Estimulación Magnética Transcraneal",
# "To: Interventional Psychiatry - ECT Service"), no trial had (a SOAP note's "A:" is its assessment: a Spanish "A:"
# is an addressee only before a service's name)
_ADDRESSEE = re.compile(r"^\W*(?:(?:to|attn|attention|para|destinatario|dirigid[ao] a|remitid[ao] a|sent to)\s*:|"
                        r"A\s*:\s*(?:la\s+|el\s+)?(?:Unidad|Servicio|Programa|Hospital|Cl[ií]nica|Centro|Dr\.?|Dra\.?)"
                        r"(?:\s|$))", re.IGNORECASE)
_NAMES_ONLY = re.compile(r"[\s,;*()/]|\band\b|\bnone\b", re.IGNORECASE)


def pgx_lists(doc_units: list[Unit]) -> set[int]:
    """The ids of a pharmacogenomic report's category rows (decision support: drugs named, none taken) and the lines
    that only go on naming drugs under one."""
    out: set[int] = set()
    under = False
    for unit in doc_units:
        if unit.table:
            under = False
            continue
        named = lexicon.find_treatments(unit.text)
        if named and _PGX_ROW.match(unit.text[:named[0].start]):
            out.add(id(unit))
            under = True
        elif under and named and not _between_names(unit.text, named):
            out.add(id(unit))
        else:
            under = False
    return out


def _between_names(text: str, named: list) -> str:
    """What a line holds besides the treatments it names (their separators stripped)."""
    kept, at = [], 0
    for f in named:
        kept.append(text[at:f.start])
        at = f.end
    kept.append(text[at:])
    return _NAMES_ONLY.sub("", "".join(kept))
# a therapy's program told with its sessions is a course, not a clinic's name: "the telehealth CBT program: 8 sessions"
_PROGRAM_COURSE = re.compile(r"\s*(?:program|programme)\s*[:,(-]?\s*(?:of\s+)?\d{1,3}\s+(?:[\w-]+\s+)?"
                             r"(?:sessions?|visits?|weeks?|classes)\b", re.IGNORECASE)
# a stay's daily programme ("She attended groups and individual therapy daily"): part of an admission, not a course
_PROGRAM_COUNTED = re.compile(r"\b\d{1,3}\s+(?:program\s+|treatment\s+)?days\b", re.IGNORECASE)
_MILIEU = re.compile(r"\b(?:attended|participated in|joined)\s+(?:unit |milieu |daily )?groups\b|\bmilieu\b|"
                     r"\b(?:groups|therapy) daily\b|\bon the unit\b", re.IGNORECASE)
_SHARED_TAIL = re.compile(r"[,;:]\s*(?i:each|all|both|none|neither|every one|respectively|at adequate|"
                          r"at therapeutic|all at|each at|each for|all for)\b|:\s+(?=[a-z])")  # "...2024: four trials"


_COMBINED = re.compile(r"\s*(?:plus|\+|combined with|together with|with)\s*", re.IGNORECASE)
_GROUP_TAIL = re.compile(r"[(,]\s*(?:both|all|each|all of them|all three)\b[^;)]*", re.IGNORECASE)


def _kind(t: lexicon.Treatment, before: str, after: str) -> str:
    """The class's kind, or augmentation when the notes say this drug was added to an antidepressant."""
    if t.add_on and (_AUG_AFTER.match(after) or _AUG_BEFORE.search(before)):
        return "augmentation"
    return t.kind


def _row(t: lexicon.Treatment, written: str, kind: str, own: str, shared: str, unit: Unit, source_text: str,
         *, dates_text: str | None = None, outcome_text: str | None = None, weight: int = 0) -> HistoryRow:
    course = kind in lexicon.COURSE_KINDS
    sessions = sessions_of(own) if course else None
    dose = f"{sessions} sessions" if sessions else (dose_of(own) if not course or not sessions else None)
    dates_in = dates_text if dates_text is not None else own
    whens = _trial_dates(dates_in)
    at = shared.find(own) if own else -1
    before = shared[:at] if at > 0 else shared.rstrip() + " "  # (the sentence up to the drug's own words)
    if not whens and dates_text is None and not _CONTINUE_BEFORE.search(before):
        # (not when the sentence continues it: "SVR12 in January; continue bupropion XL with his PCP" dates another
        # clause's event, not the drug's trial)
        dates_in = shared
        whens = _trial_dates(shared)
    seen = [w for w in whens if _observed(dates_in, w) or _STATE_ON.search(before) and
            re.search(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", dates_in[:w.start], re.IGNORECASE) or
            _judged_on_entry_day(dates_in, w, source_text)]
    observed = bool(seen) and len(seen) == len(whens)  # (kept, as the row's only dates, for want of better)
    if seen and not observed:
        whens = [w for w in whens if w not in seen]
    start, end = start_and_end(dates_in, whens)
    seen_span = (start, end) if observed else None
    if whens and not (start or end) and dates_text is None and (said := _trial_dates(shared)):
        # its own dates all a dose's steps ("raised it to 5 mg in July 2024"): the sentence's others are the trial's
        # ("In June 2024 Dr. Ames added aripiprazole 2 mg to the venlafaxine and raised it to 5 mg in July 2024")
        start, end = start_and_end(shared, said)
    weeks = None if observed else weeks_of(own) or weeks_of(shared)
    if weeks and start and not end and not re.search(r"since|ongoing|current|present|actualidad|en curso", dates_in,
                                                     re.IGNORECASE):
        end = shift(start, weeks)
    elif weeks and end and not start:
        start = shift(end, weeks, back=True)
    elif weeks and weeks > 5 and start and end == start and len(start) == 7:
        end = shift(start, weeks)  # "x 8 weeks (09/2025)": a month with no cue is when it began, and it ran on
    if start and len(start) == 4 and not end and _STOPPED.search(own):
        end = start  # "stopped within a month (approx. 2017)": a trial that ended, within its year
    if end and end == start and len(start) < 10 and _CURRENT.search(own) and not _STOPPED.search(own):
        end = None  # "vortioxetine started (in June), now 20 mg": taken since then
    cls, words = outcome_of(_recurrence_outside(outcome_text if outcome_text is not None else own, start, end, kind))
    if cls == "unknown" and words is None and outcome_text is None and not (_DOSE_DOWN.search(own) and
                                                           outcome_of(shared)[0] == "side_effects"):
        cls, words = outcome_of(_recurrence_outside(shared, start, end, kind))
    if outcome_text is not None and outcome_text.strip():
        words = re.sub(r"\s+", " ", outcome_text).strip()
    filled = sum(x is not None for x in (dose, start, end, words)) + (cls != "unknown")
    return HistoryRow(t.name, t.drug_class, kind, dose, start, end, words, cls,
                      _source(unit, source_text), sessions, weight + filled, unit.note_date,
                      tabled=weight >= TABLE_WEIGHT, seen=seen_span if seen_span == (start, end) else None)


# the illness back, told of the person rather than of a drug: "the depression returned in the fall of 2022"
_ILLNESS_RETURNED = re.compile(r"\b(?:depression|symptoms|low mood|illness)\s+(?:had\s+|has\s+)?(?:returned|"
                               r"came\s+back|come\s+back|recurred)\b|\b(?:return|recurrence)\s+of\s+(?:the\s+|her\s+|his\s+|"
                               r"their\s+)?(?:depression|symptoms)\b", re.IGNORECASE)


def _recurrence_outside(text: str, start: str | None, end: str | None, kind: str) -> str:
    """`text` without the sentences that tell the illness back at a time outside the trial: after a trial that ended
    (it belongs to no trial, and is why the next began) or before it began (why it began); the contract's rule 4. A
    neuromodulation course keeps them: its benefit fading after the course is its relapse."""
    if kind == "neuromodulation" or not (start or end) or not _ILLNESS_RETURNED.search(text):
        return text
    first = When(0, 0, start).as_date() if start else None
    last = When(0, 0, end).as_date(last=True) if end else None
    kept = []
    for sentence in re.split(r"(?:(?<=[.!?])|(?<=[.!?]['\"’”]))\s+", text):
        whens = _trial_dates(sentence) if _ILLNESS_RETURNED.search(sentence) else []
        # (before it began: from before its first day, "in the winter of 2023-2024" of a restart in 03/2024)
        if whens and all((last and w.as_date() > last) or (first and w.as_date() < first) for w in whens):
            continue
        kept.append(sentence)
    return " ".join(kept)


_CONTINUE_BEFORE = re.compile(r"\b(?:continue|cont\.?|keep|stay on|remain on)\s+(?:on\s+)?(?:the\s+|his\s+|her\s+|"
                              r"their\s+)?$", re.IGNORECASE)
_CURRENT = re.compile(r"\b(?:(?:now|currently|still)(?: on| taking| at)?\s+\d+|(?:currently|still) (?:on|taking)|"
                      r"ongoing|continues|continuing|to date)\b", re.IGNORECASE)
_STOPPED = re.compile(r"\b(?:stopped|discontinued|d/c'?d|tapered off|came off|self-discontinued|quit|"
                      r"(?:se\s+)?retir[oó]|(?:se\s+)?suspendi[oó]|suspendid[oa]|(?:la|lo)\s+dej[oó])\b", re.IGNORECASE)


# the words before a date that make it another event's: a scale's ("PHQ-9 from 21 to 13 by 07/2025"), a birth's, a
# relapse's, a note's, a drug level's
_NOT_TRIAL_DATE = re.compile(r"(?:PHQ|MADRS|HAM|GAD)[^.;]{0,20}(?:on|dated)\s*$|"
                             # a scale's later score: "PHQ-9 21 on 11/04/2024 and 13 on 10/28/2026"
                             r"(?:PHQ|MADRS|HAM|GAD)[^.;]{0,50}\band\s+\d{1,2}\s+(?:on|dated)\s*$|"
                             r"(?:PHQ|MADRS|HAM|GAD|QIDS|BDI)[^.;()]{0,30}\b(?:by|at|in)\s*$|"
                             r"(?:\bDOB|birth|born)\W{0,3}$|"

                             # a time well after the trial: "stopped it in summer 2023 and stayed well until this year"
                             r"\b(?:stayed|remained|was|been|kept|doing|did)\s+well\s+(?:until|till|through|into)\s*"
                             r"(?:(?:this|last|the)\s+)?$|"
                             # (symptoms back "by June 2025", "by the fall of 2022": a date of what was seen)
                             r"(?:note|visit|letter|report|records?|labs?|summar(?:y|ies))\s+"
                             r"(?:of|dated|from|on|in)\s*$|level\b[^()]{0,25}?\b(?:on|in)\s*$|\bsummary\s*(?:dated\s*)?$|"
                             r"(?:intake|seen|consult(?:ation)?|evaluation|DOS|date of (?:visit|service))\s*[:#]?\s*$|"
                             # sessions still to come: "12 more sessions (through 12/2026)", a plan, not the end
                             r"\b(?:\d+|several|a few)\s+(?:more|additional|further)\s+(?:sessions|treatments|"
                             r"infusions|weeks|months|visits)\b[^.;]{0,25}$",
                             re.IGNORECASE)


# a pain score out of ten ("pain from 8/10 to 3/10") is no month of 2010
_OUT_OF_TEN = re.compile(r"\d{1,2}\s?/\s?10")
_LEVEL_AT = re.compile(r"\b(?:back|up|down)\s+(?:at|to)\s*$")  # (s74) a level reached: "the attacks were back at 8/10"
_PAIN_WORDS = re.compile(r"\b(?:pain|NRS|VAS|scores?|rated|rating)\b|\d/10\b", re.IGNORECASE)


_SLASH_PAIR = re.compile(r"\d{1,2}/\d{2}")  # "3/21", "8/10": a month and year, a month and day, or a score


def _dates(text: str, *, day: bool = False, slash_pair: bool = True,
           keep: Callable[[When], bool] | None = None) -> list[When]:
    """The dates find_when reads in text, in order, filtered the ways the readers below need: only whole days
    (`day`: a fill's or a score's day), without a bare pair of numbers ("8/10", `slash_pair=False`), and only those
    `keep` accepts (it looks at the words around a date)."""
    return [w for w in find_when(text) if (not day or len(w.value) == 10) and
            (slash_pair or not _SLASH_PAIR.fullmatch(text[w.start:w.end])) and (keep is None or keep(w))]


def _date_or_note(whens: list[When], unit: Unit) -> str | None:
    """The first of the dates read, else the date of the note the unit is in."""
    return whens[0].value if whens else (unit.note_date.isoformat() if unit.note_date else None)


# a gap of days in a trial still taken: "In October she ran out of duloxetine for four days" dates no start or end
_DAYS_WITHOUT = re.compile(r"\b(?:ran|run|running)\s+out\s+(?:of\s+(?:it|(?:her|his|the)\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
                           r"for\s+(?:(?:a|about|only)\s+)?(?:few|couple(?:\s+of)?|\d{1,2}|one|two|three|four|five|six|"
                           r"seven|several)\s+days\b", re.IGNORECASE)


def _trial_dates(text: str) -> list[When]:
    """Dates in a trial's words, without those of a rating scale or a visit ("PHQ-9 19 on March 3")."""
    return _dates(text, keep=lambda w: not _NOT_TRIAL_DATE.search(text[max(0, w.start - 40):w.start]) and not (
        _OUT_OF_TEN.fullmatch(text[w.start:w.end]) and (_PAIN_WORDS.search(text[max(0, w.start - 40):w.start]) or
                                                        _LEVEL_AT.search(text, 0, w.start))) and
        not (not text[:w.start].strip(" -*>") and _ENTRY_BY.match(text, w.end)))


# A date's own predicate decides what it dates. "started in November 2022", "stopped in January 2026", "Prozac in
# 2019": the trial's start or end. "stopped working around November 2025", "some relief in 2024", "her mood sank
# again through the spring of 2025", "by April 2023 there had been little change", "by early May he was back at 8/10":
# when something was seen of the trial, inside it or after it, which neither starts nor ends it.
_OBSERVED_BY = re.compile(r"\bby\s+(?:(?:early|late|mid|the end of|the middle of|(?:the )?(?:spring|summer|fall|autumn|"
                          r"winter)(?: of)?)[\s-]+)?$", re.IGNORECASE)
_TRIAL_EVENT = re.compile(r"\b(?:start\w*|began|begun|begin\w*|initiat\w*|added|adding|re-?start\w*|resum\w+|"
                          r"discontinu\w*|taper\w*|came off|quit|until|till|from|since|ended|ending|finished|completed|"
                          r"switch\w*|weaned|held|prescribed|tried|trial|took(?!\s+the\s+edge\b)|taken|given|received|"
                          # ("had" as a trial's verb, "had a course of", not the auxiliary: "it had faded by August")
                          r"had(?!\s+(?:\w+ed|been|gone|worn|come)\b)|course|series|"
                          r"between|stopp(?:ed|ing)(?!\s+(?:working|helping)))\b|[-–—]\s*$", re.IGNORECASE)
_OBSERVING = re.compile(r"\b(?:help(?:ed|ing|s)?|improv\w*|better|relie[fv]\w*|respon\w+|worked|working|gains?|"
                        r"(?:was|were|felt|stayed|been)\s+well|"  # "was well all summer": a state seen, no start
                        r"benefit\w*|sank|slid|slipped|dipped|declined|worse\w*|relaps\w*|faded|wore|recurred|unchanged|"
                        r"nothing|remitt\w*|came back|come back|(?:symptoms?|depression|pain|it|they)\s+returned)\b",
                        re.IGNORECASE)
_PREDICATE_START = re.compile(r"[,;:()]|\.\s|\b(?:and|but|then|yet)\b", re.IGNORECASE)


_GAIN_LASTED = re.compile(r"\b(?:remission|response|benefit|effect|improvement|relief|gains?)\b[^.;,]{0,20}?\b"
                          r"(?:lasted|lasting|held|holding)\s+(?:until|till|through|into)\s+(?:(?:early|late|mid|the)\s+)?"
                          r"(?:(?:spring|summer|fall|autumn|winter)(?:\s+of)?\s+)?$|"
                          # ... or a gain held until an event of the story: "'worked pretty well' until the toe
                          # amputation in 2024" dates the event, after which it was lost, not the drug's end
                          r"\b(?:worked|helped|working|helping)\b[^.;]{0,25}?\buntil\s+(?:the|her|his|their|a|an)\s+"
                          r"[^.;,\d]{1,30}?\s+in\s+$", re.IGNORECASE)


# (s68) a state held on the drug, before its name: a "since" after it dates the state, not the drug ("has been in
# remission on venlafaxine XR 150 mg since early 2025")
_STATE_ON = re.compile(r"\b(?:been|is|was|remained|stayed)\s+(?:in (?:full |partial )?remission|well|euthymic)\s+on\s+"
                       r"(?:(?:the|her|his|their)\s+)?$", re.IGNORECASE)


def _up_to_next_date(text: str) -> str:
    """The words before the next date in text: what is told after a date and before another is of the first (s72:
    "desde 07/2024: 'me ayudó al principio, pero desde el verano de 2025 estoy igual de mal'": the loss is 2025's)."""
    later = find_when(text)
    return text[:later[0].start] if later else text


# a contact told by its day after it: "at our booster call on", "at the follow-up visit of", "en la consulta del"
_CONTACT_ON = re.compile(r"\b(?:visit|appointment|appt|call|check-?in|follow-?up|consulta|llamada|revisi[oó]n)"
                         r"\s+(?:on|dated|of|del|el)\s+$", re.IGNORECASE)


def _observed(text: str, w: When) -> bool:
    """Whether the date text[w.start:w.end] is when something was seen of a trial, not its start or end (above)."""
    breaks = [m.end() for m in _PREDICATE_START.finditer(text, 0, w.start)]
    own = text[breaks[-1] if breaks else 0:w.start]
    if by := _OBSERVED_BY.search(text, 0, w.start):
        if re.search(r"\b(?:lost|gone|back|faded|wore off|worn off)\s+$", text[:by.start()], re.IGNORECASE):
            return True  # (s75) "good response by 04/1993 ... - lost by 10/1993": when the gain was seen gone
        # (unless a start or stop is what happened by then: "by July 2020 there was no change and we tapered it off")
        after = re.split(r"\.(?:\s|$)|;", text[w.end:], maxsplit=1)[0]
        lead = [m.end() for m in _PREDICATE_START.finditer(text, 0, by.start())]
        # (a stop with a date of its own after it is no stop by then: "back to baseline by June 2020, tapered off in
        # 11/2020")
        stop = _STOP_VERB.search(after)
        return not _TRIAL_EVENT.search(text[lead[-1] if lead else 0:by.start()]) and not (
            stop and not find_when(after[stop.end():]))
    if re.search(r"\b(?:since|desde)\s+(?:(?:el|la|early|late|mid)\s+)?$", own, re.IGNORECASE) and \
            _LOSS.search(_up_to_next_date(re.split(r"\.(?:\s|$)|;", text[w.end:], maxsplit=1)[0])):
        return True  # "but since September I'm sliding again": when the gain was seen lost, not when it began
    if any(re.fullmatch(r"\s*(?:since|desde)\s+(?:(?:el|la|early|late|mid)\s+)?", own[m.end():], re.IGNORECASE)
           for m in _RETURN.finditer(own)):
        return True  # (s75) "Mood low again since September while still taking it": when the illness came back
    if re.search(r"\b(?:since|from)\s+$", own, re.IGNORECASE) and _FADING_NEXT.match(text, w.end):
        return True  # "good response; from 2008 wearing off despite full dose": when the fade was seen
    if _GAIN_LASTED.search(own):
        return True  # "brought a remission that lasted until spring 2021": how long the gain held, not the trial's end
    if re.match(r"\s*(?:visit|appointment|appt|follow-?up|check-?in)\b", text[w.end:], re.IGNORECASE):
        return True  # "at her 10/27 visit she said it was too soon to know": the day it was seen
    if _CONTACT_ON.search(own) and not _TRIAL_EVENT.search(own):
        return True  # (s74) "at our booster call on 07/28/2026 she said it was too early to tell": the same
    today = note_day()
    if not text[:w.start].strip(" -*>:") and today and w.value == today.isoformat() and \
            _REPORTING.match(text, w.end):
        return True  # a log entry's own day before what the patient reports ("03/06/2026  Refiere mejoria parcial
        # con la duloxetina"): when it was seen, not when the drug began
    return not _TRIAL_EVENT.search(own) and bool(_OBSERVING.search(own))


def _judged_on_entry_day(text: str, w: When, sentence: str) -> bool:
    """(s72) Whether the date text[w.start:w.end] is the day of the log entry it opens, whose sentence neither starts
    nor stops a drug ("10/01/2026 Dr. Penn: mirtazapine 30 mg - mood improved partly", "05/18/26 Vortioxetine 10 mg
    - vomited 3x this wk"): the day the trial was judged, not when it began (a drug's first entry, "01/12/26
    Citalopram 20 mg - started", or an earlier list's start, "Mirtazapine 30 mg | 11/11/2025 - current", says that)."""
    today = note_day()
    if text[:w.start].strip(" -*>:") or not today or w.value != today.isoformat():
        return False
    opens = find_when(sentence[:12])
    # (the sentence's first clause; an initial's stop is none: "08/05/2026 - MH Clinician (R. Tamsett): CBT, session 1")
    words = re.split(r"(?<!\b[A-Z])[.;](?:\s|$)", sentence[opens[0].end:] if opens else sentence, maxsplit=1)[0]
    # (a stop told with a day of its own is that day's, not the entry's: "vomited 3x this wk, pt stopped it
    # 05/15/26")
    words = re.sub(r"[^,]*\b(?:stopp\w*|quit|d/c'?d|discontinu\w*)\b[^,]*\d{1,2}/\d{1,2}/\d{2,4}", "", words)
    return bool(opens) and opens[0].value == w.value and not _TRIAL_EVENT.search(words) and \
        not _EVENT_MORE.search(words)


# a start or a stop `_TRIAL_EVENT` does not know: in Spanish ("se inicia", "comienza", "se suspende", "cambio a"), or
# a course's first session ("primera sesión de TCC", "CBT session 1 of 12")
# (s83) or a prescription written that day, its dose and the quantity dispensed ("5/6/14 venlafaxine XR 150 mg #30"),
# or an order to add it ("11/3/15 add lithium 600 mg")
_EVENT_MORE = re.compile(r"\b(?:inici\w*|comien?z\w*|empie?z\w*|suspend\w*|retir\w*|cambi\w*|paut\w*|añad\w*|"
                         r"primera sesi[oó]n|first (?:session|dose)|sesi[oó]n 1|session 1|add)\b|"
                         r"\d\s*(?:mg|mcg)\b[^.;#]{0,25}#\s*\d+", re.IGNORECASE)


# a benefit fading, told just after a date: "from 2008 wearing off", "since May fading"
_FADING_NEXT = re.compile(r"[\s,]*(?:(?:it|the\s+(?:benefit|effect|response))\s+)?"
                          r"(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:wearing\s+off|wore\s+off|fading|faded|waning|"
                          r"waned)\b", re.IGNORECASE)


# what opens a log entry that reports on a trial: "Refiere", "reports", "states"
_REPORTING = re.compile(r"[\s:–—-]*(?:(?:the\s+)?(?:patient|pt|she|he)\s+)?(?:refiere|comenta|dice|cuenta|relata|"
                        r"reports?|says|states|notes|describes|endorses)\b|"
                        # (or a queue's entry, its kind in capitals, then the patient's own quoted words: "09/02/2026
                        # PORTAL  Pt: 'The fog is back ...'")
                        r"[\s:–—-]*(?:(?-i:[A-Z]{3,})\s+)?(?:patient|pt)\s*:\s*[\"“‘']|"
                        # (or a refill, which tells the drug still taken: "01/06/2026  REFILL  X 40 mg #90  APPROVED")
                        r"[\s:–—-]*(?:refill|renewal)\b", re.IGNORECASE)


# a log's entry opened by its day and its writer: "06/19/2026 (Dr. Ames): plateau for 3 months on mirtazapine" is the
# day of the entry, not of the trial it speaks of
_ENTRY_BY = re.compile(r"\s*\((?:Dr\.?|[A-Z][a-z]+,?\s+(?:MD|DO|NP|PA|RN|LCSW|PhD|PsyD)\b|[A-Z]\.\s*[A-Z])[^()]{0,40}\)"
                       r"\s*[:–—]\s")


_START_NOW = re.compile(r"\b(?:(?:re-?)?start(?:ed)?|resumed?|begin|began|initiate[d]?|add(?:ed)?|trial of|"
                        r"commence[d]?|(?:cross-?taper(?:ed)?|cross(?:ed)?(?: over)?|switch(?:ed)?|change[d]?) to|"
                        r"first session of|(?:se\s+)?cambi[oóa] a|primera sesi[oó]n de|inici[oóa]|comenz[oó]|comienza|"
                        r"empez[oó]|empieza|paut[oóa]|(?:went|was put|were put|was placed) on)\s+(?:[\w-]+\s+){0,2}$",
                        re.IGNORECASE)
# a plan that sets a course's sessions starts it: "Plan: weekly behavioral activation (BA)"
_SESSIONS_SET = re.compile(r"\b(?:weekly|biweekly|fortnightly|twice[- ]weekly|every other week)\s+$", re.IGNORECASE)
# ("cross-taper to escitalopram" starts escitalopram)
_STOP_NOW = re.compile(r"\b(?:stop(?:ped)?|discontinue[d]?|d/c(?:'?d)?|"
                       r"(?<!cross-)(?<!cross )taper(?:ed)?(?: off)?(?! to\b)|wean(?:ed)? off|"
                       r"switch(?:ed)? from|cross-?taper(?:ed)? from|hold|held)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_ON_NOW = re.compile(r"(?:^|\b(?:currently|still|remains|is|has been|been))\s*on\s+(?:(?:the|her|his|my|your)\s+)?$|"
                     r"^\s*on\s+$|"
                     r"\b(?:has|have)(?:\s+now)?\s+(?:been\s+taking|taken)\s+$", re.IGNORECASE)
# a length that runs up to the note's day: "for the past 6 months", "over the last 10 weeks"
_UP_TO_NOW = re.compile(r"\b(?:for|over|during|in)\s+the\s+(?:past|last|previous)\s+\w+\s+"
                        r"(?:weeks?|months?|wks?|mos?)\b", re.IGNORECASE)
# a drug a hospital stopped when the patient came in or left: ended on that day of the stay
_STOPPED_AT_STAY = re.compile(r"\b(?:stopped|discontinued|d/c'?d|held|ceased|tapered off)\s+(?:on|at|upon)\s+"
                              r"(?:the\s+)?(?P<when>admission|discharge)\b", re.IGNORECASE)
# the present perfect and the present of taking a drug: "has now been on", "is on", "remains on"
_ON_STILL = re.compile(r"\b(?:(?:has|have)(?:\s+now)?\s+been|is|remains|currently|still)\s+on\s+$", re.IGNORECASE)
_NOW = re.compile(r"\b(?:today|this visit|at this visit|at today's visit|this week|hoy)\b", re.IGNORECASE)
# a stop made as the note is written: "we are stopping venlafaxine because of the sweating"
_STOPPING = re.compile(r"\b(?:we are|we're|I am|I'm|am|are|is)\s+(?:now\s+)?(?:stopping|discontinuing|tapering off)"
                       r"\s+$", re.IGNORECASE)
# ... or said after the name, of "it": "so we are stopping it and starting sertraline"
_STOPPING_IT = re.compile(r"\b(?:we are|we're|I am|I'm)\s+(?:now\s+)?(?:stopping|discontinuing|tapering off)\s+it\b",
                          re.IGNORECASE)
_STOPPED_NOW = re.compile(r"[^.;:]{0,25}?\b(?:stopped|discontinued|d/c'?d|tapered off|held)\s+(?:today|at this visit|"
                          r"this visit)\b", re.IGNORECASE)
# (s77) a log entry's stop or start told after the name, with no time of its own: "Nortriptyline stopped;",
# "duloxetine 30 mg started, to 60 mg after 1 week", "sertralina 50 mg iniciada", not "started last spring"
_DONE_AFTER = re.compile(r"^[^.;:]{0,30}?\b(?:(?:was|were|is|fue)\s+)?(?:(?P<stop>stopped|discontinued|d/c'?d|"
                         r"tapered off|retirad[ao]|suspendid[ao])|"
                         r"(?P<start>started|begun|initiated|iniciad[ao]|comenzad[ao]))\b"
                         # (s81: "stopped after a severe headache" is stopped then, for the harm; "after a week" is
                         # a time of its own)
                         r"(?!\s+(?:last|in|on|around|about|before|since|by|years?|months?|weeks?|en|hace|after"
                         r"(?!\s+an?\s+(?!(?:few\s+|couple\s+)?(?:days?|weeks?|months?|years?)\b)[a-z]))\b)"
                         r"(?![^.;]*\b(?:ago|hace)\b)", re.IGNORECASE)
# ... or the drug left, told before its name: "Off desipramine.", "Sin sertralina."
_OFF_BEFORE = re.compile(r"(?:^|[.;]\s*|\bnow\s+|^\W*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–:]?\s*)(?:off|sin)\s+(?:of\s+)?$",
                         re.IGNORECASE)
# a visit note's order, opening its sentence: "Start sertraline 50 mg daily.", "Add bupropion XL 150 mg to augment",
# also told as the prescriber's act in a dated entry: "Dr. Ruiz started sertraline 50 mg."
_ORDER = re.compile(r"^\W*(?:(?-i:Dr\.?\s+[A-Z][\w'-]+)\s+)?(?:start(?:ed)?|add(?:ed)?|begin|began|initiated?)\s+"
                    r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the same order after the name: "Trintellix 10 mg samples given, start today."
_ORDER_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:(?:start(?:ed)?|begin|began|initiated?)\s+(?:today|this visit)|"
                          # (s72) "Sertralina 50 mg - se inicia hoy"
                          r"(?:se\s+)?(?:inici[aoó]|comienza|empieza)\s+hoy|"
                          # ... or its start closing the clause of a note that says "today": "Sertraline stopped
                          # today; mirtazapine 15 mg at night started."
                          r"(?:(?:was|were)\s+)?(?:started|begun|initiated)(?=\s*(?:[.;]|$))|"
                          r"first dose (?:tonight|today|this (?:evening|visit))|"
                          # a plan's start told done, on the visit's day: "Methylphenidate 5 mg each morning was added
                          # to the duloxetine on 10/05/2026"
                          r"(?:was|were)\s+(?:added|started|begun|initiated)\b[^.;]{0,40}?\b(?:today|"
                          r"on\s+\d{1,2}/\d{1,2}/\d{2,4})|"
                          # ... told without its verb's auxiliary: "Liothyronine 25 mcg every morning added to
                          # venlafaxine today as augmentation"
                          r"(?<!\bbe )(?<!\bwill )(?<!\bto )\badded\b[^.;]{0,30}?\btoday)\b", re.IGNORECASE)
# ("Plan: aripiprazole 2 mg added to desvenlafaxine, first dose tonight": the order told after the name)
# a start announced for a later day outside a plan section: "Will switch to WBT XL 150 mg starting 6/9."
_WILL_START = re.compile(r"\b(?:will|going to|plan(?:s|ning)? to)\s+(?:switch(?:\s+\w+)?\s+(?:to|over to)|start|begin|"
                         r"try|add)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a course the patient takes up at the visit: "agreed to a course of CBT", "agreed to begin weekly IPT"
_AGREED = re.compile(r"\b(?:agreed|agrees|consented|consents)\s+to\s+(?:(?:a|an|the)\s+)?(?:(?:course|trial|series)\s+"
                     r"of\s+|(?:start|begin)\s+)(?:\w+\s+){0,1}$", re.IGNORECASE)
_STARTING_ON = re.compile(r"^[^.;]{0,40}?\b(?:starting|beginning|from|on)\s+$", re.IGNORECASE)


# words between two mentions of one drug that make the second another trial of it
_AGAIN = re.compile(r"\b(?:again|re-?start\w*|re-?tri\w+|re-?challeng\w+|second|2nd|later|then|and|;)|[.;]",
                    re.IGNORECASE)
# a negation that says a drug was prescribed or dispensed but not taken
_NOT_TAKEN = re.compile(r"\bnever (?:took|taken|started|filled|picked up|used|tried)\b|"
                        r"\bdid ?n[o']t (?:take|start|fill|pick up|use)\b|\bnot taken\b|"
                        r"\b(?:nunca|no)\s+lleg[oó]\s+a\s+(?:retirar|recoger|tomar)", re.IGNORECASE)
# the records' own word that the patient never had a drug at all, said of the drug just after it: "She has never had
# escitalopram", "the reviewer found no escitalopram prescription, claim or note"
_NEVER_HAD = re.compile(r"\b(?:(?:has|have|had)\s+never\s+(?:had|taken|been\s+on|received|been\s+prescribed)|"
                        r"found\s+no)\s+(?:any\s+)?$", re.IGNORECASE)
_LAST_SESSION = re.compile(r"\b(?:session|sesi[oó]n)\s+\d{1,3}\b[^.;]{0,20}?(?:\bfinal\b|\blast\b|\by alta\b)|"
                           r"\b(?:final|last)\s+session\b|\balta de (?:psicolog[ií]a|terapia)\b", re.IGNORECASE)
# (s83) ... or numbered by the therapy's own name: "WBT 8, final", "CBT #12 (last)"
_NUMBERED_LAST = re.compile(r"\s+#?\d{1,3}\s*(?:,\s*|\(\s*|-\s*)(?:final|last)\b", re.IGNORECASE)
_GENERIC_THERAPY = "psychotherapy"  # the treatments table's name for therapy of no named kind ("talk therapy")


_NEXT_LISTED = re.compile(r",\s*(?!(?:then|now|later|raised|increased|decreased|reduced|titrated|up|down|to|at|and|but|"
                          r"dose|max|was|finally|eventually|again|which|that|taken|given|used|uses|tried)\b)"
                          r"[A-Za-z][\w-]{3,}\s+(?:\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|units?|IU|mL)\b|"
                          r"as[- ]needed\b|prn\b)",
                          re.IGNORECASE)
_NEXT_MEDICINE = re.compile(r";\s*(?!(?:then|now|later|raised|increased|decreased|reduced|titrated|up|down|to|at|"
                            r"and|but|dose|max|was|finally|eventually|again)\b)[A-Za-z][\w-]{3,}\s+\d+(?:\.\d+)?\s*"
                            r"(?:mg|mcg|µg|g|units?|IU|mL)\b", re.IGNORECASE)


# a drug given with a procedure's sessions, not a trial of its own: "ketamine 0.5 mg/kg was added to the induction",
# "the anesthetic was changed from methohexital to ketamine", "Lorazepam was held before each treatment",
# "acetaminophen for headache after treatments 1 to 3"
_WITH_PROCEDURE = re.compile(r"\b(?:an(?:a)?esthe(?:tic|sia|tics)|muscle relaxant|(?:to|into) the induction|"
                             r"induction agent|(?:before|after|with) (?:each|every) (?:treatment|session|infusion)|"
                             r"after (?:the )?(?:treatments?|sessions?|infusions?)(?:\s+\d+\s*(?:to|-|–)\s*\d+)?\b|"
                             r"pre-?(?:treatment|procedure|ECT)|post-?(?:ictal|treatment|procedure|ECT))\b",
                             re.IGNORECASE)
_LAST_DOSE = re.compile(r"\b(?:my|her|his|their|the)\s+(?:very\s+)?(?:last|final)\s+(?:dose|pill|tablet|capsule|"
                        r"infusion|session|treatment)?(?:\s+of)?\s*$", re.IGNORECASE)
_ASSESSED_AFTER = re.compile(r"\s*(?:consult\w*|evaluation|referral|request\w*|assessment|screening)\b", re.IGNORECASE)
_COMPLETED = re.compile(r"(?<!have )(?<!had )\b(?:completed|finished|underwent)\s+(?:(?:a|an|the|her|his|their|its|"
                        r"full|index|acute|first|second)\s+){0,2}$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- the case's conditions

# The condition the case appeals for, read from the diagnosis codes its records write: the first code of depression's
# family or of chronic pain's (a pain clinic lists the pain first, a psychiatrist the depression). The other conditions
# the records code (a knee's osteoarthritis, restless legs, essential tremor, fibromyalgia in a depression case) are
# what a drug given "for" them is given for: no trial of the appealed condition.
_DEPRESSION_CODE = re.compile(r"^(?:F3[23]|F34\.1|F53|F06\.3)")
_PAIN_CODE = re.compile(r"^(?:G89|G90\.5|M79\.7|M79\.[126]|M5[0-4]|M4[5-8]|M1[5-9]|M25\.5|G5[0-9]|G6[0-3]|E1[013]\.4|"
                        r"B02\.2|R52)")
# a body part's disease that another specialty treats, pain among its signs: a joint's osteoarthritis or pain, the
# spine's stenosis or a disc, a nerve's or root's disorder (trigeminal neuralgia, phantom limb pain, a chemotherapy's
# polyneuropathy). Beside a depression code it is the record's clinic's condition (a surgeon's, an amputee clinic's,
# an oncologist's), not a pain appeal; chronic pain as the illness itself is coded as such (G89, CRPS, fibromyalgia,
# a diabetic neuropathy)
_BODY_PART_CODE = re.compile(r"^(?:M1[5-9]|M25\.5|M4[5-8]|M5[0-4]|G5[0-9]|G6[0-3])")
_PSYCHIATRIC_CODE = re.compile(r"^(?:F|Z|R4[0-6]|O99\.3[45]|T[345]\d)")  # the mind's, a history or a poisoning
# words a code's description holds that name no condition of their own
_GENERIC_WORDS = frozenset("""unspecified specified other type with without due and the of in on to not chronic acute
    moderate mild severe recurrent single episode current right left bilateral unilateral primary secondary initial
    encounter complicating intractable status mellitus history long term use site lower upper adult pediatric sequela
    subsequent region multiple sites elsewhere classified condition conditions syndrome disease disorder disorders
    unsp low high for its all any has was are but set part""".split())
_CONDITION_HEAD = frozenset({"pain", "syndrome", "disease", "disorder", "infection"})  # "knee pain", "legs syndrome"
_PAIN_NAMED = re.compile(r"\bpain\b|\bdolor\b", re.IGNORECASE)
_APPEALED_WORDS = {"depression": re.compile(r"depress|\bmood|\bMDD\b|antidepress|[aá]nimo|\bTRD\b", re.IGNORECASE),
                   "pain": re.compile(r"\bpain|neuropath|fibromyalg|\bdolor|\bCRPS\b", re.IGNORECASE)}


# (s74) a pain condition the records treat: a code of chronic pain's family, of a body part's pain, of a headache
# (migraine, G43; other headaches, G44), or a pain or headache service's notes
_HEADACHE_CODE = re.compile(r"^G4[34]")
_PAIN_SERVICE = re.compile(r"\b(?:pain|headache|spine)\s+(?:clinic|center|centre|program|programme|service|"
                           r"management|medicine|unit)\b|\bunidad\s+del\s+dolor\b|\bcl[ií]nica\s+del\s+dolor\b",
                           re.IGNORECASE)
# the words that tell a drug was tried for that pain: "no change in pain", "did nothing for the headaches", "8/10"
_TREATED_PAIN = re.compile(r"\bpain|\bheadaches?\b|\bmigraines?\b|neuralg|\bdolor|\bcefaleas?\b|\bjaquecas?\b|"
                           r"neuropath|\bsciatica\b|radicul|\b\d{1,2}\s*/\s*10\b", re.IGNORECASE)


@dataclass(frozen=True)
class CaseConditions:
    appealed: str | None = None  # depression | pain | None (no code of either)
    other: frozenset[str] = frozenset()  # the words that name the case's other coded conditions
    pain: bool = False  # the records treat a pain condition (its code, or a pain service's notes)


_NO_CASE = CaseConditions()
_CASE: ContextVar[CaseConditions | None] = ContextVar("case_conditions", default=None)
# the document is written by someone other than the patient (a spouse's statement): its "I" is the writer
_WRITER_NOT_PATIENT: ContextVar[bool] = ContextVar("writer_not_patient", default=False)
_WRITTEN_BY_OTHER = re.compile(r"\b(?:written by|statement of|from|submitted by)\s*:?\s+[A-Z][^,\n]{1,60},\s*"
                               r"(?:the\s+)?"
                               r"(?:her|his|their|the (?:patient|member)'s|patient's|member's)\s+"
                               r"(?:husband|wife|spouse|partner|mother|father|son|daughter|sister|brother|friend|"
                               r"caregiver|parent)\b|\bI am (?:her|his|their|the patient's) (?:husband|wife|spouse|"
                               r"partner|mother|father|son|daughter|sister|brother|caregiver)\b", re.IGNORECASE)
# a first person who takes the drug: "I take Lexapro myself", "I have been on sertraline"
_I_TAKE = re.compile(r"\bI\s+(?:also\s+)?(?:take|took|have taken|am on|was on|have been on|used|tried)\s+"
                     r"(?:\w+\s+){0,2}$", re.IGNORECASE)


def case_conditions(doc_units: list[Unit]) -> CaseConditions:
    """The appealed condition and the words of the other conditions the records code, from every code written (the
    code set's own description and the record's words beside the code)."""
    from appeal_kit.intake.codes import describe_code, normalize_icd

    appealed = None
    depression_coded = False
    pain_codes: list[str] = []
    headache_coded = False
    words: dict[str, str] = {}  # code -> its words
    for u in doc_units:
        for m in _ICD.finditer(u.text):
            code = normalize_icd(m.group(1))
            if "." not in code and not re.search(r"ICD|CIE|diagnos|dx|F\d\d", u.text, re.IGNORECASE):
                continue
            family = "depression" if _DEPRESSION_CODE.match(code) else "pain" if _PAIN_CODE.match(code) else None
            appealed = appealed or family
            depression_coded = depression_coded or family == "depression"
            if family == "pain":
                pain_codes.append(code)
            headache_coded = headache_coded or bool(_HEADACHE_CODE.match(code))
            if code in words or _PSYCHIATRIC_CODE.match(code):
                continue
            described = describe_code(code)
            if not described:
                continue
            # the record's own words beside it: "Restless legs syndrome (G25.81)", "G25.0 essential tremor"
            before = re.split(r"[;:.|]|[A-TV-Z]\d{2}", u.text[max(0, m.start() - 60):m.start()])[-1]
            after = re.split(r"[;:.|(]|[A-TV-Z]\d{2}", u.text[m.end():m.end() + 60])[0]
            words[code] = f"{described} {before if before.rstrip().endswith('(') else ''} {after}"
    if appealed is None:
        return CaseConditions()
    if appealed == "pain" and depression_coded and all(_BODY_PART_CODE.match(c) for c in pain_codes):
        # a body part's disease coded first (a knee's osteoarthritis before its replacement, the spinal stenosis a
        # surgeon operated on, phantom limb pain in an amputee clinic) is the body's, no pain appeal: with depression
        # coded beside it and no code of chronic pain itself, the case is the depression's
        appealed = "depression"
    other = {w for code, text in words.items()
             if not (appealed == "pain" and _PAIN_CODE.match(code)) and not (appealed == "depression" and
                                                                              _DEPRESSION_CODE.match(code))
             for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _GENERIC_WORDS}
    pain = bool(pain_codes) or headache_coded or any(_PAIN_SERVICE.search(u.text) for u in doc_units)
    return CaseConditions(appealed, frozenset(other), pain)


def for_treated_pain(t: lexicon.Treatment, words: str, case: CaseConditions | None = None) -> bool:
    """Whether a medicine of the kind other (no antidepressant) was tried for the pain condition the records treat:
    its words name the pain ("no change in pain", "did nothing for the headaches"). The lead's decision (s74): such a
    trial is a history row, as appeal-kit appeals ketamine for chronic pain too; one given for something else is not."""
    return (case or _CASE.get() or _NO_CASE).pain and t.kind == "other" and t.drug_class not in _NO_MEDICINE and \
        bool(_TREATED_PAIN.search(words))


def _pain_row(r: HistoryRow, case: CaseConditions) -> bool:
    """Whether a row's words tell a medicine tried for the pain the records treat (for_treated_pain)."""
    return bool((t := lexicon.lookup(r.name)) and for_treated_pain(t, f"{r.outcome or ''} {r.source.text}", case))


# (s80) a list's heading that names the medicines tried for the treated pain: "Medicines tried for the neuralgia:",
# "Pain medications tried:", "Tratamientos probados para el dolor:"
_PAIN_LIST_HEAD = re.compile(r"^\W*(?:[A-Za-zÁÉÍÓÚáéíóúñ]+\s+){0,3}?(?:medicines?|medications?|meds|drugs|treatments?|"
                             r"tratamientos|medicamentos|f[aá]rmacos)\b[^:.;]{0,50}:", re.IGNORECASE)


def _pain_list_items(doc_units: list[Unit]) -> list[Unit]:
    """(s80) The items of a list under a heading that names the medicines tried for the treated pain ("Medicines tried
    for the neuralgia:" | "Gabapentin ...: no change in the occipital pain; stopped." | "Pregabalin ...: gained 18 lb
    and swollen ankles; stopped."): each item, its own words naming no pain, a trial for that pain; the list ends at
    the first sentence that does not open with a treatment's name."""
    out: list[Unit] = []
    opened: Unit | None = None
    for u in doc_units:
        head = _PAIN_LIST_HEAD.match(u.text)
        if head and _TREATED_PAIN.search(head.group(0)) and not u.table:
            opened = u
            out.append(u)
            continue
        # (s83: a table's rows under it too: "Medicine | Dates | Highest dose | What happened")
        if opened and u.table in (None, "trials") and \
                (u.file, u.page, u.section) == (opened.file, opened.page, opened.section) and \
                (named := lexicon.find_treatments(u.text)) and not u.text[:named[0].start].strip(" -*•\t"):
            out.append(u)
            continue
        opened = None
    return out


def _pain_trial(r: HistoryRow, case: CaseConditions) -> bool:
    """Whether a row is a trial of a medicine for the pain the records treat: its words tell that pain, its dates and
    how it went (not a current list's "for pain", nor a plan's "oxycodone if needed")."""
    return _pain_row(r, case) and r.outcome_class != "unknown" and bool(r.start or r.end)


# (a block, a stimulator, physical therapy: no medicine)
_NO_MEDICINE = frozenset({"interventional pain procedure", "rehabilitation"})


def _condition_runs(text: str, other: frozenset[str]) -> list[tuple[int, int, list[str]]]:
    """Runs of words in `text` that name one of the case's other conditions: (start, end, words)."""
    runs: list[tuple[int, int, list[str]]] = []
    for m in re.finditer(r"[A-Za-z]+", text):
        w = m.group(0).lower()
        w = w[:-1] if w.endswith("s") and w[:-1] in other else w
        if w in other or w in _CONDITION_HEAD and runs and runs[-1][1] >= m.start() - 1 and \
                not text[runs[-1][1]:m.start()].strip():
            if runs and not text[runs[-1][1]:m.start()].strip() and runs[-1][1] >= m.start() - 1:
                runs[-1] = (runs[-1][0], m.end(), runs[-1][2] + [w])
            else:
                runs.append((m.start(), m.end(), [w]))
    # a run names a condition by a word that is no harm a drug may do ("restless legs", not "tremor" alone); a single
    # word only when it is long enough to be a condition's name ("fibromyalgia", "neuropathy")
    # (or a shorter word after "for the": "Gabapentin 300 mg three times daily for the back" in a case that codes low
    # back pain)
    return [(a, b, ws) for a, b, ws in runs if any(x in other and not re.fullmatch(_SE, x, re.IGNORECASE) for x in ws)
            and (len(ws) > 1 or len(ws[0]) >= 5 or len(ws[0]) >= 4 and _FOR_THE.search(text[:a]))]


def _not_added(after: str) -> str:
    """A drug's own words up to another medicine given with it and its directions: "now 200 mg with ondansetron PRN
    for nausea" (the nausea is the ondansetron's)."""
    return re.split(r"\b(?:with|plus)\s+(?=[A-Za-z][\w-]+\s+(?:\d|PRN\b|as[- ]needed\b))|\+", after,
                    flags=re.IGNORECASE)[0]


def _near_words(after: str, size: int = 40) -> str:
    """The first `size` characters of a drug's own words, and the rest of a bracket opened in them: "hydroxyzine 25 mg
    at bedtime (started by her previous urologist for bladder symptoms)" says in its bracket what it is for."""
    near = after[:size]
    if near.count("(") > near.count(")") and (close := after.find(")", size)) >= 0:
        near = after[:close + 1]
    elif (what := re.search(r"\bfor\b", near)) and (end := re.search(r"[.;:!?)\"”]", after[what.end():])):
        # (what it is for, read to its end: "... daily 'for both the nerve pain and her depression.'")
        near = after[:what.end() + min(end.start(), 100)]
    return near


_FOR_THE = re.compile(r"\bfor\s+(?:the|her|his|their|my)\s+$", re.IGNORECASE)
_FOR_SLOT = re.compile(r"(?:\bfor|\bpara|\()\s+(?:(?:the|her|his|their|a|an|el|la)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_LABEL_ON = re.compile(r":\s*(?:(?:well\s+)?(?:controlled|stable|managed|treated)\s+(?:on|with)\s+)?$", re.IGNORECASE)
_WORSE_AFTER = re.compile(r"\s*(?:went up|rose|increased|got worse|worsened|was (?:high|up|worse)|spiked|climbed)\b",
                          re.IGNORECASE)
_HARM_BEFORE = re.compile(r"\b(?:stopp|discontinu|d/c|because|due to|caus|worse|made|after)", re.IGNORECASE)


_CELL_OPENS = re.compile(r"\W*(?:(?:active|current|ongoing|continu\w*|indication)\b\W*)?", re.IGNORECASE)


def for_other_condition(label: str, own: str, *, cell: bool = False) -> bool:
    """Whether a drug's own words (`own`, from its name on) or the label its sentence opens with (`label`, up to the
    name: "Restless legs syndrome (G25.81): controlled on") give it for another condition the case's records code:
    "gabapentin 300 mg at bedtime for restless legs", "Propranolol LA 80 mg daily (essential tremor)", "for
    fibromyalgia", a medication record's column "R knee pain" (not when the words also name the appealed condition:
    "for pain and mood" in a depression case; nor a harm: "stopped because her essential tremor got worse").
    `cell`: `own` is a table's cell, which may name the condition alone ("Active - neuropathy (endocrinology)")."""
    case = _CASE.get() or _NO_CASE
    if not case.other or case.appealed is None:
        return False
    appealed = _APPEALED_WORDS[case.appealed]
    if appealed.search(own) or appealed.search(label):
        return False
    for a, b, ws in _condition_runs(own, case.other):
        if _HARM_BEFORE.search(own[:a]) or _WORSE_AFTER.match(own, b):
            break  # (a condition the drug made worse is a harm: "Blood pressure went up and I could not sleep")
        if len(ws) > 1 or _FOR_SLOT.search(own[:a]) or cell and _CELL_OPENS.fullmatch(own[:a]):
            return True
    return bool(_LABEL_ON.search(label) and any(len(ws) > 1 or _FOR_SLOT.search(label[:a]) or not label[:a].strip()
                                                 for a, b, ws in _condition_runs(label, case.other)))


# a question's bracketed examples: "Other treatment (TMS, ECT, ketamine) ?"
_QUESTION_EXAMPLES = re.compile(r"\(([^()?]{3,80})\)\s*\?")
# a list's label that names another condition's medicines: "Pain medicines:", "Seizure medications:", "HIV meds:"
_OTHER_LIST_LABEL = re.compile(r"^\W*(?:(?:her|his|their|other|current)\s+)?(?:pain|back pain|seizure|epilepsy|"
                               r"anti-?seizure|cardiac|heart|blood pressure|BP|diabetes|thyroid|HIV|antiretroviral|"
                               r"asthma|COPD|breathing|migraine|headache|acne|skin)\s+(?:medicines|medications|meds|"
                               r"drugs|regimen)\s*:", re.IGNORECASE)


# what may stand before the drug on a list's line: a bullet, a number, or a sentence that ended
_LINE_OPENS = re.compile(r"(?:.*[.!?]\s+)?[\s\-*•·\d.)]*", re.DOTALL)


# a restart told just before the drug's name: "Reinició sertralina 50 mg en junio de 2026", "Restarted sertraline ..."
_RESTARTED_BEFORE = re.compile(r"\b(?:re-?start(?:ed)?|resumed|reinici[oó]|retom[oó]|volvi[oó] a tomar)\s+(?:on\s+)?$",
                               re.IGNORECASE)


_SCALE_WORD = re.compile(r"\b(?:PHQ-?9|MADRS|HAM-?D|HDRS|GAD-?7|QIDS|BDI)\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:at|from|with|through|via)\s+(?:the\s+)?(?:[A-Z][\w'&.-]*\s+){1,3}$")


def _listed_in_course(text: str, course: lexicon.Found, f: lexicon.Found) -> bool:
    """Whether `f` opens the list after a psychotherapy course's colon, the course told with its sessions or dates in
    the same clause: one of its techniques."""
    between = text[course.end:f.start]
    return course.treatment.kind == "psychotherapy" and bool(re.search(r":\s*$", between)) and \
        not re.search(r"[.;]\s", between) and bool(sessions_of(between) or _trial_dates(between))


_THROUGH_BEFORE = re.compile(r"\b(?:through|throughout|during|across)\s+(?:the\s+|his\s+|her\s+|their\s+)?$",
                             re.IGNORECASE)
_COURSE_AFTER = re.compile(r"\s+(?:course|program(?:me)?|series|block)\b", re.IGNORECASE)


def prose_rows(unit: Unit, planned: dict[str, date] | None = None,
               planned_as_augmentation: set[str] | None = None,
               stay: dict[str, date] | None = None, left_out: dict[str, str] | None = None) -> list[HistoryRow]:
    """The rows one sentence proposes. `planned` collects the treatments a plan starts, with the note's date: when a
    later note shows the treatment taken, that date is its start (and `planned_as_augmentation` those the plan adds
    to an antidepressant); `stay` is a discharge summary's admission and discharge dates; `left_out` collects the
    treatments the sentence says are given for another disorder ("ADHD, stable on methylphenidate":
    other_condition) or were never taken ("filled once but she never took it": not_taken)."""
    text = unit.text
    # a generic therapy word in a place's capitalized name ("a DBT group at Harbor Counseling on 11/04/2026", "seen
    # at Lakeside Psychotherapy Associates") names the place, not a course of its own
    found = [f for f in lexicon.find_treatments(text) if not (
        f.treatment.name == _GENERIC_THERAPY and f.written[:1].isupper() and
        _PLACE_BEFORE.search(text, 0, f.start))]
    # a drug named only as the time a score was taken ("HAM-D 22 at venlafaxine start (04/2025); HAM-D today
    # (11/03/2026): 6"): the score's story, no mention of the trial (whose dates the sentence's other score would end)
    if _SCALE_WORD.search(text):
        found = [f for f in found if not (
            re.search(r"\b(?:at|before)\s+(?:the\s+)?$", text[max(0, f.start - 12):f.start]) and
            re.match(r"\s+(?:start|initiation|baseline)\b", text[f.end:]))]
    # (s82) a treatment named after another only as the time the first was taken through ("Bupropion XL 300 mg since
    # 03/2025, unchanged through the tDCS course; he says it has 'not done much'"): the first drug's words go on
    found = [f for n, f in enumerate(found) if not (
        n and _THROUGH_BEFORE.search(text, max(0, f.start - 30), f.start) and _COURSE_AFTER.match(text, f.end))]
    # "sertraline (Zoloft)": one mention
    merged: list[lexicon.Found] = []
    for f in found:
        if merged and re.fullmatch(r"[\s(),/-]*", text[merged[-1].end:f.start]) and (
                merged[-1].treatment == f.treatment or _GENERIC_THERAPY in (merged[-1].treatment.name, f.treatment.name)
                and merged[-1].treatment.kind == f.treatment.kind == "psychotherapy"):
            # ("CBT talk therapy", "psychotherapy (IPT)": the named therapy)
            named = f if merged[-1].treatment.name == _GENERIC_THERAPY else merged[-1]
            merged[-1] = lexicon.Found(merged[-1].start, f.end, named.treatment, named.written)
        elif merged and merged[-1].treatment == f.treatment and not _AGAIN.search(text[merged[-1].end:f.start]):
            continue  # "Escitalopram: in 2019 her PCP started 'lex 10'; she quit...": the one trial named twice
        else:
            merged.append(f)
    # a therapy's technique named inside the course of another ("CBT, 16 sessions: learned behavioral activation"):
    # part of that course, not a course of its own
    # (or listed after the course's colon: "TCC individual, 16 sesiones, del 12/01/2026 al 28/09/2026: activación
    # conductual, reestructuración cognitiva y prevención de recaídas")
    merged = [f for n, f in enumerate(merged) if not (
        f.treatment.kind == "psychotherapy" and any(g.treatment.kind == "psychotherapy" for g in merged[:n]) and (
            _TECHNIQUE.search(text[max(0, f.start - 40):f.start]) or _listed_in_course(text, merged[n - 1], f)))]
    # a treatment named as a time in the story of another ("Before TMS she had failed sertraline", "escitalopram,
    # continued through both TMS courses; it has given her a partial benefit") is no mention of its own trial: the
    # words after it are the other's
    timed = [f for f in merged if _A_TIME_OF.search(text[max(0, f.start - 45):f.start])]
    if timed and len(timed) < len(merged):
        merged = [f for f in merged if f not in timed]
    # ... also when it is the sentence's only treatment, named last as the time of what the sentence tells ("she had a
    # passive wish to be dead in 2023, before VNS."): the sentence is about something else
    # (or a heading's: "Treatment before VNS (from the referral, 02/2024)" titles what came before it)
    merged = [f for f in merged if not (
        re.search(r",\s*(?:before|prior to|ahead of)\s+(?:the\s+|her\s+|his\s+|their\s+)?$",
                  text[max(0, f.start - 45):f.start], re.IGNORECASE) and re.fullmatch(r"[\s.;)]*", text[f.end:]) or
        re.fullmatch(r"\W*(?:[A-Za-z]+\s+){1,3}(?:before|prior to)\s+", text[:f.start], re.IGNORECASE) and
        len(text) <= 80 and not re.search(r"[.;]\s", text))]
    # ... and one the sentence names only as when its story happened ("symptoms began to return in early 2024, when
    # her doctor started vortioxetine, and by July she again met criteria"): begun then, the rest is not its
    only_then = {f.start for f in merged if _WHEN_STARTED.search(text[max(0, f.start - 60):f.start])}
    if not merged:
        return []
    # a list labelled with another condition's medicines ("Pain medicines: oxycodone ...; gabapentin 300 mg three
    # times daily"): each drug it lists is given for that condition, unless the line names the mood too
    if (label := _OTHER_LIST_LABEL.match(text)) and (_CASE.get() or _NO_CASE).appealed == "depression" and \
            not _APPEALED_WORDS["depression"].search(text) and merged[0].start >= label.end():
        if left_out is not None:
            for f in merged:
                left_out.setdefault(f.treatment.name, "other_condition")
        return []
    # the examples a form's question lists in brackets ("Other treatment (TMS, ECT, ketamine)? [X] Yes") are not
    # what it answered: the answer's own details name the one had
    asked = [(m.start(1), m.end(1)) for m in _QUESTION_EXAMPLES.finditer(text)
             if len(lexicon.find_treatments(m.group(1))) > 1]
    merged = [f for f in merged if not any(a <= f.start < b for a, b in asked)]
    if not merged:
        return []
    # a form's unticked "[ ] No" is no answer: blanked (same length, so the mentions keep their places)
    answered = _UNTICKED.sub(lambda m: " " * len(m.group(0)), form_boxes(text))
    cats = assert_mentions(answered, [Mention(f.start, f.end, "treatment") for f in merged], section=unit.section)
    # what no listed trigger catches, the clause's structure may: a question, a modal, a condition, a refusal
    cats = [c or clause.mood(answered, f.start, f.end) for c, f in zip(cats, merged)]
    # a course the patient completed is a trial, whatever a clause after it says of how it came about ("completed the
    # ketamine infusion series we discussed", "underwent the ECT course that was recommended")
    # (not a course's consult, nor one completed in the future: "will have completed the ECT consult")
    cats = [None if c == "hypothetical" and _COMPLETED.search(text[max(0, f.start - 40):f.start]) and
            not _ASSESSED_AFTER.match(text, f.end) else c for c, f in zip(cats, merged)]
    # a reference ("added to venlafaxine") is no trial of its own, unless both drugs have their own parenthesis that
    # dates or judges them: "lithium (2025-2026, no response) added to venlafaxine 300 mg (since 2024, partial
    # response)"; in "X adjunct to Y (2021)" the one parenthesis is the pair's
    referenced = {i for i, f in enumerate(merged) if _REFERENCE.search(text[max(0, f.start - 50):f.start])}
    owners = [i for i in range(len(merged)) if i not in referenced or (
        i > 0 and ")" in text[merged[i - 1].end:merged[i].start] and _own_parenthesis(text, merged[i].end))]
    tail = _SHARED_TAIL.search(text, merged[-1].end)
    # (a sentence with one trial of its own is all that trial's: "X from June 2024, 300 mg from August: anxiety got
    # worse; came off it in November 2024")
    end_of_own = tail.start() if tail and len(owners) > 1 else len(text)
    shared = text[:merged[0].start] + " " + text[end_of_own:]
    rows: list[HistoryRow] = []
    joined: list[tuple[int, bool]] = []  # each row's mention, and whether it is joined to the next ("X plus Y")
    spans: list[tuple[int, int]] = []  # each row's mention in the text
    for n, i in enumerate(owners):
        f = merged[i]
        nxt = merged[owners[n + 1]].start if n + 1 < len(owners) else end_of_own
        prv = merged[owners[n - 1]].end if n > 0 else f.start
        gap = text[prv:f.start]
        cut = [m.end() for m in _SEPARATOR.finditer(gap)]
        own_start = prv + cut[-1] if cut and n > 0 else f.start
        gap_next = text[f.end:nxt]
        cuts = [m.start() for m in _SEPARATOR.finditer(gap_next)]
        if n + 1 < len(owners) and owners[n + 1] in referenced and ")" in gap_next and \
                "(" not in gap_next[gap_next.rfind(")"):]:
            cuts = [gap_next.rfind(")") + 1]  # "X (2025 to 2026, no response) added to Y": the parenthesis is X's
        own_end = nxt if n + 1 >= len(owners) else f.end + (cuts[-1] if cuts else len(gap_next))
        before = text[max(0, f.start - 30):f.start]
        if cats[i]:
            if left_out is not None and cats[i] == "other_condition":
                left_out[f.treatment.name] = "other_condition"
            elif left_out is not None and cats[i] == "negated" and \
                    _NEVER_HAD.search(text[max(0, f.start - 40):f.start]) and \
                    not re.match(r"\s*(?:before|until|prior to)\b", text[f.end:], re.IGNORECASE):
                # (not "had never taken lithium before this admission": it was begun there)
                left_out[f.treatment.name] = "never_had"  # "She has never had escitalopram": a mention elsewhere
                # that judges nothing was a mistake (a chart read aloud in error, a plan's wrong "prior trial")
            elif left_out is not None and cats[i] == "negated" and _NOT_TAKEN.search(text):
                left_out.setdefault(f.treatment.name, "not_taken")
            elif left_out is not None and _AS_NEEDED.search(text[f.end:f.end + 30]):
                left_out.setdefault(f.treatment.name, "as_needed")  # "Plan: trazodone 50 mg qhs prn sleep"
            will = _WILL_START.search(text[max(0, f.start - 40):f.start])
            if cats[i] == "hypothetical" and (unit.section == "plan" or will) and unit.note_date and \
                    planned is not None and (_START_NOW.search(before) or will or _ORDER_AFTER.match(text[f.end:]) or
                                             f.treatment.is_course and _SESSIONS_SET.search(before)):
                later = [w for w in _trial_dates(text[f.end:]) if _STARTING_ON.match(text[f.end:f.end + w.start])]
                day = When(0, 0, later[0].value).as_date() if later and len(later[0].value) == 10 else None
                planned.setdefault(f.treatment.name, day if day and day >= unit.note_date else unit.note_date)
                if planned_as_augmentation is not None and f.treatment.add_on and _kind(
                        f.treatment, text[max(0, f.start - 40):f.start], text[f.end:f.end + 45]) == "augmentation":
                    planned_as_augmentation.add(f.treatment.name)  # "add bupropion SR 150 qAM as augmentation"
            log.debug("%s p. %d: a %s mention left out", unit.file, unit.page, cats[i])
            continue
        # a list's next item, another medicine with its dose ("desvenlafaxine 100 mg daily; levothyroxine 75 mcg for
        # hypothyroidism"), is that one's, though the treatments table does not know it
        item = _NEXT_MEDICINE.search(text, f.end, own_end)
        if not item and (comma := _NEXT_LISTED.search(text, f.end, own_end)) and dose_of(text[f.end:comma.start()]):
            item = comma  # (or after a comma, once this one's dose is told: "vortioxetine 10 mg daily (continues),
            # loperamide as needed, vitamin D": the "as needed" is the loperamide's)
        own_end = item.start() if item else own_end
        own = text[own_start:own_end]
        # (a psychotherapy given for the pain, "8 sessions of CBT for chronic pain with our pain psychologist", is
        # still a course of talking therapy whose effect on the mood the records judge: not left out for the pain)
        for_pain_talk = f.treatment.kind == "psychotherapy" and bool(_PAIN_NAMED.search(own)) or \
            for_treated_pain(f.treatment, own)  # (s74: or a pain medicine tried for the pain the records treat)
        said_before_it = re.split(r"\.\s|[;|]", text[:own_start])[-1] if n == 0 else ""
        if not for_pain_talk and (for_other_condition(said_before_it, own) or (
                n == 0 and (_CASE.get() or _NO_CASE).appealed == "depression" and _LINE_OPENS.fullmatch(
                    text[:f.start]) and medlist.for_another_condition(_not_added(own[f.end - own_start:])) or
                (_CASE.get() or _NO_CASE).appealed == "depression" and
                medlist.for_another_condition(_not_added(_near_words(own[f.end - own_start:]))))):
            # (or a drug the sentence gives for it in its own words, wherever it stands: "switched to lamotrigine in
            # 2023 for the seizures")
            # (a list's line that opens with the drug and gives it for what is not the mood: "Gabapentin 300 mg at
            # night for night sweats and sleep", "baclofen 10 mg   three times a day (spasticity)")
            if left_out is not None:  # ("gabapentin 300 mg at bedtime for restless legs" in a depression case)
                left_out[f.treatment.name] = "other_condition"
            continue
        # (what follows another medicine the sentence adds is that one's: "now 200 mg with ondansetron PRN for nausea")
        own_words = re.split(r"\bwith\b|\bplus\b|\+|[;:]", text[f.end:own_end])[0]
        if sig := _LIST_SIG.match(text, f.end):  # a medicine list's line: its directions after the colon, up to the
            # next medicine the sentence names
            limit = merged[owners[n + 1]].start if n + 1 < len(owners) else len(text)
            own_words += " " + re.split(r"\bwith\b|\bplus\b|\+|[;\n]", text[sig.end():max(limit, sig.end())])[0]
        if left_out is not None and re.search(r"\(not for (?:the )?(?:depression|mood)\)", own_words, re.IGNORECASE):
            left_out.setdefault(f.treatment.name, "other_condition")  # (s80: given for something else, said so)
        elif left_out is not None and (_AS_NEEDED.search(own_words) or _FOR_SLEEP_LABEL.search(text[:f.start]) or
                                       _SLEEP_ONLY.search(own_words)):
            left_out.setdefault(f.treatment.name, "as_needed")  # ("Tramadol 50 mg as needed, rarely used")
        if left_out is not None and (_OVERDOSE.search(text[max(0, f.start - 40):f.start]) or
                                     _TAKEN_IN_OVERDOSE.match(text[f.end:])):
            left_out.setdefault(f.treatment.name, "overdose")  # (its other mentions that judge nothing go too:
            # "Acetaminophen was avoided because of her liver tests")
        if _NEITHER_BEGUN.search(text, f.end) and (re.match(r"[^.;]{0,40}?\bor\b", text[f.end:]) or
                                                   re.search(r"\bor\s+(?:a\s+|an\s+|the\s+)?$", text[:f.start])):
            continue  # "raised topiramate or a GLP-1 medicine ...; ..., and neither was started": options, none begun
        if (supply := _SOMEONES_SUPPLY.search(re.split(r"[.;!]\s", text[f.end:own_end])[0])) and \
                not re.search(r"\b(?:Dr|Doctor|NP|PA)\.?\s*$", text[f.end:f.end + supply.start()]):
            continue  # "lorazepam 0.5 mg - Ruth's old bottle (2019)!": another person's pills, no trial
        if _GIVEN_FROM_OWN.search(text[max(0, f.start - 60):f.start]) or \
                _OTHER_PERSONS.search(text[max(0, f.start - 60):f.start]) or \
                _ONE_DOSE_BEFORE.search(text[max(0, f.start - 30):f.start]):
            continue  # "her husband gave her one of his own lorazepam tablets", "received a single dose of haloperidol
            # in the emergency department": someone else's pill, a dose given once, no trial
        if _WRITER_NOT_PATIENT.get() and (_I_TAKE.search(text[max(0, f.start - 40):f.start]) or
                                           re.match(r"\s*myself\b", text[f.end:])):
            continue  # (in a statement by her husband, "I take Lexapro myself" is his)
        if _NOT_A_TRIAL.search(own_words) and not _PROGRAM_COURSE.match(text, f.end) or \
                _NO_DEPRESSION_TRIAL.search(text, f.end) and len({g.treatment for g in merged}) == 1 or \
                _FOR_THEIR_OWN.search(re.split(r"[;.]\s", text[f.end:])[0]) or \
                _FOR_SLEEP_LABEL.search(text[:f.start]) or \
                _AS_NEEDED_LIST.search(text[:f.start]) or (not f.treatment.is_course and _WITH_PROCEDURE.search(
                    re.split(r"[.;]\s", text[max(0, f.start - 70):f.start])[-1] + " " +
                    re.split(r"[.;](?:\s|$)", text[f.end:f.end + 70])[0]) and not (
                    # (a drug stopped for what happened after another service's treatments is a trial of its own:
                    # "Escitalopram 10 mg (03/2025 to 05/2025): she became dizzy after treatments and fell twice, so
                    # it was stopped" in a dialysis unit's notes)
                    _STOP_VERB.search(re.split(r"\.(?:\s|$)", text[f.end:])[0]) and
                    _trial_dates(text[f.end:f.end + 40]))) or \
                _FOR_A_SIDE_EFFECT.search(text[max(0, f.start - 60):f.start]) or \
                _OVERDOSE.search(text[max(0, f.start - 40):f.start]) or _TAKEN_IN_OVERDOSE.match(text[f.end:]) or \
                _AS_NEEDED_BEFORE.search(text[max(0, f.start - 20):f.start]) or \
                (_ON_THE_SKIN.match(text[f.end:]) and not for_treated_pain(f.treatment, text[f.end:])) or \
                _PGX_CATEGORY.search(f"{unit.label or ''}: {text[:f.start]}") or \
                _ADDRESSEE.match(f"{unit.label}: {text}" if unit.label else text) or \
                _LETTERHEAD_NAME.search(text) and \
                re.search(r"\b[A-Z]{3,}\s+$", text[:f.start]) or (
                f.treatment.kind == "psychotherapy" and _MILIEU.search(text) and not (
                    f.treatment.name != _GENERIC_THERAPY and _PROGRAM_COUNTED.search(text))):
            continue  # (but a named therapy over a program's counted days is the program's course: "CBT-based group
            # therapy daily over the 15 program days, with DBT skills groups: her mood improved partly")
        nxt_mention = next((g.start for g in merged if g.start >= f.end), len(text))
        # (a fixed-width list's gaps are one space: "Lamotrigine   100 mg   Aug 2025   augmentation of ...")
        kind = _kind(f.treatment, text[max(0, f.start - 40):f.start],
                     re.sub(r"\s+", " ", text[f.end:nxt_mention])[:45])
        # "36 sessions of TMS": a course's count may come before its name, in the same clause
        course_prefix = re.split(r"[:;]", text[:f.start])[-1] if n == 0 and f.treatment.is_course else ""
        row = _row(f.treatment, f.written, kind, course_prefix + own, shared, unit, unit.text)
        if _DAYS_WITHOUT.search(text, max(0, f.start - 60), f.end + 40):
            row.start = row.end = None  # "In October she ran out of duloxetine for four days": a gap, no dates
        if row.start and row.start == row.end and len(row.start) < 10 and _START_NOW.search(before) and \
                not _STOPPED.search(own) and not re.search(r"\btrial of\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE):
            # ("a trial of X in 2017 - no improvement" is a trial within that year)
            row.end = None  # "Started Trintellix 10 mg in 01/2026": a start, not a trial within that month
        if row.start and row.end == row.start and len(row.start) < 10 and _RESTARTED_BEFORE.search(before) and \
                not _STOPPED.search(own) and len(_trial_dates(own)) == 1:
            row.end = None  # "Reinició sertralina 50 mg en junio de 2026; hoy la sube a 100 mg": taken since then
        if row.start and not row.end and _LAST_DOSE.search(before) and len(_trial_dates(own)) == 1:
            row.start, row.end = None, row.start  # "my last sertraline was on the 13th": its end
        if row.start and row.start == row.end and (verb := _DOSE_VERB_BEFORE.search(before)) and \
                len(steps := _trial_dates(own)) == 1 and DOSE_CHANGE.search(f"{verb.group(0)} {own[:steps[0].start]}"):
            row.start = row.end = None  # "Her psychiatrist raised vortioxetine to 20 mg in 08/2026": a step inside it
        # (an end copied from a lone year's start gives way: "since 2024 ..., stopped on admission")
        at_stay = _STOPPED_AT_STAY.search(own) if stay and (not row.end or row.end == row.start) else None
        if at_stay and stay and at_stay.group("when").lower() in stay:
            row.end = stay[at_stay.group("when").lower()].isoformat()  # "was discontinued on admission"
        if f.treatment.one_day and row.start and not row.end and len(row.start) == 10 and \
                len(_trial_dates(own)) == 1:
            row.end = row.start  # "a nerve block on 05/02/2024": one sitting
        if row.start and row.end and _ON_STILL.search(before) and not _STOPPED.search(own) and \
                len(_trial_dates(own)) <= 1:
            row.end = None  # "has been on X for 10 weeks (started in August)": taken since then, not until then
        head = _CLAUSE_STOP.split(text[:f.start])[-1]
        if (span := _trial_dates(head)) and len(span) == 2 and re.fullmatch(r"\s*[:–—-]\s*", head[span[1].end:]) and \
                span[0].value <= span[1].value and (not row.start or row.start == row.end):
            row.start, row.end = span[0].value, span[1].value  # "1998-2000: imipramina ...; ... retiró en 2000"
        if row.end and row.start == row.end and _START_NOW.search(before) and len(_trial_dates(own)) == 1 and \
                (stop := _STOPPED.search(own)) and _trial_dates(own)[0].start > stop.start() and \
                _trial_dates(_CLAUSE_STOP.split(text[:f.start])[-1]):
            row.start = None  # "In 11/2023 Dr. B started X; she stopped it in 09/2024": the one date is the stop's
        if row.end and not row.start and _START_NOW.search(before):
            # "unwell in spring 2019 and was started on X ..., which she took until 2020": the start was said first
            earlier = [w for w in _trial_dates(_CLAUSE_STOP.split(text[:f.start])[-1])]
            if earlier and When(0, 0, earlier[-1].value).as_date() <= When(0, 0, row.end).as_date():
                row.start = earlier[-1].value
        upto = merged[owners[n + 1]].start if n + 1 < len(owners) else len(text)
        if not row.end and (switch := _SWITCHED.search(text, f.end, upto)) and \
                not re.search(r"[.]\s", text[f.end:switch.start()]):
            # "her doctor stopped it and started escitalopram 10 mg on 02/17/2026": the switch's day ends this one
            after = _trial_dates(re.split(r"[.;]", text[upto:])[0])
            if len(after) == 1:
                row.end = after[0].value
        entry_day = _trial_dates(text)[:1]
        if row.start and not row.end and (_STOPPED.search(own) or unit.day_entry and (
                _STOP_NOW.search(before) or _OFF_BEFORE.search(before))) and not _trial_dates(own) and entry_day and \
                entry_day[0].value == row.start and not text[:entry_day[0].start].strip(" -*>~"):
            # a log entry's day on a stop it tells with no day of its own ("5/28/26 RN: sertraline 100 mg 'no
            # different' - stopped per Dr. Yarrow", s77: "03/02/1992  Stop fluoxetine.", "10/25/1984  Off
            # desipramine."): the trial ended that day, it did not start then
            row.start, row.end = None, row.start
        if row.start and not row.end and _STOP_NOW.search(before) and len(_trial_dates(own)) == 1:
            row.start, row.end = None, row.start  # "She stopped bupropion two weeks ago": its end
        elif not row.end and unit.note_date and (taper := _TAPER_OFF.search(own)):
            # "cross-taper: Lexapro 10 x 1 wk then off" in the note of 01/27: it ends a week after that visit
            n_ = int(taper.group("n"))
            row.end = shift(unit.note_date.isoformat(), n_ / 7 if taper.group("unit").lower().startswith("d") else n_)
        elif row.start and not row.end and re.search(r"\boff\s+(?:of\s+)?$", before, re.IGNORECASE) and \
                re.match(r"\W*(?:[\w-]+\s+){0,3}?since\b", text[f.end:own_end], re.IGNORECASE):
            row.start, row.end = None, row.start  # "Off Cymbalta since 3/17": its end
        group = _GROUP_TAIL.search(text[own_end:].split(";")[0]) if n + 1 < len(owners) else None
        if group:  # "venlafaxine and mirtazapine (both 2022, both without benefit)": what the group shares
            words = group.group(0)
            if row.outcome_class == "unknown":
                row.outcome_class, row.outcome = outcome_of(words)
            if not (row.start or row.end):
                row.start, row.end = start_and_end(words, _trial_dates(words))
        # (a named therapy's later mention of therapy in general is its own setting: "CBT through her employer's
        # counseling program")
        last = n + 1 == len(owners) or f.treatment.kind == "psychotherapy" and \
            all(merged[o].treatment.name == _GENERIC_THERAPY for o in owners[n + 1:])
        if row.outcome_class == "unknown" and last and \
                (told := re.search(r"^[^;:.]*?[;:]\s*([\"“'‘]?\s*(?:it|this|that|which)\b[^;]*)", text[own_end:])) \
                and not lexicon.find_treatments(told.group(1)):
            # the sentence's last treatment told of in the clause after it: "In 2021 she did eight sessions of CBT;
            # 'it felt like homework and nothing really shifted.'"
            cls, said = outcome_of(told.group(1))
            if cls != "unknown":
                row.outcome_class, row.outcome = cls, said
        if row.outcome_class == "unknown" and re.fullmatch(r"[\W_]*", text[f.end:own_end]) and n + 1 < len(owners):
            # "sertraline + lithium = partial response": a bare name in a list shares what the list says
            row.outcome_class, row.outcome = outcome_of(text[own_end:])
        weeks = weeks_of(own)
        if unit.note_date and not (row.start or row.end) and weeks and (_ON_NOW.search(before) or
                                                                          _UP_TO_NOW.search(own)):
            # "On escitalopram 20 qd x 5 mo" in the note of 05/12/2026: taken since about 2025-12
            row.start = shift(unit.note_date.isoformat(), weeks, back=True)[:7]  # a month: "x 5 mo" is rounded
        elif unit.note_date and not (row.start or row.end) and (unit.section == "plan" or _NOW.search(text) or
                                                                 _ORDER.match(text[:f.start]) or
                                                                 _STOPPING.search(before) or _AGREED.search(before)
                                                                 or unit.day_entry):
            # "Plan: stop sertraline (nausea)", "Aripiprazole stopped today", "Start sertraline 50 mg daily." in a
            # visit's note: the note's own date (s77: and a dated log's entry tells what it did on its own day,
            # "01/12/2026 RN call: pain 8/10. Nortriptyline stopped; duloxetine 30 mg started.", "Off desipramine.")
            told_after = text[f.end:own_end]
            done = _DONE_AFTER.match(told_after) if unit.day_entry else None
            held = (stop := _STOP_NOW.search(before)) and re.match(r"hold|held", stop.group(0), re.IGNORECASE) and \
                _HELD_FOR_NOW.match(text, f.start - len(before) + stop.start())
            if stop and not held or _STOPPED_NOW.match(told_after) or _STOPPING.search(before) or \
                    done and done.group("stop") or unit.day_entry and _OFF_BEFORE.search(before):
                row.end = unit.note_date.isoformat()  # (s81: not a dose held for now: "Hold mirtazapine while NPO")
            elif _START_NOW.search(text[max(0, f.start - 60):f.start]) or _ORDER_AFTER.match(told_after) or \
                    _AGREED.search(before) or done and done.group("start"):
                # ("First session of meaning-centered psychotherapy ... today")
                row.start = unit.note_date.isoformat()
        if unit.note_date and not row.end and _STOPPING_IT.search(own):
            row.end = unit.note_date.isoformat()  # "... since late October and feel no different, so we are stopping
            # it": it ends at this visit
        if unit.note_date and f.treatment.kind == "psychotherapy" and \
                (_LAST_SESSION.search(text) or _NUMBERED_LAST.match(text, f.end)) and \
                (not (row.start or row.end) or row.start == unit.note_date.isoformat() and not row.end):
            # a log entry's "CBT session 8, final", "sesión 10 de TCC y alta de psicología": the course's last
            # session, on the entry's day
            row.start, row.end, row.final = None, unit.note_date.isoformat(), True
        if row.outcome_class in ("remission", "partial_response") and _RELAPSE.search(text[own_end:nxt_mention]):
            row.outcome_class = "relapse"  # "... achieving remission, but relapsed within three months despite X"
            row.outcome = f"{row.outcome}, {_clause(text, _RELAPSE.search(text, own_end))}"  # type: ignore[arg-type]
        if f.treatment.only_with_details and not (row.dose or row.start or row.outcome_class != "unknown"):
            continue
        if _sleep_aid(f.treatment, row, own):
            continue
        row.shared = len(owners) > 1
        rows.append(row)
        spans.append((f.start, f.end))
        joined.append((n, n + 1 < len(owners) and bool(_COMBINED.fullmatch(
            text[own_end:merged[owners[n + 1]].start]))))
    for i, row in enumerate(rows[:-1]):  # "sertraline 200 mg plus aripiprazole 5 mg in 2022": one combination's dates
        (n, to_next), (m, _) = joined[i], joined[i + 1]
        if not to_next or m != n + 1:
            continue
        if not (row.start or row.end):
            row.start, row.end = rows[i + 1].start, rows[i + 1].end
        if row.outcome_class == "unknown":  # "... with bupropion added, no response": the pair failed together
            row.outcome_class, row.outcome = rows[i + 1].outcome_class, rows[i + 1].outcome
    for i, row in enumerate(rows[:-1]):  # "paroxetine (since 2023) was cross-tapered to venlafaxine XR": in this note
        switch = _SWITCH.search(text, spans[i][1], spans[i + 1][0])
        after_switch = text[switch.start():] if switch else ""
        if switch and not [w for w in _trial_dates(after_switch)  # a dose raised later is no date of the switch
                           if not DOSE_CHANGE.search(after_switch[max(0, w.start - 40):w.start])]:
            # (a first drug with an end of its own, "Prozac 20 mg 2018, switched to Zoloft", was left then)
            today = unit.note_date.isoformat() if unit.note_date else None
            rows[i + 1].start = rows[i + 1].start or row.end or today
            row.end = row.end or today
        elif switch and not row.end and rows[i + 1].start and \
                (switched := _trial_dates(re.split(r"\.(?:\s|$)|;", text[spans[i + 1][1]:], maxsplit=1)[0])) and \
                switched[0].value == rows[i + 1].start:
            # ("... came roaring back on the same dose. He was switched to duloxetine in 06/2025": the day the one
            # left ended, as the one switched to began)
            row.end = rows[i + 1].start
        successor = rows[i + 1]
        done = _SWITCH_DONE.search(text, spans[i + 1][1]) if switch else None
        ended = _trial_dates(done.group(0)) if done else []
        if ended:  # "X was cross-tapered to Y; the cross-taper was completed on 07/24/2026": the day X ended, not Y
            row.end = ended[-1].value
            successor.end = None if successor.end == ended[-1].value else successor.end
        if switch and row.outcome_class == "unknown" and successor.outcome_class != "unknown" and \
                _REASON_NEXT.match(text, spans[i + 1][1]):
            # "Prozac 20 mg in 2018, switched to Zoloft due to sexual side effects": why the first was left
            row.outcome_class, row.outcome = successor.outcome_class, successor.outcome
            successor.outcome_class, successor.outcome = "unknown", None
    for row, (a, _) in zip(rows, spans):
        if a in only_then:
            row.end, row.outcome, row.outcome_class = None, None, "unknown"
            row.weight = min(row.weight, 1)
        elif row.outcome and _SWITCHING_TO.search(text[:a]) and row.outcome in text[:a]:
            # (s79) the drug switched to, after the words that judged the one left: "Pt: it 'took the edge off, but
            # I'm still pretty low,' so NP is switching to duloxetine" says nothing of the duloxetine
            row.outcome, row.outcome_class = None, "unknown"
    return rows


# a switch's words, up to the drug switched to: "so NP is switching to", "was changed over to", "se cambia a"
_SWITCH_WORDS = (r"\b(?:switch(?:ing|ed|es)?|chang(?:ing|ed|es?)|mov(?:ing|ed|es?)|cambi(?:ando|a|ó|amos|o)|"
                 r"pas(?:ando|a|ó|amos))\s+(?:(?:her|him|them|the patient|pt|al paciente|a la paciente|la|le|lo)\s+)?"
                 r"(?:over\s+)?(?:to|onto|a)\s+")
_SWITCHING_TO = re.compile(_SWITCH_WORDS + r"(?:the\s+)?$", re.IGNORECASE)


# a taper to its end: "10 mg x 1 wk then off", "taper 30 x 2 weeks then stop"
_TAPER_OFF = re.compile(r"\b(?:x|for)\s*(?P<n>\d{1,2})\s*(?P<unit>wks?|weeks?|d|days?)\s+then\s+(?:off|stop|d/c)\b",
                        re.IGNORECASE)
# the patient switched, the drug before unnamed: "He was switched to duloxetine in 06/2025" (after a sentence about
# one drug: that drug is the one left)
_PATIENT_SWITCHED = re.compile(r"^\W*(?:(?:so|then|and)\s+)?(?:he|she|they|the patient|pt)\s+(?:was|were)\s+"
                               r"(?:then\s+)?(?:switched|changed|moved)\s+(?:over\s+)?to\s+$", re.IGNORECASE)
_SWITCH_DONE = re.compile(r"\b(?:cross-?taper|switch|taper|transition|changeover)\w*\s+(?:was\s+|is\s+)?(?:completed|"
                          r"finished|done|complete)\s+(?:on|by|in)\s+(?P<when>[^.;,]{4,20})", re.IGNORECASE)
_PARENTHESIS = re.compile(r"[^();.]{0,25}?\((?P<inside>[^()]{3,120})\)")


def _own_parenthesis(text: str, end: int) -> bool:
    """Whether a mention ending at `end` is followed, after its dose, by a parenthesis that dates or judges it."""
    m = _PARENTHESIS.match(text, end)
    return bool(m and (_trial_dates(m.group("inside")) or outcome_of(m.group("inside"))[0] != "unknown"))


# the reason that follows a switch's second drug: "switched to Y because of X" says why the first one was left
_REASON_NEXT = re.compile(r"[^.;,]{0,25}?\b(?:due to|d/t|because of|b/c|secondary to|owing to)\s", re.IGNORECASE)


_SWITCH = re.compile(r"\b(?:cross-?taper(?:ed)?|switch(?:ed)?|chang(?:ed)?|transition(?:ed)?|convert(?:ed)?)\b"
                     r"[^.;]{0,20}?\b(?:to|over to|onto)\s*$", re.IGNORECASE)


_BEDTIME = re.compile(r"\b(?:qhs|hs|at bedtime|nightly|at night|sleep|insomnia)\b", re.IGNORECASE)


def _table_sleep_aid(unit: Unit) -> str | None:
    """The treatment a table's line gives as a sleep aid (one treatment, a dose below its sleep dose, at bedtime), or
    None."""
    found = {f.treatment for f in lexicon.find_treatments(unit.text.split("|")[0])}
    if len(found) != 1:
        return None
    t = next(iter(found))
    dose = dose_of(unit.text)
    return t.name if t.sleep_below and dose and _amount(dose) < t.sleep_below and _BEDTIME.search(unit.text) else None


def _sleep_aid(t: lexicon.Treatment, row: HistoryRow, words: str) -> bool:
    """Trazodone 50 mg at bedtime: a sleep aid, not an antidepressant trial (the dose treatments.yaml gives); unless
    it is a dated trial whose own words judge the mood on it and give it for no sleep (s74: "at bedtime (07/2025 -
    12/2025): helped her sleep; mood no different": tried for the depression too; not "for insomnia; mood
    unchanged")."""
    return bool(t.sleep_below and row.dose and _amount(row.dose) < t.sleep_below and _BEDTIME.search(words)) and \
        not (row.outcome_class not in (None, "unknown") and (row.start or row.end) and (
            _MOOD_JUDGED.search(words) or
            # (s77) or a span of its own, from its start to the stop its harm made: "at bedtime, 01/2026 to
            # 05/14/2026: oversedated, fell twice at night; discontinued 05/14/2026"
            row.outcome_class == "side_effects" and row.start and row.end and _STOP_VERB.search(words)) and
             not _FOR_SLEEP.search(words))


_FOR_SLEEP = re.compile(r"\b(?:for|para|prn|si)\s+(?:(?:her|his|the|el|la)\s+)?(?:sleep|insomnia|dormir|insomnio)\b",
                        re.IGNORECASE)


# the mood told with how it went: "mood no different", "her mood is better", "no change in her depression"
_MOOD_JUDGED = re.compile(r"\b(?:mood|depression|[aá]nimo)\b(?:\s+\w+){0,3}?\s+(?:no|not|same|unchanged|better|worse|"
                          r"improved|lifted|different|sigue|igual|mejor|peor|sin)\b|"
                          r"\b(?:change|effect|difference|help)\s+(?:in|on|with|for)\s+(?:(?:her|his|their|my|the)\s+)?"
                          r"(?:mood|depression)\b", re.IGNORECASE)


# a reconciliation's action that ends the drug ("Discontinue - no added benefit", "D/C", "Stop: akathisia"), with its
# reason after it; "Continue", "Do not continue" (a drug not being taken) and "Hold" for a procedure do not
_STOP_ACTION = re.compile(r"\s*(?:discontinue[d]?|d/c(?:'?d)?|stop(?:ped)?|taper(?:ed)?(?: off)?|cease[d]?)\b"
                          r"[\s:;,.–—-]*(?P<why>.*)", re.IGNORECASE)


_WELL_AT_STOP = re.compile(r"\b(?:when|once|because|as|since|after)\s+(?:\w+\s+){0,3}(?:well|better|remitted|in "
                           r"remission)\b", re.IGNORECASE)


def _regridded(roles: list[str | None], cells: dict[str, str]) -> dict[str, str]:
    """A scanned table's cells where OCR read a ruling as "|" inside a cell or ran two columns' dates together
    ("06/2018 04/2019 | No benefit" under Start, nothing under End and Comment): each part to the next empty column
    of dates or words, in the columns' order."""
    order = [r for r in roles if r in ("start", "end", "outcome")]
    if not any("|" in cells.get(r, "") or r == "start" and len(_trial_dates(cells.get(r, ""))) > 1 for r in order):
        return cells
    cells = dict(cells)
    for n, role in enumerate(order):
        parts = [x.strip() for x in cells.get(role, "").split("|") if x.strip()]
        if role == "start" and parts and len(whens := _trial_dates(parts[0])) == 2 and \
                not re.search(r"[-–—]|\bto\b", parts[0][whens[0].end:whens[1].start]):
            parts = [parts[0][:whens[0].end], parts[0][whens[1].start:]] + parts[1:]
        if len(parts) < 2:
            continue
        later = [r for r in order[n + 1:] if not cells.get(r)]
        cells[role] = parts[0]
        for extra, into in zip(parts[1:], later):
            cells[into] = extra
    return cells


def table_row(unit: Unit) -> HistoryRow | None:
    cells = _regridded(unit.roles, unit.cells or {})
    said = cells.get("outcome", "")
    whens = _trial_dates(said) if said and not {"start", "end", "dates"} & cells.keys() else []
    if whens and (whens[0].start <= 1 or re.fullmatch(r"\s*since\s*", said[:whens[0].start], re.IGNORECASE)):
        # OCR ran the dates' cell into the outcome's: "2019 24 weeks Fewer urges; ..."; or a comment column opens
        # with the drug's dates ("11/2025-03/2026, 'made my stomach run', stopped", "since 06/2026; eats more")
        upto = whens[1].end if len(whens) > 1 and re.fullmatch(r"\s*(?:[-–—]|to|through|until)\s*",
                                                               said[whens[0].end:whens[1].start]) else whens[0].end
        cells = {**cells, "dates": said[:upto], "outcome": said[upto:].strip(" ,;")}
    name_cell = cells.get("name", "")
    found = lexicon.find_treatments(name_cell)
    if not found:
        return None  # a name the treatments table does not know (metformin in a medication list): not a trial
    if len(found) > 1 and found[0].treatment.name == _GENERIC_THERAPY and found[1].treatment.is_course and \
            re.fullmatch(r"\s*\(\s*", name_cell[found[0].end:found[1].start]):
        found = found[1:]  # "Counseling (CBT)": the kind of counseling the bracket names
    t = found[0].treatment
    if {"start", "end"} & set(unit.roles) and not {"start", "end", "dates"} & cells.keys() and unit.columns:
        # the list's line read by what its parts are, where its columns ran together: "Abilify | 5 mg | No |
        # 06/2026 08/2026 added to Trintellix - gained 15 lb" holds its start and stop in the last column
        line = medlist.read_line(" | ".join(c for c in unit.columns if c), found[0].written)
        if line.start:
            cells = {**cells, "start": line.start + (" -" if line.open_range else "")}
            if line.end:
                cells["end"] = line.end
    elif name_cell.count(" ") > 2 and (line := medlist.read_line(name_cell, found[0].written)).amount and \
            "dose" not in cells:
        cells = {**cells, "dose": line.amount}  # "Counseling (CBT) 12 visits No": the amount ran into the name
    # (a bare "no" with no date or amount beside it, "ECT | - | No", tells of no trial: below)
    dated = any(v.strip(" -–—./") for k, v in cells.items() if k not in ("name", "outcome"))
    if re.fullmatch(r"\s*(?:none|nil|no)\s*", cells.get("outcome", ""), re.IGNORECASE) and re.search(
            r"response|outcome|result|effect|help|work", _column_head(unit, "outcome"), re.IGNORECASE) and (
            dated or cells["outcome"].strip().lower() != "no"):
        cells = {**cells, "outcome": "no response"}  # "Response: none", a form's "Did it help?  no" beside its dates
    cells = {k: v for k, v in cells.items() if not re.fullmatch(r"[\s\-–—./]*|n/?a|none|unknown|ongoing|current|"
                                                                 r"actualidad|actual|en curso",
                                                                 v, re.IGNORECASE)}  # an empty cell's placeholder
    others = [v for k, v in cells.items() if k != "name"]
    # (also when OCR runs the empty cell's dash into it: "ECT | - No")
    if others and all(re.fullmatch(r"[\s\-–—./]*(?:no|not|never)\.?\s*", v, re.IGNORECASE) for v in others):
        return None  # "ECT | - | No": a bare no, with no date or amount, tells of no trial
    # a row records a trial, even under a plan heading; "Never started - patient declined" in any cell undoes it
    section = unit.section if unit.section in ("family", "allergies") else None
    at = unit.text.find(name_cell)
    # ("Declined (2020)" in any cell, one no column role is known for too, undoes it, though "declined" alone can
    # also describe a mood)
    if any(opening_trigger(v) and outcome_of(v)[0] == "unknown" for v in others) or any(
            _REFUSED_CELL.fullmatch(v) for v in unit.text.split("|")[1:]) or (at >= 0 and assert_mentions(
            unit.text, [Mention(at + found[0].start, at + found[0].end, "treatment")], section=section)[0]):
        return None
    if any(_NOT_DISPENSED.search(v) and not re.search(r"(?<!not )(?<!never )\bdispensed\b", v, re.IGNORECASE)
           for v in (unit.columns or others)[1:]):
        return None  # an e-prescription's status "Rejected - prior auth required", "Not dispensed - returned to stock"
    if any(for_other_condition("", v, cell=True) for k, v in cells.items() if k != "name"):
        return None  # a cell that gives it for another condition the case codes ("Active - neuropathy")
    if (_CASE.get() or _NO_CASE).appealed == "depression" and medlist.for_another_condition(
            unit.text[unit.text.find(found[0].written) + len(found[0].written):]):
        return None  # the line gives it for what is not the mood: "baclofen 10 mg | three times a day (spasticity)"
    if (_CASE.get() or _NO_CASE).appealed == "depression" and medlist.cell_for_another_condition(
            cells.get("indication", "")):
        return None  # its column of what it is for gives another service's reason: "nausea (medical oncology)"
    if "?" in name_cell[found[0].end:] and clause.mood(name_cell, found[0].start, found[0].end):
        return None  # a form's question read into a table's name column: "Therapy / counseling? never"
    if _NOT_A_TRIAL.search(unit.text[len(name_cell):] if unit.text.startswith(name_cell) else unit.text) or \
            _NOT_A_TRIAL.search(name_cell[found[0].end:]):
        return None  # (or in the name's own cell: "ibuprofen 200 mg as needed")
    if _AS_NEEDED.search(unit.text[len(name_cell):] if unit.text.startswith(name_cell) else unit.text):
        return None  # a dose told as taken when a symptom comes: "1 g cada 8 h si dolor"
    # "Remeron (mirtazapine) added to Trintellix for augmentation": the words after the name and its alias
    after = name_cell[found[0].end:]
    alias = re.match(r"\s*\(([^()]*)\)", after)
    same = alias and [f.treatment for f in lexicon.find_treatments(alias.group(1))] == [t]  # "(mirtazapine)"
    kind = _kind(t, "", after[alias.end():] if alias and same else after)
    # (any cell of the row: a column no role is known for, "Indication: augmentation of duloxetine", says it too)
    rest_of_row = unit.text[at + len(name_cell):] if at >= 0 else " ".join(others)
    if t.add_on and (re.search(r"augment|adjunct|add-on", rest_of_row, re.IGNORECASE) or
                     lexicon.find_treatments(cells.get("added_to", ""))):
        kind = "augmentation"  # a row that names the antidepressant it was "Added to"
    dates: str | None = " to ".join(x for x in (cells.get("start"), cells.get("end")) if x) or re.sub(
        r"^\s*(?:~|approx\.?|about|around|circa|ca\.)\s*(?=\d{4}\b)", "", cells.get("dates") or "",
        flags=re.IGNORECASE)  # (a "Dates" cell's "~2008": the trial's year, however sure)
    if cells.get("start") and not cells.get("end"):
        dates = f"since {cells['start']}"  # a start and no end: taken since then, or its end is not written
    elif re.search(r"\d\s*[-–—]\s*$", dates or ""):
        dates = f"since {(dates or '').rstrip(' -–—')}"  # "04/2025 -": an open range
    elif now := re.search(r"\d\W*(?:-|–|—|to|until)?\s*(?:now|present|current(?:ly)?|ongoing|to date)\W*$",
                          dates or "", re.IGNORECASE):
        dates = f"since {(dates or '')[:now.start() + 1]}"  # "1/26  now", a form's "When" cell: still taken
    elif _still_filled(unit, cells.get("end", "")):
        dates = f"since {cells['start']}"  # a printout's last fill within a supply of its day: still being filled
    # a dates cell that gives one date, and the outcome cell the day or month it stopped: "chart: 2024 (prior plan)" |
    # "Gained 20 lb; stopped 09/2024" ends the trial then
    stop_told = _STOP_WHEN.search(cells.get("outcome", ""))
    own_dates = _trial_dates(dates or "")
    if stop_told and len(own_dates) == 1 and not cells.get("end") and not re.search(r"\d\W*[-–—]|\bto\b", dates or ""):
        until = _trial_dates(stop_told.group("when"))
        if until and until[0].as_date() >= own_dates[0].as_date() and len(until[0].value) > len(own_dates[0].value):
            dates = f"{dates} to {stop_told.group('when')}"
    weeks_dates = _trial_dates(cells.get("weeks", ""))
    if weeks_dates and len(weeks_dates[0].value) > len(dates or ""):
        dates = cells["weeks"]  # a "Duration" column that holds the span ("03/2024 - 08/2024") beside a year
    if not dates and not any(role in unit.roles for role in ("start", "end", "dates")):
        # no column of dates: a medication reconciliation's "Indication" or "Action" cell may date the trial
        # ("depression (since 02/2026)", "augmentation of duloxetine, added 06/2026"); its "Last dose" never does
        told = [cells[k] for k in ("indication", "action") if _trial_dates(cells.get(k, ""))]
        dates = " ; ".join(told) if told else None if "last_dose" not in unit.roles else ""
        if told and len(whens := _trial_dates(told[0])) == 1:
            day = told[0][whens[0].start:whens[0].end]
            # "added 06/2026": taken since then; "Stopped 06/02/2026": taken until then (its start another mention's)
            dates = f"until {day}" if _STOP_VERB.search(told[0][:whens[0].start]) else f"since {day}"
        # (None: OCR ran the columns together, the dates written anywhere in the row)
    own = " ; ".join([cells.get("dose", ""), cells.get("weeks", "") + (" weeks" if re.fullmatch(
        r"\s*\d+(?:\.\d+)?\s*", cells.get("weeks", "")) else "")])
    action = _STOP_ACTION.match(cells.get("action", ""))
    row = _row(t, found[0].written, kind, own + " ; " + name_cell, "", unit, unit.text,
               dates_text=dates, outcome_text=cells.get("outcome") or (action.group("why") if action else None),
               weight=TABLE_WEIGHT)
    row.listed = unit.table == "trials"
    if action and unit.note_date and not row.end:
        row.end = unit.note_date.isoformat()  # "Admission action: Discontinue": it ended on the record's day
    if row.outcome_class == "unknown" and not cells.get("outcome"):
        # (what it is taken for judges nothing: "mood, appetite" in a "Reason" column names no harm)
        judged = unit.text.replace(cells["indication"], " ") if cells.get("indication") else unit.text
        row.outcome_class, row.outcome = outcome_of(judged)
        row.outcome_class = row.outcome_class or "unknown"
    reason = any(role == "outcome" and re.search(r"reason|why|stop|discontinu", head, re.IGNORECASE)
                 for head, role in zip(unit.headers, unit.roles))
    if reason and row.outcome_class in ("no_response", "unknown") and re.search(_SE, cells.get("outcome", ""),
                                                                               re.IGNORECASE):
        row.outcome_class = "side_effects"  # a "Reason stopped" column that names a side effect ("Anxiety worsened")
    if cells.get("reason"):  # a "Reason stopped" column beside the "Response": the reason decides why it ended
        why, _ = outcome_of(cells["reason"])
        if re.search(_SE, cells["reason"], re.IGNORECASE) or why == "side_effects":
            row.outcome_class = "side_effects"
        elif why == "relapse" or row.outcome_class == "unknown":
            row.outcome_class = why
        row.outcome = "; ".join(x for x in (row.outcome if cells.get("outcome") else None, cells["reason"]) if x)
    adverse = cells.get("adverse", "")
    if _STOPPED.search(adverse) or re.search(r"\bstop", adverse, re.IGNORECASE):
        # "Side effects: tremor (stopped)": what it was stopped for; but a "Side effects / reason stopped" column may
        # give another reason, which decides as a "Reason stopped" column's does ("Stopped - no effect on mood"), or
        # one that says nothing against the drug ("Stopped when well"), which leaves the response column's class
        why, _ = outcome_of(adverse)
        if why in ("no_response", "relapse") and not _SE_RE.search(adverse):
            row.outcome_class = why
        elif not _WELL_AT_STOP.search(adverse) or _SE_RE.search(adverse):
            row.outcome_class = "side_effects"
    return None if _sleep_aid(t, row, unit.text) else row


def _still_filled(unit: Unit, last_fill: str) -> bool:
    """Whether a "Last fill" column's day lies within a fill's supply (45 days) before the record's own day: a drug
    the pharmacy still dispenses, not one that ended at its last fill."""
    return bool(FILL_HEAD.search(_column_head(unit, "end")) and _within_supply(unit, last_fill))


def _within_supply(unit: Unit, last_fill: str) -> bool:
    fills = _trial_dates(last_fill)
    return bool(fills and unit.note_date and len(fills[0].value) == 10 and
                timedelta(0) <= unit.note_date - fills[0].as_date() <= timedelta(days=45))


# a printout of fills read as lines, a photo's table that lost its bars: "Drug Strength First fill Last fill" over
# "VORTIOXETINE 10 MG 12/01/2025 11/20/2026"
_FILL_HEADER_LINE = re.compile(r"\bfirst\s+fill(?:ed)?\b.{0,30}?\blast\s+fill(?:ed)?\b", re.IGNORECASE)
_FILL_LINE = re.compile(r"^[A-Za-z][\w /-]*?\s\d+(?:\.\d+)?\s*(?:mg|mcg|ml)\b[^|]{0,20}?\s"
                        r"\d{1,2}/\d{1,2}/\d{4}\s+(?P<last>\d{1,2}/\d{1,2}/\d{4})\s*$", re.IGNORECASE)


def _fill_lines_open(found: list[HistoryRow], page: str, unit: Unit) -> None:
    """A fill line on a page headed by first and last fill columns, whose last fill lies within a supply of the
    printout's day: a drug still dispensed, open as in the printout's table (`_still_filled`)."""
    line = _FILL_LINE.match(unit.text)
    if line and _within_supply(unit, line.group("last")) and _FILL_HEADER_LINE.search(page):
        for row in found:
            row.end = None


# a stop and its date in a table's outcome cell: "stopped 09/2024", "d/c'd 3/2/2025", "discontinued in May 2023"
_STOP_WHEN = re.compile(r"\b(?:stopped|discontinued|d/c'?d|quit|tapered off|came off)\s+(?:in\s+|on\s+)?"
                        r"(?P<when>(?:\d{1,2}/){1,2}\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{4})", re.IGNORECASE)


def _column_head(unit: Unit, role: str) -> str:
    """The header of a table row's first column in `role`, or ""."""
    return next((head for head, r in zip(unit.headers, unit.roles) if r == role), "")


_COURSE_LABELS = [
    # (a label's words may stand two spaces apart, as OCR laid out from its word boxes prints them: "Last  session")
    ("sessions", re.compile(r"^(?:total\s+|number\s+of\s+)?(?:sessions|treatments)"
                            r"(?:\s+(?:completed|given|delivered))?\W{0,3}(?P<v>\d{1,3}\b.*)", re.IGNORECASE)),
    ("dates", re.compile(r"^(?:first\s*/\s*last\s+(?:session|treatment)|"
                         r"dates?(?:\s+of\s+(?:treatment|course|service))?|"
                         r"course\s+dates|treatment\s+dates|treatment\s+period|course)\W{0,3}(?P<v>.*\d{4}.*)",
                         re.IGNORECASE)),
    ("first", re.compile(r"^(?:first\s+(?:session|treatment)|course\s+(?:start|began)|start(?:ed)?(?:\s+date)?)\b"
                         r"\W{0,3}(?P<v>.*\d{4}.*)", re.IGNORECASE)),
    ("last", re.compile(r"^(?:last\s+(?:session|treatment)|course\s+end(?:ed)?|end(?:ed)?(?:\s+date)?|"
                        r"stop(?:ped)?)\b\W{0,3}(?P<v>.*\d{4}.*)", re.IGNORECASE)),
    # "12 treatments between 09/02/2025 and 10/09/2025": the course's span in a sentence of its own
    # "36 sessions (30 daily + 6 taper) from 03/02/2026 to 04/24/2026"
    # "Index course: 10 right unilateral treatments, 09/05/2024 through 10/08/2024"
    ("span", re.compile(r"^(?:(?:index|acute|initial|this|current|present)\s+)?(?:course|series)?\s*:?\s*"
                        r"(?P<v>\d{1,3}\s+(?:[\w-]+\s+){0,3}"
                        r"(?:sessions|treatments)\b[,\s]*(?:\([^()]*\)\s+)?(?:(?:between|from)\s)?.*\d{4}.*)",
                        re.IGNORECASE)),
    ("outcome", re.compile(r"^(?:interpretation|outcome|impression|response|result|clinical response|"
                           r"reason (?:ended|stopped|discontinued|for (?:stopping|ending)))\s*(?:[:.-]|\s{2,})\s*"
                           r"(?P<v>.+)", re.IGNORECASE)),
]


def _course_details(doc_units: list[Unit], rows: list[HistoryRow]) -> None:
    """A TMS or ECT summary names its course in its title and gives the sessions, dates and outcome as labelled
    lines ("Sessions  36", "First / last session  01/06/2025 - 02/28/2025", "Interpretation: partial response"):
    they fill the course's row when the document is about that one course."""
    if not doc_units:
        return
    courses = {r.name for r in rows if r.kind in lexicon.COURSE_KINDS and r.source.file == doc_units[0].file}
    titled = {f.treatment.name for u in doc_units[:3] if not u.table for f in lexicon.find_treatments(u.text)
              if f.treatment.is_course}
    if any(f.treatment.name == _GENERIC_THERAPY for u in doc_units[:6] if not u.table and _is_heading(u.text)
           for f in lexicon.find_treatments(u.text)):  # "Psychotherapy Discharge Summary": its one course of sessions
        counted = {r.name for r in rows if r.kind == "psychotherapy" and r.sessions and r.name in courses}
        titled = counted if len(counted) == 1 else titled
    if len(titled) == 1 and titled <= courses:
        courses = titled  # "rTMS Treatment Summary": the course its title names, whatever else its history lists
    if not courses:  # a course record ("Protocol  iTBS, L-DLPFC") names its course without the details a row needs
        named = [(u, f) for u in doc_units if not u.table for f in lexicon.find_treatments(u.text)
                 if f.treatment.is_course and not _MILIEU.search(u.text) and not assert_mentions(
                     u.text, [Mention(f.start, f.end, "treatment")], section=u.section)[0]]
        if len({f.treatment.name for _, f in named}) != 1:
            return
        unit, f = named[0]
        record = _row(f.treatment, f.written, f.treatment.kind, unit.text, "", unit, unit.text)
        if _fill_course(record, doc_units):  # a row only when the record's lines say something about the course
            rows.append(record)
        return
    if len(courses) == 1:
        row = next(r for r in rows if r.name in courses)
        _fill_course(row, doc_units)
        told = {r.start[:4] for r in rows if r.name == row.name and r.start}
        if row.outcome_class == "unknown" and courses == titled and len(told) <= 1:
            # (not when the record tells two courses of it: its first judging sentence may be the other's)
            _course_outcome(row, doc_units)
        _relapse_after_course(row, doc_units)


# a sentence that places a relapse after the course the record is about: "This is a relapse after the index course."
_AFTER_COURSE = re.compile(r"\b(?:after|following|since)\s+(?:the|this|that|her|his|their)\s+(?:[\w-]+\s+)?"
                           r"(?:course|series)\b", re.IGNORECASE)


# a visit or call after a course, to see how it held: "Telephone follow-up 05/20/2026", "Seguimiento a los 3 meses"
_FOLLOW_UP = re.compile(r"\bfollow[- ]?up\b|\bcheck[- ]?in\b|\bseguimiento\b|\brevisi[oó]n\b", re.IGNORECASE)


def _relapse_after_course(row: HistoryRow, doc_units: list[Unit]) -> None:
    """A course record's follow-up that tells the response was lost after the course ("symptoms have returned ...
    This is a relapse after the index course"), naming no treatment: the course remitted or responded, then relapsed
    (the follow-up is another visit, so no sentence before it lends it the course's name)."""
    if row.outcome_class not in ("remission", "partial_response"):
        return
    told_until = date.min  # the latest day the record told before the sentence read
    for unit in doc_units:
        cls, words = outcome_of(unit.text)
        days = [w.as_date() for w in _trial_dates(unit.text)]
        # (s71) ... or that names the course by its order: "the benefit of the first course had worn off"
        # (s73) ... or a follow-up dated after all the record told before it, the course too: "Telephone follow-up
        # 05/20/2026: she stayed well until April, then the depression returned."
        told_of = _AFTER_COURSE.search(unit.text) or _COURSE_REF.search(unit.text) or (
            _FOLLOW_UP.search(unit.text) and days and min(days) > told_until)
        told_until = max([told_until, *days])
        if not unit.table and cls == "relapse" and told_of and not lexicon.find_treatments(unit.text):
            row.outcome_class, row.outcome, row.source = "relapse", f"{row.outcome}; {words}", _source(unit)
            return


def _is_heading(text: str) -> bool:
    """A document's title line: in capitals, or "... Summary", "... Report", "... Letter"."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and (sum(c.isupper() for c in letters) / len(letters) > 0.8 or
                              bool(re.search(r"\b(?:summary|report|letter|note)\s*$", text, re.IGNORECASE)))


def _course_outcome(row: HistoryRow, doc_units: list[Unit]) -> None:
    """A course summary that says how the course went in a sentence of its own ("Patient remitted."), naming no
    other treatment: the course's outcome. Side effects it tolerated are not why it ended, so they are not read."""
    for unit in doc_units:
        if unit.table or lexicon.find_treatments(unit.text):
            continue
        cls, words = outcome_of(unit.text)
        if cls in ("remission", "relapse", "no_response", "partial_response"):
            row.outcome_class, row.outcome, row.source = cls, words, _source(unit)
            return


_TELLS_WHY = re.compile(r"\b(?:because|due to|d/t|for|after|when|as|since)\b", re.IGNORECASE)


def _outside_course(row: HistoryRow, what: str, value: str) -> bool:
    """Whether a course's "first" day `value` falls after the end it has, or its "last" day before its start."""
    if what == "last" and row.start:
        return When(0, 0, value).as_date(last=True) < When(0, 0, row.start).as_date()
    if what == "first" and row.end:
        return When(0, 0, value).as_date() > When(0, 0, row.end).as_date(last=True)
    return False


def _fill_course(row: HistoryRow, doc_units: list[Unit]) -> int:
    """Fill a course's row from its record's labelled lines; return how many fields they gave."""
    told = 0
    for unit in doc_units:
        for what, pattern in _COURSE_LABELS:
            m = pattern.match(f"{unit.label}: {unit.text}" if unit.label else unit.text)
            if not m:
                continue
            value = m.group("v")
            if what == "sessions" and row.sessions is None:
                row.sessions = int(re.match(r"\d+", value).group(0))  # type: ignore[union-attr]
                row.dose = f"{row.sessions} sessions"
            elif what == "dates" and row.start is None:
                row.start, row.end = start_and_end(value, _trial_dates(value))
            elif what in ("first", "last"):
                whens = _trial_dates(value)
                if whens and _TELLS_WHY.search(value[whens[0].end:]) and not unit.label:
                    continue  # a sentence ("Stopped Feb 2025 because of vivid nightmares"), not a course's line
                if whens and not unit.label and _outside_course(row, what, whens[0].value):
                    continue  # (s72) a sentence's stop before the course began is another drug's ("... 'it hasn't
                    # touched my mood this time.' Stopped 07/2025." in a history above the course of 08/2026)
                if whens:
                    setattr(row, "start" if what == "first" else "end", whens[0].value)
                    told += 1
                last = re.search(r"\b(?:last|final) (?:session|treatment)\W{0,3}", value, re.IGNORECASE)
                ends = _trial_dates(value[last.end():]) if what == "first" and last else []
                if ends and ends[0].start == 0:  # "First session 09/05/2023, last session 10/24/2023" on one line
                    row.end = ends[0].value
                    told += 1
            elif what == "span" and not lexicon.find_treatments(unit.text):
                whens = _trial_dates(value)
                if len(whens) == 2:  # the span a course record gives outranks the date of the letter it is in
                    row.start, row.end = whens[0].value, whens[1].value
                    told += 1
                if row.sessions is None:
                    row.sessions = int(re.match(r"\d+", value).group(0))  # type: ignore[union-attr]
                    row.dose = f"{row.sessions} sessions"
            elif what == "outcome" and row.outcome_class == "unknown":
                cls, words = outcome_of(value)
                if cls != "unknown":
                    row.outcome_class, row.outcome, row.source = cls, words, _source(unit)
                    told += 1
    row.weight += told  # the course's own record, field by field, says more than a passing mention elsewhere
    return told


# a drug stopped because the patient was well: "stopped it himself because he felt well", "tapered off when well"
_STOPPED_WELL = re.compile(r"\b(?:stopped|tapered(?: off)?|came off|discontinued|quit|weaned)\b[^.;]{0,60}?"
                           r"\b(?:because|as|since|when|once)\b[^.;]{0,25}?\b(?:(?:felt|feeling|was|were|doing|stayed|been)\s+"
                           r"(?:so\s+|very\s+|completely\s+)?(?:well|better|fine)|in\s+(?:full\s+)?remission|remitted)\b|"
                           # ... or planned after a good time: "He tapered off it with the PCP in 2018 after a good
                           # year"
                           r"\b(?:tapered|came|weaned)\s+off\b[^.;]{0,60}?\bafter\s+a\s+good\s+(?:year|stretch|while|run)\b",
                           re.IGNORECASE)  # ("... because she had been in remission for six months")


def _after_it_ended(text: str, rows: list[HistoryRow], written: str) -> bool:
    """Every date `text` gives comes after the end of the last trial of the treatment written as `written`."""
    t = lexicon.lookup(written)
    prior = next((r for r in reversed(rows) if t and r.name == t.name), None)
    end = prior.end if prior else None
    whens = _trial_dates(text)
    if not (end and whens):
        return False
    ended = When(0, 0, end).as_date(last=True)
    return all(When(0, 0, w.value).as_date() > ended for w in whens)


def _part_of(t: lexicon.Treatment, course: HistoryRow) -> bool:
    """Whether a therapy named just after a course of another therapy is a part of that course (its technique): the
    course is a psychotherapy with its sessions or dates, the other a psychotherapy too ("14 sessions of CBT (05/06 -
    08/26). PHQ-9 20 -> 15: modest improvement; behavioral activation helped most")."""
    return t.kind == "psychotherapy" and course.kind == "psychotherapy" and t.name != course.name and \
        bool(course.dose or course.start)


# a sentence that only reports what someone said ("Dad: 'he's back to gaming with his friends.'"): the one after it may
# still be the clinician's judgment of the same trial
_SAID_BY = re.compile(r"^\W*(?:(?:mom|dad|mother|father|parents?|wife|husband|partner|daughter|son|sister|brother|"
                      r"patient|pt)\s*:|(?:she|he|they|the patient|mom|dad|his \w+|her \w+)\s+(?:says|said|reports?|"
                      r"reported|told me)\b)", re.IGNORECASE)


# a short note under a medicine's line, as a hand adds it to a printed list: "never filled - too $$$", "not started"
_NEVER_TAKEN_BELOW = re.compile(r"^\W*(?:never\s+(?:took|taken|filled|started|picked up|got)|not\s+(?:yet\s+)?"
                                r"(?:started|filled|taken)|did(?:n't| not)\s+(?:take|fill|start))\b"
                                r"(?!.*\b(?:but|until)\b)",
                                re.IGNORECASE)


def _never_taken_below(rows: list[HistoryRow], following: list[Unit], unit: Unit) -> bool:
    """A list's one medicine whose line is followed (directly, or after a line of its order's date) by a short note
    that it was never taken: "Bupropion XL 150 mg tablet, 1 daily." / "Ordered 06/02/2026." / "never filled - too
    $$$" is no trial."""
    if len(rows) != 1:
        return False
    for nxt in following:
        if nxt.table or nxt.page != unit.page or lexicon.find_treatments(nxt.text):
            return False
        ordered = _ORDERED.match(nxt.text)
        note = nxt.text[ordered.end():] if ordered else nxt.text
        if len(note) <= 40 and _NEVER_TAKEN_BELOW.match(note):
            return True
        if not ordered or note.strip():
            return False
    return False


_ORDERED = re.compile(r"\W*(?:ordered|prescribed|sent|written|e-?prescribed)\b[^.;]{0,25}(?:[.;]\s*|$)", re.IGNORECASE)


# a sentence that opens with another medicine and its dose, one the treatments table may not know
_ANOTHER_MEDICINE = re.compile(r"^\W*[A-Z][a-z]{3,}(?:\s+[A-Z]{2,3})?\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|g|ml)\b")


# (s72) an order of its own sentence that stops the drug just told: "Citalopram 40 mg - still about the same. Stop."
_STOP_ORDER_ALONE = re.compile(r"^\W*(?:stop|d/c|discontinue|taper off|suspender|se suspende|suspendo)\W*$",
                               re.IGNORECASE)


def _end_said_next(row: HistoryRow, nxt: Unit) -> None:
    """The end of a trial the next sentence gives (`_outcome_said_next`)."""
    if not row.end and nxt.note_date and _STOP_ORDER_ALONE.match(nxt.text):
        row.end = nxt.note_date.isoformat()  # stopped at the visit that judged it
        if row.seen and row.seen[0] == row.start:  # (the visit's own day was when it was judged, not its start)
            row.start, row.seen = None, None
        return
    stop = _IT_STOPPED.search(nxt.text)
    if stop and row.start and not row.end:  # "X was started on 09/01/2023. ... and it was stopped on 04/12/2023."
        whens = _trial_dates(nxt.text[stop.end():stop.end() + 30])
        if whens and whens[0].start == 0:
            row.end = whens[0].value
    if not row.end or row.end == row.start and len(row.end) < 7:
        # "Zoloft - started spring 2019 ... . GI upset limited titration; stopped 11/2019.", "began ECT on 03/04/2024.
        # After 9 treatments (last 03/29/2024) he was in remission.": the end the next sentence gives
        ended = [w for w in _trial_dates(nxt.text) if _ENDS_NEXT.search(nxt.text[max(0, w.start - 25):w.start]) and
                 not _LAST_OF_VISITS.search(nxt.text[max(0, w.start - 40):w.start])]
        if ended and (not row.start or When(0, 0, ended[0].value).as_date(last=True) >=
                      When(0, 0, row.start).as_date()):
            row.end = ended[0].value


# (s80) the last of the visits a finding was asked at, no trial's last day: "Suicidal ideation: denied at every
# contact (last 07/07/2026)", "PHQ-9 at each visit, last 03/02/2026"
_LAST_OF_VISITS = re.compile(r"\b(?:contacts?|visits?|calls?|checks?|check-ins?|screens?|screenings?|appointments?|"
                             r"assessments?|encounters?)\s*[(,;]?\s*last\s*[:-]?\s*$", re.IGNORECASE)


_UNSURE_YET = re.compile(r"\b(?:too|this|so) (?:early|soon)\b|\bnot yet (?:clear|known)\b|\bdemasiado pronto\b",
                         re.IGNORECASE)


# a sentence that opens at a later time of the trial told just before: "Today, after six weeks on 20 mg: ...", "Now ..."
_LATER_WORD = re.compile(r"\W*(?:today|now|currently|at this visit|at today's visit|hoy|actualmente)\b|"
                         r"\W*(?:since|after|at)\s+(?:(?:about|nearly|over)\s+)?(?:\d{1,2}|two|three|four|five|six|"
                         r"eight|ten|twelve|several|a few)\s+(?:weeks?|months?)\s+(?:on|at)\b", re.IGNORECASE)
# the words of a gain with nothing of its own: "The sertraline worked.", "it helped"
_BARE_GAIN = re.compile(r"(?:^|[:;'\"‘’“]\s*)(?:[\w-]+\s+){0,3}(?:worked|helped)\W*$", re.IGNORECASE)


# the drug another was added to, named after it: "I added lithium 300 mg twice daily to the venlafaxine"
_ADDED_TO = re.compile(r"\b(?:added|adding|add)\b[^.;]{0,60}\b(?:to|with)\s+(?:the\s+|her\s+|his\s+)?$", re.IGNORECASE)


# a sentence that goes on about the trial just told: "it", "the medicine", or a bare stop ("Stopped.")
_RUNS_ON = re.compile(r"\b(?:it|the (?:drug|medication|medicine|pills?|tablets?))\b|"
                      r"^\W*(?:(?:so\s+)?(?:I|she|he|they)\s+)?"
                      r"(?:stopped|quit|d/c'?d)(?:\s+it)?\W*$", re.IGNORECASE)


# a sentence that opens a quotation it does not close: the patient's words go on in the next sentence
_QUOTE_OPEN = re.compile(r"^[^\"“”]*[\"“][^\"“”]*$")


# a sentence that turns to another treatment the treatments table may not name: "He saw a counselor through his EAP"
_NEW_SUBJECT = re.compile(r"\b(?:saw|sees|seeing|attended|attends|joined|was referred|went to|enrolled)\b",
                          re.IGNORECASE)


# a line of a diagnosis list: a code, then the disorder's words ("F33.42 major depressive disorder, recurrent, in full
# remission"): the state of the illness the code names, no judgment of any trial (the record judges none there)
_DX_LINE = re.compile(r"^\W*(?:(?:Assessment|Impression|Diagnos[ie]s|Dx|Problems?)\b\W*)?"
                      r"[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\s+[a-z]", re.IGNORECASE)


# a switch's words and the drug switched to, the rest of the sentence naming nothing more
_SWITCH_TARGET = re.compile(_SWITCH_WORDS + r"[^.;]{0,40}(?:[.;]\W*(?:-\s*\w{1,4})?)?\s*$", re.IGNORECASE)
_COMPARED_TO = re.compile(r"\b(?:(?:about |just |roughly )?where (?:I|she|he|they|we) (?:was|were) (?:on|with) |"
                          r"(?:the )?same as (?:on |with )?|no better than (?:on |with )?|"
                          r"(?:just )?like (?:on |with )?)"
                          r"(?:the |her |his |my |their )?[\w-]+", re.IGNORECASE)



def _outcome_beside(text: str) -> tuple[str, str | None]:
    """A sentence's outcome, told of a trial named before it: unknown when the words that judge are a diagnosis's."""
    cls, words = outcome_of(text)
    if not words or not _DX_LINE.match(text):
        return cls, words
    end = text.find(words) + len(words) if words in text else len(text)
    code = ([None] + list(_ICD.finditer(text, 0, end)))[-1]  # the code set's one pattern
    told = text[code.end():end] if code else ""
    # (the words are the last code's own description, "F33.42 major depressive disorder, recurrent, in full remission",
    # not a paragraph run on after the list: "... on CPAP Reason for consultation: a severe recurrence ...")
    if code and len(told) <= 90 and not re.search(r"\b(?:Reason|History|Plan|Referred|Interval|HPI)\b", told):
        return "unknown", None
    return cls, words


def _headings_line(text: str) -> bool:
    """Whether a line is a table's headings: three or more short cells across column gaps, no number or sentence
    mark among them."""
    cells = split_cells(text)
    return len(cells) >= 3 and all(len(cell.split()) <= 3 and not re.search(r"[\d.;:!?\"]", cell)
                                   for _, cell in cells)


def _outcome_said_next(rows: list[HistoryRow], following: list[Unit], unit: Unit) -> None:
    """"We completed a course of CBT ... By the end his PHQ-9 was 11: a partial response.": a course's outcome in the
    next sentence of the same paragraph, when that sentence names no treatment of its own."""
    if len(rows) > 1:  # ("After the sertraline she went on bupropion XL 300 in March 2021.": the drug named only as
        # a time is no trial of this sentence; the one begun with its date is the one the next sentence judges)
        told = [r for r in rows if r.start or r.end or r.dose or r.sessions or r.outcome_class != "unknown"]
        rows = told if len(told) == 1 else rows
    if len(rows) > 1 and len(added := [r for r in rows if r.kind == "augmentation"]) == 1 and all(
            _ADDED_TO.search(unit.text[:f.start]) for f in lexicon.find_treatments(unit.text)
            if f.treatment.name != added[0].name):
        rows = added  # "I added lithium ... to the venlafaxine. It helped a little, but ...": the drug added is judged
    if len(rows) != 1 or not following:
        return
    nxt = following[0]
    # (the next sentence may name the same treatment again: "She remitted, but relapsed ...; maintenance ECT was not
    # offered")
    row = rows[0]
    if _recurrence_outside(nxt.text, row.start, row.end, row.kind) != nxt.text:
        return  # ("The depression returned in the winter of 2023." after a trial that ended in 2022: no part of it)
    # (a drug named only to compare with is not judged there: "her mood on it is 'about where I was on the citalopram'")
    compared = _COMPARED_TO.sub(" ", nxt.text) if _REFERS.search(nxt.text) else nxt.text
    switch = _SWITCH_TARGET.search(compared)
    if switch and outcome_of(compared[:switch.start()])[0] != "unknown":
        # (s79) the drug switched to, after words that judge: "Pt: it 'took the edge off, but I'm still pretty
        # low,' so NP is switching to duloxetine" judges the drug the sentence before stopped
        compared = compared[:switch.start()]
    others = {f.treatment.name for f in lexicon.find_treatments(compared) if not _part_of(f.treatment, row)}
    if nxt.table or nxt.page != unit.page or nxt.note_date != unit.note_date or others - {row.name}:
        return
    if _headings_line(nxt.text):
        return  # (s82) a table's headings no role fits, read as a line: "Time   Pulse oximetry   Sedation check"
    if _ANOTHER_MEDICINE.match(nxt.text) and not lexicon.find_treatments(nxt.text):
        return  # ("Lormetazepam 1 mg por la noche si insomnio": a medicine the treatments table does not know)
    if _BARE_STOP.fullmatch(nxt.text) and row.outcome and row.outcome_class in ("no_response", "unknown"):
        # (s73) a bare stop the sentence's split set apart, as inside a quotation ("'sweating buckets and no better."
        # | "Quit.'"): read with the words before it, as `_composed` reads "No better. Quit." in one sentence
        cls, words = outcome_of(f"{row.outcome}. {nxt.text}")
        if cls == "side_effects":
            row.outcome_class, row.outcome = cls, words
            return
    if _COURSE_BY_TIME.search(nxt.text) and not (row.kind in lexicon.COURSE_KINDS or row.sessions):
        return  # ("The gain from the 2023 course was lost": a course's, not this drug's)
    with said_before(row.start or row.end):  # ("added in June 2023. ... so it came off in July": July 2023)
        _end_said_next(row, nxt)
    if row.outcome_class != "unknown" and (_LATER_WORD.match(nxt.text) or (
            row.outcome_class == "partial_response" and row.outcome and _BARE_GAIN.search(row.outcome))):
        # the last word on the trial: the next sentence tells a later time of it ("... 'no different at all' at four
        # months; raised to 20 mg. Today, after six weeks on 20 mg: 'a little lighter, maybe.'"), or says what a bare
        # "it worked" came to ("'The sertraline worked. I was doing well for over a year.'")
        cls, words = _outcome_beside(nxt.text)
        if words and (cls != "unknown" or _DOUBT.search(words)) and (
                _LATER_WORD.match(nxt.text) or cls in ("remission", "relapse")):
            row.outcome_class, row.outcome = cls, words
        return
    if row.outcome_class != "unknown" or (row.outcome and (_UNSURE_YET.search(row.outcome) or
                                                           _DOUBT.search(row.outcome))):
        return  # (nor when its own words say it is too soon: "Lithium ...: too early to judge. Suicidal ideation
        # resolved during the program" tells of the program, not the lithium; nor when they guess: "she is 'maybe 50
        # percent better' on it. She took a mindfulness course ...; it helped her cope" tells of the course)
    cls, words = _outcome_beside(nxt.text)
    if cls != "unknown":
        row.outcome_class, row.outcome = cls, words
        later = following[1] if len(following) > 1 else None
        if later and not later.table and (later.page, later.note_date, later.section) == (
                unit.page, unit.note_date, unit.section) and not later.label and _RUNS_ON.search(later.text) and \
                not lexicon.find_treatments(later.text) and _QUOTE_OPEN.search(nxt.text):
            # the last word of the same telling, still inside the quotation: "'Useful skills. I would say it got me
            # maybe 30 percent of the way.'" (a guess that sums up, over the first impression)
            cls, words = outcome_of(later.text)
            if words and (cls != "unknown" or _DOUBT.search(words)):
                row.outcome_class, row.outcome = cls, words
        return
    if row.kind not in lexicon.COURSE_KINDS and not _SAID_BY.match(nxt.text):
        # a drug's telling that runs on past its next sentence, about "it" ("My first med was fluoxetine, in 2016. It
        # was amazing for about two years. I stopped it when I graduated because I was doing good."; "Remeron 30 mg,
        # 2019 to 2020. Put on 25 pounds and still cried every day. Stopped."): judged over the whole run, so that
        # a stop and its reason told after the first impression decide
        run = [nxt.text]
        for later in following[1:3] if not words else ():  # (not past a guess: "'maybe a bit better, hard to say'")
            if later.table or later.page != unit.page or later.note_date != unit.note_date or \
                    later.section != unit.section or later.label or not _RUNS_ON.search(later.text) or \
                    _NEW_SUBJECT.search(later.text) or \
                    {f.treatment.name for f in lexicon.find_treatments(later.text)} - {row.name}:
                return
            run.append(later.text)
            cls, words = outcome_of(" ".join(run))
            if cls != "unknown":
                row.outcome_class, row.outcome = cls, words
                return
        return
    if not (row.start or row.end or row.dose or row.sessions):
        return  # (a technique named inside another course, with nothing of its own, is no course to judge)
    # a course's summary goes on past its next sentence ("Ms. X completed the DBT skills group, attending 19 of 24
    # sessions. Self-harm fell ... Her depression improved partly ... but has not remitted."): its first sentence
    # after that judges the course, up to one that names another treatment or opens another section
    for later in following[1:]:
        if later.table or later.page != unit.page or later.note_date != unit.note_date or \
                later.section != unit.section or later.label or \
                {f.treatment.name for f in lexicon.find_treatments(later.text) if not _part_of(f.treatment, row)} - \
                {row.name}:
            return
        cls, words = outcome_of(later.text)
        if cls != "unknown":
            row.outcome_class, row.outcome, row.source = cls, words, _source(later)
            return


# a sentence that stops a trial: "Aripiprazole discontinued today.", "Stop sertraline.", "Plan: taper off X"
_STOP_ORDER = re.compile(r"^\W*(?:(?:P|Plan):\s*)?(?:stop|discontinue|d/c|taper off|hold)\b", re.IGNORECASE)


def _reason_said_before(rows: list[HistoryRow], preceding: list[Unit], unit: Unit) -> None:
    """"Since the increase she paces in the evening. This is akathisia. ... Aripiprazole discontinued today.": a
    trial stopped in a sentence that says no reason of its own was stopped for what the sentences just before it
    tell, back to the sentence that names the trial before it (none naming another treatment): a side effect they
    name lasting is the reason, else a failure they tell. The reason nearest the stop is the trial's outcome."""
    if len(rows) != 1 or rows[0].outcome_class != "unknown" or not (
            _STOPPED.search(unit.text) or _STOP_ORDER.match(unit.text)):
        return
    told: list[str] = []
    for before in reversed(preceding):
        named = {f.treatment.name for f in lexicon.find_treatments(before.text)}
        if before.table or (before.page, before.note_date) != (unit.page, unit.note_date) or named - {rows[0].name}:
            return
        if named:
            break  # the trial's mention before its stop: what lies between them is why it stopped
        told.insert(0, before.text)
    else:
        return  # (sentences that never reach a mention of the trial may tell of something else)
    harmed = [t for t in told if _SE_RE.search(t)]
    cls, said = ("side_effects", harmed[-1]) if harmed else outcome_of(" ".join(told))  # (the nearest the stop)
    if cls in ("side_effects", "no_response"):
        rows[0].outcome_class, rows[0].outcome, rows[0].stop_reason = cls, said, True


# words before a date in the sentence after a trial's that make the date its end
_ENDS_NEXT = re.compile(r"\b(?:stopped|discontinued|d/c'?d|tapered off|ended|completed|finished|came off|quit|ceased|"
                        r"last(?: (?:session|treatment|dose))?|until)\s*(?:on|in|around|about|approx\.?|by|~)?\s*$",
                        re.IGNORECASE)


# the trial the sentence before named, stopped: "it was stopped on", "she came off it in"
_IT_STOPPED = re.compile(r"\b(?:(?:it|this|the (?:drug|medication|medicine))\s+was\s+(?:then\s+|finally\s+)?"
                         r"(?:stopped|discontinued|tapered off|withdrawn|d/c'?d|ceased)|(?:stopped|discontinued|"
                         r"came off|tapered off|quit)\s+it)\s+(?:on\s+|in\s+)?", re.IGNORECASE)


_NOT_DISPENSED = re.compile(r"\b(?:RTS|returned to stock|not picked\s+up|never picked\s+up|cancel(?:l?ed)?|reversed|"
                            r"voided?|rejected|not dispensed|never dispensed|not prescribed|never prescribed|"
                            # a bottle never opened was never taken: "never opened - afraid of seizures"
                            r"never opened|unopened|"
                            # in Spanish: "Anulada: no retirada en farmacia"
                            r"anulad[oa]|no retirad[oa]|no dispensad[oa])\b", re.IGNORECASE)
# a fill taken as needed is no trial, nor a drug whose use is told as episodes: "ibuprofen now and then", "used it
# twice this month", "uses it on about two days a month", "si precisa (lo usa una o dos veces al mes)"
# a medicine list's line, the name, strength and form before a colon and the directions after it ("hydroxyzine 25 mg
# tablet: 1 tablet as needed for anxiety", "ibuprofen 200 mg tablet: as needed for cramps")
_LIST_SIG = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g)\s+(?:ER\s+|XL\s+|XR\s+|SR\s+|DR\s+|ODT\s+)?"
                       r"(?:tablets?|capsules?|tabs?|caps?|pills?)\s*:", re.IGNORECASE)
_AS_NEEDED = re.compile(r"\b(?:PRN|as[- ]needed)\b|\bpor raz[oó]n necesaria\b|\ba demanda\b|\bsi (?:es )?necesario\b|"
                        r"\bsi precisa\b|\bde rescate\b|\b(?:now and then|from time to time|on occasion|rarely used)\b|"
                        r"\b(?:use|used|uses|using|take|takes|took|taking)\s+(?:it\s+|them\s+)?"
                        r"(?:(?:only|maybe|perhaps|about|around|roughly|some)\s+){0,2}(?:once|twice|"
                        r"\d+\s+times|one or two times|a few times|on (?:about\s+)?\w+\s+days?|"
                        r"\d+\s*(?:-|to|or)\s*\d+\s+(?:times|nights|days))\s+(?:a|per|this|last|"
                        r"each)\s+(?:week|month|year)\b|\b(?:lo|la)\s+usa\s+\w+\s+(?:o\s+\w+\s+)?veces\b|"
                        # a dose a year is taken by the episode ("before flights (about twice a year)"), and a dose
                        # "if" a symptom comes ("1 comp si ansiedad intensa", "si insomnio")
                        r"\b(?:once|twice|\d+\s+times|a few times)\s+(?:a|per)\s+year\b|"
                        r"\bsi\s+(?:hay\s+)?(?:ansiedad|insomnio|dolor|angustia|agitaci[oó]n|nervios)\b",
                        re.IGNORECASE)


_STILL_FILLED = re.compile(r"\|\s*(?:active|current)\s*(?:\||$)", re.IGNORECASE)


# (s82) a printout that says it leaves fills out ("Monthly fills between 10/2025 and 11/2026 not shown are the same"):
# a gap between the fills it shows is no stop
_FILLS_LEFT_OUT = re.compile(r"\bfills?\b[^.;]{0,80}?\bnot (?:shown|listed|printed|included)\b|"
                             r"\b(?:not shown|omitted)\b[^.;]{0,40}?\bfills?\b", re.IGNORECASE)


def _supply_days(cell: str) -> float:
    """A fill's days of supply: "30", or the days after the quantity in a "Qty / days" cell ("90 / 30")."""
    m = re.match(r"\s*\d+(?:\.\d+)?\s*\w*\s*/\s*(\d+)", cell) or re.search(r"\d+", cell)
    return float(m.group(m.lastindex or 0)) if m else 0.0


def _fills_judged(fills: list[Unit]) -> tuple[str, str | None, Unit | None]:
    """How a course went, as the notes written beside its fills tell it in their order ("pt says 'no different at
    all'"; a gain, then "low mood crept back": relapse), with the words and the fill that said the last of it."""
    notes = [(u, (u.cells or {}).get("outcome", "")) for u in fills]
    cls, words = outcome_of("; ".join(note for _, note in notes if note))
    if cls == "unknown":
        return cls, None, None
    said = next((u for u, note in reversed(notes) if note and outcome_of(note)[0] != "unknown"), None)
    return cls, words, said


# (s83) a dated note's word that the drug was being taken: "10/01/2026: on bupropion XL 300 mg pt says ..."
_TAKEN_BEFORE = re.compile(r"\b(?:on|taking|still on|remains on|adherent to)\s+$", re.IGNORECASE)


def taken_days(doc_units: list[Unit]) -> dict[lexicon.Treatment, list[date]]:
    """The days a document's dated notes say each drug was being taken ("on bupropion XL 300 mg"), a stop unsaid."""
    out: dict[lexicon.Treatment, list[date]] = {}
    for u in doc_units:
        if u.table or not u.note_date or _STOPPED.search(u.text):
            continue
        for f in lexicon.find_treatments(u.text):
            if _TAKEN_BEFORE.search(u.text, max(0, f.start - 20), f.start):
                out.setdefault(f.treatment, []).append(u.note_date)
    return out


def fill_rows(rows: list[Unit], left_out: bool = False,
              taken: dict[lexicon.Treatment, list[date]] | None = None) -> list[HistoryRow]:
    """A pharmacy's fill history: one trial per drug, from its first fill to the last fill's days of supply. A fill
    the patient never took home ("RTS - not picked up", "reversed") is no fill, and a drug filled only below the dose
    treatments.yaml gives for a sleep aid (trazodone 50 mg) is no trial. A pharmacist's notes beside the fills judge
    the course; a supply that runs past the printout's own day is a drug still taken; `left_out`: the printout says it
    leaves fills out, so a gap between those shown is no stop."""
    from datetime import timedelta

    by_drug: dict[lexicon.Treatment, list[tuple[Unit, When, float]]] = {}
    # a claim reversed cancels the claim it reverses, the same drug filled the same day ("08/14/2025 ... BUPROPION ...
    # PAID" over "08/14/2025 ... BUPROPION ... REVERSED Reversed 08/25/2025: not picked up")
    reversed_ = {((u.cells or {}).get("name", "").lower(), (u.cells or {}).get("start", "")) for u in rows
                 if re.search(r"\breversed\b", u.text, re.IGNORECASE)}
    for unit in rows:
        cells = unit.cells or {}
        if _NOT_DISPENSED.search(unit.text) or _AS_NEEDED.search(cells.get("name", "")) or \
                _FILLED_FOR_SLEEP.search(unit.text) or (cells.get("name", "").lower(), cells.get("start", "")) in \
                reversed_:
            continue  # (a fill whose directions give it for sleep: "1 at bedtime for sleep")
        found = lexicon.find_treatments(cells.get("name", ""))
        whens = _dates(cells.get("start", ""), day=True)
        if not found or not whens:
            continue
        days = _supply_days(cells.get("days", ""))
        by_drug.setdefault(found[0].treatment, []).append((unit, whens[0], days))
        # a summary a drug a row: "First fill  02/14/2022  Last fill  09/02/2022": the last fill is a fill too
        by_drug[found[0].treatment] += [(unit, w, days) for w in _dates(cells.get("end", ""))[:1]
                                        if len(w.value) == 10 and w.value != whens[0].value]
    out = []
    for t, all_fills in by_drug.items():
        all_fills.sort(key=lambda f: f[1].as_date())
        courses: list[list[tuple[Unit, When, float]]] = []
        # a gap of months between one fill's supply and the next fill: a trial stopped, restarted (a summary row's
        # first and last fill are one span, whatever lies between them, and so are a drug's only two fills: a
        # printout of each drug's first and last fill shows no supply between them to judge a gap by)
        span = len(all_fills) == 2 or left_out
        for f in all_fills:
            # (s83) nor is a gap a note says the drug was taken in ("10/01/2026: on bupropion XL 300 mg")
            bridged = courses and any(courses[-1][-1][1].as_date() < d < f[1].as_date()
                                      for d in (taken or {}).get(t, ()))
            if courses and (span or bridged or f[0] is courses[-1][-1][0] or
                            f[1].as_date() <= courses[-1][-1][1].as_date() + timedelta(days=courses[-1][-1][2] + 60)):
                courses[-1].append(f)
            else:
                courses.append([f])
        for fills in courses:
            first = fills[0]
            last_day = max(f[1].as_date() + timedelta(days=f[2]) for f in fills)
            doses = [dose_of((f[0].cells or {}).get("dose") or (f[0].cells or {}).get("name", "")) for f in fills]
            dose = max((d for d in doses if d), key=_amount, default=None)
            if t.sleep_below and dose and _amount(dose) < t.sleep_below:
                continue
            active = any(_STILL_FILLED.search(f[0].text) for f in fills)  # "Status: Active": still taken
            noted = [f[0] for f in fills if "outcome" in (f[0].cells or {})]
            cls, words, said = _fills_judged(noted) if noted else ("unknown", None, None)
            printed = fills[-1][0].note_date
            active = active or bool(noted and printed and last_day >= printed)
            out.append(HistoryRow(t.name, t.drug_class, t.kind, dose, first[1].value,
                                  None if active else last_day.isoformat(), words, cls, _source(said or first[0]),
                                  None, TABLE_WEIGHT + 1, filled=True, tabled=True))
    return out


# an event that ends a course: "stopped", "last one", "final session", "finished"
_EVENT_ENDS = re.compile(r"\b(?:last\s+(?:one|session|dose|visit)|final(?:\s+session)?|finished|completed|ended|"
                         r"off\b)", re.IGNORECASE)
# a drug someone else takes, told in the item itself: "J's alprazolam", "mom's Zoloft", or "not mine" in the note
_SOMEONE_ELSES = re.compile(r"\b[A-Z][\w.]*['’]s\s+$|\b(?:mom|mother|dad|father|wife|husband|partner|sister|brother|"
                            r"friend|roommate|son|daughter)['’]s\s+$", re.IGNORECASE)
_NOT_MINE = re.compile(r"\bnot mine\b|\b(?:hers|his|theirs),? not mine\b|\bno es m[ií]o\b", re.IGNORECASE)
_NEVER_TAKEN_NOTE = re.compile(r"\bnever (?:took|taken|filled|started|picked up)|\bnot (?:yet )?(?:started|filled|"
                               r"taken)\b|\bdid(?:n't| not) (?:take|fill|start)\b|\b(?:said no|declined|refused)\b",
                               re.IGNORECASE)


def event_rows(events: list[Unit]) -> list[HistoryRow]:
    """An event log's treatments (`documents.csv_events`: a row a start, a dose change, a stop, a session, with the
    user's note): one trial a course, from its first event to the event that stopped it ("stopped", "last one"), open
    when no event stops it; the dose its highest; the outcome the stopping event's note when it judges, else the latest
    note that judges. A drug the item gives as someone else's ("J's alprazolam"), taken as needed, or never taken is
    no trial."""
    by_drug: dict[lexicon.Treatment, list[Unit]] = {}
    left: set[lexicon.Treatment] = set()
    for u in sorted(events, key=lambda u: u.note_date or date.min):
        cells = u.cells or {}
        found = lexicon.find_treatments(cells.get("name", ""))
        if not found:
            continue
        t = found[0].treatment
        words = " ".join(cells.get(k, "") for k in ("action", "dose", "outcome"))
        if _SOMEONE_ELSES.search(cells.get("before", "") + cells["name"][:found[0].start]) or \
                _NOT_MINE.search(words) or \
                _AS_NEEDED.search(f"{cells['name']} {words}") or _NEVER_TAKEN_NOTE.search(words):
            left.add(t)
            continue
        by_drug.setdefault(t, []).append(u)
    out: list[HistoryRow] = []
    for t, rows in by_drug.items():
        courses: list[list[Unit]] = [[]]
        for u in rows:
            courses[-1].append(u)
            cells = u.cells or {}
            done = f"{cells.get('action', '')} {cells.get('dose', '')}"
            if _STOP_VERB.search(done) or re.match(r"\s*(?:stop|last\b)", done.strip(), re.I) or \
                    _EVENT_ENDS.search(f"{done} {cells.get('outcome', '')}") or \
                    re.match(r"\s*(?:stopped|quit|d/c)", cells.get("outcome", ""), re.IGNORECASE):
                courses.append([])
        log_ends = max((u.note_date for u in events if u.note_date), default=None)
        for listed in (c for c in courses if c):
            ended = listed is not courses[-1]  # (a stop opened the list after it)
            # (events before the one that starts it are plans: "taper Lex, Effexor 37.5 on 10/22" | "1st Effexor")
            begun = next((k for k, u in enumerate(listed) if re.match(r"\s*(?:(?:re)?start|began|begin|[1I]st|first)",
                                                                       (u.cells or {}).get("action", ""), re.I)), 0)
            course = listed[begun:]
            first, last = course[0], course[-1]
            doses = [d for u in course if (d := dose_of((u.cells or {}).get("dose", "")))]
            sessions = [n for u in course if (n := re.search(r"\bsession\s*#?\s*(\d{1,3})|#\s*(\d{1,3})\b",
                                                                (u.cells or {}).get("name", ""), re.I))]
            if sessions and t.kind in lexicon.COURSE_KINDS and not ended and log_ends and last.note_date and \
                    (log_ends - last.note_date).days > 21:
                ended = True  # a counted course whose sessions stop while the log goes on weeks past the last one
            dose = f"{max(int(m.group(1) or m.group(2)) for m in sessions)} sessions" if sessions and t.kind in \
                lexicon.COURSE_KINDS else max(doses, key=_amount) if doses else None
            judged = None
            for u in reversed(course):
                said = " ".join(x for x in ((u.cells or {}).get(k, "") for k in ("action", "dose", "outcome")) if x)
                cls, quoted = outcome_of(said)
                if cls != "unknown":  # (the latest note that judges; a stop's note that does not, an earlier one)
                    judged = (u, cls, quoted)
                    break
            src = judged[0] if judged else (last if ended else first)
            kind = _kind(t, "", " ".join((u.cells or {}).get("outcome", "") for u in course))
            row = HistoryRow(t.name, t.drug_class, kind, dose, (first.note_date or date.min).isoformat(),
                             (last.note_date or date.min).isoformat() if ended else None,
                             judged[2] if judged else None, judged[1] if judged else "unknown", _source(src),
                             weight=TABLE_WEIGHT + 1, tabled=True, when=src.note_date)
            if not _sleep_aid(t, row, " ".join(u.text for u in course)):
                out.append(row)
    return out


_LOG_DAY_OPENS = re.compile(r"^\W{0,3}\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+")


# the options a sentence named, none begun: "... and neither was started"
_NEITHER_BEGUN = re.compile(r"\b(?:neither|none)\s+(?:of\s+them\s+)?(?:was|were|has\s+been|have\s+been)\s+"
                            r"(?:started|begun|tried|taken|prescribed)\b", re.IGNORECASE)
# another person's pills named after the drug: "lorazepam 0.5 mg - Ruth's old bottle" (not "Dr. Sato's")
_SOMEONES_SUPPLY = re.compile(r"\b[A-Z][a-z]+['’]s\s+(?:old\s+|leftover\s+|spare\s+)?(?:bottle|pills|tablets|"
                              r"supply|stash)\b")
# a switch told after the stopped drug's words: "... her doctor stopped it and started " (the next drug's words date it)
_SWITCHED = re.compile(r"\b(?:stopped|discontinued|tapered off|took (?:her|him|them) off)\s+(?:it|them)\s+and\s+"
                       r"(?:(?:re)?started|switched\s+(?:her\s+|him\s+)?to|changed\s+(?:her\s+|him\s+)?to|began)\s*$",
                       re.IGNORECASE)
# where the clause a start was said in begins: a full stop or a semicolon, never a title's ("In 2022 Dr. H started X")
_CLAUSE_STOP = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[.;]")


def _first_entry_starts(rows: list[HistoryRow], logs: set[str]) -> None:
    """(s77) In a log whose lines open with their full day, a drug no mention gives a start began at the first entry
    that names it with its dose, when that entry only names it ("03/12/1984  Tearful, early waking. Amitriptyline 75 mg
    at night."): not when the first entry judges or stops it (the day it was judged, s72), nor when a mention stops it
    before. (A course's start is its plan's or its first session's: `planned`.)"""
    mine: dict[tuple[str, str], list[HistoryRow]] = {}
    for r in rows:
        if r.source.file in logs and not r.tabled and r.kind not in lexicon.COURSE_KINDS:
            mine.setdefault((r.source.file, r.name), []).append(r)
    for group in mine.values():
        dated = sorted((r for r in group if r.when), key=lambda r: r.when or date.min)
        if not dated or any(r.start and r.seen is None for r in group):  # (a judged entry's day is no start, s72)
            continue
        first = dated[0]
        if first.dose and first.end is None and first.outcome_class == "unknown" and first.seen is None and \
                not any(r.end and r.end <= (first.when or date.min).isoformat() for r in group):
            first.start = (first.when or date.min).isoformat()


def log_trials(entries: list[Unit], rows: list[HistoryRow]) -> list[HistoryRow]:
    """A dated log's trials ("1/14/26 started escitalopram 10 mg" | "2/11 Dad says 'no different'" | "4/20 still flat,
    no change at all." | "Dr. A stopped escitalopram." | "4/21 started duloxetine 30 mg"), read as the person who kept
    it meant them: an entry that names no treatment is about the drug then taken (the one the log last started and has
    not stopped), so each trial runs from the entry that started it to the one that stopped it, its outcome the latest
    entry that judges it (`event_rows`). Only a drug the sentences already made a trial of is followed (a mention the
    reader leaves out, "Spravato if this stops working - Dad says NO", "Mom's sertraline", stays out); that drug's rows
    read from the log's sentences give way to the one the log makes."""
    files = {u.file for u in entries}
    followed = {r.name for r in rows if r.source.file in files and not r.tabled}
    events: list[Unit] = []
    taken: lexicon.Treatment | None = None
    for u in entries:
        found = [f.treatment for f in lexicon.find_treatments(u.text)]
        said = _LOG_DAY_OPENS.sub("", u.text).strip()
        if found:
            taken = found[0] if found[0].name in followed else taken
            if found[0].name not in followed or len(found) > 1:
                continue
        if taken is None or not u.note_date:
            continue
        events.append(Unit(u.file, u.page, u.text, None, u.note_date,
                           {"name": taken.name, "action": said, "dose": dose_of(said) or ""}, "events"))
        if _STOP_VERB.search(said) and found:
            taken = None
    made = event_rows(events)
    ours = {r.name for r in made}
    return [r for r in rows if not (r.source.file in files and r.name in ours)] + made


def _amount(dose: str) -> float:
    m = re.match(r"[\d.]+", dose)
    return float(m.group(0)) if m else 0.0


def _precision(row: HistoryRow) -> int:
    return len(row.start or "") + len(row.end or "")


def _refines(finer: HistoryRow, row: HistoryRow) -> bool:
    """Whether finer's dates say what row's say, more precisely (2024-02-10 for 2024-02; a day just past a month
    that stood for both ends): a date months from the row's own ("06/2024" from a combination's sentence for
    "02/2024") does not replace it."""
    return all(_same_time(theirs, mine) for mine, theirs in ((row.start, finer.start), (row.end, finer.end))
               if mine and theirs)


def _same_time(one: str, other: str) -> bool:
    """Whether two partial dates can mean the same time, give or take a month."""
    a, b = When(0, 0, one), When(0, 0, other)
    return max((a.as_date() - b.as_date(last=True)).days, (b.as_date() - a.as_date(last=True)).days) <= 31


_RESTARTED = re.compile(r"\b(?:re-?start(?:ed)?|re-?tried|re-?trial(?:ed)?|re-?challenged?|"
                        # (not the illness again: "since September I'm sliding again", "worse again")
                        r"(?<!sliding )(?<!slipping )(?<!sinking )(?<!worse )(?<!down )(?<!low )(?<!struggling )"
                        # (s83) (nor the person well again: "feels like herself again", "well again")
                        r"(?<!self )(?<!selves )(?<!well )(?<!normal )(?<!better )again|"
                        r"second (?:trial|time|"
                        r"course|episode)|2nd (?:trial|time|course|episode)|resumed|back on|"
                        r"reinici\w*|de nuevo|otra vez|segund[oa] (?:vez|episodio|ensayo))\b", re.IGNORECASE)


def _span(row: HistoryRow) -> tuple[date, date] | None:
    if not (row.start and row.end):
        return None
    return When(0, 0, row.start).as_date(), When(0, 0, row.end).as_date(last=True)


def _before_restart(r: HistoryRow, trial: tuple[tuple[date, date] | None, list[HistoryRow]]) -> bool:
    """Whether a mention dated in part (a start or an end alone) is of a time more than a month before a trial told as
    a restart ("tapered it off in 12/2025 ..." beside "restarted on 09/15/2026"): the first trial's, not the
    restart's."""
    # (the restart's own mention: a start, no end, its words a restart's, "Sertraline 100 mg was restarted on ...")
    # (or a restart within a year: "2014: ... I restarted paroxetine 40 mg, but ... no real lift")
    if trial[0] is None or not any(x.start and (not x.end or x.end == x.start) and _RESTARTED.search(x.source.text)
                                   for x in trial[1]):
        return False
    told = r.end or r.start
    return told is not None and (trial[0][0] - When(0, 0, told).as_date(last=True)).days > 31


def _trials(group: list[HistoryRow]) -> list[list[HistoryRow]]:
    """The trials of one drug: a mention told as a second trial ("restarted", "again") whose start and end both lie
    apart from another trial's span by more than a month is a trial of its own (escitalopram 01/2020 - summer 2020,
    then "restarted 02/2024, d/c 05/2024"), also when every visit copies both forward; a mention
    dated only in part joins the trial its start falls in, else the first."""
    trials: list[tuple[tuple[date, date] | None, list[HistoryRow]]] = []

    def span_of(r: HistoryRow) -> tuple[date, date] | None:
        if r.start and not r.end and _RESTARTED.search(r.source.text):  # "2nd trial, since 05/2025": still taken
            return When(0, 0, r.start).as_date(), When(0, 0, r.start).as_date(last=True)
        if r.start and not r.end and r.sessions and r.tabled:  # a logged series still going (maintenance): from its
            return When(0, 0, r.start).as_date(), date.max  # first session on
        if r.start and not r.end and r.filled:  # (s83) a fill history's course still filled: from its first fill on
            return When(0, 0, r.start).as_date(), date.max
        return _span(r)

    for r in sorted(group, key=lambda r: span_of(r) is None):
        span = span_of(r)
        if span is None and len(trials) > 1 and _CONTINUED.search(r.source.text):
            max(trials, key=lambda t: t[0][0] if t[0] else date.min)[1].append(r)  # "Continue X": the latest
            continue
        begun = [t for t in trials if t[0] and r.when and t[0][0] <= r.when and not _before_restart(r, t)]
        if span is None and r.start and not r.end and r.dose and trials and not r.listed and \
                _opens_with_drug(r.source.text) and all(
                t[0] and t[0][1] != date.max and (When(0, 0, r.start).as_date() - t[0][1]).days > 31 and
                all(x.dose and x.dose != r.dose for x in t[1]) for t in trials):
            # a list's line of the drug at another dose, begun after every trial of it had ended ("Sertraline 50 mg
            # 04/2022 - 10/2022 ...", "Sertraline 100 mg 02/2024 - now ..."): a trial of its own, still taken
            trials.append(((When(0, 0, r.start).as_date(), date.max), [r]))
            continue
        if span is None and len(trials) > 1 and begun:
            # an undated mention in a visit's note ("increased to 20 mg", the visit's medication list) is of the
            # trial begun last before that visit: a restart's, not the first trial's
            max(begun, key=lambda t: t[0][0])[1].append(r)  # type: ignore[index]
            continue
        home = next((t for t in trials if (span is None and not _before_restart(r, t)) or t[0] is None or
                     span is not None and (span[0] - t[0][1]).days <= 31 and (t[0][0] - span[1]).days <= 31), None)
        if home is None and trials and not _RESTARTED.search(r.source.text) and not r.filled and \
                not (span is None and any(_before_restart(r, t) for t in trials)) and not (
                (r.kind in lexicon.COURSE_KINDS or r.sessions and r.tabled) and span and all(t[0] for t in trials)) \
                and not (r.listed and span and any(x.listed and x.source.file == r.source.file and _span(x)
                                                   for t in trials for x in t[1])):
            # (nor two rows of one table, each with its own dates: a table lists a trial a row ("FLUoxetine 20 MG
            # 03/14/2017 - 09/20/2017", "FLUoxetine 40 MG 11/05/2019 - 05/11/2020"))
            # (a fill history's gap of months is a stop and a restart by itself)
            # dates apart but not told as a second trial: read as one trial, as before (but two courses of ECT or
            # TMS, each with its dates, are two trials: "an index course in autumn 2019", "12 treatments from
            # 03/09/2026 to 05/04/2026"), as are two logged series of infusions)
            home = trials[0]
        if home is None:
            trials.append((span, [r]))
        else:
            home[1].append(r)
    if len(trials) > 1:  # a mention dated in part goes to the trial its one date falls in
        for t in trials:
            for r in [r for r in t[1] if _span(r) is None]:
                if not r.start:
                    continue
                at = When(0, 0, r.start).as_date()
                for other in trials:
                    if other is not t and other[0] and other[0][0] - timedelta(days=31) <= at <= other[0][1]:
                        t[1].remove(r)
                        other[1].append(r)
                        break
    return [t[1] for t in trials]


_CONTINUED = re.compile(r"^\W*(?:P:\s*|Plan:\s*)?(?:continue|cont\.?|still on|remains on|currently on)\b",
                        re.IGNORECASE)


def _open_if_continued(best: HistoryRow, group: list[HistoryRow]) -> None:
    """A trial the latest note continues ("Continue sertraline 200 mg") is current: its end is left open, whatever
    an earlier visit's "2 mo on sertraline" counted it to."""
    ended = [r.when for r in group if r.end and r.when and not _CONTINUED.search(r.source.text)]
    going = [r.when for r in group if r.when and _CONTINUED.search(r.source.text)]
    if best.end and going and ended and max(going) > max(ended) and not _STOPPED.search(best.source.text):
        best.end = None


def _join_entries(best: HistoryRow, group: list[HistoryRow]) -> None:
    """A record that closes one entry and opens another at each dose change (an EHR's medication history:
    "fluoxetine 20 mg 03/08/2021 - 05/10/2021, dose change" over "fluoxetine 40 mg 05/10/2021 - 08/23/2021"): table
    rows of one trial whose dates meet, within a week, are one span, from the first start to the last end."""
    span = _span(best)
    if span is None or best.weight < TABLE_WEIGHT:
        return
    entries = [(s, r) for r in group if r.weight >= TABLE_WEIGHT and (s := _span(r))]
    grown = True
    while grown:
        grown = False
        for (a, b), r in entries:
            meets = abs((a - span[1]).days) <= 7 or abs((span[0] - b).days) <= 7
            if meets and (a < span[0] or b > span[1]):
                span = (min(a, span[0]), max(b, span[1]))
                best.start = r.start if a <= span[0] else best.start
                best.end = r.end if b >= span[1] else best.end
                grown = True


_STOP_BEFORE_DATE = re.compile(r"\b(?:stopped|d/c'?d|discontinued|tapered off|came off|quit)\b(?:\s+\w+){0,3}\s+"
                               r"(?:in|on|by)\s+\w", re.IGNORECASE)


_DOUBT = re.compile("|".join(f"(?:{p})" for name, p in _CUES if name in ("hedged", "not_recalled")), re.IGNORECASE)


def _doubts(row: HistoryRow) -> bool:
    """Whether the mention judges the trial and says its effect is not known ("unclear benefit so far", "too early
    to say"): a judgment as much as "partial response" is, and a later one replaces an earlier "no change yet"."""
    return row.outcome_class == "unknown" and bool(row.outcome and _DOUBT.search(row.outcome))


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b|'\d\d\b|\d/\d")


def _told_before(r: HistoryRow, trial: HistoryRow) -> bool:
    """Whether an undated mention's outcome words date what they tell before the trial began (a relapse "in early
    2024" of a trial started in 08/2026): they judge an earlier trial of the same treatment, not this one."""
    if r is trial or r.start or r.end or not trial.start or not r.outcome or not _A_YEAR.search(r.outcome):
        return False  # (a mention with dates of its own was put with the trial they fall in)
    told = [w.value for w in find_when(r.outcome)]
    return bool(told) and all(When(0, 0, v).as_date(last=True) < When(0, 0, trial.start).as_date() for v in told)


def _returned_outside(r: HistoryRow, trial: HistoryRow) -> bool:
    """Whether a mention's outcome words tell the illness back at a time outside the trial, whatever dates the mention
    has (the contract's rule 4): no word on this trial."""
    return r is not trial and bool(r.outcome) and bool(_ILLNESS_RETURNED.search(r.outcome or "")) and \
        not _ILLNESS_RETURNED.search(_recurrence_outside(r.outcome or "", trial.start, trial.end, trial.kind))


def _only_seen(r: HistoryRow) -> bool:
    return r.seen is not None and any(r.seen) and r.seen == (r.start, r.end)


_MAR_HEAD = re.compile(r"\bMEDICATION ADMINISTRATION (?:RECORD|SUMMARY|HISTORY)\b|^\W*MAR\b", re.IGNORECASE)


def _join_dose_steps(rows: list[HistoryRow]) -> None:
    """A drug's lines of a medication administration record whose days follow on (its dose steps: "sertraline 100 mg
    06/04/2026  07/15/2026", "sertraline 150 mg  07/16/2026  active") are one trial, from the first line's start to
    the last line's stop, open when the last line has none: each line takes the whole span."""
    lines = sorted((r for r in rows if r.administered and r.dose and _opens_with_drug(r.source.text) and r.start and
                    len(r.start) == 10 and
                    (r.end is None or len(r.end) == 10) and not r.seen), key=lambda r: (r.source.file, r.start or ""))
    chain: list[HistoryRow] = []
    for r in lines:
        last = chain[-1] if chain else None
        if last and last.end and last.source.file == r.source.file and \
                0 <= (date.fromisoformat(r.start) - date.fromisoformat(last.end)).days <= 7:  # type: ignore[arg-type]
            chain.append(r)
            continue
        _one_span(chain)
        chain = [r]
    _one_span(chain)


def _opens_with_drug(text: str) -> bool:
    """A record's line that opens with the medicine it orders ("Mirtazapine 15 mg tab, 1 PO at bedtime ...")."""
    found = lexicon.find_treatments(text[:60])
    return bool(found) and found[0].start <= 2


def _one_span(chain: list[HistoryRow]) -> None:
    if len(chain) > 1:
        for r in chain:
            r.start, r.end = chain[0].start, chain[-1].end


def merge_history(rows: list[HistoryRow]) -> list[HistoryRow]:
    """One row per treatment, field by field from its mentions: the fullest mention's dose, the most precise dates,
    the outcome the notes state (a later note's "relapsed" over an earlier silence), with the source of the mention
    that gave the outcome; when no mention states one, or the mention that dates the trial states the same, the source
    is that mention (the course's own record rather than a later note's "remitted with ECT")."""
    groups: dict[str, list[HistoryRow]] = {}
    for r in rows:
        groups.setdefault(r.name, []).append(r)
    for same_name in groups.values():
        _join_dose_steps(same_name)
    out = []
    for group in (trial for same_name in groups.values() for trial in _trials(same_name)):
        # (a course's last session told alone dates its end, not the whole course: the sessions seen before it
        # keep theirs, the first its start)
        if any((r.start or r.end) and not _only_seen(r) and not (r.final and not r.start) for r in group):
            for r in group:
                if _only_seen(r):  # when something was seen of it: the trial's own dates are another mention's
                    r.start = r.end = None
        sources = [r.source for r in group]
        said = {attr: [getattr(r, attr) for r in group] for attr in ("start", "end")}  # before best's are replaced
        best = max(group, key=lambda r: (r.weight, not r.shared))
        dated = max(group, key=lambda r: (_precision(r), r.weight))
        if _precision(dated) > _precision(best) and dated.weight >= best.weight - 1 and _refines(dated, best) and \
                not best.administered:  # (an administration record's span, open while it is, is the trial's own)
            # (a stop's mention that does not say the start completes a start's mention that had no end)
            keep = best.start if not dated.start and best.start and not best.end else None
            best.start, best.end = keep or dated.start, dated.end
        else:
            dated = best
        dated_says = (dated.outcome_class, dated.outcome, dated.source, _doubts(dated)) if _precision(dated) else None
        for attr in ("start", "end"):  # "since 03/2025" in a letter, "Start sertraline" in the visit of 2025-03-11
            mine = getattr(best, attr)
            # (every mention's own date, the best one's too: "restarted in 03/2023" is finer than a later note's
            # "2023-2025" that gave the trial both its ends)
            finer = [v for v in said[attr] if v and mine and len(v) > len(mine) and _same_time(v, mine)]
            if finer:
                setattr(best, attr, max(finer, key=len))
        if best.start and best.end == best.start:  # a lone month or year, and a stop told after it ("Oct 2023 -
            # Zoloft. No change at all. Stopped Feb 2024."): it ran until that stop
            told_stop = [r for r in group if r.end and (not r.start or r.start == r.end and _STOP_BEFORE_DATE.search(
                r.source.text))]
            lone = [r.start for r in group if r.start and r.start == r.end and r not in told_stop]
            lone = lone or [best.start]
            first = min(lone, key=lambda v: When(0, 0, v).as_date())
            stops = [r.end for r in told_stop if r.end and
                     When(0, 0, r.end).as_date() > When(0, 0, first).as_date(last=True)]
            if stops:
                best.start, best.end = first, min(stops, key=lambda v: When(0, 0, v).as_date())
        if best.start and best.start == best.end:
            # a lone month or year is a time the trial was taken ("unchanged on X ... missed work in March"); a
            # start another mention gives before it ("X (since 09/2025)") is when it began: the earliest such start
            at = When(0, 0, best.start).as_date()
            begun = [r.start for r in group if r.start and r.start != r.end and not r.filled and
                     When(0, 0, r.start).as_date(last=True) < at]
            if begun:
                best.start = min(begun, key=lambda v: When(0, 0, v).as_date())
                going = any(_CONTINUED.search(r.source.text) and (r.when or date.min) >= (best.when or date.min)
                            for r in group)
                if going and not _STOPPED.search(best.source.text):
                    # (nor is that moment its end when the same or a later visit continues the trial)
                    ended = [r.end for r in group if r is not best and r.end and r.end != r.start and
                             not r.filled]
                    best.end = max(ended, key=lambda v: When(0, 0, v).as_date(last=True)) if ended else None
        # (words about another time are not about this trial: "the depression returned in early 2024" said of a
        # course that began in 2026 tells of an earlier course of it)
        if best.administered and best.start:  # an administration record's first order is no start when a note
            # or a pharmacy's verification says an earlier one: the nearest before it
            earlier = [r.start for r in group if r.start and not r.filled and not r.administered and
                       When(0, 0, r.start).as_date(last=True) < When(0, 0, best.start).as_date()]
            best.start = max(earlier, key=lambda v: When(0, 0, v).as_date()) if earlier else best.start
        if best.begun_before and best.start:  # a visit log's first visit is no start when a note says an earlier one
            earlier = [r.start for r in group if r.start and not r.filled and
                       When(0, 0, r.start).as_date(last=True) < When(0, 0, best.start).as_date()]
            best.start = min(earlier, key=lambda v: When(0, 0, v).as_date()) if earlier else best.start
        # (the trial's time from its heaviest dated mention when the best has none: a recurrence told with no date
        # of the trial's own, "The depression returned in the winter of 2023.", before "restarted in 03/2024")
        spanned = best if best.start or best.end else next(
            (r for r in sorted(group, key=lambda r: -r.weight) if r.start or r.end), best)
        told = [r for r in group if (r.outcome_class != "unknown" or _doubts(r)) and not _told_before(r, best) and
                not _returned_outside(r, spanned)]
        if best.scored and any(not r.scored for r in told):
            told = [r for r in told if not r.scored]  # words about the trial outweigh what its scores did
        if told and (best.outcome_class == "unknown" or not best.tabled or best.scored):
            # a table's outcome column first; else what the latest note says ("relapsed 08/2025" after "remission")
            # (of one day's mentions, the stop's with the reason told before it: "resolved" said of something else
            # beside "increased to 5 mg" does not outweigh it)
            # (a stopped trial is judged where it stopped: a note written months after its end speaks of
            # something else, "akathisia resolved after stopping it", unless nothing nearer judges it; a sentence
            # that judges several trials at once says less than one about this trial, and of one day's words a
            # class said outright more than a guess: "'maybe 20 percent better'" beside "early partial benefit")
            # (a lone month or year that only dates the start is no stop: "Duloxetine was started in 05/2026 ...;
            # too early to tell" is judged by the later visit's "pain about 30% better ... Partial benefit")
            def moment(r: HistoryRow) -> bool:
                return r.start == r.end and not _STOPPED.search(r.source.text)

            stop = (best.end if not moment(best) else None) or max(
                (r.end for r in group if r.end and not r.filled and not moment(r)), default=None,
                key=lambda v: When(0, 0, v).as_date(last=True))
            after_stop = When(0, 0, stop).as_date(last=True) + timedelta(days=31) if stop else None
            teller = max(told, key=lambda r: (r.tabled, not (after_stop and r.when and r.when > after_stop),
                                              not r.shared,
                                              r.when or date.min, not _doubts(r), r.stop_reason, r.weight))
            best.outcome_class, best.outcome, best.source = teller.outcome_class, teller.outcome, teller.source
        lost = [r for r in group if r.outcome_class == "relapse" and (r.when or date.min) >= (best.when or date.min)
                and not _told_before(r, best) and not _returned_outside(r, spanned)]
        if lost and best.outcome_class in ("remission", "partial_response"):
            # a remission the older record charted, and a later note's "relapsed despite taking it": remission
            # then relapse
            best.outcome_class, best.outcome, best.source = "relapse", lost[-1].outcome, lost[-1].source
        if dated_says and dated_says[0] == best.outcome_class and (dated_says[3] or not _doubts(best)):
            # (a mention that dates the trial and says nothing of it does not take the source from one that doubts
            # its benefit: a fill's "unknown" is no "its benefit is unclear")
            best.outcome, best.source = dated_says[1] or best.outcome, dated_says[2]
        for other in sorted(group, key=lambda r: -r.weight):
            if other is best:
                continue
            for attr in ("dose", "start", "end", "outcome", "sessions"):
                if getattr(best, attr) is None and getattr(other, attr) is not None and \
                        not (attr == "end" and best.administered):  # (still given when the record ends: open)
                    setattr(best, attr, getattr(other, attr))
            if other.kind == "augmentation" and best.kind != "augmentation" and lexicon.lookup(best.name) and \
                    lexicon.lookup(best.name).add_on:  # type: ignore[union-attr]
                best.kind = "augmentation"
        _join_entries(best, group)
        _open_if_continued(best, group)
        finals = [r.end for r in group if r.final and r.end]
        if finals and best.start and (not best.end or best.end < max(finals)) and max(finals) >= best.start:
            best.end = max(finals)  # the entry that tells the last session ends the course others began
        told_stops = [e for r, e in zip(group, said["end"]) if e and not r.filled and _STOPPED.search(r.source.text)]
        if best.filled and best.start and told_stops and max(told_stops) >= best.start:
            # a stop a note dates ends what the fills began, not the last fill's supply ("09/20/2025 Bupropion XL
            # 300 mg stopped - ..." under a printout whose last bupropion fill was 09/15/2025)
            best.end = max(told_stops)
        # (the ends the mentions said, before the best one took a fill's: "01/2026 - present" beside the claims)
        if best.end and not any(e for r, e in zip(group, said["end"]) if not r.filled) and any(
                _CURRENT.search(r.source.text) or re.search(r"\bcurrent\b|[-–]\s*present\b", r.source.text,
                                                            re.IGNORECASE)
                for r in group if not r.filled):
            best.end = None  # a fill history's last supply does not end what a note says is taken ("(current)")
        pages = {(best.source.file, best.source.page)}
        for source in sources:  # one row for a trial the records name twice, with every page that names it
            if (source.file, source.page) not in pages:
                pages.add((source.file, source.page))
                best.also.append(source)
        out.append(best)
    if any(r.kind == "psychotherapy" and r.name != "psychotherapy" for r in out):
        out = [r for r in out if r.name != "psychotherapy"]  # "summary of psychotherapy" heads a named course
    if any(r.kind == "psychotherapy" and (r.start or r.dose or r.outcome_class != "unknown") for r in out):
        # a technique named inside a course, with nothing of its own ("worked on behavioral activation and thought
        # records" in a CBT discharge summary): part of that course, no trial
        out = [r for r in out if not (r.kind == "psychotherapy" and not (r.start or r.end or r.dose) and
                                      r.outcome_class == "unknown")]
    return sorted(out, key=lambda r: When(0, 0, r.start).as_date() if r.start else date.max)


# ---------------------------------------------------------------------------------------------- scales, codes

def scales_of(unit: Unit, stay: dict[str, date] | None = None, course: tuple[str, str] | None = None) -> list[dict]:
    """The scores a unit gives, each with its date; `course`: the first and last day of a course the sentence before
    tells, which "at the first session" and "at the last" date."""
    out = []
    day = find_dates((unit.cells or {}).get("dates", "")) if unit.table == "trials" and unit.roles[:1] == ["dates"] \
        else []
    if unit.table == "scales" or len(day) == 1:
        # (and a visit log's row, its day first: "09/17/2025 | Phone | PHQ-9 18 | GAD-7 13 | sertraline 50 mg | ...")
        cells = unit.cells or {}
        when = _date_or_note(find_when(cells.get("dates") or cells.get("start") or ""), unit)
        for key, value in cells.items():
            if key.startswith("scale:"):
                name = scale_name(key[6:])
                score = table_score(name, value) if name else None
                if name and score is not None:
                    out.append({"name": name, "score": score, "date": _cell_day(value, when),
                                "source": _source(unit).to_json()})
            elif key not in ("dates", "start"):
                # a session's note cell, its day the row's: "| 1 | 05/11/2026 | 10 | MADRS 34 before first session"
                for hit in find_scales(value):
                    inside = _dates(value[hit.start:hit.end], slash_pair=False)
                    out.append({"name": hit.name, "score": hit.score, "date": inside[-1].value if inside else when,
                                "source": _source(unit).to_json()})
        return out
    if unit.table == "scale_rows":  # "PHQ-9 (baseline)  01/05/2026  20" under "Instrument  Date  Score"
        cells = unit.cells or {}
        name = scale_name(re.split(r"\s*\(|\s+\d", cells.get("scale_name", ""))[0])
        whens = find_when(unit.text)
        # OCR may run the date and score cells together ("01/05/2026 20"): the number after the date
        after = re.match(r"\W*(\d{1,2})\b", unit.text[whens[0].end:]) if whens else None
        score = table_score(name, cells.get("score") or (after.group(1) if after else "")) if name else None
        when = _date_or_note(whens, unit)
        return [{"name": name, "score": score, "date": when, "source": _source(unit).to_json()}] \
            if name and score is not None else []
    if unit.table == "scale_columns":  # "PHQ-9  23  15" under "Measure  Baseline 01/06/2025  End 02/28/2025"
        cells = unit.cells or {}
        name = scale_name(re.sub(r"\s*\(.*?\)", "", cells.get("scale_name", "")))
        for key, value in cells.items():
            if name and key.startswith("date:"):
                score = table_score(name, value)
                if score is not None:
                    out.append({"name": name, "score": score, "date": key[5:], "source": _source(unit).to_json()})
        return out
    if unit.table:
        return out
    for hit in find_scales(unit.text):
        when = _scale_date(unit, hit, stay or {}, course)
        out.append({"name": hit.name, "score": hit.score, "date": when, "source": _source(unit).to_json()})
    return out


# (s82) a score cell that tells its own day after the score, in the row's year: "22 on 08/28" in a row of two weeks
# ("08/17/2026 - 08/28/2026"), "16 (09/25)"
_CELL_DAY = re.compile(r"^\s*\d{1,2}\s*\(?\s*(?:on\s+)?(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-2]?\d|3[01])\)?(?![/\d])")


def _cell_day(value: str, when: str | None) -> str | None:
    """The day a score cell tells of its own (`_CELL_DAY`), else the row's, `when`."""
    own = _CELL_DAY.match(value)
    if not own or not when:
        return when
    try:
        return date(int(when[:4]), int(own.group("m")), int(own.group("d"))).isoformat()
    except ValueError:
        return when


_AT_STAY = re.compile(r"\b(?:on|at|upon)\s+(?P<when>admission|discharge)\b", re.IGNORECASE)
# (or after the event it was taken at: "HAM-D 22 at venlafaxine start (04/2025)", "PHQ-9 19 at baseline (03/2024)")
_DATE_NEXT = re.compile(r"\s*[(,]?\s*(?:(?:on|in|dated|from)\s+|(?:at|before)\s+(?:the\s+)?(?:[a-z][\w-]+\s+)?"
                        r"(?:start|initiation|baseline)\s*)?\(?", re.IGNORECASE)
_DAY_NO_YEAR = re.compile(r"\s*\(?\s*(?:on\s+)?(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-2]?\d|3[01])\)?(?![/\d])")


def _scale_date(unit: Unit, hit: ScaleHit, stay: dict[str, date], course: tuple[str, str] | None = None) -> str | None:
    """A score's date: the one written with it ("PHQ-9 on 22 September 2026 was 8", "21 in January 2024", "26 on
    admission" with the admission date), else a full date near it, else the note's date."""
    text = unit.text
    span, after = text[hit.start:hit.end], text[hit.end:hit.end + 45]
    event = _AT_STAY.search(span) or _AT_STAY.match(after.lstrip(" (,"))
    if event and event.group("when").lower() in stay:
        return stay[event.group("when").lower()].isoformat()
    if unit.note_date and re.search(r"\b(?:today|this visit|hoy)\b", span + after[:12]):
        return unit.note_date.isoformat()  # "... and is 12 today"
    if re.match(r"\W*(?:on\s+)?(?:that|the same) (?:day|date|visit)\b", after):
        earlier = find_when(text[:hit.start])  # "At the review on 02/04/2026 ...; HAM-D was 19 that day."
        if earlier and len(earlier[-1].value) == 10:
            return earlier[-1].value
    inside = _dates(span, slash_pair=False)
    if inside:
        return inside[-1].value
    lead = _DATE_NEXT.match(after)
    reach = lead.end() + 1 if lead else -1  # (no lead: no date follows)
    following = _dates(after, slash_pair=False, keep=lambda w: w.start <= reach)
    if following:
        return following[0].value
    # a time said just before the name: "At his last visit (09/2026) pain was 8/10", "On 03/14/2026 her PHQ-9 ..."
    # (not a trial's "since 2024, PHQ-9 12")
    before = find_when(text[:hit.start])
    if before and re.search(r"(?:\(|\b(?:on|in|at|dated)\s+)$", text[:before[-1].start]) and \
            re.fullmatch(r"\)?\s*,?\s*(?:(?:the|her|his|their)\s+)?", text[before[-1].end:hit.start]):
        return before[-1].value
    bare = _DAY_NO_YEAR.match(after)  # "19 at discharge (10/16)": the month and day, in the note's year
    if bare and unit.note_date:
        try:
            day = date(unit.note_date.year, int(bare.group("m")), int(bare.group("d")))
        except ValueError:
            day = None
        if day and day <= unit.note_date:
            return day.isoformat()
    clause_start = max(text.rfind(";", 0, hit.start), text.rfind(". ", 0, hit.start)) + 1
    if unit.note_date and re.search(r"\b(?:today|this visit)\b", text[clause_start:hit.start]):
        return unit.note_date.isoformat()  # "His PHQ-9 today was 23 and his HAM-D 24; at referral ... (07/02/2026)"
    edge = _COURSE_EDGE.match(after) or _COURSE_EDGE.search(span)
    if edge and course and not _dates(after[:30], slash_pair=False):
        # "PHQ-9 was 18 at the first session and 9 at the last", after "16 sessions (03/02/2026 - 06/22/2026)": the
        # course's first and last days (a day written after it is its own: "14 at the last session (06/10/2026)")
        return course[0] if edge.group("first") else course[1]
    if edge and not course and _COURSE_EDGE.search(span):
        return None  # a later score told only "and 9 at the last", with no course's days before it: no day
    if baseline := _BASELINE.match(after):
        # "MADRS 38 at referral (09/08/2026)": that day; "MADRS 38 before the series and 9 on 10/12/2026": the 38 was
        # taken before any day written here
        told = _dates(after[baseline.end():], slash_pair=False, keep=lambda w: w.start <= 3)
        return told[0].value if told else None
    if re.match(r"\s*\(\s*(?:was|era)\s+\d", text[hit.end:]):
        # "PHQ-9 12 (was 18 on 01/05/2026)": the bracket's day is the earlier score's, this one the note's
        return unit.note_date.isoformat() if unit.note_date else None
    # a full date in the same clause ("; at referral his PHQ-9 was 21 (07/02/2026)" is another clause's)
    days = _dates(text, day=True, keep=lambda w: ";" not in text[min(w.end, hit.end):max(w.start, hit.start)])
    near = min(days, key=lambda w: abs(w.start - hit.end), default=None)
    if near and abs(near.start - hit.end) < 60:
        return near.value
    return unit.note_date.isoformat() if unit.note_date else None


# a score told at a course's first or last session: "18 at the first session", "9 at the last", "at the final visit"
_COURSE_EDGE = re.compile(r"\W*(?:\d{1,2}\s+)?at\s+the\s+(?:(?P<first>first)|last|final)\b(?!\s+(?:visit|appointment|"
                          r"review|check|contact)\b)", re.IGNORECASE)


def _course_span(before: Unit, unit: Unit) -> tuple[str, str] | None:
    """The first and last day of a course the sentence before tells, in the same note ("Completed 16 sessions of
    group CBT (03/02/2026 - 06/22/2026).")."""
    if before.table or (before.page, before.note_date) != (unit.page, unit.note_date):
        return None
    days = [w.value for w in _dates(before.text, day=True) if len(w.value) == 10]
    return (days[0], days[1]) if len(days) == 2 and days[0] <= days[1] else None


# a score told as taken before the note's day, with no date of its own: a baseline said again in a later note
_BASELINE = re.compile(r"\W*(?:\d{1,2}\s+)?(?:(?:at|before|prior to)\s+(?:the\s+)?(?:baseline|referral|start|"
                      r"(?:series|course|first (?:session|treatment))\b)|pre-?(?:treatment|series|course|ECT|TMS)\b)",
                      re.IGNORECASE)


# (and the code set's emergency codes, dotted only: U07.1 COVID-19, U09.9 post-COVID condition)
_ICD = re.compile(r"(?:(?<![\w-])|(?<=^-)|(?<=\s-))([A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|U\d{2}\.[0-9A-Z]{1,4})"
                  r"(?![\w-])")  # "-F10.10": a dash


_CODE_LINE = re.compile(r"\W{0,3}")


def _described_beside(code: str, after: str) -> bool:
    """Whether the words after a code, across a table's column gap, share a word with the code set's description of
    it ("I10           Hypertension": "Essential (primary) hypertension")."""
    if not re.match(r"\s{2,}|\s*\|", after):
        return False
    return bool(_description_words(code) & set(re.findall(r"[a-z]{5,}", after[:80].lower())))


def _description_words(code: str) -> set[str]:
    """The code set's words for a code that name it: its long words, and an abbreviation it brackets ("Human
    immunodeficiency virus [HIV] disease": hiv)."""
    from appeal_kit.intake.codes import describe_code

    described = (describe_code(code) or "").lower()
    return {w for w in re.findall(r"[a-z]{5,}", described) if w not in _GENERIC_WORDS} | \
        set(re.findall(r"\[([a-z]{2,6})\]", described))


_KIN = re.compile(r"\b(?:mother|father|parent|sibling|brother|sister|son|daughter|child|spouse|partner|wife|husband|"
                  r"family)\b", re.IGNORECASE)


def _kin_of_the_code(code: str, after: str) -> bool:
    """Whether a kin word just after a code is the code set's own word for the patient ("Z39.1 care of the lactating
    mother", "Z63.0 problems in relationship with spouse or partner"), not a relative's diagnosis."""
    from appeal_kit.intake.codes import describe_code

    described = (describe_code(code) or "").lower()
    said = re.split(r"[;.]", after)[0]
    return any(k.group(0).lower() in described for k in _KIN.finditer(said))


_NEGATED_JUST_BEFORE = re.compile(r"\b(?:no|not|without|sin|denies|negative for|rule[ds]? out|r/o)\s*[:(]?\s*$",
                                  re.IGNORECASE)


def diagnoses_of(unit: Unit, seen: set[str]) -> list[dict]:
    hits = list(_ICD.finditer(unit.text))
    if not hits:
        return []
    from appeal_kit.intake.codes import icd_index, icd_info, normalize_icd

    cats = assert_mentions(unit.text, [Mention(m.start(), m.end(), "diagnosis") for m in hits], section=None)
    out = []
    for k, (m, cat) in enumerate(zip(hits, cats)):
        if cat == "negated" and k and not _NEGATED_JUST_BEFORE.search(unit.text, hits[k - 1].end(), m.start()):
            # (s71) a list of codes read as one sentence: the words of the code before are its own ("F32.2 major
            # depression, severe, no psychosis G89.3 chronic pain"), so it is read without them (not "... No G89.3")
            without = unit.text[:hits[k - 1].start()] + unit.text[m.start():]
            at = hits[k - 1].start()
            cat = assert_mentions(without, [Mention(at, at + len(m.group(0)), "diagnosis")], section=None)[0]
        code = normalize_icd(m.group(1))
        if cat == "other_person" and (_kin_of_the_code(code, unit.text[m.end():m.end() + 60]) or _kin_of_the_code(
                code, re.split(r"[;.]\s", unit.text[max(0, m.start() - 60):m.start()])[-1])):
            cat = None  # "Z39.1 care of the lactating mother", "Relationship distress with partner (Z63.0)": the
            # code's own words name the patient so
        if cat in ("negated", "hypothetical", "other_person") or code in seen:
            continue
        bracketed = unit.text[m.start() - 1:m.start()] == "(" and unit.text[m.end():m.end() + 1] == ")"  # "HTN (I10)"
        # (a line that opens with the code and the code set's own words for it: "B20 HIV disease, virally
        # suppressed" under an assessment)
        named = "." not in m.group(1) and not unit.text[:m.start()].strip() and \
            bool(_description_words(code) & set(re.findall(r"[a-z]{3,}", unit.text[m.end():m.end() + 40].lower())))
        # (or a numbered assessment's item that ends with its code: "2. Callus, right forefoot, L84.")
        named = named or "." not in m.group(1) and bool(re.match(r"\s*\d{1,2}[.)]\s+[A-Z]", unit.text)) and \
            bool(re.fullmatch(r"\s*[.;]?\s*", unit.text[m.end():])) and unit.text[:m.start()].rstrip().endswith(",")
        if not named and ("." not in m.group(1) and not bracketed and
                          not re.search(r"ICD|diagnos|dx|F\d\d", unit.text, re.IGNORECASE) and
                          not _CODE_LINE.fullmatch(unit.text[:m.start()]) or "." not in m.group(1) and
                          _CODE_LINE.fullmatch(unit.text[:m.start()]) and
                          not _described_beside(code, unit.text[m.end():])):
            continue  # (a code table's line, "I10           Hypertension", names the code its words describe)
        try:
            if not (icd_info(code).valid or code.startswith("U") and icd_index().lookup(code)[0]):
                continue  # (intake's code shapes leave out the U codes: the index has them)
        except ImportError:  # the ICD-10-CM index is optional; the code's shape was checked
            pass
        seen.add(code)
        out.append({"code": code, "source": _source(unit).to_json()})
    return out


# ---------------------------------------------------------------------------------------------- suicidality

# the two halves of a passive wish said in the speaker's own words: a frame of wishing or weighing what would be better,
# then death or not waking (a wish to die is passive ideation; with a plan or intent it is active, which the modifiers
# below decide)
_DEATH_FRAME = (r"\b(?:wonder(?:s|ed|ing)?|think(?:s|ing)?|thought|feels?|felt) (?:if |whether |that )?"
                r"(?:it|things|everyone|everything|they|we|people) (?:would|might) be better\b|"
                r"\bwish(?:es|ed|ing)?\b|\bbetter (?:off|if)\b|\bwould be better\b|"
                r"\b(?:thoughts?|pensamientos?|ideas?) (?:pasiv[oa]s? )?(?:of|de)\b|\bser[ií]a mejor\b|\bojal[aá]\b|"
                r"\bquisiera\b|\bdesear[ií]a\b|\bdesea(?:ba)?\b")
_DEATH_WORD = (r"\b(?:did ?n['’]?o?t|didn['’]t|would ?n['’]?o?t|wouldn['’]t|not|never) (?:just )?wake(?: up)?\b|"
               r"\bnot waking(?: up)?\b|\bbe dead\b|\bdeath\b|\bdie\b(?! (?:down|off|out))|\bdying\b|"
               r"\bno despertar(?:se)?\b|\bmorir(?:se|me)?\b|\bmuerte\b|\bdejar de vivir\b")
# a count of ten or more, in figures or words ("20", "twenty", "a dozen", "veinte")
_MANY = (r"[1-9]\d+|(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|a dozen|dozens|"
         r"diez|doce|quince|veinte|treinta|cuarenta|cincuenta)(?:[- ]\w+)?")
_SI_TERMS = [
    ("attempt", r"suicide attempts?|suicidal attempts?|attempted suicide|"
                # an act under a suicide label: "Suicide history: overdose at age 22 (2004), treated in hospital"
                r"(?:suicid(?:e|al) (?:history|hx|behaviou?r)|(?:antecedentes?|historia) (?:de )?suicid\w*)"
                r"\s*[:\-–]\s*(?:an? |una? )?"
                r"(?:overdose|cutting|cut (?:her|his|their|my) wrists?|hanging|jump(?:ed)?|ingestion|sobredosis|"
                r"ahorcamiento|intoxicaci[oó]n)|"
                r"intentos? de suicidio|intentos? suicidas?|attempt(?:ed)? to (?:kill|end|take) "
                r"(?:her|his|their|my)(?:self| life|selves)|intentional overdose|overdose attempt|"
                r"(?:took|taken|taking) an? (?:\w+ )?overdose|overdosed|(?-i:OD)(?= (?:on|of|with)\b)|"
                # (s69) an overdose of a medicine in the patient's history, told without its intent, is one as
                # "overdosed" is ("10/1998: overdose of acetaminophen; admitted to medicine, then psychiatry", "OD
                # aspirin 5/96 - ICU"); not one said accidental, nor a drug of use's ("heroin overdose")
                r"(?<!accidental )(?<!unintentional )(?<!inadvertent )(?<!risk of )(?<!risk for )(?<!prevent )"
                r"(?<!prevent an )(?<!avoid an )overdose (?:of|on) "
                r"(?!(?:heroin|fentanyl|opioids?|opiates?|alcohol|cocaine|methamphetamine|street drugs)\b)[\w-]+"
                r"(?![^.;]{0,40}\b(?:avoided|prevented)\b)|"
                r"(?-i:OD) (?:aspirin|acetaminophen|paracetamol|tylenol|ibuprofen|pills|tablets)\b|"
                # (s71) ... with the medicine named before it ("06/2001: TYLENOL OVERDOSE, 2 days on a ward",
                # "amitriptyline overdose - ICU") or in Spanish ("sobredosis de paracetamol en 2010, ingreso")
                r"(?<!accidental )(?<!unintentional )(?<!inadvertent )\b(?!(?:heroin|fentanyl|opioids?|opiates?|"
                r"alcohol|cocaine|methamphetamine|street|drug|accidental|unintentional|inadvertent|an?|the|of|no|any|"
                r"risk|prevent|avoid|possible|suspected|her|his|my|their|prior|previous|past|intentional|given|for|"
                r"on|with|in|and|or|to|about|lethal|high)\b)"
                r"[a-z][\w-]+ overdose\b(?! (?:risk|potential|prevention|precautions?|kit|education|danger))"
                r"(?![^.;]{0,40}\b(?:accidental|unintentional|inadvertent)\b)|"
                r"(?<!riesgo de )(?<!evitar una )sobredosis (?:de|con) (?!(?:hero[ií]na|fentanilo|opi[aá]ceos|"
                r"opioides|alcohol|coca[ií]na)\b)[\w-]+(?![^.;]{0,40}\baccidental\b)|"
                r"(?:(?<=history of )|(?<=hx of )|(?<=h/o ))(?:one|an|a|two|three|several|multiple|\d)\s+"
                r"(?:\w+\s+)?attempts?|"
                r"(?:(?<=prior )|(?<=previous )|(?<=past ))attempts?|\bSA\b|"
                # the C-SSRS's "actual attempt"; "took a bottle of pills" (OCR may read "bottle" as "pottle")
                # (s81: someone else's pills, "a handful of his wife's sleeping pills", the owner struck as an aside)
                r"actual (?:suicide )?attempt|took (?:a |an |\w )?(?:[bp]ottle|handful|bunch) of\s+"
                r"(?:(?:her|his|my|the)\s+)?(?:(?:sleeping|sleep)\s+)?(?:pills|tablets|meds|medications?)|"
                # "hospital after I took too many pills"
                r"took (?:way )?too many (?:of (?:her |his |my |their )?)?(?:pills|tablets|meds|medications?|"
                r"sleeping pills)|"
                # an act told with its purpose: "took an overdose of her sister's diazepam ... with intent to die",
                # "after an overdose ... taken with intent to die", "took about twenty of her hydroxyzine 25 mg
                # tablets with the intention of dying": the act, not a thought (the purpose is what makes it one)
                r"(?:overdose|took|swallowed|ingested|cut|hanged|jumped)\b[^.;]{0,120}?\bwith (?:the )?"
                r"(?:intent(?:ion)?) (?:to die|of dying|to kill (?:her|him|my|them)sel(?:f|ves)|to end (?:her|his|my|"
                r"their) life)|"
                # (s82) an ingestion told by its count, ten or more at once: "took about 20 chloroquine tablets",
                # "swallowed thirty of her sleeping pills", "tomó unas 40 pastillas" (not a dose: "took 2 tablets",
                # nor a supply: "took 30 tablets a month")
                rf"(?:took|swallowed|ingested|tom[oó]|ingiri[oó]|se tom[oó])\s+(?:about|around|some|over|nearly|"
                r"almost|roughly|approximately|at least|more than|unas?|unos|m[aá]s de|casi)?\s*"
                rf"(?:{_MANY})\s+(?:of\s+(?:her|his|my|their|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
                r"(?:tablets|pills|capsules|pastillas|comprimidos|c[aá]psulas)\b"
                r"(?!\s+(?:a|per|each|every|al|por|cada)\s+(?:day|week|month|d[ií]a|semana|mes)\b|\s+(?:daily|"
                r"weekly|monthly|over|during|durante)\b)"),
    ("active", r"active (?:suicidal (?:ideation|thoughts)|SI|ideation)|suicidal (?:ideation|thoughts) with (?:a |"
               r"specific )?(?:plan|intent)|suicidal plan|plan(?:ned|s)? to (?:kill|end|harm|overdose|hang|shoot|"
               r"jump)|intent to (?:die|kill|act)|"
               # a method carried toward: "drove to the bridge intending to jump"
               r"intending to (?:jump|die|kill|end (?:it|(?:her|his|my|their) life)|overdose|hang|shoot)|"
               r"thoughts of killing (?:her|him|them|my)sel(?:f|ves)|SI with (?:plan|intent)|"
               # ("autolítica", self-harming, is the Spanish records' other word for it)
               r"(?:ideaci[oó]n|ideas?) (?:suicidas?|autol[ií]ticas?) (?:activas?|con (?:un )?(?:plan|intenci[oó]n))|"
               # a method thought of: "she thought of overdosing on leftover oxycodone", "thinking about hanging"
               # (s82) ... or a way of dying carried out with a vehicle, water or a height: "had thought about
               # driving his truck into the river", "thinking of stepping in front of a train"
               r"(?:thought|thinking|thinks|thoughts) (?:of|about) (?:driving (?:her|his|my|their|the) (?:car|truck|"
               r"van|vehicle) (?:into|off)|crashing (?:her|his|my|their|the) (?:car|truck|van)|stepping in front of|"
               r"walking into (?:traffic|the (?:sea|river|lake|ocean))|drowning (?:her|him|my|them)sel(?:f|ves)|"
               r"cutting (?:her|his|my|their) wrists)|"
               # a place or a means already chosen: "had picked the bridge", "had chosen a method" (not "picked a
               # date", which is as often a wedding's)
               r"(?:had |has )?(?:picked|chosen|chose) (?:out )?(?:the|a) (?:bridge|overpass|cliff|method|rope|gun)"
               r"\b|"
               r"(?:thought|thinking|thinks|thoughts) (?:of|about) (?:overdosing|"
               r"hanging (?:her|him|my|them)sel(?:f|ves)|"
               r"shooting (?:her|him|my|them)sel(?:f|ves)|jumping (?:off|from|in front)|taking (?:all|an overdose|"
               r"a bottle))|"
               # looking up a method is preparation: "had looked up how many pills would be lethal"
               r"(?:looked up|researched|searched(?: for)?|googled)\s+(?:how|ways|methods?|what)\b[^.;]{0,40}?"
               r"(?:lethal|fatal|to (?:kill|end|die)|overdose)"),
    ("passive", r"passive (?:suicidal (?:ideation|thoughts)|SI|death wish(?:es)?|wish(?:es)? (?:to die|to be dead|for "
                r"death|not to wake up)|ideation|thoughts of death|thoughts)|death wish(?:es)?|wish(?:es|ed)? (?:that "
                r"she|that he|that they|that you|she|he|they|you)?\s*(?:could |would )?(?:not (?:to )?wake up|be dead|"
                r"were dead|die|"
                r"to die|to be dead|to not wake up)|better off dead|thoughts of death|(?:wishes|wishing) to be dead|"
                r"yes\s*[-:–]\s*passive|"  # a form's ticked "Yes - passive (wish to be dead)"
                r"(?:life|living) (?:is|was|isn't|wasn't) (?:not )?worth living|not worth living|"
                r"not (?:wanting|want) to be (?:here|alive|around)|"
                r"(?:do|does|did)(?: not|n't|n’t) want to be (?:here|alive|around)|"
                r"(?:would|'d) be better off (?:gone|without (?:her|him|me|them))|"
                r"wish(?:es|ed|ing)? (?:that )?(?:she|he|they|I) could [\'\"‘“]?(?:just |simply )?(?:disappear|vanish|"
                r"not wake up|go to sleep (?:and|forever))|"
                r"want(?:s|ed|ing)? to die|"
                # "wishes he wouldn't wake up", "would be better off not waking up"
                r"wish(?:es|ed|ing)? (?:that )?(?:she|he|they|I|you) (?:just |simply )?(?:would|could)(?: not|n['’]t) "
                r"wake up|"
                # "she often wished God would take her in her sleep"
                r"wish(?:es|ed|ing)? (?:that )?(?:God|the Lord|Allah|death) would (?:just )?(?:take|come for) "
                r"(?:her|him|me|them)(?: (?:in (?:her|his|my|their) sleep|away|home))?|"
                r"better off not (?:waking up|being (?:here|alive|around))|"
                # "wouldn't mind not waking up", "would not mind if she did not wake up"
                r"(?:would|'d)(?: not|n['’]t) mind (?:not waking up|if (?:she|he|I|they) (?:did ?n[o']t|did not|"
                r"never) wake up|(?:being )?dead|dying)|"
                # "wishes it would all be over sooner"
                r"wish(?:es|ed|ing)? (?:that )?(?:it|everything|it all|life) (?:would|could) (?:all )?(?:just )?"
                r"be over|"
                # (s82) a hope of not waking, the clause ending there: "sometimes I hope I don't wake up," (not
                # "hopes she won't wake up in pain", "hope I don't wake the baby")
                r"hop(?:e|es|ed|ing) (?:that )?(?:I|she|he|they) (?:just )?(?:do|does|did|will|would|won|don|doesn)"
                r"(?: not|n['’]t|['’]t) (?:just |ever )?wake(?: up)?(?: again)?(?=\s*[,.;:!?\"”’)]|\s*$| (?:and|in the "
                r"morning|one day|tomorrow)\b)|"
                r"(?:espera|espero|esperaba) no (?:volver a )?despertar(?:se|me)?|"
                r"ideaci[oó]n suicida pasiva|ideas? pasivas? de muerte|ideaci[oó]n (?:de muerte )?pasiva|"
                r"ideas? de muerte pasivas?|deseos? de (?:morir|no despertar)|"
                r"(?:desea(?:ba)?|quisiera|desear[ií]a) no despertar(?:se)?|"
                r"estar[ií]an? mejor sin (?:m[ií]|ella|[ée]l)|"
                # a wish or a thought, then death or not waking, in one clause: "some days I wonder if it would be
                # better if I just didn't wake up", "pensamientos pasivos de muerte", "sería mejor no despertar"
                rf"(?:{_DEATH_FRAME})[^.;:]{{0,50}}?(?:{_DEATH_WORD})"),
    ("generic", r"suicidal (?:ideation|thoughts|ideas|feelings)|suicidality|thoughts of suicide|suicidal|\bSI\b|"
                r"ideaci[oó]n suicida|pensamientos suicidas|ideaci[oó]n autol[ií]tica|ideas? autol[ií]ticas?|"
                r"thoughts of (?:hurting|harming|killing) (?:my|her|him|them|your)sel(?:f|ves)|"
                r"self-harm|self harm|homicidal or suicidal|SI/HI|HI/SI|ideation"),
]
_SI_RES = [(lvl, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE)) for lvl, p in _SI_TERMS]
_MODIFIER = re.compile(r"(?<!safety )(?<!treatment )(?<!crisis )\b(?:plan|intent|method|preparatory behaviou?r)\b",
                       re.IGNORECASE)
_SI_CONTEXT = re.compile(r"C-?SSRS|Columbia|suicid", re.IGNORECASE)
_ENDORSED = re.compile(r"(?:endors\w+|report\w*|positive for|having|has|with|express\w*|admits?|admitted|\+|"
                       # (s81) told by the patient: "disclosed thoughts of suicide", "voiced suicidal thoughts"
                       r"disclos\w+|voic\w+|acknowledg\w+|shared|describ\w+|"
                       r"ongoing|current|new|worsening|increased|intermittent|chronic|occasional|recurrent|frequent|"
                       r"daily|recent|fleeting|persistent|active)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_RANK = {"none": 0, "passive": 1, "active": 2, "attempt": 3}


# "C-SSRS screen 10/20/2026 - negative", "C-SSRS screen negative at every session", "C-SSRS was negative" (but not
# "C-SSRS: passive ideation, negative for intent", which says what is positive first)
_SCREEN_NEGATIVE = re.compile(r"\b(?:C-?SSRS|Columbia)\b"
                              r"(?:(?!positive|yes|ideation|wish|thought|plan|intent)[^.;]){0,40}?(?:[-:]\s*|\b(?:screen(?:ing)?|was|were|is|remained)\s+)(?:negative|neg)\b(?!\s+for)",
                              re.IGNORECASE)
# "SI: none", and a form's ticked box: "Current suicidal ideation: ☐ Yes ☒ No" (the unticked options skipped)
# or a question with its ticked answer: "Current SI?  [ ] Passive  [ ] Active  [X] Denies"
_SI_LABEL = re.compile(r"\b(?:SI|[Ss]uicidal(?: [Ii]deation)?|[Ss]uicidality)\s*(?:[:=]\s*(?:☒\s*)?|\?\s*☒\s*)"
                       r"(?P<v>[\w+/-]+)")
# a question answered "no" ("Q2 non-specific active suicidal thoughts: no;", "active suicidal thoughts - no;"): read
# as denied
_WRITTEN_CHOICE = re.compile(r"\?\s*Yes\s*/\s*No\s+No\b", re.IGNORECASE)
_ANSWERED_NO = re.compile(r"(?::|\s[-–—])\s*(?:no|none|negative|absent)\b(?=\s*(?:[;.,)]|$))|"
                          # a screen's item answered in brackets: "active thoughts, method, intent and plan (no)"
                          r"\s*\(\s*(?:no|none|negative)\s*\)", re.IGNORECASE)
# a form's unticked option ("☐ Yes", "[ ] No", OCR's "{ ] Yes"): dropped, so only what is ticked is read
# (each box written "☐" or "☒" by `form_boxes`, whatever its mark)
_UNTICKED = re.compile(r"☐\s*(?:yes|no|none|y|n)\b", re.IGNORECASE)
_TICKED = re.compile(r"☒")  # a form's box that is ticked: its line's other boxes are not
# an unticked box's option: up to the next box, or a short last option that ends the line (not the free text written
# after it: "[]now took a bottle of pills in 2019, ER overnight")
_UNTICKED_CHOICE = re.compile(r"☐[^\[\]☐☒|;:]*(?=[☐☒])|☐[^\[\]☐☒|;:,.]{0,40}$")
_SI_VALUES = {"none": "none", "denies": "none", "denied": "none", "no": "none", "neg": "none", "negative": "none",
              "absent": "none", "passive": "passive", "active": "active", "yes": "active", "positive": "active",
              "+": "active", "endorses": "active", "endorsed": "active"}


# what OCR makes of a capital I: "Sl: passive" (SI), "Sometimes | wish | could just disappear"
_OCR_SI = re.compile(r"(?<![\w-])Sl(?![\w-])")
# (s81: or "[" after a date or a comma, "yes, in 2023 [ wished I wouldn't wake up": never a box, which closes)
_OCR_I = re.compile(r"(?<=[a-z] )\|(?= [a-z])|^\|(?= [a-z])|(?<=[\d,] )\[(?= [a-z]+ (?![^\[]*\]))")
# a list that marks what is absent with a minus: "SI: passive - plan, - intent, - prior attempts"
_MINUS = re.compile(r"(?:(?<=[,;(])|^)\s*[-–]\s*(?=[a-z])")


def _si_column(unit: Unit) -> str | None:
    """The level a table row's suicidality column gives ("SE / SI" over "nausea / denies": denies), read as its
    header labels it."""
    for head, cell in zip(unit.headers, unit.columns):
        heads, values = re.split(r"\s*/\s*", head), re.split(r"\s*/\s*", cell)
        if len(heads) != len(values):
            heads, values = [head], [cell]
        for h, v in zip(heads, values):
            if v and _SI_HEAD.search(h):
                level = suicidality_of(replace(unit, text=f"SI: {v}", table=None))
                if level:
                    return level
    return None


def _ticked_answer(unit: Unit, question: str, answer: str) -> str | None:
    """The level a suicidality question's ticked choice gives: a "No" (or "None", "Denies") none; a "Yes" what the
    question asks about, unless the choice says more ("[X] Yes - passive wish to be dead": passive; "History of
    suicide attempt: [X] Yes": an attempt; "Current SI? [X] Yes": active); another choice its own words ("Current
    SI?  [ ] Passive  [X] Denies": none)."""
    answer = answer.replace("☒", " ").strip()
    first = (answer.split() or [""])[0].strip(".,;:-").lower()
    if _SI_VALUES.get(first) == "none":
        return "none"
    if first not in ("yes", "y"):
        return suicidality_of(replace(unit, text=f"SI: {answer}", table=None)) if answer else None
    said = re.sub(r"^\w+\W*", "", answer)
    level = suicidality_of(replace(unit, text=f"SI: {said}", table=None)) if said else None
    asked = suicidality_of(replace(unit, text=re.sub(r"[?:]\s*$", "", question), table=None))
    return level or (asked if asked not in (None, "none") else "active")


# someone else named only as whose pills were taken, who brought the patient in or whom the patient told ("an overdose
# of her sister's diazepam", "brought in by her husband", "then told his sister"): the sentence is still the patient's
_SI_KIN = (r"(?:mother|father|mom|dad|sister|brother|husband|wife|partner|spouse|son|daughter|roommate|friend|"
        r"boyfriend|girlfriend|aunt|uncle|grandmother|grandfather|cousin|neighbou?r|coworker|parents?)")
_KIN_ASIDE = re.compile(rf"\b(?:her|his|their|my|a|the) {_SI_KIN}['’]s\b(?!\s+(?:own\s+)?(?:suicid\w*|attempt\w*|"
                        r"overdose|death|self|SI|ideation|history|thoughts?|wish\w*|plan)\b)|"
                        rf"\b(?:brought in by|found by|told|called|texted) (?:her|his|their|my) {_SI_KIN}\b|"
                        # (s82) "her husband brought her in", "his sister drove him here"
                        rf"\b(?:her|his|their|my) {_SI_KIN} (?:brought|drove|took) (?:her|him|them|me) (?:in|here)\b",
                        re.IGNORECASE)
# the PHQ-9's ninth item (thoughts of being better off dead or of self-harm) written with its score: 0 none, 1-3 passive
_PHQ9_ITEM9 = re.compile(r"\bitem\s*(?:#\s*)?9\s*(?:[:=]|was|of|scored?)?\s*([0-3])\b(?!\s*/\s*(?:10|27))",
                         re.IGNORECASE)
# "SI past month: passive", "SI (past 30 days): none", "Suicidal ideation today: denies": a label with its time
_SI_LABEL_WHEN = re.compile(r"\b(?P<l>SI|[Ss]uicidal(?: [Ii]deation)?)\s+"
                            r"(?:\((?:in )?(?:the )?(?:past|last|this) [\w ]{1,12}\)|"
                            r"(?:in )?(?:the )?(?:past|last|this) (?:\d+ )?(?:days?|weeks?|months?|year)|today|now|"
                            r"currently|at (?:this|today's) visit)\s*(?=[:=])")
# a non-specific suicidal thought told with how often it comes ("Suicidal thoughts 'a few times a week'", "Today:
# suicidal thoughts most days"): the thoughts are had (C-SSRS question 2: active)
# (s71) ... or with the time it is had in now, in other words and in Spanish: "thoughts of suicide this week",
# "suicidal thinking since Sunday", "ideas de suicidio esta semana"
_SI_OFTEN = re.compile(r"(?<![\w-])(?:(?i:suicidal (?:thoughts|ideation|thinking)|thoughts of (?:suicide|killing "
                       r"(?:her|him|them|my)sel(?:f|ves))|(?:ideas?|pensamientos?) (?:de suicidio|suicidas?)|"
                       r"ideaci[oó]n suicida)|SI)\s*[\'\"‘“]?\s*"
                       r"(?:most days|every day|daily|nightly|often|"
                       r"several times|a few times|once or twice|(?:\w+ )?times? (?:a|per) (?:day|week|"
                       r"month)|on and off|off and on|at times|sometimes|"
                       r"(?i:this (?:past )?week|since (?:\w+day|yesterday|last \w+)|these (?:past )?(?:days|weeks)|"
                       r"esta semana|estos d[ií]as|desde (?:el )?\w+|a diario|casi todos los d[ií]as))\b")
# a screen that is positive, with what it found: "C-SSRS screen positive (ideation with intent, past month)"
_SCREEN_POSITIVE = re.compile(r"\b(?:C-?SSRS|Columbia)\b[^.;]{0,30}?\bpositive\b(?P<what>[^.;]{0,60})", re.IGNORECASE)


def suicidality_of(unit: Unit) -> str | None:
    """The level one sentence states (none when it only denies), or None when it says nothing about it."""
    text = _UNTICKED.sub(" ", form_boxes(_OCR_SI.sub("SI", unit.text)))
    text = _KIN_ASIDE.sub(" the ", text)
    text = _SI_LABEL_WHEN.sub(lambda m: m.group("l"), text)
    if (item9 := _PHQ9_ITEM9.search(text)) and re.search(r"PHQ|item\s*9", text, re.IGNORECASE) and \
            not _SI_CONTEXT.search(text):
        return "none" if item9.group(1) == "0" else "passive"
    if (screen := _SCREEN_POSITIVE.search(text)) and \
            re.search(r"\b(?:intent|plan|method|active)\b", screen.group("what"), re.IGNORECASE):
        return "active"
    if _TICKED.search(text):  # "(check one) [ ] None [X] Passive ideation [ ] Active ideation": what is ticked
        text = _UNTICKED_CHOICE.sub(" ", text)
        question, _, answer = text.partition("☒")
        if _SI_HEAD.search(question) and re.search(r"[?:]\s*$", question):
            return _ticked_answer(unit, question, answer)
    if not unit.table:
        text = _MINUS.sub(" no ", _OCR_I.sub("I", text))
    if _SCREEN_NEGATIVE.search(text):  # "C-SSRS screen 10/20/2026 - negative"
        return "none"
    text = _ANSWERED_NO.sub(": denied", text)  # "active suicidal thoughts: no;"
    # a form's printed choices with the one written after them: "... harming yourself? Yes / No   No"
    text = _WRITTEN_CHOICE.sub(": denied;", text)
    label = _SI_LABEL.search(text)  # "SI: passive, denies intent/plan", "SI: none"
    if label and label.group("v").lower() in _SI_VALUES:
        return _SI_VALUES[label.group("v").lower()]
    spans: list[tuple[int, int, str]] = []
    for level, pattern in _SI_RES:
        for m in pattern.finditer(text):
            if len(m.group(0)) <= 2 and not m.group(0).isupper():
                continue  # "SI" and "SA" are abbreviations only in capitals
            if not any(a < m.end() and m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), level))
    # a suicidal thought had now, unless denied ("denies suicidal thoughts this week", "has not had suicidal thoughts
    # since Sunday", "Suicidal thoughts this week? No.")
    often = _SI_OFTEN.search(text)
    had_now = often and not re.search(r"\b(?:no|denies|denied|never|without|niega|sin)\b[^.;]{0,20}"
                                      r"(?:suicid\w*|SI)\b", text, re.IGNORECASE) and \
        not re.match(r"\s*[?:=-]\s*(?:no|none|denies|denied|negative)\b", text[often.end():], re.IGNORECASE) and \
        assert_mentions(text, [Mention(often.start(), often.end(), "suicidality")], section=None)[0] != "negated"
    if not spans:
        return "active" if had_now else None
    mods = [(m.start(), m.end(), "modifier") for m in _MODIFIER.finditer(text)
            if not any(a <= m.start() < b for a, b, _ in spans)]
    mentions = [Mention(a, b, "suicidality") for a, b, _ in spans + mods]
    cats = assert_mentions(text, mentions, section=unit.section if unit.section != "plan" else None)
    levels = []
    for (a, b, level), cat in zip(spans, cats[:len(spans)]):
        if level == "generic" and text[a:b].lower() == "ideation" and not _SI_CONTEXT.search(text):
            continue  # "ideation" alone is about suicide only beside a C-SSRS or the word itself
        if cat == "negated":
            levels.append("none")
        elif cat is None and level != "generic":
            levels.append(level)
        elif cat is None and _ENDORSED.search(text[max(0, a - 40):a]) and not re.search(
                r"\b(?:not|no|never|denies|denied)\b|n't\b", text[max(0, a - 25):a], re.IGNORECASE):
            levels.append("active")  # "endorses suicidal ideation": active thoughts, the C-SSRS's second question
    live_mods = [c for c in cats[len(spans):] if c is None]
    if "passive" in levels and live_mods:
        levels.append("active")
    if set(levels) <= {"none"} and had_now:  # beside a denied intent or plan: "..., no intent to act"
        levels.append("active")
    if not levels:
        return None
    if "generic" in [lvl for _, _, lvl in spans] and "passive" in levels:
        levels = [lvl for lvl in levels if lvl != "active"] + (["active"] if live_mods else [])
    return max(levels, key=lambda lvl: _RANK[lvl])


# ---------------------------------------------------------------------------------------------- the whole set

def clinical_files(folder: Path) -> list[Path]:
    from appeal_kit.case.folder import folder_evidence

    clinical = (Path(folder) / "clinical").resolve()
    return [p for p in folder_evidence(Path(folder)) if p.parent == clinical]


def read_notes(folder: Path) -> Proposals:
    """Proposals from every document in FOLDER/clinical/."""
    from appeal_kit.errors import CaseError

    folder = Path(folder)
    files = clinical_files(folder)
    if not files:
        raise CaseError(_("{folder}/clinical: holds no documents to read. Put the progress notes, medication lists "
                          "and treatment summaries there (PDF, scans, photos, DOCX or TXT), then run this again.")
                        .format(folder=folder))
    from appeal_kit.errors import InputFileError, MissingDependencyError

    docs, skipped = [], []
    for path in files:
        shown = path.relative_to(folder.resolve()).as_posix()
        try:
            docs.append(read_document(path, shown))
        except (InputFileError, MissingDependencyError) as exc:  # one unreadable file does not hide the others
            skipped.append(_("{file}: not read: {reason}").format(file=shown, reason=exc.message))
    if not docs:
        raise InputFileError(_("No document in clinical/ could be read:") + "\n  " + "\n  ".join(skipped))
    result = propose(docs)
    result.warnings = skipped + result.warnings
    return result


# ---------------------------------------------------------------------------------------------- a visit log

# a line that defines a document's own short names: "Abbrev: SER sertraline, VEN venlafaxine XR, Li lithium carb."
_LEGEND = re.compile(r"^\W*(?:abbrev\w*\.?|abbreviations used|key|legend)\s*[:=-]\s*", re.IGNORECASE)
_LEGEND_ITEM = re.compile(r"\s*(?P<short>[A-Za-z][A-Za-z0-9]{0,5})\s*(?:=|:|-)?\s+(?P<long>\S.*)")


def abbreviations(doc_units: list[Unit]) -> dict[str, lexicon.Treatment]:
    """The short names a document defines for treatments in a legend ("Abbrev: SER sertraline, WBT Wellbutrin
    (bupropion) XL"), each matched only as written there."""
    out: dict[str, lexicon.Treatment] = {}
    for u in doc_units:
        text = f"{u.label}: {u.text}" if u.label else u.text
        m = _LEGEND.match(text)
        for part in re.split(r"[;,]", text[m.end():]) if m else []:
            item = _LEGEND_ITEM.match(part)
            found = lexicon.find_treatments(item.group("long")) if item else []
            if item and found and found[0].start == 0 and not lexicon.find_treatments(item.group("short")):
                out[item.group("short")] = found[0].treatment
    return out


# a line that defines a document's codes for outcomes: "Outcome codes: NR = no response; PR = partial response (< 50%
# improvement); INT = intolerance", "Key: R - remission, NR - non-response"
_CODE_LEGEND = re.compile(r"^\W*(?:[A-Za-z]+\s+){0,2}(?:codes?|key|legend|abbrev\w*\.?)\s*[:=]\s*", re.IGNORECASE)
_CODE_ITEM = re.compile(r"\s*(?P<code>[A-Z][A-Z0-9/+]{0,4})\s*(?:=|:|[-–])\s*(?P<meaning>\S.*?)\s*$")


def outcome_codes(doc_units: list[Unit]) -> dict[str, str]:
    """The codes a document's legend defines for a trial's outcome ("NR = no response; INT = intolerance"), each
    with the words it stands for; a code whose words say no outcome is left out."""
    out: dict[str, str] = {}
    for u in doc_units:
        text = f"{u.label}: {u.text}" if u.label else u.text
        m = _CODE_LEGEND.match(text) if not u.table else None
        items = [_CODE_ITEM.match(part) for part in re.split(r"[;,]", text[m.end():])] if m else []
        if len(items) < 2 or not all(items):
            continue  # a legend defines several codes, each "CODE = words"
        for item in items:
            if item and outcome_of(item.group("meaning"))[0] != "unknown":
                out[item.group("code")] = item.group("meaning")
    return out


def _decode(unit: Unit, codes: dict[str, str]) -> Unit:
    """A trials table's row whose outcome cell is a code the document's legend defines, with the code's words
    written out ("INT" -> "INT (intolerance)")."""
    if not codes or not unit.cells or not unit.cells.get("outcome"):
        return unit
    cell = unit.cells["outcome"]
    m = re.fullmatch(r"\s*(?P<code>[A-Z][A-Z0-9/+]{0,4})\s*(?P<rest>(?:[-–:;,(].*)?)", cell, re.DOTALL)
    if not m or m.group("code") not in codes:
        return unit
    said = f"{m.group('code')} ({codes[m.group('code')]}){m.group('rest')}"
    return replace(unit, cells={**unit.cells, "outcome": said})  # (the source keeps the record's words)


# a treatment's name with the short name the document gives it after it: "problem-solving therapy (PST)"
_DEFINED_SHORT = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z0-9]{1,5})\)")


def short_names(doc_units: list[Unit]) -> dict[str, lexicon.Treatment]:
    """The short names a document defines in its own words by writing them after a treatment's name ("behavioral
    activation (BA)", "problem-solving therapy (PST)"): a short name the treatments table does not know is that
    treatment's in this document."""
    out: dict[str, lexicon.Treatment] = {}
    for u in doc_units:
        for f in lexicon.find_treatments(u.text):
            m = _DEFINED_SHORT.match(u.text, f.end)
            if m and not lexicon.find_treatments(m.group("short")) and m.group("short").upper() == m.group("short") \
                    and _abbreviates(m.group("short"), f.written):
                out.setdefault(m.group("short"), f.treatment)
    return out


def reused_short_names(doc_units: list[Unit]) -> dict[str, lexicon.Found]:
    """The known short names a document uses for another treatment it names in full, whose words' initials they are
    ("WBT" under "well-being therapy", not Wellbutrin's), where the document names the short name's own treatment by
    no other name: each with the full name as the document writes it."""
    text = "\n".join(u.text for u in doc_units)
    found = lexicon.find_treatments(text)
    named = {f.treatment.name for f in found if not f.written.isupper()}
    out: dict[str, lexicon.Found] = {}
    for full in found:
        initials = "".join(w[0] for w in re.split(r"[\s-]+", full.written) if w).upper()
        if full.written.isupper() or len(initials) < 3:
            continue
        for f in found:
            if f.written == initials and f.treatment != full.treatment and f.treatment.name not in named:
                out[initials] = full
    return out


def _said_in_full(unit: Unit, reused: dict[str, lexicon.Found]) -> Unit:
    """A sentence or table row with each reused short name (`reused_short_names`) replaced by the full name."""
    def full(text: str) -> str:
        for short, f in reused.items():
            text = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", f.written.lower(), text)
        return text
    if not reused or not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", unit.text) for n in reused):
        return unit
    return replace(unit, text=full(unit.text), columns=[full(c) for c in unit.columns],
                   cells={k: full(v) for k, v in unit.cells.items()} if unit.cells else unit.cells)


def _abbreviates(short: str, written: str) -> bool:
    """Whether `short` can be the initials of `written`: its first letter, then its other letters in order ("PST" of
    "problem-solving therapy"; "CYP2D6" of "venlafaxine", a gene named after it, not)."""
    letters = [c for c in short.lower() if c.isalpha()]
    name = written.lower()
    if not letters or not name.startswith(letters[0]):
        return False
    at = 1
    for c in letters[1:]:
        at = name.find(c, at) + 1
        if not at:
            return False
    return True


def _spelled_out(unit: Unit, short: dict[str, lexicon.Treatment]) -> Unit:
    """A sentence or table row with each short name the document defined followed by the name it stands for, in
    parentheses, as a misheard name is ("PST session 3" -> "PST (problem-solving therapy) session 3")."""
    def spell(text: str) -> str:
        for name, t in short.items():
            text = re.sub(rf"(?<![\w(-]){re.escape(name)}(?![\w)-])(?!\s*\()", f"{name} ({t.name})", text)
        return text
    if not short or not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", unit.text) for n in short):
        return unit
    return replace(unit, text=spell(unit.text), columns=[spell(c) for c in unit.columns],
                   cells={k: spell(v) for k, v in unit.cells.items()} if unit.cells else unit.cells)


def _named(text: str, legend: dict[str, lexicon.Treatment]) -> list[tuple[int, int, lexicon.Treatment]]:
    """The treatments a cell names, by the treatments table's names or the document's own short ones."""
    hits = [(f.start, f.end, f.treatment) for f in lexicon.find_treatments(text)]
    for short, t in legend.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            if not any(a < m.end() and m.start() < b for a, b, _ in hits):
                hits.append((m.start(), m.end(), t))
    return sorted(hits, key=lambda h: h[0])


# the columns of a visit log besides its date and scores: what was changed at the visit, and what it did
_CHANGE_HEAD = re.compile(r"change|plan|action|orders?|comments?|notes?|remarks?|assessment|intervention|response|"
                          r"outcome|result", re.IGNORECASE)
_ADVERSE_HEAD = re.compile(r"(?<![\w-])(?:SEs?|AEs?)(?![\w-])|side|adverse|tolerab", re.IGNORECASE)
_SI_HEAD = re.compile(r"(?<![\w-])SI(?![\w-])|suicid", re.IGNORECASE)
# what a visit did to a treatment named in one of its clauses (a start is read as in prose: _START_NOW)
_LOG_STOP = re.compile(r"\b(?:d/c'?d?|stop(?:ped)?|discontinue[d]?|taper(?:ed)?(?: off)?|wean(?:ed)?(?: off)?|"
                       r"held|hold|off)\b", re.IGNORECASE)
# (s74) a visit that switches from the drug it names ends it: "switched from sertraline", "changed over from"
_SWITCHED_FROM = re.compile(r"\b(?:switch(?:ed)?|chang(?:ed?)(?: over)?)\s+(?:from|off)\s+(?:the\s+)?$", re.IGNORECASE)
_LOG_SINCE = re.compile(r"\b(?:since|from|started|start)\s+(?P<when>\S+)", re.IGNORECASE)


# a treatment's own span in a visit log's cell, after its name and amount: "6 sessions (05/12/2026 - 07/14/2026)"
_SPAN_AFTER = re.compile(r"[^()]{0,60}\(\s*\d[\d/-]*\s*(?:-|–|—|to)\s*\d[\d/-]*\s*\)")


def _clauses(cell: str) -> list[str]:
    return [c for c in re.split(r"\s*(?:;|\+|,(?!\d))\s*", cell) if c.strip()]


def visit_logs(doc_units: list[Unit]) -> list[list[Unit]]:
    """A document's visit logs: tables with a visit's date in their first column and a row a visit (a medication
    flowsheet), one log across the pages that repeat its header."""
    groups: dict[tuple, list[Unit]] = {}
    for u in doc_units:
        # (a table whose first column names the treatment lists a trial a row: "escitalopram | 01/2025 - 05/2025 |")
        if u.table in ("scales", "trials") and u.columns and "dates" in u.roles[:2] and u.roles[0] != "name" and \
                not {"start", "end"} & set(u.roles):
            groups.setdefault((u.file, tuple(u.headers)), []).append(u)
    for g in groups.values():
        _year_the_days(g)
    return [part for g in groups.values() for part in _series(g) if sum(bool(_visit_day(u)) for u in part) >= 3]


def _year_the_days(log: list[Unit]) -> None:
    """A log whose date column writes month and day without the year ("10/05", "10/06", ... "10/23": the first number
    the same, the second counting on) gives each row the year of the note it is in (the year before when that day
    would come more than a month after the note): its days, not October of 2005, 2006 ... 2023."""
    cells = [(u, c) for u in log if u.columns and "dates" in u.roles and (c := u.columns[_date_column(u)]).strip()]
    pairs = [(u, m) for u, c in cells if (m := re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})\s*", c))]
    if len(pairs) < 3 or len(pairs) < len(cells) or len({m.group(1) for _, m in pairs}) >= \
            len({m.group(2) for _, m in pairs}):
        return
    for u, m in pairs:
        if not u.note_date:
            continue
        try:
            day = date(u.note_date.year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            continue
        year = u.note_date.year - 1 if (day - u.note_date).days > 31 else u.note_date.year
        k = _date_column(u)
        u.columns[k] = f"{m.group(1)}/{m.group(2)}/{year}"


_COURSE_NO = re.compile(r"(?<!before )(?<!after )(?<!between )(?<!prior to )\b(?:course|series)\s*#?\s*(\d{1,2})\b",
                        re.IGNORECASE)


def _series(log: list[Unit]) -> list[list[Unit]]:
    """A log cut where its sessions' count starts again: two infusion series logged under the same headings, each
    numbered from 1, are two courses."""
    first = log[0].columns[0] if log[0].columns and log[0].roles[:1] != ["dates"] else None
    numbered = [_COURSE_NO.search(u.columns[0]) if u.columns and u.roles[:1] != ["dates"] else None for u in log]
    if sum(bool(m) for m in numbered) >= 2 and len({m.group(1) for m in numbered if m}) > 1:
        # rows that name their course ("Course 1, session 36 (last)", "Course 2, last session"): one log a course; a
        # row between them that names none, or only the course it comes before ("Re-evaluation before course 2"),
        # is no session
        by_course: list[list[Unit]] = []
        current = None
        for u, m in zip(log, numbered):
            if m and m.group(1) != current:
                current = m.group(1)
                by_course.append([])
            if m:
                by_course[-1].append(u)
        return by_course
    if first is None or not re.fullmatch(r"#?\s*\d{1,3}", first):
        return [log]
    out: list[list[Unit]] = [[]]
    last = 0
    for u in log:
        m = re.fullmatch(r"#?\s*(\d{1,3})", u.columns[0] if u.columns else "")
        if m and int(m.group(1)) <= last and int(m.group(1)) == 1 and out[-1]:
            out.append([])
        last = int(m.group(1)) if m else last
        out[-1].append(u)
    return out


def _visit_day(u: Unit) -> date | None:
    """The day of a visit log's row; a month's first day for a log kept by month (a medication card's "03/2015")."""
    cell = u.columns[_date_column(u)]
    if len(cell) > 20:
        return None
    hits = find_dates(cell)
    if len(hits) == 1:
        return hits[0].value
    whens = find_when(cell) if not hits else []
    return When(0, 0, whens[0].value).as_date() if len(whens) == 1 and len(whens[0].value) == 7 else None


def _visit_when(u: Unit) -> str:
    """A visit log's row's date as written, a day or a month (ISO)."""
    day = _visit_day(u)
    if day is None:
        return ""
    return day.isoformat() if find_dates(u.columns[_date_column(u)]) else day.isoformat()[:7]


def _date_column(u: Unit) -> int:
    """The column of a visit log's dates: the first or, after a session's number ("Inf  Date"), the second."""
    return u.roles.index("dates")


def _other_cells(u: Unit) -> list[str]:
    return [cell for k, cell in enumerate(u.columns) if k != _date_column(u)]


@dataclass
class _Course:
    t: lexicon.Treatment
    start: str
    rows: list[int] = field(default_factory=list)  # the visits it was taken at
    end: str | None = None
    stopped_at: int | None = None  # the visit that stopped it
    listed_first: bool = False  # the log's first visit lists it, begun before the log with no date said


# a course's session counted in a log's cell: "BA session 3", "IPT #4", "CBT visit 2 of 12"
_SESSION_NO = re.compile(r"^\)?\s*(?:\([^()]{1,40}\)\s*)?(?:session|visit|appt|appointment|#)\s*(?:#\s*|no\.?\s*)?"
                         r"\d{1,3}\b",
                         re.IGNORECASE)


def visit_log_rows(log: list[Unit], legend: dict[str, lexicon.Treatment]) -> list[HistoryRow]:
    """A visit log read as a timeline: a treatment taken at consecutive visits is one trial, from the visit that
    added it (or the date its cell says it was taken since) to the visit that stopped it (or the date it went off),
    or open when the last visit still lists it; its outcome is what the visits said of it, the latest first."""
    visits = [(d, u) for u in log if (d := _visit_day(u))]
    open_: dict[str, _Course] = {}
    done: list[_Course] = []
    noted: set[str] = set()  # drugs a note column started: taken on, though no later row names them
    for i, (day, u) in enumerate(visits):
        heads = u.headers
        present: set[str] = set()
        started: dict[str, lexicon.Treatment] = {}
        stopped: dict[str, str] = {}
        with written_on(day):
            for k, cell in enumerate(u.columns):
                role = u.roles[k] if k < len(u.roles) else None
                if k == _date_column(u) or role in ("scale", "scale_name") or not cell or \
                        _ADVERSE_HEAD.search(heads[k]) or _GIVEN_WITH_HEAD.search(heads[k]):
                    continue  # (nor is an anesthetic given with each session a trial: "Anesthetic | ketamine")
                change = bool(_CHANGE_HEAD.search(heads[k]))
                # (a day log's note column beside a column of what was had: a drug it names is an event of that day,
                # a start or a stop, not a listing: "Duloxetine raised to 90 mg today", "Lithium level 0.4")
                noting = role == "outcome" and "name" in u.roles
                last_named: lexicon.Treatment | None = None  # the cell's treatment its next clause may go on about
                for part in _clauses(cell):
                    if last_named and not change and not _named(part, legend) and (whens := _trial_dates(part)):
                        # (s74) a clause that goes on about the treatment the cell named: "Bupropion XL 300 mg started
                        # 02/03/2026; stopped 04/07/2026" its own stop's day, not the last visit that lists it; ",
                        # 6 sessions (05/12/2026 - 07/14/2026)" its own span
                        if _LOG_STOP.match(part):
                            stopped[last_named.name] = whens[0].value
                        elif _SPAN_AFTER.match(part) and len(whens) >= 2:
                            started[last_named.name] = last_named
                            open_.setdefault(last_named.name, _Course(last_named, whens[0].value))
                            stopped[last_named.name] = whens[1].value
                        continue
                    for a, b, t in _named(part, legend):
                        last_named = t
                        if noting and t.kind not in lexicon.COURSE_KINDS:
                            if (_START_NOW.search(part[:a]) and not re.search(  # (not the one added to)
                                    r"\b(?:to|with)\s+(?:the\s+|her\s+|his\s+)?$", part[:a])) or \
                                    re.match(r"[^.;]{0,60}?\badded\b", part[b:]):
                                started[t.name] = t
                                noted.add(t.name)
                            elif _LOG_STOP.search(part[:a][-25:]) or re.match(r"\s*(?:\w+\s+)?(?:off|d/c'?d?|"
                                                                             r"stopped)\b", part[b:], re.IGNORECASE):
                                stopped[t.name] = _visit_when(u)
                            continue
                        at = u.text.find(part) if u.roles[k:k + 1] == ["name"] else -1  # (the row's other cells)
                        whole, x, y = (u.text, at + a, at + b) if at >= 0 else (part, a, b)
                        if at < 0:  # a note cell's sentences apart: "PST session 4. Lamotrigine sent: not filled."
                            cut = max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])", part, 0) if m.end() <= a),
                                      default=0)
                            stop = re.compile(r"[.!?]\s+(?=[A-Z])").search(part, b)
                            whole, x, y = part[cut:stop.start() + 1 if stop else len(part)], a - cut, b - cut
                        if assert_mentions(whole, [Mention(x, y, "treatment")])[0] or clause.mood(whole, x, y):
                            continue  # "Zoloft? sister on it - will consider", "Remeron 15 | never filled": not taken
                        before, after = part[:a], part[b:]
                        whens = _trial_dates(after)
                        if _START_NOW.search(before):
                            started[t.name] = t
                        elif _LOG_STOP.search(before[-25:]) or re.match(r"\s*(?:\w+\s+)?(?:off|d/c'?d?|stopped)\b",
                                                                         after, re.IGNORECASE) or \
                                (change and (_LOG_STOP.search(after) or _SWITCHED_FROM.search(before))):
                            stopped[t.name] = whens[0].value if whens else _visit_when(u)
                        elif _SESSION_NO.match(after):
                            present.add(t.name)  # "BA session 3", "PST (problem-solving therapy) session 5 (final)"
                            started.setdefault(t.name, t)
                        elif not change and _SPAN_AFTER.match(after) and len(whens) >= 2:
                            started[t.name] = t  # (s74) "CBT, 8 sessions (01/2026 - 03/2026)": its own span
                            open_.setdefault(t.name, _Course(t, whens[0].value))
                            stopped[t.name] = whens[1].value
                        elif not change:
                            present.add(t.name)
                            since = _LOG_SINCE.search(after)
                            if since and whens and t.name not in open_:
                                started[t.name] = t
                                open_[t.name] = _Course(t, whens[0].value)
                            else:
                                started.setdefault(t.name, t)
        told_stop = [cell for k, cell in enumerate(u.columns) if k != _date_column(u) and cell and
                     _CHANGE_HEAD.search(heads[k]) and not _named(cell, legend) and _LOG_STOP.search(cell)]
        if told_stop and len(present | set(started)) == 1 and not stopped:
            stopped[next(iter(present | set(started)))] = _visit_when(u)  # "Prozac | hives after 3 wks - STOP"
        for name, t in started.items():
            if name not in open_:
                open_[name] = _Course(t, _visit_when(u), listed_first=i == 0 and not _START_NOW.search(u.text))
        for name, c in open_.items():
            if name in present or name in started:
                c.rows.append(i)
        for name, when in stopped.items():
            ended = open_.pop(name, None)
            if ended:
                ended.end, ended.stopped_at = when, i
                done.append(ended)
        for name in [n for n, c in open_.items() if n not in present and c.rows and c.rows[-1] < i and
                     n not in noted]:
            c = open_.pop(name)  # no longer listed: it ended at the last visit that listed it
            c.end = _visit_when(visits[c.rows[-1]][1])
            done.append(c)
        if _LAST_DAY.search(" ".join(_other_cells(u))):  # "Discharge day": what it lists ends with it
            for name in [n for n in list(open_) if n in present and n not in noted]:
                c = open_.pop(name)
                c.end = _visit_when(u)
                done.append(c)
    courses = done + list(open_.values())
    # a therapy listed only beside another that every one of its rows lists too ("CBT group; DBT skills" on some days
    # of a program whose every day lists "CBT group"): a part of that course, no course of its own
    courses = [c for c in courses if not (c.t.kind == "psychotherapy" and any(
        o is not c and o.t.kind == "psychotherapy" and set(c.rows) < set(o.rows) for o in courses))]
    return [_log_row(c, visits, legend) for c in courses]


# a log's row that ends the program: "Discharge day", "last day of the program", "Discharged"
_LAST_DAY = re.compile(r"\bdischarge(?:d)?\s+(?:day|today)\b|\bday of discharge\b|\bdischarged\b|"
                       r"\blast day of the program\b", re.IGNORECASE)


# (or the visits after the course: "Follow-up visits 06/12/2026: MADRS 8. In remission four weeks after the course.")
_SUMMARY = re.compile(r"\b(?:summary|outcome|impression|overall|result|follow-?up)\b", re.IGNORECASE)
# a session log's column of what is given with each session, not a treatment of its own: the anesthetic, the muscle
# relaxant, the premedication
_GIVEN_WITH_HEAD = re.compile(r"an(?:a)?esth|relaxant|premed|induction agent", re.IGNORECASE)
# a treatment named as a series of sessions: "ketamine series", "ketamine infusions", "a course of ECT"
_SERIES_NAMED = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:infusion\s+)?(?:series|course|infusions|sessions|"
                           r"treatments)\b", re.IGNORECASE)
# the heading of a session log that names no treatment: "Infusion log - series 2", "Session record", "Treatment log"
_LOG_HEADING = re.compile(r"\b(?:infusion|session|treatment|course)s?\s+(?:log|record|flowsheet|chart)\b|"
                          r"\b(?:log|record)\s+(?:of\s+)?(?:infusions|sessions|treatments)\b", re.IGNORECASE)
_SERIES_BEFORE = re.compile(r"\b(?:series|course)\s+of\s+(?:\w+\s+)?$", re.IGNORECASE)
_MAINTAINED = re.compile(r"\bcontinu(?:e|es|ing)\s+(?:\w+\s+){0,2}(?:maintenance|continuation)\b|"
                         # "continue esketamine 84 mg weekly as maintenance"
                         r"\bcontinu(?:e|es|ing)\b[^.;]{0,40}?\bas maintenance\b|"
                         # "Continuation treatments began on 04/27/2026 (every two weeks)"
                         r"\bcontinuation\s+(?:\w+\s+){0,2}(?:began|begun|started|continues|ongoing|every)\b|"
                         # "Maintenance infusions every 4-6 weeks continue at our center"
                         r"\bmaintenance\s+(?:[\w-]+\s+){0,4}continu(?:e|es|ing)\b|"
                         # an implanted stimulator's log: still on while its settings are left as they are or its
                         # next check is booked ("settings are unchanged", "Next interrogation in 6 months")
                         r"\bsettings\s+(?:are\s+|were\s+|left\s+)?unchanged\b|"
                         r"\bnext\s+(?:device\s+)?(?:interrogation|programming)\b",
                         re.IGNORECASE)


# a sentence that speaks of a course without its name: "after the last infusion", "since the final session", "the
# series", "the course"
# ("the gains of the first course were lost": which of the record's courses, named by its order)
_COURSE_REF = re.compile(r"\b(?:the|her|his|their)\s+(?:last|final)\s+(?:infusion|session|treatment|dose)s?\b|"
                         r"\b(?:after|since)\s+(?:the\s+)?(?:infusions?|sessions?|treatments?|series|course)\b|"
                         r"\b(?:the|her|his|their)\s+(?:(?:first|initial|index|acute)\s+)?(?:infusion\s+|treatment\s+)?"
                         r"(?:series|course)\b", re.IGNORECASE)


def _lost_later(after: list[Unit], last: Unit) -> tuple[Unit, tuple[str, str | None]] | None:
    """A later note of the course's own document (a follow-up after a session log) that speaks of the course
    without naming it ("did well for five weeks after the last infusion") and tells, there or in the next two
    sentences of its page, that the benefit went: the course's relapse (a course's benefit that fades after it)."""
    later = [u for u in after if (u.page, u.note_date or date.min) > (last.page, last.note_date or date.min)]
    for n, u in enumerate(later):
        if not _COURSE_REF.search(u.text):
            continue
        after_it = [v for v in later[n:n + 3] if v.page == u.page]
        # (else with the sentences before it of the same entry: "08/20: the benefit wore off gradually through July.
        # He asks for a second series; his plan denied the first series")
        for said in (after_it, [v for v in later[max(0, n - 3):n] if (v.page, v.note_date) == (u.page, u.note_date)]):
            found = outcome_of(" ".join(v.text for v in said))
            if found[0] == "relapse":  # (the source: the sentence that tells the loss)
                return next((v for v in said if found[1] and found[1][:30] in v.text), u), found
    return None


def session_log_row(log: list[Unit], doc_units: list[Unit]) -> HistoryRow | None:
    """A log of one treatment's sessions (an infusion flowsheet: a row a session, its date, dose and vitals) that
    names no treatment in its rows: the one treatment the document's heading lines name, from the first session to
    the last, its outcome the first sentence after the log that tells one and names no other treatment."""
    visits = [(d, u) for u in log if (d := _visit_day(u))]
    # (an ECT log's anesthetic column, "methohexital", "ketamine", names no trial of its own, nor does a note cell
    # that names what that column gives: "ketamine added")
    given = {f.treatment for _, u in visits for k, cell in enumerate(u.columns)
             if k < len(u.headers) and _GIVEN_WITH_HEAD.search(u.headers[k]) for f in lexicon.find_treatments(cell)}
    if not visits or any(f.treatment not in given for _, u in visits for k, cell in enumerate(u.columns)
                         if k != _date_column(u) and not (k < len(u.headers) and _GIVEN_WITH_HEAD.search(u.headers[k]))
                         for f in lexicon.find_treatments(cell)):
        return None
    before = [u for u in doc_units[:doc_units.index(log[0])] if not u.table]
    heading = before[:8]
    named = {f.treatment for u in heading for f in lexicon.find_treatments(u.text)}
    titled = {f.treatment for u in heading[:3] for f in lexicon.find_treatments(u.text) if f.treatment.is_course}
    if len(named) != 1 and len(titled) == 1:
        named = titled  # "ECT treatment record": the course the title names, whatever history the referral lists
    series = {f.treatment for u in before[-2:] for f in lexicon.find_treatments(u.text)
              if _SERIES_NAMED.match(u.text, f.end) or _SERIES_BEFORE.search(u.text[:f.start])}
    if len(named) != 1 and len(series) == 1:
        named = series  # the heading just above the log names its series: "Intravenous ketamine series for pain"
    told_series = {f.treatment for u in before for f in lexicon.find_treatments(u.text)
                   if _SERIES_NAMED.match(u.text, f.end) or _SERIES_BEFORE.search(u.text[:f.start])}
    if len(named) != 1 and len(told_series) == 1 and any(_LOG_HEADING.search(u.text) for u in before[-2:]):
        named = told_series  # "Infusion log - induction series 1" under a plan for "six IV ketamine infusions"
    headed = {f.treatment for f in lexicon.find_treatments(before[-1].text) if f.treatment.is_course} \
        if before and _LOG_HEADING.search(before[-1].text) else set()
    if len(named) != 1 and len(headed) == 1:
        named = headed  # the log's own heading names its course: "Course log - accelerated theta-burst TMS (iTBS)"
    logged = {f.treatment for u in heading[:3] if _LOG_TITLE.search(u.text) for f in lexicon.find_treatments(u.text)}
    if len(named) != 1 and len(logged) == 1:
        named = logged  # the document's title names the log's treatment: "Esketamine Treatment Session Log"
    if len(named) != 1:
        return None
    (t,) = named
    last = visits[-1][1]
    after = [u for u in doc_units[doc_units.index(log[-1]) + 1:] if not u.table and not lexicon.find_treatments(u.text)]
    # the last session's own notes ("final; remission"), else a summary after the log ("Series summary: response")
    # (a summary's sentences: "Series 1 summary: 6 infusions 03/03 - 03/19. MADRS 33 -> 12: response, not remission.")
    # (the summary may open the next page, the log's page ending with it)
    told = [(last, outcome_of(" ; ".join(_other_cells(last))))] + [
        (u, outcome_of(" ".join(v.text for v in after[k:k + 5] if v.page == u.page and v.note_date == u.note_date)))
        for k, u in enumerate(after) if (u.page == last.page or u.page == last.page + 1 and
                                         sum(v.page == u.page for v in after[:k]) < 2) and
        (_SUMMARY.search(u.text) or _COURSE_REF.search(u.text))]  # ("In remission a month after the course.")
    unit, (cls, words) = next((x for x in told if x[1][0] != "unknown"), (last, ("unknown", None)))
    if cls in ("remission", "partial_response"):  # a later note's loss of the course's benefit: its relapse
        unit, (cls, words) = _lost_later(after, last) or (unit, (cls, words))
    upto = next((k for k in range(doc_units.index(log[-1]) + 1, len(doc_units))
                 if doc_units[k].headers == log[-1].headers and doc_units[k].table), len(doc_units))
    # (what follows the next series' log is that course's)
    going = any(_MAINTAINED.search(u.text) for u in doc_units[doc_units.index(log[-1]) + 1:upto] if not u.table)
    # ("Plan: continue weekly maintenance with sertraline 200 mg")
    return HistoryRow(t.name, t.drug_class, t.kind, f"{len(visits)} sessions", visits[0][0].isoformat(),
                      None if going else visits[-1][0].isoformat(), words, cls, _source(unit), len(visits),
                      TABLE_WEIGHT + 3, visits[-1][0], tabled=True)


def _scores_over(c: _Course, visits: list[tuple[date, Unit]], cls: str, words: str | None,
                 told: Unit) -> tuple[str, str | None, Unit]:
    """A visit log's trial judged by its score column, when no visit's words judge it: its scores from the first
    visit it was taken at (the visit that added it scores the patient before it) to the last (`score_outcome`)."""
    at = sorted(set(c.rows) | ({c.stopped_at} if c.stopped_at is not None else set()))
    for k in range(len(visits[0][1].headers)):
        name = scale_name(visits[0][1].headers[k])
        scored = [(i, s) for i in at if k < len(visits[i][1].columns) and name and
                  (s := table_score(name, visits[i][1].columns[k])) is not None]
        if name and len(scored) >= 2 and scored[-1][0] > scored[0][0]:
            said = ", ".join(f"{s} ({_visit_when(visits[i][1])})" for i, s in scored)
            return score_outcome(name, [s for _, s in scored]), f"{name} {said}", visits[scored[-1][0]][1]
    return cls, words, told


def _log_row(c: _Course, visits: list[tuple[date, Unit]], legend: dict[str, lexicon.Treatment]) -> HistoryRow:
    """A visit log's trial as a history row, its outcome from the visits that spoke of it, the latest first: the
    words that name it, or the words of a visit where it was the only treatment taken; a side effect a visit noted
    is its only when that visit stopped it or it was the only treatment taken."""
    seen = sorted(set(c.rows) | ({c.stopped_at} if c.stopped_at is not None else set()), reverse=True)
    cls, words, told, dose = "unknown", None, visits[seen[0]][1] if seen else visits[0][1], None
    for i in seen:
        u = visits[i][1]
        taken = {t.name for k, cell in enumerate(u.columns) if k != _date_column(u) and
                 not _CHANGE_HEAD.search(u.headers[k]) and
                 not _ADVERSE_HEAD.search(u.headers[k]) for part in _clauses(cell)
                 for _, _, t in _named(part, legend) if not _LOG_STOP.search(part)}
        mine, adverse, unnamed = [], [], []
        for k, cell in enumerate(u.columns):
            if k == _date_column(u) or u.roles[k] in ("scale", "scale_name") or not cell:
                continue
            for part in _clauses(cell):
                names = {t.name for _, _, t in _named(part, legend)}
                if not names and lexicon.find_treatments(part):
                    continue  # (words about a drug that is not hers: "Peer shared that clozapine helped him")
                if _ADVERSE_HEAD.search(u.headers[k]):
                    adverse.append(re.split(r"\s*/\s*", part)[0] if _SI_HEAD.search(u.headers[k]) else part)
                elif c.t.name in names or (not names and taken == {c.t.name} and u.roles[k] != "name"):
                    mine.append(part)  # (a name column's other words name an activity, no judgment: "relapse
                    # prevention" beside "CBT group")
                elif not names and u.roles[k] != "name":
                    unnamed.append(part)  # a comment that names no drug ("akathisia, can't sit in class")
                if c.t.name in names and c.t.name in taken and dose is None and not _CHANGE_HEAD.search(u.headers[k]):
                    amount = re.search(r"\b\d{1,4}(?:\.\d+)?\b", part)  # "sertraline 200", "Li 600 (0.6)"
                    dose = dose_of(part) or (f"{amount.group(0)} mg" if amount else None)
        found = outcome_of("; ".join(mine))
        if found[0] == "unknown" and i == c.stopped_at and c.end == _visit_when(u):
            found = outcome_of("; ".join(adverse))  # what the visit that stopped it noted
            if found[0] != "side_effects" and _LOG_STOP.search(" ".join(mine)):
                # ... or its comment, beside a change that stops this drug: "stop aripiprazole | akathisia, can't sit
                # in class" (the harm is why it was stopped, whatever else was taken)
                found = outcome_of("; ".join(unnamed))
            found = found if found[0] == "side_effects" else ("unknown", None)
        if found[0] != "unknown":
            cls, words, told = found[0], found[1], u
            break
    scored = cls == "unknown"
    if scored:  # no visit's words judge it: what its scores did while it was taken
        cls, words, told = _scores_over(c, visits, cls, words, told)
    last = visits[max(c.rows, default=0)][1]
    kind = _kind(c.t, "", " ".join(_other_cells(last)))
    return HistoryRow(c.t.name, c.t.drug_class, kind, dose, c.start, c.end, words, cls, _source(told),
                      weight=TABLE_WEIGHT + 2 + (cls != "unknown" and not scored), when=visits[-1][0], tabled=True,
                      scored=scored and cls != "unknown", begun_before=c.listed_first)


# the classes a depression case never proposes as a trial (the body's conditions' medicines and procedures)
_NOT_FOR_MOOD = frozenset({"migraine preventive", "rehabilitation", "opioid", "NSAID", "analgesic", "gabapentinoid",
                           "muscle relaxant", "topical analgesic", "interventional pain procedure",
                           "anti-dementia drug"})


def propose(docs: list[Document]) -> Proposals:
    result = Proposals(files=[d.file for d in docs])
    rows: list[HistoryRow] = []
    planned: dict[str, date] = {}
    planned_as_augmentation: set[str] = set()
    seen_codes: set[str] = set()
    si: list[tuple[tuple, str, Unit]] = []
    left_out: dict[str, str] = {}
    read: list[list[Unit]] = []
    carry_day_first(docs)
    for doc in docs:
        with numeric_order(bool(doc.day_first)):  # (a log's next page goes on from the day its last one ended on)
            read.append(units(doc, carried=next((u.note_date for u in reversed(read[-1]) if u.note_date), None)
                              if read else None))
    case = _CASE.set(case_conditions([u for doc_units in read for u in doc_units]))
    try:
        for order, (doc, doc_units) in enumerate(zip(docs, read)):
            result.warnings += [f"{doc.file}: {w}" for w in doc.warnings]
            with numeric_order(bool(doc.day_first)):
                rows += _read_document(doc, doc_units, order, result, planned, planned_as_augmentation, seen_codes,
                                       si, left_out)
        # an event log's treatments, joined across its documents (a calendar's month a photo)
        rows += event_rows([u for doc_units in read for u in doc_units if u.table == "events"])
        rows = log_trials([u for doc_units in read for u in doc_units if u.entry], rows)
        _first_entry_starts(rows, {u.file for doc_units in read for u in doc_units if u.day_entry})
    finally:
        _CASE.reset(case)
    # a medicine licensed only for another disorder (buprenorphine-naloxone) is never a trial for this one, nor one
    # the records give for another disorder ("ADHD, stable on methylphenidate" ... "Continue methylphenidate ER")
    # unless a mention tells how it did; a pharmacy's fill is no trial of a drug the notes say was never taken
    # (nor, in a depression case, a migraine preventive: onabotulinumtoxinA, propranolol, erenumab are given for
    # migraine, tremor or blood pressure, none for the mood, unless its words name the mood; nor physical therapy,
    # given for the body: "outpatient speech and physical therapy" after a stroke, "physical therapy" for the back)
    conditions = case_conditions([u for doc_units in read for u in doc_units])
    depression = conditions.appealed == "depression"
    # (nor, in a depression case, a pain medicine or a pain procedure: an opioid, an NSAID, a gabapentinoid, a nerve
    # block, a spinal cord stimulator are given for the body's pain, a surgery's or a hot flash's, never as a trial
    # for the mood, unless its words name the mood)
    # (s74: unless the records treat a pain condition and its words tell it was tried for that pain, its dates and how
    # it went told: a list's "for pain" or a plan's "pain plan: ... oxycodone if needed" is no trial)
    # (s77: and the same file's other mentions of such a trial stay with it: a log's entry that dates it, "pregabalin
    # 75 mg twice daily since 12/15/2025", before the entry that judges and stops it)
    listed = _pain_list_items([u for doc_units in read for u in doc_units]) if conditions.pain else []
    pain_trials = {(r.source.file, r.name) for r in rows if _pain_trial(r, conditions) or (
        r.outcome_class != "unknown" and (r.start or r.end) and r.drug_class not in _NO_MEDICINE and any(
            (u.file, u.page) == (r.source.file, r.source.page) and r.source.text in u.text for u in listed))}
    # (s82) ... or told across the file's mentions of it: "Pregabalin ... was started in 11/2025 for the pain", then at
    # the next visit "Pregabalin 150 mg twice a day: 'it takes the edge off'"
    told: dict[tuple[str, str], list[HistoryRow]] = {}
    for r in rows:
        told.setdefault((r.source.file, r.name), []).append(r)
    pain_trials |= {key for key, said in told.items() if any(_pain_row(r, conditions) and (r.start or r.end)
                                                             for r in said) and
                    any(r.outcome_class != "unknown" for r in said)}
    rows = [r for r in rows if not (depression and not _APPEALED_WORDS["depression"].search(
        f"{r.outcome or ''} {r.source.text}") and (r.drug_class in _NOT_FOR_MOOD or _pain_row(r, conditions)) and
                                    (r.source.file, r.name) not in pain_trials)]
    result.history = merge_history([r for r in rows if not ((t := lexicon.lookup(r.name)) and t.other_disorder) and
                                    not (left_out.get(r.name) in ("other_condition", "as_needed", "overdose",
                                                                  "never_had", "sleep_aid") and
                                         r.outcome_class == "unknown" and not _stopped_after_overdose(r, left_out)) and
                                    # (s80: nor a harm of a drug given for another condition, which tells no trial for
                                    # this one: "Methylphenidate [for cancer-related fatigue]: she reports a racing
                                    # heart ...; oncology is stopping it")
                                    not (left_out.get(r.name) == "other_condition" and
                                         r.outcome_class == "side_effects") and
                                    # (nor the as-needed mention itself, whose words name what it is taken for, not
                                    # a harm: "Quetiapina 25 mg si insomnio (la toma 1-2 noches por semana)")
                                    not (left_out.get(r.name) == "as_needed" and _AS_NEEDED.search(r.source.text) and
                                         not _STOP_VERB.search(r.source.text))
                                    # (s65: nor an order whose prescription a later note says was never
                                    # picked up, when nothing dates or judges it: "Start vortioxetine 10 mg daily.
                                    # e-Rx sent." ... "Vortioxetine Rx never picked up"; s77: nor when its only date
                                    # is the day of the entry that ordered it, "06/10/2025 - MF: ... se pauta
                                    # mirtazapina 15 mg" ... "no llegó a retirar la mirtazapina")
                                    and not (left_out.get(r.name) == "not_taken" and (r.filled or (
                                        r.outcome_class == "unknown" and not r.end and (
                                            not r.start or r.when is not None and r.start == r.when.isoformat()))))])
    newest = max((r.when for r in rows if r.when and not r.filled), default=None)
    for row in result.history:
        if newest and row.filled and row.end and When(0, 0, row.end).as_date() > newest:
            # a fill's supply that runs past the newest note is no stop the records saw: still taken as far as
            # they tell
            row.end = None
    for row in result.history:  # planned in one note, taken by the next: started on the day it was planned
        estimated = row.start and len(row.start) < 10 and row.name in planned and \
            _same_time(row.start, planned[row.name].isoformat())  # ("x 8 weeks" counted back: the plan's day is finer)
        if (row.start is None or estimated) and row.name in planned and \
                (row.end is None or planned[row.name].isoformat() <= row.end):
            row.start = planned[row.name].isoformat()
            _end_told_later(row)
        if row.name in planned_as_augmentation:  # "Plan: add bupropion as augmentation", then taken
            row.kind = "augmentation"
    for row in result.history:  # "treated with paroxetine for about two years ...; she came off it in 2017": 2015
        _start_from_length(row)
    _months_not_days(result.history, [u for doc_units in read for u in doc_units])
    result.scales = _unique(result.scales)
    _judged_by_scores(result.history, result.scales)
    if si:
        result.suicidality = _highest_level(si)
    return result


def _months_not_days(rows: list[HistoryRow], read: list[Unit]) -> None:
    """(s81) A start or end a chronology's entry dated by its month alone gave ("03/1992  Sertraline 50 mg begun."):
    its month, not the first day `note_date` stands for; the records name no day."""
    partial = {(u.file, u.note_date.isoformat()): u.note_month for u in read if u.note_month and u.note_date}
    for row in rows:
        row.start = partial.get((row.source.file, row.start or ""), row.start)
        row.end = partial.get((row.source.file, row.end or ""), row.end)


def _stopped_after_overdose(row: HistoryRow, left_out: dict[str, str]) -> bool:
    """(s80) A drug taken in an overdose that a mention of its own stops on a day ("Medicines: sertraline 150 mg -
    STOPPED today." on the discharge papers of the visit): the trial's end, kept for the trial the other notes judge;
    the overdose's own words ("took 20 sertraline tablets") are no such mention."""
    return left_out.get(row.name) == "overdose" and bool(row.end) and bool(_STOP_VERB.search(row.source.text)) and \
        not _OVERDOSE.search(row.source.text)


def _start_from_length(row: HistoryRow) -> None:
    """A trial with an end and no start whose own words say how long it was taken ("treated with paroxetine for about
    two years - ...; she came off it in 2017"): its start, that long before its end, as precise as the end and the
    length allow (a year counted from a year, a month from a month)."""
    if row.start or not row.end:
        return
    told = re.sub(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+(?=years?\b)",
                  lambda m: f"{_NUMBER_WORDS[m.group(1).lower()]} ", row.source.text, flags=re.IGNORECASE)
    if not (weeks := weeks_of(told)):
        return
    end = When(0, 0, row.end).as_date()
    if weeks >= 52:
        row.start = str(end.year - round(weeks / 52.18))
    elif len(row.end) >= 7 and weeks >= 8:
        months = end.year * 12 + end.month - 1 - round(weeks / 4.35)
        row.start = f"{months // 12:04d}-{months % 12 + 1:02d}"


_TRIAL_SCALES = ("PHQ-9", "MADRS", "HAM-D")


def _judged_by_scores(history: list[HistoryRow], scales: list[dict]) -> None:
    """A trial the records' words never judge, dated to the day or month, and alone in its time (no other trial's
    span overlaps it), judged by the change of a depression scale across it: a score taken at its start (a month
    before to two weeks after) against the last one taken after six weeks on it and before two weeks past its end
    ("PHQ-9 22 (2025-03-04) -> 9 (2025-06-10)"), the outcome naming both scores and the trial's source kept."""
    def span(r: HistoryRow) -> tuple[date, date] | None:
        if not r.start or len(r.start) < 7:
            return None
        return When(0, 0, r.start).as_date(), When(0, 0, r.end).as_date(last=True) if r.end else date.max

    for row in history:
        if row.outcome_class != "unknown" or row.outcome or row.kind not in (
                "antidepressant", "augmentation", "psychotherapy", "neuromodulation") or not (mine := span(row)):
            continue
        if any(other is not row and (theirs := span(other)) and theirs[0] <= mine[1] and mine[0] <= theirs[1]
               for other in history):
            continue  # (two trials at once: a score's change is neither's alone)
        for name in _TRIAL_SCALES:
            dated = sorted((date.fromisoformat(sc["date"]), sc["score"]) for sc in scales
                           if sc["name"] == name and sc.get("date") and len(sc["date"]) == 10)
            first = [(d, v) for d, v in dated if mine[0] - timedelta(days=31) <= d <= mine[0] + timedelta(days=14)]
            last = [(d, v) for d, v in dated if mine[0] + timedelta(days=42) <= d and
                    (mine[1] == date.max or d <= mine[1] + timedelta(days=14))]
            if first and last:
                (d0, a), (d1, b) = first[0], last[-1]
                row.outcome_class = score_outcome(name, [a, b])
                row.outcome = f"{name} {a} ({d0.isoformat()}) -> {b} ({d1.isoformat()})"
                row.scored = True
                break


def _end_told_later(row: HistoryRow) -> None:
    """A trial a plan began ("Plan: add aripiprazole" on 05/20) that a later visit's note says was stopped, with no
    date ("Aripiprazole stopped after 3 weeks due to akathisia" on 07/02), ended that long after it began, or by
    that visit."""
    if row.end or not row.start or not row.when or row.when.isoformat() <= row.start or \
            not _STOPPED.search(row.outcome or ""):
        return
    weeks = weeks_of(row.outcome or "")
    ended = shift(row.start, weeks) if weeks else None
    row.end = ended if ended and ended <= row.when.isoformat() else row.when.isoformat()


# an after-visit summary's lists: "STOP taking:", "START taking:", "CONTINUE taking:" (the heading may end a line
# of OCR's noise)
_LIST_HEAD = re.compile(r"\b(?:stop|start|continue|keep|change how you take)\s+taking"
                        r"(?:\s+(?:these|the following|this))?"
                        r"(?:\s+(?:medicines?|medications?|meds))?:?\s*$", re.IGNORECASE)
_STOP_LIST = re.compile(r"\bstop\s+taking(?:\s+(?:these|the following|this))?(?:\s+(?:medicines?|medications?|meds))?"
                         r":?\s*$", re.IGNORECASE)
_START_LIST = re.compile(r"\bstart\s+taking(?:\s+(?:these|the following|this))?(?:\s+(?:medicines?|medications?|meds))?"
                         r":?\s*$", re.IGNORECASE)
_LIST_OPENS = re.compile(r"^\W*(?:stop|start|continue|keep)\s+taking(?:(?:\s+(?:these|the following|this))?"
                         r"(?:\s+(?:medicines?|medications?|meds))?\s*:|"
                         # (its line joined to the first item's, no colon: "START taking these medicines bupropion")
                         r"\s+(?:these|the following)\s+(?:medicines|medications|meds)\b)", re.IGNORECASE)


# a sentence, or a diary's dated entry, that opens with a stop or a start and names nothing: "Stopped Feb 2024.",
# "Apr 2025 stopped - 3 months, no difference.", "Started July '22."
_STOP_OPENS = re.compile(r"^\W*(?:(?:early|late|mid)?\s*[A-Z][a-z]{2,8}\.?\s+\d{4}\s*[-–:]?\s*)?(?:stopped|d/c'?d|"
                         r"discontinued|tapered off|came off|started|began|initiated|stop(?=\s*[.;]))\b", re.IGNORECASE)
# a sentence that names no treatment but tells of the one named just before: "it", "the first time", "this time"
_REFERS = re.compile(r"\b(?:stopped|started|tried|took|restarted|came off|tapered|continued|raised|increased|"
                     r"remains on|stayed on|(?<!acted )(?<!act )(?<!acting )(?<!work )(?<!worked )(?<!working )on|"
                     r"(?:tapered|weaned|taken) off)\s+it\b|"
                     r"\bit\s+(?:was|did|had|has|helped|worked|made|stopped|plateaued|"
                     r"caused|gave|takes|took|is)\b|\b(?:the first|the second|this|that) time\b", re.IGNORECASE)


# (s73) a list's item with its own span before its colon: "IV dihydroergotamine, 5-day series, 03/09/2026 -
# 03/13/2026: ...", "Bloqueo del nervio occipital, 02/2025 - 04/2025: ..."
_ITEM_SPAN = re.compile(r"^\W*(?P<head>[A-Za-zÁÉÍÓÚáéíóúÑñ][^.:;!?]{2,100}?)[\s,(]+(?:from\s+|de\s+|desde\s+|del\s+)?"
                        r"(?:\d{1,2}/){0,2}\d{2,4}\s*(?:-|–|to|a|al|hasta)\s*(?:(?:\d{1,2}/){0,2}\d{2,4}|present|now|"
                        r"current|la actualidad|hoy)\)?\s*:", re.IGNORECASE)


# the opening words of a sentence about the treatment told before, or another round of it
_TELLS_OF_IT = re.compile(r"\W*(?:(?:it|she|he|they|we|the depression|la|lo|ella|él)\b|(?:(?:a|the|her|his)\s+)?"
                          r"(?:first|second|third|2nd|3rd|another|repeat|booster|maintenance|next|last|final|new|same|"
                          r"segund[oa]|otr[oa])\b)", re.IGNORECASE)


def _another_item(text: str) -> bool:
    """A sentence that names no treatment the table knows but opens as an item of a list, something named and its
    own span before a colon: another item's (a treatment the table does not know), not more of the drug told before
    it. Not when its opening words tell of that drug ("Restarted it 2023 - 2024: no better") or of another round of
    it ("Booster series, 03/2025 - 04/2025: ...", "Second course, ...")."""
    item = _ITEM_SPAN.match(text)
    if not item:
        return False
    head = item.group("head")
    return not (_REFERS.search(head) or _STOP_OPENS.match(head) or _ANOTHER_COURSE.search(head) or
                _TELLS_OF_IT.match(head))


# a course named by its year or its order, not by its name: "the 2023 course", "her first series"
_COURSE_BY_TIME = re.compile(r"\b(?:the|her|his|their)\s+(?:(?P<y>(?:19|20)\d\d)|first|initial|index|previous|prior|"
                             r"last)\s+(?:(?:TMS|ECT|treatment|infusion)\s+)?(?:course|series)\b", re.IGNORECASE)


_ANOTHER_COURSE = re.compile(r"\b(?:a|an|the)\s+(?:second|2nd|third|3rd|another|repeat|new)\b(?:[\s,]+[\w-]+){0,2}?"
                             r"\s+(?:course|series)\b", re.IGNORECASE)


def _another_course(unit: Unit, rows: list[HistoryRow], stay) -> list[HistoryRow]:
    """A sentence that names no treatment but another course ("A second, shorter course of six treatments in 08/2024
    'did less'"), after the document has told one course (an ECT, TMS or infusion course): that treatment's next
    course, read as if the sentence named it; its dates keep it apart from the first."""
    if unit.table or not _ANOTHER_COURSE.search(unit.text) or not _trial_dates(unit.text):
        return []
    courses = {r.name for r in rows if r.kind in lexicon.COURSE_KINDS and r.start and
               (r.source.file, r.source.page) == (unit.file, unit.page)}
    if len(courses) != 1:
        return []
    (name,) = courses
    said = f"{name}: "
    found = prose_rows(replace(unit, text=said + unit.text), None, None, stay)
    for row in found:
        row.source = _source(unit)
        row.outcome = row.outcome.removeprefix(said) if row.outcome else None
    return [r for r in found if r.name == name and r.start]


# a sentence that tells of a course of its own that the treatments table does not know: its "it" is that course, not
# the drug before ("She took an 8-week mindfulness course through the clinic in 2026; it helped her cope")
_OWN_COURSE = re.compile(r"\b(?:took|did|joined|attended|completed|started|began|enrolled in)\s+(?:a|an)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:course|class|classes|program|programme|group|workshop)\b",
                         re.IGNORECASE)


def _course_of_year(unit: Unit, rows: list[HistoryRow]) -> HistoryRow | None:
    """A sentence that names no treatment but a course by its year or order ("The gain from the 2023 course was
    lost") and judges it: a row of the one course of that time the document has told (a TMS, ECT or infusion course,
    a course of sessions), with the sentence's outcome."""
    m = _COURSE_BY_TIME.search(unit.text)
    if not m:
        return None
    cls, words = outcome_of(unit.text)
    # (told by its order alone, "the first course" is a procedure's, not a therapy's sessions told before it)
    courses = {r.name: r for r in rows if (r.kind in lexicon.COURSE_KINDS or r.sessions) and r.start and
               (r.start.startswith(m.group("y")) if m.group("y") else r.kind != "psychotherapy")}
    if cls == "unknown" or len(courses) != 1:
        return None
    (course,) = courses.values()
    return HistoryRow(course.name, course.drug_class, course.kind, None, None, None, words, cls, _source(unit),
                      weight=2, when=unit.note_date)


# something of the patient's back again, not a function the illness took ("the heaviness is back"; not "her appetite is
# back", nor "he is back at work")
_IS_BACK = re.compile(r"\b(?:the|her|his|my|their)\s+(?!(?:appetite|energy|sleep|interest|motivation|concentration|"
                      r"focus|humou?r|smile|spark|drive|confidence|sense|old|usual)\b)[a-z]+\s+(?:is|are|was|were|"
                      r"has been|have been|came|has come|had come)\s+back\b(?!\s+(?:at|to|in|on|into|from|home)\b)",
                      re.IGNORECASE)


# a course told by its sessions, not its name: "the groups", "the program", "these sessions"
_COURSE_SUBJECT = re.compile(r"\b(?:the|these|those|her|his)\s+(?:group\s+)?(?:groups|group|sessions|classes|program|"
                             r"therapy sessions)\b(?!\s+(?:leader|therapist|facilitator|members?|staff|coordinator))",
                             re.IGNORECASE)


# a chronicle's entry that opens with its year alone: "2014: the depression came back after his layoff."
_YEAR_ENTRY = re.compile(r"\s*((?:19|20)\d\d)\s*:\s+\S")


# a procedure's series told by its own noun: "Each of the three blocks gave 50 to 60% relief", "the infusions helped"
_SERIES_SUBJECT = re.compile(r"\b(?:the|these|those|each of the|all|both|all three|all of the)\s+(?:[\w-]+\s+)?"
                             r"(?P<what>blocks|injections|infusions)\b", re.IGNORECASE)
_SERIES_DONE = re.compile(r"\b(?:series|course)\s+(?:is\s+|was\s+)?(?:complete|completed|finished|ended)\b",
                          re.IGNORECASE)


def _series_judged(unit: Unit, rows: list[HistoryRow], what: str, before: str = "") -> HistoryRow | None:
    """A sentence that judges a procedure's series by its noun ("Series complete. Each of the three blocks gave 50 to
    60% relief for about four days, after which the pain was back at 8/10."), in a document with one such series:
    the series' last word, and, when the series is told complete, its end at the last procedure the document dates."""
    noun = what[:-1]  # "block", "injection", "infusion"
    series = {r.name for r in rows if r.source.file == unit.file and (
        noun in r.name or re.search(rf"\b{noun}", r.source.text, re.IGNORECASE) and r.kind != "psychotherapy")}
    if len(series) != 1:
        return None
    (name,) = series
    cls, words = outcome_of(unit.text)
    if cls == "unknown":
        return None
    mine = [r for r in rows if r.name == name and r.source.file == unit.file]
    row = HistoryRow(name, mine[0].drug_class, mine[0].kind, None, None, None, words, cls, _source(unit),
                     weight=max(r.weight for r in mine) + 1, when=unit.note_date)
    said = [r.start for r in mine if r.start and len(r.start) == 10]
    if said and _SERIES_DONE.search(f"{before} {unit.text}"):  # ("Series complete." just before)
        row.end, row.final = max(said), True
    return row


def _course_judged(unit: Unit, rows: list[HistoryRow], before: str = "") -> HistoryRow | None:
    """A sentence that judges "the groups" or "the program" and names no treatment, in a document whose one course of
    psychotherapy has no outcome yet ("She says the groups 'gave me tools, and I feel about 75% back to myself.'"
    after "21 of 22 program days of CBT-based group therapy"): that course's outcome."""
    if unit.table or unit.section in ("family", "plan"):
        return None
    if series := _SERIES_SUBJECT.search(unit.text):
        return _series_judged(unit, rows, series.group("what").lower(), before)
    if not _COURSE_SUBJECT.search(unit.text):
        return None
    courses = {r.name: r for r in rows if r.source.file == unit.file and r.kind == "psychotherapy"}
    if len(courses) != 1:
        return None
    (row,) = courses.values()
    cls, words = outcome_of(unit.text)
    if cls == "unknown" or row.outcome_class != "unknown":
        return None
    return HistoryRow(row.name, row.drug_class, row.kind, None, None, None, words, cls, _source(unit), weight=0,
                      when=unit.note_date)


def _unnamed_judgment(unit: Unit, before: list[Unit], after: list[Unit], rows: list[HistoryRow]) -> HistoryRow | None:
    """A sentence that judges and names no treatment, between two sentences of the same note that name the same one
    treatment and no other between them ("... started fluoxetine 10 mg ... By the end of the school year he was 'back
    to himself.' ... he told me that 'the heaviness is back.' His mother confirms that he still takes the
    fluoxetine"): a judgment of that trial. (The sentence just after a trial's is read as its own outcome already.)"""
    if unit.table or unit.section == "family" or not before or not after:
        return None
    prev = before[-1]
    if (prev.page, prev.note_date) == (unit.page, unit.note_date) and lexicon.find_treatments(prev.text):
        return None

    def nearest(units: list[Unit]) -> set[lexicon.Treatment] | None:
        for u in units[:4]:
            if u.table or (u.page, u.note_date) != (unit.page, unit.note_date):
                return None
            if named := {f.treatment for f in lexicon.find_treatments(u.text)}:
                return named
        return None

    said, next_said = nearest(before[::-1]), nearest(after)
    if not said or said != next_said or len(said) != 1:
        return None
    # (not when the sentences before stopped it because she was well, nor when the next one restarts it: "we tapered
    # it off in 12/2025 because she had been in remission ... Fall 2026: the depression returned in September.
    # Sertraline 100 mg was restarted on 09/15/2026": the recurrence is why it was restarted, no outcome of either)
    told_before = " ".join(u.text for u in before[-3:] if (u.page, u.note_date) == (unit.page, unit.note_date))
    restart = next((u for u in after[:4] if lexicon.find_treatments(u.text)), None)
    if _STOPPED_WELL.search(told_before) or (restart and _RESTARTED.search(restart.text)):
        return None
    (t,) = said
    mine = [r for r in rows if r.name == t.name and r.source.file == unit.file]
    if not mine:
        return None  # (a treatment the note only plans or discusses is judged by nothing)
    cls, words = _outcome_beside(unit.text)
    back = _IS_BACK.search(unit.text)
    if cls == "unknown" and back and any(r.outcome_class in ("remission", "partial_response") for r in mine):
        cls, words = "relapse", _clause(unit.text, back)  # a gain told before, and now "the heaviness is back"
    if cls == "unknown":
        return None
    return HistoryRow(t.name, t.drug_class, t.kind, None, None, None, words, cls, _source(unit), weight=0,
                      when=unit.note_date)


# a log's heading that names one treatment's sessions: "Esketamine session log, sessions 1-20", "Infusion record"
_LOG_TITLE = re.compile(r"\b(?:session|treatment|infusion|dosing|administration)s?\s+"
                        r"(?:log|record|flowsheet|sheet)\b|\blog\s+of\s+(?:sessions|treatments|infusions)\b",
                        re.IGNORECASE)
# (a line's first mark may be OCR's reading of a row number: "ra 05/05/2026 56mg ...")
_LINE_DAY = re.compile(r"^\W{0,3}(?:[A-Za-z]{1,3}\s+)?(?:#?\d{1,3}\s+)?"
                       r"(?P<d>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\b")


def dated_line_logs(doc: Document, doc_units: list[Unit]) -> list[HistoryRow]:
    """A log of one treatment's sessions that OCR or plain text gives as lines, not a table (a phone photo of an
    esketamine session log: "ra 05/05/2026 56mg 138/86 150/92 mild PHQ-9 25", "05/08/2026 84mg ..."): three or more
    lines in a row that open with a day, under a heading that names the treatment's log ("Esketamine session log,
    sessions 1-20"), are its course from the first day to the last (open when a later sentence continues it), its
    outcome the first sentence after the log that judges and names no other treatment (a course summary)."""
    out: list[HistoryRow] = []
    for page_no, page in enumerate(doc.pages, 1):
        lines = [line.strip() for line in page.split("\n") if line.strip()]
        n = 0
        while n < len(lines):
            run: list[tuple[date, str]] = []
            k = n
            while k < len(lines) and (m := _LINE_DAY.match(lines[k])) and (day := find_dates(m.group("d"))):
                run.append((day[0].value, lines[k]))
                k += 1
            if len(run) < 3:
                n = max(k, n + 1)
                continue
            named = {f.treatment for line in lines[max(0, n - 3):n] if _LOG_TITLE.search(line)
                     for f in lexicon.find_treatments(line)}
            if len(named) == 1:
                (t,) = named
                below = re.sub(r"\s+", " ", " ".join(lines[k:k + 25]))
                after = [u for u in doc_units if u.page == page_no and not u.table and not _LINE_DAY.match(u.text)
                         and re.sub(r"\s+", " ", u.text)[:40] in below]
                # (a summary's words before it names the treatment again: "Response by week 4 ...; not in remission.
                # Continue esketamine 84 mg every other week")
                told = next(((u, found) for u in after if not (
                    {f.treatment for f in lexicon.find_treatments(u.text)} - {t}) and
                    (found := outcome_of(u.text[:next((f.start for f in lexicon.find_treatments(u.text)), None)]))[0]
                    != "unknown"), None)
                going = any(_MAINTAINED.search(u.text) or re.search(r"\bcontinu\w*\b", u.text, re.IGNORECASE) and
                            any(f.treatment == t for f in lexicon.find_treatments(u.text)) for u in after)
                days = sorted(d for d, _ in run)
                unit, (cls, words) = told if told else (Unit(doc.file, page_no, run[-1][1]), ("unknown", None))
                out.append(HistoryRow(t.name, t.drug_class, t.kind, f"{len(run)} sessions", days[0].isoformat(),
                                      None if going else days[-1].isoformat(), words, cls, _source(unit), len(run),
                                      TABLE_WEIGHT + 3, days[-1], tabled=True))
            n = k
    return out


def _read_document(doc: Document, doc_units: list[Unit], order: int, result: Proposals, planned: dict[str, date],
                   planned_as_augmentation: set[str], seen_codes: set[str],
                   si: list[tuple[tuple, str, Unit]], left_out: dict[str, str]) -> list[HistoryRow]:
    """One document's history rows; its scales and diagnoses go into `result`, its suicidality statements into
    `si`."""
    _WRITER_NOT_PATIENT.set(bool(_WRITTEN_BY_OTHER.search("\n".join(doc.pages[0].split("\n")[:25])))
                            if doc.pages else False)
    reused = reused_short_names(doc_units)
    doc_units = [_said_in_full(u, reused) for u in doc_units]
    defined = short_names(doc_units)
    doc_units = [_spelled_out(u, defined) for u in doc_units]
    stay = hospital_stay(doc)
    # (s82) the printout's own word on the fills it leaves out: read with them, no trial of its own
    leaving_out = {id(u) for u in doc_units if not u.table and _FILLS_LEFT_OUT.search(u.text)}
    rows = fill_rows([u for u in doc_units if u.table == "fills"], bool(leaving_out), taken_days(doc_units))
    evented = {(u.note_date, u.text.rstrip(".")) for u in doc_units if u.table == "events"}
    legend = abbreviations(doc_units)
    codes = outcome_codes(doc_units)
    logged: set[int] = set()  # the rows of visit logs, read as a timeline rather than one trial a row
    for visit_log in visit_logs(doc_units):
        rows += visit_log_rows(visit_log, legend)
        sessions = session_log_row(visit_log, doc_units)
        rows += [sessions] if sessions else []
        logged |= {id(u) for u in visit_log}
    rows += dated_line_logs(doc, doc_units)
    decision_support = pgx_lists(doc_units)
    referent: tuple[str, Unit] | None = None  # the one trial the sentences before told of, as written
    stopping = False  # under an after-visit summary's "STOP taking:": each drug ends on the visit's day
    starting = False  # under its "START taking:": a medicine to begin, not yet taken (a plan)
    last_dated: tuple[int, str | None] = (-9, None)  # the last sentence that gave a date (its index), and the date
    quiet = 0  # sentences since the referent's that named no treatment and told of none
    course: tuple[HistoryRow, Unit] | None = None  # a course of psychotherapy the sentence before told
    administering = False  # under a medication administration record's heading, on its page
    chronicle: tuple[int, str] | None = None  # a letter's entry opened by its year ("2014: the depression came back")
    for n, unit in enumerate(doc_units):
        if (entry := _YEAR_ENTRY.match(unit.text)) and not unit.table:
            chronicle = (unit.page, entry.group(1))
        elif chronicle and (unit.page != chronicle[0] or unit.table or unit.label):
            chronicle = None
        if _MAR_HEAD.search(unit.text):
            administering = True
        elif n and unit.page != doc_units[n - 1].page:
            administering = False
        counted = len(rows)
        opens = _LIST_OPENS.match(unit.text)  # (OCR's line that runs the heading into the list's first item)
        head = unit.text[:opens.end()].rstrip(": ") + ":" if opens else unit.text if _LIST_HEAD.search(unit.text) \
            else f"{unit.label}:" if unit.label else ""
        if _LIST_HEAD.search(head):
            stopping = bool(_STOP_LIST.search(head))
            starting = bool(_START_LIST.search(head))
        elif unit.label or unit.page != (doc_units[n - 1].page if n else unit.page):
            stopping = starting = False  # another heading, another page
        dated_at, dated_value = last_dated  # (a month without its year follows the sentence just before, or the one
        near = n - dated_at <= 2 and (doc_units[dated_at].page, doc_units[dated_at].note_date) == \
            (unit.page, unit.note_date)  # before that: "early 2023 - ... By May ... In Aug he stopped it")
        if near and not unit.table:  # (but another drug's line, "Effexor - 2022 to Jan 2023", is not this one's time)
            theirs = {f.treatment for f in lexicon.find_treatments(doc_units[dated_at].text)}
            mine = {f.treatment for f in lexicon.find_treatments(unit.text)}
            near = not (theirs and mine and not theirs & mine)
        # ("since October of last year": the year before this note's)
        just_before = n - dated_at == 1 and (doc_units[dated_at].page, doc_units[dated_at].note_date) == \
            (unit.page, unit.note_date)
        with written_on(unit.note_date), said_before(dated_value if near else None), \
                day_before(dated_value if just_before else None):
            if unit.table == "trials" and id(unit) not in logged:
                row = table_row(_decode(unit, codes))
                if row:
                    rows.append(row)
                elif (aid := _table_sleep_aid(unit)) is not None:
                    # a table's line of a sleep aid ("Trazodone | 50 mg at bedtime | 2024 | sleep"): its later
                    # mentions that judge nothing ("Sleep fair with trazodone") are the same sleep aid's
                    left_out.setdefault(aid, "sleep_aid")
                elif _AS_NEEDED.search(first_cell := unit.text.split("|")[0]) and \
                        len(cell_names := {f.treatment.name for f in lexicon.find_treatments(first_cell)}) == 1:
                    # a table's line of a drug taken as needed ("Hydrocodone-acetaminophen 5/325 as needed | 2018 -
                    # 09/2026"): its later mentions that judge nothing ("hydrocodone tapered and stopped") go too,
                    # as a sentence's "prn" makes them go
                    left_out.setdefault(next(iter(cell_names)), "as_needed")
            elif not unit.table:
                # (a calendar day's words whose treatments are the day's events: read as events, not as prose)
                found = [] if id(unit) in decision_support | leaving_out or \
                    (unit.note_date, unit.text.rstrip(".")) in evented else \
                    prose_rows(unit, planned, planned_as_augmentation, stay, left_out)
                if course and course[1] is doc_units[n - 1] and (unit.page, unit.note_date) == (
                        course[1].page, course[1].note_date):  # a technique of the course just told: no trial
                    found = [r for r in found if r.start or r.end or r.dose or not (
                        (t := lexicon.lookup(r.name)) and _part_of(t, course[0]))]
                if _never_taken_below(found, doc_units[n + 1:n + 3], unit):
                    found = []
                _fill_lines_open(found, doc.pages[unit.page - 1], unit)
                _outcome_said_next(found, doc_units[n + 1:n + 5], unit)
                course = (found[0], unit) if len(found) == 1 and found[0].kind == "psychotherapy" else None
                _reason_said_before(found, doc_units[max(0, n - 6):n], unit)
                named = lexicon.find_treatments(unit.text)
                told_course = _course_of_year(unit, rows) if not named else None
                again = _another_course(unit, rows, stay) if not named and not told_course else []
                if again:  # "A second, shorter course of six treatments in 08/2024 'did less'": that treatment's
                    found = again  # next course
                    referent = None
                elif told_course:  # "The gain from the 2023 course was lost.": the course of that year, whatever drug
                    found = [told_course]  # the sentence before named
                    referent = None
                elif named and referent and (referent[1].page, referent[1].note_date) == (unit.page, unit.note_date) \
                        and all(_SWITCH.search(unit.text[:f.start]) for f in named) and \
                        (_REFERS.search(unit.text[:named[0].start]) or
                         _PATIENT_SWITCHED.search(unit.text[:named[0].start])) and \
                        not {f.treatment for f in named} & {f.treatment for f in lexicon.find_treatments(referent[0])}:
                    # "He gave it until October 2011 and noticed no change at all, so it was switched to escitalopram":
                    # the sentence tells of the drug before ("it"); the one switched to begins then
                    said = f"{referent[0]}: "
                    found = prose_rows(replace(unit, text=said + unit.text), None, None, stay)
                    for row in found:
                        row.source = _source(unit)
                        row.outcome = row.outcome.removeprefix(said) if row.outcome else None
                    referent = (named[0].written, unit) if len({f.treatment for f in named}) == 1 else None
                    quiet = 0
                elif named:
                    one = len({f.treatment for f in named}) == 1 and len(found) == 1
                    referent = (named[0].written, unit) if one else None
                    begun = [r for r in found
                             if r.start or r.end or r.dose or r.sessions or r.outcome_class != "unknown"]
                    if not one and len(begun) == 1 and len(found) > 1:  # ("After the sertraline she went on
                        # bupropion XL 300 in March 2021. ... We stopped it in January 2022.": "it" is the drug begun)
                        referent = next(((f.written, unit) for f in named if f.treatment.name == begun[0].name), None)
                    quiet = 0
                elif referent and (referent[1].page, referent[1].note_date) == (unit.page, unit.note_date) and \
                        not _OWN_COURSE.search(unit.text) and not _another_item(unit.text) and \
                        (_REFERS.search(unit.text) or _STOP_OPENS.match(unit.text) or
                         outcome_of(unit.text)[0] == "relapse") and \
                        (doc_units[n - 1] is not referent[1] or _trial_dates(unit.text)):
                    # "He has tried Prozac twice. The first time was in 2011: ... He tried it again in the summer
                    # of 2020, and this time it did nothing at all": the sentences after tell of the same drug (the
                    # very next one's outcome alone is read above)
                    said = f"{referent[0]}: "
                    found = prose_rows(replace(unit, text=said + unit.text), None, None, stay)
                    told_loss = not (_REFERS.search(unit.text) or _STOP_OPENS.match(unit.text))
                    since = [u for u in doc_units[:n] if u is referent[1]]
                    told = " ".join(u.text for u in doc_units[doc_units.index(since[0]):n]) if since else ""
                    ended_well = _STOPPED_WELL.search(told) or (  # (s65: or the trial's own words told a
                        # remission before it ended: "'I felt like myself again ...' and after a year of feeling well
                        # she tapered off it with her doctor in 2020. The depression returned in early 2025.")
                        # (a drug stopped, not a course: a course's benefit that fades after it is its relapse)
                        (t := lexicon.lookup(referent[0])) and not t.is_course and _STOP_VERB.search(told) and
                        any(r.name == t.name and r.outcome_class == "remission" and r.end for r in rows[-3:]))
                    if told_loss and ended_well and _after_it_ended(unit.text, rows, referent[0]):
                        found = []  # "stopped it in the summer because he felt well. Depression came back over the
                        # winter of 2023-24": a recurrence after a drug stopped because the patient was well, not its
                        # outcome (a course's benefit that fades after it ended is its relapse)
                    for row in found:
                        row.source = _source(unit)
                        row.outcome = row.outcome.removeprefix(said) if row.outcome else None
                        if told_loss:  # "the depression returned in the summer of 2025": the relapse's date,
                            row.start = row.end = None  # not the trial's
                        # ("Ruth says it 'took the edge off.' A cardiologist stopped it in 2023 when her ECG showed a
                        # prolonged QTc": the reason it stopped, told of it, decides over what it did before)
                        row.stop_reason = row.outcome_class == "side_effects" and bool(_STOP_VERB.search(unit.text))
                elif referent and quiet < 1 and not unit.label:
                    quiet += 1  # "Oct 2023 - Zoloft. No change at all. Stopped Feb 2024.": one sentence between
                else:
                    referent = None
                if not named and not found and not told_course and (judged := _unnamed_judgment(
                        unit, doc_units[:n], doc_units[n + 1:], rows)):
                    found = [judged]
                if not named and not found and (judged := _course_judged(
                        unit, rows, doc_units[n - 1].text if n and doc_units[n - 1].page == unit.page else "")):
                    found = [judged]
                if starting:
                    for row in found:  # (a later note that shows it taken is dated from this visit)
                        if unit.note_date:
                            planned.setdefault(row.name, unit.note_date)
                    found = []
                if stopping and unit.note_date:
                    for row in found:
                        row.end = row.end if row.end and row.end != row.start else unit.note_date.isoformat()
                if chronicle and _RESTARTED.search(unit.text) and not _trial_dates(unit.text):
                    for row in found:  # "2014: the depression came back ... I restarted paroxetine 40 mg, but ...":
                        if not row.start and not row.end:  # a restart in the entry of that year, a trial of its own
                            row.start = row.end = chronicle[1]
                rows += found
            if not unit.table or unit.table.startswith("scale"):  # a score table's "C-SSRS lifetime | Actual attempt"
                level = suicidality_of(unit) or _si_column(unit)
                if level:
                    when = unit.note_date.toordinal() if unit.note_date else 0
                    si.append(((when, order, n), level, unit))
            scored = scales_of(unit, stay, _course_span(doc_units[n - 1], unit) if n else None)
            result.scales += scored
            for score in (x["score"] for x in scored if x["name"] == "C-SSRS" and isinstance(x["score"], int)):
                # the C-SSRS ideation severity says the level: 1 a wish to be dead, 2-5 active thoughts (with a
                # method, intent or plan from 3 on), 0 none
                when = unit.note_date.toordinal() if unit.note_date else 0
                si.append(((when, order, n), "none" if score == 0 else "passive" if score == 1 else "active", unit))
            dated = _trial_dates(unit.text) if not unit.table else []
            if dated:
                last_dated = (n, dated[-1].value)
        for row in rows[counted:] if administering else ():
            # a line of the record is one order's dose from the order's day: the trial may have begun before it
            row.administered = bool(row.start)
        result.diagnoses += diagnoses_of(unit, seen_codes)
    if doc_units:
        _course_details(doc_units, rows)
    program = program_dates(doc)
    for row in rows:
        # a course given in a day program, told with its sessions and no dates of its own ("Physical therapy (daily,
        # 20 sessions)" in a pain rehabilitation program's report): the program's days
        if program and row.kind in ("psychotherapy", "other") and not (row.start or row.end) and \
                row.source.file == doc.file and (row.sessions or _IN_SESSIONS.search(row.source.text)):
            row.start, row.end = program
    if other := other_meanings(doc_units):  # "Riverbend Assertive Community Treatment (ACT) Team": no therapy
        rows = [r for r in rows if not (r.name in other and all(
            f.written in other[r.name] for f in lexicon.find_treatments(r.source.text) if f.treatment.name == r.name))]
    log.debug("%s: %d sentence(s) and row(s) read", doc.file, len(doc_units))
    return rows


# a short name a document defines after the words it stands for: "Assertive Community Treatment (ACT)"
_DEFINES_SHORT = re.compile(r"\b(?P<long>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|the)){1,6})\s*"
                            r"\((?P<short>[A-Z]{2,6})\)")


def other_meanings(doc_units: list[Unit]) -> dict[str, set[str]]:
    """The treatments' short names a document defines as something else, by writing them after words whose initials
    they are and that name no treatment ("Riverbend Assertive Community Treatment (ACT) Team": ACT is the team, not
    acceptance and commitment therapy in this document): each such treatment's name, with the short names."""
    out: dict[str, set[str]] = {}
    for u in doc_units:
        for m in _DEFINES_SHORT.finditer(u.text):
            short, words = m.group("short"), [w for w in m.group("long").split() if w[0].isupper()]
            initials = "".join(w[0] for w in words[-len(short):])
            found = lexicon.find_treatments(short)
            if initials == short and found and not lexicon.find_treatments(" ".join(words[-len(short):])):
                out.setdefault(found[0].treatment.name, set()).add(short)
    return out


_IN_SESSIONS = re.compile(r"\b(?:\d+\s+(?:\w+\s+)?sessions?|daily|weekly|group)\b", re.IGNORECASE)
_PROGRAM_DATES = re.compile(r"\b(?:program|programme)\s+dates?\b", re.IGNORECASE)


def program_dates(doc: Document) -> tuple[str, str] | None:
    """A day program's first and last day, from its header ("Program dates" over "09/08/2026 - 10/02/2026")."""
    from appeal_kit.notes.documents import split_cells

    for page in doc.pages[:1]:
        lines = page.split("\n")
        for n, line in enumerate(lines[:-1]):
            head = next((pos for pos, cell in split_cells(line) if _PROGRAM_DATES.fullmatch(cell.strip())), None)
            if head is None:
                continue
            cells = [text for pos, text in split_cells(lines[n + 1]) if abs(pos - head) <= 12]
            whens = find_when(cells[0]) if cells else []
            if len(whens) == 2 and len(whens[0].value) == len(whens[1].value) == 10:
                return whens[0].value, whens[1].value
    return None


def _unique(scales: list[dict]) -> list[dict]:
    """Each score once, and only a score with its day: one the records give no day for (a baseline told again in a
    later note, "MADRS 38 before the series"; an old card's "HAM-D 26") can neither date the severity nor judge a
    trial, and the blind sets' writers listed none (s67, docs/notes.md)."""
    out, seen = [], set()
    for s in scales:
        key = (s["name"], s["score"], s["date"])
        if key not in seen and s["date"]:
            seen.add(key)
            out.append(s)
    return out


def _highest_level(si: list[tuple[tuple, str, Unit]]) -> dict:
    """The highest level the records document anywhere (attempt > active > passive > none): a past attempt or an
    admission for active ideation is not erased by a later "denies SI". Its first statement is the source."""
    si.sort(key=lambda x: x[0])
    _, level, unit = max(si, key=lambda x: (_RANK[x[1]], [-v for v in x[0]]))
    return {"level": level, "source": _source(unit).to_json()}
