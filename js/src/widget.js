// lossviz LandscapeView front-end (anywidget). Python sends frames (float32 buffers); this
// module owns every display setting and draws 2D filled contours, 1D slices and (through
// surface3d.js, three.js) the 3D surface and ParaView-style views. Display toggles repaint here
// at once and are written back to the model (model.set + save_changes) without waiting.
import { decodeFrame, sliceAtB } from "./frame.js";
import { transformPanels, contourLevels, scaleTicks, toDisplay, METRIC_LABEL, fmt } from "./scales.js";
import { lut, resolveColormap, COLORMAPS } from "./colormaps.js";
import { Panel2D, contourRings } from "./contour2d.js";
import { Panel1D } from "./line1d.js";
import { ColorBar } from "./colorbar.js";
import { GridFunction, makeStepper, descend, METHODS } from "./descent.js";
import { exportPNG, downloadDataURL } from "./export.js";
import { createSurfaceView } from "./surface3d.js";

const VIEWS = [
  ["contour", "2D contour"],
  ["surface", "3D surface"],
  ["paraview", "ParaView-style 3D"],
  ["1d", "1D slice"],
];
const METRICS = ["loss", "accuracy", "eigen_ratio"];
const METHOD_LABEL = { gd: "gradient descent", momentum: "momentum", adam: "Adam" };
const BALL_STEPS = 150; // as the Python Explorer's default
const BALL_DEFAULT = { method: "gd", lr: 0.05, start: null, running: false };

const G = typeof window !== "undefined" ? window : globalThis;
if (!G.__lossviz) G.__lossviz = [];
G.__lossvizDescent = { GridFunction, makeStepper, descend, METHODS, steps: BALL_STEPS };

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function rgbCss(t, x) {
  const k = Math.max(0, Math.min(255, Math.round(x * 255)));
  return `rgb(${t[3 * k]},${t[3 * k + 1]},${t[3 * k + 2]})`;
}

class LandscapeWidget {
  constructor(model, el) {
    this.model = model;
    this.host = el;
    this.frameObj = null;
    this.frame = null;
    this.tcache = new Map();
    this.ringCache = new Map();
    this.p2d = [];
    this.p1d = [];
    this.v3d = null;
    this.ballRun = null;
    this.raf = 0;
    this.lastPaint = null;
    this.panels = [];
    this.lastCameraSent = null;
    this.timings = [];
    this.build();
    this.listeners = [];
    const on = (name, fn) => { model.on(name, fn); this.listeners.push([name, fn]); };
    // changes made by our own controls are painted once by the control handler
    for (const n of ["frame", "view", "metric", "scale", "clip", "colormap", "epoch", "presentation", "available_metrics"]) {
      on(`change:${n}`, () => { if (!this.own) this.paint(`model:${n}`); });
    }
    on("change:ball", () => { if (!this.own) { this.syncBall(); this.paint("model:ball"); } });
    on("change:status", () => this.renderStatus());
    on("change:camera", () => {
      const cam = model.get("camera");
      if (this.v3d && cam && JSON.stringify(cam) !== this.lastCameraSent && Object.keys(cam).length) this.v3d.setCamera(cam);
    });
    this.width = 0;
    this.ro = new ResizeObserver(() => {
      const w = Math.floor(this.root.clientWidth);
      if (w > 0 && Math.abs(w - this.width) >= 2) { this.width = w; this.paint("resize"); }
    });
    this.ro.observe(this.root);
    this.onFullscreen = () => {
      if (document.fullscreenElement !== this.root && this.wentFullscreen) {
        this.wentFullscreen = false;
        if (this.model.get("presentation")) this.set("presentation", false);
      }
      this.paint("fullscreen");
    };
    document.addEventListener("fullscreenchange", this.onFullscreen);
    G.__lossviz.push(this);
    this.renderStatus();
    this.syncBall();
    this.paint("render");
  }

