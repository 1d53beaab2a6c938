// User settings of the editors under test: quiet and offline, with pinned colours to assert on.
export const PERSON_COLOUR = { hex: '#ff00aa', rgb: 'rgb(255, 0, 170)' };
export const PLACE_COLOUR = { hex: '#0077ff', rgb: 'rgb(0, 119, 255)' };
export const ANNOTATOR = 'e2e-tester';

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
  'editor.semanticTokenColorCustomizations': {
    enabled: true,
    rules: { person: PERSON_COLOUR.hex, place: PLACE_COLOUR.hex },
  },
  'newsAnnotator.annotator': ANNOTATOR,
};
