"""Small shared helpers with no heavy imports: optional imports, validation, option groups,
`atomic_path`.

This module sits below everything else in the package (no torch, no plotting).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from numbers import Integral
from typing import Any

from .atomic import atomic_path

__all__ = [
    "Options",
    "atomic_path",
    "check_choice",
    "check_int",
    "check_positive_int",
    "optional_import",
    "options_signature",
]


def optional_import(module: str, extra: str) -> Any:
    """Import an optional dependency or raise an ImportError with an install hint.

    Parameters
    ----------
    module : str
        Module name, e.g. ``"h5py"``.
    extra : str
        The lossviz extra that provides it, e.g. ``"plotly"``.

    Returns
    -------
    module
        The imported module.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            f"{module!r} is required for this feature; install it with "
            f"`pip install lossviz[{extra}]` (or `pip install {module.split('.')[0]}`)."
        ) from exc


def check_positive_int(
    name: str, value: Any, *, optional: bool = False, expected: str = "a positive integer"
) -> Any:
    """Raise ``ValueError`` naming ``name`` unless ``value`` is an integer >= 1 (as `check_int`).

    Parameters
    ----------
    name : str
        The argument's name, used in the message.
    value : object
        The value given (a Python or numpy integer, not a bool).
    optional : bool
        Accept ``None`` too.
    expected : str
        What is allowed, for the message.

    Returns
    -------
    object
        ``value``, unchanged.
    """
    if optional and value is None:
        return value
    try:
        check_int(name, value, 1)
    except ValueError:
        raise ValueError(f"{name} must be {expected}, got {value!r}") from None
    return value


def check_int(name: str, value: Any, minimum: int = 1) -> int:
    """``value`` as an ``int`` >= ``minimum`` (a Python or numpy integer, not a bool).

    Parameters
    ----------
    name : str
        The argument's name, used in the message.
    value : object
        The value given.
    minimum : int
        The smallest allowed value.

    Returns
    -------
    int

    Raises
    ------
    ValueError
        Naming ``name`` and ``minimum`` otherwise.
    """
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def check_choice(name: str, value: Any, allowed: Iterable[Any]) -> Any:
    """``value``, unchanged, if it is one of ``allowed``; else ``ValueError`` naming ``name``.

    The message lists the allowed values (a private helper: the arguments are as in
    `check_int`, with ``allowed`` any iterable).
    """
    allowed = list(allowed)
    if value not in allowed:
        raise ValueError(f"{name}={value!r} is not allowed; choose one of {allowed!r}")
    return value


class Options:
    """Base of the small frozen option dataclasses (a group of keywords shared by functions).

    A public function that takes a group (e.g. ``EvalOptions``) accepts it either as one
    object, ``options=``, or as the individual keywords, which override the object's fields.
    Subclasses are ``@dataclass(frozen=True)`` and validate their fields in
    ``__post_init__``.
    """

    @classmethod
    def of(cls, options: Any = None, kwargs: Mapping[str, Any] | None = None, *, where: str = ""):
        """The options to use: ``options`` (or the defaults) with ``kwargs`` applied.

        Parameters
        ----------
        options : Options subclass instance or None
            The group given as one object.
        kwargs : mapping, optional
            Individual keywords (the keyword API); each must be a field of ``cls``.
        where : str
            The calling function's name, for messages.

        Returns
        -------
        Options
            An instance of ``cls``.

        Raises
        ------
        TypeError
            Naming the unknown keyword and the allowed ones, or a wrong ``options`` type.
        """
        if options is not None and not isinstance(options, cls):
            raise TypeError(
                f"{where or cls.__name__}: options must be a {cls.__name__} or None, "
                f"got {type(options).__name__}"
            )
        kwargs = dict(kwargs or {})
        names = cls.field_names()
        unknown = sorted(set(kwargs) - set(names))
        if unknown:
            raise TypeError(
                f"{where or cls.__name__}() got an unexpected keyword argument {unknown[0]!r}; "
                f"the {cls.__name__} keywords are {', '.join(names)}"
            )
        base = options if options is not None else cls()
        return dataclasses.replace(base, **kwargs) if kwargs else base

    @classmethod
    def field_names(cls) -> list[str]:
        """The group's keywords, in declaration order.

        Returns
        -------
        list of str
        """
        return [f.name for f in dataclasses.fields(cls)]

    def as_kwargs(self) -> dict[str, Any]:
        """The fields as a ``dict`` of keywords (shallow: values are not copied).

        Returns
        -------
        dict
        """
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


def options_signature(
    *groups: type, exclude: Iterable[str] = ()
) -> Callable[[Callable], Callable]:
    """Decorator: show the fields of option ``groups`` as keyword parameters of a function.

    The function takes them through ``**kwargs``; its published signature (``help()``,
    Jupyter's shift-tab, `inspect.signature`) lists them, with their defaults, in place of
    ``**kwargs``. Fields the function already names are not repeated.

    Parameters
    ----------
    *groups : type
        `Options` dataclasses.
    exclude : iterable of str
        Fields not to list (the function refuses them).

    Returns
    -------
    callable
        The decorator.
    """

    def decorate(func: Callable) -> Callable:
        sig = inspect.signature(func)
        params = [p for p in sig.parameters.values() if p.kind is not p.VAR_KEYWORD]
        seen = {p.name for p in params} | set(exclude)
        for group in groups:
            for f in dataclasses.fields(group):
                if f.name in seen:
                    continue
                seen.add(f.name)
                default = f.default
                if default is dataclasses.MISSING and f.default_factory is not dataclasses.MISSING:
                    default = f.default_factory()
                kind = inspect.Parameter.KEYWORD_ONLY
                params.append(inspect.Parameter(f.name, kind, default=default, annotation=f.type))
        func.__signature__ = sig.replace(parameters=params)
        return func

    return decorate
