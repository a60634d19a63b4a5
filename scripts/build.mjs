// npm run build: the renderer, then the Node side (main, browser shell, tools), then the preload.
import { build } from 'vite';

for (const config of ['build/vite.renderer.config.ts', 'build/vite.node.config.ts', 'build/vite.preload.config.ts']) {
  await build({ configFile: config, logLevel: 'warn' });
}
console.log('Built dist/renderer and dist/node.');
