"""Raw name lists: Arabic, Ge'ez (Tigrinya, Amharic), Oromo, Somali and West African names.

Format (parsed by :func:`fieldcase.synthetic.names.parse_forms`): one name a line; for
native-script groups ``native|latin|latin...``, for Latin-script groups ``latin|latin...``.
Common given names only; the family-name lists hold widespread family and clan names.
"""

ARABIC_MALE = """
محمد|Mohammed|Muhammad|Mohamed|Mohamad|Mohammad
أحمد|Ahmed|Ahmad|Ahmet
علي|Ali|Aly
عمر|Omar|Umar
عثمان|Osman|Othman|Uthman
إبراهيم|Ibrahim|Ebrahim
يوسف|Yousef|Youssef|Yusuf
حسن|Hassan|Hasan
حسين|Hussein|Husain|Hussain
خالد|Khaled|Khalid
مصطفى|Mustafa|Moustafa|Mostafa
محمود|Mahmoud|Mahmud
عبد الله|Abdullah|Abdallah|Abd Allah|Abdalla
عبد الرحمن|Abdelrahman|Abdul Rahman|Abd al-Rahman|Abdulrahman
عبد الكريم|Abdulkarim|Abdel Karim|Abd al-Karim
عبد العزيز|Abdulaziz|Abdel Aziz|Abd al-Aziz
عبد الرحيم|Abdelrahim|Abdul Rahim|Abd al-Rahim
عبد القادر|Abdelkader|Abdulqadir|Abd al-Qadir
عبد المجيد|Abdelmajid|Abdul Majeed|Abd al-Majid
آدم|Adam|Adem
إسماعيل|Ismail|Ismael|Ismaeel
موسى|Musa|Moussa|Mousa
عيسى|Issa|Isa
سليمان|Suleiman|Sulaiman|Soliman
طارق|Tariq|Tarek
سامي|Sami|Samy
وليد|Walid|Waleed
ياسر|Yasser|Yasir
فيصل|Faisal|Faysal
كريم|Karim|Kareem
جمال|Jamal|Gamal
نور الدين|Nour al-Din|Nureddin|Noureddine
صلاح|Salah|Salaheddine
صالح|Saleh|Salih
أنس|Anas
بلال|Bilal|Belal
حمزة|Hamza|Hamzah
زياد|Ziad|Ziyad
سعيد|Said|Saeed|Sa'id
مالك|Malik|Malek
نبيل|Nabil|Nabeel
هشام|Hisham|Hesham
رامي|Rami|Ramy
فارس|Fares|Faris
عادل|Adel|Adil
منصور|Mansour|Mansur
ماهر|Maher|Mahir
أيمن|Ayman|Aiman
إدريس|Idris|Idriss|Edris
"""

ARABIC_FEMALE = """
فاطمة|Fatima|Fatma|Fatemah
عائشة|Aisha|Aicha|Ayesha
مريم|Maryam|Mariam|Miriam
زينب|Zainab|Zeinab|Zaynab
خديجة|Khadija|Khadijah|Khadidja
آمنة|Amna|Amina|Aminah
حليمة|Halima|Halimah
نور|Nour|Noor|Nur
هدى|Huda|Hoda
سارة|Sara|Sarah
ليلى|Layla|Leila|Laila
رانيا|Rania|Ranya
سلمى|Salma|Selma
ياسمين|Yasmin|Yasmine|Jasmin
رحمة|Rahma|Rahmah
أسماء|Asma|Asmaa
هبة|Heba|Hiba
دعاء|Doaa|Duaa
إيمان|Iman|Eman
نادية|Nadia|Nadiya
سعاد|Suad|Souad
منى|Mona|Muna
رشا|Rasha
ريم|Reem|Rim
لينا|Lina|Leena
دينا|Dina|Deena
هالة|Hala
رقية|Ruqaya|Roqaya|Rukia
سمية|Sumaya|Soumaya|Sumayyah
حنان|Hanan
بشرى|Bushra|Boushra
غادة|Ghada
عبير|Abeer|Abir
سهام|Siham|Seham
وفاء|Wafaa|Wafa
أمل|Amal
نجلاء|Najla|Naglaa
شيماء|Shaimaa|Shaima
ملاك|Malak
جنى|Jana
تسنيم|Tasnim|Tasneem
رغد|Raghad
هاجر|Hajar|Hagar
"""

