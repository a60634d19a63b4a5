import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { currentSettingsVersion, parseSettingsFile } from '../../../../electron/core/settings/settings-migrations.ts';
import { createSettingsStore } from '../../../../electron/core/settings/settings-store.ts';
import { defaultKioskSettings } from '../../../../shared/settings/kiosk-settings.ts';

const logLines: string[] = [];
const logger = createStreamLogger(
  new Writable({
    write: (chunk, _e, done) => {
      logLines.push(String(chunk));
      done();
    },
  }),
);
let dataDir = '';
const file = () => path.join(dataDir, 'settings.json');
const lastGood = () => path.join(dataDir, 'settings.last-good.json');
const readJson = (target: string) => JSON.parse(readFileSync(target, 'utf8')) as unknown;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-settings-'));
  logLines.length = 0;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('settings store', () => {
  it('starts from the initial settings, then writes a versioned file and its last good copy', async () => {
    const store = createSettingsStore({ dataDir, logger, initial: { clinicName: 'Riverside' } });
    expect(store.get().clinicName).toBe('Riverside');
    expect(existsSync(file())).toBe(false);
    await store.update({ idleSeconds: 120 });
    const written = readJson(file());
    expect(written).toEqual({ schemaVersion: currentSettingsVersion, settings: { ...defaultKioskSettings, clinicName: 'Riverside', idleSeconds: 120 } });
    expect(readJson(lastGood())).toEqual(written);
    expect(createSettingsStore({ dataDir, logger }).get().idleSeconds).toBe(120);
  });

  it('keeps every change when staff tap faster than the disk writes (each change builds on the one before)', async () => {
    const store = createSettingsStore({ dataDir, logger });
    // Staff tapping Less three times, then "Ask the patient first", without waiting for the saves.
    const taps = [
      store.update({ idleSeconds: 75 }),
      store.update({ idleSeconds: 60 }),
      store.update({ thankYouSeconds: 10 }),
      store.update({ printMode: 'ask' }),
    ];
    await Promise.all(taps);
    const expected = { idleSeconds: 60, thankYouSeconds: 10, printMode: 'ask' };
    expect(store.get()).toMatchObject(expected);
    expect((readJson(file()) as { settings: unknown }).settings).toMatchObject(expected);
    expect(createSettingsStore({ dataDir, logger }).get()).toMatchObject(expected);
  });

  it('a refused change does not stop the ones after it', async () => {
    const store = createSettingsStore({ dataDir, logger });
    const refused = store.update({ idleSeconds: 3 });
    const accepted = store.update({ printMode: 'ask' });
    await expect(refused).rejects.toMatchObject({ code: 'bad-request' });
    await expect(accepted).resolves.toMatchObject({ printMode: 'ask', idleSeconds: defaultKioskSettings.idleSeconds });
  });

  it('rejects invalid values and keeps the old ones', async () => {
    const store = createSettingsStore({ dataDir, logger });
    await expect(store.update({ idleSeconds: 3 })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(store.update({ languages: ['es'], defaultLanguage: 'en' })).rejects.toMatchObject({ code: 'bad-request' });
    expect(store.get()).toEqual(defaultKioskSettings);
  });

  it('migrates a version-1 file (the bare settings object) and rewrites it as the current version', async () => {
    const { printMode: _dropped, ...v1 } = { ...defaultKioskSettings, clinicName: 'Old Clinic', idleSeconds: 45 };
    writeFileSync(file(), JSON.stringify(v1));
    const store = createSettingsStore({ dataDir, logger });
    expect(store.get()).toMatchObject({ clinicName: 'Old Clinic', idleSeconds: 45, printMode: 'auto' });
    expect(store.problems()).toEqual([]);
    await expect.poll(() => (readJson(file()) as { schemaVersion: number }).schemaVersion).toBe(currentSettingsVersion);
  });

  it("migrates a version-2 file: the red-flag settings start at their defaults (summary printer, chime on, English, 911, this computer's zone)", () => {
    const {
      alertPrinter: _a,
      attentionChime: _c,
      staffLanguage: _l,
      emergencyNumber: _e,
      timeZone: _z,
      kioskName: _k,
      ...v2
    } = { ...defaultKioskSettings, clinicName: 'Two Clinic' };
    const parsed = parseSettingsFile({ schemaVersion: 2, settings: v2 });
    expect(parsed).toMatchObject({ ok: true, migrated: true });
    expect(parsed.ok && parsed.value).toMatchObject({
      clinicName: 'Two Clinic',
      alertPrinter: null,
      attentionChime: true,
      staffLanguage: 'en',
      emergencyNumber: '911',
      timeZone: null,
      kioskName: 'Check-in kiosk',
    });
  });

  it('accepts IANA time zones the runtime knows and names any other as invalid', () => {
    const file = (timeZone: string | null) => ({ schemaVersion: currentSettingsVersion, settings: { ...defaultKioskSettings, timeZone } });
    expect(parseSettingsFile(file('America/Chicago')).ok).toBe(true);
    expect(parseSettingsFile(file(null)).ok).toBe(true);
    expect(parseSettingsFile(file('Mars/Olympus_Mons'))).toMatchObject({ ok: false, kind: 'invalid', fields: ['timeZone'] });
  });

  it('reports a file from a newer version instead of guessing', () => {
    expect(parseSettingsFile({ schemaVersion: currentSettingsVersion + 1, settings: {} })).toEqual({ ok: false, kind: 'newer-version', fields: [] });
  });

  it('never bricks on a corrupt file: starts from the last good copy and says what was wrong', async () => {
    await createSettingsStore({ dataDir, logger }).update({ clinicName: 'Good Copy Clinic' });
    writeFileSync(file(), '{"schemaVersion": 2, "settings": {"clinicNa');
    const store = createSettingsStore({ dataDir, logger });
    expect(store.get().clinicName).toBe('Good Copy Clinic');
    expect(store.problems()).toEqual([{ source: 'settings-file', kind: 'not-json', fields: [], recovery: 'last-good-copy', file: file() }]);
    // The damaged file is kept for IT; the next save repairs the real one and clears the report.
    expect(readFileSync(path.join(dataDir, 'settings.invalid.json'), 'utf8')).toContain('clinicNa');
    await store.update({ clinicPhone: '555-0100' });
    expect(store.problems()).toEqual([]);
    expect(createSettingsStore({ dataDir, logger }).get()).toMatchObject({ clinicName: 'Good Copy Clinic', clinicPhone: '555-0100' });
  });

  it('names the invalid settings (never their values) and falls back to defaults without a good copy', () => {
    writeFileSync(file(), JSON.stringify({ schemaVersion: 2, settings: { ...defaultKioskSettings, idleSeconds: -4, paperSize: 'tabloid' } }));
    const store = createSettingsStore({ dataDir, logger, initial: { clinicName: 'Initial' } });
    expect(store.get().clinicName).toBe('Initial');
    expect(store.problems()[0]).toMatchObject({ kind: 'invalid', recovery: 'defaults' });
    expect(store.problems()[0]?.fields.sort()).toEqual(['idleSeconds', 'paperSize']);
    expect(logLines.join('')).toContain('settings file unusable');
    expect(logLines.join('')).not.toContain('tabloid');
  });

  it('with both copies unusable, the settings count as lost until staff save them; a new install or a good copy is not lost', async () => {
    // Found in review: the kiosk ran on factory settings (printer, alert printer, emergency
    // number) with only a note on the staff screen. Lost settings now close it to patients.
    expect(createSettingsStore({ dataDir, logger }).lost()).toBe(false);
    await createSettingsStore({ dataDir, logger }).update({ clinicName: 'Good Copy Clinic' });
    writeFileSync(file(), '{"schemaVersion": 2, "settings": {"clinicNa');
    expect(createSettingsStore({ dataDir, logger }).lost()).toBe(false);
    writeFileSync(file(), '{"schemaVersion": 2, "settings": {"clinicNa');
    writeFileSync(path.join(dataDir, 'settings.last-good.json'), 'not json at all');
    const store = createSettingsStore({ dataDir, logger });
    expect(store.lost()).toBe(true);
    expect(store.get().emergencyNumber).toBe('911');
    // Staff confirm what they see: saved as it is, no longer lost, also after a restart.
    await store.update({});
    expect(store.lost()).toBe(false);
    expect(createSettingsStore({ dataDir, logger }).lost()).toBe(false);
  });

  it('lays provisioned settings on top and refuses to change them (managed)', async () => {
    await createSettingsStore({ dataDir, logger }).update({ clinicName: 'Stored Name', idleSeconds: 60 });
    const store = createSettingsStore({ dataDir, logger, provisioned: { clinicName: 'Provisioned Clinic', languages: ['es'] } });
    expect(store.get()).toMatchObject({ clinicName: 'Provisioned Clinic', languages: ['es'], defaultLanguage: 'es', idleSeconds: 60 });
    expect(store.managedKeys()).toEqual(['clinicName', 'languages']);
    await expect(store.update({ clinicName: 'Staff Edit' })).rejects.toMatchObject({ code: 'managed-setting' });
    await store.update({ idleSeconds: 75 });
    expect(store.get()).toMatchObject({ clinicName: 'Provisioned Clinic', idleSeconds: 75 });
  });
});
