#!/usr/bin/env python3
"""Regenerate data/gazetteer/countries.csv and data/gazetteer/capitals.csv.

Sources
  * Unicode CLDR, via Babel (PyPI `babel`): English and Arabic territory
    display names (Locale.territories) and the Arabic exemplar-city names
    of time zones (Locale.time_zones[...]['city']).
  * CLDR_ALT below: the alt="short"/alt="variant" territory names of CLDR
    47 (Babel does not ship alt forms).  Copied from the cldr-json package
    `cldr-localenames-full` 47.0.0, main/{en,ar}/territories.json.  Pass
    --cldr-json DIR (the unpacked package) to read them from there instead.
  * Everything else in this file is hand-curated (marked HAND): extra
    Arabic/English aliases of countries, the capital list, extra cities,
    and the Arabic nisba adjectives used for «العاصمة ...» phrases.

people.csv, orgs.csv and outlets.csv are hand-written and not touched here.

Usage (not needed at build time; the CSVs are committed):
    python3 -m venv /tmp/gzvenv && /tmp/gzvenv/bin/pip install babel
    /tmp/gzvenv/bin/python tools/gen_gazetteer.py            # writes data/gazetteer/
    /tmp/gzvenv/bin/python tools/gen_gazetteer.py --out DIR  # elsewhere
Output is deterministic: rows sorted by key, list cells in a fixed order.
"""

import argparse
import csv
import json
import os
import re
import sys
import unicodedata

import babel
from babel import Locale
from babel.core import get_global

# ---------------------------------------------------------------------------
# Territory codes in CLDR that are not ISO 3166-1 countries/territories:
# exceptional reservations (AC CP CQ DG EA IC TA), groupings (EU EZ UN QO),
# pseudo-locales (XA XB) and unknown (ZZ).  XK (Kosovo) is user-assigned
# but used by CLDR and the news, so it is kept.
EXCLUDE = {"AC", "CP", "CQ", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO",
           "XA", "XB", "ZZ"}

# Keys that do not follow the plain slug of the CLDR English name.
KEY_OVERRIDES = {"HK": "hong-kong", "MO": "macao", "PS": "palestine"}

# CLDR 47 alt forms (cldr-localenames-full 47.0.0).  code -> [forms]
CLDR_ALT = {
    "en": {
        "BA": ["Bosnia"], "CC": ["Cocos Islands"], "CD": ["Congo (DRC)"],
        "CG": ["Congo (Republic)"], "CI": ["Ivory Coast"], "CV": ["Cabo Verde"],
        "CZ": ["Czech Republic"], "FK": ["Falkland Islands (Islas Malvinas)"],
        "GB": ["UK"], "HK": ["Hong Kong"], "IO": ["Chagos Archipelago"],
        "MM": ["Myanmar"], "MO": ["Macao"], "NZ": ["Aotearoa New Zealand"],
        "PN": ["Pitcairn"], "PS": ["Palestine"], "SZ": ["Swaziland"],
        "TL": ["East Timor"], "TR": ["Turkey"], "US": ["US"],
    },
    "ar": {
        "CD": ["جمهورية الكونغو الديمقراطية"], "CG": ["جمهورية الكونغو"],
        "CI": ["كوت ديفوار"], "CZ": ["جمهورية التشيك"],
        "FK": ["جزر فوكلاند - جزر مالفيناس"], "HK": ["هونغ كونغ"],
        "IO": ["أرخبيل تشاغوس"], "MO": ["مكاو"], "PS": ["فلسطين"],
        "SZ": ["سوازيلاند"], "TL": ["تيمور الشرقية"],
    },
}

