// Debian's Chromium, driven by playwright-core; never a downloaded browser.
import { chromium, type Browser } from 'playwright-core';
import { config } from '../../src/config.ts';

export const CHROMIUM = config.CHROMIUM_PATH;

/** This machine's network is closed: Chromium must not try to phone home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** The phone viewport the issue asks for. */
export const PHONE = { width: 390, height: 844 };
