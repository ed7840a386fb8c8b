// The shipped municipality → province table: every Dutch municipality (gemeente) with its
// province, plus alternative names people write. Data only; the lookup is in municipality.ts.
//
// Source: CBS, Gemeentelijke indeling op 1 januari 2025 (342 municipalities). This needs updating
// whenever municipalities merge or are renamed (usually on 1 January): add the new name, move the
// old names to FORMER_NAMES, and check the count per province in the tests.
// The Caribbean Netherlands (Bonaire, Sint Eustatius, Saba) are public bodies, not municipalities
// in a province, and are deliberately absent: they come out as 'unknown'.

/** The 12 provinces in CBS order (north to south); also the order of the brief's province table. */
export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const;
export type Province = (typeof PROVINCES)[number];

/** Official municipality names per province, '|'-separated (CBS spelling, 2025). */
export const MUNICIPALITIES_BY_PROVINCE: Readonly<Record<Province, string>> = {
  Groningen: 'Eemsdelta|Groningen|Het Hogeland|Midden-Groningen|Oldambt|Pekela|Stadskanaal|Veendam|Westerkwartier|Westerwolde',
  Fryslân:
    'Achtkarspelen|Ameland|Dantumadiel|De Fryske Marren|Harlingen|Heerenveen|Leeuwarden|Noardeast-Fryslân|Ooststellingwerf|' +
    'Opsterland|Schiermonnikoog|Smallingerland|Súdwest-Fryslân|Terschelling|Tytsjerksteradiel|Vlieland|Waadhoeke|Weststellingwerf',
  Drenthe:
    'Aa en Hunze|Assen|Borger-Odoorn|Coevorden|De Wolden|Emmen|Hoogeveen|Meppel|Midden-Drenthe|Noordenveld|Tynaarlo|Westerveld',
  Overijssel:
    'Almelo|Borne|Dalfsen|Deventer|Dinkelland|Enschede|Haaksbergen|Hardenberg|Hellendoorn|Hengelo|Hof van Twente|Kampen|Losser|' +
    'Oldenzaal|Olst-Wijhe|Ommen|Raalte|Rijssen-Holten|Staphorst|Steenwijkerland|Tubbergen|Twenterand|Wierden|Zwartewaterland|Zwolle',
  Flevoland: 'Almere|Dronten|Lelystad|Noordoostpolder|Urk|Zeewolde',
  Gelderland:
    'Aalten|Apeldoorn|Arnhem|Barneveld|Berg en Dal|Berkelland|Beuningen|Bronckhorst|Brummen|Buren|Culemborg|Doesburg|Doetinchem|' +
    'Druten|Duiven|Ede|Elburg|Epe|Ermelo|Harderwijk|Hattem|Heerde|Heumen|Lingewaard|Lochem|Maasdriel|Montferland|Neder-Betuwe|' +
    'Nijkerk|Nijmegen|Nunspeet|Oldebroek|Oost Gelre|Oude IJsselstreek|Overbetuwe|Putten|Renkum|Rheden|Rozendaal|Scherpenzeel|Tiel|' +
    'Voorst|Wageningen|West Betuwe|West Maas en Waal|Westervoort|Wijchen|Winterswijk|Zaltbommel|Zevenaar|Zutphen',
  Utrecht:
    'Amersfoort|Baarn|Bunnik|Bunschoten|De Bilt|De Ronde Venen|Eemnes|Houten|IJsselstein|Leusden|Lopik|Montfoort|Nieuwegein|' +
    'Oudewater|Renswoude|Rhenen|Soest|Stichtse Vecht|Utrecht|Utrechtse Heuvelrug|Veenendaal|Vijfheerenlanden|Wijk bij Duurstede|' +
    'Woerden|Woudenberg|Zeist',
  'Noord-Holland':
    'Aalsmeer|Alkmaar|Amstelveen|Amsterdam|Bergen (NH)|Beverwijk|Blaricum|Bloemendaal|Castricum|Den Helder|Diemen|Dijk en Waard|' +
    'Drechterland|Edam-Volendam|Enkhuizen|Gooise Meren|Haarlem|Haarlemmermeer|Heemskerk|Heemstede|Heiloo|Hilversum|Hollands Kroon|' +
    'Hoorn|Huizen|Koggenland|Landsmeer|Laren|Medemblik|Oostzaan|Opmeer|Ouder-Amstel|Purmerend|Schagen|Stede Broec|Texel|Uitgeest|' +
    'Uithoorn|Velsen|Waterland|Wijdemeren|Wormerland|Zaanstad|Zandvoort',
  'Zuid-Holland':
    "Alblasserdam|Albrandswaard|Alphen aan den Rijn|Barendrecht|Bodegraven-Reeuwijk|Capelle aan den IJssel|Delft|Dordrecht|" +
    'Goeree-Overflakkee|Gorinchem|Gouda|Hardinxveld-Giessendam|Hendrik-Ido-Ambacht|Hillegom|Hoeksche Waard|Kaag en Braassem|' +
    'Katwijk|Krimpen aan den IJssel|Krimpenerwaard|Lansingerland|Leiden|Leiderdorp|Leidschendam-Voorburg|Lisse|Maassluis|' +
    'Midden-Delfland|Molenlanden|Nieuwkoop|Nissewaard|Noordwijk|Oegstgeest|Papendrecht|Pijnacker-Nootdorp|Ridderkerk|Rijswijk|' +
    "Rotterdam|Schiedam|Sliedrecht|Teylingen|Vlaardingen|Voorne aan Zee|Voorschoten|Waddinxveen|Wassenaar|Westland|Zoetermeer|" +
    "Zoeterwoude|Zuidplas|Zwijndrecht|'s-Gravenhage",
  Zeeland: 'Borsele|Goes|Hulst|Kapelle|Middelburg|Noord-Beveland|Reimerswaal|Schouwen-Duiveland|Sluis|Terneuzen|Tholen|Veere|Vlissingen',
  'Noord-Brabant':
    'Alphen-Chaam|Altena|Asten|Baarle-Nassau|Bergeijk|Bergen op Zoom|Bernheze|Best|Bladel|Boekel|Boxtel|Breda|Cranendonck|Deurne|' +
    'Dongen|Drimmelen|Eersel|Eindhoven|Etten-Leur|Geertruidenberg|Geldrop-Mierlo|Gemert-Bakel|Gilze en Rijen|Goirle|Halderberge|' +
    'Heeze-Leende|Helmond|Heusden|Hilvarenbeek|Laarbeek|Land van Cuijk|Loon op Zand|Maashorst|Meierijstad|Moerdijk|' +
    'Nuenen, Gerwen en Nederwetten|Oirschot|Oisterwijk|Oosterhout|Oss|Reusel-De Mierden|Roosendaal|Rucphen|Sint-Michielsgestel|' +
    "Someren|Son en Breugel|Steenbergen|Tilburg|Valkenswaard|Veldhoven|Vught|Waalre|Waalwijk|Woensdrecht|Zundert|'s-Hertogenbosch",
  Limburg:
    'Beek|Beekdaelen|Beesel|Bergen (L)|Brunssum|Echt-Susteren|Eijsden-Margraten|Gennep|Gulpen-Wittem|Heerlen|Horst aan de Maas|' +
    'Kerkrade|Landgraaf|Leudal|Maasgouw|Maastricht|Meerssen|Mook en Middelaar|Nederweert|Peel en Maas|Roerdalen|Roermond|' +
    'Simpelveld|Sittard-Geleen|Stein|Vaals|Valkenburg aan de Geul|Venlo|Venray|Voerendaal|Weert',
};

