/**
 * `npm ci` refuses a lockfile that lacks any optional dependency, and the registry mirror these
 * machines use does not carry some platform builds (darwin, windows, freebsd binaries of the
 * Astro compiler and Pagefind), so `npm install` leaves them out of package-lock.json.
 * This adds an entry for each missing optional dependency, marked optional and limited to its
 * platform, so `npm ci` accepts the lockfile and skips them on Linux as it would anyway.
 * Run after any `npm install` that rewrites the lockfile: `node scripts/lock-optional-stubs.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };

const OS: [RegExp, string][] = [
  [/darwin/, 'darwin'],
  [/win32|windows/, 'win32'],
  [/freebsd/, 'freebsd'],
  [/android/, 'android'],
  [/linux/, 'linux'],
  [/wasm32|wasi/, 'wasi'],
];
const CPU: [RegExp, string][] = [
  [/arm64|aarch64/, 'arm64'],
  [/x64/, 'x64'],
  [/wasm32/, 'wasm32'],
  [/ia32/, 'ia32'],
  [/arm(?!64)/, 'arm'],
];

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const where = path.includes('node_modules/')
      ? `${path.slice(0, path.lastIndexOf('node_modules/'))}node_modules/${name}`
      : `node_modules/${name}`;
    if (lock.packages[where] || lock.packages[`node_modules/${name}`]) continue;
    const os = OS.find(([re]) => re.test(name))?.[1];
    const cpu = CPU.find(([re]) => re.test(name))?.[1];
    if (!os && !cpu) continue;
    lock.packages[`node_modules/${name}`] = {
      version: version.replace(/^[\^~]/, ''),
      ...(pkg.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`package-lock.json: ${added} 件の省略されたプラットフォーム別パッケージを追記しました\n`);
