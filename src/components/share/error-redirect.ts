/**
 * Where the 404 page sends a case variant of an error page: /e/cannotpullcontainererror/ →
 * /e/CannotPullContainerError/. Undefined when it should stay: the path is no error page, its
 * escapes are malformed, no error has that name, or the target is the path itself (the page is
 * missing from the host, and replacing the location would reload this 404 forever).
 */
export function errorPageTarget(pathname: string, names: readonly string[]): string | undefined {
  const match = /^\/e\/([^/]+)\/?$/.exec(pathname);
  if (!match) return undefined;
  let wanted: string;
  try {
    wanted = decodeURIComponent(match[1]!).toLowerCase();
  } catch {
    return undefined;
  }
  const name = names.find((n) => n.toLowerCase() === wanted);
  if (!name) return undefined;
  const target = `/e/${encodeURIComponent(name)}/`;
  return target === pathname ? undefined : target;
}
