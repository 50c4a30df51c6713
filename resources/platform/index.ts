// The resource modules of the platform operations.
export const PLATFORM = [] as const;
