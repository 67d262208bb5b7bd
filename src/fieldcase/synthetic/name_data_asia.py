"""Raw name lists: Afghan (Dari/Pashto), Pakistani, Bengali, Burmese, Karen, Rohingya, Khmer, Lao.

Format: see :mod:`fieldcase.synthetic.name_data_africa`. Burmese names have no family name:
they are built here from syllables (``Aung`` + ``Min`` + ``Thu``), each with its Burmese
spelling and the romanisations seen for it, so the script form and the Latin forms agree.
"""

from __future__ import annotations

from itertools import product

AFGHAN_MALE = """
احمد|Ahmad|Ahmed
محمد|Mohammad|Muhammad|Mohammed
ذبیح‌الله|Zabihullah|Zabiullah|Zabihollah
نجیب‌الله|Najibullah|Najibollah
عبدالله|Abdullah|Abdulla
حمیدالله|Hamidullah|Hamidollah
سمیع‌الله|Samiullah|Samiollah
عزیزالله|Azizullah|Azizollah
رحمت‌الله|Rahmatullah|Rahmatollah
شفیق|Shafiq|Shafiq
جاوید|Javed|Jawid|Javid
فرید|Farid|Fareed
نوید|Navid|Naveed
مسعود|Masood|Masoud|Masud
امید|Omid|Omeed
گل احمد|Gul Ahmad|Gulahmad
نورالله|Noorullah|Nurullah
سید|Sayed|Sayyid|Said
بصیر|Basir|Baseer
حبیب|Habib|Habeeb
بشیر|Bashir|Basheer
قدیر|Qadir|Qader|Kadir
مجیب|Mujib|Mojib
ولی|Wali|Vali
ظاهر|Zahir|Zaher
مرتضی|Murtaza|Mortaza
علیرضا|Alireza|Ali Reza
حسین|Hussain|Hossein|Husain
اسدالله|Asadullah|Asadollah
نصیر|Nasir|Naseer
سهراب|Sohrab|Suhrab
فواد|Fawad|Fuad
کریم|Karim|Kareem
رامین|Ramin
الیاس|Ilyas|Elyas
همایون|Humayun|Homayoun
وحید|Wahid|Vahid|Waheed
جمشید|Jamshid|Jamsheed
ایمل|Aimal|Aymal
میرویس|Mirwais|Mirwaiss
عمران|Imran|Emran
"""

AFGHAN_FEMALE = """
مریم|Maryam|Mariam
فرشته|Fereshta|Freshta
زرغونه|Zarghuna|Zarghona
ملالی|Malalai|Malalay
پروین|Parwin|Parveen
شبنم|Shabnam
نرگس|Nargis|Narges
لیلا|Laila|Leila
زهرا|Zahra|Zahraa
فاطمه|Fatima|Fatemeh
سمیرا|Samira|Sameera
ستاره|Setara|Sitara
گلالی|Gulalai|Gulalay
نسرین|Nasrin|Nasreen
رحیمه|Rahima|Rahimeh
شکریه|Shukria|Shukriya
حمیده|Hamida|Hamideh
فریبا|Fariba
منیژه|Manizha|Manijeh
مرسل|Mursal|Morsal
سوسن|Sosan|Susan
زینب|Zainab|Zeinab
خدیجه|Khadija|Khadijeh
آمنه|Amena|Amina
ثریا|Soraya|Suraya
هما|Homa|Huma
پری|Pari|Paree
گل‌پری|Gulpari|Gul Pari
زرمینه|Zarmina|Zarmeena
نازیه|Nazia|Naziya
ناهید|Nahid|Naheed
شیلا|Shila|Sheila
وحیده|Wahida|Vahideh
روشنا|Roshana|Rushana
مژگان|Mozhgan|Muzhgan
لطیفه|Latifa|Latifeh
نجیبه|Najiba|Najibeh
صدیقه|Sediqa|Sadiqa
طاهره|Tahera|Tahereh
فرزانه|Farzana|Farzaneh
مینا|Mina|Meena
"""

