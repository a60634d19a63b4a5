/** The touchscreen app: minified, relative asset paths (served from app:// or the browser shell). */
import react from '@vitejs/plugin-react';
import path from 'node:path';
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

/**
 * Preloads the fonts the first stylesheet uses. The kiosk sets its text with `font-display: block`
 * (no jump from a fallback face), so until a font arrives Chromium paints its text invisible:
 * without a preload the fonts are asked for only once the app has rendered, and the welcome's
 * start buttons stand empty for that round trip. `crossorigin`: fonts are fetched in CORS mode,
 * and a preload in another mode is not reused (the font would be fetched twice).
 */
export function preloadFirstScreenFonts(): Plugin {
  return {
    name: 'backtalk-preload-fonts',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const entryCss = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' && output.isEntry ? [...(output.viteMetadata?.importedCss ?? [])] : [],
        );
        const cssText = entryCss.map((fileName) => {
          const asset = bundle[fileName];
          return asset?.type === 'asset' ? String(asset.source) : '';
        });
        return Object.values(bundle)
          .filter((output) => output.type === 'asset' && output.fileName.endsWith('.woff2'))
          .filter((font) => cssText.some((css) => css.includes(path.posix.basename(font.fileName))))
          .map((font) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${font.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMetaTag(), preloadFirstScreenFonts()],
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
