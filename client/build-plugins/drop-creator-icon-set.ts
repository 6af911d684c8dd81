/**
 * survey-js-ui bundles SurveyJS's two icon sets and registers both: v2, which the form draws with, and v1, kept in
 * a per-theme table that only SurveyJS Creator's theme switcher reads. The respondent page would download v1
 * (about 9 KB compressed) for nothing, so the build removes its registration and lets Rollup drop the set.
 * Fails the build when survey-js-ui no longer matches, rather than silently shipping the set again.
 */
import type { Plugin } from 'vite';

const surveyJsUiModule = /[\\/]survey-js-ui[\\/]fesm[\\/]survey-js-ui\.mjs$/;
const iconSetV1Lines = [
  'var iconsV1Exports = requireIconsV1();',
  'addIconsToThemeSet("v1", iconsV1Exports.icons);',
];

export function dropCreatorIconSet(): Plugin {
  return {
    name: 'tinjau-drop-creator-icon-set',
    transform(code, id) {
      if (!surveyJsUiModule.test(id)) return null;
      let trimmed = code;
      for (const line of iconSetV1Lines) {
        if (!trimmed.includes(line))
          this.error(
            `survey-js-ui changed: "${line}" not found, so its v1 icon set can no longer be left out`,
          );
        trimmed = trimmed.replace(line, '');
      }
      return { code: trimmed, map: null };
    },
  };
}
