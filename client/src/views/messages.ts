// Messages between the extension host and the webview scripts in media/. Types only: both sides import them.

/** Host -> preview. `html` is built by articleHtml.ts, every piece of article text escaped; `uri` is kept as the webview's state. */
export type PreviewInbound =
  | { type: 'render'; uri: string; html: string }
  | { type: 'error'; message: string }
  /** The editor's first visible line: the preview scrolls to the paragraph of that line. */
  | { type: 'scroll'; line: number };
/** Preview -> host: the user clicked a highlighted span. */
export type PreviewOutbound = { type: 'reveal'; start: number; end: number } | { type: 'ready' };

export interface BarChartData {
  id: string;
  title: string;
  /** Axis label for the values. */
  unit: string;
  bars: { label: string; value: number; color?: string }[];
  /** A stacked chart (claims per kind and verdict) has one series per stack part; bars then carry the totals. */
  series?: { name: string; color: string; values: number[] }[];
  /** Set when clicking a bar lists the articles behind it. */
  clickable: boolean;
}

export interface DashboardTable {
  id: string;
  title: string;
  columns: string[];
  rows: { cells: (string | number)[]; uri?: string }[];
}

export interface DashboardData {
  summary: { articles: number; annotatedArticles: number; entities: number; mentions: number; annotationFiles: number; brokenFiles: string[] };
  charts: BarChartData[];
  tables: DashboardTable[];
  generatedAt: string;
}

export type DashboardInbound = { type: 'data'; data: DashboardData } | { type: 'error'; message: string };
export type DashboardOutbound =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'openBar'; chart: string; index: number; series?: number }
  | { type: 'openArticle'; uri: string }
  | { type: 'save'; chart: string; format: 'svg' }
  | { type: 'save'; chart: string; format: 'png'; dataUrl: string };