# HAND: Arabic spellings news uses besides the CLDR name.  code -> [forms]
COUNTRY_AR = {
    "AE": ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة"],
    "AF": ["أفغانستان"],
    "AU": ["استراليا"],
    "AZ": ["آذربيجان", "جمهورية أذربيجان"],
    "BH": ["مملكة البحرين"],
    "BY": ["روسيا البيضاء", "بيلاروسيا"],
    "CN": ["جمهورية الصين الشعبية"],
    "DE": ["جمهورية ألمانيا الاتحادية"],
    "DK": ["الدنمارك"],
    "DZ": ["الجمهورية الجزائرية"],
    "EG": ["جمهورية مصر العربية"],
    "ER": ["أريتريا"],
    "ET": ["أثيوبيا"],
    "GB": ["بريطانيا", "بريطانيا العظمى", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"],
    "GL": ["جرينلاند"],
    "HU": ["المجر"],
    "ID": ["أندونيسيا"],
    "IE": ["إيرلندا", "ايرلندا"],
    "IQ": ["جمهورية العراق"],
    "IR": ["الجمهورية الإسلامية الإيرانية", "جمهورية إيران الإسلامية"],
    "IS": ["أيسلندا"],
    "JO": ["المملكة الأردنية الهاشمية"],
    "KG": ["قرغيزستان"],
    "KP": ["جمهورية كوريا الديمقراطية الشعبية"],
    "KR": ["جمهورية كوريا"],
    "KW": ["دولة الكويت"],
    "LB": ["الجمهورية اللبنانية"],
    "LY": ["دولة ليبيا"],
    "MA": ["المملكة المغربية"],
    "MK": ["مقدونيا"],
    "MM": ["ميانمار", "بورما"],
    "MR": ["الجمهورية الإسلامية الموريتانية"],
    "NL": ["مملكة هولندا"],
    "OM": ["سلطنة عمان", "سلطنة عُمان"],
    "PS": ["دولة فلسطين"],
    "QA": ["دولة قطر"],
    "RU": ["روسيا الاتحادية", "الاتحاد الروسي"],
    "SA": ["السعودية", "المملكة السعودية"],
    "SD": ["جمهورية السودان"],
    "SY": ["الجمهورية العربية السورية"],  # not سورية: in news it is mostly the adjective "Syrian"
    "TN": ["الجمهورية التونسية"],
    "TR": ["الجمهورية التركية"],
    "UA": ["اوكرانيا"],
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
    "YE": ["الجمهورية اليمنية"],
}

# HAND: English aliases besides the CLDR name and alt forms.
COUNTRY_EN = {
    "AE": ["UAE"], "CN": ["People's Republic of China", "PRC"],
    "GB": ["Britain", "Great Britain"], "HK": ["Hong Kong SAR"],
    "IR": ["Islamic Republic of Iran"], "KP": ["DPRK"],
    "KR": ["Republic of Korea"], "MK": ["Macedonia"],
    "NL": ["Holland"], "PS": ["State of Palestine", "Palestinian Territory"],
    "RU": ["Russian Federation"], "SA": ["KSA"],
    "SY": ["Syrian Arab Republic"], "US": ["USA", "U.S.", "United States of America", "America"],
    "VA": ["Vatican", "Holy See"],
}

# HAND: Arabic nisba adjectives, feminine (agreeing with «العاصمة»), for the
# countries most in Arabic diplomatic news.  Countries not listed get no
# descriptive phrase (nothing invented for them).
NISBA_F = {
    "AF": ["الأفغانية"], "AM": ["الأرمينية"], "AR": ["الأرجنتينية"],
    "AT": ["النمساوية"], "AU": ["الأسترالية"], "AZ": ["الأذربيجانية"],
    "BE": ["البلجيكية"], "BG": ["البلغارية"], "BH": ["البحرينية"],
    "BR": ["البرازيلية"], "BY": ["البيلاروسية"], "CA": ["الكندية"],
    "CH": ["السويسرية"], "CN": ["الصينية"], "CU": ["الكوبية"],
    "CY": ["القبرصية"], "CZ": ["التشيكية"], "DE": ["الألمانية"],
    "DJ": ["الجيبوتية"], "DK": ["الدنماركية"], "DZ": ["الجزائرية"],
    "EG": ["المصرية"], "ER": ["الإريترية"], "ES": ["الإسبانية"],
    "ET": ["الإثيوبية"], "FI": ["الفنلندية"], "FR": ["الفرنسية"],
    "GB": ["البريطانية"], "GE": ["الجورجية"], "GR": ["اليونانية"],
    "HU": ["المجرية", "الهنغارية"], "ID": ["الإندونيسية"], "IE": ["الأيرلندية"],
    "IN": ["الهندية"], "IQ": ["العراقية"], "IR": ["الإيرانية"],
    "IT": ["الإيطالية"], "JO": ["الأردنية"], "JP": ["اليابانية"],
    "KE": ["الكينية"], "KP": ["الكورية الشمالية"], "KR": ["الكورية الجنوبية"],
    "KW": ["الكويتية"], "KZ": ["الكازاخستانية", "الكازاخية"], "LB": ["اللبنانية"],
    "LY": ["الليبية"], "MA": ["المغربية"], "MR": ["الموريتانية"],
    "MX": ["المكسيكية"], "MY": ["الماليزية"], "NG": ["النيجيرية"],
    "NL": ["الهولندية"], "NO": ["النرويجية"], "OM": ["العمانية"],
    "PK": ["الباكستانية"], "PL": ["البولندية"], "PT": ["البرتغالية"],
    "QA": ["القطرية"], "RO": ["الرومانية"], "RS": ["الصربية"],
    "RU": ["الروسية"], "SA": ["السعودية"], "SD": ["السودانية"],
    "SE": ["السويدية"], "SO": ["الصومالية"], "SY": ["السورية"],
    "TD": ["التشادية"], "TN": ["التونسية"], "TR": ["التركية"],
    "UA": ["الأوكرانية"], "AE": ["الإماراتية"],
    "US": ["الأميركية", "الأمريكية"], "UZ": ["الأوزبكية"],
    "VE": ["الفنزويلية"], "YE": ["اليمنية"],
}

# HAND: capitals of sovereign states (UN members plus Kosovo, Palestine is
# left out: see README; Taiwan included).  City-states whose capital is the
# country itself (SG, MC, VA, SM) have no row: the country row covers them.
#   code | English name | tz id (Arabic name from CLDR exemplar city) or -
#        | hand Arabic name (used when tz is -) | extra Arabic aliases (;)
#        | extra English aliases (;)
# When the CLDR exemplar city name equals the country's Arabic name
# (Algiers, Tunis, Kuwait, ...), a hand disambiguated form is given instead
# and the tz column is '-'.
CAPITALS = """
AD|Andorra la Vella|-|أندورا لا فيلا||
AE|Abu Dhabi|-|أبوظبي|أبو ظبي|
AF|Kabul|Asia/Kabul|||
AG|St. John's|-|سانت جونز||Saint John's
AL|Tirana|Europe/Tirane|||Tirane
AM|Yerevan|Asia/Yerevan|||
AO|Luanda|Africa/Luanda|||
AR|Buenos Aires|America/Argentina/Buenos_Aires|||
AT|Vienna|Europe/Vienna|||
AU|Canberra|-|كانبرا||
AZ|Baku|Asia/Baku|||
BA|Sarajevo|Europe/Sarajevo|||
BB|Bridgetown|-|بريدجتاون||
BD|Dhaka|Asia/Dhaka|دكا|داكا|
BE|Brussels|Europe/Brussels|||
BF|Ouagadougou|Africa/Ouagadougou|||
BG|Sofia|Europe/Sofia|||
BH|Manama|-|المنامة||
BI|Gitega|-|غيتيغا||
BJ|Porto-Novo|Africa/Porto-Novo|||
BN|Bandar Seri Begawan|-|بندر سري بكاوان||
BO|Sucre|-|سوكري||
BR|Brasília|-|برازيليا||Brasilia
BS|Nassau|America/Nassau|||
BT|Thimphu|Asia/Thimphu|||
BW|Gaborone|Africa/Gaborone|||
BY|Minsk|Europe/Minsk|||
BZ|Belmopan|-|بلموبان||
CA|Ottawa|-|أوتاوا|أوتاوه|
CD|Kinshasa|Africa/Kinshasa|||
CF|Bangui|Africa/Bangui|||
CG|Brazzaville|Africa/Brazzaville|||
CH|Bern|-|برن||Berne
CI|Yamoussoukro|-|ياموسوكرو||
CL|Santiago|America/Santiago|||Santiago de Chile
CM|Yaoundé|-|ياوندي||Yaounde
CN|Beijing|-|بكين|بيجين|Peking
CO|Bogotá|America/Bogota|||Bogota
CR|San José|-|سان خوسيه||San Jose
CU|Havana|America/Havana|||
CV|Praia|-|برايا||
CY|Nicosia|Asia/Nicosia|||
CZ|Prague|Europe/Prague|||
DE|Berlin|Europe/Berlin|||
DJ|Djibouti City|-|مدينة جيبوتي||Djibouti
DK|Copenhagen|Europe/Copenhagen|||
DM|Roseau|-|روسو||
DO|Santo Domingo|America/Santo_Domingo|||
DZ|Algiers|-|الجزائر العاصمة||
EC|Quito|-|كيتو||
EE|Tallinn|Europe/Tallinn|||
EG|Cairo|Africa/Cairo|||
ER|Asmara|Africa/Asmara|||
ES|Madrid|Europe/Madrid|||
ET|Addis Ababa|Africa/Addis_Ababa|||
FI|Helsinki|Europe/Helsinki|||
FJ|Suva|-|سوفا||
FM|Palikir|-|باليكير||
FR|Paris|Europe/Paris|||
GA|Libreville|Africa/Libreville|||
GB|London|Europe/London|||
GD|St. George's|-|سانت جورجز||Saint George's
GE|Tbilisi|Asia/Tbilisi|||
GH|Accra|Africa/Accra|||
GM|Banjul|Africa/Banjul|||
GN|Conakry|Africa/Conakry|||
GQ|Malabo|Africa/Malabo|||
GR|Athens|Europe/Athens|||
GT|Guatemala City|-|مدينة غواتيمالا||
GW|Bissau|Africa/Bissau|||
GY|Georgetown|-|جورج تاون||
HN|Tegucigalpa|America/Tegucigalpa|||
HR|Zagreb|Europe/Zagreb|||
HT|Port-au-Prince|America/Port-au-Prince|||
HU|Budapest|Europe/Budapest|||
ID|Jakarta|Asia/Jakarta|||
IE|Dublin|Europe/Dublin|||
IN|New Delhi|-|نيودلهي|نيو دلهي|
IQ|Baghdad|Asia/Baghdad|||
IR|Tehran|Asia/Tehran|||
IS|Reykjavik|Atlantic/Reykjavik|||Reykjavík
IT|Rome|Europe/Rome|||
JM|Kingston|-|كينغستون||
JO|Amman|Asia/Amman|||
JP|Tokyo|Asia/Tokyo|||
KE|Nairobi|Africa/Nairobi|||
KG|Bishkek|Asia/Bishkek|||
KH|Phnom Penh|Asia/Phnom_Penh|||
KI|Tarawa|Pacific/Tarawa|||South Tarawa
KM|Moroni|-|موروني||
KN|Basseterre|-|باستير||
KP|Pyongyang|Asia/Pyongyang|||
KR|Seoul|Asia/Seoul|||
KW|Kuwait City|-|مدينة الكويت||
KZ|Astana|-|أستانا||Nur-Sultan
LA|Vientiane|Asia/Vientiane|||
LB|Beirut|Asia/Beirut|||
LC|Castries|-|كاستريس||
LI|Vaduz|Europe/Vaduz|||
LK|Colombo|Asia/Colombo|||
LR|Monrovia|Africa/Monrovia|||
LS|Maseru|Africa/Maseru|||
LT|Vilnius|Europe/Vilnius|||
LU|Luxembourg City|-|مدينة لوكسمبورغ||
LV|Riga|Europe/Riga|||
LY|Tripoli|Africa/Tripoli||طرابلس الغرب|
MA|Rabat|-|الرباط||
MD|Chișinău|Europe/Chisinau||كيشيناو|Chisinau
ME|Podgorica|Europe/Podgorica||بودغوريتسا|
MG|Antananarivo|Indian/Antananarivo|||
MH|Majuro|Pacific/Majuro|||
MK|Skopje|Europe/Skopje||سكوبيه|
ML|Bamako|Africa/Bamako|||
MM|Naypyidaw|-|نايبيداو||Nay Pyi Taw
MN|Ulaanbaatar|Asia/Ulaanbaatar||أولان باتور|Ulan Bator
MR|Nouakchott|Africa/Nouakchott|||
MT|Valletta|-|فاليتا||
MU|Port Louis|-|بورت لويس||
MV|Malé|-|ماليه||Male
MW|Lilongwe|-|ليلونغوي||
MX|Mexico City|America/Mexico_City||مدينة مكسيكو|
MY|Kuala Lumpur|Asia/Kuala_Lumpur|||
MZ|Maputo|Africa/Maputo|||
NA|Windhoek|Africa/Windhoek|||
NE|Niamey|Africa/Niamey|||
NG|Abuja|-|أبوجا||
NI|Managua|America/Managua|||
NL|Amsterdam|Europe/Amsterdam|||
NO|Oslo|Europe/Oslo|||
NP|Kathmandu|Asia/Kathmandu|||
NR|Yaren|-|يارين||
NZ|Wellington|-|ويلينغتون||
OM|Muscat|Asia/Muscat|||
PA|Panama City|-|مدينة بنما||
PE|Lima|America/Lima|||
PG|Port Moresby|Pacific/Port_Moresby|||
PH|Manila|Asia/Manila|||
PK|Islamabad|-|إسلام آباد|إسلام أباد|
PL|Warsaw|Europe/Warsaw|||
PT|Lisbon|Europe/Lisbon|||
PW|Ngerulmud|-|نغيرولمود||
PY|Asunción|America/Asuncion|||Asuncion
QA|Doha|-|الدوحة||
RO|Bucharest|Europe/Bucharest|||
RS|Belgrade|Europe/Belgrade|||
RU|Moscow|Europe/Moscow|||
RW|Kigali|Africa/Kigali|||
SA|Riyadh|Asia/Riyadh|||
SB|Honiara|-|هونيارا||
SC|Victoria|-|فيكتوريا||
SD|Khartoum|Africa/Khartoum|||
SE|Stockholm|Europe/Stockholm|||
SI|Ljubljana|Europe/Ljubljana|||
SK|Bratislava|Europe/Bratislava|||
SL|Freetown|Africa/Freetown|||
SN|Dakar|Africa/Dakar|||
SO|Mogadishu|Africa/Mogadishu||مقديشو|
SR|Paramaribo|America/Paramaribo|||
SS|Juba|Africa/Juba|||
ST|São Tomé|Africa/Sao_Tome|||Sao Tome
SV|San Salvador|-|سان سلفادور||
SY|Damascus|Asia/Damascus|||
SZ|Mbabane|Africa/Mbabane|||
TD|N'Djamena|Africa/Ndjamena|||Ndjamena
TG|Lomé|Africa/Lome|||Lome
TH|Bangkok|Asia/Bangkok|||
TJ|Dushanbe|Asia/Dushanbe|||
TL|Dili|Asia/Dili|||
TM|Ashgabat|Asia/Ashgabat||عشق أباد|
TN|Tunis|-|تونس العاصمة||
TO|Nuku'alofa|-|نوكوألوفا||
TR|Ankara|-|أنقرة||
TT|Port of Spain|America/Port_of_Spain|||
TV|Funafuti|Pacific/Funafuti|||
TW|Taipei|Asia/Taipei|||
TZ|Dodoma|-|دودوما||
UA|Kyiv|Europe/Kyiv|||Kiev
UG|Kampala|Africa/Kampala|||
US|Washington|-|واشنطن|واشنطن العاصمة|Washington, D.C.;Washington DC
UY|Montevideo|America/Montevideo|||
UZ|Tashkent|Asia/Tashkent|||
VC|Kingstown|-|كينغستاون||
VE|Caracas|America/Caracas|||
VN|Hanoi|-|هانوي||
VU|Port Vila|-|بورت فيلا||
WS|Apia|Pacific/Apia|||
XK|Pristina|-|بريشتينا||Prishtina
YE|Sanaa|-|صنعاء||Sana'a
ZA|Pretoria|-|بريتوريا||
ZM|Lusaka|Africa/Lusaka|||
ZW|Harare|Africa/Harare|||
"""

# HAND: other cities and regions that appear in the news (not capitals, or
# capitals of disputed status).  Same columns; the code may be empty
# (Jerusalem: status disputed, no country_key given).
CITIES = """
IL|Tel Aviv|-|تل أبيب|تل ابيب;تل أبيب يافا|Tel Aviv-Yafo
|Jerusalem|Asia/Jerusalem||بيت المقدس;القدس الشرقية;القدس المحتلة|Al-Quds
PS|Gaza|Asia/Gaza||قطاع غزة;مدينة غزة|Gaza Strip;Gaza City
PS|Ramallah|-|رام الله||
PS|Hebron|-|الخليل||Al-Khalil
PS|Nablus|-|نابلس||
PS|Jenin|-|جنين||
PS|Khan Younis|-|خان يونس||Khan Yunis
PS|Rafah|-|رفح||
PS|West Bank|-|الضفة الغربية|الضفة الغربية المحتلة|
IL|Haifa|-|حيفا||
SY|Sweida|-|السويداء|السويدا|Suwayda;As-Suwayda
SY|Aleppo|-|حلب||
SY|Homs|-|حمص||
SY|Hama|-|حماة||Hamah
SY|Daraa|-|درعا||Deraa;Dar'a
SY|Quneitra|-|القنيطرة||
SY|Golan|-|الجولان|هضبة الجولان;مرتفعات الجولان;الجولان السوري المحتل;الجولان المحتل|Golan Heights
SY|Latakia|-|اللاذقية||Lattakia
SY|Idlib|-|إدلب|ادلب|
SY|Deir ez-Zor|-|دير الزور||Deir al-Zour;Deir Ezzor
SY|Tartus|-|طرطوس||Tartous
SY|Qamishli|-|القامشلي||Qamishlo
SY|Raqqa|-|الرقة||Raqqah
SY|Hasakah|-|الحسكة||Al-Hasakah
SY|Palmyra|-|تدمر||Tadmur
SY|Manbij|-|منبج||
SY|Afrin|-|عفرين||
SY|Kobani|-|كوباني|عين العرب|Ayn al-Arab
SY|Jableh|-|جبلة||
SY|Baniyas|-|بانياس||
SY|Douma|-|دوما||
SY|Hmeimim|-|حميميم|قاعدة حميميم|Khmeimim
SY|Al-Tanf|-|التنف|قاعدة التنف|Tanf
LB|Sidon|-|صيدا||Saida
LB|Baalbek|-|بعلبك||
LB|Dahieh|-|الضاحية الجنوبية|ضاحية بيروت الجنوبية|Beirut southern suburbs
TR|Istanbul|Europe/Istanbul||اسطنبول;إستانبول|
TR|Antalya|-|أنطاليا||
TR|Gaziantep|-|غازي عنتاب||
AE|Dubai|Asia/Dubai|||
SA|Jeddah|-|جدة||Jedda
EG|Sharm el-Sheikh|-|شرم الشيخ||
EG|Alexandria|-|الإسكندرية||
IQ|Erbil|-|أربيل||Irbil
IQ|Mosul|-|الموصل||
IQ|Basra|-|البصرة||
IQ|Kirkuk|-|كركوك||
YE|Aden|Asia/Aden|||
LY|Benghazi|-|بنغازي||
CH|Geneva|-|جنيف||Genève
CH|Zurich|Europe/Zurich|||Zürich
CH|Davos|-|دافوس||
US|New York|America/New_York|||New York City
DE|Munich|-|ميونخ||München
RU|Saint Petersburg|-|سان بطرسبرغ|سانت بطرسبرغ|St. Petersburg
RU|Sochi|-|سوتشي||
BO|La Paz|America/La_Paz|||
MA|Casablanca|Africa/Casablanca|||
"""

HEAD_COUNTRIES = ["key", "kind", "name_en", "name_ar", "aliases_ar", "aliases_en"]
HEAD_CAPITALS = ["key", "kind", "name_en", "name_ar", "aliases_ar", "aliases_en",
                 "country_key", "descriptive_ar", "source"]


def slug(s):
    s = re.sub(r"\s*\([^)]*\)", "", s)          # drop "(Burma)", "(Keeling)"
    s = s.replace("&", " and ")
    s = re.sub(r"[’'.]", "", s)                # St. -> st, d’Ivoire -> divoire
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def uniq(seq, exclude=()):
    """Keep first occurrence order, drop empties and anything in exclude."""
    seen = set(exclude)
    out = []
    for x in seq:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def load_alt(cldr_json):
    if not cldr_json:
        return CLDR_ALT
    alt = {}
    for loc in ("en", "ar"):
        path = os.path.join(cldr_json, "main", loc, "territories.json")
        with open(path, encoding="utf-8") as f:
            terr = json.load(f)["main"][loc]["localeDisplayNames"]["territories"]
        d = {}
        for k in sorted(terr):
            if "-alt-" in k:
                d.setdefault(k.split("-alt-")[0], []).append(terr[k])
        alt[loc] = d
    return alt


def tz_city(loc, tz):
    """CLDR exemplar city of a zone, looking through Babel's zone aliases
    (CLDR keeps some names under the old ids, e.g. Europe/Kiev)."""
    zones = loc.time_zones
    aliases = get_global("zone_aliases")  # old id -> canonical id
    ids = [tz] + sorted(k for k, v in aliases.items() if v == tz)
    if tz in aliases:
        ids.append(aliases[tz])
    for z in ids:
        city = zones.get(z, {}).get("city")
        if city:
            return city, z
    return None, None


def parse_table(text):
    rows = []
    for line in text.strip().splitlines():
        code, en, tz, ar, al_ar, al_en = (line.split("|") + [""] * 6)[:6]
        rows.append((code.strip(), en.strip(), tz.strip(), ar.strip(),
                     [a for a in al_ar.split(";") if a.strip()],
                     [a for a in al_en.split(";") if a.strip()]))
    return rows


def write_csv(path, header, rows):
    rows = sorted(rows, key=lambda r: r[0])
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")  # RFC 4180
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    return len(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "gazetteer"))
    ap.add_argument("--cldr-json", default=None,
                    help="unpacked cldr-localenames-full package, for the alt forms")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    en, ar = Locale("en"), Locale("ar")
    alt = load_alt(args.cldr_json)
    zone_terr = get_global("zone_territories")

    # ---- countries -------------------------------------------------------
    country_key = {}
    country_ar = {}
    rows = []
    for code in sorted(en.territories):
        if len(code) != 2 or not code.isalpha() or code in EXCLUDE:
            continue
        name_en = en.territories[code]
        name_ar = ar.territories.get(code)
        if not name_ar:
            sys.exit(f"no Arabic CLDR name for {code}")
        key = KEY_OVERRIDES.get(code, slug(name_en))
        country_key[code] = key
        country_ar[code] = name_ar
        al_ar = uniq(alt["ar"].get(code, []) + COUNTRY_AR.get(code, []), {name_ar})
        al_en = uniq(alt["en"].get(code, []) + COUNTRY_EN.get(code, []), {name_en})
        rows.append([key, "country", name_en, name_ar, "|".join(al_ar), "|".join(al_en)])
    keys = [r[0] for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        sys.exit(f"duplicate country keys: {sorted(dup)}")
    n_c = write_csv(os.path.join(args.out, "countries.csv"), HEAD_COUNTRIES, rows)

    # ---- capitals and cities ---------------------------------------------
    crow = []
    seen = set(keys)

    def add(code, name_en, tz, ar_hand, al_ar, al_en, capital):
        if tz and tz != "-":
            city_ar, zid = tz_city(ar, tz)
            if not city_ar:
                sys.exit(f"{name_en}: no Arabic exemplar city for {tz}")
            canon = get_global("zone_aliases").get(tz, tz)
            terr = zone_terr.get(canon)
            if code and terr != code:
                sys.exit(f"{name_en}: zone {tz} belongs to {terr}, not {code}")
            if city_ar == country_ar.get(code):
                sys.exit(f"{name_en}: CLDR city name equals the country name; give a hand form")
            name_ar, source = city_ar, f"cldr-tz:{canon}"
            al_ar = ([ar_hand] if ar_hand and ar_hand != city_ar else []) + al_ar
        else:
            if not ar_hand:
                sys.exit(f"{name_en}: no Arabic name")
            name_ar, source = ar_hand, "hand"
        key = slug(name_en)
        if key in seen:
            key = slug(name_en + " city")
        if key in seen:
            sys.exit(f"duplicate key {key}")
        seen.add(key)
        desc = ""
        if capital:
            desc = "|".join("العاصمة " + a for a in NISBA_F.get(code, []))
        crow.append([key, "place", name_en, name_ar, "|".join(uniq(al_ar, {name_ar})),
                     "|".join(uniq(al_en, {name_en})), country_key.get(code, "") if code else "",
                     desc, source])

    for row in parse_table(CAPITALS):
        add(*row, capital=True)
    for row in parse_table(CITIES):
        add(*row, capital=False)
    unused = set(NISBA_F) - {r[0] for r in parse_table(CAPITALS)}
    if unused:
        sys.exit(f"nisba given for countries without a capital row: {sorted(unused)}")
    n_p = write_csv(os.path.join(args.out, "capitals.csv"), HEAD_CAPITALS, crow)

    print(f"babel {babel.__version__}, CLDR {get_global('cldr')['version']}: "
          f"countries.csv {n_c} rows, capitals.csv {n_p} rows")


if __name__ == "__main__":
    main()
