"""FICTIONAL truth-row constructors for notes22."""


def src(file, page, text):
    return {"file": file, "page": page, "text": text}


def row(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": src(file, page, text)}


def sc(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": src(file, page, text)}


def dx(code, file, page, text):
    return {"code": code, "source": src(file, page, text)}


def sui(level, file=None, page=None, text=None):
    return {"level": level, "source": src(file, page, text) if level else None}
