import { describe, expect, it } from 'vitest';
import { namesOfArticle } from '../../../src/query/conversation/names.ts';

describe('the names an article writes', () => {
  it('takes the words it capitalises and never writes in lower case, initialisms without their dots', () => {
    const names = namesOfArticle({
      paragraphs: [
        'Singapore will have an inflation rate of one pct, Trade Minister Lee Hsien Loong said.',
        'Unemployment in the U.K. Fell in May, while New Zealand saw a new rise in unemployment.',
      ],
    });
    for (const name of ['singapore', 'trade', 'lee', 'hsien', 'loong', 'uk', 'zealand']) expect(names).toContain(name);
    // Words the article also writes in lower case, months, and stop words are not names.
    for (const word of ['unemployment', 'may', 'new', 'the', 'while']) expect(names).not.toContain(word);
  });

  it('leaves out words the archive mostly writes in lower case, however one story writes them', () => {
    const paragraphs = ['Unemployment in the U.K. Fell in May.'];
    expect(namesOfArticle({ paragraphs })).toContain('fell');
    expect(namesOfArticle({ paragraphs }, (word) => word === 'fell')).not.toContain('fell');
  });
});
