/** Agencies whose names are not simply their host's first label, keyed by host. */
const KNOWN_HOSTS: Record<string, string> = {
  'tass.com': 'TASS',
  'tass.ru': 'TASS',
  'reuters.com': 'Reuters',
  'apnews.com': 'AP',
  'afp.com': 'AFP',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'ria.ru': 'RIA Novosti',
  'interfax.com': 'Interfax',
};

/** The agency behind a link: `https://tass.com/politics/1` → `TASS`; unknown hosts give their bare host. */
export function sourceFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  for (const [known, name] of Object.entries(KNOWN_HOSTS)) {
    if (host === known || host.endsWith(`.${known}`)) return name;
  }
  return host || null;
}

/** Collapses the white space in a source name taken from a field or a tag. */
export function tidySource(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}
