/**
 * The committed app icons are what build/resources/icon.svg draws today (`npm run icons` makes them;
 * a changed SVG without new icons fails here). Real Chromium and ImageMagick.
 */
import { describe, expect, it } from 'vitest';
import { staleIcons } from '../../../scripts/make-icons.ts';

describe('app icons', () => {
  it('match a fresh drawing of icon.svg, in every size electron-builder looks for', async () => {
    expect(await staleIcons()).toEqual([]);
  }, 120_000);
});
