import base from './playwright.config.ts';
const PORT = 4347;
export default { ...base, use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` }, webServer: { ...base.webServer, command: `npx astro preview --host 127.0.0.1 --port ${PORT}`, url: `http://127.0.0.1:${PORT}/` } };
