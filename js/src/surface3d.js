// three.js 3D views of the LandscapeView widget: "surface" (lit surface, colormap, axis box)
// and "paraview" (ParaView-style: coolwarm, Phong lighting, iso lines on the surface, grey
// gradient background), with the trajectory, the θ* pin, the rolling descent ball and a hover
// read-out. One WebGLRenderer per view draws all panels (viewports + scissor) with one shared
// camera (linked cameras); frames are drawn on demand only. WebGL contexts: a page-wide budget
// (Chromium keeps 16 per page), hidden or off-screen views give theirs up first, a lost context
// is re-created on the next frame. Software WebGL gets a quick first frame and a refined one.
//
// Interface (see /work/coord/js-interface.md):
//   const v = createSurfaceView(container, {style: "surface"|"paraview", onCamera(cam)});
//   v.update({panels: [{name, title, a, b, z, raw, path, ball, center}], colormap, colormapName,
//             zrange, labels: {a, b, z}, presentation, zticks?, levels?, style?, cols?});
//   v.setBall(panelIndex|null, {x, y, z}|null); v.setCamera(cam); v.getCamera();
//   v.resize(); v.dispose(); v.toCanvas(scale?) -> HTMLCanvasElement (3D + labels + titles)
// Camera JSON: {eye: [x, y, z], center: [x, y, z], up: [0, 0, 1]} in box units: the grid spans
// x, y in [-1, 1], the z range spans [0, BOX_H]. Double-click resets it.
// Mouse: drag rotates, right-drag pans, the wheel zooms after a click in the figure (page
// scrolling is not captured before). Keys (focused view): arrows rotate, +/- zoom, 0 resets.

import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { niceTicks, formatTick, contourLevels, marchingSquares } from "./three-contour.js";
import { finiteRange, sameArray, gridLines, fillIndex } from "./three-grid.js";
import { fitText, labelBox, boxExtent, boxesOverlap } from "./three-labels.js";

export const BOX_H = 1.15;
const FIT_Z1 = BOX_H;
const FOV = 30; // degrees, initial field of view (each frame fits the box, see fitTangents)
// The view fits a vertical cylinder around the box (radius FIT_R, z from FIT_Z0 to FIT_Z1) seen
// from the reference distance along the current direction into the panel minus the label
// paddings: the fit does not change while the box turns about z, narrow panels widen the field
// of view instead of cropping, and the user's zoom (distance) scales it as usual.
const FIT_R = Math.SQRT2;
const FIT_Z0 = 0;
const DEFAULT_CAMERA = Object.freeze({
  eye: [-2.55, -3.8, 2.9],
  center: [0, 0, BOX_H * 0.38],
  up: [0, 0, 1],
});
const CAMERA_EMIT_MS = 120;

// The two looks, side by side: each key once, with its [surface, paraview] value, so both
// styles always define the same keys.
const STYLE_NAMES = ["surface", "paraview"];
const STYLE_VALUES = {
  bgTop: ["#ffffff", "#565b6e"],
  bgBottom: ["#e6e9ef", "#1d1f29"],
  text: ["#1f2329", "#f4f5f8"],
  muted: ["#4a505a", "#d5d8e0"],
  box: [0x6b7280, 0xd8dbe2],
  grid: [0xc9ced6, 0x6e7384],
  contours: [false, true],
  contourColor: [0x000000, 0x3a3a44],
  ambient: [1.25, 0.95],
  key: [1.9, 2.3],
  fill: [0.45, 0.5],
  shininess: [18, 28],
  specular: [0x1a1a1a, 0x2a2a2a],
  path: [0xff2d6f, 0xffd21f],
  ball: [0xff7a00, 0x27d35a],
  ballStripe: [0xffffff, 0xffffff],
  theta: [0x111111, 0xffffff],
  shadow: ["0 0 3px #fff, 0 0 2px #fff", "0 1px 2px rgba(0,0,0,.8)"],
};
const STYLES = Object.fromEntries(STYLE_NAMES.map((name, i) => [
  name, Object.fromEntries(Object.entries(STYLE_VALUES).map(([key, values]) => [key, values[i]])),
]));

const _v = new THREE.Vector3();
const _c = new THREE.Color();

function gradientTexture(top, bottom) {
  const cv = document.createElement("canvas");
  cv.width = 2;
  cv.height = 256;
  const ctx = cv.getContext("2d");
  const g = ctx.createLinearGradient(0, 0, 0, 256);
  g.addColorStop(0, top);
  g.addColorStop(1, bottom);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 2, 256);
  const tex = new THREE.CanvasTexture(cv);
  tex.colorSpace = THREE.SRGBColorSpace;
  return tex;
}

// WebGL contexts of all 3D views of the page (every widget bundle copy shares this registry):
// a hidden or off-screen view keeps its renderer (fast 2D <-> 3D switches) until more than
// MAX_LIVE contexts are alive or it has been hidden for HIDDEN_RELEASE_MS.
const MAX_LIVE = 6; // leaves room for other WebGL users of the page (vtk.js, plotly)
const HIDDEN_RELEASE_MS = 15000;
function registry() {
  const g = typeof window !== "undefined" ? window : globalThis;
  if (!g.__lossvizGL) g.__lossvizGL = { live: new Set() };
  return g.__lossvizGL;
}

// Level of detail while the camera moves: grids with more cells than this per side are drawn
// with every s-th row and column until the motion stops.
const LOD_CELLS = 64;
const CONTOUR_WIDTH = 1.3; // px

// Software WebGL (SwiftShader, llvmpipe: no GPU) renders a cheap first frame after each change
// (no multisampling, detail by pixel size) and refines it REFINE_MS later (full detail,
// multisampled per panel); GPUs draw every frame at full quality.
const REFINE_MS = 250;
function detectSoftware() {
  const reg = registry();
  if (reg.software !== undefined) return reg.software;
  let sw = false;
  try {
    const cv = document.createElement("canvas");
    const gl = cv.getContext("webgl2") || cv.getContext("webgl");
    if (gl) {
      const ext = gl.getExtension("WEBGL_debug_renderer_info");
      const name = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      sw = /swiftshader|llvmpipe|softpipe|software/i.test(name);
      const lose = gl.getExtension("WEBGL_lose_context");
      if (lose) lose.loseContext();
    }
  } catch (err) {
    sw = false;
  }
  reg.software = sw;
  return sw;
}

function camEqual(p, q, tol = 1e-4) {
  if (!p || !q) return false;
  for (const key of ["eye", "center"]) {
    const a = p[key], b = q[key];
    if (!a || !b) return false;
    for (let k = 0; k < 3; k++) if (Math.abs(a[k] - b[k]) > tol) return false;
  }
  return true;
}

function validCamera(cam) {
  if (!cam || typeof cam !== "object") return false;
  const ok = (v) => Array.isArray(v) && v.length === 3 && v.every(Number.isFinite);
  return ok(cam.eye) && ok(cam.center);
}

/**
 * Create a 3D view inside `container` (a sized element; the view fills it).
 * @param {HTMLElement} container
 * @param {{style?: "surface"|"paraview", onCamera?: (cam: object) => void}} opts
 */
export function createSurfaceView(container, opts = {}) {
  return new SurfaceView(container, opts);
}

