/**
 * The preview walkthrough's printer: a folder. It stands where CUPS stands (the print service,
 * the summary layout and the PDF renderer are the kiosk's own), so the walkthrough shows the
 * sheet a patient would get without sending paper to whatever printer the developer's machine
 * has. Only the headless preview uses it, with made-up answers.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CupsClient, CupsJobState } from '../core/printing/cups-client.ts';

export const folderPrinterName = 'Walkthrough-folder';

export function createFolderPrinter(folder: string): CupsClient & { readonly printed: readonly string[] } {
  const printed: string[] = [];
  const jobs = new Map<string, CupsJobState>();
  return {
    printed,
    async submit(pdf, options) {
      const number = printed.length + 1;
      const file = path.join(folder, `printed-${String(number).padStart(2, '0')}-${options.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`);
      writeFileSync(file, pdf);
      printed.push(file);
      const jobId = `${folderPrinterName}-${number}`;
      jobs.set(jobId, 'completed');
      return { jobId, printer: folderPrinterName };
    },
    async jobState(jobId) {
      return jobs.get(jobId) ?? 'unknown';
    },
    async cancel(jobId) {
      if (jobs.has(jobId)) jobs.set(jobId, 'canceled');
    },
    async listPrinters() {
      return [{ name: folderPrinterName, enabled: true, accepting: true, message: '', isDefault: true }];
    },
    async isSchedulerRunning() {
      return true;
    },
    async isInstalled() {
      return true;
    },
  };
}