AFGHAN_FAMILY = """
احمدزی|Ahmadzai|Ahmadzay
پوپل|Popal|Popalzai
هوتک|Hotak|Hotaki
رحیمی|Rahimi|Rahimy
هاشمی|Hashimi|Hashemi
سلطانی|Sultani|Soltani
کریمی|Karimi|Karimy
محمدی|Mohammadi|Muhammadi
حیدری|Haidari|Heydari
نوری|Noori|Nuri
صافی|Safi|Saafi
وردک|Wardak|Wardag
شینواری|Shinwari|Shinwary
مومند|Momand|Mohmand
ستانکزی|Stanekzai|Stanikzai
عثمانی|Osmani|Usmani
امیری|Amiri|Amiry
جعفری|Jafari|Jafary
قاسمی|Qasemi|Ghasemi
رضایی|Rezaei|Rezayee
حسینی|Hosseini|Husaini
صدیقی|Sediqi|Siddiqi
نظری|Nazari|Nazary
ابراهیمی|Ebrahimi|Ibrahimi
فرهادی|Farhadi|Farhady
"""

PAKISTANI_FAMILY = """
خان|Khan
بٹ|Butt|Bhatt
چوہدری|Chaudhry|Chaudhary|Choudhry
ملک|Malik
اقبال|Iqbal|Ikbal
حسین|Hussain|Hussein
رضا|Raza|Reza
اسلم|Aslam
اختر|Akhtar|Akhter
قریشی|Qureshi|Qureishi
شاہ|Shah
مرزا|Mirza
جاوید|Javed|Javaid
رانا|Rana
گجر|Gujjar|Gujar
"""

BENGALI_MALE = """
রহিম|Rahim|Raheem
করিম|Karim|Kareem
সোহেল|Sohel|Suhel
রাশেদ|Rashed|Rashid
শাকিল|Shakil|Shakeel
রুবেল|Rubel|Rubell
সুমন|Sumon|Suman
জাহিদ|Jahid|Zahid
মাসুদ|Masud|Masood
নাঈম|Nayeem|Naim
রাকিব|Rakib|Rakeeb
তানভীর|Tanvir|Tanveer
আরিফ|Arif|Aarif
বাবুল|Babul
সেলিম|Selim|Salim
কামরুল|Kamrul|Kamrul
হাবিব|Habib|Habeeb
আলমগীর|Alamgir|Alamgeer
জুয়েল|Jewel|Juel
মিলন|Milon|Milan
শাহীন|Shahin|Shaheen
সাব্বির|Sabbir|Sabbeer
ইমরান|Imran|Emran
ফারুক|Faruk|Farooq
মিজান|Mizan|Mizanur
সাগর|Sagor|Sagar
রিয়াজ|Riaz|Riyaz
মামুন|Mamun|Mamoon
লিটন|Liton|Litton
আনিস|Anis|Anees
জামাল|Jamal
দেলোয়ার|Delwar|Dilwar
মনির|Monir|Munir
নাসির|Nasir|Naseer
রফিক|Rafiq|Rafik
সাইফুল|Saiful|Saifool
শফিকুল|Shafiqul|Shafikul
মাহবুব|Mahbub|Mahboob
তরিকুল|Tariqul|Tarikul
জাহাঙ্গীর|Jahangir|Jahangeer
"""

BENGALI_FEMALE = """
নাসরিন|Nasrin|Nasreen
শিরিন|Shirin|Shireen
রিনা|Rina|Reena
সালমা|Salma
শাপলা|Shapla
রোকেয়া|Rokeya|Rokeia
মৌসুমী|Moushumi|Mousumi
জেসমিন|Jesmin|Jasmine
রুমা|Ruma|Rooma
সুমাইয়া|Sumaiya|Sumaya
তাসলিমা|Taslima|Tasleema
ফারজানা|Farzana|Farjana
লাবনী|Laboni|Labony
শাহনাজ|Shahnaz|Shahnaj
রূপা|Rupa|Roopa
নাজমা|Nazma|Najma
পারভীন|Parvin|Parveen
আঁখি|Akhi|Ankhi
মিম|Mim|Meem
তানিয়া|Tania|Taniya
"""

BENGALI_FAMILY = """
হোসেন|Hossain|Hussain|Hosen
রহমান|Rahman|Rohman
ইসলাম|Islam
আহমেদ|Ahmed|Ahmad
উদ্দিন|Uddin|Uddeen
মিয়া|Miah|Mia|Mian
আক্তার|Akter|Akhter|Aktar
বেগম|Begum|Begom
খাতুন|Khatun|Khatoon
সরকার|Sarkar|Sarker
চৌধুরী|Chowdhury|Choudhury
তালুকদার|Talukder|Talukdar
মোল্লা|Mollah|Molla
শেখ|Sheikh|Shaikh
বিশ্বাস|Biswas|Bishwas
"""

