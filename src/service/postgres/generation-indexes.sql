-- Built after the rows are copied in: faster than keeping them up to date row by row.
CREATE INDEX passages_by_article ON passages (article);
CREATE INDEX quotes_by_article ON quotes (article);
CREATE INDEX quotes_by_speaker ON quotes (speaker_key);
ANALYZE;
