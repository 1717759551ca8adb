// Pure helpers of the three.js views (no three.js import, testable in node):
// nice axis ticks, contour levels and marching-squares iso lines on a regular grid.

/**
 * "Nice" tick values (1, 2, 2.5, 5 x 10^k steps) inside [lo, hi].
 * @param {number} lo
 * @param {number} hi
 * @param {number} count  wanted number of ticks (approximate)
 * @returns {number[]}
 */
export function niceTicks(lo, hi, count = 5) {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  let step = mag;
  for (const m of [1, 2, 2.5, 5, 10]) {
    step = m * mag;
    if (step >= raw) break;
  }
  const out = [];
  const eps = step * 1e-9;
  for (let v = Math.ceil((lo - eps) / step) * step; v <= hi + eps; v += step) {
    out.push(Math.abs(v) < eps ? 0 : +v.toPrecision(12));
  }
  return out;
}

/**
 * Short label of a tick value (no trailing zeros, exponent for huge/tiny values).
 * @param {number} v
 * @returns {string}
 */
export function formatTick(v) {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(1).replace("e+", "e");
  return String(+v.toPrecision(4));
}

/**
 * `n` iso levels evenly spaced strictly inside (lo, hi).
 * @param {number} lo
 * @param {number} hi
 * @param {number} n
 * @returns {number[]}
 */
export function contourLevels(lo, hi, n) {
  const out = [];
  if (!(hi > lo) || n < 1) return out;
  const d = (hi - lo) / (n + 1);
  for (let k = 1; k <= n; k++) out.push(lo + k * d);
  return out;
}

// Marching-squares segment table. Corners of cell (i, j): p0=(i,j) p1=(i+1,j) p2=(i+1,j+1)
// p3=(i,j+1); bit k of the case is set when corner k is >= level. Edges: e0=p0p1, e1=p1p2,
// e2=p2p3, e3=p3p0. Saddles (5, 10) are resolved with the cell-centre mean below.
const SEG = [
  [], [3, 0], [0, 1], [3, 1], [1, 2], null, [0, 2], [3, 2],
  [3, 2], [0, 2], null, [1, 2], [3, 1], [0, 1], [3, 0], [],
];

// first index k with levels[k] >= x (levels increasing); levels.length if none
function lowerBound(levels, x) {
  let lo = 0, hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levels[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Iso lines of a grid function as line segments (marching squares, linear interpolation).
 *
 * @param {ArrayLike<number>} xs  x coordinate of grid row i (length nx)
 * @param {ArrayLike<number>} ys  y coordinate of grid column j (length ny)
 * @param {ArrayLike<number>} z   values, row-major: z[i*ny + j] at (xs[i], ys[j]); NaN cells skipped
 * @param {number} nx
 * @param {number} ny
 * @param {number[]} levels  increasing iso levels
 * @returns {{positions: Float32Array, count: number}} `count` segments; positions holds
 *   x0,y0,level, x1,y1,level per segment (6 floats each)
 */
export function marchingSquares(xs, ys, z, nx, ny, levels) {
  let buf = new Float32Array(6 * 1024);
  let n = 0;
  const nl = levels.length;
  if (nl === 0 || nx < 2 || ny < 2) return { positions: buf.subarray(0, 0), count: 0 };
  const l0 = levels[0];
  const uniform = nl < 2 || levels.every((l, k) => k === 0 || Math.abs(l - l0 - k * (levels[1] - l0)) <= 1e-9 * (1 + Math.abs(l)));
  const dl = nl > 1 ? levels[1] - l0 : 1;
  const ex = new Float64Array(4);
  const ey = new Float64Array(4);
  const v = new Float64Array(4);
  const px = new Float64Array(4);
  const py = new Float64Array(4);
  const push = (ea, eb, L) => {
    if (n * 6 + 6 > buf.length) {
      const nb = new Float32Array(buf.length * 2);
      nb.set(buf);
      buf = nb;
    }
    const o = n * 6;
    buf[o] = ex[ea]; buf[o + 1] = ey[ea]; buf[o + 2] = L;
    buf[o + 3] = ex[eb]; buf[o + 4] = ey[eb]; buf[o + 5] = L;
    n++;
  };
  const edge = (e, L) => {
    const a = e, b = (e + 1) & 3;
    const t = (L - v[a]) / (v[b] - v[a]);
    ex[e] = px[a] + t * (px[b] - px[a]);
    ey[e] = py[a] + t * (py[b] - py[a]);
  };
  for (let i = 0; i < nx - 1; i++) {
    const r0 = i * ny, r1 = (i + 1) * ny;
    for (let j = 0; j < ny - 1; j++) {
      v[0] = z[r0 + j]; v[1] = z[r1 + j]; v[2] = z[r1 + j + 1]; v[3] = z[r0 + j + 1];
      if (v[0] !== v[0] || v[1] !== v[1] || v[2] !== v[2] || v[3] !== v[3]) continue;
      let mn = v[0], mx = v[0];
      for (let k = 1; k < 4; k++) { if (v[k] < mn) mn = v[k]; if (v[k] > mx) mx = v[k]; }
      let k0, k1;
      if (uniform) {
        k0 = Math.max(0, Math.ceil((mn - l0) / dl) - 1);
        k1 = Math.min(nl - 1, Math.floor((mx - l0) / dl) + 1);
      } else {
        k0 = lowerBound(levels, mn);
        k1 = lowerBound(levels, mx);
        if (k1 > nl - 1) k1 = nl - 1;
      }
      if (k0 > k1) continue;
      px[0] = xs[i]; py[0] = ys[j]; px[1] = xs[i + 1]; py[1] = ys[j];
      px[2] = xs[i + 1]; py[2] = ys[j + 1]; px[3] = xs[i]; py[3] = ys[j + 1];
      for (let k = k0; k <= k1; k++) {
        const L = levels[k];
        if (L < mn || L > mx) continue;
        const c = (v[0] >= L ? 1 : 0) | (v[1] >= L ? 2 : 0) | (v[2] >= L ? 4 : 0) | (v[3] >= L ? 8 : 0);
        if (c === 0 || c === 15) continue;
        for (let e = 0; e < 4; e++) {
          const a = e, b = (e + 1) & 3;
          if ((v[a] >= L) !== (v[b] >= L)) edge(e, L);
        }
        const s = SEG[c];
        if (s) {
          push(s[0], s[1], L);
        } else {
          const centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= L;
          if ((c === 5) === centreAbove) { push(0, 1, L); push(2, 3, L); } else { push(3, 0, L); push(1, 2, L); }
        }
      }
    }
  }
  return { positions: buf.subarray(0, n * 6), count: n };
}
