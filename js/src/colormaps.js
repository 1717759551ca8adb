// Colormaps as 256-entry sRGB lookup tables (Uint8Array r,g,b,...) from d3-scale-chromatic.
import * as chroma from "d3-scale-chromatic";
import { rgb } from "d3-color";
import { interpolateLab, piecewise } from "d3-interpolate";

// Moreland's "coolwarm" (ParaView's default diverging map), matplotlib's samples.
const coolwarm = piecewise(interpolateLab, [
  "rgb(59,76,192)", "rgb(98,130,234)", "rgb(141,176,254)", "rgb(184,208,249)",
  "rgb(221,221,221)", "rgb(245,196,173)", "rgb(244,154,123)", "rgb(222,96,77)", "rgb(180,4,38)",
]);

const INTERP = {
  viridis: chroma.interpolateViridis,
  plasma: chroma.interpolatePlasma,
  inferno: chroma.interpolateInferno,
  magma: chroma.interpolateMagma,
  cividis: chroma.interpolateCividis,
  turbo: chroma.interpolateTurbo,
  coolwarm,
  // diverging maps reversed so that low = blue (low loss / convex) and high = red
  RdBu: (t) => chroma.interpolateRdBu(1 - t),
  RdYlBu: (t) => chroma.interpolateRdYlBu(1 - t),
  Spectral: (t) => chroma.interpolateSpectral(1 - t),
  greys: (t) => chroma.interpolateGreys(1 - t * 0.9),
};

export const COLORMAPS = ["auto", ...Object.keys(INTERP)];

const cache = new Map();

// 256 x 3 lookup table of a colormap name ("auto" resolved by the caller).
export function lut(name) {
  if (!INTERP[name]) name = "viridis";
  let t = cache.get(name);
  if (!t) {
    t = new Uint8Array(256 * 3);
    for (let k = 0; k < 256; k++) {
      const c = rgb(INTERP[name](k / 255));
      t[3 * k] = c.r; t[3 * k + 1] = c.g; t[3 * k + 2] = c.b;
    }
    cache.set(name, t);
  }
  return t;
}

// (t in [0, 1]) -> [r, g, b] 0..255; NaN -> null.
export function colorFn(name) {
  const t = lut(name);
  return (x) => {
    if (!(x === x)) return null;
    const k = Math.max(0, Math.min(255, Math.round(x * 255)));
    return [t[3 * k], t[3 * k + 1], t[3 * k + 2]];
  };
}

export function cssColor(c) {
  return c ? `rgb(${c[0]},${c[1]},${c[2]})` : "#bbb";
}

export function resolveColormap(name, view, metric) {
  if (metric === "eigen_ratio") return "cividis"; // the paper's blue (convex) -> yellow
  if (name && name !== "auto") return name;
  return view === "paraview" ? "coolwarm" : "viridis";
}
