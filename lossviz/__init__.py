"""lossviz: explore the loss landscape of a neural network from a notebook.

Implements Li et al., "Visualizing the Loss Landscape of Neural Nets" (NeurIPS 2018)
on a vectorized torch evaluation core. ``import lossviz`` imports torch and numpy only;
plotting and widget toolkits are imported when first used.
"""

from .core.directions import (
    Directions,
    interpolation_direction,
    plane_directions,
    random_directions,
)
from .core.evaluate import Cancelled, interpolate, surface
from .core.params import preserved
from .landscape import Landscape

__all__ = [
    "Cancelled",
    "Directions",
    "Landscape",
    "interpolate",
    "interpolation_direction",
    "plane_directions",
    "preserved",
    "random_directions",
    "surface",
]

try:
    from importlib.metadata import version as _version

    __version__ = _version("lossviz")
except Exception:  # pragma: no cover
    __version__ = "0+unknown"
