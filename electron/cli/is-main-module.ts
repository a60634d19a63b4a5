import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * True when the module at `moduleUrl` is the program being run (through tsx, the bundle, or an
 * npm bin link, which is why paths are compared after resolving links), not a module a test imports.
 */
export function isMainModule(moduleUrl: string, fallbackName: RegExp): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return fallbackName.test(entry);
  }
}
