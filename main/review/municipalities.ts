// Approximate centres of the larger Dutch municipalities, for the "GPS far from the stated
// municipality" signal. Coordinates to about a kilometre, which is plenty for a 50 km threshold.
// A municipality not in this table is only checked against the Netherlands as a whole.
const CENTRES: Record<string, readonly [number, number]> = {
  amsterdam: [52.37, 4.9],
  rotterdam: [51.92, 4.48],
  'den haag': [52.08, 4.3],
  "'s-gravenhage": [52.08, 4.3],
  utrecht: [52.09, 5.12],
  eindhoven: [51.44, 5.48],
  groningen: [53.22, 6.57],
  tilburg: [51.56, 5.09],
  almere: [52.37, 5.21],
  breda: [51.59, 4.78],
  nijmegen: [51.84, 5.86],
  apeldoorn: [52.21, 5.97],
  haarlem: [52.38, 4.64],
  arnhem: [51.98, 5.91],
  enschede: [52.22, 6.89],
  amersfoort: [52.16, 5.39],
  zaanstad: [52.45, 4.81],
  "'s-hertogenbosch": [51.69, 5.3],
  'den bosch': [51.69, 5.3],
  zwolle: [52.52, 6.08],
  leiden: [52.16, 4.49],
  maastricht: [50.85, 5.69],
  dordrecht: [51.81, 4.67],
  zoetermeer: [52.06, 4.49],
  delft: [52.01, 4.36],
  alkmaar: [52.63, 4.75],
  leeuwarden: [53.2, 5.8],
  deventer: [52.25, 6.16],
  venlo: [51.37, 6.17],
  hilversum: [52.22, 5.18],
  schiedam: [51.92, 4.4],
  amstelveen: [52.3, 4.86],
  emmen: [52.79, 6.9],
  westland: [52.0, 4.22],
  ede: [52.04, 5.67],
  helmond: [51.48, 5.66],
  oss: [51.77, 5.52],
  sittard: [51.0, 5.87],
  'sittard-geleen': [51.0, 5.87],
  heerlen: [50.89, 5.98],
  lelystad: [52.52, 5.47],
  gouda: [52.01, 4.71],
  purmerend: [52.5, 4.96],
  roosendaal: [51.53, 4.46],
  vlaardingen: [51.91, 4.34],
  hoorn: [52.64, 5.06],
  assen: [52.99, 6.56],
  almelo: [52.36, 6.66],
  hengelo: [52.27, 6.79],
  middelburg: [51.5, 3.61],
  vlissingen: [51.44, 3.57],
  'bergen op zoom': [51.49, 4.29],
  capelle: [51.93, 4.58],
  'capelle aan den ijssel': [51.93, 4.58],
  nieuwegein: [52.03, 5.08],
  veenendaal: [52.03, 5.56],
  zeist: [52.09, 5.23],
  'haarlemmermeer': [52.3, 4.69],
  hoofddorp: [52.3, 4.69],
  diemen: [52.34, 4.96],
  'den helder': [52.96, 4.76],
};

/** Mainland Netherlands with a margin (the Caribbean municipalities are not photographed here). */
const NL_BOX = { south: 50.6, north: 53.7, west: 3.2, east: 7.3 };

export function municipalityCentre(name: string): readonly [number, number] | null {
  return CENTRES[name.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export function inNetherlands(lat: number, lon: number): boolean {
  return lat >= NL_BOX.south && lat <= NL_BOX.north && lon >= NL_BOX.west && lon <= NL_BOX.east;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
