// Dashboard webview script (bundled by esbuild for the browser, with Chart.js). It receives only aggregates
// from the extension host, draws them, and sends back clicks and chart images. All text goes in as
// textContent or onto the canvas; nothing is parsed as HTML.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import type { BarChartData, DashboardData, DashboardInbound, DashboardOutbound, DashboardTable } from '../client/src/views/messages';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip, Legend);

declare function acquireVsCodeApi(): { postMessage(message: DashboardOutbound): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
interface ChartEntry {
  chart: Chart<'bar'>;
  section: HTMLElement;
  box: HTMLElement;
  /** The latest data, for the PNG title. */
  data: BarChartData;
}
const charts = new Map<string, ChartEntry>();

function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** Paints the theme background under the chart, so a saved PNG is not transparent. */
const background: Plugin<'bar'> = {
  id: 'background',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = themeColor('--vscode-editor-background', '#ffffff');
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function datasets(data: BarChartData): ChartConfiguration<'bar'>['data']['datasets'] {
  if (data.series) return data.series.map((s) => ({ label: s.name, data: s.values, backgroundColor: s.color }));
  return [{ label: data.unit, data: data.bars.map((b) => b.value), backgroundColor: data.bars.map((b) => b.color ?? '#3794ff') }];
}

function chartConfig(data: BarChartData): ChartConfiguration<'bar'> {
  const text = themeColor('--vscode-foreground', '#333333');
  const grid = themeColor('--vscode-panel-border', 'rgba(128,128,128,0.3)');
  const stacked = Boolean(data.series);
  return {
    type: 'bar',
    data: { labels: data.bars.map((b) => b.label), datasets: datasets(data) },
    plugins: [background],
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked, beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid }, title: { display: true, text: data.unit, color: text } },
        y: { stacked, ticks: { color: text, autoSkip: false }, grid: { display: false } },
      },
      plugins: { legend: { display: stacked, labels: { color: text } }, tooltip: { enabled: true }, title: { display: false } },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = data.clickable && elements.length ? 'pointer' : 'default';
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (data.clickable && hit) vscode.postMessage({ type: 'openBar', chart: data.id, index: hit.index, series: data.series ? hit.datasetIndex : 0 });
      },
    },
  };
}

function chartHeight(data: BarChartData): string {
  return `${Math.max(120, data.bars.length * 26 + (data.series ? 90 : 60))}px`;
}

/** Appends a chart card to `parent`; the canvas is in the page before Chart.js measures it. */
function createChartSection(data: BarChartData, parent: HTMLElement): ChartEntry {
  const section = element('section', 'card');
  const header = element('div', 'card-header');
  const title = element('h2', undefined, data.title);
  const svg = element('button', 'save', 'SVG');
  const png = element('button', 'save', 'PNG');
  svg.title = 'Save this chart as an SVG file';
  png.title = 'Save this chart as a PNG image';
  header.append(title, svg, png);
  const box = element('div', 'chart-box');
  box.style.height = chartHeight(data);
  const canvas = element('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', data.title);
  box.append(canvas);
  section.append(header, box);
  parent.append(section);
  const chart = new Chart(canvas, chartConfig(data));
  svg.addEventListener('click', () => vscode.postMessage({ type: 'save', chart: data.id, format: 'svg' }));
  png.addEventListener('click', () => {
    const entry = charts.get(data.id);
    if (entry) vscode.postMessage({ type: 'save', chart: data.id, format: 'png', dataUrl: pngWithTitle(entry) });
  });
  if (data.bars.length === 0) section.append(element('p', 'empty', 'Nothing to show yet.'));
  return { chart, section, box, data };
}

/** The chart as a PNG data URL, with its title drawn in (on screen the title is the card's heading). */
function pngWithTitle({ chart, data }: ChartEntry): string {
  const title = chart.options.plugins?.title;
  if (!title) return chart.toBase64Image('image/png', 1);
  Object.assign(title, { display: true, text: data.title, color: themeColor('--vscode-foreground', '#333333') });
  chart.update('none');
  const url = chart.toBase64Image('image/png', 1);
  title.display = false;
  chart.update('none');
  return url;
}