_BURMESE_SYLLABLES = {
    "Aung": ("အောင်", ()),
    "Min": ("မင်း", ("Minn",)),
    "Thu": ("သူ", ()),
    "Kyaw": ("ကျော်", ("Kyawe",)),
    "Zaw": ("ဇော်", ()),
    "Htet": ("ထက်", ("Htett",)),
    "Naing": ("နိုင်", ()),
    "Soe": ("စိုး", ("Soh",)),
    "Win": ("ဝင်း", ("Winn",)),
    "Myint": ("မြင့်", ()),
    "Hlaing": ("လှိုင်", ()),
    "Tun": ("ထွန်း", ("Htun",)),
    "Oo": ("ဦး", ("U",)),
    "Thein": ("သိန်း", ()),
    "Myo": ("မျိုး", ("Myoe",)),
    "Phyo": ("ဖြိုး", ("Pyo",)),
    "Paing": ("ပိုင်", ()),
    "Lin": ("လင်း", ("Linn",)),
    "Ye": ("ရဲ", ("Yell",)),
    "Nay": ("နေ", ("Ne",)),
    "Hein": ("ဟိန်း", ()),
    "Khaing": ("ခိုင်", ()),
    "Zin": ("ဇင်", ("Zinn",)),
    "Moe": ("မိုး", ("Mo",)),
    "Hnin": ("နှင်း", ("Nhin",)),
    "Ei": ("အိ", ()),
    "Phyu": ("ဖြူ", ("Phyuu",)),
    "Thida": ("သီတာ", ("Thidar",)),
    "Su": ("စု", ()),
    "Mon": ("မွန်", ("Mone",)),
    "Khin": ("ခင်", ()),
    "Nwe": ("နွယ်", ("Nway",)),
    "May": ("မေ", ("Mae",)),
    "Thandar": ("သန္တာ", ("Thanda",)),
    "Yadanar": ("ရတနာ", ("Yadana",)),
    "Wai": ("ဝေ", ("Way",)),
    "Nilar": ("နီလာ", ("Nila",)),
    "Sandar": ("စန္ဒာ", ("Sanda",)),
    "Cho": ("ချို", ("Cho",)),
    "Thiri": ("သီရိ", ()),
    "Aye": ("အေး", ("Aye",)),
    "Myat": ("မြတ်", ()),
    "Nu": ("နု", ("Nue",)),
    "Yu": ("ယု", ()),
    "Thinzar": ("သဉ္ဇာ", ("Thinza",)),
    "Lae": ("လဲ့", ("Lay",)),
    "Mya": ("မြ", ()),
    "Chan": ("ချမ်း", ()),
    "Nyein": ("ငြိမ်း", ()),
    "Myae": ("မြေ", ("Myay",)),
}

_BURMESE_MALE_NAMES = """
Aung Min Thu, Kyaw Zaw Htet, Htet Naing Soe, Win Myint Oo, Aung Kyaw Moe, Zaw Min Tun,
Myo Min Thein, Phyo Paing Soe, Hein Htet Aung, Ye Lin Aung, Nay Lin Htet, Kyaw Thu Win,
Min Khaing Soe, Thein Zaw Oo, Aung Myo Min, Htet Aung Lin, Soe Moe Naing, Zin Min Thu,
Kyaw Myo Htet, Tun Tun Win, Aung Aung, Phyo Min Khaing, Win Naing Tun, Hlaing Min Oo,
Myint Zaw Soe, Ye Htet Aung, Nay Myo Thu, Min Thein Kyaw, Hein Zaw Lin, Aung Soe Moe,
Kyaw Lin Naing, Thein Htet Soe, Zaw Myo Tun, Myo Aung Win, Phyo Wai Aung, Min Min Oo,
Htet Lin Naing, Soe Win Htet, Aung Naing Lin, Kyaw Kyaw Tun, Ye Min Khaing, Chan Myae Thu
"""

