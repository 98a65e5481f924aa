"""Every speed target in docs/speed.md, each as a ratio to a reference measured in the same run.

    .venv/bin/python benchmarks/targets.py [--runs 5] [--pages 1000] [--big 5000]

Sample case (evidence_samples/ketamine-trd, copied to a temporary folder), wall-clock, the fastest of --runs
interleaved runs (other jobs on a shared machine only ever add time):
  help      `appeal-kit --help`: the floor for any command (Python start-up and the CLI)
  check     `appeal-kit check` (the ICD-10-CM index already built; its one-time build is timed separately)
  build     `appeal-kit build`, the letter freshly rendered from its template
  soffice   LibreOffice alone converting the .docx files that build converts (the rendered letter and the
            .docx exhibits), with a fresh profile, as a build runs it
Assembly (synthetic exhibits of text pages, benchmarks/assemble_bench.py: CPU seconds, fastest of --repeat):
  marginal time = seconds for N pages minus seconds for the same exhibits of one page each, so start-up,
  font loading and subsetting (fixed costs) drop out; appeal-kit against pypdf's plain PdfWriter.append.
  size against qpdf's plain merge; peak memory of the appeal-kit process; linearity = marginal seconds per page
  at --big pages over that at --pages pages (1.00 is perfectly linear).
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assemble_bench import ROOT, Result, make_inputs, measure

sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "evidence_samples" / "ketamine-trd"
# An installed appeal-kit has its bytecode compiled, so this run lets Python write it (the first run does).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPATH": str(ROOT)}


def timed_cli(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "appeal_kit", *args], env=ENV, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def documents_build_converts(tmp: Path) -> list[Path]:
    """The letter as `build` renders it, the case's .docx exhibits and its record exhibits."""
    from appeal_kit.case.folder import load_case
    from appeal_kit.letter import records
    from appeal_kit.packet.convert import kind_of

    drafted = tmp / "drafted"
    shutil.copytree(SAMPLE, drafted)
    timed_cli("draft", str(drafted))
    case = load_case(drafted)
    docs = [case.letter_path, *(e.path for e in case.exhibits if kind_of(e.path) == "office")]
    return docs + [path for path, _ in records.generated_exhibits(case, tmp / "records")]


def timed_soffice(docs: list[Path], outdir: Path) -> float:
    from appeal_kit._exec.soffice import convert_to_pdf

    shutil.rmtree(outdir, ignore_errors=True)
    t = time.perf_counter()
    convert_to_pdf(docs, outdir)  # a fresh profile folder each call
    return time.perf_counter() - t


def sample_case(tmp: Path, runs: int) -> dict[str, float]:
    case = tmp / "case"
    shutil.copytree(SAMPLE, case)
    (case / "letter.docx").unlink(missing_ok=True)
    docs = documents_build_converts(tmp)
    index_build = timed_cli_index_build(tmp)
    timed_cli("check", str(case))  # warm the file cache and make sure the ICD index exists
    times: dict[str, list[float]] = {"help": [], "check": [], "build": [], "soffice": []}
    for _ in range(runs):
        times["help"].append(timed_cli("--help"))
        times["check"].append(timed_cli("check", str(case)))
        times["build"].append(timed_cli("build", str(case), "-o", str(tmp / "packet.pdf")))
        times["soffice"].append(timed_soffice(docs, tmp / "soffice-out"))
    best = {k: min(v) for k, v in times.items()}
    best["index build (once)"] = index_build
    print(f"sample case: {len(docs)} document(s) for LibreOffice: {', '.join(d.name for d in docs)}")
    return best


def timed_cli_index_build(tmp: Path) -> float:
    """The one-time ICD-10-CM index build (first `check` after installing or upgrading), in a fresh process."""
    code = ("from pathlib import Path; from appeal_kit.intake import codes; "
            f"codes.icd_index(Path({str(tmp / 'icd-index.sqlite3')!r}))")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=ENV, check=True)
    return time.perf_counter() - t


