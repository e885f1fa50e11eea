"""Republication credits as news sites beyond Western Europe write them (Arabic, Persian,
Turkish, Indonesian and Malay, Vietnamese, Thai, Hindi, Bengali, Urdu, Japanese, Korean,
Chinese, Russian, Ukrainian, Bulgarian, Greek, Hebrew, Portuguese, Spanish, Italian, Polish,
Romanian, Serbo-Croatian, Swahili, French): each page credits one agency the way that press
does; and the look-alikes in the same languages that credit no original (a picture's credit,
a sentence citing an agency, the agency's own site, a teaser list, "agencies" in general)."""

from __future__ import annotations

import pytest
from test_credits import HEADLINE, STORY, audit, chain

# Per language: the site, a headline, and two paragraphs of one port story.
STORIES = {
 "ar": ("صحيفة الميناء", "هيئة الميناء تعيد فتح الرصيف الشمالي بعد الإصلاحات",
        "قالت هيئة الميناء إن طابور السفن المنتظرة للرسو تقلص للأسبوع الثالث على التوالي، مع إعادة فتح خطوط السكك الحديدية إلى الداخل بعد إصلاح جسر تضرر من الفيضانات.",
        "وكانت نحو 14 سفينة تنتظر في المرسى يوم الخميس، انخفاضا من أكثر من 30 سفينة في ذروة شهر يوليو، وفقا للنشرة الأسبوعية التي تصدرها الهيئة كل يوم اثنين."),
 "fa": ("روزنامه بندر", "بازگشایی اسکله شمالی پس از تعمیرات",
        "سازمان بنادر اعلام کرد صف کشتی‌های منتظر پهلوگیری برای سومین هفته پیاپی کوتاه‌تر شده است، زیرا خطوط ریلی به داخل کشور پس از تعمیر پل آسیب‌دیده از سیل بازگشایی شد.",
        "به گفته بولتن هفتگی این سازمان، روز پنجشنبه حدود ۱۴ کشتی در لنگرگاه منتظر بودند که نسبت به بیش از ۳۰ کشتی در اوج تیرماه کاهش چشمگیری نشان می‌دهد."),
 "tr": ("Liman Gazetesi", "Liman idaresi kuzey rıhtımını onarımların ardından yeniden açtı",
        "Liman idaresi, sel nedeniyle hasar gören bir köprünün onarılmasının ardından iç bölgelere demiryolu bağlantılarının yeniden açılmasıyla yanaşmayı bekleyen gemi kuyruğunun üst üste üçüncü hafta kısaldığını açıkladı.",
        "İdarenin haftalık bültenine göre perşembe günü yaklaşık 14 gemi demirde beklerken, bu sayı temmuz ayındaki zirvede 30'un üzerindeydi ve limandaki yoğunluk belirgin biçimde azaldı."),
 "id": ("Harian Pelabuhan", "Otoritas pelabuhan buka kembali dermaga utara setelah perbaikan",
        "Otoritas pelabuhan mengatakan antrean kapal yang menunggu untuk bersandar telah memendek selama tiga minggu berturut-turut, seiring dibukanya kembali jalur kereta api ke pedalaman setelah perbaikan jembatan yang rusak akibat banjir.",
        "Sekitar 14 kapal menunggu di area labuh pada hari Kamis, turun dari lebih dari 30 kapal pada puncaknya di bulan Juli, menurut buletin mingguan otoritas tersebut."),
 "ms": ("Berita Pelabuhan", "Pihak berkuasa pelabuhan buka semula dermaga utara selepas pembaikan",
        "Pihak berkuasa pelabuhan berkata barisan kapal yang menunggu untuk berlabuh telah berkurang bagi minggu ketiga berturut-turut, selepas laluan kereta api ke kawasan pedalaman dibuka semula berikutan pembaikan jambatan yang rosak akibat banjir.",
        "Kira-kira 14 kapal sedang menunggu di kawasan labuh pada hari Khamis, turun daripada lebih 30 buah ketika kemuncak pada bulan Julai, menurut buletin mingguan pihak berkuasa itu."),
 "vi": ("Báo Cảng Biển", "Cảng mở lại cầu cảng phía bắc sau khi sửa chữa",
        "Cơ quan quản lý cảng cho biết hàng tàu chờ cập cảng đã rút ngắn trong tuần thứ ba liên tiếp, khi các tuyến đường sắt vào nội địa được thông lại sau khi sửa chữa cây cầu bị hư hại do lũ.",
        "Khoảng 14 tàu đang chờ tại khu neo đậu vào thứ Năm, giảm so với hơn 30 tàu vào thời điểm cao điểm hồi tháng Bảy, theo bản tin hàng tuần của cơ quan này."),
 "th": ("หนังสือพิมพ์ท่าเรือ", "การท่าเรือเปิดท่าเทียบเรือฝั่งเหนืออีกครั้งหลังซ่อมแซม",
        "การท่าเรือระบุว่า คิวเรือที่รอเข้าเทียบท่าสั้นลงเป็นสัปดาห์ที่สามติดต่อกัน หลังจากเส้นทางรถไฟเข้าสู่พื้นที่ตอนในกลับมาเปิดให้บริการอีกครั้ง ภายหลังการซ่อมแซมสะพานที่ได้รับความเสียหายจากน้ำท่วม",
        "เมื่อวันพฤหัสบดีมีเรือราว 14 ลำรอทอดสมออยู่ ลดลงจากกว่า 30 ลำในช่วงสูงสุดเมื่อเดือนกรกฎาคม ตามรายงานประจำสัปดาห์ของการท่าเรือ"),
 "hi": ("बंदरगाह समाचार", "बंदरगाह प्राधिकरण ने मरम्मत के बाद उत्तरी घाट फिर खोला",
        "बंदरगाह प्राधिकरण ने कहा कि बर्थ पर लगने का इंतजार कर रहे जहाजों की कतार लगातार तीसरे सप्ताह छोटी हुई है, क्योंकि बाढ़ से क्षतिग्रस्त पुल की मरम्मत के बाद अंदरूनी इलाकों तक रेल संपर्क फिर से शुरू हो गया।",
        "प्राधिकरण के साप्ताहिक बुलेटिन के अनुसार गुरुवार को लगभग 14 जहाज लंगर पर इंतजार कर रहे थे, जबकि जुलाई में चरम पर यह संख्या 30 से अधिक थी।"),
 "bn": ("বন্দর বার্তা", "মেরামতের পর উত্তর জেটি আবার খুলল বন্দর কর্তৃপক্ষ",
        "বন্দর কর্তৃপক্ষ জানিয়েছে, বন্যায় ক্ষতিগ্রস্ত একটি সেতু মেরামতের পর অভ্যন্তরীণ রেল যোগাযোগ আবার চালু হওয়ায় জেটিতে ভেড়ার অপেক্ষায় থাকা জাহাজের সারি টানা তৃতীয় সপ্তাহের মতো ছোট হয়েছে।",
        "কর্তৃপক্ষের সাপ্তাহিক বুলেটিন অনুযায়ী বৃহস্পতিবার প্রায় ১৪টি জাহাজ নোঙরে অপেক্ষা করছিল, যা জুলাই মাসের সর্বোচ্চ সময়ে ৩০টিরও বেশি ছিল বলে জানানো হয়েছে।"),
 "ja": ("港湾新聞", "港湾当局、修理終え北側岸壁を再開",
        "港湾当局は、洪水で損傷した橋の修理を終えて内陸への鉄道が再開したことを受け、接岸を待つ船の列が3週連続で短くなったと発表した。",
        "当局の週報によると、木曜日に沖合で待機していた船は約14隻で、7月のピーク時の30隻超から減少した。"),
 "ko": ("항만일보", "항만 당국, 보수 마친 북측 부두 재개방",
        "항만 당국은 홍수로 파손된 교량 보수가 끝나 내륙 철도 연결이 재개되면서 접안을 기다리는 선박 대기 행렬이 3주 연속 줄어들었다고 밝혔다.",
        "당국의 주간 발표에 따르면 목요일 정박지에서 대기 중인 선박은 약 14척으로, 7월 정점 당시의 30척 이상에서 크게 줄어든 것으로 나타났다."),
 "zh": ("港口日报", "港务局修复后重新开放北码头",
        "港务局表示，随着遭洪水损毁的桥梁修复后通往内陆的铁路恢复运行，等待靠泊的船舶队列已连续第三周缩短。",
        "根据港务局每周公报，周四约有14艘船在锚地等候，低于7月高峰时的30多艘。"),
 "zh-TW": ("港口日報", "港務局修復後重新開放北碼頭",
        "港務局表示，隨著遭洪水損毀的橋樑修復後通往內陸的鐵路恢復運行，等待靠泊的船舶隊列已連續第三週縮短。",
        "根據港務局每週公報，週四約有14艘船在錨地等候，低於7月高峰時的30多艘。"),
 "ru": ("Портовая газета", "Администрация порта вновь открыла северный причал после ремонта",
        "Администрация порта сообщила, что очередь судов, ожидающих постановки к причалу, сокращается третью неделю подряд после того, как возобновилось железнодорожное сообщение с внутренними районами после ремонта пострадавшего от наводнения моста.",
        "По данным еженедельного бюллетеня администрации, в четверг на рейде ожидали около 14 судов, тогда как в пиковый период в июле их было более 30."),
 "uk": ("Портова газета", "Адміністрація порту знову відкрила північний причал після ремонту",
        "Адміністрація порту повідомила, що черга суден, які очікують на швартування, скорочується третій тиждень поспіль, відколи після ремонту пошкодженого повінню мосту відновилося залізничне сполучення з внутрішніми районами.",
        "За даними щотижневого бюлетеня адміністрації, у четвер на рейді чекали близько 14 суден, тоді як у липні, на піку, їх було понад 30."),
 "bg": ("Пристанищен вестник", "Пристанищната администрация отвори отново северния кей след ремонт",
        "Пристанищната администрация съобщи, че опашката от кораби, чакащи да акостират, се е скъсила за трета поредна седмица, след като железопътните връзки с вътрешността бяха възстановени след ремонта на мост, пострадал от наводнения.",
        "Около 14 кораба са чакали на котва в четвъртък, при над 30 в пика през юли, според седмичния бюлетин на администрацията, публикуван в понеделник."),
 "el": ("Εφημερίδα του Λιμανιού", "Η λιμενική αρχή ανοίγει ξανά τη βόρεια προβλήτα μετά τις επισκευές",
        "Η λιμενική αρχή ανακοίνωσε ότι η ουρά των πλοίων που περιμένουν να πλευρίσουν μειώθηκε για τρίτη συνεχόμενη εβδομάδα, καθώς οι σιδηροδρομικές συνδέσεις με την ενδοχώρα άνοιξαν ξανά μετά την επισκευή μιας γέφυρας.",
        "Περίπου 14 πλοία περίμεναν στο αγκυροβόλιο την Πέμπτη, έναντι περισσότερων από 30 στην κορύφωση του Ιουλίου, σύμφωνα με το εβδομαδιαίο δελτίο της αρχής."),
 "he": ("עיתון הנמל", "רשות הנמל פותחת מחדש את הרציף הצפוני לאחר תיקונים",
        "רשות הנמל מסרה כי תור האוניות הממתינות לעגינה התקצר זה השבוע השלישי ברציפות, לאחר שקווי הרכבת אל פנים הארץ נפתחו מחדש בעקבות תיקון גשר שנפגע בשיטפון.",
        "לפי העלון השבועי של הרשות, ביום חמישי המתינו בעגינה כ-14 אוניות, לעומת יותר מ-30 בשיא בחודש יולי, והעומס בנמל ממשיך לרדת."),
 "pt": ("Gazeta do Porto", "Autoridade portuária reabre o cais norte após reparos",
        "A autoridade portuária informou que a fila de navios à espera para atracar diminuiu pela terceira semana consecutiva, com a reabertura das ligações ferroviárias para o interior após o reparo de uma ponte danificada pelas enchentes.",
        "Cerca de 14 navios aguardavam no fundeadouro na quinta-feira, ante mais de 30 no pico de julho, segundo o boletim semanal da autoridade portuária."),
 "es": ("Diario del Puerto", "La autoridad portuaria reabre el muelle norte tras las reparaciones",
        "La autoridad portuaria informó que la fila de barcos que esperan atracar se redujo por tercera semana consecutiva, tras la reapertura de las conexiones ferroviarias hacia el interior después de la reparación de un puente dañado por las inundaciones.",
        "Unos 14 buques esperaban fondeados el jueves, frente a más de 30 en el pico de julio, según el boletín semanal de la autoridad portuaria."),
 "it": ("Gazzetta del Porto", "L'autorità portuale riapre la banchina nord dopo i lavori",
        "L'autorità portuale ha reso noto che la coda di navi in attesa di attraccare si è accorciata per la terza settimana consecutiva, con la riapertura dei collegamenti ferroviari verso l'entroterra dopo la riparazione di un ponte danneggiato dall'alluvione.",
        "Circa 14 navi erano in attesa alla fonda giovedì, contro le oltre 30 del picco di luglio, secondo il bollettino settimanale dell'autorità."),
 "pl": ("Gazeta Portowa", "Zarząd portu otwiera ponownie północne nabrzeże po remoncie",
        "Zarząd portu poinformował, że kolejka statków oczekujących na zacumowanie skróciła się trzeci tydzień z rzędu, po ponownym otwarciu połączeń kolejowych z głębią kraju po naprawie mostu uszkodzonego przez powódź.",
        "Według cotygodniowego biuletynu zarządu w czwartek na redzie czekało około 14 statków, wobec ponad 30 w szczytowym momencie w lipcu tego roku."),
 "ro": ("Gazeta Portului", "Autoritatea portuară redeschide cheiul de nord după reparații",
        "Autoritatea portuară a anunțat că șirul de nave care așteaptă să acosteze s-a scurtat pentru a treia săptămână consecutiv, după redeschiderea legăturilor feroviare spre interior în urma reparării unui pod avariat de inundații.",
        "Aproximativ 14 nave așteptau la ancoră joi, față de peste 30 la vârful din iulie, potrivit buletinului săptămânal al autorității portuare."),
 "sr": ("Lučke novine", "Lučka uprava ponovo otvara severni kej posle popravki",
        "Lučka uprava saopštila je da se red brodova koji čekaju na pristajanje skraćuje treću nedelju zaredom, nakon što su železničke veze sa unutrašnjošću ponovo otvorene posle popravke mosta oštećenog u poplavama.",
        "Oko 14 brodova čekalo je na sidrištu u četvrtak, u poređenju sa više od 30 na vrhuncu u julu, prema nedeljnom biltenu lučke uprave."),
 "sw": ("Gazeti la Bandari", "Mamlaka ya bandari yafungua tena gati la kaskazini baada ya ukarabati",
        "Mamlaka ya bandari imesema foleni ya meli zinazosubiri kutia nanga imepungua kwa wiki ya tatu mfululizo, baada ya njia za reli kuelekea bara kufunguliwa tena kufuatia ukarabati wa daraja lililoharibiwa na mafuriko.",
        "Takriban meli 14 zilikuwa zikisubiri nangani siku ya Alhamisi, ikilinganishwa na zaidi ya 30 wakati wa kilele mwezi Julai, kwa mujibu wa taarifa ya kila wiki ya mamlaka hiyo."),
 "ur": ("بندرگاہ نیوز", "پورٹ اتھارٹی نے مرمت کے بعد شمالی گھاٹ دوبارہ کھول دیا",
        "پورٹ اتھارٹی نے کہا ہے کہ برتھ پر لگنے کے منتظر جہازوں کی قطار مسلسل تیسرے ہفتے کم ہوئی ہے، کیونکہ سیلاب سے متاثرہ پل کی مرمت کے بعد اندرون ملک ریل رابطے بحال ہو گئے ہیں۔",
        "اتھارٹی کے ہفتہ وار بلیٹن کے مطابق جمعرات کو تقریباً 14 جہاز لنگر انداز ہو کر انتظار کر رہے تھے، جبکہ جولائی میں عروج پر یہ تعداد 30 سے زیادہ تھی۔"),
 "fr": ("La Gazette du Port", "L'autorité portuaire rouvre le quai nord après des réparations",
        "L'autorité portuaire a indiqué que la file des navires en attente d'accostage s'est raccourcie pour la troisième semaine consécutive, avec la réouverture des liaisons ferroviaires vers l'intérieur après la réparation d'un pont endommagé.",
        "Environ 14 navires attendaient au mouillage jeudi, contre plus de 30 au pic de juillet, selon le bulletin hebdomadaire de l'autorité portuaire."),
}
RTL = {"ar", "fa", "he", "ur"}
RE, AFP, DPA = "Reuters", "Agence France-Presse", "Deutsche Presse-Agentur"


