// Client-side PNG export: the panels' canvases and SVG overlays (or the 3D view's canvas)
// plus the colour bar composited onto one canvas at 2x.

function svgImage(svg) {
  return new Promise((resolve, reject) => {
    const clone = svg.cloneNode(true);
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const src = new XMLSerializer().serializeToString(clone);
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(src)}`;
  });
}

export async function exportPNG(w) {
  const scale = 2;
  const root = w.body;
  const rr = root.getBoundingClientRect();
  const cv = document.createElement("canvas");
  cv.width = Math.max(1, Math.round(rr.width * scale));
  cv.height = Math.max(1, Math.round(rr.height * scale));
  const ctx = cv.getContext("2d");
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, cv.width, cv.height);
  const place = async (node, draw) => {
    const r = node.getBoundingClientRect();
    if (!r.width || !r.height) return;
    await draw((r.left - rr.left) * scale, (r.top - rr.top) * scale, r.width * scale, r.height * scale);
  };
  const s = w.state();
  if ((s.view === "surface" || s.view === "paraview") && w.v3d && w.frame && w.frame.ndim === 2) {
    const c3 = w.v3d.toCanvas(scale);
    if (c3) await place(w.host3d, (x, y, ww, hh) => ctx.drawImage(c3, x, y, ww, hh));
  } else {
    for (const p of [...w.p2d, ...w.p1d]) {
      if (p.canvas) await place(p.canvas, (x, y, ww, hh) => ctx.drawImage(p.canvas, x, y, ww, hh));
      const img = await svgImage(p.svg);
      await place(p.svg, (x, y, ww, hh) => ctx.drawImage(img, x, y, ww, hh));
    }
  }
  if (w.cbHost.style.display !== "none") {
    const img = await svgImage(w.colorbar.svg);
    await place(w.colorbar.svg, (x, y, ww, hh) => ctx.drawImage(img, x, y, ww, hh));
  }
  return cv.toDataURL("image/png");
}

export function downloadDataURL(url, name) {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
