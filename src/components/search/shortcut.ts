/**
 * The keys that take you to the paste box from anywhere: `/` and Ctrl+K (Cmd+K on macOS), as on
 * most documentation sites. Never while typing in another field, where `/` is a character.
 */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

export function isSearchShortcut(event: ShortcutKey, typingInField: boolean, mac: boolean): boolean {
  if (typingInField || event.isComposing || event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey && !event.shiftKey;
  if (event.key.toLowerCase() === 'k') return !event.shiftKey && (mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey);
  return false;
}
