"""How fast and how big is packet assembly, next to a plain qpdf merge measured in the same run?

    .venv/bin/python benchmarks/assemble_bench.py [--exhibits 10] [--pages 100]

Makes N exhibits of M text pages each (synthetic), then times:
  qpdf      `qpdf --empty --pages ... --`: a plain merge, no stamps (the floor)
  pypdf     PdfWriter.append of every file: a plain merge in pure Python
  appeal-kit  fitting, stamping, index, covers, bookmarks and font embedding (LibreOffice not included)
and prints seconds, output size and peak memory (each in its own process), with ratios to qpdf, because
absolute figures on a shared 2-core machine are noisy.
Targets: 1,000 pages in well under the 3.4 s that per-page overlays took (packet-engineering-notes.md), within
3x pypdf's plain append, and a packet under 2x the size of qpdf's plain merge.
Measured 2026-11-26 on the 2-core CI machine: qpdf 0.07 s / 0.63 MB, pypdf 0.33 s, appeal-kit 0.75 s / 1.17 MB
(1.85x qpdf's size), 75 MB peak RSS.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_inputs(folder: Path, exhibits: int, pages: int) -> list[Path]:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    paths = []
    for e in range(exhibits):
        writer = PdfWriter()
        font = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica")}))
        for p in range(pages):
            page = writer.add_blank_page(612, 792)
            lines = "".join(f"BT /F1 10 Tf 72 {720 - 14 * i} Td (Exhibit {e} page {p} line {i}: synthetic "
                            f"clinical note text for the benchmark) Tj ET\n" for i in range(45))
            stream = DecodedStreamObject()
            stream.set_data(lines.encode())
            page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
            page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
                {NameObject("/F1"): font})})
        path = folder / f"exhibit-{e:02d}.pdf"
        writer.write(path)
        paths.append(path)
    return paths


RUNNERS = {
    "pypdf": """
from pypdf import PdfWriter
w = PdfWriter()
for p in inputs: w.append(p)
w.write(out)
""",
    "appeal-kit": """
from pypdf import PdfReader
from appeal_kit.packet.assemble import Section, compose, write_atomically
from appeal_kit.case.folder import Case
case = Case(folder=Path(out).parent, data={"patient": {"name": "Bench Mark", "member_id": "B-1"},
            "claim": {"number": "C-1"}, "insurer": {"name": "Plan"}}, bates_prefix="BENCH")
readers = [PdfReader(p) for p in inputs]
sections = [Section("Appeal letter", readers[0])] + [Section(f"Exhibit {i}", r, chr(65 + i))
                                                     for i, r in enumerate(readers[1:])]
writer, _ = compose(case, sections)
write_atomically(writer, Path(out))
""",
}


def run_python(code: str, inputs: list[Path], out: Path) -> tuple[float, int]:
    prog = ("import resource, sys, time, json\nfrom pathlib import Path\nsys.path.insert(0, %r)\n"
            "inputs = %r\nout = %r\nt = time.perf_counter()\n%s\n"
            "print(json.dumps([time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]))"
            % (str(ROOT), [str(p) for p in inputs], str(out), code))
    result = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=True)
    seconds, rss_kb = json.loads(result.stdout.strip().splitlines()[-1])
    return seconds, rss_kb


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exhibits", type=int, default=10)
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = make_inputs(tmp, args.exhibits, args.pages)
        total = args.exhibits * args.pages
        rows = []
        out = tmp / "qpdf.pdf"
        t = time.perf_counter()
        subprocess.run(["qpdf", "--empty", "--pages", *map(str, inputs), "--", str(out)], check=True)
        rows.append(("qpdf merge", time.perf_counter() - t, out.stat().st_size, None))
        for name, code in RUNNERS.items():
            out = tmp / f"{name}.pdf"
            seconds, rss = run_python(code, inputs, out)
            rows.append((name, seconds, out.stat().st_size, rss))
        base_t, base_s = rows[0][1], rows[0][2]
        print(f"{args.exhibits} exhibits x {args.pages} pages = {total} source pages")
        print(f"{'approach':<12} {'seconds':>8} {'x qpdf':>7} {'MB':>7} {'x qpdf':>7} {'peak RSS MB':>12}")
        for name, seconds, size, rss in rows:
            print(f"{name:<12} {seconds:8.2f} {seconds / base_t:7.1f} {size / 1e6:7.2f} {size / base_s:7.2f} "
                  f"{'' if rss is None else f'{rss / 1024:12.0f}'}")


if __name__ == "__main__":
    main()
