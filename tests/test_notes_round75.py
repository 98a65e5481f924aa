"""The s75 round: outcomes the fix set blind-fresh44 told in shapes the reader did not class (docs/notes.md, "s75"),
each read in layouts, words and languages of our own, not copies of any set's records (all examples FICTIONAL:
people, clinics and numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, outcome_of, propose


def read(text: str, method: str = "txt") -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), method)])


def rows(text: str, method: str = "txt") -> list[tuple]:
    return sorted((r.name, r.start, r.end, r.outcome_class) for r in read(text, method).history)


def test_a_gain_then_the_illness_back_by_a_date_is_a_relapse() -> None:
    """A course or drug that worked, and the illness "back by" a later date: the gain lost (the last state decides).
    Main (b1d981b2): the remission or response alone."""
    assert outcome_of("Ketamine infusions x6, 01/2025-02/2025: remission, back by 09/2025")[0] == "relapse"
    assert outcome_of("| Bupropion XL 300 | 2021 - 2023 | good response; then back by 2022 |")[0] == "relapse"
    assert rows("Medication history (patient's own list)\n"
                "Citalopram 20 mg 2016-2018 - felt well within 2 months, back by 6/2017\n") == [
        ("citalopram", "2016", "2018", "relapse")]


def test_the_illness_back_while_the_drug_is_taken_every_day_is_a_relapse() -> None:
    """A later entry that says the drug is taken every day, but the low mood has come back: the earlier gain lost while
    taking it. Main (b1d981b2): unknown, and a remission from the earlier entry won."""
    assert outcome_of("Taking duloxetine daily, but the depression has come back over the winter.")[0] == "relapse"
    assert outcome_of("La toma a diario, pero la tristeza ha vuelto desde mayo.")[0] == "relapse"
    assert rows("03/02/2011  Started fluoxetine 20 mg.\n"
                "06/15/2011  Fluoxetine 20 mg: good response, sleeping and eating well.\n"
                "12/01/2011  Fluoxetine every day, yet symptoms have come back since October.\n") == [
        ("fluoxetine", "2011-03-02", None, "relapse")]


def test_mood_low_again_while_still_taking_it_is_a_relapse_and_no_start() -> None:
    """"Mood low again since <month> while still taking X": a relapse on X, and the month is when the mood fell, not
    when X began. Main (b1d981b2): unknown, and the month read as X's start."""
    assert outcome_of("Mood low again since August while still taking vortioxetine 10 mg.")[0] == "relapse"
    assert outcome_of("She is down again although she still takes it every morning.")[0] == "relapse"
    text = ("01/12/2026 - clinic visit\nPlan: start mirtazapine 15 mg at night.\n\n"
            "04/20/2026 - clinic visit\nOn mirtazapine since 01/12/2026; feels well, PHQ-9 5.\n\n"
            "11/03/2026 - clinic visit\nMood low again since September while still taking mirtazapine 15 mg.\n")
    assert rows(text) == [("mirtazapine", "2026-01-12", None, "relapse")]
    # (a guard: low again before a drug began is why it began, no outcome)
    assert outcome_of("Low again since the spring. Start sertraline 50 mg.")[0] == "unknown"


def test_a_gain_lost_by_a_date_dates_the_loss_not_the_trial() -> None:
    """A later entry: the drug taken every day, the illness back "since" a month, the gain "lost by" a date: the month
    and the date are when the loss was seen, neither the drug's start nor its stop (a later entry tells the stop).
    Main (b1d981b2): the month read as the start or the loss's date as the end."""
    assert rows("02-04-04  Low since the fall. Start paroxetine 20 mg daily.\n"
                "05-10-04  Paroxetine 20 mg: good response by 05/2004, back at work.\n"
                "10-21-04  Taking paroxetine daily, but the depression has come back since August - lost by 10/2004.\n"
                "08-03-05  Paroxetine stopped 08/2005; moved away.\n") == [
        ("paroxetine", "2004-02-04", "2005-08", "relapse")]
    assert rows("2004-02-04: escitalopram 10 mg started.\n2004-05-10: escitalopram 10 mg, good response.\n"
                "2004-10-21: on escitalopram every day, but symptoms have come back since August; gain lost by "
                "10/2004.\n2005-08-03: escitalopram stopped 08/2005.\n") == [
        ("escitalopram", "2004-02-04", "2005-08", "relapse")]
    assert rows("March 2010 - duloxetine 60 mg begun.\nJune 2010 - duloxetine helping a lot.\n"
                "December 2010 - taking duloxetine faithfully, but the depression has returned since October - benefit "
                "lost by 12/2010.\nMay 2011 - duloxetine stopped 05/2011.\n") == [
        ("duloxetine", "2010-03", "2011-05", "relapse")]


def test_never_did_much_is_no_response() -> None:
    """A drug that "never did much" on its own, in a table cell, or in Spanish ("nunca le hizo gran cosa"): no
    response, as "never did much" at a sentence's end was. Main (b1d981b2): unknown."""
    assert outcome_of('Escitalopram 10 mg, 2020 to 2021 - "it never did much on its own"')[0] == "no_response"
    assert outcome_of("| Vortioxetine 10 mg | 04/2022 - 01/2023 | never really did much |")[0] == "no_response"
    assert outcome_of("Fluoxetina 20 mg (2019-2020): nunca le hizo gran cosa.")[0] == "no_response"
    # (a guard: a harm it never did is no judgment of the mood)
    assert outcome_of("Sertraline 50 mg since 2021; it never did much harm.")[0] == "unknown"


def test_a_numbered_series_label_is_no_drug() -> None:
    """"T1 ... T2 ... T3": taper sessions or time points numbered in a row, not liothyronine (T3). Main (b1d981b2):
    an extra liothyronine row."""
    def named(text: str) -> list[str]:
        return [r.name for r in read(text).history]

    assert "liothyronine" not in named("Taper sessions: T1 04/02/2025  T2 04/16/2025  T3 04/30/2025 (last). "
                                       "Did well through June; from July the benefit wore off.")
    assert "liothyronine" not in named("Assessments (MADRS): T0 31 on 02/03/2025, T2 14 on 03/03/2025, T3 9 on "
                                       "03/17/2025 - partial response, then the benefit faded.")
    assert "liothyronine" not in named("Visitas T2 (05/2024) y T3 (06/2024): mejoría parcial; luego recayó.")
    # (a guard: T3 alone is the thyroid hormone added)
    assert "liothyronine" in named("T3 25 mcg added to sertraline 03/2024 - 09/2024: partial response.")


def test_well_again_in_spanish_is_a_remission() -> None:
    """A Spanish note that the patient "sigue bien" (stays well) on the drug, or is "como antes del parto" (as before
    the birth): a remission. Main (b1d981b2): unknown."""
    assert outcome_of("Con mirtazapina 30 mg continúa bien desde el verano.")[0] == "remission"
    assert outcome_of("Bupropión desde 2021: está como antes del episodio.")[0] == "remission"
    assert rows("05/02/2026: inicia sertralina 50 mg.\n"
                "14/06/2026: con sertralina 100 mg se siente 'como antes del parto'.\n"
                "30/09/2026: se mantiene bien con sertralina 100 mg.\n") == [
        ("sertraline", "2026-02-05", None, "remission")]
    # (guards: not well, or well in something else)
    assert outcome_of("Sertralina desde enero: no sigue bien, ánimo bajo.")[0] != "remission"
    assert outcome_of("Paroxetina desde 2022; sigue bien de la tensión.")[0] == "unknown"
