// Writes a dashboard bar chart as a standalone SVG file (horizontal bars, stacked when the chart has
// series). Built from the aggregates, not scraped from the webview, so the file is the same whatever the
// theme or window size. Every label is escaped; characters XML does not allow are dropped.
import type { BarChartData } from './messages';
import { escapeHtml } from './webviewHtml';

const WIDTH = 760;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 70;
const ROW = 24;
const BAR = 16;
const TOP = 44;
const DEFAULT_COLOR = '#3794ff';

/** Text as XML content or attribute: escaped, without the control characters and lone surrogates XML forbids. */
export function xmlText(text: string): string {
  const allowed = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  return escapeHtml(allowed);
}

function color(value: string | undefined): string {
  return value && /^#[0-9a-fA-F]{6}$/.test(value) ? value : DEFAULT_COLOR;
}

export function chartToSvg(chart: BarChartData): string {
  const series = chart.series ?? [{ name: chart.unit, color: DEFAULT_COLOR, values: chart.bars.map((b) => b.value) }];
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH - 10) / max;
  const legendY = TOP + chart.bars.length * ROW + 16;
  const height = legendY + (chart.series ? 24 : 0) + 8;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="'Segoe UI', 'Noto Sans', 'Noto Naskh Arabic', Arial, sans-serif" font-size="12">`,
    `<title>${xmlText(chart.title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="24" font-size="15" font-weight="bold" fill="#1f1f1f">${xmlText(chart.title)}</text>`,
  ];
  chart.bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    out.push(`<text x="${LABEL_WIDTH - 8}" y="${y + BAR - 4}" text-anchor="end" fill="#1f1f1f">${xmlText(bar.label)}</text>`);
    let x = LABEL_WIDTH;
    series.forEach((s) => {
      const value = s.values[i] ?? 0;
      if (value <= 0) return;
      const w = value * scale;
      const fill = chart.series ? color(s.color) : color(bar.color);
      out.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${fill}"><title>${xmlText(`${bar.label} · ${chart.series ? `${s.name}: ` : ''}${value}`)}</title></rect>`);
      x += w;
    });
    out.push(`<text x="${(x + 6).toFixed(1)}" y="${y + BAR - 4}" fill="#5f5f5f">${bar.value}</text>`);
  });
  if (chart.series) {
    let x = LABEL_WIDTH;
    for (const s of chart.series) {
      out.push(`<rect x="${x}" y="${legendY - 10}" width="12" height="12" fill="${color(s.color)}"/>`);
      out.push(`<text x="${x + 16}" y="${legendY}" fill="#1f1f1f">${xmlText(s.name)}</text>`);
      x += 24 + s.name.length * 7;
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
