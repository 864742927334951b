// Debian's Chromium for the browser tests (playwright-core drives it; nothing is downloaded).
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!found) throw new Error('no Chromium found (looked at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome): install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}
