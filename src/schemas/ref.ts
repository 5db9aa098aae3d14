import type { z } from 'astro/zod';

export type KbCollection = 'symptoms' | 'causes' | 'fixes' | 'guides';

/**
 * Builds the schema of a reference to another collection. Astro passes `reference()` (so pages get
 * typed `{ id, collection }`); the standalone checker passes a plain id schema and checks targets
 * itself, so both read the same rules.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: KbCollection) => R;
