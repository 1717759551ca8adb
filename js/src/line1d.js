// 1D slice panel: the metric along a (a 1D frame, or b = θ*_b through a 2D frame), log y axis
// when the scale is log (ticks at 1-2-5 / decades in data units).
import { svgEl, text, clear, drawAxes, linearTicks, labelWidth } from "./svg.js";
import { scaleTicks } from "./scales.js";

export class Panel1D {
  constructor(host) {
    this.el = document.createElement("div");
    this.el.className = "lossviz-panel lv-panel lv-panel-1d";
    this.svg = svgEl("svg", { class: "lv-svg", xmlns: "http://www.w3.org/2000/svg" });
    this.el.appendChild(this.svg);
    host.appendChild(this.el);
  }

  // p: {a, t (transformed values), domain, log, width, height, fs, title, aLabel, yLabel,
  //     center, color}
  draw(p) {
    const { a, t, width, height, fs } = p;
    const n = a.length;
    const a0 = a[0], a1 = a[n - 1];
    const [lo, hi] = p.domain;
    const pad = (hi - lo) * 0.04;
    const ylo = lo - pad, yhi = hi + pad;
    const xticks = linearTicks(a0, a1, Math.max(3, Math.round(width / (fs * 7))));
    const yticks = scaleTicks([ylo, yhi], p.log, Math.max(3, Math.round(height / (fs * 3.5))));
    const left = Math.ceil(labelWidth(yticks, fs) + 18 + fs * 1.3);
    const box = { x0: left, y0: Math.ceil(fs * 2.1), w: 0, h: 0 };
    box.w = Math.max(40, width - left - Math.ceil(fs * 0.8));
    box.h = Math.max(40, height - box.y0 - Math.ceil(fs * 3.6 + 14));
    this.el.style.width = `${width}px`;
    this.el.style.height = `${height}px`;
    const svg = this.svg;
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    clear(svg);
    const xs = (v) => box.x0 + ((v - a0) / (a1 - a0 || 1)) * box.w;
    const ys = (v) => box.y0 + box.h - ((v - ylo) / (yhi - ylo || 1)) * box.h;
    // grid lines at the major y ticks
    const grid = svgEl("g", { class: "lv-grid" }, svg);
    for (const tk of yticks) if (tk.major) {
      const y = ys(tk.value);
      if (y >= box.y0 && y <= box.y0 + box.h) svgEl("line", { x1: box.x0, x2: box.x0 + box.w, y1: y, y2: y, stroke: "#e3e3e3" }, grid);
    }
    svgEl("rect", { x: box.x0, y: box.y0, width: box.w, height: box.h, fill: "transparent", "data-role": "plot-area", "data-scale": p.log ? "log" : "linear", class: "lv-plot-area" }, svg);
    const g = svgEl("g", { class: "lv-axes", "data-role": "y-axis", "data-scale": p.log ? "log" : "linear" }, svg);
    drawAxes(g, box, {
      fontSize: fs, xs, ys, xticks, yticks, xtitle: p.aLabel, ytitle: p.yLabel,
      yTitleOffset: left - fs * 0.9, title: p.title, width,
    });
    // the line, broken at NaN
    let d = "", pen = false;
    for (let i = 0; i < n; i++) {
      const v = t[i];
      if (v !== v) { pen = false; continue; }
      d += `${pen ? "L" : "M"}${xs(a[i]).toFixed(1)},${ys(v).toFixed(1)}`;
      pen = true;
    }
    svgEl("path", { d, fill: "none", stroke: p.color || "#1f77b4", "stroke-width": Math.max(2, fs / 6), class: "lv-line" }, svg);
    const ca = p.center[0];
    if (ca >= Math.min(a0, a1) && ca <= Math.max(a0, a1)) {
      const x = xs(ca);
      svgEl("line", { x1: x, x2: x, y1: box.y0, y2: box.y0 + box.h, stroke: "#c00", "stroke-dasharray": "5 4", "stroke-width": 1.5 }, svg);
      text(svg, x + 4, box.y0 + fs * 1.1, "θ*", { "font-size": fs, "font-weight": 700, fill: "#c00", class: "lv-theta-star" });
    }
    // trajectory (1D frames): points on the curve, the current epoch marked
    if (p.path && p.path.n) {
      const g2 = svgEl("g", { class: "lv-path" }, svg);
      const n2 = p.path.n;
      const k = p.epochIdx < 0 || p.epochIdx >= n2 ? n2 - 1 : p.epochIdx;
      const yAt = (x) => {
        let i = 0;
        while (i < n - 2 && a[i + 1] < x) i++;
        const u = Math.min(1, Math.max(0, (x - a[i]) / (a[i + 1] - a[i] || 1)));
        return t[i] * (1 - u) + t[i + 1] * u;
      };
      for (let i = 0; i < n2; i++) {
        const x = p.path.x[i], y = yAt(x);
        if (!(y === y)) continue;
        svgEl("circle", { cx: xs(x), cy: ys(y), r: i === k ? fs * 0.42 : 3, fill: i <= k ? "#d62728" : "white", stroke: i <= k ? "white" : "#d62728", "stroke-width": i === k ? 2 : 1, class: i === k ? "lv-epoch-marker" : null }, g2);
        if (i === k) {
          const e = p.path.epochs[k];
          const lab = `epoch ${Number.isFinite(e) ? Math.round(e) : k}`;
          const w = lab.length * fs * 0.62;
          const right = xs(x) + fs * 0.7 + w < box.x0 + box.w - 2;
          const above = ys(y) - fs * 1.7 > box.y0 + fs * 1.4; // clear of the θ* label at the top
          text(g2, xs(x) + (right ? 1 : -1) * fs * 0.7, ys(y) + (above ? -0.7 : 1.5) * fs, lab, {
            "font-size": fs, "font-weight": 600, fill: "#d62728", stroke: "white", "stroke-width": 3,
            "paint-order": "stroke", class: "lv-epoch-label", "text-anchor": right ? "start" : "end",
          });
        }
      }
    }
    this.box = box;
  }
}
