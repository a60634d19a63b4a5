// npm run build: the renderer, then the Node side (main, browser shell, tools), then the preload.
import { build } from 'vite';

// Always the production build, whoever runs it: under vitest NODE_ENV is "test", and Vite then
// bundled React's development build (StrictMode's double effects and all) for the e2e tests.
process.env.NODE_ENV = 'production';

for (const config of ['build/vite.renderer.config.ts', 'build/vite.node.config.ts', 'build/vite.preload.config.ts']) {
  await build({ configFile: config, logLevel: 'warn' });
}
console.log('Built dist/renderer and dist/node.');
