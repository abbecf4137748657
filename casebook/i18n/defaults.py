"""Default editable lists and good-practice prompts, in the five languages.

A new casebook copies `DEFAULT_LISTS` into its `list_entry` table, where the
business can rename, add or retire entries; cases store the stable `code`,
so a renamed label never changes what old cases mean. `PROMPTS` are the short
reminders each of the six parts shows on screen (SPEC §2, "guidance, not
gatekeeping").

Every term follows `translations/GLOSSARY.md` and the SPEC §5 vocabulary, so
a label here reads the same as the `.ts`/`.po` catalogues and the printed
form. Plain data and three lookup helpers: no Qt, so the CLI, the PDF code
and scripts can use it without a display.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "zh_CN", "nl", "ka")


def _e(code: str, en: str, ru: str, zh: str, nl: str, ka: str, **extra) -> dict:
    """One list entry; positional languages keep the tables below readable."""
    return {"code": code, "labels": {"en": en, "ru": ru, "zh_CN": zh, "nl": nl, "ka": ka},
            **extra}


def _t(en: str, ru: str, zh: str, nl: str, ka: str) -> dict[str, str]:
    """One text in the five languages (a prompt or a hint)."""
    return {"en": en, "ru": ru, "zh_CN": zh, "nl": nl, "ka": ka}


DEFAULT_LISTS: dict[str, list[dict]] = {
    "channel": [
        _e("walk_in", "Walk-in", "Лично", "来访", "Aan de balie", "პირადად"),
        _e("phone", "Phone", "Телефон", "电话", "Telefoon", "ტელეფონი"),
        _e("email", "Email", "Электронная почта", "电子邮件", "E-mail", "ელფოსტა"),
        _e("letter", "Letter", "Письмо", "信函", "Brief", "წერილი"),
        _e("messenger", "Messenger", "Мессенджер", "即时通讯", "Berichtenapp", "მესენჯერი"),
        _e("other", "Other", "Другое", "其他", "Anders", "სხვა"),
    ],
    # The SPEC §5 words exactly; tests pin them.
    "kind": [
        _e("complaint", "Complaint", "Жалоба", "投诉", "Klacht", "საჩივარი"),
        _e("claim", "Claim", "Претензия", "索赔", "Formele claim", "პრეტენზია"),
    ],
    # Both severities name the complaint so the pair reads as a choice, as
    # 一般投诉/重大投诉 does at a Chinese property desk.
    "severity": [
        _e("general", "General complaint", "Обычная жалоба", "一般投诉", "Gewone klacht",
           "ჩვეულებრივი საჩივარი"),
        _e("major", "Major complaint", "Серьёзная жалоба", "重大投诉", "Ernstige klacht",
           "სერიოზული საჩივარი"),
    ],
    "nature": [
        _e("transactional", "Transactional", "Разовый сбой", "偶发问题", "Eenmalige fout",
           "ერთჯერადი ხარვეზი",
           hint=_t("One interaction went wrong.",
                   "Что-то пошло не так в одном конкретном случае.",
                   "某一次服务出了问题。",
                   "Eén contactmoment ging mis.",
                   "შეცდომა მოხდა ერთ კონკრეტულ შემთხვევაში.")),
        _e("relational", "Relational", "Подорванное доверие", "关系受损", "Geschaad vertrouwen",
           "შელახული ნდობა",
           hint=_t("The relationship or trust is damaged.",
                   "Пострадали отношения с клиентом или его доверие.",
                   "客户关系或信任受到损害。",
                   "De relatie of het vertrouwen is beschadigd.",
                   "დაზიანებულია ურთიერთობა ან ნდობა.")),
        _e("systemic", "Systemic", "Системная проблема", "系统性问题", "Structureel probleem",
           "სისტემური პრობლემა",
           hint=_t("Recurs across many customers: record a root cause and a preventive "
                   "action.",
                   "Повторяется у многих клиентов: укажите первопричину и меры "
                   "предотвращения.",
                   "在多位客户身上反复出现：请记录根本原因和预防措施。",
                   "Komt bij veel klanten terug: leg de grondoorzaak en een preventieve "
                   "maatregel vast.",
                   "მეორდება ბევრ მომხმარებელთან: ჩაწერეთ ძირეული მიზეზი და "
                   "პრევენციული ზომა.")),
    ],
    # `sector` lets settings offer a shop only the retail list and a
    # property office only the property list; "any" suits both.
    "category": [
        _e("product_quality", "Product quality", "Качество товара", "产品质量",
           "Productkwaliteit", "პროდუქტის ხარისხი", sector="retail"),
        _e("wrong_item", "Wrong item", "Не тот товар", "商品不符", "Verkeerd artikel",
           "არასწორი ნივთი", sector="retail"),
        _e("delivery", "Delivery", "Доставка", "配送", "Bezorging", "მიწოდება",
           sector="retail"),
        _e("billing", "Billing", "Счета и оплата", "账单与收费", "Rekening en betaling",
           "ანგარიშსწორება", sector="retail"),
        _e("staff_attitude", "Staff attitude", "Отношение персонала", "服务态度",
           "Bejegening door medewerkers", "პერსონალის დამოკიდებულება", sector="retail"),
        _e("returns", "Returns", "Возврат товара", "退换货", "Retouren", "საქონლის დაბრუნება",
           sector="retail"),
        _e("noise", "Noise", "Шум", "噪音", "Geluidsoverlast", "ხმაური", sector="property"),
        _e("shared_facilities", "Shared facilities", "Места общего пользования", "公共设施",
           "Gemeenschappelijke voorzieningen", "საერთო სარგებლობის სივრცეები",
           sector="property"),
        _e("unit_repairs", "Repairs in the unit", "Ремонт в квартире", "室内维修",
           "Reparaties in de woning", "შეკეთება ბინაში", sector="property"),
        _e("lost_mail", "Lost mail", "Пропавшая почта", "信件丢失", "Zoekgeraakte post",
           "დაკარგული ფოსტა", sector="property"),
        _e("cleaning_grounds", "Cleaning and grounds", "Уборка и содержание территории",
           "清洁与绿化", "Schoonmaak en groenonderhoud", "დასუფთავება და ეზოს მოვლა",
           sector="property"),
        _e("pests", "Pests", "Вредители", "虫鼠害", "Ongedierte", "მავნებლები",
           sector="property"),
        _e("other_services", "Other services", "Прочие услуги", "其他服务", "Overige diensten",
           "სხვა მომსახურება", sector="property"),
        _e("other", "Other", "Другое", "其他", "Overig", "სხვა", sector="any"),
    ],
    # `money` decides whether the reply part asks for an amount and currency
    # and whether the role's authority limit applies.
    "resolution_type": [
        _e("refund", "Refund", "Возврат денег", "退款", "Terugbetaling", "თანხის დაბრუნება",
           money=True),
        _e("exchange", "Exchange or replacement", "Обмен или замена", "换货或更换",
           "Omruilen of vervangen", "გაცვლა ან შეცვლა", money=False),
        _e("repair", "Repair", "Ремонт", "维修", "Reparatie", "შეკეთება", money=False),
        _e("compensation", "Compensation", "Компенсация", "赔偿", "Schadevergoeding",
           "კომპენსაცია", money=True),
        _e("discount", "Discount or credit", "Скидка или бонус", "折扣或抵用金",
           "Korting of tegoed", "ფასდაკლება ან ბონუსი", money=True),
        _e("apology", "Apology", "Извинения", "道歉", "Excuses", "ბოდიშის მოხდა", money=False),
        _e("explanation", "Explanation (complaint not upheld)",
           "Разъяснение (жалоба не подтвердилась)", "解释说明（投诉不成立）",
           "Uitleg (klacht niet gegrond)", "განმარტება (საჩივარი არ დადასტურდა)", money=False),
        _e("other", "Other", "Другое", "其他", "Anders", "სხვა", money=False),
    ],
    # Any one of these makes a case major (SPEC §2); they are phrased as
    # incidents so the desk can tick them while the customer is still talking.
    "major_trigger": [
        _e("fire", "Fire", "Пожар", "火灾", "Brand", "ხანძარი"),
        _e("lift_entrapment", "People trapped in a lift", "Люди застряли в лифте", "电梯困人",
           "Personen opgesloten in de lift", "ლიფტში ჩარჩენილი ადამიანები"),
        _e("explosion", "Explosion", "Взрыв", "爆炸", "Explosie", "აფეთქება"),
        _e("power_cut", "Sudden power cut", "Внезапное отключение электричества", "突然停电",
           "Plotselinge stroomuitval", "ელექტროენერგიის მოულოდნელი გათიშვა"),
        _e("flooding", "Flooding", "Затопление", "水淹", "Wateroverlast", "დატბორვა"),
        _e("theft_vandalism", "Theft or vandalism", "Кража или вандализм", "盗窃或破坏",
           "Diefstal of vandalisme", "ქურდობა ან ვანდალიზმი"),
        _e("criminal", "Criminal matter", "Криминальное происшествие", "刑事案件",
           "Strafbaar feit", "სისხლის სამართლის დანაშაული"),
        _e("collective", "Collective complaint (3 or more households or customers)",
           "Коллективная жалоба (от 3 квартир или клиентов)",
           "集体投诉（三户或三位以上客户）",
           "Collectieve klacht (3 of meer huishoudens of klanten)",
           "კოლექტიური საჩივარი (3 ან მეტი ოჯახი ან მომხმარებელი)"),
        _e("major_plant_failure",
           "Failure of major plant (central air-conditioning, generator, switchgear, "
           "communications)",
           "Авария основного инженерного оборудования (центральный кондиционер, генератор, "
           "электрощитовая, связь)",
           "重要设备故障（中央空调、发电机、配电设备、通信）",
           "Uitval van belangrijke installaties (centrale airco, noodstroomaggregaat, "
           "hoofdverdeler, communicatie)",
           "ძირითადი აღჭურვილობის მწყობრიდან გამოსვლა (ცენტრალური კონდიცირება, "
           "გენერატორი, გამანაწილებელი მოწყობილობა, კავშირგაბმულობა)"),
        _e("structural_damage", "Damage to the building structure",
           "Повреждение конструкций здания", "建筑结构受损",
           "Schade aan de bouwconstructie", "შენობის კონსტრუქციის დაზიანება"),
        _e("repeat_complaint", "Repeat complaint about the same matter",
           "Повторная жалоба по тому же вопросу", "同一问题重复投诉",
           "Herhaalde klacht over dezelfde kwestie", "განმეორებითი საჩივარი იმავე საკითხზე"),
        _e("media_legal_threat", "Threat of media exposure or legal action",
           "Угроза обратиться в СМИ или в суд", "扬言向媒体曝光或诉诸法律",
           "Dreiging met media of juridische stappen",
           "მედიაში გასაჯაროების ან სასამართლოში მიმართვის მუქარა"),
    ],
    # Russian agrees with «клиент» (grammatically masculine for anyone).
    "mood": [
        _e("calm", "Calm", "Спокоен", "平静", "Kalm", "მშვიდი"),
        _e("upset", "Upset", "Расстроен", "不满", "Ontstemd", "უკმაყოფილო"),
        _e("angry", "Angry", "Рассержен", "愤怒", "Boos", "გაბრაზებული"),
        _e("distressed", "Distressed", "Встревожен", "焦虑", "Overstuur", "შეშფოთებული"),
    ],
    "role": [
        _e("desk", "Desk clerk", "Администратор", "前台", "Baliemedewerker", "ადმინისტრატორი"),
        _e("handler", "Case handler", "Исполнитель", "处理人", "Behandelaar", "შემსრულებელი"),
        _e("manager", "Manager", "Руководитель", "经理", "Leidinggevende", "მენეჯერი"),
    ],
    "deadline_kind": [
        _e("reply", "Agreed reply time", "Согласованное время ответа", "约定答复时间",
           "Afgesproken terugkoppeltijd", "შეთანხმებული პასუხის დრო"),
        _e("acknowledge", "First contact", "Срок первого контакта", "首次联系",
           "Eerste contact", "პირველი კონტაქტი"),
        _e("report", "Report to the manager", "Срок доклада руководителю", "上报经理",
           "Melden aan leidinggevende", "მენეჯერისთვის მოხსენება"),
        _e("resolution", "Resolution target", "Срок решения", "处理时限",
           "Streeftermijn oplossing", "გადაწყვეტის ვადა"),
        _e("callback", "Satisfaction callback", "Контрольный звонок", "回访", "Terugbelafspraak",
           "შემდგომი დაკავშირება"),
        # terms set by law, and by a sector code (good practice, never passed off as law)
        _e("statutory", "Deadline set by law", "Срок по закону", "法定时限", "Wettelijke termijn",
           "კანონით დადგენილი ვადა"),
        _e("code", "Deadline set by a sector code", "Срок по отраслевому кодексу",
           "行业规范时限", "Termijn volgens branchecode", "დარგობრივი კოდექსის ვადა"),
    ],
    # What the customer asks for, as a code (hear.remedy_type; fixed: the interchange
    # format names these codes). Russian as a claim words it («требование о замене»).
    "remedy_type": [
        _e("refund", "Refund", "Возврат денег", "退款", "Terugbetaling", "თანხის დაბრუნება"),
        _e("replacement", "Replacement", "Замена товара", "更换", "Vervanging", "შეცვლა"),
        _e("repair", "Repair", "Ремонт", "维修", "Reparatie", "შეკეთება"),
        _e("price_reduction", "Price reduction", "Уменьшение цены", "减价", "Prijsverlaging",
           "ფასის შემცირება"),
        _e("compensation", "Compensation", "Компенсация", "赔偿", "Schadevergoeding",
           "კომპენსაცია"),
        _e("apology", "Apology or explanation", "Извинения или разъяснение", "道歉或解释",
           "Excuses of uitleg", "ბოდიში ან განმარტება"),
        _e("other", "Other", "Другое", "其他", "Anders", "სხვა"),
    ],
    # What a case is about and how it was sold: rules set by law follow them (fixed codes).
    "about": [
        _e("goods", "Goods", "Товар", "商品", "Product", "საქონელი"),
        _e("service", "Service or work", "Услуга или работа", "服务或工作", "Dienst of werk",
           "მომსახურება ან სამუშაო"),
        _e("personal_data", "Personal data", "Персональные данные", "个人信息",
           "Persoonsgegevens", "პერსონალური მონაცემები"),
    ],
    "sale": [
        _e("premises", "In our shop or office", "В магазине или офисе", "门店或办公场所内",
           "In de winkel of op kantoor", "მაღაზიაში ან ოფისში"),
        _e("distance", "At a distance (online, phone, mail order)",
           "Дистанционно (интернет, телефон, почта)", "远程（网络、电话、邮购）",
           "Op afstand (online, telefoon, postorder)",
           "დისტანციურად (ინტერნეტი, ტელეფონი, ფოსტა)"),
        _e("off_premises", "Away from our premises (at the door, at a fair)",
           "Вне торгового помещения (на дому, на выставке)", "经营场所以外（上门、展会）",
           "Buiten de verkoopruimte (aan de deur, op een beurs)",
           "სარეწს გარეთ (სახლში, გამოფენაზე)"),
    ],
    # The six parts of "five clears + one report". Chinese keeps the names of
    # 五清一报 that desk staff already know; the others use the shortest
    # heading a native speaker would put over a checklist step.
    "case_part": [
        _e("hear", "Hear clearly", "Выслушать", "听清楚", "Goed luisteren", "მოსმენა"),
        _e("ask", "Ask clearly", "Уточнить", "问清楚", "Goed doorvragen", "დაზუსტება"),
        _e("follow", "Follow through", "Довести до конца", "跟清楚", "Goed opvolgen",
           "ბოლომდე მიყვანა"),
        _e("reply", "Reply clearly", "Ответить", "答清楚", "Helder antwoorden", "პასუხი"),
        _e("record", "Record clearly", "Оформить", "记清楚", "Goed vastleggen", "აღრიცხვა"),
        _e("report", "Report", "Доложить", "上报", "Melden", "მოხსენება"),
    ],
}


PROMPTS: dict[str, list[dict[str, str]]] = {
    "hear": [
        _t("Let the customer finish; do not commit to anything yet.",
           "Дайте клиенту договорить; пока ничего не обещайте.",
           "让客户把话说完，先不要作任何承诺。",
           "Laat de klant uitpraten en beloof nog niets.",
           "მიეცით მომხმარებელს საუბრის დასრულების საშუალება; ჯერ არაფერი დაჰპირდეთ."),
        _t("Ask what the customer would like us to do.",
           "Спросите, чего клиент ждёт от нас.",
           "问清客户希望我们怎么做。",
           "Vraag wat de klant van ons verwacht.",
           "ჰკითხეთ, რას ელის მომხმარებელი ჩვენგან."),
        _t("Never argue with the customer.",
           "Никогда не спорьте с клиентом.",
           "不要和客户争辩。",
           "Ga nooit in discussie met de klant.",
           "ნუ შეეკამათებით მომხმარებელს."),
        _t("Do not say “it is in your contract” or “that is a management "
           "decision”.",
           "Не говорите «это прописано в вашем договоре» или «это решение руководства».",
           "不要说“合同里写着呢”或“这是领导的决定”。",
           "Zeg niet “dat staat in uw contract” of “dat heeft de directie "
           "besloten”.",
           "ნუ იტყვით: „ეს თქვენს ხელშეკრულებაში წერია“ ან „ეს ხელმძღვანელობის "
           "გადაწყვეტილებაა“."),
    ],
    "ask": [
        _t("Ask open questions: what happened, when, where?",
           "Задавайте открытые вопросы: что случилось, когда, где?",
           "用开放式问题了解情况：发生了什么、什么时候、在哪里？",
           "Stel open vragen: wat is er gebeurd, wanneer, waar?",
           "დასვით ღია კითხვები: რა მოხდა, როდის, სად?"),
        _t("Sum up and ask the customer to confirm: “So the heating in flat 12 has been "
           "off since Monday — is that right?”",
           "Перескажите своими словами и попросите подтвердить: «Правильно я понимаю, что в "
           "квартире 12 с понедельника нет отопления?»",
           "复述要点并请客户确认：“也就是说，12号房从周一起就没有暖气了，对吗？”",
           "Vat samen en vraag om bevestiging: “Dus de verwarming in appartement 12 doet "
           "het sinds maandag niet meer, klopt dat?”",
           "შეაჯამეთ და სთხოვეთ მომხმარებელს დადასტურება: „ანუ მე-12 ბინაში ორშაბათიდან "
           "გათბობა არ მუშაობს, სწორად გავიგე?“"),
    ],
    "follow": [
        _t("One named owner follows the case to the end.",
           "Обращение до конца ведёт один ответственный сотрудник.",
           "由一位指定负责人跟进到底。",
           "Eén vaste eigenaar volgt de zaak tot het einde.",
           "საქმეს ბოლომდე ერთი პასუხისმგებელი პირი მიჰყვება."),
        _t("Whoever takes the complaint owns it until they hand it over.",
           "Кто принял жалобу, тот за неё и отвечает, пока не передаст её коллеге.",
           "谁受理，谁负责，直到正式移交为止。",
           "Wie de klacht aanneemt, blijft eigenaar tot de zaak uitdrukkelijk is "
           "overgedragen.",
           "ვინც საჩივარი მიიღო, ის არის პასუხისმგებელი, სანამ საქმეს სხვას არ გადასცემს."),
        _t("If it cannot be solved now, agree a time for the next reply with the customer "
           "— and keep it.",
           "Если сразу решить нельзя, договоритесь с клиентом о времени следующего ответа "
           "— и выполните обещание.",
           "如果不能当场解决，与客户约定下次答复的时间，并按时答复。",
           "Lukt het niet meteen, spreek dan met de klant een tijd af voor de terugkoppeling "
           "— en houd u daaraan.",
           "თუ საკითხი ადგილზე ვერ გადაწყდა, შეუთანხმდით მომხმარებელს შემდეგი პასუხის "
           "დროს — და დაიცავით ეს დრო."),
        _t("Log every action and contact; mark notes for staff only as internal.",
           "Записывайте каждое действие и контакт; заметки только для сотрудников "
           "отмечайте как внутренние.",
           "记录每一次处理和联系；仅供内部参考的备注请标为内部。",
           "Leg elke actie en elk contact vast; markeer notities die alleen voor collega's "
           "zijn als intern.",
           "ჩაიწერეთ ყოველი ქმედება და კონტაქტი; მხოლოდ თანამშრომლებისთვის განკუთვნილი "
           "შენიშვნები მონიშნეთ როგორც შიდა."),
    ],
    "reply": [
        _t("Tell the customer the process and the result, in plain words.",
           "Простыми словами расскажите клиенту, что было сделано и каков результат.",
           "用通俗的话告诉客户处理过程和结果。",
           "Vertel de klant in gewone woorden wat er is gedaan en wat het resultaat is.",
           "მარტივი სიტყვებით აუხსენით მომხმარებელს, რა გაკეთდა და რა შედეგით."),
        _t("Close with four sentences: apologise again, thank them for their trust, thank "
           "them for showing us what to improve, say what will change.",
           "Завершите четырьмя фразами: ещё раз извинитесь, поблагодарите за доверие, "
           "поблагодарите за то, что указали, что нам нужно улучшить, и скажите, что "
           "изменится.",
           "结束时说好四句话：再次致歉；感谢客户的信任；感谢客户指出我们的不足；说明我们将如何改进。",
           "Sluit af met vier zinnen: bied nogmaals excuses aan, bedank de klant voor het "
           "vertrouwen, bedank de klant dat die ons heeft laten zien wat beter kan, en vertel "
           "wat er gaat veranderen.",
           "დაასრულეთ ოთხი წინადადებით: კიდევ ერთხელ მოუხადეთ ბოდიში; მადლობა გადაუხადეთ "
           "ნდობისთვის; მადლობა გადაუხადეთ იმისთვის, რომ მიგვითითა, რა უნდა "
           "გავაუმჯობესოთ; უთხარით, რა შეიცვლება."),
    ],
    "record": [
        _t("Write the matter, the process and the result on the resolution form.",
           "Запишите суть жалобы, ход рассмотрения и результат в акт урегулирования.",
           "把投诉事由、处理过程和结果写进处理结果确认单。",
           "Zet de klacht, de aanpak en het resultaat op het oplossingsformulier.",
           "ჩაწერეთ საკითხი, განხილვის მსვლელობა და შედეგი გადაწყვეტის ფორმაში."),
        _t("Have the customer sign the form to confirm it, then archive it.",
           "Попросите клиента подписать акт в подтверждение и сдайте его в архив.",
           "请客户在确认单上签字确认，然后归档。",
           "Laat de klant het formulier ter bevestiging ondertekenen en archiveer het.",
           "სთხოვეთ მომხმარებელს, ხელმოწერით დაადასტუროს ფორმა, შემდეგ კი დაარქივეთ."),
        _t("After signing, change nothing silently: record an amendment with its reason.",
           "После подписания ничего не меняйте молча: оформите изменение с указанием "
           "причины.",
           "签字后不得随意改动：如需修改，须登记修改原因。",
           "Wijzig na ondertekening niets ongemerkt: leg een wijziging vast met de reden.",
           "ხელმოწერის შემდეგ ჩუმად არაფერი შეცვალოთ: ნებისმიერი ცვლილება დააფიქსირეთ "
           "მიზეზის მითითებით."),
    ],
    "report": [
        _t("Report a major complaint at once to the department manager and the head of the "
           "office.",
           "О серьёзной жалобе немедленно сообщите начальнику отдела и руководителю офиса.",
           "重大投诉须立即上报部门经理和管理处负责人。",
           "Meld een ernstige klacht direct bij het afdelingshoofd en de kantoormanager.",
           "სერიოზული საჩივრის შესახებ დაუყოვნებლივ აცნობეთ განყოფილების უფროსს და "
           "ოფისის ხელმძღვანელს."),
        _t("Record to whom, when and how you reported it, and when the manager acknowledged "
           "it.",
           "Запишите, кому, когда и как вы сообщили, и когда руководитель подтвердил "
           "получение.",
           "记录上报对象、时间和方式，以及经理确认的时间。",
           "Leg vast aan wie, wanneer en hoe u het hebt gemeld, en wanneer de leidinggevende "
           "dit heeft bevestigd.",
           "ჩაწერეთ, ვის, როდის და როგორ აცნობეთ, და როდის დაადასტურა მენეჯერმა."),
    ],
}


def _pick(texts: dict[str, str], lang: str) -> str:
    """`lang`'s text; a regional variant uses its base language, else English.

    "nl_BE" finds "nl" and "zh" finds "zh_CN": a near language serves a reader
    better than English, and English is the source every entry has.
    """
    if texts.get(lang):
        return texts[lang]
    base = lang.replace("-", "_").split("_")[0]
    for key, text in texts.items():
        if text and key.split("_")[0] == base:
            return text
    return texts["en"]


def label(list_name: str, code: str, lang: str) -> str:
    """The default label of a list entry in `lang`, falling back to English.

    An unknown code comes back as itself, so an entry the business added
    later (or retired) still shows something readable.
    """
    for entry in DEFAULT_LISTS.get(list_name, []):
        if entry["code"] == code:
            return _pick(entry["labels"], lang)
    return code


def codes(list_name: str) -> list[str]:
    """The codes of a default list, in display order (empty for an unknown list)."""
    return [entry["code"] for entry in DEFAULT_LISTS.get(list_name, [])]


def prompts(part: str, lang: str) -> list[str]:
    """The good-practice prompts of a case part in `lang`, falling back to English."""
    return [_pick(p, lang) for p in PROMPTS.get(part, [])]
