// 2D filled contour panel: d3-contour bands drawn on a canvas, axes / labels / θ* / path /
// ball on an SVG overlay (DOM text: readable by tests and crisp at any zoom).
import { contours as d3contours } from "d3-contour";
import { coordAt } from "./frame.js";
import { svgEl, text, clear, drawAxes, linearTicks, labelWidth, FONT } from "./svg.js";
import { levelLabel, fmt } from "./scales.js";
import { GridFunction } from "./descent.js";

// Contour rings of the transformed grid t (t[i*ny + j] <-> (a[i], b[j])) for the thresholds,
// in normalized plot coordinates u, v in [0, 1] (u along a, v along b, v up).
export function contourRings(t, a, b, thresholds) {
  const nx = a.length, ny = b.length;
  // d3-contour wants values[x + y * dx] with x along a: transpose to [j * nx + i]
  const vals = new Float64Array(nx * ny);
  for (let i = 0; i < nx; i++) for (let j = 0; j < ny; j++) vals[j * nx + i] = t[i * ny + j];
  const gen = d3contours().size([nx, ny]);
  const a0 = a[0], aw = a[nx - 1] - a0 || 1, b0 = b[0], bw = b[ny - 1] - b0 || 1;
  // d3-contour puts sample k at coordinate k + 0.5; map onto the grid's data extent
  const ua = new Float64Array(2 * nx + 1), vb = new Float64Array(2 * ny + 1);
  const mapA = (c) => (coordAt(a, c - 0.5) - a0) / aw;
  const mapB = (c) => (coordAt(b, c - 0.5) - b0) / bw;
  return thresholds.map((th) => {
    const mp = gen.contour(vals, th);
    const rings = [];
    for (const poly of mp.coordinates) for (const ring of poly) {
      const r = new Float32Array(ring.length * 2);
      for (let k = 0; k < ring.length; k++) {
        r[2 * k] = mapA(ring[k][0]);
        r[2 * k + 1] = mapB(ring[k][1]);
      }
      rings.push(r);
    }
    return { value: th, rings };
  });
}

// approximate box [x0, y0, x1, y1] of an SVG text at baseline (x, y)
export function textRect(x, y, str, size, anchor = "start") {
  const w = str.length * size * 0.62;
  const left = anchor === "end" ? x - w : anchor === "middle" ? x - w / 2 : x;
  return [left - 2, y - 0.85 * size - 1, left + w + 2, y + 0.28 * size + 1];
}

export function hitRect(r, q) {
  return r[0] < q[2] && q[0] < r[2] && r[1] < q[3] && q[1] < r[3];
}

export class Panel2D {
  constructor(host, onClick, onHover, cache = new Map()) {
    this.onHover = onHover;
    this.el = document.createElement("div");
    this.el.className = "lossviz-panel lv-panel lv-panel-2d";
    this.canvas = document.createElement("canvas");
    this.canvas.className = "lv-canvas";
    this.svg = svgEl("svg", { class: "lv-svg", xmlns: "http://www.w3.org/2000/svg" });
    this.el.append(this.canvas, this.svg);
    host.appendChild(this.el);
    this.cache = cache; // shared by the widget's panels: survives view switches
    this.box = null;
    const toData = (ev) => {
      if (!this.box || !this.dataExtent) return null;
      const r = this.svg.getBoundingClientRect();
      const x = ev.clientX - r.left, y = ev.clientY - r.top;
      const { x0, y0, w, h } = this.box;
      if (x < x0 || x > x0 + w || y < y0 || y > y0 + h) return null;
      const [a0, a1, b0, b1] = this.dataExtent;
      return [a0 + ((x - x0) / w) * (a1 - a0), b1 - ((y - y0) / h) * (b1 - b0)];
    };
    this.svg.addEventListener("click", (ev) => {
      const pt = toData(ev);
      if (pt) onClick(pt);
    });
    // value readout under the pointer (bilinear value of the drawn metric)
    this.svg.addEventListener("mousemove", (ev) => this.readout(toData(ev)));
    this.svg.addEventListener("mouseleave", () => this.readout(null));
  }

  rings(key, t, a, b, thresholds) {
    let r = this.cache.get(key);
    if (!r) {
      r = contourRings(t, a, b, thresholds);
      if (this.cache.size > 48) this.cache.delete(this.cache.keys().next().value);
      this.cache.set(key, r);
    }
    return r;
  }

  // p: {a, b, t, key, domain, levels, log, lut, colorOf, width, height, fs, title, aLabel,
  //     bLabel, center, path, epochIdx, ball, showLabels}
  draw(p) {
    const { a, b, width, height, fs } = p;
    const nx = a.length, ny = b.length;
    const a0 = a[0], a1 = a[nx - 1], b0 = b[0], b1 = b[ny - 1];
    this.dataExtent = [a0, a1, b0, b1];
    const xticks = linearTicks(a0, a1, Math.max(3, Math.round(width / (fs * 7))));
    const yticks = linearTicks(b0, b1, Math.max(3, Math.round(height / (fs * 4))));
    const left = Math.ceil(labelWidth(yticks, fs) + 18 + fs * 1.3);
    const box = { x0: left, y0: Math.ceil(fs * 2.1), w: 0, h: 0 };
    box.w = Math.max(40, width - left - Math.ceil(fs * 0.8));
    box.h = Math.max(40, height - box.y0 - Math.ceil(fs * 3.6 + 14));
    this.box = box;
    this.el.style.width = `${width}px`;
    this.el.style.height = `${height}px`;
    this.svg.setAttribute("width", width);
    this.svg.setAttribute("height", height);
    this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const xs = (v) => box.x0 + ((v - a0) / (a1 - a0 || 1)) * box.w;
    const ys = (v) => box.y0 + box.h - ((v - b0) / (b1 - b0 || 1)) * box.h;
    this.xs = xs; this.ys = ys;

    // --- canvas: filled contour bands
    const dpr = window.devicePixelRatio || 1;
    const cw = Math.round(box.w * dpr), ch = Math.round(box.h * dpr);
    const cv = this.canvas;
    if (cv.width !== cw || cv.height !== ch) { cv.width = cw; cv.height = ch; }
    cv.style.left = `${box.x0}px`; cv.style.top = `${box.y0}px`;
    cv.style.width = `${box.w}px`; cv.style.height = `${box.h}px`;
    const ctx = cv.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#d9d9d9"; // NaN (not computed) points
    ctx.fillRect(0, 0, cw, ch);
    const [lo, hi] = p.domain;
    const ths = [lo - 1 - Math.abs(lo), ...p.levels];
    const rings = this.rings(p.key, p.t, a, b, ths);
    const toPath = (rs) => {
      const path = new Path2D();
      for (const r of rs) {
        path.moveTo(r[0] * cw, (1 - r[1]) * ch);
        for (let k = 2; k < r.length; k += 2) path.lineTo(r[k] * cw, (1 - r[k + 1]) * ch);
        path.closePath();
      }
      return path;
    };
    const paths = rings.map((lv) => toPath(lv.rings));
    for (let k = 0; k < rings.length; k++) {
      const vlo = k === 0 ? lo : rings[k].value;
      const vhi = k + 1 < rings.length ? rings[k + 1].value : hi;
      ctx.fillStyle = p.colorOf((Math.max(vlo, lo) + Math.min(vhi, hi)) / 2);
      ctx.fill(paths[k], "evenodd");
    }
    ctx.lineWidth = Math.max(0.7, 0.8 * dpr);
    ctx.strokeStyle = "rgba(20,20,20,0.45)";
    for (let k = 1; k < paths.length; k++) ctx.stroke(paths[k]);

    // --- SVG overlay
    const svg = this.svg;
    clear(svg);
    svgEl("rect", { x: box.x0, y: box.y0, width: box.w, height: box.h, fill: "transparent", "data-role": "plot-area", class: "lv-plot-area" }, svg);
    const g = svgEl("g", { class: "lv-axes" }, svg);
    drawAxes(g, box, {
      fontSize: fs, xs, ys, xticks, yticks, xtitle: p.aLabel, ytitle: p.bLabel,
      yTitleOffset: left - fs * 0.9, title: p.title, width,
    });
    // label layout: the current-epoch label, then θ*'s, then the contour levels around them
    const occupied = [];
    const inBox = (r) => r[0] >= box.x0 + 2 && r[2] <= box.x0 + box.w - 2 && r[1] >= box.y0 + 2 && r[3] <= box.y0 + box.h - 2;
    const free = (r) => !occupied.some((q) => hitRect(r, q));
    const [ca, cb] = p.center;
    const hasCenter = ca >= Math.min(a0, a1) && ca <= Math.max(a0, a1) && cb >= Math.min(b0, b1) && cb <= Math.max(b0, b1);
    const cx = xs(ca), cy = ys(cb), s = fs * 0.55;
    if (hasCenter) occupied.push([cx - s - 2, cy - s - 2, cx + s + 2, cy + s + 2]);
    let epochPlace = null;
    if (p.path && p.path.n) {
      const n = p.path.n;
      const k = p.epochIdx < 0 || p.epochIdx >= n ? n - 1 : p.epochIdx;
      for (let i = 0; i < n; i++) {
        const px = xs(p.path.x[i]), py = ys(p.path.y[i]);
        occupied.push([px - 6, py - 6, px + 6, py + 6]);
      }
      const ex = xs(p.path.x[k]), ey = ys(p.path.y[k]);
      occupied.push([ex - fs * 0.5, ey - fs * 0.5, ex + fs * 0.5, ey + fs * 0.5]);
      const e = p.path.epochs[k];
      const lab = `epoch ${Number.isFinite(e) ? Math.round(e) : k}`;
      const cands = [[0.8, -0.7, "start"], [-0.8, -0.7, "end"], [0.8, 1.5, "start"], [-0.8, 1.5, "end"]];
      let best = null;
      for (const [dx, dy, anchor] of cands) {
        const x = ex + dx * fs, y = ey + dy * fs, r = textRect(x, y, lab, fs, anchor);
        if (!inBox(r)) continue;
        if (!best) best = { x, y, anchor, r, lab };
        if (free(r)) { best = { x, y, anchor, r, lab }; break; }
      }
      epochPlace = best || { x: ex + 0.8 * fs, y: ey - 0.7 * fs, anchor: "start", r: textRect(ex + 0.8 * fs, ey - 0.7 * fs, lab, fs, "start"), lab };
      occupied.push(epochPlace.r);
    }
    let thetaPlace = null;
    if (hasCenter) {
      const cands = [[-1, 1.4, "end"], [1, 1.4, "start"], [-1, -0.6, "end"], [1, -0.6, "start"]];
      for (const [dx, dy, anchor] of cands) {
        const x = cx + dx * (s + 2), y = cy + dy * (s + fs * 0.3), r = textRect(x, y, "θ*", fs, anchor);
        if (!inBox(r) || !free(r)) continue;
        thetaPlace = { x, y, anchor, r };
        break;
      }
      if (!thetaPlace) {
        const x = cx - s - 2, y = cy + s + fs * 0.75;
        thetaPlace = { x, y, anchor: "end", r: textRect(x, y, "θ*", fs, "end") };
      }
      occupied.push(thetaPlace.r);
    }
    if (p.showLabels) this.levelLabels(svg, rings.slice(1), p, box, occupied);
    // θ* marker
    if (hasCenter) {
      const mk = svgEl("g", { class: "lv-theta-star" }, svg);
      svgEl("path", {
        d: `M${cx - s},${cy}H${cx + s}M${cx},${cy - s}V${cy + s}`,
        stroke: "white", "stroke-width": 4, "stroke-linecap": "round",
      }, mk);
      svgEl("path", {
        d: `M${cx - s},${cy}H${cx + s}M${cx},${cy - s}V${cy + s}`,
        stroke: "#c00", "stroke-width": 2, "stroke-linecap": "round",
      }, mk);
      text(mk, thetaPlace.x, thetaPlace.y, "θ*", {
        "text-anchor": thetaPlace.anchor, "font-size": fs, "font-weight": 700, fill: "#c00",
        stroke: "white", "stroke-width": 3, "paint-order": "stroke", class: "lv-theta-label",
      });
    }
    this.epochPlace = epochPlace;
    this.pathGroup = svgEl("g", { class: "lv-path" }, svg);
    this.drawPath(p.path, p.epochIdx, fs);
    this.ballGroup = svgEl("g", { class: "lv-ball" }, svg);
    this.drawBall(p.ball, fs);
    this.labels = ["a", "b", p.metricLabel || "value"];
    const gf = p.raw ? new GridFunction(a, b, p.raw) : null;
    this.valueAt = gf ? (x, y) => gf.value(x, y) : null;
  }

  readout(pt) {
    if (!this.onHover) return;
    if (!pt || !this.valueAt) { this.onHover(""); return; }
    const v = this.valueAt(pt[0], pt[1]);
    this.onHover(`${this.labels[0]} = ${pt[0].toFixed(3)}, ${this.labels[1]} = ${pt[1].toFixed(3)}: ${this.labels[2]} ${v === v ? fmt(v) : "not computed"}`);
  }

  levelLabels(svg, rings, p, box, obst = []) {
    const g = svgEl("g", { class: "lv-levels" }, svg);
    const fs = p.fs >= 20 ? 18 : p.fs * 0.85; // >= 18 px in presentation mode
    const inside = (x, y) => x > box.x0 + fs * 1.5 && x < box.x0 + box.w - fs * 1.5 && y > box.y0 + fs && y < box.y0 + box.h - fs;
    let count = 0;
    // no labels on ring pieces that only trace the border of uncomputed (NaN) points
    const { a, b, t } = p;
    const nx = a.length, ny = b.length;
    const nearNaN = (u, v) => {
      const gi = u * (nx - 1), gj = v * (ny - 1);
      for (const i of [Math.floor(gi), Math.ceil(gi)]) for (const j of [Math.floor(gj), Math.ceil(gj)]) {
        for (const [di, dj] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const ii = i + di, jj = j + dj;
          if (ii >= 0 && ii < nx && jj >= 0 && jj < ny && t[ii * ny + jj] !== t[ii * ny + jj]) return true;
        }
      }
      return false;
    };
    for (const lv of rings) {
      const label = levelLabel(lv.value, p.log);
      // candidate positions along the longest rings
      const rs = lv.rings.slice().sort((r1, r2) => r2.length - r1.length).slice(0, 2);
      const lvi = rings.indexOf(lv);
      for (const r of rs) {
        const n = r.length / 2;
        if (n < 8) continue;
        let done = false;
        for (let c = 0; c < 12; c++) {
          // spread labels around the rings: a different start per level
          const frac = (0.5 + 0.382 * lvi + c / 12) % 1;
          const k = Math.floor(n * frac);
          const x = box.x0 + r[2 * k] * box.w, y = box.y0 + (1 - r[2 * k + 1]) * box.h;
          if (!inside(x, y)) continue;
          if (nearNaN(r[2 * k], r[2 * k + 1])) continue;
          const box2 = textRect(x, y + fs * 0.35, label, fs, "middle");
          if (obst.some((q) => hitRect(box2, q))) continue;
          obst.push(box2);
          text(g, x, y + fs * 0.35, label, {
            "font-size": fs, "text-anchor": "middle", fill: "#111", stroke: "rgba(255,255,255,0.85)",
            "stroke-width": 3, "paint-order": "stroke", class: "lv-level-label",
          });
          done = true; count++;
          break;
        }
        if (done) break;
      }
    }
    return count;
  }

  drawPath(path, k, fs) {
    const g = this.pathGroup;
    if (!g) return;
    clear(g);
    if (!path || !path.n) return;
    const { xs, ys } = this;
    const n = path.n;
    k = k < 0 || k >= n ? n - 1 : k;
    const pts = [];
    for (let i = 0; i < n; i++) pts.push(`${xs(path.x[i]).toFixed(1)},${ys(path.y[i]).toFixed(1)}`);
    svgEl("polyline", { points: pts.join(" "), fill: "none", stroke: "white", "stroke-width": 4, opacity: 0.5 }, g);
    svgEl("polyline", { points: pts.slice(0, k + 1).join(" "), fill: "none", stroke: "white", "stroke-width": 4 }, g);
    svgEl("polyline", { points: pts.slice(0, k + 1).join(" "), fill: "none", stroke: "#d62728", "stroke-width": 2 }, g);
    for (let i = 0; i < n; i++) {
      svgEl("circle", {
        cx: xs(path.x[i]), cy: ys(path.y[i]), r: 2.6, fill: i <= k ? "#d62728" : "white",
        stroke: i <= k ? "white" : "#d62728", "stroke-width": 1, opacity: i <= k ? 1 : 0.8,
      }, g);
    }
    const cx = xs(path.x[k]), cy = ys(path.y[k]);
    svgEl("circle", { cx, cy, r: fs * 0.42, fill: "#d62728", stroke: "white", "stroke-width": 2, class: "lv-epoch-marker" }, g);
    const e = path.epochs[k];
    const lab = `epoch ${Number.isFinite(e) ? Math.round(e) : k}`;
    const pl = this.epochPlace || { x: cx + fs * 0.8, y: cy - fs * 0.7, anchor: "start" };
    text(g, pl.x, pl.y, lab, {
      "font-size": fs, "font-weight": 600, "text-anchor": pl.anchor, fill: "#d62728",
      stroke: "white", "stroke-width": 3, "paint-order": "stroke", class: "lv-epoch-label",
    });
  }

  // ball: null | {points: [[a, b], ...], status}
  drawBall(ball, fs) {
    const g = this.ballGroup;
    if (!g) return;
    clear(g);
    if (!ball || !ball.points.length) return;
    const { xs, ys } = this;
    const pts = ball.points.map((q) => `${xs(q[0]).toFixed(1)},${ys(q[1]).toFixed(1)}`).join(" ");
    svgEl("polyline", { points: pts, fill: "none", stroke: "#ff7f0e", "stroke-width": 2.5, "stroke-dasharray": "1 0" }, g);
    const q = ball.points[ball.points.length - 1];
    svgEl("circle", { cx: xs(q[0]), cy: ys(q[1]), r: fs * 0.5, fill: "#ff7f0e", stroke: "#222", "stroke-width": 1.5, class: "lv-ball-marker" }, g);
  }
}

export { FONT };
