"""Local image benchmarks: CIFAR-10 binary batches and MNIST idx files (never downloaded).

`cifar10` and `mnist` are one loader (`_image_loader`: check the split, read, scale to [0, 1],
standardize per channel, wrap in a `lossviz.zoo.ZooData`) over two file readers: the
official CIFAR-10 *binary* version (records of 1 label byte + 3072 pixel bytes; the pickled
"python version" is never read) and the idx files of MNIST / Fashion-MNIST, each optionally
gzipped.
"""

from __future__ import annotations

import gzip
import os
import struct
from pathlib import Path
from typing import Any

import numpy as np
import torch

from .._util import check_choice, check_int
from .data import CIFAR10_CLASSES, CIFAR10_MEAN, CIFAR10_STD, ZooData

__all__ = ["cifar10", "mnist"]


def _open_maybe_gz(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw


def _limit(X: np.ndarray, y: np.ndarray, limit: int | None) -> tuple[np.ndarray, np.ndarray]:
    if limit is None:
        return X, y
    n = check_int("limit", limit)
    return X[:n], y[:n]


def _read_cifar10(root: Path, split: str, limit: int | None) -> tuple[np.ndarray, np.ndarray]:
    """uint8 images ``(N, 3, 32, 32)`` and labels of the binary batches of ``split``."""
    if (root / "cifar-10-batches-bin").is_dir():
        root = root / "cifar-10-batches-bin"
    names = [f"data_batch_{i}.bin" for i in range(1, 6)] if split == "train" else ["test_batch.bin"]
    files = [root / n for n in names]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        hint = ""
        if (root / "data_batch_1").exists() or (root / "cifar-10-batches-py").exists():
            hint = (
                " (this looks like the pickled 'python version'; lossviz reads the "
                "'binary version', cifar-10-binary.tar.gz, from the same page)"
            )
        raise FileNotFoundError(f"cifar10: missing {missing}{hint}")
    record = 1 + 3072
    Xs, ys = [], []
    remaining = None if limit is None else check_int("limit", limit)
    for f in files:
        raw = np.frombuffer(_open_maybe_gz(f), dtype=np.uint8)
        if raw.size % record:
            raise ValueError(f"{str(f)!r} is not a CIFAR-10 binary batch (size {raw.size})")
        rec = raw.reshape(-1, record)
        if remaining is not None:
            rec = rec[:remaining]
            remaining -= len(rec)
        ys.append(rec[:, 0].astype(np.int64))
        Xs.append(rec[:, 1:].reshape(-1, 3, 32, 32))
        if remaining is not None and remaining <= 0:
            break
    y = np.concatenate(ys)
    if y.size and y.max() > 9:
        raise ValueError("cifar10: labels above 9; is this CIFAR-100 (use a 2-byte-label reader)?")
    return np.concatenate(Xs), y


def _read_idx(path: Path) -> np.ndarray:
    raw = _open_maybe_gz(path)
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0:
        raise ValueError(f"{str(path)!r} is not an idx file (bad magic number)")
    dtypes = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
    if raw[2] not in dtypes:
        raise ValueError(f"{str(path)!r}: unknown idx data type 0x{raw[2]:02x}")
    ndim = raw[3]
    shape = struct.unpack(f">{ndim}I", raw[4 : 4 + 4 * ndim])
    dt = np.dtype(dtypes[raw[2]])
    body = raw[4 + 4 * ndim :]
    if len(body) != int(np.prod(shape)) * dt.itemsize:
        raise ValueError(f"{str(path)!r}: size does not match the idx header {shape}")
    return np.frombuffer(body, dtype=dt).reshape(shape)


def _find(root: Path, stem: str) -> Path:
    dotted = stem.replace("-idx", ".idx")
    for cand in (stem, stem + ".gz", dotted, dotted + ".gz"):
        if (root / cand).is_file():
            return root / cand
    raise FileNotFoundError(f"mnist: no {stem}[.gz] in {str(root)!r}")


def _read_mnist(root: Path, split: str, limit: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Images ``(N, 1, H, W)`` and labels of the idx files of ``split``."""
    if not root.is_dir():
        raise FileNotFoundError(f"mnist: no such directory {str(root)!r}")
    prefix = "train" if split == "train" else "t10k"
    images = _read_idx(_find(root, f"{prefix}-images-idx3-ubyte"))
    labels = _read_idx(_find(root, f"{prefix}-labels-idx1-ubyte"))
    if images.ndim != 3 or labels.ndim != 1 or len(images) != len(labels):
        raise ValueError(f"mnist: images {images.shape} and labels {labels.shape} do not match")
    images, labels = _limit(images, labels, limit)
    return images[:, None], labels


def _image_loader(
    name: str,
    read: Any,
    mean: tuple[float, ...],
    std: tuple[float, ...],
    doc: str,
    classes: tuple[str, ...] | None = None,
) -> Any:
    """The public loader of a local image benchmark: ``read`` the files, scale, standardize.

    One implementation behind `cifar10` and `mnist`: ``read(root, split, limit)`` returns
    the images ``(N, C, H, W)`` (8-bit values) and the labels; the loader scales them to
    [0, 1], standardizes them per channel with ``mean``/``std`` when asked, and wraps them
    in a `ZooData` named ``"<name> (<split>)"``. ``doc`` becomes the loader's docstring.
    """
    m = np.array(mean, dtype=np.float32)[:, None, None]
    sd = np.array(std, dtype=np.float32)[:, None, None]

    def load(
        path: str | os.PathLike,
        split: str = "train",
        limit: int | None = None,
        normalize: bool = True,
    ) -> ZooData:
        check_choice("split", split, ("train", "test"))
        images, labels = read(Path(path), split, limit)
        X = images.astype(np.float32) / 255.0
        if normalize:
            X = (X - m) / sd
        return ZooData(
            torch.from_numpy(np.ascontiguousarray(X)),
            torch.from_numpy(labels.astype(np.int64)),
            name=f"{name} ({split})",
            num_classes=10,
            in_channels=len(mean),
            input_size=int(images.shape[-1]),
            **({} if classes is None else {"classes": list(classes)}),
        )

    load.__name__ = load.__qualname__ = name
    load.__doc__ = doc
    return load


cifar10 = _image_loader(
    "cifar10",
    _read_cifar10,
    CIFAR10_MEAN,
    CIFAR10_STD,
    """CIFAR-10 from a local copy of the official *binary* version (never downloaded).

    ``path`` is the ``cifar-10-batches-bin`` directory (or its parent) holding
    ``data_batch_1.bin`` ... ``data_batch_5.bin`` and ``test_batch.bin``: records of
    1 label byte + 3072 pixel bytes (1024 R, 1024 G, 1024 B, row-major 32x32). The
    "python version" (pickled batches) is not read: lossviz never unpickles files.

    Parameters
    ----------
    path : str or os.PathLike
        Directory of the binary batches.
    split : {"train", "test"}
        The 50 000 training or 10 000 test images.
    limit : int, optional
        Keep only the first ``limit`` images (fast demos).
    normalize : bool
        Scale to [0, 1] and standardize per channel with the usual CIFAR-10 mean/std;
        otherwise only scale to [0, 1].

    Returns
    -------
    ZooData
        ``X`` ``(N, 3, 32, 32)`` float32, ``y`` int64 in 0..9 (``data.classes``).
    """,
    classes=CIFAR10_CLASSES,
)

mnist = _image_loader(
    "mnist",
    _read_mnist,
    (0.1307,),
    (0.3081,),
    """MNIST (or Fashion-MNIST) from local idx files (never downloaded).

    ``path`` is a directory with ``train-images-idx3-ubyte``, ``train-labels-idx1-ubyte``,
    ``t10k-images-idx3-ubyte``, ``t10k-labels-idx1-ubyte`` (each optionally ``.gz``).

    Parameters
    ----------
    path : str or os.PathLike
        Directory of the idx files.
    split : {"train", "test"}
        60 000 training or 10 000 test images.
    limit : int, optional
        Keep only the first ``limit`` images.
    normalize : bool
        Standardize with the usual MNIST mean/std (0.1307, 0.3081) after scaling to
        [0, 1]; otherwise only scale to [0, 1].

    Returns
    -------
    ZooData
        ``X`` ``(N, 1, 28, 28)`` float32, ``y`` int64.
    """,
)
