// The embed builder, for a province's webmasters: the API address (and a check of it), a widget, its options in
// plain words, where the address and the library go on their page; a live preview; the code to paste.
// Which tags and attributes exist comes from the generated manifest (dist/custom-elements.json); what each is
// called and how it is asked for comes from builder-texts.js, in Vietnamese and English.
import { fold, isVietnamese, VERSION } from '/demo/builder-lib.js';
import { ApiCheck, checkCommand } from './builder-check.js';
import { PickList, tag } from './builder-picklist.js';
import { ATTRIBUTES, attributeEntry, EXAMPLE_API, EXAMPLE_CATALOG, EXAMPLE_CDN, SAMPLE_PROCEDURE, TAGS, TEXTS } from './builder-texts.js';

const FILES = { loader: 'dvc-elements.js', bundle: 'dvc-elements.bundle.js' };
const BADGE = 'dvc-service-level-badge';
const FORM = 'dvc-feedback-form';
const BADGE_MODES = ['procedure', 'agency', 'province', 'level'];
/** Attributes the code has but the preview leaves out. */
const NOT_IN_PREVIEW = new Set(['url-state']);
/** Results a procedure search asks for at a time. */
const PROCEDURE_RESULTS = 20;
/** The preview waits this long after the last keystroke before it rebuilds the widget (and asks the API again). */
const PREVIEW_DELAY_MS = 300;

const root = document.getElementById('builder');
const langSwitch = document.getElementById('lang-switch');
/** The demo's mock API, filled in by the server that serves this page, and the catalog folder it also serves. */
const mockApi = (() => {
  const content = document.querySelector('meta[name="dvc-demo-api"]')?.content ?? '';
  return /^https?:\/\//.test(content) ? content : '';
})();
const mockCatalog = mockApi ? new URL('/thu-tuc/', mockApi).href : '';

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'vi');
const T = () => TEXTS[lang()];

const state = {
  api: '',
  tag: '',
  /** Values per tag and attribute, so that switching widgets and back keeps what was set. */
  values: {},
  badgeMode: 'province',
  apiWhere: 'meta',
  file: 'loader',
  /** The library's folder as typed; empty: the code shows an example address, and says so. */
  cdn: '',
  useCatalog: false,
  catalog: '',
};

