/**
 * Every picture and relative link in the project's Markdown points at a file that exists: the
 * README's first image was once a broken link after the screenshots moved into folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const skipDirs = new Set(['node_modules', '.git', 'dist', 'release', 'test-results', 'playwright-report']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return skipDirs.has(entry.name) ? [] : markdownFiles(path.join(dir, entry.name));
    return entry.name.endsWith('.md') ? [path.join(dir, entry.name)] : [];
  });
}

/** Targets of `[text](target)` and `![alt](target)` that are files of this repository. */
function localTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] as string)
    .filter((target) => !/^(?:[a-z]+:|#)/i.test(target))
    .map((target) => decodeURIComponent(target.split('#')[0] as string));
}

describe('Markdown links', () => {
  it('reads links the way a renderer does', () => {
    expect(localTargets('![a](docs/x.png) [b](https://e.org) [c](#top) [d](INSTALL.md#step-1)')).toEqual(['docs/x.png', 'INSTALL.md']);
  });

  it('every local image and link in README.md and docs/ resolves to a file', () => {
    const broken = markdownFiles(root).flatMap((file) =>
      localTargets(readFileSync(file, 'utf8'))
        .filter((target) => !existsSync(path.resolve(path.dirname(file), target)))
        .map((target) => `${path.relative(root, file)} → ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
