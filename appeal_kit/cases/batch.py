"""`appeal-kit batch`: many packets, with LibreOffice started once for all their letters.

Each build runs as the steps of pipeline.PacketJob. Checking a case and drafting its letter, and stamping and
writing its packet, are Python work and run in `jobs` worker processes; the documents of every case (letters,
records, Word exhibits) go through one LibreOffice, because each start costs about a second
(docs/packet-engineering.md, "LibreOffice").

With LibreOffice's Python bridge installed, that LibreOffice is a listener (_exec.listener) started with the batch:
each case's documents are converted as soon as its letter is drafted, while the next letters are drafted, and the
case is then written while the listener goes on; a letter whose exhibit and Bates numbers moved once its page count
was known is drafted again and goes back to the same listener. A document the listener cannot convert fails only
its own case.

Without the bridge (or when the listener cannot be reached) every case is drafted first and their documents go
through one `soffice --convert-to` run, which hands over each PDF as it finishes it, so a case is still written as
soon as its own documents are done; the redrafts of all cases share one more run. When a shared run fails, each
case of it is converted on its own, so one damaged document fails only its own case.
"""
from __future__ import annotations

import gc
import shutil
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from appeal_kit import interrupts
from appeal_kit._exec.listener import Listener, ListenerUnavailable
from appeal_kit.errors import AppealKitError, MissingDependencyError
from appeal_kit.files import BUILD_SCRATCH_BYTES, scratch
from appeal_kit.packet import convert
from appeal_kit.pipeline import PacketJob


@dataclass
class BatchItem:
    folder: Path
    output: Path | None = None
    pages: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the build changed that the user should know (a redraft)

    @property
    def ok(self) -> bool:
        return self.error is None and self.output is not None


@dataclass(frozen=True)
class BatchOptions:
    keep_page_sizes: bool = False
    template_dirs: tuple[Path, ...] = ()
    today: date | None = None


