// The shipped municipality → province table: completeness per province (CBS 2025), a sample per
// province, alternative and Frisian names, folding of case/diacritics/punctuation, and names that
// must stay unknown (ambiguous, provinces, villages, the Caribbean Netherlands).
import { describe, expect, it } from 'vitest';
import { currentMunicipalities, municipalityKey, PROVINCES, provinceOf } from '../../main/briefs/aggregate';

describe('municipality table', () => {
  it('has the 12 provinces and all 342 municipalities of 2025, with the CBS count per province', () => {
    expect(PROVINCES).toHaveLength(12);
    const table = currentMunicipalities();
    expect(table.size).toBeGreaterThanOrEqual(340);
    expect(table.size).toBe(342);
    const perProvince = Object.fromEntries(PROVINCES.map((p) => [p, [...table.values()].filter((x) => x === p).length]));
    expect(perProvince).toEqual({
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      'Noord-Holland': 44,
      'Zuid-Holland': 50,
      Zeeland: 13,
      'Noord-Brabant': 56,
      Limburg: 31,
    });
    // Every official name looks itself up, and no two fold to the same key.
    for (const [name, province] of table) expect(provinceOf(name)).toBe(province);
    expect(new Set([...table.keys()].map(municipalityKey)).size).toBe(table.size);
  });

  it('maps a sample of municipalities in every province', () => {
    const sample: Record<string, string[]> = {
      Groningen: ['Groningen', 'Eemsdelta', 'Het Hogeland', 'Westerwolde'],
      Fryslân: ['Leeuwarden', 'Súdwest-Fryslân', 'Noardeast-Fryslân', 'Schiermonnikoog'],
      Drenthe: ['Assen', 'Emmen', 'Aa en Hunze', 'Tynaarlo'],
      Overijssel: ['Zwolle', 'Enschede', 'Hof van Twente', 'Hengelo'],
      Flevoland: ['Almere', 'Lelystad', 'Urk', 'Noordoostpolder'],
      Gelderland: ['Arnhem', 'Nijmegen', 'West Betuwe', 'Oude IJsselstreek'],
      Utrecht: ['Utrecht', 'Amersfoort', 'Vijfheerenlanden', 'IJsselstein'],
      'Noord-Holland': ['Amsterdam', 'Haarlem', 'Dijk en Waard', 'Bergen (NH)'],
      'Zuid-Holland': ["'s-Gravenhage", 'Rotterdam', 'Voorne aan Zee', 'Hoeksche Waard'],
      Zeeland: ['Middelburg', 'Vlissingen', 'Schouwen-Duiveland', 'Sluis'],
      'Noord-Brabant': ["'s-Hertogenbosch", 'Eindhoven', 'Land van Cuijk', 'Maashorst', 'Nuenen, Gerwen en Nederwetten'],
      Limburg: ['Maastricht', 'Venlo', 'Beekdaelen', 'Bergen (L)', 'Valkenburg aan de Geul'],
    };
    for (const [province, names] of Object.entries(sample)) for (const name of names) expect(provinceOf(name), name).toBe(province);
  });

  it('knows everyday, English, disambiguated and Frisian names', () => {
    const cases: [string, string][] = [
      ['Den Haag', 'Zuid-Holland'],
      ['The Hague', 'Zuid-Holland'],
      ['Den Bosch', 'Noord-Brabant'],
      ['Bergen NH', 'Noord-Holland'],
      ['Bergen (N.H.)', 'Noord-Holland'],
      ['Bergen (L.)', 'Limburg'],
      ['Bergen (Limburg)', 'Limburg'],
      ['Hengelo (O.)', 'Overijssel'],
      ['Rijswijk (ZH.)', 'Zuid-Holland'],
      ['Nuenen', 'Noord-Brabant'],
      ['Capelle a/d IJssel', 'Zuid-Holland'],
      ['Ljouwert', 'Fryslân'],
      ['It Hearrenfean', 'Fryslân'],
      ['Skylge', 'Fryslân'],
      ['Tietjerksteradeel', 'Fryslân'],
      ['Zuidwest-Friesland', 'Fryslân'],
      ['De Friese Meren', 'Fryslân'],
      ['Stad Groningen', 'Groningen'],
      // Former municipalities people still give as where they live.
      ['Spijkenisse', 'Zuid-Holland'],
      ['Hellevoetsluis', 'Zuid-Holland'],
      ['Heerhugowaard', 'Noord-Holland'],
      ['Weesp', 'Noord-Holland'],
      ['Uden', 'Noord-Brabant'],
      ['Delfzijl', 'Groningen'],
      ['Leerdam', 'Utrecht'], // moved from Zuid-Holland with Vijfheerenlanden
    ];
    for (const [name, province] of cases) expect(provinceOf(name), name).toBe(province);
  });

  it('ignores case, diacritics, whitespace and punctuation', () => {
    for (const name of ["'s-Gravenhage", '’s-Gravenhage', 's Gravenhage', "'S-GRAVENHAGE", '  den   HAAG ', 'sGravenhage'])
      expect(provinceOf(name), name).toBe('Zuid-Holland');
    for (const name of ["'S-HERTOGENBOSCH", 's-hertogenbosch', 'Den-Bosch']) expect(provinceOf(name), name).toBe('Noord-Brabant');
    for (const name of ['Súdwest-Fryslân', 'sudwest fryslan', 'SÚDWEST FRYSLÂN', 'Súdwest\u00a0Fryslân', 'Su\u0301dwest-Frysla\u0302n'])
      expect(provinceOf(name), name).toBe('Fryslân');
    expect(provinceOf('ĳsselstein')).toBe('Utrecht'); // the ĳ ligature
    expect(provinceOf('Sint Michielsgestel')).toBe('Noord-Brabant');
  });

  it('answers null for missing, unknown and ambiguous names, and for provinces that are not municipalities', () => {
    for (const name of [
      null,
      '',
      '   ',
      'Bergen',
      'BERGEN',
      'Haren',
      'Alphen',
      'Valkenburg',
      'Nergenshuizen',
      'Amsterdam Zuidoost',
      'Friesland',
      'Fryslân',
      'Noord-Holland',
      'Zeeland',
      'Limburg',
      'Drenthe',
      'Bonaire',
      'Saba',
    ])
      expect(provinceOf(name), String(name)).toBeNull();
    // Groningen and Utrecht are municipalities as well as provinces (in the province of that name).
    expect(provinceOf('Groningen')).toBe('Groningen');
    expect(provinceOf('Utrecht')).toBe('Utrecht');
  });
});