_BURMESE_FEMALE_NAMES = """
Hnin Ei Phyu, Thida Win, Su Mon, Khin Nwe, May Thu, Thandar Aye, Yadanar Moe,
Ei Mon Khin, Nilar Win, Sandar Myint, Cho Thiri, Aye Myat Mon, Hnin Nu Yu, Thinzar Lin,
Khin Lae Nwe, Mya Thida, Su Myat Nwe, Phyu Phyu Win, Ei Thandar, May Yadanar, Nyein Chan Moe,
Hnin Wai Lin, Cho Mya Thu, Thiri Aye, Khin Myat Thu, Su Lae Yu, Nu Nu Aye, Yu Yu Thida,
Aye Aye Khin, Moe Thida, Mon Mon Myint, Lae Lae Win, Thinzar Hnin, Sandar Win, Ei Ei Phyu,
Mya Mya Aye, Khin Thandar, Hnin Yadanar, May Thinzar Moe, Wai Wai Nwe, Nilar Aye, Su Su Hlaing
"""


def _burmese(names: str) -> str:
    """Build ``native|latin|variant`` lines from Latin names made of known syllables."""
    lines = []
    for name in (n.strip() for n in names.replace("\n", " ").split(",")):
        if not name:
            continue
        parts = name.split()
        native = "".join(_BURMESE_SYLLABLES[p][0] for p in parts)
        choices = [(p, *_BURMESE_SYLLABLES[p][1]) for p in parts]
        spellings = [" ".join(combo) for combo in product(*choices)][:3]
        lines.append("|".join([native, *spellings]))
    return "\n".join(lines)


BURMESE_MALE = _burmese(_BURMESE_MALE_NAMES)
BURMESE_FEMALE = _burmese(_BURMESE_FEMALE_NAMES)

KAREN_MALE = """
Saw Eh Doh|Saw Eh Dah
Saw Htoo Wah|Saw Htoo Wa
Saw Kaw Moo|Saw Kaw Mu
Saw Ler Say|Saw Lah Say
Saw Blut Moo|Saw Blu Moo
Saw Hsa Htoo|Saw Sa Htoo
Saw Tha Blay|Saw Thar Blay
Saw Kyaw Htoo|Saw Kyaw Htu
Saw Eh Kaw|Saw Eh Kaw Htoo
Saw Pah Poe|Saw Pa Poe
Saw Nay Htoo|Saw Ney Htoo
Saw Say Wah|Saw Say Wa
Saw Eh Ku|Saw Eh Koo
Saw Moo Thaw|Saw Mu Thaw
"""

KAREN_FEMALE = """
Naw Paw Htoo|Naw Paw Htu
Naw Mu Mu|Naw Moo Moo
Naw Eh Paw|Naw Eh Paw Htoo
Naw Hser Nay|Naw Hsa Nay
Naw Say Wah|Naw Say Wa
Naw Htoo Paw|Naw Htu Paw
Naw Paw Say|Naw Paw Say Wah
Naw Ku Paw|Naw Ku Paw Htoo
Naw Mu Htoo|Naw Moo Htoo
Naw Ehler|Naw Eh Ler
Naw Blut Paw|Naw Blu Paw
Naw Dah Eh|Naw Da Eh
Naw Tha Mu|Naw Thar Mu
Naw Ree Ree|Naw Ri Ri
"""

