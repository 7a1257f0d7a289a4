/**
 * The trust model for authentication results (RFC 8601 §5, §7.1): an Authentication-Results
 * header is believed only when its authserv-id is configured as trusted, or, by default, when it
 * is the topmost one (added last, by the receiving server). Anything below can be forged by the
 * sender and is ignored. Microsoft's stamps are read from their topmost occurrence only.
 */
import type { HeaderField } from '../model/message.js';
import {
  parseAuthenticationResults,
  parseReceivedSpf,
  prop,
  type AuthResultsHeader,
  type ReceivedSpf,
} from '../parse/authentication-results.js';

export interface DkimResult {
  readonly result: string;
  /** Signing domain `header.d` (lower-case; '' when missing). */
  readonly domain: string;
  readonly selector?: string;
}

export interface MicrosoftStamps {
  /** `SFV:` spam filter verdict (SPM, NSPM, SKS…). */
  readonly sfv?: string;
  /** `CAT:` category (PHSH, SPOOF, BIMP, DIMP, UIMP, GIMP, SPM, HPHISH…). */
  readonly cat?: string;
  /** `SFTY:` safety tip code (9.19, 9.20, 9.25…). */
  readonly sfty?: string;
  /**
   * Spam confidence level: `SCL:` of the report, else `X-MS-Exchange-Organization-SCL` (which
   * Exchange stamps itself and strips from incoming mail). -1 bypassed, 0–1 clean, 5–6 spam, 7–9
   * high-confidence spam.
   */
  readonly scl?: number;
  /** X-MS-Exchange-Organization-AuthAs: Anonymous / Internal / Partner. */
  readonly authAs?: string;
  readonly raw: string;
}

export interface AuthSummary {
  /** The Authentication-Results headers believed. */
  readonly trusted: readonly AuthResultsHeader[];
  /** Those ignored (untrusted authserv-id or below the topmost). */
  readonly ignored: readonly AuthResultsHeader[];
  readonly spf?: { readonly result: string; readonly mailfrom?: string };
  readonly dkim: readonly DkimResult[];
  /**
   * `disposition`: what the receiver did with the mail, where it says so in a comment (Gmail:
   * `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass)`: `none` under a reject policy means it
   * overrode the failure).
   */
  readonly dmarc?: { readonly result: string; readonly headerFrom?: string; readonly policy?: string; readonly action?: string; readonly disposition?: string };
  readonly compauth?: { readonly result: string; readonly reason?: string };
  readonly arc?: { readonly result: string };
  /** Topmost Received-SPF, used only when no trusted A-R carries spf. */
  readonly receivedSpf?: ReceivedSpf;
  readonly microsoft?: MicrosoftStamps;
}

/** The first header of each name Microsoft's stamps are read from (one pass over the headers, in `summarizeAuth`). */
interface MsHeaders {
  far?: HeaderField;
  authAs?: HeaderField;
  scl?: HeaderField;
}

function msStamps(found: MsHeaders): MicrosoftStamps | undefined {
  const far = found.far;
  const authAs = found.authAs?.value.trim();
  const orgScl = found.scl?.value.trim();
  if (!far && !authAs && !orgScl) return undefined;
  const fields = new Map<string, string>();
  for (const part of (far?.value ?? '').split(';')) {
    const i = part.indexOf(':');
    if (i > 0) fields.set(part.slice(0, i).trim().toUpperCase(), part.slice(i + 1).trim());
  }
  const out: { -readonly [K in keyof MicrosoftStamps]: MicrosoftStamps[K] } = { raw: far?.value ?? '' };
  const sfv = fields.get('SFV');
  const cat = fields.get('CAT');
  const sfty = fields.get('SFTY');
  const scl = fields.get('SCL');
  if (sfv) out.sfv = sfv.toUpperCase();
  if (cat) out.cat = cat.toUpperCase();
  if (sfty) out.sfty = sfty;
  if (scl && /^-?\d+$/.test(scl)) out.scl = Number(scl);
  else if (orgScl && /^-?\d+$/.test(orgScl)) out.scl = Number(orgScl);
  if (authAs) out.authAs = authAs;
  return out;
}

