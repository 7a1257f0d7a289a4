/** Params of the `brand-impersonation` checks. `brand`/`brandJa` are the brand's names per locale. */
export interface BrandImpersonationParams {
  'brand-impersonation/display-name-brand': { name: string; brand: string; brandJa: string; domain: string; brandDomains: string };
  'brand-impersonation/brand-links-elsewhere': { brand: string; brandJa: string; domain: string; target: string; links: number };
  'brand-impersonation/text-brand-links-elsewhere': { brand: string; brandJa: string; brandDomains: string; named: string; domain: string; target: string; inSubject?: true; inCopyright?: true };
  'brand-impersonation/brand-text-from-freemail': { brand: string; brandJa: string; brandDomains: string; named: string; address: string };
  'brand-impersonation/brand-callback-number': { brand: string; brandJa: string; brandDomains: string; named: string; domain: string; phone: string };
  'brand-impersonation/subject-tag-brand': { tag: string; brand: string; brandJa: string; domain: string; brandDomains: string };
}
