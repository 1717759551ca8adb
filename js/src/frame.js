// Decoding of frames sent by lossviz.widgets.serialize.frame_payload.
// Bytes leaves arrive as DataView (anywidget / ipywidgets buffers); standalone pages may give
// base64 strings, ArrayBuffers or typed arrays.

export function toF32(x) {
  if (x == null) return null;
  if (x instanceof Float32Array) return x;
  if (typeof x === "string") {
    const s = atob(x);
    const u = new Uint8Array(s.length);
    for (let k = 0; k < s.length; k++) u[k] = s.charCodeAt(k);
    return new Float32Array(u.buffer);
  }
  if (Array.isArray(x)) return Float32Array.from(x);
  let buf, off, len;
  if (x instanceof ArrayBuffer) { buf = x; off = 0; len = x.byteLength; }
  else if (ArrayBuffer.isView(x)) { buf = x.buffer; off = x.byteOffset; len = x.byteLength; }
  else throw new TypeError("frame array must be bytes");
  const n = len >> 2;
  if (off % 4 === 0) {
    // little-endian hosts (all browsers in practice): a view without copying
    if (littleEndian) return new Float32Array(buf, off, n);
  }
  const dv = new DataView(buf, off, len);
  const out = new Float32Array(n);
  for (let k = 0; k < n; k++) out[k] = dv.getFloat32(4 * k, true);
  return out;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

// -> {id, preview, ndim, a, b, nx, ny, aLabel, bLabel, note, panels: [{name, title,
//     metrics: {name: Float32Array}, center: [a, b], path: null | {x, y, loss, epochs, n}}]}
export function decodeFrame(f) {
  if (!f || !f.panels || !f.a) return null;
  const a = toF32(f.a);
  const b = f.ndim === 2 ? toF32(f.b) : null;
  const panels = f.panels.map((p) => {
    const metrics = {};
    for (const [k, v] of Object.entries(p.metrics || {})) metrics[k] = toF32(v);
    let path = null;
    if (p.path) {
      const x = toF32(p.path.x);
      path = {
        x, y: toF32(p.path.y) || new Float32Array(x.length),
        loss: toF32(p.path.loss) || new Float32Array(x.length).fill(NaN),
        epochs: toF32(p.path.epochs) || Float32Array.from(x, (_, k) => k),
        n: x.length,
      };
    }
    return {
      name: String(p.name ?? ""), title: String(p.title ?? p.name ?? ""), metrics,
      center: Array.isArray(p.center) ? [+p.center[0] || 0, +p.center[1] || 0] : [0, 0], path,
    };
  });
  return {
    id: f.id ?? 0, preview: !!f.preview, ndim: f.ndim === 1 ? 1 : 2, a, b,
    nx: a.length, ny: b ? b.length : 1,
    aLabel: f.a_label || "a", bLabel: f.b_label || "b", note: f.note || "", panels,
  };
}

// Values of a 2D grid along b = yb (linear interpolation between the neighbouring columns).
export function sliceAtB(z, a, b, yb) {
  const nx = a.length, ny = b.length;
  let j = 0;
  while (j < ny - 2 && b[j + 1] < yb) j++;
  const t = ny > 1 ? Math.min(1, Math.max(0, (yb - b[j]) / (b[j + 1] - b[j]))) : 0;
  const out = new Float32Array(nx);
  for (let i = 0; i < nx; i++) {
    const v0 = z[i * ny + j], v1 = ny > 1 ? z[i * ny + j + 1] : v0;
    out[i] = t === 0 ? v0 : t === 1 ? v1 : v0 * (1 - t) + v1 * t;
  }
  return out;
}

// Linear interpolation of a coordinate array at a fractional index.
export function coordAt(arr, g) {
  const n = arr.length;
  if (n === 1) return arr[0];
  if (g <= 0) return arr[0];
  if (g >= n - 1) return arr[n - 1];
  const i = Math.floor(g);
  return arr[i] + (arr[i + 1] - arr[i]) * (g - i);
}
