"""Atomic file writes that leave nothing behind, even when the writer is killed.

This module owns the temporary files of lossviz's writers. A file is written to a hidden
temporary file beside its destination and renamed onto it when complete (`atomic_path`),
so readers never see half a file. The temporary file's name records who writes it,
``.NAME.tmp-HOST-PID-RANDOM[.suffix]`` (``HOST``: a short hash of the host name), so a
temporary file left by a writer that was killed (SIGKILL runs no clean-up code) is
recognised as stale once its process is gone, and removed by the next save or load of the
same destination (`clean_stale_temporaries`). Standard library only; nothing of lossviz
is imported here.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import socket
from collections.abc import Iterator
from pathlib import Path

__all__ = ["atomic_path", "clean_stale_temporaries", "file_to_read", "temporary_name"]

_TAG = "tmp"


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode()).hexdigest()[:8]


def temporary_name(path: str | os.PathLike, suffix: str | None = None) -> Path:
    """A fresh temporary path beside ``path`` naming this host and process.

    Parameters
    ----------
    path : str or os.PathLike
        The destination.
    suffix : str, optional
        Suffix of the temporary file (default: the destination's).

    Returns
    -------
    pathlib.Path
        ``.NAME.tmp-HOST-PID-RANDOM[.suffix]`` in the destination's directory.
    """
    path = Path(path)
    sfx = path.suffix if suffix is None else suffix
    name = f".{path.name}.{_TAG}-{_host_tag()}-{os.getpid()}-{secrets.token_hex(4)}{sfx}"
    return path.parent / name


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(f".{path.name}.{_TAG}-") + r"(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-[0-9a-f]{8}"
    )


def _start_time(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), or None if unknown."""
    try:
        import psutil

        return float(psutil.Process(pid).create_time())
    except ImportError:
        pass
    except Exception:
        return None
    try:  # Linux without psutil: /proc/PID/stat field 22, in clock ticks after boot
        stat = Path(f"/proc/{pid}/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        btime = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        return btime + ticks / os.sysconf("SC_CLK_TCK")
    except Exception:
        return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else (PermissionError)
        return True
    return True


def _stale(pid: int, mtime: float) -> bool:
    """True when the writer ``pid`` is gone (or the pid now belongs to a newer process)."""
    if pid == os.getpid():
        return False
    if not _alive(pid):
        return True
    started = _start_time(pid)
    # a process started after the temporary file was last written is not its writer
    return started is not None and started > mtime + 1.0


def clean_stale_temporaries(path: str | os.PathLike) -> list[Path]:
    """Remove the temporary files of ``path`` whose writer process no longer exists.

    Only files named by `temporary_name` on this host are considered; a temporary file
    of a running writer (this process included) is kept.

    Parameters
    ----------
    path : str or os.PathLike
        The destination whose leftovers to remove.

    Returns
    -------
    list of pathlib.Path
        The removed files.
    """
    path = Path(path)
    folder = path.parent
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    pat, host = _pattern(path), _host_tag()
    prefix = f".{path.name}.{_TAG}-"
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(prefix)]
    except OSError:
        return removed
    for e in entries:
        m = pat.match(e.name)
        if m is None or m["host"] != host:
            continue
        try:
            if not e.is_file(follow_symlinks=False):
                continue
            if _stale(int(m["pid"]), e.stat(follow_symlinks=False).st_mtime):
                os.remove(e.path)
                removed.append(Path(e.path))
        except OSError:
            continue
    return removed


def file_to_read(path: str | os.PathLike, what: str) -> Path:
    """The file at ``path``, checked for reading, a killed writer's leftovers removed first.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read.
    what : str
        What the file should be, for the message (``"landscape file"``).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    FileNotFoundError
        If there is nothing at ``path``.
    ValueError
        If ``path`` is a directory.
    """
    path = Path(path)
    clean_stale_temporaries(path)  # leftovers of a writer that was killed
    if not path.exists():
        raise FileNotFoundError(f"no such file: {str(path)!r}")
    if path.is_dir():
        raise ValueError(f"{str(path)!r} is a directory, not a {what}")
    return path


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, suffix: str | None = None) -> Iterator[str]:
    """Yield a temporary path next to ``path``; rename it onto ``path`` on success.

    Nothing is left behind when the body raises: the temporary file is removed and an
    existing file at ``path`` is untouched. When the writing process is killed, its
    temporary file is removed by the next `atomic_path` (or `clean_stale_temporaries`)
    of the same destination.

    Parameters
    ----------
    path : str or os.PathLike
        Final destination.
    suffix : str, optional
        Suffix of the temporary file (some writers choose the format from it).
        Defaults to the suffix of ``path``.

    Yields
    ------
    str
        The temporary path to write to (the file exists, empty).
    """
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise FileNotFoundError(f"directory {str(path.parent)!r} does not exist")
    clean_stale_temporaries(path)
    while True:
        tmp = temporary_name(path, suffix)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # pragma: no cover - 32 random bits collided
            continue
        os.close(fd)
        break
    try:
        yield str(tmp)
        # the temporary file is 0600; give the result the usual permissions (or keep the
        # permissions of the file being replaced)
        if path.exists():
            mode = path.stat().st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise
