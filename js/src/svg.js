// Small SVG helpers. Styles are written as attributes (not CSS classes) so that the SVG
// serialized for PNG export looks the same as on screen.
import { ticks as d3ticks } from "d3-array";
import { fmt } from "./scales.js";

const NS = "http://www.w3.org/2000/svg";
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function svgEl(tag, attrs = {}, parent = null) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

export function text(parent, x, y, s, attrs = {}) {
  const t = svgEl("text", { x, y, "font-family": FONT, fill: "#222", ...attrs }, parent);
  t.textContent = s;
  return t;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// Linear ticks of [lo, hi] with labels.
export function linearTicks(lo, hi, count) {
  return d3ticks(lo, hi, count).map((v) => ({ value: v, label: fmt(v), major: true }));
}

// Axes of a plot box: {x0, y0, w, h} in px; xs/ys map data -> px; xticks/yticks [{value,label}].
export function drawAxes(g, box, o) {
  const fs = o.fontSize;
  const { x0, y0, w, h } = box;
  svgEl("rect", { x: x0, y: y0, width: w, height: h, fill: "none", stroke: "#444", "stroke-width": 1 }, g);
  let lastRight = -Infinity;
  for (const t of o.xticks) {
    const px = o.xs(t.value);
    if (px < x0 - 0.5 || px > x0 + w + 0.5) continue;
    svgEl("line", { x1: px, x2: px, y1: y0 + h, y2: y0 + h + (t.major ? 5 : 3), stroke: "#444" }, g);
    const half = (t.label || "").length * fs * 0.31;
    if (t.label && px - half > lastRight + fs * 0.4) {
      text(g, px, y0 + h + 7 + fs, t.label, { "font-size": fs, "text-anchor": "middle", class: "lv-tick" });
      lastRight = px + half;
    }
  }
  let lastY = Infinity;
  for (const t of o.yticks) {
    const py = o.ys(t.value);
    if (py < y0 - 0.5 || py > y0 + h + 0.5) continue;
    svgEl("line", { x1: x0 - (t.major ? 5 : 3), x2: x0, y1: py, y2: py, stroke: "#444" }, g);
    // ticks come bottom-up or top-down: keep labels >= 1.15 em apart
    if (t.label && Math.abs(lastY - py) >= fs * 1.15) {
      text(g, x0 - 8, py + fs * 0.35, t.label, { "font-size": fs, "text-anchor": "end", class: "lv-tick" });
      lastY = py;
    }
  }
  const fullW = o.width || x0 + w + fs;
  if (o.xtitle) {
    const [t, size] = fitText(o.xtitle, fs * 1.08, w + x0 * 0.8);
    text(g, x0 + w / 2, y0 + h + 12 + 2.2 * fs, t, {
      "font-size": size, "text-anchor": "middle", class: "lv-axis-title lv-xtitle", "data-role": "x-title",
    });
  }
  if (o.ytitle) {
    const tx = x0 - o.yTitleOffset;
    const [t, size] = fitText(o.ytitle, fs * 1.08, h + y0 * 0.8);
    text(g, tx, y0 + h / 2, t, {
      "font-size": size, "text-anchor": "middle", class: "lv-axis-title lv-ytitle", "data-role": "y-title",
      transform: `rotate(-90 ${tx} ${y0 + h / 2})`,
    });
  }
  if (o.title) {
    // centred over the plot, kept inside the panel
    const [t, size] = fitText(o.title, fs * 1.15, fullW - 8, 0.62);
    const tw = t.length * size * 0.62;
    const cx = Math.min(Math.max(x0 + w / 2, tw / 2 + 4), fullW - tw / 2 - 4);
    text(g, cx, y0 - 0.6 * fs, t, {
      "font-size": size, "font-weight": 600, "text-anchor": "middle", class: "lv-panel-title", "data-role": "panel-title",
    });
  }
}

// [text, font size] that fits `width` px: shrink down to 80 %, then cut with an ellipsis.
export function fitText(str, size, width, em = 0.58) {
  const need = str.length * size * em;
  if (need <= width) return [str, size];
  const s2 = Math.max(size * 0.8, (size * width) / need);
  if (str.length * s2 * em <= width) return [str, s2];
  const n = Math.max(3, Math.floor(width / (s2 * em)) - 1);
  return [str.slice(0, n) + "…", s2];
}

// Width in px of the widest tick label (estimate: 0.6 em per character).
export function labelWidth(ticks, fs) {
  let m = 0;
  for (const t of ticks) m = Math.max(m, (t.label || "").length);
  return m * fs * 0.6;
}
