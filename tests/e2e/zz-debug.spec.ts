import { test } from '@playwright/test';
import { CHROME_ARGS, findChrome } from '../browser';
test.use({ launchOptions: { executablePath: findChrome(), args: [...CHROME_ARGS, '--disable-webgl', '--disable-3d-apis'] } });
for (let i = 0; i < 4; i++) test('dbg ' + i, async ({ page }) => {
  const t0 = Date.now();
  page.on('pageerror', e => console.log(i, 'PAGEERROR', Date.now() - t0, e.stack));
  page.on('console', m => console.log(i, 'CONSOLE', m.type(), m.text()));
  page.on('framenavigated', f => console.log(i, 'NAV', Date.now() - t0, f.url()));
  await page.goto('/');
  console.log(i, 'loaded', Date.now() - t0, await page.locator('[data-map]').getAttribute('data-camera'));
  await page.evaluate(() => { const s = document.querySelector('section[data-step="geneva"]') as HTMLElement; window.scrollTo(0, s.getBoundingClientRect().top + scrollY - innerHeight*0.3); });
  for (let k = 0; k < 10; k++) { await page.waitForTimeout(500); console.log(i, Date.now() - t0, await page.locator('[data-map]').evaluate(e => [e.getAttribute('data-camera'), e.getAttribute('data-map-step'), document.querySelector('[data-active-step]')!.getAttribute('data-active-step'), location.hash].join(' | '))); }
});
