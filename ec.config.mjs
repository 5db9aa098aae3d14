// Expressive Code settings, read by Starlight's Markdown code blocks and by the <Code> component
// alike (a plugin in astro.config.mjs would not reach <Code>).
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginPagefindIgnoreUi } from './src/lib/code-block-ui.ts';

export default defineEcConfig({
  // Long commands wrap instead of scrolling: readable on a phone, and no scroll region that
  // keyboard users cannot reach (the copy button still copies the command as written).
  defaultProps: { wrap: true },
  plugins: [pluginPagefindIgnoreUi()],
});
