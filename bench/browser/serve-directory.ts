/** Serves a folder on a made-up origin through request interception, as the browser shell serves the kiosk. */
import { readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { resolveAppFile, securityHeaders } from '../../electron/core/app-content/app-content.ts';

export async function serveDirectory(context: BrowserContext, origin: string, rootDir: string): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const file = resolveAppFile(rootDir, route.request().url(), origin);
    if (!file) return route.fulfill({ status: 404, body: 'Not found', headers: { ...securityHeaders } });
    const body = await readFile(file.filePath);
    return route.fulfill({ status: 200, body, headers: { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' } });
  });
}
