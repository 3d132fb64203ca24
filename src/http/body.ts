/**
 * Reading a response body with a size bound, as every read here is bounded: the largest answer
 * this program asks for (a page of 100 comments, 500 SonarQube issues) is a few MB, and a body
 * that runs on (a misrouted download, a server in a loop) would otherwise be held in memory until
 * the timeout fires.
 */

/** The code of the error a body past the bound fails with (classifyFailure names it). */
export const BODY_TOO_LARGE = 'PR_INSIGHTS_BODY_TOO_LARGE';

export class BodyTooLargeError extends Error {
  readonly code = BODY_TOO_LARGE;

  constructor(maxBytes: number) {
    const size = maxBytes >= 1024 * 1024 ? `${Number((maxBytes / 1024 / 1024).toFixed(1))} MiB` : `${maxBytes} bytes`;
    super(`the response body is over ${size}`);
  }
}

/** The body as text (UTF-8, as Response.text() decodes it); past `maxBytes` it is dropped unread. */
export async function boundedText(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new BodyTooLargeError(maxBytes);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, size));
}
