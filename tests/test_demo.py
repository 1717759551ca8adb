"""`lossviz demo`: headless detection and the static report."""

from __future__ import annotations

import re

import pytest

from lossviz import demo
from lossviz.cli import main

pytest.importorskip("plotly")


def test_headless_detection(monkeypatch):
    monkeypatch.delenv("LOSSVIZ_HEADLESS", raising=False)
    monkeypatch.delenv("CI", raising=False)
    assert not demo.headless()
    monkeypatch.setenv("CI", "true")
    assert demo.headless()
    monkeypatch.setenv("CI", "false")
    monkeypatch.setenv("LOSSVIZ_HEADLESS", "1")
    assert demo.headless()


def test_report_has_every_figure(tmp_path):
    out = demo.build_report(tmp_path / "r.html", grid=9, epochs=5)
    text = out.read_text()
    assert text.count("plotly-graph-div") >= 3
    for heading in ("2D landscape", "3D surface", "1D interpolation"):
        assert heading in text
    assert re.search(r"81 points in [0-9.]+ s", text)
    assert oct(out.stat().st_mode & 0o777) != "0o600"


def test_cli_demo_headless_writes_report_and_exits(tmp_path, monkeypatch):
    monkeypatch.setattr(
        demo,
        "build_report",
        lambda path, **k: (tmp_path / "x.html").write_text("ok") and (tmp_path / "x.html"),
    )
    monkeypatch.setenv("LOSSVIZ_HEADLESS", "1")
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    assert (tmp_path / "x.html").read_text() == "ok"
