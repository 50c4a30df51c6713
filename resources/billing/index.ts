// The resource modules of the billing operations.
export const BILLING = [] as const;