class SurfaceView {
  constructor(container, opts) {
    this.container = container;
    this.style = opts.style === "paraview" ? "paraview" : "surface";
    this.onCamera = typeof opts.onCamera === "function" ? opts.onCamera : null;
    this.state = null;
    this.panels = [];
    this.renderer = null;
    this.lost = false;
    this.disposed = false;
    this.visible = true;
    // unknown until the IntersectionObserver's first report (it always sends one)
    this.onScreen = typeof IntersectionObserver === "undefined";
    this.frameReq = 0;
    this.stats = { updateMs: 0, renderMs: 0, renders: 0, contexts: 0 };
    this.lut = null;
    this.lutKey = null;
    this.zrange = [0, 1];
    this.presentation = false;
    this.lastEmitted = null;
    this.emitTimer = 0;
    this.lastEmitAt = 0;
    this.dragging = false;
    this.releaseTimer = 0;
    this.layoutInfo = { w: 0, h: 0, cols: 1, rows: 1 };

    const root = (this.root = document.createElement("div"));
    root.className = "lossviz-3d-root";
    root.dataset.style = this.style;
    Object.assign(root.style, {
      position: "relative", width: "100%", height: "100%", minHeight: "120px",
      overflow: "hidden", userSelect: "none", cursor: "grab", touchAction: "none",
    });
    container.appendChild(root);

    this.camera = new THREE.PerspectiveCamera(FOV, 1, 0.05, 100);
    this.camera.up.set(0, 0, 1);
    this.camera.position.fromArray(DEFAULT_CAMERA.eye);
    const controls = (this.controls = new OrbitControls(this.camera, root));
    controls.target.fromArray(DEFAULT_CAMERA.center);
    controls.enableDamping = false; // no inertia (as in ParaView): frames only while the user moves
    controls.rotateSpeed = 0.9;
    controls.zoomSpeed = 0.9;
    controls.minDistance = 1.5;
    controls.maxDistance = 30;
    controls.update();
    controls.addEventListener("change", () => {
      this.requestRender();
      this.scheduleEmit();
    });
    controls.addEventListener("start", () => {
      this.dragging = true;
      root.style.cursor = "grabbing";
    });
    controls.addEventListener("end", () => {
      this.dragging = false;
      root.style.cursor = "grab";
      this.scheduleEmit(true);
      this.requestRender(); // full detail once the motion stops
    });
    this._onDblClick = () => this.setCamera(DEFAULT_CAMERA, true);
    root.addEventListener("dblclick", this._onDblClick);
    // hover read-out: (a, b, value) of the surface point under the pointer
    this.tip = document.createElement("div");
    this.tip.className = "lossviz-3d-tip"; // a transient overlay, not one of the figure's labels
    Object.assign(this.tip.style, {
      position: "absolute", left: "0", top: "0", display: "none", pointerEvents: "none",
      padding: "3px 7px", borderRadius: "4px", background: "rgba(20,22,30,0.85)", color: "#fff",
      whiteSpace: "pre", lineHeight: "1.3", zIndex: "2",
    });
    root.appendChild(this.tip);
    this._hoverReq = 0;
    this._onMove = (ev) => {
      if (ev.buttons || this.dragging) { this.tip.style.display = "none"; return; }
      const rr = root.getBoundingClientRect();
      this._hoverAt = [ev.clientX - rr.left, ev.clientY - rr.top];
      if (!this._hoverReq) this._hoverReq = requestAnimationFrame(() => { this._hoverReq = 0; this.hover(); });
    };
    this._onLeave = () => {
      this.tip.style.display = "none";
      controls.enableZoom = false;
    };
    root.addEventListener("pointermove", this._onMove);
    root.addEventListener("pointerleave", this._onLeave);
    // The mouse wheel zooms only after a click in the view (until the pointer leaves it), so that
    // scrolling a notebook past the figure scrolls the page; a hint says so.
    controls.enableZoom = false;
    this._onDown = () => { controls.enableZoom = true; };
    this._onWheel = () => {
      if (controls.enableZoom) return;
      this.showHint("click the figure, then scroll to zoom");
    };
    root.addEventListener("pointerdown", this._onDown, { capture: true });
    root.addEventListener("wheel", this._onWheel, { passive: true });
    // keyboard (after a click or Tab): arrows rotate, +/- zoom, 0 resets the view
    root.tabIndex = 0;
    root.setAttribute("role", "img");
    root.setAttribute("aria-label", "3D loss surface: drag to rotate, arrow keys rotate, + and - zoom, 0 resets");
    root.style.outline = "none";
    this._onKey = (ev) => {
      const step = (5 * Math.PI) / 180;
      const k = ev.key;
      if (k === "ArrowLeft" || k === "ArrowRight") this.orbit((k === "ArrowLeft" ? -1 : 1) * step, 0);
      else if (k === "ArrowUp" || k === "ArrowDown") this.orbit(0, (k === "ArrowUp" ? 1 : -1) * step);
      else if (k === "+" || k === "=") this.orbit(0, 0, 1 / 1.15);
      else if (k === "-" || k === "_") this.orbit(0, 0, 1.15);
      else if (k === "0" || k === "Home") this.setCamera(DEFAULT_CAMERA, true);
      else return;
      ev.preventDefault();
      ev.stopPropagation(); // keep Jupyter's command-mode shortcuts away
    };
    root.addEventListener("keydown", this._onKey);

    this.bg = {};
    this._resizeObs = typeof ResizeObserver !== "undefined" ? new ResizeObserver(() => this.resize()) : null;
    if (this._resizeObs) this._resizeObs.observe(root);
    this._interObs = typeof IntersectionObserver !== "undefined"
      ? new IntersectionObserver((entries) => {
        const e = entries[entries.length - 1];
        this.onScreen = e.isIntersecting;
        this.visibilityChanged();
      })
      : null;
    if (this._interObs) this._interObs.observe(root);
    this.resize();
  }

  // ---------------------------------------------------------------- renderer life cycle

  ensureRenderer() {
    if (this.disposed) return null;
    if (this.renderer && this.lost) this.dropRenderer();
    if (this.renderer) return this.renderer;
    let r;
    this.software = this.forceSoftware !== undefined ? this.forceSoftware : detectSoftware();
    try {
      r = new THREE.WebGLRenderer({ antialias: !this.software, alpha: false, powerPreference: "default" });
    } catch (err) {
      this.showMessage("3D view needs WebGL, which this browser could not provide.");
      return null;
    }
    this.hideMessage();
    r.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    r.outputColorSpace = THREE.SRGBColorSpace;
    r.autoClear = false;
    const cv = r.domElement;
    cv.className = "lossviz-3d-canvas";
    Object.assign(cv.style, { position: "absolute", left: "0", top: "0", pointerEvents: "none", display: "block" });
    this._onLost = (ev) => {
      ev.preventDefault();
      this.lost = true;
      // re-created on the next render; redraw soon if the view is on screen
      setTimeout(() => {
        if (this.lost && this.visible && this.onScreen) this.requestRender();
      }, 300);
    };
    cv.addEventListener("webglcontextlost", this._onLost);
    this.root.insertBefore(cv, this.root.firstChild);
    const { w, h } = this.layoutInfo;
    r.setSize(Math.max(1, w), Math.max(1, h), true);
    this.renderer = r;
    this.lost = false;
    this.stats.contexts++;
    const reg = registry();
    reg.live.add(this);
    if (reg.live.size > MAX_LIVE) {
      // free the least recently drawn views that are hidden or off-screen
      const others = [...reg.live].filter((v) => v !== this && !(v.visible && v.onScreen))
        .sort((u, v) => (u.lastRenderAt || 0) - (v.lastRenderAt || 0));
      while (reg.live.size > MAX_LIVE && others.length) others.shift().dropRenderer();
    }
    return r;
  }

  dropRenderer() {
    const r = this.renderer;
    if (!r) return;
    this.renderer = null;
    registry().live.delete(this);
    clearTimeout(this.refineTimer);
    for (const p of this.panels) {
      if (p.rt) p.rt.dispose();
      p.rt = null;
    }
    r.domElement.removeEventListener("webglcontextlost", this._onLost);
    try {
      r.dispose();
      if (!this.lost) r.forceContextLoss();
    } catch (err) {
      // a lost context may refuse; nothing else to free
    }
    r.domElement.remove();
    this.lost = false;
  }

  visibilityChanged() {
    clearTimeout(this.releaseTimer);
    if (this.visible && this.onScreen) {
      this.requestRender();
    } else {
      this.releaseTimer = setTimeout(() => {
        if (!(this.visible && this.onScreen) && !this.disposed) this.dropRenderer();
      }, HIDDEN_RELEASE_MS);
    }
  }

  // A text overlay over the canvas (absolutely placed in the root), made on first use and kept
  // in this[field]; the message and the hint each have one.
  overlay(field, className, style) {
    if (!this[field]) {
      const el = document.createElement("div");
      el.className = className;
      Object.assign(el.style, { position: "absolute", ...style });
      this.root.appendChild(el);
      this[field] = el;
    }
    return this[field];
  }

  showMessage(text) {
    this.overlay("msgEl", "lossviz-3d-message", {
      inset: "0", display: "flex", alignItems: "center",
      justifyContent: "center", textAlign: "center", padding: "1em", font: "inherit",
    }).textContent = text;
  }

