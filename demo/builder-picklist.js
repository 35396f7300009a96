// A searchable pick list for the embed builder: a text field that filters a list loaded from the API, in the
// WAI-ARIA combobox pattern (list autocomplete, manual selection). Native <input list> + <datalist> is not read
// reliably by every browser and screen reader, so the list is a listbox of our own:
// - typing filters (without regard to diacritics or case) and opens the list; the number of results is announced;
// - Down/Up move through the results (Alt+Down opens without moving), Enter chooses, Escape closes the list
//   (or, when it is closed, empties the field), a click chooses;
// - while the list loads the field says so; when the API cannot be reached, a code can be typed by hand.

let uid = 0;

/** `tag(name, attributes, ...children)`: a small element factory. */
export function tag(name, attrs = {}, ...children) {
  const el = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...children.filter((c) => c != null));
  return el;
}

/**
 * A pick list. `source` is either `{ load: () => Promise<{ code, name }[]> }` (the whole list at once, filtered
 * here) or `{ search: (query, signal) => Promise<{ items, total }> }` (asked of the API as the text changes).
 * `texts()` gives the current language's `pick` texts; `fold` compares text as the widgets do; `isVietnamese`
 * tells the names to mark `lang="vi"` (an English page lists them as the API gives them, often in Vietnamese).
 */
