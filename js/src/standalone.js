// Standalone pages (offline HTML export, tests): a tiny in-page model with the anywidget model
// API (get / set / on / off / save_changes / send), so the widget draws without a kernel.
import { LandscapeWidget } from "./widget.js";

const DEFAULTS = {
  frame: {}, view: "contour", metric: "loss", requested_metric: "", scale: "log", clip: 10,
  colormap: "auto", epoch: -1, camera: {}, presentation: false,
  ball: { method: "gd", lr: 0.05, start: null, running: false },
  status: { state: "idle", message: "", progress: 0, estimate_s: null }, available_metrics: [],
};

export class FakeModel {
  constructor(state = {}) {
    this.state = { ...DEFAULTS, ...state };
    this.handlers = new Map();
    this.sent = [];
  }
  get(name) { return this.state[name]; }
  set(name, value) {
    const old = this.state[name];
    this.state[name] = value;
    if (old !== value) this.emit(`change:${name}`, value);
  }
  on(name, fn) {
    if (!this.handlers.has(name)) this.handlers.set(name, new Set());
    this.handlers.get(name).add(fn);
  }
  off(name, fn) {
    if (!name) { this.handlers.clear(); return; }
    const s = this.handlers.get(name);
    if (s) { if (fn) s.delete(fn); else s.clear(); }
  }
  emit(name, value) {
    const s = this.handlers.get(name);
    if (s) for (const fn of [...s]) fn(value);
  }
  save_changes() {}
  send(msg) { this.sent.push(msg); this.emit("msg:custom", msg); }
}

// Draw a LandscapeView from plain state (frame bytes as base64 strings, ArrayBuffers,
// DataViews or typed arrays). Returns {model, widget, cleanup}.
export function renderStandalone(el, state = {}) {
  const model = new FakeModel(state);
  const widget = new LandscapeWidget(model, el);
  return { model, widget, cleanup: () => widget.destroy() };
}
