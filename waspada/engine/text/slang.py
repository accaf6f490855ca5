"""Colloquial Indonesian as written in WhatsApp groups and on social media, mapped to standard words.

Written for Waspada. Each line of the tables reads ``standard: variant variant …``: every variant (a
lower-case single token) is read as the standard word or phrase before the lexicons look at a text. A
standard of "-" drops the variants (laughter, fillers, forms of address). What the tables hold:

* chat abbreviations that drop vowels ("yg", "dgn", "krn", "tdk", "skrg"), alay spellings ("akoe", "ciyus",
  "cemungut", "bingits"), spellings with a digit for a syllable ("t4" tempat, "se7" setuju; other digits
  for letters are read by ``Normalizer``), and the colloquial Jakarta forms of verbs ("nyerang", "dibakarin",
  "ngeroyok") that reports of conflict use;
* words of the regional languages heard in Kalimantan Timur, only where their meaning is certain: Banjar
  ("kada", "ulun", "ikam", "pian", "handak", "bubuhan", "bulik", "sarik", "hibak"), Kutai ("etam"),
  Javanese ("ora", "ojo", "wis", "piye", "saiki", "kudu") and a few Sundanese ("teu", "punten");
* common misspellings of standard forms ("disini" → "di sini", "kemana" → "ke mana", "komplek").

A variant is left out when it is also a standard word with another meaning: "kaya" (rich), "asap"
(smoke), "bisa" (venom), "tak" (literary "not"), "apik" (neat), "besuk" (to visit the sick), "mangan"
(manganese), "karo" (the Karo people), "uda" (Minang "older brother"), "perum" (Perum Bulog), "pkl"
(street vendors), "km" (kilometre: "jalan poros km 12") and "kk" (kartu keluarga). Words that the
classifier lexicons spell as they are ("batubara", "pemkab", "kades", "share") are left for them.
``ENGLISH_TABLE`` holds English chat words, kept apart so that language identification does not count them
as Indonesian. Tests keep the tables well formed: no variant maps to itself, no variant is listed twice, and
every standard word is left alone by the normaliser (no chains).
"""

from __future__ import annotations

