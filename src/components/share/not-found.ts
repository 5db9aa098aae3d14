/**
 * What the 404 page offers to search for: the words of the path that was asked for.
 * /e/CannotPullContainerErorr/ → "CannotPullContainerErorr"; /symptoms/cannot-pul-container/ →
 * "cannot pul container". The collection folder says nothing about the error and is left out.
 */
const FOLDERS = new Set(['e', 'symptoms', 'causes', 'fixes', 'guides', 'trees', 'search']);

export function searchQueryFromPath(pathname: string): string {
  const words = pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment)
    .filter((segment, i) => !(i === 0 && FOLDERS.has(segment.toLowerCase())))
    .map((segment) =>
      segment
        .replace(/\.html?$/i, '')
        .replace(/[-_+]+/g, ' ')
        .trim(),
    )
    .filter((segment) => segment !== '' && segment.toLowerCase() !== 'index');
  return words.join(' ').replace(/\s+/g, ' ').slice(0, 200);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape: keep the readable part.
    return segment.replace(/%[0-9a-f]{0,2}/gi, ' ');
  }
}
