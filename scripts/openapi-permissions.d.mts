// Types of openapi-permissions.mjs (build:cloud's open-API permission lists), for its test.
export declare const OPENAPI_OF_CAPABILITY: Record<string, string[]>;
export declare const PLUMBING: string[];
export declare function openApisNamedIn(code: string): string[];
export declare function openApiPermissions(bundle: string, modules: { path: string; source: string }[]): string[];
