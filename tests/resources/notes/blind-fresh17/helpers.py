"""Truth-row constructors for notes17 (FICTIONAL). The shapes follow issue 24's --json contract."""


def src(file, page, text):
    return {"file": file, "page": page, "text": text}


def row(name, cls, kind, dose, start, end, outcome, outcome_class, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": outcome_class, "source": src(file, page, text)}


def sc(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": src(file, page, text)}


def dx(code, file, page, text):
    return {"code": code, "source": src(file, page, text)}


def si(level, file, page, text):
    return {"level": level, "source": src(file, page, text)}


class Case:
    def __init__(self, slug, docs, note, history, scales, diagnoses, suicidality):
        self.slug = slug
        self.docs = docs
        self.truth = {"_note": note, "history": history, "scales": scales, "diagnoses": diagnoses,
                      "suicidality": suicidality}


def iso(us):
    """'MM/DD/YYYY' (anything after it ignored) -> 'YYYY-MM-DD'."""
    return f"{us[6:10]}-{us[:2]}-{us[3:5]}"
