/** Lets people add the site as a browser search engine; queries open /search/?q=. */
import type { APIRoute } from 'astro';
import { escapeHtml } from '../lib/inline.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = new URL('/', site).href.replace(/\/$/, '');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>ECS トラブル</ShortName>
  <Description>Amazon ECS と ecspresso のエラー文から原因と対処を探します</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>ja</Language>
  <Image height="16" width="16" type="image/svg+xml">${escapeHtml(origin)}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${escapeHtml(origin)}/search/?q={searchTerms}"/>
  <moz:SearchForm>${escapeHtml(origin)}/search/</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
