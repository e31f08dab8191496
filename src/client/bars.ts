/**
 * The day bars' popover. Each row of bars becomes one keyboard stop (arrow keys, Home and
 * End pick a day; Escape closes) and one pointer target as tall as the row: hovering or
 * tapping a bar opens the popover for its day. The popover shows the bar's sentence (its
 * title, which stays the tooltip without this script) and links to the day's incidents,
 * read from /api/days.json the first time a day with incidents is opened.
 * Text is set as text: nothing from the page or the file is parsed as HTML.
 */
import type { DaysJson } from '../outputs/days.ts';

/** How many incidents the popover names; more link to the day in the month's history. */
const SHOWN = 5;

// The page's words for the script (BarsKey.astro): the keyboard help, and "All {n} incidents
// that day" in each plural form of the page's language.
const lang = document.documentElement.lang || 'en';
const help = document.getElementById('bars-help');
const more = JSON.parse(help?.dataset['more'] ?? '{"other":"{n}"}') as Record<string, string>;
const plural = new Intl.PluralRules(lang);
const digits = new Intl.NumberFormat(lang, { useGrouping: false });
const allThatDay = (n: number) => (more[plural.select(n)] ?? more['other']!).replace('{n}', digits.format(n));

const popover = document.createElement('div');
popover.className = 'bar-pop';
popover.id = 'bar-pop';
popover.hidden = true;
const text = document.createElement('p');
text.setAttribute('aria-live', 'polite');
const date = document.createElement('strong');
const about = document.createTextNode('');
text.append(date, about);
const list = document.createElement('ul');
popover.append(text, list);

let current: HTMLLIElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

const visible = (bar: Element) => bar.getClientRects().length > 0;
const barsOf = (row: HTMLElement) => [...row.querySelectorAll<HTMLLIElement>(':scope > li')].filter(visible);

function show(bar: HTMLLIElement): void {
  clearTimeout(hideTimer);
  const row = bar.parentElement!;
  current?.classList.remove('is-current');
  current = bar;
  bar.classList.add('is-current');
  const sentence = bar.dataset['title'] ?? '';
  // "18 Nov 2026: Partial outage, 99.54% uptime (22 min partial outage). 1 incident."
  const day = sentence.indexOf(': ');
  date.textContent = sentence.slice(0, day + 1);
  about.textContent = ` ${sentence.slice(day + 2)}`;
  list.replaceChildren();
  if (bar.dataset['n']) void listIncidents(bar, row);
  // After the row in the document, so that Tab moves from the row into the popover's links.
  if (popover.previousElementSibling !== row) row.after(popover);
  popover.hidden = false;
  const box = row.offsetParent instanceof HTMLElement ? row.offsetParent : document.body;
  const width = popover.offsetWidth;
  const centre = bar.offsetLeft + bar.offsetWidth / 2;
  popover.style.left = `${Math.max(0, Math.min(centre - width / 2, box.clientWidth - width))}px`;
  popover.style.top = `${row.offsetTop + row.offsetHeight + 6}px`;
}

let days: Promise<DaysJson> | undefined;

/** Fills the popover's list with the day's incidents once the file has come, if the day is still shown. */
async function listIncidents(bar: HTMLLIElement, row: HTMLElement): Promise<void> {
  days ??= fetch(row.dataset['days']!).then((response) => response.json() as Promise<DaysJson>);
  let entry;
  try {
    entry = (await days).components[row.dataset['component']!]?.[[...row.children].indexOf(bar)];
  } catch {
    // Offline, or the file is missing: the sentence still says how many incidents; try again next time.
    days = undefined;
    return;
  }
  if (!entry || current !== bar) return;
  const link = (href: string, text: string) => {
    const item = document.createElement('li');
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.textContent = text;
    item.append(anchor);
    return item;
  };
  const { incidents } = entry;
  list.replaceChildren(
    ...incidents.slice(0, SHOWN).map((incident) => link(incident.url, incident.title)),
    ...(incidents.length > SHOWN ? [link(entry.history, allThatDay(incidents.length))] : []),
  );
}

function hide(): void {
  popover.hidden = true;
  current?.classList.remove('is-current');
  current = undefined;
}

const hideSoon = () => {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 300);
};

for (const row of document.querySelectorAll<HTMLElement>('ol.bars')) {
  row.tabIndex = 0;
  if (help) row.setAttribute('aria-describedby', 'bars-help');
  for (const bar of row.querySelectorAll('li')) {
    // The popover replaces the tooltip: keep the sentence, drop the title.
    bar.dataset['title'] = bar.title;
    bar.removeAttribute('title');
  }
  row.addEventListener('pointerover', (event) => {
    const bar = (event.target as Element).closest('li');
    if (bar && bar.parentElement === row) show(bar);
  });
  // A finger lifted from the screen "leaves" too: only a mouse or pen leaving closes it.
  row.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch') hideSoon();
  });
  row.addEventListener('focus', () => {
    const bars = barsOf(row);
    show(current?.parentElement === row ? current : bars[bars.length - 1]!);
  });
  row.addEventListener('keydown', (event) => {
    const bars = barsOf(row);
    const index = current ? bars.indexOf(current) : bars.length - 1;
    // Right to left, the days run from the right: the arrow keys follow what the reader sees.
    const step = getComputedStyle(row).direction === 'rtl' ? -1 : 1;
    const next = { ArrowLeft: index - step, ArrowRight: index + step, Home: 0, End: bars.length - 1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      show(bars[Math.max(0, Math.min(next, bars.length - 1))]!);
    } else if (event.key === 'Escape') hide();
  });
}

popover.addEventListener('pointerenter', () => clearTimeout(hideTimer));
popover.addEventListener('pointerleave', hideSoon);
popover.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    const row = current?.parentElement;
    hide();
    row?.focus();
  }
});
// A tap or click elsewhere, or focus leaving both row and popover, closes it.
document.addEventListener('pointerdown', (event) => {
  const target = event.target as Element;
  if (!popover.contains(target) && !target.closest('ol.bars')) hide();
});
document.addEventListener('focusin', (event) => {
  const target = event.target as Element;
  if (!popover.contains(target) && !target.closest('ol.bars')) hide();
});
