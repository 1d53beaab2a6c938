// User settings of the editors under test: quiet and offline, with a pinned person colour to
// assert on (the other token colours stay the extension's defaults, as users see them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './support/paths';

export const PERSON_COLOUR = { hex: '#ff00aa', rgb: 'rgb(255, 0, 170)' };
/** The annotator name: annotations go to `<article>.annotations.e2e-tester.json`. */
export const ANNOTATOR = 'e2e-tester';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const defaultRules = manifest.contributes?.configurationDefaults?.['editor.semanticTokenColorCustomizations']?.rules ?? {};

export const EDITOR_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.semanticTokenColorCustomizations': {
    enabled: true,
    rules: { ...defaultRules, person: PERSON_COLOUR.hex },
  },
  'newsAnnotator.annotator': ANNOTATOR,
};
