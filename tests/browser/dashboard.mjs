// Drives Debian's chromium over the dashboard with playwright-core and prints one JSON object on stdout:
// what the C# browser tests assert. Screenshots go to the folder given.
//   node tests/browser/dashboard.mjs <base-url> <screenshot-dir>
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const [base = 'http://127.0.0.1:7071/', shots = 'artifacts/screenshots'] = process.argv.slice(2);
const baseUrl = base.endsWith('/') ? base : `${base}/`;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const result = { errors: [] };
const TIMEOUT = 15000;

await mkdir(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  timeout: 30000,
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => result.errors.push(`pageerror: ${e.message}`));
  // A claim whose fact was never rolled up (a quote, a date of no named event) answers 404 by design: the page shows it
  // as unique. Chrome still logs each 404 fetch, so those are counted apart; anything else is an error.
  result.factMisses = 0;
  page.on('response', (r) => { if (r.status() === 404 && new URL(r.url()).pathname.startsWith('/api/facts/')) result.factMisses++; });
  page.on('console', (m) => {
    const expected404 = m.type() === 'error' && m.text().includes('status of 404') && (m.location()?.url ?? '').includes('/api/facts/');
    if (m.type() === 'error' && !expected404) result.errors.push(`console: ${m.text()}`);
  });

  // Sources: the leaderboard with an interval bar per outlet.
  const root = await page.goto(baseUrl);
  result.rootStatus = root.status();
  result.rootContentType = root.headers()['content-type'] ?? '';
  await page.waitForSelector('#leaderboard tbody tr');
  result.sources = await page.$$eval('#leaderboard tbody tr', (rows) => rows.map((r) => r.dataset.source));
  result.intervalLabels = await page.$$eval('#leaderboard svg.interval', (svgs) => svgs.map((s) => s.getAttribute('aria-label')));
  result.sourcesHeading = await page.textContent('h1');
  await page.screenshot({ path: path.join(shots, 'sources.png'), fullPage: true });

  // Sorting by name through the header link, and the minimum-claims filter, both in the hash.
  await page.click('th a.sort:has-text("Source")');
  await page.waitForFunction(() => location.hash.includes('sort=name'));
  await page.waitForSelector('th[aria-sort="ascending"] >> text=Source');
  result.sortedByName = await page.$$eval('#leaderboard tbody tr', (rows) => rows.map((r) => r.dataset.source));
  await page.fill('#min-claims', '1000');
  await page.press('#min-claims', 'Enter');
  await page.waitForFunction(() => location.hash.includes('minClaims=1000'));
  await page.waitForSelector('p.empty');
  result.rowsWithMinClaims1000 = await page.$$eval('#leaderboard tbody tr', (rows) => rows.length);

  // Keyboard: from the top, Tab reaches the skip link first, then the navigation.
  const fresh = await context.newPage();
  await fresh.goto(`${baseUrl}#/sources`);
  await fresh.waitForSelector('#leaderboard tbody tr');
  await fresh.keyboard.press('Tab');
  result.firstTab = await fresh.evaluate(() => document.activeElement?.textContent?.trim());
  await fresh.close();

  // Articles filtered by source, then outlet-d's article with its claims highlighted.
  await page.goto(`${baseUrl}#/articles?source=outlet-d`);
  await page.waitForSelector('table.articles tbody tr');
  result.articleSources = await page.$$eval('table.articles tbody tr', (rows) => rows.map((r) => r.cells[1].textContent));
  await page.click('table.articles tbody tr th a');
  await page.waitForSelector('#article-text mark');
  result.articleHash = await page.evaluate(() => location.hash);
  result.marks = await page.$$eval('#article-text mark', (marks) => marks.map((m) => ({ text: m.textContent, category: m.dataset.category, verdict: m.dataset.verdict })));
  result.articleTextMatches = await page.evaluate(async () => {
    const id = decodeURIComponent(location.hash.split('/')[2]);
    const response = await fetch(`api/articles/${encodeURIComponent(id)}`);
    const { text } = await response.json();
    return document.getElementById('article-text').textContent === text;
  });
  // Keyboard to the 390 claim: focus shows its details, Enter jumps to its row in the claims table.
  const mark390 = page.locator('#article-text mark', { hasText: '390 prisoners' }).first();
  await mark390.focus();
  result.tooltip390 = await page.textContent('#tooltip');
  result.tooltipVisible = await page.isVisible('#tooltip');
  await page.screenshot({ path: path.join(shots, 'article.png'), fullPage: false });
  await page.keyboard.press('Enter');
  result.focusAfterEnter = await page.evaluate(() => document.activeElement?.id ?? '');
  await page.keyboard.press('Escape');

  // Overlapping claims and markup in the text: run the page's own highlighter on a crafted case.
  result.overlap = await page.evaluate(async () => {
    const { segments } = await import('./highlight.js');
    const text = 'a <b>390 prisoners</b> & more';
    const claims = [{ id: 'x', start: 5, end: 18 }, { id: 'y', start: 9, end: 22 }, { id: 'z', start: 40, end: 45 }];
    const { pieces, dropped } = segments(text, claims);
    return { joined: pieces.map((p) => p.text).join(''), marked: pieces.filter((p) => p.claims.length).map((p) => [p.text, p.claims.map((c) => c.id).join('+')]), dropped };
  });

  // Conflicts, then one fact.
  await page.goto(`${baseUrl}#/conflicts`);
  await page.waitForSelector('h1:has-text("Conflicts")');
  await page.waitForLoadState('networkidle');
  result.conflictCards = await page.$$eval('.conflicts .card', (cards) => cards.length);
  await page.screenshot({ path: path.join(shots, 'conflicts.png'), fullPage: true });
  await page.goto(`${baseUrl}#/facts/${encodeURIComponent('persons-released|per-side|russia,ukraine|2025-05-23')}`);
  await page.waitForSelector('svg.fact-chart');
  result.factChartLabel = await page.getAttribute('svg.fact-chart', 'aria-label');
  await page.screenshot({ path: path.join(shots, 'fact.png'), fullPage: true });

  // 401: the API wants a key; the page asks for it and sends it as x-functions-key.
  const keyPage = await context.newPage();
  let sentKey = null;
  await keyPage.route('**/api/**', async (route) => {
    const key = route.request().headers()['x-functions-key'];
    if (key !== 'let-me-in') {
      await route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ status: 401, title: 'API key required' }) });
      return;
    }
    sentKey = key;
    await route.continue();
  });
  await keyPage.goto(`${baseUrl}#/sources`);
  await keyPage.waitForSelector('#api-key');
  result.keyPrompt = await keyPage.textContent('h1');
  await keyPage.fill('#api-key', 'let-me-in');
  await keyPage.press('#api-key', 'Enter');
  await keyPage.waitForSelector('#leaderboard tbody tr');
  result.keySent = sentKey;
  result.sourcesWithKey = await keyPage.$$eval('#leaderboard tbody tr', (rows) => rows.length);
} catch (e) {
  result.errors.push(`failed: ${e.message}`);
} finally {
  await browser.close();
}
process.stdout.write(`${JSON.stringify(result)}\n`);