  // ------------------------------------------------------------------ DOM
  build() {
    const root = (this.root = h("div", { class: "lossviz-view" }));
    this.host.appendChild(root);
    const sel = (name, options, title) => {
      const s = h("select", { "data-control": name, title, onchange: () => this.onControl(name) });
      for (const [v, lab] of options) s.append(h("option", { value: v, text: lab }));
      return s;
    };
    const field = (label, ctl, cls = "") => h("label", { class: `lv-field ${cls}` }, h("span", { class: "lv-label", text: label }), ctl);
    this.c = {};
    this.c.view = sel("view", VIEWS, "view");
    this.c.metric = sel("metric", METRICS.map((m) => [m, METRIC_LABEL[m]]), "metric drawn");
    this.c.scale = sel("scale", [["log", "log"], ["linear", "linear"]], "colour scale of the loss");
    this.c.clip = h("input", {
      type: "number", min: "0", step: "any", "data-control": "clip", class: "lv-num",
      title: "loss values above this are drawn at this level (0 = no clipping)",
      onchange: () => this.onControl("clip"),
    });
    this.c.colormap = sel("colormap", COLORMAPS.map((c) => [c, c]), "colormap");
    this.c.epoch = h("input", { type: "range", min: "0", max: "0", step: "1", "data-control": "epoch", oninput: () => this.onControl("epoch") });
    this.c.epochLabel = h("span", { class: "lv-epoch-text", "data-role": "epoch-label" });
    this.c.ballMethod = sel("ball-method", METHODS.map((m) => [m, METHOD_LABEL[m]]), "optimizer of the descent ball");
    this.c.ballLr = h("input", {
      type: "range", min: "-3", max: "1", step: "0.05", "data-control": "ball-lr",
      title: "learning rate (log scale slider: value = log10(lr))", oninput: () => this.onControl("ball-lr"),
    });
    this.c.ballLrText = h("span", { class: "lv-lr-text", "data-role": "ball-lr-value" });
    this.c.ballRun = h("button", { type: "button", "data-control": "ball-run", class: "lv-btn", onclick: () => this.onControl("ball-run") });
    this.c.ballClear = h("button", { type: "button", "data-control": "ball-clear", class: "lv-btn", text: "remove ball", onclick: () => this.onControl("ball-clear") });
    this.c.presentation = h("button", { type: "button", "data-control": "presentation", class: "lv-btn", onclick: () => this.onControl("presentation") });
    this.c.png = h("button", { type: "button", "data-control": "png", class: "lv-btn", text: "PNG", title: "download a PNG of the figure", onclick: () => this.onControl("png") });
    this.epochField = field("", h("span", { class: "lv-inline" }, this.c.epoch, this.c.epochLabel), "lv-epoch");
    this.ballField = h("span", { class: "lv-group lv-ball-group", title: "descent ball on the loss: click the 2D plot to drop it" },
      h("span", { class: "lv-label", text: "ball" }), this.c.ballMethod,
      h("span", { class: "lv-inline" }, h("span", { class: "lv-label", text: "lr" }), this.c.ballLr, this.c.ballLrText),
      this.c.ballRun, this.c.ballClear);
    this.toolbar = h("div", { class: "lv-toolbar" },
      field("view", this.c.view), field("metric", this.c.metric), field("scale", this.c.scale),
      field("clip", this.c.clip), field("colormap", this.c.colormap), this.epochField, this.ballField,
      h("span", { class: "lv-spacer" }), h("span", { class: "lv-group" }, this.c.presentation, this.c.png));
    this.statusEl = h("div", { class: "lv-status", "data-role": "status" });
    this.panelsHost = h("div", { class: "lv-panels" });
    this.host3d = h("div", { class: "lossviz-3d lv-3d" });
    this.plotArea = h("div", { class: "lv-plotarea" }, this.panelsHost, this.host3d);
    this.cbHost = h("div", { class: "lv-cbhost" });
    this.colorbar = new ColorBar(this.cbHost);
    this.msg = h("div", { class: "lv-message" });
    this.body = h("div", { class: "lv-body" }, this.plotArea, this.cbHost);
    this.footer = h("div", { class: "lv-footer" });
    this.noteEl = h("span", { class: "lv-note" });
    this.ballStatus = h("span", { class: "lv-ball-status", "data-role": "ball-status" });
    this.readoutEl = h("span", { class: "lv-readout", "data-role": "readout" });
    this.footer.append(this.noteEl, this.ballStatus, this.readoutEl);
    root.append(this.toolbar, this.statusEl, this.msg, this.body, this.footer);
  }

  // ------------------------------------------------------------------ state
  get(name) {
    const v = this.model.get(name);
    if (name === "ball") return { ...BALL_DEFAULT, ...(v || {}) };
    if (name === "clip") return v == null ? 10 : +v;
    return v;
  }

