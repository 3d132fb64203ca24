/**
 * Data diffs read live from Datafold Cloud. Wanted when no report file is given and there are diffs
 * to read: DATAFOLD_DIFF_IDS, or a `datafold: diffs:` list in the config file to create.
 */
import { InputError } from '../core/errors.js';
import { systemClock } from '../core/poll.js';
import { waitProgress } from '../core/progress.js';
import type { Source } from './source.js';

export const datafoldSource: Source = {
  name: 'datafold',
  wants: (settings) => settings.report === undefined && (settings.datafoldDiffIds !== undefined || settings.datafoldDiffs !== undefined),
  async load(settings, context) {
    if (settings.datafoldApiKey === undefined) {
      throw new InputError('missing; reading data diffs from Datafold needs an API key: set DATAFOLD_API_KEY (a secured variable) or the `datafold-api-key` input', {
        source: 'DATAFOLD_API_KEY',
      });
    }
    // The HTTP client and the reader load only when a run reads Datafold (online.ts).
    const { createRunClient, datafoldApi, POLL_PACE, readDatafoldLive } = await import('../online.js');
    const host = settings.datafoldHost.replace(/\/+$/, '');
    const started = Date.now();
    const waitMs = settings.waitTimeout * 1000;
    const network = { ...context, ...(settings.caFile !== undefined && { caFile: settings.caFile }) };
    const http = createRunClient(network, {
      baseUrl: `${host}/`,
      auth: { kind: 'token', scheme: 'Key', token: settings.datafoldApiKey },
      // The wait, and the network's own allowance for the last round.
      deadline: started + waitMs + settings.timeout * 1000,
    });
    const total = (settings.datafoldDiffIds?.length ?? 0) + (settings.dryRun ? 0 : (settings.datafoldDiffs?.length ?? 0));
    const progress = waitProgress(context.log, `Datafold: waiting for ${total === 1 ? '1 data diff' : `${total} data diffs`}`);
    try {
      return await readDatafoldLive({
        api: datafoldApi(http),
        host,
        existing: (settings.datafoldDiffIds ?? []).map(Number),
        create: settings.datafoldDiffs ?? [],
        dryRun: settings.dryRun,
        waitSeconds: settings.waitTimeout,
        poll: {
          ...POLL_PACE,
          deadline: started + waitMs,
          ...systemClock,
        },
        log: context.log,
        progress: (finished, all, elapsedMs) => progress.update(`${finished} of ${all} finished`, elapsedMs),
      });
    } finally {
      progress.end();
    }
  },
};
