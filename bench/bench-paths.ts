/**
 * Where the bench finds the built app. `npm run bench` builds into dist/ first; BACKTALK_RENDERER_DIR
 * and BACKTALK_NODE_DIR point at a private build instead (as the e2e tests do), so a bench can run
 * while someone else rebuilds dist/.
 */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const rendererDir = process.env['BACKTALK_RENDERER_DIR'] ?? fileURLToPath(new URL('../dist/renderer', import.meta.url));
export const nodeDir = process.env['BACKTALK_NODE_DIR'] ?? fileURLToPath(new URL('../dist/node', import.meta.url));
/** The CUPS queue the bench prints to (a cups-pdf printer; scripts/cups-test-setup.sh makes it). */
export const benchPrinter = process.env['BACKTALK_TEST_PRINTER'] ?? 'KioskPDF';
