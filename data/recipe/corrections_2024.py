# Corrections applied on top of build.py output (see SOURCES.md "Corrections"), and the source key they change.
# Idempotent: on data that already has them (no ru-admin-kurilsky-central left) it changes nothing.
import json, math, re, sys, urllib.parse
sys.path.insert(0,__import__('os').path.dirname(__file__)); from corrections_geo import *
D=__import__('os').path.dirname(__import__('os').path.abspath(__file__))+'/../'
from layerfiles import load, save
def byid(fs): return {f['id']:f for f in fs}
def setprops(f, **kw):
    """update keeping key order; new keys inserted before 'source' if given as such"""
    p=f['properties']
    for k,v in kw.items():
        if v is None: p.pop(k,None)
        else: p[k]=v
def insert_after(f, after, key, val):
    p=f['properties']; items=[(k,v) for k,v in p.items() if k!=key]; out={}
    for k,v in items:
        out[k]=v
        if k==after: out[key]=val
    if key not in out: out[key]=val
    f['properties']=out

L={n:load(n) for n in ['events','places','projects','military','claims','islands','land']}
if 'ru-admin-kurilsky-central' not in {f['id'] for f in L['claims']}:
    print('corrections_2024: already applied, nothing to do'); sys.exit(0)
# ---------------------------------------------------------------- source key
W='https://en.wikipedia.org/wiki/'
def wq(lang,title): return f'https://{lang}.wikipedia.org/wiki/'+urllib.parse.quote(title,safe='()_,')
REPL={ # id: (new title, new url, kind) kind: wiki|removed
 'S05':('Wikipedia, Kuril Islands (was a kiwix mirror)',W+'Kuril_Islands','wiki'),
 'S06':('Wikipedia, Iturup (was a clateway mirror)',W+'Iturup','wiki'),
 'S07':('Wikipedia, Kunashir Island (was a wiki.outremer.quest mirror)',W+'Kunashiri_Island','wiki'),
 'S08':('Wikipedia, Habomai Islands',W+'Habomai_Islands','wiki'),
 'S09':('Wikipedia, Shikotan (was hubbry, a content farm)',W+'Shikotan','wiki'),
 'S10':('ru-Wikipedia, Шикотан (area 252.8 km², 43°48′N 146°45′E; was perceptiofr, a content farm)',wq('ru','Шикотан'),'wiki'),
 'S12':('id-Wikipedia, Kepulauan Habomai (RU↔JP islet names, areas; was kampuspedia, a content farm)',wq('id','Kepulauan_Habomai'),'wiki'),
 'S14':('Wikipedia, Treaty of Saint Petersburg (1875) (was an IPFS mirror)',W+'Treaty_of_Saint_Petersburg_(1875)','wiki'),
 'S15':('Wikipedia, Treaty of Shimoda (was a clateway mirror)',W+'Treaty_of_Shimoda','wiki'),
 'S19':('Wikipedia, Sakhalin Oblast (South Sakhalin Oblast 2 Feb 1946, merged 2 Jan 1947; was a wikia copy)',W+'Sakhalin_Oblast','wiki'),
 'S20':('ru-Wikipedia, Южно-Сахалинская область (districts 5 Jun 1946; centre moved 18 Apr 1947; was an it.wiki7 mirror)',wq('ru','Южно-Сахалинская_область'),'wiki'),
 'S24':('Wikipedia, Soviet–Japanese Joint Declaration of 1956',W+'Soviet%E2%80%93Japanese_Joint_Declaration_of_1956','wiki'),
 'S35':('REMOVED: content farm (kxan36news) on the Art. 67 amendment; facts now cited to [S34] and [S124]',None,'removed'),
 'S36':('REMOVED: content farm (blackhawksjersey) on the 2020 vote, decree and Yuzhno-Kurilsk plaque; see [S124]',None,'removed'),
 'S44':('Wikipedia, Defence of the Kuril Islands (was a 2015 snapshot on the-uncensored-wiki.com)',W+'Defence_of_the_Kuril_Islands','wiki'),
 'S46':('REMOVED: content farm (5hotnews, citing TASS) on the Nov 2016 Bal/Bastion deployment; facts rest on [S45]',None,'removed'),
 'S56':('REMOVED: content farm (blackbenson, copying Xinhua) on the Matua airfield, 5 Mar 2018; facts rest on [S58]',None,'removed'),
 'S57':('REMOVED: aggregator (UrduPoint, copying Sputnik) on the Matua Bastion, 2 Dec 2021; facts rest on [S58]',None,'removed'),
 'S62':('Wikipedia, Burevestnik Airport (was enwikipedia.net, a content farm)',W+'Burevestnik_Airport','wiki'),
 'S63':('Wikipedia, Iturup Airport: 45°15′23″N 147°57′21″E (was jmedia.wiki, a content farm)',W+'Iturup_Airport','wiki'),
 'S64':('Wikipedia, Iturup Airport: 7 km NE of Kurilsk, runway 2,300 m (was alchetron, a content farm)',W+'Iturup_Airport','wiki'),
 'S65':('ja-Wikipedia, メンデレーエフ空港: 43°57′30″N 145°40′59″E (was a wikizero mirror)',wq('ja','メンデレーエフ空港'),'wiki'),
 'S66':('ru-Wikipedia, Менделеево (аэропорт): 15.5 km SW of Yuzhno-Kurilsk (was an IPFS mirror)',wq('ru','Менделеево_(аэропорт)'),'wiki'),
 'S79':('REMOVED: aggregator (PakistanPoint, copying Sputnik) on the 2019 pilot-tour dates and postponement; dates now from [S78]',None,'removed'),
 'S88':('REMOVED: content farm (theglobalherald) on the 2+2 participants; facts rest on [S87]',None,'removed'),
 'S96':('Wikipedia, Offshore islets of Shikotan (table with coordinates; was wiki2, a mirror)',W+'Offshore_islets_of_Shikotan','wiki'),
 'S97':('ru-Wikipedia, Горячие Ключи (Курильский городской округ): 45°01′58″N 147°45′38″E (was perceptiocs, a content farm)',wq('ru','Горячие_Ключи_(Курильский_городской_округ)'),'wiki'),
 'S98':('ru-Wikipedia, Малокурильское: 43°52′15″N 146°49′55″E (was perceptiode, a content farm)',wq('ru','Малокурильское'),'wiki'),
 'S99':('ru-Wikipedia, Южно-Курильск: 44°01′50″N 145°51′20″E, population 2021 (was perceptioro, a content farm)',wq('ru','Южно-Курильск'),'wiki'),
 'S100':('fr-Wikipedia, Kourilsk: 45°13′37″N 147°53′08″E (was frwiki.wiki, a mirror)',wq('fr','Kourilsk'),'wiki'),
 'S101':('Wikipedia, Severo-Kurilsk: 50°40′N 156°07′E (was sagapedia, a content farm)',W+'Severo-Kurilsk','wiki'),
 'S102':('Wikipedia, Iturup (Etopirika built 2012 for visa-free visits; was memim, a content farm)',W+'Iturup','wiki'),
 'S106':('Wikipedia, Paramushir: 39 km from Cape Lopatka (was a mapio.net copy)',W+'Paramushir','wiki'),
}
NEW={
 'S109':('Jiji Press via nippon.com, 23 Sep 2017: first air trip of former residents to family graves, from Nakashibetsu','https://www.nippon.com/en/behind/l10512/','news'),
 'S110':('TASS 23 Sep 2017: charter flight from Nakashibetsu for grave visits (Kunashir, then Iturup)','http://tass.com/society/967196','news'),
 'S111':('Kyodo via Japan Times, 22 Jul 2018: second air grave visit from Nakashibetsu, return Monday 23 Jul','https://www.japantimes.co.jp/news/2018/07/22/national/japanese-former-residents-russian-controlled-isles-return-visit-ancestors-graves/','news'),
 'S112':('Interfax-Ukraine 8 Oct 2022: Decree No. 692/2022 of 7 Oct 2022 and the Verkhovna Rada address on the Northern Territories','https://en.interfax.com.ua/news/general/864064.html','news'),
 'S113':('Kyiv Post, Ukrainian MFA statement on Decree No. 692/2022 (signed 7 Oct 2022)','https://kyivpost.com/ukraine-politics/kuril-islands-mfa-issues-statement-on-ukraines-position.html','news'),
 'S114':('AP via Deseret News, 2 and 3 Nov 1997: Yeltsin–Hashimoto informal summit at Krasnoyarsk, Sat 1 – Sun 2 Nov 1997','https://www.deseret.com/1997/11/2/19343120/yeltsin-hashimoto-bolster-ties-during-siberian-retreat ; https://www.deseret.com/1997/11/3/19343369/next-yeltsin-to-spend-3-days-in-china/','news'),
 'S115':('AP via The News (Mexico), 29 Jun 2019: Abe–Putin talks in Osaka on Saturday (JEA, tourist exchanges)','https://thenews.mx/business/the-latest-abe-putin-announce-initiatives-to-expand-ties/amp','news'),
 'S116':('Sakhalin.Info (weekly), Kunashir: Golovnino, village in southern Kunashir, 54 km from the district centre, called Tomari until 1946','https://sakhalin.info/weekly/179254/','regional'),
 'S117':('Great Soviet Encyclopedia (3rd ed.), "Kuril Landing Operation of 1945" (via encyclopedia2.thefreedictionary.com): Shumshu garrison surrendered 23 Aug; landings on the northern islands as far as Urup 22–28 Aug; operation 18 Aug – 1 Sep','http://encyclopedia2.thefreedictionary.com/Kuril+Landing+Operation+of+1945','reference'),
 'S118':('Wikipedia, Kurilsky District (Iturup, Urup, Chirpoy, Brat Chirpoyev, Broutona)',W+'Kurilsky_District','wiki'),
 'S119':('Wikipedia, Severo-Kurilsky District (Paramushir and the islands from Shumshu to Simushir)',W+'Severo-Kurilsky_District','wiki'),
 'S120':('Wikipedia, Treaty of Portsmouth (signed 5 Sep 1905)',W+'Treaty_of_Portsmouth','wiki'),
 'S121':('Wikipedia, Yalta Conference (agreement on Japan signed 11 Feb 1945)',W+'Yalta_Conference','wiki'),
 'S122':('Wikipedia, Treaty of San Francisco (in force 28 Apr 1952)',W+'Treaty_of_San_Francisco','wiki'),
 'S123':('Wikipedia, Nakashibetsu Airport: 43°34′39″N 144°57′36″E',W+'Nakashibetsu_Airport','wiki'),
 'S124':('Wikipedia, 2020 amendments to the Constitution of Russia (vote 25 Jun – 1 Jul 2020; in force 4 Jul 2020)',W+'2020_amendments_to_the_Constitution_of_Russia','wiki'),
}
# parse the existing key from SOURCES.md
src=open(D+'SOURCES.md',encoding='utf-8').read()
KEY={}
for m in re.finditer(r'^\| (S\d+) \| (.*) \| (.*) \|$', src.split('<!-- source-key:start -->')[1], re.M):
    KEY[m.group(1)]=(m.group(2),m.group(3))