/** An absolute http(s) address, or null. */
function validUrl(text) {
  try {
    const url = new URL(text.trim());
    return /^https?:$/.test(url.protocol) && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
/**
 * What keeps the address typed in `field` ('api', 'catalog' or 'cdn') from going into the code, as the key of its
 * message, or null. Besides a full http(s) address: no user name or password (browsers send none for the widgets,
 * and the code would publish them on every page); for the API and the library, no "?" or "#" part either (the
 * widgets add paths after the API's address, the code adds the file's name after the library's, and a key there
 * would be published too). A catalog's query may stay: it names a publication (a cache-buster,
 * `src/catalog/catalog-store.ts`).
 */
function addressProblem(field) {
  const href = validUrl(state[field]);
  if (!href) return 'addressInvalid';
  const url = new URL(href);
  if (url.username || url.password) return `${field}Credentials`;
  return field !== 'catalog' && /[?#]/.test(href) ? `${field}Query` : null;
}
/** The address typed in `field`, when it can go into the code; otherwise null. */
const typed = (field) => (state[field].trim() && !addressProblem(field) ? validUrl(state[field]) : null);
/** Why the address typed in `field` cannot be used, said next to it; null when it can, or when none is typed. */
const addressError = (field) => (state[field].trim() ? (T()[addressProblem(field)] ?? null) : null);
const typedApi = () => typed('api')?.replace(/\/+$/, '') ?? null;
const apiError = () => addressError('api');
const typedCatalog = () => typed('catalog');
const catalogError = () => addressError('catalog');
/**
 * The library's folder, from what was typed: the address of the file itself (what a webmaster copies from the
 * CDN) stands for its folder.
 */
const typedCdn = () => typed('cdn')?.replace(/\/dvc-elements(\.bundle)?(\.min)?\.js$/, '/') ?? null;
const cdnError = () => addressError('cdn');
/** The API the preview and the lists use: the address typed, else (none yet, or not an address) the demo's mock API. */
const workingApi = () => typedApi() ?? (mockApi || null);
const escapeAttr = (v) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const withSlash = (url) => (url.endsWith('/') ? url : `${url}/`);
/**
 * Plain http works only on the webmaster's own machine: a site served over https may not load scripts or data
 * from http addresses (browsers block it as mixed content).
 */
const insecure = (href) => !!href && new URL(href).protocol === 'http:' && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(new URL(href).hostname);

// ---- The manifest: which tags and attributes exist -------------------------------------------------------

let declarations = [];
async function loadManifest() {
  const res = await fetch('/dist/custom-elements.json');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const manifest = await res.json();
  declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const order = Object.keys(TAGS);
  declarations.sort((a, b) => (order.indexOf(a.tagName) + 1 || 99) - (order.indexOf(b.tagName) + 1 || 99));
}
const declarationOf = (name) => declarations.find((d) => d.tagName === name);
const attributesOf = (name) => (declarationOf(name)?.attributes ?? []).map((a) => a.name);
const supports = (name, attr) => attributesOf(name).includes(attr);
const valuesOf = (name) => (state.values[name] ??= {});

/** The attributes of a tag the options ask for, in the manifest's order, with `lang` last. */
function optionAttributes(name) {
  return [...attributesOf(name), 'lang'].filter((a) => {
    const entry = attributeEntry(name, a);
    return entry && !entry.page;
  });
}

// ---- Lists from the API (lĩnh vực, cơ quan, thủ tục) ------------------------------------------------------

async function getJson(path, signal) {
  const base = workingApi();
  if (!base) throw new Error('no API');
  const res = await fetch(`${base}${path}`, { signal, credentials: 'omit', headers: { 'Accept-Language': lang() } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}
const itemsOf = (body) => {
  if (!Array.isArray(body?.items)) throw new Error('not a list');
  return body.items.filter((i) => typeof i?.code === 'string' && typeof i?.name === 'string').map(({ code, name }) => ({ code, name }));
};
const SOURCES = {
  domains: () => ({ load: async (signal) => itemsOf(await getJson('/domains', signal)) }),
  agencies: () => ({ load: async (signal) => itemsOf(await getJson('/agencies', signal)) }),
  procedures: () => ({
    search: async (q, signal) => {
      const body = await getJson(`/procedures?q=${encodeURIComponent(q)}&page=1&pageSize=${PROCEDURE_RESULTS}`, signal);
      return { items: itemsOf(body), total: Number(body.total) || 0 };
    },
  }),
};

/** Pick lists by tag and attribute, kept across re-renders (they hold their loaded list and the choice). */
const pickLists = new Map();
function pickListFor(name, attr, entry) {
  const key = `${name} ${attr}`;
  let pick = pickLists.get(key);
  if (!pick) {
    pick = new PickList({
      label: entry[lang()].label,
      hint: entry[lang()].hint,
      texts: () => T().pick,
      fold,
      isVietnamese,
      onChange: (code) => {
        valuesOf(name)[attr] = code;
        update();
      },
    });
    pick.setValue(valuesOf(name)[attr] ?? '');
    pick.setSource(SOURCES[entry.list]());
    pickLists.set(key, pick);
  } else {
    pick.applyTexts(entry[lang()]);
  }
  return pick;
}
function reloadLists() {
  for (const [key, pick] of pickLists) pick.setSource(SOURCES[attributeEntry(...key.split(' ')).list]());
}

// ---- Form parts ------------------------------------------------------------------------------------------

let fieldId = 0;
/** A labelled field: label, hint, control, and an error line (hidden until there is one). */
function field(label, hint, control, { error } = {}) {
  const id = control.id || (control.id = `f-${++fieldId}`);
  const hintEl = hint ? tag('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  // Always there (empty without an error), as a live region: an error that appears when the field is left is
  // announced, not only shown.
  const errorEl = tag('p', { class: 'error', id: `${id}-error`, 'aria-live': 'polite', text: error ?? '' });
  if (error) control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', [hintEl?.id, errorEl.id].filter(Boolean).join(' '));
  if (control.type === 'checkbox') {
    return tag('div', { class: 'field check-field' }, control, tag('label', { for: id, text: label }), hintEl, errorEl);
  }
  return tag('div', { class: 'field' }, tag('label', { for: id, text: label }), hintEl, control, errorEl);
}

function setError(control, message) {
  const errorEl = document.getElementById(`${control.id}-error`);
  errorEl.textContent = message ?? '';
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** A group of radio buttons: `choices` = [{ value, label, hint }]. */
function radios(name, legend, choices, current, onChange) {
  const fieldset = tag('fieldset', { class: 'choices' }, tag('legend', { text: legend }));
  for (const c of choices) {
    const id = `${name}-${c.value || 'none'}`;
    const input = tag('input', { type: 'radio', name, id, value: c.value, checked: c.value === current });
    if (c.hint) input.setAttribute('aria-describedby', `${id}-hint`);
    input.addEventListener('change', () => input.checked && onChange(c.value));
    fieldset.append(
      tag('div', { class: 'choice' }, input, tag('label', { for: id, text: c.label }), c.hint ? tag('p', { class: 'hint', id: `${id}-hint`, text: c.hint }) : null),
    );
  }
  return fieldset;
}

function select(options, labels, current) {
  const el = tag('select');
  for (const v of options) el.append(new Option(labels[v], v, false, v === current));
  return el;
}

// ---- Sections --------------------------------------------------------------------------------------------

let apiCheck;
let apiInput;
let commandCode;

function apiSection() {
  const t = T();
  apiInput = tag('input', { type: 'url', id: 'api-address', inputmode: 'url', autocomplete: 'url', spellcheck: 'false', placeholder: EXAMPLE_API });
  apiInput.value = state.api;
  apiInput.addEventListener('input', () => {
    state.api = apiInput.value;
    if (!apiError()) setError(apiInput, null);
    updateCommand();
    update({ preview: false });
  });
  apiInput.addEventListener('change', () => {
    state.api = apiInput.value;
    setError(apiInput, apiError());
    reloadLists();
    update();
  });
  apiCheck ??= new ApiCheck({
    lang,
    target: () => {
      if (apiError()) {
        setError(apiInput, apiError());
        apiInput.focus();
        return null;
      }
      const base = workingApi();
      return base ? { base, label: typedApi() ?? T().checkMock } : null;
    },
  });
  apiCheck.applyTexts();
  commandCode = tag('code', { id: 'check-command' });
  const command = tag(
    'div',
    { class: 'command' },
    tag('p', { id: 'command-intro', text: t.commandIntro }),
    tag('pre', { id: 'check-command-box', tabindex: '0', 'aria-labelledby': 'command-label', role: 'region' }, commandCode),
    tag('p', { class: 'visually-hidden', id: 'command-label', text: t.commandLabel }),
    tag('p', { class: 'hint', text: t.commandOrigin }),
  );
  updateCommand();
  const section = tag(
    'section',
    { class: 'card', 'aria-labelledby': 'h-api' },
    tag('h2', { id: 'h-api', text: t.apiHeading }),
    field(t.apiLabel, t.apiHint, apiInput, { error: apiError() ?? undefined }),
    apiCheck.element,
    command,
  );
  return section;
}

function updateCommand() {
  if (commandCode) commandCode.textContent = checkCommand(typedApi() ?? EXAMPLE_API, lang());
}

function tagSection() {
  const t = T();
  const choices = declarations.map((d) => {
    const words = TAGS[d.tagName]?.[lang()];
    return { value: d.tagName, label: words?.label ?? d.summary ?? d.tagName, hint: words?.hint };
  });
  return tag(
    'section',
    { class: 'card', 'aria-labelledby': 'h-tag' },
    tag('h2', { id: 'h-tag', text: t.tagHeading }),
    radios('widget', t.tagLegend, choices, state.tag, (value) => {
      state.tag = value;
      optionsBox.replaceChildren(...optionFields());
      placementBox.replaceChildren(...placementFields());
      update();
    }),
  );
}

const optionsBox = tag('div', { class: 'options' });

/** The fields of the chosen widget's options. */
function optionFields() {
  const name = state.tag;
  const values = valuesOf(name);
  const fields = [];
  const modeFields = [];
  const checkboxes = {};
  // A checkbox that needs another one ticked (entry.needs) can be ticked only while that one is.
  const syncNeeds = () => {
    for (const [attr, input] of Object.entries(checkboxes)) {
      const needs = attributeEntry(name, attr).needs;
      if (!needs) continue;
      input.disabled = !values[needs];
      // Shown as the code has it: not ticked while it cannot apply (a screen reader says "not checked").
      input.checked = !!values[attr] && !!values[needs];
    }
  };
  if (name === BADGE && ['level', 'procedure', 'agency'].some((a) => supports(name, a))) {
    const entry = ATTRIBUTES[`${BADGE} mode`][lang()];
    const modes = BADGE_MODES.filter((m) => supports(name, m === 'province' ? 'agency' : m));
    fields.push(
      radios('badge-mode', entry.label, modes.map((m) => ({ value: m, label: entry.options[m], hint: entry.hints[m] })), state.badgeMode, (mode) => {
        state.badgeMode = mode;
        for (const f of modeFields) f.element.hidden = f.mode !== mode;
        update();
      }),
    );
  }
  for (const attr of optionAttributes(name)) {
    const entry = attributeEntry(name, attr);
    const words = entry[lang()];
    let element;
    if (entry.control === 'pick') {
      element = pickListFor(name, attr, entry).element;
    } else if (entry.control === 'radio') {
      values[attr] ??= entry.options[0];
      element = radios(
        `opt-${attr}`,
        words.label,
        entry.options.map((v) => ({ value: v, label: words.options[v], hint: words.hints?.[v] })),
        values[attr],
        (v) => {
          values[attr] = v;
          update();
        },
      );
    } else if (entry.control === 'checkbox') {
      values[attr] ??= !!entry.checked;
      const input = tag('input', { type: 'checkbox', checked: values[attr] });
      input.addEventListener('change', () => {
        values[attr] = input.checked;
        syncNeeds();
        update();
      });
      checkboxes[attr] = input;
      element = field(words.label, words.hint, input);
    } else if (entry.control === 'select') {
      values[attr] ??= entry.options[0];
      const input = select(entry.options, words.options, values[attr]);
      input.addEventListener('change', () => {
        values[attr] = input.value;
        update();
      });
      element = field(words.label, words.hint, input);
    } else {
      const input = tag('input', entry.control === 'number' ? { type: 'text', inputmode: 'numeric' } : { type: 'text', spellcheck: 'false' });
      input.value = values[attr] ?? '';
      const check = () => {
        const v = input.value.trim();
        const bad = entry.control === 'number' && v && !(/^\d+$/.test(v) && +v >= entry.min && +v <= entry.max);
        setError(input, bad ? words.invalid : null);
        return !bad;
      };
      input.addEventListener('input', () => {
        values[attr] = input.value;
        if (input.getAttribute('aria-invalid')) check();
        update();
      });
      input.addEventListener('change', check);
      element = field(words.label, words.hint, input);
      if (values[attr]) queueMicrotask(check);
    }
    // Which attribute a field sets (the code shows it; tests find fields by it).
    element.dataset.attribute = attr;
    if (entry.mode) {
      element.hidden = entry.mode !== state.badgeMode;
      modeFields.push({ element, mode: entry.mode });
    }
    fields.push(element);
  }
  syncNeeds();
  return fields;
}

const placementBox = tag('div', { class: 'placement' });

function placementFields() {
  const t = T();
  const cdnInput = tag('input', { type: 'url', spellcheck: 'false', inputmode: 'url', placeholder: EXAMPLE_CDN(VERSION) });
  cdnInput.value = state.cdn;
  cdnInput.addEventListener('input', () => {
    state.cdn = cdnInput.value;
    if (!cdnError()) setError(cdnInput, null);
    update({ preview: false });
  });
  cdnInput.addEventListener('change', () => setError(cdnInput, cdnError()));
  const fields = [
    radios(
      'api-where',
      t.apiWhere.legend,
      [
        { value: 'meta', label: t.apiWhere.meta, hint: t.apiWhere.metaHint },
        { value: 'attr', label: t.apiWhere.attr, hint: t.apiWhere.attrHint },
      ],
      state.apiWhere,
      (v) => {
        state.apiWhere = v;
        update({ preview: false });
      },
    ),
    radios(
      'library-file',
      t.file.legend,
      [
        { value: 'loader', label: t.file.loader, hint: t.file.loaderHint },
        { value: 'bundle', label: t.file.bundle, hint: t.file.bundleHint },
      ],
      state.file,
      (v) => {
        state.file = v;
        update({ preview: false });
      },
    ),
    field(t.cdnLabel, t.cdnHint, cdnInput, { error: cdnError() ?? undefined }),
  ];
  if (supports(state.tag, 'catalog')) {
    const use = tag('input', { type: 'checkbox', checked: state.useCatalog });
    const url = tag('input', { type: 'url', spellcheck: 'false', inputmode: 'url', placeholder: EXAMPLE_CATALOG });
    url.value = state.catalog;
    const urlField = field(t.catalogLabel, t.catalogHint, url, { error: catalogError() ?? undefined });
    urlField.hidden = !state.useCatalog;
    use.addEventListener('change', () => {
      state.useCatalog = use.checked;
      urlField.hidden = !use.checked;
      update();
    });
    url.addEventListener('input', () => {
      state.catalog = url.value;
      if (!catalogError()) setError(url, null);
      update();
    });
    url.addEventListener('change', () => setError(url, catalogError()));
    fields.push(field(t.catalogUse, t.catalogUseHint, use), urlField);
  }
  return fields;
}

// ---- The code to paste, and the preview ------------------------------------------------------------------

/** The widget's own attributes as `[name, value]` (value `true`: written bare), and notes on defaults used. */
function widgetAttributes() {
  const name = state.tag;
  const values = valuesOf(name);
  const attrs = [];
  const notes = [];
  for (const attr of optionAttributes(name)) {
    const entry = attributeEntry(name, attr);
    if (entry.mode && entry.mode !== state.badgeMode) continue;
    if (entry.needs && !values[entry.needs]) continue;
    const v = values[attr];
    if (entry.control === 'checkbox') {
      if (v) {
        if (!entry.checked) attrs.push([attr, true]);
      } else if ('whenOff' in entry) attrs.push([attr, entry.whenOff]);
    } else if (entry.control === 'radio') {
      if (v && v !== entry.options[0]) attrs.push([attr, v]);
    } else if (entry.control === 'number') {
      const n = String(v ?? '').trim();
      if (/^\d+$/.test(n) && +n >= entry.min && +n <= entry.max) attrs.push([attr, n]);
    } else if (name === BADGE && entry.mode === 'procedure') {
      if (v) attrs.push([attr, v]);
      else {
        attrs.push([attr, SAMPLE_PROCEDURE.code]);
        notes.push(T().sampleProcedure(SAMPLE_PROCEDURE.code, SAMPLE_PROCEDURE.name[lang()]));
      }
    } else if (name === BADGE && entry.mode === 'agency') {
      // No agency chosen yet: the whole province, which is what an empty agency means.
      attrs.push([attr, (v ?? '').trim()]);
      if (!(v ?? '').trim()) notes.push(T().noAgency);
    } else if (name === BADGE && entry.mode === 'level') {
      attrs.push([attr, v || entry.options[0]]);
    } else if (typeof v === 'string' && v.trim()) {
      attrs.push([attr, v.trim()]);
    }
  }
  if (name === BADGE && state.badgeMode === 'province') attrs.push(['agency', '']);
  // `lang` last, as people write it.
  attrs.sort((a, b) => (a[0] === 'lang') - (b[0] === 'lang'));
  return { attrs, notes };
}

const catalogInUse = () => state.useCatalog && supports(state.tag, 'catalog');

function snippet() {
  const t = T();
  const { attrs, notes } = widgetAttributes();
  const catalog = catalogInUse() ? (typedCatalog() ?? EXAMPLE_CATALOG) : null;
  // An address typed but refused is said to be so (its reason is next to its field), not to be missing.
  if (catalogInUse() && !typedCatalog()) notes.push(catalogError() ? t.refusedCatalog : t.exampleCatalog);
  // A catalog alone serves search and badges: a commune without an API yet leaves the address out.
  const api = typedApi() ?? (catalog ? null : EXAMPLE_API);
  if (apiError()) notes.push(t.refusedApi(!!catalog));
  else if (!typedApi()) notes.push(catalog ? t.catalogOnly : t.exampleApi);
  if (!typedCdn()) notes.push(cdnError() ? t.refusedCdn : t.exampleCdn);
  const src = withSlash(typedCdn() ?? EXAMPLE_CDN(VERSION)) + FILES[state.file];
  const http = [typedApi(), catalogInUse() && typedCatalog(), typedCdn()].filter(insecure);
  if (http.length) notes.push(t.insecure(http));
  const script = `<script type="module" src="${escapeAttr(src)}"></script>`;
  const onTag = state.apiWhere === 'attr';
  const page = onTag ? [...(api ? [['api-base', api]] : []), ...(catalog ? [['catalog', catalog]] : [])] : [];
  const attrText = [...page, ...attrs].map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  const element = `<${state.tag}${attrText}></${state.tag}>`;
  if (onTag) return { head: null, body: `${script}\n${element}`, notes };
  const metas = api ? [`<meta name="dvc-api-base" content="${escapeAttr(api)}">`] : [];
  if (catalog) metas.push(`<meta name="dvc-catalog" content="${escapeAttr(catalog)}">`);
  return { head: [...metas, script].join('\n'), body: element, notes };
}

const copyLive = tag('p', { class: 'copy-live', role: 'status' });

function codeBlock(id, label, buttonLabel) {
  const area = tag('textarea', { id, readonly: true, rows: '3', spellcheck: 'false', wrap: 'soft' });
  const button = tag('button', { type: 'button', class: 'copy', id: `${id}-copy`, text: buttonLabel });
  button.addEventListener('click', () => copy(area));
  return { element: tag('div', { class: 'code-block' }, tag('label', { for: id, text: label }), area, tag('p', {}, button)), area };
}

let headBlock;
let bodyBlock;
let notesBox;
const previewBox = tag('div', { class: 'preview-stage', id: 'preview' });
let previewInfo;

function codeSection() {
  const t = T();
  headBlock = codeBlock('code-head', t.headBlock, t.copyHead);
  bodyBlock = codeBlock('code-body', t.bodyBlock, t.copyBody);
  notesBox = tag('ul', { class: 'notes', id: 'code-notes' });
  return tag('section', { class: 'card', 'aria-labelledby': 'h-code' }, tag('h2', { id: 'h-code', text: t.codeHeading }), notesBox, headBlock.element, bodyBlock.element, copyLive);
}

function previewSection() {
  const t = T();
  previewInfo = tag('p', { class: 'hint', id: 'preview-info' });
  return tag('section', { class: 'card', 'aria-labelledby': 'h-preview' }, tag('h2', { id: 'h-preview', text: t.previewHeading }), previewInfo, previewBox);
}

async function copy(area) {
  const t = T();
  // Emptied first, so that copying twice is announced twice.
  copyLive.textContent = '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    copyLive.textContent = t.copied;
  } catch {
    area.focus();
    area.select();
    copyLive.textContent = t.copyFallback;
  }
}

/** A code box as tall as its code (lines wrap on a phone). */
function fitHeight(area) {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}

addEventListener('resize', () => {
  if (headBlock) [headBlock.area, bodyBlock.area].forEach(fitHeight);
});

let previewTimer;
let previewKey = '';

function renderPreview() {
  const t = T();
  const { attrs } = widgetAttributes();
  // As the code has it: with a catalog and no API address yet, the widget has no API either.
  const catalog = catalogInUse() ? (typedCatalog() ?? (mockCatalog || null)) : null;
  const base = catalog && !typedApi() ? null : workingApi();
  const key = JSON.stringify([state.tag, attrs, base, catalog, lang()]);
  const info = [];
  if (base && !(state.tag === BADGE && state.badgeMode === 'level')) info.push(t.previewApi(typedApi() ?? t.checkMock));
  // The preview is the real widget: what it sends to a real API is stored there.
  if (state.tag === FORM && typedApi()) info.push(t.previewSends);
  if (catalog) info.push(t.previewCatalog(typedCatalog() ?? t.catalogMock));
  previewInfo.textContent = info.join(' ');
  if (key === previewKey) return;
  previewKey = key;
  const widget = document.createElement(state.tag);
  if (base) widget.setAttribute('api-base', base);
  if (catalog) widget.setAttribute('catalog', catalog);
  // The preview keeps its state to itself: it never writes this page's address.
  for (const [k, v] of attrs) if (!NOT_IN_PREVIEW.has(k)) widget.setAttribute(k, v === true ? '' : v);
  previewBox.replaceChildren(widget);
}

/** Rewrites the code at once, and the preview a moment later (it asks the API). */
function update({ preview = true } = {}) {
  if (!state.tag) return;
  const { head, body, notes } = snippet();
  headBlock.element.hidden = !head;
  headBlock.area.value = head ?? '';
  bodyBlock.area.value = body;
  fitHeight(headBlock.area);
  fitHeight(bodyBlock.area);
  notesBox.replaceChildren(...notes.map((n) => tag('li', { text: n })));
  notesBox.hidden = !notes.length;
  if (preview) {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(renderPreview, PREVIEW_DELAY_MS);
  }
}

// ---- The page, in either language ------------------------------------------------------------------------

function applyPageTexts() {
  const t = T();
  document.title = t.title;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t[el.dataset.text];
  langSwitch.textContent = t.switchTo;
  langSwitch.lang = t.switchToLang;
}

function render() {
  applyPageTexts();
  optionsBox.replaceChildren(...optionFields());
  placementBox.replaceChildren(...placementFields());
  const t = T();
  const settings = tag(
    'div',
    { class: 'settings' },
    apiSection(),
    tagSection(),
    tag('section', { class: 'card', 'aria-labelledby': 'h-options' }, tag('h2', { id: 'h-options', text: t.optionsHeading }), optionsBox),
    tag('section', { class: 'card', 'aria-labelledby': 'h-place' }, tag('h2', { id: 'h-place', text: t.placeHeading }), placementBox),
  );
  const results = tag('div', { class: 'results' }, previewSection(), codeSection());
  root.replaceChildren(settings, results);
  previewKey = '';
  update();
}

langSwitch.addEventListener('click', () => {
  document.documentElement.lang = T().switchToLang;
  // Names of domains and agencies come from the API in the language asked for.
  reloadLists();
  render();
});

applyPageTexts();
root.replaceChildren(tag('p', { class: 'loading', role: 'status', text: T().loadingManifest }));
try {
  await loadManifest();
  state.tag = declarations[0]?.tagName ?? '';
  render();
} catch {
  root.replaceChildren(tag('p', { class: 'error', role: 'alert', text: T().manifestFailed }));
}