export class PickList {
  constructor({ label, hint, texts, fold, isVietnamese, onChange }) {
    this.id = `pick-${++uid}`;
    this.texts = texts;
    this.fold = fold;
    this.langOf = (text) => (isVietnamese(text) ? 'vi' : null);
    this.onChange = onChange;
    /** The chosen entry `{ code, name }` (name '' for a code typed by hand), or null. */
    this.selected = null;
    this.state = 'idle';
    this.items = [];
    this.matches = [];
    this.active = -1;
    this.label = tag('label', { for: this.id, text: label });
    this.hint = tag('p', { class: 'hint', id: `${this.id}-hint`, text: hint });
    this.input = tag('input', {
      id: this.id,
      type: 'text',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${this.id}-list`,
      'aria-describedby': `${this.id}-hint ${this.id}-state`,
    });
    this.list = tag('ul', { id: `${this.id}-list`, role: 'listbox', 'aria-label': label, hidden: true });
    // Why there is nothing to choose from (loading, searching, no result): beside the list, not in it.
    this.message = tag('p', { class: 'pick-message', hidden: true });
    this.popup = tag('div', { class: 'pick-popup', hidden: true }, this.list, this.message);
    this.stateText = tag('p', { class: 'pick-state', id: `${this.id}-state`, role: 'status' });
    this.retry = tag('button', { type: 'button', class: 'secondary', hidden: true });
    this.counter = tag('p', { class: 'visually-hidden', role: 'status' });
    this.element = tag('div', { class: 'field pick' }, this.label, this.hint, tag('div', { class: 'pick-box' }, this.input, this.popup), this.stateText, this.retry, this.counter);

    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('keydown', (e) => this.onKeydown(e));
    this.input.addEventListener('click', () => (this.isOpen ? this.close() : this.open()));
    this.input.addEventListener('blur', () => this.onBlur());
    // A press on a result must not take the focus from the field (the list is not focusable).
    this.popup.addEventListener('mousedown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const option = e.target.closest('[role="option"]');
      if (option) this.choose(Number(option.dataset.index));
    });
    this.retry.addEventListener('click', () => this.reload());
    this.applyTexts({ label, hint });
  }

  get value() {
    return this.selected?.code ?? '';
  }

  get isOpen() {
    return !this.popup.hidden;
  }

  /** Labels and hints in the current language (the list keeps its entries and the choice). */
  applyTexts({ label, hint }) {
    const t = this.texts();
    this.label.textContent = label;
    this.list.setAttribute('aria-label', label);
    this.hint.textContent = hint;
    this.input.placeholder = t.placeholder;
    this.retry.textContent = t.retry;
    this.renderState();
  }

  /** Uses another list (a new API address or language); the current choice is kept. */
  setSource(source) {
    this.source = source;
    this.reload();
  }

  /** Chooses a code from outside (e.g. the initial state); its name appears once the list has it. */
  setValue(code) {
    this.selected = code ? { code, name: this.items.find((i) => i.code === code)?.name ?? '' } : null;
    this.input.value = this.selected ? this.selected.name || code : '';
    this.renderState();
  }

  async reload() {
    this.abort?.abort();
    const controller = (this.abort = new AbortController());
    if (!this.source?.load) {
      this.state = 'ready';
      this.items = [];
      this.renderState();
      return;
    }
    this.state = 'loading';
    this.renderState();
    try {
      const items = await this.source.load(controller.signal);
      if (controller.signal.aborted) return;
      this.items = items;
      this.state = 'ready';
      // A code chosen (or typed) before the list came gets its name. One the list does not have (chosen from
      // another API's list, or typed by hand) stays in the code, and is said to be missing from this list: a
      // filter by it would find nothing here.
      if (this.selected) {
        const known = items.find((i) => i.code === this.selected.code);
        if (known) {
          this.selected = known;
          if (document.activeElement !== this.input) this.input.value = known.name;
        } else {
          this.selected = { code: this.selected.code, name: '', missing: true };
          if (document.activeElement !== this.input) this.input.value = this.selected.code;
        }
      }
    } catch {
      if (controller.signal.aborted) return;
      this.items = [];
      this.state = 'failed';
    }
    // Text typed and left while the list was loading is matched now that there is a list.
    if (this.state === 'ready' && !this.selected && document.activeElement !== this.input) this.settleText();
    else this.renderState();
    if (this.isOpen) this.filter();
  }

  onInput() {
    const text = this.input.value.trim();
    if (this.state === 'failed') {
      // No list: what is typed is the code.
      this.select(text ? { code: text, name: '' } : null);
      return;
    }
    if (this.selected && text !== (this.selected.name || this.selected.code)) this.select(null);
    this.open();
  }

  onKeydown(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.state === 'failed') return;
      e.preventDefault();
      if (!this.isOpen) {
        this.open();
        if (e.altKey) return;
      } else if (e.altKey && e.key === 'ArrowUp') {
        if (this.active >= 0) this.choose(this.active);
        else this.close();
        return;
      }
      const n = this.matches.length;
      if (!n) return;
      const next = e.key === 'ArrowDown' ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
      this.setActive(next);
    } else if (e.key === 'Enter') {
      if (this.isOpen && this.active >= 0) {
        e.preventDefault();
        this.choose(this.active);
      }
    } else if (e.key === 'Escape') {
      if (this.isOpen) {
        e.preventDefault();
        this.close();
      } else if (this.input.value) {
        e.preventDefault();
        this.input.value = '';
        this.select(null);
      }
    }
  }

  onBlur() {
    this.close();
    this.settleText();
  }

  /**
   * Text left in the field without a choice: an exact code or name is taken as chosen, anything else is said not
   * to be in the list. When the field is left and again when a list still loading then arrives.
   */
  settleText() {
    const text = this.input.value.trim();
    if (!text || this.selected || this.state === 'failed') {
      this.renderState();
      return;
    }
    // Text left in the field without a choice: an exact code or name is taken as chosen.
    const folded = this.fold(text);
    const exact = this.items.find((i) => i.code === text || this.fold(i.code) === folded || this.fold(i.name) === folded);
    if (exact) {
      this.select(exact);
      this.input.value = exact.name;
    } else {
      this.renderState(text);
    }
  }

  open() {
    if (this.state === 'failed') return;
    this.popup.hidden = false;
    this.filter();
  }

  close() {
    this.popup.hidden = true;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  async filter() {
    const query = this.input.value.trim();
    if (this.source?.search) {
      this.searchAbort?.abort();
      const controller = (this.searchAbort = new AbortController());
      this.renderOptions([], this.texts().searching);
      // Typing fast asks the API once, for the last text.
      await new Promise((r) => setTimeout(r, 250));
      if (controller.signal.aborted) return;
      try {
        const { items, total } = await this.source.search(query, controller.signal);
        if (controller.signal.aborted) return;
        this.items = items;
        this.matches = items;
        this.renderOptions(items);
        this.announce(total > items.length ? this.texts().more(total, items.length) : this.texts().count(items.length));
      } catch {
        if (controller.signal.aborted) return;
        this.state = 'failed';
        this.close();
        this.renderState();
      }
      return;
    }
    if (this.state !== 'ready') {
      this.renderOptions([], this.texts().loading);
      this.announce(this.texts().loading);
      return;
    }
    const words = this.fold(query).split(/\s+/).filter(Boolean);
    this.matches = this.items.filter((i) => {
      const hay = this.fold(`${i.name} ${i.code}`);
      return words.every((w) => hay.includes(w));
    });
    this.renderOptions(this.matches);
    this.announce(this.texts().count(this.matches.length));
  }

  /** Shows the results, or a message instead of them; the field is "expanded" only while it shows results. */
  renderOptions(items, message) {
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren(
      ...items.map((item, index) =>
        tag(
          'li',
          { role: 'option', id: `${this.id}-opt-${index}`, 'data-index': String(index), 'aria-selected': 'false' },
          tag('span', { class: 'pick-name', lang: this.langOf(item.name), text: item.name }),
          ' ',
          tag('span', { class: 'pick-code', text: item.code }),
        ),
      ),
    );
    const note = message ?? (items.length ? '' : this.texts().count(0));
    this.message.textContent = note;
    this.message.hidden = !note;
    this.list.hidden = !items.length;
    this.input.setAttribute('aria-expanded', String(!this.popup.hidden && items.length > 0));
  }

  setActive(index) {
    const options = this.list.querySelectorAll('[role="option"]');
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    this.active = index;
    const option = options[index];
    if (!option) return;
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  choose(index) {
    const item = this.matches[index];
    if (!item) return;
    this.input.value = item.name;
    this.close();
    this.select(item);
  }

  select(item) {
    const before = this.value;
    this.selected = item;
    this.renderState();
    if (this.value !== before) this.onChange(this.value);
  }

  /** Announces the number of results a moment after typing stops (each keystroke would be noise). */
  announce(text) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.counter.textContent = text), 400);
  }

  renderState(unmatched) {
    const t = this.texts();
    const missing = this.state === 'ready' && !!this.selected?.missing;
    this.stateText.classList.toggle('error', this.state === 'failed' || (this.state === 'ready' && !!unmatched) || missing);
    let text = '';
    if (this.state === 'loading') text = t.loading;
    else if (this.state === 'failed') text = `${t.failed}${this.selected ? ` ${t.typed(this.selected.code)}` : ''}`;
    else if (unmatched) text = t.notInList(unmatched);
    else if (missing) text = t.missing(this.selected.code);
    else if (this.selected) text = this.selected.name ? t.chosen(this.selected.name, this.selected.code) : t.typed(this.selected.code);
    this.stateText.textContent = text;
    this.retry.hidden = this.state !== 'failed';
  }
}
