/**
 * Loads and checks `content/` before Astro starts, so bad content fails `astro build` with the
 * file, the field and the fix, and gives the config what it derives from the content (sidebar).
 */
import { checkKnowledgeBase, formatProblems, type KnowledgeBase } from '../lib/kb/check.ts';
import { contentDir } from '../lib/kb/content-dir.ts';
import { unreachedCauses } from '../lib/trees/validate.ts';
import type { AstroIntegration } from 'astro';
import { ConfigError, settings, type Settings } from '../config.ts';

export class KnowledgeBaseError extends Error {
  constructor(problems: string, count: number) {
    super(`ナレッジベースに ${count} 件の問題があります:\n${problems}`);
    this.name = 'KnowledgeBaseError';
  }
}

/**
 * Stops the build on a mistake in the content: the message alone, in Japanese, exit status 1.
 * The stack trace says where in the build code the mistake was found, which helps nobody who
 * writes content; KB_DEBUG=1 shows it (the error is thrown as is).
 */
export function stopBuild(error: Error): never {
  if (settings().debug) throw error;
  process.stderr.write(`\n${error.message}\n\n（スタックトレースは KB_DEBUG=1 で表示されます）\n`);
  process.exit(1);
}

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

export function loadCheckedKnowledgeBase(dir = contentDir()): KnowledgeBase {
  const { kb, problems } = checkKnowledgeBase(dir);
  if (problems.length > 0) stopBuild(new KnowledgeBaseError(formatProblems(problems), problems.length));
  return kb;
}

/** Prints, at build time, which causes no decision tree reaches (also: `npm run trees:coverage`). */
export function treeCoverageReport(kb: KnowledgeBase): AstroIntegration {
  return {
    name: 'kb-tree-coverage',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const unreached = unreachedCauses(
          kb.trees.map((t) => t.data),
          kb.causes.map((c) => c.data.id),
        );
        logger.info(`診断ツリー ${kb.trees.length} 本が原因 ${kb.causes.length - unreached.length}/${kb.causes.length} 件に到達します`);
        if (unreached.length > 0) logger.info(`どのツリーからも到達しない原因: ${unreached.join(', ')}`);
      },
    },
  };
}
