/**
 * Run by kiosk-driver-tap.test.ts under tsx, the runner of the scripts and the bench that drive
 * the kiosk: it taps a tile and the main action through the driver and prints what the page got.
 */
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { KioskDriver } from '../../../electron/browser-shell/kiosk-driver/kiosk-driver.ts';

const browser = await launchHeadlessChromium();
try {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html>
    <div class="tiles"><button class="tile" data-code="neck" aria-pressed="false">Neck</button></div>
    <div class="screen__footer"><button class="button--primary">Next</button></div>
    <script>
      window.taps = [];
      document.addEventListener('click', (event) => {
        window.taps.push(event.target.textContent);
        if (event.target.classList.contains('tile')) event.target.setAttribute('aria-pressed', 'true');
      });
    </script>`);
  const kiosk = new KioskDriver(page, { stepTimeoutMs: 5000 });
  await kiosk.answer('neck');
  await kiosk.next();
  console.log(JSON.stringify(await page.evaluate('window.taps')));
} finally {
  await browser.close();
}
