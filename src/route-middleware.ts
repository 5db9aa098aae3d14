/** Starlight route middleware: runs on every Starlight page before it renders. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { dropOwnUrl, escapeTitleEntries } from './lib/security/head-text.ts';
import { addPreviewTags, previewTags, SITE_PREVIEW } from './lib/site/head.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { head } = context.locals.starlightRoute;
  // Every page's preview card: its own (front matter `preview`), or the site card.
  addPreviewTags(head, previewTags(context.site, context.locals.starlightRoute.entry.data.preview ?? SITE_PREVIEW));
  escapeTitleEntries(head);
  if (/^\/404(?:\/|\.html)?$/.test(context.url.pathname)) dropOwnUrl(head);
});
