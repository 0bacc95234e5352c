// The options every schema validator is compiled with, ahead of time (the build) or at run time.
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;
