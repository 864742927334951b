// Copy from any newsroom: British single quotation marks, article furniture that gives no
// context. Invented text throughout.
import * as assert from 'node:assert/strict';
import { analyze, markerEdit } from '../../src/core';
import type { Analysis } from '../../src/core/types';

const texts = (a: Analysis): string[] => a.quotes.map((q) => q.text);

describe('British style: single quotation marks', () => {
  it('curly and straight single quotes are quotations, with their speakers; the article style is told from the text', () => {
    const a = analyze('Council row over pier\n\n‘We will not back down,’ Councillor Maria Okafor said.\n\n\'The pier is ours,\' said Tomas Brink, a fisherman.');
    assert.equal(a.quoteStyle, 'single');
    assert.deepEqual(texts(a), ['‘We will not back down,’', '\'The pier is ours,\'']);
    assert.equal(a.quotes[0].speaker?.name, 'Maria Okafor');
    assert.equal(a.quotes[1].speaker?.name, 'Tomas Brink');
    assert.equal(a.quotes[0].marks, 'single');
  });

  it('apostrophes never open or close a quotation: don\'t, O\'Brien, \'90s, rock \'n\' roll, the Joneses\'', () => {
    const a = analyze('Headline here\n\nWe don\'t know, said Mary O\'Brien, who grew up in the \'90s on rock \'n\' roll. The Joneses\' car was parked outside.\n\n‘It was a lovely evening,’ she said.');
    assert.deepEqual(texts(a), ['‘It was a lovely evening,’']);
    assert.equal(a.diagnostics.filter((d) => d.code === 'unbalanced-quote').length, 0);
  });

  it('a year\'s two digits after an apostrophe open nothing: "since \'79," "in \'16 as"', () => {
    const a = analyze('Ticket row\n\nLifelong fan Colm Brady, 67, who has held a ticket since \'79, added: \'It\'s daylight robbery.\'\n\nPrices will rise in \'27 as costs climb.');
    assert.deepEqual(texts(a), ['\'It\'s daylight robbery.\'']);
    assert.equal(a.quotes[0].speaker?.name, 'Colm Brady');
  });

  it('a right single mark opening a quotation, as some systems set every mark, opens it: "’We were robbed,’ said ..."', () => {
    const a = analyze('Cup exit\n\n’We were robbed,’ said Colm Brady, 45, outside the ground.\n\n’Ma’am, you can’t park there,’ a steward told her. They had been in the ’90s stand since ’79.');
    assert.deepEqual(texts(a), ['’We were robbed,’', '’Ma’am, you can’t park there,’']);
    assert.equal(a.quotes[0].speaker?.name, 'Colm Brady');
  });

  it('a right double mark at a word\'s start opens a quotation: "”We were robbed,” said ..."', () => {
    const a = analyze('Cup exit\n\n”We were robbed,” said Colm Brady outside the ground. The 1990s” stand was full.');
    assert.deepEqual(texts(a), ['”We were robbed,”']);
    assert.equal(a.quotes[0].speaker?.name, 'Colm Brady');
  });

  it('a plural possessive inside a quotation does not end it; double quotes nested in single ones are part of it', () => {
    const a = analyze('Headline here\n\n‘The workers’ rights matter, and I told him “never again”,’ said Ruth Abara.');
    assert.deepEqual(texts(a), ['‘The workers’ rights matter, and I told him “never again”,’']);
    assert.equal(a.quotes[0].speaker?.name, 'Ruth Abara');
  });

  it('a plural possessive with no mark after it, and a dropped g, end nothing: the paragraph\'s quotation runs on to the next', () => {
    const a = analyze('Bakery\n\nSeamus Reilly, 58, said: \'It is the third time this year. They took the till, the lads\' bikes and even the kids\' money box.\n\n'
      + '\'I have been here since the \'90s and I am not goin\' anywhere. This is my home.\'\n\nThe \'performing arts\' income fell.');
    assert.equal(a.quotes.length, 3, texts(a).join(' | '));
    assert.ok(a.quotes[0].text.endsWith('money box.'), a.quotes[0].text);
    assert.ok(a.quotes[1].text.endsWith('my home.\''), a.quotes[1].text);
    assert.deepEqual(a.quotes.slice(0, 2).map((q) => q.speaker?.name), ['Seamus Reilly', 'Seamus Reilly']);
    assert.equal(a.quotes[2].text, '\'performing arts\'');
    assert.ok(!a.diagnostics.some((d) => d.code === 'unattributed-quote'));
  });

  it('a short statement opened after a colon runs on past a plural possessive; a dropped g before an elided word closes nothing: "teachin\' \'em"', () => {
    const a = analyze('Uniform row\n\nLena Early, 41, said: \'The girls\' uniforms are policed like it\'s a prison. My daughter came home in tears.\n\n'
      + '\'She did nothing wrong.\'\n\nKarim Nasser said: \'They should be teachin\' \'em maths, not measuring skirts.\'\n\nThe \'performing arts\' income fell.');
    assert.ok(a.quotes[0].text.endsWith('in tears.'), a.quotes[0].text);
    assert.equal(a.quotes[2].text, '\'They should be teachin\' \'em maths, not measuring skirts.\'');
    assert.deepEqual(a.quotes.slice(0, 3).map((q) => q.speaker?.name), ['Lena Early', 'Lena Early', 'Karim Nasser']);
    // (A term that opens after no stop stays a term.)
    assert.equal(a.quotes[3].text, '\'performing arts\'');
  });

  it('a plural possessive before a comma and a list\'s next item ends nothing inside a statement opened after a stop: "how I get to the doctors\', the shops"; "our players\', he said" still closes', () => {
    const a = analyze('Bus cuts\n\nPensioner Ada Vell, 81, said: \'I don\'t drive. The 14 is how I get to the doctors\', the shops, everywhere. Without it I\'m stuck.\'\n\n'
      + 'Coach Tomas Brink said: \'I am proud of the players\', he said.');
    assert.equal(a.quotes[0].text, '\'I don\'t drive. The 14 is how I get to the doctors\', the shops, everywhere. Without it I\'m stuck.\'');
    assert.equal(a.quotes[1].text, '\'I am proud of the players\'');
  });

  it('a number or a capital opening a single-quoted quotation after a colon or at a line\'s start is no elision; "in \'10" still is', () => {
    const a = analyze('Pier\n\nMr Brink said: \'10 years ago this would never have happened.\'\n\nThe pier closed in \'10 and reopened in \'15, said Colm Brady.');
    assert.deepEqual(a.quotes.map((q) => q.text), ['\'10 years ago this would never have happened.\'']);
    assert.equal(a.quotes[0].speaker?.name, 'Brink');
    // (Nor a capital after the colon: "'Em" and "'Cos" open the quotation there.)
    const b = analyze('Pier\n\nMr Brink said: \'Em, I am not sure.\'\n\nMs Ruiz said: \'Cos nobody asked us, that is why.\'');
    assert.deepEqual(b.quotes.map((q) => q.text), ['\'Em, I am not sure.\'', '\'Cos nobody asked us, that is why.\'']);
  });

  it('a single mark opening before an elided word\'s own mark is a single mark, not a doubled one: "\'\'Cos they never ...\'"; wire copy\'s pair stays double', () => {
    const a = analyze('Bus cuts\n\nMr Brink was unconvinced. \'We\'ve heard it all before,\' he said. \'\'Cos they never do anything.\'');
    assert.deepEqual(a.quotes.map((q) => q.text), ['\'We\'ve heard it all before,\'', '\'\'Cos they never do anything.\''], a.quotes.map((q) => q.text).join(' | '));
    assert.deepEqual(a.quotes.map((q) => q.marks), ['single', 'single']);
    assert.ok(!a.diagnostics.some((d) => d.code === 'unbalanced-quote'), a.diagnostics.map((d) => d.code).join());
    const wire = analyze('Bus cuts\n\n\'\'Cos I said so,\'\' Brink said.');
    assert.deepEqual(wire.quotes.map((q) => [q.text, q.marks]), [['\'\'Cos I said so,\'\'', 'double']]);
  });

  it('a single-quoted quotation goes on over a hard-wrapped line; a paragraph\'s end still ends it', () => {
    const text = 'Flood\n\nA spokesperson said: \'Our teams have been out since the early\nhours. We understand people\'s frustration.\'\n\n\'The river will peak on\nThursday,\' she said.\n\nIt rained. \'Unclosed here\n\nNew paragraph.';
    const a = analyze(text);
    assert.deepEqual(texts(a).slice(0, 2), ['\'Our teams have been out since the early\nhours. We understand people\'s frustration.\'', '\'The river will peak on\nThursday,\'']);
    assert.equal(a.quotes[1].speaker?.name, 'A spokesperson');
    assert.ok(!texts(a).some((t) => t.includes('New paragraph')), texts(a).join(' | '));
  });

  it('an elision\'s marks inside a single-quoted quotation close nothing: "rock \'n\' roll"', () => {
    const a = analyze('Pay row\n\nTomas Brink said: \'This is rock \'n\' roll economics, all noise and no plan.\'\n\n‘It is pick ’n’ mix policy,’ he added.');
    assert.deepEqual(texts(a), ['\'This is rock \'n\' roll economics, all noise and no plan.\'', '‘It is pick ’n’ mix policy,’']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Tomas Brink', 'Tomas Brink']);
  });

  it('a term ending in "s" closes where the next mark opens a quotation after a stop or a colon', () => {
    const a = analyze('Levy\n\nThe trust says the answer is \'public-interest news\' paid for by a levy. Its director, Anil Rao, told me: \'This is infrastructure. We do not ask roads to pay.\'');
    assert.deepEqual(texts(a), ['\'public-interest news\'', '\'This is infrastructure. We do not ask roads to pay.\'']);
    assert.equal(a.quotes[1].speaker?.name, 'Anil Rao');
    // (A possessive still runs on where the next mark closes: "the workers' rights,' he said".)
    const b = analyze('Pay\n\n\'The nurses\' pay must rise,\' said Lena Early.');
    assert.deepEqual(texts(b), ['\'The nurses\' pay must rise,\'']);
  });

  it('a term ending in "s" closes before "and" or "or": \'mindfulness\' and \'balance\' are two terms', () => {
    const a = analyze('Wellness\n\nEvery brand promises \'mindfulness\' and \'balance\', and every app wants to be \'a companion\'.\n\n‘Sleep, walk, eat vegetables,’ said Dr Ines Ward.');
    assert.deepEqual(texts(a).slice(0, 3), ['\'mindfulness\'', '\'balance\'', '\'a companion\'']);
  });

  it('"one researcher I spoke to admitted" is the researcher speaking, not "I"', () => {
    const a = analyze('Wellness\n\nAs one researcher I spoke to admitted, ‘Most of those studies are tiny and badly designed.’');
    assert.equal(a.quotes[0].speaker?.name, 'one researcher');
  });

  it('the multi-paragraph convention with a repeated opening mark; an unclosed mark with no continuation is unbalanced', () => {
    const a = analyze('Headline here\n\n‘The first phase is done,’ said Nadia Roux. ‘The second starts in June.\n\n‘The third will take a year.’\n\nLater, the council met. ‘This one never closes\n\nThe end came quietly.');
    const third = a.quotes.find((q) => q.text.includes('third'));
    assert.equal(third?.speaker?.name, 'Nadia Roux');
    const unbalanced = a.diagnostics.filter((d) => d.code === 'unbalanced-quote');
    assert.equal(unbalanced.length, 1);
  });

  it('in an article quoting with double marks, single marks quote only in display lines: the headline and section heads', () => {
    const a = analyze('Mayor: ‘No deal on the pier’\n\n"We will talk again next week," Mayor Ines Ward said on Monday. The fishermen\'s union was \'not consulted\' at all.\n\n## ‘A betrayal’\n\nUnion leader Omar Haddad called it "a betrayal of every family in the town."');
    assert.equal(a.quoteStyle, 'double');
    assert.deepEqual(texts(a), ['‘No deal on the pier’', '"We will talk again next week,"', '‘A betrayal’', '"a betrayal of every family in the town."']);
  });
});

describe('furniture gives no context', () => {
  it('a quotation right after the headline or a photo caption is flagged, not credited to whoever they name', () => {
    const a = analyze('Lavrov meets Kerry in London\n\n"We will not accept any ultimatum from anyone at all."\n\nThe talks lasted six hours.');
    assert.equal(a.quotes[0].speaker, null);
    assert.equal(a.diagnostics.filter((d) => d.code === 'unattributed-quote').length, 1);
    const b = analyze('Talks in London\n\nThe two ministers met on Friday at the embassy in the afternoon.\n\nMayor Ines Ward at the harbour on Monday. Photograph: Jane Doe/Reuters\n\n"We will rebuild this town, every single street of it."');
    assert.equal(b.quotes[0].speaker, null);
    assert.ok(b.structure.furniture.some((f) => f.kind === 'caption'));
    // (The label in capitals, as tabloid and regional copy writes it.)
    const c = analyze('Town win\n\nThe result lifts Town to sixth in the table.\n\nPICTURE: Rhys Colby celebrates his winner (Velmora Sport)\n\n"We will rebuild this town, every single street of it."');
    assert.ok(c.structure.furniture.some((f) => f.kind === 'caption'));
    assert.equal(c.quotes[0].speaker, null);
  });

  it('a caption with no "Photo:" label, that places the people in the picture, is a caption too', () => {
    for (const caption of ['Mayor Ines Ward, right, talking with Tom Reyes at the harbour on Friday.', 'Ines Ward (left) and Tom Reyes at the harbour on Friday.', 'From left, Ines Ward, Tom Reyes and Ana Velt at the harbour.',
      // (What the people in the picture do, in the present tense, closed by a day or a date.)
      'Mayor Ines Ward arrives at the town hall in Quarrenby on Tuesday.', 'Ines Ward speaks during a news conference in Quarrenby, March 18, 2026. HARBOUR/Tom Reyes']) {
      const a = analyze(`Harbour talks stall\n\n${caption}\n\n"We will rebuild this town, every single street of it."\n\nThe talks lasted six hours.`);
      assert.ok(a.structure.furniture.some((f) => f.kind === 'caption'), caption);
      assert.equal(a.quotes[0].speaker, null, caption);
      assert.equal(a.diagnostics.filter((d) => d.code === 'unattributed-quote').length, 1, caption);
    }
    // Body text that says where someone stands politically is no caption.
    const body = analyze('Harbour talks stall\n\nThe party moved to the right, its leader Ines Ward said on Friday.\n\n"We will rebuild this town, every single street of it," Ward said.');
    assert.ok(!body.structure.furniture.some((f) => f.kind === 'caption'));
    // Nor a sentence of the body in the present tense with no day or date closing it.
    const present = analyze('Harbour talks stall\n\nInes Ward arrives at the town hall before anyone else, her deputy says.\n\n"We will rebuild this town, every single street of it," Ward said.');
    assert.ok(!present.structure.furniture.some((f) => f.kind === 'caption'));
  });

  it('section heads, list items and boilerplate are furniture', () => {
    const a = analyze('Headline here\n\nThe council met on Monday to discuss the pier and its future.\n\nWhat happens next\n\n- The vote is on Friday\n\nAdvertisement\n\nThe mayor said the vote would be close.');
    const kinds = a.structure.furniture.map((f) => f.kind);
    assert.deepEqual(kinds, ['headline', 'heading', 'list-item', 'boilerplate']);
  });
});

describe('no silent guesses: inferred attributions say so', () => {
  it('a quotation credited from context alone gets an information diagnostic naming the inferred speaker', () => {
    const a = analyze('Council meets\n\nMayor Jane Doe spoke to the council on Monday about the old bridge.\n\n"We will rebuild the bridge this year and next year too."');
    const d = a.diagnostics.filter((x) => x.code === 'inferred-attribution');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'information');
    assert.match(d[0].message, /Jane Doe \(rule previous-paragraph; confidence 0\.\d\d, [a-z ]+\)/);
    assert.equal(d[0].related[0].message, 'Inferred speaker: Jane Doe');
    assert.equal(a.diagnostics.filter((x) => x.code === 'unattributed-quote').length, 0);
  });

  it('a quotation continuing an inferred attribution is inferred too, and says so', () => {
    const a = analyze('Council meets\n\nMayor Jane Doe spoke to the council on Monday about the old bridge.\n\n"We will rebuild the bridge this year." "The money for it is already in the budget."');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.evidence?.tier]), [['Jane Doe', 'inferred'], ['Jane Doe', 'inferred']]);
    assert.equal(a.quotes[1].evidence?.rule, 'continuation');
    assert.equal(a.diagnostics.filter((x) => x.code === 'inferred-attribution').length, 2);
    // Continuing a named speaker stays a plain continuation.
    const b = analyze('Council meets\n\n"We will rebuild the bridge this year," Mayor Jane Doe said. "The money for it is already in the budget."');
    assert.deepEqual(b.quotes.map((q) => q.evidence?.tier), ['explicit', 'continuation']);
  });

  it('an explicit attribution gets none', () => {
    const a = analyze('Council meets\n\n"We will rebuild the bridge," Mayor Jane Doe said on Monday.');
    assert.deepEqual(a.diagnostics, []);
  });
});

