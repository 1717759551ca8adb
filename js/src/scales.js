// Display transform of metric values: clip, log/linear, one shared domain over all panels,
// nice contour thresholds and colour-bar ticks. Pure functions (no DOM).
import { ticks as d3ticks } from "d3-array";

export const METRIC_LABEL = { loss: "loss", accuracy: "accuracy", eigen_ratio: "|λmin/λmax|" };

// Effective settings: accuracy always linear without clip, eigen_ratio fixed [0, 1].
export function effective(metric, scale, clip) {
  if (metric === "loss") return { log: scale === "log", clip: clip > 0 ? clip : Infinity, fixed: null };
  if (metric === "eigen_ratio") return { log: false, clip: Infinity, fixed: [0, 1] };
  return { log: false, clip: Infinity, fixed: null };
}

export function fmt(v) {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a === 0) return "0";
  if (a >= 1e5 || a < 1e-3) {
    const e = Math.floor(Math.log10(a));
    const m = v / 10 ** e;
    const ms = Math.abs(m - Math.round(m)) < 1e-6 ? String(Math.round(m)) : m.toPrecision(2);
    return ms === "1" ? `1e${e}` : `${ms}e${e}`;
  }
  return String(+v.toPrecision(3));
}

// Transform every panel's values; returns {t: [Float32Array per panel], domain: [lo, hi],
// floor, eff}. Domain is over ALL panels (Compare: one colour scale, one z range).
export function transformPanels(rawList, metric, scale, clip) {
  const eff = effective(metric, scale, clip);
  let floor = Infinity;
  if (eff.log) {
    for (const raw of rawList) for (let k = 0; k < raw.length; k++) {
      const v = raw[k];
      if (v > 0 && v < floor) floor = v;
    }
    if (floor === Infinity) floor = 1e-12;
  }
  let lo = Infinity, hi = -Infinity;
  const out = rawList.map((raw) => {
    const t = new Float32Array(raw.length);
    for (let k = 0; k < raw.length; k++) {
      let v = raw[k];
      if (v !== v) { t[k] = NaN; continue; }
      if (v > eff.clip) v = eff.clip;
      if (eff.log) v = Math.log10(v > floor ? v : floor);
      t[k] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return t;
  });
  if (eff.fixed) { lo = eff.fixed[0]; hi = Math.max(eff.fixed[1], hi === -Infinity ? 1 : Math.min(hi, eff.fixed[1])); }
  if (!(lo < Infinity)) { lo = 0; hi = 1; }
  if (!(hi > lo)) { const d = Math.abs(lo) * 0.01 || 0.5; lo -= d; hi += d; }
  return { t: out, domain: [lo, hi], floor, eff };
}

export function toDisplay(v, eff, floor) {
  if (v !== v) return NaN;
  if (v > eff.clip) v = eff.clip;
  return eff.log ? Math.log10(v > floor ? v : floor) : v;
}

// Ticks of the colour bar / 3D z axis / log y axis: [{value (transformed units), label}].
export function scaleTicks(domain, log, count = 6) {
  const [lo, hi] = domain;
  if (!log) return d3ticks(lo, hi, count).map((v) => ({ value: v, label: fmt(v), major: true }));
  const out = [];
  const d0 = Math.floor(lo), d1 = Math.ceil(hi);
  const decades = hi - lo;
  const mant = decades > 2.5 ? [1] : decades > 1.2 ? [1, 2, 5] : decades > 0.4 ? [1, 2, 3, 5, 7] : [1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let e = d0; e <= d1; e++) {
    for (const m of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      const v = Math.log10(m * 10 ** e);
      if (v < lo - 1e-9 || v > hi + 1e-9) continue;
      const major = mant.includes(m);
      if (!major && decades > 4) continue;
      out.push({ value: v, label: major ? fmt(m * 10 ** e) : "", major });
    }
  }
  if (out.filter((t) => t.major).length < 2) {
    // very narrow log range: linear ticks of the values, placed in log space
    return d3ticks(10 ** lo, 10 ** hi, count).filter((v) => v > 0)
      .map((v) => ({ value: Math.log10(v), label: fmt(v), major: true }));
  }
  if (decades > 8) {
    // thin decade labels
    const step = Math.ceil(decades / 8);
    for (const t of out) if (t.major && Math.round(t.value) % step !== 0) t.label = "";
  }
  return out;
}

// Contour thresholds (transformed units) for the filled contour plot: ~n nice levels.
export function contourLevels(domain, log, n = 14) {
  const [lo, hi] = domain;
  let lv;
  if (log) {
    const decades = hi - lo;
    const per = Math.max(1, Math.round(n / Math.max(decades, 0.3)));
    const mant = per >= 9 ? [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8] : per >= 5 ? [1, 1.5, 2, 3, 5, 7] : per >= 3 ? [1, 2, 5] : per >= 2 ? [1, 3] : [1];
    lv = [];
    for (let e = Math.floor(lo) - 1; e <= Math.ceil(hi); e++) {
      for (const m of mant) {
        const v = Math.log10(m * 10 ** e);
        if (v > lo && v < hi) lv.push(v);
      }
    }
    if (decades > 2 * n) lv = lv.filter((v, k) => k % Math.ceil(decades / n) === 0);
  } else {
    lv = d3ticks(lo, hi, n).filter((v) => v > lo && v < hi);
  }
  if (lv.length < 3) {
    lv = [];
    for (let k = 1; k < n; k++) lv.push(lo + ((hi - lo) * k) / n);
  }
  return lv;
}

export function levelLabel(v, log) {
  return fmt(log ? 10 ** v : v);
}