ARABIC_FAMILY = """
الحسن|al-Hassan|Al Hassan|Alhassan
الخطيب|al-Khatib|Al Khatib|Alkhatib
حداد|Haddad|Hadad
النجار|al-Najjar|Al Najjar|Alnajjar
العلي|al-Ali|Al Ali|Alali
الأحمد|al-Ahmad|Al Ahmad|Alahmad
الحمصي|al-Homsi|Al Homsi|Alhomsi
الحلبي|al-Halabi|Al Halabi|Halabi
درويش|Darwish|Darwiche
قاسم|Qasim|Kassem|Qassem
يوسف|Youssef|Yousef|Yusuf
عثمان|Othman|Osman
سليمان|Suleiman|Sleiman
الجبوري|al-Jubouri|Al Jubouri|Aljubouri
الدليمي|al-Dulaimi|Al Dulaimi|Aldulaimi
التميمي|al-Tamimi|Al Tamimi|Altamimi
العبيدي|al-Obaidi|Al Obaidi|Alobaidi
الزبيدي|al-Zubaidi|Al Zubaidi|Alzubaidi
الشمري|al-Shammari|Al Shammari|Alshammari
المحمد|al-Mohammad|Al Mohammad|Almohammad
الحسين|al-Hussein|Al Hussein|Alhussein
الخليل|al-Khalil|Al Khalil|Khalil
عبد الله|Abdullah|Abdallah
حمدان|Hamdan
ابراهيم|Ibrahim|Ebrahim
شيخو|Sheikho|Shekho
حسو|Hasso|Haso
"""

GEEZ_MALE = """
ዮሃንስ|Yohannes|Yohanes|Yohannis
ተስፋዬ|Tesfaye|Tesfay
ተስፋማርያም|Tesfamariam|Tesfamaryam
ሃይለ|Haile|Hayle
ገብረመድህን|Gebremedhin|Ghebremedhin|Gebremedhn
ገብረሂወት|Gebrehiwet|Ghebrehiwet
ክብሮም|Kibrom|Kbrom
ሙሉጌታ|Mulugeta
ዳዊት|Dawit|Dawitt
ሳምሶን|Samson|Samsom
ሰለሞን|Solomon|Selomon
ዓወት|Awet
ሚካኤል|Mikael|Michael|Mikiel
ፍሰሃ|Fisseha|Fesseha
ብርሃነ|Berhane|Birhane
ጎይትኦም|Goitom|Goytom
ኪዳነ|Kidane|Kidana
ተኽለ|Tekle|Tekleh
ዑቕባይ|Okbay|Ukbay
መብራህቱ|Mebrahtu|Mebrahtom
ኤርምያስ|Ermias|Ermiyas
ናሆም|Nahom|Nahum
ሄኖክ|Henok|Enoch
ቢንያም|Biniam|Biniyam|Binyam
ዮናስ|Yonas|Jonas
አማኑኤል|Amanuel|Emmanuel
ፍፁም|Fitsum|Fitsom
ሲሳይ|Sisay
በረከት|Bereket|Bereket
ታደሰ|Tadesse|Tadese
ግርማ|Girma|Germa
አበበ|Abebe
ከበደ|Kebede
ደረጀ|Dereje
ጌታቸው|Getachew
አለማየሁ|Alemayehu
ብርሃኑ|Berhanu|Birhanu
ሰመረ|Semere|Semre
ሙሴ|Musie|Muse
አብርሃም|Abraham|Abreham
ሃብቶም|Habtom
ተወልደ|Tewolde|Tewelde
ሽሻይ|Shishay
ረዘነ|Rezene|Rezena
ያሬድ|Yared
ሓጎስ|Hagos|Hagose
"""

