"""Phrase tables for the demo casebook, in the five languages.

Each language has people, places and, per category, a few complaint
templates with slots ({unit}, {item}, {day}, {amount}), so a demo casebook
reads like a real one rather than one sentence copied 100,000 times.
"""

from __future__ import annotations

FIRST = {
    "en": ["James", "Emily", "Oliver", "Sophie", "Harry", "Grace", "Thomas", "Chloe", "Daniel",
           "Lucy"],
    "nl": ["Jan", "Sanne", "Pieter", "Femke", "Daan", "Lotte", "Bram", "Anouk", "Joost",
           "Eva"],
    "ru": ["Иван", "Ольга", "Алексей", "Наталья", "Дмитрий", "Елена", "Сергей", "Мария",
           "Андрей", "Татьяна"],
    "zh_CN": ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军"],
    "ka": ["გიორგი", "ნინო", "დავით", "მარიამ", "ლევან", "თამარ", "ნიკა", "ანა", "ზურაბ",
           "ეკა"],
}
LAST = {
    "en": ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright"],
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "de Boer", "Mulder"],
    "ru": ["Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков",
           "Морозов"],
    "zh_CN": ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"],
    "ka": ["ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ჯაფარიძე",
           "ხარაიშვილი", "ქავთარაძე"],
}
PHONE = {"en": "+44 7{a:03d} {b:06d}", "nl": "+31 6 {a:04d} {b:04d}",
         "ru": "+7 9{a:02d} {b:03d}-{c:02d}-{d:02d}", "zh_CN": "+86 13{a:01d} {b:04d} {c:04d}",
         "ka": "+995 5{a:02d} {b:02d} {c:02d} {d:02d}"}
UNIT = {"en": "Flat {n}", "nl": "Appartement {n}", "ru": "кв. {n}",
        "zh_CN": "{b}号楼 {e}单元 {n}", "ka": "ბინა {n}"}
ADDRESS = {"en": "{n} Park Road, London", "nl": "Parkweg {n}, Amsterdam",
           "ru": "ул. Садовая, д. {n}, Москва", "zh_CN": "上海市浦东新区世纪大道{n}号",
           "ka": "რუსთაველის გამზ. {n}, თბილისი"}
DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "the weekend", "yesterday"],
        "nl": ["maandag", "dinsdag", "woensdag", "het weekend", "gisteren"],
        "ru": ["понедельника", "вторника", "среды", "выходных", "вчерашнего дня"],
        "zh_CN": ["周一", "周二", "周三", "周末", "昨天"],
        "ka": ["ორშაბათიდან", "სამშაბათიდან", "ოთხშაბათიდან", "შაბათ-კვირიდან", "გუშინდელი დღიდან"]}
ITEMS = {"en": ["washing machine", "sofa", "laptop", "winter coat", "coffee maker"],
         "nl": ["wasmachine", "bank", "laptop", "winterjas", "koffiezetapparaat"],
         "ru": ["стиральная машина", "диван", "ноутбук", "зимняя куртка", "кофеварка"],
         "zh_CN": ["洗衣机", "沙发", "笔记本电脑", "羽绒服", "咖啡机"],
         "ka": ["სარეცხი მანქანა", "დივანი", "ლეპტოპი", "ზამთრის ქურთუკი", "ყავის აპარატი"]}

