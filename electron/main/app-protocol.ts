import { readFile } from 'node:fs/promises';
import { protocol, session } from 'electron';
import { electronAppOrigin, resolveAppFile, securityHeaders } from '../core/app-content/app-content.ts';
import { kioskSessionPartition } from '../core/shell-policy/kiosk-window-options.ts';

export const appScheme = 'app';

/** Must run before `app.ready`: makes app:// a secure, standard origin for the kiosk's own files. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false } },
  ]);
}

/**
 * Serves the built renderer at app://kiosk/ with the strict CSP on every response, in the kiosk
 * window's in-memory session (a protocol handler belongs to one session).
 */
export function serveRenderer(rendererDir: string): void {
  session.fromPartition(kioskSessionPartition).protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererDir, request.url, electronAppOrigin);
    if (!file) return new Response('Not found', { status: 404, headers: securityHeaders });
    try {
      const body = await readFile(file.filePath);
      return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': file.contentType } });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
  });
}
