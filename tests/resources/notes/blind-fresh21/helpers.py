"""FICTIONAL test-set generator, notes21: truth-row constructors in issue 24's --json shape (key order kept)."""
import datetime as dt


def src(file, page, text):
    return {"file": file, "page": page, "text": text}


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": src(file, page, text)}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": src(file, page, text)}


def D(code, file, page, text):
    return {"code": code, "source": src(file, page, text)}


def SI(level, file=None, page=None, text=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": src(file, page, text)}


def us(d):
    """2026-07-06 -> 07/06/2026."""
    return d.strftime("%m/%d/%Y")


def iso(d):
    return d.isoformat()


def weekdays(start, n, skip=()):
    """n weekdays from start (a date), leaving out the dates in skip."""
    out, d = [], start
    while len(out) < n:
        if d.weekday() < 5 and d not in skip:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def D8(y, m, d):
    return dt.date(y, m, d)
