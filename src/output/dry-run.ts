/** Human-readable print of what would be sent, for DRY_RUN. Everything here is already escaped and capped by the renderers. */
import type { Decorations, InsightDatum } from '../render/decorations.js';

const rule = (title: string) => `── ${title} ${'─'.repeat(Math.max(4, 72 - title.length))}`;

export function formatDryRun(d: Decorations, publish: readonly string[]): string {
  const lines: string[] = [];
  const tag = (what: string) => (publish.includes(what) ? '' : ' (not in PUBLISH; shown for reference)');
  lines.push(rule(`comment, ${d.comment.markdown.length} characters${tag('comment')}`), d.comment.markdown.trimEnd(), '');
  const i = d.insight;
  lines.push(rule(`Code Insights report${tag('insights')}`));
  lines.push(`title:    ${i.title}`, `result:   ${i.result === 'pass' ? 'PASSED' : 'FAILED'}`, `reporter: ${i.reporter}`, `type:     ${i.reportType}`);
  if (i.link) lines.push(`link:     ${i.link}`);
  lines.push('details:', ...i.details.split('\n').map((l) => `  ${l}`));
  if (i.data.length) lines.push('data:', ...i.data.map((datum) => `  ${datum.title}: ${formatDatum(datum)}`));
  lines.push(`annotations: ${i.annotations.length}`);
  for (const a of i.annotations.slice(0, 50)) {
    const where = a.path ? `${a.path}${a.line ? `:${a.line}` : ''}` : '(project)';
    lines.push(`  ${a.severity.toUpperCase().padEnd(8)} ${a.type.padEnd(13)} ${where}  ${a.message}`);
  }
  if (i.annotations.length > 50) lines.push(`  … ${i.annotations.length - 50} more`);
  lines.push('', rule(`build status${tag('status')}`));
  const s = d.status;
  lines.push(`key:         ${s.key}`, `state:       ${s.state === 'success' ? 'SUCCESSFUL' : 'FAILED'}`, `name:        ${s.name}`, `description: ${s.description}`);
  if (s.url) lines.push(`url:         ${s.url}`);
  return `${lines.join('\n')}\n`;
}

function formatDatum(datum: InsightDatum): string {
  switch (datum.type) {
    case 'LINK':
      return `${datum.value.text} <${datum.value.href}>`;
    case 'PERCENTAGE':
      return `${datum.value}%`;
    case 'DURATION':
      return `${datum.value} ms`;
    case 'DATE':
      return new Date(datum.value).toISOString();
    default:
      return String(datum.value);
  }
}