describe('pronouns: gender from the text itself', () => {
  it('"she said" never goes to a man; the gender comes from the pronouns after a name the lists do not know', () => {
    const a = analyze('Headline here\n\nKarim Adeyinka runs the shelter, and he says funding has dried up. Zanele Okwuosa lost her home in the flood, and she now sleeps there.\n\n"It is the only place I feel safe," she said.');
    assert.equal(a.quotes[0].speaker?.name, 'Zanele Okwuosa');
    assert.equal(a.entities.find((e) => e.name === 'Karim Adeyinka')?.gender, 'male');
  });

  it('an honorific or a gendered noun gives the gender: "Mr Furlan", "the chairwoman"', () => {
    const a = analyze('Headline here\n\nThe talks were led by Mr Furlan and by Ines Ward, the chairwoman of the board.\n\n"We are close to a deal," she said.');
    assert.equal(a.quotes[0].speaker?.name, 'Ines Ward');
    assert.equal(a.entities.find((e) => e.name === 'Furlan')?.gender, 'male');
  });

  it('with two people of unknown gender in reach, the pronoun stays unresolved and the attribution is inferred, not explicit', () => {
    // (Invented first names, in no list of any origin.)
    const a = analyze('Headline here\n\nZorvek Obi met Quennet Adebayo at the market on Monday.\n\n"We will meet again," she said.');
    const q = a.quotes[0];
    assert.equal(q.speaker?.entity, null);
    assert.equal(q.evidence?.tier, 'inferred');
  });
});

