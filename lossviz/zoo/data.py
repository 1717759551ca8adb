"""Offline datasets: generated (spiral, moons, MNIST-1D), shipped with a package (sklearn
digits, breast cancer, the Zen of Python), or read from local files in their official formats
(UCI Seismic-bumps ARFF/CSV, any text file; the CIFAR-10 and MNIST image files are read by
`lossviz.zoo.images`).

Nothing here downloads anything. Every loader returns a `ZooData`: a plain ``(X, y)``
tuple of tensors (so ``X, y = spiral()`` and ``lossviz.surface(model, data, ...)`` work)
that also carries what is needed to build a matching model (``data.num_classes``,
``data.in_features``, ``data.input_shape``, ``data.vocab`` for text).
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import io
import math
import os
import random
from pathlib import Path
from typing import Any

import numpy as np
import torch

from .._util import check_choice, check_int, check_positive_int, optional_import

__all__ = [
    "ZooData",
    "breast_cancer",
    "cache_dir",
    "digits",
    "mnist1d",
    "moons",
    "seismic_bumps",
    "spiral",
    "text_corpus",
]


class ZooData(tuple):
    """An ``(X, y)`` pair of tensors with a description of the data.

    It *is* a 2-tuple, so it unpacks (``X, y = data``) and is accepted wherever lossviz
    takes ``(X, y)`` data; the attributes help build a matching model.

    Parameters
    ----------
    X : torch.Tensor
        Inputs, first dimension = samples.
    y : torch.Tensor
        Targets (int64 class indices).
    **info
        Description: ``name``, ``num_classes``, ``input_shape`` (one sample's shape as
        the zoo models expect it), ``in_channels``/``input_size`` for images, ``vocab``
        for text, ``test`` (a held-out ``ZooData``), ``classes`` (label names), ...

    Examples
    --------
    >>> d = spiral(10)
    >>> X, y = d
    >>> d.num_classes, d.in_features, len(d)
    (3, 2, 2)
    """

    def __new__(cls, X: torch.Tensor, y: torch.Tensor | None = None, **info: Any) -> ZooData:
        if y is None and isinstance(X, tuple) and len(X) == 2:  # copy / pickle protocol
            X, y = X
        if not isinstance(X, torch.Tensor) or not isinstance(y, torch.Tensor):
            raise TypeError("ZooData needs X and y tensors")
        if len(X) != len(y):
            raise ValueError(f"X has {len(X)} samples but y has {len(y)}")
        return super().__new__(cls, (X, y))

    def __init__(self, X: Any, y: Any = None, **info: Any) -> None:
        self.info: dict[str, Any] = dict(info)
        self.info.setdefault("input_shape", tuple(self[0].shape[1:]))

    def __getnewargs__(self) -> tuple[Any, ...]:
        return (tuple(self),)

    def __getattr__(self, name: str) -> Any:
        info = self.__dict__.get("info", {})
        if name in info:
            return info[name]
        raise AttributeError(f"ZooData has no attribute {name!r}")

    @property
    def X(self) -> torch.Tensor:
        """The inputs."""
        return self[0]

    @property
    def y(self) -> torch.Tensor:
        """The targets."""
        return self[1]

    @property
    def n_samples(self) -> int:
        """Number of samples."""
        return len(self[0])

    @property
    def in_features(self) -> int:
        """Number of input values per sample (``prod(input_shape)``)."""
        return int(math.prod(self.info["input_shape"]))

    def model_kwargs(self) -> dict[str, Any]:
        """Shape arguments for zoo model factories (`lossviz.zoo.get_model` uses them).

        Returns
        -------
        dict
            Any of ``in_features``, ``out_features``, ``num_classes``, ``in_channels``,
            ``input_size``, ``vocab_size`` that this data defines.
        """
        out: dict[str, Any] = {"in_features": self.in_features}
        if "num_classes" in self.info:
            out["out_features"] = out["num_classes"] = int(self.info["num_classes"])
        for key in ("in_channels", "input_size"):
            if key in self.info:
                out[key] = int(self.info[key])
        if "vocab" in self.info:
            out["vocab_size"] = len(self.info["vocab"])
        return out

    def subset(self, n: int, seed: int = 0) -> ZooData:
        """A seeded random subset of ``n`` samples (same description).

        Parameters
        ----------
        n : int
            Number of samples to keep (all when ``n >= len``).
        seed : int
            Random seed.

        Returns
        -------
        ZooData
        """
        check_positive_int("n", n)
        if n >= self.n_samples:
            return self
        idx = torch.randperm(self.n_samples, generator=torch.Generator().manual_seed(seed))[:n]
        idx = idx.sort().values
        return ZooData(self[0][idx], self[1][idx], **self.info)

    def __repr__(self) -> str:
        name = self.info.get("name", "data")
        extra = f", classes={self.info['num_classes']}" if "num_classes" in self.info else ""
        return (
            f"ZooData({name}: X {tuple(self[0].shape)} {str(self[0].dtype).replace('torch.', '')}"
            f", y {tuple(self[1].shape)}{extra})"
        )


def _standardize(X: np.ndarray) -> np.ndarray:
    std = X.std(axis=0)
    return (X - X.mean(axis=0)) / np.where(std > 0, std, 1.0)


# ---------------------------------------------------------------------- generated
def spiral(n_per_class: int = 200, classes: int = 3, noise: float = 0.2, seed: int = 0) -> ZooData:
    """The classic ``classes``-arm spiral in 2-D (CS231n style).

    Parameters
    ----------
    n_per_class : int
        Samples per class.
    classes : int
        Number of arms / classes.
    noise : float
        Standard deviation of the angular noise.
    seed : int
        Random seed.

    Returns
    -------
    ZooData
        ``X`` ``(n_per_class * classes, 2)`` float32 in [-1, 1]; ``y`` int64 labels.
    """
    if n_per_class < 1 or classes < 2:
        raise ValueError("spiral needs n_per_class >= 1 and classes >= 2")
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for c in range(classes):
        r = np.linspace(0.0, 1.0, n_per_class)
        t = np.linspace(c * 2 * math.pi / classes, (c + 2) * 2 * math.pi / classes, n_per_class)
        t = t + rng.normal(0.0, noise, n_per_class)
        xs.append(np.stack([r * np.sin(t), r * np.cos(t)], axis=1))
        ys.append(np.full(n_per_class, c))
    X = torch.tensor(np.concatenate(xs), dtype=torch.float32)
    y = torch.tensor(np.concatenate(ys), dtype=torch.int64)
    return ZooData(X, y, name="spiral", num_classes=classes)


def moons(n: int = 500, noise: float = 0.15, seed: int = 0) -> ZooData:
    """Two interleaving half circles (``sklearn.datasets.make_moons``), standardized.

    Parameters
    ----------
    n : int
        Number of samples.
    noise : float
        Standard deviation of the Gaussian noise.
    seed : int
        Random seed.

    Returns
    -------
    ZooData
        ``X`` ``(n, 2)`` float32, ``y`` in {0, 1}.
    """
    check_int("n", n, 2)
    datasets = optional_import("sklearn.datasets", "zoo")
    X, y = datasets.make_moons(n_samples=n, noise=float(noise), random_state=seed)
    return ZooData(
        torch.tensor(_standardize(X), dtype=torch.float32),
        torch.tensor(y, dtype=torch.int64),
        name="moons",
        num_classes=2,
    )


def cache_dir() -> Path:
    """Where generated datasets are cached: ``$LOSSVIZ_CACHE`` or ``~/.cache/lossviz``.

    Returns
    -------
    pathlib.Path
    """
    env = os.environ.get("LOSSVIZ_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "lossviz"


def _generate_mnist1d(num_samples: int, seed: int, kwargs: tuple) -> dict[str, np.ndarray]:
    data_mod = optional_import("mnist1d.data", "zoo")
    args = data_mod.get_dataset_args()
    args.num_samples = num_samples
    args.seed = seed
    for k, v in kwargs:
        if not hasattr(args, k) or k in ("url", "num_samples", "seed", "train_split"):
            raise ValueError(f"mnist1d: unknown generator argument {k!r}")
        setattr(args, k, v)
    # make_dataset seeds the global numpy / random generators: restore them afterwards
    np_state, py_state = np.random.get_state(), random.getstate()  # noqa: NPY002
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            d = data_mod.make_dataset(args)
    finally:
        np.random.set_state(np_state)  # noqa: NPY002
        random.setstate(py_state)
    return {k: np.asarray(d[k]) for k in ("x", "y", "x_test", "y_test")}


@functools.lru_cache(maxsize=4)
def _mnist1d_arrays(num_samples: int, seed: int, kwargs: tuple, cache: bool) -> dict:
    import hashlib

    key = hashlib.sha1(repr((num_samples, seed, kwargs, "mnist1d-v1")).encode()).hexdigest()[:16]
    path = cache_dir() / f"mnist1d-{key}.npz"
    if cache and path.is_file():
        try:
            with np.load(path, allow_pickle=False) as f:
                return {k: f[k] for k in ("x", "y", "x_test", "y_test")}
        except (OSError, ValueError, KeyError):
            pass  # a broken cache file: generate again
    d = _generate_mnist1d(num_samples, seed, kwargs)
    if cache:
        from .._util import atomic_path

        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(path) as tmp, open(tmp, "wb") as fh:
                np.savez(fh, **d)
    return d


def mnist1d(
    num_samples: int = 5000,
    split: str = "train",
    seed: int = 42,
    cache: bool = True,
    **generator_args: Any,
) -> ZooData:
    """MNIST-1D (Greydanus 2020): 10 classes of 40-point 1-D signals, generated offline.

    Uses the ``mnist1d`` package's generator (``make_dataset``) with its published
    defaults (templates of 10 digit-like patterns, padding, shear, translation,
    correlated + i.i.d. noise, down-sampling to 40 points); with the defaults
    (``num_samples=5000, seed=42``) this is the standard dataset: 4000 train / 1000 test.
    The pickled copy on the web is never downloaded. Generating 5000 samples takes a few
    seconds, so the arrays are cached in memory and, as ``.npz``, in `cache_dir`.

    Parameters
    ----------
    num_samples : int
        Total samples before the 80/20 train/test split.
    split : {"train", "test", "all"}
        Which part to return; ``"train"`` carries the test part as ``data.test``.
    seed : int
        Generator seed (42 is the standard dataset).
    cache : bool
        Reuse / write the on-disk cache (``$LOSSVIZ_CACHE`` or ``~/.cache/lossviz``).
    **generator_args
        Other fields of ``mnist1d.data.get_dataset_args()``, e.g. ``iid_noise_scale``,
        ``shuffle_seq=True``, ``final_seq_length``.

    Returns
    -------
    ZooData
        ``X`` ``(n, 40)`` float32 (standardized by the generator), ``y`` int64.
    """
    check_int("num_samples", num_samples, 10)
    check_choice("split", split, ("train", "test", "all"))
    d = _mnist1d_arrays(
        int(num_samples), int(seed), tuple(sorted(generator_args.items())), bool(cache)
    )

    def make(x: np.ndarray, y: np.ndarray, part: str, **extra: Any) -> ZooData:
        return ZooData(
            torch.tensor(x, dtype=torch.float32),
            torch.tensor(y, dtype=torch.int64),
            name=f"mnist1d ({part})",
            num_classes=10,
            **extra,
        )

    if split == "test":
        return make(d["x_test"], d["y_test"], "test")
    if split == "all":
        return make(
            np.concatenate([d["x"], d["x_test"]]), np.concatenate([d["y"], d["y_test"]]), "all"
        )
    return make(d["x"], d["y"], "train", test=make(d["x_test"], d["y_test"], "test"))


# ---------------------------------------------------------------------- shipped
def digits(standardize: bool = True) -> ZooData:
    """sklearn's 8x8 digits (1797 samples, 64 features, 10 classes), shipped offline.

    Parameters
    ----------
    standardize : bool
        Scale pixel values from [0, 16] to [0, 1].

    Returns
    -------
    ZooData
        ``X`` ``(1797, 64)`` float32 (the zoo's CNNs reshape rows to 1x8x8 images),
        ``y`` int64 labels.
    """
    datasets = optional_import("sklearn.datasets", "zoo")
    d = datasets.load_digits()
    X = torch.tensor(d.data, dtype=torch.float32)
    if standardize:
        X = X / 16.0
    return ZooData(
        X,
        torch.tensor(d.target, dtype=torch.int64),
        name="digits",
        num_classes=10,
        in_channels=1,
        input_size=8,
    )


def breast_cancer(standardize: bool = True) -> ZooData:
    """sklearn's Wisconsin breast-cancer set: a tabular binary task, shipped offline.

    Parameters
    ----------
    standardize : bool
        z-score each of the 30 features.

    Returns
    -------
    ZooData
        ``X`` ``(569, 30)`` float32, ``y`` in {0: malignant, 1: benign}.
    """
    datasets = optional_import("sklearn.datasets", "zoo")
    d = datasets.load_breast_cancer()
    X = np.asarray(d.data, dtype=np.float64)
    if standardize:
        X = _standardize(X)
    return ZooData(
        torch.tensor(X, dtype=torch.float32),
        torch.tensor(d.target, dtype=torch.int64),
        name="breast_cancer",
        num_classes=2,
        classes=[str(c) for c in d.target_names],
        feature_names=[str(f) for f in d.feature_names],
    )


_ZEN_NOTE = "The Zen of Python (the stdlib module `this`), used when no text file is given"


def _zen_text() -> str:
    with contextlib.redirect_stdout(io.StringIO()):  # `import this` prints the Zen
        import this
    return codecs.decode(this.s, "rot13")


def text_corpus(
    path: str | os.PathLike | None = None,
    seq_len: int = 30,
    step: int = 1,
    targets: str = "next",
    max_chars: int | None = None,
    lowercase: bool = False,
) -> ZooData:
    """Character windows of a text for the char-level RNN (`lossviz.zoo.CharRNN`).

    Parameters
    ----------
    path : str or os.PathLike, optional
        A UTF-8 text file, e.g. a local copy of Shakespeare (``input.txt`` of
        char-rnn's tiny-shakespeare). When ``None``, the text is "The Zen of Python",
        which ships with Python itself (``import this``): ~850 characters, enough for a
        quick demo and always offline.
    seq_len : int
        Characters per input window (30 in the seeds).
    step : int
        Offset between consecutive windows.
    targets : {"next", "sequence"}
        ``"next"``: ``y`` ``(N,)`` is the character after each window (for the default
        ``CharRNN``); ``"sequence"``: ``y`` ``(N, seq_len)`` is the window shifted by one
        (for ``CharRNN(return_sequence=True)`` with
        ``loss_fn=lossviz.zoo.sequence_cross_entropy``).
    max_chars : int, optional
        Use only the first ``max_chars`` characters of the text.
    lowercase : bool
        Lower-case the text first (a smaller vocabulary).

    Returns
    -------
    ZooData
        ``X`` ``(N, seq_len)`` int64 character indices, ``y`` as chosen; ``data.vocab``
        is the string of characters (index ``i`` <-> ``vocab[i]``), ``data.text`` the text.
    """
    seq_len = check_int("seq_len", seq_len)
    step = check_int("step", step)
    check_choice("targets", targets, ("next", "sequence"))
    if path is None:
        text, source = _zen_text(), _ZEN_NOTE
    else:
        p = Path(path)
        if not p.is_file():
            raise FileNotFoundError(f"text_corpus: no such file {str(p)!r}")
        text, source = p.read_text(encoding="utf-8"), str(p)
    if max_chars is not None:
        text = text[: check_int("max_chars", max_chars, 2)]
    if lowercase:
        text = text.lower()
    if len(text) < seq_len + 1:
        raise ValueError(
            f"text_corpus: the text has {len(text)} characters; need more than seq_len={seq_len}"
        )
    vocab = "".join(sorted(set(text)))
    lookup = {ch: i for i, ch in enumerate(vocab)}
    codes = torch.tensor([lookup[ch] for ch in text], dtype=torch.int64)
    starts = torch.arange(0, len(codes) - seq_len, step)
    window = starts[:, None] + torch.arange(seq_len)[None, :]
    X = codes[window]
    y = codes[window + 1] if targets == "sequence" else codes[starts + seq_len]
    return ZooData(
        X,
        y,
        name="text",
        num_classes=len(vocab),
        vocab=vocab,
        text=text,
        source=source,
        seq_len=seq_len,
    )


# ---------------------------------------------------------------------- local files
def _read_arff(path: Path) -> tuple[list[str], list[list[str] | None], list[list[str]]]:
    names: list[str] = []
    kinds: list[list[str] | None] = []  # None = numeric, else nominal values
    rows: list[list[str]] = []
    in_data = False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("%"):
                continue
            low = line.lower()
            if not in_data and low.startswith("@attribute"):
                rest = line[len("@attribute") :].strip()
                if rest.startswith(("'", '"')):
                    q = rest[0]
                    end = rest.index(q, 1)
                    name, typ = rest[1:end], rest[end + 1 :].strip()
                else:
                    name, _, typ = rest.partition(" ")
                    typ = typ.strip()
                names.append(name)
                if typ.startswith("{"):
                    kinds.append([v.strip().strip("'\"") for v in typ.strip("{} ").split(",")])
                else:
                    kinds.append(None)
            elif low.startswith("@data"):
                in_data = True
            elif in_data:
                rows.append([v.strip().strip("'\"") for v in line.split(",")])
    if not names or not in_data:
        raise ValueError(f"{str(path)!r} is not an ARFF file (no @attribute / @data sections)")
    return names, kinds, rows


def _read_csv(path: Path) -> tuple[list[str], list[list[str] | None], list[list[str]]]:
    import csv

    with open(path, encoding="utf-8", newline="") as fh:
        table = [r for r in csv.reader(fh) if r and any(c.strip() for c in r)]
    if len(table) < 2:
        raise ValueError(f"{str(path)!r}: a CSV file needs a header row and data rows")
    names = [c.strip() for c in table[0]]
    rows = [[c.strip() for c in r] for r in table[1:]]
    kinds: list[list[str] | None] = []
    for j in range(len(names)):
        col = [r[j] for r in rows]
        try:
            [float(v) for v in col]
            kinds.append(None)
        except ValueError:
            kinds.append(sorted(set(col)))
    return names, kinds, rows


def seismic_bumps(
    path: str | os.PathLike, target: str = "class", standardize: bool = True
) -> ZooData:
    """The UCI Seismic-bumps data (hazardous seismic bumps in a coal mine) from a local file.

    Reads the official ARFF file (``seismic-bumps.arff``) or a CSV with a header row.
    Nominal attributes become their index in the declared order (the hazard levels
    a < b < c < d stay ordered; CSV text columns use sorted order), numeric ones are
    kept; the ``target`` column is the label (``1`` = hazardous, ``0`` = not).

    Parameters
    ----------
    path : str or os.PathLike
        The ``.arff`` or ``.csv`` file (never downloaded).
    target : str
        Name of the label column.
    standardize : bool
        z-score each feature.

    Returns
    -------
    ZooData
        ``X`` ``(2584, 18)`` float32 for the official file, ``y`` in {0, 1}.
    """
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"seismic_bumps: no such file {str(p)!r}")
    names, kinds, rows = _read_arff(p) if p.suffix.lower() == ".arff" else _read_csv(p)
    if target not in names:
        raise ValueError(f"target={target!r} is not a column; columns are {names}")
    t = names.index(target)
    rows = [r for r in rows if len(r) == len(names)]
    if not rows:
        raise ValueError(f"{str(p)!r} has no complete data rows")
    cols = []
    for j, kind in enumerate(kinds):
        vals = [r[j] for r in rows]
        if kind is None:
            try:
                cols.append(np.array([float(v) for v in vals]))
            except ValueError:
                raise ValueError(f"column {names[j]!r} has a non-numeric value") from None
        else:
            index = {v: i for i, v in enumerate(kind)}
            bad = sorted(set(vals) - set(index))
            if bad:
                raise ValueError(f"column {names[j]!r}: undeclared values {bad[:5]}")
            cols.append(np.array([index[v] for v in vals], dtype=np.float64))
    label_raw = [r[t] for r in rows]
    try:  # numeric labels ("0"/"1") keep their value
        y = np.array([int(float(v)) for v in label_raw])
        classes = sorted({int(v) for v in y})
        y = np.searchsorted(classes, y)
    except ValueError:
        classes = sorted(set(label_raw))
        y = np.searchsorted(classes, label_raw)
    feats = [c for j, c in enumerate(cols) if j != t]
    X = np.stack(feats, axis=1)
    if standardize:
        X = _standardize(X)
    return ZooData(
        torch.tensor(X, dtype=torch.float32),
        torch.tensor(y, dtype=torch.int64),
        name="seismic_bumps",
        num_classes=len(classes),
        classes=[str(c) for c in classes],
        feature_names=[n for j, n in enumerate(names) if j != t],
    )


# ---------------------------------------------------------------------- CIFAR-10 constants
#: per-channel mean / std of the CIFAR-10 training images (`lossviz.zoo.images.cifar10`)
CIFAR10_MEAN = (0.4914, 0.4822, 0.4465)
CIFAR10_STD = (0.2470, 0.2435, 0.2616)
CIFAR10_CLASSES = (
    "airplane",
    "automobile",
    "bird",
    "cat",
    "deer",
    "dog",
    "frog",
    "horse",
    "ship",
    "truck",
)
