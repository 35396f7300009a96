import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { getCustomElements, type ArgTypes, type Meta, type StoryObj } from '@storybook/web-components-vite';

/**
 * Change the tokens in the Controls panel and watch every widget follow. A province sets the same `--dvc-*`
 * properties once, on `:root` or any container, to brand all widgets. The table (names, descriptions, light and
 * dark defaults) comes from the manifest, which the base element's JSDoc feeds.
 */
type Tokens = Record<`--dvc-${string}`, string | undefined>;

interface CssProperty {
  name: string;
  description?: string;
  default?: string;
}

interface Manifest {
  modules: { declarations?: { name: string; cssProperties?: CssProperty[] }[] }[];
}

// The manifest the preview hands to Storybook (absent where stories render without the preview: no table then).
const manifest = getCustomElements() as Manifest | undefined;
const cssProperties = manifest?.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'DvcBase')?.cssProperties ?? [];

const argTypes: ArgTypes<Tokens> = Object.fromEntries(
  cssProperties.map((p) => [
    p.name,
    {
      description: p.description,
      control:
        p.name === '--dvc-color-scheme'
          ? { type: 'inline-radio' }
          : p.name.startsWith('--dvc-color-')
            ? { type: 'color' }
            : { type: 'text' },
      ...(p.name === '--dvc-color-scheme' ? { options: ['light dark', 'light', 'dark'] } : {}),
      table: { category: 'design tokens', defaultValue: { summary: p.default } },
    },
  ]),
);

const widgets = (tokens: Tokens): TemplateResult => html`<div style=${styleMap(tokens)}>
  <p>
    <dvc-service-level-badge level="full"></dvc-service-level-badge> <dvc-service-level-badge level="partial"></dvc-service-level-badge>
    <dvc-service-level-badge level="info"></dvc-service-level-badge> <dvc-service-level-badge agency="STP"></dvc-service-level-badge>
  </p>
  <dvc-procedure-search query="khai sinh" page-size="3"></dvc-procedure-search>
  <dvc-dossier-tracker code="000.00.53.H48-220921-0099"></dvc-dossier-tracker>
  <dvc-feedback-form procedure="1.001193"></dvc-feedback-form>
</div>`;

const meta: Meta<Tokens> = {
  title: 'Guides/Theming',
  argTypes,
  args: {},
  render: widgets,
  parameters: {
    docs: {
      description: {
        component: `Set the tokens on \`:root\` (or any container) in the site stylesheet:
\`:root { --dvc-color-primary: #a3161a; }\`. Each widget documents its own extra properties and its \`::part\`s.

**Light and dark.** The widgets follow the page's \`color-scheme\`: a light page gets light widgets, a page that
declares \`color-scheme: dark\` (or \`light dark\`, for a citizen who prefers dark) gets dark ones.
\`--dvc-color-scheme\` decides for the widgets alone: \`light dark\` follows the citizen's preference on any
page, \`light\` or \`dark\` pins them. Since a widget's scheme can then differ from the page's colours, every
widget paints its own surface (\`--dvc-color-surface\`) under its text and reads the same on any page (see
*Dark scheme* and *Follows the citizen* below: dark widgets on this light page). To blend into a page of
another colour, set \`--dvc-color-surface\` to the page's background.

**Your colours in both schemes.** A colour set as a plain value holds in both schemes. To give each scheme its
own, use \`light-dark()\` inside \`@supports\`, so browsers without it keep the first value:
\`:root { --dvc-color-primary: #a3161a; } @supports (color: light-dark(#000, #fff)) { :root { --dvc-color-primary: light-dark(#a3161a, #ff9a94); } }\`.

**Older browsers.** Safari 16.4–17.4, Chrome 111–122 and Firefox 115–119 have no \`light-dark()\`: they show
the light colours, on the widgets' own light surface, whatever the scheme. In Windows high-contrast mode
(forced colours) the widgets use the system colours.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Tokens>;

/** The defaults, on a light page. */
export const Defaults: Story = {};

/** A province's own brand: a few tokens, set once for every widget. */
export const ProvincialRed: Story = {
  args: {
    '--dvc-color-primary': '#a3161a',
    '--dvc-color-surface-alt': '#f7f1ea',
    '--dvc-color-focus': '#8a4b00',
    '--dvc-font-family': 'Georgia, serif',
    '--dvc-radius': '2px',
  },
};

/** `--dvc-color-scheme: dark` on this light page: the widgets in their dark colours, each on its own surface. */
export const DarkScheme: Story = { args: { '--dvc-color-scheme': 'dark' } };

/**
 * `--dvc-color-scheme: light dark` (the setting that follows the citizen): dark widgets when the system prefers
 * dark, light ones otherwise, whatever this page paints.
 */
export const FollowsTheCitizen: Story = { args: { '--dvc-color-scheme': 'light dark' } };

/** A dark site (`color-scheme: dark`): the widgets follow it with no token set. */
export const DarkPage: Story = {
  render: (tokens) => html`<div style="color-scheme: dark; background: Canvas; color: CanvasText; padding: 1rem">
    <p>Trang của Sở Tư pháp, nền tối.</p>
    ${widgets(tokens)}
  </div>`,
};
