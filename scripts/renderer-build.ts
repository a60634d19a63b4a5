/**
 * Builds the renderer with the project's vite config into a private folder (never dist/, which
 * others may be testing) and reports what went into the JavaScript, module by module.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

export interface RendererBuild {
  readonly outDir: string;
  /** Rendered (minified, not gzipped) bytes per source module or npm package, largest first. */
  readonly moduleBytes: readonly { readonly module: string; readonly bytes: number }[];
}

const configFile = fileURLToPath(new URL('../build/vite.renderer.config.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** An npm package's name, or the repo-relative path of one of our files. */
function moduleName(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return inPackage ? (inPackage[1] as string) : id.replace(repoRoot, '').replace(/^\0/, '');
}

export async function buildRenderer(outDir: string): Promise<RendererBuild> {
  const result = await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true, write: true } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const bytes = new Map<string, number>();
  for (const output of outputs) {
    for (const chunk of output.output) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      for (const [id, info] of Object.entries(chunk.modules)) bytes.set(moduleName(id), (bytes.get(moduleName(id)) ?? 0) + info.renderedLength);
    }
  }
  const moduleBytes = [...bytes].map(([module, size]) => ({ module, bytes: size })).sort((a, b) => b.bytes - a.bytes);
  return { outDir, moduleBytes };
}
