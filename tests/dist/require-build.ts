/** The checks on the built site need one: say what to run instead of failing on a missing file. */
import { existsSync } from 'node:fs';

export default function requireBuild(): void {
  for (const file of ['dist/index.html', 'dist/sitemap-index.xml', 'dist/api/kb.json']) {
    if (!existsSync(file)) {
      throw new Error(`${file} がありません。ビルド済みサイトを確かめるテストです。先に \`npm run build\` を実行してください。`);
    }
  }
}
