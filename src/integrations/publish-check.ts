/**
 * Where this build may be published (src/config.ts `publishCheck`): a release build without
 * SITE_URL stops before anything is built; any other build without it ends with a warning that
 * cannot scroll away under the page list.
 */
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
        process.stderr.write(`\n${rule}\n${warnings.map((w) => `警告: ${w}`).join('\n\n')}\n${rule}\n\n`);
      },
    },
  };
}
