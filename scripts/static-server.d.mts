export function startStaticServer(options: { root: string; base?: string; port?: number }): Promise<{ url: string; close: () => Promise<void> }>;
