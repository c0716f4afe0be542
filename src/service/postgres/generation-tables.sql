-- The tables of one generation, created in its own schema (the search_path names it).
CREATE TABLE articles (
  id integer PRIMARY KEY,
  key text NOT NULL UNIQUE,
  title text NOT NULL,
  date text,
  source text NOT NULL,
  url text,
  dateline text,
  description text,
  paragraphs jsonb NOT NULL,
  sentences jsonb NOT NULL,
  origin jsonb NOT NULL
);

CREATE TABLE passages (
  id integer PRIMARY KEY,
  article integer NOT NULL,
  paragraph integer NOT NULL,
  start_at integer NOT NULL,
  end_at integer NOT NULL
);

CREATE TABLE quotes (
  id integer PRIMARY KEY,
  article integer NOT NULL,
  paragraph integer NOT NULL,
  start_at integer NOT NULL,
  end_at integer NOT NULL,
  speaker text,
  speaker_key text,
  named text,
  role text,
  speaker_type text,
  mention text,
  cue text,
  kind text NOT NULL
);

-- The passage index: one row per term, its postings in passage order.
CREATE TABLE postings (
  term text PRIMARY KEY,
  passages integer[] NOT NULL,
  articles integer[] NOT NULL,
  frequencies integer[] NOT NULL,
  lengths integer[] NOT NULL,
  quoted boolean[] NOT NULL
);

-- The title index: one row per term and field (0 the title, 1 the dateline's place).
CREATE TABLE title_postings (
  term text NOT NULL,
  field smallint NOT NULL,
  articles integer[] NOT NULL,
  frequencies integer[] NOT NULL,
  lengths integer[] NOT NULL,
  leads integer[] NOT NULL,
  PRIMARY KEY (term, field)
);