_TABLE = """
# negation
tidak: gk ga gak gag gx ngga nggak ngak nggk enggak engga egk kagak kaga ndak nda tdk tidk ora kada mboten teu
tidak: ngk ndk gaak nggaa enggk gaq gakk kgk tdak tida
tidak ada: kadada gada gaada gaad kagakada taada nggada ndaada
tidak tahu: gatau gatahu gtau gktau gataw nggatau ndaktau
tidak apa apa: gapapa gpp gakpapa gakapa ngapapa nggapapa gppa ndakpapa
tidak mau: ogah ogeh emoh gamau gkmau
tidak bisa: gabisa gbs gkbisa nggabisa
bukan: bkn bukn bkan
belum: blm blum belom blom blon lom lum
jangan: jgn jngn jgan jng jangn ojo
# pronouns and people
saya: aku aq ak gw gue gua sy sya ane ulun unda akoe akuh aqu sayah gwe aing
kamu: lu lo loe lw elu elo kmu ente ikam kamoe kamuh qm kowe maneh
anda: pian sampeyan njenengan panjenengan
dia: dy doi dya
beliau: sidin
mereka: mrk mreka mrka
kita: kt qt etam
kami: kmi
kalian: klian kln kalean
bapak: bpk bpak pak
ibu: bu ibuk emak nyokap uma
ayah: bokap abah
kakak: kak kaka
adik: adek ading
bibi: acil
nenek: nini
saudara: sdr sodara sedulur dulur sdra
saudari: sdri
teman: tmn temen temn konco
orang: urang wong org orng
anak: arek bocah ank cah
anak kecil: bocil
remaja: abg
istri: bini
perempuan: cewek cewe
laki laki: cowok cowo
kelompok: bubuhan
masyarakat: masy msyrkt masarakat
warga: wrg
mahasiswa: mhs mhsw
sekretaris desa: sekdes
gubernur: gub
# address and fillers dropped
-: gan bosku gaes gais cuy coy bray wkwk wkwkwk wkwkwkwk haha hahaha hehe hehehe hihi xixi awokawok anjay
-: anjir njir buset busyet ciee cie euy atuh
# function words
yang: yg yng
dengan: dgn dg dng dngn dgan
sudah: sdh sudh udh udah dah wis wes sdah udeh udahan
dari: dr dri
karena: krn krna karna coz cz soalnya krena mergo amarga soale
untuk: utk untk tuk
pada: pd pda
sama: sm ama podo
juga: jg jga jugak
saja: aja aj ajah sj doang haja sja wae
bagaimana: gmn gmna gimana bgmn piye gmana gimna gimane kayapa
kenapa: knp knapa knpa mangapa
mengapa: ngapain ngopo ngapa
tapi: tp tpi
kalau: kl klo kalo klu klw klau kalok amun
jadi: jd jdi
jadikan: jadiin
bisa: bs bsa iso kawa
lagi: lg lgi
ada: ad ono
adalah: adlh adlah
akan: akn
atau: atw ato atwa
bahwa: bhw bhwa
baru: br bru hanyar
baru saja: barusan
di mana: dmn dmna
ke mana: kmn kmna
mana: mn mna endi
seperti: spt sprt kyk kyak kayak kek kyq
sepertinya: kayaknya kyknya pinanya
sebagai: sbg
sebagai berikut: sbb
tersebut: tsb
yang bersangkutan: ybs
yang terhormat: yth
dan lain lain: dll
dan sebagainya: dsb
dan seterusnya: dst
dan kawan kawan: dkk
dan: dn
harus: hrs hrus kudu
masih: msh masi msih
sekarang: skrg skrng skr skg skrang saiki
sebelum: sblm
sebelumnya: sblmnya
setelah: stlh
tentang: ttg
terhadap: thd trhdp
tadi: td tdi
banyak: bnyk byk bnyak akeh
sedikit: dikit sdikit sdkt sithik sitik
semua: smua smw
memang: emg emang emng mmg emank
hanya: cm cuma cuman
begitu: gitu gt bgtu
begini: gini bgini
terus: trs trus tarus
sampai: smpe sampe smpai ampe
menurut: mnrt
sebenarnya: sbnrnya sbnrny sebenernya
beberapa: bbrp
kurang: krg krang
lebih: lbh lbih
paling: pling
sangat: sngt sgt
selalu: sllu slalu sll
sendiri: sndiri sendri dewe
supaya: spy spya
ini: ni nih nie inih
itu: tu tuh itoe ituh
apa: ap opo apaan
siapa: sopo
kapan: kpn
berapa: brp brpa brapa
mungkin: mgkn mngkn mngkin mgkin
semoga: smg smoga
langsung: lsg lgsg lgsung lgsng
sekitar: sktr skitar
dalam: dlm
depan: dpn
belakang: blkg
sebelah: sblh
dekat: dkt dket
atas: ats
bawah: bwh
padahal: pdhl pdhal
di: d
ke: k
ya: y iy iya yoi yups yup yoa nggih inggih
ya sudah: yaudah yaudh yasudah
oke: sip okeh oce okee
mau: handak mo mw mao arep
ingin: pengen pgn pengin kepengen pingin
nanti: ntar ntr nnt entar mengko kaina
sekalian: skalian
sekali: skali
cepat: cpt cepet cpet lakas
segera: sgr ndang
sungguh: tenan
serius: ciyus
# time
kemarin: kmrn kmarin kemaren wingi
besok: bsk bsok sesuk
hari: hr hri
tahun: thn
bulan: bln
minggu: mgg
malam: mlm
semalam: smlm
pagi: pgi baisukan
sore: kamarian
sebentar: sbntr bentar bntar bntr
waktu: wkt wktu
jam: jm
detik: dtk
tanggal: tgl
# places and institutions
rumah: rmh rmah omah
kantor: kntr
jalan: jln jl
gang: gg
dusun: dsn
kampung: kp
kompleks: komp komplek
desa: ds
kelurahan: kel
kecamatan: kec kcmtn
kabupaten: kab
provinsi: prov propinsi
sekolah: sklh skul sekola
masjid: msjd mesjid
rumah sakit: rs
universitas: univ
pasar: psr
jembatan: jmbtn
sawah: pahumaan
daerah: drh
tempat: tmpt t4
# common nouns and adjectives
kepala: kpl kpla
perusahaan: prshn prsh prusahaan
tanah: tnh
lahan: lhn
kebun: kbn
sawit: swt
tambang: tmbng
harga: hrg
uang: duit duid fulus
pemerintah: pmrnth pemerentah pemerinta
masalah: mslh
maksud: mksd
informasi: info inpo
kejadian: kjadian kejdian kjdn
korban: krbn
keluarga: klrg kluarga
kendaraan: kndraan
motor: mtr
mobil: mbl
barang: brg brang
listrik: lstrk
berita: brita
video: vidio vdo
foto: poto fto
nomor: nmr
pesan: psn
grup: grp
anggota: angg anggt
pekerjaan: kerjaan gawean gawian
air: banyu
ikan: iwak
ayam: hayam
kue: wadai
besar: gede gedhe
kecil: cilik
seram: serem
ramai: rame
hancur: ancur ancor
kesal: kesel bete
sebal: sebel
lelah: capek
marah: sarik
senang: himung
penuh: hibak
sulit: ngalih
bodoh: bungul
pusing: pusang
benar: bner bnr bener betul beneran bneran
bohong: boong bhong bokis
banget: bgt bngt bgtt bingits bangets
punya: pnya pny duwe
kena: kna
jelek: elek
santai: woles santuy selow
gila: gile gilak gokil
sumpah: sumpeh sumpe
semangat: cemungut cemangat
sayang: cayang
berlebihan: lebay
percaya diri: pede
sok tahu: sotoy
ingin tahu: kepo
terbawa perasaan: baper
malas bergerak: mager
pesan pribadi: japri
gerak cepat: gercep
mantap: mantul mantab
setuju: se7
# verbs, including the colloquial forms used for conflict events
terima: trima
menerima: nerima
terima kasih: trimakasih terimakasih makasih mksh trims trmksh makasi mksi mkasih trimakasi tks tengkyu maacih
terima kasih: macih maturnuwun suwun nuwun syukron
tahu: tau tw taw tauk weruh
lihat: liat lht liad liatin
melihat: ngeliat ngliat
dengar: denger dgr dngr
bicara: ngomong ngmg
membicarakan: ngomongin
bilang: blg blang
memberi tahu: bapadah
kasih tahu: kasitau kasihtau
kasih: ksh kasi ksi
tolong: tlg plis pls tolongin tlong
mohon: mhn mhon
bantu: bntu bantuin
datang: dtg dateng dtang
dapat: dpt dapet dpat
bertemu: ktm ketemu
menunggu: nunggu
tunggu: tgu tggu tungguin
mencari: nyari
carikan: cariin
menyuruh: nyuruh
membuat: bikin bkin
mengerti: ngerti
bertanya: nanya
tanya: tny
jawab: jwb
melapor: ngelapor
laporkan: laporin
lapor: lpr
berkumpul: ngumpul kumpul2
menutup: nutup
menutupi: nutupin
menolak: nolak
menuntut: nuntut
merusak: ngerusak ngrusak
membakar: ngebakar
bakar: bakarin
dibakar: dibakarin
terbakar: kebakar
mengancam: ngancem ngancam
diancam: diancem
mengeroyok: ngeroyok
dikeroyok: dikroyok
mengusir: ngusir
menyerang: nyerang
menyerbu: nyerbu
memukul: mukul
memukuli: mukulin
dipukuli: dipukulin digebukin digebuki
pukuli: gebukin
terpukul: kepukul
menembak: nembak
menembaki: nembakin
tertembak: ketembak
menusuk: nusuk
menculik: nyulik
mengamuk: ngamuk
berkelahi: berantem brantem gelut bakalahi
ribut: ribut2
menyebarkan: nyebarin
menyebar: nyebar
disebarkan: disebarin
sebarkan: sebarin
viralkan: viralin
diviralkan: diviralin
memviralkan: ngeviralin
broadcast: bc
hoaks: hoak hox
menangkap: nangkep
ditangkap: ditangkep
tertangkap: ketangkep
tangkap: tangkep
merampok: ngerampok
mencuri: nyolong
dicuri: dicolong
curi: colong
membegal: ngebegal
melawan: ngelawan
membacok: ngebacok
terbacok: kebacok
menghasut: ngehasut
memblokir: ngeblokir
bubarkan: bubarin
dibubarkan: dibubarin
diamankan: diamanin
mengamankan: ngamanin
menggusur: ngegusur
membunuh: ngebunuh
matikan: matiin
menyiksa: nyiksa
terjebak: kejebak
ketahuan: ketauan
berdemo: ngedemo
mencoblos: nyoblos
pulang: plg bulik
pulang kampung: pulkam
pergi: tulak
berhenti: ampih
makan: mkn mkan
minum: mnm
tidur: tdr bobo turu
kirim: krm
kirimkan: kirimin
menelepon: nelpon nelepon
telepon: tlp telp tlpn telpon
belikan: beliin
ambilkan: ambilin
mengambil: ngambil
bawakan: bawain
bawa: bw bwa
pakai: pake
berjalan: mlaku
bekerja: bagawi
kerja: gawe krj
selesai: kelar
kabur: ngacir
sedang apa: baapa
permisi: punten
silakan: monggo
tanda tangan: ttd
diunggah: diupload
# religion and courtesy
maaf: sori mf afwan
insyaallah: insyallah insyaalloh insyalloh inshaallah insallah insyaalah
alhamdulillah: alhamdulilah alhamdullilah alhamdulillh
astaghfirullah: astagfirullah astaghfirulloh astagfirulloh astaghfirullh
masyaallah: masyallah masyaalloh
innalillahi: innalilahi inalillahi
subhanallah: subhanalloh
assalamualaikum: asslm aslmkm asalamualaikum assalamualaikom assalammualaikum
waalaikumsalam: walaikumsalam waalaikumussalam walaikumussalam
warahmatullahi: wr
wabarakatuh: wb
# more chat spellings
kenapa: kenape nape
sampai: nyampe
berangkat: brngkt brangkat
sekalian: sklian
kepada: kpd kpda
oleh: olh
setiap: stiap
sementara: smntr smentara
tetap: ttp ttep tetep
seperti: spti
sedangkan: sdgkan
jadi: jdnya
penting: pnting pntg
perlu: prlu
mesti: msti
terjadi: trjadi tjd terjdi
pernah: prnh pernh
salah: slh
kabar: kbr
kabarkan: kabarin
mengabarkan: ngabarin
informasikan: infoin
di sini: dsni disini
di sana: dsana disana
di situ: dsitu disitu
ke sini: kesini
ke sana: kesana
ke situ: kesitu
di mana: dimana
ke mana: kemana
terakhir: trakhir
bersama: brsama bareng
minta: mnta mintak
menjadi: mnjd
minggu: mnggu
kembali: kmbali
tempat: tmpat
jumlah: jmlh
ribu: rb rbu
juta: jt
persen: prsn
tugas: tgs
petugas: ptgs
aparat: aprt
polisi: plisi pulisi
sedang: sdang sdg
sempat: smpt sempet
pakai: pke
lelah: cape
bersantai: nyantai
muncul: nongol
menghilang: ngilang
hilang: ilang
habis: abis
habiskan: abisin
menghabiskan: ngabisin
takut: tkt
bahaya: bhy bahya
mengumpulkan: ngumpulin
kumpulkan: kumpulin
dikumpulkan: dikumpulin
mengajak: ngajak
diajak: diajakin
ajak: ajakin
memberi: ngasih
diberi: dikasih
mengerjakan: ngerjain
dikerjakan: dikerjain
mengurus: ngurus
mengurusi: ngurusin
diurus: diurusin
menyampaikan: nyampein
sampaikan: sampein
membantu: ngebantu
ikut: ngikut
mengikuti: ngikutin
meninggalkan: ninggalin
ditinggalkan: ditinggalin
menurunkan: nurunin
diturunkan: diturunin
naikkan: naikin
dinaikkan: dinaikin
melarang: ngelarang
mengadu: ngadu
mengeluh: ngeluh
membantah: ngeyel
mencuri: nyuri
menabrak: nabrak
tertabrak: ketabrak
menyetir: nyetir
menyeberang: nyebrang nyeberang
tenggelam: kelelep
kehujanan: keujanan
hujan: ujan
roboh: rubuh
melulu: mulu
sedang menuju: otewe
terjadi: trjd
keluar: kluar klr
masuk: msk masup
naik: naek
turun: trun
makin: mkin
sepertinya: kyaknya
kerja: krja
sebenarnya: sbnernya
berani: brani
perang: prang
padahal: pdahal
telah: tlah tlh
bagian: bgian
besar: bsar bsr
kecil: kcl
tinggal: tggl
menolak: mnolak
menuntut: mnuntut
demo: dmo
bentrok: bntrok bentrk
masalah: mslah
sengketa: sngketa
lahan: lhan
kebakaran: kbakaran
banjir: bnjir
longsor: lngsor
meninggal: mninggal
makanan: mkanan
segala: sgala
datang: dtng
pergi: prgi
"""