  showHint(text) {
    const el = this.overlay("hintEl", "lossviz-3d-hint", {
      left: "50%", bottom: "10px", transform: "translateX(-50%)",
      padding: "4px 10px", borderRadius: "4px", background: "rgba(20,22,30,0.8)", color: "#fff",
      pointerEvents: "none", whiteSpace: "nowrap", zIndex: "2",
    });
    el.textContent = text;
    el.style.fontSize = `${this.fontSizes().tick + 1}px`;
    el.style.display = "";
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => { if (this.hintEl) this.hintEl.style.display = "none"; }, 1500);
  }

  hideMessage() {
    if (this.msgEl) {
      this.msgEl.remove();
      this.msgEl = null;
    }
  }

  // ---------------------------------------------------------------- public API

  update(state) {
    if (this.disposed || !state) return;
    const t0 = performance.now();
    const style = state.style === "paraview" || state.style === "surface" ? state.style : this.style;
    const styleChanged = style !== this.style;
    this.style = style;
    this.root.dataset.style = style;
    const panelsIn = Array.isArray(state.panels) ? state.panels : [];
    const zr = Array.isArray(state.zrange) && state.zrange.length === 2 && Number.isFinite(+state.zrange[0]) && Number.isFinite(+state.zrange[1])
      ? [+state.zrange[0], +state.zrange[1]] : null;
    let zrange = zr;
    if (!zrange) {
      let lo = Infinity, hi = -Infinity;
      for (const p of panelsIn) if (p && p.z) { const [a, b] = finiteRange(p.z); lo = Math.min(lo, a); hi = Math.max(hi, b); }
      zrange = lo < hi ? [lo, hi] : [0, 1];
    }
    if (!(zrange[1] > zrange[0])) zrange = [zrange[0] - 0.5, zrange[0] + 0.5];
    const zChanged = zrange[0] !== this.zrange[0] || zrange[1] !== this.zrange[1];
    this.zrange = zrange;

    const lutKey = state.colormapName || state.colormap;
    const lutChanged = lutKey !== this.lutKey || !this.lut;
    if (lutChanged) {
      this.lutKey = lutKey;
      this.lut = this.buildLut(state.colormap);
    }
    const presChanged = !!state.presentation !== this.presentation;
    this.presentation = !!state.presentation;
    const levelsKey = Array.isArray(state.levels) ? state.levels.join(",") : "";
    const levelsChanged = levelsKey !== this.levelsKey;
    this.levelsKey = levelsKey;
    this.levels = Array.isArray(state.levels) ? state.levels.filter((l) => l > zrange[0] && l < zrange[1]) : null;
    this.zticks = Array.isArray(state.zticks) ? state.zticks : null;
    this.labels = state.labels || {};
    this.state = state;

    while (this.panels.length > panelsIn.length) this.disposePanel(this.panels.pop());
    const panelsAdded = this.panels.length < panelsIn.length;
    while (this.panels.length < panelsIn.length) this.panels.push(this.createPanel());
    for (let k = 0; k < panelsIn.length; k++) {
      const pin = panelsIn[k] || {};
      const p = this.panels[k];
      if (styleChanged) this.applyStyle(p);
      const gridChanged = !sameArray(pin.a, p.a) || !sameArray(pin.b, p.b) || !sameArray(pin.z, p.z);
      if (gridChanged || zChanged || lutChanged || styleChanged || levelsChanged) this.setSurface(p, pin, gridChanged || zChanged || styleChanged || levelsChanged);
      const path = pin.path || null;
      const pathKey = path ? [path.x, path.y, path.z] : null;
      const pathChanged = !pathKey !== !p.pathKey || (pathKey && (!sameArray(pathKey[0], p.pathKey[0]) || !sameArray(pathKey[1], p.pathKey[1]) || !sameArray(pathKey[2], p.pathKey[2])));
      if (pathChanged || zChanged || gridChanged || styleChanged || presChanged) this.setPath(p, path);
      this.setCurrent(p, path);
      this.setBallOn(p, pin.ball || null);
      this.setTheta(p, pin.center || [0, 0]);
      const title = pin.title != null ? String(pin.title) : pin.name || ""; // "" = no title
      if (p.titleEl.textContent !== title) p.titleEl.textContent = title;
      p.titleEl.style.display = title ? "" : "none";
      p.name = pin.name || "";
      p.el.dataset.name = p.name;
    }
    if (presChanged || styleChanged || panelsAdded) this.applyFonts();
    this.layout();
    this.stats.updateMs = performance.now() - t0;
    this.requestRender();
  }

  setBall(index, ball) {
    if (this.disposed) return;
    if (index == null) {
      for (const p of this.panels) this.setBallOn(p, ball);
    } else if (this.panels[index]) {
      this.setBallOn(this.panels[index], ball);
    }
    this.requestRender();
  }

  getCamera() {
    const r4 = (x) => Math.round(x * 1e4) / 1e4;
    return {
      eye: this.camera.position.toArray().map(r4),
      center: this.controls.target.toArray().map(r4),
      up: [0, 0, 1],
    };
  }

  setCamera(cam, emit = false) {
    if (this.disposed || !validCamera(cam)) return;
    if (this.dragging && !emit) return; // the user is rotating: the echo of the model is stale
    if (!emit && camEqual(cam, this.getCamera())) return;
    this.camera.position.fromArray(cam.eye);
    this.controls.target.fromArray(cam.center);
    if (this.camera.position.distanceTo(this.controls.target) < 1e-6) this.camera.position.z += 1;
    const saveDamping = this.controls.enableDamping;
    this.controls.enableDamping = false;
    this.applying = !emit;
    try {
      this.controls.update();
    } finally {
      this.applying = false;
      this.controls.enableDamping = saveDamping;
    }
    if (emit) this.scheduleEmit(true);
    else this.lastEmitted = this.getCamera();
    this.requestRender();
  }

  // turn the camera about the vertical axis (dAz) and up/down (dEl, radians), scale its distance
  orbit(dAz, dEl, scale = 1) {
    const tgt = this.controls.target;
    const off = new THREE.Vector3().subVectors(this.camera.position, tgt);
    off.applyAxisAngle(new THREE.Vector3(0, 0, 1), dAz);
    const r = off.length() * scale;
    const el = Math.max(-1.45, Math.min(1.45, Math.asin(Math.max(-1, Math.min(1, off.z / (off.length() || 1)))) + dEl));
    const az = Math.atan2(off.y, off.x);
    const cam = {
      eye: [tgt.x + r * Math.cos(el) * Math.cos(az), tgt.y + r * Math.cos(el) * Math.sin(az), tgt.z + r * Math.sin(el)],
      center: tgt.toArray(),
      up: [0, 0, 1],
    };
    this.setCamera(cam, true);
  }

  scheduleEmit(now = false) {
    if (!this.onCamera || this.applying) return;
    clearTimeout(this.emitTimer);
    const fire = () => {
      this.emitTimer = 0;
      if (this.disposed) return;
      const cam = this.getCamera();
      if (camEqual(cam, this.lastEmitted, 1e-4)) return;
      this.lastEmitted = cam;
      this.lastEmitAt = performance.now();
      try {
        this.onCamera(cam);
      } catch (err) {
        console.error(err);
      }
    };
    const wait = now ? 0 : Math.max(0, CAMERA_EMIT_MS - (performance.now() - this.lastEmitAt));
    if (wait === 0) fire();
    else this.emitTimer = setTimeout(fire, wait);
  }

  resize() {
    if (this.disposed) return;
    const w = this.root.clientWidth, h = this.root.clientHeight;
    const visible = w > 0 && h > 0 && this.root.isConnected;
    if (visible !== this.visible) {
      this.visible = visible;
      // a hidden 3D view does not count as the widget's panels (2D/1D panels are shown instead)
      for (const p of this.panels) p.el.classList.toggle("lossviz-panel", visible);
      this.visibilityChanged();
    }
    if (!visible) return;
    if (w !== this.layoutInfo.w || h !== this.layoutInfo.h) {
      this.layoutInfo.w = w;
      this.layoutInfo.h = h;
      if (this.renderer) this.renderer.setSize(w, h, true);
      this.layout();
    }
    this.requestRender();
  }

  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    cancelAnimationFrame(this.frameReq);
    clearTimeout(this.refineTimer);
    clearTimeout(this.emitTimer);
    clearTimeout(this.releaseTimer);
    if (this._resizeObs) this._resizeObs.disconnect();
    if (this._interObs) this._interObs.disconnect();
    this.root.removeEventListener("dblclick", this._onDblClick);
    this.root.removeEventListener("pointermove", this._onMove);
    this.root.removeEventListener("pointerleave", this._onLeave);
    this.root.removeEventListener("pointerdown", this._onDown, { capture: true });
    this.root.removeEventListener("wheel", this._onWheel);
    this.root.removeEventListener("keydown", this._onKey);
    clearTimeout(this.hintTimer);
    cancelAnimationFrame(this._hoverReq);
    this.controls.dispose();
    for (const p of this.panels) this.disposePanel(p);
    this.panels = [];
    for (const t of Object.values(this.bg)) t.dispose();
    if (this.copyScene) {
      this.copyScene.children[0].geometry.dispose();
      this.copyMat.dispose();
    }
    this.dropRenderer();
    this.root.remove();
  }

  // Full picture (3D + labels + titles) as a 2D canvas; `scale` (number or {scale}) pixels per
  // CSS pixel, default 2 (or the device pixel ratio when higher): sharp PNG exports.
  toCanvas(opts) {
    const { w, h } = this.layoutInfo;
    const r = this.ensureRenderer();
    const want = typeof opts === "number" ? opts : opts && opts.scale;
    const pr0 = r ? r.getPixelRatio() : 1;
    const pr = want > 0 ? Math.min(want, 4) : Math.max(pr0, 2);
    const out = document.createElement("canvas");
    out.width = Math.max(1, Math.round(w * pr));
    out.height = Math.max(1, Math.round(h * pr));
    const ctx = out.getContext("2d");
    if (r) {
      if (pr !== pr0) r.setPixelRatio(pr);
      this.renderNow({ force: true, quality: true });
      if (this.renderer === r) ctx.drawImage(r.domElement, 0, 0, out.width, out.height);
      if (pr !== pr0 && this.renderer === r) {
        r.setPixelRatio(pr0);
        this.requestRender();
      }
    }
    ctx.scale(pr, pr);
    const family = getComputedStyle(this.root).fontFamily || "sans-serif";
    for (const p of this.panels) {
      ctx.save();
      ctx.translate(p.rect.x, p.rect.y);
      ctx.beginPath();
      ctx.rect(0, 0, p.rect.w, p.rect.h);
      ctx.clip();
      for (const lab of p.labelList) {
        if (!lab.visible || !lab.text) continue;
        ctx.font = `${lab.weight || 400} ${lab.size}px ${family}`;
        ctx.fillStyle = lab.color;
        ctx.textAlign = lab.align;
        ctx.textBaseline = "middle";
        ctx.save();
        ctx.translate(lab.x, lab.y);
        if (lab.angle) ctx.rotate(lab.angle);
        if (this.style === "surface") {
          ctx.strokeStyle = "rgba(255,255,255,0.85)";
          ctx.lineWidth = 3;
          ctx.strokeText(lab.text, 0, 0);
        } else {
          ctx.shadowColor = "rgba(0,0,0,0.8)";
          ctx.shadowBlur = 2;
          ctx.shadowOffsetY = 1;
        }
        ctx.fillText(lab.text, 0, 0);
        ctx.restore();
      }
      const title = p.titleEl.textContent;
      if (title) {
        const size = this.fontSizes().title;
        ctx.font = `600 ${size}px ${family}`;
        ctx.fillStyle = STYLES[this.style].text;
        ctx.textAlign = "center";
        ctx.textBaseline = "top";
        ctx.fillText(title, p.rect.w / 2, 6);
      }
      ctx.restore();
    }
    return out;
  }

  // ---------------------------------------------------------------- panels

  createPanel() {
    const st = STYLES[this.style];
    const el = document.createElement("div");
    el.className = this.visible ? "lossviz-panel lossviz-panel-3d" : "lossviz-panel-3d";
    Object.assign(el.style, { position: "absolute", overflow: "hidden", pointerEvents: "none" });
    const titleEl = document.createElement("div");
    titleEl.dataset.role = "panel-title";
    Object.assign(titleEl.style, {
      position: "absolute", left: "0", right: "0", top: "6px", textAlign: "center",
      fontWeight: "600", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis",
    });
    el.appendChild(titleEl);
    this.root.appendChild(el);

    const scene = new THREE.Scene();
    const hemi = new THREE.HemisphereLight(0xffffff, 0x8a8f9c, st.ambient);
    hemi.position.set(0, 0, 1);
    const key = new THREE.DirectionalLight(0xffffff, st.key);
    const fill = new THREE.DirectionalLight(0xffffff, st.fill);
    scene.add(hemi, key, key.target, fill, fill.target);

    const material = new THREE.MeshPhongMaterial({
      vertexColors: true, side: THREE.DoubleSide, shininess: st.shininess,
      specular: st.specular, polygonOffset: true, polygonOffsetFactor: 1, polygonOffsetUnits: 1,
    });
    const mesh = new THREE.Mesh(new THREE.BufferGeometry(), material);
    mesh.frustumCulled = false;
    scene.add(mesh);

    const contourMat = new LineMaterial({ color: st.contourColor, linewidth: CONTOUR_WIDTH });
    // opaque: with transparency the overlapping ends of the short segments would show as dots
    const contours = new LineSegments2(new LineSegmentsGeometry(), contourMat);
    contours.frustumCulled = false;
    contours.visible = false;
    scene.add(contours);
    // 1 px copy of the iso lines for quick frames of software WebGL (wide lines cost much there)
    const thinMat = new THREE.LineBasicMaterial({ color: st.contourColor });
    const contoursThin = new THREE.LineSegments(new THREE.BufferGeometry(), thinMat);
    contoursThin.frustumCulled = false;
    contoursThin.visible = false;
    scene.add(contoursThin);

    const axes = this.buildAxes(st);
    scene.add(axes.group);

    const pathMat = new THREE.MeshPhongMaterial({ color: st.path, shininess: 40 });
    const pathGroup = new THREE.Group();
    scene.add(pathGroup);
    const curMat = new THREE.MeshPhongMaterial({ color: 0xffffff, emissive: 0x222222, shininess: 60 });
    const current = new THREE.Mesh(new THREE.SphereGeometry(0.034, 24, 16), curMat);
    current.visible = false;
    scene.add(current);

    const ball = this.buildBall(st);
    ball.visible = false;
    scene.add(ball);

    const theta = this.buildTheta(st);
    scene.add(theta);

    return {
      el, titleEl, scene, hemi, key, fill, mesh, material, contours, contourMat, contoursThin, thinMat, axes,
      pathMat, pathGroup, current, curMat, ball, theta,
      a: null, b: null, z: null, nx: 0, ny: 0, xw: null, yw: null,
      pathKey: null, pathWorld: null, ballPos: null,
      labelEls: [], labelList: [], rect: { x: 0, y: 0, w: 1, h: 1 }, name: "",
    };
  }

  disposePanel(p) {
    if (!p) return;
    if (p.rt) p.rt.dispose();
    p.scene.traverse((o) => {
      if (o.isInstancedMesh) o.dispose();
      if (o.geometry) o.geometry.dispose();
      if (o.material) {
        (Array.isArray(o.material) ? o.material : [o.material]).forEach((m) => {
          if (m.map) m.map.dispose();
          m.dispose();
        });
      }
    });
    p.el.remove();
  }

  applyStyle(p) {
    const st = STYLES[this.style];
    p.hemi.intensity = st.ambient;
    p.key.intensity = st.key;
    p.fill.intensity = st.fill;
    p.material.shininess = st.shininess;
    p.material.specular.setHex(st.specular);
    p.contourMat.color.setHex(st.contourColor);
    p.thinMat.color.setHex(st.contourColor);
    p.pathMat.color.setHex(st.path);
    p.ball.children[0].material.color.setHex(st.ball);
    p.ball.children[1].material.color.setHex(st.ballStripe);
    p.theta.children.forEach((c) => {
      if (c.userData.isThetaLabel) {
        c.material.map.dispose();
        c.material.map = this.thetaTexture(st);
        c.material.needsUpdate = true;
      } else {
        c.material.color.setHex(st.theta);
      }
    });
    p.axes.boxMat.color.setHex(st.box);
    p.axes.gridMat.color.setHex(st.grid);
  }

  buildLut(fn) {
    const lut = new Float32Array(256 * 3);
    for (let k = 0; k < 256; k++) {
      let rgb = null;
      try {
        rgb = typeof fn === "function" ? fn(k / 255) : null;
      } catch (err) {
        rgb = null;
      }
      if (!rgb) rgb = [68 + (253 - 68) * k / 255, 1 + 230 * k / 255, 84 - 48 * k / 255]; // viridis-ish ramp
      _c.setRGB(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255, THREE.SRGBColorSpace);
      lut[3 * k] = _c.r; lut[3 * k + 1] = _c.g; lut[3 * k + 2] = _c.b;
    }
    return lut;
  }

  // world coordinates of a (a, b) point and of a displayed z value
  worldX(p, a) {
    return p.a0 === p.a1 ? 0 : -1 + (2 * (a - p.a0)) / (p.a1 - p.a0);
  }

  worldY(p, b) {
    return p.b0 === p.b1 ? 0 : -1 + (2 * (b - p.b0)) / (p.b1 - p.b0);
  }

  worldZ(z) {
    const [lo, hi] = this.zrange;
    let t = (z - lo) / (hi - lo);
    if (t < 0) t = 0; else if (t > 1) t = 1;
    return t * BOX_H;
  }

  // Geometry, colours, normals and iso lines of one panel's grid; buffers reused when the grid
  // size is unchanged.
  setSurface(p, pin, geometryToo) {
    const a = pin.a, b = pin.b, z = pin.z;
    p.a = a; p.b = b; p.z = z; p.raw = pin.raw || null;
    const nx = a ? a.length : 0, ny = b ? b.length : 0;
    const geom = p.mesh.geometry;
    if (!a || !b || !z || nx < 2 || ny < 2 || z.length < nx * ny) {
      p.mesh.visible = false;
      p.contours.visible = false;
      p.hasContours = false;
      p.nx = p.ny = 0;
      return;
    }
    p.mesh.visible = true;
    const n = nx * ny;
    const [lo, hi] = this.zrange;
    const lut = this.lut;
    let posA = geom.getAttribute("position");
    const resized = !posA || p.nx !== nx || p.ny !== ny;
    if (resized) {
      geom.dispose();
      geom.setAttribute("position", new THREE.BufferAttribute(new Float32Array(3 * n), 3));
      geom.setAttribute("normal", new THREE.BufferAttribute(new Float32Array(3 * n), 3));
      geom.setAttribute("color", new THREE.BufferAttribute(new Float32Array(3 * n), 3));
      // one index buffer holding every level of detail (strides 1, 2, 4, ... up to the
      // interaction stride); a level is drawn with setDrawRange
      const IndexArr = n > 65535 ? Uint32Array : Uint16Array;
      const sMax = Math.ceil(Math.max(nx - 1, ny - 1) / LOD_CELLS);
      p.levels = [];
      let total = 0;
      for (let st = 1; ; st *= 2) {
        const rows = gridLines(nx, st), cols = gridLines(ny, st);
        const size = 6 * (rows.length - 1) * (cols.length - 1);
        p.levels.push({ stride: st, rows, cols, start: total, count: 0 });
        total += size;
        if (st >= sMax) break;
      }
      p.index = new THREE.BufferAttribute(new IndexArr(total), 1);
      geom.setIndex(p.index);
      p.xw = new Float32Array(nx);
      p.yw = new Float32Array(ny);
      p.zw = new Float32Array(n);
      p.nanKey = -1;
      posA = geom.getAttribute("position");
      geometryToo = true;
    }
    p.nx = nx; p.ny = ny;
    p.a0 = Math.min(a[0], a[nx - 1]); p.a1 = Math.max(a[0], a[nx - 1]);
    p.b0 = Math.min(b[0], b[ny - 1]); p.b1 = Math.max(b[0], b[ny - 1]);
    const col = geom.getAttribute("color").array;
    const inv = 1 / (hi - lo);
    let nan = 0;
    for (let k = 0; k < n; k++) {
      const v = z[k];
      let t = (v - lo) * inv;
      if (v !== v) { t = 0; nan++; }
      let q = (t * 255 + 0.5) | 0;
      if (q < 0) q = 0; else if (q > 255) q = 255;
      col[3 * k] = lut[3 * q]; col[3 * k + 1] = lut[3 * q + 1]; col[3 * k + 2] = lut[3 * q + 2];
    }
    geom.getAttribute("color").needsUpdate = true;
    if (geometryToo) {
      const xw = p.xw, yw = p.yw, zw = p.zw;
      for (let i = 0; i < nx; i++) xw[i] = this.worldX(p, a[i]);
      for (let j = 0; j < ny; j++) yw[j] = this.worldY(p, b[j]);
      const pos = posA.array;
      for (let i = 0; i < nx; i++) {
        const x = xw[i];
        for (let j = 0; j < ny; j++) {
          const k = i * ny + j;
          const v = z[k];
          let t = (v - lo) * inv;
          if (t < 0) t = 0; else if (t > 1) t = 1;
          const zz = v === v ? t * BOX_H : NaN;
          zw[k] = zz;
          pos[3 * k] = x; pos[3 * k + 1] = yw[j]; pos[3 * k + 2] = zz === zz ? zz : 0;
        }
      }
      posA.needsUpdate = true;
      this.gridNormals(p);
      // triangles: skip cells with a NaN corner; rebuilt only when the NaN pattern may differ.
      // Big grids also get a coarse index (every s-th row and column of the same vertices)
      // drawn while the camera moves (level of detail, as ParaView does).
      if (nan > 0 || p.nanKey !== 0 || resized) {
        const idx = p.index.array;
        for (const lv of p.levels) lv.count = fillIndex(idx.subarray(lv.start), lv.rows, lv.cols, zw, ny);
        p.index.needsUpdate = true;
        p.nanKey = nan > 0 ? 1 : 0;
      }
      this.useStride(p, 1);
      geom.computeBoundingSphere();
      this.setContours(p);
    }
  }

  // draw panel p with the coarsest level of detail whose stride is <= `stride`
  useStride(p, stride) {
    if (!p.levels) return;
    let lv = p.levels[0];
    for (const l of p.levels) if (l.stride <= stride) lv = l;
    p.mesh.geometry.setDrawRange(lv.start, lv.count);
    p.strideDrawn = lv.stride;
  }

  gridNormals(p) {
    const { nx, ny, xw, yw, zw } = p;
    const nor = p.mesh.geometry.getAttribute("normal");
    const out = nor.array;
    for (let i = 0; i < nx; i++) {
      const i0 = i > 0 ? i - 1 : i, i1 = i < nx - 1 ? i + 1 : i;
      for (let j = 0; j < ny; j++) {
        const j0 = j > 0 ? j - 1 : j, j1 = j < ny - 1 ? j + 1 : j;
        const k = i * ny + j;
        const zc = zw[k];
        let zx0 = zw[i0 * ny + j], zx1 = zw[i1 * ny + j];
        let xa = xw[i0], xb = xw[i1];
        if (zx0 !== zx0) { zx0 = zc; xa = xw[i]; }
        if (zx1 !== zx1) { zx1 = zc; xb = xw[i]; }
        let zy0 = zw[i * ny + j0], zy1 = zw[i * ny + j1];
        let ya = yw[j0], yb = yw[j1];
        if (zy0 !== zy0) { zy0 = zc; ya = yw[j]; }
        if (zy1 !== zy1) { zy1 = zc; yb = yw[j]; }
        const dx = xb - xa ? (zx1 - zx0) / (xb - xa) : 0;
        const dy = yb - ya ? (zy1 - zy0) / (yb - ya) : 0;
        let nx_ = -dx, ny_ = -dy;
        const len = Math.sqrt(nx_ * nx_ + ny_ * ny_ + 1) || 1;
        if (!(len === len)) { nx_ = 0; ny_ = 0; }
        out[3 * k] = nx_ / len; out[3 * k + 1] = ny_ / len; out[3 * k + 2] = 1 / len;
      }
    }
    nor.needsUpdate = true;
  }

  setContours(p) {
    const st = STYLES[this.style];
    if (!st.contours || !p.nx) {
      p.contours.visible = false;
      p.hasContours = false;
      return;
    }
    const [lo, hi] = this.zrange;
    const levels = this.levels && this.levels.length ? this.levels : contourLevels(lo, hi, 11);
    const { positions, count } = marchingSquares(p.xw, p.yw, p.z, p.nx, p.ny, levels);
    const lift = 0.002 * BOX_H;
    for (let k = 2; k < positions.length; k += 3) positions[k] = this.worldZ(positions[k]) + lift;
    const old = p.contours.geometry;
    const g = new LineSegmentsGeometry();
    if (count > 0) g.setPositions(positions);
    p.contours.geometry = g;
    old.dispose();
    const thin = new THREE.BufferGeometry();
    thin.setAttribute("position", new THREE.BufferAttribute(positions.slice(), 3));
    p.contoursThin.geometry.dispose();
    p.contoursThin.geometry = thin;
    p.hasContours = count > 0;
    p.contours.visible = p.hasContours;
  }

  setPath(p, path) {
    p.pathKey = path ? [path.x, path.y, path.z] : null;
    for (const c of p.pathGroup.children.slice()) {
      c.geometry.dispose();
      if (c.isInstancedMesh) c.dispose();
      p.pathGroup.remove(c);
    }
    p.pathWorld = null;
    if (!path || !path.x || !path.y || !path.z || !p.nx) return;
    const n = Math.min(path.x.length, path.y.length, path.z.length);
    const pts = [];
    for (let k = 0; k < n; k++) {
      const x = path.x[k], y = path.y[k], zz = path.z[k];
      if (!(x === x && y === y && zz === zz)) { pts.push(null); continue; }
      pts.push(new THREE.Vector3(this.worldX(p, x), this.worldY(p, y), this.worldZ(zz) + 0.012));
    }
    p.pathWorld = pts;
    // one tube per run of finite points
    let run = [];
    const flush = () => {
      if (run.length >= 2) {
        const curve = new THREE.CurvePath();
        for (let k = 1; k < run.length; k++) curve.add(new THREE.LineCurve3(run[k - 1], run[k]));
        const tube = new THREE.TubeGeometry(curve, Math.max(8, (run.length - 1) * 3), 0.011 * this.sizeScale(), 8, false);
        p.pathGroup.add(new THREE.Mesh(tube, p.pathMat));
      }
      run = [];
    };
    for (const v of pts) { if (v) run.push(v); else flush(); }
    flush();
    const finite = pts.filter(Boolean);
    if (finite.length) {
      const dot = new THREE.SphereGeometry(0.02 * this.sizeScale(), 12, 8);
      const inst = new THREE.InstancedMesh(dot, p.pathMat, finite.length);
      const m = new THREE.Matrix4();
      finite.forEach((v, k) => inst.setMatrixAt(k, m.makeTranslation(v.x, v.y, v.z)));
      inst.instanceMatrix.needsUpdate = true;
      inst.frustumCulled = false;
      p.pathGroup.add(inst);
    }
  }

  setCurrent(p, path) {
    const k = path && Number.isInteger(path.k) ? path.k : path && p.pathWorld ? p.pathWorld.length - 1 : -1;
    const v = p.pathWorld && k >= 0 && k < p.pathWorld.length ? p.pathWorld[k] : null;
    p.current.visible = !!v;
    p.current.scale.setScalar(this.sizeScale());
    if (v) p.current.position.copy(v);
  }

  buildBall(st) {
    const g = new THREE.Group();
    const R = 0.05;
    const body = new THREE.Mesh(new THREE.SphereGeometry(R, 32, 24), new THREE.MeshPhongMaterial({ color: st.ball, shininess: 80, specular: 0x555555 }));
    const stripe = new THREE.Mesh(new THREE.TorusGeometry(R * 1.002, R * 0.16, 8, 40), new THREE.MeshPhongMaterial({ color: st.ballStripe, shininess: 60 }));
    g.add(body, stripe);
    g.userData.R = R;
    return g;
  }

  setBallOn(p, ball) {
    const ok = ball && Number.isFinite(ball.x) && Number.isFinite(ball.y) && Number.isFinite(ball.z) && p.nx;
    if (!ok) {
      p.ball.visible = false;
      p.ballPos = null;
      return;
    }
    const R = p.ball.userData.R * this.sizeScale();
    p.ball.scale.setScalar(this.sizeScale());
    const pos = _v.set(this.worldX(p, ball.x), this.worldY(p, ball.y), this.worldZ(ball.z) + R * 0.92);
    if (p.ballPos && p.ball.visible) {
      // roll: rotate about the horizontal axis perpendicular to the motion by distance / R
      const dx = pos.x - p.ballPos.x, dy = pos.y - p.ballPos.y, dz = pos.z - p.ballPos.z;
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (d > 1e-6 && (dx || dy)) {
        const axis = new THREE.Vector3(-dy, dx, 0).normalize();
        const q = new THREE.Quaternion().setFromAxisAngle(axis, d / R);
        p.ball.quaternion.premultiply(q);
      }
    }
    p.ball.position.copy(pos);
    p.ballPos = pos.clone();
    p.ball.visible = true;
  }

  buildTheta(st) {
    const g = new THREE.Group();
    const mat = new THREE.MeshBasicMaterial({ color: st.theta });
    const pin = new THREE.Mesh(new THREE.CylinderGeometry(0.006, 0.006, 0.16, 8), mat);
    pin.rotation.x = Math.PI / 2;
    pin.position.z = 0.08;
    const head = new THREE.Mesh(new THREE.SphereGeometry(0.018, 12, 8), mat.clone());
    head.position.z = 0.16;
    g.add(pin, head);
    g.visible = false;
    // drawn on top of the surface (the pin stands at the surface height, so a depth-tested
    // label was half buried in a basin)
    const label = new THREE.Sprite(new THREE.SpriteMaterial({ map: this.thetaTexture(st), depthTest: false, sizeAttenuation: false, transparent: true }));
    label.renderOrder = 10;
    label.center.set(0.5, 0);
    label.position.z = 0.19;
    label.userData.isThetaLabel = true;
    g.add(label);
    g.userData.label = label;
    return g;
  }

  thetaTexture(st) {
    const cv = document.createElement("canvas");
    cv.width = 256;
    cv.height = 128;
    const ctx = cv.getContext("2d");
    ctx.scale(2, 2);
    ctx.font = "700 50px sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineWidth = 6;
    ctx.lineJoin = "round";
    ctx.strokeStyle = st === STYLES.paraview ? "rgba(10,12,20,0.85)" : "rgba(255,255,255,0.95)";
    ctx.strokeText("θ*", 64, 34);
    ctx.fillStyle = st.text;
    ctx.fillText("θ*", 64, 34);
    const tex = new THREE.CanvasTexture(cv);
    tex.colorSpace = THREE.SRGBColorSpace;
    return tex;
  }

  // keep the θ* label a constant size in pixels
  placeThetaLabel(p, cam, ph) {
    const label = p.theta.userData.label;
    const px = this.presentation ? Math.min(40, Math.max(24, ph / 8)) : Math.min(32, Math.max(18, ph / 10));
    const s = ((px / ph) * 2 * Math.tan((cam.fov * Math.PI) / 360));
    label.scale.set(s * 2, s, 1);
  }

  setTheta(p, center) {
    const ca = +center[0], cb = +center[1];
    if (!p.nx || !(ca >= p.a0 && ca <= p.a1 && cb >= p.b0 && cb <= p.b1)) {
      p.theta.visible = false;
      p.thetaTop = null;
      return;
    }
    // bilinear z at the centre
    const i = Math.min(p.nx - 2, Math.max(0, this.searchIndex(p.a, ca)));
    const j = Math.min(p.ny - 2, Math.max(0, this.searchIndex(p.b, cb)));
    const ta = (ca - p.a[i]) / (p.a[i + 1] - p.a[i] || 1), tb = (cb - p.b[j]) / (p.b[j + 1] - p.b[j] || 1);
    const z = p.zw, ny = p.ny;
    const zc = (1 - ta) * ((1 - tb) * z[i * ny + j] + tb * z[i * ny + j + 1]) + ta * ((1 - tb) * z[(i + 1) * ny + j] + tb * z[(i + 1) * ny + j + 1]);
    if (!(zc === zc)) {
      p.theta.visible = false;
      p.thetaTop = null;
      return;
    }
    p.theta.visible = true;
    p.theta.position.set(this.worldX(p, ca), this.worldY(p, cb), zc);
    p.thetaTop = new THREE.Vector3(p.theta.position.x, p.theta.position.y, zc + 0.2);
  }

  searchIndex(arr, x) {
    const n = arr.length;
    const asc = arr[n - 1] >= arr[0];
    let lo = 0, hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((arr[mid] <= x) === asc) lo = mid; else hi = mid;
    }
    return lo;
  }

  // surface height (world z) at world (x, y) by bilinear interpolation; NaN outside or in holes
  heightAt(p, x, y) {
    const fi = ((x + 1) / 2) * (p.nx - 1), fj = ((y + 1) / 2) * (p.ny - 1);
    if (!(fi >= 0 && fi <= p.nx - 1 && fj >= 0 && fj <= p.ny - 1)) return NaN;
    const i = Math.min(p.nx - 2, Math.floor(fi)), j = Math.min(p.ny - 2, Math.floor(fj));
    const ti = fi - i, tj = fj - j, ny = p.ny, z = p.zw;
    return (1 - ti) * ((1 - tj) * z[i * ny + j] + tj * z[i * ny + j + 1]) + ti * ((1 - tj) * z[(i + 1) * ny + j] + tj * z[(i + 1) * ny + j + 1]);
  }

  // value of a data grid (raw metric) at world (x, y), bilinear
  valueAt(p, arr, x, y) {
    const fi = ((x + 1) / 2) * (p.nx - 1), fj = ((y + 1) / 2) * (p.ny - 1);
    const i = Math.min(p.nx - 2, Math.max(0, Math.floor(fi))), j = Math.min(p.ny - 2, Math.max(0, Math.floor(fj)));
    const ti = fi - i, tj = fj - j, ny = p.ny;
    return (1 - ti) * ((1 - tj) * arr[i * ny + j] + tj * arr[i * ny + j + 1]) + ti * ((1 - tj) * arr[(i + 1) * ny + j] + tj * arr[(i + 1) * ny + j + 1]);
  }

  // Ray from the camera through a pixel of panel p, marched against the height field (the grid
  // is uniform in world units); returns the world point of the first hit or null.
  pick(p, px, py) {
    if (!p.nx || !p.projInv) return null;
    const ndc = new THREE.Vector3(((px - p.rect.x) / p.rect.w) * 2 - 1, -((py - p.rect.y) / p.rect.h) * 2 + 1, 0.5);
    const o = this.camera.position.clone();
    const d = ndc.applyMatrix4(p.projInv).applyMatrix4(this.camera.matrixWorld).sub(o).normalize();
    // clip the ray to the box
    let t0 = 0, t1 = 100;
    const lo = [-1, -1, -0.01], hi = [1, 1, BOX_H + 0.01];
    for (let k = 0; k < 3; k++) {
      const ok = o.getComponent(k), dk = d.getComponent(k);
      if (Math.abs(dk) < 1e-12) { if (ok < lo[k] || ok > hi[k]) return null; continue; }
      let ta = (lo[k] - ok) / dk, tb = (hi[k] - ok) / dk;
      if (ta > tb) [ta, tb] = [tb, ta];
      t0 = Math.max(t0, ta); t1 = Math.min(t1, tb);
    }
    if (!(t1 > t0)) return null;
    const steps = 2 * Math.max(p.nx, p.ny) + 50;
    const dt = (t1 - t0) / steps;
    const at = (t) => [o.x + d.x * t, o.y + d.y * t, o.z + d.z * t];
    let prevT = t0, prevAbove = null;
    for (let k = 0; k <= steps; k++) {
      const t = t0 + k * dt;
      const [x, y, z] = at(t);
      const h = this.heightAt(p, x, y);
      if (h !== h) { prevAbove = null; prevT = t; continue; }
      const above = z > h;
      if (prevAbove === true && !above) {
        let a = prevT, b = t; // bisection between above (a) and below (b)
        for (let it = 0; it < 24; it++) {
          const m = (a + b) / 2, [mx, my, mz] = at(m), hm = this.heightAt(p, mx, my);
          if (hm === hm && mz > hm) a = m; else b = m;
        }
        return at((a + b) / 2);
      }
      if (prevAbove === null && !above) return null; // entered below the surface: seen from beneath
      prevAbove = above;
      prevT = t;
    }
    return null;
  }

  hover() {
    if (this.disposed || !this._hoverAt) return;
    const [mx, my] = this._hoverAt;
    const p = this.panels.find((q) => mx >= q.rect.x && mx < q.rect.x + q.rect.w && my >= q.rect.y && my < q.rect.y + q.rect.h);
    const hit = p ? this.pick(p, mx, my) : null;
    if (!hit) { this.tip.style.display = "none"; return; }
    const a = p.a0 + ((hit[0] + 1) / 2) * (p.a1 - p.a0), b = p.b0 + ((hit[1] + 1) / 2) * (p.b1 - p.b0);
    const v = this.valueAt(p, p.raw && p.raw.length === p.nx * p.ny ? p.raw : p.z, hit[0], hit[1]);
    const short = (t, dflt) => String(t || dflt).split(" (")[0];
    const f = (x) => (Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(2) : String(+x.toPrecision(4)));
    this.tip.textContent = `${short(this.labels.a, "α")} = ${f(a)}   ${short(this.labels.b, "β")} = ${f(b)}\n${short(this.labels.z, "loss")} = ${f(v)}`;
    this.tip.style.fontSize = `${this.fontSizes().tick + 1}px`;
    this.tip.style.display = "";
    const tw = this.tip.offsetWidth, th = this.tip.offsetHeight;
    const x = Math.min(mx + 14, this.layoutInfo.w - tw - 4), y = my - th - 10 < 0 ? my + 16 : my - th - 10;
    this.tip.style.transform = `translate(${Math.max(2, x)}px, ${y}px)`;
  }

  // ---------------------------------------------------------------- axes

  buildAxes(st) {
    const group = new THREE.Group();
    const H = BOX_H;
    const c = [[-1, -1], [1, -1], [1, 1], [-1, 1]];
    const boxMat = new THREE.LineBasicMaterial({ color: st.box });
    // one box outline per quadrant of the viewer: the vertical edge nearest to the viewer and
    // the two top edges meeting it are left out (they would cross the surface)
    const boxes = {};
    for (let near = 0; near < 4; near++) {
      const seg = [];
      for (let k = 0; k < 4; k++) {
        const k1 = (k + 1) % 4;
        const [x0, y0] = c[k], [x1, y1] = c[k1];
        seg.push(x0, y0, 0, x1, y1, 0);
        if (k !== near && k1 !== near) seg.push(x0, y0, H, x1, y1, H);
        if (k !== near) seg.push(x0, y0, 0, x0, y0, H);
      }
      const g = new THREE.BufferGeometry();
      g.setAttribute("position", new THREE.Float32BufferAttribute(seg, 3));
      const lines = new THREE.LineSegments(g, boxMat);
      lines.visible = near === 0;
      boxes[c[near].join(",")] = lines;
      group.add(lines);
    }
    const gridMat = new THREE.LineBasicMaterial({ color: st.grid, transparent: true, opacity: 0.9 });
    const gridLines = new THREE.LineSegments(new THREE.BufferGeometry(), gridMat);
    group.add(gridLines);
    return { group, boxMat, gridMat, gridLines, boxes, key: "" };
  }

  // floor grid at the tick positions of a and b (rebuilt when the ticks change)
  updateAxisGrid(p, xt, yt) {
    const key = xt.join(",") + "|" + yt.join(",");
    if (key === p.axes.key) return;
    p.axes.key = key;
    const g = [];
    for (const x of xt) g.push(x, -1, 0, x, 1, 0);
    for (const y of yt) g.push(-1, y, 0, 1, y, 0);
    const geom = new THREE.BufferGeometry();
    geom.setAttribute("position", new THREE.Float32BufferAttribute(g, 3));
    p.axes.gridLines.geometry.dispose();
    p.axes.gridLines.geometry = geom;
  }

  // presentation mode draws lines, path and ball larger
  sizeScale() {
    return this.presentation ? 1.35 : 1;
  }

  fontSizes() {
    return this.presentation ? { tick: 18, title: 22, axis: 20 } : { tick: 12, title: 15, axis: 14 };
  }

  applyFonts() {
    const fs = this.fontSizes();
    this.fontFamily = getComputedStyle(this.root).fontFamily || "sans-serif";
    for (const p of this.panels) {
      p.titleEl.style.fontSize = fs.title + "px";
      p.titleEl.style.color = STYLES[this.style].text;
      p.titleEl.style.textShadow = STYLES[this.style].shadow;
    }
  }

  // width (px) of a text in the label font (canvas measureText, cached)
  textWidth(text, size, weight = 400) {
    if (!this._measure) {
      this._measure = document.createElement("canvas").getContext("2d");
      this._widths = new Map();
    }
    const family = this.fontFamily || "sans-serif";
    const key = `${weight}|${size}|${family}|${text}`;
    let wv = this._widths.get(key);
    if (wv === undefined) {
      this._measure.font = `${weight} ${size}px ${family}`;
      wv = this._measure.measureText(text).width;
      if (this._widths.size > 2000) this._widths.clear();
      this._widths.set(key, wv);
    }
    return wv;
  }

  // the text, shortened if needed to at most maxW px (see three-labels.js fitText)
  fitText(text, maxW, size, weight) {
    return fitText(text, maxW, (t) => this.textWidth(t, size, weight));
  }

  // Label positions for the current camera; written to the panel's DOM labels and kept in
  // p.labelList for toCanvas(). Axis titles always show (shortened to fit their edge); a tick
  // label that would overlap a title or another label, or leave the panel, is left out.
  computeLabels(p, cam, w, h) {
    const st = STYLES[this.style];
    const fs = this.fontSizes();
    const list = [];
    if (!p.nx) return list;
    const proj = (x, y, z) => {
      _v.set(x, y, z).project(cam);
      return [((_v.x + 1) / 2) * w, ((1 - _v.y) / 2) * h, _v.z];
    };
    // unit screen direction in which world point (x, y, z) moves when pushed by (dx, dy, 0)
    const outward = (x, y, z, dx, dy) => {
      const a = proj(x, y, z), b = proj(x + dx, y + dy, z);
      const ux = b[0] - a[0], uy = b[1] - a[1];
      const n = Math.hypot(ux, uy) || 1;
      return [ux / n, uy / n];
    };
    const eye = cam.position, tgt = this.controls.target;
    const sx = eye.x - tgt.x >= 0 ? 1 : -1, sy = eye.y - tgt.y >= 0 ? 1 : -1;
    for (const [key, lines] of Object.entries(p.axes.boxes)) lines.visible = key === `${sx},${sy}`;
    // ticks in data units, placed in world units
    const nTicks = w < 420 ? 3 : 5;
    const at = niceTicks(p.a0, p.a1, nTicks).filter((v) => v >= p.a0 && v <= p.a1);
    const bt = niceTicks(p.b0, p.b1, nTicks).filter((v) => v >= p.b0 && v <= p.b1);
    const xt = at.map((v) => this.worldX(p, v));
    const yt = bt.map((v) => this.worldY(p, v));
    this.updateAxisGrid(p, xt, yt);
    const lab = (text, pos, opts = {}) => {
      const size = opts.size || fs.tick, weight = opts.weight || 400;
      const l = {
        text, x: pos[0], y: pos[1], visible: pos[2] < 1, align: opts.align || "center",
        size, weight, color: opts.color || st.muted, role: opts.role || "tick", angle: opts.angle || 0,
        tw: this.textWidth(text, size, weight), title: !!opts.title,
      };
      list.push(l);
      return l;
    };
    // Tick labels sit outside the edge along its screen normal n (pointing away from the box);
    // the axis title runs parallel to the edge beyond them, like matplotlib's 3D axes.
    const axis = (ticks, worldPts, dx, dy, title, role, mid, end0, end1) => {
      const d = outward(mid[0], mid[1], 0, dx, dy);
      const e0 = proj(...end0), e1 = proj(...end1);
      let ex = e1[0] - e0[0], ey = e1[1] - e0[1];
      const elen = Math.hypot(ex, ey);
      let n = d, angle = 0, maxW = Math.max(60, Math.min(w * 0.45, elen));
      if (elen > 40) {
        ex /= elen; ey /= elen;
        n = [-ey, ex];
        if (n[0] * d[0] + n[1] * d[1] < 0) n = [ey, -ex];
        angle = Math.atan2(ey, ex);
        if (angle > Math.PI / 2) angle -= Math.PI;
        if (angle <= -Math.PI / 2) angle += Math.PI;
        maxW = elen * 0.9;
      }
      let far = 0;
      ticks.forEach((v, k) => {
        const text = formatTick(v);
        const q = proj(...worldPts[k]);
        const tw = this.textWidth(text, fs.tick);
        const half = Math.abs(n[0]) * tw / 2 + Math.abs(n[1]) * fs.tick / 2;
        far = Math.max(far, 2 * half);
        lab(text, [q[0] + n[0] * (6 + half), q[1] + n[1] * (6 + half), q[2]]);
      });
      const q = proj(mid[0], mid[1], 0);
      const text = this.fitText(title, maxW, fs.axis, 600);
      if (text.length <= 3) { angle = 0; n = d; } // a symbol ("α") reads best upright
      const tw = this.textWidth(text, fs.axis, 600);
      // a horizontal title beside a steep edge clears the ticks by its half width
      const extra = angle ? fs.axis * 0.6 : Math.abs(n[0]) * tw / 2 + Math.abs(n[1]) * fs.axis / 2;
      const r = 6 + far + 6 + extra;
      lab(text, [q[0] + n[0] * r, q[1] + n[1] * r, q[2]], { role, size: fs.axis, weight: 600, color: st.text, angle, title: true });
    };
    // a ticks along the floor edge facing the viewer, b ticks along the other facing edge
    axis(at, xt.map((x) => [x, sy, 0]), 0, sy, this.labels.a || "α", "x-title", [0, sy], [-1, sy, 0], [1, sy, 0]);
    axis(bt, yt.map((y) => [sx, y, 0]), sx, 0, this.labels.b || "β", "y-title", [sx, 0], [sx, -1, 0], [sx, 1, 0]);
    // z ticks on the vertical edge that is leftmost on screen
    const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1]];
    let best = null, bestX = Infinity;
    for (const [cx, cy] of corners) {
      const q = proj(cx, cy, BOX_H * 0.5);
      if (q[0] < bestX) { bestX = q[0]; best = [cx, cy]; }
    }
    const [cx, cy] = best;
    const zt = this.zticks
      ? this.zticks.filter((t) => t.value >= this.zrange[0] - 1e-9 && t.value <= this.zrange[1] + 1e-9 && t.label !== "" && t.major !== false)
        .map((t) => ({ value: t.value, label: t.label }))
      : niceTicks(this.zrange[0], this.zrange[1], 4).map((v) => ({ value: v, label: formatTick(v) }));
    for (const t of zt) {
      const q = proj(cx, cy, this.worldZ(t.value));
      lab(t.label, [q[0] - 7, q[1], q[2]], { align: "right" }).z = true;
    }
    // z title: the metric's name (the colour bar beside carries the full title) above the edge
    const top = proj(cx, cy, BOX_H);
    const zTitle = this.fitText(String(this.labels.z || "loss").replace(/\s*\(.*\)\s*$/, "") || "loss", w * 0.4, fs.axis, 600);
    lab(zTitle, [top[0], top[1] - fs.axis * 1.3, top[2]], { role: "z-title", size: fs.axis, weight: 600, color: st.text, title: true });
    this.resolveLabels(p, list, w, h, fs);
    return list;
  }

  // Titles are clamped into the panel; tick labels outside it or overlapping a title, the panel
  // title or an earlier tick label (z ticks first, top down) are hidden.
  resolveLabels(p, list, w, h, fs) {
    const boxOf = labelBox, overlap = boxesOverlap, extent = boxExtent;
    const placed = [];
    // the widest panel title of all panels, so that every panel lays its labels out alike
    let tw = 0;
    for (const q of this.panels) {
      const t = q.titleEl.textContent;
      if (t && q.titleEl.style.display !== "none") tw = Math.max(tw, Math.min(this.textWidth(t, fs.title, 600), w));
    }
    if (tw > 0) placed.push({ cx: w / 2, cy: 6 + fs.title / 2, hw: tw / 2 + 2, hh: fs.title * 0.5, c: 1, s: 0 });
    for (const l of list.filter((q) => q.title)) {
      const b = boxOf(l);
      const [ex, ey] = extent(b);
      const dx = Math.min(Math.max(b.cx, ex + 2), w - ex - 2) - b.cx;
      const dy = Math.min(Math.max(b.cy, ey + 2), h - ey - 2) - b.cy;
      l.x += dx; l.y += dy; b.cx += dx; b.cy += dy;
      // a title that meets the panel title moves below it
      for (const q of placed) {
        if (overlap(b, q)) {
          const down = q.cy + q.hh + ey + 2 - b.cy;
          if (down > 0) { l.y += down; b.cy += down; }
        }
      }
      placed.push(b);
    }
    const ticks = list.filter((q) => !q.title).sort((u, v) => (v.z ? 1 : 0) - (u.z ? 1 : 0) || u.y - v.y);
    for (const l of ticks) {
      if (!l.visible) continue;
      const b = boxOf(l);
      const [ex, ey] = extent(b);
      if (b.cx - ex < 1 || b.cx + ex > w - 1 || b.cy - ey < 1 || b.cy + ey > h - 1 || placed.some((q) => overlap(b, q))) {
        l.visible = false;
        continue;
      }
      placed.push(b);
    }
  }

  // paddings (px) kept free around the box for labels: [left/right, top, bottom]
  paddings() {
    const fs = this.fontSizes();
    return [fs.tick * 2.6 + fs.axis * 1.4, fs.title + 16, fs.tick * 1.6 + fs.axis * 1.6];
  }

  writeLabels(p, list) {
    const st = STYLES[this.style];
    while (p.labelEls.length < list.length) {
      const s = document.createElement("span");
      Object.assign(s.style, { position: "absolute", left: "0", top: "0", whiteSpace: "nowrap", lineHeight: "1", pointerEvents: "none" });
      p.el.appendChild(s);
      p.labelEls.push(s);
    }
    while (p.labelEls.length > list.length) p.labelEls.pop().remove();
    for (let k = 0; k < p.labelEls.length; k++) {
      const s = p.labelEls[k];
      const l = list[k];
      if (!l || !l.visible) {
        if (s.style.display !== "none") s.style.display = "none";
        continue;
      }
      s.style.display = "";
      if (s.textContent !== l.text) s.textContent = l.text;
      if (s.dataset.role !== l.role) s.dataset.role = l.role;
      const tx = l.align === "right" ? "-100%" : l.align === "left" ? "0" : "-50%";
      s.style.transform = `translate(${l.x.toFixed(1)}px, ${l.y.toFixed(1)}px) translate(${tx}, -50%)${l.angle ? ` rotate(${l.angle.toFixed(4)}rad)` : ""}`;
      s.style.fontSize = l.size + "px";
      s.style.fontWeight = String(l.weight);
      s.style.color = l.color;
      s.style.textShadow = st.shadow;
    }
  }

  // ---------------------------------------------------------------- layout and rendering

  layout() {
    const { w, h } = this.layoutInfo;
    const n = Math.max(1, this.panels.length);
    let best = 1, bestScore = -1;
    const given = this.state && Number.isInteger(this.state.cols) && this.state.cols >= 1 ? Math.min(this.state.cols, n) : 0;
    for (let c = given || 1; c <= (given || n); c++) {
      const r = Math.ceil(n / c);
      const score = Math.min(w / c, (h / r) * 1.3);
      if (score > bestScore + 1e-6) { bestScore = score; best = c; }
    }
    const cols = best, rows = Math.ceil(n / cols);
    this.layoutInfo.cols = cols;
    this.layoutInfo.rows = rows;
    const cw = w / cols, ch = h / rows;
    this.panels.forEach((p, k) => {
      const r = Math.floor(k / cols), c = k % cols;
      const x = Math.round(c * cw), y = Math.round(r * ch);
      const x1 = Math.round((c + 1) * cw), y1 = Math.round((r + 1) * ch);
      p.rect = { x, y, w: x1 - x, h: y1 - y };
      Object.assign(p.el.style, { left: x + "px", top: y + "px", width: p.rect.w + "px", height: p.rect.h + "px" });
    });
  }

  // tangents of the half angles (horizontal, vertical) that hold the fit cylinder, seen from
  // the reference distance along the view direction `dir` (unit, camera -> target)
  fitTangents(dir, right) {
    const up = new THREE.Vector3().crossVectors(right, dir).normalize();
    const D0 = Math.hypot(...DEFAULT_CAMERA.eye.map((e, k) => e - DEFAULT_CAMERA.center[k]));
    const tgt = this.controls.target;
    const eye = new THREE.Vector3().copy(tgt).addScaledVector(dir, -D0);
    let th = 0, tvMin = Infinity, tvMax = -Infinity;
    const q = new THREE.Vector3();
    for (let k = 0; k < 24; k++) {
      const ang = (2 * Math.PI * k) / 24;
      for (const z of [FIT_Z0, FIT_Z1]) {
        q.set(FIT_R * Math.cos(ang), FIT_R * Math.sin(ang), z).sub(eye);
        const depth = q.dot(dir);
        if (depth <= 0.05) continue;
        th = Math.max(th, Math.abs(q.dot(right)) / depth);
        const tv = q.dot(up) / depth;
        if (tv < tvMin) tvMin = tv;
        if (tv > tvMax) tvMax = tv;
      }
    }
    return [th, tvMin, tvMax];
  }

  requestRender() {
    clearTimeout(this.refineTimer);
    if (this.disposed || this.frameReq) return;
    this.frameReq = requestAnimationFrame(() => {
      this.frameReq = 0;
      this.renderNow();
    });
  }

  // Draw all panels. opts.force: draw even when off-screen (export); opts.quality: full detail
  // and multisampling also with software WebGL.
  renderNow(opts = {}) {
    const force = opts === true || !!opts.force;
    if (this.disposed || !this.visible || !(this.onScreen || force)) return;
    const t0 = performance.now();
    const moving = this.controls.update();
    const interacting = !force && (moving || this.dragging);
    const r = this.ensureRenderer();
    if (!r) return;
    const software = this.software;
    const quality = !interacting && (!software || force || !!opts.quality);
    const viaTarget = software && quality; // multisampled per-panel targets, then copied
    const { w, h } = this.layoutInfo;
    const pr = r.getPixelRatio();
    const st = STYLES[this.style];
    if (!this.bg[this.style]) this.bg[this.style] = gradientTexture(st.bgTop, st.bgBottom);
    const bg = this.bg[this.style];
    const cam = this.camera;
    r.setRenderTarget(null);
    r.setScissorTest(false);
    r.setClearColor(st.bgBottom, 1);
    r.clear();
    const dir = new THREE.Vector3().subVectors(this.controls.target, cam.position).normalize();
    const right = new THREE.Vector3().crossVectors(dir, cam.up).normalize();
    const fit = this.fitTangents(dir, right);
    for (const p of this.panels) {
      const { x, y, w: pw, h: ph } = p.rect;
      if (pw < 2 || ph < 2) continue;
      const yb = h - y - ph;
      const aspect = pw / ph;
      cam.aspect = aspect;
      // field of view and vertical offset so that the box fits inside the label paddings
      const [th, tvMin, tvMax] = fit;
      const [padX, padTop, padBottom] = this.paddings();
      const ax = Math.max(0.5, 2 - (4 * padX) / pw), ay = Math.max(0.5, 2 - (2 * (padTop + padBottom)) / ph);
      const tanHalf = Math.max((tvMax - tvMin) / ay, (2 * th) / (aspect * ax), 0.08);
      cam.fov = (2 * Math.atan(tanHalf) * 180) / Math.PI;
      cam.updateProjectionMatrix();
      const shift = (tvMax + tvMin) / 2 / tanHalf - (padBottom - padTop) / ph;
      cam.projectionMatrix.elements[9] = shift;
      cam.projectionMatrixInverse.copy(cam.projectionMatrix).invert();
      this.placeThetaLabel(p, cam, ph);
      cam.updateMatrixWorld();
      p.scene.background = bg;
      // level of detail: coarse while the camera moves; with software WebGL about 3 px per
      // cell until the refinement; full otherwise (5 px per cell of the panel size)
      let stride = 1;
      if (interacting) stride = Infinity;
      else if (!quality && p.nx) {
        const cells = Math.max(8, Math.min(pw, ph) / 5);
        stride = Math.max(1, (Math.max(p.nx, p.ny) - 1) / cells);
      }
      this.useStride(p, stride);
      p.contours.visible = !!p.hasContours && quality;
      p.contoursThin.visible = !!p.hasContours && !quality;
      // key light from the upper left of the viewer (at least 50 degrees high, so that a low
      // camera still sees a lit surface), fill light from the right
      _v.subVectors(cam.position, this.controls.target);
      const horiz = Math.hypot(_v.x, _v.y) || 1;
      const kz = Math.max(_v.z / horiz, 1.2);
      p.key.position.set(_v.x / horiz, _v.y / horiz, kz).addScaledVector(right, -0.6).add(this.controls.target);
      p.key.target.position.copy(this.controls.target);
      p.fill.position.copy(cam.position).addScaledVector(right, 3).add(_v.set(0, 0, -0.5));
      p.fill.target.position.copy(this.controls.target);
      if (viaTarget) {
        const tw = Math.max(1, Math.round(pw * pr)), th = Math.max(1, Math.round(ph * pr));
        if (!p.rt || p.rt.width !== tw || p.rt.height !== th) {
          if (p.rt) p.rt.dispose();
          // 8-bit sRGB storage (no banding, half the memory of half floats)
          p.rt = new THREE.WebGLRenderTarget(tw, th, { samples: 4, colorSpace: THREE.SRGBColorSpace });
        }
        r.setRenderTarget(p.rt);
        r.setScissorTest(false);
        r.clear();
        p.contourMat.linewidth = CONTOUR_WIDTH * this.sizeScale() * pr; // target pixels here
        r.render(p.scene, cam);
        r.setRenderTarget(null);
        r.setViewport(x, yb, pw, ph);
        r.setScissor(x, yb, pw, ph);
        r.setScissorTest(true);
        this.copyTarget(r, p.rt);
      } else {
        p.contourMat.linewidth = CONTOUR_WIDTH * this.sizeScale();
        r.setViewport(x, yb, pw, ph);
        r.setScissor(x, yb, pw, ph);
        r.setScissorTest(true);
        r.render(p.scene, cam);
      }
      p.projInv = cam.projectionMatrixInverse.clone();
      p.labelList = this.computeLabels(p, cam, pw, ph);
      this.writeLabels(p, p.labelList);
    }
    // empty cells of the grid (e.g. 4 panels in 3 columns) get the same background
    const { cols, rows } = this.layoutInfo;
    if (this.panels.length && cols * rows > this.panels.length) {
      if (!this.emptyScene) this.emptyScene = new THREE.Scene();
      this.emptyScene.background = bg;
      const cw = w / cols, ch = h / rows;
      for (let k = this.panels.length; k < cols * rows; k++) {
        const c = k % cols, rr = Math.floor(k / cols);
        const x0 = Math.round(c * cw), y0 = Math.round(rr * ch);
        const ew = Math.round((c + 1) * cw) - x0, eh = Math.round((rr + 1) * ch) - y0;
        r.setViewport(x0, h - y0 - eh, ew, eh);
        r.setScissor(x0, h - y0 - eh, ew, eh);
        r.setScissorTest(true);
        r.render(this.emptyScene, cam);
      }
    }
    r.setScissorTest(false);
    this.stats.renderMs = performance.now() - t0;
    this.stats.renders++;
    this.stats.quality = quality;
    this.lastRenderAt = performance.now();
    if (moving) this.requestRender();
    else if (!quality && !this.dragging) {
      clearTimeout(this.refineTimer);
      this.refineTimer = setTimeout(() => {
        if (!this.frameReq) this.renderNow({ quality: true });
      }, REFINE_MS);
    }
  }

  // draw a render target's texture over the current viewport
  copyTarget(r, rt) {
    if (!this.copyScene) {
      const mat = new THREE.MeshBasicMaterial({ depthTest: false, depthWrite: false, toneMapped: false });
      const quad = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), mat);
      quad.frustumCulled = false;
      this.copyScene = new THREE.Scene();
      this.copyScene.add(quad);
      this.copyMat = mat;
      this.copyCam = new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1);
    }
    if (this.copyMat.map !== rt.texture) {
      this.copyMat.map = rt.texture;
      this.copyMat.needsUpdate = true;
    }
    r.render(this.copyScene, this.copyCam);
  }
}
