"""How fast and how big is packet assembly, next to plain merges measured in the same run?

    .venv/bin/python benchmarks/assemble_bench.py [--exhibits 10] [--pages 100]

Makes N exhibits of M text pages each (synthetic), then measures:
  qpdf        `qpdf --empty --pages ... --`: a plain merge, no stamps (the size floor)
  pypdf       PdfWriter.append of every file: a plain merge in pure Python
  appeal-kit  fitting, stamping, index, covers, bookmarks and font embedding (LibreOffice not included), then
              the qpdf repack into object streams that every packet gets (its CPU time kept apart)
Each Python approach runs in its own process; its seconds are the CPU time from after its imports to the
written file (single-threaded work, so CPU time is what a quiet machine would show as wall time, and other
jobs on a shared machine disturb it far less), the best of --repeat runs; its peak memory is the process's
maximum RSS. Compare ratios, not seconds. benchmarks/targets.py uses these measurements for the targets in
docs/speed.md.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_inputs(folder: Path, exhibits: int, pages: int) -> list[Path]:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    folder.mkdir(parents=True, exist_ok=True)
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


# (imports, work): only the work is timed.
RUNNERS = {
    "pypdf": ("from pypdf import PdfWriter", """
w = PdfWriter()
for p in inputs: w.append(p)
w.write(out)
"""),
    "appeal-kit": ("""
from pypdf import PdfReader
from appeal_kit.packet.assemble import Section, compose, index_page_count, write_atomically
from appeal_kit.case.folder import Case
from appeal_kit.numbering import exhibit_label, lay_out
from appeal_kit._exec import qpdf
import fontTools.subset
""", """
case = Case(folder=Path(out).parent, data={"patient": {"name": "Bench Mark", "member_id": "B-1"},
            "claim": {"number": "C-1"}, "insurer": {"name": "Plan"}}, bates_prefix="BENCH")
readers = [PdfReader(p) for p in inputs]
titles = [f"Exhibit {i}" for i in range(len(readers) - 1)]
numbering = lay_out("BENCH", len(readers[0].pages), index_page_count(case, titles),
                    [(t, len(r.pages)) for t, r in zip(titles, readers[1:])])
sections = [Section("Appeal letter", readers[0])] + [Section(t, r, exhibit_label(i))
                                                     for i, (t, r) in enumerate(zip(titles, readers[1:]))]
plain = Path(out).with_name("appeal-kit-plain.pdf")
write_atomically(compose(case, sections, numbering), plain)
qpdf.repack(plain, Path(out))
"""),
}


@dataclass
class Result:
    name: str
    seconds: float  # CPU seconds for the Python approaches, wall-clock for qpdf
    size: int  # bytes written
    peak_rss: int | None = None  # bytes; None for programs we do not measure inside
    child_seconds: float = 0.0  # CPU seconds of the programs it ran (appeal-kit: the qpdf repack)
    plain_size: int = 0  # appeal-kit: bytes as pypdf wrote them, before the repack


def run_python(name: str, inputs: list[Path], out: Path) -> Result:
    imports, work = RUNNERS[name]
    prog = (f"import resource, sys, time, json\nfrom pathlib import Path\nsys.path.insert(0, {str(ROOT)!r})\n"
            f"inputs = {[str(p) for p in inputs]!r}\nout = {str(out)!r}\n{imports}\nt = time.process_time()\n"
            f"{work}\nchild = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(json.dumps([time.process_time() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
            "child.ru_utime + child.ru_stime]))")
    result = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=True)
    seconds, rss_kb, child = json.loads(result.stdout.strip().splitlines()[-1])
    plain = out.with_name(f"{name}-plain.pdf")
    plain_size = plain.stat().st_size if plain.exists() else 0
    return Result(name, seconds, out.stat().st_size, rss_kb * 1024, child, plain_size)


def run_qpdf(inputs: list[Path], out: Path) -> Result:
    t = time.perf_counter()
    subprocess.run(["qpdf", "--empty", "--pages", *map(str, inputs), "--", str(out)], check=True)
    return Result("qpdf merge", time.perf_counter() - t, out.stat().st_size)


def measure(inputs: list[Path], workdir: Path, repeat: int = 3) -> dict[str, Result]:
    """qpdf, pypdf and appeal-kit on the same inputs, each written into workdir; the fastest of `repeat` runs
    (interleaved, so a busy moment on the machine hits all approaches alike)."""
    runs: dict[str, list[Result]] = {"qpdf": [], **{name: [] for name in RUNNERS}}
    for _ in range(repeat):
        runs["qpdf"].append(run_qpdf(inputs, workdir / "qpdf.pdf"))
        for name in RUNNERS:
            runs[name].append(run_python(name, inputs, workdir / f"{name}.pdf"))
    return {name: min(results, key=lambda r: r.seconds) for name, results in runs.items()}


def main() -> None:
    import tempfile

    ap = argparse.ArgumentParser()
    ap.add_argument("--exhibits", type=int, default=10)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = measure(make_inputs(Path(tmp), args.exhibits, args.pages), Path(tmp), args.repeat)
    base = results["qpdf"]
    print(f"{args.exhibits} exhibits x {args.pages} pages = {args.exhibits * args.pages} source pages")
    print(f"{'approach':<12} {'seconds':>8} {'MB':>7} {'x qpdf':>7} {'peak RSS MB':>12}")
    for r in results.values():
        rss = "" if r.peak_rss is None else f"{r.peak_rss / 2**20:12.0f}"
        print(f"{r.name:<12} {r.seconds:8.2f} {r.size / 1e6:7.2f} {r.size / base.size:7.2f} {rss}")


if __name__ == "__main__":
    main()
