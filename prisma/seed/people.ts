// Fictitious but plausible names and addresses of the Ruhr area. Any likeness to a
// real person is chance: first and last names and streets are combined at random.
import type { Rng } from './random';

export const FEMALE_FIRST_NAMES = [
  'Anna', 'Sabine', 'Petra', 'Monika', 'Claudia', 'Andrea', 'Stefanie', 'Nicole', 'Katrin', 'Julia',
  'Sandra', 'Melanie', 'Tanja', 'Birgit', 'Susanne', 'Jessica', 'Christina', 'Daniela', 'Ayşe', 'Fatma',
  'Elif', 'Emine', 'Agnieszka', 'Katarzyna', 'Olga', 'Natalia', 'Maria', 'Elena', 'Fatima', 'Aylin',
  'Jacqueline', 'Manuela', 'Heike', 'Ute', 'Gabriele', 'Lena', 'Sarah', 'Laura', 'Yasemin', 'Irina',
] as const;

export const MALE_FIRST_NAMES = [
  'Thomas', 'Michael', 'Andreas', 'Stefan', 'Frank', 'Markus', 'Christian', 'Jürgen', 'Uwe', 'Ralf',
  'Dirk', 'Sven', 'Marco', 'Dennis', 'Kevin', 'Daniel', 'Sebastian', 'Tobias', 'Mehmet', 'Mustafa',
  'Ahmet', 'Ali', 'Hüseyin', 'Piotr', 'Krzysztof', 'Dariusz', 'Sergej', 'Alexander', 'Dmitri', 'Omar',
  'Hassan', 'Bernd', 'Detlef', 'Klaus', 'Rainer', 'Heiko', 'Patrick', 'Marcel', 'Jan', 'Emre',
] as const;

export const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
  'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid',
  'Kowalski', 'Nowak', 'Wiśniewski', 'Lewandowski', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk',
  'Aydın', 'Arslan', 'Ivanov', 'Petrov', 'Popescu', 'Haddad', 'Kuhn', 'Bauer', 'Brinkmann', 'Kemper',
  'Tenbrink', 'Overbeck', 'Hülsmann', 'Schulte', 'Kortmann', 'Terhorst', 'Wessel', 'Brüggemann', 'Pieper', 'Nolte',
] as const;

interface Place {
  postalCodes: readonly string[];
  streets: readonly string[];
}

// A few real streets and postal codes per city (public map data, no people attached).
export const PLACES: Readonly<Record<string, Place>> = {
  Dortmund: {
    postalCodes: ['44135', '44137', '44139', '44141', '44145', '44147', '44149', '44328', '44339', '44357', '44369'],
    streets: ['Mallinckrodtstraße', 'Münsterstraße', 'Borsigplatz', 'Schützenstraße', 'Huckarder Straße',
      'Rheinische Straße', 'Evinger Straße', 'Bornstraße', 'Hamburger Straße', 'Westfalendamm', 'Kirchderner Straße'],
  },
  Duisburg: {
    postalCodes: ['47051', '47053', '47057', '47059', '47119', '47137', '47139', '47166', '47169', '47198'],
    streets: ['Weseler Straße', 'Kaiser-Wilhelm-Straße', 'Friedrich-Ebert-Straße', 'Wanheimer Straße',
      'Ruhrorter Straße', 'Duisburger Straße', 'Hochfelder Straße', 'Sittardsberger Allee', 'Dislakener Straße'],
  },
  Recklinghausen: {
    postalCodes: ['45657', '45659', '45661', '45663', '45665'],
    streets: ['Bochumer Straße', 'Dortmunder Straße', 'Herner Straße', 'Hochlarmarkstraße', 'Grullbadstraße'],
  },
  Marl: { postalCodes: ['45768', '45770', '45772'], streets: ['Bergstraße', 'Hülsstraße', 'Lipper Weg'] },
  Herten: { postalCodes: ['45699', '45701'], streets: ['Ewaldstraße', 'Kaiserstraße', 'Feldstraße'] },
  'Castrop-Rauxel': { postalCodes: ['44575', '44577', '44579', '44581'], streets: ['Wittener Straße', 'Bahnhofstraße'] },
  Gladbeck: { postalCodes: ['45964', '45966', '45968'], streets: ['Horster Straße', 'Bottroper Straße'] },
  Dorsten: { postalCodes: ['46282', '46284', '46286'], streets: ['Halterner Straße', 'Borkener Straße'] },
  Gelsenkirchen: {
    postalCodes: ['45879', '45881', '45883', '45886', '45888', '45889', '45891', '45892', '45896', '45897', '45899'],
    streets: ['Bochumer Straße', 'Bismarckstraße', 'Hauptstraße', 'Horster Straße', 'Kurt-Schumacher-Straße',
      'Ückendorfer Straße', 'Cranger Straße', 'Grillostraße', 'Florastraße', 'Overwegstraße'],
  },
};

/** The towns a jobcenter serves: Kreis Recklinghausen covers several. */
export const TOWNS_OF: Readonly<Record<string, readonly string[]>> = {
  Dortmund: ['Dortmund'],
  Duisburg: ['Duisburg'],
  Recklinghausen: ['Recklinghausen', 'Recklinghausen', 'Marl', 'Herten', 'Castrop-Rauxel', 'Gladbeck', 'Dorsten'],
  Gelsenkirchen: ['Gelsenkirchen'],
};

export function firstName(rng: Rng, sex: 'FEMALE' | 'MALE' | 'DIVERSE'): string {
  if (sex === 'FEMALE') return rng.pick(FEMALE_FIRST_NAMES);
  if (sex === 'MALE') return rng.pick(MALE_FIRST_NAMES);
  return rng.pick(rng.chance(0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
}

export function address(rng: Rng, city: string): { street: string; postalCode: string; city: string } {
  const town = rng.pick(TOWNS_OF[city] ?? [city]);
  const place = PLACES[town] ?? PLACES.Dortmund;
  if (!place) throw new Error(`Kein Ort für ${town}`);
  return { street: `${rng.pick(place.streets)} ${rng.int(1, 180)}`, postalCode: rng.pick(place.postalCodes), city: town };
}

/** Kundennummer of the Bundesagentur für Arbeit, shaped like "123D456789". */
export function customerNumber(rng: Rng): string {
  return `${rng.int(100, 999)}D${String(rng.int(0, 999_999)).padStart(6, '0')}`;
}

const PSEUDONYM_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // 32 symbols, no 0/O/1/I

/**
 * "TN-" + 8 symbols. A bijection of the running number (multiplication by an odd
 * constant modulo 32^8), so pseudonyms never collide even at a million participants,
 * yet do not reveal the order of entry.
 */
export function pseudonym(index: number): string {
  let value = (BigInt(index) * 0x9e3779b97n + 0x5bd1e995n) & 0xff_ffff_ffffn;
  let out = '';
  for (let i = 0; i < 8; i += 1) {
    out = PSEUDONYM_ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return `TN-${out}`;
}