/**
 * Other names for a current municipality → its official name: everyday and English names,
 * Frisian/Dutch pairs, disambiguated forms ("Bergen (NH.)" normalises like "Bergen (NH)"),
 * "a/d" abbreviations. Case, diacritics, spaces and punctuation need no variants (see municipality.ts).
 */
export const ALTERNATIVE_NAMES: Readonly<Record<string, string>> = {
  'Den Haag': "'s-Gravenhage",
  'The Hague': "'s-Gravenhage",
  Gravenhage: "'s-Gravenhage",
  'Den Bosch': "'s-Hertogenbosch",
  Hertogenbosch: "'s-Hertogenbosch",
  'Bergen (Noord-Holland)': 'Bergen (NH)',
  'Bergen (Limburg)': 'Bergen (L)',
  'Hengelo (O)': 'Hengelo',
  'Hengelo (Overijssel)': 'Hengelo',
  'Rijswijk (ZH)': 'Rijswijk',
  'Rijswijk (Zuid-Holland)': 'Rijswijk',
  'Laren (NH)': 'Laren',
  'Beek (L)': 'Beek',
  'Stein (L)': 'Stein',
  'Middelburg (Z)': 'Middelburg',
  'Utrecht (stad)': 'Utrecht',
  'Stad Utrecht': 'Utrecht',
  'Groningen (stad)': 'Groningen',
  'Stad Groningen': 'Groningen',
  Nuenen: 'Nuenen, Gerwen en Nederwetten',
  'Nuenen c.a.': 'Nuenen, Gerwen en Nederwetten',
  'St. Michielsgestel': 'Sint-Michielsgestel',
  'Gilze-Rijen': 'Gilze en Rijen',
  'Capelle a/d IJssel': 'Capelle aan den IJssel',
  'Krimpen a/d IJssel': 'Krimpen aan den IJssel',
  'Alphen a/d Rijn': 'Alphen aan den Rijn',
  'Alphen aan de Rijn': 'Alphen aan den Rijn',
  'Valkenburg a/d Geul': 'Valkenburg aan de Geul',
  // Frisian names of municipalities whose official name is Dutch, and Dutch names of those whose
  // official name is Frisian.
  Ljouwert: 'Leeuwarden',
  'It Hearrenfean': 'Heerenveen',
  Hearrenfean: 'Heerenveen',
  Harns: 'Harlingen',
  'Smellingerlân': 'Smallingerland',
  'Opsterlân': 'Opsterland',
  Eaststellingwerf: 'Ooststellingwerf',
  'Skiermûntseach': 'Schiermonnikoog',
  Skylge: 'Terschelling',
  'Flylân': 'Vlieland',
  'It Amelân': 'Ameland',
  'Amelân': 'Ameland',
  Tietjerksteradeel: 'Tytsjerksteradiel',
  Dantumadeel: 'Dantumadiel',
  'Zuidwest-Friesland': 'Súdwest-Fryslân',
  'Zuidwest-Fryslân': 'Súdwest-Fryslân',
  'Noordoost-Friesland': 'Noardeast-Fryslân',
  'Noordoost-Fryslân': 'Noardeast-Fryslân',
  'De Friese Meren': 'De Fryske Marren',
};

