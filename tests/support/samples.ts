// The five sample issues in content/, parsed as convert parses them.
import { readFileSync } from 'node:fs';
import { parseIssue } from '../../src/parser/index.ts';

export const SAMPLES = [
  'dawukou/2021-3',
  'jinfeng/2018-2',
  'kundulun/2017-1',
  'nanming/2020-4',
  'qingxin/2018-3',
];

/** Every document of the five samples, in issue order. */
export const sampleDocuments = () =>
  SAMPLES.flatMap(
    (s) => parseIssue(`content/${s}.txt`, readFileSync(`content/${s}.txt`)).documents,
  );