function renderSummary(data: DashboardData): HTMLElement {
  const s = data.summary;
  const list = element('dl', 'summary');
  const items: [string, number][] = [
    ['Articles', s.articles],
    ['Annotated articles', s.annotatedArticles],
    ['Annotation files', s.annotationFiles],
    ['Entities', s.entities],
    ['Entity mentions', s.mentions],
  ];
  for (const [label, value] of items) {
    const item = element('div', 'stat');
    item.append(element('dt', undefined, label), element('dd', undefined, value.toLocaleString('en')));
    list.append(item);
  }
  return list;
}

function renderBroken(files: string[]): HTMLElement | undefined {
  if (files.length === 0) return undefined;
  const box = element('section', 'broken');
  box.append(element('h2', undefined, 'Annotation files that could not be read (left untouched)'));
  const list = element('ul');
  for (const f of files) list.append(element('li', undefined, f));
  box.append(list);
  return box;
}

function renderTable(table: DashboardTable): HTMLElement {
  const section = element('section', 'card wide');
  section.append(element('h2', undefined, table.title));
  const t = element('table');
  const head = element('tr');
  table.columns.forEach((c, i) => head.append(element('th', typeof table.rows[0]?.cells[i] === 'number' ? 'num' : undefined, c)));
  t.append(element('thead'), element('tbody'));
  t.tHead?.append(head);
  for (const row of table.rows) {
    const tr = element('tr');
    row.cells.forEach((cell, i) => {
      const td = element('td', typeof cell === 'number' ? 'num' : undefined);
      if (i === 0 && row.uri) {
        const link = element('button', 'link', String(cell));
        const uri = row.uri;
        link.addEventListener('click', () => vscode.postMessage({ type: 'openArticle', uri }));
        td.append(link);
      } else {
        td.textContent = typeof cell === 'number' ? cell.toLocaleString('en') : cell;
      }
      tr.append(td);
    });
    t.tBodies[0].append(tr);
  }
  if (table.rows.length === 0) section.append(element('p', 'empty', 'No open claims.'));
  else section.append(t);
  return section;
}

function toolbar(): HTMLElement {
  const bar = element('div', 'toolbar');
  const refresh = element('button', 'save', 'Refresh');
  refresh.title = 'Read the annotation files and ask the language server again';
  refresh.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
  bar.append(refresh);
  return bar;
}

/** The page's fixed layout, built on the first data message; later messages update it in place. */
const layout = {
  toolbar: toolbar(),
  summary: element('div'),
  broken: element('div'),
  charts: element('div', 'grid'),
  tables: element('div', 'grid tables'),
  footer: element('footer', 'footer'),
};

/** Draws everything; charts that already exist are updated in place (no flicker, scroll position kept). */
function render(data: DashboardData): void {
  const started = performance.now();
  if (!layout.summary.isConnected) root.replaceChildren(layout.toolbar, layout.summary, layout.broken, layout.charts, layout.tables, layout.footer);
  layout.summary.replaceChildren(renderSummary(data));
  layout.broken.replaceChildren(...[renderBroken(data.summary.brokenFiles)].filter((e): e is HTMLElement => e !== undefined));
  const seen = new Set<string>();
  for (const chartData of data.charts) {
    seen.add(chartData.id);
    const entry = charts.get(chartData.id);
    if (entry) {
      const config = chartConfig(chartData);
      entry.chart.data = config.data;
      entry.chart.options = config.options ?? {};
      entry.box.style.height = chartHeight(chartData);
      entry.chart.update('none');
      entry.data = chartData;
    } else {
      charts.set(chartData.id, createChartSection(chartData, layout.charts));
    }
  }
  for (const [id, entry] of charts) {
    if (seen.has(id)) continue;
    entry.chart.destroy();
    entry.section.remove();
    charts.delete(id);
  }
  layout.tables.replaceChildren(...data.tables.map(renderTable));
  const elapsed = performance.now() - started;
  layout.footer.textContent = `Updated ${new Date(data.generatedAt).toLocaleString()} · rendered in ${elapsed.toFixed(1)} ms`;
  layout.footer.dataset.renderMs = elapsed.toFixed(1);
}

window.addEventListener('message', (event: MessageEvent<DashboardInbound>) => {
  const message = event.data;
  if (message.type === 'data') render(message.data);
  else if (message.type === 'error') {
    root.prepend(element('p', 'error', message.message));
  }
});

vscode.postMessage({ type: 'ready' });
