/** Helpers shared by the brand checks: how a brand is named in params, list munging, off-brand links. */
import { findBrandMentions, isBrandDomain, type Brand } from '../../domain/brands.js';
import { sameOrganization } from '../../domain/registrable.js';
import type { CheckContext } from '../../model/check.js';
import { webLinks } from '../../url/link-facts.js';

/**
 * Whether a web link of the mail goes to the organisation `org` (a link `ignore` accepts, such as
 * a mailing list's own footer, not counted): the mail is that organisation's own, talking about a
 * brand — a reseller, an agent, a newsletter.
 */
export function linksToOrganization(ctx: CheckContext, org: string, ignore: (domain: string) => boolean = () => false): boolean {
  if (!org) return false;
  return webLinks(ctx).some((l) => {
    const d = l.inspection.target?.domain;
    return !!d && !ignore(d) && sameOrganization(d, org);
  });
}

/** `"Amazon via Some-list"` → `"Amazon"`: list software appends "via <list>" to the original name. */
export function stripListVia(name: string): string {
  const flat = name.replace(/\s+/g, ' ');
  const i = flat.toLowerCase().indexOf(' via ');
  return (i > 0 ? flat.slice(0, i) : flat).trim();
}

export function brandParams(brand: Brand): { brand: string; brandJa: string; brandDomains: string } {
  return { brand: brand.name.en, brandJa: brand.name.ja, brandDomains: brand.domains.slice(0, 3).join(', ') };
}

/** The letterhead and greeting: where a mail says whose it is. */
export const OPENING = 300;
/**
 * Words of a service speaking to its customer, looked for within 80 characters of the brand:
 * `三井住友カードをご利用のお客様`, `Dear Trust Wallet customer`, `Compte Microsoft`, a loyalty
 * programme (`ADAC - Treueprogramm`). News and chat that merely mention a brand rarely use them.
 */
export const SERVICE_WORDS =
  /ご利用|お客様|お客さま|会員|事務局|お知らせ|ご案内|ご登録|アカウント|customer|account|member|client|subscription|membership|wallet|verif|vérif|secure message|notice|notification|receipt|invoice|your order|order (?:confirm|summary|number|details|no\b)|purchase|dear|madame, monsieur|sehr geehrte|geachte|estimad|cliente|prezad|conta|kunde|konto|mitglied|compte|klant|abonnement|gutschein|cadeau|parabeniz|agradece|treueprogramm|kundenprogramm|prämie|belohnung|loyalty|rewards? program|programa de fidelidade|programme de fidélité|programa de fidelidad|klantenprogramma|spaarprogramma/i;

