import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultProvisionFilePath, loadProvisioning } from '../../../../electron/core/settings/provisioning.ts';
import { hashPin, verifyPin } from '../../../../electron/core/staff/pin-hash.ts';

let dir = '';
let file = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-provision-'));
  file = path.join(dir, 'provision.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('provisioning file', () => {
  it('lives at the documented path per OS, unless BACKTALK_PROVISION_FILE says otherwise', () => {
    expect(defaultProvisionFilePath({}, 'linux')).toBe('/etc/backtalk/provision.json');
    expect(defaultProvisionFilePath({ ProgramData: 'D:\\ProgramData' }, 'win32')).toBe('D:\\ProgramData\\Backtalk\\provision.json');
    // Found in review: a packaged kiosk took ProgramData from the environment, which a user can set
    // for themselves, and so read a provisioning file (a PIN hash) from a folder of their own.
    expect(defaultProvisionFilePath({ ProgramData: 'C:\\Users\\kiosk\\AppData\\Local\\mine' }, 'win32', { packaged: true })).toBe(
      'C:\\ProgramData\\Backtalk\\provision.json',
    );
    expect(defaultProvisionFilePath({}, 'win32')).toBe('C:\\ProgramData\\Backtalk\\provision.json');
    expect(defaultProvisionFilePath({ BACKTALK_PROVISION_FILE: '/srv/kiosk.json' }, 'linux')).toBe('/srv/kiosk.json');
  });

  it('ignores BACKTALK_PROVISION_FILE in a packaged kiosk', () => {
    expect(defaultProvisionFilePath({ BACKTALK_PROVISION_FILE: '/home/kiosk/mine.json' }, 'linux', { packaged: true })).toBe('/etc/backtalk/provision.json');
    expect(defaultProvisionFilePath({ BACKTALK_PROVISION_FILE: 'C:\\Users\\kiosk\\mine.json' }, 'win32', { packaged: true })).toBe(
      'C:\\ProgramData\\Backtalk\\provision.json',
    );
  });

  it('is optional', () => {
    expect(loadProvisioning(file)).toEqual({ provisioning: null, problem: null });
  });

  it('sets settings and the PIN hash', async () => {
    const staffPinHash = await hashPin('8642');
    writeFileSync(
      file,
      JSON.stringify({ version: 1, settings: { clinicName: 'Lakeside PT', printer: 'FrontDesk', paperSize: 'a4', idleSeconds: 60 }, staffPinHash }),
    );
    const { provisioning, problem } = loadProvisioning(file);
    expect(problem).toBeNull();
    expect(provisioning?.settings).toEqual({ clinicName: 'Lakeside PT', printer: 'FrontDesk', paperSize: 'a4', idleSeconds: 60 });
    expect(provisioning?.staffPinHash && (await verifyPin('8642', provisioning.staffPinHash))).toBe(true);
  });

  it.each([
    ['owned by another user', () => chownSync(file, 65534, 65534), 'the file is not owned by root'],
    ['writable by others', () => chmodSync(file, 0o666), 'the file is writable by group or others'],
    ['writable by its group', () => chmodSync(file, 0o664), 'the file is writable by group or others'],
    ['in a folder others can write', () => chmodSync(dir, 0o777), 'the folder is writable by group or others'],
    ['in a folder owned by another user', () => chownSync(dir, 65534, 65534), 'the folder is not owned by root'],
  ])('is refused as a whole, PIN hash included, when %s', async (_label, spoil, reason) => {
    writeFileSync(
      file,
      JSON.stringify({ version: 1, settings: { clinicName: 'Lakeside PT' }, staffPinHash: await hashPin('8642', { log2N: 14, r: 8, p: 1 }) }),
      { mode: 0o644 },
    );
    chmodSync(dir, 0o755);
    spoil();
    const { provisioning, problem } = loadProvisioning(file, { requireRootOwner: true });
    expect(provisioning).toBeNull();
    expect(problem).toMatchObject({
      source: 'provisioning-file',
      kind: 'untrusted',
      recovery: 'ignored',
      details: [{ field: '(file)', reason: expect.stringContaining(reason) }],
    });
  });

  it('is trusted when root owns it and its folder, and only root can write them', async () => {
    writeFileSync(file, JSON.stringify({ version: 1, settings: { clinicName: 'Lakeside PT' } }), { mode: 0o644 });
    chmodSync(dir, 0o755);
    expect(loadProvisioning(file, { requireRootOwner: true })).toMatchObject({ provisioning: { settings: { clinicName: 'Lakeside PT' } }, problem: null });
  });

  it.each([
    ['not JSON', '{"version": 1,', 'not-json'],
    ['no version', JSON.stringify({ settings: { clinicName: 'Lakeside PT' } }), 'invalid'],
    ['a newer version', JSON.stringify({ version: 2, settings: { clinicName: 'Lakeside PT' } }), 'newer-version'],
  ])('is ignored as a whole and reported when it has %s', (_label, text, kind) => {
    writeFileSync(file, text);
    const { provisioning, problem } = loadProvisioning(file);
    expect(provisioning).toBeNull();
    expect(problem).toMatchObject({ source: 'provisioning-file', kind, recovery: 'ignored', file });
  });

  it.each([
    ['an unknown setting', { settings: { clinicColour: 'red' } }, 'clinicColour', /not a Backtalk setting/],
    ['an unknown field', { staffPin: '2468' }, 'staffPin', /not a provisioning field/],
    ['a bad value', { settings: { idleSeconds: 2 } }, 'idleSeconds', /./],
    ['a phone number over 40 characters', { settings: { clinicPhone: '5'.repeat(41) } }, 'clinicPhone', /40/],
    ['a default language not offered', { settings: { languages: ['es'], defaultLanguage: 'en' } }, 'defaultLanguage', /languages offered/],
    ['a PIN in plain text', { staffPinHash: '2468' }, 'staffPinHash', /Not a Backtalk PIN hash/],
  ])('keeps every good field and reports the bad one when it has %s', async (_label, content, field, reason) => {
    const staffPinHash = await hashPin('8642', { log2N: 14, r: 8, p: 1 });
    const base = { version: 1, settings: { clinicName: 'Lakeside PT' }, staffPinHash };
    const merged = { ...base, ...content, settings: { ...base.settings, ...(content as { settings?: object }).settings } };
    writeFileSync(file, JSON.stringify(merged));
    const { provisioning, problem } = loadProvisioning(file);
    expect(provisioning?.settings.clinicName).toBe('Lakeside PT');
    expect(provisioning?.settings).not.toHaveProperty(field);
    if (field !== 'staffPinHash') expect(provisioning?.staffPinHash?.encoded).toBe(staffPinHash);
    expect(problem).toMatchObject({ source: 'provisioning-file', kind: 'invalid', fields: [field], recovery: 'fields-ignored', file });
    expect(problem?.details?.[0]?.reason).toMatch(reason);
    // The report names the rule, never the value.
    expect(JSON.stringify(problem)).not.toContain('5'.repeat(41));
    expect(JSON.stringify(problem)).not.toContain('"2468"');
  });
  it('names a setting called like a member of every object ("constructor", "toString") as not a setting, and starts', () => {
    // Found in review: such a key found the built-in member and threw, and the kiosk did not start.
    writeFileSync(file, JSON.stringify({ version: 1, settings: { clinicName: 'Lakeside PT', constructor: 1, toString: 'x', hasOwnProperty: true } }));
    const { provisioning, problem } = loadProvisioning(file);
    expect(provisioning?.settings.clinicName).toBe('Lakeside PT');
    expect(Object.keys(provisioning?.settings ?? {})).toEqual(['clinicName']);
    expect(problem).toMatchObject({ kind: 'invalid', fields: ['constructor', 'toString', 'hasOwnProperty'], recovery: 'fields-ignored' });
    expect(problem?.details?.map((detail) => detail.reason)).toEqual(Array(3).fill('not a Backtalk setting'));
  });
});
