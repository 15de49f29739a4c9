export function startStaticServer(options: { root: string; base?: string; port?: number; compress?: boolean }): Promise<{ url: string; close: () => Promise<void> }>;
/** Whether hosts (and the server with `compress`) send this file type compressed. */
export function isCompressible(path: string): boolean;
/** A body compressed as `br` (quality 11) or `gzip` (level 9). */
export function compressBody(body: Uint8Array, encoding: 'br' | 'gzip'): Buffer;
