/**
 * The Node side: the Electron main process, the browser shell launcher and the command-line tools,
 * as ES modules. Only package.json's runtime `dependencies` stay external (electron-builder ships
 * exactly those in app.asar); anything else the Node side imports (react-dom/server, say) is
 * bundled, so moving a package to devDependencies can never break the packaged app.
 * tests/unit/build/packaged-app.test.ts checks the built imports against the shipped modules.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const shipped = Object.keys(dependencies).flatMap((name) => [name, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`)]);
// playwright-core: only the browser shell (a dev and test tool, never started by the packaged app).
const external = [/^node:/, ...builtinModules, 'electron', /^playwright-core/, ...shipped];

export default defineConfig({
  // Everything not in `dependencies` is bundled, React included: the printouts are React
  // components rendered to HTML in the main process, and React ships in the renderer bundle only.
  ssr: { noExternal: true },
  // React's production build only (nothing else on the Node side reads NODE_ENV).
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('../dist/node', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
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