GEEZ_FEMALE = """
ሰናይት|Senait|Senayt
ሳባ|Saba
ሄለን|Helen|Hellen
ሉላ|Lula
ፍረወይኒ|Freweini|Freweyni
ኤልሳ|Elsa
ሩታ|Ruta
ትርሓስ|Tirhas|Terhas
ዮርዳኖስ|Yordanos
መዓዛ|Meaza|Maaza
ብርኽቲ|Brikti|Birikti
ሃና|Hanna|Hana
ሰላም|Selam|Salam
ዘውዲ|Zewdi|Zeudi
ማርታ|Martha|Marta
ትዕግስት|Tigist|Tegist
ብሩክታዊት|Bruktawit|Biruktawit
ቤተልሄም|Betelhem|Bethlehem
መሰረት|Meseret
ፀሐይ|Tsehay|Tsehai
አልማዝ|Almaz
አስቴር|Aster|Ester
ህይወት|Hiwot|Hiwet
ሄዋን|Hewan
ራሄል|Rahel|Rachel
ሊያ|Lia|Liya
ሰብለ|Seble|Sable
ዮዲት|Yodit|Judith
ሜሮን|Meron
ቅድስት|Kidist|Qidist
እየሩሳሌም|Eyerusalem|Jerusalem
ሳሮን|Saron|Sharon
አዜብ|Azeb
ወይኒ|Weyni|Weini
ሙሉ|Mulu
ለምለም|Lemlem
ኤደን|Eden
ሳምራዊት|Samrawit|Semrawit
ምሕረት|Mihret|Mehret
"""

OROMO_MALE = """
Abdi|Abdii
Gemechu|Gammachuu
Lemessa|Lammeessaa
Tolera|Tolearaa|Toleraa
Chala|Caalaa
Obsa|Obsaa
Fayisa|Fayyisaa
Gutu|Guutuu
Kedir|Kadir
Jemal|Jamaal
Boru|Booruu
Debela|Dabalaa
Ebisa|Ebbisaa
Galana|Galaanaa
Dabessa|Dabeessaa
Lencho|Leencoo
Tufa|Tuufaa
Guyo|Guyyoo
Bonsa|Bonsaa
Urgessa|Urgeessaa
Merga|Margaa
Wako|Waaqoo
Jatani|Jaataanii
Roba|Roobaa
Dida|Diida
"""

OROMO_FEMALE = """
Chaltu|Caaltuu
Ayantu|Ayyaantuu
Lensa|Lensaa
Hawi|Hawwii
Meti|Meetii
Bontu|Bontuu
Gadise|Gaaddisee
Ebise|Ebbisee
Dureti|Duuretii
Bilise|Bilisee
Sifan|Sifaan
Darartu|Daraartuu
Biftu|Biftuu
Obse|Obsee
Hawani|Hawaanii
Jalane|Jaalanee
Hawa|Hawaa
Kuli|Kulii
"""

SOMALI_MALE = """
Abdirahman|Cabdiraxmaan|Abdirahmaan
Abdullahi|Cabdullaahi
Mohamed|Maxamed|Mohamud
Ahmed|Axmed
Hassan|Xasan
Hussein|Xuseen
Farah|Faarax
Omar|Cumar
Ali|Cali
Yusuf|Yuusuf
Abdi|Cabdi
Abdikarim|Cabdikariim
Ismail|Ismaaciil
Mahad
Liban|Liibaan
Guled|Guuleed
Warsame|Warsame
Abdiaziz|Cabdicasiis
Hamza|Xamse
Bashir|Bashiir
Nur|Nuur
Said|Saciid
Osman|Cismaan
Jama|Jaamac
Dahir|Daahir
Adan|Aadan
Ibrahim|Ibraahin
Mustafe|Mustafa
Khalid|Khaalid
Awil|Cawil
Jibril|Jibriil
Mukhtar|Mukhtaar
Abdiwali|Cabdiwali
Salad|Salaad
Muse|Muuse
Yasin|Yaasiin
Hirsi|Xirsi
Ayanle|Ayaanle
Geedi|Gedi
Abdiqani|Cabdiqani
"""

SOMALI_FEMALE = """
Hodan|Xodan
Fadumo|Faadumo|Fatuma
Amina|Aamina
Asha|Caasha
Hawa|Xaawo
Khadija|Khadiija
Maryan|Maryam
Sahra|Saxra
Ubah|Ubax
Nimco|Nimo
Sagal
Deeqa|Deka
Hibo
Ifrah|Ifraax
Ayan|Ayaan
Fardowsa|Firdowsa
Idil|Iidil
Ladan|Laadan
Muna|Muuna
Nasra
Shamso|Shamsa
Ruqiya|Ruqiyo
Sumaya|Sumaiya
Zamzam
Halima|Xaliimo
Fartun|Fartuun
Sucaad|Suad
Anab
Bilan|Bilaan
Najma
Sacdiya|Saadia
Ikran|Ikraan
Filsan
Safiya|Saafiya
Qamar
Kowsar|Kawsar
Yasmin|Yasmiin
Hamdi|Xamdi
Warsan
Leyla|Layla
"""

