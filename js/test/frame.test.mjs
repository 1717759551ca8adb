// node --test: pure modules of the front-end (no DOM).
import { test } from "node:test";
import assert from "node:assert/strict";
import { toF32, decodeFrame, sliceAtB } from "../src/frame.js";
import { transformPanels, scaleTicks, contourLevels, fmt } from "../src/scales.js";

function f32bytes(values, offset = 0) {
  const buf = new ArrayBuffer(offset + 4 * values.length);
  const dv = new DataView(buf);
  values.forEach((v, k) => dv.setFloat32(offset + 4 * k, v, true));
  return new DataView(buf, offset, 4 * values.length);
}

test("DataView at an unaligned offset is copied, values little-endian", () => {
  const vals = [1.5, -2, NaN, 1e-7];
  for (const off of [0, 1, 2, 3, 4]) {
    const out = toF32(f32bytes(vals, off));
    assert.equal(out.length, 4);
    assert.equal(out[0], 1.5);
    assert.equal(out[1], -2);
    assert.ok(Number.isNaN(out[2]));
    assert.equal(out[3], Math.fround(1e-7));
  }
  assert.deepEqual(Array.from(toF32(Buffer.from(new Float32Array([3, 4]).buffer).toString("base64"))), [3, 4]);
});

test("decodeFrame keeps [i * ny + j] <-> (a[i], b[j]) and slices at b", () => {
  const a = [-1, 0, 1], b = [-1, 1];
  const z = [];
  for (const x of a) for (const y of b) z.push(10 * x + y);
  const f = decodeFrame({ id: 3, ndim: 2, a: f32bytes(a), b: f32bytes(b), panels: [{ name: "m", metrics: { loss: f32bytes(z) }, center: [0, 0], path: null }] });
  assert.equal(f.nx, 3); assert.equal(f.ny, 2);
  const L = f.panels[0].metrics.loss;
  assert.equal(L[2 * 2 + 1], 10 * 1 + 1);
  // slice at b = 0 -> mean of the two columns = 10 * a
  assert.deepEqual(Array.from(sliceAtB(L, f.a, f.b, 0)), [-10, 0, 10]);
});

test("log transform: clip, log10, shared domain over panels", () => {
  const t = transformPanels([Float32Array.from([0.1, 1, 100]), Float32Array.from([0.01, NaN])], "loss", "log", 10);
  assert.deepEqual(t.domain.map((v) => Math.round(v * 1e6) / 1e6), [-2, 1]);
  assert.ok(Math.abs(t.t[0][2] - 1) < 1e-7); // 100 clipped at 10 -> log10 = 1
  assert.ok(Number.isNaN(t.t[1][1]));
  const lin = transformPanels([Float32Array.from([0.5, 0.9])], "accuracy", "log", 10);
  assert.equal(lin.eff.log, false);
  const er = transformPanels([Float32Array.from([0.1, 0.2])], "eigen_ratio", "log", 10);
  assert.deepEqual(er.domain, [0, 1]);
});

test("log ticks sit at 1-2-5 / decades in data units", () => {
  const ticks = scaleTicks([-2, 1], true).filter((t) => t.label);
  assert.deepEqual(ticks.map((t) => t.label), ["0.01", "0.1", "1", "10"]);
  for (const t of ticks) assert.ok(Math.abs(10 ** t.value - Number(t.label)) < 1e-9);
  const narrow = scaleTicks([Math.log10(0.3), Math.log10(3)], true).filter((t) => t.label).map((t) => t.label);
  assert.deepEqual(narrow, ["0.3", "0.5", "0.7", "1", "2", "3"]);
  const lv = contourLevels([-1, 1], true, 14);
  assert.ok(lv.length >= 8 && lv.every((v, k) => k === 0 || v > lv[k - 1]));
  assert.equal(fmt(30000), "30000");
  assert.equal(fmt(3e5), "3e5");
});
