/**
 * A browser shell for tools that run outside the test runner (screenshots, bench): a throwaway
 * data folder with a staff PIN already set, a silent log, and the given settings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { startBrowserShell, type BrowserShell } from '../browser-shell.ts';
import { createStreamLogger, type Logger } from '../../core/logging/logger.ts';
import { hashPin } from '../../core/staff/pin-hash.ts';
import { seedStaffPinHash } from '../../core/staff/staff-state-store.ts';
import type { CupsClient } from '../../core/printing/cups-client.ts';
import type { KioskSettings } from '../../../shared/settings/kiosk-settings.ts';

export interface PatientShell {
  readonly shell: BrowserShell;
  close: () => Promise<void>;
}

export async function startPatientShell(options: {
  rendererDir: string;
  viewport: { width: number; height: number };
  settings?: Partial<KioskSettings>;
  /** Where the core logs (default: nowhere). */
  logger?: Logger;
  /** The print system (default: the machine's CUPS). */
  cups?: CupsClient;
  /** The page's "reduce motion" setting (default: Chromium's, no preference). */
  reducedMotion?: 'reduce' | 'no-preference';
}): Promise<PatientShell> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-tool-'));
  await seedStaffPinHash(dataDir, await hashPin('97531'));
  const shell = await startBrowserShell({
    rendererDir: options.rendererDir,
    dataDir,
    headless: true,
    logger: options.logger ?? createStreamLogger(new PassThrough().resume()),
    viewport: options.viewport,
    ...(options.cups ? { cups: options.cups } : {}),
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
    provisionFile: path.join(dataDir, 'provision.json'),
    initialSettings: { clinicName: 'Riverside Physical Therapy', clinicPhone: '555-0134', printMode: 'ask', ...options.settings },
  });
  return {
    shell,
    async close() {
      await shell.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
