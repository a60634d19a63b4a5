// The cold-start baseline: a fresh Node process launches the same Chromium with the same flags,
// opens an empty page with one button, prints "ready" once the button is visible, and exits.
//   node bench/baseline/launch-empty-page.mjs <chromium path> '<flags as JSON>'
import { chromium } from 'playwright-core';

const [executablePath, flags] = process.argv.slice(2);
if (!executablePath || !flags) throw new Error('usage: launch-empty-page.mjs <chromium path> <flags JSON>');
const browser = await chromium.launch({ executablePath, headless: true, args: JSON.parse(flags) });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true, locale: 'en-US' });
const page = await context.newPage();
await page.setContent('<!doctype html><html lang="en"><title>Empty</title><button type="button">Start</button></html>');
await page.getByRole('button', { name: 'Start' }).waitFor();
console.log('ready');
await browser.close();
