/**
 * How the kiosk's own content is served, for both shells: which origin is "ours", the CSP every
 * response carries, and a path resolver that never leaves the built renderer folder.
 */
import path from 'node:path';
import { kioskContentSecurityPolicy } from '../../../shared/security/content-security-policy.ts';

/** Electron: a privileged custom scheme (never file:// and never a dev server in production). */
export const electronAppOrigin = 'app://kiosk';
/** Browser shell: a reserved, never-resolvable name answered entirely by request interception. */
export const browserAppOrigin = 'https://kiosk.backtalk.invalid';

/** The kiosk page's CSP (one source: shared/security, also written into index.html by the build). */
export const contentSecurityPolicy = kioskContentSecurityPolicy;

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
};

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Maps a request URL on our origin to a file under `rootDir`, or null when it is not ours, tries
 * to climb out, or has a type we do not serve. `/` is the app's index.html.
 */
export function resolveAppFile(rootDir: string, requestUrl: string, origin: string): { filePath: string; contentType: string } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.origin !== origin && `${url.protocol}//${url.host}` !== origin) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  if (pathname.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${pathname}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return null;
  const contentType = contentTypes[path.extname(filePath).toLowerCase()];
  return contentType ? { filePath, contentType } : null;
}

/** The IPC sender check both shells use: the main frame of our own page, nothing else. */
export function isTrustedSenderUrl(frameUrl: string | undefined, origin: string): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return `${url.protocol}//${url.host}` === origin;
  } catch {
    return false;
  }
}
