export declare const kioskNodeOptions: readonly string[];
export declare const kioskMallocEnv: Readonly<Record<'MALLOC_MMAP_THRESHOLD_' | 'MALLOC_TRIM_THRESHOLD_', string>>;
export declare function kioskProcessEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
