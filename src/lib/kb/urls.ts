/** Permanent site paths. Every place that links an entry goes through these. */
import type { KbCollection } from './model.ts';

export const symptomPath = (id: string) => `/symptoms/${id}/`;
export const causePath = (id: string) => `/causes/${id}/`;
export const fixPath = (id: string) => `/fixes/${id}/`;
export const guidePath = (id: string) => `/guides/${id}/`;
/** A cause as shown inside a symptom page: the heading id is the cause id. */
export const causeInSymptomPath = (symptomId: string, causeId: string) => `${symptomPath(symptomId)}#${causeId}`;

export const entryPath = (collection: KbCollection, id: string) => `/${collection}/${id}/`;
export const treePath = (treeId: string) => `/trees/${treeId}/`;
export const treeNodePath = (treeId: string, nodeId: string) => `/trees/${treeId}/${nodeId}/`;
