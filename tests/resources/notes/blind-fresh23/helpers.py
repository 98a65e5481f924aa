"""FICTIONAL truth-row constructors for notes23 (own code). `file` None means the case's first document."""

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {None, "none", "passive", "active", "attempt"}


def src(page, text, file=None):
    return {"file": file, "page": page, "text": text}


def H(name, cls, kind, dose, start, end, outcome, oc, page, text, file=None):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": src(page, text, file)}


def S(name, score, date, page, text, file=None):
    return {"name": name, "score": score, "date": date, "source": src(page, text, file)}


def D(code, page, text, file=None):
    return {"code": code, "source": src(page, text, file)}


def SI(level, page=None, text=None, file=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": src(page, text, file)}
