// Opens docs/lesson-side-by-side.html in headless Chromium and checks that every program renders
// both columns and that each Go line sits on the same row as its Java line, from the element
// positions the browser computed. A copy of the page gets a measuring script (the page itself
// has none); Chromium runs it and prints the DOM, which carries the verdict. First it checks a
// copy whose Java column is shifted by a few pixels, which must be caught. Saves a screenshot.
//
//   node docs/tools/check-in-chromium.mjs PAGE.html OUT_DIR
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [pagePath, outDir] = process.argv.slice(2).map((p) => resolve(p));
const chromium = process.env.CHROMIUM || "chromium";
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

const measure = `<script>
addEventListener("load", () => {
  const problems = [];
  let rows = 0;
  const programs = document.querySelectorAll("section.program");
  for (const program of programs) {
    const trs = program.querySelectorAll("tbody tr");
    if (trs.length === 0) problems.push(program.id + ": no lines");
    trs.forEach((tr, i) => {
      rows++;
      const [go, java] = tr.querySelectorAll("td");
      const g = go.querySelector("code").getBoundingClientRect();
      const j = java.querySelector("code").getBoundingClientRect();
      const gc = go.getBoundingClientRect(), jc = java.getBoundingClientRect();
      if (gc.width <= 0 || jc.width <= 0 || g.height <= 0 || j.height <= 0) problems.push(program.id + " line " + (i + 1) + ": a column is not rendered");
      if (Math.abs(g.top - j.top) > 0.5) problems.push(program.id + " line " + (i + 1) + ": Go at y=" + g.top + ", Java at y=" + j.top);
      if (jc.left < gc.right - 0.5) problems.push(program.id + " line " + (i + 1) + ": Java is not right of Go");
    });
  }
  document.body.setAttribute("data-check", JSON.stringify({ programs: programs.length, rows, problems: problems.slice(0, 20) }));
});
</script>`;

function check(html, name) {
  const dir = mkdtempSync(join(tmpdir(), "side-by-side-"));
  const copy = join(dir, name);
  writeFileSync(copy, html.replace("</body>", measure + "</body>"));
  const dom = execFileSync(chromium, [...flags, "--user-data-dir=" + join(dir, "profile"), "--virtual-time-budget=5000",
    "--dump-dom", "file://" + copy], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 });
  const match = dom.match(/data-check="([^"]*)"/);
  if (!match) throw new Error(name + ": Chromium ran no check (no data-check attribute in the DOM)");
  return JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
}

const page = readFileSync(pagePath, "utf8");
const shifted = check(page.replace("</style>", "td.java code { position: relative; top: 3px; }</style>"), "shifted.html");
if (shifted.problems.length === 0) {
  console.error("check-in-chromium: a page whose Java column is shifted by 3 px passed; the check is broken");
  process.exit(1);
}
const result = check(page, "page.html");
const dir = mkdtempSync(join(tmpdir(), "side-by-side-shot-"));
execFileSync(chromium, [...flags, "--user-data-dir=" + join(dir, "profile"), "--window-size=1280,2400",
  "--screenshot=" + join(outDir, "lesson-side-by-side.png"), "file://" + pagePath], { stdio: "ignore" });
console.log(`check-in-chromium: ${result.programs} programs, ${result.rows} paired lines, ${result.problems.length} problems `
  + `(a 3 px shift was caught: ${shifted.problems[0]}); screenshot ${join(outDir, "lesson-side-by-side.png")}`);
if (result.programs !== 14 || result.rows === 0 || result.problems.length > 0) {
  console.error(result.problems.join("\n") || "expected 14 programs, found " + result.programs);
  process.exit(1);
}
