"""Small models and offline datasets for demos, tests and tutorials."""

from .data import digits, spiral
from .models import MLP

__all__ = ["MLP", "digits", "spiral"]
