"""Truth-row constructors for notes19 (FICTIONAL test records), in issue 24's --json shape."""

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {"none", "passive", "active", "attempt"}


def src(file, page, text):
    return {"file": file, "page": page, "text": text}


def H(name, cls, kind, dose, start, end, outcome, oc, source):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": source}


def S(name, score, date, source):
    return {"name": name, "score": score, "date": date, "source": source}


def D(code, source):
    return {"code": code, "source": source}


def SI(level, source):
    return {"level": level, "source": source}


def truth(note, history, scales, diagnoses, suicidality):
    return {"_note": note, "history": history, "scales": scales, "diagnoses": diagnoses,
            "suicidality": suicidality}
