import { settings } from '../../config.ts';

/**
 * Where the knowledge base lives. `KB_CONTENT_DIR` points a build at another tree (the scale
 * benchmark's generated content, or a broken fixture in the tests).
 */
export function contentDir(): string {
  return settings().contentDir;
}
