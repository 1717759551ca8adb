"""The ``lossviz`` command line: ``compute``, ``info``, ``export``, ``demo``.

This module owns everything about the command line and nothing the library needs: the
argument parsers, the checks of every output before any work (`check_output`), the glue of
tiled runs (``--executor``: the pool, dask client or MPI pool and its progress lines), the
SIGTERM handling that stops worker pools, and the one-line error messages (``--debug``
shows the traceback). Models and data are built from their specs by `lossviz.specs`
(re-exported here). Each subcommand is a pair of functions: ``_add_NAME(subparsers)``
declares its arguments and ``_cmd_NAME(args)`` runs it; register new ones in `_COMMANDS`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .core.inputs import GRID_AXIS
from .specs import build_data, build_model, load_factory

__all__ = ["Terminated", "build_data", "build_model", "check_output", "load_factory", "main"]


# ---------------------------------------------------------------- helpers
def _one_line(exc: BaseException) -> str:
    """An exception's message on one line (OSError: 'reason: file')."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename!s}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _json_arg(text: str) -> dict[str, Any]:
    try:
        v = json.loads(text)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON: {exc}") from None
    if not isinstance(v, dict):
        raise argparse.ArgumentTypeError("must be a JSON object, e.g. '{\"width\": 64}'")
    return v


# ---------------------------------------------------------------- outputs
#: suffixes of the landscape files `lossviz compute` writes
LANDSCAPE_SUFFIXES = (".npz", ".h5", ".hdf5")


def check_output(
    path: str | os.PathLike, suffixes: tuple[str, ...] | None, what: str = "-o/--output"
) -> Path:
    """Raise ``ValueError`` unless a file can be written at ``path``; checked before any work.

    Parameters
    ----------
    path : str or os.PathLike
        The output file.
    suffixes : tuple of str or None
        Allowed suffixes (lower case, with the dot); None: any.
    what : str
        The option's name, for the message.

    Returns
    -------
    pathlib.Path
    """
    p = Path(path)
    if p.is_dir():
        raise ValueError(f"{what} {str(p)!r} is a directory; give a file name")
    if suffixes is not None and p.suffix.lower() not in suffixes:
        raise ValueError(
            f"{what} {str(p)!r}: unknown suffix {p.suffix or '(none)'!r}; "
            f"use one of {', '.join(suffixes)}"
        )
    _check_writable_dir(p.parent, f"{what} {str(p)!r}")
    return p


def check_store(path: str | os.PathLike) -> Path:
    """Raise ``ValueError`` unless ``path`` can be (or is) a tile-store directory.

    Parameters
    ----------
    path : str or os.PathLike
        The ``--store`` directory (it may not exist yet).

    Returns
    -------
    pathlib.Path
        ``path`` as a path.
    """
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise ValueError(f"--store {str(p)!r} exists and is not a directory")
    existing = p
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    _check_writable_dir(existing, f"--store {str(p)!r}")
    return p


def _check_writable_dir(d: Path, label: str) -> None:
    if not d.is_dir():
        raise ValueError(f"{label}: directory {str(d)!r} does not exist")
    try:
        with tempfile.TemporaryFile(dir=d):
            pass
    except OSError as exc:
        raise ValueError(
            f"{label}: cannot write in directory {str(d)!r} ({exc.strerror or exc})"
        ) from None


def _positive_int(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}")
    return v


def _axis(values: list[str]) -> tuple[float, float, int]:
    lo, hi, num = values
    return float(lo), float(hi), int(num)