  set(name, value) {
    this.own = true;
    try {
      this.model.set(name, value);
      this.model.save_changes();
    } finally {
      this.own = false;
    }
  }

  onControl(name) {
    const t0 = performance.now();
    const c = this.c;
    if (name === "view") this.set("view", c.view.value);
    else if (name === "metric") {
      const m = c.metric.value;
      const avail = this.available();
      this.set("metric", m);
      if (!avail.includes(m)) this.set("requested_metric", m);
      else if (this.model.get("requested_metric")) this.set("requested_metric", "");
      this.stopBallIfNotLoss();
    } else if (name === "scale") this.set("scale", c.scale.value);
    else if (name === "clip") {
      const v = parseFloat(c.clip.value);
      if (Number.isFinite(v) && v >= 0) this.set("clip", v);
      else c.clip.value = String(this.get("clip"));
    } else if (name === "colormap") this.set("colormap", c.colormap.value);
    else if (name === "epoch") {
      const v = parseInt(c.epoch.value, 10);
      this.set("epoch", v >= parseInt(c.epoch.max, 10) ? -1 : v);
    } else if (name === "ball-method") this.setBall({ method: c.ballMethod.value });
    else if (name === "ball-lr") this.setBall({ lr: +(10 ** parseFloat(c.ballLr.value)).toPrecision(3) });
    else if (name === "ball-run") {
      const b = this.get("ball");
      if (b.running) this.setBall({ running: false });
      else {
        const start = b.start || this.defaultStart();
        // a finished run restarts from its start
        if (this.ballRun && this.ballRun.done) this.ballRun = null;
        if (start) this.setBall({ start, running: true });
      }
    } else if (name === "ball-clear") this.setBall({ start: null, running: false });
    else if (name === "presentation") {
      const on = !this.get("presentation");
      this.set("presentation", on);
      try {
        if (on && this.root.requestFullscreen && !document.fullscreenElement) {
          const p = this.root.requestFullscreen();
          this.wentFullscreen = true;
          if (p && p.catch) p.catch(() => { this.wentFullscreen = false; });
        } else if (!on && document.fullscreenElement === this.root) document.exitFullscreen();
      } catch (e) { this.wentFullscreen = false; }
    } else if (name === "png") {
      this.toPNG().then((url) => downloadDataURL(url, "lossviz.png")).catch((e) => console.warn("lossviz: PNG export failed", e));
      return;
    }
    if (name === "ball-method" || name === "ball-lr" || name === "ball-run" || name === "ball-clear") this.syncBall();
    this.paint(`control:${name}`, t0);
  }

  setBall(patch) {
    const b = { ...this.get("ball"), ...patch };
    this.set("ball", b);
  }

  available() {
    const f = this.frame;
    if (!f || !f.panels.length) return [];
    return METRICS.filter((m) => f.panels.every((p) => p.metrics[m]));
  }

  defaultStart() {
    const f = this.frame;
    if (!f || f.ndim !== 2) return null;
    const a0 = f.a[0], a1 = f.a[f.nx - 1], b0 = f.b[0], b1 = f.b[f.ny - 1];
    return [a0 + 0.8 * (a1 - a0), b0 + 0.75 * (b1 - b0)];
  }

  stopBallIfNotLoss() {
    if (this.get("metric") !== "loss" && this.get("ball").running) this.setBall({ running: false });
  }

  getFrame() {
    const fo = this.model.get("frame");
    if (fo !== this.frameObj) {
      this.frameObj = fo;
      this.frame = fo && Object.keys(fo).length ? decodeFrame(fo) : null;
      this.tcache.clear();
      this.ringCache.clear();
      this.ballRun = null;
    }
    return this.frame;
  }

  // transformed values + scale for (frame, metric, scale, clip), cached
  transformed(frame, metric, scale, clip, slice) {
    const key = `${frame.id}|${metric}|${scale}|${clip}|${slice ? 1 : 2}`;
    let tr = this.tcache.get(key);
    if (!tr) {
      let raws = frame.panels.map((p) => p.metrics[metric]);
      if (slice) raws = raws.map((z, k) => (frame.ndim === 2 ? sliceAtB(z, frame.a, frame.b, frame.panels[k].center[1]) : z));
      tr = transformPanels(raws, metric, scale, clip);
      tr.raws = raws;
      tr.key = key;
      tr.levels = contourLevels(tr.domain, tr.eff.log, 14);
      tr.ticks = scaleTicks(tr.domain, tr.eff.log);
      if (this.tcache.size > 12) this.tcache.delete(this.tcache.keys().next().value);
      this.tcache.set(key, tr);
    }
    return tr;
  }