describe('interviews and transcripts', () => {
  const QA = 'Headline here\n\nAn interview with the harbour master about the storm.\n\nMaria Okafor: How did the night go?\n\nTomas Brink: I stayed on the pier until three. "We are not leaving," I told the crew.\n\nThe waves were huge. "This is the worst one yet."\n\nOkafor: And your editors?\n\nBrink: They were like, "Come home now."';
  it('labelled paragraphs make turns; "I" in an answer is the labelled person', () => {
    const a = analyze(QA);
    assert.deepEqual(a.structure.turns.map((t) => t.label.text), ['Maria Okafor', 'Tomas Brink', 'Okafor', 'Brink']);
    const q = a.quotes.find((x) => x.text.includes('not leaving'))!;
    assert.equal(q.speaker?.name, 'Tomas Brink');
    assert.equal(q.evidence?.antecedent?.text, 'Tomas Brink');
  });
  it('a quotation in an answer with no cue is the answerer\'s, inferred; "they were like" quotes them', () => {
    const a = analyze(QA);
    const own = a.quotes.find((x) => x.text.includes('worst one'))!;
    assert.equal(own.speaker?.name, 'Tomas Brink');
    assert.equal(own.evidence?.tier, 'inferred');
    assert.equal(a.quotes.find((x) => x.text.includes('Come home'))?.speaker?.name, 'They');
    assert.equal(a.diagnostics.filter((d) => d.code === 'unattributed-quote').length, 0);
  });
  it('a lone "Update:" line makes no interview', () => {
    const a = analyze('Headline here\n\nUpdate: The council met again on Friday.\n\nThe vote was postponed.');
    assert.deepEqual(a.structure.turns, []);
  });
});