# ---------------------------------------------------------------- compute
def _add_compute(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compute",
        help="compute a 1D/2D landscape and write it to a file",
        description="Compute the loss landscape of a model around its weights.",
    )
    p.add_argument(
        "--model",
        default="zoo:mlp",
        help="zoo:NAME or module:factory or file.py:factory (default zoo:mlp)",
    )
    p.add_argument(
        "--model-args",
        type=_json_arg,
        default={},
        help="JSON keyword arguments for the model factory",
    )
    p.add_argument("--weights", help="state dict file (torch.load(weights_only=True))")
    p.add_argument("--data", default="spiral", help="zoo dataset name or module:function")
    p.add_argument("--data-args", type=_json_arg, default={}, help="JSON kwargs for the data")
    p.add_argument(
        "--train-epochs",
        type=int,
        default=0,
        help="train the model this many epochs first (zoo models without weights)",
    )
    p.add_argument("--dims", type=int, choices=(1, 2), default=2, help="1D or 2D landscape")
    axis = [f"{v:g}" for v in GRID_AXIS]  # surface's default axis
    p.add_argument("--a", nargs=3, metavar=("MIN", "MAX", "NUM"), default=axis)
    p.add_argument(
        "--b",
        nargs=3,
        metavar=("MIN", "MAX", "NUM"),
        default=None,
        help="second axis of a 2D landscape (default: the same as --a)",
    )
    p.add_argument("--norm", default="filter", help="filter|layer|model|weight|none")
    p.add_argument("--ignore", default="biasbn", choices=("biasbn", "none"), help="biasbn|none")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--metrics", nargs="+", default=["loss", "accuracy"])
    p.add_argument("--device", default="auto")
    p.add_argument("--strategy", default="auto", help="auto|loop|vmap")
    p.add_argument("-o", "--output", required=True, help="output file (.h5 or .npz)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    # tiled / distributed runs (lossviz.distributed; docs/distributed.md)
    g = p.add_argument_group("tiled and distributed runs (docs/distributed.md)")
    g.add_argument(
        "--executor",
        choices=("local", "dask", "mpi"),
        default=None,
        help="evaluate tiles on a local process pool, a dask cluster, or MPI ranks "
        "(run under `mpirun -n N python -m mpi4py.futures -m lossviz.cli compute ...`)",
    )
    g.add_argument("--scheduler", help="dask scheduler address, e.g. tcp://host:8786")
    g.add_argument(
        "--workers", type=_positive_int, help="local/dask-local workers (default: all cores)"
    )
    g.add_argument("--tiles", type=_positive_int, help="number of tiles (default: 4 per worker)")
    g.add_argument("--store", help="tile store directory; finished tiles are kept there")
    g.add_argument("--resume", action="store_true", help="continue the run in --store")


def _cmd_compute(args: argparse.Namespace) -> int:
    import torch

    import lossviz as lv

    if args.dims == 1 and args.b is not None:
        raise ValueError("--b is the second axis of a 2D landscape: drop it, or use --dims 2")
    # every output is checked before anything is built or computed
    check_output(args.output, LANDSCAPE_SUFFIXES)
    if args.store:
        check_store(args.store)
    torch.manual_seed(args.seed)  # reproducible zoo initialization (needed by --resume)
    data = build_data(args.data, args.data_args)
    if args.model.startswith("zoo:"):  # size the zoo model to its data
        from .zoo.data import ZooData
        from .zoo.registry import model_kwargs

        if isinstance(data, ZooData):
            args.model_args = model_kwargs(args.model[4:], data, **args.model_args)
    model = build_model(args.model, args.model_args, args.weights)
    if args.train_epochs:
        from .zoo.train import fit

        fit(model, data, epochs=args.train_epochs)
    dirs = lv.random_directions(
        model, n=args.dims, seed=args.seed, norm=args.norm, ignore=args.ignore
    )
    b = _axis(args.b if args.b is not None else args.a) if args.dims == 2 else None
    grid = {
        "a": _axis(args.a),
        "b": b,
        "metrics": tuple(args.metrics),
        "device": args.device,
        "strategy": args.strategy,
    }
    if args.executor or args.tiles is not None or args.store or args.resume:
        land = _compute_tiled(args, model, data, dirs, **grid)
    else:
        land = lv.surface(model, data, dirs, progress=not args.quiet, **grid)
    land.meta["command"] = " ".join(sys.argv)
    out = land.save(args.output)
    print(f"wrote {out} ({land!r}, {land.meta['seconds']:.2f} s, strategy {land.meta['strategy']})")
    return 0


# ---------------------------------------------------------------- tiled runs (compute)
class _LineProgress:
    """Progress lines for the CLI: tiles done / total and points per second."""

    def __init__(self, stream: Any = None, every: float = 1.0) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self.last = 0.0

    def __call__(self, partial: Any, done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - self.last < self.every:
            return
        self.last = now
        d = partial.meta["distributed"]
        print(
            f"lossviz compute: tiles {done}/{total} ({100 * done / total:.0f}%), "
            f"{d['done_points']} points computed, {d['points_per_s']} points/s, "
            f"{d['workers']} worker(s)",
            file=self.stream,
            flush=True,
        )


@contextlib.contextmanager
def _cli_executor(args: argparse.Namespace) -> Iterator[Any]:
    """The executor named by ``--executor`` (None, local pool, dask client, MPI pool)."""
    from ._util import optional_import
    from .executors import local_executor, stop_workers

    kind = args.executor
    if kind in (None, "none"):
        yield None
    elif kind == "local":
        ex = local_executor(args.workers)
        try:
            yield ex
        except BaseException:  # an error, Ctrl-C or SIGTERM: do not wait for running tiles
            stop_workers(ex)
            raise
        finally:
            ex.shutdown(wait=True, cancel_futures=True)
    elif kind == "dask":
        distributed = optional_import("distributed", "dask")
        if args.scheduler:
            try:
                client = distributed.Client(args.scheduler)
            except (OSError, TimeoutError) as exc:
                raise ConnectionError(
                    f"cannot reach the dask scheduler at {args.scheduler!r} "
                    f"({' '.join(str(exc).split()) or type(exc).__name__}); is it running, "
                    "and is the address right?"
                ) from exc
            cluster = None
        else:
            cluster = distributed.LocalCluster(
                n_workers=args.workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
            )
            client = distributed.Client(cluster)
        try:
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    elif kind == "mpi":
        futures = optional_import("mpi4py.futures", "mpi")
        ex = futures.MPIPoolExecutor(max_workers=args.workers)
        try:
            yield ex
        finally:
            ex.shutdown(wait=True)
    else:  # pragma: no cover - argparse restricts the choices
        raise ValueError(f"--executor {kind!r} is not one of local, dask, mpi")


def _compute_tiled(args: argparse.Namespace, model: Any, data: Any, dirs: Any, **kw: Any) -> Any:
    """The tiled branch of ``lossviz compute`` (``--executor/--tiles/--store/--resume``).

    ``model``, ``data`` and ``dirs`` are built by the command; ``kw`` goes to
    `lossviz.distributed.surface_tiles` (``a``, ``b``, ``metrics``, ``device``, ``strategy``).
    Returns the `Landscape`.
    """
    from .distributed import surface_tiles

    if args.scheduler and args.executor != "dask":
        raise ValueError("--scheduler is only used with --executor dask")
    quiet = getattr(args, "quiet", False)
    with _cli_executor(args) as ex:
        land = surface_tiles(
            model,
            data,
            dirs,
            progress=False,
            executor=ex,
            tiles=args.tiles,
            store=args.store,
            resume=args.resume,
            factory=args.model,
            factory_kwargs=args.model_args,
            data_spec=args.data,
            data_kwargs=args.data_args,
            callback=None if quiet else _LineProgress(),
            **kw,
        )
    d = land.meta["distributed"]
    print(
        f"lossviz compute: {d['tiles']} tiles ({'x'.join(map(str, d['layout']))}): computed "
        f"{d['computed_tiles']}, reused {d['reused_tiles']} from the store; "
        f"{d['workers']} worker(s), {d['points_per_s']} points/s",
        file=sys.stderr,
    )
    return land


# ---------------------------------------------------------------- info
def _add_info(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("info", help="describe a landscape file")
    p.add_argument("path")


def _cmd_info(args: argparse.Namespace) -> int:
    import numpy as np

    from .landscape import Landscape

    path = Path(args.path)
    if path.is_dir():
        if not (path / "manifest.json").is_file():
            raise ValueError(
                f"{str(path)!r} is a directory, not a landscape file (nor a tile store: no "
                "manifest.json)"
            )
        from .tiles import load_store

        land = load_store(path)  # a tile store (compute --store): its finished tiles
    else:
        land = Landscape.load(path)
    print(repr(land))
    for name in land.metrics:
        arr = land[name]
        done = np.isfinite(arr)
        if done.any():
            print(
                f"  {name}: min {np.nanmin(arr):.6g}  max {np.nanmax(arr):.6g}  "
                f"({int(done.sum())}/{arr.size} points)"
            )
        else:
            print(f"  {name}: no finite values ({arr.size} points)")
    keys = (
        "kind",
        "model",
        "n_params",
        "n_samples",
        "norm",
        "seed",
        "device",
        "strategy",
        "seconds",
        "lossviz_version",
        "torch_version",
        "created",
        "source",
    )
    for k in keys:
        if land.meta.get(k) is not None:
            print(f"  {k}: {land.meta[k]}")
    return 0


# ---------------------------------------------------------------- export
_EXPORT_FORMATS = ("png", "html", "vts", "vtp", "ply", "obj", "stl", "h5")


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="render or convert a landscape file (PNG, HTML, VTS/VTP, PLY/OBJ, original h5)",
        description=(
            "Render a landscape file (from `lossviz compute` or the original loss-landscape "
            "code) to PNG/HTML, or convert it to VTK (.vts/.vtp, ParaView), meshes "
            "(.ply/.obj/.stl) or the original code's HDF5 layout."
        ),
    )
    p.add_argument("input", help="landscape file (.npz or .h5), or a tile store directory")
    p.add_argument("-o", "--output", required=True, help="output file; the suffix picks the format")
    p.add_argument("--format", choices=_EXPORT_FORMATS, help="override the output suffix")
    p.add_argument("--metric", default=None, help="metric to draw (default: loss)")
    p.add_argument(
        "--kind",
        choices=("contour", "surface3d"),
        default="contour",
        help="plotly figure for 2D landscapes (png/html); 1D landscapes give a line plot",
    )
    p.add_argument("--pyvista", action="store_true", help="png/html: ParaView-style 3D (pyvista)")
    p.add_argument("--log", action="store_true", help="log color scale / log(z + 0.1) height")
    p.add_argument("--zmax", type=float, default=None, help="clip values above ZMAX")
    p.add_argument("--levels", type=float, default=None, help="contour spacing (plotly contour)")
    p.add_argument("--title", default=None, help="figure title")


def _cmd_export(args: argparse.Namespace) -> int:
    from .landscape import Landscape

    out = check_output(args.output, None)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt == "hdf5":
        fmt = "h5"
    if fmt not in _EXPORT_FORMATS:
        raise ValueError(
            f"cannot tell the format from {str(out)!r}; use a suffix or --format "
            f"({', '.join(_EXPORT_FORMATS)})"
        )
    if Path(args.input).is_dir():  # a tile store (compute --store): assemble its tiles
        from .tiles import load_store

        land = load_store(args.input)
    else:
        land = Landscape.load(args.input)
    if fmt == "h5":
        land.save(out, format="original")
    elif fmt in ("vts", "vtp"):
        land.to_vtk(out, args.metric, format=fmt, log=args.log, zmax=args.zmax)
    elif fmt in ("ply", "obj", "stl") or args.pyvista:
        from .render import pyvista as lvv

        kw = {"title": args.title} if fmt in ("png", "html") and args.title else {}
        lvv.export(
            land,
            out,
            args.metric or "loss",
            format=fmt,
            log=args.log,
            zmax=args.zmax,
            **kw,
        )
    else:
        from .render import plotly as lvp

        if land.ndim == 1:
            metric = [args.metric] if args.metric else None
            fig = lvp.line(land, metric, log=args.log, zmax=args.zmax, title=args.title)
        else:
            draw = lvp.surface3d if args.kind == "surface3d" else lvp.contour
            fig = draw(
                land,
                args.metric,
                levels=args.levels,
                log=args.log,
                zmax=args.zmax,
                title=args.title,
            )
        from .atomic import atomic_path

        with atomic_path(out, suffix="." + fmt) as tmp:
            if fmt == "png":
                fig.write_image(tmp, scale=2)
            else:
                fig.write_html(tmp, include_plotlyjs=True, full_html=True)
    print(f"wrote {out} ({fmt}, {land!r})")
    return 0


# ---------------------------------------------------------------- demo
def _add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="open the quick-start notebook (or write a static report)",
        description="Open the quick-start notebook in JupyterLab. With "
        "LOSSVIZ_HEADLESS=1 or CI=true, or --html, write a static HTML report "
        "(a trained spiral MLP, its landscape and interpolation) and exit.",
    )
    p.add_argument("--html", metavar="PATH", help="write the static report to PATH and exit")
    p.add_argument("--port", type=int, help="JupyterLab port")


def _cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run

    return run(html_path=args.html, port=args.port)


_COMMANDS = {
    "compute": (_add_compute, _cmd_compute),
    "info": (_add_info, _cmd_info),
    "demo": (_add_demo, _cmd_demo),
    "export": (_add_export, _cmd_export),
}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``lossviz`` command.

    Parameters
    ----------
    argv : list of str, optional
        Arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        Exit status.
    """
    parser = argparse.ArgumentParser(prog="lossviz", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")
    sub = parser.add_subparsers(dest="command", required=True)
    for add, _ in _COMMANDS.values():
        add(sub)
    for p in sub.choices.values():  # also accepted after the command
        p.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    args = parser.parse_args(argv)
    try:
        with _sigterm_raises():
            return _COMMANDS[args.command][1](args)
    except Terminated as exc:
        print(f"lossviz {args.command}: stopped by signal {exc.signum}", file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        print(f"lossviz {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        usage = isinstance(exc, (ValueError, TypeError, FileNotFoundError, ImportError))
        kind = "" if usage else f"{type(exc).__name__}: "
        print(
            f"lossviz {args.command}: error: {kind}{_one_line(exc)} (--debug shows the traceback)",
            file=sys.stderr,
        )
        return 2 if usage else 1


class Terminated(BaseException):
    """Raised in the main thread by SIGTERM while a command runs (clean-up code runs).

    Parameters
    ----------
    signum : int
        The signal's number.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(f"signal {signum}")
        self.signum = signum


@contextlib.contextmanager
def _sigterm_raises():
    """Turn SIGTERM into `Terminated` so that ``finally`` blocks stop worker pools."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        raise Terminated(signum)

    before = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