# Per category and language: (account, remedy sought) templates.
ACCOUNTS = {
    "unit_repairs": {
        "en": [("The heating in {unit} has been off since {day}; the children are cold.",
                "Fix the heating today"),
               ("Water is leaking from the ceiling in the bathroom of {unit} again.",
                "Send a plumber and repair the ceiling")],
        "nl": [("De verwarming in {unit} doet het sinds {day} niet meer.",
                "Vandaag de verwarming repareren"),
               ("Er lekt weer water door het plafond van de badkamer. Eén emmer is niet "
                "genoeg.", "Loodgieter sturen en plafond herstellen")],
        "ru": [("В квартире нет отопления с {day}, дети мёрзнут. Пишу жалобу уже второй раз.",
                "Починить отопление сегодня"),
               ("С потолка в ванной опять течёт вода, соседи сверху не открывают.",
                "Прислать сантехника и отремонтировать потолок")],
        "zh_CN": [("从{day}开始家里就没有暖气了，孩子们很冷，这是我第二次投诉。", "今天修好暖气"),
                  ("卫生间天花板又漏水了，楼上一直没人开门。", "尽快派人维修漏水")],
        "ka": [("{day} ბინაში გათბობა არ მუშაობს, ბავშვები იყინებიან.", "დღესვე გათბობის შეკეთება"),
               ("აბაზანის ჭერიდან ისევ წყალი ჩამოდის.", "სანტექნიკოსის გამოგზავნა")],
    },
    "noise": {
        "en": [("Loud music from the flat above every night until 2 a.m.", "Speak to the neighbours"),
               ("Building works start at 7 a.m., even on {day}.", "Keep to the agreed hours")],
        "nl": [("Elke nacht harde muziek van de bovenburen tot twee uur.", "Met de buren praten"),
               ("De verbouwing begint om zeven uur, zelfs op {day}.", "Afgesproken tijden naleven")],
        "ru": [("Соседи сверху каждую ночь до двух часов включают громкую музыку.",
                "Поговорить с соседями"),
               ("Ремонт начинается в семь утра, даже в выходные.", "Соблюдать тихие часы")],
        "zh_CN": [("楼上每天晚上放音乐到凌晨两点，噪音太大了。", "请物业和邻居沟通"),
                  ("装修每天早上七点就开始，周末也不停。", "按规定时间施工")],
        "ka": [("ზედა სართულიდან ყოველ ღამე ხმამაღალი მუსიკა ისმის.", "მეზობლებთან საუბარი"),
               ("სარემონტო სამუშაოები დილის შვიდ საათზე იწყება.", "დადგენილი საათების დაცვა")],
    },
    "shared_facilities": {
        "en": [("The lift in block {b} has been out of order since {day}.", "Repair the lift"),
               ("The entrance door does not lock; strangers walk in.", "Fix the door lock")],
        "nl": [("De lift in blok {b} is sinds {day} kapot.", "Lift repareren"),
               ("De voordeur sluit niet; vreemden lopen zo naar binnen.", "Slot repareren")],
        "ru": [("Лифт в корпусе {b} не работает с {day}.", "Отремонтировать лифт"),
               ("Входная дверь не закрывается, в подъезд заходят посторонние.",
                "Починить замок")],
        "zh_CN": [("{b}号楼的电梯从{day}就坏了，老人上下楼很困难。", "尽快修好电梯"),
                  ("单元门锁坏了，陌生人随便进出。", "维修门禁")],
        "ka": [("{b} კორპუსში ლიფტი {day} არ მუშაობს.", "ლიფტის შეკეთება"),
               ("სადარბაზოს კარი არ იკეტება.", "საკეტის შეკეთება")],
    },
    "product_quality": {
        "en": [("The {item} I bought stopped working after two weeks.", "A refund"),
               ("The {item} arrived scratched and the box was open.", "A replacement")],
        "nl": [("De {item} die ik kocht, deed het na twee weken niet meer.", "Geld terug"),
               ("De {item} kwam beschadigd aan en de doos was open.", "Een nieuw exemplaar")],
        "ru": [("Купленная у вас вещь ({item}) сломалась через две недели.", "Вернуть деньги"),
               ("Товар ({item}) пришёл поцарапанным, коробка была вскрыта.", "Заменить товар")],
        "zh_CN": [("我买的{item}用了两周就坏了，质量太差。", "退款"),
                  ("收到的{item}有划痕，包装也被打开过。", "换货")],
        "ka": [("ნაყიდი ნივთი ({item}) ორ კვირაში გაფუჭდა.", "თანხის დაბრუნება"),
               ("ნივთი ({item}) დაზიანებული მივიღე.", "ნივთის შეცვლა")],
    },
    "delivery": {
        "en": [("My order was promised for {day} and still has not arrived.", "Deliver it or refund"),
               ("The courier left the parcel in the rain.", "Compensation for the damage")],
        "nl": [("Mijn bestelling zou {day} komen en is er nog steeds niet.", "Leveren of geld terug"),
               ("De bezorger liet het pakket in de regen staan.", "Schadevergoeding")],
        "ru": [("Заказ обещали привезти до {day}, но его до сих пор нет.", "Доставить или вернуть деньги"),
               ("Курьер оставил посылку под дождём.", "Компенсация")],
        "zh_CN": [("订单说{day}送到，到现在还没收到。", "尽快送货或退款"),
                  ("快递员把包裹放在外面淋雨了。", "赔偿损失")],
        "ka": [("შეკვეთა {day} უნდა მოსულიყო, მაგრამ ჯერ არ მოსულა.", "მიწოდება ან თანხის დაბრუნება"),
               ("კურიერმა ამანათი წვიმაში დატოვა.", "კომპენსაცია")],
    },
    "billing": {
        "en": [("I was charged twice for the same invoice, {amount} each time.", "Refund the double charge")],
        "nl": [("Ik heb twee keer {amount} betaald voor dezelfde factuur; de financiële "
                "afdeling reageert niet.", "Het dubbele bedrag terug")],
        "ru": [("С меня дважды списали {amount} по одному счёту.", "Вернуть лишнее списание")],
        "zh_CN": [("同一张账单被扣了两次款，每次{amount}。", "退还多扣的钱")],
        "ka": [("ერთი და იგივე ანგარიშისთვის ორჯერ ჩამომეჭრა {amount}.", "ზედმეტი თანხის დაბრუნება")],
    },
    "staff_attitude": {
        "en": [("The assistant at the till was rude and would not listen.", "An apology")],
        "nl": [("De medewerker aan de kassa was onbeleefd en luisterde niet.", "Excuses")],
        "ru": [("Кассир грубо разговаривал и не стал меня слушать.", "Извинения")],
        "zh_CN": [("收银员态度很差，根本不听我说话，我要投诉。", "道歉")],
        "ka": [("მოლარე უხეშად მესაუბრა და არ მომისმინა.", "ბოდიშის მოხდა")],
    },
}
# Categories without their own templates borrow the nearest ones.
ACCOUNTS["wrong_item"] = ACCOUNTS["product_quality"]
ACCOUNTS["returns"] = ACCOUNTS["product_quality"]
ACCOUNTS["lost_mail"] = ACCOUNTS["delivery"]
ACCOUNTS["cleaning_grounds"] = ACCOUNTS["shared_facilities"]
ACCOUNTS["pests"] = ACCOUNTS["unit_repairs"]
ACCOUNTS["other_services"] = ACCOUNTS["shared_facilities"]

