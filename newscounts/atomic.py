"""Write files so that a failed run never leaves half a file behind.

Every output of the kit is written to a temporary sibling first and renamed
over the target only once it is complete: a crash, a full disk or an
exception mid-write leaves the previous good file in place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["atomic_path", "atomic_write_bytes", "atomic_write_text"]


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` on success.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> _ = target.write_text("good")
    >>> try:
    ...     with atomic_path(target) as tmp:
    ...         _ = tmp.write_text("half")
    ...         raise RuntimeError("crash mid-write")
    ... except RuntimeError:
    ...     pass
    >>> target.read_text()
    'good'
    >>> sorted(p.name for p in target.parent.iterdir())
    ['out.txt']
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # keep the real suffix last so tools that check it (papermill, nbconvert) are content
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> bool:
    r"""Write ``data`` to ``path`` all at once or not at all; return whether the file changed.

    A file that already holds exactly ``data`` is left alone, so its modification
    time stays put and ``make`` does not rebuild what depends on it.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "ledger.csv"
    >>> atomic_write_bytes(target, b"a,b\n"), atomic_write_bytes(target, b"a,b\n")
    (True, False)
    """
    target = Path(path)
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except OSError:
        pass
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return True


def atomic_write_text(path: str | os.PathLike, text: str) -> bool:
    """Write ``text`` (UTF-8, line ends kept as given) to ``path`` all at once or not at all."""
    return atomic_write_bytes(path, text.encode("utf-8"))
