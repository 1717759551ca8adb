// Optimizers on the projected 2-D loss function of a grid: a line-for-line mirror of
// lossviz/widgets/descent.py (GridFunction + descend), so the browser ball follows the same
// path as Python's `descend` for the same start / method / lr (tested in tests/test_browser.py
// through window.__lossvizDescent and in js/test/descent.test.mjs).
//
// Grid layout as in frames: z[i * ny + j] is the value at (a[i], b[j]).

export const METHODS = ["gd", "momentum", "adam"];

function searchRight(arr, x) {
  // numpy.searchsorted(arr, x, side="right")
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < arr[mid]) hi = mid; else lo = mid + 1;
  }
  return lo;
}

export class GridFunction {
  constructor(a, b, z) {
    this.a = Float64Array.from(a);
    this.b = Float64Array.from(b);
    this.z = z; // any array-like of length a.length * b.length
    this.nx = this.a.length;
    this.ny = this.b.length;
    if (this.nx < 2 || this.ny < 2) throw new Error("grid needs at least 2 x 2 points");
    if (z.length !== this.nx * this.ny) throw new Error("z must have len(a) * len(b) values");
  }
  contains(x, y) {
    return this.a[0] <= x && x <= this.a[this.nx - 1] && this.b[0] <= y && y <= this.b[this.ny - 1];
  }
  _cell(x, y) {
    const { a, b, z, nx, ny } = this;
    const i = Math.min(Math.max(searchRight(a, x) - 1, 0), nx - 2);
    const j = Math.min(Math.max(searchRight(b, y) - 1, 0), ny - 2);
    const hx = a[i + 1] - a[i], hy = b[j + 1] - b[j];
    const tx = (x - a[i]) / hx, ty = (y - b[j]) / hy;
    return [z[i * ny + j], z[(i + 1) * ny + j], z[i * ny + j + 1], z[(i + 1) * ny + j + 1], tx, ty, hx, hy];
  }
  value(x, y) {
    const [z00, z10, z01, z11, tx, ty] = this._cell(x, y);
    return z00 * (1 - tx) * (1 - ty) + z10 * tx * (1 - ty) + z01 * (1 - tx) * ty + z11 * tx * ty;
  }
  gradient(x, y) {
    // central differences of the interpolant with the local grid spacing (descent.py)
    const c = this._cell(x, y);
    const hx = c[6], hy = c[7];
    const ga = (this.value(x + hx, y) - this.value(x - hx, y)) / (2 * hx);
    const gb = (this.value(x, y + hy) - this.value(x, y - hy)) / (2 * hy);
    return [ga, gb];
  }
}

// A stepper: one optimizer step per call (the widget calls it once per animation frame).
export function makeStepper(f, start, opts = {}) {
  const method = opts.method ?? "gd";
  if (!METHODS.includes(method)) throw new Error(`method must be one of ${METHODS}`);
  const lr = +(opts.lr ?? 0.1);
  if (!(lr > 0 && Number.isFinite(lr))) throw new Error("lr must be a positive number");
  const momentum = opts.momentum ?? 0.9, beta2 = opts.beta2 ?? 0.999, eps = opts.eps ?? 1e-8;
  const steps = opts.steps ?? 200, tol = opts.tol ?? 1e-6;
  let px = +start[0], py = +start[1];
  if (!f.contains(px, py)) throw new Error("start lies outside the computed grid");
  const st = {
    points: [[px, py]], values: [f.value(px, py)], status: null, method, t: 0,
  };
  let vx = 0, vy = 0, sx = 0, sy = 0;
  st.step = function () {
    if (st.status !== null) return false;
    const t = ++st.t;
    if (t > steps) { st.status = "max steps"; return false; }
    const [gx, gy] = f.gradient(px, py);
    if (!Number.isFinite(gx) || !Number.isFinite(gy)) { st.status = "nan"; return false; }
    let dx, dy;
    if (method === "gd") { dx = lr * gx; dy = lr * gy; }
    else if (method === "momentum") {
      vx = momentum * vx + gx; vy = momentum * vy + gy;
      dx = lr * vx; dy = lr * vy;
    } else {
      vx = momentum * vx + (1 - momentum) * gx; vy = momentum * vy + (1 - momentum) * gy;
      sx = beta2 * sx + (1 - beta2) * gx * gx; sy = beta2 * sy + (1 - beta2) * gy * gy;
      const c1 = 1 - momentum ** t, c2 = 1 - beta2 ** t;
      dx = lr * (vx / c1) / (Math.sqrt(sx / c2) + eps);
      dy = lr * (vy / c1) / (Math.sqrt(sy / c2) + eps);
    }
    px -= dx; py -= dy;
    if (!f.contains(px, py)) { st.status = "left the grid"; return false; }
    st.points.push([px, py]);
    st.values.push(f.value(px, py));
    if (Math.hypot(dx, dy) < tol) { st.status = "converged"; return false; }
    if (t === steps) { st.status = "max steps"; return false; }
    return true;
  };
  return st;
}

// Whole run at once, same result as lossviz.widgets.descent.descend(f, start, ...):
// {points: [[a, b], ...], values: [...], status, method}.
export function descend(a, b, z, start, opts = {}) {
  const st = makeStepper(new GridFunction(a, b, z), start, opts);
  while (st.step()) { /* run */ }
  return { points: st.points, values: st.values, status: st.status, method: st.method };
}
