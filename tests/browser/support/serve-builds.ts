import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The site built at the domain root (dist/), e.g. "http://127.0.0.1:5000/". */
		rootSiteUrl: string;
		/** The same site built with BASE_PATH=/handbook/ (dist-subpath/), e.g. "http://127.0.0.1:5001/handbook/". */
		subpathSiteUrl: string;
	}
}

/** Serves both builds on 127.0.0.1 for the browser tests; `npm test` builds them first. */
export default async function serveBuilds(project: TestProject) {
	const root = await startStaticServer({ root: 'dist' });
	const subpath = await startStaticServer({ root: 'dist-subpath', base: '/handbook/' });
	project.provide('rootSiteUrl', root.url);
	project.provide('subpathSiteUrl', subpath.url);
	return async () => {
		await Promise.all([root.close(), subpath.close()]);
	};
}
