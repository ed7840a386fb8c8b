// Near-duplicate fingerprints and contact keys: folding makes spelling variants equal, MinHash
// tracks the real Jaccard similarity, LSH finds close pairs, shared passages are cut from the
// original texts; contact keys match formatting variants and reveal nothing.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contactKeys, normaliseEmail, normalisePhone } from '../../main/review/contacts';
import { estimateJaccard, jaccard, lshKeys, minhash, sharedPassages, shingleSet, tokens } from '../../main/review/fingerprint';

const A =
  'Een man van het consulaat belde mij op dinsdagavond en zei dat mijn broer in Izmir zou worden opgepakt als ik niet zou stoppen met het organiseren van de bijeenkomsten in Rotterdam. Hij kende mijn adres en de namen van mijn kinderen.';
const B = `${A.replace('dinsdagavond', 'woensdagavond')} Ik ben bang.`;

describe('fingerprints', () => {
  it('folds case, diacritics and scripts before cutting tokens; CJK per character', () => {
    expect(tokens('Gözaltına ALINACAĞINI söyledi')).toEqual(tokens('gozaltina alinacagini soyledi'));
    expect(tokens('他们在跟踪我')).toHaveLength(6);
  });

  it('estimates the Jaccard similarity and shares LSH keys for near-duplicates only', () => {
    const [sa, sb] = [shingleSet(A), shingleSet(B)];
    const exact = jaccard(sa, sb);
    expect(exact).toBeGreaterThan(0.7);
    expect(Math.abs(estimateJaccard(minhash(sa), minhash(sb)) - exact)).toBeLessThan(0.2);
    const other = shingleSet('Ik word gevolgd door twee mannen in een grijze auto sinds ik bij de demonstratie in Den Haag was, ook bij mijn werk staan ze.');
    expect(jaccard(sa, other)).toBeLessThan(0.05);
    const keys = (s: Set<number>) => new Set(lshKeys(minhash(s)));
    const shared = (x: Set<number>, y: Set<number>) => [...keys(x)].filter((k) => keys(y).has(k)).length;
    expect(shared(sa, sb)).toBeGreaterThan(0);
    expect(shared(sa, other)).toBe(0);
  });

  it('cuts the shared passages from each original text', () => {
    const [p] = sharedPassages(A, B);
    expect(p?.tokens).toBeGreaterThan(20);
    expect(A).toContain(p?.a ?? 'x');
    expect(B).toContain(p?.b ?? 'x');
  });
});

describe('contact keys', () => {
  const key = randomBytes(32);
  it('match formatting variants of a number and an address, and differ otherwise', () => {
    expect(normalisePhone('06-12345678')).toBe('+31612345678');
    expect(normalisePhone('+31 6 1234 5678')).toBe('+31612345678');
    expect(normaliseEmail(' Ayse.Y+lijn@Example.NL ')).toBe('ayse.y@example.nl');
    const k1 = contactKeys(key, { phone: '06 12 34 56 78', email: 'AYSE.Y@example.nl' });
    const k2 = contactKeys(key, { phone: '+31612345678', email: 'ayse.y+x@example.nl' });
    expect(k1).toEqual(k2);
    expect(contactKeys(key, { phone: '0612345679' })[0]?.hmac).not.toBe(k1[0]?.hmac);
    // Keys are HMACs: no digit run or address part of the details appears in them.
    expect(JSON.stringify(k1)).not.toMatch(/12345678|ayse/);
    expect(contactKeys(randomBytes(32), { phone: '0612345678' })[0]?.hmac).not.toBe(k1[0]?.hmac);
  });
});
