// Installs the web app's npm dependencies with the machine's npm, only when needed:
// `npm ci` when package-lock.json is newer than the last install, `npm install` when there is
// no lock yet. Maven calls this before every web build; an up-to-date tree costs nothing.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

function npm(args) {
  console.log(`robson-web: npm ${args.join(' ')}`);
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`robson-web: npm ${args[0]} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(lock)) {
  npm(['install']);
} else if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  npm(['ci']);
} else {
  console.log('robson-web: node_modules matches package-lock.json');
}
