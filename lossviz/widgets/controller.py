"""Scheduling for the widgets, testable without a browser or ipywidgets.

`Controller` runs jobs on one worker thread, off the kernel's main thread (torch releases
the GIL, so the kernel stays responsive). Every request gets a generation number; a new
request cancels the running one (a ``threading.Event`` handed to `lossviz.surface` as
``cancel=``) and results of older generations are dropped, so the last request always wins:
a burst of slider moves never ends on a stale frame. A job may stop and ask the user a
question (`JobContext.ask`: "this will take 20 minutes, go on?"); `Controller.answer`
replies. What the widgets compute lives in `lossviz.widgets.job`.
"""

from __future__ import annotations

import atexit
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from typing import Any


class JobContext:
    """Handed to a running job: its cancel event and ways to report back."""

    def __init__(self, controller: Controller, generation: int, cancel: threading.Event):
        self.controller = controller
        self.generation = generation
        self.cancel = cancel
        self._last_progress = 0.0

    @property
    def stale(self) -> bool:
        """True once a newer request arrived or the job was cancelled."""
        return self.cancel.is_set() or self.generation != self.controller.generation

    def emit(self, frame: Any) -> bool:
        """Deliver a result; dropped (returns False) when the job is stale."""
        return self.controller._deliver(self.generation, "frame", frame)

    def progress(
        self,
        done: int,
        total: int,
        label: str = "",
        force: bool = False,
        eta_s: float | None = None,
    ) -> None:
        """Report progress, at most ~20 times a second unless ``force``.

        Parameters
        ----------
        done, total : int
            Points finished and points in all.
        label : str
            What is being computed.
        force : bool
            Report even if the last report was very recent.
        eta_s : float, optional
            Projected seconds left.
        """
        now = time.perf_counter()
        if force or now - self._last_progress > 0.05 or done >= total:
            self._last_progress = now
            self.controller._deliver(self.generation, "progress", (done, total, label, eta_s))

    def ask(self, question: Any, poll: float = 0.05) -> bool:
        """Ask the user ``question`` and block until `Controller.answer` replies.

        The controller's ``on_ask(question)`` shows the question (e.g. a confirm dialog in
        the widget). A newer request, a cancel or closing the controller answers "no".

        Parameters
        ----------
        question : Any
            Passed to ``on_ask`` (the widgets pass ``{"estimate_s": ...}``).
        poll : float
            Seconds between checks of the cancel event.

        Returns
        -------
        bool
            The answer; False when the job became stale while waiting.
        """
        ctl = self.controller
        with ctl._cond:
            ctl._answer = None
            ctl._asking = self.generation
        try:
            if not ctl._deliver(self.generation, "ask", question):
                return False
            with ctl._cond:
                while ctl._answer is None:
                    if self.stale or ctl._closed:
                        return False
                    ctl._cond.wait(poll)
                return bool(ctl._answer) and not self.stale
        finally:
            with ctl._cond:
                ctl._asking = None


_LIVE: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    # stop worker threads before the interpreter (and torch's thread pool) shuts down
    for ctl in list(_LIVE):
        ctl.close()