describe('entities, precision first', () => {
  it('a capitalised word with no evidence but its capitals is no entity: "See", "Order", "I\'m"', () => {
    const a = analyze('Headline here\n\nSee, the order came late. Order was restored by noon.\n\nI\'m sure, she said, that the Hebrew texts were lost.');
    assert.deepEqual(a.entities.map((e) => e.name), []);
  });
  it('such a word still names an entity the article names otherwise: "Dr Ilse Varga ... Varga"', () => {
    const a = analyze('Headline here\n\nThe study was led by Ilse Varga of the institute.\n\nResults were mixed, Varga wrote in the report.');
    assert.deepEqual(a.entities.find((e) => e.name === 'Ilse Varga')?.mentions.map((m) => m.text), ['Ilse Varga', 'Varga']);
  });
  it('a word the article writes in lower case is no name when capitals are its only evidence: "Previous Research"', () => {
    const a = analyze('Headline here\n\nPrevious Research\n\nEarlier research on the harbour found little about the previous owners.');
    assert.equal(a.entities.length, 0);
  });
});

describe('titles and their domains', () => {
  it('"King of Vellara": after a title, "of X" is the title\'s domain, and X is no person', () => {
    const a = analyze('Headline here\n\nThe city was ruled by the King of Lisbon for a century. Lisbon grew rich on trade.');
    const lisbon = a.entities.find((e) => e.name === 'Lisbon');
    assert.equal(lisbon?.type, 'place');
    assert.equal(a.entities.filter((e) => e.type === 'person').length, 0);
  });
});

