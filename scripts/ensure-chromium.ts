/**
 * Makes sure the browser tests have a Chromium (run by `npm run test:e2e` before Playwright).
 * Finds one in the documented order (tests/e2e/chromium-path.ts); when there is none and this
 * process may install packages (root, with apt-get), installs Debian's `chromium` and says so;
 * otherwise stops with the exact command to run. No browser download: the machines cannot reach one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALL_HINT, findChromium, machineProbe } from '../tests/e2e/chromium-path.ts';
import { childEnv, executableSearchPath } from '../src/config.ts';

const FROM = {
  CHROMIUM_PATH: 'CHROMIUM_PATH で指定されたもの',
  PATH: 'システムの Chromium',
  playwright: 'Playwright がインストール済みのもの',
} as const;

function report(): boolean {
  const found = findChromium(machineProbe());
  if (found) console.log(`ブラウザテストの Chromium: ${found.path}（${FROM[found.from]}）`);
  return found !== undefined;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: childEnv({ DEBIAN_FRONTEND: 'noninteractive' }) });
  if (result.status !== 0) {
    console.error(
      `\n${command} ${args.join(' ')} が失敗しました（終了コード ${result.status ?? result.signal}）。\n手動で次を実行してください: ${INSTALL_HINT}`,
    );
    process.exit(1);
  }
}

if (!report()) {
  const aptGet = executableSearchPath()
    .map((dir) => join(dir, 'apt-get'))
    .find((file) => existsSync(file));
  const isRoot = process.getuid?.() === 0;
  if (!aptGet || !isRoot) {
    const why = !aptGet ? 'apt-get がないため' : 'root ではないため';
    console.error(
      `Chromium が見つかりません。${why}自動ではインストールできません。\n次を実行してから、もう一度テストを実行してください: ${INSTALL_HINT}`,
    );
    process.exit(1);
  }
  console.log(
    'Chromium が見つからないため、Debian の chromium パッケージをインストールします（apt-get update && apt-get install -y chromium）',
  );
  run(aptGet, ['update']);
  run(aptGet, ['install', '-y', 'chromium']);
  if (!report()) {
    console.error(`chromium パッケージを入れましたが、実行ファイルが見つかりません。次を確認してください: ${INSTALL_HINT}`);
    process.exit(1);
  }
}
