"""Every speed and size target in docs/speed.md, each as a ratio to a reference measured in the same run.

    .venv/bin/python benchmarks/targets.py [--runs 3] [--pages 1000] [--big 5000] [--cases 50]

Prints the date, the machine, the load average before and after (the machine may be shared: compare the ratios,
which are measured in the same run, not the seconds), then one row a target:
  build     `appeal-kit build --no-cache` of the sample case (evidence_samples/ketamine-trd, copied; the letter
            freshly rendered from its template; the packet of the run before in place, as on any rebuild)
            against LibreOffice alone converting the same documents (the rendered letter, the .docx exhibits
            and the record exhibits) with a fresh profile in one `soffice --convert-to` run
  check     `appeal-kit check` of the sample case against `appeal-kit --help` (Python start-up and the CLI)
  assembly  1,000 stamped pages (synthetic exhibits of text pages, benchmarks/assemble_bench.py, CPU seconds):
            marginal time = seconds for N pages minus seconds for the same exhibits of one page each, so start-up
            and font embedding drop out; appeal-kit against pypdf's plain PdfWriter.append. Shown without and
            with the qpdf repack every packet gets (qpdf's CPU time added)
  size      the packet of those pages as a build writes it (repacked by qpdf) against qpdf's plain merge
  batch     `appeal-kit batch` of --cases one-exhibit cases against `appeal-kit build` of one such case
            (benchmarks/batch_bench.py, both --no-cache)
  intake    `appeal-kit intake` of a phone photo saved as PNG (tests/resources/notices/09_photo_prior_auth.jpg,
            turned upright) against `tesseract PHOTO.png stdout` alone on the same file
Wall-clock times are the fastest of --runs interleaved runs (other jobs on a shared machine only ever add time).
The build and batch rows also give CPU seconds of the whole process tree (appeal-kit, the LibreOffice it drives, its
UNO driver and qpdf: `perf stat -e task-clock`, which counts every descendant, killed or not; without perf, the
children's rusage, which misses a LibreOffice killed before its launcher reaped it), the median of the runs: on a
loaded machine the wall-clock ratio mostly says how busy the machine was, the CPU ratio what each side did.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assemble_bench import ROOT, Result, make_inputs, measure

sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "evidence_samples" / "ketamine-trd"
PHOTO = ROOT / "tests" / "resources" / "notices" / "09_photo_prior_auth.jpg"
# An installed appeal-kit has its bytecode compiled, so this run lets Python write it (the first run does).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPATH": str(ROOT)}


CPU: dict[str, list[float]] = {}  # CPU seconds of the process tree of each run, by what was run (cpu_timed)


def timed(*command: str, env: dict | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(command, env=env or ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def cpu_timed(what: str, *command: str, env: dict | None = None) -> float:
    """timed(command), noting the CPU seconds of its whole process tree in CPU[what]."""
    import resource

    perf = shutil.which("perf")
    if perf:
        with tempfile.NamedTemporaryFile(suffix=".perf") as out:
            try:
                seconds = timed(perf, "stat", "-x,", "-e", "task-clock", "-o", out.name, *command, env=env)
                lines = Path(out.name).read_text(encoding="utf-8").splitlines()
                CPU.setdefault(what, []).append(next(float(line.split(",")[0]) / 1000 for line in lines
                                                     if "task-clock" in line))
                return seconds
            except (subprocess.CalledProcessError, StopIteration, ValueError):
                pass  # perf may not count here (perf_event_paranoid): the children's rusage instead
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = timed(*command, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(what, []).append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return seconds


def timed_cli(*args: str) -> float:
    return timed(sys.executable, "-m", "appeal_kit", *args)


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
    """One `soffice --convert-to` run of `docs` with a fresh profile folder, as soffice.convert_to_pdf starts it."""
    from appeal_kit._exec.soffice import import_filter, private_env, private_profile

    shutil.rmtree(outdir, ignore_errors=True)
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=outdir.parent))
    filters = {import_filter(doc) for doc in docs}
    name, options = filters.pop() if len(filters) == 1 else ("", "")
    infilter = [f"--infilter={name}:{options}" if options else f"--infilter={name}"] if name else []
    seconds = cpu_timed("soffice", "soffice", *private_profile(profile), "--headless", "--norestore", *infilter,
                        "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docs), env=private_env(profile))
    shutil.rmtree(profile, ignore_errors=True)
    return seconds


def sample_case(tmp: Path, runs: int) -> dict[str, float]:
    case = tmp / "case"
    shutil.copytree(SAMPLE, case)
    (case / "letter.docx").unlink(missing_ok=True)
    docs = documents_build_converts(tmp)
    index_build = timed_cli_index_build(tmp)
    timed_cli("check", str(case))  # warm the file cache and make sure the ICD index exists
    packet = tmp / "packet.pdf"
    first_build = timed_cli("build", str(case), "--no-cache", "-o", str(packet))  # no packet before it
    times: dict[str, list[float]] = {"help": [], "check": [], "build": [], "soffice": []}
    for _ in range(runs):
        times["help"].append(timed_cli("--help"))
        times["check"].append(timed_cli("check", str(case)))
        times["build"].append(cpu_timed("build", sys.executable, "-m", "appeal_kit", "build", str(case), "--no-cache",
                                        "-o", str(packet)))
        times["soffice"].append(timed_soffice(docs, tmp / "soffice-out"))
    best = {k: min(v) for k, v in times.items()}
    best["index build (once)"], best["first build"] = index_build, first_build
    print(f"sample case: {len(docs)} document(s) for LibreOffice: {', '.join(d.name for d in docs)}; "
          f"{converter()}")
    return best


def converter() -> str:
    from appeal_kit._exec.listener import uno_python
    from appeal_kit.errors import MissingDependencyError

    try:
        return f"build converts through a LibreOffice listener driven by {uno_python()}"
    except MissingDependencyError:
        return "no python3-uno: build converts in soffice --convert-to runs"


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
        if per:
            folder = tmp / f"assembly-{label}"
            out[label] = measure(make_inputs(folder, exhibits, per), folder, repeat)
    return out


def batch(tmp: Path, cases: int) -> dict[str, float]:
    """One case built three times (the median) around one batch of `cases` cases, as batch_bench.py does."""
    from batch_bench import make_cases

    env = {**ENV, "XDG_CACHE_HOME": str(tmp / "batch-cache")}
    single = make_cases(tmp / "batch-single", 1)[0]
    make_cases(tmp / "batch-clinic", cases)
    subprocess.run([sys.executable, "-m", "appeal_kit", "check", str(single)], capture_output=True, env=env)
    one = [cpu_timed("one", sys.executable, "-m", "appeal_kit", "build", str(single), "--no-cache", "-q", env=env)]
    many = cpu_timed("batch", sys.executable, "-m", "appeal_kit", "batch", str(tmp / "batch-clinic"), "--no-cache",
                     "-q", env=env)
    one += [cpu_timed("one", sys.executable, "-m", "appeal_kit", "build", str(single), "--no-cache", "-q", env=env)
            for _ in range(2)]
    return {"one": statistics.median(one), "batch": many}


def intake(tmp: Path, runs: int) -> dict[str, float]:
    """`appeal-kit intake` of the photo as an upright PNG, against tesseract alone on the same PNG."""
    from PIL import Image, ImageOps

    photo = tmp / "photo.png"
    with Image.open(PHOTO) as im:
        ImageOps.exif_transpose(im).save(photo)  # a PNG carries no orientation tag: upright, as a phone saves one
    times: dict[str, list[float]] = {"tesseract": [], "intake": []}
    for _ in range(runs):
        times["tesseract"].append(timed("tesseract", str(photo), "stdout"))
        times["intake"].append(timed_cli("intake", str(photo)))
    return {k: min(v) for k, v in times.items()}


def ratio_row(what: str, value: str, reference: str, ratio: float | None, target: str) -> None:
    shown = "" if ratio is None else f"{ratio:.2f}x"
    print(f"{what:<50} {value:>10} {reference:>10} {shown:>7}   {target}")


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--big", type=int, default=5000, help="pages of the linearity check (0: skip it)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each assembly measurement")
    ap.add_argument("--cases", type=int, default=50, help="cases in the batch (0: skip it)")
    args = ap.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M %Z')} on {platform.node()}: {os.cpu_count()} CPU(s), "
          f"{platform.machine()}, Python {platform.python_version()}; load average {load()}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    with tempfile.TemporaryDirectory(prefix="appeal-kit-targets-") as tmp_name:
        tmp = Path(tmp_name)
        s = sample_case(tmp, args.runs)
        a = assembly(tmp, args.pages, args.big, args.repeat)
        b = batch(tmp, args.cases) if args.cases else None
        o = intake(tmp, args.runs)
    base, n, big = a["base"], a["n"], a.get("big")

    def marginal(results: dict[str, Result], name: str, repack: bool = False) -> float:
        extra = results[name].child_seconds - base[name].child_seconds if repack else 0.0
        return results[name].seconds - base[name].seconds + extra

    ak, pp = marginal(n, "appeal-kit"), marginal(n, "pypdf")
    print()
    ratio_row("target", "measured", "reference", None, "goal")
    ratio_row("build of the sample case / LibreOffice alone", f"{s['build']:.2f} s", f"{s['soffice']:.2f} s",
              s["build"] / s["soffice"], "<= 1.3x")
    build_cpu, soffice_cpu = statistics.median(CPU["build"]), statistics.median(CPU["soffice"])
    ratio_row("  the same in CPU of the process tree (medians)", f"{build_cpu:.2f} s", f"{soffice_cpu:.2f} s",
              build_cpu / soffice_cpu, "")
    ratio_row("check of the sample case / --help", f"{s['check']:.2f} s", f"{s['help']:.2f} s",
              s["check"] / s["help"], "<= 6x")
    ratio_row(f"{args.pages} pages: marginal time / pypdf append", f"{ak:.2f} s", f"{pp:.2f} s", ak / pp,
              "<= 1.5x")
    with_repack = marginal(n, "appeal-kit", repack=True)
    ratio_row("  the same with the qpdf repack", f"{with_repack:.2f} s", f"{pp:.2f} s", with_repack / pp, "")
    ratio_row(f"{args.pages} pages: size / qpdf merge", f"{n['appeal-kit'].size / 1e6:.2f} MB",
              f"{n['qpdf'].size / 1e6:.2f} MB", n["appeal-kit"].size / n["qpdf"].size, "<= 1.3x")
    if b:
        ratio_row(f"batch of {args.cases} cases / one case", f"{b['batch']:.1f} s", f"{b['one']:.1f} s",
                  b["batch"] / b["one"], "<= 5x (under load)")
        batch_cpu, one_cpu = CPU["batch"][0], statistics.median(CPU["one"])
        ratio_row("  the same in CPU of the process tree", f"{batch_cpu:.1f} s", f"{one_cpu:.2f} s",
                  batch_cpu / one_cpu, "")
    ratio_row("intake of a phone photo (PNG) / tesseract alone", f"{o['intake']:.2f} s", f"{o['tesseract']:.2f} s",
              o["intake"] / o["tesseract"], "<= 1.3x")
    if big:
        per_page_n = ak / (args.pages - 10)
        per_page_big = marginal(big, "appeal-kit") / (args.big - 10)
        ratio_row(f"{args.big} pages: time per page / at {args.pages}", f"{per_page_big * 1e3:.3f} ms",
                  f"{per_page_n * 1e3:.3f} ms", per_page_big / per_page_n, "linear (about 1.0x)")
    ratio_row(f"{args.pages} pages: peak memory", f"{n['appeal-kit'].peak_rss / 2**20:.0f} MB", "", None,
              "<= 150 MB")
    print()
    print(f"also: first build of the case (no packet before it, so the letter's length is guessed) "
          f"{s['first build']:.2f} s; LibreOffice's share of build {s['soffice'] / s['build']:.0%}; one-time "
          f"ICD-10-CM index build {s['index build (once)']:.2f} s; {args.pages} pages: the plain pypdf write "
          f"{n['appeal-kit'].plain_size / 1e6:.2f} MB; load average after: {load()}")
    if big:
        print(f"      {args.big} pages: {big['appeal-kit'].seconds:.2f} s, {big['appeal-kit'].size / 1e6:.2f} MB "
              f"({big['appeal-kit'].size / big['qpdf'].size:.2f}x qpdf), peak memory "
              f"{big['appeal-kit'].peak_rss / 2**20:.0f} MB; pypdf append {big['pypdf'].seconds:.2f} s CPU")


if __name__ == "__main__":
    main()