KIND={}
for k,(t,u) in KEY.items():
    KIND[k]='wiki' if 'wikipedia.org' in u else 'other'
for k,(t,u,kind) in REPL.items():
    KIND[k]=kind
    KEY[k]=(t,u if u else '—')
for k,(t,u,kind) in NEW.items():
    KIND[k]=kind; KEY[k]=(t,u)
json.dump({'KEY':KEY,'KIND':KIND},open('/dev/null','w'),ensure_ascii=False)

# ---------------------------------------------------------------- generic source rewrite
TXT={'[S35]':'[S124]','[S36]':'[S124]','[S46]':'[S45]','[S56]':'[S58]','[S57]':'[S58]','[S79]':'[S78]','[S88]':'[S87]'}
def fix_text(s):
    for a,b in TXT.items(): s=s.replace(a,b)
    s=re.sub(r'(\[S\d+\])(\1)+',r'\1',s)
    return s
regraded=[]
def clean(t): return re.sub(r'; was [^)]*(?=\))','',re.sub(r' \(was [^)]*\)','',t))
def cite(keys, extra=''):
    parts=[f'[{k}] {clean(KEY[k][0])}' for k in keys]
    if extra: parts.append(extra)
    return '; '.join(parts)
def url_of(k): return KEY[k][1].split(' ; ')[0]
def rewrite(f, layer):
    p=f['properties']
    if 'source' not in p: return
    parts=re.split(r'; (?=\[S\d+\])', p['source'])
    keys=[]; free=[]
    for part in parts:
        m=re.match(r'\[(S\d+)\] ',part)
        if m:
            k=m.group(1)
            # a keyed part may carry trailing free text after '; '
            keys.append(k)
            rest=part[len(m.group(0)):]
            # detect free text appended after the title
            t=KEY.get(k,(None,))[0]
        else: free.append(part)
    # free text after the last keyed title: split original on '; ' where not [S
    allparts=p['source'].split('; ')
    free=[x for x in allparts if not re.match(r'\[S\d+\]',x) and not any(x in KEYORIG[k][0] for k in keys if k in KEYORIG)]
    removed=[k for k in keys if KIND.get(k)=='removed']
    kept=[k for k in keys if KIND.get(k)!='removed']
    newsrc=cite(kept, '; '.join(free))
    changed = newsrc!=p['source']
    p['source']=newsrc
    if kept and 'source_url' in p:
        p['source_url']=url_of(kept[0])
    for k in ('description','date_note','basis','location_note','status_history'):
        if k in p: p[k]=fix_text(p[k])
    kinds={KIND.get(k,'other') for k in kept}
    old=p['confidence']
    if kept and kinds<= {'wiki'} and not free and old=='high':
        p['confidence']='medium'
    if not kept and not free:
        p['confidence']='low'
    if p['confidence']!=old: regraded.append((layer,f['id'],old,p['confidence']))
    return removed
