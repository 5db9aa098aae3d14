/** Prints the README's settings table from src/config.ts: `npm run --silent settings`. */
import { settingsTable } from '../src/config.ts';

console.log(settingsTable());
