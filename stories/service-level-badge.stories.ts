import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { clearFaults, setFault } from '../src/mocks/faults.js';
import { waitFor } from './play-steps.js';

interface Args {
  level?: string;
  procedure?: string;
  agency?: string;
  plain?: boolean;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Service level badge',
  component: 'dvc-service-level-badge',
  render: (a) =>
    html`<dvc-service-level-badge
      level=${a.level ?? nothing}
      procedure=${a.procedure ?? nothing}
      agency=${a.agency ?? nothing}
      lang=${a.lang ?? nothing}
      ?plain=${a.plain}
    ></dvc-service-level-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A play step for stories about a fetched state: waits until every badge in the story shows a level for which
 * `wanted` holds (`data-level` of its pill, whatever the language).
 */
const untilBadgesShow =
  (wanted: (level: string | null) => boolean, what: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const levels = () =>
      [...canvasElement.querySelectorAll('dvc-service-level-badge')].map((b) => b.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level') ?? null);
    await waitFor(() => levels().every(wanted), what);
  };

/** `level="full"`: shown at once, no request. The pointer on it shows the full official label, which screen readers read as its text. */
export const FullyOnline: Story = { args: { level: 'full' } };
export const PartlyOnline: Story = { args: { level: 'partial' } };
export const InformationOnly: Story = { args: { level: 'info' } };
/** Old data says "Mức độ 4": the badge shows the current label. */
export const LegacyLevel4: Story = { args: { level: '4' } };
export const LegacyLevel3: Story = { args: { level: '3' } };
export const English: Story = { args: { level: 'full', lang: 'en' } };

/** `procedure="1.001193"`: the level is fetched; badges on a page share one batched request. */
export const ByProcedureCode: Story = { args: { procedure: '1.001193' } };
export const UnknownProcedure: Story = { args: { procedure: '0.000000' } };
export const Loading: Story = {
  args: { procedure: '1.000894' },
  beforeEach: () => {
    setFault('procedures', { kind: 'hang' });
    return () => clearFaults();
  },
};
export const LoadFailed: Story = {
  args: { procedure: '1.000894' },
  beforeEach: () => {
    setFault('procedures', { kind: 'server-error' });
    return () => clearFaults();
  },
  play: untilBadgesShow((level) => level === 'error', 'the failure on its badge'),
};

/** A page of procedures, each with its badge: one request for all of them. */
export const ManyBadges: Story = {
  render: () => html`<ul>
    ${['1.001193', '1.000894', '1.000656', '2.000815', '1.004222', '1.004194', '3.000333', '1.001612'].map(
      (c) => html`<li>${c} <dvc-service-level-badge procedure=${c}></dvc-service-level-badge></li>`,
    )}
  </ul>`,
  play: untilBadgesShow((level) => !!level && !['loading', 'error'].includes(level), 'a level on every badge'),
};

/** `agency="STP"`: the share of the agency's procedures offered online, with the breakdown on request. */
export const AgencyFigures: Story = { args: { agency: 'STP' } };
/** An empty `agency` attribute: the whole province. */
export const ProvinceFigures: Story = { args: { agency: '' } };
export const AgencyFiguresRateLimited: Story = {
  args: { agency: 'STP' },
  beforeEach: () => {
    setFault('stats', { kind: 'rate-limited', retryAfter: 30 });
    return () => clearFaults();
  },
};
