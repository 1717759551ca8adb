"""Interactive widgets (``pip install lossviz[widgets]``): `Explorer` and `Compare`.

Python computes, the browser draws. Modules, bottom up:

- ``state``: compute settings (`ComputeState`), display-setting checks, the keywords
  Explorer and Compare share as one option group (`WidgetOptions`, whose `JobOptions` part
  the job takes), the weights' fingerprint used by every cache;
- ``controller``: the worker thread (last request wins, cancel, asking the user);
- ``job``: what is computed (preview, full grid, eigen-ratio map with a time estimate);
- ``serialize`` / ``view``: the binary frame and the anywidget `LandscapeView` that draws;
- ``snapshot``: PNG fallback and standalone offline HTML page;
- ``base``: the widget (compute controls + one view); ``explorer`` / ``compare``;
- ``descent``: the reference optimizers of the descent ball (the browser animates it).

`Explorer` and `Compare` are imported lazily (ipywidgets and anywidget on first use).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Compare", "Explorer"]

_WHERE = {"Explorer": "explorer", "Compare": "compare"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