class Controller:
    """Runs the latest request on a worker thread; the last request always wins.

    Parameters
    ----------
    job : callable
        ``job(request, ctx)`` computes and reports through ``ctx.emit`` / ``ctx.progress``;
        it should pass ``ctx.cancel`` to `lossviz.surface` so that it stops early.
    on_frame : callable, optional
        ``on_frame(frame)``, called on the worker thread for every non-stale result.
    on_progress : callable, optional
        ``on_progress(done, total, label, eta_s)`` (``eta_s``: projected seconds left, or
        None).
    on_error : callable, optional
        ``on_error(exc, traceback_text)`` when the current job raised.
    on_status : callable, optional
        ``on_status(text)`` with ``"running"``, ``"done"``, ``"cancelled"``, ``"error"``.
    on_ask : callable, optional
        ``on_ask(question)`` when the job asks the user (`JobContext.ask`); without it a
        question is answered "yes" at once.
    """

    def __init__(
        self,
        job: Callable[[Any, JobContext], None],
        on_frame: Callable[[Any], None] | None = None,
        on_progress: Callable[[int, int, str, float | None], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_status: Callable[[str], None] | None = None,
        on_ask: Callable[[Any], None] | None = None,
    ) -> None:
        if not callable(job):
            raise TypeError("job must be callable job(request, ctx)")
        self._job = job
        self.on_frame = on_frame
        self.on_progress = on_progress
        self.on_error = on_error
        self.on_status = on_status
        self.on_ask = on_ask
        self._answer: bool | None = None
        self._asking: int | None = None
        self._cond = threading.Condition()
        self._gen = 0
        self._finished = 0
        self._pending: tuple[int, Any] | None = None
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self.last_error: BaseException | None = None
        self.status = "idle"
        self.dropped = 0  # results discarded because a newer request had arrived
        _LIVE.add(self)

    @property
    def generation(self) -> int:
        """Generation of the newest request."""
        return self._gen

    @property
    def busy(self) -> bool:
        """True while a request is pending or running."""
        with self._cond:
            return self._finished < self._gen

    def submit(self, request: Any) -> int:
        """Schedule ``request``, cancelling the running one; returns its generation."""
        with self._cond:
            if self._closed:
                raise RuntimeError("this controller is closed")
            self._gen += 1
            self._pending = (self._gen, request)
            if self._cancel is not None:
                self._cancel.set()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="lossviz-widget-worker", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()
            return self._gen

    def cancel(self) -> None:
        """Stop the running request (its partial result is not shown)."""
        with self._cond:
            self._pending = None
            if self._cancel is not None:
                self._cancel.set()
            elif self._finished < self._gen:
                self._finished = self._gen
                self._cond.notify_all()

    @property
    def asking(self) -> bool:
        """True while the current job waits for `answer`."""
        with self._cond:
            return self._asking is not None and self._asking == self._gen

    def answer(self, ok: bool) -> None:
        """Reply to the question the running job asked (`JobContext.ask`)."""
        with self._cond:
            self._answer = bool(ok)
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the newest request has finished (or failed / been cancelled).

        Parameters
        ----------
        timeout : float, optional
            Seconds; None waits without limit.

        Returns
        -------
        bool
            False if the timeout expired first.
        """
        with self._cond:
            return self._cond.wait_for(lambda: self._finished >= self._gen, timeout)

    def close(self) -> None:
        """Cancel everything and stop the worker thread."""
        with self._cond:
            self._closed = True
            self._pending = None
            if self._cancel is not None:
                self._cancel.set()
            self._cond.notify_all()
        t = self._thread
        if t is not None and t is not threading.current_thread():
            t.join(timeout=5)

    # ------------------------------------------------------------------ worker
    def _deliver(self, gen: int, kind: str, payload: Any) -> bool:
        if gen != self._gen:
            if kind == "frame":
                self.dropped += 1
            return False
        try:
            if kind == "frame" and self.on_frame is not None:
                self.on_frame(payload)
            elif kind == "progress" and self.on_progress is not None:
                self.on_progress(*payload)
            elif kind == "status":
                self.status = payload
                if self.on_status is not None:
                    self.on_status(payload)
            elif kind == "error" and self.on_error is not None:
                self.on_error(*payload)
            elif kind == "ask":
                if self.on_ask is None:
                    self.answer(True)
                else:
                    self.on_ask(payload)
        except Exception as exc:  # a display callback failed: report, keep the worker
            if kind != "error" and self.on_error is not None:
                try:
                    self.on_error(exc, traceback.format_exc())
                except Exception:  # pragma: no cover - nothing left to report to
                    traceback.print_exc()
            else:  # pragma: no cover
                traceback.print_exc()
        return True

    def _run(self) -> None:
        from ..core.evaluate import Cancelled

        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending is not None or self._closed)
                if self._closed:
                    return
                gen, request = self._pending
                self._pending = None
                cancel = self._cancel = threading.Event()
            ctx = JobContext(self, gen, cancel)
            self._deliver(gen, "status", "running")
            status = "done"
            try:
                self._job(request, ctx)
                if cancel.is_set():
                    status = "cancelled"
            except Cancelled:
                status = "cancelled"
            except Exception as exc:
                status = "error"
                if gen == self._gen:
                    self.last_error = exc
                self._deliver(gen, "error", (exc, traceback.format_exc()))
            with self._cond:
                self._cancel = None
                if status != "error" and gen == self._gen:
                    self.last_error = None
            self._deliver(gen, "status", status)
            with self._cond:
                if self._pending is None and self._finished < gen:
                    self._finished = gen
                self._cond.notify_all()