HAUSA_MALE = """
Abubakar|Abubakar|Abubakr
Aminu
Musa|Moussa
Usman|Usmanu|Ousmane
Ibrahim|Ibrahima
Bello|Belo
Sani
Garba
Lawal|Lawan
Yakubu|Yakub
Haruna
Shehu
Nasiru|Nasir
Kabiru|Kabir
Mustapha|Mustafa
Suleiman|Sulaiman
Ahmadu|Ahmed
Umaru|Umar
Danjuma
Jibrin|Jibril
Salisu
Auwal|Auwalu
Murtala
Bashir|Bashiru
"""

HAUSA_FEMALE = """
Hauwa|Hawa
Zainab|Zainabu
Aisha|A'isha|Aishatu
Hadiza|Hadizat
Fatima|Fatimah
Amina|Aminatu
Maryam|Mariam
Rukayya|Rukaiya
Halima|Halimatu
Binta
Jamila
Saadatu|Sa'adatu
Hafsat|Hafsah
Khadija|Hadiza
Zuwaira
Asma'u|Asmau
Bilkisu|Bilkis
Ladi
Talatu
Larai
"""

HAUSA_FAMILY = """
Abdullahi|Abdallah
Mohammed|Muhammad
Bello|Belo
Musa
Ibrahim
Usman|Othman
Yusuf|Yusuff
Garba
Aliyu|Aliu
Abubakar
Sani
Umar|Umaru
Lawal
Shehu
"""

YORUBA_MALE = """
Oluwaseun|Seun
Adebayo|Adebayọ
Olumide|Mide
Babatunde|Tunde
Oluwafemi|Femi
Ayodele|Ayo
Kayode|Kayọde
Abiodun|Biodun
Adewale|Wale
Gbenga|Gbengá
Oladipo|Dipo
Segun|Ṣẹgun
Temitope|Tope
Olalekan|Lekan
Damilola|Dami
"""

YORUBA_FEMALE = """
Funmilayo|Funmi
Folake|Fọlake
Adenike|Nike
Yetunde|Yetty
Abimbola|Bimbo
Titilayo|Titi
Omolara|Lara
Bukola|Bukky
Ronke|Ronkẹ
Oluwakemi|Kemi
Adeola|Deola
Modupe|Dupe
Morenike|Renike
Temitope|Tope
Oluwatoyin|Toyin
"""

YORUBA_FAMILY = """
Adeyemi
Ogunleye
Olawale
Adebayo
Oladipo
Akinola
Balogun
Ogunbiyi
Afolabi
Ojo
Adekunle
Oyelaran
Ogundipe
Adeleke
"""

IGBO_MALE = """
Chinedu|Chinedum
Emeka|Chukwuemeka
Obinna
Ikenna|Ike
Uchenna|Uche
Nnamdi
Chidi|Chidiebere
Ifeanyi|Ifeanyichukwu
Kelechi|Kelechukwu
Chibuzor|Chibuzo
Onyekachi|Kachi
Ebuka|Chukwuebuka
"""

IGBO_FEMALE = """
Ngozi|Ngozika
Chiamaka|Amaka
Adaeze|Ada
Chioma
Nneka
Ifeoma|Ifeomah
Obiageli|Obiagelli
Amarachi|Amara
Chinyere|Nyere
Uchechi|Uche
Chidinma|Dinma
Ogechi|Oge
"""

IGBO_FAMILY = """
Okafor
Eze
Nwosu
Obi
Okeke
Nwachukwu
Onyeka
Chukwu
Anyanwu
Ibe
Okoro
Nwankwo
"""

EDO_MALE = """
Osaro|Osaru
Efosa|Efosa
Osaretin|Osaretin
Eghosa|Egosa
Osagie|Osagiede
Uyi|Uyiosa
Omoruyi|Omoruyi
Ehis|Ehiz
Osamudiamen|Osamudiame
Nosa|Nosakhare
Godwin
Friday
Sunday
"""

