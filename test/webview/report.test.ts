// The Sourcing Report's page in a real browser (Debian's Chromium, driven by playwright-core):
// the page the webview shows, with its Content Security Policy, rendered and measured. (The VS
// Code web build under @vscode/test-web runs Chromium incognito, where a webview's service worker
// may not register, so the panel's content never loads there: the page is tested here instead.)
// Fails, never skips, when no Chromium is found.
import { strict as assert } from 'node:assert';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { articleReport } from '../../src/core/report/report';
import { nonce, reportHtml } from '../../src/extension/reportHtml';
import { PIER_ARTICLE as ARTICLE } from '../shared/articles';
import { chromiumPath } from './chromium';


describe('Sourcing Report page in Chromium, under its Content Security Policy', function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    page.on('console', (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text()); });
    // The webview's API, as a stub: the page's script asks for it.
    await page.addInitScript(() => { (globalThis as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: () => undefined }); });
    const html = reportHtml([articleReport('pier.article', analyze(ARTICLE))], 'vscode-resource:', nonce(), 'pier.article');
    await page.setContent(html, { waitUntil: 'load' });
  });

  after(async () => { await browser?.close(); });

  it('draws each speaker\'s bar in proportion to their quotations (4 against 1)', async () => {
    const bars = await page.$$eval('.bar', (els) => els.map((e) => ({ quotations: Number(e.getAttribute('data-quotations')), width: e.getBoundingClientRect().width })));
    const four = bars.find((b) => b.quotations === 4);
    const one = bars.find((b) => b.quotations === 1);
    assert.ok(four && one, JSON.stringify(bars));
    const ratio = four.width / one.width;
    assert.ok(ratio > 3.6 && ratio < 4.4, `bars for 4 and 1 quotations drawn ${four.width.toFixed(1)} and ${one.width.toFixed(1)} px wide (ratio ${ratio.toFixed(2)})`);
  });

  it('breaks no rule of its policy: no inline style, no blocked resource', async () => {
    const html = await page.content();
    assert.doesNotMatch(html, /\sstyle="/);
    assert.deepEqual(violations, []);
  });
});
