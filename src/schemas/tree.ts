import { z } from 'astro/zod';
import { idSchema, summarySchema } from './common.ts';

/** An answer to a question: leads to another node of the same tree, or into another tree. */
export const optionSchema = z
  .strictObject({
    /** What the person answers, in Japanese. */
    label: z.string().min(1),
    /** Node id in this tree. */
    next: idSchema.optional(),
    /** Id of another tree to continue in (its start node). */
    tree: idSchema.optional(),
  })
  .refine((o) => (o.next === undefined) !== (o.tree === undefined), {
    message: '選択肢には next（このツリーのノード）か tree（別のツリー）のどちらか一方を書いてください',
  });

/** A question: how to find the answer, and two or more answers. */
export const questionNodeSchema = z.strictObject({
  question: z.string().min(1),
  /** How to find the answer: a command or a console place. Inline `code` allowed. */
  hint: z.string().min(1),
  /** Optional read-only command for the hint, shown as a code block with a copy button. */
  command: z.string().min(1).optional(),
  options: z.array(optionSchema),
});

/** An outcome: the walk ends at a cause. */
export const outcomeNodeSchema = z.strictObject({
  /** Id of the cause this answer path points to (checked to exist). */
  cause: idSchema,
  /** Optional note on why this path ends here. */
  note: z.string().min(1).optional(),
});

export const treeSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  summary: summarySchema,
  /** Id of the first node. */
  start: idSchema,
  /** Nodes by id. The id is the last segment of the node's URL. */
  nodes: z.record(z.string(), z.union([questionNodeSchema, outcomeNodeSchema])),
});

export type Tree = z.output<typeof treeSchema>;
export type TreeNode = Tree['nodes'][string];
export type QuestionNode = z.output<typeof questionNodeSchema>;
export type OutcomeNode = z.output<typeof outcomeNodeSchema>;
export const isQuestion = <N extends object>(node: N): node is Extract<N, { question: string }> => 'question' in node;