KEYORIG={}
for m in re.finditer(r'^\| (S\d+) \| (.*) \| (.*) \|$', src.split('<!-- source-key:start -->')[1], re.M):
    KEYORIG[m.group(1)]=(m.group(2),m.group(3))
removed_log=[]
for n,fs in L.items():
    if n=='land': continue
    for f in fs:
        r=rewrite(f,n)
        if r: removed_log.append((n,f['id'],r))

# ---------------------------------------------------------------- claims
C=L['claims']; CI=byid(C)
cen=CI['ru-admin-kurilsky-central']; kur=CI['ru-admin-kurilsky']; sev=CI['ru-admin-severo-kurilsky']
stay=[];move=[]
for p in polys(cen['geometry']):
    (stay if centroidish(p)[0]<151.3 else move).append(p)
assert len(stay)==35 and len(move)==37
sev_orig=polys(sev['geometry'])
area=lambda ps: sum(poly_area(p) for p in ps)
print('moved to severo: %d polygons %.1f km2; kept in kurilsky: %d polygons %.1f km2'%(len(move),area(move),len(stay),area(stay)))
kur['geometry']={'type':'MultiPolygon','coordinates':polys(kur['geometry'])+stay}
sev['geometry']={'type':'MultiPolygon','coordinates':sev_orig+move}
BASIS_UNDISPUTED=("Russia: part of Sakhalin Oblast since 1946/47. Japan does not claim these islands: by the San Francisco Peace Treaty, "
 "Art. 2(c), it renounced the Kurile Islands, which in its view do not include the four southern islands; the treaty names no beneficiary, "
 "so Japan regards their attribution as undetermined (see jp-renounced-undetermined) [S22][S23].")
