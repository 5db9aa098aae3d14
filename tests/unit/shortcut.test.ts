import { expect, test } from 'vitest';
import { isSearchShortcut } from '../../src/components/search/shortcut.ts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

test.each([
  ['/ on a page', key('/'), false, false, true],
  ['/ while typing in a field', key('/'), true, false, false],
  ['Ctrl+K on Linux/Windows', key('k', { ctrlKey: true }), false, false, true],
  ['Ctrl+Shift+K is not it', key('K', { ctrlKey: true, shiftKey: true }), false, false, false],
  ['Cmd+K on macOS', key('k', { metaKey: true }), false, true, true],
  ['Ctrl+K on macOS is the text editing key', key('k', { ctrlKey: true }), false, true, false],
  ['Cmd+K elsewhere is not it', key('k', { metaKey: true }), false, false, false],
  ['Ctrl+K while typing in a field', key('k', { ctrlKey: true }), true, false, false],
  ['k alone', key('k'), false, false, false],
  ['/ during IME composition', key('/', { isComposing: true }), false, false, false],
  ['Ctrl+/ is not it', key('/', { ctrlKey: true }), false, false, false],
])('%s', (_name, event, typing, mac, expected) => {
  expect(isSearchShortcut(event, typing, mac)).toBe(expected);
});
