/**
 * `npm run icons [-- --check]`: the app icon in every size electron-builder looks for, drawn from
 * build/resources/icon.svg. Chromium draws the SVG (ImageMagick here has no SVG reader), ImageMagick
 * scales it and packs the Windows .ico. Outputs, all in build/resources (electron-builder's
 * buildResources):
 *   icon.png            512 px: the Linux icon (AppImage, deb) and the fallback everywhere
 *   icons/<n>x<n>.png   the Linux icon set, 16 to 512 px
 *   icon.ico            Windows (NSIS, Backtalk.exe): 16 to 256 px in one file
 * `--check` draws them again in a scratch folder and fails if any committed file is missing or
 * looks different (pixel comparison, so a newer Chromium's anti-aliasing does not count).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchHeadlessChromium } from '../electron/browser-shell/chromium.ts';

const resources = fileURLToPath(new URL('../build/resources/', import.meta.url));
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const windowsIconSizes = [16, 24, 32, 48, 64, 128, 256] as const;
const masterSize = 1024;

/** Every file this script writes, relative to build/resources. */
export const iconFiles = ['icon.png', 'icon.ico', ...linuxIconSizes.map((size) => `icons/${size}x${size}.png`)];

// No timestamps or tool names in the PNGs, so drawing the same SVG twice gives the same bytes.
const reproducible = ['-strip', '-define', 'png:exclude-chunks=date,time,tEXt,zTXt,iTXt'];

async function drawMaster(svgFile: string, pngFile: string): Promise<void> {
  const svg = readFileSync(svgFile, 'utf8');
  const browser = await launchHeadlessChromium();
  try {
    const page = await browser.newPage({ viewport: { width: masterSize, height: masterSize } });
    const sized = svg.replace(/<svg\b([^>]*?)\swidth="\d+"\s+height="\d+"/, `<svg$1 width="${masterSize}" height="${masterSize}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: pngFile, omitBackground: true, clip: { x: 0, y: 0, width: masterSize, height: masterSize } });
  } finally {
    await browser.close();
  }
}

export async function makeIcons(outDir: string, svgFile = path.join(resources, 'icon.svg')): Promise<void> {
  mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'backtalk-icon-'));
  try {
    const master = path.join(scratch, 'master.png');
    await drawMaster(svgFile, master);
    const scaled = (size: number, file: string) =>
      execFileSync('convert', [master, '-filter', 'Lanczos', '-resize', `${size}x${size}`, ...reproducible, `PNG32:${file}`]);
    for (const size of linuxIconSizes) scaled(size, path.join(outDir, 'icons', `${size}x${size}.png`));
    scaled(512, path.join(outDir, 'icon.png'));
    const frames = windowsIconSizes.map((size) => path.join(outDir, 'icons', `${size}x${size}.png`));
    execFileSync('convert', [...frames, path.join(outDir, 'icon.ico')]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The committed icons that are missing or differ from a fresh drawing of the SVG. */
export async function staleIcons(): Promise<string[]> {
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'backtalk-icon-check-'));
  try {
    await makeIcons(fresh);
    return iconFiles.filter((file) => {
      const committed = path.join(resources, file);
      if (!existsSync(committed)) return true;
      // One comparison per image: the .ico holds one frame per size.
      const frames = file.endsWith('.ico') ? windowsIconSizes.map((_size, index) => `[${index}]`) : [''];
      return frames.some((frame) => {
        // AE: the count of pixels that differ by more than the fuzz; `compare` exits 1 when some do.
        const result = spawnSync('compare', ['-metric', 'AE', '-fuzz', '8%', `${committed}${frame}`, `${path.join(fresh, file)}${frame}`, 'null:'], {
          encoding: 'utf8',
        });
        return result.status !== 0 || Number(result.stderr.trim()) > 0;
      });
    });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--check')) {
    const stale = await staleIcons();
    if (stale.length > 0) {
      console.error(`These icons do not match build/resources/icon.svg; run npm run icons: ${stale.join(', ')}`);
      process.exitCode = 1;
    } else console.log('The icons match build/resources/icon.svg.');
  } else {
    await makeIcons(resources);
    console.log(`Wrote ${iconFiles.length} icons to build/resources/.`);
  }
}