ROHINGYA_MALE = """
Mohammed Ayas|Md. Ayas|Mohammad Ayaz
Nur Alam|Noor Alam|Nurul Alam
Nurul Amin|Noorul Amin|Nur Amin
Abdul Hakim|Abdul Hakeem|Abdu Hakim
Abdul Karim|Abdul Kareem|Abdu Karim
Abdu Shukur|Abdus Shukur|Abdul Shukkur
Sayed Alam|Syed Alam|Sayed Alom
Jafar Alam|Zafar Alam|Jafor Alam
Kamal Hussain|Kamal Hossain|Kamal Husson
Zia ur Rahman|Ziaur Rahman|Zia Rahman
Shamsul Alam|Shamsul Alom|Samsul Alam
Hafiz Ahmed|Hafez Ahmed|Hafiz Ahmad
Abul Kalam|Abul Kalaam|Abu Kalam
Rahim Ullah|Rahimullah|Rohim Ullah
Hamid Hussain|Hamid Hossain|Hamid Husson
Dil Mohammed|Dil Mohammad|Dil Md.
Sirajul Islam|Serajul Islam|Siraj Islam
Mohammed Rafiq|Md. Rafiq|Mohammad Rofiq
Mohammed Salim|Md. Salim|Mohammad Selim
Mohammed Yunus|Md. Yunus|Mohammad Yunos
Mohammed Harun|Md. Harun|Mohammad Haroon
Nur Islam|Noor Islam|Nurul Islam
Anwar Sadek|Anowar Sadek|Anwar Sadiq
Mohammed Shafi|Md. Shafi|Mohammad Shofi
Mohammed Hashim|Md. Hashim|Mohammad Hashem
Kasim Ali|Qasim Ali|Kashem Ali
Rashid Ahmed|Rashed Ahmed|Rashid Ahmad
Nur Kabir|Noor Kabir|Nur Kobir
Enayet Ullah|Inayat Ullah|Enayetullah
Sultan Ahmed|Sultan Ahmad|Sultan Ahmod
Mohammed Idris|Md. Idris|Mohammad Edris
Jamal Hussain|Jamal Hossain|Jamal Husson
Mohammed Tayub|Md. Tayub|Mohammad Taiyub
Abdur Rashid|Abdur Rashed|Abdul Rashid
Fayaz Ullah|Foyaz Ullah|Fayazullah
Mohammed Zubair|Md. Zubair|Mohammad Jubair
Nurul Haque|Noorul Haque|Nurul Hoque
Zakir Ahmed|Jakir Ahmed|Zakir Ahmad
Salamat Ullah|Salamatullah|Salamot Ullah
Aziz ul Haque|Azizul Haque|Azizul Hoque
"""

ROHINGYA_FEMALE = """
Rashida Begum|Rashida Begom|Roshida Begum
Sanjida Begum|Sanjida Begom|Sonjida Begum
Hamida Khatun|Hamida Khatoon|Hamida Katun
Noor Kayas|Nur Kayas|Noor Kayes
Rahima Khatun|Rahima Khatoon|Rohima Khatun
Sufia Begum|Sufiya Begum|Sofia Begom
Setara Begum|Sitara Begum|Setara Begom
Minara Begum|Minara Begom|Menara Begum
Jannat Ara|Jannatara|Jonnat Ara
Nur Begum|Noor Begum|Nur Begom
Laila Begum|Layla Begum|Laila Begom
Formida Begum|Formida Begom|Farmida Begum
Tasmin Ara|Tasmin Ara Begum|Tasmina Ara
Rukia Khatun|Rokeya Khatun|Rukiya Khatoon
Senuara Begum|Senu Ara Begum|Senoara Begum
Jamalida Begum|Jamalida Begom|Jamalidha Begum
Shahida Begum|Sahida Begum|Shahida Begom
Asma Khatun|Asma Khatoon|Asmaa Khatun
Momtaz Begum|Mumtaz Begum|Momtaz Begom
Halima Khatun|Halima Khatoon|Holima Khatun
Ayesha Begum|Aisha Begum|Ayesa Begom
Kulsuma Begum|Kulsum Begum|Kulsuma Begom
Dildar Begum|Dildar Begom|Dildara Begum
Rosida Begum|Roshida Begum|Rosida Begom
Fatema Khatun|Fatima Khatun|Fatema Khatoon
Nur Nahar|Noor Nahar|Nurnahar
Sabekun Nahar|Sabekunnahar|Sabikun Nahar
Yasmin Ara|Jasmin Ara|Yasmin Ara Begum
Romida Begum|Romida Begom|Ramida Begum
Jahida Begum|Zahida Begum|Jahida Begom
Mabia Khatun|Mabiya Khatun|Mabia Khatoon
Anwara Begum|Anowara Begum|Anwara Begom
Gul Bahar|Gulbahar|Gul Bahar Begum
Sokina Khatun|Sakina Khatun|Sokina Khatoon
Hasina Khatun|Hasina Khatoon|Hosina Khatun
Roshan Ara|Rowshan Ara|Roshanara
Nur Jahan|Noor Jahan|Nurjahan
Khurshida Begum|Khorshida Begum|Khurshida Begom
Monowara Begum|Monoara Begum|Manowara Begum
Tahera Begum|Tahera Begom|Tahira Begum
"""

