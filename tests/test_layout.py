"""OCR pages read as structure: tesseract's word boxes go through the same layout code as a PDF's text layer
(appeal_kit/intake/layout.py), so rows, cells and labels beside their values come out as `pdftotext -layout` prints
them. The boxes here are made up for each kind, in pixels of a page image, as tesseract's word table gives them."""
from __future__ import annotations

import re
from datetime import date

from appeal_kit._exec.boxes import Word
from appeal_kit.intake import facts as intake_facts, layout

TODAY = date(2026, 12, 1)
H = 30  # a word's height in pixels, as a 12-point letter at 200 dpi
CHAR = 16  # a character's width


def words_at(x: float, y: float, text: str, line: tuple[int, ...], *, slope: float = 0.0, confidence: float = 95.0,
             height: float = H) -> list[Word]:
    """The words of `text` set from (x, y), one space's width apart, dropping `slope` pixels a pixel across."""
    out = []
    for word in text.split(" "):
        drop = slope * x
        out.append(Word(y + drop, y + drop + height, x, x + CHAR * len(word), word, confidence, line))
        x += CHAR * (len(word) + 1)
    return out


def test_a_column_of_labels_read_as_its_own_block_stands_beside_its_values_on_a_slanted_photo():
    """tesseract reads a photo's column of labels as one block and the values beside them as another; on a page
    still slanted a little after levelling (a keystone), each label's row is the value's row again."""
    labels = ["Date of notice:", "Member:", "Member ID:", "Birth date:", "Claim #:"]
    values = ["November 16, 2026", "Dana Q. Fictional", "ZZT-FICT-4410", "November 14, 1986", "4410-2226-981"]
    slope = 0.012  # the rows drop 12 pixels over a thousand across
    page: list[Word] = []
    for k, (label, value) in enumerate(zip(labels, values)):
        y = 300 + 42 * k
        page += words_at(100, y, label, (1, 1, 1, k), slope=slope)  # block 1: the labels
        page += words_at(600, y, value, (1, 2, 1, k), slope=slope)  # block 2: the values
    page += words_at(100, 560, "We denied payment for the service you received on October 26, 2026. You may "
                     "appeal within 60 days from the date on this notice.", (1, 3, 1, 0), slope=slope)
    text = layout.render(page)
    lines = text.splitlines()
    for label, value in zip(labels, values):
        assert any(line.startswith(label) and line.endswith(value) and "  " in line for line in lines), text
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["notice_date"], f["member_id"], f["claim_number"]) == ("2026-11-16", "ZZT-FICT-4410", "4410-2226-981")


def test_table_cells_stand_under_their_headings_and_a_numbers_groups_stay_one_cell():
    """A table's columns come out lined up under their headings, each cell at its box's place across the page
    and two spaces at least from the one before; a word space, also a monospaced one between the groups of a
    number, stays one space."""
    heads = [(100, "Claim"), (420, "Date"), (640, "Code"), (800, "Plan paid")]
    rows = [("2610 7731 0045", "10/01/2026", "99213", "$78.20"), ("2610 7734 0012", "10/08/2026", "90867", "$0.00")]
    page: list[Word] = []
    for x, head in heads:
        page += words_at(x, 200, head, (1, 1 + x, 1, 0))
    for k, row in enumerate(rows):
        for (x, _), cell in zip(heads, row):
            page += words_at(x, 250 + 40 * k, cell, (1, 1 + x, 1, 1 + k))  # each column read as a block
    lines = layout.render(page).splitlines()
    header, first, second = lines
    for (x, head), cell in zip(heads, rows[1]):
        assert second.index(cell) == header.index(head)
    assert first.startswith("2610 7731 0045  ") and "Plan paid" in header


def test_a_speck_is_left_out_and_a_slash_or_a_ranges_hyphen_stays():
    page = words_at(100, 100, "Patient", (1, 1, 1, 0)) + words_at(228, 100, "/", (1, 1, 1, 0), confidence=30.0) + \
        words_at(260, 100, "ID", (1, 1, 1, 0))
    page += [Word(150, 158, 500, 506, ".", 40.0, (1, 2, 1, 0)), Word(140, 152, 520, 526, "°", 88.0, (1, 2, 1, 0))]
    page += words_at(100, 200, "10/01/2026 - 10/05/2026", (1, 3, 1, 0))
    page += words_at(100, 260, "-EOB-26-7719-3", (1, 4, 1, 0), confidence=21.0)
    page += words_at(100, 320, "F33. 2", (1, 5, 1, 0), confidence=40.0)
    text = layout.render(page)
    assert text.splitlines()[0] == "Patient / ID"
    assert "°" not in text and "10/01/2026 - 10/05/2026" in text
    assert "\nEOB-26-7719-3" in text  # a speck run into a word the reader was unsure of
    assert "\nF33. 2" in text  # a full stop is no speck