setprops(kur, name_en='Kurilsky district: Iturup, Urup, Chirpoy, Brat Chirpoyev, Broutona',
  basis="Russia, for Iturup: the Southern Kurils became part of the USSR as a result of the Second World War and Russian sovereignty over them cannot be doubted [S25][S74]; since 2020 the constitution bars alienating territory [S34]. Japan claims Iturup (see jp-claim). " + BASIS_UNDISPUTED.replace('these islands','Urup, Chirpoy, Brat Chirpoyev or Broutona'),
  source=cite(['S118','S06','S20','S05']), source_url=url_of('S118'), confidence='medium',
  description="Russian administration (Sakhalin Oblast; Soviet Union until 1991): Iturup (disputed: claimed by Japan) and Urup, Chirpoy, Brat Chirpoyev and Broutona (not claimed by Japan); centre Kurilsk. Until this correction the data held Simushir to Onekotan in a separate 'Kurilsky (probable)' feature; they belong to Severo-Kurilsky [S119].",
  location_note="Iturup (55 GSHHG polygons) plus the 35 chain polygons between Iturup and Simushir (Urup, Chirpoy, Brat Chirpoyev, Broutona and their islets; interior point west of 151.3 E).")
setprops(sev, name_en='Severo-Kurilsky district: Paramushir, Shumshu and the islands south to Simushir',
  basis=BASIS_UNDISPUTED,
  source=cite(['S119','S101','S05','S20']), source_url=url_of('S119'), confidence='medium',
  description="Paramushir, Shumshu and the islands from Onekotan south to Simushir (within the data extent); centre Severo-Kurilsk. Not part of the four disputed islands. Simushir to Onekotan (37 polygons) were wrongly in a 'Kurilsky (probable)' feature until this correction [S119].",
  location_note="'Paramushir and the north' [S101] (50 GSHHG polygons north of Paramushir's southern tip) plus Simushir to Onekotan (37 chain polygons with interior point east of 151.3 E and south of Paramushir) [S119].")
C.remove(cen)

# soviet takeover: neutral names, split north
NEUTRAL_NOTE='ja/ru names translated for Claimscape; neutral wording ("takeover", «переход под контроль», 管轄下) instead of one side\'s term "occupation"'
def neutral(f, en_suffix, ja_suffix, ru_suffix):
    setprops(f, name_en='Soviet takeover, 1945: '+en_suffix, name_ja='ソ連の管轄下に（1945年）：'+ja_suffix,
             name_ru='Переход под контроль СССР, 1945: '+ru_suffix, name_note=NEUTRAL_NOTE)
    p=f['properties']; p['description']=p['description'].replace('Military occupation after','Soviet military takeover after')
