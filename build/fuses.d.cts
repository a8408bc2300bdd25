// Types of build/fuses.cjs, for the unit test that checks the fuse settings.
import type { FuseV1Config } from '@electron/fuses';

export declare const FUSES: Readonly<Record<string, boolean>>;

export declare function fuseConfigFor(electronPlatformName: string, arch: number): FuseV1Config;
