// npm run screenshots: real screenshots of the extension in the VS Code web build for the
// README (media/*.png): a hover, the Problems panel with a quick fix, the Sources & Speakers
// view, the desk's annotations, the sourcing report. Serves the workbench offline with @vscode/test-web and drives headless Chromium.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROWSER_ARGS, dataDir, prepare, quietNoise, root } from '../test/runners/vscode-web.mjs';

const { commit, playwright, testWeb, executablePath } = prepare();
quietNoise();
const port = Number(process.env.ARTICLE_LENS_SHOT_PORT ?? 3010);
const server = await testWeb.open({
  browserType: 'none', quality: 'stable', commit, testRunnerDataDir: dataDir,
  extensionDevelopmentPath: root, folderPath: path.join(root, 'test', 'fixtures', 'workspace'), port,
});
// A persistent profile (not Playwright's incognito context) that allows third-party cookies:
// webviews register a service worker in a cross-origin frame, which incognito Chromium denies.
const profile = mkdtempSync(path.join(os.tmpdir(), 'article-lens-shots-'));
mkdirSync(path.join(profile, 'Default'));
writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
const browser = await playwright.chromium.launchPersistentContext(profile, { headless: true, executablePath, viewport: { width: 1280, height: 760 }, args: ['--no-sandbox', ...BROWSER_ARGS] });
const page = browser.pages()[0] ?? await browser.newPage();
const shot = async (name) => {
  await page.screenshot({ path: path.join(root, 'media', `${name}.png`) });
  console.log(`wrote media/${name}.png`);
};
const command = async (title) => {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(title);
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
};
const openFile = async (name) => {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick();
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.waitForTimeout(1500);
};
try {
  await page.goto(`http://localhost:${port}/`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForTimeout(3000);
  await openFile('sample.article');
  // Put the cursor on "Lavrov" before his first quotation's attribution, then show the hover.
  await page.keyboard.press('Control+F');
  await page.keyboard.type('Lavrov said at a news');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await command('Show or Focus Hover');
  await page.waitForTimeout(1200);
  await shot('hover');
  await page.mouse.move(5, 700);
  await command('Article Lens: Show Sources & Speakers');
  await page.waitForTimeout(1500);
  await shot('tree');
  await openFile('unattributed.article');
  await command('View: Focus Problems');
  await page.waitForTimeout(800);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-editor .view-lines').first().click();
  await command('Article Lens: Go to Next Unattributed Quotation');
  await page.keyboard.press('Control+.');
  await page.waitForTimeout(1200);
  await shot('problems');
  // The desk's annotations: a note and status in the hover, statuses and an orphaned note in the view.
  await page.keyboard.press('Escape');
  await command('View: Close Panel');
  await openFile('desk.article');
  await page.keyboard.press('Control+F');
  await page.keyboard.type('another month to count');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await command('Article Lens: Show Sources & Speakers');
  await page.waitForTimeout(1200);
  // Room for the view: the file list folded away, Okafor's quotation (with its status) shown.
  await page.locator('.pane-header', { hasText: 'Test Files' }).first().click();
  await page.waitForTimeout(500);
  await page.locator('.monaco-list-row', { hasText: 'Mara Okafor' }).first().click();
  await page.waitForTimeout(800);
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('another month to count');
  await page.keyboard.press('Escape');
  await command('Show or Focus Hover');
  await page.waitForTimeout(1200);
  await shot('annotations');
  // The sourcing report of the whole workspace, in its panel.
  await page.keyboard.press('Escape');
  await command('Article Lens: Sourcing Report');
  await page.keyboard.type('Whole workspace');
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(3000);
  await command('View: Close Primary Side Bar');
  await page.waitForTimeout(1000);
  await shot('report');
} finally {
  await browser.close();
  server.dispose();
}
process.exit(0);
