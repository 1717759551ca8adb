"""Shared setup for the tutorial notebooks in ``notebooks/``.

The notebooks run in two sizes with the same code path: full size (the committed outputs)
and a small size for CI, selected by the environment variable ``LOSSVIZ_SMALL=1``
(smaller grids, fewer epochs).

>>> import os
>>> from lossviz.zoo import tutorial
>>> os.environ.pop("LOSSVIZ_SMALL", None) and None
>>> tutorial.pick(41, 9)
41
>>> os.environ["LOSSVIZ_SMALL"] = "1"
>>> tutorial.pick(41, 9)
9
>>> del os.environ["LOSSVIZ_SMALL"]
"""

from __future__ import annotations

import logging
import os
from typing import Any, TypeVar

from .._util import optional_import

T = TypeVar("T")

ENV = "LOSSVIZ_SMALL"


def small() -> bool:
    """Whether the notebooks run in the small (CI) size.

    Returns
    -------
    bool
        True when the environment variable ``LOSSVIZ_SMALL`` is set to a non-empty value
        other than ``"0"``.
    """
    return os.environ.get(ENV, "") not in ("", "0")


def pick(full: T, small_value: T) -> T:
    """``full`` normally, ``small_value`` under ``LOSSVIZ_SMALL=1``.

    Parameters
    ----------
    full : object
        Value for the full-size run (grid points, epochs, ...).
    small_value : object
        Value for the quick CI run.

    Returns
    -------
    object
    """
    return small_value if small() else full


def png(fig: Any, width: int | None = None, height: int | None = None, scale: float = 1.0) -> Any:
    """A plotly figure as an embedded PNG (`IPython.display.Image`).

    Saved notebooks show plotly figures only with a renderer that embeds them; a PNG shows
    everywhere (GitHub, nbviewer, a notebook opened without a kernel).

    Parameters
    ----------
    fig : plotly.graph_objects.Figure
        The figure.
    width, height : int, optional
        Size in pixels (default: the figure's layout size).
    scale : float
        Resolution factor.

    Returns
    -------
    IPython.display.Image
    """
    display = optional_import("IPython.display", "widgets")
    optional_import("kaleido", "plotly")
    if not os.environ.get("BROWSER_PATH") and os.path.exists("/usr/bin/chromium"):
        os.environ["BROWSER_PATH"] = "/usr/bin/chromium"
    # chromium's pipe occasionally sends a malformed message that choreographer logs with a
    # traceback and then ignores; keep that noise out of the notebooks' outputs
    logging.getLogger("choreographer").setLevel(logging.CRITICAL)
    data = fig.to_image(format="png", width=width, height=height, scale=scale)
    return display.Image(data=data, format="png")
