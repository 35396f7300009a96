import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

/**
 * Change the tokens in the Controls panel and watch every widget follow. A province sets the same
 * `--dvc-*` properties once, on `:root` or any container, to brand all widgets.
 */
interface Tokens {
  '--dvc-color-primary': string;
  '--dvc-color-on-primary': string;
  '--dvc-color-text': string;
  '--dvc-color-surface': string;
  '--dvc-color-surface-alt': string;
  '--dvc-color-success': string;
  '--dvc-color-danger': string;
  '--dvc-color-highlight': string;
  '--dvc-color-focus': string;
  '--dvc-font-family': string;
  '--dvc-radius': string;
  '--dvc-color-scheme': string;
}

const color = { control: 'color' } as const;

const meta: Meta<Tokens> = {
  title: 'Guides/Theming',
  argTypes: {
    '--dvc-color-primary': color,
    '--dvc-color-on-primary': color,
    '--dvc-color-text': color,
    '--dvc-color-surface': color,
    '--dvc-color-surface-alt': color,
    '--dvc-color-success': color,
    '--dvc-color-danger': color,
    '--dvc-color-highlight': color,
    '--dvc-color-focus': color,
    '--dvc-color-scheme': { control: 'inline-radio', options: ['light dark', 'light', 'dark'] },
  },
  args: {
    '--dvc-color-primary': '#a3161a',
    '--dvc-color-on-primary': '#ffffff',
    '--dvc-color-text': '#1b1f24',
    '--dvc-color-surface': '#ffffff',
    '--dvc-color-surface-alt': '#f7f1ea',
    '--dvc-color-success': '#176c2f',
    '--dvc-color-danger': '#b3261e',
    '--dvc-color-highlight': '#fff1a8',
    '--dvc-color-focus': '#f2a900',
    '--dvc-font-family': 'Georgia, serif',
    '--dvc-radius': '2px',
    '--dvc-color-scheme': 'light',
  },
  render: (tokens) => html`<div style=${styleMap(tokens as unknown as Record<string, string>)}>
    <p><dvc-service-level-badge level="full"></dvc-service-level-badge> <dvc-service-level-badge level="partial"></dvc-service-level-badge>
      <dvc-service-level-badge level="info"></dvc-service-level-badge> <dvc-service-level-badge agency="STP"></dvc-service-level-badge></p>
    <dvc-procedure-search query="khai sinh" page-size="3"></dvc-procedure-search>
    <dvc-dossier-tracker code="000.00.53.H48-220921-0099"></dvc-dossier-tracker>
    <dvc-feedback-form procedure="1.001193"></dvc-feedback-form>
  </div>`,
  parameters: {
    docs: {
      description: {
        component: 'Set these on `:root` (or any container) in the site stylesheet: `:root { --dvc-color-primary: #a3161a; }`.',
      },
    },
  },
};
export default meta;

export const ProvincialRed: StoryObj<Tokens> = {};
export const DarkScheme: StoryObj<Tokens> = {
  args: {
    '--dvc-color-scheme': 'dark',
    '--dvc-color-primary': '#8cc2ff',
    '--dvc-color-on-primary': '#00213f',
    '--dvc-color-text': '#e8eaed',
    '--dvc-color-surface': '#16191d',
    '--dvc-color-surface-alt': '#22262b',
    '--dvc-color-success': '#7fd69a',
    '--dvc-color-danger': '#ff9c94',
    '--dvc-color-highlight': '#5c4b00',
  },
};
