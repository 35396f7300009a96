/**
 * Every Storybook story is a test (test/stories/plugin.js makes each stories file a test file): the story renders
 * as in Storybook, settles, and axe finds nothing against WCAG 2.2 A and AA and the best-practice rules. In every
 * engine.
 */
import { expect } from '@open-wc/testing';
import { axeViolations } from './axe.js';
import { renderStory, storiesOf, titleOf } from './render.js';

export function storyTests(module: Parameters<typeof storiesOf>[0], previewHead: string): void {
  describe(`stories: ${titleOf(module)}`, () => {
    for (const [name, story] of storiesOf(module)) {
      it(`${name}: renders, settles, and axe finds nothing`, async function () {
        // Rendering, the mock's latency, a play function and axe on the biggest stories (100 results).
        this.timeout(30_000);
        const canvas = await renderStory(story, previewHead);
        try {
          expect(canvas.querySelector('*') !== null, 'the story rendered something').to.equal(true);
          expect(await axeViolations(canvas)).to.deep.equal([]);
        } finally {
          canvas.remove();
        }
      });
    }
  });
}
