"""The command line: ``python -m newscounts extract DIR --out FILE.csv`` and friends.

Extraction is a pure function of one article, so the corpus is mapped over
files: in this process (``--jobs 1``), across local cores (``--jobs N``), or
on a dask.distributed cluster (``--engine dask``, a local cluster unless
``--scheduler ADDRESS`` names one). Every engine returns the same ledger,
byte for byte: results are put back in file-name order before writing.

Exit status: 0 when every article was read, 1 when some were skipped (the
ledger of the others is still written), 2 when the run could not start
(no such folder, a broken categories file). ``check FILE`` exits 0 when a
categories file's examples all hold, 1 when some do not, 2 when it is broken.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK, EXIT_SKIPPED, EXIT_FATAL = 0, 1, 2

__all__ = ["CorpusResult", "extract_corpus", "main"]


@dataclass
class CorpusResult:
    """What one extraction run produced: the claims, and a message per skipped file."""

    claims: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    articles_read: int = 0
    files_seen: int = 0


@functools.lru_cache(maxsize=8)
def _categories(spec: str):
    from .categories import load_categories

    return load_categories(spec)


def extract_one(path: str, sources_row: dict | None, categories: str) -> tuple[str, list, str, str]:
    """Read and extract one article: ``(file, claims, problem, content_hash)``.

    Top level and picklable so process pools and dask workers can run it. A
    broken article gives an empty claim list and a one-line problem naming it.
    """
    from .articles import ArticleError, read_article
    from .claims import extract_claims

    name = os.path.basename(path)
    try:
        article = read_article(path, sources_row)
    except ArticleError as error:
        return name, [], str(error), ""
    digest = hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    return name, extract_claims(article, _categories(categories)), "", digest


def _map_local(tasks: list[tuple], jobs: int) -> Iterable[tuple]:
    if jobs <= 1 or len(tasks) <= 1:
        return (extract_one(*task) for task in tasks)
    import multiprocessing

    pool = multiprocessing.get_context("spawn").Pool(jobs)
    chunk = max(1, min(64, len(tasks) // (jobs * 8)))

    def results():
        with pool:
            yield from pool.imap(_star_extract, tasks, chunksize=chunk)

    return results()


def _star_extract(task: tuple) -> tuple:
    return extract_one(*task)


def _map_dask(tasks: list[tuple], jobs: int, scheduler: str | None) -> Iterable[tuple]:
    from dask.distributed import Client, LocalCluster, as_completed

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=max(1, jobs),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        )
        client = Client(cluster)

    def results():
        try:
            futures = client.map(_star_extract, tasks, pure=False)
            order = {f.key: i for i, f in enumerate(futures)}
            done: dict[int, tuple] = {}
            for future in as_completed(futures):
                done[order[future.key]] = future.result()
                yield None  # progress tick
            for i in range(len(tasks)):
                yield done[i]
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return results()


def extract_corpus(
    folder: str | os.PathLike,
    categories: str = "evacuation",
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool | None = None,
    warn: Callable[[str], None] | None = None,
) -> CorpusResult:
    """Extract every ``*.txt`` article in ``folder`` (with ``folder/sources.csv`` when present).

    Raises ``FileNotFoundError`` when the folder does not exist and
    ``CategoriesError`` when the categories file is broken: both stop a run.
    """
    from tqdm import tqdm

    from .articles import read_sources

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder of articles")
    _categories(categories)  # a broken categories file stops the run before any work
    rows: dict = {}
    result = CorpusResult()
    if (folder / "sources.csv").exists():
        rows, sources_warnings = read_sources(folder / "sources.csv")
        result.problems.extend(sources_warnings)
    paths = sorted(p for p in folder.glob("*.txt") if p.is_file())
    result.files_seen = len(paths)
    tasks = [(str(p), rows.get(p.name), categories) for p in paths]
    if engine == "dask":
        outputs = _map_dask(tasks, jobs, scheduler)
    elif engine == "local":
        outputs = _map_local(tasks, jobs)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    # disable=None lets tqdm show the bar only when stderr is a terminal
    bar = tqdm(
        total=len(tasks),
        unit="article",
        disable=None if progress is None else not progress,
        file=sys.stderr,
        leave=False,
    )
    first_with_hash: dict[str, str] = {}
    collected = []
    for output in outputs:
        if output is None:
            bar.update(1)
            continue
        if engine != "dask":
            bar.update(1)
        collected.append(output)
    bar.close()
    for name, claims, problem, digest in collected:
        if problem:
            result.problems.append(problem)
            continue
        if digest in first_with_hash:
            result.problems.append(f"{name}: skipped, a duplicate of {first_with_hash[digest]} (same text)")
            continue
        first_with_hash[digest] = name
        result.articles_read += 1
        result.claims.extend(claims)
    if warn is not None:
        for problem in result.problems:
            warn(problem)
    return result


def _cmd_extract(args: argparse.Namespace) -> int:
    from .categories import CategoriesError
    from .ledger import claims_frame, write_ledger

    def warn(message: str) -> None:
        print(f"newscounts: {message}", file=sys.stderr)

    try:
        result = extract_corpus(
            args.folder,
            args.categories,
            args.jobs,
            args.engine,
            args.scheduler,
            progress=None if args.progress == "auto" else args.progress == "on",
            warn=warn,
        )
    except (FileNotFoundError, CategoriesError) as error:
        warn(str(error))
        return EXIT_FATAL
    frame = claims_frame(result.claims)
    json_path = args.json or (str(Path(args.out).with_suffix(".json")) if args.out.endswith(".csv") else None)
    write_ledger(frame, args.out, json_path)
    skipped = result.files_seen - result.articles_read
    print(
        f"newscounts: {len(frame)} claims from {result.articles_read} of {result.files_seen} articles"
        f" -> {args.out}" + (f" ({skipped} skipped)" if skipped else ""),
        file=sys.stderr,
    )
    return EXIT_SKIPPED if skipped else EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    """Check a categories file: it loads, and its examples and not_examples hold."""
    from .categories import CategoriesError
    from .claims import check_examples

    try:
        checked, failures = check_examples(args.categories)
    except CategoriesError as error:
        print(f"newscounts: {error}", file=sys.stderr)
        return EXIT_FATAL
    for failure in failures:
        print(f"newscounts: {failure}", file=sys.stderr)
    print(
        f"newscounts: {checked - len(failures)} of {checked} examples hold in {args.categories}",
        file=sys.stderr,
    )
    return EXIT_SKIPPED if failures else EXIT_OK


def _cmd_render(args: argparse.Namespace) -> int:
    from .report import render_html

    render_html(args.notebook, args.out, title=args.title)
    return EXIT_OK


def _cmd_run_notebook(args: argparse.Namespace) -> int:
    from .notebook import run_notebook

    run_notebook(args.source, args.output, dict(args.parameter or []), args.cwd)
    if args.html:
        from .report import render_html

        render_html(args.output, args.html, title=args.title)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m newscounts", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="write the claims ledger of a folder of articles")
    extract.add_argument("folder", help="folder of *.txt articles (and an optional sources.csv)")
    extract.add_argument(
        "--categories",
        default="evacuation",
        help="a preset name (evacuation, casualties) or a categories YAML file",
    )
    extract.add_argument("--out", required=True, help="the ledger CSV to write")
    extract.add_argument("--json", help="the ledger JSON to write (default: beside --out)")
    extract.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    extract.add_argument(
        "--engine", choices=["local", "dask"], default="local", help="local processes, or dask.distributed"
    )
    extract.add_argument(
        "--scheduler", help="with --engine dask: a scheduler address (default: a local cluster)"
    )
    extract.add_argument(
        "--progress",
        choices=["auto", "on", "off"],
        default="auto",
        help="progress bar on stderr (auto: when stderr is a terminal)",
    )
    extract.set_defaults(run=_cmd_extract)
    check = commands.add_parser(
        "check", help="check a categories file: it loads, and its examples and not_examples hold"
    )
    check.add_argument("categories", help="a preset name (evacuation, casualties) or a categories YAML file")
    check.set_defaults(run=_cmd_check)
    render = commands.add_parser("render", help="render an executed report notebook to self-contained HTML")
    render.add_argument("notebook")
    render.add_argument("out")
    render.add_argument("--title", help="the page title (default: the notebook's)")
    render.set_defaults(run=_cmd_render)
    run = commands.add_parser("run-notebook", help="execute a notebook with papermill, reproducibly")
    run.add_argument("source")
    run.add_argument("output", help="the executed notebook (may be the source itself)")
    run.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"))
    run.add_argument("--cwd", help="the kernel's working folder")
    run.add_argument("--html", help="also render the executed notebook to this HTML report")
    run.add_argument("--title", help="with --html: the page title")
    run.set_defaults(run=_cmd_run_notebook)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
