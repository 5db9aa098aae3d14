/**
 * What the Astro config needs around the knowledge base: the settings (or a stop when one is
 * wrong) and the build-time report of which causes no decision tree reaches. The check itself and
 * the checked model live in src/lib/kb/ (checked.ts), shared with the content-layer loader.
 */
import type { KnowledgeBase } from '../lib/kb/model.ts';
import { unreachedCauses } from '../lib/trees/validate.ts';
import type { AstroIntegration } from 'astro';
import { ConfigError, settings, type Settings } from '../config.ts';

/** The settings, or a stop with the message alone when a variable is wrong (KB_DEBUG may be the wrong one). */
export function settingsOrStop(): Settings {
  try {
    return settings();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
}

/** Prints, at build time, which causes no decision tree reaches (also: `npm run trees:coverage`). */
export function treeCoverageReport(kb: KnowledgeBase): AstroIntegration {
  return {
    name: 'kb-tree-coverage',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const unreached = unreachedCauses(
          kb.trees.map((t) => t.data),
          kb.causes.map((c) => c.id),
        );
        logger.info(`診断ツリー ${kb.trees.length} 本が原因 ${kb.causes.length - unreached.length}/${kb.causes.length} 件に到達します`);
        if (unreached.length > 0) logger.info(`どのツリーからも到達しない原因: ${unreached.join(', ')}`);
      },
    },
  };
}
