/** HTML of content rendered once per build, by id (see components/RenderedOnce.astro). */
export const rememberedHtml = new Map<string, string>();
