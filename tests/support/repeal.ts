// A real repeal between two documents: 证监会公告〔2017〕13号, whose announcement
// (tests/fixtures/validity/sentences.json) repeals 证监会公告〔2008〕38号 — titles, numbers and
// dates as published; each document's relations and validity as the parser reads them.
import { readFileSync } from 'node:fs';
import { findRelations } from '../../src/parser/relations.ts';
import { readValidity } from '../../src/parser/validity.ts';
import type { Related } from '../../src/utils/relations.ts';

const sentences: Array<{ sentence: string; source: string }> = JSON.parse(
  readFileSync(new URL('../fixtures/validity/sentences.json', import.meta.url), 'utf8'),
);
const announcement = sentences.find((s) => s.source.includes('71411329062'))!.sentence;

export const repealing: Omit<Related, 'id'> = {
  title: '中国证券监督管理委员会公告',
  docNumber: '证监会公告〔2017〕13号',
  date: '2017-09-05',
  ...readValidity(announcement, '2017-09-05'),
  relations: findRelations(announcement),
};

export const repealed: Omit<Related, 'id'> = {
  title: '关于进一步规范证券投资基金估值业务的指导意见',
  docNumber: '证监会公告〔2008〕38号',
  date: null,
  effective: null,
  expires: null,
  relations: [],
};
