// Types for find-chromium.mjs, imported by the TypeScript Playwright config.
export declare const CHROMIUM_HELP: string;
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(env?: NodeJS.ProcessEnv): Promise<string | null>;
