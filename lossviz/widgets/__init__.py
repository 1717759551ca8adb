"""Interactive widgets (``pip install lossviz[widgets]``): `Explorer` and `Compare`.

Imported lazily, so ``import lossviz.widgets.controller`` (the browser-free scheduling
logic) and ``lossviz.widgets.descent`` (optimizers on the 2-D slice) need no ipywidgets.
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
