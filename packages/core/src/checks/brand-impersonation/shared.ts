/** Helpers shared by the brand checks: how a brand is named in params, and list munging. */
import type { Brand } from '../../domain/brands.js';

/** `"Amazon via Some-list"` → `"Amazon"`: list software appends "via <list>" to the original name. */
export function stripListVia(name: string): string {
  const flat = name.replace(/\s+/g, ' ');
  const i = flat.toLowerCase().indexOf(' via ');
  return (i > 0 ? flat.slice(0, i) : flat).trim();
}

export function brandParams(brand: Brand): { brand: string; brandJa: string; brandDomains: string } {
  return { brand: brand.name.en, brandJa: brand.name.ja, brandDomains: brand.domains.slice(0, 3).join(', ') };
}
