/** Phone numbers as the portal links them. Runs in Node and at build time. */

/** `0558-5555555` → `tel:0558-5555555` (digits, + and - only, as phones dial them). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+-]/g, '')}`;
