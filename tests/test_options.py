"""The option-group mechanism (`lossviz._util.Options`, `options_signature`)."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

import pytest

from lossviz._util import Options, options_signature


@dataclass(frozen=True)
class _Group(Options):
    size: int = 3
    mode: str = "a"


@options_signature(_Group)
def _func(x, y=2, *, options=None, **kwargs):
    return _Group.of(options, kwargs, where="_func")


def test_keywords_override_the_object_and_defaults_apply():
    assert _func(1) == _Group()
    assert _func(1, mode="b") == _Group(size=3, mode="b")
    assert _func(1, options=_Group(size=7), mode="c") == _Group(size=7, mode="c")
    assert _Group(size=7).as_kwargs() == {"size": 7, "mode": "a"}


def test_unknown_keyword_and_wrong_object_are_named():
    msg = r"_func\(\) got an unexpected keyword argument 'sise'.*size, mode"
    with pytest.raises(TypeError, match=msg):
        _func(1, sise=4)
    with pytest.raises(TypeError, match="options must be a _Group or None, got dict"):
        _func(1, options={"size": 4})


def test_published_signature_lists_the_group_fields():
    sig = inspect.signature(_func)
    assert list(sig.parameters) == ["x", "y", "options", "size", "mode"]
    assert sig.parameters["size"].default == 3
    assert sig.parameters["mode"].kind is inspect.Parameter.KEYWORD_ONLY
