import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(defaultProvisionFilePath({}, 'win32')).toBe('C:\\ProgramData\\Backtalk\\provision.json');
    expect(defaultProvisionFilePath({ BACKTALK_PROVISION_FILE: '/srv/kiosk.json' }, 'linux')).toBe('/srv/kiosk.json');
  });

  it('is optional', () => {
    expect(loadProvisioning(file)).toEqual({ provisioning: null, problem: null });
  });

  it('sets settings and the PIN hash', async () => {
    const staffPinHash = await hashPin('8642');
    writeFileSync(file, JSON.stringify({ version: 1, settings: { clinicName: 'Lakeside PT', printer: 'FrontDesk', paperSize: 'a4', idleSeconds: 60 }, staffPinHash }));
    const { provisioning, problem } = loadProvisioning(file);
    expect(problem).toBeNull();
    expect(provisioning?.settings).toEqual({ clinicName: 'Lakeside PT', printer: 'FrontDesk', paperSize: 'a4', idleSeconds: 60 });
    expect(provisioning?.staffPinHash && (await verifyPin('8642', provisioning.staffPinHash))).toBe(true);
  });

  it.each([
    ['not JSON', '{"version": 1,', 'not-json', []],
    ['an unknown setting', JSON.stringify({ version: 1, settings: { clinicColour: 'red' } }), 'invalid', ['(root)']],
    ['a bad value', JSON.stringify({ version: 1, settings: { idleSeconds: 2 } }), 'invalid', ['idleSeconds']],
    ['a default language not offered', JSON.stringify({ version: 1, settings: { languages: ['es'], defaultLanguage: 'en' } }), 'invalid', ['defaultLanguage']],
    ['a PIN in plain text', JSON.stringify({ version: 1, staffPinHash: '2468' }), 'invalid', ['staffPinHash']],
    ['a newer version', JSON.stringify({ version: 2 }), 'newer-version', []],
  ])('is ignored and reported when it has %s', (_label, text, kind, fields) => {
    writeFileSync(file, text);
    const { provisioning, problem } = loadProvisioning(file);
    expect(provisioning).toBeNull();
    expect(problem).toMatchObject({ source: 'provisioning-file', kind, recovery: 'ignored', file });
    if (kind === 'invalid' && fields[0] !== '(root)') expect(problem?.fields).toEqual(fields);
  });
});