def test_a_page_read_down_its_side_is_no_rows():
    """tesseract reads a page turned on its side word by word down its lines: such boxes are taller than wide, and
    the page keeps tesseract's own text (layout.across is False)."""
    sideways = [Word(100 + 120 * k, 100 + 120 * k + 100, 300, 330, word, 90.0, (1, 1, 1, 0))
                for k, word in enumerate("Member ID: ZZT-FICT-4410".split())]
    assert not layout.across(sideways)
    assert layout.across(words_at(100, 100, "Member ID: ZZT-FICT-4410", (1, 1, 1, 0)))


def test_pdf_words_without_a_readers_line_make_rows_too():
    """A text layer's words (pdftotext's boxes) have no line of the reader's: they are put in rows one by one."""
    page = [Word(10, 20, 50, 90, "Claim"), Word(10.5, 20.5, 200, 240, "Code"), Word(30, 40, 50, 110, "AB-123456"),
            Word(30, 40, 200, 230, "99213")]
    assert [[w.text for w in row] for row in layout.rows(page)] == [["Claim", "Code"], ["AB-123456", "99213"]]


def test_a_photos_wide_word_spaces_are_no_cells():
    """A low-resolution photo's word spaces can be as wide as its letters are tall: a gap is a cell's only when it
    is also twice the page's usual word space, so 'P.O. Box 66120' stays one cell and a table's cells stay apart."""
    spaced = 22  # a space as wide as the letters are tall, for every word of the page
    page: list[Word] = []
    for k, text in enumerate(["Sample Plan Appeals", "P.O. Box 66120", "Ciudad Roble, FL 33999",
                              "Send your appeal to the address above within 60 days."]):
        x = 100
        for word in text.split(" "):
            page.append(Word(100 + 40 * k, 100 + 40 * k + 20, x, x + 14 * len(word), word, 95.0, (1, 1, 1, k)))
            x += 14 * len(word) + spaced
    page += words_at(100, 300, "Claim", (1, 2, 1, 0)) + words_at(400, 300, "Paid", (1, 3, 1, 0))
    lines = layout.render(page).splitlines()
    assert lines[1:3] == ["P.O. Box 66120", "Ciudad Roble, FL 33999"]
    assert "  " not in lines[3] and lines[-1].startswith("Claim  ")


def test_a_paragraphs_lines_start_at_one_column_though_a_scan_moved_them_a_little():
    """A scan's slant moves the left edge of a paragraph's lines by a few pixels, which can round to the next
    column: the lines of one block start at the column most of them share, and the text's own left edge is its
    first column, whatever stray mark stands further left (a fax header's first word)."""
    page = words_at(10, 40, "NOV-13-2026 15:40", (1, 1, 1, 0))
    for k, text in enumerate(["Send your appeal in writing to: Sample Benefit", "Administrators, Appeals Unit, PO "
                              "Box 5512, Sample City, TX", "78998. Do not send it to the fax number above.",
                              "Call us with any question."]):
        page += words_at(130 + (9 if k % 2 else 0), 100 + 40 * k, text, (1, 2, 1, k))  # half a character apart
    lines = layout.render(page).splitlines()
    assert lines[0].startswith("NOV-13-2026") and all(not line.startswith(" ") for line in lines[1:]), lines


def test_columns_of_prose_each_with_its_own_spacing_are_read_column_by_column():
    """A folded mailer's panels stand side by side, each a block of the reader's with its own line spacing: their
    lines are not level with each other, so the page is read block by block (layout.columns_of_prose). A column of
    labels beside its values, level row by row, is rows."""
    panels: list[Word] = []
    for k in range(8):
        panels += words_at(100, 100 + 50 * k, "the left panel's line of prose", (1, 1, 1, k))
        panels += words_at(900, 120 + 63 * k, "the right panel's line of prose", (1, 2, 1, k))
    assert layout.columns_of_prose(panels)
    form: list[Word] = []
    for k in range(8):
        form += words_at(100, 100 + 50 * k, f"Label {k}:", (1, 1, 1, k)) + \
            words_at(600, 102 + 50 * k, f"value {k}", (1, 2, 1, k))
    assert not layout.columns_of_prose(form)