def skip_recorded(folders: list[Path], today: date | None = None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(the folders to build, (folder, why) for each sent or decided case): a batch leaves those alone, since their
    packet is on record (`batch --include-sent` builds them too; case.sent keeps what was sent either way)."""
    build, skipped = [], []
    for folder in folders:
        if not _may_record(Path(folder)):
            build.append(Path(folder))
            continue
        from appeal_kit.cases.caseload import case_row  # only now: importing it took 0.1-0.2 s

        row = case_row(Path(folder), today or date.today())
        if row.status in ("sent", "decided"):
            skipped.append((Path(folder), f"{row.status}; next: {row.next_action}"))
        else:
            build.append(Path(folder))
    return build, skipped


def _may_record(folder: Path) -> bool:
    """Whether FOLDER/case.yaml may record a submission or a decision: only one whose text names `submissions` or
    `decisions` can (cases.record keeps them under those keys). The others are built without being read here: a
    case's row (case.yaml parsed, its deadlines worked out) took 5-12 ms, before any worker started, for every case
    of a batch, and the worker reads case.yaml again. A file that cannot be read is read the usual way (case_row
    says what is wrong with it)."""
    from appeal_kit.case.folder import CASE_FILE

    try:
        text = (folder / CASE_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    return "submissions" in text or "decisions" in text


# A case waiting for LibreOffice: its job, the documents to convert, and whether they are its first (the letter's
# first draft and the evidence) or a redrafted letter.
Pending = tuple[PacketJob, list[Path], bool]


def _start(folder: Path, tmp: Path, options: BatchOptions):
    """("started", job, the documents to convert): the case checked and its first letter drafted."""
    tmp.mkdir(parents=True)
    job = PacketJob(folder, None, tmp, keep_page_sizes=options.keep_page_sizes,
                    template_dirs=options.template_dirs, today=options.today)
    return "started", job, job.sources()


def _finish(job: PacketJob, pdfs: list[Path], first: bool):
    """("redraft", job, letter.docx) when the letter must go through LibreOffice again, else
    ("built", path, pages, notes)."""
    redraft = job.converted(pdfs) if first else job.letter_converted(pdfs[0])
    if redraft is not None:
        return "redraft", job, redraft
    result = job.write()
    # The case's scratch folder (its drafts and PDFs) goes now, in the worker, while LibreOffice converts the next
    # cases: removed with the batch's at the end, 50 cases' folders took 0.7-0.9 s after the last packet was written.
    shutil.rmtree(job.tmp, ignore_errors=True)
    return "built", result.output, result.pages, result.notes


def _failure(exc: BaseException) -> str:
    if isinstance(exc, AppealKitError):
        return exc.message
    return f"unexpected {type(exc).__name__}: {exc} (a bug in appeal-kit; the other cases are not affected)"


def build_batch(folders: list[Path], *, jobs: int = 1, options: BatchOptions = BatchOptions(), cache=None,
                report: Callable[[BatchItem], None] = lambda item: None,
                say: Callable[[str], None] = lambda text: None) -> list[BatchItem]:
    """Build the packet of every case folder (FOLDER/packet.pdf). A failing case gets its message in its item and
    the others still build; `report` is called as each case finishes, `say` as each step begins."""
    items = [BatchItem(Path(f)) for f in folders]
    with scratch("batch", needs=BUILD_SCRATCH_BYTES) as tmp_name:
        tmp = Path(tmp_name)
        try:
            listener = Listener()
        except MissingDependencyError as missing:
            say(missing.message)
            listener = None
        # As many workers with a listener as without: on a machine busy with other work, fewer would only leave
        # the batch a smaller share of it (measured: docs/caseload.md, "Cost").
        # the workers collect garbage as this process does (cli.GC_THRESHOLDS), however they are started
        pool = ProcessPoolExecutor(jobs, initializer=gc.set_threshold, initargs=gc.get_threshold()) \
            if jobs > 1 and len(items) > 1 else None
        try:
            batch = _Batch(items, pool, report)
            if listener is not None:
                say(f"checking {len(items)} case(s), drafting their letters, and converting and writing each case "
                    "as soon as its letter is drafted, with one LibreOffice listener")
                pending = batch.stream(tmp, options, cache, listener)
            else:
                say(f"checking {len(items)} case(s) and drafting their letters")
                pending = batch.start(tmp, options)
            rounds = 0
            while pending:
                rounds += 1
                say(f"converting the documents of {len(pending)} case(s) in one LibreOffice run, and writing each "
                    "packet as its documents are ready")
                pending = batch.round(pending, tmp / f"round-{rounds}", cache if rounds == 1 else None)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
    if cache is not None:
        cache.trim()
    return items


class _Batch:
    """The cases in flight: Python steps in the pool (or in this process), LibreOffice here."""

    def __init__(self, items: list[BatchItem], pool: Executor | None, report):
        self.items, self.pool, self.report = items, pool, report
        self.futures: dict[Future, int] = {}
        self.next: dict[int, Pending] = {}  # cases with documents to convert, in the order they became ready

    def fail(self, i: int, exc: BaseException) -> None:
        self.items[i].error = _failure(exc)
        self.report(self.items[i])

    def submit_starts(self, tmp: Path, options: BatchOptions) -> None:
        for i, item in enumerate(self.items):
            self.submit(i, _start, item.folder, tmp / f"{i:04d}", options)

    def start(self, tmp: Path, options: BatchOptions) -> dict[int, Pending]:
        self.submit_starts(tmp, options)
        self.wait()
        started, self.next = self.next, {}
        return started

    def stream(self, tmp: Path, options: BatchOptions, cache, listener: Listener) -> dict[int, Pending]:
        """Each case through `listener` as soon as its letter is drafted (or drafted again), and on to be written.
        Returns the cases still to convert if the listener could not be used: nothing when all went through it."""
        self.submit_starts(tmp, options)
        # Started after the pool has forked its workers, which would otherwise hold the listener's pipes open.
        with listener:
            while self.next or self.futures:
                if not self.next:
                    self.wait_one()
                    continue
                i = next(iter(self.next))
                job, sources, first = self.next.pop(i)
                workdir = tmp / f"{i:04d}" / ("pdf" if first else f"pdf-{job.letter.passes}")
                try:
                    pdfs = convert.to_pdfs(sources, workdir, cache=cache if first else None,
                                           converter=listener.convert_to_pdf)
                except ListenerUnavailable:
                    self.next = {i: (job, sources, first), **self.next}
                    self.wait()
                    left, self.next = self.next, {}
                    return left
                except AppealKitError as exc:
                    self.fail(i, exc)
                    continue
                self.submit(i, _finish, job, pdfs, first)
            listener._stop()  # every case is written: killed at once, quicker than its clean shutdown (close())
        return {}

    def round(self, pending: dict[int, Pending], workdir: Path, cache) -> dict[int, Pending]:
        """One LibreOffice run over the documents of every pending case; each case goes on to its next step as
        soon as its own documents are converted. Returns the cases whose letters must be converted again."""
        owner = [(i, k) for i, (_, sources, _) in pending.items() for k in range(len(sources))]
        pdfs: dict[int, list[Path | None]] = {i: [None] * len(sources) for i, (_, sources, _) in pending.items()}
        left = {i: len(sources) for i, (_, sources, _) in pending.items()}

        def ready(n: int, pdf: Path) -> None:
            i, k = owner[n]
            pdfs[i][k] = pdf
            left[i] -= 1
            if left[i] == 0:
                self.submit(i, _finish, pending[i][0], pdfs[i], pending[i][2])

        flat = [src for _, sources, _ in pending.values() for src in sources]
        try:
            convert.to_pdfs(flat, workdir, cache=cache, on_ready=ready)
        except AppealKitError as shared:
            # One bad document stopped the shared run: the cases not yet under way are converted one by one.
            for i in [i for i in pending if left[i]]:
                if len(pending) == 1:
                    self.fail(i, shared)
                    continue
                try:
                    pdfs[i] = [*convert.to_pdfs(pending[i][1], workdir / f"alone-{i:04d}", cache=cache)]
                except AppealKitError as own:
                    self.fail(i, own)
                    continue
                self.submit(i, _finish, pending[i][0], pdfs[i], pending[i][2])
        self.wait()
        redrafts, self.next = self.next, {}
        return redrafts

    def submit(self, i: int, fn, *args) -> None:
        if self.pool is None:
            try:
                self.handle(i, fn(*args))
            except Exception as exc:  # noqa: BLE001 - one case's failure never stops the batch
                self.fail(i, exc)
            return
        self.futures[self.pool.submit(fn, *args)] = i
        self.collect()

    def wait(self) -> None:
        """Until every case in the pool has finished its step, taking each as it finishes."""
        while self.futures:
            self.wait_one()

    def wait_one(self) -> None:
        """Until a case in the pool finishes its step (a short wait at a time, to see Ctrl-C and SIGTERM)."""
        while self.futures and not wait(list(self.futures), timeout=interrupts.POLL_SECONDS,
                                        return_when=FIRST_COMPLETED).done:
            interrupts.check()
        self.collect()

    def collect(self) -> None:
        """Take the steps the pool has finished."""
        for future in [f for f in self.futures if f.done()]:
            i = self.futures.pop(future)
            exc = future.exception()
            if isinstance(exc, KeyboardInterrupt):  # a worker reached a safe point after Ctrl-C or SIGTERM
                raise exc
            if exc is not None:
                self.fail(i, exc)
            else:
                self.handle(i, future.result())

    def handle(self, i: int, outcome) -> None:
        if outcome[0] == "built":
            self.items[i].output, self.items[i].pages, self.items[i].notes = outcome[1], outcome[2], outcome[3]
            self.report(self.items[i])
        elif outcome[0] == "redraft":
            self.next[i] = (outcome[1], [outcome[2]], False)
        else:  # started
            job, sources = outcome[1], outcome[2]
            self.next[i] = (job, sources, True)
            self.items[i].warnings = [f"{w.field}: {w.message}" for w in job.warnings]
