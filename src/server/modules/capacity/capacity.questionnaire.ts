import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Questionnaire,
  type QuestionnaireFile,
  questionnaireFileSchema,
} from '../../../contracts/capacity';
import type { Language } from '../../../contracts/common';

// src/server/modules/capacity → repository root → data/capacity
const questionnaireDirectory = fileURLToPath(new URL('../../../../data/capacity/', import.meta.url));

/** The questionnaire a new edition uses unless an association adopts another. */
export const defaultQuestionnaireId = 'vinculo-capacidad-internacional';

let loaded: Map<string, QuestionnaireFile> | null = null;

function keyOf(id: string, version: number) {
  return `${id}@${version}`;
}

/**
 * Every questionnaire file of data/capacity, checked against the contract once per process: a file
 * with a missing translation or a dimension without its five levels stops the server at start.
 */
function questionnaires(): Map<string, QuestionnaireFile> {
  if (loaded) return loaded;
  const files = readdirSync(questionnaireDirectory).filter((name) => name.endsWith('.json'));
  const map = new Map<string, QuestionnaireFile>();
  for (const name of files) {
    const parsed = questionnaireFileSchema.safeParse(
      JSON.parse(readFileSync(path.join(questionnaireDirectory, name), 'utf8')),
    );
    if (!parsed.success)
      throw new Error(`data/capacity/${name} is not a valid questionnaire: ${parsed.error.message}`);
    map.set(keyOf(parsed.data.id, parsed.data.version), parsed.data);
  }
  loaded = map;
  return map;
}

/** The newest version of a questionnaire (the one new editions use). */
export function currentQuestionnaire(id = defaultQuestionnaireId): QuestionnaireFile {
  const versions = [...questionnaires().values()].filter((item) => item.id === id);
  const newest = versions.sort((a, b) => b.version - a.version)[0];
  if (!newest) throw new Error(`No questionnaire ${id} in data/capacity`);
  return newest;
}

/** The newest version of each of the instance's questionnaires, the default first. */
export function instanceQuestionnaires(): QuestionnaireFile[] {
  const ids = [...new Set([...questionnaires().values()].map((item) => item.id))];
  ids.sort((a, b) =>
    a === defaultQuestionnaireId ? -1 : b === defaultQuestionnaireId ? 1 : a.localeCompare(b),
  );
  return ids.map((id) => currentQuestionnaire(id));
}

export function isInstanceQuestionnaireId(id: string): boolean {
  return [...questionnaires().values()].some((item) => item.id === id);
}

/** The exact questionnaire an edition used; an edition always names one that exists. */
export function questionnaireOf(id: string, version: number): QuestionnaireFile {
  const found = questionnaires().get(keyOf(id, version));
  if (!found) throw new Error(`No questionnaire ${id} version ${version} in data/capacity`);
  return found;
}

/** The questionnaire in one language, as the API returns it. */
export function localizeQuestionnaire(file: QuestionnaireFile, language: Language): Questionnaire {
  return {
    id: file.id,
    version: file.version,
    title: file.title[language],
    evidenceFromLevel: file.evidenceFromLevel,
    levels: file.levels.map((level) => ({ level: level.level, name: level.name[language] })),
    dimensions: file.dimensions.map((dimension) => ({
      key: dimension.key,
      name: dimension.name[language],
      question: dimension.question[language],
      levels: dimension.levels.map((level) => ({
        level: level.level,
        description: level.description[language],
        nextStep: level.nextStep[language],
      })),
    })),
  };
}