for sid,en,ja,ru in [('iturup','Iturup / Etorofu','択捉島','Итуруп'),('kunashir','Kunashir / Kunashiri','国後島','Кунашир'),
                     ('shikotan','Shikotan','色丹島','Шикотан'),('habomai','Habomai','歯舞群島','острова Хабомаи')]:
    neutral(CI['soviet-occupation-1945-'+sid],en,ja,ru)
north=CI['soviet-occupation-1945-north']
nps=polys(north['geometry'])
def grp(p):
    x,y=centroidish(p)
    if bb(p) in SEVC: return 'north'
    return 'urup' if x<151.3 else 'central'
def bb(p):
    r=p[0]; return (round(min(c[0] for c in r),4),round(min(c[1] for c in r),4),round(max(c[0] for c in r),4),round(max(c[1] for c in r),4))
SEVC={bb(q) for q in sev_orig}
G={'north':[],'central':[],'urup':[]}
for p in nps: G[grp(p)].append(p)
print({k:len(v) for k,v in G.items()})
import copy
def mk(base,id_,ps,en,ja,ru,vf,dn,keys):
    f=copy.deepcopy(base); f['id']=id_; f['geometry']={'type':'MultiPolygon','coordinates':ps}
    neutral(f,en,ja,ru); setprops(f,valid_from=vf,date_note=dn,source=cite(keys),source_url=url_of(keys[0]))
    return f
END=' Ends the day before the decree of 2 Feb 1946 placed the islands under Soviet civil administration (see ru-admin).'
fn=mk(north,'soviet-occupation-1945-north',G['north'],'Shumshu, Paramushir and the north','占守島・幌筵島ほか北部','Шумшу, Парамушир и северные острова','1945-08-23',
  'Soviet landing on Shumshu on 18 Aug 1945 [S105]; the garrison of the northern islands surrendered on 23 Aug [S117], so the area is drawn from then (Paramushir about 23–24 Aug; its exact day is not in the sources).'+END,['S105','S117'])
setprops(fn,confidence='medium')
fc=mk(north,'soviet-occupation-1945-central',G['central'],'Onekotan to Simushir','温禰古丹島から新知島まで','от Онекотана до Симушира','1945-08-28',
  'Soviet landings on the northern islands as far as Urup between 22 and 28 Aug 1945 [S117]; the day per island is not in the sources, so the area is drawn from 28 Aug, when all were held.'+END,['S117'])
setprops(fc,confidence='medium')
fu=mk(north,'soviet-occupation-1945-urup',G['urup'],'Urup, Chirpoy, Brat Chirpoyev, Broutona','得撫島ほか','Уруп, Чирпой, Брат Чирпоев, Броутона','1945-09-01',
  'Urup about 1 Sep 1945: [S117] has the landings reach Urup between 22 and 28 Aug and the operation end on 1 Sep; the exact day is not in the sources, so the area is drawn from 1 Sep, the end of the operation.'+END,['S117'])
setprops(fu,confidence='medium')
i=C.index(north); C[i:i+1]=[fn,fc,fu]
# south sakhalin oblast geometry: add southern Sakhalin (same polygon as jp-renounced-undetermined's)
ren=CI['jp-renounced-undetermined']
sakh=[p for p in polys(ren['geometry']) if centroidish(p)[0]<145]
print('sakhalin parts', len(sakh), round(area(sakh),1), max(c[1] for c in sakh[0][0]))
ss=CI['ru-admin-south-sakhalin-oblast-1946']
ss['geometry']={'type':'MultiPolygon','coordinates':polys(ss['geometry'])+sakh}
setprops(ss, name_en='South Sakhalin Oblast (1946): southern Sakhalin and all Kurils',
  location_note='All Kuril chain polygons (205 GSHHG polygons) plus the Sakhalin land polygon south of 50° N (GSHHG, clipped at the 1905 line; the same part as in jp-renounced-undetermined). Small islands off southern Sakhalin (e.g. Moneron) are not included.')
insert_after(ss,'description','location_note',ss['properties'].pop('location_note'))
# renunciation effective 28 Apr 1952
setprops(ren, valid_from='1952-04-28', date_note='The San Francisco Peace Treaty was signed on 8 Sep 1951 [S22] and entered into force on 28 Apr 1952 [S122]; the renunciation took effect then.')
# Shimoda ends the day before St Petersburg starts
for sid in ('shimoda-1855','shimoda-1855-jp','shimoda-1855-ru'):
    f=CI[sid]; assert f['properties']['valid_to']=='1875-08-22'; f['properties']['valid_to']='1875-08-21'
    dn=f['properties'].get('date_note','')
    setprops(f,date_note=(dn+' ' if dn else '')+'Ends on 21 Aug 1875, the day before the 1875 treaty took effect (ratifications exchanged 22 Aug 1875 [S13]).')
