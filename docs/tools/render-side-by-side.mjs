// Renders docs/lesson-side-by-side.html from the model SideBySide writes (JSON): the lesson's
// prose through markdown-it, each program's regions as a two-column table whose rows pair a Go
// line with its Java line, highlighted by highlight.js here, at generation time. The page is
// self-contained: CSS inline, no script, nothing fetched when it is viewed.
//
//   node docs/tools/render-side-by-side.mjs MODEL.json OUT.html
import { readFileSync, writeFileSync } from "node:fs";
import MarkdownIt from "markdown-it";
import hljs from "highlight.js/lib/core";
import go from "highlight.js/lib/languages/go";
import java from "highlight.js/lib/languages/java";

hljs.registerLanguage("go", go);
hljs.registerLanguage("java", java);

const [modelPath, outPath] = process.argv.slice(2);
const blocks = JSON.parse(readFileSync(modelPath, "utf8"));
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Highlights a region as a whole (so a construct spanning lines keeps its colours), then splits
// the result back into lines, closing and reopening the spans that a line break cuts.
function highlightLines(lines, language) {
  const html = hljs.highlight(lines.join("\n"), { language, ignoreIllegals: true }).value;
  const out = [];
  let open = [];
  for (const raw of html.split("\n")) {
    let line = open.join("") + raw;
    const tags = raw.match(/<span[^>]*>|<\/span>/g) || [];
    for (const tag of tags) {
      if (tag === "</span>") open.pop();
      else open.push(tag);
    }
    line += "</span>".repeat(open.length);
    out.push(line);
  }
  return out;
}

const toc = [];
const body = [];
let section = null;
for (const block of blocks) {
  if (block.prose !== undefined) {
    const tokens = markdown.parse(block.prose, {});
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type === "heading_open") {
        const text = tokens[i + 1].content;
        const id = slug(text);
        tokens[i].attrSet("id", id);
        toc.push({ level: Number(tokens[i].tag.slice(1)), text, id, programs: [] });
        section = toc[toc.length - 1];
      }
    }
    body.push(markdown.renderer.render(tokens, markdown.options, {}));
    continue;
  }
  const id = "program-" + block.program;
  if (section) section.programs.push({ name: block.program, id });
  body.push(`<section class="program" id="${id}">`);
  body.push(`<h4>Program <code>${escape(block.program)}</code> <a href="../${escape(block.go)}">Go</a> · <a href="../${escape(block.java)}">Java</a></h4>`);
  for (const region of block.regions) {
    const goLines = highlightLines(region.go, "go");
    const javaLines = highlightLines(region.java, "java");
    body.push('<div class="pair"><table><thead><tr><th>Go</th><th>Java</th></tr></thead><tbody>');
    for (let i = 0; i < Math.max(goLines.length, javaLines.length); i++) {
      // An empty line keeps one space, so that its row keeps a line's height.
      const g = i < goLines.length && goLines[i] !== "" ? goLines[i] : " ";
      const j = i < javaLines.length && javaLines[i] !== "" ? javaLines[i] : " ";
      body.push(`<tr><td class="go"><code>${g}</code></td><td class="java"><code>${j}</code></td></tr>`);
    }
    body.push("</tbody></table></div>");
  }
  body.push(`<p class="output-label">Output</p><pre class="output">${escape(block.output.join("\n"))}</pre>`);
  body.push("</section>");
}

const tocHtml = toc
  .filter((entry) => entry.level <= 3)
  .map((entry) => {
    const programs = entry.programs.map((p) => `<li><a href="#${p.id}"><code>${escape(p.name)}</code></a></li>`).join("");
    return `<li class="level-${entry.level}"><a href="#${entry.id}">${escape(entry.text)}</a>${programs ? `<ul>${programs}</ul>` : ""}</li>`;
  })
  .join("\n");

const css = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-code: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1rem; color: var(--fg);
  font: 16px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
nav { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
nav ul { margin: 0.2rem 0; padding-left: 1.2rem; }
nav .level-3 { margin-left: 1rem; }
h1, h2, h3 { line-height: 1.25; }
h4 { margin: 1.5rem 0 0.5rem; font-weight: 600; }
h4 a { font-weight: normal; font-size: 0.9em; }
.pair { overflow-x: auto; margin: 0.5rem 0; border: 1px solid var(--line); border-radius: 6px; }
.pair table { border-collapse: collapse; width: max-content; min-width: 100%; }
.pair th { text-align: left; background: var(--bg-code); border-bottom: 1px solid var(--line); padding: 0.25rem 0.5rem; }
.pair td { vertical-align: top; padding: 0 0.5rem; white-space: pre; overflow-wrap: normal; }
.pair td.go { border-right: 1px solid var(--line); }
.pair code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.output-label { margin: 0.5rem 0 0; color: var(--muted); font-size: 0.9em; }
pre.output { background: var(--bg-code); padding: 0.5rem; border-radius: 6px; overflow-x: auto; }
@media (max-width: 700px) { body { padding: 0.5rem; font-size: 15px; } }
.hljs-keyword, .hljs-built_in, .hljs-type { color: #cf222e; }
.hljs-string, .hljs-char { color: #0a3069; }
.hljs-comment { color: #59636e; font-style: italic; }
.hljs-number, .hljs-literal { color: #0550ae; }
.hljs-title, .hljs-title.function_ { color: #8250df; }
.hljs-meta, .hljs-params { color: #1f2328; }
`;

const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The lesson, side by side: Go and Java</title>
<style>${css}</style>
</head>
<body>
<h1>The lesson, side by side: Go and Java</h1>
<p>Generated from the lesson's text, the Go programs and their Java ports (by marked regions) by
<code>SideBySide</code> and <code>docs/tools/render-side-by-side.mjs</code> (markdown-it, highlight.js).
Each Go line sits beside the Java line that does the same; under each program, the output Go printed,
which the Java port reproduces.</p>
<nav><strong>Contents</strong><ul>
${tocHtml}
</ul></nav>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
writeFileSync(outPath, page);
