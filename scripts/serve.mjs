// `npm start` serves the built site: PORT (default 4321) and BASE_PATH as for the build.
import { startStaticServer } from './static-server.mjs';

const { url } = await startStaticServer({
	root: process.env.OUT_DIR || 'dist',
	base: process.env.BASE_PATH || '/',
	port: Number(process.env.PORT || 4321),
});
console.log(`\nThe handbook is being served at ${url}\nPress Ctrl+C to stop.`);
