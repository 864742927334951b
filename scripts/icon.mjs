// npm run icon: renders media/icon.svg to media/icon.png (128x128, transparent corners), the
// extension's icon, with the headless Chromium the integration tests use.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BROWSER_ARGS, prepare, root } from '../test/runners/vscode-web.mjs';

const { playwright, executablePath } = prepare();
const browser = await playwright.chromium.launch({ headless: true, executablePath, args: ['--no-sandbox', ...BROWSER_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${readFileSync(path.join(root, 'media', 'icon.svg'), 'utf8')}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(root, 'media', 'icon.png'), omitBackground: true });
  console.log('wrote media/icon.png');
} finally {
  await browser.close();
}
