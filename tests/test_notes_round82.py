"""The s82 round: kinds of record blind-fresh53 missed (docs/notes.md, "s82"), read in words and layouts of our own,
not copies of any set's records (all examples FICTIONAL: people, clinics and numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str, name: str = "clinical/note.txt") -> Proposals:
    return propose([Document(name, text.split("\f"), "txt")])


def level(text: str) -> str | None:
    got = read(text).suicidality
    return got.get("level") if got else None


def test_a_way_of_dying_thought_of_and_a_place_chosen() -> None:
    """A method thought of ("had thought about steering her car off the quarry road") or a place already picked ("had
    picked the overpass"): active ideation, the C-SSRS's third and fourth questions. Main (b7f0cb51): no level. Off
    shapes: a date picked for a wedding, and the thought denied."""
    assert level("Admission note 02/14/2026\nHer husband brought her in: she had thought about driving her car off "
                 "the quarry road and had not done it.") == "active"
    assert level("Admission note 02/14/2026\nHe says he had picked the overpass on Route 9 weeks ago.") == "active"
    assert level("Admission note 02/14/2026\nHe had picked a date for the wedding in May.") is None
    assert level("Admission note 02/14/2026\nShe denies having thought about driving her car into a wall.") == "none"


def test_a_hope_of_not_waking_is_a_passive_wish() -> None:
    """"I hope I don't wake up" ends its clause there: a passive wish to be dead, here or in Spanish. Main: none (the
    denied plan beside it). Off shapes: a hope not to wake in pain, or not to wake the baby, or that a mother lives."""
    assert level('Consult 07/07/2026\nShe says "some nights I hope I won\'t wake up," no plan, no intent.') == "passive"
    assert level("Consulta 07/07/2026\nRefiere: espero no despertarme; niega plan.") == "passive"
    assert level("Consult 07/07/2026\nShe hopes she won't wake up in pain after the surgery.") is None
    assert level("Consult 07/07/2026\nHe hopes he doesn't wake the baby at night.") is None
    assert level("Consult 07/07/2026\nShe hopes her mother doesn't die.") is None


def test_an_ingestion_told_by_its_count_is_an_attempt() -> None:
    """Ten or more tablets taken at once, in figures or words, here or in Spanish: an attempt, with no intent said.
    Main: no level. Off shapes: a dose ("took 2 tablets"), a supply ("30 tablets a month")."""
    assert level("Chart entry 04/1991: swallowed about thirty of her sleeping tablets after the divorce; "
                 "stomach washed out.") == "attempt"
    assert level("Nota 04/1991: tomó unas 25 pastillas de paracetamol tras una discusión.") == "attempt"
    assert level("Visit 05/05/2026: she took 2 tablets of ibuprofen for the headache.") is None
    assert level("Visit 05/05/2026: he took 30 tablets a month of sertraline 50 mg.") is None
