import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  browserAppOrigin,
  contentSecurityPolicy,
  electronAppOrigin,
  isTrustedSenderUrl,
  resolveAppFile,
} from '../../../../electron/core/app-content/app-content.ts';
import { contentSecurityPolicyMetaTag } from '../../../../build/vite.renderer.config.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'backtalk-app-content-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
writeFileSync(path.join(root, 'assets', 'index.js'), '');

describe('serving the renderer', () => {
  it.each([electronAppOrigin, browserAppOrigin])('maps %s/ to index.html and assets to their files', (origin) => {
    expect(resolveAppFile(root, `${origin}/`, origin)).toEqual({ filePath: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveAppFile(root, `${origin}/assets/index.js?v=1`, origin)?.filePath).toBe(path.join(root, 'assets', 'index.js'));
  });

  it.each([
    `${electronAppOrigin}/../../etc/passwd`,
    `${electronAppOrigin}/%2e%2e/%2e%2e/etc/passwd`,
    `${electronAppOrigin}/assets/..%2f..%2f..%2fetc/passwd`,
    `${electronAppOrigin}/index.html%00.js`,
  ])('never climbs out of the renderer folder for %s', (url) => {
    const file = resolveAppFile(root, url, electronAppOrigin);
    expect(file === null || file.filePath.startsWith(root + path.sep)).toBe(true);
    expect(file?.filePath ?? '').not.toContain('passwd');
  });

  it.each(['app://evil/index.html', 'file:///etc/passwd', 'https://example.com/index.html', `${electronAppOrigin}/notes.txt`, 'not a url'])(
    'serves nothing for %s (foreign origin or a type we do not serve)',
    (url) => {
      expect(resolveAppFile(root, url, electronAppOrigin)).toBeNull();
    },
  );
});

describe('who may call the main process', () => {
  it('trusts only our own origin', () => {
    expect(isTrustedSenderUrl(`${electronAppOrigin}/`, electronAppOrigin)).toBe(true);
    expect(isTrustedSenderUrl(`${browserAppOrigin}/index.html`, browserAppOrigin)).toBe(true);
    for (const url of [undefined, '', 'about:blank', 'https://kiosk.backtalk.invalid.evil.com/', 'app://kiosk.evil/', 'data:text/html,x', 'file:///']) {
      expect(isTrustedSenderUrl(url, electronAppOrigin) || isTrustedSenderUrl(url, browserAppOrigin)).toBe(false);
    }
  });
});

describe('content security policy', () => {
  it('allows only our own scripts and no network', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("connect-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('is one policy: the built index.html meta tag carries every directive of the header except the header-only frame-ancestors', () => {
    const plugin = contentSecurityPolicyMetaTag();
    const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
    const built = transform.handler(readFileSync(fileURLToPath(new URL('../../../../renderer/index.html', import.meta.url)), 'utf8'));
    const metas = [...built.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((match) => match[1]);
    expect(metas).toHaveLength(1);
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean);
    expect(directives(metas[0] ?? '')).toEqual(directives(contentSecurityPolicy).filter((directive) => !directive.startsWith('frame-ancestors')));
  });
});
