// Deterministic build of the LandscapeView front-end: js/src/widget.js -> lossviz/widgets/static/
// (ESM, minified, es2020, no timestamps, no sourcemap). `npm ci && npm run build` in CI must
// reproduce the committed bundle byte for byte.
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "lossviz", "widgets", "static");
mkdirSync(out, { recursive: true });

await esbuild.build({
  entryPoints: [join(here, "src", "widget.js")],
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  outfile: join(out, "widget.js"),
  legalComments: "none",
  charset: "utf8",
  sourcemap: false,
  logLevel: "warning",
});
copyFileSync(join(here, "src", "widget.css"), join(out, "widget.css"));
