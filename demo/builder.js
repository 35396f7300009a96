// The embed builder: pick a tag, set its attributes (read from the generated custom-elements manifest), see it
// live, and copy the snippet to paste into a CMS page.
const CDN = 'https://cdn.example/dvc-elements/1.0.0/dvc-elements.js';
const HIDDEN = new Set(['api-base']);
const CHOICES = {
  level: ['', 'full', 'partial', 'info', '4', '3', '2', '1'],
  tier: ['', 'province', 'commune', 'district'],
  kind: ['satisfaction', 'petition'],
};

const manifest = await (await fetch('/dist/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const form = document.getElementById('options');
const tagSelect = document.getElementById('tag');
const attributesBox = document.getElementById('attributes');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');

const escapeAttr = (v) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function fieldsFor(tag) {
  const decl = declarations.find((d) => d.tagName === tag);
  attributesBox.replaceChildren();
  for (const attr of decl?.attributes ?? []) {
    if (HIDDEN.has(attr.name)) continue;
    const id = `attr-${attr.name}`;
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: attr.name });
    let input;
    if (CHOICES[attr.name]) {
      input = document.createElement('select');
      for (const c of CHOICES[attr.name]) input.append(new Option(c || '(không đặt)', c));
    } else if (attr.type?.text === 'boolean') {
      input = Object.assign(document.createElement('input'), { type: 'checkbox' });
    } else {
      input = Object.assign(document.createElement('input'), { type: 'text' });
    }
    Object.assign(input, { id, name: attr.name });
    const hint = Object.assign(document.createElement('p'), { className: 'hint', textContent: attr.description ?? '' });
    hint.id = `${id}-hint`;
    input.setAttribute('aria-describedby', hint.id);
    attributesBox.append(label, input, hint);
  }
  const lang = Object.assign(document.createElement('label'), { htmlFor: 'attr-lang', textContent: 'lang' });
  const langSelect = document.createElement('select');
  Object.assign(langSelect, { id: 'attr-lang', name: 'lang' });
  for (const [v, t] of [['', '(theo trang)'], ['vi', 'Tiếng Việt'], ['en', 'English']]) langSelect.append(new Option(t, v));
  attributesBox.append(lang, langSelect);
}

function update() {
  const tag = tagSelect.value;
  const attrs = [];
  for (const el of attributesBox.querySelectorAll('input, select')) {
    if (el.type === 'checkbox') {
      if (el.checked) attrs.push([el.name, '']);
    } else if (el.value.trim()) attrs.push([el.name, el.value.trim()]);
  }
  const widget = document.createElement(tag);
  for (const [k, v] of attrs) widget.setAttribute(k, v);
  preview.replaceChildren(widget);
  const attrText = attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  snippet.value = [
    `<meta name="dvc-api-base" content="https://dichvucong.example.gov.vn/api/v1">`,
    `<script type="module" src="${CDN}"></script>`,
    `<${tag}${attrText}></${tag}>`,
  ].join('\n');
}

tagSelect.addEventListener('change', () => {
  fieldsFor(tagSelect.value);
  update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Đã sao chép.';
  } catch {
    snippet.select();
    status.textContent = 'Đã chọn đoạn mã: nhấn Ctrl+C để sao chép.';
  }
});

fieldsFor(tagSelect.value);
update();
