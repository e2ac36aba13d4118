/**
 * A short, stable fingerprint of an English string (32-bit FNV-1a, 8 hex digits). Each translation
 * stores the fingerprint of the English it was made from, so a changed English string shows up as a
 * stale translation instead of silently keeping an outdated (possibly clinically wrong) Spanish one.
 */
export const textHash = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
};
