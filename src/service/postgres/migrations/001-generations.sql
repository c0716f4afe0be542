-- Each load of the corpus is a generation: its own schema of tables, written whole, then made current.
CREATE TABLE dateline_generations (
  id serial PRIMARY KEY,
  schema_name text NOT NULL UNIQUE,
  state text NOT NULL CHECK (state IN ('building', 'current', 'retired')),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  retired_at timestamptz,
  corpus text[] NOT NULL,
  articles integer,
  quotes integer,
  summary jsonb,
  terms jsonb,
  speakers jsonb,
  search jsonb
);

-- At most one generation answers at a time.
CREATE UNIQUE INDEX dateline_one_current ON dateline_generations (state) WHERE state = 'current';
