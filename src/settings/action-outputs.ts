/** The GitHub Action's step outputs, as action.yml declares them (src/output/outputs.ts sets them). */
export const ACTION_OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'result', description: "The report's verdict: `passed`, `warning`, `failed` or `none`." },
  { name: 'report-type', description: '`quality-gate` or `data-diff`.' },
  { name: 'conditions-failed', description: 'Quality gate: number of failed conditions.' },
  { name: 'models-different', description: 'Data diff: number of models whose data differs.' },
  { name: 'rows-added', description: 'Data diff: rows added, over all models.' },
  { name: 'rows-removed', description: 'Data diff: rows removed, over all models.' },
  { name: 'rows-changed', description: 'Data diff: rows changed, over all models.' },
  { name: 'models-failed', description: 'Data diff: number of models that fail (over a fail threshold, or could not be diffed).' },
  { name: 'models-warned', description: 'Data diff: number of models that warn (over a warn threshold; without thresholds, any difference).' },
  { name: 'comment-url', description: "The pull request comment's web page, when one was written or found unchanged (GitHub)." },
  { name: 'check-run-url', description: "The check run's web page, when one was published (GitHub)." },
];
