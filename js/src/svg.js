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
  for (const t of o.xticks) {
    const px = o.xs(t.value);
    if (px < x0 - 0.5 || px > x0 + w + 0.5) continue;
    svgEl("line", { x1: px, x2: px, y1: y0 + h, y2: y0 + h + (t.major ? 5 : 3), stroke: "#444" }, g);
    if (t.label) text(g, px, y0 + h + 7 + fs, t.label, { "font-size": fs, "text-anchor": "middle", class: "lv-tick" });
  }
  for (const t of o.yticks) {
    const py = o.ys(t.value);
    if (py < y0 - 0.5 || py > y0 + h + 0.5) continue;
    svgEl("line", { x1: x0 - (t.major ? 5 : 3), x2: x0, y1: py, y2: py, stroke: "#444" }, g);
    if (t.label) text(g, x0 - 8, py + fs * 0.35, t.label, { "font-size": fs, "text-anchor": "end", class: "lv-tick" });
  }
  if (o.xtitle) text(g, x0 + w / 2, y0 + h + 12 + 2.2 * fs, o.xtitle, {
    "font-size": fs * 1.08, "text-anchor": "middle", class: "lv-axis-title lv-xtitle", "data-role": "x-title",
  });
  if (o.ytitle) {
    const tx = x0 - o.yTitleOffset;
    text(g, tx, y0 + h / 2, o.ytitle, {
      "font-size": fs * 1.08, "text-anchor": "middle", class: "lv-axis-title lv-ytitle", "data-role": "y-title",
      transform: `rotate(-90 ${tx} ${y0 + h / 2})`,
    });
  }
  if (o.title) text(g, x0 + w / 2, y0 - 0.6 * fs, o.title, {
    "font-size": fs * 1.15, "font-weight": 600, "text-anchor": "middle", class: "lv-panel-title", "data-role": "panel-title",
  });
}

// Width in px of the widest tick label (estimate: 0.6 em per character).
export function labelWidth(ticks, fs) {
  let m = 0;
  for (const t of ticks) m = Math.max(m, (t.label || "").length);
  return m * fs * 0.6;
}
