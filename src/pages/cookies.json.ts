/**
 * /cookies.json: the whole inventory, every field and every language, for other tools, with who
 * answers for it (controller, DPO), on which legal basis, and where to complain.
 */
import type { APIRoute } from 'astro';
import { exportCitation, legalBasis } from '../config/legal-basis.ts';
import { authority } from '../config/site.ts';
import { byName, inventoryJson } from '../data/exports.ts';
import { valueOf } from '../data/operator-schema.ts';
import { useTranslations } from '../i18n/ui.ts';

export const GET: APIRoute = ({ locals }) => {
  const { inventory, operator, state, policyDate } = locals.policy;
  const { providers } = inventory;
  const cookies = byName(inventory.cookies);
  const { portal, controller, processing } = operator;
  const data = inventoryJson(cookies, providers, {
    updated: new Date(`${policyDate}T00:00:00Z`),
    published: state.publishedOn ?? null,
    checkedOn: state.evidence.checkedOn ?? null,
    portalUrl: portal.url,
    translate: useTranslations,
    parties: {
      draft: state.isDraft,
      // A fact not found yet is null: never a guess.
      controller: {
        name: valueOf(controller.name)?.name ?? null,
        contact: valueOf(controller.contact) ?? null,
        dpoContact: valueOf(controller.dpoContact) ?? null,
      },
      legalBasis: {
        necessary: exportCitation(legalBasis.necessary),
        consent: exportCitation(legalBasis.consent),
        consentRecord: exportCitation(legalBasis.consentRecord),
        legalText: valueOf(processing.legalText) ?? null,
      },
      authority: {
        url: authority.url,
        complaintUrl: authority.complaintUrl,
        address: authority.address,
      },
    },
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
