// Writes .br and .gz beside each built text asset, so the server can send them compressed
// without compressing on every request (Spring's EncodedResourceResolver picks them).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const TEXT = /\.(js|css|html|svg|json)$/;
const MIN_BYTES = 1024;

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      yield* files(path);
    } else {
      yield path;
    }
  }
}

let written = 0;
for (const path of files(dist)) {
  if (!TEXT.test(path)) {
    continue;
  }
  const content = readFileSync(path);
  if (content.length < MIN_BYTES) {
    continue;
  }
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  written += 1;
}
console.log(`precompress: ${written} files written as .br and .gz`);
