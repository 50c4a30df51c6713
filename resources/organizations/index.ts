// The resource modules of the organizations operations.
export const ORGANIZATIONS = [] as const;
