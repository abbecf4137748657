<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AcceptedCombo</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Пока нет</translation>
    </message>
</context>
<context>
    <name>ActionLog</name>
    <message>
        <source>Actions and contacts</source>
        <translation>Действия и контакты</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только для персонала</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook found edits that were not saved last time. Restore them?</source>
        <translation>Casebook нашёл изменения, которые в прошлый раз не были сохранены. Восстановить их?</translation>
    </message>
    <message>
        <source>Creating the demo casebook ({count} cases)…</source>
        <translation>Создаём демонстрационный журнал обращений ({count} обращений)…</translation>
    </message>
    <message>
        <source>Casebook stopped unexpectedly last time. The details are in {path}; please send them to your support contact.</source>
        <translation>В прошлый раз Casebook неожиданно закрылся. Подробности в {path}; отправьте их в службу поддержки.</translation>
    </message>
    <message>
        <source>Case {ref} no longer exists; its unsaved edits were kept in {path}.</source>
        <translation>Обращения {ref} больше нет; его несохранённые изменения сохранены в {path}.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Одобрение руководителя</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>PIN-код руководителя</translation>
    </message>
    <message>
        <source>{name} approves the amount of {amount}: {name} types their PIN.</source>
        <translation>{name} одобряет сумму {amount}: {name} вводит свой PIN-код.</translation>
    </message>
