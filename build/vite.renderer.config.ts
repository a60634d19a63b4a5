/** The touchscreen app: minified, relative asset paths (served from app:// or the browser shell). */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
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
