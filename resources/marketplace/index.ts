// The resource modules of the marketplace operations.
export const MARKETPLACE = [] as const;