def page(lang: str, body: str, site: str | None = None) -> str:
    name, headline, _, _ = STORIES[lang]
    site = site or name
    direction = ' dir="rtl"' if lang in RTL else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{headline} - {site}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body><header><nav>Home</nav></header>'
        f"<article><h1>{headline}</h1>{body}</article><footer>© 2021 {site}</footer></body></html>"
    )


def paras(lang: str, lead: str = "", tail: str = "") -> str:
    """The story's paragraphs: `lead` opens the first (a dateline), `tail` ends the last (a sign-off)."""
    _, _, first, second = STORIES[lang]
    return f"<p>{lead}{first}</p><p>{second}{tail}</p>"


def fig(caption: str) -> str:
    return f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"


def D(text: str) -> str:  # a dateline opening the text
    return "lead:" + text


def A(text: str) -> str:  # a line of its own under the text
    return "after:" + text


def B(text: str) -> str:  # a line of its own above the text
    return "byline:" + text


def S(text: str) -> str:  # a sign-off ending the last paragraph
    return "tail:" + text


def body(lang: str, form: str) -> str:
    where, text = form.split(":", 1)
    if where == "lead":
        return paras(lang, lead=text)
    if where == "tail":
        return paras(lang, tail=text)
    if where == "after":
        return paras(lang) + f"<p>{text}</p>"
    return f"<p>{text}</p>" + paras(lang)