describe('markers on unclosed quotations', () => {
  it('"Ignore" on a quotation left open writes its marker where the quotation ends, and the engine honours it', () => {
    const t = 'Headline here\n\nThe council met on Monday. "We will rebuild the whole bridge this year\n\nThe meeting ended.';
    const a = analyze(t);
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['unbalanced-quote', 'unattributed-quote']);
    const e = markerEdit(a.quotes[0], 'ignore');
    const marked = t.slice(0, e.start) + e.newText + t.slice(e.end);
    const b = analyze(marked);
    assert.equal(b.quotes[0].marker, 'ignore');
    assert.equal(b.quotes[0].text, '"We will rebuild the whole bridge this year');
    assert.deepEqual(b.diagnostics, []);
  });
});

describe('Initials and letters in capitals around a name', () => {
  it('"MS" before one family name is initials; before a full name, or after one, a Member of the Senedd: no ship, no woman\'s title', () => {
    const a = analyze('Senedd row\n\nHarbour Green\'s Lena Vale MS, speaking in the chamber, said the plan was "a mess".\n\nLabour MS Colm Brady said it was "fine".\n\nIn the cricket, MS Dhanvik hit the winning runs. "It was a good chase," Dhanvik said.');
    const byName = (n: string) => a.entities.find((e) => e.name === n);
    assert.equal(byName('Colm Brady')?.type, 'person');
    assert.equal(byName('Colm Brady')?.gender, 'male');
    assert.equal(byName('MS Dhanvik')?.type, 'person');
    assert.equal(byName('MS Dhanvik')?.gender, null);
    assert.equal(a.quotes.find((q) => q.text.includes('fine'))?.speaker?.name, 'Colm Brady');
    assert.equal(a.quotes.find((q) => q.text.includes('good chase'))?.speaker?.name, 'MS Dhanvik');
  });
});
