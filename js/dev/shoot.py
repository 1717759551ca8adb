# ruff: noqa: E501
"""Open a dev page in headless Chromium, run actions, take screenshots, print timings (dev tool).

python js/dev/shoot.py PAGE.html OUTPREFIX [action ...]
actions: view=X metric=X scale=X clip=X colormap=X epoch=K shot=NAME click=ball-run wait=MS
         js=EXPR  time=control:value (measure event -> next animation frame)
"""

from __future__ import annotations

import json
import sys

from playwright.sync_api import sync_playwright

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader", "--disable-gpu-compositing",
        "--disable-background-networking", "--no-first-run"]

MEASURE = """async ([ctl, value]) => {
  const el = document.querySelector(`[data-control="${ctl}"]`);
  const t0 = performance.now();
  el.value = value;
  el.dispatchEvent(new Event(el.tagName === 'INPUT' && el.type === 'range' ? 'input' : 'change', {bubbles: true}));
  const t1 = performance.now();
  await new Promise(r => requestAnimationFrame(() => r()));
  const t2 = performance.now();
  const w = window.__lossviz[0];
  return {sync_ms: t1 - t0, to_frame_ms: t2 - t0, paint_ms: w.lastPaint.ms, view: w.lastPaint.view, scale: w.lastPaint.scale};
}"""


def main() -> None:
    page_path, prefix, *actions = sys.argv[1:]
    with sync_playwright() as p:
        br = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = br.new_page(viewport={"width": 1000, "height": 900})
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"file://{page_path}")
        page.wait_for_function("window.__ready === true || window.__err", timeout=120000)
        page.wait_for_timeout(300)
        for act in actions:
            k, _, v = act.partition("=")
            if k == "shot":
                page.locator("div.lossviz-view").screenshot(path=f"{prefix}{v}.png")
            elif k == "wait":
                page.wait_for_timeout(int(v))
            elif k == "png":
                import base64
                url = page.evaluate("window.__lossviz[0].toPNG()")
                open(f"{prefix}{v}.png", "wb").write(base64.b64decode(url.split(",", 1)[1]))
            elif k == "overlap":
                sys.path.insert(0, "tests")
                import test_browser as tb

                info = page.evaluate(tb._LABELS_JS, "body")
                labs = info["labels"]
                x0, y0, x1, y1 = info["view"]
                out = [(lab["role"], lab["text"]) for lab in labs if lab["box"][0] < x0 - 2 or lab["box"][2] > x1 + 2 or lab["box"][1] < y0 - 2]
                polys = [tb._corners(lab) for lab in labs]
                clashes = [(labs[i]["text"], labs[j]["text"]) for i in range(len(labs)) for j in range(i + 1, len(labs)) if not tb._separated(polys[i], polys[j])]
                print(f"overlap[{v}]: {len(labs)} labels, outside={out}, clashes={clashes}")
            elif k == "click":
                page.click(f'[data-control="{v}"]')
            elif k == "js":
                print("js:", json.dumps(page.evaluate(v), default=str)[:2000])
            elif k == "time":
                ctl, _, val = v.partition(":")
                print("time", ctl, val, json.dumps(page.evaluate(MEASURE, [ctl, val])))
            else:
                page.evaluate(MEASURE, [k, v])
        lp = page.evaluate("(() => { const l = window.__lossviz[0] && window.__lossviz[0].lastPaint; return l && {...l, values: l.values.length, displayed: null}; })()")
        print("lastPaint:", json.dumps(lp, default=str)[:1500])
        print("errors:", errors)
        br.close()


if __name__ == "__main__":
    main()
