// Deterministic build of the LandscapeView front-end: js/src/widget.js -> lossviz/widgets/static/
// (ESM, minified, es2020, no timestamps, no sourcemap, no legal comments). CI runs
// `npm ci && npm run check`: it rebuilds in memory and fails if the committed bundle differs.
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// LOSSVIZ_JS_SRC: build from another copy of js/src (e.g. `git archive HEAD js/src`), to
// bundle exactly the committed sources while others edit the working tree
const src = process.env.LOSSVIZ_JS_SRC || join(here, "src");
const out = join(here, "..", "lossviz", "widgets", "static");
const check = process.argv.includes("--check");

const result = await esbuild.build({
  entryPoints: [join(src, "widget.js")],
  nodePaths: [join(here, "node_modules")],
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  // The bundle is a committed build artefact that the `duplicates` check reads line by line.
  // Two settings make those lines real code lines rather than pieces of strings:
  // - template literals are lowered to string concatenation, so every string (three.js's GLSL
  //   shader chunks above all) is emitted on one line with escaped "\n": no multi-line literal
  //   is left, and the shader chunks no longer show up as dozens of repeated multi-line runs;
  // - lines are broken after ~1500 characters (at token boundaries, only where the syntax
  //   allows), so the check reads the minified code itself (it passes over lines longer than
  //   2000 characters; only a line holding one long string stays longer).
  // Both are plain esbuild output options: deterministic, and the code runs the same.
  supported: { "template-literal": false },
  lineLimit: 1500,
  outfile: join(out, "widget.js"),
  legalComments: "none",
  charset: "utf8",
  sourcemap: false,
  write: false,
  logLevel: "warning",
});
const files = {
  "widget.js": Buffer.from(result.outputFiles[0].contents),
  "widget.css": readFileSync(join(src, "widget.css")),
};
if (check) {
  const stale = Object.entries(files).filter(([name, buf]) => {
    const p = join(out, name);
    return !existsSync(p) || !readFileSync(p).equals(buf);
  });
  if (stale.length) {
    console.error(`lossviz/widgets/static is stale (${stale.map((s) => s[0]).join(", ")}): run \`cd js && npm ci && npm run build\` and commit the bundle`);
    process.exit(1);
  }
  console.log("lossviz/widgets/static is up to date");
} else {
  mkdirSync(out, { recursive: true });
  for (const [name, buf] of Object.entries(files)) writeFileSync(join(out, name), buf);
  console.log(`built lossviz/widgets/static/widget.js (${(files["widget.js"].length / 1024).toFixed(0)} KiB)`);
}
