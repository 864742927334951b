// "the company said": the company named before, not a regulator or a court named since.
import { countBefore } from '../text/search';
import type { Entity, TextSpan } from '../types';
import type { AttributionContext, Resolved } from './context';
import { COMPANY_TRADES, CORPORATE_SUFFIXES, SECTOR_WORDS } from '../entities/words';

/** How many organisation mentions back a firm is looked for. */
const FIRM_REACH = 20;

/** A name that says it is a firm's: its last word a legal form or a trade ("Velcor Ltd", "Quarle Pharma", "Harlow Holdings"). */
function firmNamed(e: Entity): boolean {
  const last = e.name.slice(e.name.lastIndexOf(' ') + 1);
  return e.name.includes(' ') && (CORPORATE_SUFFIXES.has(last) || COMPANY_TRADES.has(last) || SECTOR_WORDS.has(last.toLowerCase()));
}

/**
 * "Shares of Sunfield Pharma fell after the US drug regulator, the USFDA, ... "We are committed
 * ...," the company said": where the body the model weighs for "the company" says nothing of being
 * a firm, and a body named before it in reach does ("Pharma", "Ltd", "Holdings") and is named no
 * less often, that firm.
 * Bounded: twenty organisation mentions back.
 */
export function firmOverBody(ctx: AttributionContext, r: Resolved, mention: TextSpan, at: number): Resolved {
  const chosen = r.speaker.entity ? ctx.entityById.get(r.speaker.entity) : undefined;
  if (!chosen || firmNamed(chosen)) return r;
  const mentions = ctx.organizationMentions;
  for (let i = countBefore(mentions, (m) => m.start < at) - 1, n = 0; i >= 0 && n < FIRM_REACH; i--, n++) {
    const e = mentions[i].entity;
    // (Not over a body the article speaks of more than of the firm: "Twitter ... the company said" after a firm named once.)
    if (e !== chosen && firmNamed(e) && e.mentions.length >= chosen.mentions.length) return { speaker: { entity: e.id, name: e.name, anonymous: false, mention }, resolution: r.resolution, antecedent: null };
  }
  return r;
}

/** Nouns for a body that is no company, right after its name: "the Harlow Workers union", "Velcor, the charity". */
const NOT_COMPANY_NOUNS = new Set(['union', 'charity', 'council', 'party', 'committee', 'regulator', 'watchdog', 'court', 'agency', 'ministry', 'department',
  'association', 'trust', 'campaign', 'foundation', 'federation', 'club', 'church', 'school', 'university', 'hospital', 'police', 'government']);

/** A body's last word that no company's name ends in. */
const NOT_COMPANIES = /\b(?:Fund|Foundation|Trust|University|College|School|Council|Committee|Commission|Agency|Ministry|Department|Party|Union|Association|Institute|Society|Church|Court|Police|Army|Navy|Government|Parliament|Senate|Congress|Office|Board|Authority|Times|Post|News|Journal|Herald|Press)$/;

/**
 * The body is no company: its name ends in a word no company's does ("the Harlow Arts Fund"), or
 * the article calls it by a noun no company is called by, right after a mention of its name
 * ("the Velby union said").
 */
function noCompany(ctx: AttributionContext, e: Entity): boolean {
  if (NOT_COMPANIES.test(e.name)) return true;
  const { tokens } = ctx;
  for (const m of e.mentions) {
    if (m.kind === 'pronoun') continue;
    const t = tokens[countBefore(tokens, (x) => x.start < m.end)];
    if (t && t.kind === 'word' && t.text === t.lower && NOT_COMPANY_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Drivers at Velcor North will strike, the Velby union said. ... "...," the company said": where
 * the body the model weighs for "the company" is no company (noCompany), the last other body in
 * reach that nothing says is none; else null.
 * Bounded: twenty organisation mentions back.
 */
export function companyOverNonCompany(ctx: AttributionContext, r: Resolved, mention: TextSpan, at: number): Resolved | null {
  const chosen = r.speaker.entity ? ctx.entityById.get(r.speaker.entity) : undefined;
  if (!chosen) return null;
  if (!noCompany(ctx, chosen)) return r;
  const mentions = ctx.organizationMentions;
  for (let i = countBefore(mentions, (m) => m.start < at) - 1, n = 0; i >= 0 && n < FIRM_REACH; i--, n++) {
    const e = mentions[i].entity;
    if (e !== chosen && !noCompany(ctx, e)) return { speaker: { entity: e.id, name: e.name, anonymous: false, mention }, resolution: r.resolution, antecedent: null };
  }
  return null;
}