def assembly(tmp: Path, pages: int, big: int, repeat: int, exhibits: int = 10) -> dict[str, dict[str, Result]]:
    out = {}
    for label, per in (("base", 1), ("n", pages // exhibits), ("big", big // exhibits)):
        folder = tmp / f"assembly-{label}"
        out[label] = measure(make_inputs(folder, exhibits, per), folder, repeat)
    repacked_size, repack_seconds = repacked_by_qpdf(tmp / "assembly-n" / "appeal-kit.pdf")
    out["n"]["repacked"] = Result("qpdf --object-streams", repack_seconds, repacked_size)
    return out


def repacked_by_qpdf(packet: Path) -> tuple[int, float]:
    """The alternative to pypdf's writer for size: qpdf packing objects into compressed object streams
    (PDF 1.5), which pypdf cannot write. Returns bytes and wall-clock seconds."""
    out = packet.with_name("repacked.pdf")
    t = time.perf_counter()
    subprocess.run(["qpdf", "--object-streams=generate", str(packet), str(out)], check=True)
    return out.stat().st_size, time.perf_counter() - t


def ratio_row(what: str, value: str, reference: str, ratio: float | None, target: str) -> None:
    shown = "" if ratio is None else f"{ratio:.2f}x"
    print(f"{what:<46} {value:>10} {reference:>10} {shown:>7}   {target}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--big", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each assembly measurement")
    args = ap.parse_args()
    print(f"{time.strftime('%Y-%m-%d')} on {platform.node()}: {os.cpu_count()} CPU(s), {platform.machine()}, "
          f"Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="appeal-kit-targets-") as tmp_name:
        tmp = Path(tmp_name)
        s = sample_case(tmp, args.runs)
        a = assembly(tmp, args.pages, args.big, args.repeat)
    base, n, big = a["base"], a["n"], a["big"]

    def marginal(results: dict[str, Result], name: str) -> float:
        return results[name].seconds - base[name].seconds

    ak, pp = marginal(n, "appeal-kit"), marginal(n, "pypdf")
    per_page_n = ak / (args.pages - 10)
    per_page_big = marginal(big, "appeal-kit") / (args.big - 10)
    print()
    ratio_row("target", "measured", "reference", None, "goal")
    ratio_row("build of the sample case / LibreOffice alone", f"{s['build']:.2f} s", f"{s['soffice']:.2f} s",
              s["build"] / s["soffice"], "<= 1.6x")
    ratio_row("check of the sample case / --help", f"{s['check']:.2f} s", f"{s['help']:.2f} s",
              s["check"] / s["help"], "<= 6x")
    ratio_row(f"{args.pages} pages: marginal time / pypdf append", f"{ak:.2f} s", f"{pp:.2f} s", ak / pp,
              "<= 1.5x")
    ratio_row(f"{args.pages} pages: size / qpdf merge", f"{n['appeal-kit'].size / 1e6:.2f} MB",
              f"{n['qpdf'].size / 1e6:.2f} MB", n["appeal-kit"].size / n["qpdf"].size, "<= 1.5x")
    repacked = n["repacked"]
    ratio_row("  alternative: repacked by qpdf object streams", f"{repacked.size / 1e6:.2f} MB",
              f"{n['qpdf'].size / 1e6:.2f} MB", repacked.size / n["qpdf"].size, f"(+{repacked.seconds:.2f} s)")
    ratio_row(f"{args.big} pages: time per page / at {args.pages}", f"{per_page_big * 1e3:.3f} ms",
              f"{per_page_n * 1e3:.3f} ms", per_page_big / per_page_n, "linear (about 1.0x)")
    ratio_row(f"{args.pages} pages: peak memory", f"{n['appeal-kit'].peak_rss / 2**20:.0f} MB", "", None,
              "<= 150 MB")
    print()
    print(f"also: LibreOffice's share of build {s['soffice'] / s['build']:.0%}; one-time ICD-10-CM index build "
          f"{s['index build (once)']:.2f} s; {args.big} pages: {big['appeal-kit'].seconds:.2f} s, "
          f"{big['appeal-kit'].size / 1e6:.2f} MB ({big['appeal-kit'].size / big['qpdf'].size:.2f}x qpdf), "
          f"peak memory {big['appeal-kit'].peak_rss / 2**20:.0f} MB; pypdf append {big['pypdf'].seconds:.2f} s CPU")


if __name__ == "__main__":
    main()