SUMMARY = {"en": "So, to confirm: {account_short} — is that right?",
           "nl": "Even samenvatten: {account_short} — klopt dat?",
           "ru": "Правильно ли я понимаю: {account_short}?",
           "zh_CN": "我确认一下：{account_short}，对吗？",
           "ka": "დავაზუსტოთ: {account_short} — სწორია?"}
QA = {"en": [("When did it start?", "On {day}."), ("Has this happened before?", "Yes, once.")],
      "nl": [("Wanneer begon het?", "Op {day}."), ("Is dit eerder gebeurd?", "Ja, één keer.")],
      "ru": [("Когда это началось?", "С {day}."), ("Такое уже было?", "Да, один раз.")],
      "zh_CN": [("什么时候开始的？", "{day}。"), ("以前发生过吗？", "发生过一次。")],
      "ka": [("როდის დაიწყო?", "{day}."), ("ადრეც მომხდარა?", "დიახ, ერთხელ.")]}
ACTIONS = {"en": ["Called the contractor; visit booked.", "Customer called back: updated on progress."],
           "nl": ["Aannemer gebeld; bezoek ingepland.", "Klant teruggebeld over de voortgang."],
           "ru": ["Позвонили подрядчику, визит назначен.", "Перезвонили клиенту, сообщили о ходе работ."],
           "zh_CN": ["已联系维修师傅，预约上门。", "回访客户，告知处理进度。"],
           "ka": ["დავუკავშირდით კონტრაქტორს, ვიზიტი დაინიშნა.", "მომხმარებელს ვაცნობეთ მიმდინარეობა."]}
