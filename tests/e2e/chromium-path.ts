import { execFileSync } from 'node:child_process';

/** Debian's Chromium: CHROMIUM_PATH when set, else `chromium` on PATH. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium が見つかりません。`apt-get install -y chromium` でインストールするか、CHROMIUM_PATH を設定してください。');
  }
}
