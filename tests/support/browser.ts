/** Debian's Chromium driven by playwright-core: never a browser download of a tool's own. */
import { chromium, type Browser, type BrowserServer, type Download, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** One Chromium for this process alone (the benchmark, or a test file run outside the browser project). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/**
 * One Chromium that several processes drive over a WebSocket: the browser
 * project's global setup starts it once and every test file connects to it.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH);
}

/** A connection to the Chromium that launchChromiumServer started; close() only disconnects. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/**
 * The bytes of a finished download. download.path() throws on a connected Chromium (the browser
 * project's shared one), so read the download's stream instead, which works on both.
 * @example const body = await downloadedBytes(await page.waitForEvent('download'));
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
