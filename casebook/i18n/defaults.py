"""Default editable lists and good-practice prompts, in the five languages.

A new casebook copies these lists into its `list_entry` table, where the
business can rename, add or retire entries; cases store the stable `code`.
Terms follow `translations/GLOSSARY.md` (SPEC §5 vocabulary).
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "zh_CN", "nl", "ka")


def _e(code: str, en: str, ru: str, zh: str, nl: str, ka: str, **extra) -> dict:
    return {"code": code, "labels": {"en": en, "ru": ru, "zh_CN": zh, "nl": nl, "ka": ka},
            **extra}


DEFAULT_LISTS: dict[str, list[dict]] = {
    "channel": [
        _e("walk_in", "Walk-in", "Лично", "到访", "Aan de balie", "პირადად"),
        _e("phone", "Phone", "Телефон", "电话", "Telefoon", "ტელეფონი"),
        _e("email", "Email", "Электронная почта", "电子邮件", "E-mail", "ელფოსტა"),
        _e("letter", "Letter", "Письмо", "信件", "Brief", "წერილი"),
        _e("messenger", "Messenger", "Мессенджер", "即时通讯", "Berichtenapp", "მესენჯერი"),
        _e("other", "Other", "Другое", "其他", "Anders", "სხვა"),
    ],
    "kind": [
        _e("complaint", "Complaint", "Жалоба", "投诉", "Klacht", "საჩივარი"),
        _e("claim", "Claim", "Претензия", "索赔", "Claim (formele claim)", "პრეტენზია"),
    ],
    "severity": [
        _e("general", "General", "Обычная", "一般", "Normaal", "ჩვეულებრივი"),
        _e("major", "Major complaint", "Серьёзная жалоба", "重大投诉", "Ernstige klacht",
           "მნიშვნელოვანი საჩივარი"),
    ],
    "nature": [
        _e("transactional", "Transactional", "Разовая", "单次事务", "Eenmalig", "ერთჯერადი",
           hint={"en": "One interaction went wrong.",
                 "ru": "Сбой в одном конкретном обращении.",
                 "zh_CN": "某一次服务出了问题。",
                 "nl": "Eén contactmoment ging mis.",
                 "ka": "ერთი კონკრეტული მომსახურება ვერ შედგა."}),
        _e("relational", "Relational", "Отношения", "关系受损", "Relatie", "ურთიერთობა",
           hint={"en": "The relationship or trust is damaged.",
                 "ru": "Пострадали отношения или доверие клиента.",
                 "zh_CN": "客户关系或信任受到损害。",
                 "nl": "De relatie of het vertrouwen is beschadigd.",
                 "ka": "დაზიანებულია ურთიერთობა ან ნდობა."}),
        _e("systemic", "Systemic", "Системная", "系统性", "Structureel", "სისტემური",
           hint={"en": "Recurs across many customers: record a root cause and a preventive "
                       "action.",
                 "ru": "Повторяется у многих клиентов: укажите первопричину и меры "
                       "предотвращения.",
                 "zh_CN": "多位客户反复出现：请记录根本原因和预防措施。",
                 "nl": "Komt bij veel klanten terug: leg de oorzaak en een preventieve "
                       "maatregel vast.",
                 "ka": "მეორდება ბევრ მომხმარებელთან: ჩაწერეთ ძირეული მიზეზი და "
                       "პრევენციული ზომა."}),
    ],
    "category": [
        _e("product_quality", "Product quality", "Качество товара", "产品质量",
           "Productkwaliteit", "პროდუქტის ხარისხი", sector="retail"),
        _e("wrong_item", "Wrong item", "Не тот товар", "发错商品", "Verkeerd artikel",
           "არასწორი ნივთი", sector="retail"),
        _e("delivery", "Delivery", "Доставка", "配送", "Levering", "მიწოდება", sector="retail"),
        _e("billing", "Billing", "Счета и оплата", "账单", "Facturering", "ანგარიშსწორება",
           sector="retail"),
        _e("staff_attitude", "Staff attitude", "Отношение персонала", "服务态度",
           "Houding van personeel", "პერსონალის დამოკიდებულება", sector="retail"),
        _e("returns", "Returns", "Возврат товара", "退换货", "Retouren", "დაბრუნება",
           sector="retail"),
        _e("noise", "Noise", "Шум", "噪音", "Geluidsoverlast", "ხმაური", sector="property"),
        _e("shared_facilities", "Shared facilities", "Общее имущество", "公共设施",
           "Gemeenschappelijke voorzieningen", "საერთო ინფრასტრუქტურა", sector="property"),
        _e("unit_repairs", "Repairs in the unit", "Ремонт в квартире", "室内维修",
           "Reparaties in de woning", "ბინის შეკეთება", sector="property"),
        _e("lost_mail", "Lost mail", "Потерянная почта", "信件丢失", "Zoekgeraakte post",
           "დაკარგული ფოსტა", sector="property"),
        _e("cleaning_grounds", "Cleaning and grounds", "Уборка и территория", "清洁与绿化",
           "Schoonmaak en terrein", "დასუფთავება და ეზო", sector="property"),
        _e("pests", "Pests", "Вредители", "虫害", "Ongedierte", "მავნებლები", sector="property"),
        _e("other_services", "Other services", "Прочие услуги", "其他服务", "Overige diensten",
           "სხვა მომსახურება", sector="property"),
        _e("other", "Other", "Другое", "其他", "Overig", "სხვა", sector="any"),
    ],
    "resolution_type": [
        _e("refund", "Refund", "Возврат денег", "退款", "Terugbetaling", "თანხის დაბრუნება",
           money=True),
        _e("exchange", "Exchange or replacement", "Обмен или замена", "换货", "Omruilen of vervangen",
           "გაცვლა ან შეცვლა", money=False),
        _e("repair", "Repair", "Ремонт", "维修", "Reparatie", "შეკეთება", money=False),
        _e("compensation", "Compensation", "Компенсация", "赔偿", "Schadevergoeding",
           "კომპენსაცია", money=True),
        _e("discount", "Discount or credit", "Скидка или бонус", "折扣或抵用", "Korting of tegoed",
           "ფასდაკლება ან კრედიტი", money=True),
        _e("apology", "Apology", "Извинение", "道歉", "Excuses", "ბოდიშის მოხდა", money=False),
        _e("explanation", "Explanation (complaint not upheld)",
           "Разъяснение (жалоба не подтвердилась)", "解释说明（投诉不成立）",
           "Uitleg (klacht niet gegrond)", "განმარტება (საჩივარი არ დადასტურდა)", money=False),
        _e("other", "Other", "Другое", "其他", "Anders", "სხვა", money=False),
    ],
    "major_trigger": [
        _e("fire", "Fire", "Пожар", "火灾", "Brand", "ხანძარი"),
        _e("lift_entrapment", "People trapped in a lift", "Люди застряли в лифте", "电梯困人",
           "Mensen vast in de lift", "ადამიანები ლიფტში გაიჭედნენ"),
        _e("explosion", "Explosion", "Взрыв", "爆炸", "Explosie", "აფეთქება"),
        _e("power_cut", "Sudden power cut", "Внезапное отключение электричества", "突然停电",
           "Plotselinge stroomuitval", "მოულოდნელი გათიშვა"),
        _e("flooding", "Flooding", "Затопление", "水浸", "Wateroverlast", "დატბორვა"),
        _e("theft_vandalism", "Theft or vandalism", "Кража или вандализм", "盗窃或破坏",
           "Diefstal of vandalisme", "ქურდობა ან ვანდალიზმი"),
        _e("criminal", "Criminal matter", "Уголовное дело", "刑事案件", "Strafbaar feit",
           "სისხლის სამართლის საქმე"),
        _e("collective", "Collective complaint (3+ households or customers)",
           "Коллективная жалоба (3 и более квартир или клиентов)", "集体投诉（三户或三位客户以上）",
           "Collectieve klacht (3 of meer huishoudens of klanten)",
           "კოლექტიური საჩივარი (3 ან მეტი ოჯახი ან მომხმარებელი)"),
        _e("major_plant_failure",
           "Failure of major plant (central air-conditioning, generator, switchgear, "
           "communications)",
           "Авария основного оборудования (центральное кондиционирование, генератор, "
           "распределительное устройство, связь)",
           "重要设备故障（中央空调、发电机、配电设备、通信）",
           "Uitval van hoofdinstallaties (centrale airco, generator, schakelinstallatie, "
           "communicatie)",
           "ძირითადი აღჭურვილობის მწყობრიდან გამოსვლა (ცენტრალური კონდიცირება, "
           "გენერატორი, გამანაწილებელი მოწყობილობა, კავშირგაბმულობა)"),
        _e("structural_damage", "Damage to the building structure",
           "Повреждение несущих конструкций здания", "建筑结构受损",
           "Schade aan de bouwconstructie", "შენობის კონსტრუქციის დაზიანება"),
        _e("repeat_complaint", "Repeat complaint about the same matter",
           "Повторная жалоба по тому же вопросу", "同一问题重复投诉",
           "Herhaalde klacht over hetzelfde", "განმეორებითი საჩივარი იმავე საკითხზე"),
        _e("media_legal_threat", "Threat of media exposure or legal action",
           "Угроза обратиться в СМИ или в суд", "扬言曝光媒体或诉诸法律",
           "Dreigen met media of juridische stappen",
           "მედიაში გასაჯაროების ან სასამართლოში მიმართვის მუქარა"),
    ],
    "mood": [
        _e("calm", "Calm", "Спокоен", "平静", "Kalm", "მშვიდი"),
        _e("upset", "Upset", "Расстроен", "不满", "Ontstemd", "უკმაყოფილო"),
        _e("angry", "Angry", "Раздражён", "愤怒", "Boos", "გაბრაზებული"),
        _e("distressed", "Distressed", "Встревожен", "焦虑", "Van streek", "შეშფოთებული"),
    ],
    "role": [
        _e("desk", "Desk clerk", "Администратор", "前台", "Baliemedewerker",
           "მიმღების თანამშრომელი"),
        _e("handler", "Case handler", "Исполнитель", "处理人", "Behandelaar", "შემსრულებელი"),
        _e("manager", "Manager", "Руководитель", "经理", "Leidinggevende", "მენეჯერი"),
    ],
    "deadline_kind": [
        _e("reply", "Agreed reply time", "Согласованное время ответа", "约定答复时间",
           "Afgesproken terugkoppeling", "შეთანხმებული პასუხის დრო"),
        _e("acknowledge", "First contact", "Первый контакт", "首次联系", "Eerste contact",
           "პირველი კონტაქტი"),
        _e("report", "Report to the manager", "Доклад руководителю", "上报经理",
           "Melden aan leidinggevende", "მენეჯერისთვის მოხსენება"),
        _e("resolution", "Resolution target", "Срок решения", "处理时限", "Termijn oplossing",
           "გადაწყვეტის ვადა"),
        _e("callback", "Follow-up call", "Повторный звонок", "回访", "Terugbelafspraak",
           "შემდგომი დაკავშირება"),
    ],
    "case_part": [
        _e("hear", "Hear clearly", "Выслушать", "听清楚", "Goed luisteren", "მოსმენა"),
        _e("ask", "Ask clearly", "Уточнить", "问清楚", "Goed doorvragen", "დაზუსტება"),
        _e("follow", "Follow through", "Довести до конца", "跟进到底", "Opvolgen",
           "ბოლომდე მიყვანა"),
        _e("reply", "Reply clearly", "Ответить", "答复清楚", "Helder antwoorden", "პასუხი"),
        _e("record", "Record clearly", "Оформить", "记录清楚", "Vastleggen", "აღრიცხვა"),
        _e("report", "Report", "Доложить", "上报", "Melden", "მოხსენება"),
    ],
}


def _p(en: str, ru: str, zh: str, nl: str, ka: str) -> dict[str, str]:
    return {"en": en, "ru": ru, "zh_CN": zh, "nl": nl, "ka": ka}


PROMPTS: dict[str, list[dict[str, str]]] = {
    "hear": [
        _p("Let the customer finish; do not commit to anything yet.",
           "Дайте клиенту договорить; пока ничего не обещайте.",
           "让客户把话说完，先不要作任何承诺。",
           "Laat de klant uitpraten en beloof nog niets.",
           "მიეცით მომხმარებელს საუბრის დასრულების საშუალება; ჯერ არაფერი დაჰპირდეთ."),
        _p("Ask what the customer would like us to do.",
           "Спросите, чего клиент ждёт от нас.",
           "问清客户希望我们怎么做。",
           "Vraag wat de klant van ons verwacht.",
           "ჰკითხეთ, რას ელის მომხმარებელი ჩვენგან."),
        _p("Never argue, and never say \"it is in your contract\" or \"that is a management "
           "decision\".",
           "Не спорьте и не говорите «так написано в договоре» или «так решило руководство».",
           "不要争辩，也不要说“合同里写了”或“这是领导的决定”。",
           "Ga nooit in discussie en zeg nooit \"dat staat in uw contract\" of \"dat is een "
           "besluit van de directie\".",
           "ნუ იკამათებთ და ნუ იტყვით „ეს ხელშეკრულებაში წერია“ ან „ეს ხელმძღვანელობის "
           "გადაწყვეტილებაა“."),
    ],
    "ask": [
        _p("Ask open questions: what happened, when, where?",
           "Задавайте открытые вопросы: что случилось, когда, где?",
           "用开放式问题了解情况：发生了什么、什么时候、在哪里？",
           "Stel open vragen: wat is er gebeurd, wanneer, waar?",
           "დასვით ღია კითხვები: რა მოხდა, როდის, სად?"),
        _p("Paraphrase and confirm: \"So the heating in flat 12 has been off since Monday — "
           "is that right?\"",
           "Перескажите и уточните: «Итак, в квартире 12 с понедельника нет отопления — "
           "верно?»",
           "复述并确认：“也就是说，12号房从周一起就没有暖气了，对吗？”",
           "Vat samen en check: \"Dus de verwarming in appartement 12 doet het sinds maandag "
           "niet — klopt dat?\"",
           "გაიმეორეთ და დააზუსტეთ: „ესე იგი, მე-12 ბინაში ორშაბათიდან გათბობა არ "
           "მუშაობს — სწორია?“"),
    ],
    "follow": [
        _p("One named owner follows the case to the end.",
           "Один ответственный ведёт дело до конца.",
           "由一位指定负责人跟进到底。",
           "Eén vaste eigenaar volgt de zaak tot het einde.",
           "საქმეს ბოლომდე ერთი პასუხისმგებელი პირი მიჰყვება."),
        _p("If it cannot be solved now, agree a time for the next reply — and keep it.",
           "Если решить сразу нельзя, договоритесь о времени следующего ответа — и соблюдайте "
           "его.",
           "如果不能当场解决，与客户约定下次答复的时间，并按时答复。",
           "Lukt het niet meteen, spreek dan af wanneer u terugkomt — en kom die afspraak na.",
           "თუ ახლავე ვერ გვარდება, შეუთანხმდით შემდეგი პასუხის დროზე — და დაიცავით."),
        _p("Log every action and contact; mark internal notes as internal.",
           "Записывайте каждое действие и контакт; внутренние заметки отмечайте как "
           "внутренние.",
           "记录每一次处理和联系；内部备注请标为内部。",
           "Leg elke actie en elk contact vast; markeer interne notities als intern.",
           "ჩაიწერეთ ყოველი ქმედება და კონტაქტი; შიდა შენიშვნები მონიშნეთ როგორც შიდა."),
    ],
    "reply": [
        _p("Tell the customer the process and the result, in plain words.",
           "Простыми словами расскажите клиенту, что было сделано и каков результат.",
           "用通俗的话告诉客户处理过程和结果。",
           "Vertel de klant in gewone woorden wat er is gedaan en wat het resultaat is.",
           "მარტივი სიტყვებით აუხსენით მომხმარებელს, რა გაკეთდა და რა შედეგით."),
        _p("Close with four sentences: apologise again, thank them for their trust, thank them "
           "for showing us what to improve, say what will change.",
           "Завершите четырьмя фразами: ещё раз извинитесь, поблагодарите за доверие, "
           "поблагодарите за то, что помогли нам стать лучше, скажите, что изменится.",
           "结束时说四句话：再次致歉，感谢信任，感谢帮助我们改进，说明我们将做出的改变。",
           "Sluit af met vier zinnen: bied nogmaals excuses aan, bedank voor het vertrouwen, "
           "bedank dat de klant ons laat zien wat beter kan, vertel wat er verandert.",
           "დაასრულეთ ოთხი წინადადებით: კიდევ ერთხელ მოიხადეთ ბოდიში, მადლობა გადაუხადეთ "
           "ნდობისთვის, მადლობა — იმისთვის, რომ გვაჩვენა, რა უნდა გავაუმჯობესოთ, და "
           "უთხარით, რა შეიცვლება."),
    ],
    "record": [
        _p("Write the matter, the process and the result on the resolution form.",
           "Запишите суть, ход рассмотрения и результат в акт урегулирования.",
           "把事由、处理过程和结果写进处理结果确认单。",
           "Zet de klacht, de aanpak en het resultaat op het oplossingsformulier.",
           "ჩაწერეთ საკითხი, განხილვის მსვლელობა და შედეგი გადაწყვეტის ფორმაში."),
        _p("Have the customer confirm it with their signature, then archive it.",
           "Попросите клиента подтвердить его подписью и сдайте в архив.",
           "请客户签字确认后归档。",
           "Laat de klant tekenen ter bevestiging en archiveer het formulier.",
           "მომხმარებელმა ხელმოწერით დაადასტუროს, შემდეგ დაარქივეთ."),
    ],
    "report": [
        _p("Report a major complaint at once to the department manager and the head of the "
           "office.",
           "О серьёзной жалобе немедленно сообщите руководителю отдела и руководителю офиса.",
           "重大投诉须立即上报部门经理和主管负责人。",
           "Meld een ernstige klacht direct aan de afdelingsmanager en het hoofd van het "
           "kantoor.",
           "მნიშვნელოვანი საჩივრის შესახებ დაუყოვნებლივ აცნობეთ განყოფილების "
           "ხელმძღვანელს და ოფისის ხელმძღვანელს."),
        _p("Record to whom, when and how you reported, and the manager's acknowledgement.",
           "Укажите, кому, когда и как вы сообщили, и отметьте подтверждение руководителя.",
           "记录上报对象、时间和方式，以及经理的确认。",
           "Leg vast aan wie, wanneer en hoe u het meldde, en de bevestiging van de "
           "leidinggevende.",
           "ჩაწერეთ, ვის, როდის და როგორ აცნობეთ, და მენეჯერის დადასტურება."),
    ],
}


def label(list_name: str, code: str, lang: str) -> str:
    """The default label of a list entry, in `lang` (English when unknown)."""
    for entry in DEFAULT_LISTS.get(list_name, []):
        if entry["code"] == code:
            return entry["labels"].get(lang) or entry["labels"]["en"]
    return code


def codes(list_name: str) -> list[str]:
    return [entry["code"] for entry in DEFAULT_LISTS.get(list_name, [])]


def prompts(part: str, lang: str) -> list[str]:
    return [p.get(lang) or p["en"] for p in PROMPTS.get(part, [])]
