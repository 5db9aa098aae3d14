/** Starlight route middleware: runs on every Starlight page before it renders. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { dropOwnUrl, escapeTitleEntries } from './lib/security/head-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { head } = context.locals.starlightRoute;
  escapeTitleEntries(head);
  if (/^\/404(?:\/|\.html)?$/.test(context.url.pathname)) dropOwnUrl(head);
});
