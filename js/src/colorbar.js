// Vertical colour bar (SVG) with title and ticks; log scale ticks in data units.
import { svgEl, text, clear, labelWidth } from "./svg.js";
import { scaleTicks } from "./scales.js";

let uid = 0;
// every widget instance loads its own copy of the bundle: ids must be unique per page
const PAGE_TAG = Math.random().toString(36).slice(2, 10);

export class ColorBar {
  constructor(host) {
    this.id = `lvcb-${PAGE_TAG}-${++uid}`;
    this.el = document.createElement("div");
    this.el.className = "lv-colorbar";
    this.el.setAttribute("data-role", "colorbar");
    this.svg = svgEl("svg", { class: "lv-svg", xmlns: "http://www.w3.org/2000/svg" });
    this.el.appendChild(this.svg);
    host.appendChild(this.el);
  }

  // o: {height, top, barHeight, domain, log, colorOf(v), fs, title, levels}
  draw(o) {
    const { fs, domain } = o;
    const [lo, hi] = domain;
    const ticks = scaleTicks(domain, o.log, Math.max(3, Math.round(o.barHeight / (fs * 2.8))));
    const barW = Math.round(fs * 1.2);
    const x0 = Math.round(fs * 2.6);
    const width = Math.ceil(x0 + barW + 10 + labelWidth(ticks, fs) + 6);
    this.width = width;
    const svg = this.svg;
    svg.setAttribute("width", width);
    svg.setAttribute("height", o.height);
    svg.setAttribute("viewBox", `0 0 ${width} ${o.height}`);
    this.el.style.width = `${width}px`;
    this.el.style.height = `${o.height}px`;
    clear(svg);
    const defs = svgEl("defs", {}, svg);
    const grad = svgEl("linearGradient", { id: this.id, x1: 0, y1: 1, x2: 0, y2: 0 }, defs);
    const N = 48;
    for (let k = 0; k <= N; k++) {
      svgEl("stop", { offset: `${(100 * k) / N}%`, "stop-color": o.colorOf(lo + ((hi - lo) * k) / N) }, grad);
    }
    const y0 = o.top, h = o.barHeight;
    svgEl("rect", { x: x0, y: y0, width: barW, height: h, fill: `url(#${this.id})`, stroke: "#444", class: "lv-colorbar-bar" }, svg);
    const ys = (v) => y0 + h - ((v - lo) / (hi - lo)) * h;
    for (const lv of o.levels || []) {
      const y = ys(lv);
      svgEl("line", { x1: x0, x2: x0 + barW, y1: y, y2: y, stroke: "rgba(20,20,20,0.45)", "stroke-width": 0.8 }, svg);
    }
    const g = svgEl("g", { class: "lv-colorbar-ticks" }, svg);
    let lastY = Infinity;
    for (const t of ticks) {
      const y = ys(t.value);
      if (y < y0 - 0.5 || y > y0 + h + 0.5) continue;
      svgEl("line", { x1: x0 + barW, x2: x0 + barW + (t.major ? 6 : 3), y1: y, y2: y, stroke: "#444" }, g);
      if (t.label && Math.abs(lastY - y) >= fs * 1.15) {
        text(g, x0 + barW + 9, y + fs * 0.35, t.label, { "font-size": fs, class: "lv-tick" });
        lastY = y;
      }
    }
    // title along the bar; split in two lines ("loss" / "(log scale, ...)") when too long
    const tfs = fs * 1.08;
    let lines = [o.title];
    const k = o.title.indexOf(" (");
    if (o.title.length * tfs * 0.56 > h + 2 * y0 - 8 && k > 0) lines = [o.title.slice(0, k), o.title.slice(k + 1)];
    const longest = Math.max(...lines.map((l) => l.length));
    const lfs = Math.max(fs >= 20 ? 18 : 9, Math.min(tfs, (h + 2 * y0 - 8) / (0.56 * longest)));
    const ty = y0 + h / 2;
    const t = text(svg, 0, 0, "", {
      "font-size": lfs.toFixed(1), "text-anchor": "middle", class: "lv-colorbar-title", "data-role": "colorbar-title",
      transform: `translate(${Math.round(fs * 0.95)} ${ty}) rotate(-90)`,
    });
    lines.forEach((l, i) => {
      const sp = svgEl("tspan", { x: 0, dy: i === 0 ? 0 : lfs * 1.1 }, t);
      sp.textContent = l;
    });
    this.ticks = ticks;
  }
}
