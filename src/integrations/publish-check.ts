/**
 * Where this build may be published (src/config.ts `publishCheck`): a release build without
 * SITE_URL stops before anything is built; any other build without it ends with a warning, printed
 * as the very last lines so it cannot scroll away under the page list.
 */
import { writeSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { publishCheck, settings } from '../config.ts';

export function publishGuard(): AstroIntegration {
  const { stop, warnings } = publishCheck(settings());
  return {
    name: 'kb-publish-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || stop === undefined) return;
        process.stderr.write(`\n${stop}\n\n`);
        process.exit(1);
      },
      'astro:build:done': () => {
        if (warnings.length === 0) return;
        const rule = '!'.repeat(72);
        const text = `\n${rule}\n${warnings.map((w) => `警告: ${w}`).join('\n\n')}\n${rule}\n\n`;
        // Other integrations and Astro's own summary still print after this hook: the warning
        // waits for the process to end, so it is the last thing on the screen (synchronously,
        // as an exit handler must).
        process.once('exit', () => writeSync(2, text));
      },
    },
  };
}