/**
 * A selection of former municipalities (merged 2015–2023) that people still give as where they
 * live, with the province they lie in. Names that are also a village elsewhere in another province
 * are left out (see AMBIGUOUS_NAMES). Leerdam and Zederik (now Vijfheerenlanden) moved to Utrecht.
 * A current municipality's name wins over a village of the same name (Beek, Hengelo, Laren).
 */
export const FORMER_NAMES: Readonly<Partial<Record<Province, string>>> = {
  Groningen:
    'Appingedam|Delfzijl|Loppersum|Bedum|De Marne|Eemsmond|Ten Boer|Hoogezand-Sappemeer|Menterwolde|Slochteren|Vlagtwedde|' +
    'Bellingwedde|Grootegast|Leek|Marum|Zuidhorn',
  Fryslân:
    'Dongeradeel|Ferwerderadiel|Kollumerland en Nieuwkruisland|Kollumerland c.a.|Franekeradeel|Het Bildt|Menameradiel|' +
    'Leeuwarderadeel|Littenseradiel',
  Gelderland: 'Geldermalsen|Lingewaal|Neerijnen|Rijnwaarden|Groesbeek',
  Utrecht: 'Leerdam|Zederik',
  'Noord-Holland': 'Weesp|Beemster|Heerhugowaard|Langedijk|Haarlemmerliede en Spaarnwoude|Bussum|Naarden|Muiden',
  'Zuid-Holland':
    'Binnenmaas|Cromstrijen|Korendijk|Oud-Beijerland|Strijen|Giessenlanden|Molenwaard|Noordwijkerhout|Brielle|Hellevoetsluis|' +
    'Westvoorne|Spijkenisse',
  'Noord-Brabant':
    'Aalburg|Werkendam|Woudrichem|Haaren|Uden|Landerd|Boxmeer|Cuijk|Grave|Mill en Sint Hubert|Sint Anthonis|Schijndel|' +
    'Sint-Oedenrode|Veghel',
  Limburg: 'Nuth|Onderbanken|Schinnen',
};

/**
 * Names that could mean places in different provinces: they map to null (unknown) rather than to
 * a guess. Plain "Bergen" is Bergen (NH) or Bergen (L); "Haren" and "Winsum" were municipalities in
 * Groningen but are also villages in Noord-Brabant and Fryslân, "Vianen" (Utrecht) likewise in
 * Noord-Brabant; "Alphen", "Capelle" and "Valkenburg" are each more than one place.
 */
export const AMBIGUOUS_NAMES: readonly string[] = ['Bergen', 'Haren', 'Winsum', 'Vianen', 'Alphen', 'Capelle', 'Valkenburg'];
