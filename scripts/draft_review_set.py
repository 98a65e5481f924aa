"""Draft every case of a letters review set (tests/resources/letter-review/setN) for its blind review.

Usage:  python scripts/draft_review_set.py SETDIR OUTDIR [CASE-PREFIX ...]
Each case folder is copied to a temporary folder (inputs are never modified), `appeal-kit draft` and `check` run on
the copy with this checkout's code, and OUTDIR/<case>.txt gets their messages, the letter's paragraphs and tables in
order (a merged cell once) and letter-claims.txt: what a reviewer reads (tests/resources/README.md, letter-review).
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from appeal_kit.case.folder import LETTER_FILE, REQUEST_LETTER_FILE


def letter_text(path: Path) -> str:
    document = docx.Document(str(path))
    lines = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells, seen = [], []
                for cell in row.cells:  # a merged cell repeats: print it once (by identity, not by text)
                    if any(cell._tc is tc for tc in seen):
                        continue
                    seen.append(cell._tc)
                    cells.append(cell.text.replace("\n", " / "))
                lines.append(" | ".join(cells))
    return "\n".join(lines)


ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str]) -> tuple[int, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANG="C.UTF-8", LANGUAGE="en")
    # -P: the folder it runs in is never put first on the path, so an `appeal_kit/` another session left in /tmp is
    # never the code that drafts (it was once: a round measured with old code)
    done = subprocess.run([sys.executable, "-P", "-m", "appeal_kit", *args], cwd="/tmp", env=env,
                          capture_output=True, text=True)
    return done.returncode, (done.stdout + done.stderr).rstrip()


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    setdir, outdir = (Path(a).resolve() for a in sys.argv[1:3])
    only = sys.argv[3:]
    outdir.mkdir(parents=True, exist_ok=True)
    cases = sorted(p for p in setdir.iterdir() if p.is_dir() and (p / "case.yaml").exists())
    for case in cases:
        if only and not any(case.name.startswith(o) for o in only):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / case.name
            shutil.copytree(case, work)
            # a request before care is drafted as request-letter.docx (case.folder.REQUEST_LETTER_FILE): either letter
            # is what the reviewer reads (letters set 84, case 08's draft file had no letter in it)
            letters = (LETTER_FILE, REQUEST_LETTER_FILE)
            for leftover in (*letters, "letter-claims.txt"):
                (work / leftover).unlink(missing_ok=True)
            parts = [f"# {case.name}"]
            rc, out = run(["draft", str(work)])
            parts += [f"## draft exit {rc}", out, ""]
            rc, out = run(["check", str(work)])
            parts += [f"## check exit {rc}", out, ""]
            for name in letters:
                if (work / name).exists():
                    parts += [f"## letter {name}", letter_text(work / name), ""]
            claims = work / "letter-claims.txt"
            if claims.exists():
                parts += ["## letter-claims.txt", claims.read_text(encoding="utf-8")]
            (outdir / f"{case.name}.txt").write_text("\n".join(parts) + "\n", encoding="utf-8")
            print(case.name, "done")


if __name__ == "__main__":
    main()
