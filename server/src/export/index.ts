// Dataset export: the formats and where each writes its output.
import { toBrat, type OutputFile } from './brat';
import type { ExportDocument } from './collect';
import { toConll } from './conll';
import { toJsonl } from './jsonl';
import { toLabelStudio } from './labelstudio';
import { toWebAnnotation } from './webanno';

export type { OutputFile } from './brat';
export { collectDocuments, type ExportDocument, type ExportSpan } from './collect';

export const EXPORT_FORMATS = ['conll', 'jsonl', 'brat', 'labelstudio', 'webanno'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);

/** brat writes a folder of files; every other format writes one file. */
export const writesFolder = (format: ExportFormat): boolean => format === 'brat';

/** The files of an export, relative to the output folder (brat) or with an empty path (the output file itself). */
export function renderExport(format: ExportFormat, documents: ExportDocument[], warn: (message: string) => void): OutputFile[] {
  switch (format) {
    case 'conll':
      return [{ path: '', content: toConll(documents, warn) }];
    case 'jsonl':
      return [{ path: '', content: toJsonl(documents) }];
    case 'brat':
      return toBrat(documents);
    case 'labelstudio':
      return [{ path: '', content: toLabelStudio(documents) }];
    case 'webanno':
      return [{ path: '', content: toWebAnnotation(documents) }];
  }
}
