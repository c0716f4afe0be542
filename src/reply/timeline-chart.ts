import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { View, parse } from 'vega';
import { type TopLevelSpec, compile } from 'vega-lite';
import type { TimelineBucket } from '../query/timeline/count.ts';

/** What a timeline chart shows. */
export interface TimelineChart {
  title: string;
  subtitle: string;
  /** What one unit of the y axis is: `articles`, `quotations`. */
  unit: string;
  buckets: readonly TimelineBucket[];
  /** How a period is named on the axis (`Mar 1987`). */
  label: (start: string) => string;
}

/** The font every chart is drawn with, shipped as a package: a fresh machine may have no fonts at all. */
const FONT_FILE = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT = 'DejaVu Sans';
/** Discord's dark theme, on which the chart must read; it reads as well on the light one. */
const THEME = { background: '#2b2d31', text: '#f2f3f5', muted: '#b5bac1', grid: '#3f4147' };
/** Colours for sources, told apart on a dark background and by most colour-blind readers. */
const PALETTE = ['#4c9be8', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7'];
/** Sources beyond the palette share one colour. */
const OTHER_SOURCES = 'other sources';
/** Drawn at twice the width Discord shows, so that it stays sharp on dense screens. */
const WIDTH = 760;
const HEIGHT = 280;
const SCALE = 2;
/** Past this many bars, each is a few pixels wide. */
const THIN_BARS = 120;

/** The chart as a PNG: stacked bars per period, coloured by source, on Discord's dark background. */
export async function renderTimelinePng(chart: TimelineChart): Promise<Uint8Array> {
  const view = new View(parse(compile(timelineSpec(chart)).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const resvg = new Resvg(svg, {
    font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: 'zoom', value: SCALE },
  });
  return resvg.render().asPng();
}

/** The Vega-Lite specification of a timeline: each period a bar from its start to the next period's, stacked by source. */
export function timelineSpec(chart: TimelineChart): TopLevelSpec {
  const sources = sourcesByCount(chart.buckets);
  const shown = new Set(sources.slice(0, PALETTE.length));
  // A period with nothing still takes its place on the axis: a row of zero for the first source.
  const values = chart.buckets.flatMap((bucket) => {
    const bySource = new Map<string, number>(bucket.count === 0 ? [[sources[0] ?? OTHER_SOURCES, 0]] : []);
    for (const [source, count] of Object.entries(bucket.sources)) {
      const name = shown.has(source) ? source : OTHER_SOURCES;
      bySource.set(name, (bySource.get(name) ?? 0) + count);
    }
    return [...bySource].map(([source, count]) => ({ period: chart.label(bucket.start), source, count }));
  });
  const legend = [...shown, ...(sources.length > shown.size ? [OTHER_SOURCES] : [])];
  const axis = { labelColor: THEME.muted, titleColor: THEME.muted, tickColor: THEME.grid, domainColor: THEME.grid, labelFontSize: 11 };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: HEIGHT,
    padding: 16,
    background: THEME.background,
    title: { text: chart.title, subtitle: chart.subtitle, anchor: 'start', color: THEME.text, subtitleColor: THEME.muted, fontSize: 16 },
    data: { values },
    // Bars are outlined to part the sources stacked in them, unless they are too thin to spare the outline.
    mark: { type: 'bar', stroke: THEME.background, strokeWidth: chart.buckets.length > THIN_BARS ? 0 : 0.5 },
    encoding: {
      x: {
        field: 'period',
        type: 'ordinal',
        sort: null,
        title: null,
        scale: { paddingInner: 0.15 },
        axis: { ...axis, labelAngle: 0, labelOverlap: 'greedy', labelSeparation: 12, ticks: false },
      },
      y: {
        field: 'count',
        type: 'quantitative',
        aggregate: 'sum',
        title: chart.unit,
        axis: { ...axis, gridColor: THEME.grid, tickMinStep: 1, format: 'd' },
      },
      color: {
        field: 'source',
        type: 'nominal',
        scale: { domain: legend, range: [...PALETTE.slice(0, shown.size), THEME.muted] },
        legend: legend.length > 1 ? { orient: 'top', title: null, labelColor: THEME.text, labelFontSize: 12 } : null,
      },
    },
    config: { font: FONT, view: { stroke: null } },
  };
}

function sourcesByCount(buckets: readonly TimelineBucket[]): string[] {
  const totals = new Map<string, number>();
  for (const bucket of buckets)
    for (const [source, count] of Object.entries(bucket.sources)) totals.set(source, (totals.get(source) ?? 0) + count);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([source]) => source);
}
