"""FICTIONAL set 24: truth-row constructors."""


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end, "outcome": outcome,
            "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, file, page, text):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SU(level, file=None, page=None, text=None):
    return {"level": level, "source": None if level is None else {"file": file, "page": page, "text": text}}