/** Builds the believed authentication picture of a message. */
export function summarizeAuth(headers: readonly HeaderField[], trustedIds?: readonly string[]): AuthSummary {
  const all: AuthResultsHeader[] = [];
  let rspf: ReceivedSpf | undefined;
  const ms: MsHeaders = {};
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as HeaderField;
    const name = h.name;
    if (name === 'authentication-results') all.push(parseAuthenticationResults(h.value, i));
    else if (name === 'received-spf') rspf ??= parseReceivedSpf(h.value, i);
    else if (name === 'x-forefront-antispam-report') ms.far ??= h;
    else if (name === 'x-ms-exchange-organization-authas') ms.authAs ??= h;
    else if (name === 'x-ms-exchange-organization-scl') ms.scl ??= h;
  }
  const ids = trustedIds?.map((s) => s.toLowerCase());
  const trusted = ids && ids.length > 0 ? all.filter((a) => ids.includes(a.authservId)) : all.slice(0, 1);
  const ignored = all.filter((a) => !trusted.includes(a));
  const summary: {
    trusted: AuthResultsHeader[];
    ignored: AuthResultsHeader[];
    dkim: DkimResult[];
    spf?: NonNullable<AuthSummary['spf']>;
    dmarc?: NonNullable<AuthSummary['dmarc']>;
    compauth?: NonNullable<AuthSummary['compauth']>;
    arc?: NonNullable<AuthSummary['arc']>;
    receivedSpf?: ReceivedSpf;
    microsoft?: MicrosoftStamps;
  } = { trusted, ignored, dkim: [] };
  for (const ar of trusted) {
    for (const r of ar.results) {
      switch (r.method) {
        case 'spf': {
          if (summary.spf) break;
          const mailfrom = prop(r, 'smtp', 'mailfrom');
          summary.spf = mailfrom ? { result: r.result, mailfrom } : { result: r.result };
          break;
        }
        case 'dkim': {
          const d = (prop(r, 'header', 'd') ?? prop(r, 'header', 'i')?.replace(/^.*@/, '') ?? '').toLowerCase();
          const s = prop(r, 'header', 's');
          summary.dkim.push(s ? { result: r.result, domain: d, selector: s } : { result: r.result, domain: d });
          break;
        }
        case 'dmarc': {
          if (summary.dmarc) break;
          const dm: { result: string; headerFrom?: string; policy?: string; action?: string; disposition?: string } = { result: r.result };
          const hf = prop(r, 'header', 'from');
          // Gmail and others give the published policy only in a comment: `dmarc=fail (p=REJECT …)`.
          const pol = prop(r, 'policy', 'dmarc') ?? prop(r, '', 'p') ?? /\bdmarc=\w+ \(p=(\w+)/i.exec(ar.raw)?.[1];
          const action = prop(r, '', 'action');
          const dis = /\bdmarc=\w+ \([^()]{0,200}?\bdis=(\w+)/i.exec(ar.raw)?.[1];
          if (hf) dm.headerFrom = hf.toLowerCase();
          if (pol) dm.policy = pol.toLowerCase();
          if (action) dm.action = action.toLowerCase();
          if (dis) dm.disposition = dis.toLowerCase();
          summary.dmarc = dm;
          break;
        }
        case 'compauth': {
          if (summary.compauth) break;
          summary.compauth = r.reason !== undefined ? { result: r.result, reason: r.reason } : { result: r.result };
          break;
        }
        case 'arc':
          summary.arc ??= { result: r.result };
          break;
        default:
          break;
      }
    }
  }
  if (rspf) summary.receivedSpf = rspf;
  const stamps = msStamps(ms);
  if (stamps) summary.microsoft = stamps;
  return summary;
}

/** The comment of a passing ARC result (`arc=pass (i=1 spf=pass … dmarc=pass fromdomain=example.com)`). */
const ARC_PASS_COMMENT = /\barc=pass \(([^()]{0,800})\)/i;

/**
 * The receiving server itself overrode a DMARC failure because of ARC (RFC 8617 §7.2.1): a
 * forwarder's sealed chain showed that the mail passed DMARC before it was forwarded, and the server
 * delivered it as authenticated. Gmail writes `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass)`
 * (no disposition under a reject or quarantine policy, with ARC passing) and, in the comment of
 * `arc=pass`, what the chain's first hop found (`dmarc=pass fromdomain=zone.ee`): both are required,
 * the second for the From domain. The failure then is the forwarding's, not a forgery.
 * Microsoft's `compauth=pass reason=130` ("ARC overrode DMARC", field notes §3.10) is not taken as
 * such: it names no earlier result, and 39 `phish-dev` mails carry it after `dmarc=fail`, among them
 * `gmail.com` addresses sent through another domain's mail service (SPF and DKIM of that domain,
 * nothing of gmail.com), which is forgery.
 */
export function arcOverride(auth: AuthSummary): boolean {
  const dm = auth.dmarc;
  if (dm?.result !== 'fail' || auth.arc?.result !== 'pass' || dm.disposition !== 'none') return false;
  if (dm.policy !== 'reject' && dm.policy !== 'quarantine') return false;
  for (const ar of auth.trusted) {
    const comment = ARC_PASS_COMMENT.exec(ar.raw)?.[1];
    if (!comment || !/\bdmarc=pass\b/i.test(comment)) continue;
    const from = /\bfromdomain=([a-z0-9.-]+)/i.exec(comment)?.[1]?.toLowerCase();
    if (from && (!dm.headerFrom || from === dm.headerFrom)) return true;
  }
  return false;
}

/** DMARC failed for the From domain, and the receiving server did not override the failure (`arcOverride`). */
export function dmarcFailed(auth: AuthSummary): boolean {
  return auth.dmarc?.result === 'fail' && !arcOverride(auth);
}
