/** Starlight route middleware: runs on every Starlight page before it renders. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeTitleEntries } from './lib/security/head-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
  escapeTitleEntries(context.locals.starlightRoute.head);
});