def test_a_border_read_into_a_cell_is_dropped_from_the_cells_start():
    """A table's border that OCR ran into the cell beside it reads as a bracket or bar at the cell's start
    ("[SFV-R-26-30917", "|F33.3", "(01/10/2026"): no word opens with a bracket it never closes."""
    page = words_at(100, 300, "Claim number", (1, 1, 1, 0)) + words_at(600, 300, "[SFV-R-26-30917", (1, 1, 1, 0))
    page += words_at(100, 342, "Diagnosis", (1, 1, 1, 1)) + words_at(600, 342, "|F33.3", (1, 1, 1, 1))
    page += words_at(100, 384, "Date", (1, 1, 1, 2)) + words_at(600, 384, "(01/10/2026", (1, 1, 1, 2))
    page += words_at(100, 426, "Note", (1, 1, 1, 3)) + words_at(600, 426, "(see below)", (1, 1, 1, 3))
    text = layout.render(page)
    assert "SFV-R-26-30917" in text and "[SFV" not in text
    assert " F33.3" in text and "|F33" not in text
    assert " 01/10/2026" in text and "(01/10" not in text
    assert "(see below)" in text  # a bracket closed in its cell stays
    # a bar before a state's code and ZIP is OCR's I (textract.state_letters reads "|A52099" back as IA 52099)
    city = words_at(100, 300, "Cedar Mills,", (1, 1, 1, 0)) + words_at(316, 300, "|A52099", (1, 1, 1, 0))
    assert "|A52099" in layout.render(city)


def test_two_pages_side_by_side_on_one_sheet_are_read_a_page_after_the_other():
    """A 2-up copy: two pages printed side by side on one landscape sheet, their rows level with each other. Read
    row by row across the sheet, page 1's claim block and page 2's address block would run into one another."""
    left = ["Example Fellowship Health Plan (FICTIONAL)", "Explanation of Benefits",
            "Statement date      10/28/2026", "Subscriber          Rev. Jonah E. Example",
            "Claim CF 26 0915 3301 - Patient: Abigail R. Example - Status: PAID",
            "09/10/2026     90834     $140.00     $96.00", "Diagnosis: F32.1",
            "Claim CF 26 0915 3382 - Patient: Miriam L. Example - Status: DENIED",
            "09/17/2026     90837     $185.00     $0.00", "Diagnosis: F41.1", "Page 1"]
    right = ["Example Fellowship Health Plan (FICTIONAL)", "Your appeal rights",
             "You have 180 days after you receive this statement to appeal.", "Send your written appeal to:",
             "Example Fellowship Health Plan", "Appeals Review", "PO Box 1844", "Wichita, KS 67201",
             "We will decide your appeal within 60 days.", "Page 2"]
    page: list[Word] = []
    for k, line in enumerate(left):
        page += words_at(100, 200 + 45 * k, line, (1, 1, 1, k))
    for k, line in enumerate(right):
        page += words_at(1700, 200 + 45 * k, line, (1, 2, 1, k))
    halves = layout.pages_side_by_side(page)
    assert len(halves) == 2 and all(w.left < 1600 for w in halves[0]) and all(w.left >= 1700 for w in halves[1])
    text = "\n\f".join(layout.render(h) for h in halves)
    assert "Send your written appeal to:\nExample Fellowship Health Plan\nAppeals Review" in text
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["patient_name"] == "Miriam L. Example" and f["diagnosis_codes"] == ["F41.1"]
    assert f["appeals_address"] == "Example Fellowship Health Plan, Appeals Review, PO Box 1844, Wichita, KS 67201"
    # one page whose letterhead runs across the middle stays one page, however its rows are set
    across = words_at(100, 100, "Example Fellowship Health Plan (FICTIONAL) - PO Box 1844, Wichita, KS 67201 - "
                      "Member line 1-888-555-0108 - Explanation of Benefits and appeal rights", (1, 0, 1, 0))
    assert len(layout.pages_side_by_side(across + page)) == 1


def test_a_text_layers_row_printed_off_its_column_goes_back_under_its_heading():
    """pdftotext -layout can print a table's row a few columns left of the row above, though the boxes put both
    at one place under the heading (a browser's print of a portal page): the row's first cell goes back."""
    def pdf_words(x: float, y: float, text: str) -> list[Word]:
        return [w._replace(line=None) for w in words_at(x, y, text, (0,), height=8)]

    page = ("Example Health Cooperative (FICTIONAL)\n"
            "                    Service date    Service code       Billed        Plan paid\n"
            "                    10/27/2026      90837              $160.00       $0.00\n"
            "                11/03/2026          90837              $160.00       $0.00\n")
    boxes = [*pdf_words(10, 10, "Example Health Cooperative (FICTIONAL)")]
    for y, cells in ((30, ("Service date", "Service code", "Billed", "Plan paid")),
                     (43, ("10/27/2026", "90837", "$160.00", "$0.00")), (56, ("11/03/2026", "90837", "$160.00", "$0.00"))):
        for x, cell in zip((465, 795, 1300, 1700), cells):
            boxes += pdf_words(x, y, cell)
    fixed = layout.in_place(page, boxes)
    assert fixed.split("\n")[3] == "                    11/03/2026      90837              $160.00       $0.00"
    assert layout.in_place(fixed, boxes) == fixed
    text = "Date: November 17, 2026\nWe denied this claim: another plan pays first (CO-22).\n" + fixed
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == ["2026-10-27", "2026-11-03"]


