// Renders the README's picture, docs/comment.png: the sticky comment of the built-in example
// (`--example --json` from the built bundle), as Markdown → HTML (markdown-it) in GitHub-like
// styles, screenshotted by headless Chromium. Run after `npm run build`:
//   node scripts/comment-picture.mjs [path/to/chromium]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.argv[2] ?? 'chromium';

const result = JSON.parse(execFileSync(process.execPath, [join(root, 'dist/index.js'), '--example', '--json'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } }));
const markdown = result.decorations.comment.markdown;
// GitHub renders the comment's HTML (<details>) and hides the marker line, a Markdown link definition.
const body = new MarkdownIt({ html: true, linkify: false }).render(markdown);

const page = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #ffffff; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
  .comment { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
  .header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
  .header b { color: #1f2328; }
  .body { padding: 8px 16px; }
  table { border-collapse: collapse; margin: 8px 0 16px; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  a { color: #0969da; text-decoration: none; }
  em { color: #59636e; }
</style></head><body><div class="comment"><div class="header"><b>github-actions</b> <span>bot</span> commented</div><div class="body">${body}</div></div></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'comment-picture-'));
const html = join(dir, 'comment.html');
writeFileSync(html, page);
const out = join(root, 'docs/comment.png');
execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${out}`, '--window-size=860,510', `file://${html}`], { stdio: 'inherit' });
process.stdout.write(`wrote ${out}\n`);