REPLY = {"en": "We apologise again. We have dealt with it as follows: {resolution}. Thank you "
               "for your trust and for showing us what to improve.",
         "nl": "Nogmaals excuses. We hebben het zo opgelost: {resolution}. Dank voor uw "
               "vertrouwen en dat u ons laat zien wat beter kan.",
         "ru": "Ещё раз приносим извинения. Мы решили вопрос так: {resolution}. Спасибо за "
               "доверие и за то, что помогаете нам стать лучше.",
         "zh_CN": "再次向您致歉。处理结果：{resolution}。感谢您的信任，也感谢您帮助我们改进。",
         "ka": "კიდევ ერთხელ ბოდიშს გიხდით. საკითხი ასე მოგვარდა: {resolution}. მადლობა "
               "ნდობისთვის და იმისთვის, რომ გვეხმარებით გაუმჯობესებაში."}
RESOLUTION_TEXT = {
    "en": {"refund": "full refund", "repair": "repaired by our technician",
           "exchange": "replaced with a new one", "compensation": "compensation paid",
           "discount": "credit on the next bill", "apology": "formal apology",
           "explanation": "explained the terms; complaint not upheld"},
    "nl": {"refund": "volledige terugbetaling", "repair": "gerepareerd door onze monteur",
           "exchange": "vervangen door een nieuw exemplaar", "compensation": "schadevergoeding betaald",
           "discount": "tegoed op de volgende factuur", "apology": "officiële excuses",
           "explanation": "voorwaarden uitgelegd; klacht niet gegrond"},
    "ru": {"refund": "полный возврат денег", "repair": "отремонтировано нашим мастером",
           "exchange": "заменено на новое", "compensation": "выплачена компенсация",
           "discount": "скидка на следующий счёт", "apology": "официальные извинения",
           "explanation": "даны разъяснения; жалоба не подтвердилась"},
    "zh_CN": {"refund": "全额退款", "repair": "已由师傅上门维修", "exchange": "已换新",
              "compensation": "已支付赔偿", "discount": "下期账单抵扣", "apology": "正式道歉",
              "explanation": "已解释说明，投诉不成立"},
    "ka": {"refund": "თანხა სრულად დაბრუნდა", "repair": "შეაკეთა ჩვენმა ხელოსანმა",
           "exchange": "შეიცვალა ახლით", "compensation": "გადახდილია კომპენსაცია",
           "discount": "კრედიტი შემდეგ ანგარიშზე", "apology": "ოფიციალური ბოდიში",
           "explanation": "განიმარტა პირობები; საჩივარი არ დადასტურდა"},
}
REPORT_TO = {"en": "Department manager and head of office", "nl": "Afdelingsmanager en "
             "kantoorhoofd", "ru": "Руководитель отдела и руководитель офиса",
             "zh_CN": "部门经理和主管负责人", "ka": "განყოფილების ხელმძღვანელი და ოფისის ხელმძღვანელი"}
ROOT_CAUSE = {"en": ("Worn valves in the old heating system", "Replace all valves in block {b}"),
              "nl": ("Versleten kleppen in de oude cv-installatie", "Alle kleppen in blok {b} vervangen"),
              "ru": ("Изношенные клапаны старой системы отопления", "Заменить все клапаны в корпусе {b}"),
              "zh_CN": ("老旧供暖系统阀门磨损", "更换{b}号楼全部阀门"),
              "ka": ("ძველი გათბობის სისტემის ცვეთილი სარქველები",
                     "{b} კორპუსში ყველა სარქველის შეცვლა")}
CURRENCY = {"en": "EUR", "nl": "EUR", "ru": "RUB", "zh_CN": "CNY", "ka": "GEL"}
