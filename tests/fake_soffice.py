"""A stand-in for `soffice --convert-to pdf` in tests where LibreOffice is not the point: one US Letter page per
document, holding nothing. Installed on PATH as `soffice` by the `fake_soffice` fixture (test_clinic_week.py)."""
import sys
from pathlib import Path

from pypdf import PdfWriter

args = sys.argv[1:]
outdir = Path(args[args.index("--outdir") + 1])
for source in [a for a in args if a.lower().endswith((".docx", ".doc", ".odt", ".rtf", ".txt"))]:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    with open(outdir / f"{Path(source).stem}.pdf", "wb") as fh:
        writer.write(fh)