@pytest.mark.parametrize(
    "lang, form, original",
    [
 # Arabic
 ("ar", D("القاهرة (رويترز) - "), RE),
 ("ar", D("باريس (أ ف ب) - "), AFP),
 ("ar", D("واشنطن- (أ ف ب): "), AFP),
 ("ar", A("المصدر: وكالة الأنباء السعودية (واس)"), "Saudi Press Agency"),
 ("ar", D("القاهرة - (د ب أ) - "), DPA),
 ("ar", D("أبوظبي في 12 نوفمبر / وام / "), "Emirates News Agency"),
 ("ar", D("القاهرة (أ ش أ) - "), "Middle East News Agency"),
 ("ar", B("إسطنبول/ الأناضول"), "Anadolu Agency"),
 ("ar", A("المصدر: رويترز"), RE),
 ("ar", S(" (رويترز)"), RE),
 # Persian
 ("fa", D("به گزارش ایرنا، "), "IRNA"),
 ("fa", A("منبع: ایسنا"), "ISNA"),
 ("fa", D("به گزارش خبرگزاری تسنیم، "), "Tasnim News Agency"),
 # Turkish
 ("tr", D("İstanbul (AA) - "), "Anadolu Agency"),
 ("tr", A("Kaynak: AA"), "Anadolu Agency"),
 ("tr", A("Kaynak: İHA"), "İhlas News Agency"),
 ("tr", D("ANKARA (DHA) – "), "Demirören News Agency"),
 ("tr", A("Kaynak: Anadolu Ajansı"), "Anadolu Agency"),
 # Indonesian / Malay
 ("id", D("JAKARTA (ANTARA) - "), "Antara"),
 ("id", A("Sumber: Antara"), "Antara"),
 ("ms", D("KUALA LUMPUR, 12 Nov (Bernama) -- "), "Bernama"),
 ("ms", A("-- BERNAMA"), "Bernama"),
 # Vietnamese
 ("vi", A("Theo TTXVN"), "Vietnam News Agency"),
 ("vi", A("Nguồn: TTXVN"), "Vietnam News Agency"),
 ("vi", S(" (TTXVN)"), "Vietnam News Agency"),
 # Thai
 ("th", A("ที่มา: สำนักข่าวไทย"), "Thai News Agency"),
 ("th", A("ที่มา : รอยเตอร์"), RE),
 # Hindi
 ("hi", D("नई दिल्ली, 12 नवंबर (भाषा) "), "Press Trust of India"),
 ("hi", D("मुंबई, 12 नवंबर (आईएएनएस) "), "Indo-Asian News Service"),
 ("hi", D("नयी दिल्ली, 12 नवंबर (वार्ता) "), "United News of India"),
 # Bengali
 ("bn", D("ঢাকা, ১২ নভেম্বর, ২০২১ (বাসস) : "), "Bangladesh Sangbad Sangstha"),
 ("bn", A("সূত্র: রয়টার্স"), RE),
 # Urdu
 ("ur", D("اسلام آباد(اے پی پی) "), "Associated Press of Pakistan"),  # no dash: only with the bracket against the place
 # Japanese
 ("ja", D("【ワシントン共同】"), "Kyodo News"),
 ("ja", D("［東京　１２日　ロイター］ - "), RE),
 ("ja", A("出典：時事通信"), "Jiji Press"),
 ("ja", D("【ソウル時事】"), "Jiji Press"),
 ("ja", S("（共同）"), "Kyodo News"),
 # Korean
 ("ko", D("(서울=연합뉴스) 홍길동 기자 = "), "Yonhap News Agency"),
 # "(워싱턴 AFP=연합뉴스)": AFP's story through Yonhap, a chain of three (test_credits_portals.py)
 ("ko", D("[로이터=연합뉴스] "), ("Yonhap News Agency", RE)),
 ("ko", D("(부산=뉴스1) 홍길동 기자 = "), "News1 Korea"),
 ("ko", A("출처: 연합뉴스"), "Yonhap News Agency"),
 # Chinese
 ("zh", A("来源：新华社"), "Xinhua"),
 ("zh", D("中新社北京11月12日电 (记者 张三) "), "China News Service"),
 ("zh-TW", D("（中央社記者王小明台北12日電）"), "Central News Agency"),
 ("zh", A("本文来源：新华网"), ("Xinhua", "新华网")),  # Xinhua's site: 新华网 stays its own name in copyright holders
 ("zh-TW", A("來源：中央社"), "Central News Agency"),
 # Russian / Ukrainian / Bulgarian
 ("ru", A("Источник: ТАСС"), "TASS"),
 ("ru", D("МОСКВА, 12 ноября. /ТАСС/. "), "TASS"),
 ("ru", D("Москва. 12 ноября. INTERFAX.RU - "), "Interfax"),
 ("ru", A("Источник: РИА Новости"), "RIA Novosti"),
 ("uk", D("Київ, 12 листопада — Укрінформ. "), "Ukrinform"),
 ("uk", A("Джерело: Укрінформ"), "Ukrinform"),
 ("uk", A("Джерело: УНІАН"), "UNIAN"),
 ("bg", A("Източник: БТА"), "Bulgarian News Agency"),
 # Greek
 ("el", D("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - "), "Athens-Macedonian News Agency"),
 ("el", A("Πηγή: ΑΠΕ-ΜΠΕ"), "Athens-Macedonian News Agency"),
 # Hebrew
 ("he", B("רויטרס"), RE),
 # Portuguese (Brazil)
 ("pt", A("Fonte: Agência Brasil"), "Agência Brasil"),
 ("pt", B("Estadão Conteúdo"), "Agência Estado"),
 ("pt", D("SÃO PAULO, SP (FOLHAPRESS) - "), ("Folhapress", "Folha de S.Paulo")),
 # Spanish (Latin America)
 ("es", D("Bogotá, 12 nov (EFE).- "), "Agencia EFE"),
 ("es", A("Fuente: Notimex"), "Notimex"),
 ("es", D("Buenos Aires, 12 de noviembre (Télam).- "), "Télam"),
 # Italian
 ("it", D("(ANSA) - ROMA, 12 NOV - "), "ANSA"),
 ("it", A("Fonte: Adnkronos"), "Adnkronos"),
 # Polish / Romanian / Serbian / Croatian
 ("pl", A("(PAP)"), "Polish Press Agency"),
 ("ro", D("București, 12 nov /Agerpres/ - "), "Agerpres"),
 ("ro", A("Sursa: Agerpres"), "Agerpres"),
 ("sr", A("Izvor: Tanjug"), "Tanjug"),
 ("sr", D("ZAGREB, 12. studenoga 2021. (Hina) - "), "HINA"),
 # Swahili
 ("sw", A("Chanzo: Reuters"), RE),
 ("sw", D("DAR ES SALAAM (Reuters) - "), RE),
 # French (Maghreb / West Africa)
 ("fr", D("Rabat, 12 nov (MAP) - "), "Maghreb Arabe Presse"),
 ("fr", D("Alger, 12 nov (APS) - "), "Algérie Presse Service"),

 ("ja", D("【ワシントン＝共同】"), "Kyodo News"),
 ("ja", D("【ソウル=時事】"), "Jiji Press"),
 ("ja", D("（ブルームバーグ）："), "Bloomberg"),
 ("zh", D("中新网11月12日电 "), "China News Service"),
 ("zh", D("新华社北京11月12日电（记者张三）"), "Xinhua"),
 ("zh", A("（来源：新华社）"), "Xinhua"),
 ("zh-TW", S("（中央社）"), "Central News Agency"),
 ("fa", A("منبع: خبرگزاری ایسنا"), "ISNA"),
 ("fa", D("به گزارش خبرگزاری ایرنا، "), "IRNA"),
 ("ar", A("المصدر: وكالة الأنباء الفرنسية"), AFP),
 ("ar", D("برلين (د ب أ) - "), DPA),
 ("ar", D("الرياض (واس) - "), "Saudi Press Agency"),
 ("ar", D("عمان (بترا) - "), "Jordan News Agency"),
 ("ar", D("الكويت (كونا) -- "), "Kuwait News Agency"),
 ("ru", D("КИЕВ. 12 ноября. ИНТЕРФАКС-УКРАИНА - "), "Interfax-Ukraine"),
 ("ru", D("МОСКВА, 12 ноября — РИА Новости. "), "RIA Novosti"),
 ("uk", A("Джерело: Інтерфакс-Україна"), "Interfax-Ukraine"),
 ("vi", A("(Theo Reuters)"), RE),
 ("pt", B("Por Agência Brasil"), "Agência Brasil"),
 ("pt", D("BRASÍLIA, DF (FOLHAPRESS) - "), "Folhapress"),
 ("es", D("LA HABANA, 12 nov (Prensa Latina) - "), "Prensa Latina"),
 ("es", D("Lima, nov. 12 (ANDINA).- "), "Agencia Andina"),
 ("tr", D("ŞANLIURFA (İHA) – "), "İhlas News Agency"),
 ("pl", D("Łódź (PAP) - "), "Polish Press Agency"),
 ("ro", D("Iași, 12 nov /Agerpres/ - "), "Agerpres"),
 ("bg", D("София, 12 ноември /БТА/. "), "Bulgarian News Agency"),
 ("el", A("Πηγή: ΑΠΕ"), "Athens-Macedonian News Agency"),
 ("hi", D("कोलकाता, 12 नवंबर (पीटीआई) "), "Press Trust of India"),
 ("bn", D("কলকাতা, ১২ নভেম্বর (পিটিআই) : "), "Press Trust of India"),
 ("id", D("Jakarta (ANTARA) - "), "Antara"),
    ],
)
def test_world_credit(lang: str, form: str, original: str | tuple[str, ...]) -> None:
    links = chain(audit(page(lang, body(lang, form)), "html"))
    assert len(links) == 2 and links[-1][0] == "republisher"
    assert links[0][1] in (original if isinstance(original, tuple) else (original,))