KHMER_MALE = """
ដារ៉ា|Dara|Darra
សុភ័ក្ត្រ|Sopheak|Sopheakt
វណ្ណា|Vanna|Vana
សុផល|Sophal|Sophall
ពិសិដ្ឋ|Piseth|Pisith
វិចិត្រ|Vichet|Vichit
រិទ្ធី|Rithy|Rithi
សំណាង|Samnang|Somnang
វិសាល|Visal|Visall
ប៊ុនធឿន|Bunthoeun|Bunthoeun
សុវណ្ណ|Sovann|Sovan
កុសល|Kosal|Kossal
ភក្ដី|Pheakdey|Pheakdei
សម្បត្តិ|Sambath|Sambat
វុទ្ធី|Vuthy|Vuthi
មករា|Makara|Mackara
ចំរើន|Chamroeun|Chamreun
រដ្ឋា|Rotha|Ratha
សុខា|Sokha|Sokhar
ធារ៉ា|Theara|Thearak
"""

KHMER_FEMALE = """
សុភា|Sophea|Sophia
បុប្ផា|Bopha|Bopa
ស្រីមុំ|Sreymom|Srey Mom
ស្រីនិច|Sreynich|Srey Nich
ចាន់ធូ|Chanthou|Chanthu
ដាលីន|Dalin|Daline
កញ្ញា|Kanha|Kagna
លក្ខិណា|Leakhena|Leakena
វណ្ណី|Vanny|Vanni
ចន្ទនារី|Channary|Chanary
សុជាតា|Socheata|Sochetta
ម្លិះ|Malis|Maliss
រចនា|Rachana|Rachna
ស្រីពៅ|Sreypov|Srey Pov
សុខលី|Sokly|Sokhly
ធីតា|Thida|Thyda
ស្រីល័ក្ខ|Sreyleak|Srey Leak
សុគន្ធា|Sokunthea|Sokunthia
ចាន់ណា|Channa|Chana
រស្មី|Reaksmey|Raksmey
"""

KHMER_FAMILY = """
សុខ|Sok|Sokh
ចាន់|Chan|Chann
គឹម|Kim|Kem
លី|Ly|Lee
ហេង|Heng|Hang
ម៉ៅ|Mao|Mau
សេង|Seng|Sing
ឈឹម|Chhim|Chim
ស៊ុន|Sun|Soun
ខៀវ|Khieu|Khiev
ញឹម|Nhim|Nheum
ប៊ុន|Bun|Boun
ទេព|Tep|Teb
ឡុង|Long|Loung
សៅ|Sao|Sau
ពេជ្រ|Pich|Pech
"""

LAO_MALE = """
Khamphone|Khamphon
Souksavanh|Souksavan
Bounmy|Bounmi
Phonesavanh|Phonsavan
Vilaysack|Vilaysak
Somphone|Somphon
Thongsavanh|Thongsavan
Khamla|Kham La
Sengphet|Seng Phet
Bounthanh|Bounthan
Souksakhone|Souksakhon
Outhay|Outhai
Phetsamone|Phetsamon
Anousone|Anouson
Khamsing|Kham Sing
Sisomphone|Sisomphon
Viengkham|Vieng Kham
Bounleuth|Bounleut
Somsack|Somsak
Chanthaly|Chantaly
"""

LAO_FEMALE = """
Keo|Kéo
Noy|Noi
Daovone|Daovon
Manivanh|Manivan
Vanida|Vannida
Khamsy|Khamsi
Souphaphone|Souphaphon
Latsamy|Latsami
Malaythong|Malaithong
Chanthala|Chantala
Bouavanh|Bouavan
Vilayvanh|Vilayvan
Keomany|Keomani
Phetsamai|Phetsamay
Sengdao|Seng Dao
Thipphavanh|Thipphavan
Noupheng|Nouphéng
Viengsavanh|Viengsavan
Souliya|Souliyah
Amphone|Amphon
"""

LAO_FAMILY = """
Phommachanh|Phommachan
Sisouvong|Sisouvongs
Keomany|Keomani
Vongsa|Vongsah
Inthavong|Inthavongs
Sihalath|Sihalat
Phanthavong|Phantavong
Souvannavong|Souvanavong
Xayavong|Sayavong
Luangrath|Luangrat
Chanthavong|Chantavong
Sayasith|Sayasit
"""
