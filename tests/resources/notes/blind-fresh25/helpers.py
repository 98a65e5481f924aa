"""Truth-row constructors (FICTIONAL test data), keys in the contract's order."""


def src(file, page, text):
    return {"file": file, "page": page, "text": text}


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": src(file, page, text)}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": src(file, page, text)}


def D(code, file, page, text):
    return {"code": code, "source": src(file, page, text)}


def SU(level, file=None, page=None, text=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": src(file, page, text)}
