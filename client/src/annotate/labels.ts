// The annotation labels as the UI shows them: name, description and colour (theme colours contributed in package.json).
import * as vscode from 'vscode';
import type { AnnotationLabel } from '../../../server/src/store/schema';

export interface LabelInfo {
  label: AnnotationLabel;
  name: string;
  description: string;
  /** Theme colour id (package.json `contributes.colors`), matching the semantic token colours. */
  color: string;
}

export const LABEL_INFO: LabelInfo[] = [
  { label: 'PER', name: 'Person', description: 'a named person', color: 'newsAnnotator.label.person' },
  { label: 'LOC', name: 'Place', description: 'a country, city, region, base or landmark', color: 'newsAnnotator.label.place' },
  { label: 'ORG', name: 'Organization', description: 'an agency, ministry, party, company or media outlet', color: 'newsAnnotator.label.organization' },
  { label: 'DATE', name: 'Date', description: 'a calendar expression (day, month, year, "last Tuesday")', color: 'newsAnnotator.label.date' },
  { label: 'CLAIM', name: 'Claim', description: 'a questionable claim worth checking', color: 'newsAnnotator.label.claim' },
];

export const infoOf = (label: AnnotationLabel): LabelInfo => LABEL_INFO.find((l) => l.label === label)!;

export const labelIcon = (label: AnnotationLabel): vscode.ThemeIcon => new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor(infoOf(label).color));

/** Asks for a label, each shown with its colour; `current` is listed but marked. */
export async function pickLabel(title: string, current?: AnnotationLabel): Promise<AnnotationLabel | undefined> {
  const picked = await vscode.window.showQuickPick(
    LABEL_INFO.map((l) => ({
      label: `${l.name} (${l.label})`,
      description: l.label === current ? 'current' : l.description,
      iconPath: labelIcon(l.label),
      value: l.label,
    })),
    { title, placeHolder: 'Label' },
  );
  return picked?.value;
}
