// node --test: iso lines (marching squares) and ticks of the three.js views, checked against
// independent computations (edge-crossing counts by a naive loop, a closed-form circle).
import { test } from "node:test";
import assert from "node:assert/strict";
import { marchingSquares, niceTicks, contourLevels, formatTick } from "../src/three-contour.js";

function grid(n, f) {
  const xs = Float32Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
  const ys = Float32Array.from({ length: n }, (_, j) => -1.5 + (3 * j) / (n - 1));
  const z = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) z[i * n + j] = f(xs[i], ys[j], i, j);
  return { xs, ys, z, n };
}

// expected number of segment endpoints: every grid edge whose ends lie on different sides of
// the level contributes one endpoint to each adjacent cell without a NaN corner
function expectedEndpoints({ z, n }, L) {
  const nanCell = (i, j) => i < 0 || j < 0 || i >= n - 1 || j >= n - 1
    || [z[i * n + j], z[(i + 1) * n + j], z[i * n + j + 1], z[(i + 1) * n + j + 1]].some(Number.isNaN);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = z[i * n + j];
      if (i + 1 < n && (v >= L) !== (z[(i + 1) * n + j] >= L)) count += (nanCell(i, j - 1) ? 0 : 1) + (nanCell(i, j) ? 0 : 1);
      if (j + 1 < n && (v >= L) !== (z[i * n + j + 1] >= L)) count += (nanCell(i - 1, j) ? 0 : 1) + (nanCell(i, j) ? 0 : 1);
    }
  }
  return count;
}

// value at a point on a grid line, interpolated along that line (independent of the cells)
function onEdge({ xs, ys, z, n }, x, y) {
  const fi = ((x - xs[0]) / (xs[n - 1] - xs[0])) * (n - 1), fj = ((y - ys[0]) / (ys[n - 1] - ys[0])) * (n - 1);
  const ri = Math.round(fi), rj = Math.round(fj);
  if (Math.abs(fi - ri) < 1e-4) {
    const j = Math.min(n - 2, Math.floor(fj)), t = fj - j;
    return (1 - t) * z[ri * n + j] + t * z[ri * n + j + 1];
  }
  if (Math.abs(fj - rj) < 1e-4) {
    const i = Math.min(n - 2, Math.floor(fi)), t = fi - i;
    return (1 - t) * z[i * n + rj] + t * z[(i + 1) * n + rj];
  }
  return NaN; // not on a grid line
}

test("segment endpoints lie on crossed grid edges, at the level, and their count matches a naive edge loop", () => {
  const g = grid(37, (x, y, i, j) => ((i - 30) ** 2 + (j - 8) ** 2 < 12 ? NaN : Math.sin(3 * x) * Math.cos(2 * y) + 0.3 * x * y));
  for (const levels of [[-0.5, 0, 0.5], contourLevels(-1, 1, 9), [-0.9, -0.2, 0.05, 0.61]]) {
    const { positions, count } = marchingSquares(g.xs, g.ys, g.z, g.n, g.n, levels);
    assert.equal(positions.length, 6 * count);
    let total = 0;
    for (const L of levels) total += expectedEndpoints(g, L);
    assert.equal(2 * count, total);
    for (let k = 0; k < 2 * count; k++) {
      const x = positions[3 * k], y = positions[3 * k + 1], L = positions[3 * k + 2];
      assert.ok(levels.some((l) => Math.abs(l - L) < 1e-6));
      assert.ok(Math.abs(onEdge(g, x, y) - L) < 1e-4, `endpoint value ${onEdge(g, x, y)} vs level ${L}`);
    }
  }
});