ENGLISH_TABLE = """
oke: ok okey okay
maaf: sorry
tolong: please
terima kasih: thx thanks tq
-: bro sis guys cmiiw
hoaks: hoax hoaxs
teruskan: fwd
unggah: upload
unduh: download
rapat: meeting
acara: event
mendesak: urgent
omong omong: btw
sedang menuju: otw
sebagai informasi: fyi
"""


def _parse(table: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for number, line in enumerate(table.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        standard, sep, variants = line.partition(":")
        if not sep or not variants.split():
            raise ValueError(f"slang table line {number} is not 'standard: variant …': {line!r}")
        value = "" if standard.strip() == "-" else standard.strip()
        for variant in variants.split():
            if variant in entries:
                raise ValueError(f"slang variant {variant!r} is listed twice (line {number})")
            entries[variant] = value
    return entries


_INDONESIAN_SLANG = _parse(_TABLE)
_ENGLISH_SLANG = _parse(ENGLISH_TABLE)
if _INDONESIAN_SLANG.keys() & _ENGLISH_SLANG.keys():
    raise ValueError(f"in both slang tables: {sorted(_INDONESIAN_SLANG.keys() & _ENGLISH_SLANG.keys())}")

SLANG: dict[str, str] = {**_INDONESIAN_SLANG, **_ENGLISH_SLANG}
ENGLISH_CHAT_WORDS: frozenset[str] = frozenset(_ENGLISH_SLANG)

# Words spelt with a doubled letter: when someone stretches them ("maaaaf"), squeeze to two letters, not one.
DOUBLE_LETTER_WORDS: frozenset[str] = frozenset(
    {
        "saat",
        "maaf",
        "taat",
        "manfaat",
        "jamaah",
        "jemaah",
        "massa",
        "allah",
        "koordinasi",
        "kooperatif",
        "sunnah",
        "muhammad",
        "alhamdulillah",
        "insyaallah",
        "assalamualaikum",
        "sekolah",
        "siaga",
        "keamanan",
        "pengamanan",
        "kenyamanan",
        "perekonomian",
        "pemerintahan",
        "ketenagakerjaan",
        "pertanahan",
        "kebakaran",
        "kerusakan",
        "ancaman",
        "wassalam",
        "fitnah",
        "oke",
    }
)

# Words ending in "-nya" that are not a base word plus the clitic; never stripped.
NYA_WORDS: frozenset[str] = frozenset(
    {
        "hanya",
        "punya",
        "tanya",
        "bertanya",
        "ditanya",
        "menanya",
        "penanya",
        "nyonya",
        "sanya",
        "katanya",
        "kabarnya",
        "rupanya",
        "tampaknya",
        "sepertinya",
        "kayaknya",
        "sebenarnya",
        "sesungguhnya",
        "biasanya",
        "akhirnya",
        "sayangnya",
        "untungnya",
        "nyatanya",
        "misalnya",
        "contohnya",
        "sebelumnya",
        "selanjutnya",
        "setelahnya",
        "sesudahnya",
        "seharusnya",
        "semestinya",
        "harusnya",
        "agaknya",
        "bukannya",
        "makanya",
        "soalnya",
        "padahalnya",
        "sebagainya",
        "seterusnya",
        "lainnya",
        "semuanya",
        "sendirinya",
    }
)

# Tokens that mix letters and digits on purpose; never read as digit-for-letter spelling.
ALPHANUMERIC_CODES: frozenset[str] = frozenset(
    {"p3k", "mp3", "mp4", "h5n1", "g30s", "k3s", "b3", "uu1", "pp1", "s1", "s2", "s3", "d3", "d4", "km5"}
)
