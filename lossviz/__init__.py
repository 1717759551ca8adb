"""lossviz: explore the loss landscape of a neural network from a notebook.

Implements Li et al., "Visualizing the Loss Landscape of Neural Nets" (NeurIPS 2018)
on a vectorized torch evaluation core. ``import lossviz`` imports torch and numpy only;
plotting and widget toolkits are imported when first used.
"""

from .core.connect import Curve, connect, connect_plane, ensemble_accuracy, plane_surface
from .core.curvature import RatioMapOptions
from .core.directions import (
    Directions,
    interpolation_direction,
    plane_directions,
    random_directions,
)
from .core.evaluate import Cancelled, interpolate, surface
from .core.hessian import (
    EigenResult,
    HessianConvergenceWarning,
    HessianOptions,
    HessianSpectrum,
    RatioMapEstimate,
    SharpnessTable,
    TraceEstimate,
    eigen_ratio_surface,
    estimate_eigen_ratio_time,
    hessian_directions,
    hessian_eigenvalues,
    hessian_spectrum,
    hessian_trace,
    hessian_vector_product,
    layer_eigenvalues,
    sharpness,
    sharpness_table,
)
from .core.inputs import EvalOptions
from .core.params import preserved
from .core.trajectory import Trajectory, pca_directions
from .landscape import Landscape

__all__ = [
    "Cancelled",
    "Compare",
    "Curve",
    "Directions",
    "EigenResult",
    "EvalOptions",
    "Explorer",
    "HessianConvergenceWarning",
    "HessianOptions",
    "HessianSpectrum",
    "Landscape",
    "RatioMapEstimate",
    "RatioMapOptions",
    "SharpnessTable",
    "TraceEstimate",
    "Trajectory",
    "connect",
    "connect_plane",
    "eigen_ratio_surface",
    "estimate_eigen_ratio_time",
    "ensemble_accuracy",
    "hessian_directions",
    "hessian_eigenvalues",
    "hessian_spectrum",
    "hessian_trace",
    "hessian_vector_product",
    "interpolate",
    "interpolation_direction",
    "layer_eigenvalues",
    "pca_directions",
    "plane_directions",
    "plane_surface",
    "preserved",
    "random_directions",
    "sharpness",
    "sharpness_table",
    "surface",
]


def __getattr__(name: str):
    # the widgets import ipywidgets/plotly: load them on first use only
    if name in ("Explorer", "Compare"):
        from . import widgets

        return getattr(widgets, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


try:
    from importlib.metadata import version as _version

    __version__ = _version("lossviz")
except Exception:  # pragma: no cover
    __version__ = "0+unknown"
