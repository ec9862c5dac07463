/** Mainland mobile number: 11 digits starting with 1. */
export function isMobileNumber(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.trim());
}