EDO_FEMALE = """
Osas|Osasu
Ivie|Ivy
Itohan|Itoan
Esohe|Esohe
Osayuwamen|Osayuwame
Eki|Ekinadose
Omoye|Omoyemen
Efe|Efemena
Joy
Blessing
Precious
Favour|Favor
Peace
Gift
Mercy
Patience
Success
Princess
"""

EDO_FAMILY = """
Osagie
Ogbebor
Omoregie
Idahosa
Aigbe
Ehigiator
Osayande
Edokpolo
Iyamu
Uwaifo
Okungbowa
Ekhator
Igbinoba
Osaghae
"""

MANDE_MALE = """
Mamadou|Mamadu|Momodou|Mamadi
Moussa|Musa|Mousa
Seydou|Saidou|Seidu
Amadou|Ahmadou|Amadu
Oumar|Omar|Umaru
Ibrahima|Ibrahim|Brahima
Boubacar|Bubacarr|Aboubacar
Souleymane|Suleiman|Soulemane
Lamine|Lamin|Alamine
Alpha|Alfa
Sekou|Sékou|Sekouba
Mory|Morie
Abdoulaye|Abdoulie|Abdullahi
Bakary|Bakari|Bakarry
Modibo
Drissa|Idrissa
Adama|Adamah
Cheick|Cheikh|Sheikh
Fodé|Fode|Fodey
Sidiki|Siddiki
Lansana|Lansane
Yaya|Yahya
Issa|Isa
Ousmane|Usman|Osman
Karamo|Karamoko
Ebrima|Ebrahima
Alieu|Aliou|Aliu
Sulayman|Souleyman
Kalilou|Khalilou
Mohamed|Mohammed|Muhammed
Ansumana|Ansoumane
Tidiane|Tijan
Salif|Salifou
Dramane|Drame
Bocar|Boukary
Demba|Dembo
Foday|Fodé
Samba|Sambou
Kemo|Kemoh
Malick|Malik
"""

MANDE_FEMALE = """
Fatoumata|Fatumata|Fatou|Fatim
Kadiatou|Kadiatu|Kadija
Mariama|Mariam|Mariamah
Aminata|Aminatou|Aminatta
Awa|Hawa
Binta|Bintou
Djenabou|Jainaba|Djénabou
Oumou|Umu
Salimata|Salamata
Aissatou|Aisatu|Isatou
Mariatou|Mariatu
Kadidia|Kadidiatou
Assitan|Assita
Rokia|Rokiatou|Rockia
Nafi|Nafissatou
Fanta|Fantah
Mahawa|Mawa
Sira|Siraba
Korotoumou|Koro
Djeneba|Jeneba|Djénéba
Haby|Habi
Ramatoulaye|Ramatu|Ramata
Hadja|Hadjara
Nene|Néné
Kumba|Koumba
Jarra|Jara
Saran|Sarah
Massa|Masa
Tenin|Téné
Adama|Adamah
Sali|Sally
Maimouna|Maimuna
Hawa|Awa
Ndeye|Ndey
Coumba|Kumba
Ya Fatou|Yafatou
Sokhna|Sokna
Penda|Pinda
Dado|Dadi
Yandé|Yande
"""

MANDE_FAMILY = """
Diallo|Jallow|Djalo
Bah|Ba|Baa
Barry|Bari|Barrie
Camara|Kamara|Kamarah
Keita|Keïta|Kayta
Traoré|Traore|Trawally
Coulibaly|Kulibali|Kulibaly
Diarra|Jarra
Konaté|Konate|Konneh
Sissoko|Cissoko|Sisoko
Touré|Toure|Touray
Sow|Sowe
Condé|Conde|Conteh
Sylla|Silla|Sillah
Doumbia|Dumbuya|Doumbouya
Kanté|Kante|Kanteh
Dembélé|Dembele
Sangaré|Sangare
Cissé|Cisse|Ceesay
Fofana|Fofanah
Sanogo|Sanogho
Darboe|Darbo
Sanneh|Sané|Sane
Jobe|Diop|Job
Ndiaye|Njie|Njai
Faye|Fye
Mbaye|Mbye
Sarr|Saar
Jawara|Diawara
Bojang|Bodian
"""
