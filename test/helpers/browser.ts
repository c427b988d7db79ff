/**
 * A real headless chromium (Debian's /usr/bin/chromium) driven by playwright-core, and the
 * folder its screenshots go to (test-artifacts/, git-ignored), for tests of the pages.
 *
 * @module
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

/** Where screenshots of the pages are saved. */
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../test-artifacts')

/** Launches chromium headless, without sandbox or network chatter. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
}

/** Saves a full-page screenshot as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await page.screenshot({ path: file, fullPage: true })
  return file
}
