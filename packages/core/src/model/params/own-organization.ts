/** Params of the `own-organization` checks. */
export interface OwnOrganizationParams {
  'own-organization/outsider-names-own-organization': { ownDomain: string; where: 'display-name' | 'subject'; text: string; senderDomain: string };
  'own-organization/lookalike-of-own-domain': { ownDomain: string; senderDomain: string; address: string };
  'own-organization/sent-as-recipient': { address: string; failed: string };
  'own-organization/own-domain-not-authenticated': { ownDomain: string; address: string; failed: string };
}