def test_a_page_read_turned_is_put_upright_and_read_in_rows():
    """A table sent sideways (a fax's landscape page on a portrait sheet) or upside down, read by tesseract's
    orientation detection: its boxes stand as the page lay, and turned back they make the table's rows."""
    rows = ["Claim  Service date  Code  Plan paid  Status", "CL-1  10/06/2026  90868  $0.00  Denied",
            "CL-2  10/02/2026  99214  $112.00  Paid"]
    upright = [w for k, text in enumerate(rows) for w in words_at(100, 100 + 60 * k, text, (1, 1, 1, k))]
    width, height = 1200, 400  # the upright page's size
    # on its side, its top to the right: a line runs down the sheet, the next line left of it
    down = [w._replace(left=height - w.bottom, right=height - w.top, top=w.left, bottom=w.right) for w in upright]
    # on its side the other way, and upside down
    up = [w._replace(left=w.top, right=w.bottom, top=width - w.right, bottom=width - w.left) for w in upright]
    flipped = [w._replace(left=width - w.right, right=width - w.left, top=height - w.bottom, bottom=height - w.top)
               for w in upright]
    for turned in (down, up, flipped):
        text = layout.render(layout.upright(turned))
        assert [line.split()[:2] for line in text.splitlines()] == \
            [["Claim", "Service"], ["CL-1", "10/06/2026"], ["CL-2", "10/02/2026"]], text
    assert layout.upright(upright) == upright
    assert layout.upright(upright[:4]) is None  # too few words to tell


def test_a_boxs_corner_read_as_a_letter_at_a_rows_end_is_left_out():
    """A boxed header's border: its corners read as "I" before the first label and "1" after the last (thin strokes,
    read unsurely, standing above the row's line); a quantity's "1" on the line stays."""
    row = words_at(200, 400, "Beneficiary", (1, 1, 1, 1)) + words_at(700, 400, "Date of notice", (1, 1, 1, 1))
    corner_left = Word(394, 410, 180, 184, "I", 36.0, (1, 1, 1, 1))
    corner_right = Word(394, 410, 1100, 1104, "1", 62.0, (1, 1, 1, 1))
    text = layout.render([corner_left, *row, corner_right])
    assert text.split() == ["Beneficiary", "Date", "of", "notice"]
    units = words_at(200, 400, "TMS first treatment", (1, 1, 1, 1)) + [Word(400, 430, 900, 908, "1", 60.0, (1, 1, 1, 1))]
    assert layout.render(units).split()[-1] == "1"


def test_letters_all_but_guessed_in_a_box_no_word_has_are_left_out():
    """A table's rule and shading beside a cell read as "et" (confidence 0, twice a word's height) or a sliver read as
    "Se": no words; a word read as surely in a word's box stays, and so does a short word read unsurely."""
    row = words_at(200, 400, "Member", (1, 1, 1, 1)) + words_at(700, 400, "Esther Y. Mwangi", (1, 1, 1, 1))
    rule = Word(390, 450, 650, 690, "et", 0.0, (1, 1, 1, 1))
    sliver = Word(440, 442, 1000, 1100, "Se", 17.0, (1, 1, 1, 1))
    assert layout.render([*row[:1], rule, *row[1:], sliver]).split() == ["Member", "Esther", "Y.", "Mwangi"]
    unsure = Word(400, 430, 1100, 1130, "et", 20.0, (1, 1, 1, 1))
    assert layout.render([*row, unsure]).split()[-1] == "et"


def test_a_typewriters_wide_word_spaces_on_a_printed_form_are_no_cells():
    """A form printed in a proportional face (word spaces of 10 pixels) filled in on a typewriter, whose spaces are
    a whole character and more after a full stop: "Wendell P. Haugaard" is one cell, the member ID another."""
    def row(y: float, parts: list[tuple[str, float]]) -> list[Word]:
        out, x = [], 100.0
        for text, gap in parts:
            out.append(Word(y, y + H, x, x + CHAR * len(text), text, 95.0, (1, 1, int(y), 1)))
            x += CHAR * len(text) + gap
        return out
    printed = [w for y in (100, 160, 220) for w in row(y, [("Notice", 10), ("of", 10), ("claim", 10),
                                                          ("determination", 10), ("for", 10), ("this", 0)])]
    typed = row(300, [("Wendell", 20), ("P.", 25), ("Haugaard", 200), ("SVC-004417-00", 0)])
    line = layout.render(printed + typed).splitlines()[-1]
    assert re.split(r"\s{2,}", line.strip()) == ["Wendell P. Haugaard", "SVC-004417-00"]