pl=CI['portsmouth-1905-line']
setprops(pl, valid_from='1905-09-05', source=cite(['S120','S18','S17','S103']), source_url=url_of('S120'),
  date_note='Signed 5 Sep 1905 [S120]. Ends the day before the decree of 2 Feb 1946 placed South Sakhalin in the Soviet South Sakhalin Oblast [S19]; the date Soviet control of South Sakhalin began is not in the sources.')

# ---------------------------------------------------------------- events
E=L['events']; EI=byid(E)
def ev(id_,**kw): setprops(EI[id_],**kw)
ev('ev-1905-portsmouth', valid_from='1905-09-05', valid_to='1905-09-05', date_note='Signed 5 Sep 1905 [S120].',
   source=cite(['S120','S18','S17','S103']), source_url=url_of('S120'), confidence='medium')
ev('ev-1945-yalta', valid_from='1945-02-11', valid_to='1945-02-11', date_note='The agreement on Japan was signed on 11 Feb 1945, the last day of the conference (4–11 Feb) [S121].',
   source=cite(['S121','S17','S08']), source_url=url_of('S121'), confidence='medium')
ev('ev-1997-krasnoyarsk', valid_from='1997-11-01', valid_to='1997-11-02', date_note='Informal summit Sat 1 – Sun 2 Nov 1997 [S114].',
   source=cite(['S114','S27']), source_url=url_of('S114'), confidence='high')
ev('ev-2019-osaka', valid_from='2019-06-29', valid_to='2019-06-29', date_note='Abe–Putin meeting on Saturday 29 Jun 2019, on the sidelines of the G20 Osaka summit [S115].',
   source=cite(['S115','S80']), source_url=url_of('S115'), confidence='high')
ev('ev-2022-ukraine-rada', name_en="Ukraine: Rada address and presidential decree on Japan's Northern Territories",
   name_ja='ウクライナ最高会議の呼びかけと大統領令（北方領土）', name_ru='обращение Верховной рады и указ президента Украины о Северных территориях Японии',
   valid_from='2022-10-07', valid_to='2022-10-07', date_note='Rada address adopted and Presidential Decree No. 692/2022 signed on 7 Oct 2022 [S112][S113].',
   source=cite(['S112','S113']), source_url=url_of('S112'), confidence='high',
   description="The Verkhovna Rada adopted an address to the international community supporting Japan's position on its Northern Territories and calling them occupied by Russia; President Zelensky's Decree No. 692/2022 of the same day reaffirms respect for Japan's sovereignty including them [S112][S113]. (Replaces a pastebin link list.)")
p=EI['ev-1855-shimoda']['properties']
p['date_note']='7 Feb 1855 (26 Jan O.S.; 21st day, 12th moon, Ansei 1). Japan marks 7 Feb as Northern Territories Day (observed since 1981); that detail rested only on an aggregator (removed), so it is low confidence.'
dec=EI['ev-2020-constitution-decree']['properties']
dec['confidence']='low'; regraded.append(('events','ev-2020-constitution-decree','medium','low'))
dec['source']=cite(['S124','S34']); dec['source_url']=url_of('S124')
dec['description']='Decree of 3 Jul 2020 putting the amendments into force. Low: the date rested only on a content farm (removed); now cited to the canonical Wikipedia article [S124].'
vote=EI['ev-2020-constitution-vote']['properties']
vote['source']=cite(['S34','S124']); vote['source_url']=url_of('S34')
vote['description']='Art. 67 text bars actions (and calls for actions) aimed at alienating territory, with an exception for delimitation and demarcation of borders [S34]. A plaque with the text was reportedly installed in Yuzhno-Kurilsk: low, that detail rested only on a content farm (removed).'
vote['date_note']='Vote 25 Jun – 1 Jul 2020 [S124] (the detailed dates rested on content farms, now removed).'
sf=EI['ev-1951-san-francisco']['properties']
sf['date_note']='Signed 8 Sep 1951 [S22]; in force 28 Apr 1952 [S122], when the renunciation took effect (see jp-renounced-undetermined).'
# new events
mos=EI['ev-1946-decree']
def newev(after,id_,coords,props):
    f={'type':'Feature','id':id_,'properties':props,'geometry':{'type':'Point','coordinates':coords}}
    E.insert(E.index(EI[after])+1,f); EI[id_]=f
