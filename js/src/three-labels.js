// Pure label-layout helpers of the three.js views (no DOM, testable in node): text fitting and
// oriented text boxes with an overlap test (separating axes).

/**
 * The longest of: `text`, `text` without a trailing "(...)" part, `text` cut with an ellipsis,
 * that is at most `maxW` wide according to `measure(text) -> width`.
 * @param {string} text
 * @param {number} maxW
 * @param {(t: string) => number} measure
 * @returns {string}
 */
export function fitText(text, maxW, measure) {
  if (measure(text) <= maxW) return text;
  const short = text.replace(/\s*\(.*\)\s*$/, "");
  if (short && short !== text && measure(short) <= maxW) return short;
  const base = short || text;
  let t = base;
  while (t.length > 1 && measure(t + "…") > maxW) t = t.slice(0, -1);
  return t.length < base.length ? t.trimEnd() + "…" : t;
}

/**
 * Oriented box of a label {x, y, tw (text width), size (font px), angle (rad), align}: the text
 * is anchored at (x, y) by its left/centre/right end and rotated about that anchor.
 * @returns {{cx: number, cy: number, hw: number, hh: number, c: number, s: number}}
 */
export function labelBox(l) {
  const c = Math.cos(l.angle || 0), s = Math.sin(l.angle || 0);
  const off = l.align === "right" ? -l.tw / 2 : l.align === "left" ? l.tw / 2 : 0;
  return { cx: l.x + off * c, cy: l.y + off * s, hw: l.tw / 2 + 2, hh: l.size * 0.42 + 1, c, s };
}

/** Half extents [x, y] of the axis-aligned bounding box of an oriented box. */
export function boxExtent(b) {
  return [b.hw * Math.abs(b.c) + b.hh * Math.abs(b.s), b.hw * Math.abs(b.s) + b.hh * Math.abs(b.c)];
}

/** Whether two oriented boxes intersect (separating axis theorem on their four edge normals). */
export function boxesOverlap(A, B) {
  for (const [ax, ay] of [[A.c, A.s], [-A.s, A.c], [B.c, B.s], [-B.s, B.c]]) {
    const ra = A.hw * Math.abs(ax * A.c + ay * A.s) + A.hh * Math.abs(-ax * A.s + ay * A.c);
    const rb = B.hw * Math.abs(ax * B.c + ay * B.s) + B.hh * Math.abs(-ax * B.s + ay * B.c);
    if (Math.abs((B.cx - A.cx) * ax + (B.cy - A.cy) * ay) > ra + rb) return false;
  }
  return true;
}
