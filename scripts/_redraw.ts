import { launchChromium } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
const server = await startStaticServer('dist');
const browser = await launchChromium();
const cases = [
  ['open-closed-benchmark-lag', 'from_year', [2019, 2024]],
  ['wall-capability-curve', 'saturation', [0.02, 0.28]],
  ['wall-gap-lag', 'ceiling_rise', [0.05, 0.95]],
  ['wall-glut', 'glut_delay', [0.5, 14]],
] as const;
const pct = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]!; };
for (const [figure, name, [lo, hi]] of cases) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.origin}/essays/peak-capabilities-wall/`);
  await page.locator(`live-figure[data-figure="${figure}"]`).scrollIntoViewIfNeeded();
  await page.mouse.move(10, 10);
  await page.waitForSelector(`live-figure[data-figure="${figure}"][data-live="ready"]`, { timeout: 30000 });
  const samples = await page.evaluate(({ figure, name, lo, hi }) => {
    const input = document.querySelector<HTMLInputElement>(`#${figure}-${name}`)!;
    const plot = document.querySelector<HTMLElement>(`live-figure[data-figure="${figure}"] [data-plot]`)!;
    const handler: number[] = []; const layout: number[] = [];
    for (let i = 0; i < 65; i++) {
      const f = (i % 20) / 20;
      const v = i % 2 === 0 ? lo + (hi - lo) * f * 0.5 : hi - (hi - lo) * f * 0.5;
      const t0 = performance.now();
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = performance.now();
      plot.getBoundingClientRect();
      const t2 = performance.now();
      handler.push(t1 - t0); layout.push(t2 - t0);
    }
    return { handler: handler.slice(5), layout: layout.slice(5) };
  }, { figure, name, lo, hi });
  console.log(`${figure.padEnd(28)} ${name.padEnd(13)} handler median ${pct(samples.handler, 0.5).toFixed(2)} ms p95 ${pct(samples.handler, 0.95).toFixed(2)} ms | +layout median ${pct(samples.layout, 0.5).toFixed(2)} p95 ${pct(samples.layout, 0.95).toFixed(2)} ms`);
  await page.close();
}
await browser.close(); await server.close();
