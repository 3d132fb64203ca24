import { afterEach, describe, expect, it } from '@jest/globals';
import { createHttpClient, HttpError, platformErrorText } from '../../src/http/index.js';
import { MAX_ERROR_TEXT } from '../../src/http/error-body.js';
import { Redactor } from '../../src/core/redact.js';
import { closeAll, fakeSleep, json, startServer } from './servers.js';

afterEach(closeAll);

describe('platform error text', () => {
  it.each([
    [
      'Bitbucket Cloud validation error with fields',
      { type: 'error', error: { message: 'Bad request', fields: { key: ['Ensure this value has at most 40 characters (it has 48).'] } } },
      'Bad request; key: Ensure this value has at most 40 characters (it has 48).',
    ],
    ['Bitbucket Cloud error with detail', { type: 'error', error: { message: 'Not found', detail: 'There is no report x' } }, 'Not found; There is no report x'],
    [
      'Bitbucket Cloud Code Insights service',
      { key: 'report-service.general.bad-request', message: 'The details field cannot contain more than 2000 characters.', arguments: {} },
      'The details field cannot contain more than 2000 characters.',
    ],
    [
      'Bitbucket Data Center errors[] with context',
      { errors: [{ context: 'title', message: 'Title must be at most 450 characters', exceptionName: null }, { context: null, message: 'and another' }] },
      'title: Title must be at most 450 characters; and another',
    ],
    [
      'GitHub validation error',
      { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }, { resource: 'Issue', field: 'title', code: 'missing_field' }], documentation_url: 'https://docs.github.com/rest' },
      'Validation Failed; body is too long (maximum is 65536 characters); title: missing_field (Issue)',
    ],
    ['GitHub basic error', { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, 'Resource not accessible by integration'],
    ['HTML page: its <h1>', '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad &amp; <b>gateway</b></h1><p>nginx</p></body></html>', 'Bad & gateway'],
    ['HTML page without <h1>: its title', '<!DOCTYPE html><html><head><title>\n  Log in - Bitbucket\n</title></head><body>…</body></html>', 'Log in - Bitbucket'],
    ['plain text', 'Service   Unavailable\n', 'Service Unavailable'],
  ])('%s', (_name, body, expected) => {
    expect(platformErrorText(body)).toBe(expected);
  });

  it('caps the length', () => {
    const text = platformErrorText({ message: 'x'.repeat(5000) });
    expect(text).toHaveLength(MAX_ERROR_TEXT);
    expect(text?.endsWith('…')).toBe(true);
  });

  it('returns undefined when there is nothing to say', () => {
    expect(platformErrorText('')).toBeUndefined();
    expect(platformErrorText({})).toBeUndefined();
    expect(platformErrorText(undefined)).toBeUndefined();
  });
});

describe('HttpError messages', () => {
  it.each([
    [401, { type: 'error', error: { message: 'Token is invalid, expired, or not supported for this endpoint.' } }, /401 Unauthorized: Token is invalid, expired, or not supported for this endpoint\. \(credentials missing, invalid or expired\)$/],
    [403, { message: 'Resource not accessible by integration' }, /403 Forbidden: Resource not accessible by integration \(the token lacks a permission or scope\)$/],
    [404, { errors: [{ context: null, message: 'Repository PROJ/repo does not exist.' }] }, /404 Not Found: Repository PROJ\/repo does not exist\. \(not found, or not visible to these credentials\)$/],
    [400, { key: 'report-service.general.bad-request', message: 'The summary field cannot contain more than 450 characters.' }, /400 Bad Request: The summary field cannot contain more than 450 characters\.$/],
  ])('%i names the method, URL, status, platform text and hint', async (status, body, pattern) => {
    const server = await startServer((_r, res) => json(res, status, body));
    const client = createHttpClient({ baseUrl: `${server.origin}/2.0`, redactor: new Redactor() });
    const err = await client.request({ method: 'PUT', url: '/repositories/w/r/commit/c/reports/k', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(status);
    expect((err as Error).message.startsWith(`PUT ${server.origin}/2.0/repositories/w/r/commit/c/reports/k failed: ${status}`)).toBe(true);
    expect((err as Error).message).toMatch(pattern);
  });

  it('reduces an HTML error page to its heading', async () => {
    const server = await startServer((_r, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Internal Server Error</h1><pre>stack…</pre></body></html>');
    });
    const err = await createHttpClient({ baseUrl: server.origin, redactor: new Redactor() })
      .request({ method: 'GET', url: '/' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/failed: 500 Internal Server Error: Internal Server Error$/);
  });
});

describe('secrets', () => {
  const TOKEN = 'ghp_SuperSecretToken0123456789';
  const PASSWORD = 'atlassian-api-token-S3CR3T';

  it('never appear in error messages or debug lines', async () => {
    const server = await startServer((r, res) =>
      // A hostile or careless server echoes what it received.
      json(res, 401, { message: `bad credentials ${r.headers.authorization} for ${r.url}`, errors: [{ field: 'token', code: `invalid ${TOKEN}` }] }),
    );
    const lines: string[] = [];
    // One Redactor per run, shared by every client, as in production.
    const redactor = new Redactor();
    const bearer = createHttpClient({ baseUrl: server.origin, auth: { kind: 'bearer', token: TOKEN }, redactor, logger: (l) => lines.push(l) });
    const e1 = await bearer.request({ method: 'GET', url: '/x', query: { access_token: TOKEN, other: TOKEN } }).catch((e: unknown) => e);

    const basic = createHttpClient({ baseUrl: server.origin, auth: { kind: 'basic', username: 'me@example.com', password: PASSWORD }, redactor, logger: (l) => lines.push(l) });
    const e2 = await basic.request({ method: 'GET', url: `/y?password=${encodeURIComponent(PASSWORD)}` }).catch((e: unknown) => e);

    const basicHeader = Buffer.from(`me@example.com:${PASSWORD}`).toString('base64');
    const texts = [e1, e2].flatMap((e) => [(e as Error).message, (e as HttpError).url, (e as HttpError).platformMessage ?? '']).concat(lines);
    expect(lines.length).toBeGreaterThan(0);
    expect((e1 as Error).message).toMatch(/bad credentials/);
    for (const text of texts) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(basicHeader);
      expect(text).not.toContain(encodeURIComponent(PASSWORD));
    }
  });

  it('are masked in query parameters the redactor was not told about', async () => {
    const server = await startServer((_r, res) => json(res, 500, {}));
    const lines: string[] = [];
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor(), logger: (l) => lines.push(l), sleep: fakeSleep().sleep, maxAttempts: 1 });
    const err = await client.request({ method: 'GET', url: '/x?token=unregistered-value-1&page=2' }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('/x?token=***&page=2');
    expect(lines.join('\n')).not.toContain('unregistered-value-1');
  });
});