  // ------------------------------------------------------------------ toolbar sync
  syncControls(s, frame) {
    const c = this.c;
    const setv = (e, v) => { if (document.activeElement !== e && e.value !== String(v)) e.value = String(v); };
    const only1d = frame && frame.ndim === 1;
    for (const o of c.view.options) o.disabled = only1d && o.value !== "1d";
    setv(c.view, only1d ? "1d" : s.view);
    c.view.title = only1d ? "a 1D landscape: drawn as a line" : "view";
    const avail = this.available();
    for (const o of c.metric.options) {
      const has = avail.includes(o.value);
      o.textContent = METRIC_LABEL[o.value] + (frame && !has ? " (compute)" : "");
    }
    setv(c.metric, s.metric);
    setv(c.scale, s.scale);
    c.scale.disabled = s.metric !== "loss";
    c.scale.title = s.metric === "loss" ? "colour scale of the loss" : `${METRIC_LABEL[s.metric]} uses a linear scale`;
    setv(c.clip, s.clip);
    c.clip.disabled = s.metric !== "loss";
    setv(c.colormap, s.colormap);
    c.colormap.disabled = s.metric === "eigen_ratio";
    // epoch slider: only when a path exists
    const nmax = frame ? Math.max(0, ...frame.panels.map((p) => (p.path ? p.path.n : 0))) : 0;
    this.epochField.style.display = nmax > 0 ? "" : "none";
    if (nmax > 0) {
      c.epoch.max = String(nmax - 1);
      const k = s.epoch < 0 || s.epoch > nmax - 1 ? nmax - 1 : s.epoch;
      setv(c.epoch, k);
      const p0 = frame.panels.find((p) => p.path);
      const e = p0.path.epochs[Math.min(k, p0.path.n - 1)];
      c.epochLabel.textContent = `epoch ${Number.isFinite(e) ? Math.round(e) : k}`;
    }
    // ball
    const b = s.ball;
    const is2d = frame && frame.ndim === 2;
    this.ballField.style.display = is2d && s.view !== "1d" ? "" : "none";
    this.epochField.style.display = nmax > 0 && !(s.view === "1d" && frame.ndim === 2) ? "" : "none";
    setv(c.ballMethod, b.method);
    setv(c.ballLr, Math.log10(b.lr).toFixed(2));
    c.ballLrText.textContent = fmt(b.lr);
    const lossOk = s.metric === "loss" && frame && frame.panels.every((p) => p.metrics.loss);
    c.ballRun.disabled = !lossOk;
    c.ballRun.title = lossOk ? "run / stop the descent ball (click the 2D plot to drop it)" : "the ball descends the loss: switch the metric to loss";
    c.ballRun.textContent = b.running ? "stop" : "run";
    c.ballClear.disabled = !b.start;
    c.presentation.textContent = s.presentation ? "exit presentation" : "presentation";
    c.presentation.setAttribute("aria-pressed", s.presentation ? "true" : "false");
  }

  renderStatus() {
    const st = { state: "idle", message: "", progress: 0, estimate_s: null, ...(this.model.get("status") || {}) };
    const el = this.statusEl;
    el.innerHTML = "";
    el.dataset.state = st.state;
    el.className = `lv-status lv-status-${st.state}`;
    if (st.state === "idle" && !st.message) { el.style.display = "none"; return; }
    el.style.display = "";
    if (st.state === "computing") {
      const bar = h("div", { class: "lv-progress", role: "progressbar", "aria-valuenow": Math.round(100 * st.progress) },
        h("div", { class: "lv-progress-fill", style: `width:${(100 * Math.max(0, Math.min(1, st.progress))).toFixed(1)}%` }));
      let txt = st.message || "computing";
      txt += ` ${Math.round(100 * st.progress)}%`;
      if (st.estimate_s != null && Number.isFinite(st.estimate_s)) txt += ` (about ${st.estimate_s < 10 ? st.estimate_s.toFixed(1) : Math.round(st.estimate_s)} s left)`;
      el.append(bar, h("span", { class: "lv-status-text", text: txt }));
    } else if (st.state === "error") {
      el.append(h("span", { class: "lv-status-text lv-error", text: st.message || "error" }));
    } else if (st.state === "confirm") {
      el.append(h("span", { class: "lv-status-text", text: st.message || "continue?" }),
        h("button", { type: "button", class: "lv-btn lv-btn-primary", "data-control": "confirm-ok", text: "OK", onclick: () => this.model.send({ type: "confirm", ok: true }) }),
        h("button", { type: "button", class: "lv-btn", "data-control": "confirm-cancel", text: "Cancel", onclick: () => this.model.send({ type: "confirm", ok: false }) }));
    } else {
      el.append(h("span", { class: "lv-status-text", text: st.message }));
    }
  }

