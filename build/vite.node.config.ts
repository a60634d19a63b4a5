/**
 * The Node side: the Electron main process, the browser shell launcher and the command-line tools,
 * as ES modules with their npm dependencies left external (they ship in node_modules).
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const external = [/^node:/, ...builtinModules, 'electron', /^playwright-core/, 'pino', /^pino\//, 'qrcode', 'write-file-atomic', 'zod', /^zod\//];

export default defineConfig({
  // The printouts are React components rendered to HTML in the main process: bundle React here, so
  // the main process does not depend on React being installed beside it (the renderer bundles its own).
  ssr: { noExternal: ['react', 'react-dom'] },
  // React's production build only (nothing else on the Node side reads NODE_ENV).
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('../dist/node', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('../electron/main/main.ts', import.meta.url)),
        'launch-browser-shell': fileURLToPath(new URL('../electron/browser-shell/launch-browser-shell.ts', import.meta.url)),
        'assess-cli': fileURLToPath(new URL('../electron/cli/assess-cli.ts', import.meta.url)),
      },
      external,
      output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
