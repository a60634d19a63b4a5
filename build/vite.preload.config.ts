/** The sandboxed preload: one CommonJS file, everything bundled but `electron` (sandboxed preloads cannot require). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('../dist/node', import.meta.url)),
    emptyOutDir: false,
    target: 'chrome120',
    minify: false,
    rolldownOptions: {
      input: { preload: fileURLToPath(new URL('../electron/preload/preload.ts', import.meta.url)) },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
  ssr: { noExternal: true },
});