/** Words that are addresses or URLs (`taro@gmail.com`, `https://…`) blanked out: they name providers, not the sender. */
function withoutAddresses(text: string): string {
  return text
    .split(' ')
    .map((w) => (w.includes('@') || /^[<(]?(?:https?:\/\/|www\.)/i.test(w) ? '' : w))
    .join(' ');
}

/**
 * The brand the opening of the text speaks for (`三井住友カードをご利用のお客様へ`,
 * `Dear PayPal customer`): a registry brand named in the first `OPENING` characters (not inside an
 * address or URL), with words of a service addressing its customer within 80 characters, and not
 * a brand of the sender's own organisation `senderOrg`. Null when the opening speaks for nobody.
 */
export function letterheadBrand(ctx: CheckContext, senderOrg: string): BrandClaim | null {
  return letterheadIn(ctx.bodyText.slice(0, OPENING), ctx, senderOrg);
}

/**
 * The brand the subject speaks for (`Your Amazon Prime membership renewal failed`), by the same
 * rule as `letterheadBrand`: a registry brand, with words of a service addressing its customer,
 * not the sender's own. For mail whose text is an image or sits in an attachment.
 */
export function subjectLetterhead(ctx: CheckContext, senderOrg: string): BrandClaim | null {
  const claim = letterheadIn(ctx.subject, ctx, senderOrg);
  return claim ? { ...claim, inSubject: true } : null;
}

export interface BrandClaim {
  readonly brand: Brand;
  readonly named: string;
  readonly excerpt: string;
  /** Set when the claim is the subject's, not the text's. */
  readonly inSubject?: true;
  /** Set when the claim is a copyright notice's (`© 2024 Itaú Personnalité`), not the opening's. */
  readonly inCopyright?: true;
}

/** Where a copyright notice starts: `©`, `(c)`, `Copyright`. */
const COPYRIGHT_MARK = /©|\(c\)|copyright/gi;
/** Marks and years between the notice's start and its holder: `Copyright © 2015-2025 `. */
const NOTICE_LEAD = /^(?:[\s,.:]|©|\(c\)|copyright|\d{4}(?:\s*[-–]\s*\d{4})?)*/i;
/** Where the holder's name ends: a sentence's end, a separator, a line. */
const HOLDER_END = /\.\s|[\n\r|•·]/;

/**
 * The brand a copyright notice of the text names as its holder (`© 2024 Itaú Personnalité. Todos
 * os direitos reservados`, `Copyright © 2022 Stellar Development Foundation`): the name between
 * the marks and years and the end of that sentence, within 60 characters, starts with a registry
 * brand's (within its first ten characters: `Outlet Louis Vuitton`, `Banco Bradesco`), not a brand
 * of the sender's own organisation `senderOrg`; prose about copyright (`a copyright claim by
 * Amazon`) names no holder there. A notice claims authorship of the whole mail, so it counts
 * wherever it stands; a name after the holder's (`© 2024 Shop GmbH. Apple is a trademark of…`)
 * does not. Only the first five notices are read.
 */
export function copyrightBrand(ctx: CheckContext, senderOrg: string): BrandClaim | null {
  const text = ctx.bodyText;
  COPYRIGHT_MARK.lastIndex = 0;
  for (let i = 0, m = COPYRIGHT_MARK.exec(text); m && i < 5; i++, m = COPYRIGHT_MARK.exec(text)) {
    const rest = text.slice(m.index, m.index + 120);
    const lead = NOTICE_LEAD.exec(rest)?.[0].length ?? 0;
    let holder = rest.slice(lead, lead + 60);
    const end = HOLDER_END.exec(holder);
    if (end) holder = holder.slice(0, end.index);
    // `(c)` also numbers a list's third item: it is a notice only with a year.
    const listItem = m[0].toLowerCase() === '(c)' && !/\d/.test(rest.slice(0, lead));
    if (listItem || holder.trim().length < 2) continue;
    const mention = findBrandMentions(holder, ctx.brands, { exact: false }).find((b) => holder.indexOf(b.matched) <= 10 && (!senderOrg || !isBrandDomain(b.brand, senderOrg)));
    if (mention) return { brand: mention.brand, named: mention.matched, excerpt: rest.slice(0, lead + holder.length).trim(), inCopyright: true };
    COPYRIGHT_MARK.lastIndex = m.index + lead + holder.length;
  }
  return null;
}

function letterheadIn(raw: string, ctx: CheckContext, senderOrg: string): BrandClaim | null {
  if (!SERVICE_WORDS.test(raw)) return null;
  const opening = withoutAddresses(raw);
  const mention = findBrandMentions(opening, ctx.brands, { exact: false }).find((m) => !senderOrg || !isBrandDomain(m.brand, senderOrg));
  if (!mention) return null;
  const at = opening.indexOf(mention.matched);
  const around = opening.slice(Math.max(0, at - 80), at + mention.matched.length + 80);
  if (!SERVICE_WORDS.test(around)) return null;
  const excerpt = opening.slice(Math.max(0, at - 40), at + mention.matched.length + 60).trim();
  return { brand: mention.brand, named: mention.matched, excerpt };
}
