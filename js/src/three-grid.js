// Pure grid helpers of the three.js views (no three.js, testable in node): array comparison,
// finite range, and triangle indices of a regular grid at a level of detail.

// [min, max] of the non-NaN values ([Infinity, -Infinity] when none)
export function finiteRange(arr) {
  let lo = Infinity, hi = -Infinity;
  for (let k = 0; k < arr.length; k++) {
    const v = arr[k];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

// same values (NaN equal to NaN); cheap next to rebuilding geometry from them
export function sameArray(p, q) {
  if (p === q) return true;
  if (!p || !q || p.length !== q.length) return false;
  for (let k = 0; k < p.length; k++) {
    const u = p[k], v = q[k];
    if (u !== v && (u === u || v === v)) return false;
  }
  return true;
}

// indices 0, s, 2s, ... and always the last one
export function gridLines(n, s) {
  const out = [];
  for (let i = 0; i < n - 1; i += s) out.push(i);
  out.push(n - 1);
  return out;
}

// two triangles per cell between consecutive rows/columns of `rows` x `cols`, skipping cells
// with a NaN corner; returns the number of indices written
export function fillIndex(idx, rows, cols, zw, ny) {
  let m = 0;
  for (let a = 0; a < rows.length - 1; a++) {
    const i0 = rows[a], i1 = rows[a + 1];
    for (let c = 0; c < cols.length - 1; c++) {
      const j0 = cols[c], j1 = cols[c + 1];
      const k00 = i0 * ny + j0, k10 = i1 * ny + j0, k01 = i0 * ny + j1, k11 = i1 * ny + j1;
      if (zw[k00] !== zw[k00] || zw[k10] !== zw[k10] || zw[k01] !== zw[k01] || zw[k11] !== zw[k11]) continue;
      idx[m++] = k00; idx[m++] = k10; idx[m++] = k11;
      idx[m++] = k00; idx[m++] = k11; idx[m++] = k01;
    }
  }
  return m;
}