@pytest.mark.parametrize(
    "lang, text, url, site",
    [
 # photo credits
 ("tr", paras("tr") + fig("Liman rıhtımı sabah saatlerinde. Foto: AA"), None, None),
 ("tr", fig("Foto: AA") + paras("tr"), None, None),
 ("ja", fig("港の岸壁（写真：ロイター）") + paras("ja"), None, None),
 ("ja", paras("ja") + fig("写真：ロイター"), None, None),
 ("ko", fig("부산항 북측 부두 (사진=연합뉴스)") + paras("ko"), None, None),
 ("ko", paras("ko") + fig("부산항 북측 부두 [로이터=연합뉴스 자료사진]"), None, None),
 ("ko", paras("ko") + "<p>사진=연합뉴스</p>", None, None),
 ("zh", paras("zh") + fig("图片来源：新华社"), None, None),
 ("zh", paras("zh") + "<p>图片来源：新华社</p>", None, None),
 ("zh", fig("船只在锚地等候。（新华社记者 张三 摄）") + paras("zh"), None, None),
 ("ar", fig("صورة: رويترز") + paras("ar"), None, None),
 ("ar", paras("ar") + fig("سفن في الميناء (رويترز)"), None, None),
 ("vi", fig("Tàu chờ tại khu neo đậu. Ảnh: TTXVN") + paras("vi"), None, None),
 ("id", fig("Kapal menunggu di area labuh. ANTARA FOTO/Jane Doe") + paras("id"), None, None),
 ("el", fig("Φωτογραφία: ΑΠΕ-ΜΠΕ") + paras("el"), None, None),
 ("ru", fig("Фото: ТАСС") + paras("ru"), None, None),
 ("pt", fig("Navios aguardam no porto. Foto: Reuters") + paras("pt"), None, None),
 ("pl", fig("Statki na redzie. Fot. PAP/Jan Kowalski") + paras("pl"), None, None),
 ("bn", fig("ছবি: বাসস") + paras("bn"), None, None),
 ("fa", fig("عکس: ایرنا") + paras("fa"), None, None),
 # a sentence citing an agency
 ("es", paras("es", tail=" Según Reuters, las autoridades prevén normalizar el tráfico en diciembre."), None, None),
 ("zh", paras("zh") + "<p>据新华社报道，港务局预计12月恢复正常通航，并将继续加强对锚地的管理和调度工作。</p>", None, None),
 ("ar", paras("ar", tail=" وأفادت رويترز بأن السلطات تتوقع عودة الحركة إلى طبيعتها في ديسمبر."), None, None),
 ("ru", paras("ru", tail=" По данным ТАСС, движение нормализуется в декабре."), None, None),
 ("ru", paras("ru") + "<p>Об этом сообщает ТАСС.</p>", None, None),
 ("ko", paras("ko", tail=" 연합뉴스에 따르면 당국은 12월 정상화를 예상하고 있다."), None, None),
 ("ja", paras("ja", tail="共同通信によると、当局は12月の正常化を見込んでいる。"), None, None),
 ("fa", paras("fa", tail=" همچنین به گزارش ایرنا، مسئولان انتظار دارند تردد تا آذر عادی شود."), None, None),
 ("uk", paras("uk", tail=" Як повідомляє Укрінформ, рух нормалізується у грудні."), None, None),
 ("tr", paras("tr", tail=" AA'nın haberine göre trafik aralıkta normale dönecek."), None, None),
 # an agency's own site
 ("tr", paras("tr", lead="İstanbul (AA) - "), "https://www.aa.com.tr/tr/ekonomi/liman/123", "Anadolu Ajansı"),
 ("ko", paras("ko", lead="(서울=연합뉴스) 홍길동 기자 = "), "https://www.yna.co.kr/view/AKR20211112000100001", "연합뉴스"),
 ("zh", paras("zh", lead="新华社北京11月12日电 "), "http://www.news.cn/2021-11/12/c_1128055.htm", "新华网"),
 ("ru", paras("ru", lead="МОСКВА, 12 ноября. /ТАСС/. "), "https://tass.ru/ekonomika/12345", "ТАСС"),
 ("id", paras("id", lead="JAKARTA (ANTARA) - "), "https://www.antaranews.com/berita/12345/pelabuhan", "ANTARA News"),
 ("fa", paras("fa", lead="به گزارش ایرنا، "), "https://www.irna.ir/news/12345", "ایرنا"),
 ("vi", paras("vi") + "<p>Nguồn: TTXVN</p>", "https://www.vietnamplus.vn/cang-12345.vnp", "VietnamPlus"),
 ("ms", paras("ms", lead="KUALA LUMPUR, 12 Nov (Bernama) -- "), "https://www.bernama.com/bm/news.php?id=12345", "BERNAMA"),
 # related-article teasers
 ("ar", paras("ar") + "<h3>اقرأ أيضا</h3><ul><li>ارتفاع أسعار الشحن (رويترز)</li><li>انتهاء إضراب عمال الميناء - أ ف ب</li></ul>", None, None),
 ("ja", paras("ja") + "<h3>関連記事</h3><ul><li>港湾ストが終結（共同）</li><li>運賃が上昇　時事通信</li></ul>", None, None),
 ("pt", paras("pt") + "<h3>Leia também</h3><ul><li>Greve no porto termina - Agência Brasil</li><li>Fretes sobem (Estadão Conteúdo)</li></ul>", None, None),
 ("tr", paras("tr") + "<h3>İlgili Haberler</h3><ul><li>Liman grevi sona erdi (AA)</li><li>Navlun fiyatları yükseldi - İHA</li></ul>", None, None),
 ("zh", paras("zh") + "<h3>相关新闻</h3><ul><li>港口罢工结束 来源：新华社</li><li>运费上涨 中新社</li></ul>", None, None),
 ("ru", paras("ru") + "<h3>Читайте также</h3><ul><li>Забастовка в порту завершилась — ТАСС</li><li>Фрахт подорожал /РИА Новости/</li></ul>", None, None),
 # generic "agencies", no one named
 ("ar", "<p>وكالات</p>" + paras("ar"), None, None),
 ("ar", paras("ar") + "<p>المصدر: وكالات</p>", None, None),
 ("he", "<p>סוכנויות הידיעות</p>" + paras("he"), None, None),
 ("tr", paras("tr") + "<p>Kaynak: Ajanslar</p>", None, None),
 ("ru", paras("ru") + "<p>Источник: агентства</p>", None, None),
 # look-alikes of the forms added for this battery
 ("ar", "<p>وذكرت وكالة (رويترز) أن السلطات تتوقع عودة الحركة إلى طبيعتها في ديسمبر المقبل.</p>" + paras("ar"), None, None),
 ("ko", "<p>(사진=연합뉴스) 부산항 북측 부두에서 선박들이 대기하고 있다.</p>" + paras("ko"), None, None),
 ("ko", fig("[로이터=연합뉴스 자료사진]") + paras("ko"), None, None),
 ("ko", paras("ko") + fig("(워싱턴 AFP=연합뉴스) 부두에서 대기 중인 선박들"), None, None),
 ("vi", paras("vi") + "<p>Theo Nguyễn Văn An</p>", None, None),
 ("vi", paras("vi") + "<p>Theo Reuters, giới chức dự kiến giao thông sẽ trở lại bình thường vào tháng 12.</p>", None, None),
 ("fa", paras("fa", lead="به گزارش خبرنگار روزنامه بندر، "), None, None),
 ("ja", paras("ja") + fig("北側岸壁で接岸を待つ貨物船の列＝12日午前、東京港で撮影した写真（共同）"), None, None),
 ("zh", paras("zh") + fig("11月12日，货轮在北码头锚地等候靠泊。（新华社记者 张三 摄）"), None, None),
 ("hi", paras("hi") + fig("नई दिल्ली: बंदरगाह पर खड़े जहाज (भाषा)"), None, None),
 ("ar", paras("ar") + fig("القاهرة (رويترز) - سفن تنتظر في الميناء"), None, None),
 # the site's own reporter and self-credit
 ("tr", paras("tr", lead="İstanbul - ") + "<p>Kaynak: Liman Gazetesi</p>", None, None),
 ("hi", paras("hi") + "<p>यह खबर हिंदी भाषा में है।</p>", None, None),
 ("zh", paras("zh") + "<p>（图片来源：新华社）</p>", None, None),
 ("ja", paras("ja") + fig("（ブルームバーグ）：東京港で待機する貨物船"), None, None),
 ("tr", fig("Şanlıurfa'da liman rıhtımı. Foto: İHA") + paras("tr"), None, None),
    ],
)
def test_world_look_alike(lang: str, text: str, url: str | None, site: str | None) -> None:
    result = audit(page(lang, text, site), "html", url=url)
    assert len(chain(result)) == 1, chain(result)


@pytest.mark.parametrize(
    "caption",
    ["WASHINGTON (Reuters) - Ships wait at the northern quay on Thursday", "(워싱턴 AFP=연합뉴스) 부두에서 대기 중인 선박들"],
)
def test_dateline_in_a_caption_credits_the_picture(caption: str) -> None:
    story = "<p>" + STORY.replace("\n\n", "</p><p>") + "</p>"
    html = (
        f'<html lang="en"><head><title>{HEADLINE} - Quayside Gazette</title><meta property="og:site_name" content="Quayside Gazette">'
        f"</head><body><article><h1>{HEADLINE}</h1>{story}{fig(caption)}</article><footer>© 2021 Quayside Gazette Ltd</footer></body></html>"
    )
    assert chain(audit(html, "html")) == [("original", "Quayside Gazette", None)]
