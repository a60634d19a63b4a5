/** The touchscreen app: minified, relative asset paths (served from app:// or the browser shell). */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { kioskContentSecurityPolicyMeta } from '../shared/security/content-security-policy.ts';

const root = fileURLToPath(new URL('../renderer', import.meta.url));

const cspPlaceholder = '<!-- CSP meta tag: written here by the build (build/vite.renderer.config.ts) -->';

/** Writes the kiosk's CSP into index.html's meta tag, from the one source the shells' header uses. */
export function contentSecurityPolicyMetaTag(): Plugin {
  return {
    name: 'backtalk-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(cspPlaceholder)) throw new Error(`renderer/index.html lacks the ${cspPlaceholder} placeholder for the CSP meta tag`);
        return html.replace(cspPlaceholder, `<meta http-equiv="Content-Security-Policy" content="${kioskContentSecurityPolicyMeta}" />`);
      },
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMetaTag()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    cssMinify: true,
    sourcemap: false,
    target: 'chrome120',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