</context>
<context>
    <name>AskForm</name>
    <message>
        <source>When it happened</source>
        <translation>Когда это произошло</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Product, order or unit</source>
        <translation>Товар, заказ или помещение</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Вопросы и ответы</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>&amp;Summary to confirm</source>
        <translation>Краткое &amp;изложение для подтверждения</translation>
    </message>
    <message>
        <source>So … — is that right?</source>
        <translation>Итак, … — верно?</translation>
    </message>
    <message>
        <source>The customer confir&amp;med the summary</source>
        <translation>Клиент подтвердил краткое изло&amp;жение</translation>
    </message>
    <message>
        <source>Goods received by the customer</source>
        <translation>Клиент получил товар</translation>
    </message>
    <message>
        <source>Goods back with us</source>
        <translation>Товар вернулся к нам</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Major complaint — report to the manager now</source>
        <translation>Серьёзная жалоба — немедленно сообщите руководителю</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Сохранить обращение (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go to the report</source>
        <translation>Перейти к докладу</translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <source>The customer has signed this case, and the agreed reply time changes. Why? Both changes are logged.</source>
        <translation>Клиент уже подписал это обращение, а согласованное время ответа меняется. Почему? Оба изменения будут записаны.</translation>
    </message>
    <message>
        <source>The customer has signed this case. Why is it being changed? The change is logged as an amendment.</source>
        <translation>Клиент уже подписал это обращение. Почему вы его меняете? Изменение будет записано как поправка.</translation>
    </message>
    <message>
        <source>The customer was promised a reply at {when}. Why does the agreed time change?</source>
        <translation>Клиенту обещан ответ в {when}. Почему меняется согласованное время?</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>Only a major complaint is reported.</source>
        <translation>Докладывают только о серьёзных жалобах.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Still needed: {missing}</source>
        <translation>Ещё нужно: {missing}</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>Доложить сейчас</translation>
    </message>
    <message>
        <source>Signed already.</source>
        <translation>Уже подписано.</translation>
    </message>
    <message>
        <source>The customer signs once the reply is recorded. Still needed: {missing}</source>
        <translation>Клиент подписывает акт, когда ответ записан. Ещё нужно: {missing}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Resolved, awaiting signature</source>
        <translation>Решено, ждёт подписи</translation>
    </message>
    <message>
        <source>Closed, signed</source>
        <translation>Закрыто, подписано</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Print the receipt the customer takes from the counter</source>
        <translation>Напечатать подтверждение приёма, которое клиент заберёт с собой</translation>
    </message>
    <message>
        <source>Changed at another desk since you opened it. Your edits are kept; saving shows what changed.</source>
        <translation>С тех пор как вы открыли обращение, его изменили на другом рабочем месте. Ваши правки сохранены в редакторе; при сохранении будет показано, что изменилось.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next reply</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Ждёт подписи</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Серьёзная</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>напр. {example}</translation>
    </message>
    <message>
        <source>Type the date and time as {example}, or pick the day (F4)</source>
        <translation>Введите дату и время так: {example} — или выберите день в календаре (F4)</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (F4)</source>
        <translation>Выбрать день в календаре (F4)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Fill in the current date and time</source>
        <translation>Подставить текущие дату и время</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date and time. Type it like this: {example}</source>
        <translation>{field}: «{text}» — это не дата и время. Введите так: {example}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Change the person at the desk: what they do is recorded as theirs</source>
        <translation>Сменить сотрудника за стойкой: все действия записываются на того, кто сейчас за стойкой</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>За стойкой: {name}</translation>
    </message>
    <message>
        <source>Change person at the desk</source>
        <translation>Сменить сотрудника за стойкой</translation>
    </message>
    <message>
        <source>Casebook is locked</source>
        <translation>Casebook заблокирован</translation>
    </message>
    <message>
        <source>Nobody used Casebook for {minutes} minutes, so it locked. Who is at the desk?</source>
        <translation>Casebook не использовался {minutes} мин. и заблокировался. Кто сейчас за стойкой?</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Keep Casebook running in the tray when the window is closed, to remind me of follow-ups</source>
        <translation>После закрытия окна оставлять Casebook в области уведомлений, чтобы он напоминал о сроках</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>На этом рабочем столе нет области уведомлений.</translation>
    </message>
    <message>
        <source>Open Casebook when I log in</source>
        <translation>Запускать Casebook при входе в систему</translation>
    </message>
    <message>
        <source>Casebook could not change how it starts at login: {reason}</source>
        <translation>Не удалось изменить автозапуск Casebook при входе в систему: {reason}</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Open case</source>
        <translation>Открыть обращение</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Напомнить через 15 мин</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Due now</source>
        <translation>Срок наступил</translation>
    </message>
    <message>
        <source>missed — escalated to the managers</source>
        <translation>срок пропущен — передано руководителям</translation>
    </message>
</context>
<context>
    <name>ErasureOptions</name>
    <message>
        <source>These customer records look like the same person. Tick those to erase too:</source>
        <translation>Эти записи клиентов похожи на того же человека. Отметьте те, из которых тоже нужно удалить персональные данные:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>та же эл. почта</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message>
        <source>{details} — cases {refs} ({why})</source>
        <translation>{details} — обращения {refs} ({why})</translation>
    </message>
    <message>
        <source>Erase it from the automatic backups too</source>
        <translation>Удалить эти данные и из автоматических резервных копий</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>Добро пожаловать в Casebook</translation>
    </message>
    <message>
        <source>This casebook is new. Tell Casebook who you are; you can add your colleagues later under Staff.</source>
        <translation>Это новый журнал обращений. Укажите, кто вы; коллег можно будет добавить позже в разделе «Сотрудники».</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ваша роль</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Open the demo casebook instead</source>
        <translation>Открыть демонстрационный журнал</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Страна компании</translation>
    </message>
    <message>
        <source>Deadlines set by law follow the country; you can change it later in Settings.</source>
        <translation>Сроки по закону зависят от страны; её можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>EU rules apply to us</source>
        <translation>На нас распространяются правила ЕС</translation>
    </message>
</context>
<context>
    <name>FollowForm</name>
    <message>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Ещё не согласовано</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Через час</translation>
    </message>
    <message>
        <source>This afternoon (15:00)</source>
        <translation>Сегодня в 15:00</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 09:00</source>
        <translation>&amp;Завтра в 09:00</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>Другое время…</translation>
    </message>
    <message>
        <source>Agreed &amp;next reply</source>
        <translation>Следующий &amp;ответ</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Ждём ответа клиента</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <source>What was done or said…</source>
        <translation>Что сделано или сказано…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только для персонала</translation>
    </message>
    <message>
        <source>An internal note: not shown to the customer</source>
        <translation>Внутренняя заметка: клиент её не увидит</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Act&amp;ions and contacts</source>
        <translation>&amp;Действия и контакты</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Сначала сохраните обращение</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>Передать обращение</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Новый ответственный</translation>
    </message>
    <message>
        <source>What the new owner needs to know</source>
        <translation>Что нужно знать новому ответственному</translation>
    </message>
    <message>
        <source>Note for the new owner</source>
        <translation>Заметка для нового ответственного</translation>
    </message>
    <message>
        <source>&amp;New owner</source>
        <translation>&amp;Новый ответственный</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Запись</translation>
    </message>
</context>
<context>
    <name>HearForm</name>
    <message>
        <source>Type a name to find a known customer</source>
        <translation>Введите имя, чтобы найти клиента</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Where a reply letter goes</source>
        <translation>Куда отправить ответное письмо</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>Квартира / помещение</translation>
    </message>
    <message>
        <source>Account / order no.</source>
        <translation>Лицевой счёт / № заказа</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Язык клиента</translation>
    </message>
    <message>
        <source>Ask which language the customer reads: their form and letters are printed in it.</source>
        <translation>Спросите, на каком языке клиенту удобно читать: акт и письма печатаются на нём.</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>Со &amp;слов клиента</translation>
    </message>
    <message>
        <source>What happened, as the customer tells it</source>
        <translation>Что произошло — со слов клиента</translation>
    </message>
    <message>
        <source>What the customer w&amp;ants</source>
        <translation>Что &amp;хочет клиент</translation>
    </message>
    <message>
        <source>Ask: what would you like us to do?</source>
        <translation>Спросите: что бы вы хотели, чтобы мы сделали?</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>Способ обращения</translation>
    </message>
    <message>
        <source>by</source>
        <translation>принял(а)</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Время получения</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Характер</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>Меры предотвращения</translation>
    </message>
    <message>
        <source>Major complaint — report it at once</source>
        <translation>Серьёзная жалоба — доложите немедленно</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>Серьёзная жалоба</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>Признаки серьёзной жалобы</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>About a member of staff</source>
        <translation>Жалоба на сотрудника</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— никто —</translation>
    </message>
    <message>
        <source>{name} is named in this complaint and cannot own the case: choose who received it, or hand it over.</source>
        <translation>{name} упоминается в этой жалобе и не может быть ответственным: укажите, кто принял обращение, или передайте его.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier cases (%n):</source>
        <translation>
            <numerusform>Прежние обращения (%n):</numerusform>
            <numerusform>Прежние обращения (%n):</numerusform>
            <numerusform>Прежние обращения (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Способ продажи</translation>
    </message>
    <message>
        <source>Price or amount in dispute</source>
        <translation>Цена или спорная сумма</translation>
    </message>
    <message>
        <source>The price paid, or the amount the customer claims</source>
        <translation>Уплаченная цена или сумма, которую требует клиент</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <source>Incident {ref} is major: {reason}</source>
        <translation>Авария {ref} признана серьёзной: {reason}</translation>
    </message>
    <message>
        <source>Report it to the manager by {time}.</source>
        <translation>Доложите руководителю до {time}.</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>Доложить сейчас</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Доложить…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Привязать</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Не относится</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Не привязывать</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Открыть аварию</translation>
    </message>
    <message>
        <source>Part of incident {ref}: {title}</source>
        <translation>Относится к аварии {ref}: {title}</translation>
    </message>
    <message>
        <source>Will be linked to incident {ref} when saved.</source>
        <translation>При сохранении будет привязано к аварии {ref}.</translation>
    </message>
    <message>
        <source>Probably “{title}” in {place} ({ref}) — link?</source>
        <translation>Похоже на аварию «{title}», {place} ({ref}) — привязать?</translation>
    </message>
    <message>
        <source>Probably “{title}” ({ref}) — link?</source>
        <translation>Похоже на аварию «{title}» ({ref}) — привязать?</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Incidents</source>
        <translation>Аварии</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Новая авария…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Доложить…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Авария</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>Квартира / помещение</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Reply to all…</source>
        <translation>Ответить всем…</translation>
    </message>
    <message>
        <source>Letters as PDF…</source>
        <translation>Письма в PDF…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть обращение</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Отвязать…</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>Link case</source>
        <translation>Привязать обращение</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Устранена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>Дом или место</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>Затронутые квартиры</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>Меры предотвращения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>What was done about the incident</source>
        <translation>Что сделано по аварии</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>Добавить в журнал</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>Аварий пока нет</translation>
    </message>
    <message>
        <source>Replied to all: {refs}</source>
        <translation>Ответ всем: {refs}</translation>
    </message>
    <message>
        <source>Reported to {to} on {at} ({means}).</source>
        <translation>Доложено: {to}, {at} ({means}).</translation>
    </message>
    <message>
        <source>Major incident — report to the manager now.</source>
        <translation>Серьёзная авария — немедленно доложите руководителю.</translation>
    </message>
    <message>
        <source>Major incident — report to the manager by {time}.</source>
        <translation>Серьёзная авария — доложите руководителю до {time}.</translation>
    </message>
    <message>
        <source>{time} · {deadline}</source>
        <translation>{time} · {deadline}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the figures of a summary</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n квартира</numerusform>
            <numerusform>%n квартиры</numerusform>
            <numerusform>%n квартир</numerusform>
        </translation>
    </message>
    <message>
        <source>replied: {n}</source>
        <translation>ответ дан: {n}</translation>
    </message>
    <message>
        <source>signed: {n}</source>
        <translation>подписано: {n}</translation>
    </message>
    <message>
        <source>overdue: {n}</source>
        <translation>просрочено: {n}</translation>
    </message>
    <message>
        <source>Why is case {ref} no longer part of incident {incident}?</source>
        <translation>Почему обращение {ref} больше не относится к аварии {incident}?</translation>
    </message>
    <message>
        <source>No case of this incident has a reply yet.</source>
        <translation>Ни по одному обращению этой аварии ещё нет ответа.</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>Сохранить письма в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {path}.</source>
        <translation>
            <numerusform>%n письмо сохранено: {path}.</numerusform>
            <numerusform>%n письма сохранены: {path}.</numerusform>
            <numerusform>%n писем сохранено: {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LawPanel</name>
    <message>
        <source>Deadlines set by law</source>
        <translation>Сроки по закону</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>— no country: no deadlines set by law —</source>
        <translation>— без страны: сроков по закону нет —</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Страна компании</translation>
    </message>
    <message>
        <source>EU rules apply to us (e.g. the GDPR for EU customers)</source>
        <translation>На нас распространяются правила ЕС (например, GDPR для клиентов из ЕС)</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Бумага для подтверждений</translation>
    </message>
    <message>
        <source>80 mm receipt printer roll</source>
        <translation>Чековая лента 80 мм</translation>
    </message>
    <message>
        <source>Rules of the chosen country (and of the EU where they apply). A rule can be switched off by a manager, never shortened; a sector code binds only a business that follows it.</source>
        <translation>Правила выбранной страны (и ЕС, где они применяются). Руководитель может отключить правило, но не сократить его срок; отраслевой кодекс обязателен только для тех, кто его соблюдает.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Law or code</source>
        <translation>Закон или кодекс</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Отраслевой кодекс</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Закон</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Authority limits</source>
        <translation>Лимиты полномочий</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Amounts in {currency}; empty: no limit. A manager has no limit.</source>
        <translation>Суммы в {currency}; пустое поле — без ограничений. У руководителя лимита нет.</translation>
    </message>
    <message>
        <source>Change the authority limits?</source>
        <translation>Изменить лимиты полномочий?</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read as an image.</source>
        <translation>Этот файл не читается как изображение.</translation>
    </message>
    <message>
        <source>No logo: the documents show the name only.</source>
        <translation>Логотипа нет: в документах будет только название.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casebook — {name}</source>
        <translation>Casebook — {name}</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Новое обращение (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>Печать акта</translation>
    </message>
    <message>
        <source>Open the resolution form of this case to print it (Ctrl+P)</source>
        <translation>Открыть акт урегулирования этого обращения для печати (Ctrl+P)</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>Подпись клиента…</translation>
    </message>
    <message>
        <source>Sign on screen, or attach a scan of the signed paper form</source>
        <translation>Подписать на экране или приложить скан подписанного бумажного акта</translation>
    </message>
    <message>
        <source>Incidents…</source>
        <translation>Аварии…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Отчёты…</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Сотрудники…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>Быстрые фильтры</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Major, not reported</source>
        <translation>Серьёзные, без доклада</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Ждёт подписи</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Show: {filter}</source>
        <translation>Показать: {filter}</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Поиск обращений (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Показать все обращения</translation>
    </message>
    <message numerus="yes">
        <source>From the report: {title} · %n case(s)</source>
        <translation>
            <numerusform>Из отчёта: {title} · %n обращение</numerusform>
            <numerusform>Из отчёта: {title} · %n обращения</numerusform>
            <numerusform>Из отчёта: {title} · %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer signs the resolution form on screen, or you attach a scan of the signed paper form</source>
        <translation>Клиент подписывает акт на экране, или вы прикладываете скан подписанного бумажного акта</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>В обращении есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Case {ref} saved.</source>
        <translation>Обращение {ref} сохранено.</translation>
    </message>
    <message>
        <source>Case {ref} signed.</source>
        <translation>Обращение {ref} подписано.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) fell due while Casebook was closed.</source>
        <translation>
            <numerusform>Пока Casebook был закрыт, наступил срок %n напоминания.</numerusform>
            <numerusform>Пока Casebook был закрыт, наступил срок %n напоминаний.</numerusform>
            <numerusform>Пока Casebook был закрыт, наступил срок %n напоминаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n follow-up(s).</source>
        <translation>
            <numerusform>Сейчас: %n напоминание.</numerusform>
            <numerusform>Сейчас: %n напоминания.</numerusform>
            <numerusform>Сейчас: %n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now for {name}: {count}</source>
        <translation>Срочно для {name}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Casebook file: {path}</source>
        <translation>Файл Casebook: {path}</translation>
    </message>
    <message>
        <source>{name} is at the desk now.</source>
        <translation>Теперь за стойкой: {name}.</translation>
    </message>
    <message>
        <source>The automatic backup was not made: {reason}</source>
        <translation>Автоматическая резервная копия не создана: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup was not made. Details: {path}</source>
        <translation>Автоматическая резервная копия не создана. Подробности: {path}</translation>
    </message>
    <message>
        <source>The connection to the casebook is lost. Casebook keeps trying; your unsaved edits stay on screen.</source>
        <translation>Связь с журналом обращений потеряна. Casebook продолжает попытки; несохранённые правки остаются на экране.</translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Reopen signed case…</source>
        <translation>Возобновить подписанное обращение…</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data…</source>
        <translation>Удалить персональные данные клиента…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Удалить обращение…</translation>
    </message>
    <message>
        <source>Merge with a duplicate…</source>
        <translation>Объединить с дубликатом…</translation>
    </message>
    <message>
        <source>Authority limits…</source>
        <translation>Лимиты полномочий…</translation>
    </message>
    <message>
        <source>Reopen the signed case {ref}? The customer will have to sign again; the first signing stays in the history.</source>
        <translation>Возобновить подписанное обращение {ref}? Клиенту придётся подписать акт ещё раз; первая подпись останется в истории.</translation>
    </message>
    <message>
        <source>Erase the personal data of this case&apos;s customer (name, phone, email, address, unit, account) from all their cases and the history? The cases stay in the statistics. This cannot be undone.</source>
        <translation>Удалить персональные данные клиента этого обращения (имя, телефон, эл. почту, адрес, квартиру или помещение, лицевой счёт) из всех его обращений и из истории? Обращения останутся в статистике. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s personal data was erased from %n case(s).</source>
        <translation>
            <numerusform>Персональные данные клиента удалены из %n обращения.</numerusform>
            <numerusform>Персональные данные клиента удалены из %n обращений.</numerusform>
            <numerusform>Персональные данные клиента удалены из %n обращений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the case {ref} with everything on it? Its reference is not used again. This cannot be undone.</source>
        <translation>Удалить обращение {ref} со всеми данными? Его номер больше не будет использован. Это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were rewritten without it.</source>
        <translation>
            <numerusform>%n автоматическая резервная копия перезаписана без этих данных.</numerusform>
            <numerusform>%n автоматические резервные копии перезаписаны без этих данных.</numerusform>
            <numerusform>%n автоматических резервных копий перезаписано без этих данных.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate cases</source>
        <translation>Объединение дубликатов</translation>
    </message>
    <message>
        <source>Two cases of the same customer about the same matter become one: both accounts, actions and histories are kept, and the other reference leads to the case that stays.</source>
        <translation>Два обращения одного клиента по одному вопросу становятся одним: оба рассказа клиента, все действия и обе истории сохраняются, а второй номер ведёт к оставшемуся обращению.</translation>
    </message>
    <message>
        <source>needed when a case is signed</source>
        <translation>обязательно, если обращение подписано</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <source>Reference that stays</source>
        <translation>Остаётся номер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>This customer has no other case.</source>
        <translation>У этого клиента нет других обращений.</translation>
    </message>
    <message>
        <source>Merge case {gone} into {keep}? {gone} will lead to {keep}.</source>
        <translation>Объединить обращение {gone} с обращением {keep}? Номер {gone} будет вести к {keep}.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Новая авария</translation>
    </message>
    <message>
        <source>e.g. Lift stopped between floors</source>
        <translation>например, лифт остановился между этажами</translation>
    </message>
    <message>
        <source>e.g. Building 3</source>
        <translation>например, дом 3</translation>
    </message>
    <message>
        <source>e.g. 1-40, 52</source>
        <translation>например, 1-40, 52</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>Дом или место</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>Затронутые квартиры</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Зарегистрировать аварию</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Кто сейчас за стойкой?</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Сотрудник</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>Parts of the case</source>
        <translation>Этапы обращения</translation>
    </message>
</context>
<context>
    <name>PinButton</name>
    <message>
        <source>Change PIN…</source>
        <translation>Сменить PIN-код…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Задать PIN-код…</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>PIN-код: {name}</translation>
    </message>
</context>
<context>
    <name>PinOperatorDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — {ref}</source>
        <translation>Предварительный просмотр — {ref}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>Акт урегулирования жалобы</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Ответное письмо</translation>
    </message>
    <message>
        <source>Case summary (internal)</source>
        <translation>Сводка по обращению (для персонала)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Второй язык</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Без второго языка</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Следующая страница ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This document could not be made. Nothing was changed.</source>
        <translation>Не удалось подготовить документ. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>form</source>
        <translation>акт</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>сводка</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Nothing was printed; check the printer and try again.</source>
        <translation>Не удалось начать печать. Ничего не напечатано; проверьте принтер и повторите попытку.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Printing failed. The document is still open: check the printer and try again.</source>
        <translation>Не удалось напечатать. Документ по-прежнему открыт: проверьте принтер и повторите попытку.</translation>
    </message>
    <message>
        <source>Receipt for the customer</source>
        <translation>Подтверждение приёма для клиента</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>подтверждение</translation>
    </message>
</context>
<context>
    <name>QATable</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why does this change?</source>
        <translation>Почему это меняется?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The customer agreed to the new time</source>
        <translation>Клиент согласен с новым временем</translation>
    </message>
    <message>
        <source>(agreed with the customer)</source>
        <translation>(согласовано с клиентом)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — очень недовольны</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — очень довольны</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>Подпись клиента…</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Изменения после подписания</translation>
    </message>
    <message>
        <source>Signed on {when}</source>
        <translation>Подписано {when}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Ещё не подписано</translation>
    </message>
    <message>
        <source>{when} · {who} · {field}: “{before}” → “{after}” — {reason}</source>
        <translation>{when} · {who} · {field}: «{before}» → «{after}» — {reason}</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all — {ref}</source>
        <translation>Ответить всем — {ref}</translation>
    </message>
    <message>
        <source>Each chosen case records this reply as its own, with its own deadlines; the letters print in each customer&apos;s language.</source>
        <translation>Каждое выбранное обращение получит этот ответ как собственный, со своими сроками; письма печатаются на языке каждого клиента.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>What we say</source>
        <translation>Что мы отвечаем</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>Подробности решения</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>Способ ответа</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>подписано {date}</translation>
    </message>
    <message>
        <source>replied {date}</source>
        <translation>ответ дан {date}</translation>
    </message>
    <message>
        <source>Then save the letters as one PDF</source>
        <translation>Затем сохранить письма одним PDF</translation>
    </message>
    <message>
        <source>Reply to the chosen cases</source>
        <translation>Ответить по выбранным обращениям</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <source>&amp;Replied at</source>
        <translation>&amp;Время ответа</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>Способ ответа</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Что мы сказали</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>Подробности решения</translation>
    </message>
    <message>
        <source>Customer accepts</source>
        <translation>Клиент согласен</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>Одобрил(а) (руководитель)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report incident {ref}</source>
        <translation>Доклад об аварии {ref}</translation>
    </message>
    <message>
        <source>Every major case of the incident that is not reported yet records this report too.</source>
        <translation>Этот доклад запишется и во все серьёзные обращения по аварии, о которых ещё не доложено.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Кому доложено</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Каким образом</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Время доклада</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>Записать доклад</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Reported to</source>
        <translation>Кому доложено</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Время доклада</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Каким образом</translation>
    </message>
    <message>
        <source>Manager acknowledged at</source>
        <translation>Руководитель подтвердил</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Другие даты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>с</translation>
    </message>
    <message>
        <source>To</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>По типу</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>По важности</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>По характеру</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По способу обращения</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>По сотрудникам</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Удовлетворённость (1–5)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>Меры предотвращения</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Cases in the period</source>
        <translation>Обращений за период</translation>
    </message>
    <message>
        <source>Cases in all</source>
        <translation>Обращений всего</translation>
    </message>
    <message>
        <source>Systemic cases</source>
        <translation>Обращения о системных проблемах</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Клиенты с повторными обращениями</translation>
    </message>
    <message>
        <source>half within {median} h, 9 in 10 within {p90} h</source>
        <translation>половина — за {median} ч, 9 из 10 — за {p90} ч</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Overdue counts every case not yet closed that has a follow-up past its time — resolved cases waiting for the signature too — so it can be more than Open.</source>
        <translation>«Просрочено» считает каждое незакрытое обращение, у которого прошёл срок напоминания, — в том числе решённые, ждущие подписи, — поэтому их может быть больше, чем открытых.</translation>
    </message>
    <message>
        <source>previous period: {n}</source>
        <translation>предыдущий период: {n}</translation>
    </message>
    <message>
        <source>First contact (business hours)</source>
        <translation>До первого контакта (рабочие часы)</translation>
    </message>
    <message>
        <source>Resolution (business hours)</source>
        <translation>До решения (рабочие часы)</translation>
    </message>
    <message>
        <source>Agreed reply times kept</source>
        <translation>Соблюдение согласованного времени ответа</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Средняя удовлетворённость</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>{n} ({late} overdue)</source>
        <translation>{n} (просрочено: {late})</translation>
    </message>
    <message>
        <source>{what}, received {start} – {end}</source>
        <translation>{what}, период поступления: {start} – {end}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Deadlines set by law: {met} met, {missed} missed, {running} still running (previous period: {before_met} met, {before_missed} missed)</source>
        <translation>Сроки по закону: соблюдено {met}, пропущено {missed}, ещё идут {running} (прошлый период: соблюдено {before_met}, пропущено {before_missed})</translation>
    </message>
</context>
<context>
    <name>SatisfactionPicker</name>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — очень недовольны</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — очень довольны</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Something went wrong and nothing was saved. Details: {path}</source>
        <translation>Что-то пошло не так, ничего не сохранено. Подробности: {path}</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>PIN of {name}</source>
        <translation>PIN-код: {name}</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Текущий PIN-код</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits)</source>
        <translation>Новый PIN-код (от 4 до 12 цифр)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Повторите новый PIN-код</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Удалить PIN-код</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>Новые PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>A manager approves the new PIN of {name}.</source>
        <translation>Новый PIN-код сотрудника {name} должен одобрить руководитель.</translation>
    </message>
    <message>
        <source>New PIN (6 to 12 digits)</source>
        <translation>Новый PIN-код (от 6 до 12 цифр)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>Логотип (файл изображения)</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>Префикс номера</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Сколько хранить автоматических копий</translation>
    </message>
    <message>
        <source>Casebook backs up on closing and once a day; the oldest backups beyond this number are removed.</source>
        <translation>Casebook делает резервную копию при закрытии и раз в день; самые старые копии сверх этого числа удаляются.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Lock an unused desk after</source>
        <translation>Блокировать после простоя</translation>
    </message>
    <message>
        <source>When PINs are on, Casebook locks after this many minutes without a key press or click.</source>
        <translation>Когда PIN-коды включены, Casebook блокируется, если столько минут никто не нажимал клавиш и не щёлкал мышью.</translation>
    </message>
    <message>
        <source>Households for a collective complaint</source>
        <translation>Квартир для коллективной жалобы</translation>
    </message>
    <message>
        <source>When this many households complain about one incident, the incident and all its cases become major and must be reported.</source>
        <translation>Когда из стольких квартир жалуются на одну аварию, авария и все её обращения становятся серьёзными, и о них нужно доложить.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>Offer incidents that started within</source>
        <translation>Предлагать аварии за последние</translation>
    </message>
    <message>
        <source>A new case of the same category and place is offered an open incident that started up to this many hours before.</source>
        <translation>Новому обращению той же категории и по тому же месту предлагается открытая авария, начавшаяся не раньше чем столько часов назад.</translation>
    </message>
    <message>
        <source>Default form language</source>
        <translation>Язык акта по умолчанию</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>List to edit</source>
        <translation>Какой список изменить</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Способы обращения</translation>
    </message>
    <message>
        <source>Resolution types</source>
        <translation>Виды решений</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>Признаки серьёзной жалобы</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Настроение клиента</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Виды обращений</translation>
    </message>
    <message>
        <source>Severities</source>
        <translation>Степени серьёзности</translation>
    </message>
    <message>
        <source>Natures</source>
        <translation>Характер жалобы</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить элемент</translation>
    </message>
    <message>
        <source>The rules rely on this list: its entries can be renamed, not added.</source>
        <translation>На этот список опираются правила: записи можно переименовать, но не добавить.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <source>This takes deadlines set by law out of force for new cases, and cancels their open deadlines. A manager approves it.</source>
        <translation>Сроки по закону перестанут применяться к новым обращениям, а их открытые сроки будут сняты. Нужно одобрение руководителя.</translation>
    </message>
    <message>
        <source>Office casebook on a server (this PC)</source>
        <translation>Общий журнал обращений на сервере (этот компьютер)</translation>
    </message>
    <message>
        <source>The casebook this PC opens at start, shared with the other desks. No password here: it goes in this PC&apos;s .pgpass file. Empty: this PC&apos;s own casebook.</source>
        <translation>Журнал обращений, который этот компьютер открывает при запуске, общий с другими рабочими местами. Пароль сюда не пишите: он хранится в файле .pgpass этого компьютера. Пусто — собственный журнал этого компьютера.</translation>
    </message>
    <message>
        <source>Office casebook (this PC)</source>
        <translation>Общий журнал (этот компьютер)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Customer signature</source>
        <translation>Подпись клиента</translation>
    </message>
    <message>
        <source>Staff member ({name})</source>
        <translation>Сотрудник ({name})</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Sign the resolution form — {ref}</source>
        <translation>Подписание акта — {ref}</translation>
    </message>
    <message>
        <source>Please read the form on the left. By signing you confirm what it says was heard, done and replied.</source>
        <translation>Пожалуйста, прочитайте акт слева. Подписывая, вы подтверждаете записанное в нём: что мы услышали, сделали и ответили.</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <source>How satisfied are you with how we handled it? (1 = very dissatisfied, 5 = very satisfied)</source>
        <translation>Насколько вы довольны тем, как мы решили вопрос? (1 — очень недовольны, 5 — очень довольны)</translation>
    </message>
    <message>
        <source>The keys 1 to 5 choose the score</source>
        <translation>Оценку можно поставить клавишами 1–5</translation>
    </message>
    <message>
        <source>Attach a scan of the signed paper form…</source>
        <translation>Приложить скан подписанного акта…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Подписанный акт</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Сканы (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>The customer has not signed yet: sign on the pad or attach a scan of the signed paper form.</source>
        <translation>Клиент ещё не подписал: подпишите на планшете или приложите скан подписанного бумажного акта.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Name of the new member of staff</source>
        <translation>Имя нового сотрудника</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Changing a role, retiring or bringing back a member of staff, or adding one above the desk, needs a manager&apos;s approval.</source>
        <translation>Изменение роли, отключение или возврат сотрудника, а также добавление сотрудника с ролью выше администратора требуют одобрения руководителя.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Casebook</source>
        <translation>Открыть Casebook</translation>
    </message>
    <message>
        <source>Quit Casebook</source>
        <translation>Выйти из Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps running here and will remind you of follow-ups. Quit it from this icon&apos;s menu.</source>
        <translation>Casebook продолжает работать здесь и напомнит о сроках. Чтобы выйти, откройте меню этого значка.</translation>
    </message>
</context>
<context>
    <name>TriggerList</name>
    <message>
        <source>Major triggers</source>
        <translation>Признаки серьёзной жалобы</translation>
    </message>
</context>
</TS>