test("iso lines of x^2 + y^2 are circles of radius sqrt(level)", () => {
  const n = 81;
  const xs = Float32Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
  const z = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) z[i * n + j] = xs[i] ** 2 + xs[j] ** 2;
  const levels = [0.0412, 0.2533, 0.6421]; // not exactly at grid values
  const { positions, count } = marchingSquares(xs, xs, z, n, n, levels);
  const h = 2 / (n - 1);
  const perLevel = new Map(levels.map((l) => [l, 0]));
  for (let k = 0; k < 2 * count; k++) {
    const r = Math.hypot(positions[3 * k], positions[3 * k + 1]);
    const L = levels.find((l) => Math.abs(l - positions[3 * k + 2]) < 1e-6);
    perLevel.set(L, perLevel.get(L) + 1);
    // linear interpolation of r^2 along a grid edge errs by at most h^2 / 4 in r^2
    assert.ok(Math.abs(r * r - L) <= (h * h) / 4 + 1e-6, `r^2 = ${r * r} for level ${L}`);
  }
  for (const L of levels) assert.ok(perLevel.get(L) > 8, `level ${L} has segments`);
  // a closed curve: every endpoint is shared by exactly two segments
  const key = (k) => `${positions[3 * k].toFixed(5)},${positions[3 * k + 1].toFixed(5)},${positions[3 * k + 2]}`;
  const seen = new Map();
  for (let k = 0; k < 2 * count; k++) seen.set(key(k), (seen.get(key(k)) || 0) + 1);
  for (const c of seen.values()) assert.equal(c, 2);
});

test("saddle cells are resolved by the centre value and levels outside the data give nothing", () => {
  const xs = Float32Array.from([0, 1]), ys = Float32Array.from([0, 1]);
  // corners p0=(0,0)=1, p1=(1,0)=0, p2=(1,1)=1, p3=(0,1)=0: case 5
  const z = Float32Array.from([1, 0, 0, 1]); // [i*2+j]: (0,0)=1 (0,1)=0 (1,0)=0 (1,1)=1
  const high = marchingSquares(xs, ys, z, 2, 2, [0.45]); // centre 0.5 >= 0.45: the high corners connect
  assert.equal(high.count, 2);
  // each segment cuts off one LOW corner: both endpoints are within 0.5 of (1,0) or of (0,1)
  for (let s = 0; s < 2; s++) {
    const p = high.positions.subarray(6 * s, 6 * s + 6);
    const near = (cx, cy) => Math.hypot(p[0] - cx, p[1] - cy) <= 0.56 && Math.hypot(p[3] - cx, p[4] - cy) <= 0.56;
    assert.ok(near(1, 0) || near(0, 1));
  }
  const low = marchingSquares(xs, ys, z, 2, 2, [0.55]); // centre below: the high corners are cut off
  for (let s = 0; s < 2; s++) {
    const p = low.positions.subarray(6 * s, 6 * s + 6);
    const near = (cx, cy) => Math.hypot(p[0] - cx, p[1] - cy) <= 0.56 && Math.hypot(p[3] - cx, p[4] - cy) <= 0.56;
    assert.ok(near(0, 0) || near(1, 1));
  }
  assert.equal(marchingSquares(xs, ys, z, 2, 2, [2, 3]).count, 0);
  assert.equal(marchingSquares(xs, ys, z, 2, 2, []).count, 0);
});

test("nice ticks are round, inside the range and evenly spaced", () => {
  assert.deepEqual(niceTicks(-1, 1, 5), [-1, -0.5, 0, 0.5, 1]);
  assert.deepEqual(niceTicks(0.013, 0.087, 4), [0.02, 0.04, 0.06, 0.08]);
  assert.deepEqual(niceTicks(3, 3), [3]);
  for (const [lo, hi] of [[-0.37, 2.9], [1e-4, 7e-4], [-250, 10]]) {
    const t = niceTicks(lo, hi, 5);
    assert.ok(t.length >= 2 && t.length <= 11);
    assert.ok(t.every((v) => v >= lo - 1e-12 && v <= hi + 1e-12));
    const step = t[1] - t[0];
    const mant = step / 10 ** Math.floor(Math.log10(step));
    assert.ok([1, 2, 2.5, 5].some((m) => Math.abs(m - mant) < 1e-9), `step ${step}`);
    for (let k = 2; k < t.length; k++) assert.ok(Math.abs(t[k] - t[k - 1] - step) < 1e-9 * Math.max(1, Math.abs(step)));
  }
  assert.equal(formatTick(0.5), "0.5");
  assert.equal(formatTick(-1), "-1");
  assert.equal(formatTick(2e-5), "2.0e-5");
  assert.deepEqual(contourLevels(0, 1, 3), [0.25, 0.5, 0.75]);
});
