import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../shared/questionnaire/questionnaire-types.ts';
import { backtalkQuestionnaire, hypermobilityLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { questionnaireToFhir } from '../../../../shared/fhir/questionnaire-to-fhir.ts';
import { enabledItems } from '../../../../shared/questionnaire/enable-when.ts';
import { pageOf, pagesByPart, partOf, partsOf, questionPages } from '../../../../shared/questionnaire/question-pages.ts';

const allLinkIds = backtalkQuestionnaire.items.map((item) => item.linkId);

describe('question pages and parts', () => {
  it('puts the five bendy-joint questions on one page, and every other item on a page of its own', () => {
    const pages = questionPages(backtalkQuestionnaire, {});
    const grouped = pages.filter((page) => page.items.length > 1);
    expect(grouped.map((page) => page.items.map((item) => item.linkId))).toEqual([hypermobilityLinkIds]);
    expect(grouped[0]?.linkId).toBe('hypermobility-hands-floor');
    expect(pages.flatMap((page) => page.items.map((item) => item.linkId))).toEqual(enabledItems(backtalkQuestionnaire, {}).map((item) => item.linkId));
    expect(pageOf(pages, 'hypermobility-dislocation')?.linkId).toBe('hypermobility-hands-floor');
  });

  it('declares groups of consecutive items, each inside one part', () => {
    for (const group of backtalkQuestionnaire.groups ?? []) {
      const start = allLinkIds.indexOf(group.linkIds[0]!);
      expect(allLinkIds.slice(start, start + group.linkIds.length)).toEqual(group.linkIds);
      expect(new Set(group.linkIds.map((linkId) => partOf(backtalkQuestionnaire, linkId)?.part.id)).size).toBe(1);
    }
  });

  it('has four parts that cover every item once, in questionnaire order, with the screening first', () => {
    const parts = partsOf(backtalkQuestionnaire);
    expect(parts).toHaveLength(4);
    expect(parts.flatMap((part) => part.linkIds)).toEqual(allLinkIds);
    const screening = backtalkQuestionnaire.items.filter((item) => item.section !== 'about').map((item) => item.linkId);
    expect(parts[0]?.linkIds).toEqual(screening);
    expect(partOf(backtalkQuestionnaire, 'frequency')).toMatchObject({ index: 2, total: 4 });
  });

  it('groups the review by part, whatever is asked (the pain score comes and goes)', () => {
    for (const answers of [{}, { hurts: 'yes' }] as Answers[]) {
      const sections = pagesByPart(backtalkQuestionnaire, answers);
      expect(sections.map((section) => section.part.id)).toEqual(['screening', 'where-when', 'how-it-feels', 'about-you']);
      expect(sections.flatMap((section) => section.pages)).toEqual(questionPages(backtalkQuestionnaire, answers));
    }
    expect(pagesByPart(backtalkQuestionnaire, { hurts: 'yes' })[2]?.pages.map((page) => page.linkId)).toContain('pain-score');
  });

  it('treats a questionnaire without parts as one part', () => {
    const plain = { ...backtalkQuestionnaire, parts: undefined, groups: undefined };
    expect(partOf(plain, 'age')).toMatchObject({ index: 1, total: 1 });
    expect(questionPages(plain, {}).every((page) => page.items.length === 1)).toBe(true);
  });

  it('is layout only: the FHIR Questionnaire is the same flat list with or without groups and parts', () => {
    const flat = questionnaireToFhir({ ...backtalkQuestionnaire, groups: undefined, parts: undefined });
    expect(questionnaireToFhir(backtalkQuestionnaire)).toEqual(flat);
    expect(flat.item?.map((item) => item.linkId)).toEqual(allLinkIds);
  });
});
