/**
 * Redraws the golden preview cards in tests/fixtures/og/ from `cases.ts`: run `npm run og:goldens`
 * after a deliberate change to how cards look, look at the PNGs, and commit them with the change.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderCard } from '../src/lib/og/card.ts';
import { GOLDEN_CASES } from '../tests/fixtures/og/cases.ts';

const dir = resolve('tests', 'fixtures', 'og');
for (const [name, input] of Object.entries(GOLDEN_CASES)) {
  const file = join(dir, `${name}.png`);
  writeFileSync(file, renderCard(input));
  process.stdout.write(`${file}\n`);
}
