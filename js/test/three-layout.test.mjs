// node --test: pure helpers of the three.js views (grid indices, array comparison, label boxes),
// checked against independent computations (naive counts, point sampling of rotated boxes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { finiteRange, sameArray, gridLines, fillIndex } from "../src/three-grid.js";
import { fitText, labelBox, boxExtent, boxesOverlap } from "../src/three-labels.js";

test("gridLines keeps every s-th index and the last one", () => {
  assert.deepEqual(gridLines(9, 1), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual(gridLines(9, 4), [0, 4, 8]);
  assert.deepEqual(gridLines(10, 4), [0, 4, 8, 9]);
  assert.deepEqual(gridLines(2, 8), [0, 1]);
});

test("fillIndex writes two triangles per cell without a NaN corner, covering each cell once", () => {
  const nx = 7, ny = 5;
  const z = new Float32Array(nx * ny).map((_, k) => Math.sin(k));
  z[2 * ny + 3] = NaN; // kills the 4 cells around vertex (2, 3)
  z[6 * ny + 0] = NaN; // a corner vertex: 1 cell
  for (const s of [1, 2, 3]) {
    const rows = gridLines(nx, s), cols = gridLines(ny, s);
    const idx = new Uint32Array(6 * (rows.length - 1) * (cols.length - 1));
    const m = fillIndex(idx, rows, cols, z, ny);
    // naive: cells (row pair, column pair) whose 4 corners are finite
    let cells = 0;
    for (let a = 0; a + 1 < rows.length; a++) for (let c = 0; c + 1 < cols.length; c++) {
      const ks = [rows[a] * ny + cols[c], rows[a + 1] * ny + cols[c], rows[a] * ny + cols[c + 1], rows[a + 1] * ny + cols[c + 1]];
      if (ks.every((k) => !Number.isNaN(z[k]))) cells++;
    }
    assert.equal(m, 6 * cells);
    // every triangle uses vertices of one cell; the two triangles of a cell cover its 4 corners
    for (let t = 0; t < m; t += 6) {
      const q = new Set(idx.subarray(t, t + 6));
      assert.equal(q.size, 4);
      for (const k of q) assert.ok(!Number.isNaN(z[k]));
    }
  }
});

test("sameArray treats NaN as equal to NaN and finiteRange skips NaN", () => {
  assert.ok(sameArray(Float32Array.from([1, NaN, 3]), Float32Array.from([1, NaN, 3])));
  assert.ok(!sameArray(Float32Array.from([1, NaN, 3]), Float32Array.from([1, 2, 3])));
  assert.ok(!sameArray(Float32Array.from([1, 2]), Float32Array.from([1, 2, 3])));
  assert.ok(!sameArray(null, Float32Array.from([1])));
  assert.deepEqual(finiteRange(Float32Array.from([NaN, 3, -2, NaN, 7])), [-2, 7]);
});

test("fitText keeps, then drops the parenthetical, then cuts with an ellipsis", () => {
  const m = (t) => 7 * t.length;
  const full = "direction 1 (filter-normalized)";
  assert.equal(fitText(full, 1000, m), full);
  assert.equal(fitText(full, 7 * 11, m), "direction 1");
  const cut = fitText(full, 7 * 8, m);
  assert.ok(cut.endsWith("…") && m(cut) <= 7 * 8 && "direction 1".startsWith(cut.slice(0, -1)), cut);
  assert.equal(fitText("α", 1, m), "α");
});

// point-sampling reference: do the two (rotated) rectangles share a point?
function sampledOverlap(A, B) {
  const inside = (b, x, y) => {
    const dx = x - b.cx, dy = y - b.cy;
    return Math.abs(dx * b.c + dy * b.s) <= b.hw && Math.abs(-dx * b.s + dy * b.c) <= b.hh;
  };
  for (let i = 0; i <= 60; i++) for (let j = 0; j <= 60; j++) {
    const u = -1 + (2 * i) / 60, v = -1 + (2 * j) / 60;
    const x = A.cx + u * A.hw * A.c - v * A.hh * A.s, y = A.cy + u * A.hw * A.s + v * A.hh * A.c;
    if (inside(B, x, y)) return true;
  }
  return false;
}

test("boxesOverlap agrees with point sampling on random rotated label boxes", () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  let agree = 0, both = 0, n = 0;
  for (let k = 0; k < 400; k++) {
    const mk = () => labelBox({ x: rnd() * 100, y: rnd() * 100, tw: 10 + rnd() * 60, size: 10 + rnd() * 10,
      angle: (rnd() - 0.5) * Math.PI, align: ["left", "center", "right"][Math.floor(rnd() * 3)] });
    const A = mk(), B = mk();
    const exact = boxesOverlap(A, B), ref = sampledOverlap(A, B) || sampledOverlap(B, A);
    n++;
    if (exact === ref) agree++;
    else {
      // sampling can miss a sliver: then the boxes must be nearly touching
      const grow = (b, d) => ({ ...b, hw: b.hw + d, hh: b.hh + d });
      assert.ok(exact && (sampledOverlap(grow(A, 1.5), grow(B, 1.5)) || sampledOverlap(grow(B, 1.5), grow(A, 1.5))));
    }
    if (exact) both++;
  }
  assert.ok(agree >= n - 4, `${agree} of ${n}`);
  assert.ok(both > 20 && both < n - 20, "both outcomes occur");
});

test("labelBox anchors right/left aligned text at its end and boxExtent bounds it", () => {
  const r = labelBox({ x: 100, y: 50, tw: 40, size: 10, angle: 0, align: "right" });
  assert.equal(r.cx, 80);
  const l = labelBox({ x: 100, y: 50, tw: 40, size: 10, angle: 0, align: "left" });
  assert.equal(l.cx, 120);
  const v = labelBox({ x: 0, y: 0, tw: 40, size: 10, angle: Math.PI / 2, align: "center" });
  const [ex, ey] = boxExtent(v);
  assert.ok(Math.abs(ex - v.hh) < 1e-9 && Math.abs(ey - v.hw) < 1e-9);
});
