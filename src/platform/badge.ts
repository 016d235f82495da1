/** Toolbar badge text for an annotation count: empty for none, `999+` past three digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
