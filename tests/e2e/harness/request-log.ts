import type { LoggedRequest } from './static-server.ts';

/**
 * Reads the requests the test servers answered, from the site server's `/__requests` endpoint.
 *
 * Take a mark before an action (`const mark = await lastRequestSeq(url)`) and read with
 * `since: mark` after it, so entries from earlier tests don't leak into the assertion.
 *
 * @param requestLogUrl - `inject('requestLogUrl')`.
 * @param since - only entries with a larger `seq`. @defaultValue `0`
 */
export async function readRequestLog(requestLogUrl: string, since = 0): Promise<LoggedRequest[]> {
  const response = await fetch(`${requestLogUrl}?since=${since}`);
  if (!response.ok) throw new Error(`readRequestLog: ${requestLogUrl} answered ${response.status}`);
  const body = (await response.json()) as { requests: LoggedRequest[] };
  return body.requests;
}

/** The `seq` of the newest logged request (0 if none), to use as `since` later. */
export async function lastRequestSeq(requestLogUrl: string): Promise<number> {
  const entries = await readRequestLog(requestLogUrl);
  return entries.at(-1)?.seq ?? 0;
}

/**
 * Formats the entries with status 400 or more, one `STATUS server METHOD path` string each, so
 * `expect(failedResponses(log)).toEqual([])` prints what went wrong.
 */
export function failedResponses(entries: readonly LoggedRequest[]): string[] {
  return entries
    .filter((entry) => entry.status >= 400)
    .map((entry) => `${entry.status} ${entry.server} ${entry.method} ${entry.path}`);
}
