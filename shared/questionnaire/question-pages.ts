/**
 * What one touchscreen page shows, and which part of the flow it is in. Most items have a page
 * of their own; the items of an ItemGroup share one. Pure: the flow machine, the review screen
 * and the tests all read pages and parts from here.
 */
import { enabledItems } from './enable-when.ts';
import type { Answers, ItemGroup, Questionnaire, QuestionnaireItem, QuestionnairePart } from './questionnaire-types.ts';

export interface QuestionPage {
  /** The linkId of the page's first item: a page is named by where it starts. */
  readonly linkId: string;
  readonly items: readonly QuestionnaireItem[];
  /** The group the page shows, or null for a page with one item. */
  readonly group: ItemGroup | null;
}

/** The pages of the enabled items, in order, given the answers so far. */
export function questionPages(questionnaire: Questionnaire, answers: Answers): QuestionPage[] {
  const groupOf = new Map<string, ItemGroup>();
  for (const group of questionnaire.groups ?? []) for (const linkId of group.linkIds) groupOf.set(linkId, group);
  const pages: { linkId: string; items: QuestionnaireItem[]; group: ItemGroup | null }[] = [];
  for (const item of enabledItems(questionnaire, answers)) {
    const group = groupOf.get(item.linkId) ?? null;
    const last = pages.at(-1);
    if (group !== null && last?.group === group) last.items.push(item);
    else pages.push({ linkId: item.linkId, items: [item], group });
  }
  return pages;
}

/** The page that shows `linkId`, if that item is asked. */
export function pageOf(pages: readonly QuestionPage[], linkId: string): QuestionPage | undefined {
  return pages.find((page) => page.items.some((item) => item.linkId === linkId));
}

/** The questionnaire's parts; without any declared, the whole questionnaire is one part. */
export function partsOf(questionnaire: Questionnaire): readonly QuestionnairePart[] {
  return questionnaire.parts ?? [{ id: 'all', title: questionnaire.title, linkIds: questionnaire.items.map((item) => item.linkId) }];
}

/** The part that holds `linkId`, with its place ("2 of 4"). */
export function partOf(
  questionnaire: Questionnaire,
  linkId: string,
): { readonly part: QuestionnairePart; readonly index: number; readonly total: number } | undefined {
  const parts = partsOf(questionnaire);
  const index = parts.findIndex((part) => part.linkIds.includes(linkId));
  const part = parts[index];
  return part ? { part, index: index + 1, total: parts.length } : undefined;
}

/** The pages of each part, in order, for the review's headings; parts with nothing asked are left out. */
export function pagesByPart(questionnaire: Questionnaire, answers: Answers): { readonly part: QuestionnairePart; readonly pages: readonly QuestionPage[] }[] {
  const pages = questionPages(questionnaire, answers);
  return partsOf(questionnaire)
    .map((part) => ({ part, pages: pages.filter((page) => part.linkIds.includes(page.linkId)) }))
    .filter((section) => section.pages.length > 0);
}