MOSC='City centre, approximate (general knowledge; no coordinates in the sources)'
newev('ev-1956-joint-declaration','ev-1960-aide-memoire',[37.6365,55.7437],{'name_en':'Soviet aide-mémoire on the 1956 Declaration','name_ja':'ソ連の対日覚書（1960年）','name_ru':'памятная записка Советского правительства (1960)','name_note':'ja/ru names translated for Claimscape','type':'event','valid_from':'1960-01-27','valid_to':'1960-01-27',
  'source':cite(['S25']),'source_url':url_of('S25'),'confidence':'medium','precision':'approximate',
  'location_note':MOSC+'; the source gives no place: placed at Moscow, seat of the government that issued it, offset 1.5 km at bearing 120° from the centre so the icons of several events in Moscow do not coincide.',
  'description':'Soviet aide-mémoire: the transfer of Shikotan and Habomai under the 1956 Declaration only if all foreign troops leave Japan (reaction to the US–Japan security treaty) [S25].','place':'Moscow','place_ja':'モスクワ','place_ru':'Москва'})
newev('ev-2022-ukraine-rada','ev-2023-sez-law',[37.6365,55.7603],{'name_en':'Law on a special economic zone covering the Kurils','name_ja':'クリル諸島を含む特別経済区に関する法律','name_ru':'закон об особой экономической зоне на Курилах','name_note':'ja/ru names translated for Claimscape','type':'event','valid_from':'2023-03','valid_to':'2023-03-31',
  'date_note':'March 2023 (month only in the source; PortNews report of 20 Mar 2023).',
  'source':cite(['S84']),'source_url':url_of('S84'),'confidence':'medium','precision':'approximate',
  'location_note':MOSC+'; signed in Moscow (place not in the source), offset 1.5 km at bearing 60° from the centre so the icons of several events in Moscow do not coincide.',
  'description':'Putin signs the law on a special economic zone (free customs zone) covering the Magadan SEZ plus the South-Kuril, Kuril and North-Kuril municipalities, valid to 31 Dec 2046 [S84]. Medium: one trade-press source.','place':'Moscow','place_ja':'モスクワ','place_ru':'Москва'})

# ---------------------------------------------------------------- places
P=L['places']; PI=byid(P)
g=PI['golovnino']; g['geometry']['coordinates']=[145.51,43.74]
setprops(g, name_en='Golovnino / Tomari', name_ja='泊', name_note=None, source=cite(['S116']), source_url=url_of('S116'), source_note=None,
  confidence='medium', precision='approximate',
  location_note="About 43.74 N, 145.51 E, at the south tip of Kunashir (value from the project's issue tracker; no coordinates in the cited source). [S116] places the village in the south of Kunashir, 54 km from Yuzhno-Kurilsk, on the bay of the same name. Until this correction the point lay ~43 km off, near Yuzhno-Kurilsk.",
  description='Village in southern Kunashir, about 150 inhabitants; called Tomari (泊) until 1946, renamed Golovnino in 1947 after V. M. Golovnin [S116].')
insert_after(g,'name_ja','name_ja_latn','Tomari')
m=PI['mendeleyevo']
setprops(m, name_en='Mendeleyevo', name_ja='メンデレーエフ', name_ja_latn=None, name_note='ja name translated for Claimscape (katakana as in the title of [S65])',
  description="Village and airport (DEE/UHSM) 15.5 km SW of Yuzhno-Kurilsk. It lies in the pre-war municipality of Tomari village (泊村), which Japan still counts as its claimed administration; 泊村 is a municipality name, not this settlement's.")
k=PI['krabozavodskoye']; k['geometry']['coordinates']=[146.752,43.83]
setprops(k, name_en='Krabozavodskoye / Anama', name_ja='穴澗', name_note="ja name (pre-1945 Anama 穴澗) from the project's issue tracker; not in the cited source",
  precision='approximate', location_note="About 43.830 N, 146.752 E, on the north coast of Shikotan (value from the project's issue tracker; no coordinates in the cited source [S75]). Until this correction the point was an island-level placeholder.")
insert_after(k,'name_ja','name_ja_latn','Anama')
r=PI['reidovo']
def offset(lat,lon,km,brg):
    b=math.radians(brg); return (round(lon+km*math.sin(b)/(111.32*math.cos(math.radians(lat))),6), round(lat+km*math.cos(b)/110.57,6))
r['geometry']['coordinates']=list(offset(45.2269,147.8856,12,59))
setprops(r, precision='approximate', location_note="'12 km from Kurilsk' [S74]; the direction (north-east, beyond Yasny airport) is from the project's issue tracker, not from a source. Placed 12 km from Kurilsk (45.2269, 147.8856 [S100]) on the bearing of Yasny airport (about 59°); uncertainty several km.")
n=PI['nakashibetsu-airport']; n['geometry']['coordinates']=[144.96,43.5775]
setprops(n, source=cite(['S123','S109','S111','S77']), source_url=url_of('S123'), precision='exact', location_note=None, confidence='medium',
  description="Departure airport of the air grave visits of former residents: the first on 23 Sep 2017 [S109][S110] and the second on 22–23 Jul 2018 [S111][S77], to Kunashir and Iturup.")