  // ------------------------------------------------------------------ ball
  syncBall() {
    const b = this.get("ball");
    if (!b.start) {
      this.ballRun = null;
      this.ballStatus.textContent = "";
      this.stopAnim();
      return;
    }
    if (b.running && !this.raf) this.startAnim();
    if (!b.running) this.stopAnim();
  }

  ensureBallRun() {
    const frame = this.frame;
    const b = this.get("ball");
    if (!frame || frame.ndim !== 2 || !b.start || !frame.panels.every((p) => p.metrics.loss)) { this.ballRun = null; return null; }
    const key = `${frame.id}|${b.method}|${b.lr}|${b.start[0]}|${b.start[1]}`;
    if (this.ballRun && this.ballRun.key === key) return this.ballRun;
    const steppers = frame.panels.map((p) => {
      const f = new GridFunction(frame.a, frame.b, p.metrics.loss);
      try { return makeStepper(f, b.start, { method: b.method, lr: b.lr, steps: BALL_STEPS }); } catch (e) { return null; }
    });
    this.ballRun = { key, steppers, done: false, method: b.method, lr: b.lr };
    this.updateBallStatus();
    return this.ballRun;
  }

  startAnim() {
    const tick = () => {
      this.raf = 0;
      const b = this.get("ball");
      if (!b.running || !b.start) return;
      const run = this.ensureBallRun();
      if (!run) return;
      let any = false;
      for (const s of run.steppers) if (s && s.step()) any = true;
      this.updateBallStatus();
      this.drawBallOnly();
      if (!any) {
        run.done = true;
        this.setBall({ running: false });
        this.syncControls(this.state(), this.frame);
        return;
      }
      this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
  }

  stopAnim() {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  updateBallStatus() {
    const run = this.ballRun;
    if (!run) { this.ballStatus.textContent = ""; return; }
    const parts = run.steppers.map((s, k) => {
      if (!s) return null;
      const name = this.frame.panels.length > 1 ? `${this.frame.panels[k].title}: ` : "";
      const v = s.values[s.values.length - 1];
      return `${name}step ${s.points.length - 1}, loss ${fmt(v)}${s.status ? ` (${s.status})` : ""}`;
    }).filter(Boolean);
    this.ballStatus.textContent = `ball (${METHOD_LABEL[run.method]}, lr ${fmt(run.lr)}): ${parts.join("; ")}`;
  }

  ballView(k) {
    const run = this.ballRun;
    if (!run || !run.steppers[k]) return null;
    return run.steppers[k];
  }

  drawBallOnly() {
    const s = this.state();
    if (s.metric !== "loss") return;
    if (s.view === "contour") {
      this.p2d.forEach((p, k) => p.drawBall(this.ballView(k), this.fs));
    } else if ((s.view === "surface" || s.view === "paraview") && this.v3d && this.last3d) {
      this.last3d.panels.forEach((p, k) => { p.ball = this.ball3d(k, this.last3d.tr); });
      if (this.v3d.setBall) this.last3d.panels.forEach((p, k) => this.v3d.setBall(k, p.ball));
      else this.v3d.update(this.last3d);
    }
    this.recordBall();
  }

  ball3d(k, tr) {
    const st = this.ballView(k);
    if (!st) return null;
    const q = st.points[st.points.length - 1];
    const v = st.values[st.values.length - 1];
    return { x: q[0], y: q[1], z: toDisplay(v, tr.eff, tr.floor), raw: v, points: st.points };
  }

  recordBall() {
    if (!this.lastPaint) return;
    const st = this.ballView(0);
    const b = this.get("ball");
    const q = st ? st.points[st.points.length - 1] : null;
    this.lastPaint.ball = st ? { metric: "loss", x: q[0], y: q[1], running: !!b.running, steps: st.points.length - 1, status: st.status, points: st.points.map((p) => [p[0], p[1]]) } : null;
  }

  // ------------------------------------------------------------------ paint
  state() {
    return {
      view: this.get("view") || "contour", metric: this.get("metric") || "loss", scale: this.get("scale") || "log",
      clip: this.get("clip"), colormap: this.get("colormap") || "auto", epoch: this.get("epoch") ?? -1,
      presentation: !!this.get("presentation"), ball: this.get("ball"),
    };
  }

  paint(reason = "", t0 = performance.now()) {
    const s = this.state();
    const frame = this.getFrame();
    this.syncControls(s, frame);
    const root = this.root;
    root.classList.toggle("lv-presentation", s.presentation);
    const fs = (this.fs = s.presentation ? 20 : 13);
    root.dataset.view = frame && frame.ndim === 1 ? "1d" : s.view;
    root.dataset.metric = s.metric;
    root.dataset.scale = s.scale;
    const sliceNote = frame && frame.ndim === 2 && s.view === "1d" ? ` · 1D slice through θ* at ${frame.bLabel} = ${fmt(frame.panels[0].center[1])}` : "";
    this.noteEl.textContent = frame ? `${frame.preview ? "preview (coarse grid) · " : ""}${frame.note}${sliceNote}` : "";
    if (!frame) return this.message("waiting for data…");
    if (!frame.panels.every((p) => p.metrics[s.metric])) {
      return this.message(`${METRIC_LABEL[s.metric]} is not computed for this grid yet${s.metric === "eigen_ratio" ? " (its computation starts in Python)" : ""}`);
    }
    this.msg.style.display = "none";
    this.body.style.display = "";
    const width = Math.max(200, Math.floor(this.root.clientWidth || this.host.clientWidth || 640));
    const view = frame.ndim === 1 ? "1d" : s.view;
    const is3d = view === "surface" || view === "paraview";
    const slice = view === "1d";
    const tr = this.transformed(frame, s.metric, s.scale, s.clip, slice);
    const cmap = resolveColormap(s.colormap, view, s.metric);
    const table = lut(cmap);
    const [lo, hi] = tr.domain;
    const colorOf = (v) => rgbCss(table, (v - lo) / (hi - lo));
    // layout
    const n = frame.panels.length;
    const cbw = view === "1d" ? 0 : Math.round(fs * 7.2);
    const W = width - cbw - 4;
    const minW = (s.presentation ? 440 : 300) + (is3d ? 80 : 0); // 3D panels need more room
    const cols = n === 1 ? 1 : Math.max(1, Math.min(n, Math.floor((W + 12) / minW)));
    const rows = Math.ceil(n / cols);
    const gap = 12;
    const pw = Math.floor((W - gap * (cols - 1)) / cols);
    const vh = G.innerHeight || 800;
    const ph = Math.round(Math.max(240, Math.min(pw * (view === "1d" ? 0.68 : 0.8), Math.max(320, vh * (s.presentation ? 0.82 : 0.68)))));
    this.panelsHost.style.gridTemplateColumns = `repeat(${cols}, ${pw}px)`;
    this.panelsHost.style.gap = `${gap}px`;
    const metricLabel = METRIC_LABEL[s.metric];
    const ztitle = metricLabel + (tr.eff.log ? " (log scale" : "") + (s.metric === "loss" && Number.isFinite(tr.eff.clip) ? `${tr.eff.log ? ", " : " ("}clipped at ${fmt(tr.eff.clip)})` : tr.eff.log ? ")" : "");
    const zshort = metricLabel + (tr.eff.log || (s.metric === "loss" && Number.isFinite(tr.eff.clip))
      ? ` (${[tr.eff.log ? "log" : "", s.metric === "loss" && Number.isFinite(tr.eff.clip) ? `clip ${fmt(tr.eff.clip)}` : ""].filter(Boolean).join(", ")})` : "");
    const nmaxPath = Math.max(0, ...frame.panels.map((p) => (p.path ? p.path.n : 0)));
    const epochIdx = (p) => (p.path ? (s.epoch < 0 ? p.path.n - 1 : Math.min(s.epoch, p.path.n - 1)) : -1);
    const showBall = s.metric === "loss" && frame.ndim === 2;
    if (showBall && s.ball.start) this.ensureBallRun();
    this.panels = [];

    if (view === "contour") {
      this.show("2d");
      this.syncPanels(this.p2d, n, () => new Panel2D(this.panelsHost, (pt) => this.dropBall(pt), (txt) => { this.readoutEl.textContent = txt; }, this.ringCache));
      frame.panels.forEach((p, k) => {
        this.p2d[k].draw({
          a: frame.a, b: frame.b, t: tr.t[k], key: `${tr.key}|${k}|${tr.levels.join(",")}`, domain: tr.domain,
          levels: tr.levels, log: tr.eff.log, colorOf, width: pw, height: ph, fs, title: n > 1 || p.title !== "model" ? p.title : "",
          aLabel: frame.aLabel, bLabel: frame.bLabel, center: p.center, path: p.path, epochIdx: epochIdx(p),
          ball: showBall ? this.ballView(k) : null, showLabels: true, raw: p.metrics[s.metric], metricLabel,
        });
      });
      const box = this.p2d[0].box;
      this.drawColorbar(ph, box.y0, box.h, tr, colorOf, ztitle, tr.levels);
      this.prefetch(frame, s);
    } else if (view === "1d") {
      this.show("1d");
      this.syncPanels(this.p1d, n, () => new Panel1D(this.panelsHost));
      frame.panels.forEach((p, k) => {
        this.p1d[k].draw({
          a: frame.a, t: tr.t[k], domain: tr.domain, log: tr.eff.log, width: pw, height: ph, fs,
          title: n > 1 || p.title !== "model" ? p.title : "",
          aLabel: frame.aLabel, yLabel: ph < 330 ? zshort : ztitle, center: p.center, color: "#1f5fa8",
          path: frame.ndim === 1 ? p.path : null, epochIdx: epochIdx(p),
        });
      });
      this.cbHost.style.display = "none";
    } else {
      this.show("3d");
      const h3 = rows * ph + (rows - 1) * gap;
      this.host3d.style.width = `${W}px`;
      this.host3d.style.height = `${h3}px`;
      const style = view === "paraview" ? "paraview" : "surface";
      if (!this.v3d) {
        this.v3d = createSurfaceView(this.host3d, {
          style,
          onCamera: (cam) => { this.lastCameraSent = JSON.stringify(cam); this.set("camera", cam); },
        });
        const cam = this.get("camera");
        if (cam && Object.keys(cam).length && this.v3d.setCamera) this.v3d.setCamera(cam);
      }
      const panels = frame.panels.map((p, k) => {
        const path = p.path ? {
          x: p.path.x, y: p.path.y, k: epochIdx(p), epochs: p.path.epochs,
          z: Float32Array.from(p.path.x, (x, i) => {
            const v = Number.isFinite(p.path.loss[i]) && s.metric === "loss" ? p.path.loss[i] : new GridFunction(frame.a, frame.b, p.metrics[s.metric]).value(x, p.path.y[i]);
            return toDisplay(v, tr.eff, tr.floor);
          }),
        } : null;
        return {
          name: p.name, title: n > 1 || p.title !== "model" ? p.title : "", a: frame.a, b: frame.b,
          z: tr.t[k], raw: p.metrics[s.metric], path, center: p.center,
          ball: showBall ? this.ball3d(k, tr) : null,
        };
      });
      this.last3d = {
        panels, colormap: (x) => { const k = Math.max(0, Math.min(255, Math.round(x * 255))); return [table[3 * k], table[3 * k + 1], table[3 * k + 2]]; },
        colormapName: cmap, zrange: tr.domain, labels: { a: frame.aLabel, b: frame.bLabel, z: ztitle },
        presentation: s.presentation, style, zticks: tr.ticks, levels: contourLevels(tr.domain, tr.eff.log, 12),
        cols, tr,
      };
      this.v3d.update(this.last3d);
      this.v3d.resize && this.v3d.resize();
      this.drawColorbar(h3, Math.round(h3 * 0.1), Math.round(h3 * 0.8), tr, colorOf, ztitle, null);
    }
    // test hooks
    const now = performance.now();
    const rawAll = tr.raws;
    const panelInfo = frame.panels.map((p, k) => {
      let zmin = Infinity, zmax = -Infinity;
      for (const v of rawAll[k]) if (v === v) { if (v < zmin) zmin = v; if (v > zmax) zmax = v; }
      return { name: p.name, title: p.title, nx: frame.nx, ny: slice ? 1 : frame.ny, zmin, zmax, values: rawAll[k], displayed: tr.t[k] };
    });
    this.panels = panelInfo;
    this.lastPaint = {
      frameId: frame.id, view, metric: s.metric, scale: tr.eff.log ? "log" : "linear", requestedScale: s.scale,
      yscale: view === "1d" ? (tr.eff.log ? "log" : "linear") : null,
      clip: s.clip, colormap: cmap, epoch: nmaxPath ? (s.epoch < 0 ? nmaxPath - 1 : Math.min(s.epoch, nmaxPath - 1)) : null,
      presentation: s.presentation, nx: frame.nx, ny: slice ? 1 : frame.ny, npanels: n,
      zmin: lo, zmax: hi, domain: [lo, hi], levels: view === "contour" ? tr.levels.slice() : null,
      values: rawAll[0], displayed: tr.t[0], cols, width, panelWidth: pw, panelHeight: ph,
      reason, t: now, ms: now - t0, ball: null,
    };
    this.recordBall();
    root.dataset.frameId = String(frame.id);
    root.dataset.paintedAt = String(now);
    this.timings.push({ reason, ms: now - t0 });
    if (this.timings.length > 50) this.timings.shift();
  }

  // In idle time, compute the contours of the other colour scale so that a log <-> linear
  // toggle on a large grid only repaints.
  prefetch(frame, s) {
    if (typeof G.requestIdleCallback !== "function") return;
    const jobs = [];
    if (s.metric === "loss") jobs.push(["loss", s.scale === "log" ? "linear" : "log"]);
    for (const m of this.available()) if (m !== s.metric) jobs.push([m, s.scale]);
    const key = `${frame.id}|${s.metric}|${s.scale}|${s.clip}`;
    if (this.prefetched === key) return;
    this.prefetched = key;
    const next = () => {
      const job = jobs.shift();
      if (!job) return;
      G.requestIdleCallback(() => {
        if (this.frame !== frame) return;
        const tr = this.transformed(frame, job[0], job[1], s.clip, false);
        const [lo] = tr.domain;
        const ths = [lo - 1 - Math.abs(lo), ...tr.levels];
        frame.panels.forEach((p, k) => {
          const rk = `${tr.key}|${k}|${tr.levels.join(",")}`;
          if (!this.ringCache.has(rk)) this.ringCache.set(rk, contourRings(tr.t[k], frame.a, frame.b, ths));
        });
        next();
      }, { timeout: 3000 });
    };
    next();
  }

  message(text) {
    this.msg.textContent = text;
    this.msg.style.display = "";
    this.body.style.display = "none";
  }

  show(kind) {
    this.panelsHost.style.display = kind === "3d" ? "none" : "";
    this.host3d.style.display = kind === "3d" ? "" : "none";
    this.cbHost.style.display = kind === "1d" ? "none" : "";
    if (kind !== "2d") this.syncPanels(this.p2d, 0);
    if (kind !== "1d") this.syncPanels(this.p1d, 0);
  }

  syncPanels(list, n, make) {
    while (list.length > n) list.pop().el.remove();
    while (list.length < n) list.push(make());
  }

  drawColorbar(height, top, barHeight, tr, colorOf, title, levels) {
    this.colorbar.draw({ height, top, barHeight, domain: tr.domain, log: tr.eff.log, colorOf, fs: this.fs, title, levels });
  }

  dropBall(pt) {
    const s = this.state();
    if (s.metric !== "loss") return;
    this.ballRun = null;
    this.setBall({ start: pt, running: true });
    this.syncBall();
    this.paint("control:ball-drop");
  }

  // PNG of the current figure (data URL)
  toPNG() {
    return exportPNG(this);
  }

  destroy() {
    this.stopAnim();
    for (const [n, fn] of this.listeners) this.model.off && this.model.off(n, fn);
    this.ro.disconnect();
    document.removeEventListener("fullscreenchange", this.onFullscreen);
    if (this.v3d) { this.v3d.dispose(); this.v3d = null; }
    this.root.remove();
    const k = G.__lossviz.indexOf(this);
    if (k >= 0) G.__lossviz.splice(k, 1);
  }
}

function render({ model, el }) {
  const w = new LandscapeWidget(model, el);
  return () => w.destroy();
}

export { renderStandalone, FakeModel } from "./standalone.js";
export { LandscapeWidget };
export default { render };
