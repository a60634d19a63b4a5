/**
 * How the bench's in-page probes report: a console message, "<tag> <field> <field>…". The bench
 * reads it from Playwright's console events instead of polling the page, which would run
 * Playwright's own script in the page while it is being timed.
 */
import type { Page } from 'playwright-core';

/**
 * `page`'s next report tagged `tag`, its fields read by `read`. Call it before the action it
 * reports on, then await it; if the action throws first, the report's timeout does not go unhandled.
 */
export function nextProbeReport<T>(page: Page, tag: string, read: (fields: readonly string[]) => T, timeoutMs = 15_000): Promise<T> {
  const report = page
    .waitForEvent('console', { predicate: (message) => message.text().startsWith(`${tag} `), timeout: timeoutMs })
    .then((message) => read(message.text().split(' ').slice(1)));
  void report.catch(() => undefined);
  return report;
}