setprops(PI['malokurilskoye'], name_en='Malokurilskoye / Shakotan', name_ja='斜古丹', name_ja_latn='Shakotan',
  description="Shikotan's main village, on Malokurilskaya Bay; pre-1945 settlement Shakotan (斜古丹) of Shikotan village (色丹村), the pre-war municipality.")
setprops(PI['kurilsk'], name_ja='紗那',
  description="Centre of the Kurilsky district, a town since 1947; 1,001 Japanese lived in Shana (紗那, the settlement of the pre-war Shana village 紗那村) in 1945. en-wiki gives 45.217, 147.883.")

# ---------------------------------------------------------------- projects: grave visits
J=L['projects']; JI=byid(J)
g18=JI['grave-visit-charter-2018']; g18['geometry']['coordinates']=[144.96,round(43.5775+0.0135,6)]
setprops(g18, name_en='Air grave visit 2018 (Nakashibetsu)', name_ja='2018年空路墓参（中標津）', name_ru='посещение могил по воздуху 2018 года (Накасибэцу)',
  valid_from='2018-07-22', valid_to='2018-07-23', date_note='Flew out on Sunday 22 Jul 2018, back on Monday 23 Jul [S111]; the second air trip, agreed at the Moscow summit of 27 Apr 2017 [S85][S86].',
  source=cite(['S111','S77','S85']), source_url=url_of('S111'), confidence='high',
  location_note='Nakashibetsu airport (43.5775, 144.9600 [S123]), offset 1.5 km N so it does not cover the airport icon.',
  description='Second air trip of former residents (about 70 people incl. families and officials) to family graves on Kunashir and Iturup, by charter (Aurora airlines) from Nakashibetsu [S111][S77].')
g17=copy.deepcopy(g18); g17['id']='grave-visit-charter-2017'; g17['geometry']['coordinates']=[144.96,round(43.5775-0.0135,6)]
setprops(g17, name_en='First air grave visit 2017 (Nakashibetsu)', name_ja='2017年初の空路墓参（中標津）', name_ru='первое посещение могил по воздуху 2017 года (Накасибэцу)',
  valid_from='2017-09-23', valid_to='2017-09-23', date_note='23 Sep 2017 [S109][S110]; planned as a day trip, bad weather kept the participants from returning the same day [S109] (return date not in the sources). First planned for June 2017, moved because of weather [S110].',
  source=cite(['S109','S110']), source_url=url_of('S109'), confidence='high',
  location_note='Nakashibetsu airport (43.5775, 144.9600 [S123]), offset 1.5 km S so it does not cover the airport icon.',
  description='First air trip of former residents to family graves: about 70 people by charter from Nakashibetsu to Kunashir, then Iturup [S109][S110].')
J.insert(J.index(g18),g17)

# ---------------------------------------------------------------- military: Matua rests on CSIS (Med)
MI=byid(L['military'])
for mid in ('mil-matua-outpost','mil-matua-bastion'):
    p=MI[mid]['properties']
    if p['confidence']=='high':
        p['confidence']='medium'; regraded.append(('military',mid,'high','medium'))
    p['date_note']=(p.get('date_note','')+' Medium: the Xinhua and Sputnik copies once cited were on content-farm hosts (removed); the facts now rest on CSIS [S58].').strip()

# ---------------------------------------------------------------- land: Shumshu names
sh=byid(L['land'])['land-0066']
sh['properties']={'level':1,'country':'RU','disputed_jp_ru':False,'name_en':'Shumshu','name_ja':'占守島','name_ja_latn':'Shumushu','name_ru':'Шумшу'}

for n,fs in L.items(): save(n,fs)
# the source key in SOURCES.md: replaced and removed citations, then the new ones
def key_row(k): return '| %s | %s | %s |'%(k,KEY[k][0].replace('|','\\|'),KEY[k][1])
start,rest=src.split('<!-- source-key:start -->'); block,end=rest.split('<!-- source-key:end -->')
rows=[key_row(l.split(' | ')[0][2:]) if re.match(r'^\| S\d+ \|',l) else l for l in block.split('\n')]
rows[-1:-1]=[key_row(k) for k in NEW]
open(D+'SOURCES.md','w',encoding='utf-8').write(start+'<!-- source-key:start -->'+'\n'.join(rows)+'<!-- source-key:end -->'+end)
json.dump({'regraded':regraded,'removed':removed_log},open('/dev/null','w'),ensure_ascii=False,indent=0)
print('regraded',len(regraded)); print('features citing removed keys',len(removed_log))
