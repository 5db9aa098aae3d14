/**
 * Which Chromium the browser tests and benchmarks drive. No browser download works on these
 * machines, so the tests use a Chromium that is already there, found in this order:
 * `CHROMIUM_PATH`, a system Chromium on PATH (Debian's `chromium`), a browser Playwright installed
 * earlier. `scripts/ensure-chromium.ts` installs Debian's package when none is found and it can.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { executableSearchPath, settings } from '../../src/config.ts';

/** Headless, off the network (the machines have none) and quiet; Playwright adds a fresh user-data dir. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Names a system Chromium goes by on PATH (Debian: chromium; Ubuntu and others: chromium-browser). */
const SYSTEM_NAMES = ['chromium', 'chromium-browser'];

export interface Found {
  path: string;
  /** Where it came from, for the message that says which browser runs. */
  from: 'CHROMIUM_PATH' | 'PATH' | 'playwright';
}

export interface Probe {
  explicit: string | undefined;
  /** The folders of PATH, in order. */
  pathDirs: readonly string[];
  /** Where Playwright would keep its own Chromium (whether or not it is there). */
  playwrightPath: string | undefined;
  isExecutable: (file: string) => boolean;
}

/** The first Chromium in the documented order, or undefined. Pure: the probe supplies the machine. */
export function findChromium(probe: Probe): Found | undefined {
  if (probe.explicit) return { path: probe.explicit, from: 'CHROMIUM_PATH' };
  for (const dir of probe.pathDirs) {
    for (const name of SYSTEM_NAMES) {
      const file = join(dir, name);
      if (probe.isExecutable(file)) return { path: file, from: 'PATH' };
    }
  }
  if (probe.playwrightPath && probe.isExecutable(probe.playwrightPath)) return { path: probe.playwrightPath, from: 'playwright' };
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return existsSync(file);
  } catch {
    return false;
  }
}

function playwrightChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** This machine's probe. */
export function machineProbe(): Probe {
  return {
    explicit: settings().chromiumPath,
    pathDirs: executableSearchPath(),
    playwrightPath: playwrightChromium(),
    isExecutable,
  };
}

/** What to run when there is no Chromium and the test command cannot install one itself. */
export const INSTALL_HINT =
  'sudo apt-get update && sudo apt-get install -y chromium（root なら sudo なし）。別の場所の Chromium を使うときは CHROMIUM_PATH=/path/to/chromium';

/** The Chromium to drive; throws with the command to run when there is none. */
export function chromiumPath(): string {
  const found = findChromium(machineProbe());
  if (!found) throw new Error(`Chromium が見つかりません。次を実行してください: ${INSTALL_HINT}`);
  return found.path;
}
