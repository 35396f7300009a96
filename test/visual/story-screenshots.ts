/**
 * A screenshot of every Storybook story (test/stories/plugin.js makes each stories file a test file), in light,
 * dark and forced colours, compared with the baseline images in test/visual/screenshots/baseline/. Chromium only:
 * `npm run test:visual`; `npm run test:visual -- --update` accepts the current look as the new baselines.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { renderStory, storiesOf, titleOf } from '../stories/render.js';

const MODES = ['light', 'dark', 'forced'] as const;
type Mode = (typeof MODES)[number];

/** Stories taller than this (a hundred results) are cut off here: the rest repeats what is above. */
const MAX_HEIGHT_PX = 2000;

/** "Widgets/Dossier tracker" → "widgets-dossier-tracker": one folder of images per stories file. */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function setMode(mode: Mode) {
  await executeServerCommand('visual-mode', { mode });
  // Style and paint under the new media before the screenshot.
  await frame();
  await frame();
}

export function storyTests(module: Parameters<typeof storiesOf>[0], previewHead: string): void {
  // A page that follows the citizen's choice of scheme, as the README advises; the dark mode then prefers dark.
  document.documentElement.style.colorScheme = 'light dark';
  const folder = slug(titleOf(module));
  describe(`screenshots: ${titleOf(module)}`, () => {
    for (const [name, story] of storiesOf(module)) {
      describe(name, () => {
        let canvas: HTMLElement | undefined;
        before(async function () {
          this.timeout(30_000);
          await setMode('light');
          canvas = await renderStory(story, previewHead);
          canvas.style.maxHeight = `${MAX_HEIGHT_PX}px`;
          canvas.style.overflow = 'clip';
          // A blinking caret would make a focused field's screenshot differ from run to run.
          canvas.style.caretColor = 'transparent';
        });
        after(() => canvas?.remove());

        for (const mode of MODES) {
          it(mode, async () => {
            await setMode(mode);
            try {
              await visualDiff(canvas!, `${folder}/${name}.${mode}.png`);
            } catch (e) {
              throw new Error(`${(e as Error).message}\nIf the new look is intended: npm run test:visual -- --update`);
            }
          });
        }
      });
    }
  });
}
